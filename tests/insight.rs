//! The insight model on the bundled article after a scripted annotation run: every suggestion
//! accepted, plus the reader's own quotes; then the reader's merge and split; then the reports.

use quotemark::core::annotation::{Annotation, AnnotationId, Kind, QuoteType};
use quotemark::core::article::Article;
use quotemark::core::bundled::NATO_DIALOGUE_TEXT;
use quotemark::core::detect::detect;
use quotemark::core::insight::chart;
use quotemark::core::insight::lists;
use quotemark::core::insight::report::{self, ReportInput};
use quotemark::core::insight::roster::{Aliases, SpeakerRow, roster};
use quotemark::core::offsets::{CharOffset, CharRange};
use quotemark::core::suggestions::from_detection;
use quotemark::core::time::Timestamp;

fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T09:00:00Z").unwrap()
}

fn find(article: &Article, needle: &str) -> CharRange {
    let byte = article.text().find(needle).expect("needle in the article");
    let start = article.text()[..byte].chars().count();
    CharRange::new(
        CharOffset::new(start),
        CharOffset::new(start + needle.chars().count()),
    )
}

/// Every suggestion accepted, then two quotes the reader marks and attributes by hand.
fn scripted_run() -> (Article, Vec<Annotation>) {
    let article = Article::parse(NATO_DIALOGUE_TEXT);
    let mut annotations: Vec<Annotation> = from_detection(&detect(&article), &article)
        .iter()
        .enumerate()
        .map(|(i, s)| {
            s.accept(
                AnnotationId::from_random_bytes([i as u8 + 1; 16]),
                &article,
                &now(),
            )
        })
        .collect();
    let mut by_hand = |seed: u8, needle: &str, speaker: &str, quote_type: QuoteType| {
        let id = AnnotationId::from_random_bytes([200 + seed; 16]);
        let mut a = Annotation::new(id, Kind::Quote, find(&article, needle), &article, &now());
        a.speaker = Some(speaker.to_owned());
        a.quote_type = Some(quote_type);
        annotations.push(a);
    };
    by_hand(
        1,
        "need to establish dialogue with Russia",
        "Stoltenberg",
        QuoteType::Indirect,
    );
    by_hand(
        2,
        "the United States remains committed",
        "he",
        QuoteType::Partial,
    );
    (article, annotations)
}

fn row<'a>(rows: &'a [SpeakerRow], name_part: &str) -> &'a SpeakerRow {
    rows.iter()
        .find(|r| r.names.iter().any(|n| n.contains(name_part)))
        .unwrap_or_else(|| panic!("no speaker with {name_part}: {rows:#?}"))
}

#[test]
fn the_roster_merges_mentions_of_one_person_and_counts_their_quotes() {
    let (_, annotations) = scripted_run();
    let r = roster(annotations.iter(), &Aliases::new());
    let stoltenberg = row(&r.speakers, "Stoltenberg");
    assert_eq!(
        r.speakers[0].name, stoltenberg.name,
        "most words quoted first"
    );
    assert_eq!(stoltenberg.name, "NATO Secretary General Jens Stoltenberg");
    assert_eq!(
        stoltenberg.names,
        ["NATO Secretary General Jens Stoltenberg", "Stoltenberg"]
    );
    // Two direct quotes and "from a position of strength" suggested, one indirect by hand;
    // the headline's claim "…: Stoltenberg".
    assert_eq!(
        (
            stoltenberg.quotes,
            stoltenberg.direct,
            stoltenberg.partial,
            stoltenberg.indirect
        ),
        (4, 2, 1, 1)
    );
    assert_eq!(stoltenberg.claims, 1);
    assert_eq!(stoltenberg.words, 18 + 20 + 5 + 6);

    let trump = row(&r.speakers, "Trump");
    assert_eq!(trump.name, "US President Donald Trump");
    assert_eq!(
        (trump.quotes, trump.partial, trump.words, trump.claims),
        (1, 1, 1, 1)
    );
    let leaders = row(&r.speakers, "NATO leaders");
    assert_eq!((leaders.quotes, leaders.words), (1, 3));
    let he = row(&r.speakers, "he");
    assert_eq!(he.names, ["he"], "a bare pronoun is not merged by itself");
    assert_eq!(r.speakers.len(), 4);
}

#[test]
fn the_readers_merge_and_split_override_the_automatic_grouping() {
    let (_, annotations) = scripted_run();
    let aliases = Aliases::from([
        (
            "he".to_owned(),
            "NATO Secretary General Jens Stoltenberg".to_owned(),
        ),
        ("Stoltenberg".to_owned(), "Stoltenberg".to_owned()),
    ]);
    let r = roster(annotations.iter(), &aliases);
    let merged = row(&r.speakers, "NATO Secretary General");
    assert_eq!(
        merged.names,
        ["NATO Secretary General Jens Stoltenberg", "he"]
    );
    assert_eq!(merged.quotes, 4);
    let apart = r
        .speakers
        .iter()
        .find(|s| s.names == ["Stoltenberg"])
        .expect("split off");
    assert_eq!((apart.quotes, apart.indirect), (1, 1));
}

#[test]
fn framings_and_claims_are_listed_with_whose_they_are() {
    let (_, annotations) = scripted_run();
    let framings = lists::framings(annotations.iter());
    assert_eq!(framings.len(), 1);
    assert_eq!(framings[0].term, "“Russian aggression”");
    assert_eq!(framings[0].by.as_deref(), Some("Washington"));
    let claims = lists::claims(annotations.iter());
    let attributed = claims.iter().filter(|c| c.speaker.is_some()).count();
    assert_eq!((claims.len(), attributed), (4, 2));
}

#[test]
fn the_charts_show_every_quoted_speaker_with_their_share() {
    let (_, annotations) = scripted_run();
    let r = roster(annotations.iter(), &Aliases::new());
    let share = chart::share_of_voice(&r);
    let labels: Vec<&str> = share
        .rows
        .iter()
        .map(|row| row.value_label.as_str())
        .collect();
    // The seven quotes hold 58 words (counted outside Quotemark): Stoltenberg's 49 are 84%.
    assert_eq!(r.total_words(), 58);
    assert_eq!(labels[0], "49 words, 84%");
    assert_eq!(chart::quote_kinds(&r).rows.len(), 4);
}

#[test]
fn the_html_report_is_self_contained_escaped_and_scriptless() {
    let (article, mut annotations) = scripted_run();
    annotations[0].note = "<script>alert(1)</script> & \"quoted\"".into();
    annotations[0].speaker = Some("<img src=x onerror=alert(1)>".into());
    let input = ReportInput {
        title: "NATO, Trump <agree>",
        source: Some("https://www.presstv.ir/Detail/2017/02/01/509452"),
        article: &article,
        annotations: &annotations,
        aliases: &Aliases::new(),
        generated: &now(),
    };
    let html = report::html(&input);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        !html.to_lowercase().contains("<script"),
        "no script element"
    );
    assert!(!html.contains("<img"), "no markup from annotations");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;"));
    assert!(html.contains("<title>Quotemark report: NATO, Trump &lt;agree&gt;</title>"));
    assert!(
        !html.contains("src=\"http") && !html.contains("href=\"http"),
        "nothing loads from the network"
    );
    assert_eq!(
        html.matches("<mark").count(),
        html.matches("</mark>").count()
    );
    assert_eq!(html.matches("<svg").count(), 2);
    for text in [
        "Who is quoted",
        "NATO Secretary General Jens Stoltenberg",
        "framing of Washington",
        "Claims",
        "The article, annotated",
    ] {
        assert!(html.contains(text), "{text}");
    }
    // The article's words are all there, in order, once the marks are taken out.
    let body = &html[html.find("<div class=\"article\">").unwrap()..];
    assert!(body.contains("what Washington calls the <mark class=\"scare_quote\""));

    let md = report::markdown(&input);
    assert!(md.starts_with("# NATO, Trump &lt;agree&gt;\n"));
    assert!(md.contains("| NATO Secretary General Jens Stoltenberg | Stoltenberg | 4 | 49 |"));
    assert!(md.contains("- “Russian aggression” — framing of Washington"));
    assert!(!md.contains("<script") && !md.contains("<img"));
}
