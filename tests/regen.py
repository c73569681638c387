#!/usr/bin/env python3
"""Regenerate the expected outputs (.out files) of the differential test corpus.

Usage: tests/regen.py [PATH_OR_AREA ...]

With no arguments every test under the corpus roots tests/py and tests/trace is
regenerated. An argument may be a test file (tests/py/basics/walrus.py,
tests/trace/settrace/loops.py), a test name relative to a root (basics/walrus or
basics/walrus.py, settrace/loops), an area directory (tests/py/basics) or an
area name (basics, settrace), or a whole root (tests/trace, or just "trace").

The oracle is CPython 3.12: $PYRITE_ORACLE if set, else the interpreter that
`PYENV_VERSION=3.12.1 pyenv which python3.12` names. Plain python3 is not used.

The format of NAME.out (the differential runner crates/pyrite/tests/differential.rs
builds the actual text the same way):

    stdout verbatim
    --- stderr ---              \\ only if stderr is non-empty
    stderr verbatim              > or the exit status
    --- exit status N ---       /  is not 0

Each program runs as `ORACLE NAME.py` with cwd = its directory, stdin empty,
PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8; the absolute path of the test's
directory followed by "/" is removed from stdout and stderr.
"""
import concurrent.futures
import os
import re
import subprocess
import sys

TIMEOUT = 10
HERE = os.path.dirname(os.path.abspath(__file__))
ROOTS = [os.path.join(HERE, "py"), os.path.join(HERE, "trace")]
TEST_RE = re.compile(r"^[^/]+/[^/]+\.py$")


def find_oracle():
    oracle = os.environ.get("PYRITE_ORACLE")
    if oracle:
        return oracle
    env = dict(os.environ, PYENV_VERSION="3.12.1")
    try:
        out = subprocess.run(["pyenv", "which", "python3.12"], env=env,
                             capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit("regen.py: cannot find CPython 3.12 (set PYRITE_ORACLE): %s" % e)
    return out


def all_tests(roots=None):
    tests = []
    for root in roots or ROOTS:
        if os.path.isdir(root):
            tests.extend(root_tests(root))
    return tests


def root_tests(root):
    tests = []
    for area in sorted(os.listdir(root)):
        adir = os.path.join(root, area)
        if not os.path.isdir(adir):
            continue
        for name in sorted(os.listdir(adir)):
            if name.endswith(".py") and os.path.isfile(os.path.join(adir, name)):
                tests.append(os.path.join(adir, name))
    return tests


def owning_root(path):
    """The corpus root that holds path, and path relative to it (or None, None)."""
    real = os.path.realpath(path)
    for root in ROOTS:
        rel = os.path.relpath(real, os.path.realpath(root))
        if rel == "." or not (rel == ".." or rel.startswith(".." + os.sep)):
            return root, rel
    return None, None


def resolve(arg):
    """Map one command-line argument to a list of test files."""
    candidates = [os.path.abspath(arg)] + [os.path.join(root, arg) for root in ROOTS]
    candidates.append(os.path.join(HERE, arg))
    for c in candidates:
        for p in (c, c + ".py"):
            if os.path.isfile(p) and p.endswith(".py"):
                root, rel = owning_root(p)
                if root is None or not TEST_RE.match(rel.replace(os.sep, "/")):
                    sys.exit("regen.py: %s is not a test (tests are tests/py/<area>/<name>.py"
                             " or tests/trace/<area>/<name>.py)" % arg)
                return [os.path.join(root, rel)]
        if os.path.isdir(c):
            root, rel = owning_root(c)
            if root is None:
                continue
            if rel == ".":
                return all_tests([root])
            if os.sep in rel:
                sys.exit("regen.py: %s is not an area directory" % arg)
            return [t for t in all_tests([root]) if os.path.dirname(t) == os.path.join(root, rel)]
    sys.exit("regen.py: no test or area named %s" % arg)


def expected_text(stdout, stderr, status):
    text = stdout
    if stderr or status != 0:
        text += "--- stderr ---\n" + stderr + "--- exit status %d ---\n" % status
    return text


def run_one(oracle, path):
    directory = os.path.dirname(os.path.realpath(path))
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    for var in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONWARNINGS",
                "PYTHONDONTWRITEBYTECODE", "PYTHONSAFEPATH"):
        env.pop(var, None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # keep __pycache__ out of the corpus
    try:
        proc = subprocess.run([oracle, os.path.basename(path)], cwd=directory, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return path, None, "timed out after %ds" % TIMEOUT
    prefixes = {directory + os.sep, os.path.dirname(os.path.abspath(path)) + os.sep}
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    for prefix in sorted(prefixes, key=len, reverse=True):
        out = out.replace(prefix, "")
        err = err.replace(prefix, "")
    status = proc.returncode if proc.returncode >= 0 else 128 - proc.returncode
    return path, expected_text(out, err, status), None


def main(argv):
    if any(a in ("-h", "--help") for a in argv[1:]):
        print(__doc__.strip())
        return 0
    oracle = find_oracle()
    if argv[1:]:
        tests = []
        for a in argv[1:]:
            tests.extend(t for t in resolve(a) if t not in tests)
    else:
        tests = all_tests()
    changed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for path, text, error in pool.map(lambda t: run_one(oracle, t), tests):
            rel = os.path.relpath(path, HERE)
            if error:
                failed += 1
                print("ERROR %s: %s" % (rel, error))
                continue
            out_path = path[:-3] + ".out"
            old = None
            if os.path.exists(out_path):
                with open(out_path, encoding="utf-8", newline="") as fh:
                    old = fh.read()
            if old != text:
                changed += 1
                with open(out_path, "w", encoding="utf-8", newline="") as fh:
                    fh.write(text)
                print("%s %s" % ("new    " if old is None else "changed", rel))
    print("%d tests, %d .out files written, %d errors" % (len(tests), changed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
