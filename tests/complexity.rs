//! No step of a build grows faster than the site: the release binary builds two synthetic sites,
//! one eight times the other, under Valgrind's Callgrind, which counts the instructions each
//! function runs (with what it calls) exactly, whatever else the machine is doing. A function
//! whose count grows much more than eight times fails the test by name: a step quadratic in
//! the site is caught once it is a sixth of its function's work at 250 entries. (One with a
//! tiny constant, such as the tags' old duplicate check, only shows at 100,000 entries: the
//! stage benchmark's business.)
//!
//! Needs `valgrind` (Debian package `valgrind`, with `callgrind_annotate`); ignored by
//! `cargo test`, run by `.ci/run` with `cargo test --test complexity -- --ignored`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The two sizes: big enough that fixed costs (templates, theme) do not hide the growth,
/// small enough for Callgrind (about fifty times slower than running natively).
const SMALL: usize = 250;
const LARGE: usize = 2_000;

/// How much faster than the site a function may grow: sorting grows by n log n (about 1.4
/// times more than the site between these sizes, up to 1.8 where the keys compared grow
/// longer too), a step whose work is the square of the site grows eight times more. So a
/// quadratic step fails the test once it is a sixth of its function's work at 250 entries.
const TOLERANCE: f64 = 2.0;

/// Functions that run fewer instructions than this in the larger build are not compared: their
/// counts are too small to say anything. (A stage such as the tags' is a thousandth of a build
/// at these sizes, and grows to a large part of one at 100,000 entries if it is quadratic.)
const MIN_COUNT: u64 = 1_000_000;

/// Newsletters are capped at a few, as a real alliance's grow with time rather than with its
/// entries (synth's default lets them grow to 156 with the site, which would make the
/// newsletter's changes grow as the square of the site by design at these sizes).
const NEWSLETTERS: usize = 4;

#[test]
#[ignore = "needs valgrind; .ci/run runs it with --ignored"]
fn no_function_grows_faster_than_the_site() {
    let binary = release_binary();
    let tmp = tempfile::tempdir().unwrap();
    let small = instruction_counts(&binary, tmp.path(), SMALL);
    let large = instruction_counts(&binary, tmp.path(), LARGE);
    let size_ratio = (LARGE / SMALL) as f64;
    let total_small = small["(total)"];
    let total_large = large["(total)"];
    let total_ratio = total_large as f64 / total_small as f64;
    println!(
        "total: {total_small} instructions at {SMALL} entries, {total_large} at {LARGE}: {total_ratio:.2}x for a site {size_ratio}x larger"
    );
    let mut grown: Vec<(String, f64, u64, u64)> = large
        .iter()
        .filter(|(name, count)| compared(name) && **count >= MIN_COUNT)
        .filter_map(|(name, &count)| {
            let before = *small.get(name)?;
            Some((
                name.clone(),
                count as f64 / before.max(1) as f64,
                before,
                count,
            ))
        })
        .collect();
    grown.sort_by(|a, b| b.1.total_cmp(&a.1));
    assert!(
        grown.len() >= 20,
        "too few functions compared ({}): is the binary stripped of its symbols?",
        grown.len()
    );
    for (name, ratio, before, after) in grown.iter().take(12) {
        println!("{ratio:6.2}x  {before:>14} -> {after:>14}  {name}");
    }
    let too_fast: Vec<String> = grown
        .iter()
        .filter(|(_, ratio, ..)| *ratio > size_ratio * TOLERANCE)
        .map(|(name, ratio, before, after)| {
            format!("{ratio:.1}x ({before} -> {after} instructions): {name}")
        })
        .collect();
    assert!(
        too_fast.is_empty(),
        "for a site {size_ratio}x larger these grew more than {:.1}x:\n{}",
        size_ratio * TOLERANCE,
        too_fast.join("\n")
    );
    assert!(
        total_ratio <= size_ratio * 1.25,
        "the whole build grew {total_ratio:.2}x for a site {size_ratio}x larger"
    );
}

/// Whether a function's growth says something about the build. Not compared: the total;
/// Callgrind's names for the deeper levels of a recursion (`quicksort'2`: the level above
/// counts them, and a deeper level grows with the depth); the allocator's own functions
/// (`mi_*`), whose work depends on which thread frees what, which Valgrind's scheduling of
/// the threads decides; and dropping, which visits each value once and whose count is
/// otherwise the allocator's.
fn compared(name: &str) -> bool {
    let recursion_level = name
        .rsplit_once('\'')
        .is_some_and(|(_, level)| !level.is_empty() && level.bytes().all(|b| b.is_ascii_digit()));
    let allocator = name.starts_with("mi_") || name.starts_with("_mi_");
    let dropping = name.starts_with("core::ptr::drop_in_place<")
        || name.ends_with("::drop_slow")
        || name.ends_with(" as core::ops::drop::Drop>::drop");
    name != "(total)" && !recursion_level && !allocator && !dropping
}

/// The release binary, built now if it is missing or older than the sources (the counts of a
/// debug build would measure the compiler's unoptimised code, not the build's).
fn release_binary() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--quiet", "--bin", "candor"])
        .current_dir(manifest)
        .status()
        .expect("run cargo build --release");
    assert!(status.success(), "cargo build --release failed");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("target"));
    target.join("release").join("candor")
}

/// Builds a synthetic site of `entries` entries under Callgrind and returns each function's
/// inclusive instruction count (what it and everything it calls ran), by name, and the
/// program's total under `(total)`.
fn instruction_counts(binary: &Path, tmp: &Path, entries: usize) -> HashMap<String, u64> {
    let site = tmp.join(format!("site-{entries}"));
    let today = candor::date::Date::new(2026, 6, 1).unwrap();
    candor::synth::write_site_with_newsletters(&site, entries, NEWSLETTERS, 7, today).unwrap();
    let counts = tmp.join(format!("callgrind-{entries}.out"));
    let run = Command::new("valgrind")
        .args(["--tool=callgrind", "--dump-instr=no", "--dump-line=no"])
        .arg(format!("--callgrind-out-file={}", counts.display()))
        .arg(binary)
        .args(["build", "--date", "2026-06-01", "--root"])
        .arg(&site)
        .arg("--output")
        .arg(tmp.join(format!("out-{entries}")))
        .output()
        .expect("valgrind is needed (Debian package valgrind)");
    assert!(
        run.status.success(),
        "the build under valgrind failed:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let annotated = Command::new("callgrind_annotate")
        .args(["--inclusive=yes", "--threshold=100"])
        .arg(&counts)
        .output()
        .expect("callgrind_annotate is needed (Debian package valgrind)");
    assert!(annotated.status.success(), "callgrind_annotate failed");
    parse_annotation(&String::from_utf8_lossy(&annotated.stdout))
}

/// Reads `callgrind_annotate --inclusive=yes` output: the `PROGRAM TOTALS` line, and a line
/// `   1,234 (12.34%)  file:function [object]` per function. The same function reached by
/// several names (generic copies) is summed.
fn parse_annotation(text: &str) -> HashMap<String, u64> {
    let mut counts = HashMap::new();
    for line in text.lines() {
        let line = line.trim();
        let Some((number, rest)) = line.split_once(' ') else {
            continue;
        };
        let Ok(count) = number.replace(',', "").parse::<u64>() else {
            continue;
        };
        let rest = rest.trim_start();
        let rest = match rest.strip_prefix('(') {
            Some(after) => after.split_once(')').map_or("", |(_, r)| r.trim_start()),
            None => rest,
        };
        if rest.starts_with("PROGRAM TOTALS") {
            counts.insert("(total)".to_string(), count);
            continue;
        }
        let function = rest.split(" [").next().unwrap_or(rest);
        let function = function.split_once(':').map_or(function, |(_, f)| f);
        if !function.is_empty() {
            *counts.entry(function.to_string()).or_insert(0) += count;
        }
    }
    counts
}

#[test]
fn compares_what_says_something_about_the_build() {
    assert!(compared("candor::model::link::collect_tags"));
    assert!(!compared(
        "core::slice::sort::stable::quicksort::quicksort'2"
    ));
    assert!(!compared("mi_free_try_collect_mt"));
    assert!(!compared("_mi_page_free_collect"));
    assert!(!compared("core::ptr::drop_in_place<candor::model::Meta>"));
    assert!(!compared("alloc::sync::Arc<T,A>::drop_slow"));
    assert!(!compared(
        "<alloc::collections::btree::map::BTreeMap<K,V,A> as core::ops::drop::Drop>::drop"
    ));
    assert!(!compared("(total)"));
}

#[test]
fn reads_callgrind_annotate_output() {
    let text = "--------------------------------------------------------------------------------\n\
Ir                     \n\
--------------------------------------------------------------------------------\n\
51,234,567 (100.0%)  PROGRAM TOTALS\n\
\n\
Ir                    file:function\n\
--------------------------------------------------------------------------------\n\
40,000,000 (78.07%)  ???:candor::build [/t/candor]\n\
 1,000 ( 0.00%)  ???:candor::model::link::collect_tags [/t/candor]\n\
 2,000 ( 0.00%)  ???:candor::model::link::collect_tags [/t/candor]\n";
    let counts = parse_annotation(text);
    assert_eq!(counts["(total)"], 51_234_567);
    assert_eq!(counts["candor::build"], 40_000_000);
    assert_eq!(counts["candor::model::link::collect_tags"], 3_000);
    assert_eq!(counts.len(), 3);
}
