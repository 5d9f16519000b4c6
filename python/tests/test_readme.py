"""Runs the Python examples of the repository's README.md as written: the
"## Python" section's ```python blocks. pandas and Polars examples are
skipped only when that library is not installed."""

import contextlib
import importlib.util
import io
import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"


def python_examples():
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_the_readme_has_the_three_examples():
    blocks = python_examples()
    assert len(blocks) == 3
    assert "import pandas" in blocks[1] and "import polars" in blocks[2]


@pytest.mark.parametrize("index", [0, 1, 2])
def test_readme_example_runs(index):
    block = python_examples()[index]
    for library in ("pandas", "polars"):
        if f"import {library}" in block and importlib.util.find_spec(library) is None:
            pytest.skip(f"{library} is not installed")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, f"README.md python example {index + 1}", "exec"), {})
    printed = out.getvalue()
    if index == 0:
        # The output the comments show.
        assert "'city': 'Chuo-ku'" in printed and "'zip': '104-0045'" in printed
        assert printed.splitlines()[1].startswith("ambiguous_locality ")
    else:
        assert "Chuo-ku" in printed and "064-0820" in printed
        assert "ambiguous_locality" in printed
