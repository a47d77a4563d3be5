//! verbatim reads news articles and tells who said what.
//!
//! It finds the people, places and organizations an article names, every
//! quotation, and the speaker of each, and emits records whose offsets point
//! back into the original text. The pipeline is staged and pure — no IO here:
//!
//! ```text
//! Document → clean → segment → entities → quotes → attribution → DocRecord
//! ```
//!
//! The main type is [`Extractor`]: built once from a [`Language`] and a
//! compiled [`gazetteer::Matcher`], then shared across threads.
//!
//! # Example: who said what in one article
//!
//! ```
//! use verbatim::{Document, Extractor};
//!
//! let ex = Extractor::french_default().unwrap();
//! let doc = Document::new("d1", "« Nous irons jusqu'au bout », a déclaré Pierre Dupont.");
//! let rec = ex.extract(&doc);
//! assert_eq!(rec.quotes[0].text, "Nous irons jusqu'au bout");
//! assert_eq!(rec.quotes[0].speaker.as_deref(), Some("Pierre Dupont"));
//! ```
//!
//! # Example: a gazetteer of your own
//!
//! ```
//! use verbatim::{gazetteer::Gazetteer, Document, Extractor, Language};
//!
//! let mut g = Gazetteer::new();
//! g.add_tsv("id\ttype\tname\taliases\twikidata\troles\n\
//!            org_acme\tORG\tAcme Corp\tAcme\t\t\n", "mine.tsv").unwrap();
//! let ex = Extractor::new(Language::french().unwrap(), g.compile().unwrap());
//! let rec = ex.extract(&Document::new("d", "Acme a annoncé un rachat."));
//! assert_eq!(rec.entities[0].id, "org_acme");
//! ```

pub mod attribution;
mod boilerplate;
pub mod clean;
pub mod document;
pub mod entities;
mod error;
pub mod eval;
pub mod fold;
pub mod gazetteer;
pub mod graph;
pub mod ingest;
pub mod lang;
pub mod quotes;
pub mod record;
pub mod segment;
pub mod writers;

use std::panic::{catch_unwind, AssertUnwindSafe};

pub use document::Document;
pub use error::{Error, Result};
pub use lang::Language;
pub use record::DocRecord;

use crate::gazetteer::{Gazetteer, Matcher};
use crate::record::{CueRecord, EntityRecord, QuoteRecord};

/// A name or description on one line: runs of whitespace (a line break of hard-wrapped text,
/// a double space) become one space, so that a CSV cell or a graph label reads as the name does.
/// Offsets and surfaces keep the text as written.
fn one_line(name: String) -> String {
    let mut prev_space = false;
    let clean = name.chars().all(|c| {
        let bad = c.is_whitespace() && (c != ' ' || prev_space);
        prev_space = c.is_whitespace();
        !bad
    });
    if clean {
        name
    } else {
        name.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// The start of an honorific (`M.`, `Mme`, `Dr`) written right before token `i`, if any.
fn honorific_before(toks: &[segment::Token], i: usize, lang: &Language) -> Option<usize> {
    let is_hon = |k: &str| lang.titles.get(k).is_some_and(|t| t.honorific);
    let p = toks.get(i.checked_sub(1)?)?;
    if p.kind == segment::TokKind::Word && p.upper && is_hon(&p.key) {
        return Some(p.start);
    }
    if p.is('.') {
        let w = toks.get(i.checked_sub(2)?)?;
        if w.kind == segment::TokKind::Word
            && w.upper
            && w.end == p.start
            && lang.dotted_titles.get(w.key.as_str()).is_some_and(|t| t.honorific)
        {
            return Some(w.start);
        }
    }
    None
}

/// How many words of a document the language choice reads: function words make up a third of
/// running text, so 60 words give ~20 votes — enough to tell French from English.
pub const DETECT_WORDS: usize = 60;

/// A lead in function-word votes that settles the language before [`DETECT_WORDS`] are read:
/// half the ~20 votes of the window. Votes for the other language are the exception (a name, a
/// quoted phrase), and a walk of such votes overtakes a lead of 10 with vanishing odds.
pub const DECISIVE_LEAD: usize = 10;

/// The lead that settles a later window of [`Extractor::language_of`]: it only has to confirm or
/// contradict the first one (a contradiction is settled by a third window), so half of
/// [`DECISIVE_LEAD`] does.
pub const CONFIRMING_LEAD: usize = DECISIVE_LEAD / 2;

/// Runs the whole pipeline on documents; build once, share across threads.
#[derive(Debug)]
pub struct Extractor {
    langs: Vec<Language>,
    gaz: Matcher,
    /// The function words of the first 32 languages in one table: a folded word → a bit per
    /// language using it, so choosing a language takes one lookup per word.
    votes: lang::Lexicon,
}

/// How far the leader of `scores` (the first of the highest) is ahead of every other score: it
/// stays the leader whatever the next `left` words score when this lead is more than `left`.
/// That is the highest score less the second highest (equal on a tie), in one pass.
fn lead(scores: &[usize]) -> usize {
    if scores.len() < 2 {
        return usize::MAX;
    }
    let (mut top, mut second) = (0, 0);
    for &s in scores {
        if s > top {
            (top, second) = (s, top);
        } else if s > second {
            second = s;
        }
    }
    top - second
}

/// The language with the most votes in `scores` (the first of the highest), if any has a vote.
fn winner(scores: &[usize]) -> Option<usize> {
    let best = scores.iter().enumerate().fold(0, |b, (i, &s)| if s > scores[b] { i } else { b });
    (scores.get(best).is_some_and(|&s| s > 0)).then_some(best)
}

/// Whether quote `i` has a speech cue close to it ([`quotes::cue_near`]), or repeats words
/// quoted elsewhere with a cue close to them (an intertitle taking up a word of the body).
/// `cued` holds the folded texts of those other quotes, gathered once per document when first
/// needed (a page of many repeated one-word quotes stays linear).
fn near_cue(
    text: &str,
    seg: &segment::Segments,
    quotes: &[quotes::Quote],
    attrs: &[attribution::Attribution],
    cued: &mut Option<std::collections::HashSet<String>>,
    i: usize,
) -> bool {
    let near = |j: usize| attrs[j].cue.is_some_and(|c| quotes::cue_near(seg, &quotes[j], c));
    if attrs[i].cue.is_some() || attrs[i].method != attribution::Method::Repeated {
        return near(i);
    }
    let cued = cued.get_or_insert_with(|| {
        (0..quotes.len())
            .filter(|&j| attrs[j].method != attribution::Method::Repeated && near(j))
            .map(|j| fold::fold_key(&quotes[j].text(text)))
            .collect()
    });
    cued.contains(&fold::fold_key(&quotes[i].text(text)))
}

/// The first byte after the space or line break that follows byte `at` of `text` (a word start
/// or the end of `text`): where a window of words can begin without cutting a word.
fn word_boundary_after(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let at = at.min(b.len());
    memchr::memchr2(b' ', b'\n', &b[at..]).map_or(b.len(), |i| at + i + 1)
}

/// The most tokens whose buffer a thread keeps for its next document (a few MB): a huge page's
/// buffers are given back rather than held.
const KEPT_TOKENS: usize = 1 << 16;

thread_local! {
    /// The segments of the thread's last document, whose buffers [`Extractor::extract`] refills
    /// for the next one: documents are short, and allocating them anew cost more per document.
    static SEGMENTS: std::cell::Cell<segment::Segments> = std::cell::Cell::new(segment::Segments::default());
}

/// How many languages [`Extractor::language_of`] tells apart through its one table.
const VOTING_LANGS: usize = 32;

impl Extractor {
    /// An extractor for `lang` with the compiled gazetteer `gaz`.
    pub fn new(lang: Language, gaz: Matcher) -> Extractor {
        Extractor { langs: vec![lang], gaz, votes: lang::Lexicon::default() }
    }

    /// An extractor that reads each document in whichever of `langs` it is written in
    /// (by function-word affinity; the first language wins ties). `langs` must not be empty.
    pub fn with_languages(langs: Vec<Language>, gaz: Matcher) -> Result<Extractor> {
        if langs.is_empty() {
            return Err(Error::data("languages", 0, "no language given"));
        }
        let mut votes = lang::Lexicon::default();
        for (i, l) in langs.iter().take(VOTING_LANGS).enumerate() {
            // Exactly the words the lexicon marks FUNCTION_WORD.
            for w in l.words.keys() {
                votes.add(w, 1 << i);
            }
        }
        Ok(Extractor { langs, gaz, votes })
    }

    /// French with the embedded default gazetteer.
    pub fn french_default() -> Result<Extractor> {
        Ok(Extractor::new(Language::french()?, Gazetteer::embedded_default()?.compile()?))
    }

    /// The first (default) language in use.
    pub fn language(&self) -> &Language {
        &self.langs[0]
    }

    /// The language a document is read in: the one its function words vote for. The start of a
    /// page is often furniture in another language (an English photo caption, a cookie banner or
    /// a byline over a French article), so the first [`DETECT_WORDS`] words are checked against
    /// a window from the middle of the text (settled at [`CONFIRMING_LEAD`]); when the two
    /// disagree, a third between them decides (the language of most windows; on a tie, the
    /// middle one's). A text the first window reads to its end is decided by it alone.
    pub fn language_of(&self, text: &str) -> &Language {
        if self.langs.len() == 1 {
            return &self.langs[0];
        }
        let mut scores = vec![0usize; self.langs.len()];
        let end_a = self.vote(text, 0, DECISIVE_LEAD, &mut scores);
        let a = winner(&scores);
        // A text read to its end in the first window has no other part to ask.
        let from_b = word_boundary_after(text, end_a.max(text.len() / 2));
        if from_b >= text.len() {
            return &self.langs[a.unwrap_or(0)];
        }
        scores.fill(0);
        let end_b = self.vote(text, from_b, CONFIRMING_LEAD, &mut scores);
        let b = winner(&scores);
        if a == b || a.is_none() || b.is_none() {
            return &self.langs[b.or(a).unwrap_or(0)];
        }
        // The windows disagree: a third between them, or after the middle one when they touch.
        let mut from_c = word_boundary_after(text, (end_a + from_b) / 2);
        if from_c >= from_b {
            from_c = end_b;
        }
        scores.fill(0);
        self.vote(text, from_c, CONFIRMING_LEAD, &mut scores);
        let c = winner(&scores);
        &self.langs[if c == a { a } else { b }.unwrap_or(0)]
    }

    /// Adds to `scores` the function-word votes of up to [`DETECT_WORDS`] words of `text` from
    /// byte `from` (a char boundary), stopping early once a language leads by `decisive` votes
    /// or no language can catch up with the leader in the words left; returns the byte offset
    /// where reading stopped.
    fn vote(&self, text: &str, from: usize, decisive: usize, scores: &mut [usize]) -> usize {
        // Windows start at word boundaries; a char boundary is made sure of all the same.
        let mut from = from.min(text.len());
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let text_from = &text[from..];
        let read = if self.langs.len() <= VOTING_LANGS {
            // The lead changes only with the scores.
            let mut ahead = 0;
            lang::for_first_entries_while(text_from, &self.votes, DETECT_WORDS, |e, left| {
                let mut bits = e.lex;
                if bits != 0 {
                    while bits != 0 {
                        scores[bits.trailing_zeros() as usize] += 1;
                        bits &= bits - 1;
                    }
                    ahead = lead(scores);
                }
                ahead <= left && ahead < decisive
            })
        } else {
            lang::for_first_words_while(text_from, DETECT_WORDS, |k, _| {
                for (s, l) in scores.iter_mut().zip(&self.langs) {
                    *s += usize::from(l.lex(k) & lang::lex::FUNCTION_WORD != 0);
                }
                true
            })
        };
        from + read
    }

    /// The compiled gazetteer in use.
    pub fn gazetteer(&self) -> &Matcher {
        &self.gaz
    }

    /// Extracts entities and attributed quotes from one document.
    pub fn extract(&self, doc: &Document) -> DocRecord {
        let text = doc.text.as_str();
        let lang = self.language_of(text);
        let lines = clean::clean(text, lang);
        // The buffers of the thread's last document, refilled (see `SEGMENTS`).
        let mut seg = SEGMENTS.take();
        segment::segment_into(text, &lines, lang, &mut seg);
        let mut ents = entities::find_entities(text, &seg, &self.gaz, lang);
        let mut quotes = quotes::find_quotes(text, &seg, lang);
        let mut attrs = attribution::attribute(text, &seg, &mut ents, &quotes, &self.gaz, lang);
        let mut cued = None;
        for i in 0..quotes.len() {
            let near_cue = || near_cue(text, &seg, &quotes, &attrs, &mut cued, i);
            if quotes::is_term(text, &seg, &quotes[i], attrs[i].speaker.is_some(), near_cue, lang) {
                quotes[i].kind = quotes::QuoteKind::Term;
                attrs[i] = attribution::Attribution::none();
            }
        }

        let quote_records = quotes
            .iter()
            .zip(attrs)
            .map(|(q, a)| {
                let ent = a.speaker.as_ref().and_then(|s| s.entity).map(|e| &ents.list[e]);
                QuoteRecord {
                    text: q.text(text),
                    speaker: a.speaker.map(|s| one_line(s.name)),
                    speaker_id: ent.map(|e| e.id.clone()),
                    speaker_wikidata: ent.and_then(|e| e.wikidata.clone()),
                    kind: q.kind,
                    parts: q.parts.iter().map(|&(s, e)| [s, e]).collect(),
                    cue: a.cue.map(|(s, e)| CueRecord { text: text[s..e].to_string(), start: s, end: e }),
                    method: a.method,
                    confidence: (a.confidence * 100.0).round() / 100.0,
                }
            })
            .collect();
        // The entities are not needed any more: their strings move into the records.
        let entity_records = ents
            .list
            .into_iter()
            .filter(|e| !e.mentions.is_empty())
            .map(|e| {
                let mut surfaces: Vec<String> = Vec::new();
                for m in &e.mentions {
                    let s = &text[m.start..m.end];
                    if !surfaces.iter().any(|x| x == s) {
                        surfaces.push(s.to_string());
                    }
                }
                // A person's name as written with its honorific (M. Chéron, Mme Diallo) is a surface too.
                if e.etype == gazetteer::EntityType::Per {
                    for m in &e.mentions {
                        if let Some(t) = honorific_before(&seg.tokens, m.tok_start, lang) {
                            let s = &text[t..m.end];
                            if !surfaces.iter().any(|x| x == s) {
                                surfaces.push(s.to_string());
                            }
                        }
                    }
                }
                EntityRecord {
                    name: one_line(e.display_name(text).to_string()),
                    mentions: e.mentions.iter().map(|m| [m.start, m.end]).collect(),
                    id: e.id,
                    etype: e.etype,
                    canonical: e.canonical,
                    wikidata: e.wikidata,
                    source: e.source,
                    surfaces,
                }
            })
            .collect();
        if seg.tokens.capacity() <= KEPT_TOKENS {
            SEGMENTS.set(seg);
        }
        DocRecord {
            id: doc.id.clone(),
            lang: lang.code.clone(),
            meta: doc.meta.clone(),
            entities: entity_records,
            quotes: quote_records,
            diagnostics: Vec::new(),
        }
    }

    /// Like [`Extractor::extract`], but a failure inside the pipeline becomes an error naming
    /// the document instead of unwinding: one bad document never stops an archive.
    pub fn try_extract(&self, doc: &Document) -> Result<DocRecord> {
        catch_unwind(AssertUnwindSafe(|| self.extract(doc))).map_err(|p| {
            let why = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "internal error".to_string());
            Error::document(&doc.id, format!("pipeline failed: {why}"))
        })
    }
}
