//! The key-value store that Quotemark keeps its library in.
//!
//! The browser's localStorage is one [`KeyValueStore`] (in `ui::browser`); [`MemoryStore`] is
//! another, which can be told to fail one chosen write, every write, or everything after a
//! chosen write (a tab that stopped mid-save), so that every storage fault has a native test.
//! What is stored, and the promises about it, are in [`crate::core::library`].

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use thiserror::Error;

/// How many recent changes of undo and redo are kept across reloads.
pub const SAVED_HISTORY_LIMIT: usize = 100;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error("the browser's storage is full ({0})")]
    QuotaExceeded(String),
    #[error("the browser's storage is not available ({0})")]
    Unavailable(String),
}

/// A string key-value store such as localStorage.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// Which writes of a [`MemoryStore`] fail. Writes (`set` and `remove`) are numbered from 1 in
/// the order they are made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Fault {
    /// Every write succeeds.
    #[default]
    None,
    /// Every write fails, as in a full store that also refuses removals.
    EveryWrite,
    /// Write number `n` fails (a `set` as a full store, a `remove` as an unavailable one); the
    /// writes before and after it succeed.
    Write(usize),
    /// Writes up to number `n` succeed and every later one fails, reads included: the tab
    /// stopped (was closed, crashed) right after write `n`. Nothing after it reaches storage,
    /// not even the clean-up of a failed save.
    StopAfter(usize),
}

/// An in-memory [`KeyValueStore`] whose writes can be made to fail (see [`Fault`]).
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
    fault: Cell<Fault>,
    writes: Cell<usize>,
}

impl MemoryStore {
    /// Makes the writes from now on fail as `fault` says, counting them from 1 again.
    pub fn inject(&self, fault: Fault) {
        self.fault.set(fault);
        self.writes.set(0);
    }

    /// How many writes were made (or attempted) since the last [`inject`](Self::inject).
    pub fn writes(&self) -> usize {
        self.writes.get()
    }

    /// Every key and value, for comparing what storage holds before and after.
    pub fn contents(&self) -> BTreeMap<String, String> {
        self.entries.borrow().clone()
    }

    fn stopped(&self) -> bool {
        matches!(self.fault.get(), Fault::StopAfter(n) if self.writes.get() >= n)
    }

    /// Counts one write and says whether it may go through.
    fn write_allowed(&self) -> bool {
        let number = self.writes.get() + 1;
        let allowed = match self.fault.get() {
            Fault::None => true,
            Fault::EveryWrite => false,
            Fault::Write(n) => number != n,
            Fault::StopAfter(n) => number <= n,
        };
        self.writes.set(number);
        allowed
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        if self.stopped() {
            return Err(StorageError::Unavailable("the tab has stopped".into()));
        }
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if !self.write_allowed() {
            return Err(StorageError::QuotaExceeded(
                "the test store refuses this write".into(),
            ));
        }
        self.entries
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        if !self.write_allowed() {
            return Err(StorageError::Unavailable(
                "the test store refuses this removal".into(),
            ));
        }
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        if self.stopped() {
            return Err(StorageError::Unavailable("the tab has stopped".into()));
        }
        Ok(self.entries.borrow().keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_memory_store_keeps_values_and_fails_every_write_on_demand() {
        let kv = MemoryStore::default();
        kv.set("quotemark:a", "“1”").unwrap();
        assert_eq!(kv.get("quotemark:a").unwrap().as_deref(), Some("“1”"));
        kv.inject(Fault::EveryWrite);
        assert!(matches!(
            kv.set("quotemark:b", "2"),
            Err(StorageError::QuotaExceeded(_))
        ));
        assert!(kv.remove("quotemark:a").is_err());
        assert_eq!(kv.writes(), 2);
        kv.inject(Fault::None);
        kv.remove("quotemark:a").unwrap();
        assert!(kv.keys().unwrap().is_empty());
    }

    #[test]
    fn one_chosen_write_fails_and_the_others_go_through() {
        let kv = MemoryStore::default();
        kv.inject(Fault::Write(2));
        kv.set("k1", "1").unwrap();
        assert!(kv.set("k2", "2").is_err());
        kv.set("k3", "3").unwrap();
        assert!(kv.remove("k1").is_ok());
        let keys: Vec<String> = kv.contents().into_keys().collect();
        assert_eq!(keys, ["k3"]);
    }

    #[test]
    fn a_stopped_tab_writes_nothing_after_its_last_write_and_reads_nothing() {
        let kv = MemoryStore::default();
        kv.inject(Fault::StopAfter(1));
        kv.set("k1", "1").unwrap();
        assert!(kv.set("k2", "2").is_err());
        assert!(kv.remove("k1").is_err());
        assert!(kv.get("k1").is_err());
        kv.inject(Fault::None);
        assert_eq!(kv.get("k1").unwrap().as_deref(), Some("1"));
        assert_eq!(kv.get("k2").unwrap(), None);
    }
}
