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

/// Where each line of a sorted file starts, for binary search by line
/// rather than by byte (files searched for every address: codes, offices).
/// Building it is one pass over the file, the first time it is searched.
pub(super) struct LineIndex {
    lines: &'static str,
    starts: Vec<u32>,
}

impl LineIndex {
    pub(super) fn new(lines: &'static str) -> LineIndex {
        let mut starts = vec![0u32];
        starts.extend(
            lines
                .bytes()
                .enumerate()
                .filter(|&(i, b)| b == b'\n' && i + 1 < lines.len())
                .map(|(i, _)| (i + 1) as u32),
        );
        if lines.is_empty() {
            starts.clear();
        }
        LineIndex { lines, starts }
    }

    fn line(&self, i: usize) -> &'static str {
        let start = self.starts[i] as usize;
        let end = self
            .starts
            .get(i + 1)
            .map_or(self.lines.len(), |&e| e as usize);
        self.lines[start..end].trim_end_matches('\n')
    }

    /// The lines whose first field is `key`.
    pub(super) fn lines_with_key<'a>(
        &'a self,
        key: &'a str,
    ) -> impl Iterator<Item = &'static str> + 'a {
        let first = self
            .starts
            .partition_point(|&s| self.first_field_at(s) < key);
        (first..self.starts.len())
            .map(move |i| self.line(i))
            .take_while(move |line| first_field(line) == key)
    }

    /// The first field of the line starting at `start`.
    fn first_field_at(&self, start: u32) -> &'static str {
        let rest = &self.lines[start as usize..];
        let end = rest
            .bytes()
            .position(|b| b == b'\t' || b == b'\n')
            .unwrap_or(rest.len());
        &rest[..end]
    }
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
    fn line_index_finds_the_same_runs() {
        let text = "a\t1\nb\t2\nb\t3\nd\t4\nd\t5\nd\t6\nf\t7";
        let index = LineIndex::new(text);
        for key in ["", "a", "b", "c", "d", "f", "g"] {
            let found: String = index
                .lines_with_key(key)
                .map(|l| format!("{l}\n"))
                .collect();
            let expected: String = lines_with_key(text, key)
                .lines()
                .map(|l| format!("{l}\n"))
                .collect();
            assert_eq!(found, expected, "{key}");
        }
        assert_eq!(LineIndex::new("").lines_with_key("a").count(), 0);
    }

    #[test]
    fn skips_header_comments() {
        assert_eq!(data_lines("# x\n# y\na\t1\n"), "a\t1\n");
        assert_eq!(data_lines("# only"), "");
    }
}
