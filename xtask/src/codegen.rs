//! `cargo xtask generate` and `cargo xtask check`: the SDK's generated modules, made from the
//! contract by progenitor used as a library, and the check that the checked-in copies match.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use anyhow::{Context, Result, anyhow, bail};
use progenitor::{GenerationSettings, Generator, InterfaceStyle, TagStyle};

use crate::Service;

/// Reads one contract document as an OpenAPI 3.0 value.
pub fn load_spec(path: &Path) -> Result<openapiv3::OpenAPI> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    serde_yaml::from_str(&text)
        .with_context(|| format!("{} is not a valid OpenAPI 3.0 document", path.display()))
}

/// One contract document as progenitor reads it: with its constraint-only subschemas removed
/// ([`crate::constraints`]).
pub fn load_spec_for_progenitor(path: &Path) -> Result<openapiv3::OpenAPI> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut document: serde_yaml::Value =
        serde_yaml::from_str(&text).with_context(|| format!("{} is not YAML", path.display()))?;
    crate::constraints::strip(&mut document);
    serde_yaml::from_value(document)
        .with_context(|| format!("{} is not a valid OpenAPI 3.0 document", path.display()))
}

/// The source of one generated module: progenitor's output, formatted, under a header that
/// names the document and the command.
pub fn generate_module(root: &Path, service: &Service) -> Result<String> {
    let spec = load_spec_for_progenitor(&root.join(service.spec))?;
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        // Credentials (and a service's fix-up) travel in the client's inner value; the SDK's
        // hand-written `ClientHooks` impl applies them to every request (so a caller's own
        // `reqwest::Client` works too).
        .with_inner_type(quote::quote!(crate::transport::ClientSetup));
    let mut generator = Generator::new(&settings);
    // progenitor asserts instead of returning an error on some shapes (an operation whose error
    // responses do not share one schema, say): turn that panic into an error naming the document.
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let tokens = catch_unwind(AssertUnwindSafe(|| generator.generate_tokens(&spec)));
    std::panic::set_hook(previous_hook);
    let tokens = match tokens {
        Ok(result) => result.with_context(|| format!("progenitor rejected {}", service.spec))?,
        Err(panic) => {
            let reason = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            bail!(
                "progenitor panicked on {}: {reason}\n(hint: every 4xx/5xx response of one \
                 operation must share one JSON schema)",
                service.spec
            )
        }
    };
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| anyhow!("progenitor produced code that does not parse: {e}"))?;
    let source = format!(
        "// @generated from {} by `cargo xtask generate` (progenitor {}). Do not edit: change the \
         document and regenerate.\n\n{}",
        service.spec,
        PROGENITOR_VERSION,
        line_doc_comments(&prettyplease::unparse(&file))
    );
    // rustfmt moves the closing `*/` of a block doc comment on its second pass: format until
    // nothing changes, so that `cargo fmt` finds nothing to do.
    let mut formatted = rustfmt(&source)?;
    for _ in 0..3 {
        let again = rustfmt(&formatted)?;
        if again == formatted {
            return Ok(formatted);
        }
        formatted = again;
    }
    bail!(
        "rustfmt does not settle on the code generated from {}",
        service.spec
    )
}

/// Rewrites prettyplease's `/** ... */` doc comments (its form for a multi-line doc) as `///`
/// lines. rustfmt re-indents the inside of a block comment, and four spaces of indentation turn
/// a doc line into a code block, which rustdoc would then run as a doctest.
fn line_doc_comments(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut lines = source.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        let Some(first) = trimmed
            .strip_prefix("/**")
            .filter(|_| !trimmed.starts_with("/***"))
        else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let indent = &line[..line.len() - trimmed.len()];
        let mut doc = vec![first.to_string()];
        while !doc.last().is_some_and(|l| l.ends_with("*/")) {
            match lines.next() {
                Some(next) => doc.push(next.to_string()),
                None => break,
            }
        }
        if let Some(last) = doc.last_mut() {
            last.truncate(last.len().saturating_sub(2));
        }
        if doc.len() > 1 && doc.last().is_some_and(|l| l.trim().is_empty()) {
            doc.pop();
        }
        for text in doc {
            out.push_str(indent);
            out.push_str("///");
            out.push_str(&text);
            out.push('\n');
        }
    }
    out
}

/// Formats source as `cargo fmt` would, so that `cargo fmt --check` leaves generated files
/// alone (prettyplease's layout differs from rustfmt's).
fn rustfmt(source: &str) -> Result<String> {
    use std::io::Write;
    use std::process::{Command, Stdio};

    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout"])
        .current_dir(crate::project_root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("running rustfmt (install it with `rustup component add rustfmt`)")?;
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(source.as_bytes())?;
    let output = child.wait_with_output()?;
    if !output.status.success() {
        bail!(
            "rustfmt failed on generated code: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(String::from_utf8(output.stdout)?)
}

/// The progenitor release the generated code comes from, written into every header.
pub const PROGENITOR_VERSION: &str = "0.15.1";

/// Writes every generated module. Returns the files that changed.
pub fn generate(root: &Path, services: &[Service]) -> Result<Vec<String>> {
    let mut changed = Vec::new();
    for service in services {
        let fresh = generate_module(root, service)?;
        let path = root.join(service.generated);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(fresh.as_str()) {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            std::fs::write(&path, fresh).with_context(|| format!("writing {}", path.display()))?;
            changed.push(service.generated.to_string());
        }
    }
    Ok(changed)
}

/// Regenerates every module in memory and fails, naming each stale file and showing a diff,
/// when a checked-in copy differs.
pub fn check_fresh(root: &Path, services: &[Service]) -> Result<()> {
    let mut report = String::new();
    for service in services {
        let fresh = generate_module(root, service)?;
        let path = root.join(service.generated);
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        if on_disk != fresh {
            let diff = similar::TextDiff::from_lines(&on_disk, &fresh);
            report.push_str(&format!(
                "{} is stale: it does not match what {} generates.\n{}\n",
                service.generated,
                service.spec,
                diff.unified_diff().context_radius(3).header(
                    &format!("{} (checked in)", service.generated),
                    "regenerated"
                )
            ));
        }
    }
    if report.is_empty() {
        Ok(())
    } else {
        bail!("{report}run `cargo xtask generate`, review the diff and commit it")
    }
}
