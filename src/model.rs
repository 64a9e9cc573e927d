//! The data model of the output contract (`shared/spec/indicators.md`).

use serde::Serialize;

/// How the value bounds the truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Comparator {
    #[serde(rename = "=")]
    Eq,
    #[serde(rename = ">")]
    Gt,
    #[serde(rename = ">=")]
    Ge,
    #[serde(rename = "<")]
    Lt,
    #[serde(rename = "<=")]
    Le,
    #[serde(rename = "~")]
    Approx,
}

impl Comparator {
    pub fn as_str(self) -> &'static str {
        match self {
            Comparator::Eq => "=",
            Comparator::Gt => ">",
            Comparator::Ge => ">=",
            Comparator::Lt => "<",
            Comparator::Le => "<=",
            Comparator::Approx => "~",
        }
    }
}

/// An amount (`level`) or a growth, rise or fall of something (`change`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    Level,
    Change,
}

impl Measure {
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Level => "level",
            Measure::Change => "change",
        }
    }
}

/// A result reported as achieved (`actual`) or a goal (`target`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Actual,
    Target,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Actual => "actual",
            Kind::Target => "target",
        }
    }
}

/// One indicator, field by field as the contract names them. Serialised
/// with its [`concept`](crate::concept::of) as a last field.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    /// What is measured, as written, white space removed.
    pub name: String,
    /// The quantity in base units (scale words applied, falls negative).
    pub value: f64,
    /// The upper end of a range.
    pub value_max: Option<f64>,
    /// The canonical unit (`CNY`, `%`, `pp`, `km`, `个`, ...).
    pub unit: String,
    pub comparator: Comparator,
    pub measure: Measure,
    pub kind: Kind,
    pub year: Option<i32>,
    /// The innermost heading the indicator stands under.
    pub section: String,
    /// Offsets of the quantity in the original text, in code points.
    pub start: usize,
    pub end: usize,
    /// The original text from `start` to `end`.
    pub text: String,
    /// The value as written with its unit, spaces removed (`600亿元`).
    pub display: String,
    /// The sentence the quantity stands in, white space removed.
    pub sentence: String,
}

impl Serialize for Indicator {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        /// A number written as the contract shows it.
        struct Num(f64);
        impl Serialize for Num {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                number(&self.0, s)
            }
        }
        let mut m = s.serialize_struct("Indicator", 15)?;
        m.serialize_field("name", &self.name)?;
        m.serialize_field("value", &Num(self.value))?;
        m.serialize_field("value_max", &self.value_max.map(Num))?;
        m.serialize_field("unit", &self.unit)?;
        m.serialize_field("comparator", &self.comparator)?;
        m.serialize_field("measure", &self.measure)?;
        m.serialize_field("kind", &self.kind)?;
        m.serialize_field("year", &self.year)?;
        m.serialize_field("section", &self.section)?;
        m.serialize_field("start", &self.start)?;
        m.serialize_field("end", &self.end)?;
        m.serialize_field("text", &self.text)?;
        m.serialize_field("display", &self.display)?;
        m.serialize_field("sentence", &self.sentence)?;
        // computed, not stored: a pure function of the name and measure
        m.serialize_field("concept", &crate::concept::of(self))?;
        m.end()
    }
}

/// A problem the engine noticed in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// `warning` or `info`.
    pub severity: &'static str,
    pub message: String,
    pub start: usize,
    pub end: usize,
}

/// What `analyze` returns.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Report {
    pub indicators: Vec<Indicator>,
    pub diagnostics: Vec<Diagnostic>,
    /// The year the report is given in (`2023年政府工作报告`), when it says.
    pub report_year: Option<i32>,
    /// `zh` or `en`: the main language of the text.
    pub language: &'static str,
    /// Whose report it is (`shared/spec/panel.md`): government, level,
    /// year, document, language, and the source its caller names.
    pub report: crate::report::ReportInfo,
}

/// Rounds away binary noise of scaling (`4.4 × 10⁸` is 440000000, not
/// 440000000.00000006): twelve significant digits are kept.
pub fn tidy(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let digits = 12 - v.abs().log10().ceil() as i32;
    if !(-300..=300).contains(&digits) {
        return v;
    }
    let p = 10f64.powi(digits);
    let r = (v * p).round() / p;
    if r.is_finite() {
        r
    } else {
        v
    }
}

/// Whole values are written as JSON integers (`60000000000`, not
/// `60000000000.0`), as the contract shows them.
fn number<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}
