//! Any bytes as the file of an entry of every kind: parsing and validation never panic.
#![no_main]

use candor::content::parse_text;
use candor::content::schema::*;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let p = Path::new("content/x/fuzz.md");
    let s = || "fuzz".to_string();
    let _ = parse_text::<PartnerFile>(p, text.clone(), s(), None);
    let _ = parse_text::<ObjectiveFile>(p, text.clone(), s(), None);
    let _ = parse_text::<MilestoneFile>(p, text.clone(), s(), None);
    let _ = parse_text::<SuccessFile>(p, text.clone(), s(), None);
    let _ = parse_text::<SetbackFile>(p, text.clone(), s(), None);
    let _ = parse_text::<CaseStudyFile>(p, text.clone(), s(), None);
    let _ = parse_text::<PageFile>(p, text.clone(), s(), None);
    let (_, d) = parse_text::<NewsletterFile>(p, text, s(), None);
    for diagnostic in d.iter() {
        let _ = diagnostic.render(true);
    }
});
