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
    read(text).filter(|hira| !hira.chars().any(crate::text::is_kanji))
}

#[cfg(feature = "kakasi")]
fn read(text: &str) -> Option<String> {
    Some(kakasi::convert(text).hiragana)
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
