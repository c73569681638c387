//! Tracing (`sys.settrace`): the `call`, `line`, `return` and `exception` events, reported by
//! the traced variant of the eval loop only, so a program that never traces pays nothing.
//!
//! Line events follow CPython 3.12's instrumentation: an instruction reports a line when it
//! starts a line (its line differs from the previous instruction's in code order, or it is a
//! jump target) and the line differs from that of the instruction executed before it (or
//! that one was `RESUME`).

use crate::frame::object::{get_frame_object, FrameObjectData};
use crate::frame::Frame;
use crate::object::Value;
use crate::types::code::CodeData;
use crate::types::str::new_str;
use crate::vm::{PyResult, Vm};
use pyrite_bytecode::Opcode;

/// Per-instruction line information: the line (or -1) and whether a line event may start there.
pub fn line_info(code: &CodeData) -> &[(i32, bool)] {
    code.line_info.get_or_init(|| {
        let n = code.units.len();
        let mut lines = vec![-1i32; n];
        for e in pyrite_bytecode::linetable::positions(&code.source) {
            let l = e.line.map(|l| l as i32).unwrap_or(-1);
            for i in (e.start / 2) as usize..((e.end / 2) as usize).min(n) {
                lines[i] = l;
            }
        }
        let mut info: Vec<(i32, bool)> = lines.iter().map(|&l| (l, false)).collect();
        // Line starts in code order, from the first traceable instruction (the first RESUME).
        // RESUME, END_FOR, END_SEND and END_ASYNC_FOR never start a line and do not count as
        // the previous line (CPython's `initialize_lines`).
        let first = code.units.iter().position(|u| u[0] == Opcode::RESUME as u8).unwrap_or(0);
        let mut prev_line = -1;
        let mut i = first;
        while i < n {
            let op = code.units[i][0];
            let skip = [Opcode::RESUME, Opcode::END_FOR, Opcode::END_SEND, Opcode::END_ASYNC_FOR].iter().any(|o| *o as u8 == op);
            if !skip {
                if lines[i] != -1 && lines[i] != prev_line {
                    info[i].1 = true;
                }
                prev_line = lines[i];
            }
            let caches = Opcode::from_u8(op).map(|o| o.cache_entries()).unwrap_or(0);
            i += 1 + caches;
        }
        // Nothing before the first RESUME is traced (`_co_firsttraceable`).
        if let Some(first) = code.units.iter().position(|u| u[0] == Opcode::RESUME as u8) {
            for x in info.iter_mut().take(first) {
                x.1 = false;
            }
        }
        info.into_boxed_slice()
    })
}

fn event_name(vm: &Vm, what: &'static str) -> Value {
    // Tracing asks for an event name at every line: the names are interned once and kept
    // here (interned strings are immortal, so a plain pointer keeps them).
    thread_local! {
        static NAMES: [std::cell::Cell<Option<std::ptr::NonNull<crate::object::ObjHeader>>>; 8] =
            const { [const { std::cell::Cell::new(None) }; 8] };
    }
    let i = match what {
        "line" => 0,
        "call" => 1,
        "return" => 2,
        "exception" => 3,
        "opcode" => 4,
        "c_call" => 5,
        "c_return" => 6,
        "c_exception" => 7,
        _ => return vm.intern(what),
    };
    if let Some(p) = NAMES.with(|n| n[i].get()) {
        // SAFETY: an interned string, never freed.
        return unsafe { Value::from_borrowed(p) };
    }
    let v = vm.intern(what);
    NAMES.with(|n| n[i].set(v.heap_ptr()));
    v
}

/// Calls `func(frame, event, arg)` with tracing suspended; applies CPython's rule for the
/// result (a non-None result becomes the frame's local trace function). An exception turns
/// tracing off and propagates.
fn call_tracer(vm: &Vm, func: &Value, fo: &Value, event: &'static str, arg: Value) -> PyResult<()> {
    // A function frame's `f_locals` snapshot, if one was made, is refreshed first, so that
    // writing it back afterwards does not undo assignments made since (= the
    // `PyFrame_FastToLocals` before and `PyFrame_LocalsToFast` after a trace call).
    if let Some(d) = fo.downcast::<FrameObjectData>() {
        let f = d.frame();
        // SAFETY: a frame object's frame is live or owned by it.
        if !f.is_null() && unsafe { (*f).func.is_some() && (*f).locals.is_some() } {
            crate::types::funcmethods::frame_locals(vm, f)?;
        }
    }
    vm.in_tracer.set(true);
    let saved_event = vm.trace_event.replace(event);
    let r = vm.call(func, &[fo.clone(), event_name(vm, event), arg]);
    vm.trace_event.set(saved_event);
    if r.is_err() {
        // A jump the tracer asked for before raising is not taken.
        vm.jumped.set(std::ptr::null_mut());
    }
    vm.in_tracer.set(false);
    let data = fo.downcast::<FrameObjectData>().expect("frame object");
    // Changes the tracer made through `f_locals` reach the frame.
    let f = data.frame();
    if !f.is_null() {
        crate::types::funcmethods::frame_locals_to_fast(vm, f);
    }
    match r {
        Ok(res) => {
            if !vm.is_none(&res) {
                drop(data.set_trace(Some(res)));
            }
            Ok(())
        }
        Err(e) => {
            set_trace(vm, None);
            drop(data.set_trace(None));
            Err(e)
        }
    }
}

/// Installs (or removes) the global trace function.
pub fn set_trace(vm: &Vm, func: Option<Value>) {
    // SAFETY: short write; the old function drops after.
    let old = unsafe { std::mem::replace(&mut *vm.trace_func.get(), func) };
    drop(old);
    update_tracing(vm);
}

/// Installs (or removes) the profile function.
pub fn set_profile(vm: &Vm, func: Option<Value>) {
    // SAFETY: short write; the old function drops after.
    let old = unsafe { std::mem::replace(&mut *vm.profile_func.get(), func) };
    drop(old);
    update_tracing(vm);
}

/// Turns `--trace-frames` watching on.
pub fn set_watch(vm: &Vm, cfg: Option<crate::eval::watch::WatchConfig>) {
    *vm.watch.borrow_mut() = cfg;
    update_tracing(vm);
}

fn update_tracing(vm: &Vm) {
    // SAFETY: short reads.
    let on = unsafe { (*vm.trace_func.get()).is_some() || (*vm.profile_func.get()).is_some() } || vm.watch.borrow().is_some();
    vm.tracing.set(on);
}

fn profiler(vm: &Vm) -> Option<Value> {
    if vm.in_tracer.get() {
        return None;
    }
    // SAFETY: short read.
    unsafe { (*vm.profile_func.get()).clone() }
}

/// Calls the profile function; its result is ignored. An exception turns profiling off.
fn call_profiler(vm: &Vm, func: &Value, fo: Value, event: &'static str, arg: Value) -> PyResult<()> {
    vm.in_tracer.set(true);
    let r = vm.call(func, &[fo, event_name(vm, event), arg]);
    vm.in_tracer.set(false);
    match r {
        Ok(_) => Ok(()),
        Err(e) => {
            set_profile(vm, None);
            Err(e)
        }
    }
}

/// `c_call` before a native function runs; false when no profiler saw it (then no
/// `c_return` follows either).
pub fn c_call_event(vm: &Vm, frame: *mut Frame, func: &Value) -> PyResult<bool> {
    let Some(p) = profiler(vm) else { return Ok(false) };
    call_profiler(vm, &p, get_frame_object(frame), "c_call", func.clone())?;
    Ok(true)
}

/// `c_return` or `c_exception` after a native function ran.
pub fn c_return_event(vm: &Vm, frame: *mut Frame, func: &Value, ok: bool) -> PyResult<()> {
    let Some(p) = profiler(vm) else { return Ok(()) };
    call_profiler(vm, &p, get_frame_object(frame), if ok { "c_return" } else { "c_exception" }, func.clone())
}

/// Whether `callable` is a native function as the profiler sees them.
pub fn is_c_function(v: &Value) -> bool {
    v.downcast::<crate::types::function::BuiltinData>().is_some() || v.downcast::<crate::types::descr::MethodDescrData>().is_some()
}

/// `sys.setprofile(func)`.
pub fn sys_setprofile(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(&format!("sys.setprofile() takes exactly one argument ({} given)", args.len())));
    }
    let f = args[0].clone();
    set_profile(vm, if vm.is_none(&f) { None } else { Some(f) });
    Ok(vm.none())
}

/// `sys.getprofile()`.
pub fn sys_getprofile(vm: &Vm, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    // SAFETY: short read.
    Ok(unsafe { (*vm.profile_func.get()).clone() }.unwrap_or_else(|| vm.none()))
}

/// The `call` event of a frame starting or resuming: the trace function first, then the
/// profiler (their tool order in 3.12).
pub fn call_event(vm: &Vm, frame: *mut Frame) -> PyResult<()> {
    if vm.in_tracer.get() {
        return Ok(());
    }
    // SAFETY: short read of the global function.
    if let Some(func) = unsafe { (*vm.trace_func.get()).clone() } {
        let fo = get_frame_object(frame);
        call_tracer(vm, &func, &fo, "call", vm.none())?;
    }
    if let Some(p) = profiler(vm) {
        call_profiler(vm, &p, get_frame_object(frame), "call", vm.none())?;
    }
    Ok(())
}

/// The local trace function of `frame`, if any (and not inside a tracer).
fn local_tracer(vm: &Vm, frame: *mut Frame) -> Option<(Value, Value)> {
    // SAFETY: short read. Without a global tracer no trace events are reported at all
    // (3.12 turns the events off), whatever the frames' `f_trace`.
    if vm.in_tracer.get() || unsafe { (*vm.trace_func.get()).is_none() } {
        return None;
    }
    // SAFETY: `frame` is live.
    let fo = unsafe { (*frame).frame_obj.clone()? };
    let t = fo.downcast::<FrameObjectData>()?.trace()?;
    Some((t, fo))
}

/// The data of `frame`'s frame object, if it has one (borrowed: no reference counting).
#[inline(always)]
fn frame_data<'a>(frame: *mut Frame) -> Option<&'a FrameObjectData> {
    // SAFETY: `frame` is live; a short borrow of its frame object, which it keeps alive.
    unsafe { (*frame).frame_obj.as_ref() }.and_then(|fo| fo.downcast::<FrameObjectData>())
}

/// The `line` event, if instruction `i` starts a new line after instruction `last`
/// (= the LINE instrumentation event and `sys_trace_line_func`).
#[inline(always)]
pub fn line_event(vm: &Vm, frame: *mut Frame, i: usize, last: i32) -> PyResult<()> {
    // Inside a tracer nothing is reported; most instructions start no line. Both are checked
    // here, in the loop; the rest is out of line.
    if vm.in_tracer.get() {
        return Ok(());
    }
    // SAFETY: `frame` is live.
    let code = unsafe { (*frame).code_data() };
    let info = line_info(code);
    let Some(&(line, start)) = info.get(i) else { return Ok(()) };
    if line < 0 || !start {
        return Ok(());
    }
    line_started(vm, frame, info, line, last)
}

/// `line_event` at an instruction that starts line `line`.
#[inline(never)]
fn line_started(vm: &Vm, frame: *mut Frame, info: &[(i32, bool)], line: i32, last: i32) -> PyResult<()> {
    // SAFETY: `frame` is live.
    let code = unsafe { (*frame).code_data() };
    let Some((t, fo)) = local_tracer(vm, frame) else { return Ok(()) };
    if last >= 0 {
        let l = last as usize;
        let last_line = info.get(l).map(|x| x.0).unwrap_or(-1);
        let last_is_resume = code.units.get(l).is_some_and(|u| u[0] == Opcode::RESUME as u8);
        if last_line == line && !last_is_resume {
            return Ok(());
        }
    }
    let Some(d) = fo.downcast::<FrameObjectData>() else { return Ok(()) };
    if !d.trace_lines.get() || d.last_traced_line.get() == line {
        return Ok(());
    }
    trace_line(vm, &t, &fo, line)
}

/// The `opcode` event before each instruction of a frame with `f_trace_opcodes` set.
#[inline(always)]
pub fn opcode_event(vm: &Vm, frame: *mut Frame) -> PyResult<()> {
    // Cheap test first, in the loop (no reference counting): does the frame ask for opcode
    // events?
    let wanted = !vm.in_tracer.get() && frame_data(frame).is_some_and(|d| d.trace_opcodes.get());
    if !wanted {
        return Ok(());
    }
    report_opcode(vm, frame)
}

#[inline(never)]
fn report_opcode(vm: &Vm, frame: *mut Frame) -> PyResult<()> {
    let Some((t, fo)) = local_tracer(vm, frame) else { return Ok(()) };
    call_tracer(vm, &t, &fo, "opcode", vm.none())
}

/// Reports `line` (= `trace_line`): `f_lineno` reads `line` during the call.
fn trace_line(vm: &Vm, t: &Value, fo: &Value, line: i32) -> PyResult<()> {
    let Some(d) = fo.downcast::<FrameObjectData>() else { return Ok(()) };
    d.last_traced_line.set(line);
    d.lineno_override.set(line);
    let r = call_tracer(vm, t, fo, "line", vm.none());
    d.lineno_override.set(0);
    r
}

/// A jump from instruction `from` to `to` (= `sys_trace_jump_func`): a backward jump always
/// reports the target's line; a forward one only a line not reported last.
#[inline(always)]
pub fn jump_event(vm: &Vm, frame: *mut Frame, from: usize, to: usize) -> PyResult<()> {
    // What decides whether there is an event is read in place, in the loop (no reference
    // counting); the report is out of line.
    // SAFETY: a short read of the tracer cell.
    if vm.in_tracer.get() || unsafe { (*vm.trace_func.get()).is_none() } {
        return Ok(());
    }
    let Some(d) = frame_data(frame) else { return Ok(()) };
    if !d.trace_lines.get() {
        return Ok(());
    }
    // SAFETY: as above.
    let code = unsafe { (*frame).code_data() };
    let to_line = line_info(code).get(to).map(|x| x.0).unwrap_or(-1);
    if to_line < 0 || (to > from && d.last_traced_line.get() == to_line) {
        return Ok(());
    }
    report_jump(vm, frame, to, to_line)
}

/// `jump_event` with a line to report.
#[inline(never)]
fn report_jump(vm: &Vm, frame: *mut Frame, to: usize, to_line: i32) -> PyResult<()> {
    let Some((t, fo)) = local_tracer(vm, frame) else { return Ok(()) };
    // The event comes after the jump: the frame stands at the target (`f_lasti`, and where an
    // `f_lineno` jump starts from).
    // SAFETY: `frame` is live.
    unsafe { (*frame).prev_instr = to as i32 };
    trace_line(vm, &t, &fo, to_line)
}

/// The `return` event (value None when the frame exits by an exception).
pub fn return_event(vm: &Vm, frame: *mut Frame, value: Option<&Value>) -> PyResult<()> {
    if let Some((t, fo)) = local_tracer(vm, frame) {
        call_tracer(vm, &t, &fo, "return", value.cloned().unwrap_or_else(|| vm.none()))?;
    }
    if let Some(p) = profiler(vm) {
        call_profiler(vm, &p, get_frame_object(frame), "return", value.cloned().unwrap_or_else(|| vm.none()))?;
    }
    Ok(())
}

/// The `exception` event.
pub fn exception_event(vm: &Vm, frame: *mut Frame, exc: &Value) -> PyResult<()> {
    let Some((t, fo)) = local_tracer(vm, frame) else { return Ok(()) };
    let tb = exc.as_exception().and_then(|e| e.traceback()).unwrap_or_else(|| vm.none());
    let arg = crate::types::tuple::new_tuple(vec![exc.type_value(), exc.clone(), tb]);
    call_tracer(vm, &t, &fo, "exception", arg)
}

/// `sys.settrace(func)`.
pub fn sys_settrace(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(&format!("sys.settrace() takes exactly one argument ({} given)", args.len())));
    }
    let f = args[0].clone();
    set_trace(vm, if vm.is_none(&f) { None } else { Some(f) });
    Ok(vm.none())
}

/// `sys.gettrace()`.
pub fn sys_gettrace(vm: &Vm, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    // SAFETY: short read.
    Ok(unsafe { (*vm.trace_func.get()).clone() }.unwrap_or_else(|| vm.none()))
}

/// Helper for `frame.f_trace` getters.
pub fn f_trace_name() -> Value {
    new_str("f_trace")
}
