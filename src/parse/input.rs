//! Input checks done before any work: length, control characters, emptiness.

use crate::error::{quote, Error, ErrorKind, MAX_INPUT_BYTES};

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
    if let Some(c) = input.chars().find(|&c| c.is_control() && c != '\t') {
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
