//! The auth clients Gropius keeps: the two built-in ones, and those created through the API,
//! oldest first, found by id, each with its secrets kept only as hashes.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::model::{AuthClient, AuthClientDetails, AuthClientScope, CensoredClientSecret};

/// The two built-in clients: listed first, readable, never changed. Their redirect URLs are
/// made from the deployment's own URL as the real service makes them (`combineURL`: the base
/// with a final `/` added when missing, the path resolved against it as `new URL` does).
/// `None` when `endpoint` is not an absolute URL a path can be joined to.
pub(crate) fn built_in(endpoint: &str) -> Option<[AuthClient; 2]> {
    let base = if endpoint.ends_with('/') {
        url::Url::parse(endpoint)
    } else {
        url::Url::parse(&format!("{endpoint}/"))
    }
    .ok()
    .filter(|base| !base.cannot_be_a_base())?;
    let url = |path: &str| base.join(path).map(String::from).ok();
    Some([
        AuthClient {
            id: "gropius-auth-client".to_string(),
            name: "Gropius auth client".to_string(),
            redirect_urls: vec![url("login")?],
            is_valid: true,
            requires_secret: false,
            valid_scopes: Some(vec![
                AuthClientScope::Backend,
                AuthClientScope::Login,
                AuthClientScope::LoginRegister,
            ]),
            is_internal: true,
        },
        AuthClient {
            id: "login-auth-client".to_string(),
            name: "Login auth client".to_string(),
            redirect_urls: vec![url("auth/flow/account")?, url("auth/flow/update")?],
            is_valid: true,
            requires_secret: false,
            valid_scopes: Some(vec![
                AuthClientScope::LoginRegister,
                AuthClientScope::Auth,
                AuthClientScope::Login,
            ]),
            is_internal: true,
        },
    ])
}

/// A secret as it is kept: what may be shown of it. The text itself is not kept: the real
/// service keeps a bcrypt hash and fingerprints that; the mock, which never checks a secret,
/// keeps only the fingerprint, of a SHA-256 hash.
#[derive(Clone)]
pub(crate) struct KeptSecret {
    /// The first 5 characters and ten `*`.
    censored: String,
    /// Hex SHA-256 of `hash`.
    fingerprint: String,
}

impl std::fmt::Debug for KeptSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeptSecret")
            .field("censored", &self.censored)
            .field("fingerprint", &self.fingerprint)
            .finish_non_exhaustive()
    }
}

impl KeptSecret {
    /// Keeps `secret_text` as a hash; the text itself is not kept.
    pub(crate) fn new(secret_text: &str) -> Self {
        let hash = Sha256::digest(secret_text.as_bytes());
        Self {
            censored: format!("{}**********", &secret_text[..5]),
            fingerprint: hex(&Sha256::digest(hash)),
        }
    }

    pub(crate) fn censored(&self) -> CensoredClientSecret {
        CensoredClientSecret {
            censored: self.censored.clone(),
            fingerprint: self.fingerprint.clone(),
        }
    }

    /// Whether `secret_text` is this secret.
    #[cfg(test)]
    fn is(&self, secret_text: &str) -> bool {
        hex(&Sha256::digest(Sha256::digest(secret_text.as_bytes()))) == self.fingerprint
    }
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(2 * bytes.len());
    for byte in bytes {
        text.push(char::from(DIGITS[usize::from(byte >> 4)]));
        text.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    text
}

/// A created client as it is kept.
#[derive(Debug, Clone)]
pub(crate) struct KeptClient {
    pub(crate) client: AuthClient,
    pub(crate) user: Option<String>,
    pub(crate) secrets: Vec<KeptSecret>,
}

impl KeptClient {
    pub(crate) fn details(&self) -> AuthClientDetails {
        AuthClientDetails {
            client: self.client.clone(),
            censored_client_secrets: self.secrets.iter().map(KeptSecret::censored).collect(),
            client_credential_flow_user: self.user.clone(),
        }
    }
}

/// The created clients, in the order they were created, found by id.
///
/// The index is ordered, not hashed: a hash table doubles and rehashes every id it holds at
/// once when it grows, which stalls the request that made it grow (BENCHMARKS.md has the
/// figures), where a B-tree grows a node at a time. Its key is the id's 128 bits: an id in any
/// spelling PostgreSQL reads as a `uuid` names the client, as it does in the real service.
#[derive(Debug, Default)]
pub(crate) struct AuthClients {
    by_age: BTreeMap<u64, KeptClient>,
    age_of: BTreeMap<u128, u64>,
    next_age: u64,
}

/// Whether PostgreSQL reads `id` as a `uuid`: the ids the real service can look up without
/// its database failing.
pub(crate) fn is_uuid(id: &str) -> bool {
    key(id).is_some()
}

/// The client id a path segment names, written as the service writes ids (lower-case,
/// hyphenated), when it is a UUID in any spelling the service reads; `None` otherwise.
pub(crate) fn canonical_id(id: &str) -> Option<String> {
    key(id).map(|bits| Uuid::from_u128(bits).to_string())
}

/// The index key of the path segment `id`: its 128 bits, once percent-decoded (Express decodes
/// a route's parameters), read as PostgreSQL's `uuid` input reads a text (`string_to_uuid` in
/// `src/backend/utils/adt/uuid.c`): an optional `{`, 32 hex digits in either case with an
/// optional `-` after any even group of four, then `}` when it opened with `{`; nothing else
/// (no `urn:uuid:`, no spaces).
fn key(id: &str) -> Option<u128> {
    let decoded = percent_decoded(id.as_bytes());
    let (braced, mut rest) = match decoded.as_slice() {
        [b'{', rest @ ..] => (true, rest),
        all => (false, all),
    };
    let mut value = 0u128;
    for i in 0..16 {
        let [high, low, tail @ ..] = rest else {
            return None;
        };
        let byte = (char::from(*high).to_digit(16)? << 4) | char::from(*low).to_digit(16)?;
        value = (value << 8) | u128::from(byte);
        rest = match tail {
            [b'-', after @ ..] if i % 2 == 1 && i < 15 => after,
            _ => tail,
        };
    }
    let rest = if braced {
        rest.strip_prefix(b"}")?
    } else {
        rest
    };
    rest.is_empty().then_some(value)
}

/// `segment` with each `%XX` turned into its byte; any other `%` kept as it is.
fn percent_decoded(segment: &[u8]) -> Vec<u8> {
    let mut decoded = Vec::with_capacity(segment.len());
    let mut rest = segment;
    while let [first, tail @ ..] = rest {
        if let (b'%', [high, low, after @ ..]) = (first, tail)
            && let (Some(high), Some(low)) = (
                char::from(*high).to_digit(16),
                char::from(*low).to_digit(16),
            )
        {
            decoded.push(((high << 4) | low) as u8);
            rest = after;
        } else {
            decoded.push(*first);
            rest = tail;
        }
    }
    decoded
}

impl AuthClients {
    /// Keeps `client`, whose id is `id`.
    pub(crate) fn insert(&mut self, id: Uuid, client: KeptClient) {
        debug_assert_eq!(client.client.id, id.hyphenated().to_string());
        let age = self.next_age;
        self.next_age += 1;
        self.age_of.insert(id.as_u128(), age);
        self.by_age.insert(age, client);
    }

    pub(crate) fn get(&self, id: &str) -> Option<&KeptClient> {
        self.by_age.get(self.age_of.get(&key(id)?)?)
    }

    pub(crate) fn get_mut(&mut self, id: &str) -> Option<&mut KeptClient> {
        self.by_age.get_mut(self.age_of.get(&key(id)?)?)
    }

    /// The client `id`, moved after every other (as a row the real service saved anew).
    pub(crate) fn move_to_end(&mut self, id: &str) -> Option<&mut KeptClient> {
        let key = key(id)?;
        let client = self.by_age.remove(self.age_of.get(&key)?)?;
        let age = self.next_age;
        self.next_age += 1;
        self.age_of.insert(key, age);
        Some(self.by_age.entry(age).or_insert(client))
    }

    pub(crate) fn remove(&mut self, id: &str) -> Option<KeptClient> {
        self.by_age.remove(&self.age_of.remove(&key(id)?)?)
    }

    /// Removes the oldest client.
    pub(crate) fn pop_oldest(&mut self) -> Option<KeptClient> {
        let (_, oldest) = self.by_age.pop_first()?;
        if let Some(k) = key(&oldest.client.id) {
            self.age_of.remove(&k);
        }
        Some(oldest)
    }

    /// The clients, oldest first.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &KeptClient> {
        self.by_age.values()
    }

    pub(crate) fn len(&self) -> usize {
        self.by_age.len()
    }

    pub(crate) fn clear(&mut self) {
        self.by_age.clear();
        self.age_of.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_is_kept_as_a_hash_and_shown_censored() {
        let text = "0123456789abcdef0123456789abcd";
        let kept = KeptSecret::new(text);
        assert!(kept.is(text) && !kept.is("0123456789abcdef0123456789abce"));
        assert_eq!(kept.censored().censored, "01234**********");
        assert_eq!(kept.censored().fingerprint.len(), 64);
        assert!(!format!("{kept:?}").contains(text));
    }

    /// A created client with the id `id`.
    fn kept(id: Uuid) -> KeptClient {
        let mut client = built_in(crate::config::DEFAULT_GROPIUS_ENDPOINT).unwrap()[0].clone();
        client.id = id.to_string();
        KeptClient {
            client,
            user: None,
            secrets: Vec::new(),
        }
    }

    #[test]
    fn clients_keep_their_order_and_are_found_by_id() {
        let mut clients = AuthClients::default();
        let ids = [1u128, 2, 3].map(Uuid::from_u128);
        for id in ids {
            clients.insert(id, kept(id));
        }
        let [a, b, c] = ids.map(|id| id.to_string());
        assert!(clients.remove(&b).is_some());
        assert!(clients.get(&b).is_none());
        assert_eq!(clients.pop_oldest().unwrap().client.id, a);
        assert_eq!(
            clients
                .iter()
                .map(|c| c.client.id.as_str())
                .collect::<Vec<_>>(),
            [c.as_str()]
        );
    }

    #[test]
    fn an_id_is_found_in_every_spelling_postgresql_reads() {
        let mut clients = AuthClients::default();
        let id = Uuid::from_u128(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef);
        clients.insert(id, kept(id));
        for same in [
            "01234567-89ab-cdef-0123-456789abcdef",
            "01234567-89AB-CDEF-0123-456789ABCDEF",
            "0123456789abcdef0123456789abcdef",
            "{01234567-89ab-cdef-0123-456789abcdef}",
            "0123-4567-89ab-cdef-0123-4567-89ab-cdef",
            "{0123456789abcdef0123456789abcdef}",
            "%7B01234567-89ab-cdef-0123-456789abcdef%7d",
            "01234567%2D89ab-cdef-0123-456789abcdef",
        ] {
            assert!(clients.get(same).is_some(), "{same:?} found no client");
            assert!(is_uuid(same), "{same:?}");
        }
        for other in [
            "urn:uuid:01234567-89ab-cdef-0123-456789abcdef",
            " 01234567-89ab-cdef-0123-456789abcdef",
            "{01234567-89ab-cdef-0123-456789abcdef",
            "01234567-89ab-cdef-0123-456789abcdef}",
            "012-34567-89ab-cdef-0123-456789abcdef",
            "01234567-89ab-cdef-0123-456789abcdef-",
            "01234567--89ab-cdef-0123-456789abcdef",
            "01234567-89ab-cdef-0123-456789abcdeg",
            "01234567-89ab-cdef-0123-456789abcde",
            "%7B01234567-89ab-cdef-0123-456789abcdef",
            "%2001234567-89ab-cdef-0123-456789abcdef",
            "gropius-auth-client",
            "",
        ] {
            assert!(clients.get(other).is_none(), "{other:?} found a client");
            assert!(!is_uuid(other), "{other:?}");
        }
    }

    #[test]
    fn built_in_redirect_urls_are_made_from_the_endpoint_as_combine_url_does() {
        let urls = |endpoint| built_in(endpoint).map(|[a, b]| [a.redirect_urls, b.redirect_urls]);
        assert_eq!(
            urls("https://gropius.example.com/base"),
            Some([
                vec!["https://gropius.example.com/base/login".to_string()],
                vec![
                    "https://gropius.example.com/base/auth/flow/account".to_string(),
                    "https://gropius.example.com/base/auth/flow/update".to_string(),
                ],
            ])
        );
        assert_eq!(
            urls("http://127.0.0.1:13000"),
            urls("http://127.0.0.1:13000/")
        );
        assert_eq!(urls("not a url"), None);
        assert_eq!(urls("mailto:a@example.com"), None);
    }
}
