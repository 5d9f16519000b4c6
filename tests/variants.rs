//! The generated variant fold (data/variant_table.rs, made by
//! data/variants.py): the pairs the issue lists fold alike, folding is
//! idempotent, and it never merges two places the gazetteer keeps apart.

use std::collections::HashMap;

use jusho::gazetteer;
use jusho::gazetteer::name_key as fold_key;

/// Spellings people type for each other (issue 15), each group folding to
/// one key.
const ALIKE: &[&[&str]] = &[
    &["彌", "弥"],
    &["鰺", "鯵"],
    &["婁", "娄"],
    &["諫", "諌"],
    &["竈", "竃"],
    &["釜", "釡"],
    &["鶯", "鴬"],
    &["麹", "麴"],
    &["邇", "迩", "爾"],
    &["遙", "遥"],
    &["脊", "背"],
    &["梼", "檮"],
    &["鉋", "飽"],
    &["溪", "渓"],
    &["巿", "市"],
    &["己", "巳"],
    &["冶", "治"],
    &["斑", "班"],
    &["ッ", "ツ"],
    &["一ッ橋", "一ツ橋"],
    &["霞ヶ関", "霞が関", "霞ケ関", "霞ガ関"],
    &["髙島", "高島"],
    &["國分寺", "国分寺"],
];

#[test]
fn listed_spellings_fold_alike_both_ways() {
    for group in ALIKE {
        let keys: Vec<String> = group.iter().map(|s| fold_key(s).into_owned()).collect();
        assert!(
            keys.iter().all(|k| k == &keys[0]),
            "{group:?} fold to {keys:?}"
        );
        // Idempotent: the key folds to itself.
        assert_eq!(fold_key(&keys[0]), keys[0].as_str());
    }
}

#[test]
fn distinct_characters_stay_distinct() {
    // Broad variant families chain unrelated characters (予-豫-余, 禮-豊,
    // 發-发-髮, 區-区-丘); the generator keeps one standard form and, from
    // ja-itaiji, one common kanji per class.
    for (a, b) in [
        ("予", "余"),
        ("礼", "豊"),
        ("発", "髪"),
        ("駆", "殴"),
        ("田", "佃"),
        ("一", "二"),
    ] {
        assert_ne!(fold_key(a), fold_key(b), "{a} / {b}");
    }
}

/// Names that fold alike only through の / 之 (kept on purpose: the parser
/// prefers the spelling as written) are allowed to share a key.
fn only_no_differs(a: &str, b: &str) -> bool {
    a.replace('之', "の") == b.replace('之', "の")
}

#[test]
fn folding_never_merges_two_places_of_one_municipality() {
    let gz = gazetteer::get();
    let mut merged = Vec::new();
    for m in gz.municipalities() {
        let mut keys: HashMap<String, &str> = HashMap::new();
        for town in gz.towns_of(m.id) {
            let name = town.name.kanji;
            if name.is_empty() {
                continue;
            }
            if let Some(other) = keys.insert(fold_key(name).into_owned(), name) {
                if other != name && !only_no_differs(other, name) {
                    merged.push(format!("{}: {other} / {name}", m.full_name()));
                }
            }
        }
    }
    assert!(merged.is_empty(), "towns merged by folding: {merged:?}");
}

#[test]
fn folding_never_merges_two_municipalities_of_one_prefecture() {
    let gz = gazetteer::get();
    let mut keys: HashMap<(usize, String), String> = HashMap::new();
    let mut merged = Vec::new();
    for m in gz.municipalities() {
        let name = m.full_name();
        let key = (m.prefecture.index(), fold_key(&name).into_owned());
        if let Some(other) = keys.insert(key, name.clone()) {
            if other != name {
                merged.push(format!("{other} / {name}"));
            }
        }
    }
    let mut prefectures: HashMap<String, &str> = HashMap::new();
    for p in gz.prefectures() {
        if let Some(other) = prefectures.insert(fold_key(p.name.kanji).into_owned(), p.name.kanji) {
            merged.push(format!("{other} / {}", p.name.kanji));
        }
    }
    assert!(merged.is_empty(), "names merged by folding: {merged:?}");
}
