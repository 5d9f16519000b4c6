//! Golden addresses: `tests/data/golden.toml`, one `[[case]]` per address,
//! whose expected fields were derived by hand from the gazetteer's kana with
//! SPEC.md's rules (not copied from jusho's output).
//!
//! One harness runs every case and reports every failure at once.
//!
//! - `JUSHO_GOLDEN=substring` runs only the cases whose `name` or `input`
//!   contains `substring`.
//! - `tests/data/golden_expected_failures.txt` lists known failures, one case
//!   name per line (`name  # reason`). A listed case that fails is reported
//!   but tolerated; a listed case that now passes fails the test (a ratchet:
//!   delete its line), and so does a listed name that no case has.
//!
//! Case fields:
//!
//! | field | meaning |
//! |---|---|
//! | `name` | unique id, used by the filter and the expected-failures file |
//! | `note` | what the case covers |
//! | `input` | the address as typed |
//! | `style` | `default` (the default) or `japan-post` |
//! | `country`, `address`, `city`, `state`, `zip` | expected fields; `country` defaults to `Japan` (`JAPAN` in japan-post) and is always checked |
//! | `warnings_contain` | substrings each of which some warning must contain |
//! | `warnings_absent` | substrings that no warning may contain |
//! | `error` | the expected error kind (`ErrorKind::name`), instead of fields |

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use jusho::Romanizer;
use jusho::Style;
use serde::Deserialize;

const SUITE: &str = include_str!("data/golden.toml");
const EXPECTED_FAILURES: &str = include_str!("data/golden_expected_failures.txt");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Suite {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    note: String,
    input: String,
    #[serde(default)]
    style: Option<String>,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    address: Option<String>,
    #[serde(default)]
    city: Option<String>,
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    zip: Option<String>,
    #[serde(default)]
    warnings_contain: Vec<String>,
    #[serde(default)]
    warnings_absent: Vec<String>,
    #[serde(default)]
    error: Option<String>,
}

impl Case {
    /// Checks the case; `Err` lists every mismatch.
    fn run(&self) -> Result<(), Vec<String>> {
        let style_name = self.style.as_deref().unwrap_or("default");
        let Some(style) = Style::from_preset_name(style_name) else {
            return Err(vec![format!("unknown style {style_name:?}")]);
        };
        let result = Romanizer::new(style).romanize_full(&self.input);
        let mut problems = Vec::new();
        match (&self.error, result) {
            (Some(kind), Err(err)) => {
                if err.kind().name() != kind {
                    problems.push(format!(
                        "error: expected {kind}, got {} ({err})",
                        err.kind().name()
                    ));
                }
            }
            (Some(kind), Ok(r)) => {
                problems.push(format!("error: expected {kind}, got {:?}", r.profile));
            }
            (None, Err(err)) => {
                problems.push(format!("unexpected error {}: {err}", err.kind().name()));
            }
            (None, Ok(r)) => {
                let p = &r.profile;
                let default_country = if style_name == "japan-post" {
                    "JAPAN"
                } else {
                    "Japan"
                };
                let country = self.country.as_deref().unwrap_or(default_country);
                let fields = [
                    ("country", Some(country), &p.country),
                    ("address", self.address.as_deref(), &p.address),
                    ("city", self.city.as_deref(), &p.city),
                    ("state", self.state.as_deref(), &p.state),
                    ("zip", self.zip.as_deref(), &p.zip),
                ];
                for (field, want, got) in fields {
                    if let Some(want) = want {
                        if want != got {
                            problems.push(format!("{field}: expected {want:?}, got {got:?}"));
                        }
                    }
                }
                let warnings: Vec<String> = r.warnings.iter().map(|w| w.to_string()).collect();
                for want in &self.warnings_contain {
                    if !warnings.iter().any(|w| w.contains(want.as_str())) {
                        problems.push(format!(
                            "warnings: expected one containing {want:?}, got {warnings:?}"
                        ));
                    }
                }
                for unwanted in &self.warnings_absent {
                    if warnings.iter().any(|w| w.contains(unwanted.as_str())) {
                        problems.push(format!(
                            "warnings: expected none containing {unwanted:?}, got {warnings:?}"
                        ));
                    }
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// Errors in the case itself (not in the library).
    fn lint(&self) -> Vec<String> {
        let mut out = Vec::new();
        let has_fields = self.address.is_some()
            || self.city.is_some()
            || self.state.is_some()
            || self.zip.is_some();
        match (&self.error, has_fields) {
            (Some(_), true) => out.push("has both `error` and expected fields".to_owned()),
            (None, false) => out.push("has neither `error` nor expected fields".to_owned()),
            _ => {}
        }
        if self.error.is_some()
            && !(self.warnings_contain.is_empty() && self.warnings_absent.is_empty())
        {
            out.push("has `error` and warnings".to_owned());
        }
        if self.note.trim().is_empty() {
            out.push("has an empty `note`".to_owned());
        }
        out
    }
}

/// `name  # reason` lines; blank lines and `#` comments skipped.
fn expected_failures() -> BTreeMap<&'static str, &'static str> {
    EXPECTED_FAILURES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once('#') {
            Some((name, reason)) => (name.trim(), reason.trim()),
            None => (l, ""),
        })
        .collect()
}

#[test]
fn golden() {
    let suite: Suite = toml::from_str(SUITE).expect("tests/data/golden.toml is valid");
    let known = expected_failures();
    let filter = std::env::var("JUSHO_GOLDEN").ok();

    let mut report = String::new();
    let mut names = BTreeSet::new();
    let (mut run, mut passed, mut known_failed) = (0, 0, 0);
    let mut bad = 0;

    for case in &suite.case {
        if !names.insert(case.name.as_str()) {
            bad += 1;
            writeln!(report, "DUPLICATE NAME {}", case.name).unwrap();
        }
        for lint in case.lint() {
            bad += 1;
            writeln!(report, "BAD CASE {}: {lint}", case.name).unwrap();
        }
        if let Some(f) = &filter {
            if !case.name.contains(f.as_str()) && !case.input.contains(f.as_str()) {
                continue;
            }
        }
        run += 1;
        let outcome = case.run();
        match (outcome, known.get(case.name.as_str())) {
            (Ok(()), None) => passed += 1,
            (Ok(()), Some(reason)) => {
                bad += 1;
                writeln!(
                    report,
                    "NOW PASSES {} (remove it from golden_expected_failures.txt; was: {reason})",
                    case.name
                )
                .unwrap();
            }
            (Err(problems), known_reason) => {
                let label = match known_reason {
                    Some(_) => {
                        known_failed += 1;
                        "known failure"
                    }
                    None => {
                        bad += 1;
                        "FAIL"
                    }
                };
                writeln!(report, "{label} {}: {}", case.name, case.input).unwrap();
                for p in problems {
                    writeln!(report, "    {p}").unwrap();
                }
            }
        }
    }
    for name in known.keys() {
        if !names.contains(name) {
            bad += 1;
            writeln!(
                report,
                "STALE golden_expected_failures.txt entry {name}: no such case"
            )
            .unwrap();
        }
    }

    println!("{report}");
    println!(
        "golden: {run} run ({} in suite), {passed} passed, {known_failed} known failures, {bad} problems",
        suite.case.len()
    );
    assert!(bad == 0, "{bad} golden problems:\n{report}");
}
