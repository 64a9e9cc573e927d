//! The grammar's word lists: data files, one per list, and their index.
//!
//! Each list is a text file in this folder (`zh/` for Chinese, `en/` for
//! English): one entry a line, lines starting with `#` a comment (the header
//! says what the list means and how the grammar uses it), further columns
//! after a tab (a unit's canonical form, a change verb's sign). Where it
//! matters, a list's order is its meaning ("the first word that matches").
//! The files are built into the binary with `include_str!` and parsed once,
//! on first use, by the module that uses them.
//!
//! The lists are written as `&str` for the reader; matching them against the
//! clean text, a `&[char]`, used to decode every word of a list at every
//! position. A [`Lexicon`] decodes each word once and looks up only the words
//! that can match by the one character it knows, in the list's own order, so
//! that "the first word of the list that matches" keeps its meaning.

use crate::model::Comparator;

/// What a column of a list holds, for the check of every file.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) enum Column {
    /// A word or phrase (words of a phrase separated by a space).
    Text,
    /// A number (`1e6`, `1.0`).
    Number,
    /// A comparator's symbol: `=`, `>`, `>=`, `<`, `<=`, `~`.
    Comparator,
    /// `+` for a rise, `-` for a fall.
    Sign,
}

macro_rules! lists {
    ($($name:ident = $file:literal [$($col:ident),+];)*) => {
        $(pub(crate) const $name: &str = include_str!($file);)*
        /// Every list: its file, its text, what its columns hold.
        #[cfg(test)]
        pub(crate) const ALL: &[(&str, &str, &[Column])] = &[$(($file, $name, &[$(Column::$col),+])),*];
    };
}

lists! {
    ZH_TARGET_CUES = "zh/target-cues.txt" [Text];
    ZH_ACTUAL_CUES = "zh/actual-cues.txt" [Text];
    ZH_STRONG_CUES = "zh/strong-cues.txt" [Text];
    ZH_GENERIC_ATTRIBUTES = "zh/generic-attributes.txt" [Text];
    ZH_COMPARATORS_BEFORE = "zh/comparators-before.txt" [Text, Comparator];
    ZH_COMPARATORS_AFTER = "zh/comparators-after.txt" [Text, Comparator];
    ZH_CHANGE_VERBS = "zh/change-verbs.txt" [Text, Sign];
    ZH_STRUCTURAL_NOUNS = "zh/structural-nouns.txt" [Text];
    ZH_LEAD_WORDS = "zh/lead-words.txt" [Text];
    ZH_KEEP_WORDS = "zh/keep-words.txt" [Text];
    ZH_TRAIL_WORDS = "zh/trail-words.txt" [Text];
    ZH_POST_STOPS = "zh/post-stops.txt" [Text];
    ZH_EXAMPLE_VERBS = "zh/example-verbs.txt" [Text];
    ZH_UNITS = "zh/units.txt" [Text, Text, Number, Text];
    ZH_NUMERAL_UNITS = "zh/numeral-measure-words.txt" [Text];
    ZH_COUNTED_NOUNS = "zh/counted-nouns.txt" [Text];
    ZH_RATE_DENOMINATORS = "zh/rate-denominators.txt" [Text, Text];
    ZH_BUDGET_PLAN_HEADINGS = "zh/budget-plan-headings.txt" [Text];
    ZH_COMMUNIQUE_TITLES = "zh/communique-titles.txt" [Text];
    ZH_BENCHMARKS = "zh/benchmarks.txt" [Text];
    EN_SCALES = "en/scales.txt" [Text, Number];
    EN_UNITS = "en/units.txt" [Text, Text];
    EN_STOP_WORDS = "en/stop-words.txt" [Text];
    EN_MONTHS = "en/months.txt" [Text];
    EN_NOT_UNITS = "en/not-units.txt" [Text];
    EN_TARGET_CUES = "en/target-cues.txt" [Text];
    EN_BUDGET_CUES = "en/budget-cues.txt" [Text];
    EN_CLAUSE_CUES = "en/clause-cues.txt" [Text];
    EN_PAST_CUES = "en/past-cues.txt" [Text];
    EN_RISES = "en/rise-words.txt" [Text];
    EN_FALLS = "en/fall-words.txt" [Text];
    EN_DETERMINERS = "en/determiners.txt" [Text];
    EN_PREPOSITIONS = "en/prepositions.txt" [Text];
    EN_AUXILIARIES = "en/auxiliaries.txt" [Text];
    EN_PRONOUNS = "en/pronouns.txt" [Text];
    EN_CONJUNCTIONS = "en/conjunctions.txt" [Text];
    EN_ADVERBS = "en/adverbs.txt" [Text];
    EN_VERBS = "en/verbs.txt" [Text];
    EN_COPULAS = "en/copulas.txt" [Text];
    EN_GENERIC_HEADS = "en/generic-heads.txt" [Text];
    EN_AREA_HEADS = "en/area-heads.txt" [Text];
    EN_PURPOSEFUL = "en/purposeful.txt" [Text];
    EN_RATIO_BASES = "en/ratio-bases.txt" [Text];
    EN_SPENDING = "en/spending.txt" [Text];
    EN_CHANGE_NOUNS = "en/change-nouns.txt" [Text];
    EN_AGENTS = "en/agents.txt" [Text];
    EN_TIME_PREPOSITIONS = "en/time-prepositions.txt" [Text];
    EN_CURRENCY_MARKS = "en/currency-marks.txt" [Text];
    EN_CURRENCY_CODES = "en/currency-codes.txt" [Text, Text];
    EN_CURRENCY_GLUED = "en/currency-glued.txt" [Text];
    EN_CURRENCY_WORDS = "en/currency-words.txt" [Text, Text];
    EN_DOLLAR_PREFIXES = "en/dollar-prefixes.txt" [Text, Text];
    EN_CURRENCY_SIGNS = "en/currency-signs.txt" [Text, Text];
}

/// The entries of a list file: the columns of each line that is neither
/// blank nor a `#` comment.
pub(crate) fn entries(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    src.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
}

/// The first column of a list file, in order.
pub(crate) fn words(src: &'static str) -> Vec<&'static str> {
    entries(src).map(|e| e[0]).collect()
}

/// A two-column list as a map from its first column to its second.
pub(crate) fn table(src: &'static str) -> std::collections::HashMap<&'static str, &'static str> {
    entries(src).map(|e| (e[0], column(&e, 1))).collect()
}

/// The first column of a list as a set.
pub(crate) fn set(src: &'static str) -> std::collections::HashSet<&'static str> {
    entries(src).map(|e| e[0]).collect()
}

/// The comparator a list writes as its symbol (`>=`).
pub(crate) fn comparator(symbol: &str) -> Option<Comparator> {
    use Comparator::*;
    [Eq, Gt, Ge, Lt, Le, Approx].into_iter().find(|c| c.as_str() == symbol)
}

/// Whether a sign column says a fall (`-`).
pub(crate) fn falls(sign: &str) -> bool {
    sign == "-"
}

/// Column `k` of an entry (checked for every file by the tests).
pub(crate) fn column(e: &[&'static str], k: usize) -> &'static str {
    e.get(k).copied().unwrap_or("")
}

/// A list of items with a word each, indexed by one end character of the word.
pub(crate) struct Lexicon<T: 'static> {
    index: Index,
    items: &'static [T],
}

/// Which end of a word is its key.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Key {
    First,
    Last,
}

impl<T: 'static> Lexicon<T> {
    /// Builds the index of `items`, whose word `word(item)` is taken by `key`.
    pub(crate) fn new(items: &'static [T], word: impl Fn(&T) -> &str, key: Key) -> Self {
        let words: Vec<&str> = items.iter().map(word).collect();
        Lexicon { index: Index::new(&words, key), items }
    }

    /// The items whose word stands in `chars` at `i`, in list order, with
    /// the word's length.
    pub(crate) fn starting_at<'a>(
        &'a self,
        chars: &'a [char],
        i: usize,
    ) -> impl Iterator<Item = (usize, &'static T)> + 'a {
        let items = self.items;
        self.index.starting_at(chars, i).map(move |(n, k)| (n, &items[k]))
    }

    /// The items whose word ends in `chars` at `end`, in list order, with
    /// the word's length.
    pub(crate) fn ending_at<'a>(
        &'a self,
        chars: &'a [char],
        end: usize,
    ) -> impl Iterator<Item = (usize, &'static T)> + 'a {
        let items = self.items;
        self.index.ending_at(chars, end).map(move |(n, k)| (n, &items[k]))
    }
}

/// The words by key character (one copy of the code for every list).
struct Index {
    /// The words with their place in the list, grouped by their key
    /// character, list order kept within a group.
    words: Vec<(Box<[char]>, usize)>,
    /// (key character, first index in `words`, end index), sorted by key.
    groups: Vec<(char, u32, u32)>,
    /// A bit for each key character's low byte: most characters of the
    /// text are no key, and this says so without a search.
    filter: [u64; 4],
}

impl Index {
    fn new(list: &[&str], key: Key) -> Self {
        let decoded: Vec<(usize, char, Box<[char]>)> = list
            .iter()
            .enumerate()
            .filter_map(|(n, w)| {
                let w: Box<[char]> = w.chars().collect();
                let k = if key == Key::First { w.first() } else { w.last() };
                k.copied().map(|k| (n, k, w))
            })
            .collect();
        let mut keys: Vec<char> = decoded.iter().map(|(_, k, _)| *k).collect();
        keys.sort_unstable();
        keys.dedup();
        // by key, list order within a group (the lists are short: a pass
        // over the list for each key)
        let mut words = Vec::with_capacity(decoded.len());
        let mut groups: Vec<(char, u32, u32)> = Vec::with_capacity(keys.len());
        for k in keys {
            let a = words.len() as u32;
            words.extend(decoded.iter().filter(|(_, c, _)| *c == k).map(|(n, _, w)| (w.clone(), *n)));
            groups.push((k, a, words.len() as u32));
        }
        let mut filter = [0u64; 4];
        for &(k, _, _) in &groups {
            let b = k as usize & 255;
            filter[b >> 6] |= 1 << (b & 63);
        }
        Index { words, groups, filter }
    }

    #[inline]
    fn group(&self, key: char) -> &[(Box<[char]>, usize)] {
        let b = key as usize & 255;
        if self.filter[b >> 6] & (1 << (b & 63)) == 0 {
            return &[];
        }
        match self.groups.binary_search_by_key(&key, |g| g.0) {
            Ok(g) => {
                let (_, a, b) = self.groups[g];
                &self.words[a as usize..b as usize]
            }
            Err(_) => &[],
        }
    }

    fn starting_at<'a>(&'a self, chars: &'a [char], i: usize) -> impl Iterator<Item = (usize, usize)> + 'a {
        let group = chars.get(i).map_or(&[][..], |&c| self.group(c));
        group.iter().filter(move |(w, _)| chars.get(i..i + w.len()) == Some(w)).map(|(w, n)| (w.len(), *n))
    }

    fn ending_at<'a>(&'a self, chars: &'a [char], end: usize) -> impl Iterator<Item = (usize, usize)> + 'a {
        let group = match end.checked_sub(1).and_then(|k| chars.get(k)) {
            Some(&c) if end <= chars.len() => self.group(c),
            _ => &[],
        };
        group
            .iter()
            .filter(move |(w, _)| end >= w.len() && chars[end - w.len()..end] == **w)
            .map(|(w, n)| (w.len(), *n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_parses_with_no_entry_twice() {
        for &(file, text, columns) in ALL {
            let mut seen = std::collections::HashSet::new();
            let body: Vec<&str> = text.lines().skip_while(|l| l.starts_with('#')).collect();
            assert!(text.starts_with("# "), "{file}: a comment header says what the list is");
            assert!(!body.is_empty(), "{file}: no entries");
            for (n, line) in body.iter().enumerate() {
                assert!(
                    !line.is_empty() && !line.starts_with('#'),
                    "{file}: line {n} after the header is blank or a comment"
                );
                let e: Vec<&str> = line.split('\t').collect();
                assert_eq!(e.len(), columns.len(), "{file}: {line:?} has {} columns", e.len());
                for (x, col) in e.iter().zip(columns) {
                    assert!(!x.is_empty() && x.trim() == *x, "{file}: {line:?}: empty or padded column");
                    let ok = match col {
                        Column::Text => true,
                        Column::Number => x.parse::<f64>().is_ok(),
                        Column::Comparator => comparator(x).is_some(),
                        Column::Sign => matches!(*x, "+" | "-"),
                    };
                    assert!(ok, "{file}: {line:?}: {x:?} is no {col:?}");
                }
                assert!(seen.insert(e[0]), "{file}: {:?} is listed twice", e[0]);
            }
            assert_eq!(entries(text).count(), body.len(), "{file}");
        }
    }

    const WORDS: &[&str] = &["全年", "全国", "全", "年", "年底", "国"];

    #[test]
    fn matches_in_list_order() {
        let c: Vec<char> = "全年底".chars().collect();
        let first = Lexicon::new(WORDS, |w| w, Key::First);
        let at0: Vec<&str> = first.starting_at(&c, 0).map(|(_, w)| *w).collect();
        assert_eq!(at0, ["全年", "全"]);
        let at1: Vec<&str> = first.starting_at(&c, 1).map(|(_, w)| *w).collect();
        assert_eq!(at1, ["年", "年底"]);
        let last = Lexicon::new(WORDS, |w| w, Key::Last);
        let to2: Vec<&str> = last.ending_at(&c, 2).map(|(_, w)| *w).collect();
        assert_eq!(to2, ["全年", "年"]);
        assert_eq!(last.ending_at(&c, 0).count(), 0);
        assert_eq!(first.starting_at(&c, 3).count(), 0);
    }
}
