//! ASVS 12.1 / 13.1 / 11.1.4: every queue, decode and wait is bounded, and past the
//! bound the answer comes at once with a sentence: the password hashing queue, picture
//! decoding, request bodies and headers that trickle in, per-client buckets for IPv6
//! (by /64), and step-up password checks, which count like sign-ins.

use crate::helpers::*;
use crate::on_both;
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

async fn a_flood_of_sign_ins_past_the_hash_queue_is_refused_at_once(b: Backend) {
    let app = spawn_app_with(
        b,
        Options { vars: vec![("ARGON2_MAX_CONCURRENCY", "1".into()), ("FAILED_SIGNINS_PER_IP_PER_HOUR", "100000".into())] },
    )
    .await;
    let barrier = Arc::new(tokio::sync::Barrier::new(200));
    let mut tasks = Vec::new();
    for _ in 0..200 {
        let (url, barrier) = (app.url("/api/sign-in"), barrier.clone());
        tasks.push(tokio::spawn(async move {
            let form = [("country", "GB".to_string()), ("phone", random_phone()), ("password", "a guess of a password".to_string())];
            barrier.wait().await;
            let r = new_client().post(url).form(&form).send().await.unwrap();
            let retry_after = r.headers().get("retry-after").map(|v| v.to_str().unwrap().to_string());
            (r.status().as_u16(), retry_after, r.json::<Value>().await.unwrap())
        }));
    }
    let (mut busy, mut wrong) = (0, 0);
    for t in tasks {
        match t.await.unwrap() {
            (503, Some(after), e) if e == json!("Busy") && after == "1" => busy += 1,
            (401, _, e) if e == json!("BadCredentials") => wrong += 1,
            other => panic!("unexpected answer {other:?}"),
        }
    }
    assert!(busy > 0, "a full queue refuses at once ({wrong} hashed)");
    assert!(wrong >= 32, "the queue itself still works ({wrong} hashed, {busy} refused)");
}
on_both!(a_flood_of_sign_ins_past_the_hash_queue_is_refused_at_once);

fn gray_png(width: u32, height: u32) -> Vec<u8> {
    let img = image::DynamicImage::ImageLuma8(image::GrayImage::new(width, height));
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png).unwrap();
    out
}

async fn upload(app: &TestApp, client: &reqwest::Client, bytes: Vec<u8>) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(bytes).file_name("me.png").mime_str("image/png").unwrap();
    client.post(app.url("/api/upload-photo")).multipart(reqwest::multipart::Form::new().part("photo", part)).send().await.unwrap()
}

async fn pictures_too_big_to_decode_get_a_sentence_and_concurrent_decodes_wait_their_turn(b: Backend) {
    let app = spawn_app(b).await;
    app.signed_up_and_verified(&random_phone()).await;
    // A small file (about 130 KB) that would decode to 5000 x 5000 pixels.
    let bomb = gray_png(5_000, 5_000);
    assert!(bomb.len() < 300_000, "{} bytes", bomb.len());
    let big_but_fine = gray_png(4_000, 3_000);
    let mut tasks = Vec::new();
    for i in 0..6 {
        let (app_url, client, bytes) = (app.url(""), app.client.clone(), if i % 2 == 0 { bomb.clone() } else { big_but_fine.clone() });
        tasks.push(tokio::spawn(async move {
            let part = reqwest::multipart::Part::bytes(bytes).file_name("me.png").mime_str("image/png").unwrap();
            let r = client
                .post(format!("{app_url}/api/upload-photo"))
                .multipart(reqwest::multipart::Form::new().part("photo", part))
                .send()
                .await
                .unwrap();
            (i, r.status().as_u16(), r.text().await.unwrap())
        }));
    }
    for t in tasks {
        let (i, status, body) = t.await.unwrap();
        if i % 2 == 0 {
            assert_eq!(status, 422, "{body}");
            assert!(body.contains("This picture is too big: at most 4096 by 4096 pixels."), "{body}");
        } else {
            assert_eq!(status, 200, "{body}");
        }
    }
    let r = upload(&app, &app.client, gray_png(4_096, 64)).await;
    assert_eq!(r.status(), 200, "the largest side allowed");
}
on_both!(pictures_too_big_to_decode_get_a_sentence_and_concurrent_decodes_wait_their_turn);

/// Opens a raw connection to the app.
async fn raw(app: &TestApp) -> tokio::net::TcpStream {
    tokio::net::TcpStream::connect(app.base.trim_start_matches("http://")).await.unwrap()
}

/// Reads until the server closes the connection (or 30 s pass); returns what it said.
async fn read_until_closed(stream: &mut tokio::net::TcpStream) -> (String, Duration) {
    let started = Instant::now();
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match tokio::time::timeout(Duration::from_secs(30), stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(n)) => out.extend_from_slice(&buf[..n]),
            Err(_) => panic!("the connection was still open after 30 s: {}", String::from_utf8_lossy(&out)),
        }
    }
    (String::from_utf8_lossy(&out).into_owned(), started.elapsed())
}

async fn a_body_that_trickles_in_is_cut_off(b: Backend) {
    let app = spawn_app(b).await;
    let mut s = raw(&app).await;
    let host = app.base.trim_start_matches("http://").to_string();
    let head = format!(
        "POST /api/sign-in HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nphone=1"
    );
    s.write_all(head.as_bytes()).await.unwrap();
    let (answer, took) = read_until_closed(&mut s).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.to_ascii_lowercase().contains("connection: close"), "{answer}");
    assert!(took < Duration::from_secs(20), "{took:?}");
}
on_both!(a_body_that_trickles_in_is_cut_off);

async fn headers_that_never_end_are_cut_off(b: Backend) {
    let app = spawn_app(b).await;
    let mut s = raw(&app).await;
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ").await.unwrap();
    let (_, took) = read_until_closed(&mut s).await;
    assert!(took < Duration::from_secs(20), "closed after {took:?}");
}
on_both!(headers_that_never_end_are_cut_off);

async fn a_refusal_before_the_body_is_read_closes_the_connection(b: Backend) {
    let app = spawn_app(b).await;
    let r = new_client()
        .post(app.url("/api/sign-in"))
        .header("origin", "https://evil.example")
        .form(&[("country", "GB"), ("phone", "+447400123456"), ("password", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert_eq!(r.headers().get("connection").map(|v| v.to_str().unwrap()), Some("close"));
    // And a keep-alive client's next request simply works.
    let client = new_client();
    for _ in 0..3 {
        let r = client.post(app.url("/api/sign-in")).header("origin", "https://evil.example").body("x=1").send().await.unwrap();
        assert_eq!(r.status(), 403);
        assert_eq!(client.get(app.url("/healthz")).send().await.unwrap().status(), 200);
    }
}
on_both!(a_refusal_before_the_body_is_read_closes_the_connection);

async fn ipv6_clients_are_limited_by_their_64(b: Backend) {
    let app =
        spawn_app_with(b, Options { vars: vec![("TRUSTED_PROXIES", "127.0.0.1".into()), ("SENDS_PER_IP_PER_HOUR", "3".into())] }).await;
    let send = |ip: &'static str| {
        let app = &app;
        async move {
            let r = new_client()
                .post(app.url("/api/send-sign-in-code"))
                .header("x-forwarded-for", ip)
                .form(&[("country", "GB"), ("phone", &random_phone())])
                .send()
                .await
                .unwrap();
            r.status().as_u16()
        }
    };
    for ip in ["2001:db8:1:2::1", "2001:db8:1:2::2", "2001:db8:1:2:ffff:ffff:ffff:fffe"] {
        assert_eq!(send(ip).await, 200, "{ip}");
    }
    assert_eq!(send("2001:db8:1:2:abcd::9").await, 429, "another address in the same /64");
    assert_eq!(send("2001:db8:1:3::1").await, 200, "the next /64 is another client");
}
on_both!(ipv6_clients_are_limited_by_their_64);

async fn step_up_password_checks_pause_like_sign_ins(b: Backend) {
    let app = spawn_app_with(b, Options { vars: vec![("FAILED_SIGNINS_PER_HOUR", "3".into())] }).await;
    let phone = random_phone();
    app.signed_up_and_verified(&phone).await;
    let barrier = Arc::new(tokio::sync::Barrier::new(10));
    let mut tasks = Vec::new();
    for i in 0..10 {
        let (client, url, barrier) = (app.client.clone(), app.url("/api/change-password"), barrier.clone());
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            let form = [
                ("current", format!("not my password {i}")),
                ("password", "A new password here".into()),
                ("confirm", "A new password here".into()),
            ];
            client.post(url).form(&form).send().await.unwrap().json::<Value>().await.unwrap()
        }));
    }
    let (mut wrong, mut paused) = (0, 0);
    for t in tasks {
        let e = t.await.unwrap();
        if e["Invalid"]["field"] == "CurrentPassword" {
            wrong += 1;
        } else if e.get("TooManySignIns").is_some() {
            paused += 1;
        } else {
            panic!("{e}");
        }
    }
    assert_eq!((wrong, paused), (3, 7));
    // The number's sign-in is paused too: the same password, the same limit.
    assert_eq!(app.sign_in_with(&new_client(), &phone, PASSWORD).await.status(), 429);
}
on_both!(step_up_password_checks_pause_like_sign_ins);

async fn two_accounts_moving_to_one_number_at_once_get_an_answer_not_a_500(b: Backend) {
    let app = spawn_app(b).await;
    let hash = app.state.hasher.hash(&phone_auth::domain::Password::from_attempt(PASSWORD.into())).await.unwrap();
    for _ in 0..10 {
        let mut ids = Vec::new();
        for _ in 0..2 {
            let p = phone_auth::domain::PhoneNumber::parse(None, &random_phone(), &[]).unwrap();
            let id = app.state.db.insert_verified_user(&p, &hash, None, 1).await.unwrap().unwrap();
            ids.push(id);
        }
        let target = phone_auth::domain::PhoneNumber::parse(None, &random_phone(), &[]).unwrap();
        let (a, b) = tokio::join!(app.state.db.change_phone(ids[0], &target, 2), app.state.db.change_phone(ids[1], &target, 2));
        let (a, b) = (a.expect("no database error"), b.expect("no database error"));
        assert!(a ^ b, "exactly one account gets the number: {a} {b}");
    }
}
on_both!(two_accounts_moving_to_one_number_at_once_get_an_answer_not_a_500);
