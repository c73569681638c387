//! `code` objects at run time: the compiler's [`CodeObject`] plus the values the eval loop needs
//! ready-made (constants and names as Python objects, names interned).

use std::rc::Rc;

use pyrite_bytecode::{CodeObject, Constant};

use crate::object::{alloc, Value};
use crate::types::builtin_types;
use crate::vm::Vm;

pub struct CodeData {
    pub source: Rc<CodeObject>,
    /// Instructions as (opcode, arg) pairs.
    pub units: Box<[[u8; 2]]>,
    /// What the untraced eval loop runs: `units` with superinstructions formed (see
    /// [`quicken`]), and instructions rewritten to specialized forms as they run (the loop
    /// writes them). Traced runs, `co_code` and everything else read `units`.
    pub quick: Box<[std::cell::Cell<[u8; 2]>]>,
    pub consts: Box<[Value]>,
    pub names: Box<[Value]>,
    pub localsplus_names: Box<[Value]>,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    /// Number of localsplus slots (locals, cells, frees).
    pub nlocalsplus: usize,
    /// Slots a frame needs: localsplus plus the value stack.
    pub framesize: usize,
    /// `co_argcount` when calls with exactly that many positional arguments need no binding
    /// work (no `*args`, `**kwargs` or keyword-only parameters); `u32::MAX` otherwise.
    pub fast_positional: u32,
    /// One cache entry per `LOAD_GLOBAL`; the instruction's first inline-cache unit in
    /// `units` holds its index (our working copy; `co_code` shows the canonical zeros).
    pub global_cache: Box<[GlobalCache]>,
    /// One cache entry per `LOAD_ATTR` and `STORE_ATTR`, numbered the same way.
    pub attr_cache: Box<[crate::eval::attrcache::AttrCache]>,
    /// Per code unit: line and whether a line event may start there (computed when first
    /// traced).
    pub line_info: std::cell::OnceCell<Box<[(i32, bool)]>>,
}

/// Where a global was found last time: the dict slot, valid while the dicts' key versions
/// are unchanged (CPython's `LOAD_GLOBAL_MODULE` / `LOAD_GLOBAL_BUILTIN` guards).
#[derive(Default)]
pub struct GlobalCache {
    pub globals_version: std::cell::Cell<u64>,
    /// 0 when the name was found in globals.
    pub builtins_version: std::cell::Cell<u64>,
    pub slot: std::cell::Cell<u32>,
}

impl CodeData {
    pub fn flags(&self) -> u32 {
        self.source.flags
    }

    pub fn argcount(&self) -> usize {
        self.source.argcount as usize
    }
}

/// The working copy the untraced loop runs: each instruction of a pair CPython 3.12 fuses
/// (`_PyCode_Quicken`) becomes the superinstruction that runs both and skips the second. The
/// second keeps its opcode, so a jump to it runs it alone.
fn quicken(units: &[[u8; 2]]) -> Box<[std::cell::Cell<[u8; 2]>]> {
    use pyrite_bytecode::Opcode as O;
    let mut quick: Box<[[u8; 2]]> = units.into();
    let mut previous: u8 = 0;
    let mut i = 0;
    while i < units.len() {
        let op = units[i][0];
        let caches = O::from_u8(op).map(|o| o.cache_entries()).unwrap_or(0);
        if caches > 0 {
            previous = 0;
            i += 1 + caches;
            continue;
        }
        let fused = match (O::from_u8(previous), O::from_u8(op)) {
            (Some(O::LOAD_FAST), Some(O::LOAD_FAST)) => Some(O::LOAD_FAST__LOAD_FAST),
            (Some(O::LOAD_FAST), Some(O::LOAD_CONST)) => Some(O::LOAD_FAST__LOAD_CONST),
            (Some(O::LOAD_CONST), Some(O::LOAD_FAST)) => Some(O::LOAD_CONST__LOAD_FAST),
            (Some(O::STORE_FAST), Some(O::LOAD_FAST)) => Some(O::STORE_FAST__LOAD_FAST),
            (Some(O::STORE_FAST), Some(O::STORE_FAST)) => Some(O::STORE_FAST__STORE_FAST),
            _ => None,
        };
        if let Some(f) = fused {
            quick[i - 1][0] = f as u8;
        }
        previous = op;
        i += 1;
    }
    quick.iter().map(|&u| std::cell::Cell::new(u)).collect()
}

/// Builds a code object value (recursively for nested code constants).
pub fn new_code(vm: &Vm, code: Rc<CodeObject>) -> Value {
    new_code_with_consts(vm, code, None)
}

/// Builds a code object value whose constants are `consts` when given (`code.replace`).
pub fn new_code_with_consts(vm: &Vm, code: Rc<CodeObject>, consts: Option<Vec<Value>>) -> Value {
    let consts = match consts {
        Some(c) => c.into_boxed_slice(),
        None => code.consts.iter().map(|c| constant_to_value(vm, c)).collect(),
    };
    let names = code.names.iter().map(|n| vm.intern(n)).collect();
    let lp = code.localsplus_names.iter().map(|n| vm.intern(n)).collect();
    let mut units: Box<[[u8; 2]]> = code.code.chunks_exact(2).map(|c| [c[0], c[1]]).collect();
    let mut nglobals: u16 = 0;
    let mut nattrs: u16 = 0;
    let mut i = 0;
    while i < units.len() {
        // Verification: every instruction byte must be a real opcode; anything else becomes
        // RESERVED, which raises SystemError, so the eval loop can decode without checking.
        if pyrite_bytecode::Opcode::from_u8(units[i][0]).is_none() {
            units[i][0] = pyrite_bytecode::Opcode::RESERVED as u8;
        }
        let op = units[i][0];
        if op == pyrite_bytecode::Opcode::LOAD_GLOBAL as u8 && i + 1 < units.len() && nglobals < u16::MAX {
            units[i + 1] = nglobals.to_le_bytes();
            nglobals += 1;
        }
        let is_attr = op == pyrite_bytecode::Opcode::LOAD_ATTR as u8 || op == pyrite_bytecode::Opcode::STORE_ATTR as u8;
        if is_attr && i + 1 < units.len() && nattrs < u16::MAX {
            units[i + 1] = nattrs.to_le_bytes();
            nattrs += 1;
        }
        let caches = pyrite_bytecode::Opcode::from_u8(op).map(|o| o.cache_entries()).unwrap_or(0);
        i += 1 + caches;
    }
    let quick = quicken(&units);
    let global_cache = (0..nglobals).map(|_| GlobalCache::default()).collect();
    let attr_cache = (0..nattrs).map(|_| Default::default()).collect();
    let nlocalsplus = code.nlocalsplus();
    let framesize = nlocalsplus + code.stacksize as usize + 1;
    let data = CodeData {
        units,
        quick,
        consts,
        names,
        localsplus_names: lp,
        name: vm.intern(&code.name),
        qualname: vm.intern(&code.qualname),
        filename: vm.intern(&code.filename),
        nlocalsplus,
        framesize,
        fast_positional: if code.flags & (pyrite_bytecode::code::flags::VARARGS | pyrite_bytecode::code::flags::VARKEYWORDS) == 0
            && code.kwonlyargcount == 0
        {
            code.argcount
        } else {
            u32::MAX
        },
        global_cache,
        attr_cache,
        line_info: std::cell::OnceCell::new(),
        source: code,
    };
    alloc(&builtin_types().code, data)
}

/// Turns a compile-time constant into a Python value.
pub fn constant_to_value(vm: &Vm, c: &Constant) -> Value {
    use crate::types::{float, int, str as pystr, tuple};
    match c {
        Constant::None => vm.none(),
        Constant::Ellipsis => vm.types.ellipsis.clone(),
        Constant::Bool(b) => vm.bool_value(*b),
        Constant::Int(i) => int::new_int(*i),
        Constant::BigInt(b) => int::new_bigint(b.clone()),
        Constant::Float(f) => float::new_float(*f),
        Constant::Complex { re, im } => float::new_complex(*re, *im),
        Constant::Str(s) => {
            // Identifier-like constants are interned, as CPython does.
            if s.len() < 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                vm.intern(s)
            } else {
                pystr::new_str(s)
            }
        }
        Constant::StrCodePoints(cps) => pystr::str_from_data(pystr::StrData::from_code_points(cps)),
        Constant::Bytes(b) => crate::types::bytes::new_bytes(b.to_vec()),
        Constant::Tuple(items) => tuple::new_tuple(items.iter().map(|c| constant_to_value(vm, c)).collect()),
        Constant::FrozenSet(items) => {
            let s = crate::types::set::SetData::new();
            for it in items.iter() {
                let v = constant_to_value(vm, it);
                let _ = s.add(vm, v);
            }
            crate::types::set::new_frozenset_data(s)
        }
        Constant::Code(co) => new_code(vm, co.clone()),
    }
}

impl Value {
    pub fn as_code(&self) -> Option<&CodeData> {
        self.downcast::<CodeData>()
    }
}

pub use crate::types::funcmethods::init_code as init;
