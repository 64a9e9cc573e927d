//! The figure of an English sentence: numbers in digits and words, scales,
//! units, ranges and the change verbs before a figure.

use super::money::{currency_word, is_currency_mark};
use super::words::Word;
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

/// The value of the number read at a figure, with its scale words (`lakh
/// crore`, `$5 m`) and the upper end of a range (`18 to 20`, `one to two per
/// cent`); the word after it.
pub(super) fn read_value(
    ws: &[Word],
    chars: &[char],
    num: &EnNumber,
    currency: Option<&str>,
) -> (f64, Option<f64>, usize) {
    let mut value = num.value;
    let mut j = num.next;
    // scale words, `lakh crore`
    while let Some(s) = ws.get(j).and_then(|x| SCALES.iter().find(|s| s.0 == x.lower)) {
        value *= s.1;
        j += 1;
    }
    if currency.is_some() && ws.get(j).is_some_and(|x| x.text == "m" || x.text == "b") {
        value *= if ws[j].text == "m" { 1e6 } else { 1e9 };
        j += 1;
    }
    // ranges: 18 to 20 kg
    let mut value_max = None;
    // `one to two per cent`, `5,5 or six per cent`
    if ws.get(j).is_some_and(|x| x.lower == "to" || x.lower == "or" && ws.get(j + 2).is_some_and(|y| y.lower != "more"))
        && j + 1 < ws.len()
        && starts_number(ws, j + 1)
    {
        if let Some(n2) = read_en_number(ws, chars, j + 1) {
            let mut v2 = n2.value;
            let mut j2 = n2.next;
            while let Some(s) = ws.get(j2).and_then(|x| SCALES.iter().find(|s| s.0 == x.lower)) {
                v2 *= s.1;
                j2 += 1;
            }
            if v2 > value {
                value_max = Some(v2);
                j = j2;
            }
        }
    }
    (value, value_max, j)
}

/// A unit read: the unit, the end of the figure, the counted noun phrase.
pub(super) type UnitRead = (String, usize, Option<(usize, usize)>);

/// The unit of a figure from word `j` on, with the end of the figure and
/// the counted noun phrase (`89 irrigation projects`): the currency before
/// it, `%`, a currency word (`dollars`), a hundredth (`cent`), a unit in
/// words, or the head of the noun phrase it counts. `None`: no figure.
/// `money`: the text's bare dollar and the currency a cent is a hundredth of.
pub(super) fn read_unit(
    ws: &[Word],
    chars: &[char],
    num: &EnNumber,
    currency: Option<&'static str>,
    money: (&'static str, &'static str),
    value: &mut f64,
    j: &mut usize,
) -> Option<UnitRead> {
    let (dollar, minor) = money;
    let mut unit: Option<String> = currency.map(String::from);
    let mut qend = ws[*j - 1].end;
    if unit.is_none() {
        if chars.get(num.end) == Some(&'%') {
            unit = Some("%".into());
            qend = num.end + 1;
            if ws.get(*j).is_some_and(|x| x.text == "%") {
                *j += 1;
            }
        } else if let Some(c) = ws.get(*j).and_then(|x| currency_word(&x.lower, dollar)) {
            // `5 million dollars`, `30 rupees`
            unit = Some(c.into());
            qend = ws[*j].end;
            *j += 1;
        } else if ws.get(*j).is_some_and(|x| matches!(x.lower.as_str(), "cent" | "cents" | "pence")) {
            // `80 cent per hour`: hundredths of the currency
            unit = Some(if ws[*j].lower == "pence" { "GBP" } else { minor }.into());
            *value *= 0.01;
            qend = ws[*j].end;
            *j += 1;
        } else {
            for (pat, canon) in UNITS.iter() {
                if pat.iter().enumerate().all(|(o, p)| ws.get(*j + o).is_some_and(|x| x.lower == *p)) {
                    unit = Some((*canon).to_string());
                    *j += pat.len();
                    qend = ws[*j - 1].end;
                    break;
                }
            }
        }
    }
    if let Some(unit) = unit {
        return Some((unit, qend, None));
    }
    let (e, jn) = counted_noun(ws, chars, *j, num.spelled && *value < 10.0)?;
    let head = &ws[e - 1];
    *j = e;
    Some((head.lower.clone(), head.end, Some((jn, e))))
}

/// The counted noun phrase after a number at word `j` (`89 irrigation
/// projects`, `23 of these projects`): its end and start. `small_word`: the
/// number is a small count in words, no figure (`two important schemes`).
fn counted_noun(ws: &[Word], chars: &[char], j: usize, small_word: bool) -> Option<(usize, usize)> {
    // `23 of these projects`
    let mut jn = j;
    if ws.get(jn).is_some_and(|x| x.lower == "of")
        && ws.get(jn + 1).is_some_and(|x| matches!(x.lower.as_str(), "these" | "the" | "those" | "them"))
    {
        jn += 2;
    }
    // a counted noun: the head of the noun phrase after the number
    let mut e = jn;
    let word = |x: &Word| {
        !is_clause_end(&x.lower)
            && !STOP.contains(&x.lower.as_str())
            && !is_number(x)
            && x.text.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '‑' | '\'' | '’'))
    };
    while e < ws.len() && e < jn + 6 {
        let x = &ws[e];
        // `affordable and cost rental homes`, not `farm ponds and dug wells`
        let joins = x.lower == "and" && e > jn && !ws[e - 1].lower.ends_with('s') && ws.get(e + 1).is_some_and(&word);
        // `157 medical colleges established`: a participle ends it
        let participle =
            e > jn && (x.lower.ends_with("ed") || x.lower.ends_with("ing")) && !ws.get(e + 1).is_some_and(&word);
        // `165 authorities currently provide`: an adverb ends it;
        // `177 FPOs/FPCs`: the first of two names
        let adverb = e > jn && x.lower.ends_with("ly") && x.lower.len() > 4;
        let slashed = e > jn && chars[ws[e - 1].end..x.start].contains(&'/');
        if !(word(x) || joins) || participle || adverb || slashed {
            break;
        }
        e += 1;
    }
    // `Section 9 of the Controller of Budget Act`: a part of one thing,
    // not a count of many
    let part_of_one = jn > j && e > jn && !ws[e - 1].lower.ends_with('s');
    (e > jn
        && !small_word
        && !part_of_one
        && !NOT_UNITS.contains(&ws[e - 1].lower.as_str())
        && !MONTHS.contains(&ws[jn].lower.as_str()))
    .then_some((e, jn))
}

/// Rates: kms per day, kg per box per annum, €500 a year.
pub(super) fn read_rate(ws: &[Word], unit: &mut String, qend: &mut usize, j: &mut usize) {
    while ws.get(*j).is_some_and(|x| matches!(x.lower.as_str(), "per" | "a" | "an"))
        && ws.get(*j + 1).is_some_and(|x| {
            x.text.chars().all(char::is_alphabetic)
                && (ws[*j].lower == "per" || matches!(x.lower.as_str(), "year" | "month" | "week" | "day" | "hour"))
        })
        && unit != "%"
    {
        let d = &ws[*j + 1];
        let den = match d.lower.as_str() {
            "hectare" => "ha",
            other => other,
        };
        *unit = format!("{unit}/{den}");
        *qend = d.end;
        *j += 2;
    }
}
