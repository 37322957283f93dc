//! Diagnostics: every problem Candor finds in a site, with the file, line and column it
//! comes from, a message saying what was expected, and an optional hint saying what to do.
//!
//! Stages never stop at the first problem: they push into a [`Diagnostics`] list and carry on,
//! so a build reports everything it found at once. The list renders as compiler-style text
//! with the offending line and a caret under it.

use std::fmt;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// How bad a problem is. Errors stop the build; warnings are printed and the build goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The site cannot be built until this is fixed.
    Error,
    /// Legal, but probably not what the author meant.
    Warning,
}

/// Whether to colour what goes to standard error: only on a terminal, and never when
/// `NO_COLOR` is set (<https://no-color.org>) or the terminal is dumb.
pub(crate) fn use_color() -> bool {
    std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

/// How many diagnostics of one group [`print()`] shows unless asked for all of them.
pub const SHOWN_PER_GROUP: usize = 3;

/// Prints every diagnostic to standard error, sorted by place, then the counts. Of a group
/// of warnings of one kind, the first [`SHOWN_PER_GROUP`] are shown and the others counted in
/// one line, unless `all`.
pub fn print(diagnostics: &Diagnostics, all: bool) {
    let color = use_color();
    let stderr = std::io::stderr();
    let mut out = stderr.lock();
    let mut shown: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for d in diagnostics.sorted() {
        if let Some(kind) = d.group.filter(|_| !all) {
            let n = shown.entry(kind).or_default();
            *n += 1;
            if *n > SHOWN_PER_GROUP {
                continue;
            }
        }
        let _ = writeln!(out, "{}", d.render(color));
    }
    let mut hidden: Vec<(&str, usize)> = shown
        .into_iter()
        .filter(|(_, n)| *n > SHOWN_PER_GROUP)
        .map(|(kind, n)| (kind, n - SHOWN_PER_GROUP))
        .collect();
    hidden.sort_unstable();
    for (kind, n) in hidden {
        let warnings = if n == 1 { "warning" } else { "warnings" };
        let _ = writeln!(
            out,
            "… and {n} more {warnings} of the same kind ({kind}); show every one with --verbose\n",
        );
    }
    let (e, w) = (diagnostics.error_count(), diagnostics.warning_count());
    if e + w > 0 {
        let _ = writeln!(
            out,
            "{} found: {}, {}",
            if e > 0 { "problems" } else { "warnings" },
            crate::format::count(e, "error"),
            crate::format::count(w, "warning")
        );
    }
}

/// A place in a source file, 1-based as editors show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file, relative to the site root where possible.
    pub file: PathBuf,
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// The text of that line, for the excerpt under the message (empty when unknown).
    pub line_text: String,
    /// How many characters the caret should underline (at least 1).
    pub width: usize,
}

/// One problem found in a site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Where it is.
    pub location: Location,
    /// What is wrong, and what was expected.
    pub message: String,
    /// What to do about it, when there is something useful to say.
    pub hint: Option<String>,
    /// The kind of warning it is, when there may be hundreds of one kind (a membership
    /// alliance's members, say): [`print()`] shows the first few of a group and counts the rest.
    pub group: Option<&'static str>,
}

impl Diagnostic {
    /// An error at `location`.
    pub fn error(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            location,
            message: message.into(),
            hint: None,
            group: None,
        }
    }

    /// A warning at `location`.
    pub fn warning(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(location, message)
        }
    }

    /// Adds a hint.
    pub(crate) fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Puts it in a group of warnings of one kind, described as `kind` ("partners that
    /// nothing refers to"), so that hundreds of them do not bury the rest.
    pub(crate) fn grouped(mut self, kind: &'static str) -> Self {
        self.group = Some(kind);
        self
    }

    /// `file:line:column`, the prefix editors and terminals recognise.
    pub fn position(&self) -> String {
        format!(
            "{}:{}:{}",
            printable(&self.location.file.display().to_string()),
            self.location.line,
            self.location.column
        )
    }
}

/// How `candor check` writes what it found: for a person, for a program, or for GitHub.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Compiler-style text with the offending line (standard error).
    #[default]
    Human,
    /// One JSON object per line, per diagnostic: `file`, `line`, `column`, `severity`,
    /// `message`, `hint` (standard output).
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…::…`), so that a pull request
    /// shows each problem on its line (standard output).
    Github,
}

impl Diagnostic {
    /// The file as a path from the current folder: `root` joined to a path relative to the
    /// site root (`site/content/x.md` when the site is `site/` of a repository).
    fn file_from(&self, root: &Path) -> String {
        let file = &self.location.file;
        let joined = if file.is_absolute() || root == Path::new(".") || root.as_os_str().is_empty()
        {
            file.clone()
        } else {
            root.join(file)
        };
        let text = joined.to_string_lossy().replace('\\', "/");
        text.strip_prefix("./").unwrap_or(&text).to_string()
    }

    /// One line of JSON: `{"file", "line", "column", "severity", "message", "hint"}`, the file
    /// given from the current folder (see [`Format::Json`]).
    pub fn json_line(&self, root: &Path) -> String {
        serde_json::json!({
            "file": self.file_from(root),
            "line": self.location.line,
            "column": self.location.column,
            "end_column": self.location.column + self.location.width.max(1),
            "severity": self.severity_name(),
            "message": self.message,
            "hint": self.hint,
        })
        .to_string()
    }

    /// A GitHub Actions workflow command that annotates the line (see [`Format::Github`]).
    /// Values are escaped as the runner expects, so content cannot end the command early or
    /// write a second one.
    pub fn github_command(&self, root: &Path) -> String {
        let command = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut message = self.message.clone();
        if let Some(hint) = &self.hint {
            message.push_str("\nhint: ");
            message.push_str(hint);
        }
        format!(
            "::{command} file={},line={},col={},endColumn={},title=candor {command}::{}",
            github_property(&self.file_from(root)),
            self.location.line,
            self.location.column,
            self.location.column + self.location.width.max(1),
            github_data(&printable(&message))
        )
    }

    fn severity_name(&self) -> &'static str {
        match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A workflow command's message, escaped: `%`, carriage returns and line breaks.
fn github_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value, escaped: as data, and `:` and `,`.
fn github_property(text: &str) -> String {
    github_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// Prints every diagnostic in `format`: [`print()`] for [`Format::Human`]; otherwise every
/// diagnostic, sorted by place, one per line on standard output (files given from `root`).
pub fn print_as(format: Format, diagnostics: &Diagnostics, all: bool, root: &Path) {
    let line: fn(&Diagnostic, &Path) -> String = match format {
        Format::Human => return print(diagnostics, all),
        Format::Json => Diagnostic::json_line,
        Format::Github => Diagnostic::github_command,
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for d in diagnostics.sorted() {
        let _ = writeln!(out, "{}", line(d, root));
    }
}

/// ANSI styles for a terminal; all empty when colour is off.
struct Palette {
    label: &'static str,
    accent: &'static str,
    hint: &'static str,
    reset: &'static str,
}

impl Palette {
    fn new(color: bool, severity: Severity) -> Palette {
        match (color, severity) {
            (false, _) => Palette {
                label: "",
                accent: "",
                hint: "",
                reset: "",
            },
            (true, Severity::Error) => Palette {
                label: "\x1b[1;31m",
                accent: "\x1b[1;34m",
                hint: "\x1b[36m",
                reset: "\x1b[0m",
            },
            (true, Severity::Warning) => Palette {
                label: "\x1b[1;33m",
                accent: "\x1b[1;34m",
                hint: "\x1b[36m",
                reset: "\x1b[0m",
            },
        }
    }
}

impl Diagnostic {
    /// The message as a compiler would print it: what, where, the line with a caret under the
    /// place, and the hint. With `color`, ANSI colours for a terminal.
    pub fn render(&self, color: bool) -> String {
        let p = Palette::new(color, self.severity);
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut out = format!(
            "{}{label}{}: {}\n",
            p.label,
            p.reset,
            printable(&self.message)
        );
        out.push_str(&format!(
            "  {}-->{} {}\n",
            p.accent,
            p.reset,
            self.position()
        ));
        let loc = &self.location;
        if !loc.line_text.is_empty() {
            let number = loc.line.to_string();
            let pad = " ".repeat(number.len());
            let (text, caret_column) = excerpt(&printable(&loc.line_text), loc.column);
            let caret_at = " ".repeat(caret_column.saturating_sub(1));
            out.push_str(&format!(" {pad} {}|{}\n", p.accent, p.reset));
            out.push_str(&format!(" {}{number} |{} {text}\n", p.accent, p.reset));
            out.push_str(&format!(
                " {pad} {}|{} {caret_at}{}{}{}\n",
                p.accent,
                p.reset,
                p.label,
                "^".repeat(loc.width.clamp(1, EXCERPT_WIDTH)),
                p.reset
            ));
        }
        if let Some(hint) = &self.hint {
            out.push_str(&format!(
                "  {}= hint:{} {}\n",
                p.hint,
                p.reset,
                printable(hint)
            ));
        }
        out
    }
}

/// `text` safe to print on a terminal: a tab becomes a space, and every other control
/// character (an escape sequence in content could clear the screen, hide the error count or
/// write to the clipboard) is shown as `\u{..}`; line breaks are kept.
fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' => out.push(' '),
            '\n' => out.push('\n'),
            c if c.is_control() => out.push_str(&c.escape_unicode().to_string()),
            c => out.push(c),
        }
    }
    out
}

/// How many characters of a source line a message shows at most.
const EXCERPT_WIDTH: usize = 100;

/// The part of `line` shown under a message, and the column of `column` in it: a long line
/// (a 150 KB minified value) is cut to [`EXCERPT_WIDTH`] characters around the column, with
/// `…` where it was cut.
fn excerpt(line: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= EXCERPT_WIDTH {
        return (line.to_string(), column);
    }
    let at = column.saturating_sub(1).min(chars.len());
    let start = at.saturating_sub(EXCERPT_WIDTH / 3);
    let end = (start + EXCERPT_WIDTH).min(chars.len());
    let mut text = String::new();
    let mut caret = at - start + 1;
    if start > 0 {
        text.push('…');
        caret += 1;
    }
    text.extend(&chars[start..end]);
    if end < chars.len() {
        text.push('…');
    }
    (text, caret)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

/// Everything a run found, in the order found; sorted by file and position for printing.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Moves every problem of `other` into this list.
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// True when at least one problem is an error.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// How many errors.
    pub fn error_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    /// How many warnings.
    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// True when nothing was found.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The problems, sorted by file, line and column (stable, so equal places keep their order).
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut all: Vec<&Diagnostic> = self.items.iter().collect();
        all.sort_by(|a, b| {
            (&a.location.file, a.location.line, a.location.column).cmp(&(
                &b.location.file,
                b.location.line,
                b.location.column,
            ))
        });
        all
    }

    /// Iterates in the order found.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}

/// A source file's text with its line starts, to turn byte offsets into [`Location`]s.
#[derive(Debug, Clone)]
pub struct SourceText {
    path: PathBuf,
    text: String,
    /// Where each line starts, worked out the first time a location is asked for.
    line_starts: std::sync::OnceLock<Vec<usize>>,
    /// A hash of the text, worked out the first time it is asked for.
    text_hash: std::sync::OnceLock<u128>,
}

impl PartialEq for SourceText {
    fn eq(&self, other: &SourceText) -> bool {
        self.path == other.path && self.text == other.text
    }
}

impl Eq for SourceText {}

impl SourceText {
    /// Indexes `text`, which was read from `path` (shown in messages).
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        SourceText {
            path: path.into(),
            text: text.into(),
            line_starts: std::sync::OnceLock::new(),
            text_hash: std::sync::OnceLock::new(),
        }
    }

    /// A 128-bit hash of the text (worked out once): equal texts, equal hashes.
    pub(crate) fn text_hash(&self) -> u128 {
        *self
            .text_hash
            .get_or_init(|| xxhash_rust::xxh3::xxh3_128(self.text.as_bytes()))
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(self.text.match_indices('\n').map(|(i, _)| i + 1));
            starts
        })
    }

    /// The path shown in messages.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The whole text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text, given back.
    pub fn into_text(self) -> String {
        self.text
    }

    /// The location of the byte range `start..end` (clamped to the text).
    pub fn location(&self, start: usize, end: usize) -> Location {
        let start = floor_char_boundary(&self.text, start.min(self.text.len()));
        let line_starts = self.line_starts();
        let line_index = match line_starts.binary_search(&start) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let line_start = line_starts[line_index];
        let line_end = self.text[line_start..]
            .find('\n')
            .map_or(self.text.len(), |i| line_start + i);
        let line_text = self.text[line_start..line_end].trim_end_matches('\r');
        let column = self.text[line_start..start].chars().count() + 1;
        // The caret stays on the start's line; a start on the line's `\r` gets width 1.
        let visible_end = (line_start + line_text.len()).max(start);
        let end = floor_char_boundary(&self.text, end.min(visible_end).max(start));
        let width = self.text[start..end].chars().count().max(1);
        Location {
            file: self.path.clone(),
            line: line_index + 1,
            column,
            line_text: line_text.to_string(),
            width,
        }
    }

    /// The location of the first line that defines `key = ...` or opens a `[key]` or
    /// `[[key]]` table (at the start of a line, after optional spaces), or of line 1 when
    /// there is none.
    pub(crate) fn key_location(&self, key: &str) -> Location {
        let mut offset = 0;
        for line in self.text.split_inclusive('\n') {
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            let header = trimmed
                .trim_start_matches('[')
                .trim_end()
                .trim_end_matches(']');
            if trimmed.starts_with('[') && header == key {
                let start = offset + indent + trimmed.find(key).unwrap_or(0);
                return self.location(start, start + key.len());
            }
            let bare = trimmed.strip_prefix('"').unwrap_or(trimmed);
            if let Some(rest) = bare.strip_prefix(key) {
                let rest = rest.strip_prefix('"').unwrap_or(rest);
                if rest.trim_start().starts_with('=') {
                    return self.location(offset + indent, offset + indent + key.len());
                }
            }
            offset += line.len();
        }
        self.location(0, 0)
    }
}

impl SourceText {
    /// The location of the first occurrence of `needle` in the text.
    pub fn find(&self, needle: &str) -> Option<Location> {
        let start = self.text.find(needle)?;
        Some(self.location(start, start + needle.len()))
    }
}

/// A location for a whole file, when no better place is known.
pub fn file_location(path: impl Into<PathBuf>) -> Location {
    Location {
        file: path.into(),
        line: 1,
        column: 1,
        line_text: String::new(),
        width: 1,
    }
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// The closest of `candidates` to `word`, when one is close enough to be a likely typo.
pub(crate) fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_commands_cannot_be_ended_or_doubled_by_content() {
        let source = SourceText::new("content/a,b:c.md", "x = 1\n");
        let d = Diagnostic::error(source.location(0, 1), "50% done\n::error::forged\r")
            .with_hint("write it so");
        let line = d.github_command(Path::new("site"));
        assert_eq!(
            line,
            "::error file=site/content/a%2Cb%3Ac.md,line=1,col=1,endColumn=2,title=candor error::50%25 done%0A::error::forged\\u{d}%0Ahint: write it so"
        );
        assert_eq!(line.lines().count(), 1);
    }

    #[test]
    fn json_lines_name_the_file_from_the_current_folder() {
        let source = SourceText::new("content/a.md", "+++\ntitle = 1\n");
        let d = Diagnostic::warning(source.location(12, 13), "say \"it\"");
        let value: serde_json::Value =
            serde_json::from_str(&d.json_line(Path::new("./site"))).unwrap();
        assert_eq!(
            value,
            serde_json::json!({"file": "site/content/a.md", "line": 2, "column": 9,
                "end_column": 10, "severity": "warning", "message": "say \"it\"", "hint": null})
        );
        let at_root: serde_json::Value =
            serde_json::from_str(&d.json_line(Path::new("."))).unwrap();
        assert_eq!(at_root["file"], "content/a.md");
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let source = SourceText::new("a\u{1b}.md", "title = \"\u{1b}]52;c;x\u{7}\u{1b}[2J\"\n");
        let d = Diagnostic::error(source.location(9, 12), "bad \u{1b}[8m").with_hint("\u{9b}x");
        let text = d.render(false);
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert!(text.contains("\\u{1b}]52;c;x\\u{7}"), "{text}");
    }

    #[test]
    fn locations_are_one_based_and_count_characters() {
        let src = SourceText::new("a.md", "+++\ntitle = \"Ōtautahi\"\nbad = 1\n+++\n");
        let offset = src.text().find("bad").unwrap();
        let loc = src.location(offset, offset + 3);
        assert_eq!((loc.line, loc.column, loc.width), (3, 1, 3));
        let offset = src.text().find('"').unwrap() + 1;
        assert_eq!(src.location(offset, offset).column, 10);
    }

    #[test]
    fn a_place_at_the_end_of_a_crlf_line_does_not_panic() {
        let src = SourceText::new("a.md", "ab\r\ncd");
        let loc = src.location(2, 9);
        assert_eq!((loc.line, loc.column, loc.width), (1, 3, 1));
        let loc = src.location(99, 120);
        assert_eq!(loc.line, 2);
    }

    #[test]
    fn key_location_finds_the_assignment() {
        let src = SourceText::new("a.md", "+++\n  status = \"done\"\n+++\n");
        let loc = src.key_location("status");
        assert_eq!((loc.line, loc.column), (2, 3));
    }

    #[test]
    fn rendering_shows_the_line_and_a_caret() {
        let src = SourceText::new("content/x.md", "+++\nkind = \"charity\"\n+++\n");
        let start = src.text().find("\"charity\"").unwrap();
        let d = Diagnostic::error(src.location(start, start + 9), "unknown kind")
            .with_hint("use nonprofit");
        let text = d.to_string();
        assert!(text.contains("--> content/x.md:2:8"), "{text}");
        assert!(text.contains("2 | kind = \"charity\""), "{text}");
        assert!(text.contains("|        ^^^^^^^^^"), "{text}");
        assert!(text.contains("= hint: use nonprofit"), "{text}");
    }

    #[test]
    fn colour_is_only_added_when_asked_for() {
        let d = Diagnostic::warning(file_location("a.md"), "odd");
        assert!(!d.render(false).contains('\x1b'));
        assert!(d.render(true).contains("\x1b[1;33mwarning\x1b[0m: odd"));
    }

    #[test]
    fn suggestions_only_when_close() {
        let c = ["riverside-school", "green-futures"];
        assert_eq!(did_you_mean("riverside-schol", c), Some("riverside-school"));
        assert_eq!(did_you_mean("zzz", c), None);
    }
}
