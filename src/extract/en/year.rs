//! The year of an English figure.

use super::clause::Bounds;
use super::words::Word;

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

/// The year of the figure at word `k` (the word after it `j`) its words
/// give: the clause's (after the figure, then before it), then the
/// sentence's before it, then after the clause.
pub(super) fn clause_year(ws: &[Word], chars: &[char], b: &Bounds, k: usize, j: usize) -> Option<i32> {
    let year_of = |x: &Word| {
        let v: i32 = x.text.parse().ok()?;
        let fiscal = chars.get(x.end).is_some_and(|c| matches!(c, '-' | '/' | '–'))
            || x.start > 0 && matches!(chars[x.start - 1], '-' | '/' | '–');
        ((1990..=2100).contains(&v) && x.text.len() == 4 && !fiscal).then_some(v)
    };
    ws[j..b.c1]
        .iter()
        .find_map(year_of)
        .or_else(|| ws[b.c0..k].iter().rev().find_map(year_of))
        .or_else(|| ws[b.s0..b.c0].iter().rev().find_map(year_of))
        .or_else(|| ws[b.c1..b.s1].iter().find_map(year_of))
}
