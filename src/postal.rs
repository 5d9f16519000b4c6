//! Japanese postal codes: [`PostalCode`], and finding one at either end of an
//! address.
//!
//! A Japanese postal code has 7 digits, written `NNN-NNNN`, and is usually
//! preceded by the postal mark `〒` (or `〶`, or the words `郵便番号`). People
//! type it with full-width digits, odd dashes, a space instead of the hyphen,
//! or no separator at all; all of those are accepted, and the output is
//! always `NNN-NNNN`.
//!
//! # Example
//!
//! ```
//! use jusho::PostalCode;
//!
//! let code: PostalCode = "〒１０４－００４５".parse()?;
//! assert_eq!(code.to_string(), "104-0045");
//! assert_eq!(code.value(), 1_040_045);
//! # Ok::<(), jusho::Error>(())
//! ```

use std::fmt;
use std::ops::Range;
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

    /// Parses a postal code written on its own, in any of the usual forms:
    /// `〒104-0045`, `104-0045`, `1040045`, `１０４－００４５`, `104 0045`,
    /// `〒 104ー0045`, `郵便番号104-0045`, `郵便番号：104-0045`, `〶1040045`.
    ///
    /// The text is cleaned first (see [`text::clean`]), so any width, dash or
    /// spacing works. To find a code inside a whole address, the parser uses
    /// [`split_postal_code`] instead.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidPostalCode`] if the code has a character other
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

impl serde::Serialize for PostalCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

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
const MARKERS: [&str; 3] = ["〒", "〶", "郵便番号"];

/// If `s` starts with a marker, the offset just past it, an optional `:`
/// and any spaces.
fn marker_end(s: &str) -> Option<usize> {
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

/// Parses a cleaned code with its marker already removed: `NNN-NNNN`,
/// `NNN NNNN` or `NNNNNNN`, surrounding spaces allowed.
fn parse_code(code: &str) -> Result<PostalCode, Error> {
    let code = code.trim();
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

/// Length of the run of ASCII digits at the start of `s`.
fn digit_run(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

/// Length of the code-ish token at the start of `s` after a marker: ASCII
/// letters, digits and hyphens, and `NNN NNNN` across one space.
fn marked_token_len(s: &str) -> usize {
    let len = s
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
        .count();
    if len == 3 && digit_run(s) == 3 {
        if let Some(len) = spaced_code_len(s) {
            return len;
        }
    }
    len
}

/// If `s` starts with `NNN NNNN` not followed by another digit, its length.
fn spaced_code_len(s: &str) -> Option<usize> {
    let rest = s.get(3..)?.strip_prefix(' ')?;
    (digit_run(s) == 3 && digit_run(rest) == 4).then_some(8)
}

/// Whether `token` is `NNN-NNNN` or `NNNNNNN`.
fn is_code_shape(token: &str) -> bool {
    match token.split_once('-') {
        Some((a, b)) => a.len() == 3 && b.len() == 4 && digit_run(a) == 3 && digit_run(b) == 4,
        None => token.len() == 7 && digit_run(token) == 7,
    }
}

/// Whether `token` (digits and hyphens) looks like a botched postal code:
/// 6 or 8 digits, or one hyphen between groups of at least 2 and 3 digits
/// making 6 to 8 digits. Block numbers (`1-1-1`, `404`) do not.
fn is_near_code_shape(token: &str) -> bool {
    match token.split_once('-') {
        Some((a, b)) => {
            let (da, db) = (digit_run(a), digit_run(b));
            da == a.len() && db == b.len() && da >= 2 && db >= 3 && (6..=8).contains(&(da + db))
        }
        None => digit_run(token) == token.len() && matches!(token.len(), 6 | 8),
    }
}

/// `range` of `s` without leading or trailing whitespace.
fn trimmed(s: &str, range: Range<usize>) -> Range<usize> {
    let Some(part) = s.get(range.clone()) else {
        return range.start..range.start;
    };
    let start = range.start + (part.len() - part.trim_start().len());
    let end = range.end - (part.len() - part.trim_end().len());
    if start >= end {
        start..start
    } else {
        start..end
    }
}

/// Finds a postal code at the start or the end of a cleaned address (see
/// [`text::clean`]), and returns it with the byte range of the rest of the
/// address, trimmed.
///
/// At the start: an optional marker (`〒`, `〶` or `郵便番号`, then an
/// optional `:` and spaces), then `NNN-NNNN`, `NNN NNNN` or `NNNNNNN`,
/// followed by a space, the end, or anything but a digit or hyphen.
///
/// At the end (looked for only if the start has none): a marker and a code,
/// or a bare `NNN-NNNN`, or `NNNNNNN` or `NNN NNNN` after a space. Block
/// numbers are not codes: `築地1-1-1`, `築地1-1-1 404` and `1-1-1-404` have
/// none.
///
/// A marker with nothing code-like after it is dropped. A marker in the
/// middle of the address is left for the parser.
///
/// # Errors
///
/// [`ErrorKind::InvalidPostalCode`] when a marker is followed by a malformed
/// code (`〒10400451`, `〒104-004`, `〒1O4-0045`), or when the address starts
/// with digits shaped almost like a code (`104-00451 東京都`, `10400451
/// 東京都`).
///
/// # Example
///
/// ```
/// use jusho::postal::split_postal_code;
///
/// let s = "〒104-0045 東京都中央区築地1-1-1";
/// let (code, rest) = split_postal_code(s)?;
/// assert_eq!(code.unwrap().to_string(), "104-0045");
/// assert_eq!(&s[rest], "東京都中央区築地1-1-1");
///
/// let s = "東京都中央区築地1-1-1 404";
/// let (code, rest) = split_postal_code(s)?;
/// assert_eq!(code, None);
/// assert_eq!(&s[rest], s);
/// # Ok::<(), jusho::Error>(())
/// ```
pub fn split_postal_code(cleaned: &str) -> Result<(Option<PostalCode>, Range<usize>), Error> {
    let s = cleaned;
    let whole = trimmed(s, 0..s.len());
    let body = s.get(whole.clone()).unwrap_or("");
    let base = whole.start;

    // At the start.
    if let Some(after) = marker_end(body) {
        let rest = body.get(after..).unwrap_or("");
        let len = marked_token_len(rest);
        if len > 0 {
            let code = parse_code(rest.get(..len).unwrap_or(""))?;
            return Ok((Some(code), trimmed(s, base + after + len..whole.end)));
        }
        // A marker with no code after it: drop it, and look for a code at
        // the end of what is left (`〒 厚別区 〒100-1000`).
        let rest_range = trimmed(s, base + after..whole.end);
        let (code, range) = split_postal_code(s.get(rest_range.clone()).unwrap_or(""))?;
        return Ok((
            code,
            rest_range.start + range.start..rest_range.start + range.end,
        ));
    }
    if digit_run(body) > 0 {
        let token_len = body
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'-')
            .count();
        let token = body.get(..token_len).unwrap_or("");
        let len = if is_code_shape(token) {
            Some(token_len)
        } else if token_len == 3 {
            spaced_code_len(body)
        } else {
            None
        };
        if let Some(len) = len {
            let code = parse_code(body.get(..len).unwrap_or(""))?;
            return Ok((Some(code), trimmed(s, base + len..whole.end)));
        }
        if is_near_code_shape(token) {
            // Always an error: the shape is not a code.
            parse_code(token)?;
        }
    }

    // At the end, after a marker.
    let marker_at = MARKERS.iter().filter_map(|m| body.rfind(m)).max();
    if let Some(at) = marker_at {
        let tail = body.get(at..).unwrap_or("");
        let after = marker_end(tail).unwrap_or(tail.len());
        let rest = tail.get(after..).unwrap_or("");
        let len = marked_token_len(rest);
        if len == rest.len() {
            let before = trimmed(s, base..base + at);
            if len == 0 {
                return Ok((None, before));
            }
            return Ok((Some(parse_code(rest)?), before));
        }
    }

    // At the end, bare.
    let token_len = body
        .bytes()
        .rev()
        .take_while(|b| b.is_ascii_digit() || *b == b'-')
        .count();
    let token_at = body.len() - token_len;
    let token = body.get(token_at..).unwrap_or("");
    let head = body.get(..token_at).unwrap_or("");
    // `NNN-NNNN` anywhere; `NNNNNNN` only after a space (or alone).
    let bare = is_code_shape(token) && (token.len() == 8 || head.is_empty() || head.ends_with(' '));
    let code_at = if bare {
        Some(token_at)
    } else if token.len() == 4 && digit_run(token) == 4 && head.ends_with(' ') {
        // `NNN NNNN`: three digits after a space (or at the start) before.
        let head = head.get(..head.len() - 1).unwrap_or("");
        let first = head.bytes().rev().take_while(u8::is_ascii_digit).count();
        let before = head.get(..head.len() - first).unwrap_or("");
        (first == 3 && (before.is_empty() || before.ends_with(' '))).then(|| head.len() - 3)
    } else {
        None
    };
    if let Some(at) = code_at {
        let code = parse_code(body.get(at..).unwrap_or(""))?;
        return Ok((Some(code), trimmed(s, base..base + at)));
    }
    Ok((None, whole))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(s: &str) -> PostalCode {
        PostalCode::parse(s).unwrap_or_else(|e| panic!("{s:?}: {e}"))
    }

    fn err(s: &str) -> String {
        let e = PostalCode::parse(s).expect_err(s);
        assert_eq!(e.kind(), ErrorKind::InvalidPostalCode);
        e.to_string()
    }

    #[test]
    fn parse_accepted_forms() {
        for s in [
            "〒104-0045",
            "104-0045",
            "1040045",
            "１０４－００４５",
            "104 0045",
            "〒 104ー0045",
            "郵便番号104-0045",
            "郵便番号：104-0045",
            "郵便番号: 104-0045",
            "〶1040045",
            " 104-0045 ",
            "104−0045",
            "104　0045",
        ] {
            assert_eq!(code(s).value(), 1_040_045, "{s:?}");
            assert_eq!(s.parse::<PostalCode>().unwrap().to_string(), "104-0045");
        }
    }

    #[test]
    fn parse_errors() {
        assert_eq!(
            err("10400451"),
            r#"invalid postal code "10400451": expected 7 digits, but found 8"#
        );
        assert_eq!(
            err("〒104-004"),
            r#"invalid postal code "104-004": expected 7 digits, but found 6"#
        );
        assert_eq!(
            err("1O4-0045"),
            r#"invalid postal code "1O4-0045": expected only digits, but found "O""#
        );
        assert_eq!(
            err(""),
            r#"invalid postal code "": expected 7 digits, but found 0"#
        );
        assert_eq!(
            err("〒"),
            r#"invalid postal code "": expected 7 digits, but found 0"#
        );
        assert_eq!(
            err("1040-045"),
            r#"invalid postal code "1040-045": expected 3 digits before the separator, but found 4"#
        );
        assert_eq!(
            err("104-00-45"),
            r#"invalid postal code "104-00-45": expected at most one separator, but found 2"#
        );
        assert_eq!(
            err("104-0045 東京都"),
            r#"invalid postal code "104-0045 東京都": expected only digits, but found "東""#
        );
        assert!(err("\u{0}1040045").contains(r"\0"));
        // Overlong input does not make an overlong message.
        assert!(err(&"1".repeat(10_000)).len() < 200);
    }

    #[test]
    fn display_and_new() {
        assert_eq!(PostalCode::new(600_042).unwrap().to_string(), "060-0042");
        assert_eq!(PostalCode::new(0).unwrap().to_string(), "000-0000");
        assert_eq!(PostalCode::new(9_999_999).unwrap().to_string(), "999-9999");
        assert_eq!(PostalCode::new(10_000_000), None);
        assert_eq!(PostalCode::new(u32::MAX), None);
        assert!(code("060-0042") < code("104-0045"));
    }

    #[test]
    fn serde_as_string() {
        let c = code("104-0045");
        assert_eq!(serde_json::to_string(&c).unwrap(), r#""104-0045""#);
        assert_eq!(
            serde_json::from_str::<PostalCode>(r#""104-0045""#).unwrap(),
            c
        );
        assert_eq!(
            serde_json::from_str::<PostalCode>(r#""〒1040045""#).unwrap(),
            c
        );
        let e = serde_json::from_str::<PostalCode>(r#""10400451""#).unwrap_err();
        assert!(
            e.to_string().contains("expected 7 digits, but found 8"),
            "{e}"
        );
        assert!(serde_json::from_str::<PostalCode>("1040045").is_err());
    }

    /// Splits `input` (cleaned first), returning the code and the rest.
    fn split(input: &str) -> (Option<String>, String) {
        let s = text::clean(input);
        let (code, range) = split_postal_code(&s).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        (code.map(|c| c.to_string()), s[range].to_string())
    }

    fn split_err(input: &str) -> String {
        let s = text::clean(input);
        let e = split_postal_code(&s).expect_err(input);
        assert_eq!(e.kind(), ErrorKind::InvalidPostalCode);
        e.to_string()
    }

    const ADDRESS: &str = "東京都中央区築地1-1-1";

    #[test]
    fn split_at_start() {
        for prefix in [
            "〒104-0045 ",
            "〒104-0045",
            "104-0045 ",
            "104-0045",
            "1040045 ",
            "1040045",
            "１０４－００４５ ",
            "104 0045 ",
            "〒 104ー0045 ",
            "郵便番号104-0045 ",
            "郵便番号：104-0045 ",
            "〶1040045 ",
            "〒104 0045 ",
            "  〒104-0045\u{3000}",
        ] {
            let input = format!("{prefix}{ADDRESS}");
            assert_eq!(
                split(&input),
                (Some("104-0045".to_string()), ADDRESS.to_string()),
                "{input:?}"
            );
        }
    }

    #[test]
    fn split_at_end() {
        for suffix in [
            " 〒104-0045",
            "〒104-0045",
            " 104-0045",
            " 1040045",
            " １０４－００４５",
            " 104 0045",
            " 〒 104ー0045",
            " 郵便番号104-0045",
            " 郵便番号:104-0045",
            " 〶1040045",
            "〒1040045",
            "〒104 0045",
        ] {
            let input = format!("{ADDRESS}{suffix}");
            assert_eq!(
                split(&input),
                (Some("104-0045".to_string()), ADDRESS.to_string()),
                "{input:?}"
            );
        }
        // Right after a kanji, NNN-NNNN is still a code.
        assert_eq!(
            split("東京都中央区築地104-0045"),
            (Some("104-0045".to_string()), "東京都中央区築地".to_string())
        );
        // Only a code.
        assert_eq!(
            split("104-0045"),
            (Some("104-0045".to_string()), String::new())
        );
        assert_eq!(
            split("104 0045"),
            (Some("104-0045".to_string()), String::new())
        );
    }

    #[test]
    fn split_no_code() {
        for input in [
            "東京都中央区築地1-1-1",
            "東京都中央区築地1-1-1 404",
            "東京都中央区築地1-1-1-404",
            "東京都中央区築地2丁目",
            "東京都中央区築地1丁目1番1号 サンプルマンション404号室",
            "東京都中央区築地1040045",
            "東京都中央区築地1-1 1040",
            "1-1-1 築地",
            "404 サンプルマンション",
            "12 3456",
            "",
            "1",
        ] {
            assert_eq!(
                split(input),
                (None, text::clean(input).into_owned()),
                "{input:?}"
            );
        }
        // A marker in the middle is left to the parser.
        let input = "東京都 〒104-0045 中央区";
        assert_eq!(split(input), (None, input.to_string()));
        // A bare marker is dropped.
        assert_eq!(split("〒 東京都"), (None, "東京都".to_string()));
        assert_eq!(split("東京都 〒"), (None, "東京都".to_string()));
    }

    #[test]
    fn split_errors() {
        for (input, bad) in [
            (
                "〒10400451 東京都中央区築地",
                "\"10400451\": expected 7 digits, but found 8",
            ),
            (
                "〒104-004 東京都中央区築地",
                "\"104-004\": expected 7 digits, but found 6",
            ),
            (
                "〒1O4-0045",
                "\"1O4-0045\": expected only digits, but found \"O\"",
            ),
            (
                "〒1O4-0045 東京都",
                "\"1O4-0045\": expected only digits, but found \"O\"",
            ),
            (
                "104-00451 東京都",
                "\"104-00451\": expected 7 digits, but found 8",
            ),
            (
                "10400451 東京都",
                "\"10400451\": expected 7 digits, but found 8",
            ),
            (
                "1040-045 東京都",
                "\"1040-045\": expected 3 digits before the separator",
            ),
            (
                "東京都中央区築地 〒104-00451",
                "\"104-00451\": expected 7 digits, but found 8",
            ),
            (
                "東京都中央区築地〒1O4-0045",
                "\"1O4-0045\": expected only digits",
            ),
            (
                "郵便番号1234 東京都",
                "\"1234\": expected 7 digits, but found 4",
            ),
        ] {
            let message = split_err(input);
            assert!(message.starts_with("invalid postal code "), "{message}");
            assert!(message.contains(bad), "{input:?}: {message}");
        }
    }

    #[test]
    fn split_never_panics_on_odd_input() {
        for input in [
            "〒",
            "郵便番号",
            "〒:",
            "-",
            "--------",
            "〒-",
            "\u{FFFF}〒",
            "〒\u{10FFFF}",
        ] {
            let _ = split_postal_code(input);
        }
    }

    mod prop {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn display_parse_round_trip(v in 0..=PostalCode::MAX_VALUE) {
                let c = PostalCode::new(v).unwrap();
                let s = c.to_string();
                prop_assert_eq!(s.len(), 8);
                prop_assert_eq!(PostalCode::parse(&s).unwrap(), c);
                prop_assert_eq!(PostalCode::parse(&s.replace('-', "")).unwrap(), c);
                let (found, rest) = split_postal_code(&format!("〒{s} 東京都")).unwrap();
                prop_assert_eq!(found, Some(c));
                prop_assert_eq!(rest, 12..21);
            }

            #[test]
            fn split_never_panics(s in "[〒〶郵便番号 0-9\\-Oa東京都]{0,24}") {
                let cleaned = text::clean(&s);
                if let Ok((_, range)) = split_postal_code(&cleaned) {
                    prop_assert!(cleaned.get(range).is_some());
                }
            }

            #[test]
            fn split_any_string(s in any::<String>()) {
                if let Ok((_, range)) = split_postal_code(&s) {
                    prop_assert!(s.get(range).is_some());
                }
                let _ = PostalCode::parse(&s);
            }
        }
    }
}
