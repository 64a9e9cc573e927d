//! Figures seen but not taken: a number with a scale word and no unit.

use crate::model::Indicator;
use crate::normalize::Normalized;

/// Figures the engine saw but could not take as indicators: a number with
/// a scale word and no unit (`务工规模超过3300万`), reported so the reader can
/// check them, at most `MAX_DIAGNOSTICS` of them.
pub fn unit_less_figures(norm: &Normalized, found: &[Indicator]) -> Vec<crate::model::Diagnostic> {
    const MAX_DIAGNOSTICS: usize = 100;
    let chars = &norm.chars;
    let mut out = Vec::new();
    // whether an indicator overlaps `[s, t)`: the spans by start, with the
    // furthest end so far, built at the first unit-less figure
    let mut spans: Option<(Vec<usize>, Vec<usize>)> = None;
    let mut overlaps = |s: usize, t: usize| {
        let (starts, reach) = spans.get_or_insert_with(|| {
            let mut v: Vec<(usize, usize)> = found.iter().map(|x| (x.start, x.end)).collect();
            v.sort_unstable();
            let reach = v.iter().scan(0, |r, x| {
                *r = x.1.max(*r);
                Some(*r)
            });
            (v.iter().map(|x| x.0).collect(), reach.collect())
        });
        let k = starts.partition_point(|&x| x < t);
        k > 0 && reach[k - 1] > s
    };
    let mut i = 0;
    while i < chars.len() && out.len() < MAX_DIAGNOSTICS {
        let fresh =
            chars[i].is_ascii_digit() && (i == 0 || !(chars[i - 1].is_ascii_alphanumeric() || chars[i - 1] == '.'));
        if !fresh {
            i += 1;
            continue;
        }
        let Some(n) = crate::number::read_arabic(chars, i) else {
            i += 1;
            continue;
        };
        let (f, mut e) = crate::number::read_scale(chars, n.end);
        if matches!(chars.get(e), Some('多' | '余')) {
            e += 1;
        }
        let unitless = f > 1.0
            && crate::unit::zh_unit_at(chars, e).is_none()
            && crate::unit::counted_noun_len(chars, e).is_none()
            && !matches!(chars.get(e), Some('年' | '元'));
        if unitless {
            let (s, t) = norm.original_span(i, e);
            if !overlaps(s, t) {
                out.push(crate::model::Diagnostic {
                    severity: "info",
                    message: format!("{} has no unit and is not listed", norm.slice(i, e)),
                    start: s,
                    end: t,
                });
            }
        }
        i = e.max(i + 1);
    }
    out
}
