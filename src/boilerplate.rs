//! Whole-line boilerplate patterns of a language, compiled lazily and in pieces.
//!
//! Compiling all the patterns of a language into one regex set is most of the start-up cost
//! (case-insensitive Unicode classes such as `[\w'’-]{1,40}` make large automata), and that
//! cost is paid by every process, however short its input. So a pattern whose matches must
//! begin with one of a few literals (`^more (…)` begins with `more ` in some letter case) is
//! compiled alone, the first time a line begins with one of them; the other patterns form one
//! set compiled when a line first reaches the scan. A line matches exactly when it matches one
//! of the patterns, as with a single set.

use std::sync::{LazyLock, Mutex, OnceLock};

use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::{hybrid, meta, Anchored, Input, MatchKind};
use regex_syntax::hir::literal::Extractor;
use regex_syntax::hir::Hir;
use regex_syntax::hir::Look;
use rustc_hash::FxHashMap as HashMap;

/// Whole-line boilerplate patterns (parsed once, compiled on first use).
#[derive(Debug)]
pub struct Boilerplate {
    /// Patterns with no literal prefix to test first: one set, tried on every line.
    rest: Lazy,
    /// Patterns tried only on lines that begin with one of their prefixes.
    gated: Vec<Lazy>,
    /// The prefixes of the gated patterns (at least two bytes), ASCII-lowercased, by their
    /// first two bytes: (prefix, gated pattern). A line is compared regardless of ASCII case,
    /// which accepts a superset of the prefixes in every letter case.
    prefixes: HashMap<[u8; 2], Vec<(Vec<u8>, usize)>>,
    /// Number of patterns.
    len: usize,
}

/// Patterns compiled into one matcher the first time they are needed (patterns too large to
/// compile match nothing).
#[derive(Debug)]
struct Lazy {
    hirs: Vec<Hir>,
    dfa: OnceLock<Option<Dfa>>,
    /// The fallback, should the DFA not build or give up on a line (with these patterns and
    /// this configuration it does neither).
    regex: OnceLock<Option<meta::Regex>>,
}

/// A forward lazy DFA: only whether a line matches is asked, so neither the reverse automaton
/// nor the capture-tracking engines of a full regex are built.
struct Dfa {
    dfa: hybrid::dfa::DFA,
    caches: Pool<hybrid::dfa::Cache, CacheFn>,
    /// Every pattern starts with `^`: the search is anchored.
    anchored: bool,
}

/// One NFA compiler for every pattern compiled lazily: a compiler keeps the tables it uses to
/// compile Unicode classes (ten thousand entries, cleared by a version bump), so one shared
/// compiler allocates them once instead of once per pattern.
static COMPILER: LazyLock<Mutex<thompson::Compiler>> = LazyLock::new(|| {
    let mut c = thompson::Compiler::new();
    c.configure(thompson::Config::new().which_captures(WhichCaptures::None));
    Mutex::new(c)
});

type CacheFn = Box<dyn Fn() -> hybrid::dfa::Cache + Send + Sync + std::panic::RefUnwindSafe + std::panic::UnwindSafe>;

impl std::fmt::Debug for Dfa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dfa").field("dfa", &self.dfa).field("anchored", &self.anchored).finish_non_exhaustive()
    }
}

impl Lazy {
    fn new(hirs: Vec<Hir>) -> Lazy {
        Lazy { hirs, dfa: OnceLock::new(), regex: OnceLock::new() }
    }

    fn is_match(&self, line: &str) -> bool {
        if self.hirs.is_empty() {
            return false;
        }
        if let Some(d) = self.dfa.get_or_init(|| self.compile_dfa()) {
            let input = Input::new(line).earliest(true);
            let input = if d.anchored { input.anchored(Anchored::Yes) } else { input };
            if let Ok(found) = d.dfa.try_search_fwd(&mut d.caches.get(), &input) {
                return found.is_some();
            }
        }
        self.regex
            .get_or_init(|| {
                let config = meta::Config::new().match_kind(MatchKind::All).which_captures(WhichCaptures::None);
                meta::Builder::new().configure(config).build_many_from_hir(&self.hirs).ok()
            })
            .as_ref()
            .is_some_and(|re| re.is_match(line))
    }

    fn compile_dfa(&self) -> Option<Dfa> {
        // A compile that panicked leaves the compiler as reusable as any other.
        let nfa = COMPILER.lock().unwrap_or_else(|e| e.into_inner()).build_many_from_hir(&self.hirs).ok()?;
        let dfa = hybrid::dfa::Builder::new()
            .configure(hybrid::dfa::Config::new().match_kind(MatchKind::All))
            .build_from_nfa(nfa)
            .ok()?;
        let for_caches = dfa.clone();
        let caches: CacheFn = Box::new(move || for_caches.create_cache());
        let anchored = self.hirs.iter().all(|h| h.properties().look_set_prefix().contains(Look::Start));
        Some(Dfa { dfa, caches: Pool::new(caches), anchored })
    }
}

impl Boilerplate {
    /// The patterns, already parsed (with their flags, such as case-insensitivity).
    pub(crate) fn new(hirs: Vec<Hir>) -> Boilerplate {
        let len = hirs.len();
        let mut rest = Vec::new();
        let mut gated = Vec::new();
        let mut prefixes: HashMap<[u8; 2], Vec<(Vec<u8>, usize)>> = HashMap::default();
        for hir in hirs {
            // A finite prefix sequence means every match begins with one of its literals; a
            // literal of fewer than two bytes would gate too little to be worth a regex alone.
            // Three bytes gate well enough, and short limits keep the extraction cheap (letter
            // case multiplies the literals).
            // Only a pattern anchored at the line's start (`^`) is gated: an unanchored one's
            // literals may begin anywhere in the line.
            let seq = Extractor::new().limit_class(4).limit_repeat(4).limit_literal_len(3).extract(&hir);
            let anchored = hir.properties().look_set_prefix().contains(Look::Start);
            match seq.literals() {
                Some(lits) if anchored && seq.min_literal_len().is_some_and(|n| n >= 2) => {
                    let mut lower: Vec<Vec<u8>> = lits.iter().map(|l| l.as_bytes().to_ascii_lowercase()).collect();
                    lower.sort_unstable();
                    lower.dedup();
                    for l in lower {
                        prefixes.entry([l[0], l[1]]).or_default().push((l, gated.len()));
                    }
                    gated.push(Lazy::new(vec![hir]));
                }
                _ => rest.push(hir),
            }
        }
        Boilerplate { rest: Lazy::new(rest), gated, prefixes, len }
    }

    /// Whether `line` matches one of the patterns.
    pub fn is_match(&self, line: &str) -> bool {
        if self.rest.is_match(line) {
            return true;
        }
        let b = line.as_bytes();
        let Some(key) = b.get(..2) else { return false };
        let Some(bucket) = self.prefixes.get(&[key[0].to_ascii_lowercase(), key[1].to_ascii_lowercase()]) else {
            return false;
        };
        bucket
            .iter()
            .any(|(p, g)| b.get(..p.len()).is_some_and(|s| s.eq_ignore_ascii_case(p)) && self.gated[*g].is_match(line))
    }

    /// How many patterns there are.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

#[cfg(test)]
mod tests {
    use regex::RegexSet;

    use crate::lang::{ascii_word_boundaries, Language};

    /// The patterns of a data file compiled the plain way, as one case-insensitive set.
    fn reference(text: &str) -> RegexSet {
        let patterns = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| format!("(?i){}", ascii_word_boundaries(l)));
        RegexSet::new(patterns).unwrap()
    }

    /// Furniture, prose, letter case beyond ASCII, and lines that begin with a gated prefix
    /// without matching the pattern it gates.
    const LINES: &[&str] = &[
        "",
        " ",
        "***",
        "— · —",
        "…",
        "12",
        "12:30",
        "12 h 30",
        "Lire aussi",
        "LIRE AUSSI : la réforme des retraites",
        "À lire aussi",
        "à LIRE aussi: tout",
        "À voir aussi",
        "Écouter",
        "ÉCOUTER CET ARTICLE",
        "écouter l'article (3 min)",
        "Publié le 12 mars 2024 à 10h30",
        "PUBLIÉ LE 1ER JANVIER 2023",
        "Mis à jour le 3/4/2024",
        "mis à jour",
        "Vidéo",
        "VIDÉO",
        "vidéo : un extrait",
        "Crédits photo : AFP",
        "© AFP",
        "(c) Reuters",
        "Copyright 2024",
        "AFP / Reuters",
        "Getty Images via AFP",
        "Partager",
        "Partager sur Facebook",
        "Facebook",
        "FACEBOOK",
        "Share this article",
        "Share on X",
        "Read more",
        "Read more: the full story",
        "More from The Guardian",
        "more from the guardian's newsroom team and friends of the newspaper",
        "More on this story",
        "Morning briefing",
        "Follow us on Twitter",
        "Follow Jane Doe on X",
        "Follow the money, he said.",
        "By Jane Doe and John Smith",
        "BY JANE DOE",
        "By then, the storm had passed and the roads were clear again.",
        "Written by Ana María Pérez",
        "Reporting by Ana Ñúñez; Editing by Élodie Durand",
        "Updated 3 hours ago",
        "Published 12 March 2024, 10:30 GMT",
        "Monday, 4 March 2024 at 10:30 am",
        "Ѕhare",
        "ſhare",
        "KELVIN: 3 min read",
        "3 min read",
        "#politique #France",
        "#Élections",
        "jean.dupont@example.fr",
        "JÉRÔME@EXAMPLE.FR",
        "https://www.lemonde.fr/article",
        "www.example.com",
        "Newsletter",
        "LA NEWSLETTER DU MATIN",
        "Inscrivez-vous à la newsletter",
        "Abonnez-vous",
        "ABONNEZ-VOUS POUR LIRE LA SUITE",
        "Il vous reste 75 % de cet article à lire.",
        "Le président de la République a nié.",
        "Les électeurs sont appelés aux urnes dimanche.",
        "Le 12/03/2024",
        "le 12.03.24 à 10h30",
        "Mars 2024 a été un mois chaud.",
        "12 mars 2024",
        "Dimanche 12 mars 2024",
        "Où en est-on ? « Nous verrons », a-t-il déclaré.",
        "Énergie : le gouvernement annonce un plan.",
        "À Paris, la manifestation a réuni des milliers de personnes.",
        "Ça suffit !",
        "İstanbul",
        "ÉTÉ",
        "a + a -",
        "A- A+",
        "» Lire aussi",
        "▶ Voir aussi : notre dossier",
        "Par : Jean Dupont",
        "PAR JEAN DUPONT",
        "Menu",
        "OK",
        "Ok, dit-il.",
        "3 / 12",
        "12 commentaires",
        "Commentaires",
        "Voir les commentaires",
        "Cookies",
        "Nous utilisons des cookies pour améliorer votre expérience.",
        "Tout accepter",
        "Temps de lecture : 4 min",
        "4 min de lecture",
        "Sur le même sujet",
        "Mentions légales",
        "Retour en haut de page",
        "En direct",
        "Il y a 3 heures",
        "Loading…",
        "Chargement en cours...",
        "Veuillez patienter",
        "javascript",
        "Une erreur est survenue. Veuillez réessayer.",
        "Google Actualités",
        "Taille du texte",
        "Tags : politique, économie",
        "Mots-clés",
        "(Reporting by Jane Doe)",
        "The Associated Press contributed to this report.",
        "Thank you for reading!",
        "Click here to subscribe",
        "Sign up for our daily newsletter",
        "Next article",
        "Editor's note: this story was updated.",
    ];

    #[test]
    fn boilerplate_decisions_are_those_of_one_set_of_the_patterns() {
        let cases = [
            (Language::french().unwrap(), include_str!("../data/fr/boilerplate.txt")),
            (Language::english().unwrap(), include_str!("../data/en/boilerplate.txt")),
        ];
        for (lang, text) in cases {
            let set = reference(text);
            assert_eq!(lang.boilerplate.len(), set.len());
            for line in LINES {
                assert_eq!(lang.boilerplate.is_match(line), set.is_match(line), "{}: {line:?}", lang.code);
            }
        }
    }

    #[test]
    fn a_pattern_not_anchored_at_the_start_is_not_gated_by_its_prefix() {
        let hirs = ["(?i)lire aussi$", "(?i)^voir aussi$"].map(|p| regex_syntax::Parser::new().parse(p).unwrap());
        let b = super::Boilerplate::new(hirs.to_vec());
        assert!(b.is_match("» Lire aussi") && b.is_match("Voir aussi") && !b.is_match("» Voir aussi"));
    }

    #[test]
    fn furniture_matches_and_prose_does_not() {
        let (fr, en) = (Language::french().unwrap(), Language::english().unwrap());
        for line in ["Lire aussi", "À LIRE AUSSI", "ÉCOUTER CET ARTICLE", "Publié le 12 mars 2024 à 10h30", "***", ""]
        {
            assert!(fr.boilerplate.is_match(line), "{line:?}");
        }
        for line in
            ["Le président de la République a nié.", "Énergie : le gouvernement annonce un plan.", "Ça suffit !"]
        {
            assert!(!fr.boilerplate.is_match(line), "{line:?}");
        }
        for line in ["More from The Guardian", "Follow Jane Doe on X", "By Jane Doe and John Smith", "ſhare"] {
            assert!(en.boilerplate.is_match(line), "{line:?}");
        }
        for line in ["By then, the storm had passed and the roads were clear again.", "Follow the money, he said."] {
            assert!(!en.boilerplate.is_match(line), "{line:?}");
        }
    }
}
