//! Compiled gazetteers: a gazetteer's packed layer (entries, lookup tables, name tries) saved in
//! one binary file that loads in milliseconds, where building a million-name index from TSV takes
//! seconds. Nothing is decoded at load (the entries' strings are only checked to be UTF-8): the
//! layer is read in place, from a memory map
//! ([`CompiledGazetteer::open`]) or a copy of the bytes ([`CompiledGazetteer::from_bytes`]).
//!
//! Layout (little-endian): the 8-byte [`MAGIC`], a `u32` format version, the `u64` payload length,
//! a `u64` checksum of the payload, then the payload: the packed layer (`u32` section count, then
//! each section as a `u64` length and its bytes: entry offsets and entries, entries in id order,
//! in Wikidata order, entries with roles, name patterns, shared-key lists, and the two name
//! tries). A truncated, corrupted, foreign or older file is an error naming the file and the
//! byte where reading stopped — never a panic.
//!
//! ```
//! use verbatim::gazetteer::{compiled, Gazetteer, Matcher};
//!
//! let mut g = Gazetteer::new();
//! g.add_tsv("id\ttype\tname\taliases\nloc_lyon\tLOC\tLyon\t\n", "mine.tsv").unwrap();
//! let mut bytes = Vec::new();
//! compiled::write_compiled(&g, &mut bytes).unwrap();
//! assert!(compiled::is_compiled(&bytes));
//! let c = compiled::CompiledGazetteer::from_bytes(&bytes, "mine.vgaz").unwrap();
//! let m = Matcher::from_compiled(c).unwrap();
//! assert_eq!(m.find("Il vit à Lyon.").len(), 1);
//! ```

use std::io::Write;
use std::path::Path;

use super::packed::{self, Bytes, Packed};
use super::{EntryRef, Gazetteer};
use crate::error::{Error, Result};

/// The first 8 bytes of a compiled gazetteer (a NUL first, so no TSV file starts this way).
pub const MAGIC: [u8; 8] = *b"\0VRBGAZ\n";

/// The format version this build writes and reads (2: packed entries read in place).
pub const FORMAT_VERSION: u32 = 2;

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
    pub(crate) packed: Packed,
}

/// Compiles the entries of `g` (name tries included) and writes them to `out`.
pub fn write_compiled<W: Write>(g: &Gazetteer, mut out: W) -> Result<CompileStats> {
    let (p, patterns) = packed::pack(g.entries())?;
    let mut head = Vec::with_capacity(HEADER_LEN);
    head.extend_from_slice(&MAGIC);
    head.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    head.extend_from_slice(&(p.len() as u64).to_le_bytes());
    head.extend_from_slice(&checksum(&p).to_le_bytes());
    let io = |e| Error::io("writing the compiled gazetteer", e);
    out.write_all(&head).map_err(io)?;
    out.write_all(&p).map_err(io)?;
    out.flush().map_err(io)?;
    Ok(CompileStats { entries: g.len(), patterns, bytes: head.len() + p.len() })
}

/// Checks the header and checksum of a compiled file.
fn check(bytes: &[u8], origin: &str) -> Result<()> {
    let err = |at: usize, msg: String| Error::input(origin, format_args!("byte {at}"), msg);
    if !is_compiled(bytes) {
        return Err(err(0, "not a compiled gazetteer (bad magic bytes)".into()));
    }
    let word = |at: usize, n: usize| -> Result<u64> {
        let b = bytes.get(at..at + n).ok_or_else(|| err(at, format!("truncated file: {n} more bytes expected")))?;
        Ok(b.iter().rev().fold(0u64, |acc, &x| acc << 8 | x as u64))
    };
    let version = word(8, 4)?;
    if version != FORMAT_VERSION as u64 {
        return Err(err(
            8,
            format!(
                "compiled gazetteer format {version}, this build reads format {FORMAT_VERSION}: compile it again \
                 (`verbatim gazetteer compile`)"
            ),
        ));
    }
    let len = word(12, 8)?;
    let sum = word(20, 8)?;
    if (bytes.len() - HEADER_LEN) as u64 != len {
        return Err(err(
            12,
            format!(
                "truncated or padded file: the header announces {len} payload bytes, the file has {}",
                bytes.len() - HEADER_LEN
            ),
        ));
    }
    if checksum(&bytes[HEADER_LEN..]) != sum {
        return Err(err(20, "checksum mismatch: the file is corrupted".into()));
    }
    Ok(())
}

impl CompiledGazetteer {
    /// Reads a compiled gazetteer from its bytes (copied; `origin` names the file in errors).
    pub fn from_bytes(bytes: &[u8], origin: &str) -> Result<CompiledGazetteer> {
        check(bytes, origin)?;
        let payload = bytes[HEADER_LEN..].to_vec().into_boxed_slice();
        CompiledGazetteer::parse(Bytes::Owned(payload), 0, HEADER_LEN, origin)
    }

    /// Maps a compiled gazetteer file and reads it in place (no copy: the pages a run touches
    /// are shared with the page cache).
    pub fn open(path: &Path) -> Result<CompiledGazetteer> {
        let origin = path.display().to_string();
        let f = std::fs::File::open(path).map_err(|e| Error::io(format!("cannot read gazetteer {origin}"), e))?;
        // SAFETY: the map is only read. Bytes changed by another process after the checksum was
        // checked give wrong matches, not memory errors (every read is bounds-checked); truncating
        // the file meanwhile would be SIGBUS, as with any mapped file.
        let map =
            unsafe { memmap2::Mmap::map(&f) }.map_err(|e| Error::io(format!("cannot map gazetteer {origin}"), e))?;
        check(&map, &origin)?;
        CompiledGazetteer::parse(Bytes::Mapped(map), HEADER_LEN, 0, &origin)
    }

    /// Reads the layer at `start` of `data` (`shift` is added to offsets in errors).
    fn parse(data: Bytes, start: usize, shift: usize, origin: &str) -> Result<CompiledGazetteer> {
        let packed = Packed::parse(data, start)
            .map_err(|(at, msg)| Error::input(origin, format_args!("byte {}", at + shift), msg))?;
        Ok(CompiledGazetteer { origin: origin.to_string(), packed })
    }

    /// Number of entries.
    pub fn entry_count(&self) -> usize {
        self.packed.entry_count()
    }

    /// Entry `i`, in the order of the compiled file (panics if `i` is not below
    /// [`CompiledGazetteer::entry_count`]).
    pub fn entry(&self, i: usize) -> EntryRef<'_> {
        assert!(i < self.entry_count(), "entry {i} of a gazetteer with {} entries", self.entry_count());
        self.packed.entry(i)
    }

    /// The entries, in the order of the compiled file.
    pub fn entries(&self) -> impl ExactSizeIterator<Item = EntryRef<'_>> + '_ {
        (0..self.entry_count()).map(|i| self.packed.entry(i))
    }

    /// Number of name patterns.
    pub fn pattern_count(&self) -> usize {
        self.packed.pattern_count()
    }
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
    use crate::lang::Gender;

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
        let e = c.entry(0);
        assert_eq!((e.id(), e.name(), e.gender()), ("per_a", "Anne Durand", Gender::F));
        assert_eq!(e.roles().collect::<Vec<_>>(), ["ministre de la culture"]);
        assert_eq!(e.aliases().collect::<Vec<_>>(), ["Durand"]);
        assert_eq!(e.wikidata(), Some("Q1"));
        assert_eq!(c.entry(1).wikidata(), None);
        assert_eq!(c.entry(1).etype(), crate::gazetteer::EntityType::Org);
        assert_eq!(c.pattern_count(), 4);
        assert_eq!(c.entries().map(|e| e.to_entry().id).collect::<Vec<_>>(), ["per_a", "org_b"]);
    }

    #[test]
    fn open_maps_the_file() {
        let path = std::env::temp_dir().join(format!("verbatim-open-test-{}.vgaz", std::process::id()));
        std::fs::write(&path, sample()).unwrap();
        let c = CompiledGazetteer::open(&path).unwrap();
        let m = crate::gazetteer::Matcher::from_compiled(c).unwrap();
        let found: Vec<&str> = m.find("La BDF et Anne Durand.").iter().map(|x| m.entry(x.entry).id()).collect();
        assert_eq!(found, ["org_b", "per_a"]);
        std::fs::remove_file(&path).unwrap();
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
        b[8] = 1;
        let err = CompiledGazetteer::from_bytes(&b, "v.vgaz").unwrap_err().to_string();
        assert!(err.contains("format 1") && err.contains("compile it again"), "{err}");
        let err = CompiledGazetteer::from_bytes(b"id\ttype\tname\n", "x.tsv").unwrap_err().to_string();
        assert!(err.contains("magic"), "{err}");
    }

    /// A string that is not UTF-8 in an entry (with a right checksum) is an error at load.
    #[test]
    fn bad_utf8_in_an_entry_is_rejected_at_load() {
        let good = sample();
        for name in ["Anne Durand", "Durand", "ministre de la culture", "BDF"] {
            let at = good.windows(name.len()).position(|w| w == name.as_bytes()).unwrap();
            let mut f = good.clone();
            f[at + 1] = 0xFF;
            let p = f[HEADER_LEN..].to_vec();
            f[20..28].copy_from_slice(&checksum(&p).to_le_bytes());
            let err = CompiledGazetteer::from_bytes(&f, "u.vgaz").unwrap_err().to_string();
            assert!(err.contains("u.vgaz") && err.contains("not UTF-8"), "{name}: {err}");
        }
    }

    /// A payload whose structure is wrong but whose checksum is right is an error, not a panic.
    #[test]
    fn malformed_payloads_are_errors() {
        let good = sample();
        let payload = &good[HEADER_LEN..];
        let mut bad_ones: Vec<Vec<u8>> = Vec::new();
        for i in 0..payload.len() {
            for x in [0x00, 0xFF, 0x01] {
                let mut p = payload.to_vec();
                p[i] ^= x ^ 0x5A;
                bad_ones.push(p);
            }
        }
        bad_ones.push(Vec::new());
        let mut errors = 0;
        for p in bad_ones {
            let mut f = good[..HEADER_LEN].to_vec();
            f[12..20].copy_from_slice(&(p.len() as u64).to_le_bytes());
            f[20..28].copy_from_slice(&checksum(&p).to_le_bytes());
            f.extend_from_slice(&p);
            match CompiledGazetteer::from_bytes(&f, "m.vgaz") {
                Err(_) => errors += 1,
                Ok(c) => {
                    // Whatever it holds, reading and matching must not panic, and the strings
                    // read unchecked must be UTF-8.
                    for e in c.entries() {
                        let strs = [e.id(), e.name(), e.wikidata().unwrap_or("")].into_iter();
                        for s in strs.chain(e.aliases()).chain(e.roles()) {
                            assert!(std::str::from_utf8(s.as_bytes()).is_ok());
                        }
                    }
                    if let Ok(m) = crate::gazetteer::Matcher::from_compiled(c) {
                        for x in m.find("Anne Durand, la BDF et la Banque de France — ANNE DURAND.") {
                            let _ = m.entry(x.entry).id();
                        }
                    }
                }
            }
        }
        assert!(errors > 0);
    }
}
