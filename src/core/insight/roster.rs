//! The speaker roster: every speaker of the article's quotes and claims, mentions of one person
//! merged, with counts.
//!
//! Names are grouped automatically by their last capitalised word ("NATO Secretary General Jens
//! Stoltenberg", "Jens Stoltenberg" and "Stoltenberg" are one speaker) unless two names with
//! that last word have different first names ("Hillary Clinton", "Bill Clinton"); a bare
//! "Clinton" then joins the one quoted most. Lower-case names ("the spokesman", "he") stay on
//! their own. The reader's [`Aliases`] override this: a name mapped to another joins that
//! name's speaker, a name mapped to itself is kept apart.

use std::collections::{BTreeMap, HashMap};

use crate::core::annotation::{Annotation, Kind, QuoteType};
use crate::core::detect::is_title_word;
use crate::core::order;

/// The reader's merges and splits: name → the name whose speaker it belongs to (itself: kept
/// apart from automatic merging).
pub type Aliases = BTreeMap<String, String>;

/// One speaker with what the article gives them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SpeakerRow {
    /// The fullest capitalised form among the names merged.
    pub name: String,
    /// Every name merged into this speaker, as written in the annotations, sorted.
    pub names: Vec<String>,
    pub quotes: usize,
    /// Words inside this speaker's quotes.
    pub words: usize,
    pub direct: usize,
    pub partial: usize,
    pub indirect: usize,
    /// Claims attributed to this speaker.
    pub claims: usize,
}

/// Speakers, most words quoted first (then most quotes and claims, then by name).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Roster {
    pub speakers: Vec<SpeakerRow>,
}

impl Roster {
    pub fn total_words(&self) -> usize {
        self.speakers.iter().map(|s| s.words).sum()
    }

    /// The speaker a name belongs to.
    pub fn speaker_of(&self, name: &str) -> Option<&SpeakerRow> {
        let name = normalise(name);
        self.speakers.iter().find(|s| s.names.contains(&name))
    }
}

/// Trimmed, inner white space collapsed, a possessive `'s` dropped.
pub fn normalise(name: &str) -> String {
    let flat = name.split_whitespace().collect::<Vec<_>>().join(" ");
    flat.strip_suffix("'s")
        .or_else(|| flat.strip_suffix("’s"))
        .unwrap_or(&flat)
        .to_owned()
}

/// Words in a quote: runs of letters and digits.
pub fn word_count(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The roster of `annotations`' quotes and claims.
pub fn roster<'a>(annotations: impl Iterator<Item = &'a Annotation>, aliases: &Aliases) -> Roster {
    let mut counts: BTreeMap<String, SpeakerRow> = BTreeMap::new();
    for a in annotations.filter(|a| matches!(a.kind, Kind::Quote | Kind::Claim)) {
        let Some(name) = a
            .speaker
            .as_deref()
            .map(normalise)
            .filter(|n| !n.is_empty())
        else {
            continue;
        };
        let row = counts.entry(name.clone()).or_insert_with(|| SpeakerRow {
            name: name.clone(),
            names: vec![name],
            ..SpeakerRow::default()
        });
        if a.kind == Kind::Claim {
            row.claims += 1;
            continue;
        }
        row.quotes += 1;
        row.words += word_count(&a.exact);
        match a.quote_type.unwrap_or(QuoteType::Direct) {
            QuoteType::Direct => row.direct += 1,
            QuoteType::Partial => row.partial += 1,
            QuoteType::Indirect => row.indirect += 1,
        }
    }
    let groups = group(&counts, aliases);
    let mut merged: BTreeMap<usize, SpeakerRow> = BTreeMap::new();
    for (name, row) in counts {
        let group = groups[&name];
        let into = merged.entry(group).or_default();
        into.names.extend(row.names);
        into.quotes += row.quotes;
        into.words += row.words;
        into.direct += row.direct;
        into.partial += row.partial;
        into.indirect += row.indirect;
        into.claims += row.claims;
    }
    let mut speakers: Vec<SpeakerRow> = merged
        .into_values()
        .map(|mut row| {
            order::sort_by(&mut row.names, |a, b| a.cmp(b));
            row.name = display_name(&row.names);
            row
        })
        .collect();
    order::sort_by(&mut speakers, |a, b| {
        (b.words, b.quotes, b.claims)
            .cmp(&(a.words, a.quotes, a.claims))
            .then_with(|| a.name.cmp(&b.name))
    });
    Roster { speakers }
}

/// The name to show for a group: capitalised names before lower-case ones, then the longest.
fn display_name(names: &[String]) -> String {
    names
        .iter()
        .max_by_key(|n| {
            (
                starts_capitalised(n),
                n.chars().count(),
                std::cmp::Reverse((*n).clone()),
            )
        })
        .cloned()
        .unwrap_or_default()
}

fn starts_capitalised(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// The last capitalised word (lower-cased) and the capitalised non-title word before it.
fn surname_and_first(name: &str) -> Option<(String, Option<String>)> {
    let words: Vec<&str> = name.split(' ').collect();
    let last = words.iter().rposition(|w| starts_capitalised(w))?;
    if last + 1 != words.len() {
        return None; // "Smith of the council": not a plain name
    }
    let first = last
        .checked_sub(1)
        .map(|i| words[i])
        .filter(|w| starts_capitalised(w) && !is_title_word(&w.to_lowercase()));
    Some((words[last].to_lowercase(), first.map(str::to_lowercase)))
}

/// Assigns every name a group number.
fn group(counts: &BTreeMap<String, SpeakerRow>, aliases: &Aliases) -> HashMap<String, usize> {
    let mut groups: HashMap<String, usize> = HashMap::new();
    let mut keys: HashMap<(String, Option<String>), usize> = HashMap::new();
    let mut next = 0;
    let mut new_group = || {
        next += 1;
        next - 1
    };
    // Full names first, so bare surnames can join them.
    let mut named: Vec<(&String, String, Option<String>)> = counts
        .keys()
        .filter(|n| !aliases.contains_key(*n))
        .filter_map(|n| surname_and_first(n).map(|(s, f)| (n, s, f)))
        .collect();
    order::sort_by_key(&mut named, |(_, _, first)| first.is_none());
    for (name, surname, first) in &named {
        let group = match first {
            Some(_) => *keys
                .entry((surname.clone(), first.clone()))
                .or_insert_with(&mut new_group),
            None => {
                // A bare surname joins the most quoted full name with it, if any.
                let candidates = keys.iter().filter(|((s, _), _)| s == surname);
                let best = candidates.max_by_key(|(_, g)| {
                    let quoted: usize = groups
                        .iter()
                        .filter(|(_, gg)| *gg == *g)
                        .map(|(n, _)| counts[n].quotes + counts[n].claims)
                        .sum();
                    (quoted, std::cmp::Reverse(**g))
                });
                match best {
                    Some((_, g)) => *g,
                    None => *keys
                        .entry((surname.clone(), None))
                        .or_insert_with(&mut new_group),
                }
            }
        };
        groups.insert((*name).clone(), group);
    }
    for name in counts.keys() {
        if !groups.contains_key(name) && !aliases.contains_key(name) {
            groups.insert(name.clone(), new_group());
        }
    }
    // The reader's merges and splits. A merge may point at a name that is itself merged
    // elsewhere, so they are settled in rounds; whatever is left (a cycle, or a name no longer
    // in the article) is a speaker of its own.
    let mut unsettled: Vec<&String> = counts.keys().filter(|n| aliases.contains_key(*n)).collect();
    for _ in 0..=unsettled.len() {
        unsettled.retain(|name| {
            let target = &aliases[*name];
            let group = if target == *name {
                Some(new_group())
            } else {
                groups.get(target).copied()
            };
            if let Some(group) = group {
                groups.insert((*name).clone(), group);
            }
            group.is_none()
        });
    }
    for name in unsettled {
        groups.insert(name.clone(), new_group());
    }
    groups
}
