fn main() {
    let fr = verbatim::Language::french().unwrap();
    let words: Vec<String> = "le la les de des du et est un une que qui dans pour en au aux avec sur par plus pas ne se sa son ses ce cette il elle ils nous vous président ministre gouvernement selon".split(' ').map(String::from).collect();
    let n = 2_000_000;
    let t = std::time::Instant::now();
    let mut hits = 0u64;
    for i in 0..n {
        hits += u64::from(fr.lex(&words[i % words.len()]) != 0);
    }
    let d = t.elapsed();
    println!("lexicon: {:.1} ns/lookup ({hits})", d.as_nanos() as f64 / n as f64);
    let t = std::time::Instant::now();
    let mut hits = 0u64;
    for i in 0..n {
        hits += u64::from(fr.words.contains_key(words[i % words.len()].as_str()));
    }
    let d = t.elapsed();
    println!("string map: {:.1} ns/lookup ({hits})", d.as_nanos() as f64 / n as f64);
    let text: String = std::fs::read_to_string("/work/main/tests/fr_seed_alahed.txt").unwrap();
    let t = std::time::Instant::now();
    let mut c = 0usize;
    for _ in 0..2000 {
        verbatim::lang::for_first_words(&text, 150, |k| c += usize::from(fr.lex(k) != 0));
    }
    println!("for_first_words: {:.1} us/doc ({c})", t.elapsed().as_micros() as f64 / 2000.0);
}
