//! Whether an English figure is a level or a change, which way it goes, and
//! the comparator said before it.

use std::sync::LazyLock;

use super::money::is_currency_mark;
use super::quantity::{is_clause_end, is_number};
use super::words::Word;
use super::year::yearish;
use crate::lexicon;
use crate::model::{Comparator, Measure};

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

/// The measure of the figure at word `k` (the word after it `j`) and its
/// sign: `grew by 3%`, `contracted significantly by 3.5 per cent`, `reduce
/// government revenue by $1 billion`, `a reduction of €500`, `$5.1 billion
/// less than`, `a 5 per cent increase`.
pub(super) fn measure_and_sign(ws: &[Word], k: usize, j: usize) -> (Measure, f64) {
    // `$5.1 billion less than the original estimate`, `3.8 lakh hectares
    // less`: a gap, signed
    let gap = match ws.get(j).map(|x| x.lower.as_str()) {
        Some("less" | "lower" | "fewer") => Some(-1.0),
        Some("more" | "higher") if ws.get(j + 1).is_some_and(|x| x.lower == "than") => Some(1.0),
        _ => None,
    };
    let (mut measure, mut sign) = match change_before(ws, k) {
        Some(rising) => (Measure::Change, if rising { 1.0 } else { -1.0 }),
        None => (Measure::Level, 1.0),
    };
    if let Some(g) = gap {
        measure = Measure::Change;
        sign = g;
    }
    // `a 5 per cent increase in revenue`, `a 2% cut`
    if let Some(n) = ws.get(j).map(|x| x.lower.as_str()) {
        if matches!(n, "increase" | "rise" | "growth" | "gain" | "jump" | "hike" | "expansion") {
            measure = Measure::Change;
        } else if matches!(n, "decline" | "fall" | "drop" | "reduction" | "cut" | "decrease" | "contraction") {
            measure = Measure::Change;
            sign = -1.0;
        }
    }
    (measure, sign)
}

/// The comparator of the figure at word `k` (the word after it `j`): the
/// words before it (`at least`, `more than`, `about`), or `or more` after.
pub(super) fn comparator_around(ws: &[Word], k: usize, j: usize, unit: &str) -> Comparator {
    let before: Vec<&str> =
        ws[k.saturating_sub(4)..k].iter().map(|x| x.lower.as_str()).filter(|x| !is_currency_mark(x)).collect();
    let ends = |pat: &[&str]| before.len() >= pat.len() && before[before.len() - pat.len()..] == *pat;
    let risen = before.len() >= 3
        && matches!(before[before.len() - 3], "gone" | "went" | "go" | "goes" | "rose" | "moved" | "come" | "shot");
    let comparator = if risen && ends(&["up", "to"]) {
        Comparator::Eq
    } else if ends(&["no", "more", "than"])
        || ends(&["not", "more", "than"])
        || ends(&["up", "to"])
        || ends(&["at", "most"])
        || ends(&["maximum", "of"])
        || ends(&["max"])
        || ends(&["maximum"])
    {
        Comparator::Le
    } else if ends(&["at", "least"])
        || ends(&["not", "less", "than"])
        || ends(&["minimum", "of"])
        || ends(&["min"])
        || ends(&["minimum"])
    {
        Comparator::Ge
    } else if ends(&["more", "than"])
        || ends(&["over"])
        || ends(&["above"])
        || ends(&["exceeding"])
        || ends(&["over", "of"])
    {
        Comparator::Gt
    } else if ends(&["less", "than"]) || ends(&["below"]) || ends(&["under"]) && unit == "%" {
        Comparator::Lt
    } else if ends(&["about"])
        || ends(&["around"])
        || ends(&["nearly"])
        || ends(&["almost"])
        || ends(&["approximately"])
        || ends(&["some"])
        || ends(&["roughly"])
    {
        Comparator::Approx
    } else {
        Comparator::Eq
    };
    if ws.get(j).is_some_and(|x| x.lower == "or") && ws.get(j + 1).is_some_and(|x| x.lower == "more") {
        return Comparator::Ge;
    }
    comparator
}
