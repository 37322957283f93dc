//! The Atom feed (`/atom.xml`): successes, setbacks, case studies and milestone changes
//! (achieved, re-planned, missed, overdue), newest first, with absolute URLs.

use crate::content::schema::MilestoneStatus;
use crate::date::Date;
use crate::escape::markup;
use crate::model::Site;
use crate::words::{self, Catalogue, Event};

struct FeedEntry {
    id: String,
    title: String,
    link: String,
    date: Date,
    summary: String,
}

fn entries(site: &Site, w: &Catalogue) -> Vec<FeedEntry> {
    let mut out = Vec::new();
    let summary = |s: &Option<String>| s.clone().unwrap_or_default();
    for s in &site.successes {
        out.push(FeedEntry {
            id: s.meta.permalink.clone(),
            title: words::feed_title(w, Event::Success, &s.meta.title),
            link: s.meta.permalink.clone(),
            date: s.date,
            summary: summary(&s.meta.summary),
        });
    }
    for s in &site.setbacks {
        let latest = s.updates.first().map_or(s.date, |u| u.date.max(s.date));
        out.push(FeedEntry {
            id: s.meta.permalink.clone(),
            title: words::feed_title(
                w,
                Event::Setback {
                    severity: s.severity,
                    status: s.status,
                },
                &s.meta.title,
            ),
            link: s.meta.permalink.clone(),
            date: latest,
            summary: summary(&s.meta.summary),
        });
    }
    for c in &site.case_studies {
        out.push(FeedEntry {
            id: c.meta.permalink.clone(),
            title: words::feed_title(w, Event::CaseStudy, &c.meta.title),
            link: c.meta.permalink.clone(),
            date: c.date,
            summary: summary(&c.meta.summary),
        });
    }
    for m in &site.milestones {
        let link = &m.meta.permalink;
        if let (MilestoneStatus::Achieved, Some(done)) = (m.status, m.completed) {
            out.push(FeedEntry {
                id: format!("{link}#achieved"),
                title: words::feed_title(
                    w,
                    Event::Achieved {
                        state: &m.status_text,
                    },
                    &m.meta.title,
                ),
                link: link.clone(),
                date: done,
                summary: summary(&m.meta.summary),
            });
        }
        for r in &m.replans {
            out.push(FeedEntry {
                id: format!("{link}#replan-{}", r.date),
                title: words::feed_title(w, Event::Replanned { to: r.due }, &m.meta.title),
                link: format!("{link}#replans"),
                date: r.date,
                summary: r.reason.clone(),
            });
        }
        if m.status == MilestoneStatus::Missed {
            out.push(FeedEntry {
                id: format!("{link}#missed"),
                title: words::feed_title(w, Event::Missed, &m.meta.title),
                link: link.clone(),
                date: m.meta.updated.unwrap_or(m.current_due),
                summary: summary(&m.meta.summary),
            });
        }
        if m.overdue {
            out.push(FeedEntry {
                id: format!("{link}#overdue-{}", m.current_due),
                title: words::feed_title(w, Event::Overdue { status: m.status }, &m.meta.title),
                link: link.clone(),
                date: m.current_due.add_days(1),
                summary: words::overdue_summary(w, m.current_due),
            });
        }
    }
    out.retain(|e| e.date <= site.build_date);
    out.sort_by(|a, b| (b.date, &a.id).cmp(&(a.date, &b.id)));
    out
}

/// The Atom feed of newsletter issues (`/newsletters/atom.xml`).
pub(crate) fn newsletters_atom(site: &Site, w: &Catalogue) -> String {
    let entries: Vec<FeedEntry> = site
        .newsletters
        .iter()
        .filter(|n| n.date <= site.build_date)
        .map(|n| FeedEntry {
            id: n.meta.permalink.clone(),
            title: n.meta.title.clone(),
            link: n.meta.permalink.clone(),
            date: n.date,
            summary: n.meta.summary.clone().unwrap_or_default(),
        })
        .collect();
    document(
        site,
        &w.format(
            "feed-newsletter-title",
            &[("name", words::Arg::Text(&site.alliance.name))],
        ),
        "newsletters/atom.xml",
        &entries,
    )
}

/// The Atom document of the site's updates.
pub fn atom(site: &Site, w: &Catalogue) -> String {
    document(site, &site.alliance.name, "atom.xml", &entries(site, w))
}

fn document(site: &Site, title: &str, self_path: &str, entries: &[FeedEntry]) -> String {
    let updated = entries.first().map_or(site.build_date, |e| e.date);
    let a = &site.alliance;
    let mut xml = String::new();
    xml.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        markup(&a.language)
    ));
    xml.push_str(&format!("  <title>{}</title>\n", markup(title)));
    if let Some(tagline) = &a.tagline {
        xml.push_str(&format!("  <subtitle>{}</subtitle>\n", markup(tagline)));
    }
    xml.push_str(&format!(
        "  <id>{}</id>\n",
        markup(&site.permalink(self_path))
    ));
    xml.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        markup(&site.permalink(self_path))
    ));
    xml.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        markup(&a.base_url)
    ));
    xml.push_str(&format!("  <updated>{}</updated>\n", updated.rfc3339()));
    xml.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        markup(&a.name)
    ));
    xml.push_str("  <generator>Candor</generator>\n");
    for e in entries {
        xml.push_str("  <entry>\n");
        xml.push_str(&format!("    <title>{}</title>\n", markup(&e.title)));
        xml.push_str(&format!("    <id>{}</id>\n", markup(&e.id)));
        xml.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            markup(&e.link)
        ));
        xml.push_str(&format!("    <updated>{}</updated>\n", e.date.rfc3339()));
        if !e.summary.is_empty() {
            xml.push_str(&format!("    <summary>{}</summary>\n", markup(&e.summary)));
        }
        xml.push_str("  </entry>\n");
    }
    xml.push_str("</feed>\n");
    xml
}
