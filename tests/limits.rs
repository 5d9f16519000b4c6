//! Input limits: the documented maximum length, and no quadratic loops or
//! deep recursion on long, repetitive input.
//!
//! Timing in tests is flaky, so the time bounds here are hang guards only
//! (generous: 2 s for work that takes micro- to milliseconds). Real speed is
//! measured by the benches, not here.

use std::time::{Duration, Instant};

use jusho::{ErrorKind, MAX_INPUT_BYTES};

/// A hang guard, not a benchmark: fails only if `f` takes absurdly long.
const HANG_GUARD: Duration = Duration::from_secs(2);

/// Runs parse, romanize and romanize in the Japan Post style on `input`,
/// checks none takes longer than [`HANG_GUARD`], and returns parse's result
/// kind (`None` for `Ok`).
fn run(what: &str, input: &str) -> Option<ErrorKind> {
    let start = Instant::now();
    let parsed = jusho::parse(input);
    let romanized = jusho::romanize(input);
    let japan_post = jusho::Romanizer::new(jusho::Style::JAPAN_POST).romanize(input);
    let elapsed = start.elapsed();
    assert!(
        elapsed < HANG_GUARD,
        "{what} ({} bytes) took {elapsed:?}",
        input.len()
    );
    assert_eq!(parsed.is_ok(), romanized.is_ok(), "{what}");
    assert_eq!(parsed.is_ok(), japan_post.is_ok(), "{what}");
    if let Err(e) = &parsed {
        assert!(!e.message().is_empty(), "{what}");
        // Messages quote the input cut short: no 1 MiB messages.
        assert!(
            e.message().len() < 600,
            "{what}: message of {} bytes",
            e.message().len()
        );
    }
    if let Ok(p) = &romanized {
        for field in [&p.country, &p.address, &p.city, &p.state, &p.zip] {
            assert!(field.is_ascii(), "{what}: {p:?}");
        }
    }
    parsed.err().map(|e| e.kind())
}

/// Pads `head` with `pad` to exactly `len` bytes (`pad` is one byte).
fn padded(head: &str, pad: char, len: usize) -> String {
    assert_eq!(pad.len_utf8(), 1);
    let mut s = head.to_owned();
    while s.len() < len {
        s.push(pad);
    }
    assert_eq!(s.len(), len);
    s
}

#[test]
fn max_input_bytes_is_documented_value() {
    assert_eq!(MAX_INPUT_BYTES, 1024);
}

#[test]
fn exact_boundary() {
    // A real address padded with spaces, and one padded with a building name.
    for (head, pad) in [
        ("東京都中央区築地1-1-1", ' '),
        ("東京都中央区築地1-1-1 A", 'B'),
    ] {
        let at_limit = padded(head, pad, MAX_INPUT_BYTES);
        let kind = run("at the limit", &at_limit);
        assert_ne!(
            kind,
            Some(ErrorKind::TooLong),
            "{MAX_INPUT_BYTES} bytes refused"
        );
        assert_eq!(kind, None, "{head:?} padded to the limit fails: {kind:?}");

        let over = padded(head, pad, MAX_INPUT_BYTES + 1);
        assert_eq!(run("one over the limit", &over), Some(ErrorKind::TooLong));
    }
    // Junk at the limit is refused for what it is, not for its length.
    let junk = "a".repeat(MAX_INPUT_BYTES);
    let kind = run("junk at the limit", &junk);
    assert!(
        kind.is_some() && kind != Some(ErrorKind::TooLong),
        "{kind:?}"
    );
    assert_eq!(
        run("junk over the limit", &"a".repeat(MAX_INPUT_BYTES + 1)),
        Some(ErrorKind::TooLong)
    );
    // The limit counts bytes, not characters: 341 three-byte characters are
    // 1023 bytes, 342 are 1026.
    assert_ne!(
        run("341 kanji", &"東".repeat(341)),
        Some(ErrorKind::TooLong)
    );
    assert_eq!(
        run("342 kanji", &"東".repeat(342)),
        Some(ErrorKind::TooLong)
    );
}

#[test]
fn too_long_message() {
    let err = jusho::parse(&"東".repeat(400)).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::TooLong);
    assert_eq!(err.kind().name(), "too_long");
    let msg = err.to_string();
    assert!(msg.contains("1024") && msg.contains("1200"), "{msg}");
}

#[test]
fn one_mebibyte_is_refused_quickly() {
    let line = "東京都中央区築地1-1-1 ".repeat((1 << 20) / 30);
    let big = padded(&line, 'x', 1 << 20);
    assert_eq!(run("1 MiB line", &big), Some(ErrorKind::TooLong));
    // With a control character at the end, the length check still comes first.
    let mut big = "a".repeat(1 << 20);
    big.push('\0');
    assert_eq!(run("1 MiB + NUL", &big), Some(ErrorKind::TooLong));
}

#[test]
fn long_repetitive_inputs_over_the_limit() {
    assert_eq!(
        run("1- x 50,000", &"1-".repeat(50_000)),
        Some(ErrorKind::TooLong)
    );
    assert_eq!(
        run("丁目 x 100,000", &"丁目".repeat(100_000)),
        Some(ErrorKind::TooLong)
    );
    assert_eq!(
        run(
            "東京都中央区築地 x 10,000",
            &"東京都中央区築地".repeat(10_000)
        ),
        Some(ErrorKind::TooLong)
    );
}

/// Repetitive inputs just within the limit: the parser's real work, each a
/// hang guard against quadratic loops or deep recursion.
#[test]
fn long_repetitive_inputs_within_the_limit() {
    let cases: Vec<(&str, String)> = vec![
        ("東京都 x 113", "東京都".repeat(113)),
        ("1- x 500", "1-".repeat(500)),
        ("〒 x 341", "〒".repeat(341)),
        ("丁目 x 170", "丁目".repeat(170)),
        (
            "東京都中央区築地 + 1- x 490",
            format!("東京都中央区築地{}", "1-".repeat(490)),
        ),
        (
            "東京都中央区築地 + 1 x 1000",
            format!("東京都中央区築地{}", "1".repeat(1000)),
        ),
        (
            "東京都中央区築地 + 一 x 330",
            format!("東京都中央区築地{}", "一".repeat(330)),
        ),
        (
            "東京都中央区築地 + 十 x 330",
            format!("東京都中央区築地{}", "十".repeat(330)),
        ),
        ("中央区 x 113", "中央区".repeat(113)),
        ("北海道札幌市中央区 x 37", "北海道札幌市中央区".repeat(37)),
        ("字 x 341", "字".repeat(341)),
        ("大字 x 170", "大字".repeat(170)),
        (
            "京都市 + 通 x 330",
            format!("京都府京都市中京区{}", "通".repeat(330)),
        ),
        (
            "京都 上る x 160",
            format!("京都府京都市中京区{}", "通上る".repeat(110)),
        ),
        (
            "丁目番地 x 85",
            format!("東京都中央区築地{}", "1丁目1番地".repeat(60)),
        ),
        (
            "1番地ノ x 140",
            format!("東京都中央区築地{}", "1番地ノ".repeat(100)),
        ),
        ("- x 1000", "-".repeat(1000)),
        ("ー x 341", "ー".repeat(341)),
        ("space x 1024", " ".repeat(1024)),
        ("ideographic space x 341", "　".repeat(341)),
        (
            "# x 990",
            format!("東京都中央区築地1-1-1{}", "#".repeat(990)),
        ),
        (
            "号室 x 150",
            format!("東京都中央区築地1-1-1{}", "1号室".repeat(100)),
        ),
        (
            "1F x 300",
            format!("東京都中央区築地1-1-1{}", "1F".repeat(300)),
        ),
        (
            "ﾏﾝｼｮﾝ x 100",
            format!("東京都中央区築地1-1-1 {}", "ﾏﾝｼｮﾝ".repeat(60)),
        ),
        (
            "マンション x 60",
            format!("東京都中央区築地1-1-1 {}", "マンション".repeat(60)),
        ),
        (
            "combining marks",
            format!("東京都中央区築地1-1-1 {}", "\u{3099}".repeat(330)),
        ),
        (
            "variation selectors",
            format!("東京都中央区築地{}", "\u{FE00}".repeat(330)),
        ),
        ("郵便番号 x 85", "郵便番号".repeat(85)),
        ("〒104-0045 x 85", "〒104-0045 ".repeat(85)),
    ];
    for (what, input) in cases {
        assert!(
            input.len() <= MAX_INPUT_BYTES,
            "{what}: {} bytes",
            input.len()
        );
        let kind = run(what, &input);
        assert_ne!(kind, Some(ErrorKind::TooLong), "{what}");
    }
}

/// The brief's repetitions, literally: those over the limit are refused as
/// too long, those within are parsed (quickly) for real.
#[test]
fn brief_repetitions() {
    for (what, input) in [
        ("東京都 x 300", "東京都".repeat(300)),
        ("1- x 500", "1-".repeat(500)),
        ("〒 x 300", "〒".repeat(300)),
        ("丁目 x 340", "丁目".repeat(340)),
    ] {
        let kind = run(what, &input);
        assert_eq!(
            kind == Some(ErrorKind::TooLong),
            input.len() > MAX_INPUT_BYTES,
            "{what}: {} bytes, {kind:?}",
            input.len()
        );
    }
}
