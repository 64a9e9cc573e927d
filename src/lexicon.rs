//! Word lists as characters, indexed by their first (or last) character.
//!
//! The grammar's lists (lead words, comparators, change verbs, units) are
//! written as `&str` for the reader; matching them against the clean text,
//! a `&[char]`, used to decode every word of a list at every position. A
//! [`Lexicon`] decodes each word once and looks up only the words that can
//! match by the one character it knows, in the list's own order, so that
//! "the first word of the list that matches" keeps its meaning.

/// A list of words with a payload each, indexed by one end character.
pub(crate) struct Lexicon<T: 'static> {
    /// The words, grouped by their key character, list order kept within a group.
    words: Vec<(Box<[char]>, &'static T)>,
    /// (key character, first index in `words`, end index), sorted by key.
    groups: Vec<(char, u32, u32)>,
    /// A bit for each key character's low byte: most characters of the
    /// text are no key, and this says so without a search.
    filter: [u64; 4],
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
        let mut words: Vec<(char, usize, Box<[char]>, &'static T)> = items
            .iter()
            .enumerate()
            .filter_map(|(n, it)| {
                let w: Box<[char]> = word(it).chars().collect();
                let k = if key == Key::First { w.first() } else { w.last() };
                k.copied().map(|k| (k, n, w, it))
            })
            .collect();
        // stable by (key, list position): list order within a group
        words.sort_by_key(|&(k, n, _, _)| (k, n));
        let mut groups: Vec<(char, u32, u32)> = Vec::new();
        for (i, (k, ..)) in words.iter().enumerate() {
            match groups.last_mut() {
                Some(g) if g.0 == *k => g.2 = i as u32 + 1,
                _ => groups.push((*k, i as u32, i as u32 + 1)),
            }
        }
        let mut filter = [0u64; 4];
        for &(k, _, _) in &groups {
            let b = k as usize & 255;
            filter[b >> 6] |= 1 << (b & 63);
        }
        Lexicon { words: words.into_iter().map(|(_, _, w, it)| (w, it)).collect(), groups, filter }
    }

    #[inline]
    fn group(&self, key: char) -> &[(Box<[char]>, &'static T)] {
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

    /// The words that stand in `chars` at `i`, in list order, with their length.
    pub(crate) fn starting_at<'a>(
        &'a self,
        chars: &'a [char],
        i: usize,
    ) -> impl Iterator<Item = (usize, &'static T)> + 'a {
        let group = chars.get(i).map_or(&[][..], |&c| self.group(c));
        group.iter().filter(move |(w, _)| chars.get(i..i + w.len()) == Some(w)).map(|(w, t)| (w.len(), *t))
    }

    /// The words that end in `chars` at `end`, in list order, with their length.
    pub(crate) fn ending_at<'a>(
        &'a self,
        chars: &'a [char],
        end: usize,
    ) -> impl Iterator<Item = (usize, &'static T)> + 'a {
        let group = match end.checked_sub(1).and_then(|k| chars.get(k)) {
            Some(&c) if end <= chars.len() => self.group(c),
            _ => &[],
        };
        group
            .iter()
            .filter(move |(w, _)| end >= w.len() && chars[end - w.len()..end] == **w)
            .map(|(w, t)| (w.len(), *t))
    }
}
