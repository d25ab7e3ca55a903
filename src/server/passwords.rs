//! Password hashing: argon2id with OWASP's parameters (m=19 MiB, t=2, p=1).
//!
//! Hashes are computed on a few dedicated threads (`ARGON2_MAX_CONCURRENCY`, by default
//! one less than the cores) that run at a lower scheduling priority than the threads
//! serving pages, so sign-ins queue behind each other and never starve page requests. Each
//! thread keeps its 19 MiB of argon2 memory and reuses it: hashing does not allocate, and
//! the process does not grow a malloc arena per blocking thread.

use crate::domain::Password;
use anyhow::Context;
use argon2::password_hash::{rand_core::OsRng, Output, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};

/// An argon2id hash string with the current parameters whose password nobody knows (its
/// salt and output are random bytes): verified against when the account does not exist,
/// so "unknown number" costs the same as "wrong password". It is not a secret.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$kOU/1TZYfOBYeaY4AxNV1A$JnBQlHqkDnVS0bjj54yq9URqiXTNB4Hh/LXs6TQVFHs";

type Job = Box<dyn FnOnce(&mut ArgonMemory) + Send>;

/// How many hashes may wait per hashing thread. Past that a request is refused at once
/// ("busy, try again in a moment") instead of queueing without bound: a flood of
/// sign-ins cannot grow memory or make every sign-in wait longer and longer.
const QUEUE_PER_THREAD: usize = 32;

/// The hashing queue is full: the request is refused at once.
#[derive(Debug, thiserror::Error)]
#[error("the password hashing queue is full")]
pub struct Busy;

/// How long a hashing thread keeps its argon2 memory without work.
const IDLE_RELEASE: std::time::Duration = std::time::Duration::from_secs(30);

/// The 19 MiB an argon2 computation works in, mapped straight from the system (not the
/// allocator), so giving it back really returns it: a general-purpose allocator keeps
/// freed blocks of this size around, and an idle server would not shrink.
#[derive(Default)]
struct ArgonMemory {
    map: Option<(std::ptr::NonNull<Block>, usize)>,
}

// SAFETY: the mapping is owned by this value alone and used by one thread at a time.
unsafe impl Send for ArgonMemory {}

impl ArgonMemory {
    /// At least `n` blocks (zeroed when first mapped; argon2 overwrites them anyway).
    fn blocks(&mut self, n: usize) -> anyhow::Result<&mut [Block]> {
        if self.map.is_none_or(|(_, len)| len < n) {
            *self = ArgonMemory::default();
            let bytes = n * std::mem::size_of::<Block>();
            // SAFETY: an anonymous private mapping of `bytes`, checked for failure below.
            let ptr = unsafe {
                libc::mmap(std::ptr::null_mut(), bytes, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0)
            };
            if ptr == libc::MAP_FAILED {
                anyhow::bail!("could not map {bytes} bytes for argon2");
            }
            self.map = std::ptr::NonNull::new(ptr.cast::<Block>()).map(|p| (p, n));
        }
        let (ptr, _) = self.map.ok_or_else(|| anyhow::anyhow!("argon2 memory missing"))?;
        // SAFETY: the mapping holds at least `n` blocks, page-aligned (Block needs 64
        // bytes), zero-filled (a valid Block), and is borrowed mutably through `self`.
        Ok(unsafe { std::slice::from_raw_parts_mut(ptr.as_ptr(), n) })
    }
}

impl Drop for ArgonMemory {
    fn drop(&mut self) {
        if let Some((ptr, n)) = self.map.take() {
            // SAFETY: unmapping exactly the mapping made in `blocks`.
            unsafe {
                libc::munmap(ptr.as_ptr().cast(), n * std::mem::size_of::<Block>());
            }
        }
    }
}

#[derive(Clone)]
pub struct Hasher {
    jobs: flume::Sender<Job>,
    params: Params,
}

pub enum Verified {
    No,
    Yes { rehash: Option<String> },
}

impl Hasher {
    pub fn new(threads: usize) -> anyhow::Result<Self> {
        let params = Params::new(19_456, 2, 1, None).map_err(|e| anyhow::anyhow!("argon2 params: {e}"))?;
        let (jobs, rx) = flume::bounded::<Job>(QUEUE_PER_THREAD * threads.max(1));
        for i in 0..threads.max(1) {
            let rx = rx.clone();
            std::thread::Builder::new()
                .name(format!("argon2-{i}"))
                .spawn(move || {
                    lower_priority();
                    // Allocated on the first job and reused for every hash; given back to
                    // the system after a quiet minute, so an idle server stays small.
                    let mut memory = ArgonMemory::default();
                    loop {
                        match rx.recv_timeout(IDLE_RELEASE) {
                            Ok(job) => job(&mut memory),
                            Err(flume::RecvTimeoutError::Timeout) => memory = ArgonMemory::default(),
                            Err(flume::RecvTimeoutError::Disconnected) => return,
                        }
                    }
                })
                .context("could not start a hashing thread")?;
        }
        Ok(Hasher { jobs, params })
    }

    /// Runs `f` on a hashing thread, within the caller's tracing span. Fails at once with
    /// [`Busy`] when the queue is full.
    async fn run<T: Send + 'static>(&self, f: impl FnOnce(&mut ArgonMemory) -> T + Send + 'static) -> anyhow::Result<T> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let span = tracing::Span::current();
        let job: Job = Box::new(move |memory| {
            let _ = tx.send(span.in_scope(|| f(memory)));
        });
        match self.jobs.try_send(job) {
            Ok(()) => {}
            Err(flume::TrySendError::Full(_)) => return Err(Busy.into()),
            Err(flume::TrySendError::Disconnected(_)) => anyhow::bail!("the hashing threads have stopped"),
        }
        rx.await.context("a hashing thread failed")
    }

    pub async fn hash(&self, password: &Password) -> anyhow::Result<String> {
        let params = self.params.clone();
        let pw = password.expose().to_string();
        self.run(move |memory| hash_with(&params, &pw, memory)).await?
    }

    /// Checks `password` against `stored`; when it matches but was hashed with other
    /// parameters, also returns a new hash to store (hashes follow the policy over time).
    pub async fn verify(&self, password: &Password, stored: &str) -> anyhow::Result<Verified> {
        let params = self.params.clone();
        let pw = password.expose().to_string();
        let stored = stored.to_string();
        self.run(move |memory| -> anyhow::Result<Verified> {
            let parsed = PasswordHash::new(&stored).map_err(|e| anyhow::anyhow!("stored hash unreadable: {e}"))?;
            if !verify_with(&parsed, &pw, memory)? {
                return Ok(Verified::No);
            }
            let current = Params::try_from(&parsed).ok();
            let up_to_date = parsed.algorithm.as_str() == "argon2id"
                && current.is_some_and(|p| p.m_cost() == params.m_cost() && p.t_cost() == params.t_cost() && p.p_cost() == params.p_cost());
            let rehash = if up_to_date { None } else { Some(hash_with(&params, &pw, memory)?) };
            Ok(Verified::Yes { rehash })
        })
        .await?
    }

    /// Spends the same effort as a real verification, for accounts that do not exist.
    pub async fn verify_dummy(&self, password: &Password) -> anyhow::Result<()> {
        self.verify(password, DUMMY_HASH).await.map(|_| ())
    }
}

/// Hashing threads yield to the threads that serve pages (Linux: nice 10 for this thread).
fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority on this thread's own id with a valid niceness; failure is harmless.
    unsafe {
        let tid = libc::syscall(libc::SYS_gettid) as libc::id_t;
        let _ = libc::setpriority(libc::PRIO_PROCESS, tid, 10);
    }
}

fn argon2_for(params: &Params) -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
}

fn hash_with(params: &Params, password: &str, memory: &mut ArgonMemory) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_bytes = [0u8; 64];
    let salt_raw = salt.as_salt().decode_b64(&mut salt_bytes).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    argon2_for(params)
        .hash_password_into_with_memory(password.as_bytes(), salt_raw, &mut out, memory.blocks(params.block_count())?)
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
fn verify_with(parsed: &PasswordHash<'_>, password: &str, memory: &mut ArgonMemory) -> anyhow::Result<bool> {
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else { anyhow::bail!("stored hash has no salt or output") };
    let algorithm = Algorithm::try_from(parsed.algorithm).map_err(|e| anyhow::anyhow!("stored hash algorithm: {e}"))?;
    let version =
        parsed.version.map(Version::try_from).transpose().map_err(|e| anyhow::anyhow!("stored hash version: {e}"))?.unwrap_or_default();
    let params = Params::try_from(parsed).map_err(|e| anyhow::anyhow!("stored hash params: {e}"))?;
    let mut salt_bytes = [0u8; 64];
    let salt_raw = salt.decode_b64(&mut salt_bytes).map_err(|e| anyhow::anyhow!("stored hash salt: {e}"))?;
    let mut out = vec![0u8; expected.len()];
    Argon2::new(algorithm, version, params.clone())
        .hash_password_into_with_memory(password.as_bytes(), salt_raw, &mut out, memory.blocks(params.block_count())?)
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
        let old = hash_with(&weak, "a long enough password", &mut ArgonMemory::default()).unwrap();
        match h.verify(&pw, &old).await.unwrap() {
            Verified::Yes { rehash: Some(new) } => assert!(new.contains("m=19456,t=2,p=1")),
            _ => panic!("an old-parameter hash must verify and be upgraded"),
        }
    }

    #[test]
    fn hashes_agree_with_the_reference_implementation() {
        // Ours verifies the crate's own hashes, and the crate verifies ours.
        let params = Params::new(19_456, 2, 1, None).unwrap();
        let reference = argon2_for(&params).hash_password(b"correct horse", &SaltString::generate(&mut OsRng)).unwrap().to_string();
        let parsed = PasswordHash::new(&reference).unwrap();
        let mut memory = ArgonMemory::default();
        assert!(verify_with(&parsed, "correct horse", &mut memory).unwrap());
        assert!(!verify_with(&parsed, "wrong horse", &mut memory).unwrap());
        let ours = hash_with(&params, "correct horse", &mut memory).unwrap();
        assert!(argon2_for(&params).verify_password(b"correct horse", &PasswordHash::new(&ours).unwrap()).is_ok());
        // argon2i and other parameters verify too (older stored hashes).
        let argon2i = Argon2::new(Algorithm::Argon2i, Version::V0x13, Params::new(8_192, 3, 1, None).unwrap())
            .hash_password(b"old one", &SaltString::generate(&mut OsRng))
            .unwrap()
            .to_string();
        assert!(verify_with(&PasswordHash::new(&argon2i).unwrap(), "old one", &mut memory).unwrap());
    }

    #[test]
    fn the_dummy_hash_is_a_current_argon2id_hash() {
        let parsed = PasswordHash::new(DUMMY_HASH).unwrap();
        assert_eq!(parsed.algorithm.as_str(), "argon2id");
        let p = Params::try_from(&parsed).unwrap();
        assert_eq!((p.m_cost(), p.t_cost(), p.p_cost()), (19_456, 2, 1));
        assert!(!verify_with(&parsed, "", &mut ArgonMemory::default()).unwrap());
    }

    #[test]
    fn argon_memory_grows_when_needed_and_is_reused() {
        let mut m = ArgonMemory::default();
        let first = m.blocks(8).unwrap().as_ptr();
        assert_eq!(m.blocks(4).unwrap().len(), 4);
        assert_eq!(m.blocks(8).unwrap().as_ptr(), first, "the same mapping is reused");
        assert_eq!(m.blocks(19_456).unwrap().len(), 19_456);
    }
}
