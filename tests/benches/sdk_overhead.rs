//! The SDK's overhead over the same request built by hand with reqwest, against the same local
//! server answering a fixed Autional envelope (so the server's cost is the same for both).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use sdk::autional::{self, types::CreateClientRequest};
use serde_json::{Value, json};

const ANSWER: &str = r#"{"code":0,"data":{"id":"01KN9KDSG0M5DNTEDNQY8AX24H","client_id":"app-8c53b6c508b7716d52671658","client_secret":"secret_f9b29aa0b042b6bcd849e1499e825da45bb463261413875001bfdb4e8428122a","name":"My Application","redirect_uris":["https://app.example.com/callback"],"cors_origins":["https://app.example.com"],"grant_types":["authorization_code","refresh_token"],"scopes":["openid","profile","email"],"client_auth_methods":"[\"client_secret_basic\"]","is_confidential":true,"status":"active"},"message":"success","timestamp":"2026-04-03T12:00:00Z"}"#;

fn fixed_answer_server(runtime: &tokio::runtime::Runtime) -> String {
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let router = axum::Router::new().fallback(|| async {
            (
                axum::http::StatusCode::CREATED,
                [(axum::http::header::CONTENT_TYPE, "application/json")],
                ANSWER,
            )
        });
        tokio::spawn(mock_server::server::serve_router(
            listener,
            router,
            std::future::pending(),
        ));
        format!("http://{address}")
    })
}

fn create_client(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let base = fixed_answer_server(&runtime);
    let http = reqwest::Client::new();
    let sdk = autional::Client::with_http_client(&base, "dev-api-key", http.clone()).unwrap();
    let url = format!("{base}/internal/oauth/clients");

    let mut group = c.benchmark_group("create_client");
    group.bench_function("raw_reqwest", |b| {
        b.iter(|| {
            runtime.block_on(async {
                let answer = http
                    .post(&url)
                    .header("x-api-key", "dev-api-key")
                    .header("x-tenant-id", "tenant-42")
                    .json(&json!({"name": "My Application", "redirect_uris": ["https://app.example.com/callback"]}))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(answer.status(), 201);
                let envelope: Value = answer.json().await.unwrap();
                black_box(envelope["data"]["client_id"].as_str().map(str::len))
            })
        })
    });
    group.bench_function("sdk", |b| {
        b.iter(|| {
            runtime.block_on(async {
                let created = sdk
                    .create_client(
                        "tenant-42",
                        CreateClientRequest::builder()
                            .name("My Application")
                            .redirect_uris(vec!["https://app.example.com/callback".to_string()]),
                    )
                    .await
                    .unwrap();
                black_box(created.client_id.as_deref().map(str::len))
            })
        })
    });
    group.finish();
}

criterion_group!(benches, create_client);
criterion_main!(benches);
