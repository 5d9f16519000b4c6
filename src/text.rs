//! TEMPORARY stub; replaced by the text-postal branch.
use std::borrow::Cow;
/// Stub.
pub fn fold_key(name: &str) -> Cow<'_, str> {
    Cow::Borrowed(name)
}
/// Stub.
pub fn clean(input: &str) -> Cow<'_, str> {
    Cow::Borrowed(input)
}
/// Stub.
pub struct Folded {
    text: String,
}
impl Folded {
    /// Stub.
    pub fn as_str(&self) -> &str {
        &self.text
    }
    /// Stub.
    pub fn original_offset(&self, folded_byte: usize) -> usize {
        folded_byte
    }
}
/// Stub.
pub fn fold(cleaned: &str) -> Folded {
    Folded {
        text: cleaned.to_owned(),
    }
}
