//! `romanize --serve` as a client sees it: the API is the command line's
//! `--json`, the page is filled in without JavaScript, hostile input gets
//! typed errors and escaped output, and the server keeps serving through
//! 10,000 requests.

mod common;

use std::io::Write;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{binary, encode, Server};
use serde_json::Value;

const SAMPLE: &str = "〒104-0045 東京都中央区築地1-1-1 サンプルマンション404";

#[test]
fn api_answers_exactly_the_cli_json() {
    let server = Server::start();
    for (form, extra) in [
        ("aws", vec![]),
        ("lines", vec!["--line-limit", "20"]),
        ("single", vec![]),
        ("japan-post", vec!["--style", "japan-post"]),
    ] {
        let mut target = format!("/api/romanize?address={}&form={form}", encode(SAMPLE));
        for pair in extra.chunks(2) {
            target.push_str(&format!(
                "&{}={}",
                pair[0].trim_start_matches("--"),
                pair[1]
            ));
        }
        let (status, body) = server.get(&target);
        assert_eq!(status, 200, "{body}");
        let cli = Command::new(binary())
            .args(["--json", "--form", form])
            .args(&extra)
            .arg(SAMPLE)
            .output()
            .unwrap();
        assert_eq!(
            body.as_bytes(),
            cli.stdout.strip_suffix(b"\n").unwrap(),
            "{form}"
        );
        let v: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["form"]["name"], form);
        assert_eq!(v["profile"]["zip"], "104-0045");
    }
}

#[test]
fn page_without_javascript_is_filled_in() {
    let server = Server::start();
    let (status, html) = server.get(&format!("/?address={}&form=lines", encode(SAMPLE)));
    assert_eq!(status, 200);
    assert!(html.contains("<form method=\"get\""), "{html}");
    assert!(html.contains("value=\"1-1-1 Tsukiji\""), "{html}");
    assert!(html.contains("value=\"#404 Sample Mansion\""), "{html}");
    assert_eq!(html.matches("class=\"copy\"").count(), 6);
    assert!(html.contains("ツキジ"), "the kana beside the romaji");
    // Nothing from elsewhere: every src and href is on this server.
    for attr in ["src=\"", "href=\""] {
        for piece in html.split(attr).skip(1) {
            assert!(
                piece.starts_with('/') && !piece.starts_with("//"),
                "{attr}{piece:.40}"
            );
        }
    }
    let (status, css) = server.get("/page.css");
    assert_eq!(status, 200);
    assert!(!css.contains("url(") && !css.contains("@import"));
    let (status, js) = server.get("/page.js");
    assert_eq!(status, 200);
    assert!(!js.contains("http://") && !js.contains("https://"));
}

#[test]
fn hostile_input_gets_typed_errors_and_escaped_output() {
    let mut server = Server::start();
    // <script> in the address: shown as text.
    let hostile =
        "東京都中央区築地1-1-1 <script>alert('x')</script>\"><img src=x onerror=alert(1)>";
    let (_, html) = server.get(&format!("/?address={}", encode(hostile)));
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(!html.contains("<img src=x"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
    let (_, body) = server.get(&format!("/api/romanize?address={}", encode(hostile)));
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["input"], hostile);

    // Control characters: the library's typed error, on the page and the API.
    for control in ["\u{1}", "\u{7f}", "\n", "\u{1b}[31m"] {
        let address = format!("東京都中央区築地1-1-1{control}");
        let (status, body) = server.get(&format!("/api/romanize?address={}", encode(&address)));
        assert_eq!(status, 400, "{body}");
        let v: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["error"]["kind"], "control_character", "{body}");
        let (status, html) = server.get(&format!("/?address={}", encode(&address)));
        assert_eq!(status, 200);
        assert!(html.contains("data-kind=\"control_character\""), "{html}");
    }

    // Invalid UTF-8 in the query (percent-encoded bytes, as a browser sends).
    for bad in ["%FF", "%C3%28", "%E6%9D", "%ED%A0%80"] {
        let (status, body) = server.get(&format!("/api/romanize?address=abc{bad}"));
        assert_eq!(status, 400, "{body}");
        let v: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["error"]["kind"], "invalid_utf8", "{body}");
        let (_, html) = server.get(&format!("/?address={bad}"));
        assert!(html.contains("data-kind=\"invalid_utf8\""), "{html}");
    }
    // Raw bytes that are not UTF-8 (not even ASCII) in the request line:
    // tiny_http answers 400 or closes the connection; either way, no panic.
    let mut raw = std::net::TcpStream::connect(server.addr).unwrap();
    raw.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    raw.write_all(b"GET /api/romanize?address=\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let mut answer = Vec::new();
    let _ = std::io::Read::read_to_end(&mut raw, &mut answer);
    assert!(
        answer.is_empty() || answer.starts_with(b"HTTP/1.1 400"),
        "{:?}",
        String::from_utf8_lossy(&answer)
    );

    // Broken percent-escapes and an unknown option are typed errors too.
    let (status, body) = server.get("/api/romanize?address=%ZZ%&case=shouty");
    assert_eq!(status, 400);
    assert!(body.contains("\"kind\":\"invalid_option\""), "{body}");

    // A 1 MiB body: refused unread. A 1 MiB URL: refused.
    let mut c = server.connect();
    let mut request = format!(
        "POST /api/romanize HTTP/1.1\r\nHost: {}\r\nContent-Length: {}\r\n\r\n",
        server.addr,
        1 << 20
    )
    .into_bytes();
    request.extend(vec![b'a'; 1 << 20]);
    assert_eq!(c.send(&request).0, 405);
    let mut c = server.connect();
    let mut request = format!(
        "GET / HTTP/1.1\r\nHost: {}\r\nContent-Length: {}\r\n\r\n",
        server.addr,
        1 << 20
    )
    .into_bytes();
    request.extend(vec![b'a'; 1 << 20]);
    assert_eq!(c.send(&request).0, 413);
    let long = "a".repeat(1 << 20);
    assert_eq!(server.get(&format!("/?address={long}")).0, 414);
    // Another site's name for this server (DNS rebinding): refused.
    let mut c = server.connect();
    assert_eq!(
        c.send(b"GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n").0,
        421
    );
    // Unknown paths.
    assert_eq!(server.get("/../../etc/passwd").0, 404);

    // Still up, still right.
    assert!(server.alive());
    let (status, body) = server.get(&format!("/api/romanize?address={}", encode(SAMPLE)));
    assert_eq!(status, 200, "{body}");
}

#[test]
fn ten_thousand_requests_in_bounded_time() {
    let mut server = Server::start();
    let started = Instant::now();
    let targets: Vec<String> = [
        format!("/api/romanize?address={}&form=lines", encode(SAMPLE)),
        format!(
            "/api/romanize?address={}",
            encode("北海道虻田郡倶知安町北1条東")
        ),
        format!("/?address={}", encode("<script>x</script>")),
        "/api/romanize?address=%FF".to_string(),
        format!("/api/romanize?address={}", encode("\u{1}")),
        "/page.css".to_string(),
        "/nope".to_string(),
        "/api/romanize?address=".to_string(),
    ]
    .to_vec();
    let threads: Vec<_> = (0..16)
        .map(|t| {
            let mut client = server.connect();
            let targets = targets.clone();
            std::thread::spawn(move || {
                let mut counts = [0usize; 2];
                for i in 0..625 {
                    let target = &targets[(i + t) % targets.len()];
                    let (status, _) = client.get(target);
                    assert!(
                        matches!(status, 200 | 400 | 404 | 429),
                        "{status} for {target}"
                    );
                    counts[usize::from(status == 429)] += 1;
                }
                counts
            })
        })
        .collect();
    let mut answered = 0;
    let mut limited = 0;
    for t in threads {
        let [a, l] = t.join().expect("client thread");
        answered += a;
        limited += l;
    }
    let elapsed = started.elapsed();
    eprintln!("10,000 requests in {elapsed:?}: {answered} answered, {limited} rate-limited");
    assert_eq!(answered + limited, 10_000);
    assert!(answered >= 4000, "the burst is answered");
    assert!(elapsed < Duration::from_secs(120), "{elapsed:?}");
    assert!(server.alive());
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(server.get("/page.css").0, 200);
    let _ = std::io::stderr().flush();
}
