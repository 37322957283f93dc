//! Every input the fuzzers ever found a problem with (`tests/fuzz-regressions/`) is parsed as
//! an entry of every kind and rendered as Markdown: no panic, no live script.

use candor::content::parse_text;
use candor::content::schema::*;
use candor::render::markdown::{MarkdownOptions, render};
use std::path::Path;

#[test]
fn every_recorded_fuzz_finding_stays_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let bytes = std::fs::read(entry.path()).unwrap();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let p = Path::new("content/x/fuzz.md");
        let s = || "fuzz".to_string();
        let _ = parse_text::<PartnerFile>(p, text.clone(), s(), None);
        let _ = parse_text::<MilestoneFile>(p, text.clone(), s(), None);
        let (_, found) = parse_text::<SetbackFile>(p, text.clone(), s(), None);
        for d in found.iter() {
            let _ = d.render(true);
        }
        let html = render(
            &text,
            MarkdownOptions {
                allow_raw_html: false,
            },
            "",
        )
        .to_ascii_lowercase();
        assert!(
            !html.contains("<script") && !html.contains("<a href=\"javascript:"),
            "{:?}",
            entry.path()
        );
        count += 1;
    }
    assert!(count >= 2, "the regression corpus is missing");
}
