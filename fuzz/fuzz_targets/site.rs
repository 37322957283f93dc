//! A whole small site from bytes: the input is split into an alliance.toml and entry files,
//! written to a temporary folder and built in memory. Never panics, whatever the content.
#![no_main]

use libfuzzer_sys::fuzz_target;

const FILES: &[&str] = &[
    "content/alliance.toml",
    "content/partners/a.md",
    "content/objectives/o.md",
    "content/milestones/m.md",
    "content/successes/s.md",
    "content/setbacks/b.md",
    "content/case-studies/c/index.md",
    "content/pages/p.md",
    "content/newsletters/n.md",
];

fuzz_target!(|data: &[u8]| {
    let Ok(dir) = tempfile::tempdir() else { return };
    for (i, part) in data.split(|b| *b == 0xFF).take(FILES.len()).enumerate() {
        let path = dir.path().join(FILES[i]);
        let _ = std::fs::create_dir_all(path.parent().unwrap());
        let _ = std::fs::write(path, part);
    }
    let mut options = candor::BuildOptions::new(dir.path());
    options.date = Some(candor::date::Date::new(2025, 6, 1).unwrap());
    let _ = candor::generate(&options);
});
