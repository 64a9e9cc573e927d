//! Names: the subject each figure measures, as written.
//!
//! The name of a quantity is the phrase before it in its clause, with the
//! verbs that carry no meaning of their own (`完成`, `实现`, `达到`) and the
//! time words (`全年`, `今年`) stripped; when the measure word comes first
//! (`改造提升10个老旧小区`) the noun after it joins the name. A clause with
//! no subject of its own (`增长8.2%`) takes the name of the figure before it
//! in the sentence; `分别` distributes a list of subjects over a list of
//! values.

use crate::lexicon;
use std::sync::LazyLock;

use super::quantity::starts_with;
use crate::lexicon::{Key, Lexicon};

static LEAD_WORDS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::ZH_LEAD_WORDS));

/// Words that begin with a one-character lead word but are words of their own.
static KEEP_WORDS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::ZH_KEEP_WORDS));

static TRAIL_WORDS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::ZH_TRAIL_WORDS));

/// Words that end the noun counted after a measure word: what is then
/// said of it (`30个工作专班迅速与安新县对接`, `4000平方米保鲜库投入使用`).
static POST_STOPS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::ZH_POST_STOPS));

/// The noun counted after a measure word, cut before what is said of it.
pub fn post_noun(post: &[char]) -> &[char] {
    let cut = (1..post.len()).find(|&i| POST_STOPS.iter().any(|w| starts_with(post, i, w)));
    &post[..cut.unwrap_or(post.len())]
}

/// Verbs that stay when the examples before 等 go (`引进吉利等20户企业`).
static EXAMPLE_VERBS: LazyLock<Vec<&str>> = LazyLock::new(|| lexicon::words(lexicon::ZH_EXAMPLE_VERBS));

/// `成功引进鑫联环保、吉利等`: examples of what is counted after the
/// figure; only the verb before them stays.
pub fn drop_examples(pre: &[char]) -> &[char] {
    let s = strip_words(pre);
    (0..s.len().min(4))
        .find_map(|i| EXAMPLE_VERBS.iter().find(|w| starts_with(s, i, w)).map(|w| &s[i..i + w.chars().count()]))
        .unwrap_or(&[])
}

/// Delimiters that end a clause item (sentence, comma, enumeration).
pub fn is_item_delim(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | ';' | '!' | '?' | '\n' | '，' | ',' | '、' | '：' | ':')
}

/// Delimiters that end a sentence (names are not carried across them).
pub fn is_sentence_delim(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | ';' | '!' | '?' | '\n' | '：' | ':')
}

static LEAD: LazyLock<Lexicon<&str>> = LazyLock::new(|| Lexicon::new(&LEAD_WORDS, |w| w, Key::First));
static KEEP: LazyLock<Lexicon<&str>> = LazyLock::new(|| Lexicon::new(&KEEP_WORDS, |w| w, Key::First));
static TRAIL: LazyLock<Lexicon<&str>> = LazyLock::new(|| Lexicon::new(&TRAIL_WORDS, |w| w, Key::Last));

fn strip_words(mut s: &[char]) -> &[char] {
    loop {
        let before = s.len();
        // leading years and spans of time: 2023年, 五年, 十年来
        if s.len() >= 5 && s[..4].iter().all(|c| c.is_ascii_digit()) && s[4] == '年' {
            s = &s[5..];
            // 2013年以来, 2023年底, 2023年初
            for w in ["以来", "底", "初", "末"] {
                if starts_with(s, 0, w) {
                    s = &s[w.chars().count()..];
                }
            }
        }
        let span = s.iter().take_while(|&&c| crate::number::is_cn_numeral(c) || c.is_ascii_digit()).count();
        if span > 0 && span <= 2 && s.get(span) == Some(&'年') {
            s = &s[span + 1..];
            if s.first() == Some(&'来') {
                s = &s[1..];
            }
        }
        for (n, _) in LEAD.starting_at(s, 0) {
            // a one-character preposition only where it is not part of a word
            // (`使用`, `在建`, `对外` keep theirs)
            if !(n == 1 && KEEP.starting_at(s, 0).next().is_some()) {
                s = &s[n..];
                break;
            }
        }
        if let Some((n, _)) = TRAIL.ending_at(s, s.len()).next() {
            s = &s[..s.len() - n];
        }
        while let Some(&c) = s.first() {
            if matches!(c, ' ' | ')' | '）' | '”' | '"' | '，' | ',' | '-' | '—') {
                s = &s[1..];
            } else {
                break;
            }
        }
        while let Some(&c) = s.last() {
            if matches!(c, ' ' | '(' | '（' | '“' | '-' | '—' | '，' | ',') {
                s = &s[..s.len() - 1];
            } else {
                break;
            }
        }
        if s.len() == before {
            return s;
        }
    }
}

/// The start of the clause item that holds `at`: just past the last
/// delimiter before it outside brackets.
pub fn item_start(chars: &[char], at: usize, floor: usize) -> usize {
    let mut depth = 0i32;
    let mut i = at;
    let floor = floor.max(at.saturating_sub(200));
    while i > floor {
        let c = chars[i - 1];
        match c {
            ')' | '）' => depth += 1,
            '(' | '（' => depth -= 1,
            _ => {}
        }
        if depth <= 0 && is_item_delim(c) && !is_number_comma(chars, i - 1) {
            return i;
        }
        i -= 1;
    }
    floor
}

/// The end of the clause item that holds `at`.
pub fn item_end(chars: &[char], at: usize) -> usize {
    let mut depth = 0i32;
    let mut i = at;
    let ceil = chars.len().min(at + 200);
    while i < ceil {
        let c = chars[i];
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth -= 1,
            _ => {}
        }
        if depth <= 0 && is_item_delim(c) && !is_number_comma(chars, i) {
            return i;
        }
        i += 1;
    }
    chars.len()
}

/// A comma between digits groups thousands; it ends no clause.
fn is_number_comma(chars: &[char], i: usize) -> bool {
    chars[i] == ',' && i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())
}

/// The name from the text before a quantity (`pre`) and the noun after its
/// measure word (`post`, empty when none).
pub fn compose(pre: &[char], post: &[char]) -> String {
    let (pre, post) = name_parts(pre, post);
    let mut s = String::with_capacity((pre.len() + post.len()) * 3);
    s.extend(pre.iter().filter(|c| !c.is_whitespace()));
    if s.ends_with('等') {
        s.pop();
    }
    s.extend(post.iter().filter(|c| !c.is_whitespace()));
    s
}

/// The length in characters of [`compose`]`(pre, post)`, without building it.
pub fn compose_len(pre: &[char], post: &[char]) -> usize {
    let (pre, post) = name_parts(pre, post);
    let mut n = pre.iter().filter(|c| !c.is_whitespace()).count();
    if pre.iter().rev().find(|c| !c.is_whitespace()) == Some(&'等') {
        n -= 1;
    }
    n + post.iter().filter(|c| !c.is_whitespace()).count()
}

/// The parts of `pre` and `post` that make the name, white space aside.
fn name_parts<'a>(pre: &'a [char], post: &'a [char]) -> (&'a [char], &'a [char]) {
    let mut pre = strip_words(pre);
    // 比上年增加: a comparison, no subject of its own.
    if pre.first().is_some_and(|&c| c == '比' || c == '较') || starts_with(pre, 0, "同比") {
        pre = &[];
    }
    // `起征点从月销售额10万元提高到15万元`: the subject stands before 从/由
    if let Some(p) = pre.iter().rposition(|&c| c == '从' || c == '由') {
        if p >= 2 && pre.len() - p <= 7 && !matches!(pre.get(p + 1), Some('事' | '严' | '而' | '于')) {
            pre = strip_words(&pre[..p]);
        }
    }
    (pre, strip_words(post))
}

/// The names of a `分别` list: the subjects before `分别`, split on `、`.
pub fn respectively_subjects(chars: &[char], clause_start: usize, fenbie: usize, want: usize) -> Vec<String> {
    let by_comma = split_subjects(chars, clause_start, fenbie, false);
    let parts = if by_comma.len() >= want { by_comma } else { split_subjects(chars, clause_start, fenbie, true) };
    // `城乡居民人均可支配收入分别达…、…`: 城乡 is 城镇 and 农村
    if parts.len() == 1 && want == 2 {
        if let Some(rest) = parts[0].strip_prefix("城乡") {
            return vec![format!("城镇{rest}"), format!("农村{rest}")];
        }
    }
    complete_heads(parts)
}

/// `收入和支出` shares `一般公共预算`, `城镇、农村常住居民…收入` shares its
/// tail: a part of one or two characters borrows the rest from the longest.
fn complete_heads(parts: Vec<String>) -> Vec<String> {
    let Some((li, longest)) = parts.iter().enumerate().max_by_key(|(_, p)| p.chars().count()) else {
        return parts;
    };
    let long: Vec<char> = longest.chars().collect();
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let n = p.chars().count();
            if n > 2 || long.len() < n + 2 {
                return p.clone();
            }
            if i < li {
                format!("{p}{}", long[n..].iter().collect::<String>())
            } else {
                format!("{}{p}", long[..long.len() - n].iter().collect::<String>())
            }
        })
        .collect()
}

fn split_subjects(chars: &[char], clause_start: usize, fenbie: usize, conj: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0;
    for &c in &chars[clause_start..fenbie] {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth -= 1,
            _ => {}
        }
        if (c == '、' || (conj && (c == '和' || c == '与' || c == '及'))) && depth == 0 {
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    out.push(cur);
    out.into_iter()
        .map(|s| {
            let v: Vec<char> = s.chars().collect();
            strip_words(&v).iter().collect::<String>()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn verbs_and_time_words_go() {
        assert_eq!(compose(&c("全年接待游客达"), &[]), "接待游客");
        assert_eq!(compose(&c("其中工业投资完成"), &[]), "工业投资");
        assert_eq!(compose(&c("城镇调查失业率平均为"), &[]), "城镇调查失业率");
        assert_eq!(compose(&c("2023年全区地区生产总值"), &[]), "地区生产总值");
    }

    #[test]
    fn measure_word_first() {
        assert_eq!(compose(&c("改造提升"), &c("老旧小区")), "改造提升老旧小区");
        assert_eq!(compose(&c("恩捷隔膜等"), &c("省市重大项目顺利推进")), "恩捷隔膜省市重大项目顺利推进");
    }

    #[test]
    fn the_subject_stands_before_from() {
        assert_eq!(compose(&c("小规模纳税人增值税起征点从月销售额"), &[]), "小规模纳税人增值税起征点");
        assert_eq!(compose(&c("消费贡献率由"), &[]), "消费贡献率");
    }

    #[test]
    fn comparisons_have_no_subject() {
        assert_eq!(compose(&c("比上年年初预算"), &[]), "");
    }

    #[test]
    fn respectively() {
        let t = c("群众安全感、政法队伍满意度分别达");
        let f = t.len() - 3;
        assert_eq!(respectively_subjects(&t, 0, f, 2), vec!["群众安全感", "政法队伍满意度"]);
        let t = c("信息传输软件和信息技术服务业、租赁和商务服务业增加值分别增长");
        let f = t.len() - 4;
        assert_eq!(respectively_subjects(&t, 0, f, 2), vec!["信息传输软件和信息技术服务业", "租赁和商务服务业增加值"]);
        let t = c("城乡常住居民人均可支配收入分别达");
        let f = t.len() - 3;
        assert_eq!(
            respectively_subjects(&t, 0, f, 2),
            vec!["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]
        );
        let t = c("居民医保和基本公共卫生服务经费分别再提高");
        let f = t.len() - 5;
        assert_eq!(respectively_subjects(&t, 0, f, 2), vec!["居民医保", "基本公共卫生服务经费"]);
    }
}
