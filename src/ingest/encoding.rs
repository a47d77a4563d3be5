//! Bytes to text: UTF-8 as is, otherwise the declared or detected encoding (encoding_rs,
//! chardetng). Decoding never fails: invalid bytes become U+FFFD.

use encoding_rs::{Encoding as Enc, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// How the bytes of a document were decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Valid UTF-8.
    Utf8,
    /// Mostly UTF-8: the few invalid bytes were replaced by U+FFFD.
    Utf8Lossy,
    /// Not UTF-8: decoded as Windows-1252 (the usual encoding of older French pages; covers Latin-1).
    Windows1252,
    /// Not UTF-8: decoded as another encoding (its WHATWG name), declared or detected.
    Other(&'static str),
}

impl Encoding {
    /// A note for the record's diagnostics, or `None` for valid UTF-8.
    pub fn diagnostic(&self) -> Option<String> {
        match self {
            Encoding::Utf8 => None,
            Encoding::Utf8Lossy => Some("invalid UTF-8 bytes replaced by U+FFFD".to_string()),
            Encoding::Windows1252 => Some("not valid UTF-8: decoded as Windows-1252".to_string()),
            Encoding::Other(name) => Some(format!("not valid UTF-8: decoded as {name}")),
        }
    }

    fn of(enc: &'static Enc) -> Encoding {
        if enc == WINDOWS_1252 {
            Encoding::Windows1252
        } else if enc == UTF_8 {
            Encoding::Utf8Lossy
        } else {
            Encoding::Other(enc.name())
        }
    }
}

/// Decodes `bytes` to text, reporting which encoding was used (see [`decode_with`]).
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    decode_with(bytes, None, None)
}

/// Decodes `bytes`: valid UTF-8 is taken as is (a byte-order mark is kept so offsets stay true
/// to the file); a UTF-16 byte-order mark is followed; mostly-UTF-8 bytes with a few invalid
/// sequences are decoded lossily; anything else is decoded with the `declared` charset label
/// (HTTP header, `<meta charset>`) when encoding_rs knows it, else with chardetng's guess
/// (`tld`, e.g. `b"fr"`, sharpens it).
pub fn decode_with(bytes: &[u8], declared: Option<&str>, tld: Option<&[u8]>) -> (String, Encoding) {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_string(), Encoding::Utf8);
    }
    if let Some((enc, bom)) = Enc::for_bom(bytes) {
        if enc == UTF_16LE || enc == UTF_16BE {
            let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
            return (text.into_owned(), Encoding::Other(enc.name()));
        }
    }
    if mostly_utf8(bytes) {
        return (String::from_utf8_lossy(bytes).into_owned(), Encoding::Utf8Lossy);
    }
    let declared = declared.and_then(|l| Enc::for_label(l.trim().as_bytes())).filter(|e| *e != UTF_8);
    let enc = declared.unwrap_or_else(|| {
        let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        det.feed(bytes, true);
        det.guess(tld, chardetng::Utf8Detection::Deny)
    });
    let (text, _) = enc.decode_without_bom_handling(bytes);
    (text.into_owned(), Encoding::of(enc))
}

/// More well-formed multi-byte UTF-8 characters than invalid sequences: UTF-8 with a few bad bytes.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            bad += 1;
        }
    }
    good > bad
}

/// True when `bytes` look like binary data rather than text: NUL or other control bytes make
/// up more than 1 % of the first 8 KiB (a UTF-16 byte-order mark excepted).
pub fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return false;
    }
    let head = &bytes[..bytes.len().min(8192)];
    let ctl = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)).count();
    ctl * 100 > head.len()
}

/// The charset declared in an HTTP `Content-Type` value (`text/html; charset=ISO-8859-1`).
pub fn charset_of_content_type(value: &str) -> Option<String> {
    let lower = value.to_ascii_lowercase();
    let i = lower.find("charset=")? + "charset=".len();
    let v = value[i..].trim_start().trim_start_matches(['"', '\'']);
    let end = v.find(|c: char| c == ';' || c == '"' || c == '\'' || c.is_whitespace()).unwrap_or(v.len());
    (end > 0).then(|| v[..end].to_string())
}

/// The charset an HTML page declares in its first 2 KiB (`<meta charset=…>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`).
pub fn charset_of_html(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&lower[from..], b"<meta") {
        let start = from + i;
        let end = memchr::memchr(b'>', &lower[start..]).map(|e| start + e).unwrap_or(lower.len());
        let tag = String::from_utf8_lossy(&head[start..end]);
        if let Some(cs) = charset_of_content_type(&tag) {
            return Some(cs);
        }
        from = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_bytes_decode_as_windows_1252() {
        let (s, e) = decode(b"d\xe9clar\xe9 \xabOui\xbb \x93ok\x94");
        assert_eq!(s, "déclaré «Oui» “ok”");
        assert_eq!(e, Encoding::Windows1252);
    }

    #[test]
    fn utf8_kept_with_its_bom() {
        assert_eq!(decode("«Oui»".as_bytes()), ("«Oui»".to_string(), Encoding::Utf8));
        let (s, _) = decode("\u{feff}«Oui»".as_bytes());
        assert_eq!(s, "\u{feff}«Oui»");
    }

    #[test]
    fn mostly_utf8_is_decoded_lossily() {
        let (s, e) = decode(b"D\xc3\xa9j\xe0 vu \xc3\xa9t\xc3\xa9");
        assert_eq!(s, "Déj\u{fffd} vu été");
        assert_eq!(e, Encoding::Utf8Lossy);
    }

    #[test]
    fn declared_charset_wins_over_detection() {
        let (s, e) = decode_with(b"\xe9t\xe9", Some("iso-8859-15"), None);
        assert_eq!(s, "été");
        assert_eq!(e, Encoding::Other("ISO-8859-15"));
    }

    #[test]
    fn utf16_with_bom() {
        let (s, e) = decode(b"\xff\xfeO\x00u\x00i\x00");
        assert_eq!(s, "Oui");
        assert_eq!(e, Encoding::Other("UTF-16LE"));
    }

    #[test]
    fn binary_is_recognized() {
        assert!(looks_binary(b"\x00\x01\x02PNG\x00\x00\x00\x00data"));
        assert!(!looks_binary("Un texte\tordinaire.\n".as_bytes()));
    }

    #[test]
    fn charsets_from_headers_and_meta() {
        assert_eq!(charset_of_content_type("text/html; charset=\"ISO-8859-1\"").as_deref(), Some("ISO-8859-1"));
        assert_eq!(charset_of_content_type("text/html"), None);
        let html = b"<html><head><META http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">";
        assert_eq!(charset_of_html(html).as_deref(), Some("windows-1252"));
        assert_eq!(charset_of_html(b"<meta charset=utf-8><p>x").as_deref(), Some("utf-8"));
    }
}
