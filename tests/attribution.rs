//! Attribution, one named case per phenomenon of French news (texts written for these tests).
//!
//! `t!(name, text, [(quote, speaker), ...])` runs the whole pipeline with the embedded
//! default gazetteer and checks every non-term quote's text and speaker, in order.

mod common;
use common::{bilingual_extractor, check, check_with, extractor};

macro_rules! t {
    ($name:ident, $text:expr, [$(($quote:expr, $speaker:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            check($text, &[$(($quote, $speaker)),*]);
        }
    };
}

/// [`t!`] for an English text, read by the French and English extractor (which must choose English).
macro_rules! t_en {
    ($name:ident, $text:expr, [$(($quote:expr, $speaker:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let rec = check_with(bilingual_extractor(), $text, &[$(($quote, $speaker)),*]);
            assert_eq!(rec.lang, "en");
        }
    };
}

// --- Cue after the quote -------------------------------------------------------------
t!(
    post_cue_named_speaker,
    "« Nous irons jusqu'au bout », a déclaré Pierre Dupont.",
    [("Nous irons jusqu'au bout", Some("Pierre Dupont"))]
);
t!(
    post_cue_present_tense,
    "« La réforme est prête », affirme Aminata Diallo.",
    [("La réforme est prête", Some("Aminata Diallo"))]
);
t!(
    post_cue_with_adverb,
    "« Le calendrier sera tenu », a également indiqué Jean Moreau.",
    [("Le calendrier sera tenu", Some("Jean Moreau"))]
);
t!(
    post_cue_skips_prepositional_phrase,
    "« Ce sera difficile », a déclaré à l'AFP Jean Moreau.",
    [("Ce sera difficile", Some("Jean Moreau"))]
);
t!(
    post_cue_adverbial_before_inverted_name,
    "Les voyageurs sont furieux. « Ce retard est scandaleux ! », s'exclame par exemple Martine Dupuis.",
    [("Ce retard est scandaleux !", Some("Martine Dupuis"))]
);
t!(
    post_cue_prepositional_adverbial_before_inverted_name,
    "La foule a envahi la place. « Le pays va mal », déplore d'un bloc Paul Ndiaye, habitant du quartier.",
    [("Le pays va mal", Some("Paul Ndiaye"))]
);
t!(
    post_cue_place_complement_is_no_speaker,
    "« Il y a trop de monde », s'énervait en gare de Lyon M. Martin, un retraité.",
    [("Il y a trop de monde", Some("Martin"))]
);
t!(
    post_cue_after_a_line_break,
    "La clinique a été piratée.\n« Aucun patient n'a été touché »,\nassure Jean Dupont dans un communiqué.",
    [("Aucun patient n'a été touché", Some("Jean Dupont"))]
);
t!(
    post_cue_one_of_a_group,
    "Des soldats ont été attaqués. Le camp « a été encerclé » lundi, a indiqué l'un d'eux.",
    [("a été encerclé", Some("l'un d'eux"))]
);
t!(
    post_cue_one_among_a_group,
    "Les chauffeurs sont en colère. « On ne lâchera rien », lance l'une d'entre elles.",
    [("On ne lâchera rien", Some("l'une d'entre elles"))]
);
t!(
    post_cue_description_then_name,
    "« Nous attendons des réponses », a expliqué le porte-parole du syndicat, Marc Leroy.",
    [("Nous attendons des réponses", Some("Marc Leroy"))]
);
t!(
    post_cue_description_with_complement_then_name,
    "« Nous devons protéger les civils », a déclaré le haut-commissaire aux droits de l'homme Jean Dufour.",
    [("Nous devons protéger les civils", Some("Jean Dufour"))]
);
t!(
    post_cue_description_complement_comma_name,
    "« Nous irons vite », a dit la ministre, Anne Lemaire. « L'outil est prêt », a commenté le commissaire au Numérique, Hugo Vasseur. « Il sert depuis longtemps. »",
    [
        ("Nous irons vite", Some("Anne Lemaire")),
        ("L'outil est prêt", Some("Hugo Vasseur")),
        ("Il sert depuis longtemps.", Some("Hugo Vasseur"))
    ]
);
t!(
    post_cue_description_adjective_complement_comma_name,
    "« Le texte est équilibré », a estimé le commissaire européen aux transports, Paul Girardot.",
    [("Le texte est équilibré", Some("Paul Girardot"))]
);
t!(
    post_cue_complement_comma_honorific_name,
    "« L'outil est prêt », a commenté le commissaire au Numérique, M. Hugo Vasseur.",
    [("L'outil est prêt", Some("Hugo Vasseur"))]
);
t!(
    post_cue_bare_par_complement_comma_name,
    "« Nous poursuivrons l'enquête », a déclaré la directrice par intérim de la police, Claire Vasseur.",
    [("Nous poursuivrons l'enquête", Some("Claire Vasseur"))]
);
t!(
    post_cue_description_acronym_parenthesis_comma_name,
    "« Les routes resteront bloquées », a affirmé la présidente de la Fédération des éleveurs (FDE), Martine Gaudin, à la presse.",
    [("Les routes resteront bloquées", Some("Martine Gaudin"))]
);
t!(
    post_cue_parenthesis_then_name_not_ending_the_phrase_keeps_the_description,
    "« Les routes resteront bloquées », a affirmé la présidente de la Fédération des éleveurs (FDE), Martine Gaudin et Paul Roy.",
    [("Les routes resteront bloquées", Some("la présidente de la Fédération des éleveurs"))]
);
t!(
    post_cue_coordinated_roles_comma_name,
    "« Le budget est prêt », a commenté le ministre des Finances et maire de Lille, Paul Girardot, au micro.",
    [("Le budget est prêt", Some("Paul Girardot"))]
);
t!(
    post_cue_two_descriptions_then_name,
    "« Le quartier est sûr », souligne le porte-parole de la police, l'inspecteur Paul Girardot.",
    [("Le quartier est sûr", Some("Paul Girardot"))]
);
t!(
    post_cue_name_object_of_the_complement_is_no_speaker,
    "« Le budget est prêt », a déclaré le porte-parole de Jean Dupont.",
    [("Le budget est prêt", Some("le porte-parole"))]
);
t!(
    post_cue_honorific_name_object_of_the_complement_is_no_speaker,
    "« Le texte suivra », a ajouté le porte-parole de Mme Claire Lenoir.",
    [("Le texte suivra", Some("le porte-parole"))]
);
t!(
    post_cue_name_of_the_complement_role_is_no_speaker,
    "« Rien ne change », a dit le porte-parole de la présidente Anne Roux.",
    [("Rien ne change", Some("le porte-parole de la présidente"))]
);
t!(
    post_cue_complement_comma_name_not_in_a_prepositional_phrase,
    "Le ministre des Finances et de la Communauté à l'étranger, Karim Ouali, a parlé. « Nous tiendrons », a-t-il ajouté.",
    [("Nous tiendrons", Some("Karim Ouali"))]
);
t!(
    post_cue_unknown_noun_after_determiner_is_the_speaker,
    "« Nous irons vite », a dit Anne Lemaire. « Il n'y a rien à manger », se justifie un pillard. « Nous avons faim. »",
    [
        ("Nous irons vite", Some("Anne Lemaire")),
        ("Il n'y a rien à manger", Some("un pillard")),
        ("Nous avons faim.", Some("un pillard"))
    ]
);
t!(
    unresolved_definite_description_does_not_carry_over,
    "« Nous irons vite », a dit Anne Lemaire, la ministre. Plus tard, « rien ne change », a noté le rapporteur. « Nous avons le temps. »",
    [
        ("Nous irons vite", Some("Anne Lemaire")),
        ("rien ne change", Some("le rapporteur")),
        ("Nous avons le temps.", Some("Anne Lemaire"))
    ]
);
t!(
    post_cue_locution_fait_valoir,
    "« Rien ne presse », a fait valoir lundi Claire Fontaine.",
    [("Rien ne presse", Some("Claire Fontaine"))]
);
t!(
    post_cue_reflexive_verb,
    "« C'est une victoire pour tous », s'est félicité Karim Benali.",
    [("C'est une victoire pour tous", Some("Karim Benali"))]
);
t!(
    post_cue_with_title_honorific,
    "« Les comptes sont justes », a assuré M. Lefebvre.",
    [("Les comptes sont justes", Some("Lefebvre"))]
);

// --- Cue before the quote ------------------------------------------------------------
t!(
    pre_cue_colon,
    "Pierre Dupont a déclaré : « Nous irons jusqu'au bout. »",
    [("Nous irons jusqu'au bout.", Some("Pierre Dupont"))]
);
t!(
    pre_cue_partial_qualifier_de,
    "Le maire Paul Durand a qualifié la décision de « désastre annoncé ».",
    [("désastre annoncé", Some("Paul Durand"))]
);
t!(
    pre_cue_partial_appeler_a,
    "La syndicaliste Sophie Lambert appelle à une « mobilisation massive » jeudi.",
    [("mobilisation massive", Some("Sophie Lambert"))]
);
t!(
    pre_cue_partial_estimer_que,
    "Jean Moreau a estimé que la situation était « très préoccupante ».",
    [("très préoccupante", Some("Jean Moreau"))]
);
t!(
    pre_cue_apposition_without_comma,
    "Le président du club Jean Moreau a affirmé : « Nous allons gagner. »",
    [("Nous allons gagner.", Some("Jean Moreau"))]
);
t!(
    pre_cue_apposition_with_commas,
    "Le ministre de l'Agriculture, Paul Durand, a dénoncé une « concurrence déloyale ».",
    [("concurrence déloyale", Some("Paul Durand"))]
);
t!(
    pre_cue_after_conjunction_alors_que_is_not_in_a_relative,
    "Le ministre Paul Martin était à Lyon. Le ministre a visité l'usine, alors que Marie Lebrun a répété : « Rien n'est réglé ».",
    [("Rien n'est réglé", Some("Marie Lebrun"))]
);
t!(
    pre_cue_after_elided_conjunction_bien_qu,
    "Le ministre Paul Martin était à Lyon. Le ministre est resté à Paris, bien qu'Anne Roche ait déclaré : « Rien n'est réglé ».",
    [("Rien n'est réglé", Some("Anne Roche"))]
);
t!(
    pre_cue_in_subordinate_then_coordinated_main_verb,
    "Les élus ont chanté alors que la ministre Marie Lebrun prenait la parole, et ont brandi des pancartes « Non à la réforme ».",
    [("Non à la réforme", Some("Les élus"))]
);
t!(
    pre_cue_previous_paragraph_colon,
    "Jean Moreau a déclaré :\n« Nous ne reculerons pas. »",
    [("Nous ne reculerons pas.", Some("Jean Moreau"))]
);
t!(
    pre_cue_subject_not_addressee,
    "Dans un message au président Paul Morel, Jacques Bernard appelle à une « coopération renforcée ».",
    [("coopération renforcée", Some("Jacques Bernard"))]
);
t!(
    later_cue_in_sentence,
    "« Il faut agir vite » : c'est ainsi que Jean Moreau a résumé la situation.",
    [("Il faut agir vite", Some("Jean Moreau"))]
);

t!(
    first_name_listed_as_a_weekly_opens_a_name_with_a_particle,
    "« C'est une victoire », a réagi Marianne de Montmollin, coprésidente du comité.",
    [("C'est une victoire", Some("Marianne de Montmollin"))]
);
t!(
    weekly_named_like_a_first_name_stays_the_weekly,
    "« C'est une victoire », a écrit Marianne dans son éditorial.",
    [("C'est une victoire", Some("Marianne"))]
);

// A quote opening on a speech verb right after its clause's subject.
t!(
    quote_opening_on_a_speech_verb_after_an_organization,
    "Dans un communiqué, le ministère des Affaires étrangères « condamne fermement les bombardements » et appelle au calme.",
    [("condamne fermement les bombardements", Some("ministère des Affaires étrangères"))]
);
t!(
    quote_opening_on_a_speech_verb_after_a_name,
    "Paul Dufour « regrette profondément » cette décision.",
    [("regrette profondément", Some("Paul Dufour"))]
);
t!(
    quote_opening_on_a_speech_verb_after_a_description,
    "La direction « souhaite rester discrète » sur ce dossier.",
    [("souhaite rester discrète", Some("La direction"))]
);

// --- Incises -------------------------------------------------------------------------
t!(
    incise_inside_marks_two_parts,
    "Pierre Dupont est arrivé lundi. « Nous irons, a-t-il dit, jusqu'au bout. »",
    [("Nous irons jusqu'au bout.", Some("Pierre Dupont"))]
);
t!(
    incise_between_two_marked_parts,
    "Pierre Dupont est arrivé lundi. « Nous irons », a-t-il dit, « jusqu'au bout ».",
    [("Nous irons jusqu'au bout", Some("Pierre Dupont"))]
);
t!(
    incise_with_named_speaker_inside,
    "« Nous irons, explique Aminata Diallo, jusqu'au bout. »",
    [("Nous irons jusqu'au bout.", Some("Aminata Diallo"))]
);
t!(
    incise_ending_on_a_title_and_surname_before_a_period,
    "Un voisin, Bernard Nguyen, a témoigné. « Tout est allé très vite, a assuré M. Nguyen. Je l'ai vu tomber. »",
    [("Tout est allé très vite Je l'ai vu tomber.", Some("Bernard Nguyen"))]
);
t!(
    incise_pronoun_resolves_to_last_speaker,
    "« Le plan est prêt », a déclaré Jean Moreau. « Il sera présenté demain », a-t-il ajouté.",
    [("Le plan est prêt", Some("Jean Moreau")), ("Il sera présenté demain", Some("Jean Moreau"))]
);
// A man named after the last speaker only as an object (after the clause's verb or pronoun,
// or later in the speaker's own cue sentence) does not take `il` from the speaker; a new
// subject does.
t!(
    incise_pronoun_skips_object_after_speaker,
    "Le président Paul Martin a reçu Jean Roux. « Nous avons parlé de tout », a déclaré Paul Martin. Il a ensuite évoqué Marc Petit. « C'est un ami », a-t-il ajouté.",
    [("Nous avons parlé de tout", Some("Paul Martin")), ("C'est un ami", Some("Paul Martin"))]
);
t!(
    incise_pronoun_skips_object_in_speaker_sentence,
    "« Je suis déçu », a dit Paul Martin aux journalistes, deux jours après avoir rencontré son homologue Marc Petit. « La discussion a été dure », a-t-il poursuivi.",
    [("Je suis déçu", Some("Paul Martin")), ("La discussion a été dure", Some("Paul Martin"))]
);
t!(
    incise_pronoun_takes_new_subject_after_speaker,
    "« Nous refusons », a déclaré Paul Martin. Douze élus étaient présents, mais Marc Petit a quitté la salle. « Je pars », a-t-il lancé.",
    [("Nous refusons", Some("Paul Martin")), ("Je pars", Some("Marc Petit"))]
);
t!(
    incise_inverted_present,
    "Sophie Lambert connaît bien le dossier. « Rien n'est réglé », estime-t-elle.",
    [("Rien n'est réglé", Some("Sophie Lambert"))]
);
t!(
    incise_poursuit_il,
    "Jean Moreau a pris la parole. « Nous verrons bien », poursuit-il.",
    [("Nous verrons bien", Some("Jean Moreau"))]
);
t!(
    incise_pronoun_gender_agreement,
    "Marie Dubois a rencontré Paul Durand mardi. « L'accord est solide », a-t-elle affirmé.",
    [("L'accord est solide", Some("Marie Dubois"))]
);
t!(incise_alternating_speakers,
   "« Nous refusons », a déclaré Jean Moreau. « C'est une erreur », a répondu Paul Durand. « Nous verrons », a-t-il ajouté.",
   [("Nous refusons", Some("Jean Moreau")), ("C'est une erreur", Some("Paul Durand")), ("Nous verrons", Some("Paul Durand"))]);
t!(
    incise_locution_mettre_en_garde,
    "Claire Fontaine a répondu aux questions. « Le risque existe », a-t-elle mis en garde.",
    [("Le risque existe", Some("Claire Fontaine"))]
);

// --- Selon and headlines ---------------------------------------------------------------
t!(
    headline_frame_naming_an_organization_yields_to_the_body_speaker,
    "Urgences du CHU de Nantes : « on ne tient plus »\n\n« On ne tient plus. La nuit dernière, on avait quarante patients », raconte Claire Dumas, infirmière.",
    [("on ne tient plus", Some("Claire Dumas")), ("On ne tient plus. La nuit dernière, on avait quarante patients", Some("Claire Dumas"))]
);
t!(
    headline_frame_naming_a_person_keeps_the_person,
    "Paul Roy : « on ne tient plus »\n\n« On ne tient plus. La nuit dernière, on avait quarante patients », raconte Claire Dumas, infirmière.",
    [("on ne tient plus", Some("Paul Roy")), ("On ne tient plus. La nuit dernière, on avait quarante patients", Some("Claire Dumas"))]
);
t!(
    selon_before_quote,
    "Selon Aminata Diallo, « la saison sera longue ».",
    [("la saison sera longue", Some("Aminata Diallo"))]
);
t!(
    selon_after_quote,
    "La récolte serait « la pire depuis vingt ans », selon Jean Moreau.",
    [("la pire depuis vingt ans", Some("Jean Moreau"))]
);
// The longest marker at a position wins (`selon les dires de`, not `selon`; `according to a
// statement from`, not `according to`): the source is the complement of the whole marker.
t!(
    longest_marker_wins_selon_les_dires_de,
    "Selon les dires de Jean Moreau, la récolte sera « la pire depuis vingt ans ».",
    [("la pire depuis vingt ans", Some("Jean Moreau"))]
);
t_en!(
    english_pronoun_goes_to_a_person_introduced_with_an_age,
    "\"We will see,\" Paul Durand said. Among the volunteers was Winston Adams, 74, a retired bus driver. \"I feel sharper,\" he said.",
    [("We will see", Some("Paul Durand")), ("I feel sharper", Some("Winston Adams"))]
);
t_en!(
    english_pronoun_keeps_the_speaker_when_the_aged_person_is_its_object,
    "\"We will see,\" Paul Durand said. He thanked Marc Petit, 54, for his help. \"I feel sharper,\" he said.",
    [("We will see", Some("Paul Durand")), ("I feel sharper", Some("Paul Durand"))]
);
t_en!(
    english_management_of_an_organization_speaks_for_it,
    "\"We will not close the plant,\" said the management of Airbus.",
    [("We will not close the plant", Some("Airbus"))]
);
t_en!(
    english_longest_marker_wins_according_to_a_statement_from,
    "According to a statement from Maria Lopez, the plan was “dead on arrival”.",
    [("dead on arrival", Some("Maria Lopez"))]
);
t!(d_apres_marker, "D'après Claire Fontaine, le projet est « mal ficelé ».", [("mal ficelé", Some("Claire Fontaine"))]);
// A tonic pronoun after a marker (`selon lui`, `d'après eux`, `according to him`) stands for
// the person named before, in the gender it agrees with; a wrong gender leaves the quote alone.
t!(
    selon_lui_resolves_to_previous_person,
    "Le député Paul Martin a visité l'usine. Selon lui, les salariés « méritent une réponse rapide ».",
    [("méritent une réponse rapide", Some("Paul Martin"))]
);
t!(
    selon_lui_covers_every_quote_of_the_sentence,
    "Le député Marc Petit a dénoncé un « effondrement de la majorité ». Selon lui, après cet « échec total », le pays a « de bonnes chances de se relever ».",
    [
        ("effondrement de la majorité", Some("Marc Petit")),
        ("échec total", Some("Marc Petit")),
        ("de bonnes chances de se relever", Some("Marc Petit")),
    ]
);
t!(
    d_apres_lui_marker,
    "Le maire Jean Dupont a reçu une lettre. D'après lui, les habitants « veulent un nouveau stade ».",
    [("veulent un nouveau stade", Some("Jean Dupont"))]
);
t!(
    selon_lui_wrong_gender_stays_unattributed,
    "La ministre Claire Morel a visité l'usine. Selon lui, les salariés « méritent une réponse rapide ».",
    [("méritent une réponse rapide", None)]
);
t!(
    object_lui_is_no_source,
    "Le ministre Paul Durand a vu le président. Il lui a dit que le pays « doit changer de cap ».",
    [("doit changer de cap", Some("Paul Durand"))]
);
t_en!(
    english_according_to_him,
    "The senator John Reed visited the plant on Monday. According to him, the workers \"deserve a quick answer from the board\".",
    [("deserve a quick answer from the board", Some("John Reed"))]
);
t_en!(
    english_according_to_her,
    "The mayor Mary Stone toured the site on Friday. According to her, the budget \"will not be enough this year\".",
    [("will not be enough this year", Some("Mary Stone"))]
);
// A marker past a relative clause opened after the quote governs that clause when a cue
// before the quote tells who spoke; in a sentence with no cue it stays the quote's source.
t!(
    selon_past_relative_clause_governs_that_clause,
    "Le ministre de l'Intérieur, Marc Lebrun, est arrivé mardi. Le feu a pris lundi, a rappelé le ministre, dans des hangars « mal protégés » voisins, où l'incendie a déjà détruit trois maisons, selon le dernier bilan des pompiers.",
    [("mal protégés", Some("Marc Lebrun"))]
);
t!(
    selon_past_relative_clause_without_cue_stays_the_source,
    "De « nombreuses arrivées de bateaux » qui ont nécessité plusieurs sauvetages, d'après la préfecture de la Manche.",
    [("nombreuses arrivées de bateaux", Some("préfecture de la Manche"))]
);
t!(
    headline_name_colon_quote,
    "Jean Moreau : « Nous ne céderons pas »\n\nLe dirigeant syndical a répété sa position devant la presse.",
    [("Nous ne céderons pas", Some("Jean Moreau"))]
);

// --- Descriptions, roles, unnamed sources, organizations -------------------------------
t!(role_from_gazetteer_resolves_to_mentioned_holder,
   "Vladimir Poutine a reçu des ambassadeurs mardi. Le chef de l'État russe a déclaré : « La coopération continuera. »",
   [("La coopération continuera.", Some("Vladimir Poutine"))]);
t!(
    apposition_binds_role_for_later,
    "Le ministre de l'Économie, Paul Durand, était à Lyon. Le ministre a ajouté : « Les chiffres sont bons. »",
    [("Les chiffres sont bons.", Some("Paul Durand"))]
);
t!(
    role_synonym_resolves_to_the_bound_person,
    "Le ministre iranien des Affaires étrangères, Karim Nassiri, est arrivé lundi à Genève. La réunion a duré deux heures. Les délégations sont reparties. « Rien n'est signé », a déclaré le chef de la diplomatie iranienne.",
    [("Rien n'est signé", Some("Karim Nassiri"))]
);
t!(
    role_synonym_edile_is_the_mayor,
    "La maire de Vernon, Claire Ménard, a inauguré le pont. Le chantier a duré deux ans. Les riverains étaient nombreux. « C'est un grand jour », a dit l'édile.",
    [("C'est un grand jour", Some("Claire Ménard"))]
);
t!(
    role_description_before_the_apposition_resolves,
    "« Le suspect est arrêté », a déclaré la porte-parole de la police. Les faits remontent à dimanche. Selon Lucie Vallet, porte-parole de la police, l'appel a été reçu à 6 heures.",
    [("Le suspect est arrêté", Some("Lucie Vallet"))]
);
t!(
    head_noun_with_two_bound_ministers_stays_description,
    "Le ministre de la Justice, Paul Dufour, et le ministre de l'Intérieur, Jean Marchal, étaient là. Le chantier a duré deux ans. Les riverains étaient nombreux. « C'est un grand jour », a dit le ministre.",
    [("C'est un grand jour", Some("le ministre"))]
);
t!(
    other_portfolio_is_no_equivalent_role,
    "Le ministre de la Justice, Paul Dufour, était là. Le chantier a duré deux ans. Les riverains étaient nombreux. « C'est un grand jour », a dit le ministre de l'Intérieur.",
    [("C'est un grand jour", Some("le ministre de l'Intérieur"))]
);
t!(
    former_holder_is_no_current_holder,
    "L'ancien ministre de la Justice, Paul Dufour, était là. Le chantier a duré deux ans. Les riverains étaient nombreux. « C'est un grand jour », a dit le ministre de la Justice.",
    [("C'est un grand jour", Some("le ministre de la Justice"))]
);
t!(
    definite_role_noun_points_to_the_person_just_named,
    "« Le raisin est trop chaud », explique Laurent Boisseau, qui exploite sept hectares à Pommard. Le vigneron redoute « un millésime difficile ».",
    [("Le raisin est trop chaud", Some("Laurent Boisseau")), ("un millésime difficile", Some("Laurent Boisseau"))]
);
t!(
    definite_group_noun_is_no_person,
    "« Le raisin est trop chaud », explique Laurent Boisseau, qui exploite sept hectares à Pommard. Le jury redoute « un millésime difficile ».",
    [("Le raisin est trop chaud", Some("Laurent Boisseau")), ("un millésime difficile", Some("Le jury"))]
);
t!(
    definite_role_noun_of_the_other_gender_stays_description,
    "« Le raisin est trop chaud », explique Laurent Boisseau, qui exploite sept hectares à Pommard. La vigneronne redoute « un millésime difficile ».",
    [("Le raisin est trop chaud", Some("Laurent Boisseau")), ("un millésime difficile", Some("La vigneronne"))]
);
t!(
    definite_organization_noun_is_no_person,
    "« Le raisin est trop chaud », explique Laurent Boisseau, qui exploite sept hectares à Pommard. Le tribunal redoute « un millésime difficile ».",
    [("Le raisin est trop chaud", Some("Laurent Boisseau")), ("un millésime difficile", Some("Le tribunal"))]
);
t!(
    photo_credit_is_no_antecedent_of_a_description,
    "Un individu armé a été interpellé sur la place.\nKEYSTONE/Paul Dufour\nL'homme a déclaré aux policiers : « Je voulais juste parler. »",
    [("Je voulais juste parler.", Some("L'homme"))]
);
t!(
    demonstrative_source_points_to_an_indefinite_one_no_quote_was_given_to,
    "Selon une source proche du dossier, le repreneur pourrait revenir. « Rien n'est exclu », a prévenu cette source.",
    [("Rien n'est exclu", Some("une source proche du dossier"))]
);
t!(
    definite_role_points_to_no_contracted_article_description,
    "Le discours du président de la République était attendu. « Rien n'est exclu », a prévenu le président.",
    [("Rien n'est exclu", Some("le président"))]
);
t!(
    unnamed_source_keeps_description,
    "« Rien n'est décidé », a confié un haut diplomate.",
    [("Rien n'est décidé", Some("un haut diplomate"))]
);
t!(
    unnamed_source_with_selon,
    "Selon une source proche du dossier, l'accord est « presque finalisé ».",
    [("presque finalisé", Some("une source proche du dossier"))]
);
t!(
    description_ends_before_time_adverb,
    "« La route est coupée », a indiqué un responsable de la préfecture lundi soir.",
    [("La route est coupée", Some("un responsable de la préfecture"))]
);
t!(
    description_ends_before_determiner_of_adverbial,
    "« Nous verrons », a répondu un conseiller du ministre le jour même.",
    [("Nous verrons", Some("un conseiller du ministre"))]
);
t!(
    description_ends_before_participle_clause,
    "Un responsable de la mairie appartenant à la majorité a jugé l'idée « absurde ».",
    [("absurde", Some("Un responsable de la mairie"))]
);
t!(
    description_ends_before_auxiliary_participle,
    "« Nous verrons », a dit un membre du bureau ayant requis l'anonymat.",
    [("Nous verrons", Some("un membre du bureau"))]
);
t!(
    participle_adjective_stays_in_description,
    "« Nous verrons », a dit le maire sortant.",
    [("Nous verrons", Some("le maire sortant"))]
);
t!(
    determiner_before_role_noun_is_apposition_in_description,
    "« Nous verrons », a dit son frère le président Ali Benmoussa.",
    [("Nous verrons", Some("Ali Benmoussa"))]
);
t!(
    subject_before_prepositional_incise_is_the_speaker,
    "Le syndicat, après avoir rencontré le ministre Paul Durand, a dénoncé « une provocation ».",
    [("une provocation", Some("Le syndicat"))]
);
t!(
    subject_before_subordinate_incise_is_the_speaker,
    "La ministre, quand Paul Durand est arrivé, a lancé : « Enfin ! »",
    [("Enfin !", Some("La ministre"))]
);
t!(
    name_in_apposition_after_description_is_the_speaker,
    "Le porte-parole du syndicat, Paul Durand, a dénoncé « une provocation ».",
    [("une provocation", Some("Paul Durand"))]
);
t!(
    definite_head_and_adjective_stand_for_the_organization_they_open,
    "« Restez à terre », a averti la préfecture maritime de l'Atlantique. « La houle dépassera huit mètres », a ajouté la préfecture maritime.",
    [
        ("Restez à terre", Some("préfecture maritime de l'Atlantique")),
        ("La houle dépassera huit mètres", Some("préfecture maritime de l'Atlantique")),
    ]
);
t!(
    definite_head_and_adjective_opening_two_organizations_stay_a_description,
    "La préfecture maritime de l'Atlantique et la préfecture maritime de la Méditerranée ont publié un bilan. « La saison a été calme », a indiqué la préfecture maritime.",
    [("La saison a été calme", Some("la préfecture maritime"))]
);
t!(
    portfolio_of_two_complements_binds_the_name,
    "La ministre du Travail et des Solidarités, Hélène Marchand, a défendu le texte. Le débat a repris. Le vote aura lieu jeudi. Les élus sont partis. « Ce n'est pas mon sujet », a dit la ministre.",
    [("Ce n'est pas mon sujet", Some("Hélène Marchand"))]
);
t!(
    fronted_complement_noun_is_no_role_of_the_name,
    "Face à l'opposition, la ministre du Travail, Hélène Marchand, a défendu le texte. Le débat a repris. Le vote aura lieu jeudi. Les élus sont partis. « Ce n'est pas mon sujet », a dit la ministre.",
    [("Ce n'est pas mon sujet", Some("Hélène Marchand"))]
);
t!(
    plural_description_is_no_role_of_the_name,
    "Les députés veulent supprimer le gel des pensions de retraite, la ministre du Travail, Hélène Marchand, a défendu le texte. Le débat a repris. Le vote aura lieu jeudi. Les élus sont partis. « Ce n'est pas mon sujet », a dit la ministre.",
    [("Ce n'est pas mon sujet", Some("Hélène Marchand"))]
);
t!(
    determiner_gives_an_epicene_role_its_gender,
    "Le président de la commission, Thierry Ngo, a tenté de calmer le jeu. « Ce n'est pas mon sujet », a répondu la porte-parole.",
    [("Ce n'est pas mon sujet", Some("la porte-parole"))]
);
t!(
    plural_determiner_makes_the_description_plural,
    "La porte-parole du collectif, Marie Durand, a parlé lundi. Le débat a repris. « Nous ne céderons pas », ont répété les porte-parole du collectif.",
    [("Nous ne céderons pas", Some("les porte-parole du collectif"))]
);
t!(
    organization_after_generic_head_is_the_speaker,
    "L'association Mountain Wilderness a dénoncé « une fuite en avant ».",
    [("une fuite en avant", Some("Mountain Wilderness"))]
);
t!(
    management_of_an_organization_speaks_for_it,
    "La direction de SNCF Voyageurs a salué « un effort sans précédent ».",
    [("un effort sans précédent", Some("SNCF Voyageurs"))]
);
t!(
    institution_of_a_place_keeps_its_name,
    "La préfecture de la Haute-Savoie a appelé à « la prudence ».",
    [("la prudence", Some("préfecture de la Haute-Savoie"))]
);
t!(
    indefinite_trade_with_relative_incise_speaks,
    "Sur le quai, un contrôleur de 52 ans, qui préfère taire son nom, résume l'état d'esprit de ses collègues : « On ne fait pas ça de gaieté de cœur. »",
    [("On ne fait pas ça de gaieté de cœur.", Some("un contrôleur"))]
);
t!(
    inverted_trade_subject_speaks,
    "« Le train est encore en retard », soupire une contrôleuse.",
    [("Le train est encore en retard", Some("une contrôleuse"))]
);
t!(
    plural_pronoun_takes_the_plural_subject_just_before,
    "Au terme de la réunion, les syndicats ont confirmé le préavis. « La direction n'a rien mis sur la table », ont-ils dénoncé.",
    [("La direction n'a rien mis sur la table", Some("les syndicats"))]
);
t!(
    plural_pronoun_with_no_plural_subject_stays_unattributed,
    "Au terme de la réunion, le syndicat a confirmé le préavis. « La direction n'a rien mis sur la table », ont-ils dénoncé.",
    [("La direction n'a rien mis sur la table", None)]
);
t!(
    pronoun_after_an_organization_management_is_the_organization,
    "La direction de SNCF Voyageurs a regretté la décision. Elle affirme avoir proposé « un effort sans précédent ».",
    [("un effort sans précédent", Some("SNCF Voyageurs"))]
);
t!(
    role_synonym_filmmaker_for_director,
    "Le public a réservé un accueil triomphal au film de la réalisatrice franco-algérienne Samia Benaïssa. Adapté d'un roman paru chez Actes Sud, le film suit trois jeunes femmes. Le jury délibère. « Je n'ai pas de mots », a lâché la cinéaste.",
    [("Je n'ai pas de mots", Some("Samia Benaïssa"))]
);
t!(
    fronted_prepositional_phrase_is_no_role_of_the_name_after_it,
    "Devant la cour d'assises, Nathalie Ferrand a requis trente ans. Le verdict tombera jeudi. La séance est levée. « C'est juste », a dit la cour d'assises.",
    [("C'est juste", Some("la cour d'assises"))]
);
t!(
    organization_as_speaker,
    "Le Kremlin a indiqué : « Les discussions se poursuivent. »",
    [("Les discussions se poursuivent.", Some("Kremlin"))]
);
t!(
    definite_description_without_person_stays_description,
    "Dans une lettre au maire Paul Morel, la préfète a appelé à une « mobilisation générale ».",
    [("mobilisation générale", Some("la préfète"))]
);
t!(
    plural_description_is_unnamed,
    "Les syndicats ont dénoncé une « provocation » du gouvernement.",
    [("provocation", Some("Les syndicats"))]
);

t!(
    description_resolved_through_a_postposed_apposition_with_article,
    "Julien Morvan, le sélectionneur des Verts, a présenté sa liste jeudi. Plusieurs joueurs manquent. Le groupe partira lundi. Le stage durera dix jours. Le sélectionneur a rappelé que l'objectif « était d'être prêt ».",
    [("était d'être prêt", Some("Julien Morvan"))]
);
t!(
    description_resolved_to_a_full_name_after_a_place_and_a_comma,
    "Mardi à Kervallec, Julien Morvan a tenu un point presse. Le sélectionneur a rappelé que l'objectif « était d'être prêt ».",
    [("était d'être prêt", Some("Julien Morvan"))]
);
t!(
    coordinated_subject_first_conjunct_speaks,
    "La préfecture de la Somme et les pompiers ont confirmé le bilan, « une victime trouvée morte ».",
    [("une victime trouvée morte", Some("préfecture de la Somme"))]
);

// A statement's text alone as a cue's subject stands for its author, the previous speaker
// when that is no person; else it stays a description.
t!(
    statement_noun_stands_for_the_previous_collective_speaker,
    "La préfecture du Var a publié un communiqué. « Ces baignades sont très dangereuses », souligne-t-elle. « Le préfet a renforcé les patrouilles sur les plages », indique le communiqué.",
    [
        ("Ces baignades sont très dangereuses", Some("préfecture du Var")),
        ("Le préfet a renforcé les patrouilles sur les plages", Some("préfecture du Var")),
    ]
);
t!(
    statement_noun_past_a_subordinate_clause,
    "La préfecture du Var a publié un communiqué. « Ces baignades sont très dangereuses », souligne-t-elle. « Le préfet a renforcé les patrouilles », qu'elles soient à pied ou en bateau, indique le communiqué.",
    [
        ("Ces baignades sont très dangereuses", Some("préfecture du Var")),
        ("Le préfet a renforcé les patrouilles", Some("préfecture du Var")),
    ]
);
t!(
    statement_noun_with_no_author_stays_a_description,
    "« Le préfet a renforcé les patrouilles sur les plages », indique le communiqué.",
    [("Le préfet a renforcé les patrouilles sur les plages", Some("le communiqué"))]
);
// The person whose thing the subject is (`La ferme de Patrick`) takes a later pronoun from
// an earlier paragraph's subject, not from a speaker of its own paragraph.
t!(
    possessor_of_subject_takes_the_pronoun_from_an_earlier_subject,
    "Luc Tessier, adjoint au maire, a fait le point sur la commune.\n\nLa maison de Bernard, pêcheur sur le port, a été inondée. Il vide l'eau avec une pompe. « Il y a vingt centimètres d'eau dans la cave », dit-il.",
    [("Il y a vingt centimètres d'eau dans la cave", Some("Bernard"))]
);
t!(
    possessor_of_subject_leaves_the_pronoun_to_the_speaker_of_its_paragraph,
    "« Nous avons tout prévu », a déclaré Luc Tessier, adjoint au maire. La voiture de Bernard Morin a été retrouvée. « Elle était vide », a-t-il précisé.",
    [("Nous avons tout prévu", Some("Luc Tessier")), ("Elle était vide", Some("Luc Tessier"))]
);
// A party or a parliamentary group inside a leader's description is no speaker: the leader
// named after it is (past an acronym in parentheses and a complement), or the person the
// party label points back to.
t!(
    leader_named_after_group_acronym_and_complement_speaks,
    "« Nous voterons la censure », a annoncé la présidente du groupe Union populaire (UP) à l'Assemblée nationale, Claire Dupin, dont les députés suivront.",
    [("Nous voterons la censure", Some("Claire Dupin"))]
);
t!(
    leader_named_after_organization_noun_and_name_speaks,
    "« Nous voterons la censure », a annoncé la présidente du groupe Union populaire, Claire Dupin.",
    [("Nous voterons la censure", Some("Claire Dupin"))]
);
t!(
    party_label_after_role_noun_points_back_to_its_member,
    "Sur les ondes, Claire Dupin, vice-présidente de l'UDC, a pris acte des résultats. « Il ne faut pas prendre ce vote pour un blanc-seing », a constaté la politicienne UDC.",
    [("Il ne faut pas prendre ce vote pour un blanc-seing", Some("Claire Dupin"))]
);
t!(
    party_label_after_role_noun_without_member_stays_a_description,
    "« Ce budget est injuste », a déclaré le député UDC.",
    [("Ce budget est injuste", Some("le député UDC"))]
);

t!(
    sport_role_noun_binds_to_its_rider,
    "Le grimpeur de l'équipe, Paul Morin, a remporté l'étape. « Je suis heureux », a dit le grimpeur à la presse.",
    [("Je suis heureux", Some("Paul Morin"))]
);

t!(
    pronoun_takes_inverted_subject_of_a_reporting_clause,
    "« Ça fait des mois », s'emporte Fatoumata Diallo.\n\nLes suspects ont été interpellés, a indiqué la procureure, Claire Vasseur. « Une arme a été découverte », a-t-elle précisé.",
    [("Ça fait des mois", Some("Fatoumata Diallo")), ("Une arme a été découverte", Some("Claire Vasseur"))]
);
t!(
    pronoun_keeps_speaker_over_object_of_a_plain_verb,
    "« Ça fait des mois », s'emporte Fatoumata Diallo.\n\nLes policiers ont interpellé Claire Vasseur. « Une arme a été découverte », a-t-elle précisé.",
    [("Ça fait des mois", Some("Fatoumata Diallo")), ("Une arme a été découverte", Some("Fatoumata Diallo"))]
);

t!(
    pronoun_takes_organization_opening_previous_sentence,
    "« C'est mon premier concert », souffle Lina Morel.\n\nLa SNCF a publié un bilan. « Aucun retard n'est à signaler », indique-t-elle.",
    [("C'est mon premier concert", Some("Lina Morel")), ("Aucun retard n'est à signaler", Some("SNCF"))]
);
t!(
    pronoun_takes_institution_description_opening_previous_sentence,
    "« C'est mon premier concert », souffle Lina Morel.\n\nLa préfecture du Finistère fait un point. « Aucun incident n'est à signaler », indique-t-elle.",
    [("C'est mon premier concert", Some("Lina Morel")), ("Aucun incident n'est à signaler", Some("préfecture du Finistère"))]
);
t!(
    pronoun_prefers_person_named_with_the_organization,
    "La SNCF a reçu Lina Morel mardi. « Aucun retard n'est à signaler », indique-t-elle.",
    [("Aucun retard n'est à signaler", Some("Lina Morel"))]
);
t!(
    pronoun_needs_organization_article_of_its_gender,
    "« C'est mon premier concert », souffle Lina Morel.\n\nLe Crédit agricole a publié un bilan. « Aucun retard n'est à signaler », indique-t-elle.",
    [("C'est mon premier concert", Some("Lina Morel")), ("Aucun retard n'est à signaler", Some("Lina Morel"))]
);

t!(
    inverted_indefinite_description_after_adverbial,
    "Les gouverneurs ont plaidé pour une pause. « Il n'y a aucune urgence », a confié à l'issue de la réunion une source proche du conseil, sous couvert d'anonymat.",
    [("Il n'y a aucune urgence", Some("une source proche du conseil"))]
);
t!(
    verb_complement_after_cue_is_no_inverted_subject,
    "Le collectif Aar Sunu (« Préservons notre élection ») avait appelé à se joindre au mouvement.",
    [("Préservons notre élection", None)]
);

// Opinion markers before a name with an honorific.
t!(
    opinion_marker_before_honorific_and_name,
    "Pour Me Julien Ferrand, l'avocat de la défense, son client est « un jeune homme perdu ». Il plaidera.",
    [("un jeune homme perdu", Some("Julien Ferrand"))]
);
t!(
    opinion_marker_before_dotted_honorific_and_name,
    "Pour M. Julien Ferrand, son client est « un jeune homme perdu ».",
    [("un jeune homme perdu", Some("Julien Ferrand"))]
);

// Opinion markers with a tonic pronoun (data/<lang>/opinion_markers.txt, tonic_pronouns.tsv).
t!(
    opinion_marker_tonic_pronoun_is_the_person_just_named,
    "L'économiste Karim Benali se montre prudent. Pour lui, « le risque est sous-estimé » par les marchés.",
    [("le risque est sous-estimé", Some("Karim Benali"))]
);
t!(
    opinion_marker_tonic_pronoun_needs_gender_agreement,
    "Marie Dupont a pris la parole. Pour lui, « la réforme est injuste ».",
    [("la réforme est injuste", None)]
);

// Organizations' generic nouns (data/<lang>/org_anaphors.txt).
t!(
    org_noun_is_no_person_whose_role_holds_it,
    "La Banque mondiale a publié son rapport jeudi. « La croissance ralentit », a indiqué l'institution dans un communiqué. Plus tard, la présidente de l'institution, Maria Solano, a pris la parole.",
    [("La croissance ralentit", Some("Banque mondiale"))]
);
t!(
    org_noun_with_adjectives_is_the_organization_just_named,
    "La Fédération française du bâtiment a publié ses chiffres. L'organisation patronale nationale réclame « un plan d'urgence ».",
    [("un plan d'urgence", Some("Fédération française du bâtiment"))]
);
t!(
    org_noun_is_the_organization_of_the_nearest_sentence,
    "Le gouvernement du Premier ministre a reçu la CFDT mardi. La Fédération française du bâtiment a publié ses chiffres. « Le secteur souffre », a déclaré l'organisation.",
    [("Le secteur souffre", Some("Fédération française du bâtiment"))]
);
t!(
    union_noun_is_the_union_just_named,
    "La CFDT, premier syndicat chez les cheminots, appelle à la grève. « Nous irons jusqu'au bout », a tweeté le syndicat.",
    [("Nous irons jusqu'au bout", Some("CFDT"))]
);
t!(
    hospital_noun_is_the_hospital_just_named,
    "Cheffe des urgences du CHU de Nantes, Claire Dumas alerte sur l'hiver. Contacté, l'hôpital confirme « une saturation inédite ».",
    [("une saturation inédite", Some("CHU de Nantes"))]
);
t_en!(
    union_noun_is_the_union_just_named_en,
    "Workers at the port walked out on Monday after talks with the RMT collapsed. “We will not back down,” the union said in a statement.",
    [("We will not back down", Some("RMT"))]
);
t!(
    management_alone_is_that_of_the_organization_the_article_is_about,
    "La SNCF a présenté ses comptes mardi. Le bénéfice de la SNCF recule, selon la CFDT. Interrogée, la direction reconnaît « des erreurs de gestion ».",
    [("des erreurs de gestion", Some("SNCF"))]
);
t!(
    management_alone_with_two_organizations_as_often_is_unresolved,
    "La SNCF a présenté ses comptes mardi. La CFDT a réagi. Interrogée, la direction reconnaît « des erreurs de gestion ».",
    [("des erreurs de gestion", Some("la direction"))]
);
t!(
    org_noun_with_two_organizations_in_its_sentence_is_unresolved,
    "La CFDT et la Fédération française du bâtiment ont publié leurs chiffres. « Le secteur souffre », a déclaré l'organisation.",
    [("Le secteur souffre", Some("l'organisation"))]
);

// Role links (data/<lang>/role_links.tsv, audience_nouns.txt).
t!(
    role_link_adjoint_au_maire_before_apposition,
    "L'adjointe au maire chargée de la voirie communale, Claire Dumas, a dénoncé « un chantier bâclé ».",
    [("un chantier bâclé", Some("Claire Dumas"))]
);
t!(
    role_link_portfolio_with_capital,
    "La secrétaire d'État aux Transports, Anne Colin, a assuré : « Les trains rouleront. »",
    [("Les trains rouleront.", Some("Anne Colin"))]
);
t!(
    role_link_not_before_audience_noun,
    "« Nous irons jusqu'au bout », a déclaré un adjoint au micro de France Bleu.",
    [("Nous irons jusqu'au bout", Some("un adjoint"))]
);
t!(
    role_without_link_ends_at_preposition,
    "Le ministre Paul Garnier a visité l'hôpital. « Nous irons jusqu'au bout », a déclaré le ministre à la sortie.",
    [("Nous irons jusqu'au bout", Some("Paul Garnier"))]
);
t_en!(
    role_link_minister_for_capitalized_portfolio_en,
    "The Minister for Foreign Affairs, Helen Clarke, said on Monday: \"We will not stop until the talks resume.\"",
    [("We will not stop until the talks resume.", Some("Helen Clarke"))]
);

// --- Carried over, spans, marks ----------------------------------------------------------
t!(
    bare_quote_paragraph_continues_previous_speaker,
    "Pierre Dupont a déclaré : « Le dossier avance. »\n« Nous serons prêts en juin. »",
    [("Le dossier avance.", Some("Pierre Dupont")), ("Nous serons prêts en juin.", Some("Pierre Dupont"))]
);
t!(
    quote_over_paragraphs_reopened_is_one_quote,
    "« Nous avons beaucoup travaillé cette année.\n« Les résultats viendront », a assuré Jean Moreau.",
    [("Nous avons beaucoup travaillé cette année. Les résultats viendront", Some("Jean Moreau"))]
);
t!(
    nested_marks_stay_inside_outer_quote,
    "« Il m'a répondu “jamais” devant tout le monde », a raconté Jean Moreau.",
    [("Il m'a répondu “jamais” devant tout le monde", Some("Jean Moreau"))]
);
t!(straight_quotes, "Jean Moreau a dit : \"Nous irons voter.\"", [("Nous irons voter.", Some("Jean Moreau"))]);
t!(curly_english_quotes, "“Nous irons voter”, a dit Jean Moreau.", [("Nous irons voter", Some("Jean Moreau"))]);
t!(
    non_breaking_spaces_inside_guillemets,
    "«\u{a0}Nous irons voter\u{a0}», a dit Jean Moreau.",
    [("Nous irons voter", Some("Jean Moreau"))]
);
t!(
    narrow_non_breaking_spaces_inside_guillemets,
    "«\u{202f}Nous irons voter\u{202f}», a dit Jean Moreau.",
    [("Nous irons voter", Some("Jean Moreau"))]
);
t!(
    stray_mark_does_not_swallow_document,
    "Un « oubli.\n« Le vote aura lieu », a dit Jean Moreau.",
    [("Le vote aura lieu", Some("Jean Moreau"))]
);
t!(
    no_speaker_rather_than_a_wrong_one,
    "La région traverse une « situation sans précédent » depuis lundi.",
    [("situation sans précédent", None)]
);
t!(
    fragment_after_an_auxiliary_is_the_subjects,
    "Mais Louise Bernier, 68 ans, n'a « pas de téléphone » et n'a donc « pas reçu le courriel » de l'agence.",
    [("pas de téléphone", Some("Louise Bernier")), ("pas reçu le courriel", Some("Louise Bernier"))]
);
t!(
    fragment_after_a_copula_has_no_speaker,
    "Le maire sortant Paul Girard est « le plus mal élu de la région » depuis la guerre.",
    [("le plus mal élu de la région", None)]
);
t!(
    fragment_after_a_pronoun_subject_has_no_speaker,
    "Le camion roulait vite. Il l'a « heurtée de plein fouet dans le virage » vers minuit.",
    [("heurtée de plein fouet dans le virage", None)]
);
t!(
    fragment_in_a_sentence_with_a_source_marker_is_not_the_subjects,
    "Selon Marc Lenoir, le mouvement syndical a « toutes les chances de gagner » cette fois.",
    [("toutes les chances de gagner", Some("Marc Lenoir"))]
);
t!(scare_quote_of_one_word_is_a_term, "Le mot « résilience » revient souvent dans les débats.", []);
t!(
    title_of_a_work_is_a_term,
    "Le film « Les Misérables » a été projeté à Cannes. « C'est un grand film », a dit Jean Moreau.",
    [("C'est un grand film", Some("Jean Moreau"))]
);
t!(
    one_word_far_from_its_cue_is_a_term,
    "Paul Girard a annoncé lundi un plan pour les écoles du département avec un calendrier « allégé » à la rentrée.",
    []
);
t!(
    nickname_inside_a_name_is_a_term,
    "Le frère de Marcel « Coco » Berthier, enlevé en mars dans le nord du pays, a été libéré, a indiqué Anne Roux.",
    []
);
t!(
    one_word_next_to_its_cue_stays_a_quote,
    "Le ministre a jugé la situation « inacceptable » mardi soir.",
    [("inacceptable", Some("Le ministre"))]
);
t!(
    one_word_after_a_completive_stays_a_quote,
    "Jeanne Morel a assuré que le taux de participation de cette élection municipale était « honorable ».",
    [("honorable", Some("Jeanne Morel"))]
);
t!(
    intertitle_repeating_a_quoted_word_keeps_its_speaker,
    "« Jamais », a répondu Louis Caron.\n\n« Jamais » pour le moment\n\nLe débat continue.",
    [("Jamais", Some("Louis Caron")), ("Jamais", Some("Louis Caron"))]
);
t!(
    fragment_of_a_later_quote_goes_to_its_named_speaker,
    "Les agents n'auront « aucun badge » avant l'été, a affirmé le chef de la police municipale.\n\n« Pour l'instant, les agents n'auront aucun badge avant l'été », a déclaré Marc Tessier.",
    [
        ("aucun badge", Some("Marc Tessier")),
        ("Pour l'instant, les agents n'auront aucun badge avant l'été", Some("Marc Tessier")),
    ]
);
t!(
    intertitle_fragment_of_a_body_quote_goes_to_its_speaker,
    "« Rien ne bouge », a dit Paul Girard.\n\n« Le pont va céder »\n\nLa crue continue. « Le courant est trop fort. Le pont va céder dans la nuit », a prévenu Henri Vasseur.",
    [
        ("Rien ne bouge", Some("Paul Girard")),
        ("Le pont va céder", Some("Henri Vasseur")),
        ("Le courant est trop fort. Le pont va céder dans la nuit", Some("Henri Vasseur")),
    ]
);
t!(
    lede_repeating_a_carried_over_body_quote_goes_to_its_speaker,
    "« Nous voulons que le train revienne dans la vallée avant l'hiver. »\n\n« C'est un projet de dix ans », a dit la présidente de la région, Sophie Marchal. « Nous voulons que le train revienne dans la vallée avant l'hiver. Les travaux commencent lundi. »",
    [
        ("Nous voulons que le train revienne dans la vallée avant l'hiver.", Some("Sophie Marchal")),
        ("C'est un projet de dix ans", Some("Sophie Marchal")),
        ("Nous voulons que le train revienne dans la vallée avant l'hiver. Les travaux commencent lundi.", Some("Sophie Marchal")),
    ]
);
t!(
    short_quote_inside_a_carried_over_quote_is_no_repeat,
    "Le pont tiendra-t-il ?\n\n« Il va céder »\n\n« Rien ne bouge », a dit Paul Girard. « Il va céder dans la nuit. »",
    [("Il va céder", None), ("Rien ne bouge", Some("Paul Girard")), ("Il va céder dans la nuit.", Some("Paul Girard"))]
);
t!(
    hyphenated_co_role_heads_the_description_not_its_apposition,
    "« Nous sommes prêts », se réjouit le co-fondateur de Leka, une jeune pousse lyonnaise.",
    [("Nous sommes prêts", Some("le co-fondateur de Leka"))]
);
t!(
    fragment_held_by_quotes_of_two_speakers_keeps_its_own,
    "Une habitante parle d'une « vraie catastrophe ». « C'est une vraie catastrophe », a dit Paul Girard. « Une vraie catastrophe pour tous », a ajouté Henri Vasseur.",
    [
        ("vraie catastrophe", Some("Une habitante")),
        ("C'est une vraie catastrophe", Some("Paul Girard")),
        ("Une vraie catastrophe pour tous", Some("Henri Vasseur")),
    ]
);
t!(
    agent_opening_a_relative_speaks,
    "Le bilan a été confirmé par un élu local qui a évoqué « une opération très rapide des assaillants ».",
    [("une opération très rapide des assaillants", Some("un élu local"))]
);
t!(
    agent_and_comma_before_a_relative_cue_at_the_colon_speaks,
    "Les éleveurs expriment leur colère, résumée par l'économiste Claire Dumas, qui souligne : « Les prix ne couvrent plus les coûts. »",
    [("Les prix ne couvrent plus les coûts.", Some("Claire Dumas"))]
);
t!(nickname_is_a_term, "Le tueur surnommé « le Grêlé » a été identifié, selon les enquêteurs.", []);
t!(
    capitalized_fragment_with_no_speaker_is_a_title,
    "Le prix du scénario revient à « La Nuit des oiseaux » et celui de la photographie à « Un été sans fin » cette année.",
    []
);
t!(
    foreign_title_with_no_cue_is_a_term,
    "Le prix d'interprétation est allé à Clara Vidal dans « Under the quiet sky » cette année.",
    []
);
t!(
    title_followed_by_its_author_is_a_term,
    "Pour Hélène Roussel, le meilleur film de l'année reste « Les Ombres du port » de Marc Delorme, a-t-elle affirmé.",
    []
);
t!(
    capitalized_fragment_in_the_first_person_stays_a_quote,
    "Cérémonie de clôture « Je ne regrette rien »\n\nLa chanteuse a quitté la scène sous les applaudissements.",
    [("Je ne regrette rien", None)]
);
t!(
    one_hyphenated_word_before_a_storm_name_is_a_term,
    "Douze départements ont été placés en vigilance, dont huit pour « orages-grêle » en raison de la tempête Léon.",
    []
);
t!(
    speech_verb_form_after_preposition_and_article_is_a_noun,
    "Les habitants ont quitté leurs maisons « au plus vite » à l'approche de la tempête Léon.",
    [("au plus vite", None)]
);

#[test]
fn unknown_speaker_becomes_a_person_entity() {
    let rec = extractor().extract(&verbatim::Document::new("d", "« Tout est prêt », a déclaré Aminata Diallo."));
    let e = rec.entities.iter().find(|e| e.name == "Aminata Diallo").expect("entity");
    assert_eq!(e.etype.as_str(), "PER");
    assert_eq!(rec.quotes[0].speaker_id.as_deref(), Some(e.id.as_str()));
}

#[test]
fn common_noun_in_capitals_before_a_quote_becomes_no_person() {
    let text = "Les courriels montrent que des foyers de COVID-19 ont été traités malgré des avis « cohérents ».";
    let rec = extractor().extract(&verbatim::Document::new("d", text));
    let names: Vec<(&str, &str)> = rec.entities.iter().map(|e| (e.name.as_str(), e.etype.as_str())).collect();
    assert!(!names.iter().any(|(n, _)| n.contains("COVID")), "{names:?}");
    let rec = bilingual_extractor().extract(&verbatim::Document::new(
        "e",
        "Emails released on Monday show COVID-19 restrictions were applied despite advice to be \"consistent\".",
    ));
    let names: Vec<(&str, &str)> = rec.entities.iter().map(|e| (e.name.as_str(), e.etype.as_str())).collect();
    assert!(!names.iter().any(|(n, _)| n.contains("COVID")), "{names:?}");
}

#[test]
fn every_quote_says_how_its_speaker_was_found() {
    let rec = extractor().extract(&verbatim::Document::new(
        "d",
        "Jean Moreau est venu. « Tout est prêt », a-t-il dit. Selon Claire Fontaine, « rien ne manque ».",
    ));
    let m: Vec<String> =
        rec.quotes.iter().map(|q| serde_json::to_value(q.method).unwrap().as_str().unwrap().to_string()).collect();
    assert_eq!(m, ["pronoun", "selon"]);
    assert!(rec.quotes.iter().all(|q| q.confidence > 0.0 && q.confidence <= 1.0));
}

t!(
    member_of_a_group_is_an_unnamed_source,
    "Les voisins sont sortis devant la maison. L'un d'entre eux se dit « très inquiet pour la suite ».",
    [("très inquiet pour la suite", Some("L'un d'entre eux"))]
);

t_en!(
    english_article_reads_in_english,
    "The minister spoke to reporters on Monday. “We will not back down,” said Sarah Thompson. \
     “The plan is ready,” she added.",
    [("We will not back down", Some("Sarah Thompson")), ("The plan is ready", Some("Sarah Thompson"))]
);

t!(
    bare_quote_continues_the_person_who_spoke_since_without_quote,
    "« Nous irons jusqu'au bout », a déclaré Pierre Dupont.\nMarie Lenoir a répondu que le projet était mal préparé.\n« Il faudra tout reprendre. »",
    [("Nous irons jusqu'au bout", Some("Pierre Dupont")), ("Il faudra tout reprendre.", Some("Marie Lenoir"))]
);

t_en!(
    english_title_before_a_name_binds_the_later_description,
    "State premier Dana Whitfield arrived early. “We will hold the line,” the premier said.",
    [("We will hold the line", Some("Dana Whitfield"))]
);

t_en!(
    english_role_noun_heading_a_name_is_not_in_the_speaker,
    "The shop flooded again on Sunday. Shopkeeper Alan Briggs, who has run it for a decade, said: \
     “The water came in twice this year.”",
    [("The water came in twice this year.", Some("Alan Briggs"))]
);

t!(
    office_of_a_leader_speaks_as_an_organization,
    "Le bureau de Benyamin Netanyahou a indiqué : « Les négociations reprendront dimanche. »",
    [("Les négociations reprendront dimanche.", Some("Le bureau de Benyamin Netanyahou"))]
);

// --- English function-word roles (data/en/function_words.tsv) ---------------------------
t_en!(
    english_description_extends_over_of_the,
    "“The port stays closed,” the head of the Harbour Board said.",
    [("The port stays closed", Some("the head of the Harbour Board"))]
);
t_en!(
    english_definite_noun_phrase_before_the_verb_is_the_source,
    "“We will reopen the bridge,” the harbour trust said.",
    [("We will reopen the bridge", Some("the harbour trust"))]
);
t_en!(
    english_possessive_description_takes_the_name_after_it,
    "“We are ready,” said his aide Tom Reed.",
    [("We are ready", Some("Tom Reed"))]
);
t_en!(
    english_agent_of_a_passive_is_the_later_pronoun,
    "He was stopped by a policewoman on Friday. “I saw nothing,” she said.",
    [("I saw nothing", Some("a policewoman"))]
);
t_en!(
    english_relative_clause_object_is_not_the_subject,
    "The lawyer who represented Tom Baker said: “The case is closed.”",
    [("The case is closed.", Some("The lawyer"))]
);
t_en!(
    english_completive_that_is_not_a_relative_pronoun,
    "Residents say that Maria Lopez declared: “We will rebuild.”",
    [("We will rebuild.", Some("Maria Lopez"))]
);
t_en!(
    english_they_resumes_a_plural_description,
    "“We were told to leave,” several witnesses said. “Nobody helped us,” they added.",
    [("We were told to leave", Some("several witnesses")), ("Nobody helped us", Some("several witnesses"))]
);
t_en!(
    english_present_participle_takes_the_clause_subject,
    "Anna Kowalski met the mayor of Dover on Friday, adding: “The talks went well.”",
    [("The talks went well.", Some("Anna Kowalski"))]
);
t_en!(
    english_continue_to_is_not_a_speech_verb,
    "Ana Ruiz told the BBC that the city has continued to provide “food and shelter to everyone.”",
    [("food and shelter to everyone.", Some("Ana Ruiz"))]
);
t_en!(
    english_participle_after_the_cue_keeps_its_subject,
    "“We are ready,” the mayor said, adding that the council's new chair Maria Lopez agreed.",
    [("We are ready", Some("the mayor"))]
);
t_en!(
    english_source_marker_after_a_named_speaker_names_the_medium,
    "“We will appeal,” John Smith said on Monday, according to Reuters.",
    [("We will appeal", Some("John Smith"))]
);
t_en!(
    english_participle_clause_takes_the_main_subject,
    "While admitting the government hadn't always “made the right calls”, Mr Hale said it had done its best.",
    [("made the right calls", Some("Hale"))]
);
t_en!(
    english_coordinated_verb_shares_the_named_subject,
    "Ravi Kumar thanked the staff of NASA and said the mission was “a triumph”.",
    [("a triumph", Some("Ravi Kumar"))]
);

// --- Coordinated verbs, nouns after an article, statements, adjacent-only verbs ---------
t!(
    coordinated_verb_shares_a_pronoun_subject,
    "Marc Leroy a répondu aux journalistes. Il accuse les syndicats de mentir et affirme que la réforme est « juste et nécessaire ».",
    [("juste et nécessaire", Some("Marc Leroy"))]
);
t!(
    speech_noun_after_an_article_is_no_cue,
    "Les habitants attendent depuis des semaines un communiqué « clair et rassurant ».",
    [("clair et rassurant", None)]
);

/// The cue text of each quote of an English text.
fn english_cues(text: &str, want: &[(&str, Option<&str>)]) -> Vec<Option<String>> {
    let rec = check_with(bilingual_extractor(), text, want);
    rec.quotes.iter().map(|q| q.cue.as_ref().map(|c| c.text.clone())).collect()
}

#[test]
fn english_continued_is_a_cue_right_after_a_quote() {
    let text = "“We are not done,” Sarah Malik said. “The fight goes on,” she continued.";
    let cues =
        english_cues(text, &[("We are not done", Some("Sarah Malik")), ("The fight goes on", Some("Sarah Malik"))]);
    assert_eq!(cues[1].as_deref(), Some("continued"));
}

#[test]
fn english_continued_in_running_text_is_no_cue() {
    let text = "Sales have continued to grow after “a difficult winter for the shops”.";
    let rec = check_with(bilingual_extractor(), text, &[("a difficult winter for the shops", None)]);
    assert!(rec.quotes[0].cue.as_ref().is_none_or(|c| c.text != "continued"));
}

#[test]
fn english_said_adding_records_said_as_the_cue() {
    let text = "“This is a good day,” the mayor said, adding that work would start in May.";
    let cues = english_cues(text, &[("This is a good day", Some("the mayor"))]);
    assert_eq!(cues[0].as_deref(), Some("said"));
}

#[test]
fn source_marker_names_the_author_of_a_statement() {
    let text = "Deux suspects ont été arrêtés « sans aucun incident », selon un communiqué du SPVM.";
    let rec = check_with(extractor(), text, &[("sans aucun incident", Some("SPVM"))]);
    assert_eq!(rec.quotes[0].cue.as_ref().map(|c| c.text.as_str()), Some("selon"));
}

t!(
    object_of_an_exhorting_verb_is_no_speaker,
    "Le bureau régional de météorologie a mis en garde contre une « montée rapide des eaux du fleuve » et a exhorté les habitants de Tarbes et Lourdes à « rester chez eux jusqu'à nouvel ordre ».",
    [
        ("montée rapide des eaux du fleuve", Some("Le bureau régional de météorologie")),
        ("rester chez eux jusqu'à nouvel ordre", Some("Le bureau régional de météorologie")),
    ]
);

// --- Decomposed text (NFD) -----------------------------------------------------------------

/// A French article with accents in names, places, speech verbs, list words and a gazetteer
/// name, read in its composed (NFC) and decomposed (NFD: `e` + U+0301) forms.
const ACCENTED_ARTICLE: &str = "À lire aussi : Hervé Marchal à l'Élysée\n\
Le Premier ministre Sébastien Lecornu a réuni ses ministres à l'Élysée mardi. \
« Nous ne céderons rien sur la sécurité des Français », a déclaré Sébastien Lecornu devant la presse.\n\
Le ministre de l'Intérieur, Laurent Nuñez, était présent. « La menace reste élevée, et nous sommes prêts », \
a-t-il affirmé à Matignon.\n\
La députée Hélène Guérin-Lefèvre, élue de l'Hérault, a estimé que « le gouvernement a tardé ». \
« Les élus locaux réclamaient ces mesures depuis des mois », a-t-elle précisé.\n\
Selon Mamadou Keïta, maire de Sévérac-le-Château, « les habitants attendent des réponses concrètes ».\n\
Le Gén. Éric Bézier a réagi. É. Sévère, porte-parole du ministère, a répondu : « Nous étudierons chaque dossier. »\n";

/// The record of `text` as JSON, with its strings in NFC and its byte offsets (`mentions`,
/// `parts`, a cue's `start` and `end`) moved to the NFC form of the text.
fn nfc_json(text: &str) -> serde_json::Value {
    use unicode_normalization::UnicodeNormalization;
    fn walk(v: &mut serde_json::Value, text: &str, offsets: bool) {
        use serde_json::Value;
        match v {
            Value::String(s) => *s = s.nfc().collect(),
            Value::Number(n) if offsets => {
                let o = n.as_u64().expect("an offset") as usize;
                assert!(text.is_char_boundary(o), "offset {o} is no char boundary");
                *v = Value::from(text[..o].nfc().collect::<String>().len());
            }
            Value::Array(a) => a.iter_mut().for_each(|x| walk(x, text, offsets)),
            Value::Object(m) => {
                for (k, x) in m.iter_mut() {
                    let offsets = offsets || matches!(k.as_str(), "mentions" | "parts" | "start" | "end");
                    walk(x, text, offsets);
                }
            }
            _ => {}
        }
    }
    let rec = extractor().extract(&verbatim::Document::new("t", text));
    // Every offset slices the text it was found in to what the record says.
    for e in &rec.entities {
        for &[s, t] in &e.mentions {
            assert!(e.surfaces.iter().any(|x| *x == text[s..t]), "{:?} not among {:?}", &text[s..t], e.surfaces);
        }
        let name_mentioned = e.mentions.iter().any(|&[s, t]| text[s..t] == e.name);
        assert!(name_mentioned, "{} is none of its mentions", e.name);
    }
    for q in &rec.quotes {
        for &[s, t] in &q.parts {
            assert!(q.text.contains(&text[s..t]), "{:?} not in {:?}", &text[s..t], q.text);
        }
        if let Some(c) = &q.cue {
            assert_eq!(c.text, text[c.start..c.end]);
        }
    }
    let mut v = serde_json::to_value(&rec).expect("a record serializes");
    walk(&mut v, text, false);
    v
}

#[test]
fn decomposed_text_gives_the_records_of_composed_text() {
    use unicode_normalization::UnicodeNormalization;
    let nfc: String = ACCENTED_ARTICLE.nfc().collect();
    let nfd: String = ACCENTED_ARTICLE.nfd().collect();
    assert!(nfd.contains("e\u{301}") && nfd.len() > nfc.len());
    let want = nfc_json(&nfc);
    // The article is read as it should be in NFC: linked names, speakers, cues.
    let ids: Vec<&str> = want["entities"].as_array().unwrap().iter().filter_map(|e| e["id"].as_str()).collect();
    for id in ["per_sebastien_lecornu", "org_elysee", "per_laurent_nunez"] {
        assert!(ids.contains(&id), "{id} not in {ids:?}");
    }
    let speakers: Vec<&str> = want["quotes"].as_array().unwrap().iter().filter_map(|q| q["speaker"].as_str()).collect();
    for s in ["Sébastien Lecornu", "Laurent Nuñez", "Hélène Guérin-Lefèvre", "Mamadou Keïta"] {
        assert!(speakers.contains(&s), "{s} not in {speakers:?}");
    }
    let got = nfc_json(&nfd);
    assert_eq!(
        serde_json::to_string_pretty(&got).unwrap(),
        serde_json::to_string_pretty(&want).unwrap(),
        "the NFD article reads differently from the NFC one"
    );
}

#[test]
fn accented_preposition_is_no_auxiliary() {
    let text = "Jeanne Roche a quant à elle évoqué une « grève illimitée ».";
    let rec = check_with(extractor(), text, &[("grève illimitée", Some("Jeanne Roche"))]);
    assert_eq!(rec.quotes[0].cue.as_ref().map(|c| c.text.as_str()), Some("évoqué"));
}

#[test]
fn accented_preposition_is_no_auxiliary_when_decomposed() {
    // NFD: `a` + U+0300 is `à`, no auxiliary either.
    let text = "Jeanne Roche a quant a\u{300} elle e\u{301}voque\u{301} une « gre\u{300}ve illimite\u{301}e ».";
    let rec = check_with(extractor(), text, &[("gre\u{300}ve illimite\u{301}e", Some("Jeanne Roche"))]);
    assert_eq!(rec.quotes[0].cue.as_ref().map(|c| c.text.as_str()), Some("e\u{301}voque\u{301}"));
}

t!(
    participle_after_quote_takes_the_subject_before_it,
    "La préfecture « appelle à la plus grande prudence », rappelant que les routes sont glissantes.",
    [("appelle à la plus grande prudence", Some("La préfecture"))]
);
t!(
    participle_after_quote_is_no_cue_for_its_object,
    "Le maire a publié un message : « Nous sommes tous sous le choc », précisant que Paul Martin viendra.",
    [("Nous sommes tous sous le choc", Some("Le maire"))]
);
t!(
    description_running_over_a_verb_is_no_subject_of_the_quote,
    "L'institut dresse alors une liste des risques « graves et durables », notant que la neige tombera.",
    [("graves et durables", None)]
);
t!(
    nationality_noun_resolves_to_the_person_just_mentioned,
    "La joueuse Simona Halep a été battue mardi. La Roumaine a déclaré : « Je suis déçue. »",
    [("Je suis déçue.", Some("Simona Halep"))]
);
t!(
    nationality_noun_apposition_binds_the_person,
    "L'Américain Tiger Woods a gagné dimanche. Le soir, l'Américain a expliqué : « C'était dur. »",
    [("C'était dur.", Some("Tiger Woods"))]
);
t!(
    nationality_noun_is_not_a_person_another_one_describes,
    "La Lettone Jelena Ostapenko a battu sa rivale. La Roumaine a déclaré : « Je reviendrai. »",
    [("Je reviendrai.", Some("La Roumaine"))]
);
t!(
    source_marker_in_another_clause_yields_to_a_nearer_cue,
    "Selon la CGT, la grève sera très suivie, mais la direction assure : « Tout fonctionnera normalement. »",
    [("Tout fonctionnera normalement.", Some("la direction"))]
);
t!(
    source_marker_before_a_bare_quote_still_names_the_source,
    "Selon la CGT, la direction « ment ».",
    [("ment", Some("CGT"))]
);

// --- Titles, surnames opening a headline, opinion markers -----------------------------
t!(
    article_name_opening_a_sentence_is_a_title_not_a_person,
    "Le débat continue.\n\nLa Tribune Dimanche écrit : « Le gouvernement est fragile. »",
    [("Le gouvernement est fragile.", Some("La Tribune Dimanche"))]
);
t!(
    article_name_ending_a_known_person_is_that_person,
    "Le Quellec a affirmé : « Nous allons gagner. » Le maire Pierre Le Quellec est confiant.",
    [("Nous allons gagner.", Some("Pierre Le Quellec"))]
);
t!(
    headline_surname_alone_is_the_person_named_later,
    "Kowalczyk : « Nous allons gagner »\n\nLa joueuse Anna Kowalczyk a été battue hier à Lyon.",
    [("Nous allons gagner", Some("Anna Kowalczyk"))]
);
t!(
    opinion_marker_gives_the_named_speaker,
    "La saison est finie. Pour Anna Kowalczyk, « la défaite est injuste ».",
    [("la défaite est injuste", Some("Anna Kowalczyk"))]
);
t!(
    opinion_marker_description_before_the_clause_subject,
    "Le directeur a parlé mardi. Pour le patron de l'agence, Airstar « répond aux attentes du marché ».",
    [("répond aux attentes du marché", Some("le patron de l'agence"))]
);
t!(
    opinion_marker_yields_to_a_cue_with_its_own_subject,
    "Pour Anna Kowalczyk, Marc Lenoir a déclaré : « La défaite est injuste. »",
    [("La défaite est injuste.", Some("Marc Lenoir"))]
);

// --- Speech-act nouns, speakers that cannot speak ------------------------------------------
t!(
    speech_act_noun_after_headline_quote,
    "« Nous courons à la catastrophe » : le cri d'alarme de Marie Lefèvre, présidente de l'association.\n\nLa militante a tenu une conférence mardi.",
    [("Nous courons à la catastrophe", Some("Marie Lefèvre"))]
);
t!(
    speech_act_noun_after_comma,
    "« Il faut agir maintenant », le coup de gueule de Paul Girard.",
    [("Il faut agir maintenant", Some("Paul Girard"))]
);
t!(
    speech_act_noun_before_colon_description,
    "La mise en garde du secrétaire général de l'association : « Le pays est au bord de la famine »\n\nLes agences humanitaires manquent de fonds.",
    [("Le pays est au bord de la famine", Some("secrétaire général de l'association"))]
);
t!(
    description_that_cannot_speak_is_no_speaker,
    "Le bilan provisoire fait état de « dégâts considérables et durables dans tout le quartier ».",
    [("dégâts considérables et durables dans tout le quartier", None)]
);
t!(
    lone_place_before_headline_colon_is_no_speaker,
    "Normandie : « Nous n'avons plus d'eau depuis trois jours »\n\nLes habitants attendent.",
    [("Nous n'avons plus d'eau depuis trois jours", None)]
);
t!(
    event_title_is_no_speaker,
    "Depuis ce matin, la Coupe Davis affiche : « Les billets sont en vente ».",
    [("Les billets sont en vente", None)]
);
t!(
    place_standing_for_its_administration_speaks,
    "La commune a indiqué : « Les travaux dureront un mois ».",
    [("Les travaux dureront un mois", Some("La commune"))]
);
t!(
    text_as_described_speaker,
    "Le décret précise : « Les commerces fermeront à 20 heures ».",
    [("Les commerces fermeront à 20 heures", Some("Le décret"))]
);
t!(
    plain_noun_phrase_of_a_role_noun_speaks,
    "Les gardes-côtes japonais ont indiqué : « Le navire a coulé ».",
    [("Le navire a coulé", Some("Les gardes-côtes japonais"))]
);
t!(
    speech_act_of_role_before_name_is_the_name,
    "« Nous ne lâcherons rien » : l'appel du ministre Paul Dumont aux agriculteurs.",
    [("Nous ne lâcherons rien", Some("Paul Dumont"))]
);
t!(
    speech_act_of_role_in_apposition_is_the_name,
    "« Nous ne lâcherons rien » : l'appel du maire, Paul Dumont.",
    [("Nous ne lâcherons rien", Some("Paul Dumont"))]
);
t!(
    speech_act_of_honorific_name,
    "« Nous ne lâcherons rien » : l'appel de M. Paul Dumont.",
    [("Nous ne lâcherons rien", Some("Paul Dumont"))]
);

// --- A sentence after the quote looking back on it (data/<lang>/retrospective_leads.tsv) ------
t!(
    retrospective_lead_inverted_cue,
    "Le maire Paul Dumont a visité le chantier.\n\n« Nous rouvrirons l'école en septembre. » C'est ce qu'a affirmé Jeanne Morel, la préfète de la Somme, mardi.",
    [("Nous rouvrirons l'école en septembre.", Some("Jeanne Morel"))]
);
t!(
    retrospective_lead_subject_before_cue,
    "Le maire Paul Dumont a visité le chantier.\n\n« Rien n'est perdu. » C'est en ces termes que Jeanne Morel a conclu la réunion.",
    [("Rien n'est perdu.", Some("Jeanne Morel"))]
);
t!(
    retrospective_lead_speech_act,
    "Le maire Paul Dumont a visité le chantier.\n\n« Le budget est bouclé. » Ce sont les mots de Marc Antoine, adjoint aux finances.",
    [("Le budget est bouclé.", Some("Marc Antoine"))]
);
t!(
    retrospective_lead_opening_next_paragraph,
    "Le maire Paul Dumont a visité le chantier.\n\n« Il faut tenir. »\n\nC'est ce qu'a lancé Jeanne Morel aux ouvriers.",
    [("Il faut tenir.", Some("Jeanne Morel"))]
);
t!(
    retrospective_copula_takes_no_cue,
    "« Nous irons jusqu'au bout », a déclaré Paul Dumont. « Il est trop tard. » Ce sont des propos inacceptables, a dénoncé Luc Henry.",
    [("Nous irons jusqu'au bout", Some("Paul Dumont")), ("Il est trop tard.", Some("Paul Dumont"))]
);
t!(
    retrospective_lead_after_writer_words_is_no_frame,
    "Paul Dumont a promis une « reprise rapide ». C'est ce qu'a confirmé Luc Henry.",
    [("reprise rapide", Some("Paul Dumont"))]
);
t_en!(
    retrospective_lead_words_of_titled_name_en,
    "Crews cleared the road on Monday.\n\n\"We will not stop until every family is home.\" Those were the words of Governor Linda Park on Tuesday.",
    [("We will not stop until every family is home.", Some("Linda Park"))]
);
t_en!(
    retrospective_lead_cue_en,
    "Crews cleared the road on Monday.\n\n\"The money is there.\" That's what Sam Ortiz told reporters after the meeting.",
    [("The money is there.", Some("Sam Ortiz"))]
);

t_en!(
    speech_act_noun_after_headline_quote_en,
    "\"We must act now\": the warning of Jane Cooper, the mayor of Leeds.\n\nThe council met on Monday to discuss the floods and the new budget.",
    [("We must act now", Some("Jane Cooper"))]
);

t!(
    passive_future_without_agent_is_no_cue,
    "Le ministre Paul Garnier a visité l'hôpital. Les familles concernées seront informées : « Nous vous écrirons dans la semaine, soyez patients. »",
    [("Nous vous écrirons dans la semaine, soyez patients.", None)]
);

t!(
    passive_present_without_agent_is_no_cue,
    "Le ministre Paul Garnier a visité l'hôpital. Le parti de Marc Dufour est exhorté à ne pas « jouer avec le feu ».",
    [("jouer avec le feu", None)]
);

t!(
    passive_compound_without_agent_is_no_cue,
    "Le ministre Paul Garnier a visité l'hôpital. Les deux élus ont été reconnus coupables : « Nous allons faire appel de cette décision. »",
    [("Nous allons faire appel de cette décision.", None)]
);

t!(
    reflexive_etre_stays_a_cue,
    "Le ministre Paul Garnier a visité l'hôpital. Marie Laval s'est dite « très fière » du service.",
    [("très fière", Some("Marie Laval"))]
);

// --- Verbs in a sense that is not speech, participles used as adjectives -------------------
t!(
    interpeller_in_running_text_is_an_arrest,
    "Un homme a été interpellé par la police à Lyon après avoir tagué « la ville nous appartient » sur un mur.",
    [("la ville nous appartient", None)]
);
t!(
    interpeller_right_after_a_quote_is_a_cue,
    "« Qu'allez-vous faire pour les hôpitaux ? », interpelle la députée Claire Martin.",
    [("Qu'allez-vous faire pour les hôpitaux ?", Some("Claire Martin"))]
);
t!(
    interpeller_before_the_colon_opening_a_quote_is_a_cue,
    "La députée Claire Martin a interpellé le ministre de la Santé : « Qu'allez-vous faire pour les hôpitaux ? »",
    [("Qu'allez-vous faire pour les hôpitaux ?", Some("Claire Martin"))]
);
t!(
    past_participle_after_a_noun_is_no_cue,
    "Anne Garnier a tenu un meeting à Lyon. Elle appelait les électeurs opposés à la réforme « à voter pour le changement ».",
    [("à voter pour le changement", Some("Anne Garnier"))]
);
t!(
    participle_after_an_adverbial_with_a_noun_stays_a_cue,
    "Le maire a parlé en premier. Paul Martin a pour sa part déclaré : « Rien n'est encore joué. »",
    [("Rien n'est encore joué.", Some("Paul Martin"))]
);

// --- Title line of a name, a comma and the quote ------------------------------------------
t!(
    comma_title_line_names_the_speaker,
    "Tennis : Dupuis, « Une finale, c'est toujours une fête »\n\nLa joueuse Martine Dupuis a remporté le tournoi dimanche à Lyon.",
    [("Une finale, c'est toujours une fête", Some("Martine Dupuis"))]
);
t!(
    comma_title_line_after_a_place_has_no_speaker,
    "Lyon, « la ville des lumières » fête ses cent ans\n\nLa mairie a présenté le programme des festivités lundi.",
    [("la ville des lumières", None)]
);
t!(
    constater_of_a_witness_in_running_text_is_no_cue,
    "« Non à la vie chère », « Du pain pour tous », pouvait-on lire sur les pancartes des manifestants, qui ont défilé jusqu'à la place centrale, ont constaté des journalistes.",
    [("Non à la vie chère", None), ("Du pain pour tous", None)]
);
t!(
    constater_right_after_a_quote_is_a_cue,
    "« La population a fait son choix », a constaté la conseillère Anne Garnier.",
    [("La population a fait son choix", Some("Anne Garnier"))]
);

// --- Subjectless cues continuing the previous speaker (data/<lang>/continuation_leads.txt) --
t!(
    continuation_et_de_infinitive,
    "« Nous irons jusqu'au bout », a souligné Jean Dupont.\nEt de poursuivre : « Je ne céderai rien. »",
    [("Nous irons jusqu'au bout", Some("Jean Dupont")), ("Je ne céderai rien.", Some("Jean Dupont"))]
);
t!(
    continuation_et_d_elided_infinitive,
    "La maire Claire Martin a ouvert la séance. « Le budget est tenu », a-t-elle assuré. Et d'ajouter : « Aucun impôt ne sera relevé. »",
    [("Le budget est tenu", Some("Claire Martin")), ("Aucun impôt ne sera relevé.", Some("Claire Martin"))]
);
t!(
    continuation_tout_en_gerund,
    "« On a tout mis en hauteur », témoigne Dany Leroux. Tout en relativisant : « Il n'y a pas mort d'homme. »",
    [("On a tout mis en hauteur", Some("Dany Leroux")), ("Il n'y a pas mort d'homme.", Some("Dany Leroux"))]
);
t!(
    continuation_en_gerund,
    "« La route est coupée », explique Paul Garnier. En précisant : « Les secours sont sur place. »",
    [("La route est coupée", Some("Paul Garnier")), ("Les secours sont sur place.", Some("Paul Garnier"))]
);
t!(
    continuation_avant_de_infinitive,
    "« Les prix vont baisser », a promis le ministre Paul Garnier sur une radio. Avant de conclure : « Nous tiendrons parole. »",
    [("Les prix vont baisser", Some("Paul Garnier")), ("Nous tiendrons parole.", Some("Paul Garnier"))]
);
t!(
    continuation_puis_d_infinitive,
    "« Le club va bien », assure Marc Petit.\n\nPuis d'ajouter : « Nous recruterons cet été. »",
    [("Le club va bien", Some("Marc Petit")), ("Nous recruterons cet été.", Some("Marc Petit"))]
);
t!(
    continuation_named_subject_after_the_infinitive_wins,
    "« Nous irons jusqu'au bout », a souligné Jean Dupont. Et d'ajouter Marie Laval : « Nous serons là. »",
    [("Nous irons jusqu'au bout", Some("Jean Dupont")), ("Nous serons là.", Some("Marie Laval"))]
);
t!(
    continuation_after_a_quote_with_no_speaker_has_none,
    "« Non à la fermeture », pouvait-on lire sur une banderole. Et d'ajouter : « Sauvons notre usine. »",
    [("Non à la fermeture", None), ("Sauvons notre usine.", None)]
);
t!(
    continuation_with_no_quote_before_has_none,
    "La réunion a duré trois heures à Lyon.\nEt de conclure : « Rien ne sera décidé avant l'été. »",
    [("Rien ne sera décidé avant l'été.", None)]
);
t!(
    continuation_after_a_quote_two_paragraphs_back_has_none,
    "« Le club va bien », assure Marc Petit.\n\nLe stade sera rénové en 2026.\n\nLes travaux dureront deux ans.\n\nEt d'ajouter : « Nous recruterons cet été. »",
    [("Le club va bien", Some("Marc Petit")), ("Nous recruterons cet été.", None)]
);
t!(
    continuation_goes_to_a_reported_speaker_since_the_quote,
    "« Le club va bien », assure Marc Petit. L'entraîneur Paul Garnier a répondu que l'équipe manquait de moyens. Et d'ajouter : « Il nous faut deux joueurs. »",
    [("Le club va bien", Some("Marc Petit")), ("Il nous faut deux joueurs.", Some("Paul Garnier"))]
);
t_en!(
    continuation_english_adding_after_a_said_clause,
    "\"We will not give up,\" said union leader John Smith on Monday. He paused before adding: \"The strike goes on.\"",
    [("We will not give up", Some("John Smith")), ("The strike goes on.", Some("John Smith"))]
);
t!(
    continuation_gerund_before_a_main_clause_is_no_lead,
    "« Le club va bien », assure Marc Petit. En évoquant la saison, les joueurs ont dit : « Nous sommes prêts. »",
    [("Le club va bien", Some("Marc Petit")), ("Nous sommes prêts.", Some("les joueurs"))]
);
t!(
    bare_quote_after_an_organization_goes_on_with_it,
    "La vigilance rouge est déclarée quand « de très fortes pluies sont attendues », explique Météo France. « Des phénomènes dangereux sont prévus. Tenez-vous au courant. »",
    [
        ("de très fortes pluies sont attendues", Some("Météo France")),
        ("Des phénomènes dangereux sont prévus. Tenez-vous au courant.", Some("Météo France")),
    ]
);
t!(
    bare_quote_goes_on_with_a_person_who_spoke_after_the_organization,
    "« Les routes seront fermées », indique Météo France. « Nous restons prudents », a ajouté Paul Girard.\n\n« Les écoles ouvriront lundi. »",
    [
        ("Les routes seront fermées", Some("Météo France")),
        ("Nous restons prudents", Some("Paul Girard")),
        ("Les écoles ouvriront lundi.", Some("Paul Girard")),
    ]
);
t!(
    bare_quote_two_paragraphs_after_an_organization_is_not_its,
    "« Les routes seront fermées », indique Météo France.\n\nLa neige tombe depuis mardi.\n\nLe village est isolé.\n\n« Les écoles ouvriront lundi. »",
    [("Les routes seront fermées", Some("Météo France")), ("Les écoles ouvriront lundi.", None)]
);
t!(
    lead_quote_takes_the_speaker_named_after_the_next_quote,
    "« Que les essais se passent bien, c'est mieux » pour la saison. « Le rendez-vous, c'est le 16 juin », a souligné Paul Girard mercredi.",
    [
        ("Que les essais se passent bien, c'est mieux", Some("Paul Girard")),
        ("Le rendez-vous, c'est le 16 juin", Some("Paul Girard")),
    ]
);
t!(
    lead_quote_keeps_no_speaker_when_a_name_stands_between,
    "« Que les essais se passent bien, c'est mieux » pour Henri Vasseur. « Le rendez-vous, c'est le 16 juin », a souligné Paul Girard mercredi.",
    [("Que les essais se passent bien, c'est mieux", None), ("Le rendez-vous, c'est le 16 juin", Some("Paul Girard"))]
);
t!(
    lead_quote_in_another_paragraph_keeps_no_speaker,
    "« Que les essais se passent bien, c'est mieux » pour la saison.\n\n« Le rendez-vous, c'est le 16 juin », a souligné Paul Girard mercredi.",
    [("Que les essais se passent bien, c'est mieux", None), ("Le rendez-vous, c'est le 16 juin", Some("Paul Girard"))]
);
t!(
    quote_after_a_lone_conjunction_goes_on_with_the_speaker_just_quoted,
    "« Les banques hésitent encore », dit Maya Girard.\n\nLes fonds viennent souvent de l'étranger. Mais « nous construisons des champions », selon elle. Puis « la suite viendra vite ».",
    [
        ("Les banques hésitent encore", Some("Maya Girard")),
        ("nous construisons des champions", Some("Maya Girard")),
        ("la suite viendra vite", Some("Maya Girard")),
    ]
);
t!(
    quote_after_a_lone_conjunction_far_from_the_last_speaker_has_none,
    "« Les banques hésitent encore », dit Maya Girard.\n\nLes fonds viennent de l'étranger.\n\nLe secteur grandit.\n\nMais « la suite viendra vite ».",
    [("Les banques hésitent encore", Some("Maya Girard")), ("la suite viendra vite", None)]
);
t!(
    interview_answer_after_its_marker_continues_the_speaker,
    "« Le rendez-vous, c'est le 16 juin », a souligné Paul Girard mercredi. Q: Êtes-vous stressé ? R: « Il n'y a pas de stress, mais de l'excitation. »\n\nQUESTION : Et l'équipe ?\n\nRÉPONSE : « Elle est prête. »",
    [
        ("Le rendez-vous, c'est le 16 juin", Some("Paul Girard")),
        ("Il n'y a pas de stress, mais de l'excitation.", Some("Paul Girard")),
        ("Elle est prête.", Some("Paul Girard")),
    ]
);
t!(
    interview_answer_with_nobody_named_has_no_speaker,
    "QUESTION : Quelle place occupe ce titre ?\n\nRÉPONSE : « C'est le plus grand titre de ma carrière. »",
    [("C'est le plus grand titre de ma carrière.", None)]
);
t_en!(
    interview_answer_after_its_english_marker_continues_the_speaker,
    "\"The team is ready,\" coach Paul Girard said on Wednesday. Q: Are you worried about the final? A: \"Not at all, we have prepared for months.\"",
    [("The team is ready", Some("Paul Girard")), ("Not at all, we have prepared for months.", Some("Paul Girard"))]
);
t!(
    title_of_an_initiative_opening_with_pour_is_a_term,
    "Le canton a repoussé l'initiative « pour une seule langue à l'école primaire » dimanche. La loi « contre la fraude fiscale » entre en vigueur.",
    []
);
t!(
    fragment_opening_with_pour_that_has_a_speaker_is_speech,
    "Le ministre a plaidé « pour une seule langue à l'école primaire » devant les députés.",
    [("pour une seule langue à l'école primaire", Some("Le ministre"))]
);
t!(
    fragment_with_no_cue_takes_the_speaker_quoted_just_before,
    "« Il faut éviter une vague très forte », a déclaré Paul Girard lundi. L'objectif étant de « renforcer encore la couverture vaccinale ».",
    [
        ("Il faut éviter une vague très forte", Some("Paul Girard")),
        ("renforcer encore la couverture vaccinale", Some("Paul Girard")),
    ]
);
t!(
    fragment_with_no_cue_two_paragraphs_after_the_last_quote_has_no_speaker,
    "« Il faut éviter une vague très forte », a déclaré Paul Girard lundi.\n\nLe virus circule.\n\nL'objectif étant de « renforcer encore la couverture vaccinale ».",
    [("Il faut éviter une vague très forte", Some("Paul Girard")), ("renforcer encore la couverture vaccinale", None)]
);
t!(
    fragment_after_a_quote_carries_only_a_named_speaker,
    "« Nous avons reculé », raconte un garde-frontière. L'attaque a été menée à l'aide « d'artillerie et d'armes légères ».",
    [("Nous avons reculé", Some("un garde-frontière")), ("d'artillerie et d'armes légères", None)]
);

// --- Names in records --------------------------------------------------------------------
/// Hard-wrapped text: a description and a name cut by line breaks.
const HARD_WRAPPED: &str = "Le sommet de Bruxelles a repris ce matin dans un climat tendu entre les\ndélégations. « Nous ne céderons rien sur ce point », a déclaré le porte-parole\ndu gouvernement, avant que la présidente Marie-Claire\nDubois ne prenne la parole. Les négociations se poursuivront demain selon\nles diplomates présents.\n";

t!(
    hard_wrapped_description_speaker_is_one_line,
    HARD_WRAPPED,
    [("Nous ne céderons rien sur ce point", Some("le porte-parole du gouvernement"))]
);

#[test]
fn hard_wrapped_entity_name_is_one_line_and_its_surface_as_written() {
    let rec = common::run(HARD_WRAPPED);
    let e = rec.entities.iter().find(|e| e.name.contains("Dubois")).expect("the person is found");
    assert_eq!(e.name, "Marie-Claire Dubois");
    assert_eq!(e.surfaces, ["Marie-Claire\nDubois"]);
    let [s, end] = e.mentions[0];
    assert_eq!(&HARD_WRAPPED[s..end], "Marie-Claire\nDubois");
}
