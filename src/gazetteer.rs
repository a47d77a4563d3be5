//! Gazetteers: entity lists in TSV, compiled into an Aho-Corasick matcher over folded text.
//!
//! Format (UTF-8, tab-separated, `#` comments, a header first):
//! `id  type  name  aliases  wikidata  roles  [gender]` — `type` is `PER`, `LOC` or `ORG`;
//! `aliases` and `roles` are `|`-separated. Roles are descriptions (`président russe`)
//! that attribution resolves to the entity.
//!
//! Matching runs on the [`Folded`] view of a text (case and accents ignored) and
//! maps back to original byte offsets. A match must start and end on word
//! boundaries; an alias written with a capital needs a capital in the text, and
//! an all-caps acronym (`ONU`, `RPDC`) needs all caps.

use rustc_hash::FxHashMap as HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::fold::{fold_key, Folded};
use crate::lang::Gender;

/// The type of an entity: person, place or organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum EntityType {
    /// A person.
    #[serde(rename = "PER")]
    Per,
    /// A place (country, city, region, geographic feature).
    #[serde(rename = "LOC")]
    Loc,
    /// An organization (institution, party, company, media…).
    #[serde(rename = "ORG")]
    Org,
}

impl EntityType {
    /// Parses `PER`, `LOC` or `ORG`.
    pub fn parse(s: &str) -> Option<EntityType> {
        match s.trim() {
            "PER" => Some(EntityType::Per),
            "LOC" => Some(EntityType::Loc),
            "ORG" => Some(EntityType::Org),
            _ => None,
        }
    }

    /// The record spelling: `PER`, `LOC`, `ORG`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Loc => "LOC",
            EntityType::Org => "ORG",
        }
    }
}

/// One gazetteer entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Stable id, unique within the gazetteer.
    pub id: String,
    /// Entity type.
    pub etype: EntityType,
    /// Canonical name.
    pub name: String,
    /// Other surface forms.
    pub aliases: Vec<String>,
    /// Wikidata Q-id, when known.
    pub wikidata: Option<String>,
    /// Descriptions that designate this entity (`chef de l'État russe`).
    pub roles: Vec<String>,
    /// Gender, for persons.
    pub gender: Gender,
}

/// A list of entries, parsed from one or more TSV sources.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
}

/// The default gazetteer's TSV files, embedded in the binary.
const DEFAULT_SOURCES: &[(&str, &str)] = &[
    ("gazetteers/default/people.tsv", include_str!("../gazetteers/default/people.tsv")),
    ("gazetteers/default/orgs.tsv", include_str!("../gazetteers/default/orgs.tsv")),
    ("gazetteers/default/places.tsv", include_str!("../gazetteers/default/places.tsv")),
];

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// The embedded default gazetteer (widely known entities of the world).
    pub fn embedded_default() -> Result<Gazetteer> {
        let mut g = Gazetteer::new();
        for (name, text) in DEFAULT_SOURCES {
            g.add_tsv(text, name)?;
        }
        Ok(g)
    }

    /// Parses TSV `text` (named `origin` in errors) and adds its entries; an id already
    /// present is an error naming both places.
    pub fn add_tsv(&mut self, text: &str, origin: &str) -> Result<()> {
        let mut header: Option<HashMap<String, usize>> = None;
        let mut ids: HashMap<String, usize> = self.entries.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        for (i, raw) in text.lines().enumerate() {
            let n = i + 1;
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let Some(h) = &header else {
                let map: HashMap<String, usize> =
                    cols.iter().enumerate().map(|(i, c)| (c.trim().to_ascii_lowercase(), i)).collect();
                for need in ["id", "type", "name"] {
                    if !map.contains_key(need) {
                        return Err(Error::data(origin, n, format!("header lacks the `{need}` column")));
                    }
                }
                header = Some(map);
                continue;
            };
            let get = |c: &str| h.get(c).and_then(|&i| cols.get(i)).map(|s| s.trim()).unwrap_or("");
            let id = get("id");
            if id.is_empty() {
                return Err(Error::data(origin, n, "empty id"));
            }
            let etype = EntityType::parse(get("type")).ok_or_else(|| {
                Error::data(origin, n, format!("type must be PER, LOC or ORG, found `{}`", get("type")))
            })?;
            let name = get("name");
            if name.is_empty() {
                return Err(Error::data(origin, n, "empty name"));
            }
            if ids.contains_key(id) {
                return Err(Error::data(origin, n, format!("duplicate id `{id}`")));
            }
            let list = |c: &str| -> Vec<String> {
                get(c).split('|').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
            };
            let wikidata = get("wikidata");
            if !(wikidata.is_empty() || wikidata.starts_with('Q') && wikidata[1..].bytes().all(|b| b.is_ascii_digit()))
            {
                return Err(Error::data(origin, n, format!("wikidata must look like Q123, found `{wikidata}`")));
            }
            ids.insert(id.to_string(), self.entries.len());
            self.entries.push(Entry {
                id: id.to_string(),
                etype,
                name: name.to_string(),
                aliases: list("aliases"),
                wikidata: (!wikidata.is_empty()).then(|| wikidata.to_string()),
                roles: list("roles"),
                gender: Gender::parse(get("gender")),
            });
        }
        if header.is_none() && !text.trim().is_empty() {
            return Err(Error::data(origin, 1, "no header line"));
        }
        Ok(())
    }

    /// The entries, in source order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Compiles the entries into a matcher.
    pub fn compile(self) -> Result<Matcher> {
        Matcher::build(self.entries)
    }
}

/// How the case of the text must agree with a pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CaseRule {
    /// Any case (alias written in lower case: `mer Noire`).
    Any,
    /// The first letter must be upper case.
    Initial,
    /// Every letter must be upper case (acronyms).
    AllCaps,
}

#[derive(Debug, Clone, Copy)]
struct Pattern {
    entry: u32,
    case: CaseRule,
}

/// A gazetteer match: which entry, where in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GazMatch {
    /// Index of the entry in [`Matcher::entries`].
    pub entry: usize,
    /// Start byte offset in the original text.
    pub start: usize,
    /// End byte offset in the original text.
    pub end: usize,
}

/// A compiled gazetteer: name automaton, role automaton and the entries.
#[derive(Debug)]
pub struct Matcher {
    entries: Vec<Entry>,
    names: AhoCorasick,
    patterns: Vec<Pattern>,
    roles: HashMap<String, Vec<u32>>,
    max_role_words: usize,
}

fn case_rule(alias: &str) -> CaseRule {
    let mut letters = alias.chars().filter(|c| c.is_alphabetic());
    let Some(first) = alias.chars().find(|c| c.is_alphanumeric()) else { return CaseRule::Any };
    if !first.is_uppercase() {
        return CaseRule::Any;
    }
    let n = alias.chars().filter(|c| c.is_alphabetic()).count();
    if n >= 2 && letters.all(|c| c.is_uppercase()) {
        CaseRule::AllCaps
    } else {
        CaseRule::Initial
    }
}

/// Whether a char continues a word (letters and digits).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `start..end` of `text` sits on word boundaries (a hyphen joined to a
/// letter counts as inside a word: `Jean-Pierre` does not contain `Pierre`).
pub fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let mut before = text[..start].chars().rev();
    match before.next() {
        Some(c) if is_word_char(c) => return false,
        Some('-') if before.next().is_some_and(is_word_char) => return false,
        _ => {}
    }
    let mut after = text[end..].chars();
    match after.next() {
        Some(c) if is_word_char(c) => return false,
        Some('-') if after.next().is_some_and(is_word_char) => return false,
        _ => {}
    }
    true
}

fn case_ok(surface: &str, rule: CaseRule) -> bool {
    match rule {
        CaseRule::Any => true,
        CaseRule::Initial => {
            surface.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_numeric())
        }
        CaseRule::AllCaps => surface.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase()),
    }
}

impl Matcher {
    fn build(entries: Vec<Entry>) -> Result<Matcher> {
        let mut keys: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut seen: HashMap<(String, u8), usize> = HashMap::default();
        let mut roles: HashMap<String, Vec<u32>> = HashMap::default();
        let mut max_role_words = 1;
        for (i, e) in entries.iter().enumerate() {
            for alias in std::iter::once(&e.name).chain(e.aliases.iter()) {
                let key = fold_key(alias);
                if key.is_empty() {
                    continue;
                }
                let case = case_rule(alias);
                // One pattern per (key, case); the first entry listed wins an ambiguous alias.
                let tag = case as u8;
                if seen.contains_key(&(key.clone(), tag)) {
                    continue;
                }
                seen.insert((key.clone(), tag), patterns.len());
                keys.push(key);
                patterns.push(Pattern { entry: i as u32, case });
            }
            for role in &e.roles {
                let key = fold_key(role);
                if key.is_empty() {
                    continue;
                }
                max_role_words = max_role_words.max(key.split(' ').count());
                let v = roles.entry(key).or_default();
                if !v.contains(&(i as u32)) {
                    v.push(i as u32);
                }
            }
        }
        let names = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&keys)
            .map_err(|e| Error::data("gazetteer", 0, format!("cannot build the name automaton: {e}")))?;
        Ok(Matcher { entries, names, patterns, roles, max_role_words })
    }

    /// The entries, indexed by [`GazMatch::entry`].
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Number of name patterns in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// All leftmost-longest, non-overlapping name matches in `text` (with its folded view).
    pub fn find(&self, text: &str, folded: &Folded) -> Vec<GazMatch> {
        let mut cands: Vec<GazMatch> = Vec::new();
        for m in self.names.find_overlapping_iter(folded.text.as_str()) {
            let p = self.patterns[m.pattern().as_usize()];
            let (s, e) = folded.orig_range(m.start(), m.end());
            if s >= e || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            if !on_word_boundaries(text, s, e) || !case_ok(&text[s..e], p.case) {
                continue;
            }
            cands.push(GazMatch { entry: p.entry as usize, start: s, end: e });
        }
        // Leftmost first, longest first at the same start; then drop overlaps.
        cands.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut out: Vec<GazMatch> = Vec::with_capacity(cands.len());
        for c in cands {
            if out.last().is_some_and(|l| c.start < l.end) {
                continue;
            }
            out.push(c);
        }
        out
    }

    /// Entries holding the role described by folded, space-normalized `key` (`president russe`).
    pub fn role_holders(&self, key: &str) -> &[u32] {
        self.roles.get(key).map(|v| v.as_slice()).unwrap_or(&[])
    }

    /// Longest role description in words.
    pub fn max_role_words(&self) -> usize {
        self.max_role_words
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TSV: &str = "id\ttype\tname\taliases\twikidata\troles\tgender\n\
        per_putin\tPER\tVladimir Poutine\tPoutine|Putin\tQ7747\tprésident russe|chef de l'État russe\tm\n\
        loc_ukraine\tLOC\tUkraine\t\tQ212\t\t\n\
        org_onu\tORG\tOrganisation des Nations unies\tONU|Nations unies\tQ1065\t\t\n\
        loc_cn\tLOC\tCorée du Nord\tRPDC\tQ423\t\t\n";

    fn matches(text: &str) -> Vec<(String, &'static str)> {
        let mut g = Gazetteer::new();
        g.add_tsv(TSV, "test.tsv").unwrap();
        let m = g.compile().unwrap();
        let f = Folded::new(text);
        m.find(text, &f)
            .into_iter()
            .map(|x| (text[x.start..x.end].to_string(), if x.entry == 0 { "putin" } else { "other" }))
            .collect()
    }

    #[test]
    fn elision_and_typographic_apostrophe() {
        let m = matches("Il soutient l'Ukraine et l’Ukraine.");
        assert_eq!(m.len(), 2);
        assert_eq!(m[1].0, "Ukraine");
    }

    #[test]
    fn longest_match_wins() {
        let m = matches("Vladimir Poutine a parlé.");
        assert_eq!(m, vec![("Vladimir Poutine".to_string(), "putin")]);
    }

    #[test]
    fn word_boundaries_and_hyphens() {
        assert!(matches("Ukrainien").is_empty());
        assert!(matches("Jean-Poutine").is_empty());
    }

    #[test]
    fn acronyms_need_capitals_and_names_need_initials() {
        assert!(matches("une onu").is_empty());
        assert_eq!(matches("à l'ONU").len(), 1);
        assert!(matches("ukraine").is_empty());
        assert_eq!(matches("UKRAINE").len(), 1);
    }

    #[test]
    fn accents_fold() {
        assert_eq!(matches("la coree du nord").len(), 0);
        assert_eq!(matches("la Coree du Nord et la COREE DU NORD").len(), 2);
    }

    #[test]
    fn bad_type_names_line() {
        let mut g = Gazetteer::new();
        let err = g.add_tsv("id\ttype\tname\nx\tFOO\tBar\n", "bad.tsv").unwrap_err();
        assert_eq!(err.location(), Some(("bad.tsv", 2)));
        assert!(err.to_string().contains("PER, LOC or ORG"));
    }

    #[test]
    fn roles_resolve() {
        let mut g = Gazetteer::new();
        g.add_tsv(TSV, "t").unwrap();
        let m = g.compile().unwrap();
        assert_eq!(m.role_holders(&fold_key("chef de l’État russe")), &[0]);
    }
}
