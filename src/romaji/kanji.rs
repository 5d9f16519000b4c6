//! Last-resort kanji readings, from the `kakasi` crate.
//!
//! Place names are read from the gazetteer, never guessed; this reader is
//! only for the free text around them (building names, sub-area text) that
//! the gazetteer does not know. Only kakasi's hiragana is used: the romaji
//! comes from jusho's own converter, so it follows the
//! [`Spelling`](super::Spelling) like everything else.
//!
//! The `kakasi` crate is GPL-3.0 and sits behind the default-on Cargo
//! feature `kakasi`. Without the feature, [`with_hiragana`] always reads
//! `None` and unread kanji are reported, not guessed.

/// Reads Japanese text containing kanji as hiragana, with the `kakasi`
/// dictionary.
///
/// Returns `None` when the feature `kakasi` is off, or when some kanji in
/// `text` stayed unread. (The crate reads with [`with_hiragana`], which
/// makes no `String`.)
#[cfg(test)]
pub(crate) fn kanji_to_hiragana(text: &str) -> Option<String> {
    with_hiragana(text, |hiragana| hiragana.map(str::to_owned))
}

/// Calls `f` with the hiragana reading of `text` (kanji read with the
/// `kakasi` dictionary; `None` when the feature is off or some kanji stayed
/// unread), borrowed from the
/// per-thread memo when it is there (no `String` is made). `f` must not
/// read kanji itself. (Example: `with_hiragana("世界", |h| h.map(str::len))`
/// is `Some(9)` with kakasi, `None` without; a test below checks.)
pub(crate) fn with_hiragana<R>(text: &str, f: impl FnOnce(Option<&str>) -> R) -> R {
    read(text, f)
}

#[cfg(feature = "kakasi")]
fn read<R>(text: &str, f: impl FnOnce(Option<&str>) -> R) -> R {
    memo::read(
        text,
        |text| {
            Some(kakasi::convert(text).hiragana)
                .filter(|hira| !hira.chars().any(crate::text::is_kanji))
        },
        f,
    )
}

/// kakasi's readings, remembered per thread: a reading costs ~13,000
/// instructions, and the same words come back from building to building
/// (本社, 支店, a street's name). Bounded (4,096 words, 160 KB of text).
#[cfg(feature = "kakasi")]
mod memo {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::hash::BuildHasherDefault;

    use crate::word_hash::{hash_bytes, WordHasher};

    /// At most this many readings are kept per thread; the memo starts over
    /// when full.
    const CAPACITY: usize = 4096;

    /// At most this many bytes of words and readings are kept per thread
    /// (with the map, about 0.3 MB).
    const TEXT_CAPACITY: usize = 160 * 1024;

    /// Words this long or longer are not kept (a whole building name that
    /// is one run of kanji seldom comes back).
    const LONGEST: usize = 64;

    /// Where a word and its reading are in [`Memo::text`]: the word's start,
    /// its length, and the reading's length right after it (`u16::MAX`:
    /// kakasi left some kanji unread).
    #[derive(Clone, Copy)]
    struct Entry {
        start: u32,
        word_len: u16,
        reading_len: u16,
    }

    const UNREAD: u16 = u16::MAX;

    /// The memo: a word's hash → where the word and its reading are in one
    /// string (no allocation per entry). A hash shared by two words keeps
    /// the later one.
    #[derive(Default)]
    struct Memo {
        entries: HashMap<u64, Entry, BuildHasherDefault<WordHasher>>,
        text: String,
    }

    thread_local! {
        static READINGS: RefCell<Memo> = RefCell::new(Memo::default());
    }

    /// `f` of `compute(text)`, or of what it returned last time on this
    /// thread (borrowed from the memo).
    pub(super) fn read<R>(
        text: &str,
        compute: impl FnOnce(&str) -> Option<String>,
        f: impl FnOnce(Option<&str>) -> R,
    ) -> R {
        if text.len() >= LONGEST {
            return f(compute(text).as_deref());
        }
        let hash = hash_bytes(text.as_bytes());
        READINGS.with(|memo| {
            let Ok(mut memo) = memo.try_borrow_mut() else {
                // `f` of an outer call reads kanji (it should not): no memo.
                return f(compute(text).as_deref());
            };
            if let Some(entry) = memo.entries.get(&hash) {
                let start = entry.start as usize;
                let word_end = start + usize::from(entry.word_len);
                if memo.text.get(start..word_end) == Some(text) {
                    if entry.reading_len == UNREAD {
                        return f(None);
                    }
                    let end = word_end + usize::from(entry.reading_len);
                    return f(memo.text.get(word_end..end));
                }
            }
            let reading = compute(text);
            let reading_len = reading.as_deref().map_or(0, str::len);
            if memo.entries.len() >= CAPACITY
                || memo.text.len() + text.len() + reading_len > TEXT_CAPACITY
            {
                memo.entries.clear();
                memo.text.clear();
            }
            let (Ok(start), Ok(word_len), Ok(stored_len)) = (
                u32::try_from(memo.text.len()),
                u16::try_from(text.len()),
                u16::try_from(reading_len),
            ) else {
                return f(reading.as_deref());
            };
            if stored_len == UNREAD {
                return f(reading.as_deref());
            }
            memo.text.push_str(text);
            memo.text.push_str(reading.as_deref().unwrap_or_default());
            let reading_len = if reading.is_some() {
                stored_len
            } else {
                UNREAD
            };
            memo.entries.insert(
                hash,
                Entry {
                    start,
                    word_len,
                    reading_len,
                },
            );
            f(reading.as_deref())
        })
    }
}

#[cfg(not(feature = "kakasi"))]
fn read<R>(_text: &str, f: impl FnOnce(Option<&str>) -> R) -> R {
    f(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(feature = "kakasi")]
    fn reads_with_kakasi() {
        assert_eq!(kanji_to_hiragana("世界").as_deref(), Some("せかい"));
        assert_eq!(kanji_to_hiragana("").as_deref(), Some(""));
        // From the memo, the same as the first time.
        assert_eq!(kanji_to_hiragana("世界").as_deref(), Some("せかい"));
        let long = "世界".repeat(20);
        assert_eq!(kanji_to_hiragana(&long), Some("せかい".repeat(20)));
        assert_eq!(kanji_to_hiragana(&long), Some("せかい".repeat(20)));
    }

    #[test]
    #[cfg(not(feature = "kakasi"))]
    fn nothing_without_kakasi() {
        assert_eq!(kanji_to_hiragana("世界"), None);
    }
}

#[cfg(test)]
mod doc_examples {
    //! The examples of the crate-internal items above.
    #[allow(unused_imports)]
    use super::*;
    #[allow(unused_imports)]
    use crate::romaji::{Case, Spelling};

    #[test]
    fn example_2() {
        let len = with_hiragana("世界", |h| h.map(str::len));
        assert_eq!(len, cfg!(feature = "kakasi").then_some(9));
        // From the memo, the same.
        assert_eq!(with_hiragana("世界", |h| h.map(str::len)), len);
    }

    #[test]
    fn example_1() {
        let reading = kanji_to_hiragana("日本");
        if cfg!(feature = "kakasi") {
            assert_eq!(reading.as_deref(), Some("にほん"));
        } else {
            assert_eq!(reading, None);
        }
    }
}
