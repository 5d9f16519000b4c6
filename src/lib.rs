//! jusho turns a Japanese postal address, typed any way a person types it,
//! into the five fields of an English address form — Country, Address, City,
//! State/Province, Zip/Postal Code — reading every prefecture, municipality
//! and town from Japan Post's own kana.
//!
//! ```
//! let profile = jusho::romanize("〒104-0045 東京都中央区築地1-1-1 サンプルマンション404")?;
//! assert_eq!(profile.country, "Japan");
//! assert_eq!(profile.address, "#404 Sample Mansion 1-1-1 Tsukiji");
//! assert_eq!(profile.city, "Chuo-ku");
//! assert_eq!(profile.state, "Tokyo");
//! assert_eq!(profile.zip, "104-0045");
//! # Ok::<(), jusho::Error>(())
//! ```
//!
//! # Overview
//!
//! - [`romanize`] gives a [`Profile`] in the default style; a [`Romanizer`]
//!   with a [`Style`] chooses another (the `japan-post` preset, macrons,
//!   UPPER case, …) and [`Romanizer::romanize_full`] also returns every
//!   part's romaji ([`RomanizedParts`]) and the [`Warning`]s.
//! - [`parse`] stops before romanization: [`Parts`] with the gazetteer's
//!   records for the prefecture, municipality and town, and the block,
//!   building, floor and room.
//! - [`gazetteer`] is the embedded Japan Post data: look up by postal code,
//!   by name, or enumerate everything.
//! - [`PostalCode`] parses every way a code is typed and prints `NNN-NNNN`.
//! - [`Form`] lays a result out as other forms ask: address lines within a
//!   limit, one line, Japan Post's order ([`Form::fill`]).
//! - Every refusal is an [`Error`] with an [`ErrorKind`].
//!
//! # Input safety
//!
//! Input longer than [`MAX_INPUT_BYTES`] (1 KiB) is refused before any work
//! with [`ErrorKind::TooLong`]; below that, the work is linear in the input
//! (no backtracking over the text). The one recursion, in finding a postal
//! code, goes one level per leading postal mark (`〒 〒 …`), so its depth is
//! bounded by the input limit. No input panics; the test
//! suite checks this with property tests and the `fuzz/` target.
//!
//! # Features
//!
//! - `kakasi` (on by default) reads kanji that are not place names (in
//!   building names) with the GPL-3.0 `kakasi` crate. Without it, jusho's own
//!   code and data are MIT OR Apache-2.0, and such kanji are left out with
//!   [`Warning::UnreadKanji`].
//! - `serde` (on by default): `Serialize` on every output type ([`Profile`],
//!   [`RomanizedParts`], [`Romanized`], [`Parts`], [`Warning`], [`Error`], the
//!   gazetteer records) and `Serialize + Deserialize` on [`Style`] and
//!   [`PostalCode`]. [`Romanized`] serializes as the example binary's
//!   `--json` object without `"input"`; a [`Warning`] as
//!   `{"kind", "message", ...its fields}`; an [`Error`] as `{"kind", "message"}`.
//! - `cli` (on by default): what the `romanize` example binary needs
//!   (`serde_json`); `cargo install --path . --example romanize` builds it
//!   and nothing else.
//! - `serve` (on by default): `romanize --serve`, the local web page
//!   (`tiny_http`, `socket2`); the library never uses them.
//!
//! # Design
//!
//! The [`design`] module holds the long-form rationale: the Hepburn rules and
//! how the pipeline decides.
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod error;
pub mod gazetteer;
mod parse;
mod postal;
mod profile;
pub mod romaji;
mod text;
mod warning;
mod word_hash;

pub use error::{Error, ErrorKind, MAX_INPUT_BYTES};
pub use parse::{parse, Block, Parts, PoBox};
pub use postal::PostalCode;
pub use profile::{
    romanize, CityOrder, FilledForm, Form, FormField, NamedPart, ParseFormError, PrefectureSuffix,
    Profile, Romanized, RomanizedBuf, RomanizedParts, Romanizer, Style, TextPart,
    DEFAULT_LINE_LIMIT,
};
pub use romaji::ParseOptionError;
pub use warning::Warning;

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

#[doc = include_str!("../DESIGN.md")]
pub mod design {}
