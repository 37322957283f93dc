//! Open data under `/data/`: the whole linked model as JSON with its JSON Schema, and one CSV
//! per collection (RFC 4180, ISO dates, a header row). Text cells that a spreadsheet would run
//! as a formula are neutralised.

use super::Contents;
use crate::intercept::{Hook, Only, With};
use crate::model::{Ref, Site, Text};
use crate::words::Catalogue;
use serde::{Serialize, Serializer};
use std::sync::Arc;

/// Where the open data's JSON is written.
pub const JSON: &str = "data/alliance.json";

/// `(path under the output folder, bytes)` for every open-data file.
pub fn files(site: &Site, w: &Arc<Catalogue>) -> Vec<(String, Contents)> {
    // The JSON is one long task: the tables and the schema are made beside it.
    let (json, rest) = rayon::join(|| json(site, w), || files_but_json(site, w));
    let mut out = vec![(JSON.to_string(), Contents::Parts(json))];
    out.extend(rest);
    out
}

/// Every open-data file but the JSON (which [`json_in_parts`] hands over as it is made):
/// the schema, then one table per collection.
pub fn files_but_json(site: &Site, w: &Arc<Catalogue>) -> Vec<(String, Contents)> {
    let (tables, schema) = rayon::join(
        || {
            tables(site, w)
                .into_iter()
                .map(|(name, table)| (format!("data/{name}.csv"), table.bytes().into()))
                .collect::<Vec<_>>()
        },
        schema,
    );
    let mut out = vec![("data/alliance.schema.json".to_string(), schema.into())];
    out.extend(tables);
    out
}

/// The whole site model as JSON (see [`json_in_parts`]), in parts.
pub fn json(site: &Site, w: &Arc<Catalogue>) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let Ok(()) = json_in_parts::<std::convert::Infallible>(site, w, &mut |part| {
        parts.push(part);
        Ok(())
    });
    parts
}

/// The whole site model as JSON, references to other entries as collection, slug and URL:
/// the entry itself is in the same file, so `alliance.json` does not repeat every title and
/// summary wherever an entry is mentioned. The same bytes as serialising the [`Site`] in one
/// go (see the tests), its long lists written in parallel. Handed to `put` a part at a time,
/// in order, the file being the parts one after another: a large site's is hundreds of
/// megabytes, never joined in memory, and never held whole by this function (a long list is
/// made a batch of items at a time, each batch handed over before the next is made), so a
/// `put` that writes each part away holds none of it. Stops at the first part `put` refuses.
pub fn json_in_parts<E>(
    site: &Site,
    w: &Arc<Catalogue>,
    put: &mut super::PutPart<'_, E>,
) -> Result<(), E> {
    let hook = ShortRefs(crate::words::Phrasebook::for_data(w.clone()));
    // Every field, in the order `Site` declares them: a field added to `Site` and not here
    // does not compile.
    let Site {
        alliance,
        build_date,
        drafts,
        partners,
        anonymous,
        objectives,
        milestones,
        successes,
        setbacks,
        case_studies,
        pages,
        newsletters,
        tags,
        menu,
        footer,
        stats,
        reports,
        scorecard,
        resources,
        history_shown,
        removed,
        refs: _,
        stated: _,
        languages: _,
    } = site;
    let mut out = JsonObject::new(&hook, 64 * 1024, put);
    out.field("alliance", alliance);
    out.field("build_date", build_date);
    out.field("drafts", drafts);
    out.list("partners", partners)?;
    out.field("anonymous", anonymous);
    out.list("objectives", objectives)?;
    out.list("milestones", milestones)?;
    out.list("successes", successes)?;
    out.list("setbacks", setbacks)?;
    out.list("case_studies", case_studies)?;
    out.list("pages", pages)?;
    out.list("newsletters", newsletters)?;
    out.list("tags", tags)?;
    out.field("menu", menu);
    out.field("footer", footer);
    out.field("stats", stats);
    out.list("reports", reports)?;
    out.field("scorecard", scorecard);
    out.field("resources", resources);
    out.field("history_shown", history_shown);
    out.list("removed", removed)?;
    out.end(b"\n")
}

/// A JSON object being written field by field, as serde_json writes a struct (compact), each
/// value through the open data's hook, in parts: the bytes written are the parts handed to
/// `put` so far, then `bytes`.
struct JsonObject<'h, 'p, E> {
    bytes: Vec<u8>,
    hook: &'h ShortRefs,
    first: bool,
    put: &'p mut super::PutPart<'p, E>,
}

impl<'h, 'p, E> JsonObject<'h, 'p, E> {
    fn new(hook: &'h ShortRefs, capacity: usize, put: &'p mut super::PutPart<'p, E>) -> Self {
        let mut bytes = Vec::with_capacity(capacity);
        bytes.push(b'{');
        JsonObject {
            bytes,
            hook,
            first: true,
            put,
        }
    }

    fn key(&mut self, name: &str) {
        if !self.first {
            self.bytes.push(b',');
        }
        self.first = false;
        // The names are Rust field names: nothing in them to escape.
        self.bytes.push(b'"');
        self.bytes.extend_from_slice(name.as_bytes());
        self.bytes.extend_from_slice(b"\":");
    }

    fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        self.key(name);
        write_value(&mut self.bytes, value, self.hook);
    }

    /// A list written in parallel, a run of its items at a time, each run a part of its own
    /// (a long list is never copied into one buffer), a batch of runs made at a time and
    /// handed over before the next (a long list is never all in memory).
    fn list<T: Serialize + Sync>(&mut self, name: &str, items: &[T]) -> Result<(), E> {
        use rayon::prelude::*;
        const RUN: usize = 64;
        const BATCH: usize = 64 * RUN;
        self.key(name);
        self.bytes.push(b'[');
        for (batch_at, batch) in items.chunks(BATCH).enumerate() {
            let runs: Vec<Vec<u8>> = batch
                .par_chunks(RUN)
                .enumerate()
                .map(|(at, run)| {
                    let mut bytes = Vec::new();
                    for (i, item) in run.iter().enumerate() {
                        if batch_at > 0 || at > 0 || i > 0 {
                            bytes.push(b',');
                        }
                        write_value(&mut bytes, item, self.hook);
                    }
                    bytes
                })
                .collect();
            if !self.bytes.is_empty() {
                (self.put)(std::mem::take(&mut self.bytes))?;
            }
            for run in runs {
                (self.put)(run)?;
            }
        }
        self.bytes.push(b']');
        Ok(())
    }

    /// Closes the object, followed by `tail`, and hands over what is left of it.
    fn end(mut self, tail: &[u8]) -> Result<(), E> {
        self.bytes.push(b'}');
        self.bytes.extend_from_slice(tail);
        (self.put)(self.bytes)
    }
}

/// Appends `value` as compact JSON, through `hook`. Serialising the model to memory fails
/// only on a map with keys that are not text, which the model has none of: such a value is
/// written as `null` rather than cutting the file short.
fn write_value<T: Serialize + ?Sized>(bytes: &mut Vec<u8>, value: &T, hook: &ShortRefs) {
    let mark = bytes.len();
    if serde_json::to_writer(&mut *bytes, &With { value, hook }).is_err() {
        bytes.truncate(mark);
        bytes.extend_from_slice(b"null");
    }
}

/// Writes a [`Ref`] as its collection, slug and URL, and a [`Text`] in words.
struct ShortRefs(crate::words::Phrasebook);

/// The open data's JSON as serialising the [`Site`] in one go writes it (what [`json`] must
/// equal).
#[cfg(test)]
fn json_in_one_go(site: &Site, w: &Arc<Catalogue>) -> Vec<u8> {
    let hook = ShortRefs(crate::words::Phrasebook::for_data(w.clone()));
    let mut bytes = serde_json::to_vec(&With {
        value: site,
        hook: &hook,
    })
    .unwrap();
    bytes.push(b'\n');
    bytes
}

/// The fields of a [`Ref`] the open data writes.
const SHORT_REF: &[&str] = &["collection", "slug", "url"];

impl Hook for ShortRefs {
    fn takes(&self, name: &'static str) -> bool {
        name == Ref::SERDE_NAME || name == Text::SERDE_NAME
    }

    fn write<S: Serializer, T: Serialize + ?Sized>(
        &self,
        name: &'static str,
        fields: &T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        if name == Text::SERDE_NAME {
            return self.0.write(fields, serializer);
        }
        Only {
            value: fields,
            fields: SHORT_REF,
        }
        .serialize(serializer)
    }
}

/// The JSON Schema of [`json`]'s output.
pub fn schema() -> Vec<u8> {
    let schema = schemars::schema_for!(Site);
    let mut bytes = serde_json::to_vec_pretty(&schema).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// A cell of text: one that starts like a spreadsheet formula gets a leading apostrophe.
pub(crate) fn text_cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

fn slugs(refs: &[Ref]) -> String {
    refs.iter()
        .map(|r| r.slug.as_str())
        .collect::<Vec<_>>()
        .join(";")
}

fn joined(list: &[String]) -> String {
    text_cell(&list.join("; "))
}

/// A CSV table (RFC 4180, CRLF line ends) written a row at a time: a large site's rows are
/// never all held as text cells at once, only as the table's bytes.
struct Csv(csv::Writer<Vec<u8>>);

impl Csv {
    /// A table with a header row of `names`.
    fn with_header(names: &[&str]) -> Csv {
        let mut table = Csv(csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new()));
        table.push(names.to_vec());
        table
    }

    /// Writes one row.
    fn push<S: AsRef<[u8]>>(&mut self, row: Vec<S>) {
        // Writing to memory cannot fail.
        let _ = self.0.write_record(&row);
    }

    /// Writes each of `rows`.
    fn extend(&mut self, rows: Vec<Vec<String>>) {
        for row in rows {
            self.push(row);
        }
    }

    /// The table's bytes.
    fn bytes(self) -> Vec<u8> {
        self.0.into_inner().unwrap_or_default()
    }
}

type Table = (&'static str, Csv);

/// The CSV tables, in the order [`files`] makes them.
const TABLES: [&str; 9] = [
    "partners",
    "contributions",
    "objectives",
    "indicators",
    "measurements",
    "milestones",
    "successes",
    "setbacks",
    "case-studies",
];

/// The paths [`files`] makes, without making them.
pub fn paths() -> Vec<String> {
    let mut out = vec![JSON.to_string(), "data/alliance.schema.json".to_string()];
    out.extend(TABLES.iter().map(|t| format!("data/{t}.csv")));
    out
}

fn tables(site: &Site, words: &Arc<Catalogue>) -> Vec<Table> {
    // Each text worded once, however many rows say it.
    let w = &crate::words::Phrasebook::for_data(words.clone());
    let mut partners = Csv::with_header(&[
        "slug",
        "name",
        "kind",
        "joined",
        "left",
        "former",
        "location",
        "website",
        "roles",
        "strengths",
        "url",
        "source",
    ]);
    let mut contributions = Csv::with_header(&[
        "partner",
        "date",
        "kind",
        "amount",
        "unit",
        "status",
        "note",
        "source",
        "pledge",
        "due_by",
        "fulfils",
        "outstanding",
        "overdue",
    ]);
    for p in &site.partners {
        partners.push(vec![
            p.meta.slug.clone(),
            text_cell(&p.meta.title),
            p.kind_name.words_in(w),
            opt(&p.joined),
            opt(&p.left),
            p.former.to_string(),
            text_cell(&p.location.clone().unwrap_or_default()),
            text_cell(&p.website.clone().unwrap_or_default()),
            joined(&p.roles),
            joined(&p.strengths),
            p.meta.permalink.clone(),
            p.meta.source.clone(),
        ]);
        for c in &p.contributions {
            contributions.push(vec![
                p.meta.slug.clone(),
                c.date.to_string(),
                c.kind_name.words_in(w),
                c.amount.to_string(),
                text_cell(&c.unit),
                words_of(&c.status),
                text_cell(&c.note.clone().unwrap_or_default()),
                p.meta.source.clone(),
                text_cell(&c.id.clone().unwrap_or_default()),
                opt(&c.due),
                text_cell(&c.fulfils.clone().unwrap_or_default()),
                pledge_figure(c.status, c.outstanding),
                pledge_figure(c.status, if c.overdue { c.outstanding } else { 0.0 }),
            ]);
        }
    }
    contributions.extend(anonymous_rows(&site.anonymous, w));
    let mut objectives =
        Csv::with_header(&["slug", "title", "owners", "indicators", "url", "source"]);
    let mut indicators = Csv::with_header(&[
        "objective",
        "indicator",
        "unit",
        "baseline",
        "baseline_date",
        "target",
        "target_date",
        "direction",
        "latest_value",
        "latest_date",
        "progress",
        "on_track",
        "url",
    ]);
    let mut measurements = Csv::with_header(&[
        "objective",
        "indicator",
        "date",
        "value",
        "unit",
        "verification",
        "note",
    ]);
    for o in &site.objectives {
        objectives.push(vec![
            o.meta.slug.clone(),
            text_cell(&o.meta.title),
            slugs(&o.owners),
            o.indicators.len().to_string(),
            o.meta.permalink.clone(),
            o.meta.source.clone(),
        ]);
        for i in &o.indicators {
            indicators.push(vec![
                o.meta.slug.clone(),
                text_cell(&i.name),
                text_cell(&i.unit.clone().unwrap_or_default()),
                i.baseline.to_string(),
                opt(&i.baseline_date),
                i.target.to_string(),
                opt(&i.target_date),
                words_of(&i.direction),
                opt(&i.latest.as_ref().map(|m| m.value)),
                opt(&i.latest.as_ref().map(|m| m.date)),
                opt(&i.progress.map(|p| (p * 1000.0).round() / 1000.0)),
                opt(&i.on_track),
                format!("{}#{}", o.meta.permalink, i.id),
            ]);
            for m in &i.measurements {
                measurements.push(vec![
                    o.meta.slug.clone(),
                    text_cell(&i.name),
                    m.date.to_string(),
                    m.value.to_string(),
                    text_cell(&i.unit.clone().unwrap_or_default()),
                    m.verification_name.words_in(w),
                    text_cell(&m.note.clone().unwrap_or_default()),
                ]);
            }
        }
    }
    let mut milestones = Csv::with_header(&[
        "slug",
        "title",
        "status",
        "status_text",
        "due_first_agreed",
        "current_due",
        "completed",
        "days_late",
        "overdue",
        "days_overdue",
        "replans",
        "objective",
        "partners",
        "url",
        "source",
    ]);
    for m in &site.milestones {
        milestones.push(vec![
            m.meta.slug.clone(),
            text_cell(&m.meta.title),
            words_of(&m.status),
            m.status_text.words_in(w),
            m.due.to_string(),
            m.current_due.to_string(),
            opt(&m.completed),
            opt(&m.days_late),
            m.overdue.to_string(),
            opt(&m.days_overdue),
            m.replans.len().to_string(),
            opt(&m.objective.as_ref().map(|r| r.slug.clone())),
            slugs(&m.partners),
            m.meta.permalink.clone(),
            m.meta.source.clone(),
        ]);
    }
    let mut successes = Csv::with_header(&[
        "slug",
        "title",
        "date",
        "summary",
        "partners",
        "objective",
        "milestone",
        "url",
        "source",
    ]);
    for s in &site.successes {
        successes.push(vec![
            s.meta.slug.clone(),
            text_cell(&s.meta.title),
            s.date.to_string(),
            text_cell(&s.meta.summary.clone().unwrap_or_default()),
            slugs(&s.partners),
            opt(&s.objective.as_ref().map(|r| r.slug.clone())),
            opt(&s.milestone.as_ref().map(|r| r.slug.clone())),
            s.meta.permalink.clone(),
            s.meta.source.clone(),
        ]);
    }
    let mut setbacks = Csv::with_header(&[
        "slug",
        "title",
        "date",
        "severity",
        "status",
        "resolved",
        "days_open",
        "summary",
        "partners",
        "objective",
        "milestone",
        "actions",
        "actions_done",
        "lessons",
        "url",
        "source",
    ]);
    for s in &site.setbacks {
        setbacks.push(vec![
            s.meta.slug.clone(),
            text_cell(&s.meta.title),
            s.date.to_string(),
            // Codes, as in the files (and as `status` of milestones.csv), in every language.
            crate::words::name_of(s.severity),
            crate::words::name_of(s.status),
            opt(&s.resolved),
            s.days_open.to_string(),
            text_cell(&s.meta.summary.clone().unwrap_or_default()),
            slugs(&s.partners),
            opt(&s.objective.as_ref().map(|r| r.slug.clone())),
            opt(&s.milestone.as_ref().map(|r| r.slug.clone())),
            s.actions.len().to_string(),
            s.actions.iter().filter(|a| a.done).count().to_string(),
            joined(&s.lessons),
            s.meta.permalink.clone(),
            s.meta.source.clone(),
        ]);
    }
    let mut cases = Csv::with_header(&[
        "slug",
        "title",
        "date",
        "summary",
        "partners",
        "objectives",
        "consent_expired",
        "url",
        "source",
    ]);
    for c in &site.case_studies {
        cases.push(vec![
            c.meta.slug.clone(),
            text_cell(&c.meta.title),
            c.date.to_string(),
            text_cell(&c.meta.summary.clone().unwrap_or_default()),
            slugs(&c.partners),
            slugs(&c.objectives),
            c.consent_expired.to_string(),
            c.meta.permalink.clone(),
            c.meta.source.clone(),
        ]);
    }
    vec![
        ("partners", partners),
        ("contributions", contributions),
        ("objectives", objectives),
        ("indicators", indicators),
        ("measurements", measurements),
        ("milestones", milestones),
        ("successes", successes),
        ("setbacks", setbacks),
        ("case-studies", cases),
    ]
}

/// The `partner` of the anonymous members' pooled rows: no slug can be written this way.
const ANONYMOUS_PARTNER: &str = "(anonymous)";

/// The anonymous members' contributions as rows of the contributions table: pooled by kind,
/// unit and status, with no date, note or source, so that the table adds up to the site's
/// totals without telling one member from another.
fn anonymous_rows(
    anonymous: &crate::model::AnonymousMembers,
    w: &crate::words::Phrasebook,
) -> Vec<Vec<String>> {
    use crate::content::schema::PledgeStatus;
    let note = "pooled contributions of anonymous members".to_string();
    let mut rows = Vec::new();
    for t in &anonymous.totals {
        for (amount, status) in [
            (t.pledged, PledgeStatus::Pledged),
            (t.received, PledgeStatus::Received),
        ] {
            if amount > 0.0 {
                let (outstanding, overdue) = match status {
                    PledgeStatus::Pledged => (t.outstanding.to_string(), t.overdue.to_string()),
                    PledgeStatus::Received => (String::new(), String::new()),
                };
                rows.push(vec![
                    ANONYMOUS_PARTNER.to_string(),
                    String::new(),
                    t.kind_name.words_in(w),
                    amount.to_string(),
                    text_cell(&t.unit),
                    words_of(&status),
                    note.clone(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    outstanding,
                    overdue,
                ]);
            }
        }
    }
    rows
}

/// What is outstanding (or overdue) of a pledge; empty for a receipt.
fn pledge_figure(status: crate::content::schema::PledgeStatus, amount: f64) -> String {
    match status {
        crate::content::schema::PledgeStatus::Pledged => amount.to_string(),
        crate::content::schema::PledgeStatus::Received => String::new(),
    }
}

fn words_of<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::text_cell;

    /// The site in `root`, linked on 2026-06-01.
    fn english() -> std::sync::Arc<crate::words::Catalogue> {
        std::sync::Arc::new(crate::words::Catalogue::english())
    }

    #[test]
    fn the_json_written_in_parallel_is_the_site_serialised_in_one_go() {
        let example = crate::model::example_site();
        let json = super::json(&example, &english());
        assert!(json.len() > 1, "the lists are parts of their own");
        assert_eq!(
            String::from_utf8(json.concat()).unwrap(),
            String::from_utf8(super::json_in_one_go(&example, &english())).unwrap()
        );
    }

    /// Lists longer than one run of items, each run written on its own, and longer than one
    /// batch of runs, each batch handed over on its own.
    #[test]
    fn long_lists_are_joined_as_one() {
        let hook = super::ShortRefs(crate::words::Phrasebook::for_data(english()));
        for n in [
            0, 1, 63, 64, 65, 129, 2047, 2048, 2049, 4095, 4096, 4097, 5000, 8193,
        ] {
            let items: Vec<(u32, String)> = (0..n).map(|i| (i, format!("\"{i}\""))).collect();
            let mut parts = Vec::new();
            let mut put = |part| {
                parts.push(part);
                Ok::<(), std::convert::Infallible>(())
            };
            let mut object = super::JsonObject::new(&hook, 0, &mut put);
            let Ok(()) = object.list("items", &items);
            let Ok(()) = object.end(b"");
            let written = String::from_utf8(parts.concat()).unwrap();
            let expected = serde_json::json!({ "items": items }).to_string();
            assert_eq!(written, expected, "{n} items");
        }
    }

    #[test]
    fn the_paths_are_the_files_made() {
        let site = crate::model::example_site();
        let made: Vec<String> = super::files(&site, &english())
            .into_iter()
            .map(|(p, _)| p)
            .collect();
        assert_eq!(made, super::paths());
    }

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(text_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(text_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text_cell("Plain"), "Plain");
    }
}
