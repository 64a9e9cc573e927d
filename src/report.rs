//! The report object of `shared/spec/panel.md`: whose report a text is, at
//! which level, of which year and kind, read from its title block and text.
//! Every field is `null` where the text does not say; nothing is a default.
//!
//! **Government**, Chinese, the first of these that the text holds:
//! 1. the session it was given to, `在保定市第十六届人民代表大会…` (`全国人民代表大会`
//!    is `中国`), within the first 1,500 characters;
//! 2. the speaker's office, `高阳县人民政府县长`, `代表高阳县人民政府`;
//! 3. `国务院总理` or `代表国务院` → `中国`;
//! 4. a title line `…政府工作报告` that names a government;
//! 5. a SAR or Taiwan (`src/lexicon/governments.tsv`) named in the title
//!    block (the first ten lines): `香港特别行政区`.
//!
//! A name that holds several (`呼伦贝尔市海拉尔区`) gives the last
//! (`海拉尔区`). English: `Government of Fiji`, `State of Maine` and the like
//! in the first 3,000 characters; else the gazetteer's government that the
//! first 20,000 characters name most, when they name it at least three
//! times and twice as often as any other.
//!
//! **Level**: the gazetteer's, else the suffix (`省`/`自治区` province, `市`,
//! `州`, `盟`, `地区` city, `县`/`旗` county, `区` district).
//!
//! **Document**: the first cue of the title block (the first 1,000
//! characters): `政府工作报告`/`State of the State` work report, `预算`/`Budget
//! Speech` budget, `统计公报` statistics, `计划执行情况` plan, `Economic Survey`
//! and other reports other.

use std::sync::OnceLock;

use serde::Serialize;

/// Whose report, of which year and kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct ReportInfo {
    /// The file name (or the name the page shows); set by the caller.
    pub source: Option<String>,
    /// The government that wrote it, as the text names it, without `人民政府`.
    pub government: Option<String>,
    /// `national`, `province`, `city`, `county`, `district`, `sar`, `state`, `other`.
    pub level: Option<&'static str>,
    /// The year the report is given in.
    pub report_year: Option<i32>,
    /// `work_report`, `budget`, `statistics`, `plan` or `other`.
    pub document: Option<&'static str>,
    /// `zh` or `en`.
    pub language: &'static str,
}

/// One government of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Government {
    pub name: &'static str,
    pub level: &'static str,
    pub currency: &'static str,
    pub aliases: Vec<&'static str>,
}

const GAZETTEER: &str = include_str!("lexicon/governments.tsv");

/// The governments of the gazetteer, parsed once.
pub fn governments() -> &'static [Government] {
    static G: OnceLock<Vec<Government>> = OnceLock::new();
    G.get_or_init(|| {
        GAZETTEER
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut c = l.split('\t');
                let (name, level, currency) = (c.next()?, c.next()?, c.next()?);
                let aliases = c.next().map(|a| a.split('|').filter(|a| !a.is_empty()).collect()).unwrap_or_default();
                Some(Government { name, level, currency, aliases })
            })
            .collect()
    })
}

/// The gazetteer's entry for a government's name (or one of its other names).
pub fn government(name: &str) -> Option<&'static Government> {
    governments().iter().find(|g| g.name == name || g.aliases.contains(&name))
}

/// The currency of a government's reports (ISO 4217): the gazetteer's, or
/// `CNY` for a Chinese government the gazetteer does not list. What a bare
/// `$`, `元` or `Rs.` of its report means.
pub fn currency_of(government_name: &str) -> Option<&'static str> {
    if let Some(g) = government(government_name) {
        return Some(g.currency);
    }
    chinese_level(government_name).map(|_| "CNY")
}

/// The currency of the detected report's government.
pub fn report_currency(info: &ReportInfo) -> Option<&'static str> {
    currency_of(info.government.as_deref()?)
}

/// The report object of `text` (`source` left to the caller).
pub fn read(text: &str, report_year: Option<i32>, language: &'static str) -> ReportInfo {
    let head: String = text.chars().take(20_000).collect();
    let name = if language == "zh" { chinese_government(&head) } else { english_government(&head) };
    let level = name.as_deref().and_then(|g| government(g).map(|g| g.level).or_else(|| chinese_level(g)));
    ReportInfo { source: None, level, government: name, report_year, document: document(&head), language }
}

const SUFFIXES: &[(&str, &str)] = &[
    ("特别行政区", "sar"),
    ("自治区", "province"),
    ("自治州", "city"),
    ("自治县", "county"),
    ("自治旗", "county"),
    ("地区", "city"),
    ("省", "province"),
    ("市", "city"),
    ("州", "city"),
    ("盟", "city"),
    ("县", "county"),
    ("旗", "county"),
    ("区", "district"),
];

/// The level a Chinese government's name says by its suffix.
fn chinese_level(name: &str) -> Option<&'static str> {
    if name.chars().count() < 2 || !name.chars().all(crate::normalize::is_cjk) {
        return None;
    }
    SUFFIXES.iter().find(|(s, _)| name.ends_with(s)).map(|(_, l)| *l)
}

/// The last government of a name that holds several (`呼伦贝尔市海拉尔区` →
/// `海拉尔区`): cut after the last `省`, `自治区`, `市`, `盟` or `自治州` that
/// leaves at least two characters.
fn last_unit(name: &str) -> &str {
    if name.ends_with("特别行政区") || government(name).is_some() {
        return name;
    }
    let chars: Vec<(usize, char)> = name.char_indices().collect();
    let n = chars.len();
    for k in (0..n.saturating_sub(2)).rev() {
        let (b, c) = chars[k];
        let end = b + c.len_utf8();
        let boundary =
            matches!(c, '省' | '市' | '盟') || name[..end].ends_with("自治区") || name[..end].ends_with("自治州");
        // 州市 and 市中区 are one name, not two
        if boundary && k >= 1 && n - k > 2 && !matches!(chars[k + 1].1, '市' | '区' | '县') {
            return &name[end..];
        }
    }
    name
}

/// The Chinese characters that end at byte `end` of `s`, at most `max`.
fn cjk_before(s: &str, end: usize, max: usize) -> &str {
    let mut start = end;
    for (b, c) in s[..end].char_indices().rev() {
        if !('\u{4E00}'..='\u{9FFF}').contains(&c) || s[b..end].chars().count() > max {
            break;
        }
        start = b;
    }
    &s[start..end]
}

/// Words before a government's name that are not part of it (`受省人民政府委托`,
/// `我代表州人民政府`).
const LEAD_WORDS: &[&str] = &["现在", "现将", "我代表", "代表", "受", "向", "由", "经", "将", "在"];

/// The government that `s` ends with, by its suffix (`…在保定市` → `保定市`,
/// `呼伦贝尔市海拉尔区` → `海拉尔区`); none for a bare `省` or `全市`.
fn named(s: &str) -> Option<String> {
    let mut s = s.strip_suffix("人民政府").or_else(|| s.strip_suffix("政府")).unwrap_or(s);
    if let Some(p) = s.rfind('在') {
        s = &s[p + '在'.len_utf8()..];
    }
    loop {
        let before = s;
        for w in LEAD_WORDS {
            s = s.strip_prefix(w).unwrap_or(s);
        }
        if s == before {
            break;
        }
    }
    if s == "全国" {
        return Some("中国".into());
    }
    if s.starts_with(['全', '本', '我', '该', '各', '省', '市', '县', '区', '州']) {
        return None;
    }
    chinese_level(s)?;
    Some(last_unit(s).to_string())
}

fn chinese_government(head: &str) -> Option<String> {
    let block: String = head.chars().take(1500).filter(|c| !c.is_whitespace()).map(crate::normalize::fold).collect();
    // 1. the session: 在保定市第十六届人民代表大会 (在 before the name)
    for (b, _) in block.match_indices("人民代表大会") {
        let before = &block[..b];
        if before.ends_with("全国") {
            return Some("中国".into());
        }
        if let Some(p) = before.rfind('第') {
            let ordinal = &before[p + '第'.len_utf8()..];
            let run = cjk_before(before, p, 16);
            if ordinal.ends_with('届') && ordinal.chars().count() <= 5 && run.contains('在') {
                if let Some(g) = named(run) {
                    return Some(g);
                }
            }
        }
    }
    // 2. the speaker's office: 高阳县人民政府县长, 代表高阳县人民政府
    for (b, _) in block.match_indices("人民政府") {
        if let Some(g) = named(cjk_before(&block, b, 16)) {
            return Some(g);
        }
    }
    // 3. the State Council
    if block.contains("国务院总理") || block.contains("代表国务院") {
        return Some("中国".into());
    }
    // 4. a title: 金坛区《政府工作报告》, 陕西省2025年国民经济和社会发展计划
    for cue in ["政府工作报告", "年国民经济和社会发展计划", "年政府工作报告"] {
        for (b, _) in block.match_indices(cue) {
            let before = block[..b].trim_end_matches(['《', '“', '"']).trim_end_matches('年');
            let before = before.trim_end_matches(|c: char| c.is_ascii_digit());
            if let Some(g) = named(cjk_before(before, before.len(), 16)) {
                return Some(g);
            }
        }
    }
    // 5. a SAR (or Taiwan) of the gazetteer in the title block; not 中国 or
    // 北京, which a title block names in passing (中国式现代化)
    let title: String = head.lines().take(10).collect::<Vec<_>>().join("\n");
    governments()
        .iter()
        .filter(|g| matches!(g.level, "sar" | "other"))
        .filter_map(|g| {
            std::iter::once(g.name)
                .chain(g.aliases.iter().copied())
                .filter(|n| n.chars().any(crate::normalize::is_cjk))
                .filter_map(|n| title.find(n))
                .min()
                .map(|at| (at, g.name))
        })
        .min()
        .map(|(_, n)| n.to_string())
}

/// Where `word` stands in `text` as a whole word (not inside `Virginias`).
fn word_at(text: &str, word: &str) -> Vec<usize> {
    text.match_indices(word)
        .filter(|(b, _)| {
            let before = text[..*b].chars().next_back();
            let after = text[b + word.len()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric()) && !after.is_some_and(|c| c.is_alphanumeric())
        })
        .map(|(b, _)| b)
        .collect()
}

fn english_government(head: &str) -> Option<String> {
    let names = |g: &'static Government| {
        std::iter::once(g.name).chain(g.aliases.iter().copied()).filter(|n| n.is_ascii()).collect::<Vec<_>>()
    };
    let opening: String = head.chars().take(3000).collect();
    const LEADS: &[&str] = &["Government of ", "State of ", "Republic of ", "Commonwealth of ", "Province of "];
    let mut best: Option<(usize, usize, &'static str)> = None;
    for g in governments() {
        for n in names(g) {
            for lead in LEADS {
                let phrase = format!("{lead}{}", n.trim_start_matches("the "));
                if let Some(&at) = word_at(&opening, &phrase).first() {
                    // the earliest, and the longest name there (West Virginia, not Virginia)
                    let cand = (at, usize::MAX - phrase.len(), g.name);
                    if best.is_none_or(|b| cand < b) {
                        best = Some(cand);
                    }
                }
            }
        }
    }
    if let Some((_, _, n)) = best {
        return Some(n.to_string());
    }
    // every mention, a shorter name inside a longer one dropped (Virginia in
    // West Virginia, Hong Kong in Hong Kong Special Administrative Region)
    let mut mentions: Vec<(usize, usize, &'static str)> = governments()
        .iter()
        .flat_map(|g| {
            names(g).into_iter().flat_map(move |n| word_at(head, n).into_iter().map(move |b| (b, b + n.len(), g.name)))
        })
        .collect();
    mentions.sort_by_key(|&(b, e, _)| (b, usize::MAX - e));
    let mut counts: Vec<(usize, &'static str)> = Vec::new();
    let mut reach = 0;
    for (b, e, g) in mentions {
        if b < reach {
            continue;
        }
        reach = e;
        match counts.iter_mut().find(|c| c.1 == g) {
            Some(c) => c.0 += 1,
            None => counts.push((1, g)),
        }
    }
    counts.sort_by(|a, b| b.cmp(a));
    match counts.as_slice() {
        [(c, n), rest @ ..] if *c >= 3 && rest.first().is_none_or(|(d, _)| *c >= 2 * d) => Some(n.to_string()),
        _ => None,
    }
}

const DOCUMENT_CUES: &[(&str, &str)] = &[
    ("政府工作报告", "work_report"),
    ("State of the State", "work_report"),
    ("State of the Commonwealth", "work_report"),
    ("计划执行情况", "plan"),
    ("预算执行情况", "budget"),
    ("预算草案", "budget"),
    ("预算报告", "budget"),
    ("Budget Speech", "budget"),
    ("Budget Statement", "budget"),
    ("BUDGET SPEECH", "budget"),
    ("Appropriation Bill", "budget"),
    ("Budget Implementation", "budget"),
    ("BUDGET IMPLEMENTATION", "budget"),
    ("I present the Budget", "budget"),
    ("统计公报", "statistics"),
    ("Statistical Communiqué", "statistics"),
    ("Statistical Communique", "statistics"),
    ("Economic Survey", "other"),
    ("Annual Report", "other"),
];

fn document(head: &str) -> Option<&'static str> {
    let block: String = head.chars().take(1000).filter(|c| *c != ' ' && *c != '\u{3000}').collect();
    DOCUMENT_CUES
        .iter()
        .filter_map(|(cue, kind)| {
            let cue: String = cue.chars().filter(|c| *c != ' ').collect();
            block.find(&cue).map(|at| (at, *kind))
        })
        .min()
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gov(text: &str) -> (Option<String>, Option<&'static str>) {
        let r = read(text, None, crate::detect_language(text));
        (r.government, r.level)
    }

    /// Title blocks cut from the reports in `tests/data/` (and `/tmp`-free:
    /// each string is a line or two of a file there).
    #[test]
    fn chinese_title_blocks() {
        let cases: &[(&str, &str, &str)] = &[
            // zh-fresh/corpus/prefecture-baoding-2022.txt
            ("――2022年1月23日在保定市第十六届人民代表大会第二次会议上\n", "保定市", "city"),
            ("——2024年3月5日在第十四届全国人民代表大会第二次会议上\n", "中国", "national"),
            ("国务院总理　\n李　强\n", "中国", "national"),
            ("高阳县人民政府县长 闫向阳", "高阳县", "county"),
            ("——2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上", "海拉尔区", "district"),
            ("2024年政府工作报告\n\n  ——2024年1月10日在徐州市泉山区第十届\n\n  人民代表大会第三次会议上", "泉山区", "district"),
            ("——在弥勒市第三届人民代表大会第三次会议上", "弥勒市", "city"),
            // zh-fresh/corpus/district-hailar-2019.txt
            ("呼伦贝尔市海拉尔区人民政府代区长  萨国文", "海拉尔区", "district"),
            ("——2023年2月11日在西雙版納傣族自治州第十四屆人民代表大會第三次會議上", "西雙版納傣族自治州", "city"),
            (
                "各位代表:\n受省人民政府委托,现将陕西省2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案提请会",
                "陕西省",
                "province",
            ),
            // unlabeled/county-mouding-2022.txt, line 36
            ("——2022年1月20日在牟定县第十八届人民代表大会第一次会议上", "牟定县", "county"),
        ];
        for (text, name, level) in cases {
            assert_eq!(gov(text), (Some(name.to_string()), Some(*level)), "{text}");
        }
    }

    #[test]
    fn no_government_where_the_text_names_none() {
        // the review opening of the 2023 national report (it starts mid-section)
        assert_eq!(gov("过去一年，我国经济发展遇到疫情等国内外多重超预期因素冲击。"), (None, None));
        // the Hubei 2026 excerpt's opening: 全省 and 省十四届人大 name no government
        assert_eq!(
            gov("刚刚过去的2025年，是“十四五”收官之年。一年来，全省上下锚定支点建设目标，大力推进“支点建设七大战略”实施，统筹推进“改革创新系列行动”，省十四届人大三次会议确定的主要目标顺利实现。"),
            (None, None)
        );
        // a session of "the county" is no name: 全面完成了县第十七届人民代表大会第五次会议确定的目标任务
        assert_eq!(gov("全面完成了县第十七届人民代表大会第五次会议确定的目标任务"), (None, None));
    }

    #[test]
    fn english_governments_of_the_gold_sets() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let cases = [
            ("en-fresh/corpus/en-hongkong-budget-2019.txt", Some("香港特别行政区"), Some("sar"), Some("budget")),
            ("en/corpus/en-singapore-budget-2023.txt", Some("Singapore"), Some("national"), Some("budget")),
            ("en/corpus/en-india-budget-2023.txt", Some("India"), Some("national"), Some("budget")),
            // the speech never names its country
            ("en-fresh/corpus/en-southafrica-budget-2006.txt", None, None, None),
        ];
        for (file, name, level, document) in cases {
            let text = std::fs::read_to_string(root.join(file)).unwrap();
            let r = read(&text, None, "en");
            assert_eq!((r.government.as_deref(), r.level, r.document), (name, level, document), "{file}");
        }
        // a state's name inside a longer one is that one's (West Virginia, not Virginia)
        assert_eq!(word_at("in West Virginia and Virginia", "Virginia").len(), 2);
        assert_eq!(word_at("the Virginias", "Virginia").len(), 0);
    }

    #[test]
    fn currency_follows_the_government() {
        assert_eq!(currency_of("香港特别行政区"), Some("HKD"));
        assert_eq!(currency_of("Fiji"), Some("FJD"));
        assert_eq!(currency_of("Maine"), Some("USD"));
        assert_eq!(currency_of("高阳县"), Some("CNY"));
        assert_eq!(currency_of("India"), Some("INR"));
        assert_eq!(currency_of("Atlantis"), None);
        let info = ReportInfo { government: Some("Singapore".into()), ..ReportInfo::default() };
        assert_eq!(report_currency(&info), Some("SGD"));
        assert_eq!(report_currency(&ReportInfo::default()), None);
    }

    #[test]
    fn documents() {
        assert_eq!(document("政府工作报告\n——2024年3月5日"), Some("work_report"));
        // zh-genres/corpus/city-shenzhen-plan-2026.txt, its title without the spaces of its PDF text
        assert_eq!(document("关于深圳市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告"), Some("plan"));
        assert_eq!(document("# Budget Speech\n\n**Time:** 3.30 pm"), Some("budget"));
        assert_eq!(document("过去一年，我国经济发展遇到疫情等国内外多重超预期因素冲击。"), None);
    }
}
