//! `verbatim gazetteer`: import a TSV gazetteer from Wikidata and GeoNames dumps, and compile TSV
//! gazetteers into the binary format that `--gazetteer` loads in a fraction of a second.

use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Subcommand;

use verbatim::gazetteer::compiled::write_compiled;
use verbatim::gazetteer::import::{
    import_wikidata, GeoNames, GeoNamesOptions, ImportStats, SubclassGraph, TsvWriter, WikidataOptions,
};
use verbatim::gazetteer::{EntityType, Gazetteer};

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Build a TSV gazetteer from a Wikidata JSON dump and/or GeoNames tables.
    Import(ImportArgs),
    /// Compile TSV gazetteers into one file that loads fast (`--gazetteer` reads it).
    Compile(CompileArgs),
}

#[derive(clap::Args)]
struct ImportArgs {
    /// Wikidata JSON dump (`latest-all.json[.gz|.bz2]`, or `-` for stdin).
    #[arg(long, value_name = "FILE")]
    wikidata: Option<PathBuf>,
    /// GeoNames table (`cities15000.txt`, `allCountries.txt`, plain, .gz or .bz2); repeatable.
    #[arg(long, value_name = "FILE")]
    geonames: Vec<PathBuf>,
    /// GeoNames `alternateNamesV2.txt` (names by language, and Wikidata ids).
    #[arg(long, value_name = "FILE")]
    alternate_names: Option<PathBuf>,
    /// Name languages, by preference.
    #[arg(long, value_delimiter = ',', default_value = "fr,en")]
    langs: Vec<String>,
    /// Wikidata: leave out items with fewer site links (a notability filter).
    #[arg(long, default_value_t = 0)]
    min_sitelinks: usize,
    /// Wikidata: more classes, a TSV of `Q-id<TAB>PER|LOC|ORG` lines, added to the built-in list.
    #[arg(long, value_name = "FILE")]
    classes: Option<PathBuf>,
    /// Wikidata: use only the --classes file, not the built-in list.
    #[arg(long, requires = "classes")]
    only_classes: bool,
    /// Wikidata: read the dump twice, first to widen the classes to all their subclasses (P279).
    #[arg(long)]
    subclasses: bool,
    /// GeoNames: feature classes to keep (A: countries, regions; P: populated places; H, T, L…).
    #[arg(long, default_value = "AP")]
    feature_classes: String,
    /// GeoNames: leave out places with a smaller population.
    #[arg(long, default_value_t = 0)]
    min_population: u64,
    /// Keep aliases starting with a lower-case letter (they match common words).
    #[arg(long)]
    keep_lowercase_aliases: bool,
    /// Output TSV (`-` for stdout).
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
}

#[derive(clap::Args)]
struct CompileArgs {
    /// TSV gazetteers to compile together (ids unique across them).
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output file.
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
}

/// Runs `verbatim gazetteer …`.
pub fn run(a: Args) -> Result<ExitCode> {
    match a.command {
        Cmd::Import(a) => import(a),
        Cmd::Compile(a) => compile(a),
    }
}

/// Opens `path` (`-`: stdin), decompressing `.gz` and `.bz2` by extension.
fn open(path: &Path) -> Result<Box<dyn BufRead>> {
    const BUF: usize = 1 << 20;
    if path.as_os_str() == "-" {
        return Ok(Box::new(BufReader::with_capacity(BUF, io::stdin())));
    }
    let f = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let r: Box<dyn Read> = match path.extension().and_then(|e| e.to_str()) {
        Some("gz") => Box::new(flate2::read::MultiGzDecoder::new(BufReader::with_capacity(BUF, f))),
        Some("bz2") => Box::new(bzip2::read::MultiBzDecoder::new(BufReader::with_capacity(BUF, f))),
        Some("zip") => bail!("{}: unzip GeoNames .zip files first (plain, .gz and .bz2 are read)", path.display()),
        _ => Box::new(f),
    };
    Ok(Box::new(BufReader::with_capacity(BUF, r)))
}

/// Prints a summary of one input and its first malformed lines; the number of malformed lines.
fn report(what: &str, s: &ImportStats) -> u64 {
    eprintln!("{what}: {} lines, {} records, {} kept, {} malformed", s.lines, s.records, s.kept, s.error_count);
    for e in s.errors.iter().take(10) {
        eprintln!("  skipped {e}");
    }
    if s.error_count > 10 {
        eprintln!("  … and {} more malformed lines", s.error_count - 10);
    }
    s.error_count
}

fn read_classes(path: &Path) -> Result<Vec<(String, EntityType)>> {
    let text = fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let (q, t) = (cols.next().unwrap_or("").trim(), cols.next().unwrap_or("").trim());
        let t = EntityType::parse(t).with_context(|| {
            format!("{}:{}: expected `Q-id<TAB>PER|LOC|ORG`, found `{line}`", path.display(), i + 1)
        })?;
        if !(q.starts_with('Q') && q.len() > 1 && q[1..].bytes().all(|b| b.is_ascii_digit())) {
            bail!("{}:{}: `{q}` is not a Wikidata Q-id", path.display(), i + 1);
        }
        out.push((q.to_string(), t));
    }
    Ok(out)
}

fn import(a: ImportArgs) -> Result<ExitCode> {
    if a.wikidata.is_none() && a.geonames.is_empty() {
        bail!("nothing to import: give --wikidata and/or --geonames");
    }
    if a.alternate_names.is_some() && a.geonames.is_empty() {
        bail!("--alternate-names needs --geonames (the places to name)");
    }
    let t0 = Instant::now();
    let langs: Vec<&str> = a.langs.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
    let mut bad = 0;

    let mut geo = GeoNames::new(GeoNamesOptions {
        feature_classes: a.feature_classes.clone(),
        min_population: a.min_population,
        keep_lowercase_aliases: a.keep_lowercase_aliases,
        ..GeoNamesOptions::new(&langs)
    });
    for p in &a.geonames {
        let name = p.display().to_string();
        let s = geo.read_places(open(p)?, &name)?;
        bad += report(&name, &s);
    }
    if let Some(p) = &a.alternate_names {
        let name = p.display().to_string();
        let s = geo.read_alternate_names(open(p)?, &name)?;
        bad += report(&name, &s);
    }

    let out: Box<dyn Write> = if a.output.as_os_str() == "-" {
        Box::new(BufWriter::new(io::stdout().lock()))
    } else {
        let f = File::create(&a.output).with_context(|| format!("cannot create {}", a.output.display()))?;
        Box::new(BufWriter::with_capacity(1 << 20, f))
    };
    let mut w = TsvWriter::new(out)?;

    if let Some(p) = &a.wikidata {
        let name = p.display().to_string();
        let mut opts = WikidataOptions::new(&langs);
        opts.min_sitelinks = a.min_sitelinks;
        opts.keep_lowercase_aliases = a.keep_lowercase_aliases;
        if let Some(c) = &a.classes {
            if a.only_classes {
                opts.classes.clear();
            }
            opts.classes.extend(read_classes(c)?);
        }
        if a.subclasses {
            if p.as_os_str() == "-" {
                bail!("--subclasses reads the dump twice: give a file, not stdin");
            }
            let (g, s) = SubclassGraph::read(open(p)?, &name)?;
            bad += report(&format!("{name} (subclass pass)"), &s);
            opts.classes = g.closure(&opts.classes);
            eprintln!("{} classes after widening to subclasses", opts.classes.len());
        }
        let geo_ref = (!geo.is_empty()).then_some(&mut geo);
        let s = import_wikidata(open(p)?, &name, &opts, geo_ref, &mut w)?;
        bad += report(&name, &s);
    }
    let places = geo.write(&mut w)?;
    let total = w.written();
    w.finish()?;
    eprintln!(
        "wrote {total} entries ({places} GeoNames places on their own) to {} in {:.1} s",
        a.output.display(),
        t0.elapsed().as_secs_f64()
    );
    Ok(if bad > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn compile(a: CompileArgs) -> Result<ExitCode> {
    let t0 = Instant::now();
    let mut g = Gazetteer::new();
    for p in &a.inputs {
        let text = fs::read_to_string(p).with_context(|| format!("cannot read gazetteer {}", p.display()))?;
        g.add_tsv(&text, &p.display().to_string())?;
    }
    let t1 = Instant::now();
    let f = File::create(&a.output).with_context(|| format!("cannot create {}", a.output.display()))?;
    let s = write_compiled(&g, BufWriter::with_capacity(1 << 20, f))?;
    eprintln!(
        "compiled {} entries, {} names into {} ({:.1} MB): parsed in {:.2} s, built and written in {:.2} s",
        s.entries,
        s.patterns,
        a.output.display(),
        s.bytes as f64 / 1e6,
        (t1 - t0).as_secs_f64(),
        t1.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
