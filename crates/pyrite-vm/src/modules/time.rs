//! `time`: clocks and `sleep`.

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::object::Value;
use crate::types::float::{new_float, to_f64};
use crate::types::function::{new_builtin, NativeFn};
use crate::types::int::new_int128;
use crate::vm::{PyResult, Vm};

/// The origin of the monotonic clocks (their values are only meaningful as differences).
fn origin() -> Instant {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

fn since_epoch() -> std::time::Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn time(_vm: &Vm, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_float(since_epoch().as_secs_f64()))
}

fn time_ns(_vm: &Vm, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_int128(since_epoch().as_nanos() as i128))
}

fn monotonic(_vm: &Vm, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_float(origin().elapsed().as_secs_f64()))
}

fn monotonic_ns(_vm: &Vm, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_int128(origin().elapsed().as_nanos() as i128))
}

fn sleep(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let Some(a) = args.first() else {
        return Err(vm.type_error("time.sleep() takes exactly one argument (0 given)"));
    };
    let Some(secs) = to_f64(vm, a)? else {
        return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", a.ty().name())));
    };
    if secs.is_nan() || secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(secs.min(1e9)));
    Ok(vm.none())
}

pub fn make(vm: &Vm) -> Value {
    origin();
    let m = crate::types::module::new_module(vm, "time");
    let d = m.as_module().expect("module").dict.clone();
    let fns: &[(&'static str, NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("sleep", sleep),
    ];
    for (name, f) in fns {
        d.as_dict().expect("dict").set_str(vm.intern(name), new_builtin(name, *f, None));
    }
    m
}
