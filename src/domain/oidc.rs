//! The values of OpenID Connect requests that parse (OpenID Connect Core 1.0, RFC 6749,
//! RFC 7636): scopes, `prompt`, PKCE challenges and verifiers, `max_age`, redirect URIs
//! as registered; and how a session signed in, as the `amr` and `acr` of its ID tokens.
//! No crypto and no I/O here: the server hashes and compares.

use crate::domain::audit::SignInMethod;

/// A scope this provider knows. Unknown scopes in a request are dropped, as OpenID
/// Connect Core (3.1.2.1) lets a provider do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    OpenId,
    Phone,
    Profile,
    OfflineAccess,
}

impl Scope {
    pub const ALL: [Scope; 4] = [Scope::OpenId, Scope::Phone, Scope::Profile, Scope::OfflineAccess];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::OpenId => "openid",
            Scope::Phone => "phone",
            Scope::Profile => "profile",
            Scope::OfflineAccess => "offline_access",
        }
    }

    fn parse(s: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The known scopes of a request, each once, in a fixed order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scopes(Vec<Scope>);

impl Scopes {
    /// A space-separated `scope` value; unknown names are dropped.
    pub fn parse(s: &str) -> Scopes {
        let mut v: Vec<Scope> = s.split(' ').filter_map(Scope::parse).collect();
        v.sort();
        v.dedup();
        Scopes(v)
    }

    pub fn contains(&self, s: Scope) -> bool {
        self.0.contains(&s)
    }

    /// Every scope of `self` is in `other`.
    pub fn within(&self, other: &Scopes) -> bool {
        self.0.iter().all(|s| other.contains(*s))
    }

    /// The space-separated value (as stored and as answered).
    pub fn as_string(&self) -> String {
        self.0.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" ")
    }
}

/// `prompt`: what the relying party asks the provider to (not) show.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prompt {
    /// Show nothing: answer `login_required` / `consent_required` instead.
    pub none: bool,
    /// Sign in again even with a live session.
    pub login: bool,
    /// Ask for consent even if it was given before.
    pub consent: bool,
}

impl Prompt {
    /// A space-separated `prompt` value. `none` with anything else is an error (Core
    /// 3.1.2.1), as is an unknown value; `select_account` is accepted (one account per
    /// browser here, so there is nothing to select).
    pub fn parse(s: &str) -> Result<Prompt, &'static str> {
        let mut p = Prompt::default();
        let mut count = 0;
        for v in s.split(' ').filter(|v| !v.is_empty()) {
            count += 1;
            match v {
                "none" => p.none = true,
                "login" => p.login = true,
                "consent" => p.consent = true,
                "select_account" => {}
                _ => return Err("prompt has a value this provider does not know."),
            }
        }
        if p.none && count > 1 {
            return Err("prompt=none cannot be combined with other values.");
        }
        Ok(p)
    }
}

/// `max_age`: seconds since the person last actively signed in.
pub fn parse_max_age(s: &str) -> Result<i64, &'static str> {
    s.parse::<u32>().map(i64::from).map_err(|_| "max_age must be a whole number of seconds.")
}

/// The grammar of a PKCE verifier and of an S256 challenge (RFC 7636 4.1, 4.2): 43 to 128
/// unreserved characters.
fn pkce_shaped(s: &str) -> bool {
    (43..=128).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
}

/// An S256 `code_challenge` (the only method accepted: `plain` gives no protection
/// against a leaked authorization request).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeChallenge(String);

impl CodeChallenge {
    pub fn parse(challenge: &str, method: Option<&str>) -> Result<CodeChallenge, &'static str> {
        match method {
            Some("S256") => {}
            None | Some("plain") => return Err("code_challenge_method must be S256."),
            Some(_) => return Err("code_challenge_method must be S256."),
        }
        if !pkce_shaped(challenge) {
            return Err("code_challenge is not a valid S256 challenge.");
        }
        Ok(CodeChallenge(challenge.to_string()))
    }

    /// A challenge this server stored itself.
    pub fn from_stored(s: String) -> CodeChallenge {
        CodeChallenge(s)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A PKCE `code_verifier`. Its `Debug` is redacted: it proves possession of a code.
#[derive(Clone, PartialEq, Eq)]
pub struct CodeVerifier(String);

impl CodeVerifier {
    pub fn parse(s: &str) -> Result<CodeVerifier, &'static str> {
        if pkce_shaped(s) {
            Ok(CodeVerifier(s.to_string()))
        } else {
            Err("code_verifier must be 43 to 128 unreserved characters.")
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for CodeVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CodeVerifier(<redacted>)")
    }
}

/// A redirect URI as the operator registers it: absolute `https://` (or `http://` for
/// localhost and other development hosts, or a private scheme of a native app), no
/// fragment, no spaces. Requests must match a registered one exactly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedirectUri(String);

impl RedirectUri {
    pub fn parse(s: &str) -> Result<RedirectUri, String> {
        let s = s.trim();
        let Some((scheme, rest)) = s.split_once("://").or_else(|| s.split_once(':')) else {
            return Err(format!("{s:?} is not an absolute URI (it needs a scheme such as https://)."));
        };
        let scheme_ok = !scheme.is_empty()
            && scheme.as_bytes()[0].is_ascii_alphabetic()
            && scheme.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
        if !scheme_ok || rest.is_empty() {
            return Err(format!("{s:?} is not an absolute URI (it needs a scheme such as https://)."));
        }
        if s.contains('#') {
            return Err(format!("{s:?} has a fragment (#...), which a redirect URI may not have."));
        }
        if s.bytes().any(|b| b.is_ascii_whitespace() || b.is_ascii_control()) {
            return Err(format!("{s:?} has spaces or control characters."));
        }
        if s.len() > 2000 {
            return Err("A redirect URI may be at most 2000 characters.".into());
        }
        Ok(RedirectUri(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The `amr` values (RFC 8176) of a session that signed in by `method`: `pwd` for the
/// password, `sms` for a code sent to the phone, `otp` for an authenticator app's code,
/// `mfa` when two were given.
pub fn amr(method: Option<SignInMethod>) -> Vec<&'static str> {
    match method {
        // On a trusted browser only one factor was given this time.
        Some(SignInMethod::Password | SignInMethod::PasswordOnTrustedBrowser) => vec!["pwd"],
        Some(SignInMethod::Code | SignInMethod::CodeOnTrustedBrowser) => vec!["sms"],
        Some(SignInMethod::PasswordAndCode | SignInMethod::CodeAndPassword | SignInMethod::AfterVerification) => {
            vec!["pwd", "sms", "mfa"]
        }
        Some(SignInMethod::PasswordAndAuthenticator) => vec!["pwd", "otp", "mfa"],
        // A recovery code is something the person has (RFC 8176 has no closer value).
        Some(SignInMethod::PasswordAndRecoveryCode) => vec!["pwd", "mfa"],
        // A passkey is a key held by a device, unlocked by the person (user verification
        // required): two factors in one.
        Some(SignInMethod::Passkey) => vec!["hwk", "user", "mfa"],
        Some(SignInMethod::PasswordAndPasskey) => vec!["pwd", "hwk", "mfa"],
        None => vec![],
    }
}

/// The `acr`: "1" for one factor, "2" for two (the levels of ISO/IEC 29115 that the
/// `amr` above backs).
pub fn acr(amr: &[&str]) -> &'static str {
    if amr.contains(&"mfa") {
        "2"
    } else {
        "1"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_parse_known_names_once() {
        let s = Scopes::parse("profile openid  openid unknown phone");
        assert_eq!(s.as_string(), "openid phone profile");
        assert!(s.contains(Scope::OpenId) && !s.contains(Scope::OfflineAccess));
        assert!(Scopes::parse("openid phone").within(&s));
        assert!(!Scopes::parse("openid offline_access").within(&s));
    }

    #[test]
    fn prompt_values() {
        assert_eq!(Prompt::parse("login consent"), Ok(Prompt { none: false, login: true, consent: true }));
        assert_eq!(Prompt::parse(""), Ok(Prompt::default()));
        assert!(Prompt::parse("none login").is_err());
        assert!(Prompt::parse("sometimes").is_err());
        assert!(Prompt::parse("none").unwrap().none);
    }

    #[test]
    fn pkce_is_s256_only_and_shaped() {
        let c = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
        assert!(CodeChallenge::parse(c, Some("S256")).is_ok());
        assert!(CodeChallenge::parse(c, Some("plain")).is_err());
        assert!(CodeChallenge::parse(c, None).is_err());
        assert!(CodeChallenge::parse("short", Some("S256")).is_err());
        assert!(CodeVerifier::parse("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk").is_ok());
        assert!(CodeVerifier::parse("has space has space has space has space has space").is_err());
        assert_eq!(
            format!("{:?}", CodeVerifier::parse("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk").unwrap()),
            "CodeVerifier(<redacted>)"
        );
    }

    #[test]
    fn redirect_uris() {
        assert!(RedirectUri::parse("https://app.example.com/cb").is_ok());
        assert!(RedirectUri::parse("http://127.0.0.1:8080/cb?x=1").is_ok());
        assert!(RedirectUri::parse("com.example.app:/oauth").is_ok());
        assert!(RedirectUri::parse("/cb").is_err());
        assert!(RedirectUri::parse("https://app.example.com/cb#x").is_err());
        assert!(RedirectUri::parse("https://app.example.com/c b").is_err());
    }

    #[test]
    fn amr_and_acr_follow_the_sign_in() {
        assert_eq!(amr(Some(SignInMethod::Password)), vec!["pwd"]);
        assert_eq!(amr(Some(SignInMethod::Code)), vec!["sms"]);
        assert_eq!(amr(Some(SignInMethod::PasswordAndCode)), vec!["pwd", "sms", "mfa"]);
        assert_eq!(amr(Some(SignInMethod::PasswordAndAuthenticator)), vec!["pwd", "otp", "mfa"]);
        assert_eq!(amr(Some(SignInMethod::PasswordAndRecoveryCode)), vec!["pwd", "mfa"]);
        assert_eq!(amr(Some(SignInMethod::Passkey)), vec!["hwk", "user", "mfa"]);
        assert_eq!(acr(&amr(Some(SignInMethod::CodeAndPassword))), "2");
        assert_eq!(acr(&amr(Some(SignInMethod::Password))), "1");
    }
}
