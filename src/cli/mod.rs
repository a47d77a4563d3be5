//! Subcommands of the binary, one module each.

pub mod batch;
pub mod eval;
pub mod extract;
pub mod gazetteer;
pub mod inputs;
pub mod progress;

use std::fs::{self, File};
use std::io::Read;
use std::path::PathBuf;

use anyhow::{Context, Result};
use verbatim::gazetteer::compiled::{is_compiled, CompiledGazetteer};
use verbatim::gazetteer::{Gazetteer, Matcher};
use verbatim::{Extractor, Language};

/// The extractor for `lang` (`fr`, `en`, or `auto` for both) with the embedded default gazetteer (unless left out) plus `extra`
/// gazetteers: TSV files join the default, compiled files (`verbatim gazetteer compile`, told by
/// their magic bytes) are added as layers after it, in the order given.
pub fn build_extractor(extra: &[PathBuf], with_default: bool, lang: &str) -> Result<Extractor> {
    // The languages compile on their own threads while the gazetteer compiles on this one: start-up
    // is spent before any document runs, and a run of one small file is mostly start-up.
    std::thread::scope(|s| {
        let langs: Vec<_> = match lang {
            "auto" => vec![s.spawn(Language::french), s.spawn(Language::english)],
            code => vec![s.spawn(move || Language::by_code(code))],
        };
        let m = build_matcher(extra, with_default);
        let langs = langs
            .into_iter()
            .map(|h| match h.join() {
                Ok(l) => Ok(l?),
                Err(_) => Err(anyhow::anyhow!("a language's data could not be compiled (panic)")),
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Extractor::with_languages(langs, m?)?)
    })
}

/// The embedded default gazetteer (unless left out) plus `extra` gazetteers, compiled into one
/// matcher (see [`build_extractor`]).
fn build_matcher(extra: &[PathBuf], with_default: bool) -> Result<Matcher> {
    let mut g = if with_default { Gazetteer::embedded_default()? } else { Gazetteer::new() };
    let mut compiled = Vec::new();
    for p in extra {
        let name = p.display().to_string();
        let f = File::open(p).with_context(|| format!("cannot read gazetteer {name}"))?;
        let mut head = Vec::with_capacity(8);
        (&f).take(8).read_to_end(&mut head).with_context(|| format!("cannot read gazetteer {name}"))?;
        if is_compiled(&head) {
            // Memory-mapped and read in place: a run touches only the pages it needs.
            compiled.push(CompiledGazetteer::open(p)?);
        } else {
            let text = fs::read_to_string(p).with_context(|| format!("cannot read gazetteer {name} as UTF-8"))?;
            g.add_tsv(&text, &name)?;
        }
    }
    let mut m = g.compile()?;
    for c in compiled {
        m = m.with_compiled(c)?;
    }
    Ok(m)
}
