//! `verbatim extract`: reads articles from files, directories, archives or stdin, runs the
//! pipeline in parallel, writes records in input order; failed documents go to an errors file
//! (or stderr), and a run written to a file can be resumed.

use std::cell::{Cell, RefCell};
use std::fs;
use std::io::{self, BufWriter, IsTerminal, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Instant, UNIX_EPOCH};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

use super::batch::{run_ordered, Done};
use super::inputs::{self, ByteGate, FormatArg, ReadCounters, ReaderConfig, Slot};
use super::progress::{self, Progress, Totals};
use verbatim::ingest::{Location, Prepared, ReadOptions, Rejected};
use verbatim::writers::{CsvWriter, Format, JsonlWriter, RecordWriter};
use verbatim::DocRecord;

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (read recursively, in name order, for .txt, .html, .jsonl, .csv and
    /// .warc files, each maybe .gz or .zst) or `-` for stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format: jsonl, csv, nt, ttl or neo4j (neo4j writes its CSV files into the `-o` directory).
    #[arg(long, default_value_t = Format::Jsonl)]
    format: Format,
    /// Language of the articles: fr, en, or auto (each document read in the language its
    /// function words say).
    #[arg(long, default_value = "auto", value_name = "LANG")]
    lang: String,
    /// Write to FILE instead of stdout (needed by --resume).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Add a gazetteer TSV to the embedded default (repeatable).
    #[arg(long, value_name = "FILE")]
    gazetteer: Vec<PathBuf>,
    /// Leave the embedded default gazetteer out (use only --gazetteer files).
    #[arg(long)]
    no_default_gazetteer: bool,
    /// Keep only quotes whose speaker confidence is at least this (CSV).
    #[arg(long, default_value_t = 0.0)]
    min_confidence: f32,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Read every path as this format instead of guessing from its extension (stdin: txt by default).
    #[arg(long, value_enum, value_name = "FORMAT")]
    input_format: Option<FormatArg>,
    /// JSONL field or CSV column holding the text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    text_field: String,
    /// JSONL field or CSV column holding the document id (missing: FILE-STEM:LINE).
    #[arg(long, default_value = "id", value_name = "NAME")]
    id_field: String,
    /// Write failed documents to FILE as JSONL (source, line or offset, id, reason) instead of
    /// stderr; `-` puts them in the output itself, in input order (JSONL output only).
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
    /// Exit 0 even when documents failed (they are reported all the same).
    #[arg(long)]
    exit_zero: bool,
    /// Continue an interrupted run that wrote to --output, without duplicating records.
    #[arg(long, requires = "output")]
    resume: bool,
    /// Process only the K-th of N interleaved shards of the documents (1 <= K <= N).
    #[arg(long, value_name = "K/N", value_parser = parse_shard)]
    shard: Option<(u64, u64)>,
    /// Stop after N documents (a run written to --output can then go on with --resume).
    #[arg(long, value_name = "N")]
    limit: Option<u64>,
    /// Documents larger than this are reported as failed (suffixes K, M, G).
    #[arg(long, value_name = "BYTES", default_value = "16M", value_parser = parse_size)]
    max_doc_bytes: usize,
    /// Put each document's text in its record's meta (`text`), for offsets into extracted HTML.
    #[arg(long)]
    keep_text: bool,
    /// Print throughput and time figures (JSON) on stderr at the end.
    #[arg(long)]
    stats: bool,
    /// No progress bar and no summary.
    #[arg(short, long)]
    quiet: bool,
}

fn parse_shard(s: &str) -> std::result::Result<(u64, u64), String> {
    let (k, n) = s.split_once('/').ok_or("expected K/N, e.g. 2/8")?;
    let k: u64 = k.trim().parse().map_err(|_| format!("bad shard number {k:?}"))?;
    let n: u64 = n.trim().parse().map_err(|_| format!("bad shard count {n:?}"))?;
    if n == 0 || k == 0 || k > n {
        return Err(format!("shard {k}/{n}: need 1 <= K <= N"));
    }
    Ok((k - 1, n))
}

fn parse_size(s: &str) -> std::result::Result<usize, String> {
    let t = s.trim();
    let (num, mul) = match t.char_indices().last() {
        Some((i, 'k' | 'K')) => (&t[..i], 1usize << 10),
        Some((i, 'm' | 'M')) => (&t[..i], 1 << 20),
        Some((i, 'g' | 'G')) => (&t[..i], 1 << 30),
        _ => (t, 1),
    };
    let n: usize = num.trim().parse().map_err(|_| format!("bad size {s:?}"))?;
    n.checked_mul(mul).filter(|&v| v > 0).ok_or_else(|| format!("bad size {s:?}"))
}

/// A failed document, as the errors file records it.
struct Failure {
    source: Arc<str>,
    location: Location,
    id: Option<String>,
    reason: String,
}

impl Failure {
    fn new(source: &Arc<str>, r: Rejected) -> Failure {
        Failure { source: source.clone(), location: r.location, id: r.id, reason: r.reason }
    }

    fn json(&self) -> serde_json::Value {
        let mut o = serde_json::Map::new();
        o.insert("source".into(), self.source.as_ref().into());
        match self.location {
            Location::Line(n) => {
                o.insert("line".into(), n.into());
            }
            Location::Offset(n) => {
                o.insert("offset".into(), n.into());
            }
            Location::Member { offset, member } => {
                o.insert("offset".into(), offset.into());
                o.insert("member_offset".into(), member.into());
            }
            Location::Whole => {}
        }
        o.insert("id".into(), self.id.clone().into());
        o.insert("reason".into(), self.reason.clone().into());
        o.into()
    }

    fn message(&self) -> String {
        let at = match self.location {
            Location::Whole => String::new(),
            l => format!(" {l}:"),
        };
        let id = self.id.as_deref().map(|i| format!(" document {i}")).unwrap_or_default();
        format!("verbatim: {}:{at}{id} failed: {}", self.source, self.reason)
    }
}

/// One document's result.
enum Outcome {
    /// A record to write, and the size of its text.
    Record(Box<DocRecord>, usize),
    /// A record already serialized as a JSONL line (on the worker thread), with its counts.
    Json { line: Vec<u8>, text_bytes: usize, quotes: usize, entities: usize },
    /// A failed document.
    Failed(Failure),
}

/// A writer that counts the bytes it passes on.
struct Counted<W> {
    inner: W,
    n: Rc<Cell<u64>>,
}

impl<W: Write> Write for Counted<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let k = self.inner.write(buf)?;
        self.n.set(self.n.get() + k as u64);
        Ok(k)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// A writer that drops the first `skip` bytes (a CSV header already in a resumed file).
struct SkipPrefix<W> {
    inner: W,
    skip: usize,
}

impl<W: Write> Write for SkipPrefix<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.skip > 0 {
            let k = self.skip.min(buf.len());
            self.skip -= k;
            if k == buf.len() {
                return Ok(k);
            }
            return self.inner.write(&buf[k..]).map(|n| n + k);
        }
        self.inner.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Where a run writing to FILE keeps its progress: `FILE.resume`.
fn checkpoint_path(output: &Path) -> PathBuf {
    let mut s = output.as_os_str().to_owned();
    s.push(".resume");
    PathBuf::from(s)
}

/// The state of a run writing to a file, saved after every chunk written.
#[derive(Serialize, Deserialize)]
struct Checkpoint {
    /// What the run reads and how (a resumed run must be the same run).
    fingerprint: String,
    /// Items below this index are done.
    next_index: u64,
    /// Bytes of the output file that hold finished records.
    out_bytes: u64,
    /// Bytes of the errors file that hold finished entries.
    err_bytes: Option<u64>,
    /// Counts so far.
    totals: Totals,
}

impl Checkpoint {
    fn load(path: &Path) -> Result<Option<Checkpoint>> {
        match fs::read_to_string(path) {
            Ok(s) => {
                Ok(Some(serde_json::from_str(&s).with_context(|| format!("{}: not a checkpoint", path.display()))?))
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
        }
    }

    fn save(&self, path: &Path) -> Result<()> {
        let tmp = {
            let mut s = path.as_os_str().to_owned();
            s.push(".tmp");
            PathBuf::from(s)
        };
        fs::write(&tmp, serde_json::to_vec(self)?).with_context(|| format!("cannot write {}", tmp.display()))?;
        fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))
    }
}

fn fingerprint(a: &Args) -> String {
    serde_json::json!({
        "paths": a.paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
        "format": matches!(a.format, Format::Csv),
        "input_format": a.input_format.map(|f| format!("{f:?}")),
        "text_field": a.text_field, "id_field": a.id_field,
        "gazetteer": a.gazetteer.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
        "no_default_gazetteer": a.no_default_gazetteer,
        "min_confidence": a.min_confidence, "shard": a.shard, "max_doc_bytes": a.max_doc_bytes,
        "keep_text": a.keep_text, "errors": a.errors.as_ref().map(|e| e.as_os_str() == "-"),
        "build": build_identity(),
    })
    .to_string()
}

/// The program writing the records: its version, and its file's size and modification time, so
/// that a run is not resumed by a rebuilt or upgraded binary whose records could differ (its
/// embedded gazetteer and language data may have changed with no version bump).
fn build_identity() -> String {
    let file = std::env::current_exe().ok().and_then(|p| fs::metadata(p).ok()).map(|m| {
        let modified = m.modified().ok().and_then(|t| t.duration_since(UNIX_EPOCH).ok()).map_or(0, |d| d.as_secs());
        format!("{} bytes, modified {modified}", m.len())
    });
    format!("verbatim {} ({})", env!("CARGO_PKG_VERSION"), file.unwrap_or_else(|| "file unknown".into()))
}

/// Opens a file for writing; when resuming, keeps its first `keep` bytes and appends after them.
fn open_for_run(path: &Path, keep: Option<u64>) -> Result<fs::File> {
    let ctx = || format!("cannot create {}", path.display());
    match keep {
        None => fs::File::create(path).with_context(ctx),
        Some(n) => {
            let mut f = fs::OpenOptions::new().write(true).create(true).truncate(false).open(path).with_context(ctx)?;
            let len = f.metadata().with_context(ctx)?.len();
            if len < n {
                bail!("{}: {len} bytes, but its checkpoint says {n} were written; cannot resume", path.display());
            }
            f.set_len(n).with_context(ctx)?;
            f.seek(SeekFrom::End(0)).with_context(ctx)?;
            Ok(f)
        }
    }
}

/// Runs `verbatim extract`.
pub fn run(a: Args) -> Result<ExitCode> {
    let threads =
        a.threads.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)).max(1);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().context("cannot start worker threads")?;
    inputs::check_paths(&a.paths)?;
    let ex = super::build_extractor(&a.gazetteer, !a.no_default_gazetteer, &a.lang)?;
    let opts =
        ReadOptions { text_field: a.text_field.clone(), id_field: a.id_field.clone(), max_doc_bytes: a.max_doc_bytes };
    let input_format = a.input_format.map(Into::into);

    // Resume: the checkpoint beside the output says how far the earlier run got.
    let fingerprint = fingerprint(&a);
    let mut ckpt_path = a.output.as_deref().map(checkpoint_path);
    let mut earlier: Option<Checkpoint> = None;
    if a.resume {
        let (out, ck) = (a.output.as_deref().context("--resume needs --output")?, ckpt_path.as_deref().unwrap());
        match Checkpoint::load(ck)? {
            Some(c) if c.fingerprint != fingerprint => {
                let build =
                    |f: &str| serde_json::from_str::<serde_json::Value>(f).ok().and_then(|v| v.get("build").cloned());
                if build(&c.fingerprint) != build(&fingerprint) {
                    bail!(
                        "{} was written by another build of verbatim (its records could differ from this one's); \
                         resume with that build, or drop --resume to start over",
                        ck.display()
                    )
                }
                bail!(
                    "{} was written by a run with other inputs or options; rerun those, or drop --resume to start over",
                    ck.display()
                )
            }
            Some(c) => earlier = Some(c),
            None if out.exists() => {
                if !a.quiet {
                    eprintln!("verbatim: nothing to resume: {} has no checkpoint {}", out.display(), ck.display());
                }
                return Ok(ExitCode::SUCCESS);
            }
            None => {}
        }
    }

    let graph = matches!(a.format, Format::Nt | Format::Ttl | Format::Neo4j);
    if graph && (a.resume || a.errors.as_ref().is_some_and(|e| e.as_os_str() == "-")) {
        bail!("--format nt|ttl|neo4j keeps the whole graph until the end: --resume and --errors - do not apply");
    }
    let out_bytes = Rc::new(Cell::new(earlier.as_ref().map_or(0, |c| c.out_bytes)));
    let out: Box<dyn Write> = match &a.output {
        // The graph writers open their own sinks.
        _ if graph => {
            ckpt_path = None;
            Box::new(io::sink())
        }
        Some(p) => {
            let f = open_for_run(p, earlier.as_ref().map(|c| c.out_bytes))?;
            if !f.metadata().is_ok_and(|m| m.file_type().is_file()) {
                // A pipe or a device (`-o /dev/stdout`): nothing to resume, so no checkpoint.
                ckpt_path = None;
            }
            Box::new(Counted { inner: f, n: out_bytes.clone() })
        }
        None => Box::new(io::stdout().lock()),
    };
    let inline_errors = a.errors.as_ref().is_some_and(|e| e.as_os_str() == "-");
    if inline_errors && matches!(a.format, Format::Csv) {
        bail!("--errors - writes errors into the output, which needs --format jsonl");
    }
    let out = Shared(Rc::new(RefCell::new(BufWriter::with_capacity(1 << 16, out))));
    let mut raw_out = out.clone();
    let mut writer: Box<dyn RecordWriter> = match a.format {
        Format::Jsonl => Box::new(JsonlWriter::new(out.clone())),
        Format::Csv => {
            let skip = if out_bytes.get() > 0 { csv_header_len(a.min_confidence) } else { 0 };
            Box::new(CsvWriter::new(SkipPrefix { inner: out.clone(), skip }, a.min_confidence))
        }
        Format::Nt | Format::Ttl | Format::Neo4j => graph_writer(a.format, &a)?,
    };
    let err_bytes = Rc::new(Cell::new(earlier.as_ref().and_then(|c| c.err_bytes).unwrap_or(0)));
    let mut errors: ErrorSink = match &a.errors {
        Some(_) if inline_errors => ErrorSink::Inline(out),
        Some(p) => {
            let keep = earlier.as_ref().map(|c| c.err_bytes.unwrap_or(0));
            let f = open_for_run(p, keep)?;
            ErrorSink::File(BufWriter::new(Counted { inner: f, n: err_bytes.clone() }))
        }
        None => ErrorSink::Stderr,
    };

    // A checkpoint before the first record: a run killed at any point can be resumed.
    if let Some(ck) = &ckpt_path {
        Checkpoint {
            fingerprint: fingerprint.clone(),
            next_index: earlier.as_ref().map_or(0, |c| c.next_index),
            out_bytes: out_bytes.get(),
            err_bytes: matches!(errors, ErrorSink::File(_)).then(|| err_bytes.get()),
            totals: earlier.as_ref().map_or_else(Totals::default, |c| c.totals),
        }
        .save(ck)?;
    }
    let counters = Arc::new(ReadCounters::default());
    // At most 64 MB of documents wait between the reader and the workers.
    let gate = Arc::new(ByteGate::new(64 << 20));
    let cfg = ReaderConfig {
        paths: a.paths.clone(),
        format: input_format,
        opts,
        shard: a.shard,
        skip_below: earlier.as_ref().map_or(0, |c| c.next_index),
        limit: a.limit,
        counters: counters.clone(),
        gate: gate.clone(),
    };
    let on_terminal = !a.quiet && io::stderr().is_terminal();
    let total = if on_terminal { inputs::total_size(&a.paths, input_format) } else { None };
    let progress = Progress::new(total, !a.quiet);
    let cpu_start = progress::cpu_seconds();
    let (tx, rx) = mpsc::sync_channel::<Slot>(256);
    // Detached: a reader blocked on stdin must not keep a finished run waiting.
    std::thread::Builder::new()
        .name("verbatim-reader".into())
        .spawn(move || inputs::read_all(cfg, tx))
        .context("cannot start the reader thread")?;

    let (prepare_ns, extract_ns) = (AtomicU64::new(0), AtomicU64::new(0));
    let keep_text = a.keep_text;
    let jsonl = matches!(a.format, Format::Jsonl);
    // `seen_id` gets the document's id once known (a JSONL line's comes from its parse).
    let process_one = |slot: Slot, seen_id: &mut Option<String>| -> Outcome {
        let raw = match slot.item {
            Ok(raw) => raw,
            Err(r) => return Outcome::Failed(Failure::new(&slot.source, r)),
        };
        let t0 = Instant::now();
        let prepared = raw.prepare();
        let t1 = Instant::now();
        prepare_ns.fetch_add((t1 - t0).as_nanos() as u64, Ordering::Relaxed);
        let Prepared { mut doc, diagnostics } = match prepared {
            Ok(p) => p,
            Err(r) => return Outcome::Failed(Failure::new(&slot.source, r)),
        };
        *seen_id = Some(doc.id.clone());
        // The record carries the document's meta unchanged: moved into it rather than cloned.
        let meta = std::mem::take(&mut doc.meta);
        let result = ex.try_extract(&doc);
        extract_ns.fetch_add(t1.elapsed().as_nanos() as u64, Ordering::Relaxed);
        match result {
            Ok(mut rec) => {
                rec.meta = meta;
                rec.diagnostics.extend(diagnostics);
                let bytes = doc.text.len();
                if keep_text {
                    rec.meta.insert("text".into(), std::mem::take(&mut doc.text).into());
                }
                if !jsonl {
                    return Outcome::Record(Box::new(rec), bytes);
                }
                // Serializing here keeps the writing thread from becoming the bottleneck.
                let mut line = Vec::with_capacity(bytes * 2);
                match rec.append_json(&mut line) {
                    Ok(()) => {
                        line.push(b'\n');
                        Outcome::Json {
                            line,
                            text_bytes: bytes,
                            quotes: rec.quotes.len(),
                            entities: rec.entities.len(),
                        }
                    }
                    Err(e) => Outcome::Failed(Failure {
                        source: slot.source,
                        location: Location::Whole,
                        id: Some(rec.id),
                        reason: format!("cannot serialize the record: {e}"),
                    }),
                }
            }
            Err(e) => {
                let reason = e.to_string();
                let reason = reason.strip_prefix(&format!("document {}: ", doc.id)).unwrap_or(&reason).to_string();
                Outcome::Failed(Failure { source: slot.source, location: Location::Whole, id: Some(doc.id), reason })
            }
        }
    };

    // The last guard: whatever happens to one document, the run goes on and it is reported.
    let process = |slot: Slot| -> Outcome {
        let (source, location, mut id) = match &slot.item {
            Ok(d) => (slot.source.clone(), d.location, Some(d.id.clone())),
            Err(r) => (slot.source.clone(), r.location, r.id.clone()),
        };
        let mut seen_id = None;
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| process_one(slot, &mut seen_id))).unwrap_or_else(
            |_| {
                id = seen_id.or(id);
                Outcome::Failed(Failure { source, location, id, reason: "internal error while processing".into() })
            },
        )
    };

    let start_totals = earlier.as_ref().map_or_else(Totals::default, |c| c.totals);
    let mut totals = start_totals;
    let mut write_s = 0.0;
    let ran = run_ordered(&pool, rx, &gate, process, |done: Done<Outcome>| {
        let t0 = Instant::now();
        for o in done.results {
            totals.read += 1;
            match o {
                Outcome::Record(rec, bytes) => {
                    writer.write(&rec).context("cannot write output")?;
                    totals.processed += 1;
                    totals.quotes += rec.quotes.len() as u64;
                    totals.entities += rec.entities.len() as u64;
                    totals.text_bytes += bytes as u64;
                }
                Outcome::Json { line, text_bytes, quotes, entities } => {
                    raw_out.write_all(&line).context("cannot write output")?;
                    totals.processed += 1;
                    totals.quotes += quotes as u64;
                    totals.entities += entities as u64;
                    totals.text_bytes += text_bytes as u64;
                }
                Outcome::Failed(f) => {
                    totals.failed += 1;
                    errors.write(&f)?;
                }
            }
        }
        writer.finish().context("cannot write output")?;
        errors.flush()?;
        if let Some(ck) = &ckpt_path {
            let c = Checkpoint {
                fingerprint: fingerprint.clone(),
                next_index: done.last_index + 1,
                out_bytes: out_bytes.get(),
                err_bytes: matches!(errors, ErrorSink::File(_)).then(|| err_bytes.get()),
                totals,
            };
            c.save(ck)?;
        }
        progress.update(counters.bytes.load(Ordering::Relaxed), &totals);
        write_s += t0.elapsed().as_secs_f64();
        Ok(())
    });
    progress.finish();
    ran?;
    writer.close().context("cannot write output")?;
    drop(writer);

    let limited = counters.limited.load(Ordering::Relaxed);
    if let Some(ck) = &ckpt_path {
        if !limited {
            match fs::remove_file(ck) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => {
                    return Err(e).with_context(|| format!("cannot remove {}", ck.display()))
                }
                _ => {}
            }
        }
    }
    let elapsed = progress.elapsed();
    let input_bytes = counters.bytes.load(Ordering::Relaxed);
    if !a.quiet {
        eprintln!("{}", progress::summary(&totals, input_bytes, elapsed, earlier.as_ref().map(|c| &c.totals)));
        if limited {
            match &a.output {
                Some(_) => eprintln!("verbatim: stopped after --limit {}; go on with --resume", a.limit.unwrap_or(0)),
                None => eprintln!("verbatim: stopped after --limit {}", a.limit.unwrap_or(0)),
            }
        }
    }
    if a.stats {
        let s = progress::stats(
            threads,
            totals.read - start_totals.read,
            input_bytes,
            totals.text_bytes - start_totals.text_bytes,
            elapsed,
            counters.busy_ns.load(Ordering::Relaxed) as f64 / 1e9,
            prepare_ns.load(Ordering::Relaxed) as f64 / 1e9,
            extract_ns.load(Ordering::Relaxed) as f64 / 1e9,
            write_s,
            counters.skipped_records.load(Ordering::Relaxed),
            cpu_start,
        );
        eprintln!("verbatim: stats {}", serde_json::to_string(&s)?);
    }
    debug_assert_eq!(totals.read, totals.processed + totals.failed);
    // The process ends now: freeing the extractor's tables (languages, gazetteer) one
    // allocation at a time would be wasted work (~5M instructions), the OS takes them back.
    std::mem::forget(ex);
    Ok(if totals.failed > 0 && !a.exit_zero { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The output stream, shared by the record writer and inline errors (`--errors -`).
#[derive(Clone)]
struct Shared(Rc<RefCell<BufWriter<Box<dyn Write>>>>);

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.borrow_mut().flush()
    }
}

/// Where failed documents are reported.
enum ErrorSink {
    /// One line each on stderr.
    Stderr,
    /// JSONL in the errors file.
    File(BufWriter<Counted<fs::File>>),
    /// JSONL in the output, among the records.
    Inline(Shared),
}

impl ErrorSink {
    fn write(&mut self, f: &Failure) -> Result<()> {
        let mut line = serde_json::to_vec(&f.json())?;
        line.push(b'\n');
        match self {
            ErrorSink::Stderr => eprintln!("{}", f.message()),
            ErrorSink::File(w) => w.write_all(&line).context("cannot write the errors file")?,
            ErrorSink::Inline(w) => w.write_all(&line).context("cannot write output")?,
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        match self {
            ErrorSink::Stderr => Ok(()),
            ErrorSink::File(w) => w.flush().context("cannot write the errors file"),
            ErrorSink::Inline(w) => w.flush().context("cannot write output"),
        }
    }
}

/// The length of the CSV header line the writer puts first.
fn csv_header_len(min_confidence: f32) -> usize {
    let mut buf = Vec::new();
    let mut w = CsvWriter::new(&mut buf, min_confidence);
    let _ = w.finish();
    drop(w);
    buf.len()
}

/// A writer for the graph formats: N-Triples and Turtle to `-o FILE` or stdout, Neo4j CSV files
/// into the `-o` directory.
fn graph_writer(format: Format, a: &Args) -> Result<Box<dyn RecordWriter>> {
    let opts = verbatim::writers::WriterOptions { min_confidence: a.min_confidence, ..Default::default() };
    let w = if format.is_multi_file() {
        let dir = a.output.clone().context("--format neo4j writes several files: give a directory with -o DIR")?;
        fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
        verbatim::writers::open_writer(format, &opts, |name: &str| -> io::Result<Box<dyn Write + Send>> {
            let p = dir.join(name);
            let f = fs::File::create(&p).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", p.display())))?;
            Ok(Box::new(f))
        })?
    } else {
        let output = a.output.clone();
        verbatim::writers::open_writer(format, &opts, |_: &str| -> io::Result<Box<dyn Write + Send>> {
            Ok(match &output {
                Some(p) => Box::new(fs::File::create(p)?),
                None => Box::new(io::stdout()),
            })
        })?
    };
    Ok(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_and_sizes_parse() {
        assert_eq!(parse_shard("2/8"), Ok((1, 8)));
        assert!(parse_shard("0/8").is_err());
        assert!(parse_shard("9/8").is_err());
        assert!(parse_shard("3").is_err());
        assert_eq!(parse_size("16M"), Ok(16 << 20));
        assert_eq!(parse_size("512"), Ok(512));
        assert_eq!(parse_size("2k"), Ok(2048));
        assert!(parse_size("x").is_err());
        assert!(parse_size("0").is_err());
    }

    #[test]
    fn skip_prefix_drops_exactly_the_header() {
        let mut out = Vec::new();
        let mut w = SkipPrefix { inner: &mut out, skip: 4 };
        w.write_all(b"ab").unwrap();
        w.write_all(b"cdef").unwrap();
        w.write_all(b"gh").unwrap();
        assert_eq!(out, b"efgh");
    }

    #[test]
    fn failures_name_source_location_and_id() {
        let f = Failure {
            source: "a.jsonl".into(),
            location: Location::Line(3),
            id: Some("x".into()),
            reason: "malformed JSON".into(),
        };
        assert_eq!(
            f.json(),
            serde_json::json!({"source": "a.jsonl", "line": 3, "id": "x", "reason": "malformed JSON"})
        );
        assert_eq!(f.message(), "verbatim: a.jsonl: line 3: document x failed: malformed JSON");
    }
}
