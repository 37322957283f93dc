//! `candor check`: everything `build` does (templates included), in memory; writes nothing.

use super::{count, human_duration, print_diagnostics};
use crate::BuildOptions;
use std::time::Instant;

/// Runs the check; returns the exit code (0 no errors, 1 errors).
pub fn run(options: &BuildOptions) -> i32 {
    let started = Instant::now();
    match crate::generate(options) {
        Ok(built) => {
            print_diagnostics(&built.diagnostics);
            println!(
                "Checked {} and {}: no errors ({}), in {}.",
                count(built.files.pages, "page"),
                count(built.files.files.len() - built.files.pages, "other file"),
                count(built.diagnostics.warning_count(), "warning"),
                human_duration(started.elapsed()),
            );
            0
        }
        Err(failure) => {
            print_diagnostics(&failure.diagnostics);
            1
        }
    }
}
