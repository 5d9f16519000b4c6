//! The command line: `--help` text, options, and the style they choose.

use std::ffi::OsString;

use jusho::romaji::{Case, LongVowel, SyllabicN};

use jusho::{CityOrder, PrefectureSuffix};
use jusho::{Form, Style};

use crate::output::Fields;

/// Exit status for bad usage (unknown option, bad value).
pub(crate) const USAGE: u8 = 2;

pub(crate) const HELP: &str = "\
romanize: Japanese postal addresses to the fields of an English address form

Usage: romanize [OPTIONS] [ADDRESS]...

Romanizes each ADDRESS. With no ADDRESS, reads standard input, one address per
line (LF or CRLF endings), and answers every line, in order.

Options:
      --json                     One JSON object per address (per input line)
      --csv                      Standard input is CSV with a header: keep every
                                 column and append the form's fields (needs
                                 --column)
      --column <NAME>            The CSV column that holds the addresses
      --fields <V>               all (profile, parts, warnings), profile (only
                                 the form's fields)
  -j, --jobs <N>                 Threads for standard input (default: the
                                 number of cores); output stays in input order
      --summary                  Always print the summary line at the end
  -q, --quiet                    No progress line and no summary
      --form <NAME>              Fields of: aws (default), lines (address lines
                                 1 and 2), single (one line), japan-post
      --line-limit <N>           Longest address line for --form lines (35)
      --serve [ADDR:PORT]        Serve a page on this machine to romanize in a
                                 browser (default 127.0.0.1:8080)
      --style <NAME>             Preset: default, japan-post
      --long-vowel <V>           plain (Tokyo), macron (Tōkyō), kana (Toukyou)
      --syllabic-n <V>           n (Shinbashi), m (Shimbashi: m before b, m, p)
      --case <V>                 title (Chuo-ku), upper (CHUO-KU)
      --city-order <V>           smallest-first (Chuo-ku, Sapporo-shi),
                                 largest-first (Sapporo-shi Chuo-ku)
      --prefecture-suffix <V>    omit (Tokyo), hyphenated (Tokyo-to)
  -h, --help                     Print this help
  -V, --version                  Print the version and the data's source
      --                         Everything after is an ADDRESS

Values go as `--case upper` or `--case=upper`. --style sets all five options
(japan-post: upper case, m before b/m/p, largest first); the single options
then override it, wherever they appear. The last of a repeated option wins.

Output, plain: per address a block of five lines labelled as on the AWS form
(Country:, Address:, City:, State/Province:, Zip/Postal Code:), then a
`Warning: ...` line per warning; a blank line between blocks. An address that
fails: with ADDRESS arguments, `error: <message>` on standard error; from
standard input, a block of one line `Error: <message>` on standard output, so
the Nth block always answers the Nth line.

Output, --json: exactly one object per line, in input order:
  {\"input\":...,\"profile\":{\"country\",\"address\",\"city\",\"state\",\"zip\"},
   \"parts\":{...},\"warnings\":[...]}
  or {\"input\":...,\"error\":{\"kind\":\"invalid_postal_code\",\"message\":...}}
`input` is the line as read (invalid UTF-8 shown with U+FFFD); of a line over
4096 bytes only the start is kept, followed by `…`.

Output, --csv: the input's columns unchanged, then country, address, city,
state, zip, warnings (`kind: message`, joined by ` | `; not with --fields
profile) and error (`kind: message`, empty when the address romanized); a
name the input already has gets `_en` (address_en). A row
with fewer cells than the header is padded with empty cells and gets an error;
every row is answered, in order. A UTF-8 BOM and CRLF line ends are kept.

Standard error, batch mode: while it runs, a progress line (lines, failed,
lines/s; the percentage and time left when standard input is a file), and at
the end a one-line summary (lines, failed, warnings by kind, time) -- both
only when standard error is a terminal; --summary prints the summary anyway,
--quiet prints neither.

Exit status: 0 when every address romanized, 1 when some failed (all are still
answered), 2 on bad usage.

Examples:
  romanize \"〒104-0045 東京都中央区築地1-1-1 サンプルマンション404\"
  romanize --style japan-post 北海道札幌市中央区大通西25丁目
  romanize --long-vowel=macron 大阪府大阪市中央区大手前2丁目
  romanize --json < addresses.txt > addresses.jsonl
  romanize --csv --column address --jobs 2 < customers.csv > customers.en.csv
";

pub(crate) const SHORT_USAGE: &str =
    "Usage: romanize [OPTIONS] [ADDRESS]...\nTry 'romanize --help' for more.";

/// What the command line asked for.
pub(crate) struct Options {
    pub(crate) json: bool,
    pub(crate) style: Style,
    /// `None`: read standard input.
    pub(crate) addresses: Option<Vec<OsString>>,
    /// `--csv --column NAME`: the column's name.
    pub(crate) csv_column: Option<String>,
    pub(crate) fields: Fields,
    /// `None`: the number of cores.
    pub(crate) jobs: Option<usize>,
    /// `--summary` (`Some(true)`), `--quiet` (`Some(false)`).
    pub(crate) summary: Option<bool>,
    /// `--form`: print (and put in the JSON) that form's fields.
    pub(crate) form: Option<Form>,
    pub(crate) line_limit: usize,
    /// `--serve [ADDR:PORT]`: the address to listen on.
    pub(crate) serve: Option<String>,
}

/// The single style options, applied over the preset after parsing.
#[derive(Default)]
struct Overrides {
    long_vowel: Option<LongVowel>,
    syllabic_n: Option<SyllabicN>,
    case: Option<Case>,
    city_order: Option<CityOrder>,
    prefecture_suffix: Option<PrefectureSuffix>,
}

/// Why the command line was refused, or that help was asked for.
pub(crate) enum Usage {
    Help,
    Version,
    Bad(String),
}

pub(crate) fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Options, Usage> {
    let mut json = false;
    let mut csv = false;
    let mut column = None;
    let mut fields = Fields::All;
    let mut jobs = None;
    let mut summary = None;
    let mut preset = Style::DEFAULT;
    let mut over = Overrides::default();
    let mut addresses = Vec::new();
    let (mut form, mut line_limit, mut serve) = (None, jusho::DEFAULT_LINE_LIMIT, None);
    let mut args = args.into_iter().peekable();
    while let Some(arg) = args.next() {
        let Some(text) = arg.to_str() else {
            if arg.to_string_lossy().starts_with('-') {
                return Err(Usage::Bad(format!(
                    "unknown option {:?}",
                    arg.to_string_lossy()
                )));
            }
            addresses.push(arg);
            continue;
        };
        if text == "--" {
            addresses.extend(args.by_ref());
            break;
        }
        if !text.starts_with('-') {
            addresses.push(arg);
            continue;
        }
        let (name, inline) = match text.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_string())),
            _ => (text, None),
        };
        let flag = |inline: Option<String>| match inline {
            Some(_) => Err(Usage::Bad(format!("option {name} takes no value"))),
            None => Ok(()),
        };
        match name {
            "-h" | "--help" => {
                flag(inline)?;
                return Err(Usage::Help);
            }
            "-V" | "--version" => {
                flag(inline)?;
                return Err(Usage::Version);
            }
            "--json" => {
                flag(inline)?;
                json = true;
            }
            "--serve" => {
                // The address is optional: taken when it reads as one.
                let next_is_address = args
                    .peek()
                    .and_then(|a| a.to_str())
                    .is_some_and(|a| a.parse::<std::net::SocketAddr>().is_ok());
                serve = Some(match (inline, next_is_address) {
                    (Some(v), _) => v,
                    (None, true) => args
                        .next()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned(),
                    (None, false) => "127.0.0.1:8080".to_string(),
                });
            }
            "--form" | "--line-limit" => {
                let value = match inline.or_else(|| args.next().and_then(|v| v.into_string().ok()))
                {
                    Some(v) => v,
                    None => return Err(Usage::Bad(format!("option {name} needs a value"))),
                };
                if name == "--form" {
                    form = Some(
                        value
                            .parse::<Form>()
                            .map_err(|e| Usage::Bad(e.to_string()))?,
                    );
                } else {
                    line_limit = match value.parse::<usize>() {
                        Ok(n) if n > 0 => n,
                        _ => {
                            return Err(Usage::Bad(format!(
                                "invalid line limit {value:?}: expected a number above 0"
                            )))
                        }
                    };
                }
            }
            "--csv" => {
                flag(inline)?;
                csv = true;
            }
            "--summary" => {
                flag(inline)?;
                summary = Some(true);
            }
            "-q" | "--quiet" => {
                flag(inline)?;
                summary = Some(false);
            }
            "--column" | "--fields" | "-j" | "--jobs" => {
                let value = value_of(name, inline, &mut args)?;
                match name {
                    "--column" => column = Some(value),
                    "--fields" => {
                        fields = match value.as_str() {
                            "all" => Fields::All,
                            "profile" => Fields::Profile,
                            _ => {
                                return Err(Usage::Bad(format!(
                                    "invalid value {value:?} for --fields: expected all or profile"
                                )))
                            }
                        }
                    }
                    _ => match value.parse::<usize>() {
                        Ok(n) if n > 0 => jobs = Some(n),
                        _ => {
                            return Err(Usage::Bad(format!(
                                "invalid value {value:?} for {name}: expected a number of threads, 1 or more"
                            )))
                        }
                    },
                }
            }
            "--style"
            | "--long-vowel"
            | "--syllabic-n"
            | "--case"
            | "--city-order"
            | "--prefecture-suffix" => {
                let value = value_of(name, inline, &mut args)?;
                let bad = |e: jusho::ParseOptionError| Usage::Bad(e.to_string());
                match name {
                    "--style" => {
                        preset = value.parse::<Style>().map_err(bad)?;
                    }
                    "--long-vowel" => over.long_vowel = Some(value.parse().map_err(bad)?),
                    "--syllabic-n" => over.syllabic_n = Some(value.parse().map_err(bad)?),
                    "--case" => over.case = Some(value.parse().map_err(bad)?),
                    "--city-order" => over.city_order = Some(value.parse().map_err(bad)?),
                    _ => over.prefecture_suffix = Some(value.parse().map_err(bad)?),
                }
            }
            _ => {
                return Err(Usage::Bad(format!(
                    "unknown option {name:?} (an ADDRESS that starts with '-' goes after --)"
                )))
            }
        }
    }
    let mut style = preset;
    if let Some(v) = over.long_vowel {
        style = style.long_vowel(v);
    }
    if let Some(v) = over.syllabic_n {
        style = style.syllabic_n(v);
    }
    if let Some(v) = over.case {
        style = style.case(v);
    }
    if let Some(v) = over.city_order {
        style = style.city_order(v);
    }
    if let Some(v) = over.prefecture_suffix {
        style = style.prefecture_suffix(v);
    }
    let addresses = (!addresses.is_empty()).then_some(addresses);
    let csv_column = match (csv, column) {
        (true, None) => return Err(Usage::Bad("--csv needs --column NAME".into())),
        (false, Some(_)) => return Err(Usage::Bad("--column goes with --csv".into())),
        (true, Some(_)) if json => {
            return Err(Usage::Bad("--csv and --json do not go together".into()))
        }
        (true, Some(_)) if addresses.is_some() => {
            return Err(Usage::Bad(
                "--csv reads standard input: no ADDRESS arguments".into(),
            ))
        }
        (true, Some(_)) if form.is_some() => {
            return Err(Usage::Bad(
                "--form does not go with --csv: the CSV gets the profile's columns".into(),
            ))
        }
        (_, column) => column,
    };
    Ok(Options {
        json,
        style,
        addresses,
        csv_column,
        fields,
        jobs,
        summary,
        form,
        line_limit,
        serve,
    })
}

/// The value of option `name`: `inline` (`--name=value`) or the next
/// argument.
fn value_of(
    name: &str,
    inline: Option<String>,
    args: &mut impl Iterator<Item = OsString>,
) -> Result<String, Usage> {
    match inline {
        Some(v) => Ok(v),
        None => match args.next() {
            Some(v) => v
                .into_string()
                .map_err(|v| Usage::Bad(format!("invalid value {v:?} for {name}: not UTF-8"))),
            None => Err(Usage::Bad(format!("option {name} needs a value"))),
        },
    }
}
