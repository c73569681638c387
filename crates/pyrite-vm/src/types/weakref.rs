//! Weak references (= `Objects/weakrefobject.c`): `weakref.ref`, `weakref.proxy`, and the
//! list of weak references each referent has.
//!
//! A weak reference holds a raw pointer to its referent (no count). Each referent's weak
//! references are listed in a side table keyed by the referent's address, and the referent's
//! collector head carries a flag saying it has some, so that freeing an object without weak
//! references costs one bit test. Only containers (objects with a collector head) accept
//! weak references; which types do is the `WEAKREFABLE` type flag.
//!
//! When the referent dies — by reference counting after its finalizer, or as cycle garbage
//! before finalizers run — every weak reference to it is cleared, then the callbacks run, in
//! list order. A weak reference that dies first leaves the list and its callback never runs.
//!
//! List order follows CPython: the basic `ref` (no callback, exact type; shared by every
//! `weakref.ref(o)`) first, then the basic proxy, then the others, newest first.

use std::cell::{Cell, UnsafeCell};
use std::collections::HashMap;
use std::ptr::NonNull;

use crate::object::gc;
use crate::object::{ObjHeader, Value};
use crate::types::descr::{add_getset, add_method, MethodKind};
use crate::types::function::NativeFn;
use crate::types::int::new_int;
use crate::types::object::split_kwargs;
use crate::types::str::new_str;
use crate::types::typeobj::tflags;
use crate::vm::{PyResult, Vm};

pub struct WeakRefData {
    /// The referent, None once it died (or the reference was cleared).
    referent: Cell<Option<NonNull<ObjHeader>>>,
    /// Called with the weak reference when the referent dies.
    pub callback: UnsafeCell<Option<Value>>,
    /// The referent's hash, computed on first use and kept after its death.
    hash: Cell<Option<i64>>,
}

type Lists = HashMap<usize, Vec<NonNull<ObjHeader>>>;

thread_local! {
    /// Referent address -> its weak references (raw: a weak reference leaves the list when
    /// it is freed). Made on first use and never dropped, so that objects freed by other
    /// thread-locals' destructors at exit can still consult it.
    static LISTS: Cell<*mut Lists> = const { Cell::new(std::ptr::null_mut()) };
}

/// Runs `f` on the table; `f` runs no Python code and frees no objects.
fn lists<R>(f: impl FnOnce(&mut Lists) -> R) -> R {
    LISTS.with(|l| {
        if l.get().is_null() {
            l.set(Box::into_raw(Box::default()));
        }
        // SAFETY: the table lives for the thread's life; accesses do not nest (see above).
        f(unsafe { &mut *l.get() })
    })
}

fn data(v: &Value) -> Option<&WeakRefData> {
    v.downcast::<WeakRefData>()
}

impl WeakRefData {
    fn has_callback(&self) -> bool {
        // SAFETY: short read of the cell.
        unsafe { (*self.callback.get()).is_some() }
    }

    /// The referent, if alive.
    pub fn get(&self) -> Option<Value> {
        let p = self.referent.get()?;
        // SAFETY: a listed referent is live until it clears its weak references; one at
        // count zero (being freed) is treated as dead.
        unsafe {
            if p.as_ref().refcnt.get() == 0 {
                return None;
            }
            Some(Value::from_borrowed(p))
        }
    }
}

/// Whether instances of the type `t` accept weak references.
pub fn type_accepts_weakrefs(t: &Value) -> bool {
    t.as_type().is_some_and(|td| td.has_flag(tflags::WEAKREFABLE))
}

fn accepts(v: &Value) -> bool {
    !v.is_small_int() && v.ty().is_gc() && v.ty().has_flag(tflags::WEAKREFABLE)
}

fn refuse(vm: &Vm, v: &Value) -> crate::vm::PyErr {
    vm.type_error(&format!("cannot create weak reference to '{}' object", v.ty().name()))
}

fn with_list<R>(referent: NonNull<ObjHeader>, f: impl FnOnce(&mut Vec<NonNull<ObjHeader>>) -> R) -> R {
    lists(|l| f(l.entry(referent.as_ptr() as usize).or_default()))
}

/// The weak references to `v`, in list order.
fn refs_of(v: &Value) -> Vec<Value> {
    let Some(p) = v.heap_ptr() else { return Vec::new() };
    if !accepts(v) {
        return Vec::new();
    }
    lists(|l| {
        l.get(&(p.as_ptr() as usize))
            // SAFETY: listed weak references are live.
            .map(|refs| refs.iter().map(|r| unsafe { Value::from_borrowed(*r) }).collect())
            .unwrap_or_default()
    })
}

fn is_basic(r: &Value, ty: &Value) -> bool {
    r.is_exact(ty) && data(r).is_some_and(|d| !d.has_callback())
}

/// Creates (or reuses) a weak reference of type `cls` to `ob` (= `weakref___new__`,
/// `PyWeakref_NewProxy`).
pub fn new_weakref(vm: &Vm, cls: &Value, ob: &Value, callback: Option<Value>) -> PyResult<Value> {
    if !accepts(ob) {
        return Err(refuse(vm, ob));
    }
    let t = &vm.types;
    let p = ob.heap_ptr().expect("heap object");
    let existing = refs_of(ob);
    let basic_ref = existing.first().filter(|r| is_basic(r, &t.weakref_ref)).cloned();
    let basic_proxy = existing
        .iter()
        .take(2)
        .find(|r| is_basic(r, &t.weakref_proxy) || is_basic(r, &t.weakref_callable_proxy))
        .cloned();
    let is_ref_type = cls.is(&t.weakref_ref);
    let is_proxy_type = cls.is(&t.weakref_proxy) || cls.is(&t.weakref_callable_proxy);
    if callback.is_none() {
        if is_ref_type {
            if let Some(r) = basic_ref {
                return Ok(r);
            }
        } else if is_proxy_type {
            if let Some(r) = basic_proxy {
                return Ok(r);
            }
        }
    }
    let wr = crate::types::object::alloc_instance(
        cls,
        WeakRefData { referent: Cell::new(Some(p)), callback: UnsafeCell::new(None), hash: Cell::new(None) },
    );
    let basic = callback.is_none() && (is_ref_type || is_proxy_type);
    // SAFETY: the new weak reference is not shared yet.
    unsafe { *data(&wr).expect("weakref").callback.get() = callback };
    let wp = wr.heap_ptr().expect("heap");
    with_list(p, |list| {
        let front = usize::from(basic_ref.is_some()) + usize::from(basic_proxy.is_some());
        let at = if basic && is_ref_type { 0 } else if basic { usize::from(basic_ref.is_some()) } else { front };
        list.insert(at.min(list.len()), wp);
    });
    // SAFETY: `ob` is a live container.
    unsafe { gc::set_has_weakrefs_raw(p, true) };
    Ok(wr)
}

/// Takes the weak-reference list of a dying referent, clearing each reference.
fn detach_all(p: NonNull<ObjHeader>) -> Vec<Value> {
    // SAFETY: the referent is a container still in memory.
    unsafe { gc::set_has_weakrefs_raw(p, false) };
    let list = lists(|l| l.remove(&(p.as_ptr() as usize))).unwrap_or_default();
    list.into_iter()
        .map(|r| {
            // SAFETY: listed weak references are live.
            let wr = unsafe { Value::from_borrowed(r) };
            if let Some(d) = data(&wr) {
                d.referent.set(None);
            }
            wr
        })
        .collect()
}

/// The referent at `p` is being freed: clears its weak references and calls their callbacks
/// (= `PyObject_ClearWeakRefs`).
pub fn clear_on_death(p: NonNull<ObjHeader>) {
    let refs = detach_all(p);
    for wr in &refs {
        call_callback(wr);
    }
}

/// Calls (once) the callback of a cleared weak reference.
pub fn call_callback(wr: &Value) {
    let Some(d) = data(wr) else { return };
    // SAFETY: short write; the callback runs after.
    let cb = unsafe { (*d.callback.get()).take() };
    if let (Some(cb), Some(vm)) = (cb, Vm::current()) {
        if let Err(e) = vm.call(&cb, &[wr.clone()]) {
            vm.write_unraisable(&e, Some(&cb));
        }
    }
}

/// For the collector: clears weak references to the garbage object `obj`, and detaches
/// `obj` itself if it is a weak reference; callbacks to call are added to `callbacks`
/// (those of weak references that are not garbage themselves).
pub fn clear_for_collector(obj: &Value, is_garbage: &dyn Fn(&Value) -> bool, callbacks: &mut Vec<Value>) {
    if let Some(d) = data(obj) {
        if let Some(p) = obj.heap_ptr() {
            // SAFETY: the weak reference is live.
            unsafe { unlink_dying(p) };
        }
        d.referent.set(None);
    }
    let Some(p) = obj.heap_ptr() else { return };
    // SAFETY: `obj` is a live container.
    if obj.ty().is_gc() && unsafe { gc::has_weakrefs_raw(p) } {
        for wr in detach_all(p) {
            if data(&wr).is_some_and(WeakRefData::has_callback) && !is_garbage(&wr) {
                callbacks.push(wr);
            }
        }
    }
}

/// A weak reference is being freed: it leaves its referent's list.
///
/// # Safety
/// `wr` is a weak-reference object whose count reached zero.
pub unsafe fn unlink_dying(wr: NonNull<ObjHeader>) {
    // SAFETY: the object's payload is a WeakRefData (layout checked by the caller).
    let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(wr) });
    let Some(d) = data(&v) else { return };
    let Some(p) = d.referent.take() else { return };
    let empty = lists(|l| {
        let key = p.as_ptr() as usize;
        let Some(list) = l.get_mut(&key) else { return false };
        list.retain(|r| *r != wr);
        if list.is_empty() {
            l.remove(&key);
            true
        } else {
            false
        }
    });
    if empty {
        // SAFETY: the referent is live (it would have cleared the reference otherwise).
        unsafe { gc::set_has_weakrefs_raw(p, false) };
    }
}

// ---- weakref.ref ---------------------------------------------------------------------------

fn ref_args<'a>(vm: &Vm, what: &str, args: &'a [Value], kwnames: Option<&'a Value>) -> PyResult<(&'a Value, Option<Value>)> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if !kws.is_empty() {
        return Err(vm.type_error(&format!("{what} takes no keyword arguments")));
    }
    // pos[0] is the class or the instance.
    let rest = &pos[1..];
    match rest.len() {
        0 => Err(vm.type_error(&format!("{what} expected at least 1 argument, got 0"))),
        1 | 2 => {
            let cb = rest.get(1).filter(|c| !vm.is_none(c)).cloned();
            Ok((&rest[0], cb))
        }
        n => Err(vm.type_error(&format!("{what} expected at most 2 arguments, got {n}"))),
    }
}

fn ref_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (ob, cb) = ref_args(vm, "__new__", args, kwnames)?;
    new_weakref(vm, &args[0], ob, cb)
}

fn ref_init(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    ref_args(vm, "__init__", args, kwnames)?;
    Ok(vm.none())
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a WeakRefData> {
    args.first().and_then(data).ok_or_else(|| vm.type_error("descriptor requires a 'weakref.ReferenceType' object"))
}

fn ref_call(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let d = this(vm, args)?;
    let (pos, kws) = split_kwargs(args, kwnames);
    if !kws.is_empty() {
        return Err(vm.type_error("weakref() takes no keyword arguments"));
    }
    if pos.len() > 1 {
        return Err(vm.type_error(&format!("weakref() takes exactly 0 arguments ({} given)", pos.len() - 1)));
    }
    Ok(d.get().unwrap_or_else(|| vm.none()))
}

fn ref_hash(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = this(vm, args)?;
    if let Some(h) = d.hash.get() {
        return Ok(new_int(h));
    }
    let Some(o) = d.get() else { return Err(vm.type_error("weak object has gone away")) };
    let h = vm.hash(&o)?;
    d.hash.set(Some(h));
    Ok(new_int(h))
}

fn ref_richcompare(vm: &Vm, args: &[Value], eq: bool) -> PyResult<Value> {
    let (a, b) = (&args[0], &args[1]);
    let (Some(da), Some(db)) = (data(a), data(b)) else { return Ok(vm.not_implemented()) };
    if !a.isinstance(&vm.types.weakref_ref) || !b.isinstance(&vm.types.weakref_ref) {
        return Ok(vm.not_implemented());
    }
    match (da.get(), db.get()) {
        (Some(x), Some(y)) => vm.rich_compare(&x, &y, if eq { 2 } else { 3 }),
        _ => Ok(vm.bool_value(a.is(b) == eq)),
    }
}

fn ref_eq(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
    ref_richcompare(vm, args, true)
}

fn ref_ne(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
    ref_richcompare(vm, args, false)
}

fn referent_description(vm: &Vm, o: &Value) -> String {
    let name = vm
        .get_attr_opt(o, &vm.intern("__name__"))
        .ok()
        .flatten()
        .and_then(|n| n.as_rust_str().map(String::from));
    match name {
        Some(n) => format!("'{}' at {:#x} ({n})", o.ty().tp_name(), o.raw()),
        None => format!("'{}' at {:#x}", o.ty().tp_name(), o.raw()),
    }
}

fn ref_repr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = this(vm, args)?;
    Ok(new_str(&match d.get() {
        Some(o) => format!("<weakref at {:#x}; to {}>", args[0].raw(), referent_description(vm, &o)),
        None => format!("<weakref at {:#x}; dead>", args[0].raw()),
    }))
}

fn ref_callback_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    let d = data(v).ok_or_else(|| vm.type_error("expected a weak reference"))?;
    // SAFETY: short read.
    Ok(unsafe { (*d.callback.get()).clone() }.unwrap_or_else(|| vm.none()))
}

/// `__weakref__` of instances: the first weak reference to the object, or None.
pub fn weakref_attr_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(refs_of(v).into_iter().next().unwrap_or_else(|| vm.none()))
}

// ---- weakref.proxy --------------------------------------------------------------------------

/// The live referent of a proxy argument, or ReferenceError.
fn unwrap(vm: &Vm, v: &Value) -> PyResult<Value> {
    if v.is_exact(&vm.types.weakref_proxy) || v.is_exact(&vm.types.weakref_callable_proxy) {
        return data(v)
            .and_then(WeakRefData::get)
            .ok_or_else(|| vm.new_error(&vm.types.exc.reference_error, "weakly-referenced object no longer exists"));
    }
    Ok(v.clone())
}

/// Proxies are made by `weakref.proxy()` only.
fn proxy_type_new(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let name = args.first().and_then(|c| c.as_type()).map_or_else(|| "weakref.ProxyType".to_string(), |t| t.tp_name());
    Err(vm.type_error(&format!("cannot create '{name}' instances")))
}

fn proxy_getattribute(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    vm.get_attr(&o, &args[1])
}

/// `setattr`/`delattr` on a proxy (called by `Vm::set_attr`).
pub fn proxy_set_attr(vm: &Vm, proxy: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    vm.set_attr(&unwrap(vm, proxy)?, name, value)
}

fn proxy_setattr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    vm.set_attr(&o, &args[1], Some(args[2].clone()))?;
    Ok(vm.none())
}

fn proxy_delattr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    vm.set_attr(&o, &args[1], None)?;
    Ok(vm.none())
}

fn proxy_repr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = this(vm, args)?;
    Ok(new_str(&match d.get() {
        Some(o) => format!("<weakproxy at {:#x}; to '{}' at {:#x}>", args[0].raw(), o.ty().tp_name(), o.raw()),
        None => format!("<weakproxy at {:#x}; dead>", args[0].raw()),
    }))
}

fn proxy_str(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    vm.str(&unwrap(vm, &args[0])?)
}

fn proxy_bool(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    Ok(vm.bool_value(vm.is_true(&o)?))
}

fn proxy_len(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    Ok(new_int(vm.len(&o)? as i64))
}

fn proxy_iter(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    vm.get_iter(&unwrap(vm, &args[0])?)
}

fn proxy_next(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    let next = vm.get_attr(&o, &vm.intern("__next__"))?;
    vm.call(&next, &[])
}

fn proxy_contains(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    Ok(vm.bool_value(vm.contains(&o, &unwrap(vm, &args[1])?)?))
}

fn proxy_getitem(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    vm.get_item(&unwrap(vm, &args[0])?, &unwrap(vm, &args[1])?)
}

fn proxy_setitem(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    vm.set_item(&unwrap(vm, &args[0])?, unwrap(vm, &args[1])?, unwrap(vm, &args[2])?)?;
    Ok(vm.none())
}

fn proxy_delitem(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    vm.del_item(&unwrap(vm, &args[0])?, &unwrap(vm, &args[1])?)?;
    Ok(vm.none())
}

fn proxy_call(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    vm.call_kw(&o, &args[1..], kwnames)
}

fn proxy_bytes(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    vm.call(&vm.types.bytes, &[o])
}

fn proxy_reversed(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let o = unwrap(vm, &args[0])?;
    vm.call(&vm.types.reversed, &[o])
}

macro_rules! proxy_binops {
    ($($fwd:ident, $refl:ident, $inpl:ident => $op:expr;)*) => {
        $(
            fn $fwd(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
                vm.binary_op(&unwrap(vm, &args[0])?, &unwrap(vm, &args[1])?, $op)
            }
            fn $refl(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
                vm.binary_op(&unwrap(vm, &args[1])?, &unwrap(vm, &args[0])?, $op)
            }
            fn $inpl(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
                vm.binary_op(&unwrap(vm, &args[0])?, &unwrap(vm, &args[1])?, $op + nb::INPLACE_OFFSET)
            }
        )*
    };
}

use pyrite_bytecode::opcodes::nb;
proxy_binops! {
    p_add, p_radd, p_iadd => nb::ADD;
    p_and, p_rand, p_iand => nb::AND;
    p_floordiv, p_rfloordiv, p_ifloordiv => nb::FLOOR_DIVIDE;
    p_lshift, p_rlshift, p_ilshift => nb::LSHIFT;
    p_matmul, p_rmatmul, p_imatmul => nb::MATRIX_MULTIPLY;
    p_mul, p_rmul, p_imul => nb::MULTIPLY;
    p_mod, p_rmod, p_imod => nb::REMAINDER;
    p_or, p_ror, p_ior => nb::OR;
    p_pow, p_rpow, p_ipow => nb::POWER;
    p_rshift, p_rrshift, p_irshift => nb::RSHIFT;
    p_sub, p_rsub, p_isub => nb::SUBTRACT;
    p_truediv, p_rtruediv, p_itruediv => nb::TRUE_DIVIDE;
    p_xor, p_rxor, p_ixor => nb::XOR;
}

macro_rules! proxy_compare {
    ($($name:ident => $op:expr;)*) => {
        $(
            fn $name(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
                vm.rich_compare(&unwrap(vm, &args[0])?, &unwrap(vm, &args[1])?, $op)
            }
        )*
    };
}
proxy_compare! { p_lt => 0; p_le => 1; p_eq => 2; p_ne => 3; p_gt => 4; p_ge => 5; }

macro_rules! proxy_unary {
    ($($name:ident => $e:expr;)*) => {
        $(
            fn $name(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
                let o = unwrap(vm, &args[0])?;
                let f: fn(&Vm, Value) -> PyResult<Value> = $e;
                f(vm, o)
            }
        )*
    };
}
use crate::eval::ops_public::Unary;
proxy_unary! {
    p_neg => |vm, o| vm.unary_op(&o, Unary::Neg);
    p_pos => |vm, o| vm.unary_op(&o, Unary::Pos);
    p_invert => |vm, o| vm.unary_op(&o, Unary::Invert);
    p_abs => |vm, o| {
        let abs = vm.builtins_dict().as_dict().and_then(|d| d.get_str(&vm.intern("abs"))).ok_or_else(|| vm.type_error("abs"))?;
        vm.call(&abs, &[o])
    };
    p_int => |vm, o| vm.call(&vm.types.int, &[o]);
    p_float => |vm, o| vm.call(&vm.types.float, &[o]);
    p_index => |vm, o| vm.index(&o);
}

const PROXY_METHODS: &[(&str, NativeFn)] = &[
    ("__getattribute__", proxy_getattribute),
    ("__setattr__", proxy_setattr),
    ("__delattr__", proxy_delattr),
    ("__repr__", proxy_repr),
    ("__str__", proxy_str),
    ("__bool__", proxy_bool),
    ("__len__", proxy_len),
    ("__iter__", proxy_iter),
    ("__next__", proxy_next),
    ("__contains__", proxy_contains),
    ("__getitem__", proxy_getitem),
    ("__setitem__", proxy_setitem),
    ("__delitem__", proxy_delitem),
    ("__bytes__", proxy_bytes),
    ("__reversed__", proxy_reversed),
    ("__lt__", p_lt),
    ("__le__", p_le),
    ("__eq__", p_eq),
    ("__ne__", p_ne),
    ("__gt__", p_gt),
    ("__ge__", p_ge),
    ("__neg__", p_neg),
    ("__pos__", p_pos),
    ("__invert__", p_invert),
    ("__abs__", p_abs),
    ("__int__", p_int),
    ("__float__", p_float),
    ("__index__", p_index),
    ("__add__", p_add),
    ("__radd__", p_radd),
    ("__iadd__", p_iadd),
    ("__and__", p_and),
    ("__rand__", p_rand),
    ("__iand__", p_iand),
    ("__floordiv__", p_floordiv),
    ("__rfloordiv__", p_rfloordiv),
    ("__ifloordiv__", p_ifloordiv),
    ("__lshift__", p_lshift),
    ("__rlshift__", p_rlshift),
    ("__ilshift__", p_ilshift),
    ("__matmul__", p_matmul),
    ("__rmatmul__", p_rmatmul),
    ("__imatmul__", p_imatmul),
    ("__mul__", p_mul),
    ("__rmul__", p_rmul),
    ("__imul__", p_imul),
    ("__mod__", p_mod),
    ("__rmod__", p_rmod),
    ("__imod__", p_imod),
    ("__or__", p_or),
    ("__ror__", p_ror),
    ("__ior__", p_ior),
    ("__pow__", p_pow),
    ("__rpow__", p_rpow),
    ("__ipow__", p_ipow),
    ("__rshift__", p_rshift),
    ("__rrshift__", p_rrshift),
    ("__irshift__", p_irshift),
    ("__sub__", p_sub),
    ("__rsub__", p_rsub),
    ("__isub__", p_isub),
    ("__truediv__", p_truediv),
    ("__rtruediv__", p_rtruediv),
    ("__itruediv__", p_itruediv),
    ("__xor__", p_xor),
    ("__rxor__", p_rxor),
    ("__ixor__", p_ixor),
];

/// Fills the namespaces of the weak-reference types and marks the built-in types whose
/// instances accept weak references.
pub fn init(vm: &Vm) {
    let t = &vm.types;
    for ty in [
        &t.type_,
        &t.function,
        &t.builtin_function,
        &t.method,
        &t.set,
        &t.frozenset,
        &t.module,
        &t.generator,
        &t.coroutine,
        &t.async_generator,
        &t.property,
    ] {
        let td = ty.as_type().expect("type");
        td.flags.set(td.flags.get() | tflags::WEAKREFABLE);
    }
    let r = &t.weakref_ref;
    add_method(vm, r, "__new__", ref_new, MethodKind::Static);
    add_method(vm, r, "__init__", ref_init, MethodKind::Instance);
    add_method(vm, r, "__call__", ref_call, MethodKind::Instance);
    add_method(vm, r, "__hash__", ref_hash, MethodKind::Instance);
    add_method(vm, r, "__eq__", ref_eq, MethodKind::Instance);
    add_method(vm, r, "__ne__", ref_ne, MethodKind::Instance);
    add_method(vm, r, "__repr__", ref_repr, MethodKind::Instance);
    add_method(vm, r, "__class_getitem__", crate::types::itermethods::class_getitem, MethodKind::Class);
    add_getset(vm, r, "__callback__", ref_callback_get, None);
    for p in [&t.weakref_proxy, &t.weakref_callable_proxy] {
        add_method(vm, p, "__new__", proxy_type_new, MethodKind::Static);
        for (name, f) in PROXY_METHODS {
            add_method(vm, p, name, *f, MethodKind::Instance);
        }
        let pd = p.as_type().expect("type");
        pd.dict().set_str(vm.names.__hash__.clone(), vm.none());
        pd.flags.set(pd.flags.get() | tflags::CUSTOM_GETATTRIBUTE | tflags::CUSTOM_SETATTR);
    }
    add_method(vm, &t.weakref_callable_proxy, "__call__", proxy_call, MethodKind::Instance);
    for ty in [r, &t.weakref_proxy, &t.weakref_callable_proxy] {
        ty.as_type().expect("type").dict().set_str(vm.names.__module__.clone(), vm.intern("weakref"));
    }
}

// ---- the _weakref module ------------------------------------------------------------------

fn proxy(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if !kws.is_empty() {
        return Err(vm.type_error("proxy() takes no keyword arguments"));
    }
    if pos.is_empty() {
        return Err(vm.type_error("proxy expected at least 1 argument, got 0"));
    }
    if pos.len() > 2 {
        return Err(vm.type_error(&format!("proxy expected at most 2 arguments, got {}", pos.len())));
    }
    let ob = &pos[0];
    let cb = pos.get(1).filter(|c| !vm.is_none(c)).cloned();
    let ty = if vm.is_callable(ob) { &vm.types.weakref_callable_proxy } else { &vm.types.weakref_proxy };
    new_weakref(vm, ty, ob, cb)
}

fn getweakrefcount(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let o = args.first().ok_or_else(|| vm.type_error("getweakrefcount() takes exactly one argument (0 given)"))?;
    Ok(new_int(refs_of(o).len() as i64))
}

fn getweakrefs(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let o = args.first().ok_or_else(|| vm.type_error("getweakrefs() takes exactly one argument (0 given)"))?;
    Ok(crate::types::list::new_list(refs_of(o)))
}

/// `_weakref._remove_dead_weakref(dict, key)`: deletes `dict[key]` if it is a dead weakref.
fn remove_dead_weakref(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let [d, key] = args else { return Err(vm.type_error("_remove_dead_weakref expected 2 arguments")) };
    let dd = d.as_dict().ok_or_else(|| vm.type_error("not a dict"))?;
    if let Some(v) = dd.get_item(vm, key)? {
        if data(&v).is_some_and(|w| w.get().is_none()) {
            drop(dd.remove(vm, key)?);
        }
    }
    Ok(vm.none())
}

pub fn make(vm: &Vm) -> Value {
    let m = crate::types::module::new_module(vm, "_weakref");
    let d = m.as_module().expect("module").dict.clone();
    let dd = d.as_dict().expect("dict");
    let fns: &[(&'static str, NativeFn)] = &[
        ("proxy", proxy),
        ("getweakrefcount", getweakrefcount),
        ("getweakrefs", getweakrefs),
        ("_remove_dead_weakref", remove_dead_weakref),
    ];
    for (name, f) in fns {
        dd.set_str(vm.intern(name), crate::types::function::new_builtin(name, *f, None));
    }
    let t = &vm.types;
    dd.set_str(vm.intern("ref"), t.weakref_ref.clone());
    dd.set_str(vm.intern("ReferenceType"), t.weakref_ref.clone());
    dd.set_str(vm.intern("ProxyType"), t.weakref_proxy.clone());
    dd.set_str(vm.intern("CallableProxyType"), t.weakref_callable_proxy.clone());
    m
}
