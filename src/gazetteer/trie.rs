//! The trie backend: folded names in two character-wise double-array tries (crawdad's
//! minimal-prefix form), searched only where a name can start.
//!
//! A whole-text Aho-Corasick scan pays for every byte of the text with a step through a large
//! automaton; here the text is walked once, word by word, and the tries are entered only at word
//! starts that sit on a word boundary of the original text — and the trie of capitalized names
//! (`Initial`, `AllCaps` rules: almost all names) only at capitalized words. A walk ends as soon as
//! no name continues, so most words cost one or two node lookups. Matches are then checked exactly
//! as the Aho-Corasick backend checks them ([`super::accept`]), so both give the same result —
//! except for a name that would start inside the folded form of one char (the `e` of `œ` → `oe`),
//! which only the whole-text scan can report.

use crawdad::MpTrie;

use super::compiled::Reader;
use super::{accept, is_word_char, CaseRule, Pattern};
use crate::error::{Error, Result};
use crate::fold::Folded;

/// Trie values with this bit index a list of patterns sharing one key (else a pattern id).
const MULTI: u32 = 1 << 30;

/// Names of one gazetteer, in a trie for lower-case-allowed names and one for capitalized names.
pub(crate) struct TrieIndex {
    /// Keys of `Any`-case patterns (may match at any word start).
    any: Option<MpTrie>,
    /// Keys of `Initial` and `AllCaps` patterns (only at a word starting with a capital or digit).
    cap: Option<MpTrie>,
    patterns: Vec<Pattern>,
    /// `multi_off[k]..multi_off[k + 1]` in `multi_pat`: the patterns of a shared key, in order.
    multi_off: Vec<u32>,
    multi_pat: Vec<u32>,
    /// Whether some key starts with a char that is not a word char (then non-word chars are starts too).
    nonword_start: bool,
    /// First bytes of the keys of `any` and of `cap` (a walk starting elsewhere finds nothing).
    any_first: ByteSet,
    cap_first: ByteSet,
}

/// A set of bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct ByteSet([u64; 4]);

impl ByteSet {
    fn insert(&mut self, b: u8) {
        self.0[(b >> 6) as usize] |= 1 << (b & 63);
    }
    fn contains(&self, b: u8) -> bool {
        self.0[(b >> 6) as usize] >> (b & 63) & 1 == 1
    }
}

impl std::fmt::Debug for TrieIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TrieIndex")
            .field("patterns", &self.patterns.len())
            .field("any_trie_bytes", &self.any.as_ref().map_or(0, |t| t.io_bytes()))
            .field("cap_trie_bytes", &self.cap.as_ref().map_or(0, |t| t.io_bytes()))
            .finish()
    }
}

/// Reusable buffers for [`TrieIndex::longest_at`].
#[derive(Default)]
pub(crate) struct Scratch {
    /// (byte length, pattern id) of every key found at a start.
    hits: Vec<(usize, u32)>,
}

/// Builds one trie from `(key, pattern id)` pairs (sorted by key, then pattern id).
fn build_trie(
    mut recs: Vec<(&str, u32)>,
    multi_off: &mut Vec<u32>,
    multi_pat: &mut Vec<u32>,
) -> Result<Option<MpTrie>> {
    if recs.is_empty() {
        return Ok(None);
    }
    recs.sort_unstable();
    let mut grouped: Vec<(&str, u32)> = Vec::with_capacity(recs.len());
    let mut i = 0;
    while i < recs.len() {
        let mut j = i + 1;
        while j < recs.len() && recs[j].0 == recs[i].0 {
            j += 1;
        }
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
    MpTrie::from_records(grouped)
        .map(Some)
        .map_err(|e| Error::data("gazetteer", 0, format!("cannot build the name trie: {e}")))
}

impl TrieIndex {
    /// Builds the tries from folded `keys` and their `patterns` (same length, same order).
    pub(crate) fn build(keys: &[String], patterns: Vec<Pattern>) -> Result<TrieIndex> {
        if patterns.len() >= MULTI as usize {
            return Err(Error::data("gazetteer", 0, format!("too many name patterns ({})", patterns.len())));
        }
        let mut any: Vec<(&str, u32)> = Vec::new();
        let mut cap: Vec<(&str, u32)> = Vec::new();
        let mut nonword_start = false;
        let (mut any_first, mut cap_first) = (ByteSet::default(), ByteSet::default());
        for (pid, (k, p)) in keys.iter().zip(&patterns).enumerate() {
            // The trie reserves one char as its end marker; no real name contains it.
            if k.is_empty() || k.contains(crawdad::END_MARKER) {
                continue;
            }
            nonword_start |= !k.chars().next().is_some_and(is_word_char);
            if p.case == CaseRule::Any {
                any.push((k.as_str(), pid as u32));
                any_first.insert(k.as_bytes()[0]);
            } else {
                cap.push((k.as_str(), pid as u32));
                cap_first.insert(k.as_bytes()[0]);
            }
        }
        let mut multi_off = vec![0];
        let mut multi_pat = Vec::new();
        let any = build_trie(any, &mut multi_off, &mut multi_pat)?;
        let cap = build_trie(cap, &mut multi_off, &mut multi_pat)?;
        Ok(TrieIndex { any, cap, patterns, multi_off, multi_pat, nonword_start, any_first, cap_first })
    }

    /// Number of name patterns.
    pub(crate) fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Whether some name starts with a non-word char (`(`, `'`…).
    pub(crate) fn starts_with_nonword(&self) -> bool {
        self.nonword_start
    }

    fn push_hits(&self, trie: &MpTrie, rest: &str, hits: &mut Vec<(usize, u32)>) {
        let mut chars = rest.char_indices();
        let (mut taken, mut end) = (0usize, 0usize);
        for (v, nchars) in trie.common_prefix_search(rest.chars()) {
            while taken < nchars {
                match chars.next() {
                    Some((b, c)) => end = b + c.len_utf8(),
                    None => break,
                }
                taken += 1;
            }
            if v & MULTI == 0 {
                hits.push((end, v));
            } else {
                let k = (v & !MULTI) as usize;
                if let (Some(&a), Some(&b)) = (self.multi_off.get(k), self.multi_off.get(k + 1)) {
                    let list = self.multi_pat.get(a as usize..b as usize).unwrap_or(&[]);
                    hits.extend(list.iter().map(|&p| (end, p)));
                }
            }
        }
    }

    /// The longest valid match starting at folded offset `i` (original start, end, entry), the
    /// first listed pattern winning a tie; `upper` says whether the word there may be capitalized
    /// (else only `Any`-case names are tried).
    #[inline]
    pub(crate) fn longest_at(
        &self,
        text: &str,
        folded: &Folded,
        i: usize,
        upper: bool,
        sc: &mut Scratch,
    ) -> Option<(usize, usize, u32)> {
        let rest = folded.text.get(i..)?;
        let first = *rest.as_bytes().first()?;
        sc.hits.clear();
        if let Some(t) = self.any.as_ref().filter(|_| self.any_first.contains(first)) {
            self.push_hits(t, rest, &mut sc.hits);
        }
        if let Some(t) = self.cap.as_ref().filter(|_| upper && self.cap_first.contains(first)) {
            self.push_hits(t, rest, &mut sc.hits);
        }
        if sc.hits.is_empty() {
            return None;
        }
        sc.hits.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        for &(len, pid) in &sc.hits {
            let Some(p) = self.patterns.get(pid as usize) else { continue };
            if let Some((s, e)) = accept(text, folded, i, i + len, p.case) {
                return Some((s, e, p.entry));
            }
        }
        None
    }

    /// Appends the index to `out` (see [`crate::gazetteer::compiled`] for the layout).
    pub(crate) fn write(&self, out: &mut Vec<u8>) {
        put_u32(out, self.patterns.len() as u32);
        for p in &self.patterns {
            put_u32(out, p.entry);
            out.push(p.case.code());
        }
        put_u32(out, self.multi_off.len() as u32);
        for &x in &self.multi_off {
            put_u32(out, x);
        }
        put_u32(out, self.multi_pat.len() as u32);
        for &x in &self.multi_pat {
            put_u32(out, x);
        }
        out.push(self.nonword_start as u8);
        for set in [self.any_first, self.cap_first] {
            for w in set.0 {
                put_u64(out, w);
            }
        }
        for t in [&self.any, &self.cap] {
            match t {
                None => put_u64(out, 0),
                Some(t) => {
                    let bytes = t.serialize_to_vec();
                    put_u64(out, bytes.len() as u64);
                    out.extend_from_slice(&bytes);
                }
            }
        }
    }

    /// Reads an index written by [`TrieIndex::write`]; `entries` bounds the entry ids.
    pub(crate) fn read(r: &mut Reader<'_>, entries: usize) -> Result<TrieIndex> {
        let n = r.count(5)?;
        let mut patterns = Vec::with_capacity(n);
        for _ in 0..n {
            let entry = r.u32()?;
            if entry as usize >= entries {
                return Err(r.err(format!("pattern names entry {entry}, beyond the {entries} entries")));
            }
            let case = CaseRule::from_code(r.u8()?).ok_or_else(|| r.err("unknown case rule"))?;
            patterns.push(Pattern { entry, case });
        }
        let n = r.count(4)?;
        let multi_off = (0..n).map(|_| r.u32()).collect::<Result<Vec<u32>>>()?;
        let n = r.count(4)?;
        let multi_pat = (0..n).map(|_| r.u32()).collect::<Result<Vec<u32>>>()?;
        if multi_off.first() != Some(&0)
            || multi_off.windows(2).any(|w| w[0] > w[1])
            || multi_off.last().is_some_and(|&l| l as usize != multi_pat.len())
        {
            return Err(r.err("inconsistent shared-key table"));
        }
        let nonword_start = r.u8()? != 0;
        let mut sets = [ByteSet::default(); 2];
        for set in &mut sets {
            for w in &mut set.0 {
                *w = r.u64()?;
            }
        }
        let [any_first, cap_first] = sets;
        let any = read_trie(r)?;
        let cap = read_trie(r)?;
        Ok(TrieIndex { any, cap, patterns, multi_off, multi_pat, nonword_start, any_first, cap_first })
    }
}

/// Reads one serialized trie, checking its layout first (crawdad's reader trusts its input).
fn read_trie(r: &mut Reader<'_>) -> Result<Option<MpTrie>> {
    let len = r.u64()?;
    if len == 0 {
        return Ok(None);
    }
    let len = usize::try_from(len).map_err(|_| r.err("trie too large"))?;
    let bytes = r.bytes(len)?;
    let bad = || r.err("malformed name trie");
    // mapper: u32 n, n × u32, u32; nodes: u32 n, n × 8; tails: u32 n, n bytes; 2 bytes.
    let mut pos = 0usize;
    let mut skip = |unit: usize, extra: usize| -> Option<()> {
        let n = u32::from_le_bytes(bytes.get(pos..pos + 4)?.try_into().ok()?) as usize;
        pos = pos.checked_add(4)?.checked_add(n.checked_mul(unit)?)?.checked_add(extra)?;
        (pos <= bytes.len()).then_some(())
    };
    skip(4, 4).ok_or_else(bad)?;
    skip(8, 0).ok_or_else(bad)?;
    skip(1, 2).ok_or_else(bad)?;
    if pos != bytes.len() {
        return Err(bad());
    }
    let (trie, rest) = MpTrie::deserialize_from_slice(bytes);
    if !rest.is_empty() {
        return Err(bad());
    }
    Ok(Some(trie))
}

fn put_u32(out: &mut Vec<u8>, x: u32) {
    out.extend_from_slice(&x.to_le_bytes());
}

fn put_u64(out: &mut Vec<u8>, x: u64) {
    out.extend_from_slice(&x.to_le_bytes());
}

/// Whether the original text at `s` has no word char right before (a hyphen after a word char
/// joins: `Jean-Pierre`).
fn boundary_before(text: &str, s: usize) -> bool {
    let b = text.as_bytes();
    if s > b.len() {
        return false;
    }
    // ASCII fast path: the byte before (and the one before a hyphen) decides.
    match s.checked_sub(1).map(|p| b[p]) {
        None => return true,
        Some(c) if c.is_ascii_alphanumeric() => return false,
        Some(b'-') => match s.checked_sub(2).map(|p| b[p]) {
            None => return true,
            Some(c) if c.is_ascii() => return !c.is_ascii_alphanumeric(),
            _ => {}
        },
        Some(c) if c.is_ascii() => return true,
        _ => {}
    }
    let Some(head) = text.get(..s) else { return false };
    let mut before = head.chars().rev();
    match before.next() {
        Some(c) if word_char(c) => false,
        Some('-') => !before.next().is_some_and(word_char),
        _ => true,
    }
}

/// Whether the original char at `s` may begin a capitalized name (not a lower-case letter).
fn may_be_capital(text: &str, s: usize) -> bool {
    match text.as_bytes().get(s) {
        Some(b) if b.is_ascii_lowercase() => false,
        Some(b) if b.is_ascii() => true,
        _ => text
            .get(s..)
            .and_then(|t| t.chars().next())
            .is_none_or(|c| !c.is_alphabetic() || c.is_uppercase() || c.is_numeric()),
    }
}

/// Calls `f(folded offset, may be capitalized)` at every place a name can start: the first char
/// of each word of the folded text whose original start is on a word boundary, and, when
/// `nonword` is set, every non-word char on a boundary too.
pub(crate) fn scan_starts(text: &str, folded: &Folded, nonword: bool, mut f: impl FnMut(usize, bool)) {
    let ft = folded.text.as_str();
    let fb = ft.as_bytes();
    let next_char = |i: usize| -> char { ft.get(i..).and_then(|t| t.chars().next()).unwrap_or('\u{FFFD}') };
    let mut i = 0;
    while i < fb.len() {
        let (word, len) = match CLASS[fb[i] as usize] {
            WORD => (true, 1),
            OTHER => (false, 1),
            _ => {
                let c = next_char(i);
                (word_char(c), c.len_utf8())
            }
        };
        if !word {
            if nonword {
                let s = folded.orig(i);
                if boundary_before(text, s) {
                    f(i, true);
                }
            }
            i += len;
            continue;
        }
        let s = folded.orig(i);
        if boundary_before(text, s) {
            f(i, may_be_capital(text, s));
        }
        // The rest of the word cannot start a name (a word char precedes it).
        i += len;
        loop {
            while i < fb.len() && CLASS[fb[i] as usize] == WORD {
                i += 1;
            }
            if i >= fb.len() || CLASS[fb[i] as usize] == OTHER {
                break;
            }
            let c = next_char(i);
            if !word_char(c) {
                break;
            }
            i += c.len_utf8();
        }
    }
}

/// [`is_word_char`] with the typographic marks of news text (`«`, `’`, `—`, `…`) answered
/// without the Unicode tables.
#[inline]
fn word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0xA0 | 0xAB | 0xBB | 0x2000..=0x206F => false,
        _ => is_word_char(c),
    }
}

const OTHER: u8 = 0;
const WORD: u8 = 1;
const MULTIBYTE: u8 = 2;

/// Byte classes of UTF-8 text: ASCII word char, other ASCII, start or continuation of a
/// multibyte char (decoded to decide).
static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if b >= 0x80 {
            MULTIBYTE
        } else if (b as u8).is_ascii_alphanumeric() {
            WORD
        } else {
            OTHER
        };
        b += 1;
    }
    t
};
