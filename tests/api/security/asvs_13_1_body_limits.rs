//! ASVS 13.1.x / 12.1.1: request bodies are capped (64 KB; the photo upload 2 MB plus
//! framing) before anything reads them; too large is a 413, never a 5xx.

use super::signed_in;
use crate::helpers::*;
use crate::on_both;

async fn oversized_bodies_are_refused(b: Backend) {
    let app = spawn_app(b).await;
    signed_in(&app).await;
    let huge = "x".repeat(100 * 1024);
    let r = app.client.post(app.url("/api/update-name")).form(&[("name", huge.as_str())]).send().await.unwrap();
    assert_eq!(r.status(), 413);
    assert_eq!(r.text().await.unwrap(), "The request is too large.");
    // Without a length (chunked), the cut is made while reading: a client error.
    assert!((400..500).contains(&chunked_post(&app, "/api/update-name", 100 * 1024).await), "chunked oversized body");
    // The upload route takes a photo-sized body.
    let part = reqwest::multipart::Part::bytes(vec![0u8; 1_500_000]).file_name("big.png");
    let r =
        app.client.post(app.url("/api/upload-photo")).multipart(reqwest::multipart::Form::new().part("photo", part)).send().await.unwrap();
    assert_eq!(r.status(), 422, "read, then refused as not a picture");
    assert_eq!(app.json_of(&app.client, "profile", &[]).await["user"]["name"], "Ada", "nothing changed");
}
on_both!(oversized_bodies_are_refused);

/// POSTs `total` bytes as a chunked form body over a raw connection; the status code.
async fn chunked_post(app: &TestApp, path: &str, total: usize) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = app.base.trim_start_matches("http://").to_string();
    let mut conn = tokio::net::TcpStream::connect(&addr).await.unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    conn.write_all(head.as_bytes()).await.unwrap();
    let mut body = b"name=".to_vec();
    body.resize(total, b'x');
    for chunk in body.chunks(8 * 1024) {
        // The server may answer and close before everything is sent: that is the point.
        if conn.write_all(format!("{:x}\r\n", chunk.len()).as_bytes()).await.is_err()
            || conn.write_all(chunk).await.is_err()
            || conn.write_all(b"\r\n").await.is_err()
        {
            break;
        }
    }
    let _ = conn.write_all(b"0\r\n\r\n").await;
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(std::time::Duration::from_secs(10), conn.read_to_end(&mut answer)).await;
    let text = String::from_utf8_lossy(&answer);
    text.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("no status line: {text}"))
}
