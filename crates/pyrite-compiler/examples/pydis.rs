//! Prints the disassembly of a Python file, as `python3.12 -m dis FILE` does (for comparing with
//! CPython); with `--meta`, prints each code object's attributes and `co_positions()` instead.
use pyrite_bytecode::{CodeObject, Constant};

fn meta(c: &CodeObject) {
    let pos: Vec<String> = pyrite_bytecode::linetable::positions(c)
        .flat_map(|e| {
            let f = |v: Option<u32>| v.map_or("None".to_string(), |x| x.to_string());
            let t = format!("({}, {}, {}, {})", f(e.line), f(e.end_line), f(e.col), f(e.end_col));
            std::iter::repeat_n(t, ((e.end - e.start) / 2) as usize)
        })
        .collect();
    println!(
        "{} {} flags={:#x} stack={} argc={} posonly={} kwonly={} nlocals={} first={} varnames={:?} cellvars={:?} freevars={:?} names={:?} exc={:?}",
        c.name, c.qualname, c.flags, c.stacksize, c.argcount, c.posonlyargcount, c.kwonlyargcount,
        c.nlocals(), c.firstlineno, c.varnames(), c.cellvars(), c.freevars(), c.names, c.exceptiontable
    );
    println!("positions [{}]", pos.join(", "));
    for k in &c.consts {
        if let Constant::Code(inner) = k {
            meta(inner);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let meta_mode = args.iter().any(|a| a == "--meta");
    let path = args.iter().skip(1).find(|a| !a.starts_with("--")).cloned().unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    if meta_mode {
        match pyrite_compiler::compile(&src, &path, pyrite_compiler::Mode::Exec) {
            Ok(c) => meta(&c),
            Err(e) => println!("{e:?}"),
        }
        return;
    }
    let mode = if args.iter().any(|a| a == "--eval") {
        pyrite_compiler::Mode::Eval
    } else if args.iter().any(|a| a == "--single") {
        pyrite_compiler::Mode::Single
    } else {
        pyrite_compiler::Mode::Exec
    };
    match pyrite_compiler::compile(&src, &path, mode) {
        Ok(c) => print!("{}", pyrite_bytecode::dis::disassemble(&c)),
        Err(e) => println!("{:?}", e),
    }
}
