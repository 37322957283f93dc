//! The site's language: `language` in alliance.toml picks the messages every page, feed and
//! open-data file is worded in (English, French, Spanish and Arabic are built in), with the
//! language's plural rules, dates, numbers and direction; a site or theme adds or overrides
//! messages; a catalogue missing a message is refused naming it.

mod common;
use common::{TestSite, visible_text};

/// The small fixture site in `language`.
fn site_in(language: &str) -> TestSite {
    let site = TestSite::small();
    site.write(
        "content/alliance.toml",
        &format!("{}language = \"{language}\"\n", common::ALLIANCE),
    );
    site
}

fn html_tag(html: &str) -> &str {
    let start = html.find("<html").unwrap();
    &html[start..start + html[start..].find('>').unwrap() + 1]
}

#[test]
fn a_french_site_is_worded_in_french_with_french_dates_and_numbers() {
    let site = site_in("fr");
    let run = site.build("2025-06-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let home = site.page("index.html");
    assert_eq!(html_tag(&home), "<html lang=\"fr\" dir=\"ltr\">");
    let text = visible_text(&home);
    // The footer, the menu and the dates, in French.
    assert!(text.contains("1er juin 2025"), "{text}");
    assert!(text.contains("Jalons"), "{text}");
    assert!(!text.contains("Milestones"), "{text}");
    // A milestone's state, worded from its facts: "31 jours de retard, en cours".
    let milestone = visible_text(&site.page("milestones/launch/index.html"));
    assert!(
        milestone.contains("31 jours de retard, en cours"),
        "{milestone}"
    );
    // The feed and the open data say the same things in the same language.
    let feed = site.page("atom.xml");
    assert!(feed.contains("xml:lang=\"fr\""), "{feed}");
    assert!(feed.contains("Jalon en retard"), "{feed}");
    let data = site.page("data/milestones.csv");
    assert!(data.contains("31 jours de retard, en cours"), "{data}");
    // Numbers: a thin no-break space between thousands, a comma before decimals.
    let partner = site.page("partners/acme/index.html");
    assert!(partner.contains(">1\u{202F}000<"), "{partner}");
}

#[test]
fn an_arabic_site_reads_right_to_left_with_arabic_digits_and_plurals() {
    let site = site_in("ar");
    let run = site.build("2025-06-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let home = site.page("index.html");
    assert_eq!(html_tag(&home), "<html lang=\"ar\" dir=\"rtl\">");
    let milestone = visible_text(&site.page("milestones/launch/index.html"))
        .replace(['\u{2068}', '\u{2069}'], "");
    // 31 days: Arabic's "many" form (11 to 99), in Arabic-Indic digits.
    assert!(milestone.contains("٣١ يومًا"), "{milestone}");
    assert!(milestone.contains("٢٠٢٥"), "{milestone}");
    // Isolation marks keep a Latin title in its own direction inside Arabic text, and never
    // reach a link or a date attribute.
    for value in common::attribute_values(&home, "href")
        .into_iter()
        .chain(common::attribute_values(&home, "datetime"))
    {
        assert!(!value.contains(['\u{2068}', '\u{2069}']), "{value:?}");
    }
    let css = site.page("style.css");
    assert!(
        css.contains("[dir=\"rtl\"]"),
        "the stylesheet has no right-to-left rules"
    );
}

#[test]
fn a_spanish_site_is_worded_in_spanish() {
    let site = site_in("es");
    let run = site.build("2025-06-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = visible_text(&site.page("index.html"));
    assert!(text.contains("1 de junio de 2025"), "{text}");
    let milestone = visible_text(&site.page("milestones/launch/index.html"));
    assert!(milestone.contains("31 días"), "{milestone}");
    // Four-digit numbers are not grouped in Spanish.
    let partner = visible_text(&site.page("partners/acme/index.html"));
    assert!(partner.contains("1000"), "{partner}");
}

#[test]
fn a_regional_tag_uses_its_language_and_an_unknown_one_says_it_falls_back_to_english() {
    let site = site_in("fr-CA");
    let run = site.build("2025-06-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let home = site.page("index.html");
    assert_eq!(html_tag(&home), "<html lang=\"fr-CA\" dir=\"ltr\">");
    assert!(visible_text(&home).contains("1er juin 2025"));

    let site = site_in("de");
    let run = site.build("2025-06-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "there are no messages in the language `de`, so the site's own words are in English"
        ),
        "{}",
        run.stderr
    );
    assert!(visible_text(&site.page("index.html")).contains("1 June 2025"));
}

#[test]
fn a_site_overrides_a_message_and_adds_a_language_of_its_own() {
    let site = site_in("en");
    site.write(
        "i18n/en/ours.ftl",
        "# Our own word for it.\nfooter-tags = Topics\n",
    );
    let run = site.build("2025-06-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let home = visible_text(&site.page("index.html"));
    assert!(home.contains("Topics"), "{home}");

    // A language of the site's own, complete but for two messages: refused, naming them.
    let site = site_in("de");
    let english = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/i18n/en");
    for file in std::fs::read_dir(&english).unwrap() {
        let file = file.unwrap().path();
        let text = std::fs::read_to_string(&file).unwrap();
        let text: String = text
            .lines()
            .filter(|l| !l.starts_with("footer-tags =") && !l.starts_with("page-search ="))
            .map(|l| format!("{l}\n"))
            .collect();
        site.write(
            &format!("i18n/de/{}", file.file_name().unwrap().to_string_lossy()),
            &text,
        );
    }
    let run = site.build_fails("2025-06-01");
    assert!(
        run.stderr
            .contains("the `de` messages have no message `footer-tags`")
            && run
                .stderr
                .contains("the `de` messages have no message `page-search`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("i18n/de/"), "{}", run.stderr);
    assert!(!site.public().exists());
}

#[test]
fn a_broken_message_file_is_refused_with_its_line_and_column() {
    let site = site_in("en");
    site.write("i18n/en/ours.ftl", "footer-tags = Topics\nbroken = { $n\n");
    let run = site.build_fails("2025-06-01");
    assert!(run.stderr.contains("i18n/en/ours.ftl:2:"), "{}", run.stderr);
    assert!(run.stderr.contains("does not parse"), "{}", run.stderr);
}

#[test]
fn a_template_naming_a_message_that_does_not_exist_is_an_error_naming_it() {
    let site = site_in("fr");
    site.write(
        "templates/404.html",
        "{% extends \"base.html\" %}{% block main %}{{ \"no-such-message\" | t }}{% endblock main %}",
    );
    let run = site.build_fails("2025-06-01");
    assert!(
        run.stderr
            .contains("there is no message `no-such-message` in the `fr` messages"),
        "{}",
        run.stderr
    );
}

#[test]
fn hostile_content_in_every_language_stays_text() {
    let evil = "<img src=x onerror=alert(1)>'\"&";
    for language in ["en", "fr", "es", "ar"] {
        let site = site_in(language);
        site.write(
            "content/milestones/evil.md",
            &format!("+++\ntitle = \"{}\"\ndue = 2025-01-01\nstatus = \"planned\"\npartners = [\"acme\"]\n\n[[replans]]\ndate = 2024-12-01\ndue = 2025-02-01\nreason = \"{}\"\n+++\n", evil.replace('"', "\\\""), evil.replace('"', "\\\"")),
        );
        let run = site.build("2025-06-01");
        assert_eq!(run.code, 0, "{language}: {}", run.stderr);
        for page in [
            "index.html",
            "milestones/evil/index.html",
            "milestones/index.html",
            "partners/acme/index.html",
        ] {
            let html = site.page(page);
            let found = candor::inert::active_content(&html);
            assert!(
                found.is_empty(),
                "{language} {page} could run script: {found:#?}"
            );
            assert!(
                visible_text(&html).contains("<img src=x onerror=alert(1)>"),
                "{language} {page}"
            );
        }
    }
}

#[test]
#[ignore = "needs Chromium and ../shared/verify/setup.sh; .ci/run runs it with --ignored"]
fn a_reader_searches_an_arabic_site_and_is_answered_in_arabic() {
    let site = site_in("ar");
    let run = site.build("2025-06-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let queries = r#"[{"q": "hire"}, {"q": "", "filters": {"status": "انتكاسة غير محلولة"}},
        {"q": "zebra"}]"#;
    let seen = common::search_in_chromium(&site.public(), "/", queries);
    assert_eq!(seen["errors"], serde_json::json!([]), "{seen}");
    assert_eq!(seen["formShown"], true, "{seen}");
    let searches = seen["searches"].as_array().unwrap();
    let titles = |s: &serde_json::Value| -> Vec<String> {
        s["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["title"].as_str().unwrap().to_string())
            .collect()
    };
    let said = |s: &serde_json::Value| {
        s["status"]
            .as_str()
            .unwrap()
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    assert_eq!(titles(&searches[0]), ["First hire"], "{seen}");
    // One result: Arabic's "one" form, the word searched in Arabic quotation marks.
    assert_eq!(said(&searches[0]), "نتيجة واحدة عن «hire».", "{seen}");
    // A filter by a status in Arabic: the address keeps it.
    assert_eq!(titles(&searches[1]), ["Late start"], "{seen}");
    assert!(said(&searches[1]).starts_with("نتيجة واحدة في"), "{seen}");
    assert!(
        searches[1]["address"]
            .as_str()
            .unwrap()
            .starts_with("?status=%D8%A7"),
        "{seen}"
    );
    // Nothing found, said in Arabic.
    assert!(titles(&searches[2]).is_empty());
    assert!(
        !said(&searches[2]).is_empty() && !said(&searches[2]).contains("result"),
        "{seen}"
    );
}

#[test]
fn a_message_asking_for_what_it_is_not_given_is_refused_where_it_is_written() {
    let site = site_in("fr");
    site.write(
        "i18n/fr/ours.ftl",
        "footer-tags = Thèmes\nskip-link = Aller { $nope } au { nulle-part } contenu { NUMBER($n) }\n",
    );
    let run = site.build_fails("2025-06-01");
    for said in [
        "i18n/fr/ours.ftl:2:1",
        "the message `skip-link` uses `$nope`, which Candor does not give it",
        "the message `skip-link` uses `nulle-part`, which is not a message here",
        "the message `skip-link` uses `NUMBER()`, which is not a message here",
    ] {
        assert!(
            run.stderr.contains(said),
            "`{said}` not in:\n{}",
            run.stderr
        );
    }
}

#[test]
fn a_regional_folder_adds_to_its_language_and_a_bad_tag_is_refused() {
    let site = site_in("fr-CA");
    site.write("i18n/fr-CA/ours.ftl", "footer-tags = Mots-clics\n");
    let run = site.build("2025-06-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let home = visible_text(&site.page("index.html"));
    assert!(
        home.contains("Mots-clics") && home.contains("Jalons"),
        "{home}"
    );

    for bad in ["", "../../etc", "fr_CA"] {
        let site = site_in(bad);
        let run = site.build_fails("2025-06-01");
        assert!(
            run.stderr.contains("is not a language tag"),
            "{bad}: {}",
            run.stderr
        );
    }
}

#[test]
fn a_date_moved_earlier_is_said_to_be_earlier_in_every_language() {
    for (language, said) in [
        ("en", "(10 days earlier)"),
        ("fr", "(10 jours plus tôt)"),
        ("es", "(10 días antes)"),
        ("ar", "(بتقديم ١٠ أيام)"),
    ] {
        let site = site_in(language);
        site.write(
            "content/milestones/sooner.md",
            "+++\ntitle = \"Sooner\"\ndue = 2025-09-11\nstatus = \"planned\"\n\n[[replans]]\ndate = 2025-01-01\ndue = 2025-09-01\nreason = \"Ready early.\"\n+++\n",
        );
        let run = site.build("2025-06-01");
        assert_eq!(run.code, 0, "{language}: {}", run.stderr);
        let page = visible_text(&site.page("milestones/sooner/index.html"))
            .replace(['\u{2068}', '\u{2069}'], "");
        assert!(page.contains(said), "{language}: `{said}` not in {page}");
    }
}

/// The small site with a French translation of a milestone and of a partner.
fn bilingual() -> TestSite {
    let site = site_in("en");
    site.write(
        "content/milestones/launch.fr.md",
        "+++\ntitle = \"Lancer le dispositif\"\nsummary = \"Le premier pas.\"\n+++\nLe dispositif démarre.\n",
    );
    site.write(
        "content/partners/acme.fr.md",
        "+++\nname = \"Acme Ouvrages\"\nkind = \"business\"\n+++\nAcme fabrique des choses.\n",
    );
    site
}

#[test]
fn a_bilingual_site_has_each_language_at_its_own_addresses_with_links_between_them() {
    let site = bilingual();
    let run = site.build("2025-06-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let fr = site.page("fr/milestones/launch/index.html");
    assert_eq!(html_tag(&fr), "<html lang=\"fr\" dir=\"ltr\">");
    assert!(fr.contains("<h1>Lancer le dispositif</h1>"), "{fr}");
    assert!(
        visible_text(&fr).contains("31 jours de retard, en cours"),
        "{fr}"
    );
    // Static files stay at the root, shared by every language.
    assert!(fr.contains("<link rel=\"stylesheet\" href=\"/style.css\">"));
    assert!(!site.public().join("fr/style.css").exists());
    // hreflang for every language and a default, on both sides.
    for page in [&fr, &site.page("milestones/launch/index.html")] {
        for link in [
            "<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/milestones/launch/\">",
            "<link rel=\"alternate\" hreflang=\"fr\" href=\"https://example.org/fr/milestones/launch/\">",
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/milestones/launch/\">",
        ] {
            assert!(page.contains(link), "{link} not in {page}");
        }
    }
    // The switcher names each language in itself, this one current.
    assert!(
        fr.contains("<a href=\"/milestones/launch/\" hreflang=\"en\" lang=\"en\">English</a>"),
        "{fr}"
    );
    assert!(fr.contains("<a href=\"/fr/milestones/launch/\" hreflang=\"fr\" lang=\"fr\" aria-current=\"page\">Français</a>"), "{fr}");
    // References use the translated words; links stay in the language.
    assert!(
        fr.contains("<a href=\"/fr/partners/acme/\">Acme Ouvrages</a>"),
        "{fr}"
    );
    // An entry without a translation: the site's own words, marked and in their language.
    let plan = site.page("fr/milestones/plan/index.html");
    assert!(
        plan.contains("<h1 lang=\"en\" dir=\"auto\">Write the plan</h1>"),
        "{plan}"
    );
    assert!(plan.contains("<html lang=\"fr\""), "{plan}");
    assert!(
        plan.contains("Cette entrée n’est pas encore traduite"),
        "{plan}"
    );
    assert!(
        !site
            .page("milestones/plan/index.html")
            .contains("untranslated")
    );
    // Feeds, sitemap, open data and search index per language.
    let feed = site.page("fr/atom.xml");
    assert!(feed.contains("xml:lang=\"fr\""), "{feed}");
    assert!(
        feed.contains("Jalon en retard (en cours)\u{a0}: Lancer le dispositif"),
        "{feed}"
    );
    assert!(
        feed.contains("https://example.org/fr/milestones/launch/"),
        "{feed}"
    );
    let sitemap = site.page("fr/sitemap.xml");
    assert!(
        sitemap.contains("https://example.org/fr/milestones/launch/"),
        "{sitemap}"
    );
    assert!(
        site.page("fr/data/milestones.csv")
            .contains("31 jours de retard")
    );
    assert!(site.public().join("fr/pagefind/pagefind.js").exists());
    // The site's own language is unchanged but for the links to the other.
    let en = site.page("milestones/launch/index.html");
    assert!(en.contains("<h1>Launch the scheme</h1>"), "{en}");
}

#[test]
fn a_translation_that_changes_a_fact_is_refused_where_it_does() {
    let site = bilingual();
    site.write(
        "content/milestones/launch.fr.md",
        "+++\ntitle = \"Lancer le dispositif\"\ndue = 2025-09-01\nstatus = \"in-progress\"\n+++\n",
    );
    site.write(
        "content/successes/first-hire.fr.md",
        "+++\ntitle = \"Première embauche\"\nmetrics = []\n+++\n",
    );
    site.write(
        "content/setbacks/nowhere.fr.md",
        "+++\ntitle = \"Nulle part\"\n+++\n",
    );
    let run = site.build_fails("2025-06-01");
    for said in [
        "content/milestones/launch.fr.md:3:1",
        "`due` differs from content/milestones/launch.md, where it is 2025-05-01: facts (dates, numbers, statuses, references) are kept in the entry's own file",
        "content/successes/first-hire.fr.md:3:1",
        "`metrics` is not in content/successes/first-hire.md: a translation adds no facts",
        "this translates the setback `nowhere`, which does not exist",
    ] {
        assert!(
            run.stderr.contains(said),
            "`{said}` not in:\n{}",
            run.stderr
        );
    }
    // The same status as the entry's own file is no contradiction.
    assert!(!run.stderr.contains("`status` differs"), "{}", run.stderr);
    assert!(!site.public().exists());
}

#[test]
fn a_newsletter_issue_is_written_in_each_language_of_the_site() {
    let site = bilingual();
    site.write(
        "content/alliance.toml",
        &format!(
            "{}language = \"en\"\n\n[newsletter]\nfrom = \"Test Alliance <news@example.org>\"\n",
            common::ALLIANCE
        ),
    );
    site.write(
        "content/newsletters/june.md",
        "+++\ntitle = \"June news\"\ndate = 2025-06-01\n+++\nHello.\n",
    );
    site.write(
        "content/newsletters/june.fr.md",
        "+++\ntitle = \"Nouvelles de juin\"\n+++\nBonjour.\n",
    );
    let out = site.root.join("mail");
    let out_arg = out.to_str().unwrap();
    let run = site.run(&[
        "newsletter",
        "june",
        "--language",
        "fr",
        "--output",
        out_arg,
        "--date",
        "2025-06-02",
        "--no-history",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = std::fs::read_to_string(out.join("june/fr/email.html")).unwrap();
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"), "{html}");
    assert!(
        html.contains("Nouvelles de juin") && html.contains("Bonjour."),
        "{html}"
    );
    assert!(
        html.contains("https://example.org/fr/newsletters/june/"),
        "{html}"
    );
    let run = site.run(&[
        "newsletter",
        "june",
        "--language",
        "de",
        "--output",
        out_arg,
        "--date",
        "2025-06-02",
        "--no-history",
    ]);
    assert_ne!(run.code, 0);
    assert!(
        run.stderr
            .contains("the site is not published in `de`; its languages are: en, fr"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_language_folder_never_replaces_a_page_or_a_file_of_the_site() {
    let site = bilingual();
    site.write(
        "content/pages/fr.md",
        "+++\ntitle = \"Français\"\n+++\nUne page.\n",
    );
    let run = site.build_fails("2025-06-01");
    assert!(
        run.stderr
            .contains("the translations into `fr` are published under /fr/, where the page `fr`"),
        "{}",
        run.stderr
    );
    // A longer name after a dot is not a language: `x.data.md` is not a translation.
    let site = bilingual();
    site.write(
        "content/milestones/launch.data.md",
        "+++\ntitle = \"Data\"\n+++\n",
    );
    let run = site.build_fails("2025-06-01");
    assert!(
        run.stderr
            .contains("`launch.data` cannot be used as a slug"),
        "{}",
        run.stderr
    );
}

#[test]
fn what_is_not_a_translation_never_publishes_a_language() {
    // A copy left beside an entry is not read as a language of the site.
    let site = site_in("en");
    site.write(
        "content/milestones/launch.bak.md",
        "+++\ntitle = \"Old\"\n+++\n",
    );
    let run = site.build_fails("2025-06-01");
    assert!(
        run.stderr.contains(
            "this is read as a translation into `bak`, a language Candor has no messages in"
        ),
        "{}",
        run.stderr
    );
    // A translation of a draft publishes nothing in its language.
    let site = site_in("en");
    site.write(
        "content/milestones/hidden.md",
        "+++\ntitle = \"Hidden\"\ndue = 2025-09-01\nstatus = \"planned\"\ndraft = true\n+++\n",
    );
    site.write(
        "content/milestones/hidden.es.md",
        "+++\ntitle = \"Oculto\"\n+++\n",
    );
    let run = site.build("2025-06-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!site.public().join("es").exists());
    assert!(!site.page("index.html").contains("hreflang"));
    // Words given in the wrong shape are refused, not dropped.
    let site = bilingual();
    site.write(
        "content/setbacks/late-start.fr.md",
        "+++\ntitle = \"Démarrage tardif\"\nlessons = \"Commencer plus tôt\"\n+++\n",
    );
    site.write("content/partners/school.fr.md", "+++\nname = \"\"\n+++\n");
    let run = site.build_fails("2025-06-01");
    assert!(
        run.stderr.contains("content/setbacks/late-start.fr.md:3:1"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("`lessons` in a translation is a list of texts"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("`name` in a translation is a text that is not empty"),
        "{}",
        run.stderr
    );
}

#[test]
fn links_in_a_translation_are_checked_and_bundle_images_shown_in_every_language() {
    let site = bilingual();
    site.write(
        "content/milestones/launch.fr.md",
        "+++\ntitle = \"Lancer\"\n+++\n[Nulle part](/partners/nope/)\n",
    );
    let run = site.build_fails("2025-06-01");
    assert!(run.stderr.contains("/partners/nope/"), "{}", run.stderr);
    let site = bilingual();
    site.write(
        "content/case-studies/story/index.md",
        "+++\ntitle = \"Story\"\ndate = 2024-05-01\n+++\n![A drawing](drawing.svg)\n",
    );
    site.write(
        "content/case-studies/story/drawing.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>",
    );
    let run = site.build("2025-06-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.page("fr/case-studies/story/index.html")
            .contains("src=\"drawing.svg\"")
    );
    assert!(
        site.public()
            .join("fr/case-studies/story/drawing.svg")
            .exists()
    );
}

#[test]
fn robots_names_every_language_sitemap_and_two_translations_of_one_entry_are_refused() {
    let site = bilingual();
    let run = site.build("2025-06-01");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let robots = site.page("robots.txt");
    assert!(robots.contains("Sitemap: https://example.org/sitemap.xml\nSitemap: https://example.org/fr/sitemap.xml\n"), "{robots}");
    site.write(
        "content/partners/acme/index.md",
        &std::fs::read_to_string(site.root.join("content/partners/acme.md")).unwrap(),
    );
    std::fs::remove_file(site.root.join("content/partners/acme.md")).unwrap();
    site.write(
        "content/partners/acme/index.fr.md",
        "+++\nname = \"Acme bis\"\n+++\n",
    );
    let run = site.build_fails("2025-06-01");
    assert!(
        run.stderr
            .contains("the partner `acme` has two translations into `fr`"),
        "{}",
        run.stderr
    );
}
