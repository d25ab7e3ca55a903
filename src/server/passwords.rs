//! Password hashing: argon2id with OWASP's parameters (m=19 MiB, t=2, p=1).
//!
//! At most `ARGON2_MAX_CONCURRENCY` hashes (by default one less than the cores) run at
//! once, each on a thread of the hasher's own (never on the threads that serve pages),
//! at a lower CPU priority (nice 10): sign-ins queue behind each other, and a page that
//! needs a core gets it before a hash does (a hash takes what the pages leave). A bounded
//! queue refuses the rest at once.

use crate::domain::Password;
use anyhow::Context;
use argon2::password_hash::{rand_core::OsRng, Output, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

/// An argon2id hash string with the current parameters whose password nobody knows (its
/// salt and output are random bytes): verified against when the account does not exist,
/// so "unknown number" costs the same as "wrong password". It is not a secret.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$kOU/1TZYfOBYeaY4AxNV1A$JnBQlHqkDnVS0bjj54yq9URqiXTNB4Hh/LXs6TQVFHs";

/// How many hashes may wait per hashing slot. Past that a request is refused at once
/// ("busy, try again in a moment") instead of queueing without bound: a flood of
/// sign-ins cannot grow memory or make every sign-in wait longer and longer.
const QUEUE_PER_THREAD: usize = 32;

/// The hashing queue is full: the request is refused at once.
#[derive(Debug, thiserror::Error)]
#[error("the password hashing queue is full")]
pub struct Busy;

/// How much lower than the server's the hashing threads' CPU priority is (Linux `nice`).
/// A hash is 30 ms of one core; a page, well under one: the scheduler runs pages first
/// while they are few and gives hashes the rest.
const HASH_NICE: i32 = 10;

type Job = Box<dyn FnOnce() + Send + 'static>;

/// How long a hashing thread waits for work before it ends. A thread that ends gives its
/// allocator's memory back (a living thread keeps the 19 MiB its last hash used); the next
/// hash starts a new thread, which costs far less than the hash.
const IDLE: std::time::Duration = std::time::Duration::from_secs(10);

/// Hashes run on up to `threads` threads of their own, taking jobs from one queue; at most
/// [`QUEUE_PER_THREAD`] per thread wait. A thread starts when a job waits and no thread is
/// free, and ends after [`IDLE`] without work, so an idle server stays small.
#[derive(Clone)]
pub struct Hasher {
    /// Computations running or waiting.
    admitted: std::sync::Arc<tokio::sync::Semaphore>,
    pool: std::sync::Arc<Pool>,
    params: Params,
}

pub enum Verified {
    No,
    Yes { rehash: Option<String> },
}

/// The hashing threads and their queue, under one lock, so a job is never left in the
/// queue with no thread to run it.
struct Pool {
    state: std::sync::Mutex<PoolState>,
    work: std::sync::Condvar,
    threads: usize,
    idle_for: std::time::Duration,
}

#[derive(Default)]
struct PoolState {
    jobs: std::collections::VecDeque<Job>,
    /// Threads running (working or waiting for work).
    alive: usize,
    /// Threads waiting for work.
    idle: usize,
}

impl Pool {
    fn state(&self) -> std::sync::MutexGuard<'_, PoolState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues `job`: a waiting thread takes it, else a new thread starts if there is room
    /// for one, else it waits for a thread to finish its work.
    fn submit(self: &std::sync::Arc<Self>, job: Job) -> anyhow::Result<()> {
        let mut st = self.state();
        st.jobs.push_back(job);
        if st.jobs.len() <= st.idle || st.alive >= self.threads {
            self.work.notify_one();
            return Ok(());
        }
        let n = st.alive;
        st.alive += 1;
        drop(st);
        let pool = self.clone();
        if let Err(e) = std::thread::Builder::new().name(format!("argon2-{n}")).spawn(move || pool.run_jobs()) {
            self.state().alive -= 1;
            return Err(e).context("could not start a password hashing thread");
        }
        Ok(())
    }

    /// A hashing thread: runs queued jobs; ends after `idle_for` without any.
    fn run_jobs(&self) {
        lower_priority();
        let mut st = self.state();
        loop {
            if let Some(job) = st.jobs.pop_front() {
                drop(st);
                // A job that panics fails its own request (its answer is dropped), not
                // the thread.
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                st = self.state();
                continue;
            }
            st.idle += 1;
            let (next, waited) = self.work.wait_timeout(st, self.idle_for).unwrap_or_else(|e| e.into_inner());
            st = next;
            st.idle -= 1;
            if waited.timed_out() && st.jobs.is_empty() {
                st.alive -= 1;
                return;
            }
        }
    }
}

impl Hasher {
    pub fn new(threads: usize) -> anyhow::Result<Self> {
        Self::with_idle(threads, IDLE)
    }

    fn with_idle(threads: usize, idle_for: std::time::Duration) -> anyhow::Result<Self> {
        let params = Params::new(19_456, 2, 1, None).map_err(|e| anyhow::anyhow!("argon2 params: {e}"))?;
        let threads = threads.max(1);
        let pool = Pool { state: Default::default(), work: std::sync::Condvar::new(), threads, idle_for };
        Ok(Hasher {
            admitted: std::sync::Arc::new(tokio::sync::Semaphore::new(threads * (QUEUE_PER_THREAD + 1))),
            pool: std::sync::Arc::new(pool),
            params,
        })
    }

    /// Runs `f` on a hashing thread, within the caller's tracing span. Fails at once with
    /// [`Busy`] when too many wait already. The job keeps its place in the count until it
    /// has run, even if the request that asked for it is gone.
    async fn run<T: Send + 'static>(&self, f: impl FnOnce() -> T + Send + 'static) -> anyhow::Result<T> {
        let admitted = self.admitted.clone().try_acquire_owned().map_err(|_| Busy)?;
        let (answer, out) = tokio::sync::oneshot::channel();
        let span = tracing::Span::current();
        self.pool.submit(Box::new(move || {
            let _ = answer.send(span.in_scope(f));
            drop(admitted);
        }))?;
        out.await.context("a hashing task failed")
    }

    pub async fn hash(&self, password: &Password) -> anyhow::Result<String> {
        let params = self.params.clone();
        let pw = password.expose().to_string();
        self.run(move || hash_with(&params, &pw)).await?
    }

    /// Checks `password` against `stored`; when it matches but was hashed with other
    /// parameters, also returns a new hash to store (hashes follow the policy over time).
    pub async fn verify(&self, password: &Password, stored: &str) -> anyhow::Result<Verified> {
        let params = self.params.clone();
        let pw = password.expose().to_string();
        let stored = stored.to_string();
        self.run(move || -> anyhow::Result<Verified> {
            let parsed = PasswordHash::new(&stored).map_err(|e| anyhow::anyhow!("stored hash unreadable: {e}"))?;
            if !verify_with(&parsed, &pw)? {
                return Ok(Verified::No);
            }
            let current = Params::try_from(&parsed).ok();
            let up_to_date = parsed.algorithm.as_str() == "argon2id"
                && current.is_some_and(|p| p.m_cost() == params.m_cost() && p.t_cost() == params.t_cost() && p.p_cost() == params.p_cost());
            let rehash = if up_to_date { None } else { Some(hash_with(&params, &pw)?) };
            Ok(Verified::Yes { rehash })
        })
        .await?
    }

    /// Spends the same effort as a real verification, for accounts that do not exist.
    pub async fn verify_dummy(&self, password: &Password) -> anyhow::Result<()> {
        self.verify(password, DUMMY_HASH).await.map(|_| ())
    }
}

/// Lowers this thread's CPU priority to [`HASH_NICE`] (on Linux a thread has its own nice
/// value). Where it cannot, hashes run at the server's priority, as before.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    if let Err(e) = rustix::process::setpriority_process(Some(rustix::thread::gettid()), HASH_NICE) {
        tracing::warn!(error = %e, "could not lower the priority of a password hashing thread");
    }
}

fn argon2_for(params: &Params) -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
}

fn hash_with(params: &Params, password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_bytes = [0u8; 64];
    let salt_raw = salt.as_salt().decode_b64(&mut salt_bytes).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    argon2_for(params)
        .hash_password_into(password.as_bytes(), salt_raw, &mut out)
        .map_err(|e| anyhow::anyhow!("argon2 hashing failed: {e}"))?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: params.try_into().map_err(|e| anyhow::anyhow!("argon2 params: {e}"))?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| anyhow::anyhow!("argon2 output: {e}"))?),
    };
    Ok(phc.to_string())
}

/// Recomputes `parsed` for `password` (its own algorithm, version and parameters) and
/// compares in constant time.
fn verify_with(parsed: &PasswordHash<'_>, password: &str) -> anyhow::Result<bool> {
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else { anyhow::bail!("stored hash has no salt or output") };
    let algorithm = Algorithm::try_from(parsed.algorithm).map_err(|e| anyhow::anyhow!("stored hash algorithm: {e}"))?;
    let version =
        parsed.version.map(Version::try_from).transpose().map_err(|e| anyhow::anyhow!("stored hash version: {e}"))?.unwrap_or_default();
    let params = Params::try_from(parsed).map_err(|e| anyhow::anyhow!("stored hash params: {e}"))?;
    let mut salt_bytes = [0u8; 64];
    let salt_raw = salt.decode_b64(&mut salt_bytes).map_err(|e| anyhow::anyhow!("stored hash salt: {e}"))?;
    let mut out = vec![0u8; expected.len()];
    Argon2::new(algorithm, version, params.clone())
        .hash_password_into(password.as_bytes(), salt_raw, &mut out)
        .map_err(|e| anyhow::anyhow!("argon2 failed: {e}"))?;
    Ok(subtle::ConstantTimeEq::ct_eq(out.as_slice(), expected.as_bytes()).into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::password_hash::{PasswordHasher as _, PasswordVerifier as _};

    #[tokio::test]
    async fn hashes_verify_and_old_parameters_are_upgraded() {
        let h = Hasher::new(2).unwrap();
        let pw = Password::from_attempt("a long enough password".into());
        let stored = h.hash(&pw).await.unwrap();
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(matches!(h.verify(&pw, &stored).await.unwrap(), Verified::Yes { rehash: None }));
        let wrong = Password::from_attempt("another password".into());
        assert!(matches!(h.verify(&wrong, &stored).await.unwrap(), Verified::No));

        let weak = Params::new(4_096, 1, 1, None).unwrap();
        let old = hash_with(&weak, "a long enough password").unwrap();
        match h.verify(&pw, &old).await.unwrap() {
            Verified::Yes { rehash: Some(new) } => assert!(new.contains("m=19456,t=2,p=1")),
            _ => panic!("an old-parameter hash must verify and be upgraded"),
        }
    }

    /// Hashes never run on the threads that serve pages: on the hasher's own threads, at
    /// the lower priority.
    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn hashes_run_on_their_own_threads_at_a_lower_priority() {
        let h = Hasher::new(1).unwrap();
        let (name, nice) = h
            .run(|| {
                (std::thread::current().name().map(str::to_string), rustix::process::getpriority_process(Some(rustix::thread::gettid())))
            })
            .await
            .unwrap();
        assert_eq!(name.as_deref(), Some("argon2-0"));
        assert!(nice.unwrap() >= HASH_NICE, "{nice:?}");
        assert_ne!(std::thread::current().name(), Some("argon2-0"));
    }

    /// A hashing thread ends after its idle time (giving its memory back), and the next
    /// hash starts one again; two hashes at once on a pool of one run one after the other.
    #[tokio::test]
    async fn idle_hashing_threads_end_and_start_again() {
        let h = Hasher::with_idle(1, std::time::Duration::from_millis(50)).unwrap();
        let both = tokio::join!(h.run(|| std::thread::current().id()), h.run(|| std::thread::current().id()));
        assert_eq!(both.0.unwrap(), both.1.unwrap(), "a pool of one runs both on its one thread");
        let mut waited = 0;
        while h.pool.state().alive > 0 {
            assert!(waited < 200, "the idle thread did not end");
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            waited += 1;
        }
        assert_eq!(h.run(|| 7).await.unwrap(), 7, "a new thread runs the next hash");
    }

    #[test]
    fn hashes_agree_with_the_reference_implementation() {
        // Ours verifies the crate's own hashes, and the crate verifies ours.
        let params = Params::new(19_456, 2, 1, None).unwrap();
        let reference = argon2_for(&params).hash_password(b"correct horse", &SaltString::generate(&mut OsRng)).unwrap().to_string();
        let parsed = PasswordHash::new(&reference).unwrap();
        assert!(verify_with(&parsed, "correct horse").unwrap());
        assert!(!verify_with(&parsed, "wrong horse").unwrap());
        let ours = hash_with(&params, "correct horse").unwrap();
        assert!(argon2_for(&params).verify_password(b"correct horse", &PasswordHash::new(&ours).unwrap()).is_ok());
        // argon2i and other parameters verify too (older stored hashes).
        let argon2i = Argon2::new(Algorithm::Argon2i, Version::V0x13, Params::new(8_192, 3, 1, None).unwrap())
            .hash_password(b"old one", &SaltString::generate(&mut OsRng))
            .unwrap()
            .to_string();
        assert!(verify_with(&PasswordHash::new(&argon2i).unwrap(), "old one").unwrap());
    }

    #[test]
    fn the_dummy_hash_is_a_current_argon2id_hash() {
        let parsed = PasswordHash::new(DUMMY_HASH).unwrap();
        assert_eq!(parsed.algorithm.as_str(), "argon2id");
        let p = Params::try_from(&parsed).unwrap();
        assert_eq!((p.m_cost(), p.t_cost(), p.p_cost()), (19_456, 2, 1));
        assert!(!verify_with(&parsed, "").unwrap());
    }
}
