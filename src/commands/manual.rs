//! `candor man`: the manual page, made from the same command-line definition as `--help`.

use std::path::Path;

/// Prints the manual page of `command` to standard output, or writes a page for it and for
/// each of its subcommands (`candor.1`, `candor-build.1`, ...) into `output`; returns the exit
/// code.
pub(crate) fn run(command: clap::Command, output: Option<&Path>) -> i32 {
    let result = match output {
        None => clap_mangen::Man::new(command).render(&mut std::io::stdout().lock()),
        Some(dir) => std::fs::create_dir_all(dir)
            .and_then(|()| clap_mangen::generate_to(command, dir))
            .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", dir.display()))),
    };
    match result {
        Ok(()) => {
            if let Some(dir) = output {
                eprintln!("Wrote the manual pages into {}.", dir.display());
            }
            0
        }
        Err(e) => {
            eprintln!("error: could not write the manual page: {e}");
            1
        }
    }
}
