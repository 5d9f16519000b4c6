//! What the profile stage returns: the five form fields ([`Profile`]) and
//! every part with its romaji ([`RomanizedParts`]).

use std::borrow::Cow;
use std::fmt;

use crate::postal::PostalCode;
use crate::warning::Warning;

/// The five fields of an English address form (the AWS Certification
/// profile's labels in the doc of each field).
///
/// # Example
///
/// ```
/// let profile = jusho::romanize("〒104-0045 東京都中央区築地1丁目1番1号 サンプルマンション404号室")?;
/// assert_eq!(profile.country, "Japan");
/// assert_eq!(profile.address, "#404 Sample Mansion 1-1-1 Tsukiji");
/// assert_eq!(profile.city, "Chuo-ku");
/// assert_eq!(profile.state, "Tokyo");
/// assert_eq!(profile.zip, "104-0045");
/// # Ok::<(), jusho::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Profile {
    /// `Country`: always `Japan` (`JAPAN` in upper case).
    pub country: String,
    /// `Address`: `#room Building block Town`, e.g. `#404 Sample Mansion 1-1-1 Tsukiji`.
    pub address: String,
    /// `City`: municipality parts, e.g. `Chuo-ku, Sapporo-shi`.
    pub city: String,
    /// `State/Province`: the prefecture, e.g. `Tokyo`.
    pub state: String,
    /// `Zip/Postal Code`: `NNN-NNNN`, or empty when unknown.
    pub zip: String,
}

/// The labelled block the example binary prints: five lines, `Country: `,
/// `Address: `, `City: `, `State/Province: `, `Zip/Postal Code: `, each
/// ending in a newline.
///
/// ```
/// let profile = jusho::romanize("〒104-0045 東京都中央区築地1-1-1")?;
/// assert_eq!(
///     profile.to_string(),
///     "Country: Japan\nAddress: 1-1-1 Tsukiji\nCity: Chuo-ku\nState/Province: Tokyo\nZip/Postal Code: 104-0045\n"
/// );
/// # Ok::<(), jusho::Error>(())
/// ```
impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Country: {}", self.country)?;
        writeln!(f, "Address: {}", self.address)?;
        writeln!(f, "City: {}", self.city)?;
        writeln!(f, "State/Province: {}", self.state)?;
        writeln!(f, "Zip/Postal Code: {}", self.zip)
    }
}

/// A named place in three scripts: as written (canonical kanji), its kana,
/// and its romaji in the chosen style.
///
/// The kanji and the kana are the gazetteer's own text, borrowed (nothing
/// is copied); they read as `&str`:
///
/// ```
/// let r = jusho::Romanizer::default().romanize_full("中央区築地1-1-1")?;
/// let town = r.parts.town.unwrap();
/// assert_eq!(town.ja, "築地");
/// let kana: &str = &town.kana;
/// assert_eq!(kana, "ツキジ");
/// assert!(matches!(town.ja, std::borrow::Cow::Borrowed(_)));
/// # Ok::<(), jusho::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NamedPart {
    /// Canonical kanji spelling: `東京都`.
    pub ja: Cow<'static, str>,
    /// Katakana reading: `トウキョウト`.
    pub kana: Cow<'static, str>,
    /// Romaji in the chosen style: `Tokyo`.
    pub romaji: String,
}

/// Free text (building, sub-area) as written and in romaji.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TextPart {
    /// As written (cleaned): `サンプルマンション`.
    pub ja: String,
    /// Romaji in the chosen style: `Sample Mansion`.
    pub romaji: String,
}

/// Every part of an address with its romaji: the `parts` object of the
/// example binary's `--json` output.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RomanizedParts {
    /// Given or inferred; serialized as `"NNN-NNNN"`.
    pub postal_code: Option<PostalCode>,
    /// The prefecture.
    pub prefecture: Option<NamedPart>,
    /// The county (郡).
    pub county: Option<NamedPart>,
    /// The city, town or village (or Tokyo ward).
    pub city: Option<NamedPart>,
    /// The ward of a designated city.
    pub ward: Option<NamedPart>,
    /// The town (町域).
    pub town: Option<NamedPart>,
    /// 字 names or Kyoto street directions.
    pub sub_area: Option<TextPart>,
    /// Block numbers, `1-1-1`.
    pub block: Option<String>,
    /// The building.
    pub building: Option<TextPart>,
    /// The floor.
    pub floor: Option<u16>,
    /// The room number.
    pub room: Option<String>,
}

/// Everything [`crate::Romanizer::romanize_full`] knows about an address.
///
/// With the `serde` feature it serializes as
/// `{"profile": {...}, "parts": {...}, "warnings": [...]}`, the example
/// binary's `--json` object without its `"input"`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Romanized {
    /// The five form fields.
    pub profile: Profile,
    /// Each part with its romaji.
    pub parts: RomanizedParts,
    /// Non-fatal findings (inferred postal code, unread kanji, …).
    pub warnings: Vec<Warning>,
    /// Where the street (block, sub-area, town) starts in
    /// `profile.address`; before it are the room, floor and building.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) street_start: usize,
}

impl Romanized {
    /// `profile.address` in two: the premises (room, floor, building) and
    /// the street (block, sub-area, town), for forms with two address lines.
    pub(crate) fn address_halves(&self) -> (&str, &str) {
        let address = &self.profile.address;
        let start = self.street_start.min(address.len());
        match (address.get(..start), address.get(start..)) {
            (Some(premises), Some(street)) => (premises.trim_end(), street),
            _ => ("", address),
        }
    }
}
