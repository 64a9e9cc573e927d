//! Quantities in Chinese text: a number, its scale word, its unit, the
//! comparator around it and the change verb before it.

use crate::lexicon;
use crate::model::{Comparator, Measure};
use crate::number::{cn_digit, is_cn_numeral, parse_chinese, read_arabic, read_scale};
use std::sync::LazyLock;

use crate::lexicon::{Key, Lexicon};
use crate::unit::{read_zh_counted_noun, zh_unit_at, Unit, ZH_NUMERAL_UNITS};

/// A quantity found in the clean text; indices are clean-text indices.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: Unit,
    pub comparator: Comparator,
    pub measure: Measure,
    /// Where the predicate before the number starts (comparator, change
    /// verb): the name ends here.
    pub pred_start: usize,
    /// Index past the comparator word after the unit (`以上`, `左右`).
    pub tail_end: usize,
    /// Start of the span shown to the user: the comparator word before the
    /// number when there is one (`超 600亿元`), else the number.
    pub span_start: usize,
}

/// Comparator words before a number, longest first.
static CMP_BEFORE: LazyLock<Vec<(&str, Comparator)>> = LazyLock::new(|| {
    lexicon::entries(lexicon::ZH_COMPARATORS_BEFORE)
        .filter_map(|e| Some((e[0], lexicon::comparator(lexicon::column(&e, 1))?)))
        .collect()
});

/// Comparator words after the unit.
static CMP_AFTER: LazyLock<Vec<(&str, Comparator)>> = LazyLock::new(|| {
    lexicon::entries(lexicon::ZH_COMPARATORS_AFTER)
        .filter_map(|e| Some((e[0], lexicon::comparator(lexicon::column(&e, 1))?)))
        .collect()
});

/// Change verbs before a number; the bool says whether it is a fall.
static CHANGE_VERBS: LazyLock<Vec<(&str, bool)>> = LazyLock::new(|| {
    lexicon::entries(lexicon::ZH_CHANGE_VERBS).map(|e| (e[0], lexicon::falls(lexicon::column(&e, 1)))).collect()
});

pub(crate) use crate::unit::{ends_with, starts_with};

static BEFORE: LazyLock<Lexicon<(&str, Comparator)>> = LazyLock::new(|| Lexicon::new(&CMP_BEFORE, |c| c.0, Key::Last));
static AFTER: LazyLock<Lexicon<(&str, Comparator)>> = LazyLock::new(|| Lexicon::new(&CMP_AFTER, |c| c.0, Key::First));
static VERBS: LazyLock<Lexicon<(&str, bool)>> = LazyLock::new(|| Lexicon::new(&CHANGE_VERBS, |v| v.0, Key::Last));

fn is_open_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '「' | '《' | '\'' | '‘')
}

/// Whether the quote mark at `at` opens a quotation: curly and corner
/// quotes say so by their shape, straight ones by their count in the line.
fn opens(chars: &[char], at: usize) -> bool {
    let q = chars[at];
    if !matches!(q, '"' | '\'') {
        return true;
    }
    let mut n = 0;
    let mut i = at;
    while i > 0 && !matches!(chars[i - 1], '\n' | '。') {
        if chars[i - 1] == q {
            n += 1;
        }
        i -= 1;
    }
    n % 2 == 0
}

/// Whether `at` stands inside curly quotes opened earlier on its line
/// (`“优化营商环境10条”`): figures there belong to a name.
fn inside_quotes(chars: &[char], at: usize) -> bool {
    let mut depth = 0i32;
    let mut i = at;
    let floor = at.saturating_sub(40);
    while i > floor {
        match chars[i - 1] {
            '“' | '「' | '《' => {
                if depth == 0 {
                    return true;
                }
                depth -= 1;
            }
            '”' | '」' | '》' => depth += 1,
            '\n' | '。' => return false,
            _ => {}
        }
        i -= 1;
    }
    false
}

/// Nouns after `N个` that count parts of the report, not things.
static STRUCTURAL_NOUNS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::ZH_STRUCTURAL_NOUNS));

/// Finds every quantity in the clean Chinese text.
pub fn find_quantities(chars: &[char]) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        let found = if c == '百' && starts_with(chars, i, "百分之") {
            read_percent_words(chars, i)
        } else if c.is_ascii_digit()
            && !prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == '-' || p == '+')
        {
            read_at(chars, i, false)
        } else if (is_cn_numeral(c) && c != '点') && !prev.is_some_and(|p| is_cn_numeral(p) && p != '点') {
            read_at(chars, i, true)
        } else {
            None
        };
        match found {
            Some(mut q) => {
                // a comparator or verb read backwards never reaches into the
                // figure before (`12个百分点以上亿元`)
                if let Some(prev) = out.last() {
                    let floor = prev.tail_end;
                    q.pred_start = q.pred_start.max(floor);
                    q.span_start = q.span_start.max(floor);
                }
                i = q.tail_end.max(i + 1);
                out.push(q);
            }
            None => {
                // skip the rest of a number we refused
                i += 1;
                while i < n
                    && (chars[i].is_ascii_digit() || chars[i] == '.' || chars[i] == ',')
                    && chars[i - 1].is_ascii_digit()
                {
                    i += 1;
                }
            }
        }
    }
    out
}

/// `百分之六点一` → 6.1 %.
fn read_percent_words(chars: &[char], i: usize) -> Option<Quantity> {
    let s = i + 3;
    let mut e = s;
    while e < chars.len() && (cn_digit(chars[e]).is_some() || matches!(chars[e], '十' | '百' | '点')) {
        e += 1;
    }
    let value = parse_chinese(&chars[s..e])?;
    let unit = Unit { canonical: "%".into(), factor: 1.0, family: crate::unit::Family::Percent };
    Some(finish(chars, i, e, value, None, unit, false))
}

/// The upper end of a range whose separator stands at `at` (`—5%`, `至5个`,
/// `-300万元`): its value with scale, the scale, and the index past it.
fn range_end(chars: &[char], at: usize) -> Option<(f64, f64, usize)> {
    let sep = *chars.get(at)?;
    if !matches!(sep, '-' | '—' | '~' | '至' | '到' | '–' | '－' | '～') {
        return None;
    }
    let k = if sep == '—' && chars.get(at + 1) == Some(&'—') { at + 2 } else { at + 1 };
    let n2 = read_arabic(chars, k)?;
    let (f2, e2) = read_scale(chars, n2.end);
    Some((n2.value * f2, f2, e2))
}

/// Reads a number at `i` (Arabic or Chinese) and what follows it: find the
/// number and its scale, refuse dates and codes, read a range, find its
/// unit, refuse what is no indicator, and look around it.
fn read_at(chars: &[char], i: usize, chinese: bool) -> Option<Quantity> {
    // Ordinals, labels in quotes.
    if i > 0 && (chars[i - 1] == '第' || (is_open_quote(chars[i - 1]) && opens(chars, i - 1))) {
        return None;
    }
    let (mut value, mut j, decimal) = if chinese {
        read_chinese_number(chars, i)?
    } else {
        let num = read_arabic(chars, i)?;
        (num.value, num.end, num.decimal)
    };
    let mut cmp_inner = None;
    // 7200余台, 6600多万, 二十多个
    if matches!(chars.get(j), Some('余' | '多')) && !chars.get(j + 1).is_some_and(|&c| c == '元' && chinese) {
        cmp_inner = Some(Comparator::Gt);
        j += 1;
    }
    if !chinese {
        (value, j) = read_arabic_scale(chars, value, j, &mut cmp_inner);
    }
    if is_time(chars, j) {
        return None;
    }
    if !chinese && !decimal && chars.get(j).is_some_and(|c| c.is_ascii_alphabetic()) {
        return None; // 5G, 4K, codes
    }
    // Ranges: 4.5%—5%, 3至5个, 5%-6%
    let mut value_max = None;
    let unit_first = zh_unit_at(chars, j);
    let sep_at = match &unit_first {
        Some(u) if u.canonical_is("%") => u.end,
        Some(_) => usize::MAX,
        None => j,
    };
    if sep_at != usize::MAX && !chinese {
        if let Some((v2, f2, e2)) = range_end(chars, sep_at) {
            // `3至5万`: the scale of the upper end holds for the lower one
            let factor = if f2 > 1.0 && value < v2 / f2 { f2 } else { 1.0 };
            if value * factor < v2 {
                value *= factor;
                value_max = Some(v2);
                j = e2;
            }
        }
    }
    // A counted noun stands as the unit where no measure word does, or where
    // the "measure word" is the noun's first character (`家庭`, not `家`).
    let measure_word = zh_unit_at(chars, j);
    let counted = if value >= 1e4 || cmp_inner.is_some() { read_zh_counted_noun(chars, j) } else { None }
        .filter(|_| measure_word.is_none() || crate::unit::counted_noun_at(chars, j));
    let (unit, uend) = match counted.or_else(|| measure_word.map(|u| (u.unit(), u.end))) {
        Some((u, e)) => (u, e),
        None => return None,
    };
    if refused(chars, i, j, uend, &unit, chinese, cmp_inner) {
        return None;
    }
    // 100万元至300万元: a range with the unit on both ends
    let mut uend = uend;
    if value_max.is_none() && !chinese {
        if let Some((v2, _, e2)) = range_end(chars, uend) {
            if let Some(u2) = zh_unit_at(chars, e2) {
                if u2.canonical_is(&unit.canonical) && v2 > value {
                    value_max = Some(v2);
                    uend = u2.end;
                }
            }
        }
    }
    let value = value * unit.factor;
    let value_max = value_max.map(|v| v * unit.factor);
    let mut q = finish(chars, i, uend, value, value_max, unit, false);
    if let Some(c) = cmp_inner {
        if q.comparator == Comparator::Eq {
            q.comparator = c;
        }
    }
    Some(q)
}

/// A number in Chinese numerals at `i` (`二十`, `六点一`, `亿` after a
/// comparator): its value, the index past it, whether it has a fraction.
fn read_chinese_number(chars: &[char], i: usize) -> Option<(f64, usize, bool)> {
    let mut e = i;
    while e < chars.len()
        && is_cn_numeral(chars[e])
        && (chars[e] != '点' || chars.get(e + 1).is_some_and(|&c| cn_digit(c).is_some()))
    {
        e += 1;
    }
    let run = &chars[i..e];
    let only_scale = run.iter().all(|&c| cn_digit(c).is_none());
    if only_scale {
        // 超亿元, 上千万: an implicit one, only after a comparator.
        let ok = i > 0 && matches!(chars[i - 1], '超' | '逾' | '上' | '近' | '破' | '达');
        if !ok || run.iter().all(|&c| matches!(c, '十' | '百')) {
            return None;
        }
    }
    let v = parse_chinese(run)?;
    if v <= 1.0 && !only_scale {
        return None; // 一批, 统一, 一般
    }
    // 一镇一特, 一村一品
    if run.len() == 1 && chars.get(e + 1) == Some(&run[0]) {
        return None;
    }
    Some((v, e, run.contains(&'点')))
}

/// The scale words after an Arabic number (`万`, `亿`, `5千多户`, `2万5千`,
/// `3万多亿`): the scaled value and the index past them.
fn read_arabic_scale(chars: &[char], mut value: f64, mut j: usize, cmp_inner: &mut Option<Comparator>) -> (f64, usize) {
    let (mut f, e) = read_scale(chars, j);
    j = e;
    // 5千多户, 3千公里 (but 3千米 and 5千瓦 are units)
    if f == 1.0 && chars.get(j) == Some(&'千') && !matches!(chars.get(j + 1), Some('米' | '克' | '瓦' | '卡' | '焦'))
    {
        f = 1e3;
        j += 1;
    }
    value *= f;
    // 2万5千公里, 1万6千多户, 1亿3千多万
    if (f == 1e4 || f == 1e8) && chars.get(j).is_some_and(|c| c.is_ascii_digit()) {
        if let Some(n2) = read_arabic(chars, j) {
            let k = n2.end;
            if let Some(sub) = match chars.get(k) {
                Some('千') => Some(1e3),
                Some('百') => Some(1e2),
                _ => None,
            } {
                let mut k = k + 1;
                let mut part = n2.value * sub;
                if matches!(chars.get(k), Some('余' | '多')) {
                    *cmp_inner = Some(Comparator::Gt);
                    k += 1;
                }
                if f == 1e8 && chars.get(k) == Some(&'万') {
                    part *= 1e4;
                    k += 1;
                }
                if part < f {
                    value += part;
                    j = k;
                }
            }
        }
    }
    if matches!(chars.get(j), Some('余' | '多')) && f > 1.0 {
        *cmp_inner = Some(Comparator::Gt);
        j += 1;
        // 3万多亿元
        let (f2, e2) = read_scale(chars, j);
        value *= f2;
        j = e2;
    }
    (value, j)
}

/// Years, dates, times, durations are not indicators: what follows the
/// number at `j` says it is one.
fn is_time(chars: &[char], j: usize) -> bool {
    if let Some(&nc) = chars.get(j) {
        if matches!(
            nc,
            '年' | '月'
                | '日'
                | '号'
                | '时'
                | '周'
                | '岁'
                | '届'
                | '期'
                | '代'
                | '季'
                | '分'
                | '秒'
                | '后'
                | '楼'
                | '路'
                | '版'
                | '级'
                | '星'
        ) && !(nc == '分' && starts_with(chars, j, "分别"))
        {
            return true;
        }
    }
    false
}

/// Whether a number read with its unit is no indicator: a name or slogan in
/// quotes, a plan's structure (`三个方面`), a counted noun that qualifies,
/// a Chinese numeral with a measure word it may not carry, a session, a
/// money threshold inside a category name, a duration.
fn refused(
    chars: &[char],
    i: usize,
    j: usize,
    uend: usize,
    unit: &Unit,
    chinese: bool,
    cmp_inner: Option<Comparator>,
) -> bool {
    // (a walk back, so after the cheaper refusals)
    if inside_quotes(chars, i) {
        return true; // a name or slogan: “优化营商环境10条”, “两个确立”
    }
    if STRUCTURAL_NOUNS.iter().any(|w| starts_with(chars, uend, w)) {
        return true;
    }
    // `13亿多人口的大国`: a counted noun that qualifies what follows
    if unit.family == crate::unit::Family::People
        && !unit.canonical.chars().all(|c| "人名位次".contains(c))
        && chars.get(uend) == Some(&'的')
    {
        return true;
    }
    if chinese {
        let word = &chars[j..uend];
        let allowed = ZH_NUMERAL_UNITS.iter().any(|w| starts_with(word, 0, w))
            || unit.family == crate::unit::Family::Money
            || matches!(
                unit.canonical.as_str(),
                "亩" | "t" | "km" | "kg" | "斤" | "ha" | "kW" | "kWh" | "km²" | "m²" | "人次" | "pp"
            );
        if !allowed {
            return true;
        }
        // 三次产业, 两个维护 in running slogans: 次 and 个 followed by a bare noun is fine, but
        // a Chinese 次 before 产业 is a term.
        if unit.canonical == "次" && starts_with(chars, uend, "产业") {
            return true;
        }
        // 十届人大二次会议, 八届五次、六次全会: sessions, not counts
        let session = unit.canonical == "次"
            && (["会议", "全会", "全体会议", "常委会", "会"].iter().any(|w| starts_with(chars, uend, w))
                || (i > 0 && matches!(chars[i - 1], '届' | '大'))
                || (chars.get(uend) == Some(&'、') && chars.get(uend + 1).is_some_and(|&c| is_cn_numeral(c))));
        // 八项规定, 三个“十条”: slogans and names
        let slogan = ["规定", "原则", "要求", "精神", "工程", "行动", "战略", "举措", "“", "\""]
            .iter()
            .any(|w| starts_with(chars, uend, w));
        if session || slogan {
            return true;
        }
    }
    // A money threshold inside a category name (`超10亿元或1亿美元项目16个`,
    // `投资超百亿元的华能储能项目`): it qualifies what is counted next.
    if unit.family == crate::unit::Family::Money {
        let next_is = |w: &str| starts_with(chars, uend, w);
        let alt = next_is("或") && chars.get(uend + 1).is_some_and(|c| c.is_ascii_digit() || is_cn_numeral(*c));
        // `投资2599万元的海—宝农村公路`: an exact amount of one thing stays
        let bound = chinese
            || cmp_inner.is_some()
            || i > 0 && matches!(chars[i - 1], '超' | '过' | '逾' | '破' | '足')
            || i > 1 && ["不到", "低于", "高于", "少于", "多于", "以下"].iter().any(|w| starts_with(chars, i - 2, w))
            || ["以上", "项目", "企业", "级"].iter().any(|w| next_is(w));
        if alt
            || bound
                && ["项目", "企业", "以上项目", "以上企业", "的项目", "的企业", "级", "的"].iter().any(|w| next_is(w))
        {
            return true;
        }
    }
    if unit.canonical == "个" && chars.get(uend) == Some(&'月') {
        return true; // 3个月: a duration
    }
    false
}

/// Looks around the quantity `[start, end)` for comparators and a change
/// verb, and builds it.
fn finish(
    chars: &[char],
    start: usize,
    end: usize,
    value: f64,
    value_max: Option<f64>,
    unit: Unit,
    _: bool,
) -> Quantity {
    let mut comparator = Comparator::Eq;
    let mut tail_end = end;
    if let Some((n, (_, c))) = AFTER.starting_at(chars, end).next() {
        comparator = *c;
        tail_end = end + n;
    }
    let mut p = start;
    // 了 between a verb and the number
    if p > 0 && chars[p - 1] == '了' {
        p -= 1;
    }
    let mut before = None;
    for (n, (w, c)) in BEFORE.ending_at(chars, p) {
        // 上 only as 上千万 (a bare scale word after it)
        let bare_scale = crate::number::cn_scale(chars[start]).is_some() && cn_digit(chars[start]).is_none();
        if *w == "上" && !bare_scale {
            continue;
        }
        // 达 inside 到达, 发达: fine either way; 近 inside 附近, 最近, 接近 handled above
        if *w == "近" && p >= 2 && matches!(chars[p - 2], '最' | '附' | '就' | '邻') {
            continue;
        }
        before = Some(*c);
        p -= n;
        break;
    }
    let mut span_start = start;
    if let Some(b) = before {
        if comparator == Comparator::Eq || b == Comparator::Le {
            comparator = b;
        }
        if b != Comparator::Eq {
            span_start = p;
        }
    }
    // 提高至, 增加到: the new level, not the change.
    let mut measure = Measure::Level;
    let mut negative = false;
    let mut q = p;
    if q > 0 && chars[q - 1] == '了' {
        q -= 1;
    }
    let to_level = q > 0 && matches!(chars[q - 1], '至' | '到');
    if !to_level {
        let mut vq = q;
        // 增长分别为, 分别增长
        if ends_with(chars, vq, "分别") {
            vq -= 2;
        }
        if ends_with(chars, vq, "为") && vq >= 3 {
            vq -= 1;
        }
        // the first verb of the list that ends before the number
        if let Some((n, (_, fall))) = VERBS.ending_at(chars, vq).next() {
            // a one-character verb only before a percentage, and not as 新增,
            // 净增 (a level count, not a change)
            let level_count = vq >= 2 && matches!(chars[vq - 2], '新' | '净' | '递' | '倍' | '骤' | '剧' | '猛');
            let percent = matches!(unit.family, crate::unit::Family::Percent | crate::unit::Family::Points);
            if n > 1 || (!level_count && percent) {
                measure = Measure::Change;
                negative = *fall;
                p = vq - n;
            }
        }
    }
    if unit.canonical == "pp" && measure == Measure::Level && !to_level {
        // 个百分点 almost always measures a change
        measure = Measure::Change;
    }
    let sign = if negative { -1.0 } else { 1.0 };
    Quantity {
        start,
        end,
        value: value * sign,
        value_max: value_max.map(|v| v * sign),
        unit,
        comparator,
        measure,
        pred_start: p,
        tail_end,
        span_start,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Vec<(f64, String, &'static str, &'static str)> {
        let c: Vec<char> = s.chars().collect();
        find_quantities(&c)
            .into_iter()
            .map(|q| (q.value, q.unit.canonical, q.comparator.as_str(), q.measure.as_str()))
            .collect()
    }

    fn one(s: &str, v: f64, u: &str, cmp: &str, m: &str) {
        let got = q(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert!((got[0].0 - v).abs() <= v.abs() * 1e-9, "{s}: {got:?}");
        assert_eq!((got[0].1.as_str(), got[0].2, got[0].3), (u, cmp, m), "{s}");
    }

    #[test]
    fn money_with_scale_and_comparator() {
        one("协议投资总额超600亿元", 6e10, "CNY", ">", "level");
        one("实际到账外资首破4亿美元", 4e8, "USD", ">", "level");
        one("实现纳税超亿元。", 1e8, "CNY", ">", "level");
        assert!(q("纳税超亿元企业").is_empty(), "a threshold in a category name");
        one("五千九百一十一亿元", 5.911e11, "CNY", "=", "level");
    }

    #[test]
    fn growth_and_falls() {
        one("地区生产总值增长8%", 8.0, "%", "=", "change");
        one("单位国内生产总值能耗降低2.5%左右", -2.5, "%", "~", "change");
        one("一般性支出压减10%", -10.0, "%", "=", "change");
        one("提高0.5个百分点", 0.5, "pp", "=", "change");
        one("基础养老金标准提高至391元/月", 391.0, "CNY/月", "=", "level");
        one("增长6%以上", 6.0, "%", ">=", "change");
    }

    #[test]
    fn counts_and_extras() {
        one("7200余台", 7200.0, "台", ">", "level");
        one("6600多万纳税人受益", 6.6e7, "纳税人", ">", "level");
        one("不少于15个", 15.0, "个", ">=", "level");
        one("两次降低存款准备金率", 2.0, "次", "=", "level");
        one("百分之六点一", 6.1, "%", "=", "level");
        one("粮食总产量17.2万吨", 172000.0, "t", "=", "level");
    }

    #[test]
    fn falls_and_harvests() {
        one("增产74亿斤", 7.4e9, "斤", "=", "change");
    }

    #[test]
    fn arabic_with_chinese_scales() {
        one("建成2万5千公里", 25000.0, "km", "=", "level");
        one("由5千多户", 5000.0, "户", ">", "level");
        one("减轻市场主体负担3万多亿元", 3e12, "CNY", ">", "level");
        one("3千米", 3.0, "km", "=", "level");
        one("551万农村贫困人口", 5.51e6, "农村贫困人口", "=", "level");
        one("1000多万高中毕业生", 1e7, "高中毕业生", ">", "level");
    }

    #[test]
    fn regression_proptest_overlapping_comparator() {
        // found by tests/robustness.rs: `上` of `以上` read as the comparator of `亿元`
        let c: Vec<char> = "１２个百分点以上亿元万亿".chars().map(crate::normalize::fold).collect();
        let r = find_quantities(&c);
        for w in r.windows(2) {
            assert!(w[1].pred_start >= w[0].tail_end);
        }
        crate::analyze("１２个百分点以上亿元万亿");
    }

    #[test]
    fn ranges_with_units() {
        let c: Vec<char> = "100万元至300万元部分".chars().collect();
        let r = find_quantities(&c);
        assert_eq!((r.len(), r[0].value, r[0].value_max), (1, 1e6, Some(3e6)));
    }

    #[test]
    fn ranges() {
        let c: Vec<char> = "增长4.5%—5%".chars().collect();
        let r = find_quantities(&c);
        assert_eq!((r[0].value, r[0].value_max), (4.5, Some(5.0)));
        let c: Vec<char> = "建设3至5个".chars().collect();
        let r = find_quantities(&c);
        assert_eq!((r[0].value, r[0].value_max), (3.0, Some(5.0)));
    }

    #[test]
    fn thresholds_inside_category_names() {
        let got = q("引进投资超30亿元或3亿美元项目6个");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].0, got[0].1.as_str()), (6.0, "个"));
        assert!(q("投资超百亿元的华能金坛储能二期项目").is_empty());
        assert_eq!(q("培育十亿元企业30家").len(), 1);
        assert!(q("年应纳税所得额不到100万元的部分").is_empty());
        // an exact amount of one thing is a figure
        assert_eq!(q("投资2599万元的海宝农村公路").len(), 1);
    }

    #[test]
    fn not_indicators() {
        for s in [
            "2022年",
            "3月5日",
            "第十三届",
            "二十大",
            "四期",
            "\"532\"发展战略",
            "88路",
            "5G基站",
            "PM2.5",
            "C919",
            "一批项目",
            "统一部署",
            "一镇一特",
            "三大组团",
            "\"十四五\"",
            "区十届人大二次会议",
            "州委八届五次、六次全会",
            "中央八项规定",
            "三个“十条”",
            "“优化营商环境10条”",
        ] {
            assert!(q(s).is_empty(), "{s}: {:?}", q(s));
        }
    }
}
