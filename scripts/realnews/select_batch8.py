#!/usr/bin/env python3
"""Draws batch 8 of the real-news set: 8 new articles per section from the BBC corpus.

Byte-identical duplicates are dropped (sha1, first in sorted order kept, as select_articles.py
does), and so is every article already in articles.tsv together with any byte-identical duplicate
of one. Then random.Random(20261203) samples 8 per section, sections in sorted order.
Prints rows in the articles.tsv format (half=tune, batch=8, sources=no).
"""
import hashlib
import os
import random

import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '../../../shared/corpus/bbc')
ARTICLES = os.path.join(HERE, '../../analyzer-core/src/test/resources/realnews/articles.tsv')
SECTIONS = ['business', 'entertainment', 'politics', 'sport', 'tech']
PER_SECTION = 8

existing = set()
with open(ARTICLES, encoding='utf-8') as f:
    next(f)
    for line in f:
        row = line.rstrip('\n').split('\t')
        if line.strip() and row[3] != '8':  # the first 170 articles (batches 1-7), not this batch itself
            existing.add(row[0])

def sha1(path):
    return hashlib.sha1(open(os.path.join(ROOT, path), 'rb').read()).hexdigest()

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

rng = random.Random(20261203)
sample = []
for section in SECTIONS:
    sample += rng.sample(by_section[section], PER_SECTION)
print('file\tsection\thalf\tbatch\tsources')
for path in sample:
    print(f'{path}\t{path.split("/")[0]}\ttune\t8\tno')
