//! `cargo bench`: analysis throughput on the real report texts and on a
//! 10 MB concatenation of them, in MB/s of input.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn corpus() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/corpus");
    let mut v: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read_to_string(e.path()).unwrap()))
        .collect();
    v.sort();
    v
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    let mut g = c.benchmark_group("analyze");
    for (name, text) in &texts {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name.as_str(), |b| b.iter(|| zhibiao::analyze(std::hint::black_box(text))));
    }
    let zh: String =
        texts.iter().filter(|(n, _)| !n.starts_with("en-")).map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n");
    let mut big = String::new();
    while big.len() < 10 << 20 {
        big.push_str(&zh);
        big.push('\n');
    }
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.sample_size(10);
    g.bench_function("zh-10MB", |b| b.iter(|| zhibiao::analyze(std::hint::black_box(&big))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
