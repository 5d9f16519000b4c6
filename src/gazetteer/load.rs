//! Parsing the embedded TSV files into records. The files are generated and
//! checked by tests, so a malformed line is a build defect: it panics here
//! with the line, and the gazetteer tests catch it before release.
//!
//! Only prefectures and municipalities are parsed up front; a
//! municipality's towns are parsed the first time they are needed, from its
//! lines of `towns.tsv`, which the file's sort order makes contiguous.

use super::sorted::{data_lines, lines_with_key, LineIndex};
use super::types::*;
use crate::postal::PostalCode;
use std::sync::OnceLock;

pub(super) const PREFECTURES: &str = include_str!("../../data/prefectures.tsv");
pub(super) const MUNICIPALITIES: &str = include_str!("../../data/municipalities.tsv");
pub(super) const TOWNS: &str = include_str!("../../data/towns.tsv");
pub(super) const CODES: &str = include_str!("../../data/codes.tsv");
pub(super) const OFFICES: &str = include_str!("../../data/offices.tsv");

/// The lines of `text` (no header), split into exactly `N` fields.
fn records<const N: usize>(text: &'static str) -> impl Iterator<Item = [&'static str; N]> {
    text.lines().filter(|line| !line.is_empty()).map(|line| {
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

pub(super) fn number<T: std::str::FromStr>(field: &str) -> T {
    field
        .parse()
        .unwrap_or_else(|_| panic!("bad number in gazetteer: {field:?}"))
}

fn postal_code(field: &str) -> PostalCode {
    PostalCode::new(number(field)).unwrap_or_else(|| panic!("bad postal code {field:?}"))
}

/// The key of a municipality in `towns.tsv` and `codes.tsv`: zero-padded.
pub(super) fn municipality_key(id: MunicipalityId) -> String {
    format!("{:04}", id.0)
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

pub(super) fn prefectures() -> Vec<Prefecture> {
    records::<5>(data_lines(PREFECTURES))
        .enumerate()
        .map(|(i, [jis, kanji, kana, english, junctions])| Prefecture {
            id: PrefectureId(i as u8),
            jis,
            name: place(kanji, kana, junctions),
            english,
        })
        .collect()
}

/// Every municipality, and the id of its first town.
pub(super) fn municipalities() -> (Vec<Municipality>, Vec<u32>) {
    records::<12>(data_lines(MUNICIPALITIES))
        .enumerate()
        .map(|(i, f)| {
            let m = Municipality {
                id: MunicipalityId(i as u32),
                jis: f[0],
                prefecture: PrefectureId(number(f[1])),
                county: optional_place(f[2], f[3], f[4]),
                city: place(f[5], f[6], f[7]),
                ward: optional_place(f[8], f[9], f[10]),
            };
            (m, number::<u32>(f[11]))
        })
        .unzip()
}

/// The towns and districts of one municipality. Town ids start at
/// `first_town`; each town's `districts` range indexes the returned districts.
pub(super) fn towns_of(id: MunicipalityId, first_town: u32) -> (Vec<Town>, Vec<District>) {
    let lines = lines_with_key(data_lines(TOWNS), &municipality_key(id));
    // Sized exactly: these live for the rest of the process.
    let rows = lines.lines().count();
    let mut towns: Vec<Town> = Vec::with_capacity(rows);
    let mut districts: Vec<District> = Vec::with_capacity(rows);
    for [_, code, name, kana, junctions, kind, value, building, building_kana, building_junctions] in
        records::<10>(lines)
    {
        if towns.last().is_none_or(|t| t.name.kanji != name) {
            let at = districts.len() as u32;
            towns.push(Town {
                id: TownId(first_town + towns.len() as u32),
                municipality: id,
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
    towns.shrink_to_fit();
    (towns, districts)
}

/// The first field of `codes.tsv` and `offices.tsv`: seven digits.
fn code_key(code: PostalCode) -> [u8; 7] {
    let mut key = [b'0'; 7];
    let mut value = code.value();
    for digit in key.iter_mut().rev() {
        *digit = b'0' + (value % 10) as u8;
        value /= 10;
    }
    key
}

/// The lines of `file` (no header), split into exactly `N` fields, whose
/// first field is this postal code.
fn lines_with_code<const N: usize>(
    index: &'static OnceLock<LineIndex>,
    file: &'static str,
    code: PostalCode,
) -> Vec<[&'static str; N]> {
    let index = index.get_or_init(|| LineIndex::new(data_lines(file)));
    let key = code_key(code);
    let key = std::str::from_utf8(&key).unwrap_or_default();
    index.lines_with_key(key).flat_map(records::<N>).collect()
}

/// The municipalities that have districts with this postal code.
pub(super) fn municipalities_with_code(code: PostalCode) -> Vec<MunicipalityId> {
    static INDEX: OnceLock<LineIndex> = OnceLock::new();
    lines_with_code::<2>(&INDEX, CODES, code)
        .into_iter()
        .map(|[_, muni]| MunicipalityId(number(muni)))
        .collect()
}

fn office(fields: [&'static str; 6]) -> Office {
    let [code, muni, town, street, name, kind] = fields;
    Office {
        code: postal_code(code),
        municipality: MunicipalityId(number(muni)),
        town,
        street,
        name,
        kind: match kind {
            "box" => OfficeKind::PoBox,
            _ => OfficeKind::Office,
        },
    }
}

/// Every office, in postal-code order.
pub(super) fn offices() -> Vec<Office> {
    records::<6>(data_lines(OFFICES)).map(office).collect()
}

/// The offices with this postal code.
pub(super) fn offices_with_code(code: PostalCode) -> Vec<Office> {
    static INDEX: OnceLock<LineIndex> = OnceLock::new();
    lines_with_code::<6>(&INDEX, OFFICES, code)
        .into_iter()
        .map(office)
        .collect()
}
