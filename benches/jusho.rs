//! Criterion benches for jusho, on stable. Run with `cargo bench --bench
//! jusho`; `benches/README.md` has the numbers and how to read them.
//!
//! Every bench walks a whole corpus per iteration and asserts, inside the
//! loop, how many inputs succeeded (the count is taken once before
//! measuring), so the work cannot be optimized away and a behaviour change
//! shows up as a failed bench rather than a silently different number.
//! Throughput is in elements (addresses, codes or names), so criterion
//! prints elements per second; the time per element is the time per
//! iteration divided by the corpus size.
//!
//! Time is this thread's CPU time ([`CpuTime`], `CLOCK_THREAD_CPUTIME_ID`
//! on Linux), not wall time: the bench machine is shared, and time spent
//! waiting for a core is not jusho's. Cache and frequency effects of the
//! neighbours still show; `benches/README.md` gives instruction counts too.

#[path = "common/corpus.rs"]
mod corpus;
#[path = "common/hostile.rs"]
mod hostile;

use corpus::Form;
use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::Throughput;
use criterion::{black_box, criterion_group, criterion_main, BenchmarkGroup, Criterion};
use jusho::gazetteer::{self, Gazetteer, Place};
use jusho::romaji::Spelling;
use jusho::Style;
use jusho::{PostalCode, RomanizedBuf, Romanizer};
use std::time::Duration;

/// Criterion measurement: CPU time of the bench thread.
struct CpuTime;

#[cfg(target_os = "linux")]
fn thread_cpu_time() -> Duration {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec (64-bit Linux layout);
    // clock_gettime only writes to it.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// Elsewhere: wall time since the first call.
#[cfg(not(target_os = "linux"))]
fn thread_cpu_time() -> Duration {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}

impl Measurement for CpuTime {
    type Intermediate = Duration;
    type Value = Duration;

    fn start(&self) -> Duration {
        thread_cpu_time()
    }
    fn end(&self, start: Duration) -> Duration {
        thread_cpu_time().saturating_sub(start)
    }
    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, value: &Duration) -> f64 {
        value.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        // Values are nanoseconds, as for wall time.
        static WALL: WallTime = WallTime;
        WALL.formatter()
    }
}

/// Counts the inputs `f` accepts; `f`'s result goes through `black_box`.
fn count_ok<T, E>(inputs: &[String], f: impl Fn(&str) -> Result<T, E>) -> usize {
    inputs
        .iter()
        .filter(|s| black_box(f(black_box(s.as_str()))).is_ok())
        .count()
}

/// One bench over a whole corpus: throughput in elements, the Ok count
/// checked every iteration.
fn bench_corpus<T, E>(
    group: &mut BenchmarkGroup<'_, CpuTime>,
    name: &str,
    inputs: &[String],
    f: impl Fn(&str) -> Result<T, E> + Copy,
) {
    let expected = count_ok(inputs, f);
    eprintln!("{name}: {expected} of {} inputs succeed", inputs.len());
    group.throughput(Throughput::Elements(inputs.len() as u64));
    group.bench_function(name, |b| {
        b.iter(|| assert_eq!(count_ok(inputs, f), expected));
    });
}

fn first_use(c: &mut Criterion<CpuTime>) {
    let mut group = c.benchmark_group("first_use");
    group.throughput(Throughput::Elements(1));
    group.bench_function("gazetteer_load", |b| {
        b.iter(|| {
            let gz = Gazetteer::load();
            assert_eq!(gz.prefectures().len(), 47);
            assert!(gz.offices().len() > 20_000);
            gz
        });
    });
    group.finish();
}

fn parse(c: &mut Criterion<CpuTime>) {
    let gz = gazetteer::get();
    let mut group = c.benchmark_group("parse");
    bench_corpus(
        &mut group,
        "offices",
        &corpus::offices_in(gz, Form::AsWritten),
        jusho::parse,
    );
    bench_corpus(
        &mut group,
        "typed_mix",
        &corpus::typed_mix(gz),
        jusho::parse,
    );
    group.finish();
}

fn romanize(c: &mut Criterion<CpuTime>) {
    let gz = gazetteer::get();
    let romanizer = Romanizer::new(Style::DEFAULT);
    let full = |s: &str| romanizer.romanize_full(s);
    let mut group = c.benchmark_group("romanize");
    bench_corpus(
        &mut group,
        "offices",
        &corpus::offices_in(gz, Form::AsWritten),
        full,
    );
    bench_corpus(&mut group, "typed_mix", &corpus::typed_mix(gz), full);
    // The batch way: one RomanizedBuf refilled address after address.
    let buf = std::cell::RefCell::new(RomanizedBuf::new());
    let into = |s: &str| {
        romanizer
            .romanize_into(s, &mut buf.borrow_mut())
            .map(|_| ())
    };
    bench_corpus(&mut group, "typed_mix_into", &corpus::typed_mix(gz), into);
    group.finish();

    // The same, one form at a time, to see which form costs what.
    let mut group = c.benchmark_group("romanize_form");
    for form in Form::ALL {
        bench_corpus(&mut group, form.name(), &corpus::offices_in(gz, form), full);
    }
    group.finish();
}

fn postal_code(c: &mut Criterion<CpuTime>) {
    let gz = gazetteer::get();
    let mut group = c.benchmark_group("postal_code");
    bench_corpus(
        &mut group,
        "parse",
        &corpus::postal_codes(gz),
        PostalCode::parse,
    );
    group.finish();
}

fn kana_to_romaji(c: &mut Criterion<CpuTime>) {
    let gz = gazetteer::get();
    let names: Vec<Place> = gz
        .towns()
        .iter()
        .filter(|t| !t.is_city_wide())
        .map(|t| t.name)
        .collect();
    let mut group = c.benchmark_group("kana_to_romaji");
    group.throughput(Throughput::Elements(names.len() as u64));
    group.bench_function("town_names", |b| {
        b.iter(|| {
            let mut bytes = 0;
            for name in &names {
                bytes += black_box(black_box(name).romaji(&Spelling::DEFAULT)).len();
            }
            assert!(bytes >= names.len());
        });
    });
    group.finish();
}

/// The hostile shapes that were slowest before issue 16, at 1 KiB each:
/// throughput in bytes. Whether each succeeds is checked every iteration.
fn hostile_1k(c: &mut Criterion<CpuTime>) {
    let romanizer = Romanizer::new(Style::DEFAULT);
    let mut group = c.benchmark_group("hostile_1k");
    group.measurement_time(Duration::from_secs(2));
    for name in hostile::WORST {
        let Some(shape) = hostile::SHAPES.iter().find(|s| s.name == *name) else {
            panic!("no hostile shape {name}");
        };
        let input = shape.build(jusho::MAX_INPUT_BYTES);
        let ok = romanizer.romanize_full(&input).is_ok();
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| {
                let result = romanizer.romanize_full(black_box(&input));
                assert_eq!(black_box(result).is_ok(), ok);
            });
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .with_measurement(CpuTime)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    targets = first_use, parse, romanize, postal_code, kana_to_romaji, hostile_1k
}
criterion_main!(benches);
