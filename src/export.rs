//! Exports of a report: the contract's JSON, CSV for Excel, Markdown, and
//! (feature `xlsx`) a real workbook. Pure functions: report in, bytes out.

use crate::model::{Indicator, Report};

/// The contract's JSON: `{"indicators": [...], ...}`.
pub fn to_json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// The column headers of the tabular exports, in the contract's order.
pub const COLUMNS: &[&str] = &[
    "name",
    "value",
    "value_max",
    "unit",
    "comparator",
    "measure",
    "kind",
    "year",
    "section",
    "start",
    "end",
    "text",
    "concept",
];

/// A cell of a row: text or number.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text from the report: neutralised if a spreadsheet would read it as a formula.
    Text(String),
    /// A fixed code of the contract (`=`, `>=`, `level`): written as is.
    Code(&'static str),
    Number(f64),
    Empty,
}

/// The cells of one indicator, in [`COLUMNS`] order.
pub fn row(ind: &Indicator) -> Vec<Cell> {
    vec![
        Cell::Text(ind.name.clone()),
        Cell::Number(ind.value),
        ind.value_max.map(Cell::Number).unwrap_or(Cell::Empty),
        Cell::Text(ind.unit.clone()),
        Cell::Code(ind.comparator.as_str()),
        Cell::Code(ind.measure.as_str()),
        Cell::Code(ind.kind.as_str()),
        ind.year.map(|y| Cell::Number(y as f64)).unwrap_or(Cell::Empty),
        Cell::Text(ind.section.clone()),
        Cell::Number(ind.start as f64),
        Cell::Number(ind.end as f64),
        Cell::Text(ind.text.clone()),
        crate::concept::of(ind).map(Cell::Code).unwrap_or(Cell::Empty),
    ]
}

/// Neutralises text that a spreadsheet would read as a formula (OWASP:
/// a leading `=`, `+`, `-`, `@`, tab or carriage return gets a `'`).
pub fn neutralize(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Formats a number without a trailing `.0`.
pub fn fmt_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn csv_field(out: &mut String, s: &str) {
    if s.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// CSV of any table: UTF-8 with a byte-order mark (so Excel reads Chinese),
/// RFC 4180 quoting, CRLF line ends, formulas neutralised.
pub fn table_to_csv(headers: &[&str], rows: &[Vec<Cell>]) -> String {
    let mut out = String::from("\u{FEFF}");
    out.push_str(&headers.join(","));
    out.push_str("\r\n");
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            match c {
                Cell::Text(s) => csv_field(&mut out, &neutralize(s)),
                Cell::Code(s) => csv_field(&mut out, s),
                Cell::Number(v) => out.push_str(&fmt_number(*v)),
                Cell::Empty => {}
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// CSV of the indicators.
pub fn to_csv(report: &Report) -> String {
    let rows: Vec<Vec<Cell>> = report.indicators.iter().map(row).collect();
    table_to_csv(COLUMNS, &rows)
}

/// A Markdown table of any table.
pub fn table_to_markdown(headers: &[&str], rows: &[Vec<Cell>]) -> String {
    let esc = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut out = format!("| {} |\n|{}\n", headers.join(" | "), "---|".repeat(headers.len()));
    for r in rows {
        out.push('|');
        for c in r {
            let s = match c {
                Cell::Text(s) => esc(s),
                Cell::Code(s) => esc(s),
                Cell::Number(v) => fmt_number(*v),
                Cell::Empty => String::new(),
            };
            out.push_str(&format!(" {s} |"));
        }
        out.push('\n');
    }
    out
}

/// Markdown of the indicators.
pub fn to_markdown(report: &Report) -> String {
    let rows: Vec<Vec<Cell>> = report.indicators.iter().map(row).collect();
    table_to_markdown(COLUMNS, &rows)
}

/// A named table: sheet name, headers, rows.
pub type Table<'a> = (&'a str, &'a [&'a str], Vec<Vec<Cell>>);

/// A workbook with one sheet per table: `(sheet name, headers, rows)`.
#[cfg(feature = "xlsx")]
pub fn tables_to_xlsx(tables: &[Table<'_>]) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    for (name, headers, rows) in tables {
        let ws = wb.add_worksheet();
        ws.set_name(*name).map_err(|e| e.to_string())?;
        let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count() + 2).collect();
        for (c, h) in headers.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, *h, &bold).map_err(|e| e.to_string())?;
        }
        for (r, row) in rows.iter().enumerate() {
            let r = (r + 1) as u32;
            for (c, cell) in row.iter().enumerate() {
                let col = c as u16;
                match cell {
                    Cell::Text(s) => {
                        let s = neutralize(s);
                        // CJK characters are about two columns wide.
                        let w: usize = s.chars().map(|ch| if ch.is_ascii() { 1 } else { 2 }).sum();
                        widths[c] = widths[c].max(w.min(60) + 1);
                        ws.write_string(r, col, s.as_ref()).map_err(|e| e.to_string())?;
                    }
                    Cell::Code(s) => {
                        ws.write_string(r, col, *s).map_err(|e| e.to_string())?;
                    }
                    Cell::Number(v) => {
                        widths[c] = widths[c].max(fmt_number(*v).len() + 1);
                        ws.write_number(r, col, *v).map_err(|e| e.to_string())?;
                    }
                    Cell::Empty => {}
                }
            }
        }
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(c as u16, *w as f64).map_err(|e| e.to_string())?;
        }
        ws.set_freeze_panes(1, 0).map_err(|e| e.to_string())?;
    }
    wb.save_to_buffer().map_err(|e| e.to_string())
}

/// A workbook of the indicators.
#[cfg(feature = "xlsx")]
pub fn to_xlsx(report: &Report) -> Result<Vec<u8>, String> {
    let rows: Vec<Vec<Cell>> = report.indicators.iter().map(row).collect();
    tables_to_xlsx(&[("indicators", COLUMNS, rows)])
}

/// A summary table: its name, headers and rows.
pub type OwnedTable = (&'static str, Vec<&'static str>, Vec<Vec<Cell>>);

/// The summary tables (issue: headline targets, target vs result, sections,
/// unit families) as named tables, for CSV, Markdown and XLSX.
pub fn summary_tables(s: &crate::aggregate::Summary) -> Vec<OwnedTable> {
    let num = |v: Option<f64>| v.map(Cell::Number).unwrap_or(Cell::Empty);
    let text = |s: &str| Cell::Text(s.to_string());
    let headline = s
        .headline_targets
        .iter()
        .map(|i| {
            vec![
                text(&i.name),
                text(&i.display),
                Cell::Number(i.value),
                text(&i.unit),
                Cell::Code(i.comparator.as_str()),
                Cell::Code(i.measure.as_str()),
                crate::concept::of(i).map(Cell::Code).unwrap_or(Cell::Empty),
            ]
        })
        .collect();
    let pairs = s
        .target_vs_actual
        .iter()
        .map(|p| {
            let a = p.actual.as_ref();
            vec![
                text(&p.name),
                text(&p.target.name),
                text(&p.target.display),
                Cell::Number(p.target.value),
                a.map(|a| text(&a.name)).unwrap_or(Cell::Empty),
                a.map(|a| text(&a.display)).unwrap_or(Cell::Empty),
                num(a.map(|a| a.value)),
                text(&p.target.unit),
                num(p.difference),
                num(p.ratio),
                Cell::Code(p.matching),
            ]
        })
        .collect();
    let sections = s
        .sections
        .iter()
        .map(|x| {
            let money = x.money.iter().map(|(c, v)| format!("{} {}", fmt_number(*v), c)).collect::<Vec<_>>().join("; ");
            vec![text(&x.section), Cell::Number(x.actual as f64), Cell::Number(x.target as f64), Cell::Text(money)]
        })
        .collect();
    let families = s
        .unit_families
        .iter()
        .map(|f| {
            let l = f.largest.as_ref();
            vec![
                text(f.family),
                Cell::Number(f.count as f64),
                l.map(|l| text(&l.name)).unwrap_or(Cell::Empty),
                l.map(|l| text(&l.display)).unwrap_or(Cell::Empty),
                num(l.map(|l| l.value)),
                l.map(|l| text(&l.unit)).unwrap_or(Cell::Empty),
            ]
        })
        .collect();
    vec![
        ("headline_targets", vec!["name", "as_written", "value", "unit", "comparator", "measure", "concept"], headline),
        (
            "target_vs_actual",
            vec![
                "name",
                "target_name",
                "target_as_written",
                "target_value",
                "actual_name",
                "actual_as_written",
                "actual_value",
                "unit",
                "difference",
                "ratio",
                "match",
            ],
            pairs,
        ),
        ("sections", vec!["section", "actual", "target", "money"], sections),
        (
            "unit_families",
            vec!["family", "count", "largest_name", "largest_as_written", "largest_value", "unit"],
            families,
        ),
    ]
}

/// A workbook with the full list and the four summary tables.
#[cfg(feature = "xlsx")]
pub fn report_to_xlsx(report: &Report, summary: &crate::aggregate::Summary) -> Result<Vec<u8>, String> {
    let rows: Vec<Vec<Cell>> = report.indicators.iter().map(row).collect();
    let tables = summary_tables(summary);
    let mut all: Vec<Table<'_>> = vec![("indicators", COLUMNS, rows)];
    for (name, headers, rows) in &tables {
        all.push((name, headers.as_slice(), rows.clone()));
    }
    tables_to_xlsx(&all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_neutralizes() {
        let rows = vec![vec![Cell::Text("=SUM(A1)".into()), Cell::Number(-10.0), Cell::Text("a,\"b\"".into())]];
        let csv = table_to_csv(&["x", "y", "z"], &rows);
        assert_eq!(csv, "\u{FEFF}x,y,z\r\n'=SUM(A1),-10,\"a,\"\"b\"\"\"\r\n");
    }

    #[test]
    fn markdown_escapes_pipes() {
        let md = table_to_markdown(&["a"], &[vec![Cell::Text("x|y".into())]]);
        assert_eq!(md, "| a |\n|---|\n| x\\|y |\n");
    }
}
