//! JSONL: one JSON object per line; the text and id fields are configurable, every other
//! field is carried into the record's `meta`. A malformed line is rejected with its line
//! number and the reader goes on with the next one.
//!
//! A [`JsonlReader::deferred`] reader only cuts lines: each one is parsed by
//! [`RawDoc::prepare`], so that parsing runs on the worker threads, and the lines that a shard or
//! a resumed run skips are never parsed.

use std::fmt;
use std::io::BufRead;
use std::sync::Arc;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::{Map, Value};

use super::{encoding, read_line_bounded, sniff_json_id, utf8, Body, Location, Meta, RawDoc, ReadOptions, Rejected};

/// Documents from a JSONL stream, one per non-blank line, in order.
pub struct JsonlReader<R: BufRead> {
    r: R,
    how: Arc<LineFormat>,
    line: u64,
    buf: Vec<u8>,
    done: bool,
    deferred: bool,
}

/// What every line of one stream shares: the fields to read and the stem that names documents
/// without an id.
#[derive(Debug)]
struct LineFormat {
    opts: ReadOptions,
    stem: String,
}

/// A JSONL line cut but not parsed yet ([`JsonlReader::deferred`]); [`RawDoc::prepare`] parses it.
#[derive(Debug, Clone)]
pub struct JsonLine {
    bytes: Vec<u8>,
    line: u64,
    how: Arc<LineFormat>,
}

impl JsonLine {
    /// Its size in bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Whether it is empty (never, for a line a reader gives).
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The document of this line, or why it is rejected: the same as an eager reader gives.
    pub fn parse(&self) -> Result<RawDoc, Rejected> {
        self.how.parse(&self.bytes, self.line)
    }
}

impl<R: BufRead> JsonlReader<R> {
    /// A reader over `r`; `stem` (the file's stem) names documents that have no id (`stem:line`).
    pub fn new(r: R, opts: &ReadOptions, stem: &str) -> Self {
        let how = Arc::new(LineFormat { opts: opts.clone(), stem: stem.to_string() });
        JsonlReader { r, how, line: 0, buf: Vec::new(), done: false, deferred: false }
    }

    /// Leaves each line unparsed ([`Body::Json`], id `stem:line` until parsed), for
    /// [`RawDoc::prepare`] to parse on whichever thread prepares it. Lines over the size limit
    /// are still rejected here.
    pub fn deferred(mut self) -> Self {
        self.deferred = true;
        self
    }
}

impl LineFormat {
    fn parse(&self, bytes: &[u8], line: u64) -> Result<RawDoc, Rejected> {
        let loc = Location::Line(line);
        let mut diagnostics = Vec::new();
        let decoded;
        let s = match utf8(bytes) {
            Some(s) => s,
            None => {
                let (s, enc) = encoding::decode(bytes);
                diagnostics.extend(enc.diagnostic());
                decoded = s;
                &decoded
            }
        };
        let fields = Fields { id: &self.opts.id_field, text: &self.opts.text_field, raw_text: TextSeed::for_line(s) };
        let mut de = serde_json::Deserializer::from_str(s);
        let (id, text, meta) = match fields.deserialize(&mut de).and_then(|line| de.end().map(|()| line)) {
            Ok(line) => line,
            // Not an object, or not JSON: read as a value for the same verdict and message.
            Err(_) => {
                let sniffed = || sniff_json_id(bytes, &self.opts.id_field);
                let mut obj: Map<String, Value> = match serde_json::from_str::<Value>(s) {
                    Ok(Value::Object(o)) => o,
                    Ok(_) => return Err(Rejected::new(loc, sniffed(), "not a JSON object")),
                    Err(e) => return Err(Rejected::new(loc, sniffed(), format!("malformed JSON: {e}"))),
                };
                let (id, text) = (obj.remove(&self.opts.id_field), obj.remove(&self.opts.text_field));
                (id, text, obj.into_iter().collect())
            }
        };
        let id = match id {
            None | Some(Value::Null) => line_id(&self.stem, line),
            Some(Value::String(s)) => s,
            Some(v) => v.to_string(),
        };
        let text = match text {
            Some(Value::String(s)) => s,
            None | Some(Value::Null) => {
                return Err(Rejected::new(loc, Some(id), format!("no \"{}\" field", self.opts.text_field)))
            }
            Some(_) => {
                return Err(Rejected::new(loc, Some(id), format!("field \"{}\" is not a string", self.opts.text_field)))
            }
        };
        Ok(RawDoc { id, location: loc, meta, body: Body::Text(text), diagnostics })
    }
}

/// `stem:line`, the id of a document named by its position: made for every deferred line, so
/// built by appending (`format!` costs several times as much).
fn line_id(stem: &str, line: u64) -> String {
    let n = line.to_string();
    let mut id = String::with_capacity(stem.len() + 1 + n.len());
    id.push_str(stem);
    id.push(':');
    id.push_str(&n);
    id
}

/// Reads a JSON object straight into its id and text fields and the other fields (the meta),
/// with no intermediate map; any other value is an error.
struct Fields<'o> {
    id: &'o str,
    text: &'o str,
    /// Set when the text field may be read as a byte string (see [`TextSeed`]).
    raw_text: Option<TextSeed>,
}

/// Reads the text field as serde_json reads a byte string, which finds the quotes and
/// backslashes with `memchr` where reading a string checks every byte for a control character.
/// Made by [`TextSeed::for_line`] for a line where both readings give the same string, and only
/// used on that line.
#[derive(Clone, Copy)]
struct TextSeed(());

impl TextSeed {
    /// A seed for `line` when it has no control character and no `\u` escape: the two things
    /// the byte-string reading lets through (raw control characters, lone surrogates) and the
    /// string reading rejects. Any other line reads its text as a string.
    fn for_line(line: &str) -> Option<TextSeed> {
        let b = line.as_bytes();
        // Two passes with no early exit, which the compiler vectorizes: the smallest byte, and
        // whether a backslash is followed by a `u`.
        let no_control = b.iter().fold(u8::MAX, |m, &x| m.min(x)) >= 0x20;
        let u_escape = b
            .iter()
            .zip(b.get(1..).unwrap_or_default())
            .fold(0u8, |any, (&x, &y)| any | (u8::from(x == b'\\') & u8::from(y == b'u')));
        (no_control && u_escape == 0).then_some(TextSeed(()))
    }
}

impl<'de> DeserializeSeed<'de> for TextSeed {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_bytes(self)
    }
}

impl<'de> Visitor<'de> for TextSeed {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_bytes<E: de::Error>(self, b: &[u8]) -> Result<Value, E> {
        // SAFETY: the seed reads a string of the `&str` line `for_line` accepted, which has no
        // `\u` escape: serde_json gives the bytes of the line between the string's quotes and
        // backslashes (ASCII, so the cuts fall between chars: whole UTF-8 chars) and one ASCII
        // byte for each other escape. That is UTF-8.
        Ok(Value::String(unsafe { String::from_utf8_unchecked(b.to_vec()) }))
    }
}

/// A key of the object: the id field, the text field, or another (kept as meta).
enum Key {
    Id,
    Text,
    Other(String),
}

impl<'de> DeserializeSeed<'de> for Fields<'_> {
    type Value = (Option<Value>, Option<Value>, Meta);

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Fields<'_> {
    type Value = (Option<Value>, Option<Value>, Meta);

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut id, mut text, mut meta) = (None, None, Meta::new());
        // A repeated key keeps its last value, as in a map.
        while let Some(key) = map.next_key_seed(KeySeed(&self))? {
            match key {
                Key::Id => id = Some(map.next_value()?),
                Key::Text => {
                    text = Some(match self.raw_text {
                        Some(seed) => map.next_value_seed(seed)?,
                        None => map.next_value()?,
                    })
                }
                Key::Other(k) => {
                    meta.insert(k, map.next_value()?);
                }
            }
        }
        Ok((id, text, meta))
    }
}

/// Reads a key, allocating only for the meta fields.
struct KeySeed<'a, 'o>(&'a Fields<'o>);

impl<'de> DeserializeSeed<'de> for KeySeed<'_, '_> {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_, '_> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, k: &str) -> Result<Key, E> {
        Ok(if k == self.0.id {
            Key::Id
        } else if k == self.0.text {
            Key::Text
        } else {
            Key::Other(k.to_string())
        })
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<RawDoc, Rejected>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let max = self.how.opts.max_doc_bytes;
            let mut buf = std::mem::take(&mut self.buf);
            let read = read_line_bounded(&mut self.r, &mut buf, max);
            self.line += 1;
            let item = match read {
                Err(e) => {
                    self.done = true;
                    Some(Err(Rejected::new(Location::Line(self.line), None, format!("cannot read: {e}"))))
                }
                Ok(None) => {
                    self.done = true;
                    None
                }
                Ok(Some((len, _))) if len > max => Some(Err(Rejected::new(
                    Location::Line(self.line),
                    sniff_json_id(&buf, &self.how.opts.id_field),
                    format!("line of {len} bytes over the {max}-byte limit"),
                ))),
                Ok(Some(_)) => {
                    let bytes = buf.trim_ascii();
                    (!bytes.is_empty()).then(|| {
                        if self.deferred {
                            let line = JsonLine { bytes: bytes.to_vec(), line: self.line, how: self.how.clone() };
                            Ok(RawDoc {
                                id: line_id(&self.how.stem, self.line),
                                location: Location::Line(self.line),
                                meta: Meta::new(),
                                body: Body::Json(line),
                                diagnostics: Vec::new(),
                            })
                        } else {
                            self.how.parse(bytes, self.line)
                        }
                    })
                }
            };
            self.buf = buf;
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

    fn read(input: &str, opts: &ReadOptions) -> Vec<Result<RawDoc, Rejected>> {
        JsonlReader::new(input.as_bytes(), opts, "f").collect()
    }

    #[test]
    fn fields_ids_and_meta() {
        let items = read(
            "{\"id\":\"a\",\"text\":\"Bonjour\",\"url\":\"https://x.fr\",\"date\":\"2024-01-02\"}\n\n{\"text\":\"Sans id\"}\r\n{\"id\":7,\"text\":\"N\"}",
            &ReadOptions::default(),
        );
        let docs: Vec<RawDoc> = items.into_iter().map(|r| r.unwrap()).collect();
        assert_eq!(docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["a", "f:3", "7"]);
        assert_eq!(docs[0].meta["url"], "https://x.fr");
        assert_eq!(docs[0].meta["date"], "2024-01-02");
        assert!(!docs[0].meta.contains_key("text"));
        assert_eq!(docs[1].location, Location::Line(3));
    }

    #[test]
    fn custom_fields() {
        let opts = ReadOptions { text_field: "body".into(), id_field: "uid".into(), ..ReadOptions::default() };
        let d = read("{\"uid\":\"u1\",\"body\":\"Texte\",\"id\":\"autre\"}", &opts).remove(0).unwrap();
        assert_eq!(d.id, "u1");
        assert_eq!(d.meta["id"], "autre");
        assert!(matches!(d.body, Body::Text(ref t) if t == "Texte"));
    }

    #[test]
    fn malformed_lines_are_rejected_and_reading_goes_on() {
        let items = read(
            "{\"id\":\"ok1\",\"text\":\"a\"}\n{\"id\":\"bad\",\"text\":\"a\n[1,2]\n{\"id\":\"nt\"}\n{\"id\":\"num\",\"text\":3}\n{\"id\":\"ok2\",\"text\":\"b\"}\n",
            &ReadOptions::default(),
        );
        assert_eq!(items.len(), 6);
        let e = items[1].as_ref().unwrap_err();
        assert_eq!((e.location, e.id.as_deref()), (Location::Line(2), Some("bad")));
        assert!(e.reason.starts_with("malformed JSON"), "{e}");
        assert!(items[2].as_ref().unwrap_err().reason.contains("not a JSON object"));
        assert!(items[3].as_ref().unwrap_err().reason.contains("no \"text\" field"));
        assert!(items[4].as_ref().unwrap_err().reason.contains("not a string"));
        assert_eq!(items[5].as_ref().unwrap().id, "ok2");
    }

    #[test]
    fn repeated_keys_keep_their_last_value() {
        let d = read(
            "{\"id\":\"a\",\"text\":\"un\",\"u\":1,\"id\":\"b\",\"u\":2,\"text\":\"deux\"}",
            &ReadOptions::default(),
        )
        .remove(0)
        .unwrap();
        assert_eq!(d.id, "b");
        assert_eq!(d.meta["u"], 2);
        assert!(matches!(d.body, Body::Text(ref t) if t == "deux"));
    }

    #[test]
    fn over_long_line_is_rejected_without_losing_the_next() {
        let opts = ReadOptions { max_doc_bytes: 40, ..ReadOptions::default() };
        let long = format!("{{\"id\":\"long\",\"text\":\"{}\"}}", "x".repeat(100));
        let items = read(&format!("{long}\n{{\"id\":\"s\",\"text\":\"y\"}}\n"), &opts);
        let e = items[0].as_ref().unwrap_err();
        assert_eq!(e.id.as_deref(), Some("long"));
        assert!(e.reason.contains("over the 40-byte limit"), "{e}");
        assert_eq!(items[1].as_ref().unwrap().id, "s");
    }

    #[test]
    fn deferred_lines_parse_to_what_the_eager_reader_gives() {
        let input = b"{\"id\":\"a\",\"text\":\"Oui\",\"url\":\"u\"}\n\n{\"text\":\"sans id\"}\n{\"id\":\"bad\",\"text\":\n[1]\n{\"id\":\"l1\",\"text\":\"d\xe9j\xe0\"}\n";
        let opts = ReadOptions::default();
        let eager: Vec<_> = JsonlReader::new(&input[..], &opts, "f").collect();
        let lazy: Vec<_> = JsonlReader::new(&input[..], &opts, "f").deferred().collect();
        assert_eq!(eager.len(), lazy.len());
        for (e, l) in eager.iter().zip(&lazy) {
            let l = l.as_ref().expect("a deferred line is only cut");
            assert!(matches!(l.body, Body::Json(_)), "{l:?}");
            let Body::Json(line) = &l.body else { unreachable!() };
            let parsed = line.parse();
            match (e, &parsed) {
                (Ok(e), Ok(p)) => {
                    assert_eq!(
                        (&e.id, &e.location, &e.meta, &e.diagnostics),
                        (&p.id, &p.location, &p.meta, &p.diagnostics)
                    );
                    assert!(matches!((&e.body, &p.body), (Body::Text(a), Body::Text(b)) if a == b));
                }
                (Err(e), Err(p)) => assert_eq!(e, p),
                _ => panic!("eager {e:?}, deferred {parsed:?}"),
            }
        }
        // Until parsed, a line is named by its position.
        assert_eq!(lazy[2].as_ref().unwrap().id, "f:4");
        assert_eq!(lazy[2].as_ref().unwrap().clone().prepare().unwrap_err().id.as_deref(), Some("bad"));
    }

    /// The text field read as a byte string (or as a string where that would differ) is what
    /// serde_json reads as a string: every escape, non-ASCII text, raw control characters and lone
    /// surrogates (rejected), JSON whitespace, values that are not strings.
    #[test]
    fn text_reads_as_serde_json_reads_a_string() {
        let texts = [
            r#""plain""#,
            r#""""#,
            "\"é à « guillemets » — 😀\"",
            r#""a\"b\\c\/d\be\ff\ng\rh\ti\"""#,
            r#""\u00e9t\u00E9 \u0041""#,
            r#""\ud83d\ude00 emoji""#,
            r#""lone \ud800 surrogate""#,
            r#""lone \ud800\n then escape""#,
            r#""lone \udc00 trailing""#,
            r#""back\\u0041slash""#,
            "\"raw\ttab\"",
            "\"raw\u{1}control\"",
            "\"x\"\t",
            "\"x\" \r",
            r#""bad \x escape""#,
            r#""unterminated"#,
            r#"["a"]"#,
            "[97]",
            "3",
            "null",
        ];
        for t in texts {
            let line = format!("{{\"id\":\"i\",\"text\":{t}}}");
            let got = read(&line, &ReadOptions::default()).remove(0);
            match serde_json::from_str::<Value>(&line) {
                Ok(v) => match &v["text"] {
                    Value::String(want) => {
                        assert!(matches!(&got, Ok(RawDoc { body: Body::Text(s), .. }) if s == want), "{line}: {got:?}")
                    }
                    _ => assert!(got.is_err(), "{line}: {got:?}"),
                },
                Err(e) => assert_eq!(got.unwrap_err().reason, format!("malformed JSON: {e}"), "{line}"),
            }
        }
    }

    #[test]
    fn latin1_line_is_decoded_with_a_note() {
        let bytes = b"{\"id\":\"l1\",\"text\":\"\xabOui\xbb, a d\xe9clar\xe9 Jean\"}\n".to_vec();
        let d = JsonlReader::new(&bytes[..], &ReadOptions::default(), "f").next().unwrap().unwrap();
        assert!(matches!(d.body, Body::Text(ref t) if t == "«Oui», a déclaré Jean"));
        assert!(d.diagnostics[0].contains("Windows-1252"));
    }
}
