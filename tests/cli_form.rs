//! The command line's `--form`, `--line-limit` and `--serve` options.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use common::binary;
use serde_json::Value;

const SAMPLE: &str = "〒104-0045 東京都中央区築地1-1-1 サンプルマンション404";

fn run(args: &[&str]) -> (i32, String, String) {
    let o = Command::new(binary()).args(args).output().unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

#[test]
fn plain_output_prints_the_form_fields() {
    let (code, out, _) = run(&["--form", "lines", SAMPLE]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "Address line 1: 1-1-1 Tsukiji\nAddress line 2: #404 Sample Mansion\nCity: Chuo-ku\n\
         State/Province: Tokyo\nPostal code: 104-0045\nCountry: Japan\n"
    );
    let (_, out, _) = run(&["--form=single", SAMPLE]);
    assert_eq!(
        out,
        "Address: #404 Sample Mansion 1-1-1 Tsukiji, Chuo-ku, Tokyo 104-0045, Japan\n"
    );
    // Without --form: the five AWS lines, as before.
    let (_, out, _) = run(&[SAMPLE]);
    assert!(out.starts_with("Country: Japan\nAddress: #404 Sample Mansion 1-1-1 Tsukiji\n"));
}

#[test]
fn line_limit_warns_instead_of_cutting() {
    let (code, out, _) = run(&["--form", "lines", "--line-limit", "12", SAMPLE]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Warning: Address line 2 is 27 characters, over the form's limit of 12"),
        "{out}"
    );
    assert!(
        out.contains("Address line 1: 1-1-1\nAddress line 2: Tsukiji #404 Sample Mansion\n"),
        "nothing cut: {out}"
    );
}

#[test]
fn json_keeps_every_key_and_adds_form() {
    let (_, plain, _) = run(&["--json", SAMPLE]);
    let (_, with_form, _) = run(&["--json", "--form", "japan-post", SAMPLE]);
    let plain: Value = serde_json::from_str(plain.trim()).unwrap();
    let mut with_form: Value = serde_json::from_str(with_form.trim()).unwrap();
    assert!(plain.get("form").is_none());
    let form = with_form.as_object_mut().unwrap().remove("form").unwrap();
    assert_eq!(with_form, plain, "the existing keys are unchanged");
    assert_eq!(form["name"], "japan-post");
    assert_eq!(
        form["fields"][2],
        serde_json::json!({"label": "Prefecture and postal code", "value": "TOKYO 104-0045"})
    );
}

#[test]
fn bad_form_options_are_usage_errors() {
    for args in [
        &["--form", "letter", SAMPLE][..],
        &["--line-limit", "0", SAMPLE],
        &["--line-limit=x", SAMPLE],
        &["--form"],
    ] {
        let (code, _, err) = run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.starts_with("error: "), "{err}");
    }
    for args in [
        &["--serve=not-an-address"][..],
        &["--serve", "東京都中央区築地1-1-1"],
    ] {
        let (code, _, err) = run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.starts_with("error: "), "{err}");
    }
}

#[test]
fn serve_warns_loudly_off_loopback() {
    let mut child = Command::new(binary())
        .args(["--serve", "0.0.0.0:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        line.starts_with("WARNING: serving on 0.0.0.0:0, which is NOT loopback"),
        "{line}"
    );
}

/// Standard input, on several threads: every line gets its form, in order,
/// the same as one thread writes; `--fields profile` keeps the form too.
#[test]
fn form_on_standard_input_with_jobs() {
    let lines = [SAMPLE, "", "北海道札幌市中央区大通西25丁目"]
        .repeat(400)
        .join("\n");
    let answer = |args: &[&str]| {
        let mut child = Command::new(binary())
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let input = lines.clone();
        let writer = std::thread::spawn(move || {
            use std::io::Write;
            stdin.write_all(input.as_bytes()).unwrap();
        });
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let one = answer(&["--json", "--form", "lines", "-j", "1"]);
    let two = answer(&["--json", "--form", "lines", "-j", "2"]);
    assert_eq!(one, two);
    let answers: Vec<Value> = one
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(answers.len(), 1200);
    for (i, a) in answers.iter().enumerate() {
        match i % 3 {
            1 => assert_eq!(a["error"]["kind"], "empty", "line {i}"),
            _ => assert_eq!(a["form"]["name"], "lines", "line {i}"),
        }
    }
    assert_eq!(
        answers[0]["form"]["fields"][1]["value"],
        "#404 Sample Mansion"
    );
    let profile = answer(&[
        "--json", "--fields", "profile", "--form", "single", "-j", "2",
    ]);
    let first: Value = serde_json::from_str(profile.lines().next().unwrap()).unwrap();
    assert!(first.get("parts").is_none());
    assert_eq!(first["form"]["name"], "single");
}

#[test]
fn form_does_not_go_with_csv() {
    let (code, _, err) = run(&["--csv", "--column", "a", "--form", "lines"]);
    assert_eq!(code, 2);
    assert!(err.contains("--form does not go with --csv"), "{err}");
}
