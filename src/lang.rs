//! Language knowledge loaded from data files: speech verbs, titles, first names, quote marks…
//!
//! Nothing language-specific is written in code: each [`Language`] is compiled
//! from the plain-text files under `data/<lang>/`, embedded in the binary.
//! Keys are folded with [`crate::fold::fold_key`] so lookups ignore case and accents.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub use crate::boilerplate::Boilerplate;
use crate::error::{Error, Result};
use crate::fold::fold_key;
use crate::segment::Apostrophes;

/// Grammatical gender as the data files and gazetteers spell it (`m`, `f`, or unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// Masculine.
    M,
    /// Feminine.
    F,
    /// Unknown or either.
    #[default]
    U,
}

impl Gender {
    /// Parses `m`/`f`/anything else (unknown).
    pub fn parse(s: &str) -> Gender {
        match s.trim() {
            "m" | "M" => Gender::M,
            "f" | "F" => Gender::F,
            _ => Gender::U,
        }
    }

    /// Whether two genders can refer to the same person (unknown agrees with anything).
    pub fn agrees(self, other: Gender) -> bool {
        self == Gender::U || other == Gender::U || self == other
    }
}

/// What a speech verb is, once its form is recognized.
#[derive(Debug, Clone)]
pub struct Verb {
    /// The infinitive (`déclarer`, `faire valoir`).
    pub lemma: String,
    /// Prepositions that introduce a quoted fragment as its complement (`qualifier … de`).
    pub complement: Vec<String>,
    /// Number of words in the form.
    pub words: usize,
    /// A cue only next to a quote (an incise, right after the closing mark: `"…," he continued`).
    pub adjacent: bool,
    /// The form is the infinitive itself (`ajouter`, `faire valoir`, `inquiéter` of `s'inquiéter`).
    pub infinitive: bool,
}

/// The verb form a continuation lead takes after it ([`Language::continuation_leads`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeadVerb {
    /// An infinitive (`Et d'ajouter`).
    Infinitive,
    /// A present participle (`Tout en relativisant`).
    Participle,
}

/// What names the speaker after a retrospective lead ([`Language::retrospective_leads`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeadNext {
    /// A speech verb and its subject (`C'est ce qu'a affirmé X`, `C'est ce que X a dit`).
    Cue,
    /// A speech act's noun and its author (`Ce sont les mots de X`).
    Act,
}

/// A title or role word placed before a name (`M.`, `Mme`, `le ministre`).
#[derive(Debug, Clone)]
pub struct Title {
    /// Gender the title implies.
    pub gender: Gender,
    /// `true` for honorifics (M., Mme), `false` for roles (président, ministre).
    pub honorific: bool,
}

/// A head noun of a description that can designate a speaker (`ministre`, `manifestants`).
#[derive(Debug, Clone, Copy)]
pub struct RoleNoun {
    /// Gender of the noun.
    pub gender: Gender,
    /// Plural noun.
    pub plural: bool,
}

/// Word classes needed by the rules (determiners, prepositions, auxiliaries, adverbs…).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    /// Determiner (`le`, `une`, `son`).
    Det,
    /// Preposition (`à`, `avec`, `dans`).
    Prep,
    /// Auxiliary verb form (`a`, `ont`, `avait`, `est`).
    Aux,
    /// Adverb or adverbial that can sit inside a verb group (`également`, `encore`).
    Adv,
    /// Subordinating word after which a new clause begins (`que`, `qui`).
    Sub,
    /// Coordinating conjunction.
    Conj,
    /// Negation particle (`ne`, `pas`).
    Neg,
    /// Reflexive clitic (`se`, `s'`).
    Refl,
}

/// Finer roles of function words that single rules test (`of`, `the`, `and`…), declared in
/// `function_words.tsv` next to the word classes and kept as a bit each in [`crate::segment::Token::roles`].
/// A role a language lacks has no word there, and the rules that test it never fire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The preposition of a noun complement and its contractions (`de`, `d'`, `du`, `des`; `of`).
    Of,
    /// An article that continues an `of` complement (`la`, `l'` of `de la`, `de l'`; `the` of `of the`).
    AfterOf,
    /// A definite article (`le`, `la`, `l'`, `les`; `the`).
    The,
    /// A plural article (`les`, `des`, `aux`; English has none).
    Plural,
    /// A determiner that makes a description definite (`le`, `son`, `leurs`, `cette`; `the`, `his`).
    Definite,
    /// A determiner that makes a description plural (`les`, `plusieurs`; `several`).
    Group,
    /// Coordinating "and" (`et`; `and`).
    And,
    /// Coordinating "or" (`ou`; `or`).
    Or,
    /// The preposition "in" before a region (`dans`; `in`).
    In,
    /// The preposition introducing the agent of a passive (`par`; `by`).
    By,
    /// The complementizer of a completive clause (`que`, `qu'`; `that`).
    That,
    /// A relative pronoun (`qui`, `que`, `dont`; `who`, `which`).
    Rel,
    /// The pronoun "one" of a group after an article (`un`, `une` of `l'un d'entre eux`).
    One,
    /// "Among" after `of` in a partitive (`entre` of `d'entre eux`).
    Among,
    /// A preposition that is a source marker by itself (`selon`): not declared, derived from
    /// `source_markers.txt` and the `prep` class.
    Source,
    /// A determiner always followed by its noun (`un`, `cette`; `a`, `the`): a speech-verb form
    /// right after it is a noun (`un communiqué`).
    NounDet,
}

impl Role {
    /// The role a data-file class name stands for (`of`, `after_of`, `the`…).
    pub fn parse(name: &str) -> Option<Role> {
        Some(match name {
            "of" => Role::Of,
            "after_of" => Role::AfterOf,
            "the" => Role::The,
            "plural" => Role::Plural,
            "definite" => Role::Definite,
            "group" => Role::Group,
            "and" => Role::And,
            "or" => Role::Or,
            "in" => Role::In,
            "by" => Role::By,
            "that" => Role::That,
            "rel" => Role::Rel,
            "one" => Role::One,
            "among" => Role::Among,
            "noun_det" => Role::NounDet,
            _ => return None,
        })
    }

    /// Its bit in a role set ([`crate::segment::Token::roles`]).
    pub const fn bit(self) -> u16 {
        1 << self as u16
    }
}

// Every role needs its bit in `Token::roles` (a `u16`): a 17th role must widen it first.
const _: () = assert!((Role::NounDet as u32) < u16::BITS, "more roles than bits in Token::roles");

/// Bits of a [`Lexicon`] entry beyond the [`WordClass`] bits (0–7): which lists a folded word is in.
pub mod lex {
    /// A subject pronoun.
    pub const PRONOUN: u64 = 1 << 8;
    /// A one-word speech-verb form.
    pub const VERB_FORM: u64 = 1 << 9;
    /// A role noun.
    pub const ROLE_NOUN: u64 = 1 << 10;
    /// A head noun of unnamed sources.
    pub const SOURCE_NOUN: u64 = 1 << 11;
    /// A title, written with or without its final period.
    pub const TITLE: u64 = 1 << 12;
    /// The first word of a multiword title.
    pub const TITLE_HEAD: u64 = 1 << 13;
    /// A capitalized word that is never a name by itself.
    pub const STOP_CAP: u64 = 1 << 14;
    /// A first name.
    pub const FIRST_NAME: u64 = 1 << 15;
    /// A name particle.
    pub const PARTICLE: u64 = 1 << 16;
    /// An organization keyword.
    pub const ORG_KEYWORD: u64 = 1 << 17;
    /// A speech noun.
    pub const SPEECH_NOUN: u64 = 1 << 18;
    /// Any function word (some [`super::WordClass`] bit, or listed without one).
    pub const FUNCTION_WORD: u64 = 1 << 19;
    /// The first word of a source marker (`selon`, `d'` of `d'après`).
    pub const MARKER_HEAD: u64 = 1 << 20;
    /// A street keyword (`rue`, `boulevard`).
    pub const STREET_KEYWORD: u64 = 1 << 21;
    /// An institution keyword (`université`, `tribunal`).
    pub const INSTITUTION_KEYWORD: u64 = 1 << 22;
    /// A one-word place keyword (`îles`).
    pub const LOC_KEYWORD: u64 = 1 << 23;
    /// The first word of a place suffix (`du` of `du Nord`, `centrale`).
    pub const PLACE_SUFFIX_HEAD: u64 = 1 << 24;
    /// The last word of a place suffix (`nord` of `du Nord`, `centrale`).
    pub const PLACE_SUFFIX_END: u64 = 1 << 25;
    /// The last word of a place keyword of several words (`de` of `ville de`).
    pub const LOC_KEYWORD_END: u64 = 1 << 26;
    /// The word before the last of a place keyword of several words (`ville` of `ville de`).
    pub const LOC_KEYWORD_PENULT: u64 = 1 << 27;
    /// The first word of a multiword speech-verb form, or a form's start up to an apostrophe
    /// (`fait` of `fait valoir`, `s'` of `s'est`): with [`VERB_FORM`], every one-word key of
    /// `Language::verb_prefixes`.
    pub const VERB_PREFIX: u64 = 1 << 28;
    /// The first word of an event's head (`journée` of `journée de la`).
    pub const EVENT_HEAD: u64 = 1 << 29;
    /// A nationality noun (`Italienne`, `Briton`).
    pub const DEMONYM: u64 = 1 << 30;
    /// A folded word that function words spell differently (`a`, `à`): its entry is the
    /// unaccented spelling's; a token's own spelling picks its entry ([`super::Lexicon::respell`]).
    pub const SPELLED: u64 = 1 << 31;
    /// A common noun or adjective that opens names of things, not of persons (`Grand`, `Sécurité`, `Central`).
    pub const COMMON: u64 = 1 << 32;
}

/// Every list a folded word belongs to, as bits ([`lex`] and the [`WordClass`] bits), and its
/// [`Role`] bits, found with one lookup: words of up to 8 bytes (most function words) are packed into a `u64` key looked up
/// in a flat open-addressing table, longer ones go through a string map behind a one-bit filter.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Packed word and entry by slot, a power of two of them at most half full; key 0 is empty.
    short: Vec<(u64, Entry)>,
    /// How many slots of `short` are taken.
    short_len: usize,
    /// 64 minus log2 of the slot count: the hash keeps the top bits of a multiplication.
    shift: u32,
    /// One bit per [`Lexicon::short_bit`] value, 4 per slot of `short` (8 or more per word): a
    /// clear bit proves a short word is in no list without reading `short` (up to ¾ MB, out of
    /// the nearer caches for every rare word).
    short_filter: Vec<u64>,
    long: HashMap<String, Entry>,
    /// One bit per [`Lexicon::long_hash`] value (a power of two of them, 16 or more per long
    /// word): a clear bit proves a long word is not in `long`, without hashing the whole word.
    long_filter: Vec<u64>,
    /// 64 minus log2 of the bit count of `long_filter` (0 while it is empty: no bit is found).
    long_shift: u32,
    /// The words marked [`lex::SPELLED`]: folded word, its entry for a capitalized word without
    /// accents (every spelling's: capitals often lose their accents), and each accented spelling
    /// (lowercase) with its own entry.
    spelled: Vec<(String, Entry, Spellings)>,
}

/// The spellings of a folded word that accents tell apart: (lowercase spelling, its entry).
type Spellings = Vec<(String, Entry)>;

/// Whether bit `h` of the bit set `bits` (a lexicon filter) is set; false past its end (an empty
/// filter holds no bit).
#[inline]
fn bit_set(bits: &[u64], h: usize) -> bool {
    bits.get(h / 64).is_some_and(|w| w & (1 << (h % 64)) != 0)
}

/// Sets bit `h` of the bit set `bits` (a lexicon filter sized for it).
fn set_bit(bits: &mut [u64], h: usize) {
    bits[h / 64] |= 1 << (h % 64);
}

/// What a [`Lexicon`] holds for a word: its [`lex`] and [`WordClass`] bits and its [`Role`] bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Entry {
    /// [`lex`] and [`WordClass`] bits.
    pub lex: u64,
    /// [`Role`] bits.
    pub roles: u16,
}

impl Entry {
    /// Both entries' bits.
    fn or(self, o: Entry) -> Entry {
        Entry { lex: self.lex | o.lex, roles: self.roles | o.roles }
    }
}

impl Lexicon {
    /// The bytes of `w` as a little-endian `u64`, zero-padded, when it has 1 to 8 bytes.
    fn pack(w: &str) -> Option<u64> {
        let b = w.as_bytes();
        if b.len() > 8 || b.is_empty() {
            return None;
        }
        // NUL never occurs in a folded word, so the padding cannot make two words equal. The
        // bytes are put in place by two overlapping loads (4 to 8 bytes) or three (1 to 3).
        let n = b.len();
        let k = if n >= 4 {
            let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
            u64::from(lo) | (u64::from(hi) << (8 * (n - 4)))
        } else {
            u64::from(b[0]) | (u64::from(b[n / 2]) << (8 * (n / 2))) | (u64::from(b[n - 1]) << (8 * (n - 1)))
        };
        Some(k)
    }

    /// The first slot to probe for packed word `k` (Fibonacci hashing).
    fn slot(&self, k: u64) -> usize {
        (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// The slot of packed word `k`, or the empty slot where it would go.
    fn find(&self, k: u64) -> usize {
        let mask = self.short.len() - 1;
        let mut i = self.slot(k);
        while self.short[i].0 != k && self.short[i].0 != 0 {
            i = (i + 1) & mask;
        }
        i
    }

    /// The bit of the short-word filter for packed word `k` (a hash independent of
    /// [`Lexicon::slot`]'s; `shift` - 2 keeps 4 bits per slot).
    #[inline]
    fn short_bit(&self, k: u64) -> usize {
        (k.wrapping_mul(0xc2b2_ae3d_27d4_eb4f).rotate_left(17).wrapping_mul(0x1656_67b1_9e37_79f9) >> (self.shift - 2))
            as usize
    }

    /// Whether packed word `k` may be in `short` (its filter bit is set; the table is not empty).
    #[inline]
    fn may_be_short(&self, k: u64) -> bool {
        let h = self.short_bit(k);
        bit_set(&self.short_filter, h)
    }

    /// Sets the filter bit of packed word `k`.
    fn set_short_bit(&mut self, k: u64) {
        let h = self.short_bit(k);
        set_bit(&mut self.short_filter, h);
    }

    /// Doubles the slot count (64 at first) and puts the taken slots back, with their filter bits.
    fn grow(&mut self) {
        let cap = (self.short.len() * 2).max(64);
        let old = std::mem::replace(&mut self.short, vec![(0, Entry::default()); cap]);
        self.shift = 64 - cap.trailing_zeros();
        self.short_filter = vec![0; cap * 4 / 64];
        for (k, e) in old.into_iter().filter(|e| e.0 != 0) {
            let i = self.find(k);
            self.short[i] = (k, e);
            self.set_short_bit(k);
        }
    }

    /// Adds [`lex`] or [`WordClass`] `bits` to the entry of folded word `w`.
    pub fn add(&mut self, w: &str, bits: u64) {
        self.add_entry(w, Entry { lex: bits, roles: 0 });
    }

    /// Adds [`Role`] bits `roles` to the entry of folded word `w`.
    pub fn add_roles(&mut self, w: &str, roles: u16) {
        self.add_entry(w, Entry { lex: 0, roles });
    }

    /// Or-s `add` into the entry of folded word `w`.
    fn add_entry(&mut self, w: &str, add: Entry) {
        match Self::pack(w) {
            Some(k) => {
                if (self.short_len + 1) * 2 > self.short.len() {
                    self.grow();
                }
                let i = self.find(k);
                if self.short[i].0 == 0 {
                    self.short[i].0 = k;
                    self.short_len += 1;
                    self.set_short_bit(k);
                }
                self.short[i].1.lex |= add.lex;
                self.short[i].1.roles |= add.roles;
            }
            None if !w.is_empty() => {
                let e = self.long.entry(w.to_string()).or_default();
                e.lex |= add.lex;
                e.roles |= add.roles;
                self.filter_long(w);
            }
            None => {}
        }
    }

    /// A hash of a word of 8 bytes or more from its first and last 8 bytes and its length.
    fn long_hash(b: &[u8]) -> u64 {
        let word = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().expect("8 bytes"));
        Self::long_hash_of(word(0), word(b.len() - 8), b.len())
    }

    /// [`Lexicon::long_hash`] from the word's first and last 8 bytes (little-endian) and length.
    #[inline]
    fn long_hash_of(first: u64, last: u64, len: usize) -> u64 {
        (first ^ last.rotate_left(29) ^ len as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }

    /// The bit of the long-word filter for `b`: its index in bits (out of the filter while it is
    /// empty).
    fn long_bit(&self, b: &[u8]) -> usize {
        (Self::long_hash(b) >> self.long_shift) as usize
    }

    /// Whether long word `b` may be in `long` (its filter bit is set).
    #[inline]
    fn may_be_long(&self, b: &[u8]) -> bool {
        self.long_bit_set(self.long_bit(b))
    }

    /// Whether bit `h` of the long-word filter is set (never while it is empty).
    #[inline]
    fn long_bit_set(&self, h: usize) -> bool {
        bit_set(&self.long_filter, h)
    }

    /// Whether the ASCII word `b` of more than 8 bytes (no backtick), its capitals lowered when
    /// `has_upper`, may be in `long`: its filter bit from its first and last 8 bytes lowered as
    /// loaded, so that a word in no list is answered without being folded.
    #[inline]
    pub(crate) fn may_be_long_ascii(&self, b: &[u8], has_upper: bool) -> bool {
        let word = |i: usize| Self::pack_ascii(b[i..i + 8].try_into().expect("8 bytes"), 8, has_upper);
        self.long_bit_set((Self::long_hash_of(word(0), word(b.len() - 8), b.len()) >> self.long_shift) as usize)
    }

    /// Sets the filter bit of long word `w` (just added to `long`), first rebuilding the filter
    /// twice as big when it has fewer than 16 bits per long word.
    fn filter_long(&mut self, w: &str) {
        let want = (self.long.len() * 16).next_power_of_two().max(64);
        if self.long_filter.len() * 64 < want {
            self.long_filter = vec![0; want / 64];
            self.long_shift = 64 - want.trailing_zeros();
            for k in self.long.keys() {
                let h = self.long_bit(k.as_bytes());
                set_bit(&mut self.long_filter, h);
            }
        } else {
            let h = self.long_bit(w.as_bytes());
            set_bit(&mut self.long_filter, h);
        }
    }

    /// The [`lex`] and [`WordClass`] bits of folded word `w` (0 when it is in no list).
    #[inline]
    pub fn get(&self, w: &str) -> u64 {
        self.entry(w).lex
    }

    /// The entry of folded word `w` (empty when it is in no list).
    #[inline]
    pub fn entry(&self, w: &str) -> Entry {
        match Self::pack(w) {
            Some(k) => self.get_packed(k),
            None if w.len() > 8 && self.may_be_long(w.as_bytes()) => self.get_long(w),
            None => Entry::default(),
        }
    }

    /// The entry of the word packed into `k` by [`Lexicon::pack`] (its bytes little-endian,
    /// zero-padded).
    #[inline]
    pub(crate) fn get_packed(&self, k: u64) -> Entry {
        let Some(mask) = self.short.len().checked_sub(1) else { return Entry::default() };
        // Most words are in no list: the filter (in cache) answers them.
        if !self.may_be_short(k) {
            return Entry::default();
        }
        let mut i = self.slot(k);
        loop {
            match self.short[i & mask] {
                (key, bits) if key == k => return bits,
                (0, _) => return Entry::default(),
                _ => i += 1,
            }
        }
    }

    /// The entry of the ASCII word without backticks that is the first `len` (1 to 8) bytes of
    /// `window`, its capitals lowered (folded) when `has_upper`: packed with one load and a mask.
    #[cfg(test)]
    pub(crate) fn get_ascii(&self, window: [u8; 8], len: usize, has_upper: bool) -> Entry {
        self.get_packed(Self::pack_ascii(window, len, has_upper))
    }

    /// The ASCII word without backticks that is the first `len` (1 to 8) bytes of `window`, its
    /// capitals lowered (folded) when `has_upper`, packed as [`Lexicon::pack`] packs it: one load
    /// and a mask.
    #[inline]
    pub(crate) fn pack_ascii(window: [u8; 8], len: usize, has_upper: bool) -> u64 {
        debug_assert!((1..=8).contains(&len) && window[..len].is_ascii());
        const ONES: u64 = 0x0101_0101_0101_0101;
        let k = u64::from_le_bytes(window) & (u64::MAX >> (64 - 8 * len));
        if has_upper {
            // Every byte is below 0x80, so adding to each byte carries into its top bit only:
            // set from `A` on, and from past `Z` on; a capital gets its 0x20 bit.
            let from_a = k.wrapping_add(ONES * u64::from(0x80 - b'A'));
            let past_z = k.wrapping_add(ONES * u64::from(0x80 - b'Z' - 1));
            k | ((from_a & !past_z & (ONES * 0x80)) >> 2)
        } else {
            k
        }
    }

    /// The entry of the word token `surface` (folded `key`) whose entry `e` is marked
    /// [`lex::SPELLED`]: a word in small letters without accents keeps it (the unaccented
    /// spelling's), a capitalized one without accents takes every spelling's, an accented one
    /// its own spelling's (the unaccented one's when its spelling is not listed).
    #[inline]
    pub(crate) fn respell(&self, e: Entry, surface: &str, key: &str, ascii: bool, upper: bool) -> Entry {
        let plain = Entry { lex: e.lex & !lex::SPELLED, ..e };
        if ascii && !upper {
            return plain;
        }
        self.respell_other(plain, surface, key, ascii)
    }

    /// [`Lexicon::respell`] for a capitalized or accented word (kept out of line).
    #[inline(never)]
    fn respell_other(&self, plain: Entry, surface: &str, key: &str, ascii: bool) -> Entry {
        let Some((_, union, variants)) = self.spelled.iter().find(|s| s.0 == key) else { return plain };
        if ascii {
            return *union;
        }
        // Compared composed: a decomposed `a` + U+0300 is `à` (the data is written composed).
        let decomposed = surface.chars().any(crate::fold::is_combining_mark);
        let same = |w: &str| {
            if decomposed {
                use unicode_normalization::UnicodeNormalization;
                surface.nfc().flat_map(char::to_lowercase).eq(w.chars())
            } else {
                // A spelling is lowercase (lowering it again changes nothing): a word written as
                // it is matches without lowering.
                surface == w || surface.chars().flat_map(char::to_lowercase).eq(w.chars())
            }
        };
        variants.iter().find(|v| same(&v.0)).map_or(plain, |v| v.1)
    }

    /// The entry of folded word `w` of more than 8 bytes that passed the filter (kept out of
    /// line: [`Lexicon::entry`] stays small).
    #[inline(never)]
    fn get_long(&self, w: &str) -> Entry {
        self.long.get(w).copied().unwrap_or_default()
    }
}

/// A subject pronoun (`il`, `elles`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pronoun {
    /// Gender.
    pub gender: Gender,
    /// Plural.
    pub plural: bool,
    /// A demonstrative that stands for the nearest noun phrase before it, a person's or a
    /// body's (`celle-ci`, `celui-ci`: the `nearest` column of `pronouns.tsv`).
    pub nearest: bool,
}

/// All knowledge of one language, compiled from its data files.
#[derive(Debug)]
pub struct Language {
    /// ISO 639-1 code (`fr`).
    pub code: String,
    /// Speech verb forms, folded (`declare`, `fait valoir`) → verb.
    pub verb_forms: HashMap<String, Verb>,
    /// Longest speech-verb form in words.
    pub max_verb_words: usize,
    /// Every word-boundary prefix of a speech-verb form (`fait` of `fait valoir`), and the forms
    /// themselves: a cue search stops as soon as its words are no longer a prefix.
    pub verb_prefixes: HashSet<String>,
    /// Speech nouns (`communiqué`, `déclaration`), folded.
    pub speech_nouns: HashSet<String>,
    /// Source markers (`selon`, `d'après`), folded, possibly multiword, grouped by their first
    /// word: first word → the words after it, longest first (an empty tail is the one-word
    /// marker), so a token compares only the markers it starts and the longest match wins.
    pub source_markers: HashMap<String, Vec<Vec<String>>>,
    /// Subordinating conjunctions of several words (`alors que`, `bien qu'`), as token keys:
    /// their last word (`que`) is no relative pronoun there.
    pub sub_phrases: Vec<Vec<String>>,
    /// Titles and roles before names, folded → title.
    pub titles: HashMap<String, Title>,
    /// First words of multiword titles (`premier` of `premier ministre`), folded.
    pub title_heads: HashSet<String>,
    /// Titles written with a final period (`m.`, `dr.`), by their key without it (`m`, `dr`).
    pub dotted_titles: HashMap<String, Title>,
    /// Role nouns heading descriptions, folded → noun.
    pub role_nouns: HashMap<String, RoleNoun>,
    /// Head nouns of unnamed sources, folded.
    pub source_nouns: HashSet<String>,
    /// Abbreviations that do not end a sentence, exact case, with their final period.
    pub abbreviations: HashSet<String>,
    /// First names, folded → gender.
    pub first_names: HashMap<String, Gender>,
    /// Organization keywords, folded.
    pub org_keywords: HashSet<String>,
    /// Place keywords before a name (`ville de`), folded, possibly multiword.
    pub loc_keywords: Vec<Vec<String>>,
    /// Words opening an event's name (`journée de la`), folded, multiword, longest first.
    pub event_heads: Vec<Vec<String>>,
    /// Capitalized words that are never names by themselves, folded.
    pub stop_capitalized: HashSet<String>,
    /// Nationality nouns (`Italienne`, `Briton`), folded.
    pub demonyms: HashSet<String>,
    /// Common nouns and adjectives that open names of things, bodies, places and titles, never a
    /// person's (`Grand`, `Tour`, `Sécurité`; `Central`, `Station`), folded.
    pub common_words: HashSet<String>,
    /// The nationality nouns that are also adjectives before a capitalized noun (English
    /// `Russian` of `the Russian Embassy`), folded: one capitalized word after them is no surname.
    pub demonym_adjectives: HashSet<String>,
    /// Capitalized common words of portfolios' and institutions' names (`État`, `Affaires`), folded.
    pub portfolio_words: HashSet<String>,
    /// Words opening a sentence before a speaker and a comma that give their view (`Pour X, « … »`), folded.
    pub opinion_markers: HashSet<String>,
    /// Nouns of a speech act naming their author after `de` (`cri d'alarme`, `mise en garde`), as
    /// token keys, longest first.
    pub speech_acts: Vec<Vec<String>>,
    /// Openers of a place or a side before a comma and the impersonal subject pronoun (`À Bercy,
    /// on assure`, `Du côté de la direction, on défend`): the body named after one speaks; token
    /// keys, longest first.
    pub impersonal_frames: Vec<Vec<String>>,
    /// Nouns of texts that can be the subject of a speech verb (`le décret précise`), folded.
    pub document_nouns: HashSet<String>,
    /// Generic heads of a definite description standing for the organization just named
    /// (`l'établissement`, `le groupe`), folded.
    pub org_anaphors: HashSet<String>,
    /// Heads that, with an organization as complement, stand for it: its management speaking
    /// (`la direction de X`: `org_voices.txt`), folded.
    pub org_voices: HashSet<String>,
    /// Role nouns standing for a group, a body or an unnamed source (`l'opposition`, `la
    /// défense`), never for the one person just named (`group_nouns.txt`), folded.
    pub group_nouns: HashSet<String>,
    /// Role nouns that name a person's field, not one post (`la syndicaliste`, `le médecin`):
    /// such a description may stand for the person just named whatever role an apposition gave
    /// them (`generic_roles.txt`), folded.
    pub generic_roles: HashSet<String>,
    /// Words marking a description as the one just cited (`la même source`), folded.
    pub same_words: HashSet<String>,
    /// Words of a speaker's own voice (first and second person: `je`, `nous`, `vous`), folded: a
    /// capitalized fragment holding one is speech, not a title.
    pub voice_words: HashSet<String>,
    /// Answer and ballot words (`oui`, `non`), folded: one quoted alone is a term, not speech.
    pub ballot_words: HashSet<String>,
    /// Words opening an interview's answer before a colon (`R`, `Réponse`), folded: the quote
    /// after one continues the previous speaker.
    pub answer_markers: HashSet<String>,
    /// Words opening a law's or a campaign's title quoted after its noun (`pour`, `contre`),
    /// folded: a fragment opening with one that has no speaker is a term.
    pub title_openers: HashSet<String>,
    /// Words besides `de` that join a lower-case complement to an organization keyword (`contre`
    /// of `Ligue contre le cancer`), folded, with whether the word holds its article (`aux`) or
    /// an article must follow it (`pour le`).
    pub org_links: HashMap<String, bool>,
    /// Role nouns, folded, and the words besides `de` that join a complement to them in a
    /// description (`au` of `l'adjoint au maire`), folded.
    pub role_links: HashMap<String, Vec<String>>,
    /// Nouns naming to whom or where one speaks (`micro` of `au micro de`, `reporters`), folded:
    /// never a role link's complement.
    pub audience_nouns: HashSet<String>,
    /// Endings of adjectives that follow their noun (`al` of `national`, `rouge`), lower case
    /// with accents: a bare word after an organization keyword needs one to go on its name.
    pub adjective_endings: Vec<String>,
    /// Endings of adverbs (`adverb_suffixes.txt`: `-ment`; `-ly`), lowercase: an unlisted word with
    /// one may sit between an auxiliary and its participle (`a été rapidement qualifié`).
    pub adverb_suffixes: Vec<String>,
    /// Words opening a sentence before a speech verb with no subject, which goes on with the
    /// previous speaker (`et d'` of `Et d'ajouter : « … »`), as token keys, longest first, with
    /// the verb form they take.
    pub continuation_leads: Vec<(Vec<String>, LeadVerb)>,
    /// Words opening the sentence after a quote that is its whole sentence and looking back on it
    /// (`c'est ce qu'` of `« … » C'est ce qu'a affirmé X.`), as token keys, longest first, with
    /// what names the speaker after them.
    pub retrospective_leads: Vec<(Vec<String>, LeadNext)>,
    /// What the tokenizer cuts at an apostrophe: elided words before it (`l'`), clitic suffixes
    /// after it (the `s` of English `'s`).
    pub apostrophes: Apostrophes,
    /// Whole-line boilerplate patterns (case-insensitive), compiled on first use.
    pub boilerplate: Boilerplate,
    /// Headers of a list of links to other articles (`autres articles`, `more stories`), folded.
    pub related_headers: HashSet<String>,
    /// The first words of [`Language::related_headers`], folded.
    pub related_first_words: HashSet<String>,
    /// The longest folded header of [`Language::related_headers`], in bytes.
    pub related_header_len: usize,
    /// The most words of a header of [`Language::related_headers`].
    pub related_header_words: usize,
    /// Quote mark pairs (open, close).
    pub quote_marks: Vec<(char, char)>,
    /// Subject pronouns, folded → pronoun.
    pub pronouns: HashMap<String, Pronoun>,
    /// Subject pronouns of several words (`ce dernier`), folded words → pronoun.
    pub pronoun_phrases: Vec<(Vec<String>, Pronoun)>,
    /// Tonic pronouns that stand for the source after a source marker (`selon lui`), folded → pronoun.
    pub tonic_pronouns: HashMap<String, Pronoun>,
    /// Determiners that tell the gender or the number of the description they open (`la
    /// ministre`, `les porte-parole`), folded → gender and number (as a [`Pronoun`]).
    pub determiner_genders: HashMap<String, Pronoun>,
    /// Function words, folded → their classes (a bit per [`WordClass`]).
    pub words: HashMap<String, u16>,
    /// Words with a finer function, folded → their roles (a bit per [`Role`]).
    pub roles: HashMap<String, u16>,
    /// Every one-word list above in one table: a folded word → its [`lex`] and class bits.
    pub lexicon: Lexicon,
    /// Function words a folded key stands for in several spellings (`a`, `à`): folded →
    /// (lowercase spelling, its class, role and particle bits).
    spellings: HashMap<String, Spellings>,
    /// Name particles (`de`, `van`, `al-`), folded.
    pub particles: HashSet<String>,
    /// Forms of "be" that make a passive with a participle (`sont`, `été`), folded.
    pub passive_be: HashSet<String>,
    /// Demonstrative determiners (`ce`, `cette`; `this`): a description they open points back to
    /// the person just spoken of (cette retraitée, this official).
    pub demonstratives: HashSet<String>,
    /// Words announcing a title or a nickname in quotation marks, folded → `true` when they
    /// announce any name (`surnommé`), `false` when only a capitalized title (`film`).
    pub term_markers: HashMap<String, bool>,
    /// Role equivalences (`chef de la diplomatie` → `ministre des affaires étrangères`): a
    /// phrase's words → the role's words, folded, hyphens read as spaces, longest first.
    pub role_synonyms: Vec<(Vec<String>, Vec<String>)>,
    /// Modifiers that change who holds a role (`ancien`, `adjoint`), folded.
    pub strict_role_words: HashSet<String>,
    /// Lower-case heads of institutions named after a place (`université de Berne`), folded.
    pub institution_keywords: HashSet<String>,
    /// Organization keywords that name a body alone when capitalized (`Parlement`, `Sénat`), folded.
    pub lone_org_keywords: HashSet<String>,
    /// Lower-case heads of street names (`rue`, `boulevard`), folded.
    pub street_keywords: HashSet<String>,
    /// Sports roles whose complement place is a club (`entraîneur de Lille`), folded.
    pub club_roles: HashSet<String>,
    /// Heads of landmark names, capitalized or not (`Tour Eiffel`, `Champ de Mars`), folded, each
    /// with the article a lower-case head must follow, if any (`la tour`, not `au tour de`).
    pub landmark_heads: HashMap<String, Option<String>>,
    /// Lower-case links inside compound place names (`sur` of `Châlons-sur-Marne`), folded.
    pub place_infixes: HashSet<String>,
    /// Words hyphenated before a place name that make another place of it (`Sud` of
    /// `Sud-Liban`), folded.
    pub place_prefixes: HashSet<String>,
    /// Words after a place name that make another place of it (`du Nord-Est`), folded, possibly
    /// multiword.
    pub place_suffixes: Vec<Vec<String>>,
    /// Endings of the present participle (`ant` of `affirmant`), folded.
    pub participle_suffixes: Vec<String>,
    /// Endings only a past participle has (`é`, `ées` of `prononcées`), lower case with accents.
    pub past_participle_suffixes: Vec<String>,
}

/// One embedded data file: its name (for error messages) and contents.
struct DataFile {
    name: &'static str,
    text: &'static str,
}

macro_rules! data_file {
    ($lang:literal, $file:literal) => {
        DataFile {
            name: concat!("data/", $lang, "/", $file),
            text: include_str!(concat!("../data/", $lang, "/", $file)),
        }
    };
}

/// The words of a role phrase, folded: hyphens read as spaces, an elided word (`l'`) kept apart.
fn role_phrase(phrase: &str) -> Vec<String> {
    let key = fold_key(phrase.trim());
    let mut out = Vec::new();
    for w in key.split([' ', '-']) {
        let mut rest = w;
        while let Some(p) = rest.find('\'').filter(|&p| p + 1 < rest.len()) {
            out.push(rest[..=p].to_string());
            rest = &rest[p + 1..];
        }
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
    }
    out
}

/// A folded word without its gender and number endings (`iranienne`, `iranien` → `iranien`;
/// `francaise`, `francais` → `francai`), the same cut for every form of a word.
fn role_stem(w: &str) -> String {
    let mut s = w.strip_suffix('s').unwrap_or(w);
    s = s.strip_suffix('e').unwrap_or(s);
    s = s.strip_suffix('s').unwrap_or(s);
    if s.ends_with("nn") || s.ends_with("ll") {
        s = &s[..s.len() - 1];
    }
    s.to_string()
}

/// Non-comment, non-blank lines of a data file with their 1-based line numbers.
fn lines(f: &DataFile) -> impl Iterator<Item = (usize, &'static str)> {
    f.text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
}

/// The participle endings of `participle_suffixes.txt`: the present ones (one column, folded)
/// or, with `past`, those marked `past` in a second column (lower case, accents kept).
fn participle_suffixes(f: &DataFile, past: bool) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for (n, l) in lines(f) {
        let mut cols = l.split('\t');
        let ending = cols.next().unwrap_or("").trim();
        let is_past = match cols.next().map(str::trim) {
            None | Some("") => false,
            Some("past") => true,
            Some(other) => return Err(Error::data(f.name, n, format!("unknown participle kind {other:?}"))),
        };
        if is_past == past {
            out.push(if past { ending.to_lowercase() } else { fold_key(ending) });
        }
    }
    Ok(out)
}

/// The leads of a lead table (`continuation_leads.tsv`, `retrospective_leads.tsv`): token keys,
/// longest first, with the kind its second column names among `kinds`.
fn lead_table<T: Copy>(f: &DataFile, apostrophes: &Apostrophes, kinds: &[(&str, T)]) -> Result<Vec<(Vec<String>, T)>> {
    let mut out = Vec::new();
    for (n, cols) in tsv_rows(f, "lead", 2)? {
        let name = cols[1].trim();
        let Some(&(_, kind)) = kinds.iter().find(|(k, _)| *k == name) else {
            let known: Vec<&str> = kinds.iter().map(|(k, _)| *k).collect();
            return Err(Error::data(f.name, n, format!("unknown kind {name:?} (known: {})", known.join(", "))));
        };
        let keys = phrase_keys(cols[0].trim(), apostrophes);
        if keys.is_empty() {
            return Err(Error::data(f.name, n, "empty lead"));
        }
        out.push((keys, kind));
    }
    out.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    Ok(out)
}

/// Rows of a TSV data file after its header, checking the header's first column.
fn tsv_rows(f: &DataFile, first_col: &str, min_cols: usize) -> Result<Vec<(usize, Vec<&'static str>)>> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (n, line) in lines(f) {
        let cols: Vec<&str> = line.split('\t').collect();
        if !header_seen {
            if cols[0].trim() != first_col {
                return Err(Error::data(f.name, n, format!("expected a header starting with `{first_col}`")));
            }
            header_seen = true;
            continue;
        }
        if cols.len() < min_cols {
            return Err(Error::data(
                f.name,
                n,
                format!("expected {min_cols} tab-separated columns, found {}", cols.len()),
            ));
        }
        out.push((n, cols));
    }
    Ok(out)
}

fn word_list(f: &DataFile) -> HashSet<String> {
    lines(f).map(|(_, l)| fold_key(l)).filter(|s| !s.is_empty()).collect()
}

/// Landmark heads, each after the article a lower-case head needs if the line gives one
/// ([`Language::landmark_heads`]).
fn landmark_list(f: &DataFile) -> HashMap<String, Option<String>> {
    lines(f)
        .filter_map(|(_, l)| {
            let mut words = l.split_whitespace().map(fold_key);
            let first = words.next()?;
            Some(match words.next() {
                Some(head) => (head, Some(first)),
                None => (first, None),
            })
        })
        .collect()
}

/// A list of [`Apostrophes`], lowercase.
fn apostrophe_list(f: &DataFile) -> Vec<String> {
    lines(f).map(|(_, l)| l.split('\t').next().unwrap_or("").trim().to_lowercase()).collect()
}

/// The elisions of `elisions.txt` marked `name` in a second column: written as a capital before a
/// capital they open a name (`N'Golo`), lowercase.
fn name_openers(f: &DataFile) -> Vec<String> {
    lines(f)
        .filter_map(|(_, l)| {
            let mut cols = l.split('\t');
            let e = cols.next()?.trim().to_lowercase();
            (cols.next().map(str::trim) == Some("name")).then_some(e)
        })
        .collect()
}

fn phrase_list(f: &DataFile, apostrophes: &Apostrophes) -> Vec<Vec<String>> {
    // Tokenized like the text, so `d'après` is the two tokens `d'` + `apres`.
    let mut v: Vec<Vec<String>> =
        lines(f).map(|(_, l)| phrase_keys(l.trim_end(), apostrophes)).filter(|p: &Vec<String>| !p.is_empty()).collect();
    // Longest first so the longest marker wins.
    v.sort_by_key(|p| std::cmp::Reverse(p.len()));
    v
}

/// The keys of the tokens of `phrase` as the text is tokenized; a phrase ending in an elision
/// (`ville d'`, `fête de l'`) keeps it as one word, as it is before the word it elides into.
fn phrase_keys(phrase: &str, apostrophes: &Apostrophes) -> Vec<String> {
    let mut toks = Vec::new();
    if phrase.ends_with(['\'', '\u{2019}']) {
        // An elision is cut off only before a letter: one is put after it, then its token dropped.
        let probe = format!("{phrase}a");
        crate::segment::tokenize_with(&probe, 0, probe.len(), 0, apostrophes, &mut toks);
        if toks.last().is_some_and(|t| t.start == phrase.len()) {
            toks.pop();
        } else {
            toks.clear();
        }
    }
    if toks.is_empty() {
        crate::segment::tokenize_with(phrase, 0, phrase.len(), 0, apostrophes, &mut toks);
    }
    toks.into_iter().map(|t| t.key.to_string()).collect()
}

/// Phrases (longest first, as [`phrase_list`] returns them) grouped by their first word: first
/// word → the words after it, longest first, without duplicates.
fn marker_groups(phrases: Vec<Vec<String>>) -> HashMap<String, Vec<Vec<String>>> {
    let mut groups: HashMap<String, Vec<Vec<String>>> = HashMap::default();
    for mut p in phrases {
        let tail = p.split_off(1);
        let Some(head) = p.pop() else { continue };
        let tails = groups.entry(head).or_default();
        if !tails.contains(&tail) {
            tails.push(tail);
        }
    }
    for tails in groups.values_mut() {
        tails.sort_by_key(|t| std::cmp::Reverse(t.len()));
    }
    groups
}

/// Rewrites each `\b` of a pattern as an ASCII word boundary `(?-u:\b)` (an escaped backslash
/// `\\b` is left alone).
pub(crate) fn ascii_word_boundaries(p: &str) -> String {
    let mut out = String::with_capacity(p.len() + 16);
    let mut chars = p.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push_str("(?-u:\\b)"),
            Some(n) => {
                out.push('\\');
                out.push(n);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// The data files of a language directory, embedded.
macro_rules! language_files {
    ($lang:literal) => {
        LanguageFiles {
            speech_verbs: data_file!($lang, "speech_verbs.tsv"),
            speech_nouns: data_file!($lang, "speech_nouns.txt"),
            source_markers: data_file!($lang, "source_markers.txt"),
            titles: data_file!($lang, "titles.tsv"),
            role_nouns: data_file!($lang, "role_nouns.tsv"),
            source_nouns: data_file!($lang, "source_nouns.txt"),
            abbreviations: data_file!($lang, "abbreviations.txt"),
            first_names: data_file!($lang, "first_names.tsv"),
            org_keywords: data_file!($lang, "org_keywords.txt"),
            loc_keywords: data_file!($lang, "loc_keywords.txt"),
            event_heads: data_file!($lang, "event_heads.txt"),
            stop_capitalized: data_file!($lang, "stop_capitalized.txt"),
            demonyms: data_file!($lang, "demonyms.txt"),
            common_words: data_file!($lang, "common_words.txt"),
            portfolio_words: data_file!($lang, "portfolio_words.txt"),
            opinion_markers: data_file!($lang, "opinion_markers.txt"),
            speech_acts: data_file!($lang, "speech_acts.txt"),
            impersonal_frames: data_file!($lang, "impersonal_frames.txt"),
            continuation_leads: data_file!($lang, "continuation_leads.tsv"),
            retrospective_leads: data_file!($lang, "retrospective_leads.tsv"),
            document_nouns: data_file!($lang, "document_nouns.txt"),
            org_anaphors: data_file!($lang, "org_anaphors.txt"),
            org_voices: data_file!($lang, "org_voices.txt"),
            group_nouns: data_file!($lang, "group_nouns.txt"),
            generic_roles: data_file!($lang, "generic_roles.txt"),
            same_words: data_file!($lang, "same_words.txt"),
            voice_words: data_file!($lang, "voice_words.txt"),
            ballot_words: data_file!($lang, "ballot_words.txt"),
            answer_markers: data_file!($lang, "answer_markers.txt"),
            title_openers: data_file!($lang, "title_openers.txt"),
            org_links: data_file!($lang, "org_links.tsv"),
            role_links: data_file!($lang, "role_links.tsv"),
            audience_nouns: data_file!($lang, "audience_nouns.txt"),
            adjective_endings: data_file!($lang, "adjective_endings.txt"),
            adverb_suffixes: data_file!($lang, "adverb_suffixes.txt"),
            clitic_suffixes: data_file!($lang, "clitic_suffixes.txt"),
            elisions: data_file!($lang, "elisions.txt"),
            boilerplate: data_file!($lang, "boilerplate.txt"),
            related_headers: data_file!($lang, "related_headers.txt"),
            quote_marks: data_file!($lang, "quote_marks.tsv"),
            pronouns: data_file!($lang, "pronouns.tsv"),
            tonic_pronouns: data_file!($lang, "tonic_pronouns.tsv"),
            determiner_genders: data_file!($lang, "determiner_genders.tsv"),
            function_words: data_file!($lang, "function_words.tsv"),
            term_markers: data_file!($lang, "term_markers.tsv"),
            role_synonyms: data_file!($lang, "role_synonyms.tsv"),
            institution_keywords: data_file!($lang, "institution_keywords.txt"),
            lone_org_keywords: data_file!($lang, "lone_org_keywords.txt"),
            street_keywords: data_file!($lang, "street_keywords.txt"),
            landmark_heads: data_file!($lang, "landmark_heads.txt"),
            club_roles: data_file!($lang, "club_roles.txt"),
            place_infixes: data_file!($lang, "place_infixes.txt"),
            place_prefixes: data_file!($lang, "place_prefixes.txt"),
            place_suffixes: data_file!($lang, "place_suffixes.txt"),
            participle_suffixes: data_file!($lang, "participle_suffixes.txt"),
            first_names_from: data_file!($lang, "first_names_from.txt"),
        }
    };
}

/// A pronoun table (`pronoun`, `gender`, `number` columns, and an optional fourth, `nearest`),
/// folded pronoun → [`Pronoun`].
fn pronoun_table(f: &DataFile, first_col: &str) -> Result<HashMap<String, Pronoun>> {
    let mut out = HashMap::default();
    for (n, cols) in tsv_rows(f, first_col, 3)? {
        let nearest = match cols.get(3).map(|c| c.trim()) {
            None | Some("") => false,
            Some("nearest") => true,
            Some(other) => {
                return Err(Error::data(f.name, n, format!("unknown pronoun kind `{other}` (expected `nearest`)")))
            }
        };
        let pronoun = Pronoun { gender: Gender::parse(cols[1]), plural: cols[2].trim() == "pl", nearest };
        out.insert(fold_key(cols[0]), pronoun);
    }
    Ok(out)
}

/// Whether `word`, lowered with its accents kept, ends with one of `endings` (lower case); no
/// lowering when there are none.
fn ends_with_any(word: &str, endings: &[String]) -> bool {
    !endings.is_empty() && {
        let lower = word.to_lowercase();
        endings.iter().any(|s| lower.ends_with(s.as_str()))
    }
}

/// The links of `org_links.tsv`: folded word → whether it holds its article (`contracted`).
fn org_links(f: &DataFile) -> Result<HashMap<String, bool>> {
    let mut out = HashMap::default();
    for (n, cols) in tsv_rows(f, "link", 2)? {
        let holds = match cols[1].trim() {
            "contracted" => true,
            "article" => false,
            other => return Err(Error::data(f.name, n, format!("unknown article kind {other:?}"))),
        };
        out.insert(fold_key(cols[0].trim()), holds);
    }
    Ok(out)
}

/// The rows of `role_links.tsv`: folded role noun → its folded link words.
fn role_links(f: &DataFile) -> Result<HashMap<String, Vec<String>>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::default();
    for (n, cols) in tsv_rows(f, "role", 2)? {
        let links: Vec<String> = cols[1].split_whitespace().map(fold_key).collect();
        if links.is_empty() {
            return Err(Error::data(f.name, n, "a role with no link word"));
        }
        out.entry(fold_key(cols[0].trim())).or_default().extend(links);
    }
    Ok(out)
}

/// The embedded `first_names.tsv` of the language `code`, for another language's
/// `first_names_from.txt` (line `line`) to read.
fn embedded_first_names(code: &str, line: usize) -> Result<DataFile> {
    match code {
        "fr" => Ok(data_file!("fr", "first_names.tsv")),
        "en" => Ok(data_file!("en", "first_names.tsv")),
        other => Err(Error::data("first_names_from.txt", line, format!("unknown language `{other}` (known: fr, en)"))),
    }
}

impl Language {
    /// Whether `s` (with its final period) is an abbreviation: exactly as listed, or, written
    /// with combining marks (decomposed text: `Ge` + U+0301 + `n.`), as its composed form is.
    pub fn is_abbreviation(&self, s: &str) -> bool {
        use unicode_normalization::UnicodeNormalization;
        self.abbreviations.contains(s)
            || !s.is_ascii()
                && s.chars().any(crate::fold::is_combining_mark)
                && self.abbreviations.contains(&s.nfc().collect::<String>())
    }

    /// French, compiled from the embedded `data/fr/` files.
    pub fn french() -> Result<Language> {
        Language::compile("fr", &language_files!("fr"))
    }

    /// English, compiled from the embedded `data/en/` files.
    pub fn english() -> Result<Language> {
        Language::compile("en", &language_files!("en"))
    }

    /// A language by its ISO 639-1 code (`fr`, `en`).
    pub fn by_code(code: &str) -> Result<Language> {
        match code {
            "fr" => Language::french(),
            "en" => Language::english(),
            other => Err(Error::data("--lang", 0, format!("unknown language `{other}` (known: fr, en)"))),
        }
    }

    /// How much `text` reads like this language: hits of its most frequent function words
    /// among the first words (for choosing a language per document).
    pub fn affinity(&self, text: &str) -> usize {
        let mut n = 0;
        for_first_words(text, crate::DETECT_WORDS, |k| n += usize::from(self.lex(k) & lex::FUNCTION_WORD != 0));
        n
    }
}

/// Whether `c` is alphabetic ([`char::is_alphabetic`]): Latin-1 signs, accented Latin letters and
/// general punctuation (`«`, `’`, no-break spaces) are answered without a Unicode table lookup.
fn is_letter(c: char) -> bool {
    match c {
        '\u{80}'..='\u{BF}' => matches!(c, '\u{AA}' | '\u{B5}' | '\u{BA}'),
        '\u{C0}'..='\u{17F}' => c != '\u{D7}' && c != '\u{F7}',
        '\u{2000}'..='\u{203F}' => false,
        _ => c.is_alphabetic(),
    }
}

/// What a byte is to [`for_first_words`]: a bit per kind.
mod wb {
    /// An ASCII small letter.
    pub const LOWER: u8 = 1;
    /// An ASCII capital letter.
    pub const UPPER: u8 = 2;
    /// An ASCII apostrophe (inside a word only).
    pub const APOS: u8 = 4;
    /// The first byte of a non-ASCII char (which has to be decoded).
    pub const HIGH: u8 = 8;
}

/// The [`wb`] bits of every byte value.
static WORD_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'a'..=b'z' => wb::LOWER,
            b'A'..=b'Z' => wb::UPPER,
            b'\'' => wb::APOS,
            0x80..=0xFF => wb::HIGH,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// Calls `f` with the folded form of each of the first `limit` words of `text` that are short
/// enough to be function words (longer words are counted but not folded): no allocation, and a
/// word already in lower-case ASCII is passed as it stands.
pub fn for_first_words(text: &str, limit: usize, mut f: impl FnMut(&str)) {
    for_first_words_while(text, limit, |k, _| {
        f(k);
        true
    });
}

/// [`for_first_words`] that also tells `f` how many of the `limit` words are left after this
/// one, and stops as soon as `f` returns false; returns the byte offset where reading stopped
/// (the end of the last word read, or the end of `text`).
pub fn for_first_words_while(text: &str, limit: usize, mut f: impl FnMut(&str, usize) -> bool) -> usize {
    scan_words_while(text, limit, |start, end, kinds, left| {
        let w = &text[start..end];
        // A word of ASCII small letters is its own key.
        let folded;
        let k = if kinds & (wb::HIGH | wb::UPPER) == 0 {
            w
        } else {
            folded = fold_scanned(w, kinds);
            folded.as_str()
        };
        f(k, left)
    })
}

/// [`for_first_words_while`] that tells `f` the entry in `lexicon` of each folded word instead
/// of the word (`lexicon.entry` of it): an ASCII word of up to 8 bytes is packed straight from
/// the text ([`Lexicon::pack_ascii`]), without being copied or lowered first.
pub fn for_first_entries_while(
    text: &str,
    lexicon: &Lexicon,
    limit: usize,
    mut f: impl FnMut(Entry, usize) -> bool,
) -> usize {
    let b = text.as_bytes();
    scan_words_while(text, limit, |start, end, kinds, left| {
        let len = end - start;
        // The folded word in an 8-byte window when it fits: an ASCII word as it stands (its
        // capitals lowered when packed), accented Latin letters folded straight into it.
        let window = if kinds & wb::HIGH == 0 {
            (len <= 8).then(|| {
                let mut window = [0u8; 8];
                match b.get(start..start + 8) {
                    Some(w) => window.copy_from_slice(w),
                    None => window[..b.len() - start].copy_from_slice(&b[start..]),
                }
                (window, len)
            })
        } else {
            crate::fold::fold_latin8(&b[start..end])
        };
        let e = match window {
            Some((window, n)) => lexicon.get_packed(Lexicon::pack_ascii(window, n, kinds & wb::UPPER != 0)),
            // A long ASCII word folds to its own length: most are ruled out by the filter alone.
            None if kinds & wb::HIGH == 0 && !lexicon.may_be_long_ascii(&b[start..end], kinds & wb::UPPER != 0) => {
                Entry::default()
            }
            None => lexicon.entry(&fold_scanned(&text[start..end], kinds)),
        };
        f(e, left)
    })
}

/// The folded form of a word [`scan_words_while`] found with the [`wb`] kinds `kinds`: folded
/// when it has a non-ASCII char, else its capitals lowered inline (no allocation up to 24 bytes,
/// and no UTF-8 check).
fn fold_scanned(w: &str, kinds: u8) -> compact_str::CompactString {
    if kinds & wb::HIGH != 0 {
        crate::fold::fold_compact(w)
    } else {
        let mut k = compact_str::CompactString::new(w);
        k.as_mut_str().make_ascii_lowercase();
        k
    }
}

/// The char that starts at byte `i` of `text` (a char boundary): a two-byte char (accented
/// Latin letters, Latin-1 signs) decoded from its bytes.
#[inline(always)]
fn char_at(text: &str, i: usize) -> char {
    match text.as_bytes()[i..] {
        [x @ 0xC2..=0xDF, y, ..] => char::from_u32((u32::from(x & 0x1F) << 6) | u32::from(y & 0x3F)).unwrap_or(' '),
        _ => text[i..].chars().next().unwrap_or(' '),
    }
}

/// The word scanner of [`for_first_words_while`]: calls `f` with the byte span and the [`wb`]
/// kinds (or-ed) of each of the first `limit` words of `text` short enough to be a function word
/// (longer ones are counted but not passed), and how many words are left; stops as soon as `f`
/// returns false and returns where reading stopped.
#[inline(always)]
fn scan_words_while(text: &str, limit: usize, mut f: impl FnMut(usize, usize, u8, usize) -> bool) -> usize {
    const MAX: usize = 20;
    let b = text.as_bytes();
    let (mut i, mut seen) = (0, 0);
    while i < b.len() && seen < limit {
        // Skip to the next letter (ASCII without decoding).
        let c = WORD_BYTE[usize::from(b[i])];
        if c & (wb::LOWER | wb::UPPER) == 0 {
            if c != wb::HIGH {
                i += 1;
                continue;
            }
            let ch = char_at(text, i);
            if !is_letter(ch) {
                i += ch.len_utf8();
                continue;
            }
        }
        // The word: letters and apostrophes, the kinds of its bytes or-ed together.
        let start = i;
        let mut kinds = 0;
        while let Some(&x) = b.get(i) {
            let c = WORD_BYTE[usize::from(x)];
            if c & (wb::LOWER | wb::UPPER | wb::APOS) != 0 {
                i += 1;
            } else if c == wb::HIGH {
                let ch = char_at(text, i);
                // A combining mark goes on the word of its letter (decomposed text).
                if !is_letter(ch) && !crate::fold::is_combining_mark(ch) {
                    break;
                }
                i += ch.len_utf8();
            } else {
                break;
            }
            kinds |= c;
        }
        seen += 1;
        if i - start > MAX {
            continue;
        }
        // One call site, so that `f` is inlined.
        if !f(start, i, kinds, limit - seen) {
            return i;
        }
    }
    i
}

impl Language {
    fn compile(code: &str, files: &LanguageFiles) -> Result<Language> {
        let mut verb_forms = HashMap::default();
        let mut max_verb_words = 1;
        for (n, cols) in tsv_rows(&files.speech_verbs, "lemma", 2)? {
            let lemma = cols[0].trim().to_string();
            if lemma.is_empty() {
                return Err(Error::data(files.speech_verbs.name, n, "empty lemma"));
            }
            let complement: Vec<String> =
                cols.get(2).map(|c| c.split('|').map(fold_key).filter(|s| !s.is_empty()).collect()).unwrap_or_default();
            let adjacent = match cols.get(3).map(|c| c.trim()).unwrap_or("") {
                "" => false,
                "adjacent" => true,
                other => return Err(Error::data(files.speech_verbs.name, n, format!("unknown context {other:?}"))),
            };
            let folded = fold_key(&lemma);
            for form in cols[1].split('|') {
                let key = fold_key(form);
                if key.is_empty() {
                    continue;
                }
                let words = key.split(' ').count();
                // The context is read from a cue's last word (`attribution`): one word only.
                if adjacent && words > 1 {
                    return Err(Error::data(
                        files.speech_verbs.name,
                        n,
                        format!("{form:?}: adjacent needs a one-word form"),
                    ));
                }
                max_verb_words = max_verb_words.max(words);
                // The lemma's last words, after a reflexive (`se `, `s'`), are the infinitive.
                let infinitive = folded
                    .strip_suffix(key.as_str())
                    .is_some_and(|head| head.is_empty() || head.ends_with([' ', '\'']));
                verb_forms.entry(key).or_insert_with(|| Verb {
                    lemma: lemma.clone(),
                    complement: complement.clone(),
                    words,
                    adjacent,
                    infinitive,
                });
            }
        }
        let mut titles = HashMap::default();
        for (_, cols) in tsv_rows(&files.titles, "title", 2)? {
            let honorific = cols.get(2).map(|k| k.trim() == "honorific").unwrap_or(false);
            titles.insert(fold_key(cols[0]), Title { gender: Gender::parse(cols[1]), honorific });
        }
        let title_heads: HashSet<String> =
            titles.keys().filter_map(|k: &String| k.split_once(' ').map(|(h, _)| h.to_string())).collect();
        let dotted_titles: HashMap<String, Title> = titles
            .iter()
            .filter_map(|(k, t): (&String, &Title)| Some((k.strip_suffix('.')?.to_string(), t.clone())))
            .collect();
        let mut verb_prefixes: HashSet<String> = HashSet::default();
        for form in verb_forms.keys() {
            let form: &String = form;
            for (i, c) in form.char_indices() {
                match c {
                    ' ' => verb_prefixes.insert(form[..i].to_string()),
                    '\'' => verb_prefixes.insert(form[..=i].to_string()),
                    _ => false,
                };
            }
            verb_prefixes.insert(form.clone());
        }
        // Nationality nouns, with `adj` in a second column for those also adjectives.
        let (mut demonyms, mut demonym_adjectives) = (HashSet::default(), HashSet::default());
        for (n, l) in lines(&files.demonyms) {
            let mut cols = l.split('\t');
            let key = fold_key(cols.next().unwrap_or("").trim());
            match cols.next().map(str::trim) {
                None | Some("") => {}
                Some("adj") => {
                    demonym_adjectives.insert(key.clone());
                }
                Some(other) => return Err(Error::data(files.demonyms.name, n, format!("unknown mark {other:?}"))),
            }
            if !key.is_empty() {
                demonyms.insert(key);
            }
        }
        let mut role_nouns = HashMap::default();
        for (_, cols) in tsv_rows(&files.role_nouns, "noun", 2)? {
            let plural = cols.get(2).map(|k| k.trim() == "pl").unwrap_or(false);
            role_nouns.insert(fold_key(cols[0]), RoleNoun { gender: Gender::parse(cols[1]), plural });
        }
        let mut first_names = HashMap::default();
        for (_, cols) in tsv_rows(&files.first_names, "name", 2)? {
            first_names.insert(fold_key(cols[0]), Gender::parse(cols[1]));
        }
        let mut quote_marks = Vec::new();
        for (n, cols) in tsv_rows(&files.quote_marks, "open", 2)? {
            let (mut o, mut c) = (cols[0].chars(), cols[1].chars());
            match (o.next(), c.next(), o.next(), c.next()) {
                (Some(a), Some(b), None, None) => quote_marks.push((a, b)),
                _ => return Err(Error::data(files.quote_marks.name, n, "open and close must be one character each")),
            }
        }
        let mut pronouns = pronoun_table(&files.pronouns, "pronoun")?;
        // Pronouns of several words are read as phrases, not looked up by token.
        let mut pronoun_phrases: Vec<(Vec<String>, Pronoun)> = pronouns
            .iter()
            .filter(|(k, _)| k.contains(' '))
            .map(|(k, &p)| (k.split(' ').map(str::to_string).collect(), p))
            .collect();
        pronoun_phrases.sort_unstable_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        pronouns.retain(|k, _| !k.contains(' '));
        let tonic_pronouns = pronoun_table(&files.tonic_pronouns, "pronoun")?;
        let determiner_genders = pronoun_table(&files.determiner_genders, "determiner")?;
        let mut words = HashMap::default();
        let mut roles = HashMap::default();
        let mut particles = HashSet::default();
        let mut passive_be = HashSet::default();
        let mut demonstratives = HashSet::default();
        // One-word function words by folded key → (lowercase spelling, its entry), to tell apart
        // the words only accents distinguish (`a`, `à`).
        let mut spellings: HashMap<String, Spellings> = HashMap::default();
        for (n, cols) in tsv_rows(&files.function_words, "word", 2)? {
            let spelling = cols[0].trim().to_lowercase();
            let mut spell = |e: Entry| {
                if !spelling.contains(char::is_whitespace) {
                    spellings.entry(fold_key(&spelling)).or_default().push((spelling.clone(), e));
                }
            };
            if let Some(role) = Role::parse(cols[1].trim()) {
                *roles.entry(fold_key(cols[0])).or_insert(0) |= role.bit();
                spell(Entry { lex: 0, roles: role.bit() });
                continue;
            }
            let class = match cols[1].trim() {
                "det" => WordClass::Det,
                "prep" => WordClass::Prep,
                "aux" => WordClass::Aux,
                "adv" => WordClass::Adv,
                "sub" => WordClass::Sub,
                "conj" => WordClass::Conj,
                "neg" => WordClass::Neg,
                "refl" => WordClass::Refl,
                "passive" => {
                    passive_be.insert(fold_key(cols[0]));
                    continue;
                }
                "demonstrative" => {
                    demonstratives.insert(fold_key(cols[0]));
                    continue;
                }
                "particle" => {
                    particles.insert(fold_key(cols[0]));
                    spell(Entry { lex: lex::PARTICLE, roles: 0 });
                    continue;
                }
                // A word of no class, listed so its accents keep it apart (`dû` is not `du`).
                "word" => {
                    words.entry(fold_key(cols[0])).or_insert(0);
                    spell(Entry { lex: lex::FUNCTION_WORD, roles: 0 });
                    continue;
                }
                other => {
                    return Err(Error::data(
                        files.function_words.name,
                        n,
                        format!("unknown word class or role `{other}`"),
                    ))
                }
            };
            *words.entry(fold_key(cols[0])).or_insert(0) |= 1 << class as u16;
            spell(Entry { lex: 1 << class as u64 | lex::FUNCTION_WORD, roles: 0 });
        }
        // Only the keys spelled more than one way are told apart.
        spellings.retain(|_, v| v.iter().any(|(w, _)| *w != v[0].0));
        // Every pattern is parsed now, so a bad one is an error naming its line; the patterns are
        // compiled when a document in this language first needs them.
        let mut patterns = Vec::new();
        for (n, l) in lines(&files.boilerplate) {
            // `\b` is an ASCII word boundary here: a Unicode one makes the regex engine give up
            // its DFA on any non-ASCII line and fall back to a far slower one.
            let p = format!("(?i){}", ascii_word_boundaries(l.trim()));
            let hir = regex_syntax::Parser::new()
                .parse(&p)
                .map_err(|e| Error::data(files.boilerplate.name, n, format!("bad pattern: {e}")))?;
            patterns.push(hir);
        }
        let boilerplate = Boilerplate::new(patterns);
        let related_headers = word_list(&files.related_headers);
        let mut term_markers = HashMap::default();
        for (_, cols) in tsv_rows(&files.term_markers, "word", 2)? {
            term_markers.insert(fold_key(cols[0]), cols[1].trim() == "name");
        }
        let (mut role_synonyms, mut strict_role_words) = (Vec::new(), HashSet::default());
        for (n, cols) in tsv_rows(&files.role_synonyms, "kind", 2)? {
            match cols[0].trim() {
                "syn" => {
                    let role = role_phrase(cols[1]);
                    for syn in cols.get(2).map_or("", |c| c.trim()).split('|').filter(|x| !x.trim().is_empty()) {
                        role_synonyms.push((role_phrase(syn), role.clone()));
                    }
                }
                "strict" => {
                    strict_role_words.insert(role_stem(&fold_key(cols[1].trim())));
                }
                other => return Err(Error::data(files.role_synonyms.name, n, format!("unknown kind {other:?}"))),
            }
        }
        role_synonyms.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        let abbreviations = lines(&files.abbreviations).map(|(_, l)| l.trim().to_string()).collect();
        let apostrophes = Apostrophes::new(apostrophe_list(&files.elisions), apostrophe_list(&files.clitic_suffixes))
            .with_name_openers(name_openers(&files.elisions));
        let sub_phrases = tsv_rows(&files.function_words, "word", 2)?
            .into_iter()
            .filter(|(_, cols)| cols[1].trim() == "sub")
            .map(|(_, cols)| phrase_keys(cols[0].trim(), &apostrophes))
            .filter(|p| p.len() >= 2)
            .collect();
        let mut language = Language {
            code: code.to_string(),
            verb_forms,
            max_verb_words,
            speech_nouns: word_list(&files.speech_nouns),
            source_markers: marker_groups(phrase_list(&files.source_markers, &apostrophes)),
            sub_phrases,
            titles,
            title_heads,
            dotted_titles,
            verb_prefixes,
            role_nouns,
            source_nouns: word_list(&files.source_nouns),
            abbreviations,
            first_names,
            org_keywords: word_list(&files.org_keywords),
            loc_keywords: phrase_list(&files.loc_keywords, &apostrophes),
            event_heads: phrase_list(&files.event_heads, &apostrophes),
            stop_capitalized: word_list(&files.stop_capitalized),
            demonyms,
            demonym_adjectives,
            common_words: word_list(&files.common_words),
            portfolio_words: word_list(&files.portfolio_words),
            opinion_markers: word_list(&files.opinion_markers),
            speech_acts: phrase_list(&files.speech_acts, &apostrophes),
            impersonal_frames: phrase_list(&files.impersonal_frames, &apostrophes),
            continuation_leads: lead_table(
                &files.continuation_leads,
                &apostrophes,
                &[("infinitive", LeadVerb::Infinitive), ("participle", LeadVerb::Participle)],
            )?,
            retrospective_leads: lead_table(
                &files.retrospective_leads,
                &apostrophes,
                &[("cue", LeadNext::Cue), ("act", LeadNext::Act)],
            )?,
            document_nouns: word_list(&files.document_nouns),
            org_anaphors: word_list(&files.org_anaphors),
            org_voices: word_list(&files.org_voices),
            group_nouns: word_list(&files.group_nouns),
            generic_roles: word_list(&files.generic_roles),
            same_words: word_list(&files.same_words),
            voice_words: word_list(&files.voice_words),
            ballot_words: word_list(&files.ballot_words),
            answer_markers: word_list(&files.answer_markers),
            title_openers: word_list(&files.title_openers),
            org_links: org_links(&files.org_links)?,
            role_links: role_links(&files.role_links)?,
            audience_nouns: word_list(&files.audience_nouns),
            adjective_endings: lines(&files.adjective_endings).map(|(_, l)| l.trim().to_lowercase()).collect(),
            adverb_suffixes: lines(&files.adverb_suffixes).map(|(_, l)| l.trim().to_lowercase()).collect(),
            boilerplate,
            related_first_words: related_headers
                .iter()
                .filter_map(|h| h.split(' ').next())
                .map(str::to_string)
                .collect(),
            related_header_len: related_headers.iter().map(String::len).max().unwrap_or(0),
            related_header_words: related_headers.iter().map(|h| h.split(' ').count()).max().unwrap_or(0),
            related_headers,
            quote_marks,
            pronouns,
            pronoun_phrases,
            tonic_pronouns,
            determiner_genders,
            words,
            roles,
            spellings,
            particles,
            passive_be,
            demonstratives,
            term_markers,
            role_synonyms,
            strict_role_words,
            institution_keywords: word_list(&files.institution_keywords),
            lone_org_keywords: word_list(&files.lone_org_keywords),
            street_keywords: word_list(&files.street_keywords),
            landmark_heads: landmark_list(&files.landmark_heads),
            club_roles: word_list(&files.club_roles),
            place_infixes: word_list(&files.place_infixes),
            place_prefixes: word_list(&files.place_prefixes),
            place_suffixes: phrase_list(&files.place_suffixes, &apostrophes),
            participle_suffixes: participle_suffixes(&files.participle_suffixes, false)?,
            past_participle_suffixes: participle_suffixes(&files.participle_suffixes, true)?,
            // Last: the phrase lists above are tokenized with it.
            apostrophes,
            lexicon: Lexicon::default(),
        };
        // Another language's first names (an article names foreigners), after this one's (whose
        // genders win); none that is a word this language lists (a stop, function, role, document
        // or common word, a place prefix, a title).
        for (line, code) in lines(&files.first_names_from) {
            let f = embedded_first_names(code.trim(), line)?;
            for (_, cols) in tsv_rows(&f, "name", 2)? {
                let key = fold_key(cols[0]);
                let l = &language;
                let listed = l.words.contains_key(&key)
                    || l.stop_capitalized.contains(&key)
                    || l.role_nouns.contains_key(&key)
                    || l.document_nouns.contains(&key)
                    || l.common_words.contains(&key)
                    || l.place_prefixes.contains(&key)
                    || l.titles.contains_key(&key);
                if !listed {
                    language.first_names.entry(key).or_insert(Gender::parse(cols[1]));
                }
            }
        }
        // A one-word source marker that is a preposition (`selon`) has the `source` role.
        let prep = 1 << WordClass::Prep as u16;
        for (head, tails) in &language.source_markers {
            if tails.iter().any(Vec::is_empty) && language.words.get(head).is_some_and(|&c| c & prep != 0) {
                *language.roles.entry(head.clone()).or_insert(0) |= Role::Source.bit();
            }
        }
        language.build_lexicon();
        Ok(language)
    }

    /// The title written `key` or `key.` (`m` finds `M.`): no string is built.
    pub fn title_or_dotted(&self, key: &str) -> Option<&Title> {
        self.titles.get(key).or_else(|| self.dotted_titles.get(key))
    }

    /// The title `key` followed by one more word (`premier ministre`), when `key` heads one.
    pub fn two_word_title(&self, key: &str, next: &str) -> Option<&Title> {
        if !self.title_heads.contains(key) {
            return None;
        }
        let mut two = compact_str::CompactString::with_capacity(key.len() + next.len() + 1);
        two.push_str(key);
        two.push(' ');
        two.push_str(next);
        self.titles.get(two.as_str())
    }

    /// Whether a folded word belongs to a function-word class.
    pub fn is(&self, folded: &str, class: WordClass) -> bool {
        self.lexicon.get(folded) & (1 << class as u64) != 0
    }

    /// Builds the one-lookup [`Lexicon`] from the lists.
    fn build_lexicon(&mut self) {
        let mut lx = Lexicon::default();
        // Words spelled several ways get their function-word bits last, per spelling.
        let spelled = |w: &String| self.spellings.contains_key(w);
        for (w, &m) in self.words.iter().filter(|(w, _)| !spelled(w)) {
            lx.add(w, u64::from(m) | lex::FUNCTION_WORD);
        }
        for (w, &r) in self.roles.iter().filter(|(w, _)| !spelled(w)) {
            lx.add_roles(w, r);
        }
        for w in self.pronouns.keys() {
            lx.add(w, lex::PRONOUN);
        }
        for form in self.verb_forms.keys() {
            // The one-word keys of `verb_prefixes` this form gives: itself when it is one word,
            // else its first word, and its first word up to each apostrophe (`s'` of `s'est`).
            let head = form.split(' ').next().unwrap_or(form);
            lx.add(head, if head.len() == form.len() { lex::VERB_FORM } else { lex::VERB_PREFIX });
            for (i, _) in head.match_indices('\'').filter(|&(i, _)| i + 1 < head.len()) {
                lx.add(&head[..=i], lex::VERB_PREFIX);
            }
        }
        for w in self.role_nouns.keys() {
            lx.add(w, lex::ROLE_NOUN);
        }
        for w in &self.source_nouns {
            lx.add(w, lex::SOURCE_NOUN);
        }
        for w in self.titles.keys().chain(self.dotted_titles.keys()) {
            lx.add(w, lex::TITLE);
        }
        for w in &self.title_heads {
            lx.add(w, lex::TITLE_HEAD);
        }
        for w in &self.stop_capitalized {
            lx.add(w, lex::STOP_CAP);
        }
        for w in &self.demonyms {
            lx.add(w, lex::DEMONYM);
        }
        for w in &self.common_words {
            lx.add(w, lex::COMMON);
        }
        for w in self.first_names.keys() {
            lx.add(w, lex::FIRST_NAME);
        }
        for w in self.particles.iter().filter(|w| !spelled(w)) {
            lx.add(w, lex::PARTICLE);
        }
        for w in &self.org_keywords {
            lx.add(w, lex::ORG_KEYWORD);
        }
        for w in &self.speech_nouns {
            lx.add(w, lex::SPEECH_NOUN);
        }
        for w in self.source_markers.keys() {
            lx.add(w, lex::MARKER_HEAD);
        }
        for w in self.street_keywords.iter().chain(self.landmark_heads.keys()) {
            lx.add(w, lex::STREET_KEYWORD);
        }
        for w in &self.institution_keywords {
            lx.add(w, lex::INSTITUTION_KEYWORD);
        }
        for h in &self.event_heads {
            if let Some(w) = h.first() {
                lx.add(w, lex::EVENT_HEAD);
            }
        }
        for k in &self.loc_keywords {
            match k.as_slice() {
                [w] => lx.add(w, lex::LOC_KEYWORD),
                [.., p, w] => {
                    lx.add(p, lex::LOC_KEYWORD_PENULT);
                    lx.add(w, lex::LOC_KEYWORD_END);
                }
                [] => {}
            }
        }
        for s in &self.place_suffixes {
            if let (Some(h), Some(e)) = (s.first(), s.last()) {
                lx.add(h, lex::PLACE_SUFFIX_HEAD);
                lx.add(e, lex::PLACE_SUFFIX_END);
            }
        }
        for (key, rows) in &self.spellings {
            // What the other lists give the key, then each spelling's function-word bits.
            let base = lx.entry(key);
            let mut variants: Spellings = Vec::new();
            let (mut plain, mut union) = (base, base);
            for (w, e) in rows {
                union = union.or(*e);
                if w == key {
                    plain = plain.or(*e);
                } else if let Some(v) = variants.iter_mut().find(|v| v.0 == *w) {
                    v.1 = v.1.or(*e);
                } else {
                    variants.push((w.clone(), base.or(*e)));
                }
            }
            lx.add_entry(key, Entry { lex: plain.lex | lex::SPELLED, roles: plain.roles });
            lx.spelled.push((key.clone(), union, variants));
        }
        self.lexicon = lx;
    }

    /// The [`lex`] bits of a folded word.
    pub fn lex(&self, folded: &str) -> u64 {
        self.lexicon.get(folded)
    }

    /// Whether a folded word ends like a present participle (`affirmant`).
    pub fn is_participle(&self, folded: &str) -> bool {
        self.participle_suffixes.iter().any(|s| folded.ends_with(s.as_str()))
    }

    /// Whether a folded word ends like an adverb (`adverb_suffixes.txt`: `rapidement`), with at
    /// least three letters before the ending.
    pub fn ends_like_adverb(&self, folded: &str) -> bool {
        self.adverb_suffixes.iter().any(|s| folded.len() >= s.len() + 3 && folded.ends_with(s.as_str()))
    }

    /// Whether a word (as written) ends like an adjective that follows its noun
    /// (`adjective_endings.txt`: `nationale`, `rouge`).
    pub fn is_postposed_adjective(&self, word: &str) -> bool {
        ends_with_any(word, &self.adjective_endings)
    }

    /// Whether a word (as written) ends like a past participle only (`prononcées`): its
    /// lower-case spelling keeps the accents the folded key drops.
    pub fn is_past_participle(&self, word: &str) -> bool {
        ends_with_any(word, &self.past_participle_suffixes)
    }

    /// The content words of a role description (a folded key), its synonyms read as the role
    /// they stand for (`chef de la diplomatie iranienne` → `affaires etrangeres iranien
    /// ministre`), function words dropped, gender and number endings cut; sorted, no repeats.
    pub fn role_words(&self, key: &str) -> Vec<String> {
        let mut words = role_phrase(key);
        let mut i = 0;
        while i < words.len() {
            let syn = self.role_synonyms.iter().find(|(p, _)| words.get(i..i + p.len()) == Some(p.as_slice()));
            match syn {
                Some((p, role)) => {
                    words.splice(i..i + p.len(), role.iter().cloned());
                    i += role.len();
                }
                None => i += 1,
            }
        }
        let mut out: Vec<String> = words
            .iter()
            .filter(|w| !w.ends_with('\'') && !self.words.contains_key(w.as_str()))
            .map(|w| role_stem(w))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Whether a description's role words `desc` fit a bound role's `role`: each of them is
    /// among the role's, and a strict modifier (`ancien`) of the role is in the description too.
    pub fn role_within(&self, desc: &[String], role: &[String]) -> bool {
        !desc.is_empty()
            && desc.iter().all(|w| role.binary_search(w).is_ok())
            && role.iter().all(|w| !self.strict_role_words.contains(w.as_str()) || desc.binary_search(w).is_ok())
    }

    /// Whether a folded word has [`Role`] `role` in this language.
    pub fn has_role(&self, folded: &str, role: Role) -> bool {
        self.lexicon.entry(folded).roles & role.bit() != 0
    }
}

struct LanguageFiles {
    speech_verbs: DataFile,
    speech_nouns: DataFile,
    source_markers: DataFile,
    titles: DataFile,
    role_nouns: DataFile,
    source_nouns: DataFile,
    abbreviations: DataFile,
    first_names: DataFile,
    org_keywords: DataFile,
    loc_keywords: DataFile,
    event_heads: DataFile,
    stop_capitalized: DataFile,
    demonyms: DataFile,
    common_words: DataFile,
    portfolio_words: DataFile,
    opinion_markers: DataFile,
    speech_acts: DataFile,
    impersonal_frames: DataFile,
    continuation_leads: DataFile,
    retrospective_leads: DataFile,
    document_nouns: DataFile,
    org_anaphors: DataFile,
    org_voices: DataFile,
    group_nouns: DataFile,
    generic_roles: DataFile,
    same_words: DataFile,
    voice_words: DataFile,
    ballot_words: DataFile,
    answer_markers: DataFile,
    title_openers: DataFile,
    org_links: DataFile,
    role_links: DataFile,
    audience_nouns: DataFile,
    adjective_endings: DataFile,
    adverb_suffixes: DataFile,
    clitic_suffixes: DataFile,
    elisions: DataFile,
    boilerplate: DataFile,
    related_headers: DataFile,
    quote_marks: DataFile,
    pronouns: DataFile,
    tonic_pronouns: DataFile,
    determiner_genders: DataFile,
    function_words: DataFile,
    term_markers: DataFile,
    role_synonyms: DataFile,
    institution_keywords: DataFile,
    lone_org_keywords: DataFile,
    street_keywords: DataFile,
    landmark_heads: DataFile,
    club_roles: DataFile,
    place_infixes: DataFile,
    place_prefixes: DataFile,
    place_suffixes: DataFile,
    participle_suffixes: DataFile,
    /// The languages whose first names are read after this one's (whose genders win).
    first_names_from: DataFile,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_boilerplate_pattern_names_its_line_and_the_set_compiles_on_first_use() {
        let mut files = language_files!("fr");
        files.boilerplate = DataFile { name: "boilerplate.txt", text: "# comment\n^menu$\n^(unclosed$\n" };
        let e = Language::compile("fr", &files).unwrap_err().to_string();
        assert!(e.starts_with("boilerplate.txt:3: bad pattern"), "{e}");
        let fr = Language::french().unwrap();
        assert!(fr.boilerplate.len() > 10);
        assert!(fr.boilerplate.is_match("Lire aussi : la suite") || fr.boilerplate.is_match("Publicité"));
        assert!(!fr.boilerplate.is_match("Le président a déclaré qu'il viendrait demain à Paris."));
    }

    #[test]
    fn first_names_from_reads_listed_languages_and_rejects_unknown_ones() {
        // French reads the English list (`first_names_from.txt`): an English-only name is known.
        let fr = Language::french().unwrap();
        let en = Language::english().unwrap();
        let english_only = en.first_names.keys().find(|k| !fr_own_first_names().contains(*k)).unwrap();
        assert!(fr.first_names.contains_key(english_only), "{english_only}");
        // With no language listed, it is not.
        let mut files = language_files!("fr");
        files.first_names_from = DataFile { name: "first_names_from.txt", text: "# none\n" };
        let alone = Language::compile("fr", &files).unwrap();
        assert!(!alone.first_names.contains_key(english_only), "{english_only}");
        // An unknown code is an error naming the file and line.
        files.first_names_from = DataFile { name: "first_names_from.txt", text: "# codes\nen\nxx\n" };
        let e = Language::compile("fr", &files).unwrap_err().to_string();
        assert!(e.starts_with("first_names_from.txt:3: unknown language `xx`"), "{e}");
    }

    /// The folded names of French's own list.
    fn fr_own_first_names() -> HashSet<String> {
        let f = data_file!("fr", "first_names.tsv");
        tsv_rows(&f, "name", 2).unwrap().into_iter().map(|(_, cols)| fold_key(cols[0])).collect()
    }

    #[test]
    fn pronoun_kind_is_read_and_an_unknown_one_names_its_line() {
        let fr = Language::french().unwrap();
        assert!(fr.pronouns["celle-ci"].nearest && !fr.pronouns["elle"].nearest);
        // A pronoun of several words is a phrase, not a key.
        assert!(!fr.pronouns.contains_key("ce dernier"));
        assert!(fr.pronoun_phrases.iter().any(|(w, p)| w == &["ce", "dernier"] && p.nearest && !p.plural));
        let mut files = language_files!("fr");
        files.pronouns =
            DataFile { name: "pronouns.tsv", text: "pronoun\tgender\tnumber\tkind\nil\tm\tsg\nceci\tm\tsg\tfar\n" };
        let e = Language::compile("fr", &files).unwrap_err().to_string();
        assert!(e.starts_with("pronouns.tsv:3: unknown pronoun kind `far`"), "{e}");
    }

    #[test]
    fn is_letter_agrees_with_unicode() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn first_words_are_folded_and_counted() {
        let mut seen = Vec::new();
        for_first_words("« Le Pen », l'État — NOUS avons 3 étés àbcdefghijklmnopqrstuvwxyz de", 7, |k| {
            seen.push(k.to_string())
        });
        assert_eq!(seen, ["le", "pen", "l'etat", "nous", "avons", "etes"]);
    }

    #[test]
    fn first_entries_are_the_entries_of_the_first_words() {
        let fr = Language::french().unwrap();
        let texts = [
            "« Le Pen », l'État — NOUS avons 3 étés àbcdefghijklmnopqrstuvwxyz de",
            "À Paris, DÉJÀ, où l'on n'était qu'à deux : Œuvre, cœur, Ærø et Straße.",
            "Le ministre de\u{301} l'Économie e\u{301}tait là ; ΑΘΗΝΑ αθήνα Москва и",
            "aujourd'hui QUELQUES-UNS parmi eux sont entrés dans l'hôtel-de-ville",
            "a",
            "é",
            "The mayor said that it was not a question of money at all",
            // Long function words (ASCII, some in capitals) and long words in no list.
            "NOTAMMENT, Toutefois cependant PLUSIEURS certaines D'AILLEURS d'ailleurs Constitutionnel",
        ];
        for text in texts {
            for limit in [1, 5, 60] {
                let mut words = Vec::new();
                let end_w = for_first_words_while(text, limit, |k, left| {
                    words.push((fr.lexicon.entry(k), left));
                    true
                });
                let mut entries = Vec::new();
                let end_e = for_first_entries_while(text, &fr.lexicon, limit, |e, left| {
                    entries.push((e, left));
                    true
                });
                assert_eq!((end_e, &entries), (end_w, &words), "{text:?} {limit}");
                assert!(
                    limit < 60
                        || !text.starts_with("NOTAMMENT")
                        || entries.iter().filter(|e| e.0.lex != 0).count() >= 6
                );
            }
        }
    }

    #[test]
    fn lexicon_packs_and_finds_words_of_every_length() {
        let naive = |w: &str| w.bytes().enumerate().fold(0u64, |k, (i, c)| k | u64::from(c) << (8 * i));
        let words: Vec<String> = (0..3000).map(|i| format!("{}{i}", &"abcdefghij"[..i % 11])).collect();
        let mut lx = Lexicon::default();
        assert_eq!(lx.get("de"), 0);
        for (i, w) in words.iter().enumerate() {
            if w.len() <= 8 {
                assert_eq!(Lexicon::pack(w), Some(naive(w)));
            }
            lx.add(w, 1 << (i % 20));
            lx.add(w, 1 << 30);
            lx.add_roles(w, 1 << (i % 16));
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(lx.get(w), 1 << (i % 20) | 1 << 30, "{w}");
            assert_eq!(lx.entry(w).roles, 1 << (i % 16), "{w}");
            if w.len() <= 8 {
                // From a window of text: the bytes past the word are ignored, capitals lowered.
                let mut window = [0xFF; 8];
                window[..w.len()].copy_from_slice(w.to_ascii_uppercase().as_bytes());
                assert_eq!(lx.get_ascii(window, w.len(), true).lex, 1 << (i % 20) | 1 << 30, "{w}");
                window[..w.len()].copy_from_slice(w.as_bytes());
                assert_eq!(lx.get_ascii(window, w.len(), false).lex, 1 << (i % 20) | 1 << 30, "{w}");
            }
        }
        // Only capitals are lowered: `@` and `[` stand next to them in ASCII.
        lx.add("a@[z'-9", 1);
        assert_eq!(lx.get_ascii(*b"A@[Z'-9 ", 7, true).lex, 1);
        assert_eq!(lx.get_ascii(*b"A`[Z'-9 ", 7, true).lex, 0);
        assert_eq!(lx.get("zz"), 0);
        assert_eq!(lx.get("abcdefghijk"), 0);
        assert_eq!(lx.get(""), 0);
    }

    #[test]
    fn short_word_filter_answers_most_absent_words_and_never_hides_one() {
        let mut lx = Lexicon::default();
        let present: Vec<String> = (0..3000).map(|i| format!("w{i}")).collect();
        for w in &present {
            lx.add(w, 1);
        }
        assert!(present.iter().all(|w| lx.may_be_short(Lexicon::pack(w).unwrap()) && lx.get(w) == 1));
        // 3000 words in 8192 slots (≤ half full), 4 filter bits per slot: about 9 % of absent
        // words pass the filter and read the table.
        let passed = (0..10_000).filter(|i| lx.may_be_short(Lexicon::pack(&format!("x{i}")).unwrap())).count();
        assert!(passed < 2_000, "{passed} of 10000 absent words passed the filter");
        assert!((0..10_000).all(|i| lx.get(&format!("x{i}")) == 0));
    }
}
