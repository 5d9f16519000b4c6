use super::*;
use crate::error::MAX_INPUT_BYTES;

/// Parses `input`, panicking with the error if it fails.
fn ok(input: &str) -> Parts {
    parse(input).unwrap_or_else(|e| panic!("{input}: {e}"))
}

fn err(input: &str) -> ErrorKind {
    match parse(input) {
        Ok(p) => panic!("{input}: expected an error, got {p:?}"),
        Err(e) => e.kind(),
    }
}

/// (prefecture, full municipality, town) as kanji.
fn place(p: &Parts) -> (&str, String, &str) {
    (
        p.prefecture.name.kanji,
        p.municipality.full_name(),
        p.town.map_or("", |t| t.name.kanji),
    )
}

fn block(p: &Parts) -> String {
    p.block
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default()
}

const TSUKIJI: (&str, &str, &str) = ("東京都", "中央区", "築地");

fn assert_tsukiji_1_1_1(input: &str) {
    let p = ok(input);
    let (pref, muni, town) = place(&p);
    assert_eq!((pref, muni.as_str(), town), TSUKIJI, "{input}");
    assert_eq!(block(&p), "1-1-1", "{input}");
}

#[test]
fn width_and_form() {
    for input in [
        "東京都中央区築地１－１－１",
        "東京都中央区築地1-1-1",
        "東京都中央区築地1‐1‐1",
        "東京都中央区築地1‑1‑1",
        "東京都中央区築地1−1−1",
        "東京都中央区築地1―1―1",
        "東京都中央区築地1━1━1",
        "東京都中央区築地1ー1ー1",
        "東京都中央区築地1ｰ1ｰ1",
        "東京都中央区築地1の1の1",
        "東京都　中央区　築地　1-1-1",
        " 東京都 中央区築地 1-1-1 ",
        "東京都中央区築地1丁目1番1号",
        "東京都中央区築地1丁目1番地1号",
        "東京都中央区築地一丁目一番一号",
        "東京都中央区築地1丁目1-1",
    ] {
        assert_tsukiji_1_1_1(input);
    }
    // Half-width katakana in a building name.
    let p = ok("東京都中央区築地1-1-1 ｻﾝﾌﾟﾙﾏﾝｼｮﾝ404");
    assert_eq!(p.building.as_deref(), Some("サンプルマンション"));
    assert_eq!(p.room.as_deref(), Some("404"));
}

#[test]
fn kanji_numerals() {
    let p = ok("東京都中央区築地二丁目二十三番地");
    assert_eq!(block(&p), "2-23");
    let p = ok("東京都中央区築地千二百三十四番地");
    assert_eq!(block(&p), "1234");
    let p = ok("北海道札幌市中央区北一条西二丁目");
    assert_eq!(p.town.unwrap().name.kanji, "北一条西");
    assert_eq!(block(&p), "2");
}

#[test]
fn block_forms() {
    assert_eq!(block(&ok("東京都中央区築地123番地の4")), "123-4");
    assert_eq!(block(&ok("東京都中央区築地1番2号")), "1-2");
    let p = ok("東京都中央区築地1-1-1-404");
    assert_eq!(block(&p), "1-1-1");
    assert_eq!(p.room.as_deref(), Some("404"));
    let p = ok("東京都中央区築地2丁目");
    assert!(p.block.as_ref().unwrap().is_chome_only());
}

#[test]
fn omissions_are_filled_in() {
    let p = ok("横浜市中区山下町1");
    assert_eq!(p.prefecture.name.kanji, "神奈川県");
    let p = ok("中央区築地1-1-1");
    assert_eq!(place(&p).0, "東京都");
    let p = ok("北海道倶知安町北1条東");
    assert_eq!(p.municipality.full_name(), "虻田郡倶知安町");
    let p = ok("横浜市山下町1");
    assert_eq!(p.municipality.full_name(), "横浜市中区");
    // 大字 / 字 written or left out.
    let with = ok("秋田県能代市二ツ井町字上台1-1");
    let without = ok("秋田県能代市二ツ井町上台1-1");
    assert_eq!(with.town, without.town);
    assert_eq!(with.town.unwrap().name.kanji, "二ツ井町上台");
}

#[test]
fn spelling_variants_give_the_canonical_name() {
    for input in [
        "東京都千代田区霞ヶ関1-1",
        "東京都千代田区霞ケ関1-1",
        "東京都千代田区霞が関1-1",
    ] {
        assert_eq!(ok(input).town.unwrap().name.kanji, "霞が関", "{input}");
    }
    // 龍ケ崎市 written with its new form, and with ヶ.
    for input in ["茨城県竜ヶ崎市", "茨城県龍ケ崎市"] {
        assert_eq!(ok(input).city().kanji, "龍ケ崎市", "{input}");
    }
    // Variation selectors are ignored.
    assert_eq!(
        ok("東京都中央区築\u{E0100}地1-1-1")
            .town
            .unwrap()
            .name
            .kanji,
        "築地"
    );
}

#[test]
fn postal_codes_anywhere() {
    for input in [
        "〒104-0045 東京都中央区築地1-1-1",
        "104-0045 東京都中央区築地1-1-1",
        "1040045 東京都中央区築地1-1-1",
        "〒１０４－００４５　東京都中央区築地1-1-1",
        "郵便番号104-0045 東京都中央区築地1-1-1",
        "〒 104ー0045 東京都中央区築地1-1-1",
        "東京都中央区築地1-1-1 〒104-0045",
        "東京都中央区築地1-1-1 104-0045",
    ] {
        let p = ok(input);
        assert_eq!(p.postal_code.unwrap().to_string(), "104-0045", "{input}");
        assert!(!p.postal_code_inferred, "{input}");
        assert_eq!(block(&p), "1-1-1", "{input}");
    }
}

#[test]
fn postal_codes_are_inferred_where_unique() {
    let p = ok("北海道札幌市中央区大通西25丁目");
    assert_eq!(p.postal_code.unwrap().to_string(), "064-0820");
    assert!(p.postal_code_inferred);
    assert!(p
        .warnings
        .contains(&Warning::PostalCodeInferred(p.postal_code.unwrap())));
    let p = ok("北海道札幌市中央区大通西1丁目");
    assert_eq!(p.postal_code.unwrap().to_string(), "060-0042");
    let p = ok("東京都千代田区丸の内1-9-2 グラントウキョウサウスタワー1階");
    assert_eq!(p.postal_code.unwrap().to_string(), "100-6601");
    assert_eq!(p.floor, Some(1));
    // Without a floor, a skyscraper's town has no single code.
    let p = ok("東京都千代田区丸の内");
    assert_eq!(p.postal_code, None);
    assert!(p.warnings.contains(&Warning::PostalCodeNotInferred));
}

#[test]
fn doubtful_postal_codes_are_kept_with_a_warning() {
    let p = ok("〒999-9999 東京都中央区築地1-1-1");
    assert_eq!(p.postal_code.unwrap().to_string(), "999-9999");
    assert!(matches!(p.warnings[..], [Warning::PostalCodeUnknown(_)]));
    // 100-0001 is 千代田区千代田, not 築地.
    let p = ok("〒100-0001 東京都中央区築地1-1-1");
    assert_eq!(p.postal_code.unwrap().to_string(), "100-0001");
    assert_eq!(place(&p).2, "築地");
    assert!(p
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::PostalCodeMismatch { .. })));
    // A code alone names its place.
    let p = ok("〒100-0001");
    assert_eq!(place(&p), ("東京都", "千代田区".to_owned(), "千代田"));
}

#[test]
fn a_postal_code_decides_a_shared_name() {
    let p = ok("〒183-0000 府中市");
    assert_eq!(p.prefecture.name.kanji, "東京都");
    let p = ok("〒726-0000 府中市");
    assert_eq!(p.prefecture.name.kanji, "広島県");
}

#[test]
fn buildings_floors_and_rooms() {
    let cases = [
        (
            "東京都中央区築地1-1-1 サンプルマンション404号室",
            Some("サンプルマンション"),
            None,
            Some("404"),
        ),
        (
            "東京都中央区築地1-1-1 サンプルマンション #404",
            Some("サンプルマンション"),
            None,
            Some("404"),
        ),
        (
            "東京都中央区築地1-1-1 サンプルマンション-404",
            Some("サンプルマンション"),
            None,
            Some("404"),
        ),
        (
            "東京都中央区築地1-1-1 サンプルマンション 404",
            Some("サンプルマンション"),
            None,
            Some("404"),
        ),
        (
            "東京都中央区築地1-1-1 築地ビル3階",
            Some("築地ビル"),
            Some(3),
            None,
        ),
        (
            "東京都中央区築地1-1-1 ABC Tower 12F",
            Some("ABC Tower"),
            Some(12),
            None,
        ),
        (
            "東京都中央区築地1-1-1 JAビル 3F 301号室",
            Some("JAビル"),
            Some(3),
            Some("301"),
        ),
        ("東京都中央区築地1-1-1", None, None, None),
    ];
    for (input, building, floor, room) in cases {
        let p = ok(input);
        assert_eq!(p.building.as_deref(), building, "{input}");
        assert_eq!(p.floor, floor, "{input}");
        assert_eq!(p.room.as_deref(), room, "{input}");
    }
}

#[test]
fn kyoto_directions_before_the_town() {
    let p = ok("京都市中京区河原町通三条上る恵比須町123");
    assert_eq!(p.town.unwrap().name.kanji, "恵比須町");
    assert_eq!(p.sub_area.as_deref(), Some("河原町通三条上る"));
    assert_eq!(block(&p), "123");
    let p = ok("京都府京都市上京区堀川通寺之内上る4丁目天神北町1番地の1");
    assert_eq!(p.town.unwrap().name.kanji, "天神北町");
    assert_eq!(block(&p), "1-1");
}

#[test]
fn a_bare_ward_name_is_the_city_of_that_name() {
    let p = ok("中央区明石町1");
    assert_eq!(p.prefecture.name.kanji, "東京都");
    assert!(p.warnings.iter().any(
        |w| matches!(w, Warning::AlsoIn { others } if others.iter().any(|o| o == "神戸市中央区"))
    ));
}

#[test]
fn errors_are_typed() {
    assert_eq!(err(""), ErrorKind::Empty);
    assert_eq!(err("   　 "), ErrorKind::Empty);
    assert_eq!(err("hello world"), ErrorKind::NoLocality);
    assert_eq!(err("1-1-1"), ErrorKind::NoLocality);
    assert_eq!(
        err("〒10400451 東京都中央区築地"),
        ErrorKind::InvalidPostalCode
    );
    assert_eq!(
        err("〒1O4-0045 東京都中央区築地"),
        ErrorKind::InvalidPostalCode
    );
    assert_eq!(err("府中市"), ErrorKind::AmbiguousLocality);
    assert_eq!(err("東京都中央区\u{7}築地"), ErrorKind::ControlCharacter);
    assert_eq!(err("東京都中央区築地\n1-1-1"), ErrorKind::ControlCharacter);
    assert_eq!(err(&"東".repeat(400)), ErrorKind::TooLong);
    let e = parse("府中市").unwrap_err();
    assert!(e.message().contains("東京都府中市") && e.message().contains("広島県府中市"));
    let e = parse("〒10400451 東京都").unwrap_err();
    assert!(e.message().contains("10400451"), "{}", e.message());
}

#[test]
fn the_input_limit_is_exact() {
    let base = "東京都中央区築地1-1-1 ";
    let fill = MAX_INPUT_BYTES - base.len();
    let at_limit = format!("{base}{}", "a".repeat(fill));
    assert_eq!(at_limit.len(), MAX_INPUT_BYTES);
    assert!(parse(&at_limit).is_ok());
    let over = format!("{at_limit}a");
    assert_eq!(err(&over), ErrorKind::TooLong);
}
