//! Gazetteers: entity lists in TSV, compiled into a matcher over folded text.
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
//!
//! Two backends give the same matches: an Aho-Corasick automaton (small lists, such as the
//! embedded default) and a trie searched only where a name can start (word starts; capitalized
//! names only at capitalized words), which stays fast with millions of names and can be saved
//! in the compiled format of [`compiled`] and loaded in a fraction of a second. [`import`]
//! builds TSV gazetteers from Wikidata and GeoNames dumps.

use std::collections::hash_map::Entry as MapEntry;

use rustc_hash::FxHashMap as HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Serialize;

pub mod compiled;
pub mod import;
mod trie;

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
    ("gazetteers/default/people.tsv", include_str!("../../gazetteers/default/people.tsv")),
    ("gazetteers/default/orgs.tsv", include_str!("../../gazetteers/default/orgs.tsv")),
    ("gazetteers/default/places.tsv", include_str!("../../gazetteers/default/places.tsv")),
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

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Compiles the entries into a matcher, choosing the backend by size ([`Backend::Auto`]).
    pub fn compile(self) -> Result<Matcher> {
        self.compile_with(Backend::Auto)
    }

    /// Compiles the entries into a matcher with the given backend (both give the same matches).
    pub fn compile_with(self, backend: Backend) -> Result<Matcher> {
        Matcher::build(self.entries, backend)
    }
}

/// How the case of the text must agree with a pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CaseRule {
    /// Any case (alias written in lower case: `mer Noire`).
    Any,
    /// The first letter must be upper case.
    Initial,
    /// Every letter must be upper case (acronyms).
    AllCaps,
}

impl CaseRule {
    fn code(self) -> u8 {
        match self {
            CaseRule::Any => 0,
            CaseRule::Initial => 1,
            CaseRule::AllCaps => 2,
        }
    }

    fn from_code(c: u8) -> Option<CaseRule> {
        match c {
            0 => Some(CaseRule::Any),
            1 => Some(CaseRule::Initial),
            2 => Some(CaseRule::AllCaps),
            _ => None,
        }
    }
}

/// One name pattern: the entry it names and the case the text must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pattern {
    pub(crate) entry: u32,
    pub(crate) case: CaseRule,
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

/// Which name index a [`Gazetteer`] compiles to; both find the same matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Backend {
    /// Aho-Corasick up to [`Backend::AUTO_TRIE_PATTERNS`] patterns, the trie above.
    #[default]
    Auto,
    /// An Aho-Corasick automaton over the whole folded text (fast to build, for small lists).
    AhoCorasick,
    /// A trie searched at word starts only (for large lists; the compiled format uses it).
    Trie,
}

impl Backend {
    /// Above this many name patterns, [`Backend::Auto`] picks the trie.
    pub const AUTO_TRIE_PATTERNS: usize = 100_000;
}

/// The name index of one layer.
#[derive(Debug)]
enum Index {
    Aho { ac: AhoCorasick, patterns: Vec<Pattern> },
    Trie(Box<trie::TrieIndex>),
}

/// One gazetteer compiled on its own: its index, where its entries start in the matcher's list,
/// and, when some of its entries were merged into earlier ones (same Wikidata id), the map.
#[derive(Debug)]
struct Layer {
    index: Index,
    base: u32,
    remap: Vec<u32>,
}

impl Layer {
    fn entry(&self, local: u32) -> usize {
        match self.remap.get(local as usize) {
            Some(&g) => g as usize,
            None => (self.base + local) as usize,
        }
    }
}

/// A compiled gazetteer: name index (one layer per compiled source), roles and entries.
///
/// Layers are searched together; when two layers match the same span, the earlier layer wins
/// (as the first listed entry wins within one gazetteer).
#[derive(Debug)]
pub struct Matcher {
    entries: Vec<Entry>,
    layers: Vec<Layer>,
    roles: HashMap<String, Vec<u32>>,
    max_role_words: usize,
    pattern_count: usize,
}

pub(crate) fn case_rule(alias: &str) -> CaseRule {
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

/// Checks a candidate (folded range `fs..fe`, pattern case) against the original text; the
/// original byte range when it is a valid match.
fn accept(text: &str, folded: &Folded, fs: usize, fe: usize, case: CaseRule) -> Option<(usize, usize)> {
    let (s, e) = folded.orig_range(fs, fe);
    if s >= e || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
        return None;
    }
    (on_word_boundaries(text, s, e) && case_ok(&text[s..e], case)).then_some((s, e))
}

/// The folded keys and patterns of `entries` (one pattern per folded key and case rule; the
/// first entry listed wins an ambiguous alias), the roles, and the longest role in words.
type Compiled = (Vec<String>, Vec<Pattern>, HashMap<String, Vec<u32>>, usize);

fn collect_patterns(entries: &[Entry]) -> Compiled {
    let mut keys: Vec<String> = Vec::new();
    let mut patterns: Vec<Pattern> = Vec::new();
    let mut seen: HashMap<(String, u8), ()> = HashMap::default();
    let mut roles: HashMap<String, Vec<u32>> = HashMap::default();
    let mut max_role_words = 1;
    for (i, e) in entries.iter().enumerate() {
        for alias in std::iter::once(&e.name).chain(e.aliases.iter()) {
            let key = fold_key(alias);
            if key.is_empty() {
                continue;
            }
            let case = case_rule(alias);
            match seen.entry((key, case.code())) {
                MapEntry::Occupied(_) => continue,
                MapEntry::Vacant(v) => {
                    keys.push(v.key().0.clone());
                    v.insert(());
                }
            }
            patterns.push(Pattern { entry: i as u32, case });
        }
        add_roles(&mut roles, &mut max_role_words, i as u32, e);
    }
    (keys, patterns, roles, max_role_words)
}

fn add_roles(roles: &mut HashMap<String, Vec<u32>>, max_role_words: &mut usize, i: u32, e: &Entry) {
    for role in &e.roles {
        let key = fold_key(role);
        if key.is_empty() {
            continue;
        }
        *max_role_words = (*max_role_words).max(key.split(' ').count());
        let v = roles.entry(key).or_default();
        if !v.contains(&i) {
            v.push(i);
        }
    }
}

impl Matcher {
    fn build(entries: Vec<Entry>, backend: Backend) -> Result<Matcher> {
        let (keys, patterns, roles, max_role_words) = collect_patterns(&entries);
        let pattern_count = patterns.len();
        let use_trie = match backend {
            Backend::Auto => pattern_count > Backend::AUTO_TRIE_PATTERNS,
            Backend::AhoCorasick => false,
            Backend::Trie => true,
        };
        let index = if use_trie {
            Index::Trie(Box::new(trie::TrieIndex::build(&keys, patterns)?))
        } else {
            let ac = AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(&keys)
                .map_err(|e| Error::data("gazetteer", 0, format!("cannot build the name automaton: {e}")))?;
            Index::Aho { ac, patterns }
        };
        Ok(Matcher {
            entries,
            layers: vec![Layer { index, base: 0, remap: Vec::new() }],
            roles,
            max_role_words,
            pattern_count,
        })
    }

    /// A matcher over one compiled gazetteer alone.
    pub fn from_compiled(c: compiled::CompiledGazetteer) -> Result<Matcher> {
        let empty = Matcher {
            entries: Vec::new(),
            layers: Vec::new(),
            roles: HashMap::default(),
            max_role_words: 1,
            pattern_count: 0,
        };
        empty.with_compiled(c)
    }

    /// Adds a compiled gazetteer as a new layer after the present ones. Its entries are
    /// appended to [`Matcher::entries`]; an entry with the Wikidata id of an earlier entry
    /// is merged into it (its names find the earlier entry); an id already present is an error.
    pub fn with_compiled(mut self, c: compiled::CompiledGazetteer) -> Result<Matcher> {
        let compiled::CompiledGazetteer { origin, entries, index } = c;
        let (old, n) = (self.entries.len(), entries.len());
        if old + n > u32::MAX as usize {
            return Err(Error::data(&origin, 0, "too many entries in all gazetteers together"));
        }
        // Ids must stay unique.
        if old > 0 {
            let ids: HashMap<&str, ()> = self.entries.iter().map(|e| (e.id.as_str(), ())).collect();
            if let Some(e) = entries.iter().find(|e| ids.contains_key(e.id.as_str())) {
                return Err(Error::data(
                    &origin,
                    0,
                    format!("id `{}` is already defined by an earlier gazetteer", e.id),
                ));
            }
        }
        // A large list goes first in `entries` (moved, not copied) and the earlier entries after
        // it; layer order, which decides ties, does not change.
        let big_first = n > old;
        let (shift, base) = if big_first { (n, 0) } else { (0, old) };
        // Wikidata ids of earlier entries absorb the new entries that share them.
        let wd: HashMap<&str, u32> = self
            .entries
            .iter()
            .enumerate()
            .rev()
            .filter_map(|(i, e)| Some((e.wikidata.as_deref()?, (i + shift) as u32)))
            .collect();
        let mut remap: Vec<u32> = Vec::new();
        if !wd.is_empty() {
            let map: Vec<u32> = entries
                .iter()
                .enumerate()
                .map(|(i, e)| e.wikidata.as_deref().and_then(|q| wd.get(q)).copied().unwrap_or((base + i) as u32))
                .collect();
            if map.iter().enumerate().any(|(i, &g)| g as usize != base + i) {
                remap = map;
            }
        }
        drop(wd);
        if big_first && old > 0 {
            for layer in &mut self.layers {
                layer.base += n as u32;
                for g in &mut layer.remap {
                    *g += n as u32;
                }
            }
            for v in self.roles.values_mut() {
                for g in v {
                    *g += n as u32;
                }
            }
        }
        for (i, e) in entries.iter().enumerate() {
            let g = remap.get(i).copied().unwrap_or((base + i) as u32);
            add_roles(&mut self.roles, &mut self.max_role_words, g, e);
        }
        self.pattern_count += index.pattern_count();
        if big_first {
            let earlier = std::mem::replace(&mut self.entries, entries);
            self.entries.extend(earlier);
        } else {
            self.entries.extend(entries);
        }
        self.layers.push(Layer { index: Index::Trie(Box::new(index)), base: base as u32, remap });
        Ok(self)
    }

    /// The entries, indexed by [`GazMatch::entry`].
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Number of name patterns in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.pattern_count
    }

    /// All leftmost-longest, non-overlapping name matches in `text` (with its folded view).
    pub fn find(&self, text: &str, folded: &Folded) -> Vec<GazMatch> {
        // (match, layer): at the same span, the earlier layer wins.
        let mut cands: Vec<(GazMatch, usize)> = Vec::new();
        let mut tries: Vec<(usize, &Layer, &trie::TrieIndex)> = Vec::new();
        for (li, layer) in self.layers.iter().enumerate() {
            match &layer.index {
                Index::Aho { ac, patterns } => {
                    for m in ac.find_overlapping_iter(folded.text.as_str()) {
                        let p = patterns[m.pattern().as_usize()];
                        if let Some((s, e)) = accept(text, folded, m.start(), m.end(), p.case) {
                            cands.push((GazMatch { entry: layer.entry(p.entry), start: s, end: e }, li));
                        }
                    }
                }
                Index::Trie(t) => tries.push((li, layer, t)),
            }
        }
        if !tries.is_empty() {
            let any_nonword = tries.iter().any(|(_, _, t)| t.starts_with_nonword());
            let mut scratch = trie::Scratch::default();
            trie::scan_starts(text, folded, any_nonword, |i, upper| {
                for &(li, layer, t) in &tries {
                    if let Some((s, e, entry)) = t.longest_at(text, folded, i, upper, &mut scratch) {
                        cands.push((GazMatch { entry: layer.entry(entry), start: s, end: e }, li));
                    }
                }
            });
        }
        // Leftmost first, longest first at the same start, earlier layer first; then drop overlaps.
        cands.sort_by(|(a, la), (b, lb)| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(la.cmp(lb)));
        let mut out: Vec<GazMatch> = Vec::with_capacity(cands.len());
        for (c, _) in cands {
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

    /// Matches of the test gazetteer, checked to agree between the two backends.
    fn matches(text: &str) -> Vec<(String, &'static str)> {
        let f = Folded::new(text);
        let mut out = Vec::new();
        for backend in [Backend::AhoCorasick, Backend::Trie] {
            let mut g = Gazetteer::new();
            g.add_tsv(TSV, "test.tsv").unwrap();
            let m = g.compile_with(backend).unwrap();
            out.push(m.find(text, &f));
        }
        assert_eq!(out[0], out[1], "backends disagree on {text:?}");
        out[0]
            .iter()
            .map(|x| (text[x.start..x.end].to_string(), if x.entry == 0 { "putin" } else { "other" }))
            .collect()
    }

    /// Texts with the hard cases of matching: elisions, hyphens, case, accents, ligatures,
    /// typographic marks, decomposed accents, digits, names inside names.
    const HARD_TEXTS: &[&str] = &[
        "Vladimir Poutine et l'ONU, l’Ukraine, la Corée du Nord (RPDC) et les Nations unies.",
        "VLADIMIR POUTINE À L'ONU ; ukraine, onu, Onu, Ukrainien, Jean-Poutine, Poutine-Medvedev.",
        "Le chef de l'État russe — « Poutine » — a rencontré M. Macron à Paris, puis à Berlin et à Washington.",
        "Les États-Unis, la France, l'Union européenne, l’OTAN et l'Organisation des Nations unies (ONU).",
        "Core\u{301}e du Nord, CORÉE DU NORD, corée du nord, Corée-du-Nord, Corée du Nord-Est.",
        "Œuvre à Bruxelles ; Xi Jinping à Pékin ; 2024 ; G7 et G20 ; l'Élysée, Matignon, Bercy.",
        "Kim Jong Un, Kim Jong-un, KIM, Kim, Donald Trump, Trump, trump, Emmanuel Macron-Dupont",
        "\u{a0}Moscou\u{202f}: Kiev/Kyiv, Téhéran, Israël, Gaza, Cisjordanie, Hamas, Hezbollah",
    ];

    #[test]
    fn backends_agree_on_the_default_gazetteer() {
        let ac = Gazetteer::embedded_default().unwrap().compile_with(Backend::AhoCorasick).unwrap();
        let tr = Gazetteer::embedded_default().unwrap().compile_with(Backend::Trie).unwrap();
        assert_eq!(ac.pattern_count(), tr.pattern_count());
        let seed = include_str!("../../tests/fr_seed_alahed.txt");
        let mut n = 0;
        for text in HARD_TEXTS.iter().copied().chain([seed]) {
            let f = Folded::new(text);
            let (a, t) = (ac.find(text, &f), tr.find(text, &f));
            assert_eq!(a, t, "backends disagree on {text:?}");
            n += a.len();
        }
        assert!(n > 40, "too few matches ({n}) to compare the backends");
    }

    #[test]
    fn compiled_layers_merge_by_wikidata_and_lose_ties() {
        let extra = "id\ttype\tname\taliases\twikidata\n\
            wd_Q7747\tPER\tVladimir Vladimirovitch Poutine\tPoutine\tQ7747\n\
            wd_Q2\tLOC\tDonetsk\t\tQ2\n";
        let mut g = Gazetteer::new();
        g.add_tsv(extra, "extra.tsv").unwrap();
        let mut bytes = Vec::new();
        compiled::write_compiled(&g, &mut bytes).unwrap();
        let c = compiled::CompiledGazetteer::from_bytes(&bytes, "extra.vgaz").unwrap();
        let mut base = Gazetteer::new();
        base.add_tsv(TSV, "test.tsv").unwrap();
        let m = base.compile().unwrap().with_compiled(c).unwrap();
        let text = "Vladimir Vladimirovitch Poutine et Poutine à Donetsk.";
        let found: Vec<(&str, &str)> = m
            .find(text, &Folded::new(text))
            .iter()
            .map(|x| (&text[x.start..x.end], m.entries()[x.entry].id.as_str()))
            .collect();
        assert_eq!(
            found,
            vec![("Vladimir Vladimirovitch Poutine", "per_putin"), ("Poutine", "per_putin"), ("Donetsk", "wd_Q2")]
        );
        assert_eq!(m.entries().len(), 6);
    }

    #[test]
    fn a_larger_compiled_layer_keeps_indices_and_roles_right() {
        // More entries than the base: the compiled list goes first in `entries`.
        let extra = "id\ttype\tname\taliases\twikidata\troles\n\
            a1\tLOC\tAlfa\t\t\t\n\
            a2\tLOC\tBravo\t\t\t\n\
            a3\tLOC\tCharlie\t\t\t\n\
            a4\tORG\tDelta Corp\t\t\tpatron de delta\n\
            a5\tPER\tV. V. Poutine\t\tQ7747\tmaitre du kremlin\n";
        let mut g = Gazetteer::new();
        g.add_tsv(extra, "extra.tsv").unwrap();
        let mut bytes = Vec::new();
        compiled::write_compiled(&g, &mut bytes).unwrap();
        let c = compiled::CompiledGazetteer::from_bytes(&bytes, "extra.vgaz").unwrap();
        let mut base = Gazetteer::new();
        base.add_tsv(TSV, "test.tsv").unwrap();
        let m = base.compile().unwrap().with_compiled(c).unwrap();
        let text = "Alfa, Delta Corp, V. V. Poutine, Ukraine et le président russe.";
        let ids: Vec<&str> =
            m.find(text, &Folded::new(text)).iter().map(|x| m.entries()[x.entry].id.as_str()).collect();
        assert_eq!(ids, ["a1", "a4", "per_putin", "loc_ukraine"]);
        let holder = |role: &str| -> Vec<&str> {
            m.role_holders(&fold_key(role)).iter().map(|&i| m.entries()[i as usize].id.as_str()).collect()
        };
        assert_eq!(holder("président russe"), ["per_putin"]);
        assert_eq!(holder("patron de Delta"), ["a4"]);
        assert_eq!(holder("maître du Kremlin"), ["per_putin"]);
    }

    #[test]
    fn duplicate_id_across_layers_is_an_error() {
        let mut g = Gazetteer::new();
        g.add_tsv("id\ttype\tname\nloc_ukraine\tLOC\tUkraine bis\n", "dup.tsv").unwrap();
        let mut bytes = Vec::new();
        compiled::write_compiled(&g, &mut bytes).unwrap();
        let c = compiled::CompiledGazetteer::from_bytes(&bytes, "dup.vgaz").unwrap();
        let mut base = Gazetteer::new();
        base.add_tsv(TSV, "test.tsv").unwrap();
        let err = base.compile().unwrap().with_compiled(c).unwrap_err().to_string();
        assert!(err.contains("dup.vgaz") && err.contains("loc_ukraine"), "{err}");
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
