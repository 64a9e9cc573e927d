//! The WebAssembly binding: the only file that names wasm_bindgen, js_sys
//! or web_sys. It converts types and nothing else: text in, the report out,
//! with offsets turned from code points into UTF-16 units for JavaScript;
//! files read from a `Blob` in the worker; the worker's clock for timings.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

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
export interface Report { indicators: Indicator[]; diagnostics: unknown[]; report_year: number | null; language: string; ms: number; }
export interface Found { count: number; starts: Uint32Array; ends: Uint32Array; }
export interface ReadFile { format: "text" | "html" | "pdf" | "docx" | "binary"; text?: string; encoding?: string; }
export interface PanelIndicator extends Indicator { r: number; source: string; }
export interface Panel {
  reports: { source: string; government: string | null; level: string | null; report_year: number | null;
             document: string | null; language: string; indicators: number; duplicate: boolean; note: string | null }[];
  indicators: PanelIndicator[];
  promises: unknown[];
  tolerance_points: number; tolerance_share: number;
}
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
    /// Milliseconds the analysis and the summary took.
    ms: f64,
}

/// Milliseconds on the clock of the worker (or the window) running us:
/// `performance.now()`.
fn now() -> f64 {
    let global = js_sys::global();
    let perf = match global.dyn_ref::<web_sys::WorkerGlobalScope>() {
        Some(worker) => worker.performance(),
        None => global.dyn_ref::<web_sys::Window>().and_then(|w| w.performance()),
    };
    perf.map_or(0.0, |p| p.now())
}

fn error(e: impl std::fmt::Display) -> js_sys::Error {
    js_sys::Error::new(&e.to_string())
}

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, js_sys::Error> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(error)
}

/// Analyses `text`; returns the report with UTF-16 offsets added and its
/// summary tables (one analysis for both).
#[wasm_bindgen]
pub fn analyze(text: &str) -> Result<JsValue, js_sys::Error> {
    let t0 = now();
    with_offsets(text, core_analyze(text), t0)
}

/// [`analyze`], calling `progress(fraction)` now and then on long texts.
#[wasm_bindgen]
pub fn analyze_progress(text: &str, progress: &js_sys::Function) -> Result<JsValue, js_sys::Error> {
    let t0 = now();
    let report = crate::analyze_with_progress(text, &mut |f| {
        let _ = progress.call1(&JsValue::NULL, &JsValue::from_f64(f));
    });
    with_offsets(text, report, t0)
}

fn with_offsets(text: &str, report: crate::Report, t0: f64) -> Result<JsValue, js_sys::Error> {
    // code point offset -> UTF-16 offset, in one pass
    let mut utf16 = Vec::with_capacity(text.len() + 1);
    let mut u = 0usize;
    for c in text.chars() {
        utf16.push(u);
        u += c.len_utf16();
    }
    utf16.push(u);
    let at = |i: usize| utf16.get(i).copied().unwrap_or(u);
    let summary = crate::aggregate::summarize(text, &report);
    let js = JsReport {
        indicators: report
            .indicators
            .iter()
            .map(|ind| JsIndicator { ind, start16: at(ind.start), end16: at(ind.end) })
            .collect(),
        diagnostics: &report.diagnostics,
        report_year: report.report_year,
        language: report.language,
        summary,
        ms: now() - t0,
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

/// The UTF-16 offsets of the code point offsets `at`, which must ascend.
#[cfg(feature = "search")]
fn utf16_of(text: &str, at: impl IntoIterator<Item = usize>) -> Vec<u32> {
    let mut chars = text.chars();
    let (mut cp, mut u) = (0usize, 0usize);
    at.into_iter()
        .map(|want| {
            while cp < want {
                match chars.next() {
                    Some(c) => u += c.len_utf16(),
                    None => break,
                }
                cp += 1;
            }
            u as u32
        })
        .collect()
}

/// The matches of `query` (plain words, or `/regex/flags`) in `text`: their
/// number and the UTF-16 spans of the first `limit`. An invalid pattern is
/// an error whose message says what is wrong.
#[cfg(feature = "search")]
#[wasm_bindgen]
pub fn find(text: &str, query: &str, limit: usize) -> Result<JsValue, js_sys::Error> {
    #[derive(Serialize)]
    struct Found {
        count: usize,
        starts: Vec<u32>,
        ends: Vec<u32>,
    }
    let Some(q) = crate::search::Query::parse(query).map_err(error)? else {
        return to_js(&Found { count: 0, starts: vec![], ends: vec![] });
    };
    let found = q.find(text, limit);
    let flat = utf16_of(text, found.spans.iter().flat_map(|&(s, e)| [s, e]));
    let starts = flat.iter().step_by(2).copied().collect();
    let ends = flat.iter().skip(1).step_by(2).copied().collect();
    to_js(&Found { count: found.count, starts, ends })
}

/// The indices of the `rows` (each a row's fields, one a line) that the
/// regular expression `query` matches.
#[cfg(feature = "search")]
#[wasm_bindgen]
pub fn filter_rows(rows: Vec<String>, query: &str) -> Result<Vec<u32>, js_sys::Error> {
    match crate::search::Query::parse(query).map_err(error)? {
        Some(q) => Ok(q.filter(&rows)),
        None => Ok((0..rows.len() as u32).collect()),
    }
}

/// The visible text of an HTML document (no tags, scripts, styles,
/// comments), one line per block.
#[wasm_bindgen]
pub fn visible_text(html: &str) -> String {
    crate::markup::visible_text(html).text
}

/// Reads a file (a `File` or `Blob`) in the worker with `FileReaderSync` and
/// tells what it is by its bytes. Text comes back decoded (UTF-8, UTF-16
/// with a BOM, else GB18030 through the browser's `TextDecoder`), an HTML
/// document as its visible text; a PDF or a Word document comes back as its
/// format only, for the reader that knows it.
#[wasm_bindgen]
pub fn read_file(file: &web_sys::Blob) -> Result<JsValue, js_sys::Error> {
    #[derive(Serialize)]
    struct Read {
        format: &'static str,
        text: Option<String>,
        encoding: Option<&'static str>,
    }
    let reader = web_sys::FileReaderSync::new()?;
    let buffer = reader.read_as_array_buffer(file)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let format = crate::input::sniff(&bytes);
    let (text, encoding) = match format {
        crate::input::Format::Unicode => match crate::input::decode_unicode(&bytes) {
            Some((text, enc)) => (text, enc),
            None => return to_js(&Read { format: "binary", text: None, encoding: None }),
        },
        crate::input::Format::Legacy => {
            let decoder = web_sys::TextDecoder::new_with_label("gb18030")?;
            (decoder.decode_with_u8_array(&bytes)?, "GB18030")
        }
        other => return to_js(&Read { format: other.name(), text: None, encoding: None }),
    };
    if crate::markup::is_html(&text) {
        let visible = crate::markup::visible_text(&text).text;
        return to_js(&Read { format: "html", text: Some(visible), encoding: Some(encoding) });
    }
    to_js(&Read { format: "text", text: Some(text), encoding: Some(encoding) })
}

/// True when `text` is an HTML document rather than text mentioning a tag.
#[wasm_bindgen]
pub fn is_html(text: &str) -> bool {
    crate::markup::is_html(text)
}

/// The text of a Word document (only in the module built with `docx`).
#[cfg(feature = "docx")]
#[wasm_bindgen]
pub fn docx_text(bytes: &[u8]) -> Result<String, js_sys::Error> {
    crate::docx::text(bytes).map_err(error)
}

/// UTF-16 offsets of each code point offset of `text` (and of its end).
fn utf16_table(text: &str) -> Vec<usize> {
    let mut utf16 = Vec::with_capacity(text.len() + 1);
    let mut u = 0usize;
    for c in text.chars() {
        utf16.push(u);
        u += c.len_utf16();
    }
    utf16.push(u);
    utf16
}

#[derive(Serialize)]
struct JsPanelIndicator<'a> {
    #[serde(flatten)]
    ind: &'a Indicator,
    /// The index of its report.
    r: usize,
    source: &'a str,
    start16: usize,
    end16: usize,
}

#[derive(Serialize)]
struct JsSide16 {
    start16: usize,
    end16: usize,
}

#[derive(Serialize)]
struct JsPromise<'a> {
    #[serde(flatten)]
    p: &'a crate::promise::Promise,
    target16: JsSide16,
    actual16: JsSide16,
}

#[derive(Serialize)]
struct JsPanel<'a> {
    reports: Vec<crate::panel::Entry>,
    indicators: Vec<JsPanelIndicator<'a>>,
    promises: Vec<JsPromise<'a>>,
    tolerance_points: f64,
    tolerance_share: f64,
}

fn names_texts<'a>(names: &'a [String], texts: &'a [String]) -> Result<Vec<(&'a str, &'a str)>, js_sys::Error> {
    if names.len() != texts.len() {
        return Err(js_sys::Error::new("as many names as texts are needed"));
    }
    Ok(names.iter().map(String::as_str).zip(texts.iter().map(String::as_str)).collect())
}

/// Many reports at once: the reports, every indicator with its report's
/// index and name, and the promises (`shared/spec/panel.md`), with UTF-16
/// offsets for JavaScript.
#[wasm_bindgen]
pub fn panel(names: Vec<String>, texts: Vec<String>) -> Result<JsValue, js_sys::Error> {
    let pairs = names_texts(&names, &texts)?;
    let (reports, panel) = crate::panel::of_texts(pairs.iter().copied());
    let tables: Vec<Vec<usize>> = texts.iter().map(|t| utf16_table(t)).collect();
    let at = |r: usize, i: usize| tables.get(r).and_then(|t| t.get(i).or(t.last())).copied().unwrap_or(0);
    let promises = panel.promises();
    let js = JsPanel {
        reports: panel.entries(),
        indicators: reports
            .iter()
            .enumerate()
            .flat_map(|(r, rep)| {
                let at = &at;
                let source = names[r].as_str();
                rep.indicators.iter().map(move |ind| JsPanelIndicator {
                    ind,
                    r,
                    source,
                    start16: at(r, ind.start),
                    end16: at(r, ind.end),
                })
            })
            .collect(),
        promises: promises
            .iter()
            .map(|p| JsPromise {
                p,
                target16: JsSide16 {
                    start16: at(p.target.report, p.target.start),
                    end16: at(p.target.report, p.target.end),
                },
                actual16: JsSide16 {
                    start16: at(p.actual.report, p.actual.start),
                    end16: at(p.actual.report, p.actual.end),
                },
            })
            .collect(),
        tolerance_points: crate::promise::TOLERANCE_POINTS,
        tolerance_share: crate::promise::TOLERANCE_SHARE,
    };
    to_js(&js)
}

/// The panel of many reports as `csv` (the long indicator table) or
/// `promises` (the promises table as CSV). Its JSON is [`panel`]'s object,
/// which the worker writes out (a second serialiser here cost 10 KB).
#[wasm_bindgen]
pub fn export_panel(names: Vec<String>, texts: Vec<String>, format: &str) -> Result<String, js_sys::Error> {
    let pairs = names_texts(&names, &texts)?;
    let (reports, panel) = crate::panel::of_texts(pairs.iter().copied());
    match format {
        "csv" => {
            let rows: Vec<Vec<export::Cell>> = reports
                .iter()
                .flat_map(|r| r.indicators.iter().map(|i| crate::panel::indicator_cells(&r.report, i)))
                .collect();
            Ok(export::table_to_csv(&crate::panel::indicator_headers(), &rows))
        }
        "promises" => {
            let rows: Vec<Vec<export::Cell>> = panel.promises().iter().map(crate::panel::promise_cells).collect();
            Ok(export::table_to_csv(crate::panel::PROMISE_HEADERS, &rows))
        }
        _ => Err(js_sys::Error::new(&format!("unknown format {format}"))),
    }
}

/// A workbook of the panel: the indicators, the promises and the reports,
/// one sheet each (only in the module built with `xlsx`).
#[cfg(feature = "xlsx")]
#[wasm_bindgen]
pub fn export_panel_xlsx(names: Vec<String>, texts: Vec<String>) -> Result<Vec<u8>, js_sys::Error> {
    let pairs = names_texts(&names, &texts)?;
    let (reports, panel) = crate::panel::of_texts(pairs.iter().copied());
    let rows: Vec<Vec<export::Cell>> =
        reports.iter().flat_map(|r| r.indicators.iter().map(|i| crate::panel::indicator_cells(&r.report, i))).collect();
    let headers = crate::panel::indicator_headers();
    export::tables_to_xlsx(&[
        ("indicators", &headers, rows),
        ("promises", crate::panel::PROMISE_HEADERS, panel.promises().iter().map(crate::panel::promise_cells).collect()),
        ("reports", crate::panel::REPORT_HEADERS, panel.entries().iter().map(crate::panel::entry_cells).collect()),
    ])
    .map_err(|e| js_sys::Error::new(&e))
}
