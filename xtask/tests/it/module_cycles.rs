//! No module imports a module that imports it: the rule ARCHITECTURE.md states, held for the
//! top-level modules of the mock (`mock-server/src`) and of the SDK (`sdk/src`). A module's
//! imports are the `crate::<module>` paths its code names (comments and its `#[cfg(test)]`
//! tail left out); a re-export counts, so a cycle through a facade (`model.rs`) is one too.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Top-level module → the top-level modules its code names.
fn imports(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut files = Vec::new();
    collect(src, &mut files);
    for file in files {
        let relative = file.strip_prefix(src).unwrap();
        let module = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if module == "lib" || module == "main" || module == "generated" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let code = text
            .split("#[cfg(test)]\nmod tests")
            .next()
            .unwrap_or_default();
        let named = graph.entry(module.clone()).or_default();
        for line in code.lines() {
            let line = line.trim_start();
            if line.starts_with("//") {
                continue;
            }
            for (at, _) in line.match_indices("crate::") {
                let rest = &line[at + "crate::".len()..];
                let target: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !target.is_empty() && target != module {
                    named.insert(target);
                }
            }
        }
    }
    graph
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A cycle of the graph, if there is one: the modules in order.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_string());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn neither_the_mock_nor_the_sdk_has_a_module_cycle() {
    let root = xtask::project_root();
    for krate in ["mock-server/src", "sdk/src"] {
        let graph = imports(&root.join(krate));
        assert!(graph.len() > 3, "{krate}: modules were found");
        if let Some(found) = cycle(&graph) {
            panic!("{krate}: a module cycle: {}", found.join(" -> "));
        }
    }
}

/// What the checker (`check/`: the contract as a checker, `verify`, `replay`, the recording)
/// and the proxy share with the mock: the wire types, the table of services, the journal and
/// its admin routes, the HTTP edge, settings, errors, the fidelity profile (a trial is judged
/// under one), and the leaves. Never the mock itself (`mock`, `state`, the services' modules,
/// faults, the store, the mock's admin routes).
const SHARED_WITH_THE_CHECKER: [&str; 14] = [
    "profile",
    "http",
    "tls",
    "services",
    "journal",
    "journal_api",
    "server",
    "config",
    "error",
    "clock",
    "shared",
    "text",
    "json",
    // The Pact export: the mock writes a test run's pact, the checker a recording's.
    "pact",
];

#[test]
fn the_checker_and_the_proxy_stand_apart_from_the_mock() {
    let graph = imports(&xtask::project_root().join("mock-server/src"));
    for (module, allowed) in [("check", vec![]), ("proxy", vec!["check"])] {
        let reached: Vec<&String> = graph[module]
            .iter()
            .filter(|m| {
                !SHARED_WITH_THE_CHECKER.contains(&m.as_str()) && !allowed.contains(&m.as_str())
            })
            .collect();
        assert!(
            reached.is_empty(),
            "{module} imports the mock's own {reached:?}: it may share only {SHARED_WITH_THE_CHECKER:?}"
        );
    }
    for (module, named) in &graph {
        if module == "check" || module == "proxy" {
            continue;
        }
        for checker in ["check", "proxy"] {
            assert!(
                !named.contains(checker),
                "{module} imports {checker}: the mock never leans on the checker"
            );
        }
    }
}

#[test]
fn a_cycle_is_found() {
    let graph = BTreeMap::from([
        ("a".to_string(), BTreeSet::from(["b".to_string()])),
        ("b".to_string(), BTreeSet::from(["c".to_string()])),
        ("c".to_string(), BTreeSet::from(["a".to_string()])),
        ("d".to_string(), BTreeSet::from(["a".to_string()])),
    ]);
    assert_eq!(cycle(&graph).unwrap(), ["a", "b", "c", "a"]);
    let acyclic = BTreeMap::from([("a".to_string(), BTreeSet::from(["b".to_string()]))]);
    assert_eq!(cycle(&acyclic), None);
}

/// ARCHITECTURE.md's code map lists the mock's modules leaves first: every module is in it, and
/// each imports only modules listed above it.
#[test]
fn the_code_map_lists_every_module_above_its_importers() {
    let root = xtask::project_root();
    let text = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    let map = text
        .split("## Code map: `mock-server/src`")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("ARCHITECTURE.md has a code map of mock-server/src");
    let mut order: Vec<String> = Vec::new();
    for row in map.lines().filter(|l| l.starts_with("| `")) {
        let first_cell = row.split('|').nth(1).unwrap_or_default();
        for name in first_cell.split('`').skip(1).step_by(2) {
            let module = name.trim_end_matches(".rs").trim_end_matches('/');
            let module = module.split('/').next().unwrap_or(module);
            if !order.iter().any(|m| m == module) {
                order.push(module.to_string());
            }
        }
    }
    let graph = imports(&root.join("mock-server/src"));
    for (module, named) in &graph {
        if module == "cli" {
            continue;
        }
        let at = order
            .iter()
            .position(|m| m == module)
            .unwrap_or_else(|| panic!("the code map does not list {module}"));
        for imported in named {
            let imported_at = order
                .iter()
                .position(|m| m == imported)
                .unwrap_or_else(|| panic!("the code map does not list {imported}"));
            assert!(
                imported_at < at,
                "{module} imports {imported}, which the code map lists below it"
            );
        }
    }
}

/// ARCHITECTURE.md's claims about where the rules live, where a test can see them: the
/// Gropius handlers refuse no body themselves (every `BadRequest` is made in `validate.rs`),
/// the admin routes are spelled only in `journal_api.rs`, and `x-mock-divergence` only in
/// `http.rs`.
#[test]
fn the_rules_live_where_the_code_map_says() {
    let src = xtask::project_root().join("mock-server/src");
    let read = |path: &str| std::fs::read_to_string(src.join(path)).unwrap();
    let architecture =
        std::fs::read_to_string(xtask::project_root().join("ARCHITECTURE.md")).unwrap();
    assert!(architecture.contains("journal_api::AdminRoute"));
    assert!(
        !read("gropius/mod.rs").contains("GropiusError::BadRequest"),
        "gropius/mod.rs refuses a body itself: the rule belongs in validate.rs"
    );
    assert!(read("gropius/validate.rs").contains("GropiusError::BadRequest"));
    for (needle, home) in [
        ("\"/__mock/health\"", "journal_api.rs"),
        ("\"/__mock/faults\"", "journal_api.rs"),
        ("\"x-mock-divergence\"", "http.rs"),
    ] {
        let mut found = Vec::new();
        for entry in walk(&src) {
            let text = std::fs::read_to_string(&entry).unwrap();
            // Doc comments and strings in tests may name them; code spells them once.
            let code: String = text
                .lines()
                .take_while(|line| !line.starts_with("#[cfg(test)]"))
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect();
            if code.contains(needle) {
                found.push(entry.strip_prefix(&src).unwrap().display().to_string());
            }
        }
        assert_eq!(found, [home], "{needle} is spelled in {found:?}");
    }
}

/// Every `.rs` file under `dir`.
fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}
