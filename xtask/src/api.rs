//! The published crates' Rust API, one item a line, checked in beside each crate
//! (`<folder>/public-api.txt`), so that a change to it shows in review and `cargo xtask breaking`
//! can tell, from two revisions' listings alone, when a crate's API broke.
//!
//! A listing is made from rustdoc's JSON output (every feature on) by the `public-api` crate. The
//! JSON output is unstable rustdoc: it is asked of the stable toolchain with `RUSTC_BOOTSTRAP=1`,
//! and its format changes with the toolchain, so `public-api` is pinned to the version that reads
//! this toolchain's format ([`FORMAT_VERSION`]); another toolchain is told so by name.
//!
//! What a line removed or changed between two listings catches: an item removed, renamed or moved,
//! a signature, field type, variant or trait implementation (auto traits included) changed. What it
//! does not: a new public field on a struct a caller builds by literal, a new variant of an
//! exhaustive enum, a new required trait item (each appears as an added line), and changes of
//! behaviour.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

/// The rustdoc JSON format `public-api` (pinned in `xtask/Cargo.toml`) reads.
pub const FORMAT_VERSION: u64 = 57;

/// A crate users add by name.
#[derive(Debug, Clone, Copy)]
pub struct Published {
    /// Its package name.
    pub name: &'static str,
    /// Its folder, relative to the workspace root.
    pub folder: &'static str,
    /// Its library's name (what rustdoc names the JSON file).
    pub lib: &'static str,
}

/// Every published crate, dependencies first.
pub const PUBLISHED: [Published; 3] = [
    Published {
        name: "clientreg-contract",
        folder: "openapi",
        lib: "clientreg_contract",
    },
    Published {
        name: "clientreg-sdk",
        folder: "sdk",
        lib: "clientreg_sdk",
    },
    Published {
        name: "clientreg-mock",
        folder: "mock-server",
        lib: "clientreg_mock",
    },
];

/// The file holding a crate's listing, relative to the workspace root.
pub fn listing_path(krate: &Published) -> String {
    format!("{}/public-api.txt", krate.folder)
}

/// The listing of `krate` as the working tree builds it: rustdoc JSON (every feature, its own
/// target folder `target/api`, so that the unstable flag leaves the main build's artifacts alone)
/// read by `public-api`, blanket implementations left out (they follow from the others).
pub fn listing(root: &Path, krate: &Published) -> Result<String> {
    let target = root.join("target/api");
    let status = Command::new("cargo")
        .args(["rustdoc", "--locked", "--quiet", "--lib", "--all-features"])
        .args(["-p", krate.name])
        .arg("--target-dir")
        .arg(&target)
        .args(["--", "-Z", "unstable-options", "--output-format", "json"])
        .env("RUSTC_BOOTSTRAP", "1")
        .current_dir(root)
        .status()
        .context("running cargo rustdoc")?;
    if !status.success() {
        bail!("rustdoc could not document {}", krate.name);
    }
    let json = target.join(format!("doc/{}.json", krate.lib));
    let format = format_version(&json)?;
    if format != FORMAT_VERSION {
        bail!(
            "this toolchain's rustdoc writes JSON format {format}; the pinned public-api reads \
             format {FORMAT_VERSION}: pin the public-api release that reads {format} in \
             xtask/Cargo.toml and set FORMAT_VERSION"
        );
    }
    let api = public_api::Builder::from_rustdoc_json(&json)
        .omit_blanket_impls(true)
        .build()
        .with_context(|| format!("reading {}", json.display()))?;
    let mut text = String::new();
    for item in api.items() {
        text.push_str(&item.to_string());
        text.push('\n');
    }
    Ok(text)
}

/// The `format_version` a rustdoc JSON file declares.
fn format_version(json: &Path) -> Result<u64> {
    #[derive(serde::Deserialize)]
    struct Head {
        format_version: u64,
    }
    let text = std::fs::read_to_string(json).with_context(|| json.display().to_string())?;
    let head: Head =
        serde_json::from_str(&text).context("rustdoc JSON without a format_version")?;
    Ok(head.format_version)
}

/// Writes each crate's listing; returns the files that changed.
pub fn write(root: &Path) -> Result<Vec<String>> {
    let mut changed = Vec::new();
    for krate in &PUBLISHED {
        let path = listing_path(krate);
        let fresh = listing(root, krate)?;
        if std::fs::read_to_string(root.join(&path)).ok().as_deref() != Some(fresh.as_str()) {
            std::fs::write(root.join(&path), fresh).with_context(|| path.clone())?;
            changed.push(path);
        }
    }
    Ok(changed)
}

/// Fails, with a unified diff per crate, when a checked-in listing is not what the code makes.
pub fn check(root: &Path) -> Result<()> {
    let mut stale = Vec::new();
    for krate in &PUBLISHED {
        let path = listing_path(krate);
        let fresh = listing(root, krate)?;
        let current = std::fs::read_to_string(root.join(&path)).unwrap_or_default();
        if current != fresh {
            let diff = similar::TextDiff::from_lines(&current, &fresh);
            eprintln!(
                "{}",
                diff.unified_diff()
                    .context_radius(2)
                    .header(&path, &format!("{path} (as the code is)"))
            );
            stale.push(path);
        }
    }
    if !stale.is_empty() {
        bail!(
            "{} no longer list the public API: run `cargo xtask api` and review the diff",
            stale.join(", ")
        );
    }
    Ok(())
}

/// The lines of `base` that `head` no longer has: items removed, or changed (a changed item is a
/// removed line and an added one).
pub fn removed<'a>(base: &'a str, head: &str) -> Vec<&'a str> {
    let kept: std::collections::HashSet<&str> = head.lines().collect();
    base.lines().filter(|line| !kept.contains(line)).collect()
}
