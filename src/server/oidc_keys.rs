//! The OpenID provider's signing keys and the JWS of its ID tokens. Keys are RSA 2048 for
//! RS256 (what every relying party supports), kept in the database so every instance
//! signs with the same one, their private halves sealed (AES-256-GCM) with a key derived
//! from the app secret. `phone-auth keys rotate` adds a new key and retires the others
//! [`PUBLISH_AHEAD`] later: the new key is in the JWKS (which relying parties may cache
//! that long) before it signs, and the old ones stay in it [`ID_TOKEN_TTL`] after they
//! stop signing, until every token they signed has expired.
//!
//! The compact JWS is built here rather than with a JWT crate: one algorithm, only this
//! provider's own tokens, and a few lines on top of `rsa`'s PKCS#1 v1.5 signer. The tests
//! check every token with a standard relying-party library (`openidconnect`).

use crate::server::clock::now;
use crate::server::cookie::CookieSpec;
use crate::server::db::oidc::KeyRow;
use crate::server::db::Db;
use anyhow::Context;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use cookie::Key;
use rsa::pkcs1v15::{Signature, SigningKey, VerifyingKey};
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey, LineEnding};
use rsa::signature::{RandomizedSigner, SignatureEncoding, Verifier};
use rsa::traits::PublicKeyParts;
use rsa::{RsaPrivateKey, RsaPublicKey};
use serde_json::{json, Value};
use sha2::Sha256;
use std::collections::HashMap;
use std::sync::Arc;

/// How long an ID token is valid; a retired key stays published this long.
pub const ID_TOKEN_TTL: i64 = 3600;

/// How long the JWKS may be cached (its `Cache-Control`), and so how long a new key is
/// published before it signs.
pub const PUBLISH_AHEAD: i64 = 300;

/// The name bound into the sealed private keys (a value sealed for a cookie cannot pass
/// for a key, nor the reverse).
const SEALED: CookieSpec = CookieSpec { name: "oidc_signing_key", host_name: "oidc_signing_key" };

/// The key that signs now.
pub struct ActiveKey {
    pub kid: String,
    signing: SigningKey<Sha256>,
}

impl std::fmt::Debug for ActiveKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ActiveKey").field("kid", &self.kid).field("private_key", &"[redacted]").finish()
    }
}

impl ActiveKey {
    /// The compact JWS (RS256) of `claims`.
    pub fn sign(&self, claims: &Value) -> String {
        let header = json!({"alg": "RS256", "typ": "JWT", "kid": self.kid});
        let input = format!("{}.{}", URL_SAFE_NO_PAD.encode(header.to_string()), URL_SAFE_NO_PAD.encode(claims.to_string()));
        // Blinded (a random factor per signature), so its time does not follow the signed
        // bytes (a client chooses the nonce in them). The rsa crate's big-number
        // arithmetic is still not constant-time (RUSTSEC-2023-0071).
        let signature: Signature = self.signing.sign_with_rng(&mut rand::rngs::OsRng, input.as_bytes());
        format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature.to_bytes()))
    }
}

/// The keys this instance has opened, so a token is not signed after a database read
/// and an RSA key parse each time. One lock: only one task of an instance generates the
/// first key.
#[derive(Default)]
pub struct KeyCache {
    active: tokio::sync::Mutex<Option<Arc<ActiveKey>>>,
    public: std::sync::Mutex<HashMap<String, RsaPublicKey>>,
}

impl std::fmt::Debug for KeyCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyCache(<redacted>)")
    }
}

impl KeyCache {
    /// The key that signs now: the oldest key not retired yet (one small query, so a
    /// rotation by another process is followed); generated and stored if there is none,
    /// or if it cannot be opened with this app secret.
    pub async fn active(&self, db: &Db, seal_key: &Key) -> anyhow::Result<Arc<ActiveKey>> {
        let mut cached = self.active.lock().await;
        let row = db.active_signing_key(now()).await.context("reading the signing key")?;
        if let (Some(r), Some(c)) = (&row, cached.as_ref()) {
            if r.kid == c.kid {
                return Ok(c.clone());
            }
        }
        let opened = match &row {
            Some(r) => match open(r, seal_key) {
                Some(private) => Some((r.kid.clone(), private)),
                None => {
                    tracing::warn!(kid = %r.kid, "the signing key cannot be opened with this APP_SECRET: generating a new one");
                    None
                }
            },
            None => None,
        };
        let (kid, private) = match opened {
            Some(k) => k,
            None => {
                let (kid, private) = generate().await?;
                // A key that cannot be opened is of no use: retired at once.
                db.insert_signing_key(&kid, &seal(&private, seal_key)?, now(), now()).await.context("storing the new signing key")?;
                tracing::info!(%kid, "generated an OpenID Connect signing key");
                // Another instance may have stored one at the same moment: every instance
                // signs with the one the database picks.
                match db.active_signing_key(now()).await.context("reading the signing key")? {
                    Some(r) if r.kid != kid => match open(&r, seal_key) {
                        Some(p) => (r.kid, p),
                        None => (kid, private),
                    },
                    _ => (kid, private),
                }
            }
        };
        self.remember_public(&kid, RsaPublicKey::from(&private));
        let active = Arc::new(ActiveKey { kid, signing: SigningKey::<Sha256>::new(private) });
        *cached = Some(active.clone());
        Ok(active)
    }

    /// The JWK Set: every published key (live, or retired less than [`ID_TOKEN_TTL`] ago).
    pub async fn jwks(&self, db: &Db, seal_key: &Key) -> anyhow::Result<Value> {
        // A first request to the JWKS before any token: the key exists from then on.
        self.active(db, seal_key).await?;
        let rows = db.published_signing_keys(now() - ID_TOKEN_TTL).await.context("reading the published keys")?;
        let mut keys = Vec::new();
        for r in &rows {
            if let Some(public) = self.public_key_of(r, seal_key) {
                keys.push(jwk(&r.kid, &public));
            }
        }
        Ok(json!({ "keys": keys }))
    }

    /// The public key of a published key `kid` (to check an `id_token_hint`).
    pub async fn public_key(&self, db: &Db, seal_key: &Key, kid: &str) -> anyhow::Result<Option<RsaPublicKey>> {
        let Some(row) = db.signing_key(kid).await.context("reading a signing key")? else { return Ok(None) };
        Ok(self.public_key_of(&row, seal_key))
    }

    fn public_key_of(&self, row: &KeyRow, seal_key: &Key) -> Option<RsaPublicKey> {
        if let Some(p) = self.public.lock().ok().and_then(|m| m.get(&row.kid).cloned()) {
            return Some(p);
        }
        let public = RsaPublicKey::from(&open(row, seal_key)?);
        self.remember_public(&row.kid, public.clone());
        Some(public)
    }

    fn remember_public(&self, kid: &str, public: RsaPublicKey) {
        if let Ok(mut m) = self.public.lock() {
            m.insert(kid.to_string(), public);
        }
    }
}

/// A new RSA 2048 key (on a blocking thread: it takes a moment) and a random key id.
pub async fn generate() -> anyhow::Result<(String, RsaPrivateKey)> {
    let private = tokio::task::spawn_blocking(|| RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048))
        .await
        .context("the key generation task failed")?
        .context("generating an RSA key")?;
    let mut id = [0u8; 12];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut id);
    Ok((URL_SAFE_NO_PAD.encode(id), private))
}

/// `phone-auth keys rotate`: a new signing key, published at once and signing
/// [`PUBLISH_AHEAD`] later, when the others retire (they stay published until the
/// tokens they signed have expired). Returns the new key id.
pub async fn rotate(db: &Db, seal_key: &Key) -> anyhow::Result<String> {
    let (kid, private) = generate().await?;
    let t = now();
    db.insert_signing_key(&kid, &seal(&private, seal_key)?, t, t + PUBLISH_AHEAD).await.context("storing the new signing key")?;
    Ok(kid)
}

fn seal(private: &RsaPrivateKey, seal_key: &Key) -> anyhow::Result<String> {
    let pem = private.to_pkcs8_pem(LineEnding::LF).context("encoding the signing key")?;
    Ok(SEALED.seal(seal_key, &pem))
}

fn open(row: &KeyRow, seal_key: &Key) -> Option<RsaPrivateKey> {
    let pem = SEALED.open(seal_key, &row.private_key)?;
    RsaPrivateKey::from_pkcs8_pem(&pem).ok()
}

fn jwk(kid: &str, public: &RsaPublicKey) -> Value {
    json!({
        "kty": "RSA",
        "use": "sig",
        "alg": "RS256",
        "kid": kid,
        "n": URL_SAFE_NO_PAD.encode(public.n().to_bytes_be()),
        "e": URL_SAFE_NO_PAD.encode(public.e().to_bytes_be()),
    })
}

/// The header's `kid` of a compact JWS, unverified (to pick the key to verify with).
pub fn jws_kid(token: &str) -> Option<String> {
    let header = token.split('.').next()?;
    let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header).ok()?).ok()?;
    if header["alg"] != "RS256" {
        return None;
    }
    header["kid"].as_str().map(str::to_string)
}

/// The claims of an RS256 compact JWS whose signature `public` verifies; `None` for
/// anything else. (Times and audience are the caller's to check.)
pub fn verify_jws(token: &str, public: &RsaPublicKey) -> Option<Value> {
    let mut parts = token.split('.');
    let (header, payload, signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let signature = Signature::try_from(URL_SAFE_NO_PAD.decode(signature).ok()?.as_slice()).ok()?;
    VerifyingKey::<Sha256>::new(public.clone()).verify(format!("{header}.{payload}").as_bytes(), &signature).ok()?;
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn tokens_verify_with_their_key_only_and_keys_stay_sealed() {
        let (kid, private) = generate().await.unwrap();
        let public = RsaPublicKey::from(&private);
        let keys = crate::server::cookie::CookieKeys::derive("a-secret-a-secret-a-secret-a-secret");
        let sealed = seal(&private, &keys.signing_keys).unwrap();
        assert!(!sealed.contains("PRIVATE KEY"));
        let row = KeyRow { kid: kid.clone(), private_key: sealed, created_at: 0, retired_at: None };
        assert!(open(&row, &keys.signing_keys).is_some());
        assert!(open(&row, &keys.flow).is_none(), "another key cannot open it");
        let active = ActiveKey { kid: kid.clone(), signing: SigningKey::<Sha256>::new(private) };
        let token = active.sign(&json!({"sub": "x"}));
        assert_eq!(jws_kid(&token).as_deref(), Some(kid.as_str()));
        assert_eq!(verify_jws(&token, &public).unwrap()["sub"], "x");
        let (_, other) = generate().await.unwrap();
        assert!(verify_jws(&token, &RsaPublicKey::from(&other)).is_none());
        let mut forged = token.clone();
        forged.insert(token.find('.').unwrap() + 2, 'A');
        assert!(verify_jws(&forged, &public).is_none());
        assert!(!format!("{active:?}").contains("BEGIN"));
        let jwk = jwk(&kid, &public);
        assert_eq!((jwk["kty"].as_str(), jwk["e"].as_str()), (Some("RSA"), Some("AQAB")));
    }
}
