//! [`PrefixTrie`]: every key that is a prefix of a text, in one walk over the
//! text's first chars, without allocating.

/// A trie over a sorted set of keys, one node per distinct prefix, stored
/// flat: a node's children are a run of (char, node) edges sorted by char.
/// Keys are identified by their position in the sorted slice it was built
/// from.
///
/// Built from `["京都府", "東京", "東京都"]`, `prefixes("東京都中央区")`
/// gives `(9, 2)` then `(6, 1)`: (byte length, key position), longest first.
#[derive(Debug, Default)]
pub(crate) struct PrefixTrie {
    nodes: Vec<Node>,
    /// Each edge's char, by node, sorted within a node.
    labels: Vec<char>,
    /// Each edge's target node.
    targets: Vec<u32>,
}

/// A node: where its edges start in [`PrefixTrie::labels`], how many there
/// are, and 1 + the key it ends (0 for none).
#[derive(Clone, Copy, Debug, Default)]
struct Node {
    first_edge: u32,
    edges: u32,
    key_plus_one: u32,
}

/// Children at most this many are scanned in order, not bisected.
const LINEAR_CHILDREN: usize = 8;

impl PrefixTrie {
    /// Builds the trie of `keys`, which must be sorted and unique (a key out
    /// of order is left out).
    pub(crate) fn build(keys: &[&str]) -> PrefixTrie {
        // About one node per key char (names are mostly three-byte chars).
        let nodes = keys.iter().map(|k| k.len()).sum::<usize>() / 3 + 1;
        let mut trie = PrefixTrie {
            nodes: Vec::with_capacity(nodes),
            labels: Vec::with_capacity(nodes),
            targets: Vec::with_capacity(nodes),
        };
        // Nodes in breadth-first order: (first key, end of keys, byte depth);
        // the keys of a node share its first `depth` bytes.
        let mut pending: Vec<(usize, usize, usize)> = Vec::with_capacity(nodes);
        pending.push((0, keys.len(), 0));
        let mut next = 0;
        while let Some(&(mut lo, hi, depth)) = pending.get(next) {
            next += 1;
            let first_edge = trie.labels.len() as u32;
            let ends_here = keys.get(lo).is_some_and(|k| lo < hi && k.len() == depth);
            let key_plus_one = if ends_here { lo as u32 + 1 } else { 0 };
            if ends_here {
                lo += 1;
            }
            while lo < hi {
                let Some(c) = keys[lo].get(depth..).and_then(|rest| rest.chars().next()) else {
                    lo += 1;
                    continue;
                };
                let mut buf = [0u8; 4];
                let label = c.encode_utf8(&mut buf).as_bytes();
                let end = depth + label.len();
                let same = keys[lo..hi]
                    .iter()
                    .take_while(|k| k.as_bytes().get(depth..end) == Some(label))
                    .count();
                trie.labels.push(c);
                trie.targets.push(pending.len() as u32);
                pending.push((lo, lo + same, depth + c.len_utf8()));
                lo += same;
            }
            trie.nodes.push(Node {
                first_edge,
                edges: trie.labels.len() as u32 - first_edge,
                key_plus_one,
            });
        }
        trie
    }

    /// The child of `node` along `c`.
    fn child(&self, node: Node, c: char) -> Option<Node> {
        let start = node.first_edge as usize;
        let labels = self.labels.get(start..start + node.edges as usize)?;
        let at = if labels.len() <= LINEAR_CHILDREN {
            labels.iter().position(|&l| l == c)?
        } else {
            labels.binary_search(&c).ok()?
        };
        let target = *self.targets.get(start + at)?;
        self.nodes.get(target as usize).copied()
    }

    /// The position of `key`, if it is one of the keys.
    pub(crate) fn find(&self, key: &str) -> Option<usize> {
        let mut node = self.nodes.first().copied()?;
        for c in key.chars() {
            node = self.child(node, c)?;
        }
        (node.key_plus_one as usize).checked_sub(1)
    }

    /// Every key that is a prefix of `text`, longest first, as (byte length,
    /// key position).
    pub(crate) fn prefixes(&self, text: &str) -> Prefixes {
        let mut found = Prefixes::default();
        let Some(mut node) = self.nodes.first().copied() else {
            return found;
        };
        for (at, c) in text.char_indices() {
            let Some(child) = self.child(node, c) else {
                break;
            };
            node = child;
            if node.key_plus_one > 0 {
                found.push(at + c.len_utf8(), node.key_plus_one as usize - 1);
            }
        }
        found
    }
}

/// How many matches [`Prefixes`] holds without allocating.
const INLINE: usize = 8;

/// The keys [`PrefixTrie::prefixes`] found, handed out longest first.
#[derive(Debug, Default)]
pub(crate) struct Prefixes {
    /// (byte length, key position), shortest first.
    inline: [(u32, u32); INLINE],
    inline_len: usize,
    /// Longer matches once `inline` is full (never, with place names).
    more: Vec<(usize, usize)>,
}

impl Prefixes {
    fn push(&mut self, len: usize, key: usize) {
        let fits = u32::try_from(len).ok().zip(u32::try_from(key).ok());
        match (self.inline.get_mut(self.inline_len), fits) {
            (Some(slot), Some(pair)) if self.more.is_empty() => {
                *slot = pair;
                self.inline_len += 1;
            }
            _ => self.more.push((len, key)),
        }
    }
}

impl Iterator for Prefixes {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        if let Some(found) = self.more.pop() {
            return Some(found);
        }
        self.inline_len = self.inline_len.checked_sub(1)?;
        let &(len, key) = self.inline.get(self.inline_len)?;
        Some((len as usize, key as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prefixes found by scanning every key, longest first.
    fn by_scan(keys: &[&str], text: &str) -> Vec<(usize, usize)> {
        let mut found: Vec<(usize, usize)> = keys
            .iter()
            .enumerate()
            .filter(|(_, k)| text.starts_with(**k))
            .map(|(i, k)| (k.len(), i))
            .collect();
        found.sort_unstable_by(|a, b| b.cmp(a));
        found
    }

    #[test]
    fn finds_what_a_scan_finds() {
        let mut keys = vec![
            "",
            "東",
            "東京",
            "東京都",
            "京都",
            "京都府",
            "京都市",
            "中央区",
            "中",
            "a",
            "ab",
            "abc",
            "abcd",
            "abcde",
            "abcdef",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "abcdefghij",
            "b",
            "北1条",
        ];
        keys.sort_unstable();
        let trie = PrefixTrie::build(&keys);
        for text in [
            "",
            "東京都中央区",
            "東京",
            "京都市中京区",
            "中央区",
            "abcdefghijk",
            "abcdefghij",
            "abx",
            "北1条西",
            "西",
            "ｘ",
        ] {
            let found: Vec<_> = trie.prefixes(text).collect();
            let exact = keys.iter().position(|k| *k == text);
            assert_eq!(trie.find(text), exact, "{text}");
            let mut expected = by_scan(&keys, text);
            // The empty key is never found: the walk reports keys it reaches.
            expected.retain(|&(len, _)| len > 0);
            assert_eq!(found, expected, "{text}");
        }
    }
}
