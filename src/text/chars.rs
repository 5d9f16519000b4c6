//! Character classes: kanji, kana, control characters.

/// Whether `c` is a kanji: a CJK unified ideograph (including extension A and
/// the supplementary-plane extensions), a CJK compatibility ideograph, or one
/// of the marks that behave like kanji in names: `々` (repeat), `〻`, `〆`,
/// `〇` (zero) and `ヶ` (the counter read *ka*/*ke*/*ga*, as in 霞ヶ関).
///
/// `ヶ` is a kanji here and *not* a katakana (see [`is_katakana`]), so that
/// the two classes never overlap.
pub const fn is_kanji(c: char) -> bool {
    matches!(c,
        '\u{3005}' | '\u{3006}' | '\u{3007}' | '\u{303B}' | '\u{30F6}'
        | '\u{3400}'..='\u{4DBF}'   // extension A
        | '\u{4E00}'..='\u{9FFF}'   // unified ideographs
        | '\u{F900}'..='\u{FAFF}'   // compatibility ideographs
        | '\u{20000}'..='\u{2FA1F}' // extensions B-F, compatibility supplement
        | '\u{30000}'..='\u{323AF}' // extensions G, H
    )
}

/// Whether `c` is a full-width katakana letter, including the long-vowel mark
/// `ー`, the repeat marks `ヽ` `ヾ`, `ヿ`, and the small letters of the
/// phonetic extensions block (`ㇰ`..`ㇿ`).
///
/// Not included: the middle dot `・` (a word separator in names, not a
/// letter), `ヶ` (counted as a kanji, see [`is_kanji`]), and half-width
/// katakana, which [`clean`] has already turned into full-width ones.
pub const fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30F5}' | '\u{30F7}'..='\u{30FA}' | '\u{30FC}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}')
}

/// Whether `c` is a hiragana letter (`ぁ`..`ゖ`), or one of the repeat marks
/// `ゝ` `ゞ` or the digraph `ゟ`. The combining (han)dakuten are not letters;
/// [`clean`] composes them onto the letter before.
pub const fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3096}' | '\u{309D}'..='\u{309F}')
}
