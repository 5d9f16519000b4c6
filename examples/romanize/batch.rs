//! Feeding inputs to the romanizer: each ADDRESS argument, or each line of
//! standard input (streamed, overlong lines cut), exactly one answer each.

use std::borrow::Cow;
use std::ffi::OsString;
use std::io::{self, BufRead, BufReader, Write};

use jusho::{Romanized, Romanizer};

use crate::output::Failure;
use crate::progress::Progress;

/// How many bytes of an input line are kept. Anything longer than
/// [`jusho::MAX_INPUT_BYTES`] is refused anyway; this much is kept so the
/// answer can show the start of the line.
pub(crate) const KEEP_BYTES: usize = 4 * jusho::MAX_INPUT_BYTES;

/// The state of one run: where answers go and whether any input failed.
pub(crate) struct Run<W: Write> {
    pub(crate) romanizer: Romanizer,
    pub(crate) json: bool,
    pub(crate) out: W,
    pub(crate) answered: u64,
    pub(crate) failed: bool,
    /// `--form` and `--line-limit`: answer with that form's fields too.
    pub(crate) form: Option<(jusho::Form, usize)>,
}

impl<W: Write> Run<W> {
    /// Argument mode: one answer per ADDRESS; plain-mode errors on stderr.
    pub(crate) fn arguments(&mut self, addresses: Vec<OsString>) -> io::Result<()> {
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
    pub(crate) fn lines<R: io::Read>(
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
    pub(crate) fn romanize<'a>(
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
