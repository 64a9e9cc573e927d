//! What the user types to find in the text or to filter the rows: plain
//! words, or a regular expression between slashes (`/增长[0-9.]+%/`).
//!
//! Patterns are compiled by the `regex` crate, whose matching takes time
//! linear in the text whatever the pattern, so no pattern typed in the page
//! can hang it (a JavaScript `RegExp` backtracks). An invalid pattern is an
//! `Err` with a one-line message the page shows beside the box.
//!
//! Offsets are code points into the text searched, like every span of the
//! crate; the binding turns them into UTF-16 units.

use regex::{Regex, RegexBuilder};

/// A compiled query.
#[derive(Debug, Clone)]
pub struct Query {
    re: Regex,
}

/// The matches of a query in a text: how many there are, and the spans of
/// the first `limit` (code points, end exclusive).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found {
    pub count: usize,
    pub spans: Vec<(usize, usize)>,
}

/// The most memory a compiled pattern may take; a larger one is refused.
const SIZE_LIMIT: usize = 4 << 20;

/// True when `q` is written as a regular expression: it starts with `/`.
pub fn is_regex(q: &str) -> bool {
    q.trim_start().starts_with('/') && q.trim().len() > 1
}

impl Query {
    /// Compiles `q`. Plain words are found as written, ignoring case; `/…/`
    /// is a regular expression, optionally followed by flags: `i` (ignore
    /// case), `s` (`.` matches a line break), `x` (spaces and `#` comments
    /// in the pattern). A closing slash may be left out while typing.
    /// `^` and `$` match at line breaks (each of a row's fields is a line).
    /// Returns `Ok(None)` for an empty query.
    pub fn parse(q: &str) -> Result<Option<Query>, String> {
        let q = q.trim();
        if q.is_empty() {
            return Ok(None);
        }
        if !is_regex(q) {
            return build(&regex::escape(q), true, false, false).map(Some);
        }
        let body = &q[1..];
        let (pattern, flags) = match body.rfind('/') {
            Some(k) if body[k + 1..].chars().all(|c| matches!(c, 'i' | 's' | 'x')) => (&body[..k], &body[k + 1..]),
            _ => (body, ""),
        };
        if pattern.is_empty() {
            return Ok(None);
        }
        build(pattern, flags.contains('i'), flags.contains('s'), flags.contains('x')).map(Some)
    }

    /// True when the query matches somewhere in `hay`.
    pub fn is_match(&self, hay: &str) -> bool {
        self.re.is_match(hay)
    }

    /// The matches in `text`: all counted, the first `limit` with their
    /// spans in code points. Empty matches are not counted.
    pub fn find(&self, text: &str, limit: usize) -> Found {
        let mut found = Found::default();
        // byte offsets to code points, in one pass as the matches come in order
        let (mut byte, mut chars) = (0usize, 0usize);
        let mut to_chars = |b: usize| {
            chars += text[byte..b].chars().count();
            byte = b;
            chars
        };
        for m in self.re.find_iter(text) {
            if m.is_empty() {
                continue;
            }
            found.count += 1;
            if found.spans.len() < limit {
                let s = to_chars(m.start());
                let e = to_chars(m.end());
                found.spans.push((s, e));
            }
        }
        found
    }

    /// The indices of the rows the query matches.
    pub fn filter<S: AsRef<str>>(&self, rows: &[S]) -> Vec<u32> {
        rows.iter().enumerate().filter(|(_, r)| self.is_match(r.as_ref())).map(|(i, _)| i as u32).collect()
    }
}

fn build(pattern: &str, ignore_case: bool, dot_all: bool, verbose: bool) -> Result<Query, String> {
    RegexBuilder::new(pattern)
        .case_insensitive(ignore_case)
        .dot_matches_new_line(dot_all)
        .ignore_whitespace(verbose)
        .multi_line(true)
        .size_limit(SIZE_LIMIT)
        .build()
        .map(|re| Query { re })
        .map_err(|e| message(&e))
}

/// A one-line message for a pattern that does not compile: the parser's
/// own last line (`unclosed group`), with where it is.
fn message(e: &regex::Error) -> String {
    match e {
        regex::Error::Syntax(s) => {
            let what = s
                .lines()
                .rev()
                .find(|l| l.starts_with("error:"))
                .map_or(s.as_str(), |l| l.trim_start_matches("error:").trim());
            // the caret line under the pattern says where
            let at =
                s.lines().find(|l| l.trim_start().starts_with('^')).map(|l| l.find('^').unwrap_or(4).saturating_sub(4));
            match at {
                Some(k) => format!("{what} (at character {})", k + 1),
                None => what.to_string(),
            }
        }
        regex::Error::CompiledTooBig(_) => "the pattern is too large".to_string(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // cut from tests/data/corpus/jintan-2023.txt (line 27)
    const TEXT: &str = "地区生产总值增长8%;一般公共预算收入增长10%、力争完成65亿元;固定资产 投资增长6%";

    fn spans(q: &str, text: &str) -> Vec<String> {
        let found = Query::parse(q).unwrap().unwrap().find(text, usize::MAX);
        let chars: Vec<char> = text.chars().collect();
        found.spans.iter().map(|&(s, e)| chars[s..e].iter().collect()).collect()
    }

    #[test]
    fn plain_words_are_found_as_written() {
        assert_eq!(spans("增长", TEXT), ["增长", "增长", "增长"]);
        // a dot or a plus is no pattern in plain words
        assert_eq!(spans("10%", TEXT), ["10%"]);
        assert!(Query::parse("1.%").unwrap().unwrap().find(TEXT, 10).spans.is_empty());
        assert!(Query::parse("1+0").unwrap().unwrap().find(TEXT, 10).spans.is_empty());
    }

    #[test]
    fn plain_words_ignore_case() {
        // tests/data/en/corpus/en-singapore-budget-2023.txt
        assert_eq!(spans("ECONOMY", "our economy grew by 3.6% in 2022"), ["economy"]);
    }

    #[test]
    fn a_pattern_between_slashes_is_a_regex() {
        assert_eq!(spans("/增长[0-9.]+%/", TEXT), ["增长8%", "增长10%", "增长6%"]);
        assert_eq!(spans("/[0-9.]+亿元", TEXT), ["65亿元"], "the closing slash may be left out");
        assert_eq!(spans("/Our ECONOMY/i", "our economy grew by 3.6% in 2022"), ["our economy"]);
        assert!(
            Query::parse("/Our/").unwrap().unwrap().find("our economy", 10).spans.is_empty(),
            "case counts without i"
        );
    }

    #[test]
    fn offsets_are_code_points() {
        let f = Query::parse("/[0-9.]+%/").unwrap().unwrap().find(TEXT, 10);
        let chars: Vec<char> = TEXT.chars().collect();
        assert_eq!(f.count, 3);
        assert_eq!(chars[f.spans[1].0..f.spans[1].1].iter().collect::<String>(), "10%");
    }

    #[test]
    fn all_matches_are_counted_but_only_the_first_spans_kept() {
        let f = Query::parse("增长").unwrap().unwrap().find(TEXT, 1);
        assert_eq!((f.count, f.spans.len()), (3, 1));
    }

    #[test]
    fn rows_are_filtered_and_anchors_match_each_field() {
        let rows = ["地区生产总值\n8%\n%", "一般公共预算收入\n10%\n%", "一般公共预算收入\n65亿元\nCNY"];
        let q = Query::parse("/^一般/").unwrap().unwrap();
        assert_eq!(q.filter(&rows), [1, 2]);
        let q = Query::parse("/^%$/").unwrap().unwrap();
        assert_eq!(q.filter(&rows), [0, 1]);
    }

    #[test]
    fn an_invalid_pattern_is_a_one_line_error() {
        let e = Query::parse("/增长(/").unwrap_err();
        assert!(e.starts_with("unclosed group"), "{e}");
        assert!(!e.contains('\n'));
        let e = Query::parse("/[a-/").unwrap_err();
        assert!(!e.is_empty() && !e.contains('\n'), "{e}");
    }

    #[test]
    fn an_empty_query_is_none() {
        assert!(Query::parse("  ").unwrap().is_none());
        assert!(Query::parse("//").unwrap().is_none());
        assert!(!is_regex("/"));
    }

    #[test]
    fn a_huge_pattern_is_refused_not_built() {
        let e = Query::parse("/(\\w{100}){100}/").unwrap_err();
        assert_eq!(e, "the pattern is too large");
    }

    #[test]
    fn a_pathological_pattern_stays_linear() {
        // (a+)+$ over many a's and a b takes exponential time in a backtracker
        let text = format!("{}b", "a".repeat(100_000));
        let f = Query::parse("/(a+)+$/").unwrap().unwrap().find(&text, 10);
        assert_eq!(f.count, 0);
    }
}
