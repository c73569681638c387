//! The symbol table: which scope each name lives in, following CPython 3.12's `Python/symtable.c`.
//!
//! A first pass walks the AST and records, per block (module, class, function, lambda,
//! comprehension), every name with flags saying how it is used (`DEF_LOCAL`, `USE`, `DEF_PARAM`,
//! ...). A second pass (`analyze`) resolves each name to a scope (local, global explicit/implicit,
//! free, cell) with CPython's rules: class bodies are invisible to nested functions, `__class__`
//! becomes an implicit cell of a class when a method uses `super` or `__class__`, and 3.12 inlines
//! list/set/dict comprehensions into their enclosing block, merging their symbols there. The
//! code generator then asks [`SymbolTable::scope_of`] for each name it emits. Errors of this pass
//! (misplaced `global`, `nonlocal`, `return`, `yield`) use CPython's wording.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::error::{CompileError, ErrorSink};

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE: u32 = 32;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_COMP_CELL: u32 = 2048;
pub const DEF_TYPE_PARAM: u32 = 4096;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where a name lives once analysis is done (CPython's `LOCAL`, `GLOBAL_EXPLICIT`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Module,
    Class,
    Function,
}

/// The kinds of PEP 695 annotation scope (all function-like).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeScope {
    /// `<generic parameters of NAME>`: binds the type parameters.
    TypeParams,
    /// The lazily evaluated bound or constraints of one type variable.
    TypeVarBound,
    /// The lazily evaluated value of a `type` statement.
    TypeAlias,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    Generator,
    List,
    Set,
    Dict,
}

#[derive(Clone, Copy, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: Scope,
}

/// One block's symbols (CPython's `PySTEntryObject`).
#[derive(Debug)]
pub struct Block {
    pub name: String,
    pub kind: BlockType,
    /// Names in first-seen order, with their flags and (after analysis) scope.
    pub order: Vec<String>,
    pub symbols: HashMap<String, Symbol>,
    /// Parameters in order: positional-only, positional, keyword-only, `*args`, `**kwargs`.
    pub varnames: Vec<String>,
    pub children: Vec<usize>,
    pub nested: bool,
    pub generator: bool,
    /// `async def`, or a scope that awaits (CPython's `ste_coroutine`).
    pub coroutine: bool,
    /// An annotation scope of PEP 695 (type parameters, a bound, a type alias's value).
    pub type_scope: Option<TypeScope>,
    /// An annotation scope directly in a class body: it sees the class's names through
    /// `__classdict__` (`ste_can_see_class_scope`).
    pub can_see_class_scope: bool,
    /// A class whose annotation scopes read its namespace (`ste_needs_classdict`).
    pub needs_classdict: bool,
    pub comprehension: Option<CompKind>,
    pub comp_inlined: bool,
    pub needs_class_closure: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub child_free: bool,
    pub free: bool,
    pub is_lambda: bool,
    pub lineno: u32,
    /// Inside a comprehension: set while visiting an iteration target.
    comp_iter_target: bool,
    /// Inside a comprehension's iterable expression (`ste_comp_iter_expr`): no walrus there.
    comp_iter_expr: u32,
    /// The class name used for private-name mangling inside this block.
    pub private: Option<String>,
    /// Where each `global`/`nonlocal` name was declared (for error positions).
    pub directives: HashMap<String, TextRange>,
}

impl Block {
    fn new(name: &str, kind: BlockType, lineno: u32, nested: bool, private: Option<String>) -> Block {
        Block {
            name: name.to_string(),
            kind,
            order: Vec::new(),
            symbols: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            nested,
            generator: false,
            coroutine: false,
            type_scope: None,
            can_see_class_scope: false,
            needs_classdict: false,
            comprehension: None,
            comp_inlined: false,
            needs_class_closure: false,
            varargs: false,
            varkeywords: false,
            child_free: false,
            free: false,
            is_lambda: false,
            lineno,
            comp_iter_target: false,
            comp_iter_expr: 0,
            private,
            directives: HashMap::new(),
        }
    }

    pub fn is_function_like(&self) -> bool {
        self.kind == BlockType::Function
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    /// The analysed scope of `name` (CPython's `_PyST_GetScope`).
    pub fn scope_of(&self, name: &str) -> Scope {
        self.symbols.get(name).map_or(Scope::Unknown, |s| s.scope)
    }

    /// Names of the given scope (or carrying `flag`), sorted as CPython's `dictbytype` does.
    pub fn names_sorted(&self, scope: Scope, flag: u32) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == scope || (flag != 0 && s.flags & flag != 0))
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

/// All blocks of a module; block 0 is the module.
#[derive(Debug)]
pub struct SymbolTable {
    pub blocks: Vec<Block>,
    /// Block of each scope-creating node, keyed by its source range.
    pub by_range: HashMap<(u32, u32), usize>,
}

/// CPython's `_Py_Mangle`: `__name` inside class `C` becomes `_C__name`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(p) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let p = p.trim_start_matches('_');
    if p.is_empty() {
        return name.to_string();
    }
    format!("_{p}{name}")
}

pub fn key(r: TextRange) -> (u32, u32) {
    (r.start().to_u32(), r.end().to_u32())
}

struct Builder<'a> {
    blocks: Vec<Block>,
    stack: Vec<usize>,
    by_range: HashMap<(u32, u32), usize>,
    errs: &'a ErrorSink<'a>,
    depth: u32,
}

type R = Result<(), CompileError>;

impl<'a> Builder<'a> {
    fn cur(&mut self) -> &mut Block {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.blocks[i]
    }

    fn cur_ref(&self) -> &Block {
        &self.blocks[*self.stack.last().unwrap_or(&0)]
    }

    fn enter(&mut self, name: &str, kind: BlockType, range: TextRange) -> usize {
        let parent = *self.stack.last().unwrap_or(&0);
        let nested = self.blocks[parent].nested || self.blocks[parent].kind == BlockType::Function;
        let private = if kind == BlockType::Class && name != "top" {
            None
        } else {
            self.blocks[parent].private.clone()
        };
        let lineno = self.errs.line_of(range.start().to_u32());
        let idx = self.blocks.len();
        self.blocks.push(Block::new(name, kind, lineno, nested, private));
        self.blocks[parent].children.push(idx);
        self.by_range.insert(key(range), idx);
        self.stack.push(idx);
        idx
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    /// Enters `<generic parameters of NAME>` (`symtable_enter_type_param_block`).
    fn enter_type_param_block(&mut self, name: &str, range: TextRange, is_class: bool, has_defaults: bool, has_kwdefaults: bool) -> R {
        let in_class = self.cur_ref().kind == BlockType::Class;
        let idx = self.enter(name, BlockType::Function, range);
        self.blocks[idx].type_scope = Some(TypeScope::TypeParams);
        if in_class {
            self.blocks[idx].can_see_class_scope = true;
            self.add_def("__classdict__", USE, range)?;
        }
        if is_class {
            // Set when the type params tuple is built, used for the generic base.
            self.add_def(".type_params", DEF_LOCAL, range)?;
            self.add_def(".type_params", USE, range)?;
            self.add_def(".generic_base", DEF_LOCAL, range)?;
            self.add_def(".generic_base", USE, range)?;
        }
        if has_defaults {
            self.add_def(".defaults", DEF_PARAM, range)?;
        }
        if has_kwdefaults {
            self.add_def(".kwdefaults", DEF_PARAM, range)?;
        }
        Ok(())
    }

    /// Type parameter lists 3.12's grammar rejects (empty, or with 3.13 defaults), with the
    /// message and position its parser gives for a `def` (0), `class` (1) or `type` (2).
    fn check_type_params(&self, tps: Option<&ast::TypeParams>, what: u8) -> R {
        let Some(tps) = tps else { return Ok(()) };
        let default = tps.type_params.iter().find(|tp| match tp {
            ast::TypeParam::TypeVar(t) => t.default.is_some(),
            ast::TypeParam::ParamSpec(t) => t.default.is_some(),
            ast::TypeParam::TypeVarTuple(t) => t.default.is_some(),
        });
        if !tps.type_params.is_empty() && default.is_none() {
            return Ok(());
        }
        let open = TextRange::at(tps.range.start(), 1.into());
        let close = TextRange::at(tps.range.end() - ruff_text_size::TextSize::from(1), 1.into());
        Err(match (what, default) {
            (0, _) => self.errs.syntax("expected '('", open),
            (2, Some(tp)) => self.errs.syntax(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                TextRange::at(tp.range().start(), 1.into()),
            ),
            (_, Some(tp)) => self.errs.syntax("invalid syntax", TextRange::at(tp.range().start(), 1.into())),
            (_, None) => self.errs.syntax("invalid syntax", close),
        })
    }

    fn type_params(&mut self, tps: &ast::TypeParams) -> R {
        for tp in &tps.type_params {
            let (name, range) = match tp {
                ast::TypeParam::TypeVar(t) => (&t.name, t.range),
                ast::TypeParam::ParamSpec(t) => (&t.name, t.range),
                ast::TypeParam::TypeVarTuple(t) => (&t.name, t.range),
            };
            let has_default = match tp {
                ast::TypeParam::TypeVar(t) => t.default.is_some(),
                ast::TypeParam::ParamSpec(t) => t.default.is_some(),
                ast::TypeParam::TypeVarTuple(t) => t.default.is_some(),
            };
            if has_default {
                // Defaults of type parameters are Python 3.13 syntax; 3.12's parser reports
                // them as `check_type_params` says.
                return Err(self.errs.syntax("invalid syntax", range));
            }
            if self.cur_ref().flags(name.as_str()) & DEF_TYPE_PARAM != 0 {
                return Err(self.errs.syntax(format!("duplicate type parameter '{}'", name.as_str()), name.range));
            }
            self.add_def(name.as_str(), DEF_TYPE_PARAM | DEF_LOCAL, name.range)?;
            if let ast::TypeParam::TypeVar(t) = tp
                && let Some(bound) = &t.bound {
                    let in_class = self.cur_ref().can_see_class_scope;
                    let idx = self.enter(t.name.as_str(), BlockType::Function, t.range);
                    self.blocks[idx].type_scope = Some(TypeScope::TypeVarBound);
                    self.blocks[idx].can_see_class_scope = in_class;
                    if in_class {
                        self.add_def("__classdict__", USE, bound.range())?;
                    }
                    self.expr(bound)?;
                    self.exit();
                }
        }
        Ok(())
    }

    /// The names a `case` pattern binds, and the expressions it evaluates (value patterns,
    /// mapping keys, class names), in CPython's `symtable_visit_pattern` order.
    fn pattern(&mut self, p: &ast::Pattern) -> R {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for q in &s.patterns {
                    self.pattern(q)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(n.as_str(), DEF_LOCAL, n.range)?;
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for q in &m.patterns {
                    self.pattern(q)?;
                }
                if let Some(n) = &m.rest {
                    self.add_def(n.as_str(), DEF_LOCAL, n.range)?;
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                for q in &c.arguments.patterns {
                    self.pattern(q)?;
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern)?;
                }
            }
            P::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = &a.name {
                    self.add_def(n.as_str(), DEF_LOCAL, n.range)?;
                }
            }
            P::MatchOr(o) => {
                for q in &o.patterns {
                    self.pattern(q)?;
                }
            }
        }
        Ok(())
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> R {
        let private = self.cur_ref().private.clone();
        let mangled = mangle(private.as_deref(), name);
        self.add_def_in(*self.stack.last().unwrap_or(&0), &mangled, flag, range)
    }

    fn add_def_in(&mut self, bi: usize, name: &str, mut flag: u32, range: TextRange) -> R {
        let is_param = flag & DEF_PARAM != 0;
        let b = &mut self.blocks[bi];
        let old = b.symbols.get(name).map(|s| s.flags);
        if let Some(old) = old {
            if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
                return Err(self.errs.syntax(
                    format!("duplicate argument '{name}' in function definition"),
                    range,
                ));
            }
            flag |= old;
        } else {
            b.order.push(name.to_string());
        }
        if b.comp_iter_target {
            if flag & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.errs.syntax(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    range,
                ));
            }
            flag |= DEF_COMP_ITER;
        }
        b.symbols.insert(name.to_string(), Symbol { flags: flag, scope: Scope::Unknown });
        if flag & DEF_GLOBAL != 0 && bi != 0 {
            // CPython records every `global` declaration in the module's own symbols too
            // (`st_global`), so the module then uses STORE_GLOBAL/LOAD_GLOBAL for the name.
            let m = &mut self.blocks[0];
            match m.symbols.get_mut(name) {
                Some(s) => s.flags |= DEF_GLOBAL,
                None => {
                    m.order.push(name.to_string());
                    m.symbols.insert(name.to_string(), Symbol { flags: DEF_GLOBAL, scope: Scope::Unknown });
                }
            }
        }
        let b = &mut self.blocks[bi];
        if is_param {
            b.varnames.push(name.to_string());
        }
        Ok(())
    }

    /// `__debug__` cannot be bound (`forbidden_name` in compile.c).
    fn check_name(&self, name: &str, range: TextRange) -> R {
        if name == "__debug__" {
            return Err(self.errs.syntax("cannot assign to __debug__", range));
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        self.depth += 1;
        if self.depth > crate::MAX_DEPTH {
            return Err(CompileError::recursion());
        }
        let r = crate::with_stack(|| self.stmt_inner(s));
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> R {
        match s {
            Stmt::FunctionDef(f) => {
                self.check_name(f.name.as_str(), f.name.range)?;
                self.check_type_params(f.type_params.as_deref(), 0)?;
                self.add_def(f.name.as_str(), DEF_LOCAL, f.name.range)?;
                self.param_defaults(&f.parameters)?;
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                let generic = f.type_params.as_deref().filter(|t| !t.type_params.is_empty());
                if let Some(tp) = generic {
                    let p = &f.parameters;
                    // CPython tests whether the defaults list exists, and it always does.
                    let has_kwdefaults = p.kwonlyargs.iter().any(|a| a.default.is_some());
                    self.enter_type_param_block(f.name.as_str(), tp.range, false, true, has_kwdefaults)?;
                    self.type_params(tp)?;
                }
                self.annotations(&f.parameters, f.returns.as_deref())?;
                let idx = self.enter(f.name.as_str(), BlockType::Function, f.range);
                self.blocks[idx].coroutine = f.is_async;
                self.params(&f.parameters)?;
                self.stmts(&f.body)?;
                self.exit();
                if generic.is_some() {
                    self.exit();
                }
            }
            Stmt::ClassDef(c) => {
                self.check_name(c.name.as_str(), c.name.range)?;
                self.check_type_params(c.type_params.as_deref(), 1)?;
                self.add_def(c.name.as_str(), DEF_LOCAL, c.name.range)?;
                let generic = c.type_params.as_deref().filter(|t| !t.type_params.is_empty());
                if let Some(tp) = generic {
                    for d in &c.decorator_list {
                        self.expr(&d.expression)?;
                    }
                    self.enter_type_param_block(c.name.as_str(), tp.range, true, false, false)?;
                    self.cur().private = Some(c.name.to_string());
                    self.type_params(tp)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value)?;
                    }
                }
                if generic.is_none() {
                    for d in &c.decorator_list {
                        self.expr(&d.expression)?;
                    }
                }
                let idx = self.enter(c.name.as_str(), BlockType::Class, c.range);
                self.blocks[idx].private = Some(c.name.to_string());
                if generic.is_some() {
                    self.add_def("__type_params__", DEF_LOCAL, c.range)?;
                    self.add_def(".type_params", USE, c.range)?;
                }
                self.stmts(&c.body)?;
                self.exit();
                if generic.is_some() {
                    self.exit();
                }
            }
            Stmt::Return(r) => {
                if self.cur_ref().kind != BlockType::Function {
                    return Err(self.errs.syntax("'return' outside function", r.range));
                }
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.expr(t)?;
                }
                self.expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.target)?;
                self.expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let private = self.cur_ref().private.clone();
                    let m = mangle(private.as_deref(), n.id.as_str());
                    let cur = self.cur_ref().flags(&m);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        let what = if cur & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        return Err(self.errs.syntax(
                            format!("annotated name '{}' can't be {what}", n.id),
                            a.range,
                        ));
                    }
                    if a.simple {
                        self.add_def(n.id.as_str(), DEF_ANNOT | DEF_LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.add_def(n.id.as_str(), DEF_LOCAL, n.range)?;
                    }
                } else {
                    self.expr(&a.target)?;
                }
                self.expr(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
            }
            Stmt::For(f) => {
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            Stmt::TypeAlias(t) => {
                self.check_type_params(t.type_params.as_deref(), 2)?;
                self.expr(&t.name)?;
                let Expr::Name(n) = &*t.name else {
                    return Err(self.errs.syntax("invalid syntax", t.name.range()));
                };
                let name = n.id.as_str();
                let in_class = self.cur_ref().kind == BlockType::Class;
                let generic = t.type_params.as_deref().filter(|tp| !tp.type_params.is_empty());
                if let Some(tp) = generic {
                    self.enter_type_param_block(name, tp.range, false, false, false)?;
                    self.type_params(tp)?;
                }
                let idx = self.enter(name, BlockType::Function, t.range);
                self.blocks[idx].type_scope = Some(TypeScope::TypeAlias);
                self.blocks[idx].can_see_class_scope = in_class;
                if in_class {
                    self.add_def("__classdict__", USE, t.value.range())?;
                }
                self.expr(&t.value)?;
                self.exit();
                if generic.is_some() {
                    self.exit();
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                self.stmts(&t.orelse)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n.as_str(), DEF_LOCAL, n.range)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.import_alias(a)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.cur_ref().kind != BlockType::Module {
                            return Err(self.errs.syntax("import * only allowed at module level", a.range));
                        }
                        continue;
                    }
                    self.import_alias(a)?;
                }
            }
            Stmt::Global(g) => self.declare(&g.names, g.range, DEF_GLOBAL, "global")?,
            Stmt::Nonlocal(g) => {
                if self.cur_ref().kind == BlockType::Module {
                    return Err(self.errs.syntax("nonlocal declaration not allowed at module level", g.range));
                }
                self.declare(&g.names, g.range, DEF_NONLOCAL, "nonlocal")?;
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::IpyEscapeCommand(e) => return Err(self.errs.syntax("invalid syntax", e.range)),
        }
        Ok(())
    }

    /// A `global` or `nonlocal` statement (`word` names it in the messages): each name
    /// must not already be a parameter, used, annotated or assigned in this scope.
    fn declare(&mut self, names: &[ast::Identifier], range: TextRange, flag: u32, word: &str) -> R {
        for n in names {
            let private = self.cur_ref().private.clone();
            let name = mangle(private.as_deref(), n.as_str());
            let cur = self.cur_ref().flags(&name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                // The message names the name as written, not its mangled form.
                let name = n.as_str();
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {word}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {word} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {word}")
                } else {
                    format!("name '{name}' is assigned to before {word} declaration")
                };
                return Err(self.errs.syntax(msg, range));
            }
            self.add_def(n.as_str(), flag, n.range)?;
            // Errors point at a name's first declaration.
            self.cur().directives.entry(name).or_insert(range);
        }
        Ok(())
    }

    fn import_alias(&mut self, a: &ast::Alias) -> R {
        let (name, range) = match &a.asname {
            Some(n) => (n.as_str().to_string(), n.range),
            None => (a.name.as_str().split('.').next().unwrap_or("").to_string(), a.name.range),
        };
        self.check_name(&name, a.range)?;
        self.add_def(&name, DEF_IMPORT, range)
    }

    fn param_defaults(&mut self, p: &ast::Parameters) -> R {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        for a in p.kwonlyargs.iter() {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn annotations(&mut self, p: &ast::Parameters, returns: Option<&Expr>) -> R {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(an) = &a.parameter.annotation {
                self.expr(an)?;
            }
        }
        if let Some(v) = &p.vararg
            && let Some(an) = &v.annotation {
                self.expr(an)?;
            }
        for a in p.kwonlyargs.iter() {
            if let Some(an) = &a.parameter.annotation {
                self.expr(an)?;
            }
        }
        if let Some(v) = &p.kwarg
            && let Some(an) = &v.annotation {
                self.expr(an)?;
            }
        if let Some(r) = returns {
            self.expr(r)?;
        }
        Ok(())
    }

    fn params(&mut self, p: &ast::Parameters) -> R {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            self.check_name(a.parameter.name.as_str(), a.parameter.name.range)?;
            self.add_def(a.parameter.name.as_str(), DEF_PARAM, a.parameter.name.range)?;
        }
        if let Some(v) = &p.vararg {
            self.check_name(v.name.as_str(), v.name.range)?;
            self.add_def(v.name.as_str(), DEF_PARAM, v.name.range)?;
            self.cur().varargs = true;
        }
        if let Some(v) = &p.kwarg {
            self.check_name(v.name.as_str(), v.name.range)?;
            self.add_def(v.name.as_str(), DEF_PARAM, v.name.range)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R {
        self.depth += 1;
        if self.depth > crate::MAX_DEPTH {
            return Err(CompileError::recursion());
        }
        let r = crate::with_stack(|| self.expr_inner(e));
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            Expr::Named(n) => {
                self.check_annotation_scope("named expression", n.range)?;
                if self.cur_ref().comp_iter_expr > 0 {
                    return Err(self.errs.syntax(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        n.range,
                    ));
                }
                // Inside a comprehension the target also binds in the enclosing scope
                // (`symtable_extend_namedexpr_scope`); then value and target are visited as usual.
                if self.cur_ref().comprehension.is_some() {
                    self.named_target(n)?;
                }
                self.expr(&n.value)?;
                self.expr(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults(p)?;
                }
                let idx = self.enter("lambda", BlockType::Function, l.range);
                self.blocks[idx].is_lambda = true;
                if let Some(p) = &l.parameters {
                    self.params(p)?;
                }
                self.expr(&l.body)?;
                self.exit();
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
            }
            Expr::Set(s) => {
                for x in &s.elts {
                    self.expr(x)?;
                }
            }
            Expr::ListComp(c) => self.comprehension(e.range(), &c.generators, &c.elt, None, CompKind::List)?,
            Expr::SetComp(c) => self.comprehension(e.range(), &c.generators, &c.elt, None, CompKind::Set)?,
            Expr::DictComp(c) => {
                let Some(k) = &c.key else {
                    return Err(self.errs.syntax("dict unpacking cannot be used in dict comprehension", c.range));
                };
                self.comprehension(e.range(), &c.generators, k, Some(&c.value), CompKind::Dict)?
            }
            Expr::Generator(c) => {
                self.comprehension(e.range(), &c.generators, &c.elt, None, CompKind::Generator)?
            }
            Expr::Await(a) => {
                self.check_annotation_scope("await expression", a.range)?;
                self.expr(&a.value)?;
                self.cur().coroutine = true;
            }
            Expr::Yield(y) => {
                self.check_annotation_scope("yield expression", y.range)?;
                self.check_yield(y.range)?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.check_annotation_scope("yield expression", y.range)?;
                self.check_yield(y.range)?;
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                for x in c.comparators.iter() {
                    self.expr(x)?;
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    if let Some(a) = &k.arg {
                        self.check_name(a.as_str(), k.range)?;
                    }
                    self.expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements, 0)?;
                    }
                }
            }
            Expr::TString(t) => return Err(self.errs.unsupported("template strings", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => {
                let flag = match n.ctx {
                    ast::ExprContext::Load => USE,
                    _ => DEF_LOCAL,
                };
                self.add_def(n.id.as_str(), flag, n.range)?;
                // A use of `super` in a function needs the implicit `__class__` cell.
                if n.ctx == ast::ExprContext::Load
                    && self.cur_ref().kind == BlockType::Function
                    && n.id.as_str() == "super"
                {
                    self.add_def_in(*self.stack.last().unwrap_or(&0), "__class__", USE, n.range)?;
                }
            }
            Expr::List(l) => {
                for x in &l.elts {
                    self.expr(x)?;
                }
            }
            Expr::Tuple(t) => {
                for x in &t.elts {
                    self.expr(x)?;
                }
            }
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            Expr::IpyEscapeCommand(c) => return Err(self.errs.syntax("invalid syntax", c.range)),
        }
        Ok(())
    }

    /// The replacement fields of an f-string; `spec_depth` counts the format specs around them
    /// (CPython's tokenizer allows fields two specs deep).
    fn fstring_elements(&mut self, els: &ast::InterpolatedStringElements, spec_depth: u32) -> R {
        for el in els.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                if spec_depth > 2 {
                    let at = i.range.start() - ruff_text_size::TextSize::from(1);
                    return Err(self.errs.syntax(
                        "f-string: expressions nested too deeply",
                        TextRange::new(at, at),
                    ));
                }
                self.expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements, spec_depth + 1)?;
                }
            }
        }
        Ok(())
    }

    /// `yield`, `await` and `:=` cannot appear directly in a PEP 695 annotation scope
    /// (`symtable_raise_if_annotation_block`).
    fn check_annotation_scope(&self, what: &str, range: TextRange) -> R {
        let place = match self.cur_ref().type_scope {
            Some(TypeScope::TypeVarBound) => "a TypeVar bound",
            Some(TypeScope::TypeAlias) => "a type alias",
            Some(TypeScope::TypeParams) => "the definition of a generic",
            None => return Ok(()),
        };
        Err(self.errs.syntax(format!("{what} cannot be used within {place}"), range))
    }

    fn check_yield(&mut self, range: TextRange) -> R {
        let b = self.cur_ref();
        match (b.kind, b.comprehension) {
            (BlockType::Function, None) => {
                self.cur().generator = true;
                Ok(())
            }
            (BlockType::Function, Some(k)) => {
                let what = match k {
                    CompKind::Generator => "generator expression",
                    CompKind::List => "list comprehension",
                    CompKind::Set => "set comprehension",
                    CompKind::Dict => "dict comprehension",
                };
                Err(self.errs.syntax(format!("'yield' inside {what}"), range))
            }
            _ => Err(self.errs.syntax("'yield' outside function", range)),
        }
    }

    /// An assignment expression binds in the nearest enclosing non-comprehension scope
    /// (`symtable_extend_namedexpr_scope`).
    fn named_target(&mut self, n: &ast::ExprNamed) -> R {
        let Expr::Name(target) = &*n.target else {
            return self.expr(&n.target);
        };
        let name = target.id.as_str();
        if self.cur_ref().flags(name) & DEF_COMP_ITER != 0 {
            return Err(self.errs.syntax(
                format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                target.range,
            ));
        }
        for &bi in self.stack.iter().rev() {
            let b = &self.blocks[bi];
            if b.comprehension.is_some() {
                if b.flags(name) & DEF_COMP_ITER != 0 {
                    return Err(self.errs.syntax(
                        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                        target.range,
                    ));
                }
                continue;
            }
            match b.kind {
                BlockType::Function => {
                    let flag = if b.flags(name) & DEF_GLOBAL != 0 { DEF_GLOBAL } else { DEF_NONLOCAL };
                    self.add_def(name, flag, target.range)?;
                    return self.add_def_in(bi, name, DEF_LOCAL, target.range);
                }
                BlockType::Module => {
                    self.add_def(name, DEF_GLOBAL, target.range)?;
                    return self.add_def_in(bi, name, DEF_GLOBAL, target.range);
                }
                BlockType::Class => {
                    return Err(self.errs.syntax(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.range,
                    ));
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        gens: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        kind: CompKind,
    ) -> R {
        let Some(first) = gens.first() else { return Ok(()) };
        self.comp_iter(&first.iter)?;
        let name = match kind {
            CompKind::Generator => "genexpr",
            CompKind::List => "listcomp",
            CompKind::Set => "setcomp",
            CompKind::Dict => "dictcomp",
        };
        let idx = self.enter(name, BlockType::Function, range);
        self.blocks[idx].comprehension = Some(kind);
        if kind == CompKind::Generator {
            self.blocks[idx].generator = true;
        }
        if first.is_async {
            self.blocks[idx].coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, range)?;
        self.comp_target(&first.target)?;
        for c in &first.ifs {
            self.expr(c)?;
        }
        for g in &gens[1..] {
            if g.is_async {
                self.cur().coroutine = true;
            }
            self.comp_target(&g.target)?;
            self.comp_iter(&g.iter)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        // A non-generator comprehension that awaits makes its enclosing scope a coroutine.
        let is_async = self.blocks[idx].coroutine && kind != CompKind::Generator;
        self.exit();
        if is_async {
            self.cur().coroutine = true;
        }
        Ok(())
    }

    /// A comprehension's iterable, where assignment expressions are refused.
    fn comp_iter(&mut self, e: &Expr) -> R {
        self.cur().comp_iter_expr += 1;
        let r = self.expr(e);
        self.cur().comp_iter_expr -= 1;
        r
    }

    fn comp_target(&mut self, t: &Expr) -> R {
        self.cur().comp_iter_target = true;
        let r = self.expr(t);
        self.cur().comp_iter_target = false;
        r
    }
}

/// Builds and analyses the symbol table of a module (or expression).
pub fn build(body: &[Stmt], expr: Option<&Expr>, errs: &ErrorSink) -> Result<SymbolTable, CompileError> {
    let mut b = Builder { blocks: Vec::new(), stack: vec![0], by_range: HashMap::new(), errs, depth: 0 };
    b.blocks.push(Block::new("top", BlockType::Module, 0, false, None));
    b.stmts(body)?;
    if let Some(e) = expr {
        b.expr(e)?;
    }
    let mut st = SymbolTable { blocks: b.blocks, by_range: b.by_range };
    let mut free = HashSet::new();
    analyze_block(&mut st, 0, None, &mut free, &mut HashSet::new(), &Names::new(), None, errs)?;
    Ok(st)
}

type Names = HashSet<String>;

fn analyze_name(
    b: &mut Block,
    scopes: &mut HashMap<String, Scope>,
    name: &str,
    flags: u32,
    bound: Option<&Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
    class_syms: Option<&HashMap<String, Symbol>>,
    type_params: &mut Names,
    errs: &ErrorSink,
) -> R {
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            let msg = format!("name '{name}' is nonlocal and global");
            return Err(match b.directives.get(name) {
                Some(r) => errs.syntax(msg, *r),
                None => errs.syntax_at_line(msg, b.lineno),
            });
        }
        scopes.insert(name.into(), Scope::GlobalExplicit);
        global.insert(name.into());
        return Ok(());
    }
    if flags & DEF_NONLOCAL != 0 {
        match bound {
            Some(bd) if bd.contains(name) => {}
            _ => {
                let msg = format!("no binding for nonlocal '{name}' found");
                return Err(match b.directives.get(name) {
                    Some(r) => errs.syntax(msg, *r),
                    None => errs.syntax_at_line(msg, b.lineno),
                });
            }
        }
        if type_params.contains(name) {
            let msg = format!("nonlocal binding not allowed for type parameter '{name}'");
            return Err(match b.directives.get(name) {
                Some(r) => errs.syntax(msg, *r),
                None => errs.syntax_at_line(msg, b.lineno),
            });
        }
        scopes.insert(name.into(), Scope::Free);
        b.free = true;
        free.insert(name.into());
        return Ok(());
    }
    if flags & DEF_BOUND != 0 {
        scopes.insert(name.into(), Scope::Local);
        local.insert(name.into());
        global.remove(name);
        // Which names of enclosing scopes are type parameters (for `nonlocal` above).
        if flags & DEF_TYPE_PARAM != 0 {
            type_params.insert(name.into());
        } else {
            type_params.remove(name);
        }
        return Ok(());
    }
    // An annotation scope in a class body: a name the class binds is looked up in the class
    // namespace first (then as a global), not as a free variable of an outer function.
    if let Some(cs) = class_syms {
        let cf = cs.get(name).map_or(0, |s| s.flags);
        if cf & DEF_GLOBAL != 0 {
            scopes.insert(name.into(), Scope::GlobalExplicit);
            return Ok(());
        } else if cf & DEF_BOUND != 0 && cf & DEF_NONLOCAL == 0 {
            scopes.insert(name.into(), Scope::GlobalImplicit);
            return Ok(());
        }
    }
    if bound.is_some_and(|bd| bd.contains(name)) {
        scopes.insert(name.into(), Scope::Free);
        b.free = true;
        free.insert(name.into());
        return Ok(());
    }
    if global.contains(name) {
        scopes.insert(name.into(), Scope::GlobalImplicit);
        return Ok(());
    }
    if b.nested {
        b.free = true;
    }
    scopes.insert(name.into(), Scope::GlobalImplicit);
    Ok(())
}

fn is_free_in_any_child(st: &SymbolTable, bi: usize, name: &str) -> bool {
    st.blocks[bi].children.iter().any(|&c| {
        st.blocks[c].symbols.get(name).is_some_and(|s| s.scope == Scope::Free)
    })
}

/// CPython's `analyze_block`: resolves the scopes of `bi` and its children. `bound` holds the
/// names bound in enclosing function scopes, `global` the known globals; names free in this
/// block or its children are added to `free`.
fn analyze_block(
    st: &mut SymbolTable,
    bi: usize,
    bound: Option<&Names>,
    free: &mut Names,
    global: &mut Names,
    type_params: &Names,
    class_entry: Option<usize>,
    errs: &ErrorSink,
) -> R {
    let mut type_params = type_params.clone();
    let mut local = Names::new();
    let mut scopes: HashMap<String, Scope> = HashMap::new();
    let mut newglobal = Names::new();
    let mut newfree = Names::new();
    let mut newbound = Names::new();
    let mut inlined_cells = Names::new();
    let kind = st.blocks[bi].kind;

    if kind == BlockType::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(bd) = bound {
            newbound.extend(bd.iter().cloned());
        }
    }
    let order = st.blocks[bi].order.clone();
    let class_syms = class_entry.map(|ce| st.blocks[ce].symbols.clone());
    for name in &order {
        let flags = st.blocks[bi].flags(name);
        analyze_name(
            &mut st.blocks[bi],
            &mut scopes,
            name,
            flags,
            bound,
            &mut local,
            free,
            global,
            class_syms.as_ref(),
            &mut type_params,
            errs,
        )?;
    }
    if kind != BlockType::Class {
        if kind == BlockType::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(bd) = bound {
            newbound.extend(bd.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".into());
        newbound.insert("__classdict__".into());
    }

    let children = st.blocks[bi].children.clone();
    let mut new_children = Vec::new();
    for c in children {
        let mut child_free = Names::new();
        let mut temp_bound = newbound.clone();
        let mut temp_global = newglobal.clone();
        // The child sees a copy of the sets; what it finds free comes back in `child_free`.
        let new_class_entry = if st.blocks[c].can_see_class_scope {
            if kind == BlockType::Class { Some(bi) } else { class_entry }
        } else {
            None
        };
        analyze_child(st, c, &mut temp_bound, &mut child_free, &mut temp_global, &type_params, new_class_entry, errs)?;
        let inline = st.blocks[c].comprehension.is_some_and(|k| k != CompKind::Generator);
        if inline {
            st.blocks[c].comp_inlined = true;
            inline_comprehension(st, bi, c, &mut scopes, &mut child_free, &mut inlined_cells);
            // The inlined comprehension's children take its place among ours.
            new_children.extend(st.blocks[c].children.clone());
        } else {
            new_children.push(c);
        }
        newfree.extend(child_free);
        if st.blocks[c].free || st.blocks[c].child_free {
            st.blocks[bi].child_free = true;
        }
    }

    st.blocks[bi].children = new_children;

    if kind == BlockType::Function {
        // analyze_cells: locals that a child uses freely become cells.
        for (name, sc) in scopes.iter_mut() {
            if *sc != Scope::Local {
                continue;
            }
            if !newfree.contains(name) && !inlined_cells.contains(name) {
                continue;
            }
            *sc = Scope::Cell;
            newfree.remove(name);
        }
    } else if kind == BlockType::Class {
        if newfree.remove("__class__") {
            st.blocks[bi].needs_class_closure = true;
        }
        if newfree.remove("__classdict__") {
            st.blocks[bi].needs_classdict = true;
        }
    }

    // update_symbols
    let b = &mut st.blocks[bi];
    for name in b.order.clone() {
        let sym = b.symbols.get_mut(&name);
        if let Some(sym) = sym {
            if inlined_cells.contains(&name) {
                sym.flags |= DEF_COMP_CELL;
            }
            sym.scope = scopes.get(&name).copied().unwrap_or(Scope::Unknown);
        }
    }
    let mut newfree_sorted: Vec<&String> = newfree.iter().collect();
    newfree_sorted.sort();
    for name in newfree_sorted {
        if let Some(sym) = b.symbols.get_mut(name) {
            if kind == BlockType::Class {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if bound.is_some_and(|bd| !bd.contains(name)) {
            continue;
        }
        b.order.push(name.clone());
        b.symbols.insert(name.clone(), Symbol { flags: DEF_FREE, scope: Scope::Free });
    }
    free.extend(newfree);
    Ok(())
}

fn analyze_child(
    st: &mut SymbolTable,
    c: usize,
    bound: &mut Names,
    child_free: &mut Names,
    global: &mut Names,
    type_params: &Names,
    class_entry: Option<usize>,
    errs: &ErrorSink,
) -> R {
    let b = bound.clone();
    analyze_block(st, c, Some(&b), child_free, global, type_params, class_entry, errs)
}

/// CPython 3.12's `inline_comprehension`: the comprehension's names join the enclosing block.
fn inline_comprehension(
    st: &mut SymbolTable,
    bi: usize,
    ci: usize,
    scopes: &mut HashMap<String, Scope>,
    comp_free: &mut Names,
    inlined_cells: &mut Names,
) {
    let order = st.blocks[ci].order.clone();
    for name in order {
        let Some(sym) = st.blocks[ci].symbols.get(&name).copied() else { continue };
        if sym.flags & DEF_PARAM != 0 {
            continue;
        }
        let mut scope = sym.scope;
        let mut only_flags = sym.flags;
        if scope == Scope::Cell || only_flags & DEF_COMP_CELL != 0 {
            inlined_cells.insert(name.clone());
        }
        let existing = st.blocks[bi].symbols.get(&name).map(|s| s.flags);
        match existing {
            None => {
                if scope == Scope::Free && st.blocks[bi].kind == BlockType::Class && name == "__class__" {
                    scope = Scope::GlobalImplicit;
                    only_flags &= !DEF_FREE;
                    comp_free.remove(&name);
                }
                st.blocks[bi].order.push(name.clone());
                st.blocks[bi].symbols.insert(name.clone(), Symbol { flags: only_flags, scope: Scope::Unknown });
                scopes.insert(name, scope);
            }
            Some(ex) => {
                if ex & DEF_BOUND != 0
                    && !is_free_in_any_child(st, ci, &name)
                    && st.blocks[bi].kind != BlockType::Class
                {
                    comp_free.remove(&name);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(src: &str) -> SymbolTable {
        let parsed = ruff_python_parser::parse_module(src).expect("parses");
        let sink = ErrorSink::new(src);
        build(&parsed.syntax().body, None, &sink).expect("symtable")
    }

    fn block<'t>(st: &'t SymbolTable, name: &str) -> &'t Block {
        st.blocks.iter().find(|b| b.name == name).expect("block")
    }

    #[test]
    fn closures_cells_and_frees() {
        let st = table("def f(a):\n    b = 1\n    def g():\n        return a + b + c\n    return g\n");
        let f = block(&st, "f");
        assert_eq!(f.scope_of("a"), Scope::Cell);
        assert_eq!(f.scope_of("b"), Scope::Cell);
        let g = block(&st, "g");
        assert_eq!(g.scope_of("a"), Scope::Free);
        assert_eq!(g.scope_of("c"), Scope::GlobalImplicit);
    }

    #[test]
    fn class_cell_for_super() {
        let st = table("class C:\n    x = 1\n    def m(self):\n        return super().m() + x\n");
        assert!(block(&st, "C").needs_class_closure);
        let m = block(&st, "m");
        assert_eq!(m.scope_of("__class__"), Scope::Free);
        // Class bodies are not enclosing scopes for methods.
        assert_eq!(m.scope_of("x"), Scope::GlobalImplicit);
    }

    #[test]
    fn comprehensions_inline_but_generators_do_not() {
        let st = table("def f(xs):\n    a = [x for x in xs]\n    b = (y for y in xs)\n");
        let f = block(&st, "f");
        assert_eq!(f.scope_of("x"), Scope::Local);
        assert!(block(&st, "listcomp").comp_inlined);
        assert!(!block(&st, "genexpr").comp_inlined);
        assert_eq!(f.scope_of("y"), Scope::Unknown);
    }

    #[test]
    fn global_and_nonlocal_errors() {
        let errs = |src: &str| {
            let parsed = ruff_python_parser::parse_module(src).expect("parses");
            let sink = ErrorSink::new(src);
            build(&parsed.syntax().body, None, &sink).unwrap_err().msg
        };
        assert_eq!(errs("def f():\n    x = 1\n    global x\n"), "name 'x' is assigned to before global declaration");
        assert_eq!(errs("def f():\n    nonlocal y\n"), "no binding for nonlocal 'y' found");
        assert_eq!(errs("return 1\n"), "'return' outside function");
        assert_eq!(errs("class C:\n    yield 1\n"), "'yield' outside function");
    }
}
