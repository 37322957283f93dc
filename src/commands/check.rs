//! `candor check`: everything `build` does (templates included), in memory, plus a review of
//! things that are legal but probably wrong, and a list per partner of what is due for review.
//! Writes nothing.

use candor::BuildOptions;
use candor::diagnostics::{Format, print_as};
use candor::format::{count, human_duration};
use candor::model::review;
use std::time::Instant;

/// Runs the check; returns the exit code (0 fine, 1 errors, or warnings with `strict`).
/// The diagnostics are written in `format`; with a format for programs, standard output
/// holds only them, and the review and the summary go to standard error.
pub(crate) fn run(options: &BuildOptions, strict: bool, verbose: bool, format: Format) -> i32 {
    let print_diagnostics =
        |diagnostics: &_, all: bool| print_as(format, diagnostics, all, &options.root);
    // Text for a person goes to standard output only when nothing else is written there.
    let say = |text: String| {
        if format == Format::Human {
            println!("{text}");
        } else {
            eprintln!("{text}");
        }
    };
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
                say("Due for review, by partner:".to_string());
                for r in &reviews {
                    say(format!("  {}:", r.partner));
                    for item in &r.items {
                        say(format!("    - {item}"));
                    }
                }
            }
            let warnings = built.diagnostics.warning_count();
            say(format!(
                "Checked {} and {}: no errors, {}, in {}.",
                count(built.files.pages, "page"),
                count(built.files.files.len() - built.files.pages, "other file"),
                count(warnings, "warning"),
                human_duration(started.elapsed()),
            ));
            if strict && warnings > 0 {
                eprintln!("Failing because of --strict: fix the warnings above.");
                1
            } else {
                0
            }
        }
        Err(failure) => {
            print_diagnostics(&failure.diagnostics, verbose);
            if format != Format::Human {
                let d = &failure.diagnostics;
                eprintln!(
                    "Check failed: {}, {}.",
                    count(d.error_count(), "error"),
                    count(d.warning_count(), "warning")
                );
            }
            1
        }
    }
}
