#!/usr/bin/env python3
"""Where a batch's resident memory is, at the end of the batch.

    python3 benches/resident.py BINARY INPUT [ARGS...] [--embedded FILE...]

Runs `BINARY ARGS...` with INPUT written into a pipe that is held open (so
the process stays alive after the last line), waits until its CPU time
stops moving, then prints the resident KB of each mapping (`/proc/PID/smaps`)
and, for each `--embedded` file, how much of the copy embedded in the binary
is resident (`/proc/PID/pagemap`, bit 63; needs root), found by searching the
binary for the file's first 4 KB. With `MAP=1` in the environment it also
prints one char per 64 KB of each file over 500 KB: `#` mostly resident,
`+` partly, `.` not at all.

Example (the files `build.rs` writes are in `target/release/build/jusho-*/out`):

    python3 benches/resident.py target/release/examples/romanize corpus.txt \\
        --json -q --jobs 2 --embedded data/place_names.tsv OUT/tables.bin

Note: the binary's page-cache state changes the numbers by up to ~1.5 MB
(benches/README.md, "Memory, fifth round"): compare binaries written the same
way (e.g. `dd bs=4k`) in the same minute.
"""
import os
import struct
import subprocess
import sys
import time


def main():
    argv = sys.argv[1:]
    embedded = []
    if "--embedded" in argv:
        at = argv.index("--embedded")
        argv, embedded = argv[:at], argv[at + 1:]
    if len(argv) < 2:
        sys.exit(__doc__)
    binary, input_path, args = argv[0], argv[1], argv[2:]

    read_end, write_end = os.pipe()
    proc = subprocess.Popen([binary] + args, stdin=read_end, stdout=subprocess.DEVNULL)
    os.close(read_end)
    feed = os.fdopen(write_end, "wb", buffering=0)
    with open(input_path, "rb") as f:
        feed.write(f.read())

    def cpu_ticks():
        with open(f"/proc/{proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])

    last = -1
    while True:
        time.sleep(0.3)
        now = cpu_ticks()
        if now == last:
            break
        last = now

    mappings = []  # (start, end, perms, offset, name, rss_kb)
    with open(f"/proc/{proc.pid}/smaps") as f:
        for line in f:
            parts = line.split()
            if "-" in parts[0] and not parts[0].endswith(":"):
                start, end = (int(x, 16) for x in parts[0].split("-"))
                name = parts[5] if len(parts) > 5 else "[anon]"
                mappings.append([start, end, parts[1], int(parts[2], 16), name, 0])
            elif parts[0] == "Rss:":
                mappings[-1][5] = int(parts[1])
    print(f"total Rss {sum(m[5] for m in mappings)} KB")
    by_name = {}
    for _, _, perms, _, name, rss in mappings:
        key = (os.path.basename(name), perms)
        by_name[key] = by_name.get(key, 0) + rss
    for (name, perms), rss in sorted(by_name.items(), key=lambda item: -item[1]):
        if rss:
            print(f"{rss:8d} KB  {perms} {name}")

    with open(binary, "rb") as f:
        image = f.read()
    pagemap = os.open(f"/proc/{proc.pid}/pagemap", os.O_RDONLY)

    def resident_kb(start, end):
        pages = 0
        for page in range(start // 4096, (end + 4095) // 4096):
            entry = os.pread(pagemap, 8, page * 8)
            pages += struct.unpack("<Q", entry)[0] >> 63 if len(entry) == 8 else 0
        return pages * 4

    for path in embedded:
        with open(path, "rb") as f:
            content = f.read()
        at = image.find(content[:4096])
        # The binary's mapping whose file range holds the copy.
        where = None
        for mapping in mappings:
            start, end, _, offset, name, _ = mapping
            if at >= 0 and os.path.basename(name) == os.path.basename(binary) \
                    and offset <= at < offset + (end - start):
                where = mapping
                break
        if where is None:
            print(f"{os.path.basename(path)}: not found in the binary")
            continue
        start = where[0] + at - where[3]
        print(f"{os.path.basename(path)}: {len(content) // 1024} KB, "
              f"resident {resident_kb(start, start + len(content))} KB")
        if os.environ.get("MAP") and len(content) > 500_000:
            marks = ""
            for window in range(0, len(content), 65536):
                kb = resident_kb(start + window, start + min(window + 65536, len(content)))
                marks += "#" if kb > 32 else ("+" if kb else ".")
            print("  " + marks)
    os.close(pagemap)
    feed.close()
    proc.wait()


if __name__ == "__main__":
    main()
