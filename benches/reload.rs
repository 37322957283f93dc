//! Time from saving one entry to the reload event reaching a connected browser, debounce
//! included, with `candor serve` (release build) on synthetic sites; the full build time of
//! the same site is measured beside it.
//!
//! `cargo bench --bench reload -- [ENTRIES...]` (default 1000 and 10000). `CANDOR_BIN` runs
//! another build of candor instead (an earlier commit's, to compare in the same session).
//! Beside the times, the processor time `serve` took per measured save (user and system, from
//! `/proc` on Linux): on a machine whose speed drifts, it shows the work a change saves more
//! steadily than the wall time does. Two edits are measured, 30 saves each (`RELOAD_SAVES`
//! measures more): a success's title
//! (its front matter: every page that shows it changes) and its Markdown alone (what is saved
//! most while writing).

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1000, 10000]
    } else {
        sizes
    };
    let today = candor::date::Date::new(2026, 6, 1).unwrap();
    let bin = std::env::var("CANDOR_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_candor").into());
    println!(
        "{:>8} {:>12}  {:^32}  {:^32}",
        "", "", "title edited: reload", "body edited: reload"
    );
    println!(
        "{:>8} {:>12}  {:>10} {:>10} {:>10}  {:>10} {:>10} {:>10}",
        "entries", "full build", "median", "p90", "CPU/save", "median", "p90", "CPU/save"
    );
    for n in sizes {
        let tmp = tempfile::tempdir().unwrap();
        candor::synth::write_site(tmp.path(), n, 7, today).unwrap();
        let started = Instant::now();
        let status = Command::new(&bin)
            .args(["build", "--date", "2026-06-01", "--root"])
            .arg(tmp.path())
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
        let build = started.elapsed();

        let mut child = Command::new(&bin)
            .args(["serve", "--port", "0", "--date", "2026-06-01", "--root"])
            .arg(tmp.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        // The address comes as soon as pages can be served; the saves start once the first
        // build has ended.
        let (mut port, mut built) = (None, false);
        while port.is_none() || !built {
            let line = lines.next().unwrap().unwrap();
            if let Some(rest) = line.strip_prefix("Serving at http://127.0.0.1:") {
                port = Some(rest.split('/').next().unwrap().parse::<u16>().unwrap());
            }
            built |= line.starts_with("Built ");
        }
        let port = port.unwrap();
        std::thread::spawn(move || for _ in lines {});
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .unwrap();
        write!(
            stream,
            "GET /__candor/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
        )
        .unwrap();
        let mut events = BufReader::new(stream);
        let mut line = String::new();
        while events.read_line(&mut line).unwrap() > 0 && line != "\r\n" {
            line.clear();
        }
        let entry = tmp.path().join("content/successes/success-1.md");
        let original = std::fs::read_to_string(&entry).unwrap();
        // `RELOAD_SAVES` measures more saves than 30 (the machine's noise evens out).
        let saves: usize = std::env::var("RELOAD_SAVES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(30);
        let mut measure = |edit: &dyn Fn(usize) -> String| {
            let mut times = Vec::new();
            let mut cpu_before = None;
            // The first two saves warm up; the next `saves` are measured.
            for i in 0..saves + 2 {
                std::thread::sleep(Duration::from_millis(100));
                if i == 2 {
                    cpu_before = processor_time(child.id());
                }
                let t0 = Instant::now();
                std::fs::write(&entry, edit(i)).unwrap();
                loop {
                    line.clear();
                    events.read_line(&mut line).unwrap();
                    if line.starts_with("data: ") {
                        break;
                    }
                }
                if i > 1 {
                    times.push(t0.elapsed());
                }
            }
            // The last save's leftovers (the previous build freed in the background) settle.
            std::thread::sleep(Duration::from_millis(100));
            let cpu = match (cpu_before, processor_time(child.id())) {
                (Some(before), Some(after)) => format!(
                    "{:.1} ms",
                    (after - before).as_secs_f64() * 1000.0 / times.len() as f64
                ),
                _ => "-".to_string(),
            };
            times.sort();
            let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1000.0);
            format!(
                "{:>10} {:>10} {cpu:>10}",
                ms(times[times.len() / 2]),
                ms(times[times.len() * 9 / 10])
            )
        };
        // A change to the front matter (every page that shows the entry changes), then to the
        // Markdown alone (what is saved most while writing).
        let title = measure(&|i| {
            original.replacen(
                "title = \"Success 1",
                &format!("title = \"Success 1 (edit {i})"),
                1,
            )
        });
        let body = measure(&|i| format!("{original}\nA sentence added in edit {i}.\n"));
        let _ = child.kill();
        let _ = child.wait();
        println!(
            "{n:>8} {:>12}  {title}  {body}",
            format!("{:.1} ms", build.as_secs_f64() * 1000.0)
        );
    }
}

/// The processor time (user and system) process `pid` has taken so far, from
/// `/proc/<pid>/stat` (in clock ticks, 100 a second on Linux); `None` elsewhere.
fn processor_time(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The fields after the command name (in parentheses, which may hold spaces).
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}
