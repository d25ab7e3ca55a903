//! The real binary: a bad configuration stops the start with one line naming the variable.

use std::process::Command;

fn start_with(vars: &[(&str, &str)]) -> (i32, String) {
    let dir = std::env::temp_dir().join(format!("phone-auth-start-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_phone-auth"));
    cmd.current_dir(&dir).env_clear().env("PATH", std::env::var("PATH").unwrap_or_default());
    cmd.env("DATABASE_URL", format!("sqlite://{}/start.db", dir.display())).env("LEPTOS_SITE_ADDR", "127.0.0.1:0");
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run phone-auth");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn malformed_twilio_settings_stop_the_start_naming_the_variable() {
    let account = ("TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef");
    let token = ("TWILIO_AUTH_TOKEN", "fedcba9876543210fedcba9876543210");
    let cases: [(Vec<(&str, &str)>, &str); 6] = [
        (vec![("SMS_PROVIDER", "twilio")], "TWILIO_ACCOUNT_SID"),
        (vec![("SMS_PROVIDER", "twilio"), ("TWILIO_ACCOUNT_SID", "AC12"), token], "TWILIO_ACCOUNT_SID"),
        (vec![("SMS_PROVIDER", "twilio"), account, ("TWILIO_AUTH_TOKEN", "secret")], "TWILIO_AUTH_TOKEN"),
        (vec![("SMS_PROVIDER", "twilio"), account, token, ("TWILIO_FROM_NUMBER", "5550006")], "TWILIO_FROM_NUMBER"),
        (vec![("SMS_PROVIDER", "twilio-verify"), account, token, ("TWILIO_VERIFY_SERVICE_SID", "VAnothex")], "TWILIO_VERIFY_SERVICE_SID"),
        (vec![("SMS_PROVIDER", "carrier-pigeon")], "SMS_PROVIDER"),
    ];
    for (vars, var) in cases {
        let (code, stderr) = start_with(&vars);
        assert_eq!(code, 1, "{vars:?}: {stderr}");
        assert!(stderr.contains(var), "{vars:?}: the message names {var}: {stderr}");
        assert!(!stderr.contains("fedcba9876543210fedcba9876543210"), "no secret in the message: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn bad_settings_stop_the_start_naming_the_variable() {
    // (variable, value, what the message says)
    let cases = [
        ("CODE_TTL", "6s", "ALLOW_SHORT_CODE_TTL=1"),
        ("CODE_TTL", "soon", "is not a duration"),
        ("FLOW_TTL", "1m", "must be between 10m and 1d, got 1m"),
        ("TRUSTED_PROXIES", "10.0.0.0/8, proxy.local", "`proxy.local` is not an IP address"),
        ("LEPTOS_SITE_ADDR", "localhost", "is not an address and port"),
        ("APP_SECRET", "a-short-secret", "at least 32 characters"),
    ];
    for (var, value, says) in cases {
        let (code, stderr) = start_with(&[(var, value)]);
        assert_eq!(code, 1, "{var}={value}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
        assert!(stderr.contains(&format!("configuration: {var}: ")) && stderr.contains(says), "{var}={value}: {stderr}");
        assert!(!stderr.contains("a-short-secret"), "no secret in the message: {stderr}");
    }
}

/// `--help` lists every variable with its default, and never the value a variable has.
#[test]
fn help_lists_the_variables_but_never_their_values() {
    let out = Command::new(env!("CARGO_BIN_EXE_phone-auth"))
        .arg("--help")
        .env_clear()
        .env("APP_SECRET", "help-must-not-show-this-secret-0123456789")
        .env("DATABASE_URL", "postgres://app:help-must-not-show-this-password@db/auth")
        .output()
        .expect("run phone-auth --help");
    let help = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    for shown in ["[env: APP_SECRET]", "[env: CODE_TTL]", "[default: 5m]", "[env: PENDING_TTL]", "[default: 1d]", "[env: FLOW_TTL]"] {
        assert!(help.contains(shown), "{shown}: {help}");
    }
    assert!(help.contains("[env: ALLOW_SHORT_CODE_TTL]") && help.contains("sessions revoke-all PHONE"), "{help}");
    assert!(!help.contains("help-must-not-show"), "{help}");
}
