//! Word lists as characters, indexed by their first (or last) character.
//!
//! The grammar's lists (lead words, comparators, change verbs, units) are
//! written as `&str` for the reader; matching them against the clean text,
//! a `&[char]`, used to decode every word of a list at every position. A
//! [`Lexicon`] decodes each word once and looks up only the words that can
//! match by the one character it knows, in the list's own order, so that
//! "the first word of the list that matches" keeps its meaning.

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
