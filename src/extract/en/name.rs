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

pub(super) use super::clause::Place;
use super::tag::*;

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

/// What the rules read from a figure's clause once: its subject and verb,
/// whether the verb is a copula, the word just before the figure and the
/// noun phrase that ends at `of`/`at` before it.
struct Clause {
    subject: Vec<usize>,
    verb: Option<usize>,
    verb_group: Vec<usize>,
    copula: bool,
    /// A subject that is no pronoun or bare agent.
    good_subject: bool,
    /// The first word of the figure (its currency mark included).
    before: usize,
    /// `97 lakh MT of`, `inflation at`: the noun phrase before `of`/`at`.
    np_before: Vec<usize>,
}

impl Clause {
    fn read(p: &Place, subject: Vec<usize>, verb: Option<usize>) -> Clause {
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
        let before = p.before_figure();
        let np_before = if before > p.c0 && matches!(p.lower(before - 1), "of" | "at") {
            p.np_backward(before - 1, p.c0)
        } else {
            Vec::new()
        };
        Clause { subject, verb, verb_group, copula, good_subject, before, np_before }
    }
}

/// The rules in order; the first that names the figure wins.
fn rules(p: &Place) -> String {
    let (mut subject, verb) = p.subject();
    if let Some(n) = relative(p, &mut subject) {
        return n;
    }
    let c = Clause::read(p, subject, verb);
    what_grew(p, &c)
        .or_else(|| counted(p))
        .or_else(|| aside(p))
        .or_else(|| change_noun(p, &c))
        .or_else(|| modified(p))
        .or_else(|| of_after(p, &c))
        .or_else(|| list_item(p, &c))
        .or_else(|| of_before(p, &c))
        .or_else(|| copula_subject(p, &c))
        .or_else(|| inner_subject(p, &c))
        .or_else(|| opening(p, &c))
        .or_else(|| agent_verb(p, &c))
        .unwrap_or_else(|| {
            if c.good_subject {
                return p.join(&c.subject);
            }
            // the words before the figure in its clause, at most five
            let idx: Vec<usize> = (p.c0..c.before).filter(|&i| p.tag(i) == Tag::Noun).collect();
            p.join(&idx[idx.len().saturating_sub(5)..])
        })
}

/// `…, which account for nearly 55%`: the relative pronoun stands for the
/// figure just before (its name returned), or the noun phrase before the
/// comma (made the subject).
fn relative(p: &Place, subject: &mut Vec<usize>) -> Option<String> {
    if p.c0 >= 2 && subject.first().is_some_and(|&s| s == p.c0 && matches!(p.lower(s), "which" | "that" | "who")) {
        match p.prev {
            Some((n, after)) if after + 1 >= p.c0 => return Some(n.to_string()),
            _ => {
                let np = p.np_backward(p.c0 - 1, p.c0.saturating_sub(8));
                if !np.is_empty() {
                    *subject = np;
                }
            }
        }
    }
    None
}

/// `The civil service establishment increased by 6 700 posts`: what grew.
fn what_grew(p: &Place, c: &Clause) -> Option<String> {
    (p.noun.is_some() && c.good_subject && c.copula && c.before > p.c0 && p.lower(c.before - 1) == "by")
        .then(|| p.join(&c.subject))
}

/// 1. a counted noun and what is said of it.
fn counted(p: &Place) -> Option<String> {
    let (a, b) = p.noun?;
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
    Some(p.join(&idx))
}

/// A figure set beside what it measures: after a comma, in brackets, `as`,
/// money `in`.
fn aside(p: &Place) -> Option<String> {
    // `The resident unemployment rate, at 2.8%`: the noun phrase before
    if p.c0 >= 2 && p.c0 + 1 == p.k && matches!(p.lower(p.c0), "at" | "of" | "to") && matches!(p.lower(p.c0 - 1), ",") {
        let np = p.np_backward(p.c0 - 1, p.c0.saturating_sub(10));
        if !np.is_empty() {
            return Some(p.join(&np));
        }
    }
    // `Kshs.218.99 billion (36 per cent)`: the share of the figure before
    if p.k >= 1 && p.lower(p.k - 1) == "(" {
        if let Some((n, after)) = p.prev {
            if after + 1 >= p.k {
                return Some(n.to_string());
            }
        }
    }
    // `Kshs.387.43 billion as the equitable share of revenue`: what it is
    if p.lower(p.j) == "as" && p.next_noun(p.j + 1, p.c1).is_some() {
        let np = p.np_forward(p.j + 1, p.c1, 1);
        if !np.is_empty() {
            return Some(p.join(&np));
        }
    }
    // `$760 in U-Save Rebates`, `Kshs.30.83 billion in arrears`: what the
    // money is in
    if p.money && p.lower(p.j) == "in" && !p.time_phrase(p.j) && p.tag(p.j + 1) == Tag::Noun {
        let np = p.np_forward(p.j + 1, p.c1, 1);
        if !np.is_empty() {
            return Some(p.join(&np));
        }
    }
    None
}

/// 2. `a 5% increase in revenue`.
fn change_noun(p: &Place, c: &Clause) -> Option<String> {
    if !CHANGE_NOUNS.contains(&p.lower(p.j)) {
        return None;
    }
    let mut idx = vec![p.j];
    if matches!(p.lower(p.j + 1), "in" | "of") {
        let np = p.np_forward(p.j + 2, p.c1, 0);
        if !np.is_empty() {
            idx.push(p.j + 1);
            idx.extend(np);
            return Some(p.join(&idx));
        }
    }
    if c.good_subject {
        return Some(format!("{} {}", p.join(&c.subject), p.ws[p.j].text));
    }
    Some(p.join(&idx))
}

/// `the 70% Government risk-share for trade loans`: the figure modifies the
/// noun phrase after it.
fn modified(p: &Place) -> Option<String> {
    if p.tag(p.j) == Tag::Noun && !CHANGE_NOUNS.contains(&p.lower(p.j)) && !matches!(p.lower(p.j), "last" | "next") {
        let np = p.np_forward(p.j, p.c1, 1);
        let time = np.iter().any(|&i| {
            matches!(
                p.lower(i),
                "year" | "years" | "month" | "months" | "quarter" | "week" | "day" | "annum" | "onwards"
            ) || p.lower(i).contains("year-on")
        });
        if !np.is_empty() && !time {
            return Some(p.with_tail(np));
        }
    }
    None
}

/// 3. `97 lakh MT of storage capacity`, unless a ratio's base (`3% of GDP`).
fn of_after(p: &Place, c: &Clause) -> Option<String> {
    if p.lower(p.j) != "of" {
        return None;
    }
    let np = p.np_forward(p.j + 1, p.c1, 0);
    let base = np.first().is_some_and(|&f| RATIO_BASES.contains(&p.lower(f))) && np.len() == 1;
    if np.is_empty() || base {
        return None;
    }
    // `account for 55% of arable land`: whose share it is
    if c.good_subject && c.verb_group.iter().any(|&i| p.lower(i).starts_with("account")) {
        return Some(format!("{} share of {}", p.join(&c.subject), p.join(&np)));
    }
    Some(p.with_tail(np))
}

/// `Counties exceeded their annual local revenue collection targets: Kisii
/// at 178 per cent, Tana River at 133 per cent`: the item of a list and what
/// the lead-in measures.
fn list_item(p: &Place, c: &Clause) -> Option<String> {
    let np_before = &c.np_before;
    if !np_before.is_empty() && p.lower(c.before - 1) == "at" && np_before[0] <= p.c0 + 1 {
        if let Some(colon) = (p.s0..p.c0).rev().find(|&i| p.lower(i) == ":") {
            let lead = p.np_backward(colon, p.s0);
            if !lead.is_empty() {
                return Some(format!("{} {}", p.join(np_before), p.join(&lead)));
            }
        }
    }
    None
}

/// Rule 4: `total provision of ` 12,517 crore`, `inflation at 2%`: the noun
/// phrase before, a generic head giving way to the clause's subject or
/// taking the purpose after it.
fn of_before(p: &Place, c: &Clause) -> Option<String> {
    let (np_before, subject) = (&c.np_before, &c.subject);
    let &head = np_before.iter().rev().find(|&&i| p.tag(i) == Tag::Noun)?;
    let head_l = p.lower(head);
    let generic = (GENERIC.contains(&head_l) || CHANGE_NOUNS.contains(&head_l)) && np_before.len() <= 2;
    // `a total of $42.7 billion in loans was approved under …`
    if generic && matches!(p.lower(p.j), "in" | "of") && !p.time_phrase(p.j) && p.next_noun(p.j + 1, p.c1).is_some() {
        let tail = p.tail(p.j + 1);
        if !tail.is_empty() {
            return Some(p.join(&tail));
        }
    }
    if generic && c.copula && c.good_subject {
        // `Exports of services moderated, though an overall growth of
        // 4.9 per cent was recorded`: the sentence says of what
        if subject.last() == np_before.last() && p.s0 < p.c0 {
            let outer = Place { c0: p.s0, prev: None, ..*p };
            let (whole, _) = outer.subject();
            if whole.first().is_some_and(|&w| p.tag(w) == Tag::Noun) && whole.last() != subject.last() {
                return Some(format!("{} {}", p.join(&whole), p.join(np_before)));
            }
        }
        return Some(p.join(subject));
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
        return Some(p.join(&idx));
    }
    // `at a cost of ` 850 crores`: of what was counted before
    if c.good_subject && subject.last() != np_before.last() {
        return Some(format!("{} of {}", p.join(np_before), p.join(subject)));
    }
    // `Exports of services moderated, though an overall growth of 4.9
    // per cent was recorded`: the generic phrase is the clause's own
    // subject; the sentence says of what
    if p.s0 < p.c0 {
        let outer = Place { c0: p.s0, prev: None, ..*p };
        let (whole, _) = outer.subject();
        if whole.first().is_some_and(|&w| p.tag(w) == Tag::Noun) && whole.last() != np_before.last() {
            return Some(format!("{} {}", p.join(&whole), p.join(np_before)));
        }
    }
    if let Some((n, _)) = p.prev {
        // `Real GDP grew by 3.2%, and we forecast growth of 2.5%`
        let np = p.join(np_before);
        if n.ends_with(np.as_str()) {
            return Some(n.to_string());
        }
        if CHANGE_NOUNS.contains(&head_l) {
            return Some(format!("{n} {np}"));
        }
        return Some(format!("{np} of {n}"));
    }
    Some(p.join(&idx))
}

/// 5. `Honey production has gone up to 86,500 metric tonnes`; `It grew by
/// 3.0 per cent`: what was measured before.
fn copula_subject(p: &Place, c: &Clause) -> Option<String> {
    if c.good_subject && c.verb.is_some() && c.copula {
        return Some(p.join(&c.subject));
    }
    if c.copula && c.subject.len() == 1 && matches!(p.lower(c.subject[0]), "it" | "they") {
        if let Some(b) = p.before {
            return Some(b.to_string());
        }
    }
    None
}

/// 6. `we expect the economy to grow by 2%`.
fn inner_subject(p: &Place, c: &Clause) -> Option<String> {
    let v = c.verb?;
    for i in v..p.k {
        if p.lower(i) == "to" && i > v && p.tag(i - 1) == Tag::Noun && COPULAS.contains(&p.lower(i + 1)) {
            let np = p.np_backward(i, v);
            if !np.is_empty() {
                return Some(p.join(&np));
            }
        }
    }
    None
}

/// Rule 7: a figure opening its clause: `…, up 8 per cent on the year before`
/// (the figure before, changed), `` ` 368 crore has been provided for this
/// scheme`` (the verb phrase after it).
fn opening(p: &Place, c: &Clause) -> Option<String> {
    if c.before <= p.c0 + 1 && matches!(p.lower(p.c0), "up" | "down") {
        if let Some((n, _)) = p.prev {
            return Some(n.to_string());
        }
    }
    if c.before <= p.c0 + usize::from(p.lower(p.c0) == "and") {
        let idx = p.tail(p.j);
        if !idx.is_empty() {
            return Some(p.join(&idx));
        }
    }
    None
}

/// 8. the verb of an agent, or subject and verb.
fn agent_verb(p: &Place, c: &Clause) -> Option<String> {
    let v = c.verb?;
    let before = c.before;
    let lexical: Vec<usize> = (v..before).filter(|&i| p.tag(i) == Tag::Verb).collect();
    // `reduce government revenue by $1 billion`, `raise the loan ceiling
    // from $5 million to $6 million`: the verb's object
    if let Some(&lv) = lexical.last() {
        if before > lv + 1 && matches!(p.lower(before - 1), "by" | "to" | "from") {
            let np = p.np_forward(lv + 1, before, 2);
            if !np.is_empty() {
                return Some(p.join(&np));
            }
        }
    }
    let last = lexical.last().copied().or_else(|| (v..before).rev().find(|&i| p.tag(i) == Tag::Noun))?;
    let mut idx = if c.good_subject { c.subject.clone() } else { Vec::new() };
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
    Some(p.join(&idx))
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
