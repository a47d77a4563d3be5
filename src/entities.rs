//! Entities: gazetteer matches plus the names no list knows, grouped per document.
//!
//! Gazetteer matches come first (they carry ids, Wikidata ids, roles and gender).
//! Then capitalized sequences not covered by a match are read as names: joined by
//! particles (`de`, `van`, `al-`…), typed by their context — a title or role before
//! them (`M.`, `le ministre`) makes a person, an organization keyword (`Parti`,
//! `Union`) or an acronym an organization, a place preposition or keyword (`à`,
//! `ville de`) a place. Sentence-initial capitals and capitalized common words
//! are not names. Mentions of one entity are grouped (`Kang Sun Nam` … `Kang`).

use rustc_hash::FxHashMap as HashMap;

use crate::fold::Folded;
use crate::gazetteer::{EntityType, Matcher};
use crate::lang::{Gender, Language, WordClass};
use crate::segment::{Segments, TokKind, Token};

/// Where an entity came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntitySource {
    /// Matched a gazetteer entry.
    Gazetteer,
    /// A capitalized name the gazetteer does not know.
    Name,
}

/// One mention of an entity in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
    /// First token index.
    pub tok_start: usize,
    /// One past the last token index.
    pub tok_end: usize,
}

/// An entity of the document with all its mentions.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Document-independent id: the gazetteer id, or `TYPE:slug` for unknown names.
    pub id: String,
    /// Type.
    pub etype: EntityType,
    /// Canonical name from the gazetteer, or the fullest form in the text.
    pub canonical: String,
    /// Wikidata Q-id when linked.
    pub wikidata: Option<String>,
    /// Gazetteer entry index, when matched.
    pub entry: Option<usize>,
    /// Gender, when known (gazetteer, first name or title).
    pub gender: Gender,
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
    /// Provenance.
    pub source: EntitySource,
}

impl Entity {
    /// The fullest surface form used in `text` (the longest mention).
    pub fn display_name<'t>(&self, text: &'t str) -> &'t str {
        self.mentions.iter().map(|m| &text[m.start..m.end]).max_by_key(|s| s.chars().count()).unwrap_or("")
    }
}

/// The entities of one document, with a token → entity index for attribution.
#[derive(Debug, Clone, Default)]
pub struct Entities {
    /// Entities in order of first mention.
    pub list: Vec<Entity>,
    /// For each token, the entity whose mention covers it.
    pub at_token: Vec<Option<u32>>,
}

impl Entities {
    /// The entity covering token `i`, if any.
    pub fn at(&self, i: usize) -> Option<usize> {
        self.at_token.get(i).copied().flatten().map(|x| x as usize)
    }

    /// The mention covering token `i`, with its entity.
    pub fn mention_at(&self, i: usize) -> Option<(usize, Mention)> {
        let e = self.at(i)?;
        self.list[e].mentions.iter().find(|m| m.tok_start <= i && i < m.tok_end).map(|m| (e, *m))
    }

    /// Adds a person named by tokens `a..b` (a speaker found by attribution), or returns the existing one.
    pub fn add_person(&mut self, text: &str, toks: &[Token], a: usize, b: usize, gender: Gender) -> usize {
        if let Some(e) = self.at(a) {
            return e;
        }
        // A surname alone joins the person already named in full (Matt Taylor … Taylor).
        if b == a + 1 {
            let key = &toks[a].key;
            let found = self.list.iter().position(|e| {
                e.etype == EntityType::Per
                    && e.mentions.iter().any(|m| m.tok_end - m.tok_start >= 2 && toks[m.tok_end - 1].key == *key)
            });
            if let Some(idx) = found {
                let m = Mention { start: toks[a].start, end: toks[a].end, tok_start: a, tok_end: b };
                self.list[idx].mentions.push(m);
                self.list[idx].mentions.sort_by_key(|m| m.start);
                self.at_token[a] = Some(idx as u32);
                return idx;
            }
        }
        let m = Mention { start: toks[a].start, end: toks[b - 1].end, tok_start: a, tok_end: b };
        let key = slug(&text[m.start..m.end]);
        let id = format!("PER:{key}");
        let idx = match self.list.iter().position(|e| e.id == id) {
            Some(i) => i,
            None => {
                self.list.push(Entity {
                    id,
                    etype: EntityType::Per,
                    canonical: text[m.start..m.end].to_string(),
                    wikidata: None,
                    entry: None,
                    gender,
                    mentions: Vec::new(),
                    source: EntitySource::Name,
                });
                self.list.len() - 1
            }
        };
        self.list[idx].mentions.push(m);
        self.list[idx].mentions.sort_by_key(|m| m.start);
        for t in a..b {
            self.at_token[t] = Some(idx as u32);
        }
        idx
    }
}

/// A slug of a name: folded, words joined by `-`.
pub fn slug(name: &str) -> String {
    let f = crate::fold::fold(name);
    let mut out = String::with_capacity(f.len());
    for w in f.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(w);
    }
    out
}

/// Finds and groups the entities of a document.
pub fn find_entities(text: &str, folded: &Folded, seg: &Segments, gaz: &Matcher, lang: &Language) -> Entities {
    let toks = &seg.tokens;
    let mut ents = Entities { list: Vec::new(), at_token: vec![None; toks.len()] };
    let mut by_id: HashMap<String, usize> = HashMap::default();

    // 1. Gazetteer matches, kept only where they align with token boundaries of prose.
    for m in gaz.find(text, folded) {
        // Keep matches that align with prose tokens (tokens are sorted by offset).
        let a = toks.partition_point(|t| t.start < m.start);
        let b = toks.partition_point(|t| t.end < m.end);
        if a >= toks.len() || b >= toks.len() || toks[a].start != m.start || toks[b].end != m.end {
            continue;
        }
        if b < a || toks[a].para != toks[b].para {
            continue;
        }
        let entry = &gaz.entries()[m.entry];
        // A surname alias that is also a first name, followed by another name or an initial,
        // is someone else's first name (Dylan A., Bob … ≠ Bob Dylan).
        if entry.etype == EntityType::Per
            && a == b
            && lang.first_names.contains_key(toks[a].key.as_str())
            && toks.get(b + 1).is_some_and(|n| n.kind == TokKind::Word && n.upper && n.para == toks[b].para)
        {
            continue;
        }
        let idx = *by_id.entry(entry.id.clone()).or_insert_with(|| {
            ents.list.push(Entity {
                id: entry.id.clone(),
                etype: entry.etype,
                canonical: entry.name.clone(),
                wikidata: entry.wikidata.clone(),
                entry: Some(m.entry),
                gender: entry.gender,
                mentions: Vec::new(),
                source: EntitySource::Gazetteer,
            });
            ents.list.len() - 1
        });
        ents.list[idx].mentions.push(Mention { start: m.start, end: m.end, tok_start: a, tok_end: b + 1 });
        for t in a..=b {
            ents.at_token[t] = Some(idx as u32);
        }
    }

    // 2. Names no list knows.
    let mut i = 0;
    while i < toks.len() {
        match name_candidate(toks, &ents, i, lang) {
            Some((a, b)) => {
                add_name(text, toks, &mut ents, &mut by_id, a, b, lang);
                i = b.max(i + 1);
            }
            None => i += 1,
        }
    }
    // 3. Institutions named after their place: l'université de Berne, l'Université catholique
    //    de Louvain, le tribunal de Paris — one organization, not a place.
    institutions(text, toks, &mut ents, &mut by_id, lang);
    // 4. Streets and squares: rue Balzac, boulevard Saint-Michel, place de la Concorde.
    streets(text, toks, &mut ents, &mut by_id, lang);
    for e in &mut ents.list {
        e.mentions.sort_by_key(|m| m.start);
    }
    ents.list.retain(|e| !e.mentions.is_empty());
    // In order of first mention.
    ents.list.sort_by_key(|e| e.mentions[0].start);
    ents.at_token = vec![None; toks.len()];
    for (i, e) in ents.list.iter().enumerate() {
        for m in &e.mentions {
            for t in m.tok_start..m.tok_end {
                ents.at_token[t] = Some(i as u32);
            }
        }
    }
    ents
}

fn streets(text: &str, toks: &[Token], ents: &mut Entities, by_id: &mut HashMap<String, usize>, lang: &Language) {
    let mut i = 0;
    while i + 1 < toks.len() {
        let t = &toks[i];
        if t.kind != TokKind::Word || t.upper || !lang.street_keywords.contains(t.key.as_str()) {
            i += 1;
            continue;
        }
        // Optional de / du / des / de la / de l' before the name.
        let mut j = i + 1;
        if toks.get(j).is_some_and(|x| matches!(x.key.as_str(), "de" | "du" | "des" | "d'")) {
            j += 1;
            if toks.get(j).is_some_and(|x| matches!(x.key.as_str(), "la" | "l'")) {
                j += 1;
            }
        }
        let same = |k: usize| toks.get(k).is_some_and(|x| x.para == t.para);
        let mut end = j;
        while same(end) && is_cap_word(&toks[end]) {
            end = ents.mention_at(end).map(|(_, m)| m.tok_end).unwrap_or(end + 1);
        }
        if end > j {
            replace_span(text, toks, ents, by_id, i, end, EntityType::Loc);
            i = end;
        } else {
            i += 1;
        }
    }
}

/// Replaces every mention overlapping tokens `start..end` with one mention of a (new or
/// existing) entity of type `etype` named by that span.
fn replace_span(
    text: &str,
    toks: &[Token],
    ents: &mut Entities,
    by_id: &mut HashMap<String, usize>,
    start: usize,
    end: usize,
    etype: EntityType,
) {
    for e in ents.list.iter_mut() {
        e.mentions.retain(|m| m.tok_end <= start || m.tok_start >= end);
    }
    let surface = &text[toks[start].start..toks[end - 1].end];
    let id = format!("{}:{}", etype.as_str(), slug(surface));
    let idx = *by_id.entry(id.clone()).or_insert_with(|| {
        ents.list.push(Entity {
            id,
            etype,
            canonical: surface.to_string(),
            wikidata: None,
            entry: None,
            gender: Gender::U,
            mentions: Vec::new(),
            source: EntitySource::Name,
        });
        ents.list.len() - 1
    });
    ents.list[idx].mentions.push(Mention {
        start: toks[start].start,
        end: toks[end - 1].end,
        tok_start: start,
        tok_end: end,
    });
    for x in start..end {
        ents.at_token[x] = Some(idx as u32);
    }
}

fn institutions(text: &str, toks: &[Token], ents: &mut Entities, by_id: &mut HashMap<String, usize>, lang: &Language) {
    let mut i = 0;
    while i + 2 < toks.len() {
        let t = &toks[i];
        // The head: an organization keyword (lower case), or an organization name found above.
        let head_end = match ents.at(i) {
            Some(e) if ents.list[e].etype == EntityType::Org && ents.list[e].source == EntitySource::Name => {
                ents.mention_at(i).map(|(_, m)| m.tok_end)
            }
            None if t.kind == TokKind::Word && !t.upper && lang.institution_keywords.contains(t.key.as_str()) => {
                Some(i + 1)
            }
            _ => None,
        };
        let Some(h) = head_end else {
            i += 1;
            continue;
        };
        let place = toks.get(h).filter(|d| matches!(d.key.as_str(), "de" | "d'")).and_then(|_| ents.mention_at(h + 1));
        match place {
            Some((pe, pm)) if ents.list[pe].etype == EntityType::Loc && toks[h].para == toks[pm.tok_end - 1].para => {
                // Drop the place mention and any head mention, then add the institution.
                let (start, end) = (i, pm.tok_end);
                replace_span(text, toks, ents, by_id, start, end, EntityType::Org);
                i = end;
            }
            _ => i += 1,
        }
    }
}

fn is_cap_word(t: &Token) -> bool {
    t.kind == TokKind::Word && t.upper && !t.key.ends_with('\'')
}

/// Whether token `i` opens a sentence (first word, or after an opening mark, colon or dash).
pub fn sentence_initial(toks: &[Token], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let p = &toks[i - 1];
    if p.sent != toks[i].sent {
        return true;
    }
    p.kind == TokKind::Punct
        && matches!(
            p.ch(),
            '«' | '“' | '"' | '„' | '(' | '—' | '–' | '-' | '‘' | ':' | '[' | '•' | '*' | '.' | '!' | '?' | '…'
        )
}

/// Finds a capitalized name sequence starting at or after token `i` (returns its token range).
fn name_candidate(toks: &[Token], ents: &Entities, i: usize, lang: &Language) -> Option<(usize, usize)> {
    let t = &toks[i];
    if !is_cap_word(t) || ents.at(i).is_some() {
        return None;
    }
    let mut a = i;
    // Skip leading stop words and titles (Selon, Les, M., Mme, Président…).
    while a < toks.len() && is_cap_word(&toks[a]) && ents.at(a).is_none() && toks[a].sent == t.sent {
        let k = &toks[a].key;
        let next_is_cap = toks.get(a + 1).is_some_and(|n| is_cap_word(n) && n.sent == t.sent);
        let is_stop = lang.stop_capitalized.contains(k.as_str())
            || lang.title_or_dotted(k).is_some()
            || lang.is(k, WordClass::Det)
            || lang.is(k, WordClass::Prep);
        if is_stop && !(next_is_cap && is_particle_like(k, lang) && a > i) {
            a += 1;
            // Honorific abbreviation's period.
            if toks.get(a).is_some_and(|p| p.is('.')) {
                a += 1;
            }
            continue;
        }
        break;
    }
    if a >= toks.len() || !is_cap_word(&toks[a]) || ents.at(a).is_some() || toks[a].sent != t.sent {
        return None;
    }
    let mut b = a + 1;
    while let Some(n) = toks.get(b) {
        if n.sent != t.sent || ents.at(b).is_some() {
            break;
        }
        if is_cap_word(n) && n.start <= toks[b - 1].end + 1 {
            b += 1;
            continue;
        }
        // Particles between capitalized words: Charles de Gaulle, Marc Van Ranst, Ibn al-Khattab.
        if n.kind == TokKind::Word && !n.upper && lang.particles.contains(n.key.as_str()) {
            let mut c = b + 1;
            if toks
                .get(c)
                .is_some_and(|x| x.kind == TokKind::Word && !x.upper && lang.particles.contains(x.key.as_str()))
            {
                c += 1;
            }
            if toks.get(c).is_some_and(|x| is_cap_word(x) && x.sent == t.sent && ents.at(c).is_none()) {
                b = c + 1;
                continue;
            }
        }
        break;
    }
    // Never end on a particle-like capitalized stop word.
    while b > a + 1 && lang.stop_capitalized.contains(toks[b - 1].key.as_str()) {
        b -= 1;
    }
    if let Some(x) = first_name_split(toks, a, b, lang) {
        return Some((a, x));
    }
    // A surname initial after a first name: Dylan A.
    if lang.first_names.contains_key(toks[a].key.as_str())
        && toks
            .get(b)
            .is_some_and(|x| x.kind == TokKind::Word && x.upper && x.key.chars().count() == 1 && x.sent == t.sent)
        && toks.get(b + 1).is_some_and(|x| x.is('.'))
    {
        b += 2;
    }
    // An organization keyword heads lowercase complements: Union des consommateurs, Armée rouge.
    if b == a + 1 && lang.org_keywords.contains(toks[a].key.as_str()) {
        let content = |x: &Token| {
            x.kind == TokKind::Word
                && !x.upper
                && !lang.words.contains_key(x.key.as_str())
                && !lang.verb_forms.contains_key(x.key.as_str())
                && !lang.pronouns.contains_key(x.key.as_str())
        };
        let mut steps = 0;
        while steps < 3 {
            match toks.get(b) {
                Some(x) if x.sent == t.sent && ents.at(b).is_none() && content(x) => b += 1,
                Some(x)
                    if matches!(x.key.as_str(), "de" | "des" | "du" | "d'")
                        && toks
                            .get(b + 1)
                            .is_some_and(|y| y.sent == t.sent && ents.at(b + 1).is_none() && content(y)) =>
                {
                    b += 2
                }
                _ => break,
            }
            steps += 1;
        }
    }
    Some((a, b))
}

/// Where a known first name starts a person's name inside a capitalized run whose head is
/// not a name itself (la CGT Sophie Binet, des Canadiens Martin St-Louis, d'État Abbas Araghchi).
pub fn first_name_split(toks: &[Token], a: usize, b: usize, lang: &Language) -> Option<usize> {
    let head = &toks[a];
    if lang.first_names.contains_key(head.key.as_str()) {
        return None;
    }
    let after_de = a > 0 && matches!(toks[a - 1].key.as_str(), "de" | "d'" | "du" | "des");
    let head_not_name = after_de
        || lang.stop_capitalized.contains(head.key.as_str())
        || lang.org_keywords.contains(head.key.as_str())
        || head.acronym
        || head.key.ends_with('s');
    if !head_not_name {
        return None;
    }
    (a + 1..b).find(|&x| lang.first_names.contains_key(toks[x].key.as_str()))
}

fn is_particle_like(k: &str, lang: &Language) -> bool {
    lang.particles.contains(k)
}

/// What the context before token `a` says about the name there.
fn context_type(toks: &[Token], ents: &Entities, a: usize, lang: &Language) -> (Option<EntityType>, Gender) {
    let sent = toks[a].sent;
    let key = |i: usize| toks[i].key.as_str();
    if a >= 1 && toks[a - 1].sent == sent {
        // An organization word right before the name: l'agence Yonhap, le groupe Renault.
        if toks[a - 1].kind == TokKind::Word && !toks[a - 1].upper && lang.org_keywords.contains(key(a - 1)) {
            return (Some(EntityType::Org), Gender::U);
        }
        // dans le Nord, dans l'Oise: a region.
        if a >= 2 && matches!(key(a - 1), "le" | "la" | "l'") && key(a - 2) == "dans" {
            return (Some(EntityType::Loc), Gender::U);
        }
        // Coordinated with a place: à Vannes et Cholet.
        if a >= 2 && matches!(key(a - 1), "et" | "ou" | ",") {
            if let Some(e) = ents.at(a - 2) {
                if ents.list[e].etype == EntityType::Loc {
                    return (Some(EntityType::Loc), Gender::U);
                }
            }
        }
    }
    // Honorific or role title immediately before (M. Martin, Mme Diallo), or a title separated
    // from the name only by adjectives or a comma (le ministre russe, Sergueï …).
    let mut k = a;
    let mut steps = 0;
    while k > 0 && steps < 5 {
        k -= 1;
        steps += 1;
        let p = &toks[k];
        if p.sent != sent {
            break;
        }
        if p.is('.') && steps == 1 {
            continue;
        }
        if p.is(',') {
            continue;
        }
        if p.kind != TokKind::Word {
            break;
        }
        let key = p.key.as_str();
        if let Some(tt) = lang.title_or_dotted(key) {
            return (Some(EntityType::Per), tt.gender);
        }
        if steps == 1 || (steps == 2 && toks[a - 1].is('.')) {
            if matches!(key, "a" | "en" | "au" | "aux") {
                return (Some(EntityType::Loc), Gender::U);
            }
            // A place keyword ending right before the name: ville de, région de.
            for kw in &lang.loc_keywords {
                let n = kw.len();
                if k + 1 >= n && (0..n).all(|j| toks[k + 1 - n + j].key == kw[j]) {
                    return (Some(EntityType::Loc), Gender::U);
                }
            }
        }
        // Only adjectives may stand between a title and its name.
        if p.upper || lang.words.contains_key(key) || lang.verb_forms.contains_key(key) {
            break;
        }
    }
    (None, Gender::U)
}

fn add_name(
    text: &str,
    toks: &[Token],
    ents: &mut Entities,
    by_id: &mut HashMap<String, usize>,
    a: usize,
    b: usize,
    lang: &Language,
) {
    if b <= a {
        return;
    }
    let words: Vec<&Token> = toks[a..b].iter().filter(|t| t.kind == TokKind::Word).collect();
    let n_cap = words.iter().filter(|t| t.upper).count();
    let surface = &text[toks[a].start..toks[b - 1].end];
    let first = &toks[a];
    let (ctx, ctx_gender) = context_type(toks, ents, a, lang);
    let org_kw = words.iter().any(|t| lang.org_keywords.contains(t.key.as_str()));
    let letters: Vec<char> = surface.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    // CamelCase brands (AlAhed, WeylChem): an upper-case letter right after a lower-case one.
    let camel = words.iter().any(|w| {
        let s: Vec<char> = text[w.start..w.end].chars().collect();
        s.windows(2).any(|p| p[0].is_lowercase() && p[1].is_uppercase())
    });
    let first_name = lang.first_names.get(first.key.as_str()).copied();
    let initial = sentence_initial(toks, a);

    // Demonyms and plural common nouns: les Russes, des Français.
    if n_cap == 1 && a > 0 && matches!(toks[a - 1].key.as_str(), "les" | "des" | "aux") && first.key.ends_with('s') {
        return;
    }

    // Grouping with an earlier person: a single token equal to its first or last word.
    if b - a == 1 {
        for (ei, e) in ents.list.iter().enumerate() {
            if e.etype != EntityType::Per {
                continue;
            }
            // The first full-name mention is enough (and keeps this linear in the entities).
            let hit = e.mentions.iter().find(|m| m.tok_end - m.tok_start >= 2).is_some_and(|m| {
                let last = &toks[m.tok_end - 1];
                let firstw = &toks[m.tok_start];
                last.key == first.key || (firstw.key == first.key && !lang.first_names.contains_key(first.key.as_str()))
            });
            if hit {
                push_mention(ents, ei, toks, a, b);
                return;
            }
        }
    }

    let first_caps = first.key.chars().count() >= 2
        && text[first.start..first.end].chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
    // Bylines and credits in capitals: SARAH MEYSSONNIER is a person when she has a first name.
    let first_caps = first_caps && first_name.is_none();
    // Roman numerals (II, XIV) are not acronyms.
    let roman = letters.iter().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'));
    let etype = if (org_kw || (first_caps && words.len() >= 2)) && ctx != Some(EntityType::Per) {
        Some(EntityType::Org)
    } else if let Some(c) = ctx {
        Some(c)
    } else if (all_caps && b - a == 1 && letters.len() <= 6 && !roman) || camel {
        Some(EntityType::Org)
    } else if words.len() >= 2 && n_cap >= 2 && (first_name.is_some() || (n_cap == words.len() && words.len() <= 4)) {
        if initial && first_name.is_none() && lang.stop_capitalized.contains(first.key.as_str()) {
            None
        } else {
            Some(EntityType::Per)
        }
    } else {
        None
    };
    let Some(etype) = etype else { return };
    // A lone sentence-initial word needs more than its capital.
    if b - a == 1 && initial && ctx.is_none() && !all_caps && !camel {
        return;
    }
    let gender = if ctx_gender != Gender::U { ctx_gender } else { first_name.unwrap_or(Gender::U) };
    let id = format!("{}:{}", etype.as_str(), slug(surface));
    let idx = match by_id.get(&id) {
        Some(&i) => i,
        None => {
            ents.list.push(Entity {
                id: id.clone(),
                etype,
                canonical: surface.to_string(),
                wikidata: None,
                entry: None,
                gender,
                mentions: Vec::new(),
                source: EntitySource::Name,
            });
            by_id.insert(id, ents.list.len() - 1);
            ents.list.len() - 1
        }
    };
    push_mention(ents, idx, toks, a, b);
}

fn push_mention(ents: &mut Entities, idx: usize, toks: &[Token], a: usize, b: usize) {
    ents.list[idx].mentions.push(Mention { start: toks[a].start, end: toks[b - 1].end, tok_start: a, tok_end: b });
    for t in a..b {
        ents.at_token[t] = Some(idx as u32);
    }
}
