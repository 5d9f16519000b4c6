//! The compiled tables decode to what the generator meant: row counts as in
//! `data/SOURCE`, the invariants the readers rely on, and every precomputed
//! town key equal to `name_key` of the name, in sorted order.

use super::*;
use crate::gazetteer::{get, name_key};

fn source_count(key: &str) -> u32 {
    include_str!("../../data/SOURCE")
        .lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix(": "))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{key} missing from data/SOURCE"))
}

#[test]
fn row_counts_match_the_source() {
    assert_eq!(PREFECTURES.len(), source_count("prefectures"));
    assert_eq!(MUNICIPALITIES.len(), source_count("municipalities"));
    assert_eq!(DISTRICTS.len(), source_count("districts"));
    assert_eq!(CODES.len(), source_count("districts"));
    assert_eq!(OFFICES.len(), source_count("jigyosyo_rows"));
    // One town per (municipality, name): at least one per municipality, at
    // most one per district.
    assert!(TOWNS.len() >= MUNICIPALITIES.len() && TOWNS.len() <= DISTRICTS.len());
}

#[test]
fn the_pool_starts_with_its_header() {
    let header = format!("# jusho string pool, tables format {FORMAT_VERSION}:");
    assert!(string(0).starts_with(&header));
    assert!(POOL.ends_with('\n'));
}

#[test]
fn towns_and_districts_nest() {
    // Municipalities own consecutive towns, towns consecutive districts;
    // none is empty.
    for m in 0..MUNICIPALITIES.len() {
        assert!(first_town(m) < first_town(m + 1), "municipality {m}");
        let first_district = MUNICIPALITIES.field(m, 36, 4);
        assert_eq!(first_district, tables_first_district(first_town(m)));
    }
    assert_eq!(first_town(0), 0);
    assert_eq!(first_district(0), 0);
    for t in 0..TOWNS.len() {
        assert!(first_district(t) < first_district(t + 1), "town {t}");
        let town = town(t);
        let line = string(TOWNS.field(t, 0, 3));
        let name = town.name;
        assert_eq!([name.kanji, name.kana, name.junctions].join("\t"), line);
        let m = town.municipality.0;
        assert!(first_town(m) <= t && t < first_town(m + 1), "town {t}");
        assert_eq!(town_of_district(town.first_district), t);
        assert_eq!(town_of_district(town.end_district - 1), t);
    }
}

fn tables_first_district(town: u32) -> u32 {
    first_district(town)
}

#[test]
fn every_town_key_is_its_name_key_in_sorted_order() {
    for m in 0..MUNICIPALITIES.len() {
        let (first, end) = (first_town(m), first_town(m + 1));
        let mut order: Vec<u32> = (0..end - first)
            .map(|p| town_by_key(first, p) - first)
            .collect();
        let mut expected: Vec<(String, u32)> = (first..end)
            .map(|t| (name_key(town(t).name.kanji).into_owned(), t - first))
            .collect();
        expected.sort();
        for (position, (key, _)) in expected.iter().enumerate() {
            assert_eq!(
                key_by_position(first, position as u32),
                key,
                "municipality {m}"
            );
        }
        let expected: Vec<u32> = expected.into_iter().map(|(_, local)| local).collect();
        assert_eq!(order, expected, "municipality {m}");
        order.sort_unstable();
        assert!(order.iter().enumerate().all(|(i, &l)| i as u32 == l));
    }
}

#[test]
fn districts_decode_their_qualifiers() {
    let mut kinds = [0u32; 7];
    for d in 0..DISTRICTS.len() {
        let kind = DISTRICTS.field(d, 3, 1) as usize;
        assert!(kind < kinds.len(), "district {d}");
        kinds[kind] += 1;
        let district = district(d);
        match district.qualifier {
            Qualifier::Chome(v) | Qualifier::Banchi(v) | Qualifier::Note(v) => {
                assert!(!v.is_empty(), "district {d}")
            }
            Qualifier::Floor(floor) => {
                assert!(district.building.is_some(), "district {d}");
                assert!(floor.is_none_or(|n| (1..100).contains(&n)), "district {d}");
            }
            _ => assert!(district.building.is_none(), "district {d}"),
        }
    }
    // Every district with a value or a building has its note row, in order.
    let notes: u32 = kinds[3..].iter().sum();
    assert_eq!(DISTRICT_NOTES.len(), notes);
    let mut row = 0;
    for d in 0..DISTRICTS.len() {
        assert_eq!(note_row(d), row, "district {d}");
        row += u32::from(DISTRICTS.field(d, 3, 1) >= 3);
    }
    assert!(kinds[1] >= MUNICIPALITIES.len(), "city-wide codes");
}

#[test]
fn codes_and_offices_are_sorted() {
    for r in 1..CODES.len() {
        let (a, b) = (district_at_code_row(r - 1), district_at_code_row(r));
        assert!(a.code <= b.code);
        assert_eq!(CODES.field(r, 0, 3), b.code.value());
    }
    for (blocks, rows) in [(CODE_BLOCKS, CODES), (OFFICE_BLOCKS, OFFICES)] {
        assert_eq!(blocks.len(), rows.len().div_ceil(64));
        for b in 0..blocks.len() {
            assert_eq!(blocks.field(b, 0, 3), rows.field(b * 64, 0, 3));
        }
    }
    // Every code, and the codes around them, found through the blocks as
    // by a search over all rows.
    for r in (0..CODES.len()).step_by(7) {
        let code = CODES.field(r, 0, 3);
        for c in [code.saturating_sub(1), code, code + 1] {
            let key_of = |row: u32| CODES.field(row, 0, 3);
            let start = CODES.lower_bound(0, CODES.len(), c, key_of);
            let end = CODES.lower_bound(0, CODES.len(), c + 1, key_of);
            assert_eq!(CODES.rows_with_key(CODE_BLOCKS, c), start..end, "{c}");
        }
    }
    for r in 0..OFFICES.len() {
        let code = OFFICES.field(r, 0, 3);
        assert!(OFFICES.rows_with_key(OFFICE_BLOCKS, code).contains(&r));
    }
    for r in 1..OFFICES.len() {
        assert!(office(r - 1).code <= office(r).code);
    }
    let gz = get();
    for o in gz.offices() {
        assert!(o.municipality.index() < gz.municipalities().len());
        assert!(!o.name().is_empty());
    }
}

#[test]
fn other_readings_belong_to_their_towns() {
    let mut count = 0;
    for (d, reading) in other_readings() {
        let town = town(town_of_district(d));
        assert_eq!(reading.kanji, town.name.kanji);
        assert_ne!(reading.kana, town.name.kana);
        count += 1;
    }
    assert!(count < 100, "{count} districts read their town otherwise");
}

#[test]
fn reading_out_of_range_gives_nothing() {
    assert_eq!(string(u32::MAX), "");
    assert_eq!(TOWNS.field(u32::MAX, 0, 3), 0);
    assert_eq!(first_town(u32::MAX), TOWNS.len());
    assert_eq!(first_district(u32::MAX), DISTRICTS.len());
}

#[test]
fn municipality_places_read_alike_with_and_without_lengths() {
    for m in 0..MUNICIPALITIES.len() {
        for at in [8, 16, 24] {
            let offset = MUNICIPALITIES.field(m, at, 4);
            let expected = (offset != u32::MAX).then(|| place(offset));
            assert_eq!(municipality_place(m, at), expected, "municipality {m}");
        }
    }
}

#[test]
fn buildings_read_alike_with_and_without_lengths() {
    let mut buildings = 0;
    for r in 0..DISTRICT_NOTES.len() {
        let offset = DISTRICT_NOTES.field(r, 3, 3);
        if offset != NONE24 {
            let lengths = DISTRICT_NOTES.field(r, 6, 3);
            assert_eq!(place_with_lengths(offset, lengths), place(offset));
            buildings += 1;
        }
    }
    assert!(buildings > 0);
}

#[test]
fn pool_strings_have_an_offset_and_others_none() {
    let gz = get();
    for p in gz.prefectures() {
        assert!(pool_offset(p.name.kana).is_some(), "{}", p.name.kanji);
    }
    for town in gz.towns() {
        let offset = pool_offset(town.name.kana).expect("a town's kana is in the pool");
        assert!(offset < 1 << 24);
        assert_eq!(
            POOL.get(offset as usize..offset as usize + town.name.kana.len()),
            Some(town.name.kana)
        );
    }
    assert_eq!(pool_offset(&String::from("トウキョウ")), None);
}

#[test]
fn town_kanji_is_the_names_kanji() {
    for index in 0..TOWNS.len() {
        assert_eq!(town_kanji(index), town(index).name.kanji, "town {index}");
    }
    assert_eq!(town_kanji(TOWNS.len()), "");
}
