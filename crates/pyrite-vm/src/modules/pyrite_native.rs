//! `_pyrite`: native helpers for the modules written in Python (`linecache`, `traceback`).

use crate::object::Value;
use crate::types::function::{new_builtin, NativeFn};
use crate::types::int::new_int;
use crate::types::str::new_str;
use crate::types::tuple::new_tuple;
use crate::vm::{PyResult, Vm};

/// `read_source(path) -> str | None`: the file's text (UTF-8, invalid bytes replaced), or
/// `None` when it cannot be read.
fn read_source(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let Some(path) = args.first().and_then(|a| a.as_rust_str().map(String::from)) else {
        return Err(vm.type_error("read_source() argument must be str"));
    };
    match std::fs::read(&path) {
        Ok(b) => Ok(new_str(&String::from_utf8_lossy(&b))),
        Err(_) => Ok(vm.none()),
    }
}

/// `caret_anchors(segment) -> None | (left_end, right_start, is_subscript)`: character offsets
/// within `segment` of the secondary marker of a binary operation or subscript.
fn caret_anchors(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let Some(seg) = args.first().and_then(|a| a.as_rust_str().map(String::from)) else {
        return Err(vm.type_error("caret_anchors() argument must be str"));
    };
    Ok(match pyrite_compiler::caret_anchors(&seg) {
        Some((l, r, sub)) => new_tuple(vec![new_int(l as i64), new_int(r as i64), vm.bool_value(sub)]),
        None => vm.none(),
    })
}

pub fn make(vm: &Vm) -> Value {
    let m = crate::types::module::new_module(vm, "_pyrite");
    let d = m.as_module().expect("module").dict.clone();
    let fns: &[(&'static str, NativeFn)] = &[("read_source", read_source), ("caret_anchors", caret_anchors)];
    for (name, f) in fns {
        d.as_dict().expect("dict").set_str(vm.intern(name), new_builtin(name, *f, None));
    }
    m
}
