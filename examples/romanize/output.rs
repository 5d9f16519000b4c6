//! Writing answers: the labelled block (the library's `Profile` display and
//! `Warning:` lines) or one JSON object per line, by serde_json from the
//! library's own serialization.

use std::io::{self, Write};

use jusho::{FilledForm, Romanized};
use serde::Serialize;

use crate::batch::Run;

impl<W: Write> Run<W> {
    /// Writes one answer (a block, or a JSON line).
    pub(crate) fn answer(
        &mut self,
        input: &str,
        result: &Result<Romanized, Failure>,
    ) -> io::Result<()> {
        self.failed |= result.is_err();
        let form = match (result, self.form) {
            (Ok(r), Some((form, limit))) => Some(form.fill(r, limit)),
            _ => None,
        };
        let out = &mut self.out;
        if self.json {
            write_json(&mut *out, input, result, form.as_ref())?;
            out.write_all(b"\n")?;
        } else {
            if self.answered > 0 {
                out.write_all(b"\n")?;
            }
            match result {
                Ok(r) => {
                    match &form {
                        Some(filled) => write!(out, "{filled}")?,
                        None => write!(out, "{}", r.profile)?,
                    }
                    let form_warnings = form.iter().flat_map(|f| &f.warnings);
                    for w in r.warnings.iter().chain(form_warnings) {
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
pub(crate) enum Failure {
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

/// Writes one `--json` answer (no newline): the input, then the library's
/// own serialization, and `"form"` when a form was asked for. The page's
/// `/api/romanize` answers with the same object.
pub(crate) fn write_json<W: Write>(
    out: W,
    input: &str,
    result: &Result<Romanized, Failure>,
    form: Option<&FilledForm>,
) -> io::Result<()> {
    match result {
        Ok(romanized) => serde_json::to_writer(
            out,
            &JsonOk {
                input,
                romanized,
                form,
            },
        ),
        Err(error) => serde_json::to_writer(out, &JsonErr { input, error }),
    }
    .map_err(io::Error::from)
}

/// A `--json` answer: the input, then the library's own serialization.
#[derive(Serialize)]
struct JsonOk<'a> {
    input: &'a str,
    #[serde(flatten)]
    romanized: &'a Romanized,
    #[serde(skip_serializing_if = "Option::is_none")]
    form: Option<&'a FilledForm>,
}

#[derive(Serialize)]
struct JsonErr<'a> {
    input: &'a str,
    error: &'a Failure,
}
