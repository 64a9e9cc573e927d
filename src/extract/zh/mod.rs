//! Indicators of Chinese text: find the figures ([`quantity`]), bound each
//! one's item and clause ([`clause`]), choose its subject ([`name`]), decide
//! its measure, decide its kind ([`kind`]) and date it ([`year`]).

mod clause;
mod kind;
pub mod name;
pub mod quantity;
mod unitless;
mod year;

use std::sync::LazyLock;

pub use unitless::unit_less_figures;

use super::PROGRESS_EVERY;
use crate::lexicon;
use crate::model::{Indicator, Kind, Measure};
use crate::normalize::Normalized;
use crate::structure::Structure;
use crate::unit::Family;
use clause::{comma_clause_start, contains, Sentences};
use kind::{decide_kind, is_baseline, SentenceCues};
use name::{compose, compose_len, item_end, item_start, respectively_subjects};
use quantity::{find_quantities, starts_with, Quantity};
use year::{opening_year, Years};

/// A Chinese character (not CJK punctuation).
fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

/// Names that are an attribute of a subject, not a subject.
static GENERIC_ATTRIBUTES: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::ZH_GENERIC_ATTRIBUTES));

/// What the text gives every figure: its sentences, years and paragraphs,
/// found once.
struct Text<'a> {
    chars: &'a [char],
    sentences: Sentences,
    years: Years,
    /// The line breaks.
    paragraphs: Vec<usize>,
}

/// What a figure takes from the figures before it.
struct Before {
    /// (sentence start, index in `out`) of the last named figure, for carrying.
    last: Option<(usize, usize)>,
    /// (sentence start, subjects) of the last `分别` list.
    last_subjects: Option<(usize, Vec<String>)>,
    /// The cues of the sentence of the figure before.
    cues: SentenceCues,
    /// (start, end) of the sentence of the figure before.
    last_sentence: (usize, usize),
    /// Each figure's measure and sign as decided, for the lists after it.
    decided: Vec<(Measure, bool)>,
}

/// Extracts the indicators of Chinese text.
pub fn extract_zh(
    norm: &Normalized,
    st: &Structure,
    original: &[char],
    progress: &mut dyn FnMut(f64),
) -> Vec<Indicator> {
    let chars = &norm.chars;
    let mut qs = find_quantities(chars);
    let mut out: Vec<Indicator> = Vec::with_capacity(qs.len());
    let text = Text {
        chars,
        sentences: Sentences::new(chars),
        years: Years::new(chars),
        paragraphs: chars.iter().enumerate().filter(|(_, &c)| c == '\n').map(|(i, _)| i).collect(),
    };
    let mut before = Before {
        last: None,
        last_subjects: None,
        cues: SentenceCues::default(),
        last_sentence: (usize::MAX, 0),
        decided: qs.iter().map(|q| (q.measure, q.value < 0.0)).collect(),
    };
    for qi in 0..qs.len() {
        let q = &qs[qi];
        if qi % PROGRESS_EVERY == 0 && qi > 0 {
            progress(qi as f64 / qs.len() as f64);
        }
        let sent = text.sentences.start(q.start);
        let (istart, iend) = bound_item(chars, q, sent);
        let (mut name, mut carried) = own_name(chars, &qs, qi, istart, iend);
        respectively(&text, &qs, qi, sent, &mut name, &mut carried, &mut before.last_subjects);
        if is_benchmark(&name) {
            (name, carried) = (String::new(), true);
        }
        if GENERIC_ATTRIBUTES.contains(&name.as_str()) {
            let subject = before.last.filter(|&(s0, _)| s0 == sent).map(|(_, k)| out[k].name.as_str());
            name = attribute_of(chars, q, sent, istart, subject, name);
        }
        let last_name = before.last.filter(|l| l.0 == sent).map(|l| out[l.1].name.as_str());
        name = borrow_subject(chars, &qs, qi, sent, istart, carried, name, &before.last_subjects, last_name);
        if !name.is_empty() {
            // the figure's index once pushed below
            before.last = Some((sent, out.len()));
        }
        let (measure, value, value_max) = decide_measure(chars, &qs, qi, &name, istart, iend, &before.decided);
        let (ostart, oend) = norm.original_span(q.span_start, q.end);
        if before.cues.start != sent || qi == 0 {
            before.cues = SentenceCues::new(chars, &text.sentences, sent);
        }
        let (kind, year) = kind_and_year(&text, &before.cues, q, st, ostart);
        before.decided[qi] = (measure, value < 0.0);
        let send = text.sentences.end(q.end);
        // the figures of a sentence share it: copied, not encoded again
        let sentence = match out.last() {
            Some(prev) if before.last_sentence == (sent, send) => prev.sentence.clone(),
            _ => crate::normalize::string_of(&chars[sent..send.min(sent + 300)]),
        };
        before.last_sentence = (sent, send);
        let display = norm.slice(q.span_start, q.end);
        let comparator = q.comparator;
        out.push(Indicator {
            name,
            value,
            value_max,
            // no later figure reads this one's unit by name
            unit: std::mem::take(&mut qs[qi].unit.canonical),
            comparator,
            measure,
            kind,
            year,
            section: st.section_at(ostart).to_string(),
            start: ostart,
            end: oend,
            text: crate::normalize::string_of(&original[ostart..oend]),
            display,
            sentence,
        });
    }
    out
}

/// The item of its sentence a figure stands in (`能耗、水耗均下降20%`: with
/// `均`, the whole clause, as every subject of the list shares the figure).
fn bound_item(chars: &[char], q: &Quantity, sent: usize) -> (usize, usize) {
    let mut istart = item_start(chars, q.pred_start, sent);
    if q.pred_start > 0 && chars[q.pred_start - 1] == '均' {
        istart = comma_clause_start(chars, q.pred_start, sent);
    }
    (istart, item_end(chars, q.tail_end))
}

/// The figure's own name, from the text before it (or after it, for what a
/// count counts), and whether it carries instead the name of a figure right
/// before it in the same item (`1302.92亿元增长8.2%`).
fn own_name(chars: &[char], qs: &[Quantity], qi: usize, istart: usize, iend: usize) -> (String, bool) {
    let q = &qs[qi];
    let prev_in_item = qi.checked_sub(1).map(|p| &qs[p]).filter(|p| p.start >= istart);
    if let Some(p) = prev_in_item {
        if compose_len(&chars[p.tail_end..q.pred_start], &[]) == 0 {
            return (String::new(), true);
        }
    }
    // a following noun after a measure word: 改造提升10个老旧小区
    let mut post: &[char] = &[];
    let countlike = matches!(q.unit.family, Family::Count | Family::People);
    if q.tail_end < iend && chars[q.tail_end] != '的' {
        let next_q = qs.get(qi + 1).map(|n| n.start).unwrap_or(usize::MAX);
        let pend = iend.min(next_q);
        if pend > q.tail_end
            && (crate::normalize::is_cjk(chars[q.tail_end]) || matches!(chars[q.tail_end], '“' | '"' | '《'))
        {
            post = name::post_noun(&chars[q.tail_end..pend]);
        }
    }
    // a counted noun as unit (`1100多万学生`) is part of the name
    if q.unit.family == Family::People && !q.unit.canonical.chars().all(|c| "人名位次".contains(c)) {
        post = &chars[q.end - q.unit.canonical.chars().count()..iend.max(q.end)];
    }
    // `改造提升10个老旧小区`: the verb acts on the things counted and
    // stays in the name.
    let pred = if countlike && !post.is_empty() { q.span_start.max(istart) } else { q.pred_start };
    // `吸引20个国家和地区的419家企业`: what stands before an earlier
    // figure of the item is that figure's
    let from = prev_in_item.map_or(istart, |p| p.tail_end.clamp(istart, pred));
    let mut pre = &chars[from..pred];
    // `…的419家企业`: a modifier ending in 的 qualifies the noun after
    if !post.is_empty() && pre.last() == Some(&'的') {
        pre = &[];
    }
    // `京阳公司等24家企业`: examples of what is counted
    if !post.is_empty() && pre.last() == Some(&'等') {
        pre = name::drop_examples(pre);
    }
    let pre_name = compose(pre, &[]);
    // `对新增2万亿元中央财政资金`: a bare verb before the figure, the
    // thing measured after it
    // (a two-character tail like `安排` in `赤字率拟按3%安排` is a verb)
    let bare_verb = pre_name.chars().count() <= 3 && compose_len(&[], post) >= 3;
    let name = if countlike || pre_name.is_empty() || bare_verb { compose(pre, post) } else { pre_name };
    (name, false)
}

/// 分别: a list of subjects over a list of values; the figure takes its own.
fn respectively(
    text: &Text,
    qs: &[Quantity],
    qi: usize,
    sent: usize,
    name: &mut String,
    carried: &mut bool,
    last_subjects: &mut Option<(usize, Vec<String>)>,
) {
    let (chars, q) = (text.chars, &qs[qi]);
    let cstart = comma_clause_start(chars, q.pred_start, sent);
    let Some(f) = contains(&chars[cstart..q.start], "分别").map(|f| f + cstart) else { return };
    let send = text.sentences.end(q.start);
    let cend = (q.start..send)
        .find(|&i| {
            matches!(chars[i], '，' | ',')
                && !(chars[i] == ','
                    && i > 0
                    && chars[i - 1].is_ascii_digit()
                    && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit()))
        })
        .unwrap_or(send);
    let mut first = qi;
    while first > 0 && qs[first - 1].start >= f {
        first -= 1;
    }
    let mut last = qi;
    while last + 1 < qs.len() && qs[last + 1].start < cend {
        last += 1;
    }
    let count = last + 1 - first;
    let mut subjects = respectively_subjects(chars, cstart, f, count);
    // `…分别达4.78亿元、20.2亿元，分别增长6.9%、0.8%`: the second list
    // speaks of the same subjects
    if subjects.len() != count {
        if let Some((s, prev)) = &last_subjects {
            if *s == sent && prev.len() == count {
                subjects = prev.clone();
            }
        }
    }
    if subjects.len() == count && count > 1 {
        *last_subjects = Some((sent, subjects.clone()));
        *name = subjects[qi - first].clone();
        *carried = false;
    } else if !subjects.is_empty() && name.is_empty() {
        *name = subjects.join("、");
    }
}

static BENCHMARKS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::ZH_BENCHMARKS));

/// `为预算的98.5%`, `占年度调整预算的98.37%`: what the figure is measured
/// against (after a leading 占, 为, 完成, 达), not what it measures.
fn is_benchmark(name: &str) -> bool {
    let bare = ["占", "为", "完成", "达到", "达"].iter().find_map(|v| name.strip_prefix(v)).unwrap_or(name);
    BENCHMARKS.contains(&bare)
}

/// `中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元`: an attribute (规模,
/// 比重, 增速) takes the subject it is of: what follows it, the subject named
/// before it in the sentence, or the clause before.
fn attribute_of(
    chars: &[char],
    q: &Quantity,
    sent: usize,
    istart: usize,
    subject: Option<&str>,
    name: String,
) -> String {
    // `投资2599万元的海—宝农村公路`: the thing it is of follows
    let of_what: String = if chars.get(q.tail_end) == Some(&'的') {
        chars[q.tail_end + 1..].iter().take(12).take_while(|&&c| is_han(c) || matches!(c, '—' | '-')).collect()
    } else {
        String::new()
    };
    // `投资1.2亿元完成16个老旧小区…`: the clause goes on to say what
    let goes_on = chars.get(q.tail_end).is_some_and(|&c| is_han(c) && c != '的');
    if of_what.chars().count() >= 2 {
        return format!("{of_what}{name}");
    }
    if let Some(subject) = subject.filter(|_| !goes_on) {
        // `总投资18.8亿元的…工程，当年完成投资6.87亿元`: the thing, not
        // its other attribute
        let base = GENERIC_ATTRIBUTES
            .iter()
            .filter_map(|g| subject.strip_suffix(g))
            .filter(|b| !b.is_empty())
            .min_by_key(|b| b.len())
            .unwrap_or(subject);
        if !base.ends_with(name.as_str()) {
            return format!("{base}{name}");
        }
    } else if subject.is_none() && !goes_on && istart > sent {
        // `哈克镇生态奶源基地建设初具规模，完成投资3340万元`: the clause
        // before says of what
        let prev_start = item_start(chars, istart - 1, sent);
        let before = &chars[prev_start..istart - 1];
        if !before.iter().any(|c| c.is_ascii_digit()) {
            let thing = compose(before, &[]);
            if thing.chars().count() >= 2 {
                return format!("{thing}{name}");
            }
        }
    }
    name
}

/// A figure with no name of its own (or one it carries) borrows one: from a
/// `分别` list before it, the figure named before it in the sentence, the
/// clause before, or what it qualifies.
#[allow(clippy::too_many_arguments)]
fn borrow_subject(
    chars: &[char],
    qs: &[Quantity],
    qi: usize,
    sent: usize,
    istart: usize,
    carried: bool,
    mut name: String,
    last_subjects: &Option<(usize, Vec<String>)>,
    last_name: Option<&str>,
) -> String {
    // `…分别达45300元、19400元,增长3.6%、7.8%`: a later list of as many
    // values, with no subject of its own, follows the same subjects
    let list_subject = last_subjects.as_ref().filter(|(s0, _)| *s0 == sent).and_then(|(_, subjects)| {
        let joined = |a: &Quantity, b: &Quantity| {
            let gap = &chars[a.tail_end..b.span_start.max(a.tail_end)];
            gap.len() == 1 && matches!(gap[0], '、' | '和' | '与' | '及')
        };
        let mut first = qi;
        while first > 0 && joined(&qs[first - 1], &qs[first]) {
            first -= 1;
        }
        let mut last_i = qi;
        while last_i + 1 < qs.len() && joined(&qs[last_i], &qs[last_i + 1]) {
            last_i += 1;
        }
        (last_i + 1 - first == subjects.len()).then(|| subjects[qi - first].clone())
    });
    if (carried || name.chars().count() < 2) && list_subject.is_some() {
        name = list_subject.unwrap_or_default();
    } else if (carried || name.chars().count() < 2) && last_name.is_some() {
        name = last_name.unwrap_or_default().to_string();
    } else if name.is_empty() && istart > sent {
        // `规上工业增加值保持较快增速,增长7.3%`: the clause before holds the subject
        let prev_start = item_start(chars, istart - 1, sent);
        name = compose(&chars[prev_start..istart - 1], &[]);
    }
    // `实现5.5%左右的预期增长目标`: what the figure qualifies names it
    let q = &qs[qi];
    if name.is_empty() && chars.get(q.tail_end) == Some(&'的') {
        let after: String = chars[q.tail_end + 1..].iter().take(12).take_while(|&&c| is_han(c)).collect();
        name = after;
    }
    name
}

/// Whether the figure is a level or a change, and its value and upper end
/// with the sign a fall gives them.
fn decide_measure(
    chars: &[char],
    qs: &[Quantity],
    qi: usize,
    name: &str,
    istart: usize,
    iend: usize,
    decided: &[(Measure, bool)],
) -> (Measure, f64, Option<f64>) {
    let q = &qs[qi];
    // `经济增长预期目标为5%`: a growth rate named by its subject.
    let mut measure = q.measure;
    let mut value = q.value;
    let mut value_max = q.value_max;
    if measure == Measure::Level
        && q.unit.canonical == "%"
        && ["增长", "增速", "增幅", "涨幅", "降幅"].iter().any(|w| name.ends_with(w))
    {
        measure = Measure::Change;
    }
    // `保持20%以上增长`, `5.5%左右的预期增长目标`: the growth follows
    if measure == Measure::Level && q.unit.canonical == "%" {
        let mut a = q.tail_end.min(chars.len());
        if chars.get(a) == Some(&'的') {
            a += 1;
        }
        if ["增长", "增速", "的增长", "预期增长", "经济增长", "左右增长", "以上增长"]
            .iter()
            .any(|w| starts_with(chars, a, w))
        {
            measure = Measure::Change;
        }
    }
    // `压减政府性基金项目30%`: a cut placed before what it cuts.
    if measure == Measure::Level && q.unit.canonical == "%" {
        let mut item = &chars[istart..q.pred_start];
        while let [c, rest @ ..] = item {
            if !matches!(c, '并' | '要' | '再' | '还' | '拟' | '将') {
                break;
            }
            item = rest;
        }
        if ["压减", "削减", "压降", "压缩", "减少", "降低", "下降"].iter().any(|v| starts_with(item, 0, v))
            && !matches!(item.last(), Some('至' | '到'))
        {
            measure = Measure::Change;
            value = -value.abs();
            value_max = value_max.map(|v| -v.abs());
        }
    }
    // `分别增长8.9%、7.7%`, `再提高30元和5元`: a bare value after another
    // in a list takes its measure and sign.
    if let Some(p) = qi.checked_sub(1).map(|p| &qs[p]) {
        let gap = &chars[p.tail_end..q.span_start.max(p.tail_end)];
        let bare = gap.len() == 1 && matches!(gap[0], '、' | '和' | '与' | '及');
        let (p_measure, p_falls) = decided[qi - 1];
        if bare && measure == Measure::Level && p_measure == Measure::Change && p.unit.family == q.unit.family {
            measure = Measure::Change;
            if p_falls {
                value = -value;
                value_max = value_max.map(|v| -v);
            }
        }
    }
    // `改造提升10个老旧小区`: the verb acts on the things counted.
    if measure == Measure::Change
        && !matches!(q.unit.family, Family::Percent | Family::Points | Family::Money)
        && q.tail_end < iend
        && crate::normalize::is_cjk(chars[q.tail_end])
    {
        measure = Measure::Level;
    }
    (measure, value, value_max)
}

/// Whether the figure is a goal or done, and its year: the sentence's own
/// year, else a year that opens the paragraph.
fn kind_and_year(text: &Text, cues: &SentenceCues, q: &Quantity, st: &Structure, ostart: usize) -> (Kind, Option<i32>) {
    let (chars, years, paragraphs) = (text.chars, &text.years, &text.paragraphs);
    let para = paragraphs.partition_point(|&p| p <= q.start).checked_sub(1).map_or(0, |k| paragraphs[k] + 1);
    let para_year = if para < q.start { opening_year(years, chars, para, (para + 17).min(q.start)) } else { None };
    let explicit_year = years.in_span(chars, cues.start, q.start).or(para_year);
    let (kind, year) = decide_kind(cues, q, st, ostart, explicit_year);
    // `将加计扣除比例从75%提高到100%`: the figure moved from is the
    // present state, not the goal
    if kind == Kind::Target && is_baseline(chars, q) {
        return (Kind::Actual, None);
    }
    (kind, year)
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    /// The (name, value, unit, measure, kind) of every figure of `text`.
    fn figures(text: &str) -> Vec<(String, f64, String, &'static str, &'static str)> {
        analyze(text)
            .indicators
            .into_iter()
            .map(|i| (i.name, i.value, i.unit, i.measure.as_str(), i.kind.as_str()))
            .collect()
    }

    fn assert_extracts(text: &str, want: &[(&str, f64, &str)]) {
        let got = figures(text);
        let got: Vec<(&str, f64, &str)> = got.iter().map(|g| (g.0.as_str(), g.1, g.2.as_str())).collect();
        assert_eq!(got, want, "{text}");
    }

    #[test]
    fn years_of_a_span_as_read_through_it() {
        let text = "12023年以来，2019年底到2025年，20301年、1948年2100年2024年以，2023年以来2022年";
        let chars: Vec<char> = text.chars().collect();
        let years = super::year::Years::new(&chars);
        for from in 0..=chars.len() {
            for to in from..=chars.len() {
                assert_eq!(
                    years.in_span(&chars, from, to),
                    super::year::sentence_year(&chars[from..to]),
                    "{from}..{to}"
                );
            }
        }
    }

    #[test]
    fn subject_carries_over_spans_of_time_and_comparisons() {
        assert_extracts(
            "国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元。",
            &[("国内生产总值", 1.21e14, "CNY"), ("国内生产总值", 5.2, "%"), ("国内生产总值", 7e13, "CNY")],
        );
        assert_extracts(
            "规上工业增加值增长7.3%，高于全国1.4个百分点。",
            &[("规上工业增加值", 7.3, "%"), ("规上工业增加值", 1.4, "pp")],
        );
    }

    #[test]
    fn the_thing_measured_after_a_bare_verb() {
        assert_extracts("使用1000亿元失业保险基金。", &[("使用失业保险基金", 1e11, "CNY")]);
        assert_extracts("严守18亿亩耕地红线。", &[("严守耕地红线", 1.8e9, "亩")]);
    }

    #[test]
    fn the_figure_moved_from_is_the_present_state() {
        let text = "三、2022年政府工作任务\n将科技型中小企业研发费用加计扣除比例从75%提高到100%。";
        let r = analyze(text);
        let k: Vec<(f64, &str, Option<i32>)> =
            r.indicators.iter().map(|i| (i.value, i.kind.as_str(), i.year)).collect();
        assert_eq!(k, vec![(75.0, "actual", None), (100.0, "target", Some(2022))]);
    }

    #[test]
    fn every_value_of_a_list_takes_the_first_ones_measure() {
        let got = figures("电子信息、新材料产业增加值分别同比增长29.2%、16.5%、16%、17.6%和33%。");
        assert!(got.iter().all(|g| g.3 == "change"), "{got:?}");
    }

    #[test]
    fn a_growth_after_the_figure_makes_it_a_change() {
        let got = figures("战略性新兴产业营收保持20%以上增长。实现5.5%左右的预期增长目标。");
        let got: Vec<(&str, &str)> = got.iter().map(|g| (g.0.as_str(), g.3)).collect();
        assert_eq!(got, vec![("战略性新兴产业营收", "change"), ("预期增长目标", "change")]);
    }

    #[test]
    fn a_year_dates_only_its_own_figures() {
        let r = analyze(
            "一、2018年工作回顾\nPM2.5平均浓度由2017年的76微克/立方米降至64微克/立方米。与雄安新区毗邻的4个乡镇纳入规划（2018—2035年）。",
        );
        let got: Vec<(f64, &str, Option<i32>)> =
            r.indicators.iter().map(|i| (i.value, i.unit.as_str(), i.year)).collect();
        assert_eq!(got, vec![(76.0, "μg/m³", Some(2017)), (64.0, "μg/m³", Some(2018)), (4.0, "个", Some(2018))]);
    }

    #[test]
    fn the_noun_counted_ends_before_what_is_said_of_it() {
        assert_extracts("县内30个工作专班迅速与安新县对接。", &[("县内工作专班", 30.0, "个")]);
        assert_extracts("奋斗镇4000平方米保鲜库投入使用。", &[("奋斗镇保鲜库", 4000.0, "m²")]);
        // a designation defines what is counted
        assert_extracts("10家企业被认定为高新技术企业。", &[("企业被认定为高新技术企业", 10.0, "家")]);
    }

    #[test]
    fn modifiers_and_examples_before_the_count() {
        assert_extracts(
            "吸引20个国家和地区的419家企业参展。",
            &[("吸引国家和地区", 20.0, "个"), ("企业", 419.0, "家")],
        );
        assert_extracts("成功引进吉利控股集团等20户企业入驻园区。", &[("引进企业", 20.0, "户")]);
        assert_extracts(
            "实施总装机26.9万千瓦光伏项目9个。",
            &[("实施总装机", 269000.0, "kW"), ("光伏项目", 9.0, "个")],
        );
    }

    #[test]
    fn an_investment_is_of_the_thing_named_before() {
        assert_extracts(
            "哈克镇生态奶源基地建设初具规模，完成投资3340万元。",
            &[("哈克镇生态奶源基地建设初具规模投资", 3.34e7, "CNY")],
        );
        assert_extracts(
            "总投资18.8亿元的棚户区改造异地安置工程，当年完成投资6.87亿元。",
            &[("棚户区改造异地安置工程总投资", 1.88e9, "CNY"), ("棚户区改造异地安置工程投资", 6.87e8, "CNY")],
        );
    }

    #[test]
    fn people_counted_by_their_noun() {
        assert_extracts("国家助学贷款惠及500多万在校生。", &[("国家助学贷款惠及在校生", 5e6, "在校生")]);
    }

    #[test]
    fn unit_less_figures_are_diagnosed() {
        let r = analyze("脱贫人口务工规模超过3300万，城镇新增就业1200万人。");
        assert_eq!(r.indicators.len(), 1);
        assert_eq!(r.diagnostics.len(), 1);
        assert_eq!(r.diagnostics[0].message, "3300万 has no unit and is not listed");
    }

    #[test]
    fn a_second_list_follows_the_subjects_of_the_first() {
        assert_extracts(
            "城镇、农村常住居民人均可支配收入分别达45300元、19400元,增长3.6%、7.8%。",
            &[
                ("城镇常住居民人均可支配收入", 45300.0, "CNY"),
                ("农村常住居民人均可支配收入", 19400.0, "CNY"),
                ("城镇常住居民人均可支配收入", 3.6, "%"),
                ("农村常住居民人均可支配收入", 7.8, "%"),
            ],
        );
    }

    #[test]
    fn a_year_that_opens_the_paragraph() {
        let r = analyze("刚刚过去的2017年，国内生产总值增长6.9%，城镇新增就业1351万人。");
        let years: Vec<Option<i32>> = r.indicators.iter().map(|i| i.year).collect();
        assert_eq!(years, vec![Some(2017), Some(2017)]);
    }

    #[test]
    fn an_attribute_takes_the_subject_before_it() {
        assert_extracts(
            "中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元。",
            &[("中央对地方转移支付", 1.5e12, "CNY"), ("中央对地方转移支付规模", 9.8e12, "CNY")],
        );
    }

    #[test]
    fn a_figure_shared_by_a_list() {
        let f = figures("单位国内生产总值能耗、水耗均下降20%以上。");
        assert_eq!((f[0].0.as_str(), f[0].1), ("单位国内生产总值能耗、水耗", -20.0));
    }

    #[test]
    fn a_cut_before_what_it_cuts() {
        let f = figures("压减政府性基金项目30%。");
        assert_eq!((f[0].1, f[0].3), (-30.0, "change"));
    }

    #[test]
    fn respectively_with_shared_heads() {
        assert_extracts(
            "一般公共预算收入和支出分别达4.78亿元、20.2亿元，分别增长6.9%、0.8%。",
            &[
                ("一般公共预算收入", 4.78e8, "CNY"),
                ("一般公共预算支出", 2.02e9, "CNY"),
                ("一般公共预算收入", 6.9, "%"),
                ("一般公共预算支出", 0.8, "%"),
            ],
        );
        assert_extracts(
            "城镇、农村常住居民人均可支配收入分别达45300元、19400元。",
            &[("城镇常住居民人均可支配收入", 45300.0, "CNY"), ("农村常住居民人均可支配收入", 19400.0, "CNY")],
        );
    }

    #[test]
    fn programme_names_and_comparisons_do_not_set_the_kind() {
        let f = figures("2021年工作回顾\n提高学生营养改善计划补助标准，3700多万学生受益。");
        assert_eq!(f[0].4, "actual");
    }

    #[test]
    fn a_budget_benchmark_names_nothing() {
        // cut from tests/data/zh-genres (Haikou, Sanming, Shizuishan budgets)
        for (name, benchmark) in
            [("预算", true), ("年度预算", true), ("占年度调整预算", true), ("变动预算", true), ("税收收入", false)]
        {
            assert_eq!(super::is_benchmark(name), benchmark, "{name}");
        }
        let f = figures("全市地方一般公共预算收入253.8亿元，为预算的95.4%，下降1.7%；");
        assert_eq!(f[1].0, "地方一般公共预算收入");
        assert_eq!(f[2].0, "地方一般公共预算收入");
    }
}
