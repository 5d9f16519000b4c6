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

mod code;
mod split;
#[cfg(test)]
mod tests;

pub use code::PostalCode;
pub(crate) use split::split_postal_code;
