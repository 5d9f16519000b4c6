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
use std::sync::mpsc::sync_channel;
use std::sync::Mutex;

use jusho::{FilledForm, Form, Romanized, RomanizedBuf, Romanizer, Style};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyIterator, PyList, PyString};
use serde::Serialize;

mod convert;
mod direct;
mod shared;
mod text;
use direct::Builder;
use text::RawText;

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
/// answer (kept in a [`RomanizedBuf`], whose strings the next address in
/// this slot reuses) or the error, and, when a form was asked for, the
/// form filled.
#[derive(Default)]
struct Answer {
    romanized: RomanizedBuf,
    error: Option<jusho::Error>,
    form: Option<FilledForm>,
}

impl Answer {
    /// The romanized address, or why there is none.
    fn result(&self) -> Result<&Romanized, &jusho::Error> {
        match (&self.error, self.romanized.get()) {
            (None, Some(romanized)) => Ok(romanized),
            (Some(error), _) => Err(error),
            (None, None) => unreachable!("an answer is filled before it is read"),
        }
    }
}

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

/// `value` as a `str`, or a TypeError naming what it is instead.
fn str_of<'a, 'py>(
    value: &'a Bound<'py, PyAny>,
    what: &dyn Fn() -> String,
) -> PyResult<&'a Bound<'py, PyString>> {
    value.cast::<PyString>().map_err(|_| {
        let type_name = value
            .get_type()
            .name()
            .map_or_else(|_| "?".to_string(), |n| n.to_string());
        PyTypeError::new_err(format!("{} must be str, not {type_name}", what()))
    })
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
    let mut text = String::new();
    text::push_str_of(&mut text, str_of(address, &|| "address".to_string())?)?;
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
    let jobs = match jobs {
        Some(0) => return Err(PyValueError::new_err("jobs must be 1 or more")),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    // How many addresses there are, when the iterable says (a list, a
    // pandas Series): only to size things; a generator works as well.
    let expected = addresses.len().unwrap_or(0);
    let mut items = addresses.try_iter()?;
    let result = PyList::empty(py);
    let mut builder = Builder::new(py, expected)?;

    // The addresses are read from `items` a chunk at a time, as workers need
    // them, not all at once: at most `in_flight` chunks (inputs and answers)
    // exist at any time, so besides the list returned, memory does not grow
    // with the number of addresses. A chunk's buffers go round and round:
    // this thread copies the addresses' characters into it (reusing its
    // buffers), a worker turns them into UTF-8 and romanizes them into the
    // answers it made in the same slots last time (reusing their strings
    // too), this thread turns the answers into dicts and fills it again.
    let in_flight = IN_FLIGHT_PER_JOB * jobs;
    let (work_tx, work_rx) = sync_channel::<Chunk>(in_flight);
    let (done_tx, done_rx) = sync_channel::<Chunk>(in_flight);
    let work_rx = Mutex::new(work_rx);
    // Behind a lock only so that waiting on it can be done without the GIL.
    let done_rx = Mutex::new(done_rx);
    let mut spare: Vec<Chunk> = (0..in_flight).map(|_| Chunk::default()).collect();
    let mut read = 0;
    let mut sent = 0;
    let mut exhausted = false;
    std::thread::scope(|scope| -> PyResult<()> {
        let workers = if expected > 0 {
            jobs.min(expected.div_ceil(CHUNK))
        } else {
            jobs
        };
        for _ in 0..workers {
            let (done_tx, work_rx) = (done_tx.clone(), &work_rx);
            scope.spawn(move || loop {
                let Ok(Ok(mut chunk)) = work_rx.lock().map(|rx| rx.recv()) else {
                    return;
                };
                chunk.answer(&romanizer, form);
                if done_tx.send(chunk).is_err() {
                    return;
                }
            });
        }
        drop(done_tx);
        let mut waiting = BTreeMap::new();
        let mut written = 0;
        let outcome = (|| -> PyResult<()> {
            loop {
                // Keep every spare chunk at work while there are addresses.
                while !exhausted {
                    let Some(mut chunk) = spare.pop() else { break };
                    chunk.fill(&mut items, &mut read)?;
                    if chunk.len == 0 {
                        exhausted = true;
                        spare.push(chunk);
                        break;
                    }
                    chunk.n = sent;
                    sent += 1;
                    exhausted = chunk.len < CHUNK;
                    if work_tx.send(chunk).is_err() {
                        return Ok(());
                    }
                }
                if written == sent {
                    return Ok(());
                }
                // Wait without the GIL, so other Python threads run too.
                let Ok(chunk) = py.detach(|| done_rx.lock().map_err(drop)?.recv().map_err(drop))
                else {
                    return Ok(());
                };
                waiting.insert(chunk.n, chunk);
                while let Some(chunk) = waiting.remove(&written) {
                    for (input, answer) in chunk.inputs.iter().zip(&chunk.answers[..chunk.len]) {
                        result.append(builder.answer(
                            input,
                            answer.result(),
                            answer.form.as_ref(),
                            profile_only,
                        )?)?;
                    }
                    written += 1;
                    spare.push(chunk);
                }
            }
        })();
        // On an error here (a TypeError from the input), let the workers
        // finish: they stop when the work channel closes.
        drop(work_tx);
        outcome
    })?;
    Ok(result)
}

/// A chunk of `romanize_many`'s addresses and, once a worker is done, their
/// answers. Its strings are reused from one chunk of addresses to the next.
#[derive(Default)]
struct Chunk {
    /// Its place in the input, in chunks.
    n: usize,
    /// The addresses as read from Python, in `raw[..len]` (the rest are
    /// spare buffers): copied on the thread that holds the GIL, turned into
    /// UTF-8 in `inputs` by the worker.
    raw: Vec<RawText>,
    /// The addresses, in `inputs[..len]` (the rest are spare strings).
    inputs: Vec<String>,
    len: usize,
    /// The answers to `inputs[..len]`, in order, in `answers[..len]` (the
    /// rest are spare).
    answers: Vec<Answer>,
}

impl Chunk {
    /// Romanizes `inputs[..len]` into `answers[..len]`, reusing the strings
    /// of the answers there before (as the CLI does): no answer is made or
    /// dropped from one chunk to the next, only refilled.
    fn answer(&mut self, romanizer: &Romanizer, form: FormChoice) {
        if self.answers.len() < self.len {
            self.answers.resize_with(self.len, Answer::default);
        }
        if self.inputs.len() < self.len {
            self.inputs.resize_with(self.len, String::default);
        }
        for (raw, input) in self.raw[..self.len].iter().zip(&mut self.inputs) {
            input.clear();
            raw.decode_into(input);
        }
        for (input, answer) in self.inputs[..self.len].iter().zip(&mut self.answers) {
            let result = romanizer.romanize_into(input, &mut answer.romanized);
            answer.form = match (&result, form) {
                (Ok(r), Some((f, limit))) => Some(f.fill(r, limit)),
                _ => None,
            };
            answer.error = result.err();
        }
    }

    /// Reads up to [`CHUNK`] addresses from `items` into the chunk's raw
    /// buffers (a copy of each `str`'s characters: turning them into UTF-8
    /// is left to the worker); `read` counts the items read so far, to name a bad one.
    fn fill(&mut self, items: &mut Bound<'_, PyIterator>, read: &mut usize) -> PyResult<()> {
        self.len = 0;
        while self.len < CHUNK {
            let Some(item) = items.next() else { break };
            let item = item?;
            let index = *read;
            *read += 1;
            if self.len == self.raw.len() {
                self.raw.push(RawText::default());
            }
            let what = || format!("addresses[{index}]");
            self.raw[self.len].copy_from(str_of(&item, &what)?)?;
            self.len += 1;
        }
        Ok(())
    }
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
