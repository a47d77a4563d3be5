//! Records: what verbatim emits for each document — entities and quotes with offsets.
//!
//! Offsets are byte offsets into the original UTF-8 text: `text[start..end]` gives back
//! what the record says (a mention's surface, a quote part, a cue).

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use crate::attribution::Method;
use crate::entities::EntitySource;
use crate::gazetteer::EntityType;
use crate::quotes::QuoteKind;

/// Everything found in one document.
#[derive(Debug, Clone, Serialize)]
pub struct DocRecord {
    /// Document id.
    pub id: String,
    /// The language the document was read in (`fr`, `en`).
    pub lang: String,
    /// Metadata carried from the input (url, date…).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub meta: BTreeMap<String, serde_json::Value>,
    /// Entities in order of first mention.
    pub entities: Vec<EntityRecord>,
    /// Quotes in text order.
    pub quotes: Vec<QuoteRecord>,
    /// Notes on what could not be done as usual (decoding, skipped input).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<String>,
}

/// An entity of the document.
#[derive(Debug, Clone, Serialize)]
pub struct EntityRecord {
    /// Stable id: the gazetteer id, or `TYPE:slug` for names no list knows.
    pub id: String,
    /// The fullest form used in the article, on one line (runs of whitespace as one space).
    pub name: String,
    /// `PER`, `LOC` or `ORG`.
    #[serde(rename = "type")]
    pub etype: EntityType,
    /// Canonical name (the gazetteer's, when linked).
    pub canonical: String,
    /// Wikidata Q-id, when linked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    /// Where it came from.
    pub source: EntitySource,
    /// Distinct surface forms as written.
    pub surfaces: Vec<String>,
    /// Mention byte spans `[start, end]`.
    pub mentions: Vec<[usize; 2]>,
}

/// A cue: the speech verb or marker as written, with its span.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CueRecord {
    /// Text as written (`a déclaré`, `selon`, `:`).
    pub text: String,
    /// Start byte offset.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
}

/// A quote and its attribution.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteRecord {
    /// The words inside the marks; parts split by an incise joined by one space.
    pub text: String,
    /// The speaker's name (fullest form in the article) or an unnamed source's description, on
    /// one line (runs of whitespace as one space).
    pub speaker: Option<String>,
    /// The speaker's entity id.
    pub speaker_id: Option<String>,
    /// The speaker's Wikidata id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_wikidata: Option<String>,
    /// Direct, partial or term.
    pub kind: QuoteKind,
    /// Content byte spans `[start, end]` (inside the marks).
    pub parts: Vec<[usize; 2]>,
    /// The cue, if any.
    pub cue: Option<CueRecord>,
    /// How the speaker was found.
    pub method: Method,
    /// Confidence in the speaker, in [0, 1].
    pub confidence: f32,
}

// The JSONL writer's hot path: the records as serde_json writes them, byte for byte, appended
// to one buffer (no `Write` call per piece), with the keys written as the literals they are
// (serde_json escapes every key), strings checked for escapes eight bytes at a time and the spans
// written as the integers they are. The meta's values other than strings and the confidence are
// left to serde_json.

impl DocRecord {
    /// Writes the record as one JSON object, byte-identical to `serde_json::to_writer`.
    pub fn write_json<W: Write + ?Sized>(&self, out: &mut W) -> io::Result<()> {
        let mut buf = Vec::new();
        self.append_json(&mut buf)?;
        out.write_all(&buf)
    }

    /// Appends the record to `out` as one JSON object, as [`DocRecord::write_json`] writes it.
    pub fn append_json(&self, out: &mut Vec<u8>) -> io::Result<()> {
        str_field(out, b"{\"id\":", &self.id);
        str_field(out, b",\"lang\":", &self.lang);
        if !self.meta.is_empty() {
            out.extend_from_slice(b",\"meta\":");
            json_meta(out, &self.meta)?;
        }
        out.extend_from_slice(b",\"entities\":[");
        for (i, e) in self.entities.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            e.append_json(out);
        }
        out.extend_from_slice(b"],\"quotes\":[");
        for (i, q) in self.quotes.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            q.append_json(out)?;
        }
        out.push(b']');
        if !self.diagnostics.is_empty() {
            out.extend_from_slice(b",\"diagnostics\":");
            json_strs(out, &self.diagnostics);
        }
        out.push(b'}');
        Ok(())
    }
}

impl EntityRecord {
    fn append_json(&self, out: &mut Vec<u8>) {
        str_field(out, b"{\"id\":", &self.id);
        str_field(out, b",\"name\":", &self.name);
        name_field(out, b",\"type\":\"", self.etype.as_str());
        str_field(out, b",\"canonical\":", &self.canonical);
        if let Some(w) = &self.wikidata {
            str_field(out, b",\"wikidata\":", w);
        }
        name_field(out, b",\"source\":\"", self.source.as_str());
        out.extend_from_slice(b",\"surfaces\":");
        json_strs(out, &self.surfaces);
        out.extend_from_slice(b",\"mentions\":");
        json_spans(out, &self.mentions);
        out.push(b'}');
    }
}

impl QuoteRecord {
    fn append_json(&self, out: &mut Vec<u8>) -> io::Result<()> {
        str_field(out, b"{\"text\":", &self.text);
        out.extend_from_slice(b",\"speaker\":");
        json_opt_str(out, self.speaker.as_deref());
        out.extend_from_slice(b",\"speaker_id\":");
        json_opt_str(out, self.speaker_id.as_deref());
        if let Some(w) = &self.speaker_wikidata {
            str_field(out, b",\"speaker_wikidata\":", w);
        }
        name_field(out, b",\"kind\":\"", self.kind.as_str());
        out.extend_from_slice(b",\"parts\":");
        json_spans(out, &self.parts);
        out.extend_from_slice(b",\"cue\":");
        match &self.cue {
            Some(c) => {
                str_field(out, b"{\"text\":", &c.text);
                out.extend_from_slice(b",\"start\":");
                json_uint(out, c.start);
                out.extend_from_slice(b",\"end\":");
                json_uint(out, c.end);
                out.push(b'}');
            }
            None => out.extend_from_slice(b"null"),
        }
        name_field(out, b",\"method\":\"", self.method.as_str());
        out.extend_from_slice(b",\"confidence\":");
        json_leaf(out, &self.confidence)?;
        out.push(b'}');
        Ok(())
    }
}

/// A value with no key of its own to write, by serde_json.
fn json_leaf<T: Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) -> io::Result<()> {
    Ok(serde_json::to_writer(out, v)?)
}

/// The meta as serde_json writes a map: its keys and string values (most values: a URL, a date)
/// by [`json_str`], its other values by serde_json.
fn json_meta(out: &mut Vec<u8>, meta: &BTreeMap<String, serde_json::Value>) -> io::Result<()> {
    out.push(b'{');
    for (i, (k, v)) in meta.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        json_str(out, k);
        out.push(b':');
        match v {
            serde_json::Value::String(s) => json_str(out, s),
            v => json_leaf(out, v)?,
        }
    }
    out.push(b'}');
    Ok(())
}

/// `["a","b",…]`.
fn json_strs(out: &mut Vec<u8>, items: &[String]) {
    out.push(b'[');
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        json_str(out, s);
    }
    out.push(b']');
}

/// `[[start,end],…]`.
fn json_spans(out: &mut Vec<u8>, spans: &[[usize; 2]]) {
    let mut num = itoa::Buffer::new();
    out.push(b'[');
    for (i, &[s, e]) in spans.iter().enumerate() {
        out.extend_from_slice(if i > 0 { b",[" } else { b"[" });
        out.extend_from_slice(num.format(s).as_bytes());
        out.push(b',');
        out.extend_from_slice(num.format(e).as_bytes());
        out.push(b']');
    }
    out.push(b']');
}

/// An integer in decimal, as serde_json writes it.
fn json_uint(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// A string or `null`.
fn json_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => json_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// The key `key` (its bytes as written: separator, quoted name, colon) and the string `s`.
fn str_field(out: &mut Vec<u8>, key: &[u8], s: &str) {
    out.extend_from_slice(key);
    json_str(out, s);
}

/// The key `key` with the opening quote of its value, and `name`, one of the fixed names of a
/// type, source, kind or method (letters and `_`: nothing to escape).
fn name_field(out: &mut Vec<u8>, key: &[u8], name: &str) {
    debug_assert_eq!(next_escape(name.as_bytes(), 0), name.len());
    out.extend_from_slice(key);
    out.extend_from_slice(name.as_bytes());
    out.push(b'"');
}

/// The bytes of eight that JSON escapes (below 0x20, `"` and `\\`), each marked by its high bit.
/// The lowest marked byte is exact: the zero-byte tests only err above a byte they rightly mark.
fn escapes(w: u64) -> u64 {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    let (q, b) = (w ^ (ONES * u64::from(b'"')), w ^ (ONES * u64::from(b'\\')));
    ((w.wrapping_sub(ONES * 0x20) & !w) | (q.wrapping_sub(ONES) & !q) | (b.wrapping_sub(ONES) & !b)) & (ONES * 0x80)
}

/// The offset of the first byte at or after `i` in `b` that JSON escapes, or `b.len()`.
fn next_escape(b: &[u8], mut i: usize) -> usize {
    let word = |at: usize| u64::from_le_bytes(b[at..at + 8].try_into().expect("eight bytes"));
    let from = i;
    while i + 8 <= b.len() {
        let m = escapes(word(i));
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    if i == b.len() {
        return i;
    }
    // The last eight bytes when they are all past `from`: those before `i` were found clean, and
    // a clean byte neither is marked nor lends a borrow, so the lowest mark is still exact.
    if b.len() >= from + 8 {
        let m = escapes(word(b.len() - 8));
        return if m == 0 { b.len() } else { b.len() - 8 + (m.trailing_zeros() / 8) as usize };
    }
    // The last few bytes, padded with spaces (not the bytes before them: an escape just
    // written out there could mark the first of them).
    let rest = &b[i..];
    let mut pad = [b' '; 8];
    pad[..rest.len()].copy_from_slice(rest);
    let m = escapes(u64::from_le_bytes(pad));
    if m == 0 {
        b.len()
    } else {
        i + (m.trailing_zeros() / 8) as usize
    }
}

/// A JSON string escaped as serde_json escapes it: `"`, `\\` and the control characters
/// (`\n`, `\t`… or `\u00xx`); every other byte as it is.
fn json_str(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut done = 0;
    loop {
        let i = next_escape(b, done);
        out.extend_from_slice(&b[done..i]);
        let Some(&c) = b.get(i) else { break };
        match c {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            _ => out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[usize::from(c >> 4)], HEX[usize::from(c & 0xf)]]),
        }
        done = i + 1;
    }
    out.push(b'"');
}

const HEX: [u8; 16] = *b"0123456789abcdef";

#[cfg(test)]
mod tests {
    use super::*;

    fn json(rec: &DocRecord) -> String {
        let mut out = Vec::new();
        rec.write_json(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Strings that exercise every escape, every word position of an escape, and non-ASCII text.
    fn tricky() -> Vec<String> {
        let mut v: Vec<String> = [
            "",
            "a",
            "Emmanuel Macron",
            "« Nous y arriverons », a-t-il dit",
            "l\u{2019}État, c\u{2019}est moi — 東京 🙂",
            "quote \" backslash \\ slash / tab \t nl \n cr \r",
            "\u{8}\u{c}\u{0}\u{1}\u{1f}\u{7f}\u{80}",
            "exactly8",
            "seven77",
            "nine99999",
            "sixteen bytes!!!",
            "ends with a quote\"",
            "\"starts with a quote",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Each escape at every offset of a word and of the tail.
        for c in ['"', '\\', '\n', '\u{3}', '\u{1f}'] {
            for n in 0..20 {
                v.push(format!("{}{c}{}", "x".repeat(n), "é".repeat(20 - n)));
                // Low bytes right after an escape (a borrow out of it must not mark them).
                v.push(format!("{}{c} !#{c}{}", "x".repeat(n), "x".repeat(20 - n)));
            }
            // Short strings and tails: the escape at every offset of 1 to 9 bytes.
            for len in 1..10 {
                for at in 0..len {
                    v.push(format!("{}{c}{}", "y".repeat(at), "y".repeat(len - 1 - at)));
                }
            }
        }
        v
    }

    fn record(strings: &[String], with_meta: bool) -> DocRecord {
        let s = |i: usize| strings[i % strings.len()].clone();
        let mut meta = BTreeMap::new();
        if with_meta {
            meta.insert("url".to_string(), serde_json::json!("https://example.org/a?b=\"c\""));
            meta.insert("n\u{e9}\"x".to_string(), serde_json::json!({"a": [1, 2.5, null, true], "b": "\u{1}"}));
        }
        let entities = (0..strings.len())
            .map(|i| EntityRecord {
                id: s(i),
                name: s(i + 1),
                etype: [EntityType::Per, EntityType::Loc, EntityType::Org][i % 3],
                canonical: s(i + 2),
                wikidata: (i % 2 == 0).then(|| s(i + 3)),
                source: if i % 3 == 0 { EntitySource::Gazetteer } else { EntitySource::Name },
                surfaces: (0..i % 4).map(|j| s(i + j)).collect(),
                mentions: (0..i % 3).map(|j| [i * 10 + j, usize::MAX - j]).collect(),
            })
            .collect();
        let methods = [
            Method::Explicit,
            Method::Pronoun,
            Method::Apposition,
            Method::Role,
            Method::Selon,
            Method::Headline,
            Method::CarriedOver,
            Method::Repeated,
            Method::Organization,
            Method::Unnamed,
            Method::Context,
            Method::None,
        ];
        let quotes = (0..strings.len())
            .map(|i| QuoteRecord {
                text: s(i),
                speaker: (i % 3 != 0).then(|| s(i + 5)),
                speaker_id: (i % 4 != 0).then(|| s(i + 6)),
                speaker_wikidata: (i % 5 == 0).then(|| s(i + 7)),
                kind: [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Term][i % 3],
                parts: (0..i % 3).map(|j| [j, j + i]).collect(),
                cue: (i % 2 == 1).then(|| CueRecord { text: s(i + 8), start: i, end: i + 3 }),
                method: methods[i % methods.len()],
                confidence: [0.0, 0.7, 1.0, 0.123_456_79, 0.95, f32::NAN][i % 6],
            })
            .collect();
        DocRecord {
            id: s(3),
            lang: "fr".to_string(),
            meta,
            entities,
            quotes,
            diagnostics: if with_meta { vec![s(4), s(5)] } else { Vec::new() },
        }
    }

    #[test]
    fn write_json_is_serde_json_byte_for_byte() {
        let strings = tricky();
        for with_meta in [false, true] {
            let rec = record(&strings, with_meta);
            assert_eq!(json(&rec), serde_json::to_string(&rec).unwrap());
        }
        let empty = DocRecord {
            id: String::new(),
            lang: String::new(),
            meta: BTreeMap::new(),
            entities: Vec::new(),
            quotes: Vec::new(),
            diagnostics: Vec::new(),
        };
        assert_eq!(json(&empty), serde_json::to_string(&empty).unwrap());
    }
}
