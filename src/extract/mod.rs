//! From clean text and structure to indicators, one folder per language
//! with the same stages: `quantity` (find the figure), `name` (choose its
//! subject), `kind` (goal or done), `year` (date it), and `mod.rs` running
//! them. Neither language imports from the other; what both use lies below
//! them (`crate::model`, `crate::number`, `crate::unit`, `crate::lexicon`).

pub mod en;
pub mod zh;

pub use en::extract_en;
pub use zh::{extract_zh, unit_less_figures};

/// How many figures between two progress reports.
pub(crate) const PROGRESS_EVERY: usize = 5000;
