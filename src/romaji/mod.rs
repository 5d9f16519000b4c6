//! Kana to romaji: the [`Style`] options and the Hepburn converter.
//!
//! * [`kana_to_romaji`]: katakana/hiragana to lowercase modified Hepburn,
//!   with long vowels merged only inside one word or kanji reading;
//!   [`romanize_kana`] also applies the style's case.
//! * [`katakana_to_english`]: katakana building names to English words,
//!   from `data/loanwords.tsv`, then UniDic's loanwords
//!   (`data/loanwords_unidic.tsv`).
//! * [`romanize_mixed`]: free text in mixed scripts (building names),
//!   with building words and place names split out of kanji runs, the
//!   caller's gazetteer reading kanji and [`kanji_to_hiragana`] (feature
//!   `kakasi`) as the fallback.
//! * [`apply_case`]: Title or UPPER case, per [`Case`].

mod building;
mod case;
mod hepburn;
mod kanji;
mod loanwords;
mod mixed;
mod style;
mod tsv;

pub use case::apply_case;
#[doc(hidden)]
pub use case::apply_case_in_place;
#[doc(hidden)]
pub use hepburn::kana_to_romaji;
pub use hepburn::romanize_kana;
#[doc(hidden)]
pub use kanji::kanji_to_hiragana;
pub use loanwords::katakana_to_english;
#[doc(hidden)]
pub use loanwords::loanword;
pub(crate) use mixed::push_reading;
pub use mixed::{romanize_mixed, Mixed};
pub use style::{Case, CityOrder, LongVowel, ParseOptionError, PrefectureSuffix, Style, SyllabicN};
