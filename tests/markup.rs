//! A report saved as a web page gives the indicators of its text, at their
//! places in the page (issue 13: "no script, style, navigation attributes or
//! comments become figures; offsets map back").

use zhibiao::analyze;

/// A web page around the lines of `text`, as a portal saves it: a head with
/// a style and a script full of numbers, a navigation bar, each line a
/// paragraph with attributes, a comment and a counter in a hidden element.
fn as_web_page(text: &str) -> String {
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let mut html = String::from(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>2023年政府工作报告</title>\n\
         <style>p { margin: 12px 0; width: 600px } .n { font-size: 16px }</style>\n\
         <script>var views = 12345; var ratio = 0.85; if (views > 100) { document.title += ' 8%'; }</script>\n\
         </head>\n<body>\n<nav><a href=\"/\">首页</a> &gt; <a href=\"/zwgk/2023\">2023年</a> <span>共 36 条</span></nav>\n\
         <div class=\"article\" style=\"width: 960px\">\n<!-- 访问量：406 次，评论 0 条 -->\n",
    );
    for line in text.lines() {
        html.push_str(&format!("<p class=\"n\" data-line=\"{}\">{}</p>\n", line.len(), esc(line)));
    }
    html.push_str("</div>\n<select><option>2022年</option><option>2021年</option></select>\n</body>\n</html>\n");
    html
}

#[test]
fn a_saved_web_page_gives_the_indicators_of_its_text() {
    for name in ["jintan-2023.txt", "zh-national-2024.txt", "en-india-budget-2016.txt"] {
        let text = std::fs::read_to_string(format!("tests/data/corpus/{name}")).unwrap();
        let html = as_web_page(&text);
        let plain = analyze(&text);
        let page = analyze(&html);
        let key = |r: &zhibiao::Report| -> Vec<(String, f64, String, String)> {
            r.indicators.iter().map(|i| (i.name.clone(), i.value, i.unit.clone(), format!("{:?}", i.kind))).collect()
        };
        let (a, b) = (key(&plain), key(&page));
        let same = a.iter().zip(&b).filter(|(x, y)| x == y).count();
        assert!(
            a.len().abs_diff(b.len()) <= 2 && same + 3 >= a.len(),
            "{name}: {} figures in the text, {} in the page, {same} the same in order",
            a.len(),
            b.len()
        );
        // every span points into the page, at the figure as written there
        let chars: Vec<char> = html.chars().collect();
        for (i, p) in page.indicators.iter().zip(&plain.indicators) {
            let at: String = chars[i.start..i.end].iter().collect();
            assert_eq!(at, i.text, "{name}: the span of {} is its text", i.display);
            // only a figure the text breaks across lines (超\n\n200亿元) spans
            // the tags between two paragraphs
            assert!(!at.contains('<') || p.text.contains('\n'), "{name}: {at:?} holds markup");
        }
    }
}

#[test]
fn nothing_of_the_markup_becomes_a_figure() {
    let text = std::fs::read_to_string("tests/data/corpus/jintan-2023.txt").unwrap();
    let page = analyze(&as_web_page(&text));
    for i in &page.indicators {
        for noise in ["12345", "600px", "960px", "406", "36 条", "0.85"] {
            assert!(!i.text.contains(noise), "{noise} became a figure: {:?}", i.display);
        }
    }
}
