#![doc = include_str!("../README.md")]

pub mod aggregate;
pub mod export;
pub mod extract;
mod lexicon;
pub mod model;
pub mod normalize;
pub mod number;
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
    let mut report = Report { language: detect_language(text), ..Report::default() };
    if text.trim().is_empty() {
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
    report.indicators = if report.language == "en" {
        extract::english::extract_en(&norm, &st, &original, &mut step)
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
    progress(1.0);
    report
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
