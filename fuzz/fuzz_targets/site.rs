//! A whole small site from bytes: the input is split into an alliance.toml and entry files
//! (`candor::synth::write_site_from_bytes`), written to a temporary folder and built in memory.
//! Never panics, whatever the content.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(dir) = tempfile::tempdir() else { return };
    if candor::synth::write_site_from_bytes(dir.path(), data).is_err() {
        return;
    }
    let mut options = candor::BuildOptions::new(dir.path());
    options.date = Some(candor::date::Date::new(2025, 6, 1).unwrap());
    let _ = candor::generate(&options);
});
