//! `candor init --host`: a deploy configuration for a host, which downloads a released Candor
//! (checked against its published checksum) instead of compiling Rust, reads the whole git
//! history (change logs, re-plans and corrections come from it) and builds at the address the
//! host gives the site.

/// Where the site is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Host {
    /// GitHub Pages, by a GitHub Actions workflow.
    Github,
    /// GitLab Pages, by a `.gitlab-ci.yml` job.
    Gitlab,
    /// Netlify, by `netlify.toml`.
    Netlify,
    /// Cloudflare Pages, by a build command.
    Cloudflare,
}

/// Where the site is in its repository.
#[derive(Debug, Clone)]
pub(crate) struct Place {
    /// The site's folder from the repository's top: `""`, or `"site/"`.
    pub folder: String,
    /// The branch that is published.
    pub branch: String,
}

/// The release these configurations download: the one that wrote them.
const VERSION: &str = env!("CARGO_PKG_VERSION");
/// Where releases are published.
const RELEASES: &str = concat!(env!("CARGO_PKG_REPOSITORY"), "/releases/download");

/// The script that downloads and checks a released Candor and builds the site, for hosts that
/// run a build command (Netlify, Cloudflare Pages) and for any CI.
pub(crate) const SCRIPT: &str = "candor-deploy.sh";

/// The files to write for `host`, as (path from the repository's top, text).
pub(crate) fn files(host: Host, place: &Place) -> Vec<(String, String)> {
    match host {
        Host::Github => vec![(
            ".github/workflows/publish.yml".into(),
            github_workflow(place),
        )],
        Host::Gitlab => vec![(".gitlab-ci.yml".into(), gitlab_ci(place))],
        Host::Netlify => vec![
            ("netlify.toml".into(), netlify_toml(place)),
            (format!("{}{SCRIPT}", place.folder), deploy_script()),
        ],
        Host::Cloudflare => vec![(format!("{}{SCRIPT}", place.folder), deploy_script())],
    }
}

/// What to do after the files are written.
pub(crate) fn next_steps(host: Host, place: &Place) -> String {
    match host {
        Host::Github => format!(
            "On GitHub, before the first push: Settings > Pages > Build and deployment > Source: GitHub Actions. Every push to {} and a daily run (for what changes with the date: overdue milestones, expired consent) publish the site at https://<owner>.github.io/<repository>/ (or your custom domain); the workflow sets the address, whatever base_url says.",
            place.branch
        ),
        Host::Gitlab => format!(
            "Every push to the default branch publishes the site on GitLab Pages at the project's Pages address ($CI_PAGES_URL; set the CI/CD variable CANDOR_BASE_URL to use a custom domain); merge requests are checked. Add a daily pipeline schedule (Build > Pipeline schedules) so that what changes with the date (overdue milestones, expired consent) is published without a push. The site is built from {}.",
            if place.folder.is_empty() { "the repository's top" } else { &place.folder }
        ),
        Host::Netlify => "On Netlify: Add new project > Import an existing project, pick the repository and leave the base directory empty: netlify.toml sets it, the build command and the publish folder. Production builds use the site's Netlify address ($URL, or its custom domain), previews their own. For a daily rebuild (overdue milestones, expired consent), create a build hook and call it on a schedule (docs/deploy.md).".to_string(),
        Host::Cloudflare => format!(
            "On Cloudflare: Workers & Pages > Create > Pages > Connect to Git. Build command: `sh {SCRIPT}`; build output directory: `public`{}. Set base_url in content/alliance.toml to https://<project>.pages.dev/ or your domain (previews are built with that address too). For a daily rebuild (overdue milestones, expired consent), call a deploy hook on a schedule (docs/deploy.md).",
            if place.folder.is_empty() {
                String::new()
            } else {
                format!("; root directory: `{}`", place.folder.trim_end_matches('/'))
            }
        ),
    }
}

/// The shell lines that download the release for this machine into `$candor_dir`, check it
/// against the checksum published beside it, and unpack it. `CANDOR_VERSION` picks another
/// release; `CANDOR_RELEASES` a mirror of the release files.
fn install_lines() -> String {
    format!(
        r#"version="${{CANDOR_VERSION:-{VERSION}}}"
releases="${{CANDOR_RELEASES:-{RELEASES}}}"
if [ "$(uname -s)" != Linux ]; then
  echo "error: this script installs the Linux build of Candor; on $(uname -s), install Candor as README.md says" >&2
  exit 1
fi
case "$(uname -m)" in
  x86_64 | amd64) target=x86_64-unknown-linux-musl ;;
  aarch64 | arm64) target=aarch64-unknown-linux-musl ;;
  *) echo "error: no Candor release is built for $(uname -m)" >&2; exit 1 ;;
esac
candor_dir="$(mktemp -d)"
archive="candor-$target.tar.xz"
curl --fail --silent --show-error --location --retry 3 \
  --output "$candor_dir/$archive" "$releases/v$version/$archive" \
  --output "$candor_dir/$archive.sha256" "$releases/v$version/$archive.sha256"
(cd "$candor_dir" && echo "$(cut -d ' ' -f 1 "$archive.sha256")  $archive" | sha256sum -c -)
tar -xJf "$candor_dir/$archive" -C "$candor_dir" --strip-components 1
"$candor_dir/candor" --version
"#
    )
}

fn indented(text: &str, spaces: usize) -> String {
    let pad = " ".repeat(spaces);
    text.lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("{pad}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `--root <folder>` when the site is not at the repository's top (quoted for the shell
/// when it needs to be).
fn root_arg(place: &Place) -> String {
    match place.folder.trim_end_matches('/') {
        "" => String::new(),
        folder => format!(" --root {}", shell_word(folder)),
    }
}

/// `text` as one shell word: as it is when it is plain, in single quotes otherwise.
pub(crate) fn shell_word(text: &str) -> String {
    let plain = text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c));
    if plain && !text.is_empty() {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

fn github_workflow(place: &Place) -> String {
    let install = indented(&install_lines(), 10);
    let root = root_arg(place);
    let branch = &place.branch;
    format!(
        r#"# Publishes the site on GitHub Pages on every push to {branch}, and checks pull requests.
# Written by `candor init --host github` (Candor {VERSION}); see docs/deploy.md.
# On GitHub: Settings > Pages > Build and deployment > Source: "GitHub Actions".
name: Publish the site

on:
  push:
    branches: [{branch}]
  pull_request:
  workflow_dispatch:
  # Every day as well: what the site says changes with the date even when no file does
  # (milestones become overdue, consent for a quote or a photo expires). GitHub pauses
  # scheduled runs after 60 days without a commit; a push starts them again.
  schedule:
    - cron: "23 4 * * *"

permissions:
  contents: read

# One publication at a time; a newer push waits rather than cancelling one under way.
concurrency:
  group: pages-${{{{ github.ref }}}}
  cancel-in-progress: false

env:
  CANDOR_VERSION: "{VERSION}"

jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      # configure-pages reads the Pages settings (the site's address).
      pages: read
    steps:
      - uses: actions/checkout@v6
        with:
          # The whole history: each entry's change log, re-planned dates and corrected
          # figures are read from it.
          fetch-depth: 0
      - name: Install Candor
        run: |
{install}
          echo "$candor_dir" >> "$GITHUB_PATH"
      - name: Check the content
        run: candor check --format github{root}
      - name: Find the Pages address
        id: pages
        if: github.event_name != 'pull_request'
        uses: actions/configure-pages@v5
      - name: Build
        if: github.event_name != 'pull_request'
        env:
          # https://<owner>.github.io/<repository> (or the custom domain): a project site
          # lives under a sub-path, which every link of the site then carries.
          BASE_URL: ${{{{ steps.pages.outputs.base_url }}}}
        run: candor build{root} --output "$RUNNER_TEMP/site" --base-url "$BASE_URL/"
      - uses: actions/upload-pages-artifact@v4
        if: github.event_name != 'pull_request'
        with:
          path: ${{{{ runner.temp }}}}/site

  deploy:
    # Only the default branch is published (a run started by hand on another branch is not).
    if: github.event_name != 'pull_request' && github.ref_name == github.event.repository.default_branch
    needs: build
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
"#
    )
}

fn gitlab_ci(place: &Place) -> String {
    let install = indented(&install_lines(), 6);
    let root = root_arg(place);
    format!(
        r#"# Publishes the site on GitLab Pages from the default branch, and checks merge requests.
# Written by `candor init --host gitlab` (Candor {VERSION}); see docs/deploy.md.
variables:
  CANDOR_VERSION: "{VERSION}"
  # The whole history: each entry's change log, re-planned dates and corrected figures are
  # read from it.
  GIT_DEPTH: "0"

default:
  image: alpine:3.22
  before_script:
    - apk add --no-cache curl xz
    - |
{install}
      export PATH="$candor_dir:$PATH"

check:
  stage: test
  script:
    - candor check{root}
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"

pages:
  stage: deploy
  script:
    # $CI_PAGES_URL is the project's Pages address (a project site may live under a
    # sub-path, which every link of the site then carries); set the CI/CD variable
    # CANDOR_BASE_URL to publish at a custom domain instead.
    - candor build{root} --output "$CI_PROJECT_DIR/public" --base-url "${{CANDOR_BASE_URL:-$CI_PAGES_URL/}}"
  artifacts:
    paths:
      - public
  # Pushes to the default branch, and its pipeline schedules: add a daily one, since what the
  # site says changes with the date (overdue milestones, expired consent).
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
"#
    )
}

fn netlify_toml(place: &Place) -> String {
    let base = match place.folder.trim_end_matches('/') {
        "" => String::new(),
        folder => format!("  base = \"{folder}\"\n"),
    };
    format!(
        r#"# Builds the site on Netlify with a released Candor (see {SCRIPT}).
# Written by `candor init --host netlify` (Candor {VERSION}); see docs/deploy.md.
[build]
{base}  publish = "public"
  # $URL is the site's main Netlify address (or its custom domain).
  command = "sh {SCRIPT} \"$URL/\""

[build.environment]
  CANDOR_VERSION = "{VERSION}"

# Previews are built with their own address, so that their links stay on the preview.
[context.deploy-preview]
  command = "sh {SCRIPT} \"$DEPLOY_PRIME_URL/\""

[context.branch-deploy]
  command = "sh {SCRIPT} \"$DEPLOY_PRIME_URL/\""
"#
    )
}

fn deploy_script() -> String {
    format!(
        r#"#!/bin/sh
# Downloads a released Candor (checked against its published checksum) and builds the site
# into public/, for hosts that run a build command (Netlify, Cloudflare Pages) and any CI.
# Written by `candor init --host` (Candor {VERSION}); see docs/deploy.md.
#
#   sh {SCRIPT} [BASE_URL]
#
# BASE_URL: the address the site is published at, when it is not base_url in
# content/alliance.toml (a preview's address). CANDOR_VERSION picks another release.
set -eu
cd "$(dirname "$0")"
{install}
# The whole history: each entry's change log, re-planned dates and corrected figures are
# read from it. Hosts often clone only the last commit.
if [ "$(git rev-parse --is-shallow-repository 2>/dev/null)" = true ]; then
  if ! git fetch --quiet --unshallow; then
    if [ "${{CANDOR_ALLOW_SHALLOW:-}}" != 1 ]; then
      echo "error: could not fetch the git history, without which the site has no change logs, does not notice rewritten due dates and corrected figures, and lists no removed entries; set CANDOR_ALLOW_SHALLOW=1 to publish without them" >&2
      exit 1
    fi
    echo "warning: building without the git history (CANDOR_ALLOW_SHALLOW=1)" >&2
  fi
fi
if [ -n "${{1:-}}" ]; then
  "$candor_dir/candor" build --base-url "$1"
else
  "$candor_dir/candor" build
fi
"#,
        install = install_lines()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(folder: &str) -> Place {
        Place {
            folder: folder.into(),
            branch: "main".into(),
        }
    }

    #[test]
    fn every_host_downloads_this_release_and_checks_it() {
        for host in [Host::Github, Host::Gitlab, Host::Netlify, Host::Cloudflare] {
            let text: String = files(host, &place("")).into_iter().map(|f| f.1).collect();
            assert!(text.contains(VERSION), "{host:?}");
            assert!(text.contains("sha256sum -c -"), "{host:?}");
            assert!(!text.contains("cargo "), "{host:?} compiles Rust");
        }
    }

    #[test]
    fn a_site_in_a_folder_is_built_from_there() {
        let github = &files(Host::Github, &place("site/"))[0].1;
        assert!(
            github.contains("candor build --root site --output"),
            "{github}"
        );
        let netlify = files(Host::Netlify, &place("site/"));
        assert!(netlify[0].1.contains("base = \"site\""));
        assert_eq!(netlify[1].0, "site/candor-deploy.sh");
    }
}
