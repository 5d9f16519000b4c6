//! Sorted `KEY<TAB>VALUE` tables embedded as text and searched in place
//! (`data/place_names.tsv`, `data/loanwords_unidic.tsv`): nothing is parsed
//! at start-up.

/// The value of `key` in `tsv`: one header line, then lines sorted by key
/// (byte order), `KEY<TAB>VALUE`. Binary search over byte offsets; never
/// panics, whatever the text.
pub(crate) fn find(tsv: &'static str, key: &str) -> Option<&'static str> {
    lower_bound(tsv, key)
        .filter(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

/// The first line whose key is `key` or sorts after it, as (key, value).
pub(crate) fn lower_bound(tsv: &'static str, key: &str) -> Option<(&'static str, &'static str)> {
    let bytes = tsv.as_bytes();
    // Skip the header line.
    let mut lo = find_newline(bytes, 0).map_or(bytes.len(), |p| p + 1);
    let mut hi = bytes.len();
    // Invariant: `lo` is a line start, `hi` a line start or the end; every
    // line before `lo` sorts before `key`, every line from `hi` on does not.
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = rfind_newline(bytes, lo, mid).map_or(lo, |p| p + 1);
        let end = find_newline(bytes, start).unwrap_or(bytes.len());
        let line = bytes.get(start..end).unwrap_or_default();
        let k = line
            .iter()
            .position(|&b| b == b'\t')
            .map_or(line, |t| &line[..t]);
        if k < key.as_bytes() {
            lo = end + 1;
        } else {
            hi = start;
        }
    }
    entry_at(tsv, lo)
}

/// The line of `tsv` that starts at byte `start`, as (key, value); `None`
/// past the end or for a line without a tab.
fn entry_at(tsv: &'static str, start: usize) -> Option<(&'static str, &'static str)> {
    let end = find_newline(tsv.as_bytes(), start).unwrap_or(tsv.len());
    let line = tsv.get(start..end)?;
    let tab = line.bytes().position(|b| b == b'\t')?;
    Some((line.get(..tab)?, line.get(tab + 1..)?))
}

/// Where each line of a TSV (after its header line) starts: a search in
/// it compares keys directly, without looking for line ends around each
/// probe. `u32` offsets (the embedded tables are far below 4 GB); a line
/// past `u32::MAX` is left out, so [`Index::build`] of a text that large
/// gives an index that [`Index::find`] must not be used with (it says so by
/// `None` from `build`).
///
/// ```ignore
/// static T: &str = "# header\na\t1\nb\t2\n";
/// let index = Index::build(T).unwrap();
/// assert_eq!(index.find(T, "b"), find(T, "b"));
/// ```
pub(crate) struct Index {
    starts: Vec<u32>,
}

impl Index {
    /// The line starts of `tsv`, or `None` if it is too large for `u32`
    /// offsets.
    pub(crate) fn build(tsv: &str) -> Option<Index> {
        let bytes = tsv.as_bytes();
        u32::try_from(bytes.len()).ok()?;
        let mut starts = Vec::new();
        let mut at = find_newline(bytes, 0).map_or(bytes.len(), |p| p + 1);
        while at < bytes.len() {
            starts.push(u32::try_from(at).ok()?);
            at = find_newline(bytes, at).map_or(bytes.len(), |p| p + 1);
        }
        Some(Index { starts })
    }

    /// [`find`] of `key` in `tsv`, the text the index was built from: the
    /// same answer, found by comparing keys at the indexed line starts.
    pub(crate) fn find(&self, tsv: &'static str, key: &str) -> Option<&'static str> {
        let bytes = tsv.as_bytes();
        let key_bytes = key.as_bytes();
        // Whether the key of the line at `start` (up to its tab, or the
        // whole line without one, as `lower_bound` takes it) sorts before
        // `key`: compared byte by byte where it lies.
        let before = |start: u32| {
            let line = bytes.get(start as usize..).unwrap_or_default();
            for (i, &b) in line.iter().enumerate() {
                if b == b'\t' || b == b'\n' {
                    // The line's key ends here: before `key` if shorter.
                    return i < key_bytes.len();
                }
                match key_bytes.get(i) {
                    None => return false,
                    Some(&k) if b != k => return b < k,
                    Some(_) => {}
                }
            }
            line.len() < key_bytes.len()
        };
        let lo = self.starts.partition_point(|&start| before(start));
        let start = *self.starts.get(lo)? as usize;
        entry_at(tsv, start)
            .filter(|(k, _)| *k == key)
            .map(|(_, v)| v)
    }
}

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

/// The newline bytes among the eight bytes of `word`: the high bit of each
/// (exact, unlike the usual borrow trick, so that the highest can be used).
fn newline_bits(word: [u8; 8]) -> u64 {
    const LOWS: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let x = u64::from_le_bytes(word) ^ (0x0101_0101_0101_0101 * u64::from(b'\n'));
    !(((x & LOWS) + LOWS) | x | LOWS)
}

/// The last `\n` in `bytes[from..to]`, eight bytes at a time.
///
/// ```ignore
/// assert_eq!(rfind_newline(b"ab\ncd\nef", 0, 8), Some(5));
/// assert_eq!(rfind_newline(b"ab\ncd\nef", 0, 5), Some(2));
/// assert_eq!(rfind_newline(b"ab\ncd\nef", 3, 5), None);
/// ```
pub(crate) fn rfind_newline(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let mut end = to.min(bytes.len());
    while end >= from + 8 {
        let mut word = [0u8; 8];
        word.copy_from_slice(bytes.get(end - 8..end)?);
        let found = newline_bits(word);
        if found != 0 {
            return Some(end - 8 + (63 - found.leading_zeros() as usize) / 8);
        }
        end -= 8;
    }
    let head = bytes.get(from..end)?;
    head.iter().rposition(|&b| b == b'\n').map(|at| from + at)
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

/// Test helper: `tsv` is sorted and unique, and every key is found.
#[cfg(test)]
pub(crate) fn assert_sorted(tsv: &'static str) -> usize {
    let mut prev = "";
    let mut count = 0;
    for line in tsv.lines().skip(1) {
        let (k, v) = line.split_once('\t').expect("KEY<TAB>VALUE");
        assert!(k > prev, "{k} after {prev}");
        assert!(!v.is_empty(), "{k}");
        assert_eq!(find(tsv, k), Some(v), "{k}");
        prev = k;
        count += 1;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_key_and_nothing_else() {
        static T: &str = "# header\na\t1\nb\t2\nc\t3\n";
        assert_eq!(assert_sorted(T), 3);
        assert_eq!(find(T, "0"), None);
        assert_eq!(find(T, "bb"), None);
        assert_eq!(find(T, "d"), None);
        assert_eq!(find("", "a"), None);
        assert_eq!(find("# only\n", "a"), None);
        assert_eq!(find("# h\nno tab\n", "a"), None);
        assert_eq!(lower_bound(T, "bb"), Some(("c", "3")));
        assert_eq!(lower_bound(T, ""), Some(("a", "1")));
        assert_eq!(lower_bound(T, "d"), None);
    }

    #[test]
    fn index_finds_as_find_does() {
        static T: &str = "# header\na\t1\nb\t2\nbb\nc\t3\ncd\t4";
        let index = Index::build(T).unwrap();
        for key in ["", "0", "a", "b", "bb", "bc", "c", "cd", "d", "\t"] {
            assert_eq!(index.find(T, key), find(T, key), "{key:?}");
        }
        let empty = Index::build("").unwrap();
        assert_eq!(empty.find("", "a"), None);
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
        for from in 0..=text.len() {
            for to in from..=text.len() + 2 {
                let expected = text
                    .get(from..to.min(text.len()))
                    .and_then(|s| s.rfind('\n'));
                assert_eq!(
                    rfind_newline(text.as_bytes(), from, to),
                    expected.map(|at| from + at),
                    "{from}..{to}"
                );
            }
        }
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

    #[test]
    fn example_2() {
        assert_eq!(rfind_newline(b"ab\ncd\nef", 0, 8), Some(5));
        assert_eq!(rfind_newline(b"ab\ncd\nef", 0, 5), Some(2));
        assert_eq!(rfind_newline(b"ab\ncd\nef", 3, 5), None);
    }
}
