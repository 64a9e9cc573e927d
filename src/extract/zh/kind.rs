//! Whether a Chinese figure is a goal or already done: the cue words of its
//! sentence and the part of the report it stands in.

use crate::lexicon;
use std::sync::LazyLock;

use super::clause::Sentences;
use super::quantity::Quantity;
use crate::lexicon::{Key, Lexicon};
use crate::model::Kind;
use crate::structure::{Period, Structure};

/// Words that say a figure is a goal, plan or forecast.
pub(super) static TARGET_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::ZH_TARGET_CUES));
/// Words that say a figure is already achieved, even in the plan part.
pub(super) static ACTUAL_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::ZH_ACTUAL_CUES));

/// Where the cue words of a sentence first stand: computed once per
/// sentence, so that each figure asks only whether a cue comes before it.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct SentenceCues {
    pub start: usize,
    pub target: Option<usize>,
    pub actual: Option<usize>,
    pub strong: Option<usize>,
}

impl SentenceCues {
    pub(super) fn new(chars: &[char], sentences: &Sentences, start: usize) -> Self {
        let end = sentences.end(start);
        let s = &chars[start..end];
        let (target_words, actual_words, strong_words) = (&*TARGET, &*ACTUAL, &*STRONG);
        // the end of the first cue of each list: the least `i + n` over the
        // words that stand at `i`
        let (mut target, mut actual, mut strong) = (None, None, None);
        let least = |slot: &mut Option<usize>, v: usize| *slot = Some(slot.map_or(v, |x: usize| x.min(v)));
        for i in 0..s.len() {
            for (n, _) in target_words.starting_at(s, i) {
                least(&mut target, start + i + n);
            }
            // `高于去年`, `比去年` compare; they date nothing
            if !(i > 0 && matches!(s[i - 1], '比' | '较' | '于' | '同')) {
                for (n, _) in actual_words.starting_at(s, i) {
                    least(&mut actual, start + i + n);
                }
            }
            // `计划` names programmes (`营养改善计划`) as often as plans
            for (n, _) in strong_words.starting_at(s, i) {
                least(&mut strong, start + i + n);
            }
        }
        SentenceCues { start, target, actual, strong }
    }
}

pub(super) static TARGET: LazyLock<Lexicon<&str>> = LazyLock::new(|| Lexicon::new(&TARGET_CUES, |w| w, Key::First));
pub(super) static ACTUAL: LazyLock<Lexicon<&str>> = LazyLock::new(|| Lexicon::new(&ACTUAL_CUES, |w| w, Key::First));
pub(super) static STRONG: LazyLock<Lexicon<&str>> = LazyLock::new(|| Lexicon::new(&STRONG_CUES, |w| w, Key::First));
/// Cues of a goal that even the review part of a report states.
pub(super) static STRONG_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::ZH_STRONG_CUES));

/// `explicit_year`: the sentence's own year, else a year that opens the
/// paragraph (`刚刚过去的2017年，…`).
pub(super) fn decide_kind(
    cues: &SentenceCues,
    q: &Quantity,
    st: &Structure,
    orig_at: usize,
    explicit_year: Option<i32>,
) -> (Kind, Option<i32>) {
    let before_q = |p: Option<usize>| p.is_some_and(|p| p <= q.start);
    let target_cue = before_q(cues.target);
    let actual_cue = before_q(cues.actual);
    match st.period_at(orig_at) {
        Some((Period::Review, y)) => {
            if before_q(cues.strong) && !actual_cue {
                (Kind::Target, explicit_year.or(st.plan_year))
            } else {
                (Kind::Actual, explicit_year.or(y))
            }
        }
        Some((Period::Plan, y)) => {
            if actual_cue && !target_cue {
                (Kind::Actual, explicit_year.or(st.review_year))
            } else {
                (Kind::Target, explicit_year.or(y))
            }
        }
        None => {
            if target_cue && !actual_cue {
                (Kind::Target, explicit_year.or(st.plan_year))
            } else {
                (Kind::Actual, explicit_year.or(st.review_year))
            }
        }
    }
}

/// A figure something moves from: `从75%提高到`, `由3%降至`.
pub(super) fn is_baseline(chars: &[char], q: &Quantity) -> bool {
    let before = chars[..q.span_start].iter().rev().find(|c| !c.is_whitespace());
    if !matches!(before, Some('从' | '由')) {
        return false;
    }
    let after: String = chars[q.tail_end.min(chars.len())..].iter().filter(|c| !c.is_whitespace()).take(3).collect();
    let mut a = after.chars();
    let verb = a.next();
    let verb2 = a.next();
    let to = |c: Option<char>| matches!(c, Some('到' | '至' | '为'));
    let moving =
        |c: Option<char>| matches!(c, Some('提' | '增' | '扩' | '降' | '下' | '减' | '缩' | '调' | '上' | '升' | '压'));
    moving(verb) && (to(verb2) || to(a.next()))
}
