//! The structure of a report: headings, sections, and which part speaks of
//! the year under review (results) and which of the coming year (targets).
//!
//! Works on the lines of the original text, before normalization, because
//! line breaks are what mark a heading; the normalizer keeps a hard break
//! after each heading found here.

use std::sync::LazyLock;

use crate::lexicon::{Key, Lexicon};
use crate::normalize::{ends_sentence, fold, is_cjk};

/// Whether a part of the report reviews the past year or plans the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Review,
    Plan,
}

/// A heading line.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    /// 1 for `一、`, 2 for `（一）`, 3 for `1.`, `■` and bold runs.
    pub level: u8,
    pub title: String,
    /// Original char offsets of the line.
    pub start: usize,
    pub end: usize,
}

/// A point in the text from which a period holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PeriodMark {
    pub at: usize,
    pub period: Period,
    pub year: Option<i32>,
}

/// What the structure pass finds.
#[derive(Debug, Clone, Default)]
pub struct Structure {
    pub headings: Vec<Heading>,
    pub marks: Vec<PeriodMark>,
    /// Original offsets of line breaks that end a heading.
    pub hard_breaks: Vec<usize>,
    pub report_year: Option<i32>,
    pub review_year: Option<i32>,
    pub plan_year: Option<i32>,
}

const REVIEW_CUES: &[&str] =
    &["执行情况", "完成情况", "工作回顾", "回顾", "过去一年", "过去五年", "一年来", "工作总结", "Review", "review"];
const PLAN_CUES: &[&str] = &[
    "工作安排",
    "今年政府工作",
    "工作的建议",
    "主要工作",
    "今后五年",
    "新的一年",
    "下一步",
    "主要预期目标",
    "预期目标",
    "主要目标",
    "总体要求",
    "工作任务",
    "重点工作",
    "工作建议",
    "计划",
    "今年工作",
    "为实现上述目标",
    "目标任务",
    "展望",
];
/// Cues that open a plan passage inside a paragraph (not only in headings).
const PLAN_LINE_CUES: &[&str] = &[
    "主要预期目标",
    "预期目标为",
    "预期目标是",
    "主要目标是",
    "主要目标为",
    "为实现上述目标",
    "今年工作的总体要求",
    "今年政府工作",
    "做好今年",
    "今年是",
    "今年经济社会发展",
    "工作总体要求",
];
const REVIEW_LINE_CUES: &[&str] = &["过去一年", "一年来", "回顾过去", "去年以来"];

/// The line without the decoration around it (`■`, `#`, `**`).
fn undecorated(line: &str) -> &str {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let t = t.trim_start_matches(|c: char| {
        matches!(c, '#' | '■' | '□' | '●' | '◆' | '◇' | '▲' | '★' | '*' | '>' | '-') || c.is_whitespace()
    });
    t.trim_end_matches(|c: char| c == '*' || c.is_whitespace())
}

/// The clean line: undecorated, white space removed.
fn strip_decoration(line: &str) -> String {
    undecorated(line).chars().filter(|c| !c.is_whitespace() && *c != '\u{3000}').collect()
}

/// The first `keep` characters of the clean line (see [`strip_decoration`])
/// into `head`, without reading the rest of a long line: its length in
/// characters, counted to `keep + 1` at most, and its last character.
fn clean_head(line: &str, keep: usize, head: &mut Vec<char>) -> (usize, Option<char>) {
    let kept = |c: &char| !c.is_whitespace() && *c != '\u{3000}';
    head.clear();
    let t = undecorated(line);
    let mut len = 0;
    for c in t.chars().filter(kept).take(keep + 1) {
        if len < keep {
            head.push(c);
        }
        len += 1;
    }
    (len, t.chars().rev().find(kept))
}

static PLAN: LazyLock<Lexicon<&str>> = LazyLock::new(|| Lexicon::new(PLAN_CUES, |w| w, Key::First));
static REVIEW: LazyLock<Lexicon<&str>> = LazyLock::new(|| Lexicon::new(REVIEW_CUES, |w| w, Key::First));
/// Headings of the budget part of a budget report (`二、2026年预算草案`).
static BUDGET_PLAN_WORDS: LazyLock<Vec<&str>> =
    LazyLock::new(|| crate::lexicon::words(crate::lexicon::ZH_BUDGET_PLAN_HEADINGS));
static BUDGET_PLAN: LazyLock<Lexicon<&str>> = LazyLock::new(|| Lexicon::new(&BUDGET_PLAN_WORDS, |w| w, Key::First));
/// Title words of a statistical communiqué (`统计公报`).
static COMMUNIQUE: LazyLock<Vec<&str>> = LazyLock::new(|| crate::lexicon::words(crate::lexicon::ZH_COMMUNIQUE_TITLES));
static PLAN_LINE: LazyLock<Lexicon<&str>> = LazyLock::new(|| Lexicon::new(PLAN_LINE_CUES, |w| w, Key::First));

/// The index (in characters) of the first plan cue in `s`.
fn first_plan_cue(s: &[char]) -> Option<usize> {
    let cues = &*PLAN_LINE;
    (0..s.len()).find(|&i| cues.starting_at(s, i).next().is_some())
}

fn years_in(s: &str) -> Vec<i32> {
    let c: Vec<char> = s.chars().map(fold).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 <= c.len() {
        if c[i..i + 4].iter().all(|d| d.is_ascii_digit())
            && (i == 0 || !c[i - 1].is_ascii_digit())
            && c.get(i + 4).is_none_or(|d| !d.is_ascii_digit())
        {
            let y: i32 = c[i..i + 4].iter().collect::<String>().parse().unwrap_or(0);
            if (1949..=2100).contains(&y) && matches!(c.get(i + 4), Some('年')) {
                out.push(y);
            }
            i += 4;
        } else {
            i += 1;
        }
    }
    out
}

/// True when a line holds a figure other than a year (`增长8%`, `138个`):
/// such a short line is a sentence, not a title.
fn has_figure(line: &str) -> bool {
    let c: Vec<char> = line.chars().map(fold).collect();
    let mut i = 0;
    while i < c.len() {
        if c[i] == '%' {
            return true;
        }
        if c[i].is_ascii_digit() {
            let s = i;
            while i < c.len() && c[i].is_ascii_digit() {
                i += 1;
            }
            if !(i - s == 4 && c.get(i) == Some(&'年')) {
                return true;
            }
        } else {
            i += 1;
        }
    }
    false
}

/// The heading level of a decorated or numbered line, or `None`.
fn heading_level(raw: &str, clean: &str, prev_ends: bool, next: &str) -> Option<u8> {
    let t = raw.trim();
    let len = clean.chars().count();
    if len == 0 || len > 60 {
        return None;
    }
    let mut cs = clean.chars();
    let first = cs.next()?;
    let inner_stop = clean.chars().take(len.saturating_sub(1)).any(|c| matches!(c, '。' | '！' | '？'));
    if t.starts_with('#') {
        return Some(t.chars().take_while(|&c| c == '#').count().min(4) as u8);
    }
    if t.starts_with("**") && t.ends_with("**") && len <= 40 {
        return Some(3);
    }
    if matches!(first, '■' | '□' | '●' | '◆' | '◇' | '▲' | '★') || t.starts_with(['■', '□', '●', '◆', '◇', '▲', '★'])
    {
        return (len <= 40 && !inner_stop).then_some(3);
    }
    // 一、 二、
    let cn: String = clean.chars().take_while(|c| "一二三四五六七八九十".contains(*c)).collect();
    if !cn.is_empty() && clean[cn.len()..].starts_with('、') {
        return (len <= 40 && !inner_stop).then_some(1);
    }
    // （一） (一)
    if matches!(first, '(' | '（') {
        let rest: String = clean.chars().skip(1).take_while(|c| "一二三四五六七八九十".contains(*c)).collect();
        if !rest.is_empty() && matches!(clean.chars().nth(1 + rest.chars().count()), Some(')' | '）')) {
            return (len <= 40 && !inner_stop).then_some(2);
        }
    }
    // 1. 1、 1．
    let digits: String = clean.chars().map(fold).take_while(|c| c.is_ascii_digit()).collect();
    if !digits.is_empty() && digits.len() <= 2 {
        let after = clean.chars().map(fold).nth(digits.len());
        let after2 = clean.chars().map(fold).nth(digits.len() + 1);
        if matches!(after, Some('.' | '、')) && after2.is_some_and(|c| !c.is_ascii_digit()) {
            return (len <= 30 && !inner_stop && !clean.ends_with(['。', '.'])).then_some(3);
        }
    }
    // A short line standing alone: a title or a plain heading.
    let last = clean.chars().last()?;
    let cjk = clean.chars().filter(|&c| is_cjk(c)).count();
    // A line that runs on into the next (a PDF line break) is no heading:
    // the next line then starts with a digit or a lower-case word.
    let next_first = next.trim_start().chars().next();
    let next_year_heading = {
        let n: Vec<char> = next.trim_start().chars().map(fold).take(5).collect();
        n.len() == 5 && n[..4].iter().all(|c| c.is_ascii_digit()) && n[4] == '年'
    };
    // `7.Last year, …`: a numbered paragraph follows, not a run-on line
    let numbered = {
        let n: Vec<char> = next.trim_start().chars().map(fold).take(4).collect();
        let d = n.iter().take_while(|c| c.is_ascii_digit()).count();
        (1..=3).contains(&d) && n.get(d) == Some(&'.') && n.get(d + 1).is_some_and(|c| c.is_alphabetic() || *c == ' ')
    };
    let runs_on = !next_year_heading
        && !numbered
        && next_first.is_some_and(|c| c.is_lowercase() || fold(c).is_ascii_digit() || fold(c) == '%');
    if prev_ends && !runs_on && !ends_sentence(last) && !matches!(last, '，' | ',' | '、') && !inner_stop {
        if cjk * 2 >= len
            && len <= 30
            && !has_figure(clean)
            && !clean.contains(['，', ','])
            && !last.is_ascii_digit()
            && !"超达的和及与为在了至到约近逾".contains(last)
        {
            return Some(1);
        }
        let words: Vec<&str> = raw.split_whitespace().collect();
        let long: Vec<&&str> =
            words.iter().filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic)).collect();
        let title_case =
            long.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count() * 5 >= long.len() * 3;
        if cjk == 0
            && len <= 60
            && first.is_uppercase()
            && words.len() <= 10
            && title_case
            && !next.trim().is_empty() | next.trim().is_empty()
        {
            return Some(2);
        }
    }
    None
}

/// Finds headings and periods in `text`.
pub fn analyze_structure(text: &str) -> Structure {
    let mut s = Structure::default();
    let mut offset = 0usize; // char offset of the line start
    let mut prev_ends = true;
    let mut review_years = Vec::new();
    let mut plan_years = Vec::new();
    let mut title_years = Vec::new();
    // lines with text so far: a title block spaced by blank lines is still
    // the title block (the wikisource copies of the national reports)
    let mut filled = 0usize;
    // the year of a statistical communiqué's title: every figure is of it
    let mut communique_year = None;
    let lines: Vec<&str> = text.split('\n').collect();
    let mut head = String::new();
    let mut head_chars = Vec::new();
    for (lineno, line) in lines.iter().enumerate() {
        let line = *line;
        let llen = line.chars().count();
        // the clean line; only its head when it is too long for a heading
        const HEAD: usize = 80;
        let (clean_len, last) = clean_head(line, HEAD, &mut head_chars);
        if clean_len > 0 {
            // as text only where a heading may stand or a cue is found
            let as_text = |head: &mut String| {
                head.clear();
                head.extend(head_chars.iter());
            };
            filled += 1;
            let title_block = lineno < 5 || filled <= 5;
            if clean_len <= 60 || title_block {
                as_text(&mut head);
            }
            let clean = head.as_str();
            // `heading_level` refuses a line of more than 60 characters
            let is_heading = if clean_len <= 60 {
                let next = lines[lineno + 1..].iter().find(|l| !l.trim().is_empty()).copied().unwrap_or("");
                heading_level(line, clean, prev_ends, next)
            } else {
                None
            };
            if title_block {
                let clean = if clean_len <= HEAD { clean.to_string() } else { strip_decoration(line) };
                // the title, or the date line under it (`——2023年3月5日在第十四届全国人民代表大会第一次会议上`)
                let date_line = clean.contains("人民代表大会") && clean.contains("会议上");
                if clean.contains("政府工作报告") || clean.contains("工作报告") || date_line {
                    title_years.extend(years_in(&clean));
                }
                if communique_year.is_none() && COMMUNIQUE.iter().any(|w| clean.contains(w)) {
                    communique_year = years_in(&clean).first().copied();
                }
            }
            if let Some(level) = is_heading {
                let title = clean.trim_end_matches(['：', ':']).to_string();
                let folded: Vec<char> = title.chars().map(fold).collect();
                let has = |lex: &Lexicon<&str>| (0..folded.len()).any(|i| lex.starting_at(&folded, i).next().is_some());
                let has_word = |w: &str| (0..folded.len()).any(|i| crate::unit::starts_with(&folded, i, w));
                let plan = has(&PLAN) || has(&BUDGET_PLAN);
                let both = (has_word("成就") || has_word("回顾")) && plan;
                let period = if both {
                    None // `“十三五”时期发展成就和“十四五”时期主要目标任务`: the sentences decide
                } else if has(&REVIEW) {
                    Some(Period::Review)
                } else if plan {
                    Some(Period::Plan)
                } else if level == 1
                    && has_word("工作")
                    && years_in(&title).first().is_some_and(|y| review_years.last().is_some_and(|r| y > r))
                {
                    // `2024年重点工作` after `2023年工作回顾`: a later year's work
                    Some(Period::Plan)
                } else {
                    None
                };
                if let Some(p) = period {
                    let y = years_in(&title).first().copied();
                    s.marks.push(PeriodMark { at: offset, period: p, year: y });
                    if let Some(y) = y {
                        if p == Period::Review {
                            review_years.push(y)
                        } else {
                            plan_years.push(y)
                        }
                    }
                }
                s.headings.push(Heading { level, title, start: offset, end: offset + llen });
                s.hard_breaks.push(offset + llen);
                if offset > 0 {
                    s.hard_breaks.push(offset - 1);
                }
            } else {
                // Cues inside a paragraph open a period from the cue on.
                if let Some(k) = first_plan_cue(&head_chars) {
                    as_text(&mut head);
                    let head = head.as_str();
                    let pos: usize = head_chars[..k].iter().map(|c| c.len_utf8()).sum();
                    let at = offset + k;
                    let y = years_in(&head[..pos + 3.min(head.len() - pos)])
                        .last()
                        .copied()
                        .or_else(|| years_in(head).first().copied());
                    if let Some(y) = y {
                        plan_years.push(y);
                    }
                    s.marks.push(PeriodMark { at, period: Period::Plan, year: y });
                } else if REVIEW_LINE_CUES.iter().any(|c| crate::unit::starts_with(&head_chars, 0, c)) {
                    s.marks.push(PeriodMark { at: offset, period: Period::Review, year: None });
                }
            }
            let last = last.unwrap_or('。');
            prev_ends = is_heading.is_some() || ends_sentence(last) || matches!(last, '"' | '”' | ')' | '）');
        } else {
            prev_ends = true;
        }
        offset += llen + 1;
    }
    s.marks.sort_by_key(|m| m.at);
    s.hard_breaks.sort_unstable();
    s.hard_breaks.dedup();
    let plan = plan_years.first().copied();
    let review = review_years.first().copied();
    s.plan_year = plan.or(review.map(|y| y + 1)).or(title_years.first().copied());
    s.review_year = review.or(s.plan_year.map(|y| y - 1));
    s.report_year = title_years.first().copied().or(s.plan_year);
    if let Some(y) = communique_year {
        // a communiqué reviews its year throughout, whatever its headings say
        s.marks = vec![PeriodMark { at: 0, period: Period::Review, year: Some(y) }];
        s.review_year = Some(y);
        s.plan_year = Some(y + 1);
        s.report_year = Some(y);
    }
    s
}

impl Structure {
    /// The innermost heading whose line starts at or before `at`.
    pub fn section_at(&self, at: usize) -> &str {
        let idx = self.headings.partition_point(|h| h.start <= at);
        if idx == 0 {
            ""
        } else {
            &self.headings[idx - 1].title
        }
    }

    /// The period in force at `at`, with its year.
    pub fn period_at(&self, at: usize) -> Option<(Period, Option<i32>)> {
        let idx = self.marks.partition_point(|m| m.at <= at);
        if idx == 0 {
            return None;
        }
        let m = self.marks[idx - 1];
        let y = m.year.or(match m.period {
            Period::Review => self.review_year,
            Period::Plan => self.plan_year,
        });
        Some((m.period, y))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // tests/data/unlabeled/zh-guangdong-2026.txt: lines 1 and 7, a sentence of line 12, lines 60 and 65
    const REPORT: &str = concat!(
        "政府工作报告\n",
        "一、2025年和“十四五”时期工作回顾\n",
        "办好“跟着全运游广东”系列活动，推出广东文旅地图、购物地图、美食地图、健身地图，预计全年接待游客9.6亿人次、增长10.3%，旅游总收入1.24万亿元、增长12.5%，口岸出入境人员达5.2亿人次、增长13.2%，其中外国游客增长34.9%，抵离口岸的交通工具达2813.8万辆（艘、架、列）次。\n",
        "三、2026年工作安排\n",
        "服务“一国两制”大局，紧扣新发展格局的战略支点、高质量发展的示范地、中国式现代化的引领地“一点两地”全新定位，发挥好主力军和火车头作用，着力深化粤港澳合作，携手建设世界级的大湾区、发展最好的湾区。\n"
    );

    #[test]
    fn headings_and_levels() {
        let s = analyze_structure(REPORT);
        let titles: Vec<(&str, u8)> = s.headings.iter().map(|h| (h.title.as_str(), h.level)).collect();
        assert_eq!(
            titles,
            vec![("政府工作报告", 1), ("一、2025年和“十四五”时期工作回顾", 1), ("三、2026年工作安排", 1),]
        );
        // tests/data/zh-genres-hold/corpus/city-lvliang-budget-2019.txt, lines 7, 9 and 10
        let s =
            analyze_structure("一、2018年全市和市本级预算执行情况\n（一）一般公共预算执行情况\n1、全市预算执行情况\n");
        let titles: Vec<(&str, u8)> = s.headings.iter().map(|h| (h.title.as_str(), h.level)).collect();
        assert_eq!(
            titles,
            vec![
                ("一、2018年全市和市本级预算执行情况", 1),
                ("（一）一般公共预算执行情况", 2),
                ("1、全市预算执行情况", 3)
            ]
        );
    }

    #[test]
    fn periods_and_years() {
        let s = analyze_structure(REPORT);
        let at = REPORT.chars().count() - 5;
        assert_eq!(s.period_at(at), Some((Period::Plan, Some(2026))));
        let at = REPORT.find("全年").map(|b| REPORT[..b].chars().count()).unwrap();
        assert_eq!(s.period_at(at), Some((Period::Review, Some(2025))));
        assert_eq!(s.section_at(at), "一、2025年和“十四五”时期工作回顾");
    }

    #[test]
    fn a_short_line_with_a_figure_is_no_heading() {
        let s = analyze_structure("地区生产总值增长8%\n");
        assert!(s.headings.is_empty());
        // tests/data/unlabeled/zh-county-miyi-2023.txt, the end of line 48 to the first sentence of line 50
        let s = analyze_structure(
            "对此，我们将采取更加有力措施，推动相关工作。\n2023年工作安排\n今年是全面贯彻党的二十大精神的开局之年，",
        );
        assert_eq!(s.headings.len(), 1);
    }

    #[test]
    fn long_numbered_paragraphs_are_not_headings() {
        // tests/data/en-fresh/corpus/en-hongkong-budget-2019.txt, paragraph 22 (its number run in)
        let s = analyze_structure(
            "22.The uncertain global economic outlook this year will restrain Hong Kong's economic performance.\n",
        );
        assert!(s.headings.is_empty());
        // tests/data/corpus/en-india-budget-2016.txt, paragraph 16 (its number on a line of its own)
        let s = analyze_structure(
            "Irrigation is a critical input for increasing agriculture production and\nproductivity. Out of 141 million \
             hectares of net cultivated area in the\ncountry, only 46% is covered with irrigation.\n",
        );
        assert!(s.headings.is_empty());
    }

    #[test]
    fn targets_passage_opens_plan() {
        // tests/data/corpus/jintan-2023.txt
        let t = "2023年全区经济社会发展的预期目标为:地区生产总值增长8%";
        let s = analyze_structure(t);
        assert_eq!(s.period_at(20), Some((Period::Plan, Some(2023))));
    }

    #[test]
    fn a_budget_draft_heading_opens_the_plan_of_its_year() {
        // cut from tests/data/zh-genres (Haikou 2026, Shizuishan 2026, Sanming 2020)
        for (t, year) in [
            ("一、2025年预算执行情况\n正文。\n二、2026年预算草案\n正文。", 2026),
            ("一、2025 年预算执行情况\n正文。\n二、2026 年预算草案\n正文。", 2026),
            ("一、2019年预算执行情况\n正文。\n二、2020年预算草案\n正文。", 2020),
        ] {
            let s = analyze_structure(t);
            assert_eq!(s.period_at(2), Some((Period::Review, Some(year - 1))), "{t}");
            assert_eq!(s.period_at(t.chars().count() - 2), Some((Period::Plan, Some(year))), "{t}");
        }
    }

    #[test]
    fn a_communique_reviews_its_title_year_throughout() {
        // cut from tests/data/zh-genres (Luoyang 2023, Urumqi 2025)
        for (t, year) in [
            ("2023年洛阳市国民经济和社会发展统计公报①\n\n洛阳市统计局\n一、综合\n正文。", 2023),
            ("乌鲁木齐市2025年国民经济和社会发展统计公报\n一、综合\n正文。", 2025),
        ] {
            let s = analyze_structure(t);
            assert_eq!(s.period_at(t.chars().count() - 2), Some((Period::Review, Some(year))), "{t}");
            assert_eq!(s.report_year, Some(year));
        }
    }
}
