//! Prints the tokens, sentences and entities of stdin (a debugging aid for rule writers).
use std::io::Read;

use verbatim::{gazetteer::Gazetteer, Language};

fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).unwrap();
    let lang = Language::french().unwrap();
    let gaz = Gazetteer::embedded_default().unwrap().compile().unwrap();
    let lines = verbatim::clean::clean(&text, &lang);
    let seg = verbatim::segment::segment(&text, &lines, &lang);
    for (i, t) in seg.tokens.iter().enumerate() {
        println!("{i:4} s{} p{} {:?} {:?} upper={}", t.sent, t.para, t.kind, &text[t.start..t.end], t.upper);
    }
    let ents = verbatim::entities::find_entities(&text, &seg, &gaz, &lang);
    for e in &ents.list {
        let m: Vec<&str> = e.mentions.iter().map(|m| &text[m.start..m.end]).collect();
        println!("{:?} {} {:?}", e.etype, e.id, m);
    }
}
