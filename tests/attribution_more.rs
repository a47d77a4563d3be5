//! More attribution cases, one named case per phenomenon of French news (texts written for
//! these tests): chains across sentences and paragraphs, descriptions and appositions,
//! organizations and places, unnamed sources, partial quotes, complex post-quote cues,
//! non-quotes and robust negatives.
//!
//! `t!(name, text, [(quote, speaker), ...])` runs the whole pipeline with the embedded
//! default gazetteer and checks every non-term quote's text and speaker, in order. A case
//! may start with attributes (`#[ignore = "known gap: …"]`) for gaps verbatim still has;
//! its expectation stays what a careful reader says.

mod common;
use common::check;

macro_rules! t {
    ($(#[$meta:meta])* $name:ident, $text:expr, [$(($quote:expr, $speaker:expr)),* $(,)?]) => {
        #[test]
        $(#[$meta])*
        fn $name() {
            check($text, &[$(($quote, $speaker)),*]);
        }
    };
}

// --- Chains: pronoun incises across sentences and paragraphs ---------------------------
t!(
    chain_a_t_il_ajoute_after_named_post_cue,
    "Youssef Haddad, maire de Roubaix, a inauguré mardi la nouvelle médiathèque. « C'est un lieu pour tous les habitants », a-t-il déclaré. « Les travaux ont duré trois ans », a-t-il ajouté.",
    [
        ("C'est un lieu pour tous les habitants", Some("Youssef Haddad")),
        ("Les travaux ont duré trois ans", Some("Youssef Haddad")),
    ]
);
t!(
    chain_poursuit_elle_in_next_paragraph,
    "Hélène Marchand dirige l'association depuis 2019. « Les demandes ont doublé en un an », explique-t-elle.\n\n« Nous manquons de bénévoles le week-end », poursuit-elle.",
    [
        ("Les demandes ont doublé en un an", Some("Hélène Marchand")),
        ("Nous manquons de bénévoles le week-end", Some("Hélène Marchand")),
    ]
);
t!(
    chain_estime_t_il_resolves_to_hyphenated_surname,
    "Bruno Lemaire-Collin a quitté la réunion avant la fin. « Le texte n'est pas à la hauteur des enjeux », estime-t-il.",
    [("Le texte n'est pas à la hauteur des enjeux", Some("Bruno Lemaire-Collin"))]
);
t!(
    chain_a_t_elle_insiste_after_apposition,
    "Fatou Ndiaye, avocate de la famille, a saisi la justice lundi. « Nous voulons la vérité, rien de plus », a-t-elle insisté.",
    [("Nous voulons la vérité, rien de plus", Some("Fatou Ndiaye"))]
);
t!(
    chain_il_a_ajoute_colon_resolves_to_subject,
    "Youssef Haddad a présenté jeudi son budget devant le conseil municipal. Il a ajouté : « Aucun impôt local n'augmentera l'an prochain. »",
    [("Aucun impôt local n'augmentera l'an prochain.", Some("Youssef Haddad"))]
);
t!(
    chain_elle_a_ajoute_colon_resolves_to_speaker,
    "« La grève est reconductible », a annoncé Fatou Ndiaye. Elle a ajouté : « Les assemblées générales décideront chaque matin. »",
    [
        ("La grève est reconductible", Some("Fatou Ndiaye")),
        ("Les assemblées générales décideront chaque matin.", Some("Fatou Ndiaye")),
    ]
);
t!(
    chain_il_a_precise_colon_in_new_paragraph,
    "Le député Bruno Lemaire-Collin a déposé mercredi une proposition de loi sur les loyers.\n\nIl a précisé : « Le plafonnement concernera toutes les villes de plus de 50 000 habitants. »",
    [("Le plafonnement concernera toutes les villes de plus de 50 000 habitants.", Some("Bruno Lemaire-Collin"))]
);
t!(
    chain_two_bare_paragraphs_continue_speaker,
    "Hélène Marchand a déclaré mercredi : « Le budget sera voté en décembre. »\n\n« Aucune coupe ne touchera les écoles. »\n\n« Les communes rurales seront aidées en priorité. »",
    [
        ("Le budget sera voté en décembre.", Some("Hélène Marchand")),
        ("Aucune coupe ne touchera les écoles.", Some("Hélène Marchand")),
        ("Les communes rurales seront aidées en priorité.", Some("Hélène Marchand")),
    ]
);
t!(
    chain_bare_paragraph_after_post_cue,
    "« Nous ne signerons pas cet accord en l'état », a tranché Bruno Lemaire-Collin.\n\n« Il faudra revoir toute la copie. »",
    [
        ("Nous ne signerons pas cet accord en l'état", Some("Bruno Lemaire-Collin")),
        ("Il faudra revoir toute la copie.", Some("Bruno Lemaire-Collin")),
    ]
);
t!(
    chain_alternating_same_gender_goes_to_latest,
    "« Quand les salaires seront-ils revalorisés ? », a demandé Bruno Lemaire-Collin. « Pas avant l'an prochain », a répondu Youssef Haddad. « Les caisses sont vides », a-t-il ajouté.",
    [
        ("Quand les salaires seront-ils revalorisés ?", Some("Bruno Lemaire-Collin")),
        ("Pas avant l'an prochain", Some("Youssef Haddad")),
        ("Les caisses sont vides", Some("Youssef Haddad")),
    ]
);
t!(
    chain_alternating_a_t_il_repondu_goes_to_the_man,
    "« Allez-vous démissionner ? », a demandé la journaliste Hélène Marchand. « Certainement pas », a rétorqué Youssef Haddad. « Je reste jusqu'à la fin de mon mandat », a-t-il répondu.",
    [
        ("Allez-vous démissionner ?", Some("Hélène Marchand")),
        ("Certainement pas", Some("Youssef Haddad")),
        ("Je reste jusqu'à la fin de mon mandat", Some("Youssef Haddad")),
    ]
);
t!(
    chain_alternating_gender_beats_recency,
    "« Le plan social est injustifiable », a lancé Fatou Ndiaye. « Nous n'avons pas le choix », a objecté Youssef Haddad. « Il y a toujours un choix », a-t-elle répliqué.",
    [
        ("Le plan social est injustifiable", Some("Fatou Ndiaye")),
        ("Nous n'avons pas le choix", Some("Youssef Haddad")),
        ("Il y a toujours un choix", Some("Fatou Ndiaye")),
    ]
);
t!(
    chain_quote_over_two_paragraphs_after_colon,
    "Hélène Marchand a décrit la nuit de l'incendie :\n« Les flammes sont arrivées par le toit en quelques minutes.\n« Nous avons juste eu le temps de sortir les enfants. »",
    [(
        "Les flammes sont arrivées par le toit en quelques minutes. Nous avons juste eu le temps de sortir les enfants.",
        Some("Hélène Marchand")
    )]
);
t!(
    chain_quote_over_three_paragraphs_with_final_cue,
    "« Le premier jour, personne ne savait quoi faire.\n\n« Le deuxième jour, les secours sont arrivés par la route du col.\n\n« Le troisième jour, nous avons enfin pu dormir », raconte Youssef Haddad.",
    [(
        "Le premier jour, personne ne savait quoi faire. Le deuxième jour, les secours sont arrivés par la route du col. Le troisième jour, nous avons enfin pu dormir",
        Some("Youssef Haddad")
    )]
);
t!(
    chain_quote_over_three_paragraphs_after_colon_paragraph,
    "Fatou Ndiaye, présidente du collectif des riverains, a expliqué :\n\n« Nous avons écrit à la mairie en janvier.\n\n« Personne ne nous a répondu.\n\n« Alors nous avons décidé de bloquer le chantier. »",
    [(
        "Nous avons écrit à la mairie en janvier. Personne ne nous a répondu. Alors nous avons décidé de bloquer le chantier.",
        Some("Fatou Ndiaye")
    )]
);

// --- Descriptions, appositions, gender, gazetteer roles --------------------------------
t!(
    desc_minister_apposition_then_le_ministre_a_ajoute,
    "Le ministre de l'Intérieur, Bruno Lemaire-Collin, s'est rendu mardi à Marseille. Après une réunion avec les policiers, le ministre a ajouté : « Les renforts arriveront dès lundi. »",
    [("Les renforts arriveront dès lundi.", Some("Bruno Lemaire-Collin"))]
);
t!(
    desc_minister_apposition_then_post_cue_description,
    "Le ministre de l'Intérieur, Youssef Haddad, a visité jeudi le commissariat de Nîmes. « Les effectifs seront doublés », a promis le ministre.",
    [("Les effectifs seront doublés", Some("Youssef Haddad"))]
);
t!(
    desc_homologue_allemand_apposition_subject,
    "Reçu à Paris, son homologue allemand, Klaus Wendler, a salué « un pas décisif pour la défense européenne ».",
    [("un pas décisif pour la défense européenne", Some("Klaus Wendler"))]
);
t!(
    desc_homologue_allemand_then_il_with_female_host,
    "La ministre des Armées, Hélène Marchand, a reçu jeudi son homologue allemand, Klaus Wendler. « Nous devons produire plus de munitions, et vite », a-t-il affirmé.",
    [("Nous devons produire plus de munitions, et vite", Some("Klaus Wendler"))]
);
t!(
    desc_porte_parole_apposition_pre_cue,
    "La porte-parole du gouvernement, Fatou Ndiaye, a déclaré mercredi : « Le texte sera présenté en conseil des ministres avant l'été. »",
    [("Le texte sera présenté en conseil des ministres avant l'été.", Some("Fatou Ndiaye"))]
);
t!(
    desc_porte_parole_apposition_then_la_porte_parole,
    "La porte-parole du gouvernement, Fatou Ndiaye, a rendu compte du conseil des ministres. « Aucune hausse de la TVA n'est prévue », a précisé la porte-parole.",
    [("Aucune hausse de la TVA n'est prévue", Some("Fatou Ndiaye"))]
);
t!(
    gender_a_t_elle_with_man_named_last,
    "Hélène Marchand et Youssef Haddad ont signé l'accord vendredi. « C'est une étape historique pour la région », a-t-elle salué.",
    [("C'est une étape historique pour la région", Some("Hélène Marchand"))]
);
t!(
    gender_a_t_il_with_woman_as_subject,
    "Hélène Marchand a présenté Youssef Haddad aux militants samedi. « Je serai candidat aux municipales », a-t-il annoncé.",
    [("Je serai candidat aux municipales", Some("Youssef Haddad"))]
);
t!(
    gender_a_t_elle_not_given_to_male_speaker,
    "Youssef Haddad a remercié sa directrice de campagne, Fatou Ndiaye. « Sans elle, rien n'aurait été possible », a-t-il dit. « La campagne a été dure pour tout le monde », a-t-elle reconnu.",
    [
        ("Sans elle, rien n'aurait été possible", Some("Youssef Haddad")),
        ("La campagne a été dure pour tout le monde", Some("Fatou Ndiaye")),
    ]
);
t!(
    role_chef_de_l_etat_resolves_to_mentioned_macron,
    "Emmanuel Macron a reçu les partenaires sociaux lundi. Le chef de l'État a assuré : « Le dialogue social reste ma priorité. »",
    [("Le dialogue social reste ma priorité.", Some("Emmanuel Macron"))]
);
t!(
    role_president_russe_post_cue_among_two_leaders,
    "Emmanuel Macron et Vladimir Poutine se sont parlé au téléphone samedi. « Les sanctions nous ont rendus plus forts », a affirmé le président russe.",
    [("Les sanctions nous ont rendus plus forts", Some("Vladimir Poutine"))]
);
t!(
    role_president_americain_only_mentioned_holder,
    "Donald Trump a signé mardi un décret sur les droits de douane. « Nos partenaires ont profité de nous pendant des décennies », a lancé le président américain.",
    [("Nos partenaires ont profité de nous pendant des décennies", Some("Donald Trump"))]
);
t!(
    role_not_resolved_when_holder_absent,
    "Le gouvernement a présenté mercredi son plan pour l'hôpital. « Le dialogue social reste ma priorité », a assuré le chef de l'État.",
    [("Le dialogue social reste ma priorité", Some("le chef de l'État"))]
);

// --- Organizations and places as speakers ----------------------------------------------
t!(
    org_kremlin_a_indique_que,
    "Le Kremlin a indiqué mardi que les négociations étaient « au point mort ».",
    [("au point mort", Some("Kremlin"))]
);
t!(
    org_pekin_a_averti_washington,
    "Pékin a averti Washington contre toute « ingérence inacceptable » dans ses affaires intérieures.",
    [("ingérence inacceptable", Some("Pékin"))]
);
t!(
    org_cgt_dans_un_communique,
    "Dans un communiqué, la CGT a dénoncé un « passage en force » du gouvernement.",
    [("passage en force", Some("CGT"))]
);
t!(
    org_elysee_a_fait_savoir,
    "L'Élysée a fait savoir jeudi soir que la visite d'État était « reportée à une date ultérieure ».",
    [("reportée à une date ultérieure", Some("Élysée"))]
);
t!(
    org_washington_a_repondu_post_cue,
    "« Nous ne laisserons pas nos alliés sans défense », a répondu Washington.",
    [("Nous ne laisserons pas nos alliés sans défense", Some("Washington"))]
);
t!(
    org_commission_europeenne_juge,
    "La Commission européenne a jugé « totalement disproportionnées » les nouvelles taxes chinoises.",
    [("totalement disproportionnées", Some("Commission européenne"))]
);
t!(
    org_amnesty_denonce,
    "Amnesty International a dénoncé des « violations graves et répétées » des droits humains dans la région.",
    [("violations graves et répétées", Some("Amnesty International"))]
);

// --- Unnamed sources -------------------------------------------------------------------
t!(
    unnamed_haut_diplomate_europeen,
    "« Personne ne veut porter la responsabilité d'un échec », a confié un haut diplomate européen.",
    [("Personne ne veut porter la responsabilité d'un échec", Some("un haut diplomate européen"))]
);
t!(
    unnamed_selon_source_proche_du_dossier_with_elision,
    "Selon une source proche du dossier, les enquêteurs disposent d'« éléments très solides » contre le suspect.",
    [("éléments très solides", Some("une source proche du dossier"))]
);
t!(
    unnamed_des_temoins_ont_raconte,
    "Des témoins ont raconté avoir entendu « une énorme explosion, puis des cris ».",
    [("une énorme explosion, puis des cris", Some("Des témoins"))]
);
t!(
    unnamed_un_manifestant_a_lance,
    "« On ne lâchera rien ! », a lancé un manifestant devant la préfecture.",
    [("On ne lâchera rien !", Some("un manifestant"))]
);
t!(
    unnamed_source_not_the_named_person_nearby,
    "Youssef Haddad a quitté Bruxelles sans faire de déclaration. « Il est furieux », a confié un membre de son entourage.",
    [("Il est furieux", Some("un membre de son entourage"))]
);

// --- Partial quotes governed by a verb or a noun ---------------------------------------
t!(
    partial_qualifier_x_de_object_is_a_person,
    "Fatou Ndiaye a qualifié Youssef Haddad de « menteur professionnel » lors du débat.",
    [("menteur professionnel", Some("Fatou Ndiaye"))]
);
t!(
    partial_denonce_une_with_description_subject,
    "Le syndicaliste Bruno Lemaire-Collin a dénoncé une « provocation inacceptable » de la direction.",
    [("provocation inacceptable", Some("Bruno Lemaire-Collin"))]
);
t!(
    partial_appelle_a_une_with_addressee_first,
    "Dans une lettre à Hélène Marchand, Youssef Haddad appelle à une « pause immédiate » des travaux.",
    [("pause immédiate", Some("Youssef Haddad"))]
);
t!(
    partial_juge_adjective_before_object,
    "Hélène Marchand juge « profondément injuste » la décision du tribunal.",
    [("profondément injuste", Some("Hélène Marchand"))]
);
t!(
    partial_juge_one_word_with_speaker_is_a_quote,
    "Hélène Marchand juge « incompréhensible » la décision du tribunal.",
    [("incompréhensible", Some("Hélène Marchand"))]
);
t!(
    partial_evoque_un_with_person_before,
    "Devant Bruno Lemaire-Collin, Fatou Ndiaye a évoqué un « climat de peur » dans l'entreprise.",
    [("climat de peur", Some("Fatou Ndiaye"))]
);
t!(
    partial_reproche_a_addressee,
    "Youssef Haddad a reproché à Hélène Marchand son « silence assourdissant » sur le dossier.",
    [("silence assourdissant", Some("Youssef Haddad"))]
);

// --- Cues after the quote with complex subjects ----------------------------------------
t!(
    post_cue_presse_and_time_before_name,
    "« Nous ne céderons pas au chantage », a déclaré à la presse mardi soir Hélène Marchand.",
    [("Nous ne céderons pas au chantage", Some("Hélène Marchand"))]
);
t!(
    post_cue_sur_radio_before_name,
    "« La réforme des retraites est derrière nous », a expliqué sur France Inter Youssef Haddad.",
    [("La réforme des retraites est derrière nous", Some("Youssef Haddad"))]
);
t!(
    #[ignore = "known gap: `dans un entretien au Monde` between cue verb and name blocks the post-quote cue"]
    post_cue_entretien_au_journal_before_name,
    "« Je ne serai pas candidat à la présidentielle », affirme dans un entretien au Monde Bruno Lemaire-Collin.",
    [("Je ne serai pas candidat à la présidentielle", Some("Bruno Lemaire-Collin"))]
);
t!(
    post_cue_description_then_name_wins_over_role,
    "« Ce budget est sincère et responsable », a insisté devant les députés le Premier ministre, Bruno Lemaire-Collin.",
    [("Ce budget est sincère et responsable", Some("Bruno Lemaire-Collin"))]
);
t!(
    post_cue_place_and_institution_before_name,
    "« Nous avons tenu nos engagements », a martelé jeudi à Strasbourg devant le Parlement européen Fatou Ndiaye.",
    [("Nous avons tenu nos engagements", Some("Fatou Ndiaye"))]
);

// --- Not quotes: titles, nicknames, scare quotes ---------------------------------------
t!(
    not_quote_novel_title_with_author,
    "Le roman « La Nuit des oliviers » de Fatou Ndiaye a reçu un prix littéraire.",
    []
);
t!(not_quote_nickname_surnomme, "L'ancien boxeur, surnommé « le Taureau de Belleville », a été condamné jeudi.", []);
t!(
    not_quote_pseudonym_after_de,
    "La clinique a été piratée. Se présentant sous le pseudonyme de « Vortex », un individu affirme pour sa part détenir les données de 3000 patients. Loin de se cacher, « Vortex » affiche ses intentions.",
    []
);
t!(
    not_quote_newspaper_after_confreres_de,
    "Le suspect a été interpellé peu après midi, rapportent nos confrères de « Tageszeitung ».",
    []
);
t!(
    not_quote_ship_name,
    "Des hommes armés ont saisi lundi le pétrolier « Sea Falcon » au large d'Aden, selon un responsable de la marine.",
    []
);
t!(not_quote_one_word_scare_quote, "La « sobriété » est devenue le maître-mot de l'hiver.", []);
t!(
    not_quote_series_title_then_real_quote,
    "La série « Les Oubliés du Nord » sort en mars. « J'ai voulu raconter ma région », explique sa réalisatrice, Hélène Marchand.",
    [("J'ai voulu raconter ma région", Some("Hélène Marchand"))]
);
t!(
    not_quote_ballot_answer_alone,
    "Les électeurs ont dit « oui » à la réforme et le « non » ne recueille que 38 % des voix.",
    []
);
t!(not_quote_song_title, "La chanson « Ne me quitte pas » a été reprise par une chorale d'enfants.", []);

// --- Robust negatives: no speaker rather than a wrong one ------------------------------
t!(
    negative_banner_slogan_no_speaker,
    "Une banderole proclamant « Touche pas à mon hôpital » a été déployée devant la mairie.",
    [("Touche pas à mon hôpital", None)]
);
t!(
    negative_addressee_only_in_letter,
    "Dans une lettre adressée à la ministre Hélène Marchand, « les habitants du quartier attendent des réponses depuis deux ans ».",
    [("les habitants du quartier attendent des réponses depuis deux ans", None)]
);
t!(
    negative_previous_sentence_person_is_not_speaker,
    "Youssef Haddad a été évacué vers l'hôpital de Lille. La situation reste « extrêmement tendue et imprévisible » dans le quartier.",
    [("extrêmement tendue et imprévisible", None)]
);
t!(
    negative_name_inside_quote_is_not_speaker,
    "« Youssef Haddad nous a trahis » : la phrase circule sur les réseaux sociaux depuis mardi.",
    [("Youssef Haddad nous a trahis", None)]
);

// --- More chains, descriptions and organizations ---------------------------------------
t!(
    chain_a_t_elle_resolves_to_unnamed_woman_not_named_man,
    "Youssef Haddad a été interpellé par une habitante à la sortie de la mairie. « Vous nous avez oubliés depuis des années », a-t-elle lancé.",
    [("Vous nous avez oubliés depuis des années", Some("une habitante"))]
);
t!(
    chain_a_t_elle_ajoute_across_narrative_paragraph,
    "« Les négociations reprendront lundi », a déclaré Fatou Ndiaye.\n\nLa réunion avait duré plus de trois heures dans les locaux de la préfecture.\n\n« Nous ne signerons rien sans garanties », a-t-elle ajouté.",
    [
        ("Les négociations reprendront lundi", Some("Fatou Ndiaye")),
        ("Nous ne signerons rien sans garanties", Some("Fatou Ndiaye")),
    ]
);
t!(
    chain_elle_a_denonce_partial_after_subject,
    "Hélène Marchand a visité mercredi le chantier de l'hôpital. Elle a dénoncé un « retard inadmissible » des travaux.",
    [("retard inadmissible", Some("Hélène Marchand"))]
);
t!(
    desc_name_first_apposition_then_le_ministre,
    "Youssef Haddad, le ministre de l'Éducation, était en déplacement à Rennes. « La rentrée se passera bien », a assuré le ministre.",
    [("La rentrée se passera bien", Some("Youssef Haddad"))]
);
t!(
    role_premier_ministre_resolves_to_mentioned_barnier,
    "Michel Barnier a présenté son gouvernement samedi. « Nous n'avons pas de temps à perdre », a déclaré le Premier ministre.",
    [("Nous n'avons pas de temps à perdre", Some("Michel Barnier"))]
);
t!(
    role_chancelier_not_given_to_another_mentioned_leader,
    "Emmanuel Macron s'est rendu à Berlin jeudi. « L'Europe doit investir davantage dans sa défense », a estimé le chancelier allemand.",
    [("L'Europe doit investir davantage dans sa défense", Some("le chancelier allemand"))]
);
t!(
    org_matignon_a_fait_savoir,
    "Matignon a fait savoir que le projet de loi serait « profondément remanié » avant son examen.",
    [("profondément remanié", Some("Matignon"))]
);
t!(
    org_moscou_a_reagi_post_cue,
    "« Cette décision est une provocation dangereuse », a réagi Moscou.",
    [("Cette décision est une provocation dangereuse", Some("Moscou"))]
);
t!(
    org_selon_amnesty,
    "Selon Amnesty International, les détenus sont soumis à des « traitements cruels et dégradants ».",
    [("traitements cruels et dégradants", Some("Amnesty International"))]
);

// --- More unnamed sources --------------------------------------------------------------
t!(
    unnamed_responsable_sous_couvert_d_anonymat,
    "« Nous n'excluons aucune option », a déclaré un responsable américain sous couvert d'anonymat.",
    [("Nous n'excluons aucune option", Some("un responsable américain"))]
);
t!(
    unnamed_plural_elus_pre_cue,
    "Plusieurs élus ont dénoncé un « déni de démocratie » après le vote.",
    [("déni de démocratie", Some("Plusieurs élus"))]
);
t!(
    unnamed_definite_porte_parole_is_earlier_indefinite_one,
    "« Aucune piste n'est écartée », indique un porte-parole de la gendarmerie de l'Isère. « Nous attendons les analyses », ajoute le porte-parole.",
    [
        ("Aucune piste n'est écartée", Some("un porte-parole de la gendarmerie de l'Isère")),
        ("Nous attendons les analyses", Some("un porte-parole de la gendarmerie de l'Isère")),
    ]
);
t!(
    unnamed_la_meme_source_is_earlier_indefinite_source,
    "« Trois véhicules ont été incendiés », a déclaré une source policière tunisienne. Les auteurs « ont pris la fuite vers le sud », a précisé la même source.",
    [
        ("Trois véhicules ont été incendiés", Some("une source policière tunisienne")),
        ("ont pris la fuite vers le sud", Some("une source policière tunisienne")),
    ]
);
t!(
    unnamed_cette_source_is_earlier_indefinite_source,
    "« Le convoi a été visé par une mine », selon une source sécuritaire nigérienne. « Deux soldats sont blessés », a ajouté cette source.",
    [
        ("Le convoi a été visé par une mine", Some("une source sécuritaire nigérienne")),
        ("Deux soldats sont blessés", Some("une source sécuritaire nigérienne")),
    ]
);
t!(
    indefinite_source_with_name_after_comma_is_that_person,
    "« Ce vaccin arrive à un moment crucial », s'est félicitée une responsable de l'agence, Marie Durand, citée par un communiqué.",
    [("Ce vaccin arrive à un moment crucial", Some("Marie Durand"))]
);
t!(
    place_after_selon_description_and_comma_is_no_apposition,
    "Selon le porte-parole de l'armée, Kiev n'a « pas été touchée » par les frappes.",
    [("pas été touchée", Some("le porte-parole de l'armée"))]
);
t!(
    definite_head_is_the_one_organization_with_that_head,
    "Le parquet de Nantes a ouvert une enquête mardi. Les faits sont « d'une gravité exceptionnelle », a souligné le parquet.",
    [("d'une gravité exceptionnelle", Some("parquet de Nantes"))]
);
t!(
    definite_head_with_two_organizations_stays_a_description,
    "Le parquet de Nantes et le parquet de Rennes se sont dessaisis. Les faits sont « d'une gravité exceptionnelle », a souligné le parquet.",
    [("d'une gravité exceptionnelle", Some("le parquet"))]
);
t!(
    definite_institution_with_named_complement_drops_its_article,
    "La préfecture du Finistère et la gendarmerie ont annoncé dans un communiqué un premier bilan, « deux blessés légers ». Le trafic a repris vers midi. « La route restera fermée jusqu'à jeudi », précise la préfecture.",
    [
        ("deux blessés légers", Some("préfecture du Finistère")),
        ("La route restera fermée jusqu'à jeudi", Some("préfecture du Finistère")),
    ]
);
t!(
    generic_organization_head_is_the_one_organization_just_named,
    "La clinique Saint-Roch a subi une panne informatique mardi. Selon l'établissement, les dossiers des patients n'ont « jamais été exposés ».",
    [("jamais été exposés", Some("Saint-Roch"))]
);
t!(
    generic_organization_head_after_two_organizations_stays_a_description,
    "La clinique Saint-Roch et la société Medilog ont subi une panne informatique mardi. Selon l'établissement, les dossiers des patients n'ont « jamais été exposés ».",
    [("jamais été exposés", Some("l'établissement"))]
);

t!(
    generic_organization_head_points_to_a_name_in_quotation_marks,
    "Pour le mouvement « Terre Libre », le vote n'est pas valable. Dans un communiqué, le mouvement dénonce « une manipulation grossière ».",
    [("une manipulation grossière", Some("Terre Libre"))]
);
t!(
    generic_organization_head_of_an_owner_group_is_the_owned_organization,
    "Une panne a touché la Clinique des Alpes à Grenoble. Lundi, l'établissement du groupe Vivalto Santé a indiqué que « les urgences restent ouvertes ».",
    [("les urgences restent ouvertes", Some("Clinique des Alpes"))]
);
t!(
    generic_organization_head_of_an_owner_group_after_two_organizations_stays_a_description,
    "La Clinique des Alpes et la société Medilog ont subi une panne. Lundi, l'établissement du groupe Vivalto Santé a indiqué que « les urgences restent ouvertes ».",
    [("les urgences restent ouvertes", Some("l'établissement du groupe Vivalto Santé"))]
);
t!(
    short_name_given_in_parentheses_speaks_for_the_organization,
    "Le Syndicat des loueurs de barques du lac (Sylobac) salue la décision. Le Sylobac affirme que « les barques rouvriront lundi ».",
    [("les barques rouvriront lundi", Some("Syndicat des loueurs de barques du lac"))]
);

t!(
    fronted_role_with_complement_then_name_is_the_subject,
    "Rédactrice des bulletins de la police municipale, Claire Montel défend le ton des titres. « Nous cherchons à être lus, pas à choquer. »",
    [("Nous cherchons à être lus, pas à choquer.", Some("Claire Montel"))]
);
t!(
    name_between_commas_after_fronted_complement_stays_its_apposition,
    "Après une rencontre avec le président de la région, Paul Moreau, lundi soir, Claire Montel a dit que les élus se sentaient « trahis » par la réforme.",
    [("trahis", Some("Claire Montel"))]
);

// --- More partial quotes ---------------------------------------------------------------
t!(
    partial_qualifier_de_before_object_of_other_person,
    "Fatou Ndiaye a qualifié de « honteux et mensongers » les propos de Youssef Haddad.",
    [("honteux et mensongers", Some("Fatou Ndiaye"))]
);
t!(
    partial_in_relative_clause_of_subject,
    "Youssef Haddad, qui dénonce une « chasse aux sorcières », a annoncé qu'il ferait appel.",
    [("chasse aux sorcières", Some("Youssef Haddad"))]
);
t!(
    partial_repondu_a_addressee_que,
    "Fatou Ndiaye a répondu à Youssef Haddad que sa proposition était « hors sujet et dangereuse ».",
    [("hors sujet et dangereuse", Some("Fatou Ndiaye"))]
);
t!(
    #[ignore = "known gap: `présenter` is no speech verb, and a partial quote with no cue gets no speaker"]
    partial_after_plan_noun_is_speech_not_title,
    "Youssef Haddad a présenté lundi un plan « ambitieux mais réaliste » pour les transports.",
    [("ambitieux mais réaliste", Some("Youssef Haddad"))]
);
t!(
    partial_after_reforme_noun_is_speech_not_title,
    "La CGT a dénoncé mardi une réforme « injuste et brutale » pour les salariés.",
    [("injuste et brutale", Some("CGT"))]
);

// --- More cues after the quote ---------------------------------------------------------
t!(
    post_cue_commas_around_time_and_place,
    "« Le site ne fermera pas », a déclaré, mardi, lors d'une conférence de presse à Lyon, Youssef Haddad.",
    [("Le site ne fermera pas", Some("Youssef Haddad"))]
);
t!(
    post_cue_newspaper_then_description_then_name,
    "« Nous allons rouvrir les piscines cet été », a déclaré au Parisien la maire de la ville, Hélène Marchand.",
    [("Nous allons rouvrir les piscines cet été", Some("Hélène Marchand"))]
);
t!(
    post_cue_addressee_after_speaker,
    "« Vous devez démissionner », a lancé Fatou Ndiaye à Youssef Haddad.",
    [("Vous devez démissionner", Some("Fatou Ndiaye"))]
);
t!(
    post_cue_addressee_before_speaker,
    "« Vous devez démissionner », a lancé à Youssef Haddad la députée Fatou Ndiaye.",
    [("Vous devez démissionner", Some("Fatou Ndiaye"))]
);
t!(
    post_cue_sur_tv_channel_with_day,
    "« Il n'y aura pas de hausse d'impôts », a estimé dimanche sur BFMTV Bruno Lemaire-Collin.",
    [("Il n'y aura pas de hausse d'impôts", Some("Bruno Lemaire-Collin"))]
);

// --- More non-quotes and negatives -----------------------------------------------------
t!(not_quote_operation_name, "L'opération « Bouclier de l'Atlantique » a mobilisé trois frégates.", []);
t!(not_quote_baptise_nickname, "Le projet, baptisé « Grand Paris Sud », sera lancé en septembre.", []);
t!(
    #[ignore = "known gap: colon frame `X a reçu une lettre : «…»` makes the receiver the speaker"]
    negative_receiver_of_letter_is_not_speaker,
    "Youssef Haddad a reçu lundi une lettre anonyme : « Vous serez expulsé sous huit jours. »",
    [("Vous serez expulsé sous huit jours.", None)]
);
t!(
    negative_sign_read_by_on,
    "« Fermé jusqu'à nouvel ordre », peut-on lire sur la porte de la mairie.",
    [("Fermé jusqu'à nouvel ordre", None)]
);
t!(
    negative_definite_description_not_given_to_other_person,
    "Youssef Haddad, maire de Tourcoing, a accueilli mardi les représentants de l'État. « Les crédits seront débloqués avant l'été », a assuré le préfet.",
    [("Les crédits seront débloqués avant l'été", Some("le préfet"))]
);

// --- Further probes ----------------------------------------------------------------------
t!(
    chain_quote_over_two_paragraphs_with_incise_in_second,
    "Fatou Ndiaye a pris la parole devant les grévistes.\n« Nous tiendrons aussi longtemps qu'il le faudra.\n« La direction, poursuit-elle, devra revenir à la table des négociations. »",
    [(
        "Nous tiendrons aussi longtemps qu'il le faudra. La direction devra revenir à la table des négociations.",
        Some("Fatou Ndiaye")
    )]
);
t!(
    role_chef_de_l_etat_with_surname_only_mention,
    "M. Macron a réuni mardi ses ministres à l'Élysée. « Nous devons accélérer les réformes », a lancé le chef de l'État.",
    [("Nous devons accélérer les réformes", Some("Macron"))]
);
t!(
    headline_then_body_pronoun_incise,
    "Hélène Marchand : « Je ne quitterai pas le parti »\n\nLa sénatrice a répondu mardi aux rumeurs. « Ma place est ici », a-t-elle assuré.",
    [("Je ne quitterai pas le parti", Some("Hélène Marchand")), ("Ma place est ici", Some("Hélène Marchand"))]
);
t!(
    chain_bare_paragraph_after_new_speaker_colon,
    "« Le site sera vendu », a annoncé Youssef Haddad.\n\nFatou Ndiaye, déléguée syndicale, a aussitôt réagi :\n\n« C'est une trahison. »\n\n« Nous irons devant les tribunaux. »",
    [
        ("Le site sera vendu", Some("Youssef Haddad")),
        ("C'est une trahison.", Some("Fatou Ndiaye")),
        ("Nous irons devant les tribunaux.", Some("Fatou Ndiaye")),
    ]
);
t!(
    org_quai_d_orsay_surface_form,
    "Le Quai d'Orsay a appelé les ressortissants français à « quitter le pays sans délai ».",
    [("quitter le pays sans délai", Some("Quai d'Orsay"))]
);
t!(
    unnamed_selon_des_temoins_after_quote,
    "Les policiers ont tiré « sans sommation et à plusieurs reprises », selon des témoins.",
    [("sans sommation et à plusieurs reprises", Some("des témoins"))]
);

// --- Descriptions after a fronted complement; subjects after the cue ---------------------
t!(
    description_after_lower_case_acronym_org_gives_name,
    "« Les routes resteront bloquées », a affirmé la présidente de l'union des éleveurs (UDE), Martine Gaudin, à la presse.",
    [("Les routes resteront bloquées", Some("Martine Gaudin"))]
);
t!(
    fronted_complement_without_comma_then_role_subject,
    "Claire Vasseur a tenu mardi sa première conférence de presse. Sur le budget la présidente de la région a déclaré « Nous tiendrons nos engagements ».",
    [("Nous tiendrons nos engagements", Some("Claire Vasseur"))]
);
t!(
    postposed_subject_after_time_complement,
    "Un important dispositif a été déployé à Lyon. « Il s'agit d'une affaire ancienne », a déclaré en fin de matinée le porte-parole de la police Marc Duval.",
    [("Il s'agit d'une affaire ancienne", Some("Marc Duval"))]
);
t!(
    object_of_relative_clause_after_cue_is_not_speaker,
    "« Retrait de la réforme », pouvait-on lire sur des pancartes brandies par les grévistes, qui ont rejoint le Cours Mirabeau en fin de matinée.",
    [("Retrait de la réforme", None)]
);
t!(
    demonstrative_description_points_back_to_the_person_just_named,
    "Le maire Paul Roy est venu. Dany, une habitante du quartier, a dû quitter sa maison. « On a tout mis en hauteur », témoigne cette habitante.",
    [("On a tout mis en hauteur", Some("Dany"))]
);
t!(
    lone_first_name_witness_resolves_the_pronoun,
    "La ferme de Patrick, agriculteur sur l'île, a été inondée. Il pompe l'eau depuis le matin. « Il y a trente centimètres d'eau », dit-il.",
    [("Il y a trente centimètres d'eau", Some("Patrick"))]
);
t!(
    nationality_noun_skips_a_person_of_another_nationality,
    "En 2014, Ana Petrescu avait perdu contre Maria Lopez. En 2017, la Lettone Ilze Berzina avait battu la Roumaine. Vaincue, la Roumaine avait promis de « gagner une autre finale ».",
    [("gagner une autre finale", Some("Ana Petrescu"))]
);
t!(
    quote_after_another_quote_in_its_sentence_continues_the_speaker,
    "« La situation est grave », explique Inès Morel, une infirmière de 35 ans. « Les urgences sont pleines chaque soir », « nous manquons de lits et de bras partout ».",
    [
        ("La situation est grave", Some("Inès Morel")),
        ("Les urgences sont pleines chaque soir", Some("Inès Morel")),
        ("nous manquons de lits et de bras partout", Some("Inès Morel")),
    ]
);
t!(
    demonstrative_trade_noun_is_the_person_just_named,
    "Mais Lucien Marchal, 68 ans, n'a pas d'ordinateur. Ce menuisier à la retraite, venu en bus jusqu'à la mairie, a dû « remplir le dossier à la main ».",
    [("remplir le dossier à la main", Some("Lucien Marchal"))]
);
t!(
    demonstrative_description_is_the_lone_first_name_just_before,
    "Sous la pluie, près de Saint-Malo, Josiane attend les secours depuis midi. Sa cave est inondée. Cette retraitée a sauvé ses papiers. « Le reste, on verra bien », confie-t-elle.",
    [("Le reste, on verra bien", Some("Josiane"))]
);
t!(
    demonstrative_description_without_a_first_name_before_stays_a_description,
    "Sous la pluie, à Florence, les caves sont inondées. Cette retraitée a sauvé ses papiers. « Le reste, on verra bien », confie-t-elle.",
    [("Le reste, on verra bien", Some("Cette retraitée"))]
);
t!(
    verbless_colon_frame_after_pour_names_the_speaker,
    "Le vol de Claire a été annulé deux fois. Même constat pour Bastien Leroy : « On ne nous propose rien avant lundi. »",
    [("On ne nous propose rien avant lundi.", Some("Bastien Leroy"))]
);
t!(
    colon_frame_after_pour_with_a_verb_keeps_the_clause_subject,
    "Claire a acheté deux billets pour Bastien Leroy : « On ne nous propose rien avant lundi. »",
    [("On ne nous propose rien avant lundi.", Some("Claire"))]
);

// --- Changes of voice: reported speakers, the same source, later incises, statements -------
t!(
    unnamed_la_meme_source_is_the_last_speaker_whatever_described_it,
    "« Trois soldats ont été tués », a déclaré une source militaire. L'attaque a été confirmée par un élu local qui a parlé « d'une opération très rapide ». « Nous devons rester vigilants », a ajouté la même source.",
    [
        ("Trois soldats ont été tués", Some("une source militaire")),
        ("d'une opération très rapide", Some("un élu local")),
        ("Nous devons rester vigilants", Some("un élu local")),
    ]
);
t!(
    chain_bare_quote_goes_to_the_inverted_subject_of_a_reporting_cue,
    "Le ministre Paul Durand a dénoncé une « agression brutale ». Des blindés sont entrés dans la région dans la nuit, ont rapporté jeudi les gardes-côtes grecs. « Des navires militaires ont violé notre frontière. »",
    [
        ("agression brutale", Some("Paul Durand")),
        ("Des navires militaires ont violé notre frontière.", Some("les gardes-côtes grecs")),
    ]
);
t!(
    chain_bare_quote_goes_to_a_person_named_after_a_reporting_cue,
    "Le ministre Paul Durand a dénoncé une « agression brutale ». Des blindés sont entrés dans la région, a indiqué Marie Lenoir, porte-parole de la marine. « Des navires militaires ont violé notre frontière. »",
    [
        ("agression brutale", Some("Paul Durand")),
        ("Des navires militaires ont violé notre frontière.", Some("Marie Lenoir")),
    ]
);
t!(
    chain_bare_quote_keeps_its_speaker_past_a_possessive_object,
    "Le ministre Paul Durand a dénoncé une « agression brutale ». L'association, née en 2012, affirme clairement ses ambitions. « Des navires militaires ont violé notre frontière. »",
    [
        ("agression brutale", Some("Paul Durand")),
        ("Des navires militaires ont violé notre frontière.", Some("Paul Durand")),
    ]
);
t!(
    chain_bare_quote_keeps_its_speaker_past_a_medium_reporting,
    "Le ministre Paul Durand a dénoncé une « agression brutale ». Des blindés sont entrés dans la région, rapporte Le Monde. « Des navires militaires ont violé notre frontière. »",
    [
        ("agression brutale", Some("Paul Durand")),
        ("Des navires militaires ont violé notre frontière.", Some("Paul Durand")),
    ]
);
t!(
    later_named_incise_beats_a_main_clause_cue_before_a_colon,
    "Pour la suite, le syndicat Sud a annoncé la couleur : sa prochaine grève aura lieu le 12 mars, jour de la « première réunion avec la direction » pour négocier la convention, a dit vendredi sur France Info Paul Durand, secrétaire général du syndicat.",
    [("première réunion avec la direction", Some("Paul Durand"))]
);
t!(
    statement_of_an_organization_after_a_contracted_article,
    "Le vote a eu lieu mardi soir. « La coalition a pris de l'ampleur avec ce vote », peut-on lire dans une déclaration du Parti conservateur.",
    [("La coalition a pris de l'ampleur avec ce vote", Some("Parti conservateur"))]
);
t!(
    selon_les_propos_tenus_par_names_the_speaker,
    "Le vote a eu lieu mardi soir. « La coalition a pris de l'ampleur avec ce vote », selon les propos tenus par Paul Durand lors du débat.",
    [("La coalition a pris de l'ampleur avec ce vote", Some("Paul Durand"))]
);
t!(
    coordinated_verb_after_a_completive_shares_the_main_subject,
    "Paul Durand a déclaré que la Russie avait commencé, mais a noté que c'était « compliqué ».",
    [("compliqué", Some("Paul Durand"))]
);
t!(
    coordinated_verb_after_a_completive_with_et,
    "Marie Lefort a expliqué que la France allait voter le texte, et a ajouté qu'il était « inacceptable en l'état ».",
    [("inacceptable en l'état", Some("Marie Lefort"))]
);
t!(
    coordinated_verb_after_a_completive_shares_a_pronoun_subject,
    "« Nous ne céderons pas », a lancé Marie Lefort. Elle a rappelé que la France avait signé l'accord, mais a reconnu que la situation restait « très fragile ».",
    [("Nous ne céderons pas", Some("Marie Lefort")), ("très fragile", Some("Marie Lefort"))]
);
t!(
    verb_with_its_own_subject_after_a_completive_keeps_it,
    "Marie Lefort a expliqué que la France allait voter le texte, mais Paul Durand a estimé qu'il était « inacceptable en l'état ».",
    [("inacceptable en l'état", Some("Paul Durand"))]
);
t!(
    generic_head_institut_stands_for_the_named_organization,
    "Météo-France a placé le Var en vigilance rouge samedi. « Des phénomènes dangereux sont prévus », précise l'institut.",
    [("Des phénomènes dangereux sont prévus", Some("Météo-France"))]
);
t!(
    generic_head_reaches_an_organization_named_before_a_subhead,
    "Météo-France a placé le Var en vigilance rouge samedi. Les pluies sont violentes.\nDes conseils utiles\nL'organisme rappelle ensuite que « les routes peuvent être coupées ».",
    [("les routes peuvent être coupées", Some("Météo-France"))]
);
t!(
    passive_agent_after_the_quote_speaks,
    "Le projet de loi a été jugé « inacceptable en l'état » par Marie Lefort, qui a quitté la salle.",
    [("inacceptable en l'état", Some("Marie Lefort"))]
);
t!(
    passive_agent_after_an_elided_complement_and_a_title_speaks,
    "Le texte a été qualifié d'« accord historique » par la ministre Marie Lefort.",
    [("accord historique", Some("Marie Lefort"))]
);
t!(
    passive_with_an_unlisted_adverb_before_its_participle,
    "L'incendie a été rapidement qualifié de « très virulent » par Paul Durand.",
    [("très virulent", Some("Paul Durand"))]
);
t!(
    passive_without_an_agent_names_no_speaker,
    "Le texte a été qualifié d'« accord historique pour toute la région » lors du sommet de mardi.",
    [("accord historique pour toute la région", None)]
);
t!(
    unnamed_author_of_a_statement_drops_its_preposition,
    "« Le cadre du consensus est désormais très clair », indique un communiqué du ministère algérien.",
    [("Le cadre du consensus est désormais très clair", Some("ministère algérien"))]
);
t!(
    generic_role_points_back_past_another_apposition_role,
    "Pour Sandrine Le Floch, secrétaire de la section CFDT, le problème est ailleurs. « On a des intérimaires depuis quatre ans », a détaillé la syndicaliste.",
    [("On a des intérimaires depuis quatre ans", Some("Sandrine Le Floch"))]
);
t!(
    generic_role_with_an_adjective_points_back_to_the_lawyer,
    "Me Jean-Baptiste Roux, conseil de l'ancien élu, a plaidé la relaxe : « Mon client n'a jamais été malhonnête », a insisté le pénaliste parisien.",
    [("Mon client n'a jamais été malhonnête", Some("Jean-Baptiste Roux"))]
);
t!(
    specific_post_does_not_point_back_past_another_apposition_role,
    "Paul Durand, maire de Quimper, a reçu les parents mardi. « Nous trouverons une solution », a assuré le ministre.",
    [("Nous trouverons une solution", Some("le ministre"))]
);
t!(
    incise_takes_the_name_in_apposition_to_its_subject,
    "Le conseil a voté mardi le report. « Nous ne pouvons pas lancer ce chantier cette année, a reconnu le maire, Jean-Yves Kerdraon (divers gauche). Mais nous trouverons une solution. »",
    [("Nous ne pouvons pas lancer ce chantier cette année Mais nous trouverons une solution.", Some("Jean-Yves Kerdraon"))]
);
t!(
    incise_before_a_comma_and_lower_case_words_stays_short,
    "« Nous irons, a déclaré le ministre, jusqu'au bout de cette réforme. »",
    [("Nous irons jusqu'au bout de cette réforme.", Some("le ministre"))]
);
t!(
    known_organization_after_its_article_is_no_description,
    "Le Syndicat des services publics (SSP) parle pour sa part d'une « mise en danger » des soignants.",
    [("mise en danger", Some("Syndicat des services publics"))]
);
t!(
    description_ends_before_lors,
    "« On nous a menti pendant des années », a lancé un élu lors d'un point de presse.",
    [("On nous a menti pendant des années", Some("un élu"))]
);
t!(
    generic_head_administration_stands_for_the_named_body,
    "D'après le SPW, les riverains ont été consultés. L'administration assure que l'ouvrage « ne modifiera en rien le niveau de la nappe ».",
    [("ne modifiera en rien le niveau de la nappe", Some("SPW"))]
);
t!(
    participle_after_its_noun_takes_its_agent_as_speaker,
    "Le prévenu a tout contesté. Une ligne de défense qualifiée de « pure fable » par la procureure, Samia Benhaddou, qui a requis dix-huit mois.",
    [("pure fable", Some("Samia Benhaddou"))]
);
t!(
    feminine_doctor_honorific_opens_the_name,
    "« Nous travaillons en permanence au-delà de nos capacités », résume la Dre Isabelle Ferrand, médecin-cheffe du service des urgences.",
    [("Nous travaillons en permanence au-delà de nos capacités", Some("Isabelle Ferrand"))]
);
t!(
    pronoun_after_a_witness_introduced_by_an_indefinite_description,
    "« Nous sommes débordés », a expliqué la Dre Isabelle Ferrand. Dans la salle d'attente, une retraitée de Carouge était là depuis sept heures. « On ne se plaint pas des infirmières », lâche-t-elle.",
    [("Nous sommes débordés", Some("Isabelle Ferrand")), ("On ne se plaint pas des infirmières", Some("une retraitée de Carouge"))]
);
t!(
    pronoun_after_a_named_person_past_an_indefinite_description_is_the_person,
    "Une retraitée attendait depuis sept heures. La Dre Isabelle Ferrand l'a reçue à midi. « Nous sommes débordés », souffle-t-elle.",
    [("Nous sommes débordés", Some("Isabelle Ferrand"))]
);
t!(
    passive_agent_after_an_honorific,
    "La procureure a requis quatre ans. Des réquisitions jugées « totalement disproportionnées » par Me Hélène Aubrac, qui a plaidé la relaxe.",
    [("totalement disproportionnées", Some("Hélène Aubrac"))]
);
t!(
    speech_verb_form_after_an_article_of_de_is_a_noun_in_a_description,
    "La procureure a requis quatre ans. Des réquisitions qualifiées de « totalement disproportionnées » par l'avocate du prévenu, Me Hélène Aubrac, qui a plaidé la relaxe.",
    [("totalement disproportionnées", Some("Hélène Aubrac"))]
);
t!(
    incise_takes_a_role_in_apposition_to_its_subject,
    "« Seuls, reconnaît Anne-Sophie Berthelot, petite-fille du fondateur et présidente du directoire depuis 2017, nous n'aurions pas tenu cinq ans de plus. »",
    [("Seuls nous n'aurions pas tenu cinq ans de plus.", Some("Anne-Sophie Berthelot"))]
);
t!(
    incise_leaves_a_clause_after_its_subject_in_the_quote,
    "« Seuls, reconnaît Anne-Sophie Berthelot, nous le savions, nous n'aurions pas tenu cinq ans de plus. »",
    [("Seuls nous le savions, nous n'aurions pas tenu cinq ans de plus.", Some("Anne-Sophie Berthelot"))]
);
t!(
    incise_apposition_at_the_end_of_the_quote_goes_with_the_incise,
    "« Nous irons jusqu'au bout, a déclaré Jean Dupont, maire de Lyon. »",
    [("Nous irons jusqu'au bout", Some("Jean Dupont"))]
);
t!(
    incise_ending_the_quote_inside_the_marks_names_the_speaker,
    "« Nous irons jusqu'au bout, a déclaré Jean Dupont. »",
    [("Nous irons jusqu'au bout", Some("Jean Dupont"))]
);
t!(
    incise_ending_the_quote_before_the_closing_mark_without_a_period,
    "« Nous irons jusqu'au bout, a déclaré Jean Dupont ». Il est reparti.",
    [("Nous irons jusqu'au bout", Some("Jean Dupont"))]
);
t!(
    coordinated_participles_ending_a_quote_are_no_incise,
    "La procureure Nadia Benali a évoqué un « système organisé, pensé et entretenu pendant six ans ».",
    [("système organisé, pensé et entretenu pendant six ans", Some("Nadia Benali"))]
);
t!(
    incise_reads_past_a_gloss_in_parentheses_after_its_subject,
    "« Nous demandons un calendrier, a lancé Soizic Morvan (Lorient Autrement), avant tout vote. »",
    [("Nous demandons un calendrier avant tout vote.", Some("Soizic Morvan"))]
);
t!(
    parentheses_before_the_subject_of_an_incise_keep_it_in_the_quote,
    "« Nous irons, répète (sans rire) Paul Bert, jusqu'au bout. »",
    [("Nous irons, répète (sans rire) Paul Bert, jusqu'au bout.", None)]
);
t!(
    gloss_in_parentheses_after_a_noun_phrase_makes_no_incise,
    "« Nous irons, le parti (PS), jusqu'au bout. »",
    [("Nous irons, le parti (PS), jusqu'au bout.", None)]
);
t!(
    speech_noun_of_a_contracted_article_points_back_to_the_named_role,
    "Le maire, Yves Kerlan, a défendu le budget. Réponse immédiate du maire : « Nous avons attendu les financements. »",
    [("Nous avons attendu les financements.", Some("Yves Kerlan"))]
);
t!(
    speech_noun_of_an_indefinite_description_stays_unnamed,
    "Le maire, Yves Kerlan, a défendu le budget. Réponse d'un habitant : « Nous avons attendu les travaux. »",
    [("Nous avons attendu les travaux.", Some("un habitant"))]
);
t!(
    relative_clause_after_a_preposition_and_an_article_speaks_for_its_antecedent,
    "Marc Petit est inquiet. Même son de cloche à la CGT, qui évoque dans un communiqué « un ras-le-bol généralisé ».",
    [("un ras-le-bol généralisé", Some("CGT"))]
);
t!(
    relative_clause_after_a_de_complement_is_not_its_complement_s,
    "Le porte-parole de la CGT, qui évoque « un ras-le-bol généralisé », a quitté la salle.",
    [("un ras-le-bol généralisé", Some("Le porte-parole de la CGT"))]
);
t!(
    demonstrative_pronoun_stands_for_the_nearest_body,
    "Les tests sont « négatifs », a dit Léa Morin. Le rapport vient de la CGT. Dans un communiqué, celle-ci évoque « une chaussée glissante ».",
    [("négatifs", Some("Léa Morin")), ("une chaussée glissante", Some("CGT"))]
);
t!(
    demonstrative_pronoun_stands_for_the_latter_person,
    "« Nous verrons », a dit Jean Roche. Le juge a entendu Paul Martin. Celui-ci a affirmé : « Je suis innocent. »",
    [("Nous verrons", Some("Jean Roche")), ("Je suis innocent.", Some("Paul Martin"))]
);
t!(
    demonstrative_pronoun_with_no_one_near_reads_as_a_subject_pronoun,
    "Marie Dupont a reçu Paul Martin. « Nous verrons », a dit Paul Martin. Celle-ci a répondu : « Pas question. »",
    [("Nous verrons", Some("Paul Martin")), ("Pas question.", Some("Marie Dupont"))]
);
t!(
    opinion_marker_after_a_quote_and_a_comma_names_its_speaker,
    "Le groupe supprime 180 postes. Un plan « brutal et sans contrepartie », pour Sandrine Colin, déléguée CFDT.",
    [("brutal et sans contrepartie", Some("Sandrine Colin"))]
);
t!(
    opinion_marker_after_a_quote_without_a_comma_is_a_purpose,
    "La ministre Claire Vidal a vanté un plan « ambitieux et chiffré » pour la CGT.",
    [("ambitieux et chiffré", Some("Claire Vidal"))]
);
t!(
    opinion_marker_after_a_quote_before_a_place_names_no_one,
    "Un geste « fort et rare », pour Paris.",
    [("fort et rare", None)]
);
t!(
    colon_after_a_clause_with_its_own_verb_gives_the_quote_to_its_subject,
    "« Nous avons gagné », a dit l'entraîneur Laurent Bessière. Le technicien a aussi eu un mot pour son buteur : « Romain a vingt ans. »",
    [("Nous avons gagné", Some("Laurent Bessière")), ("Romain a vingt ans.", Some("Laurent Bessière"))]
);
t!(
    colon_after_a_clause_whose_pronoun_subject_has_its_own_verb,
    "« Nous avons gagné », a dit Paul Morin. Il a aussi eu un mot pour son buteur, Karim Diallo : « Il a vingt ans. »",
    [("Nous avons gagné", Some("Paul Morin")), ("Il a vingt ans.", Some("Paul Morin"))]
);
t!(
    colon_after_an_unresolved_description_subject_leaves_the_name_before_the_colon,
    "Le président a reçu Jean Dupont : « Bienvenue à tous. »",
    [("Bienvenue à tous.", Some("Jean Dupont"))]
);
t!(
    ce_dernier_stands_for_the_person_named_last,
    "« Nous verrons », a dit Jean Roche. Le juge a entendu Paul Martin. Ce dernier a affirmé : « Je suis innocent. »",
    [("Nous verrons", Some("Jean Roche")), ("Je suis innocent.", Some("Paul Martin"))]
);
t!(
    selon_ce_dernier_names_the_person_named_last,
    "La CGT a écrit au ministre Paul Martin. Selon ce dernier, le texte reste « très équilibré ».",
    [("très équilibré", Some("Paul Martin"))]
);
t!(
    ce_dernier_before_a_noun_is_a_determiner_and_an_adjective,
    "Ce dernier point est « essentiel pour nous », a dit Paul Martin.",
    [("essentiel pour nous", Some("Paul Martin"))]
);
t!(
    incise_of_a_non_person_ending_the_quote_at_its_closing_mark,
    "« Nous irons jusqu'au bout, dit la chanson ».",
    [("Nous irons jusqu'au bout", None)]
);
t!(
    colon_after_a_clause_whose_subject_follows_an_adverbial_and_a_reflexive,
    "Dans son réquisitoire, la procureure Hélène Darmon s'est attachée à démonter la défense du prévenu : « Le prévenu voudrait nous faire croire qu'il signait sans lire. »",
    [("Le prévenu voudrait nous faire croire qu'il signait sans lire.", Some("Hélène Darmon"))]
);
t!(
    lancer_in_running_text_launches_and_leaves_the_quote_to_its_source,
    "Selon le ministre ukrainien des Affaires étrangères, Moscou a lancé une « invasion à grande échelle ».",
    [("invasion à grande échelle", Some("le ministre ukrainien des Affaires étrangères"))]
);
t!(
    lancer_next_to_the_quote_still_says_it,
    "« Nous irons jusqu'au bout », lance le ministre Paul Roy.",
    [("Nous irons jusqu'au bout", Some("Paul Roy"))]
);
t!(
    adjacent_verb_as_an_incise_after_a_short_tail_of_the_quote,
    "« Rien n'a changé » au village, constate le maire Paul Roy.",
    [("Rien n'a changé", Some("Paul Roy"))]
);
t!(
    definite_role_further_back_points_to_the_person_given_that_role,
    "La maire, Maëlle Kerlan, a ouvert la séance. « Nous devons agir », a-t-elle déclaré. Le fonds doit aider les foyers touchés. Les commerces aussi seront aidés. « C'est un premier pas », a insisté l'élue.",
    [("Nous devons agir", Some("Maëlle Kerlan")), ("C'est un premier pas", Some("Maëlle Kerlan"))]
);
t!(
    definite_role_further_back_skips_a_person_given_no_role,
    "Le procès de Laura Besson s'est ouvert. « Je regrette », a dit Laura Besson. Les jurés ont écouté. La salle était pleine. L'audience a repris. « C'est odieux », a lancé l'avocate générale.",
    [("Je regrette", Some("Laura Besson")), ("C'est odieux", Some("l'avocate générale"))]
);
t!(
    role_in_capitals_after_a_name_binds_the_person,
    "« Ce fut une année difficile », a déclaré Jean-Christophe Ribes, PDG du groupe, lors d'une conférence. Les syndicats sont inquiets. « C'est un scandale », estime Fabienne Rocher, déléguée CGT. Interrogé sur ce point, le patron du groupe a défendu « un signal de confiance » envoyé aux actionnaires.",
    [
        ("Ce fut une année difficile", Some("Jean-Christophe Ribes")),
        ("C'est un scandale", Some("Fabienne Rocher")),
        ("un signal de confiance", Some("Jean-Christophe Ribes"))
    ]
);
t!(
    impersonal_on_after_a_place_opener_is_the_body_named_there,
    "Le personnel est épuisé. Chez Renault, on se dit pourtant « confiant pour la suite ».",
    [("confiant pour la suite", Some("Renault"))]
);
t!(
    impersonal_on_after_a_side_opener_is_the_body_named_there,
    "Les urgences débordent. Au CISSS de la Montérégie, on reconnaît une « pression exceptionnelle » liée à la grippe.",
    [("pression exceptionnelle", Some("CISSS de la Montérégie"))]
);
t!(
    impersonal_on_after_a_time_adverbial_names_no_one,
    "Le soir venu, on dit « des choses étranges » dans le quartier.",
    [("des choses étranges", None)]
);
t!(
    passive_agent_is_an_entity_after_its_article,
    "Le syndicat est vent debout. Une réforme jugée « dangereuse pour l'emploi » par la CGT, qui appelle à la grève.",
    [("dangereuse pour l'emploi", Some("CGT"))]
);
t!(
    passive_agent_is_a_long_name_after_its_article,
    "Le dossier décrit un mécanisme qualifié de « montage d'une rare sophistication » par l'Office central de lutte contre la corruption (OCLCC) dans son rapport.",
    [("montage d'une rare sophistication", Some("Office central de lutte contre la corruption"))]
);
t!(
    impersonal_on_inside_the_quote_takes_no_opener_in_it,
    "« À Paris, on dit que tout va bien », a-t-on appris de source sûre.",
    [("À Paris, on dit que tout va bien", None)]
);
t!(
    titled_name_in_a_description_s_complement_is_no_subject,
    "L'avocat de M. Vialatte, Me Olivier Aubin, a annoncé : « Mon client conteste les faits. »",
    [("Mon client conteste les faits.", Some("Olivier Aubin"))]
);
t!(
    titled_name_in_a_description_s_complement_leaves_the_description,
    "L'avocat de M. Vialatte a déclaré : « Mon client est innocent. »",
    [("Mon client est innocent.", Some("L'avocat"))]
);
t!(
    titled_name_as_subject_still_speaks,
    "M. Vialatte a déclaré : « Je suis innocent. »",
    [("Je suis innocent.", Some("Vialatte"))]
);
t!(
    opinion_marker_reads_past_a_gloss_before_its_comma,
    "Pour Roland Van den Bossche (CSC), le gouvernement « a fait le choix de l'affrontement ».",
    [("a fait le choix de l'affrontement", Some("Roland Van den Bossche"))]
);
t!(
    body_noun_in_a_person_s_role_complement_is_not_that_person,
    "« Nous avons gagné », a déclaré Dominique Aeschbacher, directrice générale de la banque Perrenoud, lors d'une conférence. D'après la banque, son ratio atteint toutefois « un niveau très confortable ».",
    [("Nous avons gagné", Some("Dominique Aeschbacher")), ("un niveau très confortable", Some("la banque"))]
);
