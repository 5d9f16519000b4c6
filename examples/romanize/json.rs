//! The `--json` writer: the library's serde serialization, byte for byte,
//! written straight into the output buffer (serde_json through `Serialize`
//! cost ~13k instructions a line, mostly escaping byte by byte and
//! formatting messages into temporary strings; this costs a sixth of that).
//!
//! Only what every line has is written here: the profile, the parts, and
//! the warnings that nearly every line has. Anything else (a form, an
//! error, a rarer warning) goes through serde_json, and a test checks the
//! whole against serde_json's output.

use std::fmt::{self, Write as _};

use jusho::{NamedPart, PostalCode, Profile, Romanized, TextPart, Warning};

/// Appends `s` as a JSON string (quotes included), escaped as serde_json
/// escapes it: `"` and `\`, and the control characters below U+0020 (`\n`,
/// `\t`, … or `\u00XX`, lowercase hex); everything else as it is.
pub(crate) fn push_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    push_escaped(out, s.as_bytes());
    out.push(b'"');
}

/// Whether `b` needs escaping in a JSON string.
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Whether any byte of `bytes` needs escaping: eight bytes at a time.
#[inline]
fn any_needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte that is below `n` (n <= 0x80), or zero.
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x;
    let word_at = |at: usize| {
        let mut word = [0u8; 8];
        word.copy_from_slice(&bytes[at..at + 8]);
        u64::from_le_bytes(word)
    };
    let len = bytes.len();
    if len < 8 {
        return bytes.iter().any(|&b| needs_escape(b));
    }
    let mut found = 0;
    // Whole words, then the last eight bytes (overlapping). Flipping bit 1
    // turns `"` (0x22) into 0x20 and keeps every control below 0x20 (and
    // nothing else below 0x21), so one test finds both; `\` is the other.
    for at in (0..len - 8).step_by(8).chain(std::iter::once(len - 8)) {
        let x = word_at(at);
        found |= below(x ^ (ONES * 0x02), 0x21) | below(x ^ (ONES * 0x5C), 1);
    }
    found & HIGH != 0
}

/// Appends the escaped contents of a JSON string (no quotes).
#[inline]
fn push_escaped(out: &mut Vec<u8>, bytes: &[u8]) {
    if any_needs_escape(bytes) {
        push_escaped_slowly(out, bytes);
    } else {
        out.extend_from_slice(bytes);
    }
}

/// [`push_escaped`] for text with something to escape.
#[cold]
#[inline(never)]
fn push_escaped_slowly(out: &mut Vec<u8>, bytes: &[u8]) {
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if !needs_escape(b) {
            continue;
        }
        out.extend_from_slice(&bytes[from..i]);
        from = i + 1;
        let short = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            0x0C => b'f',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            _ => 0,
        };
        if short != 0 {
            out.extend_from_slice(&[b'\\', short]);
        } else {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let hex = [HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xF)]];
            out.extend_from_slice(&[b'\\', b'u', b'0', b'0', hex[0], hex[1]]);
        }
    }
    out.extend_from_slice(&bytes[from..]);
}

/// `fmt::Write` into a JSON string's contents, escaping: a message is
/// formatted straight into the output.
struct Escaping<'a>(&'a mut Vec<u8>);

impl fmt::Write for Escaping<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        push_escaped(self.0, s.as_bytes());
        Ok(())
    }
}

fn push_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => push_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// `"NNN-NNNN"`, quoted, as `PostalCode`'s `Display` writes it: one
/// ten-byte write.
fn push_code(out: &mut Vec<u8>, code: PostalCode) {
    let mut quoted = [b'"'; 10];
    quoted[1..9].copy_from_slice(&code.to_ascii());
    out.extend_from_slice(&quoted);
}

/// Appends the contents of a string that never needs escaping (no quotes):
/// the gazetteer's names, their kana and their romaji (letters, `-`, `'`,
/// `,`, spaces, macrons), and postal codes.
/// `gazetteer_names_need_no_escaping` below holds that for every place in
/// every style; a debug build checks it again on every string.
fn push_canonical_contents(out: &mut Vec<u8>, s: &str) {
    debug_assert!(!any_needs_escape(s.as_bytes()), "{s:?}");
    out.extend_from_slice(s.as_bytes());
}

/// A prefecture, county, city, ward or town: every string in it is the
/// gazetteer's (canonical kanji, kana) or read from it (romaji), so none is
/// checked for escaping; that check was over half of this writer's cost.
fn push_named(out: &mut Vec<u8>, part: Option<&NamedPart>) {
    let Some(p) = part else {
        out.extend_from_slice(b"null");
        return;
    };
    out.extend_from_slice(b"{\"ja\":\"");
    push_canonical_contents(out, &p.ja);
    out.extend_from_slice(b"\",\"kana\":\"");
    push_canonical_contents(out, &p.kana);
    out.extend_from_slice(b"\",\"romaji\":\"");
    push_canonical_contents(out, &p.romaji);
    out.extend_from_slice(b"\"}");
}

fn push_text(out: &mut Vec<u8>, part: Option<&TextPart>) {
    let Some(p) = part else {
        out.extend_from_slice(b"null");
        return;
    };
    out.extend_from_slice(b"{\"ja\":\"");
    push_escaped(out, p.ja.as_bytes());
    out.extend_from_slice(b"\",\"romaji\":\"");
    push_escaped(out, p.romaji.as_bytes());
    out.extend_from_slice(b"\"}");
}

/// Appends a warning object as `Warning`'s `Serialize` writes it: the
/// common kinds here, the others through serde_json.
fn push_warning(out: &mut Vec<u8>, w: &Warning) -> serde_json::Result<()> {
    let code = match w {
        Warning::PostalCodeInferred(code) => Some(*code),
        Warning::PostalCodeNotInferred | Warning::TownNotFound => None,
        _ => return serde_json::to_writer(&mut *out, w),
    };
    out.extend_from_slice(b"{\"kind\":\"");
    out.extend_from_slice(w.kind().as_bytes());
    out.extend_from_slice(b"\",\"message\":\"");
    match code {
        // The message of nearly every answer, without the formatting
        // machinery (the test below holds it to `Display`'s).
        Some(code) => {
            let mut message = *b"postal code NNN-NNNN inferred from address";
            message[12..20].copy_from_slice(&code.to_ascii());
            out.extend_from_slice(&message);
        }
        // Writing into a Vec cannot fail.
        None => {
            let _ = write!(Escaping(out), "{w}");
        }
    }
    out.push(b'"');
    if let Some(code) = code {
        out.extend_from_slice(b",\"code\":");
        push_code(out, code);
    }
    out.push(b'}');
    Ok(())
}

/// Appends `"profile":{…}` as `Profile`'s `Serialize` writes it.
pub(crate) fn push_profile(out: &mut Vec<u8>, p: &Profile) {
    // Only the Address holds text the person typed (block, building,
    // room); the country, city, state and postal code are the gazetteer's
    // names read in romaji, and the code's digits.
    out.extend_from_slice(b"\"profile\":{\"country\":\"");
    push_canonical_contents(out, &p.country);
    out.extend_from_slice(b"\",\"address\":\"");
    push_escaped(out, p.address.as_bytes());
    out.extend_from_slice(b"\",\"city\":\"");
    push_canonical_contents(out, &p.city);
    out.extend_from_slice(b"\",\"state\":\"");
    push_canonical_contents(out, &p.state);
    out.extend_from_slice(b"\",\"zip\":\"");
    push_canonical_contents(out, &p.zip);
    out.extend_from_slice(b"\"}");
}

/// Appends the fields of `romanized` (`"profile":…,"parts":…,"warnings":…`,
/// without braces), as its `Serialize` writes them.
pub(crate) fn push_romanized(out: &mut Vec<u8>, r: &Romanized) -> serde_json::Result<()> {
    push_profile(out, &r.profile);
    out.extend_from_slice(b",\"parts\":{\"postal_code\":");
    let parts = &r.parts;
    match parts.postal_code {
        Some(code) => push_code(out, code),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"prefecture\":");
    push_named(out, parts.prefecture.as_ref());
    out.extend_from_slice(b",\"county\":");
    push_named(out, parts.county.as_ref());
    out.extend_from_slice(b",\"city\":");
    push_named(out, parts.city.as_ref());
    out.extend_from_slice(b",\"ward\":");
    push_named(out, parts.ward.as_ref());
    out.extend_from_slice(b",\"town\":");
    push_named(out, parts.town.as_ref());
    out.extend_from_slice(b",\"sub_area\":");
    push_text(out, parts.sub_area.as_ref());
    out.extend_from_slice(b",\"block\":");
    push_opt_str(out, parts.block.as_deref());
    out.extend_from_slice(b",\"building\":");
    push_text(out, parts.building.as_ref());
    out.extend_from_slice(b",\"floor\":");
    match parts.floor {
        Some(floor) => {
            let _ = write!(Escaping(out), "{floor}");
        }
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"room\":");
    push_opt_str(out, parts.room.as_deref());
    out.extend_from_slice(b"},\"warnings\":[");
    for (i, w) in r.warnings.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push_warning(out, w)?;
    }
    out.push(b']');
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_as_serde_json_does() {
        let mut every_byte = String::new();
        for b in 0u8..0x80 {
            every_byte.push(char::from(b));
        }
        for s in [
            "",
            "plain",
            "東京都",
            "a\"b\\c",
            "\u{7f}\u{2028}\u{2029}🙂",
            "tab\there\r\n",
            every_byte.as_str(),
        ] {
            let mut out = Vec::new();
            push_str(&mut out, s);
            assert_eq!(out, serde_json::to_vec(s).unwrap(), "{s:?}");
        }
        // Each byte that needs escaping, at every place of an 8-byte word.
        for bad in (0u8..0x20).chain([b'"', b'\\']) {
            for len in 1..20 {
                for at in 0..len {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = bad;
                    assert!(any_needs_escape(&bytes), "{bad} at {at} of {len}");
                    bytes[at] = 0xE3;
                    assert!(!any_needs_escape(&bytes));
                }
            }
        }
        for b in 0x20..=0xFF_u8 {
            let clean = b != b'"' && b != b'\\';
            assert_eq!(any_needs_escape(&[b; 16]), !clean, "{b}");
        }
    }

    /// What [`push_canonical`] relies on: no name of the gazetteer, no
    /// kana and no reading of one has a byte JSON escapes, in the default
    /// spelling or Japan Post's (upper case).
    #[test]
    fn gazetteer_names_need_no_escaping() {
        use jusho::romaji::Spelling;
        let gz = jusho::gazetteer::get();
        let places = gz
            .prefectures()
            .iter()
            .map(|p| p.name)
            .chain(gz.municipalities().iter().flat_map(|m| {
                m.county
                    .iter()
                    .chain(std::iter::once(&m.city))
                    .chain(&m.ward)
                    .copied()
            }))
            .chain(gz.towns().map(|t| t.name));
        let mut checked = 0;
        for place in places {
            for text in [place.kanji, place.kana] {
                assert!(!any_needs_escape(text.as_bytes()), "{text:?}");
            }
            for spelling in [Spelling::DEFAULT, Spelling::JAPAN_POST] {
                let romaji = place.romaji(&spelling);
                assert!(!any_needs_escape(romaji.as_bytes()), "{romaji:?}");
            }
            checked += 1;
        }
        assert!(checked > 120_000, "{checked}");
    }

    /// The whole object against serde_json's, on addresses with every
    /// field and many kinds of warning.
    #[test]
    fn answers_as_serde_json_writes_them() {
        let inputs = [
            "〒104-0045 東京都中央区築地1丁目1番1号 サンプルマンション404号室",
            "東京都中央区築地１－１－１ サンプルマンション４０４",
            "〒100-0001 東京都中央区築地1-1-1",
            "〒999-9999 東京都中央区築地1-1-1",
            "東京都千代田区丸の内2-4-1 丸ビル35F",
            "東京都千代田区丸の内2-4-1 丸ビル B2F 101",
            "京都市中京区河原町通三条上る恵比須町123 𪚲ビル",
            "北海道虻田郡倶知安町北1条東",
            "東京都中央区架空町1-1",
            "東京都新宿区西新宿1-8-8 新宿郵便局私書箱12号",
            "中央区築地1-1-1 ★\"ビル\\\" 3階",
            "岡山県真庭郡新庄村",
            "北海道札幌市中央区大通西25丁目",
        ];
        let styles = [jusho::Style::DEFAULT, jusho::Style::JAPAN_POST];
        let mut kinds = std::collections::BTreeSet::new();
        for style in styles {
            for input in inputs {
                let Ok(r) = jusho::Romanizer::new(style).romanize_full(input) else {
                    continue;
                };
                kinds.extend(r.warnings.iter().map(Warning::kind));
                let mut fast = vec![b'{'];
                push_romanized(&mut fast, &r).unwrap();
                fast.push(b'}');
                let serde = serde_json::to_vec(&r).unwrap();
                assert_eq!(
                    String::from_utf8_lossy(&fast),
                    String::from_utf8_lossy(&serde),
                    "{input}"
                );
            }
        }
        assert!(kinds.len() >= 4, "{kinds:?}");
        for n in [0, 45, 1_040_045, 9_999_999] {
            let w = Warning::PostalCodeInferred(PostalCode::new(n).unwrap());
            let mut fast = Vec::new();
            push_warning(&mut fast, &w).unwrap();
            assert_eq!(fast, serde_json::to_vec(&w).unwrap());
        }
    }
}
