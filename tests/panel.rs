//! The promise check on real report series (`tests/data/panel/`): each
//! promise, its status and margin, as the reports give them. A change of
//! the grammar that moves one shows up here by name.

use std::path::Path;

use zhibiao::promise::{Promise, Status};

fn panel(files: &[&str]) -> (Vec<zhibiao::panel::Entry>, Vec<Promise>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let texts: Vec<(String, String)> =
        files.iter().map(|f| (f.to_string(), std::fs::read_to_string(root.join(f)).unwrap())).collect();
    let (_, p) = zhibiao::panel::of_texts(texts.iter().map(|(s, t)| (s.as_str(), t.as_str())));
    (p.entries(), p.promises())
}

/// (year, concept, target as written, result as written, status, margin)
type Expected<'a> = (i32, &'a str, &'a str, &'a str, Status, Option<f64>);

fn assert_promises(promises: &[Promise], government: &str, want: &[Expected]) {
    let got: Vec<Expected> = promises
        .iter()
        .map(|p| {
            assert_eq!(p.government, government);
            (p.year, p.concept.unwrap_or("-"), p.target.display.as_str(), p.actual.display.as_str(), p.status, p.margin)
        })
        .collect();
    assert_eq!(got, want);
}

use Status::{Met, Missed, Unclear};

#[test]
fn national_2022_to_2024() {
    let (reports, promises) = panel(&["panel/national-2022.txt", "panel/national-2023.txt", "panel/national-2024.txt"]);
    let years: Vec<_> =
        reports.iter().map(|r| (r.info.government.as_deref(), r.info.level, r.info.report_year)).collect();
    assert_eq!(
        years,
        vec![
            (Some("中国"), Some("national"), Some(2022)),
            (Some("中国"), Some("national"), Some(2023)),
            (Some("中国"), Some("national"), Some(2024))
        ]
    );
    assert_promises(
        &promises,
        "中国",
        &[
            // 国内生产总值增长5.5%左右 against 国内生产总值增长3%
            (2022, "gdp", "5.5%", "3%", Missed, Some(-2.5)),
            (2022, "urban_jobs_new", "1100万人", "1206万人", Met, Some(1_060_000.0)),
            // 全年控制在5.5%以内 against 年末城镇调查失业率降到5.5%: a year-end rate, the average not given
            (2022, "unemployment_rate", "控制在5.5%", "5.5%", Unclear, None),
            (2022, "cpi", "3%", "2%", Met, Some(-1.0)),
            (2022, "grain_output", "1.3万亿斤", "1.37万亿斤", Met, Some(7e10)),
            (2023, "gdp", "5%", "5.2%", Met, Some(0.2)),
            (2023, "urban_jobs_new", "1200万人", "1244万人", Met, Some(440_000.0)),
            // 城镇调查失业率5.5%左右 against 城镇调查失业率平均为5.2%
            (2023, "unemployment_rate", "5.5%", "5.2%", Met, Some(-0.3)),
            (2023, "cpi", "3%", "0.2%", Met, Some(-2.8)),
        ],
    );
    // the 2024 targets have no result yet; every promise names both sources
    assert!(promises.iter().all(|p| p.year < 2024));
    assert!(promises.iter().all(|p| p.actual.report == p.target.report + 1));
}

#[test]
fn baoding_2021_to_2023() {
    let (reports, promises) =
        panel(&["panel/baoding-2021.txt", "zh-fresh/corpus/prefecture-baoding-2022.txt", "panel/baoding-2023.txt"]);
    assert!(reports.iter().all(|r| r.info.government.as_deref() == Some("保定市") && r.info.level == Some("city")));
    assert_promises(
        &promises,
        "保定市",
        &[
            // 生产总值增长8%以上
            (2021, "gdp", "8%", "7.2%", Missed, Some(-0.8)),
            (2021, "fiscal_revenue", "6.5%", "11.3%", Met, Some(4.8)),
            (2021, "industrial_value_added", "10%", "11.4%", Met, Some(1.4)),
            (2021, "fixed_asset_investment", "10%", "6.9%", Missed, Some(-3.1)),
            (2021, "retail_sales", "9%", "9.5%", Met, Some(0.5)),
            (2021, "foreign_trade", "5%", "40.4%", Met, Some(35.4)),
            (2021, "disposable_income", "8.5%", "10.1%", Met, Some(1.6)),
            (2022, "gdp", "8%", "3.8%", Missed, Some(-4.2)),
            // 一般公共预算收入增长8%以上 against 地方一般公共预算收入（扣除留抵退税因素）增长7.2%
            (2022, "fiscal_revenue", "8%", "7.2%", Missed, Some(-0.8)),
            (2022, "industrial_value_added", "9%", "0.8%", Missed, Some(-8.2)),
            // 8%左右 against 8.1%
            (2022, "fixed_asset_investment", "8%", "8.1%", Met, Some(0.1)),
            (2022, "retail_sales", "8.5%", "1.0%", Missed, Some(-7.5)),
            (2022, "foreign_trade", "5%", "8.8%", Met, Some(3.8)),
            (2022, "disposable_income", "8.5%", "6.3%", Missed, Some(-2.2)),
        ],
    );
}

#[test]
fn gaoyang_2018_and_2019() {
    let (_, promises) = panel(&["panel/gaoyang-2018.txt", "zh-fresh/corpus/county-gaoyang-2019.txt"]);
    assert_promises(
        &promises,
        "高阳县",
        &[
            // 生产总值增长9% against 增长9%: met exactly
            (2018, "gdp", "9%", "9%", Met, Some(0.0)),
            (2018, "industrial_value_added", "10%", "10%", Met, Some(0.0)),
            (2018, "fixed_asset_investment", "6%", "8.2%", Met, Some(2.2)),
            (2018, "retail_sales", "12%", "12%", Met, Some(0.0)),
        ],
    );
}

#[test]
fn two_governments_are_never_paired() {
    // Gaoyang's 2018 targets beside Baoding's report on 2018? Baoding 2022 speaks of 2021;
    // the county's 2019 results beside the city's targets: none pair across governments.
    let (_, promises) =
        panel(&["panel/gaoyang-2018.txt", "panel/baoding-2021.txt", "zh-fresh/corpus/prefecture-baoding-2022.txt"]);
    assert!(promises.iter().all(|p| p.government == "保定市" && p.year == 2021));
}

#[test]
fn reports_without_a_government_are_listed_and_not_paired() {
    // the Hubei 2026 excerpt starts at its review: it names no government
    let (reports, promises) =
        panel(&["zh-fresh/corpus/province-hubei-2026.txt", "zh-heldout/corpus/national-2019-excerpt.txt"]);
    assert_eq!(reports[0].info.government, None);
    assert_eq!(reports[0].note, Some(zhibiao::panel::NO_GOVERNMENT));
    assert!(promises.is_empty());
}

#[test]
fn a_duplicate_report_is_kept_and_marked() {
    let (reports, promises) =
        panel(&["panel/national-2022.txt", "zh-unseen/corpus/national-2022-excerpt.txt", "panel/national-2023.txt"]);
    assert_eq!(reports.iter().map(|r| r.duplicate).collect::<Vec<_>>(), vec![true, true, false]);
    let gdp: Vec<&Promise> = promises.iter().filter(|p| p.year == 2022 && p.concept == Some("gdp")).collect();
    // the same target in both copies is one promise, marked
    assert_eq!(gdp.len(), 1);
    assert!(gdp[0].duplicate);
    assert_eq!(gdp[0].status, Missed);
}
