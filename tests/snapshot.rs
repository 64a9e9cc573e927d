//! Golden snapshots of whole real reports (`tests/data/unlabeled/`), in a
//! form a reviewer reads: each figure's sentence, a caret line under the
//! figure, and its fields. A grammar change shows up as a `git diff` of
//! `tests/data/snapshots/`; accept it with `UPDATE_SNAPSHOTS=1 cargo test`.

use std::fmt::Write;
use std::path::Path;

fn render(text: &str) -> String {
    let r = zhibiao::analyze(text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    for i in &r.indicators {
        // the line of the source around the figure, at most 40 chars each side
        let from =
            i.start.saturating_sub(40).max(chars[..i.start].iter().rposition(|&c| c == '\n').map_or(0, |p| p + 1));
        let to = (i.end + 40).min(chars[i.end..].iter().position(|&c| c == '\n').map_or(chars.len(), |p| i.end + p));
        let line: String = chars[from..to].iter().map(|&c| if c == '\n' { ' ' } else { c }).collect();
        let pad: usize = chars[from..i.start].iter().map(|&c| if c.is_ascii() { 1 } else { 2 }).sum();
        let width: usize =
            chars[i.start..i.end].iter().map(|&c| if c.is_ascii() { 1 } else { 2 }).sum::<usize>().max(1);
        let _ = writeln!(out, "{line}");
        let _ = writeln!(out, "{}{}", " ".repeat(pad), "^".repeat(width));
        let value = zhibiao::export::fmt_number(i.value);
        let max = i.value_max.map(|v| format!("–{}", zhibiao::export::fmt_number(v))).unwrap_or_default();
        let year = i.year.map(|y| y.to_string()).unwrap_or_else(|| "-".into());
        let _ = writeln!(
            out,
            "  {} | {value}{max} {} | {} {} {} {year} | §{}\n",
            i.name,
            i.unit,
            i.comparator.as_str(),
            i.measure.as_str(),
            i.kind.as_str(),
            i.section
        );
    }
    out
}

#[test]
fn unlabeled_reports_match_their_snapshots() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let snaps = root.join("snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut entries: Vec<_> = std::fs::read_dir(root.join("unlabeled"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    entries.sort();
    assert!(entries.len() >= 10, "the unlabeled reports are there");
    let mut changed = Vec::new();
    for path in entries {
        let text = std::fs::read_to_string(&path).unwrap();
        let got = render(&text);
        let snap = snaps.join(path.file_stem().unwrap()).with_extension("snap");
        if update {
            std::fs::create_dir_all(&snaps).unwrap();
            std::fs::write(&snap, &got).unwrap();
        } else if std::fs::read_to_string(&snap).ok().as_deref() != Some(got.as_str()) {
            changed.push(snap.display().to_string());
        }
    }
    assert!(changed.is_empty(), "snapshots differ (review, then UPDATE_SNAPSHOTS=1 cargo test): {changed:?}");
}
