#!/usr/bin/env python3
"""Per-element table of the last `cargo bench --bench jusho` run: reads
criterion's target/criterion/*/*/new/{benchmark,estimates}.json and prints,
for each bench, the time per element (median, with criterion's 95% interval
on the mean) and elements per second.

    python3 benches/summary.py [CRITERION_DIR]
"""

import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fmt_time(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.2f} {unit}"
    return f"{ns:.0f} ns"


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "criterion")
    print(f"| bench | elements/iter | time/element (median) | 95% CI of mean | elements/s |")
    print(f"|---|---:|---:|---:|---:|")
    for path in sorted(glob.glob(os.path.join(base, "*", "*", "new", "benchmark.json"))):
        bench = json.load(open(path))
        est = json.load(open(os.path.join(os.path.dirname(path), "estimates.json")))
        n = (bench.get("throughput") or {}).get("Elements", 1)
        median = est["median"]["point_estimate"] / n
        lo = est["mean"]["confidence_interval"]["lower_bound"] / n
        hi = est["mean"]["confidence_interval"]["upper_bound"] / n
        print(f"| {bench['full_id']} | {n} | {fmt_time(median)} | "
              f"{fmt_time(lo)} – {fmt_time(hi)} | {1e9 / median:,.0f} |")


if __name__ == "__main__":
    main()
