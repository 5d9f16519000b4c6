//! The page `romanize --serve` answers: the query it reads, the JSON of
//! `/api/romanize` (the `--json` object, built by the same code as the
//! command line's), and the HTML built from that JSON, every value escaped.
//!
//! The page's files (`page.html`, `page.css`, `page.js`) are embedded in the
//! binary: nothing is fetched from elsewhere.

use std::ffi::OsString;

use jusho::{Form, Romanizer, Style};
use serde_json::Value;

use crate::args::{parse_args, Usage};
use crate::batch::romanize;
use crate::output::{write_json, Failure};
use crate::serve::Answer;

pub(crate) const HTML: &str = include_str!("page.html");
pub(crate) const CSS: &str = include_str!("page.css");
pub(crate) const JS: &str = include_str!("page.js");

/// The style options the page offers: query name (the command line's
/// option without `--`), label, and values (`""`: the preset's).
const STYLE_OPTIONS: [(&str, &str, &[&str]); 6] = [
    ("style", "Style preset", &["default", "japan-post"]),
    (
        "long-vowel",
        "Long vowels",
        &["", "plain", "macron", "kana"],
    ),
    ("syllabic-n", "ん before b, m, p", &["", "n", "m"]),
    ("case", "Case", &["", "title", "upper"]),
    (
        "city-order",
        "City order",
        &["", "smallest-first", "largest-first"],
    ),
    (
        "prefecture-suffix",
        "Prefecture suffix",
        &["", "omit", "hyphenated"],
    ),
];

/// A query string's parameters, percent-decoded (`+` is a space). Values
/// stay bytes: they need not be UTF-8 (that is checked, with a typed error,
/// where the address is read).
pub(crate) struct Query {
    params: Vec<(String, Vec<u8>)>,
}

impl Query {
    pub(crate) fn parse(query: &str) -> Query {
        let params = query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                (
                    String::from_utf8_lossy(&percent_decode(name)).into_owned(),
                    percent_decode(value),
                )
            })
            .collect();
        Query { params }
    }

    /// The last non-empty value of `name`.
    fn get(&self, name: &str) -> Option<&[u8]> {
        self.params
            .iter()
            .rev()
            .find(|(n, v)| n == name && !v.is_empty())
            .map(|(_, v)| v.as_slice())
    }

    fn text(&self, name: &str) -> String {
        String::from_utf8_lossy(self.get(name).unwrap_or_default()).into_owned()
    }
}

fn percent_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push((hi * 16 + lo) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    out
}

/// The `--json` object for the query's address and options, byte for byte
/// as the command line writes it, and whether it is a result (not an error).
pub(crate) fn json(query: &Query, server_style: Style) -> (Vec<u8>, bool) {
    let address = query.get("address").unwrap_or_default();
    let mut args = vec![OsString::from("--json")];
    let mut style_given = false;
    for name in STYLE_OPTIONS
        .iter()
        .map(|o| o.0)
        .chain(["form", "line-limit"])
    {
        if let Some(value) = query.get(name) {
            style_given |= name != "form" && name != "line-limit";
            let value = String::from_utf8_lossy(value);
            args.push(OsString::from(format!("--{name}={value}")));
        }
    }
    let input = String::from_utf8_lossy(address);
    let options = match parse_args(args) {
        Ok(options) => options,
        Err(usage) => {
            let message = match usage {
                Usage::Bad(message) => message,
                _ => "invalid option".to_string(),
            };
            let failure = Failure::Own {
                kind: "invalid_option",
                message,
            };
            let mut out = Vec::new();
            let _ = write_json(&mut out, &input, Err(&failure), None);
            return (out, false);
        }
    };
    let style = if style_given {
        options.style
    } else {
        server_style
    };
    let form = options.form.map(|f| (f, options.line_limit));
    let (input, result) = romanize(&Romanizer::new(style), address, address.len());
    let form = match (&result, form) {
        (Ok(r), Some((form, limit))) => Some(form.fill(r, limit)),
        _ => None,
    };
    let mut out = Vec::new();
    if write_json(&mut out, &input, result.as_ref(), form.as_ref()).is_err() {
        out = br#"{"input":"","error":{"kind":"internal","message":"could not write the answer"}}"#
            .to_vec();
    }
    (out, result.is_ok())
}

/// `/api/romanize`: the `--json` object; 200 for a result, 400 for an
/// error (whose object says which).
pub(crate) fn api(query: &Query, style: Style) -> Answer {
    let (body, ok) = json(query, style);
    Answer {
        status: if ok { 200 } else { 400 },
        content_type: "application/json",
        body,
    }
}

/// `/`: the page, filled in when the query has an address.
pub(crate) fn html_page(query: &Query, style: Style) -> Answer {
    let result = match query.get("address") {
        Some(_) => {
            let mut query_with_form = Query {
                params: query.params.clone(),
            };
            if query.get("form").is_none() {
                query_with_form
                    .params
                    .push(("form".into(), b"aws".to_vec()));
            }
            let (body, _) = json(&query_with_form, style);
            match serde_json::from_slice::<Value>(&body) {
                Ok(value) => render_result(&value),
                Err(_) => String::new(),
            }
        }
        None => String::new(),
    };
    let body = fill(
        HTML,
        &[
            ("{{address}}", &escape(&query.text("address"))),
            ("{{options}}", &render_options(query)),
            ("{{result}}", &result),
        ],
    );
    Answer {
        status: 200,
        content_type: "text/html; charset=utf-8",
        body: body.into_bytes(),
    }
}

/// `template` with each marker replaced once, in one pass: text put in is
/// never searched for markers again.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() * 2);
    let mut rest = template;
    while let Some((at, (marker, value))) = values
        .iter()
        .filter_map(|mv| rest.find(mv.0).map(|at| (at, mv)))
        .min_by_key(|(at, _)| *at)
    {
        out.push_str(&rest[..at]);
        out.push_str(value);
        rest = &rest[at + marker.len()..];
    }
    out.push_str(rest);
    out
}

/// HTML-escapes text for an element's content or a quoted attribute.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn select(name: &str, label: &str, values: &[(&str, &str)], chosen: &str) -> String {
    let mut html = format!(
        "<label class=\"option\"><span>{}</span><select name=\"{name}\" id=\"opt-{name}\">",
        escape(label)
    );
    for (value, text) in values {
        let selected = if *value == chosen { " selected" } else { "" };
        html.push_str(&format!(
            "<option value=\"{}\"{selected}>{}</option>",
            escape(value),
            escape(text)
        ));
    }
    html.push_str("</select></label>");
    html
}

fn render_options(query: &Query) -> String {
    let form_values: Vec<(&str, &str)> = Form::ALL
        .iter()
        .map(|f| (f.name(), f.description()))
        .collect();
    let mut html = select("form", "Form", &form_values, &query.text("form"));
    let limit = query
        .text("line-limit")
        .parse::<usize>()
        .unwrap_or(jusho::DEFAULT_LINE_LIMIT);
    html.push_str(&format!(
        "<label class=\"option\"><span>Line limit (lines form)</span><input type=\"number\" name=\"line-limit\" id=\"opt-line-limit\" min=\"1\" max=\"200\" value=\"{limit}\"></label>"
    ));
    for (name, label, values) in STYLE_OPTIONS {
        let values: Vec<(&str, &str)> = values
            .iter()
            .map(|v| (*v, if v.is_empty() { "as the preset" } else { v }))
            .collect();
        html.push_str(&select(name, label, &values, &query.text(name)));
    }
    html
}

/// The result section from the `--json` object: the form's fields with copy
/// buttons, the warnings in words, the readings. `page.js` builds the same
/// from `/api/romanize`.
fn render_result(v: &Value) -> String {
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    if let Some(error) = v.get("error") {
        return format!(
            "<div class=\"error\" role=\"alert\" data-kind=\"{}\"><p><strong>Could not read this address.</strong> {}</p></div>",
            escape(&text(&error["kind"])),
            escape(&text(&error["message"]))
        );
    }
    let form = &v["form"];
    let description = text(&form["name"])
        .parse::<Form>()
        .map(Form::description)
        .unwrap_or_default();
    let mut html = format!(
        "<h2>Fields: {}</h2><ol class=\"fields\">",
        escape(description)
    );
    for (i, field) in form["fields"].as_array().into_iter().flatten().enumerate() {
        html.push_str(&format!(
            "<li class=\"field\"><label for=\"field-{i}\">{}</label><div class=\"row\"><input id=\"field-{i}\" class=\"value\" readonly value=\"{}\"><button type=\"button\" class=\"copy\" data-for=\"field-{i}\">Copy</button></div></li>",
            escape(&text(&field["label"])),
            escape(&text(&field["value"]))
        ));
    }
    html.push_str("</ol>");
    let warnings: Vec<&Value> = v["warnings"]
        .as_array()
        .into_iter()
        .chain(form["warnings"].as_array())
        .flatten()
        .collect();
    if !warnings.is_empty() {
        html.push_str("<h2>Check</h2><ul class=\"warnings\">");
        for w in warnings {
            html.push_str(&format!(
                "<li data-kind=\"{}\">{}</li>",
                escape(&text(&w["kind"])),
                escape(&sentence(&text(&w["message"])))
            ));
        }
        html.push_str("</ul>");
    }
    html.push_str("<h2>Readings</h2><table class=\"readings\"><thead><tr><th>Part</th><th>Japanese</th><th>Kana</th><th>Romaji</th></tr></thead><tbody>");
    for (key, label) in PARTS {
        let part = &v["parts"][key];
        if part.is_object() {
            html.push_str(&format!(
                "<tr><th>{label}</th><td lang=\"ja\">{}</td><td lang=\"ja\">{}</td><td>{}</td></tr>",
                escape(&text(&part["ja"])),
                escape(&text(&part["kana"])),
                escape(&text(&part["romaji"]))
            ));
        }
    }
    html.push_str("</tbody></table>");
    html
}

/// The parts shown in the readings table, in address order.
const PARTS: [(&str, &str); 7] = [
    ("prefecture", "Prefecture"),
    ("county", "County"),
    ("city", "City"),
    ("ward", "Ward"),
    ("town", "Town"),
    ("sub_area", "Area"),
    ("building", "Building"),
];

/// A message as a sentence: first letter upper case, a full stop.
fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    out.push_str(chars.as_str());
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}
