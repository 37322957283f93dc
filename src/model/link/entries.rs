//! What every entry has, whatever its kind: its address, tags, image and bundle files, and
//! its references to other entries resolved.

use super::*;

impl EntryLinker<'_, '_> {
    pub(super) fn meta<T: EntryFields>(
        &mut self,
        collection: Collection,
        e: &Entry<T>,
        title: &str,
        withhold_image: bool,
    ) -> Meta {
        let common = e.front.common();
        if title.trim().is_empty() {
            let key = if collection == Collection::Partners {
                "name"
            } else {
                "title"
            };
            self.diagnostics.push(
                Diagnostic::error(
                    e.key_location(key),
                    format!("the {} has an empty `{key}`", collection.singular()),
                )
                .with_hint(format!(
                    "every {} needs a {key}: it is the heading of its page and the text of every link to it",
                    collection.singular()
                )),
            );
        }
        let out_dir = entry_path(collection, &e.slug);
        let url = format!("{}{out_dir}", self.alliance.base_path);
        let source = source_path(e);
        let assets: Vec<(PathBuf, String)> = e
            .bundle
            .as_ref()
            .map(|b| {
                // Consent withdrawn or expired: the bundle's pictures are not published
                // either, not only left off the page.
                b.assets
                    .iter()
                    .filter(|a| !(withhold_image && crate::content::assets::is_picture(a)))
                    .map(|a| (b.dir.join(a), format!("{out_dir}{}", url_path(a))))
                    .collect()
            })
            .unwrap_or_default();
        let image = self.check_image(e, &url, withhold_image);
        let tags = common
            .tags
            .iter()
            .map(|t| TagLink {
                name: t.get_ref().trim().to_string(),
                url: format!(
                    "{}tags/{}/",
                    self.alliance.base_path,
                    crate::slug::slugify(t.get_ref())
                ),
            })
            .collect();
        for t in common.tags {
            if t.get_ref().trim().is_empty() {
                self.diagnostics.push(
                    Diagnostic::error(e.location(t.span()), "a tag cannot be empty")
                        .with_hint("remove the empty string from `tags`"),
                );
            }
        }
        Meta {
            collection,
            kind_label: Says::Singular { collection }.into(),
            slug: e.slug.clone(),
            title: title.to_string(),
            permalink: format!("{}{out_dir}", self.alliance.base_url),
            url,
            history: self
                .history_at(&source)
                .map(|h| h.log())
                .unwrap_or_default(),
            source,
            summary: common.summary.map(|s| s.trim().to_string()),
            tags,
            updated: common.updated,
            image,
            draft: common.draft,
            body: e.body.clone(),
            assets,
            origin: Some(e.source.clone()),
            reference: self.index.get(collection, &e.slug).cloned(),
            untranslated: self.translation.and_then(|t| {
                (!t.translated.contains(&(collection, e.slug.clone())))
                    .then(|| self.content.alliance.language.clone())
            }),
        }
    }

    /// Checks `image` and `image_alt`, and returns the image unless it is withheld.
    pub(super) fn check_image<T: EntryFields>(
        &mut self,
        e: &Entry<T>,
        page_url: &str,
        withhold: bool,
    ) -> Option<Image> {
        let common = e.front.common();
        let image = common.image?;
        let path = image.get_ref().trim();
        // Worked out only for a problem: a location reads the whole file.
        let location = || e.location(image.span());
        let alt = common.image_alt.map(str::trim).unwrap_or("");
        if alt.is_empty() {
            self.diagnostics.push(
                Diagnostic::error(location(), "an image needs alt text")
                    .with_hint("add `image_alt = \"...\"` describing what the image shows, for readers who cannot see it"),
            );
        }
        let url = if path.starts_with("https://") || path.starts_with("http://") {
            path.to_string()
        } else if escapes(path) {
            self.diagnostics.push(
                Diagnostic::error(location(), format!("the image path `{path}` leads outside the site"))
                    .with_hint("use a file in the entry's bundle folder, or a path like /images/x.jpg in static/"),
            );
            return None;
        } else if let Some(in_static) = path.strip_prefix('/') {
            let root = &self.content.root;
            if !root.join("static").join(in_static).is_file() {
                self.diagnostics.push(
                    Diagnostic::error(
                        location(),
                        format!("the image `{path}` does not exist in static/"),
                    )
                    .with_hint(format!(
                        "add the file at static/{in_static}, or fix the path"
                    )),
                );
                return None;
            }
            format!(
                "{}{}",
                self.alliance.root_path,
                url_path(Path::new(in_static))
            )
        } else {
            let in_bundle = e
                .bundle
                .as_ref()
                .is_some_and(|b| b.assets.iter().any(|a| a == Path::new(path)));
            if !in_bundle {
                let hint = if e.bundle.is_some() {
                    format!("put `{path}` in the bundle folder beside index.md, or fix the name")
                } else {
                    format!(
                        "make the entry a bundle (content/.../{}/index.md with `{path}` beside it), or use /{path} for a file in static/",
                        e.slug
                    )
                };
                self.diagnostics.push(
                    Diagnostic::error(
                        location(),
                        format!("the image `{path}` is not in the entry's bundle"),
                    )
                    .with_hint(hint),
                );
                return None;
            }
            // A bundle's files are published once, beside the entry's page in the site's own
            // language.
            let page_url = page_url.replacen(&self.alliance.base_path, &self.alliance.root_path, 1);
            format!("{page_url}{}", url_path(Path::new(path)))
        };
        (!withhold).then(|| Image {
            url,
            alt: alt.to_string(),
        })
    }

    pub(super) fn resolve(
        &mut self,
        c: Collection,
        w: &SlugRef,
        e: &Entry<impl Sized>,
    ) -> Option<Ref> {
        self.shared.index.resolve(c, w, e, &mut self.diagnostics)
    }

    pub(super) fn resolve_all(
        &mut self,
        c: Collection,
        w: &[SlugRef],
        e: &Entry<impl Sized>,
    ) -> Vec<Ref> {
        self.shared
            .index
            .resolve_all(c, w, e, &mut self.diagnostics)
    }

    pub(super) fn resolve_opt(
        &mut self,
        c: Collection,
        w: &Option<SlugRef>,
        e: &Entry<impl Sized>,
    ) -> Option<Ref> {
        w.as_ref().and_then(|w| self.resolve(c, w, e))
    }

    pub(super) fn error_at_key<T>(&mut self, e: &Entry<T>, key: &str, message: String, hint: &str) {
        self.diagnostics
            .push(Diagnostic::error(e.key_location(key), message).with_hint(hint));
    }
}

/// Where an entry's page lives under the site, without a leading slash: `partners/acme/`,
/// or `about/` for free pages, which live at the site root.
pub(super) fn entry_path(collection: Collection, slug: &str) -> String {
    match collection {
        Collection::Pages => format!("{slug}/"),
        c => format!("{}/{slug}/", c.dir()),
    }
}

pub(super) fn url_path(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// True when a relative path would leave the folder it is resolved against.
pub(super) fn escapes(path: &str) -> bool {
    let p = Path::new(path.trim_start_matches('/'));
    path.contains('\\')
        || path.starts_with("//")
        || p.components().any(|c| !matches!(c, Component::Normal(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_leave_the_folder_are_caught() {
        assert!(escapes("../x.jpg"));
        assert!(escapes("/../../etc/passwd"));
        assert!(escapes("a/../../b"));
        assert!(escapes("//evil.example/x.png"));
        assert!(!escapes("photos/a.jpg"));
        assert!(!escapes("/images/a.jpg"));
    }
}
