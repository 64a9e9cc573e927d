//! Many reports at once (`shared/spec/panel.md`): the long indicator table
//! with each report's fields, the table of reports, and the promises. Pure:
//! the CLI streams files through [`Panel::add`], the page hands it its texts.

use serde::Serialize;

use crate::export::{Cell, COLUMNS};
use crate::model::{Indicator, Report};
use crate::promise::{self, Item, Promise};
use crate::report::ReportInfo;

/// A report of the panel, as the table of reports lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    #[serde(flatten)]
    pub info: ReportInfo,
    /// How many indicators it holds.
    pub indicators: usize,
    /// Another report has the same government and year.
    pub duplicate: bool,
    /// What the reader should know: no indicators, no government.
    pub note: Option<&'static str>,
}

/// Notes on a report, for the table of reports.
pub const NO_INDICATORS: &str = "no indicators: perhaps not a report";
pub const NO_GOVERNMENT: &str = "names no government: its targets are not paired with other reports";

/// The reports read so far and the indicators the promise check needs.
#[derive(Debug, Default)]
pub struct Panel {
    pub reports: Vec<ReportInfo>,
    counts: Vec<usize>,
    items: Vec<Item>,
}

impl Panel {
    /// Adds a report (its `report.source` set by the caller); returns its index.
    pub fn add(&mut self, report: &Report) -> usize {
        let k = self.reports.len();
        self.reports.push(report.report.clone());
        self.counts.push(report.indicators.len());
        self.items.extend(report.indicators.iter().filter(|i| i.year.is_some()).map(|i| Item::of(k, i)));
        k
    }

    /// The table of reports.
    pub fn entries(&self) -> Vec<Entry> {
        let dup = promise::duplicates(&self.reports);
        self.reports
            .iter()
            .zip(&self.counts)
            .zip(dup)
            .map(|((info, &n), duplicate)| Entry {
                info: info.clone(),
                indicators: n,
                duplicate,
                note: if n == 0 {
                    Some(NO_INDICATORS)
                } else if info.government.is_none() {
                    Some(NO_GOVERNMENT)
                } else {
                    None
                },
            })
            .collect()
    }

    /// Every promise of the reports added.
    pub fn promises(&self) -> Vec<Promise> {
        promise::check(&self.reports, &self.items)
    }
}

/// One row of the long indicator table: the indicator with its report's fields.
#[derive(Serialize)]
pub struct Row<'a> {
    pub source: Option<&'a str>,
    pub government: Option<&'a str>,
    pub level: Option<&'a str>,
    pub report_year: Option<i32>,
    pub document: Option<&'a str>,
    pub language: &'a str,
    #[serde(flatten)]
    pub indicator: &'a Indicator,
}

impl<'a> Row<'a> {
    pub fn new(info: &'a ReportInfo, indicator: &'a Indicator) -> Self {
        Row {
            source: info.source.as_deref(),
            government: info.government.as_deref(),
            level: info.level,
            report_year: info.report_year,
            document: info.document,
            language: info.language,
            indicator,
        }
    }
}

/// The report's columns that lead each row of the long indicator table.
pub const REPORT_FIELDS: &[&str] = &["source", "report_year", "government", "level", "document", "language"];

/// The headers of the long indicator table.
pub fn indicator_headers() -> Vec<&'static str> {
    REPORT_FIELDS.iter().chain(COLUMNS).copied().collect()
}

fn opt_text(s: Option<&str>) -> Cell {
    s.map(|s| Cell::Text(s.to_string())).unwrap_or(Cell::Empty)
}

fn opt_code(s: Option<&'static str>) -> Cell {
    s.map(Cell::Code).unwrap_or(Cell::Empty)
}

fn opt_num(v: Option<f64>) -> Cell {
    v.map(Cell::Number).unwrap_or(Cell::Empty)
}

/// The report's cells of a row, in [`REPORT_FIELDS`] order.
pub fn report_cells(info: &ReportInfo) -> Vec<Cell> {
    vec![
        opt_text(info.source.as_deref()),
        opt_num(info.report_year.map(f64::from)),
        opt_text(info.government.as_deref()),
        opt_code(info.level),
        opt_code(info.document),
        Cell::Code(info.language),
    ]
}

/// A row of the long indicator table.
pub fn indicator_cells(info: &ReportInfo, ind: &Indicator) -> Vec<Cell> {
    let mut cells = report_cells(info);
    cells.extend(crate::export::row(ind));
    cells
}

/// The headers of the table of reports.
pub const REPORT_HEADERS: &[&str] =
    &["source", "report_year", "government", "level", "document", "language", "indicators", "duplicate", "note"];

/// A row of the table of reports.
pub fn entry_cells(e: &Entry) -> Vec<Cell> {
    let mut cells = report_cells(&e.info);
    cells.push(Cell::Number(e.indicators as f64));
    cells.push(Cell::Code(if e.duplicate { "true" } else { "false" }));
    cells.push(opt_code(e.note));
    cells
}

/// The headers of the promises table.
pub const PROMISE_HEADERS: &[&str] = &[
    "government",
    "level",
    "year",
    "concept",
    "name",
    "measure",
    "unit",
    "target",
    "target_value",
    "target_value_max",
    "target_comparator",
    "actual",
    "actual_value",
    "actual_comparator",
    "margin",
    "status",
    "direction",
    "tolerance",
    "note",
    "duplicate",
    "target_source",
    "target_start",
    "target_end",
    "actual_source",
    "actual_start",
    "actual_end",
];

/// A row of the promises table.
pub fn promise_cells(p: &Promise) -> Vec<Cell> {
    vec![
        Cell::Text(p.government.clone()),
        opt_code(p.level),
        Cell::Number(f64::from(p.year)),
        opt_code(p.concept),
        Cell::Text(p.name.clone()),
        Cell::Code(p.measure.as_str()),
        Cell::Text(p.unit.clone()),
        Cell::Text(p.target.display.clone()),
        Cell::Number(p.target.value),
        opt_num(p.target.value_max),
        Cell::Code(p.target.comparator.as_str()),
        Cell::Text(p.actual.display.clone()),
        Cell::Number(p.actual.value),
        Cell::Code(p.actual.comparator.as_str()),
        opt_num(p.margin),
        Cell::Code(p.status.as_str()),
        opt_code(p.direction),
        opt_num(p.tolerance),
        opt_code(p.note),
        Cell::Code(if p.duplicate { "true" } else { "false" }),
        opt_text(p.target.source.as_deref()),
        Cell::Number(p.target.start as f64),
        Cell::Number(p.target.end as f64),
        opt_text(p.actual.source.as_deref()),
        Cell::Number(p.actual.start as f64),
        Cell::Number(p.actual.end as f64),
    ]
}

/// The whole panel of `(source, text)` pairs, as the page asks for it: the
/// reports, the long indicator table and the promises.
pub fn of_texts<'a>(texts: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Vec<Report>, Panel) {
    let mut panel = Panel::default();
    let mut reports = Vec::new();
    for (source, text) in texts {
        let mut r = crate::analyze(text);
        r.report.source = Some(source.to_string());
        panel.add(&r);
        reports.push(r);
    }
    (reports, panel)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_is_no_report_is_listed_with_a_note() {
        // a title line with no figure
        let (_, panel) = of_texts([("a.txt", "政府工作报告"), ("b.txt", "")]);
        let e = panel.entries();
        assert_eq!(e.len(), 2);
        assert!(e.iter().all(|e| e.note == Some(NO_INDICATORS)));
        assert!(panel.promises().is_empty());
        assert_eq!(indicator_headers().len(), REPORT_FIELDS.len() + COLUMNS.len());
        assert_eq!(promise_cells_len(), PROMISE_HEADERS.len());
    }

    fn promise_cells_len() -> usize {
        let side = crate::promise::Side {
            source: None,
            report: 0,
            report_year: None,
            name: String::new(),
            display: String::new(),
            value: 0.0,
            value_max: None,
            comparator: crate::Comparator::Eq,
            start: 0,
            end: 0,
        };
        let p = Promise {
            government: String::new(),
            level: None,
            year: 2022,
            concept: None,
            name: String::new(),
            measure: crate::Measure::Level,
            unit: String::new(),
            target: side.clone(),
            actual: side,
            status: crate::promise::Status::Met,
            margin: None,
            direction: None,
            tolerance: None,
            note: None,
            duplicate: false,
        };
        promise_cells(&p).len()
    }
}
