//! Trust: what an adversarial tester found, each case as a reader or an author sees it. Bad
//! figures, dates and files are refused with a located message; nothing outside the site
//! folder is read through a link; a folder that cannot be read is never taken for an empty
//! one, nor a file changed while the site is built mixed into it; files a browser would run
//! are not published from a bundle.

mod common;
use common::*;
use std::path::Path;

/// Asserts that the build failed and printed `message` at `position` (`file:line:column`).
fn assert_error_at(run: &Run, position: &str, message: &str) {
    assert_eq!(run.code, 1, "should fail:\n{}", run.stderr);
    let at = format!("--> {position}");
    let found = run
        .stderr
        .split("\n\n")
        .any(|b| b.lines().any(|l| l.trim() == at) && b.contains(message));
    assert!(found, "no `{message}` at {position} in:\n{}", run.stderr);
}

#[test]
fn figures_that_cannot_be_published_are_refused_where_they_are_written() {
    let cases = [
        (
            "baseline = nan",
            "content/objectives/jobs.md:7:12",
            "`NaN` is not a number that can be published",
        ),
        (
            "baseline = inf",
            "content/objectives/jobs.md:7:12",
            "`inf` is not a number that can be published",
        ),
        (
            "baseline = 2e19",
            "content/objectives/jobs.md:7:12",
            "is too large: figures are at most 1,000,000,000,000,000",
        ),
    ];
    for (line, position, message) in cases {
        let site = TestSite::small();
        let objective =
            std::fs::read_to_string(site.root.join("content/objectives/jobs.md")).unwrap();
        site.write(
            "content/objectives/jobs.md",
            &objective.replace("baseline = 10", line),
        );
        assert_error_at(&site.build_fails("2025-06-01"), position, message);
    }
    let site = TestSite::small();
    site.write("content/successes/x.md", "+++\ntitle = \"X\"\ndate = 2024-01-01\nmetrics = [{ label = \"Meals\", value = -inf }]\n+++\n");
    assert_error_at(
        &site.build_fails("2025-06-01"),
        "content/successes/x.md:4:39",
        "`-inf` is not a number that can be published",
    );
    let site = TestSite::small();
    let acme = std::fs::read_to_string(site.root.join("content/partners/acme.md")).unwrap();
    site.write(
        "content/partners/acme.md",
        &acme.replace("amount = 400", "amount = 1e300"),
    );
    assert_error_at(
        &site.build_fails("2025-06-01"),
        "content/partners/acme.md:16:10",
        "is too large",
    );
}

#[test]
fn the_largest_figures_print_with_every_digit() {
    let site = TestSite::small();
    let acme = std::fs::read_to_string(site.root.join("content/partners/acme.md")).unwrap();
    site.write(
        "content/partners/acme.md",
        &acme
            .replace("amount = 400", "amount = 1e15")
            .replace("amount = 1000", "amount = 999999999999999"),
    );
    site.build("2025-06-01");
    let page = site.text("partners/acme/index.html");
    assert!(page.contains("1,000,000,000,000,000"), "{page}");
    assert!(
        !page.contains("18,446,744,073,709,551,615") && !page.contains("inf"),
        "{page}"
    );
}

#[test]
fn a_bad_source_date_epoch_is_an_error_not_ignored() {
    let site = TestSite::small();
    for value in ["abc", "99999999999999", "-5"] {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_candor"));
        command
            .args(["build", "--root"])
            .arg(&site.root)
            .env("SOURCE_DATE_EPOCH", value);
        let run = run_command(&mut command);
        assert_eq!(run.code, 1, "{value}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!(
                "error: SOURCE_DATE_EPOCH is `{value}`, which is not a Unix time"
            )),
            "{value}: {}",
            run.stderr
        );
        assert!(!site.public().exists(), "nothing is published");
    }
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_candor"));
    command
        .args(["build", "--root"])
        .arg(&site.root)
        .env("SOURCE_DATE_EPOCH", "1767225600");
    let run = run_command(&mut command);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("dated 2026-01-01"), "{}", run.stdout);
}

#[test]
fn empty_titles_and_tags_that_would_share_a_page_are_errors() {
    let site = TestSite::small();
    site.write(
        "content/successes/x.md",
        "+++\ntitle = \"  \"\ndate = 2024-01-01\n+++\n",
    );
    assert_error_at(
        &site.build_fails("2025-06-01"),
        "content/successes/x.md:2:1",
        "the success has an empty `title`",
    );

    let site = TestSite::small();
    site.write(
        "content/successes/x.md",
        "+++\ntitle = \"X\"\ndate = 2024-01-01\ntags = [\"C++\"]\n+++\n",
    );
    site.write(
        "content/successes/y.md",
        "+++\ntitle = \"Y\"\ndate = 2024-01-02\ntags = [\"C\"]\n+++\n",
    );
    assert_error_at(
        &site.build_fails("2025-06-01"),
        "content/successes/x.md:4:9",
        "the tags `C` and `C++` would share one page, /tags/c/",
    );

    // Written the same way but for case and spaces, they are one tag.
    let site = TestSite::small();
    site.write(
        "content/successes/x.md",
        "+++\ntitle = \"X\"\ndate = 2024-01-01\ntags = [\"Food bank\"]\n+++\n",
    );
    site.write(
        "content/successes/y.md",
        "+++\ntitle = \"Y\"\ndate = 2024-01-02\ntags = [\"food  Bank\"]\n+++\n",
    );
    site.build("2025-06-01");
    assert!(site.text("tags/food-bank/index.html").contains("X"));
}

#[test]
fn a_choice_of_the_wrong_type_lists_the_choices() {
    let site = TestSite::small();
    site.write(
        "content/milestones/x.md",
        "+++\ntitle = \"X\"\ndue = 2024-01-01\nstatus = 3\n+++\n",
    );
    let run = site.build_fails("2025-06-01");
    assert_error_at(
        &run,
        "content/milestones/x.md:4:10",
        "wrong type: expected one of `planned`, `in-progress`, `achieved`, `delayed`, `missed` or `cancelled`, as a quoted string",
    );
    assert!(
        run.stderr.contains("hint: for example `\"planned\"`"),
        "{}",
        run.stderr
    );
}

#[test]
fn old_mac_line_endings_are_counted_as_lines() {
    let site = TestSite::small();
    site.write(
        "content/successes/x.md",
        "+++\rtitle = \"X\"\rdate = 2024-01-01\rpartners = [\"acm\"]\r+++\rBody\r",
    );
    assert_error_at(
        &site.build_fails("2025-06-01"),
        "content/successes/x.md:4:13",
        "there is no partner with the slug `acm`",
    );
}

#[test]
fn a_very_long_line_is_shown_cut_around_the_problem() {
    let site = TestSite::small();
    let long = "x".repeat(150_000);
    site.write(
        "content/successes/x.md",
        &format!(
            "+++\ntitle = \"{long}\"\ndate = 2024-01-01\npartners = [\"acm\"] # {long}\n+++\n"
        ),
    );
    let run = site.build_fails("2025-06-01");
    assert_error_at(
        &run,
        "content/successes/x.md:4:13",
        "there is no partner with the slug `acm`",
    );
    assert!(
        run.stderr.len() < 2_000,
        "the message echoes {} bytes",
        run.stderr.len()
    );
    assert!(
        run.stderr.contains(" 4 | partners = [\"acm\"] # xxx"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("xxx…\n"), "{}", run.stderr);
}

#[test]
fn new_refuses_a_page_that_would_replace_a_section() {
    let site = TestSite::small();
    let run = site.run(&["new", "page", "Partners"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stderr.contains("error: cannot make an entry called \"Partners\": a page at /partners/ would take the place of the site's own list of partners"),
        "{}",
        run.stderr
    );
    assert!(!site.root.join("content/pages/partners.md").exists());
}

#[test]
fn files_a_browser_would_run_are_not_published_from_a_bundle() {
    let cases: [(&str, &[u8], &str, &str); 7] = [
        ("page.html", b"<script>alert(1)</script>", "content/case-studies/story/page.html:1:1", "a `.html` file cannot be published from a bundle"),
        ("app.js", b"alert(1)", "content/case-studies/story/app.js:1:1", "a `.js` file cannot be published from a bundle"),
        ("feed.xml", b"<x/>", "content/case-studies/story/feed.xml:1:1", "a `.xml` file cannot be published from a bundle"),
        ("x.svg", b"<s:svg xmlns:s=\"http://www.w3.org/2000/svg\">\n<s:script>alert(1)</s:script></s:svg>", "content/case-studies/story/x.svg:2:1", "this SVG contains a <script> element"),
        ("x.svg", b"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:l=\"http://www.w3.org/1999/xlink\"><a l:href=\"&#106;avascript:alert(1)\"><text>x</text></a></svg>", "content/case-studies/story/x.svg:1:", "this SVG contains a link that runs script (`href`)"),
        ("x.svg", b"<svg xmlns=\"http://www.w3.org/2000/svg\"><text>caf\xe9</text><script>alert(1)</script></svg>", "content/case-studies/story/x.svg:1:1", "this SVG is not UTF-8 text"),
        ("x.svg", b"<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\"><img src=\"x\" onerror=\"alert(1)\"/></div></foreignObject></svg>", "content/case-studies/story/x.svg:1:", "this SVG contains a <foreignObject> element"),
    ];
    for (name, bytes, position, message) in cases {
        let site = TestSite::small();
        site.write(
            "content/case-studies/story/index.md",
            "+++\ntitle = \"Story\"\ndate = 2024-01-01\n+++\n",
        );
        site.write_bytes(&format!("content/case-studies/story/{name}"), bytes);
        let run = site.build_fails("2025-06-01");
        let found = run
            .stderr
            .split("\n\n")
            .any(|b| b.contains(&format!("--> {position}")) && b.contains(message));
        assert!(
            found,
            "{name}: no `{message}` at {position} in:\n{}",
            run.stderr
        );
        assert!(!site.public().exists(), "{name}: nothing is published");
    }
}

#[test]
fn the_unsubscribe_header_never_carries_a_script_link() {
    let site = TestSite::small();
    site.write("content/alliance.toml", &format!("{ALLIANCE}\n[newsletter]\nfrom = \"News <news@example.org>\"\nfooter = \"[Unsubscribe](javascript:alert(1))\"\n"));
    site.write(
        "content/newsletters/n.md",
        "+++\ntitle = \"N\"\ndate = 2024-12-31\n+++\nHello.\n",
    );
    let out = site.root.join("mail");
    let run = site.run(&[
        "newsletter",
        "n",
        "--date",
        "2025-06-01",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stderr.contains("the unsubscribe link `javascript:alert(1)` in `[newsletter] footer` (content/alliance.toml) is not a web or mailto: address"), "{}", run.stderr);
    assert!(!out.join("n/message.eml").exists());
}

#[test]
fn links_that_leave_the_site_folder_are_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("secret.env"),
        "API_KEY=do-not-publish\n",
    )
    .unwrap();
    std::fs::write(
        outside.path().join("passwd"),
        "root:x:0:0:root:/root:/bin/bash\n",
    )
    .unwrap();
    std::fs::create_dir_all(outside.path().join("setbacks")).unwrap();
    let link = |target: &Path, at: &Path| {
        std::fs::create_dir_all(at.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(target, at).unwrap();
    };

    // static/ itself a link out of the site.
    let site = TestSite::small();
    link(outside.path(), &site.root.join("static"));
    assert_error_at(
        &site.build_fails("2025-06-01"),
        "static:1:1",
        "outside the site folder; Candor does not follow links that leave the site folder",
    );

    // A file in static/ that links out.
    let site = TestSite::small();
    site.write("static/ok.txt", "fine");
    link(
        &outside.path().join("secret.env"),
        &site.root.join("static/secret.env"),
    );
    assert_error_at(
        &site.build_fails("2025-06-01"),
        "static/secret.env:1:1",
        "outside the site folder",
    );

    // A bundle's index.md that links to a file outside: never read, never quoted.
    let site = TestSite::small();
    link(
        &outside.path().join("passwd"),
        &site.root.join("content/case-studies/story/index.md"),
    );
    let run = site.build_fails("2025-06-01");
    assert_error_at(
        &run,
        "content/case-studies/story/index.md:1:1",
        "outside the site folder",
    );
    assert!(!run.stderr.contains("root:x"), "{}", run.stderr);

    // A collection folder that links out.
    let site = TestSite::small();
    std::fs::remove_dir_all(site.root.join("content/setbacks")).unwrap();
    link(
        &outside.path().join("setbacks"),
        &site.root.join("content/setbacks"),
    );
    assert_error_at(
        &site.build_fails("2025-06-01"),
        "content/setbacks:1:1",
        "outside the site folder",
    );

    // Links that stay inside the site folder are followed.
    let site = TestSite::small();
    site.write("shared/logo.txt", "logo");
    link(
        &site.root.join("shared/logo.txt"),
        &site.root.join("static/logo.txt"),
    );
    site.build("2025-06-01");
    assert_eq!(site.page("logo.txt"), "logo");
    assert!(!site.public().join("secret.env").exists());
}

#[test]
fn a_file_where_a_collection_folder_should_be_is_an_error() {
    let site = TestSite::small();
    std::fs::remove_dir_all(site.root.join("content/setbacks")).unwrap();
    site.write("content/setbacks", "oops");
    assert_error_at(
        &site.build_fails("2025-06-01"),
        "content/setbacks:1:1",
        "`content/setbacks` should be a folder, but it is a file",
    );
}

/// Runs the candor binary as an ordinary user (uid 65534) when the tests run as root, which
/// reads every file whatever its permissions (CI runs as root); as that user when not root.
/// The site must be readable by that user, except what the test takes away.
fn candor_as_ordinary_user(args: &[&str], root: &Path) -> Run {
    let root_user = std::process::Command::new("id")
        .arg("-u")
        .output()
        .unwrap()
        .stdout
        == b"0\n";
    let mut command = if root_user {
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"]);
        c.arg(env!("CARGO_BIN_EXE_candor"));
        c
    } else {
        std::process::Command::new(env!("CARGO_BIN_EXE_candor"))
    };
    command
        .args(args)
        .arg("--root")
        .arg(root)
        .env_remove("SOURCE_DATE_EPOCH");
    run_command(&mut command)
}

/// Sets `path`'s permission bits.
fn mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Makes the whole site, and the temporary folder holding it, readable by every user, so
/// that [`candor_as_ordinary_user`] reads it until a test takes a permission away.
fn readable_by_all(site: &TestSite) {
    for dir in [site.root.parent().unwrap(), &site.root] {
        mode(dir, 0o777);
    }
    for file in walk(&site.root) {
        mode(&file, 0o644);
        let mut dir = file.parent().unwrap();
        while dir.starts_with(&site.root) && dir != site.root {
            mode(dir, 0o755);
            dir = dir.parent().unwrap();
        }
    }
}

#[test]
fn an_unreadable_folder_is_an_error_never_an_empty_collection() {
    let site = TestSite::small();
    readable_by_all(&site);
    let run = candor_as_ordinary_user(&["check", "--date", "2025-06-01"], &site.root);
    assert_eq!(
        run.code, 0,
        "the readable site checks clean:\n{}",
        run.stderr
    );

    mode(&site.root.join("content/setbacks"), 0o000);
    let run = candor_as_ordinary_user(&["check", "--date", "2025-06-01"], &site.root);
    mode(&site.root.join("content/setbacks"), 0o755);
    assert_error_at(
        &run,
        "content/setbacks:1:1",
        "cannot read the folder: Permission denied",
    );

    mode(&site.root.join("content/setbacks/late-start.md"), 0o000);
    let run = candor_as_ordinary_user(&["check", "--date", "2025-06-01"], &site.root);
    mode(&site.root.join("content/setbacks/late-start.md"), 0o644);
    assert_error_at(
        &run,
        "content/setbacks/late-start.md:1:1",
        "Permission denied",
    );
}

#[test]
fn an_unreadable_static_file_is_reported_as_unreadable() {
    let site = TestSite::small();
    site.write("static/files/report.pdf", "%PDF");
    readable_by_all(&site);
    mode(&site.root.join("static/files/report.pdf"), 0o000);
    let out = site.root.join("out");
    let run = candor_as_ordinary_user(
        &[
            "build",
            "--date",
            "2025-06-01",
            "--output",
            out.to_str().unwrap(),
        ],
        &site.root,
    );
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stderr.contains("could not read ")
            && run
                .stderr
                .contains("static/files/report.pdf: Permission denied"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("could not write"), "{}", run.stderr);
    assert!(!out.exists(), "nothing was published");
}

#[test]
fn pictures_whose_consent_ran_out_are_not_published_from_the_bundle() {
    let site = TestSite::small();
    site.write("content/case-studies/story/index.md", "+++\ntitle = \"A story\"\ndate = 2024-09-01\nconsent_until = 2025-01-31\nimage = \"photo.svg\"\nimage_alt = \"Two people\"\n+++\nSee [the report](report.pdf).\n");
    site.write(
        "content/case-studies/story/photo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.write("content/case-studies/story/clip.MP4", "not really a video");
    site.write("content/case-studies/story/report.pdf", "%PDF-1.4");
    site.build("2025-01-31");
    assert!(site.public().join("case-studies/story/photo.svg").is_file());
    site.build("2025-02-01");
    let story = site.public().join("case-studies/story");
    assert!(
        !story.join("photo.svg").exists(),
        "the picture is still published at its address"
    );
    assert!(!story.join("clip.MP4").exists());
    assert!(story.join("report.pdf").is_file(), "documents stay");
}

#[test]
fn figures_that_would_mislead_are_errors() {
    // A target within a rounding of its baseline: "inf% of the way" before.
    let site = TestSite::small();
    let objective = std::fs::read_to_string(site.root.join("content/objectives/jobs.md")).unwrap();
    site.write(
        "content/objectives/jobs.md",
        &objective.replace("target = 30", "target = 10.001"),
    );
    assert_error_at(
        &site.build_fails("2025-06-01"),
        "content/objectives/jobs.md:5:1",
        "the indicator `People in work` has the same baseline and target (10)",
    );
    // Two measurements on one date: which is the latest was left to the order of the file.
    let site = TestSite::small();
    site.write(
        "content/objectives/jobs.md",
        &objective.replace(
            "measurements = [{ date = 2024-06-01, value = 15, verification = \"audited\" }]",
            "measurements = [{ date = 2024-06-01, value = 24 }, { date = 2024-06-01, value = 5 }]",
        ),
    );
    assert_error_at(
        &site.build_fails("2025-06-01"),
        "content/objectives/jobs.md:9:61",
        "the indicator `People in work` has two measurements on 2024-06-01 (24 and 5)",
    );
}

#[test]
fn a_theme_is_a_folder_of_themes_and_its_settings_file_is_not_read_through_a_link_out() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(outside.path().join("static")).unwrap();
    std::fs::write(outside.path().join("static/secret.env"), "KEY=1").unwrap();
    std::fs::write(
        outside.path().join("credentials"),
        "aws_secret_access_key = wJalr\n",
    )
    .unwrap();
    for theme in [outside.path().to_str().unwrap(), "../../outside", ".hidden"] {
        let site = TestSite::small();
        std::fs::create_dir_all(site.root.join("themes")).unwrap();
        site.write(
            "content/alliance.toml",
            &format!("{ALLIANCE}theme = \"{theme}\"\n"),
        );
        let run = site.build_fails("2025-06-01");
        assert_error_at(
            &run,
            "content/alliance.toml:4:9",
            &format!("`{theme}` is not the name of a folder in themes/"),
        );
        assert!(!site.public().exists());
    }
    let site = TestSite::small();
    site.write("themes/mine/templates/.keep", "");
    std::os::unix::fs::symlink(
        outside.path().join("credentials"),
        site.root.join("themes/mine/theme.toml"),
    )
    .unwrap();
    site.write(
        "content/alliance.toml",
        &format!("{ALLIANCE}theme = \"mine\"\n"),
    );
    let run = site.build_fails("2025-06-01");
    assert_error_at(
        &run,
        "themes/mine/theme.toml:1:1",
        "outside the site folder",
    );
    assert!(!run.stderr.contains("wJalr"), "{}", run.stderr);
}

#[test]
fn newsletter_and_new_never_write_through_a_link() {
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join(".bashrc");
    std::fs::write(&victim, "# mine\n").unwrap();
    let site = TestSite::small();
    site.write(
        "content/alliance.toml",
        &format!("{ALLIANCE}\n[newsletter]\nfrom = \"News <news@example.org>\"\n"),
    );
    site.write(
        "content/newsletters/n.md",
        "+++\ntitle = \"N\"\ndate = 2024-12-31\n+++\n    touch /tmp/pwned\n",
    );
    // A link where a file of the email goes: replaced, not followed.
    std::fs::create_dir_all(site.root.join("newsletters-out/n")).unwrap();
    std::os::unix::fs::symlink(&victim, site.root.join("newsletters-out/n/email.txt")).unwrap();
    let run = site.run(&["newsletter", "n", "--date", "2025-06-01"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "# mine\n");
    let written = site.root.join("newsletters-out/n/email.txt");
    assert!(
        !std::fs::symlink_metadata(&written)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    // The output folder itself a link out of the site: refused.
    std::fs::remove_dir_all(site.root.join("newsletters-out")).unwrap();
    std::os::unix::fs::symlink(outside.path(), site.root.join("newsletters-out")).unwrap();
    let run = site.run(&["newsletter", "n", "--date", "2025-06-01"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stderr.contains("outside the site folder; Candor does not write through links that leave the site folder"), "{}", run.stderr);
    assert!(!outside.path().join("n").exists());

    // `candor new` and a dangling link at the entry's place.
    std::os::unix::fs::symlink(
        outside.path().join("new.sh"),
        site.root.join("content/partners/foo-bar.md"),
    )
    .unwrap();
    let run = site.run(&["new", "partner", "Foo Bar"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    assert!(!outside.path().join("new.sh").exists());
}

#[test]
fn a_public_link_out_of_the_site_is_followed_only_to_an_earlier_build() {
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("autostart");
    let site = TestSite::small();
    std::os::unix::fs::symlink(&target, site.public()).unwrap();
    let run = site.build_fails("2025-06-01");
    assert!(
        run.stderr
            .contains("it is a link inside the site folder to ")
            && run
                .stderr
                .contains("which holds no earlier candor build; to build there, pass --output"),
        "{}",
        run.stderr
    );
    assert!(!target.exists(), "nothing was created outside the site");
    // Built there once on purpose, the link is followed from then on.
    let run = site.run(&[
        "build",
        "--date",
        "2025-06-01",
        "--output",
        target.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site.build("2025-06-01");
    assert!(
        std::fs::symlink_metadata(site.public())
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(target.join("index.html").is_file());
}

/// Entries' Markdown is read again when their pages are made: a file changed between the
/// start of a build and its page stops the build with the file named, rather than publishing
/// a page whose body and front matter come from two different versions.
#[test]
fn a_file_changed_while_the_site_is_built_stops_the_build_and_names_it() {
    let site = TestSite::small();
    let mut options = candor::BuildOptions::new(&site.root);
    options.date = Some(candor::date::Date::new(2025, 1, 15).unwrap());
    let prepared = candor::prepare(&options, None).unwrap();
    let drawn = candor::render::charts::Drawn::default();
    let plan = candor::render::PagePlan::new(&prepared.site, &prepared.values, &drawn);
    let pages = std::sync::Mutex::new(Vec::new());
    let keep = |info: &candor::render::PageInfo, html: String| {
        pages.lock().unwrap().push((info.path.clone(), html));
        Ok::<(), ()>(())
    };
    // Unchanged, the body is read again as it was.
    plan.render(&prepared.tera, |_| true, keep).unwrap();
    let first_hire = pages
        .lock()
        .unwrap()
        .iter()
        .find(|(p, _)| p == "successes/first-hire/index.html")
        .unwrap()
        .1
        .clone();
    assert!(visible_text(&first_hire).contains("A person got a job."));

    site.write(
        "content/successes/first-hire.md",
        "+++\ntitle = \"First hire\"\ndate = 2024-07-01\npartners = [\"acme\"]\nmilestone = \"launch\"\n+++\nTwo people got jobs.\n",
    );
    let Err(candor::render::RenderFailure::Templates(found)) =
        plan.render(&prepared.tera, |_| true, |_, _| Ok::<(), ()>(()))
    else {
        panic!("the build went on with a changed file");
    };
    let shown: Vec<String> = found.iter().map(|d| d.to_string()).collect();
    assert_eq!(shown.len(), 1, "{shown:?}");
    let problem = &shown[0];
    assert!(
        problem.contains("content/successes/first-hire.md"),
        "{problem}"
    );
    assert!(
        problem.contains("the file changed while the site was being built"),
        "{problem}"
    );
    assert!(problem.contains("run the command again"), "{problem}");
}
