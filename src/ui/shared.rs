//! [`Shared`]: a value behind `Rc` that props compare by pointer.
//!
//! The workspace's parts are never changed in place once shared (`Rc::make_mut` copies them), so
//! the same pointer means the same value, and a new pointer a changed one. Compared by pointer,
//! a changed store of 5,000 annotations is known changed at once, where `Rc`'s own equality
//! would compare them one by one first.

use std::ops::Deref;
use std::rc::Rc;

#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    fn from(value: Rc<T>) -> Self {
        Self(value)
    }
}

impl<T: Default> Default for Shared<T> {
    fn default() -> Self {
        Self(Rc::default())
    }
}
