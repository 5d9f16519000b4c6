//! Searching a sorted TSV file in place: binary search over byte offsets,
//! so a lookup needs no parsing of the file beforehand.

/// The data lines of a generated file: everything after its `#` header lines.
pub(super) fn data_lines(file: &'static str) -> &'static str {
    let mut at = 0;
    while file[at..].starts_with('#') {
        match file[at..].find('\n') {
            Some(end) => at += end + 1,
            None => return "",
        }
    }
    &file[at..]
}

fn first_field(line: &str) -> &str {
    line.split('\t').next().unwrap_or(line)
}

/// Byte offset of the first line whose first field is not less than `key`,
/// in `lines` sorted by first field (byte order). Each step scans back to
/// the start of one line, so a lookup costs O(log n) line reads.
fn lower_bound(lines: &str, key: &str) -> usize {
    let bytes = lines.as_bytes();
    // `lo` is always a line start; the answer is in lo..=hi.
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |i| lo + i + 1);
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| start + i);
        if first_field(&lines[start..end]) < key {
            lo = (end + 1).min(bytes.len());
        } else {
            hi = start;
        }
    }
    lo
}

/// The consecutive lines of sorted `lines` whose first field is `key`
/// (possibly none), newline-terminated except perhaps the last.
pub(super) fn lines_with_key<'a>(lines: &'a str, key: &str) -> &'a str {
    let start = lower_bound(lines, key);
    let mut end = start;
    for line in lines[start..].split_inclusive('\n') {
        if first_field(line.trim_end_matches('\n')) != key {
            break;
        }
        end += line.len();
    }
    &lines[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_run_of_equal_keys() {
        let text = "a\t1\nb\t2\nb\t3\nd\t4\nd\t5\nd\t6\nf\t7";
        assert_eq!(lines_with_key(text, "a"), "a\t1\n");
        assert_eq!(lines_with_key(text, "b"), "b\t2\nb\t3\n");
        assert_eq!(lines_with_key(text, "c"), "");
        assert_eq!(lines_with_key(text, "d"), "d\t4\nd\t5\nd\t6\n");
        assert_eq!(lines_with_key(text, "f"), "f\t7");
        assert_eq!(lines_with_key(text, "g"), "");
        assert_eq!(lines_with_key(text, ""), "");
        assert_eq!(lines_with_key("", "a"), "");
    }

    #[test]
    fn skips_header_comments() {
        assert_eq!(data_lines("# x\n# y\na\t1\n"), "a\t1\n");
        assert_eq!(data_lines("# only"), "");
    }
}
