//! The server binary: `phone-auth [serve]` (the default), the operator's commands, and
//! `--help` (see `server::cli`).

use phone_auth::server::cli::{self, Command};
use phone_auth::server::config::Config;
use phone_auth::server::startup::Application;
use phone_auth::server::telemetry;

/// mimalloc: about a fifth of a page request's time went to glibc's malloc and free, and
/// glibc's per-thread arenas made memory grow under load.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Runtime options of the built server (see Leptos.toml); LEPTOS_* variables override.
const LEPTOS_TOML: &str = include_str!("../Leptos.toml");

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match Command::parse(&args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("phone-auth: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    if command == Command::Help {
        print!("{}", cli::help());
        return std::process::ExitCode::SUCCESS;
    }
    let _ = dotenvy::dotenv();
    match run(command).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("phone-auth: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(command: Command) -> anyhow::Result<()> {
    let leptos_options = leptos::config::get_config_from_str(LEPTOS_TOML).map_err(|e| anyhow::anyhow!("Leptos.toml: {e}"))?;
    let config = Config::from_vars(|k| std::env::var(k).ok(), leptos_options.site_addr)?;
    telemetry::init_logging(config.log_format);
    if command != Command::Serve {
        println!("{}", cli::run(command, &config).await?);
        return Ok(());
    }
    let started = std::time::Instant::now();
    let app = Application::build(config, leptos_options).await?;
    tracing::info!(ready_in_ms = started.elapsed().as_millis() as u64, "listening on http://{}", app.state().config.listen);
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
