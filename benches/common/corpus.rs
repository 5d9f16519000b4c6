//! Bench corpus, built at start from the embedded gazetteer (nothing is
//! committed): the ~22,400 JIGYOSYO office addresses, as Japan Post writes
//! them and in the forms people type.
//!
//! Shared by `benches/jusho.rs` and `examples/bench_dump.rs` through
//! `#[path]`, so it is not a bench target of its own.
#![allow(dead_code)]

use jusho::gazetteer::{Gazetteer, Office};

/// The ways a person types an address. Each office address is rendered in
/// one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// `東京都中央区築地5丁目3番2号…`: Japan Post's text, unchanged.
    AsWritten,
    /// `中央区築地5丁目3番2号…`: prefecture dropped.
    NoPrefecture,
    /// `東京都中央区築地５丁目３－２`: full-width digits and dashes.
    FullWidth,
    /// `東京都中央区築地五丁目3番2号`: kanji numerals for 丁目/番/号.
    KanjiNumerals,
    /// `〒104-0045 東京都中央区築地…`: postal code first.
    PostalPrefix,
    /// `東京都 中央区 築地 5丁目3番2号`: spaces (ASCII or ideographic)
    /// between the parts.
    Spaced,
}

impl Form {
    /// Every form, in the order the typed mix cycles through them.
    pub const ALL: [Form; 6] = [
        Form::AsWritten,
        Form::NoPrefecture,
        Form::FullWidth,
        Form::KanjiNumerals,
        Form::PostalPrefix,
        Form::Spaced,
    ];

    /// A short name for reports.
    pub fn name(self) -> &'static str {
        match self {
            Form::AsWritten => "as_written",
            Form::NoPrefecture => "no_prefecture",
            Form::FullWidth => "full_width",
            Form::KanjiNumerals => "kanji_numerals",
            Form::PostalPrefix => "postal_prefix",
            Form::Spaced => "spaced",
        }
    }
}

/// One office address in one form.
pub fn render(gz: &Gazetteer, office: &Office, form: Form, seq: usize) -> String {
    let muni = gz.municipality(office.municipality);
    let pref = gz.prefecture(muni.prefecture).name.kanji;
    let city = muni.full_name();
    let (town, street) = (office.town, office.street());
    match form {
        Form::AsWritten => format!("{pref}{city}{town}{street}"),
        Form::NoPrefecture => format!("{city}{town}{street}"),
        Form::FullWidth => full_width(&format!("{pref}{city}{town}{street}")),
        Form::KanjiNumerals => format!("{pref}{city}{town}{}", kanji_numerals(street)),
        Form::PostalPrefix => format!("〒{} {pref}{city}{town}{street}", office.code),
        Form::Spaced => {
            let sp = if seq % 2 == 0 { " " } else { "\u{3000}" };
            let mut s = format!("{pref}{sp}{city}{sp}{town}");
            if !street.is_empty() {
                s.push_str(sp);
                s.push_str(street);
            }
            s
        }
    }
}

/// Every office address in one form.
pub fn offices_in(gz: &Gazetteer, form: Form) -> Vec<String> {
    gz.offices()
        .iter()
        .enumerate()
        .map(|(i, o)| render(gz, &o, form, i))
        .collect()
}

/// Every office address, office `i` in form `Form::ALL[i % 6]`.
pub fn typed_mix(gz: &Gazetteer) -> Vec<String> {
    gz.offices()
        .iter()
        .enumerate()
        .map(|(i, o)| render(gz, &o, Form::ALL[i % Form::ALL.len()], i))
        .collect()
}

/// Postal codes in the forms the SPEC accepts, one per office, cycling
/// through the forms.
pub fn postal_codes(gz: &Gazetteer) -> Vec<String> {
    gz.offices()
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let v = o.code.value();
            let (hi, lo) = (v / 10000, v % 10000);
            match i % 7 {
                0 => format!("〒{hi:03}-{lo:04}"),
                1 => format!("{hi:03}-{lo:04}"),
                2 => format!("{hi:03}{lo:04}"),
                3 => full_width(&format!("{hi:03}-{lo:04}")),
                4 => format!("{hi:03} {lo:04}"),
                5 => format!("〒 {hi:03}ー{lo:04}"),
                _ => format!("郵便番号{hi:03}-{lo:04}"),
            }
        })
        .collect()
}

/// ASCII digits and `-` to their full-width forms.
pub fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(u32::from(c) - u32::from('0') + 0xFF10).unwrap_or(c),
            '-' => '－',
            _ => c,
        })
        .collect()
}

/// Digit runs followed by 丁目, 番 or 号 become kanji numerals (`5丁目3番2号`
/// → `五丁目三番二号`); a street with none of those but a leading `N-`
/// gets `N丁目` in kanji (`5-3-2` → `五丁目3-2`).
pub fn kanji_numerals(street: &str) -> String {
    let mut out = String::with_capacity(street.len() * 2);
    let mut converted = false;
    let mut rest = street;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..start]);
        let digits_len = rest[start..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len() - start);
        let digits = &rest[start..start + digits_len];
        let after = &rest[start + digits_len..];
        if ["丁目", "番", "号"].iter().any(|m| after.starts_with(m)) {
            out.push_str(&kanji_number(digits.parse().unwrap_or(0)));
            converted = true;
        } else {
            out.push_str(digits);
        }
        rest = after;
    }
    out.push_str(rest);
    if converted {
        return out;
    }
    // `5-3-2…`: the first number is the chome.
    let digits_len = street.find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
    match street.get(digits_len..).and_then(|r| r.strip_prefix('-')) {
        Some(after) if digits_len > 0 => {
            let n = street[..digits_len].parse().unwrap_or(0);
            format!("{}丁目{after}", kanji_number(n))
        }
        _ => out,
    }
}

/// 1..=9999 in kanji numerals: 十, 二十三, 百五.
pub fn kanji_number(mut n: u32) -> String {
    const DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    if n == 0 {
        return DIGITS[0].to_string();
    }
    let mut s = String::new();
    for (unit, name) in [(1000, "千"), (100, "百"), (10, "十")] {
        let d = n / unit;
        if d > 0 {
            if d > 1 {
                s.push_str(DIGITS[d as usize % 10]);
            }
            s.push_str(name);
        }
        n %= unit;
    }
    if n > 0 {
        s.push_str(DIGITS[n as usize]);
    }
    s
}
