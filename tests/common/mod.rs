//! Shared by the tests that run the example binary's server: building the
//! binary, starting `romanize --serve 127.0.0.1:0`, and a small HTTP/1.1
//! client over a `TcpStream` (requests written by hand, so a test can send
//! what no well-behaved client would).

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

/// The example binary, built in this test's profile (cargo has no
/// `CARGO_BIN_EXE_*` for examples; see tests/cli.rs).
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
        assert!(
            path.is_file(),
            "example binary not found at {}",
            path.display()
        );
        path
    })
}

/// A running `romanize --serve` on a free loopback port, killed on drop.
pub struct Server {
    child: Child,
    pub addr: SocketAddr,
    /// `http://127.0.0.1:PORT/`, as the binary printed it.
    pub url: String,
}

impl Server {
    pub fn start() -> Server {
        let mut child = Command::new(binary())
            .args(["--serve", "127.0.0.1:0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn romanize --serve");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .expect("read the URL line");
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no URL in {line:?}"))
            .to_string();
        let addr = url
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .parse()
            .unwrap_or_else(|e| panic!("bad URL {url:?}: {e}"));
        Server { child, addr, url }
    }

    /// Whether the process is still running.
    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    pub fn connect(&self) -> Client {
        let stream = TcpStream::connect(self.addr).expect("connect");
        stream.set_nodelay(true).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        stream
            .set_write_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        Client {
            host: self.addr.to_string(),
            reader: BufReader::new(stream),
        }
    }

    /// One GET on a new connection: (status, body).
    pub fn get(&self, target: &str) -> (u16, String) {
        self.connect().get(target)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One keep-alive connection.
pub struct Client {
    host: String,
    reader: BufReader<TcpStream>,
}

impl Client {
    pub fn get(&mut self, target: &str) -> (u16, String) {
        let request = format!("GET {target} HTTP/1.1\r\nHost: {}\r\n\r\n", self.host);
        self.send(request.as_bytes())
    }

    /// Sends raw request bytes; reads one response: (status, body).
    pub fn send(&mut self, request: &[u8]) -> (u16, String) {
        self.reader
            .get_mut()
            .write_all(request)
            .expect("write request");
        self.read_response()
    }

    pub fn read_response(&mut self) -> (u16, String) {
        let mut status_line = String::new();
        self.reader
            .read_line(&mut status_line)
            .expect("status line");
        let status: u16 = status_line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("bad status line {status_line:?}"));
        let mut length = 0;
        loop {
            let mut header = String::new();
            self.reader.read_line(&mut header).expect("header");
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().expect("content-length");
                }
            }
        }
        let mut body = vec![0; length];
        self.reader.read_exact(&mut body).expect("body");
        (status, String::from_utf8(body).expect("UTF-8 body"))
    }
}

/// Percent-encodes every byte outside `A-Za-z0-9-._~`.
pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
