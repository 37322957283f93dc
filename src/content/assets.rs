//! What may be published from an entry's bundle. A file beside `index.md` is served from the
//! alliance's own address, so anything a browser would run there (an HTML page, a script, an
//! SVG with a script or an event handler) would run with the site's authority. Only the file
//! types on [`ALLOWED`] are published, and every SVG is parsed as XML, namespaces and entities
//! resolved, and refused when any part of it could run script.

use crate::diagnostics::{Diagnostic, SourceText, file_location};
use std::path::Path;

/// File endings (lower case) a bundle may publish: images, documents, data and media that
/// browsers show or download but never run.
pub const ALLOWED: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "ico", "pdf", "csv", "tsv", "txt", "md",
    "json", "geojson", "ods", "odt", "odp", "xlsx", "xls", "docx", "doc", "pptx", "ppt", "rtf",
    "epub", "zip", "mp3", "m4a", "ogg", "oga", "wav", "mp4", "m4v", "webm", "ogv", "vtt",
];

/// File endings of pictures (images and video): what a withdrawn consent withholds.
const PICTURES: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "ico", "mp4", "m4v", "webm", "ogv",
];

/// True when `file` is a picture (an image or a video), by its ending.
pub(crate) fn is_picture(file: &Path) -> bool {
    file.extension()
        .is_some_and(|e| PICTURES.contains(&e.to_string_lossy().to_ascii_lowercase().as_str()))
}

const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";

/// Checks one bundle file, `shown` being its path for messages; `None` when it may be
/// published.
pub fn check(disk: &Path, shown: &Path) -> Option<Diagnostic> {
    let ending = disk
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if !ALLOWED.contains(&ending.as_str()) {
        let what = if ending.is_empty() {
            "a file with no ending".to_string()
        } else {
            format!("a `.{ending}` file")
        };
        return Some(
            Diagnostic::error(
                file_location(shown),
                format!("{what} cannot be published from a bundle"),
            )
            .with_hint(format!(
                "a bundle publishes images, documents, data and media ({}); pages belong in content/pages/, and files you trust to run on the site belong in static/",
                ALLOWED.join(", ")
            )),
        );
    }
    if ending != "svg" {
        return None;
    }
    match std::fs::read(disk) {
        Ok(bytes) => svg_problem(&bytes, shown),
        Err(e) => Some(Diagnostic::error(
            file_location(shown),
            format!("cannot read the file: {e}"),
        )),
    }
}

/// Why the SVG `bytes` may not be published, if it may not.
pub(crate) fn svg_problem(bytes: &[u8], shown: &Path) -> Option<Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Some(
            Diagnostic::error(file_location(shown), "this SVG is not UTF-8 text")
                .with_hint("export it again as UTF-8 (plain SVG); Candor checks every SVG for script before publishing it and reads only UTF-8"),
        );
    };
    let source = SourceText::new(shown, text);
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = match roxmltree::Document::parse_with_options(text, options) {
        Ok(doc) => doc,
        Err(e) => {
            let pos = e.pos();
            let offset = offset_of(text, pos.row as usize, pos.col as usize);
            return Some(
                Diagnostic::error(
                    source.location(offset, offset + 1),
                    format!("this SVG cannot be read as XML: {e}"),
                )
                .with_hint(
                    "export it again as plain SVG (without a DOCTYPE or entity declarations)",
                ),
            );
        }
    };
    let root = doc.root_element();
    if root.tag_name().name() != "svg" || root.tag_name().namespace() != Some(SVG_NS) {
        return Some(
            Diagnostic::error(
                source.location(root.range().start, root.range().start + 1),
                "this file is not an SVG image: its first element is not <svg> in the SVG namespace",
            )
            .with_hint("add xmlns=\"http://www.w3.org/2000/svg\" to the <svg> element, or export it again as plain SVG"),
        );
    }
    doc.descendants()
        .find_map(active_part)
        .map(|(range, what)| {
            Diagnostic::error(
                source.location(range.start, range.end.min(range.start + 80)),
                format!("this SVG contains {what}, which could run script in a reader's browser"),
            )
            .with_hint("export the image again without scripts, event handlers, embedded HTML or javascript: links")
        })
}

/// The first part of a node that could run script: its byte range and what it is.
fn active_part(node: roxmltree::Node<'_, '_>) -> Option<(std::ops::Range<usize>, String)> {
    if node.is_pi() {
        let target = node.pi().map_or("", |pi| pi.target);
        return target
            .eq_ignore_ascii_case("xml-stylesheet")
            .then(|| (node.range(), "an xml-stylesheet instruction".to_string()));
    }
    if !node.is_element() {
        return None;
    }
    let tag = node.tag_name();
    let name = tag.name();
    let element = |what: &str| Some((node.range(), format!("a <{what}> element")));
    match tag.namespace() {
        Some(XHTML_NS) => return Some((node.range(), format!("an HTML <{name}> element"))),
        Some(SVG_NS) => {
            let lower = name.to_ascii_lowercase();
            if ["script", "foreignobject", "handler", "listener"].contains(&lower.as_str()) {
                return element(name);
            }
            if ["set", "animate", "animatetransform", "animatemotion"].contains(&lower.as_str())
                && let Some(target) = node.attribute("attributeName")
            {
                let target = target.trim().to_ascii_lowercase();
                if target.ends_with("href") || target.starts_with("on") {
                    return Some((node.range(), format!("an animation of `{target}`")));
                }
            }
        }
        _ => {}
    }
    for attribute in node.attributes() {
        let local = attribute.name().to_ascii_lowercase();
        if local.starts_with("on") {
            return Some((
                attribute.range(),
                format!("the event attribute `{}`", attribute.name()),
            ));
        }
        if (local == "href" || local == "base" || local == "src")
            && crate::escape::runs_script(attribute.value())
        {
            return Some((
                attribute.range(),
                format!("a link that runs script (`{}`)", attribute.name()),
            ));
        }
    }
    None
}

/// The byte offset of 1-based `row` and `col` (in characters) in `text`.
fn offset_of(text: &str, row: usize, col: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(row.saturating_sub(1))
        .map(str::len)
        .sum();
    text[line_start.min(text.len())..]
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(text.len(), |(i, _)| line_start + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(svg: &str) -> Option<String> {
        svg_problem(svg.as_bytes(), Path::new("a.svg")).map(|d| d.message)
    }

    const NS: &str = "xmlns=\"http://www.w3.org/2000/svg\"";

    #[test]
    fn plain_svgs_pass() {
        let svg = format!(
            "<?xml version=\"1.0\"?><svg {NS} xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\"><style>.a{{fill:red}}</style><a href=\"https://x.org/\"><text>Union &amp; station</text></a><image xlink:href=\"data:image/png;base64,AAAA\"/><inkscape:x/></svg>"
        );
        assert_eq!(problem(&svg), None);
    }

    #[test]
    fn every_way_of_running_script_is_refused() {
        let cases = [
            format!("<svg {NS}><script>alert(1)</script></svg>"),
            "<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:script>alert(1)</s:script></s:svg>"
                .to_string(),
            format!("<svg {NS} onload=\"alert(1)\"/>"),
            format!(
                "<svg {NS} xmlns:x=\"http://www.w3.org/1999/xlink\"><a x:href=\"&#106;avascript:alert(1)\"><text>x</text></a></svg>"
            ),
            format!("<svg {NS}><a href=\" java&#x09;script:alert(1)\">x</a></svg>"),
            format!(
                "<svg {NS}><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>"
            ),
            format!("<svg {NS}><h:iframe xmlns:h=\"http://www.w3.org/1999/xhtml\"/></svg>"),
            format!(
                "<svg {NS}><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg>"
            ),
            format!("<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?><svg {NS}/>"),
            format!(
                "<!DOCTYPE svg [<!ENTITY j \"javascript:\">]><svg {NS}><a href=\"&j;x\"/></svg>"
            ),
            "<svg><script>alert(1)</script></svg>".to_string(),
            format!("<svg {NS}><script>unclosed</svg>"),
        ];
        for case in &cases {
            assert!(problem(case).is_some(), "not refused: {case}");
        }
    }

    #[test]
    fn an_svg_that_is_not_utf8_is_refused() {
        let latin1 = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><text>caf\xe9</text></svg>";
        assert!(svg_problem(latin1, Path::new("a.svg")).is_some());
        let utf16: Vec<u8> =
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect();
        assert!(svg_problem(&utf16, Path::new("a.svg")).is_some());
    }

    #[test]
    fn only_listed_file_types_are_published() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["page.html", "x.xhtml", "app.js", "data.xml", "noending"] {
            let path = dir.path().join(name);
            std::fs::write(&path, "<p>x</p>").unwrap();
            let d = check(&path, Path::new(name)).expect(name);
            assert!(
                d.message.contains("cannot be published from a bundle"),
                "{}",
                d.message
            );
        }
        let pdf = dir.path().join("report.PDF");
        std::fs::write(&pdf, "%PDF").unwrap();
        assert!(check(&pdf, Path::new("report.PDF")).is_none());
    }
}
