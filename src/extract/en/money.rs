//! Currencies of English text: the marks, codes and words before a figure.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::words::Word;
use crate::lexicon;

static MARKS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_CURRENCY_MARKS));
static CODES: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| lexicon::table(lexicon::EN_CURRENCY_CODES));
static GLUED: LazyLock<HashSet<&str>> = LazyLock::new(|| lexicon::set(lexicon::EN_CURRENCY_GLUED));
static WORDS: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| lexicon::table(lexicon::EN_CURRENCY_WORDS));
static DOLLARS: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| lexicon::table(lexicon::EN_DOLLAR_PREFIXES));
static SIGNS: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| lexicon::table(lexicon::EN_CURRENCY_SIGNS));

/// The currency sign before word `k` and where the figure then starts:
/// `` ` 17,000``, `Rs 500`, `Rs. 500`, `$4.4`, `US$ 3`, `HK$ 2`, `£5`.
pub(super) fn currency_before(
    ws: &[Word],
    k: usize,
    dollar: &'static str,
    rand: bool,
) -> (Option<&'static str>, usize) {
    let start = ws[k].start;
    if k == 0 {
        return (None, start);
    }
    let p = &ws[k - 1];
    let glued_before = k > 1 && ws[k - 2].end == p.start;
    let cur = match p.text.as_str() {
        // `Rs. 500`, `Kshs.87.67 billion`: the code before a full stop
        "·" if k >= 2
            && (glued_before && p.end == start || matches!(ws[k - 2].text.as_str(), "Kshs" | "Ksh" | "Rs")) =>
        {
            code_currency(&ws[k - 2].text)
        }
        "$" => Some(DOLLARS.get(if glued_before { ws[k - 2].text.as_str() } else { "" }).copied().unwrap_or(dollar)),
        // `R41 billion` only in a South African text
        "R" if !rand => None,
        t => SIGNS.get(t).copied().or_else(|| code_currency(t)),
    };
    match cur {
        Some(c) if (glued_before || p.text == "·") && matches!(p.text.as_str(), "$" | "·") => {
            (Some(c), ws[k - 2].start)
        }
        Some(c) => (Some(c), p.start),
        None => (None, start),
    }
}

/// A currency sign or code as written before a figure (lower case): `$`,
/// the `US` of `US$`, `Rs`, the `·` of `Kshs.`.
pub(super) fn is_currency_mark(lower: &str) -> bool {
    MARKS.contains(&lower)
}

/// The currency a code or sign written before a figure stands for.
pub(super) fn code_currency(t: &str) -> Option<&'static str> {
    CODES.get(t).copied()
}

/// Currency codes that may be glued to their figure (`R41`, `RM5`).
pub(super) fn is_currency_prefix(w: &[char]) -> bool {
    let w: String = w.iter().collect();
    GLUED.contains(w.as_str())
}

/// Currency names after a figure: `5 million dollars`, `30 rupees`.
pub(super) fn currency_word(w: &str, dollar: &'static str) -> Option<&'static str> {
    WORDS.get(w).map(|&c| if c == "$" { dollar } else { c })
}

/// The currencies the bare marks of a text stand for: its dollar (`$`) and
/// the currency a bare `cent` is a hundredth of. `head`: the text's start.
pub(super) fn text_currencies(chars: &[char], head: &str) -> (&'static str, &'static str) {
    let dollar = bare_currency(head);
    let minor = if chars.contains(&'€') {
        "EUR"
    } else if head.contains("South Africa") || head.contains(" rand") {
        "ZAR"
    } else {
        dollar
    };
    (dollar, minor)
}

fn bare_currency(st_text: &str) -> &'static str {
    // A Hong Kong or Singapore budget's bare `$` is its own dollar.
    if st_text.contains("Hong Kong") || st_text.contains("HK$") {
        "HKD"
    } else if st_text.contains("Singapore") || st_text.contains("S$") {
        "SGD"
    } else if st_text.contains("Australia") {
        "AUD"
    } else if st_text.contains("New Zealand") {
        "NZD"
    } else if st_text.contains("Canada") {
        "CAD"
    } else {
        "USD"
    }
}
