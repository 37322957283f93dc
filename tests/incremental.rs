//! The incremental rebuilds `candor serve` runs: after every edit, the pages and files are
//! exactly what a fresh build makes, and only the pages the edit affects are rendered again.

mod common;

use candor::incremental::{Rebuilt, Session};
use candor::output::Contents;
use common::{ALLIANCE, TestSite};
use std::collections::BTreeMap;

/// Every file of a rebuild (pages included) by path.
fn files_of_rebuild(r: &Rebuilt) -> BTreeMap<String, Vec<u8>> {
    let mut files: BTreeMap<String, Vec<u8>> = r
        .pages
        .iter()
        .map(|p| (p.info.path.clone(), p.html.text().into_bytes()))
        .collect();
    for f in &r.files.files {
        files.insert(f.path.clone(), bytes(&f.contents));
    }
    let pages = r.pages.iter().map(|p| &*p.info);
    files.extend(
        candor::output::generated_files(&r.site, pages, &r.words)
            .into_iter()
            .map(|(path, c)| (path, bytes(&c))),
    );
    // The search index, which `serve` makes on first request.
    if r.site.alliance.search {
        let records = candor::render::search::records(&r.site, &r.words, true).unwrap();
        files.extend(candor::output::search::index(records, &r.site.alliance.language).unwrap());
    }
    files
}

fn bytes(c: &Contents) -> Vec<u8> {
    match c {
        Contents::Bytes(b) => b.clone(),
        Contents::Parts(parts) => parts.concat(),
        Contents::Builtin(b) => b.to_vec(),
        Contents::Copy(p) => std::fs::read(p).unwrap(),
        Contents::Written => panic!("a build in memory holds every file it made"),
    }
}

fn fresh_build(site: &TestSite) -> BTreeMap<String, Vec<u8>> {
    let built = candor::generate(&options(site)).unwrap();
    built
        .files
        .files
        .iter()
        .map(|f| (f.path.clone(), bytes(&f.contents)))
        .collect()
}

fn options(site: &TestSite) -> candor::BuildOptions {
    let mut o = candor::BuildOptions::new(&site.root);
    o.date = Some(candor::date::Date::new(2025, 1, 15).unwrap());
    o
}

/// Rebuilds, checks the result against a fresh build, and returns the paths rendered again.
fn rebuild_and_compare(session: &mut Session, site: &TestSite) -> Vec<String> {
    rebuild_and_compare_how(session, site).0
}

/// [`rebuild_and_compare`], saying too whether the rebuild took the previous site with new
/// bodies rather than linking afresh.
fn rebuild_and_compare_how(session: &mut Session, site: &TestSite) -> (Vec<String>, bool) {
    let rebuilt = session.rebuild().unwrap();
    let incremental = files_of_rebuild(&rebuilt);
    let fresh = fresh_build(site);
    assert_eq!(
        incremental.keys().collect::<Vec<_>>(),
        fresh.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &fresh {
        assert!(
            incremental[path] == *bytes,
            "{path} differs from a fresh build"
        );
    }
    let rendered = rebuilt
        .pages
        .iter()
        .filter(|p| p.fresh)
        .map(|p| p.info.path.clone())
        .collect();
    (rendered, rebuilt.bodies_only)
}

fn more_partners(site: &TestSite) {
    for i in 0..12 {
        site.write(
            &format!("content/partners/p{i}.md"),
            &format!("+++\nname = \"Partner {i}\"\nkind = \"business\"\njoined = 2024-01-01\n+++\nText {i}.\n"),
        );
    }
}

#[test]
fn an_edit_renders_only_the_pages_it_affects_and_matches_a_fresh_build() {
    let site = TestSite::small();
    more_partners(&site);
    let mut session = Session::new(options(&site));
    let first = rebuild_and_compare(&mut session, &site);
    assert!(first.len() > 20, "the first rebuild renders everything");

    // Nothing changed: nothing is rendered again.
    let again = rebuild_and_compare(&mut session, &site);
    assert!(again.is_empty(), "{again:?}");

    // A partner's text changes: its page, not the other partners' pages.
    site.write(
        "content/partners/p3.md",
        "+++\nname = \"Partner 3\"\nkind = \"business\"\njoined = 2024-01-01\n+++\nNew text.\n",
    );
    let changed = rebuild_and_compare(&mut session, &site);
    assert!(changed.contains(&"partners/p3/index.html".to_string()));
    assert!(
        !changed.contains(&"partners/p4/index.html".to_string()),
        "{changed:?}"
    );

    // A success's title changes: its page and the pages that show it.
    site.write("content/successes/first-hire.md", "+++\ntitle = \"First hire, and more\"\ndate = 2024-07-01\npartners = [\"acme\"]\nmilestone = \"launch\"\n+++\nA person got a job.\n");
    let changed = rebuild_and_compare(&mut session, &site);
    for page in [
        "successes/first-hire/index.html",
        "successes/index.html",
        "partners/acme/index.html",
        "milestones/launch/index.html",
    ] {
        assert!(
            changed.contains(&page.to_string()),
            "{page} not in {changed:?}"
        );
    }
    assert!(
        !changed.contains(&"partners/p4/index.html".to_string()),
        "{changed:?}"
    );

    // Add, delete, rename a referenced slug, break and fix, change a template.
    site.write("content/successes/second.md", "+++\ntitle = \"Second\"\ndate = 2024-09-01\npartners = [\"school\"]\ntags = [\"jobs\"]\n+++\n");
    rebuild_and_compare(&mut session, &site);
    site.remove("content/successes/first-hire.md");
    rebuild_and_compare(&mut session, &site);
    std::fs::rename(
        site.root.join("content/partners/school.md"),
        site.root.join("content/partners/hill-school.md"),
    )
    .unwrap();
    assert!(
        session.rebuild().is_err(),
        "references to the old slug are errors"
    );
    site.write("content/milestones/plan.md", "+++\ntitle = \"Write the plan\"\ndue = 2024-03-01\nstatus = \"achieved\"\ncompleted = 2024-03-11\npartners = [\"hill-school\"]\n+++\n");
    site.write("content/setbacks/late-start.md", "+++\ntitle = \"Late start\"\ndate = 2024-08-01\nseverity = \"medium\"\nstatus = \"open\"\npartners = [\"hill-school\"]\nmilestone = \"launch\"\nlessons = [\"Start earlier\"]\n+++\n");
    site.write("content/successes/second.md", "+++\ntitle = \"Second\"\ndate = 2024-09-01\npartners = [\"hill-school\"]\ntags = [\"jobs\"]\n+++\n");
    rebuild_and_compare(&mut session, &site);
    site.write(
        "templates/partner.html",
        "{% extends \"base.html\" %}{% block main %}<h1>Partner: {{ page.title }}</h1>{% endblock main %}",
    );
    let changed = rebuild_and_compare(&mut session, &site);
    assert!(changed.contains(&"partners/p4/index.html".to_string()));
    assert!(
        !changed.contains(&"successes/second/index.html".to_string()),
        "{changed:?}"
    );
    site.write(
        "content/alliance.toml",
        &format!("{}\n[extra]\nfooter_note = \"Thanks\"\n", common::ALLIANCE),
    );
    let changed = rebuild_and_compare(&mut session, &site);
    assert!(changed.contains(&"successes/second/index.html".to_string()));
}

#[test]
fn rebuilds_told_what_changed_see_every_change_a_fresh_build_sees() {
    let site = TestSite::small();
    more_partners(&site);
    let mut session = Session::new(options(&site));
    rebuild_and_compare(&mut session, &site);
    let told = |session: &Session, paths: &[&str]| {
        session.changes_seen(Some(paths.iter().map(|p| site.root.join(p)).collect()));
    };

    // An edit to a known file: only that file is looked at again.
    site.write(
        "content/partners/p3.md",
        "+++\nname = \"Partner Three\"\nkind = \"business\"\njoined = 2024-01-01\n+++\nNew.\n",
    );
    told(&session, &["content/partners/p3.md"]);
    let changed = rebuild_and_compare(&mut session, &site);
    assert!(changed.contains(&"partners/p3/index.html".to_string()));

    // Saved as `sed -i` and many editors save: written under another name, renamed over
    // the entry (the watcher names both), beside an editor's hidden swap file.
    site.write(
        "content/partners/.sedT3mp",
        "+++\nname = \"Partner Three, again\"\nkind = \"business\"\njoined = 2024-01-01\n+++\nNewer.\n",
    );
    site.write("content/partners/.p3.md.swp", "not an entry");
    std::fs::rename(
        site.root.join("content/partners/.sedT3mp"),
        site.root.join("content/partners/sedT3mp"),
    )
    .unwrap();
    std::fs::rename(
        site.root.join("content/partners/sedT3mp"),
        site.root.join("content/partners/p3.md"),
    )
    .unwrap();
    told(
        &session,
        &[
            "content/partners/sedT3mp",
            "content/partners/.p3.md.swp",
            "content/partners/p3.md",
        ],
    );
    let changed = rebuild_and_compare(&mut session, &site);
    assert!(changed.contains(&"partners/p3/index.html".to_string()));

    // A new file, a deleted file, and a new bundle folder.
    site.write(
        "content/successes/third.md",
        "+++\ntitle = \"Third\"\ndate = 2024-10-01\npartners = [\"acme\"]\n+++\n",
    );
    told(&session, &["content/successes/third.md"]);
    rebuild_and_compare(&mut session, &site);
    site.remove("content/partners/p5.md");
    told(&session, &["content/partners/p5.md"]);
    rebuild_and_compare(&mut session, &site);
    site.write(
        "content/case-studies/story/index.md",
        "+++\ntitle = \"A story\"\ndate = 2024-11-01\npartners = [\"acme\"]\n+++\nHow it went.\n",
    );
    told(&session, &["content/case-studies/story"]);
    rebuild_and_compare(&mut session, &site);

    // Events were lost: everything is looked at again.
    site.write(
        "content/partners/p7.md",
        "+++\nname = \"Partner Seven\"\nkind = \"business\"\njoined = 2024-01-01\n+++\n",
    );
    session.changes_seen(None);
    let changed = rebuild_and_compare(&mut session, &site);
    assert!(changed.contains(&"partners/p7/index.html".to_string()));
}

/// The text of the page at `path` of a fresh build (which the rebuild just matched).
fn fresh_page(site: &TestSite, path: &str) -> String {
    let fresh = fresh_build(site);
    let bytes = fresh.get(path).unwrap_or_else(|| panic!("no {path}"));
    common::visible_text(&String::from_utf8_lossy(bytes))
}

#[test]
fn translations_added_edited_and_removed_while_serving_are_what_a_fresh_build_sees() {
    let site = TestSite::small();
    let mut session = Session::new(options(&site));
    rebuild_and_compare(&mut session, &site);
    let told = |session: &Session, paths: &[&str]| {
        session.changes_seen(Some(paths.iter().map(|p| site.root.join(p)).collect()));
    };
    let french = "content/milestones/launch.fr.md";
    site.write(
        french,
        "+++\ntitle = \"Lancer le dispositif\"\n+++\nIl démarre.\n",
    );
    told(&session, &[french]);
    rebuild_and_compare(&mut session, &site);
    let page = fresh_page(&site, "fr/milestones/launch/index.html");
    assert!(page.contains("Lancer le dispositif"), "{page}");

    site.write(
        french,
        "+++\ntitle = \"Lancer le projet\"\n+++\nIl démarre.\n",
    );
    told(&session, &[french]);
    rebuild_and_compare(&mut session, &site);
    let page = fresh_page(&site, "fr/milestones/launch/index.html");
    assert!(page.contains("Lancer le projet"), "{page}");

    // A bundle and its translation, beside its index.md.
    site.write(
        "content/case-studies/story/index.md",
        "+++\ntitle = \"A story\"\ndate = 2024-11-01\npartners = [\"acme\"]\n+++\nHow it went.\n",
    );
    site.write(
        "content/case-studies/story/index.fr.md",
        "+++\ntitle = \"Une histoire\"\n+++\nComment cela s'est passé.\n",
    );
    told(
        &session,
        &[
            "content/case-studies/story/index.md",
            "content/case-studies/story/index.fr.md",
        ],
    );
    rebuild_and_compare(&mut session, &site);
    let page = fresh_page(&site, "fr/case-studies/story/index.html");
    assert!(page.contains("Une histoire"), "{page}");

    // Removed: the milestone's French page has the entry's own words again.
    site.remove(french);
    told(&session, &[french]);
    rebuild_and_compare(&mut session, &site);
    let page = fresh_page(&site, "fr/milestones/launch/index.html");
    assert!(!page.contains("Lancer"), "{page}");
}

#[test]
fn a_report_is_rendered_again_when_its_timeline_or_its_entries_change() {
    let site = TestSite::small();
    let mut session = Session::new(options(&site));
    rebuild_and_compare(&mut session, &site);
    let (report_2024, report_2025) = ("reports/2024/index.html", "reports/2025/index.html");

    // A 2024 success that points at a 2025 milestone is renamed: the 2024 report lists it;
    // the 2025 report neither lists it nor draws it (the milestone's own fields are the same).
    site.write("content/successes/first-hire.md", "+++\ntitle = \"First hire, renamed\"\ndate = 2024-07-01\npartners = [\"acme\"]\nmilestone = \"launch\"\n+++\nA person got a job.\n");
    let changed = rebuild_and_compare(&mut session, &site);
    assert!(changed.contains(&report_2024.to_string()), "{changed:?}");
    assert!(!changed.contains(&report_2025.to_string()), "{changed:?}");

    // The 2025 milestone is renamed and re-planned: its timeline row changes.
    site.write("content/milestones/launch.md", "+++\ntitle = \"Launch the new scheme\"\ndue = 2025-05-01\nstatus = \"delayed\"\nobjective = \"jobs\"\npartners = [\"acme\"]\n\n[[replans]]\ndate = 2025-01-10\ndue = 2025-09-01\nreason = \"Funding came late\"\n+++\n");
    let changed = rebuild_and_compare(&mut session, &site);
    assert!(changed.contains(&report_2025.to_string()), "{changed:?}");

    // The 2024 milestone's completion date moves: the 2024 timeline changes.
    site.write("content/milestones/plan.md", "+++\ntitle = \"Write the plan\"\ndue = 2024-03-01\nstatus = \"achieved\"\ncompleted = 2024-03-20\npartners = [\"school\"]\n+++\n");
    let changed = rebuild_and_compare(&mut session, &site);
    assert!(changed.contains(&report_2024.to_string()), "{changed:?}");
    assert!(
        changed.contains(&"milestones/index.html".to_string()),
        "{changed:?}"
    );
}

#[test]
fn pages_of_a_list_follow_edits_as_a_fresh_build_makes_them() {
    let site = TestSite::small();
    site.write(
        "content/alliance.toml",
        &format!("{ALLIANCE}\n[lists]\nper_page = 5\n"),
    );
    more_partners(&site);
    let mut session = Session::new(options(&site));
    rebuild_and_compare(&mut session, &site);
    // 14 partners: pages 1 to 3. One more makes no new page; two more make a fourth.
    site.write(
        "content/partners/zz.md",
        "+++\nname = \"Zed\"\nkind = \"school\"\ntags = [\"jobs\"]\n+++\n",
    );
    rebuild_and_compare(&mut session, &site);
    site.write(
        "content/partners/aa.md",
        "+++\nname = \"Aardvark\"\nkind = \"school\"\n+++\n",
    );
    let shifted = rebuild_and_compare(&mut session, &site);
    assert!(
        shifted.contains(&"partners/page/4/index.html".to_string()),
        "{shifted:?}"
    );
    // Fewer partners: the last page goes; one made anonymous leaves every list.
    for i in 0..6 {
        site.remove(&format!("content/partners/p{i}.md"));
    }
    rebuild_and_compare(&mut session, &site);
    site.write(
        "content/partners/p7.md",
        "+++\nname = \"Partner 7\"\nkind = \"business\"\nanonymous = true\n\n[[contributions]]\ndate = 2024-03-01\nkind = \"funds\"\namount = 50\n+++\n",
    );
    rebuild_and_compare(&mut session, &site);
    site.write(
        "content/alliance.toml",
        &format!("{ALLIANCE}\n[lists]\nper_page = 2\n"),
    );
    rebuild_and_compare(&mut session, &site);
}

#[test]
fn serve_keeps_the_git_history_current_as_commits_are_made() {
    let site = TestSite::small();
    common::git_commit(&site.root, "2024-08-05", "First");
    let mut session = Session::new(options(&site));
    rebuild_and_compare(&mut session, &site);
    let acme = |site: &TestSite| {
        String::from_utf8(fresh_build(site)["partners/acme/index.html"].clone()).unwrap()
    };
    // An edit not yet committed shows as such, as in a fresh build.
    site.write(
        "content/partners/acme.md",
        &std::fs::read_to_string(site.root.join("content/partners/acme.md"))
            .unwrap()
            .replace("Acme makes things.", "Acme makes many things."),
    );
    rebuild_and_compare(&mut session, &site);
    assert!(acme(&site).contains("not yet committed"));
    // Once committed (HEAD moves), the history is read again: the change has its commit.
    let id = common::git_commit(&site.root, "2024-09-01", "Acme's text");
    rebuild_and_compare(&mut session, &site);
    let page = acme(&site);
    assert!(
        page.contains(&format!("<code>{id}</code>: Text edited")),
        "{page}"
    );
    assert!(!page.contains("not yet committed"), "{page}");
}

/// A file changed without its size or time changing (`cp -p`, `touch -r`): when the watcher
/// saw it change, its text is compared and it is parsed again; when nothing told (events
/// lost) but its page is made again, its body, read again, is not what was parsed, and the
/// rebuild starts once more with every file read afresh. Either way the page shows the new
/// text: neither the old one nor an error that saving again cannot clear.
#[test]
fn a_file_changed_keeping_its_size_and_time_is_rebuilt_from_its_new_text() {
    let site = TestSite::small();
    let path = site.root.join("content/successes/first-hire.md");
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let write_keeping_time = |from: &str, to: &str| {
        let text = std::fs::read_to_string(&path).unwrap().replace(from, to);
        std::fs::write(&path, text).unwrap();
        let file = std::fs::File::options().write(true).open(&path).unwrap();
        file.set_modified(an_hour_ago).unwrap();
    };
    let page_text = |session: &mut Session| {
        let rebuilt = session.rebuild().unwrap();
        let page = rebuilt
            .pages
            .iter()
            .find(|p| p.info.path == "successes/first-hire/index.html")
            .unwrap()
            .html
            .text();
        common::visible_text(&page)
    };
    write_keeping_time("", "");
    let mut session = Session::new(options(&site));
    rebuild_and_compare(&mut session, &site);

    // The watcher names the file.
    write_keeping_time("A person got a job.", "A person got a hat.");
    session.changes_seen(Some(vec![path.clone()]));
    let rendered = rebuild_and_compare(&mut session, &site);
    assert_eq!(rendered, ["successes/first-hire/index.html"]);
    assert!(page_text(&mut session).contains("A person got a hat."));

    // Nothing tells; the alliance's name changes, so every page is made again.
    write_keeping_time("A person got a hat.", "A person got a cap.");
    site.write(
        "content/alliance.toml",
        &ALLIANCE.replace("Test Alliance", "Tested Alliance"),
    );
    session.changes_seen(None);
    rebuild_and_compare(&mut session, &site);
    assert!(page_text(&mut session).contains("A person got a cap."));
}

/// Replaces `from` with `to` in the file at `rel` (which must hold it), as an editor saves.
fn replace_in(site: &TestSite, rel: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(site.root.join(rel)).unwrap();
    assert!(text.contains(from), "{rel} has no `{from}`");
    site.write(rel, &text.replacen(from, to, 1));
}

/// An edit of an entry's Markdown only, which the watcher reports, takes the previous site
/// with the new body instead of linking every entry again: what the reader gets is still
/// exactly what a fresh build makes, and only the entry's page is made again. Anything else
/// (front matter, a file outside `content/`, an edit nobody reported, an entry the site does
/// not show) links afresh.
#[test]
fn an_edit_of_a_body_alone_takes_the_earlier_site_and_still_matches_a_fresh_build() {
    let site = TestSite::small();
    site.write(
        "content/case-studies/withdrawn.md",
        "+++\ntitle = \"A withdrawn story\"\ndate = 2024-09-01\npartners = [\"acme\"]\nconsent_until = 2024-12-01\n+++\nWhat the family said.\n",
    );
    site.write(
        "content/case-studies/bundled/index.md",
        "+++\ntitle = \"A bundled story\"\ndate = 2024-10-01\npartners = [\"acme\"]\n+++\nSee [the report](report.pdf).\n",
    );
    site.write(
        "content/case-studies/bundled/report.pdf",
        "%PDF-1.4 a report",
    );
    site.write(
        "content/successes/unfinished.md",
        "+++\ntitle = \"Not yet\"\ndate = 2024-07-02\ndraft = true\n+++\nDraft text.\n",
    );
    site.write(
        "content/pages/about.md",
        "+++\ntitle = \"About us\"\nmenu = true\n+++\nWho we are.\n",
    );
    let mut session = Session::new(options(&site));
    rebuild_and_compare(&mut session, &site);
    let told = |session: &Session, paths: &[&str]| {
        session.changes_seen(Some(paths.iter().map(|p| site.root.join(p)).collect()));
    };
    let success = "content/successes/first-hire.md";

    replace_in(
        &site,
        success,
        "A person got a job.",
        "A person got a *good* job.",
    );
    told(&session, &[success]);
    let (rendered, bodies_only) = rebuild_and_compare_how(&mut session, &site);
    assert!(bodies_only, "a body edit reported by the watcher");
    assert_eq!(rendered, ["successes/first-hire/index.html"]);
    assert!(
        fresh_page(&site, "successes/first-hire/index.html").contains("A person got a good job.")
    );

    // Several bodies at once: a page, a bundle's, a withheld one (it stays withheld).
    replace_in(
        &site,
        "content/pages/about.md",
        "Who we are.",
        "Who we are, and why.",
    );
    replace_in(
        &site,
        "content/case-studies/bundled/index.md",
        "See [the report]",
        "Read [the report]",
    );
    replace_in(
        &site,
        "content/case-studies/withdrawn.md",
        "What the family said.",
        "What the family said, at length.",
    );
    told(
        &session,
        &[
            "content/pages/about.md",
            "content/case-studies/bundled/index.md",
            "content/case-studies/withdrawn.md",
        ],
    );
    let (rendered, bodies_only) = rebuild_and_compare_how(&mut session, &site);
    assert!(bodies_only);
    assert!(
        rendered.contains(&"about/index.html".to_string()),
        "{rendered:?}"
    );
    assert!(rendered.contains(&"case-studies/bundled/index.html".to_string()));
    assert!(fresh_page(&site, "case-studies/bundled/index.html").contains("Read the report"));
    let withheld = fresh_page(&site, "case-studies/withdrawn/index.html");
    assert!(!withheld.contains("What the family said"), "{withheld}");

    // The front matter changed: linked afresh.
    replace_in(
        &site,
        success,
        "title = \"First hire\"",
        "title = \"The first hire\"",
    );
    told(&session, &[success]);
    assert!(!rebuild_and_compare_how(&mut session, &site).1);

    // A body edit beside a change outside `content/` (linking reads `static/`): afresh.
    replace_in(&site, success, "a *good* job", "a *great* job");
    site.write("static/notes.txt", "Notes.");
    told(&session, &[success, "static/notes.txt"]);
    assert!(!rebuild_and_compare_how(&mut session, &site).1);

    // Nobody reported what changed: afresh.
    replace_in(&site, success, "a *great* job", "a *fine* job");
    session.changes_seen(None);
    assert!(!rebuild_and_compare_how(&mut session, &site).1);

    // A draft the site leaves out: afresh, and still out.
    replace_in(
        &site,
        "content/successes/unfinished.md",
        "Draft text.",
        "More draft text.",
    );
    told(&session, &["content/successes/unfinished.md"]);
    assert!(!rebuild_and_compare_how(&mut session, &site).1);

    // Told, but nothing changed at all: the earlier site, nothing rendered.
    told(&session, &[success]);
    let (rendered, bodies_only) = rebuild_and_compare_how(&mut session, &site);
    assert!(bodies_only);
    assert!(rendered.is_empty(), "{rendered:?}");
}

/// With a git history, an entry's change log depends on its body: the first edit of a
/// committed file adds a "not yet committed" line (linked afresh), a further edit of the same
/// body leaves the log as it was (the earlier site is taken), and putting the committed text
/// back removes the line (afresh again). Every rebuild is what a fresh build makes.
#[test]
fn a_body_edit_that_changes_the_change_log_is_linked_afresh() {
    let site = TestSite::small();
    common::git_commit(&site.root, "2024-08-05", "First");
    let mut session = Session::new(options(&site));
    rebuild_and_compare(&mut session, &site);
    let acme = "content/partners/acme.md";
    let committed = std::fs::read_to_string(site.root.join(acme)).unwrap();
    let told = |session: &Session| session.changes_seen(Some(vec![site.root.join(acme)]));

    replace_in(&site, acme, "Acme makes things.", "Acme makes many things.");
    told(&session);
    assert!(!rebuild_and_compare_how(&mut session, &site).1);
    assert!(fresh_page(&site, "partners/acme/index.html").contains("not yet committed"));

    replace_in(&site, acme, "many things", "very many things");
    told(&session);
    let (rendered, bodies_only) = rebuild_and_compare_how(&mut session, &site);
    assert!(
        bodies_only,
        "the log is the same: the earlier site is taken"
    );
    assert_eq!(rendered, ["partners/acme/index.html"]);

    site.write(acme, &committed);
    told(&session);
    assert!(!rebuild_and_compare_how(&mut session, &site).1);
    assert!(!fresh_page(&site, "partners/acme/index.html").contains("not yet committed"));
}

/// A rebuild that failed was told of changes the last good site does not have (an image
/// removed from `static/`): the body edit after it links afresh and fails as a fresh build
/// does, rather than taking that site with the new body and forgetting the problem.
#[test]
fn a_body_edit_after_a_failed_rebuild_links_afresh() {
    let site = TestSite::small();
    site.write("static/img/hire.png", "not really a picture");
    let success = "content/successes/first-hire.md";
    replace_in(
        &site,
        success,
        "milestone = \"launch\"\n",
        "milestone = \"launch\"\nimage = \"/img/hire.png\"\nimage_alt = \"The new hire\"\n",
    );
    let mut session = Session::new(options(&site));
    rebuild_and_compare(&mut session, &site);
    let told = |session: &Session, path: &str| {
        session.changes_seen(Some(vec![site.root.join(path)]));
    };

    site.remove("static/img/hire.png");
    told(&session, "static/img/hire.png");
    assert!(session.rebuild().is_err());
    replace_in(
        &site,
        success,
        "A person got a job.",
        "A person got a job today.",
    );
    told(&session, success);
    let failure = session.rebuild().expect_err("the image is still missing");
    assert!(
        failure
            .diagnostics
            .iter()
            .any(|d| d.message.contains("does not exist in static/")),
        "{:?}",
        failure.diagnostics
    );
    assert!(candor::generate(&options(&site)).is_err());

    // Put back: the body edits after a good rebuild take the earlier site again.
    site.write("static/img/hire.png", "not really a picture");
    told(&session, "static/img/hire.png");
    assert!(!rebuild_and_compare_how(&mut session, &site).1);
    replace_in(&site, success, "job today.", "job this week.");
    told(&session, success);
    assert!(rebuild_and_compare_how(&mut session, &site).1);
}

/// The warnings a rebuild shows when it takes the earlier site with new bodies are the ones
/// linking afresh finds (a fresh build's), not lost and not doubled.
#[test]
fn a_body_edit_shows_the_warnings_a_fresh_build_shows() {
    let site = TestSite::small();
    replace_in(
        &site,
        "content/partners/acme.md",
        "joined = 2024-01-01\n",
        "joined = 2024-01-01\nwebsite = \"acme.example\"\n",
    );
    replace_in(
        &site,
        "content/milestones/launch.md",
        "status = \"in-progress\"\n",
        "status = \"in-progress\"\ncompleted = 2024-12-01\n",
    );
    let warnings = |d: &candor::diagnostics::Diagnostics| -> Vec<String> {
        let mut all: Vec<String> = d.iter().map(|d| format!("{d:?}")).collect();
        all.sort();
        all
    };
    let mut session = Session::new(options(&site));
    let first = warnings(&session.rebuild().unwrap().diagnostics);
    assert!(
        first.iter().any(|w| w.contains("is not a web address")),
        "{first:?}"
    );
    assert!(
        first.iter().any(|w| w.contains("`completed` is set")),
        "{first:?}"
    );

    replace_in(
        &site,
        "content/partners/acme.md",
        "Acme makes things.",
        "Acme makes tools.",
    );
    session.changes_seen(Some(vec![site.root.join("content/partners/acme.md")]));
    let rebuilt = session.rebuild().unwrap();
    assert!(rebuilt.bodies_only);
    let fresh = candor::generate(&options(&site)).unwrap();
    assert_eq!(warnings(&rebuilt.diagnostics), warnings(&fresh.diagnostics));
    assert_eq!(warnings(&rebuilt.diagnostics), first);
}
