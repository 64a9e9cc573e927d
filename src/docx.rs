//! The text of a Word document (`.docx`): a zip whose `word/document.xml`
//! holds the body in WordprocessingML. Each paragraph (`w:p`) is a line;
//! a table row (`w:tr`) is a line with its cells (`w:tc`) split by tabs;
//! `w:tab` is a tab, `w:br` and `w:cr` a line break. Deleted text of tracked
//! changes (`w:delText`), field codes (`w:instrText`) and the parts outside
//! the body (headers, footers, footnotes) are left out.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;

/// The most a document's XML may unpack to (a zip bomb is refused).
const MAX_XML: u64 = 256 << 20;

/// The text of the Word document `bytes`, or why it cannot be read.
pub fn text(bytes: &[u8]) -> Result<String, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| format!("not a Word document ({e})"))?;
    let part =
        zip.by_name("word/document.xml").map_err(|_| "not a Word document (no word/document.xml)".to_string())?;
    let mut xml = String::new();
    part.take(MAX_XML).read_to_string(&mut xml).map_err(|e| format!("the document cannot be unpacked ({e})"))?;
    body_text(&xml)
}

/// The text of the WordprocessingML `xml`.
pub fn body_text(xml: &str) -> Result<String, String> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    // inside w:t (text kept) and inside w:delText / w:instrText (dropped)
    let (mut in_text, mut skip, mut cell) = (false, 0usize, 0usize);
    let bad = |e: quick_xml::Error| format!("the document's XML is broken ({e})");
    loop {
        match reader.read_event().map_err(bad)? {
            Event::Start(e) => match e.local_name().as_ref() {
                b"t" => in_text = true,
                b"delText" | b"instrText" => skip += 1,
                b"tc" => {
                    if !out.is_empty() && !out.ends_with('\n') {
                        out.push('\t');
                    }
                    cell += 1;
                }
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"tab" => out.push('\t'),
                b"br" | b"cr" => out.push('\n'),
                // an empty paragraph is an empty line
                b"p" => out.push('\n'),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"delText" | b"instrText" => skip = skip.saturating_sub(1),
                // the paragraphs of a cell are joined by spaces
                b"p" if cell > 0 && !out.ends_with([' ', '\t', '\n']) => out.push(' '),
                b"p" if cell > 0 => {}
                b"p" => out.push('\n'),
                b"tc" => {
                    cell = cell.saturating_sub(1);
                    if out.ends_with(' ') {
                        out.pop();
                    }
                }
                b"tr" => out.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text && skip == 0 => out.push_str(&t.decode().map_err(|e| bad(e.into()))?),
            Event::GeneralRef(r) if in_text && skip == 0 => {
                if let Some(c) = r.resolve_char_ref().map_err(bad)? {
                    out.push(c);
                } else {
                    let name = r.decode().map_err(|e| bad(e.into()))?;
                    out.push_str(quick_xml::escape::resolve_predefined_entity(&name).unwrap_or(""));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    #[test]
    fn paragraphs_are_lines_and_runs_join() {
        // cut from tests/data/corpus/jintan-2023.txt
        let xml = format!(
            "<w:document {W}><w:body><w:p><w:r><w:t>2022年工作回顾</w:t></w:r></w:p>\
             <w:p><w:r><w:t>地区生产总值增长</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>8%</w:t></w:r>\
             <w:r><w:t xml:space=\"preserve\">;一般公共预算收入增长10%</w:t></w:r></w:p></w:body></w:document>"
        );
        assert_eq!(body_text(&xml).unwrap(), "2022年工作回顾\n地区生产总值增长8%;一般公共预算收入增长10%\n");
    }

    #[test]
    fn tables_are_lines_of_tab_separated_cells() {
        let xml = format!(
            "<w:document {W}><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>地区生产总值</w:t></w:r></w:p></w:tc>\
             <w:tc><w:p><w:r><w:t>8%</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"
        );
        assert_eq!(body_text(&xml).unwrap(), "地区生产总值\t8%\n");
    }

    #[test]
    fn deleted_text_and_field_codes_are_dropped_and_entities_decoded() {
        let xml = format!(
            "<w:document {W}><w:body><w:p><w:r><w:delText>6%</w:delText></w:r><w:r><w:instrText>PAGE 3</w:instrText></w:r>\
             <w:r><w:t>增长8%&amp;10%</w:t></w:r><w:r><w:tab/><w:t>&#26684;</w:t></w:r></w:p></w:body></w:document>"
        );
        assert_eq!(body_text(&xml).unwrap(), "增长8%&10%\t格\n");
    }

    #[test]
    fn what_is_no_word_document_is_an_error() {
        assert!(text(b"PK\x03\x04 broken").unwrap_err().starts_with("not a Word document"));
        assert!(text("地区生产总值增长8%".as_bytes()).is_err());
        assert!(body_text("<w:p><w:t>8%</w:p>").is_err());
    }
}
