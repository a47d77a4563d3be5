//! Attribution: who said each quote, through which cue, found how, with what confidence.
//!
//! The rules read the tokens around a quote, never the quote's own words:
//! 1. an incise inside or between the parts (`« …, a-t-il dit, … »`);
//! 2. a cue right after the closing mark (`«…», a déclaré X` / `«…», estime-t-elle`); a
//!    participle there (`«…», précisant que …`) goes on with the clause before the quote and
//!    is left to rules 4 and 6, and so is a verb coordinated with it (`«…» et a exhorté …`);
//! 3. a source marker (`selon X`, `d'après X`, `selon un communiqué de X`; a tonic pronoun,
//!    `selon lui`, `data/<lang>/tonic_pronouns.tsv`, resolved as a subject pronoun), unless a cue of the
//!    sentence names the speaker, or a clause after the marker has a cue with its own subject,
//!    or the marker ends a subordinate clause opened after the quote in a sentence with a cue
//!    before the quote (`…, a rappelé le ministre, des cas « … » voisins, où …, selon le bilan`);
//!    an opinion marker opening the sentence before a speaker and a comma (`Pour X, « … »`,
//!    after an article or an honorific: `Pour Me X`, `Pour M. X`; a tonic pronoun too:
//!    `Pour lui, « … »`, `data/<lang>/opinion_markers.txt`) under the same guards; one right
//!    after the quote and a comma before a person or a body closing the sentence or followed
//!    by a comma (`Un plan « … », pour X, déléguée CFDT.`; without the comma, a purpose);
//!    a speech act's noun and its author right after a quote opening its sentence
//!    (`« … » : le cri d'alarme de X`, `data/<lang>/speech_acts.txt`);
//! 4. a cue before the quote in its sentence, whose subject is the speaker
//!    (`X a déclaré : «…»`, `X a qualifié … de «…»`; a verb marked `adjacent` only ending the
//!    clause whose colon opens the quote: `X interpelle le ministre : «…»`); a past participle
//!    right after a determiner and its noun is an adjective, no cue (`les peines prononcées`);
//!    a passive's agent is the speaker, also after the quote the verb governs (`qualifié de «…»
//!    par les pompiers`); a verb with no subject coordinated after a completive shares the subject
//!    of the verb that opened it (`X a déclaré que Y …, mais a noté que «…»`);
//!    a speech verb with no subject after a lead opening the sentence (`Et d'ajouter : «…»`,
//!    `Tout en relativisant : «…»`: `data/<lang>/continuation_leads.tsv`) goes on with the
//!    previous quote's speaker in the same or the previous paragraph (or a person reported as
//!    speaking since), nobody when there is none; a subject written after it still speaks
//!    (`Et d'ajouter X : «…»`);
//! 5. a headline or colon frame (`X : «…»`, `L'appel de X : «…»`, a verbless frame ending
//!    with an opinion marker and its source: `Même constat pour X : «…»`), not a place alone
//!    (`Normandie : «…»`); before it, a clause of its own up to the colon, its subject opening
//!    the sentence before an auxiliary, gives the quote to that subject when it resolves to a
//!    person or a body (`Le technicien a eu un mot pour son buteur, X : «…»`); a short title
//!    line of a name, a comma and the quote to its end
//!    (`Roland-Garros : Halep, «…»`); a quote opening on a speech verb right after its clause's
//!    subject, with no cue and no quote before it in the sentence (`Le ministère « condamne
//!    fermement … »`, `X « regrette » la décision`);
//! 6. a cue later in the sentence (a verb marked `adjacent` only right after the closing mark
//!    and a short subject, or as an incise after a short tail: `«…» au village, constate X`);
//!    a cue in the previous paragraph ending with `:`;
//!    a quote that is its whole sentence, named by the next sentence looking back on it
//!    (`« … » C'est ce qu'a affirmé X.`, `C'est ce que X a dit.`, `Ce sont les mots de X.`,
//!    `data/<lang>/retrospective_leads.tsv`; a copula lead only with a speech act's noun);
//! 7. a bare quote continuing the previous speaker (an indefinite description, `un pillard`,
//!    named by rule 2 since the last named speaker, goes on instead; so does a person or an
//!    unnamed description that a later sentence's closing cue names after it, `…, ont rapporté
//!    les gardes-côtes.`, never an organization, a medium reporting); an organization that
//!    spoke since the last person, in this paragraph or the one before, goes on too; a quote
//!    after a lone conjunction or adverb (`Mais « … »`) continues a speaker of its paragraph or
//!    the one before;
//! 8. a partial quote completing an auxiliary's verb group (`X n'a «pas de portable»`, not
//!    after a copula or a passive), in a sentence with no cue and no source marker: the
//!    group's subject, unless a pronoun or a place;
//! 9. else a partial quote in lower case takes the previous quote's named speaker when that one
//!    was quoted in its paragraph or the one before, a carry that changes no speaker state.
//!
//! After all quotes: a quote with no speaker, a carried-over one or one from a definite description
//! that repeats the words of an attributed quote goes to its speaker; a short one-part fragment of
//! two words or more (a lede's « aucun accès », an intertitle) to the one named speaker of the longer
//! quotes holding its words. A quote still with no speaker and no cue takes the speaker named by a
//! cue after the next quote of its paragraph, when no entity is named between the two. A main
//! clause's cue before a colon the quote does not open yields to a later incise naming a person
//! (`X a annoncé : … « … », a dit Y.`). A relative clause's cue
//! right before a colon opening the quote speaks for it before the main clause's, and a
//! prepositional phrase's noun (`par X qui a dit`) opening that relative clause is its subject.
//!
//! The noun phrase between a cue and a preposition introducing a quote is the verb's object,
//! never its inverted subject (`a exhorté les habitants de Cebu à «…»`: not Cebu).
//!
//! After a cue right after the quote, an indefinite description after a prepositional adverbial
//! with no verb is its inverted subject (`« … », a confié à l'issue de la réunion une source
//! proche du conseil`).
//! After a cue right after the quote, a determiner and lower-case words ending the clause are
//! its inverted subject even with a head noun no list knows (`« … », se justifie un pillard`);
//! a statement's noun alone there (`« … », indique le communiqué`) stands for the previous
//! quote's speaker in this paragraph or the one before when that is no person.
//! An organization right after a person's role noun is the description's label (`la présidente
//! UDC`), which resolves to the person of the last two sentences bound to a role in it.
//! A name after a description's prepositional complement and a comma ends the phrase as its
//! apposition (`le commissaire au Marché intérieur, Jean Dufour.`), an honorific before it
//! (`…, Mme Sophie Roy.`; its period ends no clause), `par` before a bare noun too (`la
//! directrice par intérim, X.`); so does a name past a short parenthesis closing the
//! description (`la présidente de l'union (UDE), X.`), past a second role coordinated by `et`
//! without a determiner (`le ministre des Finances et maire de Lille, X`), or a second
//! description with its name (`le porte-parole de la police, l'inspecteur X.`); so does a definite
//! description closed by a comma after a subject's name (`X, le sélectionneur des Bleus, a …`).
//! A name after the complement's own role title (`le porte-parole de la présidente X`) or an
//! honorific (`le porte-parole de Mme X`) is the complement's object, never the speaker.
//! An indefinite source's description takes a name in apposition only after a comma, the name
//! ending the phrase (`une responsable de l'agence, Marie Durand, citée …`); a place after a comma
//! is never a description's apposition (`Selon le porte-parole, Kiev n'a …`); a name after the
//! comma closing a fronted phrase of complements is the subject (`Rédactrice des bulletins de la
//! police, X défend …`), unless a comma closes it too (`Après une rencontre avec le ministre, X, …`);
//! a fronted phrase opened by a preposition is no role of that name (`Devant la cour, X a requis`).
//! Of a coordinated subject opening the clause (`La préfecture et les pompiers ont indiqué`),
//! the first conjunct speaks. Between a subject and its verb, an adverbial within commas opened by
//! a preposition or a subordinator holds no subject (`Le syndicat, après avoir rencontré le
//! ministre X, a dénoncé`; `La ministre, quand X est arrivé, a lancé`).
//!
//! A role noun that takes a complement after a word besides `de` goes on past it
//! (`data/<lang>/role_links.tsv`: `l'adjoint au maire`, `the Minister for Foreign Affairs`), not
//! before a noun of whom one speaks to (`audience_nouns.txt`: `au micro de RTL`) or an entity.
//! A singular pronoun goes to the organization opening its sentence or the one before in its
//! paragraph, named with an article of its gender or a definite description naming its
//! institution, when those sentences name no person (`La préfecture du Finistère fait un point.
//! « … », indique-t-elle.`). The impersonal `on` after a place or a side opening the sentence
//! and a comma (`data/<lang>/impersonal_frames.txt`: `À Bercy, on assure …`) is the body named
//! there; a demonstrative of kind `nearest` (`celle-ci`, `ce dernier`) the last person or body
//! named in its sentence or the one before.
//! A description's complements end where a clause begins: at an adverb, at a determiner after no
//! `de` and before no role noun (and at the verb between a capitalized complement and it: `la
//! préfecture du Finistère fait un point`), at a present participle with a lower-case word after it (`un
//! responsable de l'établissement appartenant au groupe`; not `le maire sortant`), and go on past
//! `et` and a second capitalized complement (`la ministre du Travail et des Solidarités`). A role
//! noun of either gender takes its determiner's gender, and a plural determiner makes the
//! description plural (`data/<lang>/determiner_genders.tsv`: `la porte-parole`, `les porte-parole`).
//! A description is the role of a name that follows another description and a comma (`le
//! porte-parole de la police, l'inspecteur X`) only when it is singular and no complement.
//!
//! A subject is a named entity, an unknown capitalized name (which becomes a
//! person of the document; a single word opening a sentence only as the surname of a person
//! named in full; after a definite article a title kept as written, `La Tribune Dimanche`,
//! unless it ends a known person's name, `Le Goff`), a pronoun (resolved to the person established as
//! speaker or subject, with gender agreement; a sentence with no person subject whose subject
//! is a person's thing, `La ferme de Patrick`, makes that person its subject, unless a speaker
//! of the same paragraph goes on; the inverted subject of a speech verb after a comma, `…, a
//! indiqué la procureure, X`, is a subject, no object; a person introduced with an age after the verb, in a sentence
//! with no subject pronoun, is a subject too: `Among the volunteers was X, 74, …`; a plural one
//! to the last collective speaker, else to the plural description subject of its sentence or the
//! one before: `les syndicats ont confirmé … « … », ont-ils dénoncé`), or a description (`le chef de
//! l'État russe`), resolved through the document's appositions, then the
//! gazetteer's roles, then the one person of the document bound (by either) to an equivalent
//! role whose modifiers include the description's (`data/<lang>/role_synonyms.tsv`: `le chef de
//! la diplomatie iranienne` … `le ministre iranien des Affaires étrangères, X`; `le ministre`
//! after one minister only; before or after the apposition; not `l'ancien ministre`); a
//! nationality noun, `la Roumaine`, to the person just spoken of; a definite title or role noun
//! of one person (`le vigneron`; not a group's, `data/<lang>/group_nouns.txt`: `l'opposition`) to
//! the person of the last two sentences' running text agreeing with it (never one of a byline
//! or a photo credit line); a definite description of its head alone
//! (`le porte-parole`, `cette source`; `la même source` to the previous quote's speaker,
//! `data/<lang>/same_words.txt`) to the earlier speaker an indefinite description
//! with that head named (`un porte-parole de la police`), or to such a description of the last
//! three sentences no quote was given to (`Selon une source proche du dossier, …`), else to the
//! one organization of the document whose name opens with that head in lower case (`le
//! parquet`: `parquet de Paris`; so with its adjectives, `la préfecture maritime`: `préfecture
//! maritime de la Manche`); a definite
//! description ending on an organization to it, after a generic head (`l'association X`) or as
//! its management's complement (`la direction de X`, `data/<lang>/org_voices.txt`); the
//! management alone (`la direction`) to the organization named most often before it; a generic head
//! (`l'établissement`, also with lower-case adjectives, `l'organisation patronale`,
//! `data/<lang>/org_anaphors.txt`) to the one organization of the nearest of the last four
//! sentences naming any (a subhead between paragraphs counts as one), never to a person whose
//! role holds it (`la présidente de l'institution`) (with its owner as complement,
//! `l'établissement du groupe X`, to the one other). A
//! definite description naming its institution by a capitalized complement is kept without its
//! article (`préfecture de la Haute-Savoie`), and its head alone points back to it
//! (`la préfecture`). An unnamed source keeps its description. A bare noun phrase before a cue is a
//! speaker only when its noun can speak (a role, an organization, a place standing for its
//! administration, a text: `data/<lang>/document_nouns.txt`), and an event's title never is. A name right after a description and
//! its prepositional complement (`le haut-commissaire aux droits de l'homme Jean Dufour`) is in
//! apposition to it. The last word of a conjunction (`alors que`, `bien qu'`: the multiword
//! `sub` entries of `function_words.tsv`) opens no relative clause. When nothing
//! fits, the quote has no speaker rather than a wrong one.

use crate::entities::{phrase_ends_at, phrase_starts_at, sentence_initial, Entities};
use crate::gazetteer::{EntityType, Matcher};
use crate::lang::{lex, Gender, Language, LeadNext, LeadVerb, Pronoun, Role, WordClass};
use crate::quotes::{split_inverted, Quote, QuoteKind};
use crate::segment::{Segments, TokKind, Token};

/// The lexicon bit of a word class.
const fn class(c: WordClass) -> u64 {
    1 << c as u32
}

/// The lexicon bits of a word that may start a cue not written inverted: a reflexive, an
/// auxiliary or a verb form's first word.
const CUE_START: u64 = class(WordClass::Refl) | class(WordClass::Aux) | lex::VERB_FORM | lex::VERB_PREFIX;

/// How a speaker was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Named next to an explicit cue (`a déclaré X`, `X a affirmé`).
    Explicit,
    /// A pronoun in an incise or subject position, resolved to a person.
    Pronoun,
    /// A description bound to a person by an apposition in the document.
    Apposition,
    /// A description resolved through the gazetteer's roles.
    Role,
    /// A source marker (`selon X`).
    Selon,
    /// A headline or colon frame (`X : «…»`).
    Headline,
    /// Continues the previous quote's speaker (or, for a lead quote with none, the next one's
    /// named after it).
    CarriedOver,
    /// Repeats a quote attributed elsewhere in the document (a headline or intertitle).
    Repeated,
    /// An organization or a place named as the speaker (`le Kremlin a indiqué`).
    Organization,
    /// An unnamed source kept as its description.
    Unnamed,
    /// A definite description resolved to the most recent fitting person.
    Context,
    /// No speaker found.
    None,
}

/// The speaker of a quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// Name as used in the article (fullest surface form), or the description for unnamed sources.
    pub name: String,
    /// The document entity, when the speaker is one.
    pub entity: Option<usize>,
}

/// The attribution of one quote.
#[derive(Debug, Clone)]
pub struct Attribution {
    /// The speaker, if found.
    pub speaker: Option<Speaker>,
    /// The cue's byte span, if any.
    pub cue: Option<(usize, usize)>,
    /// How the speaker was found.
    pub method: Method,
    /// Confidence in [0, 1].
    pub confidence: f32,
}

impl Method {
    /// The record spelling (`explicit`, `carried_over`…), as serialized.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Explicit => "explicit",
            Method::Pronoun => "pronoun",
            Method::Apposition => "apposition",
            Method::Role => "role",
            Method::Selon => "selon",
            Method::Headline => "headline",
            Method::CarriedOver => "carried_over",
            Method::Repeated => "repeated",
            Method::Organization => "organization",
            Method::Unnamed => "unnamed",
            Method::Context => "context",
            Method::None => "none",
        }
    }
}

impl Attribution {
    /// No speaker, no cue.
    pub fn none() -> Attribution {
        Attribution { speaker: None, cue: None, method: Method::None, confidence: 0.0 }
    }
}

/// A speaker found for a quote: who, how, with what confidence, through which cue span.
type Found = (Speaker, Method, f32, Option<(usize, usize)>);

#[derive(Debug, Clone, Copy)]
struct Cue {
    start: usize,
    end: usize,
    pronoun: Option<Pronoun>,
    /// Its verb is a cue only next to a quote (`"…," he continued`).
    adjacent: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum ChunkKind {
    Entity(usize),
    Name,
    /// An unknown capitalized name opened by a definite article (`La Tribune Dimanche`): a title,
    /// no person's name unless it ends one the document knows (`Le Goff`).
    Titled,
    Pronoun(Pronoun),
    Desc {
        definite: bool,
        plural: bool,
        gender: Gender,
        unnamed: bool,
    },
}

#[derive(Debug, Clone, Copy)]
struct Chunk {
    start: usize,
    end: usize,
    kind: ChunkKind,
    complement: bool,
    /// An appositive description (token range) attached to a name.
    appos: Option<(usize, usize)>,
}

/// Where a chunk stands relative to a prepositional phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pp {
    /// Not in a prepositional phrase.
    Out,
    /// After a preposition, before its noun: a chunk here is a complement.
    Open,
    /// The phrase's head was a name or description; `de` reopens it, another name is a new phrase.
    Head,
    /// The phrase's head was a common noun: a name right after it modifies it (usines Michelin).
    Noun,
}

impl Pp {
    fn after_chunk(self) -> Pp {
        if self.takes_complement() {
            Pp::Head
        } else {
            Pp::Out
        }
    }

    /// Whether a chunk here belongs to the phrase (is a complement, not a subject).
    fn takes_complement(self) -> bool {
        matches!(self, Pp::Open | Pp::Noun)
    }
}

impl Chunk {
    /// First token of the chunk, its appositive description included.
    fn first(&self) -> usize {
        self.appos.map(|a| a.0.min(self.start)).unwrap_or(self.start)
    }
}

struct Binding<'a> {
    /// Whether the role follows the name (`X, maire de Tourcoing`): a function, not a rank.
    postposed: bool,
    pos: usize,
    key: String,
    /// The head noun's key (a token's), empty when none.
    head: &'a str,
    entity: usize,
}

/// Source markers found in a token range: (first token, length in tokens).
type Markers = Vec<(usize, usize)>;

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Token],
    seg: &'a Segments,
    gaz: &'a Matcher,
    lang: &'a Language,
    in_quote: Vec<bool>,
    bindings: Vec<Binding<'a>>,
    last_speaker: Option<(usize, usize)>,
    /// The last collective speaker (an organization, a plural description) and its token.
    last_plural: Option<(Speaker, usize)>,
    /// The last speaker known only by an indefinite description (`un pillard`) and its token.
    last_unnamed: Option<(Speaker, usize)>,
    /// The speakers known only by an indefinite description (`un porte-parole de la police`), with
    /// their head noun's key, in order.
    unnamed_heads: Vec<(String, Speaker)>,
    /// The previous quote not nested in another: its speaker (none when it had none) and its
    /// opening and closing tokens.
    last_quote: Option<(Option<Speaker>, usize, usize)>,
    /// Display names of entities already computed.
    names: std::cell::RefCell<rustc_hash::FxHashMap<usize, String>>,
    /// `cue_at` per token up to its sentence end, once computed.
    cues: std::cell::RefCell<Vec<Option<Option<Cue>>>>,
    /// Whether the document's appositions were collected into `bindings`.
    bindings_ready: bool,
    /// The role words ([`Language::role_words`]) of the role keys and gazetteer roles read so far.
    role_words: std::cell::RefCell<rustc_hash::FxHashMap<String, Vec<String>>>,
    /// The source markers (token, length in tokens) of the last token range [`Ctx::selon`] read.
    markers: Option<((usize, usize), Markers)>,
}

/// Attributes every quote of a document (entities may gain the persons found as speakers).
pub fn attribute(
    text: &str,
    seg: &Segments,
    ents: &mut Entities,
    quotes: &[Quote],
    gaz: &Matcher,
    lang: &Language,
) -> Vec<Attribution> {
    if quotes.is_empty() {
        return Vec::new();
    }
    let toks = &seg.tokens;
    let mut in_quote = vec![false; toks.len()];
    for q in quotes {
        let a = toks.partition_point(|t| t.start < q.open);
        let b = toks.partition_point(|t| t.start < q.close);
        for x in &mut in_quote[a..b] {
            *x = true;
        }
        // The incise is not part of the quote.
        if let Some((s, e)) = q.incise {
            let a = toks.partition_point(|t| t.start < s);
            let b = toks.partition_point(|t| t.start < e);
            for x in &mut in_quote[a..b] {
                *x = false;
            }
        }
    }
    let mut cx = Ctx {
        text,
        toks,
        seg,
        gaz,
        lang,
        in_quote,
        bindings: Vec::new(),
        last_speaker: None,
        last_plural: None,
        last_unnamed: None,
        unnamed_heads: Vec::new(),
        last_quote: None,
        names: Default::default(),
        cues: std::cell::RefCell::new(vec![None; toks.len()]),
        bindings_ready: false,
        role_words: Default::default(),
        markers: None,
    };
    let mut out: Vec<Attribution> = quotes.iter().map(|q| cx.attribute_one(q, ents)).collect();
    repeated_quotes(&cx, ents, text, quotes, &mut out);
    lead_quotes(ents, quotes, &mut out);
    out
}

/// Headlines and intertitles repeat words quoted in the body: the same words, the same speaker.
/// So does a fragment of a longer quote (a lede's « aucun accès », the intertitle « On entend
/// des voix »): it goes to the one named speaker of the longer quotes holding its words, also
/// from a definite description the text names nowhere near (le chef de la diplomatie), or from
/// a headline's frame that names no person (`Urgences du CHU de X : « on ne tient plus »`).
fn repeated_quotes(cx: &Ctx, ents: &Entities, text: &str, quotes: &[Quote], out: &mut [Attribution]) {
    let open = |cx: &Ctx, a: &Attribution| match a.method {
        Method::None | Method::CarriedOver => true,
        Method::Headline => {
            a.speaker.as_ref().and_then(|sp| sp.entity).is_some_and(|e| ents.list[e].etype != EntityType::Per)
        }
        Method::Unnamed => a.speaker.as_ref().is_some_and(|sp| {
            sp.entity.is_none() && !cx.is_indefinite_description(&sp.name) && !cx.is_plural_description(&sp.name)
        }),
        _ => false,
    };
    if !out.iter().any(|a| open(cx, a)) {
        return;
    }
    let attributed: Vec<usize> = (0..out.len())
        .filter(|&j| {
            out[j].speaker.is_some() && !matches!(out[j].method, Method::None | Method::CarriedOver | Method::Repeated)
        })
        .collect();
    if attributed.is_empty() {
        return;
    }
    // Folding every quote is the cost here: compare what folding keeps first, fold only on a tie.
    let marks: Vec<KeptMarks> = quotes.iter().map(|q| KeptMarks::of(text, &q.parts)).collect();
    let key = |q: &Quote| crate::fold::fold_key(&q.text(text));
    // Folded keys of attributed quotes, once computed.
    let mut keys: Vec<Option<String>> = vec![None; quotes.len()];
    for i in 0..out.len() {
        if !open(cx, &out[i]) {
            continue;
        }
        // The first attributed quote with the same folded words (never `i` itself: it is not attributed).
        let mut key_i = None;
        let same = if matches!(out[i].method, Method::None | Method::CarriedOver) {
            attributed.iter().copied().filter(|&j| marks[j] == marks[i]).find(|&j| {
                let ki = key_i.get_or_insert_with(|| key(&quotes[i]));
                *keys[j].get_or_insert_with(|| key(&quotes[j])) == *ki
            })
        } else {
            None
        };
        // Else the longer quotes holding its words, all from one named speaker: a fragment of one
        // part, two words at least, found as written but its first letter's case before folding.
        let same = same.or_else(|| {
            let &[(a, b)] = quotes[i].parts.as_slice() else { return None };
            let frag = &text[a..b];
            let first = frag.chars().next()?;
            let tail = &frag[first.len_utf8()..];
            if b - a > MAX_FRAGMENT || !tail.trim_end().contains(' ') {
                return None;
            }
            let holders = attributed.iter().copied().filter(|&j| {
                out[j].speaker.as_ref().is_some_and(|sp| sp.entity.is_some())
                    && quotes[j].parts.iter().any(|&(x, y)| y - x > b - a && text[x..y].contains(tail))
                    && contains_words(
                        keys[j].get_or_insert_with(|| key(&quotes[j])),
                        key_i.get_or_insert_with(|| key(&quotes[i])),
                    )
            });
            sole_speaker(out, holders)
        });
        // Else a quote of its own words, unattributed, repeated whole inside one longer quote (a
        // lede or a teaser quoting the body), also one whose speaker is carried over: that
        // quote's speaker. Six words at least, so that a set phrase is no repeat.
        let same = same.or_else(|| {
            if out[i].method != Method::None {
                return None;
            }
            let ki = key_i.get_or_insert_with(|| key(&quotes[i]));
            if ki.split(' ').filter(|w| !w.is_empty()).count() < MIN_REPEAT_WORDS {
                return None;
            }
            let holders = (0..out.len()).filter(|&j| {
                j != i
                    && out[j].speaker.as_ref().is_some_and(|sp| sp.entity.is_some())
                    && contains_words(keys[j].get_or_insert_with(|| key(&quotes[j])), ki)
            });
            sole_speaker(out, holders)
        });
        if let Some(j) = same {
            out[i] =
                Attribution { speaker: out[j].speaker.clone(), cue: None, method: Method::Repeated, confidence: 0.7 };
        }
    }
}

/// A quote no rule gave a speaker, with no cue of its own, right before the next quote of its
/// paragraph whose cue comes after that quote and names an entity (« … » pour le Mondial.
/// « … », a souligné X): the writer opened with the words and named their speaker once, after
/// the second; that speaker goes back to the first, unless an entity is named between them.
fn lead_quotes(ents: &Entities, quotes: &[Quote], out: &mut [Attribution]) {
    for i in (0..out.len().saturating_sub(1)).rev() {
        let (q, next) = (&quotes[i], &quotes[i + 1]);
        if out[i].method != Method::None || out[i].cue.is_some() || q.kind == QuoteKind::Term || next.para != q.para {
            continue;
        }
        let a = &out[i + 1];
        let cued_after = a.cue.is_some_and(|(cs, _)| cs >= next.close);
        if !cued_after
            || !matches!(a.method, Method::Explicit | Method::Organization)
            || a.speaker.as_ref().is_none_or(|sp| sp.entity.is_none())
        {
            continue;
        }
        let named_between =
            ents.list.iter().any(|e| e.mentions.iter().any(|m| m.start >= q.close && m.start < next.open));
        if !named_between {
            out[i] =
                Attribution { speaker: a.speaker.clone(), cue: None, method: Method::CarriedOver, confidence: 0.45 };
        }
    }
}

/// The first of the quotes `holders` when all of them have one speaker's name, else `None`.
fn sole_speaker(out: &[Attribution], mut holders: impl Iterator<Item = usize>) -> Option<usize> {
    let first = holders.next()?;
    let name = |j: usize| out[j].speaker.as_ref().map(|sp| sp.name.as_str());
    holders.all(|j| name(j) == name(first)).then_some(first)
}

/// The confidence of a fragment given the previous quote's speaker (rule 9), which also marks
/// it as changing no speaker state.
const FRAGMENT_CARRY_CONFIDENCE: f32 = 0.4;

/// The fewest words of a quote read as a repeat of part of a longer quote.
const MIN_REPEAT_WORDS: usize = 6;

/// Counts of the ASCII digits and punctuation in a text, which folding leaves as they are
/// (it changes letters, apostrophes, dashes and spaces only): two texts whose counts differ
/// never fold to the same key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct KeptMarks([u32; 4]);

impl KeptMarks {
    /// The counts over the parts of a quote (the space joining them is not counted).
    fn of(text: &str, parts: &[(usize, usize)]) -> KeptMarks {
        // One counter per class of `KEPT_MARK`, the last one for every other byte.
        let mut n = [0u32; 5];
        for &(a, b) in parts {
            for &c in &text.as_bytes()[a..b] {
                n[usize::from(KEPT_MARK[usize::from(c)])] += 1;
            }
        }
        KeptMarks([n[0], n[1], n[2], n[3]])
    }
}

/// The [`KeptMarks`] counter of every byte value: 0 digits, 1 `,`, 2 `.`, 3 other kept
/// punctuation, 4 none.
static KEPT_MARK: [u8; 256] = {
    let mut t = [4u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'0'..=b'9' => 0,
            b',' => 1,
            b'.' => 2,
            b'!' | b'?' | b':' | b';' | b'"' | b'(' | b')' => 3,
            _ => 4,
        };
        b += 1;
    }
    t
};

/// The longest quote, in bytes, read as a fragment of a longer quote (a lede's or an
/// intertitle's few words, not a quote of its own).
const MAX_FRAGMENT: usize = 120;

/// Whether folded text `long` holds folded text `short` as whole words, and more.
fn contains_words(long: &str, short: &str) -> bool {
    long.len() > short.len()
        && long.match_indices(short).any(|(at, _)| {
            let before = long[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after = long[at + short.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            before && after
        })
}

/// Whether two words are equal, testing the length and the first byte before the bytes (most
/// marker words differ there, and a full comparison is a `memcmp` call).
fn same_word(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// Whether `t` links a complement inside a description (`de`, `du`, `la` of `de la`; `of`, `the`).
fn is_of_link(t: &Token) -> bool {
    t.has_role(Role::Of) || t.has_role(Role::AfterOf)
}

fn is_desc_stop(t: &Token) -> bool {
    if t.kind == TokKind::Punct {
        return !matches!(t.ch(), '-' | '\'');
    }
    (t.has(class(WordClass::Prep)) && !t.has_role(Role::Of))
        || t.has(
            class(WordClass::Aux)
                | class(WordClass::Sub)
                | class(WordClass::Conj)
                | class(WordClass::Refl)
                | class(WordClass::Neg)
                | lex::VERB_FORM
                | lex::PRONOUN,
        )
}

impl<'a> Ctx<'a> {
    fn tok_at(&self, offset: usize) -> usize {
        self.toks.partition_point(|t| t.start < offset)
    }

    fn sentence_of(&self, i: usize) -> (usize, usize) {
        let s = &self.seg.sentences[self.toks[i.min(self.toks.len() - 1)].sent as usize];
        (s.tok_start, s.tok_end)
    }

    /// The role noun heading tokens from `i` (hyphenated heads use their first part).
    /// Whether lower-case word `k`, inside a description's complements, ends the description: an
    /// adverb (`L'institut dresse alors …`), a determiner that follows no `de` (`… dresse une
    /// liste`), or a present participle no list knows as a noun (`un responsable de cet
    /// établissement appartenant au groupe`): the clause of a verb the lists do not know begins.
    fn opens_clause_in_desc(&self, k: usize) -> bool {
        let t = &self.toks[k];
        if t.has(class(WordClass::Adv)) {
            return true;
        }
        // The next word, lower case and no role noun (a determiner before a role is an apposition:
        // son frère le président X; a participle before a name or an auxiliary is an adjective:
        // le chef de l'État sortant a remporté).
        // Asked only of a determiner or a participle (a role-noun lookup).
        let object = || {
            self.toks.get(k + 1).is_some_and(|n| {
                n.kind == TokKind::Word && !n.upper && !n.has(class(WordClass::Aux)) && self.role_noun(k + 1).is_none()
            })
        };
        if t.has(class(WordClass::Det)) && !is_of_link(t) && !self.toks.get(k.wrapping_sub(1)).is_some_and(is_of_link) {
            return object();
        }
        // A word right after a capitalized complement and before a determiner that opens a
        // clause is the clause's verb (la préfecture du Finistère fait un point).
        let after_name = k > 0 && self.toks[k - 1].upper && self.toks[k - 1].kind == TokKind::Word;
        if after_name
            && !t.upper
            && self.toks.get(k + 1).is_some_and(|n| n.has(class(WordClass::Det)) && !is_of_link(n))
        {
            return self.opens_clause_in_desc(k + 1);
        }
        const NOUN_BITS: u64 = lex::COMMON | lex::ROLE_NOUN | lex::SOURCE_NOUN | lex::TITLE | lex::TITLE_HEAD;
        t.key.len() > 4 && !t.has(NOUN_BITS) && self.lang.is_participle(&t.key) && object()
    }

    fn role_noun(&self, i: usize) -> Option<(Gender, bool, bool)> {
        let t = self.toks.get(i)?;
        if t.kind != TokKind::Word {
            return None;
        }
        const ROLE_BITS: u64 = lex::ROLE_NOUN | lex::SOURCE_NOUN | lex::TITLE | lex::TITLE_HEAD;
        if !t.has(ROLE_BITS) && (!t.key.contains('-') || self.lang.lex(t.key.split('-').next().unwrap_or("")) == 0) {
            return None;
        }
        if let Some(n) = self.toks.get(i + 1).filter(|_| t.has(lex::TITLE_HEAD)) {
            if let Some(tt) = self.lang.two_word_title(&t.key, &n.key).filter(|tt| !tt.honorific) {
                return Some((tt.gender, false, false));
            }
        }
        let k = t.key.as_str();
        let head = k.split('-').next().unwrap_or(k);
        for key in [k, head] {
            if let Some(r) = self.lang.role_nouns.get(key) {
                let unnamed = self.lang.source_nouns.contains(key);
                return Some((r.gender, r.plural, unnamed));
            }
            if self.lang.source_nouns.contains(key) {
                return Some((Gender::U, key.ends_with('s'), true));
            }
            if let Some(tt) = self.lang.titles.get(key).filter(|tt| !tt.honorific) {
                return Some((tt.gender, false, false));
            }
        }
        None
    }

    /// Splits tokens `a..b` into noun-phrase chunks (entities, names, pronouns, descriptions).
    fn chunks(&self, ents: &Entities, a: usize, b: usize) -> Vec<Chunk> {
        let (toks, lang) = (self.toks, self.lang);
        // A chunk takes a token at least; most ranges hold a few.
        let mut out: Vec<Chunk> = Vec::with_capacity(b.saturating_sub(a).min(16));
        // Prepositional phrase state: Out, Open (after a preposition), Head (its noun seen).
        let mut pp = Pp::Out;
        let mut i = a;
        while i < b {
            let t = &toks[i];
            if self.in_quote[i] {
                pp = Pp::Out;
                i += 1;
                continue;
            }
            if let Some((e, m)) = ents.mention_at(i) {
                let end = m.tok_end.min(b).max(i + 1);
                out.push(Chunk {
                    start: i,
                    end,
                    kind: ChunkKind::Entity(e),
                    complement: pp.takes_complement(),
                    appos: None,
                });
                pp = pp.after_chunk();
                i = end;
                continue;
            }
            let k = t.key.as_str();
            if t.kind == TokKind::Word
                && t.upper
                && !t.has(
                    lex::STOP_CAP
                        | lex::TITLE
                        | lex::PRONOUN
                        | class(WordClass::Det)
                        | class(WordClass::Prep)
                        | lex::VERB_FORM
                        | lex::ROLE_NOUN,
                )
                && toks.get(i + 1).is_none_or(|n| !t.has(lex::TITLE_HEAD) || lang.two_word_title(k, &n.key).is_none())
            {
                let mut j = i + 1;
                while j < b
                    && toks[j].kind == TokKind::Word
                    && toks[j].upper
                    && ents.at(j).is_none()
                    && !self.in_quote[j]
                {
                    j += 1;
                }
                // A known first name inside the run starts the person's name (la CGT Sophie Binet).
                let split = crate::entities::first_name_split(toks, i, j);
                if let Some(x) = split {
                    out.push(Chunk { start: i, end: x, kind: ChunkKind::Name, complement: true, appos: None });
                    out.push(Chunk {
                        start: x,
                        end: j,
                        kind: ChunkKind::Name,
                        complement: pp.takes_complement(),
                        appos: None,
                    });
                    pp = pp.after_chunk();
                    i = j;
                    continue;
                }
                // A single word opening a sentence is a name only as the surname of a person
                // named in full in the document (Kowalczyk : « … » … Anna Kowalczyk).
                let single_initial = j == i + 1 && sentence_initial(toks, i) && !self.ends_person_name(ents, i);
                let after_de = i > 0 && toks[i - 1].has_role(Role::Of);
                // A definite article right before it (La Tribune Dimanche écrit) makes it a title.
                let article = i > a
                    && toks[i - 1].has_role(Role::The)
                    && toks[i - 1].sent == t.sent
                    && t.start <= toks[i - 1].end + 1
                    && !self.in_quote[i - 1];
                if article {
                    out.push(Chunk {
                        start: i - 1,
                        end: j,
                        kind: ChunkKind::Titled,
                        complement: pp.takes_complement() || after_de,
                        appos: None,
                    });
                } else if !single_initial {
                    out.push(Chunk {
                        start: i,
                        end: j,
                        kind: ChunkKind::Name,
                        complement: pp.takes_complement() || after_de,
                        appos: None,
                    });
                }
                pp = pp.after_chunk();
                i = j;
                continue;
            }
            // A pronoun of several words opened by a determiner (ce dernier, cette dernière).
            let phrase = if t.has(class(WordClass::Det)) {
                lang.pronoun_phrases.iter().find(|(w, _)| i + w.len() <= b && phrase_starts_at(toks, i, w))
            } else {
                None
            };
            if let Some((w, p)) = phrase {
                out.push(Chunk {
                    start: i,
                    end: i + w.len(),
                    kind: ChunkKind::Pronoun(*p),
                    complement: pp.takes_complement(),
                    appos: None,
                });
                pp = pp.after_chunk();
                i += w.len();
                continue;
            }
            if let Some(p) = t.has(lex::PRONOUN).then(|| lang.pronouns.get(k)).flatten() {
                out.push(Chunk {
                    start: i,
                    end: i + 1,
                    kind: ChunkKind::Pronoun(*p),
                    complement: pp.takes_complement(),
                    appos: None,
                });
                pp = pp.after_chunk();
                i += 1;
                continue;
            }
            if t.has(class(WordClass::Det)) {
                // au, aux (à + le): a preposition too; du, des (`of` + article) extend a phrase.
                if t.has(class(WordClass::Prep)) && (!t.has_role(Role::Of) || matches!(pp, Pp::Head | Pp::Noun)) {
                    pp = Pp::Open;
                } else if pp == Pp::Noun && !t.has(class(WordClass::Prep)) {
                    // An article right after the phrase's noun opens a new phrase: the fronted
                    // complement is over (Sur le nucléaire le chef de l'État a déclaré).
                    pp = Pp::Out;
                }
                // Determiner, up to two adjectives, then a role noun: a description.
                let mut j = i + 1;
                let mut head = None;
                while j < b && j <= i + 3 {
                    // A name the entities know is no description's head, even one opening with a
                    // role noun (Le Syndicat des services publics).
                    if toks[j].upper && ents.at(j).is_some() {
                        break;
                    }
                    if let Some(r) = self.role_noun(j) {
                        head = Some(r);
                        break;
                    }
                    // A nationality noun describes a person as a role noun does (la Roumaine), unless
                    // it begins a name the entities know (la Française des jeux).
                    if toks[j].upper && toks[j].has(lex::DEMONYM) && ents.at(j).is_none() {
                        head = Some((Gender::U, t.has_role(Role::Plural), false));
                        break;
                    }
                    // A capitalized word here is no role noun (just tested): it ends the search.
                    // Another determiner opens another phrase (Sur le nucléaire le président).
                    if toks[j].kind != TokKind::Word
                        || is_desc_stop(&toks[j])
                        || toks[j].upper
                        || (toks[j].has_role(Role::The)
                            && !toks[j].has(class(WordClass::Prep))
                            && !toks[j].has_role(Role::Of))
                    {
                        break;
                    }
                    j += 1;
                }
                if let Some((gender, plural, unnamed)) = head {
                    // A role noun of either gender takes its determiner's (la ministre, le juge);
                    // a plural determiner makes it plural (les porte-parole, des pensions de retraite).
                    let (gender, plural) = match lang.determiner_genders.get(k) {
                        Some(d) if d.plural => (gender, true),
                        Some(d) if gender == Gender::U && !plural => (d.gender, plural),
                        _ => (gender, plural),
                    };
                    // Extend over adjectives and `de` complements (le chef de l'État russe, du PS).
                    let mut end = j + 1;
                    // Just past a role's own link and its article (the Minister for Foreign Affairs).
                    let mut after_link = false;
                    while end < b && !self.in_quote[end] {
                        let t2 = &toks[end];
                        if after_link {
                            after_link = toks[end - 1].upper
                                || toks[end - 1].has_role(Role::AfterOf)
                                || self.role_link(j, end - 1, b, ents);
                        }
                        let ent_per = ents.at(end).is_some_and(|e| ents.list[e].etype == EntityType::Per);
                        let ok = if is_of_link(t2) {
                            true
                        } else if self.role_link(j, end, b, ents) {
                            // A role's own link (l'adjoint au maire, the Minister for Health).
                            after_link = true;
                            true
                        } else if t2.upper && t2.kind == TokKind::Word {
                            // An honorific opens a person's name, the complement's object.
                            !ent_per && (after_link || self.is_desc_complement(end)) && !self.is_honorific(end)
                        } else if ents.mention_at(end).is_some() && !ent_per {
                            // An organization written in lower case, found by its acronym
                            // (la présidente de l'union des éleveurs (UDE)), is a complement too.
                            self.is_desc_complement(end)
                        } else if t2.has_role(Role::And) {
                            // `et` and a role noun without determiner: one person's second role
                            // (le ministre de l'Intérieur et maire de Lille).
                            let second_role = toks.get(end + 1).is_some_and(|n| end + 1 < b && !n.upper)
                                && self.role_noun(end + 1).is_some();
                            // `et` and a second capitalized complement: one portfolio of two
                            // (la ministre du Travail et des Solidarités, de l'Économie et des Finances).
                            let portfolio = end + 2 < b
                                && toks[end + 1].has_role(Role::Of)
                                && (end + 2..b.min(end + 4))
                                    .find(|&k| !toks[k].has_role(Role::AfterOf))
                                    .is_some_and(|k| toks[k].upper && toks[k].kind == TokKind::Word);
                            second_role || portfolio
                        } else if t2.has(lex::VERB_FORM)
                            && toks[end - 1].has(class(WordClass::Det))
                            && (toks[end - 1].has_role(Role::Of) || toks[end - 1].has_role(Role::AfterOf))
                        {
                            // A speech verb's form after an article of `de` is a noun (l'avocate
                            // du prévenu, l'avocat de l'accusé, l'auteur du communiqué).
                            true
                        } else {
                            t2.kind == TokKind::Word
                                && ents.at(end).is_none()
                                && !is_desc_stop(t2)
                                && !self.opens_clause_in_desc(end)
                        };
                        if !ok {
                            break;
                        }
                        // A whole entity after `de` (du Parti socialiste) joins the description.
                        if let Some((_, m)) = ents.mention_at(end).filter(|_| !ent_per) {
                            end = m.tok_end.max(end + 1);
                        } else {
                            end += 1;
                        }
                    }
                    while end > j + 1 && is_of_link(&toks[end - 1]) {
                        end -= 1;
                    }
                    // Also past a short parenthesis (le président du groupe X (XY) à l'Assemblée, Y).
                    let comma = !pp.takes_complement();
                    if let Some(name) = self.complement_before_name(ents, end, b, comma).or_else(|| {
                        self.short_paren(end, b).and_then(|k| self.complement_before_name(ents, k, b, comma))
                    }) {
                        end = name;
                    }
                    // A short parenthesis (an acronym) then a comma and a name ending the phrase:
                    // the name is in apposition past it (la présidente de l'union (UDE), X.).
                    let next = self
                        .short_paren(end, b)
                        .filter(|&k| {
                            !pp.takes_complement()
                                && toks.get(k).is_some_and(|c| k < b && c.is(','))
                                && self.name_ending_phrase(ents, k + 1, b).is_some()
                        })
                        .unwrap_or(end);
                    let definite = t.has_role(Role::Definite);
                    let unnamed = unnamed && !definite;
                    out.push(Chunk {
                        start: i,
                        end,
                        kind: ChunkKind::Desc { definite, plural, gender, unnamed },
                        complement: pp.takes_complement(),
                        appos: None,
                    });
                    pp = pp.after_chunk();
                    i = next;
                    continue;
                }
                i += 1;
                continue;
            }
            // An honorific and its period before a name in a complement leave the complement
            // open (l'avocat de M. X: X is the complement, not a subject).
            if matches!(pp, Pp::Open) && (self.is_honorific(i) || (t.is('.') && i > a && self.is_honorific(i - 1))) {
                i += 1;
                continue;
            }
            if t.has(class(WordClass::Prep)) && !t.has_role(Role::Source) {
                // The author of a statement: un rapport de X, le communiqué du Kremlin.
                let after_speech_noun = t.has_role(Role::Of) && i > a && toks[i - 1].has(lex::SPEECH_NOUN);
                pp = if after_speech_noun { Pp::Out } else { Pp::Open };
                i += 1;
                continue;
            }
            if t.kind == TokKind::Punct
                || t.has(class(WordClass::Adv) | class(WordClass::Aux) | class(WordClass::Sub) | lex::VERB_FORM)
                || t.has_role(Role::Source)
            {
                pp = Pp::Out;
            } else if t.has(class(WordClass::Conj)) {
                // Coordinated complements stay complements: à Washington et Séoul.
                pp = if matches!(pp, Pp::Head | Pp::Noun) { Pp::Open } else { Pp::Out };
            } else if pp == Pp::Open && !t.has(lex::FUNCTION_WORD) {
                pp = Pp::Noun;
            }
            i += 1;
        }
        // Appositions: description + name (with or without a comma between).
        let mut merged: Vec<Chunk> = Vec::with_capacity(out.len());
        for c in out {
            if let Some(prev) = merged.last().copied() {
                // Between them: nothing, a comma, or an honorific (l'avocate, Me Sabine Julien).
                // Past a short parenthesis closing the description (la présidente de l'union (UDE), X).
                let from = self.short_paren(prev.end, b).unwrap_or(prev.end);
                let gap_ok = || {
                    from <= c.first()
                        && c.first() - from <= 3
                        && toks[from..c.first()].iter().all(|t| {
                            t.is(',') || t.is('.') || lang.title_or_dotted(&t.key).is_some_and(|tt| tt.honorific)
                        })
                };
                // A name right after a role title ending the description's complement is that
                // role's holder, the complement's object (le porte-parole de la présidente X).
                let of_role = || {
                    prev.end == c.first()
                        && lang.titles.get(toks[prev.end - 1].key.as_str()).is_some_and(|tt| !tt.honorific)
                        && (prev.start + 1..prev.end - 1)
                            .find(|&k| self.role_noun(k).is_some())
                            .is_some_and(|h| (h + 1..prev.end - 1).any(|k| is_of_link(&toks[k])))
                };
                if matches!(prev.kind, ChunkKind::Desc { .. })
                    && matches!(c.kind, ChunkKind::Entity(_) | ChunkKind::Name)
                    && of_role()
                {
                    merged.push(Chunk { complement: true, ..c });
                    continue;
                }
                // An organization right after a person's role noun and its adjectives is its
                // label (la présidente UDC, le député LFI), part of the description, not its
                // holder's name; not a name opening with a first name.
                let label = || {
                    const ORG_NOUN: u64 = lex::ORG_KEYWORD | lex::INSTITUTION_KEYWORD;
                    prev.end == c.first()
                        && !toks[c.start].has(lex::FIRST_NAME)
                        && matches!(c.kind, ChunkKind::Entity(e) if ents.list[e].etype == EntityType::Org)
                        && (prev.start..prev.end).find(|&k| self.role_noun(k).is_some()).is_some_and(|h| {
                            !toks[h].has(ORG_NOUN) && !toks[h + 1..prev.end].iter().any(|t| is_of_link(t) || t.upper)
                        })
                };
                if matches!(prev.kind, ChunkKind::Desc { .. }) && label() {
                    merged.pop();
                    merged.push(Chunk { end: c.end, ..prev });
                    continue;
                }
                // A source's description takes a name only after a comma, the name ending the
                // phrase (une responsable de l'agence, Marie Durand, citée …).
                let comma_between = || toks.get(from..c.first()).is_some_and(|g| g.iter().any(|t| t.is(',')));
                let named_source =
                    || comma_between() && toks.get(c.end).is_none_or(|t| c.end >= b || t.kind == TokKind::Punct);
                // A place after a comma is no role holder's name (Selon le ministre, Moscou a …).
                let holder = || match c.kind {
                    ChunkKind::Entity(e) => ents.list[e].etype != EntityType::Loc || !comma_between(),
                    _ => true,
                };
                if matches!(c.kind, ChunkKind::Entity(_) | ChunkKind::Name)
                    && matches!(prev.kind, ChunkKind::Desc { unnamed, plural, .. } if !unnamed || !plural)
                    && gap_ok()
                    && holder()
                    && (matches!(prev.kind, ChunkKind::Desc { unnamed: false, .. }) || named_source())
                {
                    merged.pop();
                    // A complement with no head chunk before it opens a fronted phrase (Rédacteur
                    // des bulletins de la police, X assume …): the name after its comma, not
                    // closed by another (avec le ministre, X, lundi), is no complement.
                    let fronted = prev.complement
                        && comma_between()
                        && merged.iter().all(|m| m.complement)
                        && toks.get(c.end).is_some_and(|t| t.kind != TokKind::Punct);
                    // A fronted phrase opened by a preposition is an adverbial (Devant la cour
                    // d'assises, X a requis): its noun is no role of the subject after it.
                    let adverbial = fronted
                        && prev.start > 0
                        && toks[prev.start - 1].has(class(WordClass::Prep))
                        && !toks[prev.start - 1].has_role(Role::Of);
                    if adverbial {
                        merged.push(prev);
                        merged.push(Chunk { complement: false, ..c });
                        continue;
                    }
                    let c = Chunk { appos: Some((prev.start, prev.end)), complement: prev.complement && !fronted, ..c };
                    // A first description, a comma, then this one and its name ending the phrase
                    // (le porte-parole de la police, l'inspecteur X.): the name is in apposition to
                    // both, and the first one is its role.
                    // Not a fronted complement's noun (Face à l'opposition, la ministre, X, …),
                    // nor a plural one (… le gel des pensions de retraite, la ministre, X).
                    let outer = merged.last().copied().filter(|o| {
                        matches!(o.kind, ChunkKind::Desc { unnamed: false, plural: false, .. })
                            && !o.complement
                            && prev.start == o.end + 1
                            && toks[o.end].is(',')
                            && toks.get(c.end).is_none_or(|t| c.end >= b || t.kind == TokKind::Punct)
                    });
                    if let Some(o) = outer {
                        merged.pop();
                        merged.push(Chunk { appos: Some((o.start, o.end)), complement: o.complement, ..c });
                    } else {
                        merged.push(c);
                    }
                    continue;
                }
            }
            merged.push(c);
        }
        merged
    }

    /// Whether token `k` ends a subordinating conjunction of several words (`alors que`).
    fn ends_sub_phrase(&self, k: usize) -> bool {
        self.sub_phrase_len(k) > 0
    }

    /// The length in tokens of the subordinating conjunction of several words ending at token
    /// `k` (`alors que`: 2), or 0.
    fn sub_phrase_len(&self, k: usize) -> usize {
        self.lang.sub_phrases.iter().find(|p| phrase_ends_at(self.toks, k + 1, p)).map_or(0, Vec::len)
    }

    /// The subject of the main clause when `cue` stands in a clause opened by a conjunction of
    /// several words and a verb coordinated to the main clause follows it before the quote at
    /// `open` (`Les élus ont chanté alors que la ministre prenait la parole, et ont brandi
    /// « … »`): the quote is the main clause's, whose subject opens the sentence at `a`.
    fn main_subject_past_subordinate(
        &mut self,
        ents: &mut Entities,
        cue: &Cue,
        a: usize,
        open: usize,
    ) -> Option<(Speaker, Method, f32)> {
        let coordinated = (cue.end..open.saturating_sub(1)).any(|k| {
            !self.in_quote[k] && self.toks[k].has_role(Role::And) && self.toks[k + 1].has(class(WordClass::Aux))
        });
        if !coordinated {
            return None;
        }
        let sub = (a..cue.start).rev().find_map(|k| {
            let n = self.sub_phrase_len(k);
            (n > 0 && !self.in_quote[k]).then(|| k + 1 - n)
        })?;
        let c = self.chunks(ents, a, sub).into_iter().find(|c| !c.complement)?;
        self.resolve(ents, &c, cue.start)
    }

    /// Where a person's name starts after a description's prepositional complement of a few
    /// words from the preposition at `p` (`le haut-commissaire aux droits de l'homme Jean
    /// Dufour`, `le commissaire à l'Économie X`): the name is then in apposition to the whole
    /// description. The complement must end on a noun or adjective, not a link word.
    /// With `comma`, for a description in no prepositional phrase, the name may follow the
    /// complement after a comma (`le commissaire au Marché intérieur, Jean Dufour.`).
    fn complement_before_name(&self, ents: &Entities, p: usize, b: usize, comma: bool) -> Option<usize> {
        /// Tokens a complement may span after its preposition.
        const MAX_COMPLEMENT: usize = 6;
        let toks = self.toks;
        let t = toks.get(p).filter(|_| p < b && !self.in_quote[p])?;
        if t.kind != TokKind::Word
            || !t.has(class(WordClass::Prep))
            || t.has_role(Role::Of)
            || t.has_role(Role::Source)
            // `par` only before a bare noun (la directrice par intérim), never an agent.
            || (t.has_role(Role::By)
                && !(p + 1 < b && self.is_plain_word(p + 1) && !toks[p + 1].has(lex::FUNCTION_WORD)))
        {
            return None;
        }
        // A noun or an adjective ends the complement before a name.
        let content = |k: usize| {
            let t = &toks[k];
            k > p + 1 && t.kind == TokKind::Word && !t.has(lex::FUNCTION_WORD) && !is_desc_stop(t)
        };
        let mut k = p + 1;
        while k < b && k <= p + MAX_COMPLEMENT && !self.in_quote[k] {
            if let Some((e, m)) = ents.mention_at(k) {
                if ents.list[e].etype == EntityType::Per {
                    return content(k - 1).then_some(k);
                }
                k = m.tok_end.max(k + 1);
                continue;
            }
            let t = &toks[k];
            // A comma after the complement, then a name ending the phrase (`le commissaire au
            // Marché intérieur, Jean Dufour.`).
            if comma
                && t.is(',')
                && k > p + 1
                && toks[k - 1].kind == TokKind::Word
                && !toks[k - 1].has(lex::FUNCTION_WORD)
            {
                return self.name_ending_phrase(ents, k + 1, b);
            }
            if t.kind != TokKind::Word || (is_desc_stop(t) && !t.has(class(WordClass::Det))) {
                return None;
            }
            // An unknown name of two capitalized words after a lower-case word (… l'homme Volker Türk).
            if t.upper
                && !t.has(lex::FUNCTION_WORD | lex::STOP_CAP)
                && content(k - 1)
                && !toks[k - 1].upper
                && toks
                    .get(k + 1)
                    .is_some_and(|n| k + 1 < b && n.kind == TokKind::Word && n.upper && ents.at(k + 1).is_none())
            {
                return Some(k);
            }
            k += 1;
        }
        None
    }

    /// Token `k` when a person's name starts there (an entity, or two capitalized words the
    /// entities do not know) and ends its phrase: before punctuation or the end at `b`.
    fn name_ending_phrase(&self, ents: &Entities, k: usize, b: usize) -> Option<usize> {
        let toks = self.toks;
        // An honorific before the name (`…, Mme Sophie Roy.`), with its abbreviation's period.
        if k < b && self.is_honorific(k) && ents.mention_at(k).is_none() {
            let n = if toks.get(k + 1).is_some_and(|t| t.is('.')) { k + 2 } else { k + 1 };
            return self.name_ending_phrase(ents, n, b).map(|_| k);
        }
        let t = toks.get(k).filter(|t| k < b && !self.in_quote[k] && t.kind == TokKind::Word && t.upper)?;
        let end = match ents.mention_at(k) {
            Some((e, m)) => (ents.list[e].etype == EntityType::Per).then_some(m.tok_end)?,
            None => {
                if t.has(lex::FUNCTION_WORD | lex::STOP_CAP) {
                    return None;
                }
                let end = (k..b).find(|&j| !(toks[j].kind == TokKind::Word && toks[j].upper)).unwrap_or(b);
                (end >= k + 2 && (k..end).all(|j| ents.at(j).is_none())).then_some(end)?
            }
        };
        (end >= b || toks[end].kind == TokKind::Punct).then_some(k)
    }

    /// Whether tokens `a..b` mention, outside quotes, a person agreeing with `gender`: without
    /// one, no chunk of theirs is a person's entity.
    fn names_person(&self, ents: &Entities, a: usize, b: usize, gender: Gender) -> bool {
        (a..b).any(|i| {
            !self.in_quote[i]
                && ents
                    .at(i)
                    .is_some_and(|e| ents.list[e].etype == EntityType::Per && ents.list[e].gender.agrees(gender))
        })
    }

    /// Whether token `i` is the last word of a person's name of several words in the document.
    fn ends_person_name(&self, ents: &Entities, i: usize) -> bool {
        let key = &self.toks[i].key;
        ents.list.iter().any(|e| {
            e.etype == EntityType::Per
                && e.mentions.iter().any(|m| m.tok_end - m.tok_start >= 2 && self.toks[m.tok_end - 1].key == *key)
        })
    }

    /// Whether token `i` is an honorific title (`M.`, `Mme`), not a role.
    fn is_honorific(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.kind == TokKind::Word
            && t.has(lex::TITLE)
            && !self.in_quote[i]
            && self.lang.title_or_dotted(&t.key).is_some_and(|tt| tt.honorific)
    }

    /// The token after a short parenthesis opening at token `k`, before `b`: an acronym or a
    /// few words (`(CR)`, `(sans étiquette)`), no punctuation inside.
    fn short_paren(&self, k: usize, b: usize) -> Option<usize> {
        /// Tokens a short parenthesis may hold.
        const MAX_INSIDE: usize = 4;
        let toks = self.toks;
        toks.get(k).filter(|t| k < b && t.is('(') && !self.in_quote[k])?;
        let close = (k + 1..b.min(k + 2 + MAX_INSIDE)).find(|&j| toks[j].kind == TokKind::Punct)?;
        (close > k + 1 && toks[close].is(')') && !self.in_quote[close]).then_some(close + 1)
    }

    /// Whether token `k`, inside the description headed by role noun `head`, is that role's own
    /// link to a complement (`au` of `l'adjoint au maire`, `data/<lang>/role_links.tsv`): not
    /// before an entity or a noun of whom one speaks to (`au micro de RTL`, `à l'AFP`).
    fn role_link(&self, head: usize, k: usize, b: usize, ents: &Entities) -> bool {
        let toks = self.toks;
        let linked = self
            .lang
            .role_links
            .get(toks[head].key.as_str())
            .is_some_and(|l| l.iter().any(|w| w == toks[k].key.as_str()));
        if !linked {
            return false;
        }
        let next = (k + 1..b).find(|&x| !toks[x].has_role(Role::AfterOf) || toks[x].kind != TokKind::Word);
        next.is_some_and(|x| {
            toks[x].kind == TokKind::Word
                && !self.in_quote[x]
                && ents.at(x).is_none()
                && !self.lang.audience_nouns.contains(toks[x].key.as_str())
        })
    }

    /// Whether the capitalized token `i` continues a description (`de la Défense`, `du PS`), also
    /// after an organization's common noun when it opens no person's name (`du groupe Union
    /// populaire`, not `du club Jean Moreau`).
    fn is_desc_complement(&self, i: usize) -> bool {
        i > 0
            && (is_of_link(&self.toks[i - 1])
                || (i > 1
                    && is_of_link(&self.toks[i - 2])
                    && !self.toks[i - 1].upper
                    && self.toks[i - 1].has(lex::ORG_KEYWORD)
                    && !self.toks[i].has(lex::FIRST_NAME)))
    }

    /// A speech-verb group starting at token `i` (not past `limit`) whose verb is a cue anywhere.
    fn cue_at(&self, i: usize, limit: usize) -> Option<Cue> {
        self.cue_any(i, limit).filter(|c| !c.adjacent)
    }

    /// A speech-verb group starting at token `i` (not past `limit`), memoized per token, its verb
    /// a cue anywhere or only next to a quote.
    fn cue_any(&self, i: usize, limit: usize) -> Option<Cue> {
        if i >= limit || i >= self.toks.len() {
            return None;
        }
        // Punctuation and quoted words start no cue (see [`Ctx::cue_span`]), nor a word that is
        // neither a cue's first word (its lexicon bits) nor hyphenated (an inverted form, see
        // [`split_inverted`]): no memo to read.
        let t = &self.toks[i];
        if t.kind != TokKind::Word || self.in_quote[i] {
            return None;
        }
        if !t.has(CUE_START) && !t.key.as_bytes().contains(&b'-') {
            return None;
        }
        let cached = self.cues.borrow().get(i).copied().flatten();
        let cue = match cached {
            Some(c) => c,
            None => {
                let (_, s_end) = self.sentence_of(i);
                let c = self.cue_at_uncached(i, s_end);
                self.cues.borrow_mut()[i] = Some(c);
                c
            }
        };
        cue.filter(|c| c.end <= limit).or_else(|| if cue.is_some() { self.cue_at_uncached(i, limit) } else { None })
    }

    fn cue_at_uncached(&self, i: usize, limit: usize) -> Option<Cue> {
        let mut cue = self.cue_span(i, limit)?;
        let last = self.toks[cue.end - 1].key.as_str();
        cue.adjacent = self.lang.verb_forms.get(last).is_some_and(|v| v.adjacent);
        Some(cue)
    }

    fn cue_span(&self, i: usize, limit: usize) -> Option<Cue> {
        let (toks, lang) = (self.toks, self.lang);
        let t = toks.get(i)?;
        if i >= limit || t.kind != TokKind::Word || self.in_quote[i] {
            return None;
        }
        let k = t.key.as_str();
        // Inverted: ajoute-t-il, a-t-elle déclaré, dit-il.
        if let Some((verb, pron)) = split_inverted(k, lang) {
            let pronoun = lang.pronouns.get(pron).copied();
            if lang.verb_forms.contains_key(verb) {
                return Some(Cue { start: i, end: i + 1, pronoun, adjacent: false });
            }
            if lang.is(verb, WordClass::Aux) {
                let (_, e) = self.verb_after(i + 1, limit)?;
                return Some(Cue { start: i, end: e, pronoun, adjacent: false });
            }
            return None;
        }
        // Every other cue starts with a reflexive, an auxiliary or a verb form's first word.
        if !t.has(CUE_START) {
            return None;
        }
        // A form right after a determiner always followed by its noun is a noun (un communiqué,
        // cette annonce, the statement).
        if !t.has(class(WordClass::Refl) | class(WordClass::Aux))
            && (self.noun_after_det(i) || self.noun_after_article(i))
        {
            return None;
        }
        // Reflexive: se dit, s'inquiète, s'est félicité.
        if t.has(class(WordClass::Refl)) {
            if let Some((_, e)) = self.form_at(i + 1, limit) {
                return Some(Cue { start: i, end: e, pronoun: None, adjacent: false });
            }
            if toks.get(i + 1).is_some_and(|n| n.has(class(WordClass::Aux))) {
                let (_, e) = self.verb_after(i + 2, limit)?;
                return Some(Cue { start: i, end: e, pronoun: None, adjacent: false });
            }
            return None;
        }
        // Auxiliary + participle: a déclaré, ont également indiqué, avait appelé; a passive
        // without its agent is none (sont reconnus, seront dévoilées).
        if t.has(class(WordClass::Aux)) {
            if let Some((_, e)) = self.verb_after(i + 1, limit) {
                if self.passive_at(i) && self.agent_after(e).is_none() {
                    return None;
                }
                return Some(Cue { start: i, end: e, pronoun: None, adjacent: false });
            }
        }
        let (_, e) = self.form_at(i, limit)?;
        if (self.passive_before(i) || self.adjective_participle(i, e)) && self.agent_after(e).is_none() {
            return None;
        }
        Some(Cue { start: i, end: e, pronoun: None, adjacent: false })
    }

    /// Whether the one-word form `i..e` is a past participle right after a determiner and its
    /// noun, so an adjective of that noun (`les peines prononcées`), not a verb group: no auxiliary
    /// before the determiner, nor a preposition (`a pour sa part déclaré`).
    fn adjective_participle(&self, i: usize, e: usize) -> bool {
        let function = class(WordClass::Det)
            | class(WordClass::Prep)
            | class(WordClass::Aux)
            | class(WordClass::Adv)
            | class(WordClass::Sub)
            | class(WordClass::Conj)
            | class(WordClass::Neg)
            | class(WordClass::Refl);
        e == i + 1
            && i >= 2
            && self.is_plain_word(i - 1)
            && !self.toks[i - 1].has(function)
            && self.toks[i - 2].kind == TokKind::Word
            && self.toks[i - 2].has(class(WordClass::Det))
            && !i.checked_sub(3).is_some_and(|k| self.toks[k].has(class(WordClass::Prep) | class(WordClass::Aux)))
            && self.lang.is_past_participle(&self.text[self.toks[i].start..self.toks[i].end])
    }

    /// Whether token `i` is a form of "be" making a passive, not the auxiliary of a reflexive
    /// (`sont` of `sont informés`, not `est` of `s'est félicité`).
    fn passive_at(&self, i: usize) -> bool {
        self.lang.passive_be.contains(self.toks[i].key.as_str())
            && !i.checked_sub(1).is_some_and(|k| self.toks[k].has(class(WordClass::Refl)))
    }

    /// Whether the verb form at `i` follows a passive's "be", maybe past adverbs and a
    /// negation (`seront ensuite dévoilées`, `a été exhorté`).
    fn passive_before(&self, i: usize) -> bool {
        let skip = class(WordClass::Adv) | class(WordClass::Neg);
        let mut k = i;
        for _ in 0..4 {
            let Some(p) = k.checked_sub(1) else { return false };
            let t = &self.toks[p];
            if t.kind != TokKind::Word {
                return false;
            }
            if self.passive_at(p) {
                return true;
            }
            if !t.has(skip) && !self.unlisted_adverb(p) {
                return false;
            }
            k = p;
        }
        false
    }

    /// Whether the cue at `i` is a relative clause's verb: a relative pronoun right before it,
    /// past adverbs, not the end of a conjunction (`alors que`).
    fn after_relative(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && self.toks[k - 1].has(class(WordClass::Adv)) {
            k -= 1;
        }
        k > 0 && !self.in_quote[k - 1] && self.toks[k - 1].has_role(Role::Rel) && !self.ends_sub_phrase(k - 1)
    }

    /// Whether token `i` introduces a passive's agent (`par`), whose act the verb names.
    fn agent_at(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.has_role(Role::By))
    }

    /// Whether token `k` is a lower-case word no list knows that ends like an adverb
    /// (`rapidement`, `repeatedly`: `adverb_suffixes.txt`).
    fn unlisted_adverb(&self, k: usize) -> bool {
        let t = &self.toks[k];
        t.kind == TokKind::Word && !t.upper && t.lex == 0 && self.lang.ends_like_adverb(&t.key)
    }

    /// The agent of cue `cue` when it is a passive with one (`a été qualifié de « … » par les
    /// pompiers`, `jugé « … » par X`): the noun phrase after `par`, before `limit`.
    fn passive_agent(&mut self, ents: &mut Entities, cue: &Cue, limit: usize) -> Option<(Speaker, Method, f32)> {
        // A participle with no auxiliary, after its noun or not, is a passive too (Une ligne de
        // défense qualifiée de « … » par la procureure): this takes in `adjective_participle`.
        let participle = |i: usize, e: usize| {
            e == i + 1
                && i > 0
                && !self.toks[i - 1].has(class(WordClass::Aux))
                && self.lang.is_past_participle(&self.text[self.toks[i].start..self.toks[i].end])
        };
        let passive = (cue.start..cue.end).any(|k| self.passive_at(k))
            || self.passive_before(cue.start)
            || participle(cue.start, cue.end);
        if !passive || cue.pronoun.is_some() {
            return None;
        }
        let by = self.agent_after(cue.end)?;
        // The noun phrase right after `par`, past an honorific (par Me X) or the article an
        // entity's chunk leaves out (par l'Office central de …).
        let titles_only = |a: usize, b: usize| {
            self.toks[a..b].iter().all(|t| {
                t.is('.') || self.lang.title_or_dotted(&t.key).is_some_and(|tt| tt.honorific) || t.has_role(Role::The)
            })
        };
        let c = self
            .chunks(ents, by + 1, limit)
            .into_iter()
            .next()
            .filter(|c| c.first() > by && titles_only(by + 1, c.first()))?;
        self.resolve(ents, &c, cue.start)
    }

    /// The `par` of a passive's agent after the verb ending at `e`: right after it, or past the
    /// quote the verb governs, maybe after one function word (`qualifié de « … » par les
    /// pompiers`, `jugé « … » par X`).
    fn agent_after(&self, e: usize) -> Option<usize> {
        if self.agent_at(e) {
            return Some(e);
        }
        let quoted = |k: usize| self.in_quote.get(k).copied().unwrap_or(false);
        let mut k = e;
        if self.toks.get(k).is_some_and(|t| t.kind == TokKind::Word && t.has(lex::FUNCTION_WORD)) && !quoted(k) {
            k += 1;
        } else if self.toks.get(k + 1).is_some_and(|t| t.is('\'') || t.is('\u{2019}')) && !quoted(k) {
            // An elided word before the mark stays apart from its apostrophe (d'« … »).
            k += 2;
        }
        // The opening mark, in the quote or just before it.
        if self.toks.get(k).is_none_or(|t| t.kind != TokKind::Punct) {
            return None;
        }
        if !quoted(k) {
            k += 1;
        }
        if !quoted(k) {
            return None;
        }
        while quoted(k) {
            k += 1;
        }
        // The closing mark.
        if self.toks.get(k).is_some_and(|t| t.kind == TokKind::Punct) {
            k += 1;
        }
        self.agent_at(k).then_some(k)
    }

    /// Whether the word at `i` follows a determiner always followed by its noun (`un communiqué`,
    /// `a statement`): a speech-verb form there is a noun, not a cue.
    fn noun_after_det(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|k| self.toks[k].has_role(Role::NounDet))
    }

    /// Whether the word at `i` is a finite speech-verb form after a preposition and a definite
    /// article (`en raison de la tempête`, `à l'appel`): an object pronoun before a verb needs a
    /// subject, and after a preposition only an infinitive or a participle takes one (`de le dire`,
    /// `en la qualifiant`), so the form is a noun.
    fn noun_after_article(&self, i: usize) -> bool {
        let (toks, lang) = (self.toks, self.lang);
        if i < 2 || !toks[i - 1].has_role(Role::The) || !toks[i - 2].has(class(WordClass::Prep)) {
            return false;
        }
        let key = toks[i].key.as_str();
        // Only a one-word form is judged: a multiword form is left as it is.
        lang.verb_forms.get(key).is_some_and(|f| !f.infinitive) && !lang.is_participle(key)
    }

    /// A participle (possibly multiword, possibly reflexive) after up to three adverbs.
    fn verb_after(&self, i: usize, limit: usize) -> Option<(usize, usize)> {
        let mut j = i;
        let mut skipped = 0;
        while j < limit && skipped <= 3 {
            if let Some(r) = self.form_at(j, limit) {
                return Some(r);
            }
            if self.toks[j].has(class(WordClass::Adv) | class(WordClass::Neg) | class(WordClass::Refl))
                || self.unlisted_adverb(j)
            {
                j += 1;
                skipped += 1;
                continue;
            }
            return None;
        }
        None
    }

    /// The longest speech-verb form starting at token `i` (multiword forms joined by spaces).
    fn form_at(&self, i: usize, limit: usize) -> Option<(usize, usize)> {
        let toks = self.toks;
        // Most words start no form: test the first one without building a key.
        let first = toks.get(i).filter(|t| i < limit && t.kind == TokKind::Word && !self.in_quote[i])?;
        // A one-word key is in `verb_prefixes` exactly when it has one of these lexicon bits.
        if !first.has(lex::VERB_FORM | lex::VERB_PREFIX) {
            return None;
        }
        // The first word is a prefix, and a one-word form exactly when its lexicon bits say so.
        let mut key = first.key.clone();
        let mut best = first.has(lex::VERB_FORM).then_some((i, i + 1));
        let mut j = i + 1;
        while j < limit && j < i + self.lang.max_verb_words + 2 {
            let t = &toks[j];
            if t.kind != TokKind::Word || self.in_quote[j] {
                break;
            }
            if !key.is_empty() && !key.ends_with('\'') {
                key.push(' ');
            }
            key.push_str(&t.key);
            if !self.lang.verb_prefixes.contains(key.as_str()) {
                break;
            }
            if self.lang.verb_forms.contains_key(key.as_str()) {
                best = Some((i, j + 1));
            }
            j += 1;
        }
        best
    }

    /// The first cue in tokens `a..b`.
    fn cue_forward(&self, a: usize, b: usize) -> Option<Cue> {
        (a..b).find_map(|i| self.cue_any(i, b))
    }

    /// The speaker named as the subject of a speech cue in the last sentence that has one after
    /// the sentence of token `pos` and before token `end` (reported speech: `X said that …`): a
    /// person before the verb, or, for a cue closing the sentence after a comma, its inverted
    /// subject, a person or a description (`…, ont rapporté les garde-côtes.`), never an
    /// organization (a medium reporting what another said: `…, rapporte Le Monde.`).
    fn reported_speaker_between(&mut self, ents: &mut Entities, pos: usize, end: usize) -> Option<Speaker> {
        let (_, after) = self.sentence_of(pos);
        let mut s = self.toks[end.checked_sub(1)?].sent as usize;
        while s > 0 && self.seg.sentences[s].tok_start >= after {
            let (a, b) = (self.seg.sentences[s].tok_start, self.seg.sentences[s].tok_end.min(end));
            if let Some(cue) = self.cue_backward(a, b) {
                // Not a quote's own cue (`« … », a noté le rapporteur.`): rule 7 settles those.
                let after_words = cue.start > a + 1
                    && self.toks[cue.start - 1].is(',')
                    && self.toks[cue.start - 2].kind == TokKind::Word
                    && !self.in_quote[cue.start - 2];
                if after_words && cue.pronoun.is_none() {
                    if let Some(sp) = self.inverted_reporter(ents, &cue, b) {
                        return Some(sp);
                    }
                }
                return match self.subject_before(ents, &cue, a) {
                    Some((sp, Method::Explicit, _))
                        if sp.entity.is_some_and(|e| ents.list[e].etype == EntityType::Per) =>
                    {
                        Some(sp)
                    }
                    _ => None,
                };
            }
            s -= 1;
        }
        None
    }

    /// The inverted subject of a cue closing its sentence (`…, ont rapporté les garde-côtes.`):
    /// a person (named or by a resolved role) or an unnamed description running to the
    /// sentence's end (`b`), none past a quote.
    fn inverted_reporter(&mut self, ents: &mut Entities, cue: &Cue, b: usize) -> Option<Speaker> {
        let last = (cue.end..b).rev().find(|&k| self.toks[k].kind != TokKind::Punct)?;
        if (cue.end..=last).any(|k| self.in_quote[k]) {
            return None;
        }
        // Another clause after the noun phrase (`…, affirme ses ambitions, …, que préside X.`):
        // the phrase is the verb's object, not its subject.
        if (cue.end..=last).any(|k| {
            let t = &self.toks[k];
            t.has_role(Role::Rel) || t.has(class(WordClass::Aux) | class(WordClass::Refl))
        }) {
            return None;
        }
        // A possessive's noun (`…, affirme ses ambitions.`) is the verb's object.
        let possessive = (cue.end..=last).any(|k| {
            let t = &self.toks[k];
            t.has_role(Role::Definite) && !t.has_role(Role::The) && !self.lang.demonstratives.contains(t.key.as_str())
        });
        match self.subject_after(ents, cue, last + 1) {
            Some((sp, _, _)) if sp.entity.is_some_and(|e| ents.list[e].etype == EntityType::Per) => Some(sp),
            Some((sp, Method::Unnamed, _)) if sp.entity.is_none() && !possessive => Some(sp),
            Some(_) => None,
            None if !possessive => self.inverted_description(cue.end, last + 1),
            None => None,
        }
    }

    /// The last cue starting in tokens `a..b`, widened to its auxiliary (`a fait l'éloge`).
    fn cue_backward(&self, a: usize, b: usize) -> Option<Cue> {
        let (i, cue) = (a..b).rev().find_map(|i| self.cue_at(i, b).map(|c| (i, c)))?;
        for back in 1..=3 {
            if i < a + back {
                break;
            }
            if let Some(wider) = self.cue_at(i - back, b) {
                if wider.end >= cue.end {
                    return Some(wider);
                }
            }
        }
        Some(cue)
    }

    fn bind(&mut self, ents: &Entities, chunk: &Chunk) {
        let (ChunkKind::Entity(e), Some((s, t))) = (chunk.kind, chunk.appos) else { return };
        if ents.list[e].etype != EntityType::Per {
            return;
        }
        let (key, head) = self.desc_key(s, t);
        self.bindings.push(Binding { postposed: false, pos: chunk.start, key, head, entity: e });
    }

    /// Appositions anywhere in the document bind a description to a person.
    fn collect_bindings(&mut self, ents: &Entities) {
        // Only descriptions need them: computed once, on the first description to resolve.
        if self.bindings_ready {
            return;
        }
        self.bindings_ready = true;
        for s in 0..self.seg.sentences.len() {
            let (a, b) = (self.seg.sentences[s].tok_start, self.seg.sentences[s].tok_end);
            // Bindings are made on chunks of persons: a sentence naming none has no chunk to read.
            if !self.names_person(ents, a, b, Gender::U) {
                continue;
            }
            for c in self.chunks(ents, a, b) {
                self.bind(ents, &c);
                // `Premier Dominic Perrottet`, `NSW premier Dominic Perrottet`: a role title right
                // before the name, with no determiner to make a description of it.
                if let ChunkKind::Entity(e) = c.kind {
                    if let Some(t) = c.start.checked_sub(1).filter(|&k| k >= a).map(|k| &self.toks[k]) {
                        let role = t.kind == TokKind::Word
                            && self.lang.titles.get(t.key.as_str()).is_some_and(|tt| !tt.honorific);
                        if role && c.appos.is_none() && ents.list[e].etype == EntityType::Per {
                            let head = self.toks[c.start - 1].key.as_str();
                            self.bindings.push(Binding {
                                postposed: false,
                                pos: c.start,
                                key: head.to_string(),
                                head,
                                entity: e,
                            });
                        }
                    }
                }
                // `X, maire de Tourcoing,`: a role after the name, without a determiner or with a
                // definite one (`X, le sélectionneur des Bleus,`), in lower case or in capitals
                // (`X, PDG du groupe,`).
                if let ChunkKind::Entity(e) = c.kind {
                    let mut r = c.end + 1;
                    let det = self.toks.get(r).is_some_and(|t| t.has_role(Role::Definite) && !t.has_role(Role::Group));
                    if det {
                        r += 1;
                    }
                    if ents.list[e].etype == EntityType::Per
                        && self.toks.get(c.end).is_some_and(|t| t.is(','))
                        && r < b
                        && (!self.toks[r].upper || self.toks[r].acronym)
                        && self.role_noun(r).is_some()
                    {
                        let end =
                            (r..b.min(r + 6)).find(|&k| self.toks[k].kind == TokKind::Punct).unwrap_or(b.min(r + 6));
                        // With an article, the description may open the next clause (`au maire X,
                        // la préfète a …`): only a subject's apposition closed by a comma, no verb.
                        let closed = || {
                            !c.complement
                                && self.toks.get(end).is_some_and(|t| t.is(','))
                                && !self.toks[r..end].iter().any(|t| t.has(class(WordClass::Aux) | lex::VERB_FORM))
                        };
                        if det && !closed() {
                            continue;
                        }
                        // desc_key skips the first token (a determiner); start one before the role.
                        let (key, head) = self.desc_key(r - 1, end);
                        self.bindings.push(Binding { postposed: true, pos: c.start, key, head, entity: e });
                    }
                }
            }
        }
    }

    /// The folded key of a description (without its determiner) and its head noun.
    fn desc_key(&self, s: usize, e: usize) -> (String, &'a str) {
        let toks = self.toks;
        // Room for the words as written (folding seldom changes their length).
        let mut key = String::with_capacity(if s + 1 < e { toks[e - 1].end - toks[s + 1].start } else { 0 });
        let mut head = "";
        for t in &toks[s + 1..e] {
            if t.kind == TokKind::Punct && t.ch() != '\'' && t.ch() != '-' {
                continue;
            }
            if !key.is_empty() && !key.ends_with('\'') {
                key.push(' ');
            }
            key.push_str(&t.key);
            if head.is_empty()
                && (self.lang.role_nouns.contains_key(t.key.as_str())
                    || self.lang.source_nouns.contains(t.key.as_str())
                    || self.lang.titles.contains_key(t.key.as_str())
                    || t.has(lex::DEMONYM))
            {
                head = t.key.as_str();
            }
        }
        (key, head)
    }

    /// Turns a subject chunk into a speaker.
    fn resolve(&mut self, ents: &mut Entities, c: &Chunk, at: usize) -> Option<(Speaker, Method, f32)> {
        match c.kind {
            ChunkKind::Entity(e) => {
                self.bind(ents, c);
                if ents.list[e].etype == EntityType::Per {
                    Some((self.speaker_of(ents, e), Method::Explicit, 0.95))
                } else {
                    Some((self.speaker_of(ents, e), Method::Organization, 0.9))
                }
            }
            // A common noun alone (COVID-19) names no person.
            ChunkKind::Name if c.end == c.start + 1 && self.toks[c.start].has(lex::COMMON) => None,
            ChunkKind::Name => {
                let gender = self.lang.first_names.get(self.toks[c.start].key.as_str()).copied().unwrap_or(Gender::U);
                let e = ents.add_person(self.text, self.toks, c.start, c.end, gender);
                Some((self.speaker_of(ents, e), Method::Explicit, 0.85))
            }
            ChunkKind::Titled => {
                // The end of a person's longer name (Jean Le Goff … Le Goff), else a title as written.
                let keys = &self.toks[c.start..c.end];
                let n = keys.len();
                let person = ents.list.iter().position(|e| {
                    e.etype == EntityType::Per
                        && e.mentions.iter().any(|m| {
                            m.tok_end - m.tok_start > n
                                && self.toks[m.tok_end - n..m.tok_end].iter().zip(keys).all(|(x, y)| x.key == y.key)
                        })
                });
                if let Some(e) = person {
                    return Some((self.speaker_of(ents, e), Method::Explicit, 0.85));
                }
                // An event or a trophy (la Coupe Davis) does not speak.
                if self.toks.get(c.start + 1).is_some_and(|t| t.has(lex::EVENT_HEAD)) {
                    return None;
                }
                let name = self.chunk_text(c);
                Some((Speaker { name, entity: None }, Method::Unnamed, 0.7))
            }
            ChunkKind::Pronoun(p) => self.pronoun_subject(ents, p, at),
            ChunkKind::Desc { definite, plural, gender, unnamed } => {
                self.collect_bindings(ents);
                let at = at.min(c.start);
                let (key, head) = self.desc_key(c.start, c.end);
                // A definite or demonstrative description of its head alone (le porte-parole,
                // cette source) points back to a speaker or an organization named before.
                let pointing = !plural
                    && (definite || self.lang.demonstratives.contains(self.toks[c.start].key.as_str()))
                    && !head.is_empty()
                    && self.toks[c.end - 1].key == head;
                if pointing {
                    // The same source (la même source) is the one just quoted, whatever described it.
                    if let Some(sp) = self.same_as_last(c, at) {
                        return Some((sp, Method::Unnamed, 0.6));
                    }
                    if let Some(sp) = self.earlier_unnamed(head) {
                        return Some((sp, Method::Unnamed, 0.6));
                    }
                    // Or one no quote was given to: Selon une source proche du dossier, … « … »,
                    // a prévenu cette source.
                    if let Some(sp) = self.earlier_indefinite(ents, head, c.start) {
                        return Some((sp, Method::Unnamed, 0.55));
                    }
                }
                if !unnamed && !plural {
                    // A demonstrative points back to the person just spoken of (Dany … cette
                    // retraitée), whatever role the description gives.
                    if self.lang.demonstratives.contains(self.toks[c.start].key.as_str()) {
                        if let Some(e) = self.recent_person(ents, at, gender).filter(|&e| self.role_fits(ents, e, head))
                        {
                            return Some((self.speaker_of(ents, e), Method::Context, 0.5));
                        }
                        // Else a lone first name just before (Dany doit … cette retraitée).
                        if let Some((k, g)) = self.recent_first_name(ents, c.start, gender) {
                            let e = ents.add_person(self.text, self.toks, k, k + 1, g);
                            return Some((self.speaker_of(ents, e), Method::Context, 0.45));
                        }
                    }
                    if let Some(e) = self.bindings.iter().rev().find(|b| b.pos < at && b.key == key).map(|b| b.entity) {
                        return Some((self.speaker_of(ents, e), Method::Apposition, 0.85));
                    }
                    if let Some(e) = self.resolve_role(ents, &key) {
                        return Some((self.speaker_of(ents, e), Method::Role, 0.8));
                    }
                    // The one person of the document bound to an equivalent role (le chef de la
                    // diplomatie iranienne … le ministre iranien des Affaires étrangères, X).
                    // Not an organization's generic noun (l'institution), which a person's role may
                    // hold only as its complement (la présidente de l'institution, X), nor a body's
                    // own noun (la banque, after X, directrice générale de la banque Y).
                    if !self.lang.demonyms.contains(head)
                        && !self.lang.org_anaphors.contains(head)
                        && !self.lang.org_keywords.contains(head)
                    {
                        if let Some((e, method)) = self.equivalent_role(ents, &key, gender) {
                            return Some((self.speaker_of(ents, e), method, 0.75));
                        }
                    }
                    // A description labelled by an organization (la politicienne UDC) stands for
                    // the person just named with a role in it (X, vice-présidente de l'UDC).
                    if let Some(e) = self.member_of_label(ents, c, at, gender) {
                        return Some((self.speaker_of(ents, e), Method::Context, 0.5));
                    }
                    // A nationality noun (le Français) stands for the person just spoken of, as a
                    // pronoun does.
                    if definite && self.lang.demonyms.contains(head) {
                        // Not a person another nationality noun describes (la Lettone X … la Roumaine).
                        let other = |e: usize| {
                            self.bindings
                                .iter()
                                .any(|b| b.entity == e && b.head != head && self.lang.demonyms.contains(b.head))
                        };
                        if let Some(e) = self.resolve_person_where(ents, gender, at, |e| !other(e)) {
                            return Some((self.speaker_of(ents, e), Method::Context, 0.45));
                        }
                    }
                    if definite && (self.lang.titles.contains_key(head) || self.is_person_noun(head)) {
                        if let Some(e) = self.recent_person(ents, at, gender).filter(|&e| self.role_fits(ents, e, head))
                        {
                            return Some((self.speaker_of(ents, e), Method::Context, 0.45));
                        }
                        // Further back, a description of a known gender points to the person a
                        // pronoun would (the last speaker or subject of its gender) when that
                        // person was given a role the head names, or any role for a generic head,
                        // or the gazetteer lists it with that role (La maire, X, … « … », a
                        // insisté l'élue).
                        if gender != Gender::U {
                            let generic = self.lang.generic_roles.contains(head);
                            // The role words of the description must fit the role given, as for
                            // an equivalent role (not another portfolio, not a former holder).
                            let desc = self.lang.role_words(&key);
                            let listed =
                                |e: usize| ents.list[e].entry.is_some_and(|x| self.listed_role_within(&desc, x));
                            let bound = |e: usize| {
                                self.bindings.iter().any(|b| {
                                    b.entity == e && !b.head.is_empty() && (generic || self.role_within(&desc, &b.key))
                                })
                            };
                            let fits = |e: usize| self.role_fits(ents, e, head) && (listed(e) || bound(e));
                            // A post (not a field) held by several persons named points to none.
                            let holders = |e: &usize| {
                                generic || {
                                    let mut others = self.bindings.iter().filter(|b| {
                                        b.entity != *e
                                            && ents.list[b.entity].gender.agrees(gender)
                                            && self.role_within(&desc, &b.key)
                                    });
                                    others.next().is_none()
                                }
                            };
                            if let Some(e) = self.resolve_person_where(ents, gender, at, fits).filter(holders) {
                                return Some((self.speaker_of(ents, e), Method::Context, 0.4));
                            }
                        }
                    }
                }
                // A definite description of its head and adjectives, all in lower case (la
                // préfecture maritime), stands for the one organization whose name opens with them.
                let after_det = &self.toks[c.start + 1..c.end];
                if !pointing
                    && definite
                    && !plural
                    && (2..=3).contains(&after_det.len())
                    && after_det.iter().all(|t| t.kind == TokKind::Word && !t.upper)
                {
                    let words: Vec<&str> = after_det.iter().map(|t| t.key.as_str()).collect();
                    if let Some(e) = self.organization_opening_with(ents, &words) {
                        return Some((self.speaker_of(ents, e), Method::Context, 0.5));
                    }
                }
                if pointing {
                    if let Some(e) = self.organization_opening_with(ents, &[head]) {
                        return Some((self.speaker_of(ents, e), Method::Context, 0.5));
                    }
                    // A generic head (l'établissement, le groupe) stands for the one organization
                    // just named.
                    if self.lang.org_anaphors.contains(head) {
                        if let Some(e) = self.recent_organization(ents, c.start, None) {
                            return Some((self.speaker_of(ents, e), Method::Context, 0.5));
                        }
                    }
                    // The management alone (la direction) is the management of the organization
                    // the article is about: the one named most often before it.
                    if self.lang.org_voices.contains(head) {
                        if let Some(e) = self.topic_organization(ents, c.start) {
                            return Some((self.speaker_of(ents, e), Method::Context, 0.5));
                        }
                    }
                }
                // A generic head and its adjectives (l'organisation patronale bruxelloise) stands
                // for the one organization just named, as the head alone does.
                if definite && !plural && !pointing && self.lang.org_anaphors.contains(head) {
                    let adjectives = self.toks[c.start + 1].key == head
                        && self.toks[c.start + 2..c.end]
                            .iter()
                            .all(|t| t.kind == TokKind::Word && !t.upper && !is_of_link(t) && !t.has(lex::ROLE_NOUN));
                    if adjectives {
                        if let Some(e) = self.recent_organization(ents, c.start, None) {
                            return Some((self.speaker_of(ents, e), Method::Context, 0.5));
                        }
                    }
                }
                // A generic head with its owner organization as complement (l'établissement du
                // groupe X) stands for the other organization just named, the owned one.
                if definite
                    && !plural
                    && c.end > c.start + 2
                    && self.toks[c.start + 1].key == head
                    && self.lang.org_anaphors.contains(head)
                {
                    let owner = (c.start + 2..c.end).find_map(|k| ents.at(k)).filter(|&e| {
                        ents.list[e].etype == EntityType::Org
                            && ents.list[e].mentions.iter().any(|m| m.tok_end == c.end && m.tok_start > c.start + 2)
                    });
                    if let Some(owner) = owner {
                        if let Some(e) = self.recent_organization(ents, c.start, Some(owner)) {
                            return Some((self.speaker_of(ents, e), Method::Context, 0.5));
                        }
                    }
                }
                // A definite description naming its institution by a capitalized complement (la
                // préfecture de la Haute-Savoie) is a name, written without its article.
                if definite && !plural {
                    if let Some(e) = self.organization_named_by(ents, c) {
                        return Some((self.speaker_of(ents, e), Method::Organization, 0.85));
                    }
                }
                let mut from = if definite && !plural && self.names_institution(c) { c.start + 1 } else { c.start };
                // A complement's preposition is no part of the description (un communiqué du
                // ministère algérien: ministère algérien; de la commune: la commune).
                if from + 1 < c.end && self.toks[from].has_role(Role::Of) && !self.toks[from].has_role(Role::Plural) {
                    from += 1;
                }
                let desc = self.text[self.toks[from].start..self.toks[c.end - 1].end].to_string();
                Some((Speaker { name: desc, entity: None }, Method::Unnamed, 0.7))
            }
        }
    }

    /// The organization a definite description names as its end: right after a generic head
    /// (`l'association Mountain Wilderness`, `org_anaphors.txt`) or as the complement of its
    /// management (`la direction de SNCF Voyageurs`, `org_voices.txt`).
    fn organization_named_by(&self, ents: &Entities, c: &Chunk) -> Option<usize> {
        let head = c.start + 1;
        let key = self.toks.get(head).filter(|_| head + 1 < c.end)?.key.as_str();
        let at = if self.lang.org_anaphors.contains(key) {
            head + 1
        } else if self.lang.org_voices.contains(key) && self.toks[head + 1].has_role(Role::Of) {
            (head + 2..c.end).find(|&k| !self.toks[k].has_role(Role::AfterOf))?
        } else {
            return None;
        };
        let (e, m) = ents.mention_at(at)?;
        (m.tok_start == at && m.tok_end == c.end && ents.list[e].etype == EntityType::Org).then_some(e)
    }

    /// Whether a description opened by a definite article has an organization's head noun, then a complement holding a
    /// capitalized word (`la préfecture de la Haute-Savoie`).
    fn names_institution(&self, c: &Chunk) -> bool {
        c.end - c.start > 2
            && self.toks[c.start].has_role(Role::Definite)
            && self.toks[c.start + 1].has(lex::ORG_KEYWORD | lex::INSTITUTION_KEYWORD)
            && self.toks[c.start + 2..c.end].iter().any(|t| t.kind == TokKind::Word && t.upper)
    }

    /// The text of chunk `c` as written.
    fn chunk_text(&self, c: &Chunk) -> String {
        self.text[self.toks[c.start].start..self.toks[c.end - 1].end].to_string()
    }

    fn speaker_of(&self, ents: &Entities, e: usize) -> Speaker {
        let mut cache = self.names.borrow_mut();
        // Mentions only grow by shorter forms (a surname), so the fullest name, once known, stays.
        let name = cache.entry(e).or_insert_with(|| ents.list[e].display_name(self.text).to_string()).clone();
        Speaker { name, entity: Some(e) }
    }

    /// Gazetteer roles: prefer a holder mentioned in the document, else the only holder.
    fn resolve_role(&self, ents: &Entities, key: &str) -> Option<usize> {
        let words: Vec<&str> = key.split(' ').collect();
        // Try the whole description, then shorter prefixes (le président russe, qui …).
        for n in (1..=words.len().min(self.gaz.max_role_words() + 2)).rev() {
            let k = words[..n].join(" ");
            let holders = self.gaz.role_holders(&k);
            if holders.is_empty() {
                continue;
            }
            let mentioned: Vec<usize> = ents
                .list
                .iter()
                .enumerate()
                .filter(|(_, e)| e.entry.is_some_and(|x| holders.contains(&(x as u32))))
                .map(|(i, _)| i)
                .collect();
            if mentioned.len() == 1 {
                return Some(mentioned[0]);
            }
            return None;
        }
        None
    }

    /// The only person of the document whose role, bound by an apposition or the gazetteer, is
    /// equivalent to description `key` with modifiers it has too (`lang::Language::role_within`),
    /// agreeing in gender; `None` when no person or several fit.
    fn equivalent_role(&self, ents: &Entities, key: &str, gender: Gender) -> Option<(usize, Method)> {
        let desc = self.lang.role_words(key);
        if desc.is_empty() {
            return None;
        }
        let mut found: Option<(usize, Method)> = None;
        let mut fits = |e: usize, method: Method| match found {
            Some((f, _)) if f != e => false,
            Some(_) => true,
            None => {
                found = Some((e, method));
                true
            }
        };
        for b in &self.bindings {
            if ents.list[b.entity].gender.agrees(gender)
                && self.role_within(&desc, &b.key)
                && !fits(b.entity, Method::Apposition)
            {
                return None;
            }
        }
        for (i, e) in ents.list.iter().enumerate() {
            let Some(entry) = e.entry.filter(|_| e.etype == EntityType::Per && e.gender.agrees(gender)) else {
                continue;
            };
            if self.listed_role_within(&desc, entry) && !fits(i, Method::Role) {
                return None;
            }
        }
        found
    }

    /// Whether one of the roles the gazetteer lists for `entry` fits description role words `desc`
    /// ([`Ctx::role_within`]).
    fn listed_role_within(&self, desc: &[String], entry: usize) -> bool {
        self.gaz.entry(entry).roles().any(|r| self.role_within(desc, r))
    }

    /// [`Language::role_within`] for the role `role` (a key or a gazetteer role as written),
    /// its role words read once per document.
    fn role_within(&self, desc: &[String], role: &str) -> bool {
        let mut cache = self.role_words.borrow_mut();
        if !cache.contains_key(role) {
            cache.insert(role.to_string(), self.lang.role_words(&crate::fold::fold_key(role)));
        }
        self.lang.role_within(desc, &cache[role])
    }

    /// Whether token `k` sits in running text or a quote's signature: its sentence, or one next
    /// to it on its line, has a word in lower case or a quote (`« … » Jean Dupont`). A byline or
    /// a photo credit line (`KEYSTONE/Jean Dupont`) has none, and no description points to its
    /// person. Reads a few sentences, never a whole long line.
    fn in_clause(&self, k: usize) -> bool {
        let clause = |i: usize| self.in_quote[i] || self.toks[i].kind == TokKind::Word && !self.toks[i].upper;
        let (s, e) = self.sentence_of(k);
        if (s..e).any(clause) {
            return true;
        }
        // The sentences before and after it, while no line break stands between.
        let line_break = |a: usize, b: usize| self.text.as_bytes()[a..b].contains(&b'\n');
        let before = s.checked_sub(1).filter(|&p| !line_break(self.toks[p].end, self.toks[s].start));
        let after =
            (e < self.toks.len()).then_some(e).filter(|&n| !line_break(self.toks[e - 1].end, self.toks[n].start));
        before.is_some_and(|p| (self.sentence_of(p).0..s).any(clause))
            || after.is_some_and(|n| (n..self.sentence_of(n).1).any(clause))
    }

    /// Whether `head` is a singular role noun naming one person (le vigneron, la magistrate), not
    /// an organization (le syndicat, la direction, l'hôpital) or a group (l'opposition).
    fn is_person_noun(&self, head: &str) -> bool {
        let l = self.lang;
        l.role_nouns.get(head).is_some_and(|r| !r.plural)
            && !l.org_keywords.contains(head)
            && !l.org_anaphors.contains(head)
            && !l.org_voices.contains(head)
            && !l.group_nouns.contains(head)
    }

    /// The most recent person before token `at` agreeing in gender (for a definite description).
    fn recent_person(&self, ents: &Entities, at: usize, gender: Gender) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        for (i, e) in ents.list.iter().enumerate() {
            if e.etype != EntityType::Per || !e.gender.agrees(gender) {
                continue;
            }
            for m in &e.mentions {
                if m.tok_end <= at
                    && !self.in_quote[m.tok_start]
                    && best.is_none_or(|b| m.tok_start > b.1)
                    && self.in_clause(m.tok_start)
                {
                    best = Some((i, m.tok_start));
                }
            }
        }
        // Only a person of the last two sentences: a definite description refers to someone
        // just mentioned, not to anyone the article ever named.
        let (here, there) = (self.toks[at.min(self.toks.len() - 1)].sent, best.map(|b| self.toks[b.1].sent)?);
        (here <= there + 2).then_some(best?.0)
    }

    /// The last known first name standing alone (no capitalized word around it, no article or
    /// preposition before it, no person named there) outside quotes in this sentence or the two
    /// before `at`, agreeing with `gender`: its token and its own gender.
    fn recent_first_name(&self, ents: &Entities, at: usize, gender: Gender) -> Option<(usize, Gender)> {
        let here = self.toks.get(at)?.sent;
        let toks = self.toks;
        let k = (0..at).rev().take_while(|&k| toks[k].sent + 2 >= here).find(|&k| {
            let t = &toks[k];
            t.kind == TokKind::Word && t.upper && t.has(lex::FIRST_NAME) && !self.in_quote[k]
        })?;
        let g = self.lang.first_names.get(toks[k].key.as_str()).copied().unwrap_or(Gender::U);
        let alone = |j: Option<&Token>| j.is_none_or(|n| !(n.kind == TokKind::Word && n.upper));
        let before = k.checked_sub(1).map(|j| &toks[j]);
        let free =
            before.is_none_or(|p| p.sent != toks[k].sent || !p.has(class(WordClass::Det) | class(WordClass::Prep)));
        let unnamed = ents.at(k).is_none_or(|e| {
            ents.list[e].etype != EntityType::Per && ents.list[e].mentions.iter().all(|m| m.tok_end - m.tok_start == 1)
        });
        (g.agrees(gender) && free && unnamed && alone(before) && alone(toks.get(k + 1))).then_some((k, g))
    }

    /// The one organization but `except` named outside quotes (or quoted alone) in the nearest
    /// of `at`'s sentence and the three before that names any (none when two are named there).
    fn recent_organization(&self, ents: &Entities, at: usize, except: Option<usize>) -> Option<usize> {
        let here = self.toks.get(at)?.sent;
        // The one organization of the nearest sentence that names any (this one or one of the
        // three before: a subhead between two paragraphs is a sentence too): BECI in `Le
        // gouvernement de X (N-VA) … BECI s'inquiète … L'organisation patronale appelle …`.
        let mut found: Option<(u32, usize)> = None;
        let mut tied = false;
        for (i, e) in ents.list.iter().enumerate() {
            if e.etype != EntityType::Org || except == Some(i) {
                continue;
            }
            let distance = e
                .mentions
                .iter()
                .filter(|m| {
                    m.tok_end <= at
                        && (!self.in_quote[m.tok_start] || self.quoted_name(m.tok_start, m.tok_end))
                        && self.toks[m.tok_start].sent + 3 >= here
                })
                .map(|m| here - self.toks[m.tok_start].sent)
                .min();
            if let Some(d) = distance {
                match found {
                    Some((best, _)) if d > best => {}
                    Some((best, _)) if d == best => tied = true,
                    _ => {
                        found = Some((d, i));
                        tied = false;
                    }
                }
            }
        }
        found.filter(|_| !tied).map(|(_, i)| i)
    }

    /// The organization named most often outside quotes before token `at`, at least twice and
    /// more often than any other: the one an article is about.
    fn topic_organization(&self, ents: &Entities, at: usize) -> Option<usize> {
        let mut counts: Vec<(usize, usize)> = ents
            .list
            .iter()
            .enumerate()
            .filter(|(_, e)| e.etype == EntityType::Org)
            .map(|(i, e)| (e.mentions.iter().filter(|m| m.tok_end <= at && !self.in_quote[m.tok_start]).count(), i))
            .collect();
        counts.sort_unstable_by_key(|c| std::cmp::Reverse(c.0));
        match counts.as_slice() {
            [(n, i), rest @ ..] if *n >= 2 && rest.first().is_none_or(|r| r.0 < *n) => Some(*i),
            _ => None,
        }
    }

    /// Whether tokens `a..b` are a name quoted alone (le mouvement « Terre Libre »): a
    /// quotation mark right before and right after.
    fn quoted_name(&self, a: usize, b: usize) -> bool {
        let marks = &self.lang.quote_marks;
        a > 0
            && marks.iter().any(|&(open, _)| self.toks[a - 1].is(open))
            && self.toks.get(b).is_some_and(|t| marks.iter().any(|&(_, close)| t.is(close)))
    }

    /// The person of the last two sentences before `at` agreeing with `gender` whose apposition
    /// names the organization labelling description `c` (`la politicienne UDC` … `X,
    /// vice-présidente de l'UDC`).
    fn member_of_label(&self, ents: &Entities, c: &Chunk, at: usize, gender: Gender) -> Option<usize> {
        let org = (c.start..c.end).find_map(|k| ents.at(k).filter(|&e| ents.list[e].etype == EntityType::Org))?;
        let last = ents.list[org].mentions.iter().find(|m| (c.start..c.end).contains(&m.tok_start))?.tok_end - 1;
        let word = self.toks[last].key.as_str();
        let e = self.recent_person(ents, at, gender)?;
        self.bindings.iter().any(|b| b.entity == e && b.key.split([' ', '\'']).any(|w| w == word)).then_some(e)
    }

    /// Whether a person may hold the role headed by `head`: no other function given after their
    /// name in the document (`X, maire de …`; a rank before the name does not count) unless the
    /// head names a field rather than a post (`generic_roles.txt`: la syndicaliste, le médecin),
    /// and, for a gazetteer person with roles, one of them uses that word.
    fn role_fits(&self, ents: &Entities, e: usize, head: &str) -> bool {
        let generic = self.lang.generic_roles.contains(head);
        if !generic
            && self.bindings.iter().any(|b| b.entity == e && b.postposed && !b.head.is_empty() && b.head != head)
        {
            return false;
        }
        match ents.list[e].entry.map(|x| self.gaz.entry(x)) {
            Some(entry) if !entry.roles().is_empty() => {
                entry.roles().any(|r| crate::fold::fold_key(r).split(' ').any(|w| w == head))
            }
            _ => true,
        }
    }

    /// A pronoun resolves to the last speaker or the last person in subject position, whichever
    /// is more recent, agreeing in gender; plural pronouns stay unresolved.
    fn resolve_pronoun(&self, ents: &Entities, p: Pronoun, at: usize) -> Option<usize> {
        if p.plural {
            return None;
        }
        self.resolve_person(ents, p.gender, at)
    }

    /// `ils`, `elles`: the last collective speaker, if it spoke in the last two paragraphs.
    fn resolve_plural(&self, at: usize) -> Option<Speaker> {
        let (sp, pos) = self.last_plural.as_ref()?;
        let para = |t: usize| self.toks[t.min(self.toks.len() - 1)].para;
        (para(*pos) + 2 >= para(at)).then(|| sp.clone())
    }

    /// The person a singular reference resolves to (see [`Ctx::resolve_pronoun`]).
    fn resolve_person(&self, ents: &Entities, gender: Gender, at: usize) -> Option<usize> {
        self.resolve_person_where(ents, gender, at, |_| true)
    }

    /// [`Ctx::resolve_person`] among the persons `keep` accepts.
    fn resolve_person_where(
        &self,
        ents: &Entities,
        gender: Gender,
        at: usize,
        keep: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let p = Pronoun { gender, plural: false, nearest: false };
        let last = self
            .last_speaker
            .filter(|&(e, _)| ents.list[e].gender.agrees(p.gender) && ents.list[e].etype == EntityType::Per && keep(e));
        // The subject of the latest sentence that has one, looking back from `at`. With a last
        // speaker of that gender, a person after the clause's verb or subject pronoun is an
        // object (Il a ensuite évoqué Marc Petit) and does not take the pronoun from the speaker.
        let mut subj: Option<(usize, usize)> = None;
        // Antecedents are local: look back a dozen sentences at most.
        let upto = self.seg.sentences.partition_point(|s| s.tok_start < at);
        'back: for s in (upto.saturating_sub(12)..upto).rev() {
            let (a, b) = (self.seg.sentences[s].tok_start, self.seg.sentences[s].tok_end);
            if !self.names_person(ents, a, b.min(at), p.gender) {
                continue;
            }
            for c in self.chunks(ents, a, b.min(at)) {
                if let ChunkKind::Entity(e) = c.kind {
                    let ent = &ents.list[e];
                    if ent.etype == EntityType::Per
                        && !c.complement
                        && ent.gender.agrees(p.gender)
                        && keep(e)
                        && last.is_none_or(|l| !self.is_object(a, &c, l.1))
                    {
                        subj = Some((e, c.start));
                        break 'back;
                    }
                }
            }
            // No person subject: the person whose thing the subject is (`La ferme de Patrick, …,
            // a été inondée. Il …`) is who the text is about, unless a speaker of this paragraph
            // goes on.
            if let Some(e) = self.possessor_of_subject(ents, a, b.min(at), p.gender).filter(|&e| keep(e)) {
                if last.is_none_or(|l| self.toks[l.1].para < self.toks[a].para) {
                    subj = Some((e, a + 3));
                }
                break 'back;
            }
        }
        match (subj, last) {
            (Some(s), Some(l)) => Some(if s.1 > l.1 { s.0 } else { l.0 }),
            (Some(s), None) => Some(s.0),
            (None, Some(l)) => Some(l.0),
            // No subject or speaker agrees: the one person of that gender just mentioned, even
            // as an object (Hélène a présenté Youssef … « … », a-t-il dit).
            (None, None) if gender != Gender::U => {
                let here = self.toks[at.min(self.toks.len() - 1)].sent;
                let mut best: Option<(usize, usize)> = None;
                for (i, e) in ents.list.iter().enumerate() {
                    if e.etype != EntityType::Per || e.gender != gender || !keep(i) {
                        continue;
                    }
                    for m in e.mentions.iter().filter(|m| m.tok_end <= at && !self.in_quote[m.tok_start]) {
                        if self.toks[m.tok_start].sent + 2 >= here && best.is_none_or(|b| m.tok_start > b.1) {
                            best = Some((i, m.tok_start));
                        }
                    }
                }
                best.map(|b| b.0)
            }
            (None, None) => None,
        }
    }

    /// The person named right after the noun opening the sentence `a..b` as its complement,
    /// agreeing with `gender` (`La ferme de Patrick a été inondée`: a determiner, a lower-case
    /// noun that is no speaker, `de`, the name), when the sentence names no other person.
    fn possessor_of_subject(&self, ents: &Entities, a: usize, b: usize, gender: Gender) -> Option<usize> {
        let toks = self.toks;
        let shape = a + 3 < b
            && toks[a].has(class(WordClass::Det))
            && !toks[a].has(class(WordClass::Prep))
            && toks[a + 1].kind == TokKind::Word
            && !toks[a + 1].upper
            && !toks[a + 1].has(lex::FUNCTION_WORD)
            && !self.can_speak(a + 1)
            && toks[a + 2].has_role(Role::Of)
            && (a..a + 3).all(|k| !self.in_quote[k]);
        if !shape {
            return None;
        }
        let (e, _) = ents.mention_at(a + 3)?;
        let ent = &ents.list[e];
        let alone = (a + 3..b).all(|k| ents.at(k).is_none_or(|x| x == e || ents.list[x].etype != EntityType::Per));
        (ent.etype == EntityType::Per && ent.gender.agrees(gender) && alone).then_some(e)
    }

    /// Whether chunk `c` of the sentence starting at token `a`, without a verb of its own right
    /// after it (`…, Marc Petit a répondu`), is an object: after a verb or a subject pronoun of
    /// its clause outside quotes (`Il a reçu Marc Petit`), or later in the sentence of the quote
    /// opening at token `said`, whose speaker is that sentence's subject (`« … », a dit X après
    /// avoir reçu Y`).
    fn is_object(&self, a: usize, c: &Chunk, said: usize) -> bool {
        let verb = class(WordClass::Aux) | lex::VERB_FORM;
        if self.toks.get(c.end).is_some_and(|t| t.has(verb) && !self.in_quote[c.end]) {
            return false;
        }
        if said >= a && said < c.start && self.toks[said].sent == self.toks[c.start].sent {
            return true;
        }
        // A person introduced with an age (Among the volunteers was X, 74, a retired driver) in a
        // sentence with no subject pronoun is who the text turns to, not an object.
        let age = self.toks.get(c.end).is_some_and(|t| t.is(','))
            && self.toks.get(c.end + 1).is_some_and(|t| t.kind == TokKind::Number && t.end - t.start <= 3);
        if age && !(a..c.first()).any(|k| self.toks[k].has(lex::PRONOUN)) {
            return false;
        }
        let clause = (a..c.first()).rev().find(|&k| self.toks[k].is(',') || self.toks[k].is(';')).map_or(a, |k| k + 1);
        // The inverted subject of a speech verb opening its clause after a comma (…, a indiqué
        // la procureure, X) is who spoke, not an object.
        let inverted = clause > a
            && self.toks[clause - 1].is(',')
            && self.cue_at(clause, c.first()).is_some_and(|cue| {
                cue.pronoun.is_none() && !(cue.end..c.first()).any(|k| self.toks[k].has(verb | lex::PRONOUN))
            });
        !inverted && (clause..c.first()).any(|k| !self.in_quote[k] && self.toks[k].has(verb | lex::PRONOUN))
    }

    /// A singular pronoun's speaker: a person, else a description of the same gender just
    /// before (une habitante … « … », a-t-elle lancé).
    fn pronoun_speaker(&mut self, ents: &mut Entities, p: Pronoun, at: usize) -> Option<(Speaker, Method, f32)> {
        if let Some(c) = self.organization_subject_before(ents, p, at) {
            if let Some((sp, _, _)) = self.resolve(ents, &c, c.start) {
                return Some((sp, Method::Pronoun, 0.6));
            }
        }
        if let Some(sp) = self.indefinite_subject_before(ents, p, at) {
            return Some((sp, Method::Unnamed, 0.5));
        }
        if let Some(e) = self.resolve_pronoun(ents, p, at) {
            return Some((self.speaker_of(ents, e), Method::Pronoun, 0.8));
        }
        if p.gender == Gender::U {
            return None;
        }
        let upto = self.seg.sentences.partition_point(|s| s.tok_start < at);
        for s in (upto.saturating_sub(2)..upto).rev() {
            let (a, b) = (self.seg.sentences[s].tok_start, self.seg.sentences[s].tok_end);
            for c in self.chunks(ents, a, b.min(at)).into_iter().rev() {
                // A subject, or the agent of a passive (interpellé par une habitante).
                let agent = c.start > 0 && self.toks[c.start - 1].has_role(Role::By);
                if let ChunkKind::Desc { plural: false, gender, .. } = c.kind {
                    if gender == p.gender && (!c.complement || agent) {
                        // A demonstrative one points back to the person just named (Dany …
                        // cette retraitée … témoigne-t-elle).
                        if self.lang.demonstratives.contains(self.toks[c.start].key.as_str()) {
                            if let Some(r) = self.resolve(ents, &c, c.start).filter(|r| r.0.entity.is_some()) {
                                return Some((r.0, Method::Pronoun, r.2.min(0.5)));
                            }
                        }
                        // One naming its organization (La direction de X … Elle affirme) is it.
                        if let Some(e) = self.organization_named_by(ents, &c) {
                            return Some((self.speaker_of(ents, e), Method::Pronoun, 0.6));
                        }
                        let desc = self.chunk_text(&c);
                        return Some((Speaker { name: desc, entity: None }, Method::Unnamed, 0.5));
                    }
                }
            }
        }
        None
    }

    /// The indefinite description of one person (`une retraitée de Carouge`, `un témoin`) that is
    /// the subject of the sentence before `at` or of `at`'s own, of the pronoun `p`'s gender, with
    /// no person named after it: a witness just introduced speaks (`… une retraitée patientait
    /// depuis sept heures. « … », lâche-t-elle`).
    fn indefinite_subject_before(&self, ents: &Entities, p: Pronoun, at: usize) -> Option<Speaker> {
        if p.gender == Gender::U || p.plural {
            return None;
        }
        let upto = self.seg.sentences.partition_point(|s| s.tok_start < at);
        for s in (upto.saturating_sub(2)..upto).rev() {
            let (a, b) = (self.seg.sentences[s].tok_start, self.seg.sentences[s].tok_end.min(at));
            let chunks = self.chunks(ents, a, b);
            let person = |c: &Chunk| match c.kind {
                ChunkKind::Entity(e) => ents.list[e].etype == EntityType::Per,
                ChunkKind::Name | ChunkKind::Titled => true,
                _ => false,
            };
            if chunks.iter().any(person) {
                return None;
            }
            if let Some(c) = chunks.iter().find(|c| !c.complement) {
                if let ChunkKind::Desc { plural: false, gender, .. } = c.kind {
                    let desc = self.chunk_text(c);
                    if gender == p.gender && self.is_indefinite_description(&desc) {
                        return Some(Speaker { name: desc, entity: None });
                    }
                }
            }
        }
        None
    }

    /// The organization opening this sentence or the one before `at` in its paragraph, named or
    /// a definite description naming its institution, of the pronoun `p`'s gender and number by
    /// its article, when neither sentence names a person before `at` (`La préfecture du
    /// Finistère fait un point. « … », indique-t-elle.`).
    fn organization_subject_before(&self, ents: &Entities, p: Pronoun, at: usize) -> Option<Chunk> {
        if p.gender == Gender::U {
            return None;
        }
        let para = self.toks.get(at)?.para;
        let upto = self.seg.sentences.partition_point(|s| s.tok_start < at);
        for s in (upto.saturating_sub(2)..upto).rev() {
            let (a, b) = (self.seg.sentences[s].tok_start, self.seg.sentences[s].tok_end.min(at));
            if self.toks[a].para != para {
                return None;
            }
            let chunks = self.chunks(ents, a, b);
            let person = |c: &Chunk| match c.kind {
                ChunkKind::Entity(e) => ents.list[e].etype == EntityType::Per,
                ChunkKind::Name | ChunkKind::Pronoun(_) => true,
                _ => false,
            };
            if chunks.iter().any(person) {
                return None;
            }
            let Some(c) = chunks.into_iter().find(|c| !c.complement) else { continue };
            let fits = match c.kind {
                ChunkKind::Entity(e) if ents.list[e].etype == EntityType::Org => {
                    // Its article: the mention's first word, or the word right before it.
                    [Some(c.start), c.start.checked_sub(1).filter(|&k| k >= a)]
                        .into_iter()
                        .flatten()
                        .find_map(|k| self.lang.determiner_genders.get(self.toks[k].key.as_str()))
                        .is_some_and(|d| d.gender == p.gender && d.plural == p.plural)
                }
                ChunkKind::Desc { plural, gender, .. } => {
                    !plural && !p.plural && gender == p.gender && self.names_institution(&c)
                }
                _ => false,
            };
            return fits.then_some(c);
        }
        None
    }

    /// With no collective speaker before, the plural description that is the subject of this
    /// sentence or the one before `at` (les syndicats ont confirmé … « … », ont-ils dénoncé).
    fn plural_subject_before(&self, ents: &Entities, at: usize) -> Option<(Speaker, Method, f32)> {
        let upto = self.seg.sentences.partition_point(|s| s.tok_start < at);
        for s in (upto.saturating_sub(2)..upto).rev() {
            let (a, b) = (self.seg.sentences[s].tok_start, self.seg.sentences[s].tok_end);
            let subject = self.chunks(ents, a, b.min(at)).into_iter().find(|c| !c.complement);
            if let Some(c) = subject.filter(|c| matches!(c.kind, ChunkKind::Desc { plural: true, .. })) {
                let desc = self.chunk_text(&c);
                return Some((Speaker { name: desc, entity: None }, Method::Unnamed, 0.5));
            }
        }
        None
    }

    /// The speaker a subject pronoun stands for: `ils`/`elles` the last collective speaker,
    /// impersonal `on` nobody, `il`/`elle` a person or description (see [`Ctx::pronoun_speaker`]).
    fn pronoun_subject(&mut self, ents: &mut Entities, p: Pronoun, at: usize) -> Option<(Speaker, Method, f32)> {
        if p.plural {
            return self
                .resolve_plural(at)
                .map(|sp| (sp, Method::Pronoun, 0.6))
                .or_else(|| self.plural_subject_before(ents, at));
        }
        if p.gender == Gender::U {
            // `on` after a place or a side opening the sentence (À Bercy, on assure …).
            return self.impersonal_frame(ents, at);
        }
        // A demonstrative stands for the nearest person or body named before it, else as `elle`.
        if let Some(e) = self.nearest_speaker(ents, p.gender, at).filter(|_| p.nearest) {
            return Some((self.speaker_of(ents, e), Method::Pronoun, 0.6));
        }
        self.pronoun_speaker(ents, p, at)
    }

    /// The speaker of an impersonal subject pronoun (`on`) before token `at`: the body named
    /// after an opener of a place or a side (`impersonal_frames.txt`) that opens the sentence,
    /// closed by a comma right before the pronoun (`À Bercy, on assure que « … »`, `Du côté de la
    /// direction, on défend un « … »`).
    fn impersonal_frame(&mut self, ents: &mut Entities, at: usize) -> Option<(Speaker, Method, f32)> {
        let (a, _) = self.sentence_of(at);
        let toks = self.toks;
        // The sentence may open with a mark or a dash (a list item, a subhead's end).
        let a = (a..at).find(|&k| toks[k].kind == TokKind::Word).filter(|&k| !self.in_quote[k])?;
        let opener = self.lang.impersonal_frames.iter().find(|w| a + w.len() < at && phrase_starts_at(toks, a, w))?;
        let from = a + opener.len();
        let comma = (from..at).find(|&k| toks[k].is(',') && !self.in_quote[k])?;
        // The pronoun right after the comma, the cue's subject.
        let pronoun = toks.get(comma + 1).filter(|_| comma < at)?;
        if !self.lang.pronouns.get(pronoun.key.as_str()).is_some_and(|p| p.gender == Gender::U && !p.plural) {
            return None;
        }
        let c = self.chunks(ents, from, comma).into_iter().next().filter(|c| c.end == comma)?;
        let lead = (from..c.first().max(from)).all(|k| toks[k].has(class(WordClass::Det)));
        if !lead || matches!(c.kind, ChunkKind::Pronoun(_)) {
            return None;
        }
        let (sp, _, conf) = self.resolve(ents, &Chunk { complement: false, ..c }, c.start)?;
        Some((sp, Method::Context, conf.min(0.6)))
    }

    /// The entity a demonstrative (`celle-ci`) at `at` stands for: the last person or body named
    /// outside quotes in its sentence or the one before, a person agreeing with `gender`.
    fn nearest_speaker(&self, ents: &Entities, gender: Gender, at: usize) -> Option<usize> {
        let here = self.toks.get(at)?.sent;
        let toks = self.toks;
        (0..at).rev().take_while(|&k| toks[k].sent + 1 >= here).filter(|&k| !self.in_quote[k]).find_map(|k| {
            let e = ents.at(k)?;
            let ent = &ents.list[e];
            let fits = match ent.etype {
                EntityType::Per => ent.gender.agrees(gender),
                EntityType::Org => true,
                _ => false,
            };
            fits.then_some(e)
        })
    }

    /// A determiner and a noun phrase of lower-case words filling tokens `i..limit` after a cue
    /// right after a quote (`« … », se justifie un pillard.`): its inverted subject, kept as a
    /// description. Up to two adverbs may come first (`raconte alors un pillard`).
    fn inverted_description(&self, i: usize, limit: usize) -> Option<Speaker> {
        /// Words a description may span after its determiner.
        const MAX_WORDS: usize = 6;
        let toks = self.toks;
        let start = i;
        let mut i = i;
        while i < limit && i < start + 2 && toks[i].has(class(WordClass::Adv)) && !toks[i].has(class(WordClass::Det)) {
            i += 1;
        }
        let det = toks.get(i).filter(|_| i + 1 < limit && !self.in_quote[i])?;
        if det.kind != TokKind::Word || !det.has(class(WordClass::Det)) || det.has(class(WordClass::Prep)) {
            return None;
        }
        let noun = &toks[i + 1];
        if noun.kind != TokKind::Word || noun.upper || noun.has(lex::FUNCTION_WORD) || is_desc_stop(noun) {
            return None;
        }
        let mut end = i + 2;
        while end < limit && end < i + 1 + MAX_WORDS {
            let t = &toks[end];
            let complement = t.upper && is_of_link(&toks[end - 1]);
            if t.kind != TokKind::Word
                || self.in_quote[end]
                || (!is_of_link(t) && !complement && (t.upper || is_desc_stop(t)))
            {
                break;
            }
            end += 1;
        }
        if is_of_link(&toks[end - 1]) || (end < limit && toks[end].kind != TokKind::Punct) {
            return None;
        }
        let name = self.text[det.start..toks[end - 1].end].to_string();
        Some(Speaker { name, entity: None })
    }

    /// A statement's text alone filling tokens `i..limit` after a cue (`« … », indique le
    /// communiqué`: a definite determiner and a noun both of `document_nouns.txt` and
    /// `speech_nouns.txt`) stands for its author: the previous quote's speaker, in this paragraph
    /// or the one before, when that is no person (an organization, a description); else the
    /// statement as a description.
    fn statement_speaker(&self, ents: &Entities, i: usize, limit: usize, para: usize) -> Option<Speaker> {
        let toks = self.toks;
        let ends = i + 2 >= limit || toks[i + 2].kind == TokKind::Punct;
        if i + 1 >= limit
            || !ends
            || self.in_quote[i + 1]
            || !toks[i].has_role(Role::Definite)
            || !toks[i + 1].has(lex::SPEECH_NOUN)
            || !self.lang.document_nouns.contains(toks[i + 1].key.as_str())
        {
            return None;
        }
        let author = self.last_quote.as_ref().and_then(|(sp, pos, _)| {
            let sp = sp.as_ref()?;
            let person = sp.entity.is_some_and(|e| ents.list[e].etype == EntityType::Per);
            let near = toks[*pos].para as usize + 1 >= para;
            (near && !person && !self.is_indefinite_description(&sp.name)).then(|| sp.clone())
        });
        author.or_else(|| Some(Speaker { name: self.text[toks[i].start..toks[i + 1].end].to_string(), entity: None }))
    }

    /// `l'un d'eux`, `l'une d'entre elles` filling tokens `i..limit` (up to punctuation), kept as
    /// the description of one of a group named before (as [`Ctx::subject_before`] does).
    fn one_of_them(&self, i: usize, limit: usize) -> Option<Speaker> {
        let toks = self.toks;
        let word = |k: usize| k < limit && toks[k].kind == TokKind::Word && !self.in_quote[k];
        let head = word(i)
            && word(i + 1)
            && word(i + 2)
            && toks[i].has_role(Role::The)
            && toks[i + 1].has_role(Role::One)
            && is_of_link(&toks[i + 2]);
        if !head {
            return None;
        }
        let last = if word(i + 3) && toks[i + 3].has_role(Role::Among) { i + 4 } else { i + 3 };
        let ends = word(last) && (last + 1 >= limit || toks[last + 1].kind == TokKind::Punct);
        ends.then(|| Speaker { name: self.text[toks[i].start..toks[last].end].to_string(), entity: None })
    }

    /// Whether token `j`, a lower-case word, opens the paragraph after `para`: a line break that
    /// cut a sentence after a comma (`« … »,⏎assure X`).
    fn continues_line(&self, j: usize, para: usize) -> bool {
        self.toks
            .get(j)
            .is_some_and(|t| t.kind == TokKind::Word && !t.upper && !self.in_quote[j] && t.para as usize == para + 1)
    }

    /// The first token of a capitalized name after a short adverbial opening at `i` with a
    /// preposition or an adverb (`par exemple`, `d'un bloc`): up to four lower-case words.
    fn name_after_adverbial(&self, i: usize, limit: usize) -> Option<usize> {
        /// Words an adverbial may span.
        const MAX_WORDS: usize = 4;
        let first = self.toks.get(i).filter(|_| i + 1 < limit)?;
        if !first.has(class(WordClass::Prep) | class(WordClass::Adv)) {
            return None;
        }
        // A name after a preposition is its complement (`s'énervait en gare de Bordeaux M. X`).
        (i + 1..limit.min(i + 1 + MAX_WORDS)).find(|&p| self.toks[p].upper || !self.is_plain_word(p)).filter(|&p| {
            let (t, prev) = (&self.toks[p], &self.toks[p - 1]);
            t.kind == TokKind::Word
                && t.upper
                && !self.in_quote[p]
                && !prev.has(class(WordClass::Prep) | class(WordClass::Det))
        })
    }

    /// The indefinite determiner opening a noun phrase right after a prepositional adverbial at
    /// `i` (`à l'issue de la réunion une source`): the adverbial of lower-case words only.
    fn indefinite_after_adverbial(&self, i: usize, limit: usize) -> Option<usize> {
        /// Words the adverbial may span.
        const MAX_WORDS: usize = 7;
        let first = self.toks.get(i).filter(|_| i + 2 < limit)?;
        if !first.has(class(WordClass::Prep)) || first.has_role(Role::Of) || self.in_quote[i] {
            return None;
        }
        let indefinite = |t: &Token| {
            t.has(class(WordClass::Det))
                && !t.has(class(WordClass::Prep))
                && !t.has_role(Role::Definite)
                && !is_of_link(t)
        };
        // No verb in it (à se joindre au mouvement is the verb's complement).
        let verb = class(WordClass::Refl) | class(WordClass::Aux) | lex::VERB_FORM;
        let k = (i + 2..limit.min(i + 2 + MAX_WORDS))
            .find(|&k| !self.is_plain_word(k) || indefinite(&self.toks[k]) || self.toks[k].has(verb))?;
        let noun_before = !self.toks[k - 1].has(class(WordClass::Prep) | class(WordClass::Det));
        (indefinite(&self.toks[k]) && noun_before && self.is_plain_word(k)).then_some(k)
    }

    /// Whether token `k` is a lower-case word outside quotes.
    fn is_plain_word(&self, k: usize) -> bool {
        let t = &self.toks[k];
        t.kind == TokKind::Word && !t.upper && !self.in_quote[k]
    }

    /// Whether a cue is a present participle without an auxiliary (`affirmant`, `adding`): it
    /// takes the subject of its clause, never a noun phrase after it (its object).
    fn is_participle(&self, cue: &Cue) -> bool {
        !self.toks[cue.start].has(class(WordClass::Aux))
            && self.toks[cue.start..cue.end].iter().any(|t| self.lang.is_participle(&t.key))
    }

    /// A person named or resolved as the subject of a speech cue of the sentence from `a`, outside
    /// the quote `open..close` and before the source marker at `b`: the speaker the marker
    /// only reports (`« … », X said on Monday, according to Reuters`).
    fn cued_person(&mut self, ents: &mut Entities, a: usize, b: usize, open: usize, close: usize) -> Option<Found> {
        let mut k = a;
        while k < b {
            if (open..close).contains(&k) {
                k = close;
                continue;
            }
            let (limit, from) = if k < open { (open.min(b), a) } else { (b, close) };
            let Some(cue) = self.cue_at(k, limit) else {
                k += 1;
                continue;
            };
            if let Some((sp, m @ (Method::Explicit | Method::Pronoun), c)) = self.subject_before(ents, &cue, from) {
                if sp.entity.is_some_and(|e| ents.list[e].etype == EntityType::Per) {
                    return Some((sp, m, c, Some(self.span(cue.start, cue.end))));
                }
            }
            k = cue.end.max(k + 1);
        }
        None
    }

    /// The subject of the clause a quote at token `open` stands in, with no verb of its own
    /// (`La préfecture « … », rappelant que`): the first noun phrase of the sentence from `a`, a
    /// name, or a description right before the quote (a longer one may run over a verb).
    fn subject_of_quote(&mut self, ents: &mut Entities, a: usize, open: usize) -> Option<(Speaker, Method, f32)> {
        let c = self.chunks(ents, a, open).into_iter().find(|c| !c.complement)?;
        // A description's words run on over unknown verbs: an article not after `de` or an adverb
        // in it shows one (L'institut dresse alors une liste « … »).
        let plain = |c: &Chunk| {
            (c.start + 1..c.end).all(|k| {
                let t = &self.toks[k];
                !t.has(class(WordClass::Adv)) && (!t.has(class(WordClass::Det)) || is_of_link(&self.toks[k - 1]))
            })
        };
        let fits = matches!(c.kind, ChunkKind::Entity(_) | ChunkKind::Name | ChunkKind::Titled)
            || (c.end == open && plain(&c));
        fits.then(|| self.resolve(ents, &c, open)).flatten()
    }

    /// Whether tokens `a..b`, right after a source marker, hold a cue with a subject of its own
    /// (a pronoun, or a noun phrase after the marker's): another clause, not the marker's.
    fn cue_with_subject(&self, ents: &Entities, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            self.cue_at(k, b).is_some_and(|c| {
                c.pronoun.is_some() || self.chunks(ents, a, c.start).iter().filter(|c| !c.complement).count() >= 2
            })
        })
    }

    /// Whether the first quote after token `from`, before `limit`, follows a preposition with
    /// words between (`a exhorté les habitants de Cebu à « … »`): what stands between a cue
    /// and it is the verb's object, not its inverted subject.
    fn object_then_quote(&self, from: usize, limit: usize) -> bool {
        (from..limit)
            .find(|&k| self.in_quote[k])
            .is_some_and(|k| k > from + 1 && !self.in_quote[k - 1] && self.toks[k - 1].has(class(WordClass::Prep)))
    }

    /// The token after at most `max` punctuation tokens among `marks` from token `from`, before
    /// `end` (the marks between a closing quote mark and its cue: `», a déclaré`, `» : le cri`).
    fn skip_marks(&self, from: usize, end: usize, max: usize, marks: &[char]) -> usize {
        let mut j = from;
        while j < end && j < from + max && self.toks[j].kind == TokKind::Punct && marks.contains(&self.toks[j].ch()) {
            j += 1;
        }
        j
    }

    /// The subject after a non-inverted cue (`a déclaré Vladimir Poutine`).
    fn subject_after(&mut self, ents: &mut Entities, cue: &Cue, limit: usize) -> Option<(Speaker, Method, f32)> {
        if let Some(p) = cue.pronoun {
            return self.pronoun_subject(ents, p, cue.start);
        }
        // Stop at the next verb-like word that is not part of the subject.
        let chunks = self.chunks(ents, cue.end, limit);
        let c = chunks.into_iter().find(|c| !c.complement)?;
        // Too far: a subject comes within a few words of its verb.
        if c.first() > cue.end + 16 {
            return None;
        }
        // Past a relative pronoun or an auxiliary, another clause has begun: its noun phrases are
        // not this verb's subject (lire sur des banderoles …, qui ont rallié le Boulevard …).
        let other_clause = (cue.end..c.first()).any(|k| {
            let t = &self.toks[k];
            !self.in_quote[k]
                && t.kind == TokKind::Word
                && ((t.has_role(Role::Rel) && !t.has_role(Role::That)) || t.has(class(WordClass::Aux)))
        });
        if other_clause {
            return None;
        }
        self.resolve(ents, &c, cue.start)
    }

    /// Whether the subject [`Ctx::subject_after`] would read after a cue is a pronoun.
    fn subject_after_is_pronoun(&self, ents: &Entities, cue: &Cue, limit: usize) -> bool {
        let chunks = self.chunks(ents, cue.end, limit);
        chunks.iter().find(|c| !c.complement).is_some_and(|c| matches!(c.kind, ChunkKind::Pronoun(_)))
    }

    /// Whether chunk `c` may be the subject of a verb at `until`: a name always; a pronoun or a
    /// description only when no relative, completive or subordinate clause opens between them
    /// (it may be that clause's subject instead).
    fn subject_reaches(&self, c: &Chunk, until: usize) -> bool {
        match c.kind {
            ChunkKind::Entity(_) | ChunkKind::Name | ChunkKind::Titled => true,
            ChunkKind::Pronoun(_) | ChunkKind::Desc { .. } => !(c.end..until).any(|x| {
                let t = &self.toks[x];
                !self.in_quote[x] && (t.has_role(Role::Rel) || t.has_role(Role::That) || t.has(class(WordClass::Sub)))
            }),
        }
    }

    /// The subject before a cue: the nearest noun phrase to its left that is not a complement.
    fn subject_before(
        &mut self,
        ents: &mut Entities,
        cue: &Cue,
        clause_start: usize,
    ) -> Option<(Speaker, Method, f32)> {
        if let Some(p) = cue.pronoun {
            return self.pronoun_subject(ents, p, cue.start);
        }
        let chunks = self.chunks(ents, clause_start, cue.start);
        // A present participle (affirmant, estimant) takes the clause's subject: the first chunk.
        if self.is_participle(cue) {
            if let Some(c) = chunks.iter().find(|c| !c.complement).copied() {
                return self.resolve(ents, &c, cue.start);
            }
        }
        // `NAME, apposition…, verb`: the name opening the clause is the subject.
        if cue.start > clause_start + 1 && self.toks[cue.start - 1].is(',') {
            let first =
                chunks.iter().find(|c| !(c.complement || c.start > 0 && self.toks[c.start - 1].is('('))).copied();
            if let Some(c) = first {
                if matches!(c.kind, ChunkKind::Entity(_) | ChunkKind::Name | ChunkKind::Titled)
                    && self.toks.get(c.end).is_some_and(|t| t.is(','))
                {
                    return self.resolve(ents, &c, cue.start);
                }
            }
        }
        // After a completive `que` (affirmant que cet exercice démontre), the subject is inside it.
        let completive = (clause_start..cue.start).rev().find(|&k| {
            !self.in_quote[k]
                && self.toks[k].has_role(Role::That)
                && k > 0
                && (self.cue_at(k - 1, k).is_some() || self.lang.verb_forms.contains_key(self.toks[k - 1].key.as_str()))
        });
        // A verb coordinated with no subject of its own after a completive (`X a déclaré que la
        // Russie avait commencé, mais a noté que « … »`): it shares the subject of the speech verb
        // that opened the completive, not that of the completive's own verb.
        if let Some(kc) = completive {
            let mut k = cue.start;
            while k > kc + 1 && self.toks[k - 1].has(class(WordClass::Adv)) {
                k -= 1;
            }
            if k > kc + 1 && self.toks[k - 1].has(class(WordClass::Conj)) && !self.in_quote[k - 1] {
                // The main clause's subject: a name, or a pronoun or a description with no
                // relative, completive or subordinate clause opening between it and its verb.
                let main = chunks
                    .iter()
                    .find(|c| !c.complement && c.end < kc)
                    .copied()
                    .filter(|c| self.subject_reaches(c, kc));
                if let Some(c) = main {
                    return self.resolve(ents, &c, cue.start);
                }
            }
        }
        let (clause_start, chunks) = match completive {
            Some(k) => (k + 1, chunks.into_iter().filter(|c| c.start > k).collect()),
            None => (clause_start, chunks),
        };
        // `X praised Y and said`: a verb coordinated after another shares its subject, the
        // name opening the clause, not the other verb's object.
        let mut k = cue.start;
        while k > clause_start && self.toks[k - 1].has(class(WordClass::Adv)) {
            k -= 1;
        }
        if k > clause_start && self.toks[k - 1].has_role(Role::And) && !self.in_quote[k - 1] {
            // A name; a pronoun or a description only when no relative, completive or subordinate
            // clause opens between it and `et` (it may be the subject of that clause instead).
            let first = chunks.iter().find(|c| !c.complement).copied();
            let shared = |c: &Chunk| c.end < k - 1 && self.subject_reaches(c, k - 1);
            if let Some(c) = first.filter(shared) {
                return self.resolve(ents, &c, cue.start);
            }
        }
        // Chunks inside a relative clause (… la junte qui a renversé X …) are not the subject.
        // Not the last word of a conjunction (alors que, bien qu'): that clause is no relative.
        let rel = (clause_start..cue.start)
            .rev()
            .find(|&k| !self.in_quote[k] && self.toks[k].has_role(Role::Rel) && !self.ends_sub_phrase(k));
        // A prepositional phrase's noun (not a `de` complement) opening a relative clause whose
        // verb is the cue (confirmé par un élu local qui a parlé « … », a répondu au maire, qui a
        // déclaré : « … »): it is the relative's subject, so the speaker.
        if let Some(r) = rel.filter(|&r| self.toks[r + 1..cue.start].iter().all(|t| t.has(class(WordClass::Adv)))) {
            let antecedent = |c: &&Chunk| c.end == r || c.end + 1 == r && self.toks[c.end].is(',');
            let agent = chunks.iter().rev().find(antecedent).copied().filter(|c| {
                let f = c.first();
                // The preposition, past an article the chunk leaves out (à la CGT, qui …).
                let p = match f.checked_sub(1) {
                    Some(p)
                        if p > 0 && self.toks[p].has_role(Role::The) && !self.toks[p].has(class(WordClass::Prep)) =>
                    {
                        p - 1
                    }
                    p => p.unwrap_or(0),
                };
                c.complement
                    && f > 0
                    && (self.agent_at(p)
                        || self.toks[p].has(class(WordClass::Prep)) && !self.toks[p].has_role(Role::Of))
                    && !matches!(c.kind, ChunkKind::Pronoun(_))
            });
            if let Some(c) = agent {
                return self.resolve(ents, &c, cue.start);
            }
        }
        let before_rel = rel.filter(|&r| chunks.iter().any(|c| c.end <= r && !c.complement));
        // Glosses in parentheses are never the subject: … de Louvain (Flandre), estime.
        let in_parens = |c: &Chunk| c.start > 0 && self.toks[c.start - 1].is('(');
        // `X, apposition, verb`: the subject stands before the apposition.
        let appos_cut = (cue.start > clause_start + 1 && self.toks[cue.start - 1].is(','))
            .then(|| (clause_start..cue.start - 1).rev().find(|&k| self.toks[k].is(',') && !self.in_quote[k]))
            .flatten()
            // Only `NAME, apposition, verb`: after `DESCRIPTION,` the name itself follows; but an
            // adverbial opened by a preposition or a subordinator (Le syndicat, après avoir
            // rencontré le ministre X, a dénoncé) holds no subject, whatever stands before it.
            .filter(|&p| {
                let adverbial = self.toks.get(p + 1).is_some_and(|t| {
                    (t.has(class(WordClass::Prep)) && !t.has_role(Role::Of)) || t.has(class(WordClass::Sub))
                });
                chunks.iter().rev().find(|c| c.end <= p && !c.complement && !in_parens(c)).is_some_and(|c| {
                    (adverbial || matches!(c.kind, ChunkKind::Entity(_) | ChunkKind::Name | ChunkKind::Titled))
                        && c.end == p
                })
            });
        let pick = chunks
            .iter()
            .rev()
            .filter(|c| before_rel.is_none_or(|r| c.end <= r))
            .filter(|c| appos_cut.is_none_or(|p| c.end <= p))
            .filter(|c| !in_parens(c))
            .find(|c| !c.complement)
            .copied();
        // A coordinated subject opening the clause (`La préfecture et les pompiers ont
        // indiqué`): the first conjunct speaks first.
        let pick = pick.map(|c| {
            let first = chunks.iter().find(|x| !x.complement && !in_parens(x)).copied();
            first
                .filter(|f| {
                    f.start < c.start
                        && f.end + 1 == c.first()
                        && self.toks[f.end].has_role(Role::And)
                        && !self.toks[clause_start..f.first()]
                            .iter()
                            .any(|t| t.has(class(WordClass::Aux) | lex::VERB_FORM))
                })
                .unwrap_or(c)
        });
        if let Some(c) = pick {
            return self.resolve(ents, &c, cue.start);
        }
        // A plain noun phrase right before the verb (Les gardes-côtes japonais ont indiqué).
        let mut k = cue.start;
        while k > clause_start && cue.start - k < 6 {
            k -= 1;
            let t = &self.toks[k];
            if t.kind != TokKind::Word || self.in_quote[k] {
                return None;
            }
            // L'un d'entre eux, l'une d'elles: an unnamed member of a group.
            if t.has_role(Role::One) && k > clause_start && self.toks[k - 1].has_role(Role::The) {
                let desc = self.text[self.toks[k - 1].start..self.toks[cue.start - 1].end].to_string();
                return Some((Speaker { name: desc, entity: None }, Method::Unnamed, 0.5));
            }
            if t.has_role(Role::Among) && k > clause_start && self.toks[k - 1].has_role(Role::Of) {
                continue;
            }
            if t.has(class(WordClass::Det)) {
                let definite = t.has_role(Role::The);
                // A noun of it must be one that speaks, first or last (not `les dates suivantes`,
                // `l'incendie`; `the harbour trust`).
                if !definite
                    || k + 1 >= cue.start
                    || self.toks[k + 1].has(class(WordClass::Det))
                    || !(k + 1..cue.start).any(|x| self.can_speak(x))
                {
                    return None;
                }
                let desc = self.text[t.start..self.toks[cue.start - 1].end].to_string();
                return Some((Speaker { name: desc, entity: None }, Method::Unnamed, 0.5));
            }
            if is_desc_stop(t) && !t.has(class(WordClass::Adv)) {
                return None;
            }
        }
        None
    }

    /// The source after a marker (`selon X`) in tokens `a..b`, nearest to the quote at `near`
    /// (closing at `close`).
    fn selon(
        &mut self,
        ents: &mut Entities,
        a: usize,
        b: usize,
        near: usize,
        close: usize,
    ) -> Option<(Speaker, (usize, usize), f32)> {
        // Every marker in the sentence, the nearest to the quote first (quotes of one sentence
        // read the same range: its markers are found once).
        let mut found = match &self.markers {
            Some((range, found)) if *range == (a, b) => found.clone(),
            _ => {
                let found = self.markers_in(a, b);
                self.markers = Some(((a, b), found.clone()));
                found
            }
        };
        found.sort_by_key(|&(i, n)| (i.abs_diff(near), std::cmp::Reverse(n)));
        for (i, n) in found {
            // A marker past a subordinate clause opened after the quote governs that clause, when
            // a cue before the quote tells who spoke (`…, a rappelé le ministre, avec des cas « … »
            // voisins, où l'épidémie a fait 98 morts, selon le bilan`), not the quote.
            if i > close
                && (close..i).any(|k| !self.in_quote[k] && self.toks[k].has(class(WordClass::Sub)))
                && (a..near).any(|k| !self.in_quote[k] && self.cue_at(k, near).is_some())
            {
                continue;
            }
            // A tonic pronoun right after the marker stands for the source (`selon lui`); one that
            // is also a determiner only before a mark (`according to her lawyer` names the lawyer).
            let tonic = self.toks.get(i + n).filter(|t| {
                t.kind == TokKind::Word
                    && i + n < b
                    && !self.in_quote[i + n]
                    && (!t.has(class(WordClass::Det))
                        || self.toks.get(i + n + 1).is_some_and(|u| u.kind == TokKind::Punct))
            });
            if let Some(&p) = tonic.and_then(|t| self.lang.tonic_pronouns.get(t.key.as_str())) {
                if let Some((sp, _, conf)) = self.pronoun_subject(ents, p, i) {
                    return Some((sp, (self.toks[i].start, self.toks[i + n - 1].end), conf.min(0.9)));
                }
                continue;
            }
            let chunks = self.chunks(ents, i + n, b);
            // The author of a statement named after it: selon un communiqué du SPVM.
            let (mut len, mut noun) = (0, false);
            for t in self.toks[i + n..b]
                .iter()
                .take_while(|t| t.has(class(WordClass::Det) | lex::SPEECH_NOUN) || is_of_link(t))
            {
                len += 1;
                noun |= t.has(lex::SPEECH_NOUN);
            }
            let reach = if noun { len } else { 1 };
            let Some(c) = chunks.into_iter().next().filter(|c| c.first() <= i + n + reach) else { continue };
            if let Some((sp, _, conf)) = self.resolve(ents, &Chunk { complement: false, ..c }, i) {
                return Some((sp, (self.toks[i].start, self.toks[i + n - 1].end), conf.min(0.9)));
            }
        }
        None
    }

    /// The subject of a clause filling the sentence up to the colon at `colon`: the chunk opening
    /// it at `first`, or after an adverbial opened by a preposition and a comma (a name, a body,
    /// a definite description or a pronoun), right before an auxiliary (adverbs or a reflexive
    /// clitic may stand between), with no speech cue and nothing quoted up to the colon;
    /// resolved to an entity, with its confidence.
    fn clause_subject_before_colon(
        &mut self,
        ents: &mut Entities,
        chunks: &[Chunk],
        first: Option<usize>,
        colon: usize,
    ) -> Option<(Speaker, f32)> {
        let first = first?;
        // The subject opens the sentence, or follows an adverbial opened by a preposition and
        // closed by a comma (Dans son réquisitoire, la procureure X s'est attachée à …).
        let lead = if self.toks[first].has(class(WordClass::Prep)) {
            (first..colon).find(|&k| self.toks[k].is(',')).map_or(first, |k| k + 1)
        } else {
            first
        };
        let c = chunks.iter().copied().find(|c| c.first() >= lead)?;
        if c.first() != lead || c.complement || c.end >= colon {
            return None;
        }
        let mut k = c.end;
        // Adverbs and a reflexive clitic may stand before it (X s'est attachée à …).
        while k < colon
            && self.toks[k].has(class(WordClass::Adv) | class(WordClass::Refl))
            && !self.toks[k].has(class(WordClass::Aux))
        {
            k += 1;
        }
        if k >= colon || !self.toks[k].has(class(WordClass::Aux)) || self.toks[k].is(',') {
            return None;
        }
        if (c.end..colon).any(|x| self.in_quote[x] || self.cue_at(x, colon).is_some()) {
            return None;
        }
        let ok = match c.kind {
            ChunkKind::Entity(e) => ents.list[e].etype != EntityType::Loc,
            ChunkKind::Desc { definite, plural, .. } => definite && !plural,
            ChunkKind::Pronoun(p) => !p.plural,
            _ => true,
        };
        if !ok {
            return None;
        }
        let (sp, _, conf) = self.resolve(ents, &c, c.start)?;
        // A description left unresolved names no one here.
        sp.entity.is_some().then_some((sp, conf))
    }

    /// The speaker of an opinion marker right after a quote's closing mark and a comma (token
    /// `close` on), before the end of the sentence at `s_end`: a person or a body named there,
    /// after an article maybe, that ends the sentence or is followed by a comma (`« … », pour
    /// Sandrine Colin, déléguée CFDT.`). Without the comma the marker reads as a purpose (un plan
    /// « ambitieux » pour la région).
    fn opinion_after(
        &mut self,
        ents: &mut Entities,
        close: usize,
        s_end: usize,
    ) -> Option<(Speaker, (usize, usize), f32)> {
        let m = close + 1;
        if !self.toks.get(close).is_some_and(|t| t.is(',')) || m + 1 >= s_end || self.in_quote[m] {
            return None;
        }
        if !self.lang.opinion_markers.contains(self.toks[m].key.as_str()) {
            return None;
        }
        let c = self.chunks(ents, m + 1, s_end).into_iter().next()?;
        let named = match c.kind {
            ChunkKind::Entity(e) => matches!(ents.list[e].etype, EntityType::Per | EntityType::Org),
            ChunkKind::Name | ChunkKind::Titled => true,
            _ => false,
        };
        let lead = (m + 1..c.first().max(m + 1)).all(|k| self.toks[k].has_role(Role::The));
        let ends = c.end >= s_end || self.toks[c.end].is(',') || self.toks[c.end].is('.');
        if !named || !lead || !ends {
            return None;
        }
        let (sp, _, conf) = self.resolve(ents, &c, m)?;
        Some((sp, self.span(m, m + 1), conf.min(0.75)))
    }

    /// The speaker of an opinion marker opening the sentence at `a` (`Pour X, « … »`): a name,
    /// an entity or a description right after it, then a comma before the quote at `open`.
    fn opinion(&mut self, ents: &mut Entities, a: usize, open: usize) -> Option<(Speaker, (usize, usize), f32)> {
        let t = self.toks.get(a).filter(|t| t.kind == TokKind::Word && a + 2 < open && !self.in_quote[a])?;
        if !self.lang.opinion_markers.contains(t.key.as_str()) {
            return None;
        }
        // A tonic pronoun and a comma (Pour lui, « … »): resolved as a subject pronoun.
        if let Some(&p) = self.lang.tonic_pronouns.get(self.toks[a + 1].key.as_str()) {
            if !self.toks[a + 2].is(',') {
                return None;
            }
            let (sp, _, conf) = self.pronoun_subject(ents, p, a)?;
            return Some((sp, self.span(a, a + 1), conf.min(0.75)));
        }
        let mut c = self.chunks(ents, a + 1, open).into_iter().next()?;
        // Pour le patron de l'agence, Airstar « … »: a description closed by a comma before the
        // clause's subject is the speaker, not the name after it.
        if let Some((_, e)) = c.appos.filter(|&(_, e)| c.start > e && self.toks[e].is(',') && !self.toks[c.end].is(','))
        {
            c = self.chunks(ents, a + 1, e).into_iter().next().filter(|d| d.end == e)?;
        }
        // Only an article or an honorific may stand before an entity (Pour le Hamas, Pour Me X).
        let lead = (a + 1..c.first().max(a + 1)).all(|k| {
            let (t, l) = (&self.toks[k], self.lang);
            t.has_role(Role::The)
                || t.upper && l.title_or_dotted(t.key.as_str()).is_some_and(|x| x.honorific)
                || t.is('.') && l.dotted_titles.contains_key(self.toks[k - 1].key.as_str())
        });
        // The comma may follow a short gloss in parentheses (Pour X (CSC), « … »).
        let after = self.short_paren(c.end, open).unwrap_or(c.end);
        if !lead || !self.toks.get(after).is_some_and(|t| t.is(',')) || matches!(c.kind, ChunkKind::Pronoun(_)) {
            return None;
        }
        let (sp, _, conf) = self.resolve(ents, &Chunk { complement: false, ..c }, a)?;
        Some((sp, self.span(a, a + 1), conf.min(0.75)))
    }

    /// The last chunk of `chunks` and its marker when it ends at the colon `colon` right after an opinion marker
    /// (`data/<lang>/opinion_markers.txt`) and no verb stands between `a` and it (`Même constat
    /// pour X :`); never a pronoun or a place.
    fn opinion_frame(&self, ents: &Entities, chunks: &[Chunk], a: usize, colon: usize) -> Option<(Chunk, usize)> {
        let c = chunks.last().copied().filter(|c| c.end == colon && c.first() > a)?;
        // Only an article may stand between them (pour la CGT).
        let f = c.first();
        let at = if self.toks[f - 1].has_role(Role::The) && f > a + 1 { f - 1 } else { f };
        let m = &self.toks[at - 1];
        let place = matches!(c.kind, ChunkKind::Entity(e) if ents.list[e].etype == EntityType::Loc);
        if place
            || matches!(c.kind, ChunkKind::Pronoun(_))
            || m.kind != TokKind::Word
            || !self.lang.opinion_markers.contains(m.key.as_str())
        {
            return None;
        }
        let verb = (a..at - 1).any(|k| {
            self.in_quote[k]
                || self.toks[k].has(class(WordClass::Aux) | class(WordClass::Sub) | lex::VERB_FORM | lex::PRONOUN)
                || self.cue_any(k, colon).is_some()
        });
        (!verb).then_some((c, at - 1))
    }

    /// The author of a speech act named from token `i` (`le cri d'alarme de X`, a noun of
    /// `data/<lang>/speech_acts.txt`, an optional article and adjective, then `de`), before
    /// `limit`: the speaker and the noun's span.
    fn speech_act(
        &mut self,
        ents: &mut Entities,
        i: usize,
        limit: usize,
    ) -> Option<(Speaker, Method, f32, (usize, usize))> {
        let toks = self.toks;
        let mut k = i;
        if toks.get(k)?.has(class(WordClass::Det)) && !toks[k].has_role(Role::Of) {
            k += 1;
        }
        let phrase = self.lang.speech_acts.iter().find(|p| k + p.len() <= limit && phrase_starts_at(toks, k, p))?;
        let noun_end = k + phrase.len();
        let mut of = noun_end;
        // One adjective may follow the noun (l'appel pressant de X).
        if of < limit
            && toks[of].kind == TokKind::Word
            && !toks[of].upper
            && !is_of_link(&toks[of])
            && !is_desc_stop(&toks[of])
        {
            of += 1;
        }
        if of >= limit || !toks[of].has_role(Role::Of) || (k..=of).any(|x| self.in_quote[x]) {
            return None;
        }
        let chunks = self.chunks(ents, of, limit);
        let mut c = *chunks.first()?;
        // A role right before a name, or before a comma and it, is the name's (`du ministre X`,
        // `of the governor, X`).
        if let (ChunkKind::Desc { .. }, Some(n)) = (c.kind, chunks.get(1)) {
            let next_to = n.start == c.end || (n.start == c.end + 1 && toks[c.end].is(','));
            if next_to && matches!(n.kind, ChunkKind::Entity(_) | ChunkKind::Name) {
                c = Chunk { appos: Some((c.start, c.end)), ..*n };
            }
        }
        let det = |x: usize| toks[x].has(class(WordClass::Det));
        // Only determiners, titles and an honorific's period before the name (`de M. X`, `of
        // Governor X`), or its role in apposition opening the complement (`du maire, X`).
        let title = |x: usize| toks[x].has(lex::TITLE) || (toks[x].is('.') && toks[x - 1].has(lex::TITLE));
        let linked = c.start >= of
            && ((of + 1..c.start).all(|x| det(x) || title(x))
                || c.appos.is_some_and(|(a, _)| a >= of && (of + 1..a).all(det)));
        if !linked || matches!(c.kind, ChunkKind::Pronoun(_)) {
            return None;
        }
        // `du maire`: the description opened by the contraction (`de` + `le`), which stands as
        // its article: definite, so that it points back to the mayor named before (its text
        // drops the `de`).
        let c = match c.kind {
            ChunkKind::Desc { plural: false, gender, .. } if det(of) && c.start <= of + 1 && c.end > of + 1 => Chunk {
                start: of,
                kind: ChunkKind::Desc { definite: true, plural: false, gender, unnamed: false },
                ..c
            },
            ChunkKind::Desc { .. } if c.start == of && c.end > of + 1 => Chunk { start: of + 1, ..c },
            _ => c,
        };
        let (sp, m, conf) = self.resolve(ents, &c, c.start)?;
        Some((sp, m, conf.min(0.8), self.span(k, noun_end)))
    }

    /// Whether the noun at token `i` may name who speaks: a person, a role, a title, an
    /// organization or institution, a nationality, a place that stands for its administration
    /// (`la commune a indiqué`), a text (`le décret précise`), or a capitalized name; a plural
    /// as its singular.
    fn can_speak(&self, i: usize) -> bool {
        const SPEAKING: u64 = lex::ROLE_NOUN
            | lex::SOURCE_NOUN
            | lex::TITLE
            | lex::TITLE_HEAD
            | lex::ORG_KEYWORD
            | lex::INSTITUTION_KEYWORD
            | lex::LOC_KEYWORD_PENULT
            | lex::DEMONYM;
        let t = &self.toks[i];
        let key = t.key.as_str();
        let singular = key.strip_suffix('s').unwrap_or(key);
        t.upper
            || t.has(SPEAKING)
            || self.lang.lex(singular) & SPEAKING != 0
            || [key, singular].iter().any(|k| self.lang.document_nouns.contains(*k))
            || self.role_noun(i).is_some()
    }

    /// The source markers outside quotes in tokens `a..b`: (first token, length in tokens).
    fn markers_in(&self, a: usize, b: usize) -> Markers {
        let mut found = Vec::new();
        for i in a..b {
            if self.in_quote[i] || !self.toks[i].has(lex::MARKER_HEAD) {
                continue;
            }
            // Only the markers that start with this word, longest first: the longest match wins.
            let Some(tails) = self.lang.source_markers.get(self.toks[i].key.as_str()) else { continue };
            let rest = &self.toks[i + 1..b];
            let hit = tails
                .iter()
                .find(|tail| tail.len() <= rest.len() && tail.iter().zip(rest).all(|(w, t)| same_word(w, &t.key)));
            if let Some(tail) = hit {
                found.push((i, 1 + tail.len()));
            }
        }
        found
    }

    /// Whether an unnamed source's description is plural (`les syndicats`, `des témoins`).
    fn is_plural_description(&self, desc: &str) -> bool {
        let f = crate::fold::fold(desc);
        let mut words = f.split_whitespace();
        words.next().is_some_and(|w| self.lang.has_role(w, Role::Group))
    }

    /// Whether a description opens with a singular indefinite determiner (`un pillard`): a
    /// speaker the text never names, not a named one whose description went unresolved.
    fn is_indefinite_description(&self, desc: &str) -> bool {
        let f = crate::fold::fold(desc);
        f.split_whitespace().next().is_some_and(|w| {
            self.lang.lex(w) & class(WordClass::Det) != 0
                && ![Role::Definite, Role::Group, Role::Plural].iter().any(|&r| self.lang.has_role(w, r))
        })
    }

    /// Whether an unnamed speaker is an institution's name kept from its description: a
    /// lower-case head, then a capitalized word (`préfecture de la Haute-Savoie`).
    fn is_institution_name(name: &str) -> bool {
        name.starts_with(char::is_lowercase)
            && name.split([' ', '\'']).skip(1).any(|w| w.starts_with(char::is_uppercase))
    }

    /// The key of a description's head noun: its first role or source noun (`porte-parole` of
    /// `un porte-parole de la police`).
    fn description_head(&self, desc: &str) -> Option<String> {
        let lang = self.lang;
        crate::fold::fold_key(desc)
            .split([' ', '\''])
            .find(|w| lang.role_nouns.contains_key(*w) || lang.source_nouns.contains(*w))
            .map(str::to_string)
    }

    /// The previous quote's speaker, in the paragraph of token `at` or the one before, for a
    /// description marked as the one just cited (`la même source`: `data/<lang>/same_words.txt`).
    fn same_as_last(&self, c: &Chunk, at: usize) -> Option<Speaker> {
        if !self.toks[c.start..c.end].iter().any(|t| self.lang.same_words.contains(t.key.as_str())) {
            return None;
        }
        let (sp, pos, _) = self.last_quote.as_ref()?;
        (pos < &at && self.toks[*pos].para + 1 >= self.toks[at].para).then(|| sp.clone()).flatten()
    }

    /// The latest speaker whose indefinite description has the head `head`, for a definite
    /// description made of that head alone (`le porte-parole`, `la même source`, `cette source`).
    fn earlier_unnamed(&self, head: &str) -> Option<Speaker> {
        self.unnamed_heads.iter().rev().find(|(h, _)| h == head).map(|(_, sp)| sp.clone())
    }

    /// The nearest indefinite description outside quotes with head `head` right after its
    /// determiner (not a contracted article: `du président`), in the sentence of token `at` or
    /// the two before (`une source proche du dossier`), as written, not in apposition to a name:
    /// an unnamed speaker that a definite or demonstrative description points back to.
    fn earlier_indefinite(&self, ents: &Entities, head: &str, at: usize) -> Option<Speaker> {
        let here = self.toks.get(at)?.sent;
        let k = (0..at).rev().take_while(|&k| self.toks[k].sent + 2 >= here).find(|&k| {
            let t = &self.toks[k];
            !self.in_quote[k]
                && t.kind == TokKind::Word
                && t.has(class(WordClass::Det))
                && !t.has(class(WordClass::Prep))
                && ![Role::Definite, Role::Group, Role::Plural].iter().any(|&r| t.has_role(r))
                && self.toks.get(k + 1).is_some_and(|n| n.key == head)
        })?;
        // Not one in apposition to a name (Dany, une habitante du quartier): that is the person.
        if k >= 2 && self.toks[k - 1].is(',') && self.toks[k - 2].upper {
            return None;
        }
        let (_, s_end) = self.sentence_of(k);
        let c = self.chunks(ents, k, s_end).into_iter().next().filter(|c| {
            c.start == k
                && c.appos.is_none()
                && matches!(c.kind, ChunkKind::Desc { definite: false, plural: false, .. })
        })?;
        Some(Speaker { name: self.chunk_text(&c), entity: None })
    }

    /// The one organization of the document whose name opens in lower case with the folded
    /// `words` and goes on after them (`parquet de Paris`, `préfecture maritime de la Manche`),
    /// for a definite description made of those words (`le parquet`, `la préfecture maritime`).
    fn organization_opening_with(&self, ents: &Entities, words: &[&str]) -> Option<usize> {
        let mut found = None;
        for (e, ent) in ents.list.iter().enumerate() {
            if ent.etype != EntityType::Org {
                continue;
            }
            let name = ent.display_name(self.text);
            let mut parts = name.split([' ', '\'']);
            let opens = name.starts_with(char::is_lowercase)
                && words.iter().all(|w| parts.next().is_some_and(|p| crate::fold::fold_key(p) == *w))
                && parts.next().is_some();
            if !opens {
                continue;
            }
            if found.is_some() {
                return None;
            }
            found = Some(e);
        }
        found
    }

    fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.toks[a].start, self.toks[b - 1].end)
    }

    fn attribute_one(&mut self, q: &Quote, ents: &mut Entities) -> Attribution {
        if self.toks.is_empty() {
            return Attribution::none();
        }
        let open = self.tok_at(q.open);
        let close = self.tok_at(q.close);
        let (s_start, _) = self.sentence_of(open);
        let (_, s_end) = self.sentence_of(close.saturating_sub(1).max(open));
        let found = self.find(q, ents, open, close, s_start, s_end);
        // A quote nested in the previous one is no quote of its own for the next to go on from.
        if self.last_quote.as_ref().is_none_or(|&(_, _, c)| open >= c) {
            self.last_quote = Some((found.as_ref().map(|f| f.0.clone()), open, close));
        }
        match found {
            // A fragment carried over from the previous quote changes no speaker state: the
            // quotes after it go on from the same speakers as before it.
            Some((sp, method, conf, cue)) if method == Method::CarriedOver && conf == FRAGMENT_CARRY_CONFIDENCE => {
                Attribution { speaker: Some(sp), cue, method, confidence: conf }
            }
            Some((sp, method, conf, cue)) => {
                if method != Method::CarriedOver {
                    self.last_unnamed = None;
                }
                if let Some(e) = sp.entity {
                    if ents.list[e].etype == EntityType::Per {
                        self.last_speaker = Some((e, open));
                    } else {
                        self.last_plural = Some((sp.clone(), open));
                    }
                } else if method == Method::Unnamed && self.is_plural_description(&sp.name) {
                    self.last_plural = Some((sp.clone(), open));
                } else if method == Method::Unnamed && self.is_indefinite_description(&sp.name) {
                    self.last_unnamed = Some((sp.clone(), open));
                }
                // A source named by a description only, next to a cue or after `selon`.
                if sp.entity.is_none()
                    && matches!(method, Method::Unnamed | Method::Selon)
                    && (self.is_indefinite_description(&sp.name) || Self::is_institution_name(&sp.name))
                {
                    if let Some(head) = self.description_head(&sp.name) {
                        self.unnamed_heads.push((head, sp.clone()));
                    }
                }
                Attribution { speaker: Some(sp), cue, method, confidence: conf }
            }
            None => Attribution::none(),
        }
    }

    /// A cue after a comma between the closing mark `close` and `s_end`, past any other quote,
    /// whose inverted subject names a person (`…, a dit vendredi X.`), not a participle.
    fn later_named_incise(&mut self, ents: &mut Entities, close: usize, s_end: usize) -> Option<Found> {
        let end = (close..s_end).find(|&k| self.in_quote[k]).unwrap_or(s_end);
        let cue = (close..end)
            .filter(|&i| i > 0 && self.toks[i - 1].is(','))
            .find_map(|i| self.cue_any(i, end))
            .filter(|c| c.pronoun.is_none() && !self.is_participle(c))?;
        let p = self.name_after_adverbial(cue.end, end).unwrap_or(cue.end);
        let (sp, m, c) = self.subject_after(ents, &Cue { end: p, ..cue }, end)?;
        let person = sp.entity.is_some_and(|e| ents.list[e].etype == EntityType::Per);
        (person && m == Method::Explicit).then(|| (sp, m, c, Some(self.span(cue.start, cue.end))))
    }

    /// A speech verb opening the sentence from `s_start` right after a continuation lead
    /// (`Et d'ajouter`, `Tout en relativisant`: `data/<lang>/continuation_leads.tsv`) in the form
    /// the lead takes, with no subject pronoun, auxiliary or other cue after it before the quote
    /// opening at `open` (no main clause of its own: `En rappelant …, il a dit : « … »`).
    fn continuation_cue(&self, s_start: usize, open: usize) -> Option<Cue> {
        let leads = &self.lang.continuation_leads;
        if leads.is_empty() {
            return None;
        }
        let first = (s_start..open).find(|&k| self.toks[k].kind != TokKind::Punct)?;
        let (lead, verb) = leads.iter().find(|(p, _)| phrase_starts_at(self.toks, first, p))?;
        let i = first + lead.len();
        let cue = self.cue_any(i, open)?;
        if cue.pronoun.is_some() {
            return None;
        }
        // The verb form after a reflexive (`Et de s'interroger`).
        let v = if self.toks[i].has(class(WordClass::Refl)) { i + 1 } else { i };
        let (_, e) = self.form_at(v, cue.end)?;
        let fits = match verb {
            LeadVerb::Infinitive => {
                let mut key = String::new();
                for t in &self.toks[v..e] {
                    if !key.is_empty() && !key.ends_with('\'') {
                        key.push(' ');
                    }
                    key.push_str(&t.key);
                }
                self.lang.verb_forms.get(key.as_str()).is_some_and(|f| f.infinitive)
            }
            LeadVerb::Participle => self.lang.is_participle(&self.toks[e - 1].key),
        };
        let main_clause = (cue.end..open).any(|k| {
            !self.in_quote[k] && (self.toks[k].has(CUE_START | lex::PRONOUN) || self.cue_any(k, open).is_some())
        });
        (fits && !main_clause).then_some(cue)
    }

    /// The speaker a subjectless cue in the sentence from `s_start`, in paragraph `para`, goes
    /// on with: the previous quote's, when that quote is in this paragraph or the one before,
    /// or a person named as speaking since (reported speech, as rule 7); nobody otherwise.
    fn continued_speaker(&mut self, ents: &mut Entities, s_start: usize, para: usize) -> Option<Speaker> {
        let (sp, pos, _) = self.last_quote.clone()?;
        if self.toks[pos].para as usize + 1 < para {
            return None;
        }
        self.reported_speaker_between(ents, pos, s_start).or(sp)
    }

    /// Rule 5c: a short title line whose quote runs to its end after a name and a comma
    /// (`Roland-Garros : Halep, « … »`): the name, a person, an organization or a name no list
    /// knows, not a place, opening the line or its part after a colon or a dash, speaks.
    fn comma_headline(
        &mut self,
        q: &Quote,
        ents: &mut Entities,
        s_start: usize,
        open: usize,
        close: usize,
    ) -> Option<Found> {
        const MAX_WORDS_BEFORE: usize = 8;
        if open < 2 || !self.toks[open - 1].is(',') || !q.closed || q.last_para != q.para {
            return None;
        }
        let para = &self.seg.paragraphs[q.para];
        let words_before = self.toks[para.tok_start..open].iter().filter(|t| t.kind == TokKind::Word).count();
        let to_end = self.toks[close.min(para.tok_end)..para.tok_end].iter().all(|t| t.kind == TokKind::Punct);
        if words_before > MAX_WORDS_BEFORE || !to_end || s_start < para.tok_start {
            return None;
        }
        let chunks = self.chunks(ents, s_start, open - 1);
        let c = chunks.last().copied().filter(|c| c.end == open - 1 && !c.complement)?;
        let who = match c.kind {
            ChunkKind::Entity(e) => ents.list[e].etype != EntityType::Loc,
            ChunkKind::Name => true,
            _ => false,
        };
        let opens_line = c.start == para.tok_start
            || (c.start > para.tok_start && matches!(self.toks[c.start - 1].ch(), ':' | '-' | '–' | '—' | '|'));
        if !who || !opens_line {
            return None;
        }
        let (sp, _, conf) = self.resolve(ents, &c, open)?;
        Some((sp, Method::Headline, conf.min(0.6), Some(self.span(open - 1, open))))
    }

    fn find(
        &mut self,
        q: &Quote,
        ents: &mut Entities,
        open: usize,
        close: usize,
        s_start: usize,
        s_end: usize,
    ) -> Option<Found> {
        // 1. Incise.
        if let Some((a, b)) = q.incise {
            let (ta, tb) = (self.tok_at(a), self.tok_at(b));
            if let Some(cue) = self.cue_forward(ta, tb) {
                if let Some((sp, m, c)) = self.subject_after(ents, &cue, tb) {
                    return Some((sp, m, c, Some(self.span(cue.start, cue.end))));
                }
            }
        }
        // 2. Cue right after the closing mark: «…», a déclaré X.
        let j = self.skip_marks(close, s_end, 3, &[',', ')', '-', '—', '–']);
        // « … »,⏎assure X: a paragraph ending on a comma after the quote goes on with the next.
        let cue_end = if j == s_end && j > close && self.toks[j - 1].is(',') && self.continues_line(j, q.para) {
            self.sentence_of(j).1
        } else {
            s_end
        };
        // The period of an honorific (`M.`) ends no clause.
        let stop = |k: usize| {
            self.in_quote[k] || (self.toks[k].is('.') && !(k > j && self.is_honorific(k - 1))) || self.toks[k].is(';')
        };
        let limit = (j..cue_end).find(|&k| stop(k)).unwrap_or(cue_end);
        if j > close || close == s_end || self.toks.get(j).is_some_and(|t| t.kind == TokKind::Word) {
            for start in j..(j + 3).min(limit) {
                if let Some(cue) = self.cue_any(start, limit) {
                    // A participle (`«…», précisant que X …`) goes on with the clause whose subject
                    // stands before the quote: what follows it is its object (rule 4 or 6).
                    if self.is_participle(&cue) {
                        break;
                    }
                    if let Some((sp, m, c)) = self.subject_after(ents, &cue, limit) {
                        return Some((sp, m, c, Some(self.span(cue.start, cue.end))));
                    }
                    // « … », a-t-il dit with no fitting antecedent: nobody, not the previous speaker.
                    if cue.pronoun.is_some() {
                        return None;
                    }
                    // « … », s'exclame par exemple X: a short adverbial before the inverted name.
                    if let Some(p) = self.name_after_adverbial(cue.end, limit) {
                        if let Some((sp, m, c)) = self.subject_after(ents, &Cue { end: p, ..cue }, limit) {
                            let person = sp.entity.is_none_or(|e| ents.list[e].etype == EntityType::Per);
                            if person && m == Method::Explicit {
                                return Some((sp, m, c, Some(self.span(cue.start, cue.end))));
                            }
                        }
                    }
                    // « … », a confié à l'issue de la réunion une source proche du conseil: an
                    // indefinite description after a prepositional adverbial.
                    if let Some(p) = self.indefinite_after_adverbial(cue.end, limit) {
                        let c = self.chunks(ents, p, limit).into_iter().next();
                        if let Some(c) = c.filter(|c| c.start == p && matches!(c.kind, ChunkKind::Desc { .. })) {
                            if let Some((sp, m, conf)) = self.resolve(ents, &c, p) {
                                return Some((sp, m, conf.min(0.6), Some(self.span(cue.start, cue.end))));
                            }
                        }
                    }
                    if let Some(sp) = self.statement_speaker(ents, cue.end, limit, q.para) {
                        return Some((sp, Method::Unnamed, 0.5, Some(self.span(cue.start, cue.end))));
                    }
                    // « … », se justifie un pillard: the noun phrase ending the incise is its
                    // subject, a description even with a head noun no list knows.
                    if let Some(sp) = self.inverted_description(cue.end, limit) {
                        return Some((sp, Method::Unnamed, 0.5, Some(self.span(cue.start, cue.end))));
                    }
                    if let Some(sp) = self.one_of_them(cue.end, limit) {
                        return Some((sp, Method::Unnamed, 0.5, Some(self.span(cue.start, cue.end))));
                    }
                    // «…», a-t-il dit — handled above; «…», X a-t-il … is rare; a cue with its subject before.
                    break;
                }
                // `« … » et a exhorté X`: a verb coordinated with the quote's clause shares its
                // subject; the noun phrase after it is its object.
                if !self.toks[start].has(class(WordClass::Adv) | class(WordClass::Conj))
                    || self.toks[start].has_role(Role::And)
                {
                    break;
                }
            }
        }
        // 3. Source marker in the sentence, unless a cue of the sentence names the person who
        //    spoke (the marker then names the medium that reports it).
        //    A marker before another clause whose cue has its own subject (`Selon X, … mais Y
        //    assure : « … »`) leaves the quote to that cue (rule 4).
        if let Some((sp, cue, conf)) = self.selon(ents, s_start, s_end, open, close) {
            let marker = self.tok_at(cue.0);
            if let Some(f) = self.cued_person(ents, s_start, marker, open, close) {
                return Some(f);
            }
            if !self.cue_with_subject(ents, self.tok_at(cue.1), open) {
                return Some((sp, Method::Selon, conf, Some(cue)));
            }
        }
        // 3b. An opinion marker opening the sentence before a speaker and a comma (`Pour X, « … »`),
        //    under the guards of rule 3.
        if let Some((sp, cue, conf)) = self.opinion(ents, s_start, open) {
            if let Some(f) = self.cued_person(ents, s_start, self.tok_at(cue.0), open, close) {
                return Some(f);
            }
            if !self.cue_with_subject(ents, self.tok_at(cue.1), open) {
                return Some((sp, Method::Selon, conf, Some(cue)));
            }
        }
        // 3b'. An opinion marker after the quote and a comma, before a person or a body ending
        //    the sentence or followed by its apposition (`Un plan « … », pour X, déléguée CFDT.`).
        if let Some((sp, cue, conf)) = self.opinion_after(ents, close, s_end) {
            return Some((sp, Method::Selon, conf, Some(cue)));
        }
        // 3c. A quote opening its sentence before a speech act's noun and its author
        //    (`« … » : le cri d'alarme de X`).
        // Only marks before it, or other quotes (« … », « … ».): nothing of the writer's own.
        let bare = open == s_start || (s_start..open).all(|k| self.toks[k].kind == TokKind::Punct || self.in_quote[k]);
        if bare && close < s_end {
            let j = self.skip_marks(close, s_end, 2, &[':', ',', '—', '–', '-']);
            let limit = (j..s_end).find(|&k| self.in_quote[k]).unwrap_or(s_end);
            if j > close {
                if let Some((sp, m, c, cue)) = self.speech_act(ents, j, limit) {
                    return Some((sp, m, c, Some(cue)));
                }
            }
        }
        // 4. Cue before the quote in its sentence: the nearest first, but for a direct quote
        //    after a colon, the main clause's cue (the earliest) first.
        let colon = open > s_start && self.toks[open - 1].is(':');
        // A verb that is a cue only next to a quote counts here when it ends the clause whose
        // colon opens the quote (`X interpelle le ministre : « … »`).
        let opens_quote = |c: &Cue| {
            colon && c.end < open && {
                let between = &self.toks[c.end..open - 1];
                between.len() <= 6 && between.iter().all(|t| t.kind == TokKind::Word)
            }
        };
        let mut before: Vec<Cue> = Vec::new();
        let mut k = s_start;
        while k < open {
            match self.cue_any(k, open).filter(|c| !c.adjacent || opens_quote(c)) {
                Some(c) => {
                    // Keep the widest form starting here (a déclaré, not déclaré).
                    before.push(c);
                    k = c.end.max(k + 1);
                }
                None => k += 1,
            }
        }
        if !colon {
            before.reverse();
        } else if before.len() > 1 && before.last().is_some_and(|c| opens_quote(c) && self.after_relative(c.start)) {
            // A relative clause whose verb ends at the colon (…, résumée par X, qui souligne :
            // « … ») says the quote, not the main clause before it.
            before.rotate_right(1);
        }
        // A main clause's cue ending before a colon that the quote does not open (`X a annoncé :
        // … « … » …, a dit Y.`) yields to a later incise naming a person: Y said the words.
        if !colon && before.last().is_some_and(|c| (c.end..open).any(|k| self.toks[k].is(':') && !self.in_quote[k])) {
            if let Some(f) = self.later_named_incise(ents, close, s_end) {
                return Some(f);
            }
        }
        for cue in before.into_iter().take(3) {
            if let Some((sp, m, c)) = self.main_subject_past_subordinate(ents, &cue, s_start, open) {
                return Some((sp, m, c, None));
            }
            // A passive's agent says the words (qualifié de « … » par les pompiers).
            if let Some((sp, m, c)) = self.passive_agent(ents, &cue, s_end) {
                return Some((sp, m, c, Some(self.span(cue.start, cue.end))));
            }
            let r = if cue.pronoun.is_some() {
                self.subject_before(ents, &cue, s_start)
            } else if self.is_participle(&cue) {
                // A participle opening the sentence takes the subject of the main verb, after
                // the quote (`While admitting the plan had "failed", X said`), not its object.
                self.subject_before(ents, &cue, s_start).or_else(|| {
                    let main_later = (close..s_end).any(|i| self.cue_at(i, s_end).is_some());
                    if main_later {
                        None
                    } else {
                        self.subject_after(ents, &cue, open)
                    }
                })
            } else {
                self.subject_before(ents, &cue, s_start).or_else(|| {
                    // Et de conclure X : « … » / déclare X : « … »; not the object of
                    // `a exhorté les habitants à « … »`.
                    (!self.object_then_quote(cue.end, s_end)).then(|| self.subject_after(ents, &cue, open)).flatten()
                })
            };
            if let Some((sp, m, c)) = r {
                return Some((sp, m, c, Some(self.span(cue.start, cue.end))));
            }
        }
        // 4b. A speech verb with no subject after a lead opening the sentence (`Et d'ajouter :
        //    « … »`, `Tout en relativisant : « … »`) goes on with the previous speaker, if any.
        if let Some(cue) = self.continuation_cue(s_start, open) {
            let span = Some(self.span(cue.start, cue.end));
            return self.continued_speaker(ents, s_start, q.para).map(|sp| (sp, Method::CarriedOver, 0.6, span));
        }
        if open >= 1 && self.toks[open - 1].is(':') {
            // Both frames read the same chunks: a resolve that fails (a pronoun) changes no entity.
            // 5a. A speech act's noun and its author opening the sentence (`L'appel de X : « … »`).
            let first_word = (s_start..open - 1).find(|&k| self.toks[k].kind != TokKind::Punct);
            if let Some(f) = first_word {
                if let Some((sp, m, c, cue)) = self.speech_act(ents, f, open - 1) {
                    return Some((sp, m, c, Some(cue)));
                }
            }
            let chunks = self.chunks(ents, s_start, open - 1);
            // A place alone before the colon (`Normandie : « … »`) is where, not who.
            let lone_place = matches!(chunks.as_slice(), [c] if c.end == open - 1
                && Some(c.start) == first_word
                && matches!(c.kind, ChunkKind::Entity(e) if ents.list[e].etype == EntityType::Loc));
            // 5'. A clause of its own before the colon, its subject opening the sentence right
            //    before an auxiliary (`Le technicien a aussi eu un mot pour son buteur, X : « … »`):
            //    the subject speaks, not what stands last before the colon.
            if let Some((sp, conf)) = self.clause_subject_before_colon(ents, &chunks, first_word, open - 1) {
                return Some((sp, Method::Headline, conf.min(0.6), Some(self.span(open - 1, open))));
            }
            // 5. Headline or colon frame: X : «…».
            if let Some(c) = chunks.last().copied().filter(|_| open >= 2 && !lone_place) {
                if c.end == open - 1 && !c.complement {
                    if let Some((sp, _, conf)) = self.resolve(ents, &c, open) {
                        let colon = self.span(open - 1, open);
                        return Some((sp, Method::Headline, conf.min(0.85), Some(colon)));
                    }
                }
            }
            // 5a'. A verbless frame ending with an opinion marker and its source (`Même constat
            //    pour X : « … »`): not a place.
            if let Some((c, m)) = self.opinion_frame(ents, &chunks, s_start, open - 1) {
                if let Some((sp, _, conf)) = self.resolve(ents, &Chunk { complement: false, ..c }, open) {
                    let span = self.span(m, m + 1);
                    return Some((sp, Method::Headline, conf.min(0.6), Some(span)));
                }
            }
            // 5b. Colon frame with the subject opening the sentence (X, syndicaliste, est inquiet : «…»).
            if let Some(c) =
                chunks.into_iter().find(|c| !lone_place && !c.complement && !matches!(c.kind, ChunkKind::Pronoun(_)))
            {
                if matches!(c.kind, ChunkKind::Entity(_) | ChunkKind::Name | ChunkKind::Titled) {
                    if let Some((sp, _, conf)) = self.resolve(ents, &c, open) {
                        return Some((sp, Method::Headline, conf.min(0.6), Some(self.span(open - 1, open))));
                    }
                }
            }
        }
        // 5c. A title line of a name, a comma and the quote to its end (`Halep, « … »`).
        if let Some(f) = self.comma_headline(q, ents, s_start, open, close) {
            return Some(f);
        }
        // 5d. A quote opening on a speech verb right after its clause's subject, with no verb of
        //    its own (`Le ministère « condamne fermement … » et appelle …`): the subject said it.
        if self
            .toks
            .get(open + 1)
            .is_some_and(|t| t.kind == TokKind::Word && !t.upper && self.lang.verb_forms.contains_key(t.key.as_str()))
            && (s_start..open).all(|k| !self.in_quote[k] && self.cue_any(k, open).is_none())
        {
            // The verb is the quote's own: no cue outside it.
            let cue = None;
            // An article and a name the entities cover to the mark (le ministère des Affaires
            // étrangères « … »): that entity.
            if let Some((e, m)) = open.checked_sub(1).and_then(|k| ents.mention_at(k)) {
                let article = m.tok_start > s_start && self.toks[m.tok_start - 1].has_role(Role::The);
                if m.tok_end == open && (article || m.tok_start == s_start) {
                    let method =
                        if ents.list[e].etype == EntityType::Per { Method::Explicit } else { Method::Organization };
                    if ents.list[e].etype != EntityType::Loc {
                        return Some((self.speaker_of(ents, e), method, 0.7, cue));
                    }
                }
            }
            if let Some((sp, m, conf)) = self.subject_of_quote(ents, s_start, open) {
                return Some((sp, m, conf.min(0.7), cue));
            }
        }
        // 6. A cue later in the sentence; the previous paragraph ending with a colon.
        // A verb that is a cue only next to a quote counts here right after the closing mark and
        // a short subject (`"…," he continued`).
        // Or as an incise after a short tail of the quote's clause (`«…» russes, a lancé X`).
        let next_to_quote = |c: &Cue| {
            let incise = c.start > close && self.toks[c.start - 1].is(',');
            let until = if incise { c.start - 1 } else { c.start };
            let mut words = self.toks[close..until].iter().skip_while(|t| t.kind == TokKind::Punct);
            let mut n = 0;
            words.all(|t| {
                n += 1;
                t.kind == TokKind::Word && n <= 4
            })
        };
        let later: Vec<Cue> =
            (close..s_end).filter_map(|i| self.cue_any(i, s_end)).filter(|c| !c.adjacent || next_to_quote(c)).collect();
        // An incise's verb (`…, a affirmé X`) before the first; not a participle going on with
        // the clause (`the mayor said, adding that`).
        let later = later
            .iter()
            .find(|c| c.start > 0 && self.toks[c.start - 1].is(',') && !self.is_participle(c))
            .or(later.first())
            .copied();
        if let Some(cue) = later {
            // `…, a affirmé mercredi le ministre` is an incise: its subject follows.
            let incise = cue.start > 0 && self.toks[cue.start - 1].is(',');
            // A participle (`…, adding that X …`) goes on with the clause's subject: what
            // follows it is its object, where only a pronoun (`adding that he`) is the speaker.
            let r = if self.is_participle(&cue) {
                let pronoun = self.subject_after_is_pronoun(ents, &cue, s_end);
                // Right after the quote, the subject of the clause the quote is in (`La préfecture
                // « … », rappelant que …`).
                let right_after = self.toks[close..cue.start].iter().all(|t| t.kind == TokKind::Punct);
                pronoun
                    .then(|| self.subject_after(ents, &cue, s_end))
                    .flatten()
                    .or_else(|| self.subject_before(ents, &cue, close))
                    .or_else(|| right_after.then(|| self.subject_of_quote(ents, s_start, open)).flatten())
            } else if incise {
                let end = (cue.end..s_end).find(|&k| self.in_quote[k]).unwrap_or(s_end);
                self.statement_speaker(ents, cue.end, end, q.para)
                    .map(|sp| (sp, Method::Unnamed, 0.5))
                    .or_else(|| self.subject_after(ents, &cue, s_end))
                    .or_else(|| self.subject_before(ents, &cue, close))
                    .or_else(|| self.one_of_them(cue.end, s_end).map(|sp| (sp, Method::Unnamed, 0.5)))
            } else {
                self.subject_before(ents, &cue, close).or_else(|| {
                    (!self.object_then_quote(cue.end, s_end)).then(|| self.subject_after(ents, &cue, s_end)).flatten()
                })
            };
            if let Some((sp, m, c)) = r {
                return Some((sp, m, (c - 0.1).max(0.3), Some(self.span(cue.start, cue.end))));
            }
        }
        let para = &self.seg.paragraphs[q.para];
        let starts_para = open == para.tok_start
            || (open > para.tok_start && self.toks[para.tok_start..open].iter().all(|t| t.kind == TokKind::Punct));
        if starts_para && q.para > 0 {
            let prev = &self.seg.paragraphs[q.para - 1];
            if self.toks[prev.tok_end - 1].is(':') {
                let (ps, _) = self.sentence_of(prev.tok_end - 1);
                if let Some(cue) = self.cue_backward(ps, prev.tok_end - 1) {
                    if let Some((sp, m, c)) = self.subject_before(ents, &cue, ps) {
                        return Some((sp, m, c, Some(self.span(cue.start, cue.end))));
                    }
                }
                let chunks = self.chunks(ents, ps, prev.tok_end - 1);
                if let Some(c) = chunks.last().copied().filter(|c| c.end == prev.tok_end - 1) {
                    if let Some((sp, _, conf)) = self.resolve(ents, &c, open) {
                        return Some((
                            sp,
                            Method::Headline,
                            conf.min(0.8),
                            Some(self.span(prev.tok_end - 1, prev.tok_end)),
                        ));
                    }
                }
            }
        }
        // 6b. A quote that is its whole sentence, named by the next sentence looking back on it
        //    (`« … » C'est ce qu'a affirmé X.`, `Ce sont les mots de X.`).
        if bare {
            if let Some(f) = self.retrospective(ents, q.para, close, s_end) {
                return Some(f);
            }
        }
        // 7. A bare quote that opens its sentence continues the previous speaker; so does one
        //    after a lone conjunction or adverb (Mais « … », Puis « … ») when that speaker spoke
        //    in its paragraph or the one before, as does an interview's answer (R : « … »).
        let led = !bare
            && open == s_start + 1
            && self.toks[s_start].kind == TokKind::Word
            && self.toks[s_start].has(class(WordClass::Conj) | class(WordClass::Adv))
            && !self.toks[s_start].has(class(WordClass::Det));
        // An interview's answer (R : « … »), its marker opening the sentence before a colon.
        let answer = open == s_start + 2
            && self.toks[s_start + 1].is(':')
            && self.lang.answer_markers.contains(self.toks[s_start].key.as_str());
        if bare || led || answer {
            // An unnamed speaker (« … », se justifie un pillard. « … »), else an organization
            // (« … », explique Météo France. « … »), that spoke since the last named person, in
            // this paragraph or the one before, goes on.
            let organization = self.last_plural.as_ref().filter(|(sp, _)| sp.entity.is_some());
            for (sp, pos) in [self.last_unnamed.as_ref(), organization].into_iter().flatten() {
                if self.last_speaker.is_none_or(|(_, l)| l < *pos) && self.toks[*pos].para as usize + 1 >= q.para {
                    return Some((sp.clone(), Method::CarriedOver, 0.5, None));
                }
            }
            if let Some((e, pos)) = self.last_speaker {
                let near = self.toks[pos].para as usize + if led { 1 } else { 3 } >= q.para;
                if near {
                    // A person named as speaking since, without a quote (`Chris Minns said the
                    // government should prove it.`), is the one the quote goes on with.
                    let sp = self.reported_speaker_between(ents, pos, s_start);
                    return Some((sp.unwrap_or_else(|| self.speaker_of(ents, e)), Method::CarriedOver, 0.6, None));
                }
            }
            // No quote before: the person the text was just about.
            if let Some(e) = self.resolve_person(ents, Gender::U, open).filter(|_| !led) {
                let pos = ents.list[e]
                    .mentions
                    .iter()
                    .filter(|m| m.tok_start < open)
                    .map(|m| self.toks[m.tok_start].para as usize)
                    .max();
                if pos.is_some_and(|p| p + 2 >= q.para) {
                    return Some((self.speaker_of(ents, e), Method::CarriedOver, 0.45, None));
                }
            }
        }
        // 8. A fragment completing its clause's verb group, in a sentence with no cue and no
        //    source marker: the clause's subject said it (`X n'a «pas de portable»`).
        if q.kind == QuoteKind::Partial {
            return self.fragment_subject(ents, q, open, close, s_start, s_end).or_else(|| {
                // 9. Else, for a fragment in lower case (a capitalized one may be a title), the
                //    previous quote's named speaker, when quoted in this paragraph or the one
                //    before (« … », dit-elle. … L'objectif étant de « … »).
                let (sp, pos, _) = self.last_quote.as_ref()?;
                let sp = sp.as_ref().filter(|sp| sp.entity.is_some())?;
                let lower = q.parts.first().is_some_and(|&(a, b)| self.text[a..b].starts_with(char::is_lowercase));
                (lower && self.toks[*pos].para as usize + 1 >= q.para)
                    .then(|| (sp.clone(), Method::CarriedOver, FRAGMENT_CARRY_CONFIDENCE, None))
            });
        }
        None
    }

    /// The speaker a quote ending its sentence gets from the next sentence, when that one opens
    /// with a lead looking back on it (`data/<lang>/retrospective_leads.tsv`): the subject of its
    /// first speech verb (`C'est ce qu'a affirmé X`, `C'est ce que X a déclaré`) or the author of
    /// its speech act (`Ce sont les mots de X`). The next sentence is in the quote's paragraph, or
    /// opens the next one when the quote ends its own.
    fn retrospective(&mut self, ents: &mut Entities, para: usize, close: usize, s_end: usize) -> Option<Found> {
        let toks = self.toks;
        if s_end >= toks.len() || !toks[close..s_end].iter().all(|t| t.kind == TokKind::Punct) {
            return None;
        }
        let next_para = toks[s_end].para as usize;
        if next_para != para && (next_para != para + 1 || self.seg.paragraphs[para].tok_end != s_end) {
            return None;
        }
        let (n_start, n_end) = self.sentence_of(s_end);
        let (lead, next) = self
            .lang
            .retrospective_leads
            .iter()
            .find(|(p, _)| n_start + p.len() < n_end && phrase_starts_at(toks, n_start, p))?;
        let j = n_start + lead.len();
        let limit = (j..n_end).find(|&k| self.in_quote[k]).unwrap_or(n_end);
        match next {
            LeadNext::Act => self.speech_act(ents, j, limit).map(|(sp, m, c, cue)| (sp, m, c.min(0.7), Some(cue))),
            LeadNext::Cue => {
                let cue = (j..limit).find_map(|k| self.cue_any(k, limit))?;
                let (sp, m, c) = if cue.start == j {
                    self.subject_after(ents, &cue, limit)?
                } else {
                    self.subject_before(ents, &cue, j)?
                };
                Some((sp, m, c.min(0.7), Some(self.span(cue.start, cue.end))))
            }
        }
    }

    /// The speaker of a partial quote completing an auxiliary's verb group right before it
    /// (`X n'a «pas de portable»`, `X a dû «aller …»`, `X s'est adressé «à …»`): the
    /// group's subject, a person, an organization or a description that can speak, not a
    /// pronoun or a place. Only a lower-case fragment of three words or more, in a sentence
    /// with no speech cue and no source marker; never after a passive's or a copula's "be".
    fn fragment_subject(
        &mut self,
        ents: &mut Entities,
        q: &Quote,
        open: usize,
        close: usize,
        s_start: usize,
        s_end: usize,
    ) -> Option<Found> {
        let lower =
            q.parts.first().is_some_and(|&(a, b)| self.text[a..b].chars().next().is_some_and(char::is_lowercase));
        let words = self.toks[open..close].iter().filter(|t| t.kind == TokKind::Word).count();
        if !lower || words < 3 {
            return None;
        }
        let (g, aux) = self.verb_group_before(s_start, open)?;
        // The word before the group ends the subject (a name, a noun), an apposition (`,`) or
        // a coordination (`et n'a donc`); not an object pronoun (`l'a`) nor a preposition.
        let before = &self.toks[g.checked_sub(1).filter(|&k| k >= s_start)?];
        let ends_subject = if before.kind == TokKind::Word {
            !before.has(lex::FUNCTION_WORD) || before.has_role(Role::And)
        } else {
            before.is(',')
        };
        if !ends_subject
            || (s_start..s_end).any(|k| !(open..close).contains(&k) && self.cue_any(k, s_end).is_some())
            || !self.markers_in(s_start, s_end).is_empty()
        {
            return None;
        }
        let cue = Cue { start: g, end: aux + 1, pronoun: None, adjacent: false };
        let (sp, m, conf) = self.subject_before(ents, &cue, s_start)?;
        let place = sp.entity.is_some_and(|e| ents.list[e].etype == EntityType::Loc);
        (m != Method::Pronoun && !place).then(|| (sp, m, conf.min(0.5), Some(self.span(g, open))))
    }

    /// The verb group of an auxiliary ending right before token `open`: (its first token, the
    /// auxiliary). A negation and a reflexive may precede the auxiliary (`n'a`, `s'est`), up to
    /// three lower-case words that are no determiner and no form of "be" may follow it (`a dû`,
    /// `n'a donc`); the auxiliary is not a passive's or a copula's "be" (`est « … »`).
    fn verb_group_before(&self, s_start: usize, open: usize) -> Option<(usize, usize)> {
        let mut k = open;
        let aux = loop {
            if k <= s_start || open - k > 3 {
                return None;
            }
            k -= 1;
            let t = &self.toks[k];
            if t.kind != TokKind::Word || self.in_quote[k] || t.upper || t.has(class(WordClass::Det)) {
                return None;
            }
            if t.has(class(WordClass::Aux)) {
                break k;
            }
            if self.lang.passive_be.contains(t.key.as_str()) {
                return None;
            }
        };
        if self.passive_at(aux) {
            return None;
        }
        let mut g = aux;
        while g > s_start
            && self.toks[g - 1].kind == TokKind::Word
            && self.toks[g - 1].has(class(WordClass::Neg) | class(WordClass::Refl))
        {
            g -= 1;
        }
        Some((g, aux))
    }
}
