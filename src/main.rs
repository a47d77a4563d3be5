//! The `verbatim` command line: CLI + glue. Each subcommand lives in `cli/`, parses its flags,
//! reads its inputs, wires the library's stages and writes outputs.

mod cli;

/// The binary's allocator: mimalloc is several times faster than glibc's on the pipeline's
/// many small, short-lived allocations (feature `mimalloc`, on by default).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "verbatim", version, about = "Who said what: entities, quotes and their speakers in news articles")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract entities and attributed quotes from articles.
    Extract(cli::extract::Args),
    /// Run the pipeline on a gold directory (NAME.txt + NAME.gold.json) and print the metrics.
    Eval(cli::eval::Args),
    /// Import (Wikidata, GeoNames) and compile gazetteers.
    Gazetteer(cli::gazetteer::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let r = match cli.command {
        Command::Extract(a) => cli::extract::run(a),
        Command::Eval(a) => cli::eval::run(a),
        Command::Gazetteer(a) => cli::gazetteer::run(a),
    };
    match r {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe (`| head`) ends the run quietly.
            if e.chain().any(|c| c.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe))
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("verbatim: {e:#}");
            ExitCode::from(2)
        }
    }
}
