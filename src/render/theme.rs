//! Theme resolution: which templates, static files and message files a site uses. The default
//! theme is compiled into the binary; a site may carry `themes/<name>/` (which wins over the
//! built-in one), and its own `templates/`, `static/` and `i18n/` override the theme's files of
//! the same name (and a message file's messages override the theme's messages of the same name).

use crate::diagnostics::{Diagnostic, Diagnostics, Location, file_location};
use crate::words::catalogue::MessageFile;
use include_dir::{Dir, include_dir};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The default theme's files: its templates and static files here, its messages with the
/// catalogues ([`crate::words::catalogue::builtin_messages`]).
static DEFAULT_TEMPLATES: Dir<'static> =
    include_dir!("$CARGO_MANIFEST_DIR/themes/default/templates");
static DEFAULT_STATIC: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default/static");
static DEFAULT_THEME_TOML: &str = include_str!("../../themes/default/theme.toml");

/// Where a file of the theme comes from.
#[derive(Debug, Clone)]
pub enum Origin {
    /// Compiled into candor.
    Builtin(&'static [u8]),
    /// A file on disk.
    Disk(PathBuf),
}

/// A template's text and the file it came from (for messages).
#[derive(Debug, Clone)]
pub struct TemplateSource {
    /// The template text.
    pub text: String,
    /// Shown in messages: a path relative to the site root, or `(built-in)/templates/x.html`.
    pub shown: PathBuf,
}

/// `themes/<name>/theme.toml`.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct ThemeFile {
    /// The theme's name.
    pub name: Option<String>,
    /// What it looks like.
    pub description: Option<String>,
    /// Who made it.
    pub author: Option<String>,
    /// Settings templates read as `extra.<key>`, with their defaults.
    #[serde(default)]
    pub extra: toml::Table,
}

/// The resolved theme of a site.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    /// Its `theme.toml`.
    pub info: ThemeFile,
    /// Template name (`partner.html`) to source.
    pub templates: BTreeMap<String, TemplateSource>,
    /// Output path (`style.css`) to file.
    pub static_files: BTreeMap<String, Origin>,
    /// The message files (`i18n/<language>/*.ftl`): built in, then the theme's on disk, then
    /// the site's own.
    pub messages: Vec<MessageFile>,
}

/// Resolves theme `name` for the site at `root`. `location` is where the theme was named,
/// for the message when it does not exist.
pub fn resolve(
    root: &Path,
    name: &str,
    location: Location,
    diagnostics: &mut Diagnostics,
) -> Option<Theme> {
    let mut theme = Theme::default();
    add_builtin(&mut theme);
    let plain_name = !name.is_empty()
        && !name.starts_with('.')
        && !name.contains(['/', '\\', ':'])
        && std::path::Path::new(name).components().count() == 1;
    if !plain_name {
        diagnostics.push(
            Diagnostic::error(
                location,
                format!("`{name}` is not the name of a folder in themes/"),
            )
            .with_hint("a theme is a folder themes/<name>/ in the site folder: write only its name, such as `theme = \"plain\"`"),
        );
        return None;
    }
    let on_disk = root.join("themes").join(name);
    let theme_meta = crate::files::metadata(root, &on_disk).unwrap_or_else(|d| {
        diagnostics.push(*d);
        None
    });
    if theme_meta.is_some_and(|m| m.is_dir()) {
        // A theme on disk replaces the built-in files it has; the rest come from the default.
        let add = |rel, text, shown| {
            theme.templates.insert(rel, TemplateSource { text, shown });
        };
        read_dir_into(root, &on_disk.join("templates"), diagnostics, add);
        read_messages(
            root,
            &on_disk.join("i18n"),
            1,
            diagnostics,
            &mut theme.messages,
        );
        collect_static(
            root,
            &on_disk.join("static"),
            diagnostics,
            &mut theme.static_files,
        );
        let toml_path = on_disk.join("theme.toml");
        let builtin_extra = std::mem::take(&mut theme.info.extra);
        let toml_meta = crate::files::metadata(root, &toml_path).unwrap_or_else(|d| {
            diagnostics.push(*d);
            None
        });
        theme.info = if toml_meta.is_some_and(|m| m.is_file()) {
            read_theme_file(root, &toml_path, diagnostics)
        } else {
            ThemeFile::default()
        };
        // Templates inherited from the default theme still read its settings.
        for (key, value) in builtin_extra {
            theme.info.extra.entry(key).or_insert(value);
        }
    } else if name != "default" {
        diagnostics.push(
            Diagnostic::error(location, format!("there is no theme `{name}`"))
                .with_hint(format!("add the theme at themes/{name}/ (with templates/ and static/), or remove `theme` to use the default theme")),
        );
        return None;
    }
    read_dir_into(
        root,
        &root.join("templates"),
        diagnostics,
        |rel, text, shown| {
            theme.templates.insert(rel, TemplateSource { text, shown });
        },
    );
    collect_static(
        root,
        &root.join("static"),
        diagnostics,
        &mut theme.static_files,
    );
    read_messages(
        root,
        &root.join("i18n"),
        2,
        diagnostics,
        &mut theme.messages,
    );
    Some(theme)
}

/// The `.ftl` files of an `i18n/` folder, each in a language folder, at `layer`. A file at the
/// same path as one of an earlier layer replaces it.
fn read_messages(
    root: &Path,
    dir: &Path,
    layer: u8,
    diagnostics: &mut Diagnostics,
    out: &mut Vec<MessageFile>,
) {
    let mut found = Vec::new();
    read_dir_into(root, dir, diagnostics, |path, text, shown| {
        if path.ends_with(".ftl") {
            found.push(MessageFile {
                path,
                text,
                shown,
                layer,
            });
        }
    });
    for file in found {
        if !file.path.contains('/') {
            diagnostics.push(
                Diagnostic::warning(
                    file_location(&file.shown),
                    "this message file is not in a language folder, so it is not used",
                )
                .with_hint("put it in i18n/<language>/, such as i18n/fr/site.ftl"),
            );
            continue;
        }
        out.retain(|f| f.path != file.path);
        out.push(file);
    }
}

fn read_theme_file(root: &Path, path: &Path, diagnostics: &mut Diagnostics) -> ThemeFile {
    let shown = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            diagnostics.push(Diagnostic::error(
                file_location(&shown),
                format!("cannot read theme.toml: {e}"),
            ));
            return ThemeFile::default();
        }
    };
    match toml::from_str::<ThemeFile>(&text) {
        Ok(info) => info,
        Err(e) => {
            let src = crate::diagnostics::SourceText::new(&shown, text.as_str());
            let span = e.span().unwrap_or(0..0);
            diagnostics.push(Diagnostic::error(
                src.location(span.start, span.end),
                e.message().to_string(),
            ));
            ThemeFile::default()
        }
    }
}

fn add_builtin(theme: &mut Theme) {
    theme.info = toml::from_str(DEFAULT_THEME_TOML).unwrap_or_default();
    add_builtin_templates(&DEFAULT_TEMPLATES, &mut theme.templates);
    add_builtin_static(&DEFAULT_STATIC, &mut theme.static_files);
    theme.messages = crate::words::catalogue::builtin_messages();
}

fn add_builtin_templates(dir: &'static Dir<'static>, out: &mut BTreeMap<String, TemplateSource>) {
    for file in dir.files() {
        let rel = file.path();
        out.insert(
            slash_path(rel),
            TemplateSource {
                text: String::from_utf8_lossy(file.contents()).into_owned(),
                shown: Path::new("(built-in default theme)/templates").join(rel),
            },
        );
    }
    for sub in dir.dirs() {
        add_builtin_templates(sub, out);
    }
}

fn add_builtin_static(dir: &'static Dir<'static>, out: &mut BTreeMap<String, Origin>) {
    for file in dir.files() {
        out.insert(slash_path(file.path()), Origin::Builtin(file.contents()));
    }
    for sub in dir.dirs() {
        add_builtin_static(sub, out);
    }
}

fn slash_path(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn read_dir_into(
    root: &Path,
    dir: &Path,
    diagnostics: &mut Diagnostics,
    mut add: impl FnMut(String, String, PathBuf),
) {
    let (files, problems) = crate::files::files_under(root, dir, false);
    for problem in problems {
        diagnostics.push(problem);
    }
    for file in files {
        let rel = slash_path(file.strip_prefix(dir).unwrap_or(&file));
        let shown = file.strip_prefix(root).unwrap_or(&file).to_path_buf();
        match std::fs::read_to_string(&file) {
            Ok(text) => add(rel, text, shown),
            Err(e) => diagnostics.push(Diagnostic::error(
                file_location(shown),
                format!("cannot read the template: {e}"),
            )),
        }
    }
}

/// The files of a `static/` folder (hidden ones left out), by their path in the site.
fn collect_static(
    root: &Path,
    dir: &Path,
    diagnostics: &mut Diagnostics,
    out: &mut BTreeMap<String, Origin>,
) {
    let (files, problems) = crate::files::files_under(root, dir, true);
    for problem in problems {
        diagnostics.push(problem);
    }
    for file in files {
        let rel = file.strip_prefix(dir).unwrap_or(&file);
        out.insert(slash_path(rel), Origin::Disk(file.clone()));
    }
}
