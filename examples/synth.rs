//! Writes a synthetic alliance site for benchmarks.
//!
//! `cargo run --release --example synth -- --entries 10000 --out /tmp/synth-10k [--seed 7] [--hugo DIR] [--zola DIR]`
//! `cargo run --release --example synth -- --shape membership --entries 700 --out /tmp/members`
//! `cargo run --release --example synth -- --shape programme --out /tmp/programme`
//!
//! `--shape` writes one of the real shapes of data instead (see `candor::synth::write_membership`
//! and `write_programme`): a membership alliance of `--entries` members, or a decade-long
//! programme.
//!
//! With `--history N`, the site becomes a git repository of N commits, each editing one entry
//! (for the history benchmark): `--entries 1000 --history 500`.
//!
//! Its sites have no search index (`[search] enabled = false`), as the peers it is compared
//! with build none; `--search` leaves search on, to measure what it costs.
//!
//! With `--hugo DIR`, also writes an equivalent Hugo project (same Markdown, a list page per
//! collection, a tags taxonomy, minimal templates) for comparisons, and with `--zola DIR` the
//! same for Zola.

use std::path::PathBuf;

fn main() {
    let mut entries = 1000usize;
    let mut out = PathBuf::from("synth-site");
    let mut seed = 7u64;
    let mut hugo: Option<PathBuf> = None;
    let mut zola: Option<PathBuf> = None;
    let mut shape: Option<String> = None;
    let mut history = 0usize;
    let mut search = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--search" {
            search = true;
            continue;
        }
        let value = args.next().unwrap_or_default();
        match arg.as_str() {
            "--entries" => entries = value.parse().expect("--entries takes a number"),
            "--out" => out = PathBuf::from(value),
            "--seed" => seed = value.parse().expect("--seed takes a number"),
            "--hugo" => hugo = Some(PathBuf::from(value)),
            "--zola" => zola = Some(PathBuf::from(value)),
            "--shape" => shape = Some(value),
            "--history" => history = value.parse().expect("--history takes a number"),
            other => {
                eprintln!(
                    "unknown argument {other}; use --entries N --out DIR [--seed S] [--hugo DIR] [--zola DIR] [--shape membership|programme] [--history COMMITS] [--search]"
                );
                std::process::exit(2);
            }
        }
    }
    if out.join("content").exists() {
        std::fs::remove_dir_all(out.join("content")).expect("remove the old content");
    }
    let today = candor::date::Date::new(2026, 6, 1).expect("a real date");
    match shape.as_deref() {
        Some("membership") => {
            candor::synth::write_membership(&out, entries, seed, today).expect("write the site");
            println!(
                "Wrote a membership alliance of {entries} members under {}",
                out.display()
            );
            return;
        }
        Some("programme") => {
            candor::synth::write_programme(&out, seed, today).expect("write the site");
            println!("Wrote a decade-long programme under {}", out.display());
            return;
        }
        Some(other) => {
            eprintln!("unknown shape {other}; use membership or programme");
            std::process::exit(2);
        }
        None => {}
    }
    let files = candor::synth::write_site(&out, entries, seed, today).expect("write the site");
    if search {
        let alliance = out.join("content/alliance.toml");
        let text = std::fs::read_to_string(&alliance).expect("read alliance.toml");
        let text = text.replace(candor::synth::SEARCH_OFF, "");
        std::fs::write(&alliance, text).expect("write alliance.toml");
    }
    println!(
        "Wrote {files} files ({entries} entries) under {}",
        out.join("content").display()
    );
    if history > 0 {
        if out.join(".git").exists() {
            std::fs::remove_dir_all(out.join(".git")).expect("remove the old repository");
        }
        let first = today.add_days(-(history as i64));
        candor::synth::write_history(&out, history, seed, first).expect("write the history");
        println!("Made it a git repository of {history} commits");
    }
    if let Some(dir) = hugo {
        candor::synth::write_hugo_project(&out, &dir).expect("write the Hugo project");
        println!("Wrote the equivalent Hugo project under {}", dir.display());
    }
    if let Some(dir) = zola {
        candor::synth::write_zola_project(&out, &dir).expect("write the Zola project");
        println!("Wrote the equivalent Zola project under {}", dir.display());
    }
}
