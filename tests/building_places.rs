//! Place names inside building names are read from the gazetteer's kana:
//! every municipality's name (and every designated city's ward) and 2,000
//! towns drawn at random (fixed seed) are put into a building name
//! (`{place}ビル`) after an address in that municipality, and the building's
//! romaji must be the place's kana in Hepburn, long vowels merged only
//! inside the data's words. Word breaks (spaces, hyphens) and case are not
//! compared: a place may be written as its words (博多駅前 `Hakata Ekimae`),
//! but every kana must be the data's.

use jusho::gazetteer::{self, Place};
use jusho::romaji::Spelling;
use jusho::Romanizer;

/// Letters only, lowercase: what the reading decides.
fn letters(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn expected(place: &Place) -> String {
    letters(&place.romaji(&Spelling::DEFAULT))
}

/// A name a building could carry: kanji and hiragana (ケ ヶ ノ inside), no
/// digits or other kana, two chars or more.
fn embeddable(name: &str) -> bool {
    name.chars().count() >= 2
        && name
            .chars()
            .all(|c| is_kanji(c) || is_hiragana(c) || matches!(c, 'ケ' | 'ノ'))
        && name.chars().next().is_some_and(is_kanji)
}

/// Kanji as place names use them: the CJK ideograph blocks, 々 〆 〇 and ヶ.
fn is_kanji(c: char) -> bool {
    matches!(c,
        '\u{3005}'..='\u{3007}' | '\u{30F6}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{323AF}')
}

/// Hiragana letters and the repeat marks ゝ ゞ.
fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3096}' | '\u{309D}'..='\u{309F}')
}

/// Romanizes `{address}1-1 {place}ビル` and checks the building's letters
/// against `place`'s kana, or those of a town of the same spelling in the
/// same municipality (`others`): 平生町's town 平生町 is ヒラオマチ, the
/// town ヒラオチョウ, and a building there may be named after either.
fn check(
    r: &Romanizer,
    address: &str,
    place: &Place,
    others: &[Place],
    failures: &mut Vec<String>,
) {
    let input = format!("{address}1-1 {}ビル", place.kanji);
    let want = format!("{}bldg", expected(place));
    let got = match r.romanize_full(&input) {
        Ok(full) => full.parts.building.map(|b| b.romaji).unwrap_or_default(),
        Err(e) => format!("error: {e}"),
    };
    let ok = std::iter::once(place)
        .chain(others.iter().filter(|o| o.kanji == place.kanji))
        .any(|p| letters(&got) == format!("{}bldg", expected(p)));
    if !ok {
        failures.push(format!(
            "{input}: got {got:?}, want the letters {want:?} ({})",
            place.kana
        ));
    }
}

/// xorshift64*: a fixed sequence, so the drawn towns are the same each run.
fn next(state: &mut u64) -> u64 {
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    state.wrapping_mul(0x2545_F491_4F6C_DD1D)
}

#[test]
fn municipalities_and_towns_inside_buildings_read_from_the_data() {
    let gz = gazetteer::get();
    let r = Romanizer::default();
    let mut failures = Vec::new();
    let mut checked = 0;
    for muni in gz.municipalities() {
        let address = format!(
            "{}{}",
            gz.prefecture(muni.prefecture).name.kanji,
            muni.full_name()
        );
        let towns: Vec<Place> = gz.towns_of(muni.id).iter().map(|t| t.name).collect();
        for place in [Some(&muni.city), muni.ward.as_ref()].into_iter().flatten() {
            if embeddable(place.kanji) {
                check(&r, &address, place, &towns, &mut failures);
                checked += 1;
            }
        }
    }
    assert!(checked > 1_900, "{checked} municipality names");

    let towns: Vec<_> = gz
        .towns()
        .iter()
        .filter(|t| !t.is_city_wide() && embeddable(t.name.kanji))
        .collect();
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    for _ in 0..2_000 {
        let i = (next(&mut state) % towns.len() as u64) as usize;
        let Some(town) = towns.get(i) else { continue };
        let muni = gz.municipality(town.municipality);
        let address = format!(
            "{}{}{}",
            gz.prefecture(muni.prefecture).name.kanji,
            muni.full_name(),
            town.name.kanji
        );
        check(&r, &address, &town.name, &[], &mut failures);
        checked += 1;
    }
    eprintln!(
        "places in buildings: {}/{checked} read from the data",
        checked - failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} failed:\n{}",
        failures.len(),
        failures
            .iter()
            .take(60)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
