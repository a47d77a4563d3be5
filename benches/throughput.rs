//! Throughput of the whole pipeline on real French news pages (../shared/bench/fr_news_pages.jsonl).
//!
//! Reports bytes per second for one core (criterion's `Throughput::Bytes`). Skipped with a
//! message when the corpus is absent.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use verbatim::{Document, Extractor};

fn corpus() -> Option<Vec<Document>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/fr_news_pages.jsonl");
    let text = std::fs::read_to_string(&path).ok()?;
    let docs = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| Some(Document::new(v.get("id")?.as_str()?, v.get("text")?.as_str()?)))
        .collect();
    Some(docs)
}

fn bench(c: &mut Criterion) {
    let Some(docs) = corpus() else {
        eprintln!("benches/throughput: ../shared/bench/fr_news_pages.jsonl not found; skipping");
        return;
    };
    let ex = Extractor::french_default().expect("default extractor");
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("extract_fr_news_pages_one_core", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                n += ex.extract(d).quotes.len();
            }
            n
        })
    });
    g.finish();
}

/// Inputs that once made attribution quadratic: many quotes, many quotes by one speaker.
fn pathological(c: &mut Criterion) {
    let ex = Extractor::french_default().expect("default extractor");
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10);
    for (name, text) in [
        ("25k_bare_quotes", "« a »\n".repeat(25_000)),
        ("20k_quotes_one_speaker", "« Nous irons », a dit M. Martin. ".repeat(20_000)),
    ] {
        let doc = Document::new(name, text);
        g.throughput(Throughput::Bytes(doc.text.len() as u64));
        g.bench_function(name, |b| b.iter(|| ex.extract(&doc).quotes.len()));
    }
    g.finish();
}

criterion_group!(benches, bench, pathological);
criterion_main!(benches);
