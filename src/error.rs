//! Every way an input can be refused.
//!
//! jusho has one public error type, [`Error`], whose [`Error::kind`] is a
//! non-exhaustive [`ErrorKind`]. The kind's snake_case name
//! ([`ErrorKind::name`]) is what the example binary prints under `"kind"` in
//! `--json` mode; with the `serde` feature an [`Error`] serializes as
//! `{"kind": "<name>", "message": "<message>"}`. Messages follow one style: lowercase, no trailing period,
//! the offending input quoted and escaped.

use std::fmt;

/// The longest input, in bytes, that [`crate::parse`] and [`crate::romanize`]
/// accept. Real addresses are well under 200 bytes; anything longer than this
/// is refused with [`ErrorKind::TooLong`] before any work is done, which keeps
/// the cost of bad input bounded.
pub const MAX_INPUT_BYTES: usize = 1024;

/// What kind of problem made an address unusable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input was empty or only whitespace.
    Empty,
    /// The input was longer than [`MAX_INPUT_BYTES`].
    TooLong,
    /// The input contained a control character (other than tab).
    ControlCharacter,
    /// A postal code was present but malformed (wrong digit count, letters).
    InvalidPostalCode,
    /// No prefecture, municipality or postal code could be found.
    NoLocality,
    /// A municipality name matched several places and nothing in the address
    /// decided between them.
    AmbiguousLocality,
}

impl ErrorKind {
    /// The stable snake_case name of this kind, as used in JSON output.
    ///
    /// ```
    /// assert_eq!(jusho::ErrorKind::InvalidPostalCode.name(), "invalid_postal_code");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            ErrorKind::Empty => "empty",
            ErrorKind::TooLong => "too_long",
            ErrorKind::ControlCharacter => "control_character",
            ErrorKind::InvalidPostalCode => "invalid_postal_code",
            ErrorKind::NoLocality => "no_locality",
            ErrorKind::AmbiguousLocality => "ambiguous_locality",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An address that could not be parsed or romanized.
///
/// ```
/// let err = jusho::parse("〒10400451 東京都中央区築地").unwrap_err();
/// assert_eq!(err.kind(), jusho::ErrorKind::InvalidPostalCode);
/// assert!(err.to_string().contains("10400451"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

impl Error {
    /// Builds an error of `kind` with a human-readable `message`.
    #[cold]
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
        }
    }

    /// What kind of problem this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The message, as also given by `Display`.
    pub fn message(&self) -> &str {
        &self.message
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for ErrorKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// `{"kind": "<snake_case name>", "message": "<message>"}`.
///
/// ```
/// let err = jusho::parse("").unwrap_err();
/// assert_eq!(
///     serde_json::to_string(&err).unwrap(),
///     r#"{"kind":"empty","message":"empty address"}"#
/// );
/// ```
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Error", 2)?;
        s.serialize_field("kind", self.kind.name())?;
        s.serialize_field("message", &self.message)?;
        s.end()
    }
}

/// Quotes `s` for an error message: escaped, and cut to at most 60 characters
/// so that a 1 MiB input does not make a 1 MiB message.
pub(crate) fn quote(s: &str) -> String {
    const MAX_CHARS: usize = 60;
    let mut out = String::from("\"");
    for (i, c) in s.chars().enumerate() {
        if i == MAX_CHARS {
            out.push('…');
            break;
        }
        out.extend(c.escape_debug());
    }
    out.push('"');
    out
}
