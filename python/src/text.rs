//! Python `str` to Rust text and back, on the full (non-limited) C API, for
//! the per-answer hot path of `romanize_many`:
//!
//! - [`RawText`] copies a `str`'s characters as CPython keeps them (one, two
//!   or four bytes a character: a `memcpy` on the thread that holds the
//!   GIL), for a worker thread to turn into UTF-8: no temporary `bytes`
//!   object (the limited API's `PyUnicode_AsUTF8String`) and no UTF-8 copy
//!   cached inside the caller's string for as long as it lives
//!   (`PyUnicode_AsUTF8AndSize`, which added 45 MB to a million inputs);
//!   [`push_str_of`] does both steps at once, for one address;
//! - [`new_string`] makes an ASCII `str` by copying its bytes into a new
//!   object, without the UTF-8 decoder's scan (romanized text is nearly
//!   always ASCII; anything else goes through `PyUnicode_FromStringAndSize`).

use pyo3::exceptions::PyUnicodeEncodeError;
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::string::PyStringData;
use pyo3::types::PyString;

/// Appends the text of `s` to `out` as UTF-8, or raises the
/// `UnicodeEncodeError` of a `str` holding a lone surrogate.
///
/// ```text
/// "築地1-1-1" (two bytes a character in CPython) → out += "築地1-1-1"
/// ```
pub(crate) fn push_str_of(out: &mut String, s: &Bound<'_, PyString>) -> PyResult<()> {
    let mut raw = RawText::default();
    raw.copy_from(s)?;
    raw.decode_into(out);
    Ok(())
}

/// A copy of a `str`'s characters in CPython's own layout (one, two or
/// four bytes each, whichever its widest character needs), made on the
/// thread that holds the GIL by a plain copy; [`RawText::decode_into`] turns
/// it into UTF-8 later, on any thread. Its buffers are reused from one
/// string to the next.
///
/// ```text
/// copy_from("築地1-1-1") → Ucs2 [0x7bc9, 0x5730, 0x31, …]
/// decode_into(out)       → out == "築地1-1-1"
/// ```
#[derive(Default)]
pub(crate) struct RawText {
    width: Width,
    latin1: Vec<u8>,
    ucs2: Vec<u16>,
    ucs4: Vec<u32>,
}

/// How many bytes each character of a [`RawText`] takes.
#[derive(Default, Clone, Copy)]
enum Width {
    #[default]
    One,
    Two,
    Four,
}

impl RawText {
    /// Copies the characters of `s`; a lone surrogate (which UTF-8 cannot
    /// hold) raises the `UnicodeEncodeError` that encoding `s` to UTF-8
    /// raises, here, so that errors come in the order of the input.
    pub(crate) fn copy_from(&mut self, s: &Bound<'_, PyString>) -> PyResult<()> {
        // SAFETY: `data` reads the string's kind and length from its header
        // (a C bitfield PyO3 decodes, tested by PyO3 on x86_64) and borrows
        // its characters for as long as `s` is borrowed; we hold the GIL
        // (`s` is a `Bound`) and a `str` never changes after it is made.
        let data = unsafe { s.data() }?;
        let whole = match data {
            PyStringData::Ucs1(bytes) => {
                self.width = Width::One;
                self.latin1.clear();
                self.latin1.extend_from_slice(bytes);
                true
            }
            PyStringData::Ucs2(units) => {
                self.width = Width::Two;
                self.ucs2.clear();
                self.ucs2.extend_from_slice(units);
                !any_surrogate(units.iter().map(|&u| u32::from(u)))
            }
            PyStringData::Ucs4(points) => {
                self.width = Width::Four;
                self.ucs4.clear();
                self.ucs4.extend_from_slice(points);
                !any_surrogate(points.iter().copied())
            }
        };
        if whole {
            return Ok(());
        }
        // The error that encoding it to UTF-8 raises.
        Err(s.encode_utf8().err().unwrap_or_else(|| {
            PyUnicodeEncodeError::new_err("a str with a surrogate encoded to UTF-8")
        }))
    }

    /// Appends the text as UTF-8 to `out`.
    pub(crate) fn decode_into(&self, out: &mut String) {
        match self.width {
            Width::One if self.latin1.is_ascii() => {
                out.push_str(std::str::from_utf8(&self.latin1).expect("ASCII is UTF-8"));
            }
            // Latin-1: each byte is the character of that code point.
            Width::One => out.extend(self.latin1.iter().map(|&b| char::from(b))),
            Width::Two => push_ucs2(out, &self.ucs2),
            Width::Four => {
                push_code_points(out, self.ucs4.iter().copied());
            }
        }
    }
}

/// Whether any code point is a surrogate: every one is looked at, without
/// stopping early, so that the loop has no branch and is vectorized (a
/// surrogate is rare, only the check has to be cheap).
fn any_surrogate(points: impl Iterator<Item = u32>) -> bool {
    points.fold(false, |found, point| found | is_surrogate(point))
}

/// Whether a code point is a UTF-16 surrogate, which is not a character.
fn is_surrogate(point: u32) -> bool {
    (0xD800..0xE000).contains(&point)
}

/// Appends UCS-2 as UTF-8 (a surrogate, which `copy_from` rules out
/// anyway, as U+FFFD), writing the bytes straight into the string's spare
/// room: a third of the work of pushing each `char` (Japanese text is all
/// two-byte characters in CPython).
fn push_ucs2(out: &mut String, units: &[u16]) {
    out.reserve(units.len() * 3);
    // SAFETY: only whole UTF-8 encodings of characters are written (a unit
    // under 0x80 as one byte, under 0x800 as two, any other non-surrogate
    // as three, a surrogate as U+FFFD's three), into the room reserved
    // above (at most three bytes a unit; indexing checks it), and `set_len`
    // counts them in only once they are all written: the string stays
    // UTF-8 and never exposes an unwritten byte.
    unsafe {
        let bytes = out.as_mut_vec();
        let start = bytes.len();
        let spare = bytes.spare_capacity_mut();
        let mut n = 0;
        for &unit in units {
            let u = u32::from(unit);
            if u < 0x80 {
                spare[n].write(u as u8);
                n += 1;
            } else if u < 0x800 {
                spare[n].write((0xC0 | (u >> 6)) as u8);
                spare[n + 1].write((0x80 | (u & 0x3F)) as u8);
                n += 2;
            } else {
                let u = if is_surrogate(u) { 0xFFFD } else { u };
                spare[n].write((0xE0 | (u >> 12)) as u8);
                spare[n + 1].write((0x80 | ((u >> 6) & 0x3F)) as u8);
                spare[n + 2].write((0x80 | (u & 0x3F)) as u8);
                n += 3;
            }
        }
        bytes.set_len(start + n);
    }
}

/// Appends each code point as UTF-8 (none is a surrogate: `copy_from`
/// checked).
fn push_code_points(out: &mut String, points: impl ExactSizeIterator<Item = u32>) {
    out.reserve(points.len() * 3);
    for point in points {
        out.push(char::from_u32(point).unwrap_or(char::REPLACEMENT_CHARACTER));
    }
}

/// A new Python `str` of `text`.
///
/// ```text
/// new_string(py, "1-1-1 Tsukiji") → '1-1-1 Tsukiji' (ASCII: bytes copied)
/// new_string(py, "築地")           → '築地' (decoded from UTF-8)
/// ```
pub(crate) fn new_string<'py>(py: Python<'py>, text: &str) -> Bound<'py, PyString> {
    if !text.is_ascii() {
        return PyString::new(py, text);
    }
    // SAFETY: `PyUnicode_New(len, 127)` makes a new compact ASCII string
    // of `len` characters, one byte each (a null return, out of memory,
    // panics in `from_owned_ptr` as it does in `PyString::new`). Nobody else
    // has seen it yet, so we may write its `len` bytes, and we fill every
    // one of them with ASCII (checked above) before handing it out.
    unsafe {
        let object =
            Bound::from_owned_ptr(py, ffi::PyUnicode_New(text.len() as ffi::Py_ssize_t, 127));
        let bytes = ffi::PyUnicode_DATA(object.as_ptr()).cast::<u8>();
        std::ptr::copy_nonoverlapping(text.as_ptr(), bytes, text.len());
        object.cast_into_unchecked()
    }
}
