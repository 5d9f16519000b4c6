//! Sorted `KEY<TAB>VALUE` tables embedded as text and searched in place
//! (`data/place_names.tsv`, `data/loanwords_unidic.tsv`): nothing is parsed
//! at start-up.

/// The value of `key` in `tsv`: one header line, then lines sorted by key
/// (byte order), `KEY<TAB>VALUE`. Binary search over byte offsets; never
/// panics, whatever the text.
pub(crate) fn find(tsv: &'static str, key: &str) -> Option<&'static str> {
    let bytes = tsv.as_bytes();
    // Skip the header line.
    let mut lo = bytes
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |p| p + 1);
    let mut hi = bytes.len();
    // Invariant: `lo` is a line start, `hi` a line start or the end.
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes
            .get(lo..mid)
            .and_then(|s| s.iter().rposition(|&b| b == b'\n'))
            .map_or(lo, |p| lo + p + 1);
        let end = bytes
            .get(start..)
            .and_then(|s| s.iter().position(|&b| b == b'\n'))
            .map_or(bytes.len(), |p| start + p);
        let (k, v) = tsv.get(start..end)?.split_once('\t')?;
        match k.cmp(key) {
            std::cmp::Ordering::Equal => return Some(v),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
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
    }
}
