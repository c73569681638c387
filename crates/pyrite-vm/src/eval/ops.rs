//! Helpers for eval-loop instructions whose work is more than a few lines.

use pyrite_bytecode::opcodes::{intrinsic, nb};

use crate::frame::Frame;
use crate::object::Value;
use crate::types::int::{floor_divmod_i64, new_int, new_int128};
use crate::types::str::{str_from_data, StrData};
use crate::vm::{PyErr, PyResult, Vm};

#[derive(Clone, Copy)]
pub enum Unary {
    Neg,
    Pos,
    Invert,
}

/// Inline-int arithmetic that cannot fail; None sends the operation to the general path.
#[inline(always)]
pub fn small_int_binop(x: i64, y: i64, op: u8) -> Option<Value> {
    let op = if op >= nb::INPLACE_OFFSET { op - nb::INPLACE_OFFSET } else { op };
    Some(match op {
        nb::ADD => new_int(x + y),
        nb::SUBTRACT => new_int(x - y),
        nb::MULTIPLY => small_int_mul(x, y),
        nb::AND => Value::small_int(x & y),
        nb::OR => Value::small_int(x | y),
        nb::XOR => Value::small_int(x ^ y),
        nb::FLOOR_DIVIDE if y != 0 => new_int(floor_divmod_i64(x, y).0),
        nb::REMAINDER if y != 0 => new_int(floor_divmod_i64(x, y).1),
        nb::RSHIFT if (0..64).contains(&y) => Value::small_int(x >> y),
        nb::LSHIFT if (0..62).contains(&y) && (x.unsigned_abs() >> (62 - y)) == 0 => new_int(x << y),
        _ => return None,
    })
}

/// `x * y` of inline ints (a big int when the product does not fit).
#[inline(always)]
pub fn small_int_mul(x: i64, y: i64) -> Value {
    match x.checked_mul(y) {
        Some(p) => new_int(p),
        None => new_int128(x as i128 * y as i128),
    }
}

/// The `COMPARE_OP` mask bit of an outcome given as `x >= y` and `x <= y`: less 2, greater 4,
/// equal 8, unordered (NaN) 1 (= CPython's `COMPARISON_BIT`).
#[inline(always)]
pub fn comparison_bit(ge: bool, le: bool) -> u32 {
    1 << (2 * ge as u32 + le as u32)
}

/// `globals[name]`, else `builtins[name]`.
#[inline]
pub fn load_global(_vm: &Vm, globals: &Value, builtins: &Value, name: &Value) -> Option<Value> {
    if let Some(v) = globals.as_dict().and_then(|d| d.get_str(name)) {
        return Some(v);
    }
    builtins.as_dict().and_then(|d| d.get_str(name))
}

/// Runs a generic adaptive instruction waits after a failed or impossible specialization
/// before it tries again.
pub const ADAPTIVE_BACKOFF: u16 = 52;

/// Turns the specialized instruction at unit `at` of a quickened copy back into its generic
/// form `generic`, whose first cache unit (its adaptive counter) is set to wait
/// `ADAPTIVE_BACKOFF` runs before specializing again.
///
/// # Safety
/// `units` points to a code object's `quick` cells; `at` is an instruction with a cache unit.
#[cold]
#[inline(never)]
pub unsafe fn deoptimize(units: *const std::cell::Cell<[u8; 2]>, at: usize, generic: pyrite_bytecode::Opcode) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let [_, arg] = (*units.add(at)).get();
        (*units.add(at)).set([generic as u8, arg]);
        (*units.add(at + 1)).set(ADAPTIVE_BACKOFF.to_le_bytes());
    }
}

/// Rewrites the `BINARY_OP` at unit `at` of a quickened copy to its specialized form for
/// operands `a` and `b`, or sets its counter to wait `ADAPTIVE_BACKOFF` runs when there is none.
///
/// # Safety
/// `units` points to a code object's `quick` cells; `at` is a `BINARY_OP`.
#[cold]
#[inline(never)]
pub unsafe fn specialize_binary_op(vm: &Vm, units: *const std::cell::Cell<[u8; 2]>, at: usize, a: &Value, b: &Value) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let [_, arg] = (*units.add(at)).get();
        match binary_op_specialization(vm, a, b, arg) {
            Some(spec) => (*units.add(at)).set([spec as u8, arg]),
            None => (*units.add(at + 1)).set(ADAPTIVE_BACKOFF.to_le_bytes()),
        }
    }
}

/// The specialized form of a `BINARY_OP` with operator `op` for these operands, if there is
/// one.
fn binary_op_specialization(vm: &Vm, a: &Value, b: &Value, op: u8) -> Option<pyrite_bytecode::Opcode> {
    use pyrite_bytecode::Opcode as O;
    let op = if op >= nb::INPLACE_OFFSET { op - nb::INPLACE_OFFSET } else { op };
    if a.is_small_int() && b.is_small_int() {
        return match op {
            nb::ADD => Some(O::BINARY_OP_ADD_INT),
            nb::SUBTRACT => Some(O::BINARY_OP_SUBTRACT_INT),
            nb::MULTIPLY => Some(O::BINARY_OP_MULTIPLY_INT),
            nb::FLOOR_DIVIDE | nb::REMAINDER | nb::AND | nb::OR | nb::XOR | nb::RSHIFT | nb::LSHIFT => Some(O::BINARY_OP_INT),
            _ => None,
        };
    }
    if a.is_exact_heap(&vm.types.float) && b.is_exact_heap(&vm.types.float) {
        return match op {
            nb::ADD => Some(O::BINARY_OP_ADD_FLOAT),
            nb::SUBTRACT => Some(O::BINARY_OP_SUBTRACT_FLOAT),
            nb::MULTIPLY => Some(O::BINARY_OP_MULTIPLY_FLOAT),
            _ => None,
        };
    }
    None
}

/// The float `r` computed from operands `a` and `b`, in an exact-float operand (`float` is the
/// float type) nobody else holds — a temporary such as `dx * dx` in `dx * dx + dy` — when there
/// is one: no allocation, no free.
#[inline(always)]
pub fn float_result(a: &Value, b: &Value, r: f64, float: &Value) -> Value {
    for v in [a, b] {
        if v.refcount() == 1 && v.is_exact_heap(float) {
            // SAFETY: an exact float whose only reference is the caller's operand: nothing else
            // can observe the payload change, and no Rust reference to the payload is live.
            unsafe {
                (*(v.raw() as *mut crate::object::Obj<crate::types::float::FloatData>)).data.0 = r;
            }
            return v.clone();
        }
    }
    crate::types::float::new_float(r)
}

/// Float arithmetic on exact floats (or a float and an inline int) without the generic
/// protocol; None for anything else, including division by zero (the generic path raises).
#[inline(always)]
pub fn float_binop_fast(vm: &Vm, a: &Value, b: &Value, op: u8) -> Option<Value> {
    let t = &vm.types.float;
    let x = if a.is_exact_heap(t) {
        // SAFETY: exact floats have the float layout.
        unsafe { a.downcast_unchecked::<crate::types::float::FloatData>().0 }
    } else {
        a.as_small_int()? as f64
    };
    let y = if b.is_exact_heap(t) {
        // SAFETY: as above.
        unsafe { b.downcast_unchecked::<crate::types::float::FloatData>().0 }
    } else {
        if !a.is_exact_heap(t) {
            return None;
        }
        b.as_small_int()? as f64
    };
    let op = if op >= nb::INPLACE_OFFSET { op - nb::INPLACE_OFFSET } else { op };
    let r = match op {
        nb::ADD => x + y,
        nb::SUBTRACT => x - y,
        nb::MULTIPLY => x * y,
        nb::TRUE_DIVIDE if y != 0.0 => x / y,
        // A positive finite base with a finite exponent: the C library's pow, as CPython's
        // float_pow calls (negative bases, zeros and infinities take the generic path).
        nb::POWER if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(float_result(a, b, r, t))
}

/// `LOAD_GLOBAL` through the instruction's cache entry. The hit is inlined into the loop;
/// a miss refills the entry out of line.
#[inline(always)]
pub fn load_global_cached(
    code: &crate::types::code::CodeData,
    slot: usize,
    globals: &Value,
    builtins: &Value,
    name: &Value,
) -> Option<Value> {
    // (The builtins dict is only looked at for a name found there.)
    if let (Some(g), Some(c)) = (globals.as_dict(), code.global_cache.get(slot))
        && c.globals_version.get() == g.version()
    {
        let bv = c.builtins_version.get();
        if bv == 0 {
            if let Some(v) = g.value_at(c.slot.get() as usize) {
                return Some(v);
            }
        } else if let Some(b) = builtins.as_dict()
            && bv == b.version()
            && let Some(v) = b.value_at(c.slot.get() as usize)
        {
            return Some(v);
        }
    }
    load_global_miss(code, slot, globals, builtins, name)
}

/// `LOAD_GLOBAL` when the cache entry does not answer: look the name up and refill it.
#[cold]
#[inline(never)]
fn load_global_miss(
    code: &crate::types::code::CodeData,
    slot: usize,
    globals: &Value,
    builtins: &Value,
    name: &Value,
) -> Option<Value> {
    let (Some(g), Some(b)) = (globals.as_dict(), builtins.as_dict()) else {
        return load_global_slow(globals, builtins, name);
    };
    let Some(c) = code.global_cache.get(slot) else { return load_global_slow(globals, builtins, name) };
    let gv = g.version();
    if let Some(i) = g.find_str_slot(name) {
        c.globals_version.set(gv);
        c.builtins_version.set(0);
        c.slot.set(i as u32);
        return g.value_at(i);
    }
    if let Some(i) = b.find_str_slot(name) {
        c.globals_version.set(gv);
        c.builtins_version.set(b.version());
        c.slot.set(i as u32);
        return b.value_at(i);
    }
    None
}

fn load_global_slow(globals: &Value, builtins: &Value, name: &Value) -> Option<Value> {
    if let Some(v) = globals.as_dict().and_then(|d| d.get_str(name)) {
        return Some(v);
    }
    builtins.as_dict().and_then(|d| d.get_str(name))
}

/// `mapping[name]` for a locals mapping (dict fast path), None when missing.
pub fn mapping_get(vm: &Vm, mapping: &Value, name: &Value) -> PyResult<Option<Value>> {
    if let Some(d) = mapping.as_dict() {
        if mapping.is_exact_heap(&vm.types.dict) {
            return Ok(d.get_str(name));
        }
    }
    match vm.get_item(mapping, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.0.isinstance(&vm.types.exc.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn mapping_set(vm: &Vm, mapping: &Value, name: Value, v: Value) -> PyResult<()> {
    if let Some(d) = mapping.as_dict() {
        if mapping.is_exact_heap(&vm.types.dict) {
            drop(d.set_str(name, v));
            return Ok(());
        }
    }
    vm.set_item(mapping, name, v)
}

pub fn mapping_del(vm: &Vm, mapping: &Value, name: &Value) -> PyResult<bool> {
    if let Some(d) = mapping.as_dict() {
        if mapping.is_exact_heap(&vm.types.dict) {
            return Ok(d.remove_str(name).is_some());
        }
    }
    match vm.del_item(mapping, name) {
        Ok(()) => Ok(true),
        Err(e) if e.0.isinstance(&vm.types.exc.key_error) => Ok(false),
        Err(e) => Err(e),
    }
}

/// The builtins dict a frame with `globals` uses: `globals['__builtins__']` (a module or a
/// dict), else the interpreter's.
pub fn builtins_for_globals(vm: &Vm, globals: &Value) -> Value {
    if let Some(b) = globals.as_dict().and_then(|d| d.get_str(&vm.names.__builtins__)) {
        if let Some(m) = b.as_module() {
            return m.dict.clone();
        }
        if b.as_dict().is_some() {
            return b;
        }
    }
    vm.builtins_dict()
}

/// `LOAD_SUPER_ATTR`: `super(class, self).name`, or its method form.
pub fn load_super_attr(
    vm: &Vm,
    global_super: &Value,
    class: &Value,
    self_: &Value,
    name: &Value,
    two_args: bool,
    method: bool,
) -> PyResult<(Value, Option<Value>)> {
    let _ = two_args;
    if !global_super.is(&vm.types.super_) {
        let args = if two_args { vec![class.clone(), self_.clone()] } else { vec![] };
        let sup = vm.call(global_super, &args)?;
        return Ok((vm.get_attr(&sup, name)?, None));
    }
    let sup = crate::types::descrmethods::new_super(vm, class.clone(), self_.clone())?;
    if method {
        // Look the name up after `class` in the MRO of type(self) without binding.
        if let Some((attr, is_plain_function)) = crate::types::descrmethods::super_lookup_raw(vm, &sup, name)? {
            if is_plain_function {
                return Ok((attr, Some(self_.clone())));
            }
        }
    }
    Ok((vm.get_attr(&sup, name)?, None))
}

/// Joins the str values of an f-string.
pub fn concat_strings(parts: &[Value]) -> Value {
    let datas: Vec<&StrData> = parts.iter().filter_map(|p| p.as_str_data()).collect();
    str_from_data(StrData::concat(&datas))
}

pub fn list_extend(vm: &Vm, list: &Value, it: &Value) -> PyResult<()> {
    let l = list.as_list().expect("list");
    if let Some(t) = it.as_tuple() {
        let items = t.to_vec();
        l.with_mut(|v| v.extend(items));
        return Ok(());
    }
    let items = vm.collect_iter(it).map_err(|e| {
        if e.0.isinstance(&vm.types.exc.type_error) && vm.get_iter(it).is_err() {
            vm.type_error(&format!("Value after * must be an iterable, not {}", it.ty().name()))
        } else {
            e
        }
    })?;
    l.with_mut(|v| v.extend(items));
    Ok(())
}

pub fn set_update(vm: &Vm, set: &Value, it: &Value) -> PyResult<()> {
    crate::types::setmethods::update_from(vm, set.as_set().expect("set"), it)
}

/// `DICT_UPDATE` / `DICT_MERGE` (the latter refuses duplicate keys, for `f(**a, **b)`).
pub fn dict_update(vm: &Vm, dict: &Value, other: &Value, merge_for: Option<&Value>) -> PyResult<()> {
    let d = dict.as_dict().expect("dict");
    let items: Vec<(Value, Value)> = if let Some(o) = other.as_dict() {
        o.items()
    } else {
        let keys_fn = vm.get_attr_opt(other, &vm.names.keys)?;
        let Some(keys_fn) = keys_fn else {
            return Err(match merge_for {
                Some(f) => vm.type_error(&format!(
                    "{} argument after ** must be a mapping, not {}",
                    vm.callable_name(f),
                    other.ty().name()
                )),
                None => vm.type_error(&format!("'{}' object is not a mapping", other.ty().name())),
            });
        };
        let keys = vm.call(&keys_fn, &[])?;
        let mut out = Vec::new();
        for k in vm.collect_iter(&keys)? {
            let v = vm.get_item(other, &k)?;
            out.push((k, v));
        }
        out
    };
    for (k, v) in items {
        if let Some(f) = merge_for {
            if d.contains(vm, &k)? {
                return Err(vm.type_error(&format!(
                    "{} got multiple values for keyword argument '{}'",
                    vm.callable_name(f),
                    k.as_rust_str().unwrap_or("?")
                )));
            }
        }
        d.set_item(vm, k, v)?;
    }
    Ok(())
}

/// `UNPACK_SEQUENCE`.
pub fn unpack(vm: &Vm, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
    // Subclasses may override __iter__: only the exact types are read directly.
    let heap = crate::protocol::object::is_heap(seq);
    let items = if let Some(t) = seq.as_tuple().filter(|_| !heap) {
        t.to_vec()
    } else if let Some(l) = seq.as_list().filter(|_| !heap) {
        l.to_vec()
    } else {
        let it = vm.get_iter(seq).map_err(|_| {
            vm.type_error(&format!("cannot unpack non-iterable {} object", seq.ty().name()))
        })?;
        let mut out = Vec::with_capacity(n);
        while let Some(v) = vm.iter_next(&it)? {
            out.push(v);
            if out.len() > n {
                return Err(vm.value_error(&format!("too many values to unpack (expected {n})")));
            }
        }
        out
    };
    if items.len() < n {
        return Err(vm.value_error(&format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        )));
    }
    if items.len() > n {
        return Err(vm.value_error(&format!("too many values to unpack (expected {n})")));
    }
    Ok(items)
}

/// `UNPACK_EX`: `a, *b, c = seq`.
pub fn unpack_ex(vm: &Vm, seq: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
    let items = if seq.as_tuple().is_some() || seq.as_list().is_some() {
        vm.collect_iter(seq)?
    } else {
        if vm.get_iter(seq).is_err() {
            return Err(vm.type_error(&format!("cannot unpack non-iterable {} object", seq.ty().name())));
        }
        vm.collect_iter(seq)?
    };
    if items.len() < before + after {
        return Err(vm.value_error(&format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mut out = Vec::with_capacity(before + after + 1);
    out.extend_from_slice(&items[..before]);
    let mid_end = items.len() - after;
    out.push(crate::types::list::new_list(items[before..mid_end].to_vec()));
    out.extend_from_slice(&items[mid_end..]);
    Ok(out)
}

/// `CALL_INTRINSIC_2`.
pub fn intrinsic_2(vm: &Vm, which: u8, a: Value, b: Value) -> PyResult<Value> {
    match which {
        1 => crate::types::exceptiongroup::prep_reraise_star(vm, &a, &b),
        // TYPEVAR_WITH_BOUND, TYPEVAR_WITH_CONSTRAINTS: (name, function computing it).
        2 => typing_call(vm, "_make_typevar", &[a, b, vm.none()]),
        3 => typing_call(vm, "_make_typevar", &[a, vm.none(), b]),
        // SET_FUNCTION_TYPE_PARAMS: (function, params) -> function.
        4 => {
            if a.downcast::<crate::types::function::FunctionData>().is_some() {
                crate::types::funcmethods::set_type_params(vm, &a, Some(b))?;
            }
            Ok(a)
        }
        _ => Err(vm.system_error(&format!("intrinsic {which} is not supported yet"))),
    }
}

/// Calls a helper of the `typing` module, which implements the PEP 695 objects.
fn typing_call(vm: &Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = crate::import::import_module(vm, "typing")?;
    let f = vm.get_attr_str(&m, name)?;
    vm.call(&f, args)
}

/// `CALL_INTRINSIC_1`.
pub fn intrinsic_1(vm: &Vm, frame: *mut Frame, which: u8, v: Value) -> PyResult<Value> {
    match which {
        intrinsic::PRINT => {
            if !vm.is_none(&v) {
                let hook = vm.sys_attr("displayhook");
                match hook {
                    Some(h) => {
                        vm.call(&h, &[v])?;
                    }
                    None => return Err(vm.runtime_error("lost sys.displayhook")),
                }
            }
            Ok(vm.none())
        }
        intrinsic::IMPORT_STAR => {
            // SAFETY: `frame` is the running frame.
            let locals = unsafe { (*frame).locals.clone() };
            let Some(locals) = locals else {
                return Err(vm.system_error("no locals found during 'import *'"));
            };
            crate::import::import_star(vm, &v, &locals)?;
            Ok(vm.none())
        }
        intrinsic::STOPITERATION_ERROR => {
            // SAFETY: `frame` is the running frame.
            let flags = unsafe { (*frame).code_data().source.flags };
            let is_async_gen = flags & pyrite_bytecode::code::flags::ASYNC_GENERATOR != 0;
            let msg = if v.isinstance(&vm.types.exc.stop_iteration) {
                Some(if is_async_gen {
                    "async generator raised StopIteration"
                } else if flags & pyrite_bytecode::code::flags::COROUTINE != 0 {
                    "coroutine raised StopIteration"
                } else {
                    "generator raised StopIteration"
                })
            } else if is_async_gen && v.isinstance(&vm.types.exc.stop_async_iteration) {
                Some("async generator raised StopAsyncIteration")
            } else {
                None
            };
            match msg {
                Some(m) => {
                    let err = vm.runtime_error(m);
                    if let Some(e) = err.0.as_exception() {
                        drop(e.set_cause(Some(v.clone())));
                        drop(e.set_context(Some(v)));
                        e.suppress_context.set(true);
                    }
                    Ok(err.0)
                }
                None => Ok(v),
            }
        }
        intrinsic::UNARY_POSITIVE => vm.unary_op(&v, Unary::Pos),
        intrinsic::ASYNC_GEN_WRAP => Ok(crate::types::coroutine::wrap_async_gen_value(vm, v)),
        // TYPEVAR, PARAMSPEC, TYPEVARTUPLE (from a name), SUBSCRIPT_GENERIC (params tuple),
        // TYPEALIAS ((name, type_params, compute_value)).
        7 => typing_call(vm, "_make_typevar", &[v, vm.none(), vm.none()]),
        8 => typing_call(vm, "_make_paramspec", &[v]),
        9 => typing_call(vm, "_make_typevartuple", &[v]),
        10 => typing_call(vm, "_subscript_generic", &[v]),
        11 => typing_call(vm, "_make_typealias", &[v]),
        intrinsic::LIST_TO_TUPLE => Ok(crate::types::tuple::new_tuple(v.as_list().map(|l| l.to_vec()).unwrap_or_default())),
        _ => Err(vm.system_error(&format!("intrinsic {which} is not supported yet"))),
    }
}

/// Builds the exception for `raise exc [from cause]`.
pub fn make_raise(vm: &Vm, exc: Value, cause: Option<Value>) -> PyErr {
    let inst = match vm.exception_instance(&exc) {
        Ok(i) => i,
        Err(e) => return e,
    };
    if let Some(c) = cause {
        let cause_inst = if vm.is_none(&c) {
            None
        } else {
            match vm.exception_instance(&c) {
                Ok(ci) => Some(ci),
                Err(_) => return vm.type_error("exception causes must derive from BaseException"),
            }
        };
        if let Some(e) = inst.as_exception() {
            drop(e.set_cause(cause_inst));
            e.suppress_context.set(true);
        }
    }
    PyErr(inst)
}

/// Sets `__context__` of a newly raised exception to the exception being handled
/// (avoiding cycles, as `_PyErr_SetObject` does).
pub fn add_context(vm: &Vm, exc: &Value) {
    let Some(handled) = vm.handled_exception() else { return };
    if handled.is(exc) {
        return;
    }
    let Some(ed) = exc.as_exception() else { return };
    if ed.context().is_some() {
        return;
    }
    // Break a cycle: if `exc` is in handled's context chain, cut the chain there.
    let mut o = handled.clone();
    loop {
        let Some(oe) = o.as_exception() else { break };
        match oe.context() {
            Some(c) if c.is(exc) => {
                drop(oe.set_context(None));
                break;
            }
            Some(c) => o = c,
            None => break,
        }
    }
    drop(ed.set_context(Some(handled)));
}

/// `CHECK_EXC_MATCH`.
pub fn exception_matches(vm: &Vm, exc: &Value, ty: &Value) -> PyResult<bool> {
    let check = |t: &Value| -> PyResult<bool> {
        match t.as_type() {
            Some(td) if td.is_subtype(&vm.types.base_exception) => Ok(exc.isinstance(t)),
            _ => Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    };
    if let Some(items) = ty.as_tuple() {
        for t in items {
            if check(t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    check(ty)
}

/// `BEFORE_WITH`: `(mgr.__exit__ bound, mgr.__enter__())`.
pub fn before_with(vm: &Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let ty = mgr.ty();
    let enter = ty.lookup(&vm.names.__enter__);
    let exit = ty.lookup(&vm.names.__exit__);
    let (Some(enter), Some(exit)) = (enter, exit) else {
        let which = if ty.lookup(&vm.names.__enter__).is_none() { "" } else { "" };
        let _ = which;
        let missing_exit = ty.lookup(&vm.names.__enter__).is_some();
        return Err(vm.type_error(&format!(
            "'{}' object does not support the context manager protocol{}",
            ty.name(),
            if missing_exit { " (missed __exit__ method)" } else { "" }
        )));
    };
    let exit_b = vm.bind(&exit, mgr)?;
    let enter_b = vm.bind(&enter, mgr)?;
    let res = vm.call(&enter_b, &[])?;
    Ok((exit_b, res))
}

/// `FORMAT_VALUE`: conversion (1 `!s`, 2 `!r`, 3 `!a`) then `format(v, spec)`.
pub fn format_value(vm: &Vm, v: Value, conv: u32, spec: Option<Value>) -> PyResult<Value> {
    let v = match conv {
        1 => vm.str(&v)?,
        2 => vm.repr(&v)?,
        3 => vm.ascii(&v)?,
        _ => v,
    };
    let spec_empty = spec.as_ref().map(|s| s.as_str_data().is_none_or(|d| d.is_empty())).unwrap_or(true);
    if spec_empty && v.is_exact_heap(&vm.types.str) {
        return Ok(v);
    }
    let spec = spec.unwrap_or_else(|| vm.types.empty_str.clone());
    vm.format(&v, &spec)
}

/// The iterator `await v` drives (`_PyCoro_GetAwaitableIter`), with the messages of
/// `GET_AWAITABLE` (`how` is its argument: 1 after `__aenter__`, 2 after `__aexit__`).
pub fn get_awaitable(vm: &Vm, v: &Value, how: u32) -> PyResult<Value> {
    if let Some(g) = v.as_coroutine() {
        if crate::types::genmethods::yield_from_target(g).is_some() {
            return Err(vm.runtime_error("coroutine is being awaited already"));
        }
        return Ok(v.clone());
    }
    if let Some(g) = v.as_generator() {
        // A generator-based coroutine (`types.coroutine`).
        if g.code.as_code().is_some_and(|c| c.source.flags & pyrite_bytecode::code::flags::ITERABLE_COROUTINE != 0) {
            return Ok(v.clone());
        }
    }
    let ty = v.ty();
    let Some(f) = ty.lookup(&vm.names.__await__) else {
        return Err(vm.type_error(&match how {
            1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {}", ty.name()),
            2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {}", ty.name()),
            _ => format!("object {} can't be used in 'await' expression", ty.name()),
        }));
    };
    let it = vm.call(&f, &[v.clone()])?;
    if it.as_coroutine().is_some() || it.as_generator().is_some_and(|g| {
        g.code.as_code().is_some_and(|c| c.source.flags & pyrite_bytecode::code::flags::ITERABLE_COROUTINE != 0)
    }) {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    if !vm.is_iterator(&it) {
        return Err(vm.type_error(&format!("__await__() returned non-iterator of type '{}'", it.ty().name())));
    }
    Ok(it)
}

/// `GET_AITER`: `type(v).__aiter__(v)`, which must have `__anext__`.
pub fn get_aiter(vm: &Vm, v: &Value) -> PyResult<Value> {
    let ty = v.ty();
    let Some(f) = ty.lookup(&vm.names.__aiter__) else {
        return Err(vm.type_error(&format!("'async for' requires an object with __aiter__ method, got {}", ty.name())));
    };
    let it = vm.call(&f, &[v.clone()])?;
    if it.ty().lookup(&vm.names.__anext__).is_none() {
        return Err(vm.type_error(&format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it.ty().name()
        )));
    }
    Ok(it)
}

/// `GET_ANEXT`: the awaitable of `type(aiter).__anext__(aiter)`.
pub fn get_anext(vm: &Vm, aiter: &Value) -> PyResult<Value> {
    let ty = aiter.ty();
    let Some(f) = ty.lookup(&vm.names.__anext__) else {
        return Err(vm.type_error(&format!("'async for' requires an iterator with __anext__ method, got {}", ty.name())));
    };
    let next = vm.call(&f, &[aiter.clone()])?;
    if aiter.as_gen_any().is_some() {
        // An async generator's __anext__ is always awaitable.
        return Ok(next);
    }
    match get_awaitable(vm, &next, 0) {
        Ok(a) => Ok(a),
        Err(e) if e.0.isinstance(&vm.types.exc.type_error) => {
            let err = vm.type_error(&format!(
                "'async for' received an invalid object from __anext__: {}",
                next.ty().name()
            ));
            if let Some(x) = err.0.as_exception() {
                drop(x.set_cause(Some(e.0.clone())));
                drop(x.set_context(Some(e.0)));
            }
            Err(err)
        }
        Err(e) => Err(e),
    }
}

/// `BEFORE_ASYNC_WITH`: `(bound __aexit__, __aenter__())`.
pub fn before_async_with(vm: &Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let ty = mgr.ty();
    let Some(enter) = ty.lookup(&vm.names.__aenter__) else {
        return Err(vm.type_error(&format!(
            "'{}' object does not support the asynchronous context manager protocol",
            ty.name()
        )));
    };
    let Some(exit) = ty.lookup(&vm.names.__aexit__) else {
        return Err(vm.type_error(&format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            ty.name()
        )));
    };
    let exit_b = vm.bind(&exit, mgr)?;
    let res = vm.call(&enter, &[mgr.clone()])?;
    Ok((exit_b, res))
}
