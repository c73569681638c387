//! Micro-benchmarks of the interpreter's hot paths. Each times one call of a small Python
//! function whose loop does 1000 steps of one kind of work, so a result divided by 1000 is
//! the cost of one step (the loop's own `FOR_ITER`/`STORE_FAST` included).
//!
//! Run: `cargo bench -p pyrite-benches` (add a name to filter, e.g. `-- attr`).

use pyrite_benches::{call, define};

fn main() {
    divan::main();
}

/// Defines `f` from `source` and times calling it.
fn bench_source(bencher: divan::Bencher, source: &str) {
    let f = define(source, "f");
    bencher.bench_local(|| call(&f));
}

#[divan::bench]
fn call_python_function(b: divan::Bencher) {
    bench_source(b, "def g(x):\n    return x\ndef f():\n    for i in range(1000):\n        g(i)\n");
}

#[divan::bench]
fn call_builtin(b: divan::Bencher) {
    bench_source(b, "def f():\n    s = 'abc'\n    for i in range(1000):\n        len(s)\n");
}

#[divan::bench]
fn call_method(b: divan::Bencher) {
    bench_source(
        b,
        "class C:\n    def m(self):\n        return 1\nc = C()\ndef f():\n    for i in range(1000):\n        c.m()\n",
    );
}

#[divan::bench]
fn load_instance_attribute(b: divan::Bencher) {
    bench_source(
        b,
        "class C:\n    def __init__(self):\n        self.x = 1\nc = C()\ndef f():\n    for i in range(1000):\n        c.x\n",
    );
}

#[divan::bench]
fn store_instance_attribute(b: divan::Bencher) {
    bench_source(
        b,
        "class C:\n    pass\nc = C()\ndef f():\n    for i in range(1000):\n        c.x = i\n",
    );
}

#[divan::bench]
fn load_global(b: divan::Bencher) {
    bench_source(b, "G = 5\ndef f():\n    for i in range(1000):\n        G\n");
}

#[divan::bench]
fn int_arithmetic(b: divan::Bencher) {
    bench_source(b, "def f():\n    t = 0\n    for i in range(1000):\n        t = (t + i * 3) & 0xFFFF\n");
}

#[divan::bench]
fn float_arithmetic(b: divan::Bencher) {
    bench_source(b, "def f():\n    x = 0.5\n    for i in range(1000):\n        x = x * 1.0001 + 0.25\n");
}

#[divan::bench]
fn list_subscript(b: divan::Bencher) {
    bench_source(b, "L = list(range(10))\ndef f():\n    t = 0\n    for i in range(1000):\n        t += L[i % 10]\n");
}

#[divan::bench]
fn dict_subscript(b: divan::Bencher) {
    bench_source(b, "D = {'a': 1, 'b': 2}\ndef f():\n    for i in range(1000):\n        D['a']\n");
}

#[divan::bench]
fn iterate_list(b: divan::Bencher) {
    bench_source(b, "L = list(range(1000))\ndef f():\n    for x in L:\n        pass\n");
}

#[divan::bench]
fn unpack_tuple(b: divan::Bencher) {
    bench_source(b, "T = (1, 2)\ndef f():\n    for i in range(1000):\n        a, b = T\n");
}

#[divan::bench]
fn compare_and_branch(b: divan::Bencher) {
    bench_source(b, "def f():\n    n = 0\n    for i in range(1000):\n        if i < 500:\n            n += 1\n");
}

#[divan::bench]
fn raise_and_catch(b: divan::Bencher) {
    bench_source(
        b,
        "def f():\n    for i in range(1000):\n        try:\n            raise ValueError(i)\n        except ValueError:\n            pass\n",
    );
}

#[divan::bench]
fn generator_step(b: divan::Bencher) {
    bench_source(b, "def gen():\n    for i in range(1000):\n        yield i\ndef f():\n    for x in gen():\n        pass\n");
}

#[divan::bench]
fn allocate_instance(b: divan::Bencher) {
    bench_source(
        b,
        "class P:\n    def __init__(self, x):\n        self.x = x\ndef f():\n    for i in range(1000):\n        P(i)\n",
    );
}
