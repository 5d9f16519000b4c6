//! A municipality's town names written backwards, for the forgiving
//! pass's "leading part left out" ((四谷)三栄町): the names that end with
//! some text are one range of them.

use crate::gazetteer::{Gazetteer, MunicipalityId, TownId};

/// A municipality's folded town names written backwards, sorted, with the
/// names and towns: the backward names in one string, each entry its
/// range there.
pub(super) struct ReversedNames {
    backwards: String,
    entries: Vec<(std::ops::Range<usize>, &'static str, TownId)>,
}

impl ReversedNames {
    pub(super) fn build(gz: &'static Gazetteer, municipality: MunicipalityId) -> ReversedNames {
        let mut backwards = String::new();
        let mut entries = Vec::new();
        for (key, town) in gz.towns_extending(municipality, "") {
            let start = backwards.len();
            backwards.extend(key.chars().rev());
            entries.push((start..backwards.len(), key, town));
        }
        // Bytes sort as the strings do, without checking char boundaries.
        let name = |range: &std::ops::Range<usize>| {
            backwards.as_bytes().get(range.clone()).unwrap_or_default()
        };
        entries.sort_unstable_by(|(a, a_key, a_town), (b, b_key, b_town)| {
            (name(a), a_key.as_bytes(), a_town).cmp(&(name(b), b_key.as_bytes(), b_town))
        });
        ReversedNames { backwards, entries }
    }

    /// The entry's name backwards.
    fn backward(&self, range: &std::ops::Range<usize>) -> &str {
        self.backwards.get(range.clone()).unwrap_or("")
    }

    /// The names whose backward form starts with `tail` (the names that
    /// end with it, reversed), as (name, town).
    pub(super) fn starting_with<'a>(
        &'a self,
        tail: &'a str,
    ) -> impl Iterator<Item = (&'static str, TownId)> + 'a {
        let start = self
            .entries
            .partition_point(|(range, _, _)| self.backward(range) <= tail);
        self.entries
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(move |(range, _, _)| self.backward(range).starts_with(tail))
            .map(|&(_, key, town)| (key, town))
    }
}
