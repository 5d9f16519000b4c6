//! [`RomanizedBuf`]: a caller-owned result that is refilled address after
//! address, so that a batch reuses the strings of the last answer instead
//! of allocating new ones.

use super::output::{NamedPart, Romanized, TextPart};

/// At most this many spare strings are kept (an answer has about 15).
const SPARE_STRINGS: usize = 48;

/// Strings to reuse, emptied, with their capacity.
///
/// [`Pool::give_back`] puts an answer's strings back in the reverse of the
/// order the assembly takes them, so each field tends to get back the string
/// it had (and its capacity).
#[derive(Debug, Default)]
pub(super) struct Pool {
    strings: Vec<String>,
}

impl Pool {
    /// An empty string, reused when one is spare.
    pub(super) fn string(&mut self) -> String {
        self.strings.pop().unwrap_or_default()
    }

    /// `text` in a reused string.
    pub(super) fn copy(&mut self, text: &str) -> String {
        let mut out = self.string();
        out.push_str(text);
        out
    }

    /// Keeps `s` (emptied) for a later answer.
    pub(super) fn put(&mut self, mut s: String) {
        if s.capacity() > 0 && self.strings.len() < SPARE_STRINGS {
            s.clear();
            self.strings.push(s);
        }
    }

    fn put_named(&mut self, part: &mut Option<NamedPart>) {
        if let Some(p) = part {
            self.put(std::mem::take(&mut p.romaji));
        }
    }

    fn put_text(&mut self, part: &mut Option<TextPart>) {
        if let Some(p) = part {
            self.put(std::mem::take(&mut p.romaji));
            self.put(std::mem::take(&mut p.ja));
        }
    }

    /// Empties an answer in place and keeps its strings (the answer is not
    /// moved: it is large).
    pub(super) fn give_back(&mut self, romanized: &mut Romanized) {
        let Romanized { profile, parts, .. } = romanized;
        // The reverse of the order `assemble` takes strings in.
        self.put(std::mem::take(&mut profile.zip));
        self.put(std::mem::take(&mut profile.state));
        self.put(std::mem::take(&mut profile.city));
        self.put(std::mem::take(&mut profile.address));
        self.put(std::mem::take(&mut profile.country));
        self.put_text(&mut parts.building);
        self.put_text(&mut parts.sub_area);
        if let Some(block) = &mut parts.block {
            self.put(std::mem::take(block));
        }
        self.put_named(&mut parts.town);
        self.put_named(&mut parts.ward);
        self.put_named(&mut parts.city);
        self.put_named(&mut parts.county);
        self.put_named(&mut parts.prefecture);
    }
}

/// A reusable home for [`Romanizer::romanize_into`]'s answers: each call
/// refills the strings of the answer before, so a batch of addresses
/// allocates little once the first few are done. The answer is the same
/// [`Romanized`] as [`Romanizer::romanize_full`] returns.
///
/// [`Romanizer::romanize_into`]: super::Romanizer::romanize_into
/// [`Romanizer::romanize_full`]: super::Romanizer::romanize_full
///
/// # Example
///
/// ```
/// use jusho::{RomanizedBuf, Romanizer};
///
/// let romanizer = Romanizer::default();
/// let mut buf = RomanizedBuf::new();
/// let mut cities = Vec::new();
/// for line in ["中央区築地1-1-1", "札幌市北区北十条西3丁目23-1", "東京都架空区1-1"] {
///     match romanizer.romanize_into(line, &mut buf) {
///         Ok(romanized) => cities.push(romanized.profile.city.clone()),
///         Err(e) => cities.push(format!("error: {}", e.kind().name())),
///     }
/// }
/// assert_eq!(cities, ["Chuo-ku", "Kita-ku, Sapporo-shi", "error: no_locality"]);
/// // The last answer stays until the next call.
/// assert!(buf.get().is_none());
/// ```
#[derive(Debug, Default)]
pub struct RomanizedBuf {
    pub(super) romanized: Option<Romanized>,
    pub(super) pool: Pool,
}

impl RomanizedBuf {
    /// An empty buffer.
    pub fn new() -> RomanizedBuf {
        RomanizedBuf::default()
    }

    /// The answer of the last [`Romanizer::romanize_into`] call, or `None`
    /// if it failed (or there was none yet).
    ///
    /// [`Romanizer::romanize_into`]: super::Romanizer::romanize_into
    pub fn get(&self) -> Option<&Romanized> {
        self.romanized.as_ref()
    }

    /// Takes the last answer out (the buffer allocates again for the next).
    pub fn take(&mut self) -> Option<Romanized> {
        self.romanized.take()
    }

    /// Keeps the last answer's strings for the next one.
    pub(super) fn recycle(&mut self) {
        if let Some(old) = &mut self.romanized {
            self.pool.give_back(old);
            self.romanized = None;
        }
    }
}
