//! `candor serve`: the live preview; see [`crate::serve`].

use crate::serve::{ServeOptions, run as serve};

/// Runs the preview; returns the exit code when it stops.
pub fn run(options: ServeOptions) -> i32 {
    match serve(options) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}
