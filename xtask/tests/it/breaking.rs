//! `cargo xtask breaking`: one fixture pair per rule (`fixtures/breaking/base.yaml` against the
//! file named after the rule), and what the comparison must report for it.

use std::path::Path;

use serde_json::Value;
use xtask::breaking::{AcceptedChanges, Change, RULES, Severity, compare_documents, rules_table};

fn load(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/breaking")
        .join(name);
    serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn changes(fixture: &str) -> Vec<Change> {
    compare_documents(
        "fixture.yaml",
        Some(&load("base.yaml")),
        Some(&load(&format!("{fixture}.yaml"))),
    )
}

/// The fixture reports this change at this location, and every change it reports that is not
/// safe is this one (a schema used in two places reports it at both).
fn assert_only(fixture: &str, severity: Severity, location: &str, change: &str) {
    let reported = changes(fixture);
    let notable: Vec<&Change> = reported
        .iter()
        .filter(|c| c.severity != Severity::Safe)
        .collect();
    assert!(
        notable.iter().any(|c| c.location == location)
            && notable
                .iter()
                .all(|c| c.severity == severity && c.change.contains(change)),
        "{fixture}: expected one {severity} change at {location} containing {change:?}, got:\n{}",
        reported
            .iter()
            .map(|c| format!("  {c}\n"))
            .collect::<String>()
    );
}

const CREATE: &str = "/paths/~1clients/post";
const INPUT: &str = "/paths/~1clients/post/requestBody/content/application~1json/schema";
const CLIENT: &str = "/paths/~1clients/post/responses/201/content/application~1json/schema";

#[test]
fn removed_path_is_breaking() {
    assert_only(
        "removed-path",
        Severity::Breaking,
        "/paths/~1clients",
        "path /clients removed",
    );
}

#[test]
fn removed_operation_is_breaking() {
    assert_only(
        "removed-operation",
        Severity::Breaking,
        "/paths/~1clients/get",
        "operation GET /clients removed",
    );
}

#[test]
fn removed_success_status_is_breaking() {
    assert_only(
        "removed-success-status",
        Severity::Breaking,
        &format!("{CREATE}/responses/201"),
        "success status 201 removed",
    );
}

#[test]
fn removed_response_media_type_is_breaking() {
    assert_only(
        "removed-media-type",
        Severity::Breaking,
        &format!("{CREATE}/responses/201/content/application~1json"),
        "response media type application/json removed",
    );
}

#[test]
fn new_required_request_property_is_breaking() {
    assert_only(
        "new-required-property",
        Severity::Breaking,
        &format!("{INPUT}/properties/owner"),
        "new required request property owner",
    );
}

#[test]
fn new_required_parameter_is_breaking() {
    assert_only(
        "new-required-parameter",
        Severity::Breaking,
        &format!("{CREATE}/parameters/1"),
        "new required query parameter region",
    );
}

#[test]
fn new_required_header_is_breaking() {
    assert_only(
        "new-required-header",
        Severity::Breaking,
        &format!("{CREATE}/parameters/1"),
        "new required header header x-request-id",
    );
}

#[test]
fn optional_property_made_required_is_breaking() {
    assert_only(
        "optional-property-made-required",
        Severity::Breaking,
        &format!("{INPUT}/properties/note"),
        "optional request property note made required",
    );
}

#[test]
fn optional_parameter_made_required_is_breaking() {
    assert_only(
        "optional-parameter-made-required",
        Severity::Breaking,
        &format!("{CREATE}/parameters/1"),
        "optional query parameter dry_run made required",
    );
}

#[test]
fn request_property_type_change_is_breaking() {
    assert_only(
        "request-property-type-changed",
        Severity::Breaking,
        &format!("{INPUT}/properties/count"),
        "type changed from integer to string",
    );
}

#[test]
fn response_property_format_change_is_breaking() {
    assert_only(
        "response-property-format-changed",
        Severity::Breaking,
        &format!("{CLIENT}/properties/id"),
        "format changed from uuid to ulid",
    );
}

#[test]
fn request_enum_value_removed_is_breaking() {
    assert_only(
        "request-enum-value-removed",
        Severity::Breaking,
        &format!("{INPUT}/properties/kind"),
        "enum value b removed",
    );
}

#[test]
fn response_enum_value_added_is_possibly_breaking() {
    // The same schema is also the list answer's items: both places report it.
    let reported = changes("response-enum-value-added");
    let added: Vec<&Change> = reported
        .iter()
        .filter(|c| c.change == "enum value deleted added")
        .collect();
    assert_eq!(added.len(), 2, "{reported:?}");
    assert!(
        added
            .iter()
            .all(|c| c.severity == Severity::PossiblyBreaking)
    );
    assert!(
        added
            .iter()
            .any(|c| c.location == format!("{CLIENT}/properties/status"))
    );
}

#[test]
fn request_max_length_lowered_is_breaking() {
    assert_only(
        "request-max-length-lowered",
        Severity::Breaking,
        &format!("{INPUT}/properties/name"),
        "maxLength lowered from 50 to 20",
    );
}

#[test]
fn request_maximum_lowered_is_breaking() {
    assert_only(
        "request-maximum-lowered",
        Severity::Breaking,
        &format!("{INPUT}/properties/count"),
        "maximum lowered from 10 to 5",
    );
}

#[test]
fn request_max_items_lowered_is_breaking() {
    assert_only(
        "request-max-items-lowered",
        Severity::Breaking,
        &format!("{INPUT}/properties/tags"),
        "maxItems lowered from 5 to 2",
    );
}

#[test]
fn request_min_length_raised_is_breaking() {
    assert_only(
        "request-min-length-raised",
        Severity::Breaking,
        &format!("{INPUT}/properties/name"),
        "minLength raised from 1 to 3",
    );
}

#[test]
fn request_minimum_raised_is_breaking() {
    assert_only(
        "request-minimum-raised",
        Severity::Breaking,
        &format!("{INPUT}/properties/count"),
        "minimum raised from 0 to 1",
    );
}

#[test]
fn request_min_items_added_is_breaking() {
    assert_only(
        "request-min-items-added",
        Severity::Breaking,
        &format!("{INPUT}/properties/tags"),
        "minItems 1 added",
    );
}

#[test]
fn request_pattern_added_is_breaking() {
    assert_only(
        "request-pattern-added",
        Severity::Breaking,
        &format!("{INPUT}/properties/name"),
        "pattern ^[a-z]+$ added",
    );
}

#[test]
fn response_property_removed_is_breaking() {
    let reported = changes("response-property-removed");
    assert!(
        reported.iter().any(|c| c.severity == Severity::Breaking
            && c.location == format!("{CLIENT}/properties/nickname")
            && c.change == "property nickname removed"),
        "{reported:?}"
    );
}

#[test]
fn response_property_made_optional_is_breaking() {
    let reported = changes("response-property-made-optional");
    assert!(
        reported.iter().any(|c| c.severity == Severity::Breaking
            && c.location == format!("{CLIENT}/properties/status")
            && c.change == "response property status made optional"),
        "{reported:?}"
    );
}

#[test]
fn response_property_made_nullable_is_breaking() {
    let reported = changes("response-property-made-nullable");
    assert!(
        reported.iter().any(|c| c.severity == Severity::Breaking
            && c.location == format!("{CLIENT}/properties/nickname")
            && c.change == "response value made nullable"),
        "{reported:?}"
    );
}

#[test]
fn security_requirement_added_is_breaking() {
    assert_only(
        "security-requirement-added",
        Severity::Breaking,
        "/paths/~1clients/get/security",
        "security requirement added",
    );
}

#[test]
fn security_scheme_changed_is_breaking() {
    assert_only(
        "security-scheme-changed",
        Severity::Breaking,
        "/components/securitySchemes/ApiKey",
        "security scheme ApiKey changed",
    );
}

#[test]
fn default_changed_is_breaking() {
    assert_only(
        "default-changed",
        Severity::Breaking,
        &format!("{INPUT}/properties/mode"),
        "default changed from fast to slow",
    );
}

#[test]
fn a_new_operation_is_safe() {
    let reported = changes("safe-new-operation");
    assert!(
        reported.iter().all(|c| c.severity == Severity::Safe),
        "{reported:?}"
    );
    assert!(reported.iter().any(|c| c.change == "path /health added"));
}

#[test]
fn a_new_optional_property_is_safe() {
    let reported = changes("safe-new-optional-property");
    assert_eq!(reported.len(), 1, "{reported:?}");
    assert_eq!(
        (reported[0].severity, reported[0].change.as_str()),
        (Severity::Safe, "new optional request property colour")
    );
}

#[test]
fn a_new_response_property_is_safe() {
    let reported = changes("safe-new-response-property");
    assert!(
        !reported.is_empty()
            && reported
                .iter()
                .all(|c| c.severity == Severity::Safe
                    && c.change == "new response property created_at"),
        "{reported:?}"
    );
}

#[test]
fn widening_a_request_is_safe() {
    let reported = changes("safe-request-widened");
    assert_eq!(reported.len(), 3, "{reported:?}");
    assert!(
        reported.iter().all(|c| c.severity == Severity::Safe),
        "{reported:?}"
    );
}

#[test]
fn moving_a_schema_inline_is_not_a_change() {
    assert_eq!(changes("ref-inlined"), Vec::<Change>::new());
}

#[test]
fn descriptions_are_not_compared() {
    assert_eq!(changes("description-only"), Vec::<Change>::new());
}

#[test]
fn identical_documents_have_no_change() {
    assert_eq!(changes("base"), Vec::<Change>::new());
}

#[test]
fn a_removed_document_is_breaking_and_a_new_one_safe() {
    let base = load("base.yaml");
    assert_eq!(
        compare_documents("d", Some(&base), None)[0].severity,
        Severity::Breaking
    );
    assert_eq!(
        compare_documents("d", None, Some(&base))[0].severity,
        Severity::Safe
    );
}

#[test]
fn an_accepted_change_is_marked_with_its_reason() {
    let mut reported = changes("request-max-length-lowered");
    let accepted: AcceptedChanges = serde_yaml::from_str(&format!(
        "accepted:\n  - document: fixture.yaml\n    location: {INPUT}/properties/name\n    change: maxLength lowered\n    reason: agreed with every consumer\n"
    ))
    .unwrap();
    accepted.apply(&mut reported);
    assert_eq!(
        reported[0].accepted.as_deref(),
        Some("agreed with every consumer")
    );
    let mut other = changes("request-maximum-lowered");
    accepted.apply(&mut other);
    assert_eq!(
        other[0].accepted, None,
        "another change is not accepted by it"
    );
}

#[test]
fn the_report_against_the_working_tree_runs() {
    // HEAD against the working tree: whatever it finds, it must read every document.
    let root = xtask::project_root();
    xtask::breaking::report(&root, "HEAD", &documents()).expect("the report runs against HEAD");
}

fn documents() -> Vec<&'static str> {
    xtask::SERVICES.iter().map(|s| s.spec).collect()
}

/// Only the services' documents are compared: removing another YAML file under `openapi/`
/// (the Spectral rules, say) is no contract change.
#[test]
fn removing_a_file_that_is_not_a_document_reports_nothing() {
    let scratch = tempfile::tempdir().unwrap();
    let root = scratch.path();
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git")
            .args([
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@t",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(args)
            .current_dir(root)
            .output()
            .unwrap();
        assert!(status.status.success(), "git {args:?}: {status:?}");
    };
    std::fs::create_dir(root.join("openapi")).unwrap();
    let project = xtask::project_root();
    for document in documents() {
        std::fs::copy(project.join(document), root.join(document)).unwrap();
    }
    std::fs::copy(
        project.join("openapi/.spectral.yaml"),
        root.join("openapi/.spectral.yaml"),
    )
    .unwrap();
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "base"]);
    std::fs::remove_file(root.join("openapi/.spectral.yaml")).unwrap();
    let changes = xtask::breaking::report(root, "HEAD", &documents()).unwrap();
    assert!(changes.is_empty(), "{changes:?}");
    // …while removing a document is breaking.
    std::fs::remove_file(root.join("openapi/mock-admin.yaml")).unwrap();
    let changes = xtask::breaking::report(root, "HEAD", &documents()).unwrap();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].severity, Severity::Breaking);
}

/// The fixture named after a rule reports a change classified as the rule says, and nothing
/// classified otherwise (but safe changes around it).
fn assert_rule(id: &str) {
    let rule = RULES
        .iter()
        .find(|rule| rule.id == id)
        .expect("a rule of this id");
    let reported = changes(id);
    let listing = || {
        reported
            .iter()
            .map(|c| format!("  {c}\n"))
            .collect::<String>()
    };
    let notable: Vec<&Change> = reported
        .iter()
        .filter(|c| c.severity != Severity::Safe)
        .collect();
    match rule.severity {
        Severity::Safe => assert!(
            notable.is_empty(),
            "{id}: expected only safe changes, got:\n{}",
            listing()
        ),
        severity => assert!(
            !notable.is_empty() && notable.iter().all(|c| c.severity == severity),
            "{id}: expected {severity} changes only, got:\n{}",
            listing()
        ),
    }
}

/// One test per rule, named after it, run on its fixture.
macro_rules! rule_tests {
    ($($rule:ident),* $(,)?) => {
        $(
            #[test]
            fn $rule() {
                assert_rule(&stringify!($rule).replace('_', "-"));
            }
        )*
        /// Every rule has its test above, and nothing else is here.
        const TESTED: &[&str] = &[$(stringify!($rule)),*];
    };
}

rule_tests!(
    removed_path,
    removed_operation,
    removed_success_status,
    removed_media_type,
    request_body_removed,
    new_required_property,
    new_required_parameter,
    new_required_header,
    optional_property_made_required,
    optional_parameter_made_required,
    request_property_type_changed,
    request_integer_widened_to_number,
    response_integer_widened_to_number,
    response_property_format_changed,
    request_enum_value_removed,
    response_enum_value_added,
    request_max_length_lowered,
    request_maximum_lowered,
    request_max_items_lowered,
    request_min_length_raised,
    request_minimum_raised,
    request_min_items_added,
    request_pattern_added,
    empty_pattern_added,
    response_max_length_raised,
    response_max_length_removed,
    response_minimum_lowered,
    response_min_items_lowered,
    response_property_removed,
    response_property_made_optional,
    response_property_made_nullable,
    response_made_nullable_openapi_3_1,
    response_required_header_removed,
    response_header_made_optional,
    response_optional_header_removed,
    request_any_of_branch_removed,
    request_any_of_branch_added,
    response_one_of_branch_added,
    response_one_of_branch_removed,
    security_requirement_added,
    security_requirement_removed,
    security_scheme_changed,
    default_changed,
    safe_new_operation,
    safe_new_optional_property,
    safe_new_response_property,
    safe_request_widened,
    not_compared_keyword_changed,
    not_compared_webhooks_added,
);

#[test]
fn every_rule_has_a_fixture_a_test_and_every_fixture_a_rule() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/breaking");
    let fixtures: std::collections::BTreeSet<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            entry
                .unwrap()
                .file_name()
                .to_string_lossy()
                .replace(".yaml", "")
        })
        .filter(|name| name != "base" && name != "description-only" && name != "ref-inlined")
        .collect();
    let rules: std::collections::BTreeSet<String> =
        RULES.iter().map(|rule| rule.id.to_string()).collect();
    assert_eq!(fixtures, rules, "fixtures and rules differ");
    let tested: std::collections::BTreeSet<String> =
        TESTED.iter().map(|t| t.replace('_', "-")).collect();
    assert_eq!(tested, rules, "a rule without its test");
}

/// The README's table of rules is the one the code makes; a stale one is rewritten, and the
/// test fails so that the change is committed.
#[test]
fn the_readme_lists_every_rule() {
    let path = xtask::project_root().join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let (start, end) = (
        "<!-- breaking-rules:start -->\n",
        "<!-- breaking-rules:end -->",
    );
    let from = readme
        .find(start)
        .expect("the README marks the rules table")
        + start.len();
    let to = readme
        .find(end)
        .expect("the README marks the rules table's end");
    let table = rules_table();
    if readme[from..to] != table {
        let fresh = format!("{}{table}{}", &readme[..from], &readme[to..]);
        std::fs::write(&path, fresh).unwrap();
        panic!(
            "README.md's table of breaking-change rules was stale; it has been rewritten: commit it"
        );
    }
}
