//! ASVS 2.7.5: the app keeps only a keyed hash of each code (HMAC-SHA256 with the server
//! secret, bound to purpose and number), never the code.

use crate::helpers::*;
use crate::on_both;

async fn codes_are_stored_only_as_keyed_hashes(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    app.sign_up(&phone).await;
    let code = app.last_code(&phone).await;
    let rows: Vec<(Option<String>, String)> = sqlx::query_as("SELECT code_hash, purpose FROM verification_codes WHERE phone = $1")
        .bind(&phone)
        .fetch_all(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    let hash = rows[0].0.clone().unwrap();
    assert_eq!(hash.len(), 64);
    assert!(!hash.contains(&code));
    // Not a plain hash of the code: without the secret it cannot be recomputed.
    use sha2::{Digest, Sha256};
    assert_ne!(hash, hex::encode(Sha256::digest(code.as_bytes())));
    assert_ne!(hash, hex::encode(Sha256::digest(format!("verify-phone|{phone}|{code}").as_bytes())));
    // No column anywhere holds the code.
    let dump: Vec<(String,)> =
        sqlx::query_as("SELECT detail FROM audit_events").fetch_all(&mut *app.state.db.read().await.unwrap()).await.unwrap();
    assert!(dump.iter().all(|(d,)| !d.contains(&code)));
}
on_both!(codes_are_stored_only_as_keyed_hashes);
