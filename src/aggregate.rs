//! Summaries a reader asks for first: the year's headline targets, each
//! target beside last year's result for the same indicator, counts by
//! section, and counts by unit family. Pure functions over a report.
//!
//! **Pairing rule** (target vs last result): both names are normalised by
//! dropping bracketed asides, the examples before `等`, the verbs of
//! building and doing (`新增`, `建成`, `完成`, `改造提升`, `提质改造`, ...)
//! and level qualifiers (`区级以上`, `省级`, ...). A target of the plan
//! year is paired with the result of the review year whose unit family and
//! measure agree and whose normalised name is the same (`exact`) or shares
//! at least 70% of its characters (`near`, shown as such). Pairs are one to
//! one: the closest names are paired first, then the earliest.

use serde::Serialize;

use crate::model::{Indicator, Kind, Report};
use crate::unit::family_of;

/// A target with the result it is compared with.
#[derive(Debug, Clone, Serialize)]
pub struct Pair {
    pub name: String,
    pub target: Indicator,
    pub actual: Option<Indicator>,
    /// `exact`, `near` or `none`.
    #[serde(rename = "match")]
    pub matching: &'static str,
    /// target − actual, in base units, when both are plain levels.
    pub difference: Option<f64>,
    /// target ÷ actual.
    pub ratio: Option<f64>,
}

/// Results and targets under one heading.
#[derive(Debug, Clone, Serialize)]
pub struct SectionSummary {
    pub section: String,
    pub actual: usize,
    pub target: usize,
    /// Money stated in the section, per currency: `[("CNY", 6.1e10)]`.
    pub money: Vec<(String, f64)>,
}

/// Indicators of one unit family.
#[derive(Debug, Clone, Serialize)]
pub struct FamilySummary {
    pub family: &'static str,
    pub count: usize,
    /// The largest of the family (by value; money compared within CNY
    /// first, as reports mostly speak it).
    pub largest: Option<Indicator>,
}

/// All four tables.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub headline_targets: Vec<Indicator>,
    pub target_vs_actual: Vec<Pair>,
    pub sections: Vec<SectionSummary>,
    pub unit_families: Vec<FamilySummary>,
}

const TARGET_CUES: &[&str] = &[
    "主要预期目标",
    "预期目标为",
    "预期目标是",
    "主要目标是",
    "主要目标为",
    "主要目标：",
    "主要目标:",
    "targets for the year",
    "we expect growth of",
    "targets for this year",
];

/// The original char range of the main-targets passage: from its cue to the
/// end of that sentence (`。`, or `.` in English), at most 1,500 chars.
pub fn headline_passage(text: &str) -> Option<(usize, usize)> {
    // a cue that opens a list (`主要预期目标是：`) before a bare mention
    // (`把年度主要预期目标作为一个有机整体`, the 2023 national report's review)
    let opens = |c: &&str| c.ends_with(['是', '为', '：', ':']) || c.contains(' ');
    let first = |strong: bool| {
        TARGET_CUES.iter().filter(|c| opens(c) == strong).filter_map(|c| text.find(c).map(|b| (b, c))).min()
    };
    let (byte, _) = first(true).or_else(|| first(false))?;
    let start = text[..byte].chars().count();
    let rest: Vec<char> = text[byte..].chars().take(1500).collect();
    let mut end = rest.len();
    for (i, &c) in rest.iter().enumerate() {
        let en_stop =
            c == '.' && rest.get(i + 1).is_none_or(|n| n.is_whitespace()) && i > 0 && !rest[i - 1].is_ascii_digit();
        if c == '。' || en_stop {
            end = i + 1;
            break;
        }
    }
    Some((start, start + end))
}

/// Headline targets: the targets inside the main-targets passage, in order.
/// An English report seldom has one passage: its forecasts and targets for
/// the economy (`I forecast that the economy will grow by 3.5 per cent to 5.5
/// per cent`, `we expect inflation of 2%`) are its headline, wherever they
/// stand.
pub fn headline_targets(text: &str, report: &Report) -> Vec<Indicator> {
    if let Some((s, e)) = headline_passage(text) {
        return report
            .indicators
            .iter()
            .filter(|i| i.kind == Kind::Target && i.start >= s && i.start < e)
            .cloned()
            .collect();
    }
    if report.language != "en" {
        return Vec::new();
    }
    const CUES: &[&str] = &["forecast", "expect", "project", "target", "aim", "estimate"];
    const MACRO: &[&str] = &[
        "gdp",
        "growth",
        "economy",
        "inflation",
        "deficit",
        "unemployment",
        "surplus",
        "revenue",
        "expenditure",
        "debt",
        "exports",
        "investment",
        "consumption",
        "prices",
    ];
    report
        .indicators
        .iter()
        .filter(|i| {
            let sentence = i.sentence.to_lowercase();
            let name = i.name.to_lowercase();
            i.kind == Kind::Target
                && CUES.iter().any(|c| sentence.contains(c))
                && MACRO.iter().any(|m| name.contains(m))
                && (matches!(i.unit.as_str(), "%" | "pp") || name.contains("deficit") || name.contains("surplus"))
        })
        .take(12)
        .cloned()
        .collect()
}

const DROP_PREFIXES: &[&str] = &[
    "签约引进",
    "新建改造",
    "改造提升",
    "提质改造",
    "新增",
    "新建",
    "建成",
    "完成",
    "改造",
    "提升",
    "筹集",
    "引进",
    "实现",
    "力争",
    "确保",
    "累计",
    "全年",
    "建设",
    "打造",
    "创建",
    "培育",
    "认定",
    "招引",
    "实施",
    "开展",
    "推进",
    "净增",
    "区级以上",
    "市级以上",
    "省级以上",
    "国家级",
    "省级",
    "市级",
    "区级",
];

/// The name reduced to what is counted, for pairing.
pub fn normalize_name(name: &str) -> String {
    // bracketed asides: 新建(筹集)人才公寓
    let mut s = String::new();
    let mut depth = 0;
    for c in name.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth -= 1,
            _ if depth == 0 && !c.is_whitespace() => s.push(c),
            _ => {}
        }
    }
    // examples before 等: 改造古石林等老旧小区 → 老旧小区
    if let Some(p) = s.rfind('等') {
        let after = &s[p + '等'.len_utf8()..];
        if after.chars().count() >= 2 {
            s = after.to_string();
        }
    }
    loop {
        let before = s.len();
        for p in DROP_PREFIXES {
            if s.starts_with(p) && s.len() > p.len() + 3 {
                s = s[p.len()..].to_string();
            }
        }
        if s.len() == before {
            return s;
        }
    }
}

fn char_f1(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let mut pool: Vec<char> = b.chars().collect();
    let total = a.len() + pool.len();
    if total == 0 {
        return 0.0;
    }
    let mut common = 0;
    for c in &a {
        if let Some(p) = pool.iter().position(|x| x == c) {
            pool.swap_remove(p);
            common += 1;
        }
    }
    2.0 * common as f64 / total as f64
}

/// Above this many target × result comparisons, only exact names pair.
pub const NEAR_PAIRING_LIMIT: usize = 400_000;

/// Each target of the plan year beside the review year's result. Pairs are
/// one to one: the closest names are paired first.
pub fn target_vs_actual(report: &Report) -> Vec<Pair> {
    let targets: Vec<&Indicator> = report.indicators.iter().filter(|i| i.kind == Kind::Target).collect();
    let actuals: Vec<&Indicator> = report.indicators.iter().filter(|i| i.kind == Kind::Actual).collect();
    let tnames: Vec<String> = targets.iter().map(|t| normalize_name(&t.name)).collect();
    let anames: Vec<String> = actuals.iter().map(|a| normalize_name(&a.name)).collect();
    // Near matches compare every name with every other: on a huge paste
    // (a whole corpus) only exact names are paired, through an index.
    let near = targets.len() * actuals.len() <= NEAR_PAIRING_LIMIT;
    let paired_t = if near {
        pair_closest(&targets, &actuals, &tnames, &anames, true)
    } else {
        pair_exact(&targets, &actuals, &tnames, &anames)
    };
    let mut out = Vec::new();
    for (ti, t) in targets.iter().enumerate() {
        if tnames[ti].is_empty() {
            continue;
        }
        let (matching, actual) = match paired_t[ti] {
            Some((s, ai)) if s >= 1.0 => ("exact", Some(actuals[ai].clone())),
            Some((_, ai)) => ("near", Some(actuals[ai].clone())),
            None => ("none", None),
        };
        let comparable = actual.as_ref().filter(|a| a.unit == t.unit && a.value != 0.0);
        out.push(Pair {
            name: tnames[ti].clone(),
            difference: comparable.map(|a| crate::model::tidy(t.value - a.value)),
            ratio: comparable.map(|a| t.value / a.value),
            target: (*t).clone(),
            actual,
            matching,
        });
    }
    out
}

/// Whether result `a` may stand beside target `t` (the name aside).
fn comparable(t: &Indicator, a: &Indicator) -> bool {
    let same_family = family_of(&a.unit) == family_of(&t.unit);
    let comparable_units = a.unit == t.unit || family_of(&t.unit) == crate::unit::Family::Count;
    if a.measure != t.measure || !same_family || !comparable_units {
        return false;
    }
    !matches!((t.year, a.year), (Some(ty), Some(ay)) if ay >= ty)
}

/// The result paired with each target, with its score: every candidate
/// pair (every result, or only those of the same name unless `near`) by
/// score, then target, then result, taken one to one in that order.
fn pair_closest(
    targets: &[&Indicator],
    actuals: &[&Indicator],
    tnames: &[String],
    anames: &[String],
    near: bool,
) -> Vec<Option<(f64, usize)>> {
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    let mut by_name: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for (ai, n) in anames.iter().enumerate() {
        by_name.entry(n.as_str()).or_default().push(ai);
    }
    for (ti, t) in targets.iter().enumerate() {
        if tnames[ti].is_empty() {
            continue;
        }
        let pool: Vec<usize> = if near {
            (0..actuals.len()).collect()
        } else {
            by_name.get(tnames[ti].as_str()).cloned().unwrap_or_default()
        };
        for ai in pool {
            if !comparable(t, actuals[ai]) {
                continue;
            }
            let score = if anames[ai] == tnames[ti] { 1.0 } else { char_f1(&anames[ai], &tnames[ti]) };
            if score >= 0.7 {
                candidates.push((score, ti, ai));
            }
        }
    }
    // closest first; among equals, the earlier target and result
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut paired_t: Vec<Option<(f64, usize)>> = vec![None; targets.len()];
    let mut used_a = vec![false; actuals.len()];
    for (score, ti, ai) in candidates {
        if paired_t[ti].is_none() && !used_a[ai] {
            paired_t[ti] = Some((score, ai));
            used_a[ai] = true;
        }
    }
    paired_t
}

/// [`pair_closest`] with exact names only, without listing the candidates:
/// all score 1, so in order of target each takes the earliest free result
/// of its name that may stand beside it. The results of a name are walked
/// from the first one that is free and of the target's measure and unit, so
/// a name shared by thousands of figures (a corpus pasted at once) makes no
/// quadratic pairing.
fn pair_exact(
    targets: &[&Indicator],
    actuals: &[&Indicator],
    tnames: &[String],
    anames: &[String],
) -> Vec<Option<(f64, usize)>> {
    let mut by_name: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for (ai, n) in anames.iter().enumerate() {
        by_name.entry(n.as_str()).or_default().push(ai);
    }
    // Whether a result may stand beside a target depends, its year aside,
    // on the target's measure, unit family and (unless a count) unit: for
    // each name and such kind of target, the results before this index are
    // taken or of another kind, for good.
    let mut first: std::collections::HashMap<(&str, u8, u8, &str), usize> = std::collections::HashMap::new();
    let mut used_a = vec![false; actuals.len()];
    let mut paired_t: Vec<Option<(f64, usize)>> = vec![None; targets.len()];
    for (ti, t) in targets.iter().enumerate() {
        if tnames[ti].is_empty() {
            continue;
        }
        let Some(pool) = by_name.get(tnames[ti].as_str()) else {
            continue;
        };
        let family = family_of(&t.unit);
        let unit = if family == crate::unit::Family::Count { "" } else { t.unit.as_str() };
        let kind = (tnames[ti].as_str(), t.measure as u8, family as u8, unit);
        let start = first.entry(kind).or_insert(0);
        let of_kind = |a: &Indicator| {
            a.measure == t.measure
                && family_of(&a.unit) == family
                && (a.unit == t.unit || family == crate::unit::Family::Count)
        };
        while *start < pool.len() && (used_a[pool[*start]] || !of_kind(actuals[pool[*start]])) {
            *start += 1;
        }
        if let Some(&ai) = pool[*start..].iter().find(|&&ai| !used_a[ai] && comparable(t, actuals[ai])) {
            paired_t[ti] = Some((1.0, ai));
            used_a[ai] = true;
        }
    }
    paired_t
}

/// Per section, in document order.
pub fn sections(report: &Report) -> Vec<SectionSummary> {
    let mut out: Vec<SectionSummary> = Vec::new();
    // where each section stands in `out`
    let mut at: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for i in &report.indicators {
        let idx = *at.entry(i.section.as_str()).or_insert_with(|| {
            out.push(SectionSummary { section: i.section.clone(), actual: 0, target: 0, money: Vec::new() });
            out.len() - 1
        });
        let s = &mut out[idx];
        match i.kind {
            Kind::Actual => s.actual += 1,
            Kind::Target => s.target += 1,
        }
        if family_of(&i.unit) == crate::unit::Family::Money && i.measure == crate::model::Measure::Level {
            match s.money.iter_mut().find(|(c, _)| *c == i.unit) {
                Some((_, v)) => *v += i.value,
                None => s.money.push((i.unit.clone(), i.value)),
            }
        }
    }
    out
}

/// Per unit family: how many, and the largest.
pub fn unit_families(report: &Report) -> Vec<FamilySummary> {
    let mut out: Vec<FamilySummary> = Vec::new();
    for i in &report.indicators {
        let fam = family_of(&i.unit).as_str();
        let idx = match out.iter().position(|f| f.family == fam) {
            Some(p) => p,
            None => {
                out.push(FamilySummary { family: fam, count: 0, largest: None });
                out.len() - 1
            }
        };
        let f = &mut out[idx];
        f.count += 1;
        // money is compared within one currency (CNY first); other families
        // by value whatever the measure word (个, 套, 家 are all counts)
        let bigger = match &f.largest {
            None => true,
            Some(l) if fam == "money" => {
                (l.unit != "CNY" && i.unit == "CNY") || (l.unit == i.unit && i.value > l.value)
            }
            Some(l) => i.value > l.value,
        };
        if bigger {
            f.largest = Some(i.clone());
        }
    }
    out
}

/// The four tables of a report of `text`.
pub fn summarize(text: &str, report: &Report) -> Summary {
    Summary {
        headline_targets: headline_targets(text, report),
        target_vs_actual: target_vs_actual(report),
        sections: sections(report),
        unit_families: unit_families(report),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalise_for_pairing() {
        assert_eq!(normalize_name("新建(筹集)人才公寓"), "人才公寓");
        // tests/data/corpus/jintan-2023.txt: 改造提升春风一村、古石林 等老旧小区11个
        assert_eq!(normalize_name("改造提升春风一村、古石林等老旧小区"), "老旧小区");
        assert_eq!(normalize_name("提质改造高标准农田"), "高标准农田");
        assert_eq!(normalize_name("新增区级以上示范合作社"), "示范合作社");
    }

    #[test]
    fn pairs_target_with_last_result() {
        // tests/data/unlabeled/zh-county-miyi-2023.txt: its two headings (lines 14 and 49)
        // and a cut of the paragraph under each (lines 19 and 57)
        let text = concat!(
            "2022年工作回顾\n",
            "落实最严格的耕地保护制度，新建高标准农田1.62万亩，成为全省27个耕地净流入的县（市、区）之一。\n",
            "2023年工作安排\n",
            "补充耕地等项目建设，新建高标准农田1万亩，新增耕地3000亩以上。"
        );
        let r = crate::analyze(text);
        let pairs = target_vs_actual(&r);
        assert_eq!(pairs.len(), 2);
        assert_eq!(pairs[0].target.name, "新建高标准农田");
        assert_eq!(pairs[0].matching, "exact");
        assert_eq!(pairs[0].actual.as_ref().unwrap().value, 16200.0);
        assert_eq!(pairs[0].difference, Some(-6200.0));
        // 新增耕地 has no result in the review
        assert_eq!(pairs[1].target.name, "新增耕地");
        assert!(pairs[1].actual.is_none());
    }

    #[test]
    fn english_headline_targets_are_its_forecasts_for_the_economy() {
        let heads = |text: &str| -> Vec<(String, f64)> {
            let report = crate::analyze(text);
            headline_targets(text, &report).iter().map(|i| (i.name.clone(), i.value)).collect()
        };
        let hk = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/en-fresh/corpus/en-hongkong-budget-2019.txt");
        let hk = std::fs::read_to_string(hk).unwrap();
        let lines: Vec<&str> = hk.lines().collect();
        // the Hong Kong 2019 speech, paragraphs 22-24: its forecasts of growth and inflation
        assert_eq!(
            heads(&lines[52..57].join("\n")),
            vec![
                ("economic growth for Hong Kong".to_string(), 2.0),
                ("headline inflation rate and underlying inflation rate".to_string(), 2.5)
            ]
        );
        // paragraphs 7-8: last year's growth, results, no forecast
        assert_eq!(heads(&lines[18..21].join("\n")), vec![]);
        // tests/data/en/corpus/en-singapore-budget-2023.txt: a deficit in dollars is a headline;
        // its share of GDP, named Gross Domestic Product, is not a macro name the rule knows
        let sg = "So, all in all, putting together our revenue upside with our higher spending, we expect a slight \
                  deficit of $2 billion, or 0.3% of the Gross Domestic Product (GDP), for FY2022.";
        assert_eq!(heads(sg), vec![("slight deficit".to_string(), 2e9)]);
    }

    #[test]
    fn exact_pairing_as_the_sorted_candidates_pair() {
        // the corpus over and over: names shared by many targets and results
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
        // (each report analysed on its own: a concatenation is not one report)
        let mut all: Vec<Indicator> = Vec::new();
        for f in ["corpus/jintan-2023.txt", "unlabeled/national-china-2023.txt", "unlabeled/county-mouding-2024.txt"] {
            let r = crate::analyze(&std::fs::read_to_string(format!("{dir}/{f}")).unwrap());
            all.extend(r.indicators);
        }
        let all: Vec<Indicator> = (0..5).flat_map(|_| all.iter().cloned()).collect();
        let targets: Vec<&Indicator> = all.iter().filter(|i| i.kind == Kind::Target).collect();
        let actuals: Vec<&Indicator> = all.iter().filter(|i| i.kind == Kind::Actual).collect();
        let tnames: Vec<String> = targets.iter().map(|t| normalize_name(&t.name)).collect();
        let anames: Vec<String> = actuals.iter().map(|a| normalize_name(&a.name)).collect();
        let exact = pair_exact(&targets, &actuals, &tnames, &anames);
        assert!(exact.iter().filter(|p| p.is_some()).count() > 10);
        assert_eq!(exact, pair_closest(&targets, &actuals, &tnames, &anames, false));
    }

    #[test]
    fn headline_passage_ends_at_the_sentence() {
        // tests/data/corpus/zh-national-2024.txt, lines 75-77: the targets' sentence, then the
        // next paragraph's 经济增长预期目标为5%左右, which is no headline of its own
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/corpus/zh-national-2024.txt");
        let all = std::fs::read_to_string(dir).unwrap();
        let text = all.lines().skip(74).take(3).collect::<Vec<_>>().join("\n");
        assert!(text.starts_with("今年发展主要预期目标是") && text.contains("经济增长预期目标为5%左右"));
        let r = crate::analyze(&text);
        let h = headline_targets(&text, &r);
        let v: Vec<f64> = h.iter().map(|i| i.value).collect();
        assert_eq!(v, vec![5.0, 12_000_000.0, 5.5, 3.0, 1.3e12, -2.5]);
    }
}
