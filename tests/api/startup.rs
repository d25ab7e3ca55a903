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
