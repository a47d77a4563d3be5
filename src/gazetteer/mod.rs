//! Gazetteers: entity lists in TSV, compiled into a matcher that finds their names in text.
//!
//! Format (UTF-8, tab-separated, `#` comments, a header first):
//! `id  type  name  aliases  wikidata  roles  [gender]` — `type` is `PER`, `LOC` or `ORG`;
//! `aliases` and `roles` are `|`-separated. Roles are descriptions (`président russe`)
//! that attribution resolves to the entity.
//!
//! Matching ignores case and accents (names and text folded as [`crate::fold`] folds them) and
//! gives byte offsets into the original text. A match must start and end on word boundaries; an
//! alias written with a capital needs a capital in the text, and an all-caps acronym (`ONU`,
//! `RPDC`) needs all caps.
//!
//! A [`Matcher`] keeps each gazetteer as one packed buffer ([`packed`]): entries read in place
//! ([`EntryRef`]) and two byte-wise tries of folded names ([`trie`]), those any case may match and
//! those that need a capital. [`Matcher::find`] scans the original text once for places where a
//! name can start — word starts, and there only if some name starts with that folded char (a
//! lower-case word only for the few names written in lower case) — and walks the tries from there
//! while folding the next chars on the fly ([`scan`]); no folded copy of the text is made. The
//! same buffer is the payload of a compiled file ([`compiled`]), memory-mapped or copied, so a
//! million-name list loads without decoding its entries. [`import`] builds TSV gazetteers from
//! Wikidata and GeoNames dumps.

use std::collections::hash_map::Entry as MapEntry;

use rustc_hash::FxHashMap as HashMap;

use serde::Serialize;

pub mod compiled;
pub mod import;
mod packed;
mod scan;
mod starts;
#[cfg(test)]
mod tests;
mod trie;

pub use packed::{EntryRef, Strs};

use crate::error::{Error, Result};
use crate::fold::fold_key;
use crate::lang::Gender;
use scan::{swar, Before, CharFold, Folder, MAY_CAP};
use starts::{LongStarts, StartTable, ANY3, ANY_SHORT, CAP3, CAP_SHORT, START_LEN};
use trie::ByteSet;

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
    ("gazetteers/default/cities.tsv", include_str!("../../gazetteers/default/cities.tsv")),
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

    /// Compiles the entries into a matcher (their names in packed tries, the entries packed too).
    pub fn compile(self) -> Result<Matcher> {
        let (bytes, _) = packed::pack(&self.entries)?;
        drop(self);
        let layer = packed::Packed::parse(packed::Bytes::Owned(bytes.into_boxed_slice()), 0)
            .map_err(|(at, msg)| Error::data("gazetteer", 0, format!("packing failed at byte {at}: {msg}")))?;
        Matcher::empty().with_layer(layer, "gazetteer")
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
    pub(crate) fn code(self) -> u8 {
        match self {
            CaseRule::Any => 0,
            CaseRule::Initial => 1,
            CaseRule::AllCaps => 2,
        }
    }

    pub(crate) fn from_code(c: u8) -> Option<CaseRule> {
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
    /// Index of the entry, for [`Matcher::entry`].
    pub entry: usize,
    /// Start byte offset in the original text.
    pub start: usize,
    /// End byte offset in the original text.
    pub end: usize,
}

/// The case rule of `alias`: from its first letter (digits skipped, so `20 Minutes` needs the
/// capital of `Minutes`) and whether all its letters are capitals.
pub(crate) fn case_rule(alias: &str) -> CaseRule {
    let mut letters = alias.chars().filter(|c| c.is_alphabetic());
    let Some(first) = alias.chars().find(|c| c.is_alphabetic()) else { return CaseRule::Any };
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

/// Whether a char continues a word (letters, digits, and the combining marks of decomposed
/// text: [`crate::fold::is_combining_mark`]).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || crate::fold::is_combining_mark(c)
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
        CaseRule::Initial => surface.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase),
        CaseRule::AllCaps => surface.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase()),
    }
}

/// The folded keys of `entries` and their patterns (one per folded key and case rule; the
/// first entry listed wins an ambiguous alias), in entry order.
pub(crate) fn collect_patterns(entries: &[Entry]) -> (Vec<String>, Vec<Pattern>) {
    let mut keys: Vec<String> = Vec::new();
    let mut patterns: Vec<Pattern> = Vec::new();
    let mut seen: HashMap<(String, u8), ()> = HashMap::default();
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
    }
    (keys, patterns)
}

/// One gazetteer in a matcher: its packed buffer, the number of its first entry, and, when some
/// of its entries were merged into earlier ones (same Wikidata id), those (entry, earlier entry).
#[derive(Debug)]
struct Layer {
    packed: packed::Packed,
    base: u32,
    remap: Vec<(u32, u32)>,
}

impl Layer {
    #[inline]
    fn entry(&self, local: u32) -> usize {
        if !self.remap.is_empty() {
            if let Ok(k) = self.remap.binary_search_by_key(&local, |r| r.0) {
                return self.remap[k].1 as usize;
            }
        }
        (self.base + local) as usize
    }
}

/// A candidate name at one start: original end, folded end and start (for the tie rules of a
/// whole-text scan), pattern id.
#[derive(Debug, Clone, Copy, Default)]
struct Hit {
    e: usize,
    fe: u32,
    skip: u8,
    pid: u32,
}

/// The candidates at one start, on the stack unless there are many.
struct Hits {
    arr: [Hit; 32],
    len: usize,
    spill: Vec<Hit>,
}

impl Hits {
    fn new() -> Hits {
        Hits { arr: [Hit::default(); 32], len: 0, spill: Vec::new() }
    }

    fn clear(&mut self) {
        self.len = 0;
        self.spill.clear();
    }

    #[inline]
    fn push(&mut self, h: Hit) {
        if self.len < self.arr.len() {
            self.arr[self.len] = h;
            self.len += 1;
        } else {
            self.spill.push(h);
        }
    }

    /// The candidates, best first: longest, then (as a whole-text scan reports them) the one
    /// ending first in the folded text, the one starting first, the first pattern.
    fn sorted(&mut self) -> &[Hit] {
        let order =
            |a: &Hit, b: &Hit| b.e.cmp(&a.e).then(a.fe.cmp(&b.fe)).then(a.skip.cmp(&b.skip)).then(a.pid.cmp(&b.pid));
        if self.spill.is_empty() {
            let s = &mut self.arr[..self.len];
            s.sort_unstable_by(order);
            s
        } else {
            self.spill.extend_from_slice(&self.arr[..self.len]);
            self.spill.sort_unstable_by(order);
            &self.spill
        }
    }
}

/// Bytes of the text kept before a 64-byte block (to tell a word boundary) and after it (to
/// filter the starts near its end).
const BEHIND: usize = scan::STARTS_BEHIND;
const AHEAD: usize = 16;

/// The starts of a block left by [`Matcher::block_filter`], one bit per byte: those that may
/// begin a name any case may match, a capitalized name, or that need the exact check.
#[derive(Debug, Clone, Copy, Default)]
struct Pass {
    any: u64,
    cap: u64,
    other: u64,
}

/// A compiled gazetteer: one layer per gazetteer, searched together, with the roles of their
/// entries.
///
/// When two layers match the same span, the earlier layer wins (as the first listed entry wins
/// within one gazetteer). Entries are numbered across layers in layer order.
#[derive(Debug)]
pub struct Matcher {
    layers: Vec<Layer>,
    roles: HashMap<String, Vec<u32>>,
    max_role_words: usize,
    pattern_count: usize,
    entry_count: usize,
    /// First folded bytes of the names of all layers: any case, and capitalized.
    any_first: ByteSet,
    cap_first: ByteSet,
    /// Per ASCII byte after a word boundary: whether some name may start with its fold.
    ascii_start: [bool; 128],
    /// Whether some name starts with a non-word ASCII char (`(`, `'`): then those are starts too.
    nonword_start: bool,
    /// The first three folded bytes of the names of all layers, any case and capitalized, and
    /// of the names shorter than five (see [`starts::index`]): most word starts need no walk.
    start3: StartTable,
    /// The first five folded bytes of the longer names (hashed), any case and capitalized: a
    /// start that passes the three-byte filter (`de `, `Le `) but not these needs no walk
    /// either; then, when the text has eight ASCII bytes there, the names of five to seven
    /// bytes and the first eight bytes of the longer ones (`Jean Cas…` is no name's start).
    any_long: LongStarts,
    cap_long: LongStarts,
    any_mid: LongStarts,
    cap_mid: LongStarts,
    any_long8: LongStarts,
    cap_long8: LongStarts,
    /// The names shorter than five bytes, whole (by length): such a name only matches where the
    /// word ends after it (`Jean` does not start with the acronym `JE`).
    any_short: LongStarts,
    cap_short: LongStarts,
    /// The capitalized names shorter than five bytes all of whose patterns are all caps (`LE`,
    /// `ONU`): such a name only matches where the text has no small letter (`Le` is not `LE`).
    caps_short: LongStarts,
    /// 1 for the ASCII bytes that may begin a capitalized name, else 0.
    ascii_cap: [u8; 256],
    /// Per first byte of a start, the [`StartTable`] flags a name may begin there with: [`ANY3`],
    /// and [`CAP3`] for the ASCII bytes that may begin a capitalized name.
    first3: [u8; 256],
}

impl Matcher {
    fn empty() -> Matcher {
        Matcher {
            layers: Vec::new(),
            roles: HashMap::default(),
            max_role_words: 1,
            pattern_count: 0,
            entry_count: 0,
            any_first: ByteSet::default(),
            cap_first: ByteSet::default(),
            ascii_start: [false; 128],
            nonword_start: false,
            start3: StartTable::default(),
            any_long: LongStarts::default(),
            cap_long: LongStarts::default(),
            any_mid: LongStarts::default(),
            cap_mid: LongStarts::default(),
            any_long8: LongStarts::default(),
            cap_long8: LongStarts::default(),
            any_short: LongStarts::default(),
            cap_short: LongStarts::default(),
            caps_short: LongStarts::default(),
            ascii_cap: [0; 256],
            first3: [ANY3; 256],
        }
    }

    /// A matcher over one compiled gazetteer alone.
    pub fn from_compiled(c: compiled::CompiledGazetteer) -> Result<Matcher> {
        Matcher::empty().with_compiled(c)
    }

    /// Adds a compiled gazetteer as a new layer after the present ones. Its entries are numbered
    /// after theirs; an entry with the Wikidata id of an earlier entry is merged into it (its
    /// names find the earlier entry); an id already present is an error.
    pub fn with_compiled(self, c: compiled::CompiledGazetteer) -> Result<Matcher> {
        let compiled::CompiledGazetteer { origin, packed } = c;
        self.with_layer(packed, &origin)
    }

    fn with_layer(mut self, p: packed::Packed, origin: &str) -> Result<Matcher> {
        let n = p.entry_count();
        let base = self.entry_count;
        if base + n > u32::MAX as usize {
            return Err(Error::data(origin, 0, "too many entries in all gazetteers together"));
        }
        // Ids must stay unique: look the smaller list's ids up in the larger.
        for l in &self.layers {
            let dup = if l.packed.entry_count() <= n {
                packed::shared_id(&l.packed, &p)
            } else {
                packed::shared_id(&p, &l.packed)
            };
            if let Some(id) = dup {
                return Err(Error::data(origin, 0, format!("id `{id}` is already defined by an earlier gazetteer")));
            }
        }
        // Wikidata ids of earlier entries absorb the new entries that share them (the first
        // earlier entry with the id, in layer order).
        let mut remap: HashMap<u32, u32> = HashMap::default();
        if p.wikidata_count() > 0 {
            for l in &self.layers {
                if l.packed.wikidata_count() <= p.wikidata_count() {
                    for e in l.packed.wikidata_entries() {
                        let Some(q) = l.packed.entry(e as usize).wikidata() else { continue };
                        for i in p.wikidata_matches(q) {
                            remap.entry(i).or_insert(l.base + e);
                        }
                    }
                } else {
                    for i in p.wikidata_entries() {
                        let Some(q) = p.entry(i as usize).wikidata() else { continue };
                        if let Some(e) = l.packed.find_wikidata(q) {
                            remap.entry(i).or_insert(l.base + e);
                        }
                    }
                }
            }
        }
        let mut remap: Vec<(u32, u32)> = remap.into_iter().collect();
        remap.sort_unstable();
        let layer = Layer { packed: p, base: base as u32, remap };
        for i in layer.packed.role_entries() {
            let g = layer.entry(i) as u32;
            packed::add_roles(&mut self.roles, &mut self.max_role_words, g, &layer.packed.entry(i as usize));
        }
        self.pattern_count += layer.packed.pattern_count();
        self.entry_count += n;
        self.any_first = self.any_first.union(*layer.packed.any_trie().first());
        self.cap_first = self.cap_first.union(*layer.packed.cap_trie().first());
        let malformed = || Error::data(origin, 0, "malformed name trie (its nodes are not a tree)");
        for any in [true, false] {
            let t = if any { layer.packed.any_trie() } else { layer.packed.cap_trie() };
            if !t.starts(START_LEN, &mut |p, _| self.start3.insert(p, any)) {
                return Err(malformed());
            }
        }
        for (any, long, mid, long8, short) in [
            (true, &mut self.any_long, &mut self.any_mid, &mut self.any_long8, &mut self.any_short),
            (false, &mut self.cap_long, &mut self.cap_mid, &mut self.cap_long8, &mut self.cap_short),
        ] {
            let mut five: Vec<[u8; 5]> = Vec::new();
            let mut mids: Vec<[u8; 5]> = Vec::new();
            let mut eight: Vec<[u8; 8]> = Vec::new();
            let mut shorts: Vec<Vec<u8>> = Vec::new();
            let mut caps: Vec<Vec<u8>> = Vec::new();
            for l in self.layers.iter().chain([&layer]) {
                let t = if any { l.packed.any_trie() } else { l.packed.cap_trie() };
                let all_caps = |v: u32| {
                    let mut all = true;
                    l.packed
                        .patterns_of(v, |pid| all &= l.packed.pattern(pid).is_some_and(|p| p.1 == CaseRule::AllCaps));
                    all
                };
                let whole = t.starts(8, &mut |p, v| {
                    match p.first_chunk::<5>() {
                        Some(f) => {
                            // Keys come in byte order: a repeated start follows itself.
                            if five.last() != Some(f) {
                                five.push(*f);
                            }
                            if p.len() < 8 {
                                mids.push(*f);
                            }
                        }
                        None if !any && v.is_some_and(all_caps) => caps.push(p.to_vec()),
                        None => shorts.push(p.to_vec()),
                    }
                    eight.extend(p.first_chunk::<8>());
                });
                if !whole {
                    return Err(malformed());
                }
            }
            // Sorted runs, one per layer: merged, then the starts shared by layers dropped.
            five.sort();
            five.dedup();
            (*long, *mid, *long8) = (LongStarts::new(&five), LongStarts::new(&mids), LongStarts::new(&eight));
            *short = LongStarts::short(&shorts);
            if !any {
                self.caps_short = LongStarts::short(&caps);
            }
        }
        let tab = scan::table();
        for b in 0..128u8 {
            let f = tab.ascii(b);
            let cap = tab.ascii_flags(b) & MAY_CAP != 0;
            self.ascii_start[b as usize] = self.any_first.contains(f) || cap && self.cap_first.contains(f);
            self.ascii_cap[b as usize] = cap as u8;
            self.first3[b as usize] = if cap { ANY3 | CAP3 } else { ANY3 };
        }
        self.nonword_start = (0..128u8).any(|b| !b.is_ascii_alphanumeric() && self.ascii_start[b as usize]);
        self.layers.push(layer);
        Ok(self)
    }

    /// Entry `i` (a [`GazMatch::entry`] or [`Matcher::role_holders`] number), read in place.
    ///
    /// Panics if `i` is not below [`Matcher::entry_count`].
    pub fn entry(&self, i: usize) -> EntryRef<'_> {
        assert!(i < self.entry_count, "entry {i} of a matcher with {} entries", self.entry_count);
        let k = self.layers.partition_point(|l| l.base as usize <= i) - 1;
        let l = &self.layers[k];
        l.packed.entry(i - l.base as usize)
    }

    /// Number of entries, in all layers.
    pub fn entry_count(&self) -> usize {
        self.entry_count
    }

    /// All entries, in number order.
    pub fn entries(&self) -> impl ExactSizeIterator<Item = EntryRef<'_>> + '_ {
        (0..self.entry_count).map(|i| self.entry(i))
    }

    /// Number of name patterns (one per folded name and case rule, per layer).
    pub fn pattern_count(&self) -> usize {
        self.pattern_count
    }

    /// All leftmost-longest, non-overlapping name matches in `text`, as byte offsets into it.
    ///
    /// Ties: at the same start, the longer match wins, then the earlier layer, then the first
    /// listed entry. The text is scanned once; a name is looked up only after a word boundary,
    /// where the next folded bytes can begin one (see the module doc).
    pub fn find(&self, text: &str) -> Vec<GazMatch> {
        // Room for the matches of most documents, so that they are not regrown match by match.
        let mut out = Vec::with_capacity(16);
        if self.layers.is_empty() {
            return out;
        }
        let b = text.as_bytes();
        let n = b.len();
        let tab = scan::table();
        let mut hits = Hits::new();
        // 64 bytes at a time, copied with the bytes around them (spaces outside the text).
        let mut buf = [b' '; BEHIND + 64 + AHEAD];
        let mut pos = 0;
        while pos < n {
            // Inside the text the block is read in place; at its ends, from a padded copy.
            let (src, at): (&[u8], usize) = if pos >= BEHIND && pos + 64 + AHEAD <= n {
                (b, pos)
            } else {
                let lo = pos.saturating_sub(BEHIND);
                let hi = (pos + 64 + AHEAD).min(n);
                buf.fill(b' ');
                let at = BEHIND - (pos - lo);
                buf[at..at + hi - lo].copy_from_slice(&b[lo..hi]);
                (&buf, BEHIND)
            };
            let starts = self.block_starts(src, at, &b[pos..n.min(pos + 64)]);
            let pass = self.block_filter(src, at, starts);
            let mut todo = pass.any | pass.cap | pass.other;
            let mut next = pos + 64;
            while todo != 0 {
                let j = todo.trailing_zeros();
                todo &= todo - 1;
                let p = pos + j as usize;
                if p >= n {
                    break;
                }
                let found = if pass.other >> j & 1 != 0 {
                    self.match_at(text, p, tab, &mut hits)
                } else if self.boundary_before(text, p) {
                    let tries = (pass.any >> j & 1 != 0, pass.cap >> j & 1 != 0);
                    let (ch, clen) = scan::decode(b, p);
                    self.best_at(text, p, &tab.fold(ch), clen, tries, &mut hits)
                } else {
                    None
                };
                if let Some(m) = found {
                    out.push(m);
                    if m.end >= pos + 64 {
                        next = m.end;
                        break;
                    }
                    // The scan goes on after the match: the starts left in this block are those
                    // a block from its end would find.
                    todo &= u64::MAX << (m.end - pos);
                }
            }
            pos = next;
        }
        out
    }

    /// Bit `j` set for each byte `j` of a block that may start a name after a word boundary (see
    /// [`scan::word_starts`]) and, if names start with them, the non-word ASCII chars. `src`
    /// holds the block at `at`, with [`BEHIND`] bytes before and [`AHEAD`] after; `block` is the
    /// block in the text.
    #[inline]
    fn block_starts(&self, src: &[u8], at: usize, block: &[u8]) -> u64 {
        let mut starts = scan::word_starts(src, at);
        if self.nonword_start {
            for (j, &c) in block.iter().enumerate() {
                if c < 0x80 && !c.is_ascii_alphanumeric() && self.ascii_start[c as usize] {
                    starts |= 1 << j;
                }
            }
        }
        starts
    }

    /// Of the `starts` of a block (in `src` at `at`, as for [`Matcher::block_starts`]), those whose
    /// next bytes may begin a name, told from the first five bytes when they are ASCII (else
    /// left to [`Matcher::match_at`]); a space after the text stands for its end, which it passes
    /// wherever the end would.
    #[inline]
    fn block_filter(&self, src: &[u8], at: usize, starts: u64) -> Pass {
        let Some(src) = src.get(at..at + 64 + AHEAD) else { return Pass { other: starts, ..Pass::default() } };
        let tab = scan::table();
        let window = |j: usize| {
            let c = &src[j..j + 8];
            u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])
        };
        let mut pass = Pass::default();
        let mut m = starts;
        while m != 0 {
            let j = m.trailing_zeros() as usize & 63;
            m &= m - 1;
            let w = window(j);
            // The window, Latin-1 letters and curly apostrophes read through their folds (`é` →
            // `e`; other non-ASCII chars are left to the exact check).
            let ascii = w & 0x80_8080_8080 == 0;
            let folded = |w: u64| {
                let v = tab.fold_window(w);
                (v, starts::index(v))
            };
            let (v, i) = if w & 0x80_8080 == 0 {
                // First, when its first three bytes are ASCII (most starts), the three-byte table:
                // most starts begin no name of either class.
                let i = starts::index(w);
                if self.start3.get(i) & self.first3[w as u8 as usize] == 0 {
                    continue;
                }
                if ascii {
                    (w, i)
                } else {
                    folded(w)
                }
            } else {
                folded(w)
            };
            if v & 0x80_8080_8080 != 0 {
                pass.other |= 1 << j;
                continue;
            }
            // Then the short names whole, and the hashed five- and eight-byte starts of the longer.
            let f = self.start3.get(i);
            let i = i as u64;
            let cap = if ascii { self.ascii_cap[w as u8 as usize] != 0 } else { tab.window_flags(w) & MAY_CAP != 0 };
            // A name of `len` bytes ends where the next byte is no ASCII letter or digit.
            let short_key = |len: usize| {
                (!((v >> (8 * len)) as u8).is_ascii_alphanumeric())
                    .then(|| LongStarts::short_key(starts::index8(v) & ((1 << (5 * len)) - 1), len))
            };
            let whole = |set: &LongStarts, len: usize| short_key(len).is_some_and(|k| set.bit(k) != 0);
            // An all-caps name covers no small letter of the text (`Le` is not `LE`; ASCII only).
            let whole_cap = |len: usize| {
                short_key(len).is_some_and(|k| {
                    self.cap_short.bit(k) != 0
                        || self.caps_short.bit(k) != 0
                            && !(ascii && swar::small_letters(w) & ((1 << (8 * len)) - 1) != 0)
                })
            };
            let long = |l5: &LongStarts, mid: &LongStarts, l8: &LongStarts| {
                l5.bit(i) != 0 && (w & swar::HI != 0 || mid.bit(i) != 0 || l8.bit(starts::index8(w)) != 0)
            };
            if f & ANY3 != 0
                && (f & ANY_SHORT != 0 && (1..5).any(|len| whole(&self.any_short, len))
                    || long(&self.any_long, &self.any_mid, &self.any_long8))
            {
                pass.any |= 1 << j;
            }
            if cap
                && f & CAP3 != 0
                && (f & CAP_SHORT != 0 && (1..5).any(whole_cap) || long(&self.cap_long, &self.cap_mid, &self.cap_long8))
            {
                pass.cap |= 1 << j;
            }
        }
        pass
    }

    /// The match starting at byte `p` of `text`, if `p` follows a word boundary and a name starts
    /// there.
    #[inline]
    fn match_at(&self, text: &str, p: usize, tab: &'static scan::FoldTable, hits: &mut Hits) -> Option<GazMatch> {
        let b = text.as_bytes();
        let c = b[p];
        if c < 0x80 {
            // ASCII: the next bytes are usually ASCII too; the filters first (they reject most
            // word starts), then the boundary.
            let cap = tab.ascii_flags(c) & MAY_CAP != 0;
            let cf = tab.fold(c as char);
            let i = scan::quick_index(b, tab, p).unwrap_or_else(|| scan::start_index(b, tab, p, &cf, 1, 0));
            let (any, cap) = self.may_begin(i, cap);
            if !(any || cap) || !self.boundary_before(text, p) {
                return None;
            }
            return self.best_at(text, p, &cf, 1, (any, cap), hits);
        }
        if !self.boundary_before(text, p) {
            return None;
        }
        let (ch, clen) = scan::decode(b, p);
        let cf = tab.fold(ch);
        let cap = cf.flags & MAY_CAP != 0;
        // A name may start inside the fold of this char too (the `e` of `œ` → `oe`).
        let (mut any, mut capped) = (false, false);
        for k in 0..cf.len {
            let f0 = cf.bytes[k as usize];
            if f0 & 0xC0 == 0x80 || !(self.any_first.contains(f0) || cap && self.cap_first.contains(f0)) {
                continue;
            }
            let i = match (k, scan::quick_index(b, tab, p)) {
                (0, Some(i)) => i,
                _ => scan::start_index(b, tab, p, &cf, clen, k),
            };
            let (a, c) = self.may_begin(i, cap);
            any |= a;
            capped |= c;
        }
        if !(any || capped) {
            return None;
        }
        self.best_at(text, p, &cf, clen, (any, capped), hits)
    }

    /// Whether byte `p` of `text` follows a word boundary.
    #[inline]
    fn boundary_before(&self, text: &str, p: usize) -> bool {
        let b = text.as_bytes();
        match p.checked_sub(1).map(|q| b[q]) {
            None => true,
            Some(c) if c.is_ascii_alphanumeric() => false,
            Some(c) if c < 0x80 && c != b'-' => true,
            Some(c) if (0x80..0xC0).contains(&c) && p >= 2 && scan::latin_letter(b[p - 2], c) => false,
            Some(_) => scan::before(text, p) == Before::Boundary,
        }
    }

    /// Whether a name any case may match, and a capitalized name if `cap`, may begin with the
    /// folded bytes of start index `i`.
    #[inline]
    fn may_begin(&self, i: u32, cap: bool) -> (bool, bool) {
        let f = self.start3.get(i);
        (
            f & ANY3 != 0 && (f & ANY_SHORT != 0 || self.any_long.bit(i as u64) != 0),
            cap && f & CAP3 != 0 && (f & CAP_SHORT != 0 || self.cap_long.bit(i as u64) != 0),
        )
    }

    /// The best valid match starting at `s` (after a word boundary), whose char (`clen` bytes)
    /// folds to `cf`, among the names any case may match and the capitalized ones as `tries`
    /// says.
    fn best_at(
        &self,
        text: &str,
        s: usize,
        cf: &CharFold,
        clen: usize,
        tries: (bool, bool),
        hits: &mut Hits,
    ) -> Option<GazMatch> {
        let tb = text.as_bytes();
        let tab = scan::table();
        let (any, cap) = (tries.0, tries.1 && cf.flags & MAY_CAP != 0);
        let mut best: Option<(usize, usize)> = None;
        for layer in &self.layers {
            hits.clear();
            let p = &layer.packed;
            // A name may also start inside the fold of this char (the `e` of `œ` → `oe`).
            for skip in 0..cf.len {
                let f0 = cf.bytes[skip as usize];
                if f0 & 0xC0 == 0x80 {
                    continue;
                }
                // Only the tries some name of which starts with this byte are walked.
                let (any, cap) = (any && p.any_trie().first().contains(f0), cap && p.cap_trie().first().contains(f0));
                if !(any || cap) {
                    continue;
                }
                let mut walk = |t: trie::Trie<'_>| {
                    let mut f = Folder::new(tb, tab, s, cf, clen, skip);
                    t.walk(&mut f, |v, e, taken| {
                        p.patterns_of(v, |pid| hits.push(Hit { e, fe: skip as u32 + taken, skip, pid }))
                    });
                };
                if any {
                    walk(p.any_trie());
                }
                if cap {
                    walk(p.cap_trie());
                }
            }
            if hits.len == 0 {
                continue;
            }
            for h in hits.sorted() {
                // At the same span an earlier layer wins.
                if best.is_some_and(|(e, _)| h.e <= e) {
                    break;
                }
                let Some((entry, case)) = p.pattern(h.pid) else { continue };
                let ok = h.e > s
                    && scan::boundary_after(tb, h.e)
                    && text.get(s..h.e).is_some_and(|surface| scan::case_ok(surface, case));
                if ok {
                    best = Some((h.e, layer.entry(entry)));
                    break;
                }
            }
        }
        best.map(|(end, entry)| GazMatch { entry, start: s, end })
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
