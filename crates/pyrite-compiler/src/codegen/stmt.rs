//! Statements: definitions, assignments, control flow, exception handling and imports, as
//! `compiler_visit_stmt` and its helpers in CPython 3.12's `Python/compile.c` emit them.

use pyrite_bytecode::opcodes::{intrinsic, nb, Opcode};
use pyrite_bytecode::{Constant, Location};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{loc_none, stmt_range, Compiler, Datum, FKind, UnitKind, R};
use crate::cfg::Op;

pub fn binop_code(op: ast::Operator) -> u32 {
    use ast::Operator::*;
    (match op {
        Add => nb::ADD,
        Sub => nb::SUBTRACT,
        Mult => nb::MULTIPLY,
        MatMult => nb::MATRIX_MULTIPLY,
        Div => nb::TRUE_DIVIDE,
        Mod => nb::REMAINDER,
        Pow => nb::POWER,
        LShift => nb::LSHIFT,
        RShift => nb::RSHIFT,
        BitOr => nb::OR,
        BitXor => nb::XOR,
        BitAnd => nb::AND,
        FloorDiv => nb::FLOOR_DIVIDE,
    }) as u32
}

impl<'a> Compiler<'a> {
    pub fn stmts(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> R {
        self.enter_depth()?;
        let r = crate::with_stack(|| self.stmt_inner(s));
        self.leave_depth();
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R {
        let loc = self.loc(stmt_range(s, self.source));
        match s {
            Stmt::FunctionDef(f) => self.function_def(f, s),
            Stmt::ClassDef(c) => self.class_def(c, s),
            Stmt::Return(r) => self.return_stmt(r, loc),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.expr(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::COPY, 1, loc);
                    }
                    self.expr(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a, loc),
            Stmt::AnnAssign(a) => self.ann_assign(a, loc),
            Stmt::For(f) if f.is_async => self.async_for(f, loc),
            Stmt::For(f) => self.for_stmt(f, loc),
            Stmt::While(w) => self.while_stmt(w, loc),
            Stmt::If(i) => self.if_stmt(&i.test, &i.body, &i.elif_else_clauses, loc),
            Stmt::With(w) if w.is_async => self.async_with(w, 0, loc),
            Stmt::With(w) => self.with_stmt(w, 0, loc),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n += 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Opcode::RAISE_VARARGS, n, loc);
                Ok(())
            }
            Stmt::Try(t) => {
                if !t.finalbody.is_empty() {
                    self.try_finally(t, loc)
                } else if t.is_star {
                    self.try_star_except(t, loc)
                } else {
                    self.try_except(t, loc)
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, end, true)?;
                self.emit0(Opcode::LOAD_ASSERTION_ERROR, loc);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Opcode::CALL, 0, loc);
                }
                self.emit(Opcode::RAISE_VARARGS, 1, loc);
                self.use_label(end);
                Ok(())
            }
            Stmt::Import(i) => self.import(i, loc),
            Stmt::ImportFrom(i) => self.import_from(i, loc),
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.interactive && self.units.len() <= 1 {
                    self.expr(&e.value)?;
                    self.emit(Opcode::CALL_INTRINSIC_1, intrinsic::PRINT as u32, loc);
                    self.emit0(Opcode::POP_TOP, loc_none());
                    return Ok(());
                }
                if self.const_of(&e.value).is_some() {
                    self.emit0(Opcode::NOP, loc);
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit0(Opcode::POP_TOP, loc_none());
                Ok(())
            }
            Stmt::Pass(_) => {
                self.emit0(Opcode::NOP, loc);
                Ok(())
            }
            Stmt::Break(b) => self.break_stmt(loc, b.range),
            Stmt::Continue(c) => self.continue_stmt(loc, c.range),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::TypeAlias(t) => self.type_alias(t, loc),
            Stmt::IpyEscapeCommand(c) => Err(self.err("invalid syntax", c.range)),
        }
    }

    // ---- functions and classes ----

    fn decorators(&mut self, decos: &'a [ast::Decorator]) -> R {
        for d in decos {
            self.expr(&d.expression)?;
        }
        Ok(())
    }

    fn apply_decorators(&mut self, decos: &'a [ast::Decorator]) {
        for d in decos.iter().rev() {
            let l = self.loc(d.expression.range());
            self.emit(Opcode::CALL, 0, l);
        }
    }

    /// Positional defaults tuple and keyword-only defaults dict; returns the MAKE_FUNCTION flags.
    pub fn default_arguments(&mut self, p: &'a ast::Parameters, loc: Location) -> Result<u32, crate::CompileError> {
        let mut flags = 0;
        let defaults: Vec<&'a Expr> =
            p.posonlyargs.iter().chain(p.args.iter()).filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BUILD_TUPLE, defaults.len() as u32, loc);
            flags |= 1;
        }
        let mut keys = Vec::new();
        for a in p.kwonlyargs.iter() {
            if let Some(d) = &a.default {
                keys.push(Constant::Str(self.mangle(a.parameter.name.as_str()).into()));
                self.expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys.into()), loc);
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n, loc);
            flags |= 2;
        }
        Ok(flags)
    }

    fn annotation_value(&mut self, ann: &'a Expr) -> R {
        if self.future_annotations {
            let text = crate::unparse::annotation(ann, self.source);
            let l = self.loc(ann.range());
            self.load_const(Constant::Str(text.into()), l);
            return Ok(());
        }
        if let Expr::Starred(s) = ann {
            self.expr(&s.value)?;
            let l = self.loc(ann.range());
            self.emit(Opcode::UNPACK_SEQUENCE, 1, l);
            return Ok(());
        }
        self.expr(ann)
    }

    fn annotations(&mut self, p: &'a ast::Parameters, returns: Option<&'a Expr>, loc: Location) -> Result<bool, crate::CompileError> {
        let mut n = 0;
        let mut one = |c: &mut Self, name: &str, ann: Option<&'a Expr>| -> R {
            if let Some(a) = ann {
                let m = c.mangle(name);
                c.load_const(Constant::Str(m.into()), loc);
                c.annotation_value(a)?;
                n += 2;
            }
            Ok(())
        };
        for a in p.args.iter() {
            one(self, a.parameter.name.as_str(), a.parameter.annotation.as_deref())?;
        }
        for a in p.posonlyargs.iter() {
            one(self, a.parameter.name.as_str(), a.parameter.annotation.as_deref())?;
        }
        if let Some(v) = &p.vararg {
            one(self, v.name.as_str(), v.annotation.as_deref())?;
        }
        for a in p.kwonlyargs.iter() {
            one(self, a.parameter.name.as_str(), a.parameter.annotation.as_deref())?;
        }
        if let Some(v) = &p.kwarg {
            one(self, v.name.as_str(), v.annotation.as_deref())?;
        }
        one(self, "return", returns)?;
        if n > 0 {
            self.emit(Opcode::BUILD_TUPLE, n, loc);
            return Ok(true);
        }
        Ok(false)
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef, s: &'a Stmt) -> R {
        let loc = self.loc(stmt_range(s, self.source));
        let firstlineno = match f.decorator_list.first() {
            Some(d) => self.sink.line_of(d.expression.range().start().to_u32()),
            None => self.sink.line_of(f.range.start().to_u32()),
        };
        self.decorators(&f.decorator_list)?;
        let generic = f.type_params.as_deref().filter(|t| !t.type_params.is_empty());
        if generic.is_some() {
            // For the call of the type parameters function.
            self.emit0(Opcode::PUSH_NULL, loc);
        }
        let mut flags = self.default_arguments(&f.parameters, loc)?;
        let mut num_typeparam_args = 0;
        if let Some(tp) = generic {
            // The defaults become arguments of `<generic parameters of f>`.
            num_typeparam_args = (flags & 1) + ((flags >> 1) & 1);
            if num_typeparam_args == 2 {
                self.emit(Opcode::SWAP, 2, loc);
            }
            let name = format!("<generic parameters of {}>", f.name.as_str());
            self.enter_scope(&name, UnitKind::TypeParams, tp.range, firstlineno)?;
            self.type_params(tp)?;
            for i in 0..num_typeparam_args {
                self.emit(Opcode::LOAD_FAST, i, loc);
            }
        }
        if self.annotations(&f.parameters, f.returns.as_deref(), loc)? {
            flags |= 4;
        }
        self.enter_scope(f.name.as_str(), UnitKind::Function, f.range, firstlineno)?;
        self.u().is_async = f.is_async;
        let doc = self.docstring(&f.body);
        self.add_const(doc.clone().unwrap_or(Constant::None));
        let p = &f.parameters;
        self.u().argcount = p.args.len() as u32;
        self.u().posonlyargcount = p.posonlyargs.len() as u32;
        self.u().kwonlyargcount = p.kwonlyargs.len() as u32;
        let start = if doc.is_some() { 1 } else { 0 };
        for st in &f.body[start..] {
            self.stmt(st)?;
        }
        if self.ste().generator || self.ste().coroutine {
            self.wrap_in_stopiteration_handler();
        }
        let code = self.exit_scope(true)?;
        self.make_closure(code, flags, loc)?;
        if generic.is_some() {
            self.emit(Opcode::SWAP, 2, loc);
            self.emit(Opcode::CALL_INTRINSIC_2, 4, loc);
            self.u().argcount = num_typeparam_args;
            let co = self.exit_scope(false)?;
            self.make_closure(co, 0, loc)?;
            if num_typeparam_args > 0 {
                self.emit(Opcode::SWAP, num_typeparam_args + 1, loc);
            }
            self.emit(Opcode::CALL, num_typeparam_args, loc);
        }
        self.apply_decorators(&f.decorator_list);
        self.nameop(f.name.as_str(), ExprContext::Store, loc)
    }

    /// Creates the type parameters and binds them in the current annotation scope, leaving
    /// their tuple on the stack (`compiler_type_params`).
    fn type_params(&mut self, tps: &'a ast::TypeParams) -> R {
        for tp in &tps.type_params {
            let loc = self.loc(tp.range());
            let name = match tp {
                ast::TypeParam::TypeVar(t) => {
                    self.load_const(Constant::Str(t.name.as_str().into()), loc);
                    match &t.bound {
                        Some(bound) => {
                            let line = self.sink.line_of(bound.range().start().to_u32());
                            self.enter_scope(t.name.as_str(), UnitKind::TypeParams, t.range, line)?;
                            self.expr(bound)?;
                            self.emit0(Opcode::RETURN_VALUE, loc);
                            let co = self.exit_scope(true)?;
                            self.make_closure(co, 0, loc)?;
                            let which = if matches!(**bound, Expr::Tuple(_)) { 3 } else { 2 };
                            self.emit(Opcode::CALL_INTRINSIC_2, which, loc);
                        }
                        None => self.emit(Opcode::CALL_INTRINSIC_1, 7, loc),
                    }
                    &t.name
                }
                ast::TypeParam::TypeVarTuple(t) => {
                    self.load_const(Constant::Str(t.name.as_str().into()), loc);
                    self.emit(Opcode::CALL_INTRINSIC_1, 9, loc);
                    &t.name
                }
                ast::TypeParam::ParamSpec(t) => {
                    self.load_const(Constant::Str(t.name.as_str().into()), loc);
                    self.emit(Opcode::CALL_INTRINSIC_1, 8, loc);
                    &t.name
                }
            };
            self.emit(Opcode::COPY, 1, loc);
            self.nameop(name.as_str(), ExprContext::Store, loc)?;
        }
        let first = self.loc(tps.type_params[0].range());
        self.emit(Opcode::BUILD_TUPLE, tps.type_params.len() as u32, first);
        Ok(())
    }

    /// `type Name[params] = value` (`compiler_typealias`).
    fn type_alias(&mut self, t: &'a ast::StmtTypeAlias, loc: Location) -> R {
        let Expr::Name(n) = &*t.name else {
            return Err(self.err("invalid syntax", t.name.range()));
        };
        let name = n.id.as_str();
        let generic = t.type_params.as_deref().filter(|tp| !tp.type_params.is_empty());
        if let Some(tp) = generic {
            self.emit0(Opcode::PUSH_NULL, loc);
            let tpname = format!("<generic parameters of {name}>");
            self.enter_scope(&tpname, UnitKind::TypeParams, tp.range, loc.line as u32)?;
            self.load_const(Constant::Str(name.into()), loc);
            self.type_params(tp)?;
        } else {
            self.load_const(Constant::Str(name.into()), loc);
            self.load_const(Constant::None, loc);
        }
        self.enter_scope(name, UnitKind::TypeParams, t.range, loc.line as u32)?;
        // None first, so the value function has no docstring.
        self.add_const(Constant::None);
        self.expr(&t.value)?;
        self.emit0(Opcode::RETURN_VALUE, loc);
        let co = self.exit_scope(false)?;
        self.make_closure(co, 0, loc)?;
        self.emit(Opcode::BUILD_TUPLE, 3, loc);
        self.emit(Opcode::CALL_INTRINSIC_1, 11, loc);
        if generic.is_some() {
            self.emit0(Opcode::RETURN_VALUE, loc);
            let co = self.exit_scope(false)?;
            self.make_closure(co, 0, loc)?;
            self.emit(Opcode::CALL, 0, loc);
        }
        self.nameop(name, ExprContext::Store, loc)
    }

    /// Generators get a handler turning an escaping `StopIteration` into `RuntimeError`.
    pub fn wrap_in_stopiteration_handler(&mut self) {
        let handler = self.new_label();
        let setup = crate::cfg::SeqItem::Instr(crate::cfg::Instr {
            op: Op::SetupCleanup,
            arg: 0,
            target: handler,
            loc: loc_none(),
            except: None,
        });
        self.u().seq.insert(0, setup);
        self.load_const(Constant::None, loc_none());
        self.emit0(Opcode::RETURN_VALUE, loc_none());
        self.use_label(handler);
        self.emit(Opcode::CALL_INTRINSIC_1, intrinsic::STOPITERATION_ERROR as u32, loc_none());
        self.emit(Opcode::RERAISE, 1, loc_none());
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef, s: &'a Stmt) -> R {
        let loc = self.loc(stmt_range(s, self.source));
        let firstlineno = match c.decorator_list.first() {
            Some(d) => self.sink.line_of(d.expression.range().start().to_u32()),
            None => self.sink.line_of(c.range.start().to_u32()),
        };
        self.decorators(&c.decorator_list)?;
        let generic = c.type_params.as_deref().filter(|t| !t.type_params.is_empty());
        if let Some(tp) = generic {
            self.emit0(Opcode::PUSH_NULL, loc);
            let name = format!("<generic parameters of {}>", c.name.as_str());
            self.enter_scope(&name, UnitKind::TypeParams, tp.range, firstlineno)?;
            self.u().private = Some(c.name.to_string());
            self.type_params(tp)?;
            self.nameop(".type_params", ExprContext::Store, loc)?;
        }
        self.enter_scope(c.name.as_str(), UnitKind::Class, c.range, firstlineno)?;
        let l = Location::new(firstlineno as i32, firstlineno as i32, 0, 0);
        self.nameop("__name__", ExprContext::Load, l)?;
        self.nameop("__module__", ExprContext::Store, l)?;
        let q = self.ur().qualname.clone();
        self.load_const(Constant::Str(q.into()), l);
        self.nameop("__qualname__", ExprContext::Store, l)?;
        if generic.is_some() {
            self.nameop(".type_params", ExprContext::Load, l)?;
            self.nameop("__type_params__", ExprContext::Store, l)?;
        }
        if self.ste().needs_classdict {
            // Annotation scopes in the body read the class namespace through this cell.
            self.emit0(Opcode::LOAD_LOCALS, l);
            let idx = self.deref_index("__classdict__", true).unwrap_or(0);
            self.emit(Opcode::STORE_DEREF, idx, l);
        }
        self.body(&c.body)?;
        if self.ste().needs_classdict {
            let idx = self.deref_index("__classdict__", true).unwrap_or(0);
            self.emit(Opcode::LOAD_CLOSURE, idx, loc_none());
            self.nameop("__classdictcell__", ExprContext::Store, loc_none())?;
        }
        if self.ste().needs_class_closure {
            let idx = self.deref_index("__class__", true).unwrap_or(0);
            self.emit(Opcode::LOAD_CLOSURE, idx, loc_none());
            self.emit(Opcode::COPY, 1, loc_none());
            self.nameop("__classcell__", ExprContext::Store, loc_none())?;
            self.emit0(Opcode::RETURN_VALUE, loc_none());
            // exit_scope appends its own return; the one above is what CPython emits, and the
            // unreachable duplicate is removed by the optimiser.
        }
        let code = self.exit_scope(true)?;
        self.emit0(Opcode::PUSH_NULL, loc);
        self.emit0(Opcode::LOAD_BUILD_CLASS, loc);
        self.make_closure(code, 0, loc)?;
        self.load_const(Constant::Str(c.name.as_str().into()), loc);
        let (args, kws): (&'a [Expr], &'a [ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        if generic.is_some() {
            // Generic[*params] joins the bases.
            self.nameop(".type_params", ExprContext::Load, loc)?;
            self.emit(Opcode::CALL_INTRINSIC_1, 10, loc);
            self.nameop(".generic_base", ExprContext::Store, loc)?;
            self.call_helper_ex(2, args, Some(".generic_base"), kws, loc)?;
            let co = self.exit_scope(false)?;
            self.make_closure(co, 0, loc)?;
            self.emit(Opcode::CALL, 0, loc);
        } else {
            self.call_helper(2, args, kws, loc)?;
        }
        self.apply_decorators(&c.decorator_list);
        self.nameop(c.name.as_str(), ExprContext::Store, loc)
    }

    // ---- unwinding ----

    /// Emits the exit code of one block being left by `break`, `continue` or `return`
    /// (`compiler_unwind_fblock`). The block is no longer on the stack, so a `finally` body
    /// compiled here does not unwind itself again.
    fn unwind_fblock(&mut self, fb: super::FBlock<'a>, loc: &mut Location, preserve_tos: bool) -> R {
        match fb.kind {
            FKind::WhileLoop | FKind::ExceptionHandler | FKind::AsyncComprehensionGenerator => {}
            FKind::ExceptionGroupHandler => {
                let r = self.unwind_range;
                return Err(self.err("'break', 'continue' and 'return' cannot appear in an except* block", r));
            }
            FKind::ForLoop => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2, *loc);
                }
                self.emit0(Opcode::POP_TOP, *loc);
            }
            FKind::TryExcept => self.emit_pseudo(Op::PopBlock, 0, *loc),
            FKind::FinallyTry => {
                self.emit_pseudo(Op::PopBlock, 0, *loc);
                if preserve_tos {
                    self.push_fblock(FKind::PopValue, None, None, Datum::None)?;
                }
                if let Datum::Stmts(body) = fb.datum {
                    self.stmts(body)?;
                }
                if preserve_tos {
                    self.pop_fblock();
                }
                *loc = loc_none();
            }
            FKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2, *loc);
                }
                self.emit0(Opcode::POP_TOP, *loc);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2, *loc);
                }
                self.emit_pseudo(Op::PopBlock, 0, *loc);
                self.emit0(Opcode::POP_EXCEPT, *loc);
            }
            FKind::With | FKind::AsyncWith => {
                if let Datum::With(l) = fb.datum {
                    *loc = l;
                }
                self.emit_pseudo(Op::PopBlock, 0, *loc);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2, *loc);
                }
                self.call_exit_with_nones(*loc);
                if fb.kind == FKind::AsyncWith {
                    self.emit(Opcode::GET_AWAITABLE, 2, *loc);
                    self.load_const(Constant::None, *loc);
                    self.yield_from(*loc, true);
                }
                self.emit0(Opcode::POP_TOP, *loc);
                *loc = loc_none();
            }
            FKind::HandlerCleanup => {
                let name = if let Datum::Name(n) = &fb.datum { Some(n.clone()) } else { None };
                if name.is_some() {
                    self.emit_pseudo(Op::PopBlock, 0, *loc);
                }
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2, *loc);
                }
                self.emit_pseudo(Op::PopBlock, 0, *loc);
                self.emit0(Opcode::POP_EXCEPT, *loc);
                if let Some(n) = name {
                    self.clear_handler_name(&n, *loc)?;
                }
            }
            FKind::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2, *loc);
                }
                self.emit0(Opcode::POP_TOP, *loc);
            }
        }
        Ok(())
    }

    /// Unwinds the block stack down to (not including) the innermost loop if `stop_at_loop`,
    /// else entirely; returns the loop's index.
    fn unwind_fblock_stack(&mut self, loc: &mut Location, preserve_tos: bool, stop_at_loop: bool) -> Result<Option<usize>, crate::CompileError> {
        let n = self.ur().fblocks.len();
        let mut i = n;
        // Unwinding compiles `finally` bodies, which must not see the blocks being unwound.
        let saved: Vec<_> = self.ur().fblocks.clone();
        let mut found = None;
        while i > 0 {
            let top = saved[i - 1].clone();
            if stop_at_loop && matches!(top.kind, FKind::WhileLoop | FKind::ForLoop) {
                found = Some(i - 1);
                break;
            }
            self.u().fblocks.truncate(i - 1);
            let r = self.unwind_fblock(top, loc, preserve_tos);
            if let Err(e) = r {
                self.u().fblocks = saved;
                return Err(e);
            }
            i -= 1;
        }
        self.u().fblocks = saved;
        Ok(found)
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn, loc0: Location) -> R {
        let mut loc = loc0;
        if !self.ste().is_function_like() {
            return Err(self.err("'return' outside function", r.range));
        }
        let value = r.value.as_deref();
        let constant = value.and_then(|v| self.const_of(v));
        let preserve_tos = value.is_some() && constant.is_none();
        if preserve_tos {
            if let Some(v) = value {
                self.expr(v)?;
            }
        } else if let Some(v) = value {
            loc = self.loc(v.range());
            self.emit0(Opcode::NOP, loc);
        }
        let value_line = value.map(|v| self.sink.line_of(v.range().start().to_u32()));
        self.unwind_range = r.range;
        if value.is_none() || value_line != Some(loc0.line as u32) {
            loc = loc0;
            self.emit0(Opcode::NOP, loc);
        }
        self.unwind_fblock_stack(&mut loc, preserve_tos, false)?;
        if value.is_none() {
            self.load_const(Constant::None, loc);
        } else if let Some(c) = constant {
            self.load_const(c, loc);
        }
        self.emit0(Opcode::RETURN_VALUE, loc);
        Ok(())
    }

    fn break_stmt(&mut self, loc0: Location, r: TextRange) -> R {
        let mut loc = loc0;
        self.unwind_range = r;
        self.emit0(Opcode::NOP, loc);
        let Some(li) = self.unwind_fblock_stack(&mut loc, false, true)? else {
            return Err(self.err("'break' outside loop", r));
        };
        let lp = self.ur().fblocks[li].clone();
        self.unwind_fblock(lp, &mut loc, false)?;
        let exit = self.ur().fblocks[li].exit.unwrap_or(0);
        self.emit_pseudo(Op::Jump, exit, loc);
        Ok(())
    }

    fn continue_stmt(&mut self, loc0: Location, r: TextRange) -> R {
        let mut loc = loc0;
        self.unwind_range = r;
        self.emit0(Opcode::NOP, loc);
        let Some(li) = self.unwind_fblock_stack(&mut loc, false, true)? else {
            return Err(self.err("'continue' not properly in loop", r));
        };
        let block = self.ur().fblocks[li].block.unwrap_or(0);
        self.emit_pseudo(Op::Jump, block, loc);
        Ok(())
    }

    // ---- assignments ----

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign, sloc: Location) -> R {
        let e = &*a.target;
        let loc = self.loc(e.range());
        match e {
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Opcode::COPY, 1, loc);
                let l = self.attr_loc(loc, at);
                let i = self.name_index(at.attr.as_str());
                self.emit(Opcode::LOAD_ATTR, i << 1, l);
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                if is_two_element_slice(&sub.slice) {
                    self.slice_parts(&sub.slice)?;
                    self.emit(Opcode::COPY, 3, loc);
                    self.emit(Opcode::COPY, 3, loc);
                    self.emit(Opcode::COPY, 3, loc);
                    self.emit0(Opcode::BINARY_SLICE, loc);
                } else {
                    self.expr(&sub.slice)?;
                    self.emit(Opcode::COPY, 2, loc);
                    self.emit(Opcode::COPY, 2, loc);
                    self.emit0(Opcode::BINARY_SUBSCR, loc);
                }
            }
            Expr::Name(n) => self.nameop(n.id.as_str(), ExprContext::Load, loc)?,
            _ => return Err(self.err("'expression' is an illegal expression for augmented assignment", e.range())),
        }
        self.expr(&a.value)?;
        self.emit(Opcode::BINARY_OP, binop_code(a.op) + nb::INPLACE_OFFSET as u32, sloc);
        match e {
            Expr::Attribute(at) => {
                let l = self.attr_loc(loc, at);
                self.emit(Opcode::SWAP, 2, l);
                let i = self.name_index(at.attr.as_str());
                self.emit(Opcode::STORE_ATTR, i, l);
            }
            Expr::Subscript(sub) => {
                if is_two_element_slice(&sub.slice) {
                    self.emit(Opcode::SWAP, 4, loc);
                    self.emit(Opcode::SWAP, 3, loc);
                    self.emit(Opcode::SWAP, 2, loc);
                    self.emit0(Opcode::STORE_SLICE, loc);
                } else {
                    self.emit(Opcode::SWAP, 3, loc);
                    self.emit(Opcode::SWAP, 2, loc);
                    self.emit0(Opcode::STORE_SUBSCR, loc);
                }
            }
            Expr::Name(n) => self.nameop(n.id.as_str(), ExprContext::Store, loc)?,
            _ => {}
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> R {
        self.expr(e)?;
        let l = self.loc(e.range());
        self.emit0(Opcode::POP_TOP, l);
        Ok(())
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign, loc: Location) -> R {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.expr(&a.target)?;
        }
        let module_or_class = matches!(self.ur().kind, UnitKind::Module | UnitKind::Class);
        match &*a.target {
            Expr::Name(n) => {
                self.check_forbidden(n.id.as_str(), ExprContext::Store, n.range)?;
                if a.simple && module_or_class {
                    self.annotation_value(&a.annotation)?;
                    let i = self.name_index_raw("__annotations__");
                    self.emit(Opcode::LOAD_NAME, i, loc);
                    let m = self.mangle(n.id.as_str());
                    self.load_const(Constant::Str(m.into()), loc);
                    self.emit0(Opcode::STORE_SUBSCR, loc);
                }
            }
            Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.check_ann_expr(&at.value)?;
                }
            }
            Expr::Subscript(sub) => {
                if a.value.is_none() {
                    self.check_ann_expr(&sub.value)?;
                    self.check_ann_expr(&sub.slice)?;
                }
            }
            _ => return Err(self.err("illegal target for annotation", a.target.range())),
        }
        if !a.simple && !self.future_annotations && module_or_class {
            self.check_ann_expr(&a.annotation)?;
        }
        Ok(())
    }

    // ---- control flow ----

    fn for_stmt(&mut self, f: &'a ast::StmtFor, loc: Location) -> R {
        let start = self.new_label();
        let body = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_fblock(FKind::ForLoop, Some(start), Some(end), Datum::None)?;
        self.iter_expr(&f.iter)?;
        self.emit0(Opcode::GET_ITER, loc);
        self.use_label(start);
        self.emit_jump(Opcode::FOR_ITER, cleanup, loc);
        self.use_label(body);
        self.expr(&f.target)?;
        self.stmts(&f.body)?;
        self.emit_pseudo(Op::Jump, start, loc_none());
        self.use_label(cleanup);
        self.emit0(Opcode::END_FOR, loc_none());
        self.pop_fblock();
        self.stmts(&f.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile, _loc: Location) -> R {
        let lp = self.new_label();
        let body = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.use_label(lp);
        // `break` leaves through `end`, past the `else` clause.
        self.push_fblock(FKind::WhileLoop, Some(lp), Some(end), Datum::None)?;
        self.jump_if(&w.test, anchor, false)?;
        self.use_label(body);
        self.stmts(&w.body)?;
        self.jump_if(&w.test, body, true)?;
        self.pop_fblock();
        self.use_label(anchor);
        self.stmts(&w.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], clauses: &'a [ast::ElifElseClause], loc: Location) -> R {
        let end = self.new_label();
        let next = if clauses.is_empty() { end } else { self.new_label() };
        self.jump_if(test, next, false)?;
        self.stmts(body)?;
        if let Some((first, rest)) = clauses.split_first() {
            self.emit_pseudo(Op::Jump, end, loc_none());
            self.use_label(next);
            match &first.test {
                Some(t) => self.if_stmt(t, &first.body, rest, loc)?,
                None => self.stmts(&first.body)?,
            }
        }
        self.use_label(end);
        Ok(())
    }

    fn call_exit_with_nones(&mut self, loc: Location) {
        self.load_const(Constant::None, loc);
        self.load_const(Constant::None, loc);
        self.load_const(Constant::None, loc);
        self.emit(Opcode::CALL, 2, loc);
    }

    fn async_for(&mut self, f: &'a ast::StmtFor, loc: Location) -> R {
        if !self.ur().is_async {
            return Err(self.err("'async for' outside async function", f.range));
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit0(Opcode::GET_AITER, loc);
        self.use_label(start);
        self.push_fblock(FKind::ForLoop, Some(start), Some(end), Datum::None)?;
        // The __anext__ call is guarded: StopAsyncIteration ends the loop.
        self.emit_pseudo(Op::SetupFinally, except, loc);
        self.emit0(Opcode::GET_ANEXT, loc);
        self.load_const(Constant::None, loc);
        self.yield_from(loc, true);
        self.emit_pseudo(Op::PopBlock, 0, loc);
        self.expr(&f.target)?;
        self.stmts(&f.body)?;
        self.emit_pseudo(Op::Jump, start, loc_none());
        self.pop_fblock();
        self.use_label(except);
        // END_ASYNC_FOR belongs to the iterator's line, not the body's.
        let iloc = self.loc(f.iter.range());
        self.emit0(Opcode::END_ASYNC_FOR, iloc);
        self.stmts(&f.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn async_with(&mut self, w: &'a ast::StmtWith, pos: usize, loc: Location) -> R {
        let Some(item) = w.items.get(pos) else { return Ok(()) };
        if !self.ur().is_async {
            return Err(self.err("'async with' outside async function", w.range));
        }
        let block = self.new_label();
        let fin = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.expr(&item.context_expr)?;
        self.emit0(Opcode::BEFORE_ASYNC_WITH, loc);
        self.emit(Opcode::GET_AWAITABLE, 1, loc);
        self.load_const(Constant::None, loc);
        self.yield_from(loc, true);
        self.emit_pseudo(Op::SetupWith, fin, loc);
        self.use_label(block);
        self.push_fblock(FKind::AsyncWith, Some(block), Some(fin), Datum::With(loc))?;
        self.with_target_and_body(w, pos, loc, true)?;
        self.pop_fblock();
        self.emit_pseudo(Op::PopBlock, 0, loc);
        self.call_exit_with_nones(loc);
        self.emit(Opcode::GET_AWAITABLE, 2, loc);
        self.load_const(Constant::None, loc);
        self.yield_from(loc, true);
        self.emit0(Opcode::POP_TOP, loc);
        self.emit_pseudo(Op::Jump, exit, loc);
        self.use_label(fin);
        self.emit_pseudo(Op::SetupCleanup, cleanup, loc);
        self.emit0(Opcode::PUSH_EXC_INFO, loc);
        self.emit0(Opcode::WITH_EXCEPT_START, loc);
        self.emit(Opcode::GET_AWAITABLE, 2, loc);
        self.load_const(Constant::None, loc);
        self.yield_from(loc, true);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    /// Binds `as` target of item `pos` (or drops the entered value), then compiles the next
    /// item or, after the last one, the body.
    fn with_target_and_body(&mut self, w: &'a ast::StmtWith, pos: usize, loc: Location, is_async: bool) -> R {
        match &w.items[pos].optional_vars {
            Some(v) => self.expr(v)?,
            None => self.emit0(Opcode::POP_TOP, loc),
        }
        if pos + 1 == w.items.len() {
            self.stmts(&w.body)
        } else if is_async {
            self.async_with(w, pos + 1, loc)
        } else {
            self.with_stmt(w, pos + 1, loc)
        }
    }

    /// `compiler_with_except_finish`: reraise unless `__exit__` returned true.
    fn with_except_finish(&mut self, cleanup: crate::cfg::Label) {
        let suppress = self.new_label();
        self.emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress, loc_none());
        self.emit(Opcode::RERAISE, 2, loc_none());
        self.use_label(suppress);
        self.emit0(Opcode::POP_TOP, loc_none());
        self.emit_pseudo(Op::PopBlock, 0, loc_none());
        self.emit0(Opcode::POP_EXCEPT, loc_none());
        self.emit0(Opcode::POP_TOP, loc_none());
        self.emit0(Opcode::POP_TOP, loc_none());
        let exit = self.new_label();
        self.emit_pseudo(Op::Jump, exit, loc_none());
        self.use_label(cleanup);
        self.pop_except_and_reraise(loc_none());
        self.use_label(exit);
    }

    fn with_stmt(&mut self, w: &'a ast::StmtWith, pos: usize, loc: Location) -> R {
        let Some(item) = w.items.get(pos) else { return Ok(()) };
        let block = self.new_label();
        let fin = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.expr(&item.context_expr)?;
        self.emit0(Opcode::BEFORE_WITH, loc);
        self.emit_pseudo(Op::SetupWith, fin, loc);
        self.use_label(block);
        self.push_fblock(FKind::With, Some(block), Some(fin), Datum::With(loc))?;
        self.with_target_and_body(w, pos, loc, false)?;
        self.emit_pseudo(Op::PopBlock, 0, loc_none());
        self.pop_fblock();
        self.call_exit_with_nones(loc);
        self.emit0(Opcode::POP_TOP, loc);
        self.emit_pseudo(Op::Jump, exit, loc);
        self.use_label(fin);
        self.emit_pseudo(Op::SetupCleanup, cleanup, loc);
        self.emit0(Opcode::PUSH_EXC_INFO, loc);
        self.emit0(Opcode::WITH_EXCEPT_START, loc);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    /// `name = None; del name`: the end of an `except .. as name:` handler unbinds the
    /// exception, so no reference cycle keeps its frames alive.
    fn clear_handler_name(&mut self, name: &str, loc: Location) -> R {
        self.load_const(Constant::None, loc);
        self.nameop(name, ExprContext::Store, loc)?;
        self.nameop(name, ExprContext::Del, loc)
    }

    fn pop_except_and_reraise(&mut self, loc: Location) {
        self.emit(Opcode::COPY, 3, loc);
        self.emit0(Opcode::POP_EXCEPT, loc);
        self.emit(Opcode::RERAISE, 1, loc);
    }

    fn try_except(&mut self, t: &'a ast::StmtTry, loc: Location) -> R {
        let body = self.new_label();
        let mut except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit_pseudo(Op::SetupFinally, except, loc);
        self.use_label(body);
        self.push_fblock(FKind::TryExcept, Some(body), None, Datum::None)?;
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.emit_pseudo(Op::PopBlock, 0, loc_none());
        self.stmts(&t.orelse)?;
        self.emit_pseudo(Op::Jump, end, loc_none());
        self.use_label(except);
        self.emit_pseudo(Op::SetupCleanup, cleanup, loc_none());
        self.emit0(Opcode::PUSH_EXC_INFO, loc_none());
        self.push_fblock(FKind::ExceptionHandler, None, None, Datum::None)?;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let hloc = self.loc(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.err("default 'except:' must be last", h.range));
            }
            except = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit0(Opcode::CHECK_EXC_MATCH, hloc);
                self.emit_jump(Opcode::POP_JUMP_IF_FALSE, except, hloc);
            }
            if let Some(name) = &h.name {
                let name = name.as_str().to_string();
                let cleanup_end = self.new_label();
                let cleanup_body = self.new_label();
                self.nameop(&name, ExprContext::Store, hloc)?;
                self.emit_pseudo(Op::SetupCleanup, cleanup_end, hloc);
                self.use_label(cleanup_body);
                self.push_fblock(FKind::HandlerCleanup, Some(cleanup_body), None, Datum::Name(name.clone()))?;
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.emit_pseudo(Op::PopBlock, 0, loc_none());
                self.emit_pseudo(Op::PopBlock, 0, loc_none());
                self.emit0(Opcode::POP_EXCEPT, loc_none());
                self.clear_handler_name(&name, loc_none())?;
                self.emit_pseudo(Op::Jump, end, loc_none());
                self.use_label(cleanup_end);
                self.clear_handler_name(&name, loc_none())?;
                self.emit(Opcode::RERAISE, 1, loc_none());
            } else {
                let cleanup_body = self.new_label();
                self.emit0(Opcode::POP_TOP, hloc);
                self.use_label(cleanup_body);
                self.push_fblock(FKind::HandlerCleanup, Some(cleanup_body), None, Datum::None)?;
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.emit_pseudo(Op::PopBlock, 0, loc_none());
                self.emit0(Opcode::POP_EXCEPT, loc_none());
                self.emit_pseudo(Op::Jump, end, loc_none());
            }
            self.use_label(except);
        }
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0, loc_none());
        self.use_label(cleanup);
        self.pop_except_and_reraise(loc_none());
        self.use_label(end);
        Ok(())
    }

    /// `try: .. except* T: ..` (`compiler_try_star_except`). The handlers run in turn on
    /// the parts of the exception group that match; what they raise and what nothing matched
    /// is collected in a list and re-raised together (`INTRINSIC_PREP_RERAISE_STAR`).
    fn try_star_except(&mut self, t: &'a ast::StmtTry, loc: Location) -> R {
        let body = self.new_label();
        let mut except = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.emit_pseudo(Op::SetupFinally, except, loc);
        self.use_label(body);
        self.push_fblock(FKind::TryExcept, Some(body), None, Datum::None)?;
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.emit_pseudo(Op::PopBlock, 0, loc_none());
        self.emit_pseudo(Op::Jump, orelse, loc_none());
        let n = t.handlers.len();
        self.use_label(except);
        self.emit_pseudo(Op::SetupCleanup, cleanup, loc_none());
        self.emit0(Opcode::PUSH_EXC_INFO, loc_none());
        self.push_fblock(FKind::ExceptionGroupHandler, None, None, Datum::None)?;
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let hloc = self.loc(h.range);
            let next_except = self.new_label();
            except = next_except;
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                // [orig] -> [orig, [], exc]: the list collects what the handlers raise.
                self.emit(Opcode::BUILD_LIST, 0, hloc);
                self.emit(Opcode::COPY, 2, hloc);
            }
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit0(Opcode::CHECK_EG_MATCH, hloc);
                    self.emit(Opcode::COPY, 1, hloc);
                    self.emit_jump(Opcode::POP_JUMP_IF_NONE, no_match, hloc);
                }
                None => return Err(self.err("expected one or more exception types", h.range)),
            }
            let cleanup_end = self.new_label();
            let cleanup_body = self.new_label();
            let name = h.name.as_ref().map(|n| n.as_str().to_string());
            match &name {
                Some(nm) => self.nameop(nm, ExprContext::Store, hloc)?,
                None => self.emit0(Opcode::POP_TOP, hloc),
            }
            self.emit_pseudo(Op::SetupCleanup, cleanup_end, hloc);
            self.use_label(cleanup_body);
            let datum = name.clone().map_or(Datum::None, Datum::Name);
            self.push_fblock(FKind::HandlerCleanup, Some(cleanup_body), None, datum)?;
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.emit_pseudo(Op::PopBlock, 0, loc_none());
            if let Some(nm) = &name {
                self.clear_handler_name(nm, loc_none())?;
            }
            self.emit_pseudo(Op::Jump, except, loc_none());
            self.use_label(cleanup_end);
            if let Some(nm) = &name {
                self.clear_handler_name(nm, loc_none())?;
            }
            // The handler raised: add its exception to the list.
            self.emit(Opcode::LIST_APPEND, 3, loc_none());
            self.emit0(Opcode::POP_TOP, loc_none());
            self.emit_pseudo(Op::Jump, except_with_error, loc_none());
            self.use_label(except);
            // Holds a propagated location.
            self.emit0(Opcode::NOP, loc_none());
            self.emit_pseudo(Op::Jump, except_with_error, loc_none());
            self.use_label(no_match);
            self.emit0(Opcode::POP_TOP, hloc);
            self.use_label(except_with_error);
            if i == n - 1 {
                // What no handler matched (or None) joins the list too.
                self.emit(Opcode::LIST_APPEND, 1, loc_none());
                self.emit_pseudo(Op::Jump, reraise_star, loc_none());
            }
        }
        self.pop_fblock();
        let reraise = self.new_label();
        self.use_label(reraise_star);
        self.emit(Opcode::CALL_INTRINSIC_2, 1, loc_none());
        self.emit(Opcode::COPY, 1, loc_none());
        self.emit_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise, loc_none());
        // Nothing to re-raise.
        self.emit0(Opcode::POP_TOP, loc_none());
        self.emit_pseudo(Op::PopBlock, 0, loc_none());
        self.emit0(Opcode::POP_EXCEPT, loc_none());
        self.emit_pseudo(Op::Jump, end, loc_none());
        self.use_label(reraise);
        self.emit_pseudo(Op::PopBlock, 0, loc_none());
        self.emit(Opcode::SWAP, 2, loc_none());
        self.emit0(Opcode::POP_EXCEPT, loc_none());
        self.emit(Opcode::RERAISE, 0, loc_none());
        self.use_label(cleanup);
        self.pop_except_and_reraise(loc_none());
        self.use_label(orelse);
        self.stmts(&t.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry, loc: Location) -> R {
        let body = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.emit_pseudo(Op::SetupFinally, end, loc);
        self.use_label(body);
        self.push_fblock(FKind::FinallyTry, Some(body), Some(end), Datum::Stmts(&t.finalbody))?;
        if !t.handlers.is_empty() {
            if t.is_star {
                self.try_star_except(t, loc)?;
            } else {
                self.try_except(t, loc)?;
            }
        } else {
            self.stmts(&t.body)?;
        }
        self.emit_pseudo(Op::PopBlock, 0, loc_none());
        self.pop_fblock();
        self.stmts(&t.finalbody)?;
        self.emit_pseudo(Op::Jump, exit, loc_none());
        self.use_label(end);
        self.emit_pseudo(Op::SetupCleanup, cleanup, loc_none());
        self.emit0(Opcode::PUSH_EXC_INFO, loc_none());
        self.push_fblock(FKind::FinallyEnd, Some(end), None, Datum::None)?;
        self.stmts(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0, loc_none());
        self.use_label(cleanup);
        self.pop_except_and_reraise(loc_none());
        self.use_label(exit);
        Ok(())
    }

    // ---- imports ----

    fn import(&mut self, i: &'a ast::StmtImport, loc: Location) -> R {
        for alias in &i.names {
            self.load_const(Constant::Int(0), loc);
            self.load_const(Constant::None, loc);
            let full = alias.name.as_str();
            let ni = self.name_index(full);
            self.emit(Opcode::IMPORT_NAME, ni, loc);
            match &alias.asname {
                Some(asname) => {
                    let parts: Vec<&str> = full.split('.').collect();
                    if parts.len() > 1 {
                        for (k, attr) in parts[1..].iter().enumerate() {
                            let ai = self.name_index_raw(attr);
                            self.emit(Opcode::IMPORT_FROM, ai, loc);
                            if k + 2 < parts.len() {
                                self.emit(Opcode::SWAP, 2, loc);
                                self.emit0(Opcode::POP_TOP, loc);
                            }
                        }
                        self.nameop(asname.as_str(), ExprContext::Store, loc)?;
                        self.emit0(Opcode::POP_TOP, loc);
                    } else {
                        self.nameop(asname.as_str(), ExprContext::Store, loc)?;
                    }
                }
                None => {
                    let first = full.split('.').next().unwrap_or(full);
                    self.nameop(first, ExprContext::Store, loc)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom, loc: Location) -> R {
        let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
        if module == "__future__" && i.level == 0 {
            if !self.future_ok {
                return Err(self.err("from __future__ imports must occur at the beginning of the file", i.range));
            }
            for a in &i.names {
                match a.name.as_str() {
                    "annotations" => self.future_annotations = true,
                    "nested_scopes" | "generators" | "division" | "absolute_import" | "with_statement"
                    | "print_function" | "unicode_literals" | "generator_stop" => {}
                    "braces" => return Err(self.err("not a chance", i.range)),
                    other => return Err(self.err(format!("future feature {other} is not defined"), i.range)),
                }
            }
        }
        self.load_const(Constant::Int(i.level as i64), loc);
        let names: Vec<Constant> = i.names.iter().map(|a| Constant::Str(a.name.as_str().into())).collect();
        self.load_const(Constant::Tuple(names.into()), loc);
        let mi = self.name_index(module);
        self.emit(Opcode::IMPORT_NAME, mi, loc);
        for (k, a) in i.names.iter().enumerate() {
            if k == 0 && a.name.as_str() == "*" {
                self.emit(Opcode::CALL_INTRINSIC_1, intrinsic::IMPORT_STAR as u32, loc);
                self.emit0(Opcode::POP_TOP, loc_none());
                return Ok(());
            }
            let ni = self.name_index(a.name.as_str());
            self.emit(Opcode::IMPORT_FROM, ni, loc);
            let store = a.asname.as_ref().unwrap_or(&a.name);
            self.nameop(store.as_str(), ExprContext::Store, loc)?;
        }
        self.emit0(Opcode::POP_TOP, loc_none());
        Ok(())
    }
}


pub fn is_two_element_slice(e: &Expr) -> bool {
    matches!(e, Expr::Slice(s) if s.step.is_none())
}
