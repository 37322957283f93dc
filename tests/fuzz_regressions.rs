//! The fuzzers' findings and corpora, replayed on every `cargo test`:
//! - `tests/fuzz-regressions/`: every input a fuzzer found a problem with;
//! - `tests/fuzz-corpus/<target>/`: the minimised corpus of each fuzz target.
//!
//! Entries are parsed as every kind, Markdown is rendered (no live script may come out), and
//! the `site` corpus is built as whole sites. Nothing may panic.

use candor::content::parse_text;
use candor::content::schema::*;
use candor::render::markdown::{MarkdownOptions, render};
use std::path::{Path, PathBuf};

fn files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    out.sort();
    out
}

fn parse_every_kind(text: &str) {
    let p = Path::new("content/x/fuzz.md");
    let s = || "fuzz".to_string();
    let t = || text.to_string();
    let _ = parse_text::<PartnerFile>(p, t(), s(), None);
    let _ = parse_text::<ObjectiveFile>(p, t(), s(), None);
    let _ = parse_text::<MilestoneFile>(p, t(), s(), None);
    let _ = parse_text::<SuccessFile>(p, t(), s(), None);
    let _ = parse_text::<SetbackFile>(p, t(), s(), None);
    let _ = parse_text::<CaseStudyFile>(p, t(), s(), None);
    let _ = parse_text::<PageFile>(p, t(), s(), None);
    let (_, found) = parse_text::<NewsletterFile>(p, t(), s(), None);
    for d in found.iter() {
        let _ = d.render(true);
    }
}

/// Renders `text` as Markdown, with and without raw HTML allowed, and fails when the HTML has
/// live markup as a parser reads it (`candor::inert`).
fn assert_no_live_script(text: &str, what: &Path) {
    for allow_raw_html in [false, true] {
        let html = render(text, MarkdownOptions { allow_raw_html }, "");
        let found = candor::inert::active_content(&html);
        assert!(found.is_empty(), "{what:?} renders {found:?}");
    }
}

#[test]
fn every_recorded_fuzz_finding_stays_fixed() {
    let found = files("tests/fuzz-regressions");
    assert!(found.len() >= 3, "the regression inputs are missing");
    for path in found {
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        parse_every_kind(&text);
        assert_no_live_script(&text, &path);
    }
}

#[test]
fn the_front_matter_and_markdown_corpora_pass() {
    let front = files("tests/fuzz-corpus/front_matter");
    let markdown = files("tests/fuzz-corpus/markdown");
    assert!(
        !front.is_empty() && !markdown.is_empty(),
        "the corpora are missing"
    );
    for path in front {
        parse_every_kind(&String::from_utf8_lossy(&std::fs::read(&path).unwrap()));
    }
    for path in markdown {
        assert_no_live_script(
            &String::from_utf8_lossy(&std::fs::read(&path).unwrap()),
            &path,
        );
    }
}

#[test]
fn the_site_corpus_builds_or_reports_problems() {
    let corpus = files("tests/fuzz-corpus/site");
    assert!(!corpus.is_empty(), "the site corpus is missing");
    for path in corpus {
        let data = std::fs::read(&path).unwrap();
        let dir = tempfile::tempdir().unwrap();
        candor::synth::write_site_from_bytes(dir.path(), &data).unwrap();
        let mut options = candor::BuildOptions::new(dir.path());
        options.date = Some(candor::date::Date::new(2025, 6, 1).unwrap());
        if let Ok(built) = candor::generate(&options) {
            // Whatever the content, no page may carry live markup (parsed, not grepped).
            for file in &built.files.files {
                if let candor::output::Contents::Bytes(bytes) = &file.contents
                    && file.path.ends_with(".html")
                {
                    let found = candor::inert::active_content_of_page(
                        &file.path,
                        &String::from_utf8_lossy(bytes),
                    );
                    assert!(found.is_empty(), "{}: {found:?}", file.path);
                }
            }
        }
    }
}
