//! Numbers as written in reports: Arabic with `,` groups and decimals,
//! Chinese numerals (`两万`, `一百八十三`, `五千九百一十一`, `百分之六点一`),
//! and the scale words `十 百 千 万 亿 万亿` folded into the value.

/// The value of a Chinese digit character.
pub fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// The multiplier of a Chinese scale character.
pub fn cn_scale(c: char) -> Option<f64> {
    Some(match c {
        '十' => 10.0,
        '百' => 100.0,
        '千' => 1e3,
        '万' => 1e4,
        '亿' => 1e8,
        _ => return None,
    })
}

/// True for a character that may stand in a Chinese numeral.
pub fn is_cn_numeral(c: char) -> bool {
    cn_digit(c).is_some() || cn_scale(c).is_some() || c == '点'
}

/// A number read from the clean text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub value: f64,
    /// Index just past the number.
    pub end: usize,
    /// Written with Chinese numerals.
    pub chinese: bool,
    /// Has a decimal point.
    pub decimal: bool,
    /// Count of integer digits (Arabic only).
    pub int_digits: usize,
}

/// Reads an Arabic number at `i`: digits with `,` groups of three and an
/// optional decimal part. `None` when `chars[i]` is not a digit.
pub fn read_arabic(chars: &[char], i: usize) -> Option<Number> {
    let n = chars.len();
    if i >= n || !chars[i].is_ascii_digit() {
        return None;
    }
    let mut j = i;
    let mut int_digits = 0;
    while j < n {
        let c = chars[j];
        if c.is_ascii_digit() {
            int_digits += 1;
            j += 1;
        } else if c == ','
            && int_digits > 0
            && j + 3 < n + 1
            && chars[j + 1..].len() >= 3
            && chars[j + 1..j + 4].iter().all(|d| d.is_ascii_digit())
            && chars.get(j + 4).is_none_or(|d| !d.is_ascii_digit())
        {
            j += 1; // a thousands separator
        } else {
            break;
        }
    }
    let mut decimal = false;
    if j + 1 < n && chars[j] == '.' && chars[j + 1].is_ascii_digit() {
        decimal = true;
        j += 1;
        while j < n && chars[j].is_ascii_digit() {
            j += 1;
        }
    }
    if int_digits > 18 {
        return None; // a run of digits, not a quantity
    }
    // the digits and the point, separators dropped: on the stack unless
    // the decimals run long
    let digits = chars[i..j].iter().filter(|&&c| c != ',').map(|&c| c as u8);
    let mut buf = [0u8; 64];
    let value: f64 = if j - i <= buf.len() {
        let mut len = 0;
        for d in digits {
            buf[len] = d;
            len += 1;
        }
        std::str::from_utf8(&buf[..len]).ok()?.parse().ok()?
    } else {
        digits.map(char::from).collect::<String>().parse().ok()?
    };
    Some(Number { value, end: j, chinese: false, decimal, int_digits })
}

/// Reads the Chinese numeral in `chars[i..end]` (a run of numeral
/// characters). Handles `两万`, `一百八十三`, `十五`, `五千九百一十一亿`,
/// `一万亿`, `六点一`, `1.39万亿` style mixtures are handled by the caller.
pub fn parse_chinese(chars: &[char]) -> Option<f64> {
    if chars.is_empty() {
        return None;
    }
    // Decimal part: 六点一 → 6.1
    if let Some(p) = chars.iter().position(|&c| c == '点') {
        let int = parse_chinese(&chars[..p])?;
        let mut frac = String::from("0.");
        for &c in &chars[p + 1..] {
            frac.push(char::from_digit(cn_digit(c)?, 10)?);
        }
        if frac.len() == 2 {
            return None;
        }
        return Some(int + frac.parse::<f64>().ok()?);
    }
    // Sections split by 亿 then 万, each below ten thousand.
    let mut total = 0.0;
    let mut section = 0.0; // below 10^4
    let mut digit: Option<f64> = None;
    let mut pending_big = 0.0; // value accumulated below 亿
    for &c in chars {
        if let Some(d) = cn_digit(c) {
            if let Some(prev) = digit {
                // 二〇二三 style: digit by digit
                digit = Some(prev * 10.0 + d as f64);
            } else {
                digit = Some(d as f64);
            }
        } else if let Some(m) = cn_scale(c) {
            match c {
                '十' | '百' | '千' => {
                    section += digit.unwrap_or(1.0) * m;
                    digit = None;
                }
                '万' => {
                    let v = section + digit.unwrap_or(0.0);
                    let v = if v == 0.0 { 1.0 } else { v };
                    pending_big += v * 1e4;
                    section = 0.0;
                    digit = None;
                }
                _ => {
                    // 亿 (and 万亿 when 万 came first)
                    let v = pending_big + section + digit.unwrap_or(0.0);
                    let v = if v == 0.0 { 1.0 } else { v };
                    total = (total + v) * 1e8;
                    pending_big = 0.0;
                    section = 0.0;
                    digit = None;
                }
            }
        } else {
            return None;
        }
    }
    Some(total + pending_big + section + digit.unwrap_or(0.0))
}

/// Reads the scale words that follow a number (`万`, `亿`, `万亿`, `千万`,
/// `百万`), returning the factor and the index past them.
pub fn read_scale(chars: &[char], i: usize) -> (f64, usize) {
    let mut j = i;
    let mut f = 1.0;
    while j < chars.len() {
        match chars[j] {
            '万' => f *= 1e4,
            '亿' => f *= 1e8,
            '千' if matches!(chars.get(j + 1), Some('万' | '亿')) => f *= 1e3,
            '百' if matches!(chars.get(j + 1), Some('万' | '亿')) => f *= 1e2,
            _ => break,
        }
        j += 1;
    }
    (f, j)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cn(s: &str) -> f64 {
        parse_chinese(&s.chars().collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(cn("两万"), 20000.0);
        assert_eq!(cn("一百八十三"), 183.0);
        assert_eq!(cn("十五"), 15.0);
        assert_eq!(cn("五千九百一十一亿"), 591_100_000_000.0);
        assert_eq!(cn("一万亿"), 1e12);
        assert_eq!(cn("六点一"), 6.1);
        assert_eq!(cn("三"), 3.0);
        assert_eq!(cn("千万"), 1e7);
        assert_eq!(cn("二〇二三"), 2023.0);
    }

    #[test]
    fn arabic_numbers() {
        let c: Vec<char> = "12,517 crore".chars().collect();
        let n = read_arabic(&c, 0).unwrap();
        assert_eq!(n.value, 12517.0);
        assert_eq!(n.end, 6);
        let c: Vec<char> = "1302.92亿元".chars().collect();
        assert_eq!(read_arabic(&c, 0).unwrap().value, 1302.92);
        // a comma between clauses is no separator
        let c: Vec<char> = "8%,12个".chars().collect();
        assert_eq!(read_arabic(&c, 0).unwrap().end, 1);
        let c: Vec<char> = "3,1234".chars().collect();
        assert_eq!(read_arabic(&c, 0).unwrap().value, 3.0);
        // decimals longer than the stack buffer
        let long = format!("1.{}5亿", "0".repeat(80));
        let c: Vec<char> = long.chars().collect();
        let n = read_arabic(&c, 0).unwrap();
        assert_eq!((n.value, n.end), (long[..long.len() - 3].parse().unwrap(), 83));
    }

    #[test]
    fn scale_words() {
        let c: Vec<char> = "万亿元".chars().collect();
        assert_eq!(read_scale(&c, 0), (1e12, 2));
        let c: Vec<char> = "千万美元".chars().collect();
        assert_eq!(read_scale(&c, 0), (1e7, 2));
    }
}
