//! `--csv --column NAME`: standard input is CSV with a header; every row
//! comes out with its cells unchanged, followed by the form's fields,
//! `warnings` (not with `--fields profile`) and `error` (each with `_en`
//! added when the input already has a column of that name).
//!
//! Quoting, embedded newlines and CRLF are the `csv` crate's job. A UTF-8
//! BOM is kept (it is taken off before parsing and written back), and so
//! are CRLF line ends (when the header ends with one). A row with fewer
//! cells than the header is padded with empty cells and answered with an
//! error; a row with more keeps them all, the appended fields after them.

use std::io::{self, BufRead, BufReader, Write};

use ::csv::{ByteRecord, ReaderBuilder, Terminator, WriterBuilder};

use jusho::RomanizedBuf;

use crate::batch::{romanize_into, Run};
use crate::output::{Failure, Fields};
use crate::pipeline::{self, Chunk, Feed, Tally, CHUNK_LINES};
use crate::progress::Progress;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The columns appended after the input's: the form's fields.
const FORM_COLUMNS: [&str; 5] = ["country", "address", "city", "state", "zip"];

/// Romanizes column `column` of the CSV on standard input. A header
/// without that column is an [`io::ErrorKind::InvalidInput`] error (bad
/// usage); nothing is written then.
pub(crate) fn run<W: Write>(
    run: &mut Run<W>,
    column: &str,
    jobs: usize,
    mut progress: Option<&mut Progress>,
) -> io::Result<Tally> {
    let mut input = BufReader::with_capacity(64 * 1024, io::stdin());
    let start = input.fill_buf()?;
    let bom = start.starts_with(BOM);
    let first_line = start.split(|&b| b == b'\n').next().unwrap_or_default();
    let crlf = first_line.len() < start.len() && first_line.ends_with(b"\r");
    if bom {
        input.consume(BOM.len());
    }
    let mut reader = ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .buffer_capacity(64 * 1024)
        .from_reader(input);
    let header = reader.byte_headers().map_err(csv_error)?.clone();
    let Some(at) = header.iter().position(|h| h == column.as_bytes()) else {
        let names: Vec<String> = header
            .iter()
            .map(|h| format!("{:?}", String::from_utf8_lossy(h)))
            .collect();
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "no column {column:?} in the CSV header (columns: {})",
                names.join(", ")
            ),
        ));
    };
    let fields = run.render.fields;
    let terminator = if crlf {
        Terminator::CRLF
    } else {
        Terminator::Any(b'\n')
    };
    let mut head = header.clone();
    for name in appended_columns(fields) {
        // `address` is as likely an input column as an output one: a name
        // the input already has gets `_en`, so that every column stays
        // addressable by name.
        if header.iter().any(|h| h == name.as_bytes()) {
            head.push_field(format!("{name}_en").as_bytes());
        } else {
            head.push_field(name.as_bytes());
        }
    }
    if bom {
        run.out.write_all(BOM)?;
    }
    write_rows(terminator, &mut run.out, [head])?;

    let width = header.len();
    let romanizer = run.romanizer;
    let (tally, read) = pipeline::run(
        jobs,
        move |feed: &mut Feed<ByteRecord>| read_records(reader, feed, bom),
        move |_first, rows: &[ByteRecord], out, tally| {
            // One answer's strings, refilled row after row.
            let mut buf = RomanizedBuf::new();
            let mut joined = Vec::new();
            let answered = rows.iter().map(|row| {
                let mut cells = row.clone();
                while cells.len() < width {
                    cells.push_field(b"");
                }
                let result = match row.get(at) {
                    Some(cell) => {
                        let cell = lines_joined(cell, &mut joined);
                        romanize_into(&romanizer, cell, cell.len(), &mut buf).1
                    }
                    None => Err(Failure::Own {
                        kind: "malformed_row",
                        message: format!("row has {} cells, but the header has {width}", row.len()),
                    }),
                };
                let result = result.as_ref().map(|r| *r);
                tally.count(result);
                append_answer(&mut cells, result, fields);
                cells
            });
            write_rows(terminator, out, answered).expect("writing to memory");
        },
        &mut run.out,
        |tally, read_to| {
            if let Some(p) = progress.as_deref_mut() {
                p.tick(tally, read_to);
            }
        },
    )?;
    run.answered += tally.lines;
    run.failed |= tally.failed > 0;
    if let Err(e) = read {
        run.failed = true;
        run.out.flush()?;
        let _ = writeln!(io::stderr(), "error: reading standard input: {e}");
    }
    Ok(tally)
}

/// A cell written on several lines (an address line 1 and line 2 in one
/// cell, as spreadsheets allow) is one address: its lines joined by a space
/// (`\r\n`, `\n` and `\r` each count as one break). A cell without a line
/// break is returned as it is; otherwise the joined text is built in
/// `joined`.
///
/// The row's own cell is written out unchanged.
fn lines_joined<'a>(cell: &'a [u8], joined: &'a mut Vec<u8>) -> &'a [u8] {
    if !cell.iter().any(|&b| b == b'\n' || b == b'\r') {
        return cell;
    }
    joined.clear();
    let mut bytes = cell.iter().copied().peekable();
    while let Some(b) = bytes.next() {
        match b {
            b'\r' => {
                bytes.next_if_eq(&b'\n');
                joined.push(b' ');
            }
            b'\n' => joined.push(b' '),
            _ => joined.push(b),
        }
    }
    joined
}

/// The names of the appended columns.
fn appended_columns(fields: Fields) -> Vec<&'static str> {
    let mut names = FORM_COLUMNS.to_vec();
    if fields == Fields::All {
        names.push("warnings");
    }
    names.push("error");
    names
}

/// Appends one answer's cells: the form's fields (empty on error), the
/// warnings (with [`Fields::All`]), the error.
fn append_answer(
    cells: &mut ByteRecord,
    result: Result<&jusho::Romanized, &Failure>,
    fields: Fields,
) {
    match result {
        Ok(r) => {
            let p = &r.profile;
            for value in [&p.country, &p.address, &p.city, &p.state, &p.zip] {
                cells.push_field(value.as_bytes());
            }
            if fields == Fields::All {
                let warnings: Vec<String> = r
                    .warnings
                    .iter()
                    .map(|w| format!("{}: {w}", w.kind()))
                    .collect();
                cells.push_field(warnings.join(" | ").as_bytes());
            }
            cells.push_field(b"");
        }
        Err(e) => {
            for _ in 0..FORM_COLUMNS.len() + usize::from(fields == Fields::All) {
                cells.push_field(b"");
            }
            cells.push_field(format!("{}: {e}", e.kind()).as_bytes());
        }
    }
}

/// Writes `rows` as CSV (quoting where needed) to `out`.
fn write_rows(
    terminator: Terminator,
    out: &mut impl Write,
    rows: impl IntoIterator<Item = ByteRecord>,
) -> io::Result<()> {
    let mut writer = WriterBuilder::new()
        .flexible(true)
        .terminator(terminator)
        .from_writer(out);
    for row in rows {
        writer.write_byte_record(&row).map_err(csv_error)?;
    }
    writer.flush()
}

/// The reader thread of `--csv`: records, in chunks.
fn read_records<R: io::Read>(
    mut reader: ::csv::Reader<R>,
    feed: &mut Feed<ByteRecord>,
    bom: bool,
) -> io::Result<()> {
    let skipped = if bom { BOM.len() as u64 } else { 0 };
    let mut items = Vec::with_capacity(CHUNK_LINES);
    let mut row = ByteRecord::new();
    loop {
        let more = reader.read_byte_record(&mut row).map_err(csv_error);
        let full = items.len() == CHUNK_LINES;
        if full || !matches!(more, Ok(true)) {
            let chunk = Chunk {
                items: std::mem::replace(&mut items, Vec::with_capacity(CHUNK_LINES)),
                flush: !full,
                read_to: reader.position().byte() + skipped,
            };
            if !feed.send(chunk) {
                return Ok(());
            }
        }
        if !more? {
            return Ok(());
        }
        items.push(row.clone());
    }
}

fn csv_error(e: ::csv::Error) -> io::Error {
    match e.into_kind() {
        ::csv::ErrorKind::Io(e) => e,
        other => io::Error::new(io::ErrorKind::InvalidData, format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::lines_joined;

    #[test]
    fn a_cell_on_several_lines_is_one_address() {
        let mut joined = Vec::new();
        for (cell, expected) in [
            ("東京都中央区築地1-1-1", "東京都中央区築地1-1-1"),
            (
                "北海道札幌市中央区\n大通西25丁目",
                "北海道札幌市中央区 大通西25丁目",
            ),
            ("築地1-1-1\r\nサンプル\r404\n", "築地1-1-1 サンプル 404 "),
            ("\r\n\n", "  "),
            ("", ""),
        ] {
            let out = lines_joined(cell.as_bytes(), &mut joined);
            assert_eq!(out, expected.as_bytes(), "{cell:?}");
        }
    }
}
