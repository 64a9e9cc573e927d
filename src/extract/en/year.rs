//! The year of an English figure.

/// The year a heading names (`Economic Situation in 2020`), not a fiscal
/// year's (`2021-22`).
pub(super) fn heading_year(heading: &str) -> Option<i32> {
    let b = heading.as_bytes();
    (0..b.len().saturating_sub(3)).find_map(|i| {
        let four = b[i..i + 4].iter().all(u8::is_ascii_digit);
        let alone = (i == 0 || !b[i - 1].is_ascii_digit() && !matches!(b[i - 1], b'-' | b'/'))
            && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit() && !matches!(c, b'-' | b'/'));
        let v: i32 = heading.get(i..i + 4)?.parse().ok()?;
        (four && alone && (1990..=2100).contains(&v)).then_some(v)
    })
}

/// `2020`, or the `21` of `2020/21`: a year inside a phrase, not a figure.
pub(super) fn yearish(t: &str) -> bool {
    t.len() == 4 && (t.starts_with("19") || t.starts_with("20")) || t.len() == 2
}
