//! Figures in lists: `respectively` and one change said two ways.

use crate::model::{Indicator, Measure};

/// `the headline inflation rate and the underlying inflation rate will be
/// 1.6 per cent and one per cent respectively`: the subjects, in order, over
/// the figures of the sentence that share their joined name.
pub(super) fn respectively(out: &mut [Indicator]) {
    let mut i = 0;
    while i < out.len() {
        let mut e = i + 1;
        while e < out.len() && out[e].sentence == out[i].sentence && out[e].name == out[i].name {
            e += 1;
        }
        let n = e - i;
        if n >= 2 && out[i].sentence.contains("respectively") {
            let name = out[i].name.replace(", and ", ", ").replace(" and ", ", ");
            let parts: Vec<&str> = name.split(", ").map(str::trim).filter(|p| !p.is_empty()).collect();
            if parts.len() == n {
                // `headline and underlying inflation rates`: the head is shared
                let head = parts.last().and_then(|p| p.rsplit_once(' ')).map(|(_, h)| h.to_string());
                for (k, part) in parts.iter().enumerate() {
                    out[i + k].name = match &head {
                        Some(h) if !part.contains(' ') && k + 1 < n => format!("{part} {h}"),
                        _ => (*part).to_string(),
                    };
                }
            }
        }
        i = e;
    }
}

/// `by 1.3 per cent or $8.1 billion`, `5.6 per cent or $31.9 billion lower`:
/// one change said two ways shares its measure and sign.
pub(super) fn alternatives(out: &mut [Indicator], original: &[char]) {
    for i in 1..out.len() {
        let between: String = original[out[i - 1].end.min(out[i].start)..out[i].start].iter().collect();
        if between.trim() != "or" {
            continue;
        }
        let (a, b) = (out[i - 1].measure, out[i].measure);
        if a == b {
            continue;
        }
        let (from, to) = if a == Measure::Change { (i - 1, i) } else { (i, i - 1) };
        let falls = out[from].value < 0.0;
        out[to].measure = Measure::Change;
        if falls && out[to].value > 0.0 {
            out[to].value = -out[to].value;
            out[to].value_max = out[to].value_max.map(|v| -v);
        }
    }
}
