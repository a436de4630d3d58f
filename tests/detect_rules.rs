//! One test per pattern the suggestion rules handle, each on sentences written for it (not
//! taken from any evaluation set), plus the suggestions pinned on the bundled article.

use quotemark::core::annotation::QuoteType;
use quotemark::core::article::Article;
use quotemark::core::bundled::NATO_DIALOGUE_TEXT;
use quotemark::core::detect::{Detection, ScareRule, detect};
use quotemark::core::reasons::Confidence;

/// The article gets a headline line first, as real articles have.
fn run(body: &str) -> (Article, Detection) {
    run_with_headline("A Headline For Tests", body)
}

fn run_with_headline(headline: &str, body: &str) -> (Article, Detection) {
    let article = Article::parse(format!("{headline}\n\n{body}"));
    let detection = detect(&article);
    (article, detection)
}

/// (quoted text, speaker name, speaker mention, type) of every quote finding.
fn quotes(body: &str) -> Vec<(String, Option<String>, Option<String>, QuoteType)> {
    let (article, d) = run(body);
    d.quotes
        .iter()
        .map(|q| {
            (
                article.slice(q.range).unwrap().to_owned(),
                q.speaker.as_ref().map(|s| s.name.clone()),
                q.speaker.as_ref().map(|s| s.mention_text.clone()),
                q.quote_type,
            )
        })
        .collect()
}

fn one_quote(body: &str) -> (String, Option<String>, Option<String>, QuoteType) {
    let mut found = quotes(body);
    assert_eq!(found.len(), 1, "{body}: {found:?}");
    found.remove(0)
}

fn speaker_of(body: &str) -> Option<String> {
    one_quote(body).1
}

/// (name, mention) of the one quote's speaker.
fn named(body: &str) -> (String, String) {
    let (_, name, mention, _) = one_quote(body);
    (name.unwrap(), mention.unwrap())
}

fn scare_quotes(body: &str) -> Vec<(String, Option<String>)> {
    let (article, d) = run(body);
    d.scare_quotes
        .iter()
        .map(|s| {
            (
                article.slice(s.range).unwrap().to_owned(),
                s.attributed_to.as_ref().map(|a| a.name.clone()),
            )
        })
        .collect()
}

/// The speaker's name of every claim that reports someone's words.
fn reported_speakers(body: &str) -> Vec<String> {
    let (_, d) = run(body);
    d.claims
        .iter()
        .filter_map(|c| c.reported.as_ref()?.speaker.as_ref())
        .map(|s| s.name.clone())
        .collect()
}

/// Asserts that `body` gets no scare-quote suggestion, naming those it got.
fn assert_no_scare_quotes(body: &str) {
    let found = scare_quotes(body);
    assert!(found.is_empty(), "{body}: {found:?}");
}

#[test]
fn a_pronoun_with_a_contraction_is_a_pronoun() {
    let (_, name, mention, _) = one_quote(
        "Mayor Ana Ruiz opened the bridge on Monday.\n\nShe’s predicting it will carry \
         “very, very many” cars.",
    );
    assert_eq!(mention.as_deref(), Some("She’s"));
    assert_eq!(name.as_deref(), Some("Mayor Ana Ruiz"));
}

#[test]
fn it_before_a_form_of_be_holds_a_place_and_names_nobody() {
    // Not the senator named before: "It" speaks for nobody, and the participle's clause has
    // its own subject.
    assert_eq!(
        speaker_of(
            "Senator Ada Park spoke first.\n\nIt was a sharp rebuke, and Governor Lena Holt \
             echoed it, saying the plan “fails every family.”"
        )
        .as_deref(),
        Some("Governor Lena Holt")
    );
}

#[test]
fn it_is_too_soon_to_say_reports_nobodys_words() {
    let speakers = reported_speakers(
        "Senator Ada Park spoke first.\n\nIt is too soon to say whether the plan will pass, but \
         so far the votes are there.",
    );
    assert!(speakers.is_empty(), "{speakers:?}");
}

#[test]
fn a_headline_that_names_its_speaker_and_topic_before_a_colon_gives_them_the_quote() {
    let detect_in = |text: &str| {
        let article = Article::parse(text.to_owned());
        let d = detect(&article);
        let speakers: Vec<_> = d.quotes.iter().map(|q| q.speaker.clone()).collect();
        (speakers, d.scare_quotes.len())
    };
    let (speakers, scare) = detect_in(
        "Ruiz on the Bridge: Repairs Are 'Long Overdue'\n\nMayor Ana Ruiz spoke at the river on \
         Monday.",
    );
    assert_eq!(scare, 0);
    assert_eq!(speakers.len(), 1);
    assert_eq!(
        speakers[0].as_ref().map(|s| s.name.as_str()),
        Some("Mayor Ana Ruiz")
    );
    // A headline capitalises every word: a "name" the article never names again is no one.
    // The quotation is still someone's words, with no speaker named.
    let (speakers, scare) = detect_in(
        "Towns on the Coast: Repairs Are 'Long Overdue'\n\nThe towns have waited for years.",
    );
    assert_eq!(speakers.len(), 1);
    assert!(speakers.iter().all(Option::is_none), "{speakers:?}");
    assert_eq!(scare, 0);
}

#[test]
fn attribution_after_the_quote_with_a_pronoun_resolves_to_the_last_named_person() {
    let (quote, name, mention, kind) = one_quote(
        "Mayor Ana Ruiz opened the bridge on Monday.\n\n“Traffic will flow again,” she said.",
    );
    assert_eq!(quote, "“Traffic will flow again,”");
    assert_eq!(name.as_deref(), Some("Mayor Ana Ruiz"));
    assert_eq!(mention.as_deref(), Some("she"));
    assert_eq!(kind, QuoteType::Direct);
}

#[test]
fn an_inverted_attribution_names_the_speaker_after_the_verb() {
    let (_, name, mention, _) =
        one_quote("\"Prices will rise,\" said economist Henrik Olsen of the central bank.");
    assert_eq!(name.as_deref(), Some("Henrik Olsen"));
    assert_eq!(mention.as_deref(), Some("economist Henrik Olsen"));
    assert_eq!(
        speaker_of("\"It is over,\" says Karin Holm."),
        Some("Karin Holm".to_owned())
    );
}

#[test]
fn a_speaker_with_an_appositive_and_a_party_in_brackets_is_found() {
    assert_eq!(
        speaker_of("\"We need the votes,\" Rep. Tom Ellis (D-Ore.), a member of the panel, said."),
        Some("Rep. Tom Ellis".to_owned())
    );
}

#[test]
fn a_cue_before_the_quote_with_a_colon_or_comma_gives_a_direct_quote() {
    let (_, name, _, kind) =
        one_quote("The minister Lars Berg told reporters: \"The border stays open.\"");
    assert_eq!(name.as_deref(), Some("Lars Berg"));
    assert_eq!(kind, QuoteType::Direct);
}

#[test]
fn a_participle_cue_takes_the_subject_of_its_clause() {
    let (_, name, _, kind) = one_quote(
        "Speaking in Oslo on Friday, Ada Berg praised the plan of Finance Minister Ole Dahl, noting, “It costs less than the old one.”",
    );
    assert_eq!(name.as_deref(), Some("Ada Berg"));
    assert_eq!(kind, QuoteType::Direct);
}

#[test]
fn a_heading_in_capitals_run_into_its_paragraph_is_no_part_of_a_name() {
    assert_eq!(
        speaker_of(
            "USE TWO BROWSERS Mr. Grant keeps one for banking.\n\n\
             “You will get hacked,” warned Mr. Grant."
        )
        .as_deref(),
        Some("Mr. Grant")
    );
    // Acronyms alone or in pairs still name.
    assert_eq!(
        speaker_of("“The port is closed,” BFM TV reported on Monday.").as_deref(),
        Some("BFM TV")
    );
}

#[test]
fn according_to_names_the_source() {
    assert_eq!(
        speaker_of("According to the health ministry, \"the figures were wrong from the start.\""),
        Some("the health ministry".to_owned())
    );
    // A bare noun phrase names it too, up to the first word that is not part of it.
    assert_eq!(
        speaker_of("According to harbour police, the man “ran at officers” with a knife."),
        Some("harbour police".to_owned())
    );
    assert_eq!(
        speaker_of("According to papers filed at the court, the boiler was “never safe.”"),
        Some("papers".to_owned())
    );
    // Whose the calculations are, when the text says; not who read a document.
    assert_eq!(
        speaker_of("A “living wage” is $12, according to calculations by Mia Holt of the port."),
        Some("Mia Holt".to_owned())
    );
    assert_eq!(
        speaker_of(
            "The board wanted “a full apology,” according to a copy of the letter obtained by the Post."
        ),
        Some("a copy of the letter obtained".to_owned())
    );
}

#[test]
fn a_fragment_inside_the_writers_sentence_is_a_partial_quote() {
    let (quote, name, _, kind) =
        one_quote("Critics called the new law \"a blunt instrument\" on Tuesday.");
    assert_eq!(quote, "\"a blunt instrument\"");
    assert_eq!(name.as_deref(), Some("Critics"));
    assert_eq!(kind, QuoteType::Partial);

    let (_, name, mention, kind) =
        one_quote("The deal is \"good for both sides,\" the envoy of the league says.");
    assert_eq!(mention.as_deref(), Some("the envoy of the league"));
    assert_eq!(name.as_deref(), Some("the envoy of the league"));
    assert_eq!(kind, QuoteType::Partial);
}

#[test]
fn a_description_resolves_to_the_nearest_named_speaker_in_another_sentence() {
    let found = quotes(
        "Trade rules must change \"before the winter,\" the head of the union says.\n\n\"We are ready,\" union leader Mia Kovac said.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Mia Kovac"));
    assert_eq!(found[0].2.as_deref(), Some("the head of the union"));
}

#[test]
fn so_called_and_what_x_calls_are_scare_quotes_with_their_framer() {
    assert_eq!(
        scare_quotes("The so-called \"peace dividend\" never came."),
        [("\"peace dividend\"".to_owned(), None)]
    );
    assert_eq!(
        scare_quotes("The troops left what Moscow calls the “special zone” last week."),
        [("“special zone”".to_owned(), Some("Moscow".to_owned()))]
    );
    assert!(quotes("The troops left what Moscow calls the “special zone” last week.").is_empty());
}

#[test]
fn a_short_quoted_term_nobody_is_said_to_speak_is_a_scare_quote() {
    assert_eq!(
        scare_quotes("The committee met behind closed doors to discuss the \"reforms\" again."),
        [("\"reforms\"".to_owned(), None)]
    );
}

#[test]
fn each_scare_quote_names_the_rule_that_found_it() {
    let (_, d) = run(
        "The so-called \"peace dividend\" never came. The troops left what Moscow calls the \
         “special zone” last week. The committee met to discuss the \"reforms\" again.",
    );
    let rules: Vec<ScareRule> = d.scare_quotes.iter().map(|s| s.rule).collect();
    assert_eq!(
        rules,
        [
            ScareRule::Distanced,
            ScareRule::NamedFraming,
            ScareRule::NoSpeaker
        ]
    );
    // The distancing word is the framing's cue.
    assert_eq!(
        d.scare_quotes[0].cue.as_ref().map(|c| c.text.as_str()),
        Some("so-called")
    );
}

#[test]
fn a_short_quotation_said_whole_is_a_quotation_not_a_scare_quote() {
    for body in [
        // Opens with a capital and closes with its own punctuation.
        "The night outside the hall ended with \"Not again!\" from the back rows.",
        // First or second person.
        "The banner over the stage bore \"we stay\" in red letters.",
        // Introduced by a colon.
        "The mayor has a new campaign message: \"Keep it local.\" It is on every bus.",
    ] {
        let (_, d) = run(body);
        assert!(d.scare_quotes.is_empty(), "{body}: {d:?}");
        assert_eq!(d.quotes.len(), 1, "{body}: {d:?}");
    }
}

#[test]
fn a_reporting_verb_whose_speaker_the_sentence_does_not_name_still_makes_a_quotation() {
    let (_, d) = run("Interrupts the chair twice. Calls the council \"cowards\" and walks out.");
    assert!(d.scare_quotes.is_empty(), "{d:?}");
    assert_eq!(d.quotes.len(), 1, "{d:?}");
    assert_eq!(
        d.quotes[0].cue.as_ref().map(|c| c.text.as_str()),
        Some("Calls")
    );
    // A noun ("the call") reports nobody's words.
    assert_eq!(
        scare_quotes("The board ignored the call for \"reforms\" that week.").len(),
        1
    );
}

#[test]
fn what_someone_casts_a_thing_as_a_few_words_on_is_their_words() {
    let body = "Mayor Karl Voss spoke on Monday. He has been careful to frame the plan as more than \
                just a “bridge” for the town.";
    assert_no_scare_quotes(body);
}

#[test]
fn what_someone_casts_a_thing_as_or_believes_in_is_their_words() {
    assert_eq!(
        speaker_of("Mayor Ana Ruiz presented the plan as a \"breakthrough\" on Monday.").as_deref(),
        Some("Mayor Ana Ruiz")
    );
    assert_eq!(
        speaker_of("Mayor Ana Ruiz believes in a budget that \"adds up\" every year.").as_deref(),
        Some("Mayor Ana Ruiz")
    );
    // What a report shows is not its words: a writer's framing stays a scare quote.
    assert_eq!(
        scare_quotes("The figures show the \"recovery\" stalled in May.").len(),
        1
    );
}

#[test]
fn whoever_speaks_of_someones_remarks_is_the_speaker_not_the_remarks_author() {
    assert_eq!(
        speaker_of(
            "Council chair Mia Kovac called the mayor's remarks on the budget \"a new low\" on \
             Friday."
        )
        .as_deref(),
        Some("Mia Kovac")
    );
    // With no verb before them, the remarks' author speaks.
    assert_eq!(
        speaker_of("The mayor's remarks were \"a new low\" for the council.").as_deref(),
        Some("The mayor's")
    );
}

#[test]
fn a_name_right_before_the_colon_that_opens_a_quotation_speaks_it() {
    assert_eq!(
        speaker_of(
            "The delay did not surprise council chair Mia Kovac: \"We warned them for a year.\""
        )
        .as_deref(),
        Some("Mia Kovac")
    );
    // A phrase that is not a name does not.
    assert_eq!(
        speaker_of("The council sent one sentence: \"We warned them for a year.\"").as_deref(),
        None
    );
}

#[test]
fn an_inverted_speaker_may_have_plain_nouns_between_place_and_name() {
    assert_eq!(
        named("\"We need the bridge,\" said Salem resident Ana Ruiz."),
        ("Ana Ruiz".to_owned(), "Salem resident Ana Ruiz".to_owned())
    );
    assert_eq!(
        named("\"We need the bridge,\" said Clinton ally Ana Ruiz."),
        ("Ana Ruiz".to_owned(), "Clinton ally Ana Ruiz".to_owned())
    );
}

#[test]
fn an_inverted_speaker_may_have_a_title_of_three_words_or_a_ranking_before_the_name() {
    assert_eq!(
        named("\"We need the bridge,\" said Ruiz's top policy aide Jo Cole."),
        (
            "Jo Cole".to_owned(),
            "Ruiz's top policy aide Jo Cole".to_owned()
        )
    );
    assert_eq!(
        named("\"We need the bridge,\" said Transport ranking Democrat Al Moss.").1,
        "Transport ranking Democrat Al Moss"
    );
}

#[test]
fn a_phrase_the_quotation_follows_without_a_comma_is_the_subject_of_the_quoted_words() {
    // "demand wealthy Americans “pay …”": the Americans are to pay; Voss demands it.
    assert_eq!(
        speaker_of("Voss used the hearing to demand wealthy Americans “pay their fair share.”")
            .as_deref(),
        Some("Voss")
    );
}

#[test]
fn a_verb_in_the_present_after_a_comma_with_a_name_ending_the_sentence_is_inverted() {
    assert_eq!(
        speaker_of("All “relevant sites” were cleaned, reports Lena Park.").as_deref(),
        Some("Lena Park")
    );
    // A second verb of the subject, not an inverted one.
    let (_, d) = run("Mayor Voss slams the plan, praises Ruiz as a “work horse” for it.");
    assert_eq!(
        d.quotes
            .iter()
            .map(|q| q.speaker.as_ref().map(|s| s.name.as_str()))
            .collect::<Vec<_>>(),
        [Some("Mayor Voss")]
    );
}

#[test]
fn an_acronym_spelled_like_a_pronoun_is_a_name() {
    assert_eq!(
        speaker_of("Untreated, the disease is \"always fatal\", says WHO.").as_deref(),
        Some("WHO")
    );
    assert_eq!(
        speaker_of("Untreated, the disease is \"always fatal\", says the WHO.").as_deref(),
        Some("WHO")
    );
}

#[test]
fn the_end_of_an_institutions_name_is_not_a_person_a_pronoun_stands_for() {
    // "Marine Research" ends "the Institute for Marine Research": "Research" opening a
    // sentence is not the person "she" stands for.
    assert_eq!(
        speaker_of(
            "Mayor Ana Ruiz opened a lab of the Institute for Marine Research on Monday.\n\n\
             Research focusing on the reef could offer a glimpse of how it works. \
             “We need more time,” she said."
        )
        .as_deref(),
        Some("Mayor Ana Ruiz")
    );
}

#[test]
fn an_institution_described_is_shown_as_written_not_as_the_last_person_named() {
    let found = quotes(
        "“The bridge is open,” said Mayor Ana Ruiz.\n\n“We will hire 200 people,” the company said.",
    );
    assert_eq!(found[1].1.as_deref(), Some("the company"), "{found:?}");
}

#[test]
fn a_lone_yes_or_no_is_an_answer_mentioned() {
    let (_, d) = run("Most of those voting “yes” were farmers from the valley.");
    assert!(d.scare_quotes.is_empty() && d.quotes.is_empty(), "{d:?}");
}

#[test]
fn the_speaker_of_a_passive_reporting_verb_is_its_agent_never_its_subject() {
    assert_eq!(
        speaker_of("Mayor Karl Voss was branded a “traitor” by the city council.").as_deref(),
        Some("the city council")
    );
    // No agent: the words are someone's, unnamed, and a later cue may name them.
    let found = quotes("Mayor Karl Voss has been called a “traitor” for years.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, None, "{found:?}");
    assert_eq!(
        speaker_of("The plan was branded “a reckless gamble,” Ana Ruiz wrote.").as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn a_strategist_or_consultant_for_someone_speaks_for_them() {
    assert_eq!(
        speaker_of(
            "“We will win,” said a strategist for one of the candidates, speaking on condition \
             of anonymity."
        )
        .as_deref(),
        Some("a strategist for one of the candidates")
    );
}

#[test]
fn a_quantity_opening_its_clause_before_a_verb_in_the_past_is_the_speaker() {
    for (body, who) in [
        (
            "Voters were angry. Another tweeted, “The council is above the law.”",
            "Another",
        ),
        (
            "Voters were angry. Several said they want “block grants” for schools.",
            "Several",
        ),
        (
            "Voters were angry; most said they were “very worried.”",
            "most",
        ),
    ] {
        assert_eq!(speaker_of(body).as_deref(), Some(who), "{body}");
    }
}

#[test]
fn an_adverb_of_frequency_before_the_verb_is_not_its_subject() {
    assert_eq!(
        speaker_of("But they will always wonder, “What would have happened if we had stayed?”")
            .as_deref(),
        Some("they")
    );
}

#[test]
fn a_pronoun_contracted_with_is_or_has_is_not_a_possessive() {
    // "She’s" is "she is": "predicting" is her verb, so the quotation is hers, not a framing.
    let (_, d) = run("Mayor Ana Ruiz spoke last. She’s predicting a \"very good\" year.");
    assert!(d.scare_quotes.is_empty(), "{d:?}");
    assert_eq!(d.quotes.len(), 1, "{d:?}");
}

#[test]
fn a_name_after_its_description_between_commas_is_the_speaker() {
    assert_eq!(
        speaker_of("Her chief aide, Ana Ruiz, said the budget is a \"blueprint\" for jobs.")
            .as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn a_short_name_in_capitals_mid_sentence_is_a_title_not_a_scare_quote() {
    let (_, d) = run("The two presidents had launched the \"War On Waste\" a decade earlier.");
    assert!(d.scare_quotes.is_empty() && d.quotes.is_empty(), "{d:?}");
    // At the start of a sentence, two words in capitals or more.
    let (_, d) = run("Voss spoke next.\n\n“Wild Rose” is now out on DVD.");
    assert!(d.scare_quotes.is_empty() && d.quotes.is_empty(), "{d:?}");
    // Named by a verb of naming whose subject is a thing: "a line of sets called …".
    let (_, d) =
        run("It is the first of a line of toy sets called the “Master Builder Series” this year.");
    assert!(d.scare_quotes.is_empty() && d.quotes.is_empty(), "{d:?}");
    // One word there has its capital from the sentence.
    let (_, d) = run("Voss spoke next.\n\n“Reform” was the word of the night.");
    assert_eq!(d.scare_quotes.len(), 1, "{d:?}");
    // In the headline every word has a capital, so the capitals say nothing there: no title,
    // but a quotation of whoever the article reports (a headline's quotation marks quote).
    let article = Article::parse("Council Backs \"Fair Deal\" For Riders\n\nThe vote was close.");
    let d = detect(&article);
    assert!(d.scare_quotes.is_empty(), "{d:?}");
    assert_eq!(d.quotes.len(), 1, "{d:?}");
}

#[test]
fn the_subject_of_a_reporting_participle_is_found_after_an_opening_phrase_with_commas() {
    assert_eq!(
        speaker_of(
            "At a town hall in Salem, Oregon, Mayor Ana Ruiz went after the board, calling it \
             “a total mess.”"
        )
        .as_deref(),
        Some("Mayor Ana Ruiz")
    );
}

#[test]
fn titles_nicknames_and_words_as_words_are_not_suggested() {
    for body in [
        "She appeared on CBS's \"Face the Nation\" on Sunday.",
        "His memoir, \"Winning Again,\" sold well in the spring.",
        "Robert \"Bobby\" Lane waved to the crowd.",
        "He used the word \"deplorable\" twice in the hall.",
        "Those comments followed remarks he made during \"The Harbour Hour\" on local radio.",
        "Ferry towns are troubled by the mayor's \"harbour first\" rhetoric and his tolls.",
    ] {
        let (_, d) = run(body);
        assert!(
            d.quotes.is_empty() && d.scare_quotes.is_empty(),
            "{body}: {d:?}"
        );
    }
}

#[test]
fn a_quote_over_paragraphs_gives_one_finding_per_paragraph_with_one_speaker() {
    let found = quotes(
        "Nurse Eva Lind said:\n\n“The first night was hard.\n\n“The second was harder,” she added.",
    );
    let speakers: Vec<_> = found.iter().map(|q| q.1.as_deref()).collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].0, "“The first night was hard.");
    assert_eq!(speakers, [Some("Nurse Eva Lind"), Some("Nurse Eva Lind")]);
}

#[test]
fn a_quote_filling_a_paragraph_after_a_lead_in_with_a_colon_takes_its_speaker() {
    assert_eq!(
        speaker_of("Professor Ian Moss wrote:\n\n\"Nothing in the data supports the plan.\""),
        Some("Professor Ian Moss".to_owned())
    );
}

#[test]
fn other_marks_pair_too_guillemets_double_apostrophes_and_headline_singles() {
    assert_eq!(
        speaker_of("Jan Novak said: «We stay until the end.»"),
        Some("Jan Novak".to_owned())
    );
    assert_eq!(
        speaker_of("''It is over for now,'' Mr. Reed said."),
        Some("Mr. Reed".to_owned())
    );
    let article = Article::parse("Mayor Calls Budget 'A Disaster'\n\nThe council met.");
    let d = detect(&article);
    assert_eq!(d.quotes.len(), 1);
    assert_eq!(article.slice(d.quotes[0].range), Some("'A Disaster'"));
    assert_eq!(
        d.quotes[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("Mayor")
    );
}

#[test]
fn nested_quotes_stay_inside_the_outer_quote() {
    let (quote, name, ..) = one_quote(
        "Singer Lou Marr spoke first.\n\n“He told me ‘never again’ twice,” she recalled.",
    );
    assert_eq!(quote, "“He told me ‘never again’ twice,”");
    assert_eq!(name.as_deref(), Some("Singer Lou Marr"));
}

#[test]
fn a_quote_beside_an_attributed_one_in_its_paragraph_shares_its_speaker() {
    let found = quotes("“I would,” Eli Stone said to the screen. “I would.”");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].1.as_deref(), Some("Eli Stone"));
}

#[test]
fn a_dash_and_a_name_sign_a_quote_and_a_transcript_label_names_its_speaker() {
    assert_eq!(
        speaker_of("“A kinder world is possible.” ― Rosa Ortega"),
        Some("Rosa Ortega".to_owned())
    );
    assert_eq!(
        speaker_of("\"HOST: Welcome back to the show, everyone."),
        Some("HOST".to_owned())
    );
}

#[test]
fn a_question_before_its_attribution_stays_one_sentence() {
    assert_eq!(
        speaker_of("“Does anyone read the reports?” Senator Kim Lee asked."),
        Some("Senator Kim Lee".to_owned())
    );
}

/// (cue, reported content) of every claim that reports someone's words.
fn reported_claims(body: &str) -> Vec<(String, String)> {
    let (article, d) = run(body);
    d.claims
        .iter()
        .filter_map(|c| c.reported.as_ref())
        .map(|r| {
            (
                article.slice(r.cue.range).unwrap().to_owned(),
                article.slice(r.content).unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn said_after_a_comma_reports_the_words_before_it_and_names_who_says_them() {
    let body = "“The survey is complete,” said Anna Holt.\n\nThe tolls will rise in May, said Piet \
                Kroon, a harbour master at the port, who studied the figures. “The rise is small,” \
                he said.";
    assert_eq!(
        reported_claims(body),
        [("said".to_owned(), "The tolls will rise in May".to_owned())]
    );
    let found = quotes(body);
    assert_eq!(found[1].1.as_deref(), Some("Piet Kroon"), "{found:?}");
    // A verb that takes an object after the comma closing a clause: the object is spoken of.
    assert_eq!(
        reported_claims(
            "Mayor Voss, who has campaigned for the board since May, blasted Kroon as weak."
        ),
        []
    );
}

#[test]
fn a_capitalised_word_is_a_reporting_verb_only_in_a_line_of_title_case() {
    // "States" and "Post" are names here, not "states" and "post".
    assert_eq!(
        reported_claims("The United States Senate passed a bill that would cut taxes for farmers."),
        []
    );
    assert_eq!(
        reported_claims("The Valley Post ran a long feature that profiled three farmers."),
        []
    );
    assert_eq!(
        reported_claims("Taxes Will Rise in May, Mayor Ana Ruiz Says."),
        [("Says".to_owned(), "Taxes Will Rise in May".to_owned())]
    );
}

#[test]
fn state_and_states_report_only_before_that_or_punctuation_or_after_a_pronoun() {
    // Nouns: the states that, 35 states that, Rust Belt states that, a state that.
    for body in [
        "Mayor Voss won most of the states that the council had carried.",
        "Mayor Voss won 35 states that the council had carried in May.",
        "Mayor Voss won the Rust Belt states that the council had carried.",
        "Mayor Voss lives in a state that the council had carried in May.",
    ] {
        assert_eq!(reported_claims(body), [], "{body}");
    }
    let (_, d) = run("Voss is endorsing eight state candidates “who embody the spirit of reform.”");
    assert!(
        d.quotes
            .iter()
            .all(|q| q.cue.as_ref().is_none_or(|c| c.text != "state")),
        "{d:?}"
    );
    // Verbs.
    assert_eq!(
        reported_claims("The court order states that the bridge must close in May."),
        [(
            "states".to_owned(),
            "the bridge must close in May".to_owned()
        )]
    );
    assert_eq!(
        speaker_of("The rebels spoke at dawn. They state their goal is to “win the war.”")
            .as_deref(),
        Some("The rebels")
    );
}

#[test]
fn claims_report_speech_or_state_checkable_facts() {
    let (article, d) = run(
        "Officials said that the bridge would reopen in May.\n\nThe bridge cost 40 million dollars to build.\n\nThe bridge is very beautiful at night.",
    );
    let claims: Vec<_> = d
        .claims
        .iter()
        .map(|c| {
            (
                article.slice(c.range).unwrap().to_owned(),
                c.reported
                    .as_ref()
                    .map(|r| article.slice(r.content).unwrap().to_owned()),
            )
        })
        .collect();
    assert_eq!(
        claims,
        [
            (
                "Officials said that the bridge would reopen in May.".to_owned(),
                Some("the bridge would reopen in May".to_owned())
            ),
            (
                "The bridge cost 40 million dollars to build.".to_owned(),
                None
            ),
        ]
    );
}

#[test]
fn offsets_count_code_points_through_curly_quotes_and_emoji() {
    let (article, d) = run("🙂 “Fine,” Lee Park said. “Really fine now,” Lee Park added.");
    assert_eq!(d.quotes.len(), 2);
    assert_eq!(article.slice(d.quotes[1].range), Some("“Really fine now,”"));
    let speaker = d.quotes[1].speaker.as_ref().unwrap();
    assert_eq!(article.slice(speaker.mention), Some("Lee Park"));
}

#[test]
fn detection_in_slices_gives_the_same_result_as_at_once() {
    let article = Article::parse(NATO_DIALOGUE_TEXT);
    let mut job = quotemark::core::detect::DetectionJob::new(&article);
    let mut rounds = 0;
    while job.advance(3).is_none() {
        rounds += 1;
        assert!(job.steps_done() < job.total_steps());
    }
    assert!(rounds > 3);
    assert_eq!(job.finish(), detect(&article));
}

/// The suggestions issue #6 requires on the bundled Press TV article.
#[test]
fn the_bundled_article_gets_the_required_suggestions() {
    let article = Article::parse(NATO_DIALOGUE_TEXT);
    let d = detect(&article);
    let quote = |text: &str| {
        d.quotes
            .iter()
            .find(|q| article.slice(q.range).unwrap().contains(text))
            .unwrap_or_else(|| panic!("no quote with {text:?}: {d:#?}"))
    };
    let name = |q: &quotemark::core::detect::QuoteFinding| q.speaker.as_ref().unwrap().name.clone();

    let first = quote("They all conveyed the same message");
    assert_eq!(first.quote_type, QuoteType::Direct);
    assert!(name(first).ends_with("Jens Stoltenberg"), "{}", name(first));
    assert_eq!(first.cue.as_ref().unwrap().text, "noting");
    let second = quote("The message of the new administration");
    assert_eq!(second.quote_type, QuoteType::Direct);
    assert!(name(second).ends_with("Jens Stoltenberg"));
    assert_eq!(second.speaker.as_ref().unwrap().mention_text, "he");

    let strength = quote("from a position of strength");
    assert_eq!(strength.quote_type, QuoteType::Partial);
    assert!(name(strength).ends_with("Jens Stoltenberg"));
    assert_eq!(
        strength.speaker.as_ref().unwrap().mention_text,
        "the chief of the military coalition"
    );
    // The first paragraph of the body, where the issue says it is.
    let body = article
        .blocks()
        .iter()
        .find(|b| b.text.starts_with("US President"))
        .unwrap();
    assert!(body.range.contains_range(strength.range));

    let obsolete = quote("obsolete");
    assert_eq!(obsolete.quote_type, QuoteType::Partial);
    assert!(
        name(obsolete).ends_with("Donald Trump"),
        "{}",
        name(obsolete)
    );

    let aggression = d
        .scare_quotes
        .iter()
        .find(|s| article.slice(s.range) == Some("“Russian aggression”"))
        .expect("“Russian aggression” is a scare quote");
    assert_eq!(
        aggression.attributed_to.as_ref().unwrap().name,
        "Washington"
    );
    assert!(
        d.quotes
            .iter()
            .all(|q| article.slice(q.range) != Some("“Russian aggression”"))
    );
}

#[test]
fn governments_and_institutions_speak_under_their_own_names() {
    assert_eq!(
        speaker_of("\"The talks are over,\" the Kremlin said on Monday."),
        Some("Kremlin".to_owned())
    );
    let (_, name, _, kind) =
        one_quote("Washington warned that the sanctions would be \"only the beginning.\"");
    assert_eq!(name.as_deref(), Some("Washington"));
    assert_eq!(kind, QuoteType::Partial);
}

#[test]
fn a_framing_may_name_a_possessor_and_a_long_one_is_the_framers_partial_quote() {
    assert_eq!(
        scare_quotes(
            "Mayor Ann Fox mocked what she called the council's “budget magic” on Friday."
        ),
        [(
            "“budget magic”".to_owned(),
            Some("Mayor Ann Fox".to_owned())
        )]
    );
    let (quote, name, _, kind) = one_quote(
        "The board rejected what it called \"an unlawful and dangerous attempt to rewrite history.\"",
    );
    assert_eq!(
        quote,
        "\"an unlawful and dangerous attempt to rewrite history.\""
    );
    assert_eq!(name.as_deref(), Some("The board"));
    assert_eq!(kind, QuoteType::Partial);
}

#[test]
fn a_lone_quoted_pronoun_and_a_numbered_title_are_not_suggested() {
    for body in [
        "Why vote for him just because \"he\" is not her?",
        "Critics praised her new documentary \"9th Street\" on Sunday.",
    ] {
        let (_, d) = run(body);
        assert!(
            d.quotes.is_empty() && d.scare_quotes.is_empty(),
            "{body}: {d:?}"
        );
    }
}

#[test]
fn a_full_stop_inside_a_quote_ends_its_sentence_before_the_next_attribution() {
    let found = quotes(
        "Ana Ruiz says the plan is the “same old promise.” She adds, “Nobody believes it anymore.”",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].2.as_deref(), Some("Ana Ruiz"));
    assert_eq!(found[1].2.as_deref(), Some("She"));
    assert_eq!(found[1].1.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_pronoun_after_a_quote_resolves_to_a_subject_with_a_party_in_brackets() {
    assert_eq!(
        speaker_of(
            "Sen. Mary Hale (D-Ore.) scolded the witness: “You misled this committee,” she said."
        ),
        Some("Sen. Mary Hale".to_owned())
    );
}

#[test]
fn each_suggestion_says_why_and_how_sure_the_rules_are() {
    use quotemark::core::annotation::Kind;
    use quotemark::core::reasons::{Confidence, Reason};
    use quotemark::core::suggestions::from_detection;
    let (article, d) = run(
        "The so-called \"peace dividend\" never came. The board met to discuss the \"reforms\" \
         and the \"new school year\" again.\n\nMayor Ana Ruiz spoke first. \"We will rebuild,\" \
         she said. \"It will take a decade.\"",
    );
    let found = from_detection(&d, &article);
    let of = |needle: &str| {
        found
            .iter()
            .find(|s| article.slice(s.range).unwrap().contains(needle))
            .unwrap_or_else(|| panic!("{needle}: {found:?}"))
    };
    let dividend = of("peace dividend");
    assert_eq!(dividend.kind, Kind::ScareQuote);
    assert_eq!(
        (&dividend.reason, dividend.confidence),
        (
            &Reason::Distanced {
                word: "so-called".into()
            },
            Confidence::Sure
        )
    );
    assert_eq!(
        (&of("reforms").reason, of("reforms").confidence),
        (&Reason::NoSpeakerInReach, Confidence::Likely)
    );
    // Three words nobody speaks: a quotation without a speaker, not a framing, and unsure.
    let school_year = of("new school year");
    assert_eq!(school_year.kind, Kind::Quote);
    assert_eq!(school_year.confidence, Confidence::Unsure);
    // Named in its own sentence; then borrowed from the sentence before.
    let rebuild = of("We will rebuild");
    assert_eq!(rebuild.confidence, Confidence::Sure);
    assert!(
        matches!(&rebuild.reason, Reason::Cue { cue, sentences_back: 0, .. } if cue == "said"),
        "{rebuild:?}"
    );
    let decade = of("It will take a decade");
    assert_eq!(decade.confidence, Confidence::Sure, "{decade:?}");
    assert!(
        matches!(
            &decade.reason,
            Reason::Cue {
                sentences_back: 1,
                ..
            }
        ),
        "{decade:?}"
    );
}

#[test]
fn a_verb_that_takes_an_object_is_inverted_after_the_quote_only_before_a_name() {
    assert_eq!(
        speaker_of("“Who pays for the new ferry?” asked Sen. Lena Voss of Maine."),
        Some("Sen. Lena Voss of Maine".to_owned())
    );
    assert_eq!(
        speaker_of("“The ferry is late again,” warned Harbour Master Ole Brandt."),
        Some("Harbour Master Ole Brandt".to_owned())
    );
    // The people told are not who spoke.
    assert_eq!(
        speaker_of("“The ferry runs,” told reporters on the pier."),
        None
    );
}

#[test]
fn the_speaker_after_the_verb_ends_at_a_clause_about_them() {
    assert_eq!(
        speaker_of("“The tolls will rise,” said one official who asked not to be named."),
        Some("one official".to_owned())
    );
    assert_eq!(
        speaker_of("“We can win the vote,” said Voss as she left the stage."),
        Some("Voss".to_owned())
    );
    assert_eq!(
        speaker_of("“The tolls will rise,” said the Maine senator, frowning."),
        Some("the Maine senator".to_owned())
    );
}

#[test]
fn a_clause_subject_is_found_after_a_joining_word_and_before_a_time() {
    assert_eq!(
        speaker_of("And then Voss went on the attack, saying, “Who will pay the tolls?”"),
        Some("Voss".to_owned())
    );
    assert_eq!(
        speaker_of(
            "Lena Voss on Thursday turned on the mayor, saying the plan is “a scandal for the coast.”"
        ),
        Some("Lena Voss".to_owned())
    );
}

#[test]
fn the_subject_of_a_clause_ending_in_a_colon_speaks_what_it_introduces() {
    assert_eq!(
        speaker_of("When the mayor suggested a toll, Voss fired back: “Nobody will pay it.”"),
        Some("Voss".to_owned())
    );
    assert_eq!(
        speaker_of("Voss, irritated, resisted: “The ferry stays free for everyone.”"),
        Some("Voss".to_owned())
    );
    // The paragraph before ends with the colon.
    assert_eq!(
        speaker_of(
            "Lena Voss issued the following statement:\n\n“The ferry stays free for everyone.”"
        ),
        Some("Lena Voss".to_owned())
    );
    // A name after a dash signs it, and a reporting verb elsewhere keeps its own rules.
    assert_eq!(
        speaker_of("Tolls are unpopular - Ole Brandt: “Nobody will pay them.”"),
        Some("Ole Brandt".to_owned())
    );
    assert_eq!(
        speaker_of("As Ole Brandt observed, the winner was not the mayor: “The ferry won.”"),
        Some("Ole Brandt".to_owned())
    );
}

#[test]
fn a_capitalised_name_ending_in_ly_is_a_name_not_an_adverb() {
    assert_eq!(
        speaker_of("“The ferry will run on time every day,” Kelly said."),
        Some("Kelly".to_owned())
    );
    assert_eq!(
        speaker_of("Ana Connolly also said: “The ferry will run on time every day.”"),
        Some("Ana Connolly".to_owned())
    );
    // A lower-case adverb between a speaker and the verb is still stepped over.
    assert_eq!(
        speaker_of("“The ferry will run on time every day,” Voss quickly said."),
        Some("Voss".to_owned())
    );
}

#[test]
fn more_verbs_report_speech_and_as_may_open_the_attribution() {
    assert_eq!(
        speaker_of("“The ferry is a disgrace and a scandal,” Voss vented on the pier."),
        Some("Voss".to_owned())
    );
    assert_eq!(
        speaker_of("“Who pays for it in the end?” Brandt pressed."),
        Some("Brandt".to_owned())
    );
    assert_eq!(
        speaker_of("The toll is “a tax on every commuter,” as a council memo put it."),
        Some("a council memo".to_owned())
    );
}

#[test]
fn a_report_inside_another_is_the_outer_speakers() {
    assert_eq!(
        speaker_of("The senator said he rarely asks mayors for help, “except for people I trust.”"),
        Some("The senator".to_owned())
    );
    // Without an outer report the nearer verb's speaker stays.
    assert_eq!(
        speaker_of("Voss rarely asks mayors for help, “except for people I trust.”"),
        Some("Voss".to_owned())
    );
}

#[test]
fn a_question_goes_on_with_an_attribution_after_a_long_appositive() {
    assert_eq!(
        speaker_of(
            "“How are you today?” Miller, a retired worker from a nuclear plant, said into the phone."
        ),
        Some("Miller".to_owned())
    );
}

#[test]
fn a_sentence_opening_preposition_is_not_a_speaker_and_a_reporting_noun_does_not_stop_a_colon() {
    assert_eq!(
        speaker_of("Over the years, she said, the ferry “has been a lifeline for the island.”"),
        Some("she".to_owned())
    );
    assert_eq!(
        speaker_of("Voss delivered a snappy retort: “Nobody is tearing this up.”"),
        Some("Voss".to_owned())
    );
}

#[test]
fn a_clause_subject_may_be_two_names_or_stand_before_an_appositive_and_its_verb() {
    assert_eq!(
        speaker_of("Voss and Brandt issued a statement calling the toll “a tax on commuters.”"),
        Some("Voss and Brandt".to_owned())
    );
    assert_eq!(
        speaker_of(
            "Lena Voss, who rides the ferry every day, argues that the toll will “ruin the island.”"
        ),
        Some("Lena Voss".to_owned())
    );
    // A participle after "X said," goes with that verb, not with the sentence's subject.
    assert_eq!(
        speaker_of("Voss will meet Lind next week, Brandt said, adding, “They need to talk.”"),
        Some("Brandt".to_owned())
    );
}

#[test]
fn expressing_and_assailing_report_speech() {
    assert_eq!(
        speaker_of("Voss expressed a deep regret for “my failure to keep the ferry running.”"),
        Some("Voss".to_owned())
    );
}

#[test]
fn a_quotation_opening_the_sentence_after_a_report_goes_on_with_it() {
    let found = quotes(
        "Asked about the tolls, Voss said she had fought them for years. “I will not stop now.”",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("Voss"));
    // Or opening the next paragraph, which it fills.
    assert_eq!(
        speaker_of("Voss said she had fought the tolls for years.\n\n“I will not stop now.”"),
        Some("Voss".to_owned())
    );
    // A sentence of the writer's own between them breaks the report.
    assert_eq!(
        speaker_of(
            "Voss said she had fought the tolls for years. The vote is on Monday. “I will not stop now.”"
        ),
        None
    );
}

#[test]
fn a_name_opening_the_clause_before_a_run_of_commas_is_its_subject() {
    assert_eq!(
        speaker_of("Voss, during a town hall in Bangor, Maine, said the toll was “a scandal.”"),
        Some("Voss".to_owned())
    );
    assert_eq!(
        speaker_of("“Leave the ferry alone,” opined the Bangor Daily Herald."),
        Some("Bangor Daily Herald".to_owned())
    );
}

#[test]
fn any_past_verb_right_after_a_quotation_that_hands_over_attributes_it() {
    assert_eq!(
        speaker_of("“They all came for the free ferry rides,” Brandt shot back with a laugh."),
        Some("Brandt".to_owned())
    );
    assert_eq!(
        speaker_of("“What ferry is he talking about?” reacted Voss."),
        Some("Voss".to_owned())
    );
    // A quotation closed by its full stop hands over nothing.
    assert_eq!(
        speaker_of("“They all came for the free ferry rides.” Brandt walked away."),
        None
    );
}

#[test]
fn the_phrase_after_with_speaks_its_participle_and_a_description_speaks_of_remarks() {
    assert_eq!(
        speaker_of("The crowd booed, with Voss reportedly yelling: “Get him out of here!”"),
        Some("Voss".to_owned())
    );
    assert_eq!(
        speaker_of(
            "The mayor, who represents the harbour ward, said Voss's remarks “have shamed the town.”"
        ),
        Some("The mayor".to_owned())
    );
}

#[test]
fn a_nickname_needs_its_name_on_both_sides_in_the_same_sentence() {
    let found = scare_quotes(
        "Voss urged readers to look at what he called Brandt’s “toll trick.”\n\nLind said the vote was fair.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "“toll trick.”");
    // A nickname still is one.
    assert_no_scare_quotes("The mayor, Robert “Bobby” Lind, opened the bridge.");
    assert!(quotes("The mayor, Robert “Bobby” Lind, opened the bridge.").is_empty());
}

#[test]
fn as_someone_called_them_before_the_quotation_is_their_framing() {
    let found = scare_quotes(
        "The two councillors are the mayor's allies (or, as the Harbour Gazette called them in an editorial last week, “ferry barons”).",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "“ferry barons”");
    assert_eq!(found[0].1.as_deref(), Some("Harbour Gazette"));
}

#[test]
fn a_spokesperson_for_someone_is_the_speaker_not_whom_they_speak_for() {
    assert_eq!(
        speaker_of("“We will appeal the ruling,” said a spokesman for the harbour authority."),
        Some("a spokesman for the harbour authority".to_owned())
    );
    assert_eq!(
        speaker_of("A spokeswoman for Sen. Lena Voss said the senator “has no plans to run.”"),
        Some("A spokeswoman for Sen. Lena Voss".to_owned())
    );
}

#[test]
fn a_title_description_stands_for_the_last_person_named_with_that_title() {
    let (_, name, mention, _) = one_quote(
        "Mayor Ana Ruiz opened the bridge on Monday. Gov. Ole Brandt was there too.\n\nThe mayor said the toll would be “temporary.”",
    );
    assert_eq!(mention.as_deref(), Some("The mayor"));
    assert_eq!(name.as_deref(), Some("Mayor Ana Ruiz"));
    // Its place and its qualifiers must fit: not the vice mayor, not another state's governor.
    let (_, name, _, _) = one_quote(
        "Maine Gov. Ole Brandt spoke first. Vermont Gov. Lena Voss spoke next.\n\nThe Maine governor said the toll was “a scandal.”",
    );
    assert_eq!(name.as_deref(), Some("Maine Gov. Ole Brandt"));
    let (_, name, _, _) = one_quote(
        "Mayor Ana Ruiz opened the bridge.\n\nThe vice mayor said the toll was “a scandal.”",
    );
    assert_ne!(name.as_deref(), Some("Mayor Ana Ruiz"));
}

#[test]
fn put_reports_only_as_put_it() {
    assert_eq!(
        speaker_of("As Ole Brandt put it, the ferry is “a lifeline.”"),
        Some("Ole Brandt".to_owned())
    );
    let found = scare_quotes("Leaders must put on a show of being “strong” for voters.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_cry_alone_in_its_sentence_is_said_not_a_scare_quote() {
    let body = "“Do we give up?” Voss asked.\n\n“Nooooo!”\n\n“Or do we work?”\n\n“Yesssss!”";
    assert_no_scare_quotes(body);
    assert_eq!(quotes(body).len(), 4);
}

#[test]
fn a_short_quotation_naming_the_thing_after_it_is_a_name() {
    for body in [
        "Voss defended her “free ferry” plan on Monday.",
        "Brandt doubled down on the “king of tolls” moniker.",
        "The ferry earned “is it over?” headlines last spring.",
    ] {
        assert_no_scare_quotes(body);
    }
    // A framing before an ordinary noun is still one.
    assert_eq!(
        scare_quotes("The “free” ferry costs the town a fortune.").len(),
        1
    );
}

#[test]
fn a_label_alone_in_its_paragraph_ending_in_a_colon_is_page_chrome() {
    let body = "The debate ran long.\n\n“Related:”\n\nCandidates Reject A Toll Rise.";
    assert_no_scare_quotes(body);
    assert!(quotes(body).is_empty(), "{:?}", quotes(body));
}

#[test]
fn deeming_and_ruling_report_someones_words() {
    assert_eq!(
        speaker_of("The bar association deemed him “well qualified” for the bench."),
        Some("The bar association".to_owned())
    );
    assert_eq!(
        speaker_of("The fact-checkers ruled that the claim was “mostly true.”"),
        Some("The fact-checkers".to_owned())
    );
}

#[test]
fn clauses_translations_buttons_and_self_descriptions_are_not_framings() {
    for body in [
        "When the ferry did not come, “he left” with the others.",
        "The club's name, Brujas, is Spanish for “witches” and comes from a film.",
        "The name of the gas, neon, translates as “new” in Greek.",
        "The law turns on the definition of “all assets” in the code.",
        "Enter your address and click “sign up.”",
        "Sign up by entering your email and clicking the “subscribe” button below.",
        "The campaign posted a video in which Voss called herself “very pro-ferry” in 1999.",
    ] {
        assert_no_scare_quotes(body);
    }
    // The verb right before "as" speaks with its own subject.
    assert_eq!(
        speaker_of(
            "Voss has apologised for the tolls in a way Ole Brandt slammed as “too little.”"
        ),
        Some("Ole Brandt".to_owned())
    );
}

#[test]
fn a_scare_quote_nobody_speaks_is_at_most_two_words() {
    assert_eq!(
        scare_quotes("Leaders debated the “living wage” at the meeting.").len(),
        1
    );
    let body = "Leaders debated the “fair living wage” at the meeting.";
    assert_no_scare_quotes(body);
    assert_eq!(quotes(body).len(), 1, "{:?}", quotes(body));
    // A framing still makes a longer one a scare quote.
    assert_eq!(
        scare_quotes("Leaders debated the so-called “fair living wage” at the meeting.").len(),
        1
    );
}

#[test]
fn a_report_noun_owned_by_someone_and_followed_by_that_is_theirs() {
    assert_eq!(
        speaker_of("Voss's angry accusation that the mayor is playing the “ferry card” backfired."),
        Some("Voss".to_owned())
    );
    assert_eq!(
        speaker_of("Many followed Brandt's dictum that the ferry was an “evil tax” on the island."),
        Some("Brandt".to_owned())
    );
}

#[test]
fn what_people_described_believe_is_their_words() {
    assert_eq!(
        speaker_of("Harbour sources believe the toll will stay “provisionally” for a year."),
        Some("Harbour sources".to_owned())
    );
}

#[test]
fn a_relative_clause_is_not_the_subject_and_a_reported_claim_is_the_reporters() {
    assert_eq!(
        speaker_of(
            "Speaking in Bangor, which hosts the vote on Tuesday, Voss praised Brandt but described the toll as a “work in progress.”"
        ),
        Some("Voss".to_owned())
    );
    assert_eq!(
        speaker_of(
            "Voss's aide Ana Lind said Thursday that Brandt's claim that the toll is legal is “simply not true.”"
        ),
        Some("Ana Lind".to_owned())
    );
}

#[test]
fn a_capitalised_word_ending_in_ed_is_not_a_descriptions_verb() {
    assert_eq!(
        speaker_of(
            "A spokeswoman for the House Armed Services Committee emailed reporters, arguing, “The law says nothing of the kind.”"
        ),
        Some("A spokeswoman for the House Armed Services Committee".to_owned())
    );
}

#[test]
fn talking_and_grousing_report_speech() {
    assert_eq!(
        speaker_of("At every stop Voss talks about “spoiling the party.”"),
        Some("Voss".to_owned())
    );
    assert_eq!(
        speaker_of("Brandt groused to a crowd that the ferry “doesn't treat me properly.”"),
        Some("Brandt".to_owned())
    );
}

#[test]
fn determining_and_exhorting_report_someones_words() {
    assert_eq!(
        speaker_of(
            "A federal judge determined that there is at least a “reasonable suspicion” of delay."
        ),
        Some("A federal judge".to_owned())
    );
}

#[test]
fn a_short_quotation_nobody_speaks_before_a_full_name_or_a_shows_star_is_a_name() {
    for body in [
        "Voss then turned to “tiny” Tom Brandt and his record.",
        "He mocked his rivals (“Sleepy” Ana Ruiz among them).",
        // A show by its people.
        "“Harbour Nights” star Ana Ruiz waved from the float.",
    ] {
        let (_, d) = run(body);
        assert!(d.scare_quotes.is_empty(), "{body}: {d:?}");
    }
    // A verb before a name, or "the" before a description of the man, are the writer's framing.
    for (body, framed) in [
        (
            "The lies from Voss as he “backs” Tom Brandt fool nobody.",
            "“backs”",
        ),
        ("It was the “new” Tom Brandt who ran in May.", "“new”"),
    ] {
        let found = scare_quotes(body);
        assert_eq!(found.len(), 1, "{body}: {found:?}");
        assert_eq!(found[0].0, framed);
    }
}

#[test]
fn a_quotation_after_a_noun_of_speech_or_according_to_is_someones_words() {
    for body in [
        "On Friday it was a report by the Gazette that he “invented” the story.",
        "Voss opened with a call for the council to “embrace” the plan.",
        "According to some on the radio, Voss was “furious,” and the vote was delayed.",
        // An adjective between the owner and the noun.
        "Voss lost partly because of Brandt's cutting suggestion that he was “soft.”",
        "The delay, by her own admission, was a “mistake.”",
        "Despite Mayor Voss’s announcement that the cities had reached a “historic” deal, none was signed.",
        // A court's words.
        "Voss won after a ruling that the quay was not “safe” enough for tankers.",
    ] {
        let (_, d) = run(body);
        assert!(d.scare_quotes.is_empty(), "{body}: {d:?}");
        assert_eq!(d.quotes.len(), 1, "{body}: {d:?}");
    }
    // "is that" after the owned noun.
    assert_eq!(
        speaker_of("Mayor Karl Voss’s boldest claim is that the board ran a “witch hunt.”")
            .as_deref(),
        Some("Mayor Karl Voss")
    );
    // Plural nouns of speech too.
    let plural = "The false accusations that Mayor Karl Voss was a “crook” spread fast.";
    assert_no_scare_quotes(plural);
    // The noun's owner is someone, even unnamed.
    let owned = "The group's statement was blunt: the vote was “rigged” from the start.";
    assert_no_scare_quotes(owned);
    // An idea someone holds is not a report: the writer frames it.
    let found = scare_quotes("The notion of a “neutral” civil service took a knock.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn making_something_clear_reports_it() {
    assert_eq!(
        speaker_of("Mayor Ana Ruiz has made clear that she expects “dirty tricks” from the board.")
            .as_deref(),
        Some("Mayor Ana Ruiz")
    );
    assert_eq!(
        speaker_of(
            "Mayor Karl Voss spoke on Monday. He backed the deal, although he made it clear \
             that he has “grave doubts.”"
        )
        .as_deref(),
        Some("Mayor Karl Voss")
    );
    // Making a deal is not saying anything.
    assert_eq!(
        scare_quotes("Voss made a “grand bargain” with the board.").len(),
        1
    );
}

#[test]
fn a_short_quotation_echoing_a_named_speakers_words_is_theirs() {
    let body = "Mayor Karl Voss sent the board to dig up the “missing” ledgers. “I hope you find \
                the ledgers that are missing,” Voss said on Monday.";
    assert_no_scare_quotes(body);
    let found = quotes(body);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].0, "“missing”");
    assert_eq!(found[0].1.as_deref(), Some("Mayor Karl Voss"));
    // Its reason says so: the cue is the other quotation's, not its own.
    let (article, d) = run(body);
    assert!(d.quotes[0].echoes && !d.quotes[1].echoes, "{d:?}");
    let suggested = quotemark::core::suggestions::from_detection(&d, &article);
    let echo = suggested
        .iter()
        .find(|s| article.slice(s.range) == Some("“missing”"))
        .expect("the echo is suggested");
    assert_eq!(
        quotemark::words::reason(&echo.reason),
        "repeats words quoted from Mayor Karl Voss"
    );
    assert_eq!(echo.confidence, Confidence::Likely);
    // Without the speaker named in its sentence, an echo may be the writer's irony.
    let ironic = "“I hope you find the ledgers that are missing,” Mayor Karl Voss said on Monday. \
                  The board went looking for the “missing” ledgers.";
    assert_eq!(scare_quotes(ironic).len(), 1, "{:?}", scare_quotes(ironic));
}

#[test]
fn a_quantity_standing_for_people_before_a_past_verb_is_its_subject() {
    let body = "Several said they would rather the state pay for roads in “block grants” to towns.";
    assert_no_scare_quotes(body);
    assert_eq!(quotes(body).len(), 1);
    // "the said document" is still no report.
    assert_eq!(
        scare_quotes("The said document lists “block grants” twice.").len(),
        1
    );
}

#[test]
fn a_capitalised_verb_form_after_a_quotation_is_a_name_not_its_cue() {
    let body = "Mayor Karl Voss made clear his aim to “fully rebuild” the United States. One \
                thing Voss has failed to “fully rebuild” is the harbour.";
    let found = quotes(body);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("Mayor Karl Voss"));
    // The same words again, with Voss named in their sentence, are his words too.
    assert_eq!(found[1].1.as_deref(), Some("Mayor Karl Voss"));
    assert_no_scare_quotes(body);
}

#[test]
fn a_clause_of_its_own_before_calls_is_no_framing() {
    let body = "Mayor Karl Voss, who has resented the board as he has struggled, called his rival \
                “weak.”";
    assert_no_scare_quotes(body);
    assert_eq!(speaker_of(body).as_deref(), Some("Mayor Karl Voss"));
    // What he calls "…" is still his framing.
    let framed = "Voss has railed against what he calls the “harbour cartel” for years.";
    assert_eq!(scare_quotes(framed).len(), 1);
}

#[test]
fn he_who_frames_is_the_person_his_sentence_names() {
    let framer = |body: &str| {
        let found = scare_quotes(body);
        assert_eq!(found.len(), 1, "{body}: {found:?}");
        found[0].1.clone()
    };
    let before = "Harbour master Piet Kroon said: “The quay is safe.”\n\n";
    // Named out of subject position, after a subject that is no person.
    assert_eq!(
        framer(&format!(
            "{before}Skippers were angry at plans by the port director, Anton Veld, to raise fees \
             because of what he called the “silt crisis” at the docks."
        ))
        .as_deref(),
        Some("Anton Veld")
    );
    // Not a woman named nearer ("Mrs."), for "he".
    assert_eq!(
        framer(&format!(
            "{before}Mr. Veld's surprise was that Mrs. Lind had sailed into what he called \
             “enemy waters.”"
        ))
        .as_deref(),
        Some("Mr. Veld")
    );
    // The subject before anyone named after it.
    assert_eq!(
        framer(&format!(
            "{before}Anton Veld attacked Kroon over what he called his “paper harbour.”"
        ))
        .as_deref(),
        Some("Anton Veld")
    );
}

#[test]
fn what_the_writer_calls_something_is_a_term_not_a_framing() {
    assert_no_scare_quotes(
        "The guilds paid for roads, quays and what we now call “infrastructure.”",
    );
    assert_no_scare_quotes("Many adopted what we might call the “harbour consensus” in 1990.");
    // Anyone else's naming still frames.
    assert_eq!(
        scare_quotes("The guilds fought what they called the “harbour cartel” for years.").len(),
        1
    );
}

#[test]
fn which_someone_called_is_their_verdict_not_a_framing() {
    let body =
        "The board valued the port at $2 million, which Mayor Karl Voss called “a disgrace.”";
    assert_no_scare_quotes(body);
    assert_eq!(speaker_of(body).as_deref(), Some("Mayor Karl Voss"));
}

#[test]
fn a_verb_that_reports_with_its_particle() {
    assert_eq!(
        speaker_of(
            "Mayor Karl Voss ticked off a list of wishes, including a “fair share” of the port's \
             money."
        )
        .as_deref(),
        Some("Mayor Karl Voss")
    );
    assert_eq!(
        speaker_of("It was a night Mayor Ana Ruiz brought up as “very strange” on the radio.")
            .as_deref(),
        Some("Mayor Ana Ruiz")
    );
    // Without its particle the verb reports nothing.
    assert_eq!(
        scare_quotes("Voss brought a “fair share” of cake to the hall.").len(),
        1
    );
}

#[test]
fn the_speaker_of_prompted_to_say_and_of_as_x_put_it_before_the_quotation() {
    assert_eq!(
        speaker_of(
            "The hearing was so calm that Mayor Karl Voss was prompted to say, “I cannot believe \
             how civil it has been.”"
        )
        .as_deref(),
        Some("Mayor Karl Voss")
    );
    assert_eq!(
        speaker_of(
            "As the port's chief executive, Ana Ruiz, put it in her memo, “We will lead the \
             coast.”"
        )
        .as_deref(),
        Some("Ana Ruiz")
    );
    // A name after a preposition is not the subject: "took to Twitter … to accuse".
    assert_ne!(
        speaker_of("Mayor Karl Voss took to Twitter overnight to accuse the board of a “con.”")
            .as_deref(),
        Some("Twitter")
    );
}

#[test]
fn a_span_of_time_opening_a_sentence_is_not_its_speaker() {
    let body = "Mayor Karl Voss lost the vote. Hours later, he thanked the board, telling \
                reporters, “We will try again in the spring.”";
    assert_eq!(speaker_of(body).as_deref(), Some("Mayor Karl Voss"));
}

#[test]
fn a_short_quotation_after_slogan_or_hashtag_is_a_name_whatever_its_capitals() {
    let body = "The campaign sold mugs with the slogan “ferries first” at the fair.";
    assert_no_scare_quotes(body);
}

#[test]
fn a_quotation_alone_on_its_line_is_a_heading_or_a_line_of_dialogue() {
    let body = "The best ferry games of the year.\n\n“Tidewater” ($20)\n\nYou steer a ferry \
                through a storm.\n\n“Undertow”\n\nA quieter game about a harbour.";
    assert_no_scare_quotes(body);
    assert!(quotes(body).is_empty(), "{:?}", quotes(body));
    let dialogue = "Ana came back from the pier with two tickets.\n\n“Tonight.”\n\nShe smiled.";
    assert_no_scare_quotes(dialogue);
    assert_eq!(one_quote(dialogue).0, "“Tonight.”");
}

#[test]
fn a_term_defined_after_it_and_values_in_code_are_not_framings() {
    for body in [
        "A ticket has one of three states.\n\n“open”: the ferry has seats left.",
        "Call it as fetch(\"/tickets\") and read the reply.",
        "var fare = { \"zone\": \"harbour\" };",
        "Set mode=\"quiet\" in the file.",
    ] {
        assert_no_scare_quotes(body);
    }
    // A bracket with a space before it is prose, where a framing may stand.
    assert_eq!(
        scare_quotes("Voters delay their ballots (“sit tight” in the trade) for weeks.").len(),
        1
    );
}

#[test]
fn press_before_secretary_or_conference_is_a_noun_not_a_reporting_verb() {
    let (quote, name, mention, kind) = one_quote(
        "“The ferry will run all winter,” Harbour Board press secretary Jo Cole told reporters.",
    );
    assert_eq!(quote, "“The ferry will run all winter,”");
    assert_eq!(name.as_deref(), Some("Jo Cole"));
    assert_eq!(
        mention.as_deref(),
        Some("Harbour Board press secretary Jo Cole")
    );
    assert_eq!(kind, QuoteType::Direct);
    // The verb still reports.
    assert_eq!(
        speaker_of("“We will not wait,” she pressed.").as_deref(),
        Some("she")
    );
}

#[test]
fn a_speaker_described_before_the_name_shows_as_the_name() {
    let (_, name, mention, kind) =
        one_quote("“We will not back down,” campaign policy director Jo Cole said.");
    assert_eq!(name.as_deref(), Some("Jo Cole"));
    assert_eq!(mention.as_deref(), Some("campaign policy director Jo Cole"));
    assert_eq!(kind, QuoteType::Direct);
    assert_eq!(
        named("“The toll must go,” Texas delegate Bill Eastland said."),
        (
            "Bill Eastland".to_owned(),
            "Texas delegate Bill Eastland".to_owned()
        )
    );
}

#[test]
fn a_phrase_of_time_or_place_before_the_speaker_is_not_what_was_said() {
    assert_eq!(
        reported_claims("At a rally on Monday, Mayor Karl Voss said the ferry would run again."),
        vec![("said".to_owned(), "the ferry would run again".to_owned())]
    );
    // A clause before the comma is what was said.
    assert_eq!(
        reported_claims("The ferry will run again in May, officials said."),
        vec![(
            "said".to_owned(),
            "The ferry will run again in May".to_owned()
        )]
    );
}

#[test]
fn in_someones_words_names_the_speaker() {
    let before = "Mayor Karl Voss spoke last at the hearing.";
    assert_eq!(
        speaker_of(&format!(
            "{before} In Voss's words, “The ferry is the town.”"
        ))
        .as_deref(),
        Some("Mayor Karl Voss")
    );
    assert_eq!(
        speaker_of(&format!("{before} In his words, “The ferry is the town.”")).as_deref(),
        Some("Mayor Karl Voss")
    );
    assert_eq!(
        speaker_of(&format!(
            "{before} In the words of Ana Ruiz, “The ferry is the town.”"
        ))
        .as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn which_after_a_name_and_a_comma_stands_for_the_name() {
    assert_eq!(
        speaker_of(
            "Mayor Karl Voss testified in a suit brought by Harbour Lines, which accuses the \
             town of “stealing” its routes."
        )
        .as_deref(),
        Some("Harbour Lines")
    );
}

#[test]
fn titles_between_an_outlet_and_a_name_lead_to_the_person() {
    assert_eq!(
        named(
            "Harbour Times staff writer Jo Cole posted a reply asking whether anyone was “still \
             angry.”"
        ),
        (
            "Jo Cole".to_owned(),
            "Harbour Times staff writer Jo Cole".to_owned()
        )
    );
}

#[test]
fn what_a_court_has_held_that_is_its_words() {
    assert_eq!(
        speaker_of(
            "The courts have held that a sale must leave the port whole where its docks are \
             “vital.”"
        )
        .as_deref(),
        Some("The courts")
    );
    assert_no_scare_quotes("The courts have held that its docks are “vital.”");
}

#[test]
fn a_claim_in_the_first_sentence_of_a_document_is_read() {
    // Its subject starts at the document's first token (the fuzzer found an underflow here).
    let article = Article::parse("Officials said the bridge would reopen in May.".to_owned());
    let claims = detect(&article).claims;
    assert_eq!(claims.len(), 1, "{claims:?}");
}

#[test]
fn a_reporting_verb_that_opens_the_sentence_is_no_part_of_the_name_after_it() {
    assert_eq!(
        named("Replied Voss, with some delicacy, “Well, I don’t think we would.”").0,
        "Voss"
    );
}

#[test]
fn an_adverb_that_opens_the_sentence_is_no_part_of_the_name_after_it() {
    // The full name shown is the one the article gives, not "Perhaps Vossler".
    assert_eq!(
        named(
            "Ryan Vossler studies law in Dover.\n\nPerhaps Vossler embodies the new voter. \
             “Nobody speaks for me,” Vossler said."
        )
        .0,
        "Ryan Vossler"
    );
}

#[test]
fn a_line_in_title_case_gives_no_fuller_form_of_a_name() {
    assert_eq!(
        named(
            "Dock Workers Greet Mayor Karl Voss\n\nKarl Voss spoke at the harbour on Monday. \
             “We will rebuild,” Voss said."
        )
        .0,
        "Karl Voss"
    );
}

#[test]
fn a_written_thing_that_speaks_is_shown_as_written_not_as_the_person_named_before() {
    let body = "Board president Karl Voss said the district acted fast. “We were ready,” Voss said.\n\n\
                “Something big is going down,” the email began.";
    let found = quotes(body);
    let email = found
        .iter()
        .find(|(text, ..)| text.contains("Something big"))
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(email.1.as_deref(), Some("the email"), "{found:?}");
}

#[test]
fn a_quotation_after_command_or_moniker_is_a_mention_or_a_name_not_a_framing() {
    assert_no_scare_quotes("The voice command “Good morning” turns on the harbour lights.");
    assert_no_scare_quotes("Karl Voss patrols the docks under the nom de guerre “the Gull.”");
    assert_no_scare_quotes("The hacker worked under the alias “nightjar” for a decade.");
}

#[test]
fn words_set_against_each_other_and_options_picked_are_mentions() {
    assert_no_scare_quotes("Skippers still fight over “shall” vs. “may” in the harbour code.");
    assert_no_scare_quotes(
        "The harbour board still argues over “shall” versus “may” in its rules.",
    );
    assert_no_scare_quotes("Skippers who selected “harbour only” on the form paid less.");
    assert_no_scare_quotes("Only 21 percent who chose “fair and open” backed the board.");
    // Alone, the same word is still the writer's distance.
    assert_eq!(
        scare_quotes("The board's “rules” changed again in May.").len(),
        1
    );
}

#[test]
fn decreed_reports_speech() {
    let body = "Channelling his father, Mayor Karl Voss decreed that the port would form the \
                “third pillar” of the town's trade.";
    assert_no_scare_quotes(body);
    let found = quotes(body);
    let pillar = found
        .iter()
        .find(|(text, ..)| text == "“third pillar”")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(pillar.1.as_deref(), Some("Mayor Karl Voss"), "{found:?}");
}

#[test]
fn such_as_gives_examples_not_what_someone_casts_something_as() {
    let found = scare_quotes(
        "Voss’s win cheers students frustrated by concepts such as “trigger warnings” and \
         “safe spaces.”",
    );
    let texts: Vec<&str> = found.iter().map(|(text, _)| text.as_str()).collect();
    assert_eq!(texts, ["“trigger warnings”", "“safe spaces.”"], "{found:?}");
}

#[test]
fn a_reporting_verb_after_a_preposition_is_a_noun() {
    // "attack" after "against nuclear" is the noun: nobody speaks.
    let found = scare_quotes(
        "The ferry costs so much because of the systems on board. The hull is “hardened” \
         against nuclear attack and can ride out any storm.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    // "went on to say" is still a verb.
    assert_eq!(
        named("Mayor Karl Voss spoke first. He went on to say that the port was “ready.”").0,
        "Mayor Karl Voss"
    );
}

#[test]
fn a_name_before_of_is_no_subject_that_casts_the_quotation() {
    let found = scare_quotes(
        "The money goes back to the reserve when the bonds are sold. (Part of the reason \
         harbours still book the cash as “held offshore” for tax purposes.)",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn agreed_to_speaking_of_and_an_aside_between_commas_report_nothing() {
    for body in [
        "Fearing bad publicity, the harbour board agreed to let the vendor offer “free repairs” \
         to fix the problem.",
        "Speaking of ferries, watch for next year to be the year of “testing” for the fleet.",
        "That is unless we want the owners (shipowners, remember, as the crews are “only” \
         sailors) to pocket the profits.",
    ] {
        assert_eq!(scare_quotes(body).len(), 1, "{body}");
    }
}

#[test]
fn beginning_or_going_on_with_something_else_reports_nothing() {
    // Not "the ferry lines" speaking: the minister's words, signed after the quotation.
    assert_eq!(
        speaker_of(
            "While nine ferry lines have already begun to sell winter passes, we must now \
             \u{201c}widen the timetable for every island,\u{201d} as soon as possible, the \
             minister Ana Ruiz said."
        )
        .as_deref(),
        Some("Ana Ruiz")
    );
    // The verb after "continued to" reports, with the subject of both.
    let (_, speaker, _, _) = quotes(
        "The harbour board continued to insist that \u{201c}the pier is safe\u{201d} after \
         the storm.",
    )
    .into_iter()
    .next()
    .unwrap();
    assert_eq!(speaker.as_deref(), Some("The harbour board"));
    // Beginning alone reports: "“…,” she began."
    assert_eq!(
        speaker_of("\u{201c}The pier will open on Monday,\u{201d} Ana Ruiz began.").as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn a_quotation_inside_the_source_after_according_to_is_no_words_of_that_source() {
    let found = scare_quotes(
        "Five of the harbour's pilots have raised their forecasts since June, according to \
         the new “tide chart” of the port authority.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_reporting_verb_after_an_article_and_a_noun_is_a_compound_noun() {
    // "a heart attack": no heart speaks.
    let found = quotes(
        "Labor Secretary Karl Voss grew up poor. His father's sudden death from a heart attack \
         when he was 12 drives him \"to have purpose,\" and he finds time for the docks.",
    );
    let purpose = found
        .iter()
        .find(|(text, ..)| text.contains("to have purpose"))
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(
        purpose.1.as_deref(),
        Some("Labor Secretary Karl Voss"),
        "{found:?}"
    );
}

#[test]
fn he_and_she_skip_a_person_whose_own_name_says_otherwise() {
    assert_eq!(
        named(
            "Director Karl Voss cast the film. Jessica Lane plays the lead.\n\n\
             “It was wild,” he said."
        )
        .0,
        "Director Karl Voss"
    );
    assert_eq!(
        named(
            "Prime Minister Margaret Voss spoke first. Mr. Ruiz answered her.\n\n\
             “I agree,” she said."
        )
        .0,
        "Prime Minister Margaret Voss"
    );
}

#[test]
fn as_to_opens_no_framing() {
    let body = "Harbour master Lena Voss went so far as to call the ferry's delay \
                “ridiculous.”";
    assert_no_scare_quotes(body);
    assert_eq!(named(body).0, "Lena Voss");
}

#[test]
fn a_short_quotation_joined_to_a_partial_one_is_more_of_the_same_words() {
    let body = "Years ago Mayor Karl Voss aimed to curb “a certain reckless spirit” and \
                “harbour mentality” among the dock workers.";
    assert_no_scare_quotes(body);
}

#[test]
fn a_signature_may_be_followed_by_the_posts_link() {
    let body = "“May the tides be ever in our favour!” – Lena Voss http://t.co/abc123";
    assert_eq!(named(body).0, "Lena Voss");
}

#[test]
fn a_headline_in_sentence_case_keeps_what_capitals_say() {
    // The test articles' headline is "A Headline For Tests"; this one stands first instead.
    let article = Article::parse(
        "Ferry survives ‘Kraken’ moment in the harbour\n\nThe ferry \
                                  came home on Monday."
            .to_owned(),
    );
    let found = detect(&article).scare_quotes;
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_names_meaning_is_a_word_mentioned() {
    assert_no_scare_quotes(
        "The islands were named for two sisters: Vossa means “tide,” while Ruia means “salt.”",
    );
}

#[test]
fn an_unnamed_role_is_shown_as_written() {
    let found = quotes("“We are ready,” Fran Voss said.\n\n“Are you safe?” the voice asked.");
    assert_eq!(found[1].1.as_deref(), Some("the voice"), "{found:?}");
}

#[test]
fn a_description_beside_a_name_stands_for_it() {
    let found = quotes(
        "“We are ready,” Mayor Karl Voss said.\n\nWhile Mr. Voss, representing the old guard, \
         laid out a vision for “a reformed harbour that rewards free trade,” Ana Ruiz, the \
         physician who briefly caught fire last year in her campaign, used part of her address \
         to call the mayor a student of Machiavelli.",
    );
    assert_eq!(found[1].1.as_deref(), Some("Ana Ruiz"), "{found:?}");
}

#[test]
fn a_name_in_capitals_may_open_with_the() {
    assert_no_scare_quotes(
        "Lena, her cousins and their friend Karl make up “the Liars,” teens who share a boat.",
    );
}

#[test]
fn a_quotation_filling_its_paragraph_may_be_signed_on_the_next_line() {
    let body = "“I am not nervous any more, because I have sailed this a hundred times.”\n\n\
                — LENA VOSS, a ferry captain, after another crossing";
    assert_eq!(named(body).0, "LENA VOSS");
}

#[test]
fn two_offices_joined_by_and_lead_to_one_speaker() {
    let body = "“The harbour will reopen,” said ferry captain and union steward Lena Voss.";
    assert_eq!(
        named(body),
        (
            "Lena Voss".to_owned(),
            "ferry captain and union steward Lena Voss".to_owned()
        )
    );
    // A title before "and" is the first office; the person is named after the second.
    let body = "“We will vote,” said former Harbour Gov. and Ferry Board Chairman Karl Ruiz.";
    assert_eq!(named(body).0, "Ferry Board Chairman Karl Ruiz");
    // Two people are not one: a name before "and" is no office.
    let body = "“We will vote,” said Lena Voss and Karl Ruiz.";
    assert_ne!(speaker_of(body).as_deref(), Some("Karl Ruiz"));
}

#[test]
fn words_after_a_verb_are_no_office() {
    // "remembered when it still had a sail and Lena" names no speaker after the verb.
    let found = quotes(
        "Karl Ruiz, the harbour master, remembered when it still had a sail and Lena.\n\n\
         “We do not sail any more,” he said.",
    );
    assert!(
        found.iter().all(|q| q.1.as_deref() != Some("Lena")),
        "{found:?}"
    );
}

#[test]
fn an_exec_is_an_unnamed_role() {
    let found = quotes(
        "We spoke to a ferry company executive. “We will see,” Fran Voss said.\n\n\
         “We will not cut the night crossing,” the exec said.",
    );
    assert_eq!(
        found.last().unwrap().1.as_deref(),
        Some("the exec"),
        "{found:?}"
    );
}

#[test]
fn what_follows_aka_is_a_name() {
    assert_no_scare_quotes("The harbour loaf, aka “sailor bread”, is baked at dawn.");
    assert_no_scare_quotes("The harbour loaf, a.k.a. “sailor bread”, is baked at dawn.");
}

#[test]
fn the_next_of_a_list_of_words_mentioned_is_mentioned() {
    assert_no_scare_quotes("Words like “ferry” and “crossing” came into the harbour's speech.");
    assert_no_scare_quotes("The words “ferry”, “dock” or “crossing” came into its speech.");
    // A list after a verb of saying is still the speaker's words.
    let found = quotes("Fran Voss called the plan “reckless” and “unfair.”");
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn an_abbreviation_and_what_it_stands_for_are_mentioned() {
    let body = "“HFA” stands for “Harbour Ferry Authority,” which runs the night crossing.";
    assert_no_scare_quotes(body);
    assert!(quotes(body).is_empty(), "{:?}", quotes(body));
}

#[test]
fn in_the_words_of_after_a_quotation_names_its_speaker() {
    let found =
        one_quote("The crossing was a “floating waiting room,” in the words of one ferry captain.");
    assert_eq!(found.1.as_deref(), Some("one ferry captain"), "{found:?}");
    assert_eq!(found.3, QuoteType::Partial);
}

#[test]
fn a_place_before_a_title_is_no_person_a_pronoun_stands_for() {
    // "The Harbour senator" has one word in capitals: "he" goes back to the man named.
    let found = quotes(
        "Karl Ruiz spoke to the ferry crews on Monday.\n\n\
         The Harbour senator told them the crossing would stay.\n\n\
         “We will not cut the night boat,” he said.",
    );
    assert_eq!(
        found.last().unwrap().1.as_deref(),
        Some("Karl Ruiz"),
        "{found:?}"
    );
}

#[test]
fn bragging_about_words_reports_them() {
    // A fragment of someone's boasting is theirs, not the writer's framing.
    let body = "Fran Voss ran the ferry line for years. All her bragging about how “safe” \
                the boats were is over.";
    assert_no_scare_quotes(body);
    assert_eq!(one_quote(body).3, QuoteType::Partial);
}

#[test]
fn what_someone_considers_something_is_their_word() {
    assert_eq!(
        speaker_of("Fran Voss considers the new timetable a “betrayal.”").as_deref(),
        Some("Fran Voss")
    );
    assert_eq!(
        speaker_of("Karl Ruiz deems the night crossing “reckless.”").as_deref(),
        Some("Karl Ruiz")
    );
}

#[test]
fn a_show_told_is_no_quotation() {
    let found = quotes("“The crossing will stay,” Fran Voss told “Harbour Morning Live.”");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("Fran Voss"), "{found:?}");
    assert_no_scare_quotes("“The crossing will stay,” Fran Voss told “Harbour Morning Live.”");
}

#[test]
fn a_word_misread_and_what_it_was_read_as_are_mentioned() {
    assert_no_scare_quotes("At first I misread “ferry” as “fairy” on the timetable.");
    assert_no_scare_quotes("The clerk misspelled “Voss” as “Vos” in the harbour log.");
}

#[test]
fn what_you_are_asked_to_consider_is_no_ones_words() {
    let body = "Karl Ruiz sailed all summer. Do you still consider yourself a “sailor”?";
    assert!(quotes(body).is_empty(), "{:?}", quotes(body));
    assert_eq!(scare_quotes(body).len(), 1, "{:?}", scare_quotes(body));
}

#[test]
fn once_opening_a_sentence_is_no_part_of_a_name() {
    let found = quotes(
        "Once Karl and his crew understood the tides, the work was easy.\n\n\
         “We sailed every night,” Karl says.",
    );
    assert_eq!(
        found.last().unwrap().1.as_deref(),
        Some("Karl"),
        "{found:?}"
    );
}

#[test]
fn a_name_after_a_one_word_opener_is_the_subject_across_its_age_and_town() {
    assert_eq!(
        speaker_of(
            "Still, ferry clerk Dana Pell, 34, from Port Ellis, Maine, said \
             “we are not here to stop the boats.”"
        )
        .as_deref(),
        Some("Dana Pell")
    );
}

#[test]
fn a_clause_after_said_names_no_speaker_after_the_verb() {
    let (article, d) = run(
        "Dana Pell, a longtime harbour aide, said it's an angry Karl Ruiz -- not a calm one -- \
         that explains the delay.",
    );
    let reported: Vec<_> = d
        .claims
        .iter()
        .filter_map(|c| c.reported.as_ref())
        .map(|r| {
            (
                article.slice(r.content).unwrap().to_owned(),
                r.speaker.as_ref().map(|s| s.name.clone()),
            )
        })
        .collect();
    assert_eq!(reported.len(), 1, "{reported:?}");
    assert!(reported[0].0.starts_with("it's an angry"), "{reported:?}");
    assert_eq!(reported[0].1.as_deref(), Some("Dana Pell"), "{reported:?}");
}

#[test]
fn a_reporting_verb_after_the_is_a_noun() {
    let body = "Karl Ruiz went on with his argument that the claims are part of a plot against \
                the harbour board.";
    assert!(
        reported_claims(body).is_empty(),
        "{:?}",
        reported_claims(body)
    );
}

#[test]
fn who_without_a_comma_stands_for_the_phrase_before_it() {
    let speakers = reported_speakers(
        "Karl Ruiz sailed at dawn.\n\nThere are several fishermen who have stated that the \
         ferry left without its lights, but the log does not say so.",
    );
    assert_eq!(speakers, ["several fishermen"]);
}

#[test]
fn a_party_name_after_a_is_someone_unnamed() {
    let found = quotes(
        "“The harbour plan is dead,” one Maine Republican said.\n\n\
         “The tolls will rise again,” a senior Republican said.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        found[1].1.as_deref(),
        Some("a senior Republican"),
        "{found:?}"
    );
}

#[test]
fn a_party_name_after_the_and_an_age_is_no_named_speaker() {
    let body = "Dana Pell, a retired teacher in Gadsden, said she did not know how she would \
                vote. Perusing a shop downtown, the ferry rider said not even the mayor had \
                swayed her. “I will have to pray about it,” the 64-year-old Republican said.";
    let (_, name, _, _) = quotes(body).remove(0);
    assert_eq!(name.as_deref(), Some("the 64-year-old Republican"));
    assert_eq!(reported_speakers(body), ["Dana Pell", "Dana Pell"]);
}

#[test]
fn he_is_not_a_woman_named_only_by_her_family_name() {
    let found = scare_quotes(
        "Hillary Clinton spoke in Ohio on Friday.\n\n\
         Karl Ruiz answered her in Maine. He argued that the stories are part of a plot \
         involving the Clinton campaign and what he calls “the crooked press.”",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("Karl Ruiz"), "{found:?}");
}

#[test]
fn what_a_long_named_phrase_described_as_is_that_phrases_framing() {
    let found = scare_quotes(
        "Ferry owners are waiting for what one former Karl J. Ruiz harbour appointee \
         described as a “family hall pass” to leave the board.",
    );
    assert_eq!(
        found,
        [(
            "“family hall pass”".to_owned(),
            Some("one former Karl J. Ruiz harbour appointee".to_owned())
        )]
    );
    let found = scare_quotes(
        "Amid what the Harbour News and the Tide Times each called a “rough week,” the board met.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].1.is_some(), "{found:?}");
}

#[test]
fn a_quoted_span_before_forum_or_summit_names_the_event() {
    assert_no_scare_quotes("The board met at the “harbour safety” forum on Monday.");
    assert_no_scare_quotes("Dana Pell spoke at the “blue water” summit in Maine.");
}

#[test]
fn they_does_not_stand_for_one_thing() {
    let speakers = reported_speakers(
        "The plan would space out the ferry crossings, its backers said. That would bring calm \
         to the harbour and fresh faces to the board, they argue.",
    );
    assert!(!speakers.iter().any(|s| s == "The plan"), "{speakers:?}");
}

#[test]
fn the_day_between_a_subject_and_its_verb_is_stepped_over() {
    assert_eq!(
        speaker_of("Karl Ruiz on Sunday said he would not allow the harbour to be “submerged.”")
            .as_deref(),
        Some("Karl Ruiz")
    );
    assert_eq!(
        speaker_of("Dana Pell Tuesday night told reporters the tolls were “a disgrace.”")
            .as_deref(),
        Some("Dana Pell")
    );
    assert_eq!(
        reported_speakers(
            "A harbour poll released Friday found that most ferry riders want lower tolls."
        ),
        ["A harbour poll"]
    );
}

#[test]
fn the_occasions_between_a_subject_and_its_verb_are_stepped_over() {
    assert_eq!(
        reported_speakers(
            "Karl Ruiz on several occasions has said he would prefer the tolls to stay low."
        ),
        ["Karl Ruiz"]
    );
}

#[test]
fn a_speaker_named_by_a_noun_for_one_person_is_who_she_or_he_stands_for() {
    // "Koji Tanabe", a name whose gender the rules do not know, is named before.
    let body = "Koji Tanabe was a child when his mother was taken, he said. The families can do \
                little, said Emi Sato’s mother, now 81 and frail. “This is an issue of politics,” \
                she said.";
    assert_eq!(speaker_of(body).as_deref(), Some("Emi Sato’s mother"));
    assert_eq!(
        reported_speakers(body),
        ["Koji Tanabe", "Emi Sato’s mother"]
    );
    assert_eq!(
        reported_speakers("The families can do little, said her mother, now 81 and frail."),
        ["her mother"]
    );
    assert_eq!(
        speaker_of(
            "Koji Tanabe was a child when his mother was taken. Her husband spoke next. “We \
             wait,” he said."
        )
        .as_deref(),
        Some("Her husband")
    );
}

#[test]
fn something_before_a_speaker_is_no_part_of_the_speaker() {
    assert_eq!(
        reported_speakers(
            "The port wants a new ferry, something harbour officials say may be years away."
        ),
        ["harbour officials"]
    );
}

#[test]
fn a_description_described_by_which_between_commas_is_the_speaker() {
    assert_eq!(
        speaker_of(
            "“The tolls have us worried,” the association, which represents women who run \
             ferry businesses, said in a letter."
        )
        .as_deref(),
        Some("the association")
    );
}

#[test]
fn a_denied_verb_of_saying_reports_nothing() {
    for body in [
        "The ferry company's lawyer, Dana Pell, did not respond to requests for comment.",
        "The harbour board has not said when it would vote on the new tolls.",
    ] {
        assert_eq!(reported_speakers(body), Vec::<String>::new(), "{body}");
    }
}

#[test]
fn the_subject_of_a_passive_verb_of_saying_is_not_its_speaker() {
    for body in [
        "Dana Pell charged the ferry company. It was also announced on Monday that a second \
         captain had been fired.",
        "The harbour board is widely expected to approve the new tolls next week.",
    ] {
        assert_eq!(reported_speakers(body), Vec::<String>::new(), "{body}");
    }
    // A feeling is the subject's own.
    assert_eq!(
        reported_speakers(
            "The harbour board is worried that the new tolls will drive riders away."
        ),
        ["The harbour board"]
    );
}

#[test]
fn two_names_joined_by_and_that_open_the_clause_speak_together() {
    let found = quotes(
        "“We need a harbour deal,” Dana Pell and Ana Ruiz said in a statement. “There is a \
         path forward.”",
    );
    let speakers: Vec<_> = found.iter().map(|q| q.1.as_deref()).collect();
    assert_eq!(speakers, [Some("Dana Pell and Ana Ruiz"); 2], "{found:?}");
    // The end of a list is not two speakers.
    let listed = reported_speakers(
        "Most ferry riders in Dover, Deal and Margate said they wanted lower tolls.",
    );
    assert!(
        !listed.iter().any(|s| s == "Deal and Margate"),
        "{listed:?}"
    );
}

#[test]
fn a_speech_verb_after_an_article_and_a_whose_clause_stay_out_of_the_speaker() {
    assert_eq!(
        speaker_of("A man was hurt and suffered a “minor injury,” the state police said.")
            .as_deref(),
        Some("the state police")
    );
    assert_eq!(
        reported_speakers(
            "The state officials whose tolls have been struck down say the real change has \
             come in the courts."
        ),
        ["The state officials"]
    );
}

#[test]
fn police_speak_without_an_article() {
    assert_eq!(
        speaker_of("A man was hurt and suffered a “minor injury,” police said.").as_deref(),
        Some("police")
    );
}

#[test]
fn the_two_stand_for_the_people_counted() {
    // Not one person named before.
    let found =
        quotes("“The harbour is full,” Ana Ruiz said.\n\n“The tolls must fall,” the two wrote.");
    assert_eq!(found[1].1.as_deref(), Some("the two"), "{found:?}");
    assert_eq!(
        reported_speakers("The two admit that the tolls will not fall this year."),
        ["The two"]
    );
    assert_eq!(
        speaker_of("The two referred to the mayor as an “idiot,” but also took aim at others.")
            .as_deref(),
        Some("The two")
    );
}

#[test]
fn the_statement_is_whoever_last_made_one() {
    let found = quotes(
        "“The tolls will rise,” Harbour Corp said in a statement.\n\nAna Ruiz, a rider, said \
         she would walk. “We regret it,” the statement added.",
    );
    let last = found.last().expect("a quotation");
    assert_eq!(last.1.as_deref(), Some("Harbour Corp"), "{found:?}");
}

#[test]
fn allowing_or_offering_that_reports() {
    let found = quotes(
        "Asked about the ferry, Sen. Karl Ruiz would only allow that they are “smart people.” \
         Sen. Dana Pell would just offer that they are “not my choice.”",
    );
    let speakers: Vec<_> = found.iter().map(|q| q.1.as_deref()).collect();
    assert_eq!(
        speakers,
        [Some("Sen. Karl Ruiz"), Some("Sen. Dana Pell")],
        "{found:?}"
    );
    assert!(reported_claims("A harbour bill offering that amount passed the board.").is_empty());
}

#[test]
fn a_person_of_an_institution_is_the_speaker() {
    assert_eq!(
        speaker_of("Karl Ruiz of the Harbour Board said the tolls would “rise again.”").as_deref(),
        Some("Karl Ruiz")
    );
    assert_eq!(
        speaker_of("Dana Pell of the Brookings Institution wrote, “The tolls will rise.”")
            .as_deref(),
        Some("Dana Pell")
    );
    // A title in the phrase makes it the person's own.
    assert_eq!(
        speaker_of("Speaker of the House Rep. Karl Ruiz said “the tolls will rise.”").as_deref(),
        Some("House Rep. Karl Ruiz")
    );
}

#[test]
fn a_particle_of_a_name_keeps_the_name_whole() {
    assert_eq!(
        speaker_of("“The ferry was late,” harbour master Eric Van der Pell said.").as_deref(),
        Some("Eric Van der Pell")
    );
    assert_eq!(
        speaker_of("“The ferry was late,” Ludo van Ruiz said.").as_deref(),
        Some("Ludo van Ruiz")
    );
}

#[test]
fn an_owners_name_belongs_to_the_phrase_it_owns() {
    let found =
        quotes("The Harbour Board’s statement late Thursday claimed that the tolls were “fair.”");
    assert_eq!(
        found[0].1.as_deref(),
        Some("The Harbour Board’s statement"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of("Karl Ruiz last Friday said the tolls were “a disgrace.”").as_deref(),
        Some("Karl Ruiz")
    );
}

#[test]
fn they_does_not_stand_for_one_person() {
    let speakers = reported_speakers(
        "Karl Ruiz teaches law in Maine. The ferry plan would space out the crossings, its \
         backers said. That would bring calm to the harbour, they argue.",
    );
    assert!(!speakers.iter().any(|s| s == "Karl Ruiz"), "{speakers:?}");
}

#[test]
fn a_headlines_quoted_word_echoes_the_quotation_it_comes_from() {
    let (article, d) = run_with_headline(
        "Ruiz might bring calm to 'hellish' harbour board",
        "Karl Ruiz would lead the harbour board. “This is a hellish place for a chairman,” said \
         one board member on condition of anonymity.",
    );
    let hellish: Vec<_> = d
        .quotes
        .iter()
        .filter(|q| article.slice(q.range).unwrap() == "'hellish'")
        .map(|q| q.speaker.as_ref().map(|s| s.name.clone()))
        .collect();
    assert_eq!(hellish, [Some("one board member".to_owned())]);
    assert!(d.scare_quotes.is_empty());
}

#[test]
fn a_quotation_after_named_or_username_is_a_name() {
    assert_no_scare_quotes(
        "The log shows that a computer user named “karl ruiz” changed the timetable.",
    );
    assert_no_scare_quotes("She posts as the username “ferryman” on the harbour forum.");
}

#[test]
fn an_institutions_name_runs_on_through_for() {
    let (article, d) = run(
        "The Committee for a Safe Harbour Budget, a watchdog in Maine, said the plan \
         “makes a mockery of the tolls.”",
    );
    let speakers: Vec<_> = d
        .quotes
        .iter()
        .map(|q| q.speaker.as_ref().map(|s| s.name.clone()))
        .collect();
    assert_eq!(
        speakers,
        [Some("The Committee for a Safe Harbour Budget".to_owned())],
        "{}",
        article.text()
    );
}

#[test]
fn a_paragraph_of_quotation_goes_on_with_the_report_just_before_it() {
    let found = quotes(
        "Dana Pell said the port had failed. Opposition spokesman Karl Ruiz replied: “The port \
         works.” The storm had closed the harbour for a week, Ms Pell said.\n\n“We watched the \
         water rise. Nobody came.”",
    );
    let last = found.last().expect("a quotation");
    assert_eq!(
        last.0, "“We watched the water rise. Nobody came.”",
        "{found:?}"
    );
    assert_eq!(last.1.as_deref(), Some("Ms Pell"), "{found:?}");
}

#[test]
fn an_adverb_that_opens_a_sentence_names_nobody() {
    let found = quotes(
        "Karl Ruiz called the plan a failure. Rather, he said, continued delays will sink the \
         harbour fund.\n\n“Nobody has asked us since May.”",
    );
    let last = found.last().expect("a quotation");
    assert_eq!(last.1.as_deref(), Some("Karl Ruiz"), "{found:?}");
}

#[test]
fn a_quotation_after_a_report_goes_with_that_report_not_an_earlier_quotation() {
    let found = quotes(
        "The minister said the new fares were “very fair” and “long overdue”. But dockers' \
         leader Dana Pell condemned the fares. “If you want busy ports you do not get them by \
         taxing the people who use them.”",
    );
    let last = found.last().expect("a quotation");
    assert_eq!(last.1.as_deref(), Some("Dana Pell"), "{found:?}");
}

#[test]
fn a_title_after_a_qualifier_heads_the_description() {
    // The verb after "but" goes with the whole subject, not "The Harbour".
    let found = quotes(
        "The Harbour leader said the board had met, but admitted it was “not an easy issue”.",
    );
    assert_eq!(
        found[0].1.as_deref(),
        Some("The Harbour leader"),
        "{found:?}"
    );
    // A title with a qualifier nobody named in the article carries is shown as written, not
    // given to whoever spoke last.
    let found = quotes(
        "Karl Ruiz, the port's owner, said fares would rise. The Vermont senator said the rise \
         was “a scandal”.",
    );
    assert_eq!(
        found[0].1.as_deref(),
        Some("The Vermont senator"),
        "{found:?}"
    );
}

#[test]
fn a_party_leader_named_nowhere_is_shown_as_written() {
    let found = quotes(
        "Ferry fares will rise, Dana Pell has said.\n\n“The harbour is failing”, the Green \
         leader said on Monday. But port spokesman Karl Ruiz replied: “It is not.”",
    );
    assert_eq!(found[0].1.as_deref(), Some("the Green leader"), "{found:?}");
}

#[test]
fn jeering_heckling_and_confiding_report_words() {
    let found = quotes("Some dockers jeered “thieves” at the minister on Monday.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("Some dockers"), "{found:?}");
    let found = quotes(
        "“I had nothing to say,” a downcast Karl Ruiz confided to the host after the debate.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Karl Ruiz"), "{found:?}");
}

#[test]
fn apologising_and_congratulating_report_words() {
    let found =
        quotes("Karl Ruiz apologised last week for his “cheap joke” about the ferry crews.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("Karl Ruiz"), "{found:?}");
    let found = quotes("Dana Pell congratulated the crews on a “superb season” at the harbour.");
    assert_eq!(found[0].1.as_deref(), Some("Dana Pell"), "{found:?}");
}

#[test]
fn he_also_goes_on_with_whom_the_sentence_before_was_about() {
    let found = quotes(
        "But Karl Ruiz denied Tom Pell, his harbour deputy, said the fares “stink”. He also said \
         he was sure the board would “set out the position clearly”.",
    );
    let last = found.last().expect("a quotation");
    assert_eq!(last.1.as_deref(), Some("Karl Ruiz"), "{found:?}");
}

#[test]
fn the_newspaper_is_shown_as_written() {
    let found = quotes(
        "Dana Pell said on Monday that the harbour would reopen.\n\nThe newspaper said the \
         reopening was “far too late” for the town.",
    );
    assert_eq!(found[0].1.as_deref(), Some("The newspaper"), "{found:?}");
}

#[test]
fn a_phrase_graded_by_its_first_word_is_someones_way_of_putting_it() {
    for body in [
        "A harbour spokesman “totally refuted” any wrongdoing on Monday.",
        "Earlier Dana Pell sent the crews her “warmest congratulations” on the season.",
        "What was needed was a fair fare rather than the “complete mess” of the timetable.",
    ] {
        assert_no_scare_quotes(body);
    }
    // Ungraded, the same kind of phrase is a term the writer flags.
    let found = scare_quotes(
        "What was needed was a fair fare rather than the “fare cap” of the timetable.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn best_opens_a_term_of_art_not_a_graded_phrase() {
    let found =
        scare_quotes("The harbour board has a duty to act in the “best interest” of the crews.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn what_a_court_heard_is_someones_words() {
    for body in [
        "Two harbour clerks were caught running a “ticket factory”, a tribunal has heard.",
        "The clerks kept the tickets in a “back office”, the hearing was told.",
    ] {
        assert_no_scare_quotes(body);
        let found = quotes(body);
        assert_eq!(found.len(), 1, "{body}: {found:?}");
    }
    // Shots heard are no hearing.
    let found = quotes("Dana Pell then says, “Don’t you do it,” until shots are heard.");
    assert_eq!(found[0].1.as_deref(), Some("Dana Pell"), "{found:?}");
}

#[test]
fn a_paragraph_that_names_nobody_goes_on_with_the_speaker_before() {
    let found = quotes(
        "Speaking at the harbour, Dana Pell said: “The crews deserve better than this.”\n\nThe \
         board wanted to fix this by moving to fares that were “fair to all of the crews”. \
         “We are doing it now, and we are doing it for every crew on the river.”",
    );
    let last = found.last().expect("a quotation");
    assert_eq!(last.1.as_deref(), Some("Dana Pell"), "{found:?}");
    // A paragraph that names someone else does not.
    let found = quotes(
        "Speaking at the harbour, Dana Pell said: “The crews deserve better than this.”\n\nTom \
         Lim wanted to fix this by moving to fares that were “fair to all of the crews”. \
         “We are doing it now, and we are doing it for every crew on the river.”",
    );
    let last = found.last().expect("a quotation");
    assert_ne!(last.1.as_deref(), Some("Dana Pell"), "{found:?}");
}

#[test]
fn he_after_a_spokesman_is_the_spokesman() {
    let found = quotes(
        "Dana Pell said the board had let the crews down. A harbour spokesman said the system \
         had been tightened since. He added: “We have done everything we were asked to do.”",
    );
    let last = found.last().expect("a quotation");
    assert_eq!(last.1.as_deref(), Some("A harbour spokesman"), "{found:?}");
    let found = quotes(
        "Dana Pell said the board had let the crews down. The board's spokeswoman said the \
         system had been tightened since. She added: “We have done everything we were asked.”",
    );
    let last = found.last().expect("a quotation");
    assert_eq!(
        last.1.as_deref(),
        Some("The board's spokeswoman"),
        "{found:?}"
    );
}

#[test]
fn the_report_just_before_wins_over_a_later_quotation_of_the_paragraph() {
    let found = quotes(
        "Harbour campaign chief Karl Ruiz said the poster had been misunderstood. The image \
         simply showed a ferry, he argued. “We have to take those views on board.” A board \
         spokeswoman later said the poster had been taken down. “It was up for two weeks,” she \
         said.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Karl Ruiz"), "{found:?}");
    assert_eq!(
        found[1].1.as_deref(),
        Some("A board spokeswoman"),
        "{found:?}"
    );
}

#[test]
fn an_opening_word_before_a_title_is_no_part_of_the_subject() {
    let found = quotes(
        "Harbour Secretary Dana Pell said the law would work. Earlier chief constable Tom Green \
         questioned how his officers would apply it. “Whom do you blame for a fight at the \
         quay?” he asked.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Tom Green"), "{found:?}");
}

#[test]
fn a_pronouns_report_inside_a_telling_goes_to_who_told() {
    let found = quotes(
        "Dr Tom Green said the lists were too long. First Minister Karl Ruiz told BBC Wales he \
         had agreed with Ms Pell in 2003 that she would step down. “She has done the job for \
         five years and nobody has done it for so long.”",
    );
    assert_eq!(
        found[0].1.as_deref(),
        Some("First Minister Karl Ruiz"),
        "{found:?}"
    );
    // Nested again, the outermost reporter says it, as PolNeAR attributes nested reports.
    let found = quotes(
        "The Harbour Gazette said Karl Ruiz had told the crews that he would keep the “open \
         quay” rule.",
    );
    assert_eq!(
        found[0].1.as_deref(),
        Some("The Harbour Gazette"),
        "{found:?}"
    );
}

#[test]
fn a_title_the_article_gives_someone_else_is_not_the_nearest_speakers() {
    // Robin Cook is the former foreign secretary: "the prime minister" is not he.
    let found = quotes(
        "Former Foreign Secretary Robin Cook said Parliament may have been misled. \
         \n\nThe prime minister said the claims were a “load of nonsense”.",
    );
    assert_eq!(
        found[0].1.as_deref(),
        Some("The prime minister"),
        "{found:?}"
    );
    // With no other title, the nearest named speaker still stands for it.
    let found = quotes(
        "Robin Cook said Parliament may have been misled.\n\nThe prime minister said the \
         claims were a “load of nonsense”.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Robin Cook"), "{found:?}");
}

#[test]
fn a_title_written_in_lower_case_before_a_name_is_that_persons() {
    // "Tory leader Karl Ruiz" is the leader: "the prime minister" is not he.
    let found = quotes(
        "Tory leader Karl Ruiz said the budget did not add up.\n\nThe prime minister said the \
         claims were a “load of nonsense”.",
    );
    assert_eq!(
        found[0].1.as_deref(),
        Some("The prime minister"),
        "{found:?}"
    );
    // And "the shadow chancellor" is he, shown by his name.
    let found = quotes(
        "The Tory shadow chancellor Karl Ruiz said the plans were costed. Dana Pell said they \
         were not.\n\nThe shadow chancellor added that it was “a complete mess of figures” all \
         the same.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Karl Ruiz"), "{found:?}");
}

#[test]
fn a_word_before_an_honorific_is_no_part_of_the_name() {
    let found = quotes("Speaking in Harbourtown Mr Ruiz said the fares were “far too high”.");
    assert_eq!(found[0].1.as_deref(), Some("Mr Ruiz"), "{found:?}");
}

#[test]
fn a_name_set_after_the_office_that_follows_the_verb_is_the_speaker() {
    let found = quotes(
        "The Makers' Federation said it expected rates to hold. It also said confidence \
         was waning.\n\n“The rises have helped to rebalance the economy,” said Federation chief \
         economist, Dana Pell.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Dana Pell"), "{found:?}");
    assert_eq!(
        speaker_of(
            "“It will be a tragedy,” said the chairman of the Commons transport committee, \
             Labour MP Karl Ruiz."
        )
        .as_deref(),
        Some("Labour MP Karl Ruiz")
    );
    // Not where the words after the verb are what was said: "her son's killer" is no office.
    assert_eq!(
        reported_speakers(
            "His mother, Giselle, said her son's killer, Karl Ruiz, 17 - who was jailed for \
             life - had played the game."
        ),
        vec!["Giselle".to_owned()]
    );
}

#[test]
fn a_motion_or_a_message_that_speaks_is_shown_as_written() {
    let found = quotes(
        "Karl Ruiz has pledged to take the matter “to the prime minister if necessary”. The \
         Commons motion says “any takeover would be against the interests of supporters”.",
    );
    assert_eq!(
        found[1].1.as_deref(),
        Some("The Commons motion"),
        "{found:?}"
    );
    let found = quotes(
        "“The president has given her the opening,” Dana Pell wrote in an email.\n\nThe \
         message, sent to her chief of staff, called it “critical” that she speak.",
    );
    assert_eq!(found[1].1.as_deref(), Some("The message"), "{found:?}");
}

#[test]
fn a_linking_word_before_the_comma_is_not_what_was_said() {
    assert_eq!(
        reported_claims("However, the department has dismissed the proposal."),
        []
    );
    // The words after it are: "Meanwhile, Ruiz claimed …", and after a report set off by
    // commas, "But, the former chief executive added, …".
    assert_eq!(
        reported_claims("Meanwhile, Karl Ruiz claimed the prize for exceeding expectations."),
        [(
            "claimed".to_owned(),
            "the prize for exceeding expectations".to_owned()
        )]
    );
    assert_eq!(
        reported_claims(
            "Dana Pell said Monday the rival was on solid ground. But, the former \
             chief executive added, it's not the way to win."
        )[1]
        .1,
        "it's not the way to win"
    );
}

#[test]
fn a_term_in_lower_case_after_known_as_is_flagged_and_a_name_is_not() {
    assert_eq!(
        scare_quotes("Orange says the service could confuse customers - known as \"passing off\"."),
        [("\"passing off\"".to_owned(), None)]
    );
    assert_no_scare_quotes("He was charged with helping the hacker known as \"Guccifer\".");
}

#[test]
fn the_agent_of_a_passive_report_is_found_past_a_long_quotation() {
    let found = quotes(
        "Debt levels were deemed \"not... in the best interests of the company\" by the \
         club's board.",
    );
    assert_eq!(found[0].2.as_deref(), Some("the club's board"), "{found:?}");
}

#[test]
fn the_agent_of_a_passive_report_is_the_name_set_after_its_office() {
    let found =
        quotes("The plan was described as “deeply flawed” by the shadow chancellor, Karl Ruiz.");
    assert_eq!(found[0].1.as_deref(), Some("Karl Ruiz"), "{found:?}");
}

#[test]
fn an_auxiliary_that_opens_a_condition_is_no_name() {
    let speakers = reported_speakers(
        "In a statement, the club said it would talk to the buyer. Should it become a firm \
         offer, it should be at a fair price. But it also stressed that it stayed opposed to \
         the plan.",
    );
    assert!(!speakers.iter().any(|s| s == "Should"), "{speakers:?}");
}

#[test]
fn the_statement_is_of_whoever_a_description_says_made_one() {
    let found = quotes(
        "Karl Ruiz, the local MP, has pledged to fight the takeover.\n\nIn a statement, the \
         club said it would allow the buyer to see its books. “The board continues to believe \
         that the plan is aggressive,” the statement said.",
    );
    assert_eq!(found[0].1.as_deref(), Some("the club"), "{found:?}");
}

#[test]
fn words_after_words_such_as_are_mentioned_not_scare_quoted() {
    assert_no_scare_quotes(
        "Searches rose in the election year. Words such as \"incumbent\", \"electoral\" and \
         \"partisan\" reflected the interest in the vote.",
    );
}

#[test]
fn the_name_between_commas_after_a_description_ending_in_an_institution_is_the_speaker() {
    let found = quotes(
        "“We have hardly started,” the new chair of the Internet Standards Board, Karl Ruiz, \
         says.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Karl Ruiz"), "{found:?}");
    // Not when the commas hold no name: the officials at the agency said it.
    let found = quotes(
        "Officials at Harbour Security Investigations, the agency that checks the papers, said \
         forgers “may try to use sophisticated methods”.",
    );
    assert_eq!(
        found[0].1.as_deref(),
        Some("Harbour Security Investigations"),
        "{found:?}"
    );
}

#[test]
fn an_occupation_after_a_capitalised_word_heads_a_description_of_the_person_named() {
    let found = quotes(
        "Rock star Karl Ruiz has said his family will make no more episodes of the show. “I \
         didn't like having cameras around the house all the time,” the Black Lake singer told \
         reporters.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Karl Ruiz"), "{found:?}");
    let found = quotes("The Welsh-born actress stopped and joked: “It's tight but I love it.”");
    assert_eq!(
        found[0].1.as_deref(),
        Some("The Welsh-born actress"),
        "{found:?}"
    );
}

#[test]
fn a_bare_reporting_word_after_an_article_and_one_word_is_a_noun_with_no_speaker() {
    for text in [
        "Karl Ruiz, the music mogul, is to launch a new label - convinced he has found his \
         “third major band”.",
        "That is nonetheless a far cry from Ruiz serving up “ice cream” to his rivals.",
    ] {
        let found = quotes(text);
        assert!(
            found
                .iter()
                .all(|q| !q.1.as_deref().is_some_and(|s| s.starts_with("a "))),
            "{found:?}"
        );
    }
}

#[test]
fn a_reporting_clause_ending_the_sentence_names_who_says_a_quotation_before_it() {
    let found = quotes(
        "The Tin Lanterns had “no other course of action” but to ask their bassist to leave \
         the band, lead singer Karl Ruiz has said.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Karl Ruiz"), "{found:?}");
    // A passive names nobody.
    let found = quotes(
        "The idea that it was fine to get drunk “once in a while” has drawn \
         attention from the real issues, it has been claimed.",
    );
    assert_eq!(found[0].1, None, "{found:?}");
}

#[test]
fn a_lone_quoted_possessive_is_a_framing_not_a_word_mentioned() {
    let found = scare_quotes(
        "He brought the gospel fervour of the church together with the \"devil's\" music of \
         rhythm and blues.",
    );
    assert_eq!(found, [("\"devil's\"".to_owned(), None)], "{found:?}");
}

#[test]
fn a_person_described_then_named_between_commas_is_who_she_stands_for() {
    let found = quotes(
        "“Hundreds came,” said Sergio Gera, the organiser.\n\nOne local woman, Karla Ruiz, \
         pulled the senator aside after the event. She had driven for an hour. “I'm so glad \
         you came,” she told him.",
    );
    assert_eq!(found[1].1.as_deref(), Some("Karla Ruiz"), "{found:?}");
}

#[test]
fn pounds_before_a_number_is_money_not_a_reporting_verb() {
    let found = scare_quotes(
        "The Federal Broadcasting Commission fined the network pounds 306,814 last autumn for \
         the singer's \"wardrobe malfunction\" during the half-time show.",
    );
    assert_eq!(
        found,
        [("\"wardrobe malfunction\"".to_owned(), None)],
        "{found:?}"
    );
}

#[test]
fn a_short_quotation_in_a_clause_whose_subject_is_a_document_is_its_wording() {
    let found = quotes(
        "Peers will debate the measures on Thursday. The Bill proposes “control orders”, which \
         could impose curfews on suspects.",
    );
    assert_eq!(
        found,
        [(
            "“control orders”".to_owned(),
            Some("The Bill".to_owned()),
            Some("The Bill".to_owned()),
            QuoteType::Partial
        )]
    );
    assert_no_scare_quotes(
        "The proposed scheme would mean voters using individual “identifiers” when they vote.",
    );
    // Not a description whose head is no document: the aim is not the legislation.
    let found = scare_quotes(
        "The aim of the new legislation was to provide a “medium range” of penalties for \
         parents.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_participle_after_a_verbs_object_reports_the_clause_subjects_words() {
    assert_eq!(
        reported_speakers(
            "Home Office minister Karla Ruiz defended the move saying it would give the \
             officers an edge."
        ),
        ["Karla Ruiz"]
    );
    // What someone received says what the sender said, not the receiver.
    assert_ne!(
        reported_speakers(
            "The Basque newspaper Gara received a telephone call saying a bomb was due to \
             explode."
        ),
        ["Gara"]
    );
}

#[test]
fn what_someone_named_proposes_or_aims_at_is_their_policys_wording() {
    let found = quotes(
        "The Prevention of Crime Bill was published on Tuesday. It proposes “control orders”, \
         which would mean curfews for suspects.",
    );
    assert_eq!(
        found[0].1.as_deref(),
        Some("The Prevention of Crime Bill"),
        "{found:?}"
    );
    let found = quotes(
        "Labour is committed to giving parents more choice. It aims to improve discipline in \
         schools by adopting a “zero tolerance” approach.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Labour"), "{found:?}");
    // Not a phrase after a preposition: the country tours nobody.
    let found = scare_quotes(
        "Kennedy is on a tour of the country aimed at persuading voters his is the “real \
         opposition”.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_short_quotation_right_after_a_report_in_its_paragraph_is_no_scare_quote() {
    let body = "Ministers will only meet the target for adult skills if courses are made more \
                attractive, the audit office says. But a target of 1.5 million more by 2010 \
                needed “creative” ideas.";
    assert_no_scare_quotes(body);
    let found = quotes(body);
    assert!(
        found
            .iter()
            .any(|q| q.0 == "“creative”" && q.1.is_none() && q.3 == QuoteType::Partial),
        "{found:?}"
    );
    // In a paragraph of its own, away from the report, it is the writer's.
    assert_eq!(
        scare_quotes(
            "Ministers will only meet the target for adult skills if courses are made more \
             attractive, the audit office says.\n\nBut a target of 1.5 million more by 2010 \
             needed “creative” ideas."
        )
        .len(),
        1
    );
    // A sentence that quotes someone reports their words too.
    assert_no_scare_quotes(
        "“We run one of the largest networks in the world,” Tom Keel says. The goal is to \
         deliver a “seamless experience” on any screen.",
    );
}

#[test]
fn a_finding_that_ends_the_sentence_names_whose_words_a_quotation_in_it_are() {
    let body = "Women councillors endure “shocking” levels of abuse from their colleagues, a new \
                study shows.";
    assert_no_scare_quotes(body);
    let found = quotes(body);
    assert_eq!(found[0].1.as_deref(), Some("a new study"), "{found:?}");
}

#[test]
fn the_name_after_one_of_an_offices_holders_is_the_speaker() {
    let found = quotes(
        "“A decision is now expected by around mid-March,” said one of their lawyers, Karl \
         Ruiz.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Karl Ruiz"), "{found:?}");
}

#[test]
fn a_quotation_in_a_sentence_opening_under_a_document_is_its_wording() {
    let body = "Under the 1989 Harbours Act, port boards have a duty to act in the “best \
                interest” of the crews in their care.";
    assert_no_scare_quotes(body);
    let found = quotes(body);
    assert_eq!(
        found[0].1.as_deref(),
        Some("the 1989 Harbours Act"),
        "{found:?}"
    );
}

#[test]
fn a_bare_reporting_word_after_an_owner_and_two_words_is_a_noun() {
    let found = quotes(
        "The harbour chief said his forthcoming annual report would make particular reference \
         to ferry safety. “Many must adapt their timetables to ensure that every crossing is \
         safe.”",
    );
    assert_eq!(
        found[0].1.as_deref(),
        Some("The harbour chief"),
        "{found:?}"
    );
    // A verb still after a pronoun, a modal or "to".
    let found = quotes(
        "They mocked each other at times, doing imitations of the way they say “huge \
         turnout.”",
    );
    assert_eq!(found[0].2.as_deref(), Some("they"), "{found:?}");
}

#[test]
fn a_name_whose_appositive_lacks_its_closing_comma_is_the_subject() {
    let found = quotes(
        "Ada Brennan, the ferry company's chief financial officer said timetables would \
         change. “We are going to have a very busy summer,” she said.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Ada Brennan"), "{found:?}");
    let found = quotes(
        "Dr Tomas Weir, of the Centre for Coastal Studies at the University of Leith said: \
         “The crossings are not designed for the elderly.”",
    );
    assert_eq!(found[0].1.as_deref(), Some("Dr Tomas Weir"), "{found:?}");
    // A pronoun's owner after the comma opens no appositive.
    let found = quotes("Ada Brennan, her lawyer said: “The crossings are not safe.”");
    assert_eq!(found[0].1.as_deref(), Some("her lawyer"), "{found:?}");
}

#[test]
fn a_name_that_reports_too_few_words_for_a_claim_is_who_he_stands_for() {
    let found = quotes(
        "“Ferries are the key trend this year,” Eric Voss told the BBC. Mr Dale said he \
         agreed. “Night crossings will be the next big thing,” he said.",
    );
    assert_eq!(found[1].1.as_deref(), Some("Mr Dale"), "{found:?}");
    // A street that stands for an office is no "he".
    let found = quotes(
        "Mr Dale later told reporters: “Of course I trust the minister.” Downing Street cited \
         that comment when reporters suggested Mr Dale had failed to deny claims he had once \
         told the minister: “There is nothing you could say that I would believe.”",
    );
    assert_eq!(found[1].1.as_deref(), Some("Mr Dale"), "{found:?}");
}

#[test]
fn the_agent_of_a_passive_after_a_things_subject_is_who_he_stands_for() {
    let body = "Harbour minister Ada Brennan told MPs the new timetable was a mistake. Her \
                claims were denied by Transport Secretary Tom Keel, who spoke after her. \
                Cooperation would help the ferries run on time, he argued.";
    let found = reported_speakers(body);
    assert_eq!(
        found.last().map(String::as_str),
        Some("Transport Secretary Tom Keel"),
        "{found:?}"
    );
    // Not where a person is the subject ("… admitted he had been impressed by …").
    let found = quotes(
        "Sella admitted he had been impressed by fly-half Yann Delaigue. But he told BBC \
         Sport: “Michalak is the answer now.”",
    );
    assert_ne!(found[0].1.as_deref(), Some("Yann Delaigue"), "{found:?}");
}

#[test]
fn a_quoted_name_before_what_a_device_offers_is_no_scare_quote() {
    assert_no_scare_quotes(
        "Passengers must be able to switch off the alerts by using a universal “stop” \
         command sent via text message.",
    );
    assert_no_scare_quotes("Travellers can use the “trip check” feature to see delays.");
}

#[test]
fn a_person_from_or_at_an_institution_is_the_speaker() {
    let found = quotes(
        "Tom Keel from Harbourline told the BBC: “The new boats connect to a base station.”",
    );
    assert_eq!(found[0].1.as_deref(), Some("Tom Keel"), "{found:?}");
    let found = quotes("“We are a nation of lazy sailors,” Ada Brennan at Ferrywatch said.");
    assert_eq!(found[0].1.as_deref(), Some("Ada Brennan"), "{found:?}");
}

#[test]
fn an_acronym_spelled_as_a_pronoun_is_a_name() {
    let found = quotes(
        "Mr Blair will focus on Africa's development plans. A two billion dollar “funding gap” \
         still stood in the way of the target, the WHO said.",
    );
    assert_eq!(found[0].1.as_deref(), Some("WHO"), "{found:?}");
}

#[test]
fn a_title_after_a_hyphen_makes_a_name_a_persons() {
    let found = quotes(
        "Mr Brown said it was “winning support every day”. But US Treasury Under-Secretary \
         John Taylor said the US could not support the plan. “The US is completely committed \
         to poverty reduction,” he said.",
    );
    assert_eq!(
        found[1].1.as_deref(),
        Some("US Treasury Under-Secretary John Taylor"),
        "{found:?}"
    );
}

#[test]
fn a_name_that_reports_after_an_opening_but_is_who_he_stands_for() {
    let found = quotes(
        "“Ferries are the key trend this year,” Eric Voss told the BBC. But Transport Minister \
         Tom Keel told the radio programme what was needed. “We must have one approach,” he \
         said.",
    );
    assert_eq!(
        found[1].1.as_deref(),
        Some("Transport Minister Tom Keel"),
        "{found:?}"
    );
}

#[test]
fn a_noun_that_ends_like_an_adverb_heads_the_subject() {
    let found = quotes(
        "“Central to the proposals are lower prices for every operator,” the former monopoly \
         said in a statement.",
    );
    assert_eq!(
        found[0].1.as_deref(),
        Some("the former monopoly"),
        "{found:?}"
    );
}

#[test]
fn what_someone_feels_in_quotation_marks_is_their_words() {
    let found = quotes(
        "The critic Ann Kerr felt that the director's “masterpiece” was entitled to the best \
         film award.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Ann Kerr"), "{found:?}");
}

#[test]
fn dj_before_a_name_is_a_title() {
    let found = quotes(
        "DJ Tom Keel has said that dance music is not dead. Last month the harbour board said \
         it would no longer hold its summer dance. “Every week I read about the demise of \
         dance music,” he told the radio programme.",
    );
    assert_eq!(found[0].1.as_deref(), Some("DJ Tom Keel"), "{found:?}");
}

#[test]
fn a_name_before_a_stray_comma_and_its_verb_is_the_subject() {
    let found =
        quotes("The men's solicitor Tom Keel, said: “They will appeal against the ruling.”");
    assert_eq!(found[0].1.as_deref(), Some("Tom Keel"), "{found:?}");
    // Not an opening adverb, nor a name before a participle.
    let found = quotes("Worryingly, said the harbour board, “the crossings are getting slower”.");
    assert_ne!(found[0].1.as_deref(), Some("Worryingly"), "{found:?}");
}

#[test]
fn titles_alone_after_the_head_a_description() {
    let found = quotes(
        "President Tom Keel opened the bridge on Monday. “It was a great night for everyone,” \
         said the President.",
    );
    assert_eq!(
        found[0].1.as_deref(),
        Some("President Tom Keel"),
        "{found:?}"
    );
    // An office that opens the clause before the name of its holder.
    let found = quotes(
        "“It was only a scent,” he said. The Attorney General, Lord Keel, has so far issued no \
         instructions to police. He said he will consult the harbour board “in the near \
         future”.",
    );
    assert_eq!(found[1].1.as_deref(), Some("Lord Keel"), "{found:?}");
}

#[test]
fn a_headlines_quoted_words_in_what_a_claim_reports_are_its_speakers() {
    let (article, d) = run_with_headline(
        "Keel ready for 'fearsome' Lions",
        "Harbour captain Tom Keel has warned the Lions will be his most fearsome opponents yet \
         ahead of their summer tour.\n\nHe told the radio programme: “They are awesome.”",
    );
    let found: Vec<_> = d
        .quotes
        .iter()
        .map(|q| {
            (
                article.slice(q.range).unwrap().to_owned(),
                q.speaker.as_ref().map(|s| s.name.clone()),
            )
        })
        .collect();
    assert!(
        found.contains(&("'fearsome'".to_owned(), Some("Tom Keel".to_owned()))),
        "{found:?}"
    );
    assert!(d.scare_quotes.is_empty());
}

#[test]
fn a_headlines_quotation_is_someones_words_not_a_scare_quote() {
    let (_, d) = run_with_headline(
        "Harbour chief who 'quit' still in job",
        "The head of the harbour board is still at work a month after the ministry said he had \
         resigned.",
    );
    assert!(d.scare_quotes.is_empty(), "{:?}", d.scare_quotes);
    assert_eq!(d.quotes.len(), 1);
    assert_eq!(d.quotes[0].quote_type, QuoteType::Partial);
}

#[test]
fn a_plural_that_opens_the_sentence_reports_with_a_participle_after_an_object() {
    let found = reported_speakers(
        "Ferry operators welcomed the plan. Airlines have attacked the legislation saying they \
         could be forced to push prices higher.",
    );
    assert_eq!(
        found.last().map(String::as_str),
        Some("Airlines"),
        "{found:?}"
    );
}

#[test]
fn an_adjective_that_opens_a_sentence_is_no_part_of_the_name_after_it() {
    let found = quotes(
        "Fuming Keel blasts officials\n\nHarbour coach Tom Keel was angry after the race. “We \
         were robbed,” said Keel.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Tom Keel"), "{found:?}");
}

#[test]
fn a_business_described_stands_for_a_company_not_a_person_quoted_near() {
    let found = quotes(
        "Tolbrook said it would close two plants.\n\n\"We expect to grow again next year,\" \
         the firm said in a statement.\n\n\"This is an expensive plan,\" Jane Tolley, an analyst \
         at Harbour Securities, told reporters.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Tolbrook"), "{found:?}");
    // With no company named as a speaker, it is shown as written, not as the person.
    let found = quotes(
        "\"Fares will fall,\" said Tom Keel, the chief executive.\n\nThe airline said it \
         expected \"a busy summer\".",
    );
    assert_eq!(found[1].1.as_deref(), Some("The airline"), "{found:?}");
}

#[test]
fn a_reporting_verb_before_a_trade_names_the_trade() {
    let (name, mention) = named("“Rates will rise,” wrote Harbour Bank credit analyst Ana Ruiz.");
    assert_eq!(name, "Ana Ruiz");
    assert_eq!(mention, "Harbour Bank credit analyst Ana Ruiz");
}

#[test]
fn an_office_capitalised_before_a_name_between_commas_names_nobody() {
    for (body, speaker) in [
        (
            "Ruritania's President, Ana Ruiz, said on Friday: “They told us we were crazy.”",
            "Ana Ruiz",
        ),
        (
            "Director, Tom Keel, said: “They told us we were crazy.”",
            "Tom Keel",
        ),
    ] {
        assert_eq!(named(body).0, speaker, "{body}");
    }
}

#[test]
fn a_possessive_and_a_verbs_form_before_a_reporting_noun_name_nobody() {
    for body in [
        "Tom Keel gave a long interview. His repeated claims of having no memory of the \
         “unbecoming” dinners were not believed.",
        "Her continuing complaints about the “noisy” hall went unanswered.",
    ] {
        let found = quotes(body);
        let speaker = found[0].1.as_deref();
        assert!(
            speaker.is_none_or(|s| !s.starts_with("His") && !s.starts_with("Her")),
            "{body}: {found:?}"
        );
    }
}

#[test]
fn an_acronym_before_a_plural_noun_qualifies_the_people_who_speak() {
    let (name, _) = named(
        "The reaction was swift. Former royal PR aides called it “an articulated lorry crash” \
         of an interview.",
    );
    assert_eq!(name, "Former royal PR aides");
}

#[test]
fn a_description_repeated_with_the_same_noun_stands_for_the_one_described_before() {
    let found = quotes(
        "“The ruling is wrong,” said Tom Keel, the defence lawyer.\n\n“He has no immunity at \
         all,” said one legal expert, speaking to the Courier.\n\n“He can be extradited,” the \
         expert warned.",
    );
    assert_eq!(found[2].1.as_deref(), Some("one legal expert"), "{found:?}");
}

#[test]
fn whats_called_frames_a_term_as_what_is_called_does() {
    for body in [
        "Dust from old hay can lead to what’s called “barn cough,” a rare illness.",
        "Dust from old hay can lead to what's called “barn cough,” a rare illness.",
        "Dust from old hay can lead to what is called “barn cough,” a rare illness.",
    ] {
        assert_eq!(
            scare_quotes(body),
            vec![("“barn cough,”".to_owned(), None)],
            "{body}"
        );
        assert!(quotes(body).is_empty(), "{body}");
    }
}

#[test]
fn an_infinitive_has_no_speaker_after_it() {
    for body in [
        "The “first stage” deal would allow both leaders to claim an easy victory.",
        "Tom Keel stepped up to describe the speech as “muscular.”",
    ] {
        let found = quotes(body);
        assert!(
            found
                .iter()
                .all(|q| q.1.as_deref() != Some("an easy victory")
                    && q.1.as_deref() != Some("the speech")),
            "{body}: {found:?}"
        );
    }
}

#[test]
fn a_common_word_opening_a_sentence_before_a_noun_opens_a_description() {
    // "One" and "Two" are determiners.
    let found = quotes(
        "The men met once, and Tom Keel left early.\n\nOne campaign video featured \
         residents declaring, “We are on it.”\n\nTwo military analysts, Ana Ruiz and Tom Keel, \
         found that the navy is “the best in the region.”",
    );
    assert_eq!(
        found[0].1.as_deref(),
        Some("One campaign video"),
        "{found:?}"
    );
    assert_eq!(
        found[1].1.as_deref(),
        Some("Two military analysts"),
        "{found:?}"
    );
    // Any word the article writes in lower case near it.
    let found = quotes(
        "Scientists ask how human crews could sleep through long trips.\n\nHuman hibernation \
         was studied for years, then recommended as a key “enabling technology” for travel.",
    );
    assert_ne!(found[0].1.as_deref(), Some("Human"), "{found:?}");
}

#[test]
fn an_order_shouted_is_reported_speech() {
    let found = quotes(
        "Officers forced open the door.\n\n\"Hands! Let me see your hands!\" an officer \
         ordered. \"Step out.\"",
    );
    assert_eq!(found[0].1.as_deref(), Some("an officer"), "{found:?}");
    assert_eq!(found[1].1.as_deref(), Some("an officer"), "{found:?}");
}

#[test]
fn what_was_said_and_an_adverb_are_no_speakers() {
    for body in [
        "Only 52 percent agreed that the mayor is in \"good enough health to serve,\" while 73 \
         percent said the same of Tom Keel.",
        "Ruritania drew criticism over its decision to no longer consider the camps \"illegal,\" \
         while its allies cheered.",
    ] {
        let found = quotes(body);
        assert!(
            found
                .iter()
                .all(|q| q.1.as_deref() != Some("the same of Tom Keel")
                    && q.1.as_deref() != Some("no longer")),
            "{body}: {found:?}"
        );
    }
}

#[test]
fn one_word_then_of_names_no_person_a_pronoun_may_stand_for() {
    let found = quotes(
        "I reached Ana Ruiz by phone. Ruiz still found it hard to talk. She had been his agent \
         since 1978. Web of Angels was the first novel she sold. \u{201c}It was a shock,\u{201d} \
         she said.\n\n\u{201c}We were close,\u{201d} said Tom Keel of Harbour City. \
         \u{201c}Very close,\u{201d} he added.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Ana Ruiz"), "{found:?}");
    // A person's name before "of" a place stays a person's.
    assert_eq!(
        found[2].1.as_deref(),
        Some("Tom Keel of Harbour City"),
        "{found:?}"
    );
}

#[test]
fn an_owners_announcement_with_a_date_between_reports_their_words() {
    let body = "Despite Mayor Voss’s Oct. 11 announcement that the city had reached a “historic” \
                deal, nothing has been signed.";
    assert_no_scare_quotes(body);
}

#[test]
fn the_patient_or_the_victim_is_someone_unnamed_not_the_speaker_named_last() {
    let found = quotes(
        "“The case is rare,” said Dr. Ana Ruiz, who treated him.\n\nThis is how it felt, in \
         the patient's words: “I could not climb the stairs.”\n\n“I was scared,” the patient \
         said.",
    );
    assert_eq!(found[2].1.as_deref(), Some("the patient"), "{found:?}");
}

#[test]
fn a_name_capitalised_inside_a_sentence_does_not_make_a_term_a_sentence_said_whole() {
    // A full stop inside the marks is the writer's punctuation; the capital is the name's.
    assert_eq!(
        scare_quotes(
            "The voters would not put up with another inquiry into “Ruritanian collusion.” \
             They have seen it before."
        )
        .len(),
        1
    );
    // Opening its sentence, a name's words are still said whole.
    let found = quotes("“Here he is,” she said, clapping. “Donald’s here, babe.”");
    assert_eq!(found[1].3, QuoteType::Direct, "{found:?}");
}

#[test]
fn what_someone_is_calling_frames_a_term_as_theirs() {
    let found = scare_quotes(
        "The headset is not finished. The ability to take what Apple is calling “spatial” \
         photos was not enabled.",
    );
    assert_eq!(
        found,
        vec![("“spatial”".to_owned(), Some("Apple".to_owned()))]
    );
}

#[test]
fn a_verb_of_speech_after_hard_to_or_tough_to_reports_nobodys_words() {
    // The clause's subject is what is kept up, not who speaks: the term is the writer's.
    assert_eq!(
        scare_quotes(
            "Crews work through the night. The old network is tough to maintain, and the \
             “freeze-thaw” cycles of winter make it worse."
        )
        .len(),
        1
    );
}

#[test]
fn a_verb_of_speech_after_above_or_below_points_within_the_text() {
    assert_eq!(
        scare_quotes(
            "The app keeps a list of every site you visit. If the company joined that list \
             with the “tracking pixel” from the letter mentioned above, it would know \
             everything."
        )
        .len(),
        1
    );
}

#[test]
fn given_opening_a_sentence_is_no_name() {
    assert_eq!(
        scare_quotes(
            "The town has little to offer visitors. Given the state of its roads, “tourism” \
             isn’t likely to reveal much about the place."
        )
        .len(),
        1
    );
}

#[test]
fn a_quotation_between_commas_after_the_subject_describes_it_and_is_not_its_words() {
    let body = "Emery, a writer for the partisan “fact-checking” website, retweeted an article \
                by a magazine.";
    assert_eq!(scare_quotes(body).len(), 1);
    // Without the commas it is the subject's predicate, and its words.
    assert_eq!(
        speaker_of("Mayor Voss blamed the shootings on “sickos” and suggested new asylums."),
        Some("Mayor Voss".to_owned())
    );
}

#[test]
fn a_speaker_governed_by_a_preposition_after_the_quotation_is_part_of_its_phrase() {
    assert_eq!(
        scare_quotes(
            "The model ran for weeks on the old machine. Sometimes the “weather” inside this \
             model would simply repeat like clockwork."
        )
        .len(),
        1
    );
}

#[test]
fn no_such_thing_as_denies_a_thing_and_casts_nothing_as_it() {
    assert_eq!(
        speaker_of(
            "If nothing else, the Paris experience should prove once and for all that there is \
             no such thing as “the gig economy.”"
        ),
        None
    );
}

#[test]
fn an_adverb_of_how_often_opening_a_sentence_is_no_name() {
    assert_eq!(
        scare_quotes(
            "The team set up the computer to print a graph. Sometimes the “weather” would repeat."
        )
        .len(),
        1
    );
}

#[test]
fn reading_of_or_about_something_is_no_report() {
    assert_eq!(
        scare_quotes(
            "There was a time when we might have read of “hero cabdrivers” in the papers."
        )
        .len(),
        1
    );
}

#[test]
fn a_noun_phrase_quoted_in_apposition_to_a_name_is_what_the_name_is_called() {
    assert_eq!(
        speaker_of(
            "All told, it’s a neat story. Lorenz, “the father of chaos,” started a scientific \
             revolution on the old computer."
        ),
        None
    );
}

#[test]
fn beginning_something_else_reports_nothing() {
    // "which began on Monday": the talks began, nobody spoke.
    assert_eq!(
        speaker_of(
            "At the talks, which began on Monday, executives are expected to unveil remakes of \
             films like “The Long Night,” with the old cast."
        ),
        None
    );
    // "“…,” she began" and "began by saying" still report.
    assert_eq!(
        speaker_of("“It was a long night,” Ms. Ruiz began."),
        Some("Ms. Ruiz".to_owned())
    );
}

#[test]
fn which_after_a_comma_stands_for_the_body_before_it() {
    assert_eq!(
        speaker_of(
            "The rhetoric came from the ruling party, which said that rural voters were “coming \
             out in droves.”"
        ),
        Some("the ruling party".to_owned())
    );
}

#[test]
fn putting_it_into_something_reports_nothing() {
    // A report would make the quotation after it direct, introduced by the verb.
    let found =
        quotes("The clerk took the ballot and, putting it into the box, “We are done here.”");
    assert_eq!(found[0].3, QuoteType::Partial, "{found:?}");
    // "as she put it in her memoir" still reports.
    assert_eq!(
        speaker_of("Voters would “walk all over us,” as Ms. Ruiz put it in her memoir."),
        Some("Ms. Ruiz".to_owned())
    );
}

#[test]
fn a_participle_in_a_relative_clause_has_the_relative_for_subject() {
    assert_eq!(
        speaker_of(
            "The mayor has criticized the rhetoric from the ruling party, which tried to rally \
             support by saying that rural voters were “coming out in droves.”"
        ),
        Some("the ruling party".to_owned())
    );
}

#[test]
fn a_negated_auxiliary_is_no_part_of_the_subject() {
    assert_eq!(
        speaker_of("His aides haven’t said “a single word” about the plan."),
        Some("His aides".to_owned())
    );
}

#[test]
fn finding_oneself_doing_something_is_no_finding() {
    assert_eq!(
        speaker_of(
            "A ride-sharing service wouldn’t find itself “increasing fares to encourage more \
             drivers” in a crisis."
        ),
        None
    );
}

#[test]
fn a_first_name_beside_a_noun_for_one_person_is_that_person() {
    let found = quotes(
        "Eloise Parry, 21, was taken to hospital after taking the pills. “The drug was in her \
         system,” her mother, Fiona, said in a statement. She added: “They never stood a chance \
         of saving her.”",
    );
    assert_eq!(found[1].1.as_deref(), Some("Fiona"), "{found:?}");
}

#[test]
fn amongst_opening_a_sentence_is_no_name() {
    assert_eq!(
        speaker_of(
            "Amongst the options of chimes and bells, the app also offers the option of getting \
             your attention by saying “hummus, please.”"
        ),
        Some("the app".to_owned())
    );
}

#[test]
fn an_attack_that_killed_is_a_noun_before_that() {
    assert_eq!(
        scare_quotes(
            "There was fear that a “lone wolf” was out there, days after the terror attack that \
             killed 14 people."
        )
        .len(),
        1
    );
}

#[test]
fn you_outside_quotation_marks_is_the_reader_and_speaks_no_quotation() {
    assert_eq!(
        speaker_of(
            "Mayor Voss runs a tight office. If you don’t need to respond, put the email in the \
             “For Your Information” folder and move on."
        ),
        None
    );
}

#[test]
fn an_infinitive_after_for_and_its_subject_has_no_speaker() {
    assert_eq!(
        speaker_of(
            "The researchers don’t yet know what the cells are doing, but Dr. Ruiz believes \
             that their ability to “taste” the air gives a key opportunity for the body to \
             respond."
        ),
        Some("Dr. Ruiz".to_owned())
    );
}

#[test]
fn calling_a_meeting_convenes_it_and_reports_no_words() {
    assert_eq!(
        scare_quotes(
            "If she did, the bylaws give the chair authority to call a “special meeting” to \
             vote on a new nominee."
        )
        .len(),
        1
    );
    // "called the election “rigged”" names it: a report.
    assert_eq!(
        speaker_of("Mayor Voss called the election “rigged” on Tuesday."),
        Some("Mayor Voss".to_owned())
    );
}

#[test]
fn an_institutions_name_runs_on_through_on_and_through_and() {
    assert_eq!(
        speaker_of("The Council on Arts and Letters said the city was “a cultural desert.”"),
        Some("The Council on Arts and Letters".to_owned())
    );
    assert_eq!(
        speaker_of(
            "A report by the Organization for Harbour Trade and Development notes that ports \
             are “badly run.”"
        ),
        Some("Organization for Harbour Trade and Development".to_owned())
    );
}

#[test]
fn a_noun_an_owner_holds_before_as_has_no_subject_of_its_own() {
    assert_eq!(
        speaker_of(
            "Lena Brandt, an analyst at a market research firm, sees Nintendo's lineup as \
             its “weak spot.”"
        ),
        Some("Lena Brandt".to_owned())
    );
    // A verb before "as" still has its own subject.
    assert_eq!(
        speaker_of("Lena Brandt said it came in a way Mayor Voss slammed as “reckless.”"),
        Some("Mayor Voss".to_owned())
    );
}

#[test]
fn pointing_reports_only_with_out_or_to_and_thanks_to_is_a_cause() {
    // "points" as a noun: the quotation has no speaker.
    assert_eq!(
        scare_quotes(
            "The city will hold an annual festival of “decolonial art” and an online map \
             marking points of interest."
        )
        .len(),
        1
    );
    assert_eq!(
        scare_quotes(
            "The tycoon built his fortune partly thanks to his mastery of “raiding,” a local \
             kind of takeover."
        )
        .len(),
        1
    );
    assert_eq!(
        speaker_of("Mayor Voss pointed out that the bridge was “falling apart.”"),
        Some("Mayor Voss".to_owned())
    );
}

#[test]
fn a_work_in_capitals_before_a_trade_and_a_name_is_a_title() {
    let found = quotes(
        "“Night Harbour” director Ana Ruiz said no one could predict the awards. “Blue \
         Hour” actress Mia Sol said the prize should have gone elsewhere.",
    );
    assert!(
        found
            .iter()
            .all(|(text, ..)| !text.contains("Harbour") && !text.contains("Blue")),
        "{found:?}"
    );
    assert!(scare_quotes("“Night Harbour” director Ana Ruiz said nothing.").is_empty());
}

#[test]
fn a_plural_noun_after_with_is_the_participles_subject() {
    assert_eq!(
        speaker_of(
            "Smoke will cover the city again this week, with forecasters warning that the air \
             could turn “hazardous” on Friday."
        ),
        Some("forecasters".to_owned())
    );
}

#[test]
fn the_subject_of_a_passive_after_a_quotation_is_who_is_spoken_of() {
    assert_eq!(
        speaker_of(
            "None of the “possibly dozens” of buyers were charged or named Wednesday, Levy \
             said."
        ),
        Some("Levy".to_owned())
    );
    assert_eq!(
        speaker_of("Those “well-connected” clients were not charged, Levy said."),
        Some("Levy".to_owned())
    );
    // Passives that go on to the report still name the speaker.
    assert_eq!(
        speaker_of("“We will win,” Smith was quoted as saying."),
        Some("Smith".to_owned())
    );
    assert_eq!(
        speaker_of("“We will win,” the mayor was reported to have said."),
        Some("the mayor".to_owned())
    );
}

#[test]
fn this_week_or_last_month_between_a_subject_and_its_verb_is_no_speaker() {
    assert_eq!(
        speaker_of("The company this week said it would be “carbon negative” by 2030."),
        Some("The company".to_owned())
    );
    assert_eq!(
        speaker_of("Harbour Energy earlier this month announced a plan to go “carbon negative.”"),
        Some("Harbour Energy".to_owned())
    );
}

#[test]
fn a_name_and_his_or_her_people_speak_as_the_name() {
    assert_eq!(
        speaker_of(
            "The probe found ice near the pole. “We think the ice formed long ago,” Okafor and \
             her team wrote in the journal."
        ),
        Some("Okafor".to_owned())
    );
}

#[test]
fn a_name_after_on_or_in_is_where_the_speaker_speaks_from() {
    assert_eq!(
        speaker_of(
            "Prices rose again. One shopper on Facebook, which is popular there, posted: “Why \
             is bread so dear now?”"
        ),
        Some("One shopper".to_owned())
    );
    assert_eq!(
        speaker_of("Officials in Madrid, who asked not to be named, said the rise was “brief.”"),
        Some("Officials".to_owned())
    );
}

#[test]
fn a_form_in_s_right_after_a_preposition_is_a_plural_noun() {
    assert_eq!(
        scare_quotes(
            "Two people have died during protests in Peru against the “transitional” council \
             that took power last week."
        )
        .len(),
        1
    );
}

#[test]
fn an_envoy_to_a_country_speaks_not_the_country() {
    assert_eq!(
        speaker_of("Peru’s ambassador to Chile said Lima “will respond firmly” if needed."),
        Some("Peru’s ambassador".to_owned())
    );
    assert_eq!(
        speaker_of(
            "Peru’s ambassador to Chile criticised the vote and warned that Lima “will respond \
             firmly.”"
        ),
        Some("Peru’s ambassador".to_owned())
    );
}

#[test]
fn further_opening_a_sentence_is_no_name() {
    let found = quotes(
        "Further repression will provoke the kind of unrest that some have called the \
         “balkanisation” of the city.",
    );
    assert!(
        found
            .iter()
            .all(|(_, speaker, ..)| speaker.as_deref() != Some("Further")),
        "{found:?}"
    );
}

#[test]
fn some_after_a_relative_or_before_an_auxiliary_stands_for_people() {
    assert_eq!(
        speaker_of(
            "A storm, which some are calling an “inland hurricane,” left a million people \
             without power."
        ),
        Some("some".to_owned())
    );
    assert_eq!(
        speaker_of("It may provoke the unrest that some have called the “balkanisation” of it."),
        Some("some".to_owned())
    );
}

#[test]
fn going_on_before_a_mark_reports() {
    assert_eq!(
        speaker_of("Her weight was a topic again. Alley went on, “I couldn’t walk out my door.”"),
        Some("Alley".to_owned())
    );
    // Not going on to do something else.
    assert_eq!(
        reported_speakers("Alley went on to win the title that year."),
        Vec::<String>::new()
    );
}

#[test]
fn a_cue_is_shown_with_the_particle_that_makes_it_report() {
    let cue_of = |body: &str| {
        let (_, d) = run(body);
        d.quotes[0].cue.as_ref().map(|c| c.text.clone())
    };
    assert_eq!(
        cue_of("“Nobody will pay it,” Voss fired back."),
        Some("fired back".to_owned())
    );
    assert_eq!(
        cue_of("Her weight was a topic again. Alley went on, “I couldn’t walk out my door.”"),
        Some("went on".to_owned())
    );
}

#[test]
fn a_kind_of_work_before_capitals_names_a_title() {
    let found = quotes(
        "Comedy “The Harbour Years” and royal drama “The Tower” took the prizes. Ana Ruiz \
         said the comedy prize should have gone to the thriller “Night Watch.”",
    );
    assert!(
        found.iter().all(|(_, speaker, ..)| speaker.is_none()),
        "{found:?}"
    );
}

#[test]
fn an_adverb_opening_a_sentence_is_no_part_of_a_name() {
    for opener in [
        "Soon",
        "Eventually",
        "Unfortunately",
        "Certainly",
        "Clearly",
    ] {
        let body = format!(
            "Ron Dolin started yelling at Page. {opener} Google had more engineers than it could \
             manage. What Page was doing was “completely ridiculous,” he said."
        );
        assert_eq!(speaker_of(&body), Some("Ron Dolin".to_owned()), "{opener}");
    }
    // Names with the same ending stay names.
    assert_eq!(
        speaker_of("Kelly Smith said the plan was “a disaster.”"),
        Some("Kelly Smith".to_owned())
    );
}

#[test]
fn a_time_opening_the_sentence_without_a_comma_is_no_subject() {
    assert_eq!(
        speaker_of(
            "Ambassador Karl Voss will testify on Wednesday. Last week David Holm revealed one \
             of those calls to investigators, saying he recalled it “vividly.”"
        ),
        Some("David Holm".to_owned())
    );
}

#[test]
fn who_after_including_stands_for_the_member_named() {
    assert_eq!(
        speaker_of(
            "Ambassador Karl Voss will testify on Wednesday. His appearance follows the \
             testimony of four officials, including a career Army officer who described the \
             call as “improper.”"
        ),
        Some("a career Army officer".to_owned())
    );
}

#[test]
fn people_familiar_with_or_briefed_on_a_matter_speak_not_the_matter() {
    assert_eq!(
        speaker_of("It would be a “skinny” deal, people familiar with the talks said."),
        Some("people familiar with the talks".to_owned())
    );
    assert_eq!(
        speaker_of("A person briefed on the talks said the deal was “skinny.”"),
        Some("A person briefed on the talks".to_owned())
    );
}

#[test]
fn a_phrase_of_informed_people_after_the_verb_runs_through_its_preposition() {
    assert_eq!(
        speaker_of("“It will be a skinny deal,” said a person familiar with the matter."),
        Some("a person familiar with the matter".to_owned())
    );
    assert_eq!(
        speaker_of("“It will be a skinny deal,” said people familiar with the matter."),
        Some("people familiar with the matter".to_owned())
    );
}

#[test]
fn one_capitalised_word_opening_a_sentence_and_described_after_a_comma_is_a_name() {
    assert_no_scare_quotes(
        "The film won the top prize on Sunday. “Nightfall,” the Korean satire about the \
         wealth gap, was the first foreign film to win it.",
    );
    assert_no_scare_quotes(
        "The song topped the charts. “Alone,” which hit No. 1 for three weeks, proved her power.",
    );
    assert_eq!(
        speaker_of("The mayor answered the critics. “Nonsense,” the mayor said."),
        Some("the mayor".to_owned())
    );
}

#[test]
fn what_a_word_means_is_a_word_mentioned() {
    assert_no_scare_quotes("It might help to know the verb oku means “to place”.");
    assert_no_scare_quotes("In Arabic the word jihad means “struggle.”");
}

#[test]
fn a_spokesman_for_a_body_speaks_and_is_he_after() {
    let body = "Jo Grady, the union's leader, said staff were “treated as second-class \
                citizens.” But a spokesman for the employers said its members had cut such \
                contracts. “We have worked with the unions for years,” he said.";
    let found = quotes(body);
    assert_eq!(
        found[1].1.as_deref(),
        Some("a spokesman for the employers"),
        "{found:?}"
    );
    assert!(
        reported_speakers(body).contains(&"a spokesman for the employers".to_owned()),
        "{:?}",
        reported_speakers(body)
    );
}

#[test]
fn a_name_after_about_or_on_before_a_colon_is_a_topic_or_a_place() {
    assert_ne!(
        speaker_of(
            "One reason may be the new concern about Europe: “there are significant downside \
             risks to the outlook.”"
        ),
        Some("Europe".to_owned())
    );
    assert_eq!(
        speaker_of("The storm doesn't surprise forecaster Dana Pell: “We saw it coming.”"),
        Some("Dana Pell".to_owned())
    );
}

#[test]
fn where_the_words_were_said_between_a_subject_and_its_verb_is_no_speaker() {
    assert_eq!(
        speaker_of("Voss in his opening speech called the tolls “robbery” and left."),
        Some("Voss".to_owned())
    );
    assert_eq!(
        speaker_of("Mayor Voss in an interview said the plan was “dead on arrival.”"),
        Some("Mayor Voss".to_owned())
    );
}

#[test]
fn a_title_in_lower_case_before_in_and_a_place_is_the_speaker() {
    assert_eq!(
        speaker_of("The senator in Ohio said the plan was “dead on arrival.”"),
        Some("The senator".to_owned())
    );
}

#[test]
fn a_dateline_opens_the_story_not_its_subject() {
    assert_eq!(
        speaker_of(
            "Lima (AFP) – Senator Ann Ruiz has taken a swipe at the plan, saying that “bombastic \
             comments” do more harm than good."
        ),
        Some("Senator Ann Ruiz".to_owned())
    );
}

#[test]
fn words_before_a_title_after_the_and_a_name_qualify_it() {
    let found = quotes(
        "Ana Ruiz has a word for the plan. The Democratic presidential candidate blasted the \
         plan on Wednesday, calling it “absurd.”",
    );
    assert_eq!(
        found[0].2.as_deref(),
        Some("The Democratic presidential candidate"),
        "{found:?}"
    );
}
