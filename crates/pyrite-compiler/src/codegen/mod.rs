//! Code generation: AST to instruction sequences, one *unit* per code object, following
//! CPython 3.12's `Python/compile.c` statement by statement so that the instruction sequences,
//! constants and names come out as CPython's.
//!
//! This module holds the compiler state (the stack of units, each with its instruction sequence,
//! `co_consts`, `co_names`, variable tables and the stack of active loops/`try`/`with` blocks
//! used to unwind `break`, `continue` and `return`), name resolution against the symbol table,
//! and the creation of code objects (entering and leaving scopes, closures). `stmt.rs` and
//! `expr.rs` generate the instructions; `cfg.rs` and `assemble.rs` finish each unit.

mod expr;
mod pattern;
mod stmt;

use std::collections::HashMap;
use std::rc::Rc;

use pyrite_bytecode::opcodes::Opcode;
use pyrite_bytecode::{CodeObject, Constant, Location};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::cfg::{Instr, Label, Op, SeqItem};
use crate::error::{CompileError, ErrorSink};
use crate::symtable::{self, BlockType, Scope, Symbol, SymbolTable};

pub type R = Result<(), CompileError>;

/// CPython's `STACK_USE_GUIDELINE`: beyond this many items, sequences are built incrementally.
pub const STACK_USE_GUIDELINE: usize = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
    /// A PEP 695 annotation scope (`<generic parameters of f>`, a bound, a type alias value).
    TypeParams,
}

/// What an active block on the unwinding stack is (CPython's `fblocktype`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    AsyncComprehensionGenerator,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
}

#[derive(Clone, Debug)]
pub enum Datum<'a> {
    None,
    Stmts(&'a [Stmt]),
    With(Location),
    Name(String),
}

#[derive(Clone, Debug)]
pub struct FBlock<'a> {
    pub kind: FKind,
    pub block: Option<Label>,
    pub exit: Option<Label>,
    pub datum: Datum<'a>,
}

/// State of one code object being compiled (CPython's `compiler_unit`).
pub struct Unit<'a> {
    pub block: usize,
    pub kind: UnitKind,
    pub name: String,
    pub qualname: String,
    pub seq: Vec<SeqItem>,
    pub nlabels: usize,
    pub consts: Vec<Constant>,
    pub const_map: HashMap<String, u32>,
    pub names: Vec<String>,
    pub names_map: HashMap<String, u32>,
    pub varnames: Vec<String>,
    pub varnames_map: HashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub fasthidden: HashMap<String, bool>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
    pub fblocks: Vec<FBlock<'a>>,
    pub in_inlined_comp: u32,
    /// An `async def` body (CPython's `COMPILER_SCOPE_ASYNC_FUNCTION`).
    pub is_async: bool,
    pub private: Option<String>,
    /// Symbols of inlined comprehensions that temporarily override this unit's.
    pub overrides: Vec<HashMap<String, Symbol>>,
}

pub struct Compiler<'a> {
    pub st: SymbolTable,
    pub sink: &'a ErrorSink<'a>,
    pub source: &'a str,
    pub filename: Rc<str>,
    pub units: Vec<Unit<'a>>,
    pub interactive: bool,
    pub future_annotations: bool,
    /// Whether `from __future__` imports are still allowed (only at the start of a module).
    pub future_ok: bool,
    pub depth: u32,
    /// The `return`/`break`/`continue` being compiled, for errors found while unwinding.
    pub unwind_range: TextRange,
}

pub fn loc_none() -> Location {
    Location::NONE
}

impl<'a> Compiler<'a> {
    pub fn new(st: SymbolTable, sink: &'a ErrorSink<'a>, filename: &str) -> Compiler<'a> {
        Compiler {
            st,
            sink,
            source: sink.source,
            filename: filename.into(),
            units: Vec::new(),
            interactive: false,
            future_annotations: false,
            future_ok: true,
            depth: 0,
            unwind_range: TextRange::default(),
        }
    }

    pub fn u(&mut self) -> &mut Unit<'a> {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    pub fn ur(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    pub fn ste(&self) -> &symtable::Block {
        &self.st.blocks[self.ur().block]
    }

    /// The location of a source range (line, end line, UTF-8 byte columns).
    pub fn loc(&self, r: TextRange) -> Location {
        let s = r.start().to_u32();
        let e = r.end().to_u32();
        Location::new(
            self.sink.line_of(s) as i32,
            self.sink.line_of(e) as i32,
            self.sink.byte_col(s) as i32,
            self.sink.byte_col(e) as i32,
        )
    }

    pub fn err(&self, msg: impl Into<String>, r: TextRange) -> CompileError {
        self.sink.syntax(msg, r)
    }

    // ---- emission ----

    pub fn emit(&mut self, op: Opcode, arg: u32, loc: Location) {
        self.u().seq.push(SeqItem::Instr(Instr { op: Op::Real(op), arg, target: 0, loc, except: None }));
    }

    pub fn emit0(&mut self, op: Opcode, loc: Location) {
        self.emit(op, 0, loc);
    }

    pub fn emit_pseudo(&mut self, op: Op, target: Label, loc: Location) {
        self.u().seq.push(SeqItem::Instr(Instr { op, arg: 0, target, loc, except: None }));
    }

    pub fn emit_jump(&mut self, op: Opcode, target: Label, loc: Location) {
        self.u().seq.push(SeqItem::Instr(Instr { op: Op::Real(op), arg: 0, target, loc, except: None }));
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.u();
        u.nlabels += 1;
        u.nlabels - 1
    }

    pub fn use_label(&mut self, l: Label) {
        self.u().seq.push(SeqItem::Label(l));
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        // Hashable constants are found through a map; code objects and NaNs compare by the
        // slower rules of `cfg::add_const`.
        let key = const_key(&c);
        if let Some(k) = &key
            && let Some(&i) = self.ur().const_map.get(k) {
                return i;
            }
        let u = self.u();
        let i = if key.is_some() {
            u.consts.push(c);
            (u.consts.len() - 1) as u32
        } else {
            crate::cfg::add_const(&mut u.consts, c)
        };
        if let Some(k) = key {
            u.const_map.insert(k, i);
        }
        i
    }

    pub fn load_const(&mut self, c: Constant, loc: Location) {
        let i = self.add_const(c);
        self.emit(Opcode::LOAD_CONST, i, loc);
    }

    fn index_of(list: &mut Vec<String>, map: &mut HashMap<String, u32>, name: &str) -> u32 {
        if let Some(&i) = map.get(name) {
            return i;
        }
        list.push(name.to_string());
        let i = (list.len() - 1) as u32;
        map.insert(name.to_string(), i);
        i
    }

    pub fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.ur().private.as_deref(), name)
    }

    /// Index in `co_names` (mangled, as `compiler_addop_name` does).
    pub fn name_index(&mut self, name: &str) -> u32 {
        let m = self.mangle(name);
        let u = self.u();
        Self::index_of(&mut u.names, &mut u.names_map, &m)
    }

    /// Index in `co_names` without mangling (`ADDOP_N`).
    pub fn name_index_raw(&mut self, name: &str) -> u32 {
        let u = self.u();
        Self::index_of(&mut u.names, &mut u.names_map, name)
    }

    pub fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        Self::index_of(&mut u.varnames, &mut u.varnames_map, name)
    }

    /// Index among cells and frees (`cellvars` first), fixed to a localsplus slot at assembly.
    pub fn deref_index(&self, name: &str, prefer_cell: bool) -> Option<u32> {
        let u = self.ur();
        let cell = u.cellvars.iter().position(|n| n == name);
        let free = u.freevars.iter().position(|n| n == name).map(|i| i + u.cellvars.len());
        let r = if prefer_cell { cell.or(free) } else { free.or(cell) };
        r.map(|i| i as u32)
    }

    /// The scope of `name` in the current unit, honouring inlined-comprehension overrides.
    pub fn scope_of(&self, name: &str) -> Scope {
        for o in self.ur().overrides.iter().rev() {
            if let Some(s) = o.get(name) {
                return s.scope;
            }
        }
        self.ste().scope_of(name)
    }

    // ---- fblocks ----

    pub fn push_fblock(&mut self, kind: FKind, block: Option<Label>, exit: Option<Label>, datum: Datum<'a>) -> R {
        if self.ur().fblocks.len() >= 20 {
            return Err(self.sink.syntax_at_line("too many statically nested blocks", 1));
        }
        self.u().fblocks.push(FBlock { kind, block, exit, datum });
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    // ---- scopes ----

    /// A new innermost code unit for symbol-table block `block`: its local, cell and free
    /// variables come from the table.
    fn push_unit(&mut self, block: usize, kind: UnitKind, name: &str, firstlineno: u32, private: Option<String>) {
        let ste = &self.st.blocks[block];
        // Inlined comprehensions (even at module level) can need cells.
        let mut cellvars = ste.names_sorted(Scope::Cell, symtable::DEF_COMP_CELL);
        if ste.needs_class_closure {
            cellvars.push("__class__".into());
        }
        if ste.needs_classdict {
            cellvars.push("__classdict__".into());
        }
        let freevars = ste.names_sorted(Scope::Free, symtable::DEF_FREE_CLASS);
        let varnames = ste.varnames.clone();
        let varnames_map = varnames.iter().enumerate().map(|(i, n)| (n.clone(), i as u32)).collect();
        self.units.push(Unit {
            block,
            kind,
            name: name.to_string(),
            qualname: name.to_string(),
            seq: Vec::new(),
            nlabels: 0,
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            names_map: HashMap::new(),
            varnames,
            varnames_map,
            cellvars,
            freevars,
            fasthidden: HashMap::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno,
            fblocks: Vec::new(),
            in_inlined_comp: 0,
            is_async: false,
            private,
            overrides: Vec::new(),
        });
    }

    pub fn enter_scope(&mut self, name: &str, kind: UnitKind, range: TextRange, lineno: u32) -> R {
        let Some(&block) = self.st.by_range.get(&symtable::key(range)) else {
            return Err(self.err("internal error: no symbol table for scope", range));
        };
        let private = if kind == UnitKind::Class {
            Some(name.to_string())
        } else {
            self.units.last().and_then(|u| u.private.clone())
        };
        self.push_unit(block, kind, name, lineno, private);
        self.set_qualname();
        let loc = Location::new(lineno as i32, lineno as i32, 0, 0);
        self.emit(Opcode::RESUME, 0, loc);
        Ok(())
    }

    pub fn enter_module(&mut self) {
        self.push_unit(0, UnitKind::Module, "<module>", 1, None);
        self.emit(Opcode::RESUME, 0, Location::new(0, 1, 0, 0));
    }

    /// CPython's `compiler_set_qualname`.
    fn set_qualname(&mut self) {
        let n = self.units.len();
        if n < 3 {
            // The parent is the module: the qualname is the name.
            return;
        }
        let mut pi = n - 2;
        if self.units[pi].kind == UnitKind::TypeParams {
            // Annotation scopes are invisible in qualnames: look at the grandparent.
            if n == 3 {
                return;
            }
            pi -= 1;
        }
        let parent = &self.units[pi];
        let me = &self.units[n - 1];
        let mut force_global = false;
        if matches!(me.kind, UnitKind::Function | UnitKind::Class) {
            let mangled = symtable::mangle(parent.private.as_deref(), &me.name);
            let mut scope = self.st.blocks[parent.block].scope_of(&mangled);
            for o in parent.overrides.iter().rev() {
                if let Some(s) = o.get(&mangled) {
                    scope = s.scope;
                    break;
                }
            }
            if scope == Scope::GlobalExplicit {
                force_global = true;
            }
        }
        if !force_global {
            let base = if matches!(parent.kind, UnitKind::Function | UnitKind::Lambda) {
                format!("{}.<locals>", parent.qualname)
            } else {
                parent.qualname.clone()
            };
            let q = format!("{}.{}", base, me.name);
            self.units[n - 1].qualname = q;
        }
    }

    /// Finishes the current unit into a code object and pops it.
    pub fn exit_scope(&mut self, add_none: bool) -> Result<Rc<CodeObject>, CompileError> {
        if add_none {
            self.load_const(Constant::None, loc_none());
        }
        self.emit0(Opcode::RETURN_VALUE, loc_none());
        let unit = match self.units.pop() {
            Some(u) => u,
            None => return Err(self.sink.syntax_at_line("internal error: no unit", 1)),
        };
        let ste = &self.st.blocks[unit.block];
        let flags = crate::assemble::code_flags(ste, unit.kind, self.future_annotations);
        let code = crate::assemble::assemble(unit, flags, &self.filename)
            .map_err(|e| self.sink.syntax_at_line(format!("internal compiler error: {}", e.0), 1))?;
        Ok(Rc::new(code))
    }

    /// Loads a code object as a function: closure cells, then `MAKE_FUNCTION`
    /// (`compiler_make_closure`).
    pub fn make_closure(&mut self, code: Rc<CodeObject>, mut flags: u32, loc: Location) -> R {
        let frees = code.freevars();
        if !frees.is_empty() {
            for name in frees.iter() {
                let is_class_cell =
                    self.ur().kind == UnitKind::Class && (&**name == "__class__" || &**name == "__classdict__");
                let scope = if is_class_cell { Scope::Cell } else { self.scope_of(name) };
                let idx = if scope == Scope::Cell {
                    self.deref_index(name, true)
                } else {
                    self.deref_index(name, false)
                };
                let Some(idx) = idx else {
                    return Err(self.sink.syntax_at_line(
                        format!("internal error: no cell for free variable '{name}'"),
                        loc.line.max(1) as u32,
                    ));
                };
                self.emit(Opcode::LOAD_CLOSURE, idx, loc);
            }
            flags |= 8;
            self.emit(Opcode::BUILD_TUPLE, frees.len() as u32, loc);
        }
        self.load_const(Constant::Code(code), loc);
        self.emit(Opcode::MAKE_FUNCTION, flags, loc);
        Ok(())
    }

    // ---- names ----

    /// Emits a load, store or delete of a variable (`compiler_nameop`).
    pub fn nameop(&mut self, name: &str, ctx: ast::ExprContext, loc: Location) -> R {
        use ast::ExprContext::*;
        let mangled = self.mangle(name);
        let scope = self.scope_of(&mangled);
        let function_like = self.ste().is_function_like();
        let is_class = self.ste().kind == BlockType::Class;
        enum T {
            Fast,
            Global,
            Deref,
            Name,
        }
        let t = match scope {
            Scope::Free | Scope::Cell => T::Deref,
            Scope::Local => {
                if function_like || self.ur().fasthidden.get(&mangled) == Some(&true) {
                    T::Fast
                } else {
                    T::Name
                }
            }
            Scope::GlobalImplicit => {
                if function_like {
                    T::Global
                } else {
                    T::Name
                }
            }
            Scope::GlobalExplicit => T::Global,
            Scope::Unknown => T::Name,
        };
        match t {
            T::Deref => {
                let Some(idx) = self.deref_index(&mangled, scope == Scope::Cell) else {
                    return Err(self.sink.syntax_at_line(
                        format!("internal error: no cell for '{mangled}'"),
                        loc.line.max(1) as u32,
                    ));
                };
                match ctx {
                    Load | Invalid => {
                        if is_class && self.ur().in_inlined_comp == 0 {
                            self.emit0(Opcode::LOAD_LOCALS, loc);
                            self.emit(Opcode::LOAD_FROM_DICT_OR_DEREF, idx, loc);
                        } else if self.ste().can_see_class_scope {
                            let cd = self.deref_index("__classdict__", false).unwrap_or(0);
                            self.emit(Opcode::LOAD_DEREF, cd, loc);
                            self.emit(Opcode::LOAD_FROM_DICT_OR_DEREF, idx, loc);
                        } else {
                            self.emit(Opcode::LOAD_DEREF, idx, loc);
                        }
                    }
                    Store => self.emit(Opcode::STORE_DEREF, idx, loc),
                    Del => self.emit(Opcode::DELETE_DEREF, idx, loc),
                }
            }
            T::Fast => {
                let idx = self.varname_index(&mangled);
                let op = match ctx {
                    Load | Invalid => Opcode::LOAD_FAST,
                    Store => Opcode::STORE_FAST,
                    Del => Opcode::DELETE_FAST,
                };
                self.emit(op, idx, loc);
            }
            T::Global => {
                let idx = self.name_index_raw(&mangled);
                match ctx {
                    Load | Invalid if self.ste().can_see_class_scope && scope == Scope::GlobalImplicit => {
                        let cd = self.deref_index("__classdict__", false).unwrap_or(0);
                        self.emit(Opcode::LOAD_DEREF, cd, loc);
                        self.emit(Opcode::LOAD_FROM_DICT_OR_GLOBALS, idx, loc);
                    }
                    Load | Invalid => self.emit(Opcode::LOAD_GLOBAL, idx << 1, loc),
                    Store => self.emit(Opcode::STORE_GLOBAL, idx, loc),
                    Del => self.emit(Opcode::DELETE_GLOBAL, idx, loc),
                }
            }
            T::Name => {
                let idx = self.name_index_raw(&mangled);
                match ctx {
                    Load | Invalid => {
                        if is_class && self.ur().in_inlined_comp > 0 {
                            self.emit(Opcode::LOAD_GLOBAL, idx << 1, loc)
                        } else {
                            self.emit(Opcode::LOAD_NAME, idx, loc)
                        }
                    }
                    Store => self.emit(Opcode::STORE_NAME, idx, loc),
                    Del => self.emit(Opcode::DELETE_NAME, idx, loc),
                }
            }
        }
        Ok(())
    }

    /// Names that cannot be assigned (`forbidden_name`).
    pub fn check_forbidden(&self, name: &str, ctx: ast::ExprContext, r: TextRange) -> R {
        if ctx == ast::ExprContext::Store && name == "__debug__" {
            return Err(self.err("cannot assign to __debug__", r));
        }
        if ctx == ast::ExprContext::Del && name == "__debug__" {
            return Err(self.err("cannot delete __debug__", r));
        }
        Ok(())
    }

    pub fn enter_depth(&mut self) -> R {
        self.depth += 1;
        if self.depth > crate::MAX_DEPTH {
            return Err(CompileError::recursion());
        }
        Ok(())
    }

    pub fn leave_depth(&mut self) {
        self.depth -= 1;
    }

    /// The docstring of a body, if its first statement is a string literal.
    pub fn docstring(&self, body: &[Stmt]) -> Option<Constant> {
        match body.first() {
            Some(Stmt::Expr(e)) => match &*e.value {
                Expr::StringLiteral(s) => Some(crate::fold::str_constant(s, self.source)),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn const_of(&self, e: &Expr) -> Option<Constant> {
        crate::fold::const_value(e, self.source)
    }

    /// Compiles a module body (`compiler_body`): annotations setup, docstring, statements.
    pub fn body(&mut self, stmts: &'a [Stmt]) -> R {
        let mut loc = Location::new(1, 1, 0, 0);
        if self.ur().kind == UnitKind::Module {
            if let Some(first) = stmts.first() {
                loc = self.loc(stmt_range(first, self.source));
            }
        } else {
            let l = self.ur().firstlineno as i32;
            loc = Location::new(l, l, 0, 0);
        }
        if find_ann(stmts) {
            self.emit0(Opcode::SETUP_ANNOTATIONS, loc);
        }
        if stmts.is_empty() {
            return Ok(());
        }
        let mut start = 0;
        if !self.interactive
            && let Some(doc) = self.docstring(stmts) {
                start = 1;
                if let Some(Stmt::Expr(e)) = stmts.first() {
                    let l = self.loc(e.value.range());
                    self.load_const(doc, l);
                }
                self.nameop("__doc__", ast::ExprContext::Store, loc_none())?;
            }
        for s in &stmts[start..] {
            let is_future = matches!(s, Stmt::ImportFrom(i)
                if i.level == 0 && i.module.as_ref().is_some_and(|m| m.as_str() == "__future__"));
            if !is_future && self.units.len() == 1 {
                // The first statement that is not a future import closes the window (the
                // statement itself is compiled first, so a future import inside it is refused).
                self.stmt(s)?;
                self.future_ok = false;
                continue;
            }
            self.stmt(s)?;
        }
        Ok(())
    }
}

/// A hashable identity for constants that de-duplicate by type and value; `None` for code
/// objects and anything holding a NaN.
fn const_key(c: &Constant) -> Option<String> {
    fn ok(c: &Constant) -> bool {
        match c {
            Constant::Code(_) => false,
            Constant::Float(f) => !f.is_nan(),
            Constant::Complex { re, im } => !re.is_nan() && !im.is_nan(),
            Constant::Tuple(t) | Constant::FrozenSet(t) => t.iter().all(ok),
            _ => true,
        }
    }
    if !ok(c) {
        return None;
    }
    // Debug output tags the variant and keeps -0.0 apart from 0.0.
    Some(format!("{c:?}"))
}

/// The range CPython gives a statement: a decorated definition starts at `def`/`class`.
pub fn stmt_range(s: &Stmt, source: &str) -> TextRange {
    let r = s.range();
    let (decorated, name_start, kw) = match s {
        Stmt::FunctionDef(f) => (!f.decorator_list.is_empty(), f.name.range.start(), "def"),
        Stmt::ClassDef(c) => (!c.decorator_list.is_empty(), c.name.range.start(), "class"),
        _ => return r,
    };
    if !decorated {
        return r;
    }
    let before = source.get(..name_start.to_usize()).unwrap_or("");
    match before.rfind(kw) {
        Some(p) if p >= r.start().to_usize() => TextRange::new((p as u32).into(), r.end()),
        _ => r,
    }
}

/// Whether a block of statements contains an annotated assignment (outside nested scopes).
pub fn find_ann(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || i.elif_else_clauses.iter().any(|c| find_ann(&c.body)),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::Try(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_ann(&h.body)
                })
        }
        _ => false,
    })
}
