//! Feeding inputs to the romanizer: each ADDRESS argument, or each line of
//! standard input (streamed, overlong lines cut), exactly one answer each.

use std::borrow::Cow;
use std::ffi::OsString;
use std::io::{self, BufRead, BufReader, Write};

use jusho::{Romanized, RomanizedBuf, Romanizer};

use crate::output::{Failure, Render};
use crate::pipeline::{self, Chunk, Feed, Tally, CHUNK_LINES};
use crate::progress::Progress;

/// How many bytes of an input line are kept. Anything longer than
/// [`jusho::MAX_INPUT_BYTES`] is refused anyway; this much is kept so the
/// answer can show the start of the line.
pub(crate) const KEEP_BYTES: usize = 4 * jusho::MAX_INPUT_BYTES;

/// The state of one run: where answers go and whether any input failed.
pub(crate) struct Run<W: Write> {
    pub(crate) romanizer: Romanizer,
    pub(crate) render: Render,
    pub(crate) out: W,
    pub(crate) answered: u64,
    pub(crate) failed: bool,
}

impl<W: Write> Run<W> {
    /// Argument mode: one answer per ADDRESS; plain-mode errors on stderr.
    pub(crate) fn arguments(&mut self, addresses: Vec<OsString>) -> io::Result<()> {
        for address in addresses {
            let bytes = os_bytes(address);
            let (input, result) = self.romanize(&bytes, bytes.len());
            if !self.render.json {
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

    /// Batch mode: one answer per line of standard input, rendered by
    /// `jobs` threads and written in input order.
    pub(crate) fn lines(
        &mut self,
        jobs: usize,
        mut progress: Option<&mut Progress>,
    ) -> io::Result<Tally> {
        let (romanizer, render) = (self.romanizer, self.render);
        let (tally, read) = pipeline::run(
            jobs,
            read_stdin_lines,
            move |first, lines: &[Line], out, tally| {
                // One answer's strings, refilled line after line.
                let mut buf = RomanizedBuf::new();
                for (i, line) in (first..).zip(lines) {
                    let (input, result) =
                        romanize_into(&romanizer, &line.bytes, line.len, &mut buf);
                    render
                        .answer(out, i, &input, result.as_ref().map(|r| *r), tally)
                        .expect("writing to memory");
                }
            },
            &mut self.out,
            |tally, read_to| {
                if let Some(p) = progress.as_deref_mut() {
                    p.tick(tally, read_to);
                }
            },
        )?;
        self.answered += tally.lines;
        self.failed |= tally.failed > 0;
        if let Err(e) = read {
            self.failed = true;
            self.out.flush()?;
            let _ = writeln!(io::stderr(), "error: reading standard input: {e}");
        }
        Ok(tally)
    }

    /// Romanizes one input (see [`romanize`]).
    fn romanize<'a>(
        &self,
        bytes: &'a [u8],
        len: usize,
    ) -> (Cow<'a, str>, Result<Romanized, Failure>) {
        romanize(&self.romanizer, bytes, len)
    }
}

/// One line of input: what was kept of it, and its full length.
pub(crate) struct Line {
    bytes: Vec<u8>,
    len: usize,
}

/// The reader thread of batch mode: lines of standard input, in chunks; a
/// chunk is handed on early (and marked to be flushed) whenever the next
/// read would wait, so that typed lines are answered at once.
fn read_stdin_lines(feed: &mut Feed<Line>) -> io::Result<()> {
    let stdin = io::stdin();
    let mut reader = BufReader::with_capacity(64 * 1024, stdin.lock());
    let mut items = Vec::with_capacity(CHUNK_LINES);
    let mut read_to = 0u64;
    let mut flushed = true;
    let mut buf = Vec::with_capacity(256);
    loop {
        if reader.buffer().is_empty() && !(items.is_empty() && flushed) {
            let chunk = Chunk {
                items: std::mem::replace(&mut items, Vec::with_capacity(CHUNK_LINES)),
                flush: true,
                read_to,
            };
            flushed = true;
            if !feed.send(chunk) {
                return Ok(());
            }
        }
        let line = read_line(&mut reader, &mut buf);
        if !matches!(line, Ok(Some(_))) {
            let chunk = Chunk {
                items,
                flush: true,
                read_to,
            };
            feed.send(chunk);
            return line.map(|_| ());
        }
        let len = line?.unwrap_or_default();
        read_to += len as u64 + 1;
        items.push(Line {
            bytes: buf.clone(),
            len,
        });
        if items.len() == CHUNK_LINES {
            let chunk = Chunk {
                items: std::mem::replace(&mut items, Vec::with_capacity(CHUNK_LINES)),
                flush: false,
                read_to,
            };
            flushed = false;
            if !feed.send(chunk) {
                return Ok(());
            }
        }
    }
}

/// Romanizes one input: `bytes` is what was kept of it, `len` its full
/// length. Returns the input as shown in answers, and the result.
pub(crate) fn romanize<'a>(
    romanizer: &Romanizer,
    bytes: &'a [u8],
    len: usize,
) -> (Cow<'a, str>, Result<Romanized, Failure>) {
    match checked_text(bytes, len) {
        Ok(text) => (
            Cow::Borrowed(text),
            romanizer.romanize_full(text).map_err(Failure::Jusho),
        ),
        Err((input, failure)) => (input, Err(failure)),
    }
}

/// [`romanize`] into `buf`, reusing the strings of its last answer.
pub(crate) fn romanize_into<'a, 'b>(
    romanizer: &Romanizer,
    bytes: &'a [u8],
    len: usize,
    buf: &'b mut RomanizedBuf,
) -> (Cow<'a, str>, Result<&'b Romanized, Failure>) {
    match checked_text(bytes, len) {
        Ok(text) => (
            Cow::Borrowed(text),
            romanizer.romanize_into(text, buf).map_err(Failure::Jusho),
        ),
        Err((input, failure)) => (input, Err(failure)),
    }
}

/// The text of an input the library can be given: `bytes` is what was kept
/// of it, `len` its full length. Otherwise the input as shown in answers,
/// and why it is refused.
fn checked_text(bytes: &[u8], len: usize) -> Result<&str, (Cow<'_, str>, Failure)> {
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
        let failure = Failure::Own {
            kind: "too_long",
            message,
        };
        return Err((input, failure));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let bad = &bytes[at..at + e.error_len().unwrap_or(bytes.len() - at)];
        let hex: Vec<String> = bad.iter().map(|b| format!("0x{b:02X}")).collect();
        let input = String::from_utf8_lossy(bytes);
        let message = format!(
            "address is not valid UTF-8: expected a UTF-8 character at byte {at}, but found {} in {:?}",
            hex.join(" "),
            input
        );
        let failure = Failure::Own {
            kind: "invalid_utf8",
            message,
        };
        (input, failure)
    })
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
