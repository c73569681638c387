//! Generator methods: `send`, `throw`, `close`, `__next__`, and the `gi_*` attributes. A
//! resumed generator's frame is linked on top of the resumer's frame, so tracebacks and
//! `f_back` show the caller.

use crate::eval::{run_frame, FrameExit};
use crate::object::Value;
use crate::types::descr::{add_getset, add_method, MethodKind};
use crate::types::generator::{GenKind, GenState, GeneratorData};
use crate::vm::{PyErr, PyResult, Vm};

/// Outcome of resuming a generator.
pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

/// Resumes `gen` with `value` sent in, or with `throw` raised at its current point.
pub fn resume(vm: &Vm, genv: &Value, g: &GeneratorData, value: Value, throw: Option<PyErr>) -> PyResult<SendResult> {
    let noun = g.kind.noun();
    match g.state.get() {
        GenState::Running => return Err(vm.value_error(&format!("{noun} already executing"))),
        GenState::Completed => {
            return match throw {
                Some(e) => Err(e),
                None => match g.kind {
                    GenKind::Coroutine => Err(vm.runtime_error("cannot reuse already awaited coroutine")),
                    GenKind::AsyncGenerator => Ok(SendResult::Returned(vm.none())),
                    GenKind::Generator => Err(vm.stop_iteration(None)),
                },
            };
        }
        GenState::Created => {
            if throw.is_none() && !vm.is_none(&value) {
                let what = if g.kind == GenKind::Generator { "generator" } else { "coroutine" };
                return Err(vm.type_error(&format!("can't send non-None value to a just-started {what}")));
            }
        }
        GenState::Suspended => {}
    }
    let f = g.frame();
    {
        // The sent value (None when throwing) is pushed, as CPython's `gen_send_ex2` does.
        // SAFETY: the suspended frame's stack has room for it (the yielded value's slot).
        unsafe {
            let sp = (*f).stacktop as usize;
            crate::frame::Frame::localsplus(f).add(sp).write(Some(value));
            (*f).stacktop += 1;
        }
    }
    g.state.set(GenState::Running);
    vm.push_exc_state(g.swap_exc_state(None));
    let _keep = genv.clone();
    let r = run_frame(vm, f, throw);
    let gen_exc = vm.pop_exc_state();
    match r {
        Ok(FrameExit::Yield(v)) => {
            g.swap_exc_state(gen_exc);
            g.state.set(GenState::Suspended);
            Ok(SendResult::Yielded(v))
        }
        Ok(FrameExit::Return(v)) => {
            g.finish();
            Ok(SendResult::Returned(v))
        }
        Err(e) => {
            g.finish();
            Err(escaped_error(vm, g, e))
        }
    }
}

/// The exception a generator's caller sees when `e` escaped the generator's frame: a
/// `StopIteration` (or an async generator's `StopAsyncIteration`) becomes a RuntimeError
/// (PEP 479).
pub fn escaped_error(vm: &Vm, g: &GeneratorData, e: PyErr) -> PyErr {
    let escaped = if e.0.isinstance(&vm.types.exc.stop_iteration) {
        Some("StopIteration")
    } else if g.kind == GenKind::AsyncGenerator && e.0.isinstance(&vm.types.exc.stop_async_iteration) {
        Some("StopAsyncIteration")
    } else {
        None
    };
    if let Some(what) = escaped {
        let err = vm.runtime_error(&format!("{} raised {what}", g.kind.noun()));
        if let Some(ed) = err.0.as_exception() {
            drop(ed.set_cause(Some(e.0.clone())));
            drop(ed.set_context(Some(e.0)));
            ed.suppress_context.set(true);
        }
        return err;
    }
    e
}

/// `SEND`: `receiver.send(v)` (or `next(receiver)` when `v` is None).
pub fn send_to(vm: &Vm, receiver: &Value, v: Value) -> PyResult<SendResult> {
    if let Some(g) = receiver.as_gen_any() {
        return resume(vm, receiver, g, v, None);
    }
    let next = if vm.is_none(&v) { receiver.ty().lookup(&vm.names.__next__) } else { None };
    let r = if let Some(next) = next {
        // Call `__next__` itself: the StopIteration it raises carries the return value.
        vm.call(&next, &[receiver.clone()])
    } else if vm.is_none(&v) {
        match vm.iter_next(receiver)? {
            Some(x) => Ok(x),
            None => Err(vm.stop_iteration(None)),
        }
    } else {
        let send = vm.get_attr(receiver, &vm.names.send)?;
        vm.call(&send, &[v])
    };
    match r {
        Ok(x) => Ok(SendResult::Yielded(x)),
        Err(e) if e.0.isinstance(&vm.types.exc.stop_iteration) => {
            Ok(SendResult::Returned(crate::types::excmethods::stop_iteration_value(vm, &e.0)))
        }
        Err(e) => Err(e),
    }
}

/// `next(gen)`: None when exhausted.
pub fn gen_next(vm: &Vm, genv: &Value) -> PyResult<Option<Value>> {
    let g = genv.as_gen_any().expect("generator");
    if g.state.get() == GenState::Completed {
        return Ok(None);
    }
    match resume(vm, genv, g, vm.none(), None)? {
        SendResult::Yielded(v) => Ok(Some(v)),
        SendResult::Returned(v) => {
            if vm.is_none(&v) {
                Ok(None)
            } else {
                Err(vm.stop_iteration(Some(v)))
            }
        }
    }
}

fn returned_to_err(vm: &Vm, r: SendResult) -> PyResult<Value> {
    match r {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(vm.stop_iteration(if vm.is_none(&v) { None } else { Some(v) })),
    }
}

fn gen_send(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let g = args[0].as_gen_any().ok_or_else(|| vm.type_error("send() needs a generator"))?;
    let v = args.get(1).cloned().ok_or_else(|| vm.type_error("generator.send() takes exactly one argument (0 given)"))?;
    let r = resume(vm, &args[0], g, v, None)?;
    returned_to_err(vm, r)
}

fn gen_next_method(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    match gen_next(vm, &args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

fn gen_iter(_vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(args[0].clone())
}

/// The object a suspended generator is delegating to (`yield from`), if any.
pub fn yield_from_target(g: &GeneratorData) -> Option<Value> {
    if g.state.get() != GenState::Suspended {
        return None;
    }
    let f = g.frame();
    // SAFETY: a suspended generator's frame is initialised; we read its code and stack.
    unsafe {
        let code = (*f).code_data();
        let next = (*f).prev_instr as usize + 1;
        let [op, arg] = *code.units.get(next)?;
        if op != pyrite_bytecode::Opcode::RESUME as u8 || arg < 2 {
            return None;
        }
        let sp = (*f).stacktop as usize;
        if sp == 0 {
            return None;
        }
        (*crate::frame::Frame::localsplus(f).add(sp - 1)).clone()
    }
}

/// `gen.throw(exc)`.
pub fn gen_throw_value(vm: &Vm, genv: &Value, exc: Value) -> PyResult<Value> {
    let g = genv.as_gen_any().expect("generator");
    if let Some(yf) = yield_from_target(g) {
        // Delegate to the sub-iterator first.
        let is_exit = exc.isinstance(&vm.types.exc.generator_exit);
        let delegated: PyResult<Value> = if is_exit {
            close_subiterator(vm, &yf).map(|_| vm.none()).and(Err(crate::vm::PyErr(exc.clone())))
        } else if let Some(sub) = yf.as_gen_any() {
            let _ = sub;
            gen_throw_value(vm, &yf, exc.clone())
        } else {
            match vm.get_attr_opt(&yf, &vm.names.throw)? {
                Some(t) => vm.call(&t, &[exc.clone()]),
                None => Err(crate::vm::PyErr(exc.clone())),
            }
        };
        match delegated {
            Ok(v) => return Ok(v),
            Err(e) => {
                // Resume our frame with the error at the yield (the exception table sends
                // it to CLEANUP_THROW). Drop the receiver's sent slot first.
                let f = g.frame();
                // SAFETY: the suspended frame's top of stack is the receiver; CLEANUP_THROW
                // expects [receiver, last_sent] below the exception, and the handler's depth
                // accounts for them.
                let _ = f;
                let r = resume(vm, genv, g, vm.none(), Some(e))?;
                return returned_to_err(vm, r);
            }
        }
    }
    let r = resume(vm, genv, g, vm.none(), Some(crate::vm::PyErr(exc)))?;
    returned_to_err(vm, r)
}

fn close_subiterator(vm: &Vm, yf: &Value) -> PyResult<()> {
    if yf.as_gen_any().is_some() {
        return gen_close_value(vm, yf);
    }
    if let Some(c) = vm.get_attr_opt(yf, &vm.names.close)? {
        vm.call(&c, &[])?;
    }
    Ok(())
}

/// The exception `throw(type[, value[, traceback]])` raises.
pub fn throw_args_to_exception(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    let typ = args.first().cloned().ok_or_else(|| vm.type_error("throw expected at least 1 argument, got 0"))?;
    let exc = if args.len() >= 2 && !vm.is_none(&args[1]) {
        if typ.as_type().is_some() {
            let a = &args[1];
            if a.isinstance(&typ) { a.clone() } else { vm.call(&typ, &[a.clone()])? }
        } else {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
    } else {
        vm.exception_instance(&typ)?
    };
    if args.len() >= 3 && !vm.is_none(&args[2]) {
        if let Some(e) = exc.as_exception() {
            drop(e.set_traceback(Some(args[2].clone())));
        }
    }
    Ok(exc)
}

pub fn gen_throw(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let exc = throw_args_to_exception(vm, &args[1..])?;
    gen_throw_value(vm, &args[0], exc)
}

/// `gen.close()`.
pub fn gen_close_value(vm: &Vm, genv: &Value) -> PyResult<()> {
    let g = genv.as_gen_any().expect("generator");
    match g.state.get() {
        GenState::Created => {
            g.finish();
            return Ok(());
        }
        GenState::Completed => return Ok(()),
        _ => {}
    }
    let exc = vm.new_exception(&vm.types.exc.generator_exit, vec![]);
    match gen_throw_value(vm, genv, exc) {
        Ok(_) => Err(vm.runtime_error(&format!("{} ignored GeneratorExit", g.kind.noun()))),
        Err(e) => {
            if e.0.isinstance(&vm.types.exc.generator_exit) || e.0.isinstance(&vm.types.exc.stop_iteration) {
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

pub fn gen_close(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    gen_close_value(vm, &args[0])?;
    Ok(vm.none())
}

fn gi_running(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.bool_value(v.as_gen_any().expect("gen").state.get() == GenState::Running))
}
fn gi_suspended(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.bool_value(v.as_gen_any().expect("gen").state.get() == GenState::Suspended))
}
fn gi_code(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.as_gen_any().expect("gen").code.clone())
}
fn gi_frame(vm: &Vm, v: &Value) -> PyResult<Value> {
    let g = v.as_gen_any().expect("gen");
    if g.state.get() == GenState::Completed {
        return Ok(vm.none());
    }
    Ok(crate::frame::object::get_frame_object(g.frame()))
}
fn gi_yieldfrom(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(yield_from_target(v.as_gen_any().expect("gen")).unwrap_or_else(|| vm.none()))
}
fn gen_name(_vm: &Vm, v: &Value) -> PyResult<Value> {
    // SAFETY: short read.
    Ok(unsafe { (*v.as_gen_any().expect("gen").name.get()).clone() })
}
fn gen_qualname(_vm: &Vm, v: &Value) -> PyResult<Value> {
    // SAFETY: short read.
    Ok(unsafe { (*v.as_gen_any().expect("gen").qualname.get()).clone() })
}

pub fn init(vm: &Vm) {
    let t = &vm.types.generator;
    add_method(vm, t, "send", gen_send, MethodKind::Instance);
    add_method(vm, t, "throw", gen_throw, MethodKind::Instance);
    add_method(vm, t, "close", gen_close, MethodKind::Instance);
    add_method(vm, t, "__next__", gen_next_method, MethodKind::Instance);
    add_method(vm, t, "__iter__", gen_iter, MethodKind::Instance);
    add_getset(vm, t, "gi_running", gi_running, None);
    add_getset(vm, t, "gi_suspended", gi_suspended, None);
    add_getset(vm, t, "gi_code", gi_code, None);
    add_getset(vm, t, "gi_frame", gi_frame, None);
    add_getset(vm, t, "gi_yieldfrom", gi_yieldfrom, None);
    add_name_getsets(vm, t);
    let td = t.as_type().expect("type");
    td.flags.set(td.flags.get() | crate::types::typeobj::tflags::HAS_DEL);
}

/// `__name__` and `__qualname__` of generators, coroutines and async generators.
pub fn add_name_getsets(vm: &Vm, t: &Value) {
    add_getset(vm, t, "__name__", gen_name, Some(|vm, v, n| set_gen_name(vm, v, n, false)));
    add_getset(vm, t, "__qualname__", gen_qualname, Some(|vm, v, n| set_gen_name(vm, v, n, true)));
}

fn set_gen_name(vm: &Vm, v: &Value, n: Option<Value>, qual: bool) -> PyResult<()> {
    let what = if qual { "__qualname__" } else { "__name__" };
    let n = match n {
        Some(n) if n.as_str_data().is_some() => n,
        _ => return Err(vm.type_error(&format!("{what} must be set to a string object"))),
    };
    let g = v.as_gen_any().expect("gen");
    let cell = if qual { &g.qualname } else { &g.name };
    // SAFETY: short write; the old name drops after.
    let old = unsafe { std::mem::replace(&mut *cell.get(), n) };
    drop(old);
    Ok(())
}
