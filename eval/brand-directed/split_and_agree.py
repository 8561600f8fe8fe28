#!/usr/bin/env python3
"""Cohen's kappa between the two labelling passes, and the dev/test split of the adjudicated labels.

Usage: python3 eval/brand-directed/split_and_agree.py   (from the repository root; writes the four
brand_<lang>_<dev|test>.tsv files and prints the agreement table). Deterministic (seed 9).
The adjudicated label of a post is its pass-2 label (the disagreements were read and pass 2 was the
reading that follows the guide; see agreement.md)."""
import collections, os, random

HERE = os.path.dirname(os.path.abspath(__file__))

def read(name):
    with open(os.path.join(HERE, 'passes', name), encoding='utf-8') as f:
        return [l.rstrip('\n').split('\t') for l in f if l.strip() and not l.startswith('#')]

def kappa(a, b):
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = collections.Counter(a), collections.Counter(b)
    pe = sum(ca[k] * cb.get(k, 0) for k in ca) / (n * n)
    return po, (po - pe) / (1 - pe)

one, two = read('pass1.tsv'), read('pass2.tsv')
assert [r[4] for r in one] == [r[4] for r in two]
print('| lang | label | n | raw agreement | Cohen\'s kappa |')
print('|---|---|---:|---:|---:|')
for lang in ('fr', 'en', 'all'):
    idx = [i for i, r in enumerate(one) if lang == 'all' or r[0] == lang]
    for col, name in ((1, 'sentiment'), (2, 'intent'), (3, 'complaint')):
        po, k = kappa([one[i][col] for i in idx], [two[i][col] for i in idx])
        print(f'| {lang} | {name} | {len(idx)} | {po:.3f} | {k:.3f} |')
print('disagreements:', sum(1 for a, b in zip(one, two) if a[1:4] != b[1:4]))

rng = random.Random(9)
for lang in ('fr', 'en'):
    dev, test = [], []
    groups = collections.defaultdict(list)
    for r in two:
        if r[0] == lang:
            groups[r[2]].append(r)
    for intent in sorted(groups):
        posts = groups[intent][:]
        rng.shuffle(posts)
        cut = round(len(posts) / 3)
        dev += posts[:cut]
        test += posts[cut:]
    for part, posts in (('dev', dev), ('test', test)):
        with open(os.path.join(HERE, f'brand_{lang}_{part}.tsv'), 'w', encoding='utf-8') as f:
            f.write('# lang\tsentiment\tintent\tcomplaint\ttext (CC0, written and labelled for Comptoir; see README.md)\n')
            for r in posts:
                f.write('\t'.join(r) + '\n')
        print(lang, part, len(posts))
