//! `clientreg-mock`: the mock of both client-registration endpoints as a standalone process, for
//! integration tests in any language.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use chrono::{DateTime, Utc};
use clap::Parser;
use clientreg_mock::CaCertificate;
use clientreg_mock::config::{Accounts, DroppedLogLines, MockConfig, ServerConfig, Tls};
use clientreg_mock::proxy::{ProxyConfig, ProxyServer};
use clientreg_mock::{FaultSpec, MockServer, Profile, StartError};
use log_line::{LogFields, LogTime};

#[path = "cli/log_line.rs"]
mod log_line;
#[path = "cli/replay.rs"]
mod replay;
#[path = "cli/verify.rs"]
mod verify;

/// An in-memory, stateful mock of the Autional (`POST /internal/oauth/clients`) and Gropius
/// (`POST /auth/api/login/client`) client-registration endpoints, held to the contract in
/// openapi/. Every flag has an environment-variable twin; lists are comma-separated there.
/// `clientreg-mock verify` runs the contract's trials against a real deployment instead.
#[derive(Debug, Parser)]
#[command(name = "clientreg-mock", version)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,

    #[command(flatten)]
    serving: ServingArgs,

    /// Autional API key accepted in X-API-Key (repeat for several).
    #[arg(long = "api-key", env = "CLIENTREG_MOCK_API_KEYS", value_delimiter = ',',
          default_value = clientreg_mock::DEV_API_KEY, hide_default_value = true, hide_env_values = true)]
    api_keys: Vec<String>,

    /// Gropius access token of an admin user (repeat for several).
    #[arg(long = "admin-token", env = "CLIENTREG_MOCK_ADMIN_TOKENS", value_delimiter = ',',
          default_value = clientreg_mock::DEV_ADMIN_TOKEN, hide_default_value = true, hide_env_values = true)]
    admin_tokens: Vec<String>,

    /// Gropius access token of a non-admin user: authenticates, then gets 403 (repeat for several).
    #[arg(long = "user-token", env = "CLIENTREG_MOCK_USER_TOKENS", value_delimiter = ',',
          default_value = clientreg_mock::DEV_USER_TOKEN, hide_default_value = true, hide_env_values = true)]
    user_tokens: Vec<String>,

    /// Gropius user id that clientCredentialFlowUser may name (repeat for several).
    #[arg(long = "user", env = "CLIENTREG_MOCK_USERS", value_delimiter = ',',
          default_value = clientreg_mock::DEV_USER)]
    users: Vec<String>,

    /// Seed for reproducible ids and secrets (default: random).
    #[arg(long, env = "CLIENTREG_MOCK_SEED")]
    seed: Option<u64>,

    /// Stop the clock at this RFC 3339 instant, for reproducible timestamps and ULIDs.
    #[arg(long, env = "CLIENTREG_MOCK_FIXED_TIME")]
    fixed_time: Option<DateTime<Utc>>,

    /// `contract` follows the specs; `upstream` reproduces the real Gropius service's known
    /// quirks (500 when redirectUrls or validScopes is absent, only `backend` accepted as a
    /// scope, validScopes left out of the 201 body).
    #[arg(long, env = "CLIENTREG_MOCK_PROFILE", default_value = "contract")]
    profile: Profile,

    /// The URL the Gropius deployment the mock stands in for is served at (the real service's
    /// GROPIUS_ENDPOINT): the built-in clients' redirect URLs are made from it, as the real
    /// service makes them.
    #[arg(long = "gropius-endpoint", env = "CLIENTREG_MOCK_GROPIUS_ENDPOINT",
          default_value_t = MockConfig::default().gropius_endpoint)]
    gropius_endpoint: String,

    /// Clients each service keeps; when full, a create drops the oldest stored client (the
    /// count of dropped clients is in GET /__mock/stats).
    #[arg(long, env = "CLIENTREG_MOCK_MAX_CLIENTS", default_value_t = MockConfig::default().max_clients)]
    max_clients: usize,

    /// A fault active from the start, as the JSON body of `POST /__mock/faults` (repeat for
    /// several), e.g. '{"method":"POST","path":"/internal/oauth/clients","status":503,"times":1}'.
    #[arg(long = "fault", value_parser = parse_fault)]
    faults: Vec<FaultSpec>,
}

/// How the server serves, for the mock and the proxy alike.
#[derive(Debug, clap::Args)]
struct ServingArgs {
    /// Address to listen on.
    #[arg(long, env = "CLIENTREG_MOCK_LISTEN", default_value = "127.0.0.1:8080")]
    listen: SocketAddr,

    /// Largest request body read, in bytes; a longer one is answered 413.
    #[arg(long, env = "CLIENTREG_MOCK_BODY_LIMIT", default_value_t = MockConfig::default().body_limit)]
    body_limit: usize,

    /// Seconds a client may take to send a request's head, counted from when the server starts
    /// waiting for it (so it also bounds the wait for the next request on a keep-alive
    /// connection).
    #[arg(long, env = "CLIENTREG_MOCK_HEADER_TIMEOUT", default_value = "10", value_parser = parse_seconds)]
    header_timeout: Duration,

    /// Seconds a keep-alive connection may stay idle (no request under way, nothing received)
    /// before it is closed.
    #[arg(long, env = "CLIENTREG_MOCK_IDLE_TIMEOUT", default_value = "5", value_parser = parse_seconds)]
    idle_timeout: Duration,

    /// Connections served at once; more wait in the listen backlog.
    #[arg(long, env = "CLIENTREG_MOCK_MAX_CONNECTIONS", default_value_t = ServerConfig::default().max_connections)]
    max_connections: usize,

    /// Journal entries kept (the oldest go first; memory stays flat).
    #[arg(long, env = "CLIENTREG_MOCK_JOURNAL_SIZE", default_value_t = MockConfig::default().journal_capacity)]
    journal_size: usize,

    /// Log filter (`info` logs one line per request: method, path, status, latency).
    #[arg(long, env = "CLIENTREG_MOCK_LOG", default_value = "info")]
    log_level: String,

    /// Log lines held while the log's writer (a thread of its own) is behind; when full, a line
    /// is dropped rather than a request slowed down (the count is in GET /__mock/health and
    /// printed at exit).
    #[arg(long, env = "CLIENTREG_MOCK_LOG_BUFFER", default_value_t = DEFAULT_LOG_BUFFER,
          value_parser = clap::value_parser!(u32).range(1..))]
    log_buffer: u32,

    /// Serve HTTPS (HTTP/2 or HTTP/1.1 by ALPN) with a certificate made at start-up for the
    /// listen address, localhost, 127.0.0.1, ::1 and every --tls-name, signed by a private CA
    /// printed at start-up (and written to --tls-ca-out) with its SHA-256 fingerprint.
    #[arg(long, env = "CLIENTREG_MOCK_TLS")]
    tls: bool,

    /// More DNS names or IP addresses the made certificate is valid for (comma-separated).
    #[arg(
        long = "tls-name",
        env = "CLIENTREG_MOCK_TLS_NAME",
        value_delimiter = ',',
        requires = "tls"
    )]
    tls_names: Vec<String>,

    /// Write the made certificate's CA, PEM, to this file: what a client trusts.
    #[arg(
        long = "tls-ca-out",
        env = "CLIENTREG_MOCK_TLS_CA_OUT",
        requires = "tls"
    )]
    tls_ca_out: Option<std::path::PathBuf>,

    /// Serve HTTPS with your certificate chain (PEM, the server's first) instead of a made one.
    #[arg(long = "tls-cert", env = "CLIENTREG_MOCK_TLS_CERT", requires = "tls_key",
          conflicts_with_all = ["tls_names", "tls_ca_out"])]
    tls_cert: Option<std::path::PathBuf>,

    /// The private key of --tls-cert (PEM).
    #[arg(
        long = "tls-key",
        env = "CLIENTREG_MOCK_TLS_KEY",
        requires = "tls_cert"
    )]
    tls_key: Option<std::path::PathBuf>,

    /// A key every admin route but /__mock/health asks for: `Authorization: Bearer <KEY>`, or
    /// HTTP basic with the key as the password (`curl -u :KEY`; a browser asks for it on the
    /// page). Without it such a route answers 401 and does nothing. Needed to listen off a
    /// loopback address. Prefer --admin-key-file, which keeps it out of the process list.
    #[arg(
        long = "admin-key",
        env = "CLIENTREG_MOCK_ADMIN_KEY",
        hide_env_values = true,
        conflicts_with = "admin_key_file"
    )]
    admin_key: Option<String>,

    /// Read the admin key from this file (its first line).
    #[arg(long = "admin-key-file", env = "CLIENTREG_MOCK_ADMIN_KEY_FILE")]
    admin_key_file: Option<std::path::PathBuf>,

    /// Listen off a loopback address without an admin key, or with the development
    /// credentials: anyone who can reach the server may then read and reset it (warned of at
    /// start-up, on the page and in GET /__mock/health).
    #[arg(
        long = "insecure-open-admin",
        env = "CLIENTREG_MOCK_INSECURE_OPEN_ADMIN"
    )]
    insecure_open_admin: bool,
}

/// Lines the log holds while its writer is behind: at about 100 bytes a line, ~1.6 MiB.
const DEFAULT_LOG_BUFFER: u32 = 16_384;

/// How long the exit waits for the log's writer to write out what it holds (the writer itself
/// gives up after about a second).
const LOG_FLUSH_TIMEOUT: Duration = Duration::from_secs(3);

/// The process's log: lines are formatted where they happen and written to stdout by a thread of
/// its own, so that a slow stdout (a file, a pipe nobody drains) never holds a request up.
struct Log {
    /// Flushes every queued line when dropped.
    flush_on_drop: tracing_appender::non_blocking::WorkerGuard,
    dropped: tracing_appender::non_blocking::ErrorCounter,
}

impl Log {
    /// The counter the health check reports.
    fn dropped_lines(&self) -> DroppedLogLines {
        let dropped = self.dropped.clone();
        DroppedLogLines::new(move || dropped.dropped_lines() as u64)
    }

    /// Writes out every queued line, then says on stderr how many were dropped, if any.
    ///
    /// The guard is dropped on a thread of its own: when stdout is a pipe nobody reads, the
    /// writer thread is stuck in a write and the guard's drop, which then prints to stdout,
    /// would block the exit forever.
    fn close(self) {
        let dropped = self.dropped.dropped_lines();
        let (flushed, wait) = std::sync::mpsc::channel();
        let guard = self.flush_on_drop;
        std::thread::spawn(move || {
            drop(guard);
            let _ = flushed.send(());
        });
        if wait.recv_timeout(LOG_FLUSH_TIMEOUT).is_err() {
            eprintln!("clientreg-mock: the log could not be written out: its stdout is not read");
        }
        if dropped > 0 {
            eprintln!(
                "clientreg-mock: {dropped} log lines were dropped because the log's writer fell behind (--log-buffer)"
            );
        }
    }
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    /// Run the contract's trials against a deployment (the real service, or this mock).
    Verify(verify::VerifyArgs),
    /// Forward every request to a real deployment and check each exchange against the contract.
    Proxy(ProxyArgs),
    /// Re-send a recording's requests to a target and compare its answers with the recorded ones.
    Replay(replay::ReplayArgs),
    /// Write a recording's exchanges (proxy --record) as Pact V4 files, one per provider, for
    /// Pact's verifier or a Pact Broker.
    Pact(PactArgs),
}

/// `clientreg-mock pact`.
#[derive(Debug, clap::Args)]
struct PactArgs {
    /// The recording (`clientreg-mock proxy --record FILE`).
    #[arg(long)]
    recording: std::path::PathBuf,

    /// The consumer's name, as the pact names it (and its file name begins).
    #[arg(long)]
    consumer: String,

    /// Only this provider (autional or gropius); by default, each the recording holds
    /// exchanges with.
    #[arg(long)]
    provider: Option<clientreg_mock::Service>,

    /// The folder to write CONSUMER-PROVIDER.json into; a file already there is merged into,
    /// and an interaction it holds with another answer is an error (exit 1).
    #[arg(long)]
    out: std::path::PathBuf,
}

/// `clientreg-mock pact`: 0 written, 1 a conflict with a file's interactions, 2 a recording
/// that cannot be read or a file that cannot be written.
fn run_pact(args: PactArgs) -> ExitCode {
    let fail = |code: u8, message: String| {
        eprintln!("clientreg-mock pact: {message}");
        ExitCode::from(code)
    };
    let text = match std::fs::read_to_string(&args.recording) {
        Ok(text) => text,
        Err(e) => return fail(2, format!("{}: {e}", args.recording.display())),
    };
    let recording = match clientreg_mock::check::read_recording(&text) {
        Ok(recording) => recording,
        Err(e) => return fail(2, format!("{}: {e}", args.recording.display())),
    };
    match clientreg_mock::check::pacts_from_recording(
        &recording,
        &args.consumer,
        args.provider,
        &args.out,
    ) {
        Ok(written) if written.is_empty() => fail(
            2,
            format!(
                "{} holds no exchange with {}",
                args.recording.display(),
                args.provider.map_or("either service", |p| p.name())
            ),
        ),
        Ok(written) => {
            for path in written {
                println!("wrote {}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => fail(1, e.to_string()),
        Err(e) => fail(2, e.to_string()),
    }
}

/// `clientreg-mock proxy`.
#[derive(Debug, clap::Args)]
struct ProxyArgs {
    /// The deployment's base URL: each request's path and query are appended to it.
    #[arg(long, env = "CLIENTREG_MOCK_PROXY_UPSTREAM")]
    upstream: String,

    /// Seconds the upstream may take to answer; then the proxy answers 502.
    #[arg(long = "upstream-timeout", env = "CLIENTREG_MOCK_PROXY_UPSTREAM_TIMEOUT", default_value = "30", value_parser = parse_seconds)]
    upstream_timeout: Duration,

    /// Append every exchange to this file, a JSON line each (docs/recording.md), credentials
    /// and secrets redacted.
    #[arg(long, env = "CLIENTREG_MOCK_PROXY_RECORD")]
    record: Option<std::path::PathBuf>,

    /// Trust this CA (PEM) for an https upstream, besides the system's.
    #[arg(long = "upstream-ca", env = "CLIENTREG_MOCK_PROXY_UPSTREAM_CA")]
    upstream_ca: Option<std::path::PathBuf>,

    /// Do not check the https upstream's certificate at all (said at start-up). For a staging
    /// service with a certificate you cannot get the CA of; never for production.
    #[arg(
        long = "upstream-skip-certificate-checks",
        env = "CLIENTREG_MOCK_PROXY_UPSTREAM_SKIP_CERTIFICATE_CHECKS"
    )]
    upstream_skip_certificate_checks: bool,

    #[command(flatten)]
    serving: ServingArgs,
}

impl ServingArgs {
    /// The server's settings; a certificate or key that cannot be read is a usage error.
    fn server(&self) -> Result<ServerConfig, ExitCode> {
        let read = |path: &std::path::Path| {
            std::fs::read(path).map_err(|e| {
                eprintln!("error: cannot read {}: {e}", path.display());
                ExitCode::from(2)
            })
        };
        let tls = match (&self.tls_cert, &self.tls_key) {
            (Some(cert), Some(key)) => Some(Tls::Provided {
                chain_pem: read(cert)?,
                key_pem: read(key)?,
            }),
            _ if self.tls => Some(Tls::Generated {
                names: self.tls_names.clone(),
            }),
            _ => None,
        };
        let admin_key = match (&self.admin_key, &self.admin_key_file) {
            (_, Some(file)) => {
                let text = String::from_utf8(read(file)?).map_err(|_| {
                    eprintln!("error: the admin key file {} is not UTF-8", file.display());
                    ExitCode::from(2)
                })?;
                Some(text.lines().next().unwrap_or_default().trim().to_string())
            }
            (key, None) => key.clone(),
        };
        if admin_key.as_deref().is_some_and(str::is_empty) {
            eprintln!("error: the admin key is empty");
            return Err(ExitCode::from(2));
        }
        Ok(ServerConfig {
            header_timeout: self.header_timeout,
            idle_timeout: self.idle_timeout,
            max_connections: self.max_connections,
            tls,
            admin_key,
            insecure_open_admin: self.insecure_open_admin,
        })
    }

    /// How the admin API is guarded, for the banner (never the key).
    fn admin_guard(&self) -> &'static str {
        if self.admin_key.is_some() || self.admin_key_file.is_some() {
            "every route but health asks for the admin key"
        } else {
            "open: no --admin-key"
        }
    }

    /// Says how to trust the server when it made its certificate, and writes the CA to
    /// --tls-ca-out; a file that cannot be written is an error.
    fn announce_ca(&self, ca: Option<&CaCertificate>) -> Result<(), ExitCode> {
        let Some(ca) = ca else {
            return Ok(());
        };
        if let Some(path) = &self.tls_ca_out {
            std::fs::write(path, ca.pem()).map_err(|e| {
                eprintln!("error: cannot write {}: {e}", path.display());
                ExitCode::FAILURE
            })?;
            println!("  HTTPS: trust the CA written to {}", path.display());
        } else {
            println!("  HTTPS: trust this CA (or write it to a file with --tls-ca-out):");
        }
        println!("  CA SHA-256 fingerprint {}", ca.sha256_fingerprint());
        if self.tls_ca_out.is_none() {
            print!("{}", ca.pem());
        }
        Ok(())
    }

    /// Sets up the log; a bad filter is a usage error.
    fn init_log(&self) -> Result<Log, ExitCode> {
        let filter = match tracing_subscriber::EnvFilter::try_new(&self.log_level) {
            Ok(filter) => filter,
            Err(e) => {
                eprintln!(
                    "error: --log-level {:?} is not a log filter: {e}",
                    self.log_level
                );
                return Err(ExitCode::from(2));
            }
        };
        // Lossy: a full queue drops the line (and counts it) instead of waiting. The writer
        // thread writes what it has queued in one go, then flushes.
        let (writer, flush_on_drop) = tracing_appender::non_blocking::NonBlockingBuilder::default()
            .lossy(true)
            .buffered_lines_limit(self.log_buffer as usize)
            .thread_name("clientreg-log")
            .finish(std::io::BufWriter::new(std::io::stdout()));
        let dropped = writer.error_counter();
        tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_target(false)
            .with_timer(LogTime)
            .fmt_fields(LogFields)
            .with_writer(writer)
            .init();
        Ok(Log {
            flush_on_drop,
            dropped,
        })
    }
}

impl Args {
    fn config(&self, log: &Log) -> MockConfig {
        MockConfig {
            accounts: Accounts {
                autional_api_keys: self.api_keys.clone(),
                gropius_admin_tokens: self.admin_tokens.clone(),
                gropius_user_tokens: self.user_tokens.clone(),
                gropius_users: self.users.clone(),
            },
            seed: self.seed,
            fixed_time: self.fixed_time,
            profile: self.profile,
            max_clients: self.max_clients,
            faults: self.faults.clone(),
            gropius_endpoint: self.gropius_endpoint.clone(),
            body_limit: self.serving.body_limit,
            journal_capacity: self.serving.journal_size,
            dropped_log_lines: Some(log.dropped_lines()),
            ..MockConfig::default()
        }
    }
}

/// A service by its name (`autional`, `gropius`), the names listed in `--help`.
fn service_parser() -> impl clap::builder::TypedValueParser<Value = clientreg_mock::Service> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(
        clientreg_mock::Service::ALL.map(clientreg_mock::Service::name),
    )
    .try_map(|name| name.parse::<clientreg_mock::Service>())
}

/// Seconds, whole or decimal (`10`, `0.5`), more than zero.
fn parse_seconds(text: &str) -> Result<Duration, String> {
    match text.parse::<f64>() {
        Ok(seconds) if seconds > 0.0 && seconds.is_finite() && seconds <= 86_400.0 => {
            Ok(Duration::from_secs_f64(seconds))
        }
        _ => Err(format!(
            "{text:?} is not a number of seconds between 0 and 86400"
        )),
    }
}

fn parse_fault(text: &str) -> Result<FaultSpec, String> {
    let spec: FaultSpec = serde_json::from_str(text).map_err(|e| e.to_string())?;
    spec.validate().map_err(|e| e.to_string())?;
    Ok(spec)
}

// Many small, short-lived allocations per request: mimalloc serves them faster than the system
// allocator (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc.h (the v3 that libmimalloc-sys builds; 15 in v2 too).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// mimalloc gives freed memory back to the system a while after it is freed (1 s by default);
/// a mock server keeps it, so that the clients created after a `/__mock/reset` reuse memory
/// already touched rather than page-faulting fresh memory in. (Transparent huge pages are off
/// too, at build time: libmimalloc-sys's `no_thp` feature, see Cargo.toml.)
fn keep_freed_memory() {
    // SAFETY: sets one of mimalloc's documented options, before any thread is started.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
}

fn main() -> ExitCode {
    keep_freed_memory();
    match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime.block_on(run(Args::parse())),
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> ExitCode {
    match args.command {
        Some(Command::Verify(verify)) => return verify::run(verify).await,
        Some(Command::Proxy(proxy)) => return run_proxy(proxy).await,
        Some(Command::Replay(replay)) => return replay::run(replay).await,
        Some(Command::Pact(pact)) => return run_pact(pact),
        None => {}
    }
    with_log(&args.serving, async |log| serve_mock(&args, log).await).await
}

/// Runs `serve` with the log set up, then writes out what the log still holds.
async fn with_log(serving: &ServingArgs, serve: impl AsyncFnOnce(&Log) -> ExitCode) -> ExitCode {
    let log = match serving.init_log() {
        Ok(log) => log,
        Err(code) => return code,
    };
    let code = serve(&log).await;
    log.close();
    code
}

async fn serve_mock(args: &Args, log: &Log) -> ExitCode {
    let config = args.config(log);
    let server_config = match args.serving.server() {
        Ok(server) => server,
        Err(code) => return code,
    };
    let started = started(
        MockServer::builder()
            .config(config.clone())
            .server(server_config)
            .listen(args.serving.listen)
            .try_start()
            .await,
    );
    let server = match started {
        Ok(server) => server,
        Err(code) => return code,
    };
    print_banner(&server.base_url(), &config, args.serving.admin_guard());
    if let Some(warning) = server.admin_warning() {
        println!("  WARNING: {warning}");
    }
    if let Err(code) = args.serving.announce_ca(server.ca_certificate()) {
        return code;
    }
    shutdown_signal().await;
    server.shutdown().await;
    tracing::info!("stopped");
    ExitCode::SUCCESS
}

/// A started server, or the exit status for why it did not start (said on stderr): 2 for a
/// bad configuration, 1 for anything else (an address that cannot be bound, a recording that
/// cannot be opened).
fn started<T>(result: Result<T, StartError>) -> Result<T, ExitCode> {
    result.map_err(|e| match e {
        StartError::Bind { address, source } => {
            eprintln!("error: cannot listen on {address}: {source}");
            ExitCode::FAILURE
        }
        StartError::Config(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
        e @ (StartError::OpenAdmin { .. } | StartError::DevelopmentCredentials { .. }) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
        other => {
            eprintln!("error: {other}");
            ExitCode::FAILURE
        }
    })
}

async fn run_proxy(args: ProxyArgs) -> ExitCode {
    with_log(&args.serving, async |log| serve_proxy(&args, log).await).await
}

async fn serve_proxy(args: &ProxyArgs, log: &Log) -> ExitCode {
    let server = match args.serving.server() {
        Ok(server) => server,
        Err(code) => return code,
    };
    let upstream_ca = match &args.upstream_ca {
        Some(path) => match std::fs::read(path) {
            Ok(pem) => Some(pem),
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
        None => None,
    };
    let config = ProxyConfig {
        upstream: args.upstream.clone(),
        upstream_timeout: args.upstream_timeout,
        body_limit: args.serving.body_limit,
        journal_capacity: args.serving.journal_size,
        server,
        record: args.record.clone(),
        dropped_log_lines: Some(log.dropped_lines()),
        upstream_ca,
        upstream_certificate_checks: !args.upstream_skip_certificate_checks,
    };
    let proxy = match started(ProxyServer::start(config, args.serving.listen).await) {
        Ok(proxy) => proxy,
        Err(code) => return code,
    };
    println!(
        "clientreg-mock proxy listening on {}, forwarding to {}",
        proxy.base_url(),
        proxy.upstream()
    );
    if args.upstream_skip_certificate_checks {
        println!(
            "  WARNING: the upstream's certificate is NOT checked (--upstream-skip-certificate-checks)"
        );
    }
    if let Err(code) = args.serving.announce_ca(proxy.ca_certificate()) {
        return code;
    }
    println!("  what broke the contract: GET /__mock/journal?violations=true");
    println!(
        "  admin: /__mock/health, /__mock/journal, /__mock/violations, /__mock/reset ({})",
        args.serving.admin_guard()
    );
    if let Some(warning) = proxy.admin_warning() {
        println!("  WARNING: {warning}");
    }
    shutdown_signal().await;
    proxy.shutdown().await;
    tracing::info!("stopped");
    ExitCode::SUCCESS
}

/// What a user needs to call the server at once. Credentials are shown only when they are the
/// public development defaults.
fn print_banner(base_url: &str, config: &MockConfig, admin_guard: &str) {
    let defaults = Accounts::default();
    let show = |list: &[String], default: &[String]| {
        if list == default {
            list.join(", ")
        } else {
            format!("<{} configured, not shown>", list.len())
        }
    };
    let c = &config.accounts;
    println!(
        "clientreg-mock listening on {base_url} (profile: {})",
        config.profile
    );
    println!(
        "  Autional  POST /internal/oauth/clients   X-API-Key: {}",
        show(&c.autional_api_keys, &defaults.autional_api_keys)
    );
    println!(
        "  Gropius   /auth/api/login/client[/{{id}}[/client-secret[/{{fingerprint}}]]]    admin token: {}; non-admin token: {}; users: {}; deployed at {}",
        show(&c.gropius_admin_tokens, &defaults.gropius_admin_tokens),
        show(&c.gropius_user_tokens, &defaults.gropius_user_tokens),
        c.gropius_users.join(", "),
        config.gropius_endpoint
    );
    println!(
        "  admin     /__mock/health, /__mock/stats, /__mock/reset, /__mock/journal, /__mock/faults, /__mock/{{autional,gropius}}/clients ({admin_guard})"
    );
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
