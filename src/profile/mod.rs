//! [`Parts`] + [`Style`] → [`Profile`]: the five fields of an English address
//! form, and the romaji of every part.
//!
//! Place names are read from the gazetteer's kana, never guessed: the suffix
//! of each municipality part (-shi, -ku, -cho/-machi, -mura/-son, -gun) comes
//! from its own reading, and long vowels are only merged inside one kanji's
//! reading (the gazetteer's vowel junctions). Free text (buildings, 字 names)
//! goes through [`romaji::romanize_mixed`], with the gazetteer reading the
//! kanji it knows as place names.
//!
//! One job per file: `output` the result types, `romanizer` the
//! [`Romanizer`], `assemble` the assembly of the five fields, `buf` the
//! reusable [`RomanizedBuf`], `names` the
//! place-name suffix rules, `building` the reading of buildings and sub-areas
//! (字 names, Kyoto directions), `cache` the per-thread cache of place romaji, `form` the
//! layouts of other forms (address lines, one line, Japan Post) built from
//! the result.
//! Only `romanizer` and `assemble` use the others; none of them imports it back.

mod assemble;
mod buf;
mod building;
mod cache;
mod form;
mod names;
#[cfg(test)]
mod names_oracle;
pub(crate) mod output;
mod romanizer;
mod style;
#[cfg(test)]
mod tests;

pub use buf::RomanizedBuf;
pub use form::{FilledForm, Form, FormField, ParseFormError, DEFAULT_LINE_LIMIT};
pub use output::{NamedPart, Profile, Romanized, RomanizedParts, TextPart};
pub use romanizer::Romanizer;
pub use style::{CityOrder, PrefectureSuffix, Style};

use crate::error::Error;

/// Romanizes an address in the default style ([`Style::DEFAULT`]).
///
/// # Errors
///
/// Every error of [`crate::parse`]: empty, too long, control characters,
/// malformed postal code, no locality, ambiguous locality.
///
/// # Example
///
/// ```
/// let p = jusho::romanize("中央区築地一丁目1-1 サンプルマンション 404")?;
/// assert_eq!(p.address, "#404 Sample Mansion 1-1-1 Tsukiji");
/// assert_eq!((p.city.as_str(), p.state.as_str(), p.zip.as_str()), ("Chuo-ku", "Tokyo", "104-0045"));
///
/// let p = jusho::romanize("北海道虻田郡倶知安町北1条東")?;
/// assert_eq!(p.city, "Kutchan-cho, Abuta-gun");
/// assert_eq!(p.address, "Kita 1-jo Higashi");
/// # Ok::<(), jusho::Error>(())
/// ```
pub fn romanize(text: &str) -> Result<Profile, Error> {
    Romanizer::new(Style::DEFAULT).romanize(text)
}
