//! The folded text without spaces, for matching place names.

use std::borrow::Cow;

use crate::text;

/// The folded text with spaces removed, so that place names match however
/// they are spaced (東京都 中央区 築地), and where the spaces were, to map
/// offsets back to the folded text.
pub(super) struct Compact<'a> {
    pub(super) text: Cow<'a, str>,
    /// For each removed space, the compact offset of the char after it.
    spaces: Vec<usize>,
    /// The folded text, and the cleaned text it was folded from.
    folded: &'a text::Folded,
    cleaned: &'a str,
}

impl<'a> Compact<'a> {
    pub(super) fn new(folded: &'a text::Folded, cleaned: &'a str) -> Compact<'a> {
        let (text, spaces) = Self::without_spaces(folded.as_str());
        Compact {
            text,
            spaces,
            folded,
            cleaned,
        }
    }

    fn without_spaces(folded: &str) -> (Cow<'_, str>, Vec<usize>) {
        // Eight bytes at a time: most texts have no space.
        let has_space = text::any_word(folded.as_bytes(), |x| text::any_byte_equal(x, b' ') != 0);
        if !has_space {
            return (Cow::Borrowed(folded), Vec::new());
        }
        // The text between spaces copied a run at a time (spaces are ASCII,
        // so every byte offset of one is a char boundary).
        let mut text = String::with_capacity(folded.len());
        let mut spaces = Vec::new();
        let mut run = 0;
        for (at, _) in folded.bytes().enumerate().filter(|&(_, b)| b == b' ') {
            text.push_str(folded.get(run..at).unwrap_or(""));
            spaces.push(text.len());
            run = at + 1;
        }
        text.push_str(folded.get(run..).unwrap_or(""));
        (Cow::Owned(text), spaces)
    }

    /// Whether compact offset `at` falls inside a number written in ASCII
    /// digits in the cleaned text (`1200`): a place name must not end
    /// there. (`十余二11` folds to `10余211`, but 二 and 11 are two numbers.)
    pub(super) fn splits_a_number(&self, at: usize) -> bool {
        let original = self.folded.original_offset(self.folded_offset(at));
        let (before, after) = self.cleaned.split_at(original.min(self.cleaned.len()));
        before.ends_with(|c: char| c.is_ascii_digit())
            && after.starts_with(|c: char| c.is_ascii_digit())
    }

    /// The folded offset of compact offset `at`: spaces just before `at`
    /// count as before it, so the folded text resumes at the char itself.
    pub(super) fn folded_offset(&self, at: usize) -> usize {
        at + self.spaces.partition_point(|&s| s <= at)
    }

    pub(super) fn from(&self, at: usize) -> &str {
        self.text.get(at..).unwrap_or("")
    }
}
