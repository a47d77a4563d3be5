//! The name index: folded names in packed byte-wise tries, walked from a candidate start while the
//! text is folded on the fly (see [`super::scan`]).
//!
//! A trie is one byte buffer, read in place (it can live in a memory-mapped compiled file): nodes
//! in breadth-first order (the first levels, visited at every word start, stay together in the
//! cache), each one
//!
//! ```text
//! hdr: u8            bit 0: has a value, bit 1: has children, bits 2..8: label length (0..=63)
//! label: [u8]        the edge's bytes after its first one (the first one is in the parent)
//! value: u32         if bit 0: a pattern id, or MULTI | k for the k-th list of shared-key patterns
//! n - 1: u8          if bit 1: then the children's first bytes [u8; n] and node offsets [u32; n]
//! ```
//!
//! after a `u32` root offset. Every read is bounds-checked and every step of a walk consumes a
//! byte of the text, so a malformed buffer gives wrong matches at worst — never a panic or a loop.

use super::scan::Folder;
use crate::error::{Error, Result};

/// Trie values with this bit index a list of patterns sharing one key (else a pattern id).
pub(crate) const MULTI: u32 = 1 << 31;

/// Longest label stored in one node (longer edges are split into chains).
const MAX_LABEL: usize = 63;

const HAS_VALUE: u8 = 1;
const HAS_CHILDREN: u8 = 2;

/// A set of bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ByteSet([u64; 4]);

impl ByteSet {
    pub(crate) fn insert(&mut self, b: u8) {
        self.0[(b >> 6) as usize] |= 1 << (b & 63);
    }

    #[inline]
    pub(crate) fn contains(&self, b: u8) -> bool {
        self.0[(b >> 6) as usize] >> (b & 63) & 1 == 1
    }

    pub(crate) fn union(self, o: ByteSet) -> ByteSet {
        ByteSet([self.0[0] | o.0[0], self.0[1] | o.0[1], self.0[2] | o.0[2], self.0[3] | o.0[3]])
    }
}

/// A node while building: the keys `lo..hi` below it, where its label starts and ends in them.
struct Tmp {
    lo: u32,
    hi: u32,
    start: u32,
    end: u32,
    value: Option<u32>,
    first_child: u32,
    children: u32,
}

/// Builds a trie from `(key, value)` records sorted by key, keys unique and non-empty.
pub(crate) fn build(recs: &[(&[u8], u32)]) -> Result<Vec<u8>> {
    let too_big = || Error::data("gazetteer", 0, "the name index is too large (over 4 GB)");
    let n = u32::try_from(recs.len()).map_err(|_| too_big())?;
    if n == 0 {
        return Ok(Vec::new());
    }
    let mut nodes = vec![Tmp { lo: 0, hi: n, start: 0, end: 0, value: None, first_child: 0, children: 0 }];
    let mut i = 0;
    while i < nodes.len() {
        let (lo, hi, start) = (nodes[i].lo as usize, nodes[i].hi as usize, nodes[i].start as usize);
        let (first, last) = (recs[lo].0, recs[hi - 1].0);
        let lcp = start + first[start..].iter().zip(&last[start..]).take_while(|(a, b)| a == b).count();
        let end = lcp.min(start + MAX_LABEL);
        let mut j = lo;
        let value = if first.len() == end {
            j += 1;
            Some(recs[lo].1)
        } else {
            None
        };
        let first_child = u32::try_from(nodes.len()).map_err(|_| too_big())?;
        while j < hi {
            let b = recs[j].0[end];
            let k = j + recs[j..hi].partition_point(|r| r.0[end] <= b);
            nodes.push(Tmp {
                lo: j as u32,
                hi: k as u32,
                start: end as u32 + 1,
                end: 0,
                value: None,
                first_child: 0,
                children: 0,
            });
            j = k;
        }
        let children = nodes.len() as u32 - first_child;
        let t = &mut nodes[i];
        t.end = end as u32;
        t.value = value;
        t.first_child = first_child;
        t.children = children;
        i += 1;
    }
    // Offsets: nodes are laid out in the order built (breadth first), after the root offset.
    let size = |t: &Tmp| {
        1 + (t.end - t.start) as usize
            + if t.value.is_some() { 4 } else { 0 }
            + if t.children > 0 { 1 + 5 * t.children as usize } else { 0 }
    };
    let mut offsets = Vec::with_capacity(nodes.len());
    let mut at = 4usize;
    for t in &nodes {
        offsets.push(u32::try_from(at).map_err(|_| too_big())?);
        at += size(t);
    }
    u32::try_from(at).map_err(|_| too_big())?;
    let mut out = Vec::with_capacity(at);
    out.extend_from_slice(&4u32.to_le_bytes());
    for t in &nodes {
        let key = recs[t.lo as usize].0;
        let label = &key[t.start as usize..t.end as usize];
        let mut hdr = (label.len() as u8) << 2;
        if t.value.is_some() {
            hdr |= HAS_VALUE;
        }
        if t.children > 0 {
            hdr |= HAS_CHILDREN;
        }
        out.push(hdr);
        out.extend_from_slice(label);
        if let Some(v) = t.value {
            out.extend_from_slice(&v.to_le_bytes());
        }
        if t.children > 0 {
            let kids = &nodes[t.first_child as usize..(t.first_child + t.children) as usize];
            out.push((t.children - 1) as u8);
            out.extend(kids.iter().map(|c| recs[c.lo as usize].0[c.start as usize - 1]));
            for c in t.first_child..t.first_child + t.children {
                out.extend_from_slice(&offsets[c as usize].to_le_bytes());
            }
        }
    }
    debug_assert_eq!(out.len(), at);
    Ok(out)
}

/// Where the walks of a trie start: the root, and, when the root is a plain branch (no label,
/// no value), the node after each first byte (0: none), to skip the root's list of children.
#[derive(Debug, Clone)]
pub(crate) struct Roots {
    root: usize,
    next: Option<Box<[u32; 256]>>,
    /// The bytes a key can start with.
    pub(crate) first: ByteSet,
}

/// A trie read in place.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Trie<'a> {
    bytes: &'a [u8],
    roots: &'a Roots,
}

#[inline]
fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let w = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
}

/// Where `b` is among the `n` bytes of `t` from `at` (a node's children's first bytes, each
/// once): a few one by one, many 16 at a time where `t` has them.
#[inline]
pub(crate) fn find_byte(t: &[u8], at: usize, n: usize, b: u8) -> Option<usize> {
    if n <= 16 {
        return t.get(at..at + n)?.iter().position(|&x| x == b);
    }
    let mut k = 0;
    while k < n {
        let Some(chunk) = t.get(at + k..at + k + 16) else { break };
        let chunk: &[u8; 16] = chunk.try_into().expect("16 bytes");
        // Bytes past the `n` labels are no labels.
        let m = super::scan::eq16(chunk, b) & ((1 << (n - k).min(16)) - 1);
        if m != 0 {
            return Some(k + m.trailing_zeros() as usize);
        }
        k += 16;
    }
    let labels = t.get(at + k.min(n)..at + n)?;
    labels.iter().position(|&x| x == b).map(|i| k.min(n) + i)
}

impl Roots {
    /// Reads where the walks of the trie in `bytes` start (an empty buffer is an empty trie).
    pub(crate) fn new(bytes: &[u8]) -> Roots {
        let root = u32_at(bytes, 0).map_or(usize::MAX, |r| r as usize);
        let mut first = ByteSet::default();
        let mut next = None;
        if let Some(&hdr) = bytes.get(root) {
            let ll = (hdr >> 2) as usize;
            if ll > 0 {
                if let Some(&b) = bytes.get(root + 1) {
                    first.insert(b);
                }
            } else if hdr & HAS_CHILDREN != 0 {
                let p = root + 1 + if hdr & HAS_VALUE != 0 { 4 } else { 0 };
                let n = bytes.get(p).map_or(0, |&c| c as usize + 1);
                let mut table = Box::new([0u32; 256]);
                for (k, &b) in bytes.get(p + 1..p + 1 + n).unwrap_or(&[]).iter().enumerate() {
                    first.insert(b);
                    table[b as usize] = u32_at(bytes, p + 1 + n + 4 * k).unwrap_or(0);
                }
                if hdr & HAS_VALUE == 0 {
                    next = Some(table);
                }
            }
        }
        Roots { root, next, first }
    }
}

impl<'a> Trie<'a> {
    /// The trie in `bytes`, whose walks start as `roots` says.
    #[inline]
    pub(crate) fn new(bytes: &'a [u8], roots: &'a Roots) -> Trie<'a> {
        Trie { bytes, roots }
    }

    /// The bytes a key can start with.
    #[inline]
    pub(crate) fn first(&self) -> &'a ByteSet {
        &self.roots.first
    }

    /// Calls `f` with the first `depth` bytes of every key, or the whole key (and its value) when
    /// shorter (each prefix once, in byte order); false if the nodes are not a tree (a malformed
    /// buffer: more visits than bytes).
    pub(crate) fn starts(&self, depth: usize, f: &mut impl FnMut(&[u8], Option<u32>)) -> bool {
        if self.bytes.is_empty() {
            return true;
        }
        let mut budget = self.bytes.len();
        self.starts_at(self.roots.root, depth, &mut Vec::with_capacity(depth), f, &mut budget);
        budget > 0
    }

    fn starts_at(
        &self,
        o: usize,
        depth_max: usize,
        prefix: &mut Vec<u8>,
        f: &mut impl FnMut(&[u8], Option<u32>),
        budget: &mut usize,
    ) {
        if *budget == 0 {
            return;
        }
        *budget -= 1;
        let t = self.bytes;
        let Some(&hdr) = t.get(o) else { return };
        let ll = (hdr >> 2) as usize;
        let depth = prefix.len();
        let mut p = o + 1;
        for &b in t.get(p..p + ll).unwrap_or(&[]) {
            prefix.push(b);
            if prefix.len() == depth_max {
                f(prefix, None);
                prefix.truncate(depth);
                return;
            }
        }
        p += ll;
        if hdr & HAS_VALUE != 0 {
            f(prefix, u32_at(t, p));
            p += 4;
        }
        if hdr & HAS_CHILDREN != 0 {
            if let Some(&c) = t.get(p) {
                let n = c as usize + 1;
                let labels = t.get(p + 1..p + 1 + n).unwrap_or(&[]);
                for (k, &b) in labels.iter().enumerate() {
                    prefix.push(b);
                    if prefix.len() == depth_max {
                        f(prefix, None);
                    } else if let Some(next) = u32_at(t, p + 1 + n + 4 * k) {
                        self.starts_at(next as usize, depth_max, prefix, f, budget);
                    }
                    prefix.pop();
                }
            }
        }
        prefix.truncate(depth);
    }

    /// Walks the keys that are prefixes of the folded text `f` yields, calling
    /// `hit(value, end, folded length)` for each, shortest first (`end` is the original offset
    /// [`Folder::end`] gives).
    #[inline]
    pub(crate) fn walk(&self, f: &mut Folder<'_>, mut hit: impl FnMut(u32, usize, u32)) {
        let t = self.bytes;
        let mut o = match &self.roots.next {
            Some(next) => match f.next() {
                Some(b) if next[b as usize] != 0 => next[b as usize] as usize,
                _ => return,
            },
            None => self.roots.root,
        };
        loop {
            let Some(&hdr) = t.get(o) else { return };
            let ll = (hdr >> 2) as usize;
            let mut p = o + 1;
            if ll > 0 {
                let Some(label) = t.get(p..p + ll) else { return };
                for &lb in label {
                    if f.next() != Some(lb) {
                        return;
                    }
                }
                p += ll;
            }
            if hdr & HAS_VALUE != 0 {
                let Some(v) = u32_at(t, p) else { return };
                hit(v, f.end(), f.taken);
                p += 4;
            }
            if hdr & HAS_CHILDREN == 0 {
                return;
            }
            let Some(&c) = t.get(p) else { return };
            let n = c as usize + 1;
            let Some(b) = f.next() else { return };
            let Some(k) = find_byte(t, p + 1, n, b) else { return };
            let Some(next) = u32_at(t, p + 1 + n + 4 * k) else { return };
            o = next as usize;
        }
    }
}
