//! The page at `/__mock/` in a real browser: headless Chromium driven over WebDriver (Debian's
//! `chromium` and `chromium-driver`, which `.ci/run-page` installs and runs this with). Requests
//! appear without a reload, filter, open an entry, add a fault through the form and see the next
//! request fail, reset; then the journal full (1,000 entries, bodies at the 4 KiB cut) without
//! freezing the page. A screenshot of each state goes to `target/page-screenshots/`.

use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use clientreg_mock::MockServer;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// chromedriver, in a process group of its own with the browsers it starts: all of them are
/// killed when the test ends, a failed one too (its session is then never closed).
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        // SAFETY: a signal to the process group this test made (the child's pid is its id).
        unsafe { libc::kill(-(self.0.id() as libc::pid_t), libc::SIGKILL) };
        let _ = self.0.wait();
    }
}

/// chromedriver on a free port of 127.0.0.1, and a headless Chromium session through it.
async fn browser() -> (Driver, Client) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let driver = Driver(
        Command::new("chromedriver")
            .args([format!("--port={port}"), "--allowed-ips=127.0.0.1".into()])
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver (Debian's chromium-driver) is installed"),
    );
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".into(),
        json!({"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1100,1400"]}),
    );
    let started = Instant::now();
    loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(capabilities.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => return (driver, client),
            Err(e) if started.elapsed() > Duration::from_secs(20) => {
                panic!("no WebDriver session: {e}")
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

/// Evaluates `expression` in the page until it is `true` (or panics after 10 s).
async fn until(client: &Client, what: &str, expression: &str) {
    let started = Instant::now();
    loop {
        let value = client
            .execute(&format!("return Boolean({expression});"), vec![])
            .await
            .unwrap();
        if value == Value::Bool(true) {
            return;
        }
        if started.elapsed() > Duration::from_secs(10) {
            let state = client
                .execute(
                    "return [document.querySelector('#f-service').value, document.querySelectorAll('#journal > li').length, document.querySelector('#shown').textContent, document.querySelector('#live').textContent];",
                    vec![],
                )
                .await
                .unwrap();
            panic!("never: {what} (the page: {state})");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn shot(client: &Client, name: &str) {
    let dir = xtask_target().join("page-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join(format!("{name}.png")),
        client.screenshot().await.unwrap(),
    )
    .unwrap();
}

fn xtask_target() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target")
}

/// The admin key of the server the browser test drives.
const PAGE_KEY: &str = "page-admin-key-0123";

async fn create(http: &reqwest::Client, base: &str, key: &str) -> u16 {
    http.post(format!("{base}/internal/oauth/clients"))
        .header("x-api-key", key)
        .header("x-tenant-id", "tenant-page")
        .json(
            &json!({"name": "From the page test", "redirect_uris": ["https://app.example.com/cb"]}),
        )
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs chromium and chromedriver: .ci/run-page installs them and runs it"]
async fn the_page_shows_the_journal_live_filters_opens_faults_and_resets() {
    // The admin API guarded by a key: the browser gives it as HTTP basic's password (here in
    // the URL, as a person would in its prompt) and sends it with the page's own requests.
    let server = MockServer::builder().admin_key(PAGE_KEY).start().await;
    let base = server.base_url();
    let (_driver, client) = browser().await;
    let with_key = base.replacen("http://", &format!("http://page:{PAGE_KEY}@"), 1);
    client.goto(&format!("{with_key}/__mock/")).await.unwrap();
    until(
        &client,
        "the page loaded",
        "document.querySelector('#journal') !== null",
    )
    .await;
    shot(&client, "1-empty").await;

    let http = reqwest::Client::new();
    assert_eq!(create(&http, &base, "dev-api-key").await, 201);
    assert_eq!(create(&http, &base, "not-the-key").await, 401);
    let listed = http
        .get(format!("{base}/auth/api/login/client"))
        .bearer_auth("dev-admin-token")
        .send()
        .await
        .unwrap();
    assert_eq!(listed.status(), 200);
    until(
        &client,
        "three entries, without a reload",
        "document.querySelectorAll('#journal > li').length === 3",
    )
    .await;
    shot(&client, "2-three-requests").await;

    // Filter: Gropius only.
    client
        .find(Locator::Css("#f-service"))
        .await
        .unwrap()
        .select_by_value("gropius")
        .await
        .unwrap();
    until(
        &client,
        "one Gropius entry",
        "document.querySelectorAll('#journal > li').length === 1",
    )
    .await;
    shot(&client, "3-filtered").await;

    // Open it: its headers, the credential redacted.
    client
        .find(Locator::Css("#journal summary"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    until(
        &client,
        "the entry opened",
        "document.querySelector('#journal pre.headers') !== null",
    )
    .await;
    let headers = client
        .find(Locator::Css("#journal pre.headers"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(headers.contains("authorization: <redacted>"), "{headers}");
    let page = client.source().await.unwrap();
    assert!(
        !page.contains("dev-admin-token") && !page.contains("dev-api-key"),
        "a credential shown"
    );
    assert!(!page.contains(PAGE_KEY), "the admin key shown");
    shot(&client, "4-entry-open").await;
    client
        .find(Locator::Css("#f-service"))
        .await
        .unwrap()
        .select_by_value("")
        .await
        .unwrap();

    // A fault through the form: the next create fails with it.
    client
        .find(Locator::Css("#fault-form button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    until(
        &client,
        "the fault listed",
        "document.querySelectorAll('#faults > li').length === 1",
    )
    .await;
    shot(&client, "5-fault-added").await;
    assert_eq!(create(&http, &base, "dev-api-key").await, 503);
    assert_eq!(create(&http, &base, "dev-api-key").await, 201);
    until(
        &client,
        "five entries",
        "document.querySelectorAll('#journal > li').length === 5",
    )
    .await;
    shot(&client, "6-fault-answered").await;

    // Reset: the journal empties.
    client
        .find(Locator::Css("#reset"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    until(
        &client,
        "an empty journal",
        "document.querySelectorAll('#journal > li').length === 0",
    )
    .await;
    assert_eq!(server.journal(&Default::default()).total, 0);
    shot(&client, "7-reset").await;

    // Stored clients as a table: a flag whose name mentions a secret is shown as it is; the
    // secret made for the client is nowhere on the page.
    let created: serde_json::Value = http
        .post(format!("{base}/auth/api/login/client"))
        .bearer_auth("dev-admin-token")
        .json(&json!({"name": "Table client", "redirectUrls": [], "validScopes": ["backend"], "requiresSecret": true}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = created["id"].as_str().unwrap();
    let secret: serde_json::Value = http
        .post(format!("{base}/auth/api/login/client/{id}/client-secret"))
        .bearer_auth("dev-admin-token")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let secret_text = secret["secretText"].as_str().unwrap().to_string();
    let censored = secret["censored"].as_str().unwrap().to_string();
    until(
        &client,
        "the client in the table",
        "[...document.querySelectorAll('#clients table.clients td')].some((td) => td.textContent === 'Table client')",
    )
    .await;
    let row = client
        .execute(
            "return [...document.querySelectorAll('#clients table.clients tr')].find((tr) => tr.textContent.includes('Table client')).innerText",
            vec![],
        )
        .await
        .unwrap();
    let row = row.as_str().unwrap().to_string();
    assert!(row.contains("true") && row.contains(&censored), "{row}");
    assert!(!row.contains("<redacted>"), "{row}");
    let page = client.source().await.unwrap();
    assert!(!page.contains(&secret_text), "the secret shown");
    shot(&client, "4b-clients-table").await;

    // The journal full: 1,000 entries, each body cut at 4 KiB. The page keeps up, and answers.
    let body = json!({"name": "x".repeat(5000), "redirect_uris": ["https://app.example.com/cb"]});
    let mut sent = tokio::task::JoinSet::new();
    for _ in 0..1000 {
        let (http, url, body) = (
            http.clone(),
            format!("{base}/internal/oauth/clients"),
            body.clone(),
        );
        sent.spawn(async move {
            http.post(url)
                .header("x-api-key", "wrong")
                .header("x-tenant-id", "t")
                .json(&body)
                .send()
                .await
                .unwrap();
        });
    }
    while sent.join_next().await.is_some() {}
    until(
        &client,
        "1,000 entries",
        "document.querySelectorAll('#journal > li').length === 1000",
    )
    .await;
    let started = Instant::now();
    client
        .find(Locator::Css("#f-path"))
        .await
        .unwrap()
        .send_keys("oauth")
        .await
        .unwrap();
    until(
        &client,
        "still 1,000 after filtering",
        "document.querySelectorAll('#journal > li').length === 1000",
    )
    .await;
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "the page froze: {:?}",
        started.elapsed()
    );
    shot(&client, "8-full-journal").await;
    // A phone's width: nothing wider than the window.
    client.set_window_size(390, 844).await.unwrap();
    until(
        &client,
        "no horizontal scroll at 390 px",
        "document.documentElement.scrollWidth <= window.innerWidth",
    )
    .await;
    shot(&client, "9-narrow").await;
    client.close().await.unwrap();
}

/// The page is served whole by the mock and by the proxy: HTML, no other origin reachable (its
/// policy says so, and it names none), nothing to fetch but the admin API.
#[tokio::test]
async fn the_page_is_served_self_contained_by_the_mock_and_the_proxy() {
    let server = MockServer::start().await;
    let proxy = clientreg_mock::proxy::ProxyServer::start(
        clientreg_mock::proxy::ProxyConfig::new(server.base_url()),
        "127.0.0.1:0".parse().unwrap(),
    )
    .await
    .unwrap();
    for base in [server.base_url(), proxy.base_url()] {
        let page = reqwest::get(format!("{base}/__mock/")).await.unwrap();
        assert_eq!(page.status(), 200, "{base}");
        let headers = page.headers().clone();
        assert_eq!(headers["content-type"], "text/html; charset=utf-8");
        let policy = headers["content-security-policy"].to_str().unwrap();
        assert!(
            policy.starts_with("default-src 'none'; connect-src 'self';"),
            "{policy}"
        );
        let html = page.text().await.unwrap();
        assert!(html.contains("<title>clientreg-mock</title>"));
        assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("src="));
    }
    // Not journaled: the page's own requests are the admin API's.
    assert_eq!(server.journal(&Default::default()).total, 0);
    assert_eq!(proxy.journal(&Default::default()).total, 0);
}
