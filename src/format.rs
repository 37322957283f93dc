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
/// no trailing zeros (`1234567.5` -> `1,234,567.5`).
pub(crate) fn format_number(n: f64) -> String {
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
    let digits = if abs < 9_007_199_254_740_992.0 {
        (abs.trunc() as u64).to_string()
    } else {
        format!("{:.0}", abs.trunc())
    };
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let mut out = if negative {
        format!("-{grouped}")
    } else {
        grouped
    };
    if cents > 0 {
        let frac = format!("{cents:02}");
        out.push('.');
        out.push_str(frac.trim_end_matches('0'));
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
