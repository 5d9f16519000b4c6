//! Time linear in the input (issue 16): every hostile shape of
//! `benches/common/hostile.rs` (long digit and numeral runs, repeated place
//! names and block words, dashes, spaces between every character, postal
//! marks, long katakana and kanji runs, Kyoto direction chains, mixtures),
//! at 1 KiB, must cost no more than a small factor times what its length
//! in real addresses costs, and its cost per byte must not grow from 256
//! bytes to 1 KiB.
//!
//! Time is compared with time measured in the same run, never with a fixed
//! limit: the least of several runs of each input (what the input costs
//! when nothing else gets in the way), and a shape that fails is measured
//! again before the test fails, so a busy machine does not make it flaky.
//! `LINEAR_TIME_REPORT=1 cargo test --test linear_time -- --nocapture`
//! prints every shape's figures.

#[path = "../benches/common/hostile.rs"]
mod hostile;

use std::hint::black_box;
use std::time::{Duration, Instant};

use hostile::{Shape, SHAPES};
use jusho::MAX_INPUT_BYTES;

/// Real addresses, typed in full: the cost per byte of real work.
const REAL: [&str; 4] = [
    "〒104-0045 東京都中央区築地1丁目1番1号 サンプルマンション404号室",
    "京都府京都市中京区寺町通御池上る上本能寺前町488番地 サンプルマンション404",
    "北海道札幌市中央区北1条西2丁目1 札幌駅前ビル5F",
    "大阪府大阪市北区梅田1-3-1 大阪駅前第1ビル",
];

/// A 1 KiB input may cost this many times what as many bytes of real
/// addresses cost. Measured (on 2026-11-29, release-like test profile): at
/// most about 5 for every shape once linear; 10 to 30 for the quadratic
/// paths this test was written for.
const MAX_COST_PER_BYTE_VS_REAL: f64 = 8.0;

/// The cost per byte at 1 KiB may be this many times that at a quarter of
/// it (at half, for shapes whose unit is too long to repeat in a quarter).
/// Linear: about 1 (fixed costs make it less); quadratic: 1.6 to 3 on the
/// paths this test was written for.
const MAX_GROWTH_PER_BYTE: f64 = 1.4;

/// Runs of each input; the least is kept.
const RUNS: usize = 5;

/// Measurements of a shape that fails before the test fails.
const ATTEMPTS: usize = 4;

/// The least time `jusho::romanize` takes on `input` in `runs` runs (after
/// one run to warm up any first-use tables).
fn cost(input: &str, runs: usize) -> Duration {
    let _ = black_box(jusho::romanize(black_box(input)));
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            let _ = black_box(jusho::romanize(black_box(input)));
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Seconds per byte of the real addresses.
fn real_cost_per_byte(runs: usize) -> f64 {
    let time: f64 = REAL.iter().map(|a| cost(a, runs).as_secs_f64()).sum();
    let bytes: usize = REAL.iter().map(|a| a.len()).sum();
    time / bytes as f64
}

/// A shape's figures: its cost per byte at 1 KiB against real addresses',
/// and against its own at 512 bytes.
struct Figures {
    vs_real: f64,
    growth: f64,
}

fn measure(shape: &Shape, real_per_byte: f64, runs: usize) -> Figures {
    let per_byte = |bytes: usize| {
        let input = shape.build(bytes);
        cost(&input, runs).as_secs_f64() / input.len() as f64
    };
    let full = per_byte(MAX_INPUT_BYTES);
    let small = per_byte(small_size(shape));
    Figures {
        vs_real: full / real_per_byte,
        growth: full / small,
    }
}

/// The size growth is measured from: a quarter of the limit, or half where
/// a quarter holds fewer than two units.
fn small_size(shape: &Shape) -> usize {
    let quarter = MAX_INPUT_BYTES / 4;
    match quarter >= shape.head.len() + shape.tail.len() + 2 * shape.unit.len() {
        true => quarter,
        false => MAX_INPUT_BYTES / 2,
    }
}

fn within_bounds(f: &Figures) -> bool {
    f.vs_real <= MAX_COST_PER_BYTE_VS_REAL && f.growth <= MAX_GROWTH_PER_BYTE
}

#[test]
fn shapes_fit_the_limit_and_are_distinct() {
    let mut names: Vec<&str> = SHAPES.iter().map(|s| s.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), SHAPES.len(), "shape names repeat");
    for shape in SHAPES {
        let input = shape.build(MAX_INPUT_BYTES);
        assert!(
            input.len() <= MAX_INPUT_BYTES && input.len() > MAX_INPUT_BYTES * 3 / 4,
            "{}: {} bytes",
            shape.name,
            input.len()
        );
        // The small size holds at least two units, so growth is measured.
        let small = shape.build(small_size(shape));
        assert!(
            small.len() >= shape.head.len() + shape.tail.len() + 2 * shape.unit.len(),
            "{}",
            shape.name
        );
    }
}

#[test]
fn every_hostile_shape_costs_linear_time() {
    let report = std::env::var_os("LINEAR_TIME_REPORT").is_some();
    let mut failures = Vec::new();
    for shape in SHAPES {
        let mut attempt = 0;
        let figures = loop {
            attempt += 1;
            // Each attempt measures the real addresses again, and longer.
            let runs = RUNS * attempt;
            let figures = measure(shape, real_cost_per_byte(runs), runs);
            if within_bounds(&figures) || attempt == ATTEMPTS {
                break figures;
            }
        };
        if report {
            println!(
                "{:<24} {:5.2} x real per byte, {:4.2} x its own at {} B ({attempt} attempts)",
                shape.name,
                figures.vs_real,
                figures.growth,
                small_size(shape)
            );
        }
        if !within_bounds(&figures) {
            failures.push(format!(
                "{}: {:.1} x the cost per byte of real addresses (at most {MAX_COST_PER_BYTE_VS_REAL}), \
                 {:.2} x its own at {} bytes (at most {MAX_GROWTH_PER_BYTE})",
                shape.name,
                figures.vs_real,
                figures.growth,
                small_size(shape)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Found by the fuzzer with `-len_control=0` (fuzz/README.md): a PO box
/// whose office name is 480 bytes of place names and junk (`…高梁市松原頚mm…
/// 郵便局私書箱1号`), read word by word with every start of the rest looked
/// up: 375 million instructions, over a second in the fuzz build. The
/// bytes as the fuzzer wrote them (not UTF-8; the target reads them
/// lossily).
const FUZZ_PO_BOX_OFFICE: [&str; 13] = [
    "e69db1e4baace983bde4b8ade5a4aee58cbae983e5b2a1e38081e5b1b1e7e983e5b2a1e38081",
    "e5b1b1e79c8ce9ab98e6a281e5b1b1e79c8ce9ab98e6a281e5b882e69dbee58e9fe9a09a6d6d",
    "6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d66666666666666666666",
    "6666666666666666666666666666666666666666666666666666666666666666666666666666",
    "666666666666666666666666666666666666666666666d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d",
    "31e58fb72883b5e4bebfe5b180e7a781e69bb881e5b882e69dbee58e9fe9a09a6d6d6d6d6d6d",
    "6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d9c8ce9ab98e6a281e5b1",
    "b1e79c8ce9ab98e6a281e5b882e69dbee58e9fe9a09a6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d",
    "6d6d6d6d6d6d6d6d6d6d6d6d6d6d666666666666666666666666666666666666666666666666",
    "6666666666666666666666666666666666666666666666666666666666666666666666666666",
    "66666666666666666d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d31e58fb72883b5e4bebfe5b180e7",
    "a781e69bb881e5b882e69dbee58e9fe9a09a6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d",
    "6d6d6d6d6d6d6d6d6d6d6d6d6d6d6de983b5e4bebfe5b180e7a781e69bb8e7aeb131e58fb7",
];

#[test]
fn fuzz_finding_po_box_office() {
    let hex: String = FUZZ_PO_BOX_OFFICE.concat();
    let bytes: Vec<u8> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
        .collect();
    let input = String::from_utf8_lossy(&bytes).into_owned();
    let romanized = jusho::romanize(&input).expect("a PO box in 中央区");
    assert!(
        romanized.address.starts_with("P.O. Box 1, "),
        "{romanized:?}"
    );
    let mut vs_real = f64::INFINITY;
    for attempt in 1..=ATTEMPTS {
        let runs = RUNS * attempt;
        let per_byte = cost(&input, runs).as_secs_f64() / input.len() as f64;
        vs_real = per_byte / real_cost_per_byte(runs);
        if vs_real <= MAX_COST_PER_BYTE_VS_REAL {
            break;
        }
    }
    assert!(
        vs_real <= MAX_COST_PER_BYTE_VS_REAL,
        "{vs_real:.1} x the cost per byte of real addresses"
    );
}
