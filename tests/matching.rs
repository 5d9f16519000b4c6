//! The shapes of issue 15 that the matching fixes: spelling variants and
//! look-alikes, omitted segments, misspelled names read by the second pass
//! (with a warning saying what was read), separators and a leading country
//! name before the place names.

use jusho::Warning;

struct Want {
    input: &'static str,
    town: &'static str,
    code: Option<&'static str>,
    /// A `read X as Y` warning, when the second pass read the name.
    read_as: Option<(&'static str, &'static str)>,
}

fn check(w: &Want) {
    let p = jusho::parse(w.input).unwrap_or_else(|e| panic!("{}: {e}", w.input));
    let town = p.town.map_or("", |t| t.name.kanji);
    assert_eq!(town, w.town, "{}", w.input);
    if let Some(code) = w.code {
        assert_eq!(
            p.postal_code.map(|c| c.to_string()).as_deref(),
            Some(code),
            "{}",
            w.input
        );
    }
    let read: Vec<(&str, &str)> = p
        .warnings
        .iter()
        .filter_map(|w| match w {
            Warning::ReadAs { typed, read } => Some((typed.as_str(), read.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        read.first().copied(),
        w.read_as,
        "{}: {:?}",
        w.input,
        p.warnings
    );
}

#[test]
fn variants_and_look_alikes_match_exactly() {
    for (input, town) in [
        // The data spells 中氷鉋; 飽 looks alike.
        ("長野県長野市稲里町中氷飽100", "稲里町中氷鉋"),
        ("長野県長野市稲里町中氷鉋100", "稲里町中氷鉋"),
        ("東京都千代田区一ッ橋1-1", "一ツ橋"),
        ("神奈川県南足柄市斑目1", "班目"),
        ("青森県西津軽郡鯵ヶ沢町本町1", "本町"),
        ("東京都千代田区霞ヶ関1-3-1", "霞が関"),
    ] {
        let p = jusho::parse(input).unwrap();
        assert_eq!(p.town.map(|t| t.name.kanji), Some(town), "{input}");
        assert!(
            !p.warnings
                .iter()
                .any(|w| matches!(w, Warning::ReadAs { .. })),
            "{input}: folded, not guessed"
        );
    }
    let p = jusho::parse("長野県長野市稲里町中氷飽100").unwrap();
    assert_eq!(p.postal_code.unwrap().to_string(), "381-2215");
    // 巿 (U+5DFF) typed for 市.
    let p = jusho::parse("長野県長野\u{5DFF}稲里町中氷鉋100").unwrap();
    assert_eq!(p.city().kanji, "長野市");
}

#[test]
fn second_pass_reads_misspelled_names_and_says_so() {
    let cases = [
        Want {
            input: "滋賀県長浜市木之本西山1",
            town: "木之本町西山",
            code: None,
            read_as: Some(("木之本西山", "木之本町西山")),
        },
        Want {
            input: "石川県輪島市町野桶戸1",
            town: "町野町桶戸",
            code: None,
            read_as: Some(("町野桶戸", "町野町桶戸")),
        },
        Want {
            input: "東京都江戸川区西小松川1-2",
            town: "西小松川町",
            code: Some("132-0032"),
            read_as: Some(("西小松川", "西小松川町")),
        },
        Want {
            input: "東京都新宿区三栄町1",
            town: "四谷三栄町",
            code: Some("160-0008"),
            read_as: Some(("三栄町", "四谷三栄町")),
        },
        // As the data spells it.
        Want {
            input: "東京都板橋区舟渡1",
            town: "舟渡",
            code: None,
            read_as: None,
        },
        // 舟 / 船: the fold keeps them apart (Kyoto has 舟屋町 and 船屋町),
        // the second pass reads one for the other where only one fits.
        Want {
            input: "東京都板橋区船渡1",
            town: "舟渡",
            code: None,
            read_as: Some(("船渡", "舟渡")),
        },
        // A shorter town that is a prefix must not win over a longer near
        // match: 楯岡 is a town, 楯岡五日町 the one meant.
        Want {
            input: "山形県村山市楯岡五日1",
            town: "楯岡五日町",
            code: None,
            read_as: Some(("楯岡五日", "楯岡五日町")),
        },
    ];
    for w in &cases {
        check(w);
    }
}

#[test]
fn misspelled_municipality_is_read_with_a_warning() {
    let w = Want {
        input: "宮城県塩釜市本町1-1",
        town: "本町",
        code: Some("985-0052"),
        read_as: Some(("塩釜市", "塩竈市")),
    };
    check(&w);
    let p = jusho::parse(w.input).unwrap();
    assert!(p
        .warnings
        .iter()
        .any(|w| w.to_string() == "read 塩釜市 as 塩竈市"));
}

#[test]
fn near_matches_that_tie_are_ambiguous() {
    // 中西 is 中西町 without its 町, or 中村西 without its 村.
    let err = jusho::parse("宮崎県宮崎市中西1").unwrap_err();
    assert_eq!(err.kind(), jusho::ErrorKind::AmbiguousLocality);
    assert!(err.to_string().contains("中西町"), "{err}");
    assert!(err.to_string().contains("中村西"), "{err}");
}

#[test]
fn unread_text_after_a_town_lowers_confidence() {
    // 稲里 is a town, and so is 稲里町中氷鉋: 町中 does not say which.
    let p = jusho::parse("長野県長野市稲里町中100").unwrap();
    assert_eq!(p.town.map(|t| t.name.kanji), Some("稲里"));
    assert_eq!(p.postal_code, None, "no code inferred: {:?}", p.warnings);
    assert!(p
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::UnreadAfterTown(text) if text == "町中")));
}

#[test]
fn separators_and_country_before_the_place_names() {
    for input in [
        "大阪府、大阪市北区、梅田3-1-3",
        "大阪府,大阪市北区,梅田3-1-3",
        "大阪府，大阪市北区，梅田３－１－３",
        "日本、大阪府大阪市北区梅田3-1-3",
        "日本国大阪府大阪市北区梅田3-1-3",
        "Japan, 大阪府大阪市北区梅田3-1-3",
        "〒530-0001 日本 大阪府、大阪市北区、梅田3-1-3",
    ] {
        let p = jusho::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(p.town.map(|t| t.name.kanji), Some("梅田"), "{input}");
        assert_eq!(
            p.block.as_ref().map(|b| b.to_string()).as_deref(),
            Some("3-1-3"),
            "{input}"
        );
    }
    // 日本橋 is a town, not the country.
    let p = jusho::parse("東京都中央区日本橋1-1").unwrap();
    assert_eq!(p.town.map(|t| t.name.kanji), Some("日本橋"));
}
