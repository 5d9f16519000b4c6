//! jusho: Japanese postal addresses to English address-form fields.
#![deny(missing_docs)]

mod error;
pub mod gazetteer;
mod parse;
pub mod postal;
mod profile;
pub mod romaji;
pub mod text;
mod warning;

pub use error::{Error, ErrorKind, MAX_INPUT_BYTES};
pub use parse::{parse, Block, Parts};
pub use postal::PostalCode;
pub use profile::{romanize, NamedPart, Profile, Romanized, RomanizedParts, Romanizer, TextPart};
pub use warning::Warning;
