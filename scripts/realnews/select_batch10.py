#!/usr/bin/env python3
"""Draws batch 10 of the real-news set: 8 new articles per section from the BBC corpus.

Byte-identical duplicates are dropped (sha1, first in sorted order kept, as select_articles.py,
select_batch8.py and select_batch9.py do), and so is every article of batches 1-9 in articles.tsv
together with any byte-identical duplicate of one. Then random.Random(20261205) samples 8 per
section, sections in sorted order. Prints rows in the articles.tsv format (half=tune, batch=10, sources=no).

Only batches 1-9 are excluded, so the draw stays the same once articles.tsv also holds batch 10.

  select_batch10.py [CORPUS_DIR [ARTICLES_TSV]]
      CORPUS_DIR   default ../../../shared/corpus/bbc beside this script
      ARTICLES_TSV default ../../analyzer-core/src/test/resources/realnews/articles.tsv beside it
"""
import hashlib
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '../../../shared/corpus/bbc')
ARTICLES = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    HERE, '../../analyzer-core/src/test/resources/realnews/articles.tsv')
SECTIONS = ['business', 'entertainment', 'politics', 'sport', 'tech']
PER_SECTION = 8
EARLIER_BATCHES = {str(b) for b in range(1, 10)}  # batches 1-9, not this batch itself

existing = set()
with open(ARTICLES, encoding='utf-8') as f:
    next(f)
    for line in f:
        row = line.rstrip('\n').split('\t')
        if line.strip() and row[3] in EARLIER_BATCHES:
            existing.add(row[0])


def sha1(path):
    with open(os.path.join(ROOT, path), 'rb') as f:
        return hashlib.sha1(f.read()).hexdigest()


# digests of the articles already in the set (so their duplicates are excluded too)
existing_digests = {sha1(p) for p in existing}

unique = {}
by_section = {}
for section in SECTIONS:
    for name in sorted(os.listdir(os.path.join(ROOT, section))):
        if not name.endswith('.txt'):
            continue
        path = f'{section}/{name}'
        digest = sha1(path)
        if digest in unique:
            continue
        unique[digest] = path
        if path in existing or digest in existing_digests:
            continue
        by_section.setdefault(section, []).append(path)

rng = random.Random(20261205)
sample = []
for section in SECTIONS:
    sample += rng.sample(by_section[section], PER_SECTION)
print('file\tsection\thalf\tbatch\tsources')
for path in sample:
    print(f'{path}\t{path.split("/")[0]}\ttune\t10\tno')
