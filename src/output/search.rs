//! The search index (`/pagefind/`): the records of [`crate::render::search`] indexed by
//! Pagefind in-process, with the script that reads the index in a browser. The search page's
//! own script loads it; pages stay complete without it.

use crate::render::search::Record;
use std::collections::BTreeMap;

/// The folder of the index under the site: Pagefind's own name, so its script finds its files.
pub const DIR: &str = "pagefind/";

/// Why the index could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexError(pub String);

impl IndexError {
    /// Pagefind's thread ended without an answer (it panicked).
    pub fn stopped() -> IndexError {
        IndexError("Pagefind stopped unexpectedly".into())
    }
}

impl std::fmt::Display for IndexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the search index could not be made: {}", self.0)
    }
}

/// The files of the index of `records`, in `language` (a BCP 47 tag): paths under the site
/// (all under [`DIR`]) with their bytes, in path order. Pagefind does the work on a thread of
/// its own with its own async runtime, so this may be called from a server's request; it uses
/// rayon's pool, so it must not be called from one of the pool's threads.
pub fn index(records: Vec<Record>, language: &str) -> Result<Vec<(String, Vec<u8>)>, IndexError> {
    let language = language.to_ascii_lowercase();
    std::thread::scope(|scope| {
        scope
            .spawn(|| index_now(records, &language))
            .join()
            .unwrap_or_else(|_| Err(IndexError::stopped()))
    })
}

fn failed(e: impl std::fmt::Display) -> IndexError {
    IndexError(e.to_string())
}

/// Pagefind's ready-made interfaces, which the site does not use (the theme's search page has
/// its own): left out of the site.
fn unused(name: &str) -> bool {
    name.starts_with("pagefind-ui.")
        || name.starts_with("pagefind-modular-ui.")
        || name.starts_with("pagefind-component-ui.")
        || name == "pagefind-highlight.js"
        || name.starts_with("playground/")
}

fn index_now(records: Vec<Record>, language: &str) -> Result<Vec<(String, Vec<u8>)>, IndexError> {
    use pagefind::api::PagefindIndex;
    use pagefind::options::PagefindServiceConfig;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| IndexError(e.to_string()))?;
    runtime.block_on(async {
        let options = PagefindServiceConfig::builder()
            .keep_index_url(true)
            .force_language(language.to_string())
            .build();
        let mut index = PagefindIndex::new(Some(options)).map_err(failed)?;
        for r in records {
            let meta =
                BTreeMap::from([("title".to_string(), r.title), ("kind".to_string(), r.kind)]);
            let filters = r
                .filters
                .into_iter()
                .map(|(name, values)| (name.to_string(), values))
                .collect();
            index
                .add_custom_record(
                    r.url,
                    r.text,
                    language.to_string(),
                    Some(meta),
                    Some(filters),
                    None,
                )
                .await
                .map_err(failed)?;
        }
        let files = index.get_files().await.map_err(failed)?;
        let mut files: Vec<(String, Vec<u8>)> = files
            .into_iter()
            .map(|f| (f.filename.to_string_lossy().replace('\\', "/"), f.contents))
            .filter(|(name, _)| !unused(name))
            .map(|(name, bytes)| (format!("{DIR}{name}"), bytes))
            .collect();
        files.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(files)
    })
}
