//! The `candor` command line: parse arguments, call the library, exit with its code.

use candor::BuildOptions;
use candor::date::Date;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Build honest transparency websites for alliances from a folder of plain-text content.
#[derive(Parser)]
#[command(name = "candor", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into a folder any static host can serve.
    ///
    /// Example: candor build --root my-alliance --date 2025-12-31
    Build {
        #[command(flatten)]
        site: SiteArgs,
        /// Where to write the site [default: <ROOT>/public]. Replaced only when the build succeeds.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Use this base URL instead of `base_url` in alliance.toml (for a preview host).
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// Check the content and templates, rendering every page in memory; writes nothing.
    ///
    /// Example: candor check --root my-alliance
    Check {
        #[command(flatten)]
        site: SiteArgs,
    },
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
        }
    }
}

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Build {
            site,
            output,
            base_url,
        } => {
            let output = output.unwrap_or_else(|| site.root.join("public"));
            candor::commands::build::run(&site.options(base_url), &output)
        }
        Command::Check { site } => candor::commands::check::run(&site.options(None)),
    };
    std::process::exit(code);
}
