//! The batch side of the CLI: many files or folders in, one table out, with
//! each report's `source`, `report_year`, `government`, `level`, `document`
//! and `language` columns — a panel in one command. Files are
//! analysed and their rows rendered in parallel on all cores, written in
//! order as they come with a bounded look-ahead so memory stays flat, and a
//! file that cannot be read is reported by name and skipped (the run exits
//! non-zero at the end).

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

use zhibiao::export::{self, Cell};
use zhibiao::panel::{self as zpanel, Row};
use zhibiao::{analyze, Report};

/// Every input file: explicit files as given, folders walked for `.txt`,
/// `.docx`, `.html` and `.htm`.
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
        } else if p
            .extension()
            .is_some_and(|x| ["txt", "docx", "html", "htm"].iter().any(|e| x.eq_ignore_ascii_case(e)))
        {
            files.push(p);
        }
    }
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

/// Decodes bytes as UTF-8 (a BOM dropped) or GB18030; a Word document
/// gives its text, UTF-16 with a BOM is read as such, and a PDF or another
/// binary file is refused with a message saying so.
pub fn decode(name: &str, bytes: Vec<u8>, enc: Encoding) -> Result<String, String> {
    use zhibiao::input::{sniff, Format};
    match sniff(&bytes) {
        Format::Docx => return zhibiao::docx::text(&bytes).map_err(|e| format!("{name}: {e}")),
        Format::Pdf => {
            return Err(format!(
                "{name}: a PDF; the command line does not read PDF (no maintained Rust crate reads the text of Chinese PDFs reliably): open it in the page, or save its text first"
            ))
        }
        Format::Binary => return Err(format!("{name}: not a text file, a Word document or a web page")),
        // UTF-16 with a BOM; bytes that only start like one are read as UTF-8 below
        Format::Unicode if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") => {
            if let Some((text, _)) = zhibiao::input::decode_unicode(&bytes) {
                return Ok(text);
            }
        }
        _ => {}
    }
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

/// What a worker makes of one file: the rows rendered in the output
/// format, or the cells of a workbook (written at the end).
pub(crate) enum Done {
    /// The rows, ready to write; whether there is any.
    Bytes(Vec<u8>, bool),
    Cells(Vec<Vec<Cell>>),
}

/// Reads and analyses `files` on all cores, with `work` turning each
/// report into what the writer needs, and hands the results to `sink` in
/// the files' order as they come, with a progress bar on a terminal. A
/// worker runs at most a window of files ahead of the writer, so memory
/// stays flat however many files there are, and no core waits for the
/// writing. Returns how many files failed (each already reported on
/// standard error).
pub fn for_each<T: Send>(
    files: &[PathBuf],
    enc: Encoding,
    work: impl Fn(&Path, Report) -> T + Sync,
    mut sink: impl FnMut(T) -> std::io::Result<()>,
) -> std::io::Result<usize> {
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let chunk = (threads * 8).max(8);
    let window = chunk * 2;
    let progress = std::io::stderr().is_terminal() && files.len() > 1;
    let mut failed = 0;
    let next = AtomicUsize::new(0);
    // how many files are written, and whether the writer gave up
    let gate = (Mutex::new((0usize, false)), Condvar::new());
    let (tx, rx) = mpsc::channel::<(usize, Result<T, String>)>();
    let work = &work;
    let written = std::thread::scope(|s| {
        for _ in 0..threads.min(files.len()) {
            let tx = tx.clone();
            let (next, gate) = (&next, &gate);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = files.get(i) else { break };
                {
                    let Ok(mut g) = gate.0.lock() else { break };
                    while i >= g.0 + window && !g.1 {
                        let Ok(w) = gate.1.wait(g) else { return };
                        g = w;
                    }
                    if g.1 {
                        break;
                    }
                }
                let r = read_text(path, enc).and_then(|text| {
                    if text.trim().is_empty() {
                        Err(format!("{}: the file is empty", path.display()))
                    } else {
                        Ok(work(path, analyze(&text)))
                    }
                });
                if tx.send((i, r)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut write = |rx: mpsc::Receiver<(usize, Result<T, String>)>| -> std::io::Result<()> {
            // results that came before their turn, by index
            let mut pending: BTreeMap<usize, Result<T, String>> = BTreeMap::new();
            let mut done = 0;
            for (i, r) in rx {
                pending.insert(i, r);
                while let Some(r) = pending.remove(&done) {
                    match r {
                        Ok(t) => sink(t)?,
                        Err(e) => {
                            failed += 1;
                            if progress {
                                eprint!("\r\x1b[K");
                            }
                            eprintln!("zhibiao: {e}");
                        }
                    }
                    done += 1;
                    if let Ok(mut g) = gate.0.lock() {
                        g.0 = done;
                    }
                    gate.1.notify_all();
                    if progress && (done % chunk == 0 || done == files.len()) {
                        let width = 30;
                        let filled = done * width / files.len();
                        eprint!(
                            "\r[{}{}] {done}/{} files",
                            "=".repeat(filled),
                            " ".repeat(width - filled),
                            files.len()
                        );
                    }
                }
            }
            Ok(())
        };
        let r = write(rx);
        // on an error of the output, the workers stop
        if let Ok(mut g) = gate.0.lock() {
            g.1 = true;
        }
        gate.1.notify_all();
        r
    });
    if progress {
        eprintln!();
    }
    written?;
    Ok(failed)
}

/// Analyses `files` and writes one table in `format` to `out`: the long
/// indicator table, one row per indicator with its report's fields.
/// Returns how many files failed (each already reported on standard error).
pub fn run(files: &[PathBuf], format: &str, enc: Encoding, out: &mut dyn Write) -> std::io::Result<usize> {
    let headers = zpanel::indicator_headers();
    match format {
        "csv" => out.write_all(export::table_to_csv(&headers, &[]).as_bytes())?,
        "md" => out.write_all(export::table_to_markdown(&headers, &[]).as_bytes())?,
        "json" => out.write_all(b"{\"indicators\": [\n")?,
        _ => {}
    }
    let mut first = true;
    let mut xlsx_rows: Vec<Vec<Cell>> = Vec::new();
    let failed = for_each(
        files,
        enc,
        |path, mut report| {
            report.report.source = Some(path.display().to_string());
            render(&report, format)
        },
        |done| {
            match done {
                Done::Bytes(bytes, any) => {
                    if format == "json" && any && !first {
                        out.write_all(b",\n")?;
                    }
                    out.write_all(&bytes)?;
                    first &= !any;
                }
                Done::Cells(cells) => xlsx_rows.extend(cells),
            }
            Ok(())
        },
    )?;
    match format {
        "json" => out.write_all(b"\n]}\n")?,
        "xlsx" => {
            let bytes =
                export::tables_to_xlsx(&[("indicators", &headers, xlsx_rows)]).map_err(std::io::Error::other)?;
            out.write_all(&bytes)?;
        }
        _ => {}
    }
    out.flush()?;
    Ok(failed)
}

/// The rows of one report in `format` (`json` rows joined by `,\n`, the
/// writer puts the separator between files).
pub(crate) fn render(report: &Report, format: &str) -> Done {
    let mut out = Vec::new();
    let mut cells_out = Vec::new();
    let info = &report.report;
    for (k, ind) in report.indicators.iter().enumerate() {
        match format {
            "jsonl" => {
                // writing to memory fails only on a value JSON cannot hold
                let _ = serde_json::to_writer(&mut out, &Row::new(info, ind));
                out.push(b'\n');
            }
            "json" => {
                if k > 0 {
                    out.extend_from_slice(b",\n");
                }
                let _ = serde_json::to_writer(&mut out, &Row::new(info, ind));
            }
            "csv" | "md" | "xlsx" => {
                let cells = zpanel::indicator_cells(info, ind);
                if format == "xlsx" {
                    cells_out.push(cells);
                } else if format == "csv" {
                    let csv = export::table_to_csv(&[], &[cells]);
                    // drop the BOM and the empty header line of a one-row table
                    out.extend_from_slice(csv.trim_start_matches('\u{FEFF}').trim_start_matches("\r\n").as_bytes());
                } else {
                    let md = export::table_to_markdown(&[], &[cells]);
                    out.extend_from_slice(md.lines().skip(2).collect::<Vec<_>>().join("\n").as_bytes());
                    out.push(b'\n');
                }
            }
            _ => {}
        }
    }
    if format == "xlsx" {
        Done::Cells(cells_out)
    } else {
        Done::Bytes(out, !report.indicators.is_empty())
    }
}
