//! ASVS 3.3.1/3.3.3 with real concurrency: sessions are tied to the password epoch they
//! were opened under. Concurrent sign-ups of one unverified number leave only the person
//! whose browser proves the number able to sign in, with their own password; a session
//! opened with the old password while a change is under way does not survive it.

use crate::helpers::*;
use crate::on_both;
use serde_json::{json, Value};
use std::sync::Arc;

/// What the session endpoint says about `client`'s session.
async fn viewer(app: &TestApp, client: &reqwest::Client) -> Value {
    app.json_of(client, "session", &[]).await["viewer"].clone()
}

async fn concurrent_sign_ups_of_one_number_give_the_account_to_the_prover(b: Backend) {
    let app = spawn_app_with(b, Options { vars: vec![("SENDS_PER_IP_PER_HOUR", "100000".into())] }).await;
    for round in 0..20 {
        let phone = random_phone();
        let passwords: Vec<String> = (0..12).map(|i| format!("Round {round} signer {i} lamp-tangerine")).collect();
        let clients: Vec<reqwest::Client> = (0..12).map(|_| new_client()).collect();
        let barrier = Arc::new(tokio::sync::Barrier::new(12));
        let mut tasks = Vec::new();
        for i in 0..12 {
            let (client, url, phone, password, barrier) =
                (clients[i].clone(), app.url("/api/sign-up"), phone.clone(), passwords[i].clone(), barrier.clone());
            tasks.push(tokio::spawn(async move {
                barrier.wait().await;
                let form = [("country", "GB"), ("phone", &phone), ("password", &password), ("confirm", &password)];
                let r = client.post(url).form(&form).send().await.unwrap();
                assert!(r.status().as_u16() < 500, "{}", r.text().await.unwrap());
            }));
        }
        for t in tasks {
            t.await.unwrap();
        }
        // Everyone who got a code page tries the code at once (the number's holder has it).
        let code = app.last_code(&phone).await;
        let barrier = Arc::new(tokio::sync::Barrier::new(12));
        let mut tasks = Vec::new();
        for client in &clients {
            let (client, url, code, barrier) = (client.clone(), app.url("/api/verify"), code.clone(), barrier.clone());
            tasks.push(tokio::spawn(async move {
                barrier.wait().await;
                client.post(url).form(&[("code", code)]).send().await.unwrap().status().as_u16()
            }));
        }
        let mut provers = Vec::new();
        for (i, t) in tasks.into_iter().enumerate() {
            let status = t.await.unwrap();
            assert!(status < 500, "round {round}: verify answered {status}");
            if status == 200 {
                provers.push(i);
            }
        }
        assert_eq!(provers.len(), 1, "round {round}: exactly one browser proves the number: {provers:?}");
        let prover = provers[0];
        // Only the prover's password opens the account.
        for (i, password) in passwords.iter().enumerate() {
            let r = app.sign_in_with(&new_client(), &phone, password).await;
            let status = r.status().as_u16();
            if i == prover {
                assert_eq!(status, 200, "round {round}: the prover's own password signs in");
            } else {
                assert_eq!((status, error_json(r).await), (401, json!("BadCredentials")), "round {round}: signer {i}'s password");
            }
        }
        // And every other signer's browser is signed out.
        for (i, client) in clients.iter().enumerate() {
            let v = viewer(&app, client).await;
            if i == prover {
                assert!(v.get("SignedIn").is_some(), "round {round}: {v}");
            } else {
                assert_eq!(v, json!("Anonymous"), "round {round}: signer {i}");
            }
        }
    }
}
on_both!(concurrent_sign_ups_of_one_number_give_the_account_to_the_prover);

async fn a_session_opened_during_a_password_change_does_not_survive_it(b: Backend) {
    let app = spawn_app(b).await;
    let phone = random_phone();
    app.signed_up_and_verified(&phone).await;
    let new_password = "A brand new password for this";
    for _ in 0..5 {
        // Sign-ins with the old password race the change.
        let signers: Vec<reqwest::Client> = (0..8).map(|_| new_client()).collect();
        let barrier = Arc::new(tokio::sync::Barrier::new(9));
        let mut tasks = Vec::new();
        for client in &signers {
            let (client, url, phone, barrier) = (client.clone(), app.url("/api/sign-in"), phone.clone(), barrier.clone());
            tasks.push(tokio::spawn(async move {
                barrier.wait().await;
                let form = [("country", "GB"), ("phone", phone.as_str()), ("password", PASSWORD)];
                client.post(url).form(&form).send().await.unwrap().status().as_u16()
            }));
        }
        let (changer, url) = (app.client.clone(), app.url("/api/change-password"));
        let change = tokio::spawn(async move {
            barrier.wait().await;
            changer
                .post(url)
                .form(&[("current", PASSWORD), ("password", new_password), ("confirm", new_password)])
                .send()
                .await
                .unwrap()
                .status()
        });
        for t in tasks {
            assert!(t.await.unwrap() < 500);
        }
        assert_eq!(change.await.unwrap(), 200);
        for client in &signers {
            assert_eq!(viewer(&app, client).await, json!("Anonymous"), "a session opened with the old password survived the change");
        }
        assert!(viewer(&app, &app.client).await.get("SignedIn").is_some(), "the person who changed it stays signed in");
        // Back to the old password for the next round.
        let r = app.call("change-password", &[("current", new_password), ("password", PASSWORD), ("confirm", PASSWORD)]).await;
        assert_eq!(r.status(), 200);
    }
}
on_both!(a_session_opened_during_a_password_change_does_not_survive_it);
