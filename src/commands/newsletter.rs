//! `candor newsletter <slug>`: an issue's email.html, email.txt and message.eml.

use candor::BuildOptions;
use candor::diagnostics::print as print_diagnostics;
use candor::format::human_bytes;
use std::path::Path;

/// Runs the command; returns the exit code.
pub(crate) fn run(
    options: &BuildOptions,
    (slug, language): (&str, Option<&str>),
    output: &Path,
    to: Option<&str>,
    verbose: bool,
) -> i32 {
    let prepared = match candor::prepare(options, None) {
        Ok(p) => p,
        Err(failure) => {
            print_diagnostics(&failure.diagnostics, verbose);
            return 1;
        }
    };
    print_diagnostics(&prepared.diagnostics, verbose);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let own = language.is_none_or(|l| l.eq_ignore_ascii_case(&prepared.site.alliance.language));
    let other = match language.filter(|_| !own) {
        None => None,
        Some(code) => match candor::in_language(&prepared, code) {
            Some(Ok(site)) => Some(site),
            Some(Err(failure)) => {
                print_diagnostics(&failure.diagnostics, verbose);
                return 1;
            }
            None => {
                let languages: Vec<&str> = prepared
                    .site
                    .languages
                    .iter()
                    .map(|l| l.code.as_str())
                    .collect();
                eprintln!(
                    "error: the site is not published in `{code}`; its languages are: {}",
                    if languages.is_empty() {
                        prepared.site.alliance.language.as_str().to_string()
                    } else {
                        languages.join(", ")
                    }
                );
                return 1;
            }
        },
    };
    let (site, words, tera) = match &other {
        Some(l) => (&l.site, &l.words, &l.tera),
        None => (&prepared.site, &prepared.values.words, &prepared.tera),
    };
    let email = match candor::newsletter::compose((site, words), tera, slug, to, now) {
        Ok(email) => email,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let dir = match language.filter(|_| !own) {
        Some(code) => output.join(slug).join(code),
        None => output.join(slug),
    };
    if let Some(problem) = leaves_the_site(&options.root, &dir) {
        eprintln!("error: {problem}");
        return 1;
    }
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: could not create {}: {e}", dir.display());
        return 1;
    }
    let files: [(&str, &[u8]); 3] = [
        ("email.html", email.html.as_bytes()),
        ("email.txt", email.text.as_bytes()),
        ("message.eml", &email.eml),
    ];
    for (name, bytes) in files {
        let path = dir.join(name);
        if let Err(e) = replace_file(&path, bytes) {
            eprintln!("error: could not write {}: {e}", path.display());
            return 1;
        }
        println!("{} ({})", path.display(), human_bytes(bytes.len() as u64));
    }
    if email.html.len() >= 100_000 {
        eprintln!("warning: email.html is over 100 KB; Gmail clips messages that large");
    }
    println!(
        "Send it with: sendmail -t < {}",
        dir.join("message.eml").display()
    );
    0
}

/// Why writing under `dir` would write outside the site folder at `root` although `dir` is
/// written inside it: a link on the way (a `newsletters-out` committed as a link) leads out.
fn leaves_the_site(root: &Path, dir: &Path) -> Option<String> {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (root, dir) = (absolute(root), absolute(dir));
    if !dir.starts_with(&root) {
        return None;
    }
    let real_root = std::fs::canonicalize(&root).ok()?;
    let mut existing = dir.as_path();
    while !existing.exists() {
        existing = existing.parent()?;
    }
    let real = std::fs::canonicalize(existing).ok()?;
    (!real.starts_with(&real_root)).then(|| {
        format!(
            "{} leads through a link to {}, outside the site folder; Candor does not write through links that leave the site folder (pass --output with the real folder if that is where the email should go)",
            existing.display(),
            real.display()
        )
    })
}

/// Writes `bytes` to `path` through a new file renamed into place, so that a link standing
/// at `path` is replaced rather than followed.
fn replace_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let name = path
        .file_name()
        .map_or_else(Default::default, |n| n.to_string_lossy().into_owned());
    let temporary = path.with_file_name(format!(".{name}.candor-new-{}", std::process::id()));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temporary)
        .and_then(|mut file| file.write_all(bytes));
    match written.and_then(|()| std::fs::rename(&temporary, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = std::fs::remove_file(&temporary);
            Err(e)
        }
    }
}
