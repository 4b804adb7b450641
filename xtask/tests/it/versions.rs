//! `cargo xtask breaking`'s version check: a break of the contract or of a crate's API listing
//! must move the crate's version past the base's compatible range.

use std::path::Path;

use xtask::versions::{moved_past_compatible, verdicts};

#[test]
fn for_0_x_only_the_minor_number_or_more_moves_past_compatible() {
    for (base, head, moved) in [
        ("0.1.0", "0.1.0", false),
        ("0.1.0", "0.1.7", false),
        ("0.1.3", "0.2.0", true),
        ("0.1.3", "1.0.0", true),
        ("0.2.0", "0.1.9", false),
        ("1.2.0", "1.9.0", false),
        ("1.2.0", "2.0.0", true),
        ("0.1.0", "not a version", false),
    ] {
        assert_eq!(moved_past_compatible(base, head), moved, "{base} -> {head}");
    }
}

/// A scratch repository holding the three published crates' manifests and listings, committed
/// as the base; returns its folder.
fn scratch(version: &str) -> tempfile::TempDir {
    let scratch = tempfile::tempdir().unwrap();
    for krate in xtask::api::PUBLISHED {
        write_crate(scratch.path(), &krate, version, "pub fn a\npub fn b\n");
    }
    git(scratch.path(), &["init", "-q"]);
    git(scratch.path(), &["add", "."]);
    git(scratch.path(), &["commit", "-q", "-m", "base"]);
    scratch
}

fn write_crate(root: &Path, krate: &xtask::api::Published, version: &str, listing: &str) {
    std::fs::create_dir_all(root.join(krate.folder)).unwrap();
    std::fs::write(
        root.join(krate.folder).join("Cargo.toml"),
        format!(
            "[package]\nname = \"{}\"\nversion = \"{version}\"\nedition.workspace = true\n",
            krate.name
        ),
    )
    .unwrap();
    std::fs::write(root.join(xtask::api::listing_path(krate)), listing).unwrap();
}

fn git(root: &Path, args: &[&str]) {
    let output = std::process::Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@t"])
        .args(["-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(root)
        .output()
        .unwrap();
    assert!(output.status.success(), "git {args:?}: {output:?}");
}

#[test]
fn an_api_line_removed_needs_that_crate_and_only_that_crate_to_move() {
    let scratch = scratch("0.1.0");
    let sdk = xtask::api::PUBLISHED[1];
    // `b` changed (a line removed, one added) and `c` added.
    write_crate(
        scratch.path(),
        &sdk,
        "0.1.0",
        "pub fn a\npub fn b(u8)\npub fn c\n",
    );
    let found = verdicts(scratch.path(), "HEAD", 0).unwrap();
    let silent: Vec<_> = found.iter().filter(|v| !v.says_so()).collect();
    assert_eq!(silent.len(), 1, "{found:?}");
    assert_eq!(silent[0].name, "clientreg-sdk");
    assert_eq!(silent[0].api_breaks, vec!["pub fn b".to_string()]);
    assert!(silent[0].to_string().contains("must move past 0.1.0"));

    write_crate(
        scratch.path(),
        &sdk,
        "0.2.0",
        "pub fn a\npub fn b(u8)\npub fn c\n",
    );
    let found = verdicts(scratch.path(), "HEAD", 0).unwrap();
    assert!(found.iter().all(|v| v.says_so()), "{found:?}");
}

#[test]
fn an_added_line_is_no_break() {
    let scratch = scratch("0.1.0");
    let mock = xtask::api::PUBLISHED[2];
    write_crate(
        scratch.path(),
        &mock,
        "0.1.0",
        "pub fn a\npub fn b\npub fn c\n",
    );
    let found = verdicts(scratch.path(), "HEAD", 0).unwrap();
    assert!(found.iter().all(|v| !v.broke() && v.says_so()), "{found:?}");
}

#[test]
fn a_contract_break_needs_every_crate_to_move() {
    let scratch = scratch("0.3.1");
    let found = verdicts(scratch.path(), "HEAD", 2).unwrap();
    assert_eq!(
        found.iter().filter(|v| !v.says_so()).count(),
        3,
        "{found:?}"
    );
    for krate in xtask::api::PUBLISHED {
        write_crate(scratch.path(), &krate, "0.4.0", "pub fn a\npub fn b\n");
    }
    let found = verdicts(scratch.path(), "HEAD", 2).unwrap();
    assert!(found.iter().all(|v| v.says_so()), "{found:?}");
}

#[test]
fn a_crate_the_base_does_not_have_by_that_name_is_new() {
    let scratch = scratch("0.1.0");
    let sdk = xtask::api::PUBLISHED[1];
    std::fs::write(
        scratch.path().join("sdk/Cargo.toml"),
        "[package]\nname = \"sdk\"\nversion = \"0.1.0\"\n",
    )
    .unwrap();
    git(
        scratch.path(),
        &["commit", "-q", "-am", "the crate's old name"],
    );
    write_crate(scratch.path(), &sdk, "0.1.0", "");
    let found = verdicts(scratch.path(), "HEAD", 5).unwrap();
    let sdk = found.iter().find(|v| v.name == "clientreg-sdk").unwrap();
    assert_eq!(sdk.base, None);
    assert!(sdk.says_so());
}
