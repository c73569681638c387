#!/usr/bin/env python3
"""Measure Pyrite against CPython 3.12 and 3.11 and write the README's performance table.

Usage: python3 bench/perf_table.py [--runs N] [--cand PATH] [--readme PATH] [--no-write]
                                  [--py312 PATH] [--py311 PATH] [bench ...]

Runs ../shared/bench/compare.py twice, once with each CPython as the base (the interpreters
themselves, not pyenv's shims, which add tens of milliseconds to every start), checks the
targets of issue #6 and replaces the part of README.md between the markers

    <!-- perf-table:begin -->  and  <!-- perf-table:end -->

with both tables, the machine, the date, the commit and the command that reproduces them.
The targets (geomeans of time ratios cand/base exclude `startup`):
  * geomean <= 0.8 against CPython 3.12 and <= 1.0 against CPython 3.11;
  * no benchmark above 1.5 (against either);
  * start-up <= 25% of CPython 3.12's;
  * peak memory (RSS ratio) <= 1.0 on every benchmark.
"""
import argparse
import datetime
import math
import os
import platform
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
COMPARE = os.path.normpath(os.path.join(ROOT, "..", "shared", "bench", "compare.py"))
BEGIN = "<!-- perf-table:begin -->"
END = "<!-- perf-table:end -->"
ROW = re.compile(r"^(\w+)\s+([\d.]+m?s)\s+([\d.]+m?s)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)")


def pyenv_which(version, exe):
    env = dict(os.environ, PYENV_VERSION=version) if version else dict(os.environ)
    try:
        out = subprocess.run(["pyenv", "which", exe], env=env, capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return "%s, %d cores, %s" % (cpu, os.cpu_count() or 1, platform.system())


def commit():
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True)
        # (The README itself is what this script rewrites: its changes do not count.)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":!README.md"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        return out.stdout.strip() + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def version_of(exe):
    out = subprocess.run([exe, "--version"], capture_output=True, text=True)
    return (out.stdout or out.stderr).strip()


def run_compare(base, cand, runs, names):
    cmd = [sys.executable, COMPARE, "--base", base, "--cand", cand, "--runs", str(runs)] + names
    print("+", " ".join(cmd), flush=True)
    out = subprocess.run(cmd, capture_output=True, text=True)
    sys.stdout.write(out.stdout)
    sys.stderr.write(out.stderr)
    if out.returncode != 0:
        sys.exit("compare.py failed (status %d)" % out.returncode)
    rows = {}
    table = []
    for line in out.stdout.splitlines():
        m = ROW.match(line)
        if m:
            rows[m.group(1)] = (float(m.group(4)), float(m.group(7)))
        if line.startswith("benchmark") or m or line.startswith("geomean"):
            table.append(line)
    if "FAIL" in out.stdout:
        sys.exit("a benchmark's output differs from the base interpreter's")
    return rows, table


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def check(rows312, rows311):
    """The targets as (description, met) pairs."""
    def timed(rows):
        return {k: v for k, v in rows.items() if k != "startup"}
    t312, t311 = timed(rows312), timed(rows311)
    g312 = geomean([r for r, _ in t312.values()])
    g311 = geomean([r for r, _ in t311.values()])
    worst = max(((r, k, "3.12") for k, (r, _) in t312.items()), default=(0, "-", ""))
    worst = max([worst] + [(r, k, "3.11") for k, (r, _) in t311.items()])
    mem = max(((m, k) for k, (_, m) in rows312.items()), default=(0, "-"))
    startup = rows312.get("startup", (float("nan"), 0))[0]
    return [
        ("geomean vs CPython 3.12 <= 0.80 (excluding startup): %.2f" % g312, g312 <= 0.8),
        ("geomean vs CPython 3.11 <= 1.00 (excluding startup): %.2f" % g311, g311 <= 1.0),
        ("no benchmark above 1.5: highest %.2f (%s vs %s)" % worst, worst[0] <= 1.5),
        ("start-up <= 0.25 of CPython 3.12: %.2f" % startup, startup <= 0.25),
        ("peak memory <= 1.0 on every benchmark (vs 3.12): highest %.2f (%s)" % mem, mem[0] <= 1.0),
    ]


def render(args, base312, base311, table312, table311, targets):
    today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
    cmd = "python3 bench/perf_table.py --runs %d" % args.runs
    lines = [
        BEGIN,
        "Measured on %s, %s, commit %s, `--runs %d` (median of pairwise ratios; ratio = Pyrite's"
        " time / CPython's, below 1 is faster). Reproduce with `%s` (it rewrites this section)."
        % (today, machine(), commit(), args.runs, cmd),
        "",
        "Against %s (`%s`):" % (version_of(base312), base312),
        "",
    ]
    lines += ["    " + l for l in table312]
    lines += ["", "Against %s (`%s`):" % (version_of(base311), base311), ""]
    lines += ["    " + l for l in table311]
    lines += ["", "Targets (issue #6):", ""]
    lines += ["- [%s] %s" % ("x" if ok else " ", text) for text, ok in targets]
    lines.append(END)
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cand", default=os.path.join(ROOT, "target", "release", "pyrite"))
    ap.add_argument("--readme", default=os.path.join(ROOT, "README.md"))
    ap.add_argument("--py312", default=None, help="CPython 3.12 (default: PYENV_VERSION=3.12.1 pyenv which python3.12)")
    ap.add_argument("--py311", default=None, help="CPython 3.11 (default: pyenv which python3)")
    ap.add_argument("--no-write", action="store_true", help="print the section instead of writing README.md")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = ap.parse_args()
    base312 = args.py312 or pyenv_which("3.12.1", "python3.12")
    base311 = args.py311 or pyenv_which(None, "python3")
    if not base312 or not base311:
        sys.exit("CPython 3.12 and 3.11 are needed (pass --py312 and --py311)")
    rows312, table312 = run_compare(base312, args.cand, args.runs, args.names)
    rows311, table311 = run_compare(base311, args.cand, args.runs, args.names)
    targets = check(rows312, rows311)
    section = render(args, base312, base311, table312, table311, targets)
    if args.no_write or args.names:
        print(section)
        return
    with open(args.readme) as f:
        text = f.read()
    if BEGIN not in text or END not in text:
        sys.exit("%s has no %s ... %s section" % (args.readme, BEGIN, END))
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    with open(args.readme, "w") as f:
        f.write(head + section + tail)
    print("wrote the performance section of %s" % args.readme)
    for text, ok in targets:
        print("%s %s" % ("met    " if ok else "NOT MET", text))


if __name__ == "__main__":
    main()
