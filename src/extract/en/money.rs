//! Currencies of English text: the marks, codes and words before a figure.

use super::words::Word;

/// The currency sign before word `k` and where the figure then starts:
/// `` ` 17,000``, `Rs 500`, `Rs. 500`, `$4.4`, `US$ 3`, `HK$ 2`, `£5`.
pub(super) fn currency_before(
    ws: &[Word],
    k: usize,
    dollar: &'static str,
    rand: bool,
) -> (Option<&'static str>, usize) {
    let start = ws[k].start;
    if k == 0 {
        return (None, start);
    }
    let p = &ws[k - 1];
    let glued_before = k > 1 && ws[k - 2].end == p.start;
    let cur = match p.text.as_str() {
        // `Rs. 500`, `Kshs.87.67 billion`: the code before a full stop
        "·" if k >= 2
            && (glued_before && p.end == start || matches!(ws[k - 2].text.as_str(), "Kshs" | "Ksh" | "Rs")) =>
        {
            code_currency(&ws[k - 2].text)
        }
        "$" => Some(match if glued_before { ws[k - 2].text.as_str() } else { "" } {
            "US" => "USD",
            "HK" => "HKD",
            "S" => "SGD",
            "A" | "AU" => "AUD",
            "NZ" => "NZD",
            "C" | "CA" => "CAD",
            "NT" => "TWD",
            _ => dollar,
        }),
        "£" => Some("GBP"),
        "€" => Some("EUR"),
        "₦" => Some("NGN"),
        "₱" => Some("PHP"),
        "¥" => Some("JPY"),
        // `R41 billion` only in a South African text
        "R" if !rand => None,
        t => code_currency(t),
    };
    match cur {
        Some(c) if (glued_before || p.text == "·") && matches!(p.text.as_str(), "$" | "·") => {
            (Some(c), ws[k - 2].start)
        }
        Some(c) => (Some(c), p.start),
        None => (None, start),
    }
}

/// A currency sign or code as written before a figure (lower case): `$`,
/// the `US` of `US$`, `Rs`, the `·` of `Kshs.`.
pub(super) fn is_currency_mark(lower: &str) -> bool {
    matches!(
        lower,
        "`" | "$"
            | "£"
            | "€"
            | "₹"
            | "₦"
            | "₱"
            | "¥"
            | "·"
            | "rs"
            | "inr"
            | "us"
            | "hk"
            | "s"
            | "kshs"
            | "ksh"
            | "r"
            | "rm"
    )
}

/// The currency a code or sign written before a figure stands for.
pub(super) fn code_currency(t: &str) -> Option<&'static str> {
    Some(match t {
        "`" | "₹" | "Rs" | "INR" => "INR",
        "Kshs" | "Ksh" | "KSh" | "KShs" | "KES" => "KES",
        "R" | "ZAR" => "ZAR",
        "RM" | "MYR" => "MYR",
        "N" | "NGN" => "NGN",
        "PHP" | "Php" => "PHP",
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "HKD" => "HKD",
        "SGD" => "SGD",
        "AUD" => "AUD",
        "NZD" => "NZD",
        "CAD" => "CAD",
        "RMB" | "CNY" => "CNY",
        "UGX" | "USh" | "Ush" => "UGX",
        "TZS" | "TSh" | "Tsh" => "TZS",
        "GH₵" | "GHS" => "GHS",
        _ => return None,
    })
}

/// Currency codes that may be glued to their figure (`R41`, `RM5`).
pub(super) fn is_currency_prefix(w: &[char]) -> bool {
    let w: String = w.iter().collect();
    matches!(w.as_str(), "R" | "RM" | "Rs" | "Kshs" | "Ksh" | "KSh" | "KShs" | "USh" | "TSh")
}

/// Currency names after a figure: `5 million dollars`, `30 rupees`.
pub(super) fn currency_word(w: &str, dollar: &'static str) -> Option<&'static str> {
    Some(match w {
        "dollars" | "dollar" => dollar,
        "rupees" | "rupee" => "INR",
        "shillings" => "KES",
        "rand" => "ZAR",
        "euros" | "euro" => "EUR",
        "naira" => "NGN",
        "ringgit" => "MYR",
        "yuan" | "renminbi" => "CNY",
        "sterling" => "GBP",
        _ => return None,
    })
}

pub(super) fn bare_currency(st_text: &str) -> &'static str {
    // A Hong Kong or Singapore budget's bare `$` is its own dollar.
    if st_text.contains("Hong Kong") || st_text.contains("HK$") {
        "HKD"
    } else if st_text.contains("Singapore") || st_text.contains("S$") {
        "SGD"
    } else if st_text.contains("Australia") {
        "AUD"
    } else if st_text.contains("New Zealand") {
        "NZD"
    } else if st_text.contains("Canada") {
        "CAD"
    } else {
        "USD"
    }
}
