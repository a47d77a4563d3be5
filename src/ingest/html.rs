//! HTML pages to article text: the encoding is found (HTTP charset, `<meta charset>`, else
//! detection), the main content is kept and the boilerplate (menus, footers, sidebars) removed
//! by dom_smoothie (a port of Mozilla's Readability), one paragraph per line, headline first.
//! The page's canonical URL, publication date, title and site name are kept as metadata.
//!
//! Built without the `html` feature (on by default), pages are read by stripping their tags:
//! no Readability, no boilerplate removal, no page metadata — and the page says so in its notes.

#[cfg(feature = "html")]
use dom_smoothie::{Config, Readability, TextMode};

use super::{encoding, Encoding, Meta};

/// The article of an HTML page.
#[derive(Debug, Clone)]
pub struct Page {
    /// The headline (when there is one) and the article's paragraphs, one per line.
    pub text: String,
    /// The headline.
    pub title: Option<String>,
    /// The publication date the page declares (`article:published_time`, JSON-LD…).
    pub published: Option<String>,
    /// The site's name (`og:site_name`…).
    pub site_name: Option<String>,
    /// The page's language.
    pub lang: Option<String>,
    /// The canonical URL the page declares (`<link rel=canonical>`, `og:url`).
    pub canonical_url: Option<String>,
    /// How the bytes were decoded.
    pub encoding: Encoding,
    /// Notes on how the text was obtained (e.g. tags stripped from a page too deeply nested).
    pub notes: Vec<String>,
}

impl Page {
    /// Adds `title`, `date` (the publication date, else the crawl date already there),
    /// `outlet`, `lang` and `url` (when not already known) to `meta`.
    pub fn fill_meta(&self, meta: &mut Meta) {
        let mut put = |k: &str, v: &Option<String>, overwrite: bool| {
            if let Some(v) = v.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
                if overwrite || !meta.contains_key(k) {
                    meta.insert(k.to_string(), v.into());
                }
            }
        };
        put("url", &self.canonical_url, false);
        put("title", &self.title, false);
        put("date", &self.published, true);
        put("outlet", &self.site_name, false);
        put("lang", &self.lang, false);
        if !meta.contains_key("date") {
            if let Some(d) = meta.get("crawl_date").cloned() {
                meta.insert("date".into(), d);
            }
        }
    }
}

/// Extracts the article of an HTML page from its bytes. `url` (absolute) and `charset` (an HTTP
/// header's) help when known. An error names why no text could be found.
pub fn extract(bytes: &[u8], url: Option<&str>, charset: Option<&str>) -> Result<Page, String> {
    let declared = charset.map(str::to_string).or_else(|| encoding::charset_of_html(bytes));
    let tld = url.and_then(|u| u.split_once("://")).and_then(|(_, r)| r.split(['/', ':', '?']).next());
    let tld = tld.and_then(|h| h.rsplit('.').next()).map(str::as_bytes);
    let (html, enc) = encoding::decode_with(bytes, declared.as_deref(), tld);
    let (elements, depth) = shape(&html);
    if !cfg!(feature = "html") {
        return stripped(&html, enc, "built without the `html` feature: tags stripped, boilerplate kept".into());
    }
    if depth > MAX_DEPTH || elements > MAX_ELEMENTS {
        // Readability's tree walks are recursive and quadratic in the depth: a pathological page
        // would overflow the stack or take minutes. Its text is taken by stripping the tags.
        let why = format!("HTML of {elements} elements nested {depth} deep: tags stripped, boilerplate kept");
        return stripped(&html, enc, why);
    }
    readability(&html, url, enc)
}

/// A page read by stripping its tags, with a note saying why.
fn stripped(html: &str, enc: Encoding, why: String) -> Result<Page, String> {
    let text = tidy(&strip_tags(html));
    if text.is_empty() {
        return Err("no text in the HTML page".into());
    }
    Ok(Page {
        text,
        title: None,
        published: None,
        site_name: None,
        lang: None,
        canonical_url: None,
        encoding: enc,
        notes: vec![why],
    })
}

#[cfg(not(feature = "html"))]
fn readability(html: &str, _url: Option<&str>, enc: Encoding) -> Result<Page, String> {
    stripped(html, enc, "built without the `html` feature: tags stripped, boilerplate kept".into())
}

/// The article of a page by Readability (dom_smoothie), with the page's metadata.
#[cfg(feature = "html")]
fn readability(html: &str, url: Option<&str>, enc: Encoding) -> Result<Page, String> {
    let doc = dom_query::Document::from(html);
    let attr =
        |sel: &str, name: &str| doc.select(sel).attr(name).map(|v| v.to_string()).filter(|v| !v.trim().is_empty());
    let canonical_url = attr("link[rel=canonical]", "href").or_else(|| attr("meta[property='og:url']", "content"));
    let cfg = Config { text_mode: TextMode::Formatted, ..Config::default() };
    let abs = |u: &str| u.starts_with("http://") || u.starts_with("https://");
    let base = url.filter(|u| abs(u)).or(canonical_url.as_deref().filter(|u| abs(u)));
    let mut r = Readability::with_document(doc.clone(), base, Some(cfg.clone()))
        .or_else(|_| Readability::with_document(doc, None, Some(cfg)))
        .map_err(|e| format!("HTML: {e}"))?;
    let article = r.parse().map_err(|e| format!("no article text in the HTML page ({e})"))?;
    let body = tidy(&article.text_content);
    let title = Some(article.title.trim().to_string()).filter(|t| !t.is_empty());
    let mut text = String::with_capacity(body.len() + 128);
    if let Some(t) = &title {
        if !body.starts_with(t.as_str()) {
            text.push_str(t);
            text.push('\n');
        }
    }
    text.push_str(&body);
    if text.trim().is_empty() {
        return Err("no article text in the HTML page".into());
    }
    Ok(Page {
        text,
        title,
        published: article.published_time.clone(),
        site_name: article.site_name.clone(),
        lang: article.lang.clone(),
        canonical_url,
        encoding: enc,
        notes: Vec::new(),
    })
}

/// Pages nested deeper than this (estimated) are not given to Readability.
const MAX_DEPTH: usize = 1000;
/// Nor pages with more elements than this.
const MAX_ELEMENTS: usize = 200_000;

/// Elements whose end tag is optional or absent: they do not nest.
const NO_NESTING: [&str; 24] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p",
    "li", "td", "th", "tr", "option", "dt", "dd", "tbody", "thead",
];

/// The name of the tag starting at `rest` (after `<` or `</`), lowercased.
fn tag_name(rest: &[u8]) -> String {
    let end = rest.iter().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(rest.len());
    String::from_utf8_lossy(&rest[..end]).to_ascii_lowercase()
}

/// Where the raw text of a `<script>` or `<style>` element starting at `i` ends.
fn skip_raw(b: &[u8], i: usize, name: &str) -> usize {
    let close = format!("</{name}");
    let lower: Vec<u8> = b[i..].iter().map(|c| c.to_ascii_lowercase()).collect();
    memchr::memmem::find(&lower, close.as_bytes()).map(|k| i + k).unwrap_or(b.len())
}

/// A quick estimate of a page's element count and nesting depth, without building a tree.
fn shape(html: &str) -> (usize, usize) {
    let b = html.as_bytes();
    let (mut elements, mut depth, mut max) = (0usize, 0usize, 0usize);
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'<', &b[i.min(b.len())..]) {
        let at = i + k + 1;
        i = at;
        match b.get(at) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name = tag_name(&b[at..]);
                elements += 1;
                let end = memchr::memchr(b'>', &b[at..]).map(|e| at + e).unwrap_or(b.len());
                let self_closing = end > 0 && b.get(end - 1) == Some(&b'/');
                if name == "script" || name == "style" {
                    i = skip_raw(b, end, &name);
                } else if !self_closing && !NO_NESTING.contains(&name.as_str()) {
                    depth += 1;
                    max = max.max(depth);
                }
            }
            _ => {}
        }
    }
    (elements, max)
}

/// The text of a page with its tags stripped: block elements end lines, scripts and styles
/// are dropped, the common entities decoded.
fn strip_tags(html: &str) -> String {
    const BLOCKS: [&str; 18] = [
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "article",
        "section",
        "header",
        "footer",
        "blockquote",
        "title",
        "td",
    ];
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut i = 0;
    while i < b.len() {
        let Some(k) = memchr::memchr(b'<', &b[i..]) else {
            out.push_str(&decode_entities(&html[i..]));
            break;
        };
        out.push_str(&decode_entities(&html[i..i + k]));
        let at = i + k + 1;
        let closing = b.get(at) == Some(&b'/');
        let name = tag_name(&b[at + closing as usize..]);
        let end = memchr::memchr(b'>', &b[at..]).map(|e| at + e + 1).unwrap_or(b.len());
        i = end;
        if !closing && (name == "script" || name == "style") {
            let stop = skip_raw(b, end, &name);
            i = memchr::memchr(b'>', &b[stop..]).map(|e| stop + e + 1).unwrap_or(b.len());
        }
        if BLOCKS.contains(&name.as_str()) {
            out.push('\n');
        }
    }
    out
}

/// Decodes `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`, `&laquo;`, `&raquo;` and numeric references.
fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('&') {
        out.push_str(&rest[..k]);
        rest = &rest[k..];
        let end = rest[..rest.len().min(12)].find(';');
        let ch = end.and_then(|e| match &rest[1..e] {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            "laquo" => Some('«'),
            "raquo" => Some('»'),
            n if n.starts_with("#x") || n.starts_with("#X") => {
                u32::from_str_radix(&n[2..], 16).ok().and_then(char::from_u32)
            }
            n if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        });
        match (ch, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}

/// One paragraph per line: lines trimmed, blank lines dropped.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="fr"><head><meta charset="windows-1252">
<title>Le ministre : « Rien ne nous arrêtera »</title>
<link rel="canonical" href="https://journal.example.fr/politique/reforme">
<meta property="og:site_name" content="Le Journal">
<meta property="article:published_time" content="2024-03-01T10:00:00+01:00"></head>
<body><nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li></ul></nav>
<article><h1>Le ministre : « Rien ne nous arrêtera »</h1>
<p>« Nous irons jusqu'au bout », a déclaré Pierre Dupont, mardi, devant les journalistes réunis
à Paris pour la conférence annuelle de son parti, au lendemain d'une nuit de négociations.</p>
<p>Le ministre a ajouté : « Rien ne nous arrêtera. » Selon lui, la réforme sera votée avant l'été,
malgré l'opposition des syndicats, qui promettent de nouvelles grèves dans les transports.</p>
<p>Un troisième paragraphe donne encore du contexte, pour que l'article dépasse le seuil de
longueur que demande l'algorithme de lisibilité avant de retenir un bloc de texte.</p></article>
<footer>Tous droits réservés — Mentions légales</footer></body></html>"#;

    #[test]
    fn article_text_and_metadata() {
        let p = extract(PAGE.as_bytes(), None, None).unwrap();
        let lines: Vec<&str> = p.text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines[0], "Le ministre : « Rien ne nous arrêtera »");
        assert!(lines[1].starts_with("« Nous irons jusqu'au bout », a déclaré Pierre Dupont"), "{lines:?}");
        assert!(!p.text.contains("Accueil") && !p.text.contains("Mentions légales"), "{}", p.text);
        assert_eq!(p.canonical_url.as_deref(), Some("https://journal.example.fr/politique/reforme"));
        assert_eq!(p.published.as_deref(), Some("2024-03-01T10:00:00+01:00"));
        assert_eq!(p.site_name.as_deref(), Some("Le Journal"));
        assert_eq!(p.encoding, Encoding::Utf8);
    }

    #[test]
    fn windows_1252_page_declared_in_meta() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(PAGE);
        let p = extract(&bytes, None, None).unwrap();
        assert!(p.text.contains("a déclaré Pierre Dupont"));
        assert_eq!(p.encoding, Encoding::Windows1252);
    }

    #[test]
    fn empty_or_garbage_pages_are_errors_not_panics() {
        assert!(extract(b"", None, None).is_err());
        // Garbage and a bad URL must come back as a result (text or error), never a panic.
        for junk in [&b"<<<>>><<</////\xff\xfe"[..], b"<html><body><p>\x00\x01</p>", b"</p></div></body></html>"] {
            if let Ok(p) = extract(junk, Some("not a url"), None) {
                assert!(!p.text.trim().is_empty());
            }
        }
    }

    #[test]
    fn pathological_nesting_falls_back_to_stripped_tags() {
        let deep =
            format!("<html><body>{}« Texte », a dit Jean Moreau &amp; fils.</body></html>", "<b><i>".repeat(50_000));
        let p = extract(deep.as_bytes(), None, None).unwrap();
        assert_eq!(p.text, "« Texte », a dit Jean Moreau & fils.");
        assert!(p.notes[0].contains("tags stripped"), "{:?}", p.notes);
        let divs = format!("<div>{}<p>Un.</p><p>Deux.</p>{}</div>", "<div>".repeat(5000), "</div>".repeat(5000));
        assert_eq!(extract(divs.as_bytes(), None, None).unwrap().text, "Un.\nDeux.");
    }

    #[test]
    fn shape_ignores_scripts_and_unclosed_paragraphs() {
        let html = "<html><body><script>if (a<b && c<d) {}</script><p>un<p>deux<p>trois<br><img src=x/></body></html>";
        assert_eq!(shape(html), (8, 2));
        assert_eq!(
            strip_tags("<p>a&#233;&laquo;b&raquo;<script>x<y</script></p>c &unknown; d"),
            "\naé«b»\nc &unknown; d"
        );
    }

    #[test]
    fn meta_prefers_publication_date() {
        let p = extract(PAGE.as_bytes(), None, None).unwrap();
        let mut meta = Meta::new();
        meta.insert("crawl_date".into(), "2024-05-01".into());
        p.fill_meta(&mut meta);
        assert_eq!(meta["date"], "2024-03-01T10:00:00+01:00");
        assert_eq!(meta["outlet"], "Le Journal");
    }
}
