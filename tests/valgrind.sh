#!/usr/bin/env bash
# Runs Pyrite's unsafe core under valgrind's memcheck and fails on any memory error:
#   1. the unit tests of the object model, collector and frame stack (pyrite-vm's
#      object::, frame:: and types::weakref tests);
#   2. the Python programs that exercise the collector, weak references, finalization,
#      frame objects, generators and the specialised paths of the eval loop (tests/py/gc,
#      tests/py/frames, tests/py/generators, tests/py/specialize).
# Usage: bash tests/valgrind.sh        (needs valgrind; takes a few minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 2; }

# The interpreter is built with the system allocator (in a target directory of its own), so
# that memcheck sees each heap block.
cargo build --release -p pyrite --features system-allocator --target-dir target/valgrind
unit=$(cargo test --release -p pyrite-vm --features plain-alloc --target-dir target/valgrind --lib --no-run --message-format=json 2>/dev/null |
  python3 -c 'import json,sys
for l in sys.stdin:
    m = json.loads(l)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["target"]["name"] == "pyrite_vm":
        print(m["executable"])')
# Exit status 99 means memcheck found an error; the programs' own statuses are their business.
vg=(valgrind --quiet --error-exitcode=99 --track-origins=yes)
status=0
echo "== unit tests (object::, frame::)"
for filter in object:: frame::; do
  "${vg[@]}" "$unit" "$filter" --test-threads=1 -q || { echo "memcheck errors in $filter tests"; status=1; }
done
echo "== programs"
pyrite=$(pwd)/target/valgrind/release/pyrite
n=0
for f in tests/py/gc/*.py tests/py/frames/*.py tests/py/specialize/*.py tests/py/generators/*.py; do
  n=$((n + 1))
  set +e
  (cd "$(dirname "$f")" && "${vg[@]}" "$pyrite" "$(basename "$f")" >/dev/null 2>/tmp/valgrind-$$.log)
  rc=$?
  set -e
  if [ "$rc" = 99 ]; then
    echo "memcheck errors in $f:"; cat /tmp/valgrind-$$.log; status=1
  fi
done
rm -f /tmp/valgrind-$$.log
echo "$n programs run under memcheck"
[ "$status" = 0 ] && echo "no memcheck errors"
exit $status
