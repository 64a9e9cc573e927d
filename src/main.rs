//! The `zhibiao` command line: a thin shell over the library.
//!
//! ```text
//! zhibiao extract FILE... [--format json|csv|xlsx|md] [-o OUT]
//! zhibiao summarize FILE [--format json|csv|xlsx|md] [--table NAME] [-o OUT]
//! ```

use std::io::{self, Read, Write};
use std::process::ExitCode;

use zhibiao::{analyze, export};

const USAGE: &str = "usage: zhibiao extract FILE... [--format json|csv|xlsx|md] [-o OUT]
       zhibiao summarize FILE [--format json|csv|xlsx|md] [--table NAME] [-o OUT]
FILE may be - for standard input. --table picks one summary table:
headline_targets, target_vs_actual, sections or unit_families.";

struct Args {
    summarize: bool,
    table: Option<String>,
    files: Vec<String>,
    format: String,
    out: Option<String>,
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let summarize = match it.next().as_deref() {
        Some("extract") => false,
        Some("summarize" | "summarise") => true,
        Some("-h" | "--help" | "help") => return Err(String::new()),
        Some(other) => return Err(format!("unknown command '{other}'")),
        None => return Err("no command given".into()),
    };
    let mut a = Args { summarize, table: None, files: vec![], format: "json".into(), out: None };
    while let Some(x) = it.next() {
        match x.as_str() {
            "--format" | "-f" => a.format = it.next().ok_or("--format needs a value")?,
            "-o" | "--output" => a.out = Some(it.next().ok_or("-o needs a file name")?),
            "--table" => a.table = Some(it.next().ok_or("--table needs a name")?),
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--format=") => a.format = s["--format=".len()..].to_string(),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option '{s}'")),
            _ => a.files.push(x),
        }
    }
    if a.files.is_empty() {
        return Err("no input file given".into());
    }
    if !matches!(a.format.as_str(), "json" | "csv" | "xlsx" | "md") {
        return Err(format!("unknown format '{}' (json, csv, xlsx or md)", a.format));
    }
    Ok(a)
}

fn read_input(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    if path == "-" {
        io::stdin().read_to_end(&mut bytes).map_err(|e| format!("standard input: {e}"))?;
    } else {
        let meta = std::fs::metadata(path).map_err(|e| format!("{path}: {}", describe(&e)))?;
        if meta.is_dir() {
            return Err(format!("{path}: is a directory, not a file"));
        }
        bytes = std::fs::read(path).map_err(|e| format!("{path}: {}", describe(&e)))?;
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path}: not valid UTF-8 (at byte {}); the text may be in GB18030: convert it with `iconv -f GB18030 -t UTF-8`",
            e.utf8_error().valid_up_to()
        )
    })
}

fn describe(e: &io::Error) -> String {
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
    let text = read_input(&a.files[0])?;
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
        "json" => {
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

fn run(a: Args) -> Result<(), String> {
    let bytes = if a.summarize { summarize(&a)? } else { extract(&a)? };
    write_out(&a, &bytes)
}

fn extract(a: &Args) -> Result<Vec<u8>, String> {
    let mut reports = Vec::new();
    for f in &a.files {
        let text = read_input(f)?;
        let mut r = analyze(&text);
        if a.files.len() > 1 {
            // one table for many files: the source goes in the section-free name column's neighbour
            for ind in &mut r.indicators {
                ind.section = format!("{f}: {}", ind.section);
            }
        }
        reports.push(r);
    }
    let mut report = reports.remove(0);
    for r in reports {
        report.indicators.extend(r.indicators);
        report.diagnostics.extend(r.diagnostics);
    }
    let bytes: Vec<u8> = match a.format.as_str() {
        "json" => {
            let mut s = export::to_json(&report);
            s.push('\n');
            s.into_bytes()
        }
        "csv" => export::to_csv(&report).into_bytes(),
        "md" => export::to_markdown(&report).into_bytes(),
        _ => export::to_xlsx(&report)?,
    };
    Ok(bytes)
}

fn write_out(a: &Args, bytes: &[u8]) -> Result<(), String> {
    match &a.out {
        Some(p) => std::fs::write(p, bytes).map_err(|e| format!("{p}: {}", describe(&e))),
        None => {
            if a.format == "xlsx" {
                return Err("an XLSX workbook is binary: give a file with -o OUT.xlsx".into());
            }
            let mut out = io::stdout().lock();
            match out.write_all(bytes).and_then(|_| out.flush()) {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
                r => r.map_err(|e| format!("standard output: {e}")),
            }
        }
    }
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
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("zhibiao: {e}");
            ExitCode::FAILURE
        }
    }
}
