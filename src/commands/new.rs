//! `candor new <kind> "Title"`: a new entry with its required fields filled in and the optional
//! ones written as comments, at `content/<collection>/<slug>.md` (or a bundle folder).

use candor::content::Collection;
use candor::date::Date;
use std::path::{Path, PathBuf};

/// Why an entry could not be created.
#[derive(Debug)]
pub(crate) enum NewError {
    /// The folder holds no site.
    NoSite(PathBuf),
    /// The kind is not one of the collections.
    UnknownKind(String),
    /// An entry with that slug exists.
    Exists(PathBuf),
    /// The disk said no.
    Io(PathBuf, std::io::Error),
    /// The title makes a slug the site cannot use.
    BadSlug {
        /// The title given.
        title: String,
        /// Why, and what to do.
        why: String,
    },
}

impl std::fmt::Display for NewError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NewError::NoSite(root) => write!(
                f,
                "there is no site at {} (no content/alliance.toml); run `candor init DIR` first, or pass --root",
                root.display()
            ),
            NewError::UnknownKind(kind) => write!(
                f,
                "`{kind}` is not a kind of entry; use one of: {}",
                KINDS.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ")
            ),
            NewError::Exists(path) => write!(
                f,
                "{} already exists; candor new never overwrites an entry (choose another title, or edit that file)",
                path.display()
            ),
            NewError::Io(path, e) => write!(f, "could not write {}: {e}", path.display()),
            NewError::BadSlug { title, why } => {
                write!(f, "cannot make an entry called \"{title}\": {why}")
            }
        }
    }
}

impl std::error::Error for NewError {}

/// The kinds `candor new` accepts, with their collections.
pub(crate) const KINDS: &[(&str, Collection)] = &[
    ("partner", Collection::Partners),
    ("objective", Collection::Objectives),
    ("milestone", Collection::Milestones),
    ("success", Collection::Successes),
    ("setback", Collection::Setbacks),
    ("case-study", Collection::CaseStudies),
    ("page", Collection::Pages),
    ("newsletter", Collection::Newsletters),
];

/// A TOML string literal for `text`.
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// The text of a new entry of `collection` titled `title`, dated `today`.
pub(crate) fn skeleton(collection: Collection, title: &str, today: Date) -> String {
    let t = quoted(title);
    let later = today.add_days(90);
    match collection {
        Collection::Partners => format!(
            r#"+++
name = {t}
# What kind of organisation: nonprofit, school, business, government, community-group,
# funder, individual or other.
kind = "nonprofit"
joined = {today}
# summary = "One plain sentence about the partner, used in lists and feeds."
# location = "Where it is"
# website = "https://example.org/"
# roles = ["What the partner took on in the alliance"]
# strengths = ["Skills and resources it brings"]
# left = {today}           # when it left; it stays on the site as a former partner
# anonymous = true         # a member that may not be named: no page, named nowhere, its
#                          # contributions counted in the totals, pooled
# tags = ["a-tag"]
#
# What the partner pledged and put in. Pledged and received are shown side by side and
# never added together.
# [[contributions]]
# date = {today}
# kind = "funds"           # funds, volunteer-hours, in-kind, skills or venue
# amount = 1000
# status = "pledged"       # or "received" (the default)
# note = "What it is for"
+++

Who the partner is, and what it does in the alliance.
"#
        ),
        Collection::Objectives => format!(
            r#"+++
title = {t}
# summary = "One plain sentence: what will change, by how much, by when."
# owners = ["partner-slug"]   # partners responsible (their file names without .md)
# tags = ["a-tag"]
#
# How progress is measured. Progress is computed from the measurements, never typed in.
# [[indicators]]
# name = "What is measured"
# unit = "%"
# baseline = 50
# baseline_date = {today}
# target = 75
# target_date = {later}
# direction = "increase"       # or "decrease" when lower is better
# measurements = [
#   {{ date = {today}, value = 50, verification = "self-reported", note = "How it was measured" }},
# ]
+++

Why this objective matters, and how the alliance works on it.
"#
        ),
        Collection::Milestones => format!(
            r#"+++
title = {t}
# The date first agreed. Never edit it when plans change: add a [[replans]] entry instead.
due = {later}
# planned, in-progress, achieved, delayed, missed or cancelled.
status = "planned"
# completed = {later}          # required when status = "achieved"
# objective = "objective-slug"
# partners = ["partner-slug"]  # who delivers it
# summary = "One plain sentence."
# deliverables = [{{ title = "What it delivers", done = false }}]
#
# When the date changes, say when, to what, and why (required for status = "delayed").
# [[replans]]
# date = {today}
# due = {later}
# reason = "Why the date moved"
+++

What this milestone delivers and how we will know it is done.
"#
        ),
        Collection::Successes => format!(
            r#"+++
title = {t}
date = {today}
# summary = "One plain sentence, used in lists, feeds and newsletters."
# partners = ["partner-slug"]
# objective = "objective-slug"
# milestone = "milestone-slug"
# metrics = [{{ label = "people reached", value = 120 }}]
# consent_until = {later}      # quotes and image are withdrawn after this date
#
# [[quotes]]
# text = "What someone involved said."
# by = "Who said it (with their consent)"
+++

What happened, who made it happen, and what difference it made.
"#
        ),
        Collection::Setbacks => format!(
            r#"+++
title = {t}
date = {today}
severity = "medium"            # low, medium or high
status = "open"                # open, mitigating or resolved
# resolved = {today}           # required when status = "resolved"
# summary = "One plain sentence."
# partners = ["partner-slug"]
# objective = "objective-slug"
# milestone = "milestone-slug"
# lessons = ["What we learned"]
#
# [[actions]]
# title = "What is being done"
# owner = "partner-slug"
# due = {later}
# done = false
#
# [[updates]]
# date = {today}
# text = "What changed, newest shown first."
#
# [[responses]]
# partner = "partner-slug"
# date = {today}
# text = "A partner's own account (their right of reply)."
+++

What went wrong, honestly, and what it affected.
"#
        ),
        Collection::CaseStudies => format!(
            r#"+++
title = {t}
date = {today}
# summary = "One plain sentence."
# partners = ["partner-slug"]
# objectives = ["objective-slug"]
# consent_until = {later}      # the story and image are withdrawn after this date
# image = "photo.jpg"          # a file beside index.md in a bundle (candor new --bundle)
# image_alt = "What the photo shows"
#
# [[outcomes]]
# label = "What was measured"
# before = 10
# after = 25
# unit = "people"
+++

## Before

## What we did

## What changed
"#
        ),
        Collection::Pages => format!(
            r#"+++
title = {t}
menu = false                   # true lists the page in the site navigation
# weight = 10                  # order in the navigation, lower first
# summary = "One plain sentence."
+++

The page's text, in Markdown.
"#
        ),
        Collection::Newsletters => format!(
            r#"+++
title = {t}
date = {today}
# since = {today}              # covers what changed after this date (default: the previous issue)
# summary = "One plain sentence."
+++

The editor's introduction to this issue.
"#
        ),
    }
}

/// Writes a new entry and returns its path.
pub(crate) fn create(
    root: &Path,
    kind: &str,
    title: &str,
    bundle: bool,
    today: Date,
) -> Result<PathBuf, NewError> {
    if !root.join("content").join("alliance.toml").is_file() {
        return Err(NewError::NoSite(root.to_path_buf()));
    }
    let collection = KINDS
        .iter()
        .find(|(k, _)| *k == kind || k.replace('-', " ") == kind)
        .map(|(_, c)| *c)
        .ok_or_else(|| NewError::UnknownKind(kind.to_string()))?;
    let slug = candor::slug::slugify(title);
    let bad = |why: String| NewError::BadSlug {
        title: title.to_string(),
        why,
    };
    if collection == Collection::Pages
        && candor::model::RESERVED_PAGE_SLUGS.contains(&slug.as_str())
    {
        return Err(bad(format!(
            "a page at /{slug}/ would take the place of the site's own list of {slug}; choose another title, such as \"About our {title}\""
        )));
    }
    let dir = root.join("content").join(collection.dir());
    let file = dir.join(format!("{slug}.md"));
    let folder = dir.join(&slug);
    // `symlink_metadata`: a link (even one that leads nowhere) is something that exists.
    for existing in [&file, &folder] {
        if std::fs::symlink_metadata(existing).is_ok() {
            return Err(NewError::Exists(existing.clone()));
        }
    }
    let path = if bundle {
        folder.join("index.md")
    } else {
        file
    };
    let parent = path.parent().unwrap_or(&dir).to_path_buf();
    std::fs::create_dir_all(&parent).map_err(|e| NewError::Io(parent.clone(), e))?;
    // A new file only: never through a link, never over a file that appeared meanwhile.
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| NewError::Io(path.clone(), e))?;
    std::io::Write::write_all(&mut file, skeleton(collection, title, today).as_bytes())
        .map_err(|e| NewError::Io(path.clone(), e))?;
    Ok(path)
}

/// Runs `candor new`; returns the exit code.
pub(crate) fn run(root: &Path, kind: &str, title: &str, bundle: bool) -> i32 {
    let today = match candor::build_date_from_env() {
        Ok(today) => today,
        Err(problem) => {
            eprintln!("error: {problem}");
            return 1;
        }
    };
    match create(root, kind, title, bundle, today) {
        Ok(path) => {
            println!("Created {}", path.display());
            0
        }
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}
