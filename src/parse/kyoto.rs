//! Kyoto street directions (河原町通三条上る): the words and where they end.

/// The words that end a Kyoto street direction (上る north, 下る south,
/// 西入 west, 東入 east, 入る), with either okurigana. The romanizer reads
/// the same list.
pub(crate) const DIRECTIONS: [&str; 11] = [
    "上る",
    "上ル",
    "下る",
    "下ル",
    "西入る",
    "西入ル",
    "西入",
    "東入る",
    "東入ル",
    "東入",
    "入る",
];

/// If `text` starts with Kyoto street directions (河原町通三条上る), their
/// length in bytes.
pub(super) fn directions_len(text: &str) -> Option<usize> {
    if !text.contains('通') {
        return None;
    }
    // Directions come before any block number: look no further than the
    // first digit that starts one (三条 folds to 3条, so digits followed by
    // 条 are part of the directions).
    // (上る4丁目 and 2筋目 count blocks along the street and belong to the
    // directions too.)
    let limit = text
        .char_indices()
        .find(|&(i, c)| {
            c.is_ascii_digit() && {
                let after = text[i..].trim_start_matches(|c: char| c.is_ascii_digit());
                let counts_blocks = ["丁目", "筋目"].iter().any(|s| after.starts_with(s))
                    && DIRECTIONS.iter().any(|m| text[..i].ends_with(m));
                !(after.starts_with(['条', '筋']) || counts_blocks)
            }
        })
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..limit];
    // A ward name means this is not a direction but a misread municipality.
    if !head.contains('通') || head.contains('区') {
        return None;
    }
    let mut end = None;
    for marker in DIRECTIONS {
        if let Some(i) = head.rfind(marker) {
            let e = i + marker.len();
            if end.is_none_or(|best| e > best) {
                end = Some(e);
            }
        }
    }
    // 上る4丁目: the block count after the last marker.
    end.map(|e| {
        let after = &head[e..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        match ["丁目", "筋目"]
            .iter()
            .find(|s| after[digits..].starts_with(**s))
        {
            Some(s) if digits > 0 => e + digits + s.len(),
            _ => e,
        }
    })
}
