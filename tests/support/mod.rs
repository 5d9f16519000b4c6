//! Running the example binary from integration tests (see `tests/cli.rs`
//! for why [`binary`] asks cargo to build it), and inputs to feed it.

#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// The `romanize` example, built in this test's profile.
pub fn binary() -> &'static PathBuf {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let exe = std::env::current_exe().expect("current_exe");
        let profile_dir = exe
            .parent()
            .and_then(|deps| deps.parent())
            .expect("test binary in target/<profile>/deps");
        let path = profile_dir
            .join("examples")
            .join(format!("romanize{}", std::env::consts::EXE_SUFFIX));
        if let Ok(cargo) = std::env::var("CARGO") {
            let profile = match profile_dir.file_name().and_then(|n| n.to_str()) {
                Some("debug") | None => "test",
                Some(other) => other,
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
        assert!(path.is_file(), "no example binary at {}", path.display());
        path
    })
}

/// Runs the binary with `args`, feeding it `stdin` from another thread.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn romanize");
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().expect("wait for romanize");
    writer.join().unwrap();
    output
}

/// Every `input = "..."` of the golden suite: real addresses of every
/// shape, some of which fail.
pub fn golden_inputs() -> Vec<String> {
    let text = include_str!("../data/golden.toml");
    let table: toml::Table = text.parse().expect("golden.toml parses");
    table["case"]
        .as_array()
        .expect("[[case]]")
        .iter()
        .filter_map(|c| c.get("input").and_then(|i| i.as_str()).map(str::to_string))
        .collect()
}

pub fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("UTF-8")
}
