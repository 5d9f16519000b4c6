//! The towns whose names end with some text, for the forgiving pass's
//! "leading part left out" ((四谷)三栄町 read as 四谷三栄町).
//!
//! Found by one scan over the municipality's town keys, comparing each
//! key's last bytes: nothing is built or kept. (A sorted copy of every
//! municipality's names written backwards, kept for the run, made this a
//! range search but held 1.8–2.6 MB of heap on a nationwide batch; the
//! scan costs about as much as building that copy did.)

use crate::gazetteer::{Gazetteer, MunicipalityId, TownId};

/// The towns of `municipality` whose folded names end with one of `tails`
/// and are longer than it, as (folded name, town) in key order, each once.
///
/// `tails` are texts a name may end with, shortest first; a name equal to
/// a tail is the exact pass's, not this one's. Without tails nothing is
/// scanned; a name is compared only with the tails shorter than it.
pub(super) fn towns_ending_with<'a>(
    gz: &'static Gazetteer,
    municipality: MunicipalityId,
    tails: &'a [&'a str],
) -> impl Iterator<Item = (&'static str, TownId)> + 'a {
    debug_assert!(tails.windows(2).all(|w| w[0].len() <= w[1].len()));
    let shortest = tails.first().map_or(usize::MAX, |tail| tail.len());
    let towns = (!tails.is_empty()).then(|| gz.towns_extending(municipality, ""));
    towns.into_iter().flatten().filter(move |(key, _)| {
        key.len() > shortest
            && tails
                .iter()
                .take_while(|tail| tail.len() < key.len())
                .any(|tail| ends_longer(key, tail))
    })
}

/// Whether `name` ends with `tail` and is longer than it.
///
/// ```text
/// ends_longer("四谷三栄町", "三栄町") == true
/// ends_longer("三栄町", "三栄町")     == false
/// ```
fn ends_longer(name: &str, tail: &str) -> bool {
    name.len() > tail.len() && name.as_bytes().ends_with(tail.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::ends_longer;

    #[test]
    fn a_name_ends_longer_than_its_tail() {
        assert!(ends_longer("四谷三栄町", "三栄町"));
        assert!(!ends_longer("三栄町", "三栄町"));
        assert!(!ends_longer("四谷三栄町", "谷三栄"));
        assert!(!ends_longer("栄町", "三栄町"));
    }
}
