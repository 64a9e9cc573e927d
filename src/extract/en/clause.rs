//! Where an English figure's name is looked for: its clause, and the
//! phrases read from it.

use super::quantity::is_clause_end;
use super::tag::*;
use super::words::Word;

/// Where the name is looked for.
#[derive(Clone, Copy)]
pub(super) struct Place<'a> {
    pub ws: &'a [Word],
    /// The clause: from `c0` to `c1` (exclusive).
    pub c0: usize,
    pub c1: usize,
    /// The first word of the figure (its currency sign) and the first after it.
    pub k: usize,
    pub j: usize,
    /// The counted noun, when the unit is one: `ws[from..to]`.
    pub noun: Option<(usize, usize)>,
    /// The name of the figure before in the same sentence, and the word
    /// after it.
    pub prev: Option<(&'a str, usize)>,
    /// The start of the sentence.
    pub s0: usize,
    /// The figure is an amount of money.
    pub money: bool,
    /// The name of the figure before, in any sentence (`It grew by 3%`).
    pub before: Option<&'a str>,
}

impl Place<'_> {
    pub(super) fn tag(&self, i: usize) -> Tag {
        let Some(w) = self.ws.get(i) else { return Tag::Punct };
        let t = tag(w);
        // `…, involving an amount`: an -ing form not after a determiner or
        // a modifier is a verb
        if t == Tag::Noun && w.lower.len() > 5 && w.lower.ends_with("ing") {
            let p = if i > 0 { self.ws.get(i - 1).map(tag) } else { None };
            let noun_use = matches!(p, Some(Tag::Det | Tag::Noun | Tag::Num | Tag::Money))
                || matches!(self.ws.get(i + 1).map(|x| x.lower.as_str()), Some("of" | "for"));
            if !noun_use {
                return Tag::Verb;
            }
        }
        // `will be promoted`: a participle after an auxiliary
        if t == Tag::Noun && w.lower.ends_with("ed") && i > 0 {
            let b = if i > 1 && self.ws.get(i - 1).map(tag) == Some(Tag::Adv) { i - 2 } else { i - 1 };
            if self.ws.get(b).map(tag) == Some(Tag::Aux) {
                return Tag::Verb;
            }
        }
        // `per cent`
        if w.lower == "cent" && i > 0 && self.ws[i - 1].lower == "per" {
            return Tag::Num;
        }
        if w.lower == "per" && self.ws.get(i + 1).is_some_and(|x| x.lower == "cent") {
            return Tag::Num;
        }
        // `the average growth rate`: a verb's form after an article is a noun
        if t == Tag::Verb && i > 0 && matches!(self.ws[i - 1].lower.as_str(), "the" | "a" | "an") {
            return Tag::Noun;
        }
        // `the total amount of the Package`: a verb's form as a noun
        if t == Tag::Verb
            && self.ws.get(i + 1).is_some_and(|x| x.lower == "of")
            && i > 0
            && self.ws.get(i - 1).is_some_and(|x| matches!(tag(x), Tag::Det | Tag::Noun))
        {
            return Tag::Noun;
        }
        t
    }
    pub(super) fn lower(&self, i: usize) -> &str {
        self.ws.get(i).map_or("", |w| w.lower.as_str())
    }
    pub(super) fn join(&self, idx: &[usize]) -> String {
        idx.iter().map(|&i| self.ws[i].text.as_str()).collect::<Vec<_>>().join(" ")
    }

    /// A noun phrase from `i`: determiners skipped, nouns with `of`/`and`
    /// joining more nouns, and up to `pps` prepositional phrases that are not
    /// of time. Returns its words.
    pub(super) fn np_forward(&self, mut i: usize, end: usize, pps: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut pp = 0;
        while i < end && matches!(self.tag(i), Tag::Det | Tag::Adv) {
            i += 1;
        }
        while i < end && out.len() < 8 {
            match self.tag(i) {
                Tag::Noun => out.push(i),
                // `farm ponds and dug wells`, `production of honey`
                Tag::Conj | Tag::Prep
                    if !out.is_empty()
                        && (self.lower(i) == "and" || self.lower(i) == "of")
                        && self.next_noun(i + 1, end).is_some() =>
                {
                    out.push(i)
                }
                Tag::Prep
                    if !out.is_empty() && pp < pps && !self.time_phrase(i) && self.next_noun(i + 1, end).is_some() =>
                {
                    pp += 1;
                    out.push(i)
                }
                Tag::Det if out.last().is_some_and(|&l| self.tag(l) != Tag::Noun) => {}
                _ => break,
            }
            i += 1;
        }
        while out.last().is_some_and(|&l| self.tag(l) != Tag::Noun) {
            out.pop();
        }
        out
    }

    /// What follows a figure that opens its clause: nouns and verbs with up
    /// to two phrases (`provided for this scheme`, `loans approved under
    /// the 100% Guarantee Product`).
    pub(super) fn tail(&self, mut from: usize) -> Vec<usize> {
        let mut idx = Vec::new();
        let mut pps = 0;
        // `(36 per cent) was allocated to …`: past the aside
        if self.lower(from) == "(" {
            if let Some(close) = (from + 1..self.c1).find(|&i| self.lower(i) == ")") {
                from = close + 1;
            }
        }
        for i in from..self.c1 {
            match self.tag(i) {
                Tag::Noun | Tag::Verb => idx.push(i),
                Tag::Prep if !TIME_PREPS.contains(&self.lower(i)) || self.lower(i) == "by" => {
                    if pps == 2 {
                        break;
                    }
                    pps += 1;
                    idx.push(i)
                }
                Tag::Prep if TIME_PREPS.contains(&self.lower(i)) => break,
                Tag::Conj | Tag::Num | Tag::Money | Tag::Punct => break,
                _ => {}
            }
            if idx.len() >= 7 {
                break;
            }
        }
        while idx.last().is_some_and(|&l| !matches!(self.tag(l), Tag::Noun | Tag::Verb)) {
            idx.pop();
        }
        idx
    }

    /// Whether the preposition at `i` opens a phrase of time (`in 2023`,
    /// `during the year`, `by March`), not of place or kind (`investment in
    /// fixed assets`).
    pub(super) fn time_phrase(&self, i: usize) -> bool {
        let prep = self.lower(i);
        if matches!(prep, "during" | "since" | "until" | "till" | "before" | "after") {
            return true;
        }
        if !TIME_PREPS.contains(&prep) {
            return false;
        }
        let mut n = i + 1;
        while matches!(self.tag(n), Tag::Det) {
            n += 1;
        }
        let w = self.lower(n);
        self.tag(n) == Tag::Num
            || matches!(
                w,
                "real"
                    | "nominal"
                    | "terms"
                    | "year"
                    | "years"
                    | "month"
                    | "months"
                    | "quarter"
                    | "quarters"
                    | "period"
                    | "first"
                    | "second"
                    | "last"
                    | "next"
                    | "recent"
                    | "past"
                    | "coming"
                    | "end"
                    | "beginning"
                    | "half"
                    | "time"
                    | "january"
                    | "february"
                    | "march"
                    | "april"
                    | "may"
                    | "june"
                    | "july"
                    | "august"
                    | "september"
                    | "october"
                    | "november"
                    | "december"
                    | "fy"
            )
    }

    /// A noun phrase of a generic head (`area`, `land`) with what the clause
    /// then says of it: `59.1 lakh ha area was brought under organic farming`.
    pub(super) fn with_tail(&self, mut np: Vec<usize>) -> String {
        let Some(&last) = np.last() else { return String::new() };
        if np.len() <= 2 && AREA_HEADS.contains(&self.lower(last)) && matches!(self.tag(last + 1), Tag::Aux | Tag::Verb)
        {
            np.extend(self.tail(last + 1));
        }
        self.join(&np)
    }

    /// The first noun at or after `i` past determiners and adverbs.
    pub(super) fn next_noun(&self, mut i: usize, end: usize) -> Option<usize> {
        while i < end && matches!(self.tag(i), Tag::Det | Tag::Adv) {
            i += 1;
        }
        (i < end && self.tag(i) == Tag::Noun).then_some(i)
    }

    /// The noun phrase ending just before `i`: nouns, with `of`/`in`/`for`
    /// chains (`increase in revenue`, `pace of construction`).
    pub(super) fn np_backward(&self, i: usize, start: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut p = i;
        while p > start && out.len() < 6 {
            let q = p - 1;
            match self.tag(q) {
                Tag::Noun => out.push(q),
                Tag::Prep
                    if matches!(self.lower(q), "of" | "in" | "for")
                        && !out.is_empty()
                        && q > start
                        && self.tag(q - 1) == Tag::Noun =>
                {
                    out.push(q)
                }
                Tag::Det if q > start && self.lower(q - 1) == "of" => out.push(q),
                _ => break,
            }
            p = q;
        }
        out.reverse();
        while out.first().is_some_and(|&f| self.tag(f) != Tag::Noun) {
            out.remove(0);
        }
        out.retain(|&x| self.tag(x) != Tag::Det);
        out
    }

    /// The subject of the clause and where its verb group begins; after
    /// `I forecast that …` the subject of what is forecast.
    pub(super) fn subject(&self) -> (Vec<usize>, Option<usize>) {
        let mut i = self.c0;
        if let Some(t) = (self.c0..self.k)
            .rev()
            .find(|&t| self.lower(t) == "that" && t > self.c0 && matches!(self.tag(t - 1), Tag::Verb | Tag::Noun))
        {
            if matches!(self.tag(t + 1), Tag::Det | Tag::Noun) {
                i = t + 1;
            }
        }
        while i < self.k && matches!(self.tag(i), Tag::Adv | Tag::Conj) {
            i += 1;
        }
        if i < self.k && self.tag(i) == Tag::Pron {
            let v = (i + 1..self.k).find(|&x| matches!(self.tag(x), Tag::Aux | Tag::Verb));
            return (vec![i], v);
        }
        // `This will help`: a demonstrative alone is a pronoun
        if i < self.k
            && matches!(self.lower(i), "this" | "these" | "those")
            && matches!(self.tag(i + 1), Tag::Aux | Tag::Verb)
        {
            return (vec![i], Some(i + 1));
        }
        let np = self.np_forward(i, self.k, 2);
        let Some(&last) = np.last() else { return (np, None) };
        let mut v = last + 1;
        // `… in the years before this Government were only`
        while v < self.k && !matches!(self.tag(v), Tag::Aux | Tag::Verb) && v < last + 8 {
            if matches!(self.tag(v), Tag::Num | Tag::Money) {
                return (np, None);
            }
            v += 1;
        }
        let verb = (v < self.k && matches!(self.tag(v), Tag::Aux | Tag::Verb)).then_some(v);
        (np, verb)
    }

    /// The first word before the figure that is not a comparator or its sign.
    pub(super) fn before_figure(&self) -> usize {
        let mut p = self.k;
        while p > self.c0 {
            let l = self.lower(p - 1);
            let cmp = matches!(
                l,
                "about"
                    | "nearly"
                    | "over"
                    | "around"
                    | "approximately"
                    | "almost"
                    | "some"
                    | "only"
                    | "just"
                    | "roughly"
                    | "than"
                    | "more"
                    | "less"
                    | "least"
                    | "most"
                    | "up"
                    | "no"
                    | "not"
                    | "under"
                    | "below"
                    | "above"
                    | "exceeding"
                    | "another"
                    | "additional"
                    | "further"
                    | "extra"
                    | "totally"
                    | "between"
                    | "min"
                    | "max"
                    | "·"
                    | "maximum"
                    | "minimum"
                    | "a"
                    | "an"
            ) || (l == "at" && matches!(self.lower(p), "least" | "most"))
                || (l == "to" && self.lower(p.saturating_sub(2)) == "up");
            if !cmp {
                break;
            }
            p -= 1;
        }
        p
    }

    /// A prepositional phrase of purpose anywhere after the figure in its
    /// clause: `towards interest subvention`, `for this scheme`.
    pub(super) fn purpose(&self) -> Vec<usize> {
        let mut i = self.j;
        while i < self.c1 {
            // `to create 30 000 jobs`: the purpose is an act
            if self.lower(i) == "to" && self.tag(i + 1) == Tag::Verb {
                let mut v = vec![i, i + 1];
                let mut e = i + 2;
                while e < self.c1 && matches!(self.tag(e), Tag::Adv | Tag::Num | Tag::Det) {
                    e += 1;
                }
                v.extend(self.np_forward(e, self.c1, 1));
                return v;
            }
            if matches!(self.lower(i), "for" | "towards" | "toward" | "on" | "to" | "as" | "under")
                && self.next_noun(i + 1, self.c1).is_some()
            {
                let np = self.np_forward(i + 1, self.c1, 1);
                if !np.is_empty() && !TIME_PREPS.contains(&self.lower(i)) {
                    let mut v = vec![i];
                    v.extend(np);
                    return v;
                }
            }
            if matches!(self.tag(i), Tag::Money) || self.tag(i) == Tag::Num && !is_year(&self.ws[i].text) {
                break;
            }
            i += 1;
        }
        Vec::new()
    }
}

/// The sentence (`s0..s1`) and the clause (`c0..c1`) of the figure at word
/// `k`, the word after it `j`, in words.
pub(super) struct Bounds {
    pub s0: usize,
    pub s1: usize,
    pub c0: usize,
    pub c1: usize,
}

impl Bounds {
    pub(super) fn around(ws: &[Word], k: usize, j: usize) -> Bounds {
        let mut s0 = k;
        while s0 > k.saturating_sub(120) && !matches!(ws[s0 - 1].text.as_str(), "." | "!" | "?" | "\n") {
            s0 -= 1;
        }
        let mut s1 = j;
        while s1 < ws.len().min(j + 120) && !matches!(ws[s1].text.as_str(), "." | "!" | "?") {
            s1 += 1;
        }
        let mut c0 = k;
        while c0 > s0 && !is_clause_end(&ws[c0 - 1].text) {
            c0 -= 1;
        }
        let mut c1 = j;
        while c1 < s1 && !is_clause_end(&ws[c1].text) {
            c1 += 1;
        }
        // `Kshs.218.99 billion (36 per cent) was allocated to…`: the clause
        // goes on past a short aside
        if c1 == j && ws.get(c1).is_some_and(|x| x.text == "(") {
            if let Some(close) = (c1 + 1..s1.min(c1 + 10)).find(|&i| ws[i].text == ")") {
                c1 = close + 1;
                while c1 < s1 && !is_clause_end(&ws[c1].text) {
                    c1 += 1;
                }
            }
        }
        Bounds { s0, s1, c0, c1 }
    }
}
