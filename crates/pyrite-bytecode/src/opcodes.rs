//! The instruction set, defined once.
//!
//! Every real opcode of CPython 3.12 has exactly one row in the `opcodes!` invocation below:
//! its name, its number, the number of inline-cache code units that follow it, what its argument
//! means, and its stack effect. The macro turns that table into the [`Opcode`] enum,
//! [`Opcode::name`], [`Opcode::from_u8`], [`Opcode::cache_entries`], [`Opcode::arg_kind`] and
//! [`Opcode::stack_effect`]; the compiler, the VM and the disassembler all read from here.
//! Numbers and names are 3.12's (`Lib/opcode.py`), because `dis`, `co_code` and `f_lasti` expose
//! them to Python code.
//!
//! Stack shapes are written `[.., a, b] -> [.., c]` with the top of the stack on the right.

/// What an instruction's argument refers to, for the disassembler and for code verification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// No argument (the argument byte is ignored and is 0).
    None,
    /// A plain number (counts, flags, operator codes).
    Number,
    /// An index into `co_consts`.
    Const,
    /// An index into `co_names` (`LOAD_ATTR`/`LOAD_GLOBAL`/`LOAD_SUPER_ATTR` shift it).
    Name,
    /// An index into localsplus naming a fast local.
    Local,
    /// An index into localsplus naming a cell or free variable.
    Free,
    /// A forward relative jump, in code units, counted from the end of the instruction's caches.
    JumpForward,
    /// A backward relative jump, in code units, counted from the end of the instruction's caches.
    JumpBackward,
    /// A comparison operator: `arg >> 4` indexes [`CMP_OPS`].
    Compare,
    /// A binary operator: indexes [`BINARY_OPS`].
    BinaryOp,
}

macro_rules! opcodes {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident = $num:literal, cache $cache:literal, $kind:ident, |$a:ident, $j:ident| $effect:expr;
    )*
    @specialized
    $(
        $(#[doc = $sdoc:literal])*
        $sname:ident = $snum:literal, base $base:ident;
    )*) => {
        /// A real (executable) opcode of CPython 3.12, by its 3.12 number; or one of the
        /// interpreter's specialized forms, which only its working copy of the instructions holds
        /// (never `co_code`: [`Opcode::from_u8`] does not accept them).
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name = $num, )*
            $( $(#[doc = $sdoc])* $sname = $snum, )*
        }

        impl Opcode {
            /// Every opcode, in numeric order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            /// The opcode with this number, if it is one.
            #[inline]
            pub fn from_u8(byte: u8) -> Option<Opcode> {
                OPCODE_BY_BYTE[byte as usize]
            }

            /// The name `dis` prints.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* $(Opcode::$sname => stringify!($sname),)* }
            }

            /// The real opcode a specialized form stands for (itself for a real one), as
            /// CPython's `_PyOpcode_Deopt`.
            #[inline]
            pub fn deopt(self) -> Opcode {
                match self { $(Opcode::$sname => Opcode::$base,)* other => other }
            }

            /// How many inline-cache code units follow the instruction.
            #[inline]
            pub fn cache_entries(self) -> usize {
                match self.deopt() { $(Opcode::$name => $cache,)* _ => 0 }
            }

            /// What the argument means.
            pub fn arg_kind(self) -> ArgKind {
                match self.deopt() { $(Opcode::$name => ArgKind::$kind,)* _ => ArgKind::None }
            }

            /// Net change of the value-stack depth when the instruction runs with argument `arg`;
            /// `jump` selects the effect on the branch-taken edge.
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                match self.deopt() { $(Opcode::$name => { let $a = arg as i32; let $j = jump; $effect },)* _ => 0 }
            }
        }

        const OPCODE_BY_BYTE: [Option<Opcode>; 256] = {
            let mut table = [None; 256];
            $( table[$num] = Some(Opcode::$name); )*
            table
        };
    };
}

opcodes! {
    /// Inline cache unit; never executed.
    CACHE = 0, cache 0, None, |a, j| 0;
    /// `[.., v] -> [..]`
    POP_TOP = 1, cache 0, None, |a, j| -1;
    /// `[..] -> [.., NULL]`
    PUSH_NULL = 2, cache 0, None, |a, j| 1;
    /// Returns from the entry frame to native code (unused: Pyrite marks entry frames instead).
    INTERPRETER_EXIT = 3, cache 0, None, |a, j| -1;
    /// `[.., iter, v] -> [..]` (end of a `for` loop).
    END_FOR = 4, cache 0, None, |a, j| -2;
    /// `[.., receiver, v] -> [.., v]`
    END_SEND = 5, cache 0, None, |a, j| -1;
    /// Does nothing; keeps a line number for tracing.
    NOP = 9, cache 0, None, |a, j| 0;
    /// `[.., v] -> [.., -v]`
    UNARY_NEGATIVE = 11, cache 0, None, |a, j| 0;
    /// `[.., v] -> [.., not v]`
    UNARY_NOT = 12, cache 0, None, |a, j| 0;
    /// `[.., v] -> [.., ~v]`
    UNARY_INVERT = 15, cache 0, None, |a, j| 0;
    /// Reserved by CPython; never emitted.
    RESERVED = 17, cache 0, None, |a, j| 0;
    /// `[.., container, key] -> [.., container[key]]`
    BINARY_SUBSCR = 25, cache 1, None, |a, j| -1;
    /// `[.., container, start, end] -> [.., container[start:end]]`
    BINARY_SLICE = 26, cache 0, None, |a, j| -2;
    /// `[.., v, container, start, end] -> [..]` (`container[start:end] = v`)
    STORE_SLICE = 27, cache 0, None, |a, j| -4;
    /// `[.., obj] -> [.., obj, len(obj)]`
    GET_LEN = 30, cache 0, None, |a, j| 1;
    /// `[.., subject] -> [.., subject, is_mapping]`
    MATCH_MAPPING = 31, cache 0, None, |a, j| 1;
    /// `[.., subject] -> [.., subject, is_sequence]`
    MATCH_SEQUENCE = 32, cache 0, None, |a, j| 1;
    /// `[.., subject, keys] -> [.., subject, keys, values_or_None]`
    MATCH_KEYS = 33, cache 0, None, |a, j| 1;
    /// `[.., exc] -> [.., prev_exc, exc]`; makes `exc` the handled exception.
    PUSH_EXC_INFO = 35, cache 0, None, |a, j| 1;
    /// `[.., exc, type] -> [.., exc, matches]`
    CHECK_EXC_MATCH = 36, cache 0, None, |a, j| 0;
    /// `[.., eg, type] -> [.., rest, match]` (`except*`)
    CHECK_EG_MATCH = 37, cache 0, None, |a, j| 0;
    /// `[.., exit, lasti, prev_exc, exc] -> [.., exit, lasti, prev_exc, exc, exit(type, exc, tb)]`
    WITH_EXCEPT_START = 49, cache 0, None, |a, j| 1;
    /// `[.., obj] -> [.., aiter(obj)]`
    GET_AITER = 50, cache 0, None, |a, j| 0;
    /// `[.., aiter] -> [.., aiter, awaitable]`
    GET_ANEXT = 51, cache 0, None, |a, j| 1;
    /// `[.., mgr] -> [.., exit, awaitable]`
    BEFORE_ASYNC_WITH = 52, cache 0, None, |a, j| 1;
    /// `[.., mgr] -> [.., exit, mgr.__enter__()]`
    BEFORE_WITH = 53, cache 0, None, |a, j| 1;
    /// `[.., aiter, exc] -> [..]`
    END_ASYNC_FOR = 54, cache 0, None, |a, j| -2;
    /// `[.., sub_iter, last_sent, exc] -> [.., None, value]` or re-raise
    CLEANUP_THROW = 55, cache 0, None, |a, j| -1;
    /// `[.., v, container, key] -> [..]` (`container[key] = v`)
    STORE_SUBSCR = 60, cache 1, None, |a, j| -3;
    /// `[.., container, key] -> [..]`
    DELETE_SUBSCR = 61, cache 0, None, |a, j| -2;
    /// `[.., obj] -> [.., iter(obj)]`
    GET_ITER = 68, cache 0, None, |a, j| 0;
    /// `[.., obj] -> [.., iter]` (generators and coroutines pass through)
    GET_YIELD_FROM_ITER = 69, cache 0, None, |a, j| 0;
    /// `[..] -> [.., builtins.__build_class__]`
    LOAD_BUILD_CLASS = 71, cache 0, None, |a, j| 1;
    /// `[..] -> [.., AssertionError]`
    LOAD_ASSERTION_ERROR = 74, cache 0, None, |a, j| 1;
    /// Turns the current frame into a generator and returns it.
    RETURN_GENERATOR = 75, cache 0, None, |a, j| 0;
    /// `[.., v] -> return v`
    RETURN_VALUE = 83, cache 0, None, |a, j| -1;
    /// Creates `__annotations__` in the locals mapping if absent.
    SETUP_ANNOTATIONS = 85, cache 0, None, |a, j| 0;
    /// `[..] -> [.., locals mapping]`
    LOAD_LOCALS = 87, cache 0, None, |a, j| 1;
    /// `[.., prev_exc] -> [..]`; restores the handled exception.
    POP_EXCEPT = 89, cache 0, None, |a, j| -1;
    /// `[.., v] -> [..]` (`name = v` in the locals mapping)
    STORE_NAME = 90, cache 0, Name, |a, j| -1;
    /// Deletes a name from the locals mapping.
    DELETE_NAME = 91, cache 0, Name, |a, j| 0;
    /// `[.., seq] -> [.., seq[n-1], .., seq[0]]`
    UNPACK_SEQUENCE = 92, cache 1, Number, |a, j| a - 1;
    /// `[.., iter] -> [.., iter, next(iter)]`, or jump past the loop's `END_FOR` when exhausted.
    FOR_ITER = 93, cache 1, JumpForward, |a, j| 1;
    /// `[.., seq] -> [.., after.., list, before..]` (starred unpacking; arg = before | after << 8)
    UNPACK_EX = 94, cache 0, Number, |a, j| (a & 0xFF) + (a >> 8);
    /// `[.., v, obj] -> [..]` (`obj.name = v`)
    STORE_ATTR = 95, cache 4, Name, |a, j| -2;
    /// `[.., obj] -> [..]`
    DELETE_ATTR = 96, cache 0, Name, |a, j| -1;
    /// `[.., v] -> [..]`
    STORE_GLOBAL = 97, cache 0, Name, |a, j| -1;
    /// Deletes a global.
    DELETE_GLOBAL = 98, cache 0, Name, |a, j| 0;
    /// Swaps the top of the stack with the `arg`-th item (1-based).
    SWAP = 99, cache 0, Number, |a, j| 0;
    /// `[..] -> [.., co_consts[arg]]`
    LOAD_CONST = 100, cache 0, Const, |a, j| 1;
    /// `[..] -> [.., value of name]` (locals, globals, builtins)
    LOAD_NAME = 101, cache 0, Name, |a, j| 1;
    /// `[.., v1..vn] -> [.., (v1..vn)]`
    BUILD_TUPLE = 102, cache 0, Number, |a, j| 1 - a;
    /// `[.., v1..vn] -> [.., [v1..vn]]`
    BUILD_LIST = 103, cache 0, Number, |a, j| 1 - a;
    /// `[.., v1..vn] -> [.., {v1..vn}]`
    BUILD_SET = 104, cache 0, Number, |a, j| 1 - a;
    /// `[.., k1, v1 .. kn, vn] -> [.., {k1: v1 ..}]`
    BUILD_MAP = 105, cache 0, Number, |a, j| 1 - 2 * a;
    /// `[.., obj] -> [.., obj.name]`, or with `arg & 1`: `[.., obj] -> [.., meth, self]` / `[.., NULL, attr]`
    LOAD_ATTR = 106, cache 9, Name, |a, j| a & 1;
    /// `[.., a, b] -> [.., a op b]`
    COMPARE_OP = 107, cache 1, Compare, |a, j| -1;
    /// `[.., level, fromlist] -> [.., module]`
    IMPORT_NAME = 108, cache 0, Name, |a, j| -1;
    /// `[.., module] -> [.., module, module.name]`
    IMPORT_FROM = 109, cache 0, Name, |a, j| 1;
    /// Jumps forward by `arg` code units.
    JUMP_FORWARD = 110, cache 0, JumpForward, |a, j| 0;
    /// `[.., cond] -> [..]`, jumps forward if false.
    POP_JUMP_IF_FALSE = 114, cache 0, JumpForward, |a, j| -1;
    /// `[.., cond] -> [..]`, jumps forward if true.
    POP_JUMP_IF_TRUE = 115, cache 0, JumpForward, |a, j| -1;
    /// `[..] -> [.., global]`, with `arg & 1` also pushes NULL first.
    LOAD_GLOBAL = 116, cache 4, Name, |a, j| 1 + (a & 1);
    /// `[.., a, b] -> [.., a is b]` (`is not` when arg is 1)
    IS_OP = 117, cache 0, Number, |a, j| -1;
    /// `[.., a, b] -> [.., a in b]` (`not in` when arg is 1)
    CONTAINS_OP = 118, cache 0, Number, |a, j| -1;
    /// `[.., exc] -> raise exc`; with arg set, first restores `f_lasti` from the stack.
    RERAISE = 119, cache 0, Number, |a, j| -1;
    /// Pushes a copy of the `arg`-th item (1-based).
    COPY = 120, cache 0, Number, |a, j| 1;
    /// `return co_consts[arg]`
    RETURN_CONST = 121, cache 0, Const, |a, j| 0;
    /// `[.., a, b] -> [.., a op b]`
    BINARY_OP = 122, cache 1, BinaryOp, |a, j| -1;
    /// `[.., receiver, v] -> [.., receiver, yielded]`, or jump with the return value when done.
    SEND = 123, cache 1, JumpForward, |a, j| 0;
    /// `[..] -> [.., local]`
    LOAD_FAST = 124, cache 0, Local, |a, j| 1;
    /// `[.., v] -> [..]`
    STORE_FAST = 125, cache 0, Local, |a, j| -1;
    /// Deletes a local.
    DELETE_FAST = 126, cache 0, Local, |a, j| 0;
    /// `[..] -> [.., local]`, raising `UnboundLocalError` if unset.
    LOAD_FAST_CHECK = 127, cache 0, Local, |a, j| 1;
    /// `[.., v] -> [..]`, jumps forward if `v` is not None.
    POP_JUMP_IF_NOT_NONE = 128, cache 0, JumpForward, |a, j| -1;
    /// `[.., v] -> [..]`, jumps forward if `v` is None.
    POP_JUMP_IF_NONE = 129, cache 0, JumpForward, |a, j| -1;
    /// `raise` (0), `raise exc` (1), `raise exc from cause` (2).
    RAISE_VARARGS = 130, cache 0, Number, |a, j| -a;
    /// `[.., obj] -> [.., awaitable]`
    GET_AWAITABLE = 131, cache 0, Number, |a, j| 0;
    /// `[.., extras.., code] -> [.., function]`; arg flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure.
    MAKE_FUNCTION = 132, cache 0, Number, |a, j| -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1));
    /// `[.., start, stop(, step)] -> [.., slice]`
    BUILD_SLICE = 133, cache 0, Number, |a, j| if a == 3 { -2 } else { -1 };
    /// Jumps backward without checking for interrupts.
    JUMP_BACKWARD_NO_INTERRUPT = 134, cache 0, JumpBackward, |a, j| 0;
    /// Replaces localsplus slot `arg` by a new cell holding its value.
    MAKE_CELL = 135, cache 0, Free, |a, j| 0;
    /// `[..] -> [.., cell]`
    LOAD_CLOSURE = 136, cache 0, Free, |a, j| 1;
    /// `[..] -> [.., cell contents]`
    LOAD_DEREF = 137, cache 0, Free, |a, j| 1;
    /// `[.., v] -> [..]` into a cell.
    STORE_DEREF = 138, cache 0, Free, |a, j| -1;
    /// Empties a cell.
    DELETE_DEREF = 139, cache 0, Free, |a, j| 0;
    /// Jumps backward by `arg` code units (a loop's back edge).
    JUMP_BACKWARD = 140, cache 0, JumpBackward, |a, j| 0;
    /// `[.., global_super, class, self] -> [.., attr]` or `[.., meth, self]` with `arg & 1`.
    LOAD_SUPER_ATTR = 141, cache 1, Name, |a, j| (a & 1) - 2;
    /// `[.., callable, self_or_null, args(, kwargs)] -> [.., result]`
    CALL_FUNCTION_EX = 142, cache 0, Number, |a, j| -2 - (a & 1);
    /// `[..] -> [.., local or NULL]`, leaving the slot empty (inlined comprehensions).
    LOAD_FAST_AND_CLEAR = 143, cache 0, Local, |a, j| 1;
    /// Supplies the high bits of the next instruction's argument.
    EXTENDED_ARG = 144, cache 0, Number, |a, j| 0;
    /// `[.., list, .. (arg-1 items), v] -> [.., list, ..]` with `v` appended.
    LIST_APPEND = 145, cache 0, Number, |a, j| -1;
    /// `[.., set, .., v] -> [.., set, ..]` with `v` added.
    SET_ADD = 146, cache 0, Number, |a, j| -1;
    /// `[.., dict, .., k, v] -> [.., dict, ..]` with `dict[k] = v`.
    MAP_ADD = 147, cache 0, Number, |a, j| -2;
    /// Copies the closure's cells into the last `arg` localsplus slots.
    COPY_FREE_VARS = 149, cache 0, Number, |a, j| 0;
    /// `[.., v] -> yield v -> [.., sent]`
    YIELD_VALUE = 150, cache 0, Number, |a, j| 0;
    /// Start of a code object (0), after a yield (1), after yield from (2), after await (3).
    RESUME = 151, cache 0, Number, |a, j| 0;
    /// `[.., subject, cls, names] -> [.., attrs_or_None]`
    MATCH_CLASS = 152, cache 0, Number, |a, j| -2;
    /// `[.., v(, spec)] -> [.., formatted]`; arg: conversion in bits 0-1, spec present in bit 2.
    FORMAT_VALUE = 155, cache 0, Number, |a, j| if a & 4 != 0 { -1 } else { 0 };
    /// `[.., v1..vn, keys] -> [.., dict]`
    BUILD_CONST_KEY_MAP = 156, cache 0, Number, |a, j| -a;
    /// `[.., s1..sn] -> [.., s1 + .. + sn]`
    BUILD_STRING = 157, cache 0, Number, |a, j| 1 - a;
    /// `[.., list, .., iterable] -> [.., list, ..]` extended.
    LIST_EXTEND = 162, cache 0, Number, |a, j| -1;
    /// `[.., set, .., iterable] -> [.., set, ..]` updated.
    SET_UPDATE = 163, cache 0, Number, |a, j| -1;
    /// `[.., callable, null, .., dict, .., mapping] -> ..` merge refusing duplicate keys (calls).
    DICT_MERGE = 164, cache 0, Number, |a, j| -1;
    /// `[.., dict, .., mapping] -> [.., dict, ..]` updated.
    DICT_UPDATE = 165, cache 0, Number, |a, j| -1;
    /// `[.., callable, self_or_null, args..] -> [.., result]`
    CALL = 171, cache 3, Number, |a, j| -1 - a;
    /// Names the keyword arguments of the next `CALL` (a tuple constant).
    KW_NAMES = 172, cache 0, Const, |a, j| 0;
    /// `[.., v] -> [.., intrinsic(v)]`
    CALL_INTRINSIC_1 = 173, cache 0, Number, |a, j| 0;
    /// `[.., v1, v2] -> [.., intrinsic(v1, v2)]`
    CALL_INTRINSIC_2 = 174, cache 0, Number, |a, j| -1;
    /// `[.., mapping] -> [.., value]` looking in the mapping, then globals and builtins.
    LOAD_FROM_DICT_OR_GLOBALS = 175, cache 0, Name, |a, j| 0;
    /// `[.., mapping] -> [.., value]` looking in the mapping, then the cell.
    LOAD_FROM_DICT_OR_DEREF = 176, cache 0, Free, |a, j| 0;

    @specialized
    // Superinstructions (CPython 3.12's, formed when code is first run): the first of two
    // adjacent instructions becomes one that does both and skips the second, which keeps its
    // own opcode for jumps that land on it. The stack effect given is the first half's.
    /// `LOAD_FAST a; LOAD_FAST b`
    LOAD_FAST__LOAD_FAST = 200, base LOAD_FAST;
    /// `LOAD_FAST a; LOAD_CONST b`
    LOAD_FAST__LOAD_CONST = 201, base LOAD_FAST;
    /// `LOAD_CONST a; LOAD_FAST b`
    LOAD_CONST__LOAD_FAST = 202, base LOAD_CONST;
    /// `STORE_FAST a; LOAD_FAST b`
    STORE_FAST__LOAD_FAST = 203, base STORE_FAST;
    /// `STORE_FAST a; STORE_FAST b`
    STORE_FAST__STORE_FAST = 204, base STORE_FAST;
    // Specialized forms a generic instruction rewrites itself to once it has seen its operand
    // types (CPython's adaptive specialization), and back when the guess fails. Their argument
    // is the generic form's (`+=` and `+` share a form).
    /// `BINARY_OP` `+` of two inline ints.
    BINARY_OP_ADD_INT = 210, base BINARY_OP;
    /// `BINARY_OP` `-` of two inline ints.
    BINARY_OP_SUBTRACT_INT = 211, base BINARY_OP;
    /// `BINARY_OP` `+` of two exact floats.
    BINARY_OP_ADD_FLOAT = 212, base BINARY_OP;
    /// `BINARY_OP` `-` of two exact floats.
    BINARY_OP_SUBTRACT_FLOAT = 213, base BINARY_OP;
    /// `BINARY_OP` `*` of two exact floats.
    BINARY_OP_MULTIPLY_FLOAT = 214, base BINARY_OP;
    /// `BINARY_OP` `*` of two inline ints.
    BINARY_OP_MULTIPLY_INT = 215, base BINARY_OP;
    /// Any other `BINARY_OP` (`%`, `//`, `&`, `|`, `^`, shifts) of two inline ints.
    BINARY_OP_INT = 216, base BINARY_OP;
}

/// The comparison operators of `COMPARE_OP`, indexed by `arg >> 4` (3.12's `cmp_op`).
pub const CMP_OPS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// The operators of `BINARY_OP`, indexed by its argument (3.12's `NB_*` order).
pub const BINARY_OPS: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/// `BINARY_OP` arguments by name (3.12's `NB_*` constants).
#[allow(missing_docs)]
pub mod nb {
    pub const ADD: u8 = 0;
    pub const AND: u8 = 1;
    pub const FLOOR_DIVIDE: u8 = 2;
    pub const LSHIFT: u8 = 3;
    pub const MATRIX_MULTIPLY: u8 = 4;
    pub const MULTIPLY: u8 = 5;
    pub const REMAINDER: u8 = 6;
    pub const OR: u8 = 7;
    pub const POWER: u8 = 8;
    pub const RSHIFT: u8 = 9;
    pub const SUBTRACT: u8 = 10;
    pub const TRUE_DIVIDE: u8 = 11;
    pub const XOR: u8 = 12;
    /// Add this to a binary operator to get its in-place form.
    pub const INPLACE_OFFSET: u8 = 13;
}

/// `CALL_INTRINSIC_1` functions (3.12's `INTRINSIC_*`).
pub const INTRINSIC_1: [&str; 12] = [
    "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
    "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE",
    "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC",
    "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS",
];

/// `CALL_INTRINSIC_2` functions.
pub const INTRINSIC_2: [&str; 5] = [
    "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
    "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
];

/// Intrinsic numbers used by the compiler and the VM.
#[allow(missing_docs)]
pub mod intrinsic {
    pub const PRINT: u8 = 1;
    pub const IMPORT_STAR: u8 = 2;
    pub const STOPITERATION_ERROR: u8 = 3;
    pub const ASYNC_GEN_WRAP: u8 = 4;
    pub const UNARY_POSITIVE: u8 = 5;
    pub const LIST_TO_TUPLE: u8 = 6;
}

/// The lowest opcode number that takes an argument (3.12's `HAVE_ARGUMENT`).
pub const HAVE_ARGUMENT: u8 = 90;

impl Opcode {
    /// Whether the argument byte is meaningful.
    pub fn has_arg(self) -> bool {
        self as u8 >= HAVE_ARGUMENT
    }

    /// Whether the instruction may jump (its argument is a relative offset).
    pub fn is_jump(self) -> bool {
        matches!(self.arg_kind(), ArgKind::JumpForward | ArgKind::JumpBackward)
    }

    /// Whether control never falls through to the next instruction.
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Opcode::RETURN_VALUE
                | Opcode::RETURN_CONST
                | Opcode::RAISE_VARARGS
                | Opcode::RERAISE
                | Opcode::JUMP_FORWARD
                | Opcode::JUMP_BACKWARD
                | Opcode::JUMP_BACKWARD_NO_INTERRUPT
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbering_round_trips() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
        }
        assert_eq!(Opcode::from_u8(6), None);
        assert_eq!(Opcode::LOAD_ATTR.cache_entries(), 9);
        assert_eq!(Opcode::CALL.stack_effect(2, false), -3);
    }
}
