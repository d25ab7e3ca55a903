//! The OpenID provider driven by a real relying party (the `openidconnect` crate):
//! discovery, authorization with PKCE through the app's own sign-in and consent pages,
//! code exchange, the ID token checked against the JWKS, userinfo, refresh rotation and
//! logout; then every refusal the RFCs ask for, and single use under 50 concurrent
//! requests, on SQLite and PostgreSQL.

use crate::helpers::*;
use crate::on_both;
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreIdTokenClaims, CoreProviderMetadata, CoreUserInfoClaims};
use openidconnect::{
    AccessToken, AccessTokenHash, AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, RefreshToken, Scope, TokenResponse,
};
use phone_auth::server::cli::{add_client, NewClient};
use serde_json::Value;

const REDIRECT: &str = "http://127.0.0.1:9/callback";
const AFTER_LOGOUT: &str = "http://127.0.0.1:9/signed-out";

/// An app whose public URL is its real address (the issuer relying parties check).
async fn oidc_app(b: Backend) -> TestApp {
    spawn_addressed_app(b, vec![]).await
}

/// A registered client: its id and (confidential) secret.
struct Registered {
    id: String,
    secret: Option<String>,
}

async fn register(app: &TestApp, public: bool) -> Registered {
    let (client, secret) = add_client(
        &app.state.db,
        NewClient {
            name: "Example App".into(),
            redirect_uris: vec![REDIRECT.into()],
            post_logout_redirect_uris: vec![AFTER_LOGOUT.into()],
            public,
        },
    )
    .await
    .unwrap();
    Registered { id: client.id, secret }
}

/// The relying party's HTTP client: it follows no redirects (as openidconnect advises).
fn rp_http() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

type Rp = CoreClient<
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

async fn relying_party(app: &TestApp, reg: &Registered) -> Rp {
    let meta = CoreProviderMetadata::discover_async(IssuerUrl::new(app.base.clone()).unwrap(), &rp_http()).await.expect("discovery");
    CoreClient::from_provider_metadata(meta, ClientId::new(reg.id.clone()), reg.secret.clone().map(ClientSecret::new))
        .set_redirect_uri(RedirectUrl::new(REDIRECT.into()).unwrap())
}

/// One authorization request of the relying party, with PKCE.
struct Request {
    url: String,
    state: CsrfToken,
    nonce: Nonce,
    verifier: PkceCodeVerifier,
}

fn auth_request(rp: &Rp, scopes: &[&str]) -> Request {
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut req = rp.authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random);
    for s in scopes {
        req = req.add_scope(Scope::new(s.to_string()));
    }
    let (url, state, nonce) = req.set_pkce_challenge(challenge).url();
    Request { url: url.to_string(), state, nonce, verifier }
}

fn query_of(url: &str) -> Vec<(String, String)> {
    reqwest::Url::parse(url).unwrap().query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

fn param(url: &str, name: &str) -> Option<String> {
    query_of(url).into_iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

/// A verified account with a name; returns its number.
async fn account(app: &TestApp) -> String {
    let phone = app.verified_accounts(1).await.remove(0);
    let p = phone_auth::domain::PhoneNumber::parse(None, &phone, &[]).unwrap();
    let user = app.state.db.user_by_phone(&p).await.unwrap().unwrap();
    app.state.db.set_name(user.id, Some("Ada Lovelace"), 1).await.unwrap();
    phone
}

/// The browser goes to the authorization URL, signs in with the password on the real
/// sign-in server function (carrying `next`), comes back, allows on the consent page;
/// returns where the provider sends it at the end (the client's redirect URI).
async fn sign_in_and_allow(app: &TestApp, browser: &reqwest::Client, url: &str, phone: &str) -> String {
    let r = browser.get(url).send().await.unwrap();
    assert_eq!(r.status(), 302);
    let to_sign_in = location(&r);
    let next = to_sign_in.strip_prefix("/signin?next=").unwrap_or_else(|| panic!("to sign-in: {to_sign_in}"));
    let next = param(&format!("http://x/?n={next}"), "n").unwrap();
    assert!(next.starts_with("/oauth/authorize?resume="), "{next}");
    let r = app.call_with(browser, "sign-in", &[("country", "GB"), ("phone", phone), ("password", PASSWORD), ("next", &next)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, next.clone()), "sign-in goes back to the request");
    let r = app.page(browser, &next).await;
    assert_eq!(r.status(), 302);
    let consent = location(&r);
    assert!(consent.starts_with("/oauth/consent?"), "{consent}");
    let page = app.page(browser, &consent).await;
    assert_eq!(page.status(), 200);
    // In the app's frame: its header and brand, its footer, the accent by nonce, and a
    // policy whose forms reach only this app and the client.
    let csp = page.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.ends_with("form-action 'self' http://127.0.0.1:9") && csp.contains("style-src 'self' 'nonce-"), "{csp}");
    let html = page.text().await.unwrap();
    assert!(html.contains("class=\"site-header\"") && html.contains("id=\"brand\"") && html.contains("class=\"site-footer\""), "{html}");
    assert!(
        html.contains("id=\"consent-allow\" class=\"button\"") && html.contains("<title>Allow Example App? · Phone Auth</title>"),
        "{html}"
    );
    let wants =
        if url.contains("profile") { "Example App wants your phone number and name" } else { "Example App wants your phone number<" };
    assert!(html.contains(wants), "{html}");
    allow(app, browser, &consent).await
}

/// Posts the consent form (its hidden fields are the request's parameters).
async fn allow(app: &TestApp, browser: &reqwest::Client, consent: &str) -> String {
    let mut form = query_of(&app.url(consent));
    form.push(("decision".into(), "allow".into()));
    let r = browser.post(app.url("/oauth/consent")).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 303);
    location(&r)
}

async fn token_post(app: &TestApp, reg: &Registered, form: &[(&str, &str)]) -> (u16, Value) {
    let mut req = rp_http().post(app.url("/oauth/token")).form(form);
    if let Some(secret) = &reg.secret {
        req = req.basic_auth(&reg.id, Some(secret));
    }
    let r = req.send().await.unwrap();
    let status = r.status().as_u16();
    assert!(status < 500);
    assert_eq!(r.headers().get("cache-control").unwrap(), "no-store");
    (status, r.json().await.unwrap())
}

async fn userinfo_status(app: &TestApp, access_token: &str) -> u16 {
    rp_http().get(app.url("/oauth/userinfo")).bearer_auth(access_token).send().await.unwrap().status().as_u16()
}

/// A code for `reg`, through a signed-in browser that has already consented.
async fn fresh_code(rp: &Rp, browser: &reqwest::Client, scopes: &[&str]) -> (String, Request) {
    let req = auth_request(rp, scopes);
    let r = browser.get(&req.url).send().await.unwrap();
    assert_eq!(r.status(), 302);
    let back = location(&r);
    assert!(back.starts_with(REDIRECT), "{back}");
    (param(&back, "code").expect("a code"), req)
}

/// A signed-in, consenting browser and its first code.
async fn consenting_browser(app: &TestApp, rp: &Rp, scopes: &[&str]) -> (reqwest::Client, String, Request) {
    let phone = account(app).await;
    let browser = new_client();
    let req = auth_request(rp, scopes);
    let back = sign_in_and_allow(app, &browser, &req.url, &phone).await;
    (browser, param(&back, "code").unwrap(), req)
}

async fn whole_flow_with_a_real_client(b: Backend) {
    let app = oidc_app(b).await;
    let reg = register(&app, false).await;
    let rp = relying_party(&app, &reg).await;
    let phone = account(&app).await;
    let browser = new_client();

    let req = auth_request(&rp, &["phone", "profile", "offline_access"]);
    let back = sign_in_and_allow(&app, &browser, &req.url, &phone).await;
    assert!(back.starts_with(&format!("{REDIRECT}?")), "{back}");
    assert_eq!(param(&back, "state").as_deref(), Some(req.state.secret().as_str()));
    let code = param(&back, "code").unwrap();

    let http = rp_http();
    let tokens = rp
        .exchange_code(AuthorizationCode::new(code))
        .unwrap()
        .set_pkce_verifier(req.verifier)
        .request_async(&http)
        .await
        .expect("code exchange");
    let id_token = tokens.id_token().expect("an ID token");
    let verifier = rp.id_token_verifier();
    let claims: &CoreIdTokenClaims = id_token.claims(&verifier, &req.nonce).expect("the ID token verifies against the JWKS");
    assert_eq!(claims.issuer().as_str(), app.base);
    assert_eq!(claims.audiences()[0].as_str(), reg.id);
    let sub = claims.subject().as_str().to_string();
    assert!(!sub.contains(&phone[1..]), "the subject is not the number");
    assert_eq!(claims.phone_number().map(|p| p.as_str()), Some(phone.as_str()));
    assert_eq!(claims.phone_number_verified(), Some(true));
    assert_eq!(claims.name().and_then(|n| n.get(None)).map(|n| n.as_str()), Some("Ada Lovelace"));
    assert!(claims.auth_time().is_some());
    let amr: Vec<String> = claims.auth_method_refs().unwrap().iter().map(|a| a.to_string()).collect();
    assert_eq!(amr, vec!["pwd"]);
    assert_eq!(claims.auth_context_ref().map(|a| a.as_str()), Some("1"));
    let alg = id_token.signing_alg().unwrap();
    let key = id_token.signing_key(&verifier).unwrap();
    let at_hash = AccessTokenHash::from_token(tokens.access_token(), alg, key).unwrap();
    assert_eq!(claims.access_token_hash(), Some(&at_hash));

    // Userinfo: the same person and claims.
    let info: CoreUserInfoClaims = rp.user_info(tokens.access_token().clone(), None).unwrap().request_async(&http).await.expect("userinfo");
    assert_eq!(info.subject().as_str(), sub);
    assert_eq!(info.phone_number().map(|p| p.as_str()), Some(phone.as_str()));
    assert_eq!(info.name().and_then(|n| n.get(None)).map(|n| n.as_str()), Some("Ada Lovelace"));

    // Refresh rotates: a new refresh token each time, a new ID token for the same person.
    let r1 = tokens.refresh_token().expect("a refresh token with offline_access").clone();
    let again = rp.exchange_refresh_token(&r1).unwrap().request_async(&http).await.expect("refresh");
    let r2 = again.refresh_token().unwrap().clone();
    assert_ne!(r1.secret(), r2.secret());
    let claims2 = again.id_token().unwrap().claims(&verifier, |_: Option<&Nonce>| Ok(())).expect("the refreshed ID token verifies");
    assert_eq!(claims2.subject().as_str(), sub);
    assert_eq!(userinfo_status(&app, again.access_token().secret()).await, 200);

    // A second sign-in of the same app skips the consent page (remembered).
    let (code, req) = fresh_code(&rp, &browser, &["phone", "profile"]).await;
    let t = rp.exchange_code(AuthorizationCode::new(code)).unwrap().set_pkce_verifier(req.verifier).request_async(&http).await.unwrap();
    assert!(t.refresh_token().is_none(), "no refresh token without offline_access");
    // The subject is stable.
    assert_eq!(t.id_token().unwrap().claims(&verifier, &req.nonce).unwrap().subject().as_str(), sub);

    // RP-initiated logout: the registered URI, the state back, the session ended.
    let discovery: Value = http.get(app.url("/.well-known/openid-configuration")).send().await.unwrap().json().await.unwrap();
    let end_session = discovery["end_session_endpoint"].as_str().unwrap().to_string();
    let r = browser
        .get(&end_session)
        .query(&[("id_token_hint", id_token.to_string().as_str()), ("post_logout_redirect_uri", AFTER_LOGOUT), ("state", "bye")])
        .send()
        .await
        .unwrap();
    assert_eq!((r.status().as_u16(), location(&r)), (302, format!("{AFTER_LOGOUT}?state=bye")));
    let req = auth_request(&rp, &["phone"]);
    let r = browser.get(format!("{}&prompt=none", req.url)).send().await.unwrap();
    assert_eq!(param(&location(&r), "error").as_deref(), Some("login_required"), "signed out");

    // An unregistered post-logout URI is refused, not followed.
    let r = browser
        .get(&end_session)
        .query(&[("id_token_hint", id_token.to_string().as_str()), ("post_logout_redirect_uri", "https://evil.example/")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert!(r.headers().get("location").is_none());
}
on_both!(whole_flow_with_a_real_client);

/// Whether the browser is signed in to phone-auth (and allowed `rp` before):
/// `prompt=none` answers with a code.
async fn signed_in(rp: &Rp, browser: &reqwest::Client) -> bool {
    let req = auth_request(rp, &["phone"]);
    let r = browser.get(format!("{}&prompt=none", req.url)).send().await.unwrap();
    param(&location(&r), "code").is_some()
}

/// Logout from elsewhere asks first (RP-Initiated Logout 1.0, section 2): without an
/// `id_token_hint`, or with one for someone else, the session stays until the person
/// presses "Sign out" on phone-auth's question, a same-origin form post that another
/// site cannot make.
async fn logout_asks_unless_the_hint_is_theirs(b: Backend) {
    let app = oidc_app(b).await;
    let reg = register(&app, false).await;
    let rp = relying_party(&app, &reg).await;
    let browser = new_client();
    let phone = account(&app).await;
    sign_in_and_allow(&app, &browser, &auth_request(&rp, &["phone"]).url, &phone).await;
    assert!(signed_in(&rp, &browser).await);

    let form = [("client_id", reg.id.as_str()), ("post_logout_redirect_uri", AFTER_LOGOUT), ("state", "s1")];
    // No hint: a question, in the app's frame, and nothing ended.
    let r = browser.get(app.url("/oauth/logout")).query(&form).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers().get("set-cookie").is_none(), "the session cookie stays");
    let csp = r.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.ends_with("form-action 'self' http://127.0.0.1:9"), "{csp}");
    let html = r.text().await.unwrap();
    assert!(html.contains("<h1 id=\"logout-title\">Sign out of Phone Auth?</h1>"), "{html}");
    assert!(html.contains("Example App asks to sign you out of Phone Auth on this device."), "{html}");
    assert!(html.contains("action=\"/oauth/logout/confirm\"") && html.contains("name=\"state\" value=\"s1\""), "{html}");
    assert!(signed_in(&rp, &browser).await, "asked, not signed out");

    // Another site posting the answer is refused.
    let r = browser.post(app.url("/oauth/logout/confirm")).header("Origin", "https://evil.example").form(&form).send().await.unwrap();
    assert_eq!(r.status(), 403);
    assert!(signed_in(&rp, &browser).await);

    // A hint naming another account asks too.
    let other_browser = new_client();
    let other = account(&app).await;
    let req = auth_request(&rp, &["phone"]);
    let back = sign_in_and_allow(&app, &other_browser, &req.url, &other).await;
    let t = rp
        .exchange_code(AuthorizationCode::new(param(&back, "code").unwrap()))
        .unwrap()
        .set_pkce_verifier(req.verifier)
        .request_async(&rp_http())
        .await
        .unwrap();
    let others_token = t.id_token().unwrap().to_string();
    let r = browser
        .get(app.url("/oauth/logout"))
        .query(&[("id_token_hint", others_token.as_str()), ("post_logout_redirect_uri", AFTER_LOGOUT)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("id=\"logout-title\""));
    assert!(signed_in(&rp, &browser).await);

    // The person presses "Sign out": ended, and back to the app's registered page.
    let r = browser.post(app.url("/oauth/logout/confirm")).header("Origin", &app.base).form(&form).send().await.unwrap();
    assert_eq!((r.status().as_u16(), location(&r)), (302, format!("{AFTER_LOGOUT}?state=s1")));
    assert!(!signed_in(&rp, &browser).await, "signed out");
    // The other account's own hint signs it out at once.
    let r = other_browser
        .get(app.url("/oauth/logout"))
        .query(&[("id_token_hint", others_token.as_str()), ("post_logout_redirect_uri", AFTER_LOGOUT)])
        .send()
        .await
        .unwrap();
    assert_eq!((r.status().as_u16(), location(&r)), (302, AFTER_LOGOUT.to_string()));
    assert!(!signed_in(&rp, &other_browser).await);
}
on_both!(logout_asks_unless_the_hint_is_theirs);

/// A person without an account, sent by an app: the sign-in page names the app ("to
/// continue to Example App") and its "Create an account" link carries the request;
/// sign-up and verification carry it on, and the verified person goes on to the
/// consent question instead of their profile.
async fn a_new_person_signs_up_on_the_way(b: Backend) {
    let app = oidc_app(b).await;
    let reg = register(&app, false).await;
    let rp = relying_party(&app, &reg).await;
    let browser = new_client();
    let req = auth_request(&rp, &["phone"]);
    let r = browser.get(&req.url).send().await.unwrap();
    let to_sign_in = location(&r);
    let encoded = to_sign_in.strip_prefix("/signin?next=").unwrap().to_string();
    let next = param(&format!("http://x/?n={encoded}"), "n").unwrap();

    let html = app.page(&browser, &to_sign_in).await.text().await.unwrap();
    assert!(html.contains("id=\"continue-to\"") && html.contains("to continue to <strong>Example App"), "{html}");
    let sign_up = format!("/signup?next={encoded}");
    assert!(
        html.contains(&format!("id=\"signup-link\" href=\"{sign_up}\""))
            || html.contains(&format!("href=\"{sign_up}\" id=\"signup-link\"")),
        "{html}"
    );
    let html = app.page(&browser, &sign_up).await.text().await.unwrap();
    assert!(html.contains("to continue to <strong>Example App"), "{html}");
    assert!(html.contains(&format!("name=\"next\" value=\"{}\"", next.replace('&', "&amp;"))), "{html}");
    // Not for a request of no registered client, nor for a page's own next.
    let html = app.page(&browser, "/signin?next=%2Fprofile").await.text().await.unwrap();
    assert!(!html.contains("continue-to"), "{html}");

    let phone = random_phone();
    let form = [("country", "GB"), ("phone", phone.as_str()), ("password", PASSWORD), ("confirm", PASSWORD), ("next", next.as_str())];
    let r = app.call_with(&browser, "sign-up", &form).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, format!("/verify?next={encoded}")));
    let code = app.last_code(&phone).await;
    let r = app.call_with(&browser, "verify", &[("code", code.as_str()), ("next", next.as_str())]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, next.clone()), "verified, on to the app's request");
    let r = app.page(&browser, &next).await;
    assert!(location(&r).starts_with("/oauth/consent?"), "{}", location(&r));
}
on_both!(a_new_person_signs_up_on_the_way);

async fn discovery_and_keys(b: Backend) {
    let app = oidc_app(b).await;
    let http = rp_http();
    let d: Value = http.get(app.url("/.well-known/openid-configuration")).send().await.unwrap().json().await.unwrap();
    assert_eq!(d["issuer"], app.base);
    assert_eq!(d["response_types_supported"], serde_json::json!(["code"]));
    assert_eq!(d["code_challenge_methods_supported"], serde_json::json!(["S256"]));
    let jwks: Value = http.get(d["jwks_uri"].as_str().unwrap()).send().await.unwrap().json().await.unwrap();
    let keys = jwks["keys"].as_array().unwrap();
    assert_eq!(keys.len(), 1);
    assert_eq!((keys[0]["kty"].as_str(), keys[0]["alg"].as_str()), (Some("RSA"), Some("RS256")));
    assert!(keys[0].get("d").is_none(), "no private part");
    // The private key is stored sealed.
    let (stored,): (String,) =
        sqlx::query_as("SELECT private_key FROM oidc_signing_keys").fetch_one(&mut *app.state.db.read().await.unwrap()).await.unwrap();
    assert!(!stored.contains("PRIVATE"));

    // A rotation: the new key signs, the old one stays published.
    let old = keys[0]["kid"].as_str().unwrap().to_string();
    let kid = phone_auth::server::oidc_keys::rotate(&app.state.db, &app.state.cookie_keys.signing_keys).await.unwrap();
    let jwks: Value = http.get(app.url("/oauth/jwks")).send().await.unwrap().json().await.unwrap();
    let mut kids: Vec<&str> = jwks["keys"].as_array().unwrap().iter().map(|k| k["kid"].as_str().unwrap()).collect();
    kids.sort();
    let mut both = vec![kid.as_str(), old.as_str()];
    both.sort();
    assert_eq!(kids, both);
    // The old key signs until relying parties have had the time to see the new one.
    let active = || async { app.state.oidc_keys.active(&app.state.db, &app.state.cookie_keys.signing_keys).await.unwrap().kid.clone() };
    assert_eq!(active().await, old);
    sqlx::query("UPDATE oidc_signing_keys SET retired_at = retired_at - 301 WHERE kid = $1")
        .bind(&old)
        .execute(&mut *app.state.db.write().await.unwrap())
        .await
        .unwrap();
    assert_eq!(active().await, kid);
    // Once the old key's tokens have all expired, it is no longer published.
    sqlx::query("UPDATE oidc_signing_keys SET retired_at = retired_at - 7200 WHERE kid = $1")
        .bind(&old)
        .execute(&mut *app.state.db.write().await.unwrap())
        .await
        .unwrap();
    let jwks: Value = http.get(app.url("/oauth/jwks")).send().await.unwrap().json().await.unwrap();
    assert_eq!(jwks["keys"].as_array().unwrap().len(), 1);
}
on_both!(discovery_and_keys);

async fn bad_clients_and_redirect_uris_get_a_page_not_a_redirect(b: Backend) {
    let app = oidc_app(b).await;
    let reg = register(&app, false).await;
    let rp = relying_party(&app, &reg).await;
    let req = auth_request(&rp, &["phone"]);
    let browser = new_client();
    for (from, to) in [(REDIRECT.to_string(), "https://evil.example/cb".to_string()), (reg.id.clone(), "someone-else".to_string())] {
        let url = req.url.replace(&*encode(&from), &encode(&to));
        assert_ne!(url, req.url);
        let r = browser.get(&url).send().await.unwrap();
        assert_eq!(r.status(), 400, "{url}");
        assert!(r.headers().get("location").is_none());
        assert!(r.text().await.unwrap().contains("id=\"oauth-error\""));
    }
    // Known client and URI, wrong response type: back to the client with the error.
    let r = browser.get(req.url.replace("response_type=code", "response_type=token")).send().await.unwrap();
    let to = location(&r);
    assert!(to.starts_with(REDIRECT));
    assert_eq!(param(&to, "error").as_deref(), Some("unsupported_response_type"));
    assert_eq!(param(&to, "state").as_deref(), Some(req.state.secret().as_str()));
    // prompt=none without a session: login_required, back to the client.
    let r = browser.get(format!("{}&prompt=none", req.url)).send().await.unwrap();
    let to = location(&r);
    assert!(to.starts_with(REDIRECT));
    assert_eq!(param(&to, "error").as_deref(), Some("login_required"));
    assert_eq!(param(&to, "state").as_deref(), Some(req.state.secret().as_str()));
}
on_both!(bad_clients_and_redirect_uris_get_a_page_not_a_redirect);

fn encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

async fn public_clients_must_use_pkce(b: Backend) {
    let app = oidc_app(b).await;
    let reg = register(&app, true).await;
    let rp = relying_party(&app, &reg).await;
    let req = rp
        .authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
        .add_scope(Scope::new("phone".into()))
        .url();
    let r = new_client().get(req.0.to_string()).send().await.unwrap();
    assert_eq!(param(&location(&r), "error").as_deref(), Some("invalid_request"));
    // With PKCE, a public client exchanges its code with no secret.
    let (_browser, code, req) = consenting_browser(&app, &rp, &["phone"]).await;
    let t = rp.exchange_code(AuthorizationCode::new(code)).unwrap().set_pkce_verifier(req.verifier).request_async(&rp_http()).await;
    assert!(t.is_ok(), "{t:?}");
}
on_both!(public_clients_must_use_pkce);

async fn codes_are_single_use_bound_and_short_lived(b: Backend) {
    let app = oidc_app(b).await;
    let reg = register(&app, false).await;
    let rp = relying_party(&app, &reg).await;
    let (browser, code, req) = consenting_browser(&app, &rp, &["phone", "offline_access"]).await;

    // PKCE mismatch.
    let wrong = PkceCodeChallenge::new_random_sha256().1;
    let (s, e) = token_post(
        &app,
        &reg,
        &[("grant_type", "authorization_code"), ("code", &code), ("redirect_uri", REDIRECT), ("code_verifier", wrong.secret())],
    )
    .await;
    assert_eq!((s, e["error"].as_str()), (400, Some("invalid_grant")));

    // Wrong redirect URI, missing verifier (each on a fresh code).
    let (code, req2) = fresh_code(&rp, &browser, &["phone"]).await;
    let (s, e) = token_post(
        &app,
        &reg,
        &[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", "http://127.0.0.1:9/other"),
            ("code_verifier", req2.verifier.secret()),
        ],
    )
    .await;
    assert_eq!((s, e["error"].as_str()), (400, Some("invalid_grant")));

    // Wrong client secret: 401 and the Basic challenge.
    let (code, req3) = fresh_code(&rp, &browser, &["phone"]).await;
    let r = rp_http()
        .post(app.url("/oauth/token"))
        .basic_auth(&reg.id, Some("not-the-secret"))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", req3.verifier.secret()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert!(r.headers().get("www-authenticate").unwrap().to_str().unwrap().starts_with("Basic"));
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "invalid_client");
    // client_secret_post with a wrong secret: 401 too.
    let (s, e) = {
        let r = rp_http()
            .post(app.url("/oauth/token"))
            .form(&[("grant_type", "authorization_code"), ("code", &code), ("client_id", &reg.id), ("client_secret", "nope")])
            .send()
            .await
            .unwrap();
        (r.status().as_u16(), r.json::<Value>().await.unwrap())
    };
    assert_eq!((s, e["error"].as_str()), (401, Some("invalid_client")));
    // The right secret, sent in the form (client_secret_post), still works for that code.
    let r = rp_http()
        .post(app.url("/oauth/token"))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", req3.verifier.secret()),
            ("client_id", &reg.id),
            ("client_secret", reg.secret.as_deref().unwrap()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    // Expired: a minute and more later.
    let (code, req4) = fresh_code(&rp, &browser, &["phone"]).await;
    sqlx::query("UPDATE oauth_codes SET expires_at = expires_at - 61").execute(&mut *app.state.db.write().await.unwrap()).await.unwrap();
    let (s, e) = token_post(
        &app,
        &reg,
        &[("grant_type", "authorization_code"), ("code", &code), ("redirect_uri", REDIRECT), ("code_verifier", req4.verifier.secret())],
    )
    .await;
    assert_eq!((s, e["error"].as_str()), (400, Some("invalid_grant")));

    // Reused: the second exchange fails and the tokens of the first are revoked.
    let (code, req5) = fresh_code(&rp, &browser, &["phone", "offline_access"]).await;
    let form =
        [("grant_type", "authorization_code"), ("code", &code), ("redirect_uri", REDIRECT), ("code_verifier", req5.verifier.secret())];
    let (s, first) = token_post(&app, &reg, &form).await;
    assert_eq!(s, 200);
    let access = first["access_token"].as_str().unwrap();
    assert_eq!(userinfo_status(&app, access).await, 200);
    let (s, e) = token_post(&app, &reg, &form).await;
    assert_eq!((s, e["error"].as_str()), (400, Some("invalid_grant")));
    assert_eq!(userinfo_status(&app, access).await, 401, "the access token of a replayed code is revoked");
    let (s, e) =
        token_post(&app, &reg, &[("grant_type", "refresh_token"), ("refresh_token", first["refresh_token"].as_str().unwrap())]).await;
    assert_eq!((s, e["error"].as_str()), (400, Some("invalid_grant")), "and its refresh token");
    let _ = req;
}
on_both!(codes_are_single_use_bound_and_short_lived);

async fn a_replayed_refresh_token_revokes_its_family(b: Backend) {
    let app = oidc_app(b).await;
    let reg = register(&app, false).await;
    let rp = relying_party(&app, &reg).await;
    let (_browser, code, req) = consenting_browser(&app, &rp, &["phone", "offline_access"]).await;
    let http = rp_http();
    let t = rp.exchange_code(AuthorizationCode::new(code)).unwrap().set_pkce_verifier(req.verifier).request_async(&http).await.unwrap();
    let r1 = t.refresh_token().unwrap().clone();
    let t2 = rp.exchange_refresh_token(&r1).unwrap().request_async(&http).await.unwrap();
    let r2: RefreshToken = t2.refresh_token().unwrap().clone();
    let access2: AccessToken = t2.access_token().clone();
    assert_eq!(userinfo_status(&app, access2.secret()).await, 200);
    // r1 again: refused, and the whole family goes (r2 and its access token too).
    assert!(rp.exchange_refresh_token(&r1).unwrap().request_async(&http).await.is_err());
    let (s, e) = token_post(&app, &reg, &[("grant_type", "refresh_token"), ("refresh_token", r2.secret())]).await;
    assert_eq!((s, e["error"].as_str()), (400, Some("invalid_grant")));
    assert_eq!(userinfo_status(&app, access2.secret()).await, 401);
    assert_eq!(userinfo_status(&app, "made-up").await, 401);

    // Housekeeping: a day later with every token expired, nothing of the grant is left.
    let now = phone_auth::server::clock::now();
    app.state.db.purge_oidc(now + 31 * 86_400).await.unwrap();
    for table in ["oauth_grants", "oauth_refresh_tokens", "oauth_access_tokens", "oauth_codes"] {
        let (n,): (i64,) =
            sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&mut *app.state.db.read().await.unwrap()).await.unwrap();
        assert_eq!(n, 0, "{table}");
    }
}
on_both!(a_replayed_refresh_token_revokes_its_family);

/// 50 requests at the same moment, released by one barrier; their statuses.
async fn fifty_at_once(app: &TestApp, reg: &Registered, form: Vec<(&'static str, String)>) -> Vec<u16> {
    let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(50));
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let (barrier, form, url, id, secret) = (barrier.clone(), form.clone(), app.url("/oauth/token"), reg.id.clone(), reg.secret.clone());
        tasks.push(tokio::spawn(async move {
            let http = rp_http();
            barrier.wait().await;
            let r = http.post(url).basic_auth(id, secret).form(&form).send().await.unwrap();
            let status = r.status().as_u16();
            assert!(status < 500, "{status} {}", r.text().await.unwrap());
            status
        }));
    }
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap());
    }
    out
}

async fn single_use_holds_under_fifty_concurrent_requests(b: Backend) {
    let app = oidc_app(b).await;
    let reg = register(&app, false).await;
    let rp = relying_party(&app, &reg).await;
    let (_browser, code, req) = consenting_browser(&app, &rp, &["phone", "offline_access"]).await;
    // Make sure the signing key exists before the race (its generation is not raced).
    let _ = rp_http().get(app.url("/oauth/jwks")).send().await.unwrap();
    let statuses = fifty_at_once(
        &app,
        &reg,
        vec![
            ("grant_type", "authorization_code".into()),
            ("code", code),
            ("redirect_uri", REDIRECT.into()),
            ("code_verifier", req.verifier.secret().clone()),
        ],
    )
    .await;
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 400).count(), 49, "{statuses:?}");
    // The 49 replays revoked the grant: nothing issued from that code works.
    let (revoked,): (i64,) =
        sqlx::query_as("SELECT revoked FROM oauth_grants").fetch_one(&mut *app.state.db.read().await.unwrap()).await.unwrap();
    assert_eq!(revoked, 1);

    // One refresh token, 50 uses: one rotation.
    let (browser2, code, req) = consenting_browser(&app, &rp, &["phone", "offline_access"]).await;
    let _ = browser2;
    let (s, t) = token_post(
        &app,
        &reg,
        &[("grant_type", "authorization_code"), ("code", &code), ("redirect_uri", REDIRECT), ("code_verifier", req.verifier.secret())],
    )
    .await;
    assert_eq!(s, 200);
    let refresh = t["refresh_token"].as_str().unwrap().to_string();
    let statuses = fifty_at_once(&app, &reg, vec![("grant_type", "refresh_token".into()), ("refresh_token", refresh)]).await;
    assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 400).count(), 49, "{statuses:?}");
}
on_both!(single_use_holds_under_fifty_concurrent_requests);

async fn prompt_login_and_consent_ask_again(b: Backend) {
    let app = oidc_app(b).await;
    let reg = register(&app, false).await;
    let rp = relying_party(&app, &reg).await;
    let (browser, _code, _req) = consenting_browser(&app, &rp, &["phone"]).await;
    // prompt=consent: the consent page again, though consent was given.
    let req = auth_request(&rp, &["phone"]);
    let r = browser.get(format!("{}&prompt=consent", req.url)).send().await.unwrap();
    assert!(location(&r).starts_with("/oauth/consent?"), "{}", location(&r));
    // A wider scope asks again too.
    let req = auth_request(&rp, &["phone", "profile"]);
    let r = browser.get(&req.url).send().await.unwrap();
    assert!(location(&r).starts_with("/oauth/consent?"));
    // prompt=login: signed out, to the sign-in page, and back to the request without it.
    let r = browser.get(format!("{}&prompt=login", req.url)).send().await.unwrap();
    let to = location(&r);
    assert!(to.starts_with("/signin?next="), "{to}");
    assert!(!to.contains("prompt"), "no loop: {to}");
    let r = browser.get(format!("{}&prompt=none", req.url)).send().await.unwrap();
    assert_eq!(param(&location(&r), "error").as_deref(), Some("login_required"), "the session ended");
    // Denying consent: access_denied for the client, with its state.
    let (browser, _code, _req) = consenting_browser(&app, &rp, &["phone"]).await;
    let req = auth_request(&rp, &["phone"]);
    let r = browser.get(format!("{}&prompt=consent", req.url)).send().await.unwrap();
    let mut form = query_of(&app.url(&location(&r)));
    form.push(("decision".into(), "deny".into()));
    let r = browser.post(app.url("/oauth/consent")).form(&form).send().await.unwrap();
    let to = location(&r);
    assert!(to.starts_with(REDIRECT));
    assert_eq!(param(&to, "error").as_deref(), Some("access_denied"));
    assert_eq!(param(&to, "state").as_deref(), Some(req.state.secret().as_str()));
}
on_both!(prompt_login_and_consent_ask_again);

/// The `next` of a sign-in redirect (the authorization request, a local URL).
async fn next_of(browser: &reqwest::Client, url: &str) -> String {
    let r = browser.get(url).send().await.unwrap();
    let to = location(&r);
    let next = to.strip_prefix("/signin?next=").unwrap_or_else(|| panic!("{to}"));
    param(&format!("http://x/?n={next}"), "n").unwrap()
}

/// Exchanges a code with the relying party and returns the ID token's `amr` and `acr`.
async fn amr_and_acr(app: &TestApp, rp: &Rp, browser: &reqwest::Client, next: &str, req: Request) -> (Vec<String>, String) {
    let r = app.page(browser, next).await;
    let back = allow(app, browser, &location(&r)).await;
    let code = param(&back, "code").unwrap();
    let t =
        rp.exchange_code(AuthorizationCode::new(code)).unwrap().set_pkce_verifier(req.verifier).request_async(&rp_http()).await.unwrap();
    let claims = t.id_token().unwrap().claims(&rp.id_token_verifier(), &req.nonce).unwrap().clone();
    let amr = claims.auth_method_refs().unwrap().iter().map(|a| a.to_string()).collect();
    (amr, claims.auth_context_ref().unwrap().to_string())
}

async fn every_sign_in_comes_back_to_the_request(b: Backend) {
    let app = oidc_app(b).await;
    let reg = register(&app, false).await;
    let rp = relying_party(&app, &reg).await;

    // Passwordless: the sign-in page's link, the first step's hidden field and its
    // redirect, and the code step all carry the request.
    let phone = account(&app).await;
    let browser = new_client();
    let req = auth_request(&rp, &["phone"]);
    let next = next_of(&browser, &req.url).await;
    let page = app.page(&browser, &format!("/signin?next={}", encode(&next))).await.text().await.unwrap();
    let code_link = format!("/signin/code?next={}", phone_auth::domain::url::encode_component(&next));
    let link = page.split("id=\"signin-code-link\"").next().and_then(|before| before.rsplit("href=\"").next()).unwrap_or("");
    assert!(link.starts_with(&code_link.replace('&', "&amp;")) || link.starts_with(&code_link), "the code link keeps next: {link}");
    let r = app.call_with(&browser, "send-sign-in-code", &[("country", "GB"), ("phone", &phone), ("next", &next)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, code_link.clone()));
    let code_page = app.page(&browser, &code_link).await.text().await.unwrap();
    assert!(code_page.contains("name=\"next\""), "the code step carries next");
    let code = app.code_for(&phone, "sign-in").await;
    let r = app.call_with(&browser, "sign-in-with-code", &[("code", &code), ("next", &next)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, next.clone()));
    assert_eq!(amr_and_acr(&app, &rp, &browser, &next, req).await, (vec!["sms".to_string()], "1".to_string()));

    // Password, then the second factor.
    let phone = account(&app).await;
    let p = phone_auth::domain::PhoneNumber::parse(None, &phone, &[]).unwrap();
    let user = app.state.db.user_by_phone(&p).await.unwrap().unwrap();
    app.state.db.set_two_factor(user.id, true, 1).await.unwrap();
    let browser = new_client();
    let req = auth_request(&rp, &["phone"]);
    let next = next_of(&browser, &req.url).await;
    let r = app.call_with(&browser, "sign-in", &[("country", "GB"), ("phone", &phone), ("password", PASSWORD), ("next", &next)]).await;
    assert_eq!(location(&r), format!("/signin/2fa?next={}", phone_auth::domain::url::encode_component(&next)));
    let code = app.code_for(&phone, "2fa").await;
    let r = app.call_with(&browser, "verify-2fa", &[("code", &code), ("next", &next)]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (200, next.clone()));
    let (amr, acr) = amr_and_acr(&app, &rp, &browser, &next, req).await;
    assert_eq!((amr, acr.as_str()), (vec!["pwd".to_string(), "sms".into(), "mfa".into()], "2"));

    // login_hint (a full number) prefills the sign-in page; anything else does not.
    let browser = new_client();
    let req = auth_request(&rp, &["phone"]);
    let next = next_of(&browser, &format!("{}&login_hint=%2B447400999888", req.url)).await;
    let page = app.page(&browser, &format!("/signin?next={}", encode(&next))).await.text().await.unwrap();
    let field = page.split("id=\"phone\"").nth(1).unwrap_or("");
    assert!(field.split('>').next().unwrap_or("").contains("999888"), "prefilled: {field:.300}");
    let resumed = next.strip_prefix("/oauth/authorize?resume=").unwrap();
    let resumed = String::from_utf8(base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, resumed).unwrap()).unwrap();
    assert!(resumed.contains("client_id=") && !resumed.contains("999888"), "no number in a URL the app builds: {resumed}");
}
on_both!(every_sign_in_comes_back_to_the_request);

/// Without JavaScript a sign-in form's post redirects through the authorization request
/// to the client, and Chrome checks each of those redirects against the page's
/// `form-action`: the sign-in pages of a request name its registered client's origin
/// there, and only that one.
async fn sign_in_pages_let_their_forms_go_back_to_the_client(b: Backend) {
    let app = oidc_app(b).await;
    let reg = register(&app, false).await;
    let rp = relying_party(&app, &reg).await;
    let browser = new_client();
    let next = next_of(&browser, &auth_request(&rp, &["phone"]).url).await;
    let form_action = |csp: &str| csp.split(';').map(str::trim).find(|d| d.starts_with("form-action")).unwrap_or("").to_string();
    for page in ["/signin", "/signin/code"] {
        let r = app.page(&browser, &format!("{page}?next={}", encode(&next))).await;
        let csp = r.headers()["content-security-policy"].to_str().unwrap().to_string();
        assert_eq!(form_action(&csp), "form-action 'self' http://127.0.0.1:9", "{page}: {csp}");
    }
    // A page without a request, or with one for an unregistered address, keeps 'self'.
    let r = app.page(&browser, "/signin").await;
    assert_eq!(form_action(r.headers()["content-security-policy"].to_str().unwrap()), "form-action 'self'");
    let forged = format!("client_id={}&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&response_type=code&scope=openid", reg.id);
    let forged = format!("/oauth/authorize?resume={}", base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, forged));
    let r = app.page(&browser, &format!("/signin?next={}", encode(&forged))).await;
    assert_eq!(form_action(r.headers()["content-security-policy"].to_str().unwrap()), "form-action 'self'");
}
on_both!(sign_in_pages_let_their_forms_go_back_to_the_client);

async fn connected_apps_can_be_disconnected(b: Backend) {
    let app = oidc_app(b).await;
    let reg = register(&app, false).await;
    let rp = relying_party(&app, &reg).await;
    let (browser, code, req) = consenting_browser(&app, &rp, &["phone", "offline_access"]).await;
    let (s, t) = token_post(
        &app,
        &reg,
        &[("grant_type", "authorization_code"), ("code", &code), ("redirect_uri", REDIRECT), ("code_verifier", req.verifier.secret())],
    )
    .await;
    assert_eq!(s, 200);
    let profile = app.page(&browser, "/profile").await.text().await.unwrap();
    assert!(profile.contains("Connected apps") && profile.contains("Example App"), "{profile}");
    let r = app.call_with(&browser, "disconnect-app", &[("client_id", &reg.id)]).await;
    assert_eq!(r.status(), 200);
    // Its tokens stop working, and it must ask again.
    let (s, e) = token_post(&app, &reg, &[("grant_type", "refresh_token"), ("refresh_token", t["refresh_token"].as_str().unwrap())]).await;
    assert_eq!((s, e["error"].as_str()), (400, Some("invalid_grant")));
    assert_eq!(userinfo_status(&app, t["access_token"].as_str().unwrap()).await, 401);
    let req = auth_request(&rp, &["phone"]);
    let r = browser.get(&req.url).send().await.unwrap();
    assert!(location(&r).starts_with("/oauth/consent?"));
    let profile = app.page(&browser, "/profile").await.text().await.unwrap();
    assert!(!profile.contains("Connected apps"));
}
on_both!(connected_apps_can_be_disconnected);

async fn bad_input_gets_an_answer_never_a_500(b: Backend) {
    let app = oidc_app(b).await;
    let reg = register(&app, false).await;
    let http = rp_http();
    let browser = new_client();
    for path in [
        "/oauth/authorize",
        "/oauth/authorize?client_id=",
        "/oauth/authorize?client_id=%FF%FE",
        "/oauth/authorize?resume=!!!",
        "/oauth/authorize?resume=AAAA",
        "/oauth/consent",
        "/oauth/logout?id_token_hint=a.b.c",
        "/oauth/logout?id_token_hint=eyJhbGciOiJSUzI1NiIsImtpZCI6IngifQ.e30.AAAA",
        "/oauth/logout?post_logout_redirect_uri=https%3A%2F%2Fevil.example%2F",
    ] {
        let r = browser.get(app.url(path)).send().await.unwrap();
        assert_eq!(r.status(), 400, "{path}");
        assert!(r.headers().get("location").is_none(), "{path}");
    }
    // A known client with junk in every other parameter: errors go back to it.
    let base = format!("/oauth/authorize?client_id={}&redirect_uri={}", reg.id, encode(REDIRECT));
    for (extra, error) in [
        ("", "invalid_request"),
        ("&response_type=code", "invalid_scope"),
        ("&response_type=code&scope=openid&prompt=none%20login", "invalid_request"),
        ("&response_type=code&scope=openid&max_age=-1", "invalid_request"),
        ("&response_type=code&scope=openid&code_challenge=abc&code_challenge_method=S256", "invalid_request"),
        (
            "&response_type=code&scope=openid&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=plain",
            "invalid_request",
        ),
        ("&response_type=code&scope=openid&state=a&state=b", "invalid_request"),
        ("&response_type=code&scope=openid&request=x", "request_not_supported"),
    ] {
        let r = browser.get(app.url(&format!("{base}{extra}"))).send().await.unwrap();
        let to = location(&r);
        assert!(to.starts_with(REDIRECT), "{extra}: {to}");
        assert_eq!(param(&to, "error").as_deref(), Some(error), "{extra}");
    }
    // The token endpoint answers JSON errors.
    let cases: Vec<(reqwest::RequestBuilder, u16, &str)> = vec![
        (http.post(app.url("/oauth/token")).json(&serde_json::json!({"grant_type": "authorization_code"})), 400, "invalid_request"),
        (http.post(app.url("/oauth/token")).form(&[("grant_type", "password")]), 401, "invalid_client"),
        (
            http.post(app.url("/oauth/token")).basic_auth(&reg.id, reg.secret.as_deref()).form(&[("grant_type", "password")]),
            400,
            "unsupported_grant_type",
        ),
        (http.post(app.url("/oauth/token")).basic_auth(&reg.id, reg.secret.as_deref()).form(&[("code", "x")]), 400, "invalid_request"),
        (
            http.post(app.url("/oauth/token")).basic_auth(&reg.id, reg.secret.as_deref()).form(&[
                ("grant_type", "authorization_code"),
                ("code", "x"),
                ("redirect_uri", REDIRECT),
            ]),
            400,
            "invalid_grant",
        ),
        (
            http.post(app.url("/oauth/token"))
                .basic_auth(&reg.id, reg.secret.as_deref())
                .form(&[("grant_type", "refresh_token"), ("refresh_token", "x")]),
            400,
            "invalid_grant",
        ),
        (
            http.post(app.url("/oauth/token")).header("authorization", "Basic !!!").form(&[("grant_type", "refresh_token")]),
            401,
            "invalid_client",
        ),
    ];
    for (req, status, error) in cases {
        let r = req.send().await.unwrap();
        assert_eq!(r.status().as_u16(), status, "{error}");
        assert_eq!(r.json::<Value>().await.unwrap()["error"], error);
    }
    let r = http.get(app.url("/oauth/userinfo")).send().await.unwrap();
    assert_eq!(r.status(), 401);
    assert!(r.headers().get("www-authenticate").is_some());
    // A cross-site post to the token endpoint is a server's (no cookies): not refused
    // as a cross-site form, answered by the protocol.
    let r =
        http.post(app.url("/oauth/token")).header("origin", "https://app.example.com").form(&[("grant_type", "x")]).send().await.unwrap();
    assert_eq!(r.status(), 401);
    // The authorization request may be posted (Core 3.1.2.1), from the client's page.
    let form = [
        ("client_id", reg.id.as_str()),
        ("redirect_uri", REDIRECT),
        ("response_type", "code"),
        ("scope", "openid"),
        ("prompt", "none"),
        ("state", "s"),
    ];
    let r = http.post(app.url("/oauth/authorize")).header("origin", "https://app.example.com").form(&form).send().await.unwrap();
    assert_eq!(param(&location(&r), "error").as_deref(), Some("login_required"));
    // A cross-site consent post is refused.
    let r =
        http.post(app.url("/oauth/consent")).header("origin", "https://evil.example").form(&[("decision", "allow")]).send().await.unwrap();
    assert_eq!(r.status(), 403);
}
on_both!(bad_input_gets_an_answer_never_a_500);
