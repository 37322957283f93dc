//! `candor build`: build the site and write it to the output folder.

use candor::diagnostics::print as print_diagnostics;
use candor::format::{count, human_bytes, human_duration};
use candor::{BuildError, BuildOptions};
use std::path::Path;
use std::time::Instant;

/// Runs the build; returns the exit code (0 written, 1 not written). With `strict`, a build
/// with warnings is not written.
pub(crate) fn run(options: &BuildOptions, output: &Path, strict: bool, verbose: bool) -> i32 {
    let started = Instant::now();
    match candor::build(options, output, strict) {
        Ok(written) => {
            let summary = written.summary;
            print_diagnostics(&written.diagnostics, verbose);
            let kept = match written.pages_kept {
                0 => String::new(),
                n if n == summary.pages => " (all unchanged since the last build)".to_string(),
                n => format!(" ({n} unchanged since the last build)"),
            };
            println!(
                "Built {}{kept} and {} ({}) into {} in {}, dated {}.",
                count(summary.pages, "page"),
                count(summary.files - summary.pages, "other file"),
                human_bytes(summary.bytes),
                where_written(output),
                human_duration(started.elapsed()),
                written.site.build_date,
            );
            // The process ends now: the system takes back the model's memory at once, where
            // dropping it would free each of its allocations in turn.
            std::mem::forget(written.site);
            0
        }
        Err(BuildError::Content(failure)) if strict && !failure.diagnostics.has_errors() => {
            print_diagnostics(&failure.diagnostics, verbose);
            eprintln!(
                "Nothing was written because of --strict: {} is unchanged.",
                output.display()
            );
            1
        }
        Err(BuildError::Content(failure)) => {
            print_diagnostics(&failure.diagnostics, verbose);
            eprintln!("Nothing was written: {} is unchanged.", output.display());
            1
        }
        Err(BuildError::Write(e)) => {
            eprintln!("error: {e}");
            1
        }
    }
}

/// The output as the user named it, and the folder it points to when it is a link.
fn where_written(output: &Path) -> String {
    match candor::output::writer::linked_folder(output) {
        Some(real) => format!("{} (a link to {})", output.display(), real.display()),
        None => output.display().to_string(),
    }
}
