//! The words that say whether an English figure is a goal or already done.

use crate::lexicon;
use std::sync::LazyLock;
pub(super) static TARGET_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_TARGET_CUES));
/// Cues of a goal in a budget's text only: what it provides and allocates
/// (in a survey, `assistance is provided to the farmer` states a fact).
pub(super) static BUDGET_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_BUDGET_CUES));

/// Cues of a goal only within the figure's own clause: `These projects
/// require ` 17,000 crore` (a need), not `…, which requires machines`.
pub(super) static CLAUSE_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_CLAUSE_CUES));

pub(super) static PAST_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::EN_PAST_CUES));
