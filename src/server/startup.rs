//! Assembly: one `Application::build` (the database, the app secret, the SMS provider,
//! the password hasher, the routes) serves `main` and the tests; `run_until` serves with
//! the background tasks until a shutdown. The parts live in their own modules: `secret`,
//! `routes/`, `housekeeping`, `serve`.

use crate::server::config::{Config, Secret, SmsProvider};
use crate::server::db::Db;
use crate::server::passwords::Hasher;
use crate::server::sms::{
    failover, ConsoleSender, Failover, LocalCodeVerifier, MessageSender, Outbox, PhoneVerifier, TwilioMessaging, TwilioVerify, VonageSms,
};
use crate::server::state::{AppState, Inner};
use anyhow::Context;
use axum::Router;
use leptos::config::LeptosOptions;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

pub struct Application {
    listener: TcpListener,
    router: Router,
    state: AppState,
}

impl Application {
    /// Connects and migrates the database, builds the SMS provider, binds the listener
    /// (port 0 picks a free port) and assembles the routes.
    pub async fn build(config: Config, leptos_options: LeptosOptions) -> anyhow::Result<Application> {
        crate::server::telemetry::init_executor();
        let db = Db::connect(&config.database_url).await?.with_webhooks(config.webhooks.is_some());
        let secret = crate::server::secret::app_secret(&config, &db).await?;
        let (verifier, outbox) = build_verifier(&config, &secret)?;
        let send_latency = crate::server::timing::SendLatency::new(verifier.typical_latency());
        let hasher = Hasher::new(config.argon2_max_concurrency)?;
        let listener = TcpListener::bind(config.listen).await.with_context(|| format!("could not listen on {}", config.listen))?;
        let cookie_keys = crate::server::cookie::CookieKeys::derive(secret.expose());
        let webauthn = crate::server::services::passkeys::relying_party(&config).context("PUBLIC_URL is no WebAuthn relying party")?;
        let state = AppState {
            leptos_options,
            inner: Arc::new(Inner {
                config,
                db,
                verifier,
                hasher,
                secret,
                cookie_keys,
                send_latency,
                metrics: Default::default(),
                decoding: tokio::sync::Semaphore::new(crate::server::services::avatar::DECODES_AT_ONCE),
                oidc_keys: Default::default(),
                background: Default::default(),
                webauthn,
            }),
        };
        let router = crate::server::routes::router(state.clone(), outbox);
        Ok(Application { listener, router, state })
    }

    /// The address the listener is bound to (with port 0 asked for, the port it was given).
    pub fn local_addr(&self) -> std::net::SocketAddr {
        self.listener.local_addr().unwrap_or(self.state.config.listen)
    }

    pub fn port(&self) -> u16 {
        self.local_addr().port()
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until `shutdown` completes; then stops accepting, lets requests in flight
    /// finish for up to [`SHUTDOWN_GRACE`], and closes the database pool.
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        let housekeeping = tokio::spawn(crate::server::housekeeping::housekeeping(self.state.clone()));
        let metrics_upkeep = tokio::spawn(crate::server::housekeeping::metrics_upkeep(self.state.clone()));
        let webhooks = tokio::spawn(crate::server::services::webhooks::deliver_loop(self.state.clone()));
        let (stopping_tx, mut stopping_rx) = tokio::sync::watch::channel(false);
        let graceful = async move {
            shutdown.await;
            let _ = stopping_tx.send(true);
        };
        let server = crate::server::serve::serve(self.listener, self.router, graceful);
        let deadline = async move {
            let _ = stopping_rx.wait_for(|stopping| *stopping).await;
            tokio::time::sleep(SHUTDOWN_GRACE).await;
        };
        let result = tokio::select! {
            r = server => r,
            _ = deadline => {
                tracing::warn!("requests still running {} s after the signal: stopping anyway", SHUTDOWN_GRACE.as_secs());
                Ok(())
            }
        };
        housekeeping.abort();
        metrics_upkeep.abort();
        webhooks.abort();
        self.state.background.close();
        if tokio::time::timeout(BACKGROUND_GRACE, self.state.background.wait()).await.is_err() {
            tracing::warn!("background work (alerts) still running {} s after the server stopped", BACKGROUND_GRACE.as_secs());
        }
        self.state.db.close().await;
        result
    }
}

/// How long requests in flight may take to finish once a shutdown is asked for.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);
/// How long background work (an alert on its way to the provider) may take to finish
/// once the server has stopped.
pub const BACKGROUND_GRACE: Duration = Duration::from_secs(5);

fn build_verifier(config: &Config, secret: &Secret) -> anyhow::Result<(Arc<dyn PhoneVerifier>, Option<Outbox>)> {
    let ttl = config.limits.code_ttl;
    let host = config.public_host().to_string();
    let app_owned = |name: &'static str, sender: Arc<dyn MessageSender>| -> Arc<dyn PhoneVerifier> {
        Arc::new(LocalCodeVerifier::new(name, sender, secret.clone(), config.app_name.clone(), host.clone(), ttl))
    };
    let mut outbox = None;
    let mut providers: Vec<Arc<dyn PhoneVerifier>> = Vec::new();
    for provider in &config.sms {
        providers.push(match provider {
            SmsProvider::Console => {
                let o = Outbox::default();
                outbox = Some(o.clone());
                app_owned("console", Arc::new(ConsoleSender::new(o)))
            }
            SmsProvider::Twilio(t) => app_owned("twilio", Arc::new(TwilioMessaging::new(t.clone(), provider_client(t.timeout)?))),
            SmsProvider::TwilioVerify(t) => Arc::new(TwilioVerify::new(t.clone(), provider_client(t.timeout)?)),
            SmsProvider::Vonage(v) => app_owned("vonage", Arc::new(VonageSms::new(v.clone(), provider_client(v.timeout)?))),
        });
    }
    // One provider: today's behaviour (no breaker); several: failover in order.
    let verifier: Arc<dyn PhoneVerifier> =
        if providers.len() == 1 { providers.remove(0) } else { Arc::new(Failover::new(providers, &config.sms_routes, failover::OPEN_FOR)) };
    Ok((verifier, outbox))
}

/// One HTTP client per provider: connections are pooled and bounded, and no request can
/// wait longer than the timeout.
fn provider_client(timeout: Duration) -> anyhow::Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .pool_max_idle_per_host(16)
        .build()
        .context("could not build the HTTP client")
}
