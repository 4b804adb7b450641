//! The contract's trials (`openapi/trials/*.yaml`: every rule, check order and message of both
//! services, their successes and the Gropius lifecycle), each run by `clientreg_mock::check` (the
//! same runner as `clientreg-mock verify`) against the embedded mock: the answer the trial expects,
//! the document's schema for it, and, for a refusal, that nothing was stored. A trial that names
//! a known quirk of the real service runs a second time against the `upstream` profile, which
//! must answer as the quirk says. This file only runs the data.

use std::time::Duration;

use clientreg_mock::check::{self as verify, Settings, TargetCredentials, TrialOutcome, Verifier};
use clientreg_mock::{Profile, Service};
use libtest_mimic::Trial;

use super::{Ctx, trial};

/// The development credentials, for the placeholders of the trials.
fn settings(target: String) -> Settings {
    Settings {
        target,
        credentials: TargetCredentials {
            api_key: Some(clientreg_mock::DEV_API_KEY.into()),
            tenant: Some("t1".into()),
            admin_token: Some(clientreg_mock::DEV_ADMIN_TOKEN.into()),
            user_token: Some(clientreg_mock::DEV_USER_TOKEN.into()),
            known_user: Some(clientreg_mock::DEV_USER.into()),
            mock_admin_key: None,
        },
        services: Service::ALL.to_vec(),
        allow_writes: true,
        max_rps: 1000,
        timeout: Duration::from_secs(10),
        run_id: "conformance".into(),
        target_ca: None,
    }
}

async fn check(spec: verify::Trial, profile: Profile, ctx: Ctx) {
    let server = ctx.builder().profile(profile).start().await;
    let verifier = Verifier::new(settings(server.base_url())).unwrap();
    let result = verifier.run_trial(&spec, profile).await;
    assert_eq!(
        result.outcome,
        TrialOutcome::Pass,
        "{}/{}: {}",
        spec.service,
        spec.name,
        result.detail.unwrap_or_default()
    );
    let refused = !(200..300).contains(&spec.expected_status(profile));
    if refused && !spec.has_setup() {
        let stats = server.stats();
        assert_eq!(
            stats.autional.stored_clients + stats.gropius.stored_clients,
            0,
            "{}: a rejected request stored a client",
            spec.name
        );
    }
}

/// One trial per entry of the trials files, named `rule::<service>::<trial>`, and
/// `rule::<service>::<trial>::upstream` for the quirks.
pub fn trials() -> Vec<Trial> {
    let mut trials = Vec::new();
    for spec in verify::trials() {
        let name = format!("rule::{}::{}", spec.service, spec.name);
        if spec.quirk().is_some() {
            let upstream = spec.clone();
            trials.push(trial(format!("{name}::upstream"), move |ctx| {
                Box::pin(check(upstream, Profile::Upstream, ctx))
            }));
        }
        trials.push(trial(name, move |ctx| {
            Box::pin(check(spec, Profile::Contract, ctx))
        }));
    }
    trials
}
