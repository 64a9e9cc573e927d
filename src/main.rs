//! The `zhibiao` command line: a thin shell over the library.
//!
//! ```text
//! zhibiao extract FILE [--format json|csv|xlsx|md] [-o OUT]
//! zhibiao extract DIR_OR_FILES... [--format jsonl|json|csv|xlsx|md] [-o OUT]
//! zhibiao summarize FILE [--format json|csv|xlsx|md] [--table NAME] [-o OUT]
//! zhibiao panel REPORTS... [--format json|jsonl|csv|xlsx|md] [--table indicators|promises|reports] [-o OUT]
//! ```

mod batch;
mod panel_cli;

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use batch::Encoding;
use zhibiao::{analyze, export};

const USAGE: &str = "usage: zhibiao extract FILE [--format json|csv|xlsx|md] [-o OUT]
       zhibiao extract DIR_OR_FILES... [--format jsonl|json|csv|xlsx|md] [-o OUT]
       zhibiao summarize FILE [--format json|csv|xlsx|md] [--table NAME] [-o OUT]
       zhibiao panel REPORTS... [--format json|jsonl|csv|xlsx|md] [--table indicators|promises|reports] [-o OUT]
FILE may be - for standard input; --encoding gb18030 reads GB18030 text.
Several files or a folder (walked for .txt) give one table with the report's
columns (source, report_year, government, level, document, language),
analysed in parallel. --table picks one summary table: headline_targets,
target_vs_actual, sections or unit_families. panel sets each target beside
the result a later report of the same government gives (the promises); JSON
holds the reports, the indicators and the promises, XLSX one sheet each,
CSV, JSONL and Markdown the table --table names (default indicators).";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Command {
    Extract,
    Summarize,
    Panel,
}

struct Args {
    command: Command,
    table: Option<String>,
    files: Vec<String>,
    format: String,
    out: Option<String>,
    encoding: Encoding,
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let command = match it.next().as_deref() {
        Some("extract") => Command::Extract,
        Some("summarize" | "summarise") => Command::Summarize,
        Some("panel") => Command::Panel,
        Some("-h" | "--help" | "help") => return Err(String::new()),
        Some(other) => return Err(format!("unknown command '{other}'")),
        None => return Err("no command given".into()),
    };
    let mut a =
        Args { command, table: None, files: vec![], format: "json".into(), out: None, encoding: Encoding::Utf8 };
    while let Some(x) = it.next() {
        match x.as_str() {
            "--format" | "-f" => a.format = it.next().ok_or("--format needs a value")?,
            "-o" | "--output" => a.out = Some(it.next().ok_or("-o needs a file name")?),
            "--table" => a.table = Some(it.next().ok_or("--table needs a name")?),
            "--encoding" => {
                a.encoding = match it.next().ok_or("--encoding needs a value")?.to_lowercase().as_str() {
                    "utf-8" | "utf8" => Encoding::Utf8,
                    "gb18030" | "gbk" | "gb2312" => Encoding::Gb18030,
                    other => return Err(format!("unknown encoding '{other}' (utf-8 or gb18030)")),
                }
            }
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--format=") => a.format = s["--format=".len()..].to_string(),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option '{s}'")),
            _ => a.files.push(x),
        }
    }
    if a.files.is_empty() {
        return Err("no input file given".into());
    }
    if !matches!(a.format.as_str(), "json" | "jsonl" | "csv" | "xlsx" | "md") {
        return Err(format!("unknown format '{}' (json, jsonl, csv, xlsx or md)", a.format));
    }
    if a.command == Command::Panel {
        if let Some(t) = &a.table {
            if !panel_cli::TABLES.contains(&t.as_str()) {
                return Err(format!("unknown table '{t}' (indicators, promises or reports)"));
            }
            if matches!(a.format.as_str(), "json" | "xlsx") {
                return Err(format!("--table is for csv, jsonl and md; {} holds all three tables", a.format));
            }
        }
        if a.files.iter().any(|f| f == "-") {
            return Err("panel reads files and folders, not standard input (-)".into());
        }
    }
    Ok(a)
}

fn read_input(path: &str, enc: Encoding) -> Result<String, String> {
    if path == "-" {
        let mut bytes = Vec::new();
        io::stdin().read_to_end(&mut bytes).map_err(|e| format!("standard input: {e}"))?;
        return batch::decode("standard input", bytes, enc);
    }
    batch::read_text(Path::new(path), enc)
}

/// A short reason for an I/O error, without the OS error number.
pub(crate) fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn summarize(a: &Args) -> Result<Vec<u8>, String> {
    if a.files.len() != 1 {
        return Err("summarize takes one file".into());
    }
    let text = read_input(&a.files[0], a.encoding)?;
    let report = analyze(&text);
    let summary = zhibiao::aggregate::summarize(&text, &report);
    let tables = export::summary_tables(&summary);
    if let Some(t) = &a.table {
        if !tables.iter().any(|(n, _, _)| n == t) {
            return Err(format!("unknown table '{t}' (headline_targets, target_vs_actual, sections, unit_families)"));
        }
    }
    let chosen = tables.iter().filter(|(n, _, _)| a.table.as_deref().is_none_or(|t| t == *n));
    Ok(match a.format.as_str() {
        "json" | "jsonl" => {
            let mut s = match &a.table {
                Some(t) => {
                    let value = serde_json::to_value(&summary).map_err(|e| e.to_string())?;
                    serde_json::to_string_pretty(&value[t.as_str()])
                }
                None => serde_json::to_string_pretty(&summary),
            }
            .map_err(|e| e.to_string())?;
            s.push('\n');
            s.into_bytes()
        }
        "csv" => {
            // one byte-order mark for the file; tables apart by a blank line
            let parts: Vec<String> = chosen
                .enumerate()
                .map(|(k, (_, h, r))| {
                    let csv = export::table_to_csv(h, r);
                    if k == 0 {
                        csv
                    } else {
                        csv.trim_start_matches('\u{FEFF}').to_string()
                    }
                })
                .collect();
            parts.join("\r\n").into_bytes()
        }
        "md" => chosen
            .map(|(n, h, r)| format!("## {n}\n\n{}", export::table_to_markdown(h, r)))
            .collect::<Vec<_>>()
            .join("\n")
            .into_bytes(),
        _ => export::report_to_xlsx(&report, &summary)?,
    })
}

/// One report in, the contract's forms out.
fn extract_one(a: &Args) -> Result<Vec<u8>, String> {
    let text = read_input(&a.files[0], a.encoding)?;
    if text.trim().is_empty() {
        return Err(format!("{}: the file is empty", a.files[0]));
    }
    let mut report = analyze(&text);
    if a.files[0] != "-" {
        report.report.source = Some(a.files[0].clone());
    }
    Ok(match a.format.as_str() {
        "json" => {
            let mut s = export::to_json(&report);
            s.push('\n');
            s.into_bytes()
        }
        "csv" => export::to_csv(&report).into_bytes(),
        "md" => export::to_markdown(&report).into_bytes(),
        _ => export::to_xlsx(&report)?,
    })
}

fn output(a: &Args) -> Result<Box<dyn Write>, String> {
    match &a.out {
        Some(p) => std::fs::File::create(p)
            .map(|f| Box::new(io::BufWriter::new(f)) as Box<dyn Write>)
            .map_err(|e| format!("{p}: {}", describe(&e))),
        None if a.format == "xlsx" => Err("an XLSX workbook is binary: give a file with -o OUT.xlsx".into()),
        None => Ok(Box::new(io::BufWriter::new(io::stdout().lock()))),
    }
}

fn finish(r: io::Result<()>) -> Result<(), String> {
    match r {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        r => r.map_err(|e| format!("output: {e}")),
    }
}

fn run(a: Args) -> Result<bool, String> {
    let single = a.command == Command::Extract
        && a.files.len() == 1
        && (a.files[0] == "-" || !Path::new(&a.files[0]).is_dir())
        && a.format != "jsonl";
    if a.command == Command::Summarize || single {
        let bytes = if a.command == Command::Summarize { summarize(&a)? } else { extract_one(&a)? };
        let mut out = output(&a)?;
        finish(out.write_all(&bytes).and_then(|_| out.flush()))?;
        return Ok(true);
    }
    if a.files.iter().any(|f| f == "-") {
        return Err("standard input (-) is read alone, not among several files".into());
    }
    let (files, mut errors): (Vec<PathBuf>, Vec<String>) = batch::collect(&a.files);
    if files.is_empty() {
        let last = errors.pop().unwrap_or_else(|| "no input file".into());
        for e in &errors {
            eprintln!("zhibiao: {e}");
        }
        return Err(last);
    }
    for e in &errors {
        eprintln!("zhibiao: {e}");
    }
    let mut out = output(&a)?;
    let mut failed = errors.len();
    let done = if a.command == Command::Panel {
        let table = a.table.as_deref().unwrap_or("indicators");
        panel_cli::run(&files, &a.format, table, a.encoding, &mut out)
    } else {
        batch::run(&files, &a.format, a.encoding, &mut out)
    };
    match done {
        Ok(n) => failed += n,
        Err(e) => finish(Err(e))?,
    }
    if failed > 0 {
        eprintln!("zhibiao: {failed} of {} files could not be read", files.len() + errors.len());
    }
    Ok(failed == 0)
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("zhibiao: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("zhibiao: {e}");
            ExitCode::FAILURE
        }
    }
}
