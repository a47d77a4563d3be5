//! Cleaning: marks which lines of a page are article prose and which are boilerplate.
//!
//! The original text is never changed (all offsets refer to it): cleaning only
//! labels each line. A line is boilerplate when a pattern of the language's
//! `boilerplate.txt` matches it whole, when it repeats an earlier line (menus,
//! headlines printed twice), or when it has no letter at all.

use rustc_hash::FxHashSet as HashSet;

use crate::lang::Language;

/// One line of the original text and whether later stages should read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Start byte offset (first byte of the line).
    pub start: usize,
    /// End byte offset (excluding the line break).
    pub end: usize,
    /// `true` for article prose, `false` for boilerplate and blank lines.
    pub prose: bool,
}

/// Whether a boilerplate pattern matches `line`; a line with combining marks (decomposed text:
/// `e` + U+0301) is matched in its composed form, as the patterns are written (only the label
/// depends on it: the text is not changed).
fn is_boilerplate(line: &str, lang: &Language) -> bool {
    // The lead bytes 0xCC and 0xCD begin the combining diacritical marks (U+0300..=U+036F).
    if memchr::memchr2(0xCC, 0xCD, line.as_bytes()).is_some() && line.chars().any(crate::fold::is_combining_mark) {
        use unicode_normalization::UnicodeNormalization;
        let composed: String = line.nfc().collect();
        return lang.boilerplate.is_match(&composed);
    }
    lang.boilerplate.is_match(line)
}

/// Splits `text` into lines and labels each as prose or not.
pub fn clean(text: &str, lang: &Language) -> Vec<Line> {
    let bytes = text.as_bytes();
    // Sized once: the lines are counted by one fast pass over the line breaks.
    let n = memchr::memchr_iter(b'\n', bytes).count() + 1;
    let mut out = Vec::with_capacity(n);
    let mut seen: HashSet<&str> = HashSet::with_capacity_and_hasher(n, Default::default());
    let mut start = 0;
    while start <= text.len() {
        let end = memchr::memchr(b'\n', &bytes[start..]).map(|i| start + i).unwrap_or(text.len());
        let raw = &text[start..end];
        let line = raw.trim_matches(|c: char| c.is_whitespace());
        // A repeat is tested before the patterns: equal lines match the same patterns, so a
        // boilerplate line in `seen` only ever turns away lines that are boilerplate anyway.
        let prose = !line.is_empty()
            && line.chars().any(char::is_alphabetic)
            && (line.len() < 12 || seen.insert(line))
            // Boilerplate lines are short: long lines are prose, and skip the pattern scan.
            && (line.len() > 160 || !is_boilerplate(line, lang));
        out.push(Line { start, end, prose });
        if end >= text.len() {
            break;
        }
        start = end + 1;
    }
    out
}
