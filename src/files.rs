//! Reading the site folder with one rule for symbolic links, and no read error taken for an
//! empty folder.
//!
//! **The rule:** Candor follows a symbolic link only when it leads to a place inside the site
//! folder (the folder that holds `content/`), not to a hidden file or folder (`.git`, `.env`),
//! and not into `content/` from outside it. A link that leaves the site folder, leads nowhere,
//! or breaks those rules is an error naming the link: nothing outside the site (and no hidden
//! or source file) is ever read or published because a link pointed at it. A walk enters each
//! real folder once, so links cannot multiply the files published, and a name with a control
//! character (a line break) is refused. The rule applies to `content/` (the folder itself, collection
//! folders, entries, bundles and their files), `templates/`, `static/` and `themes/`.

use crate::diagnostics::{Diagnostic, file_location};
use std::path::{Path, PathBuf};

/// `path` relative to `root`, for messages.
fn shown(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// Checks that every link on the way from `root` to `path` (including `path` itself, when
/// it is a link) stays inside the site folder. Call it for a path that exists.
pub(crate) fn check_inside(root: &Path, path: &Path) -> Result<(), Box<Diagnostic>> {
    let leaves = |target: &Path| {
        Box::new(
            Diagnostic::error(
                file_location(shown(root, path)),
                format!(
                    "this is a link to {}, outside the site folder; Candor does not follow links that leave the site folder",
                    target.display()
                ),
            )
            .with_hint("copy the files into the site folder instead of linking to them"),
        )
    };
    let real_root = std::fs::canonicalize(root).map_err(|e| {
        Box::new(Diagnostic::error(
            file_location(root),
            format!("cannot resolve the site folder: {e}"),
        ))
    })?;
    match std::fs::canonicalize(path) {
        Ok(real) if real.starts_with(&real_root) => {
            let inside = real.strip_prefix(&real_root).unwrap_or(&real);
            let hidden = inside
                .components()
                .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
            let into_content = inside.starts_with("content")
                && !path
                    .strip_prefix(root)
                    .is_ok_and(|p| p.starts_with("content"));
            if hidden || into_content {
                let what = if hidden {
                    "a hidden file or folder (its name starts with `.`), which is never published"
                } else {
                    "content/, whose files are published only as entries"
                };
                return Err(Box::new(
                    Diagnostic::error(
                        file_location(shown(root, path)),
                        format!("this is a link to {}, in {what}", inside.display()),
                    )
                    .with_hint("remove the link, or copy what should be published into place"),
                ));
            }
            Ok(())
        }
        Ok(real) => Err(leaves(&real)),
        Err(e) => {
            let target = std::fs::read_link(path).unwrap_or_default();
            Err(Box::new(
                Diagnostic::error(
                    file_location(shown(root, path)),
                    format!("cannot follow this link to {}: {e}", target.display()),
                )
                .with_hint("remove the link, or make it point at a file inside the site folder"),
            ))
        }
    }
}

/// The metadata of `path` after following links that stay inside the site folder; `Ok(None)`
/// when nothing is there. Any other failure is an error naming the path.
pub(crate) fn metadata(
    root: &Path,
    path: &Path,
) -> Result<Option<std::fs::Metadata>, Box<Diagnostic>> {
    let cannot = |e: std::io::Error| {
        Box::new(Diagnostic::error(
            file_location(shown(root, path)),
            format!("cannot read: {e}"),
        ))
    };
    let meta = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(cannot(e)),
    };
    if !meta.file_type().is_symlink() && !has_link_above(root, path) {
        return Ok(Some(meta));
    }
    check_inside(root, path)?;
    std::fs::metadata(path).map(Some).map_err(cannot)
}

/// True when a folder between `root` and `path` (excluded) is a link.
fn has_link_above(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let mut at = root.to_path_buf();
    let mut parts = rel.components().peekable();
    while let Some(part) = parts.next() {
        if parts.peek().is_none() {
            break;
        }
        at.push(part);
        if std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
            return true;
        }
    }
    false
}

/// The items of folder `dir`, sorted by name, or an error naming the folder when it cannot be
/// listed (an unreadable folder is never taken for an empty one).
pub fn list(root: &Path, dir: &Path) -> Result<Vec<PathBuf>, Box<Diagnostic>> {
    let cannot = |e: std::io::Error| {
        Box::new(
            Diagnostic::error(
                file_location(shown(root, dir)),
                format!("cannot read the folder: {e}"),
            )
            .with_hint("check the folder's permissions; nothing is published while a folder cannot be read"),
        )
    };
    let mut items = Vec::new();
    for item in std::fs::read_dir(dir).map_err(cannot)? {
        items.push(item.map_err(cannot)?.path());
    }
    // One folder's items differ only in their names: comparing the bytes sorts them as
    // comparing paths would, without splitting each into components.
    items.sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
    Ok(items)
}

/// Every file under `dir` (none when `dir` does not exist), sorted, following links that stay
/// inside the site folder; with `skip_hidden`, names starting with `.` are left out. Every
/// folder or link that cannot be read is reported.
pub(crate) fn files_under(
    root: &Path,
    dir: &Path,
    skip_hidden: bool,
) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    match metadata(root, dir) {
        Ok(Some(meta)) if meta.is_dir() => {}
        Ok(Some(_)) => {
            problems.push(Diagnostic::error(
                file_location(shown(root, dir)),
                "this should be a folder, but it is a file",
            ));
            return (files, problems);
        }
        Ok(None) => return (files, problems),
        Err(d) => {
            problems.push(*d);
            return (files, problems);
        }
    }
    // Every real folder is walked once: links that stay inside the site could otherwise
    // reach one folder by many paths and multiply the files published.
    let mut folders_seen = std::collections::HashSet::new();
    let mut walk = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    while let Some(item) = walk.next() {
        let item = match item {
            Ok(item) => item,
            Err(e) => {
                let at = e.path().unwrap_or(dir);
                let is_link = std::fs::symlink_metadata(at).is_ok_and(|m| m.is_symlink());
                if is_link && let Err(d) = check_inside(root, at) {
                    problems.push(*d);
                    continue;
                }
                let why = e
                    .io_error()
                    .map_or_else(|| e.to_string(), ToString::to_string);
                problems.push(Diagnostic::error(
                    file_location(shown(root, at)),
                    format!("cannot read: {why}"),
                ));
                continue;
            }
        };
        let hidden = item.depth() > 0 && item.file_name().to_string_lossy().starts_with('.');
        if skip_hidden && hidden {
            if item.file_type().is_dir() {
                walk.skip_current_dir();
            }
            continue;
        }
        if item.path_is_symlink()
            && item.depth() > 0
            && let Err(d) = check_inside(root, item.path())
        {
            problems.push(*d);
            if item.file_type().is_dir() {
                walk.skip_current_dir();
            }
            continue;
        }
        if item
            .file_name()
            .to_string_lossy()
            .chars()
            .any(char::is_control)
        {
            problems.push(
                Diagnostic::error(
                    file_location(shown(root, item.path())),
                    "this name has a line break or another control character",
                )
                .with_hint("rename it: published files are named with visible characters only"),
            );
            if item.file_type().is_dir() {
                walk.skip_current_dir();
            }
            continue;
        }
        if item.file_type().is_dir() {
            use std::os::unix::fs::MetadataExt;
            let key = item.metadata().map(|m| (m.dev(), m.ino())).ok();
            if let Some(key) = key
                && !folders_seen.insert(key)
            {
                problems.push(
                    Diagnostic::error(
                        file_location(shown(root, item.path())),
                        "this folder is reached a second time through a link",
                    )
                    .with_hint("links may lead to each folder once; copy the files or remove the extra link"),
                );
                walk.skip_current_dir();
            }
        } else if item.file_type().is_file() {
            files.push(item.into_path());
        }
    }
    (files, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_inside_the_site_are_followed_and_links_out_of_it_are_errors() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.env"), "KEY=1").unwrap();
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        std::fs::create_dir_all(root.join("static/css")).unwrap();
        std::fs::write(root.join("static/css/a.css"), "a{}").unwrap();
        std::fs::write(root.join("shared.txt"), "x").unwrap();
        std::os::unix::fs::symlink(root.join("shared.txt"), root.join("static/in.txt")).unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("secret.env"),
            root.join("static/out.env"),
        )
        .unwrap();
        std::os::unix::fs::symlink(outside.path(), root.join("static/dir")).unwrap();
        std::os::unix::fs::symlink(root.join("nowhere"), root.join("static/dangling")).unwrap();
        let (files, problems) = files_under(root, &root.join("static"), true);
        let names: Vec<String> = files
            .iter()
            .map(|f| shown(root, f).display().to_string())
            .collect();
        assert_eq!(names, ["static/css/a.css", "static/in.txt"]);
        let messages: Vec<String> = problems
            .iter()
            .map(|d| format!("{}: {}", d.location.file.display(), d.message))
            .collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(
            messages[0].starts_with("static/dangling: cannot follow"),
            "{messages:?}"
        );
        assert!(
            messages[1].starts_with("static/dir: this is a link to"),
            "{messages:?}"
        );
        assert!(
            messages[2].contains("outside the site folder"),
            "{messages:?}"
        );
        // The folder itself a link out of the site.
        std::fs::remove_dir_all(root.join("static")).unwrap();
        std::os::unix::fs::symlink(outside.path(), root.join("static")).unwrap();
        let (files, problems) = files_under(root, &root.join("static"), true);
        assert!(files.is_empty());
        assert!(problems[0].message.contains("outside the site folder"));
    }

    #[test]
    fn links_may_not_reach_hidden_files_or_content_or_a_folder_twice() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        let write = |rel: &str| {
            let path = root.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        };
        write(".env");
        write(".git/config");
        write("content/pages/draft.md");
        write("lv/d0/f.txt");
        std::fs::create_dir_all(root.join("static")).unwrap();
        let link =
            |to: &str, at: &str| std::os::unix::fs::symlink(root.join(to), root.join(at)).unwrap();
        link(".env", "static/env.txt");
        link(".git", "static/git");
        link("content", "static/src");
        // A folder reached by two links, twice over: 2^n copies if links were simply followed.
        for i in 1..=12 {
            std::fs::create_dir_all(root.join(format!("lv/d{i}"))).unwrap();
            link(&format!("lv/d{}", i - 1), &format!("lv/d{i}/a"));
            link(&format!("lv/d{}", i - 1), &format!("lv/d{i}/b"));
        }
        link("lv/d12", "static/bomb");
        let (files, problems) = files_under(root, &root.join("static"), true);
        let names: Vec<String> = files
            .iter()
            .map(|f| shown(root, f).display().to_string())
            .collect();
        assert!(names.len() <= 2, "{names:?}");
        let messages: Vec<String> = problems
            .iter()
            .map(|d| format!("{}: {}", d.location.file.display(), d.message))
            .collect();
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("static/env.txt: this is a link to .env, in a hidden file")),
            "{messages:#?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("static/git: this is a link to .git")),
            "{messages:#?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("static/src: this is a link to content, in content/")),
            "{messages:#?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.ends_with("this folder is reached a second time through a link")),
            "{messages:#?}"
        );
        assert!(messages.len() < 40, "{}", messages.len());
    }

    #[test]
    fn a_name_with_a_line_break_is_refused() {
        let site = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(site.path().join("static")).unwrap();
        std::fs::write(site.path().join("static/a\n0000 0 keep.txt"), "x").unwrap();
        let (files, problems) = files_under(site.path(), &site.path().join("static"), true);
        assert!(files.is_empty());
        assert_eq!(
            problems[0].message,
            "this name has a line break or another control character"
        );
    }

    #[test]
    fn a_missing_folder_is_empty_and_a_file_is_not_a_folder() {
        let site = tempfile::tempdir().unwrap();
        let (files, problems) = files_under(site.path(), &site.path().join("static"), true);
        assert!(files.is_empty() && problems.is_empty());
        std::fs::write(site.path().join("static"), "x").unwrap();
        let (_, problems) = files_under(site.path(), &site.path().join("static"), true);
        assert_eq!(
            problems[0].message,
            "this should be a folder, but it is a file"
        );
    }
}
