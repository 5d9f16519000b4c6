//! Helper for `benches/compare.py` and the memory measurements in
//! `benches/README.md`; not part of the library's interface.
//!
//! * `bench_dump towns`: every unique (kanji, kana) town name of the
//!   gazetteer with jusho's romaji, as TSV `kanji, kana, romaji, towns`
//!   (how many town records, one per municipality, carry that name).
//! * `bench_dump speed`: jusho's names per second on those names, three
//!   ways (see below), as TSV `what, names, wall seconds, CPU seconds`.
//! * `bench_dump corpus N [FORM]`: N office addresses in the typed mix of
//!   forms (the bench corpus), or all in one form (`as_written`, `spaced`,
//!   …), cycling, one per line.
//! * `bench_dump hostile`: the hostile shapes (`benches/common/hostile.rs`)
//!   timed at 128 B to 1 KiB; `bench_dump hostile SHAPE BYTES` prints one
//!   (for callgrind); `bench_dump hostile-seeds DIR` writes each at 256 B
//!   and 1 KiB as fuzz seeds.
//!
//! Batch runs (throughput, memory, profiles) use the `romanize` example
//! itself: `romanize --json < corpus`.
#[path = "../benches/common/corpus.rs"]
mod corpus;
#[path = "../benches/common/hostile.rs"]
mod hostile;

use jusho::gazetteer::{self, Town};
use jusho::romaji::Spelling;
use std::collections::{HashMap, HashSet};
use std::io::{self, BufWriter, Write};
use std::time::Instant;

fn unique_towns() -> Vec<Town> {
    let gz = gazetteer::get();
    let mut seen = HashSet::new();
    gz.towns()
        .iter()
        .filter(|t| !t.is_city_wide() && seen.insert((t.name.kanji, t.name.kana)))
        .collect()
}

/// Wall and on-CPU seconds since `start`: the machine is shared, so wall
/// time alone overstates the cost when other processes compete for the
/// cores. On-CPU time is this thread's, from /proc (0 where unavailable).
struct Clock(Instant, f64);

impl Clock {
    fn start() -> Clock {
        Clock(Instant::now(), cpu_seconds())
    }
    fn stop(&self) -> (f64, f64) {
        (self.0.elapsed().as_secs_f64(), cpu_seconds() - self.1)
    }
}

fn cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

fn romaji(t: &Town) -> String {
    t.name.romaji(&Spelling::DEFAULT)
}

fn main() -> io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    match args.first().map(String::as_str) {
        Some("towns") => {
            let mut records: HashMap<(&str, &str), usize> = HashMap::new();
            for t in gazetteer::get()
                .towns()
                .iter()
                .filter(|t| !t.is_city_wide())
            {
                *records.entry((t.name.kanji, t.name.kana)).or_default() += 1;
            }
            for t in unique_towns() {
                let n = records[&(t.name.kanji, t.name.kana)];
                writeln!(
                    out,
                    "{}\t{}\t{}\t{n}",
                    t.name.kanji,
                    t.name.kana,
                    romaji(&t)
                )?;
            }
        }
        Some("speed") => speed(&mut out)?,
        Some("hostile-seeds") => {
            let Some(dir) = args.get(1) else {
                eprintln!("usage: bench_dump hostile-seeds DIR");
                std::process::exit(2);
            };
            for shape in hostile::SHAPES {
                for bytes in [256, jusho::MAX_INPUT_BYTES] {
                    let path =
                        std::path::Path::new(dir).join(format!("hostile_{}_{bytes}", shape.name));
                    std::fs::write(path, shape.build(bytes))?;
                }
            }
        }
        Some("hostile") => match (args.get(1), args.get(2).and_then(|b| b.parse().ok())) {
            (Some(name), Some(bytes)) => match hostile::SHAPES.iter().find(|s| s.name == name) {
                Some(shape) => writeln!(out, "{}", shape.build(bytes))?,
                None => {
                    eprintln!("unknown shape {name:?}");
                    std::process::exit(2);
                }
            },
            _ => scaling(&mut out)?,
        },
        Some("corpus") => {
            let n: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(100_000);
            let gz = gazetteer::get();
            let lines = match args.get(2) {
                Some(name) => match corpus::Form::ALL.into_iter().find(|f| f.name() == name) {
                    Some(form) => corpus::offices_in(gz, form),
                    None => {
                        eprintln!("unknown form {name:?}");
                        std::process::exit(2);
                    }
                },
                None => corpus::typed_mix(gz),
            };
            for line in lines.iter().cycle().take(n) {
                writeln!(out, "{line}")?;
            }
        }
        _ => {
            eprintln!(
                "usage: bench_dump towns | speed | corpus [N [FORM]] | hostile [SHAPE BYTES]"
            );
            std::process::exit(2);
        }
    }
    out.flush()
}

/// Names per second, after the gazetteer is loaded:
/// * `kana_to_romaji`: the town's kana to romaji (what jusho does once the
///   town is found);
/// * `kanji_lookup`: the kanji name looked up in the gazetteer
///   (`find_towns`), then its kana romanized — the like-for-like
///   counterpart of a kanji-reading romanizer;
/// * `address`: `jusho::romanize` on `prefecture + municipality + town`,
///   the whole pipeline (clean, parse, romanize, format).
fn speed(out: &mut impl Write) -> io::Result<()> {
    let gz = gazetteer::get();
    let towns = unique_towns();
    let n = towns.len();

    let clock = Clock::start();
    let mut bytes = 0usize;
    for t in &towns {
        bytes += std::hint::black_box(romaji(t)).len();
    }
    let kana = clock.stop();
    assert!(bytes > n);

    let clock = Clock::start();
    let mut found = 0usize;
    for t in &towns {
        if let Some(&id) = gz.find_towns(t.name.kanji).first() {
            let town = gz.town(id);
            found += usize::from(!std::hint::black_box(romaji(&town)).is_empty());
        }
    }
    let lookup = clock.stop();
    assert!(found > n / 2);

    let addresses: Vec<String> = towns
        .iter()
        .map(|t| {
            let m = gz.municipality(t.municipality);
            let pref = gz.prefecture(m.prefecture).name.kanji;
            format!("{pref}{}{}", m.full_name(), t.name.kanji)
        })
        .collect();
    let clock = Clock::start();
    let ok = addresses
        .iter()
        .filter(|a| std::hint::black_box(jusho::romanize(a)).is_ok())
        .count();
    let address = clock.stop();
    assert!(ok > n / 2);

    for (what, (wall, cpu)) in [
        ("kana_to_romaji", kana),
        ("kanji_lookup", lookup),
        ("address", address),
    ] {
        writeln!(out, "{what}\t{n}\t{wall:.6}\t{cpu:.6}")?;
    }
    Ok(())
}

/// The hostile shapes (`benches/common/hostile.rs`) at 128, 256, 512 and
/// 1024 bytes: the least of several runs' CPU time of `jusho::romanize`,
/// in µs, and the growth from 512 to 1024 bytes (about 2 when linear), as
/// TSV `shape, µs at 128, 256, 512, 1024, growth`, worst growth last.
fn scaling(out: &mut impl Write) -> io::Result<()> {
    let sizes = [128usize, 256, 512, 1024];
    let time = |input: &str| {
        (0..7)
            .map(|_| {
                let clock = Clock::start();
                std::hint::black_box(jusho::romanize(std::hint::black_box(input))).ok();
                let (wall, cpu) = clock.stop();
                let _ = cpu;
                wall
            })
            .fold(f64::INFINITY, f64::min)
            * 1e6
    };
    time("東京都中央区築地1-1-1 サンプルビル");
    let mut rows: Vec<(f64, String)> = hostile::SHAPES
        .iter()
        .map(|shape| {
            let us: Vec<f64> = sizes.iter().map(|&b| time(&shape.build(b))).collect();
            let growth = us[3] / us[2].max(1e-3);
            let cells: Vec<String> = us.iter().map(|t| format!("{t:.1}")).collect();
            (
                growth,
                format!("{}\t{}\t{growth:.2}", shape.name, cells.join("\t")),
            )
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (_, row) in rows {
        writeln!(out, "{row}")?;
    }
    Ok(())
}
