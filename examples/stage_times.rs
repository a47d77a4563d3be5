//! Times each pipeline stage over a JSONL corpus (`{"id","text"}` per line), and counts its heap
//! allocations: where the time goes.
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The system allocator, counting allocations.
struct Counting;

static ALLOCS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(p, l, n) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocs() -> usize {
    ALLOCS.load(Ordering::Relaxed)
}

use verbatim::{gazetteer::Gazetteer, Language};

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
    let mut n = [0usize; 6];
    for _ in 0..5 {
        for text in &docs {
            let (s, a0) = (Instant::now(), allocs());
            let lines = verbatim::clean::clean(text, &lang);
            t[0] += s.elapsed();
            n[0] += allocs() - a0;
            let (s, a0) = (Instant::now(), allocs());
            let seg = verbatim::segment::segment(text, &lines, &lang);
            t[1] += s.elapsed();
            n[1] += allocs() - a0;
            let (s, a0) = (Instant::now(), allocs());
            let m = gaz.find(text);
            t[2] += s.elapsed();
            n[2] += allocs() - a0;
            std::hint::black_box(m);
            let (s, a0) = (Instant::now(), allocs());
            let mut ents = verbatim::entities::find_entities(text, &seg, &gaz, &lang);
            t[3] += s.elapsed();
            n[3] += allocs() - a0;
            let (s, a0) = (Instant::now(), allocs());
            let quotes = verbatim::quotes::find_quotes(text, &seg, &lang);
            t[4] += s.elapsed();
            n[4] += allocs() - a0;
            let (s, a0) = (Instant::now(), allocs());
            let a = verbatim::attribution::attribute(text, &seg, &mut ents, &quotes, &gaz, &lang);
            t[5] += s.elapsed();
            n[5] += allocs() - a0;
            std::hint::black_box(a);
        }
    }
    let mb = (bytes * 5) as f64 / 1e6;
    let kb = mb * 1e3;
    for ((name, d), n) in ["clean", "segment", "fold+gazetteer", "entities (incl. gazetteer)", "quotes", "attribution"]
        .iter()
        .zip(t)
        .zip(n)
    {
        println!(
            "{name:28} {:8.1} ms  {:8.1} MB/s  {:8.1} allocations/KB",
            d.as_secs_f64() * 1e3,
            mb / d.as_secs_f64(),
            n as f64 / kb
        );
    }
}
