//! Stage timings on standard error when `CANDOR_TIMINGS` is set, for finding where a slow
//! build spends its time without a profiler.

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
                "timing: {stage:<32} {:>9.1} ms",
                took.as_secs_f64() * 1000.0
            );
        }
    }
}
