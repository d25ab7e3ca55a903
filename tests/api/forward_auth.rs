//! Forward auth (`GET /auth/forward`): what a reverse proxy is told for a full session, a
//! half one and none; the redirect mode's `next`; absolute `next` URLs only to the hosts
//! of `ALLOWED_REDIRECT_HOSTS`, after every kind of sign-in; the session cookie shared by
//! sibling subdomains (`SESSION_COOKIE_DOMAIN`); no write per request; and a real nginx
//! in front of a tiny app.

use crate::helpers::*;
use crate::on_both;
use phone_auth::domain::url::encode_component;
use phone_auth::domain::PhoneNumber;

const APP_HOST: &str = "app.example.com";

async fn forward_app(b: Backend) -> TestApp {
    spawn_app_with(b, Options { vars: vec![("ALLOWED_REDIRECT_HOSTS", format!("{APP_HOST}, 127.0.0.1:1"))] }).await
}

/// A verified account named `name`; returns its number.
async fn account(app: &TestApp, name: Option<&str>) -> String {
    let phone = app.verified_accounts(1).await.remove(0);
    let user = app.state.db.user_by_phone(&PhoneNumber::parse(None, &phone, &[]).unwrap()).await.unwrap().unwrap();
    app.state.db.set_name(user.id, name, 1).await.unwrap();
    phone
}

async fn signed_in_client(app: &TestApp, phone: &str) -> reqwest::Client {
    let browser = new_client();
    let r = app.sign_in_with(&browser, phone, PASSWORD).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, "/profile".to_string()));
    browser
}

async fn forward(app: &TestApp, client: &reqwest::Client, query: &str) -> reqwest::Response {
    client.get(app.url(&format!("/auth/forward{query}"))).send().await.unwrap()
}

fn header(r: &reqwest::Response, name: &str) -> Option<String> {
    r.headers().get(name).map(|v| v.to_str().unwrap().to_string())
}

async fn public_id(app: &TestApp, phone: &str) -> Option<String> {
    let (id,): (Option<String>,) = sqlx::query_as("SELECT public_id FROM users WHERE phone = $1")
        .bind(phone)
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    id
}

async fn a_full_session_gets_who_it_is(b: Backend) {
    let app = forward_app(b).await;
    let phone = account(&app, Some("Ada Lovelace")).await;
    let browser = signed_in_client(&app, &phone).await;
    let r = forward(&app, &browser, "").await;
    assert_eq!(r.status(), 200);
    let id = public_id(&app, &phone).await.expect("the public id is made on first use");
    assert_eq!(header(&r, "x-auth-user"), Some(id.clone()));
    assert_eq!(header(&r, "x-auth-phone"), Some(phone.clone()));
    assert_eq!(header(&r, "x-auth-name"), Some("Ada Lovelace".into()));
    assert_eq!(header(&r, "cache-control"), Some("no-store".into()));
    // The same id every time, and in redirect mode too.
    let r = forward(&app, &browser, "?mode=redirect").await;
    assert_eq!((r.status().as_u16(), header(&r, "x-auth-user")), (200, Some(id)));

    // A name outside ASCII is percent-encoded UTF-8; no name, no header.
    let user = app.state.db.user_by_phone(&PhoneNumber::parse(None, &phone, &[]).unwrap()).await.unwrap().unwrap();
    app.state.db.set_name(user.id, Some("Zoë 100%"), 1).await.unwrap();
    assert_eq!(header(&forward(&app, &browser, "").await, "x-auth-name"), Some("Zo%C3%AB 100%25".into()));
    app.state.db.set_name(user.id, None, 1).await.unwrap();
    let r = forward(&app, &browser, "").await;
    assert_eq!((r.status().as_u16(), header(&r, "x-auth-name")), (200, None));
}
on_both!(a_full_session_gets_who_it_is);

async fn anyone_else_gets_401(b: Backend) {
    let app = forward_app(b).await;
    // No cookie, a forged one, a cookie of the wrong shape.
    for client in [new_client(), client_with_cookie(&format!("pa_session={}", "A".repeat(43))), client_with_cookie("pa_session=short")] {
        let r = forward(&app, &client, "").await;
        assert_eq!((r.status().as_u16(), header(&r, "x-auth-user")), (401, None));
        assert_eq!(header(&r, "cache-control"), Some("no-store".into()));
    }
    // A pending session (number not proved yet).
    let pending = new_client();
    let r = app
        .call_with(&pending, "sign-up", &[("country", "GB"), ("phone", &random_phone()), ("password", PASSWORD), ("confirm", PASSWORD)])
        .await;
    assert_eq!(location(&r), "/verify");
    assert_eq!(forward(&app, &pending, "").await.status(), 401);
    // A half session: the password was right, the second factor is outstanding.
    let phone = account(&app, None).await;
    let user = app.state.db.user_by_phone(&PhoneNumber::parse(None, &phone, &[]).unwrap()).await.unwrap().unwrap();
    app.state.db.set_two_factor(user.id, true, 1).await.unwrap();
    let half = new_client();
    let r = app.sign_in_with(&half, &phone, PASSWORD).await;
    assert_eq!(location(&r), "/signin/2fa");
    assert_eq!(forward(&app, &half, "").await.status(), 401);
    // ... and once the code is right, it is a full session.
    let code = app.code_for(&phone, "2fa").await;
    assert_eq!(app.call_with(&half, "verify-2fa", &[("code", &code)]).await.status(), 200);
    assert_eq!(forward(&app, &half, "").await.status(), 200);
    // A signed-out session is gone.
    assert_eq!(app.call_with(&half, "sign-out", &[]).await.status(), 200);
    assert_eq!(forward(&app, &half, "").await.status(), 401);
    // A mode it does not know: one sentence, not a 500.
    let r = forward(&app, &new_client(), "?mode=teapot").await;
    assert_eq!(r.status(), 400);
    assert_eq!(r.text().await.unwrap(), "The mode must be redirect or status.");
}
on_both!(anyone_else_gets_401);

async fn redirect_mode_sends_to_sign_in_with_the_original_url(b: Backend) {
    let app = forward_app(b).await;
    let ask = |headers: &'static [(&'static str, &'static str)]| {
        let mut req = new_client().get(app.url("/auth/forward?mode=redirect"));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        req.send()
    };
    // Traefik and Caddy: X-Forwarded-Proto, -Host, -Uri.
    let r = ask(&[("x-forwarded-proto", "https"), ("x-forwarded-host", APP_HOST), ("x-forwarded-uri", "/reports?year=2026&q=a%20b")])
        .await
        .unwrap();
    assert_eq!(r.status(), 302);
    let public = app.state.config.public_url.clone();
    let want = format!("{public}/signin?next={}", encode_component("https://app.example.com/reports?year=2026&q=a%20b"));
    assert_eq!(location(&r), want);
    let html = app.page(&new_client(), want.strip_prefix(&public).unwrap()).await.text().await.unwrap();
    let value = html.split("name=\"next\" value=\"").nth(1).and_then(|v| v.split('"').next()).unwrap_or("");
    assert_eq!(value, "https://app.example.com/reports?year=2026&amp;q=a%20b", "the sign-in form keeps next as it was");
    assert_eq!(header(&r, "cache-control"), Some("no-store".into()));
    // nginx, as its configuration sets it.
    let r = ask(&[("x-original-url", "https://app.example.com/x")]).await.unwrap();
    assert_eq!(location(&r), format!("{public}/signin?next={}", encode_component("https://app.example.com/x")));
    // A host that is not allowed, or nothing said: the sign-in page alone.
    for headers in [
        &[("x-forwarded-proto", "https"), ("x-forwarded-host", "evil.com"), ("x-forwarded-uri", "/")][..],
        &[("x-forwarded-proto", "https"), ("x-forwarded-host", "app.example.com.evil.com"), ("x-forwarded-uri", "/")][..],
        &[("x-forwarded-proto", "https"), ("x-forwarded-host", "evil.com@app.example.com"), ("x-forwarded-uri", "/")][..],
        &[("x-original-url", "//evil.com/")][..],
        &[][..],
    ] {
        let r = ask(headers).await.unwrap();
        assert_eq!((r.status().as_u16(), location(&r)), (302, format!("{public}/signin")), "{headers:?}");
    }
    // The sign-in page it leads to lets its forms leave for that origin (Chrome checks a
    // plain post's redirects against form-action), and only for an allowed one.
    let form_action = |r: &reqwest::Response| {
        header(r, "content-security-policy").unwrap().split(';').map(str::trim).find(|d| d.starts_with("form-action")).unwrap().to_string()
    };
    for page in ["/signin", "/signin/code"] {
        let r = app.page(&new_client(), &format!("{page}?next={}", encode_component("https://app.example.com/x?a=1"))).await;
        assert_eq!(r.status(), 200, "{page}");
        assert_eq!(form_action(&r), "form-action 'self' https://app.example.com", "{page}");
    }
    let r = app.page(&new_client(), &format!("/signin?next={}", encode_component("https://evil.com/"))).await;
    assert_eq!(form_action(&r), "form-action 'self'");
}
on_both!(redirect_mode_sends_to_sign_in_with_the_original_url);

/// Where each kind of sign-in lands for `next`: with JavaScript (the server function's
/// answer names it) and without (a real 302).
async fn lands(app: &TestApp, phone: &str, next: &str, js: bool) -> String {
    let browser = new_client();
    let form = [("country", "GB"), ("phone", phone), ("password", PASSWORD), ("next", next)];
    let r = if js {
        app.call_with(&browser, "sign-in", &form).await
    } else {
        app.post_form(&browser, "sign-in", &format!("/signin?next={}", encode_component(next)), &form).await
    };
    assert_eq!(r.status(), if js { 200 } else { 302 });
    location(&r)
}

async fn next_may_leave_only_for_allowed_hosts(b: Backend) {
    let app = forward_app(b).await;
    let phone = account(&app, None).await;
    let target = "https://app.example.com/reports?year=2026";
    // Password, with and without JavaScript.
    assert_eq!(lands(&app, &phone, target, true).await, target);
    assert_eq!(lands(&app, &phone, target, false).await, target);
    // The tricks fall back to the profile.
    for bad in [
        "//evil.com",
        "https://evil.com/",
        "https://app.example.com.evil.com/",
        "https://evil.com@app.example.com/",
        "https://app.example.com@evil.com/",
        "https://evil.com\\@app.example.com/",
        "https:\\\\evil.com",
        "/\\evil.com",
        "%2F%2Fevil.com",
        "https%3A%2F%2Fevil.com",
        "https://app%2Eexample.com/",
        "javascript:alert(1)",
    ] {
        assert_eq!(lands(&app, &phone, bad, true).await, "/profile", "{bad}");
    }
    assert_eq!(lands(&app, &phone, "https://evil.com/", false).await, "/profile");

    // Password then the second factor, with and without JavaScript.
    let two = account(&app, None).await;
    let user = app.state.db.user_by_phone(&PhoneNumber::parse(None, &two, &[]).unwrap()).await.unwrap().unwrap();
    app.state.db.set_two_factor(user.id, true, 1).await.unwrap();
    // (Each sign-in's code is aged out of the resend cooldown, so the next one is new.)
    for js in [true, false] {
        let to_2fa = lands(&app, &two, target, js).await;
        assert_eq!(to_2fa, format!("/signin/2fa?next={}", encode_component(target)));
        app.age_codes(&two, 3_600).await;
    }
    let browser = new_client();
    app.sign_in_with(&browser, &two, PASSWORD).await;
    let code = app.code_for(&two, "2fa").await;
    let r = app.call_with(&browser, "verify-2fa", &[("code", &code), ("next", target)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, target.to_string()));
    app.age_codes(&two, 3_600).await;
    let browser = new_client();
    let r = app
        .post_form(&browser, "sign-in", "/signin", &[("country", "GB"), ("phone", &two), ("password", PASSWORD), ("next", target)])
        .await;
    let page = location(&r);
    let code = app.code_for(&two, "2fa").await;
    let r = app.post_form(&browser, "verify-2fa", &page, &[("code", &code), ("next", target)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (302, target.to_string()));
    app.age_codes(&two, 3_600).await;
    // ... and a trick there falls back too.
    let browser = new_client();
    app.sign_in_with(&browser, &two, PASSWORD).await;
    let code = app.code_for(&two, "2fa").await;
    let r = app.call_with(&browser, "verify-2fa", &[("code", &code), ("next", "https://evil.com@app.example.com/")]).await;
    assert_eq!(location(&r), "/profile");

    // Passwordless, with and without JavaScript.
    let code_page = format!("/signin/code?next={}", encode_component(target));
    for js in [true, false] {
        let browser = new_client();
        let start = [("country", "GB"), ("phone", phone.as_str()), ("next", target)];
        let r = if js {
            app.call_with(&browser, "send-sign-in-code", &start).await
        } else {
            app.post_form(&browser, "send-sign-in-code", &code_page, &start).await
        };
        assert_eq!(location(&r), code_page);
        let code = app.code_for(&phone, "sign-in").await;
        let form = [("code", code.as_str()), ("next", target)];
        let r = if js {
            app.call_with(&browser, "sign-in-with-code", &form).await
        } else {
            app.post_form(&browser, "sign-in-with-code", &code_page, &form).await
        };
        assert_eq!(location(&r), target, "js: {js}");
        app.age_codes(&phone, 3_600).await;
    }
    let browser = new_client();
    let r = app.call_with(&browser, "send-sign-in-code", &[("country", "GB"), ("phone", &phone), ("next", "https://evil.com/")]).await;
    assert_eq!(location(&r), "/signin/code", "a refused next is not carried on");

    // Nothing listed: no absolute next at all.
    let plain = spawn_app(b).await;
    let phone = account(&plain, None).await;
    assert_eq!(lands(&plain, &phone, target, true).await, "/profile");
}
on_both!(next_may_leave_only_for_allowed_hosts);

/// The session row snapshot a forward-auth call must not change: the rows of sessions
/// and audit events, and every session's last use.
async fn snapshot(app: &TestApp) -> (Vec<(i64, i64)>, i64, i64) {
    let sessions: Vec<(i64, i64)> = sqlx::query_as("SELECT id, last_seen_at FROM sessions ORDER BY id")
        .fetch_all(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    let (audit,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_events").fetch_one(&mut *app.state.db.read().await.unwrap()).await.unwrap();
    let (users,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users WHERE public_id IS NOT NULL")
        .fetch_one(&mut *app.state.db.read().await.unwrap())
        .await
        .unwrap();
    (sessions, audit, users)
}

async fn forward_auth_writes_nothing(b: Backend) {
    let app = forward_app(b).await;
    let phone = account(&app, Some("Ada")).await;
    let browser = signed_in_client(&app, &phone).await;
    // The first answer makes the user's public id (once in the account's life).
    assert_eq!(forward(&app, &browser, "").await.status(), 200);
    // Sessions last used two minutes ago: a page view would move that on.
    sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - 120").execute(&mut *app.state.db.write().await.unwrap()).await.unwrap();
    let before = snapshot(&app).await;
    for i in 0..20 {
        let client = if i % 2 == 0 { &browser } else { &app.client };
        let r = forward(&app, client, if i % 4 == 1 { "?mode=redirect" } else { "" }).await;
        assert!(matches!(r.status().as_u16(), 200 | 401 | 302), "{}", r.status());
    }
    assert_eq!(snapshot(&app).await, before);
}
on_both!(forward_auth_writes_nothing);

async fn sibling_subdomains_share_the_session_cookie(b: Backend) {
    let vars = vec![
        ("PUBLIC_URL", "https://auth.example.test".to_string()),
        ("ALLOW_CONSOLE_PROVIDER", "1".to_string()),
        ("SESSION_COOKIE_DOMAIN", "example.test".to_string()),
    ];
    let app = spawn_app_with(b, Options { vars }).await;
    let phone = account(&app, None).await;
    // The browser would send the cookie to every host of example.test; this client sends
    // it by hand (its jar would not keep a cookie for another host than 127.0.0.1).
    let r = app.sign_in_with(&new_client(), &phone, PASSWORD).await;
    let cookie = set_cookie_headers(&r).into_iter().find(|c| c.contains("pa_session=")).expect("a session cookie");
    assert!(cookie.starts_with("pa_session=") && !cookie.contains("__Host-"), "{cookie}");
    for attr in ["; Domain=example.test", "; Secure", "; HttpOnly", "; SameSite=Lax", "; Path=/"] {
        assert!(cookie.contains(attr), "{attr} in {cookie}");
    }
    let token = session_cookie(&r).unwrap();
    let browser = client_with_cookie(&format!("pa_session={token}"));
    let r = forward(&app, &browser, "").await;
    assert_eq!((r.status().as_u16(), header(&r, "x-auth-phone")), (200, Some(phone.clone())));
    // The pages read the same cookie; the __Host- name is not the session here.
    assert_eq!(app.page(&browser, "/profile").await.status(), 200);
    assert_eq!(forward(&app, &client_with_cookie(&format!("__Host-pa_session={token}")), "").await.status(), 401);
    // Sign-out clears that cookie: same name, same domain.
    let r = app.call_with(&browser, "sign-out", &[]).await;
    let cleared = set_cookie_headers(&r).into_iter().find(|c| c.starts_with("pa_session=")).expect("the cookie cleared");
    assert!(cleared.starts_with("pa_session=;") && cleared.contains("Max-Age=0") && cleared.contains("; Domain=example.test"), "{cleared}");
    assert_eq!(forward(&app, &browser, "").await.status(), 401);
}
on_both!(sibling_subdomains_share_the_session_cookie);

/// Debian's nginx, as a process of its own with a configuration in a directory of its
/// own; stopped (and the directory removed) when dropped.
struct Nginx {
    child: std::process::Child,
    dir: std::path::PathBuf,
    port: u16,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The nginx binary: `NGINX_BIN`, else `nginx` on the PATH or in /usr/sbin. Missing, the
/// test fails and says how to install it: it never passes without a proxy.
fn nginx_bin() -> std::path::PathBuf {
    if let Some(bin) = std::env::var_os("NGINX_BIN").filter(|v| !v.is_empty()) {
        return bin.into();
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain([std::path::PathBuf::from("/usr/sbin")])
        .map(|d| d.join("nginx"))
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!("nginx is not installed: the forward-auth proxy test needs Debian's nginx (`apt-get install nginx`; `./x test` installs it)")
        })
}

/// An app that lets its sign-in return to nginx's address, and nginx in front of an echo
/// upstream. nginx's port is chosen before nginx binds it, so another test can take it
/// in between: then both are made again with another port.
async fn app_behind_nginx(b: Backend) -> (TestApp, Nginx) {
    let upstream = start_echo_upstream().await;
    for _ in 0..10 {
        let port = free_port();
        let app = spawn_app_with(b, Options { vars: vec![("ALLOWED_REDIRECT_HOSTS", format!("127.0.0.1:{port}"))] }).await;
        if let Some(nginx) = start_nginx(port, &app.base, &upstream).await {
            return (app, nginx);
        }
    }
    panic!("nginx found no free port in 10 tries");
}

/// nginx on `port` in front of `upstream`, asking the app at `auth` with `auth_request`
/// and sending a browser that is not signed in to its sign-in page with `next`, as README
/// "Use phone-auth from your app" shows. None when the port was taken meanwhile.
async fn start_nginx(port: u16, auth: &str, upstream: &str) -> Option<Nginx> {
    let dir = std::env::temp_dir().join(format!("phone-auth-nginx-{}-{port}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let d = dir.display();
    let conf = format!(
        r#"
master_process off;
error_log {d}/error.log info;
events {{ worker_connections 64; }}
http {{
    access_log {d}/access.log;
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    server {{
        listen 127.0.0.1:{port};
        location = /auth/forward {{
            internal;
            proxy_pass {auth}/auth/forward;
            proxy_pass_request_body off;
            proxy_set_header Content-Length "";
            proxy_set_header X-Original-URL $scheme://$http_host$request_uri;
        }}
        location / {{
            auth_request /auth/forward;
            auth_request_set $user $upstream_http_x_auth_user;
            auth_request_set $phone $upstream_http_x_auth_phone;
            auth_request_set $name $upstream_http_x_auth_name;
            proxy_set_header X-Auth-User $user;
            proxy_set_header X-Auth-Phone $phone;
            proxy_set_header X-Auth-Name $name;
            error_page 401 = @signin;
            proxy_pass {upstream};
        }}
        location @signin {{
            return 302 {auth}/signin?next=$scheme://$http_host$request_uri;
        }}
    }}
}}
"#
    );
    std::fs::write(dir.join("nginx.conf"), conf).unwrap();
    let bin = nginx_bin();
    let child = std::process::Command::new(&bin)
        .arg("-p")
        .arg(&dir)
        .arg("-e")
        .arg(dir.join("error.log"))
        .arg("-c")
        .arg(dir.join("nginx.conf"))
        .arg("-g")
        .arg(format!("daemon off; pid {d}/nginx.pid;"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            let _ = std::fs::remove_dir_all(&dir);
            panic!("nginx ({}) did not start: {e}; the forward-auth proxy test needs Debian's nginx (`apt-get install nginx`; `./x test` installs it)", bin.display())
        });
    let mut nginx = Nginx { child, dir, port };
    // Ready when it has written its pid file (nginx does so once its sockets are bound:
    // a connection alone could reach whoever else took the port) and accepts
    // connections; an nginx that exits says why in its log.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        if nginx.dir.join("nginx.pid").exists() && tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
            return Some(nginx);
        }
        let log = || std::fs::read_to_string(nginx.dir.join("error.log")).unwrap_or_default();
        if let Ok(Some(status)) = nginx.child.try_wait() {
            if log().contains("Address already in use") {
                return None;
            }
            panic!("nginx exited ({status}): {}", log());
        }
        assert!(std::time::Instant::now() < deadline, "nginx did not listen on {port} within 10 s: {}", log());
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// The protected app: answers every request with the `X-Auth-*` headers it received,
/// as JSON.
async fn start_echo_upstream() -> String {
    async fn echo(headers: axum::http::HeaderMap) -> axum::Json<serde_json::Value> {
        let get = |n: &str| headers.get(n).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
        axum::Json(serde_json::json!({ "user": get("x-auth-user"), "phone": get("x-auth-phone"), "name": get("x-auth-name") }))
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, axum::Router::new().fallback(echo)).await });
    format!("http://{addr}")
}

async fn nginx_protects_an_app_with_forward_auth(b: Backend) {
    let (app, nginx) = app_behind_nginx(b).await;
    let port = nginx.port;
    let protected = format!("http://127.0.0.1:{port}/reports/2026?view=table");
    let phone = account(&app, Some("Zoë")).await;

    // Signed out: nginx sends the browser to sign in, with the page it asked for.
    let browser = new_client();
    let r = browser.get(&protected).header("x-auth-user", "forged").send().await.unwrap();
    assert_eq!(r.status(), 302, "{}", r.text().await.unwrap());
    let signin = location(&r);
    assert_eq!(signin, format!("{}/signin?next={protected}", app.base));
    let next = url::Url::parse(&signin).unwrap().query_pairs().find(|(k, _)| k == "next").unwrap().1.into_owned();
    assert_eq!(next, protected);

    // The sign-in page carries it in its form, and lets the form's redirect leave for it.
    let page = app.page(&browser, signin.strip_prefix(&app.base).unwrap()).await;
    let csp = header(&page, "content-security-policy").unwrap();
    assert!(csp.contains(&format!("form-action 'self' http://127.0.0.1:{port};")), "{csp}");
    let html = page.text().await.unwrap();
    assert!(html.contains(&format!("name=\"next\" value=\"{}\"", protected.replace('&', "&amp;"))), "the form keeps next");

    // Signing in with it lands back on the protected page ...
    let r = app.call_with(&browser, "sign-in", &[("country", "GB"), ("phone", &phone), ("password", PASSWORD), ("next", &next)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, protected.clone()));
    // ... which the app behind nginx now serves, told who it is (a forged header is
    // replaced by nginx).
    let r = browser.get(&protected).header("x-auth-user", "forged").send().await.unwrap();
    assert_eq!(r.status(), 200);
    let seen: serde_json::Value = r.json().await.unwrap();
    let id = public_id(&app, &phone).await.unwrap();
    assert_eq!(seen, serde_json::json!({ "user": id, "phone": phone, "name": "Zo%C3%AB" }));
    // A form of the protected app posts through nginx too: its subrequest keeps the
    // method and the app's Origin.
    let r = browser.post(&protected).header("origin", format!("http://127.0.0.1:{port}")).body("a=1").send().await.unwrap();
    assert_eq!(r.status(), 200, "{}", std::fs::read_to_string(nginx.dir.join("error.log")).unwrap_or_default());
    assert_eq!(r.json::<serde_json::Value>().await.unwrap()["user"], serde_json::json!(id));

    // Signed out again, the door is shut again.
    assert_eq!(app.call_with(&browser, "sign-out", &[]).await.status(), 200);
    let r = browser.get(&protected).send().await.unwrap();
    assert_eq!((r.status().as_u16(), location(&r)), (302, signin.clone()));
    let r = browser.post(&protected).header("origin", format!("http://127.0.0.1:{port}")).body("a=1").send().await.unwrap();
    assert_eq!((r.status().as_u16(), location(&r)), (302, signin));
}
on_both!(nginx_protects_an_app_with_forward_auth);
