//! `candor check`: everything `build` does (templates included), in memory, plus a review of
//! things that are legal but probably wrong, and a list per partner of what is due for review.
//! Writes nothing.

use candor::BuildOptions;
use candor::diagnostics::print as print_diagnostics;
use candor::format::{count, human_duration};
use candor::model::review;
use std::time::Instant;

/// Runs the check; returns the exit code (0 fine, 1 errors, or warnings with `strict`).
pub(crate) fn run(options: &BuildOptions, strict: bool, verbose: bool) -> i32 {
    let started = Instant::now();
    // Everything `build` makes except the search index, which nothing checks.
    let options = &BuildOptions {
        search_index: false,
        ..options.clone()
    };
    match candor::generate(options) {
        Ok(mut built) => {
            let (warnings, reviews) = review::review(&built.site);
            built.diagnostics.extend(warnings);
            print_diagnostics(&built.diagnostics, verbose);
            if !reviews.is_empty() {
                println!("Due for review, by partner:");
                for r in &reviews {
                    println!("  {}:", r.partner);
                    for item in &r.items {
                        println!("    - {item}");
                    }
                }
            }
            let warnings = built.diagnostics.warning_count();
            println!(
                "Checked {} and {}: no errors, {}, in {}.",
                count(built.files.pages, "page"),
                count(built.files.files.len() - built.files.pages, "other file"),
                count(warnings, "warning"),
                human_duration(started.elapsed()),
            );
            if strict && warnings > 0 {
                eprintln!("Failing because of --strict: fix the warnings above.");
                1
            } else {
                0
            }
        }
        Err(failure) => {
            print_diagnostics(&failure.diagnostics, verbose);
            1
        }
    }
}
