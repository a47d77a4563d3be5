//! Cleaning: marks which lines of a page are article prose and which are boilerplate.
//!
//! The original text is never changed (all offsets refer to it): cleaning only
//! labels each line. A line is boilerplate when a pattern of the language's
//! `boilerplate.txt` matches it whole, when it repeats an earlier line (menus,
//! headlines printed twice), or when it has no letter at all. A header of a list of
//! links to other articles (`related_headers.txt`: `Autres articles`, `Lire aussi`)
//! makes the headline-like lines after it boilerplate too, until a line reads as
//! article text; so does such a header followed on its line by a colon and a headline.

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

/// Lines longer than this (in bytes) are prose: boilerplate lines and headlines are short.
const SHORT_LINE: usize = 160;

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

/// The most bytes a related-links header may take in the text: its folded form is never longer
/// than the text, whose accented letters take at most two bytes, and a bullet and a colon may
/// come with it.
fn header_reach(lang: &Language) -> usize {
    2 * lang.related_header_len + 8
}

/// Whether `s` (a line, or a line's start) is a header of a related-links list, with or without a
/// final colon and a leading bullet (`▶ Lire aussi :`). Most short lines are turned away before
/// any folding: a header has no digit, no final period, few words and a listed first word.
fn is_related_header(s: &str, lang: &Language) -> bool {
    if s.len() > header_reach(lang) {
        return false;
    }
    // Most lines begin with a letter or digit: nothing to trim, and no char to decode.
    let s = if s.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) {
        s
    } else {
        s.trim_start_matches(|c: char| !c.is_alphanumeric())
    };
    // The first word first, lowered in place when it is ASCII (most lines), before any scan.
    let first = &s[..memchr::memchr2(b' ', b':', s.as_bytes()).unwrap_or(s.len())];
    let listed = if first.is_ascii() && first.len() <= 16 {
        let mut buf = [0u8; 16];
        buf[..first.len()].copy_from_slice(first.as_bytes());
        buf[..first.len()].make_ascii_lowercase();
        std::str::from_utf8(&buf[..first.len()]).is_ok_and(|w| lang.related_first_words.contains(w))
    } else {
        first.len() <= 32 && lang.related_first_words.contains(crate::fold::fold_compact(first).as_str())
    };
    if !listed {
        return false;
    }
    let s = s.trim_end_matches(|c: char| c == ':' || c.is_whitespace());
    let b = s.as_bytes();
    if b.last() == Some(&b'.') || b.iter().any(u8::is_ascii_digit) {
        return false;
    }
    b.iter().filter(|&&c| c == b' ').count() < lang.related_header_words
        && lang.related_headers.contains(&crate::fold::fold_key(s))
}

/// Whether a line opens with a list bullet (`- `, `• `, `▶ `).
fn is_bulleted(line: &str) -> bool {
    let mut chars = line.chars();
    matches!(chars.next(), Some('-' | '•' | '–' | '—' | '·' | '*' | '▶' | '►' | '>' | '»'))
        && chars.next().is_some_and(char::is_whitespace)
}

/// Whether `line` reads as the headline of a linked article rather than article text: short, not
/// the continuation of a sentence (a lower-case start), one sentence at most after a one-word
/// kicker (`Analyse. Comment …`), and not ending as a clause does (`,` `;` `:`) nor, unless it is
/// an item of a marked list (`listed`: after a bullet or a line of dashes), with a period.
fn is_headline_like(line: &str, listed: bool, lang: &Language) -> bool {
    if line.len() > SHORT_LINE || line.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_lowercase) {
        return false;
    }
    let closes = |c: char| c.is_whitespace() || lang.quote_marks.iter().any(|&(_, close)| close == c);
    let body = line.trim_end_matches(closes);
    match body.as_bytes().last() {
        Some(b',' | b';' | b':') => return false,
        Some(b'.') if !listed && !body.ends_with("...") => return false,
        _ => {}
    }
    // A sentence end inside the line (`. ` before a capital), after more than one word.
    let b = body.as_bytes();
    for i in memchr::memchr3_iter(b'.', b'!', b'?', b) {
        let next = body[i + 1..].trim_start();
        if next.len() == body.len() - i - 1 || !next.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let before = body[..i].trim_start_matches(|c: char| !c.is_alphanumeric());
        let last_word = before.rsplit(char::is_whitespace).next().unwrap_or("");
        // An initial or a one-letter abbreviation (`M. Dupont`) ends no sentence.
        if before.contains(char::is_whitespace) && last_word.chars().count() > 1 {
            return false;
        }
    }
    true
}

/// Splits `text` into lines and labels each as prose or not.
pub fn clean(text: &str, lang: &Language) -> Vec<Line> {
    let bytes = text.as_bytes();
    // Sized once: the lines are counted by one fast pass over the line breaks.
    let n = memchr::memchr_iter(b'\n', bytes).count() + 1;
    let mut out = Vec::with_capacity(n);
    let mut seen: HashSet<&str> = HashSet::with_capacity_and_hasher(n, Default::default());
    // Inside a related-links list (after its header), and whether the next item is marked as one.
    let (mut in_list, mut listed) = (false, false);
    let mut start = 0;
    while start <= text.len() {
        let end = memchr::memchr(b'\n', &bytes[start..]).map(|i| start + i).unwrap_or(text.len());
        let raw = &text[start..end];
        let line = raw.trim_matches(|c: char| c.is_whitespace());
        let letters = line.chars().any(char::is_alphabetic);
        // A repeat is tested before the patterns: equal lines match the same patterns, so a
        // boilerplate line in `seen` only ever turns away lines that are boilerplate anyway.
        let mut prose = !line.is_empty()
            && letters
            && (line.len() < 12 || seen.insert(line))
            // Boilerplate lines are short: long lines are prose, and skip the pattern scan.
            && (line.len() > SHORT_LINE || !is_boilerplate(line, lang));
        if line.is_empty() {
        } else if !letters {
            // A line of dashes or bullets between the items of a list.
            listed = true;
        } else if line.len() <= SHORT_LINE && is_related_header(line, lang) {
            (prose, in_list, listed) = (false, true, false);
        } else if prose && in_list {
            if is_headline_like(line, listed || is_bulleted(line), lang) {
                prose = false;
            } else {
                in_list = false;
            }
            listed = false;
        } else if prose && line.len() <= SHORT_LINE {
            // A header and one headline on one line (`Autres articles : …`).
            let cut = memchr::memchr(b':', &line.as_bytes()[..line.len().min(header_reach(lang))]);
            if let Some(c) = cut {
                let rest = line[c + 1..].trim_start();
                if !rest.is_empty() && is_related_header(&line[..c], lang) && is_headline_like(rest, false, lang) {
                    prose = false;
                }
            }
        }
        out.push(Line { start, end, prose });
        if end >= text.len() {
            break;
        }
        start = end + 1;
    }
    out
}
