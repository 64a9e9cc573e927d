//! Repair of copy noise, with an offset map back to the original text.
//!
//! Reports arrive copied from PDFs, newspapers and web portals: full-width
//! digits and signs, ideographic spaces, line breaks and stray spaces inside
//! numbers and words (`超\n\n200亿元`, `4 亿美元`), footnote markers (`^[3]`)
//! and portal debris (`????`). [`normalize`] folds all of that into a clean
//! character sequence and keeps, for every character, the index of the
//! character of the original text it came from, so that every span found in
//! the clean text is reported in the text as pasted.

/// Clean text with a map back to the original, both in code points.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The clean characters.
    pub chars: Vec<char>,
    /// `map[i]` is the index in the original text of `chars[i]`; one extra
    /// entry at the end holds the original length.
    pub map: Vec<usize>,
}

impl Normalized {
    /// The original span `[start, end)` of the clean span `[from, to)`.
    pub fn original_span(&self, from: usize, to: usize) -> (usize, usize) {
        let start = self.map[from];
        let end = if to == 0 { start } else { self.map[to - 1] + 1 };
        (start, end.max(start))
    }

    /// The clean text of `[from, to)` as a string.
    pub fn slice(&self, from: usize, to: usize) -> String {
        string_of(&self.chars[from..to])
    }
}

/// The characters as a string, allocated once at its size (collecting
/// `char`s reserves a byte for each and grows for every CJK one).
pub fn string_of(chars: &[char]) -> String {
    let mut s = String::with_capacity(chars.iter().map(|c| c.len_utf8()).sum());
    s.extend(chars);
    s
}

/// True for CJK ideographs and the CJK punctuation and symbol blocks.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{3000}'..='\u{303F}' | '\u{20000}'..='\u{2A6DF}')
}

/// True for characters after which a line break ends a sentence or a
/// heading rather than running through a word.
pub fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '.' | ':' | '：' | '”' | '」')
}

/// Traditional characters the grammar reads, folded one to one to their
/// simplified forms (so offsets stay put): numerals, scale words, units,
/// change verbs and the words of headings. Sorted, for a binary search.
const TRADITIONAL: &[(char, char)] = &[
    ('來', '来'),
    ('個', '个'),
    ('價', '价'),
    ('億', '亿'),
    ('內', '内'),
    ('兩', '两'),
    ('創', '创'),
    ('劃', '划'),
    ('務', '务'),
    ('區', '区'),
    ('噸', '吨'),
    ('報', '报'),
    ('場', '场'),
    ('壓', '压'),
    ('學', '学'),
    ('實', '实'),
    ('將', '将'),
    ('屆', '届'),
    ('屬', '属'),
    ('幣', '币'),
    ('張', '张'),
    ('戶', '户'),
    ('擊', '击'),
    ('數', '数'),
    ('於', '于'),
    ('會', '会'),
    ('條', '条'),
    ('棟', '栋'),
    ('業', '业'),
    ('標', '标'),
    ('歲', '岁'),
    ('減', '减'),
    ('漲', '涨'),
    ('濟', '济'),
    ('為', '为'),
    ('爭', '争'),
    ('現', '现'),
    ('產', '产'),
    ('畝', '亩'),
    ('畫', '画'),
    ('發', '发'),
    ('確', '确'),
    ('稅', '税'),
    ('種', '种'),
    ('糧', '粮'),
    ('約', '约'),
    ('級', '级'),
    ('經', '经'),
    ('縣', '县'),
    ('縮', '缩'),
    ('總', '总'),
    ('臺', '台'),
    ('與', '与'),
    ('萬', '万'),
    ('處', '处'),
    ('裡', '里'),
    ('規', '规'),
    ('計', '计'),
    ('設', '设'),
    ('調', '调'),
    ('議', '议'),
    ('財', '财'),
    ('貨', '货'),
    ('資', '资'),
    ('車', '车'),
    ('輛', '辆'),
    ('農', '农'),
    ('進', '进'),
    ('過', '过'),
    ('達', '达'),
    ('醫', '医'),
    ('鎮', '镇'),
    ('鐵', '铁'),
    ('長', '长'),
    ('門', '门'),
    ('間', '间'),
    ('項', '项'),
    ('預', '预'),
    ('額', '额'),
    ('類', '类'),
    ('顧', '顾'),
    ('餘', '余'),
    ('點', '点'),
];

/// A bit for the low twelve bits of each traditional character of
/// [`TRADITIONAL`]: most ideographs are none, and this says so without a search.
const TRADITIONAL_FILTER: [u64; 64] = {
    let mut f = [0u64; 64];
    let mut i = 0;
    while i < TRADITIONAL.len() {
        let b = TRADITIONAL[i].0 as usize & 4095;
        f[b >> 6] |= 1 << (b & 63);
        i += 1;
    }
    f
};

/// Folds one character: full-width ASCII forms to ASCII, odd spaces to a
/// space, the full-width dash variants to their ASCII shape, traditional
/// characters the grammar reads to simplified ones.
pub fn fold(c: char) -> char {
    if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
        let b = c as usize & 4095;
        if TRADITIONAL_FILTER[b >> 6] & (1 << (b & 63)) == 0 {
            return c;
        }
        // sorted by the traditional character
        if let Ok(k) = TRADITIONAL.binary_search_by_key(&c, |&(t, _)| t) {
            return TRADITIONAL[k].1;
        }
        return c;
    }
    match c {
        '\u{FF01}'..='\u{FF5E}' => {
            // Keep the Chinese comma, enumeration and colon shapes that
            // clause splitting reads, fold the rest.
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        '\u{3000}' | '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' => ' ',
        '\u{200B}' | '\u{FEFF}' => '\u{200B}',
        '\r' => '\n',
        '\u{2028}' | '\u{2029}' => '\n',
        _ => c,
    }
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\n' || c == '\u{200B}' || c == '\u{000B}' || c == '\u{000C}'
}

/// A character that reads as part of Chinese running text for the purpose
/// of deciding whether white space between two characters is noise.
fn tight(c: char) -> bool {
    is_cjk(c)
        || c.is_ascii_digit()
        || matches!(c, '%' | '‰' | '/' | '(' | ')' | '"' | ',' | '.' | '、' | '“' | '”' | '（' | '）' | '—')
}

/// Whether white space between `before` (the clean text so far) and `after`
/// splits one number at a thousands comma: `1,421, 486万元`, `3, 156,077万元`
/// (one to three digits, a comma, then exactly three digits).
fn digit_group_split(before: &[char], after: &[char]) -> bool {
    let [.., d, ','] = before else { return false };
    let lead = before[..before.len() - 1].iter().rev().take_while(|c| c.is_ascii_digit()).count();
    d.is_ascii_digit()
        && lead <= 3
        && after.len() >= 3
        && after[..3].iter().all(char::is_ascii_digit)
        && after.get(3).is_none_or(|c| !c.is_ascii_digit())
}

/// Normalizes `text`. `hard_breaks` lists original offsets of line breaks
/// that must stay line breaks (the ends of headings found by the structure
/// pass); every other line break is judged by its neighbours.
pub fn normalize(text: &str, hard_breaks: &[usize]) -> Normalized {
    normalize_chars(&chars_of(text), hard_breaks)
}

/// The characters of `text`, in a vector allocated once at its length.
pub(crate) fn chars_of(text: &str) -> Vec<char> {
    let mut v = Vec::with_capacity(text.chars().count());
    v.extend(text.chars());
    v
}

/// [`normalize`] of the text's characters.
pub(crate) fn normalize_chars(text: &[char], hard_breaks: &[usize]) -> Normalized {
    let orig: Vec<char> = text.iter().map(|&c| fold(c)).collect();
    let mut chars = Vec::with_capacity(orig.len());
    let mut map = Vec::with_capacity(orig.len() + 1);
    let mut hb = hard_breaks.iter().copied().peekable();
    let n = orig.len();
    let mut i = 0;
    while i < n {
        let c = orig[i];
        if is_space(c) {
            let start = i;
            let mut newlines = 0;
            while i < n && is_space(orig[i]) {
                if orig[i] == '\n' {
                    newlines += 1;
                }
                i += 1;
            }
            let mut hard = false;
            while let Some(&b) = hb.peek() {
                if b < start {
                    hb.next();
                } else {
                    hard = b < i;
                    break;
                }
            }
            let prev = chars.last().copied();
            let next = orig.get(i).copied();
            let (Some(p), Some(nx)) = (prev, next) else {
                continue; // leading or trailing white space
            };
            let sentence_break =
                newlines > 0 && ends_sentence(p) && (is_cjk(p) || is_cjk(nx) || newlines > 1 || p == ':');
            let emit = if hard || sentence_break {
                Some('\n')
            } else if digit_group_split(&chars, &orig[i..])
                || ((tight(p) && tight(nx))
                    && (is_cjk(p) || is_cjk(nx) || (p.is_ascii_digit() && matches!(nx, '%' | '‰'))))
            {
                // `1,421, 486万元` (one number copied with a space in it), or a
                // line broken between two characters that are written tight.
                None
            } else {
                Some(' ')
            };
            if let Some(e) = emit {
                chars.push(e);
                map.push(start);
            }
            continue;
        }
        // Pinyin glosses some portals insert after a character: 報(bào)告.
        if c == '(' && chars.last().is_some_and(|&p| is_cjk(p)) {
            let mut j = i + 1;
            while j < n && j <= i + 8 && (orig[j].is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(orig[j]))
            {
                j += 1;
            }
            let tone = orig[i + 1..j].iter().any(|c| !c.is_ascii());
            if j > i + 1 && orig.get(j) == Some(&')') && (tone || j - i <= 5) {
                i = j + 1;
                continue;
            }
        }
        // Footnote markers `^[3]`, `[1]` after a character, and portal debris `????`.
        if c == '[' && chars.last().is_some_and(|&p| is_cjk(p) || ends_sentence(p)) {
            let mut j = i + 1;
            while j < n && j <= i + 3 && orig[j].is_ascii_digit() {
                j += 1;
            }
            if j > i + 1 && orig.get(j) == Some(&']') {
                i = j + 1;
                continue;
            }
        }
        if c == '^' && orig.get(i + 1) == Some(&'[') {
            let mut j = i + 2;
            while j < n && orig[j].is_ascii_digit() {
                j += 1;
            }
            if j > i + 2 && orig.get(j) == Some(&']') {
                i = j + 1;
                continue;
            }
        }
        if (c == '?' || c == '\u{FFFD}') && orig.get(i + 1) == Some(&c) {
            while i < n && orig[i] == c {
                i += 1;
            }
            continue;
        }
        chars.push(c);
        map.push(i);
        i += 1;
    }
    map.push(n);
    Normalized { chars, map }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalize(s, &[]).chars.iter().collect()
    }

    #[test]
    fn spaces_inside_numbers_and_units_go() {
        assert_eq!(norm("协议投资总额超 600亿元"), "协议投资总额超600亿元");
        assert_eq!(norm("首破4 亿美元"), "首破4亿美元");
        assert_eq!(norm("提高至391元/ 月"), "提高至391元/月");
        assert_eq!(norm("完成工业投资超\n\n200亿元"), "完成工业投资超200亿元");
        assert_eq!(norm("政 府 工 作 报 告"), "政府工作报告");
        // cut from tests/data/zh-genres (Sanming 2020 budget)
        assert_eq!(norm("转移性收入1,421, 486万元"), "转移性收入1,421,486万元");
        assert_eq!(norm("支出完成3, 156,077万元"), "支出完成3,156,077万元");
        assert_eq!(norm("上解上级支出124, 731万元"), "上解上级支出124,731万元");
    }

    #[test]
    fn traditional_and_portal_debris() {
        assert_eq!(norm("地區(qū)生產總值721.4億元"), "地区生产总值721.4亿元");
        assert_eq!(norm("增長77.7 %"), "增长77.7%");
        assert_eq!(norm("地区生产总值[1]增长"), "地区生产总值增长");
    }

    #[test]
    fn full_width_forms_fold() {
        assert_eq!(norm("增长１２％"), "增长12%");
        assert_eq!(norm("增长\u{3000}8%"), "增长8%");
    }

    #[test]
    fn sentence_breaks_stay() {
        assert_eq!(norm("任务。\n加力招引"), "任务。\n加力招引");
        assert_eq!(norm("lakh\nhectares"), "lakh hectares");
    }

    #[test]
    fn debris_goes_and_offsets_map_back() {
        let n = normalize("超????^[3] 600亿元", &[]);
        let s: String = n.chars.iter().collect();
        assert_eq!(s, "超600亿元");
        assert_eq!(n.map[1], 10);
        assert_eq!(n.original_span(1, 6), (10, 15));
    }
}
