//! Writing a finished site to disk. Everything is written into a fresh staging folder beside
//! the target; only when every file is written is the staging folder swapped into place, so a
//! failed or interrupted build leaves the previous site exactly as it was.
//!
//! The writer refuses to replace a folder it did not make: the output folder must be missing,
//! empty, or carry the marker file of an earlier candor build, and it may not be the site root
//! or hold a `content/` folder.

use super::{Contents, SiteFiles};
use rayon::prelude::*;
use std::collections::HashMap;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use xxhash_rust::xxh3::xxh3_128;

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
    /// Files whose bytes had not changed since the previous build, linked rather than written.
    pub reused: usize,
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
    let staging = Staging::begin(output, root)?;
    staging.put_all(site)?;
    staging.commit(site.pages)
}

/// What a build wrote for one file, as its marker file records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Recorded {
    hash: u128,
    len: u64,
}

/// The files an earlier build wrote, and when it finished: a file modified after that was
/// edited by hand and is not reused.
#[derive(Debug, Default)]
struct Previous {
    files: HashMap<String, Recorded>,
    finished: Option<std::time::SystemTime>,
}

/// A site on its way to disk. Files go into a staging folder beside the output folder; a file
/// whose bytes are exactly what the previous build wrote at the same path (same hash and size,
/// untouched since) is hard-linked from the previous output instead of being written again,
/// which costs the file system far less than a fresh file. [`Staging::commit`] swaps the
/// finished folder into place; dropping a `Staging` without committing removes the staging
/// folder and leaves the previous site as it was.
pub struct Staging {
    dir: PathBuf,
    output: PathBuf,
    parent: PathBuf,
    name: String,
    previous: Previous,
    written: Mutex<Vec<(String, Recorded)>>,
    bytes: AtomicU64,
    reused: AtomicUsize,
    committed: bool,
}

impl Staging {
    /// Checks `output` and makes a fresh staging folder beside it.
    pub fn begin(output: &Path, root: &Path) -> Result<Staging, WriteError> {
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
        let dir = parent.join(format!(".{name}.candor-new-{}", std::process::id()));
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(io(&dir))?;
        }
        std::fs::create_dir_all(&dir).map_err(io(&dir))?;
        Ok(Staging {
            previous: read_manifest(&output.join(MARKER)),
            output: output.to_path_buf(),
            dir,
            parent,
            name,
            written: Mutex::new(Vec::new()),
            bytes: AtomicU64::new(0),
            reused: AtomicUsize::new(0),
            committed: false,
        })
    }

    /// Puts every file of `site` in the staging folder, in parallel.
    pub fn put_all(&self, site: &SiteFiles) -> Result<(), WriteError> {
        site.files
            .par_iter()
            .try_for_each(|file| match &file.contents {
                Contents::Bytes(bytes) => self.put(&file.path, bytes),
                Contents::Builtin(bytes) => self.put(&file.path, bytes),
                Contents::Copy(from) => {
                    self.put(&file.path, &std::fs::read(from).map_err(io(from))?)
                }
            })
    }

    /// Puts one file at `path` (relative, `/`-separated) in the staging folder. Safe to call
    /// from many threads at once.
    pub fn put(&self, path: &str, bytes: &[u8]) -> Result<(), WriteError> {
        let inside = Path::new(path)
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
        if !inside {
            return Err(WriteError::Refused {
                path: PathBuf::from(path),
                reason: "the path leads outside the output folder".into(),
            });
        }
        let target = self.dir.join(path);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(io(dir))?;
        }
        let hash = xxh3_128(bytes);
        let len = bytes.len() as u64;
        let recorded = Recorded { hash, len };
        if self.reuse(path, recorded, &target) {
            self.reused.fetch_add(1, Ordering::Relaxed);
        } else {
            write_file(&target, bytes)?;
        }
        self.bytes.fetch_add(len, Ordering::Relaxed);
        self.written
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push((path.to_string(), recorded));
        Ok(())
    }

    /// Hard-links the previous build's file at `path` to `target` when it has these bytes
    /// and nobody touched it since; false when the file must be written.
    fn reuse(&self, path: &str, wanted: Recorded, target: &Path) -> bool {
        let (Some(old), Some(finished)) = (self.previous.files.get(path), self.previous.finished)
        else {
            return false;
        };
        if *old != wanted {
            return false;
        }
        let source = self.output.join(path);
        let untouched = std::fs::symlink_metadata(&source).is_ok_and(|meta| {
            meta.is_file()
                && meta.len() == wanted.len
                && meta.modified().is_ok_and(|m| m <= finished)
        });
        untouched && std::fs::hard_link(&source, target).is_ok()
    }

    /// Writes the marker (with the manifest the next build reuses files by), swaps the
    /// staging folder into place and removes the previous site.
    pub fn commit(mut self, pages: usize) -> Result<WriteSummary, WriteError> {
        let mut written = std::mem::take(
            &mut *self
                .written
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        written.sort_by(|a, b| a.0.cmp(&b.0));
        let marker = self.dir.join(MARKER);
        write_file(&marker, manifest(&written).as_bytes())?;
        swap_into_place(&self.dir, &self.output, &self.parent, &self.name)?;
        self.committed = true;
        Ok(WriteSummary {
            pages,
            files: written.len(),
            bytes: self.bytes.load(Ordering::Relaxed),
            reused: self.reused.load(Ordering::Relaxed),
        })
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

const MANIFEST_HEADER: &str = "# files: xxh3-128 hash, size, path\n";

fn manifest(written: &[(String, Recorded)]) -> String {
    let mut text = String::with_capacity(MARKER_TEXT.len() + written.len() * 96);
    text.push_str(MARKER_TEXT);
    text.push_str(MANIFEST_HEADER);
    for (path, r) in written {
        text.push_str(&format!("{:032x} {} {path}\n", r.hash, r.len));
    }
    text
}

/// The files an earlier build recorded in its marker; nothing when there is no marker or it
/// cannot be read (then every file is written afresh).
fn read_manifest(marker: &Path) -> Previous {
    let finished = std::fs::metadata(marker).and_then(|m| m.modified());
    let (Ok(text), Ok(finished)) = (std::fs::read_to_string(marker), finished) else {
        return Previous::default();
    };
    let Some((_, listing)) = text.split_once(MANIFEST_HEADER) else {
        return Previous::default();
    };
    let files = listing
        .lines()
        .filter_map(|line| {
            let mut parts = line.splitn(3, ' ');
            let hash = u128::from_str_radix(parts.next()?, 16).ok()?;
            let len = parts.next()?.parse().ok()?;
            let path = parts.next()?.to_string();
            Some((path, Recorded { hash, len }))
        })
        .collect();
    Previous {
        files,
        finished: Some(finished),
    }
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

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let mut f = std::fs::File::create(path).map_err(io(path))?;
    f.write_all(bytes).map_err(io(path))
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

    fn two_files(a: &str, b: &str) -> SiteFiles {
        let file = |path: &str, text: &str| OutputFile {
            path: path.into(),
            contents: Contents::Bytes(text.as_bytes().to_vec()),
        };
        SiteFiles {
            files: vec![file("a/index.html", a), file("b.css", b)],
            pages: 1,
        }
    }

    #[cfg(unix)]
    #[test]
    fn unchanged_files_are_linked_changed_and_hand_edited_ones_written() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        std::fs::create_dir_all(root.join("content")).unwrap();
        let out = root.join("public");
        let inode = |p: &str| std::fs::metadata(out.join(p)).unwrap().ino();
        let first = write(&two_files("page", "css"), &out, &root).unwrap();
        assert_eq!(first.reused, 0);
        let (page, css) = (inode("a/index.html"), inode("b.css"));

        let second = write(&two_files("page", "new css"), &out, &root).unwrap();
        assert_eq!(second.reused, 1);
        assert_eq!(
            inode("a/index.html"),
            page,
            "the unchanged page is the same file"
        );
        assert_ne!(inode("b.css"), css);
        assert_eq!(
            std::fs::read_to_string(out.join("b.css")).unwrap(),
            "new css"
        );

        // Someone edits the published page by hand: the next build writes it again.
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(out.join("a/index.html"), "edited").unwrap();
        let third = write(&two_files("page", "new css"), &out, &root).unwrap();
        assert_eq!(third.reused, 1, "only the stylesheet is reused");
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "page"
        );
    }

    #[test]
    fn a_garbled_or_old_marker_never_reuses_the_wrong_file() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        std::fs::create_dir_all(root.join("content")).unwrap();
        let out = root.join("public");
        write(&two_files("page", "css"), &out, &root).unwrap();
        let marker = out.join(MARKER);
        let text = std::fs::read_to_string(&marker).unwrap();
        // Lines that are not file records are skipped; the others still count.
        std::fs::write(&marker, format!("{text}not a hash line\nzz 1 b.css\n")).unwrap();
        let again = write(&two_files("page", "css"), &out, &root).unwrap();
        assert_eq!(again.reused, 2);
        // A marker without a file list (as older versions wrote it): everything is written.
        std::fs::write(out.join(MARKER), MARKER_TEXT).unwrap();
        let fresh = write(&two_files("page", "css"), &out, &root).unwrap();
        assert_eq!(fresh.reused, 0, "no file list, nothing reused");
        assert_eq!(std::fs::read_to_string(out.join("b.css")).unwrap(), "css");
    }
}
