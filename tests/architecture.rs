//! The shape issue #14 asks for, checked on the sources themselves:
//!
//! a. the core crate has no terminal or command-line crate in its dependency tree, and does not
//!    depend on the application;
//! b. no function is longer than 80 lines;
//! c. no two module files import each other, directly or round a loop;
//! d. no `unwrap()` and no `unsafe` in code that is not a test (beyond the allow-list).
//!
//! What is wrong today and is to be fixed is listed in `tests/architecture_allow.txt` (its format is
//! described at its top). The list may only shrink: an entry that no longer matches anything fails
//! the test too, so that it is removed as soon as the code is fixed. Each check is also run on a small
//! made-up example, which it must catch (`*_catches_*`), so that none of them can pass by seeing
//! nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use syn::visit::{self, Visit};

/// The workspace root (the root package is the workspace's root).
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const ALLOW_LIST: &str = "tests/architecture_allow.txt";
const MAX_FN_LINES: usize = 80;

/// Crates that must not be in pim-core's tree, with their sub-crates (`ratatui-core`, `clap_builder`…).
const NOT_IN_CORE: &[&str] = &[
    "ratatui",
    "ratatui-textarea",
    "crossterm",
    "clap",
    "signal-hook",
    "pim-workshop",
];

/// The crates whose sources are read, by their root file.
const CRATE_ROOTS: &[&str] = &[
    "src/lib.rs",
    "src/main.rs",
    "crates/pim-core/src/lib.rs",
    "crates/pim-sample/src/lib.rs",
];

// ------------------------------------------------------------------------------------------ a. crates

/// The crates named in `cargo tree --prefix none` output that `NOT_IN_CORE` forbids.
fn forbidden_crates(tree: &str) -> BTreeSet<String> {
    tree.lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| {
            NOT_IN_CORE.iter().any(|f| {
                name == f
                    || name
                        .strip_prefix(f)
                        .is_some_and(|rest| rest.starts_with(['-', '_']))
            })
        })
        .map(str::to_string)
        .collect()
}

/// The dependencies of any kind a Cargo.toml declares, as (section, name) pairs.
fn declared_dependencies(manifest: &str) -> Vec<(String, String)> {
    let mut section = String::new();
    let mut out = Vec::new();
    for line in manifest.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if let Some(header) = line.strip_prefix('[') {
            section = header.trim_end_matches(']').trim().to_string();
            // `[dependencies.name]` tables.
            if let Some((kind, name)) = section.rsplit_once('.')
                && kind.ends_with("dependencies")
            {
                out.push((kind.to_string(), name.trim_matches('"').to_string()));
            }
            continue;
        }
        if !section.ends_with("dependencies") {
            continue;
        }
        if let Some((key, value)) = line.split_once('=') {
            out.push((section.clone(), key.trim().trim_matches('"').to_string()));
            // A renamed dependency: `name = { package = "real-name", … }`.
            if let Some(rest) = value.split("package").nth(1)
                && let Some(real) = rest.split('"').nth(1)
            {
                out.push((section.clone(), real.to_string()));
            }
        }
    }
    out
}

#[test]
fn the_core_crate_has_no_terminal_or_cli_crate_in_its_tree() {
    let out = Command::new(env!("CARGO"))
        .current_dir(ROOT)
        .args([
            "tree",
            "--offline",
            "-p",
            "pim-core",
            "-e",
            "normal",
            "--prefix",
            "none",
        ])
        .output()
        .expect("cargo runs");
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        tree.starts_with("pim-core "),
        "cargo tree printed something else than pim-core's tree:\n{tree}"
    );
    let found = forbidden_crates(&tree);
    assert!(
        found.is_empty(),
        "pim-core's dependency tree holds terminal or command-line crates: {found:?} \
         (see `cargo tree -p pim-core -e normal -i <crate>`)"
    );

    let manifest = fs::read_to_string(Path::new(ROOT).join("crates/pim-core/Cargo.toml")).unwrap();
    let on_app: Vec<_> = declared_dependencies(&manifest)
        .into_iter()
        .filter(|(_, name)| name == "pim-workshop" || name == "pim_workshop")
        .collect();
    assert!(
        on_app.is_empty(),
        "crates/pim-core/Cargo.toml depends on the application: {on_app:?}"
    );
}

#[test]
fn the_crate_check_catches_a_terminal_crate_and_a_dependency_on_the_app() {
    let tree = "pim-core v0.1.0 (/x)\nchrono v0.4.45\nratatui-core v0.1.0\nclap_builder v4.6.0\n\
                crossterm v0.29.0\nsignal-hook-registry v1.4.0\nclapper v1.0.0\n";
    assert_eq!(
        forbidden_crates(tree),
        BTreeSet::from(
            [
                "ratatui-core",
                "clap_builder",
                "crossterm",
                "signal-hook-registry"
            ]
            .map(String::from)
        )
    );
    let manifest = "[package]\nname = \"pim-core\"\n[dependencies]\nserde = \"1\"\n\
                    app = { package = \"pim-workshop\", path = \"../..\" }\n\
                    [dev-dependencies.pim-workshop]\npath = \"../..\"\n";
    let deps = declared_dependencies(manifest);
    assert!(deps.contains(&("dependencies".into(), "pim-workshop".into())));
    assert!(deps.contains(&("dev-dependencies".into(), "pim-workshop".into())));
}

// ------------------------------------------------------------------------------------ the sources

/// A source file, parsed, with the module path it has in its crate (`[]` for the crate root).
struct Source {
    /// From the workspace root, with `/`.
    rel: String,
    module: Vec<String>,
    ast: syn::File,
}

/// Every non-test module file of one crate, found by following its `mod` declarations from `root`,
/// and the module paths that name a module (files and inline `mod x { … }`), mapped to their file.
struct Crate {
    files: Vec<Source>,
    modules: BTreeMap<Vec<String>, String>,
}

fn rel(path: &Path) -> String {
    path.strip_prefix(ROOT)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

fn parse(path: &Path) -> syn::File {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    syn::parse_file(&text).unwrap_or_else(|e| {
        let at = e.span().start();
        panic!("{}:{}:{}: {e}", rel(path), at.line, at.column + 1)
    })
}

/// `#[test]`, or a `cfg` that holds `test` (and not as `not(test)`).
fn is_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        let path = a.path();
        if path.segments.last().is_some_and(|s| s.ident == "test") {
            return true;
        }
        if !path.is_ident("cfg") {
            return false;
        }
        let tokens = a.meta.require_list().map(|l| l.tokens.to_string());
        tokens.is_ok_and(|t| {
            let t = t.replace(' ', "");
            (t == "test" || t.contains("(test") || t.contains(",test")) && !t.contains("not(test")
        })
    })
}

/// The file a `mod name;` declared in a module whose children live in `dir` is in.
fn mod_file(dir: &Path, name: &str, attrs: &[syn::Attribute]) -> PathBuf {
    for a in attrs {
        if a.path().is_ident("path")
            && let syn::Meta::NameValue(nv) = &a.meta
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) = &nv.value
        {
            return dir.join(s.value());
        }
    }
    let flat = dir.join(format!("{name}.rs"));
    if flat.exists() {
        flat
    } else {
        dir.join(name).join("mod.rs")
    }
}

fn load_crate(root: &str) -> Crate {
    let mut krate = Crate {
        files: Vec::new(),
        modules: BTreeMap::new(),
    };
    let root = Path::new(ROOT).join(root);
    let dir = root.parent().unwrap().to_path_buf();
    load_module_file(&mut krate, &root, Vec::new(), &dir);
    krate
}

fn load_module_file(krate: &mut Crate, path: &Path, module: Vec<String>, child_dir: &Path) {
    let ast = parse(path);
    let file = rel(path);
    krate.modules.insert(module.clone(), file.clone());
    let mut children = Vec::new();
    collect_mods(krate, &ast.items, &module, child_dir, &file, &mut children);
    krate.files.push(Source {
        rel: file,
        module,
        ast,
    });
    for (path, module, dir) in children {
        load_module_file(krate, &path, module, &dir);
    }
}

/// Records inline modules as part of `file`, and returns the files of `mod x;` declarations.
fn collect_mods(
    krate: &mut Crate,
    items: &[syn::Item],
    module: &[String],
    child_dir: &Path,
    file: &str,
    children: &mut Vec<(PathBuf, Vec<String>, PathBuf)>,
) {
    for item in items {
        let syn::Item::Mod(m) = item else { continue };
        if is_test(&m.attrs) {
            continue;
        }
        let name = m.ident.to_string();
        let mut sub = module.to_vec();
        sub.push(name.clone());
        match &m.content {
            Some((_, items)) => {
                krate.modules.insert(sub.clone(), file.to_string());
                collect_mods(krate, items, &sub, &child_dir.join(&name), file, children);
            }
            None => {
                let path = mod_file(child_dir, &name, &m.attrs);
                let dir = if path.ends_with("mod.rs") {
                    path.parent().unwrap().to_path_buf()
                } else {
                    path.with_extension("")
                };
                children.push((path, sub, dir));
            }
        }
    }
}

/// The sources of every crate, each file once.
fn all_sources() -> Vec<(Source, &'static str)> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for root in CRATE_ROOTS {
        for s in load_crate(root).files {
            if seen.insert(s.rel.clone()) {
                out.push((s, *root));
            }
        }
    }
    out
}

/// Macro bodies that read as comma-separated expressions (`format!`, `assert!`, `vec!`, `matches!`'s
/// first part…), parsed so that what is in them is seen too; anything else is passed over.
fn macro_exprs(mac: &syn::Macro) -> Vec<syn::Expr> {
    use syn::parse::Parser;
    use syn::punctuated::Punctuated;
    let parser = Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated;
    if let Ok(list) = parser.parse2(mac.tokens.clone()) {
        return list.into_iter().collect();
    }
    // `matches!(expr, pattern)` and the like: the expression before the first comma.
    let mut first = proc_macro2::TokenStream::new();
    for t in mac.tokens.clone() {
        if matches!(&t, proc_macro2::TokenTree::Punct(p) if p.as_char() == ',') {
            break;
        }
        first.extend([t]);
    }
    syn::parse2::<syn::Expr>(first).into_iter().collect()
}

// ------------------------------------------------------------------ b. and d. functions, unwraps

/// One function or method, with its qualified name (`Type::method`, `outer::inner`, `module::fn`).
#[derive(Debug)]
struct Function {
    name: String,
    line: usize,
    lines: usize,
}

#[derive(Default)]
struct Body {
    scope: Vec<String>,
    functions: Vec<Function>,
    /// The lines of the `unwrap()` calls in each function (`<top level>` outside any).
    unwraps: BTreeMap<String, Vec<usize>>,
    /// (line, what) of every `unsafe`.
    unsafes: Vec<(usize, String)>,
}

impl Body {
    fn of(ast: &syn::File) -> Body {
        let mut body = Body::default();
        body.visit_file(ast);
        body
    }

    fn function(&mut self, ident: &syn::Ident, block: &syn::Block) {
        let line = ident.span().start().line;
        let end = block.brace_token.span.close().end().line;
        self.functions.push(Function {
            name: self.qualified(ident),
            line,
            lines: end + 1 - line,
        });
    }

    fn qualified(&self, ident: &syn::Ident) -> String {
        let mut parts = self.scope.clone();
        parts.push(ident.to_string());
        parts.join("::")
    }

    fn within(&mut self, name: String, f: impl FnOnce(&mut Self)) {
        self.scope.push(name);
        f(self);
        self.scope.pop();
    }
}

/// The name an impl's methods are qualified with: the type's last path segment (`&T` and `[T]` are
/// named after `T`), `_` for tuples, closures and the like.
fn type_name(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(p) => p
            .path
            .segments
            .last()
            .map_or_else(|| "_".to_string(), |s| s.ident.to_string()),
        syn::Type::Reference(r) => type_name(&r.elem),
        syn::Type::Slice(s) => type_name(&s.elem),
        syn::Type::Array(a) => type_name(&a.elem),
        syn::Type::Paren(p) => type_name(&p.elem),
        syn::Type::Group(g) => type_name(&g.elem),
        _ => "_".to_string(),
    }
}

impl<'ast> Visit<'ast> for Body {
    fn visit_item_mod(&mut self, m: &'ast syn::ItemMod) {
        if is_test(&m.attrs) {
            return;
        }
        if m.unsafety.is_some() {
            self.unsafes
                .push((m.ident.span().start().line, "unsafe mod".into()));
        }
        self.within(m.ident.to_string(), |s| visit::visit_item_mod(s, m));
    }

    fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
        if is_test(&f.attrs) {
            return;
        }
        self.function(&f.sig.ident, &f.block);
        self.within(f.sig.ident.to_string(), |s| visit::visit_item_fn(s, f));
    }

    fn visit_item_impl(&mut self, i: &'ast syn::ItemImpl) {
        if is_test(&i.attrs) {
            return;
        }
        if i.unsafety.is_some() {
            self.unsafes
                .push((i.impl_token.span.start().line, "unsafe impl".into()));
        }
        self.within(type_name(&i.self_ty), |s| visit::visit_item_impl(s, i));
    }

    fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
        if is_test(&f.attrs) {
            return;
        }
        self.function(&f.sig.ident, &f.block);
        self.within(f.sig.ident.to_string(), |s| visit::visit_impl_item_fn(s, f));
    }

    fn visit_item_trait(&mut self, t: &'ast syn::ItemTrait) {
        if is_test(&t.attrs) {
            return;
        }
        if t.unsafety.is_some() {
            self.unsafes
                .push((t.ident.span().start().line, "unsafe trait".into()));
        }
        self.within(t.ident.to_string(), |s| visit::visit_item_trait(s, t));
    }

    fn visit_trait_item_fn(&mut self, f: &'ast syn::TraitItemFn) {
        if is_test(&f.attrs) {
            return;
        }
        if let Some(block) = &f.default {
            self.function(&f.sig.ident, block);
        }
        self.within(f.sig.ident.to_string(), |s| {
            visit::visit_trait_item_fn(s, f)
        });
    }

    fn visit_signature(&mut self, sig: &'ast syn::Signature) {
        if let Some(u) = &sig.unsafety {
            self.unsafes.push((u.span.start().line, "unsafe fn".into()));
        }
        visit::visit_signature(self, sig);
    }

    fn visit_item_foreign_mod(&mut self, f: &'ast syn::ItemForeignMod) {
        self.unsafes
            .push((f.abi.extern_token.span.start().line, "extern block".into()));
        visit::visit_item_foreign_mod(self, f);
    }

    fn visit_expr_unsafe(&mut self, e: &'ast syn::ExprUnsafe) {
        self.unsafes
            .push((e.unsafe_token.span.start().line, "unsafe block".into()));
        visit::visit_expr_unsafe(self, e);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        if call.method == "unwrap" {
            let at = if self.scope.is_empty() {
                "<top level>".to_string()
            } else {
                self.scope.join("::")
            };
            let line = call.method.span().start().line;
            self.unwraps.entry(at).or_default().push(line);
        }
        visit::visit_expr_method_call(self, call);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        for e in macro_exprs(mac) {
            self.visit_expr(&e);
        }
        visit::visit_macro(self, mac);
    }
}

/// Functions longer than `MAX_FN_LINES`, keyed `path::name`, with where they are and how long.
fn long_functions(sources: &[(String, syn::File)]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (file, ast) in sources {
        for f in Body::of(ast).functions {
            if f.lines > MAX_FN_LINES {
                let detail: &mut String = out.entry(format!("{file}::{}", f.name)).or_default();
                if !detail.is_empty() {
                    detail.push_str("; ");
                }
                let _ = write!(detail, "{file}:{} {} is {} lines", f.line, f.name, f.lines);
            }
        }
    }
    out
}

/// `unwrap()` calls, keyed `path::name xN` (N of them in that function), with their lines.
fn unwraps(sources: &[(String, syn::File)]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (file, ast) in sources {
        for (at, lines) in Body::of(ast).unwraps {
            let lines: Vec<String> = lines.iter().map(|l| format!("{file}:{l}")).collect();
            out.insert(
                format!("{file}::{at} x{}", lines.len()),
                format!("unwrap() in {at} at {}", lines.join(", ")),
            );
        }
    }
    out
}

fn unsafes(sources: &[(String, syn::File)]) -> Vec<String> {
    let mut out = Vec::new();
    for (file, ast) in sources {
        for (line, what) in Body::of(ast).unsafes {
            out.push(format!("{file}:{line}: {what}"));
        }
    }
    out
}

/// The non-test sources under the given crate roots, as (path, tree).
fn sources_of(roots: &[&str]) -> Vec<(String, syn::File)> {
    all_sources()
        .into_iter()
        .filter(|(_, root)| roots.contains(root))
        .map(|(s, _)| (s.rel, s.ast))
        .collect()
}

// ------------------------------------------------------------------------------------- c. imports

/// A use of one module file by another: where, and the path that makes it.
#[derive(Clone, Debug)]
struct Reference {
    line: usize,
    path: String,
}

/// The module files each file refers to, through `use` and paths (`super::x`, `crate::a::b`,
/// `self::c`, a child module's name); declaring `mod child;` is not a use of it.
struct Imports<'a> {
    modules: &'a BTreeMap<Vec<String>, String>,
    file: &'a str,
    module: Vec<String>,
    edges: BTreeMap<String, Reference>,
}

impl Imports<'_> {
    /// The absolute module path a path written in the current module names, when it is in this
    /// crate; None for other crates, `Self`, generics and local names.
    fn absolute(&self, segments: &[String], in_use: bool) -> Option<Vec<String>> {
        let (first, rest) = segments.split_first()?;
        let mut base = self.module.clone();
        let mut rest = rest;
        match first.as_str() {
            "crate" => base.clear(),
            "self" => {}
            "super" => {
                base.pop()?;
                while rest.first().is_some_and(|s| s == "super") {
                    base.pop()?;
                    rest = &rest[1..];
                }
            }
            name => {
                let mut child = self.module.clone();
                child.push(name.to_string());
                // A single name outside `use` is a local (a variable, a type), never a module path.
                if !self.modules.contains_key(&child) || (!in_use && rest.is_empty()) {
                    return None;
                }
                rest = segments;
            }
        }
        base.extend(rest.iter().cloned());
        Some(base)
    }

    fn refer(&mut self, segments: &[String], line: usize, in_use: bool) {
        let Some(abs) = self.absolute(segments, in_use) else {
            return;
        };
        // The longest prefix that is a module: `a::b::C` is in `a/b.rs`, or in `a.rs` when `b` is an
        // item of `a`.
        let target = (0..=abs.len())
            .rev()
            .find_map(|n| self.modules.get(&abs[..n]))
            .cloned();
        if let Some(target) = target
            && target != self.file
        {
            self.edges.entry(target).or_insert(Reference {
                line,
                path: segments.join("::"),
            });
        }
    }

    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => self.use_leaf(prefix, &n.ident),
            syn::UseTree::Rename(r) => self.use_leaf(prefix, &r.ident),
            syn::UseTree::Glob(g) => {
                let line = g.star_token.span.start().line;
                self.refer(&prefix.clone(), line, true);
            }
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.use_tree(prefix, t);
                }
            }
        }
    }

    fn use_leaf(&mut self, prefix: &[String], ident: &syn::Ident) {
        let mut path = prefix.to_vec();
        if ident != "self" {
            path.push(ident.to_string());
        }
        self.refer(&path, ident.span().start().line, true);
    }
}

impl<'ast> Visit<'ast> for Imports<'_> {
    fn visit_item_mod(&mut self, m: &'ast syn::ItemMod) {
        if is_test(&m.attrs) || m.content.is_none() {
            return;
        }
        self.module.push(m.ident.to_string());
        visit::visit_item_mod(self, m);
        self.module.pop();
    }

    fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
        if !is_test(&f.attrs) {
            visit::visit_item_fn(self, f);
        }
    }

    fn visit_item_impl(&mut self, i: &'ast syn::ItemImpl) {
        if !is_test(&i.attrs) {
            visit::visit_item_impl(self, i);
        }
    }

    fn visit_item_use(&mut self, u: &'ast syn::ItemUse) {
        if u.leading_colon.is_none() && !is_test(&u.attrs) {
            self.use_tree(&mut Vec::new(), &u.tree);
        }
    }

    fn visit_path(&mut self, p: &'ast syn::Path) {
        if p.leading_colon.is_none() {
            let segments: Vec<String> = p.segments.iter().map(|s| s.ident.to_string()).collect();
            let line = p.segments[0].ident.span().start().line;
            self.refer(&segments, line, false);
        }
        visit::visit_path(self, p);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        for e in macro_exprs(mac) {
            self.visit_expr(&e);
        }
        visit::visit_macro(self, mac);
    }

    // `pub(super)` and `pub(in crate::x)` say who may see an item, they use nothing; attributes
    // (`#[serde(…)]`, `#[derive(…)]`) are not module paths.
    fn visit_visibility(&mut self, _: &'ast syn::Visibility) {}
    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {}
}

type Graph = BTreeMap<String, BTreeMap<String, Reference>>;

fn import_graph(krate: &Crate) -> Graph {
    let mut graph = Graph::new();
    for s in &krate.files {
        let mut imports = Imports {
            modules: &krate.modules,
            file: &s.rel,
            module: s.module.clone(),
            edges: BTreeMap::new(),
        };
        imports.visit_file(&s.ast);
        graph.insert(s.rel.clone(), imports.edges);
    }
    graph
}

/// Tarjan's strongly connected components with more than one member, each sorted.
fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    struct Tarjan<'a> {
        graph: &'a Graph,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    impl<'a> Tarjan<'a> {
        fn connect(&mut self, v: &'a str) {
            let i = self.index.len();
            self.index.insert(v, i);
            self.low.insert(v, i);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in self.graph.get(v).into_iter().flat_map(|e| e.keys()) {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.connect(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    component.push(w.to_string());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    self.out.push(component);
                }
            }
        }
    }
    let mut t = Tarjan {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !t.index.contains_key(v.as_str()) {
            t.connect(v);
        }
    }
    t.out.sort();
    t.out
}

/// The cycles of a crate, keyed by their members (sorted, space-separated), with the references
/// that close them.
fn import_cycles(graph: &Graph) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for component in cycles(graph) {
        let members: BTreeSet<&String> = component.iter().collect();
        let mut detail = format!("import cycle of {} files:", component.len());
        for from in &component {
            for (to, r) in &graph[from] {
                if members.contains(to) {
                    let _ = write!(detail, "\n      {from}:{} -> {to} ({})", r.line, r.path);
                }
            }
        }
        out.insert(component.join(" "), detail);
    }
    out
}

// ------------------------------------------------------------------------------------- allow-list

/// `tests/architecture_allow.txt`: per section, each entry's key with its line.
fn allow_list() -> BTreeMap<String, BTreeMap<String, usize>> {
    let path = Path::new(ROOT).join(ALLOW_LIST);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{ALLOW_LIST}: {e}"));
    parse_allow_list(&text)
}

fn parse_allow_list(text: &str) -> BTreeMap<String, BTreeMap<String, usize>> {
    let mut sections: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let mut section: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end();
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = Some(name.to_string());
            sections.entry(name.to_string()).or_default();
            continue;
        }
        let section = section
            .as_ref()
            .unwrap_or_else(|| panic!("{ALLOW_LIST}:{}: an entry before any [section]", i + 1));
        let (key, reason) = line
            .split_once("  ")
            .unwrap_or_else(|| panic!("{ALLOW_LIST}:{}: no reason after the key", i + 1));
        assert!(
            !reason.trim().is_empty(),
            "{ALLOW_LIST}:{}: an empty reason",
            i + 1
        );
        let previous = sections
            .get_mut(section)
            .unwrap()
            .insert(key.trim().to_string(), i + 1);
        assert!(
            previous.is_none(),
            "{ALLOW_LIST}:{}: `{key}` is listed twice",
            i + 1
        );
    }
    sections
}

/// What is found and not allowed, and what is allowed and not found (the list must stay true).
fn against_allow_list(
    section: &str,
    found: &BTreeMap<String, String>,
    allowed: &BTreeMap<String, BTreeMap<String, usize>>,
) -> Vec<String> {
    let none = BTreeMap::new();
    let allowed = allowed.get(section).unwrap_or(&none);
    let mut problems: Vec<String> = found
        .iter()
        .filter(|(key, _)| !allowed.contains_key(*key))
        .map(|(key, detail)| format!("{detail}\n    (to allow it for now: `{key}` in [{section}])"))
        .collect();
    for (key, line) in allowed {
        if !found.contains_key(key) {
            problems.push(format!(
                "{ALLOW_LIST}:{line}: [{section}] `{key}` matches nothing any more: remove or \
                 update the entry"
            ));
        }
    }
    problems
}

#[track_caller]
fn assert_no_problems(what: &str, problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{what}: {} problem(s)\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

// ---------------------------------------------------------------------------------------- checks

#[test]
fn no_function_is_longer_than_80_lines() {
    let sources = sources_of(&["src/lib.rs", "src/main.rs", "crates/pim-core/src/lib.rs"]);
    let found = long_functions(&sources);
    let functions: usize = sources
        .iter()
        .map(|(_, ast)| Body::of(ast).functions.len())
        .sum();
    println!(
        "{} functions read in {} files; {} over {MAX_FN_LINES} lines",
        functions,
        sources.len(),
        found.len()
    );
    for detail in found.values() {
        println!("  {detail}");
    }
    assert_no_problems(
        &format!("functions over {MAX_FN_LINES} lines"),
        &against_allow_list("long-functions", &found, &allow_list()),
    );
}

#[test]
fn no_module_files_import_each_other() {
    let allowed = allow_list();
    let mut found = BTreeMap::new();
    for root in ["src/lib.rs", "crates/pim-core/src/lib.rs"] {
        let krate = load_crate(root);
        let graph = import_graph(&krate);
        let edges: usize = graph.values().map(BTreeMap::len).sum();
        let crate_cycles = import_cycles(&graph);
        println!(
            "{root}: {} module files, {edges} imports between them, {} cycle(s)",
            graph.len(),
            crate_cycles.len()
        );
        for detail in crate_cycles.values() {
            println!("  {detail}");
        }
        found.extend(crate_cycles);
    }
    assert_no_problems(
        "import cycles",
        &against_allow_list("cycles", &found, &allowed),
    );
}

#[test]
fn no_unwrap_and_no_unsafe_outside_tests() {
    let sources = sources_of(CRATE_ROOTS);
    let found = unwraps(&sources);
    let calls: usize = found
        .keys()
        .map(|k| k.rsplit_once(" x").unwrap().1.parse::<usize>().unwrap())
        .sum();
    println!(
        "{calls} unwrap() call(s) in {} function(s) of {} files",
        found.len(),
        sources.len()
    );
    // `unsafe` is denied by the workspace's lints; a file that needs it (an operating-system call no
    // safe crate offers) is listed in [unsafe] with how many `unsafe` items it holds.
    let mut per_file: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for found in unsafes(&sources) {
        let file = found.split_once(':').map_or(found.as_str(), |(f, _)| f);
        per_file
            .entry(file.to_string())
            .or_default()
            .push(found.clone());
    }
    let unsafe_code: BTreeMap<String, String> = per_file
        .into_iter()
        .map(|(file, all)| (format!("{file} x{}", all.len()), all.join("\n  ")))
        .collect();
    assert_no_problems(
        "unsafe code outside tests",
        &against_allow_list("unsafe", &unsafe_code, &allow_list()),
    );
    assert_no_problems(
        "unwrap() outside tests",
        &against_allow_list("unwraps", &found, &allow_list()),
    );
}

/// The `.rs` files below `dir`, from the workspace root.
fn rust_files(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.insert(rel(&path));
        }
    }
}

/// A file that no `mod` reaches (or one `include!`d) would escape every check above.
#[test]
fn every_source_file_is_in_a_module_tree() {
    let mut on_disk = BTreeSet::new();
    for root in CRATE_ROOTS {
        rust_files(Path::new(ROOT).join(root).parent().unwrap(), &mut on_disk);
    }
    let read: BTreeSet<String> = all_sources().into_iter().map(|(s, _)| s.rel).collect();
    let unread: Vec<_> = on_disk.difference(&read).collect();
    assert!(
        unread.is_empty(),
        "source files the checks do not read (not reached by a `mod`): {unread:?}"
    );
}

#[test]
fn the_allow_list_has_only_known_sections() {
    let sections: Vec<String> = allow_list().into_keys().collect();
    for s in &sections {
        assert!(
            ["long-functions", "cycles", "unwraps", "unsafe"].contains(&s.as_str()),
            "{ALLOW_LIST}: unknown section [{s}]"
        );
    }
}

// ----------------------------------------------------------------- the checks catch what they should

fn parsed(text: &str) -> Vec<(String, syn::File)> {
    vec![("x.rs".to_string(), syn::parse_file(text).unwrap())]
}

#[test]
fn the_length_check_catches_a_long_function_and_skips_tests() {
    let body = "    let _ = 1;\n".repeat(MAX_FN_LINES - 2);
    let text = format!(
        "fn short() {{\n{body}}}\n\
         struct S;\nimpl S {{\n    fn long(&self) {{\n{body}  let _ = 2;\n    }}\n}}\n\
         fn outer() {{\n    fn inner() {{\n{body}{body}    }}\n}}\n\
         #[test]\nfn a_test() {{\n{body}{body}}}\n\
         #[cfg(test)]\nmod tests {{\n    fn helper() {{\n{body}{body}    }}\n}}\n"
    );
    let found = long_functions(&parsed(&text));
    assert_eq!(
        found.keys().collect::<Vec<_>>(),
        ["x.rs::S::long", "x.rs::outer", "x.rs::outer::inner"],
        "{found:?}"
    );
    assert!(found["x.rs::S::long"].contains("is 81 lines"), "{found:?}");
}

#[test]
fn the_unwrap_check_catches_unwraps_and_unsafe_and_skips_tests() {
    let text = "fn a() { let x: Option<u8> = None; x.unwrap(); format!(\"{}\", x.unwrap()); }\n\
                struct S;\nimpl S { fn b(&self) { Some(1).unwrap(); } }\n\
                fn c() { Some(1).expect(\"why\"); unsafe { std::hint::unreachable_unchecked() } }\n\
                unsafe fn d() {}\n\
                #[cfg(test)]\nmod tests { fn e() { Some(1).unwrap(); } }\n\
                #[test]\nfn f() { Some(1).unwrap(); }\n";
    let sources = parsed(text);
    assert_eq!(
        unwraps(&sources).keys().collect::<Vec<_>>(),
        ["x.rs::S::b x1", "x.rs::a x2"]
    );
    assert_eq!(
        unsafes(&sources),
        ["x.rs:4: unsafe block", "x.rs:5: unsafe fn"]
    );
}

#[test]
fn the_cycle_check_catches_a_child_using_its_parent_but_not_mod_declarations() {
    let file = |text: &str| syn::parse_file(text).unwrap();
    let modules: BTreeMap<Vec<String>, String> = [
        (vec![], "lib.rs"),
        (vec!["tui".to_string()], "tui/mod.rs"),
        (vec!["tui".into(), "update".into()], "tui/update.rs"),
        (vec!["tui".into(), "records".into()], "tui/records/mod.rs"),
        (
            vec!["tui".into(), "records".into(), "form".into()],
            "tui/records/form.rs",
        ),
        (vec!["tui".into(), "app".into()], "tui/app.rs"),
    ]
    .into_iter()
    .map(|(m, f)| (m, f.to_string()))
    .collect();
    let source = |rel: &str, module: &[&str], text: &str| Source {
        rel: rel.to_string(),
        module: module.iter().map(|s| s.to_string()).collect(),
        ast: file(text),
    };
    let krate = Crate {
        files: vec![
            source("lib.rs", &[], "pub mod tui;"),
            // A local that shares a child module's name is not a use of it.
            source(
                "tui/mod.rs",
                &["tui"],
                "pub mod app; pub mod records; pub mod update;\nfn k() { let update = 1; let _ = update; }",
            ),
            // update -> records (an item of records/mod.rs), and -> app through a type path.
            source(
                "tui/update.rs",
                &["tui", "update"],
                "use super::records::{self, RecordKind};\nfn f(a: &crate::tui::app::App) {}",
            ),
            // records -> update: the cycle; its child form is only declared.
            source(
                "tui/records/mod.rs",
                &["tui", "records"],
                "mod form;\npub(super) struct RecordKind;\nfn g() { super::update::update(); }",
            ),
            // form -> records (its parent's item), but records only declares form: no cycle.
            source(
                "tui/records/form.rs",
                &["tui", "records", "form"],
                "use super::RecordKind;\nfn h() -> Option<Self> { let app = 1; None }",
            ),
            source(
                "tui/app.rs",
                &["tui", "app"],
                "use std::path::PathBuf; pub struct App;",
            ),
        ],
        modules,
    };
    let graph = import_graph(&krate);
    assert!(graph["lib.rs"].is_empty(), "mod declarations are no use");
    assert!(graph["tui/mod.rs"].is_empty());
    assert!(graph["tui/app.rs"].is_empty(), "std is another crate");
    assert_eq!(
        graph["tui/update.rs"].keys().collect::<Vec<_>>(),
        ["tui/app.rs", "tui/records/mod.rs"]
    );
    assert_eq!(
        graph["tui/records/form.rs"].keys().collect::<Vec<_>>(),
        ["tui/records/mod.rs"]
    );
    let found = import_cycles(&graph);
    assert_eq!(
        found.keys().collect::<Vec<_>>(),
        ["tui/records/mod.rs tui/update.rs"],
        "{found:?}"
    );
    assert!(
        found["tui/records/mod.rs tui/update.rs"].contains("tui/records/mod.rs:3 -> tui/update.rs")
    );
}

#[test]
fn the_allow_list_fails_on_new_offenders_and_on_stale_entries() {
    let allowed = parse_allow_list(
        "# comment\n[unwraps]\nx.rs::a x2  to remove (#14)\nx.rs::gone x1  to remove (#14)\n",
    );
    let found: BTreeMap<String, String> = [
        ("x.rs::a x2".to_string(), "ok".to_string()),
        ("x.rs::b x1".to_string(), "new one".to_string()),
    ]
    .into();
    let problems = against_allow_list("unwraps", &found, &allowed);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].starts_with("new one"));
    assert!(problems[1].contains(":4: [unwraps] `x.rs::gone x1` matches nothing"));
}
