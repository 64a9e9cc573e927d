//! The unit lexicon: what follows a number, and its canonical form.
//!
//! Money becomes its ISO 4217 code, percent `%`, percentage points `pp`,
//! metric units their SI symbols, and Chinese measure words stay as written.
//! Scale words inside a unit (`万吨`, `万千瓦`) are read by the number reader
//! before the unit, so the lexicon holds plain units only.

use crate::lexicon;
use std::sync::LazyLock;

use crate::lexicon::{Key, Lexicon};

/// What a unit measures, for summaries and sanity checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Money,
    Percent,
    Points,
    Count,
    Area,
    Length,
    Mass,
    Energy,
    Volume,
    People,
    Multiple,
    Rate,
}

impl Family {
    /// The family a list names (`Money`).
    pub(crate) fn from_name(name: &str) -> Option<Family> {
        use Family::*;
        [Money, Percent, Points, Count, Area, Length, Mass, Energy, Volume, People, Multiple, Rate]
            .into_iter()
            .find(|f| format!("{f:?}") == name)
    }
}

/// A unit as found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub canonical: String,
    /// Multiplier into the canonical unit (`千克` is 1 kg; `克` would be 0.001).
    pub factor: f64,
    pub family: Family,
}

/// Chinese units, longest first within each shared prefix by the search.
static ZH_UNITS: LazyLock<Vec<Entry>> = LazyLock::new(|| {
    lexicon::entries(lexicon::ZH_UNITS)
        .filter_map(|e| {
            let factor = lexicon::column(&e, 2).parse().ok()?;
            Some((e[0], lexicon::column(&e, 1), factor, Family::from_name(lexicon::column(&e, 3))?))
        })
        .collect()
});

/// Measure words that a Chinese numeral (not Arabic) may carry and still be
/// an indicator: `两次`, `三所`; `三大`, `四期`, `二十大` stay out.
pub static ZH_NUMERAL_UNITS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::ZH_NUMERAL_UNITS));

/// Counted nouns that stand as the unit of a Chinese count with no measure
/// word (`6600多万纳税人`).
static ZH_COUNTED_NOUNS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::ZH_COUNTED_NOUNS));

/// Time words that turn a unit into a rate after `/` (`元/月`).
static RATE_DENOMS: LazyLock<Vec<(&str, &str)>> =
    LazyLock::new(|| lexicon::entries(lexicon::ZH_RATE_DENOMINATORS).map(|e| (e[0], lexicon::column(&e, 1))).collect());

/// True when `s` stands in `chars` at `i`.
pub(crate) fn starts_with(chars: &[char], i: usize, s: &str) -> bool {
    s.chars().enumerate().all(|(k, c)| chars.get(i + k) == Some(&c))
}

type Entry = (&'static str, &'static str, f64, Family);

static UNITS: LazyLock<Lexicon<Entry>> = LazyLock::new(|| Lexicon::new(&ZH_UNITS, |u| u.0, Key::First));
static RATES: LazyLock<Lexicon<(&str, &str)>> = LazyLock::new(|| Lexicon::new(&RATE_DENOMS, |r| r.0, Key::First));
static COUNTED: LazyLock<Lexicon<&str>> = LazyLock::new(|| Lexicon::new(&ZH_COUNTED_NOUNS, |w| w, Key::Last));
static COUNTED_FIRST: LazyLock<Lexicon<&str>> = LazyLock::new(|| Lexicon::new(&ZH_COUNTED_NOUNS, |w| w, Key::First));

/// A Chinese unit found in the text, before it becomes a [`Unit`] (which
/// owns its canonical form): reading one allocates nothing.
#[derive(Clone, Copy)]
pub(crate) struct UnitAt {
    entry: &'static Entry,
    /// The time word of a rate (`元/月`).
    rate: Option<&'static (&'static str, &'static str)>,
    /// The index past the unit.
    pub end: usize,
}

impl UnitAt {
    /// Whether the canonical form is `s`.
    pub(crate) fn canonical_is(&self, s: &str) -> bool {
        match self.rate {
            None => self.entry.1 == s,
            Some((_, d)) => s.strip_prefix(self.entry.1).and_then(|r| r.strip_prefix('/')).is_some_and(|r| r == *d),
        }
    }

    pub(crate) fn unit(&self) -> Unit {
        match self.rate {
            None => Unit { canonical: self.entry.1.to_string(), factor: self.entry.2, family: self.entry.3 },
            Some((_, d)) => {
                Unit { canonical: format!("{}/{}", self.entry.1, d), factor: self.entry.2, family: Family::Rate }
            }
        }
    }
}

/// The Chinese unit at `i`, the longest of the lexicon (the first listed
/// among as long ones).
pub(crate) fn zh_unit_at(chars: &[char], i: usize) -> Option<UnitAt> {
    let mut best: Option<(&'static Entry, usize)> = None;
    for (len, u) in UNITS.starting_at(chars, i) {
        if best.is_none_or(|(_, l)| len > l) {
            best = Some((u, len));
        }
    }
    let (entry, len) = best?;
    let mut end = i + len;
    let mut rate = None;
    // `元/月`, `元/吨`: a rate.
    if matches!(chars.get(end), Some('/') | Some('每')) {
        if let Some((n, r)) = RATES.starting_at(chars, end + 1).next() {
            rate = Some(r);
            end += 1 + n;
        }
    }
    Some(UnitAt { entry, rate, end })
}

/// Reads a Chinese unit at `i`; returns it and the index past it.
pub fn read_zh_unit(chars: &[char], i: usize) -> Option<(Unit, usize)> {
    zh_unit_at(chars, i).map(|u| (u.unit(), u.end))
}

/// The length of the counted noun standing as the unit at `i` (see
/// [`read_zh_counted_noun`]).
pub(crate) fn counted_noun_len(chars: &[char], i: usize) -> Option<usize> {
    let run =
        chars[i.min(chars.len())..].iter().take(8).take_while(|&&c| ('\u{4E00}'..='\u{9FFF}').contains(&c)).count();
    (2..=run).rev().find(|&len| COUNTED.ending_at(chars, i + len).any(|(n, _)| n <= len))
}

/// Reads a counted noun standing as the unit (`纳税人`), Chinese.
/// The noun may carry modifiers before its head (`551万农村贫困人口` →
/// `农村贫困人口`), up to eight characters in all.
pub fn read_zh_counted_noun(chars: &[char], i: usize) -> Option<(Unit, usize)> {
    counted_noun_len(chars, i).map(|len| {
        (Unit { canonical: chars[i..i + len].iter().collect(), factor: 1.0, family: Family::People }, i + len)
    })
}

/// Whether a counted noun of the list starts exactly at `i` (`家庭`).
pub fn counted_noun_at(chars: &[char], i: usize) -> bool {
    COUNTED_FIRST.starting_at(chars, i).next().is_some()
}

/// True when `s` ends `chars` at `end`.
pub(crate) fn ends_with(chars: &[char], end: usize, s: &str) -> bool {
    let n = s.chars().count();
    end >= n && end <= chars.len() && chars[end - n..end].iter().copied().eq(s.chars())
}

/// The family of a canonical unit, for summaries.
pub fn family_of(canonical: &str) -> Family {
    if canonical.contains('/') {
        return Family::Rate;
    }
    match canonical {
        "CNY" | "USD" | "EUR" | "HKD" | "GBP" | "JPY" | "SGD" | "INR" | "MOP" | "TWD" | "AUD" | "CAD" => Family::Money,
        "%" | "‰" => Family::Percent,
        "pp" => Family::Points,
        "km²" | "m²" | "ha" | "亩" | "acres" => Family::Area,
        "km" | "m" => Family::Length,
        "t" | "kg" | "斤" | "tce" => Family::Mass,
        "kW" | "MW" | "kWh" | "GW" => Family::Energy,
        "m³" => Family::Volume,
        "人" | "名" | "人次" | "位" => Family::People,
        "倍" | "times" => Family::Multiple,
        _ => ZH_UNITS.iter().find(|u| u.1 == canonical).map(|u| u.3).unwrap_or(Family::Count),
    }
}

impl Family {
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Money => "money",
            Family::Percent => "percent",
            Family::Points => "points",
            Family::Count => "count",
            Family::Area => "area",
            Family::Length => "length",
            Family::Mass => "mass",
            Family::Energy => "energy",
            Family::Volume => "volume",
            Family::People => "people",
            Family::Multiple => "multiple",
            Family::Rate => "rate",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(s: &str) -> (String, usize) {
        let c: Vec<char> = s.chars().collect();
        let (u, e) = read_zh_unit(&c, 0).unwrap();
        (u.canonical, e)
    }

    #[test]
    fn longest_unit_wins() {
        assert_eq!(unit("美元项目"), ("USD".into(), 2));
        assert_eq!(unit("人次,"), ("人次".into(), 2));
        assert_eq!(unit("个百分点"), ("pp".into(), 4));
        assert_eq!(unit("平方公里"), ("km²".into(), 4));
        assert_eq!(unit("千瓦时"), ("kWh".into(), 3));
    }

    #[test]
    fn rates() {
        assert_eq!(unit("元/月"), ("CNY/月".into(), 3));
        assert_eq!(unit("元/吨"), ("CNY/t".into(), 3));
    }

    #[test]
    fn families() {
        assert_eq!(family_of("CNY"), Family::Money);
        assert_eq!(family_of("家"), Family::Count);
        assert_eq!(family_of("CNY/月"), Family::Rate);
    }
}
