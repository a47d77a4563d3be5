//! Start filters: what the first bytes of the names are, in small tables read at every word
//! start, so that most word starts need no trie walk.
//!
//! Bytes are read as five-bit codes (their low five bits: `a`–`z` and `A`–`Z` give 1–26, other
//! bytes share codes with them, which only lets more starts through), so that the first bytes
//! of the original text index the tables directly when they are ASCII: a [`StartTable`] of
//! three codes (any-case and capitalized names, and whether a name shorter than [`START_LEN`]
//! bytes starts there), and [`LongStarts`], hashed sets of five and eight codes and of whole
//! short names. The filters only ever let too many starts through, never too few.

/// Bytes of a name's start that the start filters read.
pub(crate) const START_LEN: usize = 5;

/// The start-filter code of a folded byte: its low five bits (`a`–`z` and `A`–`Z` give 1–26;
/// other bytes share codes with them, which only lets more starts through).
#[inline]
pub(crate) const fn code(b: u8) -> u32 {
    (b & 0x1F) as u32
}

/// The index of the first [`START_LEN`] bytes of a start: five bits each, first byte lowest.
/// Read from the original text, an ASCII byte gives the code of its fold, except the backquote
/// (folded to an apostrophe), for which the filters also hold the backquote's code.
#[inline]
pub(crate) const fn index(w: u64) -> u32 {
    ((w & 0x1F) | (w >> 3 & 0x3E0) | (w >> 6 & 0x7C00) | (w >> 9 & 0xF_8000) | (w >> 12 & 0x1F0_0000)) as u32
}

/// Flags of [`StartTable`].
pub(crate) const ANY3: u8 = 1;
pub(crate) const CAP3: u8 = 2;
pub(crate) const ANY_SHORT: u8 = 4;
pub(crate) const CAP_SHORT: u8 = 8;

/// Per code of three bytes: whether some name (any case: [`ANY3`], capitalized: [`CAP3`]) starts
/// with them, and whether some name shorter than [`START_LEN`] does ([`ANY_SHORT`],
/// [`CAP_SHORT`]); a name shorter than three matches every code after it. A byte per index
/// (32 KB, read at every word start without unpacking; its fixed size spares the reads a bounds
/// check).
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct StartTable(Box<[u8; 1 << 15]>);

impl Default for StartTable {
    fn default() -> StartTable {
        StartTable(Box::new([0; 1 << 15]))
    }
}

impl std::fmt::Debug for StartTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let used = self.0.iter().filter(|&&x| x != 0).count();
        write!(f, "StartTable({used} codes used)")
    }
}

/// Every code sequence a name's first bytes may show in the text: the codes of its bytes, and
/// for an apostrophe the backquote's code too.
fn code_variants(prefix: &[u8], mut f: impl FnMut(&[u32])) {
    // Without an apostrophe (nearly every name) there is one sequence.
    if prefix.len() <= 8 && !prefix.contains(&b'\'') {
        let mut codes = [0u32; 8];
        for (c, &b) in codes.iter_mut().zip(prefix) {
            *c = code(b);
        }
        return f(&codes[..prefix.len()]);
    }
    fn rec(prefix: &[u8], acc: &mut Vec<u32>, f: &mut impl FnMut(&[u32])) {
        match prefix.split_first() {
            None => f(acc),
            Some((&b, rest)) => {
                acc.push(code(b));
                rec(rest, acc, f);
                acc.pop();
                if b == b'\'' {
                    acc.push(code(b'`'));
                    rec(rest, acc, f);
                    acc.pop();
                }
            }
        }
    }
    rec(prefix, &mut Vec::with_capacity(prefix.len()), &mut f);
}

impl StartTable {
    /// Adds the first bytes of a name (its whole folded form when shorter than [`START_LEN`]).
    pub(crate) fn insert(&mut self, prefix: &[u8], any: bool) {
        let (three, short) = if any { (ANY3, ANY_SHORT) } else { (CAP3, CAP_SHORT) };
        let flag = three | if prefix.len() < START_LEN { short } else { 0 };
        let n = prefix.len().min(3);
        code_variants(&prefix[..n], |c| {
            let k = c.iter().enumerate().fold(0usize, |k, (i, &x)| k | (x as usize) << (5 * i));
            // Codes after a short name are free.
            for rest in 0..1usize << (5 * (3 - n)) {
                let i = k | rest << (5 * n);
                self.0[i] |= flag;
            }
        });
    }

    /// The flags of the first three codes of a start index.
    #[inline]
    pub(crate) fn get(&self, index: u32) -> u8 {
        self.0[(index & 0x7FFF) as usize]
    }
}

/// The index of the first eight bytes of a start (as [`index`], for eight bytes).
#[inline]
pub(crate) const fn index8(w: u64) -> u64 {
    (w & 0x1F)
        | (w >> 3 & 0x3E0)
        | (w >> 6 & 0x7C00)
        | (w >> 9 & 0xF_8000)
        | (w >> 12 & 0x1F0_0000)
        | (w >> 15 & 0x3E00_0000)
        | (w >> 18 & 0x7_C000_0000)
        | (w >> 21 & 0xF8_0000_0000)
}

/// Name starts of a fixed length, as start indexes, hashed (false positives only).
#[derive(Clone, PartialEq, Eq, Default)]
pub(crate) struct LongStarts {
    bits: Vec<u64>,
    shift: u32,
}

impl std::fmt::Debug for LongStarts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set: u32 = self.bits.iter().map(|w| w.count_ones()).sum();
        write!(f, "LongStarts({set} bits set of {})", self.bits.len() * 64)
    }
}

impl LongStarts {
    /// A set of the given name starts (folded bytes, all of one length), about 1 bit in 16 set.
    pub(crate) fn new<const N: usize>(prefixes: &[[u8; N]]) -> LongStarts {
        let bits = (prefixes.len() * 16).next_power_of_two().clamp(1 << 12, 1 << 25);
        let mut set = LongStarts { bits: vec![0; bits / 64], shift: 64 - bits.trailing_zeros() };
        for p in prefixes {
            code_variants(p, |c| {
                let k = set.slot(c.iter().enumerate().fold(0u64, |k, (i, &x)| k | (x as u64) << (5 * i)));
                set.bits[k >> 6] |= 1 << (k & 63);
            });
        }
        set
    }

    /// A set of whole short names (fewer than eight folded bytes), each keyed by its index and
    /// its length: see [`LongStarts::short_key`].
    pub(crate) fn short(names: &[Vec<u8>]) -> LongStarts {
        let bits = (names.len() * 16).next_power_of_two().clamp(1 << 12, 1 << 25);
        let mut set = LongStarts { bits: vec![0; bits / 64], shift: 64 - bits.trailing_zeros() };
        for p in names {
            code_variants(p, |c| {
                let index = c.iter().enumerate().fold(0u64, |k, (i, &x)| k | (x as u64) << (5 * i));
                let k = set.slot(LongStarts::short_key(index, p.len()));
                set.bits[k >> 6] |= 1 << (k & 63);
            });
        }
        set
    }

    /// The key of a name of `len` bytes whose index (of those bytes only) is `index`.
    #[inline]
    pub(crate) const fn short_key(index: u64, len: usize) -> u64 {
        index | (len as u64) << 40
    }

    #[inline]
    fn slot(&self, index: u64) -> usize {
        (index.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// 1 if some name may start with this index, else 0.
    #[inline]
    pub(crate) fn bit(&self, index: u64) -> u8 {
        if self.bits.is_empty() {
            return 0;
        }
        let k = self.slot(index);
        self.bits.get(k >> 6).map_or(0, |w| (w >> (k & 63) & 1) as u8)
    }
}
