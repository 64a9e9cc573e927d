#![doc = include_str!("../README.md")]

pub mod aggregate;
pub mod concept;
#[cfg(feature = "docx")]
pub mod docx;
pub mod export;
pub mod extract;
pub mod input;
mod lexicon;
pub mod markup;
pub mod model;
pub mod normalize;
pub mod number;
pub mod panel;
pub mod promise;
pub mod report;
#[cfg(feature = "search")]
pub mod search;
pub mod structure;
pub mod unit;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use model::{Comparator, Diagnostic, Indicator, Kind, Measure, Report};

/// Input larger than this is refused with a diagnostic rather than analysed
/// (64 MiB of text).
pub const MAX_INPUT_BYTES: usize = 64 << 20;

/// Analyses the text of a report and returns its indicators.
///
/// ```
/// let r = zhibiao::analyze("2023年主要预期目标为：地区生产总值增长8%。");
/// assert_eq!(r.indicators[0].name, "地区生产总值");
/// assert_eq!(r.indicators[0].value, 8.0);
/// assert_eq!(r.indicators[0].unit, "%");
/// ```
pub fn analyze(text: &str) -> Report {
    analyze_with_progress(text, &mut |_| {})
}

/// [`analyze`], reporting the fraction done (0 to 1) now and then, for a
/// progress bar on long texts.
pub fn analyze_with_progress(text: &str, progress: &mut dyn FnMut(f64)) -> Report {
    // an HTML document is read by its visible text, its spans mapped back
    if text.len() <= MAX_INPUT_BYTES && markup::is_html(text) {
        return markup::analyze_html(text, progress);
    }
    analyze_text(text, progress)
}

/// [`analyze_with_progress`] of plain text.
fn analyze_text(text: &str, progress: &mut dyn FnMut(f64)) -> Report {
    let mut report = Report { language: detect_language(text), ..Report::default() };
    if text.trim().is_empty() {
        report.report.language = report.language;
        return report;
    }
    if text.len() > MAX_INPUT_BYTES {
        report.diagnostics.push(Diagnostic {
            severity: "warning",
            message: format!("the text is {} MB; at most {} MB are analysed", text.len() >> 20, MAX_INPUT_BYTES >> 20),
            start: 0,
            end: 0,
        });
        return report;
    }
    let st = structure::analyze_structure(text);
    let original: Vec<char> = normalize::chars_of(text);
    let norm = normalize::normalize_chars(&original, &st.hard_breaks);
    // reading the structure and the clean text is about a fifth of the work
    progress(0.2);
    let mut step = |f: f64| progress(0.2 + 0.75 * f);
    let paragraphs = paragraph_languages(&original);
    let mixed = {
        let weight = |l: &str| paragraphs.iter().filter(|p| p.2 == l).map(|p| p.1 - p.0).sum::<usize>();
        weight("en") >= 120 && weight("zh") >= 20
    };
    report.indicators = if mixed {
        // a report in both languages: each figure read by the grammar of its
        // paragraph's language
        let lang_at = |at: usize| {
            let k = paragraphs.partition_point(|p| p.0 <= at).saturating_sub(1);
            paragraphs.get(k).map_or("", |p| p.2)
        };
        let mut zh = extract::extract_zh(&norm, &st, &original, &mut |f| step(f / 2.0));
        zh.retain(|i| lang_at(i.start) != "en");
        let mut en = extract::extract_en(&norm, &st, &original, &mut |f| step(0.5 + f / 2.0));
        en.retain(|i| lang_at(i.start) == "en");
        zh.extend(en);
        zh.sort_by_key(|i| i.start);
        zh
    } else if report.language == "en" {
        extract::extract_en(&norm, &st, &original, &mut step)
    } else {
        extract::extract_zh(&norm, &st, &original, &mut step)
    };
    if report.language == "zh" {
        report.diagnostics.extend(extract::unit_less_figures(&norm, &report.indicators));
    }
    for i in &mut report.indicators {
        i.value = model::tidy(i.value);
        i.value_max = i.value_max.map(model::tidy);
    }
    report.report_year = st.report_year;
    report.report = report::read(text, report.report_year, report.language);
    progress(1.0);
    report
}

/// The paragraphs of the text (original char offsets, end exclusive) with
/// their language: `en` for English prose, `zh` for Chinese, `` for
/// neither (numbers, blank lines).
fn paragraph_languages(chars: &[char]) -> Vec<(usize, usize, &'static str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let (mut cjk, mut latin) = (0usize, 0usize);
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            out.push((start, i + 1, language_of(cjk, latin)));
            start = i + 1;
            cjk = 0;
            latin = 0;
        } else if normalize::is_cjk(c) {
            cjk += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    out.push((start, chars.len(), language_of(cjk, latin)));
    out
}

fn language_of(cjk: usize, latin: usize) -> &'static str {
    if cjk >= 10 && cjk * 3 >= latin {
        "zh"
    } else if latin >= 30 && cjk * 3 < latin {
        "en"
    } else {
        ""
    }
}

/// `zh` when the text has more Chinese characters than Latin letters.
pub fn detect_language(text: &str) -> &'static str {
    let (mut cjk, mut latin) = (0usize, 0usize);
    let mut in_tag = false;
    for c in text.chars().take(200_000) {
        // markup pasted from a web page says nothing of the language
        if c == '<' {
            in_tag = true;
        } else if c == '>' {
            in_tag = false;
        }
        if in_tag {
            continue;
        }
        if normalize::is_cjk(c) {
            cjk += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    if cjk * 3 >= latin || cjk > 200 {
        "zh"
    } else {
        "en"
    }
}

#[cfg(test)]
mod tests {
    use super::analyze;

    #[test]
    fn each_paragraph_is_read_in_its_own_language() {
        let text = "一、2022年工作回顾\n全区地区生产总值增长6.5%，新增城镇就业1.2万人。\n\
                    The district's economy grew by 6.5 per cent in 2022, and 12,000 new urban jobs were created. \
                    Investment in fixed assets reached $2.5 billion, up 8 per cent on the year before.\n";
        let r = analyze(text);
        let got: Vec<(&str, f64, &str)> =
            r.indicators.iter().map(|i| (i.name.as_str(), i.value, i.unit.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("地区生产总值", 6.5, "%"),
                ("新增城镇就业", 12000.0, "人"),
                ("district's economy", 6.5, "%"),
                ("new urban jobs created", 12000.0, "jobs"),
                ("Investment in fixed assets", 2.5e9, "USD"),
                ("Investment in fixed assets", 8.0, "%"),
            ]
        );
    }

    #[test]
    fn a_report_in_one_language_is_not_split() {
        let r = analyze("全区地区生产总值增长6.5%。PM2.5 fell to 30 micrograms.");
        assert_eq!(r.indicators.len(), 1);
    }
}
