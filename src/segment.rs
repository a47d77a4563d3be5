//! Segmentation: paragraphs, sentences and tokens of the prose lines.
//!
//! Each prose line is a paragraph (scraped news puts one paragraph per line).
//! Sentences end at `.`, `!`, `?` or `…` followed by a capital, a digit or a
//! quote mark — but not after an abbreviation (`M.`, `Mme.`, `J.-C.`), an
//! initial (`G. W. Bush`, `J.-P. Elkabbach`), inside a number (`3,5`, `1.200`),
//! nor inside a quotation: a quote of several sentences stays in the sentence
//! that frames it, so its cue is found with it.

use compact_str::CompactString;

use crate::clean::Line;
use crate::fold::{byte_flags, flag, flag_of, fold_compact_flagged, is_combining_mark};
use crate::lang::{lex, Entry, Language, Lexicon, Role};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// A word (letters, possibly with inner hyphens: `nord-coréen`, `a-t-il`).
    Word,
    /// A number (`3,5`, `1.200`, `2024`).
    Number,
    /// Punctuation or a symbol, one char.
    Punct,
}

/// A token: kind, original byte span, folded key and where it sits.
#[derive(Debug, Clone)]
pub struct Token {
    /// Kind.
    pub kind: TokKind,
    /// Start byte offset in the original text.
    pub start: usize,
    /// End byte offset in the original text.
    pub end: usize,
    /// Folded form (lowercase, no accents, ’ → '); inline (no allocation) up to 24 bytes.
    pub key: CompactString,
    /// First char is upper case.
    pub upper: bool,
    /// Two or more letters, all upper case (CGT, ONU).
    pub acronym: bool,
    /// The lists its key is in ([`crate::lang::lex`] and word-class bits; set by [`segment`]).
    pub lex: u64,
    /// Its [`crate::lang::Role`] bits (set by [`segment`] with `lex`).
    pub roles: u16,
    /// Index of its sentence (u32 keeps a token in 64 bytes).
    pub sent: u32,
    /// Index of its paragraph.
    pub para: u32,
}

impl Token {
    /// The first char of the key (punctuation tokens are one char).
    pub fn ch(&self) -> char {
        self.key.chars().next().unwrap_or(' ')
    }

    /// Whether its key is in a list or class of `bits` ([`crate::lang::lex`], `1 << WordClass`).
    pub fn has(&self, bits: u64) -> bool {
        self.lex & bits != 0
    }

    /// Whether its key plays [`Role`] `role` in the language.
    pub fn has_role(&self, role: Role) -> bool {
        self.roles & role.bit() != 0
    }

    /// Whether this is the punctuation char `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == TokKind::Punct && self.ch() == c
    }
}

/// A sentence: byte span and token range.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
    /// First token index.
    pub tok_start: usize,
    /// One past the last token index.
    pub tok_end: usize,
    /// Paragraph index.
    pub para: usize,
}

/// A paragraph: one prose line.
#[derive(Debug, Clone)]
pub struct Paragraph {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
    /// First sentence index.
    pub sent_start: usize,
    /// One past the last sentence index.
    pub sent_end: usize,
    /// First token index.
    pub tok_start: usize,
    /// One past the last token index.
    pub tok_end: usize,
}

/// The segmented document.
#[derive(Debug, Clone, Default)]
pub struct Segments {
    /// Paragraphs in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// The splitter's buffers, kept for the next document [`segment_into`] segments.
    scratch: Scratch,
}

/// The buffers [`segment_into`] works in: per paragraph, its sentence cuts and its punctuation
/// tokens; per document, its blocks of lines.
#[derive(Debug, Clone, Default)]
struct Scratch {
    cuts: Vec<usize>,
    puncts: Vec<usize>,
    blocks: Vec<(usize, usize)>,
}

/// What a language's tokenizer cuts at an apostrophe inside a word, from its data files: the
/// elided words before it (French `l'`, `qu'`: `data/<lang>/elisions.txt`) and the clitic suffixes
/// after it (English possessive `'s`: `data/<lang>/clitic_suffixes.txt`); lowercase.
#[derive(Debug, Clone, Default)]
pub struct Apostrophes {
    /// Words cut off a word's start with the apostrophe after them (`l'` + `Ukraine`).
    elisions: Vec<String>,
    /// Letters cut off a word's end with the apostrophe before them (`Russia` + `'` + `s`).
    clitic_suffixes: Vec<String>,
    /// The length of the longest elision, in bytes (a longer prefix is none, unread).
    longest_elision: usize,
    /// Elisions that, written as a capital before a capital, open a name instead (`N'Golo`,
    /// `M'Bala`; not `L'Ukraine`).
    name_openers: Vec<String>,
}

impl Apostrophes {
    /// The elisions and clitic suffixes of a language, lowercase.
    pub fn new(elisions: Vec<String>, clitic_suffixes: Vec<String>) -> Apostrophes {
        let longest_elision = elisions.iter().map(String::len).max().unwrap_or(0);
        Apostrophes { elisions, clitic_suffixes, longest_elision, name_openers: Vec::new() }
    }

    /// These apostrophes, with the elisions `name_openers` that open a name when written as a
    /// capital before a capital (`N'Golo Kanté`), lowercase.
    pub fn with_name_openers(self, name_openers: Vec<String>) -> Apostrophes {
        Apostrophes { name_openers, ..self }
    }

    /// Whether `prefix` (the part of a word before an apostrophe) is an elision.
    fn is_elision(&self, prefix: &str) -> bool {
        prefix.len() <= self.longest_elision && self.elisions.iter().any(|e| e.eq_ignore_ascii_case(prefix))
    }

    /// Whether `prefix`, before an apostrophe and the char `next`, opens a name rather than
    /// eliding a word: a name opener written in capitals before a capital (`N'Golo`).
    fn opens_name(&self, prefix: &str, next: char) -> bool {
        next.is_uppercase()
            && prefix.chars().all(char::is_uppercase)
            && self.name_openers.iter().any(|e| e.eq_ignore_ascii_case(prefix))
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}' || c == '\u{02BC}'
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}'
}

/// Tokenizer classes of a char: ASCII chars are classed by [`BYTE_CLASS`], others by their
/// Unicode properties.
const PUNCT: u8 = 0;
/// Whitespace.
const SPACE: u8 = 0x10;
/// A numeric char.
const DIGIT: u8 = 0x20;
/// An alphabetic char (any bit of it: an ASCII letter is classed by its case [`flag`]).
const LETTER: u8 = flag::UPPER | flag::LOWER;
/// The first byte of a non-ASCII char (its class comes from the decoded char).
const HIGH: u8 = flag::NON_ASCII;
/// The bits of a byte's class that are its [`flag`]s.
const FLAGS: u8 = flag::UPPER | flag::LOWER | flag::BACKTICK | flag::NON_ASCII;

/// The class of every byte value: [`SPACE`], [`DIGIT`], or else its [`flag`]s: an ASCII letter
/// by its case, a backtick (a punctuation class), [`HIGH`], and 0 ([`PUNCT`]) for the rest. The
/// classes of a token's bytes or-ed together and masked by [`FLAGS`] are its
/// [`crate::fold::byte_flags`], by construction.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [PUNCT; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => SPACE,
            b'0'..=b'9' => DIGIT,
            x => flag_of(x),
        };
        b += 1;
    }
    t
};

/// The class of a non-ASCII char: whitespace, numeric, alphabetic or else punctuation, in that
/// order; accented Latin letters and general punctuation without a table lookup.
fn char_class(c: char) -> u8 {
    match c {
        '\u{C0}'..='\u{17F}' if c != '\u{D7}' && c != '\u{F7}' => LETTER,
        '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{AB}' | '\u{BB}' => PUNCT,
        _ if c.is_whitespace() => SPACE,
        _ if c.is_numeric() => DIGIT,
        _ if c.is_alphabetic() => LETTER,
        _ => PUNCT,
    }
}

/// Whether the non-ASCII char at byte `p` of `bytes` (valid UTF-8) is an accented Latin letter
/// (U+00C0..=U+017F but `×` and `÷`: lead byte 0xC3 to 0xC5), two bytes that [`char_class`]
/// classes [`LETTER`]: told from its bytes, without decoding it.
#[inline]
fn latin_letter_at(bytes: &[u8], p: usize) -> bool {
    match bytes[p] {
        0xC3 => !matches!(bytes.get(p + 1), Some(0x97 | 0xB7)),
        0xC4 | 0xC5 => true,
        _ => false,
    }
}

/// A span of text being tokenized: the text up to the end of the span, its bytes and the
/// language's [`Apostrophes`].
struct Span<'a> {
    text: &'a str,
    bytes: &'a [u8],
    ap: &'a Apostrophes,
}

impl Span<'_> {
    /// The char at byte `p` (ASCII without decoding), or None at the end of the span.
    #[inline]
    fn at(&self, p: usize) -> Option<char> {
        match self.bytes.get(p) {
            Some(&b) if b < 0x80 => Some(char::from(b)),
            Some(_) => self.text[p..].chars().next(),
            None => None,
        }
    }

    /// The class of the char at byte `p` (`None` at the end of the span) and its length.
    fn class_at(&self, p: usize) -> Option<(u8, usize)> {
        let b = *self.bytes.get(p)?;
        let class = BYTE_CLASS[usize::from(b)];
        if class != HIGH {
            return Some((class, 1));
        }
        if latin_letter_at(self.bytes, p) {
            return Some((LETTER, 2));
        }
        let c = self.text[p..].chars().next()?;
        Some((char_class(c), c.len_utf8()))
    }

    /// Whether the char at `p` is numeric.
    fn numeric_at(&self, p: usize) -> bool {
        self.class_at(p).is_some_and(|(c, _)| c == DIGIT)
    }

    /// The class bits of the byte at `p`, whose char is taken into a token.
    fn flags_at(&self, p: usize) -> u8 {
        BYTE_CLASS[usize::from(self.bytes[p])]
    }

    /// The length of the char at `p` when it is alphanumeric or a combining mark, which goes on
    /// the word of the letter before it (`e` + U+0301 in decomposed text); ASCII bytes without
    /// decoding.
    fn alnum_len(&self, p: usize) -> Option<usize> {
        let b = *self.bytes.get(p)?;
        match BYTE_CLASS[usize::from(b)] {
            HIGH if latin_letter_at(self.bytes, p) => Some(2),
            HIGH => self
                .at(p)
                .filter(|&d| matches!(char_class(d), DIGIT | LETTER))
                .map(char::len_utf8)
                // Only the lead bytes of the blocks of combining marks are looked at further.
                .or_else(|| if matches!(b, 0xCC | 0xCD | 0xE1 | 0xE2 | 0xEF) { self.mark_len(p) } else { None }),
            c if c & (DIGIT | LETTER) != 0 => Some(1),
            _ => None,
        }
    }

    /// The length of the char at `p` when it is a combining mark ([`is_combining_mark`]).
    #[inline(never)]
    fn mark_len(&self, p: usize) -> Option<usize> {
        self.at(p).filter(|&d| is_combining_mark(d)).map(char::len_utf8)
    }

    /// The end of the run of letters and digits from `j` (ASCII bytes in a tight loop, accented
    /// Latin letters without decoding), their class bits or-ed into `flags`.
    fn alnum_run(&self, mut j: usize, flags: &mut u8) -> usize {
        let bytes = self.bytes;
        loop {
            let mut f = 0;
            while let Some(c) = bytes.get(j).map(|&b| BYTE_CLASS[usize::from(b)]).filter(|c| c & (DIGIT | LETTER) != 0)
            {
                f |= c;
                j += 1;
            }
            *flags |= f;
            // Any other ASCII byte ends the run: only a non-ASCII char may go on.
            if bytes.get(j).is_none_or(|&b| b < 0x80) {
                return j;
            }
            match if latin_letter_at(bytes, j) { Some(2) } else { self.alnum_len(j) } {
                Some(n) => {
                    *flags |= HIGH;
                    j += n;
                }
                None => return j,
            }
        }
    }

    /// The end of the number whose first char ends at `j`: digits with inner `,` or `.`, and any
    /// letters glued to them (16H30, 35e, 2e), which make it a word; class bits into `flags`.
    fn number_end(&self, mut j: usize, flags: &mut u8) -> (usize, TokKind) {
        while let Some((d, n)) = self.class_at(j) {
            if d == DIGIT {
                *flags |= self.flags_at(j);
                j += n;
            } else if matches!(self.bytes[j], b',' | b'.') && self.numeric_at(j + 1) {
                j += 1;
            } else {
                break;
            }
        }
        let mut kind = TokKind::Number;
        while let Some(n) = self.alnum_len(j) {
            kind = TokKind::Word;
            *flags |= self.flags_at(j);
            j += n;
        }
        (j, kind)
    }

    /// Whether a clitic suffix that ends a word starts at `p` (right after an apostrophe): the
    /// `s` of `Russia's`, not of `s'est`.
    fn clitic_at(&self, p: usize) -> bool {
        self.ap.clitic_suffixes.iter().any(|c| {
            let e = p + c.len();
            self.bytes.get(p..e).is_some_and(|w| w.eq_ignore_ascii_case(c.as_bytes())) && self.alnum_len(e).is_none()
        })
    }

    /// The end of the word starting at `b` whose first char ends at `j`: letters and digits with
    /// inner hyphens (nord-coréen, a-t-il, Jean-Pierre) and apostrophes, cut after an elision
    /// (l'Ukraine → l' + Ukraine) and before a clitic suffix (Russia's → Russia + ' + s); class
    /// bits into `flags`.
    fn word_end(&self, b: usize, mut j: usize, flags: &mut u8) -> usize {
        loop {
            j = self.alnum_run(j, flags);
            // Only an apostrophe or a hyphen lets the word go on: other ASCII bytes end it at once.
            if self.bytes.get(j).is_some_and(|&c| c < 0x80 && c != b'\'' && c != b'-') {
                return j;
            }
            match self.at(j) {
                // A clitic suffix is cut off the word's end with its apostrophe: Russia's → Russia.
                Some(ap) if is_apostrophe(ap) && self.clitic_at(j + ap.len_utf8()) => return j,
                Some(ap) if is_apostrophe(ap) && self.at(j + ap.len_utf8()).is_some_and(char::is_alphabetic) => {
                    let next = j + ap.len_utf8();
                    let prefix = &self.text[b..j];
                    *flags |= self.flags_at(j);
                    if self.ap.is_elision(prefix) && !self.at(next).is_some_and(|c| self.ap.opens_name(prefix, c)) {
                        return next;
                    }
                    j = next;
                }
                Some(h) if is_hyphen(h) && self.alnum_len(j + h.len_utf8()).is_some() => {
                    *flags |= self.flags_at(j);
                    j += h.len_utf8();
                }
                _ => return j,
            }
        }
    }
}

/// Tokenizes `text[start..end]`, appending to `out` (with `para` set, `sent`, `lex` and `roles` left 0);
/// no language's elision or clitic suffix is cut.
pub fn tokenize(text: &str, start: usize, end: usize, para: usize, out: &mut Vec<Token>) {
    tokenize_into(text, start, end, para, None, &Apostrophes::default(), out, None)
}

/// [`tokenize`] with a language's elisions and clitic suffixes cut off words, as [`segment`] does
/// (`lex` and `roles` left 0).
pub fn tokenize_with(text: &str, start: usize, end: usize, para: usize, ap: &Apostrophes, out: &mut Vec<Token>) {
    tokenize_into(text, start, end, para, None, ap, out, None)
}

/// The punctuation tokens the sentence splitter looks at: their indices in the token list, and
/// the ASCII chars it looks at (terminals, quote marks) as bits; other ASCII punctuation (`,`,
/// `:`, `(`) is left out, non-ASCII punctuation always kept.
struct Puncts<'a> {
    list: &'a mut Vec<usize>,
    ascii: u128,
}

impl Puncts<'_> {
    /// Records token `i`, whose first byte is `b`, when the splitter may look at it.
    #[inline]
    fn push(&mut self, i: usize, b: u8) {
        if b >= 0x80 || self.ascii >> b & 1 != 0 {
            self.list.push(i);
        }
    }
}

/// [`tokenize`], with the `lex` and `roles` bits of the words set from `lexicon` when there is one,
/// the language's elisions and clitic suffixes cut off words, and the punctuation tokens recorded
/// in `puncts` when it is given.
#[allow(clippy::too_many_arguments)]
fn tokenize_into(
    text: &str,
    start: usize,
    end: usize,
    para: usize,
    lexicon: Option<&Lexicon>,
    ap: &Apostrophes,
    out: &mut Vec<Token>,
    mut puncts: Option<Puncts>,
) {
    let text = &text[..end];
    let sp = Span { text, bytes: text.as_bytes(), ap };
    let mut i = start;
    while let Some((class, len)) = sp.class_at(i) {
        let after_c = i + len;
        // The flags of the token's bytes, gathered as it is scanned.
        let mut flags = sp.flags_at(i);
        let (e, kind) = match class {
            SPACE => {
                i = after_c;
                continue;
            }
            DIGIT => sp.number_end(after_c, &mut flags),
            c if c & LETTER != 0 => (sp.word_end(i, after_c, &mut flags), TokKind::Word),
            _ => {
                if let Some(p) = puncts.as_mut() {
                    p.push(out.len(), sp.bytes[i]);
                }
                (after_c, TokKind::Punct)
            }
        };
        push(text, i, e, kind, flags & FLAGS, para, lexicon, out);
        // The one space after most tokens is skipped without a class lookup.
        i = if sp.bytes.get(e) == Some(&b' ') { e + 1 } else { e };
    }
}

/// Appends the token `text[start..end]` whose bytes have the [`flag`]s `flags`: its key folded,
/// its case and `lex` bits found without decoding when it is ASCII.
#[inline]
#[allow(clippy::too_many_arguments)]
fn push(
    text: &str,
    start: usize,
    end: usize,
    kind: TokKind,
    flags: u8,
    para: usize,
    lexicon: Option<&Lexicon>,
    out: &mut Vec<Token>,
) {
    debug_assert!(start < end && text.is_char_boundary(start) && text.is_char_boundary(end));
    // SAFETY: the tokenizer moves over whole chars only (an ASCII byte or a decoded char's
    // length at a time), so `start` and `end` are char boundaries within `text`.
    let surface = unsafe { text.get_unchecked(start..end) };
    let b = surface.as_bytes();
    debug_assert_eq!(flags, byte_flags(b));
    let (upper, acronym) = if flags & flag::NON_ASCII == 0 {
        let upper = flags & flag::UPPER != 0 && b[0].is_ascii_uppercase();
        let acronym = upper
            && b.len() >= 2
            && flags & flag::LOWER == 0
            && b.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 2;
        (upper, acronym)
    } else {
        let upper = surface.chars().next().is_some_and(char::is_uppercase);
        // An ASCII small letter rules it out before any char is decoded.
        let acronym = upper
            && flags & flag::LOWER == 0
            && surface.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !surface.chars().any(char::is_lowercase);
        (upper, acronym)
    };
    // A short ASCII word is packed from the 8 bytes of text at its start, its capitals lowered:
    // its key when it has capitals, and what the lexicon looks up.
    let packed = if kind == TokKind::Word && b.len() <= 8 && flags & (flag::NON_ASCII | flag::BACKTICK) == 0 {
        let window = text.as_bytes().get(start..start + 8).and_then(|w| <[u8; 8]>::try_from(w).ok());
        window.map(|w| Lexicon::pack_ascii(w, b.len(), flags & flag::UPPER != 0))
    } else {
        None
    };
    let key = match packed {
        Some(k) if flags & flag::UPPER != 0 => {
            let lowered = k.to_le_bytes();
            // SAFETY: the word is ASCII (no non-ASCII flag) and lowering its capitals keeps every
            // byte below 0x80: ASCII is valid UTF-8.
            CompactString::new(unsafe { std::str::from_utf8_unchecked(&lowered[..b.len()]) })
        }
        _ => fold_compact_flagged(surface, flags),
    };
    let Entry { lex, roles } = match lexicon {
        Some(lx) if kind == TokKind::Word => {
            let e = match packed {
                Some(k) => lx.get_packed(k),
                // A word of ASCII small letters is its own key (no need to read the inline
                // string back).
                None => lx.entry(if flags & !flag::LOWER == 0 { surface } else { &key }),
            };
            // Words only accents tell apart (`a`, `à`) take their own spelling's bits.
            if e.lex & lex::SPELLED != 0 {
                lx.respell(e, surface, &key, flags & flag::NON_ASCII == 0, upper)
            } else {
                e
            }
        }
        _ => Entry::default(),
    };
    // Past 4 G paragraphs (a text of many gigabytes) the index saturates: the document fails on its
    // first out-of-bounds read and is reported, it is never misread.
    let para = u32::try_from(para).unwrap_or(u32::MAX);
    out.push(Token { kind, start, end, key, upper, acronym, lex, roles, sent: 0, para });
}

/// The char at byte `p` of `text` (ASCII without decoding; a space at the end).
fn first_char(text: &str, p: usize) -> char {
    match text.as_bytes().get(p) {
        Some(&b) if b < 0x80 => char::from(b),
        _ => text[p..].chars().next().unwrap_or(' '),
    }
}

/// The chars that end a sentence.
const TERMINALS: [char; 4] = ['.', '!', '?', '…'];

fn is_terminal(c: char) -> bool {
    TERMINALS.contains(&c)
}

/// Segments the prose lines of `text` into paragraphs, sentences and tokens.
pub fn segment(text: &str, lines: &[Line], lang: &Language) -> Segments {
    let mut seg = Segments::default();
    segment_into(text, lines, lang, &mut seg);
    seg
}

/// Like [`segment`], but into `seg`, whose buffers (cleared first) are reused: a caller that
/// segments document after document allocates once, not per document.
pub fn segment_into(text: &str, lines: &[Line], lang: &Language, seg: &mut Segments) {
    seg.paragraphs.clear();
    seg.sentences.clear();
    seg.tokens.clear();
    seg.tokens.reserve(text.len() / 4 + 16);
    let mut scratch = std::mem::take(&mut seg.scratch);
    // Hard-wrapped text (print, OCR): consecutive prose lines form one paragraph.
    let wrapped = is_hard_wrapped(text, lines);
    // The sentence cuts of a paragraph.
    let cuts = &mut scratch.cuts;
    // The punctuation tokens of a paragraph that may end a sentence or open or close a quote: the
    // only ones the splitter looks at (ASCII ones by `ascii_puncts`, see [`Puncts`]).
    let puncts = &mut scratch.puncts;
    let ascii_puncts = split_chars(&lang.quote_marks);
    let blocks = &mut scratch.blocks;
    blocks.clear();
    blocks.reserve(lines.len());
    for (i, line) in lines.iter().enumerate() {
        if !line.prose {
            continue;
        }
        let joins = wrapped && i > 0 && lines[i - 1].prose && blocks.last().is_some_and(|b| b.1 == lines[i - 1].end);
        match blocks.last_mut() {
            Some(b) if joins => b.1 = line.end,
            _ => blocks.push((line.start, line.end)),
        }
    }
    seg.paragraphs.reserve(blocks.len());
    // About one sentence per paragraph and per 128 bytes of text.
    seg.sentences.reserve(blocks.len() + text.len() / 128);
    for &(start, end) in blocks.iter() {
        let para = seg.paragraphs.len();
        let tok_start = seg.tokens.len();
        puncts.clear();
        let (lexicon, ap) = (Some(&lang.lexicon), &lang.apostrophes);
        let found = Some(Puncts { list: puncts, ascii: ascii_puncts });
        tokenize_into(text, start, end, para, lexicon, ap, &mut seg.tokens, found);
        let tok_end = seg.tokens.len();
        if tok_start == tok_end {
            continue;
        }
        let sent_start = seg.sentences.len();
        split_sentences(text, seg, tok_start, tok_end, puncts, para, lang, cuts);
        let (ps, pe) = (seg.tokens[tok_start].start, seg.tokens[tok_end - 1].end);
        seg.paragraphs.push(Paragraph {
            start: ps,
            end: pe,
            sent_start,
            sent_end: seg.sentences.len(),
            tok_start,
            tok_end,
        });
    }
    seg.scratch = scratch;
}

/// Whether the text wraps its lines inside sentences: many lines end mid-sentence and the next
/// line goes on in lower case.
fn is_hard_wrapped(text: &str, lines: &[Line]) -> bool {
    let (mut pairs, mut joins) = (0usize, 0usize);
    for w in lines.windows(2) {
        let (a, b) = (text[w[0].start..w[0].end].trim_end(), text[w[1].start..w[1].end].trim_start());
        if a.is_empty() || b.is_empty() {
            continue;
        }
        pairs += 1;
        let ends_open = a
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || is_combining_mark(c) || matches!(c, ',' | '-' | '¬'));
        let goes_on = b.chars().next().is_some_and(char::is_lowercase);
        if ends_open && goes_on {
            joins += 1;
        }
    }
    joins >= 3 && joins * 3 >= pairs
}

/// The quote mark pairs (opening, closing) of a language; straight quotes toggle, handled apart.
struct Marks<'a>(&'a [(char, char)]);

impl Marks<'_> {
    /// Whether `c` opens a quote (a straight quote is left out).
    fn opens(&self, c: char) -> bool {
        c != '"' && self.0.iter().any(|m| m.0 == c)
    }

    /// Whether `c` closes a quote (a straight quote is left out).
    fn closes(&self, c: char) -> bool {
        c != '"' && self.0.iter().any(|m| m.1 == c)
    }
}

/// The ASCII chars [`split_sentences`] looks at, as bits: the terminals, the straight quote and
/// the quote marks (the chars its own test lets through).
fn split_chars(quote_marks: &[(char, char)]) -> u128 {
    let marks = quote_marks.iter().flat_map(|&(o, c)| [o, c]);
    TERMINALS.into_iter().chain(['"']).chain(marks).filter(char::is_ascii).fold(0, |bits, c| bits | 1 << u32::from(c))
}

#[allow(clippy::too_many_arguments)]
fn split_sentences(
    text: &str,
    seg: &mut Segments,
    tok_start: usize,
    tok_end: usize,
    puncts: &[usize],
    para: usize,
    lang: &Language,
    cuts: &mut Vec<usize>,
) {
    let marks = Marks(&lang.quote_marks);
    let mut depth: i32 = 0;
    let mut straight = false;
    let mut s_begin = tok_start;
    let toks = &seg.tokens;
    cuts.clear(); // token indices where a new sentence starts
    let mut i = tok_start;
    // Words, numbers and most punctuation (`,`, `:`) neither end a sentence nor open or close a
    // quote: only the punctuation tokens in `puncts` (in order) are looked at.
    let mut next_punct = puncts.iter().copied().filter(|&p| p < tok_end).peekable();
    while i < tok_end {
        while next_punct.next_if(|&p| p < i).is_some() {}
        match next_punct.peek() {
            Some(&p) => i = p,
            None => break,
        }
        let t = &toks[i];
        let mut c = first_char(text, t.start);
        // An opening mark used to close (`«circonscrite«,`) closes, as the quote finder reads it.
        if marks.opens(c) {
            let (ps, pe) = (toks[tok_start].start, toks[tok_end - 1].end);
            c = crate::quotes::read_mark(text, t.start, c, ps, pe, &lang.quote_marks);
        }
        // Most punctuation (`,`, `:`, `(`) neither ends a sentence nor opens or closes a quote.
        if !is_terminal(c) && c != '"' && !marks.opens(c) && !marks.closes(c) {
            i += 1;
            continue;
        }
        let is_open = marks.opens(c) && !(marks.closes(c) && depth > 0);
        if c == '"' {
            straight = !straight;
        } else if is_open {
            depth += 1;
        } else if marks.closes(c) {
            depth = (depth - 1).max(0);
        }
        let inside = depth > 0 || straight;
        let next = toks.get(i + 1).filter(|_| i + 1 < tok_end);
        if is_terminal(c) && !inside {
            // Run of terminals (?!, ...) ends at the last one.
            let mut j = i;
            while j + 1 < tok_end && toks[j + 1].kind == TokKind::Punct && is_terminal(toks[j + 1].ch()) {
                j += 1;
            }
            let nxt = toks.get(j + 1).filter(|_| j + 1 < tok_end);
            if nxt.is_some_and(|n| starts_sentence(n, text))
                && !(c == '.' && j == i && no_break_before(toks, i, tok_start, text, lang))
            {
                cuts.push(j + 1);
            }
            i = j + 1;
            continue;
        }
        // A closing mark right after a terminal: «… bout.» Il …
        if !inside
            && (marks.closes(c) || c == '"')
            && i > tok_start
            && toks[i - 1].kind == TokKind::Punct
            && is_terminal(toks[i - 1].ch())
            && next.is_some_and(|n| n.upper && n.kind == TokKind::Word)
        {
            cuts.push(i + 1);
        }
        i += 1;
    }
    cuts.push(tok_end);
    for &cut in cuts.iter() {
        if cut <= s_begin {
            continue;
        }
        let sent = u32::try_from(seg.sentences.len()).unwrap_or(u32::MAX);
        for t in &mut seg.tokens[s_begin..cut] {
            t.sent = sent;
        }
        seg.sentences.push(Sentence {
            start: seg.tokens[s_begin].start,
            end: seg.tokens[cut - 1].end,
            tok_start: s_begin,
            tok_end: cut,
            para,
        });
        s_begin = cut;
    }
}

fn starts_sentence(t: &Token, text: &str) -> bool {
    match t.kind {
        TokKind::Word => t.upper,
        TokKind::Number => true,
        TokKind::Punct => {
            let c = first_char(text, t.start);
            matches!(c, '«' | '“' | '"' | '—' | '–' | '-' | '(' | '[' | '‘' | '„')
        }
    }
}

/// Whether the `.` at token `i` does not end a sentence: abbreviation or initial.
fn no_break_before(toks: &[Token], i: usize, tok_start: usize, text: &str, lang: &Language) -> bool {
    if i == tok_start {
        return false;
    }
    let prev = &toks[i - 1];
    if prev.kind != TokKind::Word || prev.end != toks[i].start {
        return false;
    }
    let word = &text[prev.start..prev.end];
    // A title never ends a sentence (M. Le Pen); any other abbreviation or initial does when a
    // capitalized function word follows (… etc. Le marché …, le plan B. Le plan A …).
    let is_title = lang.title_or_dotted(&prev.key).is_some();
    let next_word = toks.get(i + 1).filter(|n| n.kind == TokKind::Word && n.upper);
    if !is_title
        && next_word.is_some_and(|n| n.key.chars().count() > 1 && lang.stop_capitalized.contains(n.key.as_str()))
    {
        return false;
    }
    // An initial: one capital letter (G.), or hyphenated initials (J.-P.); a combining mark
    // goes with its letter (É. written E + U+0301).
    let letters = |w: &str| w.chars().filter(|&c| !is_combining_mark(c)).count();
    if letters(word) == 1 && word.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    if word.contains('-') && word.split('-').all(|p| letters(p) <= 1) {
        return true;
    }
    // An abbreviation: the word with its period, or the whole dotted run (J.-C.).
    let mut buf = [0u8; 32];
    let dotted = if word.len() < buf.len() {
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf[word.len()] = b'.';
        std::str::from_utf8(&buf[..word.len() + 1]).ok()
    } else {
        None
    };
    let is_abbr = match dotted {
        Some(d) => lang.is_abbreviation(d),
        None => lang.is_abbreviation(&format!("{word}.")),
    };
    if is_abbr {
        return true;
    }
    let mut k = i - 1;
    while k > tok_start && toks[k - 1].end == toks[k].start {
        k -= 1;
    }
    lang.is_abbreviation(&text[toks[k].start..toks[i].end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_splitter_looks_at_terminals_and_quote_marks_only() {
        let bits = split_chars(&[('«', '»'), ('"', '"'), ('<', '>')]);
        for (c, looked_at) in [('.', true), ('!', true), ('?', true), ('"', true), ('<', true), ('>', true)]
            .into_iter()
            .chain([(',', false), (':', false), ('(', false), (';', false), ('\'', false)])
        {
            assert_eq!(bits >> u32::from(c) & 1 != 0, looked_at, "{c:?}");
        }
    }

    #[test]
    fn words_only_accents_tell_apart_keep_their_own_classes() {
        use crate::lang::WordClass;
        let fr = Language::french().expect("French data");
        let text = "Elle a parlé à Paul, où ou là-bas, là ou la ville. A Paris, il a dû partir du port.";
        let seg = segment(text, &crate::clean::clean(text, &fr), &fr);
        let bits = |w: &str| seg.tokens.iter().find(|t| &text[t.start..t.end] == w).expect(w).lex;
        let (aux, prep, sub, conj, det) = (
            1 << WordClass::Aux as u32,
            1 << WordClass::Prep as u32,
            1 << WordClass::Sub as u32,
            1 << WordClass::Conj as u32,
            1 << WordClass::Det as u32,
        );
        assert_eq!(bits("a") & (aux | prep), aux);
        assert_eq!(bits("à") & (aux | prep), prep);
        assert_eq!(bits("où") & (sub | conj), sub);
        assert_eq!(bits("ou") & (sub | conj), conj);
        assert_eq!(bits("là") & det, 0);
        assert_ne!(bits("la") & det, 0);
        assert_eq!(bits("dû") & (det | prep), 0);
        assert_ne!(bits("du") & det, 0);
        // A capital often loses its accent: `A` may be either.
        assert_eq!(bits("A") & (aux | prep), aux | prep);
        assert!(seg.tokens.iter().all(|t| t.lex & lex::SPELLED == 0));
    }

    #[test]
    fn segmenting_into_used_buffers_gives_what_fresh_ones_give() {
        let fr = Language::french().expect("French data");
        let texts = [
            "« Nous irons jusqu'au bout », a déclaré M. Dupont. Il est parti.\nUne autre ligne.",
            "Court.",
            "",
            "Première ligne sans fin\nDeuxième ligne ! Troisième phrase ? Oui.\n\nFin.",
        ];
        let mut reused = Segments::default();
        for text in texts.iter().chain(texts.iter().rev()) {
            let lines = crate::clean::clean(text, &fr);
            let fresh = segment(text, &lines, &fr);
            segment_into(text, &lines, &fr, &mut reused);
            assert_eq!(format!("{:?}", reused.tokens), format!("{:?}", fresh.tokens), "{text}");
            assert_eq!(format!("{:?}", reused.sentences), format!("{:?}", fresh.sentences), "{text}");
            assert_eq!(format!("{:?}", reused.paragraphs), format!("{:?}", fresh.paragraphs), "{text}");
        }
    }

    #[test]
    fn char_class_agrees_with_unicode_properties() {
        let slow = |c: char| {
            if c.is_whitespace() {
                SPACE
            } else if c.is_numeric() {
                DIGIT
            } else if c.is_alphabetic() {
                LETTER
            } else {
                PUNCT
            }
        };
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(char_class(c), slow(c), "{c:?}");
            let mut buf = [0; 4];
            let latin = latin_letter_at(c.encode_utf8(&mut buf).as_bytes(), 0);
            assert_eq!(latin, ('\u{C0}'..='\u{17F}').contains(&c) && char_class(c) == LETTER, "{c:?}");
            assert_eq!(matches!(char_class(c), DIGIT | LETTER), c.is_alphanumeric(), "{c:?}");
        }
        for b in 0u8..0x80 {
            let c = char::from(b);
            let class = match BYTE_CLASS[usize::from(b)] {
                c if c & LETTER != 0 => LETTER,
                flag::BACKTICK => PUNCT,
                c => c,
            };
            assert_eq!(class, slow(c), "{c:?}");
        }
    }
}
