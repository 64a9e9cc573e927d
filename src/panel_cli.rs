//! `zhibiao panel`: many reports in, the long indicator table, the table of
//! reports and the promises out (`shared/spec/panel.md`). The indicator
//! rows stream as the files are read (through a temporary file for JSON,
//! whose object lists the reports first); the promises need every report
//! and come at the end, from a slim copy of the indicators with a year.

use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;

use zhibiao::export::{self, Cell};
use zhibiao::panel::{self, Panel};

use crate::batch::{self, Done, Encoding};

/// The tables `--table` may name.
pub const TABLES: &[&str] = &["indicators", "promises", "reports"];

/// A temporary file removed when dropped.
struct Spill {
    path: PathBuf,
    file: Option<BufWriter<File>>,
}

impl Spill {
    fn new() -> io::Result<Spill> {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let path = std::env::temp_dir().join(format!("zhibiao-panel-{}-{nanos}.json", std::process::id()));
        let file = BufWriter::new(File::create(&path)?);
        Ok(Spill { path, file: Some(file) })
    }
}

impl Drop for Spill {
    fn drop(&mut self) {
        self.file.take();
        let _ = std::fs::remove_file(&self.path);
    }
}

fn write_table(format: &str, headers: &[&str], rows: &[Vec<Cell>], out: &mut dyn Write) -> io::Result<()> {
    match format {
        "csv" => out.write_all(export::table_to_csv(headers, rows).as_bytes()),
        _ => out.write_all(export::table_to_markdown(headers, rows).as_bytes()),
    }
}

fn write_jsonl<T: serde::Serialize>(items: &[T], out: &mut dyn Write) -> io::Result<()> {
    for x in items {
        serde_json::to_writer(&mut *out, x).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn write_array<T: serde::Serialize>(items: &[T], out: &mut dyn Write) -> io::Result<()> {
    for (k, x) in items.iter().enumerate() {
        if k > 0 {
            out.write_all(b",\n")?;
        }
        serde_json::to_writer(&mut *out, x).map_err(io::Error::other)?;
    }
    Ok(())
}

/// Reads `files` into a panel and writes `table` (or, for JSON and XLSX,
/// all three) in `format`. Returns how many files failed.
pub fn run(files: &[PathBuf], format: &str, table: &str, enc: Encoding, out: &mut dyn Write) -> io::Result<usize> {
    let rows_now = table == "indicators" || format == "json" || format == "xlsx";
    let mut spill = if format == "json" { Some(Spill::new()?) } else { None };
    if table == "indicators" && matches!(format, "csv" | "md") {
        write_table(format, &panel::indicator_headers(), &[], out)?;
    }
    let mut panel = Panel::default();
    let mut first = true;
    let mut xlsx_rows: Vec<Vec<Cell>> = Vec::new();
    let render_as = if format == "json" { "json" } else { format };
    let failed = batch::for_each(
        files,
        enc,
        |path, mut report| {
            report.report.source = Some(path.display().to_string());
            let rows = rows_now.then(|| batch::render(&report, render_as));
            (report, rows)
        },
        |(report, rows)| {
            panel.add(&report);
            match rows {
                Some(Done::Bytes(bytes, any)) => {
                    let w: &mut dyn Write = match spill.as_mut().and_then(|s| s.file.as_mut()) {
                        Some(f) => f,
                        None => out,
                    };
                    if format == "json" && any && !first {
                        w.write_all(b",\n")?;
                    }
                    w.write_all(&bytes)?;
                    first &= !any;
                }
                Some(Done::Cells(cells)) => xlsx_rows.extend(cells),
                None => {}
            }
            Ok(())
        },
    )?;
    let promises = panel.promises();
    let entries = panel.entries();
    match (format, table) {
        ("json", _) => {
            out.write_all(b"{\"reports\": [\n")?;
            write_array(&entries, out)?;
            out.write_all(b"\n],\n\"indicators\": [\n")?;
            if let Some(mut s) = spill.take() {
                if let Some(mut f) = s.file.take() {
                    f.flush()?;
                }
                let mut f = File::open(&s.path)?;
                let mut buf = vec![0u8; 1 << 16];
                loop {
                    let n = f.read(&mut buf)?;
                    if n == 0 {
                        break;
                    }
                    out.write_all(&buf[..n])?;
                }
            }
            out.write_all(b"\n],\n\"promises\": [\n")?;
            write_array(&promises, out)?;
            out.write_all(b"\n]}\n")?;
        }
        ("xlsx", _) => {
            let headers = panel::indicator_headers();
            let prows = promises.iter().map(panel::promise_cells).collect();
            let rrows = entries.iter().map(panel::entry_cells).collect();
            let bytes = export::tables_to_xlsx(&[
                ("indicators", &headers, xlsx_rows),
                ("promises", panel::PROMISE_HEADERS, prows),
                ("reports", panel::REPORT_HEADERS, rrows),
            ])
            .map_err(io::Error::other)?;
            out.write_all(&bytes)?;
        }
        (_, "indicators") => {}
        ("jsonl", "promises") => write_jsonl(&promises, out)?,
        ("jsonl", _) => write_jsonl(&entries, out)?,
        (_, "promises") => {
            let rows: Vec<Vec<Cell>> = promises.iter().map(panel::promise_cells).collect();
            write_table(format, panel::PROMISE_HEADERS, &rows, out)?;
        }
        _ => {
            let rows: Vec<Vec<Cell>> = entries.iter().map(panel::entry_cells).collect();
            write_table(format, panel::REPORT_HEADERS, &rows, out)?;
        }
    }
    out.flush()?;
    let unnamed = entries.iter().filter(|e| e.info.government.is_none() && e.indicators > 0).count();
    if unnamed > 0 {
        eprintln!("zhibiao: {unnamed} of {} reports name no government; their targets are not paired", entries.len());
    }
    Ok(failed)
}
