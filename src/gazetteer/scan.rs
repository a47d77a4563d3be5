//! Reading the original text for the matcher: chars folded on the fly exactly as [`Folded`] folds
//! them (from a table filled by calling it), word boundaries, and where a name can start.
//!
//! The matcher needs no folded copy of the text: it scans the original bytes for places where a
//! name can start and, there only, folds the next chars one at a time while it walks a trie.

use std::sync::OnceLock;

use super::starts::{code, START_LEN};
use super::{is_word_char, CaseRule};
use crate::fold::Folded;

/// The folded form of one char and what the scan needs to know about it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct CharFold {
    /// Folded UTF-8 bytes (`len` of them).
    pub(crate) bytes: [u8; 12],
    pub(crate) len: u8,
    /// [`WORD`] and [`MAY_CAP`] bits.
    pub(crate) flags: u8,
}

/// The char continues a word (letters and digits: [`is_word_char`]).
pub(crate) const WORD: u8 = 1;
/// The char may begin a capitalized name: it is not a letter without a capital (`é`, `a`).
pub(crate) const MAY_CAP: u8 = 2;

/// Chars whose fold is read from the table; every other char folds as [`default_fold`] says
/// (a test checks this against [`Folded`] for every char).
const RANGES: [(u32, u32); 2] = [(0x80, 0x370), (0x2000, 0x2220)];

/// Folds of the ASCII chars and of the chars in [`RANGES`], filled once by calling [`Folded::new`].
pub(crate) struct FoldTable {
    ascii: [u8; 128],
    ascii_flags: [u8; 128],
    /// For U+0080..U+00FF (by their second UTF-8 byte, `C2` chars first): the fold when it is
    /// one ASCII byte (`é` → `e`, no-break space → space), else 0; and their flags.
    latin1: [u8; 128],
    latin1_flags: [u8; 128],
    ranges: [Vec<CharFold>; 2],
}

fn compute(c: char) -> CharFold {
    let mut buf = [0u8; 4];
    let folded = Folded::new(c.encode_utf8(&mut buf)).text;
    from_str(c, &folded)
}

fn from_str(c: char, folded: &str) -> CharFold {
    let mut f = CharFold { flags: flags_of(c), ..CharFold::default() };
    // An empty fold (a combining mark) is skipped by [`Folder`]. A fold longer than the buffer
    // (none today: a test checks every char) would be skipped too.
    if folded.len() <= f.bytes.len() {
        f.bytes[..folded.len()].copy_from_slice(folded.as_bytes());
        f.len = folded.len() as u8;
    }
    f
}

fn flags_of(c: char) -> u8 {
    let mut fl = 0;
    if is_word_char(c) {
        fl |= WORD;
    }
    if !c.is_alphabetic() || c.is_uppercase() || c.is_numeric() {
        fl |= MAY_CAP;
    }
    fl
}

/// How [`Folded`] folds a char outside the table: nothing for a combining mark, lower case if it
/// has a capital, else unchanged.
pub(crate) fn default_fold(c: char) -> CharFold {
    let mut s = [0u8; 12];
    let mut n = 0;
    if crate::fold::is_combining_mark(c) {
        // Dropped, as the accent of a precomposed letter is.
    } else if c.is_uppercase() {
        for l in c.to_lowercase() {
            n += l.encode_utf8(&mut s[n..]).len();
        }
    } else {
        n = c.encode_utf8(&mut s).len();
    }
    CharFold { bytes: s, len: n as u8, flags: flags_of(c) }
}

/// The shared fold table.
pub(crate) fn table() -> &'static FoldTable {
    static TABLE: OnceLock<FoldTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut ascii = [0u8; 128];
        let mut ascii_flags = [0u8; 128];
        for b in 0..128u8 {
            let f = compute(b as char);
            ascii[b as usize] = f.bytes[0];
            ascii_flags[b as usize] = f.flags;
        }
        let ranges = RANGES.map(|(lo, hi)| {
            (lo..hi).map(|u| char::from_u32(u).map_or_else(CharFold::default, compute)).collect::<Vec<CharFold>>()
        });
        let mut latin1 = [0u8; 128];
        let mut latin1_flags = [0u8; 128];
        for k in 0..128 {
            let f = char::from_u32(0x80 + k as u32).map(compute).unwrap_or_default();
            if f.len == 1 && f.bytes[0] < 0x80 {
                latin1[k] = f.bytes[0];
            }
            latin1_flags[k] = f.flags;
        }
        FoldTable { ascii, ascii_flags, latin1, latin1_flags, ranges }
    })
}

impl FoldTable {
    /// The folded byte of an ASCII byte.
    #[inline]
    pub(crate) fn ascii(&self, b: u8) -> u8 {
        self.ascii[(b & 0x7F) as usize]
    }

    /// The [`WORD`] / [`MAY_CAP`] flags of an ASCII byte.
    #[inline]
    pub(crate) fn ascii_flags(&self, b: u8) -> u8 {
        self.ascii_flags[(b & 0x7F) as usize]
    }

    /// An 8-byte window of text (first byte lowest) with its first five folded bytes read through
    /// the folds of the chars there that fold to one ASCII byte: Latin-1 letters (`é` → `e`)
    /// and, after the first char, the curly apostrophes (`’` → `'`); the bytes after a fold move
    /// down (at most three places: five bytes stay read). A non-ASCII byte is left among the
    /// first five when some char there folds otherwise.
    #[inline]
    pub(crate) fn fold_window(&self, mut w: u64) -> u64 {
        let mut moved = 0;
        loop {
            let high = w & 0x80_8080_8080;
            if high == 0 {
                return w;
            }
            let q = high.trailing_zeros() / 8;
            let [b0, b1, b2] = [0, 1, 2].map(|k| (w >> (8 * (q + k))) as u8);
            let latin1 = self.latin1[((b0 as usize & 1) << 6) | (b1 as usize & 0x3F)];
            let (f, n) = if b0 & 0xFE == 0xC2 && b1 & 0xC0 == 0x80 && latin1 != 0 {
                (latin1, 1)
            } else if q > 0 && b0 == 0xE2 && b1 == 0x80 && b2 & 0xFE == 0x98 {
                // U+2018 and U+2019 (a test checks their fold).
                (b'\'', 2)
            } else {
                return w;
            };
            if moved + n > 3 {
                return w;
            }
            moved += n;
            let low = w & ((1u64 << (8 * q)) - 1);
            w = low | (f as u64) << (8 * q) | (w >> (8 * (q + 1 + n))) << (8 * (q + 1));
        }
    }

    /// The [`WORD`] / [`MAY_CAP`] flags of the char a window starts with (ASCII or Latin-1; 0
    /// for others).
    #[inline]
    pub(crate) fn window_flags(&self, w: u64) -> u8 {
        let (b0, b1) = (w as u8, (w >> 8) as u8);
        if b0 < 0x80 {
            self.ascii_flags[b0 as usize]
        } else if b0 & 0xFE == 0xC2 {
            self.latin1_flags[((b0 as usize & 1) << 6) | (b1 as usize & 0x3F)]
        } else {
            0
        }
    }

    /// The fold of any char.
    #[inline]
    pub(crate) fn fold(&self, c: char) -> CharFold {
        let u = c as u32;
        if u < 0x80 {
            let mut f = CharFold { len: 1, flags: self.ascii_flags[u as usize], ..CharFold::default() };
            f.bytes[0] = self.ascii[u as usize];
            return f;
        }
        for (k, &(lo, hi)) in RANGES.iter().enumerate() {
            if (lo..hi).contains(&u) {
                return self.ranges[k][(u - lo) as usize];
            }
        }
        default_fold(c)
    }
}

/// The start index ([`super::starts::index`]) of the folded text from byte `s`, read without
/// decoding when its chars are ASCII or Latin-1 ones that fold to one ASCII byte (`é`); `None`
/// for other chars (then [`start_index`] tells).
#[inline]
pub(crate) fn quick_index(b: &[u8], tab: &FoldTable, s: usize) -> Option<u32> {
    let mut index = 0;
    let mut i = s;
    for k in 0..START_LEN {
        let f = match b.get(i) {
            None => break,
            Some(&c) if c < 0x80 => {
                i += 1;
                tab.ascii[c as usize]
            }
            Some(&lead @ (0xC2 | 0xC3)) => {
                let cont = *b.get(i + 1)?;
                i += 2;
                let f = tab.latin1[((lead as usize & 1) << 6) | (cont as usize & 0x3F)];
                if f == 0 {
                    return None;
                }
                f
            }
            Some(_) => return None,
        };
        index |= code(f) << (5 * k);
    }
    Some(index)
}

/// The start index ([`super::starts::index`]) of the first folded bytes from byte `s` (whose
/// char, `clen` bytes, folds to `first`), `skip` bytes into that fold; past the end of the text
/// any code will do (only names that end before it can match there).
pub(crate) fn start_index(b: &[u8], tab: &'static FoldTable, s: usize, first: &CharFold, clen: usize, skip: u8) -> u32 {
    let mut f = Folder::new(b, tab, s, first, clen, skip);
    let mut index = 0;
    for k in 0..START_LEN {
        match f.next() {
            Some(x) => index |= code(x) << (5 * k),
            None => break,
        }
    }
    index
}

/// Decodes the char starting at byte `i` of valid UTF-8 (its length too).
#[inline]
pub(crate) fn decode(b: &[u8], i: usize) -> (char, usize) {
    let b0 = b.get(i).copied().unwrap_or(0) as u32;
    let cont = |k: usize| b.get(i + k).map_or(0, |&x| (x & 0x3F) as u32);
    let (u, n) = if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xE0 {
        ((b0 & 0x1F) << 6 | cont(1), 2)
    } else if b0 < 0xF0 {
        ((b0 & 0x0F) << 12 | cont(1) << 6 | cont(2), 3)
    } else {
        ((b0 & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3), 4)
    };
    (char::from_u32(u).unwrap_or(char::REPLACEMENT_CHARACTER), n)
}

/// [`is_word_char`] with the typographic marks of news text (`«`, `’`, `—`, `…`) answered
/// without the Unicode tables.
#[inline]
pub(crate) fn word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0xA0 | 0xAB | 0xBB | 0x2000..=0x206F => false,
        _ => is_word_char(c),
    }
}

/// Whether the two bytes `lead`, `cont` encode a letter of Latin-1 (é, à, ç… but not × ÷) or
/// of Latin Extended-A (œ, ł…): word chars, told without decoding.
#[inline]
pub(crate) fn latin_letter(lead: u8, cont: u8) -> bool {
    match lead {
        0xC3 => cont != 0x97 && cont != 0xB7,
        0xC4 | 0xC5 => true,
        _ => false,
    }
}

/// Whether the char at `i` (a char boundary) of `text` is a word char.
#[inline]
fn word_at(text: &[u8], i: usize) -> bool {
    match text.get(i) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => word_char(decode(text, i).0),
    }
}

/// Whether a match may end at `e`: no word char after it, nor a hyphen joined to one
/// (the end half of [`super::on_word_boundaries`]).
#[inline]
pub(crate) fn boundary_after(text: &[u8], e: usize) -> bool {
    match text.get(e) {
        None => true,
        Some(b'-') => !word_at(text, e + 1),
        Some(&b) if b < 0x80 => !b.is_ascii_alphanumeric(),
        Some(_) => !word_char(decode(text, e).0),
    }
}

/// What precedes a position, for the start half of [`super::on_word_boundaries`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Before {
    /// Start of text or a non-word char: a name may start here.
    Boundary,
    /// A word char.
    Word,
    /// A hyphen right after a word char (`Jean-|Pierre`).
    JoinedHyphen,
}

/// What precedes byte `i` (a char boundary) of `text`.
pub(crate) fn before(text: &str, i: usize) -> Before {
    let mut it = text.get(..i).unwrap_or("").chars().rev();
    match it.next() {
        Some(c) if word_char(c) => Before::Word,
        Some('-') if it.next().is_some_and(word_char) => Before::JoinedHyphen,
        _ => Before::Boundary,
    }
}

/// Whether `surface` has the case `rule` asks for (see [`super::case_ok`]), ASCII answered fast.
#[inline]
pub(crate) fn case_ok(surface: &str, rule: CaseRule) -> bool {
    match rule {
        CaseRule::Any => true,
        CaseRule::Initial => match surface.as_bytes().first() {
            Some(&b) if b.is_ascii_alphabetic() => b.is_ascii_uppercase(),
            _ => super::case_ok(surface, rule),
        },
        CaseRule::AllCaps => {
            if surface.is_ascii() {
                !surface.bytes().any(|b| b.is_ascii_lowercase())
            } else {
                super::case_ok(surface, rule)
            }
        }
    }
}

/// Folded bytes of the original text from a start, one at a time, with the original offset a
/// name ending at the last byte given would end at.
pub(crate) struct Folder<'t> {
    text: &'t [u8],
    table: &'static FoldTable,
    /// Original offset of the char after the current one.
    next: usize,
    /// Original offset of the current char (whose folded bytes are in `buf`).
    cur: usize,
    buf: [u8; 12],
    len: u8,
    idx: u8,
    /// Folded bytes given so far.
    pub(crate) taken: u32,
}

impl<'t> Folder<'t> {
    /// A folder at original offset `s`, whose char (`clen` bytes) folds to `first`, starting
    /// `skip` bytes into that fold (a name may start inside it: the `e` of `œ` → `oe`).
    #[inline]
    pub(crate) fn new(
        text: &'t [u8],
        table: &'static FoldTable,
        s: usize,
        first: &CharFold,
        clen: usize,
        skip: u8,
    ) -> Folder<'t> {
        Folder { text, table, next: s + clen, cur: s, buf: first.bytes, len: first.len, idx: skip, taken: 0 }
    }

    /// The next folded byte.
    #[inline(always)]
    pub(crate) fn next(&mut self) -> Option<u8> {
        self.taken += 1;
        if self.idx < self.len {
            let b = self.buf[self.idx as usize];
            self.idx += 1;
            return Some(b);
        }
        let &b = self.text.get(self.next)?;
        self.cur = self.next;
        if b < 0x80 {
            // An ASCII char folds to one byte; nothing is buffered (`idx == len`: complete).
            self.next += 1;
            return Some(self.table.ascii(b));
        }
        self.next_multibyte()
    }

    /// The first folded byte of the multibyte char at `next`; a char that folds to nothing (a
    /// combining mark) is skipped, as [`Folded`] drops it.
    #[cold]
    fn next_multibyte(&mut self) -> Option<u8> {
        loop {
            let (c, n) = decode(self.text, self.next);
            self.next += n;
            let f = self.table.fold(c);
            if f.len > 0 {
                self.buf = f.bytes;
                self.len = f.len;
                self.idx = 1;
                return Some(f.bytes[0]);
            }
            let &b = self.text.get(self.next)?;
            self.cur = self.next;
            if b < 0x80 {
                self.next += 1;
                return Some(self.table.ascii(b));
            }
        }
    }

    /// Original offset a name ending at the last byte given ends at: the end of its char and of
    /// the chars after it that fold to nothing (combining marks), or, inside the fold of one
    /// char, that char's start (as [`Folded::orig`] maps it).
    #[inline]
    pub(crate) fn end(&self) -> usize {
        if self.idx >= self.len {
            let mut e = self.next;
            while self.text.get(e).is_some_and(|&b| b >= 0x80) {
                let (c, n) = decode(self.text, e);
                if self.table.fold(c).len > 0 {
                    break;
                }
                e += n;
            }
            e
        } else {
            self.cur
        }
    }
}

/// Bytes of the text a [`word_starts`] block needs before it.
pub(crate) const STARTS_BEHIND: usize = 16;

/// Bit `j` set for each byte `j` of the 64 bytes of `src` from `at` that may start a name after a
/// word boundary: an ASCII letter or digit or the lead byte of a multibyte char, not after an
/// ASCII letter or digit, a Latin-1 or Latin Extended-A letter ([`latin_letter`]), or a hyphen
/// joined to an ASCII letter or digit. `src` holds [`STARTS_BEHIND`] bytes before the block;
/// 0 if it does not.
#[inline]
pub(crate) fn word_starts(src: &[u8], at: usize) -> u64 {
    // SAFETY: SSE2 is part of x86-64: every processor running this code has it.
    #[cfg(target_arch = "x86_64")]
    return unsafe { sse2::word_starts(src, at) };
    #[cfg(not(target_arch = "x86_64"))]
    return swar::word_starts(src, at);
}

/// Bit `j` set for each byte `j` of the 64 bytes of `src` from `at` where one of bytes `j`,
/// `j + 1` and `j + 2` is not ASCII (`src` holds two bytes after the block; all bits set if not).
/// The scan tells this per start now; tests still check the lane tricks against it.
#[cfg(test)]
pub(crate) fn non_ascii3(src: &[u8], at: usize) -> u64 {
    swar::non_ascii3(src, at)
}

/// Bit `j` set for each byte `j` of `chunk` equal to `b`.
#[inline]
pub(crate) fn eq16(chunk: &[u8; 16], b: u8) -> u32 {
    // SAFETY: SSE2 is part of x86-64: every processor running this code has it.
    #[cfg(target_arch = "x86_64")]
    return unsafe { sse2::eq16(chunk, b) };
    #[cfg(not(target_arch = "x86_64"))]
    return swar::eq16(chunk, b);
}

/// [`word_starts`] from masks of the 64 bytes of `src` from `at` (bit `j` for byte `j`): the
/// ASCII letters and digits, the lead bytes of multibyte chars and the hyphens. The two bytes
/// before the block, and the Latin letters (few: read at their lead bytes), are read from `src`,
/// which holds at least two bytes before the block and the block.
#[cfg(target_arch = "x86_64")]
#[inline]
pub(crate) fn starts_of(src: &[u8], at: usize, words: u64, leads: u64, hyphens: u64) -> u64 {
    let latin = |i: usize| latin_letter(src[i], src[i + 1]) && src[i + 1] & 0xC0 == 0x80;
    // Bit `j`: a Latin letter ends right before byte `j`.
    let mut after_latin = latin(at - 2) as u64 | (latin(at - 1) as u64) << 1;
    let mut m = leads & (u64::MAX >> 2);
    while m != 0 {
        let k = m.trailing_zeros() as usize;
        m &= m - 1;
        after_latin |= (latin(at + k) as u64) << (k + 2);
    }
    let word = |b: u8| b.is_ascii_alphanumeric() as u64;
    let (p2, p1) = (src[at - 2], src[at - 1]);
    let word1 = words << 1 | word(p1);
    let word2 = words << 2 | word(p1) << 1 | word(p2);
    let hyphen1 = hyphens << 1 | (p1 == b'-') as u64;
    (words | leads) & !(word1 | after_latin | hyphen1 & word2)
}

/// [`word_starts`] 16 bytes at a time (SSE2, which every x86-64 processor has).
#[cfg(target_arch = "x86_64")]
pub(crate) mod sse2 {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_and_si128, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
        _mm_or_si128, _mm_set1_epi8,
    };

    use super::STARTS_BEHIND;

    #[inline]
    #[target_feature(enable = "sse2")]
    fn splat(b: u8) -> __m128i {
        _mm_set1_epi8(b as i8)
    }

    /// The 16 bytes of `src` from `i`.
    #[inline]
    #[target_feature(enable = "sse2")]
    fn load(src: &[u8], i: usize) -> __m128i {
        let chunk: &[u8; 16] = src[i..i + 16].try_into().expect("16 bytes");
        // SAFETY: `chunk` holds 16 readable bytes; an unaligned load needs no alignment.
        unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) }
    }

    /// Lanes holding an ASCII letter or digit: their ranges moved to the bottom of the signed
    /// range (`a`..=`z` in any case, `0`..=`9`).
    #[inline]
    #[target_feature(enable = "sse2")]
    fn word(v: __m128i) -> __m128i {
        let lower = _mm_or_si128(v, splat(0x20));
        let letter = _mm_cmplt_epi8(_mm_add_epi8(lower, splat(0x80 - b'a')), splat(0x80 + 26));
        let digit = _mm_cmplt_epi8(_mm_add_epi8(v, splat(0x80 - b'0')), splat(0x80 + 10));
        _mm_or_si128(letter, digit)
    }

    /// [`super::eq16`].
    #[inline]
    #[target_feature(enable = "sse2")]
    pub(crate) fn eq16(chunk: &[u8; 16], b: u8) -> u32 {
        // SAFETY: `chunk` holds 16 readable bytes; an unaligned load needs no alignment.
        let x = unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) };
        _mm_movemask_epi8(_mm_cmpeq_epi8(x, splat(b))) as u16 as u32
    }

    /// [`super::word_starts`]: masks of the block's ASCII letters and digits, lead bytes and
    /// hyphens, 16 bytes at a time, put together by [`super::starts_of`].
    #[inline]
    #[target_feature(enable = "sse2")]
    pub(crate) fn word_starts(src: &[u8], at: usize) -> u64 {
        if at < STARTS_BEHIND || src.len() < at + 64 {
            return 0;
        }
        let (mut words, mut leads, mut hyphens) = (0u64, 0u64, 0u64);
        for k in 0..4 {
            let x = load(src, at + 16 * k);
            // A lead byte has its two high bits set: the high bits of the byte and of its double.
            let lead = _mm_and_si128(x, _mm_add_epi8(x, x));
            let hyphen = _mm_cmpeq_epi8(x, splat(b'-'));
            words |= (_mm_movemask_epi8(word(x)) as u16 as u64) << (16 * k);
            leads |= (_mm_movemask_epi8(lead) as u16 as u64) << (16 * k);
            hyphens |= (_mm_movemask_epi8(hyphen) as u16 as u64) << (16 * k);
        }
        super::starts_of(src, at, words, leads, hyphens)
    }
}

/// Byte-lane tricks on eight bytes at once (a `u64`, first byte lowest).
pub(crate) mod swar {
    // On x86-64 the SSE2 word starts stand in for these but the high-bit mask (tests compare them).
    #![cfg_attr(all(target_arch = "x86_64", not(test)), allow(dead_code))]

    const LO: u64 = 0x0101_0101_0101_0101;
    /// The high bit of every lane.
    pub(crate) const HI: u64 = 0x8080_8080_8080_8080;

    /// Lanes holding an ASCII byte strictly between `m` and `n` (`m` < 128, `n` <= 128): their
    /// high bit set, others clear.
    #[inline]
    const fn between(x: u64, m: u64, n: u64) -> u64 {
        let low = x & (LO * 127);
        ((LO * (127 + n)).wrapping_sub(low) & !x & low.wrapping_add(LO * (127 - m))) & HI
    }

    /// The high bits of the lanes of `x`, packed: lane `j` gives bit `j`.
    #[inline]
    pub(crate) const fn movemask(x: u64) -> u64 {
        ((x >> 7) & LO).wrapping_mul(0x0102_0408_1020_4080) >> 56
    }

    /// Lanes holding the byte `k`.
    #[inline]
    pub(crate) const fn eq(x: u64, k: u8) -> u64 {
        let v = x ^ (LO * k as u64);
        !(((v & (LO * 0x7F)) + LO * 0x7F) | v) & HI
    }

    /// Lanes holding the lead byte of a multibyte char.
    #[inline]
    pub(crate) const fn lead(x: u64) -> u64 {
        x & (x << 1) & HI
    }

    /// Lanes whose byte in `x1` ends a Latin-1 or Latin Extended-A letter begun in `x2` (the
    /// same lane of the text one byte earlier): see [`super::latin_letter`].
    #[inline]
    pub(crate) const fn latin_letter(x2: u64, x1: u64) -> u64 {
        let c3 = eq(x2, 0xC3);
        let cont = x1 & !(x1 << 1) & HI;
        (c3 | eq(x2, 0xC4) | eq(x2, 0xC5)) & cont & !(c3 & (eq(x1, 0x97) | eq(x1, 0xB7)))
    }

    /// Lanes holding a small ASCII letter (`a`..=`z`).
    #[inline]
    pub(crate) const fn small_letters(x: u64) -> u64 {
        between(x, 0x60, 0x7B)
    }

    /// Lanes holding an ASCII letter or digit.
    #[inline]
    pub(crate) const fn word(x: u64) -> u64 {
        between(x | (LO * 0x20), 0x60, 0x7B) | between(x, 0x2F, 0x3A)
    }

    /// [`super::eq16`] eight bytes at a time.
    pub(crate) fn eq16(chunk: &[u8; 16], b: u8) -> u32 {
        let half = |k: usize| {
            let w = &chunk[8 * k..8 * k + 8];
            movemask(eq(u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]), b)) as u32
        };
        half(0) | half(1) << 8
    }

    /// [`super::non_ascii3`] eight bytes at a time.
    #[cfg(test)]
    pub(crate) fn non_ascii3(src: &[u8], at: usize) -> u64 {
        let Some(src) = src.get(at..at + 66) else { return u64::MAX };
        let load = |i: usize| {
            let w = &src[i..i + 8];
            u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]])
        };
        (0..8).fold(0, |high, k| high | movemask((load(8 * k) | load(8 * k + 1) | load(8 * k + 2)) & HI) << (8 * k))
    }

    /// [`super::word_starts`] eight bytes at a time.
    pub(crate) fn word_starts(src: &[u8], at: usize) -> u64 {
        let Some(src) = at.checked_sub(2).and_then(|lo| src.get(lo..at + 64)) else { return 0 };
        let load = |i: usize| {
            let w = &src[i..i + 8];
            u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]])
        };
        let mut starts = 0u64;
        for k in 0..8 {
            let (x, x1, x2) = (load(2 + 8 * k), load(1 + 8 * k), load(8 * k));
            let after_word = word(x1) | latin_letter(x2, x1) | eq(x1, b'-') & word(x2);
            starts |= movemask((word(x) | lead(x)) & !after_word) << (8 * k);
        }
        starts
    }
}
