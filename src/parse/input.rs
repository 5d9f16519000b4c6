//! Input checks done before any work: length, control characters, emptiness.

use crate::error::{quote, Error, ErrorKind, MAX_INPUT_BYTES};
use crate::text;

/// Refuses input that cannot be an address before any work is done.
pub(super) fn check_input(input: &str) -> Result<(), Error> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::new(
            ErrorKind::TooLong,
            format!(
                "address too long: expected at most {MAX_INPUT_BYTES} bytes, but found {}",
                input.len()
            ),
        ));
    }
    if let Some(c) = first_control(input) {
        return Err(Error::new(
            ErrorKind::ControlCharacter,
            format!(
                "control character U+{:04X} in address {}",
                u32::from(c),
                quote(input)
            ),
        ));
    }
    if input.trim().is_empty() {
        return Err(Error::new(ErrorKind::Empty, "empty address"));
    }
    Ok(())
}

/// The first control character of `input` other than tab, found byte by
/// byte: C0 controls and DEL are single bytes, C1 controls (U+0080..U+009F)
/// are `C2 80`..`C2 9F`, and no other char is a control.
fn first_control(input: &str) -> Option<char> {
    let bytes = input.as_bytes();
    let maybe = text::any_word(bytes, |x| {
        text::any_byte_below(x, 0x20)
            | text::any_byte_equal(x, 0x7F)
            | text::any_byte_equal(x, 0xC2)
            != 0
    });
    if !maybe {
        return None;
    }
    let at = bytes.iter().enumerate().position(|(at, &b)| {
        (b < 0x20 && b != b'\t')
            || b == 0x7F
            || (b == 0xC2 && bytes.get(at + 1).is_some_and(|n| (0x80..=0x9F).contains(n)))
    })?;
    input.get(at..)?.chars().next()
}

#[cfg(test)]
mod tests {
    use super::first_control;

    #[test]
    fn first_control_is_the_first_char_that_is_one() {
        for s in [
            "",
            "築地1-1-1",
            "a\tb",
            "a\nb",
            "x\u{7F}",
            "é\u{85}z",
            "\u{9F}",
            "\u{A0}\u{2028}",
        ] {
            let expected = s.chars().find(|&c| c.is_control() && c != '\t');
            assert_eq!(first_control(s), expected, "{s:?}");
        }
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(
                first_control(&s).is_some(),
                c.is_control() && c != '\t',
                "U+{:04X}",
                u32::from(c)
            );
        }
    }
}
