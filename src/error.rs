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
    Input { source: String, location: String, message: String },
    Io { context: String, err: std::io::Error },
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Data { source, line, message } => write!(f, "{source}:{line}: {message}"),
            ErrorKind::Document { id, message } => write!(f, "document {id}: {message}"),
            ErrorKind::Input { source, location, message } => write!(f, "{source}:{location}: {message}"),
            ErrorKind::Io { context, err } => write!(f, "{context}: {err}"),
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

    /// An input record is malformed at `location` (a line number, a byte offset…) of `source`.
    pub fn input(source: &str, location: impl fmt::Display, message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Input {
                source: source.to_string(),
                location: location.to_string(),
                message: message.into(),
            },
        }
    }

    /// An IO error while doing `context` (reading a dump, writing an output…).
    pub fn io(context: impl Into<String>, err: std::io::Error) -> Error {
        Error { kind: ErrorKind::Io { context: context.into(), err } }
    }

    /// The data source (file name) and 1-based line this error is about, if it is a data error.
    pub fn location(&self) -> Option<(&str, usize)> {
        match &self.kind {
            ErrorKind::Data { source, line, .. } => Some((source.as_str(), *line)),
            _ => None,
        }
    }
}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;
