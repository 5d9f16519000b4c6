use super::*;
use crate::romaji::spelling::LongVowel;

fn en(kana: &str) -> String {
    let mut out = String::new();
    katakana_to_english(kana, &Spelling::default(), &mut out);
    out
}

#[test]
fn tsv_is_sorted_unique_and_well_formed() {
    let mut prev = "";
    let mut count = 0;
    for (n, line) in TSV.lines().enumerate() {
        if n == 0 {
            assert!(line.starts_with("# jusho loanwords"), "header: {line}");
            continue;
        }
        let (k, v) = line.split_once('\t').expect("KATAKANA<TAB>English");
        assert!(k > prev, "line {}: {k} after {prev}", n + 1);
        assert!(!v.is_empty() && v.is_ascii(), "line {}: {v}", n + 1);
        assert!(
            k.chars().all(|c| ('ァ'..='ヺ').contains(&c) || c == 'ー'),
            "line {}: {k}",
            n + 1
        );
        prev = k;
        count += 1;
    }
    assert!(count >= 300, "{count} entries");
    assert_eq!(dictionary().entries.len(), count);
}

/// UniDic's table is sorted and every word has at least
/// [`UNIDIC_MIN_CHARS`] chars, so shorter text is not searched for.
#[test]
fn unidic_table_is_sorted_and_its_words_long_enough() {
    static UNIDIC: &str = include_str!("../../../data/loanwords_unidic.tsv");
    assert!(crate::romaji::tsv::assert_sorted(UNIDIC) > 20_000);
    for line in UNIDIC.lines().skip(1) {
        let (word, english) = line.split_once('\t').unwrap();
        assert!(word.chars().count() >= UNIDIC_MIN_CHARS, "{word}");
        assert_eq!(unidic_word(word), Some(english), "{word}");
    }
}

/// Long runs (a 1 KiB address holds 340 kana): every word found, and
/// what no word covers left as one stretch, in time linear in the run.
#[test]
fn long_runs() {
    assert_eq!(en(&"マンション".repeat(60)), ["Mansion"; 60].join(" "));
    assert_eq!(en(&"アパート".repeat(80)), ["Apartment"; 80].join(" "));
    assert_eq!(
        en(&"パークハウスタワーズ".repeat(30)),
        ["Park House Towers"; 30].join(" ")
    );
    assert_eq!(en(&"ヌゾ".repeat(150)), "nuzo".repeat(150));
    assert_eq!(en(&"アー".repeat(150)), "a".repeat(150));
    // Marks that only continue a kana: no word starts or ends on one.
    assert_eq!(en(&"ー".repeat(340)), "");
    assert_eq!(en(&"ッ".repeat(340)), "");
}

#[test]
fn building_words() {
    for (kana, want) in [
        ("マンション", "Mansion"),
        ("ハイツ", "Heights"),
        ("コーポ", "Corp."),
        ("レジデンス", "Residence"),
        ("タワー", "Tower"),
        ("ビル", "Bldg."),
        ("ウエスト", "West"),
        ("ウェスト", "West"),
    ] {
        assert_eq!(en(kana), want);
    }
}

#[test]
fn splits() {
    assert_eq!(en("サンプルマンション"), "Sample Mansion");
    assert_eq!(en("グラントウキョウサウスタワー"), "Gran tokyo South Tower");
    assert_eq!(en("ロイヤルパークハウス"), "Royal Park House");
    assert_eq!(en("サンハイツ"), "Sun Heights");
    assert_eq!(en("ザ・パークハウス"), "The Park House");
    assert_eq!(en("メゾン・ド・サクラ"), "Maison de sakura");
    // Suffix after an unknown name.
    assert_eq!(en("ナカムラビル"), "nakamura Bldg.");
    assert_eq!(en("タナカハイツ"), "tanaka Heights");
    // Short words are not picked out of unknown names.
    assert_eq!(en("マインツ"), "maintsu");
    assert_eq!(en("ハイサラ"), "haisara");
    // A loanword is not cut into words that leave kana over.
    assert_eq!(en("オークラ"), "okura");
    assert_eq!(en("ホテルオークラ"), "Hotel okura");
    // Plurals of hand-list words; UniDic for what the hand list leaves.
    assert_eq!(en("テラスズ"), "Terraces");
    assert_eq!(en("ソニックシティ"), "Sonic City");
    assert_eq!(en("ホテルメトロポリタン"), "Hotel Metropolitan");
    // Particles between words only.
    assert_eq!(en("メゾンドソレイユ"), "Maison de Soleil");
    assert_eq!(en("オペラシティ"), "Opera City");
    // A one-char word only as the whole run.
    assert_eq!(en("ザクロ"), "zakuro");
    // Words don't split a yoon or a long mark.
    assert_eq!(en("ハウスィ"), "hausi");
    // Unknown kana keep the spelling's long vowels.
    let mut out = String::new();
    katakana_to_english(
        "トーキョータワー",
        &Spelling::new().long_vowel(LongVowel::Macron),
        &mut out,
    );
    assert_eq!(out, "tōkyō Tower");
    assert_eq!(en(""), "");
    assert_eq!(en("・・"), "");
}

proptest::proptest! {
    #[test]
    fn never_panics(s in "[\u{30A1}-\u{30FE}・ a]{0,40}") {
        let mut out = String::new();
        katakana_to_english(&s, &Spelling::default(), &mut out);
        proptest::prop_assert!(out.is_ascii());
    }
}

#[test]
fn trimmed_is_trim() {
    for s in [
        "",
        " ",
        "a",
        " a",
        "a ",
        "\ta\t",
        "アイ",
        "\u{3000}アイ",
        "アイ\u{3000}",
        "ア",
        "Iron Works",
        "ア ",
        "\u{a0}x",
        "x\u{85}",
        "é",
        " é ",
    ] {
        assert_eq!(super::trimmed(s), s.trim(), "{s:?}");
    }
}
