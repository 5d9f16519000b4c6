//! parse + romanize over arbitrary bytes.
//!
//! Checks, for every input: no panic; `parse`, `romanize` and
//! `Romanizer::romanize_full` agree on success or failure (and on the error);
//! a parsed address romanizes in the default style, the Japan Post preset
//! and styles with every option changed; an error has a non-empty message
//! (and is `too_long` past the limit); the default style's five fields and
//! the Japan Post preset's are ASCII; the zip is the parsed postal code.
#![no_main]

use jusho::romaji::{LongVowel, SyllabicN};
use jusho::{CityOrder, ErrorKind, PrefectureSuffix, Profile, Romanizer, Style, MAX_INPUT_BYTES};
use libfuzzer_sys::fuzz_target;

static DEFAULT: Romanizer = Romanizer::new(Style::DEFAULT);
static JAPAN_POST: Romanizer = Romanizer::new(Style::JAPAN_POST);
static OTHER: Romanizer = Romanizer::new(
    Style::new()
        .long_vowel(LongVowel::Macron)
        .syllabic_n(SyllabicN::MBeforeLabial)
        .city_order(CityOrder::LargestFirst)
        .prefecture_suffix(PrefectureSuffix::Hyphenated),
);
static KANA_VOWELS: Romanizer = Romanizer::new(Style::new().long_vowel(LongVowel::Kana));

fn fields(p: &Profile) -> [&str; 5] {
    [&p.country, &p.address, &p.city, &p.state, &p.zip]
}

fn check_ascii(input: &str, style: &str, p: &Profile) {
    for field in fields(p) {
        assert!(
            field.is_ascii(),
            "{style}: non-ASCII field {field:?} for input {input:?}: {p:?}"
        );
    }
}

fn check(input: &str) {
    // One parse per input: the styles romanize the parsed parts, which is
    // what `romanize_full` does (a parse per style would make each run
    // several times slower). The error path checks the other entry points.
    let parsed = jusho::parse(input);
    let full = parsed.clone().map(|parts| DEFAULT.romanize_parts(parts));
    match (&parsed, &full) {
        (Ok(parts), Ok(full)) => {
            let plain = &full.profile;
            check_ascii(input, "default", plain);
            assert_eq!(plain.country, "Japan");
            assert_eq!(
                plain.zip,
                parts.postal_code.map_or(String::new(), |c| c.to_string())
            );
            let japan_post = JAPAN_POST.romanize_parts(parts.clone()).profile;
            check_ascii(input, "japan-post", &japan_post);
            let other = OTHER.romanize_parts(parts.clone()).profile;
            assert!(!other.state.is_empty() && !other.city.is_empty());
            let kana = KANA_VOWELS.romanize_parts(parts.clone()).profile;
            assert!(kana.zip.is_ascii());
            // Block display is digits and dashes.
            if let Some(block) = &parts.block {
                let s = block.to_string();
                assert!(s.bytes().all(|b| b.is_ascii_digit() || b == b'-'), "{s:?}");
            }
        }
        (Err(e), Err(e2)) => {
            assert!(!e.message().is_empty(), "empty message for {input:?}");
            assert!(!e.to_string().is_empty());
            assert_eq!(e, e2);
            assert_eq!(DEFAULT.romanize_full(input).err().as_ref(), Some(e));
            assert_eq!(jusho::romanize(input).err().as_ref(), Some(e));
            assert_eq!(JAPAN_POST.romanize(input).err().as_ref(), Some(e));
            if input.len() > MAX_INPUT_BYTES {
                assert_eq!(e.kind(), ErrorKind::TooLong);
            }
        }
        _ => panic!(
            "parse and romanize_full disagree on {input:?}: {:?} / {:?}",
            parsed.as_ref().err(),
            full.as_ref().err()
        ),
    }
}

fuzz_target!(|data: &[u8]| {
    match std::str::from_utf8(data) {
        Ok(s) => check(s),
        Err(_) => check(&String::from_utf8_lossy(data)),
    }
    // Postal codes: whatever parses formats as NNN-NNNN and parses back.
    if let Ok(s) = std::str::from_utf8(data) {
        if s.len() <= 64 {
            if let Ok(code) = jusho::PostalCode::parse(s) {
                let f = code.to_string();
                assert_eq!(jusho::PostalCode::parse(&f).ok(), Some(code), "{s:?}");
            }
        }
    }
});
