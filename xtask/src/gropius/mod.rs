//! `cargo xtask gropius up | tokens | down`: the real Gropius login-service, unmodified, on
//! this machine, so that the mock's fidelity is measured against the service itself.
//!
//! `up` copies the service's source under `target/gropius/service`, installs and builds it
//! (once per source), makes a private PostgreSQL cluster, starts a stand-in for the one other
//! service it calls (the GraphQL backend, `xtask/gropius/backend-stand-in.js`) and the service
//! itself (bound to 127.0.0.1 by `xtask/gropius/bind-loopback.js`), then mints tokens through
//! the service's own OAuth flow (`xtask/gropius/mint-tokens.js`). Everything listens on
//! 127.0.0.1; every process is stopped by its pid; all state is under `target/gropius/`.

use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

pub mod corpus;

/// The upstream commit the contract's facts were read from, and the recording made from.
pub const UPSTREAM_COMMIT: &str = "debc504beaf86d705442fbd94e8be7285363a0c7";
/// Where a user with internet access clones it from.
const UPSTREAM_REPOSITORY: &str = "https://github.com/ccims/gropius-login-service";
/// The lockfile pins a dev-only package version the npm registry no longer serves; without
/// its entry npm resolves a published one (the service does not use it at run time).
const UNSERVED_LOCK_ENTRY: (&str, &str) = (
    "node_modules/@graphql-codegen/typescript-document-nodes",
    "4.0.8",
);
/// The default admin the service creates at start-up, and the self-registered non-admin.
const ADMIN_USERNAME: &str = "contract-admin";
const USER_USERNAME: &str = "contract-user";

/// The files of a run, all under `target/gropius/`.
#[derive(Debug, Clone)]
pub struct Paths {
    root: PathBuf,
    state: PathBuf,
}

impl Paths {
    /// The paths of the project at `root`.
    pub fn new(root: &Path) -> Self {
        Self {
            root: root.to_path_buf(),
            state: root.join("target/gropius"),
        }
    }
    fn service(&self) -> PathBuf {
        self.state.join("service")
    }
    fn logs(&self) -> PathBuf {
        self.state.join("logs")
    }
    fn run_file(&self) -> PathBuf {
        self.state.join("run.env")
    }
    /// The credentials and target for `clientreg-mock verify`, as `KEY=VALUE` lines (mode 0600).
    pub fn verify_env(&self) -> PathBuf {
        self.state.join("verify.env")
    }
    fn helper(&self, name: &str) -> PathBuf {
        self.root.join("xtask/gropius").join(name)
    }
}

/// Where the service's source comes from.
fn source_dir(paths: &Paths, given: Option<PathBuf>) -> Result<PathBuf> {
    let dir = match given {
        Some(dir) => dir,
        None => {
            let shared = paths.root.join("../shared/upstream/gropius-login-service");
            if shared.exists() {
                shared
            } else {
                let clone = paths.state.join("clone");
                if !clone.join(".git").exists() {
                    println!("cloning {UPSTREAM_REPOSITORY} at {UPSTREAM_COMMIT}");
                    run(Command::new("git")
                        .args(["clone", "--quiet", UPSTREAM_REPOSITORY])
                        .arg(&clone))?;
                }
                run(Command::new("git").current_dir(&clone).args([
                    "checkout",
                    "--quiet",
                    UPSTREAM_COMMIT,
                ]))?;
                clone
            }
        }
    };
    for candidate in [dir.join("backend"), dir.clone()] {
        if candidate.join("package.json").exists() {
            return candidate
                .canonicalize()
                .with_context(|| format!("{}", candidate.display()));
        }
    }
    bail!(
        "{} holds no login-service source (no package.json there or in backend/)",
        dir.display()
    )
}

/// Copies, installs and builds the service, unless this source was built already.
fn install(paths: &Paths, source: &Path) -> Result<()> {
    let service = paths.service();
    let stamp = service.join(".xtask-source");
    let built = service.join("dist/main.js").exists()
        && fs::read_to_string(&stamp).ok().as_deref() == Some(&source.display().to_string());
    if built {
        println!("service already built from {}", source.display());
        return Ok(());
    }
    if service.exists() {
        fs::remove_dir_all(&service)?;
    }
    fs::create_dir_all(&service)?;
    println!("copying {} to {}", source.display(), service.display());
    run(Command::new("cp")
        .arg("-R")
        .arg(format!("{}/.", source.display()))
        .arg(&service))?;
    drop_unserved_lock_entry(&service.join("package-lock.json"))?;
    println!("npm install (about 80 s; bcrypt and sqlite3 build from source)");
    let mut npm = Command::new("npm");
    npm.current_dir(&service)
        .args(["install", "--no-audit", "--no-fund", "--loglevel=error"]);
    if Path::new("/usr/include/node/node.h").exists() {
        // Debian's nodejs: node-gyp builds against the installed headers.
        npm.env("npm_config_nodedir", "/usr");
    }
    run_logged(&mut npm, &paths.logs().join("npm-install.log"))?;
    println!("nest build");
    run_logged(
        Command::new("npx")
            .current_dir(&service)
            .args(["nest", "build"]),
        &paths.logs().join("build.log"),
    )?;
    fs::write(&stamp, source.display().to_string())?;
    Ok(())
}

fn drop_unserved_lock_entry(lockfile: &Path) -> Result<()> {
    let Ok(text) = fs::read_to_string(lockfile) else {
        return Ok(());
    };
    let mut lock: serde_json::Value = serde_json::from_str(&text)?;
    let (entry, version) = UNSERVED_LOCK_ENTRY;
    let Some(packages) = lock["packages"].as_object_mut() else {
        return Ok(());
    };
    if packages.get(entry).is_some_and(|p| p["version"] == version) {
        packages.remove(entry);
        fs::write(lockfile, serde_json::to_string_pretty(&lock)?)?;
    }
    Ok(())
}

/// The PostgreSQL programs' folder, installing Debian's package when there is none.
fn postgres_bin() -> Result<PathBuf> {
    let find = || {
        fs::read_dir("/usr/lib/postgresql").ok().and_then(|dirs| {
            dirs.filter_map(|d| d.ok().map(|d| d.path().join("bin")))
                .filter(|bin| bin.join("initdb").exists())
                .max()
        })
    };
    if let Some(bin) = find() {
        return Ok(bin);
    }
    println!("PostgreSQL is not installed: apt-get install postgresql");
    run(Command::new("apt-get").arg("update").arg("-q"))?;
    run(Command::new("apt-get")
        .env("DEBIAN_FRONTEND", "noninteractive")
        .args([
            "install",
            "-y",
            "-q",
            "--no-install-recommends",
            "postgresql",
        ]))?;
    find().context("PostgreSQL was installed, yet no initdb is under /usr/lib/postgresql")
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.trim_ascii() == b"0")
}

/// A PostgreSQL command: as the `postgres` user when this runs as root (the server refuses
/// to run as root).
fn pg_command(bin: &Path, program: &str) -> Command {
    if is_root() {
        let mut command = Command::new("runuser");
        command
            .args(["-u", "postgres", "--"])
            .arg(bin.join(program));
        command
    } else {
        Command::new(bin.join(program))
    }
}

/// A free port on 127.0.0.1.
fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// What `up` started, as `KEY=VALUE` lines: read by `tokens` and `down`.
#[derive(Debug, Default)]
struct Run {
    values: Vec<(String, String)>,
}

impl Run {
    fn get(&self, key: &str) -> Result<&str> {
        self.values
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .with_context(|| format!("{key} is not in the run file"))
    }
    fn set(&mut self, key: &str, value: impl ToString) {
        self.values.retain(|(k, _)| k != key);
        self.values.push((key.to_string(), value.to_string()));
    }
    fn read(path: &Path) -> Result<Self> {
        let text = fs::read_to_string(path).with_context(|| {
            format!(
                "{} is missing: is the service up (cargo xtask gropius up)?",
                path.display()
            )
        })?;
        Ok(Self {
            values: text
                .lines()
                .filter_map(|line| line.split_once('='))
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        })
    }
    fn write(&self, path: &Path) -> Result<()> {
        let text: String = self
            .values
            .iter()
            .map(|(k, v)| format!("{k}={v}\n"))
            .collect();
        write_private(path, &text)
    }
}

/// Writes a file only its owner can read (it holds passwords or tokens).
fn write_private(path: &Path, text: &str) -> Result<()> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    file.set_permissions(fs::Permissions::from_mode(0o600))?;
    file.write_all(text.as_bytes())?;
    Ok(())
}

fn random_hex(bytes: usize) -> Result<String> {
    let mut buffer = vec![0u8; bytes];
    fs::File::open("/dev/urandom")?.read_exact(&mut buffer)?;
    Ok(buffer.iter().map(|b| format!("{b:02x}")).collect())
}

/// An RSA key pair, as base64 of PEM (what the service reads).
fn key_pair(dir: &Path, name: &str) -> Result<(String, String)> {
    let private = dir.join(format!("{name}.key"));
    run(Command::new("openssl")
        .args(["genrsa", "-out"])
        .arg(&private)
        .arg("2048")
        .stderr(Stdio::null()))?;
    let public = Command::new("openssl")
        .args(["rsa", "-pubout", "-in"])
        .arg(&private)
        .stderr(Stdio::null())
        .output()?;
    let private = fs::read(&private)?;
    Ok((base64(&public.stdout), base64(&private)))
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().fold(0u32, |n, b| (n << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// `cargo xtask gropius up`.
pub fn up(root: &Path, source: Option<PathBuf>) -> Result<()> {
    let paths = Paths::new(root);
    if paths.run_file().exists() {
        println!("a previous run is recorded: stopping it first");
        down(root)?;
    }
    fs::create_dir_all(paths.logs())?;
    let source = source_dir(&paths, source)?;
    install(&paths, &source)?;
    let bin = postgres_bin()?;

    let mut state = Run::default();
    let [db_port, backend_port, service_port] = [free_port()?, free_port()?, free_port()?];
    let base = format!("http://127.0.0.1:{service_port}");
    state.set("SOURCE", source.display());
    state.set("SERVICE_URL", &base);
    state.set("DATABASE_PORT", db_port);
    state.set("BACKEND_PORT", backend_port);
    state.set("ADMIN_PASSWORD", random_hex(12)?);
    state.set("USER_PASSWORD", random_hex(12)?);
    state.set("BACKEND_TOKEN", random_hex(12)?);

    // The database: a private cluster, reachable on 127.0.0.1 only, no Unix socket.
    let pg = paths.state.join("pg");
    if pg.exists() {
        fs::remove_dir_all(&pg)?;
    }
    fs::create_dir_all(&pg)?;
    if is_root() {
        run(Command::new("chown").arg("postgres").arg(&pg))?;
    }
    let data = pg.join("data");
    run_logged(
        pg_command(&bin, "initdb").arg("-D").arg(&data).args([
            "-U",
            "gropius",
            "--auth=trust",
            "-E",
            "UTF8",
        ]),
        &paths.logs().join("initdb.log"),
    )
    .context("initdb (as root, the postgres user must be able to enter target/gropius)")?;
    run_logged(
        pg_command(&bin, "pg_ctl")
            .arg("-D")
            .arg(&data)
            .arg("-o")
            .arg(format!(
                "-c listen_addresses=127.0.0.1 -c unix_socket_directories='' -p {db_port}"
            ))
            .arg("-l")
            .arg(pg.join("server.log"))
            .args(["-w", "start"]),
        &paths.logs().join("pg_ctl.log"),
    )?;
    state.set("DATABASE_DIR", data.display());
    state.set("POSTGRES_BIN", bin.display());
    state.write(&paths.run_file())?;
    run_logged(
        pg_command(&bin, "createdb").args([
            "-h",
            "127.0.0.1",
            "-p",
            &db_port.to_string(),
            "-U",
            "gropius",
            "gropius",
        ]),
        &paths.logs().join("createdb.log"),
    )?;

    // The GraphQL backend's stand-in.
    let backend = spawn(
        Command::new("node")
            .arg(paths.helper("backend-stand-in.js"))
            .arg(backend_port.to_string())
            .arg(state.get("BACKEND_TOKEN")?),
        &paths.logs().join("backend-stand-in.log"),
    )?;
    state.set("BACKEND_PID", backend);
    state.write(&paths.run_file())?;

    // The schema, by the service's own migrations, then the service.
    let env = service_env(&paths, &state)?;
    run_logged(
        Command::new("npx")
            .current_dir(paths.service())
            .envs(env.iter().map(|(k, v)| (k, v)))
            .env("GROPIUS_DEFAULT_ENTITIES_ENABLED", "false")
            .args([
                "typeorm",
                "migration:run",
                "-d",
                "./dist/migrationDataSource.config.js",
            ]),
        &paths.logs().join("migrations.log"),
    )?;
    let service = spawn(
        Command::new("node")
            .current_dir(paths.service())
            .envs(env.iter().map(|(k, v)| (k, v)))
            .arg("-r")
            .arg(paths.helper("bind-loopback.js"))
            .arg("dist/main"),
        &paths.logs().join("service.log"),
    )?;
    state.set("SERVICE_PID", service);
    state.write(&paths.run_file())?;
    wait_ready(&base, service, &paths.logs().join("service.log"))?;
    mint(&paths, &state)?;
    println!(
        "the real Gropius login-service answers on {base}\n\
         credentials for clientreg-mock verify: {} (tokens live 10 minutes: \
         cargo xtask gropius tokens mints new ones)\n\
         logs: {}",
        paths.verify_env().display(),
        paths.logs().display()
    );
    Ok(())
}

/// The service's configuration (`src/util/configuration-validator.ts`).
fn service_env(paths: &Paths, state: &Run) -> Result<Vec<(String, String)>> {
    let keys = paths.state.join("keys");
    fs::create_dir_all(&keys)?;
    fs::set_permissions(&keys, fs::Permissions::from_mode(0o700))?;
    let (oauth_public, oauth_private) = key_pair(&keys, "oauth")?;
    let (login_public, login_private) = key_pair(&keys, "login")?;
    let base = state.get("SERVICE_URL")?;
    let port = base.rsplit(':').next().unwrap_or_default();
    let backend = format!("http://127.0.0.1:{}/graphql", state.get("BACKEND_PORT")?);
    let password = serde_json::json!({ "password": state.get("ADMIN_PASSWORD")? }).to_string();
    let pairs = [
        ("NODE_ENV", "production".to_string()),
        ("GROPIUS_LOGIN_LISTEN_PORT", port.to_string()),
        // Not its address: the deployment URL the corpus names (not the mock's default), which
        // the mock is told when the recording is replayed.
        ("GROPIUS_ENDPOINT", deployed_at(paths)?),
        ("GROPIUS_LOGIN_DATABASE_DRIVER", "postgres".into()),
        ("GROPIUS_LOGIN_DATABASE_HOST", "127.0.0.1".into()),
        (
            "GROPIUS_LOGIN_DATABASE_PORT",
            state.get("DATABASE_PORT")?.into(),
        ),
        ("GROPIUS_LOGIN_DATABASE_USER", "gropius".into()),
        (
            "GROPIUS_LOGIN_DATABASE_PASSWORD",
            "unused-trust-auth".into(),
        ),
        ("GROPIUS_LOGIN_DATABASE_DATABASE", "gropius".into()),
        ("GROPIUS_OAUTH_PUBLIC_KEY", oauth_public),
        ("GROPIUS_OAUTH_PRIVATE_KEY", oauth_private),
        ("GROPIUS_LOGIN_SPECIFIC_PUBLIC_KEY", login_public),
        ("GROPIUS_LOGIN_SPECIFIC_PRIVATE_KEY", login_private),
        ("GROPIUS_LOGIN_SESSION_SECRET", random_hex(16)?),
        ("GROPIUS_LOGIN_COOKIE_SECURE", "false".into()),
        ("GROPIUS_DEFAULT_CHECK_DATABASE_CONSISTENT", "none".into()),
        ("GROPIUS_INTERNAL_BACKEND_ENDPOINT", backend),
        (
            "GROPIUS_INTERNAL_BACKEND_TOKEN",
            state.get("BACKEND_TOKEN")?.into(),
        ),
        ("GROPIUS_ACCESS_TOKEN_EXPIRATION_TIME_MS", "600000".into()),
        ("GROPIUS_DEFAULT_STRATEGY_INSTANCE_TYPE", "userpass".into()),
        ("GROPIUS_DEFAULT_STRATEGY_INSTANCE_CONFIG", "{}".into()),
        ("GROPIUS_DEFAULT_STRATEGY_INSTANCE_NAME", "userpass".into()),
        ("GROPIUS_DEFAULT_USER_USERNAME", ADMIN_USERNAME.into()),
        ("GROPIUS_DEFAULT_USER_DISPLAYNAME", "Contract admin".into()),
        ("GROPIUS_DEFAULT_USER_POST_DATA", password),
        (
            "GROPIUS_DEFAULT_USER_STRATEGY_INSTANCE_NAME",
            "userpass".into(),
        ),
    ];
    Ok(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

/// The URL the service is deployed at: the corpus's `deployed_at`.
fn deployed_at(paths: &Paths) -> Result<String> {
    let corpus = paths.root.join(corpus::CORPUS);
    let text = fs::read_to_string(&corpus).with_context(|| corpus.display().to_string())?;
    corpus::deployed_at(&text)
}

/// `cargo xtask gropius tokens`: fresh tokens for the running service.
pub fn tokens(root: &Path) -> Result<()> {
    let paths = Paths::new(root);
    let state = Run::read(&paths.run_file())?;
    mint(&paths, &state)?;
    println!("new tokens in {}", paths.verify_env().display());
    Ok(())
}

/// Mints an admin token, a non-admin token and a known user id, and writes them with the
/// service's URL to `verify.env` (the environment twins of `clientreg-mock verify`'s flags).
fn mint(paths: &Paths, state: &Run) -> Result<()> {
    let base = state.get("SERVICE_URL")?;
    let minted = paths.state.join("minted.json");
    let status = Command::new("node")
        .arg(paths.helper("mint-tokens.js"))
        .arg(base)
        .arg(deployed_at(paths)?)
        .arg(&minted)
        .env("GROPIUS_ADMIN_USERNAME", ADMIN_USERNAME)
        .env("GROPIUS_ADMIN_PASSWORD", state.get("ADMIN_PASSWORD")?)
        .env("GROPIUS_USER_USERNAME", USER_USERNAME)
        .env("GROPIUS_USER_PASSWORD", state.get("USER_PASSWORD")?)
        .status()?;
    if !status.success() {
        bail!(
            "minting tokens failed (the service's log: {})",
            paths.logs().join("service.log").display()
        );
    }
    let tokens: serde_json::Value = serde_json::from_str(&fs::read_to_string(&minted)?)?;
    fs::remove_file(&minted)?;
    let value = |key: &str| -> Result<String> {
        tokens[key]
            .as_str()
            .map(str::to_string)
            .with_context(|| format!("the minted tokens have no {key}"))
    };
    let text = format!(
        "CLIENTREG_MOCK_VERIFY_TARGET={base}\n\
         CLIENTREG_MOCK_VERIFY_SERVICES=gropius\n\
         CLIENTREG_MOCK_VERIFY_ADMIN_TOKEN={}\n\
         CLIENTREG_MOCK_VERIFY_USER_TOKEN={}\n\
         CLIENTREG_MOCK_VERIFY_KNOWN_USER={}\n\
         CLIENTREG_MOCK_GROPIUS_ENDPOINT={}\n",
        value("admin_token")?,
        value("user_token")?,
        value("known_user")?,
        deployed_at(paths)?,
    );
    write_private(&paths.verify_env(), &text)
}

/// The values of `verify.env`, by key.
pub fn verify_env(root: &Path) -> Result<Vec<(String, String)>> {
    Ok(Run::read(&Paths::new(root).verify_env())?.values)
}

/// `cargo xtask gropius record`: mints fresh tokens, starts `clientreg-mock proxy --record` in front
/// of the running service and sends it the corpus; the recording is written to `out`.
pub fn record(root: &Path, out: &Path) -> Result<()> {
    let paths = Paths::new(root);
    let state = Run::read(&paths.run_file())?;
    mint(&paths, &state)?;
    let env = Run::read(&paths.verify_env())?;
    let credentials = corpus::Credentials {
        admin_token: env.get("CLIENTREG_MOCK_VERIFY_ADMIN_TOKEN")?.to_string(),
        user_token: env.get("CLIENTREG_MOCK_VERIFY_USER_TOKEN")?.to_string(),
        known_user: env.get("CLIENTREG_MOCK_VERIFY_KNOWN_USER")?.to_string(),
    };
    crate::bench::build_mock(root, &[], &[])?;
    if out.exists() {
        fs::remove_file(out)?; // the proxy appends
    }
    let port = free_port()?;
    let mut proxy = Command::new(root.join("target/release/clientreg-mock"))
        .arg("proxy")
        .args(["--upstream", state.get("SERVICE_URL")?])
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .arg("--record")
        .arg(out)
        .args(["--log-level", "warn"])
        .stdout(fs::File::create(paths.logs().join("proxy.log"))?)
        .stderr(Stdio::inherit())
        .spawn()
        .context("starting clientreg-mock proxy")?;
    let sent = crate::bench::wait_until_listening(port).and_then(|_| {
        let text = fs::read_to_string(root.join(corpus::CORPUS))?;
        corpus::send(&text, &format!("127.0.0.1:{port}"), &credentials)
    });
    let _ = Command::new("kill").arg(proxy.id().to_string()).status();
    let _ = proxy.wait();
    let statuses = sent?;
    println!(
        "{} exchanges recorded to {} through the proxy in front of the real service",
        statuses.len(),
        out.display()
    );
    Ok(())
}

/// `cargo xtask gropius states`: serves Pact's provider states on `127.0.0.1:port`, made through
/// the running service's own API with the admin token `verify.env` holds (mint fresh ones with
/// `tokens` first: they live 10 minutes); runs until stopped.
pub fn states(root: &Path, port: u16) -> Result<()> {
    let paths = Paths::new(root);
    let state = Run::read(&paths.run_file())?;
    let env = Run::read(&paths.verify_env())?;
    let status = Command::new("node")
        .arg(paths.helper("provider-states.js"))
        .arg(port.to_string())
        .env("GROPIUS_URL", state.get("SERVICE_URL")?)
        .env(
            "GROPIUS_ADMIN_TOKEN",
            env.get("CLIENTREG_MOCK_VERIFY_ADMIN_TOKEN")?,
        )
        .env(
            "GROPIUS_KNOWN_USER",
            env.get("CLIENTREG_MOCK_VERIFY_KNOWN_USER")?,
        )
        .status()
        .context("starting node")?;
    if !status.success() {
        bail!("the provider-state helper stopped: {status}");
    }
    Ok(())
}

/// `cargo xtask gropius down`: stops what `up` started, by pid.
pub fn down(root: &Path) -> Result<()> {
    let paths = Paths::new(root);
    let Ok(state) = Run::read(&paths.run_file()) else {
        println!("nothing is up");
        return Ok(());
    };
    for key in ["SERVICE_PID", "BACKEND_PID"] {
        if let Ok(pid) = state.get(key) {
            // Already gone is fine.
            let _ = Command::new("kill").arg(pid).stderr(Stdio::null()).status();
        }
    }
    if let (Ok(bin), Ok(data)) = (state.get("POSTGRES_BIN"), state.get("DATABASE_DIR")) {
        let _ = pg_command(Path::new(bin), "pg_ctl")
            .args(["-D", data, "-m", "fast", "-w", "stop"])
            .stdout(Stdio::null())
            .status();
    }
    fs::remove_file(paths.run_file())?;
    let _ = fs::remove_file(paths.verify_env());
    println!("stopped");
    Ok(())
}

/// Starts a process that outlives this one (its own process group), its output to `log`.
fn spawn(command: &mut Command, log: &Path) -> Result<u32> {
    let out = fs::File::create(log)?;
    let child = command
        .stdin(Stdio::null())
        .stdout(out.try_clone()?)
        .stderr(out)
        .process_group(0)
        .spawn()
        .with_context(|| format!("starting {:?}", command.get_program()))?;
    Ok(child.id())
}

/// Waits until the service answers its readiness route, or fails with its log's tail.
fn wait_ready(base: &str, pid: u32, log: &Path) -> Result<()> {
    let address = base.trim_start_matches("http://");
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(90) {
        if let Ok(mut stream) = TcpStream::connect(address) {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let request = format!(
                "GET /auth/api/login/strategy-instance HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
            );
            let mut answer = String::new();
            if stream.write_all(request.as_bytes()).is_ok()
                && stream.read_to_string(&mut answer).is_ok()
                && answer.starts_with("HTTP/1.1 200")
            {
                return Ok(());
            }
        }
        if !Path::new(&format!("/proc/{pid}")).exists() {
            break;
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    bail!(
        "the service did not become ready; the end of {}:\n{}",
        log.display(),
        log_tail(log, 30)
    )
}

/// The last `lines` lines of a log file.
fn log_tail(log: &Path, lines: usize) -> String {
    let text = fs::read_to_string(log).unwrap_or_default();
    let tail: Vec<&str> = text.lines().rev().take(lines).collect();
    tail.into_iter().rev().collect::<Vec<_>>().join("\n")
}

fn run(command: &mut Command) -> Result<()> {
    let status = command
        .status()
        .with_context(|| format!("running {:?}", command.get_program()))?;
    if !status.success() {
        bail!("{:?} failed: {status}", command.get_program());
    }
    Ok(())
}

/// Runs a command with its output to `log`; on failure, says where the log is.
fn run_logged(command: &mut Command, log: &Path) -> Result<()> {
    let out = fs::File::create(log)?;
    let status = command
        .stdout(out.try_clone()?)
        .stderr(out)
        .status()
        .with_context(|| format!("running {:?}", command.get_program()))?;
    if !status.success() {
        bail!(
            "{:?} failed ({status}); the end of {}:\n{}",
            command.get_program(),
            log.display(),
            log_tail(log, 20)
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::base64;

    #[test]
    fn base64_pads_as_the_standard_says() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foob"), "Zm9vYg==");
    }
}
