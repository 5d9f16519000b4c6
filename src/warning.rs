//! Non-fatal findings about an address, returned beside the result.

use crate::postal::PostalCode;
use std::fmt;

/// Something worth telling the user about an address that was still
/// understood: an inferred or doubtful postal code, a guess between places
/// of the same name, text that could not be read.
///
/// The `Display` form is the message the example binary prints.
///
/// ```
/// let parts = jusho::parse("東京都中央区築地1-1-1").unwrap();
/// assert!(parts
///     .warnings
///     .iter()
///     .any(|w| matches!(w, jusho::Warning::PostalCodeInferred(_))));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Warning {
    /// No postal code was given; this one was inferred from the address,
    /// where the data makes it unique.
    PostalCodeInferred(PostalCode),
    /// No postal code was given and the address does not decide one (the
    /// town has several, e.g. by chome or floor, and the address does not
    /// say which).
    PostalCodeNotInferred,
    /// The given postal code is not in Japan Post's data. It is kept as given.
    PostalCodeUnknown(PostalCode),
    /// The given postal code belongs to another place than the address
    /// names. It is kept as given.
    PostalCodeMismatch {
        /// The code as given.
        given: PostalCode,
        /// Where the data puts that code (prefecture + municipality + town).
        belongs_to: String,
    },
    /// The given postal code is one of the town's, but the address decides
    /// another (a skyscraper's floor, a chome range). It is kept as given.
    PostalCodeDiffers {
        /// The code as given.
        given: PostalCode,
        /// The code the address decides.
        expected: PostalCode,
    },
    /// A bare ward name was read as the city of that name, but a designated
    /// city's ward of the same name also has this town.
    AlsoIn {
        /// The other places, e.g. `神戸市中央区`.
        others: Vec<String>,
    },
    /// The town was not found in the municipality; only the municipality
    /// was recognized.
    TownNotFound,
    /// Some kanji could not be read (no gazetteer name, and the `kakasi`
    /// feature is off or did not know it) and were left out of the romaji.
    UnreadKanji(String),
    /// A name was not spelled as the gazetteer spells it; the second pass
    /// read it as the one unique place it nearly matches (a character
    /// substituted, a 町 or 大字 left out, a leading part left out).
    ReadAs {
        /// The text as typed (斑目).
        typed: String,
        /// The name it was read as (班目).
        read: String,
    },
    /// Text that may still belong to the town's name follows the town and
    /// was not read as a place (稲里 then 町中..., where 稲里町中氷鉋 is a
    /// town): the town may be another, longer one, so no postal code was
    /// inferred from it.
    UnreadAfterTown(String),
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::PostalCodeInferred(code) => {
                write!(f, "postal code {code} inferred from address")
            }
            Warning::PostalCodeNotInferred => {
                f.write_str("postal code not given and not unique for this address")
            }
            Warning::PostalCodeUnknown(code) => {
                write!(
                    f,
                    "postal code {code} is not in Japan Post's data; kept as given"
                )
            }
            Warning::PostalCodeMismatch { given, belongs_to } => write!(
                f,
                "postal code {given} belongs to {belongs_to}, not to this address; kept as given"
            ),
            Warning::PostalCodeDiffers { given, expected } => write!(
                f,
                "postal code {given} given, but the address says {expected}; kept as given"
            ),
            Warning::AlsoIn { others } => {
                write!(
                    f,
                    "read as the city of this name; also found in {}",
                    others.join(", ")
                )
            }
            Warning::TownNotFound => {
                f.write_str("town not found in the gazetteer; kept as written")
            }
            Warning::UnreadKanji(text) => {
                write!(
                    f,
                    "could not read the kanji in {text:?}; left out of the romaji"
                )
            }
            Warning::ReadAs { typed, read } => write!(f, "read {typed} as {read}"),
            Warning::UnreadAfterTown(text) => write!(
                f,
                "could not read {text:?} after the town; it may be part of another town's name, so no postal code was inferred from the town"
            ),
        }
    }
}
