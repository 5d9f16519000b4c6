//! The page in a real browser: starts `romanize --serve` on a free port,
//! loads `/?address=...` in headless Chromium (`--dump-dom`) and checks the
//! rendered DOM: the form's fields, a copy button each, the kana, the page's
//! script running under its Content-Security-Policy, and a hostile address
//! shown as text.
//!
//! Skipped, with a message, when no Chromium is found (`chromium`,
//! `chromium-browser`, or the path in `JUSHO_CHROMIUM`). `.ci/run` sets
//! `JUSHO_REQUIRE_BROWSER=1`, which makes a missing browser a failure.

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use common::{encode, Server};

fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("JUSHO_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
        .find(|p| p.is_file())
}

/// Loads `url` headless and returns the DOM after scripts ran.
fn dump_dom(browser: &PathBuf, url: &str) -> String {
    let profile = std::env::temp_dir().join(format!("jusho-chromium-{}", std::process::id()));
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--dump-dom", url])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start chromium");
    // Bounded: a browser that hangs fails the test instead of the run.
    let started = std::time::Instant::now();
    while matches!(child.try_wait(), Ok(None)) && started.elapsed() < Duration::from_secs(90) {
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let output = child.wait_with_output().expect("chromium output");
    let _ = std::fs::remove_dir_all(&profile);
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn page_in_a_real_browser() {
    let Some(browser) = chromium() else {
        let required = std::env::var_os("JUSHO_REQUIRE_BROWSER").is_some_and(|v| v != "0");
        assert!(
            !required,
            "JUSHO_REQUIRE_BROWSER is set but no chromium was found (apt-get install -y chromium, or set JUSHO_CHROMIUM)"
        );
        eprintln!("SKIPPED: no chromium found (install Debian's chromium, or set JUSHO_CHROMIUM); the browser test did not run");
        return;
    };
    let server = Server::start();

    let address = "〒104-0045 東京都中央区築地1-1-1 サンプルマンション404";
    let dom = dump_dom(
        &browser,
        &format!("{}?address={}&form=lines", server.url, encode(address)),
    );
    assert!(
        dom.contains("<html lang=\"en\" class=\"js\">"),
        "page.js did not run:\n{dom}"
    );
    for value in [
        "1-1-1 Tsukiji",
        "#404 Sample Mansion",
        "Chuo-ku",
        "Tokyo",
        "104-0045",
        "Japan",
    ] {
        assert!(
            dom.contains(&format!("value=\"{value}\"")),
            "{value} missing:\n{dom}"
        );
    }
    assert_eq!(
        dom.matches("<button type=\"button\" class=\"copy\"")
            .count(),
        6,
        "{dom}"
    );
    assert!(dom.contains("Address line 1") && dom.contains("Address line 2"));
    assert!(dom.contains("ツキジ"), "the kana beside the romaji:\n{dom}");

    // A hostile address: text in the DOM, never an element.
    let hostile = "東京都中央区築地1-1-1 <script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">";
    let dom = dump_dom(
        &browser,
        &format!("{}?address={}", server.url, encode(hostile)),
    );
    assert!(!dom.contains("pwned</title>"), "script ran:\n{dom}");
    assert!(!dom.contains("<img src=\"x\""), "img element:\n{dom}");
    assert!(dom.contains("&lt;script&gt;"), "not shown as text:\n{dom}");
    assert_eq!(
        dom.matches("class=\"copy\"").count(),
        5,
        "the aws form's five fields:\n{dom}"
    );

    // Invalid UTF-8 and a control character: typed errors on the page.
    let dom = dump_dom(&browser, &format!("{}?address=%FF%FE", server.url));
    assert!(dom.contains("data-kind=\"invalid_utf8\""), "{dom}");
    let dom = dump_dom(&browser, &format!("{}?address=a%07b", server.url));
    assert!(dom.contains("data-kind=\"control_character\""), "{dom}");
}
