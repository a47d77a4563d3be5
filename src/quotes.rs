//! Quotes: spans in quotation marks, their parts, and whether each is direct or partial.
//!
//! Marks come from the language's `quote_marks.tsv` (« », “ ”, straight " …).
//! Marks nested inside an outer quote stay inside it. A quote left open at the end
//! of a paragraph continues when the next paragraph reopens it (the French
//! convention for speech over several paragraphs) or closes it; otherwise it ends
//! with its paragraph, so a stray mark never swallows the rest of the document.
//! An incise inside the marks (`« Nous irons, a-t-il dit, jusqu'au bout »`) splits a quote
//! into two parts; a gloss in parentheses may end the incise (`a lancé X (PS),`), and a name
//! or a role in apposition to its subject goes with it (`a reconnu le maire, Jean Dupont
//! (PS).`, `reconnaît X, présidente du directoire, nous …`). An incise closing the quote, a
//! subject after its verb, leaves one part (`« Nous irons jusqu'au bout, a déclaré X. »`).
//! Two quotes joined by an incise (`« Nous irons », a-t-il dit, « jusqu'au bout »`) become
//! one.

use crate::lang::{lex, Language, Role, WordClass};
use crate::segment::{tokenize_with, Segments, TokKind, Token};

/// Whether a quote reproduces a full sentence, a fragment, or is not speech at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A full sentence or more.
    Direct,
    /// A fragment embedded in the writer's sentence.
    Partial,
    /// A title, nickname or scare quote: not reported speech.
    Term,
}

impl QuoteKind {
    /// The record spelling (`direct`, `partial`, `term`), as serialized.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Term => "term",
        }
    }
}

/// A quote: its content parts (byte spans inside the marks) and where its marks are.
#[derive(Debug, Clone)]
pub struct Quote {
    /// Content spans, in order; more than one when an incise interrupts the quote.
    pub parts: Vec<(usize, usize)>,
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just past the closing mark (or the end of the content when unclosed).
    pub close: usize,
    /// Whether a closing mark was found.
    pub closed: bool,
    /// Index of the paragraph holding the opening mark.
    pub para: usize,
    /// Index of the paragraph holding the end of the quote.
    pub last_para: usize,
    /// Direct, partial or term.
    pub kind: QuoteKind,
    /// An incise found between the parts (byte span), a cue candidate.
    pub incise: Option<(usize, usize)>,
}

impl Quote {
    /// The quote's text: its parts joined by single spaces.
    pub fn text(&self, text: &str) -> String {
        let len = self.parts.iter().map(|&(a, b)| b - a + 1).sum();
        let mut s = String::with_capacity(len);
        for &(a, b) in &self.parts {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(&text[a..b]);
        }
        s
    }
}

struct Open {
    open: usize,
    close_char: char,
    content_start: usize,
    parts: Vec<(usize, usize)>,
    para: usize,
    inner: Vec<char>,
    reopened: usize,
}

fn trim_span(text: &str, a: usize, b: usize) -> (usize, usize) {
    let s = &text[a..b];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return (a, a);
    }
    (a + lead, b - trail)
}

/// Finds the quotes of the segmented prose.
pub fn find_quotes(text: &str, seg: &Segments, lang: &Language) -> Vec<Quote> {
    let pairs = &lang.quote_marks;
    let mut marks = MarkFinder::new(pairs);
    let bytes = text.as_bytes();
    let mut out: Vec<Quote> = Vec::new();
    let mut cur: Option<Open> = None;
    let paras = &seg.paragraphs;
    let mut p = 0;
    while p < paras.len() {
        let (ps, pe) = (paras[p].start, paras[p].end);
        let mut skip_to = ps;
        if let Some(o) = cur.as_mut() {
            // Continuing into this paragraph: skip its reopening mark if any.
            let lead = text[ps..pe].trim_start_matches(|c: char| c.is_whitespace() || c == '—' || c == '–');
            let off = pe - lead.len();
            let open_char = o.close_char_open(pairs);
            skip_to = if lead.starts_with(open_char) { off + open_char.len_utf8() } else { ps };
            o.content_start = skip_to;
        }
        let mut j = skip_to;
        while let Some(pos) = marks.next_in(bytes, j, pe) {
            let Some(c) = text[pos..pe].chars().next() else { break };
            j = pos + c.len_utf8();
            let c = read_mark(text, pos, c, ps, pe, pairs);
            match cur.as_mut() {
                None => {
                    let Some(&(_, close)) = pairs.iter().find(|(op, _)| *op == c) else { continue };
                    if c == close && !opens_straight(text, pos, ps) {
                        continue;
                    }
                    cur = Some(Open {
                        open: pos,
                        close_char: close,
                        content_start: pos + c.len_utf8(),
                        parts: Vec::new(),
                        para: p,
                        inner: Vec::new(),
                        reopened: 0,
                    });
                }
                Some(o) => {
                    if o.inner.last() == Some(&c) {
                        o.inner.pop();
                    } else if c == o.close_char && o.inner.is_empty() {
                        let end = j;
                        o.parts.push((o.content_start, pos));
                        let q = finish(text, o, end, true, p);
                        out.extend(q);
                        cur = None;
                    } else if let Some(&(_, close)) = pairs.iter().find(|(op, _)| *op == c) {
                        if c != close || opens_straight(text, pos, ps) {
                            o.inner.push(close);
                        }
                    }
                }
            }
        }
        if let Some(mut o) = cur.take() {
            // Open at the end of the paragraph: continue, or end here.
            let next = paras.get(p + 1);
            let continues = next.is_some_and(|n| {
                let lead = text[n.start..n.end].trim_start_matches(|c: char| c.is_whitespace() || c == '—' || c == '–');
                let reopened = lead.starts_with(o.close_char_open(pairs));
                let closes_there = {
                    let body = &text[n.start..n.end];
                    let first_close = body.find(o.close_char);
                    let first_open = pairs
                        .iter()
                        .filter_map(|(op, cl)| (*cl == o.close_char).then_some(*op))
                        .filter_map(|op| if op == o.close_char { None } else { body.find(op) })
                        .min();
                    first_close.is_some_and(|c| first_open.is_none_or(|op| c < op))
                };
                (reopened || closes_there) && o.reopened < 20
            });
            o.parts.push((o.content_start, pe));
            // Only speech-like openings carry over: a stray mark before a few words does not.
            let continues = continues && has_words(text, &o.parts, 4);
            if continues {
                o.reopened += 1;
                cur = Some(o);
            } else {
                o.inner.clear();
                out.extend(finish(text, &mut o, pe, false, p));
            }
        }
        p += 1;
    }
    merge_incise_pairs(text, seg, lang, &mut out);
    for q in &mut out {
        split_inner_incise(text, seg, lang, q);
        q.kind = classify(text, seg, q);
    }
    out
}

/// Whether the parts hold at least `n` whitespace-separated words (counting stops there).
fn has_words(text: &str, parts: &[(usize, usize)], n: usize) -> bool {
    let mut seen = 0;
    for &(a, b) in parts {
        seen += text[a..b].split_whitespace().take(n - seen).count();
        if seen >= n {
            return true;
        }
    }
    false
}

/// Finds the next quote mark: a byte that may start one, with up to three distinct first bytes
/// (« » “ ” „ ‹ › " share 0xC2, 0xE2 and 0x22), by `memchr3`, else by table lookup (a hit is
/// never a UTF-8 continuation byte, so it starts a char). A char of several bytes whose last byte
/// ends no mark (’, no-break spaces, dashes: their last bytes differ from the marks') is passed
/// over here; a position found may still hold a char that is not a mark.
struct MarkFinder {
    lead: Lead,
    /// Bit `b & 63` set for the last byte `b` of each mark of several bytes.
    last: u64,
    /// The last search, `(from, found)`: the first position at or after `from` that may hold a
    /// mark, to the end of the text (`None`: no more).
    cached: Option<(usize, Option<usize>)>,
}

/// How [`MarkFinder`] finds the bytes that may start a mark.
enum Lead {
    Three([u8; 3]),
    Table(Box<[bool; 256]>),
}

impl MarkFinder {
    fn new(pairs: &[(char, char)]) -> MarkFinder {
        let mut table = [false; 256];
        let (mut set, mut n, mut last) = ([0u8; 3], 0, 0u64);
        for ch in pairs.iter().flat_map(|&(o, c)| [o, c]) {
            let mut buf = [0; 4];
            let enc = ch.encode_utf8(&mut buf).as_bytes();
            last |= 1 << (enc[enc.len() - 1] & 63);
            let b = enc[0];
            if !table[usize::from(b)] {
                table[usize::from(b)] = true;
                if n < set.len() {
                    set[n] = b;
                }
                n += 1;
            }
        }
        let lead = match n {
            1..=3 => Lead::Three([set[0], set[if n > 1 { 1 } else { 0 }], set[if n > 2 { 2 } else { 0 }]]),
            _ => Lead::Table(Box::new(table)),
        };
        MarkFinder { lead, last, cached: None }
    }

    /// The first position in `from..to` of `bytes` that may hold a mark, for `from` not below
    /// that of the previous call. One search runs to the end of the text and its finding serves
    /// every later call that starts at or before it: a paragraph with no mark costs no search.
    fn next_in(&mut self, bytes: &[u8], from: usize, to: usize) -> Option<usize> {
        let found = match self.cached {
            Some((at, found)) if at <= from && found.is_none_or(|f| from <= f) => found,
            _ => {
                let found = self.find(bytes, from, bytes.len());
                self.cached = Some((from, found));
                found
            }
        };
        found.filter(|&f| f < to)
    }

    /// The first position in `from..to` of `bytes` (UTF-8 text) that may hold a mark.
    fn find(&self, bytes: &[u8], mut from: usize, to: usize) -> Option<usize> {
        loop {
            let hay = bytes.get(from..to)?;
            let at = match &self.lead {
                Lead::Three([a, b, c]) => memchr::memchr3(*a, *b, *c, hay),
                Lead::Table(t) => hay.iter().position(|&x| t[usize::from(x)]),
            }?;
            let len = match hay[at] {
                0..0x80 => 1,
                0x80..0xE0 => 2,
                0xE0..0xF0 => 3,
                _ => 4,
            };
            // A mark of several bytes has its last byte in `last`: a clear bit proves no mark.
            match hay.get(at + len - 1) {
                Some(&b) if len > 1 && self.last >> (b & 63) & 1 == 0 => from += at + len,
                _ => return Some(from + at),
            }
        }
    }
}

impl Open {
    fn close_char_open(&self, pairs: &[(char, char)]) -> char {
        pairs.iter().find(|(_, cl)| *cl == self.close_char).map(|(op, _)| *op).unwrap_or(self.close_char)
    }
}

/// The mark the char `c` at `pos` (in the paragraph `ps..pe`) stands for: an opening mark that
/// is no closing one, glued to the letter before it and followed (past spaces) by punctuation or
/// the paragraph's end (`«circonscrite«, grâce à`, `une « invasion« .`), cannot open and reads as
/// its pair's closing mark; any other char stands for itself.
pub(crate) fn read_mark(text: &str, pos: usize, c: char, ps: usize, pe: usize, pairs: &[(char, char)]) -> char {
    // Most marks follow a space: the char before is read first.
    if !text[ps..pos].chars().next_back().is_some_and(char::is_alphanumeric) {
        return c;
    }
    let Some(&(_, close)) = pairs.iter().find(|&&(op, cl)| op == c && cl != c) else { return c };
    if pairs.iter().any(|&(_, cl)| cl == c) {
        return c;
    }
    let next = text[pos + c.len_utf8()..pe].trim_start().chars().next();
    let ends = next.is_none_or(|n| {
        matches!(n, ',' | '.' | ';' | ':' | ')' | ']' | '!' | '?' | '…') || pairs.iter().any(|&(_, cl)| cl == n)
    });
    if ends {
        close
    } else {
        c
    }
}

/// A straight `"` opens a quote when it follows a space, the line start or an opening punctuation
/// and is followed by a non-space, or when it is glued between a sentence's end and a capital
/// (`des oppositions."On est passé`).
fn opens_straight(text: &str, pos: usize, para_start: usize) -> bool {
    let before = text[para_start..pos].chars().next_back();
    let after = text[pos + 1..].chars().next();
    let before_ok =
        before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | ':' | '—' | '–' | '-' | ',' | '\''));
    let glued_sentence =
        before.is_some_and(|b| matches!(b, '.' | '!' | '?' | '…')) && after.is_some_and(char::is_uppercase);
    (before_ok || glued_sentence) && after.is_some_and(|a| !a.is_whitespace())
}

/// The quote of the open mark `o`, its parts taken (trimmed in place) from `o`.
fn finish(text: &str, o: &mut Open, close: usize, closed: bool, last_para: usize) -> Option<Quote> {
    // A comma just inside the closing mark (“We will not back down,” said …) belongs to the
    // sentence around the quote, not to the words quoted.
    let mut parts = std::mem::take(&mut o.parts);
    for p in &mut parts {
        let (a, b) = trim_span(text, p.0, p.1);
        *p = if b > a && text[..b].ends_with(',') { trim_span(text, a, b - 1) } else { (a, b) };
    }
    parts.retain(|&(a, b)| b > a);
    if parts.is_empty() {
        return None;
    }
    if !closed {
        // An unclosed mark yields a quote only when what follows reads like speech (3+ words).
        if !has_words(text, &parts, 3) {
            return None;
        }
    }
    Some(Quote { parts, open: o.open, close, closed, para: o.para, last_para, kind: QuoteKind::Partial, incise: None })
}

/// Tokens of a span, for the incise checks (cut as the document's are).
fn span_tokens(text: &str, a: usize, b: usize, lang: &Language) -> Vec<Token> {
    let mut v = Vec::new();
    tokenize_with(text, a, b, 0, &lang.apostrophes, &mut v);
    v
}

/// The document's tokens of `text[c1 + 1..c2]`, where `c1` is a comma and `c2` a comma or a
/// period, when they are the tokens [`span_tokens`] would give (differing only in `lex`, `sent`
/// and `para`, which [`is_incise`] does not read): both marks are tokens of their own in one
/// paragraph. Tokenizing is a left-to-right scan without lookbehind, so the span's scan starts
/// in step with the paragraph's right after the comma token; and a token ending by `c2` was
/// ended the same way by either scan, since a `,` or `.` continues no word, and continues a
/// number only in a token that would then cover `c2`. A `c2` with no mark (a part's end) must
/// end a token of the span: the paragraph's scan ended that token there too.
fn doc_span_tokens(seg: &Segments, c1: usize, c2: usize) -> Option<&[Token]> {
    let toks = &seg.tokens;
    let i = toks.partition_point(|t| t.start <= c1);
    let j = i + toks[i..].partition_point(|t| t.start < c2);
    let comma = toks.get(i.checked_sub(1)?)?;
    let ends = match toks.get(j) {
        Some(mark) if mark.start == c2 => mark.para == comma.para,
        _ => j > i && toks[j - 1].end == c2 && toks[j - 1].para == comma.para,
    };
    (comma.start == c1 && comma.end == c1 + 1 && ends).then(|| &toks[i..j])
}

/// Whether tokens read as an incise: a speech verb with an inverted subject
/// (`a-t-il dit`, `poursuit-elle`) or a speech verb followed by its subject.
pub fn is_incise(toks: &[Token], lang: &Language) -> bool {
    // A gloss in parentheses after the subject (`a lancé X (Quimperlé Autrement)`) is read past:
    // the incise is the words outside it.
    if toks.iter().any(|t| t.is('(')) {
        return without_trailing_gloss(toks).is_some_and(|outside| is_incise(outside, lang));
    }
    let words = || toks.iter().filter(|t| t.kind == TokKind::Word);
    let n_words = words().count();
    // Only a hyphen, an apostrophe or a title's period (`M. Nguyen`) between its words.
    let stray = |(i, t): (usize, &Token)| {
        t.kind == TokKind::Punct
            && !matches!(t.ch(), '-' | '\'')
            && !(t.ch() == '.' && i > 0 && lang.dotted_titles.contains_key(toks[i - 1].key.as_str()))
    };
    if n_words == 0 || n_words > 9 || toks.iter().enumerate().any(stray) {
        return false;
    }
    for (i, w) in words().enumerate() {
        if let Some((verb, _pron)) = split_inverted(&w.key, lang) {
            if lang.verb_forms.contains_key(verb) {
                return true;
            }
            // a-t-il dit, a-t-elle ajouté (possibly with an adverb between).
            if lang.is(verb, WordClass::Aux) {
                return words().skip(i + 1).take(3).any(|n| lang.verb_forms.contains_key(n.key.as_str()));
            }
        }
    }
    // Verb first, then its subject: « …, explique Aminata Diallo, … »
    let mut ws = words();
    let (Some(w0), w1) = (ws.next(), ws.next()) else { return false };
    let verb_first = lang.verb_forms.contains_key(w0.key.as_str())
        || (w0.has(1 << WordClass::Aux as u32) && w1.is_some_and(|n| lang.verb_forms.contains_key(n.key.as_str())));
    verb_first && n_words >= 2
}

/// The tokens before a gloss in parentheses that ends them (`a lancé X (Quimperlé Autrement)`),
/// when two words at least come before it and nothing but the gloss after them.
fn without_trailing_gloss(toks: &[Token]) -> Option<&[Token]> {
    let open = toks.iter().position(|t| t.is('('))?;
    let close = toks.iter().rposition(|t| t.is(')'))?;
    let words_before = toks[..open].iter().filter(|t| t.kind == TokKind::Word).count();
    (close + 1 == toks.len() && close > open && words_before >= 2).then(|| &toks[..open])
}

/// Whether the words of an incise name who speaks: an inverted clitic (`a-t-il dit`), or a
/// capitalized word or a determiner right after the speech verb and its auxiliary (`a déclaré
/// Jean Dupont`, `dit la chanson`), not a coordinated participle (`pensé et entretenu`).
fn subject_follows_verb(toks: &[Token], lang: &Language) -> bool {
    let mut words = toks.iter().filter(|t| t.kind == TokKind::Word).peekable();
    if words.clone().any(|w| split_inverted(&w.key, lang).is_some()) {
        return true;
    }
    let aux = |w: &Token| w.has(1 << WordClass::Aux as u32) || lang.is(&w.key, WordClass::Aux);
    while words.peek().is_some_and(|w| aux(w) || lang.verb_forms.contains_key(w.key.as_str())) {
        words.next();
    }
    words.next().is_some_and(|w| w.upper || w.has(1 << WordClass::Det as u32) || lang.is(&w.key, WordClass::Det))
}

/// Splits an inverted clitic form (`ajoute-t-il`, `dit-elle`, `a-t-on`) into (verb, pronoun).
pub fn split_inverted<'k>(key: &'k str, lang: &Language) -> Option<(&'k str, &'k str)> {
    // A byte search: keys are short, and a call to `memrchr` costs more than the loop.
    let i = key.bytes().rposition(|b| b == b'-')?;
    let (head, pron) = (&key[..i], &key[i + 1..]);
    if !lang.pronouns.contains_key(pron) {
        return None;
    }
    let verb = head.strip_suffix("-t").unwrap_or(head);
    (!verb.is_empty()).then_some((verb, pron))
}

/// `« Nous irons, a-t-il dit, jusqu'au bout »`: one part before, one after the incise.
fn split_inner_incise(text: &str, seg: &Segments, lang: &Language, q: &mut Quote) {
    if q.incise.is_some() {
        return;
    }
    for k in 0..q.parts.len() {
        if let Some((first, incise, second)) = find_incise(text, seg, lang, q.parts[k]) {
            // An incise ending the quote (`« Nous irons, a déclaré X. »`) leaves one part.
            match second {
                Some(second) => drop(q.parts.splice(k..=k, [first, second])),
                None => q.parts[k] = first,
            }
            q.incise = Some(incise);
            return;
        }
    }
}

/// Whether the period at byte `dot` ends an abbreviation (`M.`, `Dr.`): the word before it, with
/// it, is one the language lists.
fn ends_abbreviation(text: &str, dot: usize, lang: &Language) -> bool {
    let before = &text[..dot];
    let start = before.char_indices().rev().find(|&(_, c)| !c.is_alphabetic()).map_or(0, |(i, c)| i + c.len_utf8());
    start < dot && lang.is_abbreviation(&text[start..=dot])
}

/// An incise inside one part: (part before, incise, part after); no part after when the incise
/// ends the part at a sentence's end (`« Nous irons, a déclaré X. »`).
#[allow(clippy::type_complexity)]
fn find_incise(
    text: &str,
    seg: &Segments,
    lang: &Language,
    (a, b): (usize, usize),
) -> Option<((usize, usize), (usize, usize), Option<(usize, usize)>)> {
    let s = &text[a..b];
    // An incise runs from a comma to the next comma, or to a period that ends its sentence, not
    // an abbreviation's (`a assuré M. Nguyen.`). Both marks are ASCII: a byte search finds
    // exactly the chars.
    let mut marks: Vec<(usize, u8)> = memchr::memchr2_iter(b',', b'.', s.as_bytes())
        .map(|i| (a + i, s.as_bytes()[i]))
        .filter(|&(i, k)| k == b',' || !ends_abbreviation(text, i, lang))
        .collect();
    // The part's end stands for a period when its words end without one (`« …, a dit X ».`).
    if s.trim_end().ends_with(|c: char| c.is_alphanumeric()) {
        marks.push((a + s.trim_end().len(), b'.'));
    }
    for (m, w) in marks.windows(2).enumerate() {
        let ((c1, k1), (mut c2, k2)) = (w[0], w[1]);
        if k1 != b',' {
            continue;
        }
        if c2 - c1 > 90 {
            continue;
        }
        let incise = match doc_span_tokens(seg, c1, c2) {
            Some(toks) => is_incise(toks, lang),
            None => is_incise(&span_tokens(text, c1 + 1, c2, lang), lang),
        };
        if incise {
            // A name in apposition to the incise's subject goes with it (`a reconnu le maire,
            // Jean-Yves Kerdraon (divers gauche). Mais …`).
            // So does a role in apposition, before the words go on (`reconnaît X, présidente du
            // directoire depuis 2017, nous …`): up to two such segments.
            // Or, ending the quote, one up to its final period (`a déclaré X, maire de Lyon. »`).
            let mut k = (k2, m + 2);
            for _ in 0..2 {
                let Some(&(c3, k3)) = marks.get(k.1).filter(|_| k.0 == b',') else { break };
                let appos =
                    doc_span_tokens(seg, c2, c3).is_some_and(|t| is_name_apposition(t) || is_role_apposition(t, lang));
                let rest = trim_span(text, (c3 + 1).min(b), b);
                if !appos || (rest.1 <= rest.0 && k3 != b'.') {
                    break;
                }
                c2 = c3;
                k = (k3, k.1 + 1);
            }
            let first = trim_span(text, a, c1);
            let second = trim_span(text, (c2 + 1).min(b), b);
            if first.1 <= first.0 {
                return None;
            }
            if second.1 > second.0 {
                return Some((first, trim_span(text, c1 + 1, c2), Some(second)));
            }
            // The incise ends the quote at its sentence's end: the words are the part before it,
            // when a subject follows its verb (not `« système organisé, pensé et entretenu »`).
            let subject = match doc_span_tokens(seg, c1, c2) {
                Some(toks) => subject_follows_verb(toks, lang),
                None => subject_follows_verb(&span_tokens(text, c1 + 1, c2, lang), lang),
            };
            if k.0 == b'.' && subject {
                return Some((first, trim_span(text, c1 + 1, c2), None));
            }
            return None;
        }
    }
    None
}

/// Whether tokens are a name and maybe a gloss in parentheses, nothing else: capitalized words,
/// name particles and initials after the first (`Jean-Yves Kerdraon (divers gauche)`, `J. de Vries`).
fn is_name_apposition(toks: &[Token]) -> bool {
    let (mut words, mut depth) = (0, 0u32);
    for t in toks {
        if t.is('(') {
            depth += 1;
        } else if t.is(')') {
            depth = depth.saturating_sub(1);
        } else if depth > 0 {
            continue;
        } else if t.kind == TokKind::Word {
            if !(t.upper || words > 0 && t.has(lex::PARTICLE)) {
                return false;
            }
            words += 1;
        } else if !(t.is('-') || t.is('\'') || t.is('.') && words > 0) {
            return false;
        }
    }
    (1..=5).contains(&words) && depth == 0
}

/// Whether tokens are a role in apposition and nothing that opens a clause: a role noun or a title
/// in lower case first (after a determiner maybe), no verb, pronoun or subordinator after it
/// (`petite-fille du fondateur et présidente du directoire depuis 2017`).
fn is_role_apposition(toks: &[Token], lang: &Language) -> bool {
    let words: Vec<&Token> = toks.iter().filter(|t| t.kind == TokKind::Word).collect();
    let first = match words.first() {
        Some(w) if w.has(1 << WordClass::Det as u32) => words.get(1),
        w => w,
    };
    let role = first.is_some_and(|w| !w.upper && (w.has(lex::ROLE_NOUN) || lang.title_or_dotted(&w.key).is_some()));
    const CLAUSE: u64 = lex::VERB_FORM
        | lex::PRONOUN
        | 1 << WordClass::Aux as u32
        | 1 << WordClass::Sub as u32
        | 1 << WordClass::Refl as u32
        | 1 << WordClass::Neg as u32;
    role && words.len() <= 12 && !words.iter().any(|w| w.has(CLAUSE))
}

/// `« Nous irons », a-t-il dit, « jusqu'au bout »` → one quote.
fn merge_incise_pairs(text: &str, seg: &Segments, lang: &Language, quotes: &mut Vec<Quote>) {
    let mut i = 0;
    while i + 1 < quotes.len() {
        let (a, b) = (&quotes[i], &quotes[i + 1]);
        let between = &text[a.close.min(b.open)..b.open];
        let second_lower =
            b.parts.first().is_some_and(|&(s, e)| text[s..e].chars().next().is_some_and(char::is_lowercase));
        let t = between.trim();
        let same_para = a.last_para == b.para;
        if same_para && second_lower && t.starts_with(',') && t.ends_with(',') && t.len() > 2 && between.len() < 90 {
            let inner = t[1..t.len() - 1].trim();
            let off = a.close + between.find(inner).unwrap_or(0);
            let toks = span_tokens(text, off, off + inner.len(), lang);
            if is_incise(&toks, lang) {
                let b = quotes.remove(i + 1);
                let a = &mut quotes[i];
                a.parts.extend(b.parts);
                a.close = b.close;
                a.closed = b.closed;
                a.last_para = b.last_para;
                a.incise = Some((off, off + inner.len()));
                continue;
            }
        }
        i += 1;
    }
    let _ = seg;
}

/// Direct when the content reads as a sentence (a capital, and either a sentence-like
/// frame before it or terminal punctuation / several words), partial otherwise.
fn classify(text: &str, seg: &Segments, q: &Quote) -> QuoteKind {
    let (a, b) = q.parts[0];
    let content = &text[a..q.parts.last().map(|p| p.1).unwrap_or(b)];
    let first = content.chars().find(|c| !matches!(c, '(' | '[' | '.' | '…' | ' ' | '-' | '—'));
    let starts_cap = first.is_some_and(|c| c.is_uppercase() || c.is_numeric());
    if !starts_cap {
        return QuoteKind::Partial;
    }
    let para_start = seg.paragraphs.get(q.para).map(|p| p.start).unwrap_or(0);
    let before = text[para_start..q.open].trim_end();
    let frame_open = before.is_empty()
        || before.ends_with(':')
        || before.ends_with(['.', '!', '?', '…', '»', '”', '"'])
        || before.ends_with(['—', '–', '-']);
    // The rules below only ask whether there are 3, 4 or 5 words.
    let words = content.split_whitespace().take(5).count();
    let terminal = content.trim_end().ends_with(['.', '!', '?', '…']) || content.contains(". ");
    if frame_open && (words >= 3 || terminal) {
        return QuoteKind::Direct;
    }
    if terminal && words >= 4 && !before.ends_with(" de") && !before.ends_with(" d'") {
        return QuoteKind::Direct;
    }
    if before.ends_with(',') && words >= 5 {
        return QuoteKind::Direct;
    }
    QuoteKind::Partial
}

/// Whether a quote is a term (a title, a name, a nickname or a scare quote) rather than speech:
/// announced by a term marker (`le film « … »`, `surnommé « … »`), a word or two that no
/// speaker was found for or that opens a title (`data/<lang>/title_openers.txt`), an answer word alone (`le « oui »`: `data/<lang>/ballot_words.txt`), or a
/// single word with no speech cue close to it (`near_cue`, asked only then: see [`cue_near`]).
pub fn is_term(
    text: &str,
    seg: &Segments,
    q: &Quote,
    has_speaker: bool,
    near_cue: impl FnOnce() -> bool,
    lang: &Language,
) -> bool {
    let toks = &seg.tokens;
    let open = toks.partition_point(|t| t.start < q.open);
    // The word right before the opening mark: le film « … », surnommé « … ».
    let sent = toks.get(open).map(|t| t.sent);
    // A work noun announces a title (le film « Les Misérables », not un plan « ambitieux »);
    // a nickname word (surnommé) announces any name.
    let marker_at = |k: usize| {
        (Some(toks[k].sent) == sent && toks[k].kind == TokKind::Word)
            .then(|| lang.term_markers.get(toks[k].key.as_str()))
            .flatten()
    };
    // Also through `de` (sous le pseudonyme de « … », nos confrères de « … »).
    let marker = open.checked_sub(1).and_then(marker_at).or_else(|| {
        (open > 1 && toks[open - 1].has_role(Role::Of) && !toks[open - 1].has(1 << WordClass::Det as u32))
            .then(|| marker_at(open - 2))
            .flatten()
    });
    let capital = q.parts.first().is_some_and(|&(a, b)| text[a..b].chars().next().is_some_and(char::is_uppercase));
    let announced = marker.is_some_and(|&any_name| any_name || capital);
    if announced && q.kind != QuoteKind::Direct {
        return true;
    }
    if q.kind != QuoteKind::Partial {
        return false;
    }
    // An answer quoted alone names the answer (le « oui », ont dit « non »): a term.
    if !has_words(text, &q.parts, 2) && is_ballot_word(seg, q, lang) {
        return true;
    }
    if capital && reads_as_title(text, seg, q, lang) && (!has_speaker || names_author_after(seg, q)) {
        return true;
    }
    if !has_speaker {
        return !has_words(text, &q.parts, 3) || opens_title(seg, q, lang);
    }
    !has_words(text, &q.parts, 2) && !near_cue()
}

/// Whether the quote opens with a title opener (`pour`, `contre`: `data/<lang>/title_openers.txt`)
/// right after a word of its sentence (la loi « pour une école de la confiance »).
fn opens_title(seg: &Segments, q: &Quote, lang: &Language) -> bool {
    let toks = &seg.tokens;
    let (a, b) = quote_tokens(toks, q);
    let Some(first) = toks[a..b].iter().find(|t| t.kind == TokKind::Word) else { return false };
    a.checked_sub(1).is_some_and(|k| toks[k].kind == TokKind::Word && toks[k].sent == first.sent)
        && lang.title_openers.contains(first.key.as_str())
}

/// Whether the quote's one word is an answer or ballot word (`oui`, `non`:
/// `data/<lang>/ballot_words.txt`).
fn is_ballot_word(seg: &Segments, q: &Quote, lang: &Language) -> bool {
    let toks = &seg.tokens;
    let (a, b) = quote_tokens(toks, q);
    let mut words = toks[a..b].iter().filter(|t| t.kind == TokKind::Word);
    words.next().is_some_and(|t| lang.ballot_words.contains(t.key.as_str())) && words.next().is_none()
}

/// The tokens of quote `q` from its opening mark to before its closing one: `(open, close)`.
fn quote_tokens(toks: &[Token], q: &Quote) -> (usize, usize) {
    (toks.partition_point(|t| t.start < q.open), toks.partition_point(|t| t.start < q.close))
}

/// How many words a title in quotation marks may have (`« You were never really here »`).
const TITLE_MAX_WORDS: usize = 8;

/// Whether a capitalized fragment reads as a title or a name rather than speech: right after a
/// word, a few words, no sentence end, and no word of a speaker's own voice (`je`, `nous`, `vous`:
/// `data/<lang>/voice_words.txt`).
fn reads_as_title(text: &str, seg: &Segments, q: &Quote, lang: &Language) -> bool {
    if has_words(text, &q.parts, TITLE_MAX_WORDS + 1)
        || q.parts.iter().any(|&(a, b)| text[a..b].contains(['.', '!', '?', '…', ':', ';']))
    {
        return false;
    }
    let toks = &seg.tokens;
    let (a, b) = quote_tokens(toks, q);
    // Named in running text, right after a word (`pour « … »`, `dans « … »`), not listed after
    // a comma or opening its sentence (`« Non à la vie chère », « Du pain pour tous »`).
    if !a.checked_sub(1).is_some_and(|k| toks[k].kind == TokKind::Word && toks[k].sent == toks[a].sent) {
        return false;
    }
    !toks[a..b].iter().any(|t| t.kind == TokKind::Word && lang.voice_words.contains(t.key.as_str()))
}

/// Whether the quote is followed by `de`, `d'` or `by` and a capitalized word (`« Les Proies »
/// de Sofia Coppola`, `"Lady Bird" by Greta Gerwig`): the title of that author's work.
fn names_author_after(seg: &Segments, q: &Quote) -> bool {
    let toks = &seg.tokens;
    let close = toks.partition_point(|t| t.start < q.close);
    let (Some(link), Some(name)) = (toks.get(close), toks.get(close + 1)) else { return false };
    link.kind == TokKind::Word
        && (link.has_role(Role::Of) || link.has_role(Role::By))
        && name.kind == TokKind::Word
        && name.sent == link.sent
        && name.upper
}

/// How many words may stand between a one-word quote and its cue: `a qualifié la situation de
/// « compliquée »` keeps its cue, `le camp du « oui »` far from any speech verb does not.
const NEAR_CUE_WORDS: usize = 7;

/// Whether the cue span `cue` is in the quote's sentence and near it: at most
/// [`NEAR_CUE_WORDS`] words between, or a completive clause opened after a cue before the
/// quote (`a assuré que le taux de participation est « honorable »`).
pub fn cue_near(seg: &Segments, q: &Quote, cue: (usize, usize)) -> bool {
    let toks = &seg.tokens;
    let (open, close) = quote_tokens(toks, q);
    let cue_start = toks.partition_point(|t| t.start < cue.0);
    let cue_end = toks.partition_point(|t| t.start < cue.1);
    let (Some(first), Some(c)) = (toks.get(open), toks.get(cue_start)) else {
        return true;
    };
    let last = toks.get(close.saturating_sub(1)).unwrap_or(first);
    if c.sent != first.sent && c.sent != last.sent {
        return false;
    }
    let between = if cue_end <= open { &toks[cue_end..open] } else { &toks[close.min(cue_start)..cue_start] };
    let words = between.iter().filter(|t| t.kind == TokKind::Word).count();
    // The completive clause opens right after the cue, or after one word (`a dit vendredi que`).
    let completive = cue_end <= open && between.iter().take(2).any(|t| t.has_role(Role::That));
    words <= NEAR_CUE_WORDS || completive
}

#[cfg(test)]
mod tests {
    use super::MarkFinder;

    /// The cached search answers every rising sequence of ranges as a fresh search does.
    #[test]
    fn cached_mark_search_agrees_with_a_fresh_one() {
        let pairs = [('«', '»'), ('“', '”'), ('„', '“'), ('"', '"'), ('‹', '›')];
        let texts = [
            "l’État — « oui » dit-il… \"non\" ‹ a › fin",
            "sans aucune marque ici, l’idée d’un texte",
            "« début\nmilieu’ sans\n„ fin “ et » là",
            "",
        ];
        for text in texts {
            let bytes = text.as_bytes();
            let cuts: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            for step in 1..4 {
                let mut cached = MarkFinder::new(&pairs);
                let fresh = MarkFinder::new(&pairs);
                for w in cuts.windows(1 + step).step_by(step) {
                    let (from, to) = (w[0], w[step]);
                    assert_eq!(cached.next_in(bytes, from, to), fresh.find(bytes, from, to), "{text:?} {from}..{to}");
                }
            }
        }
    }
}
