//! A Word document of a real report gives the indicators of its text
//! (issue 13), read by the library and by the CLI.

use std::io::Write;

/// A minimal Word document (the parts Word itself needs to open it) with one
/// paragraph per line of `text`, each split in two runs as Word does at a
/// change of format.
pub fn docx_of(text: &str) -> Vec<u8> {
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let mut body = String::new();
    for line in text.lines() {
        let cut = line.char_indices().nth(line.chars().count() / 2).map_or(line.len(), |(i, _)| i);
        body.push_str(&format!(
            "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            esc(&line[..cut]),
            esc(&line[cut..])
        ));
    }
    let parts = [
        ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>".to_string()),
        ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>".to_string()),
        ("word/document.xml", format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>")),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, xml) in parts {
        zip.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn key(r: &zhibiao::Report) -> Vec<(String, f64, String)> {
    r.indicators.iter().map(|i| (i.name.clone(), i.value, i.unit.clone())).collect()
}

#[test]
fn a_word_document_gives_the_indicators_of_its_text() {
    for name in ["jintan-2023.txt", "zh-national-2024.txt", "en-india-budget-2016.txt"] {
        let text = std::fs::read_to_string(format!("tests/data/corpus/{name}")).unwrap();
        let from_docx = zhibiao::docx::text(&docx_of(&text)).unwrap();
        assert_eq!(from_docx.trim_end(), text.trim_end().replace("\r\n", "\n"), "{name}: the text comes back whole");
        assert_eq!(key(&zhibiao::analyze(&from_docx)), key(&zhibiao::analyze(&text)), "{name}");
    }
}

#[test]
fn the_cli_reads_a_word_document() {
    let text = std::fs::read_to_string("tests/data/corpus/jintan-2023.txt").unwrap();
    let dir = std::env::temp_dir().join(format!("zhibiao-docx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("jintan-2023.docx");
    std::fs::write(&file, docx_of(&text)).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_zhibiao"))
        .args(["extract", file.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let n = json["indicators"].as_array().map_or(0, |a| a.len());
    assert_eq!(n, zhibiao::analyze(&text).indicators.len());
    // a PDF is refused with a message that says so
    let pdf = dir.join("report.pdf");
    std::fs::write(&pdf, b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_zhibiao"))
        .args(["extract", pdf.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not read PDF"));
    std::fs::remove_dir_all(&dir).ok();
}
