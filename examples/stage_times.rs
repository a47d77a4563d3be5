//! Times each pipeline stage over a JSONL corpus (`{"id","text"}` per line): where the time goes.
use std::time::{Duration, Instant};

use verbatim::{fold::Folded, gazetteer::Gazetteer, Language};

fn main() {
    let path = std::env::args().nth(1).expect("usage: stage_times CORPUS.jsonl");
    let docs: Vec<String> = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let lang = Language::french().unwrap();
    let gaz = Gazetteer::embedded_default().unwrap().compile().unwrap();
    let mut t = [Duration::ZERO; 6];
    for _ in 0..5 {
        for text in &docs {
            let s = Instant::now();
            let lines = verbatim::clean::clean(text, &lang);
            t[0] += s.elapsed();
            let s = Instant::now();
            let seg = verbatim::segment::segment(text, &lines, &lang);
            t[1] += s.elapsed();
            let s = Instant::now();
            let folded = Folded::new(text);
            let m = gaz.find(text, &folded);
            t[2] += s.elapsed();
            std::hint::black_box(m);
            let s = Instant::now();
            let mut ents = verbatim::entities::find_entities(text, &folded, &seg, &gaz, &lang);
            t[3] += s.elapsed();
            let s = Instant::now();
            let quotes = verbatim::quotes::find_quotes(text, &seg, &lang);
            t[4] += s.elapsed();
            let s = Instant::now();
            let a = verbatim::attribution::attribute(text, &seg, &mut ents, &quotes, &gaz, &lang);
            t[5] += s.elapsed();
            std::hint::black_box(a);
        }
    }
    let mb = (bytes * 5) as f64 / 1e6;
    for (name, d) in
        ["clean", "segment", "fold+gazetteer", "entities (incl. gazetteer)", "quotes", "attribution"].iter().zip(t)
    {
        println!("{name:28} {:8.1} ms  {:8.1} MB/s", d.as_secs_f64() * 1e3, mb / d.as_secs_f64());
    }
}
