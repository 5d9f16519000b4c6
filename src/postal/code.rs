//! The [`PostalCode`] type: parsing, printing and serde.

use std::fmt;
use std::str::FromStr;

use super::split::{marker_end, parse_code};
use crate::text;
use crate::Error;

/// A 7-digit Japanese postal code, such as `104-0045`.
///
/// Displayed (and serialized) as `NNN-NNNN` with leading zeros. Parsed from
/// any of the forms people write, see [`PostalCode::parse`]. Ordering is by
/// value, which is also the order of the written codes.
///
/// # Example: leading zeros are kept
///
/// ```
/// use jusho::PostalCode;
///
/// let code = PostalCode::new(600_042).unwrap();
/// assert_eq!(code.to_string(), "060-0042");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PostalCode(u32);

impl PostalCode {
    /// The largest value a postal code can have, `999-9999`.
    pub const MAX_VALUE: u32 = 9_999_999;

    /// The postal code whose 7 digits, read as a number, are `value`; `None`
    /// if `value` has more than 7 digits.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::PostalCode;
    ///
    /// assert_eq!(PostalCode::new(1_040_045).unwrap().to_string(), "104-0045");
    /// assert_eq!(PostalCode::new(0).unwrap().to_string(), "000-0000");
    /// assert!(PostalCode::new(10_000_000).is_none());
    /// ```
    pub const fn new(value: u32) -> Option<PostalCode> {
        if value <= Self::MAX_VALUE {
            Some(PostalCode(value))
        } else {
            None
        }
    }

    /// The 7 digits read as a number (`104-0045` is `1040045`).
    ///
    /// # Example
    ///
    /// ```
    /// let code: jusho::PostalCode = "060-0042".parse()?;
    /// assert_eq!(code.value(), 600_042);
    /// # Ok::<(), jusho::Error>(())
    /// ```
    pub const fn value(self) -> u32 {
        self.0
    }

    /// Parses a postal code written on its own, in any of the usual forms:
    /// `〒104-0045`, `104-0045`, `1040045`, `１０４－００４５`, `104 0045`,
    /// `〒 104ー0045`, `郵便番号104-0045`, `郵便番号：104-0045`, `〶1040045`.
    ///
    /// The text is cleaned first (NFKC, dashes and spaces unified), so any
    /// width, dash or spacing works. [`crate::parse`] finds a code inside a
    /// whole address.
    ///
    /// # Errors
    ///
    /// [`crate::ErrorKind::InvalidPostalCode`] if the code has a character other
    /// than a digit or one separator, does not have exactly 7 digits, or has
    /// its separator anywhere but after the third digit. The message quotes
    /// the (cleaned) code.
    ///
    /// # Example: accepted forms
    ///
    /// ```
    /// use jusho::PostalCode;
    ///
    /// for s in ["〒104-0045", "1040045", "１０４－００４５", "104 0045", "郵便番号104-0045"] {
    ///     assert_eq!(PostalCode::parse(s)?.to_string(), "104-0045");
    /// }
    /// # Ok::<(), jusho::Error>(())
    /// ```
    ///
    /// # Example: malformed codes
    ///
    /// ```
    /// use jusho::{ErrorKind, PostalCode};
    ///
    /// let err = PostalCode::parse("10400451").unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::InvalidPostalCode);
    /// assert_eq!(
    ///     err.to_string(),
    ///     r#"invalid postal code "10400451": expected 7 digits, but found 8"#,
    /// );
    /// let err = PostalCode::parse("1O4-0045").unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     r#"invalid postal code "1O4-0045": expected only digits, but found "O""#,
    /// );
    /// ```
    pub fn parse(s: &str) -> Result<PostalCode, Error> {
        let cleaned = text::clean(s);
        let after = marker_end(&cleaned).unwrap_or(0);
        parse_code(cleaned.get(after..).unwrap_or(""))
    }
}

impl fmt::Display for PostalCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:03}-{:04}", self.0 / 10_000, self.0 % 10_000)
    }
}

impl FromStr for PostalCode {
    type Err = Error;

    fn from_str(s: &str) -> Result<PostalCode, Error> {
        PostalCode::parse(s)
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for PostalCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> serde::Deserialize<'de> for PostalCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<PostalCode, D::Error> {
        struct Visitor;

        impl serde::de::Visitor<'_> for Visitor {
            type Value = PostalCode;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a postal code string such as \"104-0045\"")
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<PostalCode, E> {
                PostalCode::parse(v).map_err(E::custom)
            }
        }

        deserializer.deserialize_str(Visitor)
    }
}
