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

/// Something folded text can be appended to (a `String`, or a stack buffer for short words).
trait FoldSink {
    /// Appends a char.
    fn push_char(&mut self, c: char);
    /// Appends a string.
    fn push_text(&mut self, s: &str);
}

impl FoldSink for String {
    fn push_char(&mut self, c: char) {
        self.push(c)
    }
    fn push_text(&mut self, s: &str) {
        self.push_str(s)
    }
}

/// A fixed stack buffer for folding short words; `overflow` is set when the word did not fit.
struct StackBuf {
    buf: [u8; 48],
    len: usize,
    overflow: bool,
}

impl FoldSink for StackBuf {
    fn push_char(&mut self, c: char) {
        let n = c.len_utf8();
        if self.len + n > self.buf.len() {
            self.overflow = true;
            return;
        }
        c.encode_utf8(&mut self.buf[self.len..]);
        self.len += n;
    }
    fn push_text(&mut self, s: &str) {
        if self.len + s.len() > self.buf.len() {
            self.overflow = true;
            return;
        }
        self.buf[self.len..self.len + s.len()].copy_from_slice(s.as_bytes());
        self.len += s.len();
    }
}

/// The folded form of a word as an inline string (no allocation up to 24 bytes): ASCII words are
/// lowered directly, others folded through a stack buffer.
pub fn fold_compact(s: &str) -> compact_str::CompactString {
    let b = s.as_bytes();
    if b.is_ascii() && !b.iter().any(|&c| c.is_ascii_uppercase() || c == b'`') {
        return compact_str::CompactString::new(s);
    }
    let mut sb = StackBuf { buf: [0; 48], len: 0, overflow: false };
    fold_into(s, &mut sb);
    match std::str::from_utf8(&sb.buf[..sb.len]) {
        Ok(f) if !sb.overflow => compact_str::CompactString::new(f),
        _ => compact_str::CompactString::from(fold(s)),
    }
}

/// Appends the folded form of `s` to `out` (see [`fold`]); ASCII runs are copied in one go.
fn fold_into<S: FoldSink>(s: &str, out: &mut S) {
    let b = s.as_bytes();
    if b.iter().all(|&c| c.is_ascii() && !c.is_ascii_uppercase() && c != b'`') {
        out.push_text(s);
        return;
    }
    for ch in s.chars() {
        if ch.is_ascii() {
            out.push_char(if ch == '`' { '\'' } else { ch.to_ascii_lowercase() });
        } else {
            fold_char_into(ch, out);
        }
    }
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

/// Appends the folded form of one non-ASCII char: lowercase, no diacritics,
/// typographic apostrophes, dashes and spaces unified to their ASCII forms.
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
    fn fold_key_collapses_spaces() {
        assert_eq!(fold_key("  Chef de\u{a0}l’État  russe "), "chef de l'etat russe");
    }
}
