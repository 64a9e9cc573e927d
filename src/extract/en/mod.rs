//! Quantities in English text: `141 million hectares`, `` ` 17,000 crore``,
//! `$4.4 billion`, `46%`, `89 irrigation projects`, with names, comparators,
//! measure and kind read from the words around them.

mod clause;
mod kind;
mod list;
mod measure;
mod money;
mod name;
mod quantity;
mod tag;
mod words;
mod year;

use super::PROGRESS_EVERY;
use clause::Bounds;
use kind::*;
use list::{alternatives, respectively};
use measure::{comparator_around, measure_and_sign};
use money::*;
use quantity::*;
use words::{words, Word};
use year::{clause_year, heading_year};

use crate::model::{Indicator, Measure};
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
    let (dollar, minor) = text_currencies(chars, &head);
    // a budget speech or statement: its present tense announces measures
    let budget = head.contains("Budget") || head.to_lowercase().matches("budget").nth(1).is_some();
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
        if !starts_number(&ws, k) {
            k += 1;
            continue;
        }
        let Some((num, currency, qstart)) = figure_at(norm, original, &ws, k, dollar, minor) else {
            k += 1;
            continue;
        };
        let (mut value, mut value_max, mut j) = read_value(&ws, chars, &num, currency);
        let Some((mut unit, mut qend, noun_phrase)) =
            read_unit(&ws, chars, &num, currency, (dollar, minor), &mut value, &mut j)
        else {
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
        read_rate(&ws, &mut unit, &mut qend, &mut j);
        let comparator = comparator_around(&ws, k, j, &unit);
        let (mut measure, sign) = measure_and_sign(&ws, k, j);
        let b = Bounds::around(&ws, k, j);
        let first = (k.saturating_sub(2)..=k).find(|&i| ws[i].start == qstart).unwrap_or(k);
        // `increase the quantum from $500 to $700`: the figure moved from is
        // the present state
        let moved_from = after_from && ws.get(j).is_some_and(|x| x.lower == "to");
        let kind = decide_kind(&ws, budget, &b, first, moved_from);
        let (os, _) = norm.original_span(qstart, qend);
        let year = if moved_from {
            None
        } else {
            clause_year(&ws, chars, &b, k, j).or_else(|| heading_year(st.section_at(os)))
        };
        // the name
        let name = name::name(&name::Place {
            ws: &ws,
            c0: b.c0,
            c1: b.c1,
            k: first,
            j,
            noun: noun_phrase,
            s0: b.s0,
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
            sentence: ws[b.s0..b.s1].iter().map(|x| x.text.as_str()).collect::<Vec<_>>().join(" "),
        });
        k = j.max(k + 1);
    }
    respectively(&mut out);
    alternatives(&mut out, original);
    out
}

/// The number at word `k` if it is a figure, with the currency written
/// before it and where the figure starts: not an ordinal (`31st`), the second
/// half of a fiscal year (`2016-17`), a name (`COVID-19`), a page, paragraph
/// or section number, a year or a date.
fn figure_at(
    norm: &Normalized,
    original: &[char],
    ws: &[Word],
    k: usize,
    dollar: &'static str,
    minor: &str,
) -> Option<(EnNumber, Option<&'static str>, usize)> {
    let chars = &norm.chars;
    let w = &ws[k];
    // currency before: ` 17,000  Rs 500  $4.4  US$ 3  HK$ 2
    let (currency, qstart) = currency_before(ws, k, dollar, minor == "ZAR");
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
        return None;
    }
    let num = read_en_number(ws, chars, k)?;
    let value = num.value;
    let j = num.next;
    // paragraph numbers `17.` and years `2017`, fiscal years `2015-16`, dates
    let next = ws.get(j).map(|x| x.lower.as_str()).unwrap_or("");
    let prev = if k > 0 { ws[k - 1].lower.as_str() } else { "\n" };
    let is_year =
        !num.decimal && !num.spelled && w.text.len() == 4 && (1900.0..=2100.0).contains(&value) && currency.is_none();
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
        return None;
    }
    if is_year || para_no || MONTHS.contains(&next) || MONTHS.contains(&prev) || chars.get(num.end) == Some(&'-') {
        return None;
    }
    Some((num, currency, qstart))
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
