#!/usr/bin/env python3
"""Near-duplicate scan of a training file against the brand-directed evaluation set.

    python3 eval/brand-directed/tools/near_duplicates.py TRAINING.tsv [THRESHOLD]

For every post of TRAINING.tsv (last tab-separated field; '#' lines skipped) it finds the evaluation post
(eval/brand-directed/brand_*.tsv, dev and test) with the highest Jaccard similarity of character 4-grams
of the accent-folded, lower-cased words (handles and punctuation dropped), and lists the training posts
at or above THRESHOLD (default 0.3). The matching evaluation text is shown for dev posts only: held-out
(test) texts are never printed, only the file they are in. Run from the repository root.
"""
import glob
import re
import statistics
import sys
import unicodedata


def norm(text):
    text = unicodedata.normalize('NFKD', text.lower())
    text = ''.join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r'@\w+', '', text)
    text = re.sub(r'[^\w ]', ' ', text)
    return re.sub(r'\s+', ' ', text).strip()


def grams(text, n=4):
    text = ' ' + text + ' '
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def main():
    training = [line.rstrip('\n').split('\t')[-1] for line in open(sys.argv[1], encoding='utf-8')
                if line.strip() and not line.startswith('#')]
    threshold = float(sys.argv[2]) if len(sys.argv) > 2 else 0.3
    evaluation = []
    for name in sorted(glob.glob('eval/brand-directed/brand_*.tsv')):
        for line in open(name, encoding='utf-8'):
            if line.strip() and not line.startswith('#'):
                text = line.rstrip('\n').split('\t')[-1]
                evaluation.append((name.split('/')[-1], text, grams(norm(text))))
    nearest = []
    flagged = 0
    for text in training:
        g = grams(norm(text))
        best = max((len(g & e) / len(g | e), name, other) for name, other, e in evaluation)
        nearest.append(best[0])
        if best[0] >= threshold:
            flagged += 1
            shown = ': ' + best[2] if '_dev' in best[1] else ''
            print(f'{best[0]:.2f} {text}  ~ {best[1]}{shown}')
    print(f'scanned {len(training)} posts against {len(evaluation)} evaluation posts; highest similarity '
          f'{max(nearest):.3f}, median {statistics.median(nearest):.3f}; {flagged} at or above {threshold}')


if __name__ == '__main__':
    main()
