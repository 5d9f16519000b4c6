//! Readings of Kyoto's street names (柳馬場 ヤナギノバンバ, 釜座 カマンザ),
//! from `data/kyoto_streets.tsv`. A street's reading is often not its
//! characters' usual one, nor that of the town named after it (the town
//! 丸太町 is マルタチョウ, the street マルタマチ), so the romanizer asks this
//! table first for the street words of a Kyoto address.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::gazetteer::{self, Municipality};

const STREETS: &str = include_str!("../../data/kyoto_streets.tsv");

/// The table's (street, kana) rows, sorted by street.
fn rows() -> impl Iterator<Item = (&'static str, &'static str)> {
    STREETS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| l.split_once('\t'))
}

/// A street name with の written ノ: 三ノ宮 and 三の宮 are one street.
fn street_key(street: &str) -> Cow<'_, str> {
    match street.contains('の') {
        true => Cow::Owned(street.replace('の', "ノ")),
        false => Cow::Borrowed(street),
    }
}

/// The table's rows by [`street_key`], sorted, built on first use: a
/// lookup is a binary search, not a walk over the table (the romanizer asks
/// once per street word, and a Kyoto address may have many).
fn by_key() -> &'static [(Cow<'static, str>, &'static str)] {
    static TABLE: OnceLock<Vec<(Cow<'static, str>, &'static str)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: Vec<_> = rows()
            .map(|(street, kana)| (street_key(street), kana))
            .collect();
        // Stable: of two spellings of one street, the first row wins.
        table.sort_by(|a, b| a.0.cmp(&b.0));
        table.dedup_by(|later, first| later.0 == first.0);
        table
    })
}

/// The katakana reading of a street of Kyoto city, when `kanji` is one and
/// the address is in Kyoto city; `|` marks a word start inside it.
pub(crate) fn kyoto_street_reading(kanji: &str, near: &Municipality) -> Option<&'static str> {
    let gz = gazetteer::get();
    let in_kyoto_city = near.city.kanji == "京都市" && gz.prefecture(near.prefecture).jis == "26";
    if !in_kyoto_city {
        return None;
    }
    let table = by_key();
    let key = street_key(kanji);
    let at = table
        .binary_search_by(|(street, _)| street.as_ref().cmp(key.as_ref()))
        .ok()?;
    table.get(at).map(|(_, kana)| *kana)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Qualifier;

    fn kyoto_notes() -> String {
        let gz = gazetteer::get();
        let mut notes = String::new();
        for d in gz.districts() {
            let m = gz.municipality(gz.town(d.town).municipality);
            if let (Qualifier::Note(note), "京都市") = (d.qualifier, m.city.kanji) {
                notes.push_str(note);
                notes.push('、');
            }
        }
        notes
    }

    #[test]
    fn the_table_is_sorted_and_well_formed() {
        let rows: Vec<_> = rows().collect();
        assert!(rows.len() > 100);
        assert!(
            rows.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted, no duplicates"
        );
        for (street, kana) in &rows {
            assert!(!street.is_empty() && !street.contains(' '));
            assert!(
                kana.chars()
                    .all(|c| crate::text::is_katakana(c) || c == '|'),
                "{street}: {kana}"
            );
        }
    }

    /// Every street of the table is one that Japan Post's notes for Kyoto
    /// city name before 通 or as a cross street.
    #[test]
    fn every_street_is_named_in_japan_posts_notes() {
        let notes = kyoto_notes();
        for (street, _) in rows() {
            assert!(notes.contains(street), "{street} is in no Kyoto note");
        }
    }

    /// Where Kyoto city has a town named after the street (釜座町 カマンザチョウ),
    /// its kana starts with the street's reading, except where the street is
    /// read otherwise than the town (listed here).
    #[test]
    fn readings_agree_with_towns_of_the_same_name() {
        const READ_OTHERWISE: [&str; 11] = [
            "万寿寺",
            "上珠数屋町",
            "丸太町",
            "堺町",
            "富小路",
            "木屋町",
            "松屋町",
            "武者小路",
            "竹屋町",
            "裏寺町",
            "鍵屋町",
        ];
        let gz = gazetteer::get();
        let kyoto: Vec<_> = gz
            .towns()
            .iter()
            .filter(|t| gz.municipality(t.municipality).city.kanji == "京都市")
            .collect();
        let mut checked = 0;
        for (street, kana) in rows() {
            let kana = kana.replace('|', "");
            let towns: Vec<_> = kyoto
                .iter()
                .filter(|t| {
                    t.name.kanji == street || t.name.kanji.strip_suffix('町') == Some(street)
                })
                .collect();
            if towns.is_empty() {
                continue;
            }
            checked += 1;
            let all_agree = towns.iter().all(|t| t.name.kana.starts_with(&kana));
            assert_eq!(
                all_agree,
                !READ_OTHERWISE.contains(&street),
                "{street} {kana} against the towns {:?}",
                towns.iter().map(|t| t.name.kana).collect::<Vec<_>>()
            );
        }
        assert!(checked > 20, "only {checked} towns checked");
    }

    #[test]
    fn only_in_kyoto_city() {
        let kyoto = crate::parse("京都府京都市中京区").unwrap().municipality;
        let tokyo = crate::parse("東京都中央区").unwrap().municipality;
        assert_eq!(kyoto_street_reading("釜座", kyoto), Some("カマンザ"));
        assert_eq!(kyoto_street_reading("釜座", tokyo), None);
        assert_eq!(kyoto_street_reading("築地", kyoto), None);
        assert_eq!(kyoto_street_reading("三の宮", kyoto), Some("サンノミヤ"));
        assert_eq!(kyoto_street_reading("三の宮", kyoto), Some("サンノミヤ"));
    }

    /// The binary search finds every row, as written and with ノ and の
    /// swapped, and what a walk over the table finds first.
    #[test]
    fn every_row_is_found_in_either_spelling() {
        let kyoto = crate::parse("京都府京都市中京区").unwrap().municipality;
        let walk = |kanji: &str| {
            rows()
                .find(|(street, _)| street_key(street) == street_key(kanji))
                .map(|(_, kana)| kana)
        };
        for (street, kana) in rows() {
            let swapped: String = street
                .chars()
                .map(|c| match c {
                    'ノ' => 'の',
                    'の' => 'ノ',
                    c => c,
                })
                .collect();
            for spelling in [street, swapped.as_str()] {
                assert_eq!(kyoto_street_reading(spelling, kyoto), walk(spelling));
                assert!(
                    kyoto_street_reading(spelling, kyoto).is_some(),
                    "{spelling} {kana}"
                );
            }
        }
    }
}
