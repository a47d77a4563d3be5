//! Ingest: archives, pages and streams to [`Document`]s, with no IO of its own.
//!
//! The binary opens files and streams; this module parses what they hold from any
//! `impl Read`/`impl BufRead`:
//!
//! - [`jsonl::JsonlReader`] and [`csv::CsvReader`]: one document per line or row, a configurable
//!   text and id field, every other field carried as metadata;
//! - [`warc::WarcReader`]: the HTML (and plain-text) responses of a WARC web archive;
//! - [`read_page`]: one whole `.txt` or `.html` page;
//! - [`compression::decompress`]: gzip (multi-member) and zstd, by magic bytes.
//!
//! Readers yield [`RawDoc`]s — cheap to produce, in input order — or [`Rejected`] entries naming
//! the line or offset and the reason; [`RawDoc::prepare`] then does the costly part (decoding,
//! boilerplate removal) and can run on any thread. Decoding never fails (see [`encoding`]).

pub mod compression;
pub mod csv;
pub mod encoding;
pub mod html;
pub mod jsonl;
pub mod warc;

use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, BufRead, Read};

pub use encoding::{decode, Encoding};

use crate::document::Document;
use crate::error::Error;

/// Metadata carried into a record (url, date, outlet…).
pub type Meta = BTreeMap<String, serde_json::Value>;

/// Input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// A plain-text article per file (or all of stdin).
    Txt,
    /// An HTML page per file: the article text is extracted.
    Html,
    /// One JSON object per line.
    Jsonl,
    /// A CSV table with a header row.
    Csv,
    /// A WARC web archive: its HTML responses.
    Warc,
}

impl InputFormat {
    /// The format a file name shows, looking past a `.gz`/`.zst` extension
    /// (`a.jsonl.gz` → JSONL); `None` when no known extension.
    pub fn from_name(name: &str) -> Option<InputFormat> {
        let lower = name.to_ascii_lowercase();
        let mut stem = lower.as_str();
        for c in [".gz", ".gzip", ".zst", ".zstd"] {
            if let Some(s) = stem.strip_suffix(c) {
                stem = s;
                break;
            }
        }
        let ext = stem.rsplit_once('.').map(|(_, e)| e)?;
        Some(match ext {
            "txt" | "text" => InputFormat::Txt,
            "html" | "htm" | "xhtml" => InputFormat::Html,
            "jsonl" | "ndjson" => InputFormat::Jsonl,
            "csv" => InputFormat::Csv,
            "warc" | "arc" => InputFormat::Warc,
            _ => return None,
        })
    }

    /// Whether a file holds one document (txt, html) rather than a stream of them.
    pub fn is_single(&self) -> bool {
        matches!(self, InputFormat::Txt | InputFormat::Html)
    }
}

/// How readers find documents and what they refuse.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// The field (JSONL) or column (CSV) that holds the text.
    pub text_field: String,
    /// The field or column that holds the document id.
    pub id_field: String,
    /// Documents larger than this many bytes are rejected (and skipped without being buffered).
    pub max_doc_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { text_field: "text".into(), id_field: "id".into(), max_doc_bytes: 16 << 20 }
    }
}

/// A `BufRead` that counts the bytes consumed: WARC record offsets, gzip member offsets.
pub(crate) struct Counted<R> {
    /// The reader counted.
    pub(crate) inner: R,
    /// Bytes consumed so far.
    pub(crate) pos: u64,
}

impl<R: BufRead> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, n: usize) {
        self.pos += n as u64;
        self.inner.consume(n)
    }
}

/// Where a document sits in its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// The whole source is the document.
    Whole,
    /// 1-based line (JSONL) or record line (CSV).
    Line(u64),
    /// Byte offset of the record in the (decompressed) stream (WARC).
    Offset(u64),
    /// A record of a gzipped stream (WARC.gz): its offset in the decompressed stream, and the
    /// byte offset in the file of the gzip member it starts in (what WARC indexes point at).
    Member {
        /// Offset in the decompressed stream.
        offset: u64,
        /// Offset of its gzip member in the compressed file.
        member: u64,
    },
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Whole => f.write_str("whole file"),
            Location::Line(n) => write!(f, "line {n}"),
            Location::Offset(n) => write!(f, "offset {n}"),
            Location::Member { offset, member } => write!(f, "offset {offset} (gzip member at byte {member})"),
        }
    }
}

/// What a page's bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// Plain text.
    Plain,
    /// HTML: the article text is extracted with [`html::extract`].
    Html,
}

/// A document's content as read.
#[derive(Debug, Clone)]
pub enum Body {
    /// Already text (a JSONL or CSV field).
    Text(String),
    /// Raw bytes still to be decoded (and extracted, for HTML).
    Bytes {
        /// The bytes.
        bytes: Vec<u8>,
        /// Plain text or HTML.
        kind: PageKind,
        /// A charset declared outside the bytes (HTTP `Content-Type`).
        charset: Option<String>,
    },
    /// A JSONL line still to be parsed ([`jsonl::JsonlReader::deferred`]); its id, meta and text
    /// come from the parse.
    Json(jsonl::JsonLine),
}

/// A document as read from its source, before decoding and extraction.
#[derive(Debug, Clone)]
pub struct RawDoc {
    /// Document id.
    pub id: String,
    /// Where it sits in its source.
    pub location: Location,
    /// Metadata carried into the record.
    pub meta: Meta,
    /// Its content.
    pub body: Body,
    /// Notes already made while reading (e.g. a line decoded from Windows-1252).
    pub diagnostics: Vec<String>,
}

/// A document ready for the pipeline, with notes on how it was obtained.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The document.
    pub doc: Document,
    /// Notes for the record's diagnostics (decoding, extraction).
    pub diagnostics: Vec<String>,
}

impl RawDoc {
    /// The size of its content in bytes.
    pub fn len(&self) -> usize {
        match &self.body {
            Body::Text(t) => t.len(),
            Body::Bytes { bytes, .. } => bytes.len(),
            Body::Json(line) => line.len(),
        }
    }

    /// Whether its content is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Decodes the content (and extracts the article of an HTML page) into a [`Document`].
    /// Binary content and pages with no text are rejected; nothing here panics.
    pub fn prepare(self) -> Result<Prepared, Rejected> {
        let RawDoc { id, location, mut meta, body, mut diagnostics } = self;
        let reject = |id: &str, reason: String| Rejected { location, id: Some(id.to_string()), reason };
        let text = match body {
            Body::Text(t) => t,
            // Parsed here, on the thread that prepares it; the parse gives a document with its text.
            Body::Json(line) => return line.parse()?.prepare(),
            Body::Bytes { bytes, kind, charset } => {
                if encoding::looks_binary(&bytes) {
                    return Err(reject(&id, "binary content (control bytes), not text".into()));
                }
                let url = meta.get("url").and_then(|v| v.as_str()).map(str::to_string);
                match kind {
                    PageKind::Plain => {
                        let (text, enc) = encoding::decode_with(&bytes, charset.as_deref(), tld(url.as_deref()));
                        diagnostics.extend(enc.diagnostic());
                        text
                    }
                    PageKind::Html => {
                        let page =
                            std::panic::catch_unwind(|| html::extract(&bytes, url.as_deref(), charset.as_deref()))
                                .unwrap_or_else(|_| Err("HTML extraction failed (internal error)".to_string()))
                                .map_err(|why| reject(&id, why))?;
                        diagnostics.extend(page.encoding.diagnostic());
                        diagnostics.extend(page.notes.iter().cloned());
                        page.fill_meta(&mut meta);
                        page.text
                    }
                }
            }
        };
        let mut doc = Document::new(id, text);
        doc.meta = meta;
        Ok(Prepared { doc, diagnostics })
    }
}

/// `bytes` as text if they are valid UTF-8: the same verdict as [`std::str::from_utf8`], from
/// `encoding_rs`'s validator, which checks 32 bytes at a time where the CPU allows (accented
/// letters every few words keep the standard library's on its slow path).
pub(crate) fn utf8(bytes: &[u8]) -> Option<&str> {
    (encoding_rs::Encoding::utf8_valid_up_to(bytes) == bytes.len())
        // SAFETY: the validator found the whole of `bytes` to be well-formed UTF-8.
        .then(|| unsafe { std::str::from_utf8_unchecked(bytes) })
}

/// The top-level domain of a URL's host (`https://www.lemonde.fr/x` → `fr`), a hint for encoding detection.
fn tld(url: Option<&str>) -> Option<&[u8]> {
    let rest = url?.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let t = host.rsplit('.').next()?;
    (!t.is_empty() && t.bytes().all(|b| b.is_ascii_alphabetic())).then_some(t.as_bytes())
}

/// A document (or a stretch of input) that could not be read: where, which, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// Where it sits in its source.
    pub location: Location,
    /// Its id, when it could be read.
    pub id: Option<String>,
    /// Why it was rejected.
    pub reason: String,
}

impl Rejected {
    /// A rejection at `location` for `reason`.
    pub fn new(location: Location, id: Option<String>, reason: impl Into<String>) -> Rejected {
        Rejected { location, id, reason: reason.into() }
    }

    /// The library error for this rejection in `source` (a file name).
    pub fn to_error(&self, source: &str) -> Error {
        match &self.id {
            Some(id) => Error::input(source, self.location, format!("document {id}: {}", self.reason)),
            None => Error::input(source, self.location, self.reason.clone()),
        }
    }
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.id {
            Some(id) => write!(f, "{}: document {id}: {}", self.location, self.reason),
            None => write!(f, "{}: {}", self.location, self.reason),
        }
    }
}

impl std::error::Error for Rejected {}

/// Reads one whole page of at most `max` bytes (a `.txt` or `.html` file, or stdin) as document `id`.
pub fn read_page<R: Read>(r: R, id: &str, kind: PageKind, max: usize) -> Result<RawDoc, Rejected> {
    let mut bytes = Vec::new();
    let n = r
        .take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Rejected::new(Location::Whole, Some(id.to_string()), format!("cannot read: {e}")))?;
    if n > max {
        return Err(Rejected::new(Location::Whole, Some(id.to_string()), format!("larger than the {max}-byte limit")));
    }
    Ok(RawDoc {
        id: id.to_string(),
        location: Location::Whole,
        meta: Meta::new(),
        body: Body::Bytes { bytes, kind, charset: None },
        diagnostics: Vec::new(),
    })
}

/// A document from raw bytes, decoded with [`decode`].
pub fn document_from_bytes(id: &str, bytes: &[u8]) -> (Document, Encoding) {
    let (text, enc) = decode(bytes);
    (Document::new(id, text), enc)
}

/// Reads one line (without its `\n`) into `buf`, keeping at most `max` bytes of it.
/// Returns `None` at the end of the stream, else the line's full length (which may exceed
/// `max`: the rest was read and dropped, never buffered) and the bytes consumed.
pub(crate) fn read_line_bounded<R: BufRead>(
    r: &mut R,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<Option<(usize, usize)>> {
    buf.clear();
    let (mut total, mut consumed) = (0usize, 0usize);
    loop {
        let avail = match r.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok((consumed > 0).then_some((total, consumed)));
        }
        let (chunk, used, done) = match memchr::memchr(b'\n', avail) {
            Some(i) => (&avail[..i], i + 1, true),
            None => (avail, avail.len(), false),
        };
        if buf.len() < max {
            let keep = chunk.len().min(max - buf.len());
            buf.extend_from_slice(&chunk[..keep]);
        }
        total += chunk.len();
        consumed += used;
        r.consume(used);
        if done {
            return Ok(Some((total, consumed)));
        }
    }
}

/// A quick look for `"field": "value"` or `"field": 123` in the start of a malformed or
/// over-long JSON line, so that its rejection can still name the document.
pub(crate) fn sniff_json_id(line: &[u8], field: &str) -> Option<String> {
    let key = format!("\"{field}\"");
    let i = memchr::memmem::find(line, key.as_bytes())? + key.len();
    let rest = String::from_utf8_lossy(&line[i..line.len().min(i + 512)]);
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    if let Some(s) = rest.strip_prefix('"') {
        let end = s.find('"')?;
        Some(s[..end].to_string())
    } else {
        let end = rest.find(|c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '_').unwrap_or(rest.len());
        (end > 0).then(|| rest[..end].to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_gives_the_verdict_of_the_standard_library() {
        let long = "« Déjà vu », a-t-il déclaré à l’AFP — ".repeat(4);
        let mut cases: Vec<Vec<u8>> = vec![b"".to_vec(), b"plain ascii".to_vec(), long.clone().into_bytes()];
        // Bad bytes (a lone continuation, an overlong form, a surrogate, a truncated sequence, a
        // code point over U+10FFFF) in a short text and at both ends of a long one.
        for bad in [&b"\x80"[..], b"\xC0\xAF", b"\xED\xA0\x80", b"\xE2\x80", b"\xF4\x90\x80\x80"] {
            cases.push([b"ab", bad, b"cd"].concat());
            cases.push([long.as_bytes(), bad].concat());
            cases.push([bad, long.as_bytes()].concat());
        }
        for c in &cases {
            assert_eq!(utf8(c), std::str::from_utf8(c).ok(), "{c:?}");
        }
    }

    #[test]
    fn formats_from_names() {
        assert_eq!(InputFormat::from_name("a.jsonl.gz"), Some(InputFormat::Jsonl));
        assert_eq!(InputFormat::from_name("CC-NEWS-1.warc.gz"), Some(InputFormat::Warc));
        assert_eq!(InputFormat::from_name("t.CSV.zst"), Some(InputFormat::Csv));
        assert_eq!(InputFormat::from_name("p.htm"), Some(InputFormat::Html));
        assert_eq!(InputFormat::from_name("notes"), None);
        assert_eq!(InputFormat::from_name("x.json"), None);
    }

    #[test]
    fn bounded_lines_never_buffer_past_max() {
        let mut r = io::Cursor::new(b"abcdef\nxy\n\nlast".to_vec());
        let mut buf = Vec::new();
        assert_eq!(read_line_bounded(&mut r, &mut buf, 3).unwrap(), Some((6, 7)));
        assert_eq!(buf, b"abc");
        assert_eq!(read_line_bounded(&mut r, &mut buf, 3).unwrap(), Some((2, 3)));
        assert_eq!(read_line_bounded(&mut r, &mut buf, 3).unwrap(), Some((0, 1)));
        assert_eq!(read_line_bounded(&mut r, &mut buf, 10).unwrap(), Some((4, 4)));
        assert_eq!(buf, b"last");
        assert_eq!(read_line_bounded(&mut r, &mut buf, 10).unwrap(), None);
    }

    #[test]
    fn ids_sniffed_from_broken_json() {
        assert_eq!(sniff_json_id(br#"{"id": "a7", "text": "unterminated"#, "id").as_deref(), Some("a7"));
        assert_eq!(sniff_json_id(br#"{"doc":12,"text":"#, "doc").as_deref(), Some("12"));
        assert_eq!(sniff_json_id(br#"{"text":"x"}"#, "id"), None);
    }

    #[test]
    fn binary_page_is_rejected_with_its_id() {
        let raw = read_page(&b"\x00\x00\x00\x00PK\x03\x04"[..], "z", PageKind::Plain, 100).unwrap();
        let err = raw.prepare().unwrap_err();
        assert_eq!(err.id.as_deref(), Some("z"));
        assert!(err.reason.contains("binary"), "{err}");
    }

    #[test]
    fn oversized_page_is_rejected() {
        let err = read_page(&b"0123456789"[..], "big", PageKind::Plain, 4).unwrap_err();
        assert!(err.reason.contains("limit"), "{err}");
    }

    #[test]
    fn tld_hint() {
        assert_eq!(tld(Some("https://www.lemonde.fr/a?b")), Some(&b"fr"[..]));
        assert_eq!(tld(Some("http://127.0.0.1:8080/")), None);
        assert_eq!(tld(None), None);
    }
}
