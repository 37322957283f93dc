//! Real shapes of data that the uniform synthetic sites lack, as fixtures: a membership
//! alliance (hundreds of members who fund it and own no entries, many without a public join
//! date) and a long-running programme (a decade of quarterly reporting, indicators with 160
//! measurements, 130 milestones on one objective). Names and labels are long and written in
//! several scripts. Deterministic from a seed.

use super::{Rng, sentence};
use crate::date::Date;
use std::fmt::Write as _;
use std::path::Path;

/// Names in several scripts and lengths, to be combined.
const NAMES: &[&str] = &[
    "Fundação Comunitária São João",
    "Ελληνική Ένωση Γονέων",
    "Общество друзей библиотеки",
    "جمعية أصدقاء المدرسة",
    "東京こども食堂ネットワーク",
    "सामुदायिक शिक्षा मंच",
    "Coöperatie De Groene Schakel",
    "Cymdeithas Rhieni Ysgol Gynradd Llanfair",
    "Ngā Kaitiaki o te Awa",
    "Ō'ahu Family Reading Circle",
];

/// A membership alliance: a few working partners with roles and entries, and `members`
/// members that only belong and fund it (every third without a join date, one in twenty
/// anonymous), each paying a yearly contribution for some of the last six years.
pub fn write_membership(out: &Path, members: usize, seed: u64, today: Date) -> std::io::Result<()> {
    let mut rng = Rng::new(seed);
    let content = out.join("content");
    for dir in [
        "partners",
        "objectives",
        "milestones",
        "successes",
        "setbacks",
    ] {
        std::fs::create_dir_all(content.join(dir))?;
    }
    std::fs::write(
        content.join("alliance.toml"),
        "name = \"Open Membership Pledge\"\ntagline = \"Hundreds of members, one public ledger\"\nbase_url = \"https://members.example.org/\"\ncurrency = \"EUR\"\n",
    )?;
    for i in 0..4 {
        std::fs::write(
            content.join(format!("partners/steward-{i}.md")),
            format!(
                "+++\nname = \"Steward {i}: {}\"\nkind = \"nonprofit\"\njoined = 2019-01-01\nroles = [\"Runs the pledge\", \"Audits reports\"]\n+++\n{}\n",
                NAMES[i % NAMES.len()],
                sentence(&mut rng, 20)
            ),
        )?;
    }
    let kinds = ["individual", "business", "funder", "nonprofit", "school"];
    for i in 0..members {
        let mut t = format!(
            "+++\nname = \"{} {i}\"\nkind = \"{}\"\n",
            NAMES[i % NAMES.len()],
            kinds[i % kinds.len()]
        );
        if i % 3 != 0 {
            let _ = writeln!(t, "joined = {}-0{}-15", 2019 + i % 6, 1 + i % 9);
        }
        if i % 20 == 7 {
            t.push_str("anonymous = true\n");
        }
        for year in (today.year() - 6..today.year()).filter(|y| (y + i as i32) % 3 != 0) {
            let _ = write!(
                t,
                "\n[[contributions]]\ndate = {year}-12-31\nkind = \"funds\"\namount = {}\nstatus = \"{}\"\n",
                100 * (1 + rng.below(50)),
                if year == today.year() - 1 && i % 4 == 0 {
                    "pledged"
                } else {
                    "received"
                }
            );
        }
        t.push_str("+++\n");
        std::fs::write(content.join(format!("partners/member-{i:04}.md")), t)?;
    }
    std::fs::write(
        content.join("objectives/pledge.md"),
        "+++\ntitle = \"Members pay what they pledged\"\nowners = [\"steward-0\"]\n\n[[indicators]]\nname = \"Share of pledges paid\"\nunit = \"%\"\nbaseline = 40\nbaseline_date = 2020-01-01\ntarget = 90\ntarget_date = 2027-12-31\nmeasurements = [{ date = 2021-12-31, value = 52 }, { date = 2022-12-31, value = 61 }, { date = 2023-12-31, value = 58 }, { date = 2024-12-31, value = 66 }]\n+++\n",
    )?;
    std::fs::write(
        content.join("milestones/annual-report.md"),
        "+++\ntitle = \"Publish the annual members' report\"\ndue = 2025-03-31\nstatus = \"achieved\"\ncompleted = 2025-04-20\nobjective = \"pledge\"\npartners = [\"steward-0\", \"steward-1\"]\n+++\n",
    )?;
    std::fs::write(
        content.join("successes/thousandth-payment.md"),
        "+++\ntitle = \"The thousandth payment\"\ndate = 2024-06-01\npartners = [\"steward-1\"]\n+++\n",
    )?;
    std::fs::write(
        content.join("setbacks/late-payments.md"),
        "+++\ntitle = \"Many members paid late\"\ndate = 2023-02-01\nseverity = \"medium\"\nstatus = \"mitigating\"\npartners = [\"steward-2\"]\nactions = [{ title = \"Reminders in January\", owner = \"steward-2\" }]\n+++\n",
    )?;
    Ok(())
}

/// A long-running programme: ten years of quarterly reporting; one objective with an
/// indicator measured 160 times, one 40 times and one 3 times; 130 milestones on it with
/// every status, re-plans, and long titles in several scripts; partners whose contributions
/// have long unit names.
pub fn write_programme(out: &Path, seed: u64, today: Date) -> std::io::Result<()> {
    let mut rng = Rng::new(seed);
    let content = out.join("content");
    for dir in [
        "partners",
        "objectives",
        "milestones",
        "successes",
        "setbacks",
    ] {
        std::fs::create_dir_all(content.join(dir))?;
    }
    std::fs::write(
        content.join("alliance.toml"),
        "name = \"Decade of Reading Programme\"\ntagline = \"Ten years, every quarter reported\"\nbase_url = \"https://programme.example.org/\"\nreporting = \"quarterly\"\ncurrency = \"GBP\"\n",
    )?;
    let start = Date::new(today.year() - 10, 1, 1).expect("1 January exists");
    for i in 0..6 {
        std::fs::write(
            content.join(format!("partners/p{i}.md")),
            format!(
                "+++\nname = \"{}\"\nkind = \"school\"\njoined = {start}\nroles = [\"Delivers reading sessions\"]\n\n[[contributions]]\ndate = {}\nkind = \"skills\"\namount = {}\nunit = \"hours of teacher training and mentoring\"\n\n[[contributions]]\ndate = {}\nkind = \"funds\"\namount = {}\nstatus = \"pledged\"\n+++\n",
                NAMES[i % NAMES.len()],
                start.add_days(400 + 90 * i as i64),
                50 + rng.below(400),
                start.add_days(800),
                10_000 * (1 + i)
            ),
        )?;
    }
    let measurements = |rng: &mut Rng, count: usize, base: f64| {
        let step = (today.days_since_epoch() - start.days_since_epoch()) / count as i64;
        (0..count)
            .map(|k| {
                let d = start.add_days(step * k as i64 + 1);
                let v = base + k as f64 * 0.4 + rng.below(7) as f64;
                let verification = ["self-reported", "partner-confirmed", "audited"][k % 3];
                format!("{{ date = {d}, value = {v}, verification = \"{verification}\" }}")
            })
            .collect::<Vec<_>>()
            .join(",\n  ")
    };
    let mut objective = String::from(
        "+++\ntitle = \"Every child reads fluently by the age of nine, in the language spoken at home and in the school's\"\nowners = [\"p0\", \"p1\"]\n",
    );
    for (name, count, base) in [
        (
            "Children reading at the expected level (share of nine-year-olds, all schools)",
            160,
            20.0,
        ),
        ("Volunteer reading sessions held", 40, 100.0),
        ("Libraries refitted", 3, 0.0),
    ] {
        let _ = write!(
            objective,
            "\n[[indicators]]\nname = \"{name}\"\nbaseline = {base}\nbaseline_date = {start}\ntarget = {}\ntarget_date = {}\nmeasurements = [\n  {}\n]\n",
            base + 90.0,
            today.add_days(700),
            measurements(&mut rng, count, base)
        );
    }
    objective.push_str("+++\nThe programme's one objective, measured for ten years.\n");
    std::fs::write(content.join("objectives/reading.md"), objective)?;
    let statuses = [
        "achieved",
        "achieved",
        "in-progress",
        "planned",
        "delayed",
        "missed",
        "cancelled",
    ];
    for i in 0..130 {
        let due = start.add_days(28 * i as i64 + 30);
        let status = statuses[i % statuses.len()];
        let mut t = format!(
            "+++\ntitle = \"{} — milestone {i}: {}\"\ndue = {due}\nstatus = \"{status}\"\nobjective = \"reading\"\npartners = [\"p{}\"]\n",
            NAMES[i % NAMES.len()],
            sentence(&mut rng, 6).trim_end_matches('.'),
            i % 6
        );
        if status == "achieved" {
            let _ = writeln!(t, "completed = {}", due.add_days(rng.below(60) as i64));
        }
        if status == "delayed" || i % 11 == 0 {
            let _ = write!(
                t,
                "\n[[replans]]\ndate = {}\ndue = {}\nreason = \"{}\"\n",
                due.add_days(-10),
                due.add_days(120),
                sentence(&mut rng, 8)
            );
        }
        t.push_str("+++\n");
        std::fs::write(content.join(format!("milestones/m{i:03}.md")), t)?;
    }
    for i in 0..12 {
        std::fs::write(
            content.join(format!("successes/s{i}.md")),
            format!(
                "+++\ntitle = \"{}\"\ndate = {}\npartners = [\"p{}\"]\nobjective = \"reading\"\n+++\n",
                sentence(&mut rng, 5).trim_end_matches('.'),
                start.add_days(300 * i as i64 + 20),
                i % 6
            ),
        )?;
        std::fs::write(
            content.join(format!("setbacks/b{i}.md")),
            format!(
                "+++\ntitle = \"{}\"\ndate = {}\nseverity = \"{}\"\nstatus = \"resolved\"\nresolved = {}\npartners = [\"p{}\"]\nlessons = [\"{}\"]\n+++\n",
                sentence(&mut rng, 5).trim_end_matches('.'),
                start.add_days(300 * i as i64 + 50),
                ["low", "medium", "high"][i % 3],
                start.add_days(300 * i as i64 + 90),
                i % 6,
                sentence(&mut rng, 7)
            ),
        )?;
    }
    Ok(())
}
