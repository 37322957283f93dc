//! Stage timings on standard error when `CANDOR_TIMINGS` is set, for finding where a slow
//! build spends its time without a profiler: each stage's time, and the memory the process
//! holds after it (resident, on Linux), since at large sizes the cost follows the memory.

use std::time::Instant;

/// Measures the stages of one build from its start.
pub(crate) struct Timer {
    enabled: bool,
    last: std::cell::Cell<Instant>,
}

impl Timer {
    /// Starts timing (a no-op unless `CANDOR_TIMINGS` is set).
    pub(crate) fn start() -> Timer {
        Timer {
            enabled: std::env::var_os("CANDOR_TIMINGS").is_some(),
            last: std::cell::Cell::new(Instant::now()),
        }
    }

    /// Prints the time since the previous lap under `stage`.
    pub(crate) fn lap(&self, stage: &str) {
        if self.enabled {
            let now = Instant::now();
            let took = now - self.last.replace(now);
            eprintln!(
                "timing: {stage:<32} {:>9.1} ms{}",
                took.as_secs_f64() * 1000.0,
                resident_mib().map_or(String::new(), |mib| format!("  {mib:>6} MiB resident"))
            );
        }
    }
}

impl Timer {
    /// Prints how long `stage` took when it ran beside the stage being timed (not a lap).
    pub(crate) fn beside(&self, stage: &str, took: std::time::Duration) {
        if self.enabled {
            eprintln!(
                "timing: {stage:<32} {:>9.1} ms (beside the next stage)",
                took.as_secs_f64() * 1000.0
            );
        }
    }
}

/// The process's resident memory in MiB, from `/proc/self/statm` (Linux; `None` elsewhere).
fn resident_mib() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    // The page size is 4 KiB on the machines this is read on; a larger one only scales it.
    Some(pages * 4096 / (1024 * 1024))
}
