//! Stage by stage, one named case per phenomenon of French news (texts written for these tests).
//!
//! One macro per stage, each case a `#[test]`, in the style of aho-corasick's `t!` tables:
//!
//! - `c!(name, text, [(line, prose), ...])` — cleaning: every line (trimmed) and its label;
//! - `s!(name, text, [[sentence, ...], ...])` — segmentation: sentences, grouped by paragraph;
//! - `k!(name, text, [token, ...])` — tokenization: token surfaces;
//! - `q!(name, text, [(kind, [part, ...]), ...])` — quotes: kind and parts of every quote;
//! - `e!(name, text, [(id, type, [mention, ...]), ...])` — entities, with a small test gazetteer;
//! - `l!(name, text, lang)` — language choice of a French + English extractor.
//!
//! A case marked `#[ignore = "known gap: …"]` states what a reader expects and the pipeline does
//! not do yet; run them with `cargo test --test stages -- --ignored`.

use std::sync::OnceLock;

use verbatim::clean::clean;
use verbatim::entities::find_entities;
use verbatim::gazetteer::{Gazetteer, Matcher};
use verbatim::quotes::{find_quotes, QuoteKind};
use verbatim::segment::{segment, tokenize, Segments, TokKind};
use verbatim::{Extractor, Language};

fn lang() -> &'static Language {
    static LANG: OnceLock<Language> = OnceLock::new();
    LANG.get_or_init(|| Language::french().expect("French language data"))
}

fn en() -> &'static Language {
    static EN: OnceLock<Language> = OnceLock::new();
    EN.get_or_init(|| Language::english().expect("English language data"))
}

fn seg_of(text: &str) -> Segments {
    let lines = clean(text, lang());
    segment(text, &lines, lang())
}

// =====================================================================================
// clean
// =====================================================================================

/// Every line of `text` (trimmed) with its prose label.
fn clean_labels(text: &str) -> Vec<(String, bool)> {
    clean(text, lang()).iter().map(|l| (text[l.start..l.end].trim().to_string(), l.prose)).collect()
}

fn check_clean(text: &str, want: &[(&str, bool)]) {
    let got = clean_labels(text);
    let want: Vec<(String, bool)> = want.iter().map(|&(l, p)| (l.to_string(), p)).collect();
    assert_eq!(got, want, "\ntext: {text:?}");
    // Lines tile the text: each starts right after the previous line's break.
    let lines = clean(text, lang());
    let mut at = 0;
    for l in &lines {
        assert_eq!(l.start, at, "line starts where the previous one ended");
        assert!(l.end <= text.len() && text.is_char_boundary(l.end));
        at = l.end + 1;
    }
    assert_eq!(lines.last().map(|l| l.end), Some(text.len()));
}

macro_rules! c {
    ($(#[$m:meta])* $name:ident, $text:expr, [$(($line:expr, $prose:expr)),* $(,)?]) => {
        $(#[$m])*
        #[test]
        fn $name() {
            check_clean($text, &[$(($line, $prose)),*]);
        }
    };
}

const P: bool = true;
const B: bool = false;

c!(
    clean_nfd_boilerplate_line_read_composed,
    "A\u{300} lire aussi : le budget vote\u{301} mardi",
    [("A\u{300} lire aussi : le budget vote\u{301} mardi", B)]
);
c!(
    clean_article_sentence_is_prose,
    "Le conseil municipal a voté le budget mardi soir.",
    [("Le conseil municipal a voté le budget mardi soir.", P)]
);
c!(
    clean_noscript,
    "noscript\nLe maire a présenté son projet.",
    [("noscript", B), ("Le maire a présenté son projet.", P)]
);
c!(
    clean_please_wait_any_case,
    "Please Wait...\nLa séance a repris à 15 heures.",
    [("Please Wait...", B), ("La séance a repris à 15 heures.", P)]
);
c!(
    clean_comments,
    "Les riverains ont manifesté devant la mairie.\nComments",
    [("Les riverains ont manifesté devant la mairie.", P), ("Comments", B)]
);
c!(
    clean_double_slash_line,
    "// <![CDATA[\nLa préfecture a levé l'alerte.",
    [("// <![CDATA[", B), ("La préfecture a levé l'alerte.", P)]
);
c!(
    clean_star_favoris,
    "starAJOUTER AUX FAVORIS\nLe tribunal rendra sa décision en juin.",
    [("starAJOUTER AUX FAVORIS", B), ("Le tribunal rendra sa décision en juin.", P)]
);
c!(
    clean_lire_aussi,
    "La grève se poursuit dans les transports.\nLire aussi : Les syndicats appellent à une nouvelle journée de mobilisation",
    [
        ("La grève se poursuit dans les transports.", P),
        ("Lire aussi : Les syndicats appellent à une nouvelle journée de mobilisation", B)
    ]
);
c!(
    clean_a_lire_aussi,
    "À lire aussi – Le budget de la ville en hausse",
    [("À lire aussi – Le budget de la ville en hausse", B)]
);
c!(
    clean_sentence_starting_with_lire_is_prose,
    "Lire entre les lignes est devenu un sport national à Bruxelles.",
    [("Lire entre les lignes est devenu un sport national à Bruxelles.", P)]
);
c!(
    clean_repeated_line_keeps_first_copy,
    "Le Sénat rejette la réforme des retraites\nLe Sénat rejette la réforme des retraites\nLes sénateurs ont voté contre le texte.",
    [
        ("Le Sénat rejette la réforme des retraites", P),
        ("Le Sénat rejette la réforme des retraites", B),
        ("Les sénateurs ont voté contre le texte.", P)
    ]
);
c!(
    clean_repeat_after_other_lines_still_boilerplate,
    "Inondations dans le Gard : trois morts\nLes pompiers sont intervenus toute la nuit.\nInondations dans le Gard : trois morts",
    [
        ("Inondations dans le Gard : trois morts", P),
        ("Les pompiers sont intervenus toute la nuit.", P),
        ("Inondations dans le Gard : trois morts", B)
    ]
);
c!(
    clean_repeat_ignores_surrounding_spaces,
    "  Le Sénat rejette la réforme\nLe Sénat rejette la réforme   ",
    [("Le Sénat rejette la réforme", P), ("Le Sénat rejette la réforme", B)]
);
c!(
    // A repeat is the whole line: two lines that differ only in their middle are both prose.
    clean_repeat_is_the_whole_line_not_its_ends,
    "Le maire de Lyon a signé le texte hier soir.\nLe maire de Nice a signé le texte hier soir.\nLe maire de Lyon a signé le texte hier soir.",
    [
        ("Le maire de Lyon a signé le texte hier soir.", P),
        ("Le maire de Nice a signé le texte hier soir.", P),
        ("Le maire de Lyon a signé le texte hier soir.", B)
    ]
);
c!(
    clean_only_punctuation,
    "***\nLe vote aura lieu jeudi.\n— — —\n...",
    [("***", B), ("Le vote aura lieu jeudi.", P), ("— — —", B), ("...", B)]
);
c!(
    clean_blank_lines,
    "Première phrase du texte.\n\n   \nDeuxième phrase du texte.",
    [("Première phrase du texte.", P), ("", B), ("", B), ("Deuxième phrase du texte.", P)]
);
c!(
    clean_crlf_line_endings,
    "noscript\r\nLe maire a présenté son projet.\r\nComments",
    [("noscript", B), ("Le maire a présenté son projet.", P), ("Comments", B)]
);
c!(
    clean_publication_date,
    "Publié le 12 mars 2024 à 10h30\nLe ministre de l'Intérieur s'est rendu à Lyon.",
    [("Publié le 12 mars 2024 à 10h30", B), ("Le ministre de l'Intérieur s'est rendu à Lyon.", P)]
);
c!(
    clean_sentence_starting_with_publie_is_prose,
    "Publié en 1998, son premier roman avait fait scandale.",
    [("Publié en 1998, son premier roman avait fait scandale.", P)]
);
c!(
    clean_byline_par_colon,
    "Par : Sophie Lambert\nPar ailleurs, le ministre a démissionné.",
    [("Par : Sophie Lambert", B), ("Par ailleurs, le ministre a démissionné.", P)]
);
c!(
    clean_share_buttons,
    "Partager\nFacebook\nTwitter\nLe festival a attiré 40 000 spectateurs.",
    [("Partager", B), ("Facebook", B), ("Twitter", B), ("Le festival a attiré 40 000 spectateurs.", P)]
);
c!(clean_short_quoted_line_is_prose, "« Non. »", [("« Non. »", P)]);
c!(
    clean_related_list_after_header,
    "Le conseil a voté le budget.\nAutres articles\n-\nLa grève des cheminots se poursuit à Lyon\n-\nLe maire de Nantes a inauguré samedi la nouvelle médiathèque.\n-\nBelgique: la police enquête sur un vol de tableaux",
    [
        ("Le conseil a voté le budget.", P),
        ("Autres articles", B),
        ("-", B),
        ("La grève des cheminots se poursuit à Lyon", B),
        ("-", B),
        ("Le maire de Nantes a inauguré samedi la nouvelle médiathèque.", B),
        ("-", B),
        ("Belgique: la police enquête sur un vol de tableaux", B),
    ]
);
c!(
    clean_related_list_with_blank_lines_and_quoted_headline,
    "Sur le même sujet :\n\nRugby « Un match historique » : la joie des supporters\n\nAnalyse. Pourquoi le prix du blé s'envole",
    [
        ("Sur le même sujet :", B),
        ("", B),
        ("Rugby « Un match historique » : la joie des supporters", B),
        ("", B),
        ("Analyse. Pourquoi le prix du blé s'envole", B),
    ]
);
c!(
    clean_related_header_in_english_on_a_french_page,
    "La course a été annulée.\nMore Stories\nTour de France : le parcours dévoilé",
    [("La course a été annulée.", P), ("More Stories", B), ("Tour de France : le parcours dévoilé", B)]
);
c!(
    clean_related_list_ends_at_a_sentence,
    "À lire également :\nLorsque les pompiers sont arrivés, la maison de Jean Moreau brûlait déjà.\nLe feu a été maîtrisé",
    [
        ("À lire également :", B),
        ("Lorsque les pompiers sont arrivés, la maison de Jean Moreau brûlait déjà.", P),
        ("Le feu a été maîtrisé", P),
    ]
);
c!(
    clean_related_list_ends_at_a_long_paragraph,
    "Voir aussi\nLa réforme des retraites en cinq questions\nLe ministre a défendu le texte devant les députés, qui l'ont examiné toute la nuit sans parvenir à un accord sur l'article central, celui de l'âge légal de départ, repoussé à soixante-quatre ans",
    [
        ("Voir aussi", B),
        ("La réforme des retraites en cinq questions", B),
        ("Le ministre a défendu le texte devant les députés, qui l'ont examiné toute la nuit sans parvenir à un accord sur l'article central, celui de l'âge légal de départ, repoussé à soixante-quatre ans", P),
    ]
);
c!(
    clean_related_list_ends_at_two_sentences,
    "Les plus lus\nLe préfet a pris un arrêté. Il interdit la baignade",
    [("Les plus lus", B), ("Le préfet a pris un arrêté. Il interdit la baignade", P)]
);
c!(
    clean_related_list_ends_at_a_lower_case_continuation,
    "Dans la même rubrique\net le maire a répondu aux questions",
    [("Dans la même rubrique", B), ("et le maire a répondu aux questions", P)]
);
c!(
    clean_related_header_and_headline_on_one_line,
    "Le musée rouvre lundi.\nÀ lire également : Le Louvre prolonge ses horaires d'été\nLe public pourra visiter les salles rénovées.",
    [
        ("Le musée rouvre lundi.", P),
        ("À lire également : Le Louvre prolonge ses horaires d'été", B),
        ("Le public pourra visiter les salles rénovées.", P),
    ]
);
c!(
    clean_line_opening_with_a_place_and_colon_is_prose,
    "Italie : le gouvernement adopte son budget",
    [("Italie : le gouvernement adopte son budget", P)]
);

// =====================================================================================
// segment
// =====================================================================================

/// Sentences of `text`, grouped by paragraph (each sentence sliced from the original).
fn sentences(text: &str) -> Vec<Vec<String>> {
    let seg = seg_of(text);
    seg.paragraphs
        .iter()
        .map(|p| seg.sentences[p.sent_start..p.sent_end].iter().map(|s| text[s.start..s.end].to_string()).collect())
        .collect()
}

fn check_segment(text: &str, want: &[&[&str]]) {
    let got = sentences(text);
    let want: Vec<Vec<String>> = want.iter().map(|p| p.iter().map(|s| s.to_string()).collect()).collect();
    assert_eq!(got, want, "\ntext: {text:?}");
    // Every sentence lies inside its paragraph and the tokens point back to it.
    let seg = seg_of(text);
    for (si, s) in seg.sentences.iter().enumerate() {
        let p = &seg.paragraphs[s.para];
        assert!(p.start <= s.start && s.end <= p.end);
        for t in &seg.tokens[s.tok_start..s.tok_end] {
            assert_eq!(t.sent as usize, si);
            assert_eq!(t.para as usize, s.para);
        }
    }
}

macro_rules! s {
    ($(#[$m:meta])* $name:ident, $text:expr, [$([$($sent:expr),* $(,)?]),* $(,)?]) => {
        $(#[$m])*
        #[test]
        fn $name() {
            check_segment($text, &[$(&[$($sent),*]),*]);
        }
    };
}

s!(
    seg_two_plain_sentences,
    "Le train est arrivé en retard. Les voyageurs ont protesté.",
    [["Le train est arrivé en retard.", "Les voyageurs ont protesté."]]
);
s!(
    seg_abbrev_monsieur,
    "M. Dupont est arrivé hier. Il repart demain.",
    [["M. Dupont est arrivé hier.", "Il repart demain."]]
);
s!(
    seg_nfd_initial_with_a_mark,
    "Le texte est de E\u{301}. Sorel. Il date de 1920.",
    [["Le texte est de E\u{301}. Sorel.", "Il date de 1920."]]
);
s!(
    seg_nfd_accented_abbreviation,
    "Le Ge\u{301}n. Lambert est arrive\u{301}. Il repart demain.",
    [["Le Ge\u{301}n. Lambert est arrive\u{301}.", "Il repart demain."]]
);
s!(
    seg_abbrev_monsieur_mid_sentence,
    "Le texte a été signé par M. Girard et par Mme Lambert.",
    [["Le texte a été signé par M. Girard et par Mme Lambert."]]
);
s!(
    seg_abbrev_mme_with_period,
    "Selon Mme. Lambert, le dossier est clos. La commission se réunira lundi.",
    [["Selon Mme. Lambert, le dossier est clos.", "La commission se réunira lundi."]]
);
s!(
    seg_abbrev_messieurs,
    "MM. Dupont et Girard ont signé l'accord. Le texte entre en vigueur lundi.",
    [["MM. Dupont et Girard ont signé l'accord.", "Le texte entre en vigueur lundi."]]
);
s!(
    seg_abbrev_docteur,
    "Le Dr. Benali a opéré le patient. Celui-ci se porte bien.",
    [["Le Dr. Benali a opéré le patient.", "Celui-ci se porte bien."]]
);
s!(
    seg_abbrev_avant_jesus_christ,
    "La cité fut fondée vers 600 av. J.-C. par des marins grecs. Elle prospéra ensuite.",
    [["La cité fut fondée vers 600 av. J.-C. par des marins grecs.", "Elle prospéra ensuite."]]
);
s!(
    seg_etc_then_capital_ends_sentence,
    "On y vend des fruits, des légumes, du fromage, etc. Le marché ouvre à 8 heures.",
    [["On y vend des fruits, des légumes, du fromage, etc.", "Le marché ouvre à 8 heures."]]
);
s!(
    seg_av_jc_then_capital_ends_sentence,
    "Rome fut fondée en 753 av. J.-C. Elle devint ensuite un empire.",
    [["Rome fut fondée en 753 av. J.-C.", "Elle devint ensuite un empire."]]
);
s!(
    seg_etc_then_lowercase_continues,
    "Les fruits, les légumes, etc. sont vendus sur place.",
    [["Les fruits, les légumes, etc. sont vendus sur place."]]
);
s!(
    seg_hyphenated_initials,
    "J.-P. Elkabbach a interrogé le ministre. L'entretien a duré une heure.",
    [["J.-P. Elkabbach a interrogé le ministre.", "L'entretien a duré une heure."]]
);
s!(
    seg_initials_with_spaces,
    "G. W. Bush a quitté la Maison-Blanche en 2009. Son successeur a prêté serment.",
    [["G. W. Bush a quitté la Maison-Blanche en 2009.", "Son successeur a prêté serment."]]
);
s!(
    seg_single_capital_letter_ends_sentence,
    "Le gouvernement a choisi le plan B. Le plan A a été abandonné.",
    [["Le gouvernement a choisi le plan B.", "Le plan A a été abandonné."]]
);
s!(
    seg_decimal_comma,
    "Le taux atteint 3,5 % cette année. Il était de 2,1 % en 2022.",
    [["Le taux atteint 3,5 % cette année.", "Il était de 2,1 % en 2022."]]
);
s!(
    seg_thousands_period,
    "La commune compte 1.200 habitants. Elle a perdu son école.",
    [["La commune compte 1.200 habitants.", "Elle a perdu son école."]]
);
s!(
    seg_time_with_h,
    "La réunion commence à 10 h 30. Les ministres sont attendus.",
    [["La réunion commence à 10 h 30.", "Les ministres sont attendus."]]
);
s!(
    seg_sentence_starting_with_number,
    "Le texte a été adopté par 312 voix. 45 députés ont voté contre.",
    [["Le texte a été adopté par 312 voix.", "45 députés ont voté contre."]]
);
s!(
    seg_ellipsis_then_lowercase_continues,
    "Il hésite… puis se lance dans la course.",
    [["Il hésite… puis se lance dans la course."]]
);
s!(
    seg_ellipsis_then_capital_splits,
    "Il hésite… Puis il se lance dans la course.",
    [["Il hésite…", "Puis il se lance dans la course."]]
);
s!(
    seg_three_dots_then_lowercase_continues,
    "Il hésite... puis se lance dans la course.",
    [["Il hésite... puis se lance dans la course."]]
);
s!(
    seg_three_dots_then_capital_splits,
    "Il hésite... Puis il se lance dans la course.",
    [["Il hésite...", "Puis il se lance dans la course."]]
);
s!(
    seg_quote_of_several_sentences_stays_whole,
    "Le maire a déclaré : « Nous sommes prêts. Nous irons jusqu'au bout. » Puis il a quitté la salle.",
    [["Le maire a déclaré : « Nous sommes prêts. Nous irons jusqu'au bout. »", "Puis il a quitté la salle."]]
);
s!(
    seg_quote_with_incise_after_stays_whole,
    "« Nous sommes prêts. Rien ne nous arrêtera », a-t-il affirmé. Le vote a lieu demain.",
    [["« Nous sommes prêts. Rien ne nous arrêtera », a-t-il affirmé.", "Le vote a lieu demain."]]
);
s!(
    seg_curly_quote_of_several_sentences,
    "Elle a prévenu : “Ce sera long. Très long.” Les négociations reprennent lundi.",
    [["Elle a prévenu : “Ce sera long. Très long.”", "Les négociations reprennent lundi."]]
);
s!(
    seg_sentence_opening_with_quote,
    "Il s'est tu. « Je n'ai rien à ajouter », a-t-il conclu.",
    [["Il s'est tu.", "« Je n'ai rien à ajouter », a-t-il conclu."]]
);
s!(
    seg_question_and_exclamation,
    "Qui paiera ? Personne ne le sait. Quelle surprise ! Le débat continue.",
    [["Qui paiera ?", "Personne ne le sait.", "Quelle surprise !", "Le débat continue."]]
);
s!(seg_question_exclamation_run, "Vraiment ?! Oui, vraiment.", [["Vraiment ?!", "Oui, vraiment."]]);
s!(seg_question_then_lowercase_continues, "Que faire ? se demande le maire.", [["Que faire ? se demande le maire."]]);
s!(
    seg_headline_is_own_paragraph,
    "Le gouvernement annonce un plan d'urgence\nLe Premier ministre a présenté lundi ses mesures. Elles coûteront cher.",
    [
        ["Le gouvernement annonce un plan d'urgence"],
        ["Le Premier ministre a présenté lundi ses mesures.", "Elles coûteront cher."]
    ]
);
s!(
    seg_period_then_lowercase_continues,
    "Le site exemple.fr a fermé. Ses lecteurs sont partis.",
    [["Le site exemple.fr a fermé.", "Ses lecteurs sont partis."]]
);
s!(
    seg_boilerplate_lines_have_no_sentences,
    "Partager\nLe conseil a voté. La séance est levée.\nComments",
    [["Le conseil a voté.", "La séance est levée."]]
);

// =====================================================================================
// tokenize
// =====================================================================================

fn tokens(text: &str) -> Vec<String> {
    let mut v = Vec::new();
    tokenize(text, 0, text.len(), 0, &mut v);
    v.iter().map(|t| text[t.start..t.end].to_string()).collect()
}

/// [`tokens`] with a language's elisions and clitic suffixes cut off words, as its segmenter does.
fn tokens_with(text: &str, ap: &verbatim::segment::Apostrophes) -> Vec<String> {
    let mut v = Vec::new();
    verbatim::segment::tokenize_with(text, 0, text.len(), 0, ap, &mut v);
    v.iter().map(|t| text[t.start..t.end].to_string()).collect()
}

/// `k!(name, text, [tokens])` tokenizes as French does; `k!(en: …)` cuts English's elisions and
/// clitic suffixes, `k!(none: …)` no language's.
macro_rules! k {
    (@ $tokens:expr; $(#[$m:meta])* $name:ident, $text:expr, [$($tok:expr),* $(,)?]) => {
        $(#[$m])*
        #[test]
        fn $name() {
            let want: Vec<String> = vec![$($tok.to_string()),*];
            assert_eq!($tokens($text), want, "\ntext: {:?}", $text);
        }
    };
    (en: $($rest:tt)*) => { k!(@ |t| tokens_with(t, &en().apostrophes); $($rest)*); };
    (fr: $($rest:tt)*) => { k!(@ |t| tokens_with(t, &lang().apostrophes); $($rest)*); };
    (none: $($rest:tt)*) => { k!(@ tokens; $($rest)*); };
    ($($rest:tt)*) => { k!(fr: $($rest)*); };
}

k!(tok_elision_straight, "l'Ukraine", ["l'", "Ukraine"]);
k!(none: tok_no_language_cuts_no_elision, "l'Ukraine qu'il", ["l'Ukraine", "qu'il"]);
k!(tok_elision_typographic, "l’Ukraine", ["l’", "Ukraine"]);
k!(tok_elision_de, "d’Israël et d'Irak", ["d’", "Israël", "et", "d'", "Irak"]);
k!(tok_elision_capital, "L'ONU", ["L'", "ONU"]);
k!(tok_elision_que, "qu'il", ["qu'", "il"]);
k!(tok_elision_jusque, "jusqu'au bout", ["jusqu'", "au", "bout"]);
k!(tok_elision_je, "J'ai", ["J'", "ai"]);
k!(tok_elision_before_hyphenated, "c'est-à-dire", ["c'", "est-à-dire"]);
k!(tok_aujourdhui_one_token, "aujourd'hui", ["aujourd'hui"]);
k!(tok_aujourdhui_typographic_one_token, "aujourd’hui", ["aujourd’hui"]);
k!(tok_prudhommes_one_token, "prud'hommes", ["prud'hommes"]);
k!(tok_irish_name_one_token, "O'Neill", ["O'Neill"]);
k!(tok_capital_name_opener_before_a_capital_stays_whole, "N'Golo Kanté et M'Bala", ["N'Golo", "Kanté", "et", "M'Bala"]);
k!(tok_capital_name_opener_before_lower_case_is_cut, "N'importe quoi", ["N'", "importe", "quoi"]);
k!(tok_capital_article_before_a_capital_is_cut, "L'Ukraine", ["L'", "Ukraine"]);
k!(
    #[ignore = "known gap: presqu'île is a noun, the only word where presque elides; it is split like presqu'un"]
    tok_presquile_one_token,
    "la presqu'île",
    ["la", "presqu'île"]
);
k!(tok_hyphenated_adjective, "nord-coréen", ["nord-coréen"]);
k!(tok_inverted_clitic, "a-t-il", ["a-t-il"]);
k!(tok_inverted_clitic_with_punct, "a-t-elle ajouté.", ["a-t-elle", "ajouté", "."]);
k!(tok_hyphenated_first_name, "Jean-Pierre", ["Jean-Pierre"]);
k!(tok_trailing_hyphen_is_punct, "-t-il", ["-", "t-il"]);
k!(tok_decimal_comma, "3,5 %", ["3,5", "%"]);
k!(tok_thousands_period, "1.200 habitants", ["1.200", "habitants"]);
k!(tok_number_then_sentence_period, "en 2024.", ["en", "2024", "."]);
k!(tok_number_then_comma, "3,5, puis 4", ["3,5", ",", "puis", "4"]);
k!(tok_time_spaced, "10 h 30", ["10", "h", "30"]);
k!(tok_time_glued, "16h30", ["16h30"]);
k!(tok_quote_marks_are_punct, "«\u{a0}Bonjour\u{a0}»", ["«", "Bonjour", "»"]);
k!(tok_ellipsis_char, "Non…", ["Non", "…"]);
k!(tok_question_mark_spaced, "Pourquoi ?", ["Pourquoi", "?"]);

// Decomposed text (NFD): a combining mark (U+0301, U+0308…) goes on the word of its letter.
k!(tok_nfd_mark_inside_a_name, "Kei\u{308}ta arrive", ["Kei\u{308}ta", "arrive"]);
k!(tok_nfd_mark_ends_a_word, "a de\u{301}clare\u{301}.", ["a", "de\u{301}clare\u{301}", "."]);
k!(tok_nfd_mark_after_a_capital, "E\u{301}lyse\u{301}e", ["E\u{301}lyse\u{301}e"]);
k!(tok_nfd_hyphenated, "a-t-il re\u{301}pondu", ["a-t-il", "re\u{301}pondu"]);
k!(tok_nfd_elision_before_a_mark, "l'E\u{301}tat", ["l'", "E\u{301}tat"]);
k!(tok_nfd_stray_mark_after_a_quote_mark, "«\u{301} Oui", ["«", "\u{301}", "Oui"]);

// The language's clitic suffixes are cut off a word's end (English possessive 's); French has none.
k!(en: tok_en_possessive_cut_off_the_name, "Russia's army", ["Russia", "'", "s", "army"]);
k!(en: tok_en_possessive_typographic, "India’s launch", ["India", "’", "s", "launch"]);
k!(en: tok_en_possessive_before_punct, "the Court's.", ["the", "Court", "'", "s", "."]);
k!(en: tok_en_apostrophe_s_inside_a_word_stays, "O'Sullivan", ["O'Sullivan"]);
k!(en: tok_en_plural_possessive, "the officials' view", ["the", "officials", "'", "view"]);
k!(fr: tok_fr_apostrophe_s_is_no_clitic, "McDonald's ferme", ["McDonald's", "ferme"]);
k!(fr: tok_fr_elision_s_stays, "s'est dit", ["s'", "est", "dit"]);

#[test]
fn tok_kinds() {
    let text = "L'État a versé 3,5 milliards, a-t-il dit.";
    let mut v = Vec::new();
    verbatim::segment::tokenize_with(text, 0, text.len(), 0, &lang().apostrophes, &mut v);
    let got: Vec<(&str, TokKind)> = v.iter().map(|t| (&text[t.start..t.end], t.kind)).collect();
    use TokKind::*;
    assert_eq!(
        got,
        vec![
            ("L'", Word),
            ("État", Word),
            ("a", Word),
            ("versé", Word),
            ("3,5", Number),
            ("milliards", Word),
            (",", Punct),
            ("a-t-il", Word),
            ("dit", Word),
            (".", Punct)
        ]
    );
    // Keys are folded (lowercase, no accents, ’ → ').
    assert_eq!(v[1].key, "etat");
    assert!(v[1].upper && !v[1].acronym);
}

/// A word written with combining marks (NFD) has the key, case and list bits of its composed form.
#[test]
fn tok_nfd_keys_case_and_lists_are_those_of_nfc() {
    // `à`, `où`, `là`, `dû`: words only accents tell apart keep their own classes in NFD too.
    let nfd = "Le minist\u{E8}re et le ministe\u{300}re\u{301}, E\u{301}TAT, E\u{301}mile a de\u{301}clare\u{301} \
               a\u{300} A\u{300} ou\u{300} la\u{300} du\u{302}";
    let nfc = "Le minist\u{E8}re et le minist\u{E8}r\u{E9}, \u{C9}TAT, \u{C9}mile a d\u{E9}clar\u{E9} \
               \u{E0} \u{C0} o\u{F9} l\u{E0} d\u{FB}";
    let seg = |t: &str| {
        seg_of(t).tokens.iter().map(|t| (t.key.to_string(), t.upper, t.acronym, t.lex, t.roles)).collect::<Vec<_>>()
    };
    assert_eq!(seg(nfd), seg(nfc));
    assert!(seg(nfd).iter().any(|t| t.0 == "etat" && t.1 && t.2));
}

#[test]
fn tok_keys_fold_typographic_apostrophe_and_acronyms() {
    let text = "l’ONU";
    let mut v = Vec::new();
    verbatim::segment::tokenize_with(text, 0, text.len(), 0, &lang().apostrophes, &mut v);
    assert_eq!(v[0].key, "l'");
    assert_eq!(v[1].key, "onu");
    assert!(v[1].acronym);
}

// =====================================================================================
// quotes
// =====================================================================================

use QuoteKind::{Direct as D, Partial as Pa};

fn check_quotes(text: &str, want: &[(QuoteKind, &[&str])]) {
    let seg = seg_of(text);
    let qs = find_quotes(text, &seg, lang());
    let got: Vec<(QuoteKind, Vec<String>)> =
        qs.iter().map(|q| (q.kind, q.parts.iter().map(|&(a, b)| text[a..b].to_string()).collect())).collect();
    let want: Vec<(QuoteKind, Vec<String>)> =
        want.iter().map(|(k, ps)| (*k, ps.iter().map(|s| s.to_string()).collect())).collect();
    assert_eq!(got, want, "\ntext: {text:?}");
    for q in &qs {
        let joined: Vec<&str> = q.parts.iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(q.text(text), joined.join(" "));
        assert!(q.open < q.parts[0].0 && q.parts.last().unwrap().1 <= q.close);
        assert!(q.para <= q.last_para);
    }
}

macro_rules! q {
    ($(#[$m:meta])* $name:ident, $text:expr, [$(($kind:expr, [$($part:expr),* $(,)?])),* $(,)?]) => {
        $(#[$m])*
        #[test]
        fn $name() {
            check_quotes($text, &[$(($kind, &[$($part),*])),*]);
        }
    };
}

q!(
    quote_guillemets_ordinary_spaces,
    "« Nous ne céderons pas », a déclaré la ministre.",
    [(D, ["Nous ne céderons pas"])]
);
q!(
    quote_guillemets_nbsp,
    "«\u{a0}Nous ne céderons pas\u{a0}», a déclaré la ministre.",
    [(D, ["Nous ne céderons pas"])]
);
q!(
    quote_guillemets_narrow_nbsp,
    "«\u{202f}Nous ne céderons pas\u{202f}», a déclaré la ministre.",
    [(D, ["Nous ne céderons pas"])]
);
q!(quote_guillemets_no_spaces, "«Nous ne céderons pas», a déclaré la ministre.", [(D, ["Nous ne céderons pas"])]);
q!(quote_curly_double, "“Nous ne céderons pas”, a déclaré la ministre.", [(D, ["Nous ne céderons pas"])]);
q!(quote_straight_double, "\"Nous ne céderons pas\", a déclaré la ministre.", [(D, ["Nous ne céderons pas"])]);
q!(
    quote_after_colon_is_direct,
    "Le président a prévenu : « Personne ne sera oublié. »",
    [(D, ["Personne ne sera oublié."])]
);
q!(quote_question_inside, "« Qui paiera la facture ? », s'interroge le maire.", [(D, ["Qui paiera la facture ?"])]);
q!(quote_partial_fragment, "Le ministre a dénoncé une « faute grave » de l'opposition.", [(Pa, ["faute grave"])]);
q!(
    quote_partial_lowercase,
    "Elle juge la réforme « nécessaire mais bien trop tardive ».",
    [(Pa, ["nécessaire mais bien trop tardive"])]
);
q!(
    quote_straight_glued_after_a_sentence_end_opens,
    "Les oppositions protestent.\"Nous ne céderons pas\", a déclaré la ministre.",
    [(D, ["Nous ne céderons pas"])]
);
q!(
    quote_straight_glued_after_a_closing_sentence_end_closes,
    "Elle a dit : \"Nous ne céderons pas.\"Le vote a lieu mardi.",
    [(D, ["Nous ne céderons pas."])]
);
q!(quote_partial_straight, "Il a qualifié le projet de \"scandale\".", [(Pa, ["scandale"])]);
q!(
    quote_two_fragments_in_one_sentence,
    "Il a parlé d'un « échec » et d'une « honte ».",
    [(Pa, ["échec"]), (Pa, ["honte"])]
);
q!(
    quote_nested_curly_inside_guillemets,
    "« Il m'a dit “je reviendrai” et il n'est jamais revenu », raconte sa sœur.",
    [(D, ["Il m'a dit “je reviendrai” et il n'est jamais revenu"])]
);
q!(
    quote_nested_guillemets_inside_guillemets,
    "« Le slogan « travailler plus » ne suffit plus à convaincre », estime le député.",
    [(D, ["Le slogan « travailler plus » ne suffit plus à convaincre"])]
);
q!(
    quote_nested_straight_inside_guillemets,
    "« Le mot \"crise\" est bien trop faible », juge l'économiste.",
    [(D, ["Le mot \"crise\" est bien trop faible"])]
);
q!(
    quote_incise_inside_marks_two_parts,
    "« Nous irons, a-t-il affirmé, jusqu'au bout. »",
    [(D, ["Nous irons", "jusqu'au bout."])]
);
q!(
    quote_incise_inside_space_before_comma_trimmed,
    "« Nous irons , a-t-il dit. Nous gagnerons. »",
    [(D, ["Nous irons", "Nous gagnerons."])]
);
q!(
    quote_incise_inside_with_named_subject,
    "« La situation, explique Aminata Diallo, reste très tendue dans le nord. »",
    [(D, ["La situation", "reste très tendue dans le nord."])]
);
q!(
    quote_two_quotes_joined_by_incise_merge,
    "« Nous irons », a-t-il affirmé, « jusqu'au bout ».",
    [(D, ["Nous irons", "jusqu'au bout"])]
);
q!(
    quote_three_quotes_joined_by_two_incises_merge,
    "« Nous irons », a-t-il affirmé, « jusqu'au bout », a-t-il ajouté, « quoi qu'il arrive ».",
    [(D, ["Nous irons", "jusqu'au bout", "quoi qu'il arrive"])]
);
q!(quote_question_inside_then_new_sentence, "« Et après ? » Le ministre s'est tu.", [(D, ["Et après ?"])]);
q!(
    quote_two_quotes_joined_by_non_incise_stay_apart,
    "« La réforme est prête », a-t-il affirmé, avant de parler d'une « étape décisive ».",
    [(D, ["La réforme est prête"]), (Pa, ["étape décisive"])]
);
q!(
    quote_multi_paragraph_reopened,
    "Le ministre a longuement répondu : « Nous avons tout essayé pour sauver l'usine.\n\
     « Les salariés méritent mieux que des promesses.\n\
     « Nous reviendrons avec un plan. »\n\
     La réunion s'est achevée vers minuit.",
    [(
        D,
        [
            "Nous avons tout essayé pour sauver l'usine.",
            "Les salariés méritent mieux que des promesses.",
            "Nous reviendrons avec un plan."
        ]
    )]
);
q!(
    quote_unbalanced_ends_with_its_paragraph,
    "Le syndicat parle d'une « trahison pure et simple de la parole donnée.\n\
     Le gouvernement a répondu mardi qu'il maintiendrait sa réforme.\n\
     Les discussions reprendront en septembre.",
    [(Pa, ["trahison pure et simple de la parole donnée."])]
);
q!(
    quote_unbalanced_does_not_swallow_next_quote,
    "Le porte-parole évoque « une mesure injuste et brutale pour les familles\n\
     Le mot « injuste » revient souvent dans les débats.",
    [(Pa, ["une mesure injuste et brutale pour les familles"]), (Pa, ["injuste"])]
);
q!(quote_unbalanced_short_gives_nothing, "Il évoque un « coup\nLe vote aura lieu demain.", []);
q!(quote_stray_closing_guillemet, "Le texte » a été adopté hier par les députés.", []);
q!(quote_stray_closing_curly, "Le texte ” a été adopté hier par les députés.", []);
q!(quote_unclosed_at_end_of_text, "Le texte a été adopté hier par les députés «", []);
q!(quote_apostrophe_is_not_a_mark, "L’État a tranché : l’usine fermera aujourd’hui.", []);
q!(
    quote_opening_mark_used_to_close,
    "Le virus est «sous contrôle» et «localisé«, grâce à «une campagne de vaccination rapide», a dit le préfet.",
    [(Pa, ["sous contrôle"]), (Pa, ["localisé"]), (Pa, ["une campagne de vaccination rapide"])]
);
q!(
    quote_opening_mark_used_to_close_before_a_period,
    "L'armée a lancé une « offensive de grande ampleur« . Les combats ont repris à l'aube.",
    [(Pa, ["offensive de grande ampleur"])]
);
q!(
    quote_glued_opening_mark_before_words_still_opens,
    "Le maire a lancé un appel aux dons« Aidez les sinistrés de la vallée », a-t-il écrit.",
    [(Pa, ["Aidez les sinistrés de la vallée"])]
);

// =====================================================================================
// entities
// =====================================================================================

const GAZ: &str = "id\ttype\tname\taliases\twikidata\troles\tgender\n\
    loc_ukraine\tLOC\tUkraine\t\tQ212\t\t\n\
    loc_israel\tLOC\tIsraël\t\tQ801\t\t\n\
    loc_iran\tLOC\tIran\t\tQ794\t\t\n\
    loc_niger\tLOC\tNiger\t\tQ1032\t\t\n\
    loc_suisse\tLOC\tSuisse\t\tQ39\t\t\n\
    loc_usa\tLOC\tÉtats-Unis\tEtats-Unis|USA\tQ30\t\t\n\
    org_onu\tORG\tOrganisation des Nations unies\tONU|Nations unies\tQ1065\t\t\n\
    loc_buenos_aires\tLOC\tBuenos Aires\t\tQ1486\t\t\n\
    per_poutine\tPER\tVladimir Poutine\tPoutine\tQ7747\tprésident russe\tm\n\
    per_sanders\tPER\tBernie Sanders\tSanders\tQ359442\t\tm\n\
    per_tebboune\tPER\tAbdelmadjid Tebboune\tTebboune\tQ2821166\t\tm\n\
    org_le_monde\tORG\tLe Monde\t\tQ12461\t\t\n\
    org_kessler\tORG\tKessler Motors\tKessler\t\t\t\n\
    loc_dep_vesle\tLOC\tVesle\tdépartement de la Vesle\t\t\t\n\
    loc_bande_de_kora\tLOC\tbande de Kora\tKora\t\t\t\n\
    loc_ranst\tLOC\tRanst\t\t\t\t\n\
    loc_fontana\tLOC\tFontana\t\t\t\t\n\
    loc_herstal\tLOC\tHerstal\t\t\t\t\n\
    loc_ajaccio\tLOC\tAjaccio\t\t\t\t\n\
    loc_nantes\tLOC\tNantes\t\t\t\t\n\
    loc_cholet\tLOC\tCholet\t\t\t\t\n\
    loc_saint_roch\tLOC\tSaint-Roch\t\t\t\t\n\
    org_lavenir\tORG\tL'Avenir\t\t\t\t\n\
    loc_manche\tLOC\tManche\t\t\t\t\n\
    loc_petra\tLOC\tPetra\t\t\t\t\n\
    per_albert_de_valdor\tPER\tAlbert de Valdor\troi Albert\t\t\tm\n\
    per_jean_de_montclar\tPER\tJean de Montclar\tde Montclar|général de Montclar\t\t\tm\n";

fn gaz() -> &'static Matcher {
    static GAZ_M: OnceLock<Matcher> = OnceLock::new();
    GAZ_M.get_or_init(|| {
        let mut g = Gazetteer::new();
        g.add_tsv(GAZ, "stages.tsv").expect("test gazetteer");
        g.compile().expect("compiled test gazetteer")
    })
}

/// (id, type, mention surfaces) of every entity with a mention, ordered by first mention.
fn entities(text: &str) -> Vec<(String, String, Vec<String>)> {
    entities_in(text, lang())
}

/// [`entities`] read in `lang`.
fn entities_in(text: &str, lang: &Language) -> Vec<(String, String, Vec<String>)> {
    let seg = segment(text, &clean(text, lang), lang);
    let ents = find_entities(text, &seg, gaz(), lang);
    let mut list: Vec<_> = ents.list.iter().filter(|e| !e.mentions.is_empty()).collect();
    list.sort_by_key(|e| e.mentions.iter().map(|m| m.start).min());
    list.iter()
        .map(|e| {
            (
                e.id.clone(),
                e.etype.as_str().to_string(),
                e.mentions.iter().map(|m| text[m.start..m.end].to_string()).collect(),
            )
        })
        .collect()
}

/// `e!(name, text, [(id, type, [mentions])])`; `e!(en: …)` reads the text in English.
macro_rules! e {
    (@ $entities:expr; $(#[$m:meta])* $name:ident, $text:expr, [$(($id:expr, $ty:expr, [$($men:expr),* $(,)?])),* $(,)?]) => {
        $(#[$m])*
        #[test]
        fn $name() {
            let want: Vec<(String, String, Vec<String>)> =
                vec![$(($id.to_string(), $ty.to_string(), vec![$($men.to_string()),*])),*];
            assert_eq!($entities($text), want, "\ntext: {:?}", $text);
        }
    };
    (en: $($rest:tt)*) => { e!(@ entities_en; $($rest)*); };
    ($($rest:tt)*) => { e!(@ entities; $($rest)*); };
}

e!(
    ent_event_name_is_not_the_organization_of_that_name,
    "Le pays a célébré la Journée des Nations unies. L'ONU a salué ce geste.",
    [("org_onu", "ORG", ["ONU"])]
);
e!(
    ent_trophy_name_is_no_person,
    "Léa Martin a soulevé la Coupe Marcel-Dubois devant son public.",
    [("PER:lea-martin", "PER", ["Léa Martin"])]
);
e!(
    ent_listed_place_after_a_club_acronym_is_the_club,
    "L'AC Ajaccio a battu le FC Nantes samedi soir.",
    [("ORG:ac-ajaccio", "ORG", ["AC Ajaccio"]), ("ORG:fc-nantes", "ORG", ["FC Nantes"])]
);
e!(
    ent_listed_place_after_a_first_name_and_particle_is_a_surname,
    "Le virologue Marc Van Ranst a répondu aux questions.",
    [("PER:marc-van-ranst", "PER", ["Marc Van Ranst"])]
);
e!(
    ent_common_noun_alone_after_a_preposition_is_no_place,
    "Des sifflets ont accueilli le ministre au Salon samedi.",
    []
);
e!(
    ent_region_word_after_a_preposition_stays_a_place,
    "La ville est située au Nord-Est du pays.",
    [("LOC:nord-est", "LOC", ["Nord-Est"])]
);
e!(
    ent_common_noun_with_its_complement_after_a_preposition_stays_a_place,
    "Le coureur a gagné au Col de la Loze mardi.",
    [("LOC:col-de-la-loze", "LOC", ["Col de la Loze"])]
);
e!(
    ent_listed_place_after_a_first_name_and_middle_name_is_a_surname,
    "Le prix est allé au film de Marc Oskar Herstal, tourné en hiver.",
    [("PER:marc-oskar-herstal", "PER", ["Marc Oskar Herstal"])]
);
e!(
    ent_listed_place_two_names_after_a_first_name_stays_a_place,
    "Le film de Marc Oskar Bertil Herstal est sorti.",
    [("PER:marc-oskar-bertil", "PER", ["Marc Oskar Bertil"]), ("loc_herstal", "LOC", ["Herstal"])]
);
e!(
    ent_listed_place_after_a_title_and_first_name_is_a_surname,
    "Selon le maire Joe Fontana, tout va bien. Fontana a ajouté qu'il resterait.",
    [("PER:joe-fontana", "PER", ["Joe Fontana", "Fontana"])]
);
e!(
    ent_listed_place_after_a_place_preposition_stays_the_place,
    "Joe Fontana vit à Fontana depuis dix ans.",
    [("PER:joe-fontana", "PER", ["Joe Fontana"]), ("loc_fontana", "LOC", ["Fontana"])]
);
e!(
    ent_full_name_after_a_place_and_et_is_a_person,
    "Deux bourgmestres, Luc Henrard de Herstal et Paul Durand, ont signé.",
    [
        ("PER:luc-henrard", "PER", ["Luc Henrard"]),
        ("loc_herstal", "LOC", ["Herstal"]),
        ("PER:paul-durand", "PER", ["Paul Durand"])
    ]
);
e!(
    ent_listed_place_right_after_an_institution_word_is_its_name,
    "La clinique Saint-Roch a rouvert lundi.",
    [("ORG:saint-roch", "ORG", ["Saint-Roch"])]
);
e!(
    ent_listed_saint_name_after_a_place_preposition_stays_a_place,
    "Il a été soigné à Saint-Roch, puis transféré.",
    [("loc_saint_roch", "LOC", ["Saint-Roch"])]
);
e!(
    ent_listed_name_with_an_elided_article_before_a_lower_case_word_is_the_phrase,
    "L’avenir dira si le projet tient.",
    []
);
e!(
    ent_listed_name_with_an_elided_article_before_a_capital_is_the_name,
    "Selon L’Avenir, le projet tient.",
    [("org_lavenir", "ORG", ["L’Avenir"])]
);
e!(
    ent_institution_word_and_adjective_before_a_place_is_the_institution,
    "La préfecture maritime de la Manche a lancé une alerte.",
    [("ORG:prefecture-maritime-de-la-manche", "ORG", ["préfecture maritime de la Manche"])]
);
e!(
    ent_institution_word_and_adjective_after_an_indefinite_article_keeps_the_place,
    "Une clinique privée de Cholet a fermé ses portes.",
    [("loc_cholet", "LOC", ["Cholet"])]
);
e!(
    ent_first_name_that_is_a_place_then_particle_and_name_is_a_person,
    "Le parti a choisi Petra De Sutter comme ministre.",
    [("PER:petra-de-sutter", "PER", ["Petra De Sutter"])]
);
e!(
    ent_listed_place_alone_stays_a_place,
    "Les touristes reviennent à Petra cet été.",
    [("loc_petra", "LOC", ["Petra"])]
);
e!(
    ent_full_name_after_organization_word_and_adjective_is_a_person,
    "Le chef du gouvernement italien Matteo Renzi a annoncé un deuil national.",
    [("PER:matteo-renzi", "PER", ["Matteo Renzi"])]
);
e!(
    ent_full_name_right_after_organization_word_is_the_body,
    "Le groupe Jean Lefebvre a signé le contrat.",
    [("ORG:jean-lefebvre", "ORG", ["Jean Lefebvre"])]
);
e!(ent_roman_ordinal_opens_no_person, "La IVe République est tombée en 1958.", []);
e!(ent_common_noun_code_in_capitals_is_no_organization, "La pandémie de COVID-19 continue de reculer.", []);
e!(ent_acronym_no_list_knows_is_an_organization, "Le CNSP a pris le pouvoir.", [("ORG:cnsp", "ORG", ["CNSP"])]);
e!(en:
    ent_en_welsh_particle_after_councillor_abbreviation,
    "The leader of the group, Cllr Rhiannon ap Iorwerth, said the plan was rushed.",
    [("PER:rhiannon-ap-iorwerth", "PER", ["Rhiannon ap Iorwerth"])]
);
e!(en:
    ent_en_rugby_position_before_a_name_is_no_part_of_it,
    "Scrum-half Kieran Mulhall said the referee had missed it.",
    [("PER:kieran-mulhall", "PER", ["Kieran Mulhall"])]
);
e!(
    ent_institution_of_a_place_after_contracted_article,
    "Hier, l'équipe du Niger a battu ses rivaux.",
    [("ORG:equipe-du-niger", "ORG", ["équipe du Niger"])]
);
e!(
    ent_compound_first_name_no_list_knows_takes_a_particle,
    "Selon Jan-Willem de Boer, le chantier avance.",
    [("PER:jan-willem-de-boer", "PER", ["Jan-Willem de Boer"])]
);
e!(
    ent_acronym_with_vowels_before_running_text_is_an_organization,
    "Côté patronal, FEBA s'inquiète d'une longue paralysie.",
    [("ORG:feba", "ORG", ["FEBA"])]
);
e!(
    ent_capitals_with_vowels_before_a_line_break_are_no_acronym,
    "Le rapport est paru.\nVANNES\nUn gendarme a été blessé dans la nuit.",
    []
);
e!(
    ent_capitals_with_vowels_after_their_noun_are_no_acronym,
    "Les policiers du projet TARO (une unité mixte) ont saisi de la drogue.",
    []
);
e!(
    ent_name_after_a_place_and_et_is_a_place,
    "Les orages ont touché Herstal et Cholet dans la nuit.",
    [("loc_herstal", "LOC", ["Herstal"]), ("loc_cholet", "LOC", ["Cholet"])]
);
e!(
    en: ent_en_listed_place_after_a_title_and_first_name_is_a_surname,
    "Mayor Joe Fontana spoke on Monday. Later, Fontana said he would stay.",
    [("PER:joe-fontana", "PER", ["Joe Fontana", "Fontana"])]
);
e!(
    ent_institution_after_an_indefinite_article_is_the_place,
    "Un hôpital de Buenos Aires a été évacué dans la nuit.",
    [("loc_buenos_aires", "LOC", ["Buenos Aires"])]
);
e!(
    ent_institution_after_a_definite_article_is_named_after_the_place,
    "Le directeur a quitté l'hôpital de Buenos Aires dans la nuit.",
    [("ORG:hopital-de-buenos-aires", "ORG", ["hôpital de Buenos Aires"])]
);
e!(
    ent_unknown_name_joined_to_an_organization_by_and_is_one,
    "Le rapport publié par l'ONU et Oxfam dénonce la situation.",
    [("org_onu", "ORG", ["ONU"]), ("ORG:oxfam", "ORG", ["Oxfam"])]
);
e!(
    ent_name_after_an_organization_and_a_comma_is_no_organization,
    "Selon l'ONU, Dubreuil a quitté le pays.",
    [("org_onu", "ORG", ["ONU"])]
);
e!(
    ent_person_joined_to_an_organization_stays_a_person,
    "Le rapport publié par l'ONU et Sophie Marchand dénonce la situation.",
    [("org_onu", "ORG", ["ONU"]), ("PER:sophie-marchand", "PER", ["Sophie Marchand"])]
);
e!(
    ent_plural_role_noun_after_an_acronym_names_a_branch,
    "Le rapport d'ONU Femmes a été publié hier.",
    [("ORG:onu-femmes", "ORG", ["ONU Femmes"])]
);
e!(
    ent_name_after_a_direction_and_du_is_a_place,
    "Des navires ont été repérés au nord du Vexin lundi.",
    [("LOC:vexin", "LOC", ["Vexin"])]
);
e!(
    ent_names_after_plural_communes_are_places,
    "Les communes de Vavray, Tanville et Mirol ont voté contre.",
    [("LOC:vavray", "LOC", ["Vavray"]), ("LOC:tanville", "LOC", ["Tanville"]), ("LOC:mirol", "LOC", ["Mirol"])]
);
e!(
    ent_compound_with_a_saint_inside_is_a_place,
    "Les gendarmes de Montval-Saint-Aubin sont intervenus.",
    [("LOC:montval-saint-aubin", "LOC", ["Montval-Saint-Aubin"])]
);
e!(
    ent_person_named_after_a_saint_is_no_place,
    "Le maire a reçu Marc Saint-Aubin hier.",
    [("PER:marc-saint-aubin", "PER", ["Marc Saint-Aubin"])]
);
e!(
    ent_name_after_kibbutz_is_a_place,
    "Il vivait dans le kibboutz Nir Oz depuis dix ans.",
    [("LOC:nir-oz", "LOC", ["Nir Oz"])]
);
e!(
    ent_full_name_after_a_place_and_a_comma_is_a_person,
    "Mardi à Kervallec, Julien Morvan a tenu un point presse.",
    [("LOC:kervallec", "LOC", ["Kervallec"]), ("PER:julien-morvan", "PER", ["Julien Morvan"])]
);
e!(
    ent_common_noun_acronym_is_no_name,
    "Le TGV est arrivé à Lyon avec des SDF à bord.",
    [("LOC:lyon", "LOC", ["Lyon"])]
);
e!(
    ent_institution_of_a_place_after_de_la,
    "Hier, l'équipe de la Suisse a battu ses rivaux.",
    [("ORG:equipe-de-la-suisse", "ORG", ["équipe de la Suisse"])]
);
e!(
    ent_lone_org_keyword_is_the_body_named_with_it_before,
    "Le Syndicat national des boulangers a protesté mardi. Le Syndicat demande un moratoire.",
    [("ORG:syndicat-national-des-boulangers", "ORG", ["Syndicat national des boulangers", "Syndicat"])]
);
e!(
    ent_lone_org_keyword_names_no_body,
    "Les mesures prises par le Gouvernement ont été critiquées à Lyon.",
    [("LOC:lyon", "LOC", ["Lyon"])]
);
e!(
    ent_lone_assembly_keyword_is_a_body,
    "Le texte sera examiné par le Parlement lundi.",
    [("ORG:parlement", "ORG", ["Parlement"])]
);
e!(
    ent_lone_org_keyword_heads_a_name_after_a_place,
    "Hier, la Compagnie d'Orléans a ouvert une ligne.",
    [("ORG:compagnie-d-orleans", "ORG", ["Compagnie d'Orléans"])]
);
e!(
    en: ent_en_lone_org_keyword_names_no_body_but_an_assembly,
    "Critics said the plan drafted by the Government would never pass in Parliament.",
    [("ORG:parliament", "ORG", ["Parliament"])]
);
e!(
    ent_landmark_head_capitalized_with_a_name,
    "Ils ont marché du Champ de Mars à la Tour Zibelle, puis vers la Porte d'Ormelan.",
    [
        ("LOC:champ-de-mars", "LOC", ["Champ de Mars"]),
        ("LOC:tour-zibelle", "LOC", ["Tour Zibelle"]),
        ("LOC:porte-d-ormelan", "LOC", ["Porte d'Ormelan"])
    ]
);
e!(
    ent_landmark_head_lower_case_after_its_article,
    "La foule s'est massée au pied de la tour Zibelle.",
    [("LOC:tour-zibelle", "LOC", ["tour Zibelle"])]
);
e!(ent_landmark_head_in_another_sense, "En juin, ce fut au tour de Zorblax, une jeune pousse.", []);
e!(
    ent_landmark_head_before_a_listed_name_keeps_the_name,
    "Le cortège a franchi la porte de Suisse mardi.",
    [("loc_suisse", "LOC", ["Suisse"])]
);
e!(
    ent_landmark_head_over_an_organization_keyword,
    "Les élus sont revenus sur la Colline du Parlement lundi.",
    [("LOC:colline-du-parlement", "LOC", ["Colline du Parlement"])]
);
e!(ent_org_keyword_and_a_number, "Le club joue en Ligue 2 depuis deux saisons.", [("ORG:ligue-2", "ORG", ["Ligue 2"])]);
e!(
    ent_first_name_spelled_one_letter_off_the_list,
    "Le président Vladimyr Poutine a répondu mardi.",
    [("per_poutine", "PER", ["Vladimyr Poutine"])]
);
e!(
    ent_subject_after_a_fronted_place_is_no_place,
    "Pour rentrer chez elle, en Suisse, Dorvane doit traverser la ville.",
    [("loc_suisse", "LOC", ["Suisse"])]
);
e!(
    ent_name_listed_after_a_place_is_a_place,
    "Les équipes iront en Suisse, Dorvane et Ostrelle.",
    [("loc_suisse", "LOC", ["Suisse"]), ("LOC:dorvane", "LOC", ["Dorvane"]), ("LOC:ostrelle", "LOC", ["Ostrelle"])]
);
e!(
    ent_place_after_a_sports_role_is_its_club,
    "L'entraîneur adjoint de Suisse a parlé. La Suisse a gagné, en Suisse.",
    [("ORG:suisse", "ORG", ["Suisse", "Suisse"]), ("loc_suisse", "LOC", ["Suisse"])]
);
e!(ent_event_name_keeps_its_place, "Des concerts ont lieu pour la fête de l'Iran.", [("loc_iran", "LOC", ["Iran"])]);
e!(ent_gaz_elision_straight, "Le vote d'une aide à l'Ukraine est reporté.", [("loc_ukraine", "LOC", ["Ukraine"])]);
e!(ent_gaz_elision_typographic, "La délégation d’Israël est arrivée mardi.", [("loc_israel", "LOC", ["Israël"])]);
e!(
    ent_gaz_two_elisions,
    "Les relations de l’Ukraine et d'Israël se tendent.",
    [("loc_ukraine", "LOC", ["Ukraine"]), ("loc_israel", "LOC", ["Israël"])]
);
e!(ent_gaz_all_caps_without_accent, "Le président des ETATS-UNIS est attendu.", [("loc_usa", "LOC", ["ETATS-UNIS"])]);
e!(ent_gaz_without_accent, "Le président des Etats-Unis est attendu.", [("loc_usa", "LOC", ["Etats-Unis"])]);
e!(
    ent_gaz_case_and_accent_variants_grouped,
    "Les États-Unis et les Etats-Unis, disait-il, ou les ETATS-UNIS.",
    [("loc_usa", "LOC", ["États-Unis", "Etats-Unis", "ETATS-UNIS"])]
);
e!(ent_gaz_lowercase_name_not_matched, "il parle des etats-unis et de l'ukraine sans majuscule.", []);
e!(ent_gaz_word_boundary_demonym, "Un Ukrainien a remporté la course de fond.", []);
e!(ent_gaz_word_boundary_prefix, "Les soldats israéliens et le gouvernement iranien se menacent.", []);
e!(ent_gaz_word_boundary_longer_name, "Il a été élu président du Nigeria en 2023.", []);
e!(ent_gaz_word_boundary_hyphen, "La coalition pro-Iran a gagné du terrain.", []);
e!(ent_gaz_acronym_needs_capitals, "Une réunion de l'onu a eu lieu hier.", []);
e!(ent_gaz_acronym_in_capitals, "Une réunion de l'ONU a eu lieu hier.", [("org_onu", "ORG", ["ONU"])]);
e!(
    ent_gaz_acronym_and_alias_grouped,
    "L'ONU a voté. Les Nations unies enverront des casques bleus.",
    [("org_onu", "ORG", ["ONU", "Nations unies"])]
);
e!(
    ent_gaz_full_name_then_surname_grouped,
    "Vladimir Poutine a parlé longtemps. Poutine a ensuite quitté la salle.",
    [("per_poutine", "PER", ["Vladimir Poutine", "Poutine"])]
);
e!(
    ent_gaz_after_source_marker,
    "Selon Vladimir Poutine, la guerre sera longue.",
    [("per_poutine", "PER", ["Vladimir Poutine"])]
);
e!(
    ent_name_honorific_monsieur,
    "Le texte a été défendu par M. Martin devant la commission.",
    [("PER:martin", "PER", ["Martin"])]
);
e!(ent_name_honorific_sentence_initial, "M. Martin a voté contre le budget.", [("PER:martin", "PER", ["Martin"])]);
e!(ent_name_honorific_madame, "Le rapport de Mme Diallo a été adopté.", [("PER:diallo", "PER", ["Diallo"])]);
e!(
    ent_name_first_name_mid_sentence,
    "Hier soir, Pierre Dupont a démissionné.",
    [("PER:pierre-dupont", "PER", ["Pierre Dupont"])]
);
e!(
    ent_name_first_name_sentence_initial,
    "Pierre Dupont a démissionné hier soir.",
    [("PER:pierre-dupont", "PER", ["Pierre Dupont"])]
);
e!(
    ent_name_with_particle,
    "Elle a cité Anne de Villiers dans son discours.",
    [("PER:anne-de-villiers", "PER", ["Anne de Villiers"])]
);
e!(
    ent_name_full_then_surname_grouped,
    "Pierre Dupont a démissionné. Selon Dupont, la décision était prise.",
    [("PER:pierre-dupont", "PER", ["Pierre Dupont", "Dupont"])]
);
e!(
    ent_name_kang_sun_nam_grouped,
    "Le ministre Kang Sun Nam a reçu son homologue. Kang a ensuite rejoint la délégation.",
    [("PER:kang-sun-nam", "PER", ["Kang Sun Nam", "Kang"])]
);
e!(
    ent_org_keyword_parti,
    "Elle a quitté le Parti socialiste en 2017.",
    [("ORG:parti-socialiste", "ORG", ["Parti socialiste"])]
);
e!(
    ent_org_keyword_after_a_name_is_a_company,
    "Elle est passée par Vorax Robotics avant de fonder sa société.",
    [("ORG:vorax-robotics", "ORG", ["Vorax Robotics"])]
);
e!(
    ent_org_keyword_union_with_complement,
    "Selon l'Union des consommateurs, les prix ont bondi.",
    [("ORG:union-des-consommateurs", "ORG", ["Union des consommateurs"])]
);
e!(
    ent_org_complement_ends_before_a_participle_or_a_verb,
    "Le Conseil des ministres réuni mardi a tranché. Le Comité des sages comptait neuf membres.",
    [
        ("ORG:conseil-des-ministres", "ORG", ["Conseil des ministres"]),
        ("ORG:comite-des-sages", "ORG", ["Comité des sages"])
    ]
);
e!(
    ent_org_complements_chain_through_de_la_and_et,
    "La Fédération des producteurs de lait et de fromage a protesté devant l'Institut de la pêche et des forêts.",
    [
        (
            "ORG:federation-des-producteurs-de-lait-et-de-fromage",
            "ORG",
            ["Fédération des producteurs de lait et de fromage"]
        ),
        ("ORG:institut-de-la-peche-et-des-forets", "ORG", ["Institut de la pêche et des forêts"])
    ]
);
e!(
    ent_org_adjective_after_a_complement_goes_on_before_another_one_only,
    "Le Bureau de la protection civile d'Iran a diffusé une alerte.",
    [("ORG:bureau-de-la-protection-civile-d-iran", "ORG", ["Bureau de la protection civile d'Iran"])]
);
e!(
    ent_org_complement_after_a_link_word_and_its_article,
    "La Ligue contre la myopathie a lancé un appel. Le Centre d'écoute aux victimes a rouvert.",
    [
        ("ORG:ligue-contre-la-myopathie", "ORG", ["Ligue contre la myopathie"]),
        ("ORG:centre-d-ecoute-aux-victimes", "ORG", ["Centre d'écoute aux victimes"])
    ]
);
e!(
    ent_org_link_word_without_article_ends_the_name,
    "Le Conseil pour voter la motion s'est réuni.",
    [("ORG:conseil", "ORG", ["Conseil"])]
);
e!(
    ent_org_complement_may_be_a_speech_verb_form_after_a_preposition,
    "Le Centre d'alerte des crues a publié un bulletin.",
    [("ORG:centre-d-alerte-des-crues", "ORG", ["Centre d'alerte des crues"])]
);
e!(
    ent_org_keyword_after_a_common_adjective_takes_complements,
    "Le Haut Conseil pour la jeunesse a rendu son avis.",
    [("ORG:haut-conseil-pour-la-jeunesse", "ORG", ["Haut Conseil pour la jeunesse"])]
);
e!(
    ent_org_keyword_takes_no_verb_after_it,
    "Depuis lundi, le Conseil travaille sans relâche.",
    [("ORG:conseil", "ORG", ["Conseil"])]
);
e!(
    en: ent_en_org_keyword_takes_no_lower_case_word_after_it,
    "The judge said the Commission finds that the claim fails.",
    [("ORG:commission", "ORG", ["Commission"])]
);
e!(
    ent_organization_name_goes_on_with_its_place_after_an_article,
    "Le Centre d'études de la Suisse a publié un rapport. Le Centre de veille des États-Unis aussi.",
    [
        ("ORG:centre-d-etudes-de-la-suisse", "ORG", ["Centre d'études de la Suisse"]),
        ("ORG:centre-de-veille-des-etats-unis", "ORG", ["Centre de veille des États-Unis"])
    ]
);
e!(
    ent_first_name_before_a_listed_organization_is_a_person,
    "Hier, Kevin Kessler a répondu aux questions. Plus tard, Kessler a nié.",
    [("PER:kevin-kessler", "PER", ["Kevin Kessler", "Kessler"])]
);
e!(
    ent_listed_organization_after_its_keyword_stays_one,
    "Le groupe Kessler a rappelé ses voitures.",
    [("org_kessler", "ORG", ["Kessler"])]
);
e!(
    ent_first_name_before_a_camel_case_surname_is_a_person,
    "Selon Tanya McDonnell, le projet avance.",
    [("PER:tanya-mcdonnell", "PER", ["Tanya McDonnell"])]
);
e!(
    ent_listed_place_after_a_head_noun_is_its_canonical_name,
    "Le département de la Vesle a signé un accord avec la bande de Kora.",
    [("loc_dep_vesle", "LOC", ["Vesle"]), ("loc_bande_de_kora", "LOC", ["bande de Kora"])]
);
e!(ent_org_acronym, "Le bureau de la CGT appelle à la grève.", [("ORG:cgt", "ORG", ["CGT"])]);
e!(
    ent_acronym_joined_to_a_word_by_a_hyphen_is_an_organization,
    "Mardi, Snap-CFTD et FDT-Énergie ont signé l'accord.",
    [("ORG:snap-cftd", "ORG", ["Snap-CFTD"]), ("ORG:fdt-energie", "ORG", ["FDT-Énergie"])]
);
e!(
    ent_acronym_hyphen_place_or_lower_prefix_is_no_organization,
    "Le dialogue USA-Ukraine reprend dans l'ex-URSS et chez les anti-OTAN.",
    []
);
e!(
    ent_english_first_name_in_french_text_makes_a_person,
    "Le prix revient à Brayden Kowalczyk pour son film.",
    [("PER:brayden-kowalczyk", "PER", ["Brayden Kowalczyk"])]
);
e!(
    ent_place_and_regional_adjective_is_a_region,
    "Les électeurs de Suisse romande ont voté non.",
    [("LOC:suisse-romande", "LOC", ["Suisse romande"])]
);
e!(
    ent_team_named_after_its_country_is_an_organization,
    "Le sélectionneur de l'équipe d'Ukraine a parlé.",
    [("ORG:equipe-d-ukraine", "ORG", ["équipe d'Ukraine"])]
);
e!(ent_loc_after_preposition_a, "Il est né à Tataouine en 1950.", [("LOC:tataouine", "LOC", ["Tataouine"])]);
e!(
    #[ignore = "known gap: a surname opening with a capitalized particle (Le Pen) is grouped as `Pen` alone"]
    ent_name_capitalized_particle_grouped,
    "Marine Le Pen a voté contre. Le Pen a ensuite quitté l'hémicycle.",
    [("PER:marine-le-pen", "PER", ["Marine Le Pen", "Le Pen"])]
);
e!(
    #[ignore = "known gap: two capitalized words without a first name are typed PER, even an organization"]
    ent_org_without_keyword_not_a_person,
    "Dans un communiqué, Amnesty International dénonce la répression.",
    [("ORG:amnesty-international", "ORG", ["Amnesty International"])]
);
e!(
    #[ignore = "known gap: a capital after a hyphen (Saint-Étienne) is read as CamelCase, typed ORG"]
    ent_hyphenated_place_not_an_org,
    "Le maire de Saint-Étienne a démissionné.",
    [("LOC:saint-etienne", "LOC", ["Saint-Étienne"])]
);
e!(
    ent_hyphenated_place_after_a,
    "Il est né à Saint-Étienne en 1960.",
    [("LOC:saint-etienne", "LOC", ["Saint-Étienne"])]
);
e!(
    #[ignore = "known gap: a plural country after aux/les (Pays-Bas) is dropped as a demonym"]
    ent_plural_country_after_aux,
    "Elle vit aux Pays-Bas depuis 2010.",
    [("LOC:pays-bas", "LOC", ["Pays-Bas"])]
);
e!(
    ent_loc_multiword_after_a,
    "Le sommet réunira l’Ukraine, Israël et l’ONU à New York.",
    [
        ("loc_ukraine", "LOC", ["Ukraine"]),
        ("loc_israel", "LOC", ["Israël"]),
        ("org_onu", "ORG", ["ONU"]),
        ("LOC:new-york", "LOC", ["New York"])
    ]
);
e!(
    ent_org_keyword_commission,
    "La Commission européenne a validé le plan.",
    [("ORG:commission-europeenne", "ORG", ["Commission européenne"])]
);
e!(
    ent_org_acronyms_after_elision,
    "Hier, l'OTAN et l'UE ont condamné l'attaque.",
    [("ORG:otan", "ORG", ["OTAN"]), ("ORG:ue", "ORG", ["UE"])]
);
e!(
    #[ignore = "known gap: a surname met before the full name is not grouped with it (grouping looks back only)"]
    ent_name_surname_before_full_name_grouped,
    "M. Kang a parlé. Le Premier ministre Kang Sun Nam a démissionné.",
    [("PER:kang-sun-nam", "PER", ["Kang", "Kang Sun Nam"])]
);
e!(ent_sentence_initial_selon_not_a_name, "Selon la police, la manifestation a réuni deux mille personnes.", []);
e!(ent_sentence_initial_les_not_a_name, "Les manifestants ont défilé dans le calme.", []);
e!(ent_demonym_plural_not_a_name, "Il accuse les Russes de bloquer les négociations.", []);
e!(ent_demonym_plural_sentence_initial, "Les Russes ont rejeté la proposition.", []);
e!(ent_demonym_des, "Le sondage a interrogé des Français de tous âges.", []);
e!(
    ent_gaz_and_names_together,
    "M. Martin a rencontré Vladimir Poutine à Tataouine.",
    [
        ("PER:martin", "PER", ["Martin"]),
        ("per_poutine", "PER", ["Vladimir Poutine"]),
        ("LOC:tataouine", "LOC", ["Tataouine"])
    ]
);
e!(
    ent_names_do_not_cross_sentences,
    "Il a rencontré Pierre Dupont. Martin Leroy était absent.",
    [("PER:pierre-dupont", "PER", ["Pierre Dupont"]), ("PER:martin-leroy", "PER", ["Martin Leroy"])]
);

#[test]
fn ent_list_in_order_of_first_mention() {
    let text = "M. Martin a rencontré Vladimir Poutine à Tataouine.";
    let seg = seg_of(text);
    let ents = find_entities(text, &seg, gaz(), lang());
    let ids: Vec<&str> = ents.list.iter().filter(|e| !e.mentions.is_empty()).map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["PER:martin", "per_poutine", "LOC:tataouine"]);
}

#[test]
fn ent_mentions_index_their_tokens() {
    let text = "M. Martin a rencontré Vladimir Poutine à Tataouine. Poutine est reparti.";
    let seg = seg_of(text);
    let ents = find_entities(text, &seg, gaz(), lang());
    assert_eq!(ents.at_token.len(), seg.tokens.len());
    for (ei, e) in ents.list.iter().enumerate() {
        for m in &e.mentions {
            assert_eq!(seg.tokens[m.tok_start].start, m.start);
            assert_eq!(seg.tokens[m.tok_end - 1].end, m.end);
            for t in m.tok_start..m.tok_end {
                assert_eq!(ents.at(t), Some(ei));
            }
        }
    }
}

e!(
    ent_street_is_one_place,
    "Le cortège est passé par la rue Balzac puis le boulevard Saint-Michel.",
    [("LOC:rue-balzac", "LOC", ["rue Balzac"]), ("LOC:boulevard-saint-michel", "LOC", ["boulevard Saint-Michel"])]
);
e!(
    ent_square_with_article_is_one_place,
    "Ils se sont réunis place de la Concorde.",
    [("LOC:place-de-la-concorde", "LOC", ["place de la Concorde"])]
);

// Historical press (OCR) and listings.
e!(
    ent_line_end_hyphen_joins_name,
    "Hier, à la séance, le dis-\ncours de M. Lebru¬\nnet a été salué par la majo-\nrité des députés, qui ont ap-\nplaudi longuement.",
    [("PER:lebrunet", "PER", ["Lebru¬\nnet"])]
);
e!(
    ent_line_end_hyphen_mended_for_gazetteer,
    "Les troupes sont entrées en Ukrai¬\nne au petit matin, et la ville a\nété encerclée pendant toute la\njournée, sans aucun combat.",
    [("loc_ukraine", "LOC", ["Ukrai¬\nne"])]
);
e!(ent_heading_word_in_capitals_not_org, "Cours des denrées.\nSUCRE. — Le cours est resté stable hier.", []);
e!(ent_heading_words_in_capitals_not_org, "Le marché du jour : COTONS, LAINES, SOIES, tous en baisse.", []);
e!(
    ent_listing_entry_with_leader_dots_is_org,
    "Valeurs : Moteurs Gnome ........ 495 .. 485 .. Mines de fer .. 12",
    [("ORG:moteurs-gnome", "ORG", ["Moteurs Gnome"])]
);
e!(
    ent_street_with_number_before,
    "Il demeurait 27, quai de la Tournelle, depuis dix ans.",
    [("LOC:27-quai-de-la-tournelle", "LOC", ["27, quai de la Tournelle"])]
);
e!(
    ent_street_with_number_after,
    "Le magasin de la rue Ordener, 80, a été cambriolé.",
    [("LOC:rue-ordener-80", "LOC", ["rue Ordener, 80"])]
);
e!(
    ent_name_particle_after_honorific,
    "Le rapport de M. de Lasteyrie a été adopté.",
    [("PER:de-lasteyrie", "PER", ["de Lasteyrie"])]
);
e!(
    ent_name_initial_and_surname,
    "Le livre de T. Mortreuil est paru hier.",
    [("PER:t-mortreuil", "PER", ["T. Mortreuil"])]
);
e!(
    ent_name_list_after_plural_honorific,
    "Ont voté contre MM. Louis Billiet, Delaunay et Saillard, hier soir.",
    [
        ("PER:louis-billiet", "PER", ["Louis Billiet"]),
        ("PER:delaunay", "PER", ["Delaunay"]),
        ("PER:saillard", "PER", ["Saillard"])
    ]
);
e!(
    ent_regnal_name_is_a_person,
    "L'institution remonte à Charles XI, dit-on.",
    [("PER:charles-xi", "PER", ["Charles XI"])]
);
e!(ent_lone_letter_not_a_name, "Le prix est fixé par la série A et la série B.", []);

// Places.
e!(
    ent_compound_place_with_infix,
    "Le train est passé par Châlons-sur-Marne hier soir.",
    [("LOC:chalons-sur-marne", "LOC", ["Châlons-sur-Marne"])]
);
e!(
    ent_list_with_a_place_makes_places,
    "Des colis sont partis pour Vou, Ligueil, Manthelan et Israël.",
    [
        ("LOC:vou", "LOC", ["Vou"]),
        ("LOC:ligueil", "LOC", ["Ligueil"]),
        ("LOC:manthelan", "LOC", ["Manthelan"]),
        ("loc_israel", "LOC", ["Israël"])
    ]
);
e!(
    ent_list_with_two_organizations_makes_organizations,
    "Les signataires ONU, Borvalia, Kessler et Nouvel Essor publient un texte.",
    [
        ("org_onu", "ORG", ["ONU"]),
        ("ORG:borvalia", "ORG", ["Borvalia"]),
        ("org_kessler", "ORG", ["Kessler"]),
        ("ORG:nouvel-essor", "ORG", ["Nouvel Essor"])
    ]
);
e!(
    ent_old_hyphenated_place_found_spaced,
    "Le paquebot arriva le lendemain à Buenos-Aires.",
    [("loc_buenos_aires", "LOC", ["Buenos-Aires"])]
);
e!(
    ent_place_and_direction_are_one_place,
    "Les réfugiés d'Ukraine de l'Ouest sont arrivés.",
    [("LOC:ukraine-de-l-ouest", "LOC", ["Ukraine de l'Ouest"])]
);
e!(ent_place_after_pres_de, "Le camp est situé près de Kati, selon l'armée.", [("LOC:kati", "LOC", ["Kati"])]);

// Organizations.
e!(
    ent_org_keyword_then_adjective,
    "Le tir a été annoncé par l'agence officielle Yonhap hier.",
    [("ORG:yonhap", "ORG", ["Yonhap"])]
);
e!(
    ent_acronym_in_parentheses_joins_name,
    "Le Comité national pour le salut du peuple (CNSP) a pris le pouvoir. Le CNSP promet des élections.",
    [(
        "ORG:comite-national-pour-le-salut-du-peuple",
        "ORG",
        ["Comité national pour le salut du peuple", "CNSP", "CNSP"]
    )]
);

e!(
    ent_spelled_out_name_with_capitalized_acronym_is_one_organization,
    "Les pompiers du Service départemental d'incendie et de secours du Var (Sdis) sont intervenus. Le Sdis a engagé trente hommes.",
    [(
        "ORG:service-departemental-d-incendie-et-de-secours-du-var",
        "ORG",
        ["Service départemental d'incendie et de secours du Var", "Sdis", "Sdis"]
    )]
);
e!(
    ent_spelled_out_name_acronym_with_a_number,
    "Les rebelles du Mouvement du 12 avril (M12) tiennent la route. Le M12 dément.",
    [("ORG:mouvement-du-12-avril", "ORG", ["Mouvement du 12 avril", "M12", "M12"])]
);
e!(
    ent_spelled_out_name_takes_the_organization_and_place_inside,
    "La Mission des Nations unies pour la paix en Ruritanie (MINUPAR) se retire. La MINUPAR a confirmé.",
    [(
        "ORG:mission-des-nations-unies-pour-la-paix-en-ruritanie",
        "ORG",
        ["Mission des Nations unies pour la paix en Ruritanie", "MINUPAR", "MINUPAR"]
    )]
);
e!(
    ent_spelled_out_name_keeps_no_place_inside_it,
    "Un avis de la préfecture maritime de la Manche et de la mer du Nord (PMMN) est paru.",
    [(
        "ORG:prefecture-maritime-de-la-manche-et-de-la-mer-du-nord",
        "ORG",
        ["préfecture maritime de la Manche et de la mer du Nord", "PMMN"]
    )]
);
e!(
    ent_spelled_out_name_starts_at_the_head_leaving_out_fewest_words,
    "Le Parti radical et le Parti ouvrier breton (POB) ont voté contre.",
    [
        ("ORG:parti-radical", "ORG", ["Parti radical"]),
        ("ORG:parti-ouvrier-breton", "ORG", ["Parti ouvrier breton", "POB"])
    ]
);
e!(
    ent_spelled_out_name_needs_letters_that_agree,
    "Selon l'Agence nationale des routes (Kzx), le chantier avance.",
    [("ORG:agence-nationale-des-routes", "ORG", ["Agence nationale des routes", "Kzx"])]
);

e!(
    ent_unknown_short_name_in_parentheses_joins_the_organization,
    "Le Syndicat des loueurs de barques du lac (Sylobac) salue la décision. Le Sylobac rouvre lundi.",
    [(
        "ORG:syndicat-des-loueurs-de-barques-du-lac",
        "ORG",
        ["Syndicat des loueurs de barques du lac", "Sylobac", "Sylobac"]
    )]
);
e!(
    ent_common_word_in_parentheses_is_no_short_name,
    "Le Conseil des sages (Archives) a siégé mardi.",
    [("ORG:conseil-des-sages", "ORG", ["Conseil des sages"])]
);
e!(
    ent_acronym_in_capitals_spells_a_name_without_keyword,
    "La Conférence des directeurs régionaux de la culture (CDRC) s'est réunie. La CDRC a publié un avis.",
    [(
        "ORG:conference-des-directeurs-regionaux-de-la-culture",
        "ORG",
        ["Conférence des directeurs régionaux de la culture", "CDRC", "CDRC"]
    )]
);
e!(
    ent_name_in_quotation_marks_after_an_organization_word,
    "Pour le mouvement « Terre Libre », le vote n'est pas valable.",
    [("ORG:terre-libre", "ORG", ["Terre Libre"])]
);
e!(
    ent_name_in_quotation_marks_after_a_participle_is_untyped,
    "Le vote a porté sur une coalition baptisée « Horizon ».",
    []
);

e!(
    ent_common_word_run_is_not_a_person,
    "Elle a remporté son premier Grand Chelem. Les Jeunes Agriculteurs manifestent.",
    []
);
e!(
    ent_hyphenated_common_word_run_is_not_a_person,
    "Le ministre rêve d'une Start-up Nation. Le vent souffle du Nord-Est Atlantique ce soir.",
    []
);
e!(
    ent_unlisted_first_name_run_stays_a_person,
    "Hier soir, Kwesiro Lambanda a remporté l'étape.",
    [("PER:kwesiro-lambanda", "PER", ["Kwesiro Lambanda"])]
);
e!(
    ent_common_word_listing_entry_is_a_company,
    "Obligations 3 %\nRoyal Dutch ....... 510\n",
    [("ORG:royal-dutch", "ORG", ["Royal Dutch"])]
);

// English (capitalized role titles and place words after the name).
fn entities_en(text: &str) -> Vec<(String, String, Vec<String>)> {
    entities_in(text, en())
}

e!(
    en: ent_en_capitalized_role_title_before_name,
    "The plan was defended by Health Minister Brad Hazzard on Tuesday.",
    [("PER:brad-hazzard", "PER", ["Brad Hazzard"])]
);
e!(
    en: ent_en_org_keyword_takes_its_capitalized_of_complement,
    "The Ministry of Foreign Affairs and the Association of American Railroads replied on Monday.",
    [
        ("ORG:ministry-of-foreign-affairs", "ORG", ["Ministry of Foreign Affairs"]),
        ("ORG:association-of-american-railroads", "ORG", ["Association of American Railroads"])
    ]
);
e!(
    en: ent_en_org_keyword_complement_after_the_article,
    "The Commission of the Federated Provinces replied on Monday.",
    [("ORG:commission-of-the-federated-provinces", "ORG", ["Commission of the Federated Provinces"])]
);
e!(
    en: ent_en_place_before_org_keyword_run_is_its_modifier,
    "The case went from Herstal Crown Court to the Nantes Stock Exchange, said a spokesman in Herstal.",
    [
        ("ORG:herstal-crown-court", "ORG", ["Herstal Crown Court"]),
        ("ORG:nantes-stock-exchange", "ORG", ["Nantes Stock Exchange"]),
        ("loc_herstal", "LOC", ["Herstal"])
    ]
);
e!(
    en: ent_en_postnominal_letters_are_no_part_of_the_name,
    "The court heard Simon Achterberg KC and Jane Hillary MP on Monday.",
    [("PER:simon-achterberg", "PER", ["Simon Achterberg"]), ("PER:jane-hillary", "PER", ["Jane Hillary"])]
);
e!(en: ent_en_role_title_alone_names_no_one, "The statement came from the Defence Minister on Tuesday.", []);
e!(
    en: ent_en_abbreviated_office_before_name_is_no_organization,
    "The ruling was read by CJ Martha Okello on Monday.",
    [("PER:martha-okello", "PER", ["Martha Okello"])]
);

#[test]
fn ent_en_possessive_is_not_part_of_the_name() {
    let got = entities_en("The rocket lifted off in Sriharikota, and the Supreme Court's ruling came later.");
    let names: Vec<(&str, &str)> = got.iter().map(|(_, t, m)| (m[0].as_str(), t.as_str())).collect();
    assert_eq!(names, [("Sriharikota", "LOC"), ("Supreme Court", "ORG")]);
}

e!(
    en: ent_en_role_noun_heading_a_first_name_is_cut_off,
    "Yesterday Shopkeeper Alan Briggs opened early.",
    [("PER:alan-briggs", "PER", ["Alan Briggs"])]
);
e!(en: ent_en_common_word_run_is_not_a_person, "Engineers say Crew Dragon will dock on Friday.", []);
e!(
    en: ent_en_unlisted_first_name_run_stays_a_person,
    "On Friday Kwesiro Lambanda won the stage.",
    [("PER:kwesiro-lambanda", "PER", ["Kwesiro Lambanda"])]
);
e!(
    en: ent_en_title_case_headline_makes_no_person_of_capitals_alone,
    "Official Complains About Storm Keeping Drains Blocked\nThe storm hit on Monday.",
    []
);
e!(
    en: ent_en_preposition_of_place_types_an_unknown_name,
    "Residents in Dobsonville said the power was cut again.",
    [("LOC:dobsonville", "LOC", ["Dobsonville"])]
);
e!(
    en: ent_en_place_word_after_name,
    "Water flooded homes on Sandy Lane overnight.",
    [("LOC:sandy-lane", "LOC", ["Sandy Lane"])]
);

// --- English function-word roles (data/en/function_words.tsv) ---------------------------
e!(
    en: ent_en_region_after_in_the_is_a_place,
    "Heavy rain flooded roads in the Fenwolds on Monday.",
    [("LOC:fenwolds", "LOC", ["Fenwolds"])]
);
e!(
    en: ent_en_name_coordinated_with_a_place_by_or_is_a_place,
    "Flights will leave for Buenos Aires or Carvoro on Friday.",
    [("loc_buenos_aires", "LOC", ["Buenos Aires"]), ("LOC:carvoro", "LOC", ["Carvoro"])]
);
e!(
    en: ent_en_list_of_places_joined_by_and_is_all_places,
    "Storms hit Buenos Aires, Carvoro and Delmont on Friday.",
    [("loc_buenos_aires", "LOC", ["Buenos Aires"]), ("LOC:carvoro", "LOC", ["Carvoro"]), ("LOC:delmont", "LOC", ["Delmont"])]
);
e!(
    en: ent_en_list_of_persons_after_an_honorific_ends_with_and,
    "Mr. Peter Grayling, Tavish and Morrow signed the letter.",
    [("PER:peter-grayling", "PER", ["Peter Grayling"]), ("PER:tavish", "PER", ["Tavish"]), ("PER:morrow", "PER", ["Morrow"])]
);
e!(
    en: ent_en_name_after_of_complement_starts_at_its_first_name,
    "The minister of Finance Sam Okoro arrived on Monday.",
    [("PER:sam-okoro", "PER", ["Sam Okoro"])]
);

// Nationality nouns, longer names after a gazetteer name, title-case headlines.
e!(
    ent_demonym_before_a_name_is_cut_off,
    "Mardi, l'Italienne Jasmine Paolini a battu la Slovène Tamara Zidansek.",
    [("PER:jasmine-paolini", "PER", ["Jasmine Paolini"]), ("PER:tamara-zidansek", "PER", ["Tamara Zidansek"])]
);
e!(
    en: ent_en_demonym_before_a_first_name_is_cut_off,
    "Yesterday the Briton Harold Pemberton won the final in three sets.",
    [("PER:harold-pemberton", "PER", ["Harold Pemberton"])]
);
e!(en: ent_en_plural_demonym_ends_no_name, "Many New Zealanders said on Monday that the plan would fail.", []);
e!(
    ent_gazetteer_name_starting_a_longer_name,
    "Le communiqué de l'ONU Habitat a été publié lundi.",
    [("ORG:onu-habitat", "ORG", ["ONU Habitat"])]
);
e!(
    en: ent_en_title_case_headline_first_name_and_surname_only,
    "Sarah Whitcombe Named New Head Of Regional Hospital Board\nThe board said on Monday that she would start in the spring.",
    [("PER:sarah-whitcombe", "PER", ["Sarah Whitcombe"])]
);

e!(
    ent_loc_feature_head_is_part_of_the_name,
    "Des pêcheurs du lac Tavaro sont inquiets. Le détroit d'Ormuzal est bloqué.",
    [("LOC:lac-tavaro", "LOC", ["lac Tavaro"]), ("LOC:detroit-d-ormuzal", "LOC", ["détroit d'Ormuzal"])]
);
e!(
    ent_loc_keyword_ending_in_elision,
    "Il habite la ville d'Ormuzkal depuis dix ans.",
    [("LOC:ormuzkal", "LOC", ["Ormuzkal"])]
);
e!(ent_demonym_before_single_surname, "Hier, le Serbe Vukovic a gagné.", [("PER:vukovic", "PER", ["Vukovic"])]);
e!(en: ent_en_demonym_adjective_before_one_word_is_no_surname, "He joined the American Express board last year.", []);
e!(
    en: ent_en_noun_only_demonym_before_one_surname,
    "Later the Briton Murray lost again.",
    [("PER:murray", "PER", ["Murray"])]
);
e!(ent_role_title_complement_not_a_name, "Il a été reçu par le Président de la République hier.", []);
e!(ent_honorific_article_role_not_a_name, "Elle a remercié Madame le Greffier pour son aide.", []);
e!(
    ent_honorific_particle_then_honorific_title,
    "Il a consulté M. le Dr Erary hier.",
    [("PER:le-dr-erary", "PER", ["le Dr Erary"])]
);

e!(
    ent_title_opened_by_article_is_no_person,
    "Selon L'Écho Lorrain, le maire a démissionné.",
    [("ORG:l-echo-lorrain", "ORG", ["L'Écho Lorrain"])]
);
e!(
    ent_title_opened_by_article_keeps_its_day,
    "Il l'a dit dans La Gazette Dimanche ce week-end.",
    [("ORG:la-gazette-dimanche", "ORG", ["La Gazette Dimanche"])]
);
e!(
    ent_surname_with_article_after_first_name_stays_a_person,
    "Jean Le Goffic a parlé hier. Selon Le Goffic, tout va bien.",
    [("PER:jean-le-goffic", "PER", ["Jean Le Goffic", "Le Goffic"])]
);
e!(
    ent_compound_place_keeps_its_article,
    "Ils sont arrivés à La Roche-sur-Vézère hier soir.",
    [("LOC:la-roche-sur-vezere", "LOC", ["La Roche-sur-Vézère"])]
);
e!(ent_article_and_one_word_need_evidence, "Il a lu Le Courrier hier matin.", []);
e!(
    ent_capitalized_article_after_a_dateline_number_is_dropped,
    "Publié 2023-05 Le Service de police de la ville a arrêté deux suspects.",
    [("ORG:service-de-police-de-la-ville", "ORG", ["Service de police de la ville"])]
);
e!(
    ent_untyped_compound_name_joins_the_same_name_typed_elsewhere,
    "Les clients de Hydro-Québec protestent. La société Hydro-Québec a relevé ses tarifs.",
    [("ORG:hydro-quebec", "ORG", ["Hydro-Québec", "Hydro-Québec"])]
);
e!(ent_untyped_compound_name_alone_stays_unknown, "Les clients de Hydro-Valmor protestent.", []);
e!(
    ent_compound_name_after_a_place_is_an_organization,
    "Selon les prévisions, Météo-Niger maintient la vigilance orange.",
    [("ORG:meteo-niger", "ORG", ["Météo-Niger"])]
);
e!(
    ent_compound_name_after_a_place_at_sentence_start,
    "Radio-Ukraine a interrompu ses programmes mardi.",
    [("ORG:radio-ukraine", "ORG", ["Radio-Ukraine"])]
);
e!(ent_direction_before_a_place_is_no_organization, "Des combats ont repris. Sud-Ukraine et Crimée sont touchés.", []);
e!(ent_two_places_hyphenated_are_no_organization, "La guerre Iran-Israël inquiète les marchés.", []);
e!(ent_first_name_before_a_place_is_no_organization, "Hier soir, Marie-Niger a répondu aux questions.", []);
e!(
    ent_portfolio_after_role_not_a_name,
    "Ahmed Benali, Ministre d'État et Ministre des Affaires Étrangères, est arrivé.",
    [("PER:ahmed-benali", "PER", ["Ahmed Benali"])]
);

// ---------------------------------------------------------------------------------------------
// Language choice: the first words of a page may be furniture in another language.

/// An extractor choosing between French and English, with the test gazetteer.
fn bilingual() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| {
        let mut g = Gazetteer::new();
        g.add_tsv(GAZ, "stages.tsv").expect("test gazetteer");
        let langs = vec![Language::french().expect("French"), Language::english().expect("English")];
        Extractor::with_languages(langs, g.compile().expect("compiled test gazetteer")).expect("two languages")
    })
}

/// `l!(name, text, lang)`: the code of the language `text` is read in.
macro_rules! l {
    ($(#[$m:meta])* $name:ident, $text:expr, $lang:expr) => {
        $(#[$m])*
        #[test]
        fn $name() {
            assert_eq!(bilingual().language_of($text).code, $lang);
        }
    };
}

/// A French article body, long enough to outweigh a caption.
const FR_BODY: &str = "Le conseil municipal de la ville a voté mardi soir le budget de l'année prochaine, \
     après un long débat entre la majorité et l'opposition sur le prix de l'eau.\n\n\
     « Nous avons fait le choix de ne pas augmenter les impôts », a expliqué le maire devant les \
     élus, avant de rappeler que les travaux de la piscine commenceront au printemps.\n\n\
     Les habitants du quartier de la gare, qui attendent depuis des années une nouvelle école, \
     devront encore patienter : le projet est reporté à la fin du mandat, faute de crédits.\n\n\
     Pour l'opposition, il s'agit d'un budget sans ambition qui ne répond pas aux besoins des \
     familles et des commerçants du centre, dont plusieurs ont fermé cette année.";

/// An English article body, long enough to outweigh a byline.
const EN_BODY: &str = "The city council voted on Tuesday night for the budget of the coming year, after a \
     long debate between the majority and the opposition over the price of water.\n\n\
     \"We have chosen not to raise taxes,\" the mayor told the councillors, before recalling that \
     the work on the swimming pool will begin in the spring.\n\n\
     The people who live near the station, who have been waiting for years for a new school, \
     will have to wait a little longer: the project has been put off until the end of the term.\n\n\
     For the opposition, it is a budget with no ambition that does not meet the needs of the \
     families and shopkeepers of the centre, several of whom have closed this year.";

l!(lang_french_article, FR_BODY, "fr");
l!(lang_english_article, EN_BODY, "en");
l!(
    lang_english_caption_over_french_article,
    &format!(
        "The mayor speaks to the press in front of the town hall on Monday, as protesters gathered in \
         the square behind him with their banners. Photo: AFP\n\n{FR_BODY}"
    ),
    "fr"
);
l!(
    lang_english_cookie_banner_over_french_article,
    &format!(
        "We use cookies to improve your experience on our website. By continuing to browse, you agree \
         to the use of cookies and to the terms of our privacy policy.\nAccept\n\n{FR_BODY}"
    ),
    "fr"
);
l!(
    lang_french_quote_and_byline_over_english_article,
    &format!(
        "Par Jean Dupont, à Bruxelles\n« Nous ne céderons pas sur la question des retraites, et le \
         gouvernement le sait », a déclaré la ministre devant les députés de la commission.\n\n{EN_BODY}"
    ),
    "en"
);
l!(
    lang_english_quote_inside_french_article,
    &format!(
        "{FR_BODY}\n\nHe said: \"This is the best deal that we have ever made for the people of this \
         country, and it is a deal that they will be proud of for years to come.\"\n\n{FR_BODY}"
    ),
    "fr"
);
l!(
    lang_short_mixed_document,
    "Photo: the mayor at the market. Le maire a déclaré que la ville ne vendrait pas le terrain.",
    "fr"
);
l!(lang_empty_document_is_the_first, "", "fr");
l!(lang_furniture_only_document, "Accueil | Sport | Météo\n12 / 24\n©2024\nMenu", "fr");
l!(lang_english_furniture_only_document, "Home\nSign in\nSubscribe to the newsletter\nShare this on Twitter", "en");

e!(
    ent_listed_surname_after_another_first_name_is_someone_else,
    "Le maire a reçu Jean Poutine, boulanger du village.",
    [("PER:jean-poutine", "PER", ["Jean Poutine"])]
);
e!(
    ent_listed_surname_alone_joins_the_person_named_in_full,
    "La porte-parole, Sarah Sanders, a démenti. Selon Sanders, rien ne change.",
    [("PER:sarah-sanders", "PER", ["Sarah Sanders", "Sanders"])]
);
e!(
    ent_listed_person_keeps_a_first_name_spelled_one_letter_apart,
    "Le président Abdelmajid Tebboune a reçu la délégation.",
    [("per_tebboune", "PER", ["Abdelmajid Tebboune"])]
);
e!(
    ent_listed_person_alone_stays_the_listed_person,
    "Le ministre a cité Poutine.",
    [("per_poutine", "PER", ["Poutine"])]
);
e!(
    ent_listed_title_with_article_in_lower_case_is_the_common_phrase,
    "Le monde a changé depuis. Selon Le Monde, la crise dure.",
    [("org_le_monde", "ORG", ["Le Monde"])]
);
e!(
    ent_lone_first_name_with_role_apposition_is_a_person,
    "La ferme de Patrick, agriculteur sur l'île, a été inondée.",
    [("PER:patrick", "PER", ["Patrick"])]
);
e!(
    ent_lone_first_name_with_age_is_a_person,
    "Dany, 72 ans, a dû quitter sa maison inondée.",
    [("PER:dany", "PER", ["Dany"])]
);
e!(
    ent_first_name_after_unlisted_first_name_stays_part_of_the_name,
    "Les policiers ont arrêté Robby Valère, 23 ans, mardi.",
    [("PER:robby-valere", "PER", ["Robby Valère"])]
);
e!(
    ent_first_name_and_surname_after_a_place_preposition_is_a_person,
    "Le prix d'interprétation a été attribué à Hélène Vasseur pour son premier rôle.",
    [("PER:helene-vasseur", "PER", ["Hélène Vasseur"])]
);
e!(
    ent_first_name_and_surname_coordinated_with_a_place_stays_a_place,
    "Des heurts ont eu lieu à Lyon et Diego Suarez dans la nuit.",
    [("LOC:lyon", "LOC", ["Lyon"]), ("LOC:diego-suarez", "LOC", ["Diego Suarez"])]
);
e!(
    ent_listed_person_alias_drops_its_lower_case_title,
    "Le roi Albert a reçu les lauréats au palais.",
    [("per_albert_de_valdor", "PER", ["Albert"])]
);
e!(
    ent_listed_person_alias_drops_its_title_before_a_particle,
    "Le général de Montclar a quitté la ville en 1944.",
    [("per_jean_de_montclar", "PER", ["de Montclar"])]
);
e!(
    ent_unknown_name_with_a_particle_and_an_age_is_a_person,
    "Ladislas de Toldi, 27 ans, entend bien être de la fête.",
    [("PER:ladislas-de-toldi", "PER", ["Ladislas de Toldi"])]
);
e!(
    ent_name_with_a_particle_before_a_time_is_no_person,
    "Conférence au Palais de la Découverte,9 h. 45 : la biologie.",
    [("LOC:palais-de-la-decouverte", "LOC", ["Palais de la Découverte"])]
);
e!(
    ent_first_word_of_an_organization_is_its_short_name,
    "Les salariés du sous-traitant Aéroméca Industries sont en grève. Dans un communiqué, Aéroméca maintient sa proposition.",
    [("ORG:aeromeca-industries", "ORG", ["Aéroméca Industries", "Aéroméca"])]
);
e!(
    ent_name_after_a_roles_place_and_a_comma_is_the_holder,
    "Le maire de Cholet, Réjean Lapointe, ne cachait pas sa colère.",
    [("loc_cholet", "LOC", ["Cholet"]), ("PER:rejean-lapointe", "PER", ["Réjean Lapointe"])]
);
e!(
    ent_plural_common_noun_opens_a_trade_name,
    "Le directeur des Verres Castagné a parlé.",
    [("ORG:verres-castagne", "ORG", ["Verres Castagné"])]
);
e!(
    ent_vowelless_code_ends_a_body_name,
    "Selon Vallée FM, la route est coupée.",
    [("ORG:vallee-fm", "ORG", ["Vallée FM"])]
);
e!(
    ent_surname_in_capitals_with_vowels_stays_a_person,
    "Ndiaga KANE a parlé devant la presse.",
    [("PER:ndiaga-kane", "PER", ["Ndiaga KANE"])]
);
e!(
    ent_organization_keyword_among_stop_words_ends_a_company_name,
    "Le directeur de Dupont Bâtiment Services a parlé.",
    [("ORG:dupont-batiment-services", "ORG", ["Dupont Bâtiment Services"])]
);
e!(
    ent_company_suffix_in_capitals_ends_its_name,
    "Les turbines de Forces Motrices de Vernay SA tournent.",
    [("ORG:forces-motrices-de-vernay-sa", "ORG", ["Forces Motrices de Vernay SA"])]
);
e!(
    ent_short_stop_word_ending_a_cut_name_is_trimmed,
    "Il a rencontré le ministre Ali Akbar Sa",
    [("PER:ali-akbar", "PER", ["Ali Akbar"])]
);
e!(
    ent_police_of_a_place_is_an_institution,
    "Selon la police de Nantes, le suspect a été arrêté.",
    [("ORG:police-de-nantes", "ORG", ["police de Nantes"])]
);
e!(
    ent_police_with_no_place_after_is_no_name,
    "La police de proximité patrouille à Lyon.",
    [("LOC:lyon", "LOC", ["Lyon"])]
);
e!(
    ent_cheikh_is_a_first_name_opening_the_name,
    "Le ministre de l'Agriculture, Cheikh Tidiane Faye, a visité les champs.",
    [("PER:cheikh-tidiane-faye", "PER", ["Cheikh Tidiane Faye"])]
);
