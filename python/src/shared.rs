//! Python strings made once and shared by their text, for both ways
//! answers become Python objects ([`crate::direct`] and
//! [`crate::convert`]): a million answers are some twenty million strings,
//! most of them repeated (names, kana, romaji, "Japan"), and Python strings
//! are immutable, so sharing saves the time to make them and the memory.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use jusho::PostalCode;
use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::text::new_string;

/// Strings up to this many bytes are shared.
const SHARED_MAX_BYTES: usize = 48;
/// At most this many distinct strings are kept for sharing: every name,
/// kana and romaji of the gazetteer's 120,000 towns fits. The answers hold
/// these strings anyway; the cache adds only its table.
pub(crate) const SHARED_MAX_COUNT: usize = 1 << 19;

/// A multiply-rotate hash eight bytes at a time (the keys are short strings
/// made by our own library, so no defence against chosen collisions is
/// needed; a collision only costs a comparison).
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // A product's low bits depend only on its factors' low bits, and
        // the table picks a bucket by the low bits: bring the well-mixed
        // high bits down.
        self.0.rotate_left(26)
    }
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
        let mut tail = [0u8; 8];
        tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        self.0 = (h.rotate_left(5) ^ u64::from_le_bytes(tail) ^ bytes.len() as u64).wrapping_mul(K);
    }
}

/// Short strings made once and shared, by their text; one per call.
pub(crate) struct Shared<'py> {
    py: Python<'py>,
    strings: HashMap<Box<str>, Bound<'py, PyString>, BuildHasherDefault<WordHasher>>,
    /// Postal codes as `NNN-NNNN`, by their number (no text to hash).
    codes: HashMap<u32, Bound<'py, PyString>, BuildHasherDefault<WordHasher>>,
}

impl<'py> Shared<'py> {
    pub(crate) fn new(py: Python<'py>) -> Self {
        Self::with_capacity(py, 0)
    }

    /// A cache with room for `count` strings (at most [`SHARED_MAX_COUNT`])
    /// from the start, so that filling it never stops to rehash.
    pub(crate) fn with_capacity(py: Python<'py>, count: usize) -> Self {
        Shared {
            py,
            strings: HashMap::with_capacity_and_hasher(
                count.min(SHARED_MAX_COUNT),
                Default::default(),
            ),
            codes: HashMap::default(),
        }
    }

    /// The Python string of `text`: the shared one when `text` is short.
    pub(crate) fn string(&mut self, text: &str) -> Bound<'py, PyString> {
        if text.len() > SHARED_MAX_BYTES {
            return new_string(self.py, text);
        }
        if let Some(s) = self.strings.get(text) {
            return s.clone();
        }
        let s = new_string(self.py, text);
        if self.strings.len() < SHARED_MAX_COUNT {
            self.strings.insert(text.into(), s.clone());
        }
        s
    }

    pub(crate) fn none(&self) -> Bound<'py, PyAny> {
        self.py.None().into_bound(self.py)
    }

    /// A postal code as `NNN-NNNN`.
    pub(crate) fn code(&mut self, code: PostalCode) -> Bound<'py, PyAny> {
        let py = self.py;
        self.codes
            .entry(code.value())
            .or_insert_with(|| {
                let text = code.to_ascii();
                new_string(py, std::str::from_utf8(&text).unwrap_or_default())
            })
            .clone()
            .into_any()
    }
}

/// The Python string of the last text one field had: addresses in a batch
/// often share the field with the one before (always the country, and the
/// state and city of a batch sorted by place), and comparing with the last
/// text costs much less than a lookup in [`Shared`].
#[derive(Default)]
pub(crate) struct Recent<'py> {
    text: String,
    string: Option<Bound<'py, PyString>>,
}

impl<'py> Recent<'py> {
    /// The Python string of `text`, from `shared` unless it is the last one.
    pub(crate) fn string(&mut self, shared: &mut Shared<'py>, text: &str) -> Bound<'py, PyString> {
        if let Some(string) = &self.string {
            if self.text == text {
                return string.clone();
            }
        }
        let string = shared.string(text);
        self.text.clear();
        self.text.push_str(text);
        self.string = Some(string.clone());
        string
    }
}
