use super::*;
use crate::romaji::spelling::{LongVowel, Spelling, SyllabicN};

fn r(kana: &str) -> String {
    rs(kana, &[], &Spelling::default())
}

fn rs(kana: &str, starts: &[u16], spelling: &Spelling) -> String {
    let mut out = String::new();
    kana_to_romaji(kana, starts, spelling, &mut out);
    out
}

fn rw(kana: &str, starts: &[u16]) -> String {
    rs(kana, starts, &Spelling::default())
}

const MACRON: Spelling = Spelling::new().long_vowel(LongVowel::Macron);
const KANA: Spelling = Spelling::new().long_vowel(LongVowel::Kana);
const M: Spelling = Spelling::new().syllabic_n(SyllabicN::MBeforeLabial);

#[test]
fn table_is_aligned() {
    assert_eq!(single('ア'), Some("a"));
    assert_eq!(single('カ'), Some("ka"));
    assert_eq!(single('ッ'), None);
    assert_eq!(single('ツ'), Some("tsu"));
    assert_eq!(single('ハ'), Some("ha"));
    assert_eq!(single('ポ'), Some("po"));
    assert_eq!(single('マ'), Some("ma"));
    assert_eq!(single('ャ'), Some("ya"));
    assert_eq!(single('ラ'), Some("ra"));
    assert_eq!(single('ヮ'), Some("wa"));
    assert_eq!(single('ン'), Some("n"));
    assert_eq!(single('ヴ'), Some("vu"));
    assert_eq!(single('ヺ'), Some("vo"));
    assert_eq!(single('・'), None);
    assert_eq!(single('ー'), None);
}

#[test]
fn gojuon() {
    let rows = [
        ("アイウエオ", "a i u e o"),
        ("カキクケコ", "ka ki ku ke ko"),
        ("サシスセソ", "sa shi su se so"),
        ("タチツテト", "ta chi tsu te to"),
        ("ナニヌネノ", "na ni nu ne no"),
        ("ハヒフヘホ", "ha hi fu he ho"),
        ("マミムメモ", "ma mi mu me mo"),
        ("ヤユヨ", "ya yu yo"),
        ("ラリルレロ", "ra ri ru re ro"),
        ("ワヰヱヲン", "wa i e o n"),
        ("ガギグゲゴ", "ga gi gu ge go"),
        ("ザジズゼゾ", "za ji zu ze zo"),
        ("ダヂヅデド", "da ji zu de do"),
        ("バビブベボ", "ba bi bu be bo"),
        ("パピプペポ", "pa pi pu pe po"),
        ("ァィゥェォヮヵヶ", "a i u e o wa ka ke"),
    ];
    for (kana, want) in rows {
        let want: Vec<&str> = want.split(' ').collect();
        for (k, w) in kana.chars().zip(&want) {
            // One kana at a time, so nothing merges.
            assert_eq!(r(&k.to_string()), *w, "{k}");
            // Hiragana reads the same.
            let h = char::from_u32(k as u32 - 0x60).unwrap();
            if ('\u{3041}'..='\u{3096}').contains(&h) {
                assert_eq!(r(&h.to_string()), *w, "{h}");
            }
        }
    }
}

#[test]
fn yoon() {
    let cases = [
        ("キャキュキョ", "kyakyukyo"),
        ("ギャギュギョ", "gyagyugyo"),
        ("シャシュショ", "shashusho"),
        ("ジャジュジョ", "jajujo"),
        ("チャチュチョ", "chachucho"),
        ("ヂャヂュヂョ", "jajujo"),
        ("ニャニュニョ", "nyanyunyo"),
        ("ヒャヒュヒョ", "hyahyuhyo"),
        ("ビャビュビョ", "byabyubyo"),
        ("ピャピュピョ", "pyapyupyo"),
        ("ミャミュミョ", "myamyumyo"),
        ("リャリュリョ", "ryaryuryo"),
        ("きゃしゅちょ", "kyashucho"),
    ];
    for (kana, want) in cases {
        assert_eq!(r(kana), want, "{kana}");
    }
}

#[test]
fn loanword_kana() {
    let cases = [
        ("ファフィフェフォ", "fafifefo"),
        ("ティディデュ", "tididyu"),
        ("トゥドゥ", "tudu"),
        ("ウィウェウォ", "wiwewo"),
        ("ヴァヴィヴヴェヴォ", "vavivuvevo"),
        ("シェジェチェイェ", "shejecheye"),
        ("ツァツィツェツォ", "tsatsitsetso"),
        ("クァ", "kwa"),
        ("スィ", "si"),
        ("ア・イ", "a i"),
    ];
    for (kana, want) in cases {
        assert_eq!(r(kana), want, "{kana}");
    }
}

#[test]
fn sokuon() {
    assert_eq!(r("クッチャン"), "kutchan");
    assert_eq!(r("ハッチョウ"), "hatcho");
    assert_eq!(r("サッポロ"), "sapporo");
    assert_eq!(r("ホッカイドウ"), "hokkaido");
    assert_eq!(r("ベッシ"), "besshi");
    assert_eq!(r("ハッタ"), "hatta");
    assert_eq!(r("ロッピャク"), "roppyaku");
    assert_eq!(r("マッジャ"), "majja");
    assert_eq!(r("ウッツ"), "uttsu");
    // Before nothing, a vowel, ン or ー: dropped.
    assert_eq!(r("アッ"), "a");
    assert_eq!(r("アッア"), "aa");
    assert_eq!(r("アッン"), "an");
    assert_eq!(r("ッ"), "");
    assert_eq!(r("ッ1"), "1");
    assert_eq!(r("カッッパ"), "kappa");
}

#[test]
fn syllabic_n() {
    for (kana, n, m) in [
        ("シンバシ", "shinbashi", "shimbashi"),
        ("ナンバ", "nanba", "namba"),
        ("グンマ", "gunma", "gumma"),
        ("サンポ", "sanpo", "sampo"),
        ("ホンダ", "honda", "honda"),
        ("シンオオサカ", "shinosaka", "shinosaka"),
        ("ゲンヤ", "genya", "genya"),
        ("ン", "n", "n"),
        ("ンバ", "nba", "mba"),
    ] {
        assert_eq!(r(kana), n, "{kana}");
        assert_eq!(rs(kana, &[], &M), m, "{kana}");
    }
    // ん then ー or a non-kana char: still n.
    assert_eq!(rs("ンーバ", &[], &M), "nba");
    assert_eq!(rs("ン バ", &[], &M), "n ba");
}

#[test]
fn long_vowels_plain() {
    assert_eq!(rw("チュウオウ", &[0, 3]), "chuo");
    assert_eq!(rw("オオサカ", &[0, 2]), "osaka");
    assert_eq!(rw("トウキョウ", &[0, 2]), "tokyo");
    assert_eq!(rw("オウテマチ", &[0, 2, 3]), "otemachi");
    assert_eq!(rw("オオイタ", &[0, 2]), "oita");
    assert_eq!(r("ユウキ"), "yuki");
    assert_eq!(r("ニイガタ"), "niigata");
    assert_eq!(r("メイエキ"), "meieki");
    assert_eq!(r("ササア"), "sasa");
    assert_eq!(r("ビール"), "biru");
    assert_eq!(r("オオオ"), "oo");
    assert_eq!(r("ー"), "");
    assert_eq!(r("ンー"), "n");
}

#[test]
fn long_vowels_across_boundaries() {
    // 丸|の|内
    assert_eq!(rw("マルノウチ", &[0, 2, 3]), "marunouchi");
    assert_eq!(rw("マルノウチ", &[]), "marunochi");
    // 鳴|子|温|泉
    assert_eq!(rw("ナルコオンセン", &[0, 2, 3, 5]), "narukoonsen");
    assert_eq!(rw("ナルコオンセン", &[]), "narukonsen");
    // 那|智|勝|浦
    assert_eq!(rw("ナチカツウラ", &[0, 1, 2, 4]), "nachikatsuura");
    assert_eq!(rw("ナチカツウラ", &[]), "nachikatsura");
    // 小|浦
    assert_eq!(rw("コウラ", &[0, 1]), "koura");
    assert_eq!(rw("コウラ", &[]), "kora");
    // 横|牛
    assert_eq!(rw("ヨコウシ", &[0, 2]), "yokoushi");
    // Unsorted or out-of-range starts never panic.
    assert_eq!(rw("コウラ", &[5, 1, 0]), "kora");
    assert_eq!(rw("コウラ", &[u16::MAX]), "kora");
}

#[test]
fn long_vowels_macron_and_kana() {
    assert_eq!(rs("チュウオウ", &[0, 3], &MACRON), "chūō");
    assert_eq!(rs("トウキョウ", &[0, 2], &MACRON), "tōkyō");
    assert_eq!(rs("オオサカ", &[0, 2], &MACRON), "ōsaka");
    assert_eq!(rs("ニイガタ", &[], &MACRON), "niigata");
    assert_eq!(rs("メイエキ", &[], &MACRON), "meieki");
    assert_eq!(rs("コウラ", &[0, 1], &MACRON), "koura");
    assert_eq!(rs("ビール", &[], &MACRON), "bīru");
    assert_eq!(rs("センター", &[], &MACRON), "sentā");
    assert_eq!(rs("コーポ", &[], &MACRON), "kōpo");

    assert_eq!(rs("チュウオウ", &[0, 3], &KANA), "chuuou");
    assert_eq!(rs("オオサカ", &[0, 2], &KANA), "oosaka");
    assert_eq!(rs("センター", &[], &KANA), "sentaa");
    assert_eq!(rs("コーポ", &[], &KANA), "koopo");
    assert_eq!(rs("ニイガタ", &[], &KANA), "niigata");
}

/// The table in DESIGN.md ("Hepburn rules").
#[test]
fn design_table() {
    let rows: [(&str, &[u16], [&str; 3]); 7] = [
        ("チュウオウ", &[0, 3], ["chuo", "chūō", "chuuou"]),
        ("トウキョウ", &[0, 2], ["tokyo", "tōkyō", "toukyou"]),
        (
            "オウテマチ",
            &[0, 2, 3],
            ["otemachi", "ōtemachi", "outemachi"],
        ),
        ("マルノウチ", &[0, 2, 3], ["marunouchi"; 3]),
        ("ナルコオンセン", &[0, 2, 3, 5], ["narukoonsen"; 3]),
        ("ナチカツウラ", &[0, 1, 2, 4], ["nachikatsuura"; 3]),
        ("ヨコウシ", &[0, 2], ["yokoushi"; 3]),
    ];
    for (kana, starts, [plain, macron, kana_style]) in rows {
        assert_eq!(rw(kana, starts), plain, "{kana}");
        assert_eq!(rs(kana, starts, &MACRON), macron, "{kana}");
        assert_eq!(rs(kana, starts, &KANA), kana_style, "{kana}");
    }
}

#[test]
fn passthrough_and_iteration_marks() {
    assert_eq!(r("キタ1ジョウ"), "kita1jo");
    assert_eq!(r("ABC ア"), "ABC a");
    assert_eq!(r("東キョウ"), "東kyo");
    assert_eq!(r("サヽキ"), "sasaki");
    assert_eq!(r("いすゞ"), "isuzu");
    assert_eq!(r("ヽヾ"), "");
    assert_eq!(r(""), "");
}

#[test]
fn romanize_kana_applies_case() {
    assert_eq!(
        romanize_words("チュウオウ", &[0, 3], &Spelling::DEFAULT),
        "Chuo"
    );
    assert_eq!(
        romanize_words("チュウオウ", &[0, 3], &Spelling::JAPAN_POST),
        "CHUO"
    );
    assert_eq!(
        romanize_words(
            "チュウオウ",
            &[0, 3],
            &MACRON.case(crate::romaji::Case::Upper)
        ),
        "CHŪŌ"
    );
}

#[test]
fn appends() {
    let mut out = String::from("x ");
    kana_to_romaji("シ", &[], &Spelling::default(), &mut out);
    assert_eq!(out, "x shi");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics(s in "\\PC*", starts in proptest::collection::vec(proptest::num::u16::ANY, 0..8)) {
        for spelling in [Spelling::default(), MACRON, KANA, M] {
            let mut out = String::new();
            kana_to_romaji(&s, &starts, &spelling, &mut out);
        }
    }

    #[test]
    fn kana_gives_ascii(s in "[\u{3041}-\u{3096}\u{309D}-\u{309F}\u{30A1}-\u{30FC} a-z0-9]*", mut starts in proptest::collection::vec(0u16..64, 0..8)) {
        starts.sort_unstable();
        for spelling in [Spelling::default(), KANA, M] {
            let mut out = String::new();
            kana_to_romaji(&s, &starts, &spelling, &mut out);
            proptest::prop_assert!(out.is_ascii(), "{s:?} -> {out:?}");
            proptest::prop_assert!(!out.contains('\''));
        }
    }
}

/// The examples that were on `kana_to_romaji`'s docs.
#[test]
fn word_boundaries_and_special_kana() {
    assert_eq!(rw("トウキョウ", &[0, 2]), "tokyo");
    // 丸|の|内: the ノ and the ウ belong to different kanji.
    assert_eq!(rw("マルノウチ", &[0, 2, 3]), "marunouchi");
    // The same kana with no boundaries known.
    assert_eq!(r("マルノウチ"), "marunochi");
    assert_eq!(r("くっちゃん"), "kutchan");
    assert_eq!(rs("グンマ", &[], &M), "gumma");
    assert_eq!(r("ヴィラ・フォレスト"), "vira foresuto");
    assert_eq!(romanize_kana("マルノウチ", &Spelling::DEFAULT), "Marunochi");
}

/// Every digraph's second kana is small: the converter asks for a digraph
/// only before one.
#[test]
fn digraphs_end_in_small_kana() {
    let katakana = ('\u{30A1}'..='\u{30FA}').chain(['ヿ']);
    for c in katakana.clone() {
        for n in katakana.clone() {
            if digraph(c, n).is_some() {
                assert!(is_small(n), "{c}{n}");
            }
        }
    }
}
