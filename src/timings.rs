//! Stage timings on standard error when `CANDOR_TIMINGS` is set, for finding where a slow
//! build spends its time without a profiler: each stage's time, and the memory the process
//! holds after it (resident, on Linux), since at large sizes the cost follows the memory;
//! on Linux, the processor time its threads spent in it too (about twice the stage's time
//! when both cores worked, about the same when one did the work alone).

use std::time::Instant;

/// Measures the stages of one build from its start.
pub(crate) struct Timer {
    enabled: bool,
    last: std::cell::Cell<Instant>,
    /// The processor time of the process's threads at the previous lap, in nanoseconds.
    cpu: std::cell::Cell<Option<u64>>,
}

impl Timer {
    /// Starts timing (a no-op unless `CANDOR_TIMINGS` is set).
    pub(crate) fn start() -> Timer {
        let enabled = std::env::var_os("CANDOR_TIMINGS").is_some();
        Timer {
            enabled,
            last: std::cell::Cell::new(Instant::now()),
            cpu: std::cell::Cell::new(if enabled { threads_cpu_ns() } else { None }),
        }
    }

    /// Prints the time since the previous lap under `stage`.
    pub(crate) fn lap(&self, stage: &str) {
        if self.enabled {
            let now = Instant::now();
            let took = now - self.last.replace(now);
            let cpu_now = threads_cpu_ns();
            let cpu = match (self.cpu.replace(cpu_now), cpu_now) {
                (Some(before), Some(after)) => {
                    format!(
                        "  {:>7.1} ms CPU",
                        after.saturating_sub(before) as f64 / 1e6
                    )
                }
                _ => String::new(),
            };
            eprintln!(
                "timing: {stage:<32} {:>9.1} ms{}{cpu}",
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

/// The processor time the process's running threads have had, in nanoseconds, from each
/// one's `/proc/self/task/<id>/schedstat` (Linux; `None` elsewhere). A thread that has
/// ended is no longer counted: the build's threads (rayon's) live as long as the process.
fn threads_cpu_ns() -> Option<u64> {
    let mut total = 0u64;
    for task in std::fs::read_dir("/proc/self/task").ok()?.flatten() {
        let Ok(stat) = std::fs::read_to_string(task.path().join("schedstat")) else {
            continue;
        };
        total += stat.split_whitespace().next()?.parse::<u64>().ok()?;
    }
    Some(total)
}

/// The process's resident memory in MiB, from `/proc/self/statm` (Linux; `None` elsewhere).
fn resident_mib() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    // The page size is 4 KiB on the machines this is read on; a larger one only scales it.
    Some(pages * 4096 / (1024 * 1024))
}
