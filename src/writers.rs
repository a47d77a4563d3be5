//! Writers: serialize [`DocRecord`]s as JSONL (one object per document) or as the
//! who-said-what CSV (one row per quote), onto any `io::Write`.

use std::io::Write;

use crate::record::DocRecord;

/// An output format that records are written to, one document at a time.
pub trait RecordWriter {
    /// Writes one document's records.
    fn write(&mut self, rec: &DocRecord) -> std::io::Result<()>;
    /// Flushes what is buffered (may be called any number of times, e.g. at each checkpoint).
    fn finish(&mut self) -> std::io::Result<()>;
    /// Ends the run, once, after the last record: writes what only the whole run knows (the
    /// graph formats' nodes and aggregates), then flushes. By default the same as `finish`.
    fn close(&mut self) -> std::io::Result<()> {
        self.finish()
    }
}

/// One JSON object per line per document.
pub struct JsonlWriter<W: Write> {
    out: W,
    /// The line being written, reused from one record to the next.
    line: Vec<u8>,
}

impl<W: Write> JsonlWriter<W> {
    /// A JSONL writer onto `out`.
    pub fn new(out: W) -> Self {
        JsonlWriter { out, line: Vec::new() }
    }
}

impl<W: Write> RecordWriter for JsonlWriter<W> {
    fn write(&mut self, rec: &DocRecord) -> std::io::Result<()> {
        self.line.clear();
        rec.append_json(&mut self.line)?;
        self.line.push(b'\n');
        self.out.write_all(&self.line)
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

// ---------------------------------------------------------------------------------------------
// Output formats, the writer factory, and the graph exports (RDF, Neo4j).

use std::io::BufWriter;

use crate::graph::{DocGraph, Graph};

/// A writer's output: a named sink opened by the caller, buffered by the writer.
type Sink = BufWriter<Box<dyn Write + Send>>;

/// Output formats, independent of any CLI parser: `FromStr` parses a name, `Display` prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// One JSON object per document.
    Jsonl,
    /// The who-said-what table, one row per quote.
    Csv,
    /// RDF N-Triples: schema.org terms, one node per real quote (needs the `rdf` feature).
    Nt,
    /// RDF Turtle: the same graph as `Nt`, with prefixes (needs the `rdf` feature).
    Ttl,
    /// The CSV files of `neo4j-admin database import full`, several named files.
    Neo4j,
}

/// The files of the Neo4j export, in the order they are opened: nodes, then relationships.
pub const NEO4J_FILES: [&str; 9] = [
    "persons.csv",
    "organizations.csv",
    "places.csv",
    "quotes.csv",
    "articles.csv",
    "said.csv",
    "appears_in.csv",
    "mentions.csv",
    "co_mentioned.csv",
];

impl Format {
    /// Every format, in the order of the help text.
    pub const ALL: [Format; 5] = [Format::Jsonl, Format::Csv, Format::Nt, Format::Ttl, Format::Neo4j];

    /// The name the format is parsed from and printed as (`jsonl`, `csv`, `nt`, `ttl`, `neo4j`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Nt => "nt",
            Format::Ttl => "ttl",
            Format::Neo4j => "neo4j",
        }
    }

    /// The names of the sinks [`open_writer`] asks for: one file name for a stream format
    /// (the caller may map it to stdout or `-o FILE`), the [`NEO4J_FILES`] for Neo4j.
    pub fn sinks(self) -> &'static [&'static str] {
        match self {
            Format::Jsonl => &["records.jsonl"],
            Format::Csv => &["quotes.csv"],
            Format::Nt => &["graph.nt"],
            Format::Ttl => &["graph.ttl"],
            Format::Neo4j => &NEO4J_FILES,
        }
    }

    /// Whether the format writes several files (into a directory) rather than one stream.
    pub fn is_multi_file(self) -> bool {
        self.sinks().len() > 1
    }

    /// Whether this build can write the format (the RDF formats need the `rdf` cargo feature).
    pub fn is_available(self) -> bool {
        !matches!(self, Format::Nt | Format::Ttl) || cfg!(feature = "rdf")
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Format {
    type Err = crate::Error;

    /// Parses a format name, case-insensitively; `ntriples` and `turtle` are accepted too.
    fn from_str(s: &str) -> crate::Result<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "jsonl" => Ok(Format::Jsonl),
            "csv" => Ok(Format::Csv),
            "nt" | "ntriples" | "n-triples" => Ok(Format::Nt),
            "ttl" | "turtle" => Ok(Format::Ttl),
            "neo4j" => Ok(Format::Neo4j),
            _ => Err(crate::Error::input("format", s, "unknown output format (expected jsonl, csv, nt, ttl or neo4j)")),
        }
    }
}

/// Options of the writers made by [`open_writer`].
#[derive(Debug, Clone, PartialEq)]
pub struct WriterOptions {
    /// Keep quotes whose speaker confidence is at least this (CSV and the graph formats).
    pub min_confidence: f32,
    /// The base of node IRIs in RDF output, an absolute IRI (default [`crate::graph::DEFAULT_BASE_IRI`]).
    pub base_iri: String,
}

impl Default for WriterOptions {
    fn default() -> Self {
        WriterOptions { min_confidence: 0.0, base_iri: crate::graph::DEFAULT_BASE_IRI.to_string() }
    }
}

/// Opens the writer for `format`. `open` is called once for each name of [`Format::sinks`] and
/// returns where that output goes (a file, stdout); the writer buffers it and the library does
/// no file IO of its own. Call `finish` to flush (any number of times) and `close` once at the
/// end: the graph formats write their nodes and whole-run aggregates then.
pub fn open_writer(
    format: Format,
    opts: &WriterOptions,
    mut open: impl FnMut(&str) -> std::io::Result<Box<dyn Write + Send>>,
) -> crate::Result<Box<dyn RecordWriter + Send>> {
    let name = format.sinks()[0];
    Ok(match format {
        Format::Jsonl => Box::new(JsonlWriter::new(open_sink(&mut open, name)?)),
        Format::Csv => Box::new(CsvWriter::new(open_sink(&mut open, name)?, opts.min_confidence)),
        #[cfg(feature = "rdf")]
        Format::Nt => Box::new(RdfWriter::ntriples(open_sink(&mut open, name)?, opts)?),
        #[cfg(feature = "rdf")]
        Format::Ttl => Box::new(RdfWriter::turtle(open_sink(&mut open, name)?, opts)?),
        #[cfg(not(feature = "rdf"))]
        Format::Nt | Format::Ttl => {
            return Err(crate::Error::input(
                "format",
                format,
                "this build has no RDF support (rebuild with the `rdf` cargo feature)",
            ))
        }
        Format::Neo4j => Box::new(Neo4jWriter::new(open, opts.min_confidence)?),
    })
}

/// Opens the sink `name` through `open`, buffered; a failure names the output.
fn open_sink(open: &mut impl FnMut(&str) -> std::io::Result<Box<dyn Write + Send>>, name: &str) -> crate::Result<Sink> {
    let w = open(name).map_err(|e| crate::Error::io(format!("cannot open output {name}"), e))?;
    Ok(BufWriter::with_capacity(1 << 16, w))
}

fn closed_error() -> std::io::Error {
    std::io::Error::other("writer already closed")
}

/// One line: newlines and carriage returns become spaces (Neo4j's importer reads one record a line).
fn one_line(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['\n', '\r']) {
        std::borrow::Cow::Owned(s.replace(['\n', '\r'], " "))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

fn enum_name<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// The Neo4j node label of an entity type.
fn neo4j_labels(t: crate::gazetteer::EntityType) -> &'static str {
    match t {
        crate::gazetteer::EntityType::Per => "Entity;Person",
        crate::gazetteer::EntityType::Org => "Entity;Organization",
        crate::gazetteer::EntityType::Loc => "Entity;Place",
    }
}

const NEO4J_ENTITY_HEADER: [&str; 9] = [
    "id:ID(Entity)",
    ":LABEL",
    "name",
    "type",
    "wikidata",
    "mentions:long",
    "articles:long",
    "quotes:long",
    "quote_occurrences:long",
];
const NEO4J_QUOTE_HEADER: [&str; 8] =
    ["id:ID(Quote)", ":LABEL", "text", "kind", "speaker", "unnamed_source", "occurrences:long", "articles:long"];
const NEO4J_ARTICLE_HEADER: [&str; 7] =
    ["id:ID(Article)", ":LABEL", "url", "date", "title", "quotes:long", "entities:long"];
const NEO4J_SAID_HEADER: [&str; 5] =
    [":START_ID(Entity)", ":END_ID(Quote)", ":TYPE", "occurrences:long", "articles:long"];
const NEO4J_APPEARS_IN_HEADER: [&str; 13] = [
    ":START_ID(Quote)",
    ":END_ID(Article)",
    ":TYPE",
    "start:long",
    "end:long",
    "parts",
    "kind",
    "method",
    "confidence:float",
    "cue",
    "cue_start:long",
    "cue_end:long",
    "speaker_as_written",
];
const NEO4J_MENTIONS_HEADER: [&str; 4] = [":START_ID(Article)", ":END_ID(Entity)", ":TYPE", "count:long"];
const NEO4J_CO_MENTIONED_HEADER: [&str; 4] = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "count:long"];

/// The CSV files of `neo4j-admin database import full` (see [`NEO4J_FILES`]): nodes Person,
/// Organization, Place (all also labelled Entity), Quote and Article; relationships SAID,
/// APPEARS_IN, MENTIONS and CO_MENTIONED. Article rows and per-article relationships are
/// streamed; entity and quote nodes, SAID and CO_MENTIONED (whole-run counts) come in
/// [`RecordWriter::close`] — or when the writer is dropped unclosed, errors then unreported.
pub struct Neo4jWriter {
    graph: Graph,
    /// In [`NEO4J_FILES`] order.
    files: Vec<csv::Writer<Sink>>,
    closed: bool,
}

impl Neo4jWriter {
    const PERSONS: usize = 0;
    const ORGANIZATIONS: usize = 1;
    const PLACES: usize = 2;
    const QUOTES: usize = 3;
    const ARTICLES: usize = 4;
    const SAID: usize = 5;
    const APPEARS_IN: usize = 6;
    const MENTIONS: usize = 7;
    const CO_MENTIONED: usize = 8;

    /// Opens the nine files through `open` (called with each name of [`NEO4J_FILES`], buffered
    /// here) and writes their headers; quotes under `min_confidence` are left out.
    pub fn new(
        mut open: impl FnMut(&str) -> std::io::Result<Box<dyn Write + Send>>,
        min_confidence: f32,
    ) -> crate::Result<Neo4jWriter> {
        let headers: [&[&str]; 9] = [
            &NEO4J_ENTITY_HEADER,
            &NEO4J_ENTITY_HEADER,
            &NEO4J_ENTITY_HEADER,
            &NEO4J_QUOTE_HEADER,
            &NEO4J_ARTICLE_HEADER,
            &NEO4J_SAID_HEADER,
            &NEO4J_APPEARS_IN_HEADER,
            &NEO4J_MENTIONS_HEADER,
            &NEO4J_CO_MENTIONED_HEADER,
        ];
        let mut files = Vec::with_capacity(NEO4J_FILES.len());
        for (name, header) in NEO4J_FILES.iter().zip(headers) {
            let mut w = csv::Writer::from_writer(open_sink(&mut open, name)?);
            w.write_record(header).map_err(|e| crate::Error::io(format!("cannot write output {name}"), csv_err(e)))?;
            files.push(w);
        }
        Ok(Neo4jWriter { graph: Graph::new(min_confidence), files, closed: false })
    }

    /// The graph built so far (aggregates are final after `close`).
    pub fn graph(&self) -> &Graph {
        &self.graph
    }

    fn row<const N: usize>(&mut self, file: usize, row: [&str; N]) -> std::io::Result<()> {
        self.files[file].write_record(row.iter().map(|c| one_line(c).into_owned())).map_err(csv_err)
    }

    fn write_doc(&mut self, dg: &DocGraph<'_>) -> std::io::Result<()> {
        if dg.new_article {
            let (quotes, entities) = (dg.occurrences.len().to_string(), dg.mentions.len().to_string());
            let row = [
                dg.article,
                "Article",
                dg.url.unwrap_or(""),
                dg.date.unwrap_or(""),
                dg.title.unwrap_or(""),
                &quotes,
                &entities,
            ];
            self.row(Self::ARTICLES, row)?;
        }
        for &(e, n) in &dg.mentions {
            let id = self.graph.entities()[e].id.clone();
            self.row(Self::MENTIONS, [dg.article, &id, "MENTIONS", &n.to_string()])?;
        }
        for occ in &dg.occurrences {
            let q = occ.record;
            let qid = self.graph.quotes()[occ.quote].id.clone();
            let cue = q.cue.as_ref();
            let row = [
                qid.as_str(),
                dg.article,
                "APPEARS_IN",
                &occ.start().to_string(),
                &occ.end().to_string(),
                &occ.parts(),
                &enum_name(q.kind),
                &enum_name(q.method),
                &format!("{:.2}", q.confidence),
                cue.map_or("", |c| c.text.as_str()),
                &cue.map(|c| c.start.to_string()).unwrap_or_default(),
                &cue.map(|c| c.end.to_string()).unwrap_or_default(),
                q.speaker.as_deref().unwrap_or(""),
            ];
            self.row(Self::APPEARS_IN, row)?;
        }
        Ok(())
    }

    fn write_aggregates(&mut self) -> std::io::Result<()> {
        let graph = std::mem::take(&mut self.graph);
        for e in graph.entities() {
            let file = match e.etype {
                crate::gazetteer::EntityType::Per => Self::PERSONS,
                crate::gazetteer::EntityType::Org => Self::ORGANIZATIONS,
                crate::gazetteer::EntityType::Loc => Self::PLACES,
            };
            let row = [
                e.id.as_str(),
                neo4j_labels(e.etype),
                &e.name,
                e.etype.as_str(),
                e.wikidata.as_deref().unwrap_or(""),
                &e.mentions.to_string(),
                &e.articles.to_string(),
                &e.quotes.to_string(),
                &e.quote_occurrences.to_string(),
            ];
            self.row(file, row)?;
        }
        for q in graph.quotes() {
            let speaker = q.speaker.map(|s| graph.entities()[s].id.as_str());
            let row = [
                q.id.as_str(),
                "Quote",
                &q.text,
                &enum_name(q.kind),
                speaker.unwrap_or(""),
                q.unnamed_source.as_deref().unwrap_or(""),
                &q.occurrences.to_string(),
                &q.articles.to_string(),
            ];
            self.row(Self::QUOTES, row)?;
            if let Some(s) = speaker {
                self.row(Self::SAID, [s, &q.id, "SAID", &q.occurrences.to_string(), &q.articles.to_string()])?;
            }
        }
        for c in graph.co_mentions() {
            let (a, b) = (&graph.entities()[c.a].id, &graph.entities()[c.b].id);
            self.row(Self::CO_MENTIONED, [a, b, "CO_MENTIONED", &c.articles.to_string()])?;
        }
        self.graph = graph;
        Ok(())
    }
}

impl RecordWriter for Neo4jWriter {
    fn write(&mut self, rec: &DocRecord) -> std::io::Result<()> {
        if self.closed {
            return Err(closed_error());
        }
        let Some(dg) = self.graph.add(rec) else { return Ok(()) };
        self.write_doc(&dg)
    }

    fn finish(&mut self) -> std::io::Result<()> {
        for f in &mut self.files {
            f.flush()?;
        }
        Ok(())
    }

    fn close(&mut self) -> std::io::Result<()> {
        if !self.closed {
            self.closed = true;
            self.write_aggregates()?;
        }
        self.finish()
    }
}

impl Drop for Neo4jWriter {
    /// A writer dropped unclosed still writes its nodes (as `BufWriter` flushes): errors are lost.
    fn drop(&mut self) {
        if !self.closed {
            let _ = self.close();
        }
    }
}

#[cfg(feature = "rdf")]
pub use rdf::RdfWriter;

/// RDF output through oxrdf/oxttl: schema.org terms plus the verbatim vocabulary.
#[cfg(feature = "rdf")]
mod rdf {
    use std::io::Write;

    use oxrdf::vocab::{rdf as rdfv, xsd};
    use oxrdf::{Literal, NamedNode, NamedNodeRef as N, TermRef, TripleRef};
    use oxttl::ntriples::LowLevelNTriplesSerializer;
    use oxttl::turtle::LowLevelTurtleSerializer;
    use oxttl::{NTriplesSerializer, TurtleSerializer};

    use super::{closed_error, RecordWriter, WriterOptions};
    use crate::gazetteer::EntityType;
    use crate::graph::{self, DocGraph, Graph};
    use crate::record::DocRecord;

    const S_ARTICLE: N<'static> = N::new_unchecked("http://schema.org/Article");
    const S_QUOTATION: N<'static> = N::new_unchecked("http://schema.org/Quotation");
    const S_PERSON: N<'static> = N::new_unchecked("http://schema.org/Person");
    const S_PLACE: N<'static> = N::new_unchecked("http://schema.org/Place");
    const S_ORGANIZATION: N<'static> = N::new_unchecked("http://schema.org/Organization");
    const S_NAME: N<'static> = N::new_unchecked("http://schema.org/name");
    const S_TEXT: N<'static> = N::new_unchecked("http://schema.org/text");
    const S_CREATOR: N<'static> = N::new_unchecked("http://schema.org/creator");
    const S_IS_PART_OF: N<'static> = N::new_unchecked("http://schema.org/isPartOf");
    const S_MENTIONS: N<'static> = N::new_unchecked("http://schema.org/mentions");
    const S_IDENTIFIER: N<'static> = N::new_unchecked("http://schema.org/identifier");
    const S_URL: N<'static> = N::new_unchecked("http://schema.org/url");
    const S_DATE_PUBLISHED: N<'static> = N::new_unchecked("http://schema.org/datePublished");
    const S_HEADLINE: N<'static> = N::new_unchecked("http://schema.org/headline");
    const OWL_SAME_AS: N<'static> = N::new_unchecked("http://www.w3.org/2002/07/owl#sameAs");
    const V_OCCURRENCE: N<'static> = N::new_unchecked("urn:verbatim:vocab#QuoteOccurrence");
    const V_CO_MENTION: N<'static> = N::new_unchecked("urn:verbatim:vocab#CoMention");
    const V_QUOTE: N<'static> = N::new_unchecked("urn:verbatim:vocab#quote");
    const V_START: N<'static> = N::new_unchecked("urn:verbatim:vocab#start");
    const V_END: N<'static> = N::new_unchecked("urn:verbatim:vocab#end");
    const V_PARTS: N<'static> = N::new_unchecked("urn:verbatim:vocab#parts");
    const V_KIND: N<'static> = N::new_unchecked("urn:verbatim:vocab#kind");
    const V_METHOD: N<'static> = N::new_unchecked("urn:verbatim:vocab#method");
    const V_CONFIDENCE: N<'static> = N::new_unchecked("urn:verbatim:vocab#confidence");
    const V_CUE: N<'static> = N::new_unchecked("urn:verbatim:vocab#cue");
    const V_CUE_START: N<'static> = N::new_unchecked("urn:verbatim:vocab#cueStart");
    const V_CUE_END: N<'static> = N::new_unchecked("urn:verbatim:vocab#cueEnd");
    const V_SPEAKER_AS_WRITTEN: N<'static> = N::new_unchecked("urn:verbatim:vocab#speakerAsWritten");
    const V_UNNAMED_SOURCE: N<'static> = N::new_unchecked("urn:verbatim:vocab#unnamedSource");
    const V_OCCURRENCES: N<'static> = N::new_unchecked("urn:verbatim:vocab#occurrences");
    const V_ARTICLES: N<'static> = N::new_unchecked("urn:verbatim:vocab#articles");
    const V_MENTIONS: N<'static> = N::new_unchecked("urn:verbatim:vocab#mentions");
    const V_QUOTES: N<'static> = N::new_unchecked("urn:verbatim:vocab#quotes");
    const V_QUOTE_OCCURRENCES: N<'static> = N::new_unchecked("urn:verbatim:vocab#quoteOccurrences");
    const V_ENTITY: N<'static> = N::new_unchecked("urn:verbatim:vocab#entity");
    const V_COUNT: N<'static> = N::new_unchecked("urn:verbatim:vocab#count");

    enum Ser {
        Nt(LowLevelNTriplesSerializer),
        Ttl(Box<LowLevelTurtleSerializer>),
    }

    /// RDF N-Triples or Turtle. Articles, their mentions and quote occurrences are streamed;
    /// entity and quote nodes and the whole-run counts (co-mentions, quotes per speaker,
    /// occurrences per quote) come in [`RecordWriter::close`], each node once however many
    /// articles carry it — or when the writer is dropped unclosed, errors then unreported.
    pub struct RdfWriter<W: Write> {
        ser: Ser,
        /// `None` only once `into_inner` took it.
        out: Option<W>,
        graph: Graph,
        base: String,
        closed: bool,
    }

    fn iri_error(e: oxrdf::IriParseError) -> std::io::Error {
        std::io::Error::new(std::io::ErrorKind::InvalidData, format!("invalid IRI: {e}"))
    }

    /// Percent-encodes every byte outside the IRI-unreserved ASCII set, so any document id makes a valid IRI.
    fn encode_segment(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        for b in s.bytes() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                out.push(b as char);
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out
    }

    fn integer(n: impl ToString) -> Literal {
        Literal::new_typed_literal(n.to_string(), xsd::INTEGER)
    }

    impl<W: Write> RdfWriter<W> {
        fn new(ser: Ser, out: W, opts: &WriterOptions) -> crate::Result<RdfWriter<W>> {
            let base = opts.base_iri.trim().to_string();
            NamedNode::new(format!("{base}entity/Q1"))
                .map_err(|e| crate::Error::input("base IRI", &base, format!("not an absolute IRI: {e}")))?;
            Ok(RdfWriter { ser, out: Some(out), graph: Graph::new(opts.min_confidence), base, closed: false })
        }

        /// An N-Triples writer onto `out`.
        pub fn ntriples(out: W, opts: &WriterOptions) -> crate::Result<RdfWriter<W>> {
            RdfWriter::new(Ser::Nt(NTriplesSerializer::new().low_level()), out, opts)
        }

        /// A Turtle writer onto `out`, with the `schema:`, `owl:`, `xsd:`, `wd:`, `vb:` prefixes
        /// and `entity:`, `quote:`, `article:` for the node IRIs.
        pub fn turtle(out: W, opts: &WriterOptions) -> crate::Result<RdfWriter<W>> {
            let base = opts.base_iri.trim();
            let prefixes = [
                ("schema", graph::SCHEMA.to_string()),
                ("owl", graph::OWL.to_string()),
                ("xsd", graph::XSD.to_string()),
                ("wd", graph::WIKIDATA_ENTITY.to_string()),
                ("vb", graph::VOCAB.to_string()),
                ("entity", format!("{base}entity/")),
                ("quote", format!("{base}quote/")),
                ("article", format!("{base}article/")),
            ];
            let mut ser = TurtleSerializer::new();
            for (p, iri) in prefixes {
                ser = ser
                    .with_prefix(p, iri.as_str())
                    .map_err(|e| crate::Error::input("base IRI", base, format!("not an absolute IRI: {e}")))?;
            }
            RdfWriter::new(Ser::Ttl(Box::new(ser.low_level())), out, opts)
        }

        /// The graph built so far (aggregates are final after `close`).
        pub fn graph(&self) -> &Graph {
            &self.graph
        }

        /// Closes the writer (see [`RecordWriter::close`]) and gives back its output.
        pub fn into_inner(mut self) -> std::io::Result<W> {
            self.close()?;
            self.out.take().ok_or_else(closed_error)
        }

        fn node(&self, kind: &str, local: &str) -> std::io::Result<NamedNode> {
            NamedNode::new(format!("{}{kind}/{local}", self.base)).map_err(iri_error)
        }

        fn entity(&self, i: usize) -> std::io::Result<NamedNode> {
            self.node("entity", &self.graph.entities()[i].id)
        }

        fn quote(&self, i: usize) -> std::io::Result<NamedNode> {
            self.node("quote", &self.graph.quotes()[i].id)
        }

        fn triple<'a>(&mut self, s: &'a NamedNode, p: N<'a>, o: impl Into<TermRef<'a>>) -> std::io::Result<()> {
            let t = TripleRef::new(s, p, o);
            let out = self.out.as_mut().ok_or_else(closed_error)?;
            match &mut self.ser {
                Ser::Nt(w) => w.serialize_triple(t, out),
                Ser::Ttl(w) => w.serialize_triple(t, out),
            }
        }

        fn literal(&mut self, s: &NamedNode, p: N<'_>, value: &str) -> std::io::Result<()> {
            self.triple(s, p, &Literal::new_simple_literal(value))
        }

        fn write_doc(&mut self, dg: &DocGraph<'_>) -> std::io::Result<()> {
            let art = self.node("article", &encode_segment(dg.article))?;
            if dg.new_article {
                self.triple(&art, rdfv::TYPE, S_ARTICLE)?;
                self.literal(&art, S_IDENTIFIER, dg.article)?;
                if let Some(url) = dg.url.and_then(|u| NamedNode::new(u).ok()) {
                    self.triple(&art, S_URL, &url)?;
                }
                if let Some(d) = dg.date {
                    self.literal(&art, S_DATE_PUBLISHED, d)?;
                }
                if let Some(t) = dg.title {
                    self.literal(&art, S_HEADLINE, t)?;
                }
            }
            for &(e, _) in &dg.mentions {
                let ent = self.entity(e)?;
                self.triple(&art, S_MENTIONS, &ent)?;
            }
            let mut linked: Vec<usize> = Vec::new();
            for occ in &dg.occurrences {
                let q = occ.record;
                let quote = self.quote(occ.quote)?;
                if !linked.contains(&occ.quote) {
                    linked.push(occ.quote);
                    self.triple(&quote, S_IS_PART_OF, &art)?;
                }
                let o = self.node("occurrence", &format!("{}/{}", encode_segment(dg.article), occ.start()))?;
                self.triple(&o, rdfv::TYPE, V_OCCURRENCE)?;
                self.triple(&o, V_QUOTE, &quote)?;
                self.triple(&o, S_IS_PART_OF, &art)?;
                self.triple(&o, V_START, &integer(occ.start()))?;
                self.triple(&o, V_END, &integer(occ.end()))?;
                self.literal(&o, V_PARTS, &occ.parts())?;
                self.literal(&o, V_KIND, &super::enum_name(q.kind))?;
                self.literal(&o, V_METHOD, &super::enum_name(q.method))?;
                let conf = Literal::new_typed_literal(format!("{:.2}", q.confidence), xsd::DECIMAL);
                self.triple(&o, V_CONFIDENCE, &conf)?;
                if let Some(c) = &q.cue {
                    self.literal(&o, V_CUE, &c.text)?;
                    self.triple(&o, V_CUE_START, &integer(c.start))?;
                    self.triple(&o, V_CUE_END, &integer(c.end))?;
                }
                if let Some(s) = &q.speaker {
                    self.literal(&o, V_SPEAKER_AS_WRITTEN, s)?;
                }
            }
            Ok(())
        }

        fn write_aggregates(&mut self) -> std::io::Result<()> {
            let graph = std::mem::take(&mut self.graph);
            let result = self.write_nodes(&graph);
            self.graph = graph;
            result
        }

        fn write_nodes(&mut self, graph: &Graph) -> std::io::Result<()> {
            for e in graph.entities() {
                let ent = self.node("entity", &e.id)?;
                let class = match e.etype {
                    EntityType::Per => S_PERSON,
                    EntityType::Org => S_ORGANIZATION,
                    EntityType::Loc => S_PLACE,
                };
                self.triple(&ent, rdfv::TYPE, class)?;
                self.literal(&ent, S_NAME, &e.name)?;
                if let Some(q) = &e.wikidata {
                    let wd = NamedNode::new(format!("{}{q}", graph::WIKIDATA_ENTITY)).map_err(iri_error)?;
                    self.triple(&ent, OWL_SAME_AS, &wd)?;
                }
                self.triple(&ent, V_MENTIONS, &integer(e.mentions))?;
                self.triple(&ent, V_ARTICLES, &integer(e.articles))?;
                if e.quotes > 0 {
                    self.triple(&ent, V_QUOTES, &integer(e.quotes))?;
                    self.triple(&ent, V_QUOTE_OCCURRENCES, &integer(e.quote_occurrences))?;
                }
            }
            for q in graph.quotes() {
                let quote = self.node("quote", &q.id)?;
                self.triple(&quote, rdfv::TYPE, S_QUOTATION)?;
                self.literal(&quote, S_TEXT, &q.text)?;
                if let Some(s) = q.speaker {
                    let ent = self.node("entity", &graph.entities()[s].id)?;
                    self.triple(&quote, S_CREATOR, &ent)?;
                }
                if let Some(u) = &q.unnamed_source {
                    self.literal(&quote, V_UNNAMED_SOURCE, u)?;
                }
                self.literal(&quote, V_KIND, &super::enum_name(q.kind))?;
                self.triple(&quote, V_OCCURRENCES, &integer(q.occurrences))?;
                self.triple(&quote, V_ARTICLES, &integer(q.articles))?;
            }
            for c in graph.co_mentions() {
                let (a, b) = (&graph.entities()[c.a].id, &graph.entities()[c.b].id);
                let node = self.node("comention", &format!("{a}/{b}"))?;
                let (ea, eb) = (self.node("entity", a)?, self.node("entity", b)?);
                self.triple(&node, rdfv::TYPE, V_CO_MENTION)?;
                self.triple(&node, V_ENTITY, &ea)?;
                self.triple(&node, V_ENTITY, &eb)?;
                self.triple(&node, V_COUNT, &integer(c.articles))?;
            }
            Ok(())
        }
    }

    impl<W: Write> RecordWriter for RdfWriter<W> {
        fn write(&mut self, rec: &DocRecord) -> std::io::Result<()> {
            if self.closed {
                return Err(closed_error());
            }
            let Some(dg) = self.graph.add(rec) else { return Ok(()) };
            self.write_doc(&dg)
        }

        fn finish(&mut self) -> std::io::Result<()> {
            self.out.as_mut().map_or(Ok(()), |w| w.flush())
        }

        fn close(&mut self) -> std::io::Result<()> {
            if !self.closed {
                self.closed = true;
                self.write_aggregates()?;
                if let (Ser::Ttl(ser), Some(out)) = (&mut self.ser, self.out.as_mut()) {
                    ser.finish(out)?;
                }
            }
            self.finish()
        }
    }

    impl<W: Write> Drop for RdfWriter<W> {
        /// A writer dropped unclosed still writes its nodes (as `BufWriter` flushes): errors are lost.
        fn drop(&mut self) {
            if !self.closed {
                let _ = self.close();
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn vocabulary_terms_live_in_the_documented_namespaces() {
            for t in [V_OCCURRENCE, V_QUOTE, V_CONFIDENCE, V_COUNT, V_SPEAKER_AS_WRITTEN] {
                assert!(t.as_str().starts_with(graph::VOCAB), "{t}");
            }
            for t in [S_QUOTATION, S_TEXT, S_CREATOR, S_IS_PART_OF, S_MENTIONS, S_NAME] {
                assert!(t.as_str().starts_with(graph::SCHEMA), "{t}");
            }
            assert!(OWL_SAME_AS.as_str().starts_with(graph::OWL));
        }

        #[test]
        fn any_document_id_makes_a_valid_iri() {
            assert_eq!(encode_segment("a b/é#"), "a%20b%2F%C3%A9%23");
            let w = RdfWriter::ntriples(Vec::new(), &WriterOptions::default()).unwrap();
            assert!(w.node("article", &encode_segment("<\"weird\" id>\n")).is_ok());
        }

        #[test]
        fn a_base_that_is_not_an_iri_is_an_input_error() {
            let opts = WriterOptions { base_iri: "not an iri".into(), ..WriterOptions::default() };
            let err = RdfWriter::ntriples(Vec::new(), &opts).err().expect("error");
            assert!(err.to_string().contains("base IRI"), "{err}");
        }
    }
}
