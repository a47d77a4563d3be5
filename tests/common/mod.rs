//! Shared helpers for the integration tests.
#![allow(dead_code)]

use std::sync::OnceLock;

use verbatim::{DocRecord, Document, Extractor};

/// The French extractor with the embedded default gazetteer, built once.
pub fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::french_default().expect("default extractor"))
}

/// An extractor reading French and English (each document in its own language), built once.
pub fn bilingual_extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| {
        let gaz = verbatim::gazetteer::Gazetteer::embedded_default().unwrap().compile().unwrap();
        let langs = vec![verbatim::Language::french().unwrap(), verbatim::Language::english().unwrap()];
        Extractor::with_languages(langs, gaz).unwrap()
    })
}

/// Runs the pipeline on `text`.
pub fn run(text: &str) -> DocRecord {
    extractor().extract(&Document::new("t", text))
}

/// Checks every non-term quote's text and speaker, in order, with a readable diff on failure.
pub fn check(text: &str, want: &[(&str, Option<&str>)]) {
    check_with(extractor(), text, want);
}

/// [`check`] with `ex`; returns the record for further checks.
pub fn check_with(ex: &Extractor, text: &str, want: &[(&str, Option<&str>)]) -> DocRecord {
    let rec = ex.extract(&Document::new("t", text));
    let got: Vec<(String, Option<String>)> = rec
        .quotes
        .iter()
        .filter(|q| q.kind != verbatim::quotes::QuoteKind::Term)
        .map(|q| (q.text.clone(), q.speaker.clone()))
        .collect();
    let want: Vec<(String, Option<String>)> =
        want.iter().map(|(q, s)| (q.to_string(), s.map(str::to_string))).collect();
    if got != want {
        let mut msg = format!("\ntext: {text}\n");
        for (i, w) in want.iter().enumerate() {
            let g = got.get(i);
            let mark = if g == Some(w) { " " } else { "✗" };
            msg.push_str(&format!("{mark} want {:?} by {:?}\n", w.0, w.1));
            if let Some(g) = g.filter(|g| *g != w) {
                msg.push_str(&format!("    got  {:?} by {:?}\n", g.0, g.1));
            }
        }
        for g in got.iter().skip(want.len()) {
            msg.push_str(&format!("✗ extra {:?} by {:?}\n", g.0, g.1));
        }
        for q in &rec.quotes {
            msg.push_str(&format!("  [{:?} via {:?} cue {:?}]\n", q.kind, q.method, q.cue.as_ref().map(|c| &c.text)));
        }
        panic!("{msg}");
    }
    // The offsets invariant holds for every record.
    for q in &rec.quotes {
        let joined: Vec<&str> = q.parts.iter().map(|p| &text[p[0]..p[1]]).collect();
        assert_eq!(joined.join(" "), q.text);
        if let Some(c) = &q.cue {
            assert_eq!(&text[c.start..c.end], c.text);
        }
    }
    for e in &rec.entities {
        for m in &e.mentions {
            assert!(e.surfaces.iter().any(|s| s == &text[m[0]..m[1]]));
        }
    }
    rec
}
