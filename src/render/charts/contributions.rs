//! Contributions by kind, pledged and received.

use super::{TextBox, WIDTH, fitted, legend, open_svg};
use crate::escape::markup as esc;
use crate::model::Total;
use crate::words::chart;
use crate::words::{Arg, Catalogue};
use std::fmt::Write;

/// Height of one kind's group: its name, then its two bars.
const GROUP: f64 = 62.0;

/// Contributions by kind: for each kind and unit, its name above a hatched bar for what was
/// pledged and a solid bar for what was received, each labelled with its amount. Kinds with the
/// same unit share one scale; kinds with different units are never drawn on one scale.
pub fn contributions(id: &str, totals: &[Total], w: &Catalogue) -> String {
    if totals.is_empty() {
        return String::new();
    }
    let rows: Vec<String> = totals
        .iter()
        .map(|t| chart::contribution_total(w, &t.kind_name, &t.unit, t.pledged, t.received))
        .collect();
    let [pledged, received] = chart::pledged_received(w);
    let amount = |name: &str, value: f64| {
        w.format(
            "chart-amount",
            &[
                ("name", Arg::Text(name)),
                ("value", Arg::Text(&w.number(value))),
            ],
        )
    };
    let widest = totals
        .iter()
        .flat_map(|t| {
            [
                amount(pledged.as_str(), t.pledged),
                amount(received.as_str(), t.received),
            ]
        })
        .map(|text| TextBox::width(&text))
        .fold(0.0, f64::max);
    let bar_max = (WIDTH - 8.0 - widest).max(120.0);
    let largest = |unit: &str| {
        totals
            .iter()
            .filter(|t| t.unit == unit)
            .map(|t| t.pledged.max(t.received))
            .fold(1e-9, f64::max)
    };

    let mut body = format!(
        "<defs><pattern id=\"{id}-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line class=\"hatch\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern></defs>",
        id = esc(id)
    );
    let hatched = format!(" fill=\"url(#{}-hatch)\"", esc(id));
    for (n, t) in totals.iter().enumerate() {
        let y0 = 4.0 + GROUP * n as f64;
        let max = largest(&t.unit);
        let label = fitted(
            &chart::kind_with_unit(w, &t.kind_name, &t.unit),
            WIDTH - 4.0,
        );
        let _ = write!(
            body,
            "<text class=\"label\" x=\"0\" y=\"{:.1}\">{}</text>",
            y0 + 13.0,
            esc(&label)
        );
        for (k, (name, value, class)) in [
            (pledged.as_str(), t.pledged, "pledged"),
            (received.as_str(), t.received, "received"),
        ]
        .into_iter()
        .enumerate()
        {
            let by = y0 + 20.0 + k as f64 * 19.0;
            let bw = (value / max * bar_max).max(1.0);
            let fill = if class == "pledged" {
                hatched.as_str()
            } else {
                ""
            };
            let _ = write!(
                body,
                "<rect class=\"bar-{class}\" x=\"0\" y=\"{by:.1}\" width=\"{bw:.1}\" height=\"15\"{fill}/><text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                bw + 6.0,
                by + 12.0,
                esc(&amount(name, value))
            );
        }
    }
    let bottom = 4.0 + GROUP * totals.len() as f64;
    let (key, key_height) = legend(
        &[
            (
                format!(
                    "<rect class=\"bar-pledged\" x=\"-7\" y=\"-7\" width=\"14\" height=\"14\"{hatched}/>"
                ),
                pledged.as_str(),
            ),
            (
                "<rect class=\"bar-received\" x=\"-7\" y=\"-7\" width=\"14\" height=\"14\"/>"
                    .to_string(),
                received.as_str(),
            ),
        ],
        bottom,
    );
    let mut out = String::new();
    open_svg(
        &mut out,
        id,
        bottom + key_height,
        &chart::contributions_title(w),
        &chart::contributions_description(w, &rows),
    );
    out.push_str(&body);
    out.push_str(&key);
    out.push_str("</svg>");
    out
}
