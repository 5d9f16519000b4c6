//! The examples of the crate-internal items of `loanwords`.
#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::romaji::{Case, Spelling};

#[test]
fn example_1() {
    assert_eq!(loanword("マンション"), Some("Mansion".into()));
    assert_eq!(loanword("ビル"), Some("Bldg.".into()));
    assert_eq!(loanword("テラスズ"), Some("Terraces".into()));
    assert_eq!(loanword("トウキョウ"), None);
}

#[test]
fn example_2() {
    let mut out = String::new();
    katakana_to_english("サンプルマンション", &Spelling::default(), &mut out);
    assert_eq!(out, "Sample Mansion");

    out.clear();
    katakana_to_english(
        "グラントウキョウサウスタワー",
        &Spelling::default(),
        &mut out,
    );
    assert_eq!(out, "Gran tokyo South Tower");
}
