#!/usr/bin/env python3
"""Reads the log of a Hyperfoil 0.25.2 Maven plugin run (deploy/bench/hyperfoil/pom.xml) and prints one Markdown
table row per phase and metric: requests, achieved rate, p50, p99, max and errors.

Usage: hyperfoil-report.py LABEL LOGFILE [PHASE-PREFIX]
Percentiles come from the HdrHistogram distribution the plugin prints (microseconds): pN is the value at the
first line whose percentile is >= N/100. Errors = socket errors + timeouts + answers that were not 2xx or 3xx.
Exit status 2 when the log has no statistics at all (the run failed)."""
import re
import sys

label, path = sys.argv[1], sys.argv[2]
only = sys.argv[3] if len(sys.argv) > 3 else ""
text = open(path, encoding="utf-8", errors="replace").read()

blocks = re.split(r"\[i\.h\.m\.RunMojo\] (\S+/\S+): *\n", text)
rows = []
for name, body in zip(blocks[1::2], blocks[2::2]):
    if only and not name.startswith(only):
        continue
    m = re.search(r"(\d+) requests in ([\d.]+) s", body)
    count, seconds = (int(m.group(1)), float(m.group(2))) if m else (0, 0.0)
    dist = [(float(v), float(p)) for v, p in re.findall(r"^\s+([\d.]+)\s+([01]\.\d+)\s+\d+", body, re.M)]
    maxm = re.search(r"#\[Max\s+=\s+([\d.]+)", body)

    def pct(q):
        for value, p in dist:
            if p >= q:
                return value / 1000.0
        return float("nan")

    sock = re.search(r"Socket errors: errors (\d+), timeouts (\d+)", body)
    errors, timeouts = (int(sock.group(1)), int(sock.group(2))) if sock else (0, 0)
    non2 = re.search(r"Non-2xx or 3xx responses: (\d+)", body)
    bad = int(non2.group(1)) if non2 else 0
    mx = float(maxm.group(1)) / 1000.0 if maxm else float("nan")
    rate = count / seconds if seconds else 0.0
    rows.append(f"| {label} | {name} | {count} | {rate:.1f}/s | {pct(0.50):.1f} ms | {pct(0.99):.1f} ms | "
                f"{mx:.1f} ms | {errors + timeouts + bad} ({errors} socket, {timeouts} timeouts, {bad} non-2xx) |")
if not rows:
    print(f"| {label} | no statistics: see {path} | | | | | | |")
    sys.exit(2)
print("\n".join(rows))
