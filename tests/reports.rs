//! Period reports, charts, the scorecard and the open data, on a fixture with known numbers.

mod common;
use common::*;

#[test]
fn a_report_per_year_with_its_figures() {
    let site = TestSite::small();
    site.build("2025-06-01");
    let index = site.text("reports/index.html");
    assert!(index.contains("2025 (so far)"), "{index}");
    let r2024 = site.text("reports/2024/index.html");
    assert!(
        r2024.contains("1 milestone fell due: 1 was achieved, late. 1 success reported. 1 setback reported, none of them resolved."),
        "{r2024}"
    );
    assert!(
        r2024.contains("Write the plan : completed 11 March 2024, 10 days late"),
        "{r2024}"
    );
    assert!(r2024.contains("People in work 10 15 up 5 25%"), "{r2024}");
    assert!(r2024.contains("Funds USD 1,000 400"), "{r2024}");

    let r2025 = site.text("reports/2025/index.html");
    assert!(r2025.contains("figures as of 1 June 2025"), "{r2025}");
    assert!(
        r2025.contains("So far 1 milestone has fallen due: none has been achieved yet. 1 milestone is overdue now."),
        "a running period is told so far: {r2025}"
    );
    assert!(
        r2025.contains("Overdue now (1) Launch the scheme"),
        "{r2025}"
    );
    // Printed, a report starts with its summary and scorecard.
    let scorecard = r2025.find("Scorecard for this period").unwrap();
    assert!(scorecard < r2025.find("Milestone timeline").unwrap());
    assert!(
        r2025.contains("People in work (not measured in this period) 15 15 no change 25%"),
        "{r2025}"
    );
}

#[test]
fn quarterly_reporting_makes_a_report_per_quarter() {
    let site = TestSite::small();
    site.write(
        "content/alliance.toml",
        &format!("{ALLIANCE}reporting = \"quarterly\"\n"),
    );
    site.build("2025-06-01");
    for q in ["2024-q1", "2024-q2", "2024-q3", "2025-q2"] {
        assert!(
            site.public()
                .join(format!("reports/{q}/index.html"))
                .is_file(),
            "no report {q}"
        );
    }
    assert!(
        !site.public().join("reports/2024-q4").exists(),
        "a quarter with no activity has no report"
    );
    assert!(
        site.text("reports/2024-q3/index.html")
            .contains("report for 2024 Q3 (July to September)")
    );
}

#[test]
fn silence_is_visible_a_period_without_setbacks_says_so() {
    let site = TestSite::small();
    site.remove("content/setbacks/late-start.md");
    let run = site.build("2025-06-01");
    assert!(
        run.stderr
            .contains("warning: the 2024 report lists 1 success but no setbacks"),
        "{}",
        run.stderr
    );
    let text = site.text("reports/2024/index.html");
    assert!(
        text.contains("No setbacks were reported for this period"),
        "{text}"
    );
    let check = site.run(&["check", "--date", "2025-06-01"]);
    assert_eq!(check.code, 0);
    assert!(check.stderr.contains("but no setbacks"));
}

#[test]
fn the_scorecard_counts_and_links_to_what_it_counts() {
    let site = TestSite::small();
    site.build("2025-06-01");
    // The full scorecard lives on the reports; the home page counts each thing once.
    let page = site.page("reports/index.html");
    let text = visible_text(&main_of(&page));
    assert!(
        text.contains("Milestones achieved on time 0 Achieved late 1 Missed 0 Overdue 1"),
        "{text}"
    );
    assert!(
        text.contains("Setbacks still open 1 (0 high, 1 medium, 0 low)"),
        "{text}"
    );
    assert!(
        text.contains("Setbacks with actions 0 of 1 Setbacks with lessons 1 of 1"),
        "{text}"
    );
    assert!(page.contains("href=\"#sc-late\""));
    let home = visible_text(&main_of(&site.page("index.html")));
    assert!(!home.contains("Achieved late"), "{home}");
    assert!(
        home.contains("1 milestone overdue and 0 missed 1 setback still open (0 resolved) 1 milestone achieved (0 on time, 1 late) 1 success 2 partners"),
        "one of each, in the singular: {home}"
    );
    let reports = site.text("reports/index.html");
    assert!(
        reports.contains("Milestones achieved late (1) Write the plan"),
        "{reports}"
    );
    assert!(
        reports.contains("Late start : medium severity, open for 304 days"),
        "{reports}"
    );
    assert!(
        broken_links(&site.public(), "/").is_empty(),
        "{:?}",
        broken_links(&site.public(), "/")
    );
}

#[test]
fn indicators_are_judged_against_a_straight_line_to_the_target() {
    let site = TestSite::small();
    site.write("content/objectives/jobs.md", "+++\ntitle = \"More jobs\"\n\n[[indicators]]\nname = \"Ahead\"\nbaseline = 0\nbaseline_date = 2024-01-01\ntarget = 100\ntarget_date = 2026-01-01\nmeasurements = [{ date = 2025-01-01, value = 60 }]\n\n[[indicators]]\nname = \"Behind\"\nbaseline = 0\nbaseline_date = 2024-01-01\ntarget = 100\ntarget_date = 2026-01-01\nmeasurements = [{ date = 2025-01-01, value = 30 }]\n+++\n");
    site.build("2025-06-01");
    let text = site.text("reports/index.html");
    assert!(
        text.contains("Indicators on track (1) Ahead (More jobs)"),
        "{text}"
    );
    assert!(
        text.contains("Indicators off track (1) Behind (More jobs)"),
        "{text}"
    );
}

#[test]
fn charts_are_svg_with_their_numbers_in_words() {
    let site = TestSite::small();
    site.build("2025-06-01");
    let objective = site.page("objectives/jobs/index.html");
    assert!(objective.contains("<svg class=\"chart\""));
    assert!(objective.contains("role=\"img\" aria-labelledby=\"chart-indicator-people-in-work-title chart-indicator-people-in-work-desc\""));
    assert!(objective.contains(
        "<title id=\"chart-indicator-people-in-work-title\">People in work over time</title>"
    ));
    assert!(objective.contains("Baseline 10, target 30. Measurements: 15 on 1 June 2024."));
    let milestones = site.page("milestones/index.html");
    assert!(
        milestones.contains("<title id=\"milestone-timeline-title\">Milestone timeline</title>")
    );
    assert!(milestones.contains("Launch the scheme: first agreed 1 May 2025, overdue since 1 May 2025 (31 days overdue, in progress)."));
    assert!(milestones.contains("<tspan class=\"state-bad\"> · overdue</tspan>"));
    let partners = site.page("partners/index.html");
    assert!(partners.contains("Funds (USD): 1,000 pledged, 400 received."));
    assert!(!objective.contains("<script"));
}

#[test]
fn the_json_matches_its_published_schema() {
    let site = TestSite::small();
    site.build("2025-06-01");
    let data: serde_json::Value = serde_json::from_str(&site.page("data/alliance.json")).unwrap();
    let schema: serde_json::Value =
        serde_json::from_str(&site.page("data/alliance.schema.json")).unwrap();
    // Every named type is defined, not a pointer to its own name (validators that resolve
    // references eagerly, such as Python's jsonschema, loop for ever on one); .ci/run checks
    // the example's data with that second, independent validator too.
    for (name, definition) in schema["$defs"].as_object().unwrap() {
        assert_ne!(
            definition["$ref"].as_str(),
            Some(format!("#/$defs/{name}").as_str()),
            "$defs.{name} refers to itself"
        );
        assert!(
            definition.get("$ref").is_none() || definition.get("type").is_some(),
            "$defs.{name} is only a reference: {definition}"
        );
    }
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = validator
        .iter_errors(&data)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(data["milestones"][0]["slug"], "plan");
    assert_eq!(data["milestones"][1]["overdue"], true);
    assert_eq!(data["partners"][0]["totals"][0]["pledged"], 1000.0);

    let mut broken = data.clone();
    broken["milestones"][0]["due"] = serde_json::json!(12);
    assert!(
        !validator.is_valid(&broken),
        "the schema must reject a wrong type"
    );
}

#[test]
fn csv_files_have_one_row_per_record() {
    let site = TestSite::small();
    site.write("content/partners/school.md", "+++\nname = \"=HYPERLINK(\\\"http://evil\\\")\"\nkind = \"school\"\njoined = 2024-01-01\nroles = [\"Teaching, mostly\"]\n+++\n");
    site.build("2025-06-01");
    let read = |name: &str| -> Vec<Vec<String>> {
        let text = site.page(&format!("data/{name}.csv"));
        csv::Reader::from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    };
    let partners = read("partners");
    assert_eq!(partners.len(), 2);
    let school = partners.iter().find(|row| row[0] == "school").unwrap();
    assert_eq!(school[1], "'=HYPERLINK(\"http://evil\")");
    assert_eq!(school[8], "Teaching, mostly");
    let contributions = read("contributions");
    assert_eq!(
        contributions[0][..6],
        ["acme", "2024-02-01", "Funds", "1000", "USD", "pledged"]
    );
    let milestones = read("milestones");
    assert_eq!(milestones[1][0], "launch");
    assert_eq!(milestones[1][8], "true");
    assert_eq!(
        read("measurements")[0][..6],
        ["jobs", "People in work", "2024-06-01", "15", "", "Audited"]
    );
    assert!(
        site.page("data/setbacks.csv")
            .starts_with("slug,title,date,severity,status,resolved,days_open")
    );
    assert!(site.text("data/index.html").contains("Licence: CC-BY-4.0"));
}
