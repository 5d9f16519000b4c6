//! Non-fatal findings about an address, returned beside the result.

use crate::postal::PostalCode;
use std::fmt;

/// Something worth telling the user about an address that was still
/// understood: an inferred or doubtful postal code, a guess between places
/// of the same name, text that could not be read.
///
/// The `Display` form is the message the example binary prints;
/// [`Warning::kind`] is a stable snake_case name to match on in other
/// languages. With the `serde` feature a warning serializes as an object:
/// `{"kind": ..., "message": ...}` plus the variant's fields.
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
    /// Some characters (symbols such as `★`, other scripts) cannot be
    /// written in romaji and were left out.
    DroppedText {
        /// The text they were in, as written.
        text: String,
        /// The characters left out, in order.
        dropped: String,
    },
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
    /// A value of a [`crate::Form`] is longer than the form's line limit and
    /// could not be broken between words to fit. It is kept whole, never cut.
    FieldTooLong {
        /// The field's label, e.g. `Address line 2`.
        field: String,
        /// Its length in characters.
        length: usize,
        /// The form's limit.
        limit: usize,
    },
}

impl Warning {
    /// The stable snake_case name of this warning, as serialized under
    /// `"kind"`. It never changes for a given variant; the message may.
    ///
    /// ```
    /// let parts = jusho::parse("東京都中央区築地1-1-1").unwrap();
    /// assert_eq!(parts.warnings[0].kind(), "postal_code_inferred");
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            Warning::PostalCodeInferred(_) => "postal_code_inferred",
            Warning::PostalCodeNotInferred => "postal_code_not_inferred",
            Warning::PostalCodeUnknown(_) => "postal_code_unknown",
            Warning::PostalCodeMismatch { .. } => "postal_code_mismatch",
            Warning::PostalCodeDiffers { .. } => "postal_code_differs",
            Warning::AlsoIn { .. } => "also_in",
            Warning::TownNotFound => "town_not_found",
            Warning::UnreadKanji(_) => "unread_kanji",
            Warning::DroppedText { .. } => "dropped_text",
            Warning::ReadAs { .. } => "read_as",
            Warning::UnreadAfterTown(_) => "unread_after_town",
            Warning::FieldTooLong { .. } => "field_too_long",
        }
    }
}

/// `{"kind": ..., "message": ...}` and the variant's fields (a tuple
/// variant's one field under the name its documentation gives: `code`,
/// `text`). A new variant needs only its [`Warning::kind`] arm here; its
/// fields are added below when they are worth reading by machine.
///
/// ```
/// let parts = jusho::parse("東京都中央区築地1-1-1").unwrap();
/// assert_eq!(
///     serde_json::to_string(&parts.warnings[0]).unwrap(),
///     r#"{"kind":"postal_code_inferred","message":"postal code 104-0045 inferred from address","code":"104-0045"}"#
/// );
/// ```
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for Warning {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("kind", self.kind())?;
        map.serialize_entry("message", &Message(self))?;
        match self {
            Warning::PostalCodeInferred(code) | Warning::PostalCodeUnknown(code) => {
                map.serialize_entry("code", code)?;
            }
            Warning::PostalCodeMismatch { given, belongs_to } => {
                map.serialize_entry("given", given)?;
                map.serialize_entry("belongs_to", belongs_to)?;
            }
            Warning::PostalCodeDiffers { given, expected } => {
                map.serialize_entry("given", given)?;
                map.serialize_entry("expected", expected)?;
            }
            Warning::AlsoIn { others } => map.serialize_entry("others", others)?,
            Warning::UnreadKanji(text) => map.serialize_entry("text", text)?,
            Warning::DroppedText { text, dropped } => {
                map.serialize_entry("text", text)?;
                map.serialize_entry("dropped", dropped)?;
            }
            Warning::ReadAs { typed, read } => {
                map.serialize_entry("typed", typed)?;
                map.serialize_entry("read", read)?;
            }
            Warning::UnreadAfterTown(text) => map.serialize_entry("text", text)?,
            Warning::FieldTooLong {
                field,
                length,
                limit,
            } => {
                map.serialize_entry("field", field)?;
                map.serialize_entry("length", length)?;
                map.serialize_entry("limit", limit)?;
            }
            _ => {}
        }
        map.end()
    }
}

/// A warning's message, serialized as a string without being collected
/// into one first.
#[cfg(feature = "serde")]
struct Message<'a>(&'a Warning);

#[cfg(feature = "serde")]
impl serde::Serialize for Message<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self.0)
    }
}

/// `NNN-NNNN`, as [`PostalCode`]'s `Display` writes it, without going
/// through the formatting machinery (most answers have one in a warning).
struct Code(PostalCode);

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = *b"000-0000";
        let mut rest = self.0.value();
        for at in [7, 6, 5, 4, 2, 1, 0] {
            text[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
        }
        f.write_str(std::str::from_utf8(&text).map_err(|_| fmt::Error)?)
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::PostalCodeInferred(code) => {
                f.write_str("postal code ")?;
                fmt::Display::fmt(&Code(*code), f)?;
                f.write_str(" inferred from address")
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
            Warning::DroppedText { text, dropped } => {
                write!(
                    f,
                    "{dropped:?} in {text:?} cannot be written in romaji; left out"
                )
            }
            Warning::ReadAs { typed, read } => write!(f, "read {typed} as {read}"),
            Warning::UnreadAfterTown(text) => write!(
                f,
                "could not read {text:?} after the town; it may be part of another town's name, so no postal code was inferred from the town"
            ),
            Warning::FieldTooLong {
                field,
                length,
                limit,
            } => write!(
                f,
                "{field} is {length} characters, over the form's limit of {limit}, and the address does not fit otherwise; nothing was cut, shorten it by hand"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_as_postal_code_writes_them() {
        for n in [0, 1, 45, 1_040_045, 9_999_999] {
            let code = PostalCode::new(n).unwrap();
            assert_eq!(Code(code).to_string(), code.to_string());
            assert_eq!(
                Warning::PostalCodeInferred(code).to_string(),
                format!("postal code {code} inferred from address")
            );
        }
    }
}
