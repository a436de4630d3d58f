//! Any text as an article: detection runs to the end, in one go and in slices, and every range
//! it finds lies inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quotemark::core::article::Article;
use quotemark::core::detect::{DetectionJob, detect};
use quotemark::core::suggestions::from_detection;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let article = Article::parse(text);
    let whole = detect(&article);
    let length = text.chars().count();
    for s in from_detection(&whole, &article) {
        assert!(s.range.end().get() <= length);
    }
    let mut job = DetectionJob::new(&article);
    while job.advance(7).is_none() {}
    assert_eq!(job.finish(), whole);
});
