//! History (load, beside [`content`](crate::content)): what git remembers of the content
//! folder, read with `gix` (no `git` program needed). For every Markdown file of `content/`
//! that a commit on the current branch's first-parent line touched: each version's text, with
//! the commit's id, date and summary, oldest first. What the versions mean (change logs, a
//! `due` rewritten, a corrected figure, a removed entry) is worked out when linking.
//!
//! No repository, or a repository without commits, is no history and no error. A shallow
//! clone is reported as such and gives no history: what it lacks would make a wrong one.

use crate::date::Date;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// A commit that changed the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commit {
    /// The full hexadecimal id.
    pub id: String,
    /// The committer's date, in the committer's own time zone.
    pub date: Date,
    /// The first line of its message.
    pub summary: String,
}

/// One version of a file: its text as a commit left it, or `None` when the commit removed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// The commit.
    pub commit: Arc<Commit>,
    /// The file's text after it.
    pub text: Option<Arc<str>>,
}

/// Whether there is a history, and why not.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum State {
    /// Read from the repository.
    Read,
    /// Not asked for (`--no-history`).
    #[default]
    Off,
    /// The site is not in a git repository, or it has no commits yet.
    NoRepository,
    /// A shallow clone: the older commits are missing.
    Shallow,
    /// The repository could not be read: why.
    Unreadable(String),
}

/// What git remembers of the content folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    /// Whether there is a history.
    pub state: State,
    /// The commit the history ends at (`HEAD`), when read.
    pub head: Option<String>,
    /// Every version of each Markdown file under `content/`, by its path from the site root
    /// (`content/milestones/launch.md`), oldest first.
    pub files: BTreeMap<String, Vec<Version>>,
}

impl History {
    /// No history, for this reason.
    pub fn none(state: State) -> History {
        History {
            state,
            ..History::default()
        }
    }

    /// The versions of the file at `path` from the site root (none when it has no history).
    pub fn of(&self, path: &str) -> &[Version] {
        self.files.get(path).map_or(&[], Vec::as_slice)
    }
}

/// The commit `HEAD` points to in the repository holding `root`, if any: cheap, for deciding
/// whether a history read earlier is still current.
pub fn head(root: &Path) -> Option<String> {
    let repo = gix::discover(root).ok()?;
    repo.head_id().ok().map(|id| id.to_string())
}

/// Reads the history of `root/content/` from the repository holding `root`.
pub fn read(root: &Path) -> History {
    let repo = match gix::discover(root) {
        Ok(repo) => repo,
        // A `.git` that is there but cannot be opened is not "no repository": said so.
        Err(e) if has_git_folder(root) => return History::none(State::Unreadable(e.to_string())),
        Err(_) => return History::none(State::NoRepository),
    };
    match read_from(&repo, root) {
        Ok(history) => history,
        Err(problem) => History::none(State::Unreadable(problem)),
    }
}

/// Whether `root` or a folder above it has a `.git` entry.
fn has_git_folder(root: &Path) -> bool {
    let start = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    start.ancestors().any(|dir| dir.join(".git").exists())
}

fn read_from(repo: &gix::Repository, root: &Path) -> Result<History, String> {
    let text = |e: gix::Error| e.to_string();
    if repo.is_shallow().map_err(text)? {
        return Ok(History::none(State::Shallow));
    }
    let Some(workdir) = repo.workdir() else {
        return Ok(History::none(State::NoRepository));
    };
    let canonical = |p: &Path| {
        p.canonicalize()
            .map_err(|e| format!("{}: {e}", p.display()))
    };
    let inside = canonical(root)?
        .strip_prefix(canonical(workdir)?)
        .map(Path::to_path_buf)
        .map_err(|_| "the site is not inside the repository's folder".to_string())?;
    let content = inside.join("content");
    let Ok(head) = repo.head_commit() else {
        return Ok(History::none(State::NoRepository));
    };
    // The first-parent line from HEAD back to the first commit, then oldest first.
    let mut line = Vec::new();
    let mut next = Some(head.id);
    while let Some(id) = next {
        let commit = repo.find_commit(id).map_err(text)?;
        let tree = repo
            .find_tree(commit.tree_id().map_err(text)?)
            .map_err(text)?;
        let content_tree = tree
            .lookup_entry_by_path(&content)
            .map_err(text)?
            .filter(|e| e.mode().is_tree())
            .map(|e| e.object_id());
        let time = commit.time().map_err(text)?;
        let summary = commit
            .message()
            .map(|m| m.summary().to_string())
            .unwrap_or_default();
        line.push((
            Commit {
                id: id.to_string(),
                date: Date::from_unix_seconds(time.seconds + i64::from(time.offset)),
                summary,
            },
            content_tree,
        ));
        next = commit.parent_ids().next().map(|p| p.detach());
    }
    line.reverse();
    // Which file each commit changed, oldest first; then their texts, read side by side.
    let mut changes: Vec<(String, Arc<Commit>, Option<gix::ObjectId>)> = Vec::new();
    let mut before: Option<gix::ObjectId> = None;
    let mut trees = Trees::default();
    for (commit, tree) in line {
        if tree == before {
            continue;
        }
        let mut changed = Vec::new();
        diff(repo, &mut trees, before, tree, "content", &mut changed).map_err(text)?;
        trees.keep_newest();
        let commit = Arc::new(commit);
        changes.extend(
            changed
                .into_iter()
                .map(|(path, blob)| (path, Arc::clone(&commit), blob)),
        );
        before = tree;
    }
    let shared = repo.clone().into_sync();
    let texts: Vec<Result<Option<Arc<str>>, String>> = changes
        .par_iter()
        .map_init(
            || shared.to_thread_local(),
            |repo, (_, _, blob)| match blob {
                Some(id) => {
                    let blob = repo.find_blob(*id).map_err(|e| e.to_string())?;
                    Ok(Some(Arc::from(
                        String::from_utf8_lossy(&blob.data).as_ref(),
                    )))
                }
                None => Ok(None),
            },
        )
        .collect();
    let mut files: BTreeMap<String, Vec<Version>> = BTreeMap::new();
    for ((path, commit, _), text) in changes.into_iter().zip(texts) {
        files.entry(path).or_default().push(Version {
            commit,
            text: text?,
        });
    }
    Ok(History {
        state: State::Read,
        head: Some(head.id.to_string()),
        files,
    })
}

/// A tree's entries: name, whether it is a tree, and its id.
type Entries = BTreeMap<String, (bool, gix::ObjectId)>;

/// The trees decoded for the last commit compared: its "new" side is the next commit's "old"
/// side, decoded once.
#[derive(Default)]
struct Trees {
    decoded: std::collections::HashMap<gix::ObjectId, std::rc::Rc<Entries>>,
    newest: std::collections::HashSet<gix::ObjectId>,
}

impl Trees {
    /// Forgets every tree but those of the commit just compared.
    fn keep_newest(&mut self) {
        let newest = std::mem::take(&mut self.newest);
        self.decoded.retain(|id, _| newest.contains(id));
    }
}

fn entries(
    repo: &gix::Repository,
    trees: &mut Trees,
    tree: Option<gix::ObjectId>,
    newest: bool,
) -> gix::Result<std::rc::Rc<Entries>> {
    let Some(id) = tree else {
        return Ok(std::rc::Rc::default());
    };
    if newest {
        trees.newest.insert(id);
    }
    if let Some(found) = trees.decoded.get(&id) {
        return Ok(std::rc::Rc::clone(found));
    }
    let tree = repo.find_tree(id)?;
    let decoded = tree.decode()?;
    let entries: Entries = decoded
        .entries
        .iter()
        .map(|e| (e.filename.to_string(), (e.mode.is_tree(), e.oid.to_owned())))
        .collect();
    let entries = std::rc::Rc::new(entries);
    trees.decoded.insert(id, std::rc::Rc::clone(&entries));
    Ok(entries)
}

/// The Markdown files that differ between two trees at `path`: each with its new blob, or
/// `None` when it is gone.
fn diff(
    repo: &gix::Repository,
    trees: &mut Trees,
    old: Option<gix::ObjectId>,
    new: Option<gix::ObjectId>,
    path: &str,
    out: &mut Vec<(String, Option<gix::ObjectId>)>,
) -> gix::Result<()> {
    let (old, new) = (
        entries(repo, trees, old, false)?,
        entries(repo, trees, new, true)?,
    );
    let names: std::collections::BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for name in names {
        let (was, is) = (old.get(name), new.get(name));
        if was.map(|w| w.1) == is.map(|i| i.1) {
            continue;
        }
        let child = format!("{path}/{name}");
        let tree = |e: Option<&(bool, gix::ObjectId)>| e.filter(|e| e.0).map(|e| e.1);
        let blob = |e: Option<&(bool, gix::ObjectId)>| e.filter(|e| !e.0).map(|e| e.1);
        if tree(was).is_some() || tree(is).is_some() {
            diff(repo, trees, tree(was), tree(is), &child, out)?;
        }
        if (blob(was).is_some() || blob(is).is_some()) && name.ends_with(".md") {
            out.push((child, blob(is)));
        }
    }
    Ok(())
}
