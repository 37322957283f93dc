//! Starting a site, adding entries, the review warnings of `check`, and themes.

mod common;
use common::*;
use std::process::Command;

/// `candor ARGS` on 2025-06-01, without colour.
fn candor(args: &[&str]) -> Run {
    run_command(
        Command::new(env!("CARGO_BIN_EXE_candor"))
            .args(args)
            .env("SOURCE_DATE_EPOCH", "1748736000")
            .env("NO_COLOR", "1"),
    )
}

#[test]
fn init_makes_a_site_that_builds_cleanly_with_working_links() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("riverside");
    let dir_s = dir.to_str().unwrap();
    let run = candor(&["init", dir_s, "--name", "Riverside Alliance"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Created a site for Riverside Alliance"));
    assert!(
        std::fs::read_to_string(dir.join(".gitignore"))
            .unwrap()
            .contains("/public/")
    );
    let settings = std::fs::read_to_string(dir.join("content/alliance.toml")).unwrap();
    assert!(settings.contains("name = \"Riverside Alliance\""));
    assert!(settings.contains("# reporting = \"annual\""));

    let check = candor(&["check", "--root", dir_s, "--strict"]);
    assert_eq!(
        check.code, 0,
        "the starter site has no warnings:\n{}{}",
        check.stdout, check.stderr
    );
    let build = candor(&["build", "--root", dir_s]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert_eq!(broken_links(&dir.join("public"), "/"), Vec::<String>::new());
    let home = std::fs::read_to_string(dir.join("public/index.html")).unwrap();
    assert!(home.contains("Riverside Alliance"));
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("notes.txt"), "mine").unwrap();
    let dir = tmp.path().to_str().unwrap();
    let run = candor(&["init", dir]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "is not empty; candor init only writes into a new or empty folder (use --force"
        ),
        "{}",
        run.stderr
    );
    assert!(!tmp.path().join("content").exists());
    let run = candor(&["init", dir, "--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("notes.txt")).unwrap(),
        "mine"
    );
}

#[test]
fn new_writes_an_entry_of_every_kind_that_builds() {
    let site = TestSite::small();
    let root = site.root.to_str().unwrap();
    for (kind, title, path) in [
        (
            "partner",
            "Ōtautahi Food Hub",
            "content/partners/otautahi-food-hub.md",
        ),
        (
            "objective",
            "Warm homes for all",
            "content/objectives/warm-homes-for-all.md",
        ),
        (
            "milestone",
            "Insulate 50 homes",
            "content/milestones/insulate-50-homes.md",
        ),
        (
            "success",
            "First 10 homes done!",
            "content/successes/first-10-homes-done.md",
        ),
        (
            "setback",
            "Supplier went bust",
            "content/setbacks/supplier-went-bust.md",
        ),
        (
            "case-study",
            "The Ngata family's winter",
            "content/case-studies/the-ngata-family-s-winter.md",
        ),
        ("page", "Contact us", "content/pages/contact-us.md"),
        (
            "newsletter",
            "Winter 2025",
            "content/newsletters/winter-2025.md",
        ),
    ] {
        let run = candor(&["new", kind, title, "--root", root]);
        assert_eq!(run.code, 0, "{kind}: {}", run.stderr);
        assert!(run.stdout.contains(path), "{}", run.stdout);
        let text = std::fs::read_to_string(site.root.join(path)).unwrap();
        assert!(
            text.contains(&format!(
                "{} = \"{title}\"",
                if kind == "partner" { "name" } else { "title" }
            )),
            "{text}"
        );
    }
    let run = candor(&[
        "new",
        "case-study",
        "With photos",
        "--bundle",
        "--root",
        root,
    ]);
    assert_eq!(run.code, 0);
    assert!(
        site.root
            .join("content/case-studies/with-photos/index.md")
            .is_file()
    );

    let build = candor(&["build", "--root", root]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(
        site.text("partners/otautahi-food-hub/index.html")
            .contains("Ōtautahi Food Hub")
    );
    assert!(
        site.text("milestones/insulate-50-homes/index.html")
            .contains("First agreed due date 30 August 2025")
    );
}

#[test]
fn new_refuses_to_overwrite_and_explains_mistakes() {
    let site = TestSite::small();
    let root = site.root.to_str().unwrap();
    let run = candor(&["new", "partner", "Acme", "--root", root]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "content/partners/acme.md already exists; candor new never overwrites an entry"
        ),
        "{}",
        run.stderr
    );
    let run = candor(&["new", "success", "First hire", "--bundle", "--root", root]);
    assert_eq!(run.code, 1, "a bundle must not shadow a file entry");
    let run = candor(&["new", "widget", "X", "--root", root]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("invalid value 'widget'"),
        "{}",
        run.stderr
    );
    let empty = tempfile::tempdir().unwrap();
    let run = candor(&[
        "new",
        "partner",
        "X",
        "--root",
        empty.path().to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("no content/alliance.toml); run `candor init DIR` first"),
        "{}",
        run.stderr
    );
}

#[test]
fn check_reviews_what_is_legal_but_probably_wrong() {
    let site = TestSite::small();
    site.write("content/milestones/old.md", "+++\ntitle = \"Old plan\"\ndue = 2024-01-01\nstatus = \"planned\"\npartners = [\"acme\"]\n+++\n");
    site.write("content/setbacks/quiet.md", "+++\ntitle = \"Quiet\"\ndate = 2024-01-10\nseverity = \"low\"\nstatus = \"open\"\npartners = [\"acme\"]\n+++\n");
    site.write(
        "content/objectives/empty.md",
        "+++\ntitle = \"Empty\"\n+++\n",
    );
    let root = site.root.to_str().unwrap();
    let run = candor(&["check", "--root", root]);
    assert_eq!(run.code, 0, "warnings do not fail: {}", run.stderr);
    for expected in [
        "warning: `old` is still planned 517 days after it was due\n  --> content/milestones/old.md:4:1",
        "warning: `quiet` has been open for 508 days with no actions\n  --> content/setbacks/quiet.md:5:1",
        "warning: `quiet` is open and has had no update for 508 days",
        "warning: the objective `empty` has no indicators\n  --> content/objectives/empty.md:2:1",
        "warning: nothing refers to the objective `empty`",
        "warning: the partner `acme` has no roles\n  --> content/partners/acme.md:2:1",
        "warning: the indicator `People in work` of `jobs` has not been measured for 365 days\n  --> content/objectives/jobs.md:6:8",
    ] {
        assert!(
            run.stderr.contains(expected),
            "missing `{expected}` in:\n{}",
            run.stderr
        );
    }
    assert!(run.stdout.contains("Due for review, by partner:\n  Acme Works:\n    - milestone \"Old plan\" is overdue by 517 days\n    - milestone \"Launch the scheme\" is overdue by 31 days"), "{}", run.stdout);
    assert!(!run.stderr.contains('\x1b'), "NO_COLOR means no colour");

    let strict = candor(&["check", "--root", root, "--strict"]);
    assert_eq!(strict.code, 1);
    assert!(strict.stderr.contains("Failing because of --strict"));
    let build = candor(&["build", "--root", root, "--strict"]);
    assert_eq!(
        build.code, 0,
        "review warnings belong to check; build has none here"
    );
}

#[test]
fn a_second_theme_with_settings_is_used() {
    let site = TestSite::small();
    site.write("content/alliance.toml", &format!("{ALLIANCE}theme = \"plain\"\n\n[extra]\nbanner = \"Draft report\"\nshow_generator = false\n"));
    site.write(
        "themes/plain/theme.toml",
        "name = \"plain\"\n\n[extra]\nbanner = \"\"\n",
    );
    site.write("themes/plain/templates/page.html", "{% extends \"base.html\" %}{% block main %}<p class=\"banner\">{{ extra.banner }}</p><h1>{{ page.title }}</h1>{% endblock main %}");
    site.write(
        "themes/plain/static/style.css",
        "body { font-family: serif; }",
    );
    site.write("templates/partner.html", "{% extends \"base.html\" %}{% block main %}<h1>Partner: {{ page.title }}</h1>{% endblock main %}");
    site.write("content/pages/about.md", "+++\ntitle = \"About\"\n+++\n");
    let run = site.build("2025-06-01");
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert!(site.text("about/index.html").contains("Draft report About"));
    assert_eq!(site.page("style.css"), "body { font-family: serif; }");
    assert!(
        site.text("partners/acme/index.html")
            .contains("Partner: Acme Works"),
        "the site's template wins over the theme's"
    );
    assert!(
        site.text("milestones/launch/index.html")
            .contains("31 days overdue"),
        "missing templates come from the default theme"
    );
    assert!(!site.page("index.html").contains("Built with Candor"));

    site.write(
        "content/alliance.toml",
        &format!("{ALLIANCE}theme = \"plain\"\n\n[extra]\nbaner = \"x\"\n"),
    );
    let run = site.build("2025-06-01");
    assert!(
        run.stderr
            .contains("warning: the theme has no setting `extra.baner`, so it is ignored"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("did you mean `banner`?"));
}

#[test]
fn help_explains_every_command_with_examples() {
    for cmd in ["build", "check", "init", "new"] {
        let run = candor(&[cmd, "--help"]);
        assert_eq!(run.code, 0);
        assert!(
            run.stdout.contains("Examples:"),
            "{cmd} --help has no examples"
        );
    }
    let run = candor(&["--version"]);
    assert!(run.stdout.starts_with("candor "));
}

#[test]
fn a_template_looping_over_an_entry_meets_its_fields_in_the_same_order_every_build() {
    let site = TestSite::small();
    site.write(
        "templates/milestone.html",
        "{% extends \"base.html\" %}{% block main %}<p id=\"fields\">{% for name, value in page %}{{ name }} {% endfor %}</p>{% endblock main %}",
    );
    let fields = || {
        let run = site.build("2025-06-01");
        assert!(run.stderr.is_empty(), "{}", run.stderr);
        let page = site.page("milestones/launch/index.html");
        let start = page
            .find("<p id=\"fields\">")
            .expect("the loop's paragraph")
            + 15;
        let end = start + page[start..].find("</p>").expect("its end");
        page[start..end].to_string()
    };
    let first = fields();
    assert!(
        first.starts_with("collection kind_label slug title url permalink source summary tags "),
        "the shared fields first, as declared: {first}"
    );
    assert!(
        first.contains(" due due_rewrites current_due "),
        "then the milestone's own: {first}"
    );
    for _ in 0..3 {
        assert_eq!(fields(), first, "the same order on every build");
    }
}
