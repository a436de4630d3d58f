//! Why the rules made a suggestion, and how sure they are of it: kept with each suggestion and
//! shown beside it, so a reader can tell a sure one from a guess, list only the sure ones and
//! accept those alone.
//!
//! How sure is measured, not guessed, on PolNeAR's train and dev articles
//! (`scripts/eval-detect.sh`): a framing named by a distancing word or a verb ("so-called",
//! "what X calls") was right every time on dev; a one- or two-word quotation nobody in reach is
//! said to speak, four times in five on dev and about seven in ten on train read by dev's
//! guideline (95 of 128 in session 16's reading; longer ones are not suggested as scare quotes unless a framing names them; a
//! longer count here comes from words the detector joins, as "well-qualified"). A quotation with a
//! speaker had span and speaker right 90–95% of the time (train and dev), whether the speaker
//! was named in its own sentence or sentences before; one without a speaker, almost never (its
//! span is right four times in five, but PolNeAR names a speaker for nearly every quotation).

use serde::{Deserialize, Serialize};

use super::article::Article;
use super::detect::{ClaimFinding, QuoteFinding, ScareFinding, ScareRule};

/// Why a suggestion was made. Kept with an annotation accepted from it as
/// `{"rule": "cue", "cue": "said", …}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Reason {
    /// A quotation whose reporting verb or label names its speaker, `sentences_back` sentences
    /// before it (0: in its own sentence).
    Cue {
        cue: String,
        speaker: String,
        sentences_back: usize,
    },
    /// A short quotation whose words come inside another quotation of a speaker its sentence
    /// names, `sentences_back` sentences before it (0: in its own sentence, or after it).
    Echo {
        speaker: String,
        sentences_back: usize,
    },
    /// A quotation whose speaker the rules did not find (`cue`: a reporting verb with nobody
    /// named to say it).
    QuotedNoSpeaker {
        #[serde(default)]
        cue: Option<String>,
    },
    /// A quotation after a word by which the writer keeps a distance ("so-called", "known as").
    Distanced { word: String },
    /// A quotation named as someone's framing ("what Moscow calls").
    NamedFraming {
        verb: String,
        #[serde(default)]
        by: Option<String>,
    },
    /// A short quotation nobody in reach is said to say.
    NoSpeakerInReach,
    /// A sentence reporting what someone said or believes.
    ReportedSpeech { cue: String },
    /// A sentence stating something that can be checked.
    Statement,
}

/// How sure the rules are of a suggestion, least sure first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Unsure,
    Likely,
    Sure,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Sure, Confidence::Likely, Confidence::Unsure];

    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Sure => "sure",
            Confidence::Likely => "likely",
            Confidence::Unsure => "unsure",
        }
    }

    pub fn parse(text: &str) -> Option<Confidence> {
        Confidence::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// Why an annotation accepted from a suggestion was suggested, and how sure the rules were:
/// kept with it, so that its exports carry it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggested {
    #[serde(flatten)]
    pub reason: Reason,
    pub confidence: Confidence,
}

impl Reason {
    /// The rule's name, as exports write it (`cue`, `distanced`, `no_speaker_in_reach`…).
    pub fn rule(&self) -> &'static str {
        match self {
            Reason::Cue { .. } => "cue",
            Reason::Echo { .. } => "echo",
            Reason::QuotedNoSpeaker { .. } => "quoted_no_speaker",
            Reason::Distanced { .. } => "distanced",
            Reason::NamedFraming { .. } => "named_framing",
            Reason::NoSpeakerInReach => "no_speaker_in_reach",
            Reason::ReportedSpeech { .. } => "reported_speech",
            Reason::Statement => "statement",
        }
    }
}

/// A quotation's reason and confidence.
pub fn of_quote(q: &QuoteFinding) -> (Reason, Confidence) {
    let cue = q.cue.as_ref().map(|c| c.text.clone());
    match &q.speaker {
        // Measured on train: PolNeAR quotes one of the four echoes the rules find there; the
        // dev labels' guideline counts all four as quotations.
        Some(speaker) if q.echoes => (
            Reason::Echo {
                speaker: speaker.name.clone(),
                sentences_back: q.sentences_back,
            },
            Confidence::Likely,
        ),
        Some(speaker) => (
            Reason::Cue {
                cue: cue.unwrap_or_default(),
                speaker: speaker.name.clone(),
                sentences_back: q.sentences_back,
            },
            Confidence::Sure,
        ),
        None => (Reason::QuotedNoSpeaker { cue }, Confidence::Unsure),
    }
}

/// A scare quote's reason and confidence, in `article` (how many words it quotes counts).
pub fn of_scare(scare: &ScareFinding, article: &Article) -> (Reason, Confidence) {
    let words = article
        .slice(scare.range)
        .map_or(0, |text| text.split_whitespace().count());
    let cue = scare
        .cue
        .as_ref()
        .map(|c| c.text.clone())
        .unwrap_or_default();
    match scare.rule {
        ScareRule::Distanced => (Reason::Distanced { word: cue }, Confidence::Sure),
        ScareRule::NamedFraming => (
            Reason::NamedFraming {
                verb: cue,
                by: scare.attributed_to.as_ref().map(|s| s.name.clone()),
            },
            Confidence::Sure,
        ),
        ScareRule::NoSpeaker => (
            Reason::NoSpeakerInReach,
            if words <= 2 {
                Confidence::Likely
            } else {
                Confidence::Unsure
            },
        ),
    }
}

/// A claim's reason and confidence.
pub fn of_claim(claim: &ClaimFinding) -> (Reason, Confidence) {
    match &claim.reported {
        Some(reported) => (
            Reason::ReportedSpeech {
                cue: reported.cue.text.clone(),
            },
            Confidence::Likely,
        ),
        None => (Reason::Statement, Confidence::Unsure),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_kept_as_its_rule_and_fields_and_reads_back() {
        let kept = Suggested {
            reason: Reason::Cue {
                cue: "said".into(),
                speaker: "Jens Stoltenberg".into(),
                sentences_back: 2,
            },
            confidence: Confidence::Sure,
        };
        let json = serde_json::to_value(&kept).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"rule": "cue", "cue": "said", "speaker": "Jens Stoltenberg",
                "sentences_back": 2, "confidence": "sure"})
        );
        assert_eq!(kept.reason.rule(), json["rule"]);
        assert_eq!(serde_json::from_value::<Suggested>(json).unwrap(), kept);
        let bare: Suggested =
            serde_json::from_str(r#"{"rule": "no_speaker_in_reach", "confidence": "likely"}"#)
                .unwrap();
        assert_eq!(bare.reason, Reason::NoSpeakerInReach);
    }
}
