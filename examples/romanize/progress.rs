//! The progress line and the closing summary on standard error.

use std::io::{self, Write};
use std::time::{Duration, Instant};

use crate::pipeline::Tally;

/// A `lines done, failed, lines/s` line on standard error (with the
/// percentage and the time left when the input's size is known), redrawn
/// about once a second with `\r` and cleared at the end.
pub(crate) struct Progress {
    start: Instant,
    next: Instant,
    width: usize,
    /// The input's size in bytes, when known (a regular file).
    total: Option<u64>,
}

impl Progress {
    pub(crate) fn new(total: Option<u64>) -> Progress {
        let start = Instant::now();
        Progress {
            start,
            next: start + Duration::from_secs(1),
            width: 0,
            total: total.filter(|&t| t > 0),
        }
    }

    /// Redraws the line, at most once a second: `tally` is what is answered
    /// so far, `read_to` how many bytes of input that took.
    pub(crate) fn tick(&mut self, tally: &Tally, read_to: u64) {
        let now = Instant::now();
        if now < self.next {
            return;
        }
        self.next = now + Duration::from_secs(1);
        let secs = now.duration_since(self.start).as_secs_f64();
        let text = progress_text(tally, secs, read_to, self.total);
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

/// `romanize: 12% 120000 lines, 3 failed, 51234 lines/s, 0:19 left`.
fn progress_text(tally: &Tally, secs: f64, read_to: u64, total: Option<u64>) -> String {
    let mut text = String::from("romanize: ");
    let done = total.map(|t| (read_to as f64 / t as f64).min(1.0));
    if let Some(done) = done {
        text += &format!("{:.0}% ", done * 100.0);
    }
    text += &format!(
        "{} lines, {} failed, {:.0} lines/s",
        tally.lines,
        tally.failed,
        tally.lines as f64 / secs.max(1e-9)
    );
    if let Some(done) = done.filter(|&d| d > 0.0) {
        let left = (secs * (1.0 - done) / done).round() as u64;
        text += &format!(", {}:{:02} left", left / 60, left % 60);
    }
    text
}

/// The one-line summary at the end of a batch run:
/// `romanize: 1000 lines, 2 failed, warnings: postal_code_inferred 5; 0.3 s`.
pub(crate) fn summary(tally: &Tally, elapsed: Duration) -> String {
    let mut kinds: Vec<_> = tally.warnings.iter().collect();
    kinds.sort();
    let warnings = if kinds.is_empty() {
        "no warnings".to_string()
    } else {
        let list: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
        format!("warnings: {}", list.join(", "))
    };
    format!(
        "romanize: {} lines, {} failed, {warnings}; {:.1} s",
        tally.lines,
        tally.failed,
        elapsed.as_secs_f64()
    )
}

/// The size of standard input when it is a regular file, for the
/// percentage and the time left.
pub(crate) fn stdin_size() -> Option<u64> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let fd = io::stdin().as_fd().try_clone_to_owned().ok()?;
        let meta = std::fs::File::from(fd).metadata().ok()?;
        meta.is_file().then_some(meta.len())
    }
    #[cfg(not(unix))]
    {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_shows_percentage_and_time_left_only_when_size_is_known() {
        let tally = Tally {
            lines: 50,
            failed: 2,
            ..Tally::default()
        };
        let known = progress_text(&tally, 10.0, 250, Some(1000));
        assert_eq!(
            known,
            "romanize: 25% 50 lines, 2 failed, 5 lines/s, 0:30 left"
        );
        let unknown = progress_text(&tally, 10.0, 250, None);
        assert_eq!(unknown, "romanize: 50 lines, 2 failed, 5 lines/s");
    }

    #[test]
    fn summary_counts_warnings_by_kind_in_name_order() {
        let mut tally = Tally {
            lines: 3,
            failed: 1,
            ..Tally::default()
        };
        tally.warnings.insert("zeta", 1);
        tally.warnings.insert("alpha", 2);
        assert_eq!(
            summary(&tally, Duration::from_millis(1500)),
            "romanize: 3 lines, 1 failed, warnings: alpha 2, zeta 1; 1.5 s"
        );
    }
}
