//! A required field left out is named, with the file it is missing from, for every required
//! field of every kind of file: each field of each file of the bundled example is left out in
//! turn, and whatever is then refused must be refused as that field, missing.

mod common;

use candor::diagnostics::Severity;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every path to a key in `table`: its own keys, and the keys of the first table of each list
/// of tables (to any depth), as `["contributions", "0", "kind"]`.
fn key_paths(table: &toml::Table, prefix: &[String], out: &mut Vec<Vec<String>>) {
    for (key, value) in table {
        let mut path = prefix.to_vec();
        path.push(key.clone());
        out.push(path.clone());
        match value {
            toml::Value::Table(inner) => key_paths(inner, &path, out),
            toml::Value::Array(items) => {
                if let Some(toml::Value::Table(first)) = items.first() {
                    path.push("0".into());
                    key_paths(first, &path, out);
                }
            }
            _ => {}
        }
    }
}

/// `table` without the key at `path` (names only: a list is entered at its first table).
fn without(table: &toml::Table, path: &[String]) -> toml::Table {
    let mut copy = table.clone();
    let (last, through) = path.split_last().expect("a path has a key");
    let mut at = &mut copy;
    for step in through {
        at = match at.get_mut(step) {
            Some(toml::Value::Table(t)) => t,
            Some(toml::Value::Array(items)) => match items.first_mut() {
                Some(toml::Value::Table(t)) => t,
                _ => unreachable!("paths only go through tables"),
            },
            _ => unreachable!("paths only go through tables"),
        };
    }
    at.remove(last);
    copy
}

/// Removes the `"0"` steps [`key_paths`] writes for lists: [`without`] goes into the first
/// table of a list by itself.
fn steps(path: &[String]) -> Vec<String> {
    path.iter().filter(|s| *s != "0").cloned().collect()
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "md" || e == "toml") {
            out.push(path);
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

#[test]
fn every_missing_required_field_is_named_with_its_file() {
    let site = common::TestSite::new();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    std::fs::remove_dir_all(site.root.join("content")).unwrap();
    copy_dir(&example, &site.root.join("content"));
    let (_, found) = candor::content::load(&site.root, None);
    assert!(!found.has_errors(), "the example itself loads");

    let mut sources = Vec::new();
    files(&site.root.join("content"), &mut sources);
    sources.sort();
    // Required fields found, by the folder of the file they were missing from.
    let mut required: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &sources {
        let text = std::fs::read_to_string(file).unwrap();
        let (front, body) = match text.strip_prefix("+++\n") {
            Some(rest) => rest.split_once("\n+++\n").unwrap(),
            None => (text.as_str(), ""),
        };
        let table: toml::Table = toml::from_str(front).unwrap();
        let mut paths = Vec::new();
        key_paths(&table, &[], &mut paths);
        let rel = file.strip_prefix(&site.root).unwrap().to_path_buf();
        let kind = rel.parent().unwrap().display().to_string();
        for path in paths {
            let front = toml::to_string(&without(&table, &steps(&path))).unwrap();
            let changed = if text.starts_with("+++\n") {
                format!("+++\n{front}+++\n{body}\n")
            } else {
                front
            };
            std::fs::write(file, changed).unwrap();
            let (_, found) = candor::content::load(&site.root, None);
            let errors: Vec<_> = found
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .collect();
            let key = path.last().unwrap();
            for e in &errors {
                assert_eq!(
                    (&e.location.file, e.message.as_str()),
                    (&rel, format!("missing required field `{key}`").as_str()),
                    "leaving out {} from {}",
                    path.join("."),
                    rel.display()
                );
                assert!(
                    e.hint.as_deref().is_some_and(|h| h.contains(key.as_str())),
                    "{:?}",
                    e.hint
                );
            }
            if !errors.is_empty() {
                required
                    .entry(kind.clone())
                    .or_default()
                    .insert(path.join("."));
            }
        }
        std::fs::write(file, &text).unwrap();
    }
    let names = |kind: &str| -> BTreeSet<String> {
        required
            .iter()
            .filter(|(k, _)| k.as_str() == kind || k.starts_with(&format!("{kind}/")))
            .flat_map(|(_, v)| v.iter().cloned())
            .collect()
    };
    // Every required field of every kind was met at least once.
    let expect = [
        ("content", &["name"][..]),
        (
            "content/partners",
            &[
                "name",
                "kind",
                "contributions.0.date",
                "contributions.0.kind",
                "contributions.0.amount",
            ][..],
        ),
        (
            "content/objectives",
            &[
                "title",
                "indicators.0.name",
                "indicators.0.baseline",
                "indicators.0.target",
                "indicators.0.measurements.0.date",
                "indicators.0.measurements.0.value",
            ][..],
        ),
        ("content/milestones", &["title", "due", "status"][..]),
        ("content/successes", &["title", "date"][..]),
        (
            "content/setbacks",
            &["title", "date", "severity", "status"][..],
        ),
        ("content/case-studies", &["title", "date"][..]),
        ("content/pages", &["title"][..]),
        ("content/newsletters", &["title", "date"][..]),
    ];
    // A join date may be left out (a member whose date is not public).
    assert!(!names("content/partners").contains("joined"));
    for (kind, fields) in expect {
        let found = names(kind);
        for field in fields {
            assert!(
                found.contains(*field),
                "{kind}: `{field}` was never reported missing; reported: {found:?}"
            );
        }
    }
}
