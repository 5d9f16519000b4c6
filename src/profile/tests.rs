//! Unit tests of the profile stage.

use super::*;
use crate::gazetteer;
use crate::romaji::{Case, LongVowel, SyllabicN};
use crate::Warning;
use crate::{CityOrder, PrefectureSuffix};

fn romanize_with(style: Style, input: &str) -> Profile {
    Romanizer::new(style)
        .romanize(input)
        .unwrap_or_else(|e| panic!("{input}: {e}"))
}

/// The prefecture read from its kana matches the English name the data
/// carries (an independent list in the generator) for all 47.
#[test]
fn every_prefecture_reads_as_its_english_name() {
    let gz = gazetteer::get();
    for p in gz.prefectures() {
        assert_eq!(
            names::prefecture(&Style::DEFAULT, p),
            p.english,
            "{}",
            p.name.kanji
        );
    }
}

/// Every municipality part gets its suffix from its own reading.
#[test]
fn every_municipality_part_has_a_hyphenated_suffix() {
    let gz = gazetteer::get();
    let suffixes = ["-shi", "-ku", "-cho", "-machi", "-mura", "-son", "-gun"];
    for m in gz.municipalities() {
        for part in [m.county.as_ref(), Some(&m.city), m.ward.as_ref()]
            .into_iter()
            .flatten()
        {
            let romaji = names::municipality_part(&Style::DEFAULT, part);
            assert!(
                suffixes.iter().any(|s| romaji.ends_with(s)) && romaji.is_ascii(),
                "{} {} -> {romaji}",
                part.kanji,
                part.kana
            );
            let first = romaji.chars().next().unwrap();
            assert!(first.is_ascii_uppercase(), "{romaji}");
        }
    }
}

#[test]
fn municipality_suffixes_follow_the_reading() {
    let p = romanize_with(Style::DEFAULT, "岡山県真庭郡新庄村");
    assert_eq!(p.city, "Shinjo-son, Maniwa-gun");
    let p = romanize_with(Style::DEFAULT, "山形県西置賜郡小国町");
    assert_eq!(p.city, "Oguni-machi, Nishiokitama-gun");
    let p = romanize_with(Style::DEFAULT, "長野県下伊那郡阿智村");
    assert_eq!(p.city, "Achi-mura, Shimoina-gun");
}

#[test]
fn long_vowels_never_cross_a_kanji_boundary() {
    let p = romanize_with(Style::DEFAULT, "東京都千代田区丸の内1-1");
    assert_eq!(p.address, "1-1 Marunouchi");
    let p = romanize_with(Style::DEFAULT, "和歌山県東牟婁郡那智勝浦町");
    assert_eq!(p.city, "Nachikatsuura-cho, Higashimuro-gun");
    let p = romanize_with(Style::DEFAULT, "東京都千代田区大手町1-1");
    assert_eq!(p.address, "1-1 Otemachi");
}

#[test]
fn styles_are_independent() {
    let input = "東京都中央区築地1-1-1";
    let macron = romanize_with(Style::new().long_vowel(LongVowel::Macron), input);
    assert_eq!(
        (macron.city.as_str(), macron.state.as_str()),
        ("Chūō-ku", "Tōkyō")
    );
    let kana = romanize_with(Style::new().long_vowel(LongVowel::Kana), input);
    assert_eq!(kana.city, "Chuuou-ku");
    let suffix = romanize_with(
        Style::new().prefecture_suffix(PrefectureSuffix::Hyphenated),
        input,
    );
    assert_eq!(suffix.state, "Tokyo-to");
    let upper = romanize_with(Style::new().case(Case::Upper), input);
    assert_eq!(upper.address, "1-1-1 TSUKIJI");
    let m = romanize_with(
        Style::new().syllabic_n(SyllabicN::MBeforeLabial),
        "東京都港区新橋1-1",
    );
    assert_eq!(m.address, "1-1 Shimbashi");
    let n = romanize_with(Style::DEFAULT, "東京都港区新橋1-1");
    assert_eq!(n.address, "1-1 Shinbashi");
    let largest = romanize_with(
        Style::new().city_order(CityOrder::LargestFirst),
        "北海道札幌市中央区大通西1丁目",
    );
    assert_eq!(largest.city, "Sapporo-shi Chuo-ku");
}

#[test]
fn the_spec_examples() {
    for input in [
        "〒104-0045 東京都中央区築地1丁目1番1号 サンプルマンション404号室",
        "東京都中央区築地１－１－１ サンプルマンション４０４",
        "中央区築地一丁目1-1 サンプルマンション 404",
    ] {
        let p = romanize_with(Style::DEFAULT, input);
        assert_eq!(
            (
                p.country.as_str(),
                p.address.as_str(),
                p.city.as_str(),
                p.state.as_str(),
                p.zip.as_str()
            ),
            (
                "Japan",
                "#404 Sample Mansion 1-1-1 Tsukiji",
                "Chuo-ku",
                "Tokyo",
                "104-0045"
            ),
            "{input}"
        );
    }
    let p = romanize_with(Style::JAPAN_POST, "北海道札幌市中央区北1条西2丁目");
    assert_eq!(p.city, "SAPPORO-SHI CHUO-KU");
    assert_eq!(p.address, "2-CHOME KITA 1-JO NISHI");
}

/// Towers with a code per floor: the building is read from the postal
/// data's kana (シンマルノウチビルディング, 丸の内 kept apart from its
/// neighbours), a given code the floor contradicts is flagged, and a
/// tower not known by the name written infers nothing.
#[test]
fn skyscrapers() {
    let r = Romanizer::default();
    let got = r
        .romanize_full("東京都千代田区丸の内2-4-1 新丸の内ビルディング 10階")
        .unwrap();
    assert_eq!(
        got.profile.address,
        "10F Shin-Marunouchi Bldg. 2-4-1 Marunouchi"
    );
    assert_eq!(got.profile.zip, "100-6510");
    let got = r
        .romanize_full("〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング 35階")
        .unwrap();
    assert_eq!(got.profile.zip, "100-0005");
    assert!(got.warnings.iter().any(|w| matches!(
        w,
        Warning::PostalCodeDiffers { expected, .. } if expected.to_string() == "100-6335"
    )));
    let got = r
        .romanize_full("東京都千代田区丸の内2-4-1 丸ビル35F")
        .unwrap();
    assert_eq!(got.profile.zip, "");
    assert!(got.warnings.contains(&Warning::PostalCodeNotInferred));
}

#[test]
fn buildings_and_sub_areas() {
    let p = romanize_with(Style::DEFAULT, "東京都港区新橋1-1 ＪＡビル 3F");
    assert_eq!(p.address, "3F JA Bldg. 1-1 Shinbashi");
    // 河原町 and 三条 here are streets, not towns the gazetteer has: the
    // Kyoto street table reads them, with or without kakasi.
    let r = Romanizer::default()
        .romanize_full("京都市中京区河原町通三条上る恵比須町123")
        .unwrap();
    assert_eq!(
        r.profile.address,
        "123 Kawaramachi-dori Sanjo-agaru Ebisucho"
    );
    // A street the table does not have: kakasi reads it; without it it
    // is left out, with a warning.
    let r = Romanizer::default()
        .romanize_full("京都市中京区鬼瓦通三条上る恵比須町123")
        .unwrap();
    if cfg!(feature = "kakasi") {
        assert_eq!(r.profile.address, "123 Onikawara-dori Sanjo-agaru Ebisucho");
    } else {
        assert_eq!(r.profile.address, "123 Dori Sanjo-agaru Ebisucho");
        assert!(r
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::UnreadKanji(_))));
    }
    // What nothing reads is left out, with a warning.
    let r = Romanizer::default()
        .romanize_full("京都市中京区河原町通三条上る恵比須町123 𪚲ビル")
        .unwrap();
    assert!(
        r.profile.address.starts_with("Bldg. 123"),
        "{}",
        r.profile.address
    );
    assert!(r
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::UnreadKanji(_))));
    let p = romanize_with(Style::DEFAULT, "東京都千代田区丸の内1-1 丸の内ビル");
    assert_eq!(p.address, "Marunouchi Bldg. 1-1 Marunouchi");
}

/// Directions read word by word: the longest word at a char (西入る, not
/// 西入), and a chain of them as long as the input allows, each once.
#[test]
fn kyoto_direction_chains() {
    let p = romanize_with(Style::DEFAULT, "京都市中京区河原町通三条西入る恵比須町123");
    assert_eq!(p.address, "123 Kawaramachi-dori Sanjo-nishiiru Ebisucho");
    let chain = "河原町通三条上る".repeat(40);
    let p = romanize_with(Style::DEFAULT, &format!("京都市中京区{chain}恵比須町123"));
    let words = ["Kawaramachi-dori Sanjo-agaru"; 40].join(" ");
    assert_eq!(p.address, format!("123 {words} Ebisucho"));
}
