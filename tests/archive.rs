//! Archives at scale, end to end through the real binary: every input format, compressed
//! inputs, the errors file, exit status, resume, shards and the streaming filter.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_verbatim"))
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/archive").join(name)
}

/// A fresh temporary directory for one test.
fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("verbatim-archive-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = bin();
    cmd.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn verbatim");
    let input = stdin.map(|s| s.to_vec());
    let mut sin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        if let Some(s) = input {
            let _ = sin.write_all(&s);
        }
    });
    let out = child.wait_with_output().expect("wait");
    feeder.join().unwrap();
    out
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn lines(bytes: &[u8]) -> Vec<Value> {
    String::from_utf8(bytes.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

fn ids(records: &[Value]) -> Vec<String> {
    records.iter().map(|r| r["id"].as_str().unwrap().to_string()).collect()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const SPEAKERS: [&str; 5] = ["Jean Moreau", "Aminata Diallo", "Pierre Dupont", "Claire Dubois", "Karim Benali"];
const CITIES: [&str; 4] = ["Lyon", "Marseille", "Toulouse", "Lille"];

/// A short French article of our own, numbered `i`.
fn article(i: usize) -> String {
    format!(
        "« Le projet numéro {i} avance comme prévu », a déclaré {} à {}. Le conseil votera le budget en juin.",
        SPEAKERS[i % SPEAKERS.len()],
        CITIES[i % CITIES.len()]
    )
}

/// `n` JSONL documents `d0000`…; returns the text.
fn jsonl_docs(n: usize) -> String {
    (0..n)
        .map(|i| {
            serde_json::json!({"id": format!("d{i:04}"), "text": article(i), "url": format!("https://ex.fr/{i}")})
                .to_string()
                + "\n"
        })
        .collect()
}

#[test]
fn one_malformed_jsonl_line_among_100_gives_100_records_and_1_error() {
    let dir = tmp("malformed");
    let mut text = String::new();
    for (i, line) in jsonl_docs(100).lines().enumerate() {
        if i == 50 {
            text.push_str("{\"id\": \"broken\", \"text\": \"« Une citation jamais fermée\n");
        }
        text.push_str(line);
        text.push('\n');
    }
    let input = dir.join("batch.jsonl");
    std::fs::write(&input, text).unwrap();
    let errors = dir.join("errors.jsonl");
    let out = run(&["extract", "--threads", "2", "--errors", p(&errors), p(&input)], None);
    assert_eq!(out.status.code(), Some(1), "a failed document makes the exit status 1; {}", stderr(&out));
    let records = lines(&out.stdout);
    assert_eq!(records.len(), 100);
    assert_eq!(ids(&records), (0..100).map(|i| format!("d{i:04}")).collect::<Vec<_>>());
    let errs = lines(&std::fs::read(&errors).unwrap());
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0]["source"], p(&input));
    assert_eq!(errs[0]["line"], 51);
    assert_eq!(errs[0]["id"], "broken");
    assert!(errs[0]["reason"].as_str().unwrap().starts_with("malformed JSON"), "{}", errs[0]);
    let err = stderr(&out);
    assert!(err.contains("101 documents read, 100 processed, 1 failed"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn all_good_input_exits_zero_and_read_equals_processed() {
    let out = run(&["extract", "--input-format", "jsonl", "-"], Some(jsonl_docs(20).as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(lines(&out.stdout).len(), 20);
    assert!(stderr(&out).contains("20 documents read, 20 processed, 0 failed"), "{}", stderr(&out));
}

#[test]
fn records_keep_input_order_across_threads() {
    let out = run(&["extract", "--threads", "2", "--input-format", "jsonl", "-"], Some(jsonl_docs(700).as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(ids(&lines(&out.stdout)), (0..700).map(|i| format!("d{i:04}")).collect::<Vec<_>>());
}

#[test]
fn jsonl_custom_fields_carry_the_rest_as_meta() {
    let f = fixture("depeches.jsonl");
    let out = run(&["extract", "--text-field", "body", "--id-field", "uid", p(&f)], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let r = lines(&out.stdout);
    assert_eq!(ids(&r), ["dep-001", "dep-002", "dep-003"]);
    assert_eq!(r[0]["meta"]["url"], "https://exemple.fr/politique/borne");
    assert_eq!(r[0]["meta"]["date"], "2023-03-14");
    assert_eq!(r[2]["meta"]["outlet"], "Le Quotidien d'Exemple");
    assert_eq!(r[0]["quotes"][0]["speaker"], "Élisabeth Borne");
    assert!(r[0]["meta"].get("body").is_none() && r[0]["meta"].get("uid").is_none());
}

#[test]
fn wrong_text_field_fails_every_line_but_nothing_is_dropped() {
    let f = fixture("depeches.jsonl");
    let out = run(&["extract", p(&f)], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert_eq!(err.matches("no \"text\" field").count(), 3, "{err}");
    assert!(err.contains("depeches.jsonl: line 2: document depeches:2 failed: no \"text\" field"), "{err}");
    assert!(err.contains("3 documents read, 0 processed, 3 failed"), "{err}");
}

#[test]
fn csv_rows_become_records_with_meta() {
    let out = run(&["extract", p(&fixture("articles.csv"))], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let r = lines(&out.stdout);
    assert_eq!(ids(&r), ["csv-1", "csv-2", "csv-3"]);
    assert_eq!(r[0]["meta"]["outlet"], "Le Courrier");
    assert_eq!(r[0]["quotes"][0]["speaker"], "Jean Moreau");
    assert_eq!(r[1]["quotes"][0]["text"], "un abandon pur et simple");
    assert!(r[2]["meta"].get("outlet").is_none(), "empty cells are left out");
}

fn gzip(parts: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::new();
    for part in parts {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(part).unwrap();
        out.extend(e.finish().unwrap());
    }
    out
}

fn zstd(parts: &[&[u8]]) -> Vec<u8> {
    parts
        .iter()
        .flat_map(|part| ruzstd::encoding::compress_to_vec(*part, ruzstd::encoding::CompressionLevel::Fastest))
        .collect()
}

#[test]
fn gzip_multi_member_and_zstd_multi_frame_inputs() {
    let dir = tmp("compressed");
    let docs = jsonl_docs(10);
    let cut = docs.match_indices('\n').nth(3).unwrap().0 + 1;
    let (a, b) = docs.as_bytes().split_at(cut);
    std::fs::write(dir.join("part.jsonl.gz"), gzip(&[a, b])).unwrap();
    std::fs::write(dir.join("part2.jsonl.zst"), zstd(&[a, b])).unwrap();
    let csv = std::fs::read(fixture("articles.csv")).unwrap();
    std::fs::write(dir.join("table.csv.gz"), gzip(&[&csv])).unwrap();
    let out = run(&["extract", p(&dir)], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let r = ids(&lines(&out.stdout));
    let ten: Vec<String> = (0..10).map(|i| format!("d{i:04}")).collect();
    let mut expected = ten.clone();
    expected.extend(ten);
    expected.extend(["csv-1", "csv-2", "csv-3"].map(String::from));
    assert_eq!(r, expected);
    std::fs::remove_dir_all(&dir).ok();
}

fn warc_checks(r: &[Value]) {
    assert_eq!(
        ids(r),
        [
            "urn:uuid:00000000-0000-0000-0000-000000000002",
            "urn:uuid:00000000-0000-0000-0000-000000000005",
            "urn:uuid:00000000-0000-0000-0000-000000000006"
        ]
    );
    assert_eq!(r[0]["meta"]["url"], "https://actu.example.fr/eco/mesures");
    assert_eq!(r[0]["meta"]["date"], "2024-06-01T08:00:00Z");
    assert_eq!(r[0]["meta"]["crawl_date"], "2024-06-02T10:00:00Z");
    let speakers: Vec<&str> = r[0]["quotes"].as_array().unwrap().iter().filter_map(|q| q["speaker"].as_str()).collect();
    assert!(speakers.contains(&"Bruno Le Maire"), "{speakers:?}");
    let text = r[0]["meta"]["text"].as_str().unwrap();
    assert!(!text.contains("Tous droits réservés") && !text.contains("Économie\n"), "boilerplate kept: {text}");
    // Offsets point into the extracted text.
    for q in r[0]["quotes"].as_array().unwrap() {
        let parts: Vec<&str> = q["parts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| &text[s[0].as_u64().unwrap() as usize..s[1].as_u64().unwrap() as usize])
            .collect();
        assert_eq!(parts.join(" "), q["text"].as_str().unwrap());
    }
    assert_eq!(r[1]["meta"]["url"], "https://meteo.example.fr/orages");
    assert!(r[1]["diagnostics"][0].as_str().unwrap().contains("Windows-1252"));
    assert_eq!(r[1]["quotes"][0]["speaker"], "Météo-France");
    assert_eq!(r[2]["meta"]["date"], "2024-06-06T10:00:00Z");
}

#[test]
fn warc_html_responses_become_articles_and_a_bad_record_is_reported() {
    let dir = tmp("warc");
    let errors = dir.join("errors.jsonl");
    let out = run(&["extract", "--keep-text", "--errors", p(&errors), p(&fixture("news.warc"))], None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    warc_checks(&lines(&out.stdout));
    let errs = lines(&std::fs::read(&errors).unwrap());
    assert_eq!(errs.len(), 1);
    assert!(errs[0]["offset"].as_u64().unwrap() > 0);
    assert!(errs[0]["reason"].as_str().unwrap().contains("malformed WARC header"), "{}", errs[0]);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn warc_gz_with_one_member_per_record_reads_the_same() {
    let dir = tmp("warcgz");
    let warc = std::fs::read(fixture("news.warc")).unwrap();
    // One gzip member per record, as crawlers write them.
    let mut members: Vec<&[u8]> = Vec::new();
    let mut start = 0;
    for (i, _) in warc.windows(8).enumerate().filter(|(_, w)| *w == b"WARC/1.0") {
        if i > start {
            members.push(&warc[start..i]);
            start = i;
        }
    }
    members.push(&warc[start..]);
    assert!(members.len() >= 8);
    let gz = dir.join("CC-NEWS-test.warc.gz");
    std::fs::write(&gz, gzip(&members)).unwrap();
    let errors = dir.join("errors.jsonl");
    let out = run(&["extract", "--keep-text", "--errors", p(&errors), p(&gz)], None);
    assert_eq!(out.status.code(), Some(1));
    warc_checks(&lines(&out.stdout));
    // The bad record is located in the decompressed stream and by its gzip member in the file.
    let errs = lines(&std::fs::read(&errors).unwrap());
    assert_eq!(errs.len(), 1, "{errs:?}");
    let offset = errs[0]["offset"].as_u64().unwrap() as usize;
    let member = errs[0]["member_offset"].as_u64().unwrap() as usize;
    let k = members.iter().scan(0, |at, m| Some(std::mem::replace(at, *at + m.len()))).position(|s| s == offset);
    let k = k.expect("the record starts a member");
    assert_eq!(member, gzip(&members[..k]).len(), "member {k}");
    let file = std::fs::read(&gz).unwrap();
    let mut one = flate2::read::GzDecoder::new(&file[member..]);
    let mut record = Vec::new();
    one.read_to_end(&mut record).unwrap();
    assert_eq!(record, members[k]);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn single_html_page_keeps_url_date_and_decodes_windows_1252() {
    let out = run(&["extract", "--keep-text", p(&fixture("greve_cp1252.html"))], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let r = &lines(&out.stdout)[0];
    assert_eq!(r["id"], "greve_cp1252");
    assert_eq!(r["meta"]["url"], "https://gazette.example.fr/social/greve-cgt");
    assert_eq!(r["meta"]["date"], "2024-02-12T07:30:00+01:00");
    assert_eq!(r["meta"]["outlet"], "La Gazette d'Exemple");
    let text = r["meta"]["text"].as_str().unwrap();
    assert!(text.starts_with("Grève : « Nous irons jusqu'au bout », prévient la CGT\n"), "{text}");
    assert!(!text.contains("Mentions légales") && !text.contains("À lire aussi"), "{text}");
    let who: Vec<(&str, &str)> = r["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| (q["text"].as_str().unwrap(), q["speaker"].as_str().unwrap_or("")))
        .collect();
    assert!(who.contains(&("Nous irons jusqu'au bout", "Sophie Binet")), "{who:?}");
}

#[test]
fn directory_of_txt_and_html_in_name_order() {
    let dir = tmp("dir");
    std::fs::copy(fixture("greve_cp1252.html"), dir.join("b_greve.html")).unwrap();
    std::fs::copy(fixture("ancien_latin1.txt"), dir.join("a_ancien.txt")).unwrap();
    std::fs::create_dir(dir.join("c")).unwrap();
    std::fs::copy(fixture("simple.txt"), dir.join("c/simple.txt")).unwrap();
    std::fs::write(dir.join("notes.md"), "not read").unwrap();
    let out = run(&["extract", p(&dir)], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let r = lines(&out.stdout);
    assert_eq!(ids(&r), ["a_ancien", "b_greve", "simple"]);
    assert_eq!(r[0]["quotes"][0]["text"], "Tout est prêt");
    assert!(r[0]["diagnostics"][0].as_str().unwrap().contains("Windows-1252"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn oversized_and_binary_documents_go_to_the_errors_file() {
    let dir = tmp("limits");
    std::fs::write(dir.join("a_big.txt"), article(1).repeat(100)).unwrap();
    std::fs::write(dir.join("b_image.txt"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10")
        .unwrap();
    std::fs::write(dir.join("c_ok.txt"), article(2)).unwrap();
    let errors = dir.join("errors.jsonl");
    let out = run(&["extract", "--max-doc-bytes", "2K", "--errors", p(&errors), p(&dir)], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(ids(&lines(&out.stdout)), ["c_ok"]);
    let errs = lines(&std::fs::read(&errors).unwrap());
    assert_eq!(errs.len(), 2);
    assert_eq!(errs[0]["id"], "a_big");
    assert!(errs[0]["reason"].as_str().unwrap().contains("over the 2048-byte limit"), "{}", errs[0]);
    assert_eq!(errs[1]["id"], "b_image");
    assert!(errs[1]["reason"].as_str().unwrap().contains("binary"), "{}", errs[1]);
    assert!(errs[0].get("line").is_none() && errs[0].get("offset").is_none());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn invalid_bytes_in_every_format_never_crash() {
    let dir = tmp("junk");
    let mut junk = Vec::new();
    let mut x: u32 = 12345;
    for _ in 0..20_000 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        junk.push((x >> 16) as u8);
    }
    for name in ["j.jsonl", "j.csv", "j.warc", "j.html", "j.txt", "j.jsonl.gz", "j.warc.zst"] {
        let mut bytes = junk.clone();
        if name.ends_with(".gz") {
            bytes.splice(0..0, [0x1f, 0x8b, 8, 0]);
        } else if name.ends_with(".zst") {
            bytes.splice(0..0, [0x28, 0xb5, 0x2f, 0xfd]);
        }
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    let out = run(&["extract", p(&dir)], None);
    let err = stderr(&out);
    assert!(matches!(out.status.code(), Some(0 | 1)), "exit {:?}: {err}", out.status);
    assert!(!err.contains("panicked"), "{err}");
    let summary = err.lines().find(|l| l.contains("documents read")).expect("a summary");
    let nums: Vec<u64> = summary.split(|c: char| !c.is_ascii_digit()).filter_map(|s| s.parse().ok()).collect();
    assert_eq!(nums[0], nums[1] + nums[2], "read = processed + failed: {summary}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn resume_after_limit_writes_every_record_once() {
    let dir = tmp("resume");
    let input = dir.join("docs.jsonl");
    let mut text = jsonl_docs(60);
    text.push_str("not json at all\n");
    std::fs::write(&input, text).unwrap();
    let (out_path, errors) = (dir.join("out.jsonl"), dir.join("errors.jsonl"));
    let base = ["extract", "--threads", "2", "-o", p(&out_path), "--errors", p(&errors), p(&input)];
    let first = run(&[&base[..], &["--limit", "25"]].concat(), None);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stderr(&first).contains("go on with --resume"), "{}", stderr(&first));
    let ckpt = dir.join("out.jsonl.resume");
    assert!(ckpt.exists());
    assert_eq!(lines(&std::fs::read(&out_path).unwrap()).len(), 25);
    // An interrupted write leaves half a line after the checkpoint: resume cuts it off.
    std::fs::OpenOptions::new().append(true).open(&out_path).unwrap().write_all(b"{\"id\":\"d00").unwrap();
    let second = run(&[&base[..], &["--resume"]].concat(), None);
    assert_eq!(second.status.code(), Some(1), "the bad line fails: {}", stderr(&second));
    assert!(stderr(&second).contains("61 documents read, 60 processed, 1 failed"), "{}", stderr(&second));
    let r = lines(&std::fs::read(&out_path).unwrap());
    assert_eq!(ids(&r), (0..60).map(|i| format!("d{i:04}")).collect::<Vec<_>>());
    assert_eq!(lines(&std::fs::read(&errors).unwrap()).len(), 1);
    assert!(!ckpt.exists(), "a finished run removes its checkpoint");
    // Resuming a finished run does nothing.
    let third = run(&[&base[..], &["--resume"]].concat(), None);
    assert!(third.status.success());
    assert!(stderr(&third).contains("nothing to resume"), "{}", stderr(&third));
    assert_eq!(lines(&std::fs::read(&out_path).unwrap()).len(), 60);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn resume_after_a_killed_run_duplicates_nothing() {
    let dir = tmp("killed");
    let input = dir.join("docs.jsonl");
    std::fs::write(&input, jsonl_docs(3000)).unwrap();
    let out_path = dir.join("out.jsonl");
    let args = ["extract", "--threads", "1", "-q", "-o", p(&out_path), p(&input)];
    let mut child = bin().args(args).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    // Kill it once it has written something (or let it finish: either way resume must be exact).
    for _ in 0..200 {
        if std::fs::metadata(&out_path).map(|m| m.len() > 0).unwrap_or(false) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    child.kill().ok();
    child.wait().unwrap();
    let again = run(&[&args[..], &["--resume"]].concat(), None);
    assert!(again.status.success(), "{}", stderr(&again));
    let r = lines(&std::fs::read(&out_path).unwrap());
    assert_eq!(ids(&r), (0..3000).map(|i| format!("d{i:04}")).collect::<Vec<_>>());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn csv_output_resumed_has_one_header() {
    let dir = tmp("csvresume");
    let input = dir.join("docs.jsonl");
    std::fs::write(&input, jsonl_docs(30)).unwrap();
    let out_path = dir.join("out.csv");
    let base = ["extract", "--format", "csv", "-q", "-o", p(&out_path), p(&input)];
    assert!(run(&[&base[..], &["--limit", "10"]].concat(), None).status.success());
    assert!(run(&[&base[..], &["--resume"]].concat(), None).status.success());
    let mut s = String::new();
    std::fs::File::open(&out_path).unwrap().read_to_string(&mut s).unwrap();
    assert_eq!(s.matches("doc_id,speaker").count(), 1, "{s}");
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(s.as_bytes()).records().map(|r| r.unwrap()).collect();
    assert_eq!(
        rows.iter().map(|r| r[0].to_string()).collect::<Vec<_>>(),
        (0..30).map(|i| format!("d{i:04}")).collect::<Vec<_>>()
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn resume_refuses_a_different_run() {
    let dir = tmp("refuse");
    let input = dir.join("docs.jsonl");
    std::fs::write(&input, jsonl_docs(20)).unwrap();
    let out_path = dir.join("out.jsonl");
    assert!(run(&["extract", "-q", "--limit", "5", "-o", p(&out_path), p(&input)], None).status.success());
    let other = run(&["extract", "-q", "--resume", "--shard", "1/2", "-o", p(&out_path), p(&input)], None);
    assert_eq!(other.status.code(), Some(2));
    assert!(stderr(&other).contains("other inputs or options"), "{}", stderr(&other));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn resume_refuses_a_checkpoint_of_another_build() {
    let dir = tmp("otherbuild");
    let input = dir.join("docs.jsonl");
    std::fs::write(&input, jsonl_docs(20)).unwrap();
    let out_path = dir.join("out.jsonl");
    let args = ["extract", "-q", "-o", p(&out_path), p(&input)];
    assert!(run(&[&args[..], &["--limit", "5"]].concat(), None).status.success());
    // The checkpoint as an older or newer binary would have left it: same run, other build.
    let ckpt = dir.join("out.jsonl.resume");
    let mut c: serde_json::Value = serde_json::from_slice(&std::fs::read(&ckpt).unwrap()).unwrap();
    let mut f: serde_json::Value = serde_json::from_str(c["fingerprint"].as_str().unwrap()).unwrap();
    assert!(f["build"].as_str().is_some_and(|b| b.starts_with("verbatim ")), "{f}");
    f["build"] = "verbatim 0.0.0 (another file)".into();
    c["fingerprint"] = f.to_string().into();
    std::fs::write(&ckpt, c.to_string()).unwrap();
    let other = run(&[&args[..], &["--resume"]].concat(), None);
    assert_eq!(other.status.code(), Some(2));
    assert!(stderr(&other).contains("another build of verbatim"), "{}", stderr(&other));
    assert_eq!(lines(&std::fs::read(&out_path).unwrap()).len(), 5, "the output is left as it was");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn shards_partition_the_documents() {
    let docs = jsonl_docs(50);
    let mut all = Vec::new();
    for k in 1..=3 {
        let shard = format!("{k}/3");
        let out = run(&["extract", "-q", "--shard", &shard, "--input-format", "jsonl", "-"], Some(docs.as_bytes()));
        assert!(out.status.success());
        let got = ids(&lines(&out.stdout));
        assert!(got.len() >= 16 && got.len() <= 17, "{shard}: {}", got.len());
        all.extend(got);
    }
    all.sort();
    assert_eq!(all, (0..50).map(|i| format!("d{i:04}")).collect::<Vec<_>>());
}

#[test]
fn streaming_filter_answers_before_stdin_closes() {
    // JSONL documents in on stdin, records out on stdout, one at a time: a record must come
    // back while stdin is still open (a pipe stage, not a batch that waits for the end).
    let mut child = bin()
        .args(["extract", "-q", "--input-format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut sin = child.stdin.take().unwrap();
    let mut sout = std::io::BufReader::new(child.stdout.take().unwrap());
    for i in 0..3 {
        writeln!(sin, "{}", serde_json::json!({"id": format!("s{i}"), "text": article(i)})).unwrap();
        sin.flush().unwrap();
        let mut line = String::new();
        std::io::BufRead::read_line(&mut sout, &mut line).unwrap();
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["id"], format!("s{i}"));
    }
    drop(sin);
    assert!(child.wait().unwrap().success());
}

#[test]
fn closed_stdout_ends_the_run_quietly() {
    let mut child = bin()
        .args(["extract", "--input-format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut sin = child.stdin.take().unwrap();
    let docs = jsonl_docs(3000);
    let feeder = std::thread::spawn(move || {
        let _ = sin.write_all(docs.as_bytes());
    });
    let mut sout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    sout.read_exact(&mut first).unwrap();
    drop(sout);
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("error") && !stderr(&out).contains("panicked"), "{}", stderr(&out));
}

#[test]
fn stats_flag_prints_throughput() {
    let out =
        run(&["extract", "--stats", "--threads", "1", "--input-format", "jsonl", "-"], Some(jsonl_docs(30).as_bytes()));
    assert!(out.status.success());
    let err = stderr(&out);
    let line = err.lines().find_map(|l| l.strip_prefix("verbatim: stats ")).expect("a stats line");
    let s: Value = serde_json::from_str(line).unwrap();
    assert_eq!(s["threads"], 1);
    assert_eq!(s["documents"], 30);
    assert!(s["text_mb_s"].as_f64().unwrap() > 0.0);
    assert!(s["peak_rss_mb"].as_f64().unwrap() > 0.0);
}

#[test]
fn inline_errors_and_exit_zero_for_pipelines() {
    let docs = format!("{{oops\n{}", jsonl_docs(5));
    let args = ["extract", "-q", "--errors", "-", "--input-format", "jsonl", "-"];
    let out = run(&[&args[..], &["--exit-zero"]].concat(), Some(docs.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    let r = lines(&out.stdout);
    assert_eq!(r.len(), 6);
    assert_eq!((r[0]["source"].as_str(), r[0]["line"].as_u64()), (Some("-"), Some(1)));
    assert!(r[0]["reason"].as_str().unwrap().starts_with("malformed JSON"));
    assert_eq!(ids(&r[1..]), (0..5).map(|i| format!("d{i:04}")).collect::<Vec<_>>());
    let strict = run(&args, Some(docs.as_bytes()));
    assert_eq!(strict.status.code(), Some(1));
    let csv = run(&["extract", "--format", "csv", "--errors", "-", "-"], Some(b"x"));
    assert_eq!(csv.status.code(), Some(2));
}

#[test]
fn output_to_a_device_keeps_no_checkpoint() {
    let out = run(
        &["extract", "-q", "--limit", "2", "-o", "/dev/null", "--input-format", "jsonl", "-"],
        Some(jsonl_docs(5).as_bytes()),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!Path::new("/dev/null.resume").exists());
}
