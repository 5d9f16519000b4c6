//! Real building names (`tests/data/buildings.tsv`): condominium brands,
//! office towers, hotels, 団地, コーポ/ハイツ + surname, numbered wings, with
//! the English a bilingual person writes, by hand from the kana and each
//! brand's own spelling.
//!
//! Each name is put after an address (its own, or 東京都千代田区永田町1-7-1)
//! and the building's romaji is compared. One harness reports every failure
//! and the pass rate.
//!
//! - `JUSHO_BUILDINGS=substring` runs only the names containing `substring`.
//! - `tests/data/buildings_expected_failures.txt` lists the names known to
//!   fail (`name  # reason`). A listed name that fails is tolerated; one that
//!   now passes fails the test (a ratchet: delete its line), and so does a
//!   listed name that is not in the corpus.

use std::collections::BTreeMap;

use jusho::{Romanizer, Warning};

const CORPUS: &str = include_str!("data/buildings.tsv");
const EXPECTED_FAILURES: &str = include_str!("data/buildings_expected_failures.txt");
const DEFAULT_ADDRESS: &str = "東京都千代田区永田町1-7-1";

struct Case {
    building: &'static str,
    want: &'static str,
    address: &'static str,
}

fn corpus() -> Vec<Case> {
    CORPUS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut f = l.split('\t');
            let building = f.next().unwrap_or("");
            let want = f
                .next()
                .unwrap_or_else(|| panic!("no expected romaji: {l}"));
            let address = f.next().unwrap_or(DEFAULT_ADDRESS);
            Case {
                building,
                want,
                address,
            }
        })
        .collect()
}

fn expected_failures() -> BTreeMap<&'static str, &'static str> {
    EXPECTED_FAILURES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| match l.split_once('#') {
            Some((name, reason)) => (name.trim(), reason.trim()),
            None => (l.trim(), ""),
        })
        .collect()
}

/// The building's romaji, and whether a dropped-text warning came with it.
fn building_romaji(r: &Romanizer, case: &Case) -> (String, bool) {
    let input = format!("{} {}", case.address, case.building);
    match r.romanize_full(&input) {
        Ok(full) => {
            let dropped = full
                .warnings
                .iter()
                .any(|w| matches!(w, Warning::DroppedText { .. }));
            let building = full.parts.building.map(|b| b.romaji).unwrap_or_default();
            // A number the parser took as the room is shown as it would be.
            let text = match full.parts.room {
                Some(room) => format!("{building} #{room}"),
                None => building,
            };
            (text, dropped)
        }
        Err(e) => (format!("error: {e}"), false),
    }
}

#[test]
#[cfg_attr(
    not(feature = "kakasi"),
    ignore = "the hand-written English assumes kakasi"
)]
fn buildings_read_as_a_bilingual_person_writes_them() {
    let filter = std::env::var("JUSHO_BUILDINGS").unwrap_or_default();
    let known = expected_failures();
    let cases = corpus();
    assert!(cases.len() >= 300, "{} names", cases.len());
    let r = Romanizer::default();
    let mut problems = Vec::new();
    let (mut run, mut passed) = (0, 0);
    for case in cases
        .iter()
        .filter(|c| c.building.contains(filter.as_str()))
    {
        run += 1;
        let (got, dropped) = building_romaji(&r, case);
        let mut ok = got == case.want;
        // Nothing is lost without a word.
        if case.building.contains('★') && !dropped {
            ok = false;
        }
        if ok {
            passed += 1;
        }
        match (ok, known.get(case.building)) {
            (true, Some(reason)) => problems.push(format!(
                "NOW PASSES {} (remove it from buildings_expected_failures.txt; was: {reason})",
                case.building
            )),
            (false, None) => problems.push(format!(
                "FAIL {}: got {got:?}, want {:?}",
                case.building, case.want
            )),
            (false, Some(_)) => eprintln!("known failure {}: got {got:?}", case.building),
            (true, None) => {}
        }
    }
    if filter.is_empty() {
        for name in known.keys() {
            if !cases.iter().any(|c| c.building == *name) {
                problems.push(format!("STALE expected failure {name}: not in the corpus"));
            }
        }
    }
    eprintln!(
        "buildings: {passed}/{run} as written by hand ({:.1}%)",
        100.0 * passed as f64 / run.max(1) as f64
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A number that is part of the name stays in it; room forms are rooms.
#[test]
fn room_and_name_boundaries() {
    let r = Romanizer::default();
    for (building, want_building, want_room) in [
        ("オアシス21", "Oasis 21", None),
        ("千代田21ビル", "Chiyoda 21 Bldg.", None),
        ("サンプルマンション B1203", "Sample Mansion", Some("B1203")),
        ("コーポ田中101", "Corp. Tanaka", Some("101")),
        ("サンプルハイツ 5", "Sample Heights", Some("5")),
        ("サンプルハイツ#5", "Sample Heights", Some("5")),
        ("サンプルハイツⅡ", "Sample Heights II", None),
        ("サンプルハイツ①", "Sample Heights 1", None),
    ] {
        let full = r
            .romanize_full(&format!("{DEFAULT_ADDRESS} {building}"))
            .unwrap_or_else(|e| panic!("{building}: {e}"));
        let got = full.parts.building.map(|b| b.romaji).unwrap_or_default();
        assert_eq!(got, want_building, "{building}");
        assert_eq!(full.parts.room.as_deref(), want_room, "{building}");
    }
}

/// Characters that cannot be written are reported, never silently dropped.
#[test]
fn dropped_text_is_reported() {
    let full = Romanizer::default()
        .romanize_full(&format!("{DEFAULT_ADDRESS} ハイツ★田中"))
        .unwrap();
    let dropped: Vec<_> = full
        .warnings
        .iter()
        .filter(|w| matches!(w, Warning::DroppedText { .. }))
        .collect();
    assert_eq!(dropped.len(), 1, "{:?}", full.warnings);
    assert!(dropped[0].to_string().contains('★'), "{}", dropped[0]);
}
