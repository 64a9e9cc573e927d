//! `analyze` on any UTF-8 text: no panic, spans on the input, finite values.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let r = zhibiao::analyze(text);
    let chars: Vec<char> = text.chars().collect();
    for i in &r.indicators {
        assert!(i.start <= i.end && i.end <= chars.len());
        assert_eq!(i.text, chars[i.start..i.end].iter().collect::<String>());
        assert!(i.value.is_finite());
    }
    let _ = zhibiao::aggregate::summarize(text, &r);
});
