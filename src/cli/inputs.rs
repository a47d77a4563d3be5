//! Inputs of `verbatim extract`: command-line paths walked lazily in name order, each file
//! opened, decompressed by its magic bytes and parsed by its format, on a reader thread that
//! numbers every document (or rejection) in input order and applies `--shard`, `--resume`
//! and `--limit` before anything is processed.

use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::SyncSender;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Instant;

use clap::ValueEnum;
use verbatim::ingest::compression::{self, Compression};
use verbatim::ingest::csv::CsvReader;
use verbatim::ingest::jsonl::JsonlReader;
use verbatim::ingest::warc::WarcReader;
use verbatim::ingest::{read_page, InputFormat, Location, PageKind, RawDoc, ReadOptions, Rejected};

/// Input formats, as `--input-format` names them.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    /// One plain-text article per file (or all of stdin).
    Txt,
    /// One HTML page per file: the article text is extracted.
    Html,
    /// One JSON object per line (`--text-field`, `--id-field`).
    Jsonl,
    /// A CSV table with a header row (`--text-field`, `--id-field`).
    Csv,
    /// A WARC web archive: its HTML responses.
    Warc,
}

impl From<FormatArg> for InputFormat {
    fn from(f: FormatArg) -> InputFormat {
        match f {
            FormatArg::Txt => InputFormat::Txt,
            FormatArg::Html => InputFormat::Html,
            FormatArg::Jsonl => InputFormat::Jsonl,
            FormatArg::Csv => InputFormat::Csv,
            FormatArg::Warc => InputFormat::Warc,
        }
    }
}

/// One item of the input, numbered in input order.
pub struct Slot {
    /// Position among all items of the input (before shard and resume filters).
    pub index: u64,
    /// The file it came from (`-` for stdin).
    pub source: Arc<str>,
    /// The document, or why it could not be read.
    pub item: Result<RawDoc, Rejected>,
}

impl Slot {
    /// Its size in bytes (for chunking).
    pub fn len(&self) -> usize {
        self.item.as_ref().map(|d| d.len()).unwrap_or(0)
    }
}

/// Bounds the bytes of documents read but not yet taken for processing, whatever their sizes:
/// the reader waits while the budget is spent (one document always fits, however large).
pub struct ByteGate {
    used: Mutex<usize>,
    freed: Condvar,
    max: usize,
}

impl ByteGate {
    /// A gate letting `max` bytes through at once.
    pub fn new(max: usize) -> ByteGate {
        ByteGate { used: Mutex::new(0), freed: Condvar::new(), max }
    }

    /// Waits until `n` more bytes fit, then counts them.
    pub fn acquire(&self, n: usize) {
        let mut used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        while *used > 0 && *used + n > self.max {
            used = self.freed.wait(used).unwrap_or_else(|e| e.into_inner());
        }
        *used += n;
    }

    /// Gives `n` bytes back.
    pub fn release(&self, n: usize) {
        let mut used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        *used = used.saturating_sub(n);
        self.freed.notify_all();
    }
}

/// What the reader thread needs.
pub struct ReaderConfig {
    /// The command-line paths (`-` for stdin).
    pub paths: Vec<PathBuf>,
    /// `--input-format`, overriding extensions.
    pub format: Option<InputFormat>,
    /// Fields and limits.
    pub opts: ReadOptions,
    /// `--shard K/N` as (K-1, N).
    pub shard: Option<(u64, u64)>,
    /// Items below this index were done by an earlier run (`--resume`).
    pub skip_below: u64,
    /// Stop after this many items (`--limit`).
    pub limit: Option<u64>,
    /// Shared counters.
    pub counters: Arc<ReadCounters>,
    /// The bytes in flight between the reader and the workers.
    pub gate: Arc<ByteGate>,
}

/// Counters the reader thread keeps up to date.
#[derive(Default)]
pub struct ReadCounters {
    /// Bytes read from files and stdin (compressed sizes for compressed files).
    pub bytes: AtomicU64,
    /// Archive records that hold no article (WARC requests, images…).
    pub skipped_records: AtomicU64,
    /// Time spent reading and parsing, in nanoseconds.
    pub busy_ns: AtomicU64,
    /// Set when `--limit` stopped the reading before the end.
    pub limited: AtomicBool,
    /// Files opened.
    pub files: AtomicU64,
}

/// Checks the command-line paths exist (a clear error before anything starts).
pub fn check_paths(paths: &[PathBuf]) -> anyhow::Result<()> {
    for p in paths {
        if p.as_os_str() != "-" && !p.exists() {
            anyhow::bail!("{}: no such file or directory", p.display());
        }
    }
    Ok(())
}

/// The total size of the files the paths name (for the progress bar's ETA), walking directories.
pub fn total_size(paths: &[PathBuf], format: Option<InputFormat>) -> Option<u64> {
    let mut total = 0;
    for f in Walk::new(paths, format) {
        match f {
            Entry::Stdin => return None,
            Entry::File(p, _) => total += fs::metadata(&p).map(|m| m.len()).unwrap_or(0),
            Entry::Error(..) => {}
        }
    }
    Some(total)
}

/// One input of the walk.
enum Entry {
    Stdin,
    File(PathBuf, InputFormat),
    Error(PathBuf, String),
}

/// The command-line paths, directories walked lazily (one directory's listing at a time), in name order.
struct Walk {
    stack: Vec<std::vec::IntoIter<(PathBuf, bool)>>,
    format: Option<InputFormat>,
}

impl Walk {
    fn new(paths: &[PathBuf], format: Option<InputFormat>) -> Walk {
        let top: Vec<(PathBuf, bool)> = paths.iter().map(|p| (p.clone(), true)).collect();
        Walk { stack: vec![top.into_iter()], format }
    }
}

impl Iterator for Walk {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        loop {
            let (p, explicit) = match self.stack.last_mut()?.next() {
                Some(x) => x,
                None => {
                    self.stack.pop();
                    continue;
                }
            };
            if explicit && p.as_os_str() == "-" {
                return Some(Entry::Stdin);
            }
            if p.is_dir() {
                let mut entries: Vec<PathBuf> =
                    match fs::read_dir(&p).and_then(|d| d.map(|e| e.map(|e| e.path())).collect()) {
                        Ok(v) => v,
                        Err(e) => return Some(Entry::Error(p, format!("cannot read directory: {e}"))),
                    };
                entries.sort();
                self.stack.push(entries.into_iter().map(|e| (e, false)).collect::<Vec<_>>().into_iter());
                continue;
            }
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let by_name = InputFormat::from_name(&name);
            if !explicit && by_name.is_none() {
                continue;
            }
            let format = self.format.or(by_name).unwrap_or(InputFormat::Txt);
            return Some(Entry::File(p, format));
        }
    }
}

/// A document stream of one source.
trait DocStream: Iterator<Item = Result<RawDoc, Rejected>> {
    fn skipped(&self) -> u64 {
        0
    }
}

impl<R: BufRead> DocStream for JsonlReader<R> {}
impl<R: Read> DocStream for CsvReader<R> {}
impl<R: BufRead> DocStream for WarcReader<R> {
    fn skipped(&self) -> u64 {
        WarcReader::skipped(self)
    }
}
impl DocStream for std::iter::Once<Result<RawDoc, Rejected>> {}

/// Counts the bytes read through it.
struct Counting<R> {
    inner: R,
    counters: Arc<ReadCounters>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counters.bytes.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// A document id from a file name: the name without its compression and format extensions.
fn file_id(p: &Path) -> String {
    let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut s = name.as_str();
    if let Some((stem, ext)) = s.rsplit_once('.') {
        if Compression::from_extension(ext) != Compression::None {
            s = stem;
        }
    }
    match s.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_string(),
        _ => s.to_string(),
    }
}

/// Opens one source as a document stream.
fn open<'a>(
    input: Box<dyn Read + Send + 'a>,
    format: InputFormat,
    id: &str,
    opts: &ReadOptions,
) -> Box<dyn DocStream + 'a> {
    let (r, _, members) = match compression::decompress_tracked(BufReader::with_capacity(1 << 18, input)) {
        Ok(x) => x,
        Err(e) => {
            return Box::new(std::iter::once(Err(Rejected::new(Location::Whole, None, format!("cannot read: {e}")))))
        }
    };
    match format {
        InputFormat::Txt => Box::new(std::iter::once(read_page(r, id, PageKind::Plain, opts.max_doc_bytes))),
        InputFormat::Html => Box::new(std::iter::once(read_page(r, id, PageKind::Html, opts.max_doc_bytes))),
        // Lines are parsed by the workers (and not at all when a shard or a resumed run skips them).
        InputFormat::Jsonl => Box::new(JsonlReader::new(r, opts, id).deferred()),
        InputFormat::Csv => Box::new(CsvReader::new(r, opts, id)),
        InputFormat::Warc => match members {
            Some(m) => Box::new(WarcReader::new(r, opts).with_members(m)),
            None => Box::new(WarcReader::new(r, opts)),
        },
    }
}

/// Reads every input in order and sends its items to `tx`, until the end, `--limit`, or the
/// receiver hangs up. Runs on its own thread.
pub fn read_all(cfg: ReaderConfig, tx: SyncSender<Slot>) {
    let c = cfg.counters.clone();
    let mut index = 0u64;
    let mut sent = 0u64;
    // Returns false when reading must stop.
    let mut emit = |source: &Arc<str>, item: Result<RawDoc, Rejected>, t0: &mut Instant| -> bool {
        let i = index;
        index += 1;
        if i < cfg.skip_below || cfg.shard.is_some_and(|(k, n)| i % n != k) {
            return true;
        }
        if cfg.limit.is_some_and(|l| sent >= l) {
            c.limited.store(true, Ordering::Relaxed);
            return false;
        }
        sent += 1;
        c.busy_ns.fetch_add(t0.elapsed().as_nanos() as u64, Ordering::Relaxed);
        let slot = Slot { index: i, source: source.clone(), item };
        cfg.gate.acquire(slot.len());
        let ok = tx.send(slot).is_ok();
        *t0 = Instant::now();
        ok
    };
    for entry in Walk::new(&cfg.paths, cfg.format) {
        let mut t0 = Instant::now();
        let (source, input, format, id): (Arc<str>, Box<dyn Read + Send>, InputFormat, String) = match entry {
            Entry::Error(p, why) => {
                let source: Arc<str> = p.display().to_string().into();
                if !emit(&source, Err(Rejected::new(Location::Whole, None, why)), &mut t0) {
                    return;
                }
                continue;
            }
            Entry::Stdin => {
                let input = Box::new(Counting { inner: io::stdin(), counters: c.clone() });
                ("-".into(), input, cfg.format.unwrap_or(InputFormat::Txt), "stdin".to_string())
            }
            Entry::File(p, format) => {
                let source: Arc<str> = p.display().to_string().into();
                let id = file_id(&p);
                if format.is_single() {
                    if let Ok(m) = fs::metadata(&p) {
                        let max = cfg.opts.max_doc_bytes as u64;
                        let compressed = p
                            .extension()
                            .is_some_and(|e| Compression::from_extension(&e.to_string_lossy()) != Compression::None);
                        if m.len() > max && !compressed {
                            let why = format!("file of {} bytes over the {max}-byte limit", m.len());
                            c.bytes.fetch_add(m.len(), Ordering::Relaxed);
                            if !emit(&source, Err(Rejected::new(Location::Whole, Some(id), why)), &mut t0) {
                                return;
                            }
                            continue;
                        }
                    }
                }
                match fs::File::open(&p) {
                    Ok(f) => (source, Box::new(Counting { inner: f, counters: c.clone() }), format, id),
                    Err(e) => {
                        let item = Err(Rejected::new(Location::Whole, Some(id), format!("cannot open: {e}")));
                        if !emit(&source, item, &mut t0) {
                            return;
                        }
                        continue;
                    }
                }
            }
        };
        c.files.fetch_add(1, Ordering::Relaxed);
        let mut stream = open(input, format, &id, &cfg.opts);
        for item in stream.by_ref() {
            if !emit(&source, item, &mut t0) {
                return;
            }
        }
        c.skipped_records.fetch_add(stream.skipped(), Ordering::Relaxed);
        c.busy_ns.fetch_add(t0.elapsed().as_nanos() as u64, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gate_lets_one_large_item_through_and_waits_for_room() {
        let gate = Arc::new(ByteGate::new(10));
        gate.acquire(25);
        let g = gate.clone();
        let waiter = std::thread::spawn(move || {
            g.acquire(5);
            g.release(5);
        });
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert!(!waiter.is_finished(), "no room until the large item is released");
        gate.release(25);
        waiter.join().unwrap();
    }

    #[test]
    fn ids_drop_format_and_compression_extensions() {
        assert_eq!(file_id(Path::new("/a/b/article.txt")), "article");
        assert_eq!(file_id(Path::new("dump.jsonl.gz")), "dump");
        assert_eq!(file_id(Path::new("x.tar")), "x");
        assert_eq!(file_id(Path::new("README")), "README");
    }
}
