//! Whether an English figure is a goal or already done: the cue words of its
//! clause, then of its sentence.

use super::clause::Bounds;
use super::quantity::is_clause_end;
use super::words::Word;
use crate::lexicon;
use crate::model::Kind;
use std::sync::LazyLock;
pub(super) static TARGET_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_TARGET_CUES));
/// Cues of a goal in a budget's text only: what it provides and allocates
/// (in a survey, `assistance is provided to the farmer` states a fact).
pub(super) static BUDGET_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_BUDGET_CUES));

/// Cues of a goal only within the figure's own clause: `These projects
/// require ` 17,000 crore` (a need), not `…, which requires machines`.
pub(super) static CLAUSE_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_CLAUSE_CUES));

pub(super) static PAST_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_PAST_CUES));

/// The kind the cue words of `ws[from..to]` say, if any; `own_clause`: the
/// words are the figure's clause.
fn cue(ws: &[Word], budget: bool, from: usize, to: usize, own_clause: bool) -> Option<Kind> {
    let lower: Vec<&str> = ws[from..to].iter().map(|x| x.lower.as_str()).collect();
    let target = lower.windows(2).any(|w| w[0] == "going" && w[1] == "to")
        || lower.iter().any(|x| {
            TARGET_CUES.contains(x) || budget && BUDGET_CUES.contains(x) || own_clause && CLAUSE_CUES.contains(x)
        });
    let past = lower.iter().any(|x| PAST_CUES.contains(x));
    let present = lower.iter().any(|x| matches!(*x, "is" | "are" | "stands" | "account" | "accounts" | "constitute"));
    // a budget's measures in the present: `is reduced by`, `is
    // being enhanced`
    let measure_now = budget
        && (lower.iter().any(|x| matches!(*x, "allocates" | "earmarks" | "sets"))
            || lower.windows(2).any(|w| {
                matches!(w[0], "is" | "are")
                    && matches!(
                        w[1],
                        "being"
                            | "reduced"
                            | "increased"
                            | "enhanced"
                            | "raised"
                            | "allocated"
                            | "provided"
                            | "extended"
                            | "doubled"
                            | "earmarked"
                            | "introduced"
                            | "waived"
                            | "lowered"
                            | "abolished"
                            | "exempted"
                    )
            }));
    match (target, past) {
        (true, false) => Some(Kind::Target),
        (true, true) if lower.contains(&"will") => Some(Kind::Target),
        (_, true) => Some(Kind::Actual),
        (false, false) if measure_now => Some(Kind::Target),
        (false, false) if present => Some(Kind::Actual),
        (false, false) => None,
    }
}

/// The kind of the figure whose first word is `first`: the clause's own cue
/// words first (`…, which we aim to increase to 25 kg`), then the
/// sentence's; the value of a target is one; the figure a change moves from
/// (`moved_from`) is the present state.
pub(super) fn decide_kind(ws: &[Word], budget: bool, b: &Bounds, first: usize, moved_from: bool) -> Kind {
    // a relative clause (`…, which account for nearly 55%`) states a fact
    // of its own: the main clause's `will` does not reach it
    let relative = ws.get(b.c0).is_some_and(|w| matches!(w.lower.as_str(), "which" | "who" | "that"));
    let mut kind = cue(ws, budget, b.c0, b.c1, true)
        .or_else(|| if relative { None } else { cue(ws, budget, b.s0, b.s1, b.s0 == b.c0) })
        .unwrap_or(Kind::Actual);
    // `the target of ` 8.5 lakh crore`, `a target for 2024 of 3%`: the
    // value of a target is one
    if ws[first.saturating_sub(5)..first]
        .iter()
        .any(|x| matches!(x.lower.as_str(), "target" | "targets" | "goal" | "goals" | "objective"))
        && !ws[first.saturating_sub(5)..first].iter().any(|x| is_clause_end(&x.text))
    {
        kind = Kind::Target;
    }
    if moved_from {
        kind = Kind::Actual;
    }
    kind
}
