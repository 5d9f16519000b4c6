use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use super::variants::{variant, VARIANTS};
use super::*;

#[test]
fn variants_sorted_and_sound() {
    for pair in VARIANTS.windows(2) {
        assert!(pair[0].0 < pair[1].0, "not sorted: {:?}", pair);
    }
    assert!(VARIANTS.len() >= 100);
    for &(from, to) in VARIANTS {
        assert_ne!(from, to, "{from} maps to itself");
        assert!(
            variant(to).is_none(),
            "target {to} of {from} is also a source"
        );
        assert_eq!(variant(from), Some(to));
        // Sources must survive NFKC, or clean would have removed them.
        let nfkc: String = from.to_string().nfkc().collect();
        assert_eq!(nfkc, from.to_string(), "{from} is changed by NFKC");
    }
}

#[test]
fn clean_examples() {
    let cases = [
        ("", ""),
        ("   ", ""),
        (
            "\u{3000}東京都\u{3000}\u{3000}中央区\t築地 ",
            "東京都 中央区 築地",
        ),
        ("１０４－００４５", "104-0045"),
        ("104ー0045", "104-0045"),
        ("104ｰ0045", "104-0045"),
        ("1‐2‑3‒4–5—6―7━8─9−0﹣1", "1-2-3-4-5-6-7-8-9-0-1"),
        ("1の2", "1-2"),
        ("1ノ2", "1-2"),
        ("１の２", "1-2"),
        ("の2", "の2"),
        ("1の", "1の"),
        ("丸の内1の2の3", "丸の内1-2-3"),
        ("サンプルマンション", "サンプルマンション"),
        ("ｻﾝﾌﾟﾙﾏﾝｼｮﾝ", "サンプルマンション"),
        ("1〜2", "1〜2"),
        ("1～2", "1~2"),
        ("1ーー2", "1-ー2"),
        ("\u{FEFF}東京都", "東京都"),
        ("〶1040045", "〒1040045"),
        ("ＡＢＣ　ｂｌｄｇ", "ABC bldg"),
        ("a\n\r\nb", "a b"),
    ];
    for (input, want) in cases {
        assert_eq!(clean(input), want, "clean({input:?})");
        assert_eq!(clean(want), want, "clean not idempotent on {want:?}");
    }
}

#[test]
fn clean_borrows_clean_text() {
    for s in [
        "",
        "abc",
        "104-0045",
        "東京都中央区築地1-1-1 サンプルマンション404",
        "1〜2",
    ] {
        assert!(matches!(clean(s), Cow::Borrowed(_)), "{s:?}");
    }
    for s in [" a", "a ", "a  b", "a\tb", "1ー2", "1の2", "１"] {
        assert!(matches!(clean(s), Cow::Owned(_)), "{s:?}");
    }
}

#[test]
fn fold_examples() {
    let cases = [
        ("霞ヶ関", "霞ケ関"),
        ("霞ケ関", "霞ケ関"),
        ("霞が関", "霞ケ関"),
        ("霞ガ関", "霞ケ関"),
        ("三ヵ月", "3カ月"),
        ("丸の内", "丸ノ内"),
        ("丸之内", "丸ノ内"),
        ("二十三", "23"),
        ("千二百三十四", "1234"),
        ("一〇一", "101"),
        ("十", "10"),
        ("百", "100"),
        ("二千", "2000"),
        ("十一", "11"),
        ("九十九里", "99里"),
        ("壱弐参", "123"),
        ("一万", "1万"),
        ("北一条西", "北1条西"),
        ("六本木", "6本木"),
        ("千代田", "1000代田"),
        ("﨑", "崎"),
        ("\u{FA10}", "塚"),
        ("\u{F9DC}", "隆"),
        ("葛\u{E0100}飾", "葛飾"),
        ("邉\u{FE00}", "辺"),
        ("飛驒", "飛騨"),
        ("築地 1-1-1", "築地 1-1-1"),
        ("", ""),
    ];
    for (input, want) in cases {
        assert_eq!(fold(input).as_str(), want, "fold({input:?})");
        assert_eq!(fold_key(input), want, "fold_key({input:?})");
        assert_eq!(fold(want).as_str(), want, "fold not idempotent on {want:?}");
    }
}

#[test]
fn fold_offsets() {
    let input = "北一条西二十三丁目";
    let f = fold(input);
    assert_eq!(f.as_str(), "北1条西23丁目");
    let map: Vec<usize> = (0..=f.as_str().len())
        .map(|b| f.original_offset(b))
        .collect();
    // 北 | 1 | 条 | 西 | 23 | 丁目
    assert_eq!(map[0], 0);
    assert_eq!(map[3], 3);
    assert_eq!(map[4], 6);
    assert_eq!(map[10], 12); // start of 23 -> start of 二十三
    assert_eq!(map[11], 12); // inside 23
    assert_eq!(map[12], 21); // after 三
    assert_eq!(*map.last().unwrap(), input.len());
    assert_eq!(f.original_offset(1000), input.len());

    // A dropped variation selector stays with the char before it.
    let input = "葛\u{E0100}飾区";
    let f = fold(input);
    assert_eq!(f.original_offset(3), "葛\u{E0100}".len());
    // Leading selector: start still maps to start.
    let f = fold("\u{FE00}a");
    assert_eq!(f.original_offset(0), 0);
    assert_eq!(f.original_offset(1), 4);
    // Nothing left.
    let f = fold("\u{FE00}");
    assert_eq!(f.as_str(), "");
    assert_eq!(f.original_offset(0), 3);
}

#[test]
fn numeral_overflow_saturates() {
    let long = "九".repeat(40) + "千";
    assert_eq!(fold(&long).as_str(), u64::MAX.to_string());
    let digits = "九".repeat(40);
    assert_eq!(fold(&digits).as_str(), "9".repeat(40));
}

#[test]
fn char_classes_are_disjoint() {
    for c in [
        '\u{3000}'..='\u{30FF}',
        '\u{3400}'..='\u{4DBF}',
        '\u{4E00}'..='\u{9FFF}',
    ]
    .into_iter()
    .flatten()
    {
        let n =
            usize::from(is_kanji(c)) + usize::from(is_katakana(c)) + usize::from(is_hiragana(c));
        assert!(n <= 1, "{c} ({:X}) in several classes", u32::from(c));
    }
}

#[test]
fn parse_number_edges() {
    assert_eq!(parse_number(""), None);
    assert_eq!(parse_number("4294967295"), Some((u32::MAX, 10)));
    assert_eq!(parse_number("4294967296"), None);
    assert_eq!(parse_number("0"), Some((0, 1)));
    assert_eq!(parse_number("１"), None);
}

mod prop {
    use super::*;
    use proptest::prelude::*;

    /// Strings biased towards the characters the rules care about.
    fn addressy() -> impl Strategy<Value = String> {
        let interesting = proptest::sample::select(vec![
            '0',
            '1',
            '9',
            '１',
            '-',
            '－',
            'ー',
            'ｰ',
            'の',
            'ノ',
            ' ',
            '\u{3000}',
            '\t',
            '\n',
            '〜',
            '~',
            '一',
            '十',
            '百',
            '千',
            '〇',
            '万',
            'ヶ',
            'が',
            '髙',
            '\u{FA10}',
            '\u{FE00}',
            '\u{E0100}',
            '\u{301}',
            '\u{3099}',
            'ｶ',
            'ﾞ',
            '\u{200B}',
            '\u{FEFF}',
            '東',
            'a',
            'é',
            '\u{00A0}',
            '\u{2028}',
            '①',
            '㈱',
        ]);
        proptest::collection::vec(prop_oneof![3 => interesting, 1 => any::<char>()], 0..40)
            .prop_map(|v| v.into_iter().collect())
    }

    fn check_fold(s: &str) {
        let f = fold(s);
        assert_eq!(fold_key(s), f.as_str());
        let len = f.as_str().len();
        let mut last = 0;
        for b in 0..=len {
            let o = f.original_offset(b);
            assert!(o <= s.len());
            assert!(o >= last, "not monotonic at {b}");
            if f.as_str().is_char_boundary(b) {
                assert!(s.is_char_boundary(o), "{o} is not a boundary of {s:?}");
            }
            last = o;
        }
        assert_eq!(f.original_offset(len), s.len());
        assert_eq!(fold(f.as_str()).as_str(), f.as_str(), "fold not idempotent");
    }

    proptest! {
        #[test]
        fn clean_is_idempotent(s in addressy()) {
            let once = clean(&s);
            let twice = clean(&once);
            prop_assert_eq!(&*once, &*twice);
            prop_assert!(matches!(twice, Cow::Borrowed(_)));
        }

        #[test]
        fn clean_any_string(s in any::<String>()) {
            let once = clean(&s);
            prop_assert_eq!(&*clean(&once), &*once);
        }

        #[test]
        fn fold_offsets_sound(s in addressy()) {
            check_fold(&s);
            check_fold(&clean(&s));
        }

        #[test]
        fn fold_any_string(s in any::<String>()) {
            check_fold(&s);
        }
    }
}

#[test]
fn long_numeral_runs_fold_whole() {
    let digits = "一二三四五六七八九〇".repeat(3);
    assert_eq!(fold(&digits).as_str(), "123456789012345678901234567890");
    assert_eq!(fold_key(&digits), "123456789012345678901234567890");
}

/// The look-alikes are symmetric: the forgiving pass's town search relies
/// on it (a name whose first char is not a look-alike of the text's cannot
/// be read with that char substituted).
#[test]
fn look_alikes_are_symmetric() {
    for &(a, b) in super::variants::LOOSE {
        assert!(loosely_alike(b, a), "{a} {b}");
        assert!(loose_partners(b).any(|c| c == a), "{a} {b}");
    }
}
