//! The batch side of the CLI: many files or folders in, one table out, with
//! a `source` and a `report_year` column — a panel in one command. Files are
//! analysed in parallel on all cores, written in order in bounded chunks so
//! memory stays flat, and a file that cannot be read is reported by name and
//! skipped (the run exits non-zero at the end).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Serialize;
use zhibiao::export::{self, Cell};
use zhibiao::{analyze, Indicator, Report};

/// Every input file: explicit files as given, folders walked for `.txt`.
pub fn collect(inputs: &[String]) -> (Vec<PathBuf>, Vec<String>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for i in inputs {
        let p = Path::new(i);
        if p.is_dir() {
            let before = files.len();
            walk(p, &mut files, &mut errors);
            if files.len() == before {
                errors.push(format!("{i}: a folder with no .txt file in it"));
            }
        } else {
            files.push(p.to_path_buf());
        }
    }
    (files, errors)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(format!("{}: {e}", dir.display()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, files, errors);
        } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt")) {
            files.push(p);
        }
    }
}

/// One row of the panel: the indicator with its file and report year.
#[derive(Serialize)]
struct Row<'a> {
    source: &'a str,
    report_year: Option<i32>,
    #[serde(flatten)]
    indicator: &'a Indicator,
}

/// How a file's bytes become text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Gb18030,
}

/// Reads a file as text, with a message naming it when that fails.
pub fn read_text(path: &Path, enc: Encoding) -> Result<String, String> {
    let name = path.display();
    let meta = std::fs::metadata(path).map_err(|e| format!("{name}: {}", crate::describe(&e)))?;
    if meta.is_dir() {
        return Err(format!("{name}: is a directory, not a file"));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("{name}: {}", crate::describe(&e)))?;
    decode(&name.to_string(), bytes, enc)
}

/// Decodes bytes as UTF-8 (a BOM dropped) or GB18030.
pub fn decode(name: &str, bytes: Vec<u8>, enc: Encoding) -> Result<String, String> {
    if enc == Encoding::Gb18030 {
        let (text, _, bad) = encoding_rs::GB18030.decode(&bytes);
        if bad {
            return Err(format!("{name}: not valid GB18030 either"));
        }
        return Ok(text.into_owned());
    }
    let mut s = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not valid UTF-8 (at byte {}); if it is GB18030, as Chinese government files often are, add --encoding gb18030",
            e.utf8_error().valid_up_to()
        )
    })?;
    if s.starts_with('\u{FEFF}') {
        s.drain(..3);
    }
    Ok(s)
}

/// Analyses `files` and writes one table in `format` to `out`. Returns how
/// many files failed (each already reported on standard error).
pub fn run(files: &[PathBuf], format: &str, enc: Encoding, out: &mut dyn Write) -> std::io::Result<usize> {
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let chunk = (threads * 8).max(8);
    let progress = std::io::stderr().is_terminal() && files.len() > 1;
    let mut failed = 0;
    let mut first = true;
    let mut xlsx_rows: Vec<Vec<Cell>> = Vec::new();
    match format {
        "csv" => {
            let mut headers = vec!["source", "report_year"];
            headers.extend(export::COLUMNS);
            out.write_all(export::table_to_csv(&headers, &[]).as_bytes())?;
        }
        "md" => {
            let mut headers = vec!["source", "report_year"];
            headers.extend(export::COLUMNS);
            out.write_all(export::table_to_markdown(&headers, &[]).as_bytes())?;
        }
        "json" => out.write_all(b"{\"indicators\": [\n")?,
        _ => {}
    }
    for (c, group) in files.chunks(chunk).enumerate() {
        let results = analyze_parallel(group, enc, threads);
        for (path, result) in group.iter().zip(results) {
            let source = path.display().to_string();
            let report = match result {
                Ok(r) => r,
                Err(e) => {
                    failed += 1;
                    if progress {
                        eprint!("\r\x1b[K");
                    }
                    eprintln!("zhibiao: {e}");
                    continue;
                }
            };
            write_report(&source, &report, format, out, &mut first, &mut xlsx_rows)?;
        }
        if progress {
            let done = (c * chunk + group.len()).min(files.len());
            let width = 30;
            let filled = done * width / files.len();
            eprint!("\r[{}{}] {done}/{} files", "=".repeat(filled), " ".repeat(width - filled), files.len());
        }
    }
    if progress {
        eprintln!();
    }
    match format {
        "json" => out.write_all(b"\n]}\n")?,
        "xlsx" => {
            let mut headers = vec!["source", "report_year"];
            headers.extend(export::COLUMNS);
            let bytes =
                export::tables_to_xlsx(&[("indicators", &headers, xlsx_rows)]).map_err(std::io::Error::other)?;
            out.write_all(&bytes)?;
        }
        _ => {}
    }
    out.flush()?;
    Ok(failed)
}

fn analyze_parallel(group: &[PathBuf], enc: Encoding, threads: usize) -> Vec<Result<Report, String>> {
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<Result<Report, String>>> = (0..group.len()).map(|_| None).collect();
    let results = std::sync::Mutex::new(&mut slots);
    std::thread::scope(|s| {
        for _ in 0..threads.min(group.len()) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = group.get(i) else { break };
                let r = read_text(path, enc).and_then(|text| {
                    if text.trim().is_empty() {
                        Err(format!("{}: the file is empty", path.display()))
                    } else {
                        Ok(analyze(&text))
                    }
                });
                if let Ok(mut g) = results.lock() {
                    g[i] = Some(r);
                }
            });
        }
    });
    slots.into_iter().map(|r| r.unwrap_or_else(|| Err("internal error: no result".into()))).collect()
}

fn write_report(
    source: &str,
    report: &Report,
    format: &str,
    out: &mut dyn Write,
    first: &mut bool,
    xlsx_rows: &mut Vec<Vec<Cell>>,
) -> std::io::Result<()> {
    for ind in &report.indicators {
        let row = Row { source, report_year: report.report_year, indicator: ind };
        match format {
            "jsonl" => {
                serde_json::to_writer(&mut *out, &row)?;
                out.write_all(b"\n")?;
            }
            "json" => {
                if !*first {
                    out.write_all(b",\n")?;
                }
                serde_json::to_writer(&mut *out, &row)?;
            }
            "csv" | "md" | "xlsx" => {
                let mut cells = vec![
                    Cell::Text(source.to_string()),
                    report.report_year.map(|y| Cell::Number(y as f64)).unwrap_or(Cell::Empty),
                ];
                cells.extend(export::row(ind));
                if format == "xlsx" {
                    xlsx_rows.push(cells);
                } else if format == "csv" {
                    let csv = export::table_to_csv(&[], &[cells]);
                    // drop the BOM and the empty header line of a one-row table
                    out.write_all(csv.trim_start_matches('\u{FEFF}').trim_start_matches("\r\n").as_bytes())?;
                } else {
                    let md = export::table_to_markdown(&[], &[cells]);
                    out.write_all(md.lines().skip(2).collect::<Vec<_>>().join("\n").as_bytes())?;
                    out.write_all(b"\n")?;
                }
            }
            _ => {}
        }
        *first = false;
    }
    Ok(())
}
