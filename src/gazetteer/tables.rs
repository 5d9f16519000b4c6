//! The compiled gazetteer tables, read in place: `tables.bin` (fixed-size
//! little-endian rows) and `strings.txt` (the string pool), both written
//! by `python3 data/generate.py` through `data/tables.py`, which documents the
//! format. They are committed compressed (`data/*.zlib`); `build.rs` inflates
//! them into `OUT_DIR`, and they are embedded from there. Nothing is parsed
//! or copied at run time: a record is decoded from its row when asked for,
//! and its text borrows from the pool.
//!
//! The magic and the format version are checked at compile time, so a table
//! of another format does not build. Reading never panics: an offset out of
//! range reads as an empty string or a zero.

use super::types::*;
use crate::postal::PostalCode;

/// The version of the format this crate reads (`FORMAT_VERSION` in
/// `data/tables.py`).
pub(super) const FORMAT_VERSION: u32 = 9;

/// The tables, for the compile-time checks and section directory below.
const BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/tables.bin"));
/// The same bytes, for reading at run time: through a `static`, so that
/// the binary holds them once. (Every codegen unit that reads a `const`
/// slice emits its own copy of it: a reader inlined into another module
/// would embed the 3 MB again.)
static TABLES: &[u8] = BIN;
/// The string pool: a header line, then one string per line.
static POOL: &str = include_str!(concat!(env!("OUT_DIR"), "/strings.txt"));

const fn u32_at(bytes: &[u8], at: usize) -> u32 {
    if at + 4 > bytes.len() {
        return 0;
    }
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

const fn has_magic(bytes: &[u8]) -> bool {
    let magic = b"JUSHO-TB";
    if bytes.len() < 16 {
        return false;
    }
    let mut i = 0;
    while i < magic.len() {
        if bytes[i] != magic[i] {
            return false;
        }
        i += 1;
    }
    true
}

const _: () = assert!(
    has_magic(BIN),
    "tables.bin (data/tables.bin.zlib) is not a jusho table"
);
const _: () = assert!(
    u32_at(BIN, 8) == FORMAT_VERSION,
    "tables.bin (data/tables.bin.zlib) has another format version: regenerate it or update the reader"
);

/// One section of `tables.bin`: where its rows start, how many, how long.
#[derive(Clone, Copy, Debug)]
pub(super) struct Section {
    at: usize,
    count: u32,
    size: usize,
}

const fn section(index: usize) -> Section {
    let entry = 16 + 12 * index;
    assert!(index < u32_at(BIN, 12) as usize, "missing table section");
    let section = Section {
        at: u32_at(BIN, entry) as usize,
        count: u32_at(BIN, entry + 4),
        size: u32_at(BIN, entry + 8) as usize,
    };
    assert!(section.at + section.count as usize * section.size <= BIN.len());
    section
}

pub(super) const PREFECTURES: Section = section(0);
pub(super) const MUNICIPALITIES: Section = section(1);
pub(super) const TOWNS: Section = section(2);
pub(super) const DISTRICTS: Section = section(3);
const DISTRICT_NOTES: Section = section(4);
const CODES: Section = section(5);
pub(super) const OFFICES: Section = section(6);
#[cfg(test)]
const READINGS: Section = section(7);
pub(super) const PREFECTURE_NAMES: Section = section(8);
pub(super) const MUNICIPALITY_NAMES: Section = section(9);
const NOTE_RANKS: Section = section(10);
const TOWN_BLOCKS: Section = section(11);
const CODE_BLOCKS: Section = section(12);
const OFFICE_BLOCKS: Section = section(13);
const TOWN_KEYS: Section = section(14);

/// Set in a town row's position field (section 2) when the town's lookup
/// key is not its kanji: the field is then a row of [`TOWN_KEYS`], which
/// holds the key and the town's local index.
const KEY_DIFFERS: u32 = 0x8000;

const NONE24: u32 = 0xFF_FFFF;

/// Postal code 000-0000, for a row out of range (never in the tables).
const NO_CODE: PostalCode = match PostalCode::new(0) {
    Some(code) => code,
    None => panic!("000-0000 is a postal code"),
};

fn postal_code(value: u32) -> PostalCode {
    PostalCode::new(value).unwrap_or(NO_CODE)
}

impl Section {
    /// The number of rows.
    pub(super) const fn len(self) -> u32 {
        self.count
    }

    /// Row `row`'s field of `width` bytes (1 to 4) at byte `offset`; zero
    /// when out of range.
    #[inline]
    fn field(self, row: u32, offset: usize, width: usize) -> u32 {
        let at = self.at + row as usize * self.size + offset;
        // Each width read with fixed-size copies (no call to memcpy).
        let read = |at: usize| TABLES.get(at).copied().map_or(0, u32::from);
        match width {
            1 => read(at),
            2 => match TABLES.get(at..at + 2) {
                Some(&[a, b]) => u32::from_le_bytes([a, b, 0, 0]),
                _ => 0,
            },
            3 => match TABLES.get(at..at + 3) {
                Some(&[a, b, c]) => u32::from_le_bytes([a, b, c, 0]),
                _ => 0,
            },
            _ => match TABLES.get(at..at + 4) {
                Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
                _ => 0,
            },
        }
    }

    /// Row `row`'s bytes (empty when out of range), for reading several
    /// fields with one bounds check.
    #[inline]
    fn row(self, row: u32) -> &'static [u8] {
        let at = self.at + row as usize * self.size;
        TABLES.get(at..at + self.size).unwrap_or_default()
    }

    /// The first row in `lo..hi` whose key is not less than `key`, the rows
    /// being sorted by `key_of`.
    fn lower_bound(self, mut lo: u32, mut hi: u32, key: u32, key_of: impl Fn(u32) -> u32) -> u32 {
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if key_of(mid) < key {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The rows whose 3-byte first field is `key`, the rows sorted by it;
    /// `blocks` holds the first field of every 64th row, so that the search
    /// reads that small section and then one block of 64 rows (a few pages
    /// of memory, not one per step of a search over the whole section).
    fn rows_with_key(self, blocks: Section, key: u32) -> std::ops::Range<u32> {
        let key_of = |row: u32| self.field(row, 0, 3);
        let block_of = |block: u32| blocks.field(block, 0, 3);
        // Rows with `key` start in the last block whose first row is below
        // it, and end before the first block whose first row is above it.
        let first = blocks.lower_bound(0, blocks.len(), key, block_of);
        let last = blocks.lower_bound(first, blocks.len(), key.saturating_add(1), block_of);
        let lo = first.saturating_sub(1).saturating_mul(64);
        let hi = last.saturating_mul(64).min(self.count);
        let start = self.lower_bound(lo, hi, key, key_of);
        let end = self.lower_bound(start, hi, key.saturating_add(1), key_of);
        start..end
    }
}

/// The string at `offset` of the pool: up to the next newline.
pub(super) fn string(offset: u32) -> &'static str {
    let rest = POOL.get(offset as usize..).unwrap_or_default();
    let end = rest.bytes().position(|b| b == b'\n').unwrap_or(rest.len());
    rest.get(..end).unwrap_or_default()
}

/// Where `text` starts in the string pool, when it is a part of it (every
/// string the tables give is): a number that tells the pool's strings
/// apart, smaller than their address.
pub(super) fn pool_offset(text: &str) -> Option<u32> {
    let start = (text.as_ptr() as usize).checked_sub(POOL.as_ptr() as usize)?;
    let inside = start.checked_add(text.len())? <= POOL.len();
    inside.then(|| u32::try_from(start).ok()).flatten()
}

/// The `len` bytes of the pool at `offset`.
fn pool_str(offset: usize, len: usize) -> &'static str {
    POOL.get(offset..offset.saturating_add(len))
        .unwrap_or_default()
}

/// The place whose pool line is at `offset`: kanji, kana and junctions,
/// separated by tabs.
pub(super) fn place(offset: u32) -> Place {
    // One pass over the line's bytes, for the two tabs and the newline.
    let start = offset as usize;
    let bytes = POOL.as_bytes().get(start..).unwrap_or_default();
    let (mut tabs, mut end) = ([bytes.len(); 2], bytes.len());
    let mut found = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\t' && found < 2 {
            tabs[found] = i;
            found += 1;
        } else if b == b'\n' {
            end = i;
            break;
        }
    }
    let field = |from: usize, to: usize| pool_str(start + from, to.saturating_sub(from));
    Place {
        kanji: field(0, tabs[0].min(end)),
        kana: field(tabs[0] + 1, tabs[1].min(end)),
        junctions: field(tabs[1] + 1, end),
    }
}

/// The place at `offset` whose field lengths are packed in `lengths` (one
/// byte each: kanji, kana, junctions): no scanning for the tabs.
fn place_with_lengths(offset: u32, lengths: u32) -> Place {
    let [kanji, kana, junctions, _] = lengths.to_le_bytes().map(usize::from);
    let kanji_at = offset as usize;
    let kana_at = kanji_at + kanji + 1;
    let junctions_at = kana_at + kana + 1;
    Place {
        kanji: pool_str(kanji_at, kanji),
        kana: pool_str(kana_at, kana),
        junctions: pool_str(junctions_at, junctions),
    }
}

/// The municipality's place whose (offset, lengths) fields start at `at`.
fn municipality_place(index: u32, at: usize) -> Option<Place> {
    let offset = MUNICIPALITIES.field(index, at, 4);
    (offset != u32::MAX).then(|| place_with_lengths(offset, MUNICIPALITIES.field(index, at + 4, 4)))
}

pub(super) fn prefecture(index: u32) -> Prefecture {
    let s = PREFECTURES;
    Prefecture {
        id: PrefectureId(index as u8),
        jis: string(s.field(index, 8, 4)),
        name: place(s.field(index, 0, 4)),
        english: string(s.field(index, 4, 4)),
    }
}

pub(super) fn municipality(index: u32) -> Municipality {
    let s = MUNICIPALITIES;
    Municipality {
        id: MunicipalityId(index),
        jis: string(s.field(index, 0, 4)),
        prefecture: PrefectureId(s.field(index, 4, 4) as u8),
        county: municipality_place(index, 8),
        city: municipality_place(index, 16).unwrap_or(Place {
            kanji: "",
            kana: "",
            junctions: "",
        }),
        ward: municipality_place(index, 24),
    }
}

/// The id of the first town of municipality `index` (the town count past
/// the last).
pub(super) fn first_town(index: u32) -> u32 {
    if index >= MUNICIPALITIES.len() {
        return TOWNS.len();
    }
    MUNICIPALITIES.field(index, 32, 4)
}

/// The municipality a town id belongs to: from the municipality of the
/// first town of its block of 64, forward.
pub(super) fn municipality_of_town(town: u32) -> u32 {
    let mut municipality = TOWN_BLOCKS.field(town / 64, 0, 2);
    while municipality + 1 < MUNICIPALITIES.len() && first_town(municipality + 1) <= town {
        municipality += 1;
    }
    municipality
}

/// The index of the first district of town `index` (the district count past
/// the last).
fn first_district(town: u32) -> u32 {
    if town >= TOWNS.len() {
        return DISTRICTS.len();
    }
    TOWNS.field(town, 5, 3)
}

/// The town a district belongs to.
fn town_of_district(district: u32) -> u32 {
    let after = TOWNS.lower_bound(0, TOWNS.len(), district.saturating_add(1), first_district);
    after.saturating_sub(1)
}

pub(super) fn town(index: u32) -> Town {
    town_in(index, municipality_of_town(index))
}

/// Town `index`, which is in municipality `municipality`.
pub(super) fn town_in(index: u32, municipality: u32) -> Town {
    Town {
        id: TownId(index),
        municipality: MunicipalityId(municipality),
        name: town_name(index),
        first_district: first_district(index),
        end_district: first_district(index.saturating_add(1)),
    }
}

/// The town at position `position` of its municipality's towns sorted by
/// folded key, the municipality's towns starting at `first_town`.
pub(super) fn town_by_key(first_town: u32, position: u32) -> u32 {
    let local = TOWNS.field(first_town + position, 8, 2);
    if local & KEY_DIFFERS == 0 {
        return first_town + local;
    }
    first_town + TOWN_KEYS.field(local & !KEY_DIFFERS, 4, 2)
}

/// The kanji of town `index`'s name alone (the start of its place line):
/// what [`town_name`] gives as `kanji`, without finding the kana, the
/// junctions or the town's municipality.
pub(super) fn town_kanji(index: u32) -> &'static str {
    match TOWNS.row(index) {
        &[a0, a1, a2, kanji, ..] => pool_str(
            u32::from_le_bytes([a0, a1, a2, 0]) as usize,
            usize::from(kanji),
        ),
        _ => "",
    }
}

/// The name of town `index`: its place line, with the kanji and kana
/// lengths from the row (only the short junctions are scanned for).
fn town_name(index: u32) -> Place {
    let (at, kanji, kana) = match TOWNS.row(index) {
        &[a0, a1, a2, kanji, kana, ..] => (
            u32::from_le_bytes([a0, a1, a2, 0]) as usize,
            usize::from(kanji),
            usize::from(kana),
        ),
        _ => (usize::MAX, 0, 0),
    };
    let junctions = at.saturating_add(kanji + kana + 2);
    Place {
        kanji: pool_str(at, kanji),
        kana: pool_str(at.saturating_add(kanji + 1), kana),
        junctions: string(u32::try_from(junctions).unwrap_or(u32::MAX)),
    }
}

/// The districts of town `index`, as a range of district indexes.
pub(super) fn districts_of_town(index: u32) -> (u32, u32) {
    (
        first_district(index),
        first_district(index.saturating_add(1)),
    )
}

/// The folded lookup key (`name_key`, precomputed) of the town at
/// `position` in key order, as [`town_by_key`].
#[inline]
pub(super) fn key_by_position(first_town: u32, position: u32) -> &'static str {
    let (at, len) = key_span(first_town, position);
    pool_str(at, len)
}

/// [`key_by_position`]'s bytes, read without `str`'s char-boundary checks:
/// the key scans (`TownKeys::prefixes`) read several keys a call and only
/// compare bytes.
#[inline(always)]
pub(super) fn key_bytes_by_position(first_town: u32, position: u32) -> &'static [u8] {
    let (at, len) = key_span(first_town, position);
    POOL.as_bytes()
        .get(at..at.saturating_add(len))
        .unwrap_or_default()
}

/// Where [`key_by_position`]'s key lies in the pool: (offset, byte length);
/// (0, 0) for a position past the table.
#[inline(always)]
fn key_span(first_town: u32, position: u32) -> (usize, usize) {
    let row = first_town + position;
    let local = match TOWNS.row(row) {
        &[.., l0, l1] => u32::from(u16::from_le_bytes([l0, l1])),
        _ => return (0, 0),
    };
    if local & KEY_DIFFERS == 0 {
        // The key is the kanji of that town's name: the start of its place
        // line.
        if let &[a0, a1, a2, kanji, ..] = TOWNS.row(first_town + local) {
            return (
                u32::from_le_bytes([a0, a1, a2, 0]) as usize,
                usize::from(kanji),
            );
        }
        return (0, 0);
    }
    let key = local & !KEY_DIFFERS;
    (
        TOWN_KEYS.field(key, 0, 3) as usize,
        TOWN_KEYS.field(key, 3, 1) as usize,
    )
}

pub(super) fn district(index: u32) -> District {
    district_of(index, town_of_district(index))
}

/// District `index`, which belongs to town `town`.
pub(super) fn district_of(index: u32, town: u32) -> District {
    // The row is one u32: the code in its low three bytes, the kind above.
    let row = DISTRICTS.field(index, 0, 4);
    let code = postal_code(row & 0xFF_FFFF);
    let kind = row >> 24;
    // Only qualifiers with a value have a note row.
    let (value, building) = if kind >= 3 {
        // value u24, building u24, the building's field lengths.
        let (value, building, lengths) = match DISTRICT_NOTES.row(note_row(index)) {
            &[v0, v1, v2, b0, b1, b2, l0, l1, l2] => (
                u32::from_le_bytes([v0, v1, v2, 0]),
                u32::from_le_bytes([b0, b1, b2, 0]),
                u32::from_le_bytes([l0, l1, l2, 0]),
            ),
            _ => (u32::MAX, NONE24, 0),
        };
        (
            value,
            (building != NONE24).then(|| place_with_lengths(building, lengths)),
        )
    } else {
        (u32::MAX, None)
    };
    let qualifier = match kind {
        0 => Qualifier::Whole,
        1 => Qualifier::CityWide,
        2 => Qualifier::Rest,
        3 => Qualifier::Chome(string(value)),
        4 => Qualifier::Banchi(string(value)),
        // A floor's value is its number (0: basement or unknown).
        5 => Qualifier::Floor(u16::try_from(value).ok().filter(|&n| n > 0)),
        _ => Qualifier::Note(string(value)),
    };
    District {
        code,
        town: TownId(town),
        qualifier,
        building,
    }
}

/// The row of district `index`'s note: how many districts before it have
/// one (a rank over the bits of section 10).
fn note_row(index: u32) -> u32 {
    let (before, bits) = match NOTE_RANKS.row(index / 64) {
        &[c0, c1, c2, c3, b0, b1, b2, b3, b4, b5, b6, b7] => (
            u32::from_le_bytes([c0, c1, c2, c3]),
            u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7]),
        ),
        _ => (0, 0),
    };
    let below = bits & ((1u64 << (index % 64)) - 1);
    before + below.count_ones()
}

/// The folded key of row `row` of a name section (8, 9): its first field.
#[cfg(test)]
pub(super) fn key_at(section: Section, row: u32) -> &'static str {
    pool_str(
        section.field(row, 0, 3) as usize,
        section.field(row, 3, 1) as usize,
    )
}

/// The prefecture of row `row` of the prefecture names.
pub(super) fn prefecture_name_at(row: u32) -> u8 {
    PREFECTURE_NAMES.field(row, 4, 1) as u8
}

/// How row `row` of the municipality names matches, and its municipality.
#[cfg(test)]
pub(super) fn municipality_name_at(row: u32) -> (u32, u32) {
    (
        MUNICIPALITY_NAMES.field(row, 4, 1),
        MUNICIPALITY_NAMES.field(row, 5, 2),
    )
}

/// The districts with this postal code, as rows of the code index.
pub(super) fn code_rows(code: PostalCode) -> std::ops::Range<u32> {
    CODES.rows_with_key(CODE_BLOCKS, code.value())
}

/// The district at row `row` of the code index.
pub(super) fn district_at_code_row(row: u32) -> District {
    district(CODES.field(row, 3, 3))
}

pub(super) fn office(index: u32) -> Office {
    let s = OFFICES;
    Office {
        code: postal_code(s.field(index, 0, 3)),
        municipality: MunicipalityId(s.field(index, 4, 2)),
        town: string(s.field(index, 6, 3)),
        kind: match s.field(index, 3, 1) {
            1 => OfficeKind::PoBox,
            _ => OfficeKind::Office,
        },
        // Read when asked for (`Office::street`, `Office::name`).
        street_at: s.field(index, 9, 3),
        name_at: s.field(index, 12, 3),
    }
}

/// The offices with this postal code, as rows.
pub(super) fn office_rows(code: PostalCode) -> std::ops::Range<u32> {
    OFFICES.rows_with_key(OFFICE_BLOCKS, code.value())
}

/// The districts whose row reads their town otherwise than the town does
/// (Kyoto's repeated kana), as (district, kana): for the tests.
#[cfg(test)]
pub(super) fn other_readings() -> impl Iterator<Item = (u32, Place)> {
    (0..READINGS.len()).map(|r| (READINGS.field(r, 0, 3), place(READINGS.field(r, 3, 3))))
}

#[cfg(test)]
#[path = "tables_tests.rs"]
mod tests;
