//! Splitting a content file into its `+++` TOML front matter and its Markdown body.

use crate::diagnostics::{Diagnostic, SourceText};
use std::ops::Range;

/// Byte ranges of the two parts of a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// The TOML between the `+++` lines.
    pub front: Range<usize>,
    /// The Markdown after the closing `+++` line.
    pub body: Range<usize>,
}

/// Why a file could not be split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitError {
    /// The file is empty or blank.
    Empty,
    /// The first line is not `+++`.
    NoOpening,
    /// No closing `+++` line after the opening one.
    NoClosing,
}

impl SplitError {
    /// The message a user reads.
    pub fn diagnostic(&self, source: &SourceText) -> Diagnostic {
        match self {
            SplitError::Empty => Diagnostic::error(source.location(0, 0), "the file is empty")
                .with_hint("an entry starts with its fields between two `+++` lines: a line `+++`, lines like `title = \"...\"`, then a line `+++`"),
            SplitError::NoOpening => Diagnostic::error(
                source.location(0, source.text().find('\n').unwrap_or(0)),
                "expected the file to start with a `+++` line (TOML front matter)",
            )
            .with_hint("put the entry's fields between two `+++` lines at the top of the file"),
            SplitError::NoClosing => {
                let end = source.text().len();
                Diagnostic::error(
                    source.location(0, 3),
                    "the front matter opened here is never closed",
                )
                .with_hint(format!(
                    "add a line with only `+++` after the last field (the file has {} lines)",
                    source.location(end, end).line
                ))
            }
        }
    }
}

/// Splits `text` (with any byte-order mark already removed). Accepts `\n` and `\r\n`.
pub fn split(text: &str) -> Result<Split, SplitError> {
    if text.trim().is_empty() {
        return Err(SplitError::Empty);
    }
    let mut lines = line_ranges(text);
    let Some(first) = lines.next() else {
        return Err(SplitError::Empty);
    };
    if text[first.clone()].trim_end() != "+++" {
        return Err(SplitError::NoOpening);
    }
    let front_start = first.end;
    for line in lines {
        if text[line.clone()].trim_end() == "+++" {
            return Ok(Split {
                front: front_start..line.start,
                body: line.end..text.len(),
            });
        }
    }
    Err(SplitError::NoClosing)
}

/// Each line's byte range, including its line ending.
fn line_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').map(move |line| {
        let range = start..start + line.len();
        start = range.end;
        range
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let text = "+++\ntitle = \"A\"\n+++\nHello\n";
        let s = split(text).unwrap();
        assert_eq!(&text[s.front], "title = \"A\"\n");
        assert_eq!(&text[s.body], "Hello\n");
    }

    #[test]
    fn accepts_crlf_and_no_body() {
        let text = "+++\r\ntitle = \"A\"\r\n+++";
        let s = split(text).unwrap();
        assert_eq!(&text[s.front], "title = \"A\"\r\n");
        assert_eq!(&text[s.body], "");
    }

    #[test]
    fn reports_what_is_missing() {
        assert_eq!(split(""), Err(SplitError::Empty));
        assert_eq!(split("  \n"), Err(SplitError::Empty));
        assert_eq!(split("title = 1\n"), Err(SplitError::NoOpening));
        assert_eq!(split("+++\ntitle = 1\n"), Err(SplitError::NoClosing));
    }
}
