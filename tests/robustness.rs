//! The core never panics and keeps its promises on any input: random text
//! mixing CJK, digits, full-width forms, scale words, units, punctuation,
//! combining marks, emoji, RTL text, NUL and control characters; and
//! pathological inputs finish (no quadratic blow-up).

use proptest::prelude::*;
use zhibiao::analyze;

const PIECES: &[&str] = &[
    "增长",
    "亿元",
    "万",
    "亿",
    "万亿",
    "个百分点",
    "%",
    "％",
    "１２",
    "3.5",
    "1,234",
    "超",
    "不少于",
    "以上",
    "左右",
    "、",
    "，",
    "。",
    "\n",
    "\r\n",
    "\t",
    " ",
    "\u{3000}",
    "两",
    "十",
    "百分之",
    "点",
    "第",
    "2023年",
    "元/月",
    "公里",
    "家",
    "个",
    "\u{0301}",
    "😀",
    "שלום",
    "\u{0}",
    "\u{7}",
    "(",
    ")",
    "（",
    "）",
    "\"",
    "“",
    "一、",
    "（一）",
    "#",
    "■",
    "**",
    "`",
    "$",
    "crore",
    "lakh",
    "million",
    "per cent",
    "will",
    "分别",
    "其中",
    "等",
    "-",
    "—",
    "至",
    "余",
    "多",
    "PM2.5",
    "^[3]",
    "????",
    "\u{FEFF}",
    "\u{200B}",
];

/// Pieces of English report text, the forms each rule of the English
/// grammar reads.
const EN_PIECES: &[&str] = &[
    "The ",
    "economy ",
    "grew ",
    "by ",
    "3.5",
    " per cent",
    "$",
    "HK$",
    "US$",
    "Kshs",
    ".",
    "Rs",
    "R",
    "41",
    " billion",
    " lakh",
    " crore",
    " from ",
    " to ",
    " and ",
    " or ",
    "between ",
    " respectively",
    ", which ",
    " that ",
    " will ",
    "(",
    ")",
    "\n",
    "&amp;",
    "](",
    "[",
    "one ",
    "hundred ",
    "a ",
    "half ",
    "fifty-seven ",
    "2024/25",
    "2021-22",
    ",",
    "3,4",
    "4,51,672",
    "100 000",
    " less",
    " than ",
    " more",
    " of ",
    " the ",
    " at ",
    "least ",
    " up ",
    "min",
    "·",
    "COVID-19",
    "%",
    " cent",
    " cents",
    "€",
    "£",
    "Budget ",
    "forecast ",
    "It ",
    " is ",
    " was ",
    " area",
    " total",
    " amount",
    " in ",
    " real ",
    " terms",
    "`",
    "’",
    "-",
    "‑",
    "—",
    "17.",
    "\n8.5 Ensuring",
    " projects",
    " homes",
    " a year",
    " per day",
    " times",
    " 2023",
    " South Africa ",
    " Hong Kong ",
    " 全区增长6.5%。",
    "0",
    "9",
];

fn check(text: &str) {
    let r = analyze(text);
    let chars: Vec<char> = text.chars().collect();
    for i in &r.indicators {
        assert!(i.start <= i.end && i.end <= chars.len(), "span {}..{} of {}", i.start, i.end, chars.len());
        assert_eq!(i.text, chars[i.start..i.end].iter().collect::<String>());
        assert!(i.value.is_finite());
        assert!(i.value_max.is_none_or(f64::is_finite));
    }
}

proptest! {
    // 400 cases each in `cargo test`; PROPTEST_CASES=100000 for a long run
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(400),
        ..ProptestConfig::default()
    })]

    #[test]
    fn never_panics_on_report_like_noise(parts in proptest::collection::vec(0..PIECES.len(), 0..60)) {
        let text: String = parts.iter().map(|&i| PIECES[i]).collect();
        check(&text);
    }

    #[test]
    fn never_panics_on_english_noise(parts in proptest::collection::vec(0..EN_PIECES.len(), 0..80)) {
        let text: String = parts.iter().map(|&i| EN_PIECES[i]).collect();
        check(&text);
    }

    #[test]
    fn never_panics_on_mixed_paragraphs(
        zh in proptest::collection::vec(0..PIECES.len(), 0..40),
        en in proptest::collection::vec(0..EN_PIECES.len(), 30..80),
    ) {
        let zh: String = zh.iter().map(|&i| PIECES[i]).collect();
        let en: String = en.iter().map(|&i| EN_PIECES[i]).collect();
        check(&format!("全区地区生产总值增长6.5%，新增城镇就业1.2万人。{zh}\n{en}\n{zh}"));
    }

    #[test]
    fn never_panics_on_any_string(s in "\\PC{0,200}") {
        check(&s);
    }

    #[test]
    fn offsets_survive_crlf(parts in proptest::collection::vec(0..PIECES.len(), 0..40)) {
        let text: String = parts.iter().map(|&i| PIECES[i]).collect::<String>().replace("\r\n", "\n");
        let crlf = text.replace('\n', "\r\n");
        check(&crlf);
        let a = analyze(&text);
        let b = analyze(&crlf);
        prop_assert_eq!(a.indicators.len(), b.indicators.len());
    }
}

fn timed(label: &str, text: &str) {
    let t = std::time::Instant::now();
    check(text);
    eprintln!("{label}: {} bytes in {:?}", text.len(), t.elapsed());
}

#[test]
fn pathological_inputs_finish() {
    timed("one 5 MB line", &"地区生产总值增长8%，".repeat(5 << 20 >> 5));
    timed("1 MB of digits", &"7".repeat(1 << 20));
    timed("100,000 增长", &"增长".repeat(100_000));
    timed("50,000-deep brackets", &format!("{}{}", "（".repeat(50_000), "）".repeat(50_000)));
    timed("commas", &"1,".repeat(200_000));
}

#[test]
fn empty_and_blank_inputs_give_nothing() {
    assert!(analyze("").indicators.is_empty());
    assert!(analyze(" \n\t\u{3000}").indicators.is_empty());
}
