//! Reading the place names: the exact pass, then the forgiving ones, with
//! the postal code's places first when a code is given (`〒104-0045
//! 築地1-1-1`: the code names the municipality, the text its town).

use super::compact::Compact;
use super::found::FoundPlace;
use super::fuzzy;
use super::place::{self, Reading};
use super::postal_code::CodePlaces;
use crate::error::Error;
use crate::gazetteer::Gazetteer;

/// The place names at the start of the text, or `None`: the exact pass
/// ([`place::find_place`], which reads the code's towns where no
/// municipality is written), the forgiving pass on the town it found; when
/// it found nothing, a misspelled town of the code's municipalities, then
/// a misspelled municipality ([`fuzzy::near_municipality`]) unless the
/// code names another place. `typed` cuts the original text for a compact
/// range; `written_at` is the original char at a compact offset.
pub(super) fn read_place(
    gz: &'static Gazetteer,
    written: &str,
    compact: &Compact,
    code: Option<&CodePlaces>,
    typed: impl Fn(usize, usize) -> String + Copy,
    written_at: impl Fn(usize) -> Option<char> + Copy,
) -> Result<Option<Reading>, Error> {
    if let Some(mut reading) = place::find_place(gz, written, compact, code)? {
        fuzzy::improve_town(gz, compact, code, &mut reading, typed, written_at)?;
        return Ok(Some(reading));
    }
    if let Some(reading) = code.and_then(|c| near_town_of_code(gz, compact, c, typed, written_at)) {
        return Ok(Some(reading));
    }
    // The one municipality a known code names, if it does.
    let code_place = code.and_then(|c| c.only_place(gz, &compact.text).map(|_| c));
    match fuzzy::near_municipality(gz, written, compact, code, typed) {
        // A misspelled name of another place than the one the code names
        // (鴨島町 read as 北島町 for 吉野川市's 776-8555): the code is the
        // better witness.
        Ok(Some(reading))
            if code_place
                .is_some_and(|c| !c.municipalities.contains(&reading.place.municipality)) =>
        {
            Ok(None)
        }
        Ok(Some(mut reading)) => {
            fuzzy::improve_town(gz, compact, code, &mut reading, typed, written_at)?;
            Ok(Some(reading))
        }
        Ok(None) => Ok(None),
        // Misspelled names of several other places: likewise.
        Err(_) if code_place.is_some() => Ok(None),
        Err(e) => Err(e),
    }
}

/// A town of one of the postal code's municipalities that the text spells
/// once wrong, the municipality not written (`〒100-0005 丸の內1`), after
/// the prefecture when one is: the reading, with a warning saying what was
/// read. Only a town found in exactly one of the code's municipalities is
/// taken, the code's own towns first; an ambiguity is no reading, and the
/// code alone decides what it did before.
fn near_town_of_code(
    gz: &'static Gazetteer,
    compact: &Compact,
    code: &CodePlaces,
    typed: impl Fn(usize, usize) -> String,
    written_at: impl Fn(usize) -> Option<char>,
) -> Option<Reading> {
    if !code.known {
        return None;
    }
    for (at, prefecture) in place::prefecture_options(gz, compact) {
        let Some(must_end_after) = place::unwritten_town_end(gz, compact, at, prefecture) else {
            continue;
        };
        let mut found: Vec<Reading> = Vec::new();
        for &municipality in &code.municipalities {
            if prefecture.is_some_and(|p| p != gz.municipality(municipality).prefecture) {
                continue;
            }
            let mut reading = Reading {
                place: FoundPlace {
                    municipality,
                    town: None,
                    consumed: at,
                    directions: None,
                    warnings: Vec::new(),
                },
                town_start: at,
            };
            if fuzzy::improve_town(gz, compact, Some(code), &mut reading, &typed, &written_at)
                .is_ok()
                && reading.place.town.is_some()
                && reading.place.consumed > must_end_after
            {
                found.push(reading);
            }
        }
        let in_code = |r: &Reading| r.place.town.is_some_and(|t| code.towns.contains(&t));
        if found.iter().any(in_code) {
            found.retain(in_code);
        }
        if found.len() == 1 {
            return found.pop();
        }
        if !found.is_empty() {
            return None;
        }
    }
    None
}
