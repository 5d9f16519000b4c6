"""The Python API: keys and values as the CLI's --json gives them, errors
by kind, style and form, TypeErrors, and a batch of 100,000 addresses."""

import json
import os
import subprocess
from pathlib import Path

import pytest

import jusho

TSUKIJI = "〒104-0045 東京都中央区築地1-1-1 サンプルマンション404"
ROOT = Path(__file__).resolve().parents[2]


def test_romanize_gives_the_five_fields_parts_and_warnings():
    answer = jusho.romanize(TSUKIJI)
    assert set(answer) == {"profile", "parts", "warnings"}
    assert answer["profile"] == {
        "country": "Japan",
        "address": "#404 Sample Mansion 1-1-1 Tsukiji",
        "city": "Chuo-ku",
        "state": "Tokyo",
        "zip": "104-0045",
    }
    assert answer["parts"]["town"]["kana"] == "ツキジ"
    assert answer["warnings"] == []
    # In the CLI's key order, from romanize and romanize_many alike.
    [many] = jusho.romanize_many([TSUKIJI])
    for a in (answer, many):
        assert list(a) == ["profile", "parts", "warnings"]
        assert list(a["profile"]) == ["country", "address", "city", "state", "zip"]
    assert many == answer


def test_warnings_carry_a_kind():
    warnings = jusho.romanize("東京都中央区築地1-1-1")["warnings"]
    assert [w["kind"] for w in warnings] == ["postal_code_inferred"]
    assert "104-0045" in warnings[0]["message"]


def cli_json(lines, *args):
    """The CLI's --json answers, when the example binary is built."""
    exe = ROOT / "target" / "release" / "examples" / "romanize"
    if not exe.exists():
        exe = ROOT / "target" / "debug" / "examples" / "romanize"
    if not exe.exists():
        pytest.skip("the romanize example is not built")
    out = subprocess.run(
        [str(exe), "--json", *args],
        input="\n".join(lines).encode(),
        capture_output=True,
        check=False,
    ).stdout.decode()
    return [json.loads(l) for l in out.splitlines()]


def test_same_answers_as_the_cli_json():
    lines = [TSUKIJI, "北海道札幌市中央区大通西25丁目", "", "府中市府中町1-1", "〒10400451 東京都"]
    for style, args in [(None, []), ("japan-post", ["--style", "japan-post"])]:
        from_cli = cli_json(lines, *args)
        from_python = jusho.romanize_many(lines, style=style)
        for cli, py, line in zip(from_cli, from_python, lines):
            cli = dict(cli)
            if "error" not in cli:
                assert cli.pop("input") == line
            assert py == cli
        assert len(from_python) == len(lines)


def test_style_preset():
    answer = jusho.romanize("北海道札幌市中央区大通西25丁目", style="japan-post")
    assert answer["profile"]["address"] == "25-CHOME ODORINISHI"
    with pytest.raises(ValueError, match="nope"):
        jusho.romanize(TSUKIJI, style="nope")


def test_form():
    plain = jusho.romanize(TSUKIJI)
    assert "form" not in plain
    aws = jusho.romanize(TSUKIJI, form="aws")
    assert {k: v for k, v in aws.items() if k != "form"} == plain
    assert aws["form"]["name"] == "aws"
    assert [f["value"] for f in aws["form"]["fields"]] == [
        plain["profile"][k] for k in ("country", "address", "city", "state", "zip")
    ]
    lines = jusho.romanize(TSUKIJI, form="lines")
    labels = [f["label"] for f in lines["form"]["fields"]]
    assert labels[:2] == ["Address line 1", "Address line 2"]
    assert lines["form"]["fields"][0]["value"] == "1-1-1 Tsukiji"
    # A limit too short for any line: nothing is cut, a warning says so.
    short = jusho.romanize(TSUKIJI, form="lines", line_limit=5)
    assert "".join(f["value"] for f in short["form"]["fields"][:2]).replace(
        " ", ""
    ) == "1-1-1Tsukiji#404SampleMansion"
    assert any(w["kind"] == "field_too_long" for w in short["form"]["warnings"])
    many = jusho.romanize_many([TSUKIJI, ""], form="single", fields="profile")
    assert many[0]["form"]["name"] == "single"
    assert many[1]["error"]["kind"] == "empty"
    with pytest.raises(ValueError, match="invalid form"):
        jusho.romanize(TSUKIJI, form="telegram")
    with pytest.raises(ValueError, match="invalid form"):
        jusho.romanize_many([TSUKIJI], form="telegram")
    with pytest.raises(ValueError, match="line_limit"):
        jusho.romanize(TSUKIJI, form="lines", line_limit=0)


@pytest.mark.parametrize(
    "address, cls, kind",
    [
        ("", jusho.EmptyError, "empty"),
        ("   ", jusho.EmptyError, "empty"),
        ("東" * 400, jusho.TooLongError, "too_long"),
        ("東京都\x07中央区", jusho.ControlCharacterError, "control_character"),
        ("〒10400451 東京都中央区築地", jusho.InvalidPostalCodeError, "invalid_postal_code"),
        ("hello world", jusho.NoLocalityError, "no_locality"),
        ("府中市府中町1-1", jusho.AmbiguousLocalityError, "ambiguous_locality"),
    ],
)
def test_one_error_class_per_kind(address, cls, kind):
    with pytest.raises(cls) as info:
        jusho.romanize(address)
    error = info.value
    assert isinstance(error, jusho.JushoError) and isinstance(error, ValueError)
    assert error.kind == kind == cls.kind
    assert str(error) == error.message and error.message
    [answer] = jusho.romanize_many([address])
    assert answer == {"input": address, "error": {"kind": kind, "message": error.message}}


@pytest.mark.parametrize("bad", [None, b"\xe6\x9d\xb1", 42, 3.5, ["東京都"]])
def test_non_str_is_a_type_error_naming_the_type(bad):
    with pytest.raises(TypeError, match=f"not {type(bad).__name__}"):
        jusho.romanize(bad)
    with pytest.raises(TypeError, match=rf"addresses\[1\] must be str, not {type(bad).__name__}"):
        jusho.romanize_many([TSUKIJI, bad, TSUKIJI])


def test_romanize_many_refuses_one_str_and_bad_jobs():
    with pytest.raises(TypeError, match="not one str"):
        jusho.romanize_many(TSUKIJI)
    with pytest.raises(ValueError, match="jobs"):
        jusho.romanize_many([TSUKIJI], jobs=0)
    assert jusho.romanize_many([]) == []
    assert jusho.romanize_many(iter([TSUKIJI])) == [jusho.romanize(TSUKIJI)]


def nationwide(n):
    """n addresses from the gazetteer's towns (benches/gen_lines.py)."""
    script = ROOT / "benches" / "gen_lines.py"
    out = subprocess.run(["python3", str(script), str(n)], capture_output=True, check=True)
    return out.stdout.decode().splitlines()


BAD = ["", "x", "〒10400451 東京都", "府中市府中町1-1"]


def test_a_batch_of_100000_in_order_on_every_thread_count():
    addresses = nationwide(99_000) + BAD * 250
    assert len(addresses) == 100_000
    answers = jusho.romanize_many(addresses)
    assert len(answers) == len(addresses)
    failed = [a for a in answers if "error" in a]
    assert {a["input"] for a in failed} == set(BAD)
    assert len(failed) == 1000
    # In order: spot-check against one-at-a-time answers.
    for i in range(0, len(addresses), 997):
        try:
            expected = jusho.romanize(addresses[i])
        except jusho.JushoError as e:
            expected = {"input": addresses[i], "error": {"kind": e.kind, "message": e.message}}
        assert answers[i] == expected, i
    assert jusho.romanize_many(addresses[:5000], jobs=1) == answers[:5000]
    assert jusho.romanize_many(addresses[:5000], jobs=3) == answers[:5000]


def test_a_generator_is_read_as_the_work_goes_and_errors_in_it_surface():
    # More addresses than a few chunks (512 each), from a generator: read
    # chunk by chunk, answered in order.
    addresses = nationwide(3_000)
    assert jusho.romanize_many(a for a in addresses) == jusho.romanize_many(addresses)
    # A bad item late in the stream names its index; an exception raised by
    # the iterable itself comes out as it is; either way the next call works.
    def with_bad_item():
        yield from addresses[:2_500]
        yield 42
        yield from addresses[2_500:]
    with pytest.raises(TypeError, match=r"addresses\[2500\] must be str, not int"):
        jusho.romanize_many(with_bad_item(), jobs=2)

    def failing():
        yield from addresses[:1_700]
        raise RuntimeError("the source broke")
    with pytest.raises(RuntimeError, match="the source broke"):
        jusho.romanize_many(failing(), jobs=2)
    assert jusho.romanize_many(addresses[:10], jobs=2) == jusho.romanize_many(addresses[:10])


def test_other_threads_run_while_it_works():
    import threading

    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(1)
            done.wait(0.001)

    t = threading.Thread(target=tick)
    t.start()
    jusho.romanize_many(nationwide(20_000), jobs=1)
    done.set()
    t.join()
    assert len(ticks) > 5, "the GIL was released"


def test_fields_profile_keeps_only_the_form_fields():
    lines = [TSUKIJI, "", "北海道札幌市中央区大通西25丁目"]
    full = jusho.romanize_many(lines)
    small = jusho.romanize_many(lines, fields="profile")
    assert small[0] == {"profile": full[0]["profile"]}
    assert small[1] == full[1] and "error" in small[1]
    assert small[2] == {"profile": full[2]["profile"]}
    with pytest.raises(ValueError, match="fields"):
        jusho.romanize_many(lines, fields="parts")


def varied_addresses():
    """The golden suite's inputs (every kind of warning and error the suite
    has), the buildings suite's, and hand-made bad input."""
    import re

    golden = (ROOT / "tests" / "data" / "golden.toml").read_text(encoding="utf-8")
    inputs = [json.loads(m) for m in re.findall(r'^input = ("(?:[^"\\]|\\.)*")$', golden, re.M)]
    for line in (ROOT / "tests" / "data" / "buildings.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            at = fields[2] if len(fields) > 2 else "東京都千代田区永田町1-7-1"
            inputs.append(f"{at} {fields[0]}")
    return inputs + BAD + ["中央区築地1-1-1 ★\"ビル\\\" 3階", "\x01東京都", "東京都中央区架空町1-1"]


@pytest.mark.parametrize("style", [None, "japan-post"])
@pytest.mark.parametrize("form", [None, "aws", "lines", "single", "japan-post"])
@pytest.mark.parametrize("fields", ["all", "profile"])
def test_romanize_many_builds_the_dicts_the_json_path_gives(style, form, fields):
    """romanize_many makes its dicts from the library's structs; romanize
    reads the library's serde JSON. Both must give the same dict."""
    addresses = varied_addresses()
    assert len(addresses) > 500
    answers = jusho.romanize_many(addresses, style=style, form=form, fields=fields)
    kinds = set()
    for address, answer in zip(addresses, answers):
        try:
            expected = jusho.romanize(address, style=style, form=form)
        except jusho.JushoError as e:
            expected = {"input": address, "error": {"kind": e.kind, "message": e.message}}
        if fields == "profile" and "error" not in expected:
            expected = {k: v for k, v in expected.items() if k in ("profile", "form")}
        kinds.update(w["kind"] for w in expected.get("warnings", []))
        assert answer == expected, address
        assert list(answer) == list(expected), address
    if fields == "all":
        assert len(kinds) >= 6, kinds
