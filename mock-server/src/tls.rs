//! HTTPS for a server (feature `tls`): its certificate, made at start-up or brought, and the
//! rustls acceptor the edge hands each connection to. ALPN offers HTTP/2 and HTTP/1.1; rustls
//! speaks TLS 1.2 and 1.3 only, so a client offering older versions is refused in the handshake.

use std::fmt;
use std::net::SocketAddr;
use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use sha2::{Digest, Sha256};

use crate::error::ConfigError;

/// How a server serves HTTPS.
///
/// ```
/// use clientreg_mock::config::{ServerConfig, Tls};
///
/// let server = ServerConfig {
///     tls: Some(Tls::Generated { names: vec!["mock.test".into()] }),
///     ..ServerConfig::default()
/// };
/// # drop(server);
/// ```
#[derive(Clone)]
pub enum Tls {
    /// A private CA made at start-up, and a certificate it signs for the server's names: the
    /// listen address, `localhost`, `127.0.0.1`, `::1`, and `names`. A client trusts the CA
    /// ([`CaCertificate`]).
    Generated {
        /// More DNS names or IP addresses the certificate is valid for.
        names: Vec<String>,
    },
    /// Your certificate chain (PEM, the server's own first) and its private key (PEM).
    Provided {
        /// The chain, PEM.
        chain_pem: Vec<u8>,
        /// The private key, PEM (PKCS #8, PKCS #1 or SEC1).
        key_pem: Vec<u8>,
    },
}

impl fmt::Debug for Tls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tls::Generated { names } => f.debug_struct("Generated").field("names", names).finish(),
            Tls::Provided { chain_pem, .. } => f
                .debug_struct("Provided")
                .field("chain_pem", &format_args!("<{} bytes>", chain_pem.len()))
                .field("key_pem", &format_args!("<redacted>"))
                .finish(),
        }
    }
}

/// The CA a generated certificate is signed by: what a client trusts to call the server over
/// HTTPS (`reqwest::Certificate::from_pem(ca.pem().as_bytes())`, `curl --cacert`, Python's
/// `verify=`, Node's `NODE_EXTRA_CA_CERTS`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaCertificate {
    pem: String,
    der: Vec<u8>,
}

impl CaCertificate {
    /// The certificate, PEM.
    pub fn pem(&self) -> &str {
        &self.pem
    }

    /// The certificate, DER.
    pub fn der(&self) -> &[u8] {
        &self.der
    }

    /// Its SHA-256 fingerprint, as `openssl x509 -fingerprint -sha256` prints it
    /// (`AB:CD:…`).
    pub fn sha256_fingerprint(&self) -> String {
        Sha256::digest(&self.der)
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect::<Vec<_>>()
            .join(":")
    }
}

/// What a server serves HTTPS with: the acceptor, and the CA to trust when it made its own.
#[derive(Clone)]
pub(crate) struct Acceptor {
    pub(crate) acceptor: tokio_rustls::TlsAcceptor,
    pub(crate) ca: Option<CaCertificate>,
}

impl fmt::Debug for Acceptor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Acceptor").field("ca", &self.ca).finish()
    }
}

/// A certificate error: `what` could not be used, because of `source`.
fn refused(
    what: &'static str,
) -> impl FnOnce(Box<dyn std::error::Error + Send + Sync>) -> ConfigError {
    move |source| ConfigError::Certificate { what, source }
}

/// The acceptor `tls` describes, for a server on `listen`.
pub(crate) fn acceptor(tls: &Tls, listen: SocketAddr) -> Result<Acceptor, ConfigError> {
    let (chain, key, ca) = match tls {
        Tls::Generated { names } => generated(names, listen)?,
        Tls::Provided { chain_pem, key_pem } => {
            let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(chain_pem)
                .collect::<Result<_, _>>()
                .map_err(|e| refused("the TLS certificate chain")(e.into()))?;
            if chain.is_empty() {
                return Err(refused("the TLS certificate chain")(
                    "it holds no certificate".into(),
                ));
            }
            let key = PrivateKeyDer::from_pem_slice(key_pem)
                .map_err(|e| refused("the TLS private key")(e.into()))?;
            (chain, key, None)
        }
    };
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| refused("the TLS protocol versions")(e.into()))?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| refused("the TLS certificate and key")(e.into()))?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Acceptor {
        acceptor: tokio_rustls::TlsAcceptor::from(Arc::new(config)),
        ca,
    })
}

type Made = (
    Vec<CertificateDer<'static>>,
    PrivateKeyDer<'static>,
    Option<CaCertificate>,
);

/// A private CA and a certificate it signs for the server's names.
fn generated(extra: &[String], listen: SocketAddr) -> Result<Made, ConfigError> {
    use rcgen::{
        BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose,
    };
    let mut names: Vec<String> = vec!["localhost".into(), "127.0.0.1".into(), "::1".into()];
    if !listen.ip().is_unspecified() {
        names.push(listen.ip().to_string());
    }
    names.extend(extra.iter().cloned());
    names.sort();
    names.dedup();

    let ca_key = KeyPair::generate().map_err(|e| refused("the made CA key")(e.into()))?;
    let mut ca_params = CertificateParams::new(Vec::<String>::new())
        .map_err(|e| refused("the made CA certificate")(e.into()))?;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "clientreg-mock private CA");
    let ca_cert = ca_params
        .self_signed(&ca_key)
        .map_err(|e| refused("the made CA certificate")(e.into()))?;
    let issuer = Issuer::new(ca_params, ca_key);

    let server_key = KeyPair::generate().map_err(|e| refused("the made server key")(e.into()))?;
    let mut server_params =
        CertificateParams::new(names).map_err(|e| refused("a --tls-name")(e.into()))?;
    server_params
        .distinguished_name
        .push(DnType::CommonName, "clientreg-mock");
    let server_cert = server_params
        .signed_by(&server_key, &issuer)
        .map_err(|e| refused("the made server certificate")(e.into()))?;
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(server_key.serialize_der()));
    let ca = CaCertificate {
        pem: ca_cert.pem(),
        der: ca_cert.der().to_vec(),
    };
    Ok((
        vec![server_cert.der().clone(), ca_cert.der().clone()],
        key,
        Some(ca),
    ))
}
