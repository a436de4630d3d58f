//! Every export format, on the bundled article with a scripted set of annotations: a scare
//! quote, a quote with speaker and cue, a claim that overlaps the quote, and a claim across a
//! paragraph break.
#![cfg(not(target_arch = "wasm32"))]

use quotemark::core::anchoring::SearchText;
use quotemark::core::annotation::{Annotation, AnnotationId, Kind};
use quotemark::core::article::Article;
use quotemark::core::bundled::NATO_DIALOGUE_TEXT;
use quotemark::core::export::{DocumentInfo, brat, csv, quotemark_json, w3c};
use quotemark::core::offsets::CharRange;
use quotemark::core::time::Timestamp;
use serde_json::Value;

fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T10:00:00.000Z").unwrap()
}
const TITLE: &str = "NATO, Trump agree on dialogue with Russia: Stoltenberg";

fn range_of(needle: &str) -> CharRange {
    Article::parse(NATO_DIALOGUE_TEXT)
        .find(needle)
        .expect("in the seed")
}

fn scripted() -> Vec<Annotation> {
    let article = Article::parse(NATO_DIALOGUE_TEXT);
    let make = |seed: u8, kind: Kind, needle: &str| {
        Annotation::new(
            AnnotationId::from_random_bytes([seed; 16]),
            kind,
            range_of(needle),
            &article,
            &now(),
        )
    };
    let mut scare = make(1, Kind::ScareQuote, "Russian aggression");
    scare.attributed_to = Some("Washington".into());
    scare.tags = vec!["framing".into(), "russia, ukraine".into()];
    let mut quote = make(
        2,
        Kind::Quote,
        "“They all conveyed the same message that the United States remains committed to NATO and the transatlantic bond.”",
    );
    quote.speaker = Some("Jens Stoltenberg".into());
    quote.cue = Some("noting".into());
    quote.note = "He said \"all\", with a comma, and a\nline break.".into();
    let claim = make(
        3,
        Kind::Claim,
        "Jens Stoltenberg pointed to his recent phone conversations",
    );
    let across = make(
        4,
        Kind::Claim,
        "he said.\n\nUS President Donald Trump speaks",
    );
    vec![scare, quote, claim, across]
}

fn document() -> DocumentInfo {
    DocumentInfo::of(NATO_DIALOGUE_TEXT, TITLE, None)
}

#[test]
fn our_json_has_exactly_the_agreed_top_level_keys_and_validates_against_the_schema() {
    let text = SearchText::new(NATO_DIALOGUE_TEXT);
    let export = quotemark_json::export(&text, document(), &scripted(), &now());
    let json: Value = serde_json::from_str(&quotemark_json::to_string(&export)).unwrap();
    let mut keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        ["annotations", "document", "exported", "format", "version"]
    );
    assert_eq!(
        json["document"]["id"],
        "sha256:78e17c68f45006efd41b41a8ed0f96c90ff832b7f171c5255489f1367c5730f0"
    );
    assert_eq!(
        json["document"]["length"],
        NATO_DIALOGUE_TEXT.chars().count()
    );
    assert_eq!(json["document"]["source"], Value::Null);
    let scare = &json["annotations"][0];
    assert_eq!(scare["exact"], "Russian aggression");
    // 32 code points of context each side; the curly quotes count one each.
    assert_eq!(
        scare["prefix"],
        "the face of what Washington calls the “"
            .chars()
            .skip(7)
            .collect::<String>()
    );
    assert_eq!(scare["prefix"].as_str().unwrap().chars().count(), 32);
    assert_eq!(scare["suffix"], "” in Ukraine.\n\nIn July 2016, NAT");

    let schema: Value =
        serde_json::from_str(include_str!("../static/schema/quotemark-v1.schema.json")).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("https://quotemark.invalid/schema.json", schema)
        .unwrap();
    let index = compiler
        .compile("https://quotemark.invalid/schema.json", &mut schemas)
        .unwrap();
    if let Err(error) = schemas.validate(&json, index) {
        panic!("the export does not validate: {error:#}");
    }
    // An annotation accepted from a suggestion, with its reason, validates too.
    let mut suggested = json.clone();
    suggested["annotations"][0]["suggested"] = serde_json::json!({
        "rule": "named_framing", "verb": "calls", "by": "Washington", "confidence": "sure"
    });
    if let Err(error) = schemas.validate(&suggested, index) {
        panic!("a suggested annotation does not validate: {error:#}");
    }
    suggested["annotations"][0]["suggested"]["confidence"] = "certain".into();
    assert!(schemas.validate(&suggested, index).is_err());
    // And the schema is not vacuous: a wrong kind fails it.
    let mut broken = json.clone();
    broken["annotations"][0]["kind"] = "opinion".into();
    assert!(schemas.validate(&broken, index).is_err());
    broken = json.clone();
    broken["extra"] = 1.into();
    assert!(schemas.validate(&broken, index).is_err());
}

#[test]
fn our_json_parses_back_to_the_same_annotations() {
    let text = SearchText::new(NATO_DIALOGUE_TEXT);
    let annotations = scripted();
    let export = quotemark_json::export(&text, document(), &annotations, &now());
    let back: quotemark_json::QuotemarkExport =
        serde_json::from_str(&quotemark_json::to_string(&export)).unwrap();
    let back: Vec<Annotation> = back.annotations.into_iter().map(|e| e.annotation).collect();
    assert_eq!(back, annotations);
}

#[test]
fn w3c_items_carry_context_id_bodies_and_both_selectors() {
    let text = SearchText::new(NATO_DIALOGUE_TEXT);
    let json = w3c::export(&text, &document(), &scripted(), &now());
    assert_eq!(json["type"], "AnnotationCollection");
    assert_eq!(json["total"], 4);
    let quote = &json["first"]["items"][1];
    assert_eq!(quote["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(quote["type"], "Annotation");
    assert!(quote["id"].as_str().unwrap().starts_with("urn:uuid:"));
    let bodies = quote["body"].as_array().unwrap();
    let purpose = |p: &str, role: Option<&str>| {
        bodies
            .iter()
            .find(|b| b["purpose"] == p && b.get("role").and_then(Value::as_str) == role)
            .map(|b| b["value"].as_str().unwrap().to_owned())
    };
    assert_eq!(purpose("classifying", None).as_deref(), Some("quote"));
    assert_eq!(
        purpose("identifying", Some("speaker")).as_deref(),
        Some("Jens Stoltenberg")
    );
    assert_eq!(
        purpose("describing", Some("cue")).as_deref(),
        Some("noting")
    );
    assert!(
        purpose("commenting", None)
            .unwrap()
            .contains("with a comma")
    );
    let target = &quote["target"];
    assert!(
        target["source"]
            .as_str()
            .unwrap()
            .starts_with("urn:sha256:")
    );
    let selectors = target["selector"].as_array().unwrap();
    assert_eq!(selectors[0]["type"], "TextQuoteSelector");
    assert!(
        selectors[0]["exact"]
            .as_str()
            .unwrap()
            .starts_with("“They all conveyed")
    );
    assert_eq!(selectors[1]["type"], "TextPositionSelector");
    let range = range_of("“They all conveyed");
    assert_eq!(selectors[1]["start"], range.start().get());
}

#[test]
fn csv_has_a_header_and_one_quoted_row_per_annotation() {
    let text = SearchText::new(NATO_DIALOGUE_TEXT);
    let out = csv::export(&text, &scripted());
    assert!(out.starts_with("id,kind,start,end,exact,prefix,suffix,note,tags,speaker,cue,quote_type,attributed_to,origin,created,modified,reason,confidence\r\n"));
    // Rows end in CRLF; a line break inside a quoted field is not a row end.
    assert_eq!(out.matches("\r\n").count(), 5);
    assert!(out.contains("\"He said \"\"all\"\", with a comma, and a\nline break.\""));
    assert!(out.contains(",\"framing; russia, ukraine\","));
}

#[test]
fn brat_links_source_cue_and_content_with_an_attribution_event() {
    let text = SearchText::new(NATO_DIALOGUE_TEXT);
    let out = brat::export(&text, &scripted());
    assert_eq!(out.txt, NATO_DIALOGUE_TEXT);
    let lines: Vec<&str> = out.ann.lines().collect();
    let span = |label: &str| {
        lines
            .iter()
            .find(|l| {
                l.split('\t')
                    .nth(1)
                    .is_some_and(|t| t.starts_with(&format!("{label} ")))
            })
            .copied()
    };
    let source = span("Source").expect("a Source span");
    let cue = span("Cue").expect("a Cue span");
    let content = span("Content").expect("a Content span");
    assert!(source.ends_with("\tJens Stoltenberg"));
    assert!(cue.ends_with("\tnoting"));
    // Offsets are code points and slice the text exactly.
    let offsets: Vec<usize> = source
        .split('\t')
        .nth(1)
        .unwrap()
        .split(' ')
        .skip(1)
        .map(|n| n.parse().unwrap())
        .collect();
    assert_eq!(text.slice(offsets[0], offsets[1]), "Jens Stoltenberg");
    let id = |line: &str| line.split('\t').next().unwrap().to_owned();
    // The event's trigger is a span of its own type over the cue, as PolNeAR writes it.
    let trigger = span("Attribution").expect("an Attribution trigger span");
    assert_eq!(
        trigger.split_once('\t').unwrap().1,
        cue.split_once('\t')
            .unwrap()
            .1
            .replacen("Cue", "Attribution", 1)
    );
    let event = lines.iter().find(|l| l.starts_with('E')).unwrap();
    assert_eq!(
        *event,
        format!(
            "E1\tAttribution:{} Content:{} Cue:{} Source:{}",
            id(trigger),
            id(content),
            id(cue),
            id(source)
        )
    );
    // A span over a paragraph break is written as fragments.
    let across = lines.iter().find(|l| l.contains("he said.")).unwrap();
    assert!(across.split('\t').nth(1).unwrap().contains(';'), "{across}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("AnnotatorNotes") && l.ends_with("attributed to: Washington"))
    );
}

/// The `.ann` of the scripted annotations, as a PolNeAR-style reader expects it. Regenerate
/// with `QUOTEMARK_BLESS=1 cargo test --test exports` after an intended change.
#[test]
fn brat_output_matches_the_fixture_and_parses_as_standoff() {
    let text = SearchText::new(NATO_DIALOGUE_TEXT);
    let out = brat::export(&text, &scripted());
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/nato-scripted.ann"
    );
    if std::env::var_os("QUOTEMARK_BLESS").is_some() {
        std::fs::write(fixture, &out.ann).unwrap();
    }
    assert_eq!(out.ann, std::fs::read_to_string(fixture).unwrap());
    assert_brat_rules(&text, &out.ann, brat::ANNOTATION_CONF);
}

#[test]
fn every_quote_is_an_attribution_event_with_a_trigger_of_its_own_found_cue_or_not() {
    let text = SearchText::new(NATO_DIALOGUE_TEXT);
    let mut annotations = scripted();
    for a in &mut annotations {
        if a.kind == Kind::Quote {
            // A speaker and a cue that the text does not hold near the quote.
            a.speaker = Some("Nobody Here".into());
            a.cue = Some("whispered".into());
        }
    }
    let out = brat::export(&text, &annotations);
    assert_brat_rules(&text, &out.ann, brat::ANNOTATION_CONF);
    let quotes = annotations.iter().filter(|a| a.kind == Kind::Quote).count();
    assert_eq!(
        out.ann.lines().filter(|l| l.starts_with('E')).count(),
        quotes
    );
    assert!(out.ann.contains("AnnotatorNotes") && out.ann.contains("speaker: Nobody Here"));
}

/// Holds a brat export to what brat demands of it: its reader (`server/src/annotation.py` of
/// nlplab/brat: every event's trigger a text span of the event's own type, every id defined
/// once, each span's text its fragments of the document joined by spaces) and the types and
/// event arguments of `annotation.conf`.
fn assert_brat_rules(text: &SearchText, ann: &str, conf: &str) {
    /// An event argument of annotation.conf: its role, the types it may be, whether optional.
    type Argument<'a> = (&'a str, Vec<&'a str>, bool);
    use std::collections::{HashMap, HashSet};
    let mut entities = HashSet::new();
    // Event type → its arguments.
    let mut events: HashMap<&str, Vec<Argument>> = HashMap::new();
    let mut section = "";
    for line in conf
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name;
            continue;
        }
        match section {
            "entities" => {
                entities.insert(line);
            }
            "events" => {
                let (name, args) = line
                    .split_once('\t')
                    .expect("an event type and its arguments");
                let args = args
                    .split(", ")
                    .map(|arg| {
                        let (role, types) = arg.split_once(':').unwrap();
                        let optional = role.ends_with('?');
                        (
                            role.trim_end_matches('?'),
                            types.split('|').collect(),
                            optional,
                        )
                    })
                    .collect();
                events.insert(name, args);
            }
            _ => {}
        }
    }
    let lines: Vec<Vec<&str>> = ann.lines().map(|l| l.split('\t').collect()).collect();
    let mut types: HashMap<&str, &str> = HashMap::new();
    for fields in &lines {
        let id = fields[0];
        let kind = match id.chars().next() {
            Some('T') => fields[1].split_once(' ').unwrap().0,
            Some('E') => fields[1].split_once(':').unwrap().0,
            _ => continue,
        };
        assert!(types.insert(id, kind).is_none(), "{id} is defined twice");
    }
    for fields in &lines {
        let line = fields.join("\t");
        match fields[0].chars().next() {
            Some('T') => {
                assert_eq!(fields.len(), 3, "{line}");
                let (kind, offsets) = fields[1].split_once(' ').unwrap();
                assert!(
                    entities.contains(kind) || events.contains_key(kind),
                    "{kind} is not in annotation.conf"
                );
                let pieces: Vec<String> = offsets
                    .split(';')
                    .map(|pair| {
                        let (s, e) = pair.split_once(' ').unwrap();
                        text.slice(s.parse().unwrap(), e.parse().unwrap())
                    })
                    .collect();
                assert_eq!(pieces.join(" "), fields[2], "{line}");
            }
            Some('E') => {
                let mut parts = fields[1].split(' ');
                let (kind, trigger) = parts.next().unwrap().split_once(':').unwrap();
                assert_eq!(
                    types.get(trigger),
                    Some(&kind),
                    "{line}: the trigger must be a {kind} span"
                );
                assert!(
                    trigger.starts_with('T'),
                    "{line}: the trigger must be a text span"
                );
                let allowed = &events[kind];
                let mut seen = HashSet::new();
                for arg in parts {
                    let (role, target) = arg.split_once(':').unwrap();
                    let target_type = types
                        .get(target)
                        .unwrap_or_else(|| panic!("{line}: {target} is not defined"));
                    let (_, allowed_types, _) = allowed
                        .iter()
                        .find(|(r, _, _)| *r == role)
                        .unwrap_or_else(|| panic!("{line}: {kind} has no role {role}"));
                    assert!(
                        allowed_types.contains(target_type),
                        "{line}: {role} cannot be a {target_type}"
                    );
                    assert!(seen.insert(role), "{line}: {role} twice");
                }
                for (role, _, optional) in allowed {
                    assert!(
                        *optional || seen.contains(role),
                        "{line}: {role} is missing"
                    );
                }
            }
            Some('#') => {
                let (note, target) = fields[1].split_once(' ').unwrap();
                assert_eq!(note, "AnnotatorNotes", "{line}");
                assert!(
                    types.contains_key(target),
                    "{line}: {target} is not defined"
                );
            }
            _ => panic!("not a standoff line: {line}"),
        }
    }
}

#[test]
fn every_export_takes_the_articles_title_source_and_id_from_its_library_entry() {
    use quotemark::core::export::{ExportFormat, files};
    use quotemark::core::library::{IndexEntry, bundled_entry};
    // A reader's article with an edited title and a source address; its headline differs.
    let entry = IndexEntry {
        title: "Dialogue with Russia".into(),
        source: Some("https://www.presstv.ir/Detail/2017/02/01/509452".into()),
        bundled: false,
        ..bundled_entry(&now())
    };
    let annotations = scripted();
    let exported = |format| files(format, &entry, NATO_DIALOGUE_TEXT, &annotations, &now());

    let w3c_file = exported(ExportFormat::W3c).remove(0);
    assert_eq!(w3c_file.name, "dialogue-with-russia.w3c.jsonld");
    let w3c: Value = serde_json::from_str(&w3c_file.contents).unwrap();
    assert_eq!(w3c["label"], "Dialogue with Russia");
    let first = &w3c["first"]["items"][0];
    assert_eq!(
        first["target"]["source"], "https://www.presstv.ir/Detail/2017/02/01/509452",
        "the article's address, not a urn:sha256"
    );

    let ours: Value =
        serde_json::from_str(&exported(ExportFormat::Quotemark).remove(0).contents).unwrap();
    assert_eq!(ours["document"]["title"], "Dialogue with Russia");
    assert_eq!(
        ours["document"]["source"],
        "https://www.presstv.ir/Detail/2017/02/01/509452"
    );
    assert_eq!(ours["document"]["id"], entry.id.as_str());

    let brat_files: Vec<String> = exported(ExportFormat::Brat)
        .into_iter()
        .map(|f| f.name)
        .collect();
    assert_eq!(
        brat_files,
        [
            "dialogue-with-russia.txt",
            "dialogue-with-russia.ann",
            "annotation.conf"
        ]
    );
    assert_eq!(
        exported(ExportFormat::Csv)[0].name,
        "dialogue-with-russia.csv"
    );
}
