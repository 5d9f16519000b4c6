//! Character-level text work: cleanup of what people type, and the lookup
//! folding shared by the gazetteer index and the parser.
//!
//! Two steps, always in this order:
//!
//! 1. [`clean`] makes typed text canonical without changing its meaning:
//!    NFKC (full-width digits and letters to ASCII, half-width katakana to
//!    full-width), every dash to `-`, `1の2` to `1-2`, whitespace runs to one
//!    space, trimmed. Cleaned text is what the parser cuts parts from.
//! 2. [`fold`] (and [`fold_key`] for index keys) maps the spellings people
//!    use interchangeably onto one form, for matching only: `ヶ`/`が`/`ガ` to
//!    `ケ`, `の`/`之` to `ノ`, old character forms (旧字体) to new ones,
//!    variation selectors dropped, kanji numerals to ASCII digits. Folded text
//!    is never shown; [`Folded::original_offset`] maps positions back.
//!
//! Both run in linear time and never panic, whatever the input.

mod bytes;
mod chars;
mod clean;
mod fold;
mod inline_vec;
mod letter_spacing;
mod numerals;
mod variants;

pub(crate) use bytes::{
    any_pair_word, any_word, below as any_byte_below, contains_char, equal as any_byte_equal,
};
pub use chars::{is_hiragana, is_kanji, is_katakana};
pub use clean::clean;
pub(crate) use fold::fold_pooled;
pub use fold::{fold, fold_key, Folded};
pub(crate) use inline_vec::InlineVec;
pub(crate) use letter_spacing::without_letter_spacing;
pub use numerals::parse_number;
pub(crate) use numerals::trailing_kanji_number;
pub(crate) use variants::{loose_partners, loosely_alike};

#[cfg(test)]
mod examples;
#[cfg(test)]
mod tests;
