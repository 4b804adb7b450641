//! The contract's own checks, run by `cargo test`: generated code fresh, examples valid, and
//! proof (on throw-away copies) that each check fails when it should.

use std::path::Path;

use xtask::{SERVICES, codegen, examples, project_root};

/// `cargo test` alone catches a stale SDK: this is `cargo xtask check`'s freshness half.
#[test]
fn checked_in_sdk_matches_the_contract() {
    if let Err(error) = codegen::check_fresh(&project_root(), SERVICES) {
        panic!("{error:#}");
    }
}

#[test]
fn every_example_validates_against_its_schema() {
    if let Err(error) = examples::check_examples(&project_root(), SERVICES) {
        panic!("{error:#}");
    }
}

/// A copy of `openapi/` and `sdk/src/generated/` in a temporary folder, so a test can break it.
fn scratch_copy() -> tempfile::TempDir {
    let scratch = tempfile::tempdir().unwrap();
    let root = project_root();
    for service in SERVICES {
        for file in [service.spec, service.generated] {
            let to = scratch.path().join(file);
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(root.join(file), to).unwrap();
        }
    }
    scratch
}

fn edit(root: &Path, file: &str, change: impl FnOnce(String) -> String) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let changed = change(text.clone());
    assert_ne!(changed, text, "the edit to {file} changed nothing");
    std::fs::write(path, changed).unwrap();
}

#[test]
fn a_contract_change_without_regeneration_fails_the_check_with_a_diff() {
    let scratch = scratch_copy();
    edit(scratch.path(), "openapi/autional.yaml", |yaml| {
        yaml.replace(
            "description: The client's home page, as given.",
            "description: The client's home page, as registered.",
        )
    });
    let error = codegen::check_fresh(scratch.path(), SERVICES)
        .expect_err("a stale generated file must fail the check");
    let report = format!("{error:#}");
    assert!(
        report.contains("sdk/src/generated/autional.rs is stale"),
        "{report}"
    );
    assert!(
        report.contains("+        ///The client's home page, as registered."),
        "{report}"
    );
    assert!(!report.contains("gropius_login.rs is stale"), "{report}");

    codegen::generate(scratch.path(), SERVICES).unwrap();
    codegen::check_fresh(scratch.path(), SERVICES).expect("fresh after regeneration");
}

#[test]
fn a_hand_edit_to_generated_code_fails_the_check() {
    let scratch = scratch_copy();
    edit(
        scratch.path(),
        "sdk/src/generated/gropius_login.rs",
        |code| code.replacen("pub name:", "pub display_name:", 1),
    );
    let error = codegen::check_fresh(scratch.path(), SERVICES).unwrap_err();
    let report = format!("{error:#}");
    assert!(
        report.contains("sdk/src/generated/gropius_login.rs is stale"),
        "{report}"
    );
    assert!(report.contains("-        pub display_name:"), "{report}");
}

#[test]
fn an_example_that_breaks_its_schema_fails_the_check() {
    let scratch = scratch_copy();
    edit(scratch.path(), "openapi/gropius-login.yaml", |yaml| {
        yaml.replacen("            - backend\n", "            - frontend\n", 1)
    });
    let error = examples::check_examples(scratch.path(), SERVICES).unwrap_err();
    let report = format!("{error:#}");
    assert!(report.contains("openapi/gropius-login.yaml"), "{report}");
    assert!(report.contains("\"frontend\""), "{report}");
}

#[test]
fn a_response_example_with_a_wrong_type_fails_the_check() {
    let scratch = scratch_copy();
    edit(scratch.path(), "openapi/autional.yaml", |yaml| {
        yaml.replacen("code: 40000003", "code: 'forty'", 1)
    });
    let report = format!(
        "{:#}",
        examples::check_examples(scratch.path(), SERVICES).unwrap_err()
    );
    assert!(
        report.contains("/responses/400/content/application~1json/examples/missing_tenant/value"),
        "{report}"
    );
}

#[test]
fn a_document_that_does_not_parse_fails_the_check() {
    let scratch = scratch_copy();
    edit(scratch.path(), "openapi/autional.yaml", |yaml| {
        yaml.replacen("paths:", "paths: [", 1)
    });
    let report = format!(
        "{:#}",
        examples::check_examples(scratch.path(), SERVICES).unwrap_err()
    );
    assert!(report.contains("openapi/autional.yaml"), "{report}");
}

#[test]
fn error_responses_with_different_schemas_are_named_not_a_crash() {
    let scratch = scratch_copy();
    edit(scratch.path(), "openapi/gropius-login.yaml", |yaml| {
        yaml.replacen(
            "                $ref: '#/components/schemas/HttpError'\n              example:\n                statusCode: 403",
            "                type: string\n              example:\n                statusCode: 403",
            1,
        )
    });
    let report = format!(
        "{:#}",
        codegen::generate_module(scratch.path(), &SERVICES[1]).unwrap_err()
    );
    assert!(
        report.contains("progenitor panicked on openapi/gropius-login.yaml"),
        "{report}"
    );
}

#[test]
fn the_real_gropius_service_is_deployed_away_from_the_mock_s_default_endpoint() {
    let corpus =
        std::fs::read_to_string(xtask::project_root().join(xtask::gropius::corpus::CORPUS))
            .unwrap();
    let deployed_at = xtask::gropius::corpus::deployed_at(&corpus).unwrap();
    assert_ne!(
        deployed_at,
        clientreg_mock::config::MockConfig::default().gropius_endpoint
    );
}
