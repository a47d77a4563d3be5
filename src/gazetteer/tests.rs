//! Tests of the matcher, most against a reference: the whole-text Aho-Corasick scan over a folded
//! copy of the text that the matcher replaced, kept here so that the matches stay what they were.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::*;
use crate::fold::Folded;
use scan::WORD;

const TSV: &str = "id\ttype\tname\taliases\twikidata\troles\tgender\n\
    per_putin\tPER\tVladimir Poutine\tPoutine|Putin\tQ7747\tprésident russe|chef de l'État russe\tm\n\
    loc_ukraine\tLOC\tUkraine\t\tQ212\t\t\n\
    org_onu\tORG\tOrganisation des Nations unies\tONU|Nations unies\tQ1065\t\t\n\
    loc_cn\tLOC\tCorée du Nord\tRPDC\tQ423\t\t\n";

/// The matcher this module replaced: per layer an Aho-Corasick automaton over the folded names,
/// run over the whole folded text; every match mapped back and checked on the original text;
/// then leftmost-longest, the earlier layer first at the same span.
struct Reference {
    layers: Vec<(AhoCorasick, Vec<Pattern>, usize)>,
}

impl Reference {
    fn new(layers: &[&[Entry]]) -> Reference {
        let mut base = 0;
        let layers = layers
            .iter()
            .map(|entries| {
                let (keys, patterns) = collect_patterns(entries);
                let ac = AhoCorasickBuilder::new().match_kind(MatchKind::Standard).build(&keys).unwrap();
                base += entries.len();
                (ac, patterns, base - entries.len())
            })
            .collect();
        Reference { layers }
    }

    fn find(&self, text: &str) -> Vec<GazMatch> {
        let folded = Folded::new(text);
        let accept = |fs: usize, fe: usize, case: CaseRule| -> Option<(usize, usize)> {
            let (s, e) = folded.orig_range(fs, fe);
            if s >= e || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                return None;
            }
            (on_word_boundaries(text, s, e) && case_ok(&text[s..e], case)).then_some((s, e))
        };
        let mut cands: Vec<(GazMatch, usize)> = Vec::new();
        for (li, (ac, patterns, base)) in self.layers.iter().enumerate() {
            for m in ac.find_overlapping_iter(folded.text.as_str()) {
                let p = patterns[m.pattern().as_usize()];
                if let Some((s, e)) = accept(m.start(), m.end(), p.case) {
                    cands.push((GazMatch { entry: base + p.entry as usize, start: s, end: e }, li));
                }
            }
        }
        cands.sort_by(|(a, la), (b, lb)| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(la.cmp(lb)));
        let mut out: Vec<GazMatch> = Vec::with_capacity(cands.len());
        for (c, _) in cands {
            if out.last().is_some_and(|l| c.start < l.end) {
                continue;
            }
            out.push(c);
        }
        out
    }
}

fn gazetteer(tsv: &str) -> Gazetteer {
    let mut g = Gazetteer::new();
    g.add_tsv(tsv, "test.tsv").unwrap();
    g
}

/// Matches of the test gazetteer as (surface, id), checked against the reference.
fn matches(text: &str) -> Vec<(String, String)> {
    let g = gazetteer(TSV);
    let want = Reference::new(&[g.entries()]).find(text);
    let m = g.compile().unwrap();
    let got = m.find(text);
    assert_eq!(got, want, "the matcher and the reference disagree on {text:?}");
    got.iter().map(|x| (text[x.start..x.end].to_string(), m.entry(x.entry).id().to_string())).collect()
}

/// Texts with the hard cases of matching: elisions, hyphens, case, accents, ligatures,
/// typographic marks, decomposed accents, digits, names inside names.
const HARD_TEXTS: &[&str] = &[
    "Vladimir Poutine et l'ONU, l’Ukraine, la Corée du Nord (RPDC) et les Nations unies.",
    "VLADIMIR POUTINE À L'ONU ; ukraine, onu, Onu, Ukrainien, Jean-Poutine, Poutine-Medvedev.",
    "Le chef de l'État russe — « Poutine » — a rencontré M. Macron à Paris, puis à Berlin et à Washington.",
    "Les États-Unis, la France, l'Union européenne, l’OTAN et l'Organisation des Nations unies (ONU).",
    "Core\u{301}e du Nord, CORÉE DU NORD, corée du nord, Corée-du-Nord, Corée du Nord-Est.",
    "Œuvre à Bruxelles ; Xi Jinping à Pékin ; 2024 ; G7 et G20 ; l'Élysée, Matignon, Bercy.",
    "Kim Jong Un, Kim Jong-un, KIM, Kim, Donald Trump, Trump, trump, Emmanuel Macron-Dupont",
    "\u{a0}Moscou\u{202f}: Kiev/Kyiv, Téhéran, Israël, Gaza, Cisjordanie, Hamas, Hezbollah",
    "le général de Gaulle, l’île de la Réunion, la ville de Gaza, franceinfo: et lemonde.fr, 10 Downing Street",
    "De Villepin, de Villepin, DE VILLEPIN, von der Leyen, Von der Leyen, el-Assad, al-Charaa, Al-Charaa.",
    "L’ŒUVRE, cœur, Cœur, CŒUR, Lætitia Casta, ß, İstanbul, Ⅻ, ǅ, Ⓐ, ½",
    "CORE\u{301}E DU NORD, Core\u{301}e\u{301} du Nord\u{301}, Poutine\u{301}, Poutine\u{301}-Medvedev, Ukraine\u{20D7}.",
    " \u{301}Poutine, Pou\u{1DC4}tine, ONU\u{301}\u{302}, onu\u{FE20} et \u{301}ONU\u{301} ; Ukraine\u{301}s, Co\u{301}re\u{301}e",
];

/// FNV-1a over (document, start, end, entry id) of every match in the bench corpus, and the
/// number of matches; `None` without the corpus.
fn corpus_digest(m: &Matcher, check: Option<&Reference>) -> Option<(u64, usize)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/bench/fr_news_pages.jsonl");
    let text = std::fs::read_to_string(path).ok()?;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: &[u8]| {
        for &x in b {
            h = (h ^ x as u64).wrapping_mul(0x0100_0000_01b3);
        }
    };
    let mut n = 0;
    for (d, line) in text.lines().enumerate() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let Some(t) = v.get("text").and_then(|t| t.as_str()) else { continue };
        let found = m.find(t);
        if let Some(r) = check {
            assert_eq!(found, r.find(t), "document {d} differs from the reference");
        }
        for x in found {
            eat(&(d as u64).to_le_bytes());
            eat(&(x.start as u64).to_le_bytes());
            eat(&(x.end as u64).to_le_bytes());
            eat(m.entry(x.entry).id().as_bytes());
            n += 1;
        }
    }
    Some((h, n))
}

/// The matches over the bench corpus are those recorded before the matcher was rewritten
/// (digest of the Aho-Corasick backend then), and those of the reference, document by document.
#[test]
fn corpus_matches_unchanged() {
    let g = Gazetteer::embedded_default().unwrap();
    let r = Reference::new(&[g.entries()]);
    let m = g.compile().unwrap();
    let Some(got) = corpus_digest(&m, Some(&r)) else { return };
    assert_eq!(got, (13_495_410_796_455_075_372, 2418));
}

/// The synthetic gazetteers of `benches/gazetteer.rs` (when generated into the temp dir) give the
/// matches recorded before the rewrite. Slow: `cargo test --release -- --ignored synthetic`.
#[test]
#[ignore]
fn synthetic_corpus_matches_unchanged() {
    for (n, want) in [(10_000, (13_672_496_593_822_623_970, 39)), (1_000_000, (18_207_090_052_133_265_816, 354))] {
        let path = std::env::temp_dir().join(format!("verbatim-synthetic-v2-{n}.tsv"));
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let mut g = Gazetteer::new();
        g.add_tsv(&text, "synthetic").unwrap();
        let mut bytes = Vec::new();
        compiled::write_compiled(&g, &mut bytes).unwrap();
        let m = g.compile().unwrap();
        assert_eq!(corpus_digest(&m, None), Some(want), "{n} names");
        let c = Matcher::from_compiled(compiled::CompiledGazetteer::from_bytes(&bytes, "s.vgaz").unwrap()).unwrap();
        assert_eq!(corpus_digest(&c, None), Some(want), "{n} names, compiled");
    }
}

#[test]
fn the_default_gazetteer_matches_like_the_reference() {
    let g = Gazetteer::embedded_default().unwrap();
    let r = Reference::new(&[g.entries()]);
    let m = g.compile().unwrap();
    let seed = include_str!("../../tests/fr_seed_alahed.txt");
    let mut n = 0;
    for text in HARD_TEXTS.iter().copied().chain([seed]) {
        let got = m.find(text);
        assert_eq!(got, r.find(text), "differs from the reference on {text:?}");
        n += got.len();
    }
    assert!(n > 40, "too few matches ({n}) to compare");
}

/// One phenomenon per row: text, then the (surface, id) matches the test gazetteer must give.
#[test]
fn phenomena() {
    let tsv = "id\ttype\tname\taliases\twikidata\troles\tgender\n\
        per_putin\tPER\tVladimir Poutine\tPoutine\t\t\t\n\
        loc_ukraine\tLOC\tUkraine\t\t\t\t\n\
        org_onu\tORG\tOrganisation des Nations unies\tONU|Nations unies\t\t\t\n\
        loc_cn\tLOC\tCorée du Nord\tRPDC\t\t\t\n\
        per_jp\tPER\tJean-Pierre Raffarin\tRaffarin\t\t\t\n\
        per_pierre\tPER\tPierre\t\t\t\t\n\
        org_oeuvre\tORG\tŒuvre d’Orient\t\t\t\t\n\
        per_laetitia\tPER\tLætitia Casta\t\t\t\t\n\
        org_g7\tORG\tG7\tG-7\t\t\t\n\
        org_g20\tORG\tG20\t\t\t\t\n\
        loc_mer\tLOC\tmer Noire\t\t\t\t\n\
        loc_idf\tLOC\tÎle-de-France\t\t\t\t\n\
        loc_strasse\tLOC\tStraße\t\t\t\t\n\
        org_paren\tORG\t(Re)Naissance\t\t\t\t\n\
        org_20min\tORG\t20 Minutes\t\t\t\t\n";
    let g = gazetteer(tsv);
    let r = Reference::new(&[g.entries()]);
    let m = g.compile().unwrap();
    type Case<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);
    let cases: &[Case] = &[
        ("elision", "l'Ukraine et l'ONU", &[("Ukraine", "loc_ukraine"), ("ONU", "org_onu")]),
        ("typographic apostrophe", "l’Ukraine, d’Ukraine", &[("Ukraine", "loc_ukraine"), ("Ukraine", "loc_ukraine")]),
        ("backquote apostrophe", "l`Ukraine", &[("Ukraine", "loc_ukraine")]),
        ("apostrophe inside a name", "l’Œuvre d'Orient", &[("Œuvre d'Orient", "org_oeuvre")]),
        ("hyphen joins words", "Jean-Pierre Raffarin et Jean-Pierre", &[("Jean-Pierre Raffarin", "per_jp")]),
        ("hyphen after a name", "Pierre-Jean, Pierre-", &[("Pierre", "per_pierre")]),
        ("double hyphen", "x--Pierre", &[("Pierre", "per_pierre")]),
        (
            "non-ASCII dashes do not join",
            "Jean‑Pierre, Jean–Pierre",
            &[("Pierre", "per_pierre"), ("Pierre", "per_pierre")],
        ),
        (
            "hyphens in the name",
            "Île-de-France, ILE-DE-FRANCE, île-de-france",
            &[("Île-de-France", "loc_idf"), ("ILE-DE-FRANCE", "loc_idf")],
        ),
        ("name inside a word", "Ukrainien, Poutinesque, AUkraine", &[]),
        ("acronym needs all caps", "ONU, Onu, onu", &[("ONU", "org_onu")]),
        (
            "name needs a capital",
            "ukraine, Ukraine, UKRAINE",
            &[("Ukraine", "loc_ukraine"), ("UKRAINE", "loc_ukraine")],
        ),
        (
            "lower-case alias in any case",
            "la mer Noire, la Mer noire, MER NOIRE",
            &[("mer Noire", "loc_mer"), ("Mer noire", "loc_mer"), ("MER NOIRE", "loc_mer")],
        ),
        (
            "accents fold",
            "la Coree du Nord, COREE DU NORD, corée du nord",
            &[("Coree du Nord", "loc_cn"), ("COREE DU NORD", "loc_cn")],
        ),
        (
            "decomposed accents fold as composed ones",
            "Core\u{301}e du Nord, Core\u{301}e\u{301} du Nord, l'ONU\u{301}",
            &[("Core\u{301}e du Nord", "loc_cn"), ("Core\u{301}e\u{301} du Nord", "loc_cn"), ("ONU\u{301}", "org_onu")],
        ),
        (
            "ligatures",
            "ŒUVRE D’ORIENT, Laetitia Casta, LÆTITIA CASTA",
            &[("ŒUVRE D’ORIENT", "org_oeuvre"), ("Laetitia Casta", "per_laetitia"), ("LÆTITIA CASTA", "per_laetitia")],
        ),
        ("sharp s", "Straße, STRASSE, strasse", &[("Straße", "loc_strasse"), ("STRASSE", "loc_strasse")]),
        (
            "no-break spaces",
            "Vladimir\u{a0}Poutine, Nations\u{202f}unies",
            &[("Vladimir\u{a0}Poutine", "per_putin"), ("Nations\u{202f}unies", "org_onu")],
        ),
        ("two spaces do not match one", "Vladimir  Poutine", &[("Poutine", "per_putin")]),
        ("digits", "le G7, le G20, le G-7, G70, G2", &[("G7", "org_g7"), ("G20", "org_g20"), ("G-7", "org_g7")]),
        ("longest wins", "Vladimir Poutine", &[("Vladimir Poutine", "per_putin")]),
        ("name starting with punctuation", "la (Re)Naissance, x(Re)Naissance", &[("(Re)Naissance", "org_paren")]),
        (
            "a name opening with digits needs its first letter's capital",
            "il y a 20 minutes, selon 20 Minutes, 20 MINUTES",
            &[("20 Minutes", "org_20min"), ("20 MINUTES", "org_20min")],
        ),
        ("end of text", "Pierre", &[("Pierre", "per_pierre")]),
        ("empty text", "", &[]),
    ];
    for (name, text, want) in cases {
        let got = m.find(text);
        assert_eq!(got, r.find(text), "{name}: differs from the reference");
        let got: Vec<(&str, &str)> = got.iter().map(|x| (&text[x.start..x.end], m.entry(x.entry).id())).collect();
        assert_eq!(&got, want, "{name}: {text:?}");
    }
}

/// A name may start inside the fold of a char (`Œ` → `oe`): the whole-text scan found such
/// matches, and ties between them follow its order.
#[test]
fn names_inside_the_fold_of_a_char() {
    let tsv = "id\ttype\tname\n\
        a\tLOC\tEuvre\n\
        b\tLOC\tOeuvre\n\
        c\tLOC\tEuvres\n\
        d\tLOC\tSs\n\
        e\tLOC\tI\u{307}\n\
        f\tLOC\t\u{307}stanbul\n";
    let g = gazetteer(tsv);
    let r = Reference::new(&[g.entries()]);
    let m = g.compile().unwrap();
    for text in ["Œuvre", "Œuvres", "ŒUVRES", "Æuvre", "ß", "ẞ", "İ", "İstanbul", "x İstanbul", "œuvre", "Œ", "Œu"]
    {
        assert_eq!(m.find(text), r.find(text), "{text:?}");
    }
}

/// A small deterministic generator (xorshift64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const PIECES: &[&str] = &[
    "ma", "ri", "to", "lo", "de", "la", "é", "è", "ê", "œ", "Œ", "æ", "ß", "ÿ", "ö", "o\u{308}", "İ", "ı", "ǅ", "ç",
    "ñ", "ø", "þ", "x", "7", "20", "G", "k", "a", "i", "Ⅻ", "ａ", "ʼ", "д", "Д", "中",
];
const SEPS: &[&str] = &[
    " ", " ", " ", "-", "--", ", ", "\u{a0}", "\u{202f}", "’", "'", "`", "—", "–", "‐", "", "l'", "l’", "(", ")",
    " « ", ".", "\n", "  ",
];

fn word(r: &mut Rng) -> String {
    let mut w: String = (0..1 + r.below(3)).map(|_| r.pick(PIECES)).collect();
    match r.below(4) {
        0 => w = w.to_uppercase(),
        1 => {
            let mut c = w.chars();
            w = c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default();
        }
        _ => {}
    }
    w
}

fn name(r: &mut Rng, punct: bool) -> String {
    let mut n = String::new();
    if punct && r.below(12) == 0 {
        n.push_str(r.pick(&["(", "'", "«", "-"]));
    }
    for k in 0..1 + r.below(3) {
        if k > 0 {
            n.push_str(r.pick(&[" ", "-", "’", " ", "'", "\u{a0}"]));
        }
        n.push_str(&word(r));
    }
    n
}

/// Text variants of a name: case changed, accents dropped, spaces changed.
fn variant(r: &mut Rng, n: &str) -> String {
    match r.below(6) {
        0 => n.to_uppercase(),
        1 => n.to_lowercase(),
        2 => n.replace('é', "e").replace('œ', "oe").replace('Œ', "OE").replace(' ', "\u{a0}"),
        3 => n.replace(' ', "  "),
        _ => n.to_string(),
    }
}

fn random_tsv(r: &mut Rng, entries: usize, prefix: &str, punct: bool) -> (String, Vec<String>) {
    let mut out = String::from("id\ttype\tname\taliases\n");
    let mut names = Vec::new();
    for i in 0..entries {
        let n = name(r, punct);
        let aliases: Vec<String> = (0..r.below(3)).map(|_| name(r, punct)).collect();
        // Some names are prefixes of others, and some are shared between entries.
        let n = if r.below(5) == 0 && !names.is_empty() {
            let other: &String = &names[r.below(names.len())];
            if r.below(2) == 0 {
                other.clone()
            } else {
                format!("{other} {}", word(r))
            }
        } else {
            n
        };
        let t = ["PER", "LOC", "ORG"][r.below(3)];
        out.push_str(&format!("{prefix}{i}\t{t}\t{n}\t{}\n", aliases.join("|")));
        names.push(n);
        names.extend(aliases);
    }
    (out, names)
}

fn random_text(r: &mut Rng, names: &[String]) -> String {
    let mut t = String::new();
    for _ in 0..r.below(40) {
        t.push_str(r.pick(SEPS));
        if r.below(2) == 0 && !names.is_empty() {
            let n = names[r.below(names.len())].clone();
            t.push_str(&variant(r, &n));
        } else {
            t.push_str(&word(r));
        }
    }
    t
}

/// Random gazetteers (accents, ligatures, digits, shared and nested names, names starting with
/// punctuation, in half of the rounds) and random texts made of their names: the same matches as
/// the reference, with one layer and with three.
#[test]
fn random_texts_match_like_the_reference() {
    let mut r = Rng(0x2545_F491_4F6C_DD1D);
    let mut total = 0;
    for round in 0..40 {
        let n = 30 + r.below(60);
        let punct = round % 2 == 0;
        let (tsv, names) = random_tsv(&mut r, n, "a", punct);
        let g = gazetteer(&tsv);
        let single = Reference::new(&[g.entries()]);
        let m = g.clone().compile().unwrap();
        // Two more layers, compiled, without Wikidata ids (so no merging).
        let (tsv2, names2) = random_tsv(&mut r, 20, "b", punct);
        let (tsv3, names3) = random_tsv(&mut r, 20, "c", punct);
        let (g2, g3) = (gazetteer(&tsv2), gazetteer(&tsv3));
        let multi = Reference::new(&[g.entries(), g2.entries(), g3.entries()]);
        let mut layered = g.compile().unwrap();
        for extra in [&g2, &g3] {
            let mut bytes = Vec::new();
            compiled::write_compiled(extra, &mut bytes).unwrap();
            layered =
                layered.with_compiled(compiled::CompiledGazetteer::from_bytes(&bytes, "x.vgaz").unwrap()).unwrap();
        }
        let all: Vec<String> = names.iter().chain(&names2).chain(&names3).cloned().collect();
        for _ in 0..60 {
            let text = random_text(&mut r, &all);
            let got = m.find(&text);
            assert_eq!(got, single.find(&text), "round {round}: {text:?}");
            total += got.len();
            assert_eq!(layered.find(&text), multi.find(&text), "round {round}, layers: {text:?}");
        }
    }
    assert!(total > 1000, "too few matches ({total}) to compare");
}

/// Whatever the text (bytes of any kind, as lossy UTF-8), finding does not panic and gives
/// char-boundary spans in order.
#[test]
fn arbitrary_texts_do_not_panic() {
    let m = Gazetteer::embedded_default().unwrap().compile().unwrap();
    let mut r = Rng(7);
    for _ in 0..2000 {
        let bytes: Vec<u8> = (0..r.below(64)).map(|_| r.next() as u8).collect();
        let text = String::from_utf8_lossy(&bytes);
        let mut last = 0;
        for x in m.find(&text) {
            assert!(
                last <= x.start && x.start < x.end && text.is_char_boundary(x.start) && text.is_char_boundary(x.end)
            );
            last = x.end;
        }
    }
}

/// The fold table and the default fold agree with [`Folded`] for every char.
#[test]
fn on_the_fly_folding_is_folded() {
    let tab = scan::table();
    let mut buf = [0u8; 4];
    for u in 0..=0x10FFFFu32 {
        let Some(c) = char::from_u32(u) else { continue };
        let want = Folded::new(c.encode_utf8(&mut buf)).text;
        let f = tab.fold(c);
        assert_eq!(&f.bytes[..f.len as usize], want.as_bytes(), "U+{u:04X}");
        assert_eq!(f.flags & WORD != 0, is_word_char(c), "U+{u:04X}");
    }
}

#[test]
fn compiled_layers_merge_by_wikidata_and_lose_ties() {
    let extra = "id\ttype\tname\taliases\twikidata\n\
        wd_Q7747\tPER\tVladimir Vladimirovitch Poutine\tPoutine\tQ7747\n\
        wd_Q2\tLOC\tDonetsk\t\tQ2\n";
    let mut bytes = Vec::new();
    compiled::write_compiled(&gazetteer(extra), &mut bytes).unwrap();
    let c = compiled::CompiledGazetteer::from_bytes(&bytes, "extra.vgaz").unwrap();
    let m = gazetteer(TSV).compile().unwrap().with_compiled(c).unwrap();
    let text = "Vladimir Vladimirovitch Poutine et Poutine à Donetsk.";
    let found: Vec<(&str, &str)> =
        m.find(text).iter().map(|x| (&text[x.start..x.end], m.entry(x.entry).id())).collect();
    assert_eq!(
        found,
        vec![("Vladimir Vladimirovitch Poutine", "per_putin"), ("Poutine", "per_putin"), ("Donetsk", "wd_Q2")]
    );
    assert_eq!(m.entry_count(), 6);
    assert_eq!(m.entries().map(|e| e.id()).collect::<Vec<_>>()[4..], ["wd_Q7747", "wd_Q2"]);
}

#[test]
fn a_larger_compiled_layer_keeps_indices_and_roles_right() {
    // More entries than the base.
    let extra = "id\ttype\tname\taliases\twikidata\troles\n\
        a1\tLOC\tAlfa\t\t\t\n\
        a2\tLOC\tBravo\t\t\t\n\
        a3\tLOC\tCharlie\t\t\t\n\
        a4\tORG\tDelta Corp\t\t\tpatron de delta\n\
        a5\tPER\tV. V. Poutine\t\tQ7747\tmaitre du kremlin\n";
    let mut bytes = Vec::new();
    compiled::write_compiled(&gazetteer(extra), &mut bytes).unwrap();
    let c = compiled::CompiledGazetteer::from_bytes(&bytes, "extra.vgaz").unwrap();
    let m = gazetteer(TSV).compile().unwrap().with_compiled(c).unwrap();
    let text = "Alfa, Delta Corp, V. V. Poutine, Ukraine et le président russe.";
    let ids: Vec<&str> = m.find(text).iter().map(|x| m.entry(x.entry).id()).collect();
    assert_eq!(ids, ["a1", "a4", "per_putin", "loc_ukraine"]);
    let holder = |role: &str| -> Vec<&str> {
        m.role_holders(&fold_key(role)).iter().map(|&i| m.entry(i as usize).id()).collect()
    };
    assert_eq!(holder("président russe"), ["per_putin"]);
    assert_eq!(holder("patron de Delta"), ["a4"]);
    assert_eq!(holder("maître du Kremlin"), ["per_putin"]);
}

/// Two compiled layers on a base: a Wikidata id goes to the first entry holding it, in layer
/// order, and the earlier layer wins a tie.
#[test]
fn three_layers_merge_into_the_first_holder() {
    let compile = |tsv: &str| {
        let mut bytes = Vec::new();
        compiled::write_compiled(&gazetteer(tsv), &mut bytes).unwrap();
        compiled::CompiledGazetteer::from_bytes(&bytes, "x.vgaz").unwrap()
    };
    let b = compile("id\ttype\tname\twikidata\nb1\tLOC\tDonetsk\tQ2\nb2\tLOC\tLouhansk\tQ3\nb3\tLOC\tKherson\t\n");
    let c = compile("id\ttype\tname\twikidata\nc1\tLOC\tDonetsk City\tQ2\nc2\tLOC\tKherson\tQ4\nc3\tLOC\tPoutine\t\n");
    let m = gazetteer(TSV).compile().unwrap().with_compiled(b).unwrap().with_compiled(c).unwrap();
    let text = "Donetsk City, Louhansk, Kherson, Poutine.";
    let ids: Vec<&str> = m.find(text).iter().map(|x| m.entry(x.entry).id()).collect();
    assert_eq!(ids, ["b1", "b2", "b3", "per_putin"]);
    let dup = compile("id\ttype\tname\nb2\tLOC\tZ\n");
    let err = gazetteer(TSV).compile().unwrap().with_compiled(compile("id\ttype\tname\nb2\tLOC\tY\n")).unwrap();
    let err = err.with_compiled(dup).unwrap_err().to_string();
    assert!(err.contains("x.vgaz") && err.contains("`b2`"), "{err}");
}

#[test]
fn duplicate_id_across_layers_is_an_error() {
    let mut bytes = Vec::new();
    compiled::write_compiled(&gazetteer("id\ttype\tname\nloc_ukraine\tLOC\tUkraine bis\n"), &mut bytes).unwrap();
    let c = compiled::CompiledGazetteer::from_bytes(&bytes, "dup.vgaz").unwrap();
    let err = gazetteer(TSV).compile().unwrap().with_compiled(c).unwrap_err().to_string();
    assert!(err.contains("dup.vgaz") && err.contains("loc_ukraine"), "{err}");
}

#[test]
fn entries_read_in_place() {
    let m = gazetteer(TSV).compile().unwrap();
    assert_eq!(m.entry_count(), 4);
    let e = m.entry(0);
    assert_eq!(
        (e.id(), e.name(), e.etype(), e.gender()),
        ("per_putin", "Vladimir Poutine", EntityType::Per, Gender::M)
    );
    assert_eq!(e.aliases().collect::<Vec<_>>(), ["Poutine", "Putin"]);
    assert_eq!(e.roles().len(), 2);
    assert_eq!(e.wikidata(), Some("Q7747"));
    assert!(m.entry(1).roles().is_empty());
    let owned: Vec<Entry> = m.entries().map(|e| e.to_entry()).collect();
    assert_eq!(owned[3].name, "Corée du Nord");
    assert_eq!(owned[2].aliases, ["ONU", "Nations unies"]);
}

#[test]
fn elision_and_typographic_apostrophe() {
    let m = matches("Il soutient l'Ukraine et l’Ukraine.");
    assert_eq!(m.len(), 2);
    assert_eq!(m[1].0, "Ukraine");
}

#[test]
fn longest_match_wins() {
    let m = matches("Vladimir Poutine a parlé.");
    assert_eq!(m, vec![("Vladimir Poutine".to_string(), "per_putin".to_string())]);
}

#[test]
fn word_boundaries_and_hyphens() {
    assert!(matches("Ukrainien").is_empty());
    assert!(matches("Jean-Poutine").is_empty());
}

#[test]
fn acronyms_need_capitals_and_names_need_initials() {
    assert!(matches("une onu").is_empty());
    assert_eq!(matches("à l'ONU").len(), 1);
    assert!(matches("ukraine").is_empty());
    assert_eq!(matches("UKRAINE").len(), 1);
}

#[test]
fn accents_fold() {
    assert_eq!(matches("la coree du nord").len(), 0);
    assert_eq!(matches("la Coree du Nord et la COREE DU NORD").len(), 2);
}

#[test]
fn hard_texts_match_like_the_reference() {
    for text in HARD_TEXTS {
        matches(text);
    }
}

#[test]
fn bad_type_names_line() {
    let mut g = Gazetteer::new();
    let err = g.add_tsv("id\ttype\tname\nx\tFOO\tBar\n", "bad.tsv").unwrap_err();
    assert_eq!(err.location(), Some(("bad.tsv", 2)));
    assert!(err.to_string().contains("PER, LOC or ORG"));
}

#[test]
fn roles_resolve() {
    let m = gazetteer(TSV).compile().unwrap();
    assert_eq!(m.role_holders(&fold_key("chef de l’État russe")), &[0]);
    assert_eq!(m.max_role_words(), 4);
}

/// The byte-lane tricks agree with byte-by-byte answers.
#[test]
fn swar_lanes() {
    let mut r = Rng(99);
    for _ in 0..20_000 {
        let x = r.next();
        let bytes = x.to_le_bytes();
        let want: u64 = (0..8).filter(|&j| bytes[j].is_ascii_alphanumeric()).map(|j| 0x80 << (8 * j)).sum();
        assert_eq!(scan::swar::word(x), want, "{x:#x}");
        let packed: u64 = (0..8).filter(|&j| bytes[j] & 0x80 != 0).map(|j| 1 << j).sum();
        assert_eq!(scan::swar::movemask(x & 0x8080_8080_8080_8080), packed, "{x:#x}");
    }
    for lead in 0xC2..=0xC5u8 {
        for cont in 0x80..=0xBFu8 {
            let c = std::str::from_utf8(&[lead, cont]).unwrap().chars().next().unwrap();
            if scan::latin_letter(lead, cont) {
                assert!(is_word_char(c), "{c}");
            }
        }
    }
}

/// The word starts of a block and its non-ASCII bytes, 16 or 8 bytes at a time, agree with
/// byte-by-byte answers.
#[test]
fn word_starts_by_byte() {
    const BYTES: &[u8] = b"aZ09 -.'\xC3\xC4\xC5\xC2\xE2\x80\x97\xB7\xA9\xBF\xC0\xFF";
    let mut r = Rng(7);
    for _ in 0..20_000 {
        let src: Vec<u8> = (0..16 + 64 + 2).map(|_| BYTES[r.next() as usize % BYTES.len()]).collect();
        let at = 16;
        let want: u64 = (0..64)
            .filter(|&j| {
                let (b, b1, b2) = (src[at + j], src[at + j - 1], src[at + j - 2]);
                (b.is_ascii_alphanumeric() || b >= 0xC0)
                    && !(b1.is_ascii_alphanumeric()
                        || scan::latin_letter(b2, b1) && b1 & 0xC0 == 0x80
                        || b1 == b'-' && b2.is_ascii_alphanumeric())
            })
            .map(|j| 1 << j)
            .sum();
        assert_eq!(scan::word_starts(&src, at), want, "{src:x?}");
        assert_eq!(scan::swar::word_starts(&src, at), want, "{src:x?}");
        let high: u64 = (0..64).filter(|&j| src[at + j..at + j + 3].iter().any(|&b| b >= 0x80)).map(|j| 1 << j).sum();
        assert_eq!(scan::non_ascii3(&src, at), high, "{src:x?}");
        assert_eq!(scan::swar::non_ascii3(&src, at), high, "{src:x?}");
    }
}

/// A child's first byte is found among its node's bytes, one by one or 16 at a time, wherever it
/// is in the list; never among the bytes after the list (a read of 16 may see them), nor when
/// the list runs past the buffer.
#[test]
fn child_bytes_found_in_lists_of_any_length() {
    for n in 1..=40usize {
        let labels: Vec<u8> = (0..n as u8).map(|i| b'A' + i).collect();
        let after = b'A' + n as u8;
        for (before, tail) in [(0, 0), (0, 3), (5, 64)] {
            let mut t = vec![after; before];
            t.extend(&labels);
            t.extend(std::iter::repeat_n(after, tail));
            for (i, &b) in labels.iter().enumerate() {
                assert_eq!(trie::find_byte(&t, before, n, b), Some(i), "n {n} before {before} tail {tail}");
            }
            assert_eq!(trie::find_byte(&t, before, n, after), None, "n {n} before {before} tail {tail}");
            assert_eq!(trie::find_byte(&t, before, n, 0xFF), None);
            assert_eq!(trie::find_byte(&t, before, n + tail + 1, 0xFF), None);
        }
    }
    let mut r = Rng(5);
    for _ in 0..20_000 {
        let chunk = r.next().to_le_bytes().map(|b| b % 4);
        let chunk: [u8; 16] = [chunk, chunk.map(|b| b ^ 1)].concat().try_into().unwrap();
        let b = r.next() as u8 % 4;
        let want = (0..16).filter(|&j| chunk[j] == b).map(|j| 1 << j).sum::<u32>();
        assert_eq!(scan::eq16(&chunk, b), want, "{chunk:x?}");
        assert_eq!(scan::swar::eq16(&chunk, b), want, "{chunk:x?}");
    }
}

/// The quick start index agrees with the one read through the folder.
#[test]
fn quick_start_index() {
    let tab = scan::table();
    let texts =
        ["président de la République", "À Paris", "« Élysée »", "l’État", "æther", "ça", "x", "", "Ǆ", "a\u{a0}b"];
    for t in texts {
        let b = t.as_bytes();
        for p in (0..b.len()).filter(|&p| t.is_char_boundary(p)) {
            let (c, clen) = scan::decode(b, p);
            if let Some(q) = scan::quick_index(b, tab, p) {
                assert_eq!(q, scan::start_index(b, tab, p, &tab.fold(c), clen, 0), "{t:?} at {p}");
            }
        }
    }
}

/// Windows folded eight bytes at a time give the start index the folder gives.
#[test]
fn folded_windows() {
    let tab = scan::table();
    let texts = [
        "président de la République",
        "À Paris",
        "« Élysée »",
        "été",
        "déjà là",
        "æther",
        "ça",
        "l’État",
        "x",
        "naïveté",
        "à l’été",
        "d’‘a’",
        "qu’’’x é’é’é",
        "‘Ah’ l’’",
        "éé’’’",
    ];
    for q in ['\u{2018}', '\u{2019}'] {
        assert_eq!(&tab.fold(q).bytes[..tab.fold(q).len as usize], b"'");
    }
    for t in texts {
        let mut b = t.as_bytes().to_vec();
        b.extend_from_slice(&[b' '; 16]);
        for p in (0..t.len()).filter(|&p| t.is_char_boundary(p)) {
            let w = u64::from_le_bytes(b[p..p + 8].try_into().unwrap());
            let v = tab.fold_window(w);
            if v & 0x80_8080_8080 == 0 {
                let (c, clen) = scan::decode(&b, p);
                assert_eq!(starts::index(v), scan::start_index(&b, tab, p, &tab.fold(c), clen, 0), "{t:?} at {p}");
            }
        }
    }
}

/// A crafted trie whose root is its own child, for every byte: walks end with the text, and the
/// prefix enumeration done at load stops and reports it.
#[test]
fn cyclic_tries_end() {
    let mut bytes = vec![4, 0, 0, 0, 0x02, 0xFF];
    bytes.extend(0..=255u8);
    for _ in 0..256 {
        bytes.extend_from_slice(&4u32.to_le_bytes());
    }
    let roots = trie::Roots::new(&bytes);
    let t = trie::Trie::new(&bytes, &roots);
    let tab = scan::table();
    let text = "a".repeat(10_000);
    let mut f = Folder::new(text.as_bytes(), tab, 0, &tab.fold('a'), 1, 0);
    let mut hits = 0;
    t.walk(&mut f, |_, _, _| hits += 1);
    assert_eq!(hits, 0);
    assert!(!t.starts(8, &mut |_, _| {}));
}

/// Short all-caps names (`LE`) are not looked for where the text has a small letter (`Le`), and
/// still match in capitals, next to the same key with an initial capital in the same gazetteer
/// (`UN`, `Un`) or in another layer (`Le`).
#[test]
fn short_all_caps_names_need_capitals() {
    let g = gazetteer("id\ttype\tname\taliases\norg_le\tORG\tLigue européenne\tLE|UN|A.B\nper_un\tPER\tUn Tel\tUn\n");
    let g2 = gazetteer("id\ttype\tname\taliases\nper_le\tPER\tLe Tel\tLe\n");
    let text = "Le LE le, Un UN un, A.B a.b Ab, LE-LE, LEs Les.";
    let m = g.clone().compile().unwrap();
    assert_eq!(m.find(text), Reference::new(&[g.entries()]).find(text));
    let found: Vec<&str> = m.find(text).iter().map(|x| &text[x.start..x.end]).collect();
    assert_eq!(found, ["LE", "Un", "UN", "A.B"]);
    let mut bytes = Vec::new();
    compiled::write_compiled(&g2, &mut bytes).unwrap();
    let layered = m.with_compiled(compiled::CompiledGazetteer::from_bytes(&bytes, "x.vgaz").unwrap()).unwrap();
    assert_eq!(layered.find(text), Reference::new(&[g.entries(), g2.entries()]).find(text));
    let found: Vec<&str> = layered.find(text).iter().map(|x| &text[x.start..x.end]).collect();
    assert_eq!(found, ["Le", "LE", "Un", "UN", "A.B"]);
}

/// The default list's towns (`cities.tsv`, from GeoNames) are found, and the names its builder
/// leaves out are not: a French word (Sens), an article before the word that opens a listed name
/// (L'Union of l'Union européenne).
#[test]
fn default_city_list_names_towns_not_words() {
    let m = Gazetteer::embedded_default().unwrap().compile().unwrap();
    let text = "À Terrebonne et à Pont-à-Celles, L'Union européenne fait Sens.";
    let found: Vec<(&str, &str)> =
        m.find(text).iter().map(|x| (&text[x.start..x.end], m.entry(x.entry).id())).collect();
    assert_eq!(
        found,
        [("Terrebonne", "gn_6163012"), ("Pont-à-Celles", "gn_2788765"), ("Union européenne", "org_ue")],
        "{found:?}"
    );
}
