//! Coroutines (`async def`), async generators, and the small awaitable objects around them:
//! `coroutine.__await__()`'s wrapper, an async generator's `asend`/`athrow`/`aclose`
//! awaitables, and the wrapper that marks an async generator's `yield` (so that `asend` can
//! tell a value yielded to the caller from one passed through to the event loop by `await`).
//!
//! Coroutines and async generators are [`GeneratorData`] objects of another type: they run
//! their frame exactly as generators do ([`resume`]).

use std::cell::{Cell, UnsafeCell};

use crate::object::{alloc, Value};
use crate::types::descr::{add_getset, add_method, MethodKind};
use crate::types::generator::{GenKind, GenState, GeneratorData};
use crate::types::genmethods::{gen_close_value, gen_throw_value, resume, yield_from_target, SendResult};
use crate::vm::{PyErr, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AwaitState {
    Init,
    Iter,
    Closed,
}

pub enum AwaitableKind {
    /// `coroutine.__await__()`: iterates the coroutine.
    CoroWrapper(Value),
    /// `agen.asend(v)` / `agen.__anext__()`.
    ASend { agen: Value, value: UnsafeCell<Option<Value>> },
    /// `agen.athrow(...)` (with the exception) or `agen.aclose()` (None).
    AThrow { agen: Value, exc: Option<Value> },
    /// A value yielded by an async generator's `yield` (`INTRINSIC_ASYNC_GEN_WRAP`).
    Wrapped(Value),
    /// `anext(it, default)`: drives `__anext__()`'s awaitable and gives `default` when the
    /// iterator is exhausted.
    ANextDefault { awaitable: Value, default: Value },
}

pub struct AwaitableData {
    pub kind: AwaitableKind,
    pub state: Cell<AwaitState>,
}

impl AwaitableData {
    /// The objects it references, for the cycle collector.
    pub fn referents(&self, visit: &mut dyn FnMut(&Value)) {
        match &self.kind {
            AwaitableKind::CoroWrapper(v) | AwaitableKind::Wrapped(v) => visit(v),
            AwaitableKind::ANextDefault { awaitable, default } => {
                visit(awaitable);
                visit(default);
            }
            AwaitableKind::ASend { agen, value } => {
                visit(agen);
                // SAFETY: short read.
                if let Some(v) = unsafe { &*value.get() } {
                    visit(v);
                }
            }
            AwaitableKind::AThrow { agen, exc } => {
                visit(agen);
                if let Some(e) = exc {
                    visit(e);
                }
            }
        }
    }
}

fn new_awaitable(vm: &Vm, kind: AwaitableKind) -> Value {
    let t = &vm.types;
    let ty = match kind {
        AwaitableKind::CoroWrapper(_) => &t.coroutine_wrapper,
        AwaitableKind::ASend { .. } => &t.async_generator_asend,
        AwaitableKind::AThrow { .. } => &t.async_generator_athrow,
        AwaitableKind::Wrapped(_) => &t.async_generator_wrapped_value,
        AwaitableKind::ANextDefault { .. } => &t.anext_awaitable,
    };
    alloc(ty, AwaitableData { kind, state: Cell::new(AwaitState::Init) })
}

/// `INTRINSIC_ASYNC_GEN_WRAP`.
pub fn wrap_async_gen_value(vm: &Vm, v: Value) -> Value {
    new_awaitable(vm, AwaitableKind::Wrapped(v))
}

fn unwrapped(v: &Value) -> Option<Value> {
    match &v.downcast::<AwaitableData>()?.kind {
        AwaitableKind::Wrapped(x) => Some(x.clone()),
        _ => None,
    }
}

fn coro_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a GeneratorData> {
    v.as_gen_any().ok_or_else(|| vm.type_error("expected a coroutine"))
}

fn result_or_stop(vm: &Vm, r: SendResult) -> PyResult<Value> {
    match r {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(vm.stop_iteration(if vm.is_none(&v) { None } else { Some(v) })),
    }
}

// ---- coroutine ----

fn coro_send(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let g = coro_of(vm, &args[0])?;
    let v = args.get(1).cloned().unwrap_or_else(|| vm.none());
    let r = resume(vm, &args[0], g, v, None)?;
    result_or_stop(vm, r)
}

fn coro_await(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_awaitable(vm, AwaitableKind::CoroWrapper(args[0].clone())))
}

fn cr_await(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.as_gen_any().and_then(yield_from_target).unwrap_or_else(|| vm.none()))
}

fn cr_running(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.bool_value(v.as_gen_any().is_some_and(|g| g.state.get() == GenState::Running)))
}

fn cr_suspended(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.bool_value(v.as_gen_any().is_some_and(|g| g.state.get() == GenState::Suspended)))
}

fn cr_code(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.as_gen_any().map(|g| g.code.clone()).unwrap_or_else(|| vm.none()))
}

fn cr_frame(vm: &Vm, v: &Value) -> PyResult<Value> {
    let g = coro_of(vm, v)?;
    if g.state.get() == GenState::Completed {
        return Ok(vm.none());
    }
    Ok(crate::frame::object::get_frame_object(g.frame()))
}

fn cr_origin(vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.none())
}

fn ag_running(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.bool_value(v.as_gen_any().is_some_and(|g| g.running_async.get())))
}

// ---- coroutine_wrapper (coroutine.__await__()) ----

fn wrapper_coro(v: &Value) -> Option<Value> {
    match &v.downcast::<AwaitableData>()?.kind {
        AwaitableKind::CoroWrapper(c) => Some(c.clone()),
        _ => None,
    }
}

fn wrapper_next(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let c = wrapper_coro(&args[0]).ok_or_else(|| vm.type_error("expected a coroutine_wrapper"))?;
    let g = coro_of(vm, &c)?;
    let r = resume(vm, &c, g, vm.none(), None)?;
    result_or_stop(vm, r)
}

fn wrapper_send(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let c = wrapper_coro(&args[0]).ok_or_else(|| vm.type_error("expected a coroutine_wrapper"))?;
    let g = coro_of(vm, &c)?;
    let v = args.get(1).cloned().unwrap_or_else(|| vm.none());
    let r = resume(vm, &c, g, v, None)?;
    result_or_stop(vm, r)
}

fn wrapper_throw(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let c = wrapper_coro(&args[0]).ok_or_else(|| vm.type_error("expected a coroutine_wrapper"))?;
    let mut a = args.to_vec();
    a[0] = c;
    crate::types::genmethods::gen_throw(vm, &a, kw)
}

fn wrapper_close(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let c = wrapper_coro(&args[0]).ok_or_else(|| vm.type_error("expected a coroutine_wrapper"))?;
    gen_close_value(vm, &c)?;
    Ok(vm.none())
}

fn self_iter(_vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(args[0].clone())
}

// ---- async generators ----

fn agen_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a GeneratorData> {
    v.as_gen_any()
        .filter(|g| g.kind == GenKind::AsyncGenerator)
        .ok_or_else(|| vm.type_error("expected an async generator"))
}

fn agen_anext(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    agen_of(vm, &args[0])?;
    Ok(new_awaitable(vm, AwaitableKind::ASend { agen: args[0].clone(), value: UnsafeCell::new(None) }))
}

fn agen_asend(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    agen_of(vm, &args[0])?;
    let v = args.get(1).cloned().ok_or_else(|| vm.type_error("async_generator.asend() takes exactly one argument (0 given)"))?;
    Ok(new_awaitable(vm, AwaitableKind::ASend { agen: args[0].clone(), value: UnsafeCell::new(Some(v)) }))
}

fn agen_athrow(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    agen_of(vm, &args[0])?;
    let exc = crate::types::genmethods::throw_args_to_exception(vm, &args[1..])?;
    Ok(new_awaitable(vm, AwaitableKind::AThrow { agen: args[0].clone(), exc: Some(exc) }))
}

fn agen_aclose(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    agen_of(vm, &args[0])?;
    Ok(new_awaitable(vm, AwaitableKind::AThrow { agen: args[0].clone(), exc: None }))
}

/// What a step of an async generator means to the `asend`/`athrow` awaitable driving it
/// (`async_gen_unwrap_value`): a wrapped value is the `yield` (finishing the awaitable with
/// StopIteration(value)); anything else is passed through from an `await`.
fn unwrap_step(vm: &Vm, g: &GeneratorData, r: PyResult<SendResult>) -> PyResult<Value> {
    match r {
        Ok(SendResult::Yielded(v)) => match unwrapped(&v) {
            Some(x) => {
                g.running_async.set(false);
                Err(vm.stop_iteration(Some(x)))
            }
            None => Ok(v),
        },
        Ok(SendResult::Returned(_)) => {
            g.running_async.set(false);
            g.ag_closed.set(true);
            Err(PyErr(vm.new_exception(&vm.types.exc.stop_async_iteration, vec![])))
        }
        Err(e) => {
            if e.0.isinstance(&vm.types.exc.stop_async_iteration) || e.0.isinstance(&vm.types.exc.generator_exit) {
                g.ag_closed.set(true);
            }
            g.running_async.set(false);
            Err(e)
        }
    }
}

fn throw_into(vm: &Vm, agen: &Value, exc: Value) -> PyResult<SendResult> {
    match gen_throw_value(vm, agen, exc) {
        Ok(v) => Ok(SendResult::Yielded(v)),
        Err(e) if e.0.isinstance(&vm.types.exc.stop_iteration) && agen.as_gen_any().is_some_and(|g| g.state.get() == GenState::Completed) => {
            Ok(SendResult::Returned(crate::types::excmethods::stop_iteration_value(vm, &e.0)))
        }
        Err(e) => Err(e),
    }
}

fn awaitable_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a AwaitableData> {
    v.downcast::<AwaitableData>().ok_or_else(|| vm.type_error("expected an awaitable"))
}

/// `asend.send(v)` / `athrow.send(v)` / `__next__`.
fn awaitable_send_value(vm: &Vm, me: &Value, arg: Value) -> PyResult<Value> {
    let d = awaitable_of(vm, me)?;
    match &d.kind {
        AwaitableKind::ASend { agen, value } => {
            let g = agen_of(vm, agen)?;
            if d.state.get() == AwaitState::Closed {
                return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
            }
            let mut arg = arg;
            if d.state.get() == AwaitState::Init {
                if g.running_async.get() {
                    d.state.set(AwaitState::Closed);
                    return Err(vm.runtime_error("anext(): asynchronous generator is already running"));
                }
                if vm.is_none(&arg) {
                    // SAFETY: short read.
                    if let Some(v) = unsafe { &*value.get() } {
                        arg = v.clone();
                    }
                }
                d.state.set(AwaitState::Iter);
            }
            g.running_async.set(true);
            let r = unwrap_step(vm, g, resume(vm, agen, g, arg, None));
            if r.is_err() {
                d.state.set(AwaitState::Closed);
            }
            r
        }
        AwaitableKind::AThrow { agen, exc } => {
            let g = agen_of(vm, agen)?;
            let what = if exc.is_some() { "athrow" } else { "aclose" };
            if d.state.get() == AwaitState::Closed {
                return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
            }
            if g.state.get() == GenState::Completed {
                d.state.set(AwaitState::Closed);
                return Err(vm.stop_iteration(None));
            }
            let step = if d.state.get() == AwaitState::Init {
                if g.running_async.get() {
                    d.state.set(AwaitState::Closed);
                    return Err(vm.runtime_error(&format!("{what}(): asynchronous generator is already running")));
                }
                if g.ag_closed.get() {
                    d.state.set(AwaitState::Closed);
                    return Err(PyErr(vm.new_exception(&vm.types.exc.stop_async_iteration, vec![])));
                }
                if !vm.is_none(&arg) {
                    return Err(vm.runtime_error("can't send non-None value to a just-started coroutine"));
                }
                d.state.set(AwaitState::Iter);
                g.running_async.set(true);
                match exc {
                    None => {
                        g.ag_closed.set(true);
                        let e = vm.new_exception(&vm.types.exc.generator_exit, vec![]);
                        throw_into(vm, agen, e)
                    }
                    Some(e) => throw_into(vm, agen, e.clone()),
                }
            } else {
                resume(vm, agen, g, arg, None)
            };
            athrow_result(vm, d, g, exc.is_none(), step)
        }
        AwaitableKind::ANextDefault { awaitable, default } => anext_default_step(vm, awaitable, default, arg, None),
        _ => Err(vm.type_error("object is not an awaitable")),
    }
}

/// The outcome of one step of `athrow()`/`aclose()`.
fn athrow_result(vm: &Vm, d: &AwaitableData, g: &GeneratorData, is_close: bool, step: PyResult<SendResult>) -> PyResult<Value> {
    if is_close {
        match step {
            Ok(SendResult::Yielded(v)) => {
                if unwrapped(&v).is_some() {
                    g.running_async.set(false);
                    d.state.set(AwaitState::Closed);
                    return Err(vm.runtime_error("async generator ignored GeneratorExit"));
                }
                Ok(v)
            }
            Ok(SendResult::Returned(_)) => {
                g.running_async.set(false);
                d.state.set(AwaitState::Closed);
                Err(vm.stop_iteration(None))
            }
            Err(e) => {
                g.running_async.set(false);
                d.state.set(AwaitState::Closed);
                if e.0.isinstance(&vm.types.exc.stop_async_iteration) || e.0.isinstance(&vm.types.exc.generator_exit) {
                    return Err(vm.stop_iteration(None));
                }
                Err(e)
            }
        }
    } else {
        let r = unwrap_step(vm, g, step);
        if r.is_err() {
            d.state.set(AwaitState::Closed);
        }
        r
    }
}

fn awaitable_next(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    awaitable_send_value(vm, &args[0], vm.none())
}

fn awaitable_send(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let v = args.get(1).cloned().unwrap_or_else(|| vm.none());
    awaitable_send_value(vm, &args[0], v)
}

fn awaitable_throw(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = awaitable_of(vm, &args[0])?;
    let exc = crate::types::genmethods::throw_args_to_exception(vm, &args[1..])?;
    match &d.kind {
        AwaitableKind::ASend { agen, .. } => {
            let g = agen_of(vm, agen)?;
            if d.state.get() == AwaitState::Closed {
                return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
            }
            let r = unwrap_step(vm, g, throw_into(vm, agen, exc));
            if r.is_err() {
                d.state.set(AwaitState::Closed);
            }
            r
        }
        AwaitableKind::AThrow { agen, exc: own } => {
            let g = agen_of(vm, agen)?;
            if d.state.get() == AwaitState::Closed {
                return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
            }
            let step = throw_into(vm, agen, exc);
            athrow_result(vm, d, g, own.is_none(), step)
        }
        AwaitableKind::ANextDefault { awaitable, default } => anext_default_step(vm, awaitable, default, vm.none(), Some(exc)),
        _ => Err(vm.type_error("object is not an awaitable")),
    }
}

fn awaitable_close(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    awaitable_of(vm, &args[0])?.state.set(AwaitState::Closed);
    Ok(vm.none())
}

/// `aiter(obj)`.
pub fn builtin_aiter(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if kw.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error("aiter() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(vm.type_error(&format!("aiter() takes exactly one argument ({} given)", args.len())));
    }
    let ty = args[0].ty();
    let Some(f) = ty.lookup(&vm.names.__aiter__) else {
        return Err(vm.type_error(&format!("'{}' object is not an async iterable", ty.name())));
    };
    let it = vm.call(&f, &[args[0].clone()])?;
    if it.ty().lookup(&vm.names.__anext__).is_none() {
        return Err(vm.type_error(&format!("aiter() returned not an async iterator of type '{}'", it.ty().name())));
    }
    Ok(it)
}

/// `anext(aiterator[, default])`.
pub fn builtin_anext(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if kw.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error("anext() takes no keyword arguments"));
    }
    if args.is_empty() {
        return Err(vm.type_error("anext expected at least 1 argument, got 0"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(&format!("anext expected at most 2 arguments, got {}", args.len())));
    }
    let ty = args[0].ty();
    let Some(f) = ty.lookup(&vm.names.__anext__) else {
        return Err(vm.type_error(&format!("'{}' object is not an async iterator", ty.name())));
    };
    let awaitable = vm.call(&f, &[args[0].clone()])?;
    match args.get(1) {
        None => Ok(awaitable),
        Some(d) => {
            let it = crate::eval::ops_public::get_awaitable(vm, &awaitable)?;
            Ok(new_awaitable(vm, AwaitableKind::ANextDefault { awaitable: it, default: d.clone() }))
        }
    }
}

/// One step of `anext(it, default)`'s awaitable: `send` (or `throw` with `exc`) on the
/// wrapped awaitable, StopAsyncIteration becoming the default.
fn anext_default_step(vm: &Vm, awaitable: &Value, default: &Value, arg: Value, exc: Option<Value>) -> PyResult<Value> {
    let r = match exc {
        Some(e) => match vm.get_attr_opt(awaitable, &vm.names.throw)? {
            Some(t) => vm.call(&t, &[e]),
            None => Err(PyErr(e)),
        },
        None => match crate::types::genmethods::send_to(vm, awaitable, arg) {
            Ok(SendResult::Yielded(v)) => Ok(v),
            Ok(SendResult::Returned(v)) => Err(vm.stop_iteration(Some(v))),
            Err(e) => Err(e),
        },
    };
    match r {
        Err(e) if e.0.isinstance(&vm.types.exc.stop_async_iteration) => Err(vm.stop_iteration(Some(default.clone()))),
        other => other,
    }
}

/// Called when a coroutine object is freed: one that never ran says so (CPython's
/// "coroutine '...' was never awaited" RuntimeWarning).
pub fn warn_never_awaited(vm: &Vm, g: &GeneratorData) {
    if g.kind == GenKind::Coroutine && g.state.get() == GenState::Created {
        // SAFETY: short read.
        let q = unsafe { (*g.qualname.get()).clone() };
        let msg = format!("coroutine '{}' was never awaited", q.as_rust_str().unwrap_or("?"));
        vm.warn_with_source("RuntimeWarning", &msg);
    }
}

pub fn init(vm: &Vm) {
    let t = &vm.types;
    let c = &t.coroutine;
    add_method(vm, c, "send", coro_send, MethodKind::Instance);
    add_method(vm, c, "throw", crate::types::genmethods::gen_throw, MethodKind::Instance);
    add_method(vm, c, "close", crate::types::genmethods::gen_close, MethodKind::Instance);
    add_method(vm, c, "__await__", coro_await, MethodKind::Instance);
    add_getset(vm, c, "cr_await", cr_await, None);
    add_getset(vm, c, "cr_running", cr_running, None);
    add_getset(vm, c, "cr_suspended", cr_suspended, None);
    add_getset(vm, c, "cr_code", cr_code, None);
    add_getset(vm, c, "cr_frame", cr_frame, None);
    add_getset(vm, c, "cr_origin", cr_origin, None);
    crate::types::genmethods::add_name_getsets(vm, c);

    let a = &t.async_generator;
    add_method(vm, a, "__aiter__", self_iter, MethodKind::Instance);
    add_method(vm, a, "__anext__", agen_anext, MethodKind::Instance);
    add_method(vm, a, "asend", agen_asend, MethodKind::Instance);
    add_method(vm, a, "athrow", agen_athrow, MethodKind::Instance);
    add_method(vm, a, "aclose", agen_aclose, MethodKind::Instance);
    add_getset(vm, a, "ag_await", cr_await, None);
    add_getset(vm, a, "ag_running", ag_running, None);
    add_getset(vm, a, "ag_suspended", cr_suspended, None);
    add_getset(vm, a, "ag_code", cr_code, None);
    add_getset(vm, a, "ag_frame", cr_frame, None);
    crate::types::genmethods::add_name_getsets(vm, a);

    let w = &t.coroutine_wrapper;
    add_method(vm, w, "__iter__", self_iter, MethodKind::Instance);
    add_method(vm, w, "__next__", wrapper_next, MethodKind::Instance);
    add_method(vm, w, "send", wrapper_send, MethodKind::Instance);
    add_method(vm, w, "throw", wrapper_throw, MethodKind::Instance);
    add_method(vm, w, "close", wrapper_close, MethodKind::Instance);

    for ty in [&t.async_generator_asend, &t.async_generator_athrow, &t.anext_awaitable] {
        add_method(vm, ty, "__await__", self_iter, MethodKind::Instance);
        add_method(vm, ty, "__iter__", self_iter, MethodKind::Instance);
        add_method(vm, ty, "__next__", awaitable_next, MethodKind::Instance);
        add_method(vm, ty, "send", awaitable_send, MethodKind::Instance);
        add_method(vm, ty, "throw", awaitable_throw, MethodKind::Instance);
        add_method(vm, ty, "close", awaitable_close, MethodKind::Instance);
    }
    for ty in [c, a] {
        let td = ty.as_type().expect("type");
        td.flags.set(td.flags.get() | crate::types::typeobj::tflags::HAS_DEL);
    }
}
