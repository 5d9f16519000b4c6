//! `romanize --csv --column NAME`: every row answered, input columns
//! unchanged, the form's fields appended. Run through the example binary.

mod support;

use support::{golden_inputs, run, text};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Parses CSV (BOM and all) into rows of cells.
fn rows(bytes: &[u8]) -> Vec<Vec<Vec<u8>>> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes)
        .byte_records()
        .map(|r| r.expect("valid CSV").iter().map(<[u8]>::to_vec).collect())
        .collect()
}

fn cell(row: &[Vec<u8>], at: usize) -> &str {
    text(&row[at])
}

/// A CSV with a BOM, CRLF line ends, quoted commas and quotes, an embedded
/// newline (in the address and in another column), empty cells and an
/// empty address.
fn awkward_csv() -> Vec<u8> {
    let mut csv = BOM.to_vec();
    csv.extend_from_slice(
        "id,note,address,empty\r\n\
         1,\"a, b\",東京都中央区築地1-1-1,\r\n\
         2,\"say \"\"hi\"\"\",\"北海道札幌市中央区\n大通西25丁目\",\r\n\
         3,,,\r\n\
         4,\"line1\r\nline2\",\"〒104-0045 東京都中央区築地1-1-1, サンプルマンション404\",x\r\n"
            .as_bytes(),
    );
    csv
}

#[test]
fn awkward_csv_round_trips_with_the_fields_appended() {
    let input = awkward_csv();
    let o = run(&["--csv", "--column", "address"], &input);
    assert_eq!(
        o.status.code(),
        Some(1),
        "row 3 has no address: {}",
        text(&o.stderr)
    );
    assert!(o.stdout.starts_with(BOM), "BOM kept");
    assert!(o.stdout.ends_with(b"\r\n"), "CRLF kept");
    assert!(!text(&o.stdout).replace("\r\n", "").contains("\n\n"));
    let (before, after) = (rows(&input), rows(&o.stdout));
    assert_eq!(before.len(), after.len(), "same row count");
    let header: Vec<&str> = after[0].iter().map(|c| text(c)).collect();
    assert_eq!(
        header,
        [
            "id",
            "note",
            "address",
            "empty",
            "country",
            "address_en",
            "city",
            "state",
            "zip",
            "warnings",
            "error"
        ]
    );
    for (b, a) in before.iter().zip(&after).skip(1) {
        assert_eq!(&a[..b.len()], &b[..], "input columns unchanged");
        assert_eq!(a.len(), b.len() + 7);
    }
    assert_eq!(cell(&after[1], 6), "Chuo-ku");
    assert!(cell(&after[1], 9).starts_with("postal_code_inferred: "));
    assert_eq!(cell(&after[1], 10), "");
    // An address on two lines in its cell is one address, its lines joined.
    assert_eq!(cell(&after[2], 6), "Chuo-ku, Sapporo-shi");
    assert_eq!(cell(&after[2], 10), "");
    assert_eq!(cell(&after[3], 10).split(':').next(), Some("empty"));
    assert_eq!(cell(&after[3], 4), "", "no fields on error");
    assert_eq!(cell(&after[4], 8), "104-0045");
}

#[test]
fn csv_without_bom_or_crlf_stays_so() {
    let input = "address\n東京都中央区築地1-1-1\n".as_bytes();
    let o = run(&["--csv", "--column=address", "--fields", "profile"], input);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(
        !out.contains('\r') && !out.starts_with('\u{feff}'),
        "{out:?}"
    );
    let after = rows(&o.stdout);
    let header: Vec<&str> = after[0].iter().map(|c| text(c)).collect();
    assert_eq!(
        header,
        [
            "address",
            "country",
            "address_en",
            "city",
            "state",
            "zip",
            "error"
        ]
    );
    assert_eq!(cell(&after[1], 1), "Japan");
}

#[test]
fn malformed_rows_get_an_error_cell_never_lost() {
    let mut input = b"id,address,other\n1\n2,\xFF\xFE,x\n3,a,b,c,d\n".to_vec();
    input.extend_from_slice("4,東京都中央区築地1-1-1,y\n".as_bytes());
    let o = run(&["--csv", "--column", "address"], &input);
    let after = rows(&o.stdout);
    assert_eq!(after.len(), 5, "{}", text(&o.stdout));
    // Short row: padded to the header, then the answer.
    assert_eq!(after[1][..3], [b"1".to_vec(), vec![], vec![]]);
    assert!(
        cell(&after[1], 9).starts_with("malformed_row: "),
        "{:?}",
        after[1]
    );
    assert!(String::from_utf8_lossy(&after[2][9]).starts_with("invalid_utf8: "));
    assert_eq!(after[2][1], b"\xFF\xFE", "bad bytes kept as they were");
    // Long row: all its cells kept, the answer after them.
    assert_eq!(after[3].len(), 5 + 7);
    assert_eq!(cell(&after[4], 5), "Chuo-ku");
}

#[test]
fn missing_column_is_a_usage_error() {
    let o = run(&["--csv", "--column", "addr"], b"id,address\n1,x\n");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(text(&o.stdout), "");
    assert!(
        text(&o.stderr).contains("no column \"addr\""),
        "{}",
        text(&o.stderr)
    );
    for args in [
        &["--csv"][..],
        &["--column", "a"],
        &["--csv", "--column", "a", "--json"],
    ] {
        assert_eq!(run(args, b"a\n").status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn csv_jobs_give_identical_output() {
    let mut input = String::from("n,address\n");
    for round in 0..5 {
        for (i, address) in golden_inputs().iter().enumerate() {
            input += &format!("{round}-{i},\"{}\"\n", address.replace('"', "\"\""));
        }
    }
    let one = run(
        &["--csv", "--column", "address", "--jobs", "1"],
        input.as_bytes(),
    );
    let three = run(
        &["--csv", "--column", "address", "--jobs", "3"],
        input.as_bytes(),
    );
    assert!(one.stdout == three.stdout);
    assert_eq!(rows(&one.stdout).len(), rows(input.as_bytes()).len());
}
