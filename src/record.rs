//! Records: what verbatim emits for each document — entities and quotes with offsets.
//!
//! Offsets are byte offsets into the original UTF-8 text: `text[start..end]` gives back
//! what the record says (a mention's surface, a quote part, a cue).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::attribution::Method;
use crate::entities::EntitySource;
use crate::gazetteer::EntityType;
use crate::quotes::QuoteKind;

/// Everything found in one document.
#[derive(Debug, Clone, Serialize)]
pub struct DocRecord {
    /// Document id.
    pub id: String,
    /// The language the document was read in (`fr`, `en`).
    pub lang: String,
    /// Metadata carried from the input (url, date…).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub meta: BTreeMap<String, serde_json::Value>,
    /// Entities in order of first mention.
    pub entities: Vec<EntityRecord>,
    /// Quotes in text order.
    pub quotes: Vec<QuoteRecord>,
    /// Notes on what could not be done as usual (decoding, skipped input).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<String>,
}

/// An entity of the document.
#[derive(Debug, Clone, Serialize)]
pub struct EntityRecord {
    /// Stable id: the gazetteer id, or `TYPE:slug` for names no list knows.
    pub id: String,
    /// The fullest form used in the article.
    pub name: String,
    /// `PER`, `LOC` or `ORG`.
    #[serde(rename = "type")]
    pub etype: EntityType,
    /// Canonical name (the gazetteer's, when linked).
    pub canonical: String,
    /// Wikidata Q-id, when linked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    /// Where it came from.
    pub source: EntitySource,
    /// Distinct surface forms as written.
    pub surfaces: Vec<String>,
    /// Mention byte spans `[start, end]`.
    pub mentions: Vec<[usize; 2]>,
}

/// A cue: the speech verb or marker as written, with its span.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CueRecord {
    /// Text as written (`a déclaré`, `selon`, `:`).
    pub text: String,
    /// Start byte offset.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
}

/// A quote and its attribution.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteRecord {
    /// The words inside the marks; parts split by an incise joined by one space.
    pub text: String,
    /// The speaker's name (fullest form in the article) or an unnamed source's description.
    pub speaker: Option<String>,
    /// The speaker's entity id.
    pub speaker_id: Option<String>,
    /// The speaker's Wikidata id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_wikidata: Option<String>,
    /// Direct, partial or term.
    pub kind: QuoteKind,
    /// Content byte spans `[start, end]` (inside the marks).
    pub parts: Vec<[usize; 2]>,
    /// The cue, if any.
    pub cue: Option<CueRecord>,
    /// How the speaker was found.
    pub method: Method,
    /// Confidence in the speaker, in [0, 1].
    pub confidence: f32,
}
