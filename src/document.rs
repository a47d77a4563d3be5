//! Documents: an id, the article text, and metadata carried into the records.

use std::collections::BTreeMap;

/// One article to process. All record offsets are byte offsets into `text`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// Identifier (a file stem, or the id field of a JSONL line).
    pub id: String,
    /// The article text, UTF-8.
    pub text: String,
    /// Metadata carried into the record (url, date, outlet…).
    pub meta: BTreeMap<String, serde_json::Value>,
}

impl Document {
    /// A document with no metadata.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document { id: id.into(), text: text.into(), meta: BTreeMap::new() }
    }
}
