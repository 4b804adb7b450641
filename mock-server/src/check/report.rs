//! A run's results as text (a line per trial, then a summary), JSON (for bots) or JUnit XML (for
//! CI systems).

use serde::Serialize;

use super::outcome::{TrialOutcome, TrialResult};
use super::redact::display_url;

/// How many trials ended each way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub(crate) struct Summary {
    /// Trials whose answer was what the contract says.
    pub passed: usize,
    /// Trials whose answer was not.
    pub failed: usize,
    /// Trials not run.
    pub skipped: usize,
}

impl Summary {
    /// Counts `results`.
    pub fn of(results: &[TrialResult]) -> Self {
        let count = |outcome| results.iter().filter(|r| r.outcome == outcome).count();
        Self {
            passed: count(TrialOutcome::Pass),
            failed: count(TrialOutcome::Fail),
            skipped: count(TrialOutcome::Skipped),
        }
    }
}

/// A finished run, printed as text, JSON or JUnit XML.
///
/// ```
/// use clientreg_mock::check::{Report, TrialOutcome, TrialResult};
///
/// let report = Report {
///     command: "verify",
///     run_id: "r1".into(),
///     target: "https://user:pw@auth.example.com".into(),
///     results: vec![TrialResult {
///         service: "gropius".into(),
///         name: "list".into(),
///         outcome: TrialOutcome::Pass,
///         detail: None,
///     }],
///     cleanup: Vec::new(),
/// };
/// assert_eq!(report.failed(), 0);
/// assert!(report.text().starts_with("verify https://auth.example.com"), "no userinfo");
/// assert!(report.junit().contains("<testsuite name=\"gropius\""));
/// ```
#[derive(Debug, Clone)]
pub struct Report {
    /// The command that ran (`verify`, `replay`), for the text report's first line.
    pub command: &'static str,
    /// The run's id (what it created is named `contract-verify <run id>`).
    pub run_id: String,
    /// The target (printed without the userinfo of its URL).
    pub target: String,
    /// One result per trial, in order.
    pub results: Vec<TrialResult>,
    /// What the cleanup did, and what it could not undo.
    pub cleanup: Vec<String>,
}

impl Report {
    /// How many trials failed.
    pub fn failed(&self) -> usize {
        self.summary().failed
    }

    /// The counts.
    pub(crate) fn summary(&self) -> Summary {
        Summary::of(&self.results)
    }

    /// A line per trial (`pass`, `fail … expected … got …`, `skipped … why`), the cleanup's
    /// notes, then the summary.
    pub fn text(&self) -> String {
        let mut out = format!(
            "{} {} (run {})\n",
            self.command,
            display_url(&self.target),
            self.run_id
        );
        for result in &self.results {
            let label = match result.outcome {
                TrialOutcome::Pass => "pass   ",
                TrialOutcome::Fail => "fail   ",
                TrialOutcome::Skipped => "skipped",
            };
            out.push_str(&format!("{label} {}/{}", result.service, result.name));
            if let Some(detail) = &result.detail {
                out.push_str(&format!(": {detail}"));
            }
            out.push('\n');
        }
        for note in &self.cleanup {
            out.push_str(&format!("cleanup: {note}\n"));
        }
        let summary = self.summary();
        out.push_str(&format!(
            "{} passed, {} failed, {} skipped\n",
            summary.passed, summary.failed, summary.skipped
        ));
        out
    }

    /// `{"run_id", "target", "summary": {passed, failed, skipped}, "trials": [{service, name,
    /// outcome, detail?}], "cleanup": [...]}`.
    pub fn json(&self) -> serde_json::Value {
        let trials: Vec<serde_json::Value> = self
            .results
            .iter()
            .map(|r| {
                let mut trial = serde_json::json!({
                    "service": r.service,
                    "name": r.name,
                    "outcome": r.outcome.as_str(),
                });
                if let Some(detail) = &r.detail {
                    trial["detail"] = detail.clone().into();
                }
                trial
            })
            .collect();
        serde_json::json!({
            "run_id": self.run_id,
            "target": display_url(&self.target),
            "summary": self.summary(),
            "trials": trials,
            "cleanup": self.cleanup,
        })
    }

    /// JUnit XML: a test suite per service, a test case per trial.
    pub fn junit(&self) -> String {
        use quick_junit::{NonSuccessKind, TestCase, TestCaseStatus, TestSuite};
        let mut report = quick_junit::Report::new(format!("contract-verify {}", self.run_id));
        let mut services: Vec<&str> = self.results.iter().map(|r| r.service.as_str()).collect();
        services.dedup();
        for service in services {
            let mut suite = TestSuite::new(xml_text(service));
            for result in self.results.iter().filter(|r| r.service == service) {
                let status = match result.outcome {
                    TrialOutcome::Pass => TestCaseStatus::success(),
                    TrialOutcome::Fail => {
                        let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
                        if let Some(detail) = &result.detail {
                            status.set_message(xml_text(detail));
                        }
                        status
                    }
                    TrialOutcome::Skipped => {
                        let mut status = TestCaseStatus::skipped();
                        if let Some(detail) = &result.detail {
                            status.set_message(xml_text(detail));
                        }
                        status
                    }
                };
                let mut case = TestCase::new(xml_text(&result.name), status);
                case.set_classname(xml_text(&format!("{service}.{}", result.name)));
                suite.add_test_case(case);
            }
            report.add_test_suite(suite);
        }
        report
            .to_string()
            .unwrap_or_else(|e| format!("<!-- the JUnit report could not be written: {e} -->\n"))
    }
}

/// `text` with every character XML 1.0 cannot hold (controls but tab, line feed and carriage
/// return; surrogates; U+FFFE, U+FFFF) as U+FFFD, so that the report parses whatever a target
/// answered. The escaping of what XML can hold is quick-junit's.
fn xml_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t'
            | '\n'
            | '\r'
            | '\u{20}'..='\u{D7FF}'
            | '\u{E000}'..='\u{FFFD}'
            | '\u{10000}'.. => c,
            _ => char::REPLACEMENT_CHARACTER,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junit_holds_only_characters_xml_1_0_allows() {
        let hostile = "a\u{FFFE}b\u{FFFF}c\u{1}d\u{1B}e\u{0}f \u{10FFFF} <&\"'>";
        let report = Report {
            command: "replay",
            run_id: "r".into(),
            target: "http://127.0.0.1:1".into(),
            results: vec![TrialResult {
                service: format!("gropius{hostile}"),
                name: format!("#1 GET /x{hostile}"),
                outcome: TrialOutcome::Fail,
                detail: Some(hostile.into()),
            }],
            cleanup: Vec::new(),
        };
        let xml = report.junit();
        for forbidden in ['\u{FFFE}', '\u{FFFF}', '\u{1}', '\u{1B}', '\u{0}'] {
            assert!(!xml.contains(forbidden), "{forbidden:?} in {xml}");
        }
        assert!(xml.contains("a\u{FFFD}b\u{FFFD}c\u{FFFD}d"), "{xml}");
        assert!(xml.contains('\u{10FFFF}'), "{xml}");
    }
}
