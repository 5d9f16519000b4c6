//! Writing answers: the labelled block (the library's `Profile` display and
//! `Warning:` lines) or one JSON object per line, by serde_json from the
//! library's own serialization.

use std::io::{self, Write};

use jusho::{FilledForm, Form, Romanized};
use serde::Serialize;

use crate::batch::Run;
use crate::json;
use crate::pipeline::Tally;

impl<W: Write> Run<W> {
    /// Writes one answer (a block, or a JSON line).
    pub(crate) fn answer(
        &mut self,
        input: &str,
        result: &Result<Romanized, Failure>,
    ) -> io::Result<()> {
        self.failed |= result.is_err();
        let mut bytes = Vec::new();
        self.render.answer(
            &mut bytes,
            self.answered,
            input,
            result.as_ref(),
            &mut Tally::default(),
        )?;
        self.out.write_all(&bytes)?;
        self.answered += 1;
        Ok(())
    }
}

/// Which fields an answer shows (`--fields`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fields {
    /// Everything: the profile, the parts and the warnings.
    All,
    /// Only the form's fields (the profile).
    Profile,
}

/// How answers are written: the same for every thread of a run.
#[derive(Clone, Copy)]
pub(crate) struct Render {
    pub(crate) json: bool,
    pub(crate) fields: Fields,
    /// `--form NAME` and `--line-limit N`: the form's fields are shown.
    pub(crate) form: Option<(Form, usize)>,
}

impl Render {
    /// Writes the answer to input number `index` (from 0) and counts it.
    pub(crate) fn answer(
        &self,
        out: &mut Vec<u8>,
        index: u64,
        input: &str,
        result: Result<&Romanized, &Failure>,
        tally: &mut Tally,
    ) -> io::Result<()> {
        tally.count(result);
        let form = match (result, self.form) {
            (Ok(r), Some((form, limit))) => Some(form.fill(r, limit)),
            _ => None,
        };
        if self.json {
            match (result, self.fields) {
                (Ok(romanized), Fields::Profile) => {
                    out.extend_from_slice(b"{\"input\":");
                    json::push_str(out, input);
                    out.push(b',');
                    json::push_profile(out, &romanized.profile);
                    push_form(out, form.as_ref())?;
                    out.push(b'}');
                }
                _ => write_json(&mut *out, input, result, form.as_ref())?,
            }
            out.write_all(b"\n")?;
        } else {
            if index > 0 {
                out.write_all(b"\n")?;
            }
            match result {
                Ok(r) => {
                    match &form {
                        Some(filled) => write!(out, "{filled}")?,
                        None => write!(out, "{}", r.profile)?,
                    }
                    // The form's own warnings (a field too long) are shown
                    // even with `--fields profile`: they are about the
                    // fields shown.
                    let form_warnings = form.iter().flat_map(|f| &f.warnings);
                    let warnings = match self.fields {
                        Fields::All => &r.warnings[..],
                        Fields::Profile => &[],
                    };
                    for w in warnings.iter().chain(form_warnings) {
                        writeln!(out, "Warning: {w}")?;
                    }
                }
                Err(e) => writeln!(out, "Error: {e}")?,
            }
        }
        Ok(())
    }
}

impl Tally {
    /// Counts one answer: a line, perhaps failed, and its warnings by kind.
    pub(crate) fn count(&mut self, result: Result<&Romanized, &Failure>) {
        self.lines += 1;
        match result {
            Ok(r) => {
                for w in &r.warnings {
                    *self.warnings.entry(w.kind()).or_default() += 1;
                }
            }
            Err(_) => self.failed += 1,
        }
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

impl Failure {
    /// The kind's stable snake_case name, as in the JSON.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Failure::Jusho(e) => e.kind().name(),
            Failure::Own { kind, .. } => kind,
        }
    }
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
pub(crate) fn write_json(
    out: &mut Vec<u8>,
    input: &str,
    result: Result<&Romanized, &Failure>,
    form: Option<&FilledForm>,
) -> io::Result<()> {
    match result {
        Ok(romanized) => {
            // Room for a typical answer (about 700 bytes) at once.
            out.reserve(1024);
            out.extend_from_slice(b"{\"input\":");
            json::push_str(out, input);
            out.push(b',');
            json::push_romanized(out, romanized)?;
            push_form(out, form)?;
            out.push(b'}');
            Ok(())
        }
        Err(error) => {
            serde_json::to_writer(out, &JsonErr { input, error }).map_err(io::Error::from)
        }
    }
}

/// Appends `,"form":{…}` when there is a form.
fn push_form(out: &mut Vec<u8>, form: Option<&FilledForm>) -> io::Result<()> {
    if let Some(form) = form {
        out.extend_from_slice(b",\"form\":");
        serde_json::to_writer(&mut *out, form)?;
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonErr<'a> {
    input: &'a str,
    error: &'a Failure,
}
