//! `verbatim extract`: reads articles, runs the pipeline in parallel, writes records in input order.

use std::fs;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::ValueEnum;
use rayon::prelude::*;

use verbatim::ingest::{document_from_bytes, Encoding};
use verbatim::writers::{CsvWriter, JsonlWriter, RecordWriter};
use verbatim::{DocRecord, Document};

/// Output formats.
#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// One JSON object per document.
    Jsonl,
    /// One row per quote: the who-said-what table.
    Csv,
}

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (read recursively for .txt, in name order) or `-` for stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: Format,
    /// Write to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Add a gazetteer TSV to the embedded default (repeatable).
    #[arg(long, value_name = "FILE")]
    gazetteer: Vec<PathBuf>,
    /// Leave the embedded default gazetteer out (use only --gazetteer files).
    #[arg(long)]
    no_default_gazetteer: bool,
    /// Keep only quotes whose speaker confidence is at least this (CSV).
    #[arg(long, default_value_t = 0.0)]
    min_confidence: f32,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
}

/// One input: a file or stdin.
enum Input {
    File(PathBuf),
    Stdin,
}

fn collect_inputs(paths: &[PathBuf]) -> Result<Vec<Input>> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input::Stdin);
        } else if p.is_dir() {
            let mut files = Vec::new();
            walk(p, &mut files).with_context(|| format!("cannot read directory {}", p.display()))?;
            files.sort();
            out.extend(files.into_iter().map(Input::File));
        } else if p.exists() {
            out.push(Input::File(p.clone()));
        } else {
            bail!("{}: no such file or directory", p.display());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

fn read_input(input: &Input) -> std::result::Result<(Document, Encoding), (String, String)> {
    match input {
        Input::Stdin => {
            let mut buf = Vec::new();
            io::stdin().read_to_end(&mut buf).map_err(|e| ("-".to_string(), format!("cannot read stdin: {e}")))?;
            Ok(document_from_bytes("stdin", &buf))
        }
        Input::File(p) => {
            let id = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            let bytes = fs::read(p).map_err(|e| (id.clone(), format!("{}: {e}", p.display())))?;
            Ok(document_from_bytes(&id, &bytes))
        }
    }
}

/// Runs `verbatim extract`.
pub fn run(a: Args) -> Result<ExitCode> {
    if let Some(n) = a.threads {
        rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global().ok();
    }
    let ex = super::build_extractor(&a.gazetteer, !a.no_default_gazetteer)?;
    let inputs = collect_inputs(&a.paths)?;
    let out: Box<dyn Write> = match &a.output {
        Some(p) => Box::new(fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?),
        None => Box::new(io::stdout().lock()),
    };
    let out = BufWriter::with_capacity(1 << 16, out);
    let mut writer: Box<dyn RecordWriter> = match a.format {
        Format::Jsonl => Box::new(JsonlWriter::new(out)),
        Format::Csv => Box::new(CsvWriter::new(out, a.min_confidence)),
    };
    let mut failed = 0usize;
    for batch in inputs.chunks(64) {
        let results: Vec<std::result::Result<DocRecord, (String, String)>> = batch
            .par_iter()
            .map(|inp| {
                let (doc, enc) = read_input(inp)?;
                let mut rec = ex.try_extract(&doc).map_err(|e| (doc.id.clone(), e.to_string()))?;
                if enc == Encoding::Windows1252 {
                    rec.diagnostics.push("not valid UTF-8: decoded as Windows-1252".to_string());
                }
                Ok(rec)
            })
            .collect();
        for r in results {
            match r {
                Ok(rec) => writer.write(&rec).context("cannot write output")?,
                Err((id, why)) => {
                    failed += 1;
                    eprintln!("verbatim: document {id} failed: {why}");
                }
            }
        }
    }
    writer.finish().context("cannot write output")?;
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
