//! The `candor` command line: parse arguments, run the subcommand (one file each in
//! `commands/`, which only the binary has), exit with its code.

mod commands;

use candor::BuildOptions;
use candor::date::Date;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Build honest transparency websites for alliances from a folder of plain-text content.
///
/// A site is a folder with content/ (alliance.toml and one Markdown file per partner,
/// objective, milestone, success, setback, case study, page and newsletter issue).
#[derive(Parser)]
#[command(name = "candor", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into a folder any static host can serve.
    ///
    /// The output folder is replaced only when the whole build succeeded; a failed build
    /// leaves the previous site as it was.
    #[command(
        after_help = "Examples:\n  candor build\n  candor build --root my-alliance --date 2025-12-31\n  candor build --base-url https://preview.example.org/ --output preview/"
    )]
    Build {
        #[command(flatten)]
        site: SiteArgs,
        /// Where to write the site [default: <ROOT>/public].
        #[arg(long, short, value_name = "DIR")]
        output: Option<PathBuf>,
        /// Use this base URL instead of `base_url` in alliance.toml (for a preview host).
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Do not write the site when there are warnings.
        #[arg(long)]
        strict: bool,
    },
    /// Preview the site while you write: builds into memory, serves it, and reloads the
    /// browser on every save. Never touches public/.
    #[command(
        after_help = "Examples:\n  candor serve\n  candor serve --root my-alliance --port 8080 --open\n  candor serve --bind 0.0.0.0 --poll      # in a VM or on a network drive\n  candor serve --bind 0.0.0.0 --allow-host preview.lan\n\nThe preview answers only requests for an IP address (127.0.0.1:1111), localhost (and\n*.localhost) or a name given with --allow-host; any other host name gets 403, so that a web\npage elsewhere cannot read it by pointing its own name at this machine (DNS rebinding).\nCtrl+C stops it (exit code 0); a second Ctrl+C stops it without waiting (exit code 130)."
    )]
    Serve {
        #[command(flatten)]
        site: SiteArgs,
        /// The address to listen on; use 0.0.0.0 to let other machines see the preview.
        #[arg(long, default_value = "127.0.0.1", value_name = "ADDRESS")]
        bind: String,
        /// The port (0 picks a free one).
        #[arg(long, short, default_value_t = 1111)]
        port: u16,
        /// Open the preview in a browser.
        #[arg(long)]
        open: bool,
        /// Poll for changes instead of using file events (network drives, WSL, some VMs).
        #[arg(long)]
        poll: bool,
        /// Also answer requests for this host name (repeatable); addresses and localhost
        /// are always answered, other names get 403.
        #[arg(long = "allow-host", value_name = "NAME")]
        allow_host: Vec<String>,
    },
    /// Check the content and templates (rendering every page in memory) and review what is
    /// legal but probably wrong; writes nothing.
    #[command(
        after_help = "Examples:\n  candor check\n  candor check --root my-alliance --strict\n  candor check --format github --strict      # in a GitHub Actions workflow\n  candor check --format json | jq -r .message\n\nExit codes: 0 no errors (and, with --strict, no warnings); 1 errors, or warnings with\n--strict; 2 the command line itself is wrong."
    )]
    Check {
        #[command(flatten)]
        site: SiteArgs,
        /// Exit with an error when there are warnings (for CI).
        #[arg(long)]
        strict: bool,
        /// How to write the problems: `human` (text with the offending line, on standard
        /// error), `json` (one JSON object per problem and line, on standard output) or
        /// `github` (GitHub Actions annotations, shown on the line in a pull request).
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
    },
    /// Create a new site, ready to build, whose example entries explain the format.
    #[command(
        after_help = "Examples:\n  candor init riverside-alliance --name \"Riverside Alliance\"\n  cd riverside-alliance && candor build\n  candor init riverside-alliance --host github --cms\n  candor init . --host netlify      # add a deploy configuration to this site\n  candor init . --cms               # add a content manager at /admin/ to this site\n\nHosts: github (GitHub Pages, by a GitHub Actions workflow), gitlab (GitLab Pages),\nnetlify, cloudflare (Cloudflare Pages). See docs/deploy.md."
    )]
    Init {
        /// The folder to create (it must be new or empty), or an existing site to add a
        /// deploy configuration (--host) or a content manager (--cms) to.
        dir: PathBuf,
        /// The alliance's name [default: the folder's name].
        #[arg(long)]
        name: Option<String>,
        /// Write into a folder that is not empty (files of the same name are replaced).
        #[arg(long)]
        force: bool,
        /// Also write a deploy configuration for this host, which downloads a released
        /// Candor (no Rust needed) and builds at the host's address.
        #[arg(long, value_enum)]
        host: Option<Host>,
        /// Also add a content manager (Decap CMS) at /admin/, so that writers edit entries in
        /// a browser form and each save is a commit.
        #[arg(long)]
        cms: bool,
    },
    /// Make an issue's email: email.html, email.txt and message.eml (ready for `sendmail -t`).
    #[command(
        after_help = "Examples:\n  candor newsletter autumn-2026\n  candor newsletter autumn-2026 --to \"Sam <sam@example.org>\" --output out/"
    )]
    Newsletter {
        /// The slug (its file name in content/newsletters/ without .md).
        slug: String,
        #[command(flatten)]
        site: SiteArgs,
        /// Where to write the files [default: <ROOT>/newsletters-out]; they go in <OUTPUT>/<SLUG>/.
        #[arg(long, short, value_name = "DIR")]
        output: Option<PathBuf>,
        /// The recipient [default: an undisclosed-recipients group].
        #[arg(long, value_name = "ADDRESS")]
        to: Option<String>,
        /// The issue in another language the site is published in (its translation, or the
        /// site's own words marked as such); written to <OUTPUT>/<SLUG>/<LANGUAGE>/.
        #[arg(long, value_name = "TAG")]
        language: Option<String>,
    },
    /// Add an entry: partner, objective, milestone, success, setback, case-study, page or
    /// newsletter. The slug is made from the title.
    #[command(
        after_help = "Examples:\n  candor new partner \"Ōtautahi Food Hub\"        # content/partners/otautahi-food-hub.md\n  candor new case-study \"A year of breakfasts\" --bundle\n  candor new setback \"Late delivery\" --root my-alliance"
    )]
    New {
        /// What kind of entry.
        #[arg(value_parser = ["partner", "objective", "milestone", "success", "setback", "case-study", "page", "newsletter"])]
        kind: String,
        /// Its title (a partner's name).
        title: String,
        /// The site folder, which holds content/.
        #[arg(long, short, default_value = ".", value_name = "DIR")]
        root: PathBuf,
        /// Make a bundle folder (<slug>/index.md) for images and PDFs beside the entry.
        #[arg(long)]
        bundle: bool,
    },
    /// Print a shell's completion script for candor.
    #[command(
        after_help = "Examples:\n  candor completions bash > ~/.local/share/bash-completion/completions/candor\n  candor completions zsh > ~/.zfunc/_candor       # with fpath+=~/.zfunc in ~/.zshrc\n  candor completions fish > ~/.config/fish/completions/candor.fish\n  candor completions powershell >> $PROFILE"
    )]
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print candor's manual page (roff), or write one page per command into a folder.
    #[command(
        after_help = "Examples:\n  candor man | man -l -\n  candor man --output /usr/local/share/man/man1   # candor.1, candor-build.1, ..."
    )]
    Man {
        /// Write candor.1 and a page for each command (candor-build.1, ...) into this folder.
        #[arg(long, short, value_name = "DIR")]
        output: Option<PathBuf>,
    },
}

/// Where `candor init --host` sets up publishing.
#[derive(Clone, Copy, ValueEnum)]
enum Host {
    /// GitHub Pages, by a GitHub Actions workflow.
    Github,
    /// GitLab Pages, by a GitLab CI job.
    Gitlab,
    /// Netlify, by netlify.toml.
    Netlify,
    /// Cloudflare Pages, by a build script.
    Cloudflare,
}

/// The formats `candor check --format` writes.
#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    /// Text for a person, with the offending line.
    Human,
    /// One JSON object per problem, one per line.
    Json,
    /// GitHub Actions annotations.
    Github,
}

#[derive(Args)]
struct SiteArgs {
    /// The site folder, which holds content/.
    #[arg(long, short, default_value = ".", value_name = "DIR")]
    root: PathBuf,
    /// The build date, for everything that depends on "today" (overdue milestones, consent).
    /// Default: today, or SOURCE_DATE_EPOCH when set.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<Date>,
    /// Include entries marked `draft = true`.
    #[arg(long)]
    drafts: bool,
    /// Show every warning: without it, of hundreds of warnings of one kind (a membership
    /// alliance's members, say) the first few are shown and the rest counted.
    #[arg(long, short)]
    verbose: bool,
    /// Leave out what the git history tells (each entry's change log, `due` dates rewritten
    /// without a re-plan, corrected figures, removed entries). By default it is read when the
    /// site is in a git repository.
    #[arg(long)]
    no_history: bool,
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse()
}

impl SiteArgs {
    fn options(&self, base_url: Option<String>) -> BuildOptions {
        BuildOptions {
            root: self.root.clone(),
            date: self.date,
            drafts: self.drafts,
            base_url,
            history: !self.no_history,
            search_index: true,
        }
    }
}

/// mimalloc: the build allocates many small values on both cores at once, where it is
/// measurably faster than the system allocator (see benches/).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e` in mimalloc 3's
/// `mimalloc.h`; the Rust bindings name no constant for it). The test below checks its
/// default, 1000 ms, so that a renumbered option is caught.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keeps the memory a command frees for its own later use instead of handing it back to the
/// system a second later. A build is a short process that frees and allocates as it goes;
/// memory handed back is zeroed again by the kernel when it is taken again, which at
/// 100,000 entries was a third of the build's system time. `serve` runs for hours and
/// keeps the default, so that what a rebuild frees goes back.
fn keep_freed_memory() {
    // SAFETY: `mi_option_set` only stores the option's value; mimalloc reads it when it next
    // decides whether to hand memory back. -1 means never.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) }
}

fn main() {
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Serve { .. }) {
        keep_freed_memory();
    }
    let code = match cli.command {
        Command::Build {
            site,
            output,
            base_url,
            strict,
        } => {
            let output = output.unwrap_or_else(|| site.root.join("public"));
            commands::build::run(&site.options(base_url), &output, strict, site.verbose)
        }
        Command::Serve {
            site,
            bind,
            port,
            open,
            poll,
            allow_host,
        } => commands::serve::run(candor::serve::ServeOptions {
            build: site.options(None),
            bind,
            port,
            open,
            poll,
            debounce: std::time::Duration::from_millis(20),
            allowed_hosts: allow_host,
            verbose: site.verbose,
        }),
        Command::Check {
            site,
            strict,
            format,
        } => {
            let format = match format {
                CheckFormat::Human => candor::diagnostics::Format::Human,
                CheckFormat::Json => candor::diagnostics::Format::Json,
                CheckFormat::Github => candor::diagnostics::Format::Github,
            };
            commands::check::run(&site.options(None), strict, site.verbose, format)
        }
        Command::Init {
            dir,
            name,
            force,
            host,
            cms,
        } => {
            let host = host.map(|host| match host {
                Host::Github => commands::deploy::Host::Github,
                Host::Gitlab => commands::deploy::Host::Gitlab,
                Host::Netlify => commands::deploy::Host::Netlify,
                Host::Cloudflare => commands::deploy::Host::Cloudflare,
            });
            commands::init::run(&dir, name.as_deref(), force, host, cms)
        }
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "candor", &mut std::io::stdout());
            0
        }
        Command::Man { output } => commands::manual::run(Cli::command(), output.as_deref()),
        Command::Newsletter {
            slug,
            site,
            output,
            to,
            language,
        } => {
            let output = output.unwrap_or_else(|| site.root.join("newsletters-out"));
            let options = site.options(None);
            commands::newsletter::run(
                &options,
                (&slug, language.as_deref()),
                &output,
                to.as_deref(),
                site.verbose,
            )
        }
        Command::New {
            kind,
            title,
            root,
            bundle,
        } => commands::new::run(&root, &kind, &title, bundle),
    };
    std::process::exit(code);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_option_kept_is_mimallocs_purge_delay() {
        let from_environment = ["MIMALLOC_PURGE_DELAY", "MIMALLOC_RESET_DELAY"]
            .iter()
            .any(|name| std::env::var_os(name).is_some());
        // SAFETY: reading an option only reads it.
        let before = unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) };
        if !from_environment {
            assert_eq!(before, 1000, "mimalloc's default purge delay, in ms");
        }
        keep_freed_memory();
        // SAFETY: as above.
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) }, -1);
    }
}
