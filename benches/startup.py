#!/usr/bin/env python3
"""Start-up of the example binary, as a person running it once sees it:
wall time and peak memory of `romanize ADDRESS` (a whole process: exec, page
faults, the gazetteer made ready, one answer), against `romanize --version`
(the same process doing no work), median of many runs.

    cargo build --release --example romanize
    python3 benches/startup.py                 # 50 runs each
    python3 benches/startup.py --runs 200 --address "北海道札幌市中央区大通西25丁目"

"Ready to answer the first address" is the difference of the two medians.
Wall time on a shared machine is noisy; the instruction count of the same
process is not:

    valgrind --tool=callgrind --callgrind-out-file=cg.one \\
        ./target/release/examples/romanize 東京都中央区築地1-1-1
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "examples", "romanize")


def wall_once(args):
    """Wall seconds of one run."""
    start = time.perf_counter()
    done = subprocess.run([BINARY, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{BINARY} {' '.join(args)} exited with {done.returncode}")
    return wall


def peak_rss_kib(args):
    """Peak RSS of one run, from GNU time (Python's own rusage of a child
    counts the forked Python before the exec), or None without it."""
    if not os.path.exists("/usr/bin/time"):
        return None
    done = subprocess.run(["/usr/bin/time", "-f", "%M", BINARY, *args],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(done.stderr.strip().splitlines()[-1])


def measure(args, runs):
    walls = [wall_once(args) for _ in range(runs)]
    return statistics.median(walls), min(walls), peak_rss_kib(args)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--address", default="東京都中央区築地1-1-1")
    opts = parser.parse_args()
    if not os.path.exists(BINARY):
        sys.exit("build it first: cargo build --release --example romanize")
    idle_median, idle_min, _ = measure(["--version"], opts.runs)
    one_median, one_min, peak = measure([opts.address], opts.runs)
    print(f"--version:        median {idle_median * 1e3:.2f} ms, fastest {idle_min * 1e3:.2f} ms")
    rss = "n/a (no /usr/bin/time)" if peak is None else f"{peak / 1024:.1f} MB"
    print(f"one address:      median {one_median * 1e3:.2f} ms, fastest {one_min * 1e3:.2f} ms, "
          f"peak RSS {rss}")
    print(f"ready to answer:  {(one_median - idle_median) * 1e3:.2f} ms (difference of medians), "
          f"{(one_min - idle_min) * 1e3:.2f} ms (of fastest runs)")
    print(f"load average:     {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
