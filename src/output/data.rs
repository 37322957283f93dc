//! Open data under `/data/`: the whole linked model as JSON with its JSON Schema, and one CSV
//! per collection (RFC 4180, ISO dates, a header row). Text cells that a spreadsheet would run
//! as a formula are neutralised.

use crate::intercept::{Hook, With};
use crate::model::{Ref, Site, Text};
use crate::words::Catalogue;
use serde::ser::Error as _;
use serde::{Serialize, Serializer};
use std::sync::Arc;

/// `(path under the output folder, bytes)` for every open-data file.
pub fn files(site: &Site, w: &Arc<Catalogue>) -> Vec<(String, Vec<u8>)> {
    // The JSON is one long task: the tables are made beside it.
    let (json, tables) = rayon::join(
        || json(site, w),
        || {
            tables(site, w)
                .into_iter()
                .map(|(name, rows)| (format!("data/{name}.csv"), csv_bytes(&rows)))
                .collect::<Vec<_>>()
        },
    );
    let mut out = vec![
        ("data/alliance.json".to_string(), json),
        ("data/alliance.schema.json".to_string(), schema()),
    ];
    out.extend(tables);
    out
}

/// The whole site model as JSON, references to other entries as collection, slug and URL:
/// the entry itself is in the same file, so `alliance.json` does not repeat every title and
/// summary wherever an entry is mentioned.
pub fn json(site: &Site, w: &Arc<Catalogue>) -> Vec<u8> {
    let short = With {
        value: site,
        hook: &ShortRefs::of(site, w),
    };
    let mut bytes = serde_json::to_vec(&short).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// Writes a [`Ref`] as its collection, slug and URL, and a [`Text`] in words. The site's own
/// references are known by [`Ref::identity`]; any other is read from its fields.
struct ShortRefs<'s>(
    rustc_hash::FxHashMap<usize, &'s Ref>,
    crate::words::Phrasebook,
);

impl<'s> ShortRefs<'s> {
    fn of(site: &'s Site, w: &Arc<Catalogue>) -> Self {
        ShortRefs(
            site.refs.values().map(|r| (r.identity(), r)).collect(),
            crate::words::Phrasebook::for_data(w.clone()),
        )
    }
}

/// A reference as the open data writes it.
#[derive(Serialize)]
struct Short<'a, T> {
    collection: T,
    slug: &'a str,
    url: &'a str,
}

impl Hook for ShortRefs<'_> {
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
            return self.1.write(fields, serializer);
        }
        if let Some(r) = self.0.get(&Ref::identity_of_fields(fields)) {
            let short = Short {
                collection: r.collection,
                slug: &r.slug,
                url: &r.url,
            };
            return short.serialize(serializer);
        }
        let full = serde_json::to_value(fields).map_err(S::Error::custom)?;
        let text = |name: &str| {
            full.get(name)
                .and_then(serde_json::Value::as_str)
                .ok_or_else(|| S::Error::custom(format!("a reference without `{name}`")))
        };
        let short = Short {
            collection: &full["collection"],
            slug: text("slug")?,
            url: text("url")?,
        };
        short.serialize(serializer)
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

fn csv_bytes(rows: &[Vec<String>]) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in rows {
        // Writing to memory cannot fail.
        let _ = w.write_record(row);
    }
    w.into_inner().unwrap_or_default()
}

type Table = (&'static str, Vec<Vec<String>>);

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
    let mut out = vec![
        "data/alliance.json".to_string(),
        "data/alliance.schema.json".to_string(),
    ];
    out.extend(TABLES.iter().map(|t| format!("data/{t}.csv")));
    out
}

fn header(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

fn tables(site: &Site, words: &Arc<Catalogue>) -> Vec<Table> {
    // Each text worded once, however many rows say it.
    let w = &crate::words::Phrasebook::for_data(words.clone());
    let mut partners = vec![header(&[
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
    ])];
    let mut contributions = vec![header(&[
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
    ])];
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
    let mut objectives = vec![header(&[
        "slug",
        "title",
        "owners",
        "indicators",
        "url",
        "source",
    ])];
    let mut indicators = vec![header(&[
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
    ])];
    let mut measurements = vec![header(&[
        "objective",
        "indicator",
        "date",
        "value",
        "unit",
        "verification",
        "note",
    ])];
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
    let mut milestones = vec![header(&[
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
    ])];
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
    let mut successes = vec![header(&[
        "slug",
        "title",
        "date",
        "summary",
        "partners",
        "objective",
        "milestone",
        "url",
        "source",
    ])];
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
    let mut setbacks = vec![header(&[
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
    ])];
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
    let mut cases = vec![header(&[
        "slug",
        "title",
        "date",
        "summary",
        "partners",
        "objectives",
        "consent_expired",
        "url",
        "source",
    ])];
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

    #[test]
    fn the_paths_are_the_files_made() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (content, _) = crate::content::load(root, None);
        let options = crate::model::LinkOptions {
            build_date: crate::date::Date::new(2026, 6, 1).unwrap(),
            include_drafts: false,
            base_url: None,
            history: Default::default(),
            languages: Vec::new(),
            translation: None,
        };
        let site = crate::model::link(&content.unwrap(), &options, None)
            .0
            .unwrap();
        let made: Vec<String> = super::files(
            &site,
            &std::sync::Arc::new(crate::words::Catalogue::english()),
        )
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
