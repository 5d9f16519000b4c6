//! The prefecture and municipality name indexes, read in place from the
//! compiled tables: every name a prefecture or municipality can be written
//! by, folded ([`name_key`](super::name_key)) and sorted by the generator,
//! so that loading the gazetteer folds and hashes nothing.

use super::index::{MunicipalityMatch, MunicipalityMatchKind};
use super::tables::{self, Section};
use super::town_keys::{key_against_text, KeyOrder};
use super::types::*;
use std::ops::Range;

/// The names at the start of a text, as (byte length, key index): a few at
/// most (札幌市, 札幌市中央区), kept without allocating.
type NamePrefixes = crate::text::InlineVec<(usize, u32), 4>;

/// The bytes of a key's first two chars (of its one char), zero-padded to
/// one number that sorts as the keys do (a longer key after its one-char
/// prefix), read without decoding the chars.
type Head = u64;

/// The [`Head`] of the first `chars` (1 or 2) chars of `text`.
#[inline]
fn head(text: &str, chars: usize) -> Head {
    // The length of a UTF-8 char from its first byte.
    let width = |lead: u8| match lead {
        0..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    };
    let bytes = text.as_bytes();
    let first = bytes.first().map_or(0, |&lead| width(lead));
    let len = match chars {
        1 => first,
        _ => first + bytes.get(first).map_or(0, |&lead| width(lead)),
    };
    let mut padded = [0u8; 8];
    match bytes.get(..8) {
        Some(eight) => padded.copy_from_slice(eight),
        None => {
            for (to, &from) in padded.iter_mut().zip(bytes) {
                *to = from;
            }
        }
    }
    // Only the first `len` bytes (at most 8: two chars of 4).
    let after = u64::MAX.checked_shr(8 * len as u32).unwrap_or(0);
    u64::from_be_bytes(padded) & !after
}

/// Rows sorted by folded key (sections 8 and 9 of the tables): a key's rows
/// are consecutive, its values in the order the names were listed. The
/// distinct keys are read out once, at load, into a sorted slice of
/// `&'static str` (a few thousand), so that a lookup compares strings and
/// nothing else.
#[derive(Debug)]
struct NameTable {
    /// Each distinct key and its first row; its rows end where the next
    /// key's start (the last key's at `rows`).
    keys: Vec<(&'static str, u32)>,
    rows: u32,
    /// The first two chars of the keys (the second `None` for a key of one
    /// char) and the index of the first key that starts so (UTF-8 order is
    /// code point order, so these are sorted too).
    heads: Vec<(Head, u32)>,
}

impl NameTable {
    fn load(section: Section) -> NameTable {
        let mut keys: Vec<(&'static str, u32)> = Vec::new();
        for row in 0..section.len() {
            let key = tables::key_at(section, row);
            if keys.last().is_none_or(|&(last, _)| last != key) {
                keys.push((key, row));
            }
        }
        let mut heads: Vec<(Head, u32)> = Vec::new();
        for (i, (key, _)) in keys.iter().enumerate() {
            if !key.is_empty() {
                let head = head(key, 2);
                if heads.last().is_none_or(|&(last, _)| last != head) {
                    heads.push((head, i as u32));
                }
            }
        }
        NameTable {
            keys,
            rows: section.len(),
            heads,
        }
    }

    /// The rows of the `i`th distinct key.
    fn rows_of(&self, i: usize) -> Range<u32> {
        let start = self.keys.get(i).map_or(self.rows, |&(_, row)| row);
        let end = self.keys.get(i + 1).map_or(self.rows, |&(_, row)| row);
        start..end
    }

    /// The rows whose key is `key`.
    fn rows(&self, key: &str) -> Range<u32> {
        match self.keys.binary_search_by(|&(k, _)| k.cmp(key)) {
            Ok(i) => self.rows_of(i),
            Err(_) => 0..0,
        }
    }

    /// Every key that is a prefix of `text`, longest first, as (byte length,
    /// its rows). Only the keys that are `text`'s first char or share its
    /// first two are compared, and they sit together in sorted order;
    /// nothing is allocated.
    fn prefixes<'a>(&'a self, text: &str) -> impl Iterator<Item = (usize, Range<u32>)> + 'a {
        let mut found = NamePrefixes::default();
        // Only the keys that start with `text`'s first char, and then either
        // end or go on with its second, can be prefixes: two short runs of
        // the sorted keys, the shorter keys first.
        let (one, two) = (head(text, 1), head(text, 2));
        let heads = std::iter::once(one).chain((two != one).then_some(two));
        for head in heads {
            let Ok(h) = self.heads.binary_search_by_key(&head, |&(head, _)| head) else {
                continue;
            };
            let start = self.heads.get(h).map_or(0, |&(_, i)| i as usize);
            let end = self
                .heads
                .get(h + 1)
                .map_or(self.keys.len(), |&(_, i)| i as usize);
            for (i, &(key, _)) in self.keys.iter().enumerate().take(end).skip(start) {
                // A prefix of `text` sorts before or at it.
                match key_against_text(key, text) {
                    KeyOrder::Prefix => found.push((key.len(), i as u32)),
                    KeyOrder::Before => {}
                    KeyOrder::After => break,
                }
            }
        }
        found.as_mut_slice().reverse();
        found
            .into_iter()
            .map(|(len, i)| (len, self.rows_of(i as usize)))
    }
}

/// The name indexes of prefectures and municipalities. Loading it reads the
/// municipality matches out of the table once (a few thousand rows), so that
/// lookups can hand out slices of them.
pub(super) struct Index {
    prefectures: NameTable,
    municipalities: NameTable,
    /// Row `i` of the municipality names, as a match.
    matches: Vec<MunicipalityMatch>,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Index({} prefecture names, {} municipality names)",
            self.prefectures.keys.len(),
            self.municipalities.keys.len()
        )
    }
}

impl Index {
    /// The index of the embedded tables.
    pub(super) fn load() -> Index {
        let matches = (0..tables::MUNICIPALITY_NAMES.len())
            .map(|row| {
                let (kind, municipality) = tables::municipality_name_at(row);
                MunicipalityMatch {
                    municipality: MunicipalityId(municipality),
                    kind: match kind {
                        0 => MunicipalityMatchKind::Full,
                        1 => MunicipalityMatchKind::WithoutCounty,
                        2 => MunicipalityMatchKind::WardOnly,
                        _ => MunicipalityMatchKind::CityOnly,
                    },
                }
            })
            .collect();
        Index {
            prefectures: NameTable::load(tables::PREFECTURE_NAMES),
            municipalities: NameTable::load(tables::MUNICIPALITY_NAMES),
            matches,
        }
    }

    fn matches(&self, rows: Range<u32>) -> &[MunicipalityMatch] {
        self.matches
            .get(rows.start as usize..rows.end as usize)
            .unwrap_or_default()
    }

    pub(super) fn prefecture(&self, key: &str) -> Option<PrefectureId> {
        let rows = self.prefectures.rows(key);
        (!rows.is_empty()).then(|| PrefectureId(tables::prefecture_name_at(rows.start)))
    }

    pub(super) fn municipalities(&self, key: &str) -> &[MunicipalityMatch] {
        self.matches(self.municipalities.rows(key))
    }

    pub(super) fn prefecture_prefixes<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, PrefectureId)> + 'a {
        self.prefectures
            .prefixes(text)
            .map(|(len, rows)| (len, PrefectureId(tables::prefecture_name_at(rows.start))))
    }

    pub(super) fn municipality_prefixes<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, &'a [MunicipalityMatch])> + 'a {
        self.municipalities
            .prefixes(text)
            .map(|(len, rows)| (len, self.matches(rows)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{get, name_key};

    /// The (key, value) pairs the names are listed as, grouped by key in
    /// sorted order, each value once per key, in listing order.
    fn grouped<V: PartialEq + Copy>(pairs: Vec<(String, V)>) -> Vec<(String, Vec<V>)> {
        let mut keys: Vec<String> = pairs.iter().map(|(k, _)| k.clone()).collect();
        keys.sort();
        keys.dedup();
        keys.retain(|k| !k.is_empty());
        keys.into_iter()
            .map(|k| {
                let mut values = Vec::new();
                for (key, v) in &pairs {
                    if *key == k && !values.contains(v) {
                        values.push(*v);
                    }
                }
                (k, values)
            })
            .collect()
    }

    fn table<V>(table: Section, value: impl Fn(u32) -> V) -> Vec<(String, Vec<V>)> {
        let mut out: Vec<(String, Vec<V>)> = Vec::new();
        for row in 0..table.len() {
            let key = tables::key_at(table, row);
            match out.last_mut() {
                Some((k, values)) if k == key => values.push(value(row)),
                _ => out.push((key.to_owned(), vec![value(row)])),
            }
        }
        out
    }

    #[test]
    fn prefecture_names_are_the_folded_names_with_and_without_suffix() {
        let gz = get();
        let mut pairs = Vec::new();
        for p in gz.prefectures() {
            pairs.push((name_key(p.name.kanji).into_owned(), p.id));
            if let Some(stem) = ["都", "府", "県"]
                .iter()
                .find_map(|s| p.name.kanji.strip_suffix(s))
            {
                pairs.push((name_key(stem).into_owned(), p.id));
            }
        }
        let expected = grouped(pairs);
        let got = table(tables::PREFECTURE_NAMES, |row| {
            PrefectureId(tables::prefecture_name_at(row))
        });
        assert_eq!(got, expected);
    }

    #[test]
    fn municipality_names_are_every_way_to_write_them_folded() {
        let gz = get();
        let mut pairs = Vec::new();
        for m in gz.municipalities() {
            let with = |kind| MunicipalityMatch {
                municipality: m.id,
                kind,
            };
            pairs.push((
                name_key(&m.full_name()).into_owned(),
                with(MunicipalityMatchKind::Full),
            ));
            if m.county.is_some() {
                pairs.push((
                    name_key(m.city.kanji).into_owned(),
                    with(MunicipalityMatchKind::WithoutCounty),
                ));
            }
            if let Some(ward) = &m.ward {
                pairs.push((
                    name_key(ward.kanji).into_owned(),
                    with(MunicipalityMatchKind::WardOnly),
                ));
                pairs.push((
                    name_key(m.city.kanji).into_owned(),
                    with(MunicipalityMatchKind::CityOnly),
                ));
            }
        }
        let expected = grouped(pairs);
        let index = Index::load();
        let got = table(tables::MUNICIPALITY_NAMES, |row| {
            index.matches[row as usize]
        });
        assert_eq!(got, expected);
    }

    #[test]
    fn prefixes_are_every_key_that_starts_the_text() {
        let index = Index::load();
        for table in [&index.prefectures, &index.municipalities] {
            for &(key, _) in &table.keys {
                let mut shorter = key.to_owned();
                shorter.pop();
                for text in [key.to_owned(), format!("{key}中央1丁目"), shorter] {
                    let mut expected: Vec<(usize, Range<u32>)> = (0..table.keys.len())
                        .filter(|&i| text.starts_with(table.keys[i].0))
                        .map(|i| (table.keys[i].0.len(), table.rows_of(i)))
                        .collect();
                    expected.sort_by_key(|(len, _)| std::cmp::Reverse(*len));
                    assert_eq!(
                        table.prefixes(&text).collect::<Vec<_>>(),
                        expected,
                        "{text}"
                    );
                }
            }
        }
    }

    #[test]
    fn prefixes_come_longest_first() {
        let index = Index::load();
        let found: Vec<usize> = index
            .municipality_prefixes("札幌市中央区北1条")
            .map(|(len, _)| len)
            .collect();
        assert_eq!(found, vec!["札幌市中央区".len(), "札幌市".len()]);
        assert_eq!(index.prefecture_prefixes("").count(), 0);
        assert!(index.municipalities("").is_empty());
    }
}
