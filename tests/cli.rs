//! End-to-end tests that drive the real `verbatim` binary.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_verbatim"))
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join(name)
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = bin();
    cmd.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn verbatim");
    if let Some(s) = stdin {
        child.stdin.take().unwrap().write_all(s.as_bytes()).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("wait")
}

fn jsonl(out: &Output) -> Vec<serde_json::Value> {
    assert!(out.status.success(), "exit {:?}\nstderr: {}", out.status, String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("valid JSON line"))
        .collect()
}

#[test]
fn seed_article_who_said_what() {
    let path = fixture("fr_seed_alahed.txt");
    let out = run(&["extract", path.to_str().unwrap()], None);
    let docs = jsonl(&out);
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(d["id"], "fr_seed_alahed");
    let quotes: Vec<(String, String)> = d["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["kind"] != "term")
        .map(|q| (q["text"].as_str().unwrap().to_string(), q["speaker"].as_str().unwrap_or("").to_string()))
        .collect();
    let by = |who: &str| quotes.iter().filter(|(_, s)| s == who).count();
    assert_eq!(by("Vladimir Poutine"), 5, "{quotes:#?}");
    let partner: Vec<_> = quotes.iter().filter(|(t, _)| t == "partenaire important").collect();
    assert_eq!(partner.len(), 1, "{quotes:#?}");
    assert_eq!(partner[0].1, "Sergueï Choïgou");
    let names: Vec<(String, String)> = d["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["name"].as_str().unwrap().to_string(), e["type"].as_str().unwrap().to_string()))
        .collect();
    for (name, ty) in [
        ("Vladimir Poutine", "PER"),
        ("Kim Jong Un", "PER"),
        ("Sergueï Choïgou", "PER"),
        ("Pyongyang", "LOC"),
        ("Corée du Nord", "LOC"),
        ("Kremlin", "ORG"),
    ] {
        assert!(names.contains(&(name.to_string(), ty.to_string())), "missing {name} {ty} in {names:?}");
    }
    // Offsets slice back to what the records say.
    let text = std::fs::read_to_string(&path).unwrap();
    for q in d["quotes"].as_array().unwrap() {
        let parts: Vec<&str> = q["parts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| &text[p[0].as_u64().unwrap() as usize..p[1].as_u64().unwrap() as usize])
            .collect();
        assert_eq!(parts.join(" "), q["text"].as_str().unwrap());
    }
    for e in d["entities"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            let s = &text[m[0].as_u64().unwrap() as usize..m[1].as_u64().unwrap() as usize];
            assert!(e["surfaces"].as_array().unwrap().iter().any(|x| x == s));
        }
    }
}

#[test]
fn boilerplate_is_not_read() {
    let path = fixture("fr_seed_alahed.txt");
    let out = run(&["extract", path.to_str().unwrap()], None);
    let d = &jsonl(&out)[0];
    let names: Vec<&str> = d["entities"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
    for junk in ["Please Wait", "Comments", "AJOUTER AUX FAVORIS", "Asie access_timedepuis"] {
        assert!(!names.iter().any(|n| n.contains(junk)), "{junk} read as an entity: {names:?}");
    }
}

#[test]
fn stdin_dash_reads_one_document() {
    let out = run(&["extract", "-"], Some("« Tout est prêt », a déclaré Aminata Diallo.\n"));
    let docs = jsonl(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["quotes"][0]["speaker"], "Aminata Diallo");
}

#[test]
fn directory_is_read_recursively_in_name_order() {
    let dir = std::env::temp_dir().join(format!("verbatim-cli-{}", std::process::id()));
    let sub = dir.join("z_sub");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(dir.join("b.txt"), "« Deux », a dit Jean Moreau.").unwrap();
    std::fs::write(dir.join("a.txt"), "« Un », a dit Jean Moreau.").unwrap();
    std::fs::write(sub.join("c.txt"), "« Trois », a dit Jean Moreau.").unwrap();
    std::fs::write(dir.join("ignored.json"), "{}").unwrap();
    let out = run(&["extract", dir.to_str().unwrap()], None);
    let ids: Vec<String> = jsonl(&out).iter().map(|d| d["id"].as_str().unwrap().to_string()).collect();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(ids, ["a", "b", "c"]);
}

#[test]
fn csv_has_one_row_per_quote() {
    let out = run(&["extract", "--format", "csv", "-"], Some("« Un », a dit Jean Moreau. « Deux », a-t-il ajouté.\n"));
    assert!(out.status.success());
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = r.headers().unwrap().clone();
    assert_eq!(&headers[0], "doc_id");
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][1], "Jean Moreau");
    assert_eq!(&rows[1][4], "Deux");
}

#[test]
fn min_confidence_filters_csv_rows() {
    let text = "« Un », a dit Jean Moreau.\n« Deux. »\n";
    let all = run(&["extract", "--format", "csv", "-"], Some(text));
    let high = run(&["extract", "--format", "csv", "--min-confidence", "0.9", "-"], Some(text));
    let count = |o: &Output| csv::Reader::from_reader(o.stdout.as_slice()).records().count();
    assert_eq!(count(&all), 2);
    assert_eq!(count(&high), 1);
}

#[test]
fn output_file_flag_writes_there() {
    let path = std::env::temp_dir().join(format!("verbatim-out-{}.jsonl", std::process::id()));
    let out = run(&["extract", "-o", path.to_str().unwrap(), "-"], Some("« Un », a dit Jean Moreau."));
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&path).unwrap();
    std::fs::remove_file(&path).ok();
    assert!(written.contains("Jean Moreau"));
}

#[test]
fn extra_gazetteer_is_used_and_bad_one_names_file_and_line() {
    let dir = std::env::temp_dir().join(format!("verbatim-gaz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.tsv");
    std::fs::write(&good, "id\ttype\tname\taliases\twikidata\troles\norg_acme\tORG\tAcme Industries\tAcme\t\t\n")
        .unwrap();
    let out = run(&["extract", "--gazetteer", good.to_str().unwrap(), "-"], Some("Acme a annoncé un plan."));
    let d = &jsonl(&out)[0];
    assert_eq!(d["entities"][0]["id"], "org_acme");
    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, "id\ttype\tname\nx\tPLANET\tMars\n").unwrap();
    let out = run(&["extract", "--gazetteer", bad.to_str().unwrap(), "-"], Some("x"));
    std::fs::remove_dir_all(&dir).ok();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.tsv:2"), "{err}");
}

#[test]
fn missing_input_is_a_clear_error() {
    let out = run(&["extract", "/nonexistent/verbatim/input.txt"], None);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/verbatim/input.txt"));
}

#[test]
fn latin1_input_is_decoded_not_dropped() {
    let dir = std::env::temp_dir().join(format!("verbatim-l1-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("old.txt");
    std::fs::write(&p, b"\xab Tout est pr\xeat \xbb, a d\xe9clar\xe9 Jean Moreau.").unwrap();
    let out = run(&["extract", p.to_str().unwrap()], None);
    std::fs::remove_dir_all(&dir).ok();
    let d = &jsonl(&out)[0];
    assert_eq!(d["quotes"][0]["text"], "Tout est prêt");
    assert!(d["diagnostics"][0].as_str().unwrap().contains("Windows-1252"));
}

#[test]
fn eval_agrees_with_its_gold() {
    // A small gold set written for this test: the eval command scores it like score.py.
    let dir = std::env::temp_dir().join(format!("verbatim-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("g1.txt"), "« Nous irons jusqu'au bout », a déclaré Pierre Dupont à Paris.").unwrap();
    std::fs::write(
        dir.join("g1.gold.json"),
        r#"{"id":"g1","entities":[{"name":"Pierre Dupont","type":"PER","aliases":["Pierre Dupont"]},{"name":"Paris","type":"LOC","aliases":["Paris"]}],
           "quotes":[{"text":"Nous irons jusqu'au bout","speaker":"Pierre Dupont","cue":"a déclaré","kind":"direct"}]}"#,
    )
    .unwrap();
    let out = run(&["eval", dir.to_str().unwrap()], None);
    std::fs::remove_dir_all(&dir).ok();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{s}");
    assert!(s.contains("who_said_what    P=1.000 R=1.000 F1=1.000"), "{s}");
    assert!(s.contains("entity_ALL       P=1.000 R=1.000 F1=1.000"), "{s}");
}

#[test]
fn graph_formats_from_the_cli() {
    let path = fixture("fr_seed_alahed.txt");
    let out = run(&["extract", "-q", "--format", "nt", path.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let nt = String::from_utf8(out.stdout).unwrap();
    assert!(nt.contains("<http://schema.org/Quotation>"), "{nt}");
    assert!(nt.contains("http://www.wikidata.org/entity/Q7747"), "{nt}");
    let dir = std::env::temp_dir().join(format!("verbatim-neo4j-{}", std::process::id()));
    let out = run(&["extract", "-q", "--format", "neo4j", "-o", dir.to_str().unwrap(), path.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let quotes = std::fs::read_to_string(dir.join("quotes.csv")).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(quotes.lines().count() >= 7, "{quotes}");
    let out = run(&["extract", "--format", "neo4j", path.to_str().unwrap()], None);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o DIR"));
}

#[test]
fn lang_flag_picks_the_language() {
    let text = "“We will not back down,” said Sarah Thompson.\n";
    let auto = jsonl(&run(&["extract", "-q", "-"], Some(text)));
    assert_eq!(auto[0]["lang"], "en");
    assert_eq!(auto[0]["quotes"][0]["speaker"], "Sarah Thompson");
    let fr = jsonl(&run(&["extract", "-q", "--lang", "fr", "-"], Some(text)));
    assert_eq!(fr[0]["lang"], "fr");
    let out = run(&["extract", "--lang", "xx", "-"], Some(text));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown language"));
}
