//! `[brand]`: the alliance's logo, accent colour, favicon and social-card image, checked. An
//! image must be a file of the site's `static/` folder or an `https://` address; an accent
//! colour that a reader could not tell from the page (less than 4.5:1 against the theme's
//! backgrounds, WCAG AA for text) is darkened for the light scheme and lightened for the dark
//! one, with a warning that says so.

use super::*;
use crate::content::schema::BrandSettings;
use toml::Spanned;

/// The default theme's light and dark backgrounds (page and panels) an accent is drawn on;
/// a test checks them against its stylesheet.
const LIGHT: [(u8, u8, u8); 2] = [(0xfd, 0xfd, 0xfb), (0xf3, 0xf4, 0xf0)];
const DARK: [(u8, u8, u8); 2] = [(0x12, 0x15, 0x18), (0x1b, 0x1f, 0x24)];

/// The contrast an accent must have with each background.
const CONTRAST: f64 = 4.5;

pub(super) fn brand(
    content: &Content,
    base_url: &str,
    base_path: &str,
    diagnostics: &mut Diagnostics,
) -> Brand {
    let settings: &BrandSettings = &content.alliance.brand;
    let at = |s: &Spanned<String>| {
        content
            .alliance_source
            .location(s.span().start, s.span().end)
    };
    let mut image = |s: &Option<Spanned<String>>, what: &str| -> Option<String> {
        let written = s.as_ref()?;
        match image_url(&content.root, written.get_ref(), base_path) {
            Ok(url) => Some(url),
            Err(problem) => {
                diagnostics.push(
                    Diagnostic::error(at(written), format!("the {what} {problem}")).with_hint(
                        "write the path of a file in the site's static/ folder (images/logo.svg is static/images/logo.svg), or an https:// address",
                    ),
                );
                None
            }
        }
    };
    let logo = image(&settings.logo, "logo");
    let logo_dark = image(&settings.logo_dark, "dark-scheme logo");
    let favicon = image(&settings.favicon, "favicon");
    let social_image = image(&settings.social_image, "social-card image");
    if let Some(written) = &settings.logo_dark
        && settings.logo.is_none()
    {
        diagnostics.push(
            Diagnostic::error(
                at(written),
                "`logo_dark` is the dark-scheme version of `logo`, which is not given",
            )
            .with_hint(
                "add `logo = \"...\"` (the logo on the light scheme) and `logo_alt` under [brand]",
            ),
        );
    }
    let mut require_alt = |s: &Option<Spanned<String>>, alt: &Option<String>, field: &str| {
        if let Some(written) = s
            && alt.as_deref().is_none_or(|a| a.trim().is_empty())
        {
            diagnostics.push(
                Diagnostic::error(at(written), format!("`{field}` is needed with this image"))
                    .with_hint(format!(
                        "add `{field} = \"...\"` under [brand]: what the image shows, for people who cannot see it"
                    )),
            );
        }
    };
    require_alt(&settings.logo, &settings.logo_alt, "logo_alt");
    require_alt(
        &settings.social_image,
        &settings.social_image_alt,
        "social_image_alt",
    );
    let accent = settings.accent.as_ref().and_then(|written| {
        let Some(colour) = parse_hex(written.get_ref()) else {
            diagnostics.push(
                Diagnostic::error(
                    at(written),
                    format!("`{}` is not a colour Candor can use", written.get_ref()),
                )
                .with_hint("write it as #rrggbb, like \"#0b5e66\""),
            );
            return None;
        };
        let accent = readable_accent(colour);
        for (scheme, used) in [("light", &accent.light), ("dark", &accent.dark)] {
            if *used != accent.given {
                diagnostics.push(
                    Diagnostic::warning(
                        at(written),
                        format!(
                            "the accent `{}` has a contrast of {:.1}:1 on the {scheme} background, less than 4.5:1: the site uses `{used}` there instead",
                            accent.given,
                            lowest_contrast(colour, if scheme == "light" { &LIGHT } else { &DARK }),
                        ),
                    )
                    .with_hint("choose a colour that reads on both backgrounds to have it used as written"),
                );
            }
        }
        Some(accent)
    });
    let favicon_drawn = favicon.is_none();
    Brand {
        logo,
        logo_alt: settings.logo_alt.clone().unwrap_or_default(),
        logo_dark: logo_dark.filter(|_| settings.logo.is_some()),
        accent,
        favicon: favicon.unwrap_or_else(|| format!("{base_path}favicon.svg")),
        favicon_drawn,
        social_image: social_image.map(|url| match url.strip_prefix(base_path) {
            Some(rest) => format!("{base_url}{rest}"),
            None => url,
        }),
        social_image_alt: settings.social_image_alt.clone().unwrap_or_default(),
    }
}

/// The URL of a brand image written as `written`: an `https://` address as is, a path as the
/// URL of that file of `static/` (which must exist).
fn image_url(root: &Path, written: &str, base_path: &str) -> Result<String, String> {
    if written.starts_with("https://") {
        return Ok(written.to_string());
    }
    let relative = written.trim_start_matches('/');
    let path = Path::new(relative);
    if relative.is_empty() || !path.components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(format!(
            "`{written}` is not a file of the site's static/ folder"
        ));
    }
    if !root.join("static").join(path).is_file() {
        return Err(format!(
            "`{written}` is not in the site's static/ folder (no static/{relative})"
        ));
    }
    Ok(format!("{base_path}{relative}"))
}

/// `#rrggbb` or `#rgb` as red, green and blue.
fn parse_hex(text: &str) -> Option<(u8, u8, u8)> {
    let hex = text.trim().strip_prefix('#')?;
    let digits: Vec<u8> = hex
        .chars()
        .map(|c| c.to_digit(16).map(|d| d as u8))
        .collect::<Option<_>>()?;
    match digits.as_slice() {
        [r, g, b] => Some((r * 17, g * 17, b * 17)),
        [r1, r2, g1, g2, b1, b2] => Some((r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
        _ => None,
    }
}

fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// WCAG relative luminance.
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG contrast ratio of two colours.
pub(crate) fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn lowest_contrast(colour: (u8, u8, u8), backgrounds: &[(u8, u8, u8)]) -> f64 {
    backgrounds
        .iter()
        .map(|b| contrast(colour, *b))
        .fold(f64::INFINITY, f64::min)
}

/// `colour` mixed towards `to` by `share` (0 to 1).
fn mix((r, g, b): (u8, u8, u8), to: (u8, u8, u8), share: f64) -> (u8, u8, u8) {
    let one = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * share).round() as u8;
    (one(r, to.0), one(g, to.1), one(b, to.2))
}

/// The nearest colour to `colour` towards `to` with at least [`CONTRAST`] on `backgrounds`.
fn readable_on(
    colour: (u8, u8, u8),
    backgrounds: &[(u8, u8, u8)],
    to: (u8, u8, u8),
) -> (u8, u8, u8) {
    (0..=50)
        .map(|step| mix(colour, to, f64::from(step) / 50.0))
        .find(|c| lowest_contrast(*c, backgrounds) >= CONTRAST)
        .unwrap_or(to)
}

/// The text colour (near white or near black) that reads best on `colour`.
fn text_on(colour: (u8, u8, u8)) -> String {
    let (white, black) = ((0xff, 0xff, 0xff), (0x11, 0x14, 0x17));
    hex(if contrast(colour, white) >= contrast(colour, black) {
        white
    } else {
        black
    })
}

/// An accent `colour` as used on each scheme's backgrounds.
fn readable_accent(colour: (u8, u8, u8)) -> Accent {
    let given = hex(colour);
    let light = readable_on(colour, &LIGHT, (0, 0, 0));
    let dark = readable_on(colour, &DARK, (0xff, 0xff, 0xff));
    Accent {
        light: hex(light),
        dark: hex(dark),
        on_light: text_on(light),
        on_dark: text_on(dark),
        given,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backgrounds_checked_against_are_the_default_themes() {
        let css = include_str!("../../../themes/default/static/style.css");
        let [light_bg, light_panel] = LIGHT.map(hex);
        let [dark_bg, dark_panel] = DARK.map(hex);
        assert!(css.contains(&format!("--bg: {light_bg};")), "{light_bg}");
        assert!(
            css.contains(&format!("--panel: {light_panel};")),
            "{light_panel}"
        );
        assert!(css.contains(&format!("--bg: {dark_bg};")), "{dark_bg}");
        assert!(
            css.contains(&format!("--panel: {dark_panel};")),
            "{dark_panel}"
        );
    }

    #[test]
    fn an_accent_that_reads_is_kept_and_one_that_does_not_is_adjusted_to_read() {
        let teal = readable_accent(parse_hex("#0b5e66").unwrap());
        assert_eq!(teal.light, "#0b5e66");
        assert_ne!(teal.dark, "#0b5e66", "too dark for the dark background");
        let yellow = readable_accent(parse_hex("#FFDD00").unwrap());
        assert_eq!(yellow.given, "#ffdd00");
        assert_ne!(yellow.light, "#ffdd00");
        assert_eq!(yellow.dark, "#ffdd00");
        for accent in [&teal, &yellow] {
            let light = parse_hex(&accent.light).unwrap();
            let dark = parse_hex(&accent.dark).unwrap();
            assert!(lowest_contrast(light, &LIGHT) >= CONTRAST, "{accent:?}");
            assert!(lowest_contrast(dark, &DARK) >= CONTRAST, "{accent:?}");
            assert!(contrast(light, parse_hex(&accent.on_light).unwrap()) >= CONTRAST);
            assert!(contrast(dark, parse_hex(&accent.on_dark).unwrap()) >= CONTRAST);
        }
        assert_eq!(parse_hex("#abc"), Some((0xaa, 0xbb, 0xcc)));
        assert_eq!(parse_hex("orange"), None);
        assert_eq!(parse_hex("#12345"), None);
        // Black on white: 21:1.
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 0.01);
    }
}
