//! The words that say whether an English figure is a goal or already done.

pub(super) const TARGET_CUES: &[&str] = &[
    "will",
    "shall",
    "propose",
    "proposed",
    "proposes",
    "aim",
    "aims",
    "plan",
    "planned",
    "would",
    "expected",
    "forecast",
    "projected",
    "envisaged",
    "next",
    "aimed",
    "targeted",
    "expect",
    "expects",
    "anticipate",
    "anticipates",
    "anticipated",
    "forecasts",
    "budgeted",
    "intend",
    "intends",
    "seek",
    "seeks",
];
/// Cues of a goal in a budget's text only: what it provides and allocates
/// (in a survey, `assistance is provided to the farmer` states a fact).
pub(super) const BUDGET_CUES: &[&str] =
    &["provision", "provided", "provide", "provides", "allocate", "allocated", "allocates", "allocation", "earmarked"];

/// Cues of a goal only within the figure's own clause: `These projects
/// require ` 17,000 crore` (a need), not `…, which requires machines`.
pub(super) const CLAUSE_CUES: &[&str] = &["require", "requires", "required"];

pub(super) const PAST_CUES: &[&str] = &[
    "was",
    "were",
    "had",
    "already",
    "achieved",
    "last",
    "far",
    "recorded",
    "reached",
    "grew",
    "rose",
    "fell",
    "exceeded",
    "collected",
    "realised",
    "realized",
    "reported",
    "amounted",
    "stood",
    "registered",
    "generated",
    "declined",
    "dropped",
    "contracted",
    "tumbled",
    "surpassed",
];
