//! The name of an English figure: the noun phrase it measures, read from the
//! shape of its clause.
//!
//! Words are tagged with a small closed lexicon (determiners, prepositions,
//! auxiliaries, pronouns, conjunctions, adverbs, the verbs of reports); every
//! other word is taken as part of a noun phrase. The rules, first match wins:
//!
//! 1. a counted noun names itself with what follows it (`89 irrigation
//!    projects under AIBP`);
//! 2. a change noun after the figure (`a 5% increase in revenue`);
//! 3. `N of NP` after a measure (`97 lakh MT of storage capacity`,
//!    `90% of the domestic honey production`), unless NP is a ratio's base
//!    (`3% of GDP`);
//! 4. `NP of N` / `NP at N` before it (`total provision of ` 12,517 crore`),
//!    a generic head (`sum`, `average`, `all-time high`) giving way to the
//!    clause's subject or taking the purpose after it;
//! 5. the subject of a copula or change verb (`Honey production has gone up
//!    to`, `The pace of construction is currently`);
//! 6. an inner subject (`we expect the economy to grow by`);
//! 7. a figure opening its clause takes the verb phrase after it
//!    (`` ` 368 crore has been provided for this scheme``);
//! 8. the verb of an agent (`This will help to irrigate 80.6 lakh hectares`,
//!    `We have allocated`), or subject and verb (`These projects require`).

use super::money::is_currency_mark;
use super::words::Word;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tag {
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

const DETS: &[&str] = &[
    "a", "an", "the", "this", "these", "those", "its", "their", "our", "his", "her", "all", "each", "every", "such",
    "another", "any", "some", "both", "whose", "my", "your", "no",
];
const PREPS: &[&str] = &[
    "of",
    "for",
    "in",
    "on",
    "at",
    "by",
    "with",
    "to",
    "from",
    "under",
    "over",
    "towards",
    "toward",
    "into",
    "through",
    "during",
    "across",
    "among",
    "amongst",
    "against",
    "per",
    "as",
    "via",
    "within",
    "between",
    "after",
    "before",
    "since",
    "until",
    "till",
    "upon",
    "beyond",
    "including",
    "than",
    "onto",
    "around",
    "about",
    "along",
    "below",
    "above",
    "besides",
    "compared",
    "out",
    "up",
    "down",
    "off",
    "despite",
    "without",
    "like",
];
const AUXES: &[&str] = &[
    "will", "shall", "would", "can", "could", "may", "might", "must", "should", "has", "have", "had", "is", "are",
    "was", "were", "be", "been", "being", "am", "do", "does", "did", "'s",
];
const PRONS: &[&str] = &["we", "i", "it", "they", "he", "she", "you", "which", "who", "that", "there", "us", "them"];
const CONJS: &[&str] =
    &["and", "or", "but", "nor", "while", "whereas", "although", "though", "because", "if", "when", "where", "so"];
const ADVS: &[&str] = &[
    "only",
    "also",
    "already",
    "currently",
    "totally",
    "further",
    "now",
    "still",
    "nearly",
    "almost",
    "just",
    "respectively",
    "approximately",
    "roughly",
    "more",
    "less",
    "most",
    "least",
    "very",
    "even",
    "however",
    "thus",
    "therefore",
    "again",
    "not",
    "generally",
    "overall",
    "recently",
    "presently",
    "annually",
    "together",
    "effectively",
    "cumulatively",
    "altogether",
    "some",
    "close",
    "well",
    "broadly",
    "significantly",
    "substantially",
    "likely",
    "expectedly",
    "alone",
    "otherwise",
    "then",
    "first",
    "finally",
    "besides",
    "simultaneously",
];
/// The verbs of reports, in the forms they take.
const VERBS: &[&str] = &[
    "account",
    "accounted",
    "accounts",
    "achieve",
    "achieved",
    "add",
    "added",
    "allocate",
    "allocated",
    "allocates",
    "amount",
    "amounted",
    "amounts",
    "attract",
    "attracted",
    "average",
    "averaged",
    "benefit",
    "benefited",
    "bring",
    "brought",
    "build",
    "built",
    "came",
    "climb",
    "climbed",
    "come",
    "comes",
    "complete",
    "completed",
    "connect",
    "connected",
    "constitute",
    "constitutes",
    "construct",
    "constructed",
    "constructing",
    "contracted",
    "cover",
    "covered",
    "covers",
    "create",
    "created",
    "cut",
    "decline",
    "declined",
    "declines",
    "decrease",
    "decreased",
    "disburse",
    "disbursed",
    "double",
    "doubled",
    "drop",
    "dropped",
    "earmark",
    "earmarked",
    "ease",
    "eased",
    "ensure",
    "estimate",
    "estimated",
    "exceed",
    "exceeded",
    "exceeds",
    "expand",
    "expanded",
    "expect",
    "expected",
    "fall",
    "fallen",
    "falls",
    "fell",
    "forecast",
    "gave",
    "generate",
    "generated",
    "give",
    "given",
    "go",
    "goes",
    "gone",
    "grew",
    "grow",
    "grown",
    "grows",
    "help",
    "helped",
    "hit",
    "improve",
    "improved",
    "increase",
    "increased",
    "increases",
    "inject",
    "injected",
    "invest",
    "invested",
    "irrigate",
    "jumped",
    "launch",
    "launched",
    "make",
    "made",
    "moderated",
    "moderate",
    "need",
    "needs",
    "plan",
    "planned",
    "project",
    "projected",
    "propose",
    "proposed",
    "provide",
    "provided",
    "provides",
    "raise",
    "raised",
    "reach",
    "reached",
    "reaches",
    "receive",
    "received",
    "record",
    "recorded",
    "reduce",
    "reduced",
    "register",
    "registered",
    "remain",
    "remained",
    "remains",
    "represent",
    "represented",
    "represents",
    "require",
    "required",
    "requires",
    "rise",
    "risen",
    "rises",
    "rose",
    "save",
    "saved",
    "set",
    "slowed",
    "spend",
    "spending",
    "spent",
    "stand",
    "stands",
    "stood",
    "surpassed",
    "take",
    "taken",
    "took",
    "totalled",
    "totaled",
    "touched",
    "went",
    "budgeted",
    "benefitting",
    "allot",
    "allotted",
    "grant",
    "granted",
    "sanctioned",
    "released",
    "enhance",
    "enhanced",
    "lower",
    "lowered",
    "exempt",
    "rising",
    "growing",
    "falling",
    "expand",
    "introduce",
    "introduced",
    "waive",
    "waived",
];
/// Verbs that state what a figure is of their subject: the subject names it.
const COPULAS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "'s",
    "stand",
    "stands",
    "stood",
    "remain",
    "remains",
    "remained",
    "reach",
    "reached",
    "reaches",
    "hit",
    "total",
    "totalled",
    "totaled",
    "amount",
    "amounted",
    "amounts",
    "grew",
    "grow",
    "grown",
    "grows",
    "rose",
    "rise",
    "risen",
    "rises",
    "increase",
    "increased",
    "increases",
    "decline",
    "declined",
    "declines",
    "decrease",
    "decreased",
    "fell",
    "fall",
    "fallen",
    "falls",
    "dropped",
    "drop",
    "gone",
    "went",
    "go",
    "goes",
    "come",
    "came",
    "comes",
    "estimated",
    "expected",
    "projected",
    "forecast",
    "budgeted",
    "set",
    "exceeded",
    "exceeds",
    "exceed",
    "surpassed",
    "doubled",
    "double",
    "improved",
    "climbed",
    "jumped",
    "slowed",
    "moderated",
    "contracted",
    "expanded",
    "registered",
    "recorded",
    "touched",
    "average",
    "averaged",
    "account",
    "accounts",
    "accounted",
    "constitute",
    "constitutes",
    "represent",
    "represents",
    "represented",
    "rising",
    "growing",
    "falling",
    "ease",
    "eased",
    "rebound",
    "rebounded",
    "recover",
    "recovered",
    "tumbled",
    "plunged",
    "slumped",
    "surged",
    "soared",
    "dipped",
    "shrank",
    "edged",
    "widened",
    "narrowed",
];
/// Heads that say nothing of what they measure on their own.
const GENERIC: &[&str] = &[
    "sum", "amount", "total", "level", "high", "low", "record", "figure", "value", "average", "tune", "order",
    "extent", "outlay", "cost", "rate", "all-time", "peak", "size", "tally",
];
/// Heads that say what they measure only with the verb after them.
const AREA_HEADS: &[&str] = &["area", "land", "acreage", "size", "number", "quantity", "volume", "amount"];

/// Heads that take the purpose said later in the clause (`provision … towards`).
const PURPOSEFUL: &[&str] = &[
    "provision",
    "allocation",
    "allocations",
    "outlay",
    "funding",
    "budget",
    "expenditure",
    "spending",
    "grant",
    "sum",
    "amount",
    "support",
    "assistance",
    "fund",
    "corpus",
    "investment",
    "cost",
];
/// Bases of a ratio: `3% of GDP` names the figure before, not GDP.
const RATIO_BASES: &[&str] = &["gdp", "gnp", "gsdp", "gva", "total", "income", "revenue", "revenues"];
/// Verbs of giving money: their purpose names the figure.
const SPENDING: &[&str] = &[
    "set",
    "earmark",
    "earmarked",
    "provide",
    "provided",
    "provides",
    "spend",
    "spent",
    "invest",
    "invested",
    "inject",
    "injected",
    "allot",
    "allotted",
    "grant",
    "granted",
    "disburse",
    "disbursed",
    "sanctioned",
    "released",
];
/// Nouns of change after a figure: `a 5% increase in revenue`.
const CHANGE_NOUNS: &[&str] = &[
    "increase",
    "rise",
    "growth",
    "decline",
    "fall",
    "drop",
    "reduction",
    "cut",
    "decrease",
    "expansion",
    "contraction",
    "jump",
    "hike",
    "gain",
    "surge",
];
/// Agents: their verbs name the figure, not they.
const AGENTS: &[&str] =
    &["government", "budget", "ministry", "department", "centre", "center", "administration", "council", "authority"];
/// Words of time that end a subject (`in the years before`, `by March`).
const TIME_PREPS: &[&str] = &["in", "during", "by", "over", "since", "until", "till", "before", "after", "from"];

/// `2016`, and the `17` of `2016-17`.
fn is_year(t: &str) -> bool {
    t.len() == 4 && t.starts_with(['1', '2']) || t.len() == 2
}

fn tag(w: &Word) -> Tag {
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
    if AUXES.contains(&l) {
        Tag::Aux
    } else if PRONS.contains(&l) {
        Tag::Pron
    } else if DETS.contains(&l) {
        Tag::Det
    } else if PREPS.contains(&l) {
        Tag::Prep
    } else if CONJS.contains(&l) {
        Tag::Conj
    } else if ADVS.contains(&l) {
        Tag::Adv
    } else if VERBS.contains(&l) {
        Tag::Verb
    } else {
        Tag::Noun
    }
}

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
    fn tag(&self, i: usize) -> Tag {
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
    fn lower(&self, i: usize) -> &str {
        self.ws.get(i).map_or("", |w| w.lower.as_str())
    }
    fn join(&self, idx: &[usize]) -> String {
        idx.iter().map(|&i| self.ws[i].text.as_str()).collect::<Vec<_>>().join(" ")
    }

    /// A noun phrase from `i`: determiners skipped, nouns with `of`/`and`
    /// joining more nouns, and up to `pps` prepositional phrases that are not
    /// of time. Returns its words.
    fn np_forward(&self, mut i: usize, end: usize, pps: usize) -> Vec<usize> {
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
    fn tail(&self, mut from: usize) -> Vec<usize> {
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
    fn time_phrase(&self, i: usize) -> bool {
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
    fn with_tail(&self, mut np: Vec<usize>) -> String {
        let Some(&last) = np.last() else { return String::new() };
        if np.len() <= 2 && AREA_HEADS.contains(&self.lower(last)) && matches!(self.tag(last + 1), Tag::Aux | Tag::Verb)
        {
            np.extend(self.tail(last + 1));
        }
        self.join(&np)
    }

    /// The first noun at or after `i` past determiners and adverbs.
    fn next_noun(&self, mut i: usize, end: usize) -> Option<usize> {
        while i < end && matches!(self.tag(i), Tag::Det | Tag::Adv) {
            i += 1;
        }
        (i < end && self.tag(i) == Tag::Noun).then_some(i)
    }

    /// The noun phrase ending just before `i`: nouns, with `of`/`in`/`for`
    /// chains (`increase in revenue`, `pace of construction`).
    fn np_backward(&self, i: usize, start: usize) -> Vec<usize> {
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
    fn subject(&self) -> (Vec<usize>, Option<usize>) {
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
    fn before_figure(&self) -> usize {
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
    fn purpose(&self) -> Vec<usize> {
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

/// The name of the figure at `p`: the rules in order, else the figure
/// before in the sentence (`…, and to a further $850`).
pub(super) fn name(p: &Place) -> String {
    let n = rules(p);
    if !n.is_empty() {
        return n;
    }
    if let Some((prev, _)) = p.prev {
        return prev.to_string();
    }
    // `The standard rate tax band (the amount …) will be increased by
    // €3,200`: the sentence's subject
    if p.s0 < p.c0 {
        let outer = Place { c0: p.s0, prev: None, ..*p };
        let (subject, _) = outer.subject();
        if subject.first().is_some_and(|&s| p.tag(s) == Tag::Noun) {
            return p.join(&subject);
        }
    }
    n
}

fn rules(p: &Place) -> String {
    let (mut subject, verb) = p.subject();
    // `…, which account for nearly 55%`: the relative pronoun stands for the
    // figure just before, or the noun phrase before the comma
    if p.c0 >= 2 && subject.first().is_some_and(|&s| s == p.c0 && matches!(p.lower(s), "which" | "that" | "who")) {
        match p.prev {
            Some((n, after)) if after + 1 >= p.c0 => return n.to_string(),
            _ => {
                let np = p.np_backward(p.c0 - 1, p.c0.saturating_sub(8));
                if !np.is_empty() {
                    subject = np;
                }
            }
        }
    }
    let pronoun = subject
        .first()
        .is_some_and(|&s| matches!(p.tag(s), Tag::Pron) || matches!(p.lower(s), "this" | "these" | "those"))
        || subject.len() <= 2 && subject.last().is_some_and(|&s| AGENTS.contains(&p.lower(s)));
    let verb_group: Vec<usize> = verb.map_or(Vec::new(), |v| (v..p.k).collect());
    let copula = !verb_group.is_empty()
        && verb_group.iter().filter(|&&i| matches!(p.tag(i), Tag::Aux | Tag::Verb)).all(|&i| {
            COPULAS.contains(&p.lower(i))
                || matches!(p.lower(i), "has" | "have" | "had" | "will" | "would" | "shall" | "to")
        });
    let good_subject = !subject.is_empty() && !pronoun;

    // `The civil service establishment increased by 6 700 posts`: what grew
    let before = p.before_figure();
    if p.noun.is_some() && good_subject && copula && before > p.c0 && p.lower(before - 1) == "by" {
        return p.join(&subject);
    }
    // 1. a counted noun and what is said of it
    if let Some((a, b)) = p.noun {
        let mut idx: Vec<usize> = (a..b).collect();
        let mut i = b;
        let mut pps = 0;
        while i < p.c1 && idx.len() < 9 {
            match p.tag(i) {
                Tag::Noun | Tag::Verb => idx.push(i),
                Tag::Prep if pps < 1 && !TIME_PREPS.contains(&p.lower(i)) || i == b && p.lower(i) == "of" => {
                    pps += usize::from(i != b || p.lower(i) != "of");
                    idx.push(i)
                }
                Tag::Conj if p.lower(i) == "and" && p.tag(i + 1) == Tag::Noun => idx.push(i),
                Tag::Aux | Tag::Det | Tag::Adv | Tag::Pron => {}
                _ => break,
            }
            i += 1;
        }
        while idx.last().is_some_and(|&l| !matches!(p.tag(l), Tag::Noun | Tag::Verb)) {
            idx.pop();
        }
        return p.join(&idx);
    }
    // `The resident unemployment rate, at 2.8%`: the noun phrase before
    if p.c0 >= 2 && p.c0 + 1 == p.k && matches!(p.lower(p.c0), "at" | "of" | "to") && matches!(p.lower(p.c0 - 1), ",") {
        let np = p.np_backward(p.c0 - 1, p.c0.saturating_sub(10));
        if !np.is_empty() {
            return p.join(&np);
        }
    }
    // `Kshs.218.99 billion (36 per cent)`: the share of the figure before
    if p.k >= 1 && p.lower(p.k - 1) == "(" {
        if let Some((n, after)) = p.prev {
            if after + 1 >= p.k {
                return n.to_string();
            }
        }
    }
    // `Kshs.387.43 billion as the equitable share of revenue`: what it is
    if p.lower(p.j) == "as" && p.next_noun(p.j + 1, p.c1).is_some() {
        let np = p.np_forward(p.j + 1, p.c1, 1);
        if !np.is_empty() {
            return p.join(&np);
        }
    }
    // `$760 in U-Save Rebates`, `Kshs.30.83 billion in arrears`: what the
    // money is in
    if p.money && p.lower(p.j) == "in" && !p.time_phrase(p.j) && p.tag(p.j + 1) == Tag::Noun {
        let np = p.np_forward(p.j + 1, p.c1, 1);
        if !np.is_empty() {
            return p.join(&np);
        }
    }
    // 2. `a 5% increase in revenue`
    if CHANGE_NOUNS.contains(&p.lower(p.j)) {
        let mut idx = vec![p.j];
        if matches!(p.lower(p.j + 1), "in" | "of") {
            let np = p.np_forward(p.j + 2, p.c1, 0);
            if !np.is_empty() {
                idx.push(p.j + 1);
                idx.extend(np);
                return p.join(&idx);
            }
        }
        if good_subject {
            return format!("{} {}", p.join(&subject), p.ws[p.j].text);
        }
        return p.join(&idx);
    }
    // `the 70% Government risk-share for trade loans`: the figure modifies
    // the noun phrase after it
    if p.tag(p.j) == Tag::Noun && !CHANGE_NOUNS.contains(&p.lower(p.j)) && !matches!(p.lower(p.j), "last" | "next") {
        let np = p.np_forward(p.j, p.c1, 1);
        let time = np.iter().any(|&i| {
            matches!(
                p.lower(i),
                "year" | "years" | "month" | "months" | "quarter" | "week" | "day" | "annum" | "onwards"
            ) || p.lower(i).contains("year-on")
        });
        if !np.is_empty() && !time {
            return p.with_tail(np);
        }
    }
    // 3. `97 lakh MT of storage capacity`
    let np_before = if before > p.c0 && matches!(p.lower(before - 1), "of" | "at") {
        p.np_backward(before - 1, p.c0)
    } else {
        Vec::new()
    };
    if p.lower(p.j) == "of" {
        let np = p.np_forward(p.j + 1, p.c1, 0);
        let base = np.first().is_some_and(|&f| RATIO_BASES.contains(&p.lower(f))) && np.len() == 1;
        if !np.is_empty() && !base {
            // `account for 55% of arable land`: whose share it is
            if good_subject && verb_group.iter().any(|&i| p.lower(i).starts_with("account")) {
                return format!("{} share of {}", p.join(&subject), p.join(&np));
            }
            return p.with_tail(np);
        }
    }
    // `Counties exceeded their annual local revenue collection targets:
    // Kisii at 178 per cent, Tana River at 133 per cent`: the item of a list
    // and what the lead-in measures
    if !np_before.is_empty() && p.lower(before - 1) == "at" && np_before[0] <= p.c0 + 1 {
        if let Some(colon) = (p.s0..p.c0).rev().find(|&i| p.lower(i) == ":") {
            let lead = p.np_backward(colon, p.s0);
            if !lead.is_empty() {
                return format!("{} {}", p.join(&np_before), p.join(&lead));
            }
        }
    }
    // 4. `total provision of ` 12,517 crore`, `inflation at 2%`
    if let Some(&head) = np_before.iter().rev().find(|&&i| p.tag(i) == Tag::Noun) {
        let head_l = p.lower(head);
        let generic = (GENERIC.contains(&head_l) || CHANGE_NOUNS.contains(&head_l)) && np_before.len() <= 2;
        // `a total of $42.7 billion in loans was approved under …`
        if generic && matches!(p.lower(p.j), "in" | "of") && !p.time_phrase(p.j) && p.next_noun(p.j + 1, p.c1).is_some()
        {
            let tail = p.tail(p.j + 1);
            if !tail.is_empty() {
                return p.join(&tail);
            }
        }
        if generic && copula && good_subject {
            // `Exports of services moderated, though an overall growth of
            // 4.9 per cent was recorded`: the sentence says of what
            if subject.last() == np_before.last() && p.s0 < p.c0 {
                let outer = Place { c0: p.s0, prev: None, ..*p };
                let (whole, _) = outer.subject();
                if whole.first().is_some_and(|&w| p.tag(w) == Tag::Noun) && whole.last() != subject.last() {
                    return format!("{} {}", p.join(&whole), p.join(&np_before));
                }
            }
            return p.join(&subject);
        }
        let mut idx = np_before.clone();
        if PURPOSEFUL.contains(&head_l) || generic {
            idx.extend(p.purpose());
        } else if matches!(p.lower(p.j), "to" | "for" | "in" | "on" | "towards" | "under") && !p.time_phrase(p.j) {
            // `a top-up of $400 to their Child Development Account`
            let np = p.np_forward(p.j + 1, p.c1, 1);
            if !np.is_empty() {
                idx.push(p.j);
                idx.extend(np);
            }
        }
        if idx.len() > np_before.len() || !generic {
            return p.join(&idx);
        }
        // `at a cost of ` 850 crores`: of what was counted before
        if good_subject && subject.last() != np_before.last() {
            return format!("{} of {}", p.join(&np_before), p.join(&subject));
        }
        // `Exports of services moderated, though an overall growth of 4.9
        // per cent was recorded`: the generic phrase is the clause's own
        // subject; the sentence says of what
        if p.s0 < p.c0 {
            let outer = Place { c0: p.s0, prev: None, ..*p };
            let (whole, _) = outer.subject();
            if whole.first().is_some_and(|&w| p.tag(w) == Tag::Noun) && whole.last() != np_before.last() {
                return format!("{} {}", p.join(&whole), p.join(&np_before));
            }
        }
        if let Some((n, _)) = p.prev {
            // `Real GDP grew by 3.2%, and we forecast growth of 2.5%`
            let np = p.join(&np_before);
            if n.ends_with(np.as_str()) {
                return n.to_string();
            }
            if CHANGE_NOUNS.contains(&head_l) {
                return format!("{n} {np}");
            }
            return format!("{np} of {n}");
        }
        return p.join(&idx);
    }
    // 5. `Honey production has gone up to 86,500 metric tonnes`
    if good_subject && verb.is_some() && copula {
        return p.join(&subject);
    }
    // `It grew by 3.0 per cent`: what was measured before
    if copula && subject.len() == 1 && matches!(p.lower(subject[0]), "it" | "they") {
        if let Some(b) = p.before {
            return b.to_string();
        }
    }
    // 6. `we expect the economy to grow by 2%`
    if let Some(v) = verb {
        for i in v..p.k {
            if p.lower(i) == "to" && i > v && p.tag(i - 1) == Tag::Noun && COPULAS.contains(&p.lower(i + 1)) {
                let np = p.np_backward(i, v);
                if !np.is_empty() {
                    return p.join(&np);
                }
            }
        }
    }
    // `…, up 8 per cent on the year before`: the figure before, changed
    if before <= p.c0 + 1 && matches!(p.lower(p.c0), "up" | "down") {
        if let Some((n, _)) = p.prev {
            return n.to_string();
        }
    }
    // 7. `` ` 368 crore has been provided for this scheme``
    if before <= p.c0 + usize::from(p.lower(p.c0) == "and") {
        let idx = p.tail(p.j);
        if !idx.is_empty() {
            return p.join(&idx);
        }
    }
    // 8. the verb of an agent, or subject and verb
    if let Some(v) = verb {
        let lexical: Vec<usize> = (v..before).filter(|&i| p.tag(i) == Tag::Verb).collect();
        // `reduce government revenue by $1 billion`, `raise the loan ceiling
        // from $5 million to $6 million`: the verb's object
        if let Some(&lv) = lexical.last() {
            if before > lv + 1 && matches!(p.lower(before - 1), "by" | "to" | "from") {
                let np = p.np_forward(lv + 1, before, 2);
                if !np.is_empty() {
                    return p.join(&np);
                }
            }
        }
        let last = lexical.last().copied().or_else(|| (v..before).rev().find(|&i| p.tag(i) == Tag::Noun));
        if let Some(last) = last {
            let mut idx = if good_subject { subject.clone() } else { Vec::new() };
            idx.push(last);
            // `set aside $10 billion for the Housing Fund`
            if matches!(p.lower(last + 1), "aside" | "up" | "out" | "off") {
                idx.push(last + 1);
            }
            // `bring 5 lakh acres under organic farming`
            if matches!(p.lower(p.j), "under" | "into") {
                idx.push(p.j);
                idx.extend(p.np_forward(p.j + 1, p.c1, 0));
            } else if SPENDING.contains(&p.lower(last)) {
                // `allocated $4.7 billion from the Anti-epidemic Fund`
                if p.lower(p.j) == "from" && p.next_noun(p.j + 1, p.c1).is_some() {
                    idx.push(p.j);
                    idx.extend(p.np_forward(p.j + 1, p.c1, 0));
                } else {
                    idx.extend(p.purpose());
                }
            }
            return p.join(&idx);
        }
    }
    if good_subject {
        return p.join(&subject);
    }
    // the words before the figure in its clause, at most five
    let idx: Vec<usize> = (p.c0..before).filter(|&i| p.tag(i) == Tag::Noun).collect();
    p.join(&idx[idx.len().saturating_sub(5)..])
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    /// (sentence, the figure as written, its name): one or more per rule.
    const CASES: &[(&str, &str, &str)] = &[
        // 1. counted nouns and what is said of them
        (
            "Implementation of 89 irrigation projects under AIBP, which have been languishing, will be fast tracked.",
            "89 irrigation projects",
            "irrigation projects under AIBP",
        ),
        (
            "The Government will build 30,000 public rental housing units in the next five years.",
            "30,000 public rental housing units",
            "public rental housing units",
        ),
        // 2. a change noun after the figure
        ("The Budget brings a 5 per cent increase in revenue.", "5 per cent", "increase in revenue"),
        // 3. `N of NP`, but not a ratio's base
        ("Besides, 97 lakh MT of storage capacity will be created.", "97 lakh MT", "storage capacity"),
        ("The fiscal deficit will be 3.5 per cent of GDP.", "3.5 per cent", "fiscal deficit"),
        (
            "Organic farming will be promoted in rain fed areas, which account for nearly 55% of the arable land.",
            "55%",
            "rain fed areas share of arable land",
        ),
        // 4. `NP of N`, with its purpose; a generic head gives way
        ("To achieve all these, a total provision of ` 12,517 crore has been made.", "` 12,517 crore", "total provision"),
        (
            "A provision of ` 15,000 crore has been made in the BE 2016-17 towards interest subvention.",
            "` 15,000 crore",
            "provision towards interest subvention",
        ),
        (
            "The target for agricultural credit will be an all-time high of ` 9 lakh crore.",
            "` 9 lakh crore",
            "target for agricultural credit",
        ),
        (
            "Real GDP grew by 3.2 per cent last year, and we forecast growth of 2.5 to 3.5 per cent this year.",
            "2.5 to 3.5 per cent",
            "Real GDP growth",
        ),
        // 5. the subject of a copula or change verb
        ("Honey production has gone up to 86,500 metric tonnes.", "86,500 metric tonnes", "Honey production"),
        ("The pace of construction is currently 100 kms per day.", "100 kms per day", "pace of construction"),
        ("The unemployment rate stood at 2.9 per cent in 2023.", "2.9 per cent", "unemployment rate"),
        (
            "Allocations under PMGSY in the years before were only ` 8,885 crore and ` 9,805 crore respectively.",
            "` 9,805 crore",
            "Allocations under PMGSY",
        ),
        // 6. an inner subject
        ("We expect the economy to grow by 2 per cent in 2024.", "2 per cent", "economy"),
        // 7. a figure opening its clause
        ("` 368 crore has been provided for this scheme.", "` 368 crore", "provided for scheme"),
        // 8. an agent's verb, or subject and verb
        ("This will help to irrigate 80.6 lakh hectares.", "80.6 lakh hectares", "irrigate"),
        ("We will set aside $10 billion for the Housing Fund.", "$10 billion", "set aside for Housing Fund"),
        ("These projects require ` 17,000 crore next year.", "` 17,000 crore", "projects require"),
        // a generic head takes what the clause says of it
        (
            "About 59.1 lakh ha area was brought under organic farming by 2021-22.",
            "59.1 lakh ha",
            "area brought under organic farming",
        ),
        // money in what it is paid in, as what it is
        ("Eligible households will receive up to $760 in U-Save Rebates.", "$760", "U-Save Rebates"),
        ("The Counties expected to receive Kshs.387.43 billion as the equitable share.", "Kshs.387.43 billion", "equitable share"),
        // a pronoun subject: what was measured before
        ("The agriculture sector grew by 3.5 per cent. It grew by 3.0 per cent in 2021.", "3.0 per cent", "agriculture sector"),
        // what grew by a count, and a growth named by the sentence
        (
            "The civil service establishment increased by 6 700 posts in this financial year.",
            "6 700 posts",
            "civil service establishment",
        ),
        (
            "Exports of services moderated, though an overall growth of 4.9 per cent was recorded.",
            "4.9 per cent",
            "Exports of services growth",
        ),
        // an item of a list after a lead-in
        (
            "The following Counties exceeded their annual revenue targets: Kisii at 178 per cent, Meru at 106 per cent.",
            "106 per cent",
            "Meru annual revenue targets",
        ),
        // a relative pronoun stands for the figure before
        (
            "Productivity is at an average of 18 to 20 kg per box per annum, which we aim to increase to 25 kg per box.",
            "25 kg per box",
            "Productivity",
        ),
    ];

    #[test]
    fn english_names() {
        for (text, quote, name) in CASES {
            let r = analyze(text);
            let i = r.indicators.iter().find(|i| i.text == *quote).unwrap_or_else(|| {
                panic!("{text}: no {quote:?} in {:?}", r.indicators.iter().map(|i| &i.text).collect::<Vec<_>>())
            });
            assert_eq!(i.name, *name, "{text}");
        }
    }
}
