//! The part of speech of an English word, from a small closed lexicon;
//! every other word is taken as part of a noun phrase.

use super::money::is_currency_mark;
use super::words::Word;
use crate::lexicon;
use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Tag {
    Det,
    Prep,
    Aux,
    Pron,
    Conj,
    Adv,
    Verb,
    Noun,
    Num,
    Punct,
    Money,
}

pub(super) static DETS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_DETERMINERS));
pub(super) static PREPS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_PREPOSITIONS));
pub(super) static AUXES: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_AUXILIARIES));
pub(super) static PRONS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_PRONOUNS));
pub(super) static CONJS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_CONJUNCTIONS));
pub(super) static ADVS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_ADVERBS));
/// The verbs of reports, in the forms they take.
pub(super) static VERBS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_VERBS));
/// Verbs that state what a figure is of their subject: the subject names it.
pub(super) static COPULAS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_COPULAS));
/// Heads that say nothing of what they measure on their own.
pub(super) static GENERIC: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_GENERIC_HEADS));
/// Heads that say what they measure only with the verb after them.
pub(super) static AREA_HEADS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_AREA_HEADS));

/// Heads that take the purpose said later in the clause (`provision … towards`).
pub(super) static PURPOSEFUL: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_PURPOSEFUL));
/// Bases of a ratio: `3% of GDP` names the figure before, not GDP.
pub(super) static RATIO_BASES: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_RATIO_BASES));
/// Verbs of giving money: their purpose names the figure.
pub(super) static SPENDING: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_SPENDING));
/// Nouns of change after a figure: `a 5% increase in revenue`.
pub(super) static CHANGE_NOUNS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_CHANGE_NOUNS));
/// Agents: their verbs name the figure, not they.
pub(super) static AGENTS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_AGENTS));
/// Words of time that end a subject (`in the years before`, `by March`).
pub(super) static TIME_PREPS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_TIME_PREPOSITIONS));

/// `2016`, and the `17` of `2016-17`.
pub(super) fn is_year(t: &str) -> bool {
    t.len() == 4 && t.starts_with(['1', '2']) || t.len() == 2
}

pub(super) fn tag(w: &Word) -> Tag {
    let l = w.lower.as_str();
    if w.text.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return Tag::Num;
    }
    if is_currency_mark(l) {
        return Tag::Money;
    }
    if !w.text.chars().next().is_some_and(char::is_alphabetic) {
        return Tag::Punct;
    }
    // the words of a figure are no name: `per cent`, `billion`, `lakh`
    if matches!(
        l,
        "percent"
            | "billion"
            | "million"
            | "trillion"
            | "lakh"
            | "lakhs"
            | "crore"
            | "crores"
            | "bn"
            | "mn"
            | "thousand"
    ) {
        return Tag::Num;
    }
    CLOSED.get(l).copied().unwrap_or(Tag::Noun)
}

/// The closed classes by word: the first of auxiliaries, pronouns,
/// determiners, prepositions, conjunctions, adverbs and verbs that lists a
/// word gives its tag (one look-up for the seven lists).
static CLOSED: LazyLock<HashMap<&str, Tag>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    let lists = [
        (&*AUXES, Tag::Aux),
        (&*PRONS, Tag::Pron),
        (&*DETS, Tag::Det),
        (&*PREPS, Tag::Prep),
        (&*CONJS, Tag::Conj),
        (&*ADVS, Tag::Adv),
        (&*VERBS, Tag::Verb),
    ];
    for (list, t) in lists {
        for &w in list.iter() {
            m.entry(w).or_insert(t);
        }
    }
    m
});
