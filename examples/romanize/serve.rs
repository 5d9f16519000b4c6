//! `romanize --serve`: one page on this machine to romanize addresses in a
//! browser, and `/api/romanize`, the `--json` object of one address.
//!
//! HTTP is [`tiny_http`]'s (small and synchronous: no async runtime for a
//! page one person uses). What is safe by default, and where:
//!
//! - Loopback only unless another address is given, and then a loud warning;
//!   a request whose `Host` is not this machine's name for itself is refused
//!   (a web page elsewhere cannot reach the server through DNS rebinding).
//! - Only `GET` and `HEAD`, a URL of at most [`MAX_URL_BYTES`], no body
//!   (a request with one is refused unread: 413), at most [`RATE_PER_SECOND`]
//!   requests a second from one client (a burst of [`RATE_BURST`]), 429 after.
//! - Nothing is written anywhere: no log of addresses, no files.
//! - Every handler runs under `catch_unwind`: a bug answers 500 and the
//!   server goes on.
//! - The page is built in [`crate::page`], which escapes every value.

use std::collections::HashMap;
use std::io::{self, Write};
use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use tiny_http::{Header, Method, Request, Response, Server};

use crate::page::{self, Query};

/// The longest request URL answered (8 KiB; an address is at most 1 KiB,
/// 3 KiB percent-encoded).
pub(crate) const MAX_URL_BYTES: usize = 8 * 1024;
/// Requests a second one client may send, on average.
pub(crate) const RATE_PER_SECOND: f64 = 2000.0;
/// Requests one client may send at once before the rate applies.
pub(crate) const RATE_BURST: f64 = 4000.0;
/// Threads answering requests.
const WORKERS: usize = 4;

/// Serves until killed. `listen` is `ADDR:PORT` (port 0: any free port; the
/// URL printed is the one bound).
pub(crate) fn run(listen: &str, style: jusho::Style) -> ExitCode {
    let addr = match listen.to_socket_addrs().map(|mut a| a.next()) {
        Ok(Some(addr)) => addr,
        _ => {
            let _ = writeln!(
                io::stderr(),
                "error: invalid --serve address {listen:?}: expected ADDR:PORT, e.g. 127.0.0.1:8080"
            );
            return ExitCode::from(crate::args::USAGE);
        }
    };
    if !addr.ip().is_loopback() {
        let _ = writeln!(
            io::stderr(),
            "WARNING: serving on {addr}, which is NOT loopback: anyone who can reach this \
             machine on that address can use the page (and see what it answers). \
             Use 127.0.0.1 unless you mean it."
        );
    }
    let server = match listener(addr).and_then(|l| Server::from_listener(l, None)) {
        Ok(server) => Arc::new(server),
        Err(e) => {
            let _ = writeln!(io::stderr(), "error: cannot listen on {addr}: {e}");
            return ExitCode::from(1);
        }
    };
    let bound = server
        .server_addr()
        .to_ip()
        .expect("a TCP listener has an IP address");
    let url = format!("http://{}/", host_port(bound));
    {
        let mut out = io::stdout().lock();
        let _ = writeln!(out, "romanize: serving the page on {url} (Ctrl-C to stop)");
        let _ = out.flush();
    }
    let state = Arc::new(State {
        style,
        bound,
        limits: Mutex::new(HashMap::new()),
    });
    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            let (server, state) = (Arc::clone(&server), Arc::clone(&state));
            std::thread::spawn(move || loop {
                match server.recv() {
                    Ok(request) => state.answer(request),
                    Err(_) => std::thread::sleep(std::time::Duration::from_millis(10)),
                }
            })
        })
        .collect();
    for worker in workers {
        let _ = worker.join();
    }
    ExitCode::SUCCESS
}

/// A listening socket with `TCP_NODELAY`, which Linux passes on to every
/// accepted connection: tiny_http writes the headers and the body of a
/// response apart, and with Nagle's algorithm the body would wait for the
/// client's delayed ACK (40 ms a request on a kept-alive connection).
fn listener(
    addr: SocketAddr,
) -> Result<std::net::TcpListener, Box<dyn std::error::Error + Send + Sync>> {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, None)?;
    socket.set_reuse_address(true)?;
    socket.set_nodelay(true)?;
    socket.bind(&addr.into())?;
    socket.listen(128)?;
    Ok(socket.into())
}

/// `127.0.0.1:8080` or `[::1]:8080`.
fn host_port(addr: SocketAddr) -> String {
    match addr.ip() {
        IpAddr::V4(ip) => format!("{ip}:{}", addr.port()),
        IpAddr::V6(ip) => format!("[{ip}]:{}", addr.port()),
    }
}

struct State {
    style: jusho::Style,
    bound: SocketAddr,
    /// Per client address: tokens left and when they were counted.
    limits: Mutex<HashMap<IpAddr, (f64, Instant)>>,
}

/// An answer before it is sent: status, content type, body.
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) content_type: &'static str,
    pub(crate) body: Vec<u8>,
}

impl Answer {
    pub(crate) fn text(status: u16, message: &str) -> Answer {
        Answer {
            status,
            content_type: "text/plain; charset=utf-8",
            body: format!("{message}\n").into_bytes(),
        }
    }
}

impl State {
    fn answer(&self, request: Request) {
        let answer = catch_unwind(AssertUnwindSafe(|| self.route(&request))).unwrap_or_else(|_| {
            Answer::text(
                500,
                "internal error: the request was not answered; the server goes on",
            )
        });
        let mut response = Response::from_data(answer.body).with_status_code(answer.status);
        for (name, value) in [
            ("Content-Type", answer.content_type),
            ("Cache-Control", "no-store"),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "no-referrer"),
            ("X-Frame-Options", "DENY"),
            (
                "Content-Security-Policy",
                "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
                 img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            ),
        ] {
            if let Ok(header) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
                response.add_header(header);
            }
        }
        // The client may be gone; nothing to do about it.
        let _ = request.respond(response);
    }

    fn route(&self, request: &Request) -> Answer {
        if !matches!(request.method(), Method::Get | Method::Head) {
            return Answer::text(405, "method not allowed: this server answers GET only");
        }
        if request.url().len() > MAX_URL_BYTES {
            return Answer::text(414, "request URL too long: at most 8 KiB");
        }
        let has_body = request.body_length().is_some_and(|n| n > 0)
            || request
                .headers()
                .iter()
                .any(|h| h.field.equiv("Transfer-Encoding"));
        if has_body {
            return Answer::text(413, "request body refused: this server takes no body");
        }
        if !self.host_allowed(request) {
            return Answer::text(
                421,
                "wrong Host: open the page by the address the server printed",
            );
        }
        if !self.within_rate(request.remote_addr().map(SocketAddr::ip)) {
            return Answer::text(429, "too many requests: slow down");
        }
        let (path, query) = request.url().split_once('?').unwrap_or((request.url(), ""));
        let query = Query::parse(query);
        match path {
            "/" | "/index.html" => page::html_page(&query, self.style),
            "/api/romanize" => page::api(&query, self.style),
            "/page.css" => asset("text/css; charset=utf-8", page::CSS),
            "/page.js" => asset("text/javascript; charset=utf-8", page::JS),
            "/favicon.ico" => Answer {
                status: 204,
                content_type: "image/x-icon",
                body: Vec::new(),
            },
            _ => Answer::text(404, "not found: the page is at /"),
        }
    }

    /// On a loopback server, the `Host` must name this machine (its bound
    /// address, `localhost`, `127.0.0.1` or `[::1]` with the port); absent
    /// only in HTTP/1.0, allowed.
    fn host_allowed(&self, request: &Request) -> bool {
        let Some(host) = request.headers().iter().find(|h| h.field.equiv("Host")) else {
            return true;
        };
        if !self.bound.ip().is_loopback() {
            return true;
        }
        let port = self.bound.port();
        let host = host.value.as_str();
        [
            host_port(self.bound),
            format!("localhost:{port}"),
            format!("127.0.0.1:{port}"),
            format!("[::1]:{port}"),
        ]
        .iter()
        .any(|h| h == host)
    }

    /// A token bucket per client address.
    fn within_rate(&self, client: Option<IpAddr>) -> bool {
        let client = client.unwrap_or(IpAddr::from([0, 0, 0, 0]));
        let Ok(mut limits) = self.limits.lock() else {
            return true;
        };
        let now = Instant::now();
        if limits.len() > 10_000 {
            limits.clear();
        }
        let (tokens, last) = limits.entry(client).or_insert((RATE_BURST, now));
        let refill = now.duration_since(*last).as_secs_f64() * RATE_PER_SECOND;
        *tokens = (*tokens + refill).min(RATE_BURST);
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

fn asset(content_type: &'static str, text: &str) -> Answer {
    Answer {
        status: 200,
        content_type,
        body: text.as_bytes().to_vec(),
    }
}
