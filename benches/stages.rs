//! Per-stage timings of a full build (load, link, templates, render, assemble, write) on
//! synthetic sites, so a regression shows where it happened. Stable Rust, no harness:
//!
//! `cargo bench --bench stages -- [ENTRIES...]` (default 1000, 10000 and 100000)
//!
//! After each size but the first, a line gives each stage's growth over the size before it
//! beside the site's: a stage that grows faster than the site shows there. (The files are on
//! the temporary folder's file system: TMPDIR=/dev/shm measures on tmpfs.)

use candor::date::Date;
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:8.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect::<Vec<_>>();
    let sizes = if sizes.is_empty() {
        vec![1000, 10000, 100000]
    } else {
        sizes
    };
    let today = Date::new(2026, 6, 1).unwrap();
    println!(
        "{:>8} {:>11} {:>11} {:>11} {:>11} {:>11} {:>11} {:>11}",
        "entries", "load", "link", "templates", "render", "assemble", "write", "total"
    );
    let mut before: Option<(usize, Vec<Duration>)> = None;
    for n in sizes {
        let tmp = tempfile::tempdir().unwrap();
        candor::synth::write_site(tmp.path(), n, 7, today).unwrap();
        let runs = if n <= 2000 {
            7
        } else if n <= 20000 {
            3
        } else {
            1
        };
        let mut t: Vec<Vec<Duration>> = vec![Vec::new(); 7];
        for run in 0..=runs {
            let t0 = Instant::now();
            let (content, _) = candor::content::load(tmp.path(), None);
            let content = content.unwrap();
            let t1 = Instant::now();
            let options = candor::model::LinkOptions {
                build_date: today,
                include_drafts: false,
                base_url: None,
                history: Default::default(),
                languages: Vec::new(),
                translation: None,
            };
            let (site, d) = candor::model::link(&content, &options, None);
            let site = site.unwrap_or_else(|| panic!("{:?}", d.iter().next()));
            let t2 = Instant::now();
            let mut diags = candor::diagnostics::Diagnostics::new();
            let theme = candor::render::theme::resolve(
                tmp.path(),
                "default",
                candor::diagnostics::file_location("x"),
                &mut diags,
            )
            .unwrap();
            let (words, _) =
                candor::words::Catalogue::for_site(&site.alliance.language, &theme.messages);
            let words = std::sync::Arc::new(words.unwrap());
            let values = candor::render::values::TemplateValues::new(&site, None, &words);
            let (tera, _) =
                candor::render::templates(&site, &values, &theme, &words, None).unwrap();
            let t3 = Instant::now();
            let drawn = candor::render::charts::Drawn::default();
            let plan = candor::render::PagePlan::new(&site, &values, &drawn);
            let pages = std::sync::Mutex::new(Vec::new());
            plan.render(
                &tera,
                |_| true,
                |info, html| {
                    let page = candor::render::RenderedPage {
                        info: info.clone(),
                        html,
                    };
                    pages.lock().unwrap().push(page);
                    Ok::<(), std::convert::Infallible>(())
                },
            )
            .unwrap();
            let pages = pages.into_inner().unwrap();
            drop(plan);
            let t4 = Instant::now();
            let infos: Vec<_> = pages.iter().map(|p| p.info.clone()).collect();
            let mut files = candor::output::assemble(
                &site,
                &theme,
                infos.iter(),
                candor::output::Generated::Now,
                &words,
            )
            .unwrap();
            // `assemble` leaves the open data's JSON to its caller (a build writes it as it
            // is made): made here as `serve` makes it, in parts held in memory.
            let json = candor::output::data::json(&site, &words);
            files.extend(candor::output::SiteFiles::of(vec![(
                candor::output::data::JSON.to_string(),
                candor::output::Contents::Parts(json),
            )]));
            files.add_pages(pages);
            let t5 = Instant::now();
            candor::output::writer::write(&files, &tmp.path().join("public"), tmp.path()).unwrap();
            let t6 = Instant::now();
            if run == 0 {
                continue; // warm-up
            }
            for (i, d) in [
                t1 - t0,
                t2 - t1,
                t3 - t2,
                t4 - t3,
                t5 - t4,
                t6 - t5,
                t6 - t0,
            ]
            .into_iter()
            .enumerate()
            {
                t[i].push(d);
            }
        }
        let medians: Vec<Duration> = t.into_iter().map(median).collect();
        let m: Vec<String> = medians.iter().map(|d| ms(*d)).collect();
        println!("{n:>8} {}", m.join(" "));
        if let Some((smaller, earlier)) = &before {
            let growth: Vec<String> = medians
                .iter()
                .zip(earlier)
                .map(|(now, then)| {
                    format!(
                        "{:>10.1}x",
                        now.as_secs_f64() / then.as_secs_f64().max(1e-9)
                    )
                })
                .collect();
            println!(
                "{:>8} {}   (the site grew {:.1}x)",
                "growth",
                growth.join(" "),
                n as f64 / *smaller as f64
            );
        }
        before = Some((n, medians));
    }
}
