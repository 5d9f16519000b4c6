//! Unit tests of postal-code parsing and splitting.

use super::*;
use crate::text;
use crate::ErrorKind;

#[test]
fn split_examples() {
    let s = "〒104-0045 東京都中央区築地1-1-1";
    let (code, rest) = split_postal_code(s).unwrap();
    assert_eq!(code.unwrap().to_string(), "104-0045");
    assert_eq!(&s[rest], "東京都中央区築地1-1-1");

    let s = "東京都中央区築地1-1-1 404";
    let (code, rest) = split_postal_code(s).unwrap();
    assert_eq!(code, None);
    assert_eq!(&s[rest], s);
}

fn code(s: &str) -> PostalCode {
    PostalCode::parse(s).unwrap_or_else(|e| panic!("{s:?}: {e}"))
}

fn err(s: &str) -> String {
    let e = PostalCode::parse(s).expect_err(s);
    assert_eq!(e.kind(), ErrorKind::InvalidPostalCode);
    e.to_string()
}

#[test]
fn parse_accepted_forms() {
    for s in [
        "〒104-0045",
        "104-0045",
        "1040045",
        "１０４－００４５",
        "104 0045",
        "〒 104ー0045",
        "郵便番号104-0045",
        "郵便番号：104-0045",
        "郵便番号: 104-0045",
        "〶1040045",
        " 104-0045 ",
        "104−0045",
        "104　0045",
    ] {
        assert_eq!(code(s).value(), 1_040_045, "{s:?}");
        assert_eq!(s.parse::<PostalCode>().unwrap().to_string(), "104-0045");
    }
}

#[test]
fn parse_errors() {
    assert_eq!(
        err("10400451"),
        r#"invalid postal code "10400451": expected 7 digits, but found 8"#
    );
    assert_eq!(
        err("〒104-004"),
        r#"invalid postal code "104-004": expected 7 digits, but found 6"#
    );
    assert_eq!(
        err("1O4-0045"),
        r#"invalid postal code "1O4-0045": expected only digits, but found "O""#
    );
    assert_eq!(
        err(""),
        r#"invalid postal code "": expected 7 digits, but found 0"#
    );
    assert_eq!(
        err("〒"),
        r#"invalid postal code "": expected 7 digits, but found 0"#
    );
    assert_eq!(
        err("1040-045"),
        r#"invalid postal code "1040-045": expected 3 digits before the separator, but found 4"#
    );
    assert_eq!(
        err("104-00-45"),
        r#"invalid postal code "104-00-45": expected at most one separator, but found 2"#
    );
    assert_eq!(
        err("104-0045 東京都"),
        r#"invalid postal code "104-0045 東京都": expected only digits, but found "東""#
    );
    assert!(err("\u{0}1040045").contains(r"\0"));
    // Overlong input does not make an overlong message.
    assert!(err(&"1".repeat(10_000)).len() < 200);
}

#[test]
fn display_and_new() {
    assert_eq!(PostalCode::new(600_042).unwrap().to_string(), "060-0042");
    assert_eq!(PostalCode::new(0).unwrap().to_string(), "000-0000");
    assert_eq!(PostalCode::new(9_999_999).unwrap().to_string(), "999-9999");
    assert_eq!(PostalCode::new(10_000_000), None);
    assert_eq!(PostalCode::new(u32::MAX), None);
    assert!(code("060-0042") < code("104-0045"));
}

#[test]
#[cfg(feature = "serde")]
fn serde_as_string() {
    let c = code("104-0045");
    assert_eq!(serde_json::to_string(&c).unwrap(), r#""104-0045""#);
    assert_eq!(
        serde_json::from_str::<PostalCode>(r#""104-0045""#).unwrap(),
        c
    );
    assert_eq!(
        serde_json::from_str::<PostalCode>(r#""〒1040045""#).unwrap(),
        c
    );
    let e = serde_json::from_str::<PostalCode>(r#""10400451""#).unwrap_err();
    assert!(
        e.to_string().contains("expected 7 digits, but found 8"),
        "{e}"
    );
    assert!(serde_json::from_str::<PostalCode>("1040045").is_err());
}

/// Splits `input` (cleaned first), returning the code and the rest.
fn split(input: &str) -> (Option<String>, String) {
    let s = text::clean(input);
    let (code, range) = split_postal_code(&s).unwrap_or_else(|e| panic!("{input:?}: {e}"));
    (code.map(|c| c.to_string()), s[range].to_string())
}

fn split_err(input: &str) -> String {
    let s = text::clean(input);
    let e = split_postal_code(&s).expect_err(input);
    assert_eq!(e.kind(), ErrorKind::InvalidPostalCode);
    e.to_string()
}

const ADDRESS: &str = "東京都中央区築地1-1-1";

#[test]
fn split_at_start() {
    for prefix in [
        "〒104-0045 ",
        "〒104-0045",
        "104-0045 ",
        "104-0045",
        "1040045 ",
        "1040045",
        "１０４－００４５ ",
        "104 0045 ",
        "〒 104ー0045 ",
        "郵便番号104-0045 ",
        "郵便番号：104-0045 ",
        "〶1040045 ",
        "〒104 0045 ",
        "  〒104-0045\u{3000}",
    ] {
        let input = format!("{prefix}{ADDRESS}");
        assert_eq!(
            split(&input),
            (Some("104-0045".to_string()), ADDRESS.to_string()),
            "{input:?}"
        );
    }
}

#[test]
fn split_at_end() {
    for suffix in [
        " 〒104-0045",
        "〒104-0045",
        " 104-0045",
        " 1040045",
        " １０４－００４５",
        " 104 0045",
        " 〒 104ー0045",
        " 郵便番号104-0045",
        " 郵便番号:104-0045",
        " 〶1040045",
        "〒1040045",
        "〒104 0045",
    ] {
        let input = format!("{ADDRESS}{suffix}");
        assert_eq!(
            split(&input),
            (Some("104-0045".to_string()), ADDRESS.to_string()),
            "{input:?}"
        );
    }
    // Right after a kanji, NNN-NNNN is still a code.
    assert_eq!(
        split("東京都中央区築地104-0045"),
        (Some("104-0045".to_string()), "東京都中央区築地".to_string())
    );
    // Only a code.
    assert_eq!(
        split("104-0045"),
        (Some("104-0045".to_string()), String::new())
    );
    assert_eq!(
        split("104 0045"),
        (Some("104-0045".to_string()), String::new())
    );
}

#[test]
fn split_no_code() {
    for input in [
        "東京都中央区築地1-1-1",
        "東京都中央区築地1-1-1 404",
        "東京都中央区築地1-1-1-404",
        "東京都中央区築地2丁目",
        "東京都中央区築地1丁目1番1号 サンプルマンション404号室",
        "東京都中央区築地1040045",
        "東京都中央区築地1-1 1040",
        "1-1-1 築地",
        "404 サンプルマンション",
        "12 3456",
        "",
        "1",
    ] {
        assert_eq!(
            split(input),
            (None, text::clean(input).into_owned()),
            "{input:?}"
        );
    }
    // A marker in the middle is left to the parser.
    let input = "東京都 〒104-0045 中央区";
    assert_eq!(split(input), (None, input.to_string()));
    // A bare marker is dropped.
    assert_eq!(split("〒 東京都"), (None, "東京都".to_string()));
    assert_eq!(split("東京都 〒"), (None, "東京都".to_string()));
}

#[test]
fn split_errors() {
    for (input, bad) in [
        (
            "〒10400451 東京都中央区築地",
            "\"10400451\": expected 7 digits, but found 8",
        ),
        (
            "〒104-004 東京都中央区築地",
            "\"104-004\": expected 7 digits, but found 6",
        ),
        (
            "〒1O4-0045",
            "\"1O4-0045\": expected only digits, but found \"O\"",
        ),
        (
            "〒1O4-0045 東京都",
            "\"1O4-0045\": expected only digits, but found \"O\"",
        ),
        (
            "104-00451 東京都",
            "\"104-00451\": expected 7 digits, but found 8",
        ),
        (
            "10400451 東京都",
            "\"10400451\": expected 7 digits, but found 8",
        ),
        (
            "1040-045 東京都",
            "\"1040-045\": expected 3 digits before the separator",
        ),
        (
            "東京都中央区築地 〒104-00451",
            "\"104-00451\": expected 7 digits, but found 8",
        ),
        (
            "東京都中央区築地〒1O4-0045",
            "\"1O4-0045\": expected only digits",
        ),
        (
            "郵便番号1234 東京都",
            "\"1234\": expected 7 digits, but found 4",
        ),
    ] {
        let message = split_err(input);
        assert!(message.starts_with("invalid postal code "), "{message}");
        assert!(message.contains(bad), "{input:?}: {message}");
    }
}

#[test]
fn split_never_panics_on_odd_input() {
    for input in [
        "〒",
        "郵便番号",
        "〒:",
        "-",
        "--------",
        "〒-",
        "\u{FFFF}〒",
        "〒\u{10FFFF}",
    ] {
        let _ = split_postal_code(input);
    }
}

mod prop {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn display_parse_round_trip(v in 0..=PostalCode::MAX_VALUE) {
            let c = PostalCode::new(v).unwrap();
            let s = c.to_string();
            prop_assert_eq!(s.len(), 8);
            prop_assert_eq!(PostalCode::parse(&s).unwrap(), c);
            prop_assert_eq!(PostalCode::parse(&s.replace('-', "")).unwrap(), c);
            let (found, rest) = split_postal_code(&format!("〒{s} 東京都")).unwrap();
            prop_assert_eq!(found, Some(c));
            prop_assert_eq!(rest, 12..21);
        }

        #[test]
        fn split_never_panics(s in "[〒〶郵便番号 0-9\\-Oa東京都]{0,24}") {
            let cleaned = text::clean(&s);
            if let Ok((_, range)) = split_postal_code(&cleaned) {
                prop_assert!(cleaned.get(range).is_some());
            }
        }

        #[test]
        fn split_any_string(s in any::<String>()) {
            if let Ok((_, range)) = split_postal_code(&s) {
                prop_assert!(s.get(range).is_some());
            }
            let _ = PostalCode::parse(&s);
        }
    }
}
