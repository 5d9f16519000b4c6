//! The examples of the crate-internal items of `text` (this module is not
//! public, so they run as unit tests instead of doctests).

use std::borrow::Cow;

use crate::text::*;

/// From the docs of the module `text` (src/text/mod.rs).
#[test]
fn example_clean_then_fold() {
    let cleaned = clean("東京都千代田区霞が関１－３ー１　中央合同庁舎");
    assert_eq!(cleaned, "東京都千代田区霞が関1-3-1 中央合同庁舎");
    let folded = fold(&cleaned);
    assert_eq!(folded.as_str(), "東京都1000代田区霞ケ関1-3-1 中央合同庁舎");
}

/// From the docs of `pub const fn is_kanji(c: char) -> bool` (src/text/chars.rs).
#[test]
fn example_is_kanji() {
    assert!(is_kanji('築'));
    assert!(is_kanji('々'));
    assert!(is_kanji('ヶ'));
    assert!(is_kanji('\u{FA11}')); // 﨑, a compatibility ideograph
    assert!(!is_kanji('カ'));
    assert!(!is_kanji('1'));
}

/// From the docs of `pub const fn is_katakana(c: char) -> bool` (src/text/chars.rs).
#[test]
fn example_is_katakana() {
    assert!(is_katakana('サ'));
    assert!(is_katakana('ー'));
    assert!(is_katakana('ヵ'));
    assert!(!is_katakana('・'));
    assert!(!is_katakana('ヶ'));
    assert!(!is_katakana('さ'));
    assert!(!is_katakana('ｻ')); // half-width: clean first
}

/// From the docs of `pub const fn is_hiragana(c: char) -> bool` (src/text/chars.rs).
#[test]
fn example_is_hiragana() {
    assert!(is_hiragana('つ'));
    assert!(is_hiragana('ゞ'));
    assert!(!is_hiragana('ツ'));
    assert!(!is_hiragana('ー'));
}

/// From the docs of `pub fn clean(input: &str) -> Cow<'_, str>` (src/text/clean.rs).
#[test]
fn example_clean_1() {
    assert_eq!(
        clean("築地１－１－１　サンプルマンション４０４"),
        "築地1-1-1 サンプルマンション404"
    );
    assert_eq!(clean("築地1ー1の1"), "築地1-1-1");
    assert_eq!(clean("  ｻﾝﾌﾟﾙ\tﾏﾝｼｮﾝ "), "サンプル マンション");
}

/// From the docs of `pub fn clean(input: &str) -> Cow<'_, str>` (src/text/clean.rs).
#[test]
fn example_clean_2() {
    assert!(matches!(clean("東京都中央区築地1-1-1"), Cow::Borrowed(_)));
}

/// From the docs of `pub struct Folded` (src/text/fold.rs).
#[test]
fn example_folded() {
    let original = "札幌市中央区北一条西二丁目 髙橋ビル";
    let folded = fold(original);
    assert_eq!(folded.as_str(), "札幌市中央区北1条西2丁目 高橋ビル");
    let at = folded.as_str().find(' ').unwrap();
    assert_eq!(
        &original[..folded.original_offset(at)],
        "札幌市中央区北一条西二丁目"
    );
}

/// From the docs of `pub fn as_str(&self) -> &str` (src/text/fold.rs).
#[test]
fn example_as_str() {
    assert_eq!(crate::text::fold("霞ヶ関").as_str(), "霞ケ関");
}

/// From the docs of `pub fn original_offset(&self, folded_byte: usize) -> usize` (src/text/fold.rs).
#[test]
fn example_original_offset() {
    let original = "築地一丁目";
    let folded = fold(original);
    assert_eq!(folded.as_str(), "築地1丁目");
    assert_eq!(folded.original_offset(6), 6); // before 1 / 一
    assert_eq!(folded.original_offset(7), 9); // after 1 / 一
    assert_eq!(
        folded.original_offset(folded.as_str().len()),
        original.len()
    );
}

/// From the docs of `pub fn fold(cleaned: &str) -> Folded` (src/text/fold.rs).
#[test]
fn example_fold() {
    assert_eq!(fold("霞が関").as_str(), "霞ケ関");
    assert_eq!(fold("丸の内").as_str(), "丸ノ内");
    assert_eq!(fold("千二百三十四番地").as_str(), "1234番地");
    assert_eq!(fold("髙島屋").as_str(), "高島屋");
}

/// From the docs of `pub fn fold_key(name: &str) -> Cow<'_, str>` (src/text/fold.rs).
#[test]
fn example_fold_key() {
    assert_eq!(fold_key("北一条西"), "北1条西");
    assert_eq!(fold_key("龍ケ崎市"), "竜ケ崎市");
    assert!(matches!(fold_key("中央区"), Cow::Borrowed(_)));
}

/// From the docs of `pub fn parse_number(s: &str) -> Option<(u32, usize)>` (src/text/numerals.rs).
#[test]
fn example_parse_number() {
    assert_eq!(parse_number("404号室"), Some((404, 3)));
    assert_eq!(parse_number("1-1-1"), Some((1, 1)));
    assert_eq!(parse_number("007"), Some((7, 3)));
    assert_eq!(parse_number("号室"), None);
    assert_eq!(parse_number("99999999999"), None); // overflows u32
}
