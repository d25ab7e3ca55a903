//! ASVS 3.5.3 (tokens kept by the client are protected against tampering) and 8.3.1 (no
//! personal data where it need not be): the flow cookie, which keeps the number of a
//! signed-out code flow between requests, is sealed. Encrypted, so neither the browser nor
//! anyone who sees the cookie can read the number; authenticated, so an altered or made-up
//! one is ignored.

use crate::helpers::*;
use crate::on_both;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine;
use serde_json::{json, Value};

/// Whether `value` shows `phone` in a readable form: as text (whole, without `+`, national
/// digits, percent-encoded), in hex, or in any base64 piece of it once decoded.
fn shows_number(value: &str, phone: &str) -> bool {
    let needles = [phone.to_string(), phone[1..].to_string(), phone[3..].to_string()];
    let pieces: Vec<&str> = value.split(|c: char| !(c.is_ascii_alphanumeric() || "+/-_=".contains(c))).collect();
    needles.iter().any(|n| {
        let n = n.as_bytes();
        value.contains(&hex::encode(n))
            || value.as_bytes().windows(n.len()).any(|w| w == n)
            || pieces.iter().any(|piece| {
                [&STANDARD, &URL_SAFE, &STANDARD_NO_PAD, &URL_SAFE_NO_PAD]
                    .iter()
                    .filter_map(|engine| engine.decode(piece).ok())
                    .any(|bytes| bytes.windows(n.len()).any(|w| w == n))
            })
    })
}

async fn the_flow_cookie_hides_the_number_and_ignores_tampering(b: Backend) {
    let app = spawn_app(b).await;
    let phone = super::signed_in(&app).await;
    let r = app.call_with(&new_client(), "send-sign-in-code", &[("country", "GB"), ("phone", &phone)]).await;
    assert_eq!(r.status(), 200);
    let value = flow_cookie(&r).filter(|v| !v.is_empty()).expect("a flow cookie");

    // The check has teeth: the old shape (base64url payload, a dot, a signature) shows it.
    let old_shape = format!("{}.c2lnbmF0dXJl", URL_SAFE_NO_PAD.encode(format!("sign-in|{phone}|1700000000")));
    assert!(shows_number(&old_shape, &phone));
    assert!(!shows_number(&value, &phone), "the number is readable in the flow cookie {value}");

    // Altered anywhere (one character changed), the cookie is ignored: no flow, no code page
    // state, nothing to sign in to.
    let code = app.code_for(&phone, "sign-in").await;
    for at in [0, value.len() / 2, value.trim_end_matches('=').len() - 1] {
        let mut tampered: Vec<char> = value.chars().collect();
        tampered[at] = if tampered[at] == 'A' { 'B' } else { 'A' };
        let tampered: String = tampered.into_iter().collect();
        let browser = client_with_cookie(&format!("pa_flow={tampered}"));
        assert_eq!(app.json_of(&browser, "code-state", &[("purpose", "sign-in")]).await, Value::Null, "changed at {at}");
        assert_eq!(app.json_of(&browser, "sign-in-with-code", &[("code", &code)]).await, json!("StartOver"), "changed at {at}");
    }
    // A readable cookie made up by a client is nothing either.
    let made_up = client_with_cookie(&format!("pa_flow={old_shape}"));
    assert_eq!(app.json_of(&made_up, "code-state", &[("purpose", "sign-in")]).await, Value::Null);

    // The cookie as it was sent is the flow: the code page shows the number, and the code signs in.
    let browser = client_with_cookie(&format!("pa_flow={value}"));
    let state = app.json_of(&browser, "code-state", &[("purpose", "sign-in")]).await;
    assert_eq!(state["phone"], format!("+44 {} {}", &phone[3..7], &phone[7..]));
    let r = app.call_with(&browser, "sign-in-with-code", &[("code", &code)]).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    assert!(session_cookie(&r).is_some());
}
on_both!(the_flow_cookie_hides_the_number_and_ignores_tampering);
