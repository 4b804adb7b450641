//! Whether each published crate's version says what changed since a revision: a change that
//! breaks a caller, of the contract or of the crate's Rust API, must move the version past what
//! semver calls compatible (for 0.x, the minor number; from 1.0, the major).
//!
//! Which crate a break touches: every contract document is in `clientreg-contract`, the SDK is
//! generated from all three and the mock serves all three, so a contract break touches all
//! three crates; a Rust API break (a line gone from the crate's `public-api.txt`) touches that
//! crate alone.

use std::fmt;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::api::{PUBLISHED, Published, listing_path, removed};

/// What one crate's version must say, and whether it does.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Verdict {
    /// The crate's package name.
    pub name: &'static str,
    /// Its version at the base revision (`None`: no crate of that name there).
    pub base: Option<String>,
    /// Its version in the working tree.
    pub head: String,
    /// Breaking changes to the contract since the base.
    pub contract_breaks: usize,
    /// Lines of the base's API listing the working tree no longer has.
    pub api_breaks: Vec<String>,
}

impl Verdict {
    /// Whether a break happened since the base.
    pub fn broke(&self) -> bool {
        self.contract_breaks > 0 || !self.api_breaks.is_empty()
    }

    /// Whether the version says what happened: no break, a new crate, or a version semver
    /// does not call compatible with the base's.
    pub fn says_so(&self) -> bool {
        match &self.base {
            None => true,
            Some(base) => !self.broke() || moved_past_compatible(base, &self.head),
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(base) = self.base.as_deref() else {
            return write!(
                f,
                "{} {}: new, no earlier version to compare",
                self.name, self.head
            );
        };
        write!(f, "{} {base} -> {}: ", self.name, self.head)?;
        if !self.broke() {
            return write!(f, "no break");
        }
        let mut why = Vec::new();
        if self.contract_breaks > 0 {
            why.push(format!(
                "{} breaking contract change(s)",
                self.contract_breaks
            ));
        }
        if !self.api_breaks.is_empty() {
            why.push(format!(
                "{} API item(s) removed or changed",
                self.api_breaks.len()
            ));
        }
        write!(f, "{}", why.join(", "))?;
        if self.says_so() {
            write!(f, "; the version says so")
        } else {
            write!(
                f,
                "; the version must move past {base}'s compatible range (0.x: the minor number)"
            )?;
            for line in &self.api_breaks {
                write!(f, "\n    - {line}")?;
            }
            Ok(())
        }
    }
}

/// Whether `head` is outside the versions semver calls compatible with `base` (and above it).
pub fn moved_past_compatible(base: &str, head: &str) -> bool {
    let (Ok(base), Ok(head)) = (semver::Version::parse(base), semver::Version::parse(head)) else {
        return false;
    };
    if base.major == 0 {
        (head.major, head.minor) > (base.major, base.minor)
    } else {
        head.major > base.major
    }
}

/// A verdict per published crate, between `base` and the working tree, given how many
/// breaking contract changes the breaking-change report found.
pub fn verdicts(root: &Path, base: &str, contract_breaks: usize) -> Result<Vec<Verdict>> {
    PUBLISHED
        .iter()
        .map(|krate| verdict(root, base, krate, contract_breaks))
        .collect()
}

fn verdict(root: &Path, base: &str, krate: &Published, contract_breaks: usize) -> Result<Verdict> {
    let manifest = format!("{}/Cargo.toml", krate.folder);
    let head_manifest = std::fs::read_to_string(root.join(&manifest)).context(manifest.clone())?;
    let (name, head) = package(&head_manifest).with_context(|| manifest.clone())?;
    if name != krate.name {
        bail!("{manifest} names {name}, not {}", krate.name);
    }
    let base_package = match show(root, base, &manifest)? {
        Some(text) => Some(package(&text).with_context(|| format!("{manifest} at {base}"))?),
        None => None,
    };
    // A crate of another name at the base is not this crate's earlier version.
    let Some((_, base_version)) = base_package.filter(|(name, _)| name == krate.name) else {
        return Ok(Verdict {
            name: krate.name,
            base: None,
            head,
            contract_breaks,
            api_breaks: Vec::new(),
        });
    };
    let listing = listing_path(krate);
    let api_breaks = match show(root, base, &listing)? {
        Some(base_listing) => {
            let head_listing =
                std::fs::read_to_string(root.join(&listing)).context(listing.clone())?;
            removed(&base_listing, &head_listing)
                .into_iter()
                .map(str::to_string)
                .collect()
        }
        None => Vec::new(),
    };
    Ok(Verdict {
        name: krate.name,
        base: Some(base_version),
        head,
        contract_breaks,
        api_breaks,
    })
}

/// `[package]`'s name and version in a manifest.
fn package(manifest: &str) -> Result<(String, String)> {
    let document: toml_edit::DocumentMut = manifest.parse().context("not TOML")?;
    let field = |key: &str| {
        document
            .get("package")
            .and_then(|package| package.get(key))
            .and_then(|value| value.as_str())
            .map(str::to_string)
            .with_context(|| format!("no [package] {key}"))
    };
    Ok((field("name")?, field("version")?))
}

/// A file's text at a revision; `None` when the revision has no such file.
fn show(root: &Path, revision: &str, path: &str) -> Result<Option<String>> {
    let output = Command::new("git")
        .args(["show", &format!("{revision}:{path}")])
        .current_dir(root)
        .output()
        .context("running git")?;
    if !output.status.success() {
        return Ok(None);
    }
    Ok(Some(
        String::from_utf8(output.stdout).with_context(|| format!("{path} at {revision}"))?,
    ))
}
