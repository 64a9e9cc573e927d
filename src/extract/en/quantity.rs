//! The figure of an English sentence: numbers in digits and words, scales,
//! units, ranges and the change verbs before a figure.

use super::money::is_currency_mark;
use super::words::Word;
use super::year::yearish;
use crate::lexicon;
use crate::number::read_arabic;
use std::sync::LazyLock;

pub(super) static SCALES: LazyLock<Vec<(&str, f64)>> = LazyLock::new(|| {
    lexicon::entries(lexicon::EN_SCALES).map(|e| (e[0], lexicon::column(&e, 1).parse().unwrap_or(1.0))).collect()
});

/// Units in words, with their canonical symbol.
pub(super) static UNITS: LazyLock<Vec<(Vec<&str>, &str)>> = LazyLock::new(|| {
    lexicon::entries(lexicon::EN_UNITS).map(|e| (e[0].split(' ').collect(), lexicon::column(&e, 1))).collect()
});

/// Words that end a counted noun phrase.
pub(super) static STOP: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_STOP_WORDS));

pub(super) static MONTHS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_MONTHS));

pub(super) static NOT_UNITS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_NOT_UNITS));

pub(super) fn is_clause_end(w: &str) -> bool {
    matches!(w, "," | ";" | "." | ":" | "(" | ")" | "!" | "?" | "\n")
}

pub(super) fn is_number(w: &Word) -> bool {
    w.text.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Whether a number starts at word `k`: digits, a number word, or `a`
/// before `hundred`/`million`.
pub(super) fn starts_number(ws: &[Word], k: usize) -> bool {
    let w = &ws[k];
    is_number(w)
        || word_value(&w.lower).is_some()
        || w.lower == "a"
            && ws.get(k + 1).is_some_and(|x| x.lower == "hundred" || SCALES.iter().any(|s| s.0 == x.lower))
}

/// The value of a number word: `nine`, `fifty`, `fifty-seven`.
pub(super) fn word_value(w: &str) -> Option<f64> {
    const ONES: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    if let Some(p) = ONES.iter().position(|x| *x == w) {
        return Some(p as f64);
    }
    if let Some(p) = TENS.iter().position(|x| *x == w) {
        return Some(20.0 + 10.0 * p as f64);
    }
    let (t, o) = w.split_once(['-', '‑'])?;
    let t = TENS.iter().position(|x| *x == t)?;
    let o = ONES[1..10].iter().position(|x| *x == o)?;
    Some(20.0 + 10.0 * t as f64 + 1.0 + o as f64)
}

/// A number read from the words at `k`.
pub(super) struct EnNumber {
    pub value: f64,
    pub decimal: bool,
    /// Written in words (`nine per cent`).
    pub spelled: bool,
    /// The first word after it.
    pub next: usize,
    /// The character after it.
    pub end: usize,
}

/// Reads digits (`1,234.5`, `100 000` grouped by spaces) or words (`nine`,
/// `One hundred and fifty-seven`, `a hundred`) at word `k`.
pub(super) fn read_en_number(ws: &[Word], chars: &[char], k: usize) -> Option<EnNumber> {
    let w = &ws[k];
    if is_number(w) {
        let num = read_arabic(chars, w.start)?;
        let mut n = EnNumber { value: num.value, decimal: num.decimal, spelled: false, next: k + 1, end: num.end };
        if num.end < w.end {
            if let Some(v) = other_grouping(&w.text) {
                // `4,51,672` (Indian grouping), `3,4` (a decimal comma)
                n.value = v.0;
                n.decimal = v.1;
                n.end = w.end;
                return Some(n);
            }
        }
        // `100 000`: groups of three digits after single spaces
        if !num.decimal && num.end == w.end && w.text.len() <= 3 {
            while let Some(g) = ws.get(n.next) {
                let gap = &chars[n.end..g.start];
                let grouped = g.text.len() == 3
                    && g.text.bytes().all(|b| b.is_ascii_digit())
                    && gap.len() == 1
                    && matches!(gap[0], ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
                    && !chars.get(g.end).is_some_and(|c| matches!(c, '.' | ',' | '-'));
                if !grouped {
                    break;
                }
                n.value = n.value * 1000.0 + g.text.parse::<f64>().ok()?;
                n.end = g.end;
                n.next += 1;
            }
        }
        return Some(n);
    }
    let mut value = 0.0;
    let mut small: Option<f64> = None;
    let mut i = k;
    if w.lower == "a" {
        small = Some(1.0);
        i += 1;
    }
    while let Some(x) = ws.get(i) {
        if x.lower == "hundred" && small.is_some() {
            small = small.map(|s| s * 100.0);
        } else if let Some(v) = word_value(&x.lower).filter(|_| small.is_none_or(|s| s >= 100.0)) {
            small = Some(small.unwrap_or(0.0) + v);
        } else if x.lower == "and"
            && small.is_some_and(|s| s >= 100.0)
            && ws.get(i + 1).is_some_and(|y| word_value(&y.lower).is_some())
        {
        } else {
            break;
        }
        i += 1;
    }
    value += small?;
    // `one and a half times`
    let l = |o: usize| ws.get(i + o).map_or("", |x| x.lower.as_str());
    if l(0) == "and" && (l(1) == "half" || l(1) == "a" && l(2) == "half") {
        value += 0.5;
        i += if l(1) == "half" { 2 } else { 3 };
    }
    Some(EnNumber { value, decimal: false, spelled: true, next: i, end: ws[i - 1].end })
}

/// Verbs and nouns of change, rising or falling.
pub(super) static RISES: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_RISES));
pub(super) static FALLS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_FALLS));

/// Whether the figure at word `k` is a change, and which way: `by` after a
/// verb of change in the clause (`contracted significantly by`), or
/// `of` after a noun of change (`a reduction of`, `growth of`).
pub(super) fn change_before(ws: &[Word], k: usize) -> Option<bool> {
    let mut p = k;
    while p > 0
        && (is_currency_mark(&ws[p - 1].lower)
            || matches!(
                ws[p - 1].lower.as_str(),
                "about"
                    | "nearly"
                    | "over"
                    | "around"
                    | "almost"
                    | "some"
                    | "only"
                    | "just"
                    | "approximately"
                    | "roughly"
                    | "another"
                    | "further"
                    | "a"
                    | "an"
                    | "additional"
                    | "between"
            ))
    {
        p -= 1;
    }
    let kind = |w: &str| {
        if RISES.contains(&w) {
            Some(true)
        } else if FALLS.contains(&w) {
            Some(false)
        } else {
            None
        }
    };
    match ws.get(p.checked_sub(1)?)?.lower.as_str() {
        // `higher than the original estimate by $16.1 billion`
        "by" if (p.saturating_sub(8)..p - 1).any(|i| ws[i].lower == "than") => (p.saturating_sub(8)..p - 1)
            .rev()
            .take_while(|&i| !is_clause_end(&ws[i].text))
            .find_map(|i| match ws[i].lower.as_str() {
                "higher" | "more" | "greater" | "above" => Some(true),
                "lower" | "less" | "fewer" | "below" => Some(false),
                _ => None,
            }),
        "by" => (p.saturating_sub(12)..p - 1)
            .rev()
            .filter(|&i| !matches!(ws[i].text.as_str(), "(" | ")"))
            .take_while(|&i| !is_clause_end(&ws[i].text) && (!is_number(&ws[i]) || yearish(&ws[i].text)))
            .find_map(|i| kind(&ws[i].lower)),
        // `a reduction of`, `economic growth in Singapore of`
        "of" => (p.saturating_sub(5)..p - 1)
            .rev()
            .take_while(|&i| !is_clause_end(&ws[i].text) && !is_number(&ws[i]))
            .find_map(|i| kind(&ws[i].lower).filter(|_| !ws[i].lower.ends_with("ed"))),
        w => kind(w),
    }
}

/// The upper end of a range whose ends both carry the unit, after word `j`:
/// (value, the word after it, the character after it).
pub(super) fn upper_end(ws: &[Word], chars: &[char], j: usize, k: usize, unit: &str) -> Option<(f64, usize, usize)> {
    let joiner = ws.get(j)?.lower.as_str();
    let between = k >= 1 && ws[k.saturating_sub(3)..k].iter().any(|x| x.lower == "between");
    if !(joiner == "to" || joiner == "and" && between) {
        return None;
    }
    let mut m = j + 1;
    while ws.get(m).is_some_and(|x| is_currency_mark(&x.lower)) {
        m += 1;
    }
    let money = unit.chars().all(|c| c.is_ascii_uppercase()) && unit.len() == 3;
    if money != (m > j + 1) || !ws.get(m).is_some_and(is_number) {
        return None;
    }
    let n = read_en_number(ws, chars, m)?;
    let mut v = n.value;
    let mut i = n.next;
    while let Some(s) = ws.get(i).and_then(|x| SCALES.iter().find(|s| s.0 == x.lower)) {
        v *= s.1;
        i += 1;
    }
    if money {
        return Some((v, i, ws[i - 1].end));
    }
    if unit == "%" && chars.get(n.end) == Some(&'%') {
        return Some((v, i + usize::from(ws.get(i).is_some_and(|x| x.text == "%")), n.end + 1));
    }
    let (pat, _) = UNITS.iter().find(|(pat, canon)| {
        *canon == unit && pat.iter().enumerate().all(|(o, p)| ws.get(i + o).is_some_and(|x| x.lower == *p))
    })?;
    let e = i + pat.len();
    Some((v, e, ws[e - 1].end))
}

/// A number grouped the Indian way (`4,51,672`, `1,23,456.78`) or written
/// with a decimal comma (`3,4`, `5,25`): (value, has a fraction).
pub(super) fn other_grouping(t: &str) -> Option<(f64, bool)> {
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let groups: Vec<&str> = int.split(',').collect();
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    if !groups.iter().all(|g| digits(g)) || !digits(frac) {
        return None;
    }
    let n = groups.len();
    let indian = n >= 3
        && (1..=2).contains(&groups[0].len())
        && groups[1..n - 1].iter().all(|g| g.len() == 2)
        && groups[n - 1].len() == 3;
    if indian {
        let v: f64 = format!("{}{}{frac}", groups.concat(), if frac.is_empty() { "" } else { "." }).parse().ok()?;
        return Some((v, !frac.is_empty()));
    }
    if n == 2 && frac.is_empty() && (1..=3).contains(&groups[0].len()) && (1..=2).contains(&groups[1].len()) {
        let v: f64 = format!("{}.{}", groups[0], groups[1]).parse().ok()?;
        return Some((v, true));
    }
    None
}

/// Whether `chars[s..e]` stands alone on its line (a PDF page number).
pub(super) fn alone_on_line(chars: &[char], s: usize, e: usize) -> bool {
    let blank = |c: &&char| matches!(c, ' ' | '\t' | '\r' | '\u{a0}');
    let before = chars[..s].iter().rev().find(|c| !blank(c));
    let after = chars[e..].iter().find(|c| !blank(c));
    before.is_none_or(|&c| c == '\n') && after.is_none_or(|&c| c == '\n')
}
