//! The bounds of a Chinese figure's sentence and clause.

use super::name::is_sentence_delim;
use super::quantity::starts_with;

pub(super) fn contains(chars: &[char], w: &str) -> Option<usize> {
    let n = w.chars().count();
    if chars.len() < n {
        return None;
    }
    (0..=chars.len() - n).find(|&i| starts_with(chars, i, w))
}

/// How far a sentence reaches back or forward from a figure: reports'
/// sentences are far shorter, and the bound keeps a text with no full stop
/// (one 5 MB line) linear.
pub(super) const SENTENCE_REACH: usize = 500;

pub(super) fn comma_clause_start(chars: &[char], at: usize, floor: usize) -> usize {
    let mut i = at;
    while i > floor {
        let c = chars[i - 1];
        if is_sentence_delim(c)
            || c == '，'
            || (c == ','
                && !(i >= 2 && chars[i - 2].is_ascii_digit() && chars.get(i).is_some_and(|d| d.is_ascii_digit())))
        {
            return i;
        }
        i -= 1;
    }
    floor
}

/// The sentence delimiters of the text, so that the bounds of a figure's
/// sentence are found by a search, not by a walk through the sentence for
/// every figure of it.
pub(super) struct Sentences {
    delims: Vec<usize>,
    len: usize,
}

impl Sentences {
    pub(super) fn new(chars: &[char]) -> Self {
        let delims = chars.iter().enumerate().filter(|(_, &c)| is_sentence_delim(c)).map(|(i, _)| i).collect();
        Sentences { delims, len: chars.len() }
    }

    /// Just past the last delimiter before `at`, at most `SENTENCE_REACH` back.
    pub(super) fn start(&self, at: usize) -> usize {
        let floor = at.saturating_sub(SENTENCE_REACH);
        let k = self.delims.partition_point(|&p| p < at);
        k.checked_sub(1).map_or(floor, |k| (self.delims[k] + 1).max(floor))
    }

    /// The first delimiter at or after `at`, at most `SENTENCE_REACH` on.
    pub(super) fn end(&self, at: usize) -> usize {
        let ceil = self.len.min(at + SENTENCE_REACH);
        let k = self.delims.partition_point(|&p| p < at);
        self.delims.get(k).map_or(ceil, |&p| p.min(ceil))
    }
}
