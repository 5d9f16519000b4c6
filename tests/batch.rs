//! Batch mode over several threads (`--jobs`), `--fields profile`, and
//! the summary line: run as a user would, through the example binary.

mod support;

use serde_json::Value;
use support::{golden_inputs, run, text};

/// Golden addresses plus lines that fail in every way the binary knows
/// (empty, bad UTF-8, NUL, overlong), repeated past several chunks.
fn mixed_input() -> (Vec<u8>, usize) {
    let mut lines: Vec<Vec<u8>> = golden_inputs()
        .into_iter()
        .map(String::into_bytes)
        .collect();
    lines.push(Vec::new());
    lines.push(b"\xFF\xFE broken".to_vec());
    lines.push("東京都\0中央区".as_bytes().to_vec());
    lines.push("東".repeat(2000).into_bytes());
    lines.push(b"no locality here".to_vec());
    let mut input = Vec::new();
    let mut count = 0;
    for round in 0..6 {
        for (i, line) in lines.iter().enumerate() {
            input.extend_from_slice(line);
            // Both line ends, so that CRLF is handled on every thread.
            input.extend_from_slice(if (i + round) % 3 == 0 { b"\r\n" } else { b"\n" });
            count += 1;
        }
    }
    (input, count)
}

#[test]
fn jobs_give_byte_identical_output_in_every_mode() {
    let (input, count) = mixed_input();
    assert!(count > 3 * 256, "spans several chunks");
    for mode in [
        &[][..],
        &["--json"][..],
        &["--json", "--fields", "profile"][..],
        &["--fields=profile"][..],
        &["--style", "japan-post", "--json"][..],
    ] {
        let one = run(&[mode, &["--jobs", "1"]].concat(), &input);
        assert_eq!(one.status.code(), Some(1), "some lines fail");
        for jobs in ["2", "3", "8"] {
            let many = run(&[mode, &["-j", jobs]].concat(), &input);
            assert_eq!(many.status.code(), Some(1));
            assert!(
                one.stdout == many.stdout,
                "{mode:?}: --jobs {jobs} differs from --jobs 1"
            );
            assert_eq!(text(&many.stderr), "");
        }
        if mode.contains(&"--json") {
            let answers: Vec<Value> = text(&one.stdout)
                .lines()
                .map(|l| serde_json::from_str(l).expect("JSON line"))
                .collect();
            assert_eq!(answers.len(), count, "every line answered once");
        }
    }
}

#[test]
fn jsonl_answers_come_back_in_input_order() {
    let inputs = golden_inputs();
    let input = inputs.join("\n");
    let o = run(&["--json", "--jobs", "4"], input.as_bytes());
    let seen: Vec<String> = text(&o.stdout)
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            v["input"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(seen, inputs);
}

#[test]
fn fields_profile_has_only_the_form_fields() {
    let o = run(
        &["--json", "--fields", "profile"],
        "東京都中央区築地1-1-1\n\n".as_bytes(),
    );
    let lines: Vec<Value> = text(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // (serde_json's map here is sorted by key.)
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&lines[0]), ["input", "profile"]);
    assert_eq!(
        keys(&lines[0]["profile"]),
        ["address", "city", "country", "state", "zip"]
    );
    assert_eq!(lines[0]["profile"]["city"], "Chuo-ku");
    assert_eq!(keys(&lines[1]), ["error", "input"]);
    let bad = run(&["--fields", "everything"], b"");
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn plain_fields_profile_drops_the_warning_lines() {
    let input = "東京都中央区築地1-1-1\n".as_bytes();
    let all = run(&[], input);
    assert!(text(&all.stdout).contains("Warning: "), "zip inferred");
    let profile = run(&["--fields", "profile"], input);
    assert!(!text(&profile.stdout).contains("Warning"));
    assert!(text(&profile.stdout).contains("City: Chuo-ku"));
}

#[test]
fn summary_counts_lines_failures_and_warnings_by_kind() {
    let input = "東京都中央区築地1-1-1\n\n東京都中央区築地1-1-1\n".as_bytes();
    let o = run(&["--summary", "--json"], input);
    let err = text(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("romanize: 3 lines, 1 failed, warnings: postal_code_inferred 2"),
        "{err}"
    );
    assert!(err.trim_end().ends_with(" s"), "{err}");
    // Not a terminal and not asked for: nothing on stderr; --quiet wins.
    assert_eq!(text(&run(&["--json"], input).stderr), "");
    assert_eq!(text(&run(&["--summary", "--quiet"], input).stderr), "");
}

#[test]
fn bad_jobs_are_usage_errors() {
    for jobs in ["0", "-1", "many", ""] {
        let o = run(&["--jobs", jobs], b"");
        assert_eq!(o.status.code(), Some(2), "--jobs {jobs:?}");
    }
}

/// Peak resident memory of a running process, from /proc (Linux only).
#[cfg(target_os = "linux")]
fn peak_rss_kb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc status");
    let line = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .expect("VmHWM line");
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn memory_stays_flat_however_long_the_input() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};

    let inputs = golden_inputs();
    let batch = |n: usize| -> Vec<u8> {
        let mut text = String::new();
        for line in inputs.iter().cycle().take(n) {
            text += line;
            text.push('\n');
        }
        text.into_bytes()
    };
    let mut child = Command::new(support::binary())
        .args(["--json", "--jobs", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn romanize");
    let pid = child.id();
    let mut stdin = child.stdin.take().unwrap();
    let (first, then) = (50_000, 250_000);
    let (small, big) = (batch(first), batch(then));
    // The writer hands standard input back instead of closing it, so the
    // child cannot see the end of its input and exit (leaving no VmHWM in
    // /proc) before the last peak is read.
    let writer = std::thread::spawn(move || {
        stdin.write_all(&small).unwrap();
        stdin.write_all(&big).unwrap();
        stdin
    });
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    let mut answered = 0;
    let mut after_first = 0;
    while out.read_line(&mut line).unwrap() > 0 {
        line.clear();
        answered += 1;
        if answered == first {
            after_first = peak_rss_kb(pid);
        }
        if answered == first + then {
            break;
        }
    }
    let after_all = peak_rss_kb(pid);
    drop(writer.join().unwrap());
    drop(out);
    child.wait().unwrap();
    assert_eq!(answered, first + then);
    // Five times the lines; a leak of even 40 bytes a line would show.
    assert!(
        after_all <= after_first + 10_000,
        "peak RSS grew from {after_first} kB to {after_all} kB"
    );
}
