//! Extracts every `.txt` of a directory with French and English, each document read in its own
//! language (a check for language choice; the CLI's `--lang auto` does the same).
fn main() {
    let dir = std::env::args().nth(1).expect("usage: extract_auto DIR");
    let gaz = verbatim::gazetteer::Gazetteer::embedded_default().unwrap().compile().unwrap();
    let langs = vec![verbatim::Language::french().unwrap(), verbatim::Language::english().unwrap()];
    let ex = verbatim::Extractor::with_languages(langs, gaz).unwrap();
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths.into_iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let id = p.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&p).unwrap();
        let rec = ex.extract(&verbatim::Document::new(id, text));
        println!("{}", serde_json::to_string(&rec).unwrap());
    }
}
