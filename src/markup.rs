//! The visible text of an HTML document, with a map back to the markup.
//!
//! A report saved from a government portal (or pasted as its source) is an
//! HTML document: its tags, attributes, comments, scripts and styles are no
//! part of the report, yet hold numbers enough (`width="600"`, counters,
//! script constants) to become figures. [`visible_text`] keeps only what a
//! browser would show, one line per block (a paragraph, a heading, a table
//! row, a `<br>`), white space collapsed as HTML does, entities decoded, and
//! for every visible character the span of the input it came from, so that
//! every figure found in the visible text is reported at its place in the
//! document as given.
//!
//! It is a tolerant scanner, not a full HTML parser: it needs no DOM, runs
//! in one pass, and never fails (unclosed tags and stray `<` are text or
//! skipped, as a browser would).

/// The visible text with, for each of its characters, the span of the
/// input (code points, end exclusive) it came from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Visible {
    pub text: String,
    from: Vec<usize>,
    to: Vec<usize>,
}

impl Visible {
    /// The input span `[start, end)` of the visible span `[s, e)`.
    pub fn original_span(&self, s: usize, e: usize) -> (usize, usize) {
        let n = self.from.len();
        let start = if s < n { self.from[s] } else { self.to.last().copied().unwrap_or(0) };
        let end = if e == 0 || e > n { start.max(self.to.last().copied().unwrap_or(0)) } else { self.to[e - 1] };
        (start, end.max(start))
    }

    fn push(&mut self, c: char, from: usize, to: usize) {
        self.text.push(c);
        self.from.push(from);
        self.to.push(to);
    }

    fn last(&self) -> Option<char> {
        self.text.chars().next_back()
    }
}

/// True when `text` is an HTML document rather than text that mentions a
/// tag: it starts (after white space and a byte order mark) with
/// `<!DOCTYPE html`, `<html`, `<?xml` followed by `<html`, or a comment or
/// `<head>`/`<body>`; or tags make up most of its first 4,000 characters.
pub fn is_html(text: &str) -> bool {
    let head: String = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']).chars().take(4000).collect();
    let lower = head.to_lowercase();
    if ["<!doctype html", "<html", "<head", "<body", "<meta ", "<!--"].iter().any(|p| lower.starts_with(p))
        || (lower.starts_with("<?xml") && lower.contains("<html"))
    {
        return true;
    }
    // mostly tags: more characters inside <letter…> than outside
    let (mut inside, mut tags, mut depth) = (0usize, 0usize, false);
    let chars: Vec<char> = head.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !depth && c == '<' && chars.get(i + 1).is_some_and(|n| n.is_ascii_alphabetic() || *n == '/' || *n == '!') {
            depth = true;
            tags += 1;
        }
        if depth {
            inside += 1;
            if c == '>' {
                depth = false;
            }
        }
    }
    tags >= 5 && inside * 2 > chars.len()
}

/// Elements whose content is never shown, read as raw text up to their end
/// tag.
const RAW: &[&str] = &["script", "style", "noscript", "template", "title", "textarea", "xmp", "iframe"];
/// Elements whose content is not part of the report (nested markup inside).
const HIDDEN: &[&str] =
    &["head", "nav", "select", "svg", "object", "button", "datalist", "map", "canvas", "audio", "video"];
/// Elements that start a line and end one.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "caption",
    "center",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "body",
    "html",
];
/// Table cells: a tab between them.
const CELL: &[&str] = &["td", "th"];

/// The report of an HTML document: `analyze` of its visible text, with
/// every span moved back to its place in `html` (and each figure's `text`
/// taken from there, as the contract asks).
pub(crate) fn analyze_html(html: &str, progress: &mut dyn FnMut(f64)) -> crate::Report {
    let visible = visible_text(html);
    let mut report = crate::analyze_text(&visible.text, progress);
    let chars: Vec<char> = html.chars().collect();
    for ind in &mut report.indicators {
        (ind.start, ind.end) = visible.original_span(ind.start, ind.end);
        ind.text = chars[ind.start.min(chars.len())..ind.end.min(chars.len())].iter().collect();
    }
    for d in &mut report.diagnostics {
        (d.start, d.end) = visible.original_span(d.start, d.end);
    }
    report
}

/// The visible text of the HTML document `html`.
pub fn visible_text(html: &str) -> Visible {
    let chars: Vec<char> = html.chars().collect();
    let mut out = Visible::default();
    let mut i = 0;
    let mut hidden = 0usize; // depth inside HIDDEN elements
    let mut pre = 0usize; // depth inside <pre>
                          // a run of white space waiting for the next visible character:
                          // (where it started, whether it held a line break)
    let mut space: Option<(usize, bool)> = None;
    let n = chars.len();
    while i < n {
        let c = chars[i];
        if c == '<' {
            if let Some(tag) = read_tag(&chars, i) {
                let name = tag.name.as_str();
                if tag.skip_to.is_some() || name.is_empty() {
                    i = tag.end;
                    continue;
                }
                if !tag.closing && RAW.contains(&name) {
                    i = raw_end(&chars, tag.end, name);
                    continue;
                }
                if HIDDEN.contains(&name) && !tag.self_closing {
                    if tag.closing {
                        hidden = hidden.saturating_sub(1);
                    } else {
                        hidden += 1;
                    }
                } else if name == "pre" {
                    pre = if tag.closing { pre.saturating_sub(1) } else { pre + 1 };
                }
                if hidden == 0 {
                    if BLOCK.contains(&name) || (tag.closing && HIDDEN.contains(&name)) {
                        space = None;
                        if out.last().is_some_and(|l| l != '\n') {
                            out.push('\n', i, i);
                        }
                    } else if CELL.contains(&name) && !tag.closing {
                        space = None;
                        if out.last().is_some_and(|l| l != '\n' && l != '\t') {
                            out.push('\t', i, i);
                        }
                    }
                }
                i = tag.end;
                continue;
            }
        }
        if hidden > 0 {
            i += 1;
            continue;
        }
        let (ch, len) = if c == '&' { entity(&chars, i).unwrap_or(('&', 1)) } else { (c, 1) };
        if pre == 0 && c != '&' && matches!(ch, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
            let had_break = matches!(ch, '\n' | '\r') || space.is_some_and(|s| s.1);
            space = Some((space.map_or(i, |s| s.0), had_break));
            i += len;
            continue;
        }
        if let Some((at, had_break)) = space.take() {
            let prev = out.last();
            // a line break of the source between two Chinese characters is
            // no space on the page; white space at a line's start is none
            let joins = had_break && prev.is_some_and(crate::normalize::is_cjk) && crate::normalize::is_cjk(ch);
            if !joins && prev.is_some_and(|p| p != '\n' && p != '\t') {
                out.push(' ', at, at + 1);
            }
        }
        out.push(if ch == '\r' { '\n' } else { ch }, i, i + len);
        i += len;
    }
    out
}

struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    /// The index after the tag's `>`.
    end: usize,
    /// Set for comments, doctypes and processing instructions: skipped whole.
    skip_to: Option<usize>,
}

/// Reads the tag that starts at `chars[i] == '<'`; `None` when the `<` is
/// text (`a < b`, `<5%`).
fn read_tag(chars: &[char], i: usize) -> Option<Tag> {
    let n = chars.len();
    let at = |k: usize| chars.get(k).copied().unwrap_or('\0');
    if at(i + 1) == '!' || at(i + 1) == '?' {
        // <!-- comment -->, <![CDATA[ … ]]>, <!DOCTYPE …>, <?xml …?>
        let end = if at(i + 2) == '-' && at(i + 3) == '-' {
            find(chars, i + 4, "-->").map_or(n, |k| k + 3)
        } else if starts(chars, i + 2, "[CDATA[") {
            find(chars, i + 9, "]]>").map_or(n, |k| k + 3)
        } else {
            find(chars, i + 2, ">").map_or(n, |k| k + 1)
        };
        return Some(Tag { name: String::new(), closing: false, self_closing: false, end, skip_to: Some(end) });
    }
    let closing = at(i + 1) == '/';
    let mut k = i + 1 + closing as usize;
    if !at(k).is_ascii_alphabetic() {
        return None;
    }
    let mut name = String::new();
    while k < n && (chars[k].is_ascii_alphanumeric() || matches!(chars[k], '-' | ':' | '_')) {
        name.push(chars[k].to_ascii_lowercase());
        k += 1;
    }
    // attributes, quoted values may hold '>'
    let mut quote: Option<char> = None;
    while k < n {
        let c = chars[k];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '>' => break,
            None => {}
        }
        k += 1;
    }
    let self_closing = k > 0 && at(k - 1) == '/';
    Some(Tag { name, closing, self_closing, end: (k + 1).min(n), skip_to: None })
}

/// The index after the end tag `</name …>` of a raw text element whose
/// content starts at `from` (the end of the input when it is missing).
fn raw_end(chars: &[char], from: usize, name: &str) -> usize {
    let mut k = from;
    while let Some(lt) = find(chars, k, "</") {
        let after: String = chars[lt + 2..].iter().take(name.len()).map(|c| c.to_ascii_lowercase()).collect();
        let next = chars.get(lt + 2 + name.len()).copied().unwrap_or('>');
        if after == name && !next.is_ascii_alphanumeric() {
            return find(chars, lt, ">").map_or(chars.len(), |g| g + 1);
        }
        k = lt + 2;
    }
    chars.len()
}

fn starts(chars: &[char], at: usize, s: &str) -> bool {
    (at..).zip(s.chars()).all(|(k, c)| chars.get(k).map(|x| x.to_ascii_uppercase()) == Some(c.to_ascii_uppercase()))
}

fn find(chars: &[char], from: usize, s: &str) -> Option<usize> {
    let first = s.chars().next()?;
    (from..chars.len()).find(|&k| chars[k] == first && starts(chars, k, s))
}

/// The character of the entity at `chars[i] == '&'` and its length.
fn entity(chars: &[char], i: usize) -> Option<(char, usize)> {
    let mut k = i + 1;
    let mut body = String::new();
    while k < chars.len() && k - i <= 10 && (chars[k].is_ascii_alphanumeric() || chars[k] == '#') {
        body.push(chars[k]);
        k += 1;
    }
    // the ';' is optional for the few old ones (&nbsp &amp), as in browsers
    let len = k - i + (chars.get(k) == Some(&';')) as usize;
    let c = if let Some(num) = body.strip_prefix('#') {
        let v = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(v).filter(|&c| c != '\0')?
    } else {
        named(&body)?
    };
    Some((if c == '\u{a0}' { ' ' } else { c }, len))
}

fn named(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ensp" | "emsp" | "thinsp" => ' ',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "middot" => '·',
        "bull" => '•',
        "times" => '×',
        "divide" => '÷',
        "plusmn" => '±',
        "deg" => '°',
        "permil" => '‰',
        "yen" => '¥',
        "pound" => '£',
        "euro" => '€',
        "cent" => '¢',
        "sup2" => '²',
        "sup3" => '³',
        "frac12" => '½',
        "copy" => '©',
        "reg" => '®',
        "sect" => '§',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        visible_text(html).text
    }

    #[test]
    fn tags_comments_scripts_and_styles_are_dropped() {
        let html = "<!DOCTYPE html><html><head><title>2023年</title><style>p{width:600px}</style>\
                    <script>var x = 300 < 400;</script></head><body><!-- 访问量 1234 -->\
                    <p class=\"a\" data-n=\"8%\">地区生产总值增长8%;一般公共预算收入增长10%</p></body></html>";
        assert_eq!(text(html), "地区生产总值增长8%;一般公共预算收入增长10%\n");
    }

    #[test]
    fn blocks_are_lines_and_cells_are_tabs() {
        let html =
            "<h1>2022年工作回顾</h1><p>增长8%<br>增长10%</p><table><tr><td>地区生产总值</td><td>8%</td></tr></table>";
        assert_eq!(text(html), "2022年工作回顾\n增长8%\n增长10%\n地区生产总值\t8%\n");
    }

    #[test]
    fn white_space_collapses_and_a_source_line_break_joins_chinese() {
        assert_eq!(text("<p>  力争完成\n   65亿元  固定资产 </p>"), "力争完成 65亿元 固定资产\n");
        assert_eq!(text("<p>  一般公共\n   预算收入</p>"), "一般公共预算收入\n");
        assert_eq!(text("<p>our economy\n grew by 3.6%</p>"), "our economy grew by 3.6%\n");
        assert_eq!(text("<pre>a\n  b</pre>"), "a\n  b\n");
    }

    #[test]
    fn entities_are_decoded_and_mapped_to_their_whole_span() {
        let html = "<p>增长&nbsp;3.6&#37;&amp;</p>";
        let v = visible_text(html);
        assert_eq!(v.text, "增长 3.6%&\n");
        let chars: Vec<char> = html.chars().collect();
        let (s, e) = v.original_span(3, 7); // "3.6%"
        assert_eq!(chars[s..e].iter().collect::<String>(), "3.6&#37;");
    }

    #[test]
    fn a_lone_angle_bracket_is_text() {
        assert_eq!(text("<p>a < b, <5%</p>"), "a < b, <5%\n");
    }

    #[test]
    fn navigation_and_unclosed_scripts_are_not_text() {
        assert_eq!(text("<nav><a href=\"/\">首页</a> 2023</nav><p>增长8%</p>"), "增长8%\n");
        assert_eq!(text("<p>增长8%</p><script>var n = 5"), "增长8%\n");
        assert_eq!(text("<p>增长8%<!-- 5% never closed"), "增长8%");
    }

    #[test]
    fn a_document_is_told_from_text_that_mentions_a_tag() {
        assert!(is_html("\u{feff}<!DOCTYPE html>\n<html>"));
        assert!(is_html("  <html lang=\"zh\">"));
        assert!(is_html(&"<div class=\"x\"><span>1</span></div>".repeat(10)));
        assert!(!is_html("地区生产总值增长8%;一般公共预算收入增长10%"));
        // the page's own test of markup shown as text (tests/browser/page.test.js)
        assert!(!is_html("<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>增长8%"));
    }

    #[test]
    fn spans_map_back_through_tags() {
        let html = "<p>增长<b>10</b>%</p>";
        let v = visible_text(html);
        assert_eq!(v.text, "增长10%\n");
        let chars: Vec<char> = html.chars().collect();
        let (s, e) = v.original_span(2, 5);
        assert_eq!(chars[s..e].iter().collect::<String>(), "10</b>%");
    }
}
