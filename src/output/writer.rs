//! Writing a finished site to disk. Everything is written into a fresh staging folder beside
//! the target; only when every file is written is the staging folder swapped into place, so a
//! failed or interrupted build leaves the previous site exactly as it was.
//!
//! The writer refuses to replace a folder it did not make: the output folder must be missing,
//! empty, or carry the marker file of an earlier candor build, and it may not be the site root
//! or hold a `content/` folder.

use super::{Contents, SiteFiles};
use rayon::prelude::*;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The file candor leaves in every output folder to recognise it next time.
pub const MARKER: &str = ".candor-build";
const MARKER_TEXT: &str =
    "This folder is written by candor (candor build) and replaced on every build.\n";

/// Why the site could not be written.
#[derive(Debug)]
pub enum WriteError {
    /// The output folder is one candor must not replace.
    Refused {
        /// The folder.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The disk said no.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Refused { path, reason } => {
                write!(
                    f,
                    "refusing to write the site to {}: {reason}",
                    path.display()
                )
            }
            WriteError::Io { path, source } => {
                write!(
                    f,
                    "could not write {}: {source}; the previous site was left as it was",
                    path.display()
                )
            }
        }
    }
}

impl std::error::Error for WriteError {}

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteSummary {
    /// HTML pages.
    pub pages: usize,
    /// All files.
    pub files: usize,
    /// Total bytes.
    pub bytes: u64,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
    move |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Checks that `output` is a folder candor may replace for the site at `root`.
pub fn check_target(output: &Path, root: &Path) -> Result<(), WriteError> {
    let refuse = |reason: &str| WriteError::Refused {
        path: output.to_path_buf(),
        reason: reason.to_string(),
    };
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let out_abs = std::fs::canonicalize(output).unwrap_or_else(|_| absolute(output));
    let root_abs = std::fs::canonicalize(root).unwrap_or_else(|_| absolute(root));
    if out_abs == root_abs || root_abs.starts_with(&out_abs) {
        return Err(refuse(
            "it is the site root (or holds it); choose a folder such as public/",
        ));
    }
    if !output.exists() {
        return Ok(());
    }
    if !output.is_dir() {
        return Err(refuse("it exists and is not a folder"));
    }
    if output.join("content").exists() {
        return Err(refuse(
            "it holds a content/ folder, so it looks like a site, not an output folder",
        ));
    }
    let empty = std::fs::read_dir(output)
        .map_err(io(output))?
        .next()
        .is_none();
    if !empty && !output.join(MARKER).is_file() {
        return Err(refuse(&format!(
            "it is not empty and was not written by candor (no {MARKER} file); empty it or choose another --output"
        )));
    }
    Ok(())
}

/// Writes `site` to `output`, replacing what was there only once everything is written.
pub fn write(site: &SiteFiles, output: &Path, root: &Path) -> Result<WriteSummary, WriteError> {
    check_target(output, root)?;
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = output
        .file_name()
        .map_or("public".into(), |n| n.to_string_lossy().into_owned());
    std::fs::create_dir_all(&parent).map_err(io(&parent))?;
    remove_leftovers(&parent, &name);
    let staging = parent.join(format!(".{name}.candor-new-{}", std::process::id()));
    if staging.exists() {
        std::fs::remove_dir_all(&staging).map_err(io(&staging))?;
    }
    let written = write_all(site, &staging);
    let bytes = match written {
        Ok(bytes) => bytes,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(e);
        }
    };
    swap_into_place(&staging, output, &parent, &name)?;
    Ok(WriteSummary {
        pages: site.pages,
        files: site.files.len(),
        bytes,
    })
}

/// Removes staging folders left by builds that were killed midway.
fn remove_leftovers(parent: &Path, name: &str) {
    let prefixes = [
        format!(".{name}.candor-new-"),
        format!(".{name}.candor-old-"),
    ];
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if prefixes.iter().any(|p| file_name.starts_with(p.as_str())) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

fn write_all(site: &SiteFiles, staging: &Path) -> Result<u64, WriteError> {
    std::fs::create_dir_all(staging).map_err(io(staging))?;
    let sizes: Result<Vec<u64>, WriteError> = site
        .files
        .par_iter()
        .map(|file| {
            let inside = Path::new(&file.path)
                .components()
                .all(|c| matches!(c, std::path::Component::Normal(_)));
            if !inside {
                return Err(WriteError::Refused {
                    path: PathBuf::from(&file.path),
                    reason: "the path leads outside the output folder".into(),
                });
            }
            let target = staging.join(&file.path);
            if let Some(dir) = target.parent() {
                std::fs::create_dir_all(dir).map_err(io(dir))?;
            }
            match &file.contents {
                Contents::Bytes(bytes) => write_file(&target, bytes),
                Contents::Builtin(bytes) => write_file(&target, bytes),
                Contents::Copy(from) => std::fs::copy(from, &target).map_err(io(from)),
            }
        })
        .collect();
    let marker = staging.join(MARKER);
    write_file(&marker, MARKER_TEXT.as_bytes())?;
    Ok(sizes?.iter().sum())
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<u64, WriteError> {
    let mut f = std::fs::File::create(path).map_err(io(path))?;
    f.write_all(bytes).map_err(io(path))?;
    Ok(bytes.len() as u64)
}

fn swap_into_place(
    staging: &Path,
    output: &Path,
    parent: &Path,
    name: &str,
) -> Result<(), WriteError> {
    if !output.exists() {
        return std::fs::rename(staging, output).map_err(io(output));
    }
    let old = parent.join(format!(".{name}.candor-old-{}", std::process::id()));
    if old.exists() {
        std::fs::remove_dir_all(&old).map_err(io(&old))?;
    }
    std::fs::rename(output, &old).map_err(|e| {
        let _ = std::fs::remove_dir_all(staging);
        WriteError::Io {
            path: output.to_path_buf(),
            source: e,
        }
    })?;
    if let Err(e) = std::fs::rename(staging, output) {
        let _ = std::fs::rename(&old, output);
        let _ = std::fs::remove_dir_all(staging);
        return Err(WriteError::Io {
            path: output.to_path_buf(),
            source: e,
        });
    }
    remove_tree(&old);
    Ok(())
}

/// Deletes a folder and everything in it, its sub-folders in parallel (the previous output of
/// a large site has tens of thousands of files).
fn remove_tree(dir: &Path) {
    let entries: Vec<(PathBuf, bool)> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .flatten()
            .map(|e| (e.path(), e.file_type().is_ok_and(|t| t.is_dir())))
            .collect(),
        Err(_) => return,
    };
    entries.par_iter().for_each(|(path, is_dir)| {
        if *is_dir {
            remove_tree(path);
        } else {
            let _ = std::fs::remove_file(path);
        }
    });
    if std::fs::remove_dir(dir).is_err() {
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::OutputFile;

    fn one_file(text: &str) -> SiteFiles {
        SiteFiles {
            files: vec![OutputFile {
                path: "a/index.html".into(),
                contents: Contents::Bytes(text.as_bytes().to_vec()),
            }],
            pages: 1,
        }
    }

    #[test]
    fn replaces_its_own_output_and_refuses_other_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        std::fs::create_dir_all(root.join("content")).unwrap();
        let out = root.join("public");
        write(&one_file("one"), &out, &root).unwrap();
        write(&one_file("two"), &out, &root).unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "two"
        );

        let foreign = root.join("docs");
        std::fs::create_dir_all(&foreign).unwrap();
        std::fs::write(foreign.join("notes.txt"), "mine").unwrap();
        let e = write(&one_file("x"), &foreign, &root).unwrap_err();
        assert!(e.to_string().contains("was not written by candor"), "{e}");
        assert_eq!(
            std::fs::read_to_string(foreign.join("notes.txt")).unwrap(),
            "mine"
        );

        let e = write(&one_file("x"), &root, &root).unwrap_err();
        assert!(e.to_string().contains("site root"), "{e}");
        let e = write(&one_file("x"), tmp.path(), &root).unwrap_err();
        assert!(e.to_string().contains("site root"), "{e}");
    }

    #[test]
    fn a_failed_write_keeps_the_previous_site() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        std::fs::create_dir_all(root.join("content")).unwrap();
        let out = root.join("public");
        write(&one_file("good"), &out, &root).unwrap();
        let broken = SiteFiles {
            files: vec![OutputFile {
                path: "x.png".into(),
                contents: Contents::Copy(root.join("missing.png")),
            }],
            pages: 0,
        };
        assert!(write(&broken, &out, &root).is_err());
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "good"
        );
        let leftovers: Vec<_> = std::fs::read_dir(&root)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains("candor-"))
            .collect();
        assert!(leftovers.is_empty());
    }
}
