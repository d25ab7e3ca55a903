//! The server binary: `phone-auth [serve]` (default) or `phone-auth --help`.

use phone_auth::server::config::{Config, VARIABLES};
use phone_auth::server::startup::Application;
use tracing_subscriber::EnvFilter;

/// Runtime options of the built server (see Leptos.toml); LEPTOS_* variables override.
const LEPTOS_TOML: &str = include_str!("../Leptos.toml");

fn print_help() {
    println!("phone-auth: phone-number authentication server\n");
    println!("USAGE: phone-auth [serve]      serve the app (default)\n       phone-auth --help      this text\n");
    println!("Configuration (environment variables; a .env file is read first):");
    for (name, default, meaning) in VARIABLES {
        println!("  {name:<30} {meaning}\n  {:<30} default: {default}", "");
    }
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("serve") => {}
        Some("--help") | Some("-h") | Some("help") => {
            print_help();
            return std::process::ExitCode::SUCCESS;
        }
        Some(other) => {
            eprintln!("unknown command `{other}`; try --help");
            return std::process::ExitCode::from(2);
        }
    }
    let _ = dotenvy::dotenv();
    tracing_subscriber::fmt().with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"))).init();

    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("phone-auth: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> anyhow::Result<()> {
    let leptos_options = leptos::config::get_config_from_str(LEPTOS_TOML).map_err(|e| anyhow::anyhow!("Leptos.toml: {e}"))?;
    let config = Config::from_vars(|k| std::env::var(k).ok(), leptos_options.site_addr)?;
    let app = Application::build(config, leptos_options).await?;
    tracing::info!("listening on http://{}", app.state().config.listen);
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
    tracing::info!("shutting down: finishing requests in flight");
}
