//! Reading the tables embedded as text (`data/loanwords.tsv`,
//! `data/place_names.tsv`, the values of UniDic's loanwords): newlines
//! found eight bytes at a time.

/// The first `\n` in `bytes` from `from`, eight bytes at a time.
///
/// ```ignore
/// assert_eq!(find_newline(b"ab\ncd\n", 0), Some(2));
/// assert_eq!(find_newline(b"ab\ncd\n", 3), Some(5));
/// assert_eq!(find_newline(b"abc", 0), None);
/// ```
pub(crate) fn find_newline(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        // The lowest flagged byte is a newline (exact: only bytes above a
        // match can be flagged wrongly).
        let found = crate::text::any_byte_equal(u64::from_le_bytes(word), b'\n');
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    let rest = bytes.get(i..)?;
    rest.iter().position(|&b| b == b'\n').map(|at| i + at)
}

/// The lines of `text` (without their `\n`), found eight bytes at a time:
/// for the embedded tables read at first use.
pub(crate) fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = find_newline(text.as_bytes(), start).unwrap_or(text.len());
        let line = text.get(start..end);
        start = end + 1;
        line
    })
}

/// Test helper: `tsv` (a header line, then `KEY<TAB>VALUE` lines) is
/// sorted by key and unique, and no value is empty; the number of lines.
#[cfg(test)]
pub(crate) fn assert_sorted(tsv: &'static str) -> usize {
    let mut prev = "";
    let mut count = 0;
    for line in tsv.lines().skip(1) {
        let (k, v) = line.split_once('\t').expect("KEY<TAB>VALUE");
        assert!(k > prev, "{k} after {prev}");
        assert!(!v.is_empty(), "{k}");
        prev = k;
        count += 1;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_tables_are_counted() {
        assert_eq!(assert_sorted("# header\na\t1\nb\t2\nc\t3\n"), 3);
    }

    #[test]
    fn newlines_and_lines() {
        let text = "ab\ncdefghijklmnop\nq\n\nrs";
        let ends: Vec<usize> = (0..text.len())
            .filter_map(|from| find_newline(text.as_bytes(), from))
            .collect();
        let expected: Vec<usize> = (0..text.len())
            .filter_map(|from| text[from..].find('\n').map(|at| from + at))
            .collect();
        assert_eq!(ends, expected);
        static TEXT: &str = "ab\ncdefghijklmnop\nq\n\nrs";
        assert_eq!(
            lines(TEXT).collect::<Vec<_>>(),
            TEXT.lines().collect::<Vec<_>>()
        );
        assert_eq!(lines("").count(), 0);
        assert_eq!(lines("x\n").collect::<Vec<_>>(), ["x"]);
    }
}

#[cfg(test)]
mod doc_examples {
    //! The examples of the crate-internal items above.
    use super::*;

    #[test]
    fn example_1() {
        assert_eq!(find_newline(b"ab\ncd\n", 0), Some(2));
        assert_eq!(find_newline(b"ab\ncd\n", 3), Some(5));
        assert_eq!(find_newline(b"abc", 0), None);
    }
}
