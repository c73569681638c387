//! Setting `frame.f_lineno` from a trace function: a jump, with CPython 3.12's rules
//! (`frame_setlineno`, `mark_stacks` in Objects/frameobject.c). The value stack at every
//! instruction is worked out by abstract interpretation, each slot a kind (iterator, exception,
//! object, NULL, lasti); a jump is allowed only to a line whose stack is the current one with
//! values popped, and those values are popped.

use pyrite_bytecode::code::flags;
use pyrite_bytecode::Opcode;

use crate::frame::Frame;
use crate::object::Value;
use crate::types::code::CodeData;
use crate::vm::{PyResult, Vm};

const ITERATOR: i64 = 1;
const EXCEPT: i64 = 2;
const OBJECT: i64 = 3;
const NULL: i64 = 4;
const LASTI: i64 = 5;
const BITS: u32 = 3;
const MASK: i64 = 7;
const MAX_DEPTH: u32 = 20;
const UNINITIALIZED: i64 = -2;
const OVERFLOWED: i64 = -1;

fn push(s: i64, k: i64) -> i64 {
    if s < 0 || (s >> ((MAX_DEPTH - 1) * BITS)) != 0 { OVERFLOWED } else { (s << BITS) | k }
}

fn pop(s: i64) -> i64 {
    if s < 0 { s } else { s >> BITS }
}

fn top(s: i64) -> i64 {
    s & MASK
}

fn peek(s: i64, n: u32) -> i64 {
    (s >> ((n - 1) * BITS)) & MASK
}

fn swap(s: i64, n: u32) -> i64 {
    if s < 0 {
        return s;
    }
    let to = peek(s, n);
    let t = top(s);
    let shift = (n - 1) * BITS;
    let replaced_low = (s & !MASK) | to;
    (replaced_low & !(MASK << shift)) | (t << shift)
}

/// The stack state before each code unit (UNINITIALIZED where unreachable).
fn mark_stacks(code: &CodeData) -> Vec<i64> {
    let units = &code.units;
    let n = units.len();
    let mut stacks = vec![UNINITIALIZED; n + 1];
    stacks[0] = 0;
    if code.source.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
        // Generators are sent None when they start.
        stacks[0] = push(0, OBJECT);
    }
    let handlers = pyrite_bytecode::exctable::decode(&code.source.exceptiontable);
    let mut todo = true;
    while todo {
        todo = false;
        let mut i = 0;
        while i < n {
            let mut next_stack = stacks[i];
            let mut oparg: u32 = 0;
            let mut op = units[i][0];
            while op == Opcode::EXTENDED_ARG as u8 && i + 1 < n {
                oparg = (oparg << 8) | units[i][1] as u32;
                i += 1;
                op = units[i][0];
                stacks[i] = next_stack;
            }
            let Some(opcode) = Opcode::from_u8(op) else { break };
            let next_i = i + 1 + opcode.cache_entries();
            if next_stack == UNINITIALIZED {
                i = next_i;
                continue;
            }
            oparg = (oparg << 8) | units[i][1] as u32;
            let target = |fwd: bool| if fwd { next_i + oparg as usize } else { next_i.saturating_sub(oparg as usize) };
            let mut set = |j: usize, s: i64, todo: &mut bool| {
                if j <= n {
                    if j < i && stacks[j] == UNINITIALIZED {
                        *todo = true;
                    }
                    stacks[j] = s;
                }
            };
            match opcode {
                Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE | Opcode::POP_JUMP_IF_NONE | Opcode::POP_JUMP_IF_NOT_NONE => {
                    next_stack = pop(next_stack);
                    set(target(true), next_stack, &mut todo);
                    set(next_i, next_stack, &mut todo);
                }
                Opcode::SEND => {
                    set(target(true), next_stack, &mut todo);
                    set(next_i, next_stack, &mut todo);
                }
                Opcode::JUMP_FORWARD => set(target(true), next_stack, &mut todo),
                Opcode::JUMP_BACKWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT => set(target(false), next_stack, &mut todo),
                Opcode::GET_ITER | Opcode::GET_AITER => set(next_i, push(pop(next_stack), ITERATOR), &mut todo),
                Opcode::FOR_ITER => {
                    let t = push(next_stack, OBJECT);
                    set(next_i, t, &mut todo);
                    set(target(true), t, &mut todo);
                }
                Opcode::END_ASYNC_FOR => set(next_i, pop(pop(next_stack)), &mut todo),
                Opcode::PUSH_EXC_INFO => set(next_i, push(next_stack, EXCEPT), &mut todo),
                Opcode::POP_EXCEPT => set(next_i, pop(next_stack), &mut todo),
                Opcode::RETURN_VALUE | Opcode::RETURN_CONST | Opcode::RAISE_VARARGS | Opcode::RERAISE => {}
                Opcode::PUSH_NULL => set(next_i, push(next_stack, NULL), &mut todo),
                Opcode::LOAD_GLOBAL => {
                    if oparg & 1 != 0 {
                        next_stack = push(next_stack, NULL);
                    }
                    set(next_i, push(next_stack, OBJECT), &mut todo);
                }
                Opcode::LOAD_ATTR => {
                    if oparg & 1 != 0 {
                        next_stack = push(push(pop(next_stack), NULL), OBJECT);
                    }
                    set(next_i, next_stack, &mut todo);
                }
                Opcode::CALL => {
                    for _ in 0..oparg + 2 {
                        next_stack = pop(next_stack);
                    }
                    set(next_i, push(next_stack, OBJECT), &mut todo);
                }
                Opcode::SWAP => set(next_i, swap(next_stack, oparg.max(1)), &mut todo),
                Opcode::COPY => {
                    let k = if next_stack < 0 { OBJECT } else { peek(next_stack, oparg.max(1)) };
                    set(next_i, push(next_stack, k), &mut todo);
                }
                _ => {
                    let mut delta = opcode.stack_effect(oparg, false);
                    while delta < 0 {
                        next_stack = pop(next_stack);
                        delta += 1;
                    }
                    while delta > 0 {
                        next_stack = push(next_stack, OBJECT);
                        delta -= 1;
                    }
                    set(next_i, next_stack, &mut todo);
                }
            }
            i = next_i;
        }
        // Exception handlers.
        for h in &handlers {
            let (start, target) = (h.start as usize, h.target as usize);
            if start < n && target < n && stacks[start] >= 0 && stacks[target] == UNINITIALIZED {
                let mut s = stacks[start];
                let depth_of = |mut x: i64| {
                    let mut d = 0;
                    while x > 0 {
                        x >>= BITS;
                        d += 1;
                    }
                    d
                };
                while depth_of(s) > h.depth as i64 {
                    s = pop(s);
                }
                if h.lasti {
                    s = push(s, LASTI);
                }
                stacks[target] = push(s, EXCEPT);
                todo = true;
            }
        }
    }
    stacks
}

fn compatible_kind(from: i64, to: i64) -> bool {
    if to == 0 {
        return false;
    }
    if to == OBJECT {
        return from != NULL;
    }
    if to == NULL {
        return true;
    }
    from == to
}

fn compatible_stack(mut from: i64, mut to: i64) -> bool {
    if from < 0 || to < 0 {
        return false;
    }
    while from > to {
        from = pop(from);
    }
    while from != 0 {
        if !compatible_kind(top(from), top(to)) {
            return false;
        }
        from = pop(from);
        to = pop(to);
    }
    to == 0
}

fn explain_incompatible(to: i64) -> &'static str {
    if to == OVERFLOWED {
        return "stack is too deep to analyze";
    }
    if to == UNINITIALIZED {
        return "can't jump into an exception handler, or code may be unreachable";
    }
    match top(to) {
        EXCEPT => "can't jump into an 'except' block as there's no exception",
        LASTI => "can't jump into a re-raising block as there's no location",
        ITERATOR => "can't jump into the body of a for loop",
        _ => "incompatible stacks",
    }
}

/// The first line of each line range (= `marklines`), -1 elsewhere.
fn marklines(code: &CodeData) -> Vec<i64> {
    let n = code.units.len();
    let mut lines = vec![-1i64; n];
    let mut last = -1i64;
    for e in pyrite_bytecode::linetable::positions(&code.source) {
        let l = e.line.map(|l| l as i64).unwrap_or(-1);
        let s = (e.start / 2) as usize;
        if l != last && l != -1 && s < n {
            lines[s] = l;
            last = l;
        }
    }
    lines
}

/// `frame.f_lineno = value`: validates and performs the jump. `event` is the trace event
/// being reported now ("" outside a trace function).
pub fn set_lineno(vm: &Vm, f: *mut Frame, value: &Value, event: &str) -> PyResult<i32> {
    let Some(requested) = crate::types::int::as_int(value).filter(|_| value.is_small_int() || value.is_exact(&vm.types.int)).and_then(|i| i.to_i64()) else {
        return Err(vm.value_error("lineno must be an integer"));
    };
    match event {
        "line" => {}
        "call" => return Err(vm.value_error("can't jump from the 'call' trace event of a new frame")),
        "" => return Err(vm.value_error("f_lineno can only be set in a trace function")),
        _ => return Err(vm.value_error("can only jump from a 'line' trace event")),
    }
    // SAFETY: the frame being traced is live.
    let code = unsafe { (*f).code_data() };
    if requested < code.source.firstlineno as i64 {
        return Err(vm.value_error(&format!("line {requested} comes before the current code block")));
    }
    let lines = marklines(code);
    let Some(new_line) = lines.iter().copied().filter(|&l| l >= requested).min() else {
        return Err(vm.value_error(&format!("line {requested} comes after the current code block")));
    };
    let stacks = mark_stacks(code);
    // SAFETY: as above.
    let lasti = unsafe { (*f).prev_instr.max(0) as usize };
    let start_stack = stacks.get(lasti).copied().unwrap_or(UNINITIALIZED);
    let mut best: Option<(i64, usize)> = None;
    let mut msg = "cannot find bytecode for specified line";
    let mut err = -1;
    for (i, &l) in lines.iter().enumerate() {
        if l != new_line {
            continue;
        }
        let target = stacks[i];
        if compatible_stack(start_stack, target) {
            err = 0;
            if best.is_none_or(|(s, _)| target > s) {
                best = Some((target, i));
            }
        } else if err < 0 {
            if start_stack == OVERFLOWED {
                msg = "stack to deep to analyze";
            } else if start_stack == UNINITIALIZED {
                msg = "can't jump from unreachable code";
            } else {
                msg = explain_incompatible(target);
                err = 1;
            }
        }
    }
    let Some((best_stack, best_addr)) = best.filter(|_| err == 0) else {
        return Err(vm.value_error(msg));
    };
    // SAFETY: the frame is live and not executing an instruction right now (a trace function
    // runs between instructions); we pop stack values and bind unbound locals.
    unsafe {
        // Locals the compiler may have proven bound at the target get None (with CPython's
        // warning) rather than leaving the frame in a state its code never expects.
        let lp = Frame::localsplus(f);
        let unbound = (0..code.nlocalsplus).filter(|&i| (*lp.add(i)).is_none()).count();
        if unbound > 0 {
            let s = if unbound == 1 { "" } else { "s" };
            vm.warn("RuntimeWarning", &format!("assigning None to {unbound} unbound local{s}"));
            for i in 0..code.nlocalsplus {
                if (*lp.add(i)).is_none() {
                    *lp.add(i) = Some(vm.none());
                }
            }
        }
        let mut s = start_stack;
        let mut old = Vec::new();
        while s > best_stack {
            let sp = (*f).stacktop as usize;
            if sp <= (*f).nlocalsplus as usize {
                break;
            }
            let v = (*lp.add(sp - 1)).take();
            (*f).stacktop -= 1;
            if top(s) == EXCEPT {
                let e = v.filter(|x| !vm.is_none(x));
                old.push(vm.set_handled_exception(e));
            } else {
                old.push(v);
            }
            s = pop(s);
        }
        (*f).prev_instr = best_addr as i32;
        vm.jumped.set(f);
        drop(old);
    }
    Ok(new_line as i32)
}

