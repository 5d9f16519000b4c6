//! `jusho._jusho`: the Rust half of the Python package. The Python half
//! (`python/jusho/__init__.py`) turns what these functions return into dicts
//! and exceptions.
//!
//! `_romanize` hands over JSON made by the library's own serde output
//! (`Romanized` as `{"profile","parts","warnings"}`, `Error` as
//! `{"kind","message"}`), the CLI's `--json`. `_romanize_many` builds the
//! same dicts straight from the structs ([`direct`]), five times cheaper;
//! `tests/test_api.py` holds the two equal on every kind of answer.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::Mutex;

use jusho::{FilledForm, Form, Romanized, Romanizer, Style};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};
use serde::Serialize;

mod convert;
mod direct;
mod shared;
use direct::Builder;

/// A failed answer, as `romanize --json` writes it.
#[derive(Serialize)]
pub(crate) struct Failed<'a> {
    input: &'a str,
    error: &'a jusho::Error,
}

/// Addresses per unit of work in `romanize_many`.
const CHUNK: usize = 512;
/// Chunks in flight per thread: bounds the memory besides the result.
const IN_FLIGHT_PER_JOB: usize = 4;

/// One address's answer in `romanize_many`, made on a worker thread: the
/// result and, when a form was asked for, the form filled.
type Answer = (Result<Romanized, jusho::Error>, Option<FilledForm>);

/// The form to fill, if one was asked for, and its line limit.
type FormChoice = Option<(Form, usize)>;

fn form_of(form: Option<&str>, line_limit: usize) -> PyResult<FormChoice> {
    if line_limit == 0 {
        return Err(PyValueError::new_err("line_limit must be 1 or more"));
    }
    form.map(|name| {
        name.parse::<Form>()
            .map(|f| (f, line_limit))
            .map_err(|e| PyValueError::new_err(e.to_string()))
    })
    .transpose()
}

/// One answer as JSON: the romanized address (with `"form"` when a form
/// was asked for, as `romanize --json --form` writes it), or
/// `{"input","error"}`.
fn answer_json(
    form: FormChoice,
    profile_only: bool,
    input: &str,
    result: &Result<Romanized, jusho::Error>,
    out: &mut Vec<u8>,
) {
    #[derive(Serialize)]
    struct Full<'a> {
        #[serde(flatten)]
        romanized: &'a Romanized,
        #[serde(skip_serializing_if = "Option::is_none")]
        form: Option<&'a FilledForm>,
    }
    #[derive(Serialize)]
    struct ProfileOnly<'a> {
        profile: &'a jusho::Profile,
        #[serde(skip_serializing_if = "Option::is_none")]
        form: Option<&'a FilledForm>,
    }
    let written = match result {
        Ok(romanized) => {
            let filled = form.map(|(f, limit)| f.fill(romanized, limit));
            let form = filled.as_ref();
            if profile_only {
                serde_json::to_writer(
                    &mut *out,
                    &ProfileOnly {
                        profile: &romanized.profile,
                        form,
                    },
                )
            } else {
                serde_json::to_writer(&mut *out, &Full { romanized, form })
            }
        }
        Err(error) => serde_json::to_writer(&mut *out, &Failed { input, error }),
    };
    written.expect("serializing to memory cannot fail");
}

fn style_of(style: Option<&str>) -> PyResult<Style> {
    match style {
        None => Ok(Style::DEFAULT),
        Some(name) => name
            .parse::<Style>()
            .map_err(|e| PyValueError::new_err(e.to_string())),
    }
}

/// The text of `value`, or a TypeError naming what it is instead.
fn text_of(value: &Bound<'_, PyAny>, what: &dyn Fn() -> String) -> PyResult<String> {
    match value.cast::<PyString>() {
        Ok(s) => Ok(s.to_cow()?.into_owned()),
        Err(_) => {
            let type_name = value
                .get_type()
                .name()
                .map_or_else(|_| "?".to_string(), |n| n.to_string());
            Err(PyTypeError::new_err(format!(
                "{} must be str, not {type_name}",
                what()
            )))
        }
    }
}

/// `_romanize(address, style, form, line_limit) -> (ok, json)`: `json` is
/// the romanized address when `ok`, else the error `{"kind","message"}`.
#[pyfunction]
#[pyo3(signature = (address, style=None, form=None, line_limit=jusho::DEFAULT_LINE_LIMIT))]
fn _romanize(
    py: Python<'_>,
    address: &Bound<'_, PyAny>,
    style: Option<&str>,
    form: Option<&str>,
    line_limit: usize,
) -> PyResult<(bool, String)> {
    let text = text_of(address, &|| "address".to_string())?;
    let romanizer = Romanizer::new(style_of(style)?);
    let form = form_of(form, line_limit)?;
    Ok(py.detach(|| {
        let result = romanizer.romanize_full(&text);
        let json = match &result {
            Ok(_) => {
                let mut out = Vec::new();
                answer_json(form, false, &text, &result, &mut out);
                String::from_utf8(out).expect("serde_json writes UTF-8")
            }
            Err(e) => serde_json::to_string(e).expect("serializing to memory cannot fail"),
        };
        (result.is_ok(), json)
    }))
}

/// `_romanize_many(addresses, style, form, jobs, fields, line_limit) -> list`: every address
/// answered, in order, romanized on `jobs` threads without the GIL; each
/// chunk's answers are turned into dicts ([`Builder`]) on
/// this thread while the others work on.
#[pyfunction]
#[pyo3(signature = (addresses, style=None, form=None, jobs=None, fields="all", line_limit=jusho::DEFAULT_LINE_LIMIT))]
fn _romanize_many<'py>(
    py: Python<'py>,
    addresses: &Bound<'py, PyAny>,
    style: Option<&str>,
    form: Option<&str>,
    jobs: Option<usize>,
    fields: &str,
    line_limit: usize,
) -> PyResult<Bound<'py, PyList>> {
    let romanizer = Romanizer::new(style_of(style)?);
    let form = form_of(form, line_limit)?;
    let profile_only = match fields {
        "all" => false,
        "profile" => true,
        other => {
            return Err(PyValueError::new_err(format!(
                "unknown fields {other:?}: expected all or profile"
            )))
        }
    };
    if let Ok(s) = addresses.cast::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "addresses must be an iterable of str, not one str ({:?}…)",
            s.to_cow()?.chars().take(20).collect::<String>()
        )));
    }
    let mut inputs = Vec::new();
    for (i, item) in addresses.try_iter()?.enumerate() {
        inputs.push(text_of(&item?, &|| format!("addresses[{i}]"))?);
    }
    let jobs = match jobs {
        Some(0) => return Err(PyValueError::new_err("jobs must be 1 or more")),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let result = PyList::empty(py);
    let chunks = inputs.len().div_ceil(CHUNK);
    if chunks == 0 {
        return Ok(result);
    }
    let in_flight = IN_FLIGHT_PER_JOB * jobs;
    let next_chunk = AtomicUsize::new(0);
    let (done_tx, done_rx) = sync_channel::<(usize, Vec<Answer>)>(in_flight);
    // A chunk may be taken only with a token; the writer hands one back per
    // chunk it has turned into dicts. So at most `in_flight` chunks of
    // answers exist at once, however many addresses there are. The token
    // is the spent chunk itself: the worker that takes it frees its answers
    // (a dozen strings each) and reuses its buffer, off the thread that
    // holds the GIL, which is the one every answer waits for.
    let (token_tx, token_rx) = sync_channel::<Vec<Answer>>(in_flight);
    for _ in 0..in_flight {
        token_tx.send(Vec::new()).expect("receiver alive");
    }
    let token_rx = Mutex::new(token_rx);
    let inputs = &inputs;
    std::thread::scope(|scope| -> PyResult<()> {
        for _ in 0..jobs.min(chunks) {
            let (done_tx, next_chunk, token_rx) = (done_tx.clone(), &next_chunk, &token_rx);
            scope.spawn(move || loop {
                let token = token_rx.lock().map(|rx| rx.recv());
                let Ok(Ok(mut answers)) = token else {
                    return;
                };
                answers.clear();
                let n = next_chunk.fetch_add(1, Ordering::Relaxed);
                if n >= chunks {
                    return;
                }
                let items = &inputs[n * CHUNK..((n + 1) * CHUNK).min(inputs.len())];
                answers.extend(items.iter().map(|input| {
                    let result = romanizer.romanize_full(input);
                    let filled = match (&result, form) {
                        (Ok(r), Some((f, limit))) => Some(f.fill(r, limit)),
                        _ => None,
                    };
                    (result, filled)
                }));
                if done_tx.send((n, answers)).is_err() {
                    return;
                }
            });
        }
        drop(done_tx);
        let done_rx = Mutex::new(done_rx);
        let mut waiting = BTreeMap::new();
        let mut builder = Builder::new(py, inputs.len())?;
        let mut written = 0;
        let outcome = (|| -> PyResult<()> {
            while written < chunks {
                // Wait without the GIL, so other Python threads run too.
                let Ok((n, answers)) =
                    py.detach(|| done_rx.lock().map_err(drop)?.recv().map_err(drop))
                else {
                    break;
                };
                waiting.insert(n, answers);
                while let Some(answers) = waiting.remove(&written) {
                    let inputs = &inputs[written * CHUNK..];
                    for (input, (answer, form)) in inputs.iter().zip(&answers) {
                        result.append(builder.answer(
                            input,
                            answer,
                            form.as_ref(),
                            profile_only,
                        )?)?;
                    }
                    written += 1;
                    let _ = token_tx.send(answers);
                }
            }
            Ok(())
        })();
        // On an error here, let the workers finish: they stop when their
        // next send or token fails.
        drop(token_tx);
        drop(done_rx);
        outcome
    })?;
    Ok(result)
}

/// The package's version (the bindings crate's, kept equal to jusho's).
#[pyfunction]
fn _version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

#[pymodule]
fn _jusho(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(_romanize, m)?)?;
    m.add_function(wrap_pyfunction!(_romanize_many, m)?)?;
    m.add_function(wrap_pyfunction!(_version, m)?)?;
    Ok(())
}
