//! History from git: repositories made in a temporary folder through `gix` (commits with set
//! dates), then built. Each entry's change log, a `due` rewritten without a re-plan, a
//! corrected measurement, a removed setback, a shallow clone, no repository at all.

mod common;
use common::*;

const MILESTONE: &str = "+++\ntitle = \"Open the hall\"\ndue = 2025-03-01\nstatus = \"in-progress\"\n+++\nThe community hall.\n";

#[test]
fn a_site_outside_any_repository_has_no_history_and_no_error() {
    let site = TestSite::small();
    let run = site.build("2025-06-01");
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    assert!(
        !site
            .page("milestones/launch/index.html")
            .contains("Changes to this record")
    );
    assert!(!site.public().join("removed").exists());
}

#[test]
fn each_entry_shows_its_changes_in_words_with_their_commits() {
    let site = TestSite::small();
    site.write(
        "content/alliance.toml",
        &format!("{ALLIANCE}repository = \"https://git.example.org/alliance/site\"\n"),
    );
    site.write("content/milestones/hall.md", MILESTONE);
    let created = git_commit(&site.root, "2025-01-10", "Add the hall");
    site.write(
        "content/milestones/hall.md",
        &MILESTONE
            .replace("in-progress", "achieved")
            .replace("+++\nThe", "completed = 2025-02-20\n+++\nThe new"),
    );
    let done = git_commit(&site.root, "2025-02-21", "The hall is open");
    site.build("2025-06-01");
    let page = site.text("milestones/hall/index.html");
    assert!(
        page.contains(&format!("Changes to this record (2) From the alliance's version history: every change to the file, with the date it was committed. 21 February 2025 · {done} : completed set to 2025-02-20; status: in-progress → achieved; Text edited 10 January 2025 · {created} : Created")),
        "{page}"
    );
    assert!(site.page("milestones/hall/index.html").contains(&format!(
        "<a href=\"https://git.example.org/alliance/site/commit/{done}"
    )));
    // Not yet committed edits are shown as such.
    site.write(
        "content/milestones/hall.md",
        &MILESTONE
            .replace("Open the hall", "Open the town hall")
            .replace("in-progress", "achieved")
            .replace("+++\nThe", "completed = 2025-02-20\n+++\nThe new"),
    );
    site.build("2025-06-01");
    let page = site.text("milestones/hall/index.html");
    assert!(
        page.contains(
            "1 June 2025 · not yet committed : title: Open the hall → Open the town hall"
        ),
        "{page}"
    );
    // --no-history leaves it out.
    site.run(&["build", "--date", "2025-06-01", "--no-history"]);
    assert!(
        !site
            .page("milestones/hall/index.html")
            .contains("Changes to this record")
    );
}

#[test]
fn a_due_date_rewritten_without_a_replan_is_caught_and_the_first_one_kept() {
    let site = TestSite::small();
    site.write("content/milestones/hall.md", MILESTONE);
    git_commit(&site.root, "2025-01-10", "Add the hall");
    // Someone moves the date first agreed instead of recording a re-plan.
    site.write(
        "content/milestones/hall.md",
        &MILESTONE.replace("2025-03-01", "2025-09-01"),
    );
    let rewrite = git_commit(&site.root, "2025-04-01", "Update the hall");
    let run = site.build("2025-06-01");
    assert!(
        run.stderr.contains(&format!("`due` was changed from 2025-03-01 to 2025-09-01 on 2025-04-01 (commit {rewrite}) without a re-plan")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/milestones/hall.md:3:1"),
        "{}",
        run.stderr
    );
    let page = site.text("milestones/hall/index.html");
    assert!(page.contains("The date first agreed was changed"), "{page}");
    assert!(page.contains("the date first agreed was changed from 1 March 2025 to 1 September 2025 without recording a re-plan"), "{page}");
    // Lateness counts from the date first committed: overdue, not "due in September".
    assert!(page.contains("92 days overdue, in progress"), "{page}");
    assert!(
        page.contains("No re-plan was recorded: the date was rewritten in the file instead"),
        "{page}"
    );
    // `check` reports it too.
    let check = site.run(&["check", "--date", "2025-06-01"]);
    assert!(
        check.stderr.contains("without a re-plan"),
        "{}",
        check.stderr
    );

    // The same change made with a re-plan is what the format asks for: nothing to report.
    let honest = TestSite::small();
    honest.write("content/milestones/hall.md", MILESTONE);
    git_commit(&honest.root, "2025-01-10", "Add the hall");
    honest.write(
        "content/milestones/hall.md",
        &MILESTONE.replace("2025-03-01", "2025-09-01").replace(
            "+++\nThe",
            "\n[[replans]]\ndate = 2025-02-15\ndue = 2025-09-01\nreason = \"Builders\"\n+++\nThe",
        ),
    );
    git_commit(&honest.root, "2025-02-15", "Re-plan the hall");
    let run = honest.build("2025-06-01");
    assert!(!run.stderr.contains("without a re-plan"), "{}", run.stderr);
}

#[test]
fn a_corrected_measurement_is_shown_as_corrected() {
    let site = TestSite::small();
    // A newsletter sent before the correction stated the figure as it was then.
    site.write(
        "content/newsletters/june.md",
        "+++\ntitle = \"June 2024\"\ndate = 2024-06-30\nsince = 2024-05-01\n+++\nHello.\n",
    );
    git_commit(&site.root, "2024-06-05", "First figures");
    site.write(
        "content/objectives/jobs.md",
        &std::fs::read_to_string(site.root.join("content/objectives/jobs.md"))
            .unwrap()
            .replace("value = 15", "value = 17"),
    );
    let fix = git_commit(&site.root, "2024-07-01", "Correct the June figure");
    site.build("2025-06-01");
    let page = site.text("objectives/jobs/index.html");
    assert!(
        page.contains(&format!("Corrected figures These figures were published, then changed. The page shows the corrected value; the version history keeps both. People in work, measured 1 June 2024 : first published as 15, corrected to 17 on 1 July 2024 ( {fix} )")),
        "{page}"
    );
    let issue = site.text("newsletters/june/index.html");
    assert!(issue.contains("People in work : 10 → 15"), "{issue}");
}

#[test]
fn a_deleted_setback_is_listed_as_removed() {
    let site = TestSite::small();
    git_commit(&site.root, "2024-08-05", "Report the late start");
    std::fs::remove_file(site.root.join("content/setbacks/late-start.md")).unwrap();
    // The milestone and success that named it must stop naming it for the site to build.
    let removal = git_commit(&site.root, "2024-09-01", "Remove the setback");
    site.build("2025-06-01");
    let removed = site.text("removed/index.html");
    assert!(
        removed.contains(&format!("Late start Setback 5 August 2024 1 September 2024 ( {removal} ) content/setbacks/late-start.md")),
        "{removed}"
    );
    assert!(
        site.page("index.html")
            .contains("href=\"/removed/\">Removed entries</a>")
    );
}

#[test]
fn a_shallow_clone_is_reported_rather_than_shown_as_a_wrong_history() {
    let site = TestSite::small();
    let head = git_commit(&site.root, "2024-08-05", "First");
    git_commit(&site.root, "2024-09-05", "Second");
    let full = gix::open(&site.root)
        .unwrap()
        .head_id()
        .unwrap()
        .to_string();
    std::fs::write(site.root.join(".git/shallow"), format!("{full}\n")).unwrap();
    let run = site.build("2025-06-01");
    assert!(
        run.stderr
            .contains("the repository is a shallow clone, so the site shows no history"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("fetch-depth: 0"), "{}", run.stderr);
    assert!(
        !site
            .page("partners/acme/index.html")
            .contains("Changes to this record")
    );
    assert!(!head.is_empty());
}

#[test]
fn two_builds_of_one_commit_on_one_date_are_byte_identical() {
    let site = TestSite::small();
    git_commit(&site.root, "2024-08-05", "First");
    site.write("content/milestones/hall.md", MILESTONE);
    git_commit(&site.root, "2025-01-10", "Second");
    let out = |name: &str| {
        let dir = site.root.join(name);
        site.run(&[
            "build",
            "--date",
            "2025-06-01",
            "--output",
            dir.to_str().unwrap(),
        ]);
        let mut files = std::collections::BTreeMap::new();
        for e in walkdir::WalkDir::new(&dir) {
            let e = e.unwrap();
            if e.file_type().is_file() {
                files.insert(
                    e.path().strip_prefix(&dir).unwrap().to_path_buf(),
                    std::fs::read(e.path()).unwrap(),
                );
            }
        }
        files
    };
    let (a, b) = (out("one"), out("two"));
    assert!(a.len() > 20);
    assert!(a == b, "the two builds differ");
}

#[test]
fn a_git_folder_that_cannot_be_read_is_said_not_taken_for_no_repository() {
    let site = TestSite::small();
    std::fs::write(site.root.join(".git"), "not a repository\n").unwrap();
    let run = site.build("2025-06-01");
    assert!(
        run.stderr
            .contains("the repository's history could not be read, so the site shows none"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_repository_that_is_not_a_web_address_is_refused_where_it_was_written() {
    let site = TestSite::small();
    site.write(
        "content/alliance.toml",
        &format!("{ALLIANCE}repository = \"git@example.org:alliance/site.git\"\n"),
    );
    let run = site.build_fails("2025-06-01");
    assert!(
        run.stderr
            .contains("`git@example.org:alliance/site.git` is not a web address"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("commits are linked as <repository>/commit/<id>"),
        "{}",
        run.stderr
    );
}

#[test]
fn hostile_history_is_shown_as_text_and_runs_nothing() {
    // Field names, values, titles and the repository address all come from the files: each
    // reaches the change log, the milestone notice, the corrections and /removed/ escaped.
    let site = TestSite::small();
    site.write(
        "content/alliance.toml",
        &format!("{ALLIANCE}repository = \"https://x.example/\\\" onmouseover=\\\"alert(1)\"\n"),
    );
    let evil = "<img src=x onerror=alert(1)>";
    site.write(
        "content/milestones/hall.md",
        &format!("+++\ntitle = \"{evil}\"\ndue = 2025-03-01\nstatus = \"in-progress\"\n\"<script>k</script>\" = \"javascript:alert(2)\"\n+++\nText.\n"),
    );
    site.write("content/setbacks/gone.md", "+++\ntitle = \"<script>alert(3)</script>\"\ndate = 2024-08-01\nseverity = \"low\"\nstatus = \"open\"\n+++\n");
    git_commit(&site.root, "2025-01-10", "One");
    site.write(
        "content/milestones/hall.md",
        &format!("+++\ntitle = \"{evil}!\"\ndue = 2025-09-01\nstatus = \"in-progress\"\n\"<script>k</script>\" = \"<svg onload=alert(4)>\"\n+++\nText <b>.\n"),
    );
    std::fs::remove_file(site.root.join("content/setbacks/gone.md")).unwrap();
    git_commit(&site.root, "2025-04-01", "Two");
    site.build("2025-06-01");
    for page in ["milestones/hall/index.html", "removed/index.html"] {
        let html = site.page(page);
        let found = candor::inert::active_content(&html);
        assert!(found.is_empty(), "{page} could run script: {found:#?}");
    }
    let hall = site.text("milestones/hall/index.html");
    // Shown as the text it is (the visible text of escaped markup).
    assert!(
        hall.contains("<script>k</script>: javascript:alert(2) → <svg onload=alert(4)>"),
        "{hall}"
    );
    assert!(
        site.page("milestones/hall/index.html")
            .contains("&lt;svg onload=alert(4)&gt;")
    );
}

/// A translated page's change log is its entry's file's: the translation's text is not taken
/// for the file as it is now (which would add a change "not yet committed" that never was).
#[test]
fn a_translated_page_shows_the_same_committed_changes_as_its_entry() {
    let site = TestSite::small();
    site.write(
        "content/alliance.toml",
        &format!(
            "{ALLIANCE}language = \"en\"\nrepository = \"https://git.example.org/alliance/site\"\n"
        ),
    );
    site.write("content/milestones/hall.md", MILESTONE);
    site.write(
        "content/milestones/hall.fr.md",
        "+++\ntitle = \"Ouvrir la salle\"\n+++\nLa salle des fêtes.\n",
    );
    let created = git_commit(&site.root, "2025-01-10", "Add the hall");
    let run = site.build("2025-06-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let english = site.text("milestones/hall/index.html");
    assert!(
        english.contains(&format!("10 January 2025 · {created} : Created")),
        "{english}"
    );
    assert!(!english.contains("not yet committed"), "{english}");
    let french = site.text("fr/milestones/hall/index.html");
    assert!(french.contains("Ouvrir la salle"), "{french}");
    assert!(french.contains(&created), "{french}");
    assert!(!french.contains("juin 2025"), "{french}");
}
