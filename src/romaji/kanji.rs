//! Last-resort kanji readings, from the `kakasi` crate.
//!
//! Place names are read from the gazetteer, never guessed; this reader is
//! only for the free text around them (building names, sub-area text) that
//! the gazetteer does not know. Only kakasi's hiragana is used: the romaji
//! comes from jusho's own converter, so it follows the
//! [`Spelling`](super::Spelling) like everything else.
//!
//! The `kakasi` crate is GPL-3.0 and sits behind the default-on Cargo
//! feature `kakasi`. Without the feature, [`kanji_to_hiragana`] always
//! returns `None` and unread kanji are reported, not guessed.

/// Reads Japanese text containing kanji as hiragana, with the `kakasi`
/// dictionary.
///
/// Returns `None` when the feature `kakasi` is off, or when some kanji in
/// `text` stayed unread.
pub(crate) fn kanji_to_hiragana(text: &str) -> Option<String> {
    read(text)
}

#[cfg(feature = "kakasi")]
fn read(text: &str) -> Option<String> {
    memo::read(text, |text| {
        Some(kakasi::convert(text).hiragana).filter(|hira| !hira.chars().any(crate::text::is_kanji))
    })
}

/// kakasi's readings, remembered per thread: a reading costs ~13,000
/// instructions, and the same words come back from building to building
/// (本社, 支店, a street's name).
#[cfg(feature = "kakasi")]
mod memo {
    use std::cell::RefCell;

    use crate::gazetteer::FnvMap;

    /// At most this many readings are kept per thread (a few hundred KB);
    /// the memo starts over when full.
    const CAPACITY: usize = 4096;

    /// Words this long or longer are not kept (a whole building name that
    /// is one run of kanji seldom comes back).
    const LONGEST: usize = 64;

    thread_local! {
        static READINGS: RefCell<FnvMap<Box<str>, Option<Box<str>>>> =
            RefCell::new(FnvMap::default());
    }

    /// `compute(text)`, or what it returned last time on this thread.
    pub(super) fn read(text: &str, compute: impl FnOnce(&str) -> Option<String>) -> Option<String> {
        if text.len() >= LONGEST {
            return compute(text);
        }
        READINGS.with(|memo| {
            if let Some(found) = memo.borrow().get(text) {
                return found.as_deref().map(str::to_owned);
            }
            let reading = compute(text);
            let mut memo = memo.borrow_mut();
            if memo.len() >= CAPACITY {
                memo.clear();
            }
            memo.insert(text.into(), reading.as_deref().map(Box::from));
            reading
        })
    }
}

#[cfg(not(feature = "kakasi"))]
fn read(_text: &str) -> Option<String> {
    None
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
    fn example_1() {
        let reading = kanji_to_hiragana("日本");
        if cfg!(feature = "kakasi") {
            assert_eq!(reading.as_deref(), Some("にほん"));
        } else {
            assert_eq!(reading, None);
        }
    }
}
