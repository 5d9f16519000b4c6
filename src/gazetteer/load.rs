//! Parsing the embedded TSV files into records. The files are generated and
//! checked by tests, so a malformed line is a build defect: it panics here
//! with the line, and the gazetteer tests catch it before release.

use super::types::*;
use super::{index::Index, Gazetteer};
use crate::postal::PostalCode;

const PREFECTURES: &str = include_str!("../../data/prefectures.tsv");
const MUNICIPALITIES: &str = include_str!("../../data/municipalities.tsv");
const TOWNS: &str = include_str!("../../data/towns.tsv");
const OFFICES: &str = include_str!("../../data/offices.tsv");

/// The data lines of a generated TSV file (comment lines skipped), split
/// into exactly `N` fields.
fn records<const N: usize>(file: &'static str) -> impl Iterator<Item = [&'static str; N]> {
    file.lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(|line| {
            let mut fields = [""; N];
            let mut parts = line.split('\t');
            for field in fields.iter_mut() {
                *field = parts
                    .next()
                    .unwrap_or_else(|| panic!("short gazetteer line: {line:?}"));
            }
            assert!(parts.next().is_none(), "long gazetteer line: {line:?}");
            fields
        })
}

fn place(kanji: &'static str, kana: &'static str, junctions: &'static str) -> Place {
    Place {
        kanji,
        kana,
        junctions,
    }
}

fn optional_place(
    kanji: &'static str,
    kana: &'static str,
    junctions: &'static str,
) -> Option<Place> {
    (!kanji.is_empty()).then(|| place(kanji, kana, junctions))
}

fn number<T: std::str::FromStr>(field: &str) -> T {
    field
        .parse()
        .unwrap_or_else(|_| panic!("bad number in gazetteer: {field:?}"))
}

fn postal_code(field: &str) -> PostalCode {
    PostalCode::new(number(field)).unwrap_or_else(|| panic!("bad postal code {field:?}"))
}

fn qualifier(kind: &'static str, value: &'static str) -> Qualifier {
    match kind {
        "" => Qualifier::Whole,
        "city" => Qualifier::CityWide,
        "rest" => Qualifier::Rest,
        "chome" => Qualifier::Chome(value),
        "banchi" => Qualifier::Banchi(value),
        "floor" => Qualifier::Floor(match number::<u16>(value) {
            0 => None,
            n => Some(n),
        }),
        "note" => Qualifier::Note(value),
        other => panic!("unknown qualifier {other:?}"),
    }
}

/// Parses everything and builds the indexes.
pub(super) fn load() -> Gazetteer {
    let prefectures: Vec<Prefecture> = records::<5>(PREFECTURES)
        .enumerate()
        .map(|(i, [jis, kanji, kana, english, junctions])| Prefecture {
            id: PrefectureId(i as u8),
            jis,
            name: place(kanji, kana, junctions),
            english,
        })
        .collect();

    let municipalities: Vec<Municipality> = records::<11>(MUNICIPALITIES)
        .enumerate()
        .map(|(i, f)| Municipality {
            id: MunicipalityId(i as u32),
            jis: f[0],
            prefecture: PrefectureId(number(f[1])),
            county: optional_place(f[2], f[3], f[4]),
            city: place(f[5], f[6], f[7]),
            ward: optional_place(f[8], f[9], f[10]),
        })
        .collect();

    // Lines are sorted by (municipality, town name): consecutive lines with
    // the same pair are the districts of one town.
    let mut towns: Vec<Town> = Vec::with_capacity(110_000);
    let mut districts: Vec<District> = Vec::with_capacity(125_000);
    for [muni, code, name, kana, junctions, kind, value, building, building_kana, building_junctions] in
        records::<10>(TOWNS)
    {
        let municipality = MunicipalityId(number(muni));
        let same_town = towns
            .last()
            .is_some_and(|t| t.municipality == municipality && t.name.kanji == name);
        if !same_town {
            let id = TownId(towns.len() as u32);
            let at = districts.len() as u32;
            towns.push(Town {
                id,
                municipality,
                name: place(name, kana, junctions),
                districts: at..at,
            });
        }
        let town = towns.last_mut().expect("a town was just pushed");
        town.districts.end += 1;
        districts.push(District {
            code: postal_code(code),
            town: town.id,
            qualifier: qualifier(kind, value),
            building: optional_place(building, building_kana, building_junctions),
        });
    }

    let offices: Vec<Office> = records::<6>(OFFICES)
        .map(|[code, muni, town, street, name, kind]| Office {
            code: postal_code(code),
            municipality: MunicipalityId(number(muni)),
            town,
            street,
            name,
            kind: match kind {
                "box" => OfficeKind::PoBox,
                _ => OfficeKind::Office,
            },
        })
        .collect();

    let index = Index::build(&prefectures, &municipalities, &towns, &districts);
    Gazetteer {
        prefectures,
        municipalities,
        towns,
        districts,
        offices,
        index,
    }
}
