//! Every kind of bad input gets a message naming the file, line and column, and the previous
//! site is left as it was.

mod common;
use common::*;

/// One bad-input case: file, contents, expected `file:line:column`, message, and hint.
type Case<'a> = (&'a str, &'a [u8], &'a str, &'a str, Option<&'a str>);

/// Builds the small site with one file replaced or added, and returns what the build printed.
fn build_with(path: &str, bytes: &[u8]) -> Run {
    let site = TestSite::small();
    site.write_bytes(path, bytes);
    site.build_fails("2025-06-01")
}

/// Asserts that stderr reports `message` at `position` (`file:line:column`), with `hint`.
fn assert_reported(run: &Run, position: &str, message: &str, hint: Option<&str>) {
    let block = run
        .stderr
        .split("\n\n")
        .find(|b| b.contains(&format!("--> {position}\n")) && b.contains(message))
        .unwrap_or_else(|| panic!("no `{message}` at {position} in:\n{}", run.stderr));
    if let Some(hint) = hint {
        let hints = block.split("= hint: ").nth(1).unwrap_or("");
        assert!(hints.contains(hint), "hint `{hint}` missing in:\n{block}");
    }
}

#[test]
fn front_matter_problems() {
    let cases: &[Case] = &[
        ("content/successes/x.md", b"", "content/successes/x.md:1:1", "error: the file is empty", Some("an entry starts with its fields between two `+++` lines")),
        ("content/successes/x.md", b"title = \"X\"\n", "content/successes/x.md:1:1", "error: expected the file to start with a `+++` line", None),
        ("content/successes/x.md", b"+++\ntitle = \"X\"\ndate = 2024-01-01\n", "content/successes/x.md:1:1", "error: the front matter opened here is never closed", Some("add a line with only `+++`")),
        ("content/successes/x.md", b"+++\ntitle = \"X\ndate = 2024-01-01\n+++\n", "content/successes/x.md:2:11", "error: invalid basic string", None),
        ("content/successes/x.md", b"+++\ntitle = \"X\"\ndate = 2024-01-01\ntags = [\"a\",\n+++\n", "content/successes/x.md:4:13", "error: unclosed array, expected `]`", None),
        ("content/successes/x.md", b"+++\ntitle = \"X\"\ndate = \"first of May\"\n+++\n", "content/successes/x.md:3:8", "expected a date like 2025-03-01", Some("write dates as YYYY-MM-DD")),
        ("content/successes/x.md", b"+++\ntitle = \"X\"\ndate = 2025-02-30\n+++\n", "content/successes/x.md:3:8", "error: invalid date", None),
        ("content/successes/x.md", b"+++\ntitle = \"X\"\ndate = \"2025-02-30\"\n+++\n", "content/successes/x.md:3:8", "February 2025 has 28 days, so day 30 does not exist", None),
        ("content/successes/x.md", b"+++\ndate = 2024-01-01\n+++\n", "content/successes/x.md:1:1", "error: missing required field `title`", Some("add `title = ...` to the front matter")),
        ("content/partners/x.md", b"+++\nname = \"X\"\nkind = \"charity\"\njoined = 2024-01-01\n+++\n", "content/partners/x.md:3:8", "error: unknown variant `charity`, expected one of `nonprofit`", None),
        ("content/partners/x.md", b"+++\nname = \"X\"\nkind = \"school\"\njoined = 2024-01-01\nroles = \"lead\"\n+++\n", "content/partners/x.md:5:9", "error: wrong type: found string \"lead\", expected a list", None),
        ("content/partners/x.md", b"+++\nname = \"X\"\nkind = \"school\"\njoined = 2024-01-01\n\n[[contributions]]\ndate = 2024-01-01\nkind = \"funds\"\namount = \"lots\"\n+++\n", "content/partners/x.md:9:10", "expected a number", None),
        ("content/successes/x.md", b"+++\ntitle = \"X\n\xff\"\n+++\n", "content/successes/x.md:3:1", "error: the file is not valid UTF-8 text", Some("save the file as UTF-8")),
    ];
    for (path, bytes, position, message, hint) in cases {
        let run = build_with(path, bytes);
        assert_reported(&run, position, message, *hint);
    }
}

#[test]
fn rule_problems() {
    let cases: &[(&str, &str, &str, &str, Option<&str>)] = &[
        (
            "content/milestones/x.md",
            "+++\ntitle = \"X\"\ndue = 2024-01-01\nstatus = \"achieved\"\n+++\n",
            "content/milestones/x.md:4:10",
            "error: an achieved milestone needs a `completed` date",
            Some("add `completed = YYYY-MM-DD`"),
        ),
        (
            "content/milestones/x.md",
            "+++\ntitle = \"X\"\ndue = 2024-01-01\nstatus = \"delayed\"\n+++\n",
            "content/milestones/x.md:4:10",
            "error: a delayed milestone needs at least one [[replans]] entry",
            None,
        ),
        (
            "content/milestones/x.md",
            "+++\ntitle = \"X\"\ndue = 2024-01-01\nstatus = \"planned\"\npartners = [\"acm\"]\n+++\n",
            "content/milestones/x.md:5:13",
            "error: there is no partner with the slug `acm`",
            Some("did you mean `acme`?"),
        ),
        (
            "content/milestones/x.md",
            "+++\ntitle = \"X\"\ndue = 2024-01-01\nstatus = \"planned\"\nobjective = \"zzz\"\n+++\n",
            "content/milestones/x.md:5:13",
            "error: there is no objective with the slug `zzz`",
            Some(
                "an objective's slug is its file name in content/objectives/ without .md; known: jobs",
            ),
        ),
        (
            "content/setbacks/x.md",
            "+++\ntitle = \"X\"\ndate = 2024-01-01\nseverity = \"low\"\nstatus = \"resolved\"\n+++\n",
            "content/setbacks/x.md:5:10",
            "error: a resolved setback needs a `resolved` date",
            None,
        ),
        (
            "content/setbacks/x.md",
            "+++\ntitle = \"X\"\ndate = 2024-01-01\nseverity = \"low\"\nstatus = \"open\"\n\n[[responses]]\npartner = \"nobody\"\ndate = 2024-01-02\ntext = \"No\"\n+++\n",
            "content/setbacks/x.md:8:11",
            "error: there is no partner with the slug `nobody`",
            None,
        ),
        (
            "content/successes/x.md",
            "+++\ntitle = \"X\"\ndate = 2024-01-01\nimage = \"/img/a.png\"\n+++\n",
            "content/successes/x.md:4:9",
            "error: an image needs alt text",
            None,
        ),
        (
            "content/successes/x.md",
            "+++\ntitle = \"X\"\ndate = 2024-01-01\nimage = \"../../etc/passwd\"\nimage_alt = \"x\"\n+++\n",
            "content/successes/x.md:4:9",
            "error: the image path `../../etc/passwd` leads outside the site",
            None,
        ),
        (
            "content/successes/x.md",
            "+++\ntitle = \"X\"\ndate = 2024-01-01\nimage = \"photo.jpg\"\nimage_alt = \"x\"\n+++\n",
            "content/successes/x.md:4:9",
            "error: the image `photo.jpg` is not in the entry's bundle",
            Some("make the entry a bundle"),
        ),
        (
            "content/successes/x.md",
            "+++\ntitle = \"X\"\ndate = 2024-01-01\nimage = \"/img/none.png\"\nimage_alt = \"x\"\n+++\n",
            "content/successes/x.md:4:9",
            "error: the image `/img/none.png` does not exist in static/",
            None,
        ),
        (
            "content/objectives/x.md",
            "+++\ntitle = \"X\"\n\n[[indicators]]\nname = \"Waiting\"\nbaseline = 10\ntarget = 5\n+++\n",
            "content/objectives/x.md:4:1",
            "should go up but its target (5) is not above its baseline (10)",
            Some("set `direction = \"decrease\"` if lower is better"),
        ),
        (
            "content/partners/x.md",
            "+++\nname = \"X\"\nkind = \"school\"\njoined = 2024-01-01\nleft = 2023-01-01\n+++\n",
            "content/partners/x.md:5:1",
            "error: `left` (2023-01-01) is before `joined` (2024-01-01)",
            None,
        ),
    ];
    for (path, text, position, message, hint) in cases {
        let run = build_with(path, text.as_bytes());
        assert_reported(&run, position, message, *hint);
    }
}

#[test]
fn references_to_drafts_are_refused() {
    let site = TestSite::small();
    site.write(
        "content/partners/acme.md",
        "+++\nname = \"Acme\"\nkind = \"business\"\njoined = 2024-01-01\ndraft = true\n+++\n",
    );
    let run = site.build_fails("2025-06-01");
    assert_reported(
        &run,
        "content/objectives/jobs.md:3:11",
        "error: `acme` is a draft partner, and a published entry cannot refer to it",
        Some("publish content/partners/acme.md"),
    );
    let run = site.run(&["build", "--date", "2025-06-01", "--drafts"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn slugs_must_be_unique_and_url_safe() {
    let site = TestSite::small();
    site.write(
        "content/successes/first-hire/index.md",
        "+++\ntitle = \"Again\"\ndate = 2024-01-01\n+++\n",
    );
    site.write(
        "content/successes/My Story.md",
        "+++\ntitle = \"Mine\"\ndate = 2024-01-01\n+++\n",
    );
    let run = site.build_fails("2025-06-01");
    assert!(run.stderr.contains("error: two success entries have the slug `first-hire`: content/successes/first-hire/index.md and content/successes/first-hire.md"), "{}", run.stderr);
    assert_reported(
        &run,
        "content/successes/My Story.md:1:1",
        "`My Story` cannot be used as a slug",
        Some("rename it to `my-story`"),
    );
}

#[test]
fn a_bundle_without_index_is_reported() {
    let site = TestSite::small();
    site.write("content/case-studies/story/photo.jpg", "x");
    let run = site.build_fails("2025-06-01");
    assert_reported(
        &run,
        "content/case-studies/story:1:1",
        "error: the folder `story` has no index.md",
        Some("add content/case-studies/story/index.md"),
    );
}

#[test]
fn unknown_fields_warn_with_a_suggestion_and_still_build() {
    let site = TestSite::small();
    site.write("content/partners/school.md", "+++\nname = \"Hill School\"\nkind = \"school\"\njoined = 2024-01-01\nwebsit = \"https://hill.example\"\n+++\n");
    site.write("content/milestones/plan.md", "+++\ntitle = \"Plan\"\ndue = 2024-03-01\nstatus = \"planned\"\n\n[[replans]]\ndate = 2024-02-01\ndue = 2024-04-01\nreason = \"x\"\npartners = [\"acme\"]\n+++\n");
    let run = site.build("2025-06-01");
    assert_reported(
        &run,
        "content/partners/school.md:5:1",
        "warning: unknown field `websit` is ignored",
        Some("did you mean `website`?"),
    );
    assert_reported(
        &run,
        "content/milestones/plan.md:10:1",
        "warning: unknown field `replans.0.partners` is ignored",
        Some("`partners` is written after the `[[replans]]` header"),
    );
}

#[test]
fn a_byte_order_mark_and_crlf_line_endings_work() {
    let site = TestSite::small();
    site.write_bytes("content/successes/windows.md", b"\xef\xbb\xbf+++\r\ntitle = \"Saved on Windows\"\r\ndate = 2024-01-01\r\n+++\r\nBody text.\r\n");
    site.build("2025-06-01");
    let text = site.text("successes/windows/index.html");
    assert!(
        text.contains("Saved on Windows") && text.contains("Body text."),
        "{text}"
    );
}

#[test]
fn every_error_is_reported_and_the_previous_site_is_kept() {
    let site = TestSite::small();
    site.build("2025-06-01");
    let before = snapshot(&site.public());

    site.write(
        "content/partners/bad.md",
        "+++\nname = \"Bad\"\nkind = \"charity\"\njoined = 2024-01-01\n+++\n",
    );
    site.write("content/milestones/x.md", "+++\ntitle = \"X\"\ndue = 2024-01-01\nstatus = \"achieved\"\npartners = [\"bad\", \"nobody\"]\n+++\n");
    site.write(
        "content/setbacks/y.md",
        "+++\ntitle = \"Y\"\ndate = 2024-01-01\nseverity = \"huge\"\nstatus = \"open\"\n+++\n",
    );
    let run = site.build_fails("2025-06-01");
    assert!(
        run.stderr.contains("problems found: 4 errors, 0 warnings"),
        "{}",
        run.stderr
    );
    assert_reported(
        &run,
        "content/partners/bad.md:3:8",
        "unknown variant `charity`",
        None,
    );
    assert_reported(
        &run,
        "content/milestones/x.md:4:10",
        "needs a `completed` date",
        None,
    );
    assert_reported(
        &run,
        "content/milestones/x.md:5:20",
        "there is no partner with the slug `nobody`",
        None,
    );
    assert_reported(
        &run,
        "content/setbacks/y.md:4:12",
        "unknown variant `huge`",
        None,
    );
    assert!(
        !run.stderr.contains("slug `bad`"),
        "an unreadable entry is not reported twice"
    );
    assert!(run.stderr.contains("is unchanged"));

    let after = snapshot(&site.public());
    assert!(before == after, "the previous site was touched");
}

#[test]
fn a_template_error_points_into_the_template() {
    let site = TestSite::small();
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{{ page.title \n{% endblock main %}\n",
    );
    let run = site.build_fails("2025-06-01");
    assert!(
        run.stderr.contains("error: template error:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("--> templates/page.html:"),
        "{}",
        run.stderr
    );
}

#[test]
fn missing_content_and_bad_settings_are_explained() {
    let site = TestSite::new();
    site.write(
        "content/alliance.toml",
        "name = \"X\"\nbase_url = \"example.org\"\n",
    );
    let run = site.build_fails("2025-06-01");
    assert_reported(
        &run,
        "content/alliance.toml:2:12",
        "`example.org` is not a usable base URL",
        Some("write the full address"),
    );

    site.write(
        "content/alliance.toml",
        "name = \"X\"\nbase_url = \"https://example.org/\"\ntheme = \"fancy\"\n",
    );
    let run = site.build_fails("2025-06-01");
    assert_reported(
        &run,
        "content/alliance.toml:3:9",
        "there is no theme `fancy`",
        Some("add the theme at themes/fancy/"),
    );

    site.remove("content/alliance.toml");
    let run = site.build_fails("2025-06-01");
    assert!(
        run.stderr.contains("content/alliance.toml:1:1"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("every site needs content/alliance.toml"),
        "{}",
        run.stderr
    );

    let empty = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_candor"))
        .args(["check", "--root"])
        .arg(empty.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no content folder"));
}

#[test]
fn bad_dates_on_the_command_line_are_refused() {
    let site = TestSite::small();
    let run = site.run(&["build", "--date", "2025-02-30"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("February 2025 has 28 days"),
        "{}",
        run.stderr
    );
}

#[test]
fn pages_cannot_take_the_name_of_a_section() {
    let site = TestSite::small();
    site.write(
        "content/pages/partners.md",
        "+++\ntitle = \"Our partners\"\n+++\n",
    );
    let run = site.build_fails("2025-06-01");
    assert_reported(
        &run,
        "content/pages/partners.md:1:1",
        "a page cannot be called `partners`",
        Some("rename content/pages/partners.md"),
    );
}

#[test]
fn a_build_killed_midway_leaves_the_previous_site_intact() {
    let site = TestSite::small();
    site.build("2025-06-01");
    let before = snapshot(&site.public());
    // A much larger site, so the build takes long enough to be killed in every phase.
    std::fs::remove_dir_all(site.root.join("content")).unwrap();
    candor::synth::write_site(
        &site.root,
        600,
        3,
        candor::date::Date::new(2025, 6, 1).unwrap(),
    )
    .unwrap();
    for delay_ms in [20, 80, 160, 320, 640] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_candor"))
            .args(["build", "--date", "2025-06-01", "--root"])
            .arg(&site.root)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL: no chance to clean up
        let finished = child.wait().unwrap().success();
        if finished {
            break; // the build won the race: nothing more to learn from longer delays
        }
        let now = snapshot(&site.public());
        if now != before {
            // Killed after the swap: then the new site must be complete.
            let public = site.public();
            assert!(
                public.join(".candor-build").is_file(),
                "killed after {delay_ms} ms: a half-written site"
            );
            assert!(
                public.join("sitemap.xml").is_file()
                    && public.join("successes/success-1/index.html").is_file()
            );
            break;
        }
    }
    let run = site.run(&["build", "--date", "2025-06-01"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let leftovers: Vec<String> = std::fs::read_dir(&site.root)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("candor-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert!(
        site.public()
            .join("successes/success-1/index.html")
            .is_file()
    );
}

#[test]
fn a_write_that_runs_out_of_room_keeps_the_previous_site() {
    let site = TestSite::small();
    site.build("2025-06-01");
    let before = std::fs::read(site.public().join("index.html")).unwrap();
    site.write(
        "content/pages/big.md",
        &format!(
            "+++\ntitle = \"Big\"\n+++\n{}",
            "A long line of text. ".repeat(20_000)
        ),
    );
    // A file-size limit of 64 KiB makes the big page's write fail, like a full disk would.
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 128; exec \"$0\" build --date 2025-06-01 --root \"$1\"")
        .arg(env!("CARGO_BIN_EXE_candor"))
        .arg(&site.root)
        .output()
        .unwrap();
    assert!(
        !out.status.success(),
        "the build should fail when it cannot write"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("could not write")
            && stderr.contains("the previous site was left as it was"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(site.public().join("index.html")).unwrap(),
        before
    );
    assert!(!site.public().join("big").exists());
    let leftovers = std::fs::read_dir(&site.root)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("candor-"))
        .count();
    assert_eq!(leftovers, 0, "the half-written staging folder is removed");
}

#[test]
fn huge_and_deeply_nested_markdown_builds() {
    let site = TestSite::small();
    let nested_quotes = ">".repeat(10_000);
    let nested_list: String = (0..2_000)
        .map(|i| format!("{}- level {i}\n", "  ".repeat(i)))
        .collect();
    site.write(
        "content/pages/deep.md",
        &format!("+++\ntitle = \"Deep\"\n+++\n{nested_quotes} bottom\n\n{nested_list}"),
    );
    let paragraph =
        "Words and *more* words with a [link](https://example.org/) and `code`. ".repeat(40);
    let big: String = (0..800)
        .map(|i| format!("## Part {i}\n\n{paragraph}\n\n"))
        .collect();
    assert!(big.len() > 2_000_000);
    site.write(
        "content/pages/big.md",
        &format!("+++\ntitle = \"Big\"\n+++\n{big}"),
    );
    site.build("2025-06-01");
    assert!(site.page("deep/index.html").contains("bottom"));
    assert!(site.page("big/index.html").contains("id=\"part-799\""));
}

#[test]
fn links_and_odd_names_in_content_are_refused_or_ignored_safely() {
    let site = TestSite::small();
    // A symlink loop, and a bundle asset that points outside the site.
    std::os::unix::fs::symlink(
        site.root.join("content"),
        site.root.join("content/partners/loop"),
    )
    .unwrap();
    site.write(
        "content/case-studies/story/index.md",
        "+++\ntitle = \"Story\"\ndate = 2024-01-01\n+++\n",
    );
    std::os::unix::fs::symlink(
        "/etc/passwd",
        site.root.join("content/case-studies/story/passwd.txt"),
    )
    .unwrap();
    // Links are followed only inside the site folder (see `candor::files`): the loop leads
    // to a folder with no index.md, the other out of the site.
    let run = site.build_fails("2025-06-01");
    assert!(
        run.stderr
            .contains("error: the folder `loop` has no index.md\n  --> content/partners/loop:1:1"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("error: this is a link to /etc/passwd, outside the site folder; Candor does not follow links that leave the site folder\n  --> content/case-studies/story/passwd.txt:1:1"), "{}", run.stderr);
    assert!(!site.public().exists());

    for name in [
        "Café Story.md",
        "what?.md",
        "a<b>.md",
        "Acme.md",
        "con:1.md",
    ] {
        let site = TestSite::small();
        site.write(
            &format!("content/successes/{name}"),
            "+++\ntitle = \"X\"\ndate = 2024-01-01\n+++\n",
        );
        let run = site.build_fails("2025-06-01");
        assert!(
            run.stderr.contains("cannot be used as a slug"),
            "{name}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains("= hint: rename it to `"),
            "{name}: {}",
            run.stderr
        );
    }
}

#[test]
fn a_reference_to_nothing_close_lists_the_first_known_slugs_in_order() {
    let site = TestSite::small();
    // Forty, written in a shuffled order (more than a small slice, which is sorted whole).
    for i in (0..40).map(|i| (i * 17) % 40 + 1) {
        let slug = format!("o-{i:02}");
        site.write(
            &format!("content/objectives/{slug}.md"),
            &format!("+++\ntitle = \"{slug}\"\n+++\n"),
        );
    }
    site.write(
        "content/milestones/x.md",
        "+++\ntitle = \"X\"\ndue = 2024-01-01\nstatus = \"planned\"\nobjective = \"zzz\"\n+++\n",
    );
    let run = site.build_fails("2025-06-01");
    assert_reported(
        &run,
        "content/milestones/x.md:5:13",
        "error: there is no objective with the slug `zzz`",
        Some("known: jobs, o-01, o-02, o-03, o-04, o-05, o-06, o-07"),
    );
    // Eight are listed, not every one.
    assert!(!run.stderr.contains("o-08"), "{}", run.stderr);
    // Past the first few problems of one entry, nothing is suggested: the list is the same.
    let unknown: Vec<String> = (1..=25).map(|i| format!("\"zz-{i:02}\"")).collect();
    site.write(
        "content/milestones/x.md",
        "+++\ntitle = \"X\"\ndue = 2024-01-01\nstatus = \"planned\"\n+++\n",
    );
    site.write(
        "content/case-studies/y.md",
        &format!(
            "+++\ntitle = \"Y\"\ndate = 2024-01-01\nobjectives = [{}]\n+++\n",
            unknown.join(", ")
        ),
    );
    let run = site.build_fails("2025-06-01");
    let last = run
        .stderr
        .split("\n\n")
        .find(|b| b.contains("the slug `zz-25`"))
        .unwrap_or_else(|| panic!("no problem with zz-25 in:\n{}", run.stderr));
    assert!(
        last.contains("known: jobs, o-01, o-02, o-03, o-04, o-05, o-06, o-07"),
        "{last}"
    );
}

/// A mistake the build only warns about still builds: a milestone not achieved with a
/// `completed` date gets its page (with the date it gives), not a template error.
#[test]
fn a_completed_date_on_a_milestone_not_achieved_is_a_warning_and_the_site_builds() {
    let site = TestSite::small();
    site.write(
        "content/milestones/launch.md",
        "+++\ntitle = \"Launch the scheme\"\ndue = 2025-05-01\nstatus = \"in-progress\"\ncompleted = 2024-12-01\nobjective = \"jobs\"\npartners = [\"acme\"]\n+++\n",
    );
    let run = site.build("2025-01-15");
    assert!(
        run.stderr
            .contains("`completed` is set but the status is `in-progress`"),
        "{}",
        run.stderr
    );
    let page = site.text("milestones/launch/index.html");
    assert!(page.contains("1 December 2024"), "{page}");
}
