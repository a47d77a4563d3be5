//! Gazetteer matching at scale: MB/s of `Matcher::find` (on the original text: no folded copy is
//! needed) with 3k (default), 10k and 1M names, loading a compiled 1M-name gazetteer (from bytes,
//! copied, and from a memory-mapped file), and the whole pipeline with and without 1M extra names.
//!
//! Text: `../shared/bench/fr_news_pages.jsonl` (real French news pages), else the seed article
//! repeated. Names: a synthetic gazetteer (real first names + generated surnames, places and
//! organizations with acronyms, a few lower-case aliases), generated once into the temp dir
//! (`verbatim-synthetic-{N}.tsv`) so that the CLI can be timed on the same file:
//!
//!     cargo bench --bench gazetteer
//!     verbatim gazetteer compile /tmp/verbatim-synthetic-v2-1000000.tsv -o /tmp/synthetic-1m.vgaz
//!
//! Set `VERBATIM_BENCH_NAMES=100000` to use a smaller "large" gazetteer. Matching and the pipeline
//! are timed in thread CPU time (the machine may be shared and wall time would count its load).

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Instant;

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use verbatim::fold::fold_key;
use verbatim::gazetteer::compiled::{write_compiled, CompiledGazetteer};
use verbatim::gazetteer::Gazetteer;
use verbatim::{Document, Extractor, Language};

fn corpus() -> Vec<Document> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/fr_news_pages.jsonl");
    if let Ok(text) = std::fs::read_to_string(&path) {
        let docs: Vec<Document> = text
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| Some(Document::new(v.get("id")?.as_str()?, v.get("text")?.as_str()?)))
            .collect();
        if !docs.is_empty() {
            return docs;
        }
    }
    eprintln!("benches/gazetteer: ../shared/bench/fr_news_pages.jsonl not found; using the seed article");
    let seed = include_str!("../tests/fr_seed_alahed.txt");
    (0..50).map(|i| Document::new(format!("seed{i}"), seed)).collect()
}

/// Thread CPU time, from `/proc/thread-self/schedstat`: on a shared machine wall time also counts
/// the other processes' load, CPU time does not. (Linux; elsewhere it reads 0.)
struct CpuTime;

static WALL: WallTime = WallTime;

fn thread_cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

impl Measurement for CpuTime {
    type Intermediate = u64;
    type Value = u64;
    fn start(&self) -> u64 {
        thread_cpu_ns()
    }
    fn end(&self, i: u64) -> u64 {
        thread_cpu_ns().saturating_sub(i)
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, v: &u64) -> f64 {
        *v as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        WALL.formatter()
    }
}

/// A small deterministic generator (xorshift64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const SYL: &[&str] = &[
    "ma", "ri", "to", "lo", "ber", "nan", "de", "la", "vi", "son", "char", "mon", "te", "gui", "lau", "ren", "dou",
    "pa", "sca", "zo", "fé", "li", "ni", "que", "ro", "sa", "bel", "tan", "mi", "gno", "kov", "ski", "ler", "berg",
    "ton", "ville", "court", "mont", "bois", "val", "é", "gaz", "ouf", "din", "rac", "pé", "sel", "ham", "bou", "cha",
    "dri", "ga", "jo", "ku", "lé", "mo", "nu", "or", "pi", "ra", "su", "ti", "vo", "wa", "xi", "yu", "za",
];

fn word(r: &mut Rng) -> String {
    let n = 2 + (r.next() % 3) as usize;
    let mut w = String::new();
    for _ in 0..n {
        w.push_str(r.pick(SYL));
    }
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// A synthetic gazetteer TSV with `names` distinct folded names.
fn synthetic_tsv(names: usize) -> String {
    let first: Vec<&str> = include_str!("../data/fr/first_names.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split('\t').next())
        .collect();
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let mut seen: HashSet<String> = HashSet::new();
    let mut out = String::from("id\ttype\tname\taliases\twikidata\troles\tgender\n");
    let mut i = 0;
    while seen.len() < names {
        i += 1;
        let (t, name, alias) = match r.next() % 10 {
            0..=3 => {
                let sur = word(&mut r);
                let alias = if r.next().is_multiple_of(3) { sur.clone() } else { String::new() };
                ("PER", format!("{} {}", r.pick(&first), sur), alias)
            }
            4..=6 => {
                let name = match r.next() % 4 {
                    0 => format!("Saint-{}", word(&mut r)),
                    1 => format!("{}-sur-{}", word(&mut r), word(&mut r)),
                    2 => format!("{} {}", r.pick(&["Le", "La", "Les", "Val de", "Mont"]), word(&mut r)),
                    _ => word(&mut r),
                };
                let alias =
                    if r.next().is_multiple_of(50) { format!("la ville de {}", word(&mut r)) } else { String::new() };
                ("LOC", name, alias)
            }
            _ => {
                let name = format!(
                    "{} {}",
                    r.pick(&["Association", "Groupe", "Banque de", "Parti", "Union des", "Fondation", "Institut"]),
                    word(&mut r)
                );
                let alias = if r.next().is_multiple_of(3) {
                    (0..2 + r.next() % 3).map(|_| (b'A' + (r.next() % 26) as u8) as char).collect()
                } else {
                    String::new()
                };
                ("ORG", name, alias)
            }
        };
        let mut new = seen.insert(fold_key(&name));
        if !alias.is_empty() && seen.len() < names {
            new |= seen.insert(fold_key(&alias));
        }
        if new {
            out.push_str(&format!("syn_{i}\t{t}\t{name}\t{alias}\t\t\t\n"));
        }
    }
    out
}

/// The synthetic gazetteer of about `names` names, generated once into the temp dir.
fn synthetic(names: usize) -> Gazetteer {
    let path = std::env::temp_dir().join(format!("verbatim-synthetic-v2-{names}.tsv"));
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(_) => {
            let t = synthetic_tsv(names);
            if let Err(e) = std::fs::write(&path, &t) {
                eprintln!("benches/gazetteer: cannot save {}: {e}", path.display());
            }
            t
        }
    };
    let mut g = Gazetteer::new();
    g.add_tsv(&text, &path.display().to_string()).expect("synthetic gazetteer");
    g
}

fn large_names() -> usize {
    std::env::var("VERBATIM_BENCH_NAMES").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000)
}

fn find(c: &mut Criterion<CpuTime>) {
    let docs = corpus();
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let big = large_names();
    let mut g = c.benchmark_group("find");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    let mut cases: Vec<(String, verbatim::gazetteer::Matcher)> = Vec::new();
    cases.push(("default".to_string(), Gazetteer::embedded_default().unwrap().compile().unwrap()));
    cases.push(("10k".to_string(), synthetic(10_000).compile().unwrap()));
    let t = Instant::now();
    let m = synthetic(big).compile().unwrap();
    eprintln!(
        "benches/gazetteer: {} names ({} patterns) compiled in {:.2} s",
        big,
        m.pattern_count(),
        t.elapsed().as_secs_f64()
    );
    cases.push((format!("{big}"), m));
    for (name, m) in &cases {
        let found: usize = texts.iter().map(|t| m.find(t).len()).sum();
        eprintln!("benches/gazetteer: {name}: {} patterns, {found} matches in the corpus", m.pattern_count());
        g.bench_function(name.as_str(), |b| b.iter(|| texts.iter().map(|t| m.find(t).len()).sum::<usize>()));
    }
    g.finish();
}

fn load(c: &mut Criterion<CpuTime>) {
    let big = large_names();
    let g = synthetic(big);
    let mut bytes = Vec::new();
    let t = Instant::now();
    let s = write_compiled(&g, &mut bytes).unwrap();
    eprintln!(
        "benches/gazetteer: compiled {} entries / {} names into {:.1} MB in {:.2} s",
        s.entries,
        s.patterns,
        s.bytes as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    drop(g);
    let mut grp = c.benchmark_group("load");
    grp.sample_size(10);
    grp.bench_function(format!("compiled_{big}_names"), |b| {
        // The matcher is dropped outside the timing (a run loads it once and exits).
        b.iter_with_large_drop(|| {
            let c = CompiledGazetteer::from_bytes(&bytes, "synthetic.vgaz").unwrap();
            verbatim::gazetteer::Matcher::from_compiled(c).unwrap()
        })
    });
    let path = std::env::temp_dir().join(format!("verbatim-bench-{}.vgaz", std::process::id()));
    std::fs::write(&path, &bytes).unwrap();
    grp.bench_function(format!("mapped_{big}_names"), |b| {
        b.iter_with_large_drop(|| {
            let c = CompiledGazetteer::open(&path).unwrap();
            verbatim::gazetteer::Matcher::from_compiled(c).unwrap()
        })
    });
    grp.finish();
    let _ = std::fs::remove_file(&path);
}

fn end_to_end(c: &mut Criterion<CpuTime>) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let big = large_names();
    let mut compiled = Vec::new();
    write_compiled(&synthetic(big), &mut compiled).unwrap();
    let with_big = || {
        let m = Gazetteer::embedded_default().unwrap().compile().unwrap();
        let m = m.with_compiled(CompiledGazetteer::from_bytes(&compiled, "synthetic.vgaz").unwrap()).unwrap();
        Extractor::new(Language::french().unwrap(), m)
    };
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    for (name, ex) in
        [("default".to_string(), Extractor::french_default().unwrap()), (format!("default_plus_{big}"), with_big())]
    {
        g.bench_function(name.as_str(), |b| {
            b.iter(|| docs.iter().map(|d| ex.extract(d).entities.len()).sum::<usize>())
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().with_measurement(CpuTime);
    targets = find, load, end_to_end
}
criterion_main!(benches);
