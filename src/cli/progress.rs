//! Progress and summary of a batch run: a progress bar on a terminal (documents, MB/s, ETA;
//! nothing when stderr is not a terminal), the final summary line, and the `--stats` figures.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::{Deserialize, Serialize};

/// Counts of a run (carried across `--resume`).
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Totals {
    /// Documents read (processed + failed).
    pub read: u64,
    /// Documents that gave a record.
    pub processed: u64,
    /// Documents that failed (in the errors file).
    pub failed: u64,
    /// Quotes in the records.
    pub quotes: u64,
    /// Entities in the records.
    pub entities: u64,
    /// Bytes of document text run through the pipeline.
    pub text_bytes: u64,
}

/// The progress bar (hidden when stderr is not a terminal or `--quiet`).
pub struct Progress {
    bar: ProgressBar,
    start: Instant,
}

impl Progress {
    /// A progress bar over `total` input bytes (a spinner when unknown).
    pub fn new(total: Option<u64>, enabled: bool) -> Progress {
        let shown = enabled && std::io::stderr().is_terminal();
        let bar = match total {
            Some(t) if shown => ProgressBar::new(t),
            _ => ProgressBar::no_length(),
        };
        if shown {
            bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(4));
            let tpl = if total.is_some() {
                "{spinner} {elapsed_precise} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} ETA {eta}  {msg}"
            } else {
                "{spinner} {elapsed_precise} {bytes} {bytes_per_sec}  {msg}"
            };
            if let Ok(style) = ProgressStyle::with_template(tpl) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.enable_steady_tick(Duration::from_millis(250));
        } else {
            bar.set_draw_target(ProgressDrawTarget::hidden());
        }
        Progress { bar, start: Instant::now() }
    }

    /// Shows `bytes` of input read and the counts so far.
    pub fn update(&self, bytes: u64, t: &Totals) {
        self.bar.set_position(bytes);
        self.bar.set_message(format!("{} docs, {} failed, {} quotes", t.read, t.failed, t.quotes));
    }

    /// Clears the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }

    /// Time since the start.
    pub fn elapsed(&self) -> Duration {
        self.start.elapsed()
    }
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

/// The summary line: documents read, processed, failed; quotes; entities; the text run through
/// the pipeline in this run beside the input read (compressed input reads far fewer bytes), and
/// the text MB/s.
pub fn summary(t: &Totals, input_bytes: u64, elapsed: Duration, earlier: Option<&Totals>) -> String {
    let secs = elapsed.as_secs_f64().max(1e-9);
    let this_run = earlier.map(|e| t.text_bytes - e.text_bytes).unwrap_or(t.text_bytes);
    let mut s = format!(
        "verbatim: {} documents read, {} processed, {} failed; {} quotes, {} entities; \
         {:.1} MB of text ({:.1} MB of input) in {:.1} s, {:.2} MB/s of text",
        t.read,
        t.processed,
        t.failed,
        t.quotes,
        t.entities,
        mb(this_run),
        mb(input_bytes),
        secs,
        mb(this_run) / secs,
    );
    if let Some(e) = earlier {
        s.push_str(&format!(" (resumed after {} documents)", e.read));
    }
    s
}

/// The `--stats` figures, one JSON object.
#[derive(Serialize)]
pub struct Stats {
    /// Worker threads.
    pub threads: usize,
    /// Documents read in this run.
    pub documents: u64,
    /// Input bytes read (file sizes; compressed when compressed), in MB.
    pub input_mb: f64,
    /// Document text run through the pipeline, in MB.
    pub text_mb: f64,
    /// Wall-clock seconds.
    pub wall_s: f64,
    /// Input MB per second.
    pub input_mb_s: f64,
    /// Text MB per second.
    pub text_mb_s: f64,
    /// Text MB per second per worker thread.
    pub text_mb_s_per_thread: f64,
    /// CPU seconds of the process (user + system) since the run started (startup left out).
    pub cpu_s: Option<f64>,
    /// Text MB per CPU second: the throughput of one fully used core, whatever else runs.
    pub text_mb_per_cpu_s: Option<f64>,
    /// Seconds the reader thread spent reading and parsing.
    pub read_s: f64,
    /// Thread-seconds spent decoding and extracting pages (HTML boilerplate removal).
    pub prepare_s: f64,
    /// Thread-seconds spent in the pipeline (`Extractor::extract`).
    pub extract_s: f64,
    /// Seconds spent writing records and errors.
    pub write_s: f64,
    /// Peak resident memory, MB.
    pub peak_rss_mb: Option<f64>,
    /// Archive records skipped (no article).
    pub skipped_records: u64,
}

/// Fills in the MB/s figures of [`Stats`].
#[allow(clippy::too_many_arguments)]
pub fn stats(
    threads: usize,
    documents: u64,
    input_bytes: u64,
    text_bytes: u64,
    wall: Duration,
    read_s: f64,
    prepare_s: f64,
    extract_s: f64,
    write_s: f64,
    skipped_records: u64,
    cpu_start: Option<f64>,
) -> Stats {
    let wall_s = wall.as_secs_f64().max(1e-9);
    let cpu_s = cpu_seconds().zip(cpu_start).map(|(now, start)| now - start);
    Stats {
        threads,
        documents,
        input_mb: mb(input_bytes),
        text_mb: mb(text_bytes),
        wall_s,
        input_mb_s: mb(input_bytes) / wall_s,
        text_mb_s: mb(text_bytes) / wall_s,
        text_mb_s_per_thread: mb(text_bytes) / wall_s / threads.max(1) as f64,
        cpu_s,
        text_mb_per_cpu_s: cpu_s.filter(|&c| c > 0.0).map(|c| mb(text_bytes) / c),
        read_s,
        prepare_s,
        extract_s,
        write_s,
        peak_rss_mb: peak_rss_mb(),
        skipped_records,
    }
}

/// User + system CPU seconds of this process so far (Linux `/proc`).
pub fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Peak resident set size in MB (Linux `/proc`).
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_names_every_count() {
        let t = Totals { read: 101, processed: 100, failed: 1, quotes: 7, entities: 9, text_bytes: 2_000_000 };
        let s = summary(&t, 3_000_000, Duration::from_secs(2), None);
        assert!(s.contains("101 documents read, 100 processed, 1 failed; 7 quotes, 9 entities"), "{s}");
        assert!(s.contains("2.0 MB of text (3.0 MB of input) in 2.0 s, 1.00 MB/s of text"), "{s}");
    }

    #[test]
    fn summary_of_a_resumed_run_counts_this_run_text() {
        let earlier = Totals { read: 50, processed: 50, text_bytes: 1_500_000, ..Totals::default() };
        let t = Totals { read: 101, processed: 100, failed: 1, quotes: 7, entities: 9, text_bytes: 2_000_000 };
        let s = summary(&t, 3_000_000, Duration::from_secs(1), Some(&earlier));
        assert!(s.contains("0.5 MB of text (3.0 MB of input) in 1.0 s, 0.50 MB/s of text"), "{s}");
        assert!(s.ends_with("(resumed after 50 documents)"), "{s}");
    }

    #[test]
    fn proc_figures_are_read() {
        assert!(peak_rss_mb().is_some_and(|m| m > 0.0));
        assert!(cpu_seconds().is_some());
    }
}
