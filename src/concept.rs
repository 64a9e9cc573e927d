//! Concepts: what an indicator measures, the same across governments, years
//! and languages (`shared/spec/panel.md`). The names of each concept and its
//! direction are data, `src/lexicon/concepts.tsv`, parsed once.
//!
//! **Matching rule.** A name is folded (the project's character folding:
//! traditional characters the grammar reads to simplified, full-width forms
//! to ASCII; white space and bracketed asides dropped; ASCII lower case).
//! It is a concept when the folded name
//! 1. equals one of the concept's names, or
//! 2. does so after dropping **one scope word** before it (a closed list:
//!    `全市`, `全省`, `我国`, `本市`, `全年`, `实现`, `the`, `real`, …, or a
//!    government's name of at least three characters ending in
//!    `省 市 县 区 州 盟 旗` that is not a zone such as `开发区`, or an
//!    English possessive `Hong Kong's`) and/or **one measure word** after it
//!    (`增速`, `增长`, `增幅`, `增长率`, `总量`, `规模`, `总额`, `growth`,
//!    `growth rate`, and the verb a name keeps of `降到`).
//!
//! Nothing else matches: no partial, fuzzy or "contains" match, so
//! `农产品出口` (farm exports) and `制造业投资` are no concept. A name marked
//! `@change` in the file (`economy@change`) is the concept only when the
//! figure is a change (`the economy grew by 3%`).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::model::{Indicator, Measure};

/// Which way a target binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// The result should reach at least the target.
    Floor,
    /// The result should stay at or under the target.
    Ceiling,
    /// The target is a fall; the result should fall at least as much.
    Fall,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Floor => "floor",
            Direction::Ceiling => "ceiling",
            Direction::Fall => "fall",
        }
    }
}

/// One concept of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Concept {
    pub id: &'static str,
    /// `None` where only an explicit comparator decides (`fiscal_expenditure`).
    pub direction: Option<Direction>,
}

const TABLE: &str = include_str!("lexicon/concepts.tsv");

struct Lexicon {
    concepts: Vec<Concept>,
    /// folded name → (concept index, only as a change)
    names: BTreeMap<String, (usize, bool)>,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut concepts = Vec::new();
        let mut names = BTreeMap::new();
        for line in TABLE.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(id), Some(dir), Some(list)) = (cols.next(), cols.next(), cols.next()) else { continue };
            let direction = match dir {
                "floor" => Some(Direction::Floor),
                "ceiling" => Some(Direction::Ceiling),
                "fall" => Some(Direction::Fall),
                _ => None,
            };
            let k = concepts.len();
            concepts.push(Concept { id, direction });
            for n in list.split('|') {
                let (n, change) = match n.strip_suffix("@change") {
                    Some(n) => (n, true),
                    None => (n, false),
                };
                names.entry(fold_name(n)).or_insert((k, change));
            }
        }
        Lexicon { concepts, names }
    })
}

/// Every concept of the table, in its order.
pub fn all() -> &'static [Concept] {
    &lexicon().concepts
}

/// The concept with this id.
pub fn by_id(id: &str) -> Option<Concept> {
    all().iter().copied().find(|c| c.id == id)
}

/// The name as the table compares it: folded, white space and bracketed
/// asides dropped, ASCII lower case.
pub fn fold_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut depth = 0usize;
    for c in name.chars() {
        let c = crate::normalize::fold(c);
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ if depth > 0 || c.is_whitespace() || c == '\u{200B}' => {}
            _ => out.push(c.to_ascii_lowercase()),
        }
    }
    out
}

const SCOPE_WORDS: &[&str] = &[
    "全国", "全省", "全市", "全县", "全区", "全州", "全盟", "全旗", "全镇", "全年", "本市", "本省", "本县", "本区",
    "我国", "我省", "我市", "我县", "我区", "我州", "当年", "年度", "实现", "完成", "the", "real", "nominal",
    "overall", "annual", "total", "our", "年末", "年底",
];

const MEASURE_WORDS: &[&str] =
    &["增长率", "年增速", "增速", "增长", "增幅", "总量", "规模", "总额", "降至", "降到", "降", "growthrate", "growth"];

/// Zones that end like a government's name but are not one.
const ZONES: &[&str] = &[
    "园", "开发", "高新", "新区", "景区", "城区", "社区", "示范", "试验", "自贸", "产业", "功能", "片区", "保税",
    "综合",
];

/// The government's name before the rest: `保定市地区生产总值` → 3.
fn government_prefix(s: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    for (k, &(b, c)) in chars.iter().enumerate().take(10).skip(2) {
        if matches!(c, '省' | '市' | '县' | '区' | '州' | '盟' | '旗')
            && chars[..=k].iter().all(|&(_, c)| crate::normalize::is_cjk(c))
        {
            let end = b + c.len_utf8();
            if !ZONES.iter().any(|z| s[..end].contains(z)) {
                out.push(end);
            }
        }
    }
    out
}

/// The byte lengths of the scope words the folded name can start with.
fn prefixes(s: &str) -> Vec<usize> {
    let mut out: Vec<usize> = SCOPE_WORDS.iter().filter(|w| s.starts_with(*w)).map(|w| w.len()).collect();
    out.extend(government_prefix(s));
    // an English possessive: hong kong's gdp (white space is already gone)
    for apos in ["'s", "’s"] {
        if let Some(p) = s.find(apos) {
            out.push(p + apos.len());
        }
    }
    out
}

/// The concept of a name with the measure of its figure, by the rule of
/// the module docs.
pub fn concept_of(name: &str, measure: Measure) -> Option<&'static str> {
    folded_concept(&fold_name(name), measure).or_else(|| {
        let head = without_place(name)?;
        folded_concept(&fold_name(head), measure)
    })
}

/// `economic growth in Singapore` → `economic growth`: an English name
/// that ends in a proper name after `in`, `for` or `of`.
fn without_place(name: &str) -> Option<&str> {
    [" in ", " for ", " of "].iter().find_map(|sep| {
        let p = name.rfind(sep)?;
        name[p + sep.len()..].starts_with(|c: char| c.is_ascii_uppercase()).then(|| &name[..p])
    })
}

fn folded_concept(full: &str, measure: Measure) -> Option<&'static str> {
    let lex = lexicon();
    let look = |s: &str| -> Option<&'static str> {
        let &(k, change_only) = lex.names.get(s)?;
        (!change_only || measure == Measure::Change).then_some(lex.concepts[k].id)
    };
    let without_measure = |s: &str| -> Option<&'static str> {
        look(s)
            .or_else(|| MEASURE_WORDS.iter().filter_map(|w| s.strip_suffix(w)).filter(|r| !r.is_empty()).find_map(look))
    };
    if full.is_empty() {
        return None;
    }
    without_measure(full)
        .or_else(|| prefixes(full).into_iter().filter(|&p| p < full.len()).find_map(|p| without_measure(&full[p..])))
}

/// The concept of an indicator.
pub fn of(ind: &Indicator) -> Option<&'static str> {
    concept_of(&ind.name, ind.measure)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names cut from the reports in `tests/data/`, with the concept each means.
    #[test]
    fn names_of_real_reports() {
        let cases: &[(&str, Measure, Option<&str>)] = &[
            ("国内生产总值", Measure::Change, Some("gdp")),
            ("地区生产总值", Measure::Level, Some("gdp")),
            ("全市地区生产总值", Measure::Change, Some("gdp")),
            ("保定市地区生产总值", Measure::Change, Some("gdp")),
            ("地区生产总值增速", Measure::Change, Some("gdp")),
            ("人均地区生产总值", Measure::Level, Some("gdp_per_capita")),
            ("城镇新增就业", Measure::Level, Some("urban_jobs_new")),
            ("城镇调查失业率", Measure::Level, Some("unemployment_rate")),
            ("居民消费价格", Measure::Change, Some("cpi")),
            ("居民消费价格涨幅", Measure::Level, Some("cpi")),
            ("一般公共预算收入", Measure::Change, Some("fiscal_revenue")),
            ("规模以上工业增加值", Measure::Change, Some("industrial_value_added")),
            ("规上工业增加值", Measure::Change, Some("industrial_value_added")),
            ("社会消费品零售总额", Measure::Change, Some("retail_sales")),
            ("固定资产投资", Measure::Change, Some("fixed_asset_investment")),
            ("农村居民人均可支配收入", Measure::Change, Some("disposable_income_rural")),
            ("城镇常住居民人均可支配收入", Measure::Change, Some("disposable_income_urban")),
            ("粮食产量", Measure::Level, Some("grain_output")),
            ("赤字率", Measure::Level, Some("fiscal_deficit")),
            // the 2023 national report: 年末城镇调查失业率降到5.5%
            ("年末城镇调查失业率降", Measure::Level, Some("unemployment_rate")),
            ("单位国内生产总值能耗", Measure::Change, Some("energy_intensity")),
            ("PM2.5平均浓度", Measure::Level, Some("pm25")),
            ("细颗粒物(PM2.5)平均浓度", Measure::Level, Some("pm25")),
            // traditional characters fold as the grammar folds them
            ("地區生產總值", Measure::Change, Some("gdp")),
            ("規模以上工業增加值", Measure::Change, Some("industrial_value_added")),
            ("GDP", Measure::Change, Some("gdp")),
            ("Hong Kong's GDP", Measure::Change, Some("gdp")),
            ("district's economy", Measure::Change, Some("gdp")),
            ("the economy", Measure::Level, None),
            ("经济", Measure::Change, Some("gdp")),
            ("economic growth in Singapore", Measure::Change, Some("gdp")),
            ("economic growth for Hong Kong", Measure::Change, Some("gdp")),
            ("headline inflation rate", Measure::Level, Some("cpi")),
            ("underlying inflation rate", Measure::Level, None),
            ("进出口总值", Measure::Change, Some("foreign_trade")),
            ("Consumer prices", Measure::Change, Some("cpi")),
            ("unemployment rate", Measure::Level, Some("unemployment_rate")),
            ("fiscal deficit", Measure::Level, Some("fiscal_deficit")),
            // not a concept: no partial or fuzzy match
            ("农产品出口", Measure::Change, None),
            ("制造业投资", Measure::Change, None),
            ("高技术制造业增加值", Measure::Change, None),
            ("园区规模以上工业增加值", Measure::Change, None),
            ("经济开发区地区生产总值", Measure::Change, None),
            ("协议投资总额", Measure::Level, None),
            ("高标准农田", Measure::Level, None),
            ("", Measure::Level, None),
        ];
        for (name, measure, want) in cases {
            assert_eq!(concept_of(name, *measure), *want, "{name}");
        }
    }

    #[test]
    fn the_table_parses_with_the_ids_and_directions_of_the_spec() {
        let ids: Vec<&str> = all().iter().map(|c| c.id).collect();
        for id in ["gdp", "cpi", "urban_jobs_new", "energy_intensity", "tourist_visits", "fiscal_expenditure"] {
            assert!(ids.contains(&id), "{id}");
        }
        assert_eq!(by_id("gdp").unwrap().direction, Some(Direction::Floor));
        assert_eq!(by_id("cpi").unwrap().direction, Some(Direction::Ceiling));
        assert_eq!(by_id("energy_intensity").unwrap().direction, Some(Direction::Fall));
        assert_eq!(by_id("fiscal_expenditure").unwrap().direction, None);
        // every id is snake case and given once
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len());
        assert!(ids.iter().all(|id| id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')));
    }
}
