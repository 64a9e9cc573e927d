//! The words of English text, each with its clean-text span.

use super::money::is_currency_prefix;

/// A word of the clean text with its clean-text span.
#[derive(Debug, Clone)]
pub struct Word {
    pub text: String,
    pub lower: String,
    pub start: usize,
    pub end: usize,
}

pub(super) fn words(chars: &[char]) -> Vec<Word> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() || c == '`' || c == '$' || c == '%' || c == '£' || c == '€' || c == '₹' {
            let s = i;
            if matches!(c, '`' | '$' | '%' | '£' | '€' | '₹') {
                i += 1;
            } else if c.is_ascii_digit() {
                while i < chars.len()
                    && (chars[i].is_ascii_digit()
                        || (matches!(chars[i], ',' | '.') && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())))
                {
                    i += 1;
                }
            } else {
                while i < chars.len()
                    && (chars[i].is_alphanumeric()
                        || (matches!(chars[i], '-' | '‑' | '\'' | '’')
                            && chars.get(i + 1).is_some_and(|d| d.is_alphabetic())))
                {
                    // `R41 billion`, `RM5 million`: a currency glued to its figure
                    if chars[i].is_ascii_digit() && is_currency_prefix(&chars[s..i]) {
                        break;
                    }
                    i += 1;
                }
            }
            let text: String = chars[s..i].iter().collect();
            out.push(Word { lower: text.to_lowercase(), text, start: s, end: i });
        } else if c == '&' && chars[i..].starts_with(&['&', 'a', 'm', 'p', ';']) {
            // `sorting &amp; grading units`: markup for `and`
            out.push(Word { text: "and".into(), lower: "and".into(), start: i, end: i + 5 });
            i += 5;
        } else if c == ']' && chars.get(i + 1) == Some(&'(') {
            // a Markdown link's target, `[ tax credits ](/en/money-…)`, is
            // no text
            let close = chars[i..].iter().take(400).position(|&c| c == ')');
            i += close.map_or(1, |p| p + 1);
        } else {
            // `Kshs.87`, `Rs. 500`, `No. 5`: the full stop of an abbreviation
            // ends no sentence
            let abbreviation = c == '.'
                && out.last().is_some_and(|w: &Word| {
                    matches!(
                        w.text.as_str(),
                        "Kshs"
                            | "min"
                            | "max"
                            | "Ksh"
                            | "KSh"
                            | "Rs"
                            | "No"
                            | "Nos"
                            | "Mr"
                            | "Mrs"
                            | "Dr"
                            | "Art"
                            | "Sec"
                            | "Hon"
                            | "viz"
                            | "approx"
                            | "Govt"
                            | "Dept"
                            | "vs"
                            | "St"
                    )
                });
            if abbreviation {
                out.push(Word { text: "·".into(), lower: "·".into(), start: i, end: i + 1 });
                i += 1;
                continue;
            }
            // punctuation that ends a clause is kept as a word of its own
            if matches!(c, ',' | ';' | '.' | ':' | '(' | ')' | '!' | '?' | '\n') {
                let text = c.to_string();
                out.push(Word { lower: text.clone(), text, start: i, end: i + 1 });
            }
            i += 1;
        }
    }
    out
}
