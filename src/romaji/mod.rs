//! Kana to romaji: the [`Spelling`] options and the Hepburn converter.
//!
//! * [`romanize_kana`]: katakana/hiragana to modified Hepburn in a
//!   [`Spelling`], with long vowels merged only inside one word or kanji
//!   reading ([`Place::romaji`] knows a gazetteer name's word starts).
//! * [`apply_case`]: Title or UPPER case, per [`Case`].
//!
//! Inside the crate, the same module also writes katakana building names as
//! English words (from `data/loanwords.tsv`, then UniDic's loanwords) and
//! free text in mixed scripts, with kakasi (feature `kakasi`) reading the
//! kanji nothing else knows.
//!
//! [`Place::romaji`]: crate::gazetteer::Place::romaji

mod building;
mod case;
mod hepburn;
mod kanji;
mod loanwords;
mod mixed;
mod place;
mod spelling;
pub(crate) mod tsv;

pub use case::apply_case;
pub(crate) use case::apply_case_from;
pub(crate) use hepburn::kana_to_romaji;
pub use hepburn::romanize_kana;
pub(crate) use kanji::with_hiragana;
pub(crate) use mixed::push_reading;
pub(crate) use mixed::{romanize_mixed, Mixed};
pub(crate) use spelling::option_names;
pub use spelling::{Case, LongVowel, ParseOptionError, Spelling, SyllabicN};
