//! The server binary: `phone-auth [serve]` (the default), the operator's commands, and
//! `--help` (see `server::cli`).

#![forbid(unsafe_code)]

use phone_auth::server::cli::{self, Command};
use phone_auth::server::config::{self, Config, Settings};
use phone_auth::server::startup::Application;
use phone_auth::server::telemetry;
use std::process::ExitCode;

/// mimalloc: about a fifth of a page request's time went to glibc's malloc and free, and
/// glibc's per-thread arenas made memory grow under load.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Runtime options of the built server (see Leptos.toml); LEPTOS_* variables override.
const LEPTOS_TOML: &str = include_str!("../Leptos.toml");

fn main() -> ExitCode {
    // The environment is settled before any thread starts: `.env` first (it never
    // overrides a variable that is set), and a blank variable is unset.
    let _ = dotenvy::dotenv();
    config::forget_blank_variables();
    let (command, settings) = match cli::parse(std::env::args_os()) {
        Ok(parsed) => parsed,
        Err(e) => return cli::report(e),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("phone-auth: could not start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(command, settings)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("phone-auth: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, settings: Settings) -> anyhow::Result<()> {
    let mut leptos_options = leptos::config::get_config_from_str(LEPTOS_TOML).map_err(|e| anyhow::anyhow!("Leptos.toml: {e}"))?;
    let config = Config::from_settings(settings, leptos_options.site_addr)?;
    leptos_options.site_addr = config.listen;
    telemetry::init_logging(&config.log_filter, config.log_format);
    if command != Command::Serve {
        println!("{}", cli::run(command, &config).await?);
        return Ok(());
    }
    let started = std::time::Instant::now();
    let app = Application::build(config, leptos_options).await?;
    // The OpenID provider's signing key exists from the first start (the tests, which
    // start many apps, let the first token or JWKS request generate it instead). It is
    // made beside the serving, not before it: a new RSA key takes 50 to 500 ms, and the
    // first token or JWKS request, if it comes sooner, waits for the same key (one lock).
    let state = app.state().clone();
    tokio::spawn(async move {
        if let Err(e) = state.oidc_keys.active(&state.db, &state.cookie_keys.signing_keys).await {
            tracing::error!(error = %e, "could not make the OpenID Connect signing key (the first request that needs it tries again)");
        }
    });
    tracing::info!(ready_in_ms = started.elapsed().as_millis() as u64, "listening on http://{}", app.local_addr());
    app.run_until(shutdown_signal()).await?;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: no new connections; finishing requests in flight (up to 10 s)");
}
