//! A git history for a synthetic site, for the history benchmark: the site as written is the
//! first commit, then each further commit edits one entry (a summary rewritten, a paragraph
//! added, now and then a measurement corrected or a milestone's status moved on), a day apart.
//! Written through `gix`, one changed file per commit, so 500 commits take seconds.

use super::Rng;
use crate::date::Date;
use std::path::Path;

/// Makes `out` a git repository whose history has `commits` commits touching `out/content/`,
/// the last of which leaves the files as they are then on disk. Deterministic from `seed`.
pub fn write_history(out: &Path, commits: usize, seed: u64, first: Date) -> Result<(), String> {
    let text = |e: gix::Error| e.to_string();
    let repo = gix::init(out).map_err(text)?;
    let mut files: Vec<String> = Vec::new();
    for entry in walkdir::WalkDir::new(out.join("content")).sort_by_file_name() {
        let entry = entry.map_err(|e| e.to_string())?;
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(out).map_err(|e| e.to_string())?;
            files.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
    let mut tree = repo
        .edit_tree(gix::ObjectId::empty_tree(gix::hash::Kind::Sha1))
        .map_err(text)?;
    for rel in &files {
        let bytes = std::fs::read(out.join(rel)).map_err(|e| e.to_string())?;
        let blob = repo.write_blob(bytes).map_err(text)?;
        tree.upsert(rel.as_str(), gix::object::tree::EntryKind::Blob, blob)
            .map_err(text)?;
    }
    let mut tree_id = tree.write().map_err(text)?.detach();
    let mut parent: Option<gix::ObjectId> = None;
    let markdown: Vec<&String> = files.iter().filter(|f| f.ends_with(".md")).collect();
    let mut rng = Rng::new(seed);
    for k in 0..commits.max(1) {
        if k > 0 {
            let rel = markdown[rng.below(markdown.len())];
            let path = out.join(rel);
            let mut source = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
            source = edit(&source, k, &mut rng);
            std::fs::write(&path, &source).map_err(|e| e.to_string())?;
            let blob = repo.write_blob(source.as_bytes()).map_err(text)?;
            let mut tree = repo.edit_tree(tree_id).map_err(text)?;
            tree.upsert(rel.as_str(), gix::object::tree::EntryKind::Blob, blob)
                .map_err(text)?;
            tree_id = tree.write().map_err(text)?.detach();
        }
        let day = first.add_days(k as i64);
        let seconds = (day.days_since_epoch()) * 86_400 + 9 * 3600;
        let time = format!("{seconds} +0000");
        let who = gix::actor::SignatureRef {
            name: "Synthetic Editor".into(),
            email: "editor@synthetic.example.org".into(),
            time: &time,
        };
        let id = repo
            .commit_as(who, who, "HEAD", format!("Edit {k}"), tree_id, parent)
            .map_err(text)?;
        parent = Some(id.detach());
    }
    Ok(())
}

/// One editor's change to an entry's file.
fn edit(source: &str, k: usize, rng: &mut Rng) -> String {
    match rng.below(4) {
        0 if source.contains("\nsummary = \"") => {
            let start = source.find("\nsummary = \"").unwrap_or(0) + "\nsummary = \"".len();
            let end = source[start..].find('"').map_or(start, |e| start + e);
            format!("{}Revised summary {k}{}", &source[..start], &source[end..])
        }
        1 if source
            .find("value = ")
            .and_then(|at| source[at + "value = ".len()..].chars().next())
            .is_some_and(|c| c.is_ascii_digit()) =>
        {
            // A measurement corrected: one value's last digit changed.
            let at = source.find("value = ").unwrap_or(0) + "value = ".len();
            let end = source[at..]
                .find(|c: char| !c.is_ascii_digit() && c != '.')
                .map_or(source.len(), |e| at + e);
            let value: f64 = source[at..end].parse().unwrap_or(0.0);
            format!("{}{}{}", &source[..at], value + 1.0, &source[end..])
        }
        _ => format!("{source}\nA paragraph added in edit {k}.\n"),
    }
}
