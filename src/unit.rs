//! The unit lexicon: what follows a number, and its canonical form.
//!
//! Money becomes its ISO 4217 code, percent `%`, percentage points `pp`,
//! metric units their SI symbols, and Chinese measure words stay as written.
//! Scale words inside a unit (`万吨`, `万千瓦`) are read by the number reader
//! before the unit, so the lexicon holds plain units only.

use std::sync::LazyLock;

use crate::lexicon::{Key, Lexicon};

/// What a unit measures, for summaries and sanity checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Money,
    Percent,
    Points,
    Count,
    Area,
    Length,
    Mass,
    Energy,
    Volume,
    People,
    Multiple,
    Rate,
}

/// A unit as found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub canonical: String,
    /// Multiplier into the canonical unit (`千克` is 1 kg; `克` would be 0.001).
    pub factor: f64,
    pub family: Family,
}

/// Chinese units, longest first within each shared prefix by the search.
const ZH_UNITS: &[Entry] = &[
    ("个百分点", "pp", 1.0, Family::Points),
    ("百分点", "pp", 1.0, Family::Points),
    ("%", "%", 1.0, Family::Percent),
    ("‰", "‰", 1.0, Family::Percent),
    ("元人民币", "CNY", 1.0, Family::Money),
    ("人民币", "CNY", 1.0, Family::Money),
    ("美元", "USD", 1.0, Family::Money),
    ("欧元", "EUR", 1.0, Family::Money),
    ("港元", "HKD", 1.0, Family::Money),
    ("港币", "HKD", 1.0, Family::Money),
    ("英镑", "GBP", 1.0, Family::Money),
    ("日元", "JPY", 1.0, Family::Money),
    ("澳门元", "MOP", 1.0, Family::Money),
    ("新台币", "TWD", 1.0, Family::Money),
    ("元", "CNY", 1.0, Family::Money),
    ("平方公里", "km²", 1.0, Family::Area),
    ("平方千米", "km²", 1.0, Family::Area),
    ("平方米", "m²", 1.0, Family::Area),
    ("微克/立方米", "μg/m³", 1.0, Family::Rate),
    ("微克每立方米", "μg/m³", 1.0, Family::Rate),
    ("毫克/立方米", "mg/m³", 1.0, Family::Rate),
    ("立方米", "m³", 1.0, Family::Volume),
    ("公里", "km", 1.0, Family::Length),
    ("千米", "km", 1.0, Family::Length),
    ("米", "m", 1.0, Family::Length),
    ("公顷", "ha", 1.0, Family::Area),
    ("亩", "亩", 1.0, Family::Area),
    ("吨标准煤", "tce", 1.0, Family::Mass),
    ("标准箱", "TEU", 1.0, Family::Count),
    ("标箱", "TEU", 1.0, Family::Count),
    ("吨", "t", 1.0, Family::Mass),
    ("千克", "kg", 1.0, Family::Mass),
    ("公斤", "kg", 1.0, Family::Mass),
    ("斤", "斤", 1.0, Family::Mass),
    ("千瓦时", "kWh", 1.0, Family::Energy),
    ("度电", "kWh", 1.0, Family::Energy),
    ("千瓦", "kW", 1.0, Family::Energy),
    ("兆瓦", "MW", 1.0, Family::Energy),
    ("人次", "人次", 1.0, Family::People),
    ("剂次", "剂次", 1.0, Family::Count),
    ("架次", "架次", 1.0, Family::Count),
    ("户次", "户次", 1.0, Family::Count),
    ("场次", "场次", 1.0, Family::Count),
    ("批次", "批次", 1.0, Family::Count),
    ("车次", "车次", 1.0, Family::Count),
    ("班次", "班次", 1.0, Family::Count),
    ("航次", "航次", 1.0, Family::Count),
    ("人", "人", 1.0, Family::People),
    ("名", "名", 1.0, Family::People),
    ("位", "位", 1.0, Family::People),
    ("户", "户", 1.0, Family::Count),
    ("个", "个", 1.0, Family::Count),
    ("家", "家", 1.0, Family::Count),
    ("套", "套", 1.0, Family::Count),
    ("所", "所", 1.0, Family::Count),
    ("座", "座", 1.0, Family::Count),
    ("条", "条", 1.0, Family::Count),
    ("项", "项", 1.0, Family::Count),
    ("件", "件", 1.0, Family::Count),
    ("张", "张", 1.0, Family::Count),
    ("处", "处", 1.0, Family::Count),
    ("枚", "枚", 1.0, Family::Count),
    ("辆", "辆", 1.0, Family::Count),
    ("台", "台", 1.0, Family::Count),
    ("艘", "艘", 1.0, Family::Count),
    ("只", "只", 1.0, Family::Count),
    ("部", "部", 1.0, Family::Count),
    ("次", "次", 1.0, Family::Count),
    ("批", "批", 1.0, Family::Count),
    ("间", "间", 1.0, Family::Count),
    ("栋", "栋", 1.0, Family::Count),
    ("幢", "幢", 1.0, Family::Count),
    ("棵", "棵", 1.0, Family::Count),
    ("株", "株", 1.0, Family::Count),
    ("头", "头", 1.0, Family::Count),
    ("片", "片", 1.0, Family::Count),
    ("块", "块", 1.0, Family::Count),
    ("宗", "宗", 1.0, Family::Count),
    ("起", "起", 1.0, Family::Count),
    ("场", "场", 1.0, Family::Count),
    ("轮", "轮", 1.0, Family::Count),
    ("种", "种", 1.0, Family::Count),
    ("类", "类", 1.0, Family::Count),
    ("支", "支", 1.0, Family::Count),
    ("根", "根", 1.0, Family::Count),
    ("盏", "盏", 1.0, Family::Count),
    ("册", "册", 1.0, Family::Count),
    ("篇", "篇", 1.0, Family::Count),
    ("门", "门", 1.0, Family::Count),
    ("倍", "倍", 1.0, Family::Multiple),
    ("床", "床", 1.0, Family::Count),
    ("张床", "张", 1.0, Family::Count),
    ("公顷", "ha", 1.0, Family::Area),
];

/// Measure words that a Chinese numeral (not Arabic) may carry and still be
/// an indicator: `两次`, `三所`; `三大`, `四期`, `二十大` stay out.
pub const ZH_NUMERAL_UNITS: &[&str] = &[
    "个", "家", "人", "名", "所", "座", "条", "项", "件", "次", "部", "户", "套", "张", "处", "台", "辆", "艘", "位",
    "批", "万", "亿", "倍", "%",
];

/// Counted nouns that stand as the unit of a Chinese count with no measure
/// word (`6600多万纳税人`).
const ZH_COUNTED_NOUNS: &[&str] = &[
    "纳税人",
    "学生",
    "家庭",
    "农户",
    "群众",
    "居民",
    "人口",
    "职工",
    "游客",
    "农民工",
    "农民",
    "老年人",
    "儿童",
    "患者",
    "用户",
    "市场主体",
    "经营主体",
    "工人",
    "毕业生",
    "贫困人口",
    "在校生",
    "老人",
    "旅客",
    "工友",
    "学员",
    "会员",
    "劳动力",
    "残疾人",
    "孕产妇",
    "新生儿",
    "村民",
    "市民",
    "师生",
    "教师",
    "志愿者",
    "就业人员",
    "从业人员",
    "务工人员",
    "适龄妇女",
    "住户",
];

/// Time words that turn a unit into a rate after `/` (`元/月`).
const RATE_DENOMS: &[(&str, &str)] = &[
    ("月", "月"),
    ("年", "年"),
    ("日", "日"),
    ("天", "天"),
    ("人", "人"),
    ("吨", "t"),
    ("亩", "亩"),
    ("平方米", "m²"),
    ("千瓦时", "kWh"),
    ("度", "kWh"),
    ("户", "户"),
    ("人·月", "人·月"),
];

/// True when `s` stands in `chars` at `i`.
pub(crate) fn starts_with(chars: &[char], i: usize, s: &str) -> bool {
    s.chars().enumerate().all(|(k, c)| chars.get(i + k) == Some(&c))
}

type Entry = (&'static str, &'static str, f64, Family);

static UNITS: LazyLock<Lexicon<Entry>> = LazyLock::new(|| Lexicon::new(ZH_UNITS, |u| u.0, Key::First));
static RATES: LazyLock<Lexicon<(&str, &str)>> = LazyLock::new(|| Lexicon::new(RATE_DENOMS, |r| r.0, Key::First));
static COUNTED: LazyLock<Lexicon<&str>> = LazyLock::new(|| Lexicon::new(ZH_COUNTED_NOUNS, |w| w, Key::Last));
static COUNTED_FIRST: LazyLock<Lexicon<&str>> = LazyLock::new(|| Lexicon::new(ZH_COUNTED_NOUNS, |w| w, Key::First));

/// A Chinese unit found in the text, before it becomes a [`Unit`] (which
/// owns its canonical form): reading one allocates nothing.
#[derive(Clone, Copy)]
pub(crate) struct UnitAt {
    entry: &'static Entry,
    /// The time word of a rate (`元/月`).
    rate: Option<&'static (&'static str, &'static str)>,
    /// The index past the unit.
    pub end: usize,
}

impl UnitAt {
    /// Whether the canonical form is `s`.
    pub(crate) fn canonical_is(&self, s: &str) -> bool {
        match self.rate {
            None => self.entry.1 == s,
            Some((_, d)) => s.strip_prefix(self.entry.1).and_then(|r| r.strip_prefix('/')).is_some_and(|r| r == *d),
        }
    }

    pub(crate) fn unit(&self) -> Unit {
        match self.rate {
            None => Unit { canonical: self.entry.1.to_string(), factor: self.entry.2, family: self.entry.3 },
            Some((_, d)) => {
                Unit { canonical: format!("{}/{}", self.entry.1, d), factor: self.entry.2, family: Family::Rate }
            }
        }
    }
}

/// The Chinese unit at `i`, the longest of the lexicon (the first listed
/// among as long ones).
pub(crate) fn zh_unit_at(chars: &[char], i: usize) -> Option<UnitAt> {
    let mut best: Option<(&'static Entry, usize)> = None;
    for (len, u) in UNITS.starting_at(chars, i) {
        if best.is_none_or(|(_, l)| len > l) {
            best = Some((u, len));
        }
    }
    let (entry, len) = best?;
    let mut end = i + len;
    let mut rate = None;
    // `元/月`, `元/吨`: a rate.
    if matches!(chars.get(end), Some('/') | Some('每')) {
        if let Some((n, r)) = RATES.starting_at(chars, end + 1).next() {
            rate = Some(r);
            end += 1 + n;
        }
    }
    Some(UnitAt { entry, rate, end })
}

/// Reads a Chinese unit at `i`; returns it and the index past it.
pub fn read_zh_unit(chars: &[char], i: usize) -> Option<(Unit, usize)> {
    zh_unit_at(chars, i).map(|u| (u.unit(), u.end))
}

/// The length of the counted noun standing as the unit at `i` (see
/// [`read_zh_counted_noun`]).
pub(crate) fn counted_noun_len(chars: &[char], i: usize) -> Option<usize> {
    let run =
        chars[i.min(chars.len())..].iter().take(8).take_while(|&&c| ('\u{4E00}'..='\u{9FFF}').contains(&c)).count();
    (2..=run).rev().find(|&len| COUNTED.ending_at(chars, i + len).any(|(n, _)| n <= len))
}

/// Reads a counted noun standing as the unit (`纳税人`), Chinese.
/// The noun may carry modifiers before its head (`551万农村贫困人口` →
/// `农村贫困人口`), up to eight characters in all.
pub fn read_zh_counted_noun(chars: &[char], i: usize) -> Option<(Unit, usize)> {
    counted_noun_len(chars, i).map(|len| {
        (Unit { canonical: chars[i..i + len].iter().collect(), factor: 1.0, family: Family::People }, i + len)
    })
}

/// Whether a counted noun of the list starts exactly at `i` (`家庭`).
pub fn counted_noun_at(chars: &[char], i: usize) -> bool {
    COUNTED_FIRST.starting_at(chars, i).next().is_some()
}

/// True when `s` ends `chars` at `end`.
pub(crate) fn ends_with(chars: &[char], end: usize, s: &str) -> bool {
    let n = s.chars().count();
    end >= n && end <= chars.len() && chars[end - n..end].iter().copied().eq(s.chars())
}

/// The family of a canonical unit, for summaries.
pub fn family_of(canonical: &str) -> Family {
    if canonical.contains('/') {
        return Family::Rate;
    }
    match canonical {
        "CNY" | "USD" | "EUR" | "HKD" | "GBP" | "JPY" | "SGD" | "INR" | "MOP" | "TWD" | "AUD" | "CAD" => Family::Money,
        "%" | "‰" => Family::Percent,
        "pp" => Family::Points,
        "km²" | "m²" | "ha" | "亩" | "acres" => Family::Area,
        "km" | "m" => Family::Length,
        "t" | "kg" | "斤" | "tce" => Family::Mass,
        "kW" | "MW" | "kWh" | "GW" => Family::Energy,
        "m³" => Family::Volume,
        "人" | "名" | "人次" | "位" => Family::People,
        "倍" | "times" => Family::Multiple,
        _ => ZH_UNITS.iter().find(|u| u.1 == canonical).map(|u| u.3).unwrap_or(Family::Count),
    }
}

impl Family {
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Money => "money",
            Family::Percent => "percent",
            Family::Points => "points",
            Family::Count => "count",
            Family::Area => "area",
            Family::Length => "length",
            Family::Mass => "mass",
            Family::Energy => "energy",
            Family::Volume => "volume",
            Family::People => "people",
            Family::Multiple => "multiple",
            Family::Rate => "rate",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(s: &str) -> (String, usize) {
        let c: Vec<char> = s.chars().collect();
        let (u, e) = read_zh_unit(&c, 0).unwrap();
        (u.canonical, e)
    }

    #[test]
    fn longest_unit_wins() {
        assert_eq!(unit("美元项目"), ("USD".into(), 2));
        assert_eq!(unit("人次,"), ("人次".into(), 2));
        assert_eq!(unit("个百分点"), ("pp".into(), 4));
        assert_eq!(unit("平方公里"), ("km²".into(), 4));
        assert_eq!(unit("千瓦时"), ("kWh".into(), 3));
    }

    #[test]
    fn rates() {
        assert_eq!(unit("元/月"), ("CNY/月".into(), 3));
        assert_eq!(unit("元/吨"), ("CNY/t".into(), 3));
    }

    #[test]
    fn families() {
        assert_eq!(family_of("CNY"), Family::Money);
        assert_eq!(family_of("家"), Family::Count);
        assert_eq!(family_of("CNY/月"), Family::Rate);
    }
}
