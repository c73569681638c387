//! Assembly: from a finished code unit to a [`CodeObject`], as CPython 3.12's
//! `optimize_and_assemble_code_unit` (`Python/compile.c`) and `Python/assemble.c` do it.
//!
//! Order matters and is CPython's: optimise the graph, drop unused constants, lay out the
//! localsplus slots (locals, then cells that are not arguments, then frees) and insert the prefix
//! (`COPY_FREE_VARS`, `MAKE_CELL`s, `RETURN_GENERATOR`/`POP_TOP`), compute the stack depth,
//! lower pseudo-instructions, fix cell and jump arguments, then write the bytes (with
//! `EXTENDED_ARG` and zeroed inline caches), the location table and the exception table.

use std::collections::HashMap;
use std::rc::Rc;

use pyrite_bytecode::code::{flags as co, kinds};
use pyrite_bytecode::exctable::{self, ExceptionEntry};
use pyrite_bytecode::linetable::LineTableWriter;
use pyrite_bytecode::opcodes::{ArgKind, Opcode};
use pyrite_bytecode::{CodeObject, Constant, Location};

use crate::cfg::{Cfg, CfgError, Instr, Op};
use crate::codegen::{Unit, UnitKind};
use crate::symtable;

/// `co_flags` of a unit (`compute_code_flags`).
pub fn code_flags(ste: &symtable::Block, kind: UnitKind, future_annotations: bool) -> u32 {
    let mut f = 0;
    if matches!(kind, UnitKind::Function | UnitKind::Lambda | UnitKind::Comprehension | UnitKind::TypeParams) {
        f |= co::OPTIMIZED | co::NEWLOCALS;
        if ste.nested {
            f |= co::NESTED;
        }
        f |= match (ste.generator, ste.coroutine) {
            (true, false) => co::GENERATOR,
            (false, true) => co::COROUTINE,
            (true, true) => co::ASYNC_GENERATOR,
            (false, false) => 0,
        };
        if ste.varargs {
            f |= co::VARARGS;
        }
        if ste.varkeywords {
            f |= co::VARKEYWORDS;
        }
    }
    if future_annotations {
        f |= 0x100_0000;
    }
    f
}

fn remove_unused_consts(cfg: &mut Cfg, consts: &mut Vec<Constant>) {
    if consts.is_empty() {
        return;
    }
    let mut used = vec![false; consts.len()];
    used[0] = true;
    for b in &cfg.blocks {
        for i in &b.instrs {
            if matches!(i.op, Op::Real(Opcode::LOAD_CONST | Opcode::RETURN_CONST | Opcode::KW_NAMES))
                && let Some(u) = used.get_mut(i.arg as usize) {
                    *u = true;
                }
        }
    }
    let mut map = vec![0u32; consts.len()];
    let mut out = Vec::new();
    for (i, c) in consts.drain(..).enumerate() {
        if used[i] {
            map[i] = out.len() as u32;
            out.push(c);
        }
    }
    *consts = out;
    for b in &mut cfg.blocks {
        for i in &mut b.instrs {
            if matches!(i.op, Op::Real(Opcode::LOAD_CONST | Opcode::RETURN_CONST | Opcode::KW_NAMES))
                && let Some(m) = map.get(i.arg as usize) {
                    i.arg = *m;
                }
        }
    }
}

fn is_deref_op(op: Op) -> bool {
    matches!(op, Op::Real(o) if o.arg_kind() == ArgKind::Free)
}

/// Builds the code object of a unit.
pub fn assemble(unit: Unit<'_>, flags: u32, filename: &Rc<str>) -> Result<CodeObject, CfgError> {
    let Unit {
        name,
        qualname,
        seq,
        nlabels,
        mut consts,
        names,
        varnames,
        cellvars,
        freevars,
        fasthidden,
        argcount,
        posonlyargcount,
        kwonlyargcount,
        firstlineno,
        ..
    } = unit;
    let mut cfg = Cfg::from_sequence(seq, nlabels);
    let nparams = (argcount + posonlyargcount + kwonlyargcount) as usize
        + (flags & co::VARARGS != 0) as usize
        + (flags & co::VARKEYWORDS != 0) as usize;
    cfg.optimize_code_unit(&mut consts, varnames.len(), nparams, firstlineno);
    remove_unused_consts(&mut cfg, &mut consts);

    // Localsplus layout (compute_localsplus_info) and cell slots (build_cellfixedoffsets).
    let nlocals = varnames.len();
    let mut ls_names: Vec<Rc<str>> = Vec::new();
    let mut ls_kinds: Vec<u8> = Vec::new();
    for v in &varnames {
        let mut k = kinds::LOCAL;
        if cellvars.contains(v) {
            k |= kinds::CELL;
        }
        if fasthidden.contains_key(v) {
            k |= kinds::HIDDEN;
        }
        ls_names.push(v.as_str().into());
        ls_kinds.push(k);
    }
    let ncells = cellvars.len();
    let mut fixed: Vec<u32> = (0..(ncells + freevars.len()) as u32).map(|i| nlocals as u32 + i).collect();
    for (vi, v) in varnames.iter().enumerate() {
        if let Some(ci) = cellvars.iter().position(|c| c == v) {
            fixed[ci] = vi as u32;
        }
    }
    let prefix_fixed = fixed.clone();
    let mut dropped = 0;
    for (i, f) in fixed.iter_mut().enumerate() {
        if *f == (i + nlocals) as u32 {
            *f -= dropped;
        } else {
            dropped += 1;
        }
    }
    for c in &cellvars {
        if !varnames.contains(c) {
            ls_names.push(c.as_str().into());
            ls_kinds.push(kinds::CELL);
        }
    }
    for f in &freevars {
        ls_names.push(f.as_str().into());
        ls_kinds.push(kinds::FREE);
    }

    // Prefix instructions (insert_prefix_instructions).
    let mut prefix: Vec<Instr> = Vec::new();
    let mk = |op: Opcode, arg: u32, loc: Location| Instr { op: Op::Real(op), arg, target: 0, loc, except: None };
    if !freevars.is_empty() {
        prefix.push(mk(Opcode::COPY_FREE_VARS, freevars.len() as u32, Location::NONE));
    }
    if ncells > 0 {
        let mut sorted: Vec<(u32, usize)> = (0..ncells).map(|i| (prefix_fixed[i], i)).collect();
        sorted.sort();
        for (_, old) in sorted {
            prefix.push(mk(Opcode::MAKE_CELL, old as u32, Location::NONE));
        }
    }
    if flags & (co::GENERATOR | co::COROUTINE | co::ASYNC_GENERATOR) != 0 {
        let l = firstlineno as i32;
        prefix.push(mk(Opcode::RETURN_GENERATOR, 0, Location::new(l, l, -1, -1)));
        prefix.push(mk(Opcode::POP_TOP, 0, Location::NONE));
    }
    if !prefix.is_empty() {
        cfg.insert_prefix(prefix);
    }

    let stacksize = cfg.stackdepth()?;
    cfg.convert_pseudo_ops();
    for b in &mut cfg.blocks {
        for i in &mut b.instrs {
            if is_deref_op(i.op) {
                i.arg = fixed.get(i.arg as usize).copied().unwrap_or(i.arg);
            }
        }
    }
    cfg.normalize_jumps();
    cfg.resolve_jump_offsets();

    // Bytes, line table, exception table.
    let mut code = Vec::new();
    let mut lt = LineTableWriter::new(firstlineno);
    let mut entries: Vec<ExceptionEntry> = Vec::new();
    let mut cur: Option<(u32, usize)> = None; // (start, handler block)
    let mut offset = 0u32;
    let linear: Vec<(usize, Instr)> = cfg.linear().into_iter().map(|(b, i)| (b, i.clone())).collect();
    let handler_info: HashMap<usize, (u32, u32, bool)> = linear
        .iter()
        .filter_map(|(_, i)| i.except)
        .map(|h| {
            let b = &cfg.blocks[h];
            let lasti = b.preserve_lasti;
            let depth = (b.start_depth - 1 - lasti as i32).max(0) as u32;
            (h, (b.offset, depth, lasti))
        })
        .collect();
    for (_, ins) in &linear {
        let Op::Real(op) = ins.op else {
            return Err(CfgError(format!("pseudo-instruction left: {:?}", ins.op)));
        };
        let size = crate::cfg::instr_size(op, ins.arg);
        if cur.map(|c| c.1) != ins.except {
            if let Some((start, h)) = cur {
                push_entry(&mut entries, start, offset, &handler_info, h);
            }
            cur = ins.except.map(|h| (offset, h));
        }
        let arg = ins.arg;
        for shift in [24u32, 16, 8] {
            if (arg > 0xFF && shift == 8) || (arg > 0xFFFF && shift == 16) || (arg > 0xFF_FFFF && shift == 24) {
                code.push(Opcode::EXTENDED_ARG as u8);
                code.push((arg >> shift) as u8);
            }
        }
        code.push(op as u8);
        code.push(arg as u8);
        for _ in 0..op.cache_entries() {
            code.push(0);
            code.push(0);
        }
        lt.push(ins.loc, size);
        offset += size;
    }
    if let Some((start, h)) = cur {
        push_entry(&mut entries, start, offset, &handler_info, h);
    }

    Ok(CodeObject {
        argcount: argcount + posonlyargcount,
        posonlyargcount,
        kwonlyargcount,
        stacksize,
        flags,
        code,
        consts,
        names: names.into_iter().map(|n| Rc::from(n.as_str())).collect(),
        localsplus_names: ls_names,
        localsplus_kinds: ls_kinds,
        filename: filename.clone(),
        name: name.as_str().into(),
        qualname: qualname.as_str().into(),
        firstlineno,
        linetable: lt.finish(),
        exceptiontable: exctable::encode(&entries),
    })
}

fn push_entry(
    entries: &mut Vec<ExceptionEntry>,
    start: u32,
    end: u32,
    info: &HashMap<usize, (u32, u32, bool)>,
    h: usize,
) {
    if end <= start {
        return;
    }
    if let Some(&(target, depth, lasti)) = info.get(&h) {
        entries.push(ExceptionEntry { start, end, target, depth, lasti });
    }
}
