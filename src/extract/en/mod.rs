//! Quantities in English text: `141 million hectares`, `` ` 17,000 crore``,
//! `$4.4 billion`, `46%`, `89 irrigation projects`, with names, comparators,
//! measure and kind read from the words around them.

mod clause;
mod kind;
mod list;
mod money;
mod name;
mod quantity;
mod tag;
mod words;
mod year;

use super::PROGRESS_EVERY;
use kind::*;
use list::{alternatives, respectively};
use money::*;
use quantity::*;
use words::{words, Word};
use year::heading_year;

use crate::model::{Comparator, Indicator, Kind, Measure};
use crate::normalize::Normalized;
use crate::structure::Structure;

/// Extracts the indicators of English text.
pub fn extract_en(
    norm: &Normalized,
    st: &Structure,
    original: &[char],
    progress: &mut dyn FnMut(f64),
) -> Vec<Indicator> {
    let chars = &norm.chars;
    let ws = words(chars);
    let head: String = chars.iter().take(20000).collect();
    let dollar = bare_currency(&head);
    // a budget speech or statement: its present tense announces measures
    let budget = head.contains("Budget") || head.to_lowercase().matches("budget").nth(1).is_some();
    // the currency a bare `cent` is a hundredth of
    let minor = if chars.contains(&'€') {
        "EUR"
    } else if head.contains("South Africa") || head.contains(" rand") {
        "ZAR"
    } else {
        dollar
    };
    let mut out = Vec::new();
    let mut k = 0;
    let mut reported = 0;
    // the previous figure: its sentence, name and the word after it
    let mut before_fig: Option<(usize, String, usize)> = None;
    while k < ws.len() {
        if k >= reported + 20 * PROGRESS_EVERY {
            reported = k;
            progress(k as f64 / ws.len() as f64);
        }
        let w = &ws[k];
        if !starts_number(&ws, k) {
            k += 1;
            continue;
        }
        // currency before: ` 17,000  Rs 500  $4.4  US$ 3  HK$ 2
        let (currency, qstart) = currency_before(&ws, k, dollar, minor == "ZAR");
        // ordinals (31st, 14th), the second half of a fiscal year (2016-17),
        // names (COVID-19, G-20), page numbers alone on their line
        let glued = chars.get(w.end).is_some_and(|c| c.is_ascii_alphabetic());
        let hyphen = |c: char| matches!(c, '-' | '‑' | '–');
        let fiscal = w.start >= 2
            && (hyphen(chars[w.start - 1]) || chars[w.start - 1] == '/')
            && chars[w.start - 2].is_ascii_digit();
        let named = w.start >= 2 && hyphen(chars[w.start - 1]) && chars[w.start - 2].is_alphabetic();
        let page_number = currency.is_none() && {
            let (os, oe) = norm.original_span(w.start, w.end);
            alone_on_line(original, os, oe)
        };
        if glued || fiscal || named || page_number {
            k += 1;
            continue;
        }
        let Some(num) = read_en_number(&ws, chars, k) else {
            k += 1;
            continue;
        };
        let mut value = num.value;
        let mut j = num.next;
        // paragraph numbers `17.` and years `2017`, fiscal years `2015-16`, dates
        let next = ws.get(j).map(|x| x.lower.as_str()).unwrap_or("");
        let prev = if k > 0 { ws[k - 1].lower.as_str() } else { "\n" };
        let is_year = !num.decimal
            && !num.spelled
            && w.text.len() == 4
            && (1900.0..=2100.0).contains(&value)
            && currency.is_none();
        let line_start = prev == "\n" || k == 0;
        let para_no = next == "." && line_start && currency.is_none();
        // `8.5 Ensuring credit…`, `2 Varshney, Deepak;`: a section number or a
        // footnote opening its line; `8. 13 Agriculture…`: the rest of one
        let capital_next = ws.get(j).is_some_and(|x| x.text.starts_with(|c: char| c.is_uppercase()));
        let numbered = currency.is_none()
            && !num.spelled
            && (line_start && capital_next && (!ws[j].lower.ends_with('s') || num.decimal)
                || prev == "." && k >= 2 && is_number(&ws[k - 2]) && capital_next);
        if numbered {
            k += 1;
            continue;
        }
        if is_year || para_no || MONTHS.contains(&next) || MONTHS.contains(&prev) || chars.get(num.end) == Some(&'-') {
            k += 1;
            continue;
        }
        // scale words, `lakh crore`
        while let Some(s) = ws.get(j).and_then(|x| SCALES.iter().find(|s| s.0 == x.lower)) {
            value *= s.1;
            j += 1;
        }
        if currency.is_some() && ws.get(j).is_some_and(|x| x.text == "m" || x.text == "b") {
            value *= if ws[j].text == "m" { 1e6 } else { 1e9 };
            j += 1;
        }
        // ranges: 18 to 20 kg
        let mut value_max = None;
        // `one to two per cent`, `5,5 or six per cent`
        if ws
            .get(j)
            .is_some_and(|x| x.lower == "to" || x.lower == "or" && ws.get(j + 2).is_some_and(|y| y.lower != "more"))
            && j + 1 < ws.len()
            && starts_number(&ws, j + 1)
        {
            if let Some(n2) = read_en_number(&ws, chars, j + 1) {
                let mut v2 = n2.value;
                let mut j2 = n2.next;
                while let Some(s) = ws.get(j2).and_then(|x| SCALES.iter().find(|s| s.0 == x.lower)) {
                    v2 *= s.1;
                    j2 += 1;
                }
                if v2 > value {
                    value_max = Some(v2);
                    j = j2;
                }
            }
        }
        // the unit
        let mut unit: Option<String> = currency.map(String::from);
        let mut qend = ws[j - 1].end;
        let mut noun_phrase: Option<(usize, usize)> = None;
        if unit.is_none() {
            if chars.get(num.end) == Some(&'%') {
                unit = Some("%".into());
                qend = num.end + 1;
                if ws.get(j).is_some_and(|x| x.text == "%") {
                    j += 1;
                }
            } else if let Some(c) = ws.get(j).and_then(|x| currency_word(&x.lower, dollar)) {
                // `5 million dollars`, `30 rupees`
                unit = Some(c.into());
                qend = ws[j].end;
                j += 1;
            } else if ws.get(j).is_some_and(|x| matches!(x.lower.as_str(), "cent" | "cents" | "pence")) {
                // `80 cent per hour`: hundredths of the currency
                unit = Some(if ws[j].lower == "pence" { "GBP" } else { minor }.into());
                value *= 0.01;
                qend = ws[j].end;
                j += 1;
            } else {
                for (pat, canon) in UNITS.iter() {
                    if pat.iter().enumerate().all(|(o, p)| ws.get(j + o).is_some_and(|x| x.lower == *p)) {
                        unit = Some((*canon).to_string());
                        j += pat.len();
                        qend = ws[j - 1].end;
                        break;
                    }
                }
            }
        }
        // `23 of these projects`
        let mut jn = j;
        if unit.is_none()
            && ws.get(jn).is_some_and(|x| x.lower == "of")
            && ws.get(jn + 1).is_some_and(|x| matches!(x.lower.as_str(), "these" | "the" | "those" | "them"))
        {
            jn += 2;
        }
        if unit.is_none() {
            // a counted noun: the head of the noun phrase after the number
            let mut e = jn;
            let word = |x: &Word| {
                !is_clause_end(&x.lower)
                    && !STOP.contains(&x.lower.as_str())
                    && !is_number(x)
                    && x.text.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '‑' | '\'' | '’'))
            };
            while e < ws.len() && e < jn + 6 {
                let x = &ws[e];
                // `affordable and cost rental homes`, not `farm ponds and dug wells`
                let joins =
                    x.lower == "and" && e > jn && !ws[e - 1].lower.ends_with('s') && ws.get(e + 1).is_some_and(&word);
                // `157 medical colleges established`: a participle ends it
                let participle = e > jn
                    && (x.lower.ends_with("ed") || x.lower.ends_with("ing"))
                    && !ws.get(e + 1).is_some_and(&word);
                // `165 authorities currently provide`: an adverb ends it;
                // `177 FPOs/FPCs`: the first of two names
                let adverb = e > jn && x.lower.ends_with("ly") && x.lower.len() > 4;
                let slashed = e > jn && chars[ws[e - 1].end..x.start].contains(&'/');
                if !(word(x) || joins) || participle || adverb || slashed {
                    break;
                }
                e += 1;
            }
            // `two important schemes`: small counts in words are not figures
            let small_word = num.spelled && value < 10.0;
            // `Section 9 of the Controller of Budget Act`: a part of one thing,
            // not a count of many
            let part_of_one = jn > j && e > jn && !ws[e - 1].lower.ends_with('s');
            if e > jn
                && !small_word
                && !part_of_one
                && !NOT_UNITS.contains(&ws[e - 1].lower.as_str())
                && !MONTHS.contains(&ws[jn].lower.as_str())
            {
                noun_phrase = Some((jn, e));
                let head = &ws[e - 1];
                unit = Some(head.lower.clone());
                qend = head.end;
                j = e;
            }
        }
        let Some(mut unit) = unit else {
            k = j.max(k + 1);
            continue;
        };
        // ranges with the unit on both ends: `0.5% to 2.5%`, `between $300
        // and $650`, `3.5 per cent to 5.5 per cent`
        // `from $500 to $700`: two figures, not a range
        let after_from = ws[..k].iter().rev().find(|x| !is_currency_mark(&x.lower)).is_some_and(|x| x.lower == "from");
        if value_max.is_none() && !after_from {
            if let Some((v2, j2, e2)) = upper_end(&ws, chars, j, k, &unit) {
                if v2 > value {
                    value_max = Some(v2);
                    j = j2;
                    qend = e2;
                }
            }
        }
        // rates: kms per day, kg per box per annum, €500 a year
        while ws.get(j).is_some_and(|x| matches!(x.lower.as_str(), "per" | "a" | "an"))
            && ws.get(j + 1).is_some_and(|x| {
                x.text.chars().all(char::is_alphabetic)
                    && (ws[j].lower == "per" || matches!(x.lower.as_str(), "year" | "month" | "week" | "day" | "hour"))
            })
            && unit != "%"
        {
            let d = &ws[j + 1];
            let den = match d.lower.as_str() {
                "hectare" => "ha",
                other => other,
            };
            unit = format!("{unit}/{den}");
            qend = d.end;
            j += 2;
        }
        // `$5.1 billion less than the original estimate`, `3.8 lakh hectares
        // less`: a gap, signed
        let gap = match ws.get(j).map(|x| x.lower.as_str()) {
            Some("less" | "lower" | "fewer") => Some(-1.0),
            Some("more" | "higher") if ws.get(j + 1).is_some_and(|x| x.lower == "than") => Some(1.0),
            _ => None,
        };
        // comparators
        let before: Vec<&str> =
            ws[k.saturating_sub(4)..k].iter().map(|x| x.lower.as_str()).filter(|x| !is_currency_mark(x)).collect();
        let ends = |pat: &[&str]| before.len() >= pat.len() && before[before.len() - pat.len()..] == *pat;
        let risen = before.len() >= 3
            && matches!(before[before.len() - 3], "gone" | "went" | "go" | "goes" | "rose" | "moved" | "come" | "shot");
        let mut comparator = if risen && ends(&["up", "to"]) {
            Comparator::Eq
        } else if ends(&["no", "more", "than"])
            || ends(&["not", "more", "than"])
            || ends(&["up", "to"])
            || ends(&["at", "most"])
            || ends(&["maximum", "of"])
            || ends(&["max"])
            || ends(&["maximum"])
        {
            Comparator::Le
        } else if ends(&["at", "least"])
            || ends(&["not", "less", "than"])
            || ends(&["minimum", "of"])
            || ends(&["min"])
            || ends(&["minimum"])
        {
            Comparator::Ge
        } else if ends(&["more", "than"])
            || ends(&["over"])
            || ends(&["above"])
            || ends(&["exceeding"])
            || ends(&["over", "of"])
        {
            Comparator::Gt
        } else if ends(&["less", "than"]) || ends(&["below"]) || ends(&["under"]) && unit == "%" {
            Comparator::Lt
        } else if ends(&["about"])
            || ends(&["around"])
            || ends(&["nearly"])
            || ends(&["almost"])
            || ends(&["approximately"])
            || ends(&["some"])
            || ends(&["roughly"])
        {
            Comparator::Approx
        } else {
            Comparator::Eq
        };
        if ws.get(j).is_some_and(|x| x.lower == "or") && ws.get(j + 1).is_some_and(|x| x.lower == "more") {
            comparator = Comparator::Ge;
        }
        // measure: `grew by 3%`, `contracted significantly by 3.5 per cent`,
        // `reduce government revenue by $1 billion`, `a reduction of €500`
        let (mut measure, mut sign) = match change_before(&ws, k) {
            Some(rising) => (Measure::Change, if rising { 1.0 } else { -1.0 }),
            None => (Measure::Level, 1.0),
        };
        if let Some(g) = gap {
            measure = Measure::Change;
            sign = g;
        }
        // `a 5 per cent increase in revenue`, `a 2% cut`
        if let Some(n) = ws.get(j).map(|x| x.lower.as_str()) {
            if matches!(n, "increase" | "rise" | "growth" | "gain" | "jump" | "hike" | "expansion") {
                measure = Measure::Change;
            } else if matches!(n, "decline" | "fall" | "drop" | "reduction" | "cut" | "decrease" | "contraction") {
                measure = Measure::Change;
                sign = -1.0;
            }
        }
        // the sentence and the clause
        let mut s0 = k;
        while s0 > k.saturating_sub(120) && !matches!(ws[s0 - 1].text.as_str(), "." | "!" | "?" | "\n") {
            s0 -= 1;
        }
        let mut s1 = j;
        while s1 < ws.len().min(j + 120) && !matches!(ws[s1].text.as_str(), "." | "!" | "?") {
            s1 += 1;
        }
        // Kind: the clause's own cue words first (`…, which we aim to
        // increase to 25 kg`), then the sentence's.
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
        let cue = |from: usize, to: usize| {
            let lower: Vec<&str> = ws[from..to].iter().map(|x| x.lower.as_str()).collect();
            let own_clause = from == c0;
            let target = lower.windows(2).any(|w| w[0] == "going" && w[1] == "to")
                || lower.iter().any(|x| {
                    TARGET_CUES.contains(x)
                        || budget && BUDGET_CUES.contains(x)
                        || own_clause && CLAUSE_CUES.contains(x)
                });
            let past = lower.iter().any(|x| PAST_CUES.contains(x));
            let present =
                lower.iter().any(|x| matches!(*x, "is" | "are" | "stands" | "account" | "accounts" | "constitute"));
            // a budget's measures in the present: `is reduced by`, `is
            // being enhanced`
            let measure_now = budget
                && (lower.iter().any(|x| matches!(*x, "allocates" | "earmarks" | "sets"))
                    || lower.windows(2).any(|w| {
                        matches!(w[0], "is" | "are")
                            && matches!(
                                w[1],
                                "being"
                                    | "reduced"
                                    | "increased"
                                    | "enhanced"
                                    | "raised"
                                    | "allocated"
                                    | "provided"
                                    | "extended"
                                    | "doubled"
                                    | "earmarked"
                                    | "introduced"
                                    | "waived"
                                    | "lowered"
                                    | "abolished"
                                    | "exempted"
                            )
                    }));
            match (target, past) {
                (true, false) => Some(Kind::Target),
                (true, true) if lower.contains(&"will") => Some(Kind::Target),
                (_, true) => Some(Kind::Actual),
                (false, false) if measure_now => Some(Kind::Target),
                (false, false) if present => Some(Kind::Actual),
                (false, false) => None,
            }
        };
        // a relative clause (`…, which account for nearly 55%`) states a fact
        // of its own: the main clause's `will` does not reach it
        let relative = ws.get(c0).is_some_and(|w| matches!(w.lower.as_str(), "which" | "who" | "that"));
        let mut kind = cue(c0, c1).or_else(|| if relative { None } else { cue(s0, s1) }).unwrap_or(Kind::Actual);
        // `the target of ` 8.5 lakh crore`, `a target for 2024 of 3%`: the
        // value of a target is one
        let first = (k.saturating_sub(2)..=k).find(|&i| ws[i].start == qstart).unwrap_or(k);
        if ws[first.saturating_sub(5)..first]
            .iter()
            .any(|x| matches!(x.lower.as_str(), "target" | "targets" | "goal" | "goals" | "objective"))
            && !ws[first.saturating_sub(5)..first].iter().any(|x| is_clause_end(&x.text))
        {
            kind = Kind::Target;
        }
        // `increase the quantum from $500 to $700`: the figure moved from is
        // the present state
        let moved_from = after_from && ws.get(j).is_some_and(|x| x.lower == "to");
        if moved_from {
            kind = Kind::Actual;
        }
        // the year: the clause's (after the figure, then before it), the
        // sentence's before it, the heading's
        let year_of = |x: &Word| {
            let v: i32 = x.text.parse().ok()?;
            let fiscal = chars.get(x.end).is_some_and(|c| matches!(c, '-' | '/' | '–'))
                || x.start > 0 && matches!(chars[x.start - 1], '-' | '/' | '–');
            ((1990..=2100).contains(&v) && x.text.len() == 4 && !fiscal).then_some(v)
        };
        let (os, _) = norm.original_span(qstart, qend);
        let year = if moved_from {
            None
        } else {
            ws[j..c1]
                .iter()
                .find_map(year_of)
                .or_else(|| ws[c0..k].iter().rev().find_map(year_of))
                .or_else(|| ws[s0..c0].iter().rev().find_map(year_of))
                .or_else(|| ws[c1..s1].iter().find_map(year_of))
                .or_else(|| heading_year(st.section_at(os)))
        };
        // the name
        let name = name::name(&name::Place {
            ws: &ws,
            c0,
            c1,
            k: first,
            j,
            noun: noun_phrase,
            s0,
            money: currency.is_some(),
            before: before_fig.as_ref().map(|(_, n, _)| n.as_str()),
            prev: before_fig
                .as_ref()
                .filter(|(_, _, a)| {
                    *a <= k && !ws[*a..k].iter().any(|x| matches!(x.text.as_str(), "." | ";" | "!" | "?"))
                })
                .map(|(_, n, a)| (n.as_str(), *a)),
        });
        before_fig = Some((k, name.clone(), j));
        // `economic growth moderated from 4.1 per cent`: a rate of growth is
        // a change
        let growth = name.rsplit(' ').next().is_some_and(|w| {
            matches!(w.to_lowercase().as_str(), "increase" | "rise" | "decline" | "contraction" | "expansion")
        }) || name.to_lowercase().split(' ').any(|w| w == "growth");
        if growth && unit == "%" && measure == Measure::Level {
            measure = Measure::Change;
        }
        let (os, oe) = norm.original_span(qstart, qend);
        out.push(Indicator {
            name,
            value: value * sign,
            value_max: value_max.map(|v| v * sign),
            unit,
            comparator,
            measure,
            kind,
            year,
            section: st.section_at(os).to_string(),
            start: os,
            end: oe,
            text: original[os..oe].iter().collect(),
            display: norm.slice(qstart, qend),
            sentence: ws[s0..s1].iter().map(|x| x.text.as_str()).collect::<Vec<_>>().join(" "),
        });
        k = j.max(k + 1);
    }
    respectively(&mut out);
    alternatives(&mut out, original);
    out
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    /// (text, expected quote, value, unit, comparator, kind)
    const CASES: &[(&str, &str, f64, &str, &str, &str)] = &[
        (
            "Out of 141 million hectares of net cultivated area, only 46% is irrigated.",
            "141 million hectares",
            1.41e8,
            "ha",
            "=",
            "actual",
        ),
        ("28.5 lakh hectares will be brought under irrigation.", "28.5 lakh hectares", 2.85e6, "ha", "=", "target"),
        ("These projects require ` 17,000 crore next year.", "` 17,000 crore", 1.7e11, "INR", "=", "target"),
        ("At least 5 lakh farm ponds will be taken up.", "5 lakh farm ponds", 5e5, "ponds", ">=", "target"),
        (
            "The Budget provides Rs 2.87 lakh crore to Gram Panchayats.",
            "Rs 2.87 lakh crore",
            2.87e12,
            "INR",
            "=",
            "target",
        ),
        ("Honey production has gone up to 86,500 metric tonnes.", "86,500 metric tonnes", 86500.0, "t", "=", "actual"),
        ("Construction reached 100 kms per day last year.", "100 kms per day", 100.0, "km/day", "=", "actual"),
        ("The Hong Kong Government will spend $4.4 billion on housing.", "$4.4 billion", 4.4e9, "HKD", "=", "target"),
        ("Singapore's economy grew by 1.1 per cent in 2023.", "1.1 per cent", 1.1, "%", "=", "actual"),
        ("We will build more than 12,000 new homes.", "12,000 new homes", 12000.0, "homes", ">", "target"),
        ("Exports rose to US$ 3 billion.", "US$ 3 billion", 3e9, "USD", "=", "actual"),
        ("A sum of Rs. 500 crore will be provided.", "Rs. 500 crore", 5e9, "INR", "=", "target"),
        // numbers grouped by spaces, and in words
        ("The scheme is benefiting over 20 000 enterprises.", "20 000 enterprises", 2e4, "enterprises", ">", "actual"),
        ("The economy contracted by nine per cent.", "nine per cent", -9.0, "%", "=", "actual"),
        (
            "One hundred and fifty-seven new nursing colleges will be established.",
            "One hundred and fifty-seven new nursing colleges",
            157.0,
            "colleges",
            "=",
            "target",
        ),
        (
            "This is in line with the 80 cent per hour increase in the €11.30 minimum wage.",
            "80 cent per hour",
            0.8,
            "EUR/hour",
            "=",
            "actual",
        ),
        ("You can claim a Rent Tax Credit of €500 a year.", "€500 a year", 500.0, "EUR/year", "=", "actual"),
        // falls are negative changes
        ("Exports of travel services fell drastically by 90.5 per cent.", "90.5 per cent", -90.5, "%", "=", "actual"),
        ("This will reduce government revenue by $1,050 million.", "$1,050 million", -1.05e9, "USD", "=", "target"),
        ("There is a reduction of €500 in the contribution.", "€500", -500.0, "EUR", "=", "actual"),
        // a budget's measures in the present
        ("In this Budget the student contribution is reduced by €1000.", "€1000", -1000.0, "EUR", "=", "target"),
        ("In this Budget the outlay is being enhanced by 66 per cent.", "66 per cent", 66.0, "%", "=", "target"),
        // currencies written as codes, glued or with a full stop
        ("Counties spent Kshs.87.67 billion on development.", "Kshs.87.67 billion", 8.767e10, "KES", "=", "actual"),
        ("Withdrawals fell from Kshs . 451.21 billion.", "Kshs . 451.21 billion", 4.5121e11, "KES", "=", "actual"),
        ("South Africa will spend R41 billion on roads.", "R41 billion", 4.1e10, "ZAR", "=", "target"),
        ("The programme cost 5 million dollars.", "5 million dollars", 5e6, "USD", "=", "actual"),
        // decimal commas, Indian grouping, halves
        ("In South Africa the economy grew by 3,4% last year.", "3,4%", 3.4, "%", "=", "actual"),
        ("The outlay was ₹4,51,672 crore.", "₹4,51,672 crore", 4.51672e12, "INR", "=", "actual"),
        ("The MSP is fixed at one and a half times the cost.", "one and a half times", 1.5, "times", "=", "actual"),
        // a gap from an estimate is a signed change
        (
            "Land premium was $5.1 billion less than the original estimate.",
            "$5.1 billion",
            -5.1e9,
            "USD",
            "=",
            "actual",
        ),
        ("The paddy area was about 3.8 lakh hectares less.", "3.8 lakh hectares", -3.8e5, "ha", "~", "actual"),
        (
            "Revenue was lower than the estimate by 1.3 per cent or $8.1 billion.",
            "$8.1 billion",
            -8.1e9,
            "USD",
            "=",
            "actual",
        ),
        // a gap from an estimate, with `than … by`
        (
            "Tax revenues are higher than the original estimate by $16.1 billion.",
            "$16.1 billion",
            1.61e10,
            "USD",
            "=",
            "actual",
        ),
        // a rate of growth is a change
        ("Hong Kong's economic growth moderated to 2.9 per cent in 2018.", "2.9 per cent", 2.9, "%", "=", "actual"),
        // minimum and maximum
        ("Each cluster covers min. 20 ha of land.", "20 ha", 20.0, "ha", ">=", "actual"),
        ("Relief is paid up to a maximum of €10,000 per month.", "€10,000 per month", 1e4, "EUR/month", "<=", "actual"),
        // the figure moved from is the present state
        ("I will raise the loan ceiling from $5 million to $6 million.", "$5 million", 5e6, "USD", "=", "actual"),
        ("I will raise the loan ceiling from $5 million to $6 million.", "$6 million", 6e6, "USD", "=", "target"),
    ];

    #[test]
    fn english_quantities() {
        for (text, quote, value, unit, cmp, kind) in CASES {
            let r = analyze(text);
            let i = r.indicators.iter().find(|i| i.text == *quote).unwrap_or_else(|| {
                panic!("{text}: no {quote:?} in {:?}", r.indicators.iter().map(|i| &i.text).collect::<Vec<_>>())
            });
            assert!((i.value - value).abs() <= value.abs() * 1e-9, "{text}: value {}", i.value);
            assert_eq!((i.unit.as_str(), i.comparator.as_str(), i.kind.as_str()), (*unit, *cmp, *kind), "{text}");
        }
    }

    #[test]
    fn respectively_gives_each_figure_its_subject() {
        let r = analyze(
            "I forecast that the headline inflation rate and the underlying inflation rate will be 1.6 per cent and \
             one per cent respectively this year.",
        );
        let names: Vec<&str> = r.indicators.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, vec!["headline inflation rate", "underlying inflation rate"]);
    }

    #[test]
    fn a_rate_of_growth_is_a_change() {
        let r = analyze("Total exports of goods had an annual growth of 3.5 per cent in real terms.");
        let i = &r.indicators[0];
        assert_eq!((i.name.as_str(), i.measure.as_str()), ("Total exports of goods", "change"));
        let r = analyze("The annual growth rate reducing to 6.6 per cent was close to the target.");
        assert_eq!(r.indicators[0].measure.as_str(), "change");
        let r = analyze("Tax revenues are higher than the original estimate by $16.1 billion.");
        assert_eq!(r.indicators[0].measure.as_str(), "change");
    }

    #[test]
    fn ranges_with_the_unit_on_both_ends() {
        for (text, lo, hi) in [
            ("I will increase the AP Cash by between $300 and $650.", 300.0, 650.0),
            ("We expect growth of 0.5% to 2.5% this year.", 0.5, 2.5),
            ("The economy will grow by 3.5 per cent to 5.5 per cent.", 3.5, 5.5),
        ] {
            let r = analyze(text);
            let v: Vec<(f64, Option<f64>)> = r.indicators.iter().map(|i| (i.value, i.value_max)).collect();
            assert_eq!(v, vec![(lo, Some(hi))], "{text}");
            assert_eq!(r.indicators[0].measure.as_str(), "change", "{text}");
        }
    }

    #[test]
    fn not_english_indicators() {
        for text in [
            "The COVID-19 pandemic ravaged the world.",
            "India’s rising global\n\n 2\n\nprofile is because of our economy.",
            "We have launched two important schemes.",
            "\n8.5 Ensuring credit at a cheaper rate has been a priority.",
            "\n2 Varshney, Deepak; Joshi, Pramod Kumar. 2020.",
            "Under Section 9 of the Controller of Budget Act the report covers FY 2024/25 budgets.",
            "17. The scheme was launched in 2016-17.",
            "On 31st March, 2017 the 14th Finance Commission met.",
            "In FY2024 the G20 met.",
        ] {
            let r = analyze(text);
            assert!(r.indicators.is_empty(), "{text}: {:?}", r.indicators.iter().map(|i| &i.text).collect::<Vec<_>>());
        }
    }

    #[test]
    fn growth_is_a_change() {
        let r = analyze("Singapore's economy grew by 1.1 per cent in 2023, and exports fell by 2 per cent.");
        let v: Vec<(f64, &str)> = r.indicators.iter().map(|i| (i.value, i.measure.as_str())).collect();
        assert_eq!(v, vec![(1.1, "change"), (-2.0, "change")]);
        assert_eq!(r.indicators[0].year, Some(2023));
    }
}
