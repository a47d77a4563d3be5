//! Compiled gazetteers: entries and name tries saved in one binary file that loads in a fraction
//! of a second, where building a million-name index from TSV takes seconds.
//!
//! Layout (little-endian): the 8-byte [`MAGIC`], a `u32` format version, the `u64` payload length,
//! a `u64` checksum of the payload, then the payload: the entries (`u32` count; per entry the id,
//! type, name, aliases, Wikidata id, roles and gender, strings as `u32` length + UTF-8), then the
//! name index (patterns, shared-key table and two crawdad tries). A truncated, corrupted or
//! foreign file is an error naming the file and the byte where reading stopped — never a panic.
//!
//! ```
//! use verbatim::gazetteer::{compiled, Gazetteer, Matcher};
//! use verbatim::fold::Folded;
//!
//! let mut g = Gazetteer::new();
//! g.add_tsv("id\ttype\tname\taliases\nloc_lyon\tLOC\tLyon\t\n", "mine.tsv").unwrap();
//! let mut bytes = Vec::new();
//! compiled::write_compiled(&g, &mut bytes).unwrap();
//! assert!(compiled::is_compiled(&bytes));
//! let c = compiled::CompiledGazetteer::from_bytes(&bytes, "mine.vgaz").unwrap();
//! let m = Matcher::from_compiled(c).unwrap();
//! let text = "Il vit à Lyon.";
//! assert_eq!(m.find(text, &Folded::new(text)).len(), 1);
//! ```

use std::io::Write;

use super::trie::TrieIndex;
use super::{collect_patterns, EntityType, Entry, Gazetteer};
use crate::error::{Error, Result};
use crate::lang::Gender;

/// The first 8 bytes of a compiled gazetteer (a NUL first, so no TSV file starts this way).
pub const MAGIC: [u8; 8] = *b"\0VRBGAZ\n";

/// The format version this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

const HEADER_LEN: usize = 8 + 4 + 8 + 8;

/// Whether `bytes` start like a compiled gazetteer (to tell it from a TSV file).
pub fn is_compiled(bytes: &[u8]) -> bool {
    bytes.starts_with(&MAGIC)
}

/// What [`write_compiled`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompileStats {
    /// Entries written.
    pub entries: usize,
    /// Name patterns (one per folded name and case rule).
    pub patterns: usize,
    /// Bytes written.
    pub bytes: usize,
}

/// A gazetteer read from a compiled file, ready to become a [`super::Matcher`] layer.
#[derive(Debug)]
pub struct CompiledGazetteer {
    pub(crate) origin: String,
    pub(crate) entries: Vec<Entry>,
    pub(crate) index: TrieIndex,
}

/// Compiles the entries of `g` (name tries included) and writes them to `out`.
pub fn write_compiled<W: Write>(g: &Gazetteer, mut out: W) -> Result<CompileStats> {
    let entries = g.entries();
    let (keys, patterns, _, _) = collect_patterns(entries);
    let index = TrieIndex::build(&keys, patterns)?;
    drop(keys);
    let mut p: Vec<u8> = Vec::new();
    put_u32(&mut p, entries.len() as u32);
    for e in entries {
        put_str(&mut p, &e.id);
        p.push(match e.etype {
            EntityType::Per => 0,
            EntityType::Loc => 1,
            EntityType::Org => 2,
        });
        put_str(&mut p, &e.name);
        put_u32(&mut p, e.aliases.len() as u32);
        for a in &e.aliases {
            put_str(&mut p, a);
        }
        put_str(&mut p, e.wikidata.as_deref().unwrap_or(""));
        put_u32(&mut p, e.roles.len() as u32);
        for r in &e.roles {
            put_str(&mut p, r);
        }
        p.push(match e.gender {
            Gender::M => 1,
            Gender::F => 2,
            Gender::U => 0,
        });
    }
    index.write(&mut p);
    let mut head = Vec::with_capacity(HEADER_LEN);
    head.extend_from_slice(&MAGIC);
    head.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    head.extend_from_slice(&(p.len() as u64).to_le_bytes());
    head.extend_from_slice(&checksum(&p).to_le_bytes());
    let io = |e| Error::io("writing the compiled gazetteer", e);
    out.write_all(&head).map_err(io)?;
    out.write_all(&p).map_err(io)?;
    out.flush().map_err(io)?;
    Ok(CompileStats { entries: entries.len(), patterns: index.pattern_count(), bytes: head.len() + p.len() })
}

impl CompiledGazetteer {
    /// Reads a compiled gazetteer from its bytes (`origin` names the file in errors).
    pub fn from_bytes(bytes: &[u8], origin: &str) -> Result<CompiledGazetteer> {
        let mut r = Reader { buf: bytes, pos: 0, origin };
        if !is_compiled(bytes) {
            return Err(r.err("not a compiled gazetteer (bad magic bytes)"));
        }
        r.pos = MAGIC.len();
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(r.err(format!(
                "compiled gazetteer format {version}, this build reads format {FORMAT_VERSION}: compile it again"
            )));
        }
        let len = r.u64()?;
        let sum = r.u64()?;
        let len = usize::try_from(len).map_err(|_| r.err("payload length too large"))?;
        if bytes.len() - HEADER_LEN != len {
            return Err(r.err(format!(
                "truncated or padded file: the header announces {len} payload bytes, the file has {}",
                bytes.len() - HEADER_LEN
            )));
        }
        if checksum(&bytes[HEADER_LEN..]) != sum {
            return Err(r.err("checksum mismatch: the file is corrupted"));
        }
        let n = r.count(15)?;
        let mut entries = Vec::with_capacity(n);
        for _ in 0..n {
            entries.push(read_entry(&mut r)?);
        }
        let index = TrieIndex::read(&mut r, entries.len())?;
        if r.pos != bytes.len() {
            return Err(r.err("unexpected bytes after the name index"));
        }
        Ok(CompiledGazetteer { origin: origin.to_string(), entries, index })
    }

    /// The entries, in the order of the compiled file.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Number of name patterns.
    pub fn pattern_count(&self) -> usize {
        self.index.pattern_count()
    }
}

fn read_entry(r: &mut Reader<'_>) -> Result<Entry> {
    let id = r.str()?.to_string();
    let etype = match r.u8()? {
        0 => EntityType::Per,
        1 => EntityType::Loc,
        2 => EntityType::Org,
        t => return Err(r.err(format!("unknown entity type code {t}"))),
    };
    let name = r.str()?.to_string();
    let n = r.count(4)?;
    let aliases = (0..n).map(|_| r.str().map(str::to_string)).collect::<Result<Vec<String>>>()?;
    let wikidata = r.str()?;
    let wikidata = (!wikidata.is_empty()).then(|| wikidata.to_string());
    let n = r.count(4)?;
    let roles = (0..n).map(|_| r.str().map(str::to_string)).collect::<Result<Vec<String>>>()?;
    let gender = match r.u8()? {
        1 => Gender::M,
        2 => Gender::F,
        _ => Gender::U,
    };
    Ok(Entry { id, etype, name, aliases, wikidata, roles, gender })
}

/// A bounds-checked little-endian reader over a compiled file.
pub(crate) struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    origin: &'a str,
}

impl<'a> Reader<'a> {
    /// An error at the current byte.
    pub(crate) fn err(&self, msg: impl Into<String>) -> Error {
        Error::input(self.origin, format_args!("byte {}", self.pos), msg)
    }

    /// The next `n` bytes.
    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.buf.len());
        let Some(end) = end else {
            return Err(self.err(format!("truncated file: {n} more bytes expected")));
        };
        let b = &self.buf[self.pos..end];
        self.pos = end;
        Ok(b)
    }

    pub(crate) fn u8(&mut self) -> Result<u8> {
        Ok(self.bytes(1)?[0])
    }

    pub(crate) fn u32(&mut self) -> Result<u32> {
        let b = self.bytes(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub(crate) fn u64(&mut self) -> Result<u64> {
        let b = self.bytes(8)?;
        Ok(u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
    }

    /// A `u32` item count, checked against the bytes left (items take at least `min_bytes`).
    pub(crate) fn count(&mut self, min_bytes: usize) -> Result<usize> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_bytes) > self.buf.len() - self.pos {
            return Err(self.err(format!("count {n} exceeds what the file holds")));
        }
        Ok(n)
    }

    /// A `u32`-length-prefixed UTF-8 string.
    pub(crate) fn str(&mut self) -> Result<&'a str> {
        let n = self.u32()? as usize;
        let b = self.bytes(n)?;
        std::str::from_utf8(b).map_err(|_| self.err("invalid UTF-8 in a string"))
    }
}

fn put_u32(out: &mut Vec<u8>, x: u32) {
    out.extend_from_slice(&x.to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_u32(out, s.len() as u32);
    out.extend_from_slice(s.as_bytes());
}

/// A fast non-cryptographic checksum (four multiply-rotate lanes over 8-byte words).
fn checksum(data: &[u8]) -> u64 {
    const K: [u64; 4] = [0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x85EB_CA77_C2B2_AE63];
    let mut h = [K[0] ^ data.len() as u64, K[1], K[2], K[3]];
    let mut blocks = data.chunks_exact(32);
    for b in &mut blocks {
        for (l, w) in b.chunks_exact(8).enumerate() {
            let w = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
            h[l] = (h[l] ^ w).wrapping_mul(K[l]).rotate_left(31);
        }
    }
    let mut acc = h.iter().fold(0u64, |a, &x| (a ^ x).wrapping_mul(K[0]).rotate_left(27));
    for &b in blocks.remainder() {
        acc = (acc ^ b as u64).wrapping_mul(K[1]).rotate_left(23);
    }
    acc ^ (acc >> 29)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let mut g = Gazetteer::new();
        g.add_tsv(
            "id\ttype\tname\taliases\twikidata\troles\tgender\n\
             per_a\tPER\tAnne Durand\tDurand\tQ1\tministre de la culture\tf\n\
             org_b\tORG\tBanque de France\tBDF\t\t\t\n",
            "s.tsv",
        )
        .unwrap();
        let mut out = Vec::new();
        write_compiled(&g, &mut out).unwrap();
        out
    }

    #[test]
    fn round_trip_keeps_entries() {
        let c = CompiledGazetteer::from_bytes(&sample(), "s.vgaz").unwrap();
        let e = &c.entries()[0];
        assert_eq!((e.id.as_str(), e.name.as_str(), e.gender), ("per_a", "Anne Durand", Gender::F));
        assert_eq!(e.roles, vec!["ministre de la culture".to_string()]);
        assert_eq!(c.entries()[1].wikidata, None);
        assert_eq!(c.pattern_count(), 4);
    }

    #[test]
    fn every_truncation_is_an_error() {
        let b = sample();
        for n in 0..b.len() {
            assert!(CompiledGazetteer::from_bytes(&b[..n], "t.vgaz").is_err(), "truncated at {n}");
        }
    }

    #[test]
    fn corruption_and_versions_are_reported() {
        let mut b = sample();
        let last = b.len() - 1;
        b[last] ^= 0x55;
        let err = CompiledGazetteer::from_bytes(&b, "c.vgaz").unwrap_err().to_string();
        assert!(err.contains("c.vgaz") && err.contains("checksum"), "{err}");
        let mut b = sample();
        b[8] = 9;
        let err = CompiledGazetteer::from_bytes(&b, "v.vgaz").unwrap_err().to_string();
        assert!(err.contains("format 9"), "{err}");
        let err = CompiledGazetteer::from_bytes(b"id\ttype\tname\n", "x.tsv").unwrap_err().to_string();
        assert!(err.contains("magic"), "{err}");
    }
}
