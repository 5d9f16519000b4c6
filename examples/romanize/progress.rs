//! The progress line on standard error.

use std::io::{self, Write};
use std::time::{Duration, Instant};

/// A `lines done, lines/s` line on standard error, redrawn about once a
/// second with `\r` and cleared at the end.
pub(crate) struct Progress {
    start: Instant,
    next: Instant,
    width: usize,
}

impl Progress {
    pub(crate) fn new() -> Progress {
        let start = Instant::now();
        Progress {
            start,
            next: start + Duration::from_secs(1),
            width: 0,
        }
    }

    pub(crate) fn tick(&mut self, lines: u64) {
        let now = Instant::now();
        if now < self.next {
            return;
        }
        self.next = now + Duration::from_secs(1);
        let secs = now.duration_since(self.start).as_secs_f64();
        let text = format!(
            "romanize: {lines} lines, {:.0} lines/s",
            lines as f64 / secs
        );
        let pad = self.width.saturating_sub(text.len());
        self.width = text.len();
        let _ = write!(io::stderr(), "\r{text}{:pad$}", "");
    }

    pub(crate) fn clear(&mut self) {
        if self.width > 0 {
            let _ = write!(io::stderr(), "\r{:w$}\r", "", w = self.width);
            self.width = 0;
        }
    }
}
