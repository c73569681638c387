"""Peak memory of a program that makes and drops reference cycles, Pyrite against CPython.

    python3 bench/gc_memory.py [--base PYTHON] [--cand target/release/pyrite] [N]

Runs bench/gc_cycles.py (N objects in cycles, default ten million) under /usr/bin/time -v with
each interpreter and prints the peak resident set sizes and their ratio. The issue's bar:
Pyrite's peak within 1.5x of CPython 3.12's.
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def peak_kb(python, program, n):
    r = subprocess.run(["/usr/bin/time", "-v", python, program, str(n)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{python} failed:\n{r.stdout}{r.stderr}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
    t = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", r.stderr)
    return int(m.group(1)), t.group(1), r.stdout.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="python3")
    ap.add_argument("--cand", default=os.path.join(HERE, "..", "target", "release", "pyrite"))
    ap.add_argument("n", nargs="?", type=int, default=10_000_000)
    a = ap.parse_args()
    program = os.path.join(HERE, "gc_cycles.py")
    base = peak_kb(a.base, program, a.n)
    cand = peak_kb(a.cand, program, a.n)
    if base[2] != cand[2]:
        sys.exit(f"outputs differ: {base[2]!r} vs {cand[2]!r}")
    print(f"{'interpreter':<12} {'peak RSS':>12} {'wall':>10}")
    print(f"{'base':<12} {base[0]:>9} kB {base[1]:>10}")
    print(f"{'pyrite':<12} {cand[0]:>9} kB {cand[1]:>10}")
    ratio = cand[0] / base[0]
    print(f"peak memory ratio pyrite/base: {ratio:.2f} ({'within' if ratio <= 1.5 else 'ABOVE'} 1.5)")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
