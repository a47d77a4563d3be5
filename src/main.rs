//! The `verbatim` command line: CLI + glue. Each subcommand lives in `cli/`, parses its flags,
//! reads its inputs, wires the library's stages and writes outputs.

mod cli;

/// The binary's allocator: mimalloc is several times faster than glibc's on the pipeline's
/// many small, short-lived allocations (feature `mimalloc`, on by default).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: alloc::MiMalloc = alloc::MiMalloc;

#[cfg(feature = "mimalloc")]
mod alloc {
    use std::alloc::{GlobalAlloc, Layout};
    use std::ffi::c_void;

    use libmimalloc_sys as mi;

    /// Every block of mimalloc is aligned to at least a machine word: its size classes are
    /// whole words and its pages start aligned.
    const WORD: usize = std::mem::size_of::<usize>();

    /// mimalloc through its plain entry points for layouts aligned to a word or less (nearly
    /// every one: bytes, strings, vectors of offsets), which skip the alignment checks of its
    /// `_aligned` ones; those serve the rest.
    pub struct MiMalloc;

    // SAFETY: each method hands its layout to the mimalloc function made for it. A pointer of
    // `mi_malloc`/`mi_zalloc`/`mi_realloc` is word-aligned (see `WORD`), so it meets any
    // alignment of `WORD` or less; larger alignments go to the `_aligned` functions. Every block
    // comes from mimalloc, and `mi_free` frees a block of any of them.
    unsafe impl GlobalAlloc for MiMalloc {
        #[inline]
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            if layout.align() <= WORD {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }

        #[inline]
        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            if layout.align() <= WORD {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }

        #[inline]
        unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
            mi::mi_free(ptr as *mut c_void);
        }

        #[inline]
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            if layout.align() <= WORD {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

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
