//! A whole small site from bytes: the input is split into an alliance.toml and entry files
//! (`candor::synth::write_site_from_bytes`), written to a temporary folder and built in memory.
//! Never panics and never publishes a page with live markup, whatever the content.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(dir) = tempfile::tempdir() else { return };
    if candor::synth::write_site_from_bytes(dir.path(), data).is_err() {
        return;
    }
    let mut options = candor::BuildOptions::new(dir.path());
    options.date = Some(candor::date::Date::new(2025, 6, 1).unwrap());
    if let Ok(built) = candor::generate(&options) {
        // Whatever the content, no page may carry live markup (parsed, not grepped).
        for file in &built.files.files {
            if let candor::output::Contents::Bytes(bytes) = &file.contents
                && file.path.ends_with(".html")
            {
                let found = candor::inert::active_content_of_page(&file.path, &String::from_utf8_lossy(bytes));
                assert!(found.is_empty(), "{}: {found:?}", file.path);
            }
        }
    }
});
