//! Synthetic alliance sites for benchmarks: `N` entries spread over every collection in
//! realistic proportions, every field of the content format used, references between
//! entries, indicators with measurements, contributions, and Markdown bodies of 300 to 900
//! words with headings, lists, tables, links, emphasis and footnotes. Deterministic from a
//! seed, so two runs write the same files.

mod history;
mod shapes;

pub use history::write_history;

pub use shapes::{write_membership, write_programme};

use crate::date::Date;
use std::fmt::Write as _;
use std::path::Path;

/// A small, fast, deterministic random number generator (xorshift64*).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// Seeded generator (a zero seed is replaced).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// Next raw value.
    pub(crate) fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A value in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// One of `items`.
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const WORDS: &[&str] = &[
    "alliance",
    "partners",
    "school",
    "families",
    "volunteers",
    "reading",
    "breakfast",
    "council",
    "funding",
    "placement",
    "mentor",
    "community",
    "data",
    "progress",
    "target",
    "delay",
    "report",
    "evaluation",
    "children",
    "young",
    "people",
    "workshop",
    "library",
    "referral",
    "support",
    "measure",
    "baseline",
    "agreed",
    "delivered",
    "lesson",
    "risk",
    "budget",
    "term",
    "summer",
    "valley",
    "network",
    "kitchen",
    "survey",
    "attendance",
    "training",
    "meeting",
    "plan",
    "the",
    "and",
    "of",
    "to",
    "in",
    "for",
    "with",
    "we",
    "our",
    "was",
    "is",
    "on",
    "by",
    "this",
    "that",
];

/// Three years of weekly issues.
const MAX_NEWSLETTERS: usize = 156;

/// How many entries of each collection a site of `n` entries has, with at most
/// `max_newsletters` newsletters.
pub(crate) fn proportions(n: usize, max_newsletters: usize) -> [(&'static str, usize); 8] {
    let part = |share: usize| (n * share / 100).max(1);
    let partners = part(6);
    let objectives = part(2);
    let milestones = part(22);
    let mut successes = part(26);
    let setbacks = part(20);
    let cases = part(18);
    let pages = part(3).min(40);
    let used = partners + objectives + milestones + successes + setbacks + cases + pages;
    // An alliance sends a newsletter a week at most, however much it does: the rest of the
    // entries are successes.
    let rest = n.saturating_sub(used);
    let newsletters = rest.clamp(1, max_newsletters.max(1));
    successes += rest.saturating_sub(newsletters);
    [
        ("partners", partners),
        ("objectives", objectives),
        ("milestones", milestones),
        ("successes", successes),
        ("setbacks", setbacks),
        ("case-studies", cases),
        ("pages", pages),
        ("newsletters", newsletters),
    ]
}

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut s = String::new();
    for i in 0..words {
        if i > 0 {
            s.push(' ');
        }
        let word: &&str = rng.pick(WORDS);
        s.push_str(word);
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => format!("{}{}.", f.to_uppercase(), c.as_str()),
        None => s,
    }
}

/// A Markdown body of about `words` words.
pub fn body(rng: &mut Rng, words: usize, link_to: &str) -> String {
    let mut out = String::new();
    let mut written = 0;
    let mut section = 0;
    while written < words {
        section += 1;
        let _ = writeln!(
            out,
            "## Section {section}: {}\n",
            sentence(rng, 3).trim_end_matches('.')
        );
        for _ in 0..2 {
            let n = 25 + rng.below(30);
            let _ = writeln!(
                out,
                "{} *{}* and **{}**, see [the related page]({link_to}).\n",
                sentence(rng, n),
                rng.pick(WORDS),
                rng.pick(WORDS)
            );
            written += n + 6;
        }
        if section % 2 == 0 {
            for _ in 0..3 {
                let _ = writeln!(out, "- {}", sentence(rng, 6));
            }
            out.push('\n');
            written += 18;
        }
        if section % 3 == 0 {
            out.push_str("| Measure | Before | After |\n|---|---:|---:|\n");
            for _ in 0..3 {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} |",
                    rng.pick(WORDS),
                    rng.below(100),
                    rng.below(100)
                );
            }
            out.push('\n');
            written += 12;
        }
    }
    let _ = writeln!(
        out,
        "A claim with a source.[^src]\n\n[^src]: {}",
        sentence(rng, 8)
    );
    out
}

/// The setting the benchmark sites are written with: no search index, so that they compare
/// like with like with the generators that build none (the example's `--search` removes it).
pub const SEARCH_OFF: &str = "# Benchmarks compare like with like: the peers build no search index.\n[search]\nenabled = false\n";

/// A body of 300 to 900 words.
fn long_body(rng: &mut Rng) -> String {
    let words = 300 + rng.below(600);
    body(rng, words, "../")
}

fn date(rng: &mut Rng, base: Date, span_days: usize) -> Date {
    base.add_days(rng.below(span_days) as i64)
}

/// Writes a site of `entries` entries under `out` (which gets `content/`), dated around
/// `today`. Returns how many files were written.
pub fn write_site(out: &Path, entries: usize, seed: u64, today: Date) -> std::io::Result<usize> {
    write_site_with_newsletters(out, entries, MAX_NEWSLETTERS, seed, today)
}

/// [`write_site`] with at most `max_newsletters` newsletters (at least one). A site's newsletters
/// otherwise grow with it up to three years of weekly issues; with a few, every part of the
/// site grows in proportion to its entries, as the complexity check wants.
pub fn write_site_with_newsletters(
    out: &Path,
    entries: usize,
    max_newsletters: usize,
    seed: u64,
    today: Date,
) -> std::io::Result<usize> {
    let mut rng = Rng::new(seed);
    let counts = proportions(entries, max_newsletters);
    let n = |name: &str| {
        counts
            .iter()
            .find(|(c, _)| *c == name)
            .map_or(1, |(_, k)| *k)
    };
    let start = today.add_days(-3 * 365);
    let content = out.join("content");
    for (dir, _) in counts {
        std::fs::create_dir_all(content.join(dir))?;
    }
    std::fs::write(
        content.join("alliance.toml"),
        format!(
            "name = \"Synthetic Alliance {entries}\"\ntagline = \"A generated alliance for benchmarks\"\nmission = \"We measure **everything**.\"\nbase_url = \"https://synthetic.example.org/\"\ncurrency = \"EUR\"\n\n[newsletter]\nfrom = \"Synthetic <news@synthetic.example.org>\"\nfooter = \"[Unsubscribe](https://synthetic.example.org/unsubscribe/)\"\n\n{SEARCH_OFF}"
        ),
    )?;
    let mut files = 1;
    let kinds = [
        "nonprofit",
        "school",
        "business",
        "government",
        "community-group",
        "funder",
        "individual",
        "other",
    ];
    let partner = |i: usize| format!("partner-{i}");
    let mut write = |path: std::path::PathBuf, text: String| -> std::io::Result<()> {
        files += 1;
        std::fs::write(path, text)
    };

    for i in 0..n("partners") {
        let joined = date(&mut rng, start, 400);
        let left = if i % 17 == 5 {
            format!("left = {}\n", joined.add_days(500))
        } else {
            String::new()
        };
        let mut t = format!(
            "+++\nname = \"Partner {i} {}\"\nkind = \"{}\"\njoined = {joined}\n{left}location = \"Town {}\"\nwebsite = \"https://partner{i}.example.org/\"\nsummary = \"{}\"\nroles = [\"{}\", \"{}\"]\nstrengths = [\"{}\"]\ntags = [\"{}\"]\n",
            rng.pick(WORDS),
            rng.pick(&kinds),
            rng.below(20),
            sentence(&mut rng, 10),
            sentence(&mut rng, 3),
            sentence(&mut rng, 3),
            sentence(&mut rng, 2),
            rng.pick(WORDS)
        );
        for k in 0..3 {
            let (kind, status) = [
                ("funds", "pledged"),
                ("funds", "received"),
                ("volunteer-hours", "received"),
            ][k];
            let _ = write!(
                t,
                "\n[[contributions]]\ndate = {}\nkind = \"{kind}\"\namount = {}\nstatus = \"{status}\"\nnote = \"{}\"\n",
                date(&mut rng, start, 900),
                100 + rng.below(20000),
                sentence(&mut rng, 4)
            );
        }
        let _ = write!(t, "+++\n\n{}", long_body(&mut rng));
        write(
            content.join("partners").join(format!("{}.md", partner(i))),
            t,
        )?;
    }
    let np = n("partners");
    for i in 0..n("objectives") {
        let mut t = format!(
            "+++\ntitle = \"Objective {i}: {}\"\nsummary = \"{}\"\nowners = [\"{}\"]\ntags = [\"{}\"]\n",
            sentence(&mut rng, 3).trim_end_matches('.'),
            sentence(&mut rng, 10),
            partner(rng.below(np)),
            rng.pick(WORDS)
        );
        for k in 0..2 {
            let base = 10 + rng.below(50);
            let _ = write!(
                t,
                "\n[[indicators]]\nname = \"Indicator {k} of {i}\"\nunit = \"%\"\nbaseline = {base}\nbaseline_date = {start}\ntarget = {}\ntarget_date = {}\nmeasurements = [\n",
                base + 30,
                today.add_days(365)
            );
            for m in 0..4 {
                let _ = writeln!(
                    t,
                    "  {{ date = {}, value = {}, verification = \"{}\" }},",
                    start.add_days(200 * (m + 1)),
                    base + rng.below(30),
                    rng.pick(&[
                        "self-reported",
                        "partner-confirmed",
                        "independent",
                        "audited"
                    ])
                );
            }
            t.push_str("]\n");
        }
        let _ = write!(t, "+++\n\n{}", long_body(&mut rng));
        write(
            content.join("objectives").join(format!("objective-{i}.md")),
            t,
        )?;
    }
    let no = n("objectives");
    let statuses = [
        "planned",
        "in-progress",
        "achieved",
        "delayed",
        "missed",
        "cancelled",
    ];
    for i in 0..n("milestones") {
        let due = date(&mut rng, start, 1300);
        let status = *rng.pick(&statuses);
        let mut t = format!(
            "+++\ntitle = \"Milestone {i}: {}\"\nsummary = \"{}\"\ndue = {due}\nstatus = \"{status}\"\nobjective = \"objective-{}\"\npartners = [\"{}\", \"{}\"]\ndeliverables = [{{ title = \"{}\", done = true }}, {{ title = \"{}\", done = false }}]\n",
            sentence(&mut rng, 3).trim_end_matches('.'),
            sentence(&mut rng, 9),
            rng.below(no),
            partner(rng.below(np)),
            partner(rng.below(np)),
            sentence(&mut rng, 3),
            sentence(&mut rng, 3)
        );
        if status == "achieved" {
            let _ = writeln!(t, "completed = {}", due.add_days(rng.below(60) as i64 - 20));
        }
        if status == "delayed" || i % 5 == 0 {
            let _ = write!(
                t,
                "\n[[replans]]\ndate = {}\ndue = {}\nreason = \"{}\"\n",
                due.add_days(-10),
                due.add_days(90),
                sentence(&mut rng, 8)
            );
        }
        let _ = write!(t, "+++\n\n{}", long_body(&mut rng));
        write(
            content.join("milestones").join(format!("milestone-{i}.md")),
            t,
        )?;
    }
    let nm = n("milestones");
    for i in 0..n("successes") {
        let t = format!(
            "+++\ntitle = \"Success {i}: {}\"\nsummary = \"{}\"\ndate = {}\npartners = [\"{}\"]\nobjective = \"objective-{}\"\nmilestone = \"milestone-{}\"\nmetrics = [{{ label = \"people reached\", value = {} }}]\nconsent_until = {}\ntags = [\"{}\", \"{}\"]\n\n[[quotes]]\ntext = \"{}\"\nby = \"A participant\"\n+++\n\n{}",
            sentence(&mut rng, 3).trim_end_matches('.'),
            sentence(&mut rng, 10),
            date(&mut rng, start, 1000),
            partner(rng.below(np)),
            rng.below(no),
            rng.below(nm),
            rng.below(500),
            date(&mut rng, start, 1500),
            rng.pick(WORDS),
            rng.pick(WORDS),
            sentence(&mut rng, 12),
            long_body(&mut rng)
        );
        write(content.join("successes").join(format!("success-{i}.md")), t)?;
    }
    for i in 0..n("setbacks") {
        let d = date(&mut rng, start, 1000);
        let status = *rng.pick(&["open", "mitigating", "resolved"]);
        let resolved = if status == "resolved" {
            format!("resolved = {}\n", d.add_days(30 + rng.below(200) as i64))
        } else {
            String::new()
        };
        let owner = partner(rng.below(np));
        let t = format!(
            "+++\ntitle = \"Setback {i}: {}\"\nsummary = \"{}\"\ndate = {d}\nseverity = \"{}\"\nstatus = \"{status}\"\n{resolved}partners = [\"{owner}\"]\nobjective = \"objective-{}\"\nmilestone = \"milestone-{}\"\nlessons = [\"{}\"]\n\n[[actions]]\ntitle = \"{}\"\nowner = \"{owner}\"\ndue = {}\ndone = {}\n\n[[updates]]\ndate = {}\ntext = \"{}\"\n\n[[responses]]\npartner = \"{owner}\"\ndate = {}\ntext = \"{}\"\n+++\n\n{}",
            sentence(&mut rng, 3).trim_end_matches('.'),
            sentence(&mut rng, 10),
            rng.pick(&["low", "medium", "high"]),
            rng.below(no),
            rng.below(nm),
            sentence(&mut rng, 8),
            sentence(&mut rng, 5),
            d.add_days(60),
            i % 2 == 0,
            d.add_days(5),
            sentence(&mut rng, 12),
            d.add_days(7),
            sentence(&mut rng, 12),
            long_body(&mut rng)
        );
        write(content.join("setbacks").join(format!("setback-{i}.md")), t)?;
    }
    for i in 0..n("case-studies") {
        let t = format!(
            "+++\ntitle = \"Case study {i}: {}\"\nsummary = \"{}\"\ndate = {}\npartners = [\"{}\", \"{}\"]\nobjectives = [\"objective-{}\"]\nconsent_until = {}\n\n[[outcomes]]\nlabel = \"{}\"\nbefore = {}\nafter = {}\nunit = \"people\"\n+++\n\n{}",
            sentence(&mut rng, 3).trim_end_matches('.'),
            sentence(&mut rng, 10),
            date(&mut rng, start, 1000),
            partner(rng.below(np)),
            partner(rng.below(np)),
            rng.below(no),
            date(&mut rng, start, 2000),
            sentence(&mut rng, 3),
            rng.below(100),
            rng.below(200),
            long_body(&mut rng)
        );
        write(
            content
                .join("case-studies")
                .join(format!("case-study-{i}.md")),
            t,
        )?;
    }
    for i in 0..n("pages") {
        let t = format!(
            "+++\ntitle = \"Page {i}\"\nmenu = {}\nweight = {i}\n+++\n\n{}",
            i < 3,
            long_body(&mut rng)
        );
        write(content.join("pages").join(format!("page-{i}.md")), t)?;
    }
    for i in 0..n("newsletters") {
        let t = format!(
            "+++\ntitle = \"Issue {i}\"\ndate = {}\nsummary = \"{}\"\n+++\n\n{}",
            start.add_days(7 * i as i64),
            sentence(&mut rng, 8),
            body(&mut rng, 300, "../")
        );
        write(content.join("newsletters").join(format!("issue-{i}.md")), t)?;
    }
    Ok(files)
}

/// Writes a Hugo project at `hugo_dir` over the same `content/` as the Candor site at
/// `site_dir` (a copy), with minimal templates: a list page per collection, a page per entry,
/// and the tags taxonomy. For comparing the two generators on the same work.
pub fn write_hugo_project(site_dir: &Path, hugo_dir: &Path) -> std::io::Result<()> {
    let layouts = hugo_dir.join("layouts").join("_default");
    std::fs::create_dir_all(&layouts)?;
    std::fs::write(
        hugo_dir.join("config.toml"),
        "baseURL = \"https://synthetic.example.org/\"\ntitle = \"Synthetic Alliance\"\nlanguageCode = \"en\"\n[taxonomies]\ntag = \"tags\"\n[markup.goldmark.renderer]\nunsafe = false\n",
    )?;
    let base = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }} · {{ .Site.Title }}</title><link rel=\"stylesheet\" href=\"/style.css\"></head><body><header><a href=\"/\">{{ .Site.Title }}</a><nav>{{ range .Site.Sections }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ end }}</nav></header><main>{{ block \"main\" . }}{{ end }}</main><footer>{{ .Site.Title }}</footer></body></html>\n";
    std::fs::write(layouts.join("baseof.html"), base)?;
    std::fs::write(
        layouts.join("single.html"),
        "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format \"2 January 2006\" }}</p>{{ .Content }}<p>{{ range .Params.tags }}<a href=\"/tags/{{ . | urlize }}/\">#{{ . }}</a> {{ end }}</p></article>{{ end }}\n",
    )?;
    std::fs::write(
        layouts.join("list.html"),
        "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Summary | plainify | truncate 160 }}</li>{{ end }}</ul>{{ end }}\n",
    )?;
    std::fs::write(
        hugo_dir.join("layouts").join("index.html"),
        "{{ define \"main\" }}<h1>{{ .Site.Title }}</h1><ul>{{ range .Site.Sections }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> ({{ len .Pages }})</li>{{ end }}</ul>{{ end }}\n",
    )?;
    let content = hugo_dir.join("content");
    if content.exists() {
        std::fs::remove_dir_all(&content)?;
    }
    for entry in walkdir::WalkDir::new(site_dir.join("content"))
        .into_iter()
        .flatten()
    {
        let rel = entry
            .path()
            .strip_prefix(site_dir.join("content"))
            .unwrap_or(entry.path());
        let target = content.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target)?;
        } else if entry.path().extension().is_some_and(|e| e == "md") {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Writes a Zola project at `zola_dir` over the same `content/` as the Candor site at
/// `site_dir`, with minimal templates like [`write_hugo_project`]'s: a section page per
/// collection, a page per entry, the tags taxonomy and an Atom feed. Zola keeps taxonomies under
/// `taxonomies` and wants a `title`, so each entry's `tags` line becomes `taxonomies = { tags =
/// [...] }` and a partner's `name` is also its `title`; the rest of the file is copied as it is.
pub fn write_zola_project(site_dir: &Path, zola_dir: &Path) -> std::io::Result<()> {
    let templates = zola_dir.join("templates");
    std::fs::create_dir_all(templates.join("tags"))?;
    std::fs::write(
        zola_dir.join("config.toml"),
        "base_url = \"https://synthetic.example.org/\"\ntitle = \"Synthetic Alliance\"\ndefault_language = \"en\"\ncompile_sass = false\nbuild_search_index = false\ngenerate_feeds = true\ntaxonomies = [{ name = \"tags\" }]\n",
    )?;
    let base = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{% block title %}{{ config.title }}{% endblock %}</title><link rel=\"stylesheet\" href=\"/style.css\"></head><body><header><a href=\"/\">{{ config.title }}</a><nav>{% set root = get_section(path=\"_index.md\") %}{% for s in root.subsections %}{% set sec = get_section(path=s, metadata_only=true) %}<a href=\"{{ sec.permalink }}\">{{ sec.title }}</a> {% endfor %}</nav></header><main>{% block main %}{% endblock %}</main><footer>{{ config.title }}</footer></body></html>\n";
    std::fs::write(templates.join("base.html"), base)?;
    std::fs::write(
        templates.join("page.html"),
        "{% extends \"base.html\" %}{% block title %}{{ page.title }} · {{ config.title }}{% endblock %}{% block main %}<article><h1>{{ page.title }}</h1>{% if page.date %}<p>{{ page.date | date(format=\"%-d %B %Y\") }}</p>{% endif %}{{ page.content | safe }}<p>{% if page.taxonomies.tags %}{% for t in page.taxonomies.tags %}<a href=\"{{ get_taxonomy_url(kind=\"tags\", name=t) }}\">#{{ t }}</a> {% endfor %}{% endif %}</p></article>{% endblock %}\n",
    )?;
    std::fs::write(
        templates.join("section.html"),
        "{% extends \"base.html\" %}{% block main %}<h1>{{ section.title }}</h1><ul>{% for p in section.pages %}<li><a href=\"{{ p.permalink }}\">{{ p.title }}</a> {{ p.summary | default(value=\"\") | striptags | truncate(length=160) }}</li>{% endfor %}</ul>{% endblock %}\n",
    )?;
    std::fs::write(
        templates.join("index.html"),
        "{% extends \"base.html\" %}{% block main %}<h1>{{ config.title }}</h1><ul>{% for s in section.subsections %}{% set sec = get_section(path=s, metadata_only=true) %}<li><a href=\"{{ sec.permalink }}\">{{ sec.title }}</a> ({{ sec.pages | length }})</li>{% endfor %}</ul>{% endblock %}\n",
    )?;
    std::fs::write(
        templates.join("tags").join("list.html"),
        "{% extends \"base.html\" %}{% block main %}<h1>Tags</h1><ul>{% for t in terms %}<li><a href=\"{{ t.permalink }}\">{{ t.name }}</a> ({{ t.page_count }})</li>{% endfor %}</ul>{% endblock %}\n",
    )?;
    std::fs::write(
        templates.join("tags").join("single.html"),
        "{% extends \"base.html\" %}{% block main %}<h1>#{{ term.name }}</h1><ul>{% for p in term.pages %}<li><a href=\"{{ p.permalink }}\">{{ p.title }}</a></li>{% endfor %}</ul>{% endblock %}\n",
    )?;
    let content = zola_dir.join("content");
    if content.exists() {
        std::fs::remove_dir_all(&content)?;
    }
    let from = site_dir.join("content");
    std::fs::create_dir_all(&content)?;
    std::fs::write(
        content.join("_index.md"),
        "+++\ntitle = \"Synthetic Alliance\"\n+++\n",
    )?;
    for entry in walkdir::WalkDir::new(&from)
        .min_depth(1)
        .into_iter()
        .flatten()
    {
        let rel = entry.path().strip_prefix(&from).unwrap_or(entry.path());
        let target = content.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target)?;
            if entry.depth() == 1 {
                let title = rel.to_string_lossy().replace('-', " ");
                std::fs::write(
                    target.join("_index.md"),
                    format!("+++\ntitle = \"{title}\"\n+++\n"),
                )?;
            }
        } else if entry.path().extension().is_some_and(|e| e == "md") {
            let text = std::fs::read_to_string(entry.path())?;
            std::fs::write(&target, zola_front_matter(&text))?;
        }
    }
    Ok(())
}

/// An entry's text with its front matter as Zola reads it (see [`write_zola_project`]).
fn zola_front_matter(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut in_front = false;
    for (i, line) in text.lines().enumerate() {
        if line == "+++" {
            in_front = i == 0;
        }
        if in_front {
            if let Some(list) = line.strip_prefix("tags = ") {
                out.push_str(&format!("taxonomies = {{ tags = {list} }}\n"));
                continue;
            }
            if let Some(name) = line.strip_prefix("name = ") {
                out.push_str(&format!("title = {name}\n"));
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The files a site made from fuzz bytes gets, in order.
pub(crate) const FUZZ_SITE_FILES: &[&str] = &[
    "content/alliance.toml",
    "content/partners/a.md",
    "content/objectives/o.md",
    "content/milestones/m.md",
    "content/successes/s.md",
    "content/setbacks/b.md",
    "content/case-studies/c/index.md",
    "content/pages/p.md",
    "content/newsletters/n.md",
];

/// Writes a small site from arbitrary bytes under `dir`: the bytes are split at each `0xFF`
/// into `alliance.toml` and one entry of each kind ([`FUZZ_SITE_FILES`]). Used by the `site`
/// fuzz target and by the tests that replay its corpus.
pub fn write_site_from_bytes(dir: &Path, data: &[u8]) -> std::io::Result<()> {
    for (part, file) in data.split(|b| *b == 0xFF).zip(FUZZ_SITE_FILES) {
        let path = dir.join(file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, part)?;
    }
    Ok(())
}
