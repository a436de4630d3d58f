//! What the page and the detection worker say to each other: the page asks for the
//! suggestions of one document (a job, numbered so that a newer one supersedes it); the worker
//! answers with progress and then the suggestions. Both sides cross with serde.

use serde::{Deserialize, Serialize};

use super::DetectionJob;
use crate::core::article::Article;
use crate::core::suggestions::{self, Suggestion};

/// The number the page gives a job; replies carry it back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct JobId(pub u32);

/// Detect the suggestions of a document: its text, and its title (which tells the headline).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub job: JobId,
    pub text: String,
    pub title: Option<String>,
}

/// The worker's answers to a [`Request`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Reply {
    /// `done` of `total` steps are done.
    Progress {
        job: JobId,
        done: usize,
        total: usize,
    },
    /// Some of the suggestions found, in order: a long article's thousands come in parts, so
    /// that the page reads each in a short task.
    Part {
        job: JobId,
        suggestions: Vec<Suggestion>,
    },
    /// The job is finished: every part has been sent.
    Done { job: JobId },
}

/// Suggestions per [`Reply::Part`]. Measured on the long article (2,787 suggestions): reading
/// all of them in one message took the page 31–36 ms; a part of 250 takes about 3.
pub const PART_SIZE: usize = 250;
/// Suggestions in the first part: the page reads it while its conversion code is still cold
/// (a part of 250 took 6–18.6 ms then), and draws it with the Suggestions list's first page,
/// which is as long (`ui::suggestion_panel`).
pub const FIRST_PART_SIZE: usize = 50;

impl Reply {
    pub fn job(&self) -> JobId {
        match self {
            Reply::Progress { job, .. } | Reply::Part { job, .. } | Reply::Done { job } => *job,
        }
    }
}

/// A job the worker is running: the document, and the detection in slices.
pub struct Running {
    job: JobId,
    article: Article,
    detection: Option<DetectionJob>,
}

impl Running {
    /// Prepares the document of `request` (one pass over its text).
    pub fn start(request: Request) -> Self {
        let article = Article::titled(request.text.as_str(), request.title.as_deref());
        let detection = Some(DetectionJob::new(&article));
        Self {
            job: request.job,
            article,
            detection,
        }
    }

    pub fn job(&self) -> JobId {
        self.job
    }

    /// Does up to `steps` steps; once every step is done, the suggestions in parts and the
    /// end, then nothing more.
    pub fn advance(&mut self, steps: usize) -> Option<Vec<Reply>> {
        let detection = self.detection.as_mut()?;
        detection.advance(steps)?;
        let detection = self.detection.take()?.finish();
        let found = suggestions::from_detection(&detection, &self.article);
        let job = self.job;
        let (first, rest) = found.split_at(found.len().min(FIRST_PART_SIZE));
        let mut replies: Vec<Reply> = std::iter::once(first)
            .filter(|part| !part.is_empty())
            .chain(rest.chunks(PART_SIZE))
            .map(|part| Reply::Part {
                job,
                suggestions: part.to_vec(),
            })
            .collect();
        replies.push(Reply::Done { job });
        Some(replies)
    }

    /// How far the job is, while it runs.
    pub fn progress(&self) -> Option<Reply> {
        let detection = self.detection.as_ref()?;
        Some(Reply::Progress {
            job: self.job,
            done: detection.steps_done(),
            total: detection.total_steps(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::bundled::NATO_DIALOGUE_TEXT;

    #[test]
    fn a_job_in_slices_finds_what_detection_at_once_finds_and_crosses_serde() {
        let request = Request {
            job: JobId(7),
            text: NATO_DIALOGUE_TEXT.to_owned(),
            title: None,
        };
        let article = Article::titled(NATO_DIALOGUE_TEXT, None);
        let expected = suggestions::from_detection(&super::super::detect(&article), &article);
        assert!(!expected.is_empty());
        let mut running = Running::start(request);
        let mut progress = Vec::new();
        let replies = loop {
            if let Some(replies) = running.advance(3) {
                break replies;
            }
            progress.push(running.progress().expect("running"));
        };
        assert!(progress.len() > 2, "{}", progress.len());
        // The parts, in order, hold every suggestion; the end comes last.
        let (last, parts) = replies.split_last().expect("replies");
        assert_eq!(last, &Reply::Done { job: JobId(7) });
        let received: Vec<Suggestion> = parts
            .iter()
            .flat_map(|part| match part {
                Reply::Part { job, suggestions } if *job == JobId(7) => suggestions.clone(),
                other => panic!("not a part: {other:?}"),
            })
            .collect();
        assert_eq!(received, expected);
        // Once done, the job says nothing more.
        assert_eq!(running.advance(3), None);
        assert_eq!(running.progress(), None);
        for reply in &replies {
            let text = serde_json::to_string(reply).unwrap();
            assert_eq!(&serde_json::from_str::<Reply>(&text).unwrap(), reply);
        }
        let done = serde_json::to_string(last).unwrap();
        assert_eq!(done, r#"{"type":"done","job":7}"#);
    }

    #[test]
    fn a_long_list_comes_in_a_small_first_part_then_parts_of_part_size() {
        let text = "Intro line\n\n".to_owned()
            + &(0..400)
                .map(|i| format!("Ana Voss said the toll “number {i} is wrong,” again."))
                .collect::<Vec<_>>()
                .join("\n\n");
        let mut running = Running::start(Request {
            job: JobId(1),
            text,
            title: None,
        });
        let replies = running.advance(usize::MAX).expect("done in one go");
        let sizes: Vec<usize> = replies
            .iter()
            .filter_map(|r| match r {
                Reply::Part { suggestions, .. } => Some(suggestions.len()),
                _ => None,
            })
            .collect();
        assert!(sizes.len() >= 3, "{sizes:?}");
        assert_eq!(sizes[0], FIRST_PART_SIZE, "{sizes:?}");
        assert!(
            sizes[1..sizes.len() - 1].iter().all(|&n| n == PART_SIZE),
            "{sizes:?}"
        );
    }
}
