"""Functions to run when the interpreter exits: last registered, first run."""

import sys

_callbacks = []


def register(func, /, *args, **kwargs):
    """Register `func(*args, **kwargs)` to run at exit; returns `func` (usable as a
    decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Forget every registration of `func` (compared with ==). As in CPython, the emptied
    places still count in `_ncallbacks()`."""
    for i, entry in enumerate(_callbacks):
        if entry is not None and entry[0] == func:
            _callbacks[i] = None


def _ncallbacks():
    return len(_callbacks)


def _clear():
    _callbacks.clear()


def _run_exitfuncs():
    """Run the callbacks registered so far, newest first; an exception in one is reported
    and the others still run. Callbacks registered meanwhile do not run."""
    pending = list(_callbacks)
    _callbacks.clear()
    while pending:
        entry = pending.pop()
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            import traceback
            # Leave out this function's own frame: CPython's atexit is not Python code.
            tb = exc.__traceback__.tb_next if exc.__traceback__ is not None else None
            traceback.print_exception(type(exc), exc, tb, file=sys.stderr)
