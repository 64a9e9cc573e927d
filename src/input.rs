//! What a file is, told by its bytes rather than its name: a PDF, a Word
//! document, text (UTF-8, or UTF-16 with a byte order mark, or a legacy
//! Chinese encoding), or something else to refuse.
//!
//! Legacy encodings (GB18030) are decoded at the edges, where a decoder is
//! at hand: `encoding_rs` in the CLI, the browser's `TextDecoder` in the page.

/// The kind of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Text in UTF-8 (a BOM or none), UTF-16 LE or BE with a BOM.
    Unicode,
    /// Text that is not valid UTF-8: GB18030 (of which GBK and GB2312 are parts).
    Legacy,
    Pdf,
    /// A Word document (a zip with `word/document.xml`).
    Docx,
    /// Anything else: an image, an archive, a program.
    Binary,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Unicode | Format::Legacy => "text",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Binary => "binary",
        }
    }
}

/// The format of `bytes`.
pub fn sniff(bytes: &[u8]) -> Format {
    if bytes.starts_with(b"%PDF-") {
        return Format::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") {
        // the local headers name the parts; a Word document has word/document.xml
        return if find(bytes, b"word/document.xml") { Format::Docx } else { Format::Binary };
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Format::Unicode;
    }
    // text has no NUL and few control characters other than tab and line breaks
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Format::Binary;
    }
    let control = head.iter().filter(|&&b| b < 9 || (b > 13 && b < 32)).count();
    if !head.is_empty() && control * 20 > head.len() {
        return Format::Binary;
    }
    if std::str::from_utf8(bytes).is_ok() {
        Format::Unicode
    } else {
        Format::Legacy
    }
}

fn find(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// The text of Unicode bytes and the name of their encoding; `None` for
/// bytes that are none of UTF-8, UTF-16 LE or BE with a BOM.
pub fn decode_unicode(bytes: &[u8]) -> Option<(String, &'static str)> {
    let utf16 = |be: bool| {
        if bytes.len() % 2 != 0 {
            return None; // half a code unit at the end
        }
        let units = bytes[2..].chunks_exact(2).map(|p| {
            if be {
                u16::from_be_bytes([p[0], p[1]])
            } else {
                u16::from_le_bytes([p[0], p[1]])
            }
        });
        char::decode_utf16(units).collect::<Result<String, _>>().ok()
    };
    if bytes.starts_with(b"\xFF\xFE") {
        return utf16(false).map(|s| (s, "UTF-16LE"));
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return utf16(true).map(|s| (s, "UTF-16BE"));
    }
    let s = std::str::from_utf8(bytes).ok()?;
    Some((s.strip_prefix('\u{feff}').unwrap_or(s).to_string(), "UTF-8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    // cut from tests/data/corpus/jintan-2023.txt
    const TEXT: &str = "地区生产总值增长8%";

    #[test]
    fn formats_are_told_by_content() {
        assert_eq!(sniff(TEXT.as_bytes()), Format::Unicode);
        assert_eq!(sniff(b"%PDF-1.4\n%\xE2\xE3"), Format::Pdf);
        assert_eq!(sniff(b"PK\x03\x04\x14\x00[Content_Types].xml word/document.xml"), Format::Docx);
        assert_eq!(sniff(b"PK\x03\x04\x14\x00xl/workbook.xml"), Format::Binary);
        assert_eq!(sniff(&[0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0]), Format::Binary);
        // 地 in GB18030 is B5 D8: not UTF-8
        assert_eq!(sniff(&[0xB5, 0xD8, b'8', b'%']), Format::Legacy);
    }

    #[test]
    fn utf16_with_a_bom_is_decoded() {
        let mut le = vec![0xFF, 0xFE];
        le.extend(TEXT.encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(sniff(&le), Format::Unicode, "its NULs do not make it binary");
        assert_eq!(decode_unicode(&le), Some((TEXT.to_string(), "UTF-16LE")));
        let mut be = vec![0xFE, 0xFF];
        be.extend(TEXT.encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert_eq!(decode_unicode(&be), Some((TEXT.to_string(), "UTF-16BE")));
    }

    #[test]
    fn a_utf8_bom_is_dropped() {
        let bytes = [b"\xEF\xBB\xBF".as_slice(), TEXT.as_bytes()].concat();
        assert_eq!(decode_unicode(&bytes), Some((TEXT.to_string(), "UTF-8")));
        assert_eq!(decode_unicode(&[0xB5, 0xD8]), None);
        assert_eq!(decode_unicode(&[0xFF, 0xFE, 0x00]), None, "half a UTF-16 unit");
    }
}
