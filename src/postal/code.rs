//! The [`PostalCode`] type: reading a code (marker, digits, separator),
//! printing and serde.

use std::fmt;
use std::str::FromStr;

use crate::error::quote;
use crate::text;
use crate::{Error, ErrorKind};

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

    /// The code as forms show it, `NNN-NNNN`, in ASCII bytes: what
    /// `Display` writes, without the formatting machinery, for writers that
    /// put out a code per line.
    ///
    /// ```
    /// let code = jusho::PostalCode::new(1_040_045).unwrap();
    /// assert_eq!(&code.to_ascii(), b"104-0045");
    /// assert_eq!(&jusho::PostalCode::new(45).unwrap().to_ascii(), b"000-0045");
    /// ```
    pub const fn to_ascii(self) -> [u8; 8] {
        let mut text = *b"000-0000";
        let mut rest = self.0;
        // Right to left, skipping the dash (a code has seven digits).
        let mut at = 8;
        while at > 0 {
            at -= 1;
            if at != 3 {
                text[at] = b'0' + (rest % 10) as u8;
                rest /= 10;
            }
        }
        text
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

/// The markers that announce a postal code. `〶` is `〒` after NFKC, but
/// text that was not cleaned may still have it.
pub(super) const MARKERS: [&str; 3] = ["〒", "〶", "郵便番号"];

/// If `s` starts with a marker, the offset just past it, an optional `:`
/// and any spaces.
pub(super) fn marker_end(s: &str) -> Option<usize> {
    let marker = MARKERS.iter().find(|m| s.starts_with(**m))?;
    let mut at = marker.len();
    let rest = s.get(at..).unwrap_or("");
    let rest_trimmed = rest.trim_start();
    at += rest.len() - rest_trimmed.len();
    if let Some(after_colon) = rest_trimmed.strip_prefix(':') {
        at += 1;
        at += after_colon.len() - after_colon.trim_start().len();
    }
    Some(at)
}

/// Builds the error for a malformed `code`.
#[cold]
fn invalid(code: &str, why: fmt::Arguments<'_>) -> Error {
    Error::new(
        ErrorKind::InvalidPostalCode,
        format!("invalid postal code {}: {why}", quote(code)),
    )
}

/// The value of `code` when it is exactly `NNNNNNN`, `NNN-NNNN` or `NNN
/// NNNN` (the shapes nearly every code has): read in one pass, without the
/// checks [`parse_code`] makes to explain a malformed one.
///
/// `"104-0045"` is `Some(1_040_045)`; `"104-004"` and `"1O4-0045"` are `None`.
fn well_formed_value(code: &str) -> Option<u32> {
    let bytes = code.as_bytes();
    let digits: &[u8] = match bytes {
        [_, _, _, b'-' | b' ', _, _, _, _] | [_, _, _, _, _, _, _] => bytes,
        _ => return None,
    };
    let mut value = 0;
    for (at, &b) in digits.iter().enumerate() {
        if at == 3 && digits.len() == 8 {
            continue;
        }
        if !b.is_ascii_digit() {
            return None;
        }
        value = value * 10 + u32::from(b - b'0');
    }
    Some(value)
}

/// Parses a cleaned code with its marker already removed: `NNN-NNNN`,
/// `NNN NNNN` or `NNNNNNN`, surrounding spaces allowed.
pub(super) fn parse_code(code: &str) -> Result<PostalCode, Error> {
    let code = code.trim();
    if let Some(value) = well_formed_value(code) {
        return Ok(PostalCode(value));
    }
    if let Some(bad) = code
        .chars()
        .find(|c| !c.is_ascii_digit() && !matches!(c, '-' | ' '))
    {
        return Err(invalid(
            code,
            format_args!(
                "expected only digits, but found {}",
                quote(bad.encode_utf8(&mut [0; 4]))
            ),
        ));
    }
    let digits = code.bytes().filter(u8::is_ascii_digit).count();
    if digits != 7 {
        return Err(invalid(
            code,
            format_args!("expected 7 digits, but found {digits}"),
        ));
    }
    let separators = code.bytes().filter(|b| !b.is_ascii_digit()).count();
    if separators > 1 {
        return Err(invalid(
            code,
            format_args!("expected at most one separator, but found {separators}"),
        ));
    }
    let before = code.bytes().take_while(u8::is_ascii_digit).count();
    if separators == 1 && before != 3 {
        return Err(invalid(
            code,
            format_args!("expected 3 digits before the separator, but found {before}"),
        ));
    }
    let value = code
        .bytes()
        .filter(u8::is_ascii_digit)
        .fold(0, |v, b| v * 10 + u32::from(b - b'0'));
    // 7 digits always fit; `new` cannot fail here, but never unwrap.
    PostalCode::new(value).ok_or_else(|| invalid(code, format_args!("expected 7 digits")))
}

#[cfg(test)]
mod well_formed_tests {
    use super::*;

    #[test]
    fn well_formed_value_reads_only_the_three_shapes() {
        assert_eq!(well_formed_value("1040045"), Some(1_040_045));
        assert_eq!(well_formed_value("104-0045"), Some(1_040_045));
        assert_eq!(well_formed_value("104 0045"), Some(1_040_045));
        assert_eq!(well_formed_value("060-0042"), Some(600_042));
        for bad in [
            "", "104-004", "10400451", "1O4-0045", "1040-045", "104--045", "104_0045",
        ] {
            assert_eq!(well_formed_value(bad), None, "{bad}");
        }
    }
}
