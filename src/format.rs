//! Numbers, counts, sizes and durations written for people: one place for how Candor writes
//! a figure, shared by the pages, the charts, the newsletter and the terminal.

/// A unit as written after a number: `%` sticks to it, other units get a space.
pub(crate) fn unit_suffix(unit: &str) -> String {
    match unit.trim() {
        "" => String::new(),
        "%" => "%".to_string(),
        u => format!(" {u}"),
    }
}

/// Formats a number for people: thousands separated by commas, at most two decimals,
/// no trailing zeros (`1234567.5` -> `1,234,567.5`). In English; a site's pages write numbers
/// in their language's way ([`write_number`] with the language's [`NumberStyle`]).
pub(crate) fn format_number(n: f64) -> String {
    write_number(n, &NumberStyle::default(), true)
}

/// How a language writes a number: its digits, separators and when it starts grouping.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberStyle {
    /// The ten digits, zero first.
    pub digits: [char; 10],
    /// Between the whole part and the decimals.
    pub decimal: String,
    /// Between groups of three digits.
    pub group: String,
    /// Digits a whole part needs before it is grouped: 4 ("1,000") or 5 ("1000", "10.000").
    pub grouping_from: usize,
    /// The minus sign.
    pub minus: String,
}

impl Default for NumberStyle {
    fn default() -> Self {
        NumberStyle {
            digits: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
            decimal: ".".into(),
            group: ",".into(),
            grouping_from: 4,
            minus: "-".into(),
        }
    }
}

/// `n` rounded to two decimals, trailing zeros dropped, in `style`, grouped by threes when
/// `grouped` and the whole part is long enough.
pub fn write_number(n: f64, style: &NumberStyle, grouped: bool) -> String {
    if !n.is_finite() {
        return n.to_string();
    }
    let rounded = (n * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let abs = rounded.abs();
    let cents = ((abs - abs.trunc()) * 100.0).round() as u64;
    // Every digit of the whole part, however large: integer formatting while the value is
    // exact as an integer (the common case, and much cheaper), float formatting beyond, where
    // a cast would saturate.
    let whole = if abs < 9_007_199_254_740_992.0 {
        (abs.trunc() as u64).to_string()
    } else {
        format!("{:.0}", abs.trunc())
    };
    let digit = |c: char| c.to_digit(10).map_or(c, |d| style.digits[d as usize]);
    let group = grouped && whole.len() >= style.grouping_from.max(1);
    let mut out = String::with_capacity(whole.len() + 8);
    if negative {
        out.push_str(&style.minus);
    }
    for (i, ch) in whole.chars().enumerate() {
        if group && i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push_str(&style.group);
        }
        out.push(digit(ch));
    }
    if cents > 0 {
        out.push_str(&style.decimal);
        out.extend(
            format!("{cents:02}")
                .trim_end_matches('0')
                .chars()
                .map(digit),
        );
    }
    out
}

/// "1 error", "3 errors".
pub fn count(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// "1.2 MB", "850 KB", "12 bytes".
pub fn human_bytes(bytes: u64) -> String {
    match bytes {
        b if b >= 1_000_000 => format!("{:.1} MB", b as f64 / 1e6),
        b if b >= 1_000 => format!("{:.0} KB", b as f64 / 1e3),
        b => format!("{b} bytes"),
    }
}

/// "85 ms", "1.24 s".
pub fn human_duration(d: std::time::Duration) -> String {
    if d.as_millis() >= 1000 {
        format!("{:.2} s", d.as_secs_f64())
    } else {
        format!("{} ms", d.as_millis())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_well() {
        assert_eq!(format_number(1_234_567.5), "1,234,567.5");
        assert_eq!(format_number(1000.0), "1,000");
        assert_eq!(format_number(0.25), "0.25");
        assert_eq!(format_number(-42.0), "-42");
        assert_eq!(format_number(999.999), "1,000");
        assert_eq!(format_number(1e15), "1,000,000,000,000,000");
        assert_eq!(format_number(2e19), "20,000,000,000,000,000,000");
    }
}
