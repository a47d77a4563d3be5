//! The library's typed error: an opaque [`Error`] over a private kind, naming the source, line and cause.

use std::fmt;

/// An error from the library: bad gazetteer or lexicon data, or an unreadable document.
#[derive(Debug, thiserror::Error)]
#[error("{kind}")]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug)]
enum ErrorKind {
    Data { source: String, line: usize, message: String },
    Document { id: String, message: String },
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Data { source, line, message } => write!(f, "{source}:{line}: {message}"),
            ErrorKind::Document { id, message } => write!(f, "document {id}: {message}"),
        }
    }
}

impl Error {
    /// A data file (gazetteer, lexicon) is malformed at `line` (1-based).
    pub fn data(source: &str, line: usize, message: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Data { source: source.to_string(), line, message: message.into() } }
    }

    /// A document could not be read or processed.
    pub fn document(id: &str, message: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Document { id: id.to_string(), message: message.into() } }
    }

    /// The data source (file name) and 1-based line this error is about, if it is a data error.
    pub fn location(&self) -> Option<(&str, usize)> {
        match &self.kind {
            ErrorKind::Data { source, line, .. } => Some((source.as_str(), *line)),
            ErrorKind::Document { .. } => None,
        }
    }
}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;
