//! `verbatim eval`: runs the pipeline on a gold directory and prints score.py's metrics.

use std::collections::HashMap;
use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};

use verbatim::ingest::document_from_bytes;

#[derive(clap::Args)]
pub struct Args {
    /// Directory of NAME.txt and NAME.gold.json files.
    gold_dir: PathBuf,
    /// Add a gazetteer TSV to the embedded default (repeatable).
    #[arg(long, value_name = "FILE")]
    gazetteer: Vec<PathBuf>,
    /// Language of the articles: fr, en, or auto.
    #[arg(long, default_value = "auto", value_name = "LANG")]
    lang: String,
    /// Also print each document's misses and wrong speakers.
    #[arg(long)]
    per_doc: bool,
    /// Print the metrics as JSON.
    #[arg(long)]
    json: bool,
}

/// Runs `verbatim eval`.
pub fn run(a: Args) -> Result<ExitCode> {
    let ex = super::build_extractor(&a.gazetteer, true, &a.lang)?;
    let mut golds = Vec::new();
    let mut preds = HashMap::new();
    let mut entries: Vec<PathBuf> = fs::read_dir(&a.gold_dir)
        .with_context(|| format!("cannot read {}", a.gold_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    entries.sort();
    for g in entries {
        let text = fs::read_to_string(&g).with_context(|| format!("cannot read {}", g.display()))?;
        let gold: serde_json::Value =
            serde_json::from_str(&text).with_context(|| format!("{}: invalid JSON", g.display()))?;
        let id = gold.get("id").and_then(|v| v.as_str()).map(str::to_string).unwrap_or_default();
        let txt = g.with_file_name(format!("{id}.txt"));
        if let Ok(bytes) = fs::read(&txt) {
            let (doc, _) = document_from_bytes(&id, &bytes);
            let rec = ex.try_extract(&doc)?;
            preds.insert(id, serde_json::to_value(&rec)?);
        }
        golds.push(gold);
    }
    let m = verbatim::eval::score(&golds, &preds);
    if a.json {
        println!("{}", serde_json::to_string(&m)?);
    } else {
        print!("{}", m.render());
        if a.per_doc {
            for d in &m.per_doc {
                println!("{}", serde_json::to_string(d)?);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
