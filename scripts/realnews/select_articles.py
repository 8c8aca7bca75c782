#!/usr/bin/env python3
"""Draws the real-news evaluation sample from ../shared/corpus/bbc (reproducible: fixed seed).

Stratified random sample per section (byte-identical duplicates dropped), plus the opinion,
review, analysis and preview pages picked by headline, so that genres other than news are in the
set. Each article is assigned to the tune or the report half, alternating within the shuffled
sample, and to an annotation batch. Writes articles.tsv to stdout.
"""
import hashlib
import os
import random
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '../../../shared/corpus/bbc')
PER_SECTION = {'politics': 40, 'business': 32, 'sport': 30, 'entertainment': 28, 'tech': 30}
# Picked by headline ("DVD review:", "Analysis:", questions, a think-tank column), not by any output.
GENRE_PICKS = ['business/245.txt', 'business/266.txt', 'entertainment/033.txt', 'entertainment/055.txt',
               'politics/250.txt', 'politics/267.txt', 'politics/353.txt', 'sport/119.txt', 'sport/323.txt',
               'tech/358.txt']
BATCHES = 7

unique = {}
by_section = {}
for section in sorted(PER_SECTION):
    for name in sorted(os.listdir(os.path.join(ROOT, section))):
        path = f'{section}/{name}'
        digest = hashlib.sha1(open(os.path.join(ROOT, path), 'rb').read()).hexdigest()
        if digest in unique:
            continue
        unique[digest] = path
        by_section.setdefault(section, []).append(path)

rng = random.Random(20261202)
sample = list(GENRE_PICKS)
for section in sorted(PER_SECTION):
    pool = [p for p in by_section[section] if p not in sample]
    sample += rng.sample(pool, PER_SECTION[section])
rng.shuffle(sample)
print('file\tsection\thalf\tbatch\tsources')
for i, path in enumerate(sample):
    half = 'tune' if i % 2 == 0 else 'report'
    batch = i % BATCHES + 1
    # the first ten articles of each batch also get their sources annotated
    sources = 'yes' if i // BATCHES < 10 else 'no'
    print(f'{path}\t{path.split("/")[0]}\t{half}\t{batch}\t{sources}')
