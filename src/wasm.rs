//! The WebAssembly binding: the only file that names wasm_bindgen or
//! js_sys. It converts types and nothing else: text in, the report out,
//! with offsets turned from code points into UTF-16 units for JavaScript.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{analyze as core_analyze, export, Indicator};

#[wasm_bindgen(typescript_custom_section)]
const TS: &'static str = r#"
export interface Indicator {
  name: string; value: number; value_max: number | null; unit: string;
  comparator: "=" | ">" | ">=" | "<" | "<=" | "~"; measure: "level" | "change";
  kind: "actual" | "target"; year: number | null; section: string;
  start: number; end: number; text: string; display: string; sentence: string;
  concept: string | null;
  start16: number; end16: number;
}
export interface Report { indicators: Indicator[]; diagnostics: unknown[]; report_year: number | null; language: string; }
"#;

#[derive(Serialize)]
struct JsIndicator<'a> {
    #[serde(flatten)]
    ind: &'a Indicator,
    start16: usize,
    end16: usize,
}

#[derive(Serialize)]
struct JsReport<'a> {
    indicators: Vec<JsIndicator<'a>>,
    diagnostics: &'a [crate::Diagnostic],
    report_year: Option<i32>,
    language: &'a str,
    /// The four summary tables, computed from the same analysis.
    summary: crate::aggregate::Summary,
}

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, js_sys::Error> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| js_sys::Error::new(&e.to_string()))
}

/// Analyses `text`; returns the report with UTF-16 offsets added and its
/// summary tables (one analysis for both).
#[wasm_bindgen]
pub fn analyze(text: &str) -> Result<JsValue, js_sys::Error> {
    with_offsets(text, core_analyze(text))
}

/// [`analyze`], calling `progress(fraction)` now and then on long texts.
#[wasm_bindgen]
pub fn analyze_progress(text: &str, progress: &js_sys::Function) -> Result<JsValue, js_sys::Error> {
    let report = crate::analyze_with_progress(text, &mut |f| {
        let _ = progress.call1(&JsValue::NULL, &JsValue::from_f64(f));
    });
    with_offsets(text, report)
}

fn with_offsets(text: &str, report: crate::Report) -> Result<JsValue, js_sys::Error> {
    // code point offset -> UTF-16 offset, in one pass
    let mut utf16 = Vec::with_capacity(text.len() + 1);
    let mut u = 0usize;
    for c in text.chars() {
        utf16.push(u);
        u += c.len_utf16();
    }
    utf16.push(u);
    let at = |i: usize| utf16.get(i).copied().unwrap_or(u);
    let js = JsReport {
        indicators: report
            .indicators
            .iter()
            .map(|ind| JsIndicator { ind, start16: at(ind.start), end16: at(ind.end) })
            .collect(),
        diagnostics: &report.diagnostics,
        report_year: report.report_year,
        language: report.language,
        summary: crate::aggregate::summarize(text, &report),
    };
    to_js(&js)
}

/// The contract's JSON of `text`.
#[wasm_bindgen]
pub fn export_json(text: &str) -> String {
    export::to_json(&core_analyze(text))
}

/// CSV (UTF-8 with BOM) of `text`.
#[wasm_bindgen]
pub fn export_csv(text: &str) -> String {
    export::to_csv(&core_analyze(text))
}

/// Markdown of `text`.
#[wasm_bindgen]
pub fn export_markdown(text: &str) -> String {
    export::to_markdown(&core_analyze(text))
}

/// The four summary tables of `text` (headline targets, target vs last
/// result, sections, unit families).
#[wasm_bindgen]
pub fn summarize(text: &str) -> Result<JsValue, js_sys::Error> {
    let report = core_analyze(text);
    to_js(&crate::aggregate::summarize(text, &report))
}

/// One summary table of `text` as `csv` or `md`.
#[wasm_bindgen]
pub fn export_summary(text: &str, table: &str, format: &str) -> Result<String, js_sys::Error> {
    let report = core_analyze(text);
    let summary = crate::aggregate::summarize(text, &report);
    let tables = export::summary_tables(&summary);
    let (_, headers, rows) = tables
        .iter()
        .find(|(n, _, _)| *n == table)
        .ok_or_else(|| js_sys::Error::new(&format!("unknown table {table}")))?;
    match format {
        "csv" => Ok(export::table_to_csv(headers, rows)),
        "md" => Ok(export::table_to_markdown(headers, rows)),
        _ => Err(js_sys::Error::new(&format!("unknown format {format}"))),
    }
}

/// An XLSX workbook of `text`: the full list and the four summary tables
/// (only in the module built with `xlsx`).
#[cfg(feature = "xlsx")]
#[wasm_bindgen]
pub fn export_xlsx(text: &str) -> Result<Vec<u8>, js_sys::Error> {
    let report = core_analyze(text);
    let summary = crate::aggregate::summarize(text, &report);
    export::report_to_xlsx(&report, &summary).map_err(|e| js_sys::Error::new(&e))
}
