//! The place-name readers as they were first written (a `String` per word,
//! a `Vec` per name), kept as the oracle of `names`' allocation-free
//! writers: both must agree on every place of the gazetteer in every style.

use super::names;
use crate::gazetteer::{self, Place};
use crate::romaji::{self, Case, LongVowel, SyllabicN};
use crate::{PrefectureSuffix, Style};

fn kana(style: &Style, kana: &str, starts: &[u16]) -> String {
    let mut out = String::with_capacity(kana.len());
    romaji::kana_to_romaji(kana, starts, &style.get_spelling(), &mut out);
    out
}

fn prefecture(style: &Style, place: &Place) -> String {
    let starts: Vec<u16> = place.vowel_junctions().collect();
    let (stem, suffix) = match place.kanji.chars().last() {
        Some('都') => (place.kana.strip_suffix('ト'), "to"),
        Some('府') => (place.kana.strip_suffix('フ'), "fu"),
        Some('県') => (place.kana.strip_suffix("ケン"), "ken"),
        _ => (None, ""),
    };
    let mut out = kana(style, stem.unwrap_or(place.kana), &starts);
    if stem.is_some() && style.get_prefecture_suffix() == PrefectureSuffix::Hyphenated {
        out.push('-');
        out.push_str(suffix);
    }
    romaji::apply_case(&out, style.get_case())
}

fn municipality_part(style: &Style, place: &Place) -> String {
    const SUFFIXES: [&str; 7] = ["グン", "チョウ", "マチ", "ムラ", "ソン", "シ", "ク"];
    let starts: Vec<u16> = place.vowel_junctions().collect();
    let split = SUFFIXES
        .iter()
        .find_map(|s| place.kana.strip_suffix(s).map(|stem| (stem, *s)))
        .filter(|(stem, _)| !stem.is_empty());
    let out = match split {
        Some((stem, suffix)) => {
            let stem_len = stem.chars().count() as u16;
            let stem_starts: Vec<u16> = starts.iter().copied().filter(|&s| s < stem_len).collect();
            format!(
                "{}-{}",
                kana(style, stem, &stem_starts),
                kana(style, suffix, &[])
            )
        }
        None => kana(style, place.kana, &starts),
    };
    romaji::apply_case(&out, style.get_case())
}

fn town(style: &Style, place: &Place) -> String {
    let starts: Vec<u16> = place.vowel_junctions().collect();
    let mut out = String::new();
    let mut word = String::new();
    let mut word_start = 0u16;
    let mut word_starts: Vec<u16> = Vec::new();
    let chars: Vec<char> = place.kana.chars().collect();
    let mut i = 0;
    let flush = |word: &mut String, word_starts: &mut Vec<u16>, out: &mut String| {
        if !word.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&kana(style, word, word_starts));
            word.clear();
        }
        word_starts.clear();
    };
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            flush(&mut word, &mut word_starts, &mut out);
            let digits: String = chars[i..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            i += digits.len();
            let rest: String = chars[i..].iter().collect();
            let counter = names::COUNTERS
                .iter()
                .find(|(kana, _)| rest.starts_with(kana));
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&digits);
            if let Some((kana, romaji)) = counter {
                out.push('-');
                out.push_str(romaji);
                i += kana.chars().count();
            }
            word_start = i as u16;
            continue;
        }
        if starts.contains(&(i as u16)) && !word.is_empty() {
            word_starts.push(i as u16 - word_start);
        }
        word.push(chars[i]);
        i += 1;
    }
    flush(&mut word, &mut word_starts, &mut out);
    romaji::apply_case(&out, style.get_case())
}

fn styles() -> [Style; 4] {
    [
        Style::DEFAULT,
        Style::JAPAN_POST,
        Style::new()
            .long_vowel(LongVowel::Macron)
            .prefecture_suffix(PrefectureSuffix::Hyphenated),
        Style::new()
            .long_vowel(LongVowel::Kana)
            .syllabic_n(SyllabicN::MBeforeLabial)
            .case(Case::Upper),
    ]
}

/// Every name the writers read has its junctions within the bound they
/// keep, and a name written after other text is written the same.
#[test]
fn writers_agree_with_the_first_readers_on_every_place() {
    let gz = gazetteer::get();
    let mut checked = 0;
    for style in styles() {
        for p in gz.prefectures() {
            assert_eq!(names::prefecture(&style, p), prefecture(&style, &p.name));
        }
        for m in gz.municipalities() {
            for part in [m.county.as_ref(), Some(&m.city), m.ward.as_ref()]
                .into_iter()
                .flatten()
            {
                assert_eq!(
                    names::municipality_part(&style, part),
                    municipality_part(&style, part),
                    "{}",
                    part.kanji
                );
            }
        }
        for t in gz.towns() {
            let junctions = t.name.vowel_junctions().count();
            assert!(junctions <= names::MAX_JUNCTIONS, "{}", t.name.kanji);
            let want = town(&style, &t.name);
            let mut after = String::from("Chuo-ku ");
            names::push_town(&style, &t.name, &mut after);
            assert_eq!(
                after.strip_prefix("Chuo-ku "),
                Some(want.as_str()),
                "{}",
                t.name.kanji
            );
            checked += 1;
        }
    }
    assert!(checked > 400_000, "{checked}");
}
