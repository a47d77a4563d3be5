//! CSV: a header row, then one document per record; the text and id columns are configurable
//! (`text`, `id` by default), every other non-empty column goes into `meta` as a string.
//! A record with too few fields is rejected and reading goes on; a record that runs past the
//! size limit (an unclosed quote) ends the file with one rejection, never an unbounded buffer.

use std::io::{self, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::{encoding, Body, Location, Meta, RawDoc, ReadOptions, Rejected};

/// Slack allowed past a record's size limit for the CSV reader's own buffering.
const SLACK: u64 = 1 << 16;

/// Documents from a CSV stream, one per record, in order.
pub struct CsvReader<R: Read> {
    rdr: ::csv::Reader<Budget<R>>,
    allowed: Arc<AtomicU64>,
    opts: ReadOptions,
    stem: String,
    cols: Option<(usize, Option<usize>, Vec<String>)>,
    rec: ::csv::ByteRecord,
    done: bool,
}

/// A reader that fails once more than `allowed` bytes in all have been read from it.
struct Budget<R> {
    inner: R,
    read: u64,
    allowed: Arc<AtomicU64>,
}

impl<R: Read> Read for Budget<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let allowed = self.allowed.load(Ordering::Relaxed);
        if self.read >= allowed {
            return Err(io::Error::other("over the size limit"));
        }
        let room = (allowed - self.read).min(buf.len() as u64) as usize;
        let n = self.inner.read(&mut buf[..room])?;
        self.read += n as u64;
        Ok(n)
    }
}

impl<R: Read> CsvReader<R> {
    /// A reader over `r`; `stem` (the file's stem) names documents that have no id (`stem:line`).
    pub fn new(r: R, opts: &ReadOptions, stem: &str) -> Self {
        let allowed = Arc::new(AtomicU64::new(opts.max_doc_bytes as u64 + SLACK));
        let budget = Budget { inner: r, read: 0, allowed: allowed.clone() };
        let rdr = ::csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(budget);
        CsvReader {
            rdr,
            allowed,
            opts: opts.clone(),
            stem: stem.to_string(),
            cols: None,
            rec: ::csv::ByteRecord::new(),
            done: false,
        }
    }

    fn field(bytes: &[u8], diagnostics: &mut Vec<String>) -> String {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => {
                let (s, enc) = encoding::decode(bytes);
                if let Some(d) = enc.diagnostic() {
                    if !diagnostics.contains(&d) {
                        diagnostics.push(d);
                    }
                }
                s
            }
        }
    }

    fn headers(&mut self, line: u64) -> Result<(), Rejected> {
        let mut notes = Vec::new();
        let names: Vec<String> = self
            .rec
            .iter()
            .map(|f| Self::field(f, &mut notes).trim().trim_start_matches('\u{feff}').to_string())
            .collect();
        let find = |name: &str| names.iter().position(|n| n == name);
        let Some(text) = find(&self.opts.text_field) else {
            self.done = true;
            return Err(Rejected::new(
                Location::Line(line),
                None,
                format!("no \"{}\" column in the header ({})", self.opts.text_field, names.join(", ")),
            ));
        };
        self.cols = Some((text, find(&self.opts.id_field), names));
        Ok(())
    }
}

impl<R: Read> Iterator for CsvReader<R> {
    type Item = Result<RawDoc, Rejected>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let start = self.rdr.position().clone();
            let line = start.line();
            match self.rdr.read_byte_record(&mut self.rec) {
                Ok(false) => {
                    self.done = true;
                    return None;
                }
                Ok(true) => {}
                Err(e) => {
                    let loc = Location::Line(e.position().map(|p| p.line()).unwrap_or(line));
                    if let ::csv::ErrorKind::Io(io) = e.kind() {
                        self.done = true;
                        let over = self.rdr.get_ref().read >= self.allowed.load(Ordering::Relaxed);
                        let why = if over {
                            format!("record over the {}-byte limit (an unclosed quote?)", self.opts.max_doc_bytes)
                        } else {
                            format!("cannot read: {io}")
                        };
                        return Some(Err(Rejected::new(loc, None, why)));
                    }
                    return Some(Err(Rejected::new(loc, None, format!("malformed CSV: {e}"))));
                }
            }
            let end = self.rdr.position().byte();
            self.allowed.store(end + self.opts.max_doc_bytes as u64 + SLACK, Ordering::Relaxed);
            let line = self.rec.position().map(|p| p.line()).unwrap_or(line);
            let Some((text_i, id_i, names)) = &self.cols else {
                if let Err(e) = self.headers(line) {
                    return Some(Err(e));
                }
                continue;
            };
            if self.rec.len() == 1 && self.rec[0].is_empty() {
                continue;
            }
            let loc = Location::Line(line);
            let mut diagnostics = Vec::new();
            let id = match id_i.and_then(|i| self.rec.get(i)).filter(|f| !f.is_empty()) {
                Some(f) => Self::field(f, &mut diagnostics),
                None => format!("{}:{line}", self.stem),
            };
            let Some(text) = self.rec.get(*text_i) else {
                return Some(Err(Rejected::new(
                    loc,
                    Some(id),
                    format!("{} fields, no \"{}\" column", self.rec.len(), self.opts.text_field),
                )));
            };
            if text.len() > self.opts.max_doc_bytes {
                let why = format!("text of {} bytes over the {}-byte limit", text.len(), self.opts.max_doc_bytes);
                return Some(Err(Rejected::new(loc, Some(id), why)));
            }
            let text = Self::field(text, &mut diagnostics);
            let mut meta = Meta::new();
            for (i, f) in self.rec.iter().enumerate() {
                if i == *text_i || Some(i) == *id_i || f.is_empty() {
                    continue;
                }
                let name = names.get(i).cloned().unwrap_or_else(|| format!("column{}", i + 1));
                meta.insert(name, Self::field(f, &mut diagnostics).into());
            }
            return Some(Ok(RawDoc { id, location: loc, meta, body: Body::Text(text), diagnostics }));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &[u8], opts: &ReadOptions) -> Vec<Result<RawDoc, Rejected>> {
        CsvReader::new(input, opts, "t").collect()
    }

    fn text(d: &RawDoc) -> &str {
        match &d.body {
            Body::Text(t) => t,
            _ => unreachable!(),
        }
    }

    #[test]
    fn rows_become_documents_with_meta() {
        let items = read(
            b"id,url,text,outlet\nc1,https://a.fr,\"\xc2\xab Oui \xc2\xbb, a dit Jean.\nSuite.\",Le Monde\n,,Sans id,\n",
            &ReadOptions::default(),
        );
        let docs: Vec<RawDoc> = items.into_iter().map(|r| r.unwrap()).collect();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "c1");
        assert_eq!(text(&docs[0]), "« Oui », a dit Jean.\nSuite.");
        assert_eq!(docs[0].meta["url"], "https://a.fr");
        assert_eq!(docs[0].meta["outlet"], "Le Monde");
        assert_eq!(docs[1].id, "t:4");
        assert!(docs[1].meta.is_empty());
    }

    #[test]
    fn missing_text_column_is_one_rejection() {
        let items = read(b"id,body\n1,x\n", &ReadOptions::default());
        assert_eq!(items.len(), 1);
        assert!(items[0].as_ref().unwrap_err().reason.contains("no \"text\" column"));
    }

    #[test]
    fn short_row_rejected_reading_goes_on() {
        let items = read(b"id,text\na,Un\nb\nc,Trois\n", &ReadOptions::default());
        assert_eq!(items.len(), 3);
        let e = items[1].as_ref().unwrap_err();
        assert_eq!((e.location, e.id.as_deref()), (Location::Line(3), Some("b")));
        assert_eq!(items[2].as_ref().unwrap().id, "c");
    }

    #[test]
    fn unclosed_quote_stops_at_the_limit() {
        let opts = ReadOptions { max_doc_bytes: 100, ..ReadOptions::default() };
        let mut input = b"id,text\na,\"never closed ".to_vec();
        input.extend(std::iter::repeat_n(b'x', 300_000));
        let items = read(&input, &opts);
        assert_eq!(items.len(), 1);
        assert!(items[0].as_ref().unwrap_err().reason.contains("over the 100-byte limit"), "{:?}", items[0]);
    }

    #[test]
    fn latin1_field_is_decoded() {
        let items = read(b"id,text\nl,d\xe9clar\xe9\n", &ReadOptions::default());
        let d = items[0].as_ref().unwrap();
        assert_eq!(text(d), "déclaré");
        assert!(d.diagnostics[0].contains("Windows-1252"));
    }
}
