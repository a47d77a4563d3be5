//! Writers: serialize [`DocRecord`]s as JSONL (one object per document) or as the
//! who-said-what CSV (one row per quote), onto any `io::Write`.

use std::io::Write;

use crate::record::DocRecord;

/// An output format that records are written to, one document at a time.
pub trait RecordWriter {
    /// Writes one document's records.
    fn write(&mut self, rec: &DocRecord) -> std::io::Result<()>;
    /// Flushes what is buffered.
    fn finish(&mut self) -> std::io::Result<()>;
}

/// One JSON object per line per document.
pub struct JsonlWriter<W: Write> {
    out: W,
}

impl<W: Write> JsonlWriter<W> {
    /// A JSONL writer onto `out`.
    pub fn new(out: W) -> Self {
        JsonlWriter { out }
    }
}

impl<W: Write> RecordWriter for JsonlWriter<W> {
    fn write(&mut self, rec: &DocRecord) -> std::io::Result<()> {
        serde_json::to_writer(&mut self.out, rec)?;
        self.out.write_all(b"\n")
    }
    fn finish(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// The who-said-what table: one row per quote (quotes of kind `term` are left out).
pub struct CsvWriter<W: Write> {
    out: csv::Writer<W>,
    min_confidence: f32,
    header_written: bool,
}

/// The CSV header, in column order.
pub const CSV_HEADER: [&str; 14] = [
    "doc_id",
    "speaker",
    "speaker_id",
    "speaker_wikidata",
    "quote",
    "kind",
    "cue",
    "cue_start",
    "cue_end",
    "quote_start",
    "quote_end",
    "method",
    "confidence",
    "parts",
];

impl<W: Write> CsvWriter<W> {
    /// A CSV writer onto `out` keeping rows whose confidence is at least `min_confidence`.
    pub fn new(out: W, min_confidence: f32) -> Self {
        CsvWriter { out: csv::Writer::from_writer(out), min_confidence, header_written: false }
    }
}

fn csv_err(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        k => std::io::Error::other(format!("{k:?}")),
    }
}

impl<W: Write> RecordWriter for CsvWriter<W> {
    fn write(&mut self, rec: &DocRecord) -> std::io::Result<()> {
        if !self.header_written {
            self.out.write_record(CSV_HEADER).map_err(csv_err)?;
            self.header_written = true;
        }
        for q in &rec.quotes {
            if q.kind == crate::quotes::QuoteKind::Term || q.confidence < self.min_confidence {
                continue;
            }
            let (qs, qe) = (q.parts.first().map(|p| p[0]).unwrap_or(0), q.parts.last().map(|p| p[1]).unwrap_or(0));
            let parts: Vec<String> = q.parts.iter().map(|p| format!("{}-{}", p[0], p[1])).collect();
            let kind =
                serde_json::to_value(q.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
            let method =
                serde_json::to_value(q.method).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
            let row = [
                rec.id.clone(),
                q.speaker.clone().unwrap_or_default(),
                q.speaker_id.clone().unwrap_or_default(),
                q.speaker_wikidata.clone().unwrap_or_default(),
                q.text.clone(),
                kind,
                q.cue.as_ref().map(|c| c.text.clone()).unwrap_or_default(),
                q.cue.as_ref().map(|c| c.start.to_string()).unwrap_or_default(),
                q.cue.as_ref().map(|c| c.end.to_string()).unwrap_or_default(),
                qs.to_string(),
                qe.to_string(),
                method,
                format!("{:.2}", q.confidence),
                parts.join(" "),
            ];
            self.out.write_record(&row).map_err(csv_err)?;
        }
        Ok(())
    }
    fn finish(&mut self) -> std::io::Result<()> {
        if !self.header_written {
            self.out.write_record(CSV_HEADER).map_err(csv_err)?;
            self.header_written = true;
        }
        self.out.flush()
    }
}
