//! The compiler-side code object: what `pyrite-compiler` produces and `pyrite-vm` turns into a
//! Python `code` object.
//!
//! Field names follow CPython's `co_*` attributes without the prefix. Variables live in one
//! *localsplus* list (`localsplus_names` with a kind byte per slot, as 3.11+ stores them);
//! `co_varnames`, `co_cellvars` and `co_freevars` are derived from it.

use std::rc::Rc;

use num_bigint::BigInt;

/// `co_flags` bits (CPython's `CO_*`).
#[allow(missing_docs)]
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// Kind bits of a localsplus slot (CPython's `CO_FAST_*`).
#[allow(missing_docs)]
pub mod kinds {
    pub const HIDDEN: u8 = 0x10;
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
}

/// A constant in `co_consts`.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Ellipsis,
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// An int that does not.
    BigInt(BigInt),
    Float(f64),
    Complex { re: f64, im: f64 },
    /// A string of Unicode scalar values.
    Str(Rc<str>),
    /// A string that holds lone surrogates, as code points.
    StrCodePoints(Rc<[u32]>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    FrozenSet(Rc<[Constant]>),
    Code(Rc<CodeObject>),
}

impl Constant {
    /// Identity of constants for de-duplication in `co_consts`: equal type and value
    /// (so `1`, `1.0` and `True` stay distinct, and `0.0` differs from `-0.0`).
    pub fn same_as(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { re: a, im: b }, Complex { re: c, im: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (StrCodePoints(a), StrCodePoints(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same_as(y))
            }
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// An immutable compiled code object.
#[derive(Clone, Debug, Default)]
pub struct CodeObject {
    /// `co_argcount`: positional parameters, positional-only included.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// `co_stacksize`: the deepest the value stack gets.
    pub stacksize: u32,
    pub flags: u32,
    /// `co_code`: 2-byte code units (opcode, argument) with inline caches as zero units.
    pub code: Vec<u8>,
    pub consts: Vec<Constant>,
    /// `co_names`: attribute, global and imported names.
    pub names: Vec<Rc<str>>,
    /// Names of the localsplus slots: arguments, other locals, cells, frees, in that order
    /// (a cell that is also an argument keeps its argument slot).
    pub localsplus_names: Vec<Rc<str>>,
    /// One `kinds::*` byte per localsplus slot.
    pub localsplus_kinds: Vec<u8>,
    pub filename: Rc<str>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub firstlineno: u32,
    /// `co_linetable` in 3.12's location-table format (see `linetable`).
    pub linetable: Vec<u8>,
    /// `co_exceptiontable` in 3.12's format (see `exctable`).
    pub exceptiontable: Vec<u8>,
}

impl CodeObject {
    /// Number of localsplus slots (locals, cells and frees).
    pub fn nlocalsplus(&self) -> usize {
        self.localsplus_names.len()
    }

    /// `co_nlocals`: slots that are fast locals (including arguments that are also cells).
    pub fn nlocals(&self) -> usize {
        self.localsplus_kinds.iter().filter(|k| **k & kinds::LOCAL != 0).count()
    }

    /// `co_varnames`.
    pub fn varnames(&self) -> Vec<Rc<str>> {
        self.names_with(kinds::LOCAL)
    }

    /// `co_cellvars`.
    pub fn cellvars(&self) -> Vec<Rc<str>> {
        self.names_with(kinds::CELL)
    }

    /// `co_freevars`.
    pub fn freevars(&self) -> Vec<Rc<str>> {
        self.names_with(kinds::FREE)
    }

    /// Number of free variables (the closure's length).
    pub fn nfreevars(&self) -> usize {
        self.localsplus_kinds.iter().filter(|k| **k & kinds::FREE != 0).count()
    }

    fn names_with(&self, kind: u8) -> Vec<Rc<str>> {
        self.localsplus_names
            .iter()
            .zip(&self.localsplus_kinds)
            .filter(|(_, k)| **k & kind != 0)
            .map(|(n, _)| n.clone())
            .collect()
    }
}
