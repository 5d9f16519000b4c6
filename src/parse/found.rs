//! What the place search hands on: the place names found at the start of
//! the address. Its own module so that the searches that make one (the
//! place search, the postal code's own places) need not import each other.

use crate::gazetteer::{MunicipalityId, TownId};
use crate::warning::Warning;

/// The place names found at the start of the address.
pub(super) struct FoundPlace {
    pub(super) municipality: MunicipalityId,
    pub(super) town: Option<TownId>,
    /// Compact bytes consumed by the place names.
    pub(super) consumed: usize,
    /// Compact byte range of Kyoto street directions found before the town.
    pub(super) directions: Option<(usize, usize)>,
    pub(super) warnings: Vec<Warning>,
}
