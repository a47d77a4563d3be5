//! Case- and accent-folding into a buffer that maps back to original byte offsets.
//!
//! Matching names must ignore case and accents (`ETATS-UNIS`, `États-Unis`,
//! `etats-unis`), but every record carries offsets into the *original* text.
//! [`Folded`] holds the folded text and, for each folded byte, the original
//! byte offset it came from, so a match in the folded view maps back exactly.

/// A folded view of a text with a byte map back to the original.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    /// The folded text: lowercase, accents stripped, typographic variants unified.
    pub text: String,
    /// `map[i]` is the original byte offset of folded byte `i`; `map[text.len()]` is the original length.
    map: Vec<u32>,
}

impl Folded {
    /// Folds `original` (see [`fold_char`] for what folding does).
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len() + 8);
        let mut map = Vec::with_capacity(original.len() + 9);
        let bytes = original.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                // ASCII fast path.
                let c = match b {
                    b'A'..=b'Z' => b + 32,
                    b'`' => b'\'',
                    _ => b,
                };
                text.push(c as char);
                map.push(i as u32);
                i += 1;
                continue;
            }
            let ch = original[i..].chars().next().unwrap_or('\u{FFFD}');
            let len = ch.len_utf8();
            let before = text.len();
            fold_char(ch, &mut text);
            for _ in before..text.len() {
                map.push(i as u32);
            }
            i += len;
        }
        map.push(original.len() as u32);
        Folded { text, map }
    }

    /// Maps a folded byte offset back to the original text.
    pub fn orig(&self, folded_offset: usize) -> usize {
        self.map[folded_offset.min(self.map.len() - 1)] as usize
    }

    /// Maps a folded byte range back to an original byte range.
    pub fn orig_range(&self, start: usize, end: usize) -> (usize, usize) {
        (self.orig(start), self.orig(end))
    }
}

/// Folds a string to its matching key (used for gazetteer names and lexicon entries).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Something folded text can be appended to (a `String`, or an inline string for short words).
trait FoldSink {
    /// Appends a char.
    fn push_char(&mut self, c: char);
    /// Appends a string.
    fn push_text(&mut self, s: &str);
    /// Appends an ASCII string with its capitals lowered.
    fn push_lowered(&mut self, s: &str);
}

/// `String` and `CompactString` have the same push methods: one impl serves both.
macro_rules! fold_sink {
    ($($t:ty),*) => {$(
        impl FoldSink for $t {
            fn push_char(&mut self, c: char) {
                self.push(c)
            }
            fn push_text(&mut self, s: &str) {
                self.push_str(s)
            }
            fn push_lowered(&mut self, s: &str) {
                let n = self.len();
                self.push_str(s);
                self.as_mut_str()[n..].make_ascii_lowercase();
            }
        }
    )*};
}

fold_sink!(String, compact_str::CompactString);

/// What the bytes of a word are, as bits or-ed together by [`byte_flags`].
pub(crate) mod flag {
    /// An ASCII capital letter.
    pub const UPPER: u8 = 1;
    /// An ASCII small letter.
    pub const LOWER: u8 = 2;
    /// A backtick (folded to `'`).
    pub const BACKTICK: u8 = 4;
    /// A byte of a non-ASCII char.
    pub const NON_ASCII: u8 = 8;
}

/// The [`flag`] bits of byte `b` (the tokenizer's byte classes are built on them too).
pub(crate) const fn flag_of(b: u8) -> u8 {
    match b {
        b'A'..=b'Z' => flag::UPPER,
        b'a'..=b'z' => flag::LOWER,
        b'`' => flag::BACKTICK,
        0x80..=0xFF => flag::NON_ASCII,
        _ => 0,
    }
}

/// The [`flag`] bits of every byte value.
static BYTE_FLAGS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = flag_of(b as u8);
        b += 1;
    }
    t
};

/// The [`flag`] bits of the bytes of `s` or-ed together.
pub(crate) fn byte_flags(s: &[u8]) -> u8 {
    s.iter().fold(0, |flags, &c| flags | BYTE_FLAGS[usize::from(c)])
}

/// The folded form of a word as an inline string (no allocation up to 24 bytes).
pub fn fold_compact(s: &str) -> compact_str::CompactString {
    fold_compact_flagged(s, byte_flags(s.as_bytes()))
}

/// [`fold_compact`] of `s` whose [`byte_flags`] are `flags`: a word without capitals, backticks
/// or non-ASCII chars is copied as is; ASCII capitals are lowered in place at the end (no folded
/// char is an ASCII capital); runs of ASCII bytes are copied in one go.
#[inline(always)]
pub(crate) fn fold_compact_flagged(s: &str, flags: u8) -> compact_str::CompactString {
    match flags & (flag::BACKTICK | flag::NON_ASCII | flag::UPPER) {
        0 => compact_str::CompactString::new(s),
        flag::UPPER => fold_compact_upper(s),
        _ => fold_compact_slow(s, flags),
    }
}

/// [`fold_compact_flagged`] of an ASCII word with capitals and no backtick: copied, then lowered
/// in place (kept out of line: the common word of small letters is copied straight).
#[inline(never)]
fn fold_compact_upper(s: &str) -> compact_str::CompactString {
    let mut key = compact_str::CompactString::new(s);
    key.as_mut_str().make_ascii_lowercase();
    key
}

/// [`fold_compact_flagged`] of a word with a backtick or a non-ASCII char (kept out of line: the
/// all-ASCII path stays small enough to inline): one char directly, a word in a stack buffer
/// when it folds to short ASCII, else through [`fold_into`].
#[inline(never)]
fn fold_compact_slow(s: &str, flags: u8) -> compact_str::CompactString {
    if flags & flag::BACKTICK == 0 {
        // One char (a quote mark, a dash; at most 4 bytes): folded as it stands.
        if s.len() <= 4 {
            let mut chars = s.chars();
            if let (Some(ch), None) = (chars.next(), chars.next()) {
                let mut out = compact_str::CompactString::const_new("");
                fold_char_into(ch, &mut out);
                return out;
            }
        }
        if let Some(key) = fold_ascii(s, flags & flag::UPPER != 0) {
            return key;
        }
    }
    let mut out = compact_str::CompactString::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// A word folded in a stack buffer while it folds to ASCII and fits; `ok` is cleared otherwise.
struct AsciiBuf {
    buf: [u8; 24],
    len: usize,
    ok: bool,
}

impl AsciiBuf {
    /// Appends an ASCII byte.
    fn push_byte(&mut self, b: u8) {
        match self.buf.get_mut(self.len) {
            Some(slot) if b < 0x80 => {
                *slot = b;
                self.len += 1;
            }
            _ => self.ok = false,
        }
    }

    /// The folded word, when every char folded to ASCII and it fit.
    fn as_str(&self) -> Option<&str> {
        let bytes = self.buf.get(..self.len).filter(|_| self.ok)?;
        // SAFETY: `push_byte` stores only bytes below 0x80, and ASCII is valid UTF-8.
        Some(unsafe { std::str::from_utf8_unchecked(bytes) })
    }
}

impl FoldSink for AsciiBuf {
    fn push_char(&mut self, c: char) {
        match u8::try_from(c) {
            Ok(b) => self.push_byte(b),
            Err(_) => self.ok = false,
        }
    }
    fn push_text(&mut self, s: &str) {
        s.bytes().for_each(|b| self.push_byte(b));
    }
    fn push_lowered(&mut self, s: &str) {
        s.bytes().for_each(|b| self.push_byte(b.to_ascii_lowercase()));
    }
}

/// The folded forms of U+00C0..=U+017F (accented Latin letters) that are ASCII: length (1 or 2;
/// 0 when not ASCII) and bytes.
static LATIN: std::sync::LazyLock<[(u8, [u8; 2]); 0xC0]> = std::sync::LazyLock::new(|| {
    let mut table = [(0u8, [0u8; 2]); 0xC0];
    for (c, e) in (0xC0..=0x17F).filter_map(char::from_u32).zip(table.iter_mut()) {
        let mut f = String::new();
        fold_char_into(c, &mut f);
        if f.is_ascii() && (1..=2).contains(&f.len()) {
            e.0 = f.len() as u8;
            e.1[..f.len()].copy_from_slice(f.as_bytes());
        }
    }
    table
});

/// The folded form of a word without backticks when it is ASCII and fits inline (24 bytes):
/// accented Latin letters through [`LATIN`], other chars through [`fold_char_into`]. The word
/// is built in a local buffer (only the rare other chars go through an [`AsciiBuf`]), so the
/// loop keeps its length in a register; its ASCII capitals, when it `has_upper`, are lowered at
/// the end (no folded char is an ASCII capital).
fn fold_ascii(s: &str, has_upper: bool) -> Option<compact_str::CompactString> {
    let latin = &*LATIN;
    let b = s.as_bytes();
    let mut buf = [0u8; 24];
    let mut n = 0;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c < 0x80 {
            *buf.get_mut(n)? = c;
            n += 1;
            i += 1;
        } else if let Some(&(k @ 1.., f)) = b
            .get(i + 1)
            .filter(|_| (0xC3..=0xC5).contains(&c))
            .and_then(|&d| latin.get(usize::from(c - 0xC3) << 6 | usize::from(d & 0x3F)))
        {
            // A two-byte char of U+00C0..=U+017F (lead byte 0xC3 to 0xC5).
            *buf.get_mut(n)? = f[0];
            if k == 2 {
                *buf.get_mut(n + 1)? = f[1];
            }
            n += usize::from(k);
            i += 2;
        } else if b[i..].starts_with("\u{2019}".as_bytes()) {
            // The typographic apostrophe (l’, d’, qu’) is folded without a lookup.
            *buf.get_mut(n)? = b'\'';
            n += 1;
            i += 3;
        } else {
            let ch = s[i..].chars().next()?;
            let mut out = AsciiBuf { buf, len: n, ok: true };
            fold_char_into(ch, &mut out);
            out.as_str()?;
            (buf, n) = (out.buf, out.len);
            i += ch.len_utf8();
        }
    }
    if has_upper {
        buf[..n].make_ascii_lowercase();
    }
    // Every byte stored is ASCII (`LATIN` holds ASCII folds only), as `AsciiBuf` requires.
    AsciiBuf { buf, len: n, ok: true }.as_str().map(compact_str::CompactString::new)
}

/// The folded form of word `b` (without backticks) when it is made of ASCII chars and accented
/// Latin letters that fold to ASCII ([`LATIN`]) and folds to at most 8 bytes: those bytes, zero
/// padded, and their count. Its ASCII capitals are left as they are (no folded char is one).
/// It is [`fold_compact`] of `b`, capitals aside, whenever it is not `None`.
pub(crate) fn fold_latin8(b: &[u8]) -> Option<([u8; 8], usize)> {
    let latin = &*LATIN;
    let (mut buf, mut n, mut i) = ([0u8; 8], 0, 0);
    while let Some(&c) = b.get(i) {
        if c < 0x80 {
            *buf.get_mut(n)? = c;
            n += 1;
            i += 1;
            continue;
        }
        // Only a two-byte char of U+00C0..=U+017F (lead byte 0xC3 to 0xC5) with an ASCII fold.
        let d = *b.get(i + 1).filter(|_| (0xC3..=0xC5).contains(&c))?;
        let &(k @ 1.., f) = latin.get(usize::from(c - 0xC3) << 6 | usize::from(d & 0x3F))? else { return None };
        *buf.get_mut(n)? = f[0];
        if k == 2 {
            *buf.get_mut(n + 1)? = f[1];
        }
        n += usize::from(k);
        i += 2;
    }
    Some((buf, n))
}

/// Appends the folded form of `s` to `out` (see [`fold`]); runs of ASCII bytes are copied in one
/// go and lowered in place.
fn fold_into<S: FoldSink>(s: &str, out: &mut S) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let run = i;
        while i < b.len() && b[i] < 0x80 && b[i] != b'`' {
            i += 1;
        }
        if run < i {
            out.push_lowered(&s[run..i]);
        }
        let Some(ch) = s[i..].chars().next() else { break };
        if ch == '`' {
            out.push_char('\'');
        } else {
            fold_char_into(ch, out);
        }
        i += ch.len_utf8();
    }
}

/// Whether `c` is a combining mark that folding drops (it continues the word of the letter before
/// it): the combining diacritical marks of decomposed text (`e` + U+0301 for `é`, NFD) and of
/// their extension, supplement, symbol and half-mark blocks.
#[inline]
pub fn is_combining_mark(c: char) -> bool {
    // Most chars (ASCII, Latin) are below the first block: one comparison.
    let u = u32::from(c);
    u >= 0x300
        && (u <= 0x36F
            || u >= 0x1AB0 && matches!(u, 0x1AB0..=0x1ACE | 0x1DC0..=0x1DFF | 0x20D0..=0x20F0 | 0xFE20..=0xFE2F))
}

/// Folds a whitespace-normalized key: folded, runs of spaces collapsed, trimmed.
pub fn fold_key(s: &str) -> String {
    let f = fold(s);
    let mut out = String::with_capacity(f.len());
    for w in f.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Appends the folded form of one non-ASCII char: lowercase, no diacritics (a combining mark
/// folds to nothing), typographic apostrophes, dashes and spaces unified to their ASCII forms.
pub fn fold_char(ch: char, out: &mut String) {
    fold_char_into(ch, out)
}

/// [`fold_char`] into any [`FoldSink`].
fn fold_char_into<S: FoldSink>(ch: char, out: &mut S) {
    let s: &str =
        match ch {
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą'
            | 'ą' => "a",
            'Æ' | 'æ' => "ae",
            'Ç' | 'ç' | 'Ć' | 'ć' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' | 'Č' | 'č' => "c",
            'Ď' | 'ď' | 'Đ' | 'đ' | 'Ð' | 'ð' => "d",
            'È' | 'É' | 'Ê' | 'Ë' | 'è' | 'é' | 'ê' | 'ë' | 'Ē' | 'ē' | 'Ĕ' | 'ĕ' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě'
            | 'ě' => "e",
            'Ĝ' | 'ĝ' | 'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => "g",
            'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' => "h",
            'Ì' | 'Í' | 'Î' | 'Ï' | 'ì' | 'í' | 'î' | 'ï' | 'Ĩ' | 'ĩ' | 'Ī' | 'ī' | 'Ĭ' | 'ĭ' | 'Į' | 'į' | 'İ'
            | 'ı' => "i",
            'Ĵ' | 'ĵ' => "j",
            'Ķ' | 'ķ' => "k",
            'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ŀ' | 'ŀ' | 'Ł' | 'ł' => "l",
            'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' => "n",
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ō' | 'ō' | 'Ŏ' | 'ŏ' | 'Ő'
            | 'ő' => "o",
            'Œ' | 'œ' => "oe",
            'Ŕ' | 'ŕ' | 'Ŗ' | 'ŗ' | 'Ř' | 'ř' => "r",
            'Ś' | 'ś' | 'Ŝ' | 'ŝ' | 'Ş' | 'ş' | 'Š' | 'š' | 'Ș' | 'ș' => "s",
            'ß' => "ss",
            'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ŧ' | 'ŧ' | 'Ț' | 'ț' => "t",
            'Ù' | 'Ú' | 'Û' | 'Ü' | 'ù' | 'ú' | 'û' | 'ü' | 'Ũ' | 'ũ' | 'Ū' | 'ū' | 'Ŭ' | 'ŭ' | 'Ů' | 'ů' | 'Ű'
            | 'ű' | 'Ų' | 'ų' => "u",
            'Ŵ' | 'ŵ' => "w",
            'Ý' | 'ý' | 'ÿ' | 'Ÿ' | 'Ŷ' | 'ŷ' => "y",
            'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => "z",
            'Þ' | 'þ' => "th",
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' | '\u{00B4}' => "'",
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => "-",
            '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' | '\u{2002}' | '\u{2003}' => " ",
            // A combining mark is dropped, as the accent of a precomposed letter is.
            _ if is_combining_mark(ch) => return,
            _ => {
                if ch.is_uppercase() {
                    for l in ch.to_lowercase() {
                        out.push_char(l);
                    }
                } else {
                    out.push_char(ch);
                }
                return;
            }
        };
    out.push_text(s);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_maps_back() {
        let t = "À l’Élysée, Œuvre";
        let f = Folded::new(t);
        assert_eq!(f.text, "a l'elysee, oeuvre");
        let s = f.text.find("elysee").unwrap();
        let (a, b) = f.orig_range(s, s + "elysee".len());
        assert_eq!(&t[a..b], "Élysée");
        let s = f.text.find("oeuvre").unwrap();
        let (a, b) = f.orig_range(s, s + 6);
        assert_eq!(&t[a..b], "Œuvre");
    }

    #[test]
    fn combining_marks_fold_to_nothing_and_map_back_past_them() {
        // Decomposed (NFD) text folds as its composed form does.
        let t = "E\u{301}lyse\u{301}e, Kei\u{308}ta";
        let f = Folded::new(t);
        assert_eq!(f.text, "elysee, keita");
        assert_eq!(fold(t), fold("\u{C9}lys\u{E9}e, Ke\u{EF}ta"));
        assert_eq!(fold_compact("De\u{301}clare\u{301}"), "declare");
        assert_eq!(fold_compact("Minist\u{E8}re\u{1DC0}\u{20D7}\u{FE20}"), "ministere");
        assert_eq!(fold_key(" Se\u{301}bastien  Lecornu "), "sebastien lecornu");
        // A name ending in a mark ends after it; one starting at a letter starts at it.
        let s = f.text.find("elysee").unwrap();
        let (a, b) = f.orig_range(s, s + "elysee".len());
        assert_eq!(&t[a..b], "E\u{301}lyse\u{301}e");
        let s = f.text.find("keita").unwrap();
        let (a, b) = f.orig_range(s, s + "keita".len());
        assert_eq!(&t[a..b], "Kei\u{308}ta");
        assert!(is_combining_mark('\u{301}') && !is_combining_mark('\u{370}') && !is_combining_mark('e'));
    }

    #[test]
    fn fold_key_collapses_spaces() {
        assert_eq!(fold_key("  Chef de\u{a0}l’État  russe "), "chef de l'etat russe");
    }
}
