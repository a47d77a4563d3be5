//! `verbatim::eval` gives the same figures as ../shared/eval/score.py on a small gold set
//! written for this test (skipped when the scorer or python3 is absent).

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

const GOLD: &[(&str, &str)] = &[
    (
        "d1",
        r#"{"id":"d1","entities":[
        {"name":"Jean Moreau","type":"PER","aliases":["Jean Moreau","Moreau"]},
        {"name":"Lyon","type":"LOC","aliases":["Lyon"]},
        {"name":"CGT","type":"ORG","aliases":["CGT"]}],
      "quotes":[
        {"text":"Nous irons jusqu'au bout","speaker":"Jean Moreau","kind":"direct"},
        {"text":"grève illimitée","speaker":"CGT","kind":"partial"},
        {"text":"Titre","speaker":null,"kind":"partial","doubt":true}]}"#,
    ),
    (
        "d2",
        r#"{"id":"d2","entities":[
        {"name":"Claire Fontaine","type":"PER","aliases":["Claire Fontaine"]},
        {"name":"Élysée","type":"ORG","aliases":["Élysée"]}],
      "quotes":[
        {"text":"Rien n'est décidé à ce stade","speaker":"?un haut diplomate","kind":"direct"},
        {"text":"C’est une erreur","speaker":"Claire Fontaine","kind":"direct"},
        {"text":"antisystème","speaker":null,"kind":"partial"}]}"#,
    ),
];

const PRED: &str = r#"{"id":"d1","entities":[{"name":"Moreau","type":"PER","surfaces":["Moreau"]},{"name":"Lyon","type":"ORG","surfaces":["Lyon"]},{"name":"CGT","type":"ORG","surfaces":["CGT"]},{"name":"Paris","type":"LOC","surfaces":["Paris"]}],"quotes":[{"text":"Nous irons jusqu'au bout !","speaker":"Moreau","kind":"direct"},{"text":"grève","speaker":"CGT","kind":"partial"},{"text":"Titre","speaker":"X","kind":"partial"},{"text":"smart","speaker":null,"kind":"term"}]}
{"id":"d2","entities":[{"name":"Claire Fontaine","type":"PER","surfaces":["Claire Fontaine"]},{"name":"Elysee","type":"ORG","surfaces":["Elysee"]}],"quotes":[{"text":"Rien n’est décidé à ce stade","speaker":"un haut diplomate occidental","kind":"direct"},{"text":"C'est une erreur.","speaker":"Jean Moreau","kind":"direct"},{"text":"antisystème","speaker":"","kind":"partial"},{"text":"Personne","speaker":null,"kind":"partial"}]}
"#;

#[test]
fn eval_matches_score_py() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let scorer = root.join("../shared/eval/score.py");
    if !scorer.exists() || Command::new("python3").arg("--version").output().is_err() {
        eprintln!("score.py or python3 not found: skipping");
        return;
    }
    let dir = std::env::temp_dir().join(format!("verbatim-agree-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut golds = Vec::new();
    for (id, g) in GOLD {
        std::fs::write(dir.join(format!("{id}.gold.json")), g).unwrap();
        golds.push(serde_json::from_str::<serde_json::Value>(g).unwrap());
    }
    let pred_path = dir.join("pred.jsonl");
    std::fs::write(&pred_path, PRED).unwrap();
    let out = Command::new("python3").arg(&scorer).arg(&dir).arg(&pred_path).arg("--json").output().unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let py: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();

    let preds: HashMap<String, serde_json::Value> = PRED
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|v| (v["id"].as_str().unwrap().to_string(), v))
        .collect();
    let m = verbatim::eval::score(&golds, &preds);
    let close = |key: &str, v: &verbatim::eval::Prf| {
        let p = &py[key];
        for (i, x) in [v.p, v.r, v.f1].iter().enumerate() {
            assert!((p[i].as_f64().unwrap() - x).abs() < 1e-9, "{key}[{i}]: python {} rust {x}", p[i]);
        }
    };
    for (t, v) in &m.entity {
        close(&format!("entity_{t}"), v);
    }
    close("quote_span", &m.quote_span);
    close("who_said_what", &m.who_said_what);
    close("quote_span_strict", &m.quote_span_strict);
    close("who_said_what_strict", &m.who_said_what_strict);
    assert_eq!(py["counts"]["gold_quotes"].as_u64().unwrap() as usize, m.counts.gold_quotes);
    assert_eq!(py["counts"]["pred_quotes"].as_u64().unwrap() as usize, m.counts.pred_quotes);
}
