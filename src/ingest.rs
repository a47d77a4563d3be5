//! Ingest: turns raw bytes into [`Document`]s (decoding), with no IO of its own.
//!
//! The binary reads files and streams; this stage decides how bytes become text.
//! Valid UTF-8 is taken as is (a leading byte-order mark is kept so offsets stay
//! true to the file); anything else is decoded as Windows-1252, the usual
//! encoding of older French pages, which maps every byte and so never fails.

use crate::document::Document;

/// How the bytes of a document were decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Valid UTF-8.
    Utf8,
    /// Not UTF-8: decoded as Windows-1252.
    Windows1252,
}

/// Decodes `bytes` to text, reporting which encoding was used.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), Encoding::Utf8),
        Err(_) => (bytes.iter().map(|&b| cp1252(b)).collect(), Encoding::Windows1252),
    }
}

/// A document from raw bytes, decoded with [`decode`].
pub fn document_from_bytes(id: &str, bytes: &[u8]) -> (Document, Encoding) {
    let (text, enc) = decode(bytes);
    (Document::new(id, text), enc)
}

fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_bytes_decode() {
        let (s, e) = decode(b"d\xe9clar\xe9 \xabOui\xbb \x93ok\x94");
        assert_eq!(s, "déclaré «Oui» “ok”");
        assert_eq!(e, Encoding::Windows1252);
    }

    #[test]
    fn utf8_kept() {
        let (s, e) = decode("«Oui»".as_bytes());
        assert_eq!(s, "«Oui»");
        assert_eq!(e, Encoding::Utf8);
    }
}
