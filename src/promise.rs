//! The promise check (`shared/spec/panel.md`): a target that one report sets
//! for year Y beside the result for year Y that a later report of the same
//! government gives, with a status and a margin. Pure functions over the
//! reports' objects and their indicators.
//!
//! **Pairing.** A target (kind `target`, year Y) and a result (kind `actual`,
//! year Y) pair when their governments are the same (never two
//! governments; a report that names no government is never paired), their
//! concepts are the same (or, with no concept, their names after the
//! normalisation of [`crate::aggregate::normalize_name`]), and their
//! measures and units are the same. The result comes from another report:
//! the one given in Y+1 first, then the nearest later one, then one of no
//! known year; within it, the first in the text. Equal targets of one
//! government and year (the same figure in the targets passage and again in
//! a chapter, or in a duplicate report) are one promise.
//!
//! **Not a year's figure.** A figure whose clause says it is a yearly
//! average or a total over years (`年均`, `年平均`, `累计`, `平均每年`,
//! `average annual`, `cumulative`), or a change over several years
//! (`十年增加近70万亿元`), is neither a year's target nor its result. A year-end figure (`年末`, `年底`, `year-end`) against a
//! figure that is not one is `unclear`.
//!
//! **Status.** The target's direction is its comparator's (`>`/`>=` a
//! floor, `<`/`<=` a ceiling; on a fall, `下降3%以上`, a `>=` asks for at
//! least that fall), else the concept's (`concepts.tsv`), else a fall when
//! the target is a negative change; with none the status is `unclear`. A
//! floor is met when the result is at least the target, a ceiling and a fall
//! when it is at most the target. A range is met at its lower end for a
//! floor, its upper end for a ceiling or a fall. A result bounded by its own
//! comparator (`超过126万亿元`) is met or missed only when the bound decides.
//!
//! **Tolerance** of a target written with `左右`, `约`, `about` (comparator
//! `~`): [`TOLERANCE_POINTS`] percentage points for a target in `%` or `pp`
//! (`5.5%左右` is met by 5.4%, missed by 5.3%), [`TOLERANCE_SHARE`] of the
//! target otherwise (`1200万人左右` is met by 1,176万). A target without
//! `左右` has no tolerance.
//!
//! **Margin**: result minus target (the end of a range that was compared),
//! in the unit: percentage points for `%`.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::concept::{self, Direction};
use crate::model::{Comparator, Indicator, Kind, Measure};
use crate::report::ReportInfo;

/// The tolerance of a `左右` target in `%` or `pp`, in percentage points.
pub const TOLERANCE_POINTS: f64 = 0.1;
/// The tolerance of any other `左右` target, as a share of the target.
pub const TOLERANCE_SHARE: f64 = 0.02;

/// What a figure is a figure of, as its clause says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// A year's figure.
    Year,
    /// A yearly average over the year (`城镇调查失业率平均为5.2%`).
    Average,
    /// The state at the year's end (`年末城镇调查失业率降到5.5%`).
    YearEnd,
    /// A yearly average or a total over several years (`年均`, `累计`): not a year's.
    Period,
}

/// An indicator as the check reads it: its report and what is compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// The index of its report.
    pub report: usize,
    pub name: String,
    pub concept: Option<&'static str>,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub comparator: Comparator,
    pub measure: Measure,
    pub kind: Kind,
    pub year: Option<i32>,
    pub start: usize,
    pub end: usize,
    pub display: String,
    pub basis: Basis,
}

const PERIOD_CUES: &[&str] =
    &["年均", "年平均", "累计", "平均每年", "average annual", "annual average", "cumulative", "on average per year"];
/// A change over several years (`十年增加近70万亿元`) is no year's change.
const YEARS_CUES: &[&str] = &["两年", "三年", "四年", "五年", "十年", "多年", "over the past", "since 20"];
const AVERAGE_CUES: &[&str] = &["平均", "average"];
const YEAR_END_CUES: &[&str] = &["年末", "年底", "year-end", "end of the year", "end-year"];

/// What the figure's clause says it is a figure of: the sentence from the
/// last clause mark before the figure up to it, with the name.
pub fn basis_of(ind: &Indicator) -> Basis {
    let sentence = &ind.sentence;
    let at = sentence.find(ind.display.as_str()).unwrap_or(sentence.len());
    let before = &sentence[..at];
    let from = before
        .rfind(['，', '；', '。', ',', ';', '：', ':'])
        .map_or(0, |p| p + before[p..].chars().next().map_or(1, char::len_utf8));
    let clause = format!("{}{}", ind.name, &before[from..]).to_lowercase();
    let years = ind.measure == Measure::Change && YEARS_CUES.iter().any(|c| clause.contains(c));
    if years || PERIOD_CUES.iter().any(|c| clause.contains(c)) {
        Basis::Period
    } else if YEAR_END_CUES.iter().any(|c| clause.contains(c)) {
        Basis::YearEnd
    } else if AVERAGE_CUES.iter().any(|c| clause.contains(c)) {
        Basis::Average
    } else {
        Basis::Year
    }
}

impl Item {
    /// The indicator `ind` of the report at index `report`.
    pub fn of(report: usize, ind: &Indicator) -> Item {
        Item {
            report,
            name: ind.name.clone(),
            concept: concept::of(ind),
            value: ind.value,
            value_max: ind.value_max,
            unit: ind.unit.clone(),
            comparator: ind.comparator,
            measure: ind.measure,
            kind: ind.kind,
            year: ind.year,
            start: ind.start,
            end: ind.end,
            display: ind.display.clone(),
            basis: basis_of(ind),
        }
    }

    /// What the check pairs by: the concept, or the normalised name.
    fn key(&self) -> String {
        match self.concept {
            Some(c) => c.to_string(),
            None => format!("name:{}", crate::aggregate::normalize_name(&self.name)),
        }
    }
}

/// Met, missed, or not honestly comparable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Met,
    Missed,
    Unclear,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::Missed => "missed",
            Status::Unclear => "unclear",
        }
    }
}

/// One side of a promise: the figure, and where it stands.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// The report's `source`.
    pub source: Option<String>,
    /// The index of the report in the panel.
    pub report: usize,
    pub report_year: Option<i32>,
    pub name: String,
    pub display: String,
    pub value: f64,
    pub value_max: Option<f64>,
    pub comparator: Comparator,
    pub start: usize,
    pub end: usize,
}

/// A target beside its result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Promise {
    pub government: String,
    pub level: Option<&'static str>,
    pub year: i32,
    pub concept: Option<&'static str>,
    /// As the target writes it.
    pub name: String,
    pub measure: Measure,
    pub unit: String,
    pub target: Side,
    pub actual: Side,
    pub status: Status,
    /// Result minus target, in the unit (percentage points for `%`).
    pub margin: Option<f64>,
    /// `floor`, `ceiling` or `fall`: how the target bound.
    pub direction: Option<&'static str>,
    /// The tolerance applied (a `左右` target), in the unit.
    pub tolerance: Option<f64>,
    /// Why the status is `unclear`.
    pub note: Option<&'static str>,
    /// The target's report has a duplicate (same government and year).
    pub duplicate: bool,
}

/// Which reports have another of the same government and year.
pub fn duplicates(reports: &[ReportInfo]) -> Vec<bool> {
    let mut seen: BTreeMap<(&str, i32), usize> = BTreeMap::new();
    for r in reports {
        if let (Some(g), Some(y)) = (r.government.as_deref(), r.report_year) {
            *seen.entry((g, y)).or_default() += 1;
        }
    }
    reports
        .iter()
        .map(|r| match (r.government.as_deref(), r.report_year) {
            (Some(g), Some(y)) => seen.get(&(g, y)).is_some_and(|&n| n > 1),
            _ => false,
        })
        .collect()
}

/// The direction of a target: its comparator's, else its concept's, else a
/// fall for a negative change.
pub fn direction_of(t: &Item) -> Option<Direction> {
    let fall = t.measure == Measure::Change && t.value < 0.0;
    let by_concept = t.concept.and_then(concept::by_id).and_then(|c| c.direction);
    match t.comparator {
        Comparator::Gt | Comparator::Ge => Some(if fall { Direction::Fall } else { Direction::Floor }),
        Comparator::Lt | Comparator::Le => Some(if fall { Direction::Floor } else { Direction::Ceiling }),
        Comparator::Eq | Comparator::Approx => by_concept.or(fall.then_some(Direction::Fall)),
    }
}

/// The verdict on one pair: status, margin, direction, tolerance, note.
pub struct Verdict {
    pub status: Status,
    pub margin: Option<f64>,
    pub direction: Option<Direction>,
    pub tolerance: Option<f64>,
    pub note: Option<&'static str>,
}

/// Judges a target against a result, by the rules of the module docs.
pub fn judge(t: &Item, a: &Item) -> Verdict {
    let direction = direction_of(t);
    let unclear =
        |note, margin| Verdict { status: Status::Unclear, margin, direction, tolerance: None, note: Some(note) };
    if t.basis != a.basis && (t.basis == Basis::YearEnd || a.basis == Basis::YearEnd) {
        return unclear("a year-end figure against one that is not", None);
    }
    if a.value_max.is_some() {
        return unclear("the result is a range", None);
    }
    let Some(dir) = direction else {
        let margin = t.value_max.is_none().then(|| crate::model::tidy(a.value - t.value));
        return unclear("neither the concept nor the target's comparator says which way it binds", margin);
    };
    let hi = t.value_max.map_or(t.value, |m| m.max(t.value));
    let lo = t.value_max.map_or(t.value, |m| m.min(t.value));
    let at_most = matches!(dir, Direction::Ceiling | Direction::Fall);
    let bound = if at_most { hi } else { lo };
    let tolerance = (t.comparator == Comparator::Approx).then(|| {
        if matches!(t.unit.as_str(), "%" | "pp") {
            TOLERANCE_POINTS
        } else {
            crate::model::tidy(TOLERANCE_SHARE * bound.abs())
        }
    });
    let tol = tolerance.unwrap_or(0.0) + 1e-9;
    let margin = Some(crate::model::tidy(a.value - bound));
    let v = a.value;
    let status = match (at_most, a.comparator) {
        (false, Comparator::Eq | Comparator::Approx) => {
            if v >= bound - tol {
                Status::Met
            } else {
                Status::Missed
            }
        }
        (true, Comparator::Eq | Comparator::Approx) => {
            if v <= bound + tol {
                Status::Met
            } else {
                Status::Missed
            }
        }
        // the result is at least v
        (false, Comparator::Gt | Comparator::Ge) if v >= bound - tol => Status::Met,
        (true, Comparator::Gt | Comparator::Ge) if v > bound + tol => Status::Missed,
        // the result is at most v
        (false, Comparator::Lt | Comparator::Le) if v < bound - tol => Status::Missed,
        (true, Comparator::Lt | Comparator::Le) if v <= bound + tol => Status::Met,
        _ => return unclear("the result's own bound does not decide", margin),
    };
    Verdict { status, margin, direction, tolerance, note: None }
}

/// Every promise of the panel: `items` are the indicators of `reports`
/// (each with its report's index).
pub fn check(reports: &[ReportInfo], items: &[Item]) -> Vec<Promise> {
    let dup = duplicates(reports);
    let gov = |i: &Item| reports.get(i.report).and_then(|r| r.government.as_deref());
    let year_of = |i: &Item| reports.get(i.report).and_then(|r| r.report_year);
    let usable = |i: &&Item| i.basis != Basis::Period && i.year.is_some() && gov(i).is_some();
    // results by (government, year, key, measure, unit)
    type Key = (String, i32, String, Measure, String);
    let key = |i: &Item| -> Option<Key> { Some((gov(i)?.to_string(), i.year?, i.key(), i.measure, i.unit.clone())) };
    let mut results: BTreeMap<Key, Vec<&Item>> = BTreeMap::new();
    for a in items.iter().filter(|i| i.kind == Kind::Actual).filter(usable) {
        if let Some(k) = key(a) {
            results.entry(k).or_default().push(a);
        }
    }
    // targets in the order of their reports' years, then of the text
    let mut targets: Vec<&Item> = items.iter().filter(|i| i.kind == Kind::Target).filter(usable).collect();
    targets.sort_by_key(|t| (year_of(t).unwrap_or(i32::MAX), t.report, t.start));
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for t in targets {
        let Some(k) = key(t) else { continue };
        let same = (k.clone(), t.value.to_bits(), t.value_max.map(f64::to_bits), t.comparator.as_str());
        if !seen.insert(same) {
            continue;
        }
        let Some(candidates) = results.get(&k) else { continue };
        let y = k.1;
        let rank = |a: &&&Item| match year_of(a) {
            Some(ry) if ry == y + 1 => (0, 0, a.report, a.start),
            Some(ry) if ry > y => (1, ry, a.report, a.start),
            Some(_) => (3, 0, a.report, a.start),
            None => (2, 0, a.report, a.start),
        };
        let Some(a) = candidates.iter().filter(|a| a.report != t.report).min_by_key(rank) else { continue };
        let v = judge(t, a);
        let side = |i: &Item| Side {
            source: reports.get(i.report).and_then(|r| r.source.clone()),
            report: i.report,
            report_year: year_of(i),
            name: i.name.clone(),
            display: i.display.clone(),
            value: i.value,
            value_max: i.value_max,
            comparator: i.comparator,
            start: i.start,
            end: i.end,
        };
        out.push(Promise {
            government: k.0,
            level: reports.get(t.report).and_then(|r| r.level),
            year: y,
            concept: t.concept,
            name: t.name.clone(),
            measure: t.measure,
            unit: t.unit.clone(),
            target: side(t),
            actual: side(a),
            status: v.status,
            margin: v.margin,
            direction: v.direction.map(Direction::as_str),
            tolerance: v.tolerance,
            note: v.note,
            duplicate: dup.get(t.report).copied().unwrap_or(false),
        });
    }
    out.sort_by(|a, b| {
        (&a.government, a.year, a.target.report, a.target.start).cmp(&(
            &b.government,
            b.year,
            b.target.report,
            b.target.start,
        ))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An item of the national reports: (kind, year, name, value, unit, comparator, measure).
    #[allow(clippy::too_many_arguments)]
    fn item(
        report: usize,
        kind: Kind,
        year: i32,
        name: &str,
        value: f64,
        unit: &str,
        cmp: Comparator,
        m: Measure,
    ) -> Item {
        Item {
            report,
            name: name.into(),
            concept: concept::concept_of(name, m),
            value,
            value_max: None,
            unit: unit.into(),
            comparator: cmp,
            measure: m,
            kind,
            year: Some(year),
            start: 0,
            end: 0,
            display: String::new(),
            basis: Basis::Year,
        }
    }

    fn reports(govs: &[(Option<&str>, i32)]) -> Vec<ReportInfo> {
        govs.iter()
            .map(|(g, y)| ReportInfo {
                government: g.map(str::to_string),
                report_year: Some(*y),
                source: Some(format!("{}-{y}.txt", g.unwrap_or("none"))),
                ..ReportInfo::default()
            })
            .collect()
    }

    use Comparator::{Approx, Eq, Ge, Gt, Le};
    use Kind::{Actual, Target};
    use Measure::{Change, Level};

    /// The 2022 national targets against the 2023 report's results.
    #[test]
    fn floor_ceiling_and_tolerance() {
        let r = reports(&[(Some("中国"), 2022), (Some("中国"), 2023)]);
        let items = vec![
            item(0, Target, 2022, "国内生产总值", 5.5, "%", Approx, Change),
            item(0, Target, 2022, "城镇新增就业", 11_000_000.0, "人", Ge, Level),
            item(0, Target, 2022, "居民消费价格", 3.0, "%", Approx, Change),
            item(0, Target, 2022, "粮食产量", 1.3e12, "斤", Ge, Level),
            item(1, Actual, 2022, "国内生产总值", 3.0, "%", Eq, Change),
            item(1, Actual, 2022, "城镇新增就业", 12_060_000.0, "人", Eq, Level),
            item(1, Actual, 2022, "居民消费价格", 2.0, "%", Eq, Change),
            item(1, Actual, 2022, "粮食产量", 1.37e12, "斤", Eq, Level),
        ];
        let p = check(&r, &items);
        let got: Vec<(&str, Status, Option<f64>)> =
            p.iter().map(|p| (p.concept.unwrap(), p.status, p.margin)).collect();
        assert_eq!(
            got,
            vec![
                ("gdp", Status::Missed, Some(-2.5)),
                ("urban_jobs_new", Status::Met, Some(1_060_000.0)),
                ("cpi", Status::Met, Some(-1.0)),
                ("grain_output", Status::Met, Some(7e10)),
            ]
        );
        assert_eq!(p[0].tolerance, Some(TOLERANCE_POINTS));
        assert_eq!(p[0].direction, Some("floor"));
        assert_eq!(p[2].direction, Some("ceiling"));
        assert_eq!(p[0].target.source.as_deref(), Some("中国-2022.txt"));
        assert_eq!(p[0].actual.source.as_deref(), Some("中国-2023.txt"));
    }

    #[test]
    fn about_is_met_within_the_tolerance_only() {
        let t = item(0, Target, 2022, "国内生产总值", 5.5, "%", Approx, Change);
        let a = |v| item(1, Actual, 2022, "国内生产总值", v, "%", Eq, Change);
        assert_eq!(judge(&t, &a(5.4)).status, Status::Met);
        assert_eq!(judge(&t, &a(5.3)).status, Status::Missed);
        let exact = item(0, Target, 2022, "国内生产总值", 5.5, "%", Eq, Change);
        assert_eq!(judge(&exact, &a(5.4)).status, Status::Missed);
        // a count: 2% of the target
        let jobs = item(0, Target, 2023, "城镇新增就业", 12_000_000.0, "人", Approx, Level);
        let got = |v| judge(&jobs, &item(1, Actual, 2023, "城镇新增就业", v, "人", Eq, Level)).status;
        assert_eq!(got(11_800_000.0), Status::Met);
        assert_eq!(got(11_700_000.0), Status::Missed);
    }

    #[test]
    fn a_ceiling_by_comparator_and_a_fall() {
        // 城镇调查失业率控制在5.5%以内 against 5.6%
        let t = item(0, Target, 2022, "城镇调查失业率", 5.5, "%", Le, Level);
        let a = item(1, Actual, 2022, "城镇调查失业率", 5.6, "%", Eq, Level);
        let v = judge(&t, &a);
        assert_eq!((v.status, v.direction), (Status::Missed, Some(Direction::Ceiling)));
        // 单位国内生产总值能耗降低2.5%左右 (2024) against a fall of 0.1% or of 3%
        let t = item(0, Target, 2024, "单位国内生产总值能耗", -2.5, "%", Approx, Change);
        let fell = |v| judge(&t, &item(1, Actual, 2024, "单位国内生产总值能耗", v, "%", Eq, Change));
        assert_eq!(fell(-3.0).status, Status::Met);
        assert_eq!(fell(-0.1).status, Status::Missed);
        assert_eq!(fell(-0.1).direction, Some(Direction::Fall));
        // a fall asked "at least": 下降3%以上 is value -3 with >=
        let t = item(0, Target, 2024, "单位国内生产总值能耗", -3.0, "%", Ge, Change);
        assert_eq!(direction_of(&t), Some(Direction::Fall));
    }

    #[test]
    fn a_range_is_met_at_its_lenient_end() {
        let mut t = item(0, Target, 2024, "地区生产总值", 5.0, "%", Eq, Change);
        t.value_max = Some(5.5);
        let a = |v| item(1, Actual, 2024, "地区生产总值", v, "%", Eq, Change);
        assert_eq!(judge(&t, &a(5.1)).status, Status::Met);
        assert_eq!(judge(&t, &a(5.1)).margin, Some(0.1));
        let mut cpi = item(0, Target, 2024, "居民消费价格", 2.0, "%", Eq, Change);
        cpi.value_max = Some(3.0);
        assert_eq!(judge(&cpi, &item(1, Actual, 2024, "居民消费价格", 2.8, "%", Eq, Change)).status, Status::Met);
    }

    #[test]
    fn a_bounded_result_decides_only_when_the_bound_does() {
        let t = item(0, Target, 2023, "国内生产总值", 1.2e14, "CNY", Eq, Level);
        let over = |v| judge(&t, &item(1, Actual, 2023, "国内生产总值", v, "CNY", Gt, Level)).status;
        assert_eq!(over(1.26e14), Status::Met);
        assert_eq!(over(1.1e14), Status::Unclear);
    }

    #[test]
    fn no_direction_is_unclear() {
        let t = item(0, Target, 2024, "一般公共预算支出", 2.85e13, "CNY", Eq, Level);
        let a = item(1, Actual, 2024, "一般公共预算支出", 2.8e13, "CNY", Eq, Level);
        let v = judge(&t, &a);
        assert_eq!(v.status, Status::Unclear);
        assert!(v.note.is_some());
    }

    #[test]
    fn a_year_end_rate_against_a_year_target_is_unclear() {
        let t = item(0, Target, 2022, "城镇调查失业率", 5.5, "%", Le, Level);
        let mut a = item(1, Actual, 2022, "年末城镇调查失业率降", 5.5, "%", Eq, Level);
        a.basis = Basis::YearEnd;
        assert_eq!(judge(&t, &a).status, Status::Unclear);
    }

    #[test]
    fn never_two_governments_nor_none() {
        let r = reports(&[(Some("保定市"), 2022), (Some("高阳县"), 2023), (None, 2022), (None, 2023)]);
        let items = vec![
            item(0, Target, 2022, "地区生产总值", 6.5, "%", Approx, Change),
            item(1, Actual, 2022, "地区生产总值", 3.8, "%", Eq, Change),
            item(2, Target, 2022, "地区生产总值", 6.5, "%", Approx, Change),
            item(3, Actual, 2022, "地区生产总值", 3.8, "%", Eq, Change),
        ];
        assert!(check(&r, &items).is_empty());
    }

    #[test]
    fn period_figures_are_not_a_years_result() {
        let r = reports(&[(Some("中国"), 2022), (Some("中国"), 2023)]);
        let mut five_years = item(1, Actual, 2022, "国内生产总值", 5.2, "%", Eq, Change);
        five_years.basis = Basis::Period;
        let items = vec![item(0, Target, 2022, "国内生产总值", 5.5, "%", Approx, Change), five_years];
        assert!(check(&r, &items).is_empty());
    }

    #[test]
    fn duplicates_are_kept_and_marked_and_equal_targets_are_one_promise() {
        let r = reports(&[(Some("中国"), 2022), (Some("中国"), 2022), (Some("中国"), 2023)]);
        let items = vec![
            item(0, Target, 2022, "国内生产总值", 5.5, "%", Approx, Change),
            item(1, Target, 2022, "国内生产总值", 5.5, "%", Approx, Change),
            // 经济增长5.5%左右 is the same target
            item(0, Target, 2022, "经济", 5.5, "%", Approx, Change),
            item(2, Actual, 2022, "国内生产总值", 3.0, "%", Eq, Change),
        ];
        assert_eq!(duplicates(&r), vec![true, true, false]);
        let p = check(&r, &items);
        assert_eq!(p.len(), 1);
        assert!(p[0].duplicate);
    }

    #[test]
    fn the_next_years_report_is_preferred_and_names_pair_without_a_concept() {
        let r = reports(&[(Some("高阳县"), 2018), (Some("高阳县"), 2020), (Some("高阳县"), 2019)]);
        let items = vec![
            item(0, Target, 2018, "城镇新增就业", 2300.0, "人", Eq, Level),
            item(1, Actual, 2018, "城镇新增就业", 2000.0, "人", Eq, Level),
            item(2, Actual, 2018, "城镇新增就业", 2500.0, "人", Eq, Level),
            // no concept: paired by the normalised name (新建 dropped)
            item(0, Target, 2018, "新建改造老旧小区", 10.0, "个", Eq, Level),
            item(2, Actual, 2018, "改造老旧小区", 12.0, "个", Eq, Level),
        ];
        let p = check(&r, &items);
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].actual.report, 2);
        assert_eq!(p[1].concept, None);
        // no concept and no comparator: unclear, with its margin
        assert_eq!((p[1].status, p[1].margin), (Status::Unclear, Some(2.0)));
    }

    /// The basis of figures in sentences of the national reports of 2023 and 2024.
    #[test]
    fn the_clause_says_what_a_figure_is_of() {
        let basis = |text: &str, display: &str| {
            let r = crate::analyze(text);
            let ind =
                r.indicators.iter().find(|i| i.display == display).unwrap_or_else(|| panic!("{display} in {text}"));
            basis_of(ind)
        };
        let five_years = "——经济发展再上新台阶。国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%，在高基数基础上实现了中高速增长、迈向高质量发展。";
        assert_eq!(basis(five_years, "121万亿元"), Basis::Year);
        assert_eq!(basis(five_years, "5.2%"), Basis::Period);
        assert_eq!(basis(five_years, "6.2%"), Basis::Period);
        assert_eq!(basis(five_years, "近70万亿元"), Basis::Period);
        let year = "全年国内生产总值增长3%，城镇新增就业1206万人，年末城镇调查失业率降到5.5%，居民消费价格上涨2%。";
        assert_eq!(basis(year, "3%"), Basis::Year);
        assert_eq!(basis(year, "5.5%"), Basis::YearEnd);
        assert_eq!(basis(year, "2%"), Basis::Year);
        assert_eq!(basis("城镇调查失业率平均为5.2%。", "5.2%"), Basis::Average);
    }

    #[test]
    fn measure_and_unit_must_agree() {
        let r = reports(&[(Some("中国"), 2022), (Some("中国"), 2023)]);
        let items = vec![
            item(0, Target, 2022, "国内生产总值", 5.5, "%", Approx, Change),
            item(1, Actual, 2022, "国内生产总值", 1.21e14, "CNY", Eq, Level),
        ];
        assert!(check(&r, &items).is_empty());
    }
}
