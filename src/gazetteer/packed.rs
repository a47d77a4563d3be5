//! One gazetteer layer in one byte buffer: entries, lookup tables and name tries, read in place.
//!
//! The same buffer is the payload of a compiled file ([`super::compiled`]) and what
//! [`super::Gazetteer::compile`] builds in memory, so a million-entry list loads without decoding
//! its entries: [`EntryRef`] reads one when asked. Layout: a `u32` section count, then each
//! section as a `u64` byte length and its bytes, in the order of [`Sec`]. Integers are
//! little-endian; strings are a LEB128 length and UTF-8 bytes. An entry is a byte
//! `type | gender << 2`, then id, name, Wikidata id, the aliases and the roles (each list a LEB128
//! count and its strings).

use std::ops::{Deref, Range};

use rustc_hash::FxHashMap as HashMap;

use super::trie::{self, Trie, MULTI};
use super::{collect_patterns, CaseRule, EntityType, Entry};
use crate::error::{Error, Result};
use crate::lang::Gender;

/// The sections of a packed layer, in file order.
#[derive(Debug, Clone, Copy)]
enum Sec {
    /// `u32` offset of each entry in `Blob`, and the blob's length last.
    EntryOffsets,
    /// The entries.
    Blob,
    /// Entry numbers sorted by id.
    IdOrder,
    /// Numbers of the entries with a Wikidata id, sorted by it (then by number).
    WikidataOrder,
    /// Numbers of the entries with roles.
    RoleEntries,
    /// Per name pattern, its entry number (`u32`).
    PatternEntries,
    /// Per name pattern, its case rule (`u8`).
    PatternCases,
    /// `u32` offsets into `MultiPatterns` of each list of patterns sharing a key, and its end.
    MultiOffsets,
    /// Pattern ids (`u32`) of those lists.
    MultiPatterns,
    /// Trie of the names any case may match.
    AnyTrie,
    /// Trie of the names that need a capital.
    CapTrie,
}

const SECTIONS: usize = 11;

/// The bytes of a layer: built in memory or mapped from a compiled file.
pub(crate) enum Bytes {
    /// Owned bytes.
    Owned(Box<[u8]>),
    /// A read-only file mapping.
    Mapped(memmap2::Mmap),
}

impl Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Owned(b) => b,
            Bytes::Mapped(m) => m,
        }
    }
}

/// A trie's place in the buffer and where its walks start.
#[derive(Debug, Clone)]
struct TrieMeta {
    range: Range<usize>,
    roots: trie::Roots,
}

/// A packed layer: the buffer and where its sections are.
pub(crate) struct Packed {
    data: Bytes,
    sec: [Range<usize>; SECTIONS],
    entries: usize,
    patterns: usize,
    any: TrieMeta,
    cap: TrieMeta,
}

impl std::fmt::Debug for Packed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Packed")
            .field("entries", &self.entries)
            .field("patterns", &self.patterns)
            .field("bytes", &self.data.len())
            .finish()
    }
}

#[inline]
fn u32_at(b: &[u8], i: usize) -> Option<u32> {
    let w = b.get(i.checked_mul(4)?..i.checked_mul(4)?.checked_add(4)?)?;
    Some(u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
}

fn put_u32(out: &mut Vec<u8>, x: u32) {
    out.extend_from_slice(&x.to_le_bytes());
}

fn put_varint(out: &mut Vec<u8>, mut x: usize) {
    while x >= 0x80 {
        out.push((x as u8 & 0x7F) | 0x80);
        x >>= 7;
    }
    out.push(x as u8);
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

/// A cursor over an entry's bytes; reads past the end give empty values.
#[derive(Debug, Clone, Copy)]
struct Cursor<'a> {
    b: &'a [u8],
}

impl<'a> Cursor<'a> {
    fn varint(&mut self) -> usize {
        let mut x = 0usize;
        for k in 0..5 {
            let Some((&byte, rest)) = self.b.split_first() else { return 0 };
            self.b = rest;
            x |= ((byte & 0x7F) as usize) << (7 * k);
            if byte < 0x80 {
                break;
            }
        }
        x
    }

    fn bytes(&mut self) -> &'a [u8] {
        let n = self.varint().min(self.b.len());
        let (s, rest) = self.b.split_at(n);
        self.b = rest;
        s
    }

    /// Reads a string without checking its UTF-8.
    ///
    /// # Safety
    /// The cursor must be one [`entry_is_utf8`] walked through: within the bytes of an entry it
    /// accepted, at the start of one of the strings it checked (or past the end).
    unsafe fn str(&mut self) -> &'a str {
        // SAFETY: the caller puts the cursor where `entry_is_utf8` read the same length and bytes
        // (the reads are the same code on the same bytes) and found them UTF-8; past the end the
        // string is empty.
        unsafe { std::str::from_utf8_unchecked(self.bytes()) }
    }

    /// Skips a list of strings, giving it.
    fn list(&mut self) -> Strs<'a> {
        let n = self.varint();
        let start = *self;
        for _ in 0..n {
            self.bytes();
        }
        Strs { cur: start, left: n }
    }
}

/// Whether every string [`EntryRef`] can read from an entry's bytes is UTF-8: the reads of
/// [`EntryRef::decode`], then those of its aliases and roles lists, in their order.
fn entry_is_utf8(b: &[u8]) -> bool {
    let mut c = Cursor { b: b.get(1..).unwrap_or(&[]) };
    let ok = |s: &[u8]| std::str::from_utf8(s).is_ok();
    if !(ok(c.bytes()) && ok(c.bytes()) && ok(c.bytes())) {
        return false;
    }
    for _list in 0..2 {
        for _ in 0..c.varint() {
            if c.b.is_empty() {
                // Every later read is empty (a corrupt count cannot make this loop long).
                return true;
            }
            if !ok(c.bytes()) {
                return false;
            }
        }
    }
    true
}

/// The id of an entry's bytes, without decoding the rest.
fn entry_id(b: &[u8]) -> &[u8] {
    let mut c = Cursor { b: b.get(1..).unwrap_or(&[]) };
    c.bytes()
}

/// The Wikidata id of an entry's bytes.
fn entry_wikidata(b: &[u8]) -> &[u8] {
    let mut c = Cursor { b: b.get(1..).unwrap_or(&[]) };
    c.bytes();
    c.bytes();
    c.bytes()
}

/// A list of strings read in place (an entry's aliases or roles).
#[derive(Debug, Clone, Copy)]
pub struct Strs<'a> {
    cur: Cursor<'a>,
    left: usize,
}

impl<'a> Iterator for Strs<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        // SAFETY: a `Strs` is only made by `Cursor::list` from the lists of an `EntryRef`, whose
        // bytes `entry_is_utf8` accepted; it reads the strings of that list in the order the
        // check did.
        Some(unsafe { self.cur.str() })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Strs<'_> {}

impl Strs<'_> {
    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.left == 0
    }
}

/// A gazetteer entry read in place from its layer (see [`Entry`] for the fields).
#[derive(Debug, Clone, Copy)]
pub struct EntryRef<'a> {
    id: &'a str,
    etype: EntityType,
    name: &'a str,
    wikidata: Option<&'a str>,
    gender: Gender,
    /// The bytes from the aliases on: the aliases and roles are read only when asked for.
    lists: Cursor<'a>,
}

impl<'a> EntryRef<'a> {
    /// Reads the entry in `b`.
    ///
    /// # Safety
    /// `b` must be entry bytes that [`entry_is_utf8`] accepted.
    unsafe fn decode(b: &'a [u8]) -> EntryRef<'a> {
        let code = b.first().copied().unwrap_or(0);
        let mut c = Cursor { b: b.get(1..).unwrap_or(&[]) };
        // SAFETY: the first three strings of accepted bytes, read in the order of the check.
        let (id, name, wikidata) = unsafe { (c.str(), c.str(), c.str()) };
        let wikidata = Some(wikidata).filter(|w| !w.is_empty());
        EntryRef {
            id,
            etype: match code & 3 {
                1 => EntityType::Loc,
                2 => EntityType::Org,
                _ => EntityType::Per,
            },
            name,
            wikidata,
            gender: match code >> 2 {
                1 => Gender::M,
                2 => Gender::F,
                _ => Gender::U,
            },
            lists: c,
        }
    }

    /// Stable id, unique within the gazetteers of a matcher.
    pub fn id(&self) -> &'a str {
        self.id
    }

    /// Entity type.
    pub fn etype(&self) -> EntityType {
        self.etype
    }

    /// Canonical name.
    pub fn name(&self) -> &'a str {
        self.name
    }

    /// Wikidata Q-id, when known.
    pub fn wikidata(&self) -> Option<&'a str> {
        self.wikidata
    }

    /// Gender, for persons.
    pub fn gender(&self) -> Gender {
        self.gender
    }

    /// Other surface forms.
    pub fn aliases(&self) -> Strs<'a> {
        let mut c = self.lists;
        c.list()
    }

    /// Descriptions that designate this entity (`chef de l'État russe`).
    pub fn roles(&self) -> Strs<'a> {
        let mut c = self.lists;
        c.list();
        c.list()
    }

    /// An owned copy.
    pub fn to_entry(&self) -> Entry {
        Entry {
            id: self.id.to_string(),
            etype: self.etype,
            name: self.name.to_string(),
            aliases: self.aliases().map(str::to_string).collect(),
            wikidata: self.wikidata.map(str::to_string),
            roles: self.roles().map(str::to_string).collect(),
            gender: self.gender,
        }
    }
}

fn encode_entry(p: &mut Vec<u8>, e: &Entry) {
    let t = match e.etype {
        EntityType::Per => 0,
        EntityType::Loc => 1,
        EntityType::Org => 2,
    };
    let g = match e.gender {
        Gender::U => 0,
        Gender::M => 1,
        Gender::F => 2,
    };
    p.push(t | g << 2);
    put_str(p, &e.id);
    put_str(p, &e.name);
    put_str(p, e.wikidata.as_deref().unwrap_or(""));
    put_varint(p, e.aliases.len());
    for a in &e.aliases {
        put_str(p, a);
    }
    put_varint(p, e.roles.len());
    for r in &e.roles {
        put_str(p, r);
    }
}

/// Packs `entries` with their name index into a layer buffer; the number of name patterns too.
pub(crate) fn pack(entries: &[Entry]) -> Result<(Vec<u8>, usize)> {
    let too_many = || Error::data("gazetteer", 0, "too many entries or names for one gazetteer");
    let n = u32::try_from(entries.len()).map_err(|_| too_many())?;
    let (keys, patterns) = collect_patterns(entries);
    if patterns.len() >= MULTI as usize {
        return Err(too_many());
    }
    let mut sections: Vec<Vec<u8>> = vec![Vec::new(); SECTIONS];
    {
        let (offs, blob) = sections.split_at_mut(1);
        for e in entries {
            put_u32(&mut offs[0], u32::try_from(blob[0].len()).map_err(|_| too_many())?);
            encode_entry(&mut blob[0], e);
        }
        put_u32(&mut offs[0], u32::try_from(blob[0].len()).map_err(|_| too_many())?);
    }
    let mut order: Vec<u32> = (0..n).collect();
    order.sort_by(|&a, &b| entries[a as usize].id.cmp(&entries[b as usize].id));
    sections[Sec::IdOrder as usize] = order.iter().flat_map(|x| x.to_le_bytes()).collect();
    let mut wd: Vec<u32> = (0..n).filter(|&i| entries[i as usize].wikidata.is_some()).collect();
    wd.sort_by(|&a, &b| entries[a as usize].wikidata.cmp(&entries[b as usize].wikidata).then(a.cmp(&b)));
    sections[Sec::WikidataOrder as usize] = wd.iter().flat_map(|x| x.to_le_bytes()).collect();
    sections[Sec::RoleEntries as usize] =
        (0..n).filter(|&i| !entries[i as usize].roles.is_empty()).flat_map(|x| x.to_le_bytes()).collect();
    for p in &patterns {
        put_u32(&mut sections[Sec::PatternEntries as usize], p.entry);
        sections[Sec::PatternCases as usize].push(p.case.code());
    }
    // Keys of each trie, sorted; a key shared by several patterns gets a list.
    let mut multi_off = vec![0u32];
    let mut multi_pat: Vec<u32> = Vec::new();
    for (sec, any) in [(Sec::AnyTrie, true), (Sec::CapTrie, false)] {
        let mut recs: Vec<(&[u8], u32)> = keys
            .iter()
            .zip(&patterns)
            .enumerate()
            .filter(|(_, (k, p))| !k.is_empty() && (p.case == CaseRule::Any) == any)
            .map(|(pid, (k, _))| (k.as_bytes(), pid as u32))
            .collect();
        recs.sort_unstable();
        let mut grouped: Vec<(&[u8], u32)> = Vec::with_capacity(recs.len());
        let mut i = 0;
        while i < recs.len() {
            let j = i + recs[i..].partition_point(|r| r.0 == recs[i].0);
            if j - i == 1 {
                grouped.push(recs[i]);
            } else {
                let k = multi_off.len() as u32 - 1;
                multi_pat.extend(recs[i..j].iter().map(|r| r.1));
                multi_off.push(multi_pat.len() as u32);
                grouped.push((recs[i].0, MULTI | k));
            }
            i = j;
        }
        sections[sec as usize] = trie::build(&grouped)?;
    }
    sections[Sec::MultiOffsets as usize] = multi_off.iter().flat_map(|x| x.to_le_bytes()).collect();
    sections[Sec::MultiPatterns as usize] = multi_pat.iter().flat_map(|x| x.to_le_bytes()).collect();
    let total: usize = 4 + sections.iter().map(|s| 8 + s.len()).sum::<usize>();
    let mut out = Vec::with_capacity(total);
    put_u32(&mut out, SECTIONS as u32);
    for s in &sections {
        out.extend_from_slice(&(s.len() as u64).to_le_bytes());
        out.extend_from_slice(s);
    }
    Ok((out, patterns.len()))
}

/// Where reading a packed layer failed: the byte offset and what was wrong.
pub(crate) type ParseError = (usize, String);

impl Packed {
    /// Reads the layer in `data[start..]`, checking its structure and that the strings of its
    /// entries are UTF-8 (entries are decoded only when asked); an error gives the byte offset in
    /// `data` and the reason.
    pub(crate) fn parse(data: Bytes, start: usize) -> std::result::Result<Packed, ParseError> {
        let b: &[u8] = &data;
        let mut pos = start;
        let read = |pos: &mut usize, n: usize| -> std::result::Result<&[u8], ParseError> {
            let s = b.get(*pos..pos.saturating_add(n)).ok_or((*pos, format!("truncated: {n} more bytes expected")))?;
            *pos += n;
            Ok(s)
        };
        let count = u32::from_le_bytes(read(&mut pos, 4)?.try_into().unwrap_or([0; 4]));
        if count as usize != SECTIONS {
            return Err((pos - 4, format!("{count} sections, expected {SECTIONS}")));
        }
        let mut sec: [Range<usize>; SECTIONS] = Default::default();
        for s in &mut sec {
            let len = u64::from_le_bytes(read(&mut pos, 8)?.try_into().unwrap_or([0; 8]));
            let len = usize::try_from(len).map_err(|_| (pos - 8, "section too large".to_string()))?;
            let at = pos;
            read(&mut pos, len)?;
            *s = at..pos;
        }
        if pos != b.len() {
            return Err((pos, "unexpected bytes after the last section".to_string()));
        }
        let bad = |s: Sec, msg: &str| (sec[s as usize].start, format!("malformed {s:?} section: {msg}"));
        let words = |s: Sec| -> std::result::Result<usize, ParseError> {
            let n = sec[s as usize].len();
            if !n.is_multiple_of(4) {
                return Err(bad(s, "not a whole number of u32"));
            }
            Ok(n / 4)
        };
        let get = |s: Sec| &b[sec[s as usize].clone()];
        let entries = words(Sec::EntryOffsets)?.checked_sub(1).ok_or_else(|| bad(Sec::EntryOffsets, "empty"))?;
        let offs = get(Sec::EntryOffsets);
        let mut last = 0;
        for i in 0..=entries {
            let o = u32_at(offs, i).unwrap_or(0);
            if o < last {
                return Err(bad(Sec::EntryOffsets, "offsets go backwards"));
            }
            last = o;
        }
        if last as usize != sec[Sec::Blob as usize].len() {
            return Err(bad(Sec::EntryOffsets, "the last offset is not the blob's length"));
        }
        // Checked once here so that entries are read without checking their UTF-8 again.
        let blob = get(Sec::Blob);
        for i in 0..entries {
            let (a, z) = (u32_at(offs, i).unwrap_or(0) as usize, u32_at(offs, i + 1).unwrap_or(0) as usize);
            if !entry_is_utf8(&blob[a..z]) {
                return Err((sec[Sec::Blob as usize].start + a, format!("entry {i} has a string that is not UTF-8")));
            }
        }
        for s in [Sec::IdOrder, Sec::WikidataOrder, Sec::RoleEntries, Sec::PatternEntries] {
            let (n, t) = (words(s)?, get(s));
            if (0..n).any(|i| u32_at(t, i).unwrap_or(u32::MAX) as usize >= entries) {
                return Err(bad(s, "entry number out of range"));
            }
        }
        if words(Sec::IdOrder)? != entries {
            return Err(bad(Sec::IdOrder, "not one number per entry"));
        }
        let patterns = words(Sec::PatternEntries)?;
        if get(Sec::PatternCases).len() != patterns || get(Sec::PatternCases).iter().any(|&c| c > 2) {
            return Err(bad(Sec::PatternCases, "not one known case rule per pattern"));
        }
        let (no, np) = (words(Sec::MultiOffsets)?, words(Sec::MultiPatterns)?);
        let mo = get(Sec::MultiOffsets);
        if u32_at(mo, 0) != Some(0)
            || (1..no).any(|i| u32_at(mo, i) < u32_at(mo, i - 1))
            || u32_at(mo, no.saturating_sub(1)).map(|x| x as usize) != Some(np)
            || (0..np).any(|i| u32_at(get(Sec::MultiPatterns), i).unwrap_or(u32::MAX) as usize >= patterns)
        {
            return Err(bad(Sec::MultiOffsets, "inconsistent shared-key lists"));
        }
        let meta = |s: Sec| TrieMeta { range: sec[s as usize].clone(), roots: trie::Roots::new(get(s)) };
        let (any, cap) = (meta(Sec::AnyTrie), meta(Sec::CapTrie));
        Ok(Packed { sec, entries, patterns, any, cap, data })
    }

    fn get(&self, s: Sec) -> &[u8] {
        &self.data[self.sec[s as usize].clone()]
    }

    /// Number of entries.
    pub(crate) fn entry_count(&self) -> usize {
        self.entries
    }

    /// Number of name patterns.
    pub(crate) fn pattern_count(&self) -> usize {
        self.patterns
    }

    fn entry_bytes(&self, i: usize) -> &[u8] {
        let offs = self.get(Sec::EntryOffsets);
        match (u32_at(offs, i), u32_at(offs, i + 1)) {
            (Some(a), Some(b)) => self.get(Sec::Blob).get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Entry `i` (`i` < [`Packed::entry_count`]).
    pub(crate) fn entry(&self, i: usize) -> EntryRef<'_> {
        // SAFETY: `parse` checked the bytes of every entry with `entry_is_utf8` (an `i` out of
        // range gives no bytes, whose reads are all empty).
        unsafe { EntryRef::decode(self.entry_bytes(i)) }
    }

    /// The entry with this id.
    pub(crate) fn find_id(&self, id: &str) -> Option<u32> {
        let order = self.get(Sec::IdOrder);
        let n = order.len() / 4;
        let at = |k: usize| u32_at(order, k).unwrap_or(0);
        let k = partition(n, |k| entry_id(self.entry_bytes(at(k) as usize)) < id.as_bytes());
        (k < n && entry_id(self.entry_bytes(at(k) as usize)) == id.as_bytes()).then(|| at(k))
    }

    /// Entry numbers in id order.
    pub(crate) fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.get(Sec::IdOrder).chunks_exact(4).map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
    }

    /// The first entry with this Wikidata id.
    pub(crate) fn find_wikidata(&self, q: &str) -> Option<u32> {
        let order = self.get(Sec::WikidataOrder);
        let n = order.len() / 4;
        let at = |k: usize| u32_at(order, k).unwrap_or(0);
        let k = partition(n, |k| entry_wikidata(self.entry_bytes(at(k) as usize)) < q.as_bytes());
        (k < n && entry_wikidata(self.entry_bytes(at(k) as usize)) == q.as_bytes()).then(|| at(k))
    }

    /// The entries with this Wikidata id, in order.
    pub(crate) fn wikidata_matches<'s>(&'s self, q: &'s str) -> impl Iterator<Item = u32> + 's {
        let order = self.get(Sec::WikidataOrder);
        let n = order.len() / 4;
        let at = move |k: usize| u32_at(order, k).unwrap_or(0);
        let k = partition(n, |k| entry_wikidata(self.entry_bytes(at(k) as usize)) < q.as_bytes());
        (k..n).map(at).take_while(move |&e| entry_wikidata(self.entry_bytes(e as usize)) == q.as_bytes())
    }

    /// Entries with a Wikidata id, in Wikidata order (equal ids by entry number).
    pub(crate) fn wikidata_entries(&self) -> impl Iterator<Item = u32> + '_ {
        self.get(Sec::WikidataOrder).chunks_exact(4).map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
    }

    /// Number of entries with a Wikidata id.
    pub(crate) fn wikidata_count(&self) -> usize {
        self.get(Sec::WikidataOrder).len() / 4
    }

    /// Entries with roles, in order.
    pub(crate) fn role_entries(&self) -> impl Iterator<Item = u32> + '_ {
        self.get(Sec::RoleEntries).chunks_exact(4).map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
    }

    /// Pattern `pid`: its entry number and case rule.
    #[inline]
    pub(crate) fn pattern(&self, pid: u32) -> Option<(u32, CaseRule)> {
        let e = u32_at(self.get(Sec::PatternEntries), pid as usize)?;
        let c = CaseRule::from_code(*self.get(Sec::PatternCases).get(pid as usize)?)?;
        Some((e, c))
    }

    /// Calls `f` with each pattern id a trie value stands for.
    #[inline]
    pub(crate) fn patterns_of(&self, v: u32, mut f: impl FnMut(u32)) {
        if v & MULTI == 0 {
            f(v);
            return;
        }
        let k = (v & !MULTI) as usize;
        let mo = self.get(Sec::MultiOffsets);
        if let (Some(a), Some(b)) = (u32_at(mo, k), u32_at(mo, k + 1)) {
            let mp = self.get(Sec::MultiPatterns);
            for i in a..b {
                if let Some(p) = u32_at(mp, i as usize) {
                    f(p);
                }
            }
        }
    }

    /// The trie of names any case may match.
    #[inline]
    pub(crate) fn any_trie(&self) -> Trie<'_> {
        Trie::new(&self.data[self.any.range.clone()], &self.any.roots)
    }

    /// The trie of names that need a capital.
    #[inline]
    pub(crate) fn cap_trie(&self) -> Trie<'_> {
        Trie::new(&self.data[self.cap.range.clone()], &self.cap.roots)
    }
}

/// The first `k` in `0..n` where `below(k)` is false (`below` true then false along `0..n`).
fn partition(n: usize, below: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if below(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Entries of `a` whose ids also name an entry of `b`: the first such id found.
pub(crate) fn shared_id<'a>(a: &'a Packed, b: &Packed) -> Option<&'a str> {
    a.ids().map(|i| a.entry(i as usize).id()).find(|id| b.find_id(id).is_some())
}

/// The role map of entries: folded role → entries, merged into `roles`.
pub(crate) fn add_roles(roles: &mut HashMap<String, Vec<u32>>, max_words: &mut usize, g: u32, e: &EntryRef<'_>) {
    for role in e.roles() {
        let key = crate::fold::fold_key(role);
        if key.is_empty() {
            continue;
        }
        *max_words = (*max_words).max(key.split(' ').count());
        let v = roles.entry(key).or_default();
        if !v.contains(&g) {
            v.push(g);
        }
    }
}
