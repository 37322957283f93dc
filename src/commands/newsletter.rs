//! `candor newsletter <slug>`: an issue's email.html, email.txt and message.eml.

use candor::BuildOptions;
use candor::diagnostics::print as print_diagnostics;
use candor::format::human_bytes;
use std::path::Path;

/// Runs the command; returns the exit code.
pub(crate) fn run(options: &BuildOptions, slug: &str, output: &Path, to: Option<&str>) -> i32 {
    let prepared = match candor::prepare(options) {
        Ok(p) => p,
        Err(failure) => {
            print_diagnostics(&failure.diagnostics);
            return 1;
        }
    };
    print_diagnostics(&prepared.diagnostics);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let email = match candor::newsletter::compose(&prepared.site, &prepared.tera, slug, to, now) {
        Ok(email) => email,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let dir = output.join(slug);
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
        if let Err(e) = std::fs::write(&path, bytes) {
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
