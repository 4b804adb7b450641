//! After 100,000 requests the journal holds its configured size and the process's resident
//! memory is flat. Its own test binary, so no other test allocates beside it.
//!
//! Measured with the resident set size from `/proc/self/statm` (Linux), read after the journal
//! is full (10,000 requests) and again after 100,000: the growth must stay under 1 MiB, where
//! keeping every request (as wiremock-rs does) would take tens of MiB.

use bytes::Bytes;
use clientreg_mock::adapter::MockRequest;
use clientreg_mock::config::MockConfig;
use clientreg_mock::{JournalQuery, Mock};
use http::{HeaderMap, HeaderValue, Method};

fn resident_bytes() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").expect("Linux /proc");
    let pages: usize = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
    pages * 4096
}

#[test]
#[cfg(target_os = "linux")]
fn journal_memory_stays_flat_over_100_000_requests() {
    let mock = Mock::new(&MockConfig::default()).unwrap();
    let mut headers = HeaderMap::new();
    headers.insert("x-tenant-id", HeaderValue::from_static("tenant-1"));
    headers.insert("content-type", HeaderValue::from_static("application/json"));
    // A rejected create (no API key): journaled like any other, stores no client.
    let body = Bytes::from(
        r#"{"name":"My Application","redirect_uris":["https://app.example.com/callback"]}"#,
    );
    let request = MockRequest::new(Method::POST, "/internal/oauth/clients", headers, body);
    let serve = |n: usize| {
        for _ in 0..n {
            mock.serve(&request);
        }
    };

    serve(10_000);
    let full = resident_bytes();
    serve(90_000);
    let after = resident_bytes();

    let page = mock.journal(&JournalQuery::default());
    assert_eq!(
        page.entries.len(),
        1000,
        "the journal holds its configured size"
    );
    assert_eq!(page.total, 100_000, "and counts every request");
    let growth = after.saturating_sub(full);
    println!(
        "resident: {full} bytes with the journal full, {after} after 100,000 requests (+{growth})"
    );
    assert!(
        growth < 1024 * 1024,
        "resident memory grew by {growth} bytes"
    );
}
