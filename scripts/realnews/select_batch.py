#!/usr/bin/env python3
"""Draws a later batch of the real-news set (batch 8 on): 8 new articles per section of the BBC corpus.

Byte-identical duplicates are dropped (sha1, first in sorted order kept, as select_articles.py does),
and so is every article of an earlier batch in articles.tsv together with any byte-identical
duplicate of one. Then random.Random(20261195 + BATCH) samples 8 per section, sections in sorted
order (batch 8: seed 20261203). Prints rows in the articles.tsv format (half=tune, sources=no).
Only earlier batches are excluded, so a batch's draw stays the same once articles.tsv holds it.

  select_batch.py BATCH [CORPUS_DIR [ARTICLES_TSV]]
      CORPUS_DIR   default ../../../shared/corpus/bbc beside this script
      ARTICLES_TSV default ../../analyzer-core/src/test/resources/realnews/articles.tsv beside it
"""
import hashlib
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = int(sys.argv[1])
ROOT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, '../../../shared/corpus/bbc')
ARTICLES = sys.argv[3] if len(sys.argv) > 3 else os.path.join(
    HERE, '../../analyzer-core/src/test/resources/realnews/articles.tsv')
SECTIONS = ['business', 'entertainment', 'politics', 'sport', 'tech']
PER_SECTION = 8

existing = set()
with open(ARTICLES, encoding='utf-8') as f:
    next(f)
    for line in f:
        row = line.rstrip('\n').split('\t')
        if line.strip() and int(row[3]) < BATCH:
            existing.add(row[0])


def sha1(path):
    with open(os.path.join(ROOT, path), 'rb') as f:
        return hashlib.sha1(f.read()).hexdigest()


existing_digests = {sha1(p) for p in existing}  # so that their duplicates are excluded too
unique = set()
by_section = {}
for section in SECTIONS:
    for name in sorted(os.listdir(os.path.join(ROOT, section))):
        if not name.endswith('.txt'):
            continue
        path = f'{section}/{name}'
        digest = sha1(path)
        if digest in unique:
            continue
        unique.add(digest)
        if path in existing or digest in existing_digests:
            continue
        by_section.setdefault(section, []).append(path)

rng = random.Random(20261195 + BATCH)
sample = []
for section in SECTIONS:
    sample += rng.sample(by_section[section], PER_SECTION)
print('file\tsection\thalf\tbatch\tsources')
for path in sample:
    print(f'{path}\t{path.split("/")[0]}\ttune\t{BATCH}\tno')
