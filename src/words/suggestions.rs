//! Why a suggestion was made, in the short phrase shown beside it ("after “so-called”",
//! "cue “said” → Stoltenberg, 2 sentences back"), and how sure the rules are.

use super::quoted;
use crate::core::reasons::{Confidence, Reason};

/// The reason, as the Suggestions list shows it.
pub fn reason(reason: &Reason) -> String {
    match reason {
        Reason::Cue {
            cue,
            speaker,
            sentences_back,
        } => {
            let found = if cue.is_empty() {
                format!("speaker {speaker}")
            } else {
                format!("cue {} → {speaker}", quoted(cue))
            };
            sentences_back_from(found, *sentences_back)
        }
        Reason::Echo {
            speaker,
            sentences_back,
        } => sentences_back_from(
            format!("repeats words quoted from {speaker}"),
            *sentences_back,
        ),
        Reason::QuotedNoSpeaker { cue: Some(cue) } => {
            format!("quoted after {}; nobody named to say it", quoted(cue))
        }
        Reason::QuotedNoSpeaker { cue: None } => "quoted; no speaker found".to_owned(),
        Reason::Distanced { word } => format!("after {}", quoted(word)),
        Reason::NamedFraming { verb, by: Some(by) } => {
            format!("{}: {by}’s framing", quoted(&format!("{} …", verb)))
        }
        Reason::NamedFraming { verb, by: None } => format!("named a framing ({})", quoted(verb)),
        Reason::NoSpeakerInReach => "quoted, no speaker in reach".to_owned(),
        Reason::ReportedSpeech { cue } => format!("reports what someone says ({})", quoted(cue)),
        Reason::Statement => "a statement that can be checked".to_owned(),
    }
}

/// `found`, and how many sentences back the speaker is named, when not in its own sentence.
fn sentences_back_from(found: String, sentences_back: usize) -> String {
    match sentences_back {
        0 => found,
        1 => format!("{found}, 1 sentence back"),
        n => format!("{found}, {n} sentences back"),
    }
}

/// How sure the rules are, in a word.
pub fn confidence(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Sure => "sure",
        Confidence::Likely => "likely",
        Confidence::Unsure => "unsure",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_reason_is_a_short_phrase_naming_what_was_found() {
        let cue = |back| Reason::Cue {
            cue: "said".into(),
            speaker: "Stoltenberg".into(),
            sentences_back: back,
        };
        assert_eq!(reason(&cue(0)), "cue “said” → Stoltenberg");
        assert_eq!(reason(&cue(1)), "cue “said” → Stoltenberg, 1 sentence back");
        assert_eq!(
            reason(&cue(2)),
            "cue “said” → Stoltenberg, 2 sentences back"
        );
        assert_eq!(
            reason(&Reason::Echo {
                speaker: "Trump".into(),
                sentences_back: 0
            }),
            "repeats words quoted from Trump"
        );
        assert_eq!(
            reason(&Reason::Distanced {
                word: "so-called".into()
            }),
            "after “so-called”"
        );
        assert_eq!(
            reason(&Reason::NamedFraming {
                verb: "calls".into(),
                by: Some("Moscow".into())
            }),
            "“calls …”: Moscow’s framing"
        );
        assert_eq!(
            reason(&Reason::NoSpeakerInReach),
            "quoted, no speaker in reach"
        );
        assert_eq!(
            reason(&Reason::QuotedNoSpeaker {
                cue: Some("calls".into())
            }),
            "quoted after “calls”; nobody named to say it"
        );
        assert_eq!(confidence(Confidence::Likely), "likely");
    }
}
