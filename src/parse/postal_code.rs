//! The postal code against the address: what a given code says about where
//! it is, whether it agrees, and inferring one when none is given.

use super::place::FoundPlace;
use super::Parts;
use crate::gazetteer::{self, Gazetteer, Place, Qualifier, TownId};
use crate::postal::PostalCode;
use crate::text;
use crate::warning::Warning;

/// What a postal code says about where it is.
pub(super) struct CodePlaces {
    pub(super) known: bool,
    pub(super) municipalities: Vec<gazetteer::MunicipalityId>,
    pub(super) towns: Vec<TownId>,
    /// True when no district with the code names a town: a city-wide code,
    /// or an office code.
    pub(super) only_city_wide: bool,
}

impl CodePlaces {
    pub(super) fn of(gz: &Gazetteer, code: PostalCode) -> CodePlaces {
        let districts = gz.districts_with_code(code);
        let offices = gz.offices_with_code(code);
        let mut municipalities: Vec<_> = districts
            .iter()
            .map(|d| gz.town(d.town).municipality)
            .chain(offices.iter().map(|o| o.municipality))
            .collect();
        municipalities.sort_unstable();
        municipalities.dedup();
        let mut towns: Vec<TownId> = districts.iter().map(|d| d.town).collect();
        towns.extend(
            offices
                .iter()
                .filter_map(|o| gz.find_town_in(o.municipality, o.town)),
        );
        towns.sort_unstable();
        towns.dedup();
        CodePlaces {
            known: !municipalities.is_empty(),
            municipalities,
            towns,
            only_city_wide: districts.iter().all(|d| gz.town(d.town).is_city_wide()),
        }
    }

    /// A code given alone: the place it names, when that is one municipality.
    pub(super) fn only_place(&self, gz: &Gazetteer) -> Option<FoundPlace> {
        let [municipality] = self.municipalities[..] else {
            return None;
        };
        let town = match self.towns[..] {
            [town] if !gz.town(town).is_city_wide() => Some(town),
            _ => None,
        };
        Some(FoundPlace {
            municipality,
            town,
            consumed: 0,
            directions: None,
            warnings: Vec::new(),
        })
    }
}

/// Checks a given postal code against the address, or infers one.
pub(super) fn settle_postal_code(gz: &Gazetteer, parts: &mut Parts, code: Option<&CodePlaces>) {
    match (parts.postal_code, code) {
        (Some(given), Some(places)) => {
            if !places.known {
                parts.warnings.push(Warning::PostalCodeUnknown(given));
                return;
            }
            let municipality_ok = places.municipalities.contains(&parts.municipality.id);
            let town_ok = match parts.town {
                Some(t) => {
                    places.towns.contains(&t.id) || places.towns.is_empty() || places.only_city_wide
                }
                None => true,
            };
            if !municipality_ok || !town_ok {
                let belongs_to = describe_code(gz, given);
                parts
                    .warnings
                    .push(Warning::PostalCodeMismatch { given, belongs_to });
                return;
            }
            // The right town, but the address decides another of its codes
            // (a skyscraper's floor, a chome range).
            let inferred = infer_postal_code(gz, parts);
            parts.skyscraper = inferred.skyscraper;
            if let Some(expected) = inferred.code {
                if expected != given && !places.only_city_wide {
                    parts
                        .warnings
                        .push(Warning::PostalCodeDiffers { given, expected });
                }
            }
        }
        _ => {
            let inferred = infer_postal_code(gz, parts);
            parts.skyscraper = inferred.skyscraper;
            match inferred.code {
                Some(code) => {
                    parts.postal_code = Some(code);
                    parts.postal_code_inferred = true;
                    parts.warnings.push(Warning::PostalCodeInferred(code));
                }
                None => parts.warnings.push(Warning::PostalCodeNotInferred),
            }
        }
    }
}

/// Where the data puts a postal code, for messages: 東京都中央区築地.
fn describe_code(gz: &Gazetteer, code: PostalCode) -> String {
    if let Some(d) = gz.districts_with_code(code).first() {
        let town = gz.town(d.town);
        let m = gz.municipality(town.municipality);
        return format!(
            "{}{}{}",
            gz.prefecture(m.prefecture).name.kanji,
            m.full_name(),
            town.name.kanji
        );
    }
    if let Some(o) = gz.offices_with_code(code).first() {
        let m = gz.municipality(o.municipality);
        return format!(
            "{}{}{} ({})",
            gz.prefecture(m.prefecture).name.kanji,
            m.full_name(),
            o.town,
            o.name
        );
    }
    code.to_string()
}

/// The postal code the address decides, if the data makes it unique:
/// by floor of a skyscraper, by chome or banchi range, else the town's only
/// code, else the municipality's city-wide code when no town is named.
/// What the address decides about its postal code.
struct Inferred {
    /// The code, when the data makes it unique.
    code: Option<PostalCode>,
    /// The skyscraper with a code per floor that the building names.
    skyscraper: Option<Place>,
}

fn infer_postal_code(gz: &Gazetteer, parts: &Parts) -> Inferred {
    let code = |code| Inferred {
        code,
        skyscraper: None,
    };
    let town = match parts.town {
        Some(town) => town,
        None => {
            let city_wide = gz.towns_of(parts.municipality.id).first();
            return code(
                city_wide
                    .filter(|t| t.is_city_wide())
                    .and_then(|t| gz.districts_of(t.id).first())
                    .map(|d| d.code),
            );
        }
    };
    let districts = gz.districts_of(town.id);
    let first_number = parts
        .block
        .as_ref()
        .and_then(|b| b.numbers().first().copied());

    // Skyscrapers with a code per floor. The floors of one building are
    // consecutive districts sharing its name, so each name is folded once.
    if let Some(building) = &parts.building {
        let building_key = text::fold_key(building);
        let mut last: Option<(&str, bool)> = None;
        let mut tower = districts.iter().filter(|d| {
            let Some(b) = d.building else { return false };
            match last {
                Some((name, matched)) if name == b.kanji => matched,
                _ => {
                    let matched = building_key.starts_with(text::fold_key(b.kanji).as_ref());
                    last = Some((b.kanji, matched));
                    matched
                }
            }
        });
        let Some(first) = tower.next() else {
            // A building with a floor in a town whose skyscrapers have a
            // code per floor, but not one of them by name (丸ビル for
            // 丸の内ビルディング): the town's other code would be a guess.
            if parts.floor.is_some() && districts.iter().any(|d| d.building.is_some()) {
                return code(None);
            }
            return code(infer_plain(districts, parts, first_number));
        };
        let (mut on_floor, mut unknown_floor) = (None, None);
        for d in std::iter::once(first).chain(tower) {
            if d.qualifier == Qualifier::Floor(parts.floor) {
                on_floor = Some(d.code);
            }
            if d.qualifier == Qualifier::Floor(None) {
                unknown_floor = Some(d.code);
            }
        }
        return Inferred {
            code: on_floor.or(unknown_floor),
            skyscraper: first.building,
        };
    }
    code(infer_plain(districts, parts, first_number))
}

/// The code of a town's districts that are not skyscraper floors, if the
/// address decides one: Kyoto directions, chome or banchi range, or the
/// town's only code.
fn infer_plain(
    districts: &[gazetteer::District],
    parts: &Parts,
    first_number: Option<u32>,
) -> Option<PostalCode> {
    let plain = || districts.iter().filter(|d| d.building.is_none());
    // Kyoto: a town split by street directions lists them in the note
    // (河原町通御池下る、…); the directions the address gives pick the code.
    if let Some(directions) = &parts.sub_area {
        // 下る and 下ル are the same direction.
        let direction_key = |s: &str| text::fold_key(s).replace('ル', "る");
        let key = direction_key(directions);
        let by_note = plain().find(|d| match d.qualifier {
            Qualifier::Note(note) => note.split('、').any(|item| direction_key(item) == key),
            _ => false,
        });
        if let Some(d) = by_note {
            return Some(d.code);
        }
    }
    if let Some(n) = first_number {
        if let Some(d) = plain().find(|d| d.qualifier.covers(n)) {
            return Some(d.code);
        }
    }
    let mut codes: Vec<PostalCode> = plain()
        .filter(|d| match d.qualifier {
            Qualifier::Chome(_) | Qualifier::Banchi(_) => false,
            Qualifier::Rest => first_number.is_some(),
            _ => true,
        })
        .map(|d| d.code)
        .collect();
    codes.sort_unstable();
    codes.dedup();
    match codes[..] {
        [code] => Some(code),
        _ => None,
    }
}
