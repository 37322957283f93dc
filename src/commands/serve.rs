//! `candor serve`: the live preview; see [`candor::serve`].

use candor::serve::{ServeOptions, Stopped, run as serve};

/// The exit code after a second Ctrl+C stopped the preview without waiting (128 + SIGINT, as
/// a shell reports a program killed by Ctrl+C). A single Ctrl+C stops it with 0.
pub(crate) const FORCED_EXIT: i32 = 130;

/// Runs the preview; returns the exit code when it stops.
pub(crate) fn run(options: ServeOptions) -> i32 {
    match serve(options) {
        Ok(Stopped::Gracefully) => 0,
        Ok(Stopped::Forced) => FORCED_EXIT,
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}
