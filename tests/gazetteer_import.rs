//! Gazetteer import (Wikidata JSON dump, GeoNames tables) and compiled gazetteers, on small
//! fixtures in the real formats (`tests/fixtures/wikidata/`, `tests/fixtures/geonames/`), through
//! the library and through the `verbatim gazetteer` commands.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use verbatim::gazetteer::import::{
    import_wikidata, GeoNames, GeoNamesOptions, ImportStats, TsvWriter, WikidataOptions,
};
use verbatim::gazetteer::{EntityType, Entry, Gazetteer};
use verbatim::lang::Gender;

fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel)
}

fn read(rel: &str) -> Vec<u8> {
    std::fs::read(fixture(rel)).unwrap()
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("verbatim-gaz-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Parses imported TSV back through the gazetteer reader (which checks the format).
fn parse(tsv: &[u8]) -> Gazetteer {
    let mut g = Gazetteer::new();
    g.add_tsv(std::str::from_utf8(tsv).unwrap(), "imported.tsv").unwrap();
    g
}

fn entry<'a>(g: &'a Gazetteer, id: &str) -> &'a Entry {
    g.entries().iter().find(|e| e.id == id).unwrap_or_else(|| panic!("no entry {id}"))
}

fn wikidata(opts: &WikidataOptions, geo: Option<&mut GeoNames>) -> (Gazetteer, ImportStats) {
    let dump = read("wikidata/mini-dump.json");
    let mut w = TsvWriter::new(Vec::new()).unwrap();
    let stats = import_wikidata(&dump[..], "mini-dump.json", opts, geo, &mut w).unwrap();
    (parse(&w.finish().unwrap()), stats)
}

fn geonames() -> GeoNames {
    let mut g = GeoNames::new(GeoNamesOptions::new(&["fr", "en"]));
    g.read_places(&read("geonames/cities-mini.txt")[..], "cities-mini.txt").unwrap();
    g.read_places(&read("geonames/allCountries-mini.txt")[..], "allCountries-mini.txt").unwrap();
    g.read_alternate_names(&read("geonames/alternateNamesV2-mini.txt")[..], "alternateNamesV2-mini.txt").unwrap();
    g
}

#[test]
fn wikidata_keeps_humans_places_and_organizations() {
    let (g, stats) = wikidata(&WikidataOptions::new(&["fr", "en"]), None);
    let ids: Vec<&str> = g.entries().iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["wd_Q90", "wd_Q7747", "wd_Q1065", "wd_Q7186", "wd_Q142", "wd_Q64", "wd_Q84"]);
    assert_eq!(entry(&g, "wd_Q90").etype, EntityType::Loc);
    assert_eq!(entry(&g, "wd_Q1065").etype, EntityType::Org);
    // P31 given by numeric id only (older dumps).
    assert_eq!(entry(&g, "wd_Q142").etype, EntityType::Loc);
    assert_eq!(entry(&g, "wd_Q7747").wikidata.as_deref(), Some("Q7747"));
    assert_eq!(stats.kept, 7);
}

#[test]
fn wikidata_names_follow_the_language_order() {
    let (g, _) = wikidata(&WikidataOptions::new(&["fr", "en"]), None);
    let putin = entry(&g, "wd_Q7747");
    assert_eq!(putin.name, "Vladimir Poutine");
    assert_eq!(putin.aliases, ["Poutine", "V. Poutine", "Vladimir Putin", "Putin"]);
    assert_eq!((putin.etype, putin.gender), (EntityType::Per, Gender::M));
    assert_eq!(entry(&g, "wd_Q7186").gender, Gender::F);
    // No French label: the English one.
    assert_eq!(entry(&g, "wd_Q64").name, "Berlin");
    // English first.
    let (g, _) = wikidata(&WikidataOptions::new(&["en", "fr"]), None);
    assert_eq!(entry(&g, "wd_Q7747").name, "Vladimir Putin");
    assert_eq!(entry(&g, "wd_Q84").name, "London");
}

#[test]
fn wikidata_lowercase_aliases_only_on_request() {
    let (g, _) = wikidata(&WikidataOptions::new(&["fr", "en"]), None);
    assert_eq!(entry(&g, "wd_Q90").aliases, ["Ville Lumière", "City of Light"]);
    let mut opts = WikidataOptions::new(&["fr", "en"]);
    opts.keep_lowercase_aliases = true;
    let (g, _) = wikidata(&opts, None);
    assert_eq!(entry(&g, "wd_Q90").aliases, ["Ville Lumière", "la capitale", "City of Light"]);
}

#[test]
fn wikidata_skips_deprecated_classes_unknown_classes_and_few_sitelinks() {
    let mut opts = WikidataOptions::new(&["fr", "en"]);
    opts.min_sitelinks = 2;
    let (g, _) = wikidata(&opts, None);
    let ids: Vec<&str> = g.entries().iter().map(|e| e.id.as_str()).collect();
    // Marie Curie has one site link in the fixture; the sandbox's P31 is deprecated; cat is a taxon.
    assert!(!ids.contains(&"wd_Q7186") && !ids.contains(&"wd_Q4115189") && !ids.contains(&"wd_Q146"), "{ids:?}");
    assert!(ids.contains(&"wd_Q90"));
}

#[test]
fn wikidata_truncated_line_is_reported_not_fatal() {
    let (_, stats) = wikidata(&WikidataOptions::new(&["fr"]), None);
    assert_eq!(stats.error_count, 1);
    let msg = stats.errors[0].to_string();
    assert!(msg.starts_with("mini-dump.json:line 8: malformed entity"), "{msg}");
    assert_eq!(stats.records, 11);
}

#[test]
fn wikidata_with_nothing_readable_is_an_error() {
    let mut w = TsvWriter::new(Vec::new()).unwrap();
    let err =
        import_wikidata(&b"[\n{\"id\": \n{oops},\n]\n"[..], "junk.json", &WikidataOptions::new(&["fr"]), None, &mut w)
            .unwrap_err()
            .to_string();
    assert!(err.starts_with("junk.json:line 2"), "{err}");
}

#[test]
fn geonames_places_take_names_in_the_chosen_languages() {
    let mut geo = geonames();
    let mut w = TsvWriter::new(Vec::new()).unwrap();
    geo.write(&mut w).unwrap();
    let g = parse(&w.finish().unwrap());
    let london = entry(&g, "gn_2643743");
    assert_eq!((london.name.as_str(), london.wikidata.as_deref()), ("Londres", Some("Q84")));
    assert_eq!(london.aliases, ["London"]);
    // Colloquial (Paname) and historic (Lutèce) names are left out; the name is not repeated.
    let paris = entry(&g, "gn_2988507");
    assert_eq!((paris.name.as_str(), paris.aliases.len()), ("Paris", 0));
    assert_eq!(entry(&g, "gn_3017382").aliases, ["République française"]);
    // Class H (a river) is not kept by default; nor is a row that cannot be read.
    assert_eq!(g.entries().len(), 6);
    assert!(g.entries().iter().all(|e| e.etype == EntityType::Loc));
}

#[test]
fn geonames_bad_rows_are_reported_and_filters_apply() {
    let mut geo = GeoNames::new(GeoNamesOptions { min_population: 1000, ..GeoNamesOptions::new(&["fr"]) });
    let s = geo.read_places(&read("geonames/cities-mini.txt")[..], "cities-mini.txt").unwrap();
    assert_eq!((s.records, s.kept, s.error_count), (5, 4, 1));
    assert!(s.errors[0].to_string().starts_with("cities-mini.txt:line 6: expected 19"), "{}", s.errors[0]);
    let s = geo.read_alternate_names(&read("geonames/alternateNamesV2-mini.txt")[..], "alt.txt").unwrap();
    assert_eq!(s.error_count, 1);
    assert!(s.errors[0].to_string().contains("not-a-qid"), "{}", s.errors[0]);
}

#[test]
fn wikidata_and_geonames_merge_on_the_wikidata_id() {
    let mut geo = geonames();
    let dump = read("wikidata/mini-dump.json");
    let mut w = TsvWriter::new(Vec::new()).unwrap();
    import_wikidata(&dump[..], "d.json", &WikidataOptions::new(&["fr", "en"]), Some(&mut geo), &mut w).unwrap();
    geo.write(&mut w).unwrap();
    let g = parse(&w.finish().unwrap());
    let ids: Vec<&str> = g.entries().iter().map(|e| e.id.as_str()).collect();
    // Paris, London and France come from Wikidata once; Moscow and Lyon only from GeoNames.
    assert_eq!(
        ids,
        [
            "wd_Q90",
            "wd_Q7747",
            "wd_Q1065",
            "wd_Q7186",
            "wd_Q142",
            "wd_Q64",
            "wd_Q84",
            "gn_524901",
            "gn_2996944",
            "gn_9999001"
        ]
    );
    assert_eq!(entry(&g, "gn_524901").wikidata.as_deref(), Some("Q649"));
}

// ---------------------------------------------------------------- the commands

fn verbatim(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_verbatim")).args(args).output().expect("run verbatim")
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn entity_ids(out: &Output) -> Vec<String> {
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut ids: Vec<String> =
        v["entities"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap().to_string()).collect();
    ids.sort();
    ids
}

const ARTICLE: &str = "À Londres, Marie Skłodowska-Curie a été saluée ; la Ville Lumière attend Vladimir Putin.\n";

#[test]
fn command_imports_compressed_dumps_then_compiles_and_extracts() {
    let d = scratch("cmd");
    // The dump gzip-compressed and the table bzip2-compressed, as they are downloaded.
    let gz = d.join("latest-all.json.gz");
    let mut enc = flate2::write::GzEncoder::new(std::fs::File::create(&gz).unwrap(), flate2::Compression::fast());
    enc.write_all(&read("wikidata/mini-dump.json")).unwrap();
    enc.finish().unwrap();
    let bz = d.join("cities15000.txt.bz2");
    let mut enc = bzip2::write::BzEncoder::new(std::fs::File::create(&bz).unwrap(), bzip2::Compression::fast());
    enc.write_all(&read("geonames/cities-mini.txt")).unwrap();
    enc.finish().unwrap();
    let alt = fixture("geonames/alternateNamesV2-mini.txt");
    let tsv = d.join("wd.tsv");
    let out = verbatim(&[
        "gazetteer",
        "import",
        "--wikidata",
        p(&gz),
        "--geonames",
        p(&bz),
        "--alternate-names",
        p(&alt),
        "--langs",
        "fr,en",
        "-o",
        p(&tsv),
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    // Malformed lines (the truncated entity, a broken row, a bad wkdt value) are reported: exit 1.
    assert_eq!(out.status.code(), Some(1), "stderr: {err}");
    assert!(err.contains("latest-all.json.gz:line 8: malformed entity"), "stderr: {err}");
    let g = parse(&std::fs::read(&tsv).unwrap());
    assert_eq!(entry(&g, "wd_Q84").aliases, ["London", "London, UK"]);

    let vgaz = d.join("wd.vgaz");
    let out = verbatim(&["gazetteer", "compile", p(&tsv), "-o", p(&vgaz)]);
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));

    let doc = d.join("article.txt");
    std::fs::write(&doc, ARTICLE).unwrap();
    let from_tsv = entity_ids(&verbatim(&["extract", "--gazetteer", p(&tsv), p(&doc)]));
    let from_compiled = entity_ids(&verbatim(&["extract", "--gazetteer", p(&vgaz), p(&doc)]));
    // A TSV joins the default list as it is: its Marie Curie is a second entry.
    assert!(from_tsv.contains(&"wd_Q7186".to_string()), "{from_tsv:?}");
    // A compiled layer resolves Wikidata ids of the default list to its entries: the imported
    // alias (Skłodowska-Curie) finds the default entry.
    for id in ["loc_londres", "loc_paris", "per_marie_curie", "per_vladimir_poutine"] {
        assert!(from_compiled.contains(&id.to_string()), "{id} missing from {from_compiled:?}");
    }
    assert!(!from_compiled.iter().any(|i| i.starts_with("wd_")), "{from_compiled:?}");
    let only = entity_ids(&verbatim(&["extract", "--no-default-gazetteer", "--gazetteer", p(&vgaz), p(&doc)]));
    for id in ["wd_Q84", "wd_Q7186", "wd_Q90", "wd_Q7747"] {
        assert!(only.contains(&id.to_string()), "{id} missing from {only:?}");
    }
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn command_reports_a_corrupt_compiled_gazetteer() {
    let d = scratch("corrupt");
    let tsv = d.join("g.tsv");
    std::fs::write(&tsv, "id\ttype\tname\taliases\nloc_x\tLOC\tXanadu\t\n").unwrap();
    let vgaz = d.join("g.vgaz");
    assert!(verbatim(&["gazetteer", "compile", p(&tsv), "-o", p(&vgaz)]).status.success());
    let mut bytes = std::fs::read(&vgaz).unwrap();
    bytes.truncate(bytes.len() - 3);
    std::fs::write(&vgaz, &bytes).unwrap();
    let doc = d.join("a.txt");
    std::fs::write(&doc, "Xanadu.\n").unwrap();
    let out = verbatim(&["extract", "--gazetteer", p(&vgaz), p(&doc)]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert!(err.contains("g.vgaz") && err.contains("truncated"), "stderr: {err}");
    let _ = std::fs::remove_dir_all(&d);
}
