//! Subcommands of the binary, one module each.

pub mod eval;
pub mod extract;

use std::fs;
use std::path::PathBuf;

use anyhow::{Context, Result};
use verbatim::gazetteer::Gazetteer;
use verbatim::{Extractor, Language};

/// The extractor for French with the embedded default gazetteer (unless left out) plus `extra` TSV files.
pub fn build_extractor(extra: &[PathBuf], with_default: bool) -> Result<Extractor> {
    let mut g = if with_default { Gazetteer::embedded_default()? } else { Gazetteer::new() };
    for p in extra {
        let text = fs::read_to_string(p).with_context(|| format!("cannot read gazetteer {}", p.display()))?;
        g.add_tsv(&text, &p.display().to_string())?;
    }
    Ok(Extractor::new(Language::french()?, g.compile()?))
}
