//! Numbers in text: runs of ASCII digits, and runs of kanji numerals
//! (`二十三`, `一〇一`) written as ASCII digits.

/// Reads the ASCII digits at the start of `s`: their value and how many
/// bytes they take.
///
/// Returns `None` if `s` does not start with an ASCII digit, or if the value
/// does not fit in a `u32`. Leading zeros are allowed (`"007"` is 7, 3 bytes).
pub fn parse_number(s: &str) -> Option<(u32, usize)> {
    let len = s.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 {
        return None;
    }
    let mut value: u32 = 0;
    for b in s.bytes().take(len) {
        value = value.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
    }
    Some((value, len))
}

/// The kanji numeral run at the end of `s` (`三〇五`, `十二`), if any: where
/// it starts (a byte offset of `s`) and its value in ASCII digits.
///
/// `s` must already be cleaned (old forms such as `壱` are numerals too).
pub(crate) fn trailing_kanji_number(s: &str) -> Option<(usize, String)> {
    let mut start = s.len();
    let mut run = Vec::new();
    for (at, c) in s.char_indices().rev() {
        let Some(n) = numeral(c) else { break };
        run.push(n);
        start = at;
    }
    if run.is_empty() {
        return None;
    }
    run.reverse();
    let mut digits = String::new();
    push_numeral_run(&run, &mut digits);
    Some((start, digits))
}

/// A kanji numeral: a digit (`〇`..`九`, `壱 弐 参`) or a unit (`十 百 千`).
#[derive(Clone, Copy)]
pub(super) enum Numeral {
    Digit(u8),
    Unit(u64),
}

/// `c` (already passed through [`fold_char`]) as a kanji numeral. `万` is
/// deliberately not one: `1万` would read oddly, and no address needs it.
pub(super) const fn numeral(c: char) -> Option<Numeral> {
    Some(match c {
        '〇' => Numeral::Digit(0),
        '一' | '壱' => Numeral::Digit(1),
        '二' | '弐' => Numeral::Digit(2),
        '三' | '参' => Numeral::Digit(3),
        '四' => Numeral::Digit(4),
        '五' => Numeral::Digit(5),
        '六' => Numeral::Digit(6),
        '七' => Numeral::Digit(7),
        '八' => Numeral::Digit(8),
        '九' => Numeral::Digit(9),
        '十' => Numeral::Unit(10),
        '百' => Numeral::Unit(100),
        '千' => Numeral::Unit(1000),
        _ => return None,
    })
}

/// Writes a run of kanji numerals as ASCII digits.
///
/// Without units the digits are read one by one (`一〇一` is `101`); with
/// units they are summed (`千二百三十四` is `1234`, `十` is `10`). Malformed
/// runs still give a number (`十百` is `110`); arithmetic saturates.
pub(super) fn push_numeral_run(run: &[Numeral], out: &mut String) {
    use std::fmt::Write;

    if run.iter().all(|n| matches!(n, Numeral::Digit(_))) {
        for n in run {
            if let Numeral::Digit(d) = *n {
                out.push(char::from(b'0' + d));
            }
        }
        return;
    }
    let mut total: u64 = 0;
    let mut current: Option<u64> = None;
    for n in run {
        match *n {
            Numeral::Digit(d) => {
                let c = current.unwrap_or(0);
                current = Some(c.saturating_mul(10).saturating_add(u64::from(d)));
            }
            Numeral::Unit(u) => {
                total = total.saturating_add(current.unwrap_or(1).saturating_mul(u));
                current = None;
            }
        }
    }
    total = total.saturating_add(current.unwrap_or(0));
    // Writing to a String cannot fail.
    let _ = write!(out, "{total}");
}
