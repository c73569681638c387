//! The eval loop: one `match` over CPython 3.12's opcodes, running frames on the frame stack.
//!
//! A call of a Python function from `CALL` pushes a frame and continues in the same loop; its
//! `RETURN_VALUE` pops the frame and resumes the caller. Rust recursion happens only where
//! native code calls back into Python ([`run_frame`] from `Vm::call`), and each such entry marks
//! its first frame as the entry frame: returning or unwinding out of it returns to Rust.
//!
//! Exceptions use the code object's exception table (zero-cost `try`): on an error, a
//! traceback entry is added for the frame, the table gives the handler and the stack depth to
//! cut back to; without a handler, the frame is popped and the search continues in the caller.

pub mod attrcache;
mod call;
mod matching;
mod ops;
pub mod trace;
pub mod watch;
pub mod jump;

/// Instruction helpers that other modules reuse.
pub mod ops_public {
    pub use super::ops::{dict_update, list_extend, Unary};

    /// The iterator `await v` drives.
    pub fn get_awaitable(vm: &crate::vm::Vm, v: &crate::object::Value) -> crate::vm::PyResult<crate::object::Value> {
        super::ops::get_awaitable(vm, v, 0)
    }
}

pub use call::{bind_args, call_python_function};

use crate::frame::object::{detach_frame_object, get_frame_object};
use crate::frame::{Frame, Owner};
use crate::object::Value;
use crate::types::function::{CellData, FunctionData};
use crate::types::generator::GenState;
use crate::types::int::{as_int, new_int};
use crate::types::tuple::new_tuple;
use crate::vm::{PyErr, PyResult, Vm};
use pyrite_bytecode::Opcode;

/// How a frame run ended.
pub enum FrameExit {
    Return(Value),
    Yield(Value),
}

/// Runs `frame` (already initialised, not yet linked) until it returns, yields, or raises out.
/// `throw` starts the frame by raising that exception at its current instruction (generator
/// `throw()`).
pub fn run_frame(vm: &Vm, entry: *mut Frame, throw: Option<PyErr>) -> PyResult<FrameExit> {
    // SAFETY: `entry` is a live, initialised frame; we link it on top of the current one.
    unsafe {
        (*entry).previous = vm.current_frame.get();
        (*entry).is_entry = true;
    }
    vm.current_frame.set(entry);
    let depth = vm.py_depth.get();
    if depth >= vm.recursion_limit.get() {
        vm.py_depth.set(depth + 1);
        let r = Err(vm.new_error(&vm.types.exc.recursion_error, "maximum recursion depth exceeded"));
        vm.py_depth.set(depth);
        let _ = throw;
        // SAFETY: unlinking the frame we linked.
        unsafe { vm.current_frame.set((*entry).previous) };
        return r;
    }
    vm.py_depth.set(depth + 1);
    let r = vm.with_c_depth(|| {
        let mut start = entry;
        let mut throw = throw;
        loop {
            // The traced variant of the loop runs while a tracer is installed; each variant
            // hands over to the other when tracing is switched on or off (at RESUME, backward
            // jumps and after calls).
            // SAFETY: `start` is linked and live.
            let r = unsafe {
                if vm.tracing.get() {
                    eval_loop::<true>(vm, start, throw.take())
                } else {
                    eval_loop::<false>(vm, start, throw.take())
                }
            };
            match r? {
                LoopExit::Done(x) => return Ok(x),
                LoopExit::Switch(f) => start = f,
            }
        }
    });
    vm.py_depth.set(depth);
    r
}

/// `kw_const` when no `KW_NAMES` is pending.
const NO_KWNAMES: u32 = u32::MAX;

/// How one run of a loop variant ended.
enum LoopExit {
    Done(FrameExit),
    /// Tracing changed: continue `frame` in the other variant.
    Switch(*mut Frame),
}

/// Pops a finished (returned or unwound) frame: detaches or clears it and frees stack memory.
///
/// # Safety
/// `frame` is live and is the most recent frame.
unsafe fn pop_frame(vm: &Vm, frame: *mut Frame) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        vm.current_frame.set((*frame).previous);
        match (*frame).owner {
            Owner::Thread => {
                if (*frame).frame_obj.is_none() || !detach_frame_object(frame) {
                    Frame::clear(frame);
                }
                vm.frames.free(frame);
            }
            Owner::Generator | Owner::FrameObject => {
                (*frame).previous = std::ptr::null_mut();
            }
        }
    }
}

/// Where an error goes after `eval_loop` dispatch.
struct Unwind {
    err: PyErr,
    /// Whether to add a traceback entry for this frame (not for re-raises).
    add_tb: bool,
}

macro_rules! tri {
    ($e:expr, $label:lifetime) => {
        match $e {
            Ok(v) => v,
            Err(e) => break $label Unwind { err: e, add_tb: true },
        }
    };
}

/// The loop proper.
///
/// # Safety
/// `entry` is linked as the current frame and live.
#[allow(clippy::cognitive_complexity)]
unsafe fn eval_loop<const TRACED: bool>(vm: &Vm, start: *mut Frame, throw: Option<PyErr>) -> PyResult<LoopExit> {
    let mut frame = start;
    let mut pending: Option<Unwind> = throw.map(|e| Unwind { err: e, add_tb: true });
    // The constant index of the keyword names set by `KW_NAMES` for the next `CALL`.
    let mut kw_const: u32 = NO_KWNAMES;
    // SAFETY (whole function): `frame` is always a live linked frame; localsplus indexes come
    // from verified code (compiler output) and stay below the frame's size; the stack pointer
    // stays within [nlocalsplus, size).
    unsafe {
        'frame: loop {
            // The code being run, read from the frame where needed (not held in a register).
            macro_rules! code {
                () => {
                    (*frame).code.downcast_unchecked::<crate::types::code::CodeData>()
                };
            }
            // The instructions: the traced variant runs them as they are, the untraced one
            // runs the quickened copy (superinstructions formed).
            let units = if TRACED { code!().units.as_ptr() } else { code!().quick.as_ptr() as *const [u8; 2] };
            // Rewrites unit `$i` of the quickened copy (untraced runs only: `units` is then
            // `quick`, whose cells the loop may write).
            macro_rules! set_unit {
                ($i:expr, $u:expr) => {{
                    debug_assert!(!TRACED);
                    (*(units as *const std::cell::Cell<[u8; 2]>).add($i)).set($u);
                }};
            }
            // Slot 0 of localsplus, at a fixed offset from the frame: computed where used, so
            // it takes no register of its own.
            macro_rules! lp {
                () => {
                    Frame::localsplus(frame)
                };
            }
            let mut ip = ((*frame).prev_instr + 1) as usize;
            // The stack pointer: the first free slot above the value stack's top.
            let mut sp: *mut Option<Value> = lp!().add((*frame).stacktop as usize);

            macro_rules! push {
                ($v:expr) => {{
                    let v: Value = $v;
                    sp.write(Some(v));
                    sp = sp.add(1);
                }};
            }
            macro_rules! push_opt {
                ($v:expr) => {{
                    sp.write($v);
                    sp = sp.add(1);
                }};
            }
            // A method call's two slots: [method, self] for a method found on the type,
            // else [NULL, callable].
            macro_rules! push_method {
                ($m:expr, $s:expr) => {{
                    match $s {
                        Some(s) => {
                            push!($m);
                            push!(s);
                        }
                        None => {
                            push_opt!(None);
                            push!($m);
                        }
                    }
                }};
            }
            macro_rules! pop {
                () => {{
                    sp = sp.sub(1);
                    match sp.read() {
                        Some(v) => v,
                        None => vm.none(),
                    }
                }};
            }
            macro_rules! pop_opt {
                () => {{
                    sp = sp.sub(1);
                    sp.read()
                }};
            }
            macro_rules! peek {
                ($n:expr) => {{
                    match &*sp.sub($n) {
                        Some(v) => v,
                        None => &vm.types.none,
                    }
                }};
            }
            macro_rules! stack_slice {
                ($from:expr, $n:expr) => {{
                    // Option<Value> slots that are all Some have Value's representation.
                    std::slice::from_raw_parts(lp!().add($from) as *const Value, $n)
                }};
            }
            // A superinstruction's LOAD_FAST half: local `$idx`, the instruction `$back` units
            // before `ip` (where an unbound local is reported).
            macro_rules! super_load_fast {
                ($idx:expr, $back:expr, $l:lifetime) => {{
                    let idx: usize = $idx;
                    match &*lp!().add(idx) {
                        Some(v) => push!(v.clone()),
                        None => {
                            (*frame).prev_instr = ip as i32 - $back;
                            let name = code!().localsplus_names[idx].clone();
                            break $l Unwind { err: vm.unbound_local(&name), add_tb: true };
                        }
                    }
                }};
            }
            macro_rules! save {
                () => {{
                    (*frame).stacktop = sp.offset_from(lp!()) as u32;
                }};
            }
            // Calls into new frame `nf` (initialised, at call depth `depth` + 1): this frame's
            // stack and position are saved and the loop continues in `nf`.
            macro_rules! enter_frame {
                ($nf:expr, $depth:expr) => {{
                    let nf: *mut Frame = $nf;
                    save!();
                    (*frame).prev_instr = ip as i32 - 1;
                    vm.py_depth.set($depth + 1);
                    (*nf).previous = frame;
                    vm.current_frame.set(nf);
                    frame = nf;
                    continue 'frame;
                }};
            }

            // Index of the instruction being executed, kept by the traced variant for its
            // events (the untraced one reads `prev_instr`, which the dispatch keeps, rather
            // than tie up a register).
            let mut cur: usize = (*frame).prev_instr.max(0) as usize;
            // Where a `RERAISE` was: the handler search starts there, not at `prev_instr`,
            // which it moved to the original raise (CPython's `INSTR_OFFSET() - 1`).
            let mut reraised_at: i32 = -1;
            // The instruction executed before, for line events.
            let mut last_traced: i32 = (*frame).prev_instr;
            // The jump event of a traced jump; a tracer that set `f_lineno` moves us there.
            macro_rules! traced_jump {
                ($l:lifetime) => {{
                    if TRACED {
                        save!();
                        tri!(trace::jump_event(vm, frame, cur, ip), $l);
                        if vm.jumped.get() == frame {
                            vm.jumped.set(std::ptr::null_mut());
                            ip = (*frame).prev_instr as usize;
                            sp = lp!().add((*frame).stacktop as usize);
                            last_traced = ip as i32;
                        }
                    }
                }};
            }
            if TRACED && pending.is_some() && (*frame).owner == Owner::Generator && (*frame).prev_instr >= 0 {
                // A generator resumed by throw() reports `call` first (PY_THROW).
                if let Err(e) = trace::call_event(vm, frame) {
                    pending = Some(Unwind { err: e, add_tb: true });
                }
            }
            let unwind: Unwind = if let Some(u) = pending.take() { u } else { 'dispatch: loop {
                let [opb, argb] = *units.add(ip);
                if TRACED {
                    cur = ip;
                }
                (*frame).prev_instr = ip as i32;
                ip += 1;
                let mut oparg = argb as u32;
                let mut opb = opb;
                // The traced variant folds EXTENDED_ARG prefixes here, before the line event;
                // the untraced one in EXTENDED_ARG's arm, off the common path.
                while TRACED && opb == Opcode::EXTENDED_ARG as u8 {
                    (*frame).prev_instr = ip as i32;
                    let [o, a] = *units.add(ip);
                    ip += 1;
                    oparg = (oparg << 8) | a as u32;
                    opb = o;
                }
                // SAFETY: `new_code` verified that every instruction byte is a real opcode
                // (`Opcode` is `repr(u8)`), replacing any other byte by RESERVED.
                let mut op: Opcode = std::mem::transmute::<u8, Opcode>(opb);
                if TRACED {
                    if op != Opcode::RESUME {
                        save!();
                        tri!(trace::line_event(vm, frame, cur, last_traced), 'dispatch);
                        if vm.jumped.get() == frame {
                            // The tracer set f_lineno: continue at the new instruction,
                            // whose line counts as reported.
                            vm.jumped.set(std::ptr::null_mut());
                            ip = (*frame).prev_instr as usize;
                            sp = lp!().add((*frame).stacktop as usize);
                            last_traced = ip as i32;
                            continue;
                        }
                        tri!(trace::opcode_event(vm, frame), 'dispatch);
                    }
                    last_traced = cur as i32;
                }
                // A specialized `BINARY_OP` whose guard failed: back to the generic form, which
                // waits `ADAPTIVE_BACKOFF` runs before specializing again; this time the
                // operation takes the general protocol.
                macro_rules! deopt_binary_op {
                    ($l:lifetime) => {{
                        ops::deoptimize(units as *const std::cell::Cell<[u8; 2]>, ip - 1, Opcode::BINARY_OP);
                        ip += 1;
                        let b = pop!();
                        let a = pop!();
                        push!(tri!(vm.binary_op(&a, &b, oparg as u8), $l));
                    }};
                }
                // A specialized float `BINARY_OP`: `$f` of the two exact floats on top.
                macro_rules! binary_op_float {
                    ($f:expr, $l:lifetime) => {{
                        let (a, b) = (peek!(2), peek!(1));
                        if a.is_exact_heap(&vm.types.float) && b.is_exact_heap(&vm.types.float) {
                            ip += 1;
                            let f: fn(f64, f64) -> f64 = $f;
                            let r = f(a.downcast_unchecked::<crate::types::float::FloatData>().0, b.downcast_unchecked::<crate::types::float::FloatData>().0);
                            let b = pop!();
                            let a = pop!();
                            push!(ops::float_result(&a, &b, r, &vm.types.float));
                            continue $l;
                        }
                        deopt_binary_op!($l);
                    }};
                }
                'ext: loop {
                    match op {
                        Opcode::NOP | Opcode::CACHE => {}
                        Opcode::EXTENDED_ARG => {
                            // Prefixes of a large oparg: fold them and run the instruction they
                            // extend (prev_instr ends at its last unit, as the traced loop's).
                            loop {
                                let [o, a] = *units.add(ip);
                                (*frame).prev_instr = ip as i32;
                                ip += 1;
                                oparg = (oparg << 8) | a as u32;
                                if o != Opcode::EXTENDED_ARG as u8 {
                                    op = std::mem::transmute::<u8, Opcode>(o);
                                    break;
                                }
                            }
                            continue 'ext;
                        }
                        Opcode::RESUME => {
                            if crate::object::gc::pending() {
                                // A safe point: the collector scheduled by allocation runs here.
                                save!();
                                crate::modules::gc::run_scheduled(vm);
                            }
                            if vm.tracing.get() != TRACED {
                                (*frame).prev_instr -= 1;
                                save!();
                                return Ok(LoopExit::Switch(frame));
                            }
                            if TRACED {
                                save!();
                                watch::on_start(vm, frame, oparg != 0);
                                tri!(trace::call_event(vm, frame), 'dispatch);
                            }
                        }
                        Opcode::RESERVED => {
                            break 'dispatch Unwind { err: vm.system_error("unknown opcode"), add_tb: true };
                        }
                        Opcode::INTERPRETER_EXIT => {
                            break 'dispatch Unwind { err: vm.system_error("INTERPRETER_EXIT"), add_tb: true };
                        }
                        Opcode::POP_TOP => {
                            drop(pop_opt!());
                        }
                        Opcode::PUSH_NULL => push_opt!(None),
                        Opcode::END_FOR => {
                            drop(pop_opt!());
                            drop(pop_opt!());
                        }
                        Opcode::END_SEND => {
                            if TRACED {
                                // 3.12 reports the return of a delegated-to generator as a
                                // StopIteration `exception` event (INSTRUMENTED_END_SEND).
                                if peek!(2).as_generator().is_some() || peek!(2).as_coroutine().is_some() {
                                    let si = vm.new_exception(&vm.types.exc.stop_iteration, vec![peek!(1).clone()]);
                                    save!();
                                    tri!(trace::exception_event(vm, frame, &si), 'dispatch);
                                }
                            }
                            let v = pop_opt!();
                            drop(pop_opt!());
                            push_opt!(v);
                        }
                        Opcode::COPY => {
                            let v = (*sp.sub(oparg as usize)).clone();
                            push_opt!(v);
                        }
                        Opcode::SWAP => {
                            std::ptr::swap(sp.sub(1), sp.sub(oparg as usize));
                        }
                        Opcode::UNARY_NEGATIVE => {
                            let v = pop!();
                            push!(tri!(vm.unary_op(&v, ops::Unary::Neg), 'dispatch));
                        }
                        Opcode::UNARY_INVERT => {
                            let v = pop!();
                            push!(tri!(vm.unary_op(&v, ops::Unary::Invert), 'dispatch));
                        }
                        Opcode::UNARY_NOT => {
                            let v = pop!();
                            let b = if v.is(&vm.types.true_) {
                                true
                            } else if v.is(&vm.types.false_) {
                                false
                            } else {
                                tri!(vm.is_true(&v), 'dispatch)
                            };
                            push!(vm.bool_value(!b));
                        }
                        Opcode::BINARY_OP => {
                            if !TRACED {
                                // Adaptive: the cache unit counts runs down to the next attempt
                                // to specialize this site to its operand types.
                                let counter = u16::from_le_bytes(*units.add(ip));
                                if counter == 0 {
                                    // (This run stays generic; the next runs the specialized
                                    // form, if there is one.)
                                    ops::specialize_binary_op(vm, units as *const std::cell::Cell<[u8; 2]>, ip - 1, peek!(2), peek!(1));
                                } else {
                                    set_unit!(ip, (counter - 1).to_le_bytes());
                                }
                            }
                            ip += 1; // inline cache
                            let b = pop!();
                            let a = pop!();
                            if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                                if let Some(r) = ops::small_int_binop(x, y, oparg as u8) {
                                    push!(r);
                                    continue 'dispatch;
                                }
                            }
                            if let Some(r) = ops::float_binop_fast(vm, &a, &b, oparg as u8) {
                                push!(r);
                                continue 'dispatch;
                            }
                            // `s += t` where `s` is a local nobody else holds: the local lets go
                            // and the string grows in place (CPython's unicode_concatenate).
                            if oparg as u8 == pyrite_bytecode::opcodes::nb::INPLACE_OFFSET + pyrite_bytecode::opcodes::nb::ADD
                                && a.refcount() == 2
                                && a.is_exact_heap(&vm.types.str)
                                && b.is_exact_heap(&vm.types.str)
                            {
                                let [next_op, next_arg] = *units.add(ip);
                                let local = lp!().add(next_arg as usize);
                                // (The next unit may hold a superinstruction starting with the STORE_FAST.)
                                if std::mem::transmute::<u8, Opcode>(next_op).deopt() == Opcode::STORE_FAST && (*local).as_ref().is_some_and(|l| l.is(&a)) {
                                    drop((*local).take());
                                    // SAFETY (in the unsafe block of the loop): `a` is an exact str
                                    // whose only reference is ours now; nothing else reads it.
                                    let sd = &mut (*(a.raw() as *mut crate::object::Obj<crate::types::str::StrData>)).data;
                                    if sd.append_unshared(b.downcast_unchecked::<crate::types::str::StrData>()) {
                                        push!(a);
                                        continue 'dispatch;
                                    }
                                }
                            }
                            push!(tri!(vm.binary_op(&a, &b, oparg as u8), 'dispatch));
                        }
                        Opcode::BINARY_OP_ADD_INT | Opcode::BINARY_OP_SUBTRACT_INT => {
                            if let (Some(x), Some(y)) = (peek!(2).as_small_int(), peek!(1).as_small_int()) {
                                ip += 1;
                                // Inline ints hold no references: the two slots are simply
                                // overwritten.
                                sp = sp.sub(2);
                                push!(new_int(if op == Opcode::BINARY_OP_ADD_INT { x + y } else { x - y }));
                                continue 'dispatch;
                            }
                            deopt_binary_op!('dispatch);
                        }
                        Opcode::BINARY_OP_MULTIPLY_INT | Opcode::BINARY_OP_INT => {
                            // (`small_int_binop` declines what inline ints cannot do here: a
                            // zero divisor, a negative or large shift; the general path raises
                            // or computes it.)
                            if let (Some(x), Some(y)) = (peek!(2).as_small_int(), peek!(1).as_small_int()) {
                                let r = if op == Opcode::BINARY_OP_MULTIPLY_INT {
                                    Some(ops::small_int_mul(x, y))
                                } else {
                                    ops::small_int_binop(x, y, oparg as u8)
                                };
                                if let Some(r) = r {
                                    ip += 1;
                                    sp = sp.sub(2);
                                    push!(r);
                                    continue 'dispatch;
                                }
                            }
                            deopt_binary_op!('dispatch);
                        }
                        Opcode::BINARY_OP_ADD_FLOAT => binary_op_float!(|x, y| x + y, 'dispatch),
                        Opcode::BINARY_OP_SUBTRACT_FLOAT => binary_op_float!(|x, y| x - y, 'dispatch),
                        Opcode::BINARY_OP_MULTIPLY_FLOAT => binary_op_float!(|x, y| x * y, 'dispatch),
                        Opcode::COMPARE_OP => {
                            ip += 1; // inline cache
                            let b = pop!();
                            let a = pop!();
                            let cmp = (oparg >> 4) as u8;
                            // Ints and floats: the low four bits of the argument are the mask of
                            // outcomes (unordered 1, less 2, greater 4, equal 8) that make the
                            // comparison true (3.12's COMPARISON_* bits): no branch on the
                            // operator.
                            let fast = if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                                Some(oparg & ops::comparison_bit(x >= y, x <= y) != 0)
                            } else if a.is_exact_heap(&vm.types.float) && b.is_exact_heap(&vm.types.float) {
                                let (x, y) = (a.downcast_unchecked::<crate::types::float::FloatData>().0, b.downcast_unchecked::<crate::types::float::FloatData>().0);
                                // NaN: neither >= nor <=, the unordered bit.
                                Some(oparg & ops::comparison_bit(x >= y, x <= y) != 0)
                            } else if (cmp == 2 || cmp == 3) && a.is_exact_heap(&vm.types.str) && b.is_exact_heap(&vm.types.str) {
                                // `==` / `!=` of two exact strs: identity, else the code points.
                                let eq = a.is(&b)
                                    || a.downcast_unchecked::<crate::types::str::StrData>().eq_data(b.downcast_unchecked::<crate::types::str::StrData>());
                                Some(eq == (cmp == 2))
                            } else {
                                None
                            };
                            if let Some(r) = fast {
                                // A comparison of ints or floats is fused with the conditional jump
                                // that follows it in `if` and `while`: the jump is taken here and
                                // no bool is pushed. (Traced runs execute both, for their events.)
                                let [next_op, next_arg] = *units.add(ip);
                                if !TRACED && (next_op == Opcode::POP_JUMP_IF_FALSE as u8 || next_op == Opcode::POP_JUMP_IF_TRUE as u8) {
                                    (*frame).prev_instr = ip as i32;
                                    ip += 1;
                                    if r == (next_op == Opcode::POP_JUMP_IF_TRUE as u8) {
                                        ip += next_arg as usize;
                                    }
                                    continue 'dispatch;
                                }
                                push!(vm.bool_value(r));
                                continue 'dispatch;
                            }
                            // (3.12's oparg is `cmp << 4 | mask`: the result is pushed as the
                            // comparison returned it, bool or not.)
                            push!(tri!(vm.rich_compare(&a, &b, cmp), 'dispatch));
                        }
                        Opcode::IS_OP => {
                            let b = pop!();
                            let a = pop!();
                            push!(vm.bool_value(a.is(&b) != (oparg == 1)));
                        }
                        Opcode::CONTAINS_OP => {
                            let b = pop!();
                            let a = pop!();
                            let r = tri!(vm.contains(&b, &a), 'dispatch);
                            push!(vm.bool_value(r != (oparg == 1)));
                        }
                        Opcode::BINARY_SUBSCR => {
                            ip += 1; // inline cache
                            let k = pop!();
                            let c = pop!();
                            if let (Some(i), true) = (k.as_small_int(), c.is_exact_heap(&vm.types.list)) {
                                let l = c.downcast_unchecked::<crate::types::list::ListData>();
                                let n = l.len() as i64;
                                let j = if i < 0 { i + n } else { i };
                                if j >= 0 && j < n {
                                    if let Some(v) = l.get(j as usize) {
                                        push!(v);
                                        continue 'dispatch;
                                    }
                                }
                            }
                            if c.is_exact_heap(&vm.types.tuple) {
                                if let Some(i) = k.as_small_int() {
                                    let t = c.downcast_unchecked::<crate::types::tuple::TupleData>().as_slice();
                                    let j = if i < 0 { i + t.len() as i64 } else { i };
                                    if j >= 0 && (j as usize) < t.len() {
                                        push!(t[j as usize].clone());
                                        continue 'dispatch;
                                    }
                                }
                            } else if c.is_exact_heap(&vm.types.dict) && k.is_exact_heap(&vm.types.str) {
                                // A str key needs no Python `__eq__`: found or not, the answer is
                                // native (a miss takes the generic path, which raises KeyError).
                                if let Some(v) = c.downcast_unchecked::<crate::types::dict::DictData>().get_str(&k) {
                                    push!(v);
                                    continue 'dispatch;
                                }
                            }
                            push!(tri!(vm.get_item(&c, &k), 'dispatch));
                        }
                        Opcode::STORE_SUBSCR => {
                            ip += 1; // inline cache
                            let k = pop!();
                            let c = pop!();
                            let v = pop!();
                            if let (Some(i), true) = (k.as_small_int(), c.is_exact_heap(&vm.types.list)) {
                                let l = c.downcast_unchecked::<crate::types::list::ListData>();
                                let n = l.len() as i64;
                                let j = if i < 0 { i + n } else { i };
                                if j >= 0 && j < n {
                                    let old = l.set(j as usize, v);
                                    drop(old);
                                    continue 'dispatch;
                                }
                            }
                            tri!(vm.set_item(&c, k, v), 'dispatch);
                        }
                        Opcode::DELETE_SUBSCR => {
                            let k = pop!();
                            let c = pop!();
                            tri!(vm.del_item(&c, &k), 'dispatch);
                        }
                        Opcode::BINARY_SLICE => {
                            let stop = pop!();
                            let start = pop!();
                            let c = pop!();
                            if let Some(r) = crate::protocol::seq::slice_fast(vm, &c, &start, &stop) {
                                push!(r);
                                continue 'dispatch;
                            }
                            let s = crate::types::range::new_slice(start, stop, vm.none());
                            push!(tri!(vm.get_item(&c, &s), 'dispatch));
                        }
                        Opcode::STORE_SLICE => {
                            let stop = pop!();
                            let start = pop!();
                            let c = pop!();
                            let v = pop!();
                            let s = crate::types::range::new_slice(start, stop, vm.none());
                            tri!(vm.set_item(&c, s, v), 'dispatch);
                        }
                        Opcode::BUILD_SLICE => {
                            let step = if oparg == 3 { pop!() } else { vm.none() };
                            let stop = pop!();
                            let start = pop!();
                            push!(crate::types::range::new_slice(start, stop, step));
                        }
                        Opcode::GET_LEN => {
                            let n = tri!(vm.len(peek!(1)), 'dispatch);
                            push!(new_int(n as i64));
                        }
                        Opcode::LOAD_CONST => {
                            push!(code!().consts.get_unchecked(oparg as usize).clone());
                        }
                        Opcode::RETURN_CONST | Opcode::RETURN_VALUE => {
                            let rv = if op == Opcode::RETURN_CONST {
                                code!().consts.get_unchecked(oparg as usize).clone()
                            } else {
                                pop!()
                            };
                            save!();
                            if TRACED {
                                watch::on_end(vm, frame, "pop   ", Some(&rv));
                                tri!(trace::return_event(vm, frame, Some(&rv)), 'dispatch);
                            }
                            let was_entry = (*frame).is_entry;
                            let owner = (*frame).owner;
                            if owner == Owner::Generator && !was_entry {
                                // An inline generator returned. Under FOR_ITER its loop ends (the
                                // value is dropped, as a `for` loop drops StopIteration's); under
                                // SEND the value is the result of `yield from`.
                                let (caller, genv) = finish_inline_generator(vm, frame);
                                let ccode = (*caller).code_data();
                                let by_send = ccode.units.get((*caller).prev_instr as usize - 1).is_some_and(|u| u[0] == Opcode::SEND as u8);
                                if by_send {
                                    let csp = (*caller).stacktop as usize;
                                    Frame::localsplus(caller).add(csp).write(Some(rv));
                                    (*caller).stacktop = csp as u32 + 1;
                                    (*caller).prev_instr += (*caller).return_offset as i32;
                                } else {
                                    drop(rv);
                                    end_inline_loop(caller);
                                }
                                drop(genv);
                                frame = caller;
                                continue 'frame;
                            }
                            if owner == Owner::Generator {
                                // A generator's return: the caller sees StopIteration (done by
                                // the resumer); the frame is cleared by the generator.
                                vm.current_frame.set((*frame).previous);
                                (*frame).previous = std::ptr::null_mut();
                                return Ok(LoopExit::Done(FrameExit::Return(rv)));
                            }
                            let prev = (*frame).previous;
                            let init_return = (*frame).init_return;
                            pop_frame(vm, frame);
                            if was_entry {
                                return Ok(LoopExit::Done(FrameExit::Return(rv)));
                            }
                            vm.py_depth.set(vm.py_depth.get() - 1);
                            frame = prev;
                            if init_return {
                                // An inlined `__init__` returned: the instance is already in
                                // place on the caller's stack.
                                if !vm.is_none(&rv) {
                                    let msg = format!("__init__() should return None, not '{}'", rv.ty().name());
                                    pending = Some(Unwind { err: vm.type_error(&msg), add_tb: true });
                                }
                                drop(rv);
                                continue 'frame;
                            }
                            let sp2 = (*frame).stacktop as usize;
                            Frame::localsplus(frame).add(sp2).write(Some(rv));
                            (*frame).stacktop = sp2 as u32 + 1;
                            continue 'frame;
                        }
                        Opcode::LOAD_FAST | Opcode::LOAD_FAST_CHECK => {
                            match &*lp!().add(oparg as usize) {
                                Some(v) => push!(v.clone()),
                                None => {
                                    let name = code!().localsplus_names[oparg as usize].clone();
                                    break 'dispatch Unwind { err: vm.unbound_local(&name), add_tb: true };
                                }
                            }
                        }
                        Opcode::LOAD_FAST_AND_CLEAR => {
                            let v = (*lp!().add(oparg as usize)).take();
                            push_opt!(v);
                        }
                        // Superinstructions (untraced runs only): the second instruction's
                        // argument is read from the unit after this one, which is skipped. An
                        // error in the second half is reported at the second instruction.
                        Opcode::LOAD_FAST__LOAD_FAST => {
                            let arg2 = (*units.add(ip))[1] as usize;
                            ip += 1;
                            super_load_fast!(oparg as usize, 2, 'dispatch);
                            super_load_fast!(arg2, 1, 'dispatch);
                        }
                        Opcode::LOAD_FAST__LOAD_CONST => {
                            let arg2 = (*units.add(ip))[1] as usize;
                            ip += 1;
                            super_load_fast!(oparg as usize, 2, 'dispatch);
                            push!(code!().consts.get_unchecked(arg2).clone());
                        }
                        Opcode::LOAD_CONST__LOAD_FAST => {
                            let arg2 = (*units.add(ip))[1] as usize;
                            ip += 1;
                            push!(code!().consts.get_unchecked(oparg as usize).clone());
                            super_load_fast!(arg2, 1, 'dispatch);
                        }
                        Opcode::STORE_FAST__LOAD_FAST => {
                            let arg2 = (*units.add(ip))[1] as usize;
                            ip += 1;
                            let v = pop_opt!();
                            drop(std::mem::replace(&mut *lp!().add(oparg as usize), v));
                            super_load_fast!(arg2, 1, 'dispatch);
                        }
                        Opcode::STORE_FAST__STORE_FAST => {
                            let arg2 = (*units.add(ip))[1] as usize;
                            ip += 1;
                            let v = pop_opt!();
                            drop(std::mem::replace(&mut *lp!().add(oparg as usize), v));
                            let v = pop_opt!();
                            drop(std::mem::replace(&mut *lp!().add(arg2), v));
                        }
                        Opcode::STORE_FAST => {
                            let v = pop_opt!();
                            let old = std::mem::replace(&mut *lp!().add(oparg as usize), v);
                            drop(old);
                        }
                        Opcode::DELETE_FAST => {
                            let old = (*lp!().add(oparg as usize)).take();
                            if old.is_none() {
                                let name = code!().localsplus_names[oparg as usize].clone();
                                break 'dispatch Unwind { err: vm.unbound_local(&name), add_tb: true };
                            }
                            drop(old);
                        }
                        Opcode::MAKE_CELL => {
                            let v = (*lp!().add(oparg as usize)).take();
                            *lp!().add(oparg as usize) = Some(crate::types::function::new_cell(v));
                        }
                        Opcode::COPY_FREE_VARS => {
                            let f = (*frame).func.as_ref().expect("closure function");
                            let fd = f.downcast_unchecked::<FunctionData>();
                            if let Some(cl) = &fd.closure {
                                let cells = cl.as_tuple().unwrap_or(&[]);
                                let off = code!().nlocalsplus - oparg as usize;
                                for (i, c) in cells.iter().enumerate().take(oparg as usize) {
                                    *lp!().add(off + i) = Some(c.clone());
                                }
                            }
                        }
                        Opcode::LOAD_CLOSURE => {
                            push_opt!((*lp!().add(oparg as usize)).clone());
                        }
                        Opcode::LOAD_DEREF => {
                            let cell = (*lp!().add(oparg as usize)).as_ref().and_then(|c| c.downcast::<CellData>());
                            match cell.and_then(|c| c.get()) {
                                Some(v) => push!(v),
                                None => {
                                    break 'dispatch Unwind { err: free_var_error(vm, code!(), oparg as usize), add_tb: true };
                                }
                            }
                        }
                        Opcode::STORE_DEREF => {
                            let v = pop!();
                            if let Some(c) = (*lp!().add(oparg as usize)).as_ref().and_then(|c| c.downcast::<CellData>()) {
                                drop(c.set(Some(v)));
                            }
                        }
                        Opcode::DELETE_DEREF => {
                            let old = (*lp!().add(oparg as usize)).as_ref().and_then(|c| c.downcast::<CellData>()).and_then(|c| c.set(None));
                            if old.is_none() {
                                break 'dispatch Unwind { err: free_var_error(vm, code!(), oparg as usize), add_tb: true };
                            }
                        }
                        Opcode::LOAD_FROM_DICT_OR_DEREF => {
                            let mapping = pop!();
                            let name = &code!().localsplus_names[oparg as usize];
                            match tri!(ops::mapping_get(vm, &mapping, name), 'dispatch) {
                                Some(v) => push!(v),
                                None => {
                                    let cell = (*lp!().add(oparg as usize)).as_ref().and_then(|c| c.downcast::<CellData>());
                                    match cell.and_then(|c| c.get()) {
                                        Some(v) => push!(v),
                                        None => {
                                            break 'dispatch Unwind { err: free_var_error(vm, code!(), oparg as usize), add_tb: true };
                                        }
                                    }
                                }
                            }
                        }
                        Opcode::LOAD_GLOBAL => {
                            ip += 4; // inline cache
                            let name = code!().names.get_unchecked((oparg >> 1) as usize);
                            let slot = u16::from_le_bytes(*units.add(ip - 4)) as usize;
                            let v = match ops::load_global_cached(code!(), slot, &(*frame).globals, &(*frame).builtins, name) {
                                Some(v) => v,
                                None => {
                                    break 'dispatch Unwind { err: tri!(vm.name_error(name), 'dispatch), add_tb: true };
                                }
                            };
                            if oparg & 1 != 0 {
                                push_opt!(None);
                            }
                            push!(v);
                        }
                        Opcode::STORE_GLOBAL => {
                            let v = pop!();
                            let name = code!().names[oparg as usize].clone();
                            (*frame).globals.as_dict().expect("globals").set_str(name, v);
                        }
                        Opcode::DELETE_GLOBAL => {
                            let name = &code!().names[oparg as usize];
                            if (*frame).globals.as_dict().expect("globals").remove_str(name).is_none() {
                                break 'dispatch Unwind { err: tri!(vm.name_error(name), 'dispatch), add_tb: true };
                            }
                        }
                        Opcode::LOAD_NAME => {
                            let name = &code!().names[oparg as usize];
                            let found = match &(*frame).locals {
                                Some(l) => tri!(ops::mapping_get(vm, l, name), 'dispatch),
                                None => None,
                            };
                            let v = match found {
                                Some(v) => v,
                                None => match ops::load_global(vm, &(*frame).globals, &(*frame).builtins, name) {
                                    Some(v) => v,
                                    None => break 'dispatch Unwind { err: tri!(vm.name_error(name), 'dispatch), add_tb: true },
                                },
                            };
                            push!(v);
                        }
                        Opcode::LOAD_FROM_DICT_OR_GLOBALS => {
                            let mapping = pop!();
                            let name = &code!().names[oparg as usize];
                            let v = match tri!(ops::mapping_get(vm, &mapping, name), 'dispatch) {
                                Some(v) => v,
                                None => match ops::load_global(vm, &(*frame).globals, &(*frame).builtins, name) {
                                    Some(v) => v,
                                    None => break 'dispatch Unwind { err: tri!(vm.name_error(name), 'dispatch), add_tb: true },
                                },
                            };
                            push!(v);
                        }
                        Opcode::STORE_NAME => {
                            let v = pop!();
                            let name = code!().names[oparg as usize].clone();
                            match &(*frame).locals {
                                Some(l) => tri!(ops::mapping_set(vm, l, name, v), 'dispatch),
                                None => {
                                    break 'dispatch Unwind { err: vm.system_error("no locals found when storing name"), add_tb: true };
                                }
                            }
                        }
                        Opcode::DELETE_NAME => {
                            let name = code!().names[oparg as usize].clone();
                            let ok = match &(*frame).locals {
                                Some(l) => tri!(ops::mapping_del(vm, l, &name), 'dispatch),
                                None => false,
                            };
                            if !ok {
                                break 'dispatch Unwind { err: tri!(vm.name_error(&name), 'dispatch), add_tb: true };
                            }
                        }
                        Opcode::LOAD_LOCALS => match &(*frame).locals {
                            Some(l) => push!(l.clone()),
                            None => {
                                break 'dispatch Unwind { err: vm.system_error("no locals found"), add_tb: true };
                            }
                        },
                        Opcode::LOAD_ATTR => {
                            ip += 9; // inline cache
                            let name = code!().names.get_unchecked((oparg >> 1) as usize);
                            let owner = pop!();
                            let method_form = oparg & 1 != 0;
                            let slot = u16::from_le_bytes(*units.add(ip - 9)) as usize;
                            let cache = code!().attr_cache.get(slot);
                            if let Some(c) = cache {
                                match attrcache::load(c, &owner, name, method_form) {
                                    Some(attrcache::Loaded::Value(v)) => {
                                        if method_form {
                                            push_opt!(None);
                                        }
                                        push!(v);
                                        continue 'dispatch;
                                    }
                                    Some(attrcache::Loaded::Method(m, s)) => {
                                        push!(m);
                                        push!(s);
                                        continue 'dispatch;
                                    }
                                    None => {}
                                }
                                if let Some(g) = attrcache::getset(c, &owner, method_form) {
                                    let get = g.downcast_unchecked::<crate::types::descr::GetSetData>().get;
                                    let v = tri!(get(vm, &owner), 'dispatch);
                                    if method_form {
                                        push_opt!(None);
                                    }
                                    push!(v);
                                    continue 'dispatch;
                                }
                            }
                            if method_form {
                                let (m, s) = tri!(vm.load_method(&owner, name), 'dispatch);
                                push_method!(m, s);
                            } else {
                                push!(tri!(vm.get_attr(&owner, name), 'dispatch));
                            }
                            if let Some(c) = cache {
                                if c.wants_specialising() {
                                    attrcache::specialize_load(vm, c, &owner, name, method_form);
                                }
                            }
                        }
                        Opcode::STORE_ATTR => {
                            ip += 4; // inline cache
                            let name = &code!().names[oparg as usize];
                            let owner = pop!();
                            let v = pop!();
                            let slot = u16::from_le_bytes(*units.add(ip - 4)) as usize;
                            let cache = code!().attr_cache.get(slot);
                            let v = match cache {
                                Some(c) => match attrcache::store(c, &owner, name, v) {
                                    Ok(()) => continue 'dispatch,
                                    Err(v) => v,
                                },
                                None => v,
                            };
                            tri!(vm.set_attr(&owner, name, Some(v)), 'dispatch);
                            if let Some(c) = cache {
                                if c.wants_specialising() {
                                    attrcache::specialize_store(vm, c, &owner, name);
                                }
                            }
                        }
                        Opcode::DELETE_ATTR => {
                            let name = &code!().names[oparg as usize];
                            let owner = pop!();
                            tri!(vm.set_attr(&owner, name, None), 'dispatch);
                        }
                        Opcode::LOAD_SUPER_ATTR => {
                            ip += 1; // inline cache
                            let name = &code!().names[(oparg >> 2) as usize];
                            let self_ = pop!();
                            let class = pop!();
                            let gsuper = pop!();
                            let (m, s) = tri!(ops::load_super_attr(vm, &gsuper, &class, &self_, name, oparg & 2 != 0, oparg & 1 != 0), 'dispatch);
                            if oparg & 1 != 0 {
                                push_method!(m, s);
                            } else {
                                push!(m);
                            }
                        }
                        Opcode::BUILD_TUPLE => {
                            let n = oparg as usize;
                            let items: Vec<Value> = (0..n).map(|i| sp.sub(n - i).read().unwrap_or_else(|| vm.none())).collect();
                            sp = sp.sub(n);
                            push!(new_tuple(items));
                        }
                        Opcode::BUILD_LIST => {
                            let n = oparg as usize;
                            let items: Vec<Value> = (0..n).map(|i| sp.sub(n - i).read().unwrap_or_else(|| vm.none())).collect();
                            sp = sp.sub(n);
                            push!(crate::types::list::new_list(items));
                        }
                        Opcode::BUILD_SET => {
                            let n = oparg as usize;
                            let items: Vec<Value> = (0..n).map(|i| sp.sub(n - i).read().unwrap_or_else(|| vm.none())).collect();
                            sp = sp.sub(n);
                            let s = crate::types::set::new_set();
                            let sd = s.as_set().expect("set");
                            for it in items {
                                tri!(sd.add(vm, it), 'dispatch);
                            }
                            push!(s);
                        }
                        Opcode::BUILD_MAP => {
                            let n = oparg as usize * 2;
                            let items: Vec<Value> = (0..n).map(|i| sp.sub(n - i).read().unwrap_or_else(|| vm.none())).collect();
                            sp = sp.sub(n);
                            let d = crate::types::dict::new_dict();
                            let dd = d.as_dict().expect("dict");
                            let mut it = items.into_iter();
                            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                tri!(dd.set_item(vm, k, v), 'dispatch);
                            }
                            push!(d);
                        }
                        Opcode::BUILD_CONST_KEY_MAP => {
                            let keys = pop!();
                            let n = oparg as usize;
                            let vals: Vec<Value> = (0..n).map(|i| sp.sub(n - i).read().unwrap_or_else(|| vm.none())).collect();
                            sp = sp.sub(n);
                            let d = crate::types::dict::new_dict();
                            let dd = d.as_dict().expect("dict");
                            for (k, v) in keys.as_tuple().unwrap_or(&[]).iter().zip(vals) {
                                tri!(dd.set_item(vm, k.clone(), v), 'dispatch);
                            }
                            push!(d);
                        }
                        Opcode::BUILD_STRING => {
                            let n = oparg as usize;
                            let s = {
                                let parts = std::slice::from_raw_parts(sp.sub(n) as *const Value, n);
                                ops::concat_strings(parts)
                            };
                            for _ in 0..n {
                                drop(pop_opt!());
                            }
                            push!(s);
                        }
                        Opcode::LIST_APPEND => {
                            let v = pop!();
                            if let Some(l) = peek!(oparg as usize).as_list() {
                                l.push(v);
                            }
                        }
                        Opcode::SET_ADD => {
                            let v = pop!();
                            let s = peek!(oparg as usize).clone();
                            tri!(s.as_set().expect("set").add(vm, v), 'dispatch);
                        }
                        Opcode::MAP_ADD => {
                            let v = pop!();
                            let k = pop!();
                            let d = peek!(oparg as usize).clone();
                            tri!(d.as_dict().expect("dict").set_item(vm, k, v), 'dispatch);
                        }
                        Opcode::LIST_EXTEND => {
                            let it = pop!();
                            let l = peek!(oparg as usize).clone();
                            tri!(ops::list_extend(vm, &l, &it), 'dispatch);
                        }
                        Opcode::SET_UPDATE => {
                            let it = pop!();
                            let s = peek!(oparg as usize).clone();
                            tri!(ops::set_update(vm, &s, &it), 'dispatch);
                        }
                        Opcode::DICT_UPDATE => {
                            let m = pop!();
                            let d = peek!(oparg as usize).clone();
                            tri!(ops::dict_update(vm, &d, &m, None), 'dispatch);
                        }
                        Opcode::DICT_MERGE => {
                            let m = pop!();
                            let d = peek!(oparg as usize).clone();
                            let func = peek!(oparg as usize + 2).clone();
                            tri!(ops::dict_update(vm, &d, &m, Some(&func)), 'dispatch);
                        }
                        Opcode::UNPACK_SEQUENCE => {
                            ip += 1; // inline cache
                            let seq = pop!();
                            // Exact tuples and lists of the right length: push their items directly.
                            if seq.is_exact_heap(&vm.types.tuple) {
                                let t = seq.downcast_unchecked::<crate::types::tuple::TupleData>().as_slice();
                                if t.len() == oparg as usize {
                                    for v in t.iter().rev() {
                                        push!(v.clone());
                                    }
                                    continue 'dispatch;
                                }
                            } else if seq.is_exact_heap(&vm.types.list) {
                                let l = seq.downcast_unchecked::<crate::types::list::ListData>();
                                if l.len() == oparg as usize {
                                    for i in (0..oparg as usize).rev() {
                                        if let Some(v) = l.get(i) {
                                            push!(v);
                                        }
                                    }
                                    continue 'dispatch;
                                }
                            }
                            let items = tri!(ops::unpack(vm, &seq, oparg as usize), 'dispatch);
                            for v in items.into_iter().rev() {
                                push!(v);
                            }
                        }
                        Opcode::UNPACK_EX => {
                            let seq = pop!();
                            let before = (oparg & 0xFF) as usize;
                            let after = (oparg >> 8) as usize;
                            let items = tri!(ops::unpack_ex(vm, &seq, before, after), 'dispatch);
                            for v in items.into_iter().rev() {
                                push!(v);
                            }
                        }
                        Opcode::JUMP_FORWARD => {
                            ip += oparg as usize;
                            traced_jump!('dispatch);
                        }
                        Opcode::JUMP_BACKWARD_NO_INTERRUPT => ip -= oparg as usize,
                        Opcode::JUMP_BACKWARD => {
                            ip -= oparg as usize;
                            traced_jump!('dispatch);
                            if crate::object::gc::pending() {
                                save!();
                                crate::modules::gc::run_scheduled(vm);
                            }
                            if vm.tracing.get() != TRACED {
                                (*frame).prev_instr = ip as i32 - 1;
                                save!();
                                return Ok(LoopExit::Switch(frame));
                            }
                        }
                        Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => {
                            let v = pop!();
                            let t = if v.is(&vm.types.true_) {
                                true
                            } else if v.is(&vm.types.false_) {
                                false
                            } else {
                                tri!(vm.is_true(&v), 'dispatch)
                            };
                            if t == (op == Opcode::POP_JUMP_IF_TRUE) {
                                ip += oparg as usize;
                            }
                            traced_jump!('dispatch);
                        }
                        Opcode::POP_JUMP_IF_NONE | Opcode::POP_JUMP_IF_NOT_NONE => {
                            let v = pop!();
                            if vm.is_none(&v) == (op == Opcode::POP_JUMP_IF_NONE) {
                                ip += oparg as usize;
                            }
                            traced_jump!('dispatch);
                        }
                        Opcode::GET_ITER => {
                            let v = pop!();
                            push!(tri!(vm.get_iter(&v), 'dispatch));
                        }
                        Opcode::GET_YIELD_FROM_ITER => {
                            let v = pop!();
                            if v.as_generator().is_some() {
                                push!(v);
                            } else if v.as_coroutine().is_some() {
                                let flags = code!().source.flags;
                                if flags & (pyrite_bytecode::code::flags::COROUTINE | pyrite_bytecode::code::flags::ITERABLE_COROUTINE) == 0 {
                                    break 'dispatch Unwind {
                                        err: vm.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"),
                                        add_tb: true,
                                    };
                                }
                                push!(v);
                            } else {
                                push!(tri!(vm.get_iter(&v), 'dispatch));
                            }
                        }
                        Opcode::FOR_ITER => {
                            ip += 1; // inline cache
                            // Inline forms for ranges, lists, tuples and strs (CPython's FOR_ITER_RANGE,
                            // FOR_ITER_LIST, FOR_ITER_TUPLE); the exhausted case takes the
                            // generic path below, which also marks the iterator done.
                            if let Some(d) = peek!(1).downcast::<crate::types::iter::IterData>() {
                                match &d.kind {
                                    crate::types::iter::IterKind::Range { next, step, remaining } => {
                                        let r = remaining.get();
                                        if r != 0 {
                                            remaining.set(r - 1);
                                            let v = next.get();
                                            next.set(v.wrapping_add(*step));
                                            push!(new_int(v));
                                            traced_jump!('dispatch);
                                            continue 'dispatch;
                                        }
                                    }
                                    crate::types::iter::IterKind::Seq(seq) => {
                                        if let Some(v) = crate::types::iter::seq_iter_next(d, seq) {
                                            push!(v);
                                            traced_jump!('dispatch);
                                            continue 'dispatch;
                                        }
                                    }
                                    _ => {}
                                }
                            }
                            // A generator runs inline (CPython's FOR_ITER_GEN): its frame goes on
                            // top of this one and continues in this loop; its YIELD_VALUE comes
                            // back here with the next item, its return ends the loop.
                            if !TRACED {
                                if let Some(g) = peek!(1).as_generator() {
                                    let st = g.state.get();
                                    if matches!(st, GenState::Suspended | GenState::Created) && vm.py_depth.get() < vm.recursion_limit.get() {
                                        // The value sent in: None, as `next()` sends.
                                        save!();
                                        (*frame).prev_instr = ip as i32 - 1;
                                        frame = enter_inline_generator(vm, frame, g, vm.none(), oparg);
                                        continue 'frame;
                                    }
                                }
                            }
                            let next = {
                                let it = peek!(1);
                                tri!(vm.iter_next(it), 'dispatch)
                            };
                            match next {
                                Some(v) => push!(v),
                                None => {
                                    drop(pop_opt!());
                                    ip += oparg as usize + 1;
                                }
                            }
                            traced_jump!('dispatch);
                        }
                        Opcode::SEND => {
                            ip += 1; // inline cache
                            // `yield from` a generator runs it inline too (CPython's SEND_GEN).
                            if !TRACED {
                                if let Some(g) = peek!(2).as_generator() {
                                    let st = g.state.get();
                                    let ok = match st {
                                        GenState::Suspended => true,
                                        GenState::Created => vm.is_none(peek!(1)),
                                        _ => false,
                                    };
                                    if ok && vm.py_depth.get() < vm.recursion_limit.get() {
                                        let v = pop!();
                                        save!();
                                        (*frame).prev_instr = ip as i32 - 1;
                                        frame = enter_inline_generator(vm, frame, g, v, oparg);
                                        continue 'frame;
                                    }
                                }
                            }
                            let v = pop!();
                            let receiver = peek!(1).clone();
                            save!();
                            match tri!(crate::types::genmethods::send_to(vm, &receiver, v), 'dispatch) {
                                crate::types::genmethods::SendResult::Yielded(r) => push!(r),
                                crate::types::genmethods::SendResult::Returned(r) => {
                                    if TRACED && receiver.as_gen_any().is_none() && send_raised_stop(vm, &receiver, &r) {
                                        // 3.12 reports the StopIteration a non-generator receiver
                                        // raised as an `exception` event of this frame.
                                        let si = vm.new_exception(&vm.types.exc.stop_iteration, vec![r.clone()]);
                                        tri!(trace::exception_event(vm, frame, &si), 'dispatch);
                                    }
                                    push!(r);
                                    ip += oparg as usize;
                                }
                            }
                        }
                        Opcode::YIELD_VALUE => {
                            let v = pop!();
                            save!();
                            if TRACED {
                                watch::on_end(vm, frame, "yield ", Some(&v));
                                tri!(trace::return_event(vm, frame, Some(&v)), 'dispatch);
                            }
                            if !(*frame).is_entry {
                                // An inline generator (see FOR_ITER): back to the loop with `v`.
                                let caller = leave_inline_generator(vm, frame);
                                let g = inline_generator(caller);
                                drop(g.swap_exc_state(vm.pop_exc_state()));
                                g.state.set(GenState::Suspended);
                                let csp = (*caller).stacktop as usize;
                                Frame::localsplus(caller).add(csp).write(Some(v));
                                (*caller).stacktop = csp as u32 + 1;
                                frame = caller;
                                continue 'frame;
                            }
                            vm.current_frame.set((*frame).previous);
                            (*frame).previous = std::ptr::null_mut();
                            return Ok(LoopExit::Done(FrameExit::Yield(v)));
                        }
                        Opcode::RETURN_GENERATOR => {
                            save!();
                            let genobj = crate::types::generator::new_generator_from_frame(frame);
                            // The frame's words now belong to the generator: free without clearing.
                            let was_entry = (*frame).is_entry;
                            let prev = (*frame).previous;
                            vm.current_frame.set(prev);
                            if (*frame).owner == Owner::Thread {
                                vm.frames.free(frame);
                            }
                            if was_entry {
                                return Ok(LoopExit::Done(FrameExit::Return(genobj)));
                            }
                            vm.py_depth.set(vm.py_depth.get() - 1);
                            frame = prev;
                            let sp2 = (*frame).stacktop as usize;
                            Frame::localsplus(frame).add(sp2).write(Some(genobj));
                            (*frame).stacktop = sp2 as u32 + 1;
                            continue 'frame;
                        }
                        Opcode::CLEANUP_THROW => {
                            let exc = pop!();
                            let _last_sent = pop!();
                            let _sub = pop!();
                            if exc.isinstance(&vm.types.exc.stop_iteration) {
                                let v = crate::types::excmethods::stop_iteration_value(vm, &exc);
                                push!(vm.none());
                                push!(v);
                            } else {
                                break 'dispatch Unwind { err: PyErr(exc), add_tb: false };
                            }
                        }
                        Opcode::MAKE_FUNCTION => {
                            let codeobj = pop!();
                            let closure = if oparg & 8 != 0 { Some(pop!()) } else { None };
                            let annotations = if oparg & 4 != 0 { Some(pop!()) } else { None };
                            let kwdefaults = if oparg & 2 != 0 { Some(pop!()) } else { None };
                            let defaults = if oparg & 1 != 0 { Some(pop!()) } else { None };
                            let f = call::make_function(vm, codeobj, &(*frame).globals, &(*frame).builtins, defaults, kwdefaults, annotations, closure);
                            push!(f);
                        }
                        Opcode::KW_NAMES => {
                            // Consumed by the CALL that always follows (CPython's `kwnames`
                            // register).
                            kw_const = oparg;
                        }
                        Opcode::CALL => {
                            ip += 3; // inline cache
                            // Stack: [method_or_NULL, callable_or_self, args...] (3.12's layout).
                            let kwnames = if kw_const == NO_KWNAMES {
                                None
                            } else {
                                let k = code!().consts.get(kw_const as usize).cloned();
                                kw_const = NO_KWNAMES;
                                k
                            };
                            let nargs = oparg as usize;
                            let base = sp.offset_from(lp!()) as usize - nargs - 2;
                            let is_meth = (*lp!().add(base)).is_some();
                            let (callable_slot, args_start, total) =
                                if is_meth { (base, base + 1, nargs + 1) } else { (base + 1, base + 2, nargs) };
                            // Fast path: a Python function called with exactly its positional
                            // parameters. The callable and the arguments move from the caller's
                            // stack into the new frame; nothing is allocated.
                            if kwnames.is_none() {
                                let callable = (*lp!().add(callable_slot)).as_ref().unwrap_unchecked();
                                if let Some(fd) = callable.downcast::<FunctionData>() {
                                    let cd = fd.code_data();
                                    if cd.fast_positional == total as u32 {
                                        let depth = vm.py_depth.get();
                                        if depth < vm.recursion_limit.get() {
                                            let nf = vm.frames.alloc(cd.framesize);
                                            let fcode = fd.code();
                                            let (g, b) = (&fd.globals, &fd.builtins);
                                            // The callable's slot is left empty (a method's slot
                                            // is reused by its `self`, moved as an argument).
                                            let func = lp!().add(callable_slot).read();
                                            Frame::init_call(nf, cd, fcode, func, g, b, lp!().add(args_start), total);
                                            // (The NULL below a plain callable needs no drop.)
                                            sp = lp!().add(base);
                                            enter_frame!(nf, depth);
                                        }
                                    }
                                }
                            }
                            // A class with object's `__new__` and a Python `__init__` taking exactly
                            // these arguments: the instance is made here and `__init__` runs
                            // inline (CPython 3.13's CALL_ALLOC_AND_ENTER_INIT). The instance
                            // waits in the caller's stack where the call's result goes.
                            if !TRACED && kwnames.is_none() && !is_meth {
                                if let Some(init) = init_to_inline(vm, (*lp!().add(callable_slot)).as_ref().unwrap_unchecked(), nargs) {
                                    let depth = vm.py_depth.get();
                                    if depth < vm.recursion_limit.get() {
                                        let ifd = init.downcast_unchecked::<FunctionData>();
                                        let cls = lp!().add(base + 1).read().unwrap_unchecked();
                                        let obj = crate::types::object::alloc_instance(&cls, ());
                                        drop(cls);
                                        // [NULL, cls, args...] becomes [obj, obj, args...]: the
                                        // second `obj` and the arguments move into `__init__`.
                                        lp!().add(base).write(Some(obj.clone()));
                                        lp!().add(base + 1).write(Some(obj));
                                        let cd = ifd.code_data();
                                        let nf = vm.frames.alloc(cd.framesize);
                                        Frame::init_call(nf, cd, ifd.code(), Some(init.clone()), &ifd.globals, &ifd.builtins, lp!().add(base + 1), nargs + 1);
                                        (*nf).init_return = true;
                                        sp = lp!().add(base + 1);
                                        enter_frame!(nf, depth);
                                    }
                                }
                            }
                            let callable = (*lp!().add(callable_slot)).as_ref().unwrap_unchecked().clone();
                            // Python function: push its frame and continue here.
                            let (func, bound_self) = call::unwrap_method(&callable);
                            if let Some(fd) = func.downcast::<FunctionData>() {
                                let args = stack_slice!(args_start, total);
                                let res = if let Some(bs) = &bound_self {
                                    let mut v = Vec::with_capacity(total + 1);
                                    v.push(bs.clone());
                                    v.extend_from_slice(args);
                                    call::push_python_frame(vm, &func, fd, &v, kwnames.as_ref())
                                } else {
                                    call::push_python_frame(vm, &func, fd, args, kwnames.as_ref())
                                };
                                // Pop method/NULL, callable/self and args from the caller.
                                for _ in 0..nargs + 2 {
                                    drop(pop_opt!());
                                }
                                let new_frame = tri!(res, 'dispatch);
                                save!();
                                (*frame).prev_instr = ip as i32 - 1;
                                let depth = vm.py_depth.get();
                                if depth >= vm.recursion_limit.get() {
                                    Frame::clear(new_frame);
                                    vm.frames.free(new_frame);
                                    break 'dispatch Unwind {
                                        err: vm.new_error(&vm.types.exc.recursion_error, "maximum recursion depth exceeded"),
                                        add_tb: true,
                                    };
                                }
                                vm.py_depth.set(depth + 1);
                                (*new_frame).previous = frame;
                                vm.current_frame.set(new_frame);
                                frame = new_frame;
                                continue 'frame;
                            }
                            save!();
                            let args = stack_slice!(args_start, total);
                            let c_func = if TRACED && trace::is_c_function(&callable) {
                                // A method descriptor is reported bound to its `self`.
                                let f = if is_meth && callable.downcast::<crate::types::descr::MethodDescrData>().is_some() {
                                    vm.bind(&callable, &args[0]).unwrap_or_else(|_| callable.clone())
                                } else {
                                    callable.clone()
                                };
                                if tri!(trace::c_call_event(vm, frame, &f), 'dispatch) { Some(f) } else { None }
                            } else {
                                None
                            };
                            let fast = if c_func.is_none() && kwnames.is_none() { call::call_native_fast(vm, &callable, args) } else { None };
                            let r = match fast {
                                Some(r) => r,
                                None => vm.call_kw(&callable, args, kwnames.as_ref()),
                            };
                            if let Some(f) = &c_func {
                                if let Err(e) = trace::c_return_event(vm, frame, f, r.is_ok()) {
                                    drop(r);
                                    for _ in 0..nargs + 2 {
                                        drop(pop_opt!());
                                    }
                                    break 'dispatch Unwind { err: e, add_tb: true };
                                }
                            }
                            for _ in 0..nargs + 2 {
                                drop(pop_opt!());
                            }
                            push!(tri!(r, 'dispatch));
                            if vm.tracing.get() != TRACED {
                                (*frame).prev_instr = ip as i32 - 1;
                                save!();
                                return Ok(LoopExit::Switch(frame));
                            }
                        }
                        Opcode::CALL_FUNCTION_EX => {
                            let kwargs = if oparg & 1 != 0 { Some(pop!()) } else { None };
                            let args = pop!();
                            let func = pop!();
                            drop(pop_opt!());
                            save!();
                            let r = call::call_function_ex(vm, &func, &args, kwargs.as_ref());
                            push!(tri!(r, 'dispatch));
                            if vm.tracing.get() != TRACED {
                                (*frame).prev_instr = ip as i32 - 1;
                                save!();
                                return Ok(LoopExit::Switch(frame));
                            }
                        }
                        Opcode::LOAD_BUILD_CLASS => {
                            match (*frame).builtins.as_dict().and_then(|d| d.get_str(&vm.names.__build_class__)) {
                                Some(v) => push!(v),
                                None => {
                                    break 'dispatch Unwind { err: vm.new_error(&vm.types.exc.name_error, "__build_class__ not found"), add_tb: true };
                                }
                            }
                        }
                        Opcode::IMPORT_NAME => {
                            let fromlist = pop!();
                            let level = pop!();
                            let name = code!().names[oparg as usize].clone();
                            save!();
                            let m = crate::import::import_name(vm, &name, &(*frame).globals, &fromlist, &level);
                            push!(tri!(m, 'dispatch));
                        }
                        Opcode::IMPORT_FROM => {
                            let name = code!().names[oparg as usize].clone();
                            let m = peek!(1).clone();
                            push!(tri!(crate::import::import_from(vm, &m, &name), 'dispatch));
                        }
                        Opcode::CALL_INTRINSIC_1 => {
                            let v = pop!();
                            save!();
                            let r = ops::intrinsic_1(vm, frame, oparg as u8, v);
                            push!(tri!(r, 'dispatch));
                        }
                        Opcode::CALL_INTRINSIC_2 => {
                            let b = pop!();
                            let a = pop!();
                            save!();
                            let r = ops::intrinsic_2(vm, oparg as u8, a, b);
                            push!(tri!(r, 'dispatch));
                        }
                        Opcode::RAISE_VARARGS => {
                            let cause = if oparg >= 2 { Some(pop!()) } else { None };
                            let exc = if oparg >= 1 { Some(pop!()) } else { None };
                            match exc {
                                None => match vm.handled_exception() {
                                    Some(e) => break 'dispatch Unwind { err: PyErr(e), add_tb: false },
                                    None => {
                                        break 'dispatch Unwind { err: vm.runtime_error("No active exception to reraise"), add_tb: true };
                                    }
                                },
                                Some(e) => {
                                    let err = ops::make_raise(vm, e, cause);
                                    break 'dispatch Unwind { err, add_tb: true };
                                }
                            }
                        }
                        Opcode::RERAISE => {
                            let exc = pop!();
                            reraised_at = (*frame).prev_instr;
                            if oparg != 0 {
                                if let Some(l) = peek!(oparg as usize).as_small_int() {
                                    (*frame).prev_instr = l as i32;
                                }
                            }
                            break 'dispatch Unwind { err: PyErr(exc), add_tb: false };
                        }
                        Opcode::PUSH_EXC_INFO => {
                            let exc = pop!();
                            let prev = vm.set_handled_exception(Some(exc.clone()));
                            push!(prev.unwrap_or_else(|| vm.none()));
                            push!(exc);
                        }
                        Opcode::POP_EXCEPT => {
                            let exc = pop!();
                            let new = if vm.is_none(&exc) { None } else { Some(exc) };
                            drop(vm.set_handled_exception(new));
                        }
                        Opcode::CHECK_EXC_MATCH => {
                            let ty = pop!();
                            let exc = peek!(1).clone();
                            let r = tri!(ops::exception_matches(vm, &exc, &ty), 'dispatch);
                            push!(vm.bool_value(r));
                        }
                        Opcode::CHECK_EG_MATCH => {
                            let types = pop!();
                            let exc = pop!();
                            save!();
                            let (rest, matched) =
                                tri!(crate::types::exceptiongroup::check_eg_match(vm, &exc, &types), 'dispatch);
                            if !vm.is_none(&matched) {
                                drop(vm.set_handled_exception(Some(matched.clone())));
                            }
                            push!(rest);
                            push!(matched);
                        }
                        Opcode::LOAD_ASSERTION_ERROR => push!(vm.types.exc.assertion_error.clone()),
                        Opcode::BEFORE_WITH => {
                            let mgr = pop!();
                            save!();
                            let (exit, res) = tri!(ops::before_with(vm, &mgr), 'dispatch);
                            push!(exit);
                            push!(res);
                        }
                        Opcode::WITH_EXCEPT_START => {
                            let val = peek!(1).clone();
                            let exit = peek!(4).clone();
                            let tb = val.as_exception().and_then(|e| e.traceback()).unwrap_or_else(|| vm.none());
                            save!();
                            let r = vm.call(&exit, &[val.type_value(), val.clone(), tb]);
                            push!(tri!(r, 'dispatch));
                        }
                        Opcode::SETUP_ANNOTATIONS => {
                            if let Some(l) = &(*frame).locals {
                                let key = vm.names.__annotations__.clone();
                                if tri!(ops::mapping_get(vm, l, &key), 'dispatch).is_none() {
                                    tri!(ops::mapping_set(vm, l, key, crate::types::dict::new_dict()), 'dispatch);
                                }
                            }
                        }
                        Opcode::FORMAT_VALUE => {
                            let spec = if oparg & 4 != 0 { Some(pop!()) } else { None };
                            let v = pop!();
                            save!();
                            let r = ops::format_value(vm, v, oparg & 3, spec);
                            push!(tri!(r, 'dispatch));
                        }
                        Opcode::MATCH_MAPPING => {
                            let b = matching::is_mapping(peek!(1));
                            push!(vm.bool_value(b));
                        }
                        Opcode::MATCH_SEQUENCE => {
                            let b = matching::is_sequence(peek!(1));
                            push!(vm.bool_value(b));
                        }
                        Opcode::MATCH_KEYS => {
                            save!();
                            let r = matching::match_keys(vm, peek!(2), peek!(1));
                            push!(tri!(r, 'dispatch));
                        }
                        Opcode::MATCH_CLASS => {
                            let names = pop!();
                            let cls = pop!();
                            let subject = pop!();
                            save!();
                            let r = matching::match_class(vm, &subject, &cls, oparg as usize, &names);
                            push!(tri!(r, 'dispatch));
                        }
                        Opcode::GET_AWAITABLE => {
                            let v = pop!();
                            save!();
                            let r = ops::get_awaitable(vm, &v, oparg);
                            push!(tri!(r, 'dispatch));
                        }
                        Opcode::GET_AITER => {
                            let v = pop!();
                            save!();
                            let r = ops::get_aiter(vm, &v);
                            push!(tri!(r, 'dispatch));
                        }
                        Opcode::GET_ANEXT => {
                            save!();
                            let r = ops::get_anext(vm, peek!(1));
                            push!(tri!(r, 'dispatch));
                        }
                        Opcode::BEFORE_ASYNC_WITH => {
                            let mgr = pop!();
                            save!();
                            let (exit, res) = tri!(ops::before_async_with(vm, &mgr), 'dispatch);
                            push!(exit);
                            push!(res);
                        }
                        Opcode::END_ASYNC_FOR => {
                            let exc = pop!();
                            if exc.isinstance(&vm.types.exc.stop_async_iteration) {
                                drop(pop_opt!());
                            } else {
                                break 'dispatch Unwind { err: PyErr(exc), add_tb: false };
                            }
                        }
                    }
                    break 'ext;
                }
            } };

            // Exception unwinding in this frame.
            save!();
            let Unwind { err, add_tb } = unwind;
            let exc = err.0;
            let mut exc = exc;
            if add_tb {
                ops::add_context(vm, &exc);
                add_traceback(vm, frame, &exc);
                if TRACED {
                    if let Err(e) = trace::exception_event(vm, frame, &exc) {
                        exc = e.0;
                    }
                }
            }
            let lasti = (*frame).prev_instr.max(0) as u32;
            let at = if reraised_at >= 0 {
                std::mem::replace(&mut reraised_at, -1)
            } else if TRACED {
                cur as i32
            } else {
                (*frame).prev_instr.max(0)
            };
            let handler = pyrite_bytecode::exctable::find_handler(&code!().source.exceptiontable, at as u32);
            if let Some(h) = handler {
                let depth = (*frame).nlocalsplus as usize + h.depth as usize;
                while sp > lp!().add(depth) {
                    drop(pop_opt!());
                }
                if h.lasti {
                    push!(new_int(lasti as i64));
                }
                push!(exc);
                save!();
                (*frame).prev_instr = h.target as i32 - 1;
                continue 'frame;
            }
            // No handler: pop the frame and continue in the caller.
            if TRACED {
                watch::on_end(vm, frame, "unwind", Some(&exc));
                if let Err(e) = trace::return_event(vm, frame, None) {
                    exc = e.0;
                }
            }
            let was_entry = (*frame).is_entry;
            let prev = (*frame).previous;
            if (*frame).owner == Owner::Generator && !was_entry {
                // An exception escaped an inline generator: it finishes, and the exception
                // continues in the loop's frame (as if `next()` had raised it there).
                let (caller, genv) = finish_inline_generator(vm, frame);
                let g = genv.downcast_unchecked::<crate::types::generator::GeneratorData>();
                let err = crate::types::genmethods::escaped_error(vm, g, PyErr(exc));
                drop(genv);
                frame = caller;
                pending = Some(Unwind { err, add_tb: true });
                continue;
            }
            if (*frame).owner == Owner::Generator {
                vm.current_frame.set(prev);
                (*frame).previous = std::ptr::null_mut();
                return Err(PyErr(exc));
            }
            pop_frame(vm, frame);
            if was_entry {
                return Err(PyErr(exc));
            }
            vm.py_depth.set(vm.py_depth.get() - 1);
            frame = prev;
            // The caller's prev_instr points at its CALL's last cache unit, as CPython's does
            // (`tb_lasti` shows it); the exception table covers cache units too.
            pending = Some(Unwind { err: PyErr(exc), add_tb: true });
        }
    }
}

/// The `__init__` to run inline for a call of `callable` with `nargs` positional arguments:
/// `callable` is a class made by a class statement (metaclass `type`), whose instances are plain
/// objects made by `object.__new__`, and whose `__init__` is a Python function taking exactly
/// `self` and those arguments.
#[inline]
fn init_to_inline(vm: &Vm, callable: &Value, nargs: usize) -> Option<Value> {
    let td = callable.as_type()?;
    if !callable.is_exact(&vm.types.type_) || !td.has_flag(crate::types::typeobj::tflags::HEAPTYPE) || td.layout != crate::object::Layout::Object {
        return None;
    }
    let init = td.lookup(&vm.names.__init__)?;
    if init.downcast::<FunctionData>()?.code_data().fast_positional != nargs as u32 + 1 {
        return None;
    }
    let new = td.lookup(&vm.names.__new__)?;
    crate::types::object::is_native_new_of_object(vm, &new).then_some(init)
}

/// Starts or resumes generator `g` inline on top of `frame` (whose stack and position are
/// saved, the generator on top of its stack), sending `sent`; returns the generator's frame.
/// `oparg` is FOR_ITER's or SEND's jump, taken when the generator returns.
///
/// # Safety
/// `frame` is the current frame; `g` is a suspended or new generator on top of its stack.
unsafe fn enter_inline_generator(
    vm: &Vm,
    frame: *mut Frame,
    g: &crate::types::generator::GeneratorData,
    sent: Value,
    oparg: u32,
) -> *mut Frame {
    // SAFETY: guaranteed by the caller; a suspended generator's stack has room for the value
    // sent in (the yielded value's slot).
    unsafe {
        let gf = g.frame();
        let gsp = (*gf).stacktop as usize;
        Frame::localsplus(gf).add(gsp).write(Some(sent));
        (*gf).stacktop += 1;
        g.state.set(GenState::Running);
        vm.push_exc_state(g.swap_exc_state(None));
        (*frame).return_offset = oparg;
        vm.py_depth.set(vm.py_depth.get() + 1);
        (*gf).previous = frame;
        (*gf).is_entry = false;
        vm.current_frame.set(gf);
        gf
    }
}

/// Unlinks an inline generator's frame (see FOR_ITER) from the loop's frame, which becomes
/// current again; returns the loop's frame.
///
/// # Safety
/// `frame` is a generator frame entered inline and is the current frame.
unsafe fn leave_inline_generator(vm: &Vm, frame: *mut Frame) -> *mut Frame {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let caller = (*frame).previous;
        vm.current_frame.set(caller);
        (*frame).previous = std::ptr::null_mut();
        vm.py_depth.set(vm.py_depth.get() - 1);
        caller
    }
}

/// Ends an inline generator that returned or raised: its frame is unlinked, the exception
/// state it pushed is popped and it finishes (its frame cleared). Returns the loop's frame and
/// the generator (a new reference, kept while the caller fixes its stack).
///
/// # Safety
/// As for [`leave_inline_generator`].
unsafe fn finish_inline_generator(vm: &Vm, frame: *mut Frame) -> (*mut Frame, Value) {
    // SAFETY: guaranteed by the caller; the generator is on top of the loop's saved stack.
    unsafe {
        let caller = leave_inline_generator(vm, frame);
        let genv = (*Frame::localsplus(caller).add((*caller).stacktop as usize - 1)).clone().unwrap_unchecked();
        drop(vm.pop_exc_state());
        inline_generator(caller).finish();
        (caller, genv)
    }
}

/// The generator running inline on top of `caller`: the iterator on top of its stack.
///
/// # Safety
/// `caller` is the frame whose FOR_ITER entered a generator inline, stack saved.
unsafe fn inline_generator<'a>(caller: *mut Frame) -> &'a crate::types::generator::GeneratorData {
    // SAFETY: the loop's iterator (a generator) is on top of the saved stack, and stays there
    // (alive) while the generator runs.
    unsafe {
        let it = (*Frame::localsplus(caller).add((*caller).stacktop as usize - 1)).as_ref().unwrap_unchecked();
        it.downcast_unchecked::<crate::types::generator::GeneratorData>()
    }
}

/// Ends the `for` loop of `caller` whose inline generator returned: the iterator is popped and
/// the loop's END_FOR skipped, as when FOR_ITER finds an iterator exhausted.
///
/// # Safety
/// As for [`inline_generator`].
unsafe fn end_inline_loop(caller: *mut Frame) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let top = (*caller).stacktop as usize - 1;
        let it = Frame::localsplus(caller).add(top).read();
        (*caller).stacktop = top as u32;
        (*caller).prev_instr += (*caller).return_offset as i32 + 1;
        drop(it);
    }
}

/// Adds a traceback entry for `frame` to `exc` (= `PyTraceBack_Here`).
pub fn add_traceback(vm: &Vm, frame: *mut Frame, exc: &Value) {
    let Some(ed) = exc.as_exception() else { return };
    let fo = get_frame_object(frame);
    // SAFETY: `frame` is live.
    let lasti = unsafe { (*frame).prev_instr.max(0) as u32 * 2 };
    let _ = vm;
    let tb = crate::types::exception::new_traceback(ed.traceback(), fo, lasti, crate::types::exception::LINENO_LATER);
    drop(ed.set_traceback(Some(tb)));
}

fn free_var_error(vm: &Vm, code: &crate::types::code::CodeData, idx: usize) -> PyErr {
    let name = code.localsplus_names[idx].as_rust_str().unwrap_or("?").to_string();
    let kind = code.source.localsplus_kinds.get(idx).copied().unwrap_or(0);
    if kind & pyrite_bytecode::code::kinds::FREE != 0 {
        vm.new_error(
            &vm.types.exc.name_error,
            &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    } else {
        vm.unbound_local(&crate::types::str::new_str(&name))
    }
}

/// Runs `code` as a module or exec body with `globals` and `locals`.
pub fn run_code(vm: &Vm, code: &Value, globals: &Value, locals: Option<Value>) -> PyResult<Value> {
    let builtins = ops::builtins_for_globals(vm, globals);
    let cd = code.as_code().ok_or_else(|| vm.type_error("expected a code object"))?;
    let f = vm.frames.alloc(cd.framesize);
    // SAFETY: fresh frame memory from the frame stack.
    unsafe {
        Frame::init(f, code.clone(), None, globals.clone(), builtins, locals, Owner::Thread);
    }
    match run_frame(vm, f, None)? {
        FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
    }
}

/// `int` of a small value for error paths.
pub fn as_usize(v: &Value) -> Option<usize> {
    as_int(v).and_then(|i| i.to_i64()).and_then(|i| usize::try_from(i).ok())
}

/// Whether a `SEND` receiver that is not a generator finished by raising StopIteration (as
/// Python-level `__next__`/`send` and the async generator awaitables do), rather than by
/// returning nothing the way native iterators end.
fn send_raised_stop(vm: &Vm, receiver: &Value, value: &Value) -> bool {
    if crate::protocol::object::is_heap(receiver) {
        return true;
    }
    match receiver.downcast::<crate::types::coroutine::AwaitableData>() {
        Some(d) => !matches!(d.kind, crate::types::coroutine::AwaitableKind::CoroWrapper(_)) || !vm.is_none(value),
        None => false,
    }
}
