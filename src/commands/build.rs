//! `candor build`: build the site and write it to the output folder.

use super::{count, human_bytes, human_duration, print_diagnostics};
use crate::{BuildError, BuildOptions};
use std::path::Path;
use std::time::Instant;

/// Runs the build; returns the exit code (0 written, 1 not written).
pub fn run(options: &BuildOptions, output: &Path) -> i32 {
    let started = Instant::now();
    match crate::build(options, output) {
        Ok((built, summary)) => {
            print_diagnostics(&built.diagnostics);
            println!(
                "Built {} and {} ({}) into {} in {}, dated {}.",
                count(summary.pages, "page"),
                count(summary.files - summary.pages, "other file"),
                human_bytes(summary.bytes),
                output.display(),
                human_duration(started.elapsed()),
                built.site.build_date,
            );
            0
        }
        Err(BuildError::Content(failure)) => {
            print_diagnostics(&failure.diagnostics);
            eprintln!("Nothing was written: {} is unchanged.", output.display());
            1
        }
        Err(BuildError::Write(e)) => {
            eprintln!("error: {e}");
            1
        }
    }
}
