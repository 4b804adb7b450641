//! The plain request and response the contract logic works on: no async, no server.
//!
//! Any HTTP stack can drive the core by building a [`MockRequest`] and writing out the
//! [`MockResponse`] of the [`Reply`] (the hyper server behind [`crate::MockServer`] and the
//! wiremock responder are two such adapters).

use std::time::{Duration, Instant};

use bytes::Bytes;
use http::header::{CONTENT_TYPE, HeaderName, HeaderValue};
use http::{HeaderMap, Method, StatusCode};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::clock::Clock;

/// One request as the core sees it.
#[derive(Debug, Clone)]
pub struct MockRequest {
    /// The HTTP method.
    pub method: Method,
    /// The path, without the query string.
    pub path: String,
    /// The query string, without the `?`, if any.
    pub query: Option<String>,
    /// The request headers.
    pub headers: HeaderMap,
    /// The body, or why the adapter has none ([`Body::TooLarge`], [`Body::Unreadable`]).
    pub body: Body,
    /// When the adapter began to read the request: the journal's latency counts from here.
    pub received: Instant,
}

/// A request body as the adapter read it.
#[derive(Debug, Clone)]
pub enum Body {
    /// The whole body.
    Complete(Bytes),
    /// The body was longer than the configured limit; the adapter did not read it all.
    TooLarge,
    /// The body could not be read: its framing was broken (a bad chunk size, a body shorter
    /// than its `Content-Length`, the connection closed midway). Says what happened.
    Unreadable(String),
}

impl MockRequest {
    /// A request with the given method, path (which may carry a `?query`), headers and body,
    /// received now.
    pub fn new(method: Method, path_and_query: &str, headers: HeaderMap, body: Bytes) -> Self {
        let (path, query) = match path_and_query.split_once('?') {
            Some((path, query)) => (path.to_string(), Some(query.to_string())),
            None => (path_and_query.to_string(), None),
        };
        Self {
            method,
            path,
            query,
            headers,
            body: Body::Complete(body),
            received: Instant::now(),
        }
    }

    /// Whether the `Content-Type` is `application/json` (parameters such as `charset` allowed).
    pub(crate) fn has_json_content_type(&self) -> bool {
        self.has_content_type("application/json")
    }

    /// Whether the body is a form (`application/x-www-form-urlencoded`).
    pub(crate) fn has_form_content_type(&self) -> bool {
        self.has_content_type("application/x-www-form-urlencoded")
    }

    fn has_content_type(&self, media_type: &str) -> bool {
        // By the typed name: a `&str` name is parsed again on every lookup.
        self.headers
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.split(';').next())
            .is_some_and(|media| media.trim().eq_ignore_ascii_case(media_type))
    }
}

/// What an adapter does with one request: wait, then answer or close the connection.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    /// Wait this long first (an injected delay).
    pub delay: Option<Duration>,
    /// Then this.
    pub outcome: Outcome,
}

/// The end of a [`Reply`].
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Send this answer.
    Respond(MockResponse),
    /// Close the connection without answering.
    DropConnection,
}

impl Reply {
    /// The answer to send, unless the connection is to be closed.
    pub fn response(&self) -> Option<&MockResponse> {
        match &self.outcome {
            Outcome::Respond(response) => Some(response),
            Outcome::DropConnection => None,
        }
    }
}

/// One response as the core produces it.
#[derive(Debug, Clone, PartialEq)]
pub struct MockResponse {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The body.
    pub body: Bytes,
    /// Where the real service is known to answer this request otherwise (the `contract`
    /// profile only): the journal records it and the answer carries `x-mock-divergence`.
    pub divergence: Option<Box<Divergence>>,
}

/// What the real service would answer instead of the mock, and why: a known quirk of it that
/// the request met (`docs/upstream.md`). A test that passes against the mock with one of these
/// recorded would not pass against the real service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Divergence {
    /// The quirk's name (`scope-not-backend`, `missing-valid-scopes`, ...).
    pub quirk: String,
    /// The status the real service answers.
    pub upstream_status: u16,
    /// The message it answers with.
    pub upstream_message: String,
    /// Why, in a sentence.
    pub reason: String,
}

impl MockResponse {
    /// A JSON response.
    pub(crate) fn json(status: StatusCode, body: &(impl Serialize + ?Sized)) -> Self {
        // Room for a typical created client from the start, rather than four reallocations.
        let mut bytes = Vec::with_capacity(1024);
        serde_json::to_writer(&mut bytes, body).expect("the mock's own types always serialize");
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        Self {
            status,
            headers,
            body: bytes.into(),
            divergence: None,
        }
    }

    /// A response with no body.
    pub(crate) fn empty(status: StatusCode) -> Self {
        Self {
            status,
            headers: HeaderMap::new(),
            body: Bytes::new(),
            divergence: None,
        }
    }

    /// Adds a header.
    pub(crate) fn with_header(mut self, name: HeaderName, value: &'static str) -> Self {
        self.headers.insert(name, HeaderValue::from_static(value));
        self
    }
}

/// The header an answer carries when the real service is known to answer otherwise (the
/// `contract` profile): `<quirk>; upstream <status> "<message>"`. The mock writes it; replay
/// reads it.
pub(crate) const DIVERGENCE_HEADER: HeaderName = HeaderName::from_static("x-mock-divergence");

/// An error answer: its status, its body in its API's shape, and a header that goes with it.
/// Every error answer (the services', the admin API's, the edge's and the proxy's) is built by
/// [`ErrorBody::response`], so an error body has one shape per API and one way to be made.
pub(crate) trait ErrorBody {
    /// The body's wire type.
    type Body: Serialize;
    /// The HTTP status.
    fn status(&self) -> StatusCode;
    /// The body, for an answer made now by `clock` (Autional's carries the time).
    fn body(&self, clock: &Clock) -> Self::Body;
    /// A header the answer carries besides the body's own.
    fn header(&self) -> Option<(HeaderName, &'static str)> {
        None
    }
    /// The answer.
    fn response(&self, clock: &Clock) -> MockResponse {
        let response = MockResponse::json(self.status(), &self.body(clock));
        match self.header() {
            Some((name, value)) => response.with_header(name, value),
            None => response,
        }
    }
}
