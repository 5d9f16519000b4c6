//! Finding a postal code at either end of an address.

use std::ops::Range;

use super::code::{marker_end, parse_code, PostalCode, MARKERS};
use crate::Error;

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

/// `token` split at its first `-` (as `str::split_once('-')`, without a
/// char searcher: the tokens here are a few ASCII bytes).
fn split_at_hyphen(token: &str) -> Option<(&str, &str)> {
    let at = token.bytes().position(|b| b == b'-')?;
    Some((token.get(..at)?, token.get(at + 1..)?))
}

/// Whether `token` is `NNN-NNNN` or `NNNNNNN`.
fn is_code_shape(token: &str) -> bool {
    match split_at_hyphen(token) {
        Some((a, b)) => a.len() == 3 && b.len() == 4 && digit_run(a) == 3 && digit_run(b) == 4,
        None => token.len() == 7 && digit_run(token) == 7,
    }
}

/// Whether `token` (digits and hyphens) looks like a botched postal code:
/// 6 or 8 digits, or one hyphen between groups of at least 2 and 3 digits
/// making 6 to 8 digits. Block numbers (`1-1-1`, `404`) do not.
fn is_near_code_shape(token: &str) -> bool {
    match split_at_hyphen(token) {
        Some((a, b)) => {
            let (da, db) = (digit_run(a), digit_run(b));
            da == a.len() && db == b.len() && da >= 2 && db >= 3 && (6..=8).contains(&(da + db))
        }
        None => digit_run(token) == token.len() && matches!(token.len(), 6 | 8),
    }
}

/// Where the last postal-code marker of `s` starts (the largest offset any
/// of [`MARKERS`] is found at), found without building substring searchers.
fn last_marker(s: &str) -> Option<usize> {
    // Every marker starts with 〒 (E3 80 92), 〶 (E3 80 B6) or 郵 (E9 83
    // B5): the last of those chars, then the whole marker.
    let bytes = s.as_bytes();
    let mut end = bytes.len();
    while let Some(at) = bytes.get(..end).and_then(|head| {
        head.windows(3)
            .rposition(|w| matches!(w, [0xE3, 0x80, 0x92 | 0xB6] | [0xE9, 0x83, 0xB5]))
    }) {
        let rest = s.get(at..).unwrap_or("");
        if MARKERS.iter().any(|m| rest.starts_with(m)) {
            return Some(at);
        }
        end = at;
    }
    None
}

/// Where the last postal-code marker of `s` starts, when nothing but ASCII
/// follows it: the only marker after which a code can run to the end (see
/// [`split_postal_code`]). Found from the end: the last non-ASCII char must
/// end a marker, so only the ASCII tail is scanned, not the whole text.
/// When that char is whitespace (not in cleaned text, which has only ASCII
/// spaces), [`last_marker`] decides, as the marker's trailing spaces may be
/// any whitespace.
///
/// `"築地1-1-1 〒104-0045"` gives the offset of `〒`; `"〒104-0045 築地"` gives
/// `None` (a marker, but not before an ASCII end).
fn marker_before_ascii_end(s: &str) -> Option<usize> {
    let ascii_tail = s.bytes().rev().take_while(u8::is_ascii).count();
    let head = s.get(..s.len() - ascii_tail)?;
    match head.chars().next_back() {
        None => None,
        Some(c) if c.is_whitespace() => last_marker(s),
        Some(_) => MARKERS
            .iter()
            .find(|m| head.ends_with(**m))
            .map(|m| head.len() - m.len()),
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
/// `text::clean`), and returns it with the byte range of the rest of the
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
/// `"〒104-0045 東京都中央区築地1-1-1"` gives `104-0045` and the range of
/// `東京都中央区築地1-1-1`; `"東京都中央区築地1-1-1 404"` gives no code and
/// the whole text (see the unit tests).
pub(crate) fn split_postal_code(
    cleaned: &str,
) -> Result<(Option<PostalCode>, Range<usize>), Error> {
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

    // At the end, after a marker (the last marker, if a code after it runs
    // to the end: then only ASCII follows it).
    let marker_at = marker_before_ascii_end(body);
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

    #[test]
    fn marker_before_ascii_end_is_the_last_marker_before_ascii() {
        for (s, expected) in [
            ("", None),
            ("築地1-1-1", None),
            ("築地 〒104-0045", Some("築地 ".len())),
            ("築地 〶1040045", Some("築地 ".len())),
            ("築地 郵便番号: 104-0045", Some("築地 ".len())),
            ("〒 築地 郵便番号〒104", Some("〒 築地 郵便番号".len())),
            ("〒104-0045 築地", None),
            ("築地 〒 104-0045 号", None),
            // Non-ASCII whitespace last: the full search (the last marker
            // anywhere, as `split_postal_code` used to look for it).
            ("築地 〒\u{3000}104-0045", Some("築地 ".len())),
            ("〒104 築地\u{3000}", Some(0)),
        ] {
            assert_eq!(marker_before_ascii_end(s), expected, "{s}");
            if let Some(at) = expected {
                assert_eq!(last_marker(s), Some(at), "{s}");
            }
        }
    }

    #[test]
    fn last_marker_is_the_last_of_any_marker() {
        for s in [
            "",
            "築地1-1-1",
            "〒104-0045 築地",
            "築地 〒104-0045",
            "〒 築地 〶1040045",
            "郵便番号104-0045 〒",
            "〒100 郵便番号104-0045",
            "郵便 郵便番 郵便番号",
            "郵便番号郵便番号〒",
        ] {
            let expected = MARKERS.iter().filter_map(|m| s.rfind(m)).max();
            assert_eq!(last_marker(s), expected, "{s}");
        }
    }
}
