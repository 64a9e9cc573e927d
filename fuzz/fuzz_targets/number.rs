//! The number readers on any characters: no panic, finite or refused.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let chars: Vec<char> = text.chars().collect();
    for i in 0..chars.len().min(64) {
        if let Some(n) = zhibiao::number::read_arabic(&chars, i) {
            assert!(n.end > i && n.end <= chars.len());
        }
        let _ = zhibiao::number::read_scale(&chars, i);
    }
    let _ = zhibiao::number::parse_chinese(&chars);
});
