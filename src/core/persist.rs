//! The key-value store that Quotemark keeps its library in.
//!
//! The browser's localStorage is one [`KeyValueStore`] (in `ui::browser`); [`MemoryStore`] is
//! another, which can be told to fail, so that every storage fault has a native test. What is
//! stored, and the promises about it, are in [`crate::core::library`].

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

/// An in-memory [`KeyValueStore`] whose writes can be made to fail.
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
    pub fail_writes: Cell<bool>,
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if self.fail_writes.get() {
            return Err(StorageError::QuotaExceeded(
                "the test store refuses writes".into(),
            ));
        }
        self.entries
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        if self.fail_writes.get() {
            return Err(StorageError::Unavailable(
                "the test store refuses writes".into(),
            ));
        }
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.entries.borrow().keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_memory_store_keeps_values_and_fails_writes_on_demand() {
        let kv = MemoryStore::default();
        kv.set("quotemark:a", "“1”").unwrap();
        assert_eq!(kv.get("quotemark:a").unwrap().as_deref(), Some("“1”"));
        kv.fail_writes.set(true);
        assert!(matches!(
            kv.set("quotemark:b", "2"),
            Err(StorageError::QuotaExceeded(_))
        ));
        assert!(kv.remove("quotemark:a").is_err());
        kv.fail_writes.set(false);
        kv.remove("quotemark:a").unwrap();
        assert!(kv.keys().unwrap().is_empty());
    }
}
