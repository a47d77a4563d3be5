//! Entities: gazetteer matches plus the names no list knows, grouped per document.
//!
//! Gazetteer matches come first (they carry ids, Wikidata ids, roles and gender).
//! Then capitalized sequences not covered by a match are read as names: joined by
//! particles (`de`, `van`, `al-`…; a compound first name no list knows, `Jan-Willem`, takes its
//! first part's), typed by their context — a title or role before
//! them (`M.`, `le ministre`) makes a person, an organization keyword (`Parti`,
//! `Union`) or an acronym an organization, a place preposition or keyword (`à`,
//! `ville de`) a place. Sentence-initial capitals and capitalized common words
//! are not names. Mentions of one entity are grouped (`Kang Sun Nam` … `Kang`); a compound
//! name with no evidence of its type is a mention of the entity the document names the same
//! way elsewhere (`Hydro-Québec` … `la société Hydro-Québec`).
//!
//! Print and OCR text: a word cut by a line-end hyphen (`Poin¬⏎caré`) is one word, looked up
//! again mended; runs of capitals with vowels are headings, not acronyms (`SUCRE. —`), unless a
//! lower-case word of their line follows them (`BECI s'inquiète`, `at JAXA in Tokyo`); entries
//! followed by leader dots are listed companies; street numbers belong to the address
//! (`27, quai de la Tournelle`); initials, particles after an honorific and lists opened by one
//! (`MM. Billiet, Delaunay et Saillard`) are persons; lists with a place, compound place names
//! (`Châlons-sur-Marne`) and directions (`Asie du Nord-Est`) are places; an acronym or an
//! unknown short name in parentheses joins the organization's name before it.

use std::hash::BuildHasher;

use rustc_hash::FxHashMap as HashMap;

use crate::fold::fold_key;
use crate::gazetteer::{EntityType, Matcher};
use crate::lang::{lex, Gender, Language, Role, Title, WordClass};
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

impl EntitySource {
    /// The record spelling (`gazetteer`, `name`), as serialized.
    pub fn as_str(self) -> &'static str {
        match self {
            EntitySource::Gazetteer => "gazetteer",
            EntitySource::Name => "name",
        }
    }
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
        match self.mentions.as_slice() {
            // One mention needs no count.
            [m] => &text[m.start..m.end],
            // Chars counted as composed: a combining mark goes with its letter.
            ms => ms
                .iter()
                .map(|m| &text[m.start..m.end])
                .max_by_key(|s| s.chars().filter(|&c| !crate::fold::is_combining_mark(c)).count())
                .unwrap_or(""),
        }
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
    let mut out = String::with_capacity(name.len());
    push_slug(&mut out, name);
    out
}

/// The id of a name no list knows: `TYPE:slug`.
fn name_id(etype: EntityType, name: &str) -> String {
    let mut id = String::with_capacity(name.len() + 4);
    push_name_id(&mut id, etype, name);
    id
}

/// Appends the id of a name (see [`name_id`]) to `out`.
fn push_name_id(out: &mut String, etype: EntityType, name: &str) {
    out.push_str(etype.as_str());
    out.push(':');
    push_slug(out, name);
}

/// Appends the slug of `name` (see [`slug`]) to `out`, folding it a char at a time (the fold of
/// an ASCII char is its lower case, or a char that is no letter or digit).
fn push_slug(out: &mut String, name: &str) {
    let start = out.len();
    let mut gap = false;
    let mut push = |c: char, out: &mut String| {
        if !c.is_alphanumeric() {
            gap = true;
            return;
        }
        if gap && out.len() > start {
            out.push('-');
        }
        gap = false;
        out.push(c);
    };
    let mut folded = String::new();
    for ch in name.chars() {
        if ch.is_ascii() {
            push(ch.to_ascii_lowercase(), out);
        } else {
            folded.clear();
            crate::fold::fold_char(ch, &mut folded);
            for c in folded.chars() {
                push(c, out);
            }
        }
    }
}

/// The entities of a document by id while they are found: the hash of an id → the first entity
/// pushed with that hash, confirmed against the entity's own id (no second copy of each id; ids
/// change only in [`acronyms_in_parentheses`], after the last lookup).
struct ById {
    by_hash: HashMap<u64, usize>,
    /// Scratch for the id of a name looked up (most names met are already there).
    name_id: String,
}

impl ById {
    /// Room for `n` entities.
    fn with_capacity(n: usize) -> ById {
        ById { by_hash: HashMap::with_capacity_and_hasher(n, Default::default()), name_id: String::new() }
    }

    fn hash(id: &str) -> u64 {
        rustc_hash::FxBuildHasher.hash_one(id)
    }

    /// The index in `list` of the entity with id `id`, if any.
    fn get(&self, list: &[Entity], id: &str) -> Option<usize> {
        let &idx = self.by_hash.get(&Self::hash(id))?;
        if list[idx].id == id {
            Some(idx)
        } else {
            // Two ids with one hash: the one recorded is the other's (never met in practice).
            list.iter().position(|e| e.id == id)
        }
    }

    /// The index in `list` of the entity with the id of `name` (see [`name_id`]), or that id
    /// when no entity has it.
    fn get_name(&mut self, list: &[Entity], etype: EntityType, name: &str) -> Result<usize, String> {
        self.name_id.clear();
        // Room for the longest id yet, so that the scratch grows once or twice per document.
        self.name_id.reserve(name.len() + 8);
        push_name_id(&mut self.name_id, etype, name);
        self.get(list, &self.name_id).ok_or_else(|| self.name_id.clone())
    }

    /// Records that the entity at `idx` has id `id` (not in the list yet).
    fn insert(&mut self, id: &str, idx: usize) {
        self.by_hash.entry(Self::hash(id)).or_insert(idx);
    }
}

/// Finds and groups the entities of a document.
pub fn find_entities(text: &str, seg: &Segments, gaz: &Matcher, lang: &Language) -> Entities {
    let toks = &seg.tokens;
    // Filled rather than allocated zeroed (a zeroed allocation of this size takes the allocator's
    // slow path).
    let mut at_token = Vec::with_capacity(toks.len());
    at_token.resize(toks.len(), None);
    let mut ents = Entities { list: Vec::with_capacity(16), at_token };
    // 1. Gazetteer matches, kept only where they align with token boundaries of prose.
    let matches = gaz.find(text);
    // The entities by id, room made for one per match.
    let mut by_id = ById::with_capacity(matches.len());
    // The entity of each entry met (an entry is looked up once per document).
    let mut by_entry: HashMap<usize, usize> = HashMap::with_capacity_and_hasher(matches.len(), Default::default());
    let mut a = 0;
    for (mi, &m) in matches.iter().enumerate() {
        // Keep matches that align with prose tokens (tokens are sorted by offset; so are the
        // matches, so each search walks on from the previous one).
        a = partition_from(toks, a, |t| t.start < m.start);
        let b = partition_from(toks, a.saturating_sub(1), |t| t.end < m.end);
        if a >= toks.len() || b >= toks.len() || toks[a].start != m.start || toks[b].end != m.end {
            continue;
        }
        if b < a || toks[a].para != toks[b].para {
            continue;
        }
        // The entry, read once for the checks below.
        let entry = gaz.entry(m.entry);
        let etype = entry.etype();
        // A piece of a word cut at a line end (Pari¬⏎sien) is not a name.
        if cut_at_line_end(text, toks, b) || (a >= 2 && cut_at_line_end(text, toks, a - 2)) {
            continue;
        }
        // A regnal number is not a name (Charles XI is not Xi).
        if a == b && a > 0 && is_cap_word(&toks[a - 1]) && is_roman(text, &toks[a]) {
            continue;
        }
        // A surname alias that is also a first name, followed by another name or an initial,
        // is someone else's first name (Dylan A., Bob … ≠ Bob Dylan).
        if a == b
            && toks[a].has(lex::FIRST_NAME)
            && toks.get(b + 1).is_some_and(|n| n.kind == TokKind::Word && n.upper && n.para == toks[b].para)
            && etype == EntityType::Per
        {
            continue;
        }
        // A name opening with an article whose next word is written in lower case is the common
        // phrase (Le monde a changé, Le cap des dix milliards), not the title (Le Monde, Le Cap).
        if b > a
            && toks[a].has(1 << WordClass::Det as u32)
            && toks[a + 1].kind == TokKind::Word
            && !toks[a + 1].upper
            && article_then_capital(entry.name(), &toks[a].key)
        {
            continue;
        }
        // A one-word alias of a person right after a first name: another spelling of the
        // person's own first name goes on the mention (Abdelmajid Tebboune); any other first
        // name makes it someone else's surname (Sarah Sanders ≠ Bernie Sanders, Jean Poutine),
        // the whole run left to the names no list knows.
        let mut a = a;
        if a == b && a > 0 && is_cap_word(&toks[a - 1]) && etype == EntityType::Per {
            match first_name_before(toks, &ents, a, entry.name()) {
                Some(FirstName::Other) => continue,
                Some(FirstName::Variant) => a -= 1,
                None => {}
            }
        }
        // A first name that is also a place, then a capitalized particle and a name, starts a
        // person's name (Petra De Sutter, Florence Van der Berg).
        if a == b
            && etype == EntityType::Loc
            && toks[a].has(lex::FIRST_NAME)
            && particle_then_name(text, toks, b + 1, true)
        {
            continue;
        }
        // So does a one-word organization that is a first name, before a particle in either case
        // (Marianne de Montmollin, Marianne Le Goff: not the weekly Marianne).
        if a == b
            && etype == EntityType::Org
            && toks[a].has(lex::FIRST_NAME)
            && particle_then_name(text, toks, b + 1, false)
        {
            continue;
        }
        // A one-word place right after an institution word, with no `de` between, is the
        // institution's name (la clinique Saint-Roch, l'université Laval): the run is left to the
        // names no list knows, which the word before types.
        if a == b && etype == EntityType::Loc && institution_word_before(text, toks, a) {
            continue;
        }
        // A one-word place right after a capitalized acronym no list knows is the end of an
        // organization's name (FC Nantes, AC Ajaccio): the run is left to the names no list knows.
        if a == b
            && a > 0
            && etype == EntityType::Loc
            && toks[a - 1].acronym
            && toks[a - 1].end - toks[a - 1].start <= 5
            && !toks[a - 1].has(lex::FUNCTION_WORD | lex::STOP_CAP)
            && one_space_after(text, &toks[a - 1], &toks[a])
            && ents.at_token[a - 1].is_none()
        {
            continue;
        }
        // A one-word organization or place right after a listed first name that opens a name
        // (after no capitalized word or organization keyword) is a person's surname (Doug Ford,
        // Paris Hilton's kind): the run is left to the names no list knows.
        if a == b && a > 0 && surname_after_first_name(toks, &ents, a, lang) && etype != EntityType::Per {
            continue;
        }
        // A capitalized word right after the name, starting no other match, that may go on a name.
        let next_start = matches.get(mi + 1).map_or(text.len(), |n| n.start);
        // A place before capitalized words ending on an organization keyword is their modifier
        // (Manchester Crown Court, Toronto Stock Exchange, Stockport Council): the run is left to
        // the names no list knows, which the keyword types.
        if etype == EntityType::Loc {
            // A keyword may be a role noun too (Council).
            let keyword_on = |k: usize| {
                toks.get(k).is_some_and(|n| {
                    n.has(lex::ORG_KEYWORD) && is_cap_word(n) && right_after(text, &toks[k - 1], n, next_start)
                })
            };
            let mut end = b + 1;
            while name_goes_on(text, toks, end, next_start) || keyword_on(end) {
                end += 1;
            }
            if end > b + 1 && toks[end - 1].has(lex::ORG_KEYWORD) {
                continue;
            }
        }
        // A plural role noun after an acronym names a branch (SNCF Voyageurs, like CGT Cheminots).
        let branch =
            toks[b].acronym && etype == EntityType::Org && plural_role_goes_on(text, toks, b + 1, next_start, lang);
        if branch || name_goes_on(text, toks, b + 1, next_start) {
            match etype {
                // A first name that is also a place starts a person's name: Florence Dupont.
                EntityType::Loc if a == b && toks[a].has(lex::FIRST_NAME) => continue,
                // An organization's name that only starts a longer one (La Presse Canadienne, CGT
                // Cheminots): the whole run is one name no list knows, a person's after a title
                // (l'acteur Wagner Mouras). After an acronym, a word in capitals is another name
                // (AFP FR) and two words are a person's (l'AIEA Yukiya Amano).
                EntityType::Org if !heading_line(text, toks[a].start, toks[b].end) => {
                    let acronym = toks[b].acronym;
                    let mut end = if branch { b + 2 } else { b + 1 };
                    while name_goes_on(text, toks, end, next_start) && !(acronym && toks[end].acronym) {
                        end += 1;
                    }
                    if end > b + 1 && !(acronym && end > b + 2) {
                        let per = context_type(toks, &ents, a, lang).0 == Some(EntityType::Per);
                        let etype = if per { EntityType::Per } else { EntityType::Org };
                        replace_span(text, toks, &mut ents, &mut by_id, a, end, etype);
                        continue;
                    }
                }
                _ => {}
            }
        }
        // A listed place opening with lower-case words before its canonical name: the words are
        // a common noun's (canton de Vaud, département de l'Ain: Vaud, Ain).
        if b > a && !toks[a].upper && toks[a].kind == TokKind::Word {
            a = own_name_after_head(text, toks, gaz, m.entry, a, b).unwrap_or(a);
        }
        // A listed person's alias opening with a lower-case title (roi Philippe, général de
        // Gaulle): the title is no part of the name the text gives.
        if etype == EntityType::Per {
            while a < b
                && !toks[a].upper
                && toks[a].has(lex::TITLE)
                && (toks[a + 1].upper || toks[a + 1].has(lex::PARTICLE))
            {
                a += 1;
            }
        }
        let idx = *by_entry.entry(m.entry).or_insert_with(|| gazetteer_entity(&mut ents, &mut by_id, gaz, m.entry));
        ents.list[idx].mentions.push(Mention { start: toks[a].start, end: m.end, tok_start: a, tok_end: b + 1 });
        for t in a..=b {
            ents.at_token[t] = Some(idx as u32);
        }
    }

    // 2. Names no list knows.
    let starts = Starts::of(text, toks);
    let mut untyped = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // A name starts with a capitalized word (most words are not).
        match starts.cap.next(i) {
            Some(k) => i = k,
            None => break,
        }
        match name_candidate(text, toks, &starts.cap, &ents, i, lang) {
            Some((a, b)) => {
                if add_name(text, toks, &mut ents, &mut by_id, a, b, gaz, lang) {
                    untyped.push((a, b));
                }
                i = b.max(i + 1);
            }
            None => i += 1,
        }
    }
    // A compound name (hyphenated or of several words) with no evidence of its type is a mention
    // of an entity the document names the same way elsewhere (Hydro-Québec … la société
    // Hydro-Québec); a single plain word is too often a capitalized common noun for that.
    for (a, b) in untyped {
        if b == a + 1 && !toks[a].key.contains('-') {
            continue;
        }
        // Two hyphenated parts, a place after a word that makes no place of it: an organization
        // named after the place (Hydro-Québec, Météo-France; not Sud-Liban, Alsace-Lorraine).
        // Not the end of a longer name either (Burkina Faso-Mali).
        let after_name = a > 0
            && is_cap_word(&toks[a - 1])
            && (toks[a].start == toks[a - 1].end
                || (toks[a].start == toks[a - 1].end + 1 && text.as_bytes()[toks[a - 1].end] == b' '));
        if b == a + 1 && !after_name && ents.at(a).is_none() && named_after_place(text, &toks[a], gaz, lang) {
            replace_span(text, toks, &mut ents, &mut by_id, a, b, EntityType::Org);
            continue;
        }
        if let Some(ei) = (a..b).all(|k| ents.at(k).is_none()).then(|| same_name(toks, &ents, a, b)).flatten() {
            push_mention(&mut ents, ei, toks, a, b);
        }
    }
    // Lists of three names or more with a place among them and no other kind of name: the
    // unknown ones are places too (Vou, Ligueil, Manthelan, Yzeures-en-Touraine); with two
    // organizations and no other kind, organizations (PS, MR, Groen, Ecolo).
    name_lists(text, toks, &starts.cap, &mut ents, &mut by_id, lang);
    // A place and a direction after it name another place: Asie du Nord-Est, Europe centrale.
    place_suffixes(text, toks, &mut ents, &mut by_id, lang);
    // 3. Institutions named after their place: l'université de Berne, l'Université catholique
    //    de Louvain, le tribunal de Paris — one organization, not a place.
    institutions(text, toks, &starts.institution, &mut ents, &mut by_id, lang);
    // 4. Streets, squares and geographic features: rue Balzac, boulevard Saint-Michel, place de la
    //    Concorde, mer du Japon, lac Léman.
    streets(text, toks, &starts.street, &mut ents, &mut by_id, lang);
    // A place after a sports role and `de` is its club: l'entraîneur de Lille.
    clubs(text, toks, &mut ents, &mut by_id, lang);
    // 5. An organization's full name spelled out before its acronym in parentheses, the letters
    //    agreeing with the name's initials, is one organization named both ways: le Service
    //    départemental d'incendie et de secours du Nord (Sdis) … le Sdis. Then any other acronym
    //    in parentheses after a name is that name's: l'Université catholique de
    //    Louvain (KUL), le Comité national pour le salut du peuple (CNSP).
    spelled_out_acronyms(text, toks, &starts.paren, &mut ents, &mut by_id);
    acronyms_in_parentheses(text, toks, &starts.paren, &mut ents);
    // 6. Events named with a head (Journée de la Libération, Fête de la Musique): the name after
    //    the head is the event's, not an organization's or a person's; a place stays one.
    drop_event_names(toks, &mut ents, lang);
    // 7. A listed person or organization met only by a one-word alias, in a document naming
    //    someone with that surname in full (Sarah Sanders … Sanders, Doug Ford … Ford): the
    //    document's person.
    surnames_of_named_persons(toks, &mut ents);
    for e in &mut ents.list {
        e.mentions.sort_by_key(|m| m.start);
    }
    ents.list.retain(|e| !e.mentions.is_empty());
    // In order of first mention.
    ents.list.sort_by_key(|e| e.mentions[0].start);
    ents.at_token.fill(None);
    for (i, e) in ents.list.iter().enumerate() {
        for m in &e.mentions {
            for t in m.tok_start..m.tok_end {
                ents.at_token[t] = Some(i as u32);
            }
        }
    }
    ents
}

/// The tokens the rules after the gazetteer start from (most tokens start none): capitalized
/// words, street and institution keywords, found in one walk over the tokens; opening
/// parentheses, found in the text.
struct Starts {
    /// Capitalized words ([`is_cap_word`]).
    cap: Marks,
    /// Words with a street keyword's list bit.
    street: Marks,
    /// Tokens with an institution keyword's list bit.
    institution: Marks,
    /// Opening parentheses after the first token, in token order.
    paren: Vec<usize>,
}

impl Starts {
    /// The starts among the tokens `toks` of `text`.
    fn of(text: &str, toks: &[Token]) -> Starts {
        let n = toks.len();
        let (mut cap, mut street, mut institution) = (Marks::new(n), Marks::new(n), Marks::new(n));
        for (i, t) in toks.iter().enumerate() {
            // One test lets most tokens by.
            if !t.upper && !t.has(lex::STREET_KEYWORD | lex::INSTITUTION_KEYWORD) {
                continue;
            }
            if is_cap_word(t) {
                cap.set(i);
            }
            if t.kind == TokKind::Word && t.has(lex::STREET_KEYWORD) {
                street.set(i);
            }
            if t.has(lex::INSTITUTION_KEYWORD) {
                institution.set(i);
            }
        }
        // A `(` is always a token of its own, its key unchanged by folding.
        let mut paren = Vec::new();
        let mut k = 0;
        for at in memchr::memchr_iter(b'(', text.as_bytes()) {
            k = partition_from(toks, k, |t| t.start < at);
            if k > 0 && toks.get(k).is_some_and(|t| t.start == at && t.kind == TokKind::Punct) {
                paren.push(k);
            }
        }
        Starts { cap, street, institution, paren }
    }
}

/// A set of token indices, one bit each.
struct Marks(Vec<u64>);

impl Marks {
    /// No token of `n`.
    fn new(n: usize) -> Marks {
        Marks(vec![0; n.div_ceil(64)])
    }

    /// The tokens of the mentions of `ents` (`at_token` may still name the tokens of a mention
    /// since dropped: no rule starts there).
    fn in_mentions(ents: &Entities) -> Marks {
        let mut marks = Marks::new(ents.at_token.len());
        for m in ents.list.iter().flat_map(|e| &e.mentions) {
            for i in m.tok_start..m.tok_end {
                marks.set(i);
            }
        }
        marks
    }

    /// Whether token `i` is in the set (none past the last token).
    fn has(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// Adds token `i`.
    fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    /// Adds the tokens of `other`.
    fn union(mut self, other: &Marks) -> Marks {
        for (w, o) in self.0.iter_mut().zip(&other.0) {
            *w |= o;
        }
        self
    }

    /// The first token in the set at or after token `i`.
    fn next(&self, i: usize) -> Option<usize> {
        let w = i / 64;
        let first = self.0.get(w)? & (!0 << (i % 64));
        if first != 0 {
            return Some(w * 64 + first.trailing_zeros() as usize);
        }
        let k = self.0[w + 1..].iter().position(|&x| x != 0)?;
        Some((w + 1 + k) * 64 + self.0[w + 1 + k].trailing_zeros() as usize)
    }
}

/// Whether token `c` goes on the name ending right before it: a capitalized word on the same line,
/// one space after it, that is no function or stop word, title, role noun or first name, and
/// starts before the next gazetteer match (at byte `next_start`).
fn name_goes_on(text: &str, toks: &[Token], c: usize, next_start: usize) -> bool {
    let (Some(n), Some(p)) = (toks.get(c), c.checked_sub(1).map(|p| &toks[p])) else {
        return false;
    };
    const NOT_IN_NAME: u64 =
        lex::STOP_CAP | lex::FUNCTION_WORD | lex::TITLE | lex::ROLE_NOUN | lex::FIRST_NAME | lex::VERB_FORM;
    is_cap_word(n) && !n.has(NOT_IN_NAME) && right_after(text, p, n, next_start)
}

/// Whether token `n` comes one space after token `p`, in its sentence.
fn one_space_after(text: &str, p: &Token, n: &Token) -> bool {
    n.sent == p.sent && n.start == p.end + 1 && text.as_bytes()[p.end] == b' '
}

/// Whether token `n` follows token `p` in its sentence, glued to it or one space after it, and
/// starts before the next gazetteer match (at byte `next_start`).
fn right_after(text: &str, p: &Token, n: &Token, next_start: usize) -> bool {
    n.sent == p.sent
        && n.end <= next_start
        && (n.start == p.end || (n.start == p.end + 1 && text.as_bytes()[p.end] == b' '))
}

/// Whether token `c` is a capitalized plural role noun (`role_nouns.tsv`) that would go on the name
/// ending right before it but for being a role noun (see [`name_goes_on`]).
fn plural_role_goes_on(text: &str, toks: &[Token], c: usize, next_start: usize, lang: &Language) -> bool {
    let (Some(n), Some(p)) = (toks.get(c), c.checked_sub(1).map(|p| &toks[p])) else {
        return false;
    };
    n.upper
        && !n.acronym
        && n.has(lex::ROLE_NOUN)
        && lang.role_nouns.get(n.key.as_str()).is_some_and(|r| r.plural)
        && right_after(text, p, n, next_start)
}

/// Whether the line around bytes `start..end` is a heading: all in capitals, or a headline in
/// title case.
fn heading_line(text: &str, start: usize, end: usize) -> bool {
    all_caps_lines(text, start, end) || title_case_line(text, start)
}

/// `toks.partition_point(pred)`, found on from `from` when the tokens before it all satisfy
/// `pred` (the next match is most often a few tokens on): steps doubling from there bound it,
/// a binary search between the last two finds it.
fn partition_from(toks: &[Token], from: usize, pred: impl Fn(&Token) -> bool) -> usize {
    if from > toks.len() || (from > 0 && !pred(&toks[from - 1])) {
        return toks.partition_point(pred);
    }
    // The tokens before `lo` all satisfy `pred`.
    let mut lo = from;
    let mut step = 1;
    loop {
        let probe = lo + step - 1;
        if probe >= toks.len() || !pred(&toks[probe]) {
            return lo + toks[lo..probe.min(toks.len())].partition_point(&pred);
        }
        lo = probe + 1;
        step *= 2;
    }
}

fn acronyms_in_parentheses(text: &str, toks: &[Token], parens: &[usize], ents: &mut Entities) {
    let mut merges: Vec<(usize, usize)> = Vec::new();
    for &i in parens {
        let t = &toks[i];
        // An organization's name goes on in lower case up to the acronym: le Comité national
        // pour le salut du peuple (CNSP).
        if ents.at(i - 1).is_none() && toks.get(i + 1).is_some_and(|x| x.acronym) {
            let mut k = i - 1;
            while k > 0
                && i - k <= 6
                && ents.at(k).is_none()
                && toks[k].kind == TokKind::Word
                && !toks[k].upper
                && toks[k].sent == t.sent
            {
                k -= 1;
            }
            if let Some((e, m)) = ents.mention_at(k) {
                if m.tok_end == k + 1
                    && k + 1 < i
                    && ents.list[e].etype == EntityType::Org
                    && ents.list[e].source == EntitySource::Name
                {
                    let ent = &mut ents.list[e];
                    if let Some(mm) = ent.mentions.iter_mut().find(|x| x.tok_start == m.tok_start) {
                        mm.tok_end = i;
                        mm.end = toks[i - 1].end;
                        ent.canonical = text[mm.start..mm.end].to_string();
                        ent.id = name_id(ent.etype, &ent.canonical);
                    }
                    for x in m.tok_end..i {
                        ents.at_token[x] = Some(e as u32);
                    }
                }
            }
        }
        short_name_in_parentheses(toks, i, ents);
        let (Some((long, lm)), Some((short, sm))) = (ents.mention_at(i - 1), ents.mention_at(i + 1)) else {
            continue;
        };
        let closed = toks.get(sm.tok_end).is_some_and(|c| c.is(')'));
        let words = toks[lm.tok_start..lm.tok_end].iter().filter(|w| w.kind == TokKind::Word).count();
        let (le, se) = (&ents.list[long], &ents.list[short]);
        // A wordy name and a lone acronym of the same kind, not a dateline (Moscou (AFP)).
        if long != short
            && closed
            && lm.tok_end == i
            && sm.tok_end == i + 2
            && toks[i + 1].acronym
            && words >= 2
            && le.etype == se.etype
            && (le.source == EntitySource::Name || se.source == EntitySource::Name)
        {
            // The linked entity keeps the mentions.
            if se.source == EntitySource::Gazetteer {
                merges.push((long, short));
            } else {
                merges.push((short, long));
            }
        }
    }
    for (from, to) in merges {
        if from == to || ents.list[from].mentions.is_empty() {
            continue;
        }
        let moved = std::mem::take(&mut ents.list[from].mentions);
        ents.list[to].mentions.extend(moved);
    }
}

/// An unknown capitalized word alone in the parentheses at `i`, right after an organization's
/// name of several words, is that organization's short name whether its letters spell the name or
/// not (le Syndicat national des débits de boisson (Synedeboc)): it and its later uses are
/// mentions of the organization.
fn short_name_in_parentheses(toks: &[Token], i: usize, ents: &mut Entities) {
    let Some(w) = toks.get(i + 1) else { return };
    if !is_cap_word(w)
        || w.has(lex::STOP_CAP | lex::FIRST_NAME | lex::FUNCTION_WORD | lex::COMMON)
        || ents.at(i + 1).is_some()
        || !toks.get(i + 2).is_some_and(|c| c.is(')'))
    {
        return;
    }
    let Some((e, m)) = ents.mention_at(i - 1) else { return };
    let words = toks[m.tok_start..m.tok_end].iter().filter(|t| t.kind == TokKind::Word).count();
    if m.tok_end != i || words < 2 || ents.list[e].etype != EntityType::Org {
        return;
    }
    let key = w.key.clone();
    for x in i + 1..toks.len() {
        if toks[x].key == key && is_cap_word(&toks[x]) && ents.at(x).is_none() {
            push_mention(ents, e, toks, x, x + 1);
        }
    }
}

fn place_suffixes(text: &str, toks: &[Token], ents: &mut Entities, by_id: &mut ById, lang: &Language) {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for e in ents.list.iter().filter(|e| e.etype == EntityType::Loc) {
        for m in &e.mentions {
            let b = m.tok_end;
            // A next word that starts no suffix (its list bit) settles it.
            if toks.get(b).is_none_or(|t| t.kind == TokKind::Word && !t.has(lex::PLACE_SUFFIX_HEAD)) {
                continue;
            }
            let next = toks[b].key.as_str();
            // The first word compared alone (most suffixes differ there).
            for suffix in lang.place_suffixes.iter().filter(|s| s.first().is_some_and(|h| h == next)) {
                let n = suffix.len();
                let fits = (0..n).all(|j| {
                    toks.get(b + j).is_some_and(|t| {
                        t.key == suffix[j] && t.sent == toks[m.tok_start].sent && ents.at(b + j).is_none()
                    })
                });
                if fits {
                    spans.push((m.tok_start, b + n));
                    break;
                }
            }
        }
    }
    for (s, e) in spans {
        replace_span(text, toks, ents, by_id, s, e, EntityType::Loc);
    }
}

/// Lists of names (commas, `et`) whose known items are all places, or organizations: the unknown
/// items take their type ([`list_type`]).
fn name_lists(text: &str, toks: &[Token], caps: &Marks, ents: &mut Entities, by_id: &mut ById, lang: &Language) {
    // Items: (start, end, known type).
    let mut items: Vec<(usize, usize, Option<EntityType>)> = Vec::new();
    // Tokens are only added to mentions before the one looked at: the starts ahead stay as found.
    let heads = Marks::in_mentions(ents).union(caps);
    let mut i = 0;
    while i < toks.len() {
        // A list starts at a mention or a capitalized word (most tokens are neither).
        match heads.next(i) {
            Some(k) => i = k,
            None => break,
        }
        items.clear();
        let mut j = i;
        while let Some(t) = toks.get(j) {
            if t.sent != toks[i].sent {
                break;
            }
            let item = if let Some((e, m)) = ents.mention_at(j) {
                (m.tok_start == j).then_some((j, m.tok_end, Some(ents.list[e].etype)))
            } else if caps.has(j) && !t.has(lex::STOP_CAP | lex::FUNCTION_WORD) && !is_title(t, lang) {
                // Capitalized words in a row make one item (Open VLD).
                let mut e = word_end(text, toks, j);
                while caps.has(e)
                    && ents.at(e).is_none()
                    && toks[e].sent == t.sent
                    && toks[e].start == toks[e - 1].end + 1
                    && !toks[e].has(lex::STOP_CAP | lex::FUNCTION_WORD)
                {
                    e = word_end(text, toks, e);
                }
                Some((j, e, None))
            } else {
                None
            };
            let Some(item) = item else { break };
            items.push(item);
            j = item.1;
            match toks.get(j) {
                Some(s) if (s.is(',') || s.has_role(Role::And)) && s.sent == toks[i].sent => j += 1,
                _ => break,
            }
        }
        // Lists of three items or more (most runs are one name); of two, an organization and an
        // unknown name of no first name: another organization (la CGT et Sud Rail).
        let list_type = match items.len() {
            n if n >= 3 => list_type(&items),
            2 => pair_type(toks, &items),
            _ => None,
        };
        if let Some(etype) = list_type {
            for &(s, e, ty) in &items {
                if ty.is_none() && !(etype == EntityType::Org && toks[s].has(lex::FIRST_NAME)) {
                    replace_span(text, toks, ents, by_id, s, e, etype);
                }
            }
        }
        i = items.last().map_or(i + 1, |it| it.1.max(i + 1));
    }
}

/// The type the unknown item of a two-name list takes: an organization's when the other item is
/// a known organization, `et` joins them and the unknown one opens no sentence, with no first
/// name, nor is a common word alone (la CGT et Sud Rail; not la CGT et Sophie Binet, l'ONU et
/// Nord).
fn pair_type(toks: &[Token], items: &[(usize, usize, Option<EntityType>)]) -> Option<EntityType> {
    let (known, (s, e, _)) = match (items[0].2, items[1].2) {
        (Some(t), None) => (t, items[1]),
        (None, Some(t)) => (t, items[0]),
        _ => return None,
    };
    // Joined by `et` (after a comma, the second name is most often a clause's subject: selon l'AFP,
    // Dupont …).
    if !toks[items[0].1].has_role(Role::And) {
        return None;
    }
    let common_alone = e == s + 1 && toks[s].has(lex::COMMON);
    let plain = !toks[s].has(lex::FIRST_NAME) && !common_alone && !sentence_initial(toks, s);
    (known == EntityType::Org && plain).then_some(EntityType::Org)
}

/// The type a list's unknown items take: a place's when a place is among the items and no other
/// kind of name; an organization's when two organizations are and no other kind of name (PS, MR,
/// Groen, Ecolo).
fn list_type(items: &[(usize, usize, Option<EntityType>)]) -> Option<EntityType> {
    let (mut places, mut orgs, mut others) = (0, 0, 0);
    for it in items {
        match it.2 {
            Some(EntityType::Loc) => places += 1,
            Some(EntityType::Org) => orgs += 1,
            Some(_) => others += 1,
            None => {}
        }
    }
    match (places, orgs, others) {
        (p, 0, 0) if p > 0 => Some(EntityType::Loc),
        (0, o, 0) if o >= 2 => Some(EntityType::Org),
        _ => None,
    }
}

fn streets(text: &str, toks: &[Token], keywords: &Marks, ents: &mut Entities, by_id: &mut ById, lang: &Language) {
    let mut i = 0;
    while i + 1 < toks.len() {
        // Most tokens are no street keyword (before the last token).
        match keywords.next(i).filter(|&k| k + 1 < toks.len()) {
            Some(k) => i = k,
            None => break,
        }
        let t = &toks[i];
        // A street number before the keyword (12, rue …; 4 square …): part of the address.
        let number = if i >= 2 && (toks[i - 1].is(',') || toks[i - 1].is('.')) && toks[i - 2].kind == TokKind::Number {
            Some(i - 2)
        } else if i >= 1 && toks[i - 1].kind == TokKind::Number {
            Some(i - 1)
        } else {
            None
        }
        .filter(|&n| {
            let digits = &text[toks[n].start..toks[n].end];
            toks[n].para == t.para && digits.len() <= 4 && digits.bytes().all(|c| c.is_ascii_digit())
        });
        // A keyword inside a longer gazetteer mention is that entry's (mer du Japon).
        let in_mention = ents
            .mention_at(i)
            .is_some_and(|(e, m)| m.tok_end > i + 1 && ents.list[e].source == EntitySource::Gazetteer);
        // A landmark's head (`landmark_heads.txt`) may be capitalized inside a sentence (Tour Eiffel).
        // Lower case, it follows the article the list gives it, if any (la tour Eiffel, not au tour
        // de Meeroo).
        let head = lang.landmark_heads.get(t.key.as_str());
        let landmark =
            head.is_some_and(|article| t.upper || article.as_ref().is_none_or(|d| i > 0 && toks[i - 1].key == *d));
        let capitalized = t.upper && (!landmark || sentence_initial(toks, i));
        let other_sense = head.is_some() && !landmark && !lang.street_keywords.contains(t.key.as_str());
        if (capitalized && number.is_none())
            || other_sense
            || in_mention
            || (i >= 2 && cut_at_line_end(text, toks, i - 2))
        {
            i += 1;
            continue;
        }
        // Optional de / du / des / de la / de l' before the name.
        let mut j = i + 1;
        if toks.get(j).is_some_and(|x| x.has_role(Role::Of)) {
            j += 1;
            if toks.get(j).is_some_and(|x| x.has_role(Role::AfterOf)) {
                j += 1;
            }
        }
        let same = |k: usize| toks.get(k).is_some_and(|x| x.para == t.para);
        let mut end = j;
        let mut listed = false;
        while same(end) && is_cap_word(&toks[end]) {
            listed |= ents.at(end).is_some_and(|e| ents.list[e].source == EntitySource::Gazetteer);
            end = ents.mention_at(end).map(|(_, m)| m.tok_end).unwrap_or(end + 1);
        }
        // A listed name after a landmark's head stays itself (Tour de France, porte de Versailles).
        if end > j && !(landmark && (listed || number.is_some())) {
            // The number after the name (rue Ordener, 80) when none came before.
            if number.is_none()
                && toks.get(end).is_some_and(|c| c.is(','))
                && toks.get(end + 1).is_some_and(|n| n.kind == TokKind::Number && n.para == t.para)
                && toks.get(end + 2).is_none_or(|x| x.kind != TokKind::Word || x.para != t.para)
            {
                end += 2;
            }
            replace_span(text, toks, ents, by_id, number.unwrap_or(i), end, EntityType::Loc);
            i = end;
        } else {
            i += 1;
        }
    }
}

/// Makes a place named right after a sports role and `de` / `d'` (`club_roles.txt`: l'entraîneur
/// de Lille, le gardien d'Angers, one adjective between: l'entraîneur adjoint de Lille) the club
/// named after it, in each of its mentions but those right after a place keyword (à Lille).
fn clubs(text: &str, toks: &[Token], ents: &mut Entities, by_id: &mut ById, lang: &Language) {
    if lang.club_roles.is_empty() {
        return;
    }
    let after_role = |s: usize| {
        if s < 2 || !toks[s - 1].has_role(Role::Of) || toks[s - 1].has(1 << WordClass::Det as u32) {
            return false;
        }
        let role =
            |k: usize| toks[k].sent == toks[s].sent && !toks[k].upper && lang.club_roles.contains(toks[k].key.as_str());
        let adjective = |k: usize| {
            toks[k].kind == TokKind::Word && !toks[k].upper && !toks[k].has(lex::FUNCTION_WORD | lex::VERB_FORM)
        };
        role(s - 2) || (s >= 3 && adjective(s - 2) && role(s - 3))
    };
    let mut spans = Vec::new();
    for e in ents.list.iter().filter(|e| e.etype == EntityType::Loc) {
        if e.mentions.iter().any(|m| after_role(m.tok_start)) {
            for m in &e.mentions {
                let s = m.tok_start;
                if after_role(s) || !(s > 0 && loc_keyword_ends_at(toks, s - 1, lang)) {
                    spans.push((s, m.tok_end));
                }
            }
        }
    }
    for (a, b) in spans {
        replace_span(text, toks, ents, by_id, a, b, EntityType::Org);
    }
}

/// Replaces every mention overlapping tokens `start..end` with one mention of a (new or
/// existing) entity of type `etype` named by that span; returns that entity's index.
fn replace_span(
    text: &str,
    toks: &[Token],
    ents: &mut Entities,
    by_id: &mut ById,
    start: usize,
    end: usize,
    etype: EntityType,
) -> usize {
    for e in ents.list.iter_mut() {
        e.mentions.retain(|m| m.tok_end <= start || m.tok_start >= end);
    }
    let surface = &text[toks[start].start..toks[end - 1].end];
    let idx = by_id.get_name(&ents.list, etype, surface).unwrap_or_else(|id| {
        by_id.insert(&id, ents.list.len());
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
    idx
}

fn institutions(text: &str, toks: &[Token], keywords: &Marks, ents: &mut Entities, by_id: &mut ById, lang: &Language) {
    // Tokens are only added to mentions before the one looked at: the heads ahead stay as found.
    let heads = Marks::in_mentions(ents).union(keywords);
    let mut i = 0;
    while i + 2 < toks.len() {
        // Most tokens are neither in a mention nor an institution keyword (before the last two).
        match heads.next(i).filter(|&k| k + 2 < toks.len()) {
            Some(k) => i = k,
            None => break,
        }
        let t = &toks[i];
        // The head: an organization keyword (lower case), or an organization name found above.
        let head_end = match ents.at(i) {
            Some(e) if ents.list[e].etype == EntityType::Org && ents.list[e].source == EntitySource::Name => {
                ents.mention_at(i).map(|(_, m)| m.tok_end)
            }
            // Not after an indefinite article: une clinique de Saint-Etienne is a clinic in the
            // place, no institution's name.
            None if t.kind == TokKind::Word
                && !t.upper
                && t.has(lex::INSTITUTION_KEYWORD)
                && !(i > 0 && toks[i - 1].has_role(Role::One)) =>
            {
                // Up to two adjectives after the keyword go on the head (préfecture maritime de la
                // Manche, police municipale de Lausanne).
                let mut h = i + 1;
                while h < i + 3
                    && toks.get(h).is_some_and(|a| {
                        a.kind == TokKind::Word
                            && !a.upper
                            && !a.has(lex::FUNCTION_WORD | lex::VERB_FORM)
                            && lang.is_postposed_adjective(&text[a.start..a.end])
                    })
                {
                    h += 1;
                }
                Some(h)
            }
            _ => None,
        };
        let Some(h) = head_end else {
            i += 1;
            continue;
        };
        // `of` and a singular article or none (`de`, `du`; not `des`): université de Berne,
        // préfecture de la Haute-Savoie, préfecture du Finistère; after an organization's name,
        // any (Centre d'alerte aux tsunamis du Pacifique).
        let named_head = ents.at(i).is_some();
        let of = toks.get(h).filter(|d| {
            d.has_role(Role::Of) && (named_head || !d.has(1 << WordClass::Det as u32) || !d.has_role(Role::Plural))
        });
        let place_at = match of {
            Some(d) if d.has(1 << WordClass::Det as u32) => Some(h + 1),
            Some(_) if toks.get(h + 1).is_some_and(|x| x.has_role(Role::AfterOf)) => Some(h + 2),
            Some(_) => Some(h + 1),
            None => None,
        };
        let place = place_at.and_then(|p| ents.mention_at(p));
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

/// The title (written with or without its period) that word token `t` is: the list bit first,
/// then the lookup.
fn title_of<'l>(t: &Token, lang: &'l Language) -> Option<&'l Title> {
    if t.has(lex::TITLE) {
        lang.title_or_dotted(&t.key)
    } else {
        None
    }
}

/// Whether token `a` is a listed first name standing alone as a person, as reportage names its
/// witnesses: followed by a verb (Dany doit …), by an age (Dany, 72 ans, …) or by a role in
/// apposition (Patrick, agriculteur sur l'île).
fn lone_first_name_person(toks: &[Token], a: usize, lang: &Language) -> bool {
    let t = &toks[a];
    if !t.has(lex::FIRST_NAME) || t.acronym {
        return false;
    }
    let sent = t.sent;
    // After a capitalized word it ends a longer name (Robby Valère, 23 ans).
    if a > 0 && toks[a - 1].sent == sent && toks[a - 1].kind == TokKind::Word && toks[a - 1].upper {
        return false;
    }
    let at = |k: usize| toks.get(k).filter(|x| x.sent == sent);
    let Some(next) = at(a + 1) else { return false };
    if next.kind == TokKind::Word {
        // A verb right after: its subject (not a capitalized word: the name goes on).
        return !next.upper && next.has(1 << WordClass::Aux as u32 | lex::VERB_FORM);
    }
    if !next.is(',') {
        return false;
    }
    match at(a + 2) {
        Some(n) if n.kind == TokKind::Number => age_after(toks, a + 1),
        // A role, bare or after a determiner (agriculteur ; une retraitée).
        Some(w) if w.kind == TokKind::Word && !w.upper => {
            let role = |x: &Token| x.kind == TokKind::Word && !x.upper && (x.has(lex::ROLE_NOUN) || is_title(x, lang));
            role(w) || (w.has(1 << WordClass::Det as u32) && at(a + 3).is_some_and(role))
        }
        _ => false,
    }
}

/// Whether an age in apposition follows token `b` (a comma) in its sentence: a small number after
/// a space, then a comma or a word of three letters or more (`, 72 ans,`; `, 72,`), as reportage
/// gives a person's (not a time: `,9 h. 45`).
fn age_after(toks: &[Token], b: usize) -> bool {
    /// Largest number read as an age.
    const MAX_AGE: u32 = 120;
    let Some(comma) = toks.get(b).filter(|c| c.is(',')) else { return false };
    let at = |k: usize| toks.get(k).filter(|x| x.sent == comma.sent);
    at(b + 1).is_some_and(|n| {
        n.kind == TokKind::Number && n.start > comma.end && n.key.parse::<u32>().is_ok_and(|v| v > 0 && v <= MAX_AGE)
    }) && at(b + 2).is_some_and(|w| w.is(',') || (w.kind == TokKind::Word && !w.upper && w.key.len() >= 3))
}

/// Whether word token `t` is a title written without a period (the list bit first).
fn is_title(t: &Token, lang: &Language) -> bool {
    t.has(lex::TITLE) && lang.titles.contains_key(t.key.as_str())
}

/// Whether a place keyword ends at word token `k` (`ville de`, `îles`). The list bits of the word
/// and of the one before it tell whether one may; only then are the keywords compared.
fn loc_keyword_ends_at(toks: &[Token], k: usize, lang: &Language) -> bool {
    let p = &toks[k];
    if p.has(lex::LOC_KEYWORD) {
        return true;
    }
    let longer_may = p.has(lex::LOC_KEYWORD_END)
        && k > 0
        && (toks[k - 1].kind != TokKind::Word || toks[k - 1].has(lex::LOC_KEYWORD_PENULT));
    longer_may && lang.loc_keywords.iter().any(|kw| phrase_ends_at(toks, k + 1, kw))
}

/// Drops the mentions of organizations and persons that come right after an event's head, or
/// open with one (`Coupe Suzanne-Lenglen`, a trophy: no person).
fn drop_event_names(toks: &[Token], ents: &mut Entities, lang: &Language) {
    if lang.event_heads.is_empty() {
        return;
    }
    // A head has at most this many words before the name; its first word has a list bit.
    let longest = lang.event_heads.iter().map(Vec::len).max().unwrap_or(0);
    let after_head = |m: &Mention| {
        let opens = toks[m.tok_start].has(lex::EVENT_HEAD)
            && lang
                .event_heads
                .iter()
                .any(|h| h.len() < m.tok_end - m.tok_start && phrase_starts_at(toks, m.tok_start, h));
        opens
            || (m.tok_start.saturating_sub(longest)..m.tok_start).any(|k| toks[k].has(lex::EVENT_HEAD))
                && lang.event_heads.iter().any(|h| phrase_ends_at(toks, m.tok_start, h))
    };
    for e in ents.list.iter_mut().filter(|e| e.etype != EntityType::Loc) {
        e.mentions.retain(|m| !after_head(m));
    }
}

/// Whether the keys of the tokens from `start` on are the words of `phrase`.
pub(crate) fn phrase_starts_at(toks: &[Token], start: usize, phrase: &[String]) -> bool {
    toks.get(start..start + phrase.len()).is_some_and(|ts| ts.iter().zip(phrase).all(|(t, w)| t.key == *w))
}

/// Whether the keys of the tokens ending right before `end` are the words of `phrase`.
pub(crate) fn phrase_ends_at(toks: &[Token], end: usize, phrase: &[String]) -> bool {
    let n = phrase.len();
    end >= n && toks[end - n..end].iter().zip(phrase).all(|(t, w)| t.key == *w)
}

/// Whether a listed name opens with the article `article` (a folded key) and a capitalized
/// word (Le Monde, La Poste).
fn article_then_capital(name: &str, article: &str) -> bool {
    let mut words = name.split([' ', '\'', '’']);
    // An elided article (`l'`) is split off the name's first word at its apostrophe.
    words.next().is_some_and(|w| fold_key(w) == article.trim_end_matches(['\'', '’']))
        && words.next().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Whether token `k` is a name particle one space after the token before it, capitalized when
/// `capitalized` (`De`, `Van`), else in either case (`de`), followed, over at most one more
/// particle, by a capitalized word of its sentence (`De Sutter`, `Van der Straeten`, `de
/// Montmollin`).
fn particle_then_name(text: &str, toks: &[Token], k: usize, capitalized: bool) -> bool {
    let spaced = |j: usize| j > 0 && toks.get(j).is_some_and(|t| one_space_after(text, &toks[j - 1], t));
    let particle = |j: usize| spaced(j) && toks[j].has(lex::PARTICLE) && toks[j].kind == TokKind::Word;
    if !particle(k) || capitalized && !toks[k].upper {
        return false;
    }
    let n = if particle(k + 1) { k + 2 } else { k + 1 };
    spaced(n) && is_cap_word(&toks[n]) && !toks[n].has(lex::PARTICLE)
}

/// Whether an institution word in lower case comes right before token `a`, one space before, in
/// its sentence (la clinique Saint-Roch): what follows is the institution's name, not a place.
fn institution_word_before(text: &str, toks: &[Token], a: usize) -> bool {
    a > 0 && {
        let k = &toks[a - 1];
        k.has(lex::INSTITUTION_KEYWORD) && !k.upper && one_space_after(text, k, &toks[a])
    }
}

/// What a first name right before a person's one-word alias says of the person.
enum FirstName {
    /// The person's own first name spelled another way (one letter apart).
    Variant,
    /// Someone else's first name.
    Other,
}

/// The first name at token `a - 1` (capitalized, of the same paragraph, taken by no match) set
/// against `name`, the person's full name in the list; `None` when there is none, or it is the
/// list's own first name as written. A word no list knows as a first name is one when it is the
/// list's own spelled another way.
fn first_name_before(toks: &[Token], ents: &Entities, a: usize, name: &str) -> Option<FirstName> {
    let (f, t) = (&toks[a - 1], &toks[a]);
    if !(f.kind == TokKind::Word && f.upper && f.para == t.para && f.end < t.start && ents.at_token[a - 1].is_none()) {
        return None;
    }
    let own = fold_key(name.split(' ').next().unwrap_or(""));
    if own == f.key.as_str() {
        None
    } else if one_edit_apart(&own, &f.key) && (f.has(lex::FIRST_NAME) || (own.len() >= 4 && !f.has(lex::STOP_CAP))) {
        // A word no list knows as a first name is one only this close to the listed one
        // (Dmitro Kuleba for Dmytro Kouleba).
        Some(FirstName::Variant)
    } else if f.has(lex::FIRST_NAME) {
        Some(FirstName::Other)
    } else {
        None
    }
}

/// The first capitalized token of the match `a..=b` of place entry `entry` from which the rest
/// of the match is the entry's canonical name, if any: the list names the place without the
/// common noun before it (canton de Vaud, département de l'Ain; not bande de Gaza, whose alias
/// Gaza is no canonical name).
fn own_name_after_head(text: &str, toks: &[Token], gaz: &Matcher, entry: usize, a: usize, b: usize) -> Option<usize> {
    let k = (a + 1..=b).find(|&k| is_cap_word(&toks[k]))?;
    let e = gaz.entry(entry);
    // A canonical name in lower case keeps its head (golfe d'Aden): nothing to compare.
    if e.etype() != EntityType::Loc || !e.name().starts_with(char::is_uppercase) {
        return None;
    }
    (fold_key(e.name()) == fold_key(&text[toks[k].start..toks[b].end])).then_some(k)
}

/// Whether the word at token `a` follows a listed first name that opens a name (capitalized, one
/// space before `a`, taken by no match, after no capitalized word but a title and no
/// organization keyword of its sentence), directly, through capitalized name particles (Marc
/// Van Ranst) or through one middle name (Nuri Bilge Ceylan), and the word after `a` goes on no
/// longer name.
fn surname_after_first_name(toks: &[Token], ents: &Entities, a: usize, lang: &Language) -> bool {
    let t = &toks[a];
    if t.acronym {
        return false;
    }
    // The first name, over at most two particles, each one space after the one before.
    let mut k = a - 1;
    while k > 0
        && a - k <= 2
        && toks[k].has(lex::PARTICLE)
        && is_cap_word(&toks[k])
        && toks[k + 1].start == toks[k].end + 1
    {
        k -= 1;
    }
    // The name from the first name at `k` to `a`, opening a name in its sentence.
    let opens_name = |k: usize| {
        let f = &toks[k];
        if !(f.has(lex::FIRST_NAME) && is_cap_word(f) && !f.acronym && f.sent == t.sent)
            || toks[k + 1].start != f.end + 1
            || (k..a).any(|j| ents.at_token[j].is_some())
        {
            return false;
        }
        k == 0 || {
            let p = &toks[k - 1];
            p.sent != f.sent
                || p.kind != TokKind::Word
                || !(p.upper || p.has(lex::ORG_KEYWORD))
                || is_title(p, lang)
                || (p.upper && p.has(lex::FUNCTION_WORD | lex::STOP_CAP) && !p.has(lex::FIRST_NAME))
        }
    };
    // Else over one middle name: a plain capitalized word (no function word, no acronym) one
    // space before `a` (Nuri Bilge Ceylan).
    let middle = |j: usize| {
        is_cap_word(&toks[j])
            && !toks[j].acronym
            && !toks[j].has(lex::FUNCTION_WORD | lex::STOP_CAP)
            && toks[j + 1].start == toks[j].end + 1
    };
    let named = opens_name(k) || (k == a - 1 && a >= 2 && middle(a - 1) && opens_name(a - 2));
    named && toks.get(a + 1).is_none_or(|n| n.sent != t.sent || !is_cap_word(n))
}

/// Whether two words are equal or one insertion, deletion or substitution apart: spellings
/// of one name (Abdelmadjid, Abdelmajid).
fn one_edit_apart(x: &str, y: &str) -> bool {
    let (x, y) = (x.as_bytes(), y.as_bytes());
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let p = short.iter().zip(long).take_while(|(a, b)| a == b).count();
    let skip = usize::from(short.len() == long.len());
    short.get(p + skip..).unwrap_or_default() == long.get(p + 1..).unwrap_or_default() || short == long
}

fn is_cap_word(t: &Token) -> bool {
    t.upper && t.kind == TokKind::Word && !t.key.ends_with('\'')
}

/// Whether the word at token `i` is cut at the end of its line by a hyphen (`¬` or `-`) and goes
/// on at the start of the next line (`Poin¬⏎caré`, `Constan-⏎tinople`, `Saint¬⏎Nazaire`): tokens
/// `i + 1` (the hyphen) and `i + 2` (the rest) then belong to the same word.
#[inline]
fn cut_at_line_end(text: &str, toks: &[Token], i: usize) -> bool {
    let Some([w, h, n]) = toks.get(i..i + 3) else {
        return false;
    };
    // Most words are followed by a space or by a word: these tests, inlined, let them by.
    h.kind == TokKind::Punct
        && h.start == w.end
        && n.start > h.end
        && w.kind == TokKind::Word
        && n.kind == TokKind::Word
        && hyphen_at_line_end(text, h, n)
}

/// Whether punctuation token `h` is a hyphen cutting a word before token `n` on the next line.
#[inline(never)]
fn hyphen_at_line_end(text: &str, h: &Token, n: &Token) -> bool {
    // `¬` only ever cuts a word; a plain hyphen does when the next line goes on in lower case.
    if !(h.is('¬') || (h.is('-') && !n.upper)) || h.sent != n.sent {
        return false;
    }
    let gap = &text[h.end..n.start];
    gap.contains('\n') && gap.trim().is_empty()
}

/// One past the last token of the word at token `i`, across a line-end cut (see [`cut_at_line_end`]).
fn word_end(text: &str, toks: &[Token], i: usize) -> usize {
    if cut_at_line_end(text, toks, i) {
        i + 3
    } else {
        i + 1
    }
}

/// The text of tokens `a..b` with line-end cuts mended: `Constan¬⏎tinople` → `Constantinople`,
/// `Saint¬⏎Nazaire` → `Saint-Nazaire`; other line breaks become spaces.
fn mended(text: &str, toks: &[Token], a: usize, b: usize) -> String {
    let mut out = String::with_capacity(toks[b - 1].end - toks[a].start);
    let mut i = a;
    while i < b {
        if i > a {
            let gap = &text[toks[i - 1].end..toks[i].start];
            if !gap.is_empty() {
                out.push(' ');
            }
        }
        out.push_str(&text[toks[i].start..toks[i].end]);
        if i + 2 < b && cut_at_line_end(text, toks, i) {
            if toks[i + 2].upper {
                out.push('-');
            }
            out.push_str(&text[toks[i + 2].start..toks[i + 2].end]);
            i += 3;
        } else {
            i += 1;
        }
    }
    out
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

/// Finds a capitalized name sequence starting at or after token `i` (returns its token range);
/// `caps` are the capitalized words ([`is_cap_word`]) among `toks`.
fn name_candidate(
    text: &str,
    toks: &[Token],
    caps: &Marks,
    ents: &Entities,
    i: usize,
    lang: &Language,
) -> Option<(usize, usize)> {
    let t = &toks[i];
    if !caps.has(i) || ents.at(i).is_some() {
        return None;
    }
    let mut a = i;
    // Skip leading stop words and titles (Selon, Les, M., Mme, Président…).
    while caps.has(a) && ents.at(a).is_none() && toks[a].sent == t.sent {
        let next_is_cap = caps.has(a + 1) && toks[a + 1].sent == t.sent;
        let initial = is_initial(&toks[a]) && toks.get(a + 1).is_some_and(|p| p.is('.'));
        let is_title = toks[a].has(lex::TITLE);
        if initial && !is_title {
            break;
        }
        let is_stop =
            toks[a].has(lex::STOP_CAP | lex::TITLE | 1 << WordClass::Det as u32 | 1 << WordClass::Prep as u32);
        if is_stop && !(next_is_cap && is_particle_like(&toks[a], lang) && a > i) {
            a += 1;
            // Honorific abbreviation's period.
            if toks.get(a).is_some_and(|p| p.is('.')) {
                a += 1;
            }
            continue;
        }
        break;
    }
    // A particle right after a title belongs to the name: M. de Lasteyrie, M. van Luyten, le
    // Général de Castelnau, M. le Dr Erary. Not an article or a title's complement: Mme le Maire,
    // Monsieur le Président; after a role, a bare particle only, before no portfolio word (le Président
    // de la République, Ministre des Affaires, Ministre d'État are no names).
    let lead = a;
    if let Some(title) = (a > i).then(|| title_before(toks, a, lang)).flatten() {
        let mut c = a;
        while c < a + 2
            && toks.get(c).is_some_and(|x| {
                x.kind == TokKind::Word
                    && !x.upper
                    && x.sent == t.sent
                    && x.has(lex::PARTICLE)
                    && (title.honorific || !x.has(1 << WordClass::Det as u32))
            })
        {
            c += 1;
        }
        let named = toks.get(c).is_some_and(|x| {
            let honorific = title_of(x, lang).is_some_and(|tt| tt.honorific);
            is_cap_word(x)
                && x.sent == t.sent
                && ents.at(c).is_none()
                && (honorific
                    || !(x.has(lex::TITLE | lex::ROLE_NOUN)
                        || lang.portfolio_words.contains(x.key.as_str())
                        || toks[a].has_role(Role::The)))
        });
        if c > a && named {
            a = c;
        }
    }
    if !caps.has(a) || ents.at(a).is_some() || toks[a].sent != t.sent {
        return None;
    }
    let mut b = word_end(text, toks, a);
    // Initials before a surname: T. Mortreuil, L.-G. Guerdan, J.Camp.
    let mut x = a;
    while is_initial(&toks[x]) && toks.get(x + 1).is_some_and(|p| p.is('.') && p.start == toks[x].end) {
        let mut n = x + 2;
        if toks.get(n).is_some_and(|h| h.is('-') && h.start == toks[x + 1].end) {
            n += 1;
        }
        match toks.get(n) {
            Some(w) if w.sent == t.sent && ents.at(n).is_none() && is_initial(w) => x = n,
            Some(w) if w.sent == t.sent && ents.at(n).is_none() && is_cap_word(w) && !w.has(lex::STOP_CAP) => {
                b = word_end(text, toks, n);
                break;
            }
            _ => break,
        }
    }
    while let Some(n) = toks.get(b) {
        if n.sent != t.sent || ents.at(b).is_some() {
            break;
        }
        if caps.has(b) && n.start <= toks[b - 1].end + 1 {
            b = word_end(text, toks, b);
            continue;
        }
        // Links between capitalized words, one or two lower-case words: name particles (Charles
        // de Gaulle, Marc Van Ranst, Ibn al-Khattab), or an organization keyword's `of` and its
        // article (Ministry of Foreign Affairs, Commission of the European Union).
        let lower = |x: &Token| x.kind == TokKind::Word && !x.upper;
        let particle = |x: &Token| lower(x) && x.has(lex::PARTICLE);
        let keyword_of = lower(n) && n.has_role(Role::Of) && toks[b - 1].has(lex::ORG_KEYWORD);
        if particle(n) || keyword_of {
            let mut c = b + 1;
            if toks.get(c).is_some_and(|x| particle(x) || (keyword_of && lower(x) && x.has_role(Role::AfterOf))) {
                c += 1;
            }
            if toks.get(c).is_some_and(|x| is_cap_word(x) && x.sent == t.sent && ents.at(c).is_none()) {
                b = word_end(text, toks, c);
                continue;
            }
        }
        break;
    }
    // Never end on a particle-like capitalized stop word, unless it is an organization keyword
    // after a word of the name that is none (Dupont Bâtiment Services, not Accueil Services).
    let untrimmed = b;
    while b > a + 1 && is_cap_word(&toks[b - 1]) && toks[b - 1].has(lex::STOP_CAP) {
        // (A word of four letters at least, or a short one in capitals: `SA` is a company's,
        // `Sa` ends a name cut short.)
        let keyword = toks[b - 1].has(lex::ORG_KEYWORD)
            && (toks[b - 1].key.len() >= 4 || toks[b - 1].acronym)
            && is_cap_word(&toks[b - 2])
            && !toks[b - 2].has(lex::STOP_CAP);
        if keyword {
            break;
        }
        b -= 1;
    }
    if lead < a {
        return Some((lead, b));
    }
    // A nationality noun heading the run (l'Italienne Jasmine Paolini, the Briton Andy Murray): the
    // name starts after it, when a first name follows or, after an article, a name that no
    // organization keyword marks and that is no acronym alone (le Serbe Novak Djokovic, le Serbe
    // Djokovic, not the American Civil Liberties Union; one word not after a form that is also an
    // adjective: the American Express board).
    if b > a + 1 && toks[a].has(lex::DEMONYM) && !toks[a].has(lex::FIRST_NAME) && is_cap_word(&toks[a + 1]) {
        let named = toks[a + 1].has(lex::FIRST_NAME)
            || (a > 0
                && toks[a - 1].has_role(Role::The)
                && (b > a + 2 || (!toks[a + 1].acronym && !lang.demonym_adjectives.contains(toks[a].key.as_str())))
                && !toks[a + 1..b].iter().any(|w| w.has(lex::ORG_KEYWORD)));
        if named {
            a += 1;
        }
    }
    // A headline in title case capitalizes every word: a name that starts with a first name is
    // the first name and the word after it (Sarah Smith Named New Head Of …).
    if b > a + 2 && toks[a].has(lex::FIRST_NAME) && is_cap_word(&toks[a + 1]) && title_case_line(text, toks[a].start) {
        return Some((a, a + 2));
    }
    // A capitalized role title inside the run (Health Minister Brad Hazzard, Opposition Leader
    // Chris Minns): the name is what follows it; a run ending on one names no one.
    if let Some(y) = (a + 1..b).rev().find(|&y| {
        toks[y].kind == TokKind::Word
            && toks[y].has(lex::TITLE)
            && lang.titles.get(toks[y].key.as_str()).is_some_and(|tt| !tt.honorific)
    }) {
        return Some((y + 1, b));
    }
    // A capitalized role noun or title heading the run right before a known first name (Resident
    // Debbie Jackson, Justice Bruce Thomas): the name starts at the first name.
    if b > a + 1 && toks[a].has(lex::ROLE_NOUN | lex::TITLE) && toks[a + 1].has(lex::FIRST_NAME) {
        return Some((a + 1, b));
    }
    if let Some(x) = first_name_split(toks, a, b) {
        return Some((a, x));
    }
    // A surname initial after a first name: Dylan A.
    if toks[a].has(lex::FIRST_NAME)
        && toks
            .get(b)
            .is_some_and(|x| x.kind == TokKind::Word && x.upper && x.key.chars().count() == 1 && x.sent == t.sent)
        && toks.get(b + 1).is_some_and(|x| x.is('.'))
    {
        b += 2;
    }
    // An organization keyword heads lowercase complements: Union des consommateurs, Armée rouge,
    // Syndicat national des exploitants des débits de boisson, Caisse de dépôt et placement. Bare
    // words go on the head (its adjectives: Armée rouge, Syndicat national); after a complement
    // another one goes on (`de`, `de la`, `et`, `et des` and a word), and a bare word only before
    // one that is no place's (village d'…): else it is the sentence's (le Conseil des ministres
    // marqué par …, le Conseil des ministres caquiste comptait …).
    // The keyword may follow a common adjective (Haut Conseil pour le climat, Haute Autorité).
    let keyword_run = (b == a + 1 && toks[a].has(lex::ORG_KEYWORD))
        || (b == a + 2
            && toks[a].has(lex::COMMON)
            && !toks[a].has(lex::ORG_KEYWORD)
            && toks[a + 1].has(lex::ORG_KEYWORD));
    // A keyword alone and a number of one or two digits right after it name a division or a
    // league (Ligue 1, Ligue 2): the number goes on the name, which takes no complement.
    let numbered = b == a + 1
        && toks[a].has(lex::ORG_KEYWORD)
        && !toks[a].acronym
        && toks.get(b).is_some_and(|n| {
            n.kind == TokKind::Number
                && n.sent == t.sent
                && n.start == toks[a].end + 1
                && n.end - n.start <= 2
                && text.as_bytes()[n.start..n.end].iter().all(u8::is_ascii_digit)
        });
    if numbered {
        b += 1;
    }
    if keyword_run && !numbered {
        let free = |k: usize| toks.get(k).filter(|x| x.sent == t.sent && ents.at(k).is_none());
        // A lower-case content word; right after a preposition (`linked`) a speech verb's form
        // is one too, read as a noun (Centre d'alerte, cellule d'appui).
        let content_after = |x: &Token, linked: bool| {
            x.kind == TokKind::Word
                && !x.upper
                && !x.has(lex::FUNCTION_WORD | lex::PRONOUN | 1 << WordClass::Aux as u32)
                && (linked || !x.has(lex::VERB_FORM))
        };
        let content = |x: &Token| content_after(x, false);
        let mut complement = false;
        for _ in 0..MAX_ORG_COMPLEMENTS {
            // After a complement, a bare word goes on before another complement only, and never
            // a past participle (Agence de presse estudiantine d'Iran, Bureau de la défense civile
            // de Manille; not le Conseil des ministres présidé par …).
            // A bare word is an adjective that follows its noun (`adjective_endings.txt`): not
            // a verb (le Conseil travaille), nor any word in a language whose adjectives come first.
            let bare = free(b).is_some_and(|x| {
                content(x)
                    && (x.has(lex::DEMONYM) || lang.is_postposed_adjective(&text[x.start..x.end]))
                    && (!complement
                        || (!lang.is_past_participle(&text[x.start..x.end])
                            && free(b + 1).is_some_and(|d| d.has_role(Role::Of))
                            && toks.get(b + 2).is_some_and(|w| w.kind == TokKind::Word && w.sent == t.sent)
                            && !loc_keyword_ends_at(toks, b + 1, lang)))
            });
            if bare {
                b += 1;
                continue;
            }
            // `et` joins a complement to the one before it only.
            let mut c = b;
            let and = complement && free(c).is_some_and(|x| x.has_role(Role::And));
            c += usize::from(and);
            let mut linked = false;
            if free(c).is_some_and(|x| x.has_role(Role::Of)) {
                c += 1;
                c += usize::from(free(c).is_some_and(|x| x.has_role(Role::AfterOf)));
                linked = true;
            } else if let Some(&holds) = free(c).filter(|x| !x.upper).and_then(|x| lang.org_links.get(x.key.as_str())) {
                // Another link word (Ligue contre le cancer, Centre d'alerte aux tsunamis): its
                // article in it or right after it.
                c += 1;
                if !holds {
                    if !free(c).is_some_and(|x| x.has_role(Role::AfterOf) || x.has_role(Role::The)) {
                        break;
                    }
                    c += 1;
                }
                linked = true;
            } else if !and {
                break;
            }
            if !free(c).is_some_and(|x| content_after(x, linked)) {
                break;
            }
            b = c + 1;
            complement = true;
        }
    }
    // A capitalized article inside a sentence opens a title (dans La Tribune Dimanche, selon
    // L'Est Républicain, à La Roche-sur-Foron): the name starts with it.
    // A title keeps a last capitalized word that is no article, preposition or pronoun (La
    // Tribune Dimanche).
    if title_article_before(text, toks, ents, a) {
        a -= 1;
        let article_like = lex::PARTICLE | lex::PRONOUN | 1 << WordClass::Det as u32 | 1 << WordClass::Prep as u32;
        if b == untrimmed - 1 && !toks[b].has(article_like) {
            b = untrimmed;
        }
    }
    Some((a, b))
}

/// Most lower-case words or complements an organization keyword takes on (see [`name_candidate`]).
const MAX_ORG_COMPLEMENTS: usize = 6;

/// Whether the word before token `a` is a capitalized definite article that opens a title inside
/// a sentence (`dans La Tribune`, `selon L'Est Républicain`), not a sentence's first word or a
/// headline's, and the name at `a` is no acronym (`le SPVM`) or first name.
fn title_article_before(text: &str, toks: &[Token], ents: &Entities, a: usize) -> bool {
    let Some(p) = a.checked_sub(1).map(|p| &toks[p]) else { return false };
    let n = &toks[a];
    p.kind == TokKind::Word
        && p.upper
        && p.has_role(Role::The)
        && p.sent == n.sent
        && ents.at(a - 1).is_none()
        && n.start <= p.end + 1
        && !n.acronym
        && !n.has(lex::FIRST_NAME | lex::STOP_CAP | lex::TITLE | lex::ROLE_NOUN)
        && !sentence_initial(toks, a - 1)
        // After a number, the article opens a dateline's sentence (2023-05 Le Service de police).
        && toks[a - 2].kind != TokKind::Number
        && (!is_cap_word(&toks[a - 2]) || toks[a - 2].has(lex::STOP_CAP))
        && !title_case_line(text, p.start)
}

/// Where a known first name starts a person's name inside a capitalized run whose head is
/// not a name itself (la CGT Sophie Binet, des Canadiens Martin St-Louis, d'État Abbas Araghchi).
pub fn first_name_split(toks: &[Token], a: usize, b: usize) -> Option<usize> {
    let head = &toks[a];
    // After an article a first name is a common noun's spelling (au Trésor Steve Mnuchin).
    let after_article = a > 0 && !toks[a - 1].upper && toks[a - 1].has(1 << WordClass::Det as u32);
    if head.has(lex::FIRST_NAME) && !(after_article && head.has(lex::COMMON)) {
        return None;
    }
    let after_de = a > 0 && toks[a - 1].has_role(Role::Of);
    let head_not_name = after_de
        || after_article
        || head.has(lex::STOP_CAP)
        || head.has(lex::ORG_KEYWORD)
        || head.acronym
        || head.key.ends_with('s');
    if !head_not_name {
        return None;
    }
    (a + 1..b).find(|&x| toks[x].has(lex::FIRST_NAME))
}

/// A Roman numeral in capitals (II, XIV), as after a sovereign's name.
fn is_roman(text: &str, t: &Token) -> bool {
    t.kind == TokKind::Word
        && text[t.start..t.end].chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

/// Whether word token `t` is a Roman ordinal (`Ve`, `IIIe`, `XXIe`, `Ier`, `IIème`), not a word
/// spelled so (`Le`, `Ce`).
fn is_roman_ordinal(text: &str, t: &Token) -> bool {
    let w = &text[t.start..t.end];
    let digits = w.trim_end_matches(|c: char| c.is_lowercase());
    let suffix = &w[digits.len()..];
    t.kind == TokKind::Word
        && !t.has(lex::FUNCTION_WORD | lex::STOP_CAP)
        && !digits.is_empty()
        && digits.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
        && matches!(suffix, "e" | "er" | "re" | "ème" | "eme")
}

/// A one-letter capital word: an initial when a period follows.
fn is_initial(t: &Token) -> bool {
    t.kind == TokKind::Word && t.upper && {
        let mut chars = t.key.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
    }
}

/// The word token ending right before token `a`, a period after it skipped: where a title
/// (`M.`, `Mme`, `MM.`, `général`) before `a` would be.
fn title_slot(toks: &[Token], a: usize) -> Option<&Token> {
    let w = match a.checked_sub(1).map(|p| &toks[p]) {
        Some(p) if p.is('.') => a.checked_sub(2).map(|w| &toks[w])?,
        p => p?,
    };
    (w.kind == TokKind::Word).then_some(w)
}

/// The title (`M.`, `Mme`, `MM.`, `général`) ending right before token `a`, if any.
fn title_before<'l>(toks: &[Token], a: usize, lang: &'l Language) -> Option<&'l Title> {
    title_slot(toks, a).and_then(|w| title_of(w, lang))
}

/// Whether a title (`M.`, `Mme`, `MM.`, `général`) ends right before token `a`.
fn title_ends_before(toks: &[Token], a: usize) -> bool {
    title_slot(toks, a).is_some_and(|w| w.has(lex::TITLE))
}

/// Whether word token `t` is a name particle (the list bit first).
fn is_particle_like(t: &Token, lang: &Language) -> bool {
    t.has(lex::PARTICLE) && lang.particles.contains(t.key.as_str())
}

/// Whether token `k` ends a list of persons (`X, Y et`) whose first item follows an honorific.
fn honorific_list_before(toks: &[Token], ents: &Entities, mut k: usize) -> bool {
    for _ in 0..8 {
        let Some((e, m)) = ents.mention_at(k) else { return false };
        if ents.list[e].etype != EntityType::Per || toks[m.tok_start].sent != toks[k].sent {
            return false;
        }
        let s = m.tok_start;
        if title_ends_before(toks, s) {
            return true;
        }
        if s >= 2 && (toks[s - 1].is(',') || toks[s - 1].has_role(Role::And)) {
            k = s - 2;
        } else {
            return false;
        }
    }
    false
}

/// What the context before token `a` says about the name there.
fn context_type(toks: &[Token], ents: &Entities, a: usize, lang: &Language) -> (Option<EntityType>, Gender) {
    let sent = toks[a].sent;
    if lone_first_name_person(toks, a, lang) {
        return (Some(EntityType::Per), Gender::U);
    }
    if a >= 1 && toks[a - 1].sent == sent {
        // An organization word right before the name, or before one or two adjectives that
        // come before it: le groupe Renault, l'agence officielle Yonhap, le réseau social X; the
        // word alone right before a name in quotation marks (le mouvement « Terre Libre »).
        let quoted = a >= 2 && toks[a - 2].sent == sent && lang.quote_marks.iter().any(|&(o, _)| toks[a - 1].is(o));
        // A first name and a surname after an organization word and an adjective are a person's
        // (le gouvernement italien Matteo Renzi); right after the word, a body named after one.
        let full_name_after_adjective = toks[a].has(lex::FIRST_NAME)
            && toks.get(a + 1).is_some_and(|n| n.sent == sent && is_cap_word(n))
            && !toks[a - 1].has(lex::ORG_KEYWORD);
        let mut k = a - 1 - usize::from(quoted);
        for _ in 0..if quoted { 1 } else { 3 } {
            let p = &toks[k];
            if p.sent != sent || p.kind != TokKind::Word || p.upper {
                break;
            }
            if p.has(lex::ORG_KEYWORD) && !full_name_after_adjective {
                return (Some(EntityType::Org), Gender::U);
            }
            let adjective_like = !p.has(lex::FUNCTION_WORD | lex::VERB_FORM) && !is_title(p, lang);
            if !adjective_like || k == 0 {
                break;
            }
            k -= 1;
        }
        // A nationality noun after an article: le Serbe Djokovic, l'Italienne Paolini.
        if a >= 2
            && is_cap_word(&toks[a - 1])
            && !toks[a - 1].acronym
            && toks[a - 1].has(lex::DEMONYM)
            && !toks[a - 1].has(lex::FIRST_NAME)
            && !lang.demonym_adjectives.contains(toks[a - 1].key.as_str())
            && toks[a - 2].has_role(Role::The)
            && !toks[a - 2].has_role(Role::Plural)
        {
            return (Some(EntityType::Per), Gender::U);
        }
        // dans le Nord, dans l'Oise: a region.
        let singular_the = |t: &Token| t.has_role(Role::The) && !t.has_role(Role::Plural);
        if a >= 2 && singular_the(&toks[a - 1]) && toks[a - 2].has_role(Role::In) {
            return (Some(EntityType::Loc), Gender::U);
        }
        // Coordinated with a place: à Vannes et Cholet. Not a person's full name after a comma
        // (à Clairefontaine, Didier Deschamps a …): a first name and a capitalized word.
        let full_name = toks[a].has(lex::FIRST_NAME)
            && toks.get(a + 1).is_some_and(|n| n.sent == sent && n.kind == TokKind::Word && n.upper);
        // Nor a name after a comma whose verb follows it: a subject after a fronted place (en
        // Vendée, Dany doit …; à Lyon, Durand a …).
        let subject = || {
            let after = (a..toks.len()).find(|&k| !is_cap_word(&toks[k])).map(|k| &toks[k]);
            const VERB_LIKE: u64 =
                1 << WordClass::Aux as u32 | 1 << WordClass::Neg as u32 | 1 << WordClass::Refl as u32 | lex::VERB_FORM;
            after.is_some_and(|n| {
                n.sent == sent
                    && n.kind == TokKind::Word
                    && !n.upper
                    && (n.has(VERB_LIKE) || !n.has(lex::FUNCTION_WORD))
            })
        };
        if a >= 2
            && (toks[a - 1].has_role(Role::And)
                || toks[a - 1].has_role(Role::Or)
                || (toks[a - 1].is(',') && !full_name && !subject()))
        {
            if let Some((e, m)) = ents.mention_at(a - 2) {
                // A name after a role's place and a comma is the role's holder (Le maire de
                // Dolbeau-Mistassini, Réjean Lapointe, …).
                let role_place = toks[a - 1].is(',')
                    && m.tok_start >= 2
                    && toks[m.tok_start - 1].has_role(Role::Of)
                    && toks[m.tok_start - 2].has(lex::ROLE_NOUN | lex::TITLE)
                    && !toks[m.tok_start - 2].upper;
                if ents.list[e].etype == EntityType::Loc && role_place && toks.get(a + 1).is_some_and(is_cap_word) {
                    return (Some(EntityType::Per), Gender::U);
                }
                // A full name after a place that no preposition of place comes before is a
                // person's (Luc Henrard de Herstal et Paul Durand; à Lyon et Diego Suarez: a place).
                let after_prep = m.tok_start > 0 && toks[m.tok_start - 1].has(1 << WordClass::Prep as u32);
                let of_place = after_prep && !toks[m.tok_start - 1].has_role(Role::Of);
                if ents.list[e].etype == EntityType::Loc && (!full_name || of_place) {
                    return (Some(EntityType::Loc), Gender::U);
                }
            }
        }
        // In a list of persons opened by an honorific: MM. Louis Billiet, Delaunay et Saillard.
        if a >= 2
            && (toks[a - 1].has_role(Role::And) || toks[a - 1].is(','))
            && honorific_list_before(toks, ents, a - 2)
        {
            return (Some(EntityType::Per), Gender::U);
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
        if let Some(tt) = title_of(p, lang) {
            return (Some(EntityType::Per), tt.gender);
        }
        if steps == 1 || (steps == 2 && toks[a - 1].is('.')) {
            // A place keyword ending right before the name: à, en, ville de, région de.
            if loc_keyword_ends_at(toks, k, lang) {
                // But a common noun alone after a one-word preposition names no place (au Salon
                // de l'agriculture, au Mondial), unless it opens place names (le Nord, au
                // Nord-Est) or a complement goes on the name (au Col de la Loze).
                let lone = toks.get(a + 1).is_none_or(|n| n.sent != sent || !(is_cap_word(n) || n.has_role(Role::Of)));
                let t = &toks[a];
                if steps == 1
                    && lone
                    && p.has(lex::LOC_KEYWORD)
                    && p.has(1 << WordClass::Prep as u32)
                    && common_word(t, lang)
                    && !t.key.split('-').any(|w| lang.place_prefixes.contains(w))
                {
                    return (None, Gender::U);
                }
                return (Some(EntityType::Loc), Gender::U);
            }
        }
        // Only adjectives may stand between a title and its name (the list bits of the word
        // are its function-word and verb-form lookups).
        if p.upper || p.has(lex::FUNCTION_WORD | lex::VERB_FORM) {
            break;
        }
    }
    (None, Gender::U)
}

/// Whether a token is an acronym of two or more ASCII capitals none of which is a vowel (`BHF`,
/// `FM`, `SNCF`): a code, never a surname.
fn vowelless_acronym(t: &Token) -> bool {
    t.acronym && t.key.len() >= 2 && t.key.bytes().all(|c| c.is_ascii_lowercase() && !b"aeiouy".contains(&c))
}

/// Whether a word, itself in no list (common, function word, verb form), is the plural of a
/// listed common noun ([`lex::COMMON`]): its singular is the word one final `s` or `x` off
/// (`papiers`, `verres`, `bureaux`).
fn plural_common_noun(w: &Token, lang: &Language) -> bool {
    w.kind == TokKind::Word
        && !w.has(lex::COMMON | lex::FUNCTION_WORD | lex::VERB_FORM)
        && w.key.strip_suffix(['s', 'x']).is_some_and(|one| one.len() >= 3 && lang.lex(one) & lex::COMMON != 0)
}

/// Whether a word is a common noun or adjective ([`lex::COMMON`]), or a compound of them joined
/// by hyphens or apostrophes (Nord-Est, Grand'Place).
fn common_word(w: &Token, lang: &Language) -> bool {
    w.has(lex::COMMON)
        || (w.key.contains(['-', '\''])
            && w.key.split(['-', '\'']).all(|p| !p.is_empty() && lang.lex(p) & lex::COMMON != 0))
}

// The document (text, tokens), the entities being built and the knowledge (gazetteer, language).
// Returns whether the name was left for want of evidence of its type alone.
#[allow(clippy::too_many_arguments)]
fn add_name(
    text: &str,
    toks: &[Token],
    ents: &mut Entities,
    by_id: &mut ById,
    a: usize,
    b: usize,
    gaz: &Matcher,
    lang: &Language,
) -> bool {
    if b <= a {
        return false;
    }
    // Words, a word cut at a line end counted once (by its first piece): how many, how many
    // capitalized (and of them portfolio words), the second one, whether one is an organization
    // keyword.
    let (mut n_words, mut n_cap, mut second, mut org_kw) = (0, 0, None, false);
    let mut n_portfolio = 0;
    let mut cut = false;
    let mut x = a;
    while x < b {
        let w = &toks[x];
        if w.kind == TokKind::Word {
            n_words += 1;
            n_cap += usize::from(w.upper);
            n_portfolio += usize::from(w.upper && lang.portfolio_words.contains(w.key.as_str()));
            if n_words == 2 {
                second = Some(w);
            }
            org_kw |= w.has(lex::ORG_KEYWORD);
        }
        let e = word_end(text, toks, x).min(b);
        cut |= e > x + 1;
        x = e;
    }
    // Whether a word (its first piece) is in CamelCase: read only where a rule asks.
    let camel = || {
        let mut x = a;
        while x < b {
            let w = &toks[x];
            if w.kind == TokKind::Word && camel_case(&text[w.start..w.end]) {
                return true;
            }
            x = word_end(text, toks, x).min(b);
        }
        false
    };
    let one_word = word_end(text, toks, a) >= b;
    let surface = &text[toks[a].start..toks[b - 1].end];
    let first = &toks[a];
    // The letters of the name when all are capitals (CNSP, SUCRE, COVID-19), none otherwise.
    let capitals = Letters::capitals(surface);
    let all_caps = capitals.as_ref().is_some_and(|l| l.count >= 2);
    let heading = all_caps_lines(text, toks[a].start, toks[b - 1].end);

    // A portfolio's words alone name no one: des Affaires Étrangères.
    if n_cap > 0 && n_portfolio == n_cap {
        return false;
    }
    // Demonyms and plural common nouns: les Russes, des Français.
    if n_cap == 1 && a > 0 && toks[a - 1].has_role(Role::Plural) && first.key.ends_with('s') {
        return false;
    }
    // A plural nationality noun (its singular listed too) ends no name: South Africans, New
    // Zealanders, not Cirages Français.
    let last = &toks[b - 1];
    if n_words >= 2
        && last.upper
        && last.has(lex::DEMONYM)
        && last.key.strip_suffix('s').is_some_and(|one| lang.demonyms.contains(one))
    {
        return false;
    }

    // Grouping with an earlier person: a single token equal to its first or last word.
    if b - a == 1 && !heading {
        for (ei, e) in ents.list.iter().enumerate() {
            if e.etype != EntityType::Per {
                continue;
            }
            // The first full-name mention is enough (and keeps this linear in the entities).
            let hit = e.mentions.iter().find(|m| m.tok_end - m.tok_start >= 2).is_some_and(|m| {
                let last = &toks[m.tok_end - 1];
                let firstw = &toks[m.tok_start];
                last.key == first.key || (firstw.key == first.key && !first.has(lex::FIRST_NAME))
            });
            if hit {
                push_mention(ents, ei, toks, a, b);
                return false;
            }
        }
        // Or an earlier organization's short name: the first word of its name of several words,
        // when that word is no keyword and no common word (Aéroméca Industries … Aéroméca; not
        // Groupe, not Banque).
        let own = |w: &Token| w.upper && !w.has(lex::ORG_KEYWORD | lex::FIRST_NAME) && !common_word(w, lang);
        if first.kind == TokKind::Word && own(first) {
            let org = ents.list.iter().position(|e| {
                e.etype == EntityType::Org
                    && e.mentions.iter().any(|m| m.tok_end - m.tok_start >= 2 && toks[m.tok_start].key == first.key)
            });
            if let Some(ei) = org {
                push_mention(ents, ei, toks, a, b);
                return false;
            }
        }
    }

    // A title opened by a capitalized article (see [`title_article_before`]): the end of an
    // earlier person's name (Jean Le Goff … Le Goff), else no person's.
    let article = b > a + 1 && first.upper && first.has_role(Role::The) && !sentence_initial(toks, a);
    if article && !heading {
        let keys = &toks[a..b];
        let found = ents.list.iter().position(|e| {
            e.etype == EntityType::Per
                && e.mentions.iter().any(|m| {
                    m.tok_end - m.tok_start > b - a
                        && toks[m.tok_end - (b - a)..m.tok_end].iter().zip(keys).all(|(x, y)| x.key == y.key)
                })
        });
        if let Some(ei) = found {
            push_mention(ents, ei, toks, a, b);
            return false;
        }
    }

    // Not an earlier person's: a name cut by a line-end hyphen or hyphenated in the old way is looked up again
    // (Constan¬⏎tinople, San-Francisco).
    if (cut || surface.contains('-'))
        && !institution_word_before(text, toks, a)
        && gazetteer_variant(text, toks, ents, by_id, a, b, gaz)
    {
        return false;
    }
    let (ctx, ctx_gender) = context_type(toks, ents, a, lang);
    let first_name = if one_word && b > a + 1 {
        lang.first_names.get(fold_key(&mended(text, toks, a, b)).as_str()).copied()
    } else if first.kind == TokKind::Word && !first.has(lex::FIRST_NAME) {
        // The list bit of a word is its first-name lookup; a compound first name no list knows
        // opening a name of several words takes its first part's (Jan-Willem de Vries).
        first
            .key
            .split_once('-')
            .filter(|_| !one_word && b > a + 1)
            .and_then(|(part, _)| lang.first_names.get(part).copied())
    } else {
        lang.first_names.get(first.key.as_str()).copied()
    };
    let initial = sentence_initial(toks, a);
    // Bylines and credits in capitals: SARAH MEYSSONNIER is a person when she has a first name
    // (read only for a name of several words; a title's first word is the one after its article).
    let first_caps = || {
        let w = &toks[a + usize::from(article)];
        first_name.is_none()
            && w.key.chars().nth(1).is_some()
            && text[w.start..w.end].chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
    };
    // After a lower-case elision the capitals are running text's acronym (l'OTAN, de l'UNEF).
    let elided = a > 0 && toks[a - 1].kind == TokKind::Word && !toks[a - 1].upper && toks[a - 1].key.ends_with('\'');
    // One word in capitals, an acronym: not a Roman numeral (II, XIV); an unknown acronym is
    // short or hard to pronounce (CNSP, VTM, TTXVN), or a code with digits (COVID-19, A380), while
    // a longer word in capitals with vowels is a common word set in capitals (SUCRE, LAINES, AMOUR).
    // So is one of up to six capitals before a lower-case word of its line, in running text not
    // set in capitals (Côté patronal, BECI s'inquiète; at JAXA in Tokyo); not a dateline (VANNES
    // (AP) --) or a name after its common noun (le projet ARRET).
    let running = !heading
        && toks
            .get(b)
            .is_some_and(|t| t.kind == TokKind::Word && !t.upper && !text[toks[b - 1].end..t.start].contains('\n'));
    let acronym = one_word
        && capitals.as_ref().is_some_and(|l| {
            l.count >= 2 && l.count <= 6 && !l.roman && (l.count <= 3 || l.vowels <= 1 || l.digits || elided || running)
        });
    // An acronym and capitalized words joined by hyphens: a body's name (SUD-Rail, Snes-FSU).
    let hyphen_acronym =
        one_word && !all_caps && surface.contains(['-', '\u{2010}', '\u{2011}']) && acronym_compound(surface, gaz);
    // Several words in capitals, not a code with digits.
    let caps_words = n_words >= 2 && capitals.as_ref().is_some_and(|l| l.count >= 2 && !l.digits);
    // A sovereign or a pope: a first name and a regnal number (Charles XI, Pie XII).
    let regnal = n_words == 2 && first_name.is_some() && second.is_some_and(|w| is_roman(text, w));
    let etype = if regnal {
        Some(EntityType::Per)
    } else if caps_words && first_name.is_none() && ctx != Some(EntityType::Per) {
        // Several words in capitals without a first name or a title: a heading, a label.
        None
    } else if (org_kw || (n_words >= 2 && first_caps())) && ctx != Some(EntityType::Per) {
        Some(EntityType::Org)
    } else if ctx == Some(EntityType::Loc)
        && first_name.is_some()
        && n_words == 2
        && n_cap == 2
        && !heading
        && a > 0
        && toks[a - 1].has(1 << WordClass::Prep as u32)
    {
        // A first name and a surname after a place's preposition: a person (attribuée à Diane
        // Kruger); places named so are listed.
        Some(EntityType::Per)
    } else if let Some(c) = ctx {
        // A title in a headline in title case runs on into the words after it (… Named New Head Of
        // Regional Hospital Board): only a first name makes a person there.
        let headline = c == EntityType::Per && n_words >= 2 && first_name.is_none();
        (!(headline && title_case_line(text, toks[a].start))).then_some(c)
    } else if n_words >= 2 && ends_with_place_suffix(toks, a, b, lang) {
        // Red Square, Sandy Lane, Kivu du Nord.
        Some(EntityType::Loc)
    } else if is_initial(first) && toks.get(a + 1).is_some_and(|p| p.is('.')) && n_cap >= 2 {
        // Initials and a surname: T. Mortreuil, K. VijayRaghavan.
        Some(EntityType::Per)
    } else if one_word && compound_place(first, lang) {
        Some(EntityType::Loc)
    } else if acronym && first.has(lex::COMMON) {
        // A common noun set in capitals with its code is no body (COVID-19, a disease).
        None
    } else if acronym || (camel() && first_name.is_none()) || hyphen_acronym {
        // CamelCase makes a brand (YouTube), not after a first name (Angela MacKenzie).
        Some(EntityType::Org)
    } else if n_words >= 2 && is_roman_ordinal(text, first) {
        // A Roman ordinal opens no person's name (IVe République, IIIe Reich).
        None
    } else if n_words >= 2 && n_cap >= 2 && first_name.is_none() && !heading && age_after(toks, b) {
        // A name with an age in apposition is a person's, whatever its particles (Ladislas de
        // Toldi, 27 ans, …).
        Some(EntityType::Per)
    } else if n_words >= 2 && n_cap >= 2 && (first_name.is_some() || (n_cap == n_words && n_words <= 4)) {
        if initial && first_name.is_none() && first.has(lex::STOP_CAP) {
            None
        } else if first_name.is_none() && !heading && !first.acronym && vowelless_acronym(&toks[b - 1]) {
            // A name ending in a code of capitals without a vowel is a body's or a brand's (Oddo
            // BHF, Bourbonnais FM, Groupe SNCF), not a person's surname set in capitals.
            Some(EntityType::Org)
        } else if first_name.is_none() && n_words == n_cap && plural_common_noun(first, lang) && !heading {
            // A plural common noun opening capitalized words is a trade name (Autocars Girod,
            // Papeteries Vernier, Transports Dupont): a company's, not a person's.
            Some(EntityType::Org)
        } else if first_name.is_none()
            && common_word(first, lang)
            && !second.is_some_and(|w| w.has(lex::TITLE))
            && !leader_dots_after(toks, b)
        {
            // A common noun or adjective opens the name of a thing, a body or a place (Tour
            // Eiffel, Sécurité Routière, Central Park): its capitals alone make no person. Not the
            // head of a title written in capitals (Grand Rabbin …, Health Minister …), nor a
            // listing entry (a company: see below).
            None
        } else if first_name.is_none() && title_case_line(text, toks[a].start) {
            // A headline in title case capitalizes every word: capitals alone make no name there.
            None
        } else {
            Some(EntityType::Per)
        }
    } else {
        None
    };
    let Some(mut etype) = etype else { return true };
    // A lone organization keyword (le Gouvernement, le Syndicat) is the body the document named
    // with it as its head before (le Syndicat national des …), else no name unless it names an
    // assembly or a court alone (le Parlement, la Cour: `lone_org_keywords.txt`). Not before `de`
    // and a capitalized word: the head of a name after a place (Compagnie d'Orléans).
    let complement_after = || {
        toks.get(b).is_some_and(|d| d.has_role(Role::Of))
            && toks.get(b + 1).is_some_and(|w| w.kind == TokKind::Word && w.upper)
    };
    if one_word && first.upper && first.has(lex::ORG_KEYWORD) && ctx.is_none() && !all_caps && !complement_after() {
        let headed = ents.list.iter().position(|e| {
            e.etype == EntityType::Org
                && e.mentions
                    .iter()
                    .any(|m| m.tok_start < a && m.tok_end > m.tok_start + 1 && toks[m.tok_start].key == first.key)
        });
        if let Some(ei) = headed {
            push_mention(ents, ei, toks, a, b);
            return false;
        }
        if !lang.lone_org_keywords.contains(first.key.as_str()) {
            return false;
        }
    }
    // An article and one word need more evidence than their capitals (le quotidien Le Soir).
    if article && n_words == 2 && ctx.is_none() && !org_kw && !compound_place(&toks[a + 1], lang) {
        return false;
    }
    // A title opened by an article names a person only after a title (M. Le Goff); else an
    // outlet or a body (L'Est Républicain), or a place when compound (La Roche-sur-Foron).
    if article
        && etype == EntityType::Loc
        && ctx == Some(EntityType::Loc)
        && !(b == a + 2 && compound_place(&toks[a + 1], lang))
    {
        // After a place preposition, a title is a place or an outlet (à La Tribune): no evidence.
        return false;
    }
    if article && etype == EntityType::Per && ctx != Some(EntityType::Per) {
        etype = if b == a + 2 && compound_place(&toks[a + 1], lang) { EntityType::Loc } else { EntityType::Org };
    }
    // A lone letter is an initial or a label, not a name.
    if one_word && surface.chars().filter(|c| c.is_alphabetic()).nth(1).is_none() {
        return false;
    }
    // A lone sentence-initial word needs more than its capital.
    if one_word && initial && ctx.is_none() && !all_caps && !camel() && !hyphen_acronym {
        return true;
    }
    // A line all in capitals is a heading (VOIX DIVERSES, COLONIES FRANÇAISES): only a person
    // (a title before, or a first name: a byline) is read as a name there.
    if heading && ctx != Some(EntityType::Per) && !(etype == EntityType::Per && first_name.is_some()) {
        return false;
    }
    // A listing entry followed by leader dots (Royal Dutch ....... 510): a security, i.e. a company.
    if etype == EntityType::Per && ctx.is_none() && first_name.is_none() && leader_dots_after(toks, b) {
        etype = EntityType::Org;
    }
    let gender = if ctx_gender != Gender::U { ctx_gender } else { first_name.unwrap_or(Gender::U) };
    let found = if cut {
        by_id.get_name(&ents.list, etype, &mended(text, toks, a, b))
    } else {
        by_id.get_name(&ents.list, etype, surface)
    };
    let idx = match found {
        Ok(i) => i,
        Err(id) => {
            by_id.insert(&id, ents.list.len());
            ents.list.push(Entity {
                id,
                etype,
                canonical: surface.to_string(),
                wikidata: None,
                entry: None,
                gender,
                mentions: Vec::new(),
                source: EntitySource::Name,
            });
            ents.list.len() - 1
        }
    };
    push_mention(ents, idx, toks, a, b);
    false
}

/// Whether tokens `a..b` end with a place suffix (`Lane`, `du Nord`) after at least one word.
fn ends_with_place_suffix(toks: &[Token], a: usize, b: usize, lang: &Language) -> bool {
    // A last word that ends no suffix (its list bit) settles it.
    let last = &toks[b - 1];
    if last.kind == TokKind::Word && !last.has(lex::PLACE_SUFFIX_END) {
        return false;
    }
    lang.place_suffixes.iter().any(|suffix| b > a + suffix.len() && phrase_ends_at(toks, b, suffix))
}

/// Whether hyphenated word `t` of `text` names an organization after a place: two parts, the
/// second a place of the gazetteer, the first no place prefix (`Sud-`, `Haute-`), first name or
/// name of the gazetteer (`Alsace-Lorraine`), and the whole no first name (`Marie-France`).
fn named_after_place(text: &str, t: &Token, gaz: &Matcher, lang: &Language) -> bool {
    let Some((head, tail)) = t.key.split_once('-') else { return false };
    if head.is_empty() || tail.is_empty() || tail.contains('-') {
        return false;
    }
    if t.has(lex::FIRST_NAME) || lang.place_prefixes.contains(head) || lang.first_names.contains_key(head) {
        return false;
    }
    let surface = &text[t.start..t.end];
    let Some((head, tail)) = surface.split_once('-') else { return false };
    let whole = |n: &str| gaz.find(n).into_iter().find(|m| m.start == 0 && m.end == n.len());
    whole(head).is_none() && whole(tail).is_some_and(|m| gaz.entry(m.entry).etype() == EntityType::Loc)
}

/// Whether a capitalized hyphenated word links its parts with a place-name infix
/// (`Châlons-sur-Marne`, `Indre-et-Loire`).
fn compound_place(t: &Token, lang: &Language) -> bool {
    // Three parts at least: two hyphens.
    if t.key.bytes().filter(|&c| c == b'-').count() < 2 {
        return false;
    }
    let parts: Vec<&str> = t.key.split('-').collect();
    parts.len() >= 3
        && parts[1..parts.len() - 1].iter().any(|p| lang.place_infixes.contains(*p))
        && !parts.iter().any(|p| p.is_empty())
}

/// The letters of a name in capitals: how many, whether all are Roman-numeral letters (`II`,
/// `XIV`), how many are vowels; and whether the name has digits.
struct Letters {
    count: usize,
    roman: bool,
    vowels: usize,
    digits: bool,
}

impl Letters {
    /// The letters of `name` if all are capitals (none at the first that is not).
    fn capitals(name: &str) -> Option<Letters> {
        let mut l = Letters { count: 0, roman: true, vowels: 0, digits: false };
        for c in name.chars() {
            if c.is_alphabetic() {
                if !c.is_uppercase() {
                    return None;
                }
                l.count += 1;
                l.roman &= matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M');
                l.vowels += usize::from(matches!(c, 'A' | 'E' | 'I' | 'O' | 'U' | 'Y'));
            } else {
                l.digits |= c.is_ascii_digit();
            }
        }
        Some(l)
    }
}

/// Whether a hyphenated word joins an acronym to other capitalized words (`SUD-Rail`, `Snes-FSU`,
/// `CGT-Cheminots`): every part letters only and capitalized, one of them in capitals of two
/// letters or more; not two names linked (`UE-Chine`, `UE-Mercosur`: a part a place of the
/// gazetteer, or every part listed), a code with digits (`COVID-19`) or a prefix in lower case
/// (`ex-URSS`).
fn acronym_compound(word: &str, gaz: &Matcher) -> bool {
    let mut acronym = false;
    let parts = || word.split(['-', '\u{2010}', '\u{2011}']);
    for part in parts() {
        let mut chars = part.chars().filter(|&c| !crate::fold::is_combining_mark(c));
        if !chars.next().is_some_and(char::is_uppercase) {
            return false;
        }
        let (mut letters, mut caps) = (1, true);
        for c in chars {
            if !c.is_alphabetic() {
                return false;
            }
            letters += 1;
            caps &= c.is_uppercase();
        }
        acronym |= caps && letters >= 2;
    }
    // The type of part `p` when the gazetteer lists it whole.
    let listed = |p: &str| {
        gaz.find(p).into_iter().find(|m| m.start == 0 && m.end == p.len()).map(|m| gaz.entry(m.entry).etype())
    };
    acronym && !parts().any(|p| listed(p) == Some(EntityType::Loc)) && !parts().all(|p| listed(p).is_some())
}

/// Whether a word is in CamelCase (`AlAhed`, `WeylChem`): an upper-case letter right after a
/// lower-case one.
fn camel_case(word: &str) -> bool {
    // ASCII bytes first; the chars are decoded only in a word with others.
    let mut after_lower = false;
    for &c in word.as_bytes() {
        if !c.is_ascii() {
            return camel_case_chars(word);
        }
        if after_lower && c.is_ascii_uppercase() {
            return true;
        }
        after_lower = c.is_ascii_lowercase();
    }
    false
}

/// [`camel_case`], char by char.
fn camel_case_chars(word: &str) -> bool {
    let mut after_lower = false;
    // A combining mark goes with its letter: skipped.
    for c in word.chars().filter(|&c| !crate::fold::is_combining_mark(c)) {
        if after_lower && c.is_uppercase() {
            return true;
        }
        after_lower = c.is_lowercase();
    }
    false
}

/// Whether the text from `start` to `end`, widened to whole lines, has letters and none in lower
/// case (a heading or a title line in capitals).
fn all_caps_lines(text: &str, start: usize, end: usize) -> bool {
    // At most 300 bytes either side (a text without line breaks stays linear).
    let mut lo = start.saturating_sub(300);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (end + 300).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    // The span itself first, then its line outwards: a lower-case letter is most often close.
    let before = text[lo..start].chars().rev().take_while(|&c| c != '\n');
    let after = text[end..hi].chars().take_while(|&c| c != '\n');
    let mut letters = 0;
    for c in text[start..end].chars().chain(before).chain(after) {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 3
}

/// Whether the line holding byte `at` is a short headline in title case (Russian Official
/// Complains West Aiding Ukraine): five or more words of four letters or more, nearly all
/// capitalized.
fn title_case_line(text: &str, at: usize) -> bool {
    // Only the 200 bytes either side are read: a longer line is no headline.
    const MAX: usize = 200;
    let b = text.as_bytes();
    let lo = at.saturating_sub(MAX);
    let start = match memchr::memrchr(b'\n', &b[lo..at]) {
        Some(i) => lo + i + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    let hi = (at + MAX).min(b.len());
    let end = match memchr::memchr(b'\n', &b[at..hi]) {
        Some(i) => at + i,
        None if hi == b.len() => hi,
        None => return false,
    };
    if end - start > MAX {
        return false;
    }
    let (mut long, mut capitalized) = (0, 0);
    // A combining mark goes on the word of its letter, which it does not lengthen.
    let mark = crate::fold::is_combining_mark;
    for w in text[start..end].split(|c: char| !c.is_alphabetic() && !mark(c)) {
        if w.chars().filter(|&c| !mark(c)).nth(3).is_some() {
            long += 1;
            capitalized += usize::from(w.chars().next().is_some_and(char::is_uppercase));
        }
    }
    long >= 5 && capitalized * 10 >= long * 9
}

/// Whether a run of three or more leader dots (or an ellipsis) follows token `b` closely on its
/// line, as in price lists and tables (`Moteurs Gnome ........ 495`).
fn leader_dots_after(toks: &[Token], b: usize) -> bool {
    let Some(first) = toks.get(b) else { return false };
    let mut run = 0;
    for t in toks.iter().skip(b).take(8) {
        if t.para != first.para {
            break;
        }
        if t.is('.') {
            run += 1;
            if run >= 3 {
                return true;
            }
        } else if t.is('…') {
            return true;
        } else if run > 0 {
            run = 0;
        }
    }
    false
}

/// Links a name the gazetteer missed as written to the entry a variant of it names, if any: a
/// word cut by a line-end hyphen mended (`Constan¬⏎tinople` is `Constantinople`), hyphens of the
/// old typography read as spaces (`San-Francisco`, `New-York`). Returns whether it did.
fn gazetteer_variant(
    text: &str,
    toks: &[Token],
    ents: &mut Entities,
    by_id: &mut ById,
    a: usize,
    b: usize,
    gaz: &Matcher,
) -> bool {
    let name = mended(text, toks, a, b);
    let whole = |n: &str| gaz.find(n).into_iter().find(|m| m.start == 0 && m.end == n.len());
    let found = whole(&name).or_else(|| {
        let spaced = name.replace('-', " ");
        if spaced != name {
            whole(&spaced)
        } else {
            None
        }
    });
    let Some(m) = found else {
        return false;
    };
    let idx = gazetteer_entity(ents, by_id, gaz, m.entry);
    push_mention(ents, idx, toks, a, b);
    true
}

/// The index of gazetteer entry `i`'s entity in `ents`, added (with no mention yet) on first use.
fn gazetteer_entity(ents: &mut Entities, by_id: &mut ById, gaz: &Matcher, i: usize) -> usize {
    let entry = gaz.entry(i);
    // No string is built for an entity already there.
    if let Some(idx) = by_id.get(&ents.list, entry.id()) {
        return idx;
    }
    by_id.insert(entry.id(), ents.list.len());
    ents.list.push(Entity {
        id: entry.id().to_string(),
        etype: entry.etype(),
        canonical: entry.name().to_string(),
        wikidata: entry.wikidata().map(str::to_string),
        entry: Some(i),
        gender: entry.gender(),
        mentions: Vec::new(),
        source: EntitySource::Gazetteer,
    });
    ents.list.len() - 1
}

/// The entity with a capitalized mention of the same words as tokens `a..b`.
fn same_name(toks: &[Token], ents: &Entities, a: usize, b: usize) -> Option<usize> {
    let keys = &toks[a..b];
    ents.list.iter().position(|e| {
        e.mentions.iter().any(|m| {
            m.tok_end - m.tok_start == keys.len()
                && toks[m.tok_start].upper
                && toks[m.tok_start..m.tok_end].iter().zip(keys).all(|(x, y)| x.key == y.key)
        })
    })
}

/// Moves the mentions of a listed person named only by one-word aliases to the one person of
/// the document, no list knows, named in full with that word as surname (the list's
/// Bernie Sanders is not the page's Sarah Sanders); with two such persons, nothing moves. So do
/// those of a listed organization no keyword types there (Doug Ford … Ford, not le groupe Ford)
/// and of a listed place no preposition types there (Joe Fontana … Fontana, not à Fontana).
fn surnames_of_named_persons(toks: &[Token], ents: &mut Entities) {
    // Most documents name no person in full that no list knows: nothing to look for.
    let named_in_full = |p: &Entity| {
        p.source == EntitySource::Name
            && p.etype == EntityType::Per
            && p.mentions.iter().any(|m| m.tok_end - m.tok_start >= 2)
    };
    if !ents.list.iter().any(named_in_full) {
        return;
    }
    for g in 0..ents.list.len() {
        let e = &ents.list[g];
        // No mention after a word that types it (le groupe Ford, à Fontana).
        let untyped = |not_after: &dyn Fn(&Token) -> bool| {
            e.mentions.iter().all(|m| m.tok_start == 0 || !not_after(&toks[m.tok_start - 1]))
        };
        let movable = match e.etype {
            EntityType::Per => true,
            EntityType::Org => untyped(&|p| p.has(lex::ORG_KEYWORD)),
            // Any preposition but a source's or an agent's (selon Fontana, par Fontana).
            EntityType::Loc => {
                untyped(&|p| p.has(1 << WordClass::Prep as u32) && !p.has_role(Role::Source) && !p.has_role(Role::By))
            }
        };
        if e.source != EntitySource::Gazetteer
            || e.mentions.is_empty()
            || e.mentions.iter().any(|m| m.tok_end != m.tok_start + 1)
            || !movable
        {
            continue;
        }
        let key = &toks[e.mentions[0].tok_start].key;
        if e.mentions.iter().any(|m| toks[m.tok_start].key != *key) {
            continue;
        }
        let mut named = ents.list.iter().enumerate().filter(|(_, p)| {
            p.source == EntitySource::Name
                && p.etype == EntityType::Per
                && p.mentions.iter().any(|m| m.tok_end - m.tok_start >= 2 && toks[m.tok_end - 1].key == *key)
        });
        let (Some((p, _)), None) = (named.next(), named.next()) else {
            continue;
        };
        let moved = std::mem::take(&mut ents.list[g].mentions);
        for m in &moved {
            ents.at_token[m.tok_start] = Some(p as u32);
        }
        ents.list[p].mentions.extend(moved);
    }
}

fn push_mention(ents: &mut Entities, idx: usize, toks: &[Token], a: usize, b: usize) {
    ents.list[idx].mentions.push(Mention { start: toks[a].start, end: toks[b - 1].end, tok_start: a, tok_end: b });
    for t in a..b {
        ents.at_token[t] = Some(idx as u32);
    }
}

/// Most tokens a name spelled out before its acronym in parentheses may take.
const SPELLED_MAX_TOKENS: usize = 20;
/// Most content words of a spelled-out name its acronym may leave out (`RD` of `Mission … en RD
/// Congo (MONUSCO)`, `Nord` of `Service … du Nord (Sdis)`).
const SPELLED_MAX_SKIPS: usize = 2;

fn spelled_out_acronyms(text: &str, toks: &[Token], parens: &[usize], ents: &mut Entities, by_id: &mut ById) {
    for &i in parens {
        // One capitalized word closed right after: the acronym (CNSP, Sdis, M23).
        let Some(acr) = toks.get(i + 1) else { continue };
        if acr.kind != TokKind::Word || !acr.upper || !toks.get(i + 2).is_some_and(|c| c.is(')')) {
            continue;
        }
        if ents.mention_at(i + 1).is_some_and(|(e, _)| ents.list[e].etype != EntityType::Org) {
            continue;
        }
        let surface = &text[acr.start..acr.end];
        let letters: Vec<char> = acr.key.chars().filter(|c| c.is_alphanumeric()).collect();
        if !(2..=10).contains(&letters.len()) {
            continue;
        }
        // A word in capitals spells at least two words; a capitalized one (Sdis), at least three.
        let capitals = !surface.chars().any(char::is_lowercase);
        let min_matched = if capitals { 2 } else { 3 };
        let acr_org = capitals && ents.mention_at(i + 1).is_some_and(|(e, _)| ents.list[e].etype == EntityType::Org);
        // The name's words back from the parenthesis, within the sentence.
        let mut k = i;
        while k > 0 && i - k < SPELLED_MAX_TOKENS && toks[k - 1].sent == acr.sent && spelled_name_word(&toks[k - 1]) {
            k -= 1;
        }
        // The head that leaves out the fewest words, the first (longest name) of those.
        let mut best: Option<(usize, usize)> = None;
        for h in k..i.saturating_sub(1) {
            let t = &toks[h];
            let keyword = t.has(lex::ORG_KEYWORD | lex::INSTITUTION_KEYWORD);
            let capitalized = t.upper && t.kind == TokKind::Word && !t.has(lex::FUNCTION_WORD);
            if !(keyword || capitalized) {
                continue;
            }
            // Not inside a mention, nor a person or place's start.
            if let Some((e, m)) = ents.mention_at(h) {
                if m.tok_start < h || (ents.list[e].etype != EntityType::Org && !keyword) {
                    continue;
                }
            }
            // The name is an organization's: a keyword or an organization's name in it, or an
            // acronym in capitals taken for an organization's (la Conférence des directeurs
            // cantonaux de la santé (CDS)).
            let org = acr_org
                || (h..i).any(|x| {
                    toks[x].has(lex::ORG_KEYWORD) || ents.at(x).is_some_and(|e| ents.list[e].etype == EntityType::Org)
                });
            if !org {
                continue;
            }
            if let Some(skips) = initials_agree(&toks[h..i], &letters, min_matched) {
                if best.is_none_or(|(s, _)| skips < s) {
                    best = Some((skips, h));
                }
            }
        }
        let Some((_, h)) = best else { continue };
        // A name found whole keeps its entity (le Parti communiste français (PCF)).
        let idx = match ents.mention_at(h) {
            Some((e, m)) if m.tok_end == i => {
                if ents.list[e].etype != EntityType::Org {
                    continue;
                }
                e
            }
            _ => replace_span(text, toks, ents, by_id, h, i, EntityType::Org),
        };
        // The acronym, here and elsewhere: a mention of the organization; an unlinked name met
        // only as that acronym joins it.
        for (x, t) in toks.iter().enumerate() {
            if t.kind != TokKind::Word || !t.upper || t.key != acr.key {
                continue;
            }
            match ents.mention_at(x) {
                None if x > i => push_mention(ents, idx, toks, x, x + 1),
                Some((e, m))
                    if e != idx
                        && m.tok_end == x + 1
                        && ents.list[e].source == EntitySource::Name
                        && ents.list[e].etype == EntityType::Org =>
                {
                    let moved = std::mem::take(&mut ents.list[e].mentions);
                    for mm in &moved {
                        for y in mm.tok_start..mm.tok_end {
                            ents.at_token[y] = Some(idx as u32);
                        }
                    }
                    ents.list[idx].mentions.extend(moved);
                }
                _ => {}
            }
        }
    }
}

/// Whether token `t` may be a word of an organization's name spelled out before its acronym:
/// a capitalized word, a number, a lower-case word that is no verb form or pronoun, or an
/// article, preposition or conjunction joining the complements (de, du, d', et de, pour la).
fn spelled_name_word(t: &Token) -> bool {
    let joining = 1 << WordClass::Det as u32 | 1 << WordClass::Prep as u32 | 1 << WordClass::Conj as u32;
    let clause = 1 << WordClass::Aux as u32 | 1 << WordClass::Sub as u32 | 1 << WordClass::Neg as u32;
    match t.kind {
        TokKind::Number => true,
        TokKind::Word if t.upper => true,
        TokKind::Word if t.has(lex::FUNCTION_WORD) => t.has(joining) && !t.has(clause),
        TokKind::Word => !t.has(lex::VERB_FORM | lex::PRONOUN),
        _ => false,
    }
}

/// The fewest content words the acronym `letters` (folded) leaves out of the name `words` when
/// its letters agree, in order, with the name's: the head's initial first, then word starts
/// (one letter or a few, a number whole), function words left out freely, at most
/// [`SPELLED_MAX_SKIPS`] content words left out, at least `min_matched` words spelled.
fn initials_agree(words: &[Token], letters: &[char], min_matched: usize) -> Option<usize> {
    struct Word {
        chars: Vec<char>,
        function: bool,
        number: bool,
    }
    let ws: Vec<Word> = words
        .iter()
        .map(|w| Word {
            chars: w.key.chars().filter(|c| c.is_alphanumeric()).collect(),
            function: w.has(lex::FUNCTION_WORD),
            number: w.kind == TokKind::Number,
        })
        .collect();
    struct Search<'a> {
        ws: &'a [Word],
        letters: &'a [char],
        min_matched: usize,
        best: Option<usize>,
        budget: u32,
    }
    impl Search<'_> {
        fn go(&mut self, ai: usize, wi: usize, skips: usize, matched: usize) {
            if skips > SPELLED_MAX_SKIPS || self.best.is_some_and(|b| skips >= b) || self.budget == 0 {
                return;
            }
            self.budget -= 1;
            if ai == self.letters.len() {
                let rest = self.ws[wi..].iter().filter(|w| !w.function).count();
                if skips + rest <= SPELLED_MAX_SKIPS && matched >= self.min_matched {
                    self.best = Some(skips + rest);
                }
                return;
            }
            let Some(w) = self.ws.get(wi) else { return };
            let most = w.chars.len().min(self.letters.len() - ai).min(3);
            for n in 1..=most {
                if w.number && n != w.chars.len() {
                    continue;
                }
                if w.chars[..n] == self.letters[ai..ai + n] {
                    self.go(ai + n, wi + 1, skips, matched + 1);
                }
            }
            // The head is spelled; another word may be left out.
            if wi > 0 {
                self.go(ai, wi + 1, skips + usize::from(!w.function), matched);
            }
        }
    }
    let mut s = Search { ws: &ws, letters, min_matched, best: None, budget: 10_000 };
    s.go(0, 0, 0, 0);
    s.best
}
