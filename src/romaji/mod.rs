//! Kana to romaji: the [`Style`] options and the Hepburn converter.
//!
//! * [`kana_to_romaji`]: katakana/hiragana to lowercase modified Hepburn,
//!   with long vowels merged only inside one word or kanji reading.
//! * [`katakana_to_english`]: katakana building names to English words,
//!   from `data/loanwords.tsv`.
//! * [`apply_case`]: Title or UPPER case, per [`Case`].

mod case;
mod hepburn;
mod loanwords;
mod style;

pub use case::{apply_case, apply_case_in_place};
pub use hepburn::kana_to_romaji;
pub use loanwords::{katakana_to_english, loanword};
pub use style::{Case, CityOrder, LongVowel, ParseOptionError, PrefectureSuffix, Style, SyllabicN};
