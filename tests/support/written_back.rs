//! A real address's parts written back as Japanese, with and without the
//! prefecture and municipality when a postal code is given, must romanize
//! as the address did (issue 16: a code, then the town without its
//! municipality, printed the town twice).
//!
//! Shared by `tests/properties.rs` (through `#[path]`) and the fuzz target
//! `fuzz/fuzz_targets/written_back.rs`: both turn bytes into a real
//! gazetteer address with [`real_address`] and check it with
//! [`disagreement`].

#![allow(dead_code)]

use jusho::gazetteer::Gazetteer;
use jusho::{Parts, Profile};

/// Building names that name no place (a place name in a building would be a
/// different address when the municipality is left out).
const BUILDINGS: [&str; 6] = [
    "サンプルマンション",
    "メゾン・ド・ソレイユ",
    "コーポ",
    "Sample Tower",
    "ハイツＡ",
    "グリーンハイツ",
];

/// Reads the next `n` bytes as a number (0 past the end).
fn take(bytes: &mut &[u8], n: usize) -> u32 {
    let (head, rest) = bytes.split_at(n.min(bytes.len()));
    *bytes = rest;
    head.iter().fold(0, |acc, &b| acc << 8 | u32::from(b))
}

/// A real address chosen by `bytes`: a town of the gazetteer, sometimes
/// with one of its postal codes (first or last) and its prefecture, always
/// its municipality, then a block of one to three numbers (digits, or 丁目
/// 番 号), sometimes a building, a floor and a room.
pub fn real_address(gz: &Gazetteer, bytes: &[u8]) -> Option<String> {
    let mut bytes = bytes;
    let towns = gz.towns();
    let town = towns
        .get(take(&mut bytes, 3) as usize % towns.len())
        .unwrap();
    if town.is_city_wide() {
        return None;
    }
    let districts = gz.districts_of(town.id);
    let form = take(&mut bytes, 1);
    let code = match districts.len() {
        0 => None,
        n => Some(
            districts
                .get(take(&mut bytes, 1) as usize % n)
                .unwrap()
                .code,
        )
        .filter(|_| form & 1 == 0),
    };
    let m = gz.municipality(town.municipality);
    let mut s = String::new();
    if let (Some(code), true) = (code, form & 2 == 0) {
        s.push_str(&format!("〒{code} "));
    }
    if form & 4 == 0 {
        s.push_str(gz.prefecture(m.prefecture).name.kanji);
    }
    s.push_str(&m.full_name());
    s.push_str(town.name.kanji);
    if town.name.kanji.ends_with(char::is_numeric) {
        s.push(' ');
    }
    let count = 1 + take(&mut bytes, 1) % 3;
    let numbers: Vec<u32> = (0..count).map(|_| 1 + take(&mut bytes, 1) % 40).collect();
    if form & 8 == 0 {
        let joined: Vec<String> = numbers.iter().map(u32::to_string).collect();
        s.push_str(&joined.join("-"));
    } else {
        for (n, mark) in numbers.iter().zip(["丁目", "番", "号"]) {
            s.push_str(&format!("{n}{mark}"));
        }
    }
    let extra = take(&mut bytes, 1);
    if extra & 1 == 1 {
        s.push(' ');
        s.push_str(BUILDINGS[(extra >> 1) as usize % BUILDINGS.len()]);
        if extra & 16 == 16 {
            s.push_str(&format!(" {}F", 1 + (extra >> 5)));
        }
        if extra & 128 == 128 {
            s.push_str(&format!(" {}号室", 101 + take(&mut bytes, 1)));
        }
    }
    if let (Some(code), true) = (code, form & 2 == 2) {
        s.push_str(&format!(" 〒{code}"));
    }
    Some(s)
}

/// The parts written back as Japanese: `〒code`, the prefecture and
/// municipality when `places` (or when there is no code), the town, a
/// sub-area, the block (`N丁目` when the chome was marked), the building,
/// floor and room.
pub fn written_back(parts: &Parts, places: bool) -> String {
    let mut s = String::new();
    if let Some(code) = parts.postal_code {
        s.push_str(&format!("〒{code} "));
    }
    if places || parts.postal_code.is_none() {
        s.push_str(parts.prefecture.name.kanji);
        s.push_str(&parts.municipality.full_name());
    }
    if let Some(town) = parts.town {
        s.push_str(town.name.kanji);
    }
    if let Some(sub_area) = &parts.sub_area {
        s.push_str(sub_area);
    }
    if let Some(block) = &parts.block {
        // A name that ends with a number (晩生内第1): a space keeps the
        // block's digits from running into it.
        if s.ends_with(char::is_numeric) {
            s.push(' ');
        }
        let numbers: Vec<String> = block.numbers().iter().map(u32::to_string).collect();
        if block.is_chome_written() {
            s.push_str(&numbers[0]);
            s.push_str("丁目");
            s.push_str(&numbers[1..].join("-"));
        } else {
            s.push_str(&numbers.join("-"));
        }
    }
    if let Some(building) = &parts.building {
        s.push(' ');
        s.push_str(building);
    }
    match (parts.floor, parts.basement) {
        (Some(floor), true) => s.push_str(&format!(" B{floor}F")),
        (Some(floor), false) => s.push_str(&format!(" {floor}F")),
        (None, true) => s.push_str(" 地階"),
        (None, false) => {}
    }
    if let Some(room) = &parts.room {
        s.push_str(&format!(" {room}号室"));
    }
    s
}

/// Whether the postal code covers a town of the same name in another
/// municipality too (a town across a ward boundary): without the
/// municipality, the text cannot say which.
fn shared_by_municipalities(gz: &Gazetteer, parts: &Parts) -> bool {
    let (Some(code), Some(town)) = (parts.postal_code, parts.town) else {
        return false;
    };
    gz.districts_with_code(code).iter().any(|d| {
        let other = gz.town(d.town);
        other.municipality != town.municipality && other.name.kanji == town.name.kanji
    })
}

/// Which of State, City, Zip and Address differ.
fn differences(a: &Profile, b: &Profile) -> Vec<&'static str> {
    [
        ("State", &a.state, &b.state),
        ("City", &a.city, &b.city),
        ("Zip", &a.zip, &b.zip),
        ("Address", &a.address, &b.address),
    ]
    .into_iter()
    .filter(|(_, x, y)| x != y)
    .map(|(name, _, _)| name)
    .collect()
}

/// Parses and romanizes `input`, writes its parts back as Japanese (with the
/// prefecture and municipality, and when a postal code is given without
/// them) and romanizes those: the first written-back form that gives
/// another State, City, Zip or Address, described. `None` when all agree,
/// or when `input` does not parse.
pub fn disagreement(gz: &Gazetteer, input: &str) -> Option<String> {
    let parts = jusho::parse(input).ok()?;
    let first = jusho::romanize(input).ok()?;
    let mut forms = vec![written_back(&parts, true)];
    if parts.postal_code.is_some() && parts.town.is_some() && !shared_by_municipalities(gz, &parts)
    {
        forms.push(written_back(&parts, false));
    }
    forms
        .into_iter()
        .find_map(|form| match jusho::romanize(&form) {
            Err(e) => Some(format!("{input:?} written back as {form:?}: {e}")),
            Ok(again) => {
                let differ = differences(&first, &again);
                (!differ.is_empty()).then(|| {
                    format!(
                        "{input:?} written back as {form:?}: {} differ: {first:?} / {again:?}",
                        differ.join(", ")
                    )
                })
            }
        })
}
