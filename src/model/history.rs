//! What the content's history (from [`crate::history`]) means for the site: each entry's
//! public change log, a milestone `due` rewritten without a re-plan (tamper evidence), a
//! published measurement whose value was changed (a correction), and entries removed.
//!
//! The versions are the committed ones, oldest first; the file as it is now (which the site
//! is built from) counts as a last version when it differs from the last commit.

use super::*;
use crate::diagnostics::Diagnostic;
use crate::history::{History, State, Version};
use crate::words::RecordChange;
use std::collections::BTreeMap;
use toml::{Table, Value};

/// One commit's changes to an entry, in words.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ChangeLine {
    /// The commit's date.
    pub date: Date,
    /// The commit (its first 7 characters); empty for changes not yet committed.
    pub commit: String,
    /// The commit on the repository's web site, when `repository` is given.
    pub commit_url: Option<String>,
    /// What changed: "Created", "status: in-progress → achieved", "Text edited".
    pub changes: Vec<Text>,
}

/// A milestone's `due` changed in a commit that added no re-plan.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct DueRewrite {
    /// `due` before.
    pub from: Date,
    /// `due` after.
    pub to: Date,
    /// When (the commit's date; the build date when not yet committed).
    pub date: Date,
    /// The commit (7 characters); empty when not yet committed.
    pub commit: String,
    /// The commit on the repository's web site.
    pub commit_url: Option<String>,
}

/// A published measurement whose value was changed afterwards.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Correction {
    /// The indicator's name.
    pub indicator: String,
    /// The date of the measurement.
    pub measured: Date,
    /// The value first published.
    pub from: f64,
    /// The value now.
    pub to: f64,
    /// When it was changed.
    pub date: Date,
    /// The commit (7 characters); empty when not yet committed.
    pub commit: String,
    /// The commit on the repository's web site.
    pub commit_url: Option<String>,
}

/// An entry that was published and later removed.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Removed {
    /// Its collection.
    pub collection: Collection,
    /// "Setback", "Milestone"...
    pub kind_label: Text,
    /// Its slug.
    pub slug: String,
    /// Its last title (or name).
    pub title: String,
    /// The date of the commit that removed it.
    pub removed: Date,
    /// The date it was first committed.
    pub created: Date,
    /// The commit that removed it (7 characters).
    pub commit: String,
    /// That commit on the repository's web site.
    pub commit_url: Option<String>,
    /// Its file, as it was.
    pub source: String,
}

/// A version of a file: its fields and body, when it could be read.
struct Parsed {
    fields: Table,
    body: String,
}

fn parse(text: &str) -> Option<Parsed> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let split = crate::content::frontmatter::split(text).ok()?;
    let fields = text[split.front].parse::<Table>().ok()?;
    Some(Parsed {
        fields,
        body: text[split.body].trim().to_string(),
    })
}

/// What a commit is called on the site, and where it can be seen.
struct CommitRef {
    date: Date,
    short: String,
    url: Option<String>,
}

fn commit_ref(v: &Version, repository: &str) -> CommitRef {
    CommitRef {
        date: v.commit.date,
        short: v.commit.id.chars().take(7).collect(),
        url: (!repository.is_empty()).then(|| format!("{repository}/commit/{}", v.commit.id)),
    }
}

/// The versions of one entry's file, committed ones first, then the file as it is now when
/// it differs from the last commit (dated `today`, with no commit).
pub(super) struct FileHistory {
    versions: Vec<(CommitRef, Option<Parsed>)>,
}

impl FileHistory {
    /// The history of the file at `source` (its path from the site root), whose text is now
    /// `now`.
    pub(super) fn of(
        history: &History,
        source: &str,
        now: Option<&str>,
        repository: &str,
        today: Date,
    ) -> FileHistory {
        let committed = history.of(source);
        let mut versions: Vec<(CommitRef, Option<Parsed>)> = committed
            .iter()
            .map(|v| (commit_ref(v, repository), v.text.as_deref().and_then(parse)))
            .collect();
        let last_text = committed.last().and_then(|v| v.text.as_deref());
        if let Some(now) = now
            && !committed.is_empty()
            && last_text.map(str::trim) != Some(now.trim())
        {
            versions.push((
                CommitRef {
                    date: today,
                    short: String::new(),
                    url: None,
                },
                parse(now),
            ));
        }
        FileHistory { versions }
    }

    /// The change log, newest first.
    pub(super) fn log(&self) -> Vec<ChangeLine> {
        let mut lines = Vec::new();
        let mut before: Option<&Parsed> = None;
        let mut existed = false;
        for (commit, version) in &self.versions {
            let changes = match (before, version) {
                (_, None) if !existed => continue,
                (None, Some(_)) if existed => vec![change(RecordChange::Restored)],
                (None, Some(_)) => vec![change(RecordChange::Created)],
                (Some(old), Some(new)) => field_changes(old, new),
                (_, None) => vec![change(RecordChange::Removed)],
            };
            existed = version.is_some() || existed;
            before = version.as_ref();
            if changes.is_empty() {
                continue;
            }
            lines.push(ChangeLine {
                date: commit.date,
                commit: commit.short.clone(),
                commit_url: commit.url.clone(),
                changes,
            });
        }
        lines.reverse();
        lines
    }

    /// Each change of a milestone's `due` made with no re-plan added, oldest first, and the
    /// `due` first committed.
    pub(super) fn due_rewrites(&self) -> (Option<Date>, Vec<DueRewrite>) {
        let due = |p: &Parsed| p.fields.get("due").and_then(toml_date);
        let replans = |p: &Parsed| {
            p.fields
                .get("replans")
                .and_then(Value::as_array)
                .map_or(0, Vec::len)
        };
        let parsed: Vec<(&CommitRef, &Parsed)> = self
            .versions
            .iter()
            .filter_map(|(c, v)| v.as_ref().map(|v| (c, v)))
            .collect();
        let first = parsed.iter().find_map(|(_, p)| due(p));
        let mut rewrites = Vec::new();
        for pair in parsed.windows(2) {
            let ((_, old), (commit, new)) = (pair[0], pair[1]);
            if let (Some(from), Some(to)) = (due(old), due(new))
                && from != to
                && replans(new) <= replans(old)
            {
                rewrites.push(DueRewrite {
                    from,
                    to,
                    date: commit.date,
                    commit: commit.short.clone(),
                    commit_url: commit.url.clone(),
                });
            }
        }
        (first, rewrites)
    }

    /// Each measurement (by indicator and date) whose value changed after it was committed.
    pub(super) fn corrections(&self) -> Vec<Correction> {
        let parsed: Vec<(&CommitRef, &Parsed)> = self
            .versions
            .iter()
            .filter_map(|(c, v)| v.as_ref().map(|v| (c, v)))
            .collect();
        let mut out = Vec::new();
        for pair in parsed.windows(2) {
            let ((_, old), (commit, new)) = (pair[0], pair[1]);
            let (old, new) = (measurements(old), measurements(new));
            for ((indicator, measured), to) in &new {
                if let Some(from) = old.get(&(indicator.clone(), *measured))
                    && from != to
                {
                    out.push(Correction {
                        indicator: indicator.clone(),
                        measured: *measured,
                        from: *from,
                        to: *to,
                        date: commit.date,
                        commit: commit.short.clone(),
                        commit_url: commit.url.clone(),
                    });
                }
            }
        }
        out
    }
}

/// An objective's measurements: value by indicator name and date.
fn measurements(p: &Parsed) -> BTreeMap<(String, Date), f64> {
    let mut out = BTreeMap::new();
    let Some(indicators) = p.fields.get("indicators").and_then(Value::as_array) else {
        return out;
    };
    for i in indicators {
        let Some(name) = i.get("name").and_then(Value::as_str) else {
            continue;
        };
        for m in i
            .get("measurements")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let (Some(date), Some(value)) = (m.get("date").and_then(toml_date), m.get("value"))
            else {
                continue;
            };
            let value = match value {
                Value::Integer(n) => *n as f64,
                Value::Float(f) => *f,
                _ => continue,
            };
            out.insert((name.to_string(), date), value);
        }
    }
    out
}

fn toml_date(v: &Value) -> Option<Date> {
    match v {
        Value::Datetime(d) => d
            .date
            .and_then(|d| Date::new(i32::from(d.year), d.month, d.day).ok()),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// The longest value shown in a change line; longer ones are said to have changed.
const SHOWN: usize = 40;

/// What changed between two versions, field by field, then the text.
fn field_changes(old: &Parsed, new: &Parsed) -> Vec<Text> {
    let mut out = Vec::new();
    let keys: std::collections::BTreeSet<&String> =
        old.fields.keys().chain(new.fields.keys()).collect();
    for key in keys {
        let key_ = key.clone();
        match (old.fields.get(key), new.fields.get(key)) {
            (Some(a), Some(b)) if a == b => {}
            (None, Some(b)) => out.push(change(match short(b) {
                Some(value) => RecordChange::Set { key: key_, value },
                None => RecordChange::Added { key: key_ },
            })),
            (Some(_), None) => out.push(change(RecordChange::FieldRemoved { key: key_ })),
            (Some(Value::Array(a)), Some(Value::Array(b))) => {
                out.push(change(match b.len().cmp(&a.len()) {
                    std::cmp::Ordering::Greater => RecordChange::ItemsAdded {
                        key: key_,
                        n: b.len() - a.len(),
                    },
                    std::cmp::Ordering::Less => RecordChange::ItemsRemoved {
                        key: key_,
                        n: a.len() - b.len(),
                    },
                    std::cmp::Ordering::Equal => RecordChange::Edited { key: key_ },
                }))
            }
            (Some(a), Some(b)) => out.push(change(match (short(a), short(b)) {
                (Some(from), Some(to)) => RecordChange::ChangedTo {
                    key: key_,
                    from,
                    to,
                },
                _ => RecordChange::Changed { key: key_ },
            })),
            (None, None) => {}
        }
    }
    if old.body != new.body {
        out.push(change(RecordChange::TextEdited));
    }
    out
}

fn change(change: RecordChange) -> Text {
    Says::RecordChange { change }.into()
}

/// A value as written, when it is short and plain enough to show.
fn short(v: &Value) -> Option<String> {
    let text = match v {
        Value::String(s) => s.clone(),
        Value::Integer(n) => n.to_string(),
        Value::Float(f) => f.to_string(),
        Value::Boolean(b) => b.to_string(),
        Value::Datetime(d) => d.to_string(),
        _ => return None,
    };
    (text.chars().count() <= SHOWN && !text.contains('\n')).then_some(text)
}

/// The entries whose file a commit removed and that are not in the content now, newest
/// removal first. Drafts (in their last version) were never published, and are left out.
pub(super) fn removed(
    history: &History,
    present: &std::collections::HashSet<&str>,
    repository: &str,
) -> Vec<Removed> {
    let mut out = Vec::new();
    for (path, versions) in &history.files {
        let Some(last) = versions.last() else {
            continue;
        };
        if last.text.is_some() || present.contains(path.as_str()) {
            continue;
        }
        let Some((collection, slug)) = entry_of(path) else {
            continue;
        };
        let Some((before, parsed)) = versions
            .iter()
            .rev()
            .find_map(|v| v.text.as_deref().and_then(parse).map(|p| (v, p)))
        else {
            continue;
        };
        if parsed.fields.get("draft").and_then(Value::as_bool) == Some(true) {
            continue;
        }
        let _ = before;
        let title = ["title", "name"]
            .iter()
            .find_map(|k| parsed.fields.get(*k).and_then(Value::as_str))
            .unwrap_or(&slug)
            .to_string();
        let commit = commit_ref(last, repository);
        out.push(Removed {
            collection,
            kind_label: Says::Singular { collection }.into(),
            slug,
            title,
            removed: commit.date,
            created: versions[0].commit.date,
            commit: commit.short,
            commit_url: commit.url,
            source: path.clone(),
        });
    }
    out.sort_by(|a, b| b.removed.cmp(&a.removed).then(a.source.cmp(&b.source)));
    out
}

/// The collection and slug of an entry's file: `content/<dir>/<slug>.md` or
/// `content/<dir>/<slug>/index.md`.
fn entry_of(path: &str) -> Option<(Collection, String)> {
    let rest = path.strip_prefix("content/")?;
    let (dir, file) = rest.split_once('/')?;
    let collection = Collection::ALL.into_iter().find(|c| c.dir() == dir)?;
    let slug = match file.strip_suffix("/index.md") {
        Some(bundle) if !bundle.contains('/') => bundle,
        _ => file.strip_suffix(".md").filter(|s| !s.contains('/'))?,
    };
    (!slug.starts_with('_')).then(|| (collection, slug.to_string()))
}

/// The warning a history that could not be used deserves.
pub(super) fn state_warning(history: &History) -> Option<Diagnostic> {
    match &history.state {
        State::Shallow => Some(
            Diagnostic::warning(
                crate::diagnostics::file_location(".git"),
                "the repository is a shallow clone, so the site shows no history: the older commits are missing, and a history from what is left would be wrong",
            )
            .with_hint("fetch the whole history (`git fetch --unshallow`; in GitHub Actions, `fetch-depth: 0` for actions/checkout), or build with --no-history"),
        ),
        State::Unreadable(problem) => Some(
            Diagnostic::warning(
                crate::diagnostics::file_location(".git"),
                format!("the repository's history could not be read, so the site shows none: {problem}"),
            )
            .with_hint("build with --no-history to leave it out on purpose"),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_files_are_told_from_other_files() {
        assert_eq!(
            entry_of("content/setbacks/flood.md"),
            Some((Collection::Setbacks, "flood".into()))
        );
        assert_eq!(
            entry_of("content/case-studies/story/index.md"),
            Some((Collection::CaseStudies, "story".into()))
        );
        assert_eq!(entry_of("content/setbacks/flood/notes.md"), None);
        assert_eq!(entry_of("content/setbacks/_index.md"), None);
        assert_eq!(entry_of("content/alliance.toml"), None);
    }

    #[test]
    fn changes_are_said_field_by_field() {
        let a = parse("+++\ntitle = \"A\"\nstatus = \"in-progress\"\nreplans = []\n+++\nText.\n")
            .unwrap();
        let b = parse("+++\ntitle = \"A\"\nstatus = \"achieved\"\ncompleted = 2025-01-02\nreplans = [{ date = 2024-01-01, due = 2025-01-01, reason = \"r\" }]\n+++\nOther text.\n").unwrap();
        let english = crate::words::Catalogue::english();
        let said: Vec<String> = field_changes(&a, &b)
            .iter()
            .map(|t| t.in_words(&english))
            .collect();
        assert_eq!(
            said,
            [
                "completed set to 2025-01-02",
                "replans: 1 added",
                "status: in-progress → achieved",
                "Text edited"
            ]
        );
    }
}
