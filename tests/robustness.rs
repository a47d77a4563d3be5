//! No input, however malformed, panics the pipeline, and every offset slices back.
//!
//! Two sources of inputs: a table of nasty texts written by hand (`nasty!`), and 2,000
//! pseudo-random documents drawn deterministically (xorshift, fixed seed) from French words,
//! names, quote marks, punctuation, newlines and non-breaking spaces. Every record must pass
//! [`check_invariants`].

use std::sync::OnceLock;

use verbatim::{DocRecord, Document, Extractor};

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::french_default().expect("default extractor"))
}

/// A span is valid when it is ordered, inside the text and on char boundaries.
fn span_ok(text: &str, s: usize, e: usize) -> bool {
    s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
}

/// Checks the offsets invariant of a record, returning what is wrong.
fn violations(text: &str, rec: &DocRecord) -> Vec<String> {
    let mut bad = Vec::new();
    for (qi, q) in rec.quotes.iter().enumerate() {
        if q.parts.is_empty() {
            bad.push(format!("quote {qi} has no part"));
        }
        let mut prev_end = 0;
        let mut joined: Vec<&str> = Vec::new();
        for p in &q.parts {
            let (s, e) = (p[0], p[1]);
            if !span_ok(text, s, e) {
                bad.push(format!("quote {qi} part {s}..{e} is not a valid span of a {}-byte text", text.len()));
                continue;
            }
            if s >= e {
                bad.push(format!("quote {qi} part {s}..{e} is empty"));
            }
            if s < prev_end {
                bad.push(format!("quote {qi} part {s}..{e} starts before the previous part ends ({prev_end})"));
            }
            prev_end = e;
            joined.push(&text[s..e]);
        }
        if joined.len() == q.parts.len() && joined.join(" ") != q.text {
            bad.push(format!("quote {qi} text {:?} is not its parts joined {:?}", q.text, joined.join(" ")));
        }
        if let Some(c) = &q.cue {
            if !span_ok(text, c.start, c.end) {
                bad.push(format!("quote {qi} cue {}..{} is not a valid span", c.start, c.end));
            } else if text[c.start..c.end] != c.text {
                bad.push(format!("quote {qi} cue text {:?} is not its slice {:?}", c.text, &text[c.start..c.end]));
            }
        }
        if !(0.0..=1.0).contains(&q.confidence) {
            bad.push(format!("quote {qi} confidence {} is outside [0, 1]", q.confidence));
        }
    }
    for e in &rec.entities {
        if e.mentions.is_empty() {
            bad.push(format!("entity {} has no mention", e.id));
        }
        for m in &e.mentions {
            let (s, t) = (m[0], m[1]);
            if !span_ok(text, s, t) {
                bad.push(format!("entity {} mention {s}..{t} is not a valid span", e.id));
                continue;
            }
            if s >= t {
                bad.push(format!("entity {} mention {s}..{t} is empty", e.id));
            }
            let slice = &text[s..t];
            if !e.surfaces.iter().any(|x| x == slice) {
                bad.push(format!("entity {} mention {slice:?} is not one of its surfaces {:?}", e.id, e.surfaces));
            }
        }
    }
    // Quotes never share words, and a cue is never taken from its own quote's words.
    let mut parts: Vec<(usize, usize)> = rec.quotes.iter().flat_map(|q| q.parts.iter().map(|p| (p[0], p[1]))).collect();
    parts.sort();
    for w in parts.windows(2) {
        if w[1].0 < w[0].1 {
            bad.push(format!("quote parts {}..{} and {}..{} overlap", w[0].0, w[0].1, w[1].0, w[1].1));
        }
    }
    for (qi, q) in rec.quotes.iter().enumerate() {
        if let Some(c) = &q.cue {
            if q.parts.iter().any(|p| c.start < p[1] && p[0] < c.end) {
                bad.push(format!("quote {qi} cue {:?} lies inside the quote", c.text));
            }
        }
    }
    // A stretch of text is a mention of one entity at most.
    let mut spans: Vec<(usize, usize, &str)> =
        rec.entities.iter().flat_map(|e| e.mentions.iter().map(move |m| (m[0], m[1], e.id.as_str()))).collect();
    spans.sort();
    for w in spans.windows(2) {
        if w[1].0 < w[0].1 {
            bad.push(format!(
                "mentions {}..{} ({}) and {}..{} ({}) overlap",
                w[0].0, w[0].1, w[0].2, w[1].0, w[1].1, w[1].2
            ));
        }
    }
    bad
}

/// The checker itself catches forged records (a check that cannot fail proves nothing).
#[test]
fn checker_rejects_forged_records() {
    let text = "« Oui », a dit Éric Martin.";
    let mut rec = extractor().extract(&Document::new("f", text));
    assert!(violations(text, &rec).is_empty());
    assert_eq!(rec.quotes.len(), 1);
    assert!(!rec.entities.is_empty());
    let good = rec.clone();
    // A part off a char boundary (inside « ).
    rec.quotes[0].parts[0][0] = 1;
    assert!(!violations(text, &rec).is_empty());
    // Parts that do not join to the text.
    let mut rec = good.clone();
    rec.quotes[0].text.push('!');
    assert!(!violations(text, &rec).is_empty());
    // A mention past the end.
    let mut rec = good.clone();
    rec.entities[0].mentions[0][1] = text.len() + 1;
    assert!(!violations(text, &rec).is_empty());
    // A mention slice that is not a surface.
    let mut rec = good.clone();
    rec.entities[0].surfaces = vec!["Personne".to_string()];
    assert!(!violations(text, &rec).is_empty());
    // Two entities claiming the same words.
    let mut rec = good;
    let dup = rec.entities[0].clone();
    rec.entities.push(verbatim::record::EntityRecord { id: "dup".to_string(), ..dup });
    assert!(!violations(text, &rec).is_empty());
}

/// Runs the pipeline on `text` and panics with a readable report on an error or a violation.
fn check_invariants(id: &str, text: &str) {
    let doc = Document::new(id, text);
    let rec = match extractor().try_extract(&doc) {
        Ok(rec) => rec,
        Err(e) => panic!("{id}: try_extract failed: {e}\ntext ({} bytes): {:?}", text.len(), preview(text)),
    };
    let bad = violations(text, &rec);
    assert!(bad.is_empty(), "{id}: {}\ntext ({} bytes): {:?}", bad.join("\n"), text.len(), preview(text));
}

fn preview(text: &str) -> String {
    if text.len() <= 2000 {
        text.to_string()
    } else {
        let mut end = 2000;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}… [truncated]", &text[..end])
    }
}

// =====================================================================================
// (a) nasty inputs, one test each
// =====================================================================================

macro_rules! nasty {
    ($name:ident, $text:expr) => {
        #[test]
        fn $name() {
            let text: String = $text;
            check_invariants(stringify!($name), &text);
        }
    };
}

fn s(x: &str) -> String {
    x.to_string()
}

nasty!(empty, s(""));
nasty!(only_spaces, s("   "));
nasty!(only_whitespace_mixed, s(" \t\n\u{a0}\u{202f}\r\n \u{2009}\n"));
nasty!(only_quote_marks, s("«««»»»"));
nasty!(only_closing_marks, s("»»»”””\"\"\""));
nasty!(unbalanced_opening_guillemets, s("« « « «"));
nasty!(unbalanced_with_words, s("« Il a dit « que « le « ministre viendrait"));
nasty!(nesting_200_guillemets, format!("Il a dit {}fin{} a-t-il dit.", "« ".repeat(200), " »".repeat(200)));
nasty!(nesting_200_alternating, {
    let mut t = s("Elle a déclaré : ");
    for i in 0..200 {
        t.push_str(if i % 2 == 0 { "« Oui " } else { "“ non " });
    }
    for i in (0..200).rev() {
        t.push_str(if i % 2 == 0 { " »" } else { " ”" });
    }
    t.push_str(", a-t-elle ajouté.");
    t
});
nasty!(nesting_200_unclosed_across_paragraphs, "« Nous irons jusqu'au bout de ce combat\n".repeat(200));
nasty!(quote_mark_at_very_end, s("Le ministre a dit «"));
nasty!(closing_mark_at_very_end, s("Le ministre a dit »"));
nasty!(straight_quote_at_very_end, s("Le ministre a dit \""));
nasty!(curly_quote_at_very_end, s("Le ministre a dit “"));
nasty!(
    crlf_line_endings,
    s("« Nous irons jusqu'au bout »,\r\na déclaré Pierre Dupont.\r\n« Encore »\r\n\r\nM. Martin : « Non. »\r\n")
);
nasty!(lone_carriage_returns, s("« Oui »\r, a dit M.\rMartin.\r"));
nasty!(very_long_line_without_punctuation, "le gouvernement prépare une réforme ".repeat(30_000));
nasty!(very_long_line_of_capitals, "Le Gouvernement Prépare Une Réforme ".repeat(30_000));
nasty!(emoji, s("« Bravo 👏🏽 à tous 🇫🇷 », a lancé 😀 Pierre Dupont 👨‍👩‍👧."));
nasty!(combining_accents, s("« Le re\u{301}sultat est e\u{301}vident », a de\u{301}clare\u{301} E\u{301}lise Martin."));
nasty!(combining_accent_alone, s("\u{301}\u{301}« \u{301} » \u{301}"));
nasty!(zero_width_joiners, s("Pierre\u{200d}Dupont a dit « oui\u{200b} » à l'\u{200d}Ukraine\u{feff}."));
nasty!(control_characters, s("\u{0}\u{1}« Nous\u{7} irons »\u{8}, a\u{1b} déclaré\u{7f} Pierre\u{0}Dupont.\u{c}"));
nasty!(lone_typographic_apostrophe, s("’"));
nasty!(lone_straight_apostrophe, s("'"));
nasty!(elision_at_end, s("Il parle de l’"));
nasty!(abbreviation_at_end, s("M."));
nasty!(abbreviation_at_end_of_sentence, s("Le texte a été signé par M."));
nasty!(inverted_clitic_alone, s("-t-il"));
nasty!(inverted_clitic_in_marks, s("« -t-il », -t-elle, « -t-on »"));
nasty!(name_run_of_500_capitals, {
    let names = ["Pierre", "Dupont", "Martin", "Kang", "Sun", "Nam", "Diallo", "Vladimir", "Poutine", "Leroy"];
    let run: Vec<&str> = (0..500).map(|i| names[i % names.len()]).collect();
    format!("« Nous irons », a déclaré {}.", run.join(" "))
});
nasty!(ten_thousand_newlines, "\n".repeat(10_000));
nasty!(newlines_around_quote, format!("{}« Oui »{}, a dit M. Martin.", "\n".repeat(5_000), "\n".repeat(5_000)));
nasty!(incise_only, s(", a-t-il dit,"));
nasty!(incise_between_empty_quotes, s("« », a-t-il dit, « »"));
nasty!(empty_quotes, s("«» “” \"\" « » “ ”"));
nasty!(only_punctuation, s(".,;:!?…—–-«»“”\"'’()[]"));
nasty!(multibyte_everywhere, s("«Ωμέγα» — 北京 « 東京 », a dit М. Путин; « ЕС » ’ÉÉÉ’"));
nasty!(replacement_chars, s("\u{fffd}« \u{fffd} », a dit \u{fffd}."));
nasty!(ligatures_and_expanding_folds, s("« Œuvre », a dit ÆSCHYLE à l'ŒIL de Straßburg ﬁn."));
nasty!(dotted_capital_i, s("« İstanbul », a dit İlham Aliyev à İzmir."));
nasty!(right_to_left, s("« مرحبا », a déclaré \u{202e}Pierre Dupont\u{202c}."));
nasty!(tabs_inside, s("«\tNous irons\t»,\ta déclaré\tPierre\tDupont."));
nasty!(repeated_headline_1000, "Le gouvernement tombe\n".repeat(1_000));
nasty!(dashes_dialogue, s("— « Oui ? »\n— « Non ! », a-t-il répondu.\n—\n– "));
nasty!(many_sentences_in_a_quote, format!("« {}», a dit M. Martin.", "Oui. ".repeat(5_000)));
nasty!(many_incises, "« Nous irons, a-t-il dit, ".repeat(2_000));
nasty!(many_short_quotes, "« a » ".repeat(10_000));

// =====================================================================================
// (b) 2,000 pseudo-random documents
// =====================================================================================

/// xorshift64*: tiny, deterministic, good enough to sample an alphabet.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const WORDS: &[&str] = &[
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "de",
    "du",
    "et",
    "à",
    "a",
    "dit",
    "déclaré",
    "affirme",
    "estime",
    "a-t-il",
    "a-t-elle",
    "dit-il",
    "ajoute-t-elle",
    "poursuit-il",
    "selon",
    "d'après",
    "que",
    "qui",
    "il",
    "elle",
    "ils",
    "nous",
    "ministre",
    "président",
    "porte-parole",
    "syndicat",
    "réforme",
    "gouvernement",
    "aujourd'hui",
    "l'",
    "d'",
    "l’",
    "d’",
    "qu'",
    "jusqu'",
    "n'",
    "s'est",
    "félicité",
    "nord-coréen",
    "3,5",
    "1.200",
    "10",
    "h",
    "30",
    "2024",
    "M.",
    "Mme",
    "MM.",
    "Dr",
    "av.",
    "J.-C.",
    "etc.",
    "J.-P.",
    "G.",
    "W.",
    "-t-il",
    "c'est-à-dire",
    "la",
    "porte",
    "bout",
    "jusqu'au",
    "irons",
    "nous",
    "pas",
    "ne",
    "Le",
    "La",
    "Les",
    "Selon",
    "Pour",
    "Dans",
    "Il",
    "Elle",
    "Un",
    "e\u{301}",
    "Œuvre",
    "straße",
    "👏",
    "\u{200d}",
    "\u{0}",
    "ÉTATS-UNIS",
    "Etats-Unis",
];

const NAMES: &[&str] = &[
    "Pierre",
    "Dupont",
    "Martin",
    "Aminata",
    "Diallo",
    "Kang",
    "Sun",
    "Nam",
    "Vladimir",
    "Poutine",
    "Macron",
    "Ukraine",
    "Israël",
    "ONU",
    "CGT",
    "Parti",
    "Union",
    "Tataouine",
    "Paris",
    "Jean-Pierre",
    "Elkabbach",
    "Emmanuel",
    "Russes",
    "Français",
    "Nations",
    "Bush",
    "Leroy",
    "Lefebvre",
    "Claire",
    "Fontaine",
];

const MARKS: &[&str] =
    &["«", "»", "“", "”", "\"", "’", "'", ",", ".", ":", ";", "!", "?", "…", "-", "—", "–", "„", "‹", "›", "(", ")"];

const SPACES: &[&str] = &[" ", " ", " ", " ", "\u{a0}", "\u{202f}", "\n", "\n\n", "\r\n", "\t", ""];

fn random_doc(rng: &mut Rng) -> String {
    let len = 1 + rng.below(120);
    let mut t = String::new();
    for _ in 0..len {
        let piece = match rng.below(10) {
            0..=4 => rng.pick(WORDS),
            5 | 6 => rng.pick(NAMES),
            _ => rng.pick(MARKS),
        };
        t.push_str(piece);
        t.push_str(rng.pick(SPACES));
    }
    t
}

/// A smaller input that still fails, by dropping chunks of chars while it keeps failing.
fn shrink(text: &str, fails: impl Fn(&str) -> bool) -> String {
    let mut cur: Vec<char> = text.chars().collect();
    let mut chunk = cur.len() / 2;
    while chunk >= 1 {
        let mut i = 0;
        while i < cur.len() {
            let mut cand = cur.clone();
            cand.drain(i..(i + chunk).min(cand.len()));
            let s: String = cand.iter().collect();
            if fails(&s) {
                cur = cand;
            } else {
                i += chunk;
            }
        }
        chunk /= 2;
    }
    cur.into_iter().collect()
}

fn fails(text: &str) -> bool {
    match extractor().try_extract(&Document::new("r", text)) {
        Ok(rec) => !violations(text, &rec).is_empty(),
        Err(_) => true,
    }
}

/// `ROBUSTNESS_DOCS` and `ROBUSTNESS_SEED` (environment) run more documents or another seed.
fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[test]
fn random_documents_2000() {
    let docs = env_or("ROBUSTNESS_DOCS", 2000);
    let mut rng = Rng(env_or("ROBUSTNESS_SEED", 0x9E37_79B9_7F4A_7C15) | 1);
    let (mut with_quotes, mut with_speakers, mut with_entities) = (0, 0, 0);
    for n in 0..docs {
        let text = random_doc(&mut rng);
        let failed = match extractor().try_extract(&Document::new("r", text.as_str())) {
            Ok(rec) => {
                with_quotes += usize::from(!rec.quotes.is_empty());
                with_speakers += usize::from(rec.quotes.iter().any(|q| q.speaker.is_some()));
                with_entities += usize::from(!rec.entities.is_empty());
                !violations(&text, &rec).is_empty()
            }
            Err(_) => true,
        };
        if failed {
            // Silence the panic messages of caught pipeline panics while shrinking.
            let prev = std::panic::take_hook();
            std::panic::set_hook(Box::new(|_| {}));
            let small = shrink(&text, fails);
            std::panic::set_hook(prev);
            check_invariants(&format!("random doc {n} (shrunk from {} bytes)", text.len()), &small);
            panic!("random doc {n} fails, but its shrunk form {small:?} does not");
        }
    }
    // The generator must keep reaching the interesting stages, or the test proves little.
    let docs = docs as usize;
    assert!(with_quotes * 2 > docs, "only {with_quotes} of {docs} documents have a quote");
    assert!(with_speakers * 20 > docs, "only {with_speakers} of {docs} documents have an attributed quote");
    assert!(with_entities * 2 > docs, "only {with_entities} of {docs} documents have an entity");
}

// =====================================================================================
// (c) time: a pathological input must not stall an archive
// =====================================================================================

// Pathological sizes (25,000 quotes; 20,000 quotes by one speaker) are measured in
// `benches/throughput.rs` (group `pathological`), never timed in a test.
