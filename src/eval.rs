//! Eval: the metrics of `shared/eval/score.py`, with the same definitions.
//!
//! Entities are scored per document: a gold entity is found when a predicted
//! entity of the same type shares a normalized surface with its aliases. Quotes
//! match by token F1 ≥ 0.5 (≥ 0.9 for the strict lines), greedily by best score;
//! who-said-what needs the span matched and the speaker right. Gold quotes
//! marked `doubt` count neither as misses nor, when matched, as false positives.

use std::collections::{HashMap, HashSet};

use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Prf {
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f1: f64,
}

fn prf(tp: usize, npred: usize, ngold: usize) -> Prf {
    let p = if npred > 0 {
        tp as f64 / npred as f64
    } else if ngold == 0 {
        1.0
    } else {
        0.0
    };
    let r = if ngold > 0 { tp as f64 / ngold as f64 } else { 1.0 };
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    Prf { p, r, f1 }
}

/// All metrics of a run, as score.py prints them.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Metrics {
    /// Number of gold documents.
    pub docs: usize,
    /// Entity scores by type, then `ALL`.
    pub entity: Vec<(String, Prf)>,
    /// Quote-span P/R/F1 (token F1 ≥ 0.5).
    pub quote_span: Prf,
    /// Who-said-what P/R/F1.
    pub who_said_what: Prf,
    /// Quote-span with token F1 ≥ 0.9.
    pub quote_span_strict: Prf,
    /// Who-said-what with token F1 ≥ 0.9.
    pub who_said_what_strict: Prf,
    /// Gold and predicted counts.
    pub counts: Counts,
    /// Per-document misses and wrong speakers, for error analysis.
    pub per_doc: Vec<DocReport>,
}

/// Gold and predicted counts.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Counts {
    /// Gold quotes (doubts excluded).
    pub gold_quotes: usize,
    /// Predicted quotes (doubt matches excluded).
    pub pred_quotes: usize,
    /// Gold entities.
    pub gold_entities: usize,
    /// Predicted entities.
    pub pred_entities: usize,
}

/// What went wrong in one document.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DocReport {
    /// Document id.
    pub id: String,
    /// Gold quotes not found (first 60 chars).
    pub missed: Vec<String>,
    /// Predicted quotes matching no gold quote.
    pub spurious: Vec<String>,
    /// (quote, gold speaker, predicted speaker).
    pub wrong_speaker: Vec<(String, Option<String>, Option<String>)>,
    /// Gold entities not found (`TYPE name`).
    pub missed_entities: Vec<String>,
    /// Predicted entities matching no gold entity.
    pub spurious_entities: Vec<String>,
}

/// score.py's `norm`: NFKD, no combining marks, unified apostrophes and dashes, casefold,
/// collapsed spaces, outer punctuation stripped.
pub fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        match c {
            '\u{2019}' | '\u{2018}' => out.push('\''),
            '\u{2010}' | '\u{2011}' | '\u{2013}' => out.push('-'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed.trim_matches(|c: char| " .,;:!?\"'«»“”".contains(c)).to_string()
}

fn toks(s: &str) -> Vec<String> {
    norm(s).split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// Token F1 between two texts (multiset overlap).
pub fn tok_f1(a: &str, b: &str) -> f64 {
    let (ta, tb) = (toks(a), toks(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let mut ca: HashMap<&str, usize> = HashMap::new();
    for t in &ta {
        *ca.entry(t).or_default() += 1;
    }
    let mut cb: HashMap<&str, usize> = HashMap::new();
    for t in &tb {
        *cb.entry(t).or_default() += 1;
    }
    let common: usize = ca.iter().map(|(k, v)| (*v).min(*cb.get(k).unwrap_or(&0))).sum();
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / ta.len() as f64;
    let r = common as f64 / tb.len() as f64;
    2.0 * p * r / (p + r)
}

const TYPES: [&str; 3] = ["PER", "LOC", "ORG"];

fn s(v: &Value, k: &str) -> Option<String> {
    v.get(k).and_then(|x| x.as_str()).map(str::to_string)
}

fn arr<'v>(v: &'v Value, k: &str) -> &'v [Value] {
    v.get(k).and_then(|x| x.as_array()).map(|a| a.as_slice()).unwrap_or(&[])
}

/// Scores predictions (JSON objects keyed by id) against gold annotations.
pub fn score(golds: &[Value], preds: &HashMap<String, Value>) -> Metrics {
    let mut ent = [[0usize; 3]; 4];
    let (mut qt, mut wt, mut qs, mut ws) = ([0usize; 3], [0usize; 3], [0usize; 3], [0usize; 3]);
    let mut per_doc = Vec::new();
    let empty = serde_json::json!({"entities": [], "quotes": []});
    let mut golds: Vec<&Value> = golds.iter().collect();
    golds.sort_by_key(|g| s(g, "id"));
    for g in golds {
        let id = s(g, "id").unwrap_or_default();
        let p = preds.get(&id).unwrap_or(&empty);
        let mut report = DocReport {
            id: id.clone(),
            missed: vec![],
            spurious: vec![],
            wrong_speaker: vec![],
            missed_entities: vec![],
            spurious_entities: vec![],
        };
        // Entities.
        let gold_ents: Vec<&Value> =
            arr(g, "entities").iter().filter(|e| s(e, "type").is_some_and(|t| TYPES.contains(&t.as_str()))).collect();
        let pred_ents: Vec<&Value> =
            arr(p, "entities").iter().filter(|e| s(e, "type").is_some_and(|t| TYPES.contains(&t.as_str()))).collect();
        let mut used: HashSet<usize> = HashSet::new();
        for (ti, t) in TYPES.iter().enumerate() {
            let ge: Vec<&&Value> = gold_ents.iter().filter(|e| s(e, "type").as_deref() == Some(t)).collect();
            let pe: Vec<(usize, &&Value)> =
                pred_ents.iter().enumerate().filter(|(_, e)| s(e, "type").as_deref() == Some(t)).collect();
            let mut tp = 0;
            for e in &ge {
                let mut keys: HashSet<String> = arr(e, "aliases").iter().filter_map(|a| a.as_str()).map(norm).collect();
                keys.insert(norm(&s(e, "name").unwrap_or_default()));
                let mut found = false;
                for (i, pe_) in &pe {
                    if used.contains(i) {
                        continue;
                    }
                    let mut surf: HashSet<String> =
                        arr(pe_, "surfaces").iter().filter_map(|a| a.as_str()).map(norm).collect();
                    surf.insert(norm(&s(pe_, "name").unwrap_or_default()));
                    if !surf.is_disjoint(&keys) {
                        used.insert(*i);
                        tp += 1;
                        found = true;
                        break;
                    }
                }
                if !found {
                    report.missed_entities.push(format!("{t} {}", s(e, "name").unwrap_or_default()));
                }
            }
            for k in [ti, 3] {
                ent[k][0] += tp;
                ent[k][1] += pe.len();
                ent[k][2] += ge.len();
            }
        }
        for (i, e) in pred_ents.iter().enumerate() {
            if !used.contains(&i) {
                report.spurious_entities.push(format!(
                    "{} {}",
                    s(e, "type").unwrap_or_default(),
                    s(e, "name").unwrap_or_default()
                ));
            }
        }
        // Quotes.
        let mut alias_of: HashMap<String, HashSet<String>> = HashMap::new();
        for e in arr(g, "entities") {
            let mut keys: HashSet<String> = arr(e, "aliases").iter().filter_map(|a| a.as_str()).map(norm).collect();
            let n = norm(&s(e, "name").unwrap_or_default());
            keys.insert(n.clone());
            alias_of.insert(n, keys);
        }
        let gq = arr(g, "quotes");
        let pq: Vec<&Value> = arr(p, "quotes").iter().filter(|r| s(r, "kind").as_deref() != Some("term")).collect();
        for (thr, qacc, wacc, full) in [(0.5, &mut qt, &mut wt, true), (0.9, &mut qs, &mut ws, false)] {
            let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
            for (gi, q) in gq.iter().enumerate() {
                for (pi, r) in pq.iter().enumerate() {
                    let sc = tok_f1(&s(q, "text").unwrap_or_default(), &s(r, "text").unwrap_or_default());
                    if sc >= thr {
                        pairs.push((sc, gi, pi));
                    }
                }
            }
            // Python sorts tuples descending: score, then gold index, then pred index.
            pairs.sort_by(|a, b| {
                b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2))
            });
            let mut gm: HashMap<usize, usize> = HashMap::new();
            let mut pm: HashMap<usize, usize> = HashMap::new();
            for (_, gi, pi) in pairs {
                if gm.contains_key(&gi) || pm.contains_key(&pi) {
                    continue;
                }
                gm.insert(gi, pi);
                pm.insert(pi, gi);
            }
            let doubt: HashSet<usize> = gq
                .iter()
                .enumerate()
                .filter(|(_, q)| q.get("doubt").and_then(|d| d.as_bool()).unwrap_or(false))
                .map(|(i, _)| i)
                .collect();
            let ngold = gq.len() - doubt.len();
            let npred = pq.len() - pm.values().filter(|gi| doubt.contains(gi)).count();
            let qtp = gm.keys().filter(|gi| !doubt.contains(gi)).count();
            let mut who = 0;
            for (&gi, &pi) in &gm {
                if doubt.contains(&gi) {
                    continue;
                }
                let gs = s(&gq[gi], "speaker");
                let ps = s(pq[pi], "speaker").filter(|x| !x.is_empty());
                let ok = match &gs {
                    None => ps.is_none(),
                    Some(g) if g.starts_with('?') => {
                        let (a, b) = (norm(&g[1..]), ps.as_deref().map(norm).unwrap_or_default());
                        ps.is_some() && (a.contains(&b) || b.contains(&a))
                    }
                    Some(g) => {
                        let n = norm(g);
                        let keys = alias_of.get(&n).cloned().unwrap_or_else(|| HashSet::from([n]));
                        ps.as_deref().is_some_and(|x| keys.contains(&norm(x)))
                    }
                };
                if ok {
                    who += 1;
                } else if full {
                    let t: String = s(&gq[gi], "text").unwrap_or_default().chars().take(50).collect();
                    report.wrong_speaker.push((t, gs.clone(), ps.clone()));
                }
            }
            for (j, v) in [qtp, npred, ngold].into_iter().enumerate() {
                qacc[j] += v;
            }
            for (j, v) in [who, npred, ngold].into_iter().enumerate() {
                wacc[j] += v;
            }
            if full {
                report.missed = (0..gq.len())
                    .filter(|i| !gm.contains_key(i) && !doubt.contains(i))
                    .map(|i| s(&gq[i], "text").unwrap_or_default().chars().take(60).collect())
                    .collect();
                report.spurious = (0..pq.len())
                    .filter(|i| !pm.contains_key(i))
                    .map(|i| s(pq[i], "text").unwrap_or_default().chars().take(60).collect())
                    .collect();
            }
        }
        per_doc.push(report);
    }
    let mut entity: Vec<(String, Prf)> =
        TYPES.iter().enumerate().map(|(i, t)| (t.to_string(), prf(ent[i][0], ent[i][1], ent[i][2]))).collect();
    entity.push(("ALL".to_string(), prf(ent[3][0], ent[3][1], ent[3][2])));
    Metrics {
        docs: per_doc.len(),
        entity,
        quote_span: prf(qt[0], qt[1], qt[2]),
        who_said_what: prf(wt[0], wt[1], wt[2]),
        quote_span_strict: prf(qs[0], qs[1], qs[2]),
        who_said_what_strict: prf(ws[0], ws[1], ws[2]),
        counts: Counts { gold_quotes: qt[2], pred_quotes: qt[1], gold_entities: ent[3][2], pred_entities: ent[3][1] },
        per_doc,
    }
}

impl Metrics {
    /// The report in score.py's layout.
    pub fn render(&self) -> String {
        let mut out = format!("{:16} {}\n", "docs", self.docs);
        let line = |name: &str, v: &Prf| format!("{name:16} P={:.3} R={:.3} F1={:.3}\n", v.p, v.r, v.f1);
        for (t, v) in &self.entity {
            out.push_str(&line(&format!("entity_{t}"), v));
        }
        out.push_str(&line("quote_span", &self.quote_span));
        out.push_str(&line("who_said_what", &self.who_said_what));
        let c = &self.counts;
        out.push_str(&format!(
            "{:16} {{'gold_quotes': {}, 'pred_quotes': {}, 'gold_entities': {}, 'pred_entities': {}}}\n",
            "counts", c.gold_quotes, c.pred_quotes, c.gold_entities, c.pred_entities
        ));
        out.push_str(&line("quote_span_strict", &self.quote_span_strict));
        out.push_str(&line("who_said_what_strict", &self.who_said_what_strict));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_matches_scorer() {
        assert_eq!(norm("  «L’Élysée»  "), "l'elysee");
        assert_eq!(norm("Corée\u{a0}du  Nord."), "coree du nord");
    }

    #[test]
    fn tok_f1_is_multiset_overlap() {
        assert!((tok_f1("a b c", "a b d") - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(tok_f1("", "a"), 0.0);
    }
}
