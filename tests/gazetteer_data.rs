//! The embedded default gazetteer loads, and its country ids agree with the shared reference
//! list (`../shared/data/countries-wikidata.csv`, skipped when absent).

use std::collections::HashMap;
use std::path::PathBuf;

use verbatim::gazetteer::{EntityType, Gazetteer};

#[test]
fn default_gazetteer_loads_with_unique_ids_and_wellformed_qids() {
    let g = Gazetteer::embedded_default().expect("default gazetteer parses");
    assert!(g.entries().len() > 2500, "only {} entries", g.entries().len());
    let mut qids: HashMap<&str, &str> = HashMap::new();
    for e in g.entries() {
        if let Some(q) = &e.wikidata {
            if let Some(other) = qids.insert(q, &e.id) {
                panic!("{q} given to both {other} and {}", e.id);
            }
        }
        if e.etype == EntityType::Per {
            assert!(e.gender != verbatim::lang::Gender::U, "{} has no gender", e.id);
        }
    }
}

#[test]
fn country_ids_agree_with_reference_list() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/countries-wikidata.csv");
    let Ok(csv_text) = std::fs::read_to_string(&path) else {
        eprintln!("{} absent: skipping", path.display());
        return;
    };
    let g = Gazetteer::embedded_default().unwrap();
    let by_qid: HashMap<&str, &str> =
        g.entries().iter().filter_map(|e| e.wikidata.as_deref().map(|q| (q, e.id.as_str()))).collect();
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    let mut missing = Vec::new();
    let mut total = 0;
    for row in rdr.records() {
        let row = row.unwrap();
        total += 1;
        let (name, qid) = (&row[2], &row[4]);
        match by_qid.get(qid) {
            Some(id) => assert!(id.starts_with("loc_"), "{qid} ({name}) is {id}, not a place"),
            None => missing.push(format!("{name} {qid}")),
        }
    }
    // Antarctica's row carries the treaty area's id; the continent is listed with its own.
    assert!(missing.len() <= 1, "{} of {total} countries missing: {missing:?}", missing.len());
}
