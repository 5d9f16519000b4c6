//! Property tests: whatever the text, `parse` and `romanize` return `Ok` or
//! a typed `Err` and never panic; the default style's output is ASCII;
//! parsing is stable under re-parsing the canonical form; a real address's
//! parts written back as Japanese, with and without the prefecture and
//! municipality when a postal code is given, romanize alike; postal codes
//! round-trip; every gazetteer district romanizes.
//!
//! Inputs come from two families of strategies: arbitrary strings (and
//! arbitrary bytes read lossily), and address-like mixes glued from real
//! gazetteer names, numbers written in every form people use, dashes, 〒,
//! whitespace, building words and postal codes.
//!
//! The case counts are kept small (256–512 per property) so that the whole
//! file runs in a few seconds; `PROPTEST_CASES=100000 cargo test --test
//! properties` runs a longer search.

use jusho::gazetteer::{self, Gazetteer};
use jusho::Style;
use jusho::{ErrorKind, Parts, PostalCode, Profile, Romanizer};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

#[path = "support/written_back.rs"]
mod written_back;

fn gz() -> &'static Gazetteer {
    gazetteer::get()
}

/// `cases` unless `PROPTEST_CASES` asks for more; a fixed seed unless
/// `PROPTEST_RNG_SEED` gives another, so `cargo test` (and CI) checks the
/// same inputs on every run and a failure reproduces. To explore new
/// inputs: `PROPTEST_RNG_SEED=$RANDOM PROPTEST_CASES=20000 cargo test --test
/// properties`.
fn config(cases: u32) -> Config {
    let env = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok());
    let seed_given = std::env::var_os("PROPTEST_RNG_SEED").is_some();
    let defaults = Config::default();
    Config {
        cases: env.unwrap_or(cases),
        failure_persistence: None,
        rng_seed: if seed_given {
            defaults.rng_seed
        } else {
            RngSeed::Fixed(0x6a75_7368_6f21)
        },
        ..defaults
    }
}

// ---------------------------------------------------------------------------
// Checks shared by the properties.
// ---------------------------------------------------------------------------

fn fields(p: &Profile) -> [(&'static str, &str); 5] {
    [
        ("country", &p.country),
        ("address", &p.address),
        ("city", &p.city),
        ("state", &p.state),
        ("zip", &p.zip),
    ]
}

/// Every field is ASCII; the zip is empty or `NNN-NNNN`.
fn check_profile(input: &str, style: &str, p: &Profile) -> Result<(), TestCaseError> {
    for (name, value) in fields(p) {
        prop_assert!(
            value.is_ascii(),
            "{style} style: field {name} = {value:?} is not ASCII, for input {input:?}"
        );
    }
    prop_assert!(
        p.zip.is_empty() || PostalCode::parse(&p.zip).is_ok_and(|c| c.to_string() == p.zip),
        "zip {:?} is not NNN-NNNN, for input {input:?}",
        p.zip
    );
    Ok(())
}

/// parse, romanize (default and Japan Post) and romanize_full agree on
/// success or failure, errors carry a kind and a non-empty message, and
/// successful output is ASCII in both presets.
fn check_any(input: &str) -> Result<Option<Parts>, TestCaseError> {
    let parsed = jusho::parse(input);
    let default = Romanizer::new(Style::DEFAULT).romanize_full(input);
    let japan_post = Romanizer::new(Style::JAPAN_POST).romanize(input);
    let plain = jusho::romanize(input);
    match (&parsed, &default, &japan_post, &plain) {
        (Ok(_), Ok(full), Ok(jp), Ok(plain)) => {
            prop_assert_eq!(&full.profile, plain);
            prop_assert_eq!(&full.profile.country, "Japan");
            check_profile(input, "default", &full.profile)?;
            check_profile(input, "japan-post", jp)?;
            prop_assert_eq!(
                &full.profile.zip,
                &parsed
                    .as_ref()
                    .ok()
                    .and_then(|p| p.postal_code)
                    .map_or(String::new(), |c| c.to_string())
            );
        }
        (Err(e), Err(e1), Err(e2), Err(e3)) => {
            prop_assert!(!e.message().is_empty(), "empty message for {input:?}");
            prop_assert!(!e.to_string().is_empty());
            prop_assert_eq!(e, e1);
            prop_assert_eq!(e, e2);
            prop_assert_eq!(e, e3);
            if input.len() > jusho::MAX_INPUT_BYTES {
                prop_assert_eq!(e.kind(), ErrorKind::TooLong);
            }
        }
        _ => prop_assert!(
            false,
            "parse and romanize disagree on {input:?}: {:?} / {:?} / {:?} / {:?}",
            parsed.as_ref().err(),
            default.as_ref().err(),
            japan_post.as_ref().err(),
            plain.as_ref().err()
        ),
    }
    Ok(parsed.ok())
}

/// The canonical form of parsed parts: prefecture kanji + municipality full
/// name + town kanji + block + building. The block is written as digits with
/// dashes (`1-1-1`), or `N丁目` for a chome alone.
/// 第36地割, 西6線, 1区: a sub-area that numbers a division of the town.
fn is_division(sub_area: &str) -> bool {
    let folded = jusho::gazetteer::name_key(sub_area);
    ["地割", "線", "区"].iter().any(|m| folded.contains(m))
        && folded.contains(|c: char| c.is_ascii_digit())
}

/// Whether `text` starts with a digit, full-width or kanji numerals included
/// (as the parser reads it).
fn starts_with_number(text: &str) -> bool {
    let first = text.trim_start().chars().next();
    first.is_some_and(|c| {
        c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || "〇一二三四五六七八九十百千壱弐参".contains(c)
    })
}

fn canonical(parts: &Parts) -> String {
    let mut s = String::new();
    s.push_str(parts.prefecture.name.kanji);
    s.push_str(&parts.municipality.full_name());
    if let Some(town) = parts.town {
        s.push_str(town.name.kanji);
        // A town whose name ends with a number (晩生内第1, 西井出8240-1):
        // a space keeps the block's digits from running into it.
        if town.name.kanji.ends_with(char::is_numeric) {
            s.push(' ');
        }
    }
    // A numbered division (第36地割, 西6線, 1区) is where the block is.
    if let Some(sub_area) = parts.sub_area.as_deref().filter(|s| is_division(s)) {
        s.push_str(sub_area);
    }
    if let Some(block) = &parts.block {
        s.push_str(&block.to_string());
        if block.is_chome_only() {
            s.push_str("丁目");
        }
    }
    if let Some(building) = &parts.building {
        s.push(' ');
        s.push_str(building);
    }
    s
}

/// Re-parsing the canonical form gives the same prefecture, municipality,
/// town and block numbers.
///
/// These canonical forms are skipped, because their text does not say the
/// same thing as the parts:
/// - a block of four or more numbers (`1丁目2番3番地4`), which as digits
///   and dashes reads as three numbers and a room, by design;
/// - a block shaped like a postal code (`100-1000`) with nothing after it,
///   which is read as a postal code at the end of an address;
/// - a building holding a second postal code (`〒000-0000 〒000-0000`);
/// - a chome alone and a building that starts with a number (`15丁目` and
///   `千四十一-九百十六号室`): `15丁目 1041-916` is one block, as people
///   write `新町1丁目 34-12` (issue 15);
/// - no town and text between the municipality and the block that is not
///   a numbered division (`福井市 丁目 磯城郡三宅町`, sub-area `丁目 磯城郡`):
///   the canonical form leaves that text out, so it is another address;
/// - no block and a building that starts with a number (`113八四六` from
///   `１１３八四六1314号室`, a digit run too long for a block, split by the
///   room), which in the canonical form reads as a block (see
///   `regressions.rs`).
fn check_stable(parts: &Parts) -> Result<(), TestCaseError> {
    let unknown_sub_area = parts.sub_area.as_deref().is_some_and(|s| !is_division(s));
    if parts.town.is_none() && unknown_sub_area {
        return Ok(());
    }
    if let Some(block) = &parts.block {
        let shown = block.to_string();
        let code_shaped = shown.len() == 8 && PostalCode::parse(&shown).is_ok();
        if block.numbers().len() >= 4 || (code_shaped && parts.building.is_none()) {
            return Ok(());
        }
    }
    if let Some(building) = &parts.building {
        // Text with two postal codes (`〒000-0000 〒000-0000`): the second is
        // left in the building, and at the end of the canonical form reads
        // as the code.
        if ["〒", "〶", "郵便番号"]
            .iter()
            .any(|m| building.contains(m))
        {
            return Ok(());
        }
        let chome_only = parts.block.as_ref().is_some_and(|b| b.is_chome_only());
        if (parts.block.is_none() || chome_only) && starts_with_number(building) {
            return Ok(());
        }
    }
    let text = canonical(parts);
    let again = jusho::parse(&text);
    prop_assert!(again.is_ok(), "canonical {text:?} fails: {:?}", again.err());
    let again = again.unwrap();
    let town = |p: &Parts| p.town.map(|t| (t.id, t.name.kanji));
    let block = |p: &Parts| p.block.as_ref().map(|b| b.numbers().to_vec());
    prop_assert_eq!(
        parts.prefecture.name.kanji,
        again.prefecture.name.kanji,
        "prefecture changed re-parsing {:?}",
        text
    );
    prop_assert_eq!(
        parts.municipality.full_name(),
        again.municipality.full_name(),
        "municipality changed re-parsing {:?}",
        text
    );
    prop_assert_eq!(
        town(parts),
        town(&again),
        "town changed re-parsing {:?}",
        text
    );
    prop_assert_eq!(
        block(parts),
        block(&again),
        "block changed re-parsing {:?}",
        text
    );
    Ok(())
}

// ---------------------------------------------------------------------------
// Strategies.
// ---------------------------------------------------------------------------

fn prefecture() -> impl Strategy<Value = String> {
    (0..gz().prefectures().len()).prop_map(|i| gz().prefectures()[i].name.kanji.to_owned())
}

/// A municipality as people write it: the full name, the city alone, the
/// ward alone, or without its county.
fn municipality() -> impl Strategy<Value = String> {
    (0..gz().municipalities().len(), 0..4u8).prop_map(|(i, form)| {
        let m = &gz().municipalities()[i];
        match form {
            0 => m.full_name(),
            1 => m.city.kanji.to_owned(),
            2 => m.ward.map_or(m.city.kanji, |w| w.kanji).to_owned(),
            _ => format!("{}{}", m.city.kanji, m.ward.map_or("", |w| w.kanji)),
        }
    })
}

fn town() -> impl Strategy<Value = String> {
    (0..gz().towns().len()).prop_map(|i| gz().towns().get(i).unwrap().name.kanji.to_owned())
}

/// A real prefecture + municipality + town, in one of the usual spellings.
fn real_place() -> impl Strategy<Value = String> {
    (0..gz().towns().len(), 0..4u8, prop::bool::ANY).prop_map(|(i, form, space)| {
        let gz = gz();
        let town = gz.towns().get(i).unwrap();
        let m = gz.municipality(town.municipality);
        let pref = gz.prefecture(m.prefecture).name.kanji;
        let sep = if space { " " } else { "" };
        match form {
            0 => format!("{pref}{sep}{}{sep}{}", m.full_name(), town.name.kanji),
            1 => format!("{}{}", m.full_name(), town.name.kanji),
            2 => format!(
                "{pref}{}{}{sep}{}",
                m.city.kanji,
                m.ward.map_or("", |w| w.kanji),
                town.name.kanji
            ),
            _ => format!("{pref}{}", m.full_name()),
        }
    })
}

const KANJI_DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// A number in one of the forms people write: ASCII, full-width, kanji
/// digits, kanji with 十/百/千.
fn number() -> impl Strategy<Value = String> {
    (0u32..2000, 0..5u8).prop_map(|(n, form)| match form {
        0 | 1 => n.to_string(),
        2 => n
            .to_string()
            .chars()
            .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap())
            .collect(),
        3 => n
            .to_string()
            .chars()
            .map(|c| KANJI_DIGITS[c as usize - '0' as usize])
            .collect(),
        _ => kanji_number(n),
    })
}

fn kanji_number(n: u32) -> String {
    if n == 0 {
        return "〇".into();
    }
    let mut s = String::new();
    for (unit, name) in [(1000, "千"), (100, "百"), (10, "十")] {
        let d = (n / unit) % 10;
        if d > 1 {
            s.push_str(KANJI_DIGITS[d as usize]);
        }
        if d > 0 {
            s.push_str(name);
        }
    }
    if n % 10 > 0 {
        s.push_str(KANJI_DIGITS[(n % 10) as usize]);
    }
    s
}

const DASHES: [&str; 14] = [
    "-", "－", "ー", "―", "‐", "─", "ｰ", "−", "–", "—", "の", "ノ", "の", "",
];
const BLOCK_WORDS: [&str; 9] = [
    "丁目",
    "番",
    "番地",
    "号",
    "号室",
    "階",
    "F",
    "番地の",
    "地割",
];
const SPACES: [&str; 5] = [" ", "　", "\t", "  ", ""];
const BUILDING_WORDS: [&str; 14] = [
    "マンション",
    "ハイツ",
    "ビル",
    "タワー",
    "レジデンス",
    "コーポ",
    "メゾン",
    "パレス",
    "荘",
    "サンプル",
    "Sample",
    "ＡＢＣ",
    "グラントウキョウサウスタワー",
    "#",
];
const MARKERS: [&str; 8] = [
    "〒",
    "〶",
    "郵便番号",
    "郵便番号：",
    "〒 ",
    "",
    "字",
    "大字",
];

/// A block in one of its forms: 1-1-1, 1丁目1番1号, 一丁目1番地の1, １－１.
fn block() -> impl Strategy<Value = String> {
    prop::collection::vec((number(), prop::sample::select(&DASHES[..]), 0..3u8), 1..5)
        .prop_flat_map(|parts| {
            let n = parts.len();
            (
                Just(parts),
                prop::collection::vec(prop::sample::select(&BLOCK_WORDS[..]), n),
            )
        })
        .prop_map(|(parts, words)| {
            let mut s = String::new();
            for ((num, dash, kind), word) in parts.into_iter().zip(words) {
                s.push_str(&num);
                match kind {
                    0 => s.push_str(dash),
                    1 => s.push_str(word),
                    _ => {}
                }
            }
            s
        })
}

/// A postal code in one of its written forms (sometimes malformed).
fn written_code() -> impl Strategy<Value = String> {
    (
        0u32..=PostalCode::MAX_VALUE,
        0..8u8,
        prop::sample::select(&DASHES[..]),
    )
        .prop_map(|(v, form, dash)| {
            let code = PostalCode::new(v).unwrap().to_string();
            let (a, b) = code.split_at(3);
            let b = &b[1..];
            match form {
                0 => format!("〒{code}"),
                1 => code,
                2 => format!("{a}{b}"),
                3 => format!("〒 {a}{dash}{b}"),
                4 => full_width_digits(&format!("〒{a}－{b}")),
                5 => format!("郵便番号{a} {b}"),
                6 => format!("{a}{b}1"),
                _ => format!("〒{a}-{}", &b[1..]),
            }
        })
}

fn full_width_digits(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_digit() {
                char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap()
            } else {
                c
            }
        })
        .collect()
}

/// One piece of an address-like mix.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prefecture(),
        4 => municipality(),
        4 => town(),
        3 => real_place(),
        4 => block(),
        2 => number(),
        2 => prop::sample::select(&DASHES[..]).prop_map(str::to_owned),
        2 => prop::sample::select(&BLOCK_WORDS[..]).prop_map(str::to_owned),
        2 => prop::sample::select(&SPACES[..]).prop_map(str::to_owned),
        2 => prop::sample::select(&BUILDING_WORDS[..]).prop_map(str::to_owned),
        2 => prop::sample::select(&MARKERS[..]).prop_map(str::to_owned),
        2 => written_code(),
        // Random kanji, kana, Latin, digits, punctuation.
        2 => "[\\p{Han}\\p{Hiragana}\\p{Katakana}ｦ-ﾟ０-９Ａ-ｚa-zA-Z0-9〒〶・、。（）()#\\-]{1,6}",
        1 => any::<char>().prop_map(String::from),
    ]
}

/// An address-like mix: a few pieces glued with random separators.
fn mix() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), prop::sample::select(&SPACES[..])), 1..10).prop_map(|pieces| {
        let mut s = String::new();
        for (p, sep) in pieces {
            s.push_str(&p);
            s.push_str(sep);
        }
        s
    })
}

/// An address shaped the way people write one: optional code, place,
/// block, optional building and room.
fn address() -> impl Strategy<Value = String> {
    (
        prop::option::of(written_code()),
        real_place(),
        prop::sample::select(&SPACES[..]),
        prop::option::of(block()),
        prop::option::of((
            prop::sample::select(&BUILDING_WORDS[..]),
            prop::sample::select(&BUILDING_WORDS[..]),
        )),
        prop::option::of(number()),
        prop::bool::ANY,
    )
        .prop_map(|(code, place, sep, block, building, room, code_last)| {
            let mut s = String::new();
            if let (Some(code), false) = (&code, code_last) {
                s.push_str(code);
                s.push(' ');
            }
            s.push_str(&place);
            s.push_str(sep);
            if let Some(block) = block {
                s.push_str(&block);
            }
            if let Some((a, b)) = building {
                s.push(' ');
                s.push_str(a);
                s.push_str(b);
            }
            if let Some(room) = room {
                s.push_str(&room);
                s.push_str("号室");
            }
            if let (Some(code), true) = (&code, code_last) {
                s.push(' ');
                s.push_str(code);
            }
            s
        })
}

// ---------------------------------------------------------------------------
// Properties.
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(512))]

    /// Arbitrary Unicode strings: Ok or a typed Err, never a panic.
    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>()) {
        check_any(&s)?;
    }

    /// Arbitrary bytes, read lossily (U+FFFD for bad sequences).
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        check_any(&String::from_utf8_lossy(&bytes))?;
    }

    /// Printable text from the scripts addresses use.
    #[test]
    fn japanese_text_never_panics(
        s in "[\\p{Han}\\p{Hiragana}\\p{Katakana}０-９0-9〒ー－ 　丁目番地号]{0,60}"
    ) {
        check_any(&s)?;
    }

    /// Mixes of real names, numbers, dashes, 〒, spaces and building words.
    #[test]
    fn address_mixes_never_panic(s in mix()) {
        check_any(&s)?;
    }

    /// Addresses shaped like real ones: never panic, ASCII out, and stable
    /// when re-parsed from their canonical form.
    #[test]
    fn addresses_romanize_and_are_stable(s in address()) {
        if let Some(parts) = check_any(&s)? {
            check_stable(&parts)?;
        }
    }

    /// Whatever a mix parses to, re-parsing its canonical form agrees.
    #[test]
    fn parsing_is_stable(s in mix()) {
        if let Ok(parts) = jusho::parse(&s) {
            check_stable(&parts)?;
        }
    }
}

proptest! {
    #![proptest_config(config(2000))]

    /// A real address's parts written back as Japanese (postal code,
    /// prefecture, municipality, town, block, building, floor, room), and
    /// without the prefecture and municipality when a code is given,
    /// romanize to the same State, City, Zip and Address (issue 16).
    #[test]
    fn parts_written_back_romanize_alike(bytes in prop::collection::vec(any::<u8>(), 12)) {
        if let Some(input) = written_back::real_address(gz(), &bytes) {
            let differ = written_back::disagreement(gz(), &input);
            prop_assert!(differ.is_none(), "{}", differ.unwrap_or_default());
        }
    }
}

proptest! {
    #![proptest_config(config(1000))]

    /// Every 7-digit value formats as NNN-NNNN and parses back, in every
    /// written form.
    #[test]
    fn postal_codes_round_trip(v in 0u32..=PostalCode::MAX_VALUE, dash in prop::sample::select(&DASHES[..12])) {
        let code = PostalCode::new(v).unwrap();
        let s = code.to_string();
        prop_assert_eq!(s.len(), 8);
        prop_assert!(s.as_bytes()[3] == b'-' && s.bytes().enumerate().all(|(i, b)| i == 3 || b.is_ascii_digit()));
        prop_assert_eq!(code.value(), v);
        let (a, b) = s.split_at(3);
        let b = &b[1..];
        let forms = [
            s.clone(),
            format!("〒{s}"),
            format!("{a}{b}"),
            format!("{a} {b}"),
            format!("〒 {a}ー{b}"),
            format!("郵便番号{s}"),
            full_width_digits(&format!("{a}－{b}")),
        ];
        for form in forms {
            let parsed = PostalCode::parse(&form);
            prop_assert_eq!(parsed.as_ref().ok(), Some(&code), "{:?}: {:?}", form, parsed.as_ref().err());
        }
        // `-`, `－`, `ー` and the other dashes all fold to one separator.
        if !["の", "ノ"].contains(&dash) {
            let form = format!("{a}{dash}{b}");
            let parsed = PostalCode::parse(&form);
            prop_assert_eq!(parsed.as_ref().ok(), Some(&code), "{:?}: {:?}", form, parsed.as_ref().err());
        }
        prop_assert_eq!(s.parse::<PostalCode>().ok(), Some(code));
    }

    /// Values past 999-9999 are refused; wrong digit counts are typed errors.
    #[test]
    fn malformed_postal_codes_are_typed_errors(v in (PostalCode::MAX_VALUE + 1).., digits in 1usize..12) {
        prop_assert!(PostalCode::new(v).is_none());
        if digits != 7 {
            let s: String = "1234567890".repeat(2).chars().take(digits).collect();
            let err = PostalCode::parse(&s).unwrap_err();
            prop_assert_eq!(err.kind(), ErrorKind::InvalidPostalCode);
            prop_assert!(err.to_string().contains(&s), "{}", err);
        }
    }

    /// A postal code given with an address is kept as given, whether or not
    /// it matches, and comes out as the zip.
    #[test]
    fn given_postal_codes_are_kept(v in 0u32..=PostalCode::MAX_VALUE, at_end in prop::bool::ANY) {
        let code = PostalCode::new(v).unwrap();
        let text = if at_end {
            format!("東京都中央区築地1-1-1 〒{code}")
        } else {
            format!("〒{code} 東京都中央区築地1-1-1")
        };
        let r = jusho::Romanizer::default().romanize_full(&text).unwrap();
        prop_assert_eq!(r.profile.zip, code.to_string());
        let parts = jusho::parse(&text).unwrap();
        prop_assert_eq!(parts.postal_code, Some(code));
        prop_assert!(!parts.postal_code_inferred);
    }
}

/// Every real district's code, formatted and re-parsed, is itself (the data
/// side of the round trip).
#[test]
fn every_gazetteer_code_round_trips() {
    for d in gz().districts() {
        let s = d.code.to_string();
        assert_eq!(PostalCode::parse(&s).unwrap(), d.code, "{s}");
    }
}
