//! Every Kyoto street of data/kyoto_streets.tsv is read from the table, not
//! guessed, when a Kyoto address names it: as the street (…通) and as the
//! cross street of a direction (…下る).

use jusho::romaji::{apply_case, romanize_kana, Case, Spelling};

const STREETS: &str = include_str!("../data/kyoto_streets.tsv");

fn rows() -> impl Iterator<Item = (&'static str, &'static str)> {
    STREETS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| l.split_once('\t'))
}

/// The table's kana in the default style: ヤナギノバンバ → Yanaginobanba;
/// `|` marks a word start (ヤマト|オオジ → Yamatooji).
fn romaji_of(kana: &str) -> String {
    // Each word read on its own (no long vowel across `|`), then joined.
    let words: String = kana
        .split('|')
        .map(|part| romanize_kana(part, &Spelling::DEFAULT).to_lowercase())
        .collect();
    apply_case(&words, Case::Title)
}

#[test]
fn every_street_reads_from_the_table() {
    let r = jusho::Romanizer::default();
    let mut checked = 0;
    for (street, kana) in rows() {
        let want = romaji_of(kana);
        let input = format!("京都府京都市中京区{street}通三条上る");
        let got = r
            .romanize(&input)
            .unwrap_or_else(|e| panic!("{input}: {e}"));
        let street_word = format!("{want}-dori");
        assert!(
            got.address.starts_with(&street_word),
            "{input}: {} does not start with {street_word}",
            got.address
        );
        let input = format!("京都府京都市中京区寺町通{street}下る");
        let got = r
            .romanize(&input)
            .unwrap_or_else(|e| panic!("{input}: {e}"));
        assert!(
            got.address.contains(&format!("{want}-sagaru")),
            "{input}: {} has no {want}-sagaru",
            got.address
        );
        checked += 1;
    }
    assert!(checked > 100);
}

#[test]
fn readings_named_in_the_issue() {
    let r = jusho::Romanizer::default();
    for (input, want) in [
        (
            "京都府京都市中京区柳馬場通六角下る",
            "Yanaginobanba-dori Rokkaku-sagaru",
        ),
        (
            "京都府京都市中京区富小路通三条上る",
            "Tominokoji-dori Sanjo-agaru",
        ),
        (
            "京都府京都市中京区西洞院通御池下る",
            "Nishinotoin-dori Oike-sagaru",
        ),
        (
            "京都府京都市中京区木屋町通蛸薬師下る",
            "Kiyamachi-dori Takoyakushi-sagaru",
        ),
        (
            "京都府京都市中京区釜座通二条下る",
            "Kamanza-dori Nijo-sagaru",
        ),
        (
            "京都府京都市上京区河原町通荒神口上る",
            "Kawaramachi-dori Kojinguchi-agaru",
        ),
        (
            "京都府京都市中京区千本通三条西入ル",
            "Senbon-dori Sanjo-nishiiru",
        ),
    ] {
        let got = r.romanize(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        assert!(
            got.address.starts_with(want),
            "{input}: {} does not start with {want}",
            got.address
        );
    }
}
