//! WARC web archives (ISO 28500; Common Crawl's CC-NEWS style): every `response` record whose
//! HTTP payload is HTML (or plain text), every `resource` record of such a type and every WET
//! `conversion` record becomes a document; the payload is extracted later by
//! [`RawDoc::prepare`](super::RawDoc::prepare). The record id is the document id; the target
//! URI and the WARC date are kept as `url` and `crawl_date`.
//!
//! Records are streamed: a header block is capped at 64 KiB, a payload at the size limit, and a
//! malformed record is rejected with its byte offset before reading resumes at the next
//! `WARC/` version line. gzip-per-record archives are read through
//! [`compression::decompress`](super::compression::decompress).

use std::io::{self, BufRead, Read};

use super::{encoding, read_line_bounded, Body, Counted, Location, Meta, PageKind, RawDoc, ReadOptions, Rejected};

/// The largest WARC or HTTP header block read.
const MAX_HEADER: usize = 64 << 10;

enum HeaderError {
    Io(io::Error),
    Malformed(String),
}

/// Documents from a WARC stream, in record order.
pub struct WarcReader<R: BufRead> {
    r: Counted<R>,
    opts: ReadOptions,
    line: Vec<u8>,
    /// The offset of a version line already read while skipping past a malformed record.
    pending: Option<u64>,
    skipped: u64,
    done: bool,
    /// Where the gzip members of the stream start, when it was gzipped.
    members: Option<super::compression::Members>,
}

/// A WARC record's header fields, in order.
type Fields = Vec<(String, String)>;

fn get<'a>(fields: &'a Fields, name: &str) -> Option<&'a str> {
    fields.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

fn io_err(e: io::Error) -> HeaderError {
    HeaderError::Io(e)
}

impl<R: BufRead> WarcReader<R> {
    /// A reader over an uncompressed WARC stream.
    pub fn new(r: R, opts: &ReadOptions) -> Self {
        WarcReader {
            r: Counted { inner: r, pos: 0 },
            opts: opts.clone(),
            line: Vec::new(),
            pending: None,
            skipped: 0,
            done: false,
            members: None,
        }
    }

    /// Locates records also by the gzip member they start in (see [`Location::Member`]).
    pub fn with_members(mut self, members: super::compression::Members) -> Self {
        self.members = Some(members);
        self
    }

    /// The location of a record starting at decompressed offset `at`.
    fn loc(&self, at: u64) -> Location {
        match self.members.as_ref().and_then(|m| m.member_of(at)) {
            Some(member) => Location::Member { offset: at, member },
            None => Location::Offset(at),
        }
    }

    /// Records read that hold no article (requests, metadata, non-HTML or non-2xx responses…).
    pub fn skipped(&self) -> u64 {
        self.skipped
    }

    /// Reads a header block; `Ok(None)` at the end of the stream. Returns the block's offset.
    fn header_block(&mut self) -> Result<Option<(u64, Fields)>, HeaderError> {
        let start = match self.pending.take() {
            Some(at) => at,
            None => loop {
                let at = self.r.pos;
                match read_line_bounded(&mut self.r, &mut self.line, MAX_HEADER).map_err(io_err)? {
                    None => return Ok(None),
                    Some(_) if self.line.trim_ascii().is_empty() => continue,
                    Some(_) => break at,
                }
            },
        };
        if !self.line.starts_with(b"WARC/") {
            return Err(HeaderError::Malformed("expected a WARC/1.x version line".into()));
        }
        let mut fields: Fields = Vec::new();
        let mut size = self.line.len();
        loop {
            let Some((len, _)) = read_line_bounded(&mut self.r, &mut self.line, MAX_HEADER).map_err(io_err)? else {
                return Err(HeaderError::Malformed("stream ends inside a WARC header".into()));
            };
            size += len;
            if size > MAX_HEADER {
                return Err(HeaderError::Malformed(format!("WARC header block over {MAX_HEADER} bytes")));
            }
            let l = String::from_utf8_lossy(self.line.trim_ascii_end());
            if l.is_empty() {
                return Ok(Some((start, fields)));
            }
            if l.starts_with([' ', '\t']) {
                if let Some(last) = fields.last_mut() {
                    last.1.push(' ');
                    last.1.push_str(l.trim());
                }
                continue;
            }
            match l.split_once(':') {
                Some((k, v)) => fields.push((k.trim().to_string(), v.trim().to_string())),
                None => return Err(HeaderError::Malformed(format!("malformed WARC header line {l:?}"))),
            }
        }
    }

    /// Skips to the next line that starts a WARC record, leaving it in `self.line`.
    fn resync(&mut self) -> io::Result<()> {
        loop {
            let at = self.r.pos;
            if read_line_bounded(&mut self.r, &mut self.line, 16)?.is_none() {
                return Ok(());
            }
            if self.line.starts_with(b"WARC/") {
                self.pending = Some(at);
                return Ok(());
            }
        }
    }

    /// Reads `n` bytes (or fewer at the end of the stream) into `buf`.
    fn read_n(&mut self, n: u64, buf: &mut Vec<u8>) -> io::Result<u64> {
        (&mut self.r).take(n).read_to_end(buf).map(|k| k as u64)
    }

    /// Skips `n` bytes.
    fn skip_n(&mut self, n: u64) -> io::Result<u64> {
        io::copy(&mut (&mut self.r).take(n), &mut io::sink())
    }

    /// Consumes the CRLF CRLF that ends a record (leniently: any run of up to 4 CR/LF bytes).
    fn record_end(&mut self) -> io::Result<()> {
        for _ in 0..4 {
            match self.r.fill_buf()?.first() {
                Some(b'\r' | b'\n') => self.r.consume(1),
                _ => break,
            }
        }
        Ok(())
    }

    fn record(&mut self, start: u64, fields: Fields) -> io::Result<Option<Result<RawDoc, Rejected>>> {
        let loc = self.loc(start);
        let id = get(&fields, "WARC-Record-ID").map(|v| v.trim_matches(['<', '>']).to_string());
        let Some(len) = get(&fields, "Content-Length").and_then(|v| v.parse::<u64>().ok()) else {
            self.resync()?;
            return Ok(Some(Err(Rejected::new(loc, id, "missing or bad Content-Length"))));
        };
        let wtype = get(&fields, "WARC-Type").unwrap_or("").to_ascii_lowercase();
        if !matches!(wtype.as_str(), "response" | "resource" | "conversion") {
            self.skip_record(len)?;
            return Ok(None);
        }
        let max = self.opts.max_doc_bytes as u64;
        let mut block = Vec::new();
        let head = len.min(MAX_HEADER as u64 + max);
        if self.read_n(head, &mut block)? < head {
            self.done = true;
            return Ok(Some(Err(Rejected::new(loc, id, "stream ends inside a WARC record"))));
        }
        let rest = len - head;
        let id_or = |id: &Option<String>| id.clone().unwrap_or_else(|| format!("offset-{start}"));
        let mut meta = Meta::new();
        if let Some(u) = get(&fields, "WARC-Target-URI") {
            meta.insert("url".into(), u.trim_matches(['<', '>']).into());
        }
        if let Some(d) = get(&fields, "WARC-Date") {
            meta.insert("crawl_date".into(), d.into());
        }
        let (kind, charset, payload) = if wtype == "response" {
            match http_payload(&block, max) {
                Ok(Some(p)) => p,
                Ok(None) => {
                    self.skip_record(rest)?;
                    return Ok(None);
                }
                Err(why) => {
                    self.skip_record(rest)?;
                    return Ok(Some(Err(Rejected::new(loc, Some(id_or(&id)), why))));
                }
            }
        } else {
            let ct = get(&fields, "Content-Type").unwrap_or("");
            let Some(kind) = page_kind(ct) else {
                self.skip_record(rest)?;
                return Ok(None);
            };
            (kind, encoding::charset_of_content_type(ct), std::mem::take(&mut block))
        };
        if rest > 0 || payload.len() as u64 > max {
            self.skip_record(rest)?;
            let why = format!("payload of {} bytes over the {max}-byte limit", (payload.len() as u64).max(len));
            return Ok(Some(Err(Rejected::new(loc, Some(id_or(&id)), why))));
        }
        self.record_end()?;
        if kind == PageKind::Plain {
            // An HTML page gives its own publication date; a text record has only the crawl's.
            if let Some(d) = meta.get("crawl_date").cloned() {
                meta.insert("date".into(), d);
            }
        }
        let body = Body::Bytes { bytes: payload, kind, charset };
        Ok(Some(Ok(RawDoc { id: id_or(&id), location: loc, meta, body, diagnostics: Vec::new() })))
    }

    fn skip_record(&mut self, n: u64) -> io::Result<()> {
        if self.skip_n(n)? < n {
            self.done = true;
        }
        self.skipped += 1;
        self.record_end()
    }
}

/// The kind of page a MIME type names, if it is one we read.
fn page_kind(content_type: &str) -> Option<PageKind> {
    let ct = content_type.to_ascii_lowercase();
    if ct.contains("html") {
        Some(PageKind::Html)
    } else if ct.starts_with("text/plain") {
        Some(PageKind::Plain)
    } else {
        None
    }
}

/// The payload of an HTTP response block: `Ok(None)` when it holds no page (not 2xx, not text).
/// A page found in an HTTP response: its kind, the charset its header declares, its bytes.
type Payload = (PageKind, Option<String>, Vec<u8>);

fn http_payload(block: &[u8], max: u64) -> Result<Option<Payload>, String> {
    let mut headers = [httparse::EMPTY_HEADER; 128];
    let mut resp = httparse::Response::new(&mut headers);
    let hlen = match resp.parse(block) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Err("truncated HTTP header".into()),
        Err(e) => return Err(format!("malformed HTTP response: {e}")),
    };
    if !(200..300).contains(&resp.code.unwrap_or(0)) {
        return Ok(None);
    }
    let header = |name: &str| {
        resp.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).trim().to_ascii_lowercase())
    };
    let ct = header("Content-Type").unwrap_or_default();
    let Some(kind) = page_kind(&ct) else { return Ok(None) };
    let charset = encoding::charset_of_content_type(&ct);
    let mut body = block[hlen..].to_vec();
    if header("Transfer-Encoding").is_some_and(|t| t.contains("chunked")) {
        body = dechunk(&body).ok_or("malformed chunked transfer encoding")?;
    }
    match header("Content-Encoding").as_deref() {
        None | Some("" | "identity") => {}
        Some("gzip" | "x-gzip") => body = inflate(flate2::read::MultiGzDecoder::new(&body[..]), max)?,
        Some("deflate") => body = inflate(flate2::read::ZlibDecoder::new(&body[..]), max)?,
        Some(other) => return Err(format!("unsupported Content-Encoding {other:?}")),
    }
    Ok(Some((kind, charset, body)))
}

fn inflate(r: impl Read, max: u64) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    r.take(max + 1).read_to_end(&mut out).map_err(|e| format!("cannot decompress the HTTP payload: {e}"))?;
    Ok(out)
}

fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let nl = memchr::memchr(b'\n', b)?;
        let size_hex = std::str::from_utf8(&b[..nl]).ok()?.trim();
        let size = usize::from_str_radix(size_hex.split(';').next()?.trim(), 16).ok()?;
        b = &b[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(..size)?);
        b = b.get(size..)?;
        b = b.strip_prefix(b"\r\n").or_else(|| b.strip_prefix(b"\n")).unwrap_or(b);
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Result<RawDoc, Rejected>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let start = self.pending.unwrap_or(self.r.pos);
            let item = match self.header_block() {
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(HeaderError::Io(e)) => {
                    self.done = true;
                    Some(Err(Rejected::new(self.loc(start), None, format!("cannot read: {e}"))))
                }
                Err(HeaderError::Malformed(why)) => {
                    if let Err(e) = self.resync() {
                        self.done = true;
                        return Some(Err(Rejected::new(self.loc(start), None, format!("cannot read: {e}"))));
                    }
                    Some(Err(Rejected::new(self.loc(start), None, why)))
                }
                Ok(Some((at, fields))) => match self.record(at, fields) {
                    Ok(item) => item,
                    Err(e) => {
                        self.done = true;
                        Some(Err(Rejected::new(self.loc(at), None, format!("cannot read: {e}"))))
                    }
                },
            };
            if item.is_some() {
                return item;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(wtype: &str, id: &str, uri: &str, ctype: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {wtype}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Date: 2024-05-01T08:00:00Z\r\n\
             WARC-Target-URI: {uri}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn http(ct: &str, body: &str) -> Vec<u8> {
        format!("HTTP/1.1 200 OK\r\nContent-Type: {ct}\r\nContent-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
    }

    fn read(bytes: &[u8]) -> (Vec<Result<RawDoc, Rejected>>, u64) {
        let mut r = WarcReader::new(bytes, &ReadOptions::default());
        let items: Vec<_> = r.by_ref().collect();
        (items, r.skipped())
    }

    #[test]
    fn html_responses_become_documents() {
        let mut w = record("warcinfo", "0", "", "application/warc-fields", b"software: test\r\n");
        w.extend(record(
            "request",
            "1",
            "https://a.fr/x",
            "application/http; msgtype=request",
            b"GET /x HTTP/1.1\r\n\r\n",
        ));
        w.extend(record(
            "response",
            "2",
            "https://a.fr/x",
            "application/http; msgtype=response",
            &http("text/html; charset=ISO-8859-1", "<p>Bonjour</p>"),
        ));
        w.extend(record("response", "3", "https://a.fr/i.png", "application/http", &http("image/png", "PNG")));
        let (items, skipped) = read(&w);
        assert_eq!(items.len(), 1);
        let d = items[0].as_ref().unwrap();
        assert_eq!(d.id, "urn:uuid:2");
        assert_eq!(d.meta["url"], "https://a.fr/x");
        assert_eq!(d.meta["crawl_date"], "2024-05-01T08:00:00Z");
        match &d.body {
            Body::Bytes { bytes, kind, charset } => {
                assert_eq!(bytes, b"<p>Bonjour</p>");
                assert_eq!(*kind, PageKind::Html);
                assert_eq!(charset.as_deref(), Some("iso-8859-1"));
            }
            b => panic!("{b:?}"),
        }
        assert_eq!(skipped, 3);
    }

    #[test]
    fn malformed_record_is_rejected_and_the_next_one_read() {
        let mut w = b"WARC/1.0\r\nWARC-Type: response\r\nno colon here\r\n\r\ngarbage\r\n\r\n".to_vec();
        let good = record("conversion", "9", "https://b.fr/", "text/plain", "« Oui », a dit Jean.".as_bytes());
        let at = w.len() as u64;
        w.extend(good);
        let (items, _) = read(&w);
        assert_eq!(items.len(), 2);
        let e = items[0].as_ref().unwrap_err();
        assert_eq!(e.location, Location::Offset(0));
        assert!(e.reason.contains("malformed WARC header"), "{e}");
        let d = items[1].as_ref().unwrap();
        assert_eq!((d.id.as_str(), d.location), ("urn:uuid:9", Location::Offset(at)));
    }

    #[test]
    fn truncated_archive_ends_with_one_rejection() {
        let mut w = record("resource", "1", "https://c.fr/", "text/html", b"<p>Un</p>");
        let second = record("resource", "2", "https://c.fr/2", "text/html", b"<p>Deux, un long texte</p>");
        w.extend_from_slice(&second[..second.len() - 12]);
        let (items, _) = read(&w);
        assert_eq!(items.len(), 2);
        assert!(items[0].is_ok());
        assert!(items[1].as_ref().unwrap_err().reason.contains("ends inside"));
    }

    #[test]
    fn oversized_payload_is_rejected_without_being_buffered() {
        let big = vec![b'x'; 300_000];
        let mut w = record("resource", "big", "https://d.fr/", "text/plain", &big);
        w.extend(record("resource", "s", "https://d.fr/s", "text/plain", b"petit"));
        let mut r = WarcReader::new(&w[..], &ReadOptions { max_doc_bytes: 1000, ..ReadOptions::default() });
        let items: Vec<_> = r.by_ref().collect();
        assert_eq!(items.len(), 2);
        assert!(items[0].as_ref().unwrap_err().reason.contains("over the 1000-byte limit"));
        assert_eq!(items[1].as_ref().unwrap().id, "urn:uuid:s");
    }

    #[test]
    fn chunked_and_gzip_http_payloads() {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(b"<p>Compress\xc3\xa9</p>").unwrap();
        let gz = e.finish().unwrap();
        let mut block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
        block.extend(format!("{:x}\r\n", gz.len()).as_bytes());
        block.extend(&gz);
        block.extend(b"\r\n0\r\n\r\n");
        let (kind, _, body) = http_payload(&block, 1 << 20).unwrap().unwrap();
        assert_eq!(kind, PageKind::Html);
        assert_eq!(body, "<p>Compressé</p>".as_bytes());
    }

    #[test]
    fn redirects_are_not_documents() {
        let block = b"HTTP/1.1 301 Moved\r\nLocation: /y\r\nContent-Type: text/html\r\n\r\n";
        assert!(http_payload(block, 100).unwrap().is_none());
        assert!(http_payload(b"NOT HTTP AT ALL\r\n\r\n", 100).is_err());
    }
}
