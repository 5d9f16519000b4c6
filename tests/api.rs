//! What a crate depending on jusho uses, through the public API only:
//! serde on the output types, `Display` for `Profile`, `FromStr` for
//! `Style`, one `Romanizer` shared by threads, ids built from any integer.
//! (The same was checked from a scratch crate outside the repository.)

#![cfg(feature = "serde")]

use jusho::gazetteer::{self, MunicipalityId, PrefectureId, TownId};
use jusho::{Romanizer, Style, Warning};
use serde_json::{json, Value};

const ADDRESS: &str = "東京都中央区築地1-1-1 サンプルマンション404";

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn romanizer_is_shared_across_threads() {
    assert_send_sync::<Romanizer>();
    assert_send_sync::<jusho::Romanized>();
    assert_send_sync::<jusho::Error>();
    let romanizer = std::sync::Arc::new(Romanizer::new(Style::JAPAN_POST));
    let inputs = [
        ("北海道札幌市中央区大通西25丁目", "SAPPORO-SHI CHUO-KU"),
        ("大阪府大阪市中央区難波1-1-1", "OSAKA-SHI CHUO-KU"),
        (ADDRESS, "CHUO-KU"),
    ];
    let handles: Vec<_> = inputs
        .iter()
        .map(|&(address, city)| {
            let romanizer = std::sync::Arc::clone(&romanizer);
            std::thread::spawn(move || {
                assert_eq!(romanizer.romanize(address).unwrap().city, city);
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
}

#[test]
fn style_parses_from_preset_names_and_round_trips_through_serde() {
    assert_eq!("japan-post".parse::<Style>(), Ok(Style::JAPAN_POST));
    assert_eq!("default".parse::<Style>(), Ok(Style::DEFAULT));
    assert!("hepburn".parse::<Style>().is_err());
    let json = serde_json::to_value(Style::JAPAN_POST).unwrap();
    assert_eq!(json["case"], "upper");
    assert_eq!(json["city_order"], "largest-first");
    let back: Style = serde_json::from_value(json).unwrap();
    assert_eq!(back, Style::JAPAN_POST);
    let partial: Style = serde_json::from_str(r#"{"long_vowel":"macron"}"#).unwrap();
    assert_eq!(partial.get_long_vowel(), jusho::romaji::LongVowel::Macron);
    assert_eq!(partial.get_case(), Style::DEFAULT.get_case());
    assert!(serde_json::from_str::<Style>(r#"{"colour":"red"}"#).is_err());
}

#[test]
fn profile_displays_as_the_labelled_block() {
    let p = jusho::romanize(ADDRESS).unwrap();
    assert_eq!(
        p.to_string(),
        format!(
            "Country: {}\nAddress: {}\nCity: {}\nState/Province: {}\nZip/Postal Code: {}\n",
            p.country, p.address, p.city, p.state, p.zip
        )
    );
    assert!(p
        .to_string()
        .starts_with("Country: Japan\nAddress: #404 Sample Mansion"));
}

#[test]
fn outputs_serialize_as_the_json_contract() {
    let r = Romanizer::default().romanize_full(ADDRESS).unwrap();
    let profile = serde_json::to_value(&r.profile).unwrap();
    assert_eq!(
        profile,
        json!({
            "country": "Japan",
            "address": "#404 Sample Mansion 1-1-1 Tsukiji",
            "city": "Chuo-ku",
            "state": "Tokyo",
            "zip": "104-0045"
        })
    );
    let parts = serde_json::to_value(&r.parts).unwrap();
    assert_eq!(parts["postal_code"], "104-0045");
    assert_eq!(
        parts["town"],
        json!({"ja": "築地", "kana": "ツキジ", "romaji": "Tsukiji"})
    );
    assert_eq!(parts["block"], "1-1-1");
    assert_eq!(parts["room"], "404");
    assert_eq!(parts["floor"], Value::Null);

    let whole = serde_json::to_value(&r).unwrap();
    let keys: Vec<&str> = whole
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["parts", "profile", "warnings"]); // serde_json sorts keys in Value
    assert_eq!(whole["profile"], profile);
    assert_eq!(whole["parts"], parts);
    assert_eq!(
        whole["warnings"].as_array().unwrap().len(),
        r.warnings.len()
    );
}

#[test]
fn warnings_serialize_with_kind_message_and_fields() {
    let r = jusho::parse(ADDRESS).unwrap();
    let w = r
        .warnings
        .iter()
        .find(|w| matches!(w, Warning::PostalCodeInferred(_)))
        .unwrap();
    assert_eq!(
        serde_json::to_value(w).unwrap(),
        json!({
            "kind": "postal_code_inferred",
            "message": w.to_string(),
            "code": "104-0045"
        })
    );
    // Every warning a parse gives has its kind and Display message.
    for input in [
        "〒100-0001 東京都中央区築地1-1-1",
        "中央区築地1-1-1",
        "東京都中央区ほげ",
    ] {
        let Ok(parts) = jusho::parse(input) else {
            continue;
        };
        for w in &parts.warnings {
            let v = serde_json::to_value(w).unwrap();
            assert_eq!(v["kind"], w.kind(), "{input}");
            assert_eq!(v["message"], w.to_string(), "{input}");
        }
    }
}

#[test]
fn errors_serialize_as_kind_and_message() {
    let e = jusho::parse("〒10400451 東京都").unwrap_err();
    assert_eq!(
        serde_json::to_value(&e).unwrap(),
        json!({"kind": "invalid_postal_code", "message": e.to_string()})
    );
}

#[test]
fn parts_serialize_with_the_gazetteer_records() {
    let parts = jusho::parse(ADDRESS).unwrap();
    let v = serde_json::to_value(&parts).unwrap();
    assert_eq!(v["prefecture"]["name"]["kanji"], "東京都");
    assert_eq!(v["town"]["name"]["kana"], "ツキジ");
    assert_eq!(v["block"]["numbers"], json!([1, 1, 1]));
}

#[test]
fn ids_from_edge_integers_never_panic() {
    let gz = gazetteer::get();
    for n in [0, 1, 46, 47, 255, 1_000, 100_000, u32::MAX - 1, u32::MAX] {
        if let Some(id) = TownId::new(n) {
            assert_eq!(gz.town(id).id, id);
            assert_eq!(id.index(), n as usize);
        }
        if let Some(id) = MunicipalityId::new(n) {
            assert_eq!(gz.municipality(id).id, id);
        }
        if let Ok(small) = u8::try_from(n) {
            if let Some(id) = PrefectureId::new(small) {
                assert_eq!(gz.prefecture(id).id, id);
            }
        }
    }
    assert_eq!(TownId::new(u32::MAX), None);
    assert_eq!(MunicipalityId::new(u32::MAX), None);
    assert_eq!(PrefectureId::new(u8::MAX), None);
}
