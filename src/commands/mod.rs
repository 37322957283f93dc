//! The subcommands, one file each. Each takes its parsed arguments, runs the library, prints
//! what a person needs to read, and returns the process exit code.

pub mod build;
pub mod check;
pub mod init;
pub mod new;
pub mod newsletter;
pub mod serve;

use crate::diagnostics::Diagnostics;
use std::io::{IsTerminal, Write};

/// Whether to colour what goes to standard error: only on a terminal, and never when
/// `NO_COLOR` is set (<https://no-color.org>) or the terminal is dumb.
pub fn use_color() -> bool {
    std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

/// Prints every diagnostic to standard error, sorted by file and position, then a count.
pub fn print_diagnostics(diagnostics: &Diagnostics) {
    let color = use_color();
    let stderr = std::io::stderr();
    let mut out = stderr.lock();
    for d in diagnostics.sorted() {
        let _ = writeln!(out, "{}", d.render(color));
    }
    let (e, w) = (diagnostics.error_count(), diagnostics.warning_count());
    if e + w > 0 {
        let _ = writeln!(
            out,
            "{} found: {}, {}",
            if e > 0 { "problems" } else { "warnings" },
            count(e, "error"),
            count(w, "warning")
        );
    }
}

/// "1 error", "3 errors".
pub fn count(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// "1.2 MB", "850 KB", "12 bytes".
pub fn human_bytes(bytes: u64) -> String {
    match bytes {
        b if b >= 1_000_000 => format!("{:.1} MB", b as f64 / 1e6),
        b if b >= 1_000 => format!("{:.0} KB", b as f64 / 1e3),
        b => format!("{b} bytes"),
    }
}

/// "85 ms", "1.24 s".
pub fn human_duration(d: std::time::Duration) -> String {
    if d.as_millis() >= 1000 {
        format!("{:.2} s", d.as_secs_f64())
    } else {
        format!("{} ms", d.as_millis())
    }
}
