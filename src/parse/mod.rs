//! Address text → [`Parts`]: postal code, prefecture, municipality, town,
//! then what follows (sub-area, block numbers, building, room).
//!
//! The parser works on the cleaned text ([`crate::text::clean`]) folded for
//! lookup ([`crate::text::fold`]), with spaces ignored while it matches place
//! names. It tries every reading the gazetteer allows (with and without a
//! prefecture, every municipality name that is a prefix of the text, every
//! town of those municipalities) and keeps the one that agrees with the
//! postal code and explains the most text. What follows the town is cut from
//! the cleaned (unfolded) text, so building names keep their spelling.

mod block;
mod compact;
mod district_note;
mod found;
mod fuzzy;
mod input;
mod kyoto;
mod kyoto_streets;
mod place;
mod po_box;
mod postal_code;
mod reading;
mod separators;
mod tail;

use crate::error::{quote, Error, ErrorKind};
use crate::gazetteer::{self, Municipality, Place, Prefecture, Town};
use crate::postal::{self, PostalCode};
use crate::text;
use crate::warning::Warning;

pub use block::Block;
pub(crate) use kyoto::DIRECTIONS;
pub(crate) use kyoto_streets::kyoto_street_reading;
pub use po_box::PoBox;

use compact::Compact;
use postal_code::CodePlaces;

/// An address split into its parts. Places borrow the gazetteer's records,
/// so each carries its canonical kanji and its kana.
///
/// # Example
///
/// ```
/// let parts = jusho::parse("〒104-0045 東京都中央区築地1丁目1番1号 サンプルマンション404号室")?;
/// assert_eq!(parts.postal_code.unwrap().to_string(), "104-0045");
/// assert_eq!(parts.prefecture.name.kanji, "東京都");
/// assert_eq!(parts.city().kana, "チュウオウク");
/// assert_eq!(parts.town.unwrap().name.kanji, "築地");
/// assert_eq!(parts.block.as_ref().unwrap().to_string(), "1-1-1");
/// assert_eq!(parts.building.as_deref(), Some("サンプルマンション"));
/// assert_eq!(parts.room.as_deref(), Some("404"));
/// # Ok::<(), jusho::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Parts {
    /// The postal code, as given or as inferred (see [`Parts::postal_code_inferred`]).
    pub postal_code: Option<PostalCode>,
    /// True when the postal code was not given but inferred from the address.
    pub postal_code_inferred: bool,
    /// The prefecture (filled in when the address omits it).
    pub prefecture: &'static Prefecture,
    /// The municipality: county, city and ward (filled in when omitted).
    pub municipality: &'static Municipality,
    /// The town (町域), when the address names one the gazetteer knows.
    pub town: Option<Town>,
    /// Text between the municipality or town and the block numbers that is
    /// not a known town: 字 names, Kyoto street directions (河原町通三条上る).
    pub sub_area: Option<String>,
    /// Block numbers: chome, banchi, go.
    pub block: Option<Block>,
    /// The building name, as written (cleaned).
    pub building: Option<String>,
    /// The floor (階, F), when given.
    pub floor: Option<u16>,
    /// True when the floor is below ground (B1F, 地下2階; 地階 alone with
    /// no [`Parts::floor`]).
    pub basement: bool,
    /// The room number (号室, #, or a trailing number), when given.
    pub room: Option<String>,
    /// The skyscraper the postal code data names for this building, when the
    /// building is one with a code per floor.
    pub skyscraper: Option<Place>,
    /// A post-office box (私書箱) the address ends with.
    pub po_box: Option<PoBox>,
    /// Non-fatal findings: inferred or doubtful postal code, ambiguity.
    pub warnings: Vec<Warning>,
}

impl Parts {
    /// The county (郡), if the municipality has one.
    pub fn county(&self) -> Option<&'static Place> {
        self.municipality.county.as_ref()
    }

    /// The city, town or village (or Tokyo ward).
    pub fn city(&self) -> &'static Place {
        &self.municipality.city
    }

    /// The ward of a designated city, if any.
    pub fn ward(&self) -> Option<&'static Place> {
        self.municipality.ward.as_ref()
    }
}

/// Parses an address. See [`Parts`] for what comes out.
///
/// # Errors
///
/// - [`ErrorKind::Empty`]: nothing but whitespace.
/// - [`ErrorKind::TooLong`]: more than [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES) bytes.
/// - [`ErrorKind::ControlCharacter`]: a control character other than tab.
/// - [`ErrorKind::InvalidPostalCode`]: a malformed postal code.
/// - [`ErrorKind::NoLocality`]: no prefecture, municipality or known postal code.
/// - [`ErrorKind::AmbiguousLocality`]: a municipality name several places
///   share, and nothing in the address decides (府中市 alone).
///
/// # Example: omissions are filled in
///
/// ```
/// let parts = jusho::parse("横浜市山下町1")?;
/// assert_eq!(parts.prefecture.name.kanji, "神奈川県");
/// assert_eq!(parts.ward().unwrap().kanji, "中区");
///
/// let parts = jusho::parse("北海道倶知安町北1条東")?;
/// assert_eq!(parts.county().unwrap().kanji, "虻田郡");
/// # Ok::<(), jusho::Error>(())
/// ```
///
/// # Example: a city that needs its prefecture
///
/// ```
/// let err = jusho::parse("府中市").unwrap_err();
/// assert_eq!(err.kind(), jusho::ErrorKind::AmbiguousLocality);
/// assert!(err.to_string().contains("東京都"));
/// assert!(err.to_string().contains("広島県"));
/// ```
pub fn parse(input: &str) -> Result<Parts, Error> {
    input::check_input(input)?;
    // Spaces between every character, or around a dash between numbers,
    // mean nothing: dropped before anything is read.
    let cleaned = text::without_letter_spacing(text::clean(input));
    let (postal_code, rest) = postal::split_postal_code(&cleaned)?;
    let gz = gazetteer::get();
    // A leading 日本, and 、 between the place names: read past them.
    let (cleaned, mut rest) =
        match separators::between_places(gz, cleaned.get(rest.clone()).unwrap_or("")) {
            None => (cleaned, rest),
            Some(fixed) => {
                let before = cleaned.get(..rest.start).unwrap_or("");
                let after = cleaned.get(rest.end..).unwrap_or("");
                let start = before.len();
                let end = start + fixed.len();
                (format!("{before}{fixed}{after}").into(), start..end)
            }
        };
    let mut rest_text = cleaned.get(rest.clone()).unwrap_or("");
    // A PO box at the end (新宿郵便局私書箱12号) is read on its own.
    let po_box = po_box::split_po_box(rest_text).map(|(po_box, start)| {
        rest.end = rest.start + start;
        rest_text = rest_text.get(..start).unwrap_or("");
        let (code, municipality) = po_box::look_up(gz, &po_box);
        (po_box, code, municipality)
    });
    let folded = text::fold_pooled(rest_text);
    let compact = Compact::new(&folded, rest_text);

    // Cuts the cleaned text for a range of folded offsets.
    let original = |range: std::ops::Range<usize>| {
        let start = rest.start + folded.original_offset(range.start);
        let end = rest.start + folded.original_offset(range.end);
        cleaned.get(start..end).unwrap_or("").trim().to_owned()
    };
    let typed = |start: usize, end: usize| {
        original(compact.folded_offset(start)..compact.folded_offset(end))
    };
    let written_at = |at: usize| {
        let at = rest.start + folded.original_offset(compact.folded_offset(at));
        cleaned.get(at..).and_then(|s| s.chars().next())
    };

    let code_places = postal_code.map(|code| CodePlaces::of(gz, code));
    let code = code_places.as_ref();
    let reading = reading::read_place(gz, rest_text, &compact, code, typed, written_at)?;
    let unread = reading
        .as_ref()
        .and_then(|r| fuzzy::unread_after_town(gz, &compact, &r.place));
    let place = match reading {
        Some(reading) => reading.place,
        None => match code_places
            .as_ref()
            .and_then(|c| c.only_place(gz, &compact.text))
            .or_else(|| {
                // A PO box alone: the municipality of its post office.
                let municipality = po_box.as_ref().and_then(|(_, _, m)| *m)?;
                Some(found::FoundPlace {
                    municipality,
                    town: None,
                    consumed: 0,
                    directions: None,
                    warnings: Vec::new(),
                })
            }) {
            Some(place) => place,
            None => {
                let message = match gz.prefecture_prefixes(&compact.text).next() {
                    Some((_, p)) => format!(
                        "no municipality found after the prefecture {} in {}",
                        gz.prefecture(p).name.kanji,
                        quote(input.trim())
                    ),
                    None => format!(
                        "no Japanese prefecture, municipality or town found in {}",
                        quote(input.trim())
                    ),
                };
                return Err(Error::new(ErrorKind::NoLocality, message));
            }
        },
    };

    let directions = place
        .directions
        .map(|(start, end)| original(compact.folded_offset(start)..compact.folded_offset(end)));
    // Everything after the place names.
    let tail_start = compact.folded_offset(place.consumed);
    let tail_folded = folded.as_str().get(tail_start..).unwrap_or("");
    let tail = tail::parse_tail(tail_folded, |range: std::ops::Range<usize>| {
        original(tail_start + range.start..tail_start + range.end)
    });

    let municipality = gz.municipality(place.municipality);
    let (town, sub_area) =
        kyoto::street_named_like_town(place.town.map(|t| gz.town(t)), directions.or(tail.sub_area));
    let mut parts = Parts {
        postal_code,
        postal_code_inferred: false,
        prefecture: gz.prefecture(municipality.prefecture),
        municipality,
        town,
        sub_area,
        block: tail.block,
        building: tail.building,
        floor: tail.floor,
        basement: tail.basement,
        room: tail.room,
        skyscraper: None,
        po_box: po_box.as_ref().map(|(b, _, _)| b.clone()),
        warnings: place.warnings,
    };
    if parts.town.is_none() && parts.sub_area.is_some() {
        parts.warnings.push(Warning::TownNotFound);
    }
    match po_box {
        // A box has its own code, which the street address does not decide.
        Some((_, code, _)) if parts.postal_code.is_none() => match code {
            Some(code) => {
                parts.postal_code = Some(code);
                parts.postal_code_inferred = true;
                parts.warnings.push(Warning::PostalCodeInferred(code));
            }
            None => parts.warnings.push(Warning::PostalCodeNotInferred),
        },
        _ => postal_code::settle_postal_code(gz, &mut parts, code, rest_text),
    }
    if let Some(unread) = unread {
        // The town may be a longer one: an inferred code could be wrong.
        if parts.postal_code_inferred {
            parts.postal_code = None;
            parts.postal_code_inferred = false;
            parts
                .warnings
                .retain(|w| !matches!(w, Warning::PostalCodeInferred(_)));
            parts.warnings.push(Warning::PostalCodeNotInferred);
        }
        parts.warnings.push(Warning::UnreadAfterTown(unread));
    }
    Ok(parts)
}

#[cfg(test)]
mod code_tests;
#[cfg(test)]
mod tests;
