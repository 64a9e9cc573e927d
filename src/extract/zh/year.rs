//! The year of a Chinese figure: the years the text writes, found once.

/// A year that opens a paragraph as its time (`刚刚过去的2017年，`,
/// `2023年是…`), not one inside its first clause (`由2017年的76微克`).
pub(super) fn opening_year(years: &Years, chars: &[char], from: usize, to: usize) -> Option<i32> {
    let (at, y) = years.in_span_at(chars, from, to)?;
    matches!(chars.get(at + 5), Some('，' | ',' | '是' | '里' | '全' | '上' | '下' | '底' | '末' | '以')).then_some(y)
}

/// Where the text writes a year (`2023年`, between 1949 and 2100), so that
/// the year of a span is found among them, not by reading the span.
pub(super) struct Years {
    /// (index of the first digit, year), in text order.
    at: Vec<(usize, i32)>,
}

impl Years {
    pub(super) fn new(chars: &[char]) -> Self {
        let mut at = Vec::new();
        for p in 0..chars.len().saturating_sub(4) {
            if chars[p + 4] == '年' && chars[p..p + 4].iter().all(|c| c.is_ascii_digit()) {
                let y = chars[p..p + 4].iter().fold(0, |y, &d| y * 10 + (d as i32 - '0' as i32));
                if (1949..=2100).contains(&y) {
                    at.push((p, y));
                }
            }
        }
        Years { at }
    }

    /// [`sentence_year`]`(&chars[from..to])`: the last year of the span that
    /// does not begin a span of time (`2013年以来`) and is no tail of a longer
    /// number (unless it opens the span).
    pub(super) fn in_span(&self, chars: &[char], from: usize, to: usize) -> Option<i32> {
        self.in_span_at(chars, from, to).map(|(_, y)| y)
    }

    /// [`Years::in_span`] with where the year is written.
    pub(super) fn in_span_at(&self, chars: &[char], from: usize, to: usize) -> Option<(usize, i32)> {
        let end = self.at.partition_point(|&(p, _)| p + 5 <= to);
        self.at[..end].iter().rev().take_while(|&&(p, _)| p >= from).find_map(|&(p, y)| {
            let fresh = p == from || !chars[p - 1].is_ascii_digit();
            let since = p + 6 < to && chars[p + 5] == '以' && chars[p + 6] == '来';
            // `（2018—2035年）`: the end of a span of years
            let span_end =
                p >= from + 2 && matches!(chars[p - 1], '—' | '-' | '－' | '~' | '～') && chars[p - 2].is_ascii_digit();
            // `由2017年的76微克降至64微克`: the year of the figure just after it only
            let own = p + 5 < to && chars[p + 5] == '的' && p + 6 < to;
            (fresh && !since && !span_end && !own).then_some((p, y))
        })
    }
}

/// `2023年` or `到2025年` in the sentence before the figure.
#[cfg(test)]
pub(super) fn sentence_year(before: &[char]) -> Option<i32> {
    let mut found = None;
    let mut i = 0;
    while i + 5 <= before.len() {
        if before[i..i + 4].iter().all(|c| c.is_ascii_digit())
            && before[i + 4] == '年'
            && (i == 0 || !before[i - 1].is_ascii_digit())
        {
            // 2023年以来 / 2023年底 / 到2025年
            let y = before[i..i + 4].iter().fold(0, |y, &d| y * 10 + (d as i32 - '0' as i32));
            // `2013年以来` starts a span; it dates nothing
            let since = before.get(i + 5) == Some(&'以') && before.get(i + 6) == Some(&'来');
            // `（2018—2035年）`: the end of a span of years
            let span_end =
                i >= 2 && matches!(before[i - 1], '—' | '-' | '－' | '~' | '～') && before[i - 2].is_ascii_digit();
            // `由2017年的76微克降至64微克`: the year of the figure just after
            // it only
            let own = before.get(i + 5) == Some(&'的') && i + 6 < before.len();
            if (1949..=2100).contains(&y) && !since && !span_end && !own {
                found = Some(y);
            }
            i += 5;
        } else {
            i += 1;
        }
    }
    found
}
