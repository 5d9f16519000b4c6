use super::*;

/// `key: value` lines of data/SOURCE, written by the generator from the
/// source package's own row counts.
fn source_count(key: &str) -> usize {
    include_str!("../../data/SOURCE")
        .lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix(": "))
        .unwrap_or_else(|| panic!("{key} missing from data/SOURCE"))
        .parse()
        .unwrap()
}

#[test]
fn row_counts_match_the_source() {
    let gz = get();
    assert_eq!(gz.prefectures().len(), 47);
    assert_eq!(gz.municipalities().len(), source_count("municipalities"));
    // One district per KEN_ALL row, plus one per extra town of the rows
    // that name several (甲、乙).
    assert_eq!(gz.districts().len(), source_count("districts"));
    assert_eq!(
        source_count("districts"),
        source_count("ken_all_rows") + source_count("extra_districts_from_multi_town_rows")
    );
    assert_eq!(gz.offices().len(), source_count("jigyosyo_rows"));
    // Every municipality has its city-wide entry first, and towns.
    for m in gz.municipalities() {
        let towns = gz.towns_of(m.id);
        assert!(!towns.is_empty(), "{} has no towns", m.full_name());
        assert!(towns.iter().all(|t| t.municipality == m.id));
    }
    let towns: usize = gz
        .municipalities()
        .iter()
        .map(|m| gz.towns_of(m.id).len())
        .sum();
    assert_eq!(towns, gz.towns().len());
}

/// Every municipality's parts, re-joined, give back the source's name and
/// kana, and each part's kana ends in the reading of its kanji suffix.
#[test]
fn every_municipality_splits_along_its_kanji_parts() {
    let gz = get();
    let source: Vec<Vec<&str>> = include_str!("../../tests/data/municipality_source.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(source.len(), gz.municipalities().len());
    let suffix_readings: &[(char, &[&str])] = &[
        ('郡', &["グン"]),
        ('市', &["シ"]),
        ('区', &["ク"]),
        ('町', &["チョウ", "マチ"]),
        ('村', &["ムラ", "ソン"]),
    ];
    let mut split = 0;
    for (m, row) in gz.municipalities().iter().zip(&source) {
        assert_eq!(m.jis, row[0]);
        assert_eq!(gz.prefecture(m.prefecture).name.kanji, row[1]);
        assert_eq!(m.full_name(), row[2]);
        assert_eq!(m.full_kana(), row[3]);
        for part in [m.county.as_ref(), Some(&m.city), m.ward.as_ref()]
            .into_iter()
            .flatten()
        {
            let last = part.kanji.chars().last().unwrap();
            let (_, readings) = suffix_readings
                .iter()
                .find(|(c, _)| *c == last)
                .unwrap_or_else(|| panic!("unexpected suffix in {}", part.kanji));
            assert!(
                readings.iter().any(|r| part.kana.ends_with(r)),
                "{} {} does not end in {:?}",
                part.kanji,
                part.kana,
                readings
            );
        }
        split += 1;
    }
    assert_eq!(split, source.len());
}

#[test]
fn split_examples_from_the_spec() {
    let gz = get();
    let kutchan = gz.municipality(gz.find_municipalities("虻田郡倶知安町")[0].municipality);
    assert_eq!(kutchan.county.unwrap().kana, "アブタグン");
    assert_eq!(kutchan.city.kana, "クッチャンチョウ");
    let chuo = gz
        .find_municipalities("札幌市中央区")
        .iter()
        .map(|m| gz.municipality(m.municipality))
        .next()
        .unwrap();
    assert_eq!(chuo.city.kana, "サッポロシ");
    assert_eq!(chuo.ward.unwrap().kana, "チュウオウク");
    // 大和郡山市 and 蒲郡市 contain 郡 but have no county.
    for name in ["大和郡山市", "蒲郡市", "郡山市"] {
        let m = gz.municipality(gz.find_municipalities(name)[0].municipality);
        assert!(m.county.is_none(), "{name}");
        assert_eq!(m.city.kanji, name);
    }
}

#[test]
fn notes_become_structure() {
    let gz = get();
    let sapporo_chuo = gz.find_municipalities("札幌市中央区")[0].municipality;
    let odori = gz.find_town_in(sapporo_chuo, "大通西").unwrap();
    let districts = gz.districts_of(odori);
    let code_for = |chome| {
        districts
            .iter()
            .find(|d| d.qualifier.covers(chome))
            .map(|d| d.code.to_string())
    };
    assert_eq!(code_for(1).as_deref(), Some("060-0042"));
    assert_eq!(code_for(25).as_deref(), Some("064-0820"));

    let chiyoda = gz.find_municipalities("千代田区")[0].municipality;
    let marunouchi = gz.find_town_in(chiyoda, "丸の内").unwrap();
    let floor1 = gz
        .districts_of(marunouchi)
        .iter()
        .find(|d| {
            d.qualifier == Qualifier::Floor(Some(1))
                && d.building
                    .is_some_and(|b| b.kanji == "グラントウキョウサウスタワー")
        })
        .unwrap();
    assert_eq!(floor1.code.to_string(), "100-6601");

    // Every municipality has exactly one city-wide entry at most, and the
    // empty town carries it.
    for m in gz.municipalities() {
        let city_wide = gz
            .towns_of(m.id)
            .iter()
            .filter(|t| t.is_city_wide())
            .count();
        assert!(city_wide <= 1, "{}", m.full_name());
    }
}

#[test]
fn quirks_of_the_source_are_repaired() {
    let gz = get();
    for t in gz.towns() {
        // Full-width digits and half-width kana are normalized by the generator.
        assert!(
            !t.name.kanji.chars().any(|c| ('０'..='９').contains(&c)),
            "{}",
            t.name.kanji
        );
        assert!(
            !t.name
                .kana
                .chars()
                .any(|c| ('\u{FF61}'..='\u{FF9F}').contains(&c)),
            "{}",
            t.name.kana
        );
        // Notes are never left inside a name.
        assert!(!t.name.kanji.contains('（'), "{}", t.name.kanji);
    }
    // Iwate 地割: 大沓３ + ６地割 is the town 大沓 with note 36地割.
    let town = gz.town(gz.find_towns("大沓")[0]);
    assert_eq!(town.name.kana, "オオクツ");
    // Kyoto multi-line rows carried their kana twice.
    let kamigyo = gz.find_municipalities("京都市上京区")[0].municipality;
    let konoe = gz.find_town_in(kamigyo, "近衛町").unwrap();
    assert_eq!(gz.town(konoe).name.kana, "コノエチョウ");
}

#[test]
fn lookups_fold_variants() {
    let gz = get();
    assert_eq!(gz.find_prefecture("東京").unwrap().name.kanji, "東京都");
    assert_eq!(gz.find_prefecture("東京都").unwrap().english, "Tokyo");
    // Names are returned in their canonical spelling.
    let town = gz.town(gz.find_towns("築地")[0]);
    assert_eq!(town.name.kanji, "築地");
}

#[test]
fn postal_code_lookup_finds_districts_and_offices() {
    let gz = get();
    let code = PostalCode::new(1000001).unwrap();
    let d = gz.districts_with_code(code);
    assert_eq!(gz.town(d.first().unwrap().town).name.kanji, "千代田");
    assert!(gz.knows_code(code));
    assert!(!gz.knows_code(PostalCode::new(9999999).unwrap()));
    for o in gz.offices() {
        assert!(gz.knows_code(o.code));
    }
}

#[test]
fn every_district_code_is_found_by_lookup() {
    let gz = get();
    for d in gz.districts() {
        assert!(gz.districts_with_code(d.code).any(|e| e == d), "{}", d.code);
    }
}

#[test]
fn town_ids_agree_between_enumeration_and_lookup() {
    let gz = get();
    for (i, t) in gz.towns().iter().enumerate() {
        assert_eq!(t.id.0 as usize, i);
        assert_eq!(gz.town(t.id).name, t.name);
        assert_eq!(gz.town(t.id).municipality, t.municipality);
        assert_eq!(
            gz.districts_of(t.id).len(),
            (t.end_district - t.first_district) as usize
        );
        assert!(gz.districts_of(t.id).all(|d| d.town == t.id));
    }
}

#[test]
fn code_index_holds_every_district_once() {
    let gz = get();
    let mut codes: Vec<PostalCode> = gz.districts().map(|d| d.code).collect();
    codes.sort_unstable();
    codes.dedup();
    let mut found = 0;
    for code in codes {
        let districts = gz.districts_with_code(code);
        assert!(!districts.is_empty());
        assert!(districts.iter().all(|d| d.code == code));
        found += districts.len();
    }
    assert_eq!(found, gz.districts().len());
}

#[test]
fn ids_at_the_ends_of_the_data() {
    let gz = get();
    let towns = gz.towns().len() as u32;
    assert_eq!(
        TownId::new(towns - 1),
        gz.towns().get(towns as usize - 1).map(|t| t.id)
    );
    assert_eq!(TownId::new(towns), None);
    let munis = gz.municipalities().len() as u32;
    assert!(MunicipalityId::new(munis - 1).is_some());
    assert_eq!(MunicipalityId::new(munis), None);
    assert!(PrefectureId::new(46).is_some());
    assert_eq!(PrefectureId::new(47), None);
}

mod arbitrary_ids {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any integer either names a record, found by lookup with the same
        /// id, or gives no id; nothing panics.
        #[test]
        fn ids_from_any_integer(n in any::<u32>(), small in 0u32..200_000) {
            let gz = get();
            for i in [n, small] {
                if let Some(id) = TownId::new(i) {
                    prop_assert_eq!(gz.town(id).id, id);
                    let _ = gz.districts_of(id);
                } else {
                    prop_assert!(i as usize >= gz.towns().len());
                }
                if let Some(id) = MunicipalityId::new(i) {
                    prop_assert_eq!(gz.municipality(id).id, id);
                    prop_assert!(!gz.towns_of(id).is_empty());
                } else {
                    prop_assert!(i as usize >= gz.municipalities().len());
                }
                if let Some(id) = PrefectureId::new(i as u8) {
                    prop_assert_eq!(gz.prefecture(id).id, id);
                }
            }
        }
    }
}
