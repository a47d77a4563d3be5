//! Importers: TSV gazetteers (the format of `gazetteers/README.md`) from a Wikidata JSON dump and
//! from GeoNames tables, streamed from any reader (the caller opens and decompresses files).
//!
//! - **Wikidata** (`latest-all.json`): a JSON array with one entity per line, each line ending
//!   with a comma. Items whose `instance of` (P31) is a known class become `PER` (human), `LOC`
//!   or `ORG` entries (see [`default_classes`]; [`SubclassGraph`] widens the classes to all their
//!   subclasses with a first pass over the dump). The name is the label in the first language of
//!   the list that has one; labels in the other languages and aliases become aliases. Sex or
//!   gender (P21) gives the gender of persons.
//! - **GeoNames** (`cities15000.txt`, `allCountries.txt`: 19 tab-separated columns;
//!   `alternateNamesV2.txt`: 10 columns): places of the chosen feature classes and population,
//!   named in the chosen languages; rows with isolanguage `wkdt` give the Wikidata id, so a
//!   place also found in Wikidata is written once, with the names of both.
//!
//! A malformed line is reported (kept in [`ImportStats::errors`]) and skipped; reading fails only
//! when nothing at all could be read.

use std::collections::hash_map::Entry as MapEntry;
use std::io::{BufRead, Write};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;

use super::{case_rule, CaseRule, EntityType};
use crate::error::{Error, Result};
use crate::fold::fold_key;
use crate::lang::Gender;

/// How many line errors an import keeps (the rest are only counted).
pub const MAX_KEPT_ERRORS: usize = 100;

/// Counts of one import run.
#[derive(Debug, Default)]
pub struct ImportStats {
    /// Lines read.
    pub lines: u64,
    /// Records parsed (entities, places, alternate names).
    pub records: u64,
    /// Entries written to the TSV (or places kept, for GeoNames tables).
    pub kept: u64,
    /// Malformed lines.
    pub error_count: u64,
    /// The first [`MAX_KEPT_ERRORS`] malformed lines, each naming the file and line.
    pub errors: Vec<Error>,
}

impl ImportStats {
    fn error(&mut self, e: Error) {
        self.error_count += 1;
        if self.errors.len() < MAX_KEPT_ERRORS {
            self.errors.push(e);
        }
    }

    /// Fails when lines were malformed and none could be read; else the stats.
    fn finish(mut self) -> Result<ImportStats> {
        if self.records == 0 && self.error_count > 0 {
            return Err(self.errors.remove(0));
        }
        Ok(self)
    }
}

/// One entry to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportEntry {
    /// Stable id (`wd_Q90`, `gn_2988507`).
    pub id: String,
    /// Entity type.
    pub etype: EntityType,
    /// Canonical name.
    pub name: String,
    /// Other names (deduplicated on their folded form).
    pub aliases: Vec<String>,
    /// Wikidata Q-id.
    pub wikidata: Option<String>,
    /// Gender, for persons.
    pub gender: Gender,
}

/// Writes gazetteer TSV (header first; tabs, line breaks and `|` inside names are replaced).
#[derive(Debug)]
pub struct TsvWriter<W: Write> {
    out: W,
    written: u64,
}

fn clean_field(s: &str) -> String {
    let s: String =
        s.chars().map(|c| if matches!(c, '\t' | '\n' | '\r' | '|') || c.is_control() { ' ' } else { c }).collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl<W: Write> TsvWriter<W> {
    /// A writer that has written the header line.
    pub fn new(mut out: W) -> Result<TsvWriter<W>> {
        out.write_all(b"id\ttype\tname\taliases\twikidata\troles\tgender\n")
            .map_err(|e| Error::io("writing the gazetteer", e))?;
        Ok(TsvWriter { out, written: 0 })
    }

    /// Writes one entry (an entry whose name cleans to nothing is skipped).
    pub fn write(&mut self, e: &ImportEntry) -> Result<()> {
        let name = clean_field(&e.name);
        if name.is_empty() {
            return Ok(());
        }
        let aliases: Vec<String> = e.aliases.iter().map(|a| clean_field(a)).filter(|a| !a.is_empty()).collect();
        let gender = match e.gender {
            Gender::M => "m",
            Gender::F => "f",
            Gender::U => "",
        };
        writeln!(
            self.out,
            "{}\t{}\t{}\t{}\t{}\t\t{}",
            clean_field(&e.id),
            e.etype.as_str(),
            name,
            aliases.join("|"),
            e.wikidata.as_deref().unwrap_or(""),
            gender
        )
        .map_err(|e| Error::io("writing the gazetteer", e))?;
        self.written += 1;
        Ok(())
    }

    /// Entries written so far.
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Flushes and returns the inner writer.
    pub fn finish(mut self) -> Result<W> {
        self.out.flush().map_err(|e| Error::io("writing the gazetteer", e))?;
        Ok(self.out)
    }
}

/// Adds `name` to `aliases` unless its folded form is `seen` already; lower-case-initial names are
/// left out unless `keep_lowercase` (they would match common words), and so are one-letter names.
fn push_name(aliases: &mut Vec<String>, seen: &mut HashSet<String>, name: &str, keep_lowercase: bool) {
    let key = fold_key(name);
    if key.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return;
    }
    if !keep_lowercase && case_rule(name) == CaseRule::Any {
        return;
    }
    if seen.insert(key) {
        aliases.push(name.trim().to_string());
    }
}

// ---------------------------------------------------------------- Wikidata

/// The Wikidata classes (P31 values) imported by default, with the type they give.
pub fn default_classes() -> Vec<(&'static str, EntityType)> {
    use EntityType::{Loc, Org, Per};
    vec![
        ("Q5", Per),        // human
        ("Q6256", Loc),     // country
        ("Q3624078", Loc),  // sovereign state
        ("Q515", Loc),      // city
        ("Q1549591", Loc),  // big city
        ("Q1637706", Loc),  // city with millions of inhabitants
        ("Q5119", Loc),     // capital city
        ("Q7930989", Loc),  // city/town
        ("Q1093829", Loc),  // city of the United States
        ("Q486972", Loc),   // human settlement
        ("Q3957", Loc),     // town
        ("Q532", Loc),      // village
        ("Q484170", Loc),   // commune of France
        ("Q747074", Loc),   // comune of Italy
        ("Q35657", Loc),    // state of the United States
        ("Q107390", Loc),   // federated state
        ("Q10864048", Loc), // first-level administrative country subdivision
        ("Q36784", Loc),    // region of France
        ("Q6465", Loc),     // department of France
        ("Q5107", Loc),     // continent
        ("Q23442", Loc),    // island
        ("Q8502", Loc),     // mountain
        ("Q46831", Loc),    // mountain range
        ("Q4022", Loc),     // river
        ("Q23397", Loc),    // lake
        ("Q165", Loc),      // sea
        ("Q9430", Loc),     // ocean
        ("Q43229", Org),    // organization
        ("Q4830453", Org),  // business
        ("Q783794", Org),   // company
        ("Q891723", Org),   // public company
        ("Q6881511", Org),  // enterprise
        ("Q7278", Org),     // political party
        ("Q7210356", Org),  // political organization
        ("Q2659904", Org),  // government organization
        ("Q327333", Org),   // government agency
        ("Q484652", Org),   // international organization
        ("Q163740", Org),   // nonprofit organization
        ("Q48204", Org),    // voluntary association
        ("Q15911314", Org), // association
        ("Q178790", Org),   // trade union
        ("Q11032", Org),    // newspaper
        ("Q1110794", Org),  // daily newspaper
        ("Q1002697", Org),  // periodical
        ("Q1331793", Org),  // media company
        ("Q15265344", Org), // broadcaster
        ("Q1616075", Org),  // television station
        ("Q14350", Org),    // radio station
        ("Q3918", Org),     // university
        ("Q875538", Org),   // public university
        ("Q2385804", Org),  // educational institution
        ("Q31855", Org),    // research institute
        ("Q33506", Org),    // museum
        ("Q22687", Org),    // bank
        ("Q476028", Org),   // association football club
        ("Q847017", Org),   // sports club
        ("Q4438121", Org),  // sports organization
        ("Q176799", Org),   // military unit
    ]
}

/// Options of [`import_wikidata`].
#[derive(Debug, Clone)]
pub struct WikidataOptions {
    /// Label languages, by preference (`fr`, `en`); `mul` (labels valid in all languages) is
    /// consulted after them.
    pub langs: Vec<String>,
    /// Class Q-id → type; an item is imported when one of its P31 values is listed here
    /// (persons first, then places, then organizations when several match).
    pub classes: HashMap<String, EntityType>,
    /// Items with fewer site links (Wikipedia articles…) are left out (notability filter).
    pub min_sitelinks: usize,
    /// Keep aliases that start with a lower-case letter (off: they would match common words).
    pub keep_lowercase_aliases: bool,
}

impl WikidataOptions {
    /// Options for `langs` with the [`default_classes`], no site-link minimum.
    pub fn new(langs: &[&str]) -> WikidataOptions {
        WikidataOptions {
            langs: langs.iter().map(|s| s.to_string()).collect(),
            classes: default_classes().into_iter().map(|(q, t)| (q.to_string(), t)).collect(),
            min_sitelinks: 0,
            keep_lowercase_aliases: false,
        }
    }
}

#[derive(Deserialize)]
struct WdText<'a> {
    #[serde(borrow)]
    value: std::borrow::Cow<'a, str>,
}

#[derive(Deserialize)]
struct WdItemId<'a> {
    #[serde(borrow, default)]
    id: Option<std::borrow::Cow<'a, str>>,
    #[serde(rename = "numeric-id", default)]
    numeric_id: Option<u64>,
}

#[derive(Deserialize)]
struct WdDataValue<'a> {
    #[serde(borrow)]
    value: WdItemId<'a>,
}

#[derive(Deserialize)]
struct WdSnak<'a> {
    #[serde(borrow, default)]
    datavalue: Option<WdDataValue<'a>>,
}

#[derive(Deserialize)]
struct WdClaim<'a> {
    #[serde(borrow)]
    mainsnak: WdSnak<'a>,
    #[serde(default)]
    rank: Option<std::borrow::Cow<'a, str>>,
}

#[derive(Deserialize, Default)]
struct WdClaims<'a> {
    #[serde(rename = "P31", borrow, default)]
    p31: Vec<WdClaim<'a>>,
    #[serde(rename = "P21", borrow, default)]
    p21: Vec<WdClaim<'a>>,
    #[serde(rename = "P279", borrow, default)]
    p279: Vec<WdClaim<'a>>,
}

/// The number of entries of a JSON object (values skipped).
#[derive(Default)]
struct Count(usize);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Count, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Count;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map or an array")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> std::result::Result<Count, A::Error> {
                let mut n = 0;
                while m.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(Count(n))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut s: A) -> std::result::Result<Count, A::Error> {
                let mut n = 0;
                while s.next_element::<IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(Count(n))
            }
        }
        d.deserialize_any(V)
    }
}

/// A JSON object as a map — or `[]`, which the dumps write for an empty object.
fn map_or_empty<'de, D, V>(d: D) -> std::result::Result<HashMap<&'de str, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct M<V>(std::marker::PhantomData<V>);
    impl<'de, V: Deserialize<'de>> Visitor<'de> for M<V> {
        type Value = HashMap<&'de str, V>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object (or [] for an empty one)")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> std::result::Result<Self::Value, A::Error> {
            let mut out = HashMap::default();
            while let Some((k, v)) = m.next_entry::<&'de str, V>()? {
                out.insert(k, v);
            }
            Ok(out)
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut s: A) -> std::result::Result<Self::Value, A::Error> {
            while s.next_element::<IgnoredAny>()?.is_some() {}
            Ok(HashMap::default())
        }
    }
    d.deserialize_any(M(std::marker::PhantomData))
}

#[derive(Deserialize)]
struct WdEntity<'a> {
    #[serde(borrow)]
    id: std::borrow::Cow<'a, str>,
    #[serde(borrow, default, deserialize_with = "map_or_empty")]
    labels: HashMap<&'a str, WdText<'a>>,
    #[serde(borrow, default, deserialize_with = "map_or_empty")]
    aliases: HashMap<&'a str, Vec<WdText<'a>>>,
    #[serde(borrow, default)]
    claims: WdClaims<'a>,
    #[serde(default)]
    sitelinks: Count,
}

/// The item ids of non-deprecated claims.
fn claim_ids<'a>(claims: &'a [WdClaim<'a>]) -> impl Iterator<Item = String> + 'a {
    claims.iter().filter(|c| c.rank.as_deref() != Some("deprecated")).filter_map(|c| {
        let v = &c.mainsnak.datavalue.as_ref()?.value;
        match (&v.id, v.numeric_id) {
            (Some(id), _) => Some(id.to_string()),
            (None, Some(n)) => Some(format!("Q{n}")),
            _ => None,
        }
    })
}

/// One dump line: `None` for the array brackets and blank lines, else the entity JSON.
fn dump_line(line: &[u8]) -> Option<&[u8]> {
    let mut l = line.trim_ascii();
    if let Some(x) = l.strip_suffix(b",") {
        l = x.trim_ascii_end();
    }
    (!(l.is_empty() || l == b"[" || l == b"]")).then_some(l)
}

/// Reads the dump line by line, calling `f` on each parsed entity; malformed lines go to `stats`.
fn for_each_entity<R: BufRead>(
    mut input: R,
    origin: &str,
    stats: &mut ImportStats,
    mut f: impl FnMut(&WdEntity<'_>) -> Result<()>,
) -> Result<()> {
    let mut buf: Vec<u8> = Vec::new();
    loop {
        buf.clear();
        let n = input
            .read_until(b'\n', &mut buf)
            .map_err(|e| Error::io(format!("reading {origin} (after line {})", stats.lines), e))?;
        if n == 0 {
            return Ok(());
        }
        stats.lines += 1;
        let Some(json) = dump_line(&buf) else { continue };
        match serde_json::from_slice::<WdEntity<'_>>(json) {
            Ok(ent) => {
                stats.records += 1;
                f(&ent)?;
            }
            Err(e) => stats.error(Error::input(
                origin,
                format_args!("line {}", stats.lines),
                format!("malformed entity: {e}"),
            )),
        }
    }
}

/// Imports the humans, places and organizations of a Wikidata JSON dump into `out`; places of
/// `geonames` that name the same Wikidata item lend it their names (and are not written again).
pub fn import_wikidata<R: BufRead, W: Write>(
    input: R,
    origin: &str,
    opts: &WikidataOptions,
    mut geonames: Option<&mut GeoNames>,
    out: &mut TsvWriter<W>,
) -> Result<ImportStats> {
    let mut stats = ImportStats::default();
    let mut langs: Vec<&str> = opts.langs.iter().map(String::as_str).collect();
    if !langs.contains(&"mul") {
        langs.push("mul");
    }
    let rank = |t: EntityType| match t {
        EntityType::Per => 0,
        EntityType::Loc => 1,
        EntityType::Org => 2,
    };
    let mut kept = 0u64;
    for_each_entity(input, origin, &mut stats, |ent| {
        if !ent.id.starts_with('Q') || ent.sitelinks.0 < opts.min_sitelinks {
            return Ok(());
        }
        let Some(etype) =
            claim_ids(&ent.claims.p31).filter_map(|q| opts.classes.get(&q).copied()).min_by_key(|&t| rank(t))
        else {
            return Ok(());
        };
        let Some(name) = langs.iter().find_map(|l| ent.labels.get(l)).map(|t| t.value.trim()) else {
            return Ok(());
        };
        let mut seen: HashSet<String> = HashSet::default();
        seen.insert(fold_key(name));
        let mut aliases = Vec::new();
        let keep = opts.keep_lowercase_aliases;
        for l in &langs {
            if let Some(t) = ent.labels.get(l) {
                push_name(&mut aliases, &mut seen, &t.value, keep);
            }
            for t in ent.aliases.get(l).map(Vec::as_slice).unwrap_or(&[]) {
                push_name(&mut aliases, &mut seen, &t.value, keep);
            }
        }
        if let Some(g) = geonames.as_deref_mut() {
            for n in g.take_by_wikidata(&ent.id) {
                push_name(&mut aliases, &mut seen, &n, keep);
            }
        }
        let gender = if etype == EntityType::Per {
            match claim_ids(&ent.claims.p21).next().as_deref() {
                Some("Q6581097" | "Q2449503") => Gender::M,
                Some("Q6581072" | "Q1052281") => Gender::F,
                _ => Gender::U,
            }
        } else {
            Gender::U
        };
        out.write(&ImportEntry {
            id: format!("wd_{}", ent.id),
            etype,
            name: name.to_string(),
            aliases,
            wikidata: Some(ent.id.to_string()),
            gender,
        })?;
        kept += 1;
        Ok(())
    })?;
    stats.kept = kept;
    stats.finish()
}

/// The subclass-of (P279) links of a dump, to widen import classes to all their subclasses.
#[derive(Debug, Default)]
pub struct SubclassGraph {
    /// class → its direct subclasses.
    children: HashMap<String, Vec<String>>,
}

impl SubclassGraph {
    /// Reads the P279 claims of every item of a dump (a first pass before [`import_wikidata`]).
    pub fn read<R: BufRead>(input: R, origin: &str) -> Result<(SubclassGraph, ImportStats)> {
        let mut g = SubclassGraph::default();
        let mut stats = ImportStats::default();
        for_each_entity(input, origin, &mut stats, |ent| {
            for parent in claim_ids(&ent.claims.p279) {
                g.children.entry(parent).or_default().push(ent.id.to_string());
            }
            Ok(())
        })?;
        stats.kept = g.children.values().map(|v| v.len() as u64).sum();
        Ok((g, stats.finish()?))
    }

    /// `classes` plus all their subclasses, each with its root's type (persons first, then
    /// places, then organizations when a class descends from several roots).
    pub fn closure(&self, classes: &HashMap<String, EntityType>) -> HashMap<String, EntityType> {
        let mut roots: Vec<(&String, EntityType)> = classes.iter().map(|(q, &t)| (q, t)).collect();
        roots.sort_by_key(|&(q, t)| (t, q.clone()));
        let mut out: HashMap<String, EntityType> = HashMap::default();
        for (q, t) in roots {
            let mut stack = vec![q.clone()];
            while let Some(c) = stack.pop() {
                match out.entry(c.clone()) {
                    MapEntry::Occupied(_) => continue,
                    MapEntry::Vacant(v) => {
                        v.insert(t);
                    }
                }
                if let Some(kids) = self.children.get(&c) {
                    stack.extend(kids.iter().cloned());
                }
            }
        }
        out
    }
}

// ---------------------------------------------------------------- GeoNames

/// Options of the GeoNames import.
#[derive(Debug, Clone)]
pub struct GeoNamesOptions {
    /// Name languages, by preference (isolanguage codes of alternateNames: `fr`, `en`).
    pub langs: Vec<String>,
    /// Feature classes kept (`A` countries and regions, `P` populated places, `H`, `T`, `L`…).
    pub feature_classes: String,
    /// Places with a smaller population are left out (0 keeps all).
    pub min_population: u64,
    /// Keep historic and colloquial alternate names.
    pub keep_historic: bool,
    /// Keep alternate names that start with a lower-case letter.
    pub keep_lowercase_aliases: bool,
}

impl GeoNamesOptions {
    /// Options for `langs`: feature classes `A` and `P`, no population minimum.
    pub fn new(langs: &[&str]) -> GeoNamesOptions {
        GeoNamesOptions {
            langs: langs.iter().map(|s| s.to_string()).collect(),
            feature_classes: "AP".to_string(),
            min_population: 0,
            keep_historic: false,
            keep_lowercase_aliases: false,
        }
    }
}

#[derive(Debug)]
struct Place {
    geonameid: u32,
    name: String,
    ascii: String,
    /// (language rank, preferred, name) from alternateNames.
    names: Vec<(u8, bool, String)>,
    wikidata: Option<String>,
    written: bool,
}

/// GeoNames places being imported: read the tables, then the alternate names, then write.
#[derive(Debug)]
pub struct GeoNames {
    opts: GeoNamesOptions,
    places: Vec<Place>,
    by_id: HashMap<u32, u32>,
    by_wikidata: HashMap<String, u32>,
}

impl GeoNames {
    /// An empty import with `opts`.
    pub fn new(opts: GeoNamesOptions) -> GeoNames {
        GeoNames { opts, places: Vec::new(), by_id: HashMap::default(), by_wikidata: HashMap::default() }
    }

    /// Places read so far.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// Whether no place was read.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// Reads a geoname table (`cities15000.txt`, `allCountries.txt`: geonameid, name, asciiname,
    /// alternatenames, latitude, longitude, feature class, feature code, country code, cc2,
    /// admin1–4, population, elevation, dem, timezone, modification date).
    pub fn read_places<R: BufRead>(&mut self, input: R, origin: &str) -> Result<ImportStats> {
        each_row(input, origin, (15, 19), |cols, bad, stats| {
            let Ok(id) = cols[0].parse::<u32>() else {
                stats.error(bad(format!("geonameid is not a number: `{}`", cols[0])));
                return;
            };
            let pop = cols[14].trim();
            let population = if pop.is_empty() {
                0
            } else if let Ok(p) = pop.parse::<u64>() {
                p
            } else {
                stats.error(bad(format!("population is not a number: `{pop}`")));
                return;
            };
            stats.records += 1;
            let class = cols[6].trim();
            if class.is_empty()
                || !self.opts.feature_classes.contains(class)
                || population < self.opts.min_population
                || cols[1].trim().is_empty()
                || self.by_id.contains_key(&id)
            {
                return;
            }
            self.by_id.insert(id, self.places.len() as u32);
            self.places.push(Place {
                geonameid: id,
                name: cols[1].trim().to_string(),
                ascii: cols[2].trim().to_string(),
                names: Vec::new(),
                wikidata: None,
                written: false,
            });
            stats.kept += 1;
        })
    }

    /// Reads `alternateNamesV2.txt` (alternateNameId, geonameid, isolanguage, alternate name,
    /// isPreferredName, isShortName, isColloquial, isHistoric, from, to) for the places read:
    /// names in the chosen languages, and the Wikidata id (isolanguage `wkdt`).
    pub fn read_alternate_names<R: BufRead>(&mut self, input: R, origin: &str) -> Result<ImportStats> {
        each_row(input, origin, (4, 10), |cols, bad, stats| {
            let Ok(id) = cols[1].parse::<u32>() else {
                stats.error(bad(format!("geonameid is not a number: `{}`", cols[1])));
                return;
            };
            stats.records += 1;
            let Some(&pi) = self.by_id.get(&id) else { return };
            let flag = |i: usize| cols.get(i).is_some_and(|v| v.trim() == "1");
            let (lang, name) = (cols[2].trim(), cols[3].trim());
            if name.is_empty() {
                return;
            }
            if lang == "wkdt" {
                let ok = name.starts_with('Q') && name.len() > 1 && name[1..].bytes().all(|b| b.is_ascii_digit());
                if !ok {
                    stats.error(bad(format!("wkdt value is not a Wikidata id: `{name}`")));
                    return;
                }
                let place = &mut self.places[pi as usize];
                if place.wikidata.is_none() {
                    place.wikidata = Some(name.to_string());
                    self.by_wikidata.entry(name.to_string()).or_insert(pi);
                }
                stats.kept += 1;
                return;
            }
            if !self.opts.keep_historic && (flag(6) || flag(7)) {
                return;
            }
            let Some(rank) = self.opts.langs.iter().position(|l| l == lang) else { return };
            self.places[pi as usize].names.push((rank as u8, flag(4), name.to_string()));
            stats.kept += 1;
        })
    }

    /// The names of the place with Wikidata id `q` (canonical first), marking it written.
    fn take_by_wikidata(&mut self, q: &str) -> Vec<String> {
        let Some(&pi) = self.by_wikidata.get(q) else { return Vec::new() };
        let Some(p) = self.places.get_mut(pi as usize) else { return Vec::new() };
        if p.written {
            return Vec::new();
        }
        p.written = true;
        let (name, mut aliases) = place_names(p, self.opts.keep_lowercase_aliases);
        aliases.insert(0, name);
        aliases
    }

    /// Writes the places not yet written (through [`import_wikidata`]) as `LOC` entries.
    pub fn write<W: Write>(&mut self, out: &mut TsvWriter<W>) -> Result<u64> {
        let mut n = 0;
        for p in self.places.iter_mut().filter(|p| !p.written) {
            p.written = true;
            let (name, aliases) = place_names(p, self.opts.keep_lowercase_aliases);
            out.write(&ImportEntry {
                id: format!("gn_{}", p.geonameid),
                etype: EntityType::Loc,
                name,
                aliases,
                wikidata: p.wikidata.clone(),
                gender: Gender::U,
            })?;
            n += 1;
        }
        Ok(n)
    }
}

/// The canonical name (preferred name in the first language that has one, else its first name,
/// else the GeoNames name) and the other names of a place.
fn place_names(p: &mut Place, keep_lowercase: bool) -> (String, Vec<String>) {
    p.names.sort_by_key(|(rank, preferred, _)| (*rank, !*preferred));
    let name = p.names.first().map(|n| n.2.clone()).unwrap_or_else(|| p.name.clone());
    let mut seen: HashSet<String> = HashSet::default();
    seen.insert(fold_key(&name));
    let mut aliases = Vec::new();
    for n in std::iter::once(&p.name).chain(std::iter::once(&p.ascii)).chain(p.names.iter().map(|n| &n.2)) {
        push_name(&mut aliases, &mut seen, n, keep_lowercase);
    }
    (name, aliases)
}

/// Reads a tab-separated GeoNames table line by line and calls `row` with each data line's
/// columns, a maker of errors naming `origin` and the line, and the stats. Empty and `#` lines
/// are skipped; a line that is not UTF-8 or has fewer than `cols.0` columns (`cols.1` expected)
/// is counted as a malformed line, and reading goes on.
fn each_row<R: BufRead>(
    mut input: R,
    origin: &str,
    cols: (usize, usize),
    mut row: impl FnMut(&[&str], &dyn Fn(String) -> Error, &mut ImportStats),
) -> Result<ImportStats> {
    let mut stats = ImportStats::default();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let n = input
            .read_until(b'\n', &mut buf)
            .map_err(|e| Error::io(format!("reading {origin} (after line {})", stats.lines), e))?;
        if n == 0 {
            break;
        }
        stats.lines += 1;
        let at = stats.lines;
        let bad = |m: String| Error::input(origin, format_args!("line {at}"), m);
        let Ok(line) = std::str::from_utf8(&buf) else {
            stats.error(bad("invalid UTF-8".into()));
            continue;
        };
        let line = line.trim_end_matches(['\n', '\r']);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() < cols.0 {
            stats.error(bad(format!("expected {} tab-separated columns, found {}", cols.1, fields.len())));
            continue;
        }
        row(&fields, &bad, &mut stats);
    }
    stats.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dump_lines_strip_commas_and_brackets() {
        assert_eq!(dump_line(b"[\n"), None);
        assert_eq!(dump_line(b"{\"id\":\"Q1\"},\n"), Some(&b"{\"id\":\"Q1\"}"[..]));
        assert_eq!(dump_line(b"{\"id\":\"Q1\"}\n"), Some(&b"{\"id\":\"Q1\"}"[..]));
        assert_eq!(dump_line(b"]"), None);
    }

    #[test]
    fn fields_lose_tabs_and_bars() {
        assert_eq!(clean_field("a\tb|c\nd  e"), "a b c d e");
    }

    #[test]
    fn subclass_closure_takes_the_first_type() {
        let dump = "[\n{\"id\":\"Q2\",\"claims\":{\"P279\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q1\"}}}}]}},\n\
                    {\"id\":\"Q3\",\"claims\":{\"P279\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q2\"}}}}]}}\n]\n";
        let (g, _) = SubclassGraph::read(dump.as_bytes(), "d").unwrap();
        let classes: HashMap<String, EntityType> = [("Q1".to_string(), EntityType::Org)].into_iter().collect();
        let c = g.closure(&classes);
        assert_eq!(c.get("Q3"), Some(&EntityType::Org));
        assert_eq!(c.len(), 3);
    }
}
