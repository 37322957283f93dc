//! The messages of one language: Fluent (`.ftl`) files from the theme's `i18n/<language>/`
//! folders, with CLDR plural rules (`fluent-bundle`), and how that language writes numbers and
//! dates. Every sentence Candor makes for readers is a message here; a catalogue missing a
//! message the default (English) one has is an error naming the message.

use crate::date::Date;
use crate::diagnostics::{Diagnostic, Diagnostics, SourceText, file_location};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::path::PathBuf;

/// The default theme's message files, `<language>/<file>.ftl`.
static BUILT_IN: include_dir::Dir<'static> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/themes/default/i18n");

/// The message files compiled into candor (the default theme's), at layer 0.
pub fn builtin_messages() -> Vec<MessageFile> {
    fn add(dir: &'static include_dir::Dir<'static>, out: &mut Vec<MessageFile>) {
        for file in dir.files() {
            if file.path().extension().is_some_and(|e| e == "ftl") {
                let path: Vec<String> = file
                    .path()
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push(MessageFile {
                    path: path.join("/"),
                    text: String::from_utf8_lossy(file.contents()).into_owned(),
                    shown: std::path::Path::new("(built-in default theme)/i18n").join(file.path()),
                    layer: 0,
                });
            }
        }
        for sub in dir.dirs() {
            add(sub, out);
        }
    }
    let mut out = Vec::new();
    add(&BUILT_IN, &mut out);
    out
}

/// The language whose catalogue every other is checked against, and the one used when a
/// site's language has none.
pub const REFERENCE_LANGUAGE: &str = "en";

/// A message file: its text, the path shown in messages about it, and which layer it comes
/// from (0 built in, then the theme on disk, then the site's own `i18n/`): a later layer's
/// message replaces an earlier one of the same name.
#[derive(Debug, Clone)]
pub struct MessageFile {
    /// `fr/site.ftl`: the language folder and the file.
    pub path: String,
    /// The text.
    pub text: String,
    /// Shown in messages.
    pub shown: PathBuf,
    /// 0 built in; higher layers override.
    pub layer: u8,
}

/// An argument of a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// Words, put in as they are (plural selectors do not apply).
    Text(&'a str),
    /// A number, written in the language's way ("1,234.5", "1 234,5") and selecting plural
    /// forms by the language's rules.
    Number(f64),
    /// A number written without grouping (a year). Never a selector: Fluent matches a
    /// variant key only to a number with the default options.
    Plain(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Arg<'a> {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Arg<'a> {
        Arg::Text(s)
    }
}

pub use crate::format::{NumberStyle, write_number};

/// Marks around a number in Fluent's output, replaced by the number in the language's way
/// once the message is made (Fluent's own formatter knows no separators). Private-use
/// characters, taken out of every text argument first.
const NUMBER_START: char = '\u{F8F0}';
const PLAIN_START: char = '\u{F8F1}';
const NUMBER_END: char = '\u{F8F2}';

/// Messages every catalogue must have that say how it writes (not words shown as such).
pub mod setting {
    /// `ltr` or `rtl`.
    pub const DIRECTION: &str = "direction";
    /// The ten digits, zero first ("0123456789").
    pub const DIGITS: &str = "number-digits";
    /// The decimal separator.
    pub const DECIMAL: &str = "number-decimal-separator";
    /// The group separator.
    pub const GROUP: &str = "number-group-separator";
    /// "4" or "5": digits before grouping starts.
    pub const GROUPING_FROM: &str = "number-grouping-from";
    /// The minus sign.
    pub const MINUS: &str = "number-minus";
}

/// The messages of one language, ready to use from many threads.
pub struct Catalogue {
    key: u64,
    language: String,
    bundle: FluentBundle<FluentResource>,
    /// Messages without arguments, made once.
    fixed: FxHashMap<String, String>,
    numbers: NumberStyle,
    /// Dates already written: a site writes the same dates on many pages.
    dates: std::sync::RwLock<FxHashMap<Date, String>>,
    right_to_left: bool,
    /// Whether plural forms are chosen by Arabic's rules (see [`arabic_selector`]).
    arabic: bool,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

/// The language folders to look in for `language`, most specific first: `fr-CA` → `fr-CA`,
/// `fr`.
fn candidates(language: &str) -> Vec<String> {
    let mut out = vec![language.to_string()];
    let parts: Vec<&str> = language.split(['-', '_']).collect();
    for n in (1..parts.len()).rev() {
        out.push(parts[..n].join("-"));
    }
    out
}

/// The language folders `files` hold messages for.
pub fn languages(files: &[MessageFile]) -> Vec<String> {
    let mut out: Vec<String> = files
        .iter()
        .filter_map(|f| f.path.split_once('/').map(|(l, _)| l.to_string()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The folders of `files` whose messages serve `language`, the most general first (`fr`, then
/// `fr-CA`): a regional folder adds to its language's and replaces what it says again. A
/// folder named in another case counts too, after the exactly named one.
pub fn folders_for(language: &str, files: &[MessageFile]) -> Vec<String> {
    let have = languages(files);
    let mut out = Vec::new();
    for c in candidates(language).into_iter().rev() {
        let mut same: Vec<&String> = have.iter().filter(|h| h.eq_ignore_ascii_case(&c)).collect();
        // Exactly named last, so that its messages win.
        same.sort_by_key(|h| **h == c);
        out.extend(same.into_iter().cloned());
    }
    out
}

pub use crate::content::translations::language_problem;

impl Catalogue {
    /// The catalogue for a site in `language` from `files`: the folder of the language, or
    /// of its main tag (`fr` for `fr-CA`); English, with a warning, when there is none.
    pub fn for_site(language: &str, files: &[MessageFile]) -> (Option<Catalogue>, Diagnostics) {
        if let Some(problem) = language_problem(language) {
            let mut diagnostics = Diagnostics::new();
            diagnostics.push(
                Diagnostic::error(
                    crate::diagnostics::file_location("content/alliance.toml"),
                    format!("`language = \"{language}\"` is not a language tag: {problem}"),
                )
                .with_hint("write a BCP 47 tag such as `en`, `fr`, `fr-CA`, `es-419` or `ar`"),
            );
            return (None, diagnostics);
        }
        let folders = folders_for(language, files);
        if !folders.is_empty() {
            return Catalogue::load(language, &folders, files);
        }
        let (catalogue, mut diagnostics) =
            Catalogue::load(language, &[REFERENCE_LANGUAGE.to_string()], files);
        diagnostics.push(
            Diagnostic::warning(
                file_location("content/alliance.toml"),
                format!(
                    "there are no messages in the language `{language}`, so the site's own words are in English"
                ),
            )
            .with_hint(format!(
                "Candor has messages in {}; for another language, copy the default theme's i18n/{REFERENCE_LANGUAGE}/ to i18n/{language}/ in the site folder and translate it",
                languages(files).join(", ")
            )),
        );
        (catalogue, diagnostics)
    }

    /// The catalogue of `folders` (language folders of `files`, the most general first) for
    /// pages in `language`, checked against the reference language's messages: a parse error,
    /// a message defined twice, a message the reference has and this one lacks, an argument
    /// the reference message is not given, or a message, term or function that does not exist
    /// is an error.
    pub fn load(
        language: &str,
        folders: &[String],
        files: &[MessageFile],
    ) -> (Option<Catalogue>, Diagnostics) {
        let mut diagnostics = Diagnostics::new();
        let folder = folders.last().map_or(REFERENCE_LANGUAGE, String::as_str);
        let langid = language
            .parse::<unic_langid::LanguageIdentifier>()
            .or_else(|_| folder.parse())
            .unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        let rank = |f: &MessageFile| {
            f.path
                .split_once('/')
                .and_then(|(l, _)| folders.iter().position(|x| x == l))
        };
        let mut mine: Vec<(usize, &MessageFile)> =
            files.iter().filter_map(|f| Some((rank(f)?, f))).collect();
        mine.sort_by(|(ra, a), (rb, b)| (ra, a.layer, &a.path).cmp(&(rb, b.layer, &b.path)));
        let mut ids: Vec<String> = Vec::new();
        let mut checked: Vec<Checked> = Vec::new();
        for (_, file) in mine {
            let Some(resource) = parse(file, &mut diagnostics) else {
                continue;
            };
            let defined = message_ids(&resource);
            let mut seen = rustc_hash::FxHashSet::default();
            for id in &defined {
                if !seen.insert(id) {
                    diagnostics.push(
                        Diagnostic::error(
                            file_location(&file.shown),
                            format!("the message `{id}` is defined twice in this file"),
                        )
                        .with_hint("keep one of them"),
                    );
                }
            }
            ids.extend(defined);
            checked.push((file, references(&resource), terms_and_functions(&resource)));
            if file.layer == 0 {
                if let Err(errors) = bundle.add_resource(resource) {
                    for e in errors {
                        diagnostics.push(Diagnostic::error(
                            file_location(&file.shown),
                            format!("{e}: a message is defined twice in the `{folder}` messages"),
                        ));
                    }
                }
            } else {
                bundle.add_resource_overriding(resource);
            }
        }
        // The reference language's messages, with the arguments each is given: read once.
        let reference = reference_ids(files);
        let have: rustc_hash::FxHashSet<&str> = ids.iter().map(String::as_str).collect();
        let mut missing: Vec<&String> = reference
            .keys()
            .filter(|id| !have.contains(id.as_str()))
            .collect();
        missing.sort();
        const SHOWN: usize = 10;
        for id in missing.iter().take(SHOWN) {
            diagnostics.push(
                Diagnostic::error(
                    file_location(format!("i18n/{folder}/")),
                    format!("the `{folder}` messages have no message `{id}`"),
                )
                .with_hint(format!(
                    "add `{id} = ...` to a file in i18n/{folder}/ (the English one is in the default theme's i18n/{REFERENCE_LANGUAGE}/)"
                )),
            );
        }
        if missing.len() > SHOWN {
            diagnostics.push(
                Diagnostic::error(
                    file_location(format!("i18n/{folder}/")),
                    format!(
                        "the `{folder}` messages lack {} more messages of the {} the default theme has",
                        missing.len() - SHOWN,
                        reference.len()
                    ),
                )
                .with_hint(format!(
                    "a catalogue of your own starts as a copy of the default theme's i18n/{REFERENCE_LANGUAGE}/ (for a region, i18n/{folder}/ needs only what differs from its language's folder)"
                )),
            );
        }
        check_references(&reference, &bundle, &checked, &mut diagnostics);
        if diagnostics.has_errors() {
            return (None, diagnostics);
        }
        let direction = language_direction(&bundle);
        if direction != "ltr" && direction != "rtl" {
            diagnostics.push(Diagnostic::error(
                file_location(format!("i18n/{folder}/")),
                format!(
                    "`{} = {direction}`: the direction is `ltr` or `rtl`",
                    setting::DIRECTION
                ),
            ));
            return (None, diagnostics);
        }
        let right_to_left = direction == "rtl";
        // Isolation marks keep a Latin title inside an Arabic sentence in its own direction;
        // left-to-right languages do without them (and keep their output plain).
        bundle.set_use_isolating(right_to_left);
        bundle.set_formatter(Some(mark_number));
        let mut catalogue = Catalogue {
            key: key(language, files),
            language: language.to_string(),
            bundle,
            fixed: FxHashMap::default(),
            numbers: NumberStyle::default(),
            dates: std::sync::RwLock::default(),
            right_to_left,
            arabic: language
                .split(['-', '_'])
                .next()
                .is_some_and(|l| l.eq_ignore_ascii_case("ar")),
        };
        catalogue.numbers = catalogue.number_style(&mut diagnostics, folder);
        ids.sort();
        ids.dedup();
        for id in ids {
            // Only the messages that need no argument.
            if let Some((text, errors)) = catalogue.format_checked(&id, &[])
                && errors.is_empty()
            {
                catalogue.fixed.insert(id, text);
            }
        }
        (Some(catalogue), diagnostics)
    }

    /// The built-in English catalogue (for tests and tools that word a thing outside a
    /// build).
    pub fn english() -> Catalogue {
        let files = builtin_messages();
        let (catalogue, diagnostics) =
            Catalogue::load("en", &[REFERENCE_LANGUAGE.to_string()], &files);
        match catalogue {
            Some(c) => c,
            None => unreachable!(
                "the built-in English messages do not load: {:?}",
                diagnostics
                    .iter()
                    .map(|d| d.message.clone())
                    .collect::<Vec<_>>()
            ),
        }
    }

    /// What it was made from, as a number: two catalogues with the same key say everything
    /// the same way.
    pub fn key(&self) -> u64 {
        self.key
    }

    /// The language the pages are in (as the site gives it).
    pub fn language(&self) -> &str {
        &self.language
    }

    /// Whether the language is written right to left.
    pub fn right_to_left(&self) -> bool {
        self.right_to_left
    }

    /// Message `id` with no arguments.
    pub fn get(&self, id: &str) -> Cow<'_, str> {
        match self.fixed.get(id) {
            Some(text) => Cow::Borrowed(text),
            None => Cow::Owned(self.format(id, &[])),
        }
    }

    /// Message `id` with `args`; the id itself when there is no such message (never for a
    /// message of the reference language: [`Catalogue::load`] refuses a catalogue without
    /// one).
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.try_format(id, args).unwrap_or_else(|| id.to_string())
    }

    /// Message `id` with `args`, or `None` when there is no such message.
    pub fn try_format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        self.format_checked(id, args).map(|(text, _)| text)
    }

    /// Message `id` with `args` and what went wrong making it (an argument it asks for and
    /// is not given, shown as its name), or `None` when there is no such message.
    pub fn format_checked(&self, id: &str, args: &[(&str, Arg)]) -> Option<(String, Vec<String>)> {
        if args.is_empty()
            && let Some(text) = self.fixed.get(id)
        {
            return Some((text.clone(), Vec::new()));
        }
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (index, (name, arg)) in args.iter().enumerate() {
            let value = match arg {
                Arg::Text(t) => FluentValue::String(Cow::Owned(without_marks(t))),
                // Fluent cannot choose a plural form for these (it would stop the build).
                Arg::Number(n) | Arg::Plain(n) if !n.is_finite() => {
                    FluentValue::String(Cow::Owned(n.to_string()))
                }
                Arg::Number(n) => match arabic_selector(self.arabic, *n) {
                    // Chooses the plural form by a stand-in, and is written as itself.
                    Some(stand_in) => FluentValue::Number(FluentNumber::new(
                        stand_in,
                        FluentNumberOptions {
                            minimum_integer_digits: Some(STAND_IN + index),
                            ..FluentNumberOptions::default()
                        },
                    )),
                    None => {
                        FluentValue::Number(FluentNumber::new(*n, FluentNumberOptions::default()))
                    }
                },
                Arg::Plain(n) => FluentValue::Number(FluentNumber::new(
                    *n,
                    FluentNumberOptions {
                        use_grouping: false,
                        ..FluentNumberOptions::default()
                    },
                )),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        let errors = errors.iter().map(ToString::to_string).collect();
        Some((self.numbers_written(&text, args), errors))
    }

    /// Every message without arguments, as made once when the catalogue was loaded.
    pub fn fixed(&self) -> impl Iterator<Item = (&str, &str)> {
        self.fixed
            .iter()
            .map(|(id, text)| (id.as_str(), text.as_str()))
    }

    /// Whether there is a message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A number in the language's way, at most two decimals: "1,234.5", "1 234,5".
    pub fn number(&self, n: f64) -> String {
        write_number(n, &self.numbers, true)
    }

    /// A whole number without grouping, in the language's digits: a year.
    pub fn plain(&self, n: i64) -> String {
        write_number(n as f64, &self.numbers, false)
    }

    /// A date in words: "3 March 2025", "3 mars 2025".
    pub fn date(&self, d: Date) -> String {
        if let Some(written) = self
            .dates
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&d)
        {
            return written.clone();
        }
        let written = self.write_date(d);
        self.dates
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(d, written.clone());
        written
    }

    fn write_date(&self, d: Date) -> String {
        self.format(
            "date",
            &[
                ("day", Arg::Number(f64::from(d.day()))),
                ("month", Arg::Number(f64::from(d.month()))),
                ("year", Arg::Plain(f64::from(d.year()))),
            ],
        )
    }

    fn numbers_written(&self, text: &str, args: &[(&str, Arg)]) -> String {
        if !text.contains([NUMBER_START, PLAIN_START]) {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(start) = rest.find([NUMBER_START, PLAIN_START]) {
            out.push_str(&rest[..start]);
            let grouped = rest[start..].starts_with(NUMBER_START);
            let after = &rest[start + NUMBER_START.len_utf8()..];
            let end = after.find(NUMBER_END).unwrap_or(after.len());
            let written = &after[..end];
            let n: f64 = match written.strip_prefix('#') {
                Some(index) => match index.parse::<usize>().ok().and_then(|i| args.get(i)) {
                    Some((_, Arg::Number(n) | Arg::Plain(n))) => *n,
                    _ => f64::NAN,
                },
                None => written.parse().unwrap_or(f64::NAN),
            };
            out.push_str(&write_number(n, &self.numbers, grouped));
            rest = after.get(end + NUMBER_END.len_utf8()..).unwrap_or("");
        }
        out.push_str(rest);
        out
    }

    fn number_style(&self, diagnostics: &mut Diagnostics, folder: &str) -> NumberStyle {
        let get = |id: &str| self.try_format(id, &[]).unwrap_or_default();
        let digits: Vec<char> = get(setting::DIGITS).chars().collect();
        let digits = match <[char; 10]>::try_from(digits) {
            Ok(d) => d,
            Err(_) => {
                diagnostics.push(Diagnostic::error(
                    file_location(format!("i18n/{folder}/")),
                    format!(
                        "`{}` must be the ten digits of the language, zero first, such as 0123456789",
                        setting::DIGITS
                    ),
                ));
                NumberStyle::default().digits
            }
        };
        NumberStyle {
            digits,
            decimal: get(setting::DECIMAL),
            group: get(setting::GROUP),
            grouping_from: match get(setting::GROUPING_FROM).trim().parse() {
                Ok(n) => n,
                Err(_) => {
                    diagnostics.push(Diagnostic::error(
                        file_location(format!("i18n/{folder}/")),
                        format!(
                            "`{}` must be a whole number, such as 4",
                            setting::GROUPING_FROM
                        ),
                    ));
                    4
                }
            },
            minus: get(setting::MINUS),
        }
    }
}

fn language_direction(bundle: &FluentBundle<FluentResource>) -> String {
    let Some(pattern) = bundle
        .get_message(setting::DIRECTION)
        .and_then(|m| m.value())
    else {
        return "ltr".into();
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, None, &mut errors)
        .trim()
        .to_ascii_lowercase()
}

/// The key of the catalogue [`Catalogue::for_site`] makes for `language` from `files`.
pub fn key(language: &str, files: &[MessageFile]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    language.hash(&mut h);
    for f in files {
        (&f.path, f.layer, &f.text).hash(&mut h);
    }
    h.finish()
}

/// Marks a stand-in number ([`arabic_selector`]): `minimum_integer_digits` is this plus the
/// index of the argument it stands for.
const STAND_IN: usize = 1_000_000;

/// For Arabic, a number that chooses the same plural form as `n` does by CLDR's rules, when the
/// rules of `intl_pluralrules` 7.0.2 (which Fluent uses) choose another: they test `n` where
/// CLDR tests `n % 100` (few: `n % 100 = 3..10`, many: `n % 100 = 11..99`), so 103 would be
/// "other" instead of "few". Exact values under 100 are never replaced, so `[0]`, `[1]`, `[2]`
/// variants still match.
fn arabic_selector(arabic: bool, n: f64) -> Option<f64> {
    let n = n.abs();
    if !arabic || n < 100.0 || n.fract() != 0.0 {
        return None;
    }
    match (n % 100.0) as u64 {
        3..=10 => Some(3.0),
        11..=99 => Some(11.0),
        _ => None,
    }
}

/// Fluent's formatter: a number marked to be written later in the language's way.
fn mark_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.options.minimum_integer_digits >= Some(STAND_IN) => {
            let index = n.options.minimum_integer_digits.unwrap_or(STAND_IN) - STAND_IN;
            Some(format!("{NUMBER_START}#{index}{NUMBER_END}"))
        }
        FluentValue::Number(n) => {
            let start = if n.options.use_grouping {
                NUMBER_START
            } else {
                PLAIN_START
            };
            Some(format!("{start}{}{NUMBER_END}", n.value))
        }
        _ => None,
    }
}

fn without_marks(text: &str) -> String {
    text.replace([NUMBER_START, PLAIN_START, NUMBER_END], "")
}

fn parse(file: &MessageFile, diagnostics: &mut Diagnostics) -> Option<FluentResource> {
    let text = file.text.strip_prefix('\u{FEFF}').unwrap_or(&file.text);
    match FluentResource::try_new(text.to_string()) {
        Ok(resource) => Some(resource),
        Err((_, errors)) => {
            let source = SourceText::new(&file.shown, file.text.as_str());
            for e in errors {
                // Where the parser stopped, or where the broken message starts when it ran to
                // the end of the file looking for what closes it.
                let at_end = e.pos.start >= file.text.trim_end().len();
                let start = match &e.slice {
                    Some(slice) if at_end => slice.start,
                    _ => e.pos.start,
                };
                diagnostics.push(
                    Diagnostic::error(
                        source.location(start, e.pos.end.max(start + 1)),
                        format!("this message file does not parse: {}", e.kind),
                    )
                    .with_hint("messages are written in Fluent: `message-name = Text with { $argument }` (see projectfluent.org)"),
                );
            }
            None
        }
    }
}

/// The names of the messages (not terms) a resource defines.
pub fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// What a message of `resource` uses: the arguments (`$name`) and the other messages it names,
/// by message. For checking that a translation asks for no argument the code does not give.
pub fn references(resource: &FluentResource) -> Vec<Uses> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn pattern(p: &Pattern<&str>, vars: &mut Vec<String>, msgs: &mut Vec<String>) {
        for e in &p.elements {
            if let PatternElement::Placeable { expression } = e {
                expr(expression, vars, msgs);
            }
        }
    }
    fn expr(e: &Expression<&str>, vars: &mut Vec<String>, msgs: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => inline(i, vars, msgs),
            Expression::Select { selector, variants } => {
                inline(selector, vars, msgs);
                for v in variants {
                    pattern(&v.value, vars, msgs);
                }
            }
        }
    }
    fn inline(i: &InlineExpression<&str>, vars: &mut Vec<String>, msgs: &mut Vec<String>) {
        match i {
            InlineExpression::VariableReference { id } => vars.push(id.name.to_string()),
            InlineExpression::MessageReference { id, .. } => msgs.push(id.name.to_string()),
            InlineExpression::TermReference { id, .. } => msgs.push(format!("-{}", id.name)),
            InlineExpression::Placeable { expression } => expr(expression, vars, msgs),
            InlineExpression::FunctionReference { id, arguments } => {
                msgs.push(format!("{}()", id.name));
                for a in &arguments.positional {
                    inline(a, vars, msgs);
                }
                for a in &arguments.named {
                    inline(&a.value, vars, msgs);
                }
            }
            _ => {}
        }
    }
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => {
                let (mut vars, mut msgs) = (Vec::new(), Vec::new());
                if let Some(p) = &m.value {
                    pattern(p, &mut vars, &mut msgs);
                }
                vars.sort();
                vars.dedup();
                msgs.sort();
                msgs.dedup();
                Some((m.id.name.to_string(), vars, msgs))
            }
            _ => None,
        })
        .collect()
}

/// What a message uses: its id, the arguments it asks for and the messages, terms and
/// functions it names ([`references`]).
pub type Uses = (String, Vec<String>, Vec<String>);

/// A message file with what each of its messages uses and the terms it defines.
type Checked<'f> = (&'f MessageFile, Vec<Uses>, Vec<String>);

/// The terms (`-brand`) a resource defines and the functions it calls.
fn terms_and_functions(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

/// The built-in reference messages, by id, with the arguments each is given.
fn reference_ids(files: &[MessageFile]) -> FxHashMap<String, Vec<String>> {
    files
        .iter()
        .filter(|f| f.layer == 0 && f.path.starts_with(&format!("{REFERENCE_LANGUAGE}/")))
        .filter_map(|f| FluentResource::try_new(f.text.clone()).ok())
        .flat_map(|r| references(&r))
        .map(|(id, vars, _)| (id, vars))
        .collect()
}

/// Every message of `checked` names only messages and terms that exist and asks for no
/// argument its reference message is not given (a misspelt `{ $name }` would otherwise be
/// shown as the name itself).
#[allow(clippy::type_complexity)]
fn check_references(
    reference: &FxHashMap<String, Vec<String>>,
    bundle: &FluentBundle<FluentResource>,
    checked: &[Checked],
    diagnostics: &mut Diagnostics,
) {
    let terms: rustc_hash::FxHashSet<&String> =
        checked.iter().flat_map(|(_, _, terms)| terms).collect();
    for (file, messages, _) in checked {
        let source = SourceText::new(&file.shown, file.text.as_str());
        let at = |id: &str| {
            file.text
                .find(&format!("\n{id} ="))
                .map(|i| i + 1)
                .or_else(|| file.text.starts_with(&format!("{id} =")).then_some(0))
                .map_or_else(
                    || file_location(&file.shown),
                    |i| source.location(i, i + id.len()),
                )
        };
        for (id, vars, names) in messages {
            for name in names {
                let exists = if let Some(term) = name.strip_prefix('-') {
                    terms.contains(&format!("-{term}"))
                } else if let Some(function) = name.strip_suffix("()") {
                    let _ = function;
                    false
                } else {
                    bundle.has_message(name)
                };
                if !exists {
                    diagnostics.push(Diagnostic::error(
                        at(id),
                        format!("the message `{id}` uses `{name}`, which is not a message here"),
                    ));
                }
            }
            let Some(given) = reference.get(id) else {
                continue;
            };
            for v in vars.iter().filter(|v| !given.contains(v)) {
                diagnostics.push(
                    Diagnostic::error(
                        at(id),
                        format!("the message `{id}` uses `${v}`, which Candor does not give it"),
                    )
                    .with_hint(if given.is_empty() {
                        "this message is given no arguments".to_string()
                    } else {
                        format!(
                            "it is given {}",
                            given
                                .iter()
                                .map(|g| format!("`${g}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    }),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str, layer: u8) -> MessageFile {
        MessageFile {
            path: path.into(),
            text: text.into(),
            shown: PathBuf::from(format!("i18n/{path}")),
            layer,
        }
    }

    const SETTINGS: &str = "direction = ltr\nnumber-digits = 0123456789\nnumber-decimal-separator = ,\nnumber-group-separator = {\" \"}\nnumber-grouping-from = 5\nnumber-minus = -\ndate = { $day } { $month } { $year }\n";

    #[test]
    fn numbers_follow_the_language_and_plurals_its_rules() {
        let files = vec![
            file("en/a.ftl", SETTINGS, 0),
            file(
                "en/b.ftl",
                "days = { $n ->\n [one] { $n } day\n *[other] { $n } days\n }\n",
                0,
            ),
            file("fr/a.ftl", SETTINGS, 0),
            file(
                "fr/b.ftl",
                "days = { $n ->\n [one] { $n } jour\n *[other] { $n } jours\n }\n",
                0,
            ),
        ];
        let (fr, d) = Catalogue::load("fr", &["fr".to_string()], &files);
        assert!(!d.has_errors());
        let fr = fr.unwrap();
        let days = |n| fr.format("days", &[("n", Arg::Number(n))]);
        // French: 0 and 1 are "one"; grouping starts at five digits here.
        assert_eq!(days(0.0), "0 jour");
        assert_eq!(days(1.0), "1 jour");
        assert_eq!(days(2.0), "2 jours");
        assert_eq!(days(12345.5), "12 345,5 jours");
        assert_eq!(days(1234.0), "1234 jours");
        assert_eq!(fr.plain(2026), "2026");
    }

    #[test]
    fn arabic_plurals_follow_cldr_past_a_hundred() {
        let ar = "direction = rtl\nnumber-digits = ٠١٢٣٤٥٦٧٨٩\nnumber-decimal-separator = ٫\nnumber-group-separator = ٬\nnumber-grouping-from = 4\nnumber-minus = -\ndate = x\n";
        let days = "days = { $n ->\n [zero] zero\n [one] one\n [two] two\n [few] few { $n }\n [many] many { $n }\n *[other] other { $n }\n }\n";
        let files = vec![
            file("en/a.ftl", SETTINGS, 0),
            file("en/b.ftl", days, 0),
            file("ar/a.ftl", ar, 0),
            file("ar/b.ftl", days, 0),
        ];
        let (catalogue, d) = Catalogue::load("ar", &["ar".to_string()], &files);
        assert!(!d.has_errors());
        let c = catalogue.unwrap();
        let say = |n: f64| {
            c.format("days", &[("n", Arg::Number(n))])
                .replace(['\u{2068}', '\u{2069}'], "")
        };
        assert_eq!(say(0.0), "zero");
        assert_eq!(say(2.0), "two");
        assert_eq!(say(7.0), "few ٧");
        assert_eq!(say(11.0), "many ١١");
        assert_eq!(say(100.0), "other ١٠٠");
        assert_eq!(say(103.0), "few ١٠٣");
        assert_eq!(say(1111.0), "many ١٬١١١");
        assert_eq!(say(1001.0), "other ١٬٠٠١");
    }

    #[test]
    fn a_missing_message_is_an_error_naming_it() {
        let files = vec![
            file("en/a.ftl", SETTINGS, 0),
            file("en/b.ftl", "hello = Hello\nbye = Bye\n", 0),
            file("fr/a.ftl", SETTINGS, 0),
            file("fr/b.ftl", "hello = Bonjour\n", 0),
        ];
        let (fr, d) = Catalogue::load("fr", &["fr".to_string()], &files);
        assert!(fr.is_none());
        let messages: Vec<String> = d.iter().map(|d| d.message.clone()).collect();
        assert_eq!(messages, ["the `fr` messages have no message `bye`"]);
    }

    #[test]
    fn a_later_layer_overrides_and_a_parse_error_names_line_and_column() {
        let files = vec![
            file("en/a.ftl", SETTINGS, 0),
            file("en/b.ftl", "hello = Hello\n", 0),
            file("en/site.ftl", "hello = Hi there\n", 2),
        ];
        let (en, _) = Catalogue::load("en-GB", &["en".to_string()], &files);
        assert_eq!(en.unwrap().get("hello"), "Hi there");
        let broken = vec![
            file("en/a.ftl", SETTINGS, 0),
            file("en/b.ftl", "hello = Hello\n", 0),
            file("en/site.ftl", "ok = fine\nbad = { $n\n", 2),
        ];
        let (en, d) = Catalogue::load("en", &["en".to_string()], &broken);
        assert!(en.is_none());
        let first = d.iter().next().unwrap();
        assert_eq!(first.location.file, PathBuf::from("i18n/en/site.ftl"));
        assert_eq!(first.location.line, 2);
    }

    /// Every built-in catalogue: complete, loads without a problem, asks for no argument the
    /// English message is not given, names only messages that exist, and has the plural forms
    /// its language needs.
    #[test]
    fn every_built_in_catalogue_is_complete_and_consistent() {
        let files = builtin_messages();
        let uses = |language: &str| {
            let mut out = std::collections::BTreeMap::new();
            for f in files
                .iter()
                .filter(|f| f.path.starts_with(&format!("{language}/")))
            {
                let resource = FluentResource::try_new(f.text.clone()).unwrap();
                for (id, vars, msgs) in references(&resource) {
                    out.insert(id, (vars, msgs));
                }
            }
            out
        };
        let english = uses(REFERENCE_LANGUAGE);
        let languages = languages(&files);
        assert_eq!(languages, ["ar", "en", "es", "fr"]);
        for language in &languages {
            let (catalogue, diagnostics) =
                Catalogue::load(language, &[language.to_string()], &files);
            let problems: Vec<String> = diagnostics.iter().map(|d| d.message.clone()).collect();
            assert!(
                catalogue.is_some() && problems.is_empty(),
                "{language}: {problems:?}"
            );
            let mine = uses(language);
            let ids: Vec<&String> = mine.keys().collect();
            assert_eq!(
                ids,
                english.keys().collect::<Vec<_>>(),
                "{language}: not the same messages"
            );
            for (id, (vars, msgs)) in &mine {
                let (english_vars, _) = &english[id];
                for v in vars {
                    assert!(
                        english_vars.contains(v),
                        "{language}: `{id}` uses `${v}`, which it is not given"
                    );
                }
                for m in msgs {
                    assert!(
                        mine.contains_key(m),
                        "{language}: `{id}` names `{m}`, which is not a message"
                    );
                }
            }
        }
    }

    #[test]
    fn plurals_for_zero_one_two_and_many_in_every_language() {
        let files = builtin_messages();
        let days = |language: &str, n: f64| {
            let (c, _) = Catalogue::load(language, &[language.to_string()], &files);
            c.unwrap()
                .format("days", &[("days", Arg::Number(n))])
                .replace(['\u{2068}', '\u{2069}'], "")
        };
        let said =
            |language: &str| [0.0, 1.0, 2.0, 5.0, 11.0, 103.0, 1000.0].map(|n| days(language, n));
        assert_eq!(
            said("en"),
            [
                "0 days",
                "1 day",
                "2 days",
                "5 days",
                "11 days",
                "103 days",
                "1,000 days"
            ]
        );
        assert_eq!(
            said("fr"),
            [
                "0 jour",
                "1 jour",
                "2 jours",
                "5 jours",
                "11 jours",
                "103 jours",
                "1\u{202F}000 jours"
            ]
        );
        assert_eq!(
            said("es"),
            [
                "0 días",
                "1 día",
                "2 días",
                "5 días",
                "11 días",
                "103 días",
                "1000 días"
            ]
        );
        assert_eq!(
            said("ar"),
            [
                "٠ يوم",
                "يومًا واحدًا",
                "يومين",
                "٥ أيام",
                "١١ يومًا",
                "١٠٣ أيام",
                "١٬٠٠٠ يوم"
            ]
        );
    }

    #[test]
    fn folders_are_found_from_the_most_specific_tag() {
        let files = vec![file("fr/a.ftl", "", 0), file("en/a.ftl", "", 0)];
        let files = [
            files,
            vec![file("fr-CA/a.ftl", "", 0), file("FR/a.ftl", "", 0)],
        ]
        .concat();
        assert_eq!(folders_for("fr-CA", &files), ["FR", "fr", "fr-CA"]);
        assert_eq!(folders_for("FR", &files), ["fr", "FR"]);
        assert!(folders_for("de", &files).is_empty());
        assert_eq!(language_problem("fr-CA"), None);
        assert_eq!(language_problem("es-419"), None);
        assert!(language_problem("").is_some());
        assert!(language_problem("../../etc").is_some());
        assert!(language_problem("fr_CA").is_some());
    }
}
