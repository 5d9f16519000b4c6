//! Kana to romaji: the [`Spelling`] options and the Hepburn converter.
//!
//! * [`kana_to_romaji`]: katakana/hiragana to lowercase modified Hepburn,
//!   with long vowels merged only inside one word or kanji reading;
//!   [`romanize_kana`] also applies the spelling's case.
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
mod place;
mod spelling;
mod tsv;

pub use case::apply_case;
pub(crate) use hepburn::kana_to_romaji;
pub use hepburn::romanize_kana;
pub(crate) use kanji::kanji_to_hiragana;
pub(crate) use mixed::push_reading;
pub(crate) use mixed::{romanize_mixed, Mixed};
pub(crate) use spelling::option_names;
pub use spelling::{Case, LongVowel, ParseOptionError, Spelling, SyllabicN};
