//! Parsed [`Parts`] → [`Romanized`]: every part read, the five fields
//! written, each into one string (taken from a [`Pool`], so a
//! [`super::RomanizedBuf`] reuses the strings of the answer before).

use std::borrow::Cow;

use super::buf::Pool;
use super::building::{gazetteer_reading, skyscraper_reading, sub_area, without_aza_prefix};
use super::cache::{push_cached, PlaceKind};
use super::names;
use super::output::{NamedPart, Profile, Romanized, RomanizedParts, TextPart};
use crate::gazetteer::Place;
use crate::parse::{Block, Parts};
use crate::postal::PostalCode;
use crate::romaji::{self, Case};
use crate::warning::Warning;
use crate::{CityOrder, Style};

/// Romanizes parsed parts, taking the strings of the answer from `pool`.
pub(super) fn assemble(style: &Style, parts: Parts, pool: &mut Pool) -> Romanized {
    let case = style.get_case();
    let mut warnings = Vec::new();

    let named = |pool: &mut Pool, place: &Place, kind| {
        let ja = Cow::Borrowed(place.kanji);
        let kana = Cow::Borrowed(place.kana);
        let mut romaji = pool.string();
        let write = |out: &mut String| match kind {
            PlaceKind::Prefecture => names::push_prefecture(style, place, out),
            PlaceKind::MunicipalityPart => names::push_municipality_part(style, place, out),
            PlaceKind::Town => names::push_town(style, place, out),
        };
        push_cached(*style, kind, place, write, &mut romaji);
        NamedPart { ja, kana, romaji }
    };
    let prefecture = named(pool, &parts.prefecture.name, PlaceKind::Prefecture);
    let mut part = |p: &Place| named(pool, p, PlaceKind::MunicipalityPart);
    let county = parts.county().map(&mut part);
    let city = part(parts.city());
    let ward = parts.ward().map(&mut part);
    let town = parts
        .town
        .filter(|t| !t.is_city_wide())
        .map(|t| named(pool, &t.name, PlaceKind::Town));

    let near = parts.municipality;
    let building_text = parts.building.as_deref().unwrap_or("");
    let read = |kanji: &str| {
        crate::parse::kyoto_street_reading(kanji, near)
            .map(str::to_owned)
            .or_else(|| {
                parts
                    .skyscraper
                    .and_then(|sky| skyscraper_reading(kanji, building_text, &sky))
            })
            .or_else(|| gazetteer_reading(kanji, near))
    };
    let mixed = |ja: &str, strip_aza: bool, warnings: &mut Vec<Warning>| {
        let romaji = if strip_aza {
            sub_area(style, without_aza_prefix(ja), &read)
        } else {
            romaji::romanize_mixed(ja, &style.get_spelling(), &read)
        };
        if romaji.unread_kanji {
            warnings.push(Warning::UnreadKanji(ja.to_owned()));
        }
        if romaji.dropped_other {
            warnings.push(Warning::DroppedText {
                text: ja.to_owned(),
                dropped: romaji.dropped,
            });
        }
        romaji.text
    };
    let sub_area_romaji = parts
        .sub_area
        .as_deref()
        .map(|ja| mixed(ja, true, &mut warnings));
    let building_romaji = parts
        .building
        .as_deref()
        .map(|ja| mixed(ja, false, &mut warnings));
    let po_box = parts.po_box.as_ref().map(|b| b.to_english(style, &read));

    let block = parts.block.as_ref().map(|b| {
        let mut out = pool.string();
        push_block(b, &mut out);
        out
    });
    let sub_area = parts
        .sub_area
        .zip(sub_area_romaji)
        .map(|(ja, romaji)| TextPart { ja, romaji });
    let building = parts
        .building
        .zip(building_romaji)
        .map(|(ja, romaji)| TextPart { ja, romaji });

    let country = pool.copy(match case {
        Case::Title => "Japan",
        Case::Upper => "JAPAN",
    });

    // Address: #room floor Building block sub-area Town, in one string.
    let mut address = pool.string();
    let mut street_start = 0;
    if let Some(po_box) = po_box {
        address.push_str(&po_box);
    } else {
        if let Some(room) = &parts.room {
            address.push('#');
            address.push_str(room);
        }
        if let Some(floor) = parts.floor {
            space(&mut address);
            if parts.basement {
                address.push('B');
            }
            push_number(&mut address, u32::from(floor));
            address.push('F');
        }
        if let Some(name) = &building {
            push_word(&mut address, &name.romaji);
        }
        let premises_end = address.len();
        if let (Some(block), Some(b)) = (&block, &parts.block) {
            if b.is_chome_only() {
                // As `apply_case("{block}-chome")` writes it.
                space(&mut address);
                address.push_str(block);
                address.push_str(match (case, block.is_empty()) {
                    (Case::Upper, _) => "-CHOME",
                    (Case::Title, true) => "-Chome",
                    (Case::Title, false) => "-chome",
                });
            } else {
                push_word(&mut address, block);
            }
        }
        if let Some(s) = &sub_area {
            push_word(&mut address, &s.romaji);
        }
        if let Some(t) = &town {
            push_word(&mut address, &t.romaji);
        }
        if premises_end > 0 && address.len() > premises_end {
            street_start = premises_end + 1;
        }
    }

    let mut city_field = pool.string();
    let order = [ward.as_ref(), Some(&city), county.as_ref()];
    let order = order.into_iter().flatten().map(|p| p.romaji.as_str());
    match style.get_city_order() {
        CityOrder::SmallestFirst => join_into(&mut city_field, order, ", "),
        CityOrder::LargestFirst => join_into(&mut city_field, order.rev(), " "),
    }

    let state = pool.copy(&prefecture.romaji);
    let mut zip = pool.string();
    if let Some(code) = parts.postal_code {
        push_postal_code(&mut zip, code);
    }
    let mut all_warnings = parts.warnings;
    all_warnings.append(&mut warnings);
    Romanized {
        profile: Profile {
            country,
            address,
            city: city_field,
            state,
            zip,
        },
        parts: RomanizedParts {
            postal_code: parts.postal_code,
            prefecture: Some(prefecture),
            county,
            city: Some(city),
            ward,
            town,
            sub_area,
            block,
            building,
            floor: parts.floor,
            room: parts.room,
        },
        warnings: all_warnings,
        street_start,
    }
}

/// Appends a space unless `out` is empty.
fn space(out: &mut String) {
    if !out.is_empty() {
        out.push(' ');
    }
}

/// Appends `word` after a space (none first); an empty `word` adds nothing.
fn push_word(out: &mut String, word: &str) {
    if !word.is_empty() {
        space(out);
        out.push_str(word);
    }
}

/// Appends `words` separated by `separator`.
fn join_into<'a>(out: &mut String, words: impl Iterator<Item = &'a str>, separator: &str) {
    for (i, word) in words.enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(word);
    }
}

/// Appends `n` in decimal.
pub(super) fn push_number(out: &mut String, n: u32) {
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

/// Appends the block numbers, `1-1-1` (as [`Block`]'s `Display`).
fn push_block(block: &Block, out: &mut String) {
    for (i, &n) in block.numbers().iter().enumerate() {
        if i > 0 {
            out.push('-');
        }
        push_number(out, n);
    }
}

/// Appends `NNN-NNNN` (as [`PostalCode`]'s `Display`).
pub(super) fn push_postal_code(out: &mut String, code: PostalCode) {
    out.push_str(std::str::from_utf8(&code.to_ascii()).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_codes_as_display_writes_them() {
        for n in [0, 7, 10, 404, 1_000_000, u32::MAX] {
            let mut out = String::new();
            push_number(&mut out, n);
            assert_eq!(out, n.to_string());
        }
        for n in [0, 1, 45, 1_040_045, 9_999_999] {
            let code = PostalCode::new(n).unwrap();
            let mut out = String::new();
            push_postal_code(&mut out, code);
            assert_eq!(out, code.to_string());
        }
        let block = crate::parse("東京都中央区築地1丁目12番103号")
            .unwrap()
            .block
            .unwrap();
        let mut out = String::new();
        push_block(&block, &mut out);
        assert_eq!(out, block.to_string());
    }

    #[test]
    fn words_are_spaced() {
        let mut out = String::new();
        push_word(&mut out, "");
        push_word(&mut out, "a");
        push_word(&mut out, "");
        space(&mut out);
        out.push('b');
        assert_eq!(out, "a b");
    }
}
