//! Knowledge-graph exports: stable ids, one node per real quote, RDF loaded into a real store
//! (oxigraph in memory) and queried with SPARQL, and the Neo4j CSVs checked against the
//! import tool's header rules. The articles under `tests/fixtures/graph/` are written for
//! these tests: three French articles, two of which carry the same Poutine quote with
//! different typography.
//!
//! The RDF half needs the `rdf` feature (on by default); the file is left out without it.
#![cfg(feature = "rdf")]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use oxigraph::io::RdfFormat;
use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use verbatim::attribution::Method;
use verbatim::graph::{self, normalize, Graph};
use verbatim::quotes::QuoteKind;
use verbatim::record::{CueRecord, QuoteRecord};
use verbatim::writers::{open_writer, Format, WriterOptions, NEO4J_FILES};
use verbatim::{DocRecord, Document};

/// A `Write` whose bytes stay readable after the writer that owned it is gone.
#[derive(Clone, Default)]
struct SharedBuf(Arc<Mutex<Vec<u8>>>);

impl Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The fixture articles as the CLI reads a directory: `.txt` files in name order, stem as id.
fn fixture_docs() -> Vec<Document> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/graph");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            Document::new(p.file_stem().unwrap().to_string_lossy(), std::fs::read_to_string(p).expect("fixture text"))
        })
        .collect()
}

fn extract(docs: &[Document]) -> Vec<DocRecord> {
    docs.iter().map(|d| common::extractor().extract(d)).collect()
}

/// How a caller ends a run.
#[derive(Clone, Copy, PartialEq)]
enum Ending {
    /// `close` once at the end.
    Close,
    /// `finish` after every record (a checkpointing batch run), then `close`.
    FinishEachThenClose,
    /// `finish` at the end and then drop the writer without closing it.
    FinishAndDrop,
}

/// Writes `recs` in `format` and returns every sink's content by name.
fn export(format: Format, opts: &WriterOptions, recs: &[DocRecord]) -> BTreeMap<String, String> {
    export_ending(format, opts, recs, Ending::Close)
}

fn export_ending(format: Format, opts: &WriterOptions, recs: &[DocRecord], end: Ending) -> BTreeMap<String, String> {
    let sinks: Arc<Mutex<BTreeMap<String, SharedBuf>>> = Arc::default();
    let s2 = sinks.clone();
    let mut w = open_writer(format, opts, move |name: &str| {
        let buf = SharedBuf::default();
        s2.lock().unwrap().insert(name.to_string(), buf.clone());
        Ok(Box::new(buf) as Box<dyn Write + Send>)
    })
    .expect("open writer");
    for r in recs {
        w.write(r).expect("write");
        if end == Ending::FinishEachThenClose {
            w.finish().expect("finish");
        }
    }
    match end {
        Ending::FinishAndDrop => w.finish().expect("finish"),
        _ => w.close().expect("close"),
    }
    drop(w);
    let sinks = sinks.lock().unwrap();
    sinks.iter().map(|(k, v)| (k.clone(), String::from_utf8(v.0.lock().unwrap().clone()).expect("utf-8"))).collect()
}

fn ntriples(recs: &[DocRecord]) -> String {
    export(Format::Nt, &WriterOptions::default(), recs).remove("graph.nt").expect("graph.nt")
}

fn store_of(data: &str, format: RdfFormat) -> Store {
    let store = Store::new().expect("store");
    store.load_from_reader(format, data.as_bytes()).expect("the export parses");
    store
}

const PREFIXES: &str = "PREFIX schema: <http://schema.org/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX vb: <urn:verbatim:vocab#>
";

/// Runs a SELECT query and returns its rows, each variable's value as a string.
fn select(store: &Store, query: &str) -> Vec<BTreeMap<String, String>> {
    let q = format!("{PREFIXES}{query}");
    let results =
        SparqlEvaluator::new().parse_query(&q).expect("query parses").on_store(store).execute().expect("runs");
    let QueryResults::Solutions(solutions) = results else { panic!("not a SELECT") };
    solutions
        .map(|s| {
            let s = s.expect("solution");
            s.iter()
                .map(|(v, t)| {
                    let value = match t {
                        Term::Literal(l) => l.value().to_string(),
                        Term::NamedNode(n) => n.as_str().to_string(),
                        other => other.to_string(),
                    };
                    (v.as_str().to_string(), value)
                })
                .collect()
        })
        .collect()
}

fn count(store: &Store, query: &str) -> usize {
    let rows = select(store, query);
    rows[0]["n"].parse().expect("a count")
}

/// (article, start, end, normalized text) of every occurrence of Vladimir Poutine's quotes, per SPARQL.
fn poutine_by_sparql(store: &Store) -> BTreeSet<(String, usize, usize, String)> {
    let rows = select(
        store,
        "SELECT ?article ?start ?end ?text WHERE {
           ?p schema:name \"Vladimir Poutine\" .
           ?q a schema:Quotation ; schema:creator ?p ; schema:text ?text .
           ?o vb:quote ?q ; schema:isPartOf ?a ; vb:start ?start ; vb:end ?end .
           ?a schema:identifier ?article .
         }",
    );
    rows.iter()
        .map(|r| (r["article"].clone(), r["start"].parse().unwrap(), r["end"].parse().unwrap(), normalize(&r["text"])))
        .collect()
}

/// The same answer read from the JSONL records.
fn poutine_by_jsonl(jsonl: &str) -> BTreeSet<(String, usize, usize, String)> {
    let mut out = BTreeSet::new();
    for line in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("jsonl");
        for q in v["quotes"].as_array().unwrap() {
            if q["speaker_wikidata"] == "Q7747" && q["kind"] != "term" {
                let parts = q["parts"].as_array().unwrap();
                let start = parts[0][0].as_u64().unwrap() as usize;
                let end = parts[parts.len() - 1][1].as_u64().unwrap() as usize;
                out.insert((v["id"].as_str().unwrap().to_string(), start, end, normalize(q["text"].as_str().unwrap())));
            }
        }
    }
    out
}

#[test]
fn sparql_quotes_of_poutine_and_their_articles_equal_the_jsonl_records() {
    let recs = extract(&fixture_docs());
    let store = store_of(&ntriples(&recs), RdfFormat::NTriples);
    let jsonl = export(Format::Jsonl, &WriterOptions::default(), &recs).remove("records.jsonl").unwrap();

    let by_sparql = poutine_by_sparql(&store);
    assert_eq!(by_sparql, poutine_by_jsonl(&jsonl));

    // And what a reader of the three articles expects: four distinct quotes in three articles,
    // the one carried twice being one quote node.
    let quotes: BTreeSet<&str> = by_sparql.iter().map(|x| x.3.as_str()).collect();
    let want: BTreeSet<&str> = [
        "tous les objectifs",
        "nous atteindrons tous nos objectifs",
        "l economie russe resiste mieux que prevu",
        "l europe paie elle meme le prix de ses choix",
    ]
    .into();
    assert_eq!(quotes, want);
    let articles: BTreeSet<&str> = by_sparql.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(articles, ["berlin_gaz", "elysee_sommet", "kremlin_conference"].into());
    let nodes =
        count(&store, "SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q schema:creator ?p . ?p owl:sameAs wd:Q7747 }");
    assert_eq!(nodes, 4, "one node per distinct quote");
}

#[test]
fn the_readme_query_answers_who_said_what_where() {
    let readme = std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let query = readme.split("```sparql\n").nth(1).and_then(|s| s.split("```").next()).expect("a sparql block");
    let recs = extract(&fixture_docs());
    let store = store_of(&ntriples(&recs), RdfFormat::NTriples);
    let results = SparqlEvaluator::new().parse_query(query).expect("parses").on_store(&store).execute().expect("runs");
    let QueryResults::Solutions(solutions) = results else { panic!("not a SELECT") };
    let got: BTreeSet<(String, String)> = solutions
        .map(|s| {
            let s = s.unwrap();
            let lit = |v: &str| match s.get(v) {
                Some(Term::Literal(l)) => l.value().to_string(),
                other => panic!("{v}: {other:?}"),
            };
            (lit("article"), normalize(&lit("text")))
        })
        .collect();
    let jsonl = export(Format::Jsonl, &WriterOptions::default(), &recs).remove("records.jsonl").unwrap();
    let want: BTreeSet<(String, String)> = poutine_by_jsonl(&jsonl).into_iter().map(|(a, _, _, t)| (a, t)).collect();
    assert_eq!(got, want);
}

#[test]
fn the_same_quote_in_two_articles_is_one_node_with_two_occurrences() {
    let recs = extract(&fixture_docs());
    let store = store_of(&ntriples(&recs), RdfFormat::NTriples);
    let rows = select(
        &store,
        "SELECT ?t ?occ ?art ?kind WHERE {
           ?q schema:creator/owl:sameAs wd:Q7747 ; schema:text ?t ; vb:occurrences ?occ ; vb:articles ?art ; vb:kind ?kind .
           FILTER(CONTAINS(LCASE(?t), \"atteindrons\"))
         }",
    );
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!((rows[0]["occ"].as_str(), rows[0]["art"].as_str()), ("2", "2"));
    assert_eq!(rows[0]["kind"], "direct", "direct in one article, partial in the other");
    assert_eq!(rows[0]["t"], "Nous atteindrons tous nos objectifs", "the full sentence's text, not the fragment's");
}

#[test]
fn the_same_article_twice_adds_no_quote_node() {
    let docs = fixture_docs();
    let once = extract(&docs);
    let mut docs_twice = docs.clone();
    // The same article under another name (a second outlet carrying it) and under the same id.
    let kremlin = docs.iter().find(|d| d.id == "kremlin_conference").unwrap();
    docs_twice.push(Document::new("zz_kremlin_conference_copy", kremlin.text.clone()));
    docs_twice.push(kremlin.clone());
    let twice = extract(&docs_twice);

    let count_quotes = "SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q a schema:Quotation }";
    let s1 = store_of(&ntriples(&once), RdfFormat::NTriples);
    let s2 = store_of(&ntriples(&twice), RdfFormat::NTriples);
    assert!(count(&s1, count_quotes) > 0);
    assert_eq!(count(&s1, count_quotes), count(&s2, count_quotes));
    let count_articles = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:Article }";
    assert_eq!(count(&s2, count_articles), count(&s1, count_articles) + 1, "the copy is one more article");

    // The exact same record fed twice changes nothing at all.
    let mut again = once.clone();
    again.push(once[0].clone());
    assert_eq!(ntriples(&again), ntriples(&once));
    let n1 = export(Format::Neo4j, &WriterOptions::default(), &once);
    let n2 = export(Format::Neo4j, &WriterOptions::default(), &again);
    assert_eq!(n1, n2);
}

#[test]
fn typography_does_not_split_a_quote() {
    let docs = [
        Document::new("a", "«\u{a0}Nous n’accepterons jamais cet ultimatum\u{a0}», a déclaré Vladimir Poutine."),
        Document::new("b", "“Nous n'accepterons jamais cet ultimatum”, a déclaré Vladimir Poutine."),
        Document::new("c", "Vladimir Poutine a prévenu : « nous n’accepterons  jamais cet ultimatum. »"),
    ];
    let recs = extract(&docs);
    for r in &recs {
        assert_eq!(r.quotes.len(), 1, "{}: {:?}", r.id, r.quotes);
        assert_eq!(r.quotes[0].speaker_wikidata.as_deref(), Some("Q7747"), "{}", r.id);
    }
    let mut g = Graph::new(0.0);
    for r in &recs {
        g.add(r).expect("a new article");
    }
    assert_eq!(g.quotes().len(), 1, "{:?}", g.quotes());
    assert_eq!((g.quotes()[0].occurrences, g.quotes()[0].articles), (3, 3));
    let poutine = &g.entities()[g.entity("Q7747").expect("Poutine by Wikidata id")];
    assert_eq!((poutine.quotes, poutine.quote_occurrences), (1, 3));
}

#[test]
fn entities_link_to_wikidata_or_get_a_hash_id() {
    let recs = extract(&fixture_docs());
    let store = store_of(&ntriples(&recs), RdfFormat::NTriples);
    let rows = select(
        &store,
        "SELECT ?e ?wd WHERE { ?e schema:name \"Vladimir Poutine\" ; a schema:Person ; owl:sameAs ?wd }",
    );
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["e"], "urn:verbatim:entity/Q7747");
    assert_eq!(rows[0]["wd"], "http://www.wikidata.org/entity/Q7747");
    // The Élysée has no Wikidata id in the default gazetteer (none could be verified yet): a
    // stable hash, and no sameAs.
    let rows = select(
        &store,
        "SELECT ?e WHERE { ?e schema:name \"Élysée\" ; a schema:Organization . FILTER NOT EXISTS { ?e owl:sameAs ?x } }",
    );
    assert_eq!(rows.len(), 1);
    let want = graph::entity_id(verbatim::gazetteer::EntityType::Org, "Élysée", None);
    assert_eq!(rows[0]["e"], format!("urn:verbatim:entity/{want}"));
    assert!(want.starts_with("org-"));
}

#[test]
fn aggregates_count_co_mentions_and_quotes_per_speaker() {
    let recs = extract(&fixture_docs());
    let mut g = Graph::new(0.0);
    for r in &recs {
        g.add(r);
    }
    let per_speaker: Vec<(&str, u64)> = g.quotes_per_speaker().iter().map(|(e, n)| (e.name.as_str(), *n)).collect();
    assert_eq!(per_speaker[0], ("Vladimir Poutine", 4), "{per_speaker:?}");
    assert!(per_speaker.contains(&("Olaf Scholz", 2)), "{per_speaker:?}");
    assert!(per_speaker.contains(&("Volodymyr Zelensky", 1)), "{per_speaker:?}");

    let pair = |a: &str, b: &str| {
        let (a, b) = (g.entity(a).unwrap(), g.entity(b).unwrap());
        g.co_mentions().iter().find(|c| (c.a, c.b) == (a, b) || (c.a, c.b) == (b, a)).map(|c| c.articles)
    };
    assert_eq!(pair("Q7747", "Q61053"), Some(2), "Poutine and Scholz: elysee, berlin");
    assert_eq!(pair("Q7747", "Q649"), Some(3), "Poutine and Moscou: all three");
    assert_eq!(pair("Q3874799", "Q61053"), None, "Zelensky and Scholz never together");

    // The same counts reach the Neo4j export.
    let files = export(Format::Neo4j, &WriterOptions::default(), &recs);
    let rows = csv_rows(&files["co_mentioned.csv"]);
    let n = rows.iter().find(|r| {
        let ends = [r[0].as_str(), r[1].as_str()];
        ends.contains(&"Q7747") && ends.contains(&"Q649")
    });
    assert_eq!(n.map(|r| r[3].as_str()), Some("3"));
    let persons = csv_rows(&files["persons.csv"]);
    let poutine = persons.iter().find(|r| r[0] == "Q7747").expect("Poutine node");
    assert_eq!((poutine[7].as_str(), poutine[8].as_str()), ("4", "5"), "4 quotes, 5 occurrences");
}

#[test]
fn min_confidence_leaves_weak_attributions_out_of_the_graph() {
    let recs = extract(&fixture_docs());
    let low = recs.iter().flat_map(|r| &r.quotes).filter(|q| q.kind != QuoteKind::Term && q.confidence < 0.5).count();
    assert!(low > 0, "the fixtures hold a weakly attributed quote");
    let (mut all, mut strong) = (Graph::new(0.0), Graph::new(0.5));
    for r in &recs {
        all.add(r);
        strong.add(r);
    }
    assert_eq!(all.quotes().len() - strong.quotes().len(), low);
}

fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rd = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    rd.records().map(|r| r.expect("valid CSV").iter().map(str::to_string).collect()).collect()
}

/// Checks the Neo4j files as `neo4j-admin database import full` reads them: typed headers,
/// one id per node file, unique ids per id space, every relationship's ends present.
fn check_neo4j(files: &BTreeMap<String, String>) -> Result<(), String> {
    let names: BTreeSet<&str> = files.keys().map(String::as_str).collect();
    if names != NEO4J_FILES.into_iter().collect() {
        return Err(format!("files {names:?}"));
    }
    const TYPES: [&str; 8] = ["int", "long", "float", "double", "boolean", "string", "date", "datetime"];
    let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut rels: Vec<(String, String, String, String, String)> = Vec::new();
    // Nodes first, whatever the file order.
    let mut order: Vec<&String> = files.keys().collect();
    order.sort_by_key(|n| files[*n].starts_with(":START_ID"));
    for name in order {
        let rows = csv_rows(&files[name]);
        let header = rows.first().ok_or(format!("{name}: no header"))?;
        let (mut id_col, mut start, mut end, mut type_col) = (None, None, None, None);
        for (i, h) in header.iter().enumerate() {
            let (prop, ty) = h.split_once(':').unwrap_or((h.as_str(), "string"));
            let space = |kind: &str| ty.strip_prefix(kind).and_then(|s| s.strip_prefix('(')?.strip_suffix(')'));
            if let Some(s) = space("ID") {
                id_col = Some((i, s.to_string()));
            } else if let Some(s) = space("START_ID") {
                start = Some((i, s.to_string()));
            } else if let Some(s) = space("END_ID") {
                end = Some((i, s.to_string()));
            } else if ty == "TYPE" && prop.is_empty() {
                type_col = Some(i);
            } else if !(ty == "LABEL" && prop.is_empty()) {
                let ok_name = !prop.is_empty() && prop.chars().all(|c| c.is_ascii_lowercase() || c == '_');
                if !ok_name || !TYPES.contains(&ty.trim_end_matches("[]")) {
                    return Err(format!("{name}: bad header column {h:?}"));
                }
            }
        }
        for (n, row) in rows.iter().enumerate().skip(1) {
            if row.len() != header.len() {
                return Err(format!("{name}:{}: {} fields for {} columns", n + 1, row.len(), header.len()));
            }
            for (h, v) in header.iter().zip(row) {
                let bad = match h.split_once(':').map_or("string", |x| x.1) {
                    "int" | "long" => !v.is_empty() && v.parse::<i64>().is_err(),
                    "float" | "double" => !v.is_empty() && v.parse::<f64>().is_err(),
                    "LABEL" => v
                        .split(';')
                        .any(|l| !["Entity", "Person", "Organization", "Place", "Quote", "Article"].contains(&l)),
                    _ => v.contains(['\n', '\r']),
                };
                if bad {
                    return Err(format!("{name}:{}: {h} = {v:?}", n + 1));
                }
            }
        }
        match (id_col, start, end, type_col) {
            (Some((i, space)), None, None, None) => {
                let set = ids.entry(space.clone()).or_default();
                for row in &rows[1..] {
                    if row[i].is_empty() || !set.insert(row[i].clone()) {
                        return Err(format!("{name}: empty or duplicate {space} id {:?}", row[i]));
                    }
                }
            }
            (None, Some((s, ss)), Some((e, es)), Some(t)) => {
                for row in &rows[1..] {
                    rels.push((name.clone(), ss.clone(), row[s].clone(), es.clone(), row[e].clone()));
                    let want = name.trim_end_matches(".csv").to_uppercase();
                    if row[t] != want {
                        return Err(format!("{name}: type {:?}, want {want}", row[t]));
                    }
                }
            }
            _ => return Err(format!("{name}: neither a node file nor a relationship file: {header:?}")),
        }
    }
    for (name, ss, s, es, e) in &rels {
        for (space, id) in [(ss, s), (es, e)] {
            if !ids.get(space).is_some_and(|set| set.contains(id)) {
                return Err(format!("{name}: no {space} node {id:?}"));
            }
        }
    }
    Ok(())
}

#[test]
fn neo4j_csvs_pass_the_import_schema_check() {
    let recs = extract(&fixture_docs());
    let files = export(Format::Neo4j, &WriterOptions::default(), &recs);
    check_neo4j(&files).unwrap();
    // Every label's file is filled, and every quote has its SAID and APPEARS_IN.
    for f in NEO4J_FILES {
        assert!(csv_rows(&files[f]).len() > 1, "{f} is empty");
    }
    let quotes = csv_rows(&files["quotes.csv"]).len() - 1;
    let said = csv_rows(&files["said.csv"]).len() - 1;
    assert_eq!(quotes, said, "every fixture quote has a named speaker");
    let occurrences: usize = recs.iter().map(|r| r.quotes.iter().filter(|q| q.kind != QuoteKind::Term).count()).sum();
    assert_eq!(csv_rows(&files["appears_in.csv"]).len() - 1, occurrences);
}

#[test]
fn the_schema_check_catches_a_dangling_relationship() {
    let recs = extract(&fixture_docs());
    let mut files = export(Format::Neo4j, &WriterOptions::default(), &recs);
    files.get_mut("said.csv").unwrap().push_str("Q1,0123,SAID,1,1\n");
    let err = check_neo4j(&files).unwrap_err();
    assert!(err.contains("no Entity node \"Q1\""), "{err}");
}

/// A record built by hand, with what extraction never gives: newlines, quotes and commas in
/// texts, an id that is no IRI segment, an unnamed source, an unattributed quote.
fn odd_record() -> DocRecord {
    let q = |text: &str, speaker: Option<&str>, method: Method| QuoteRecord {
        text: text.to_string(),
        speaker: speaker.map(str::to_string),
        speaker_id: None,
        speaker_wikidata: None,
        kind: QuoteKind::Direct,
        parts: vec![[3, 3 + text.len()]],
        cue: Some(CueRecord { text: "a dit,\n\"vraiment\"".into(), start: 0, end: 2 }),
        method,
        confidence: 0.5,
    };
    let mut rec = common::extractor().extract(&Document::new("<a b>\n\"é\"", ""));
    rec.quotes = vec![
        q("ligne un\nligne \"deux\", trois", Some("un diplomate européen"), Method::Unnamed),
        q("personne ne sait", None, Method::None),
    ];
    rec.meta.insert("url".into(), "not a url".into());
    rec.meta.insert("title".into(), "Titre\r\nsur deux lignes".into());
    rec
}

#[test]
fn odd_ids_and_texts_make_valid_rdf_and_neo4j_files() {
    let rec = odd_record();
    let nt = ntriples(std::slice::from_ref(&rec));
    let store = store_of(&nt, RdfFormat::NTriples);
    let rows = select(&store, "SELECT ?t ?src WHERE { ?q schema:text ?t ; vb:unnamedSource ?src }");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["t"], "ligne un\nligne \"deux\", trois");
    assert_eq!(rows[0]["src"], "un diplomate européen");
    assert_eq!(count(&store, "SELECT (COUNT(?q) AS ?n) WHERE { ?q a schema:Quotation }"), 2);
    assert_eq!(count(&store, "SELECT (COUNT(?u) AS ?n) WHERE { ?a schema:url ?u }"), 0, "no IRI from junk");
    let files = export(Format::Neo4j, &WriterOptions::default(), &[rec]);
    check_neo4j(&files).unwrap();
    assert_eq!(csv_rows(&files["said.csv"]).len(), 1, "no SAID without a speaker entity");
}

#[test]
fn turtle_holds_the_same_graph_as_ntriples() {
    let recs = extract(&fixture_docs());
    let ttl = export(Format::Ttl, &WriterOptions::default(), &recs).remove("graph.ttl").unwrap();
    assert!(ttl.contains("@prefix schema: <http://schema.org/>"), "{}", &ttl[..ttl.len().min(400)]);
    let (a, b) = (store_of(&ntriples(&recs), RdfFormat::NTriples), store_of(&ttl, RdfFormat::Turtle));
    assert!(a.len().unwrap() > 100);
    let quads = |s: &Store| s.iter().map(|q| q.unwrap().to_string()).collect::<BTreeSet<_>>();
    assert_eq!(quads(&a), quads(&b));
}

#[test]
fn a_base_iri_of_ones_own_names_the_nodes() {
    let recs = extract(&fixture_docs());
    let opts = WriterOptions { base_iri: "https://example.org/news/".into(), ..WriterOptions::default() };
    let nt = export(Format::Nt, &opts, &recs).remove("graph.nt").unwrap();
    assert!(nt.contains("<https://example.org/news/entity/Q7747>"));
    assert!(!nt.contains("urn:verbatim:entity"));
    let bad = WriterOptions { base_iri: "pas une IRI".into(), ..WriterOptions::default() };
    let err = open_writer(Format::Ttl, &bad, |_: &str| Ok(Box::new(Vec::new()) as Box<dyn Write + Send>)).err();
    assert!(err.expect("an error").to_string().contains("base IRI"));
}

#[test]
fn an_empty_run_writes_headers_only() {
    let files = export(Format::Neo4j, &WriterOptions::default(), &[]);
    check_neo4j(&files).unwrap();
    for f in NEO4J_FILES {
        assert_eq!(files[f].lines().count(), 1, "{f}");
    }
    assert_eq!(ntriples(&[]), "");
}

#[test]
fn finish_only_flushes_and_close_ends_the_run() {
    let recs = extract(&fixture_docs());
    for format in [Format::Nt, Format::Ttl, Format::Neo4j] {
        let opts = WriterOptions::default();
        let once = export(format, &opts, &recs);
        // A batch run flushes at every checkpoint: no node or count is written before the end.
        assert_eq!(export_ending(format, &opts, &recs, Ending::FinishEachThenClose), once, "{format}");
        // A writer dropped without `close` still completes its output.
        assert_eq!(export_ending(format, &opts, &recs, Ending::FinishAndDrop), once, "{format}");
    }
}

#[test]
fn writing_after_close_is_an_error_not_a_panic() {
    let rec = odd_record();
    for format in [Format::Nt, Format::Ttl, Format::Neo4j] {
        let mut w = open_writer(format, &WriterOptions::default(), |_: &str| {
            Ok(Box::new(std::io::sink()) as Box<dyn Write + Send>)
        })
        .unwrap();
        w.write(&rec).unwrap();
        w.finish().unwrap();
        w.write(&rec).unwrap();
        w.close().unwrap();
        w.close().unwrap();
        assert!(w.write(&rec).is_err(), "{format}");
    }
}

#[test]
fn an_output_that_cannot_be_opened_is_an_error_naming_it() {
    let err = open_writer(Format::Neo4j, &WriterOptions::default(), |name: &str| {
        if name == "quotes.csv" {
            Err(std::io::Error::new(std::io::ErrorKind::PermissionDenied, "denied"))
        } else {
            Ok(Box::new(std::io::sink()) as Box<dyn Write + Send>)
        }
    })
    .err()
    .expect("an error");
    assert!(err.to_string().contains("quotes.csv"), "{err}");
}

#[test]
fn format_names_round_trip() {
    for f in Format::ALL {
        assert_eq!(f.to_string().parse::<Format>().unwrap(), f);
        assert!(f.is_available(), "{f}: the default build has every format");
    }
    assert_eq!("Turtle".parse::<Format>().unwrap(), Format::Ttl);
    assert_eq!("ntriples".parse::<Format>().unwrap(), Format::Nt);
    let err = "xml".parse::<Format>().unwrap_err().to_string();
    assert!(err.contains("xml") && err.contains("neo4j"), "{err}");
    assert!(Format::Neo4j.is_multi_file() && !Format::Nt.is_multi_file());
    assert_eq!(Format::Neo4j.sinks(), NEO4J_FILES);
}
