#!/usr/bin/env python3
"""Turns annotation drafts into the offset-only files kept in the repository.

The article text must not enter the repository (research-only licence), so annotators write drafts
outside it, locating each span by an anchor: a piece of the article's text, copied exactly, with
[[ and ]] around the span. This script finds each anchor in the article, checks it occurs exactly
once, and writes offsets (UTF-16 code units, as Java's String counts them) with a CRC32 of the span
text, so that a changed corpus is detected.

  resolve.py spans   DRAFT.tsv...    > annotations.tsv   (span and document annotations)
  resolve.py sources DRAFT.jsonl...  > sources.jsonl     (source lists)
  resolve.py show    annotations.tsv                     (prints each span back, for review)

Options: --corpus DIR (default ../../../shared/corpus/bbc beside this script)
         --articles FILE (articles.tsv: every article of a draft's batch must be marked reviewed)
"""
import argparse
import json
import re
import sys
import zlib
from pathlib import Path

CATEGORIES = {
    'hedged-attribution': {'distancing-frame', 'so-called', 'self-styled', 'purported', 'supposed', 'alleged'},
    'scare-quotes': {'scare-quote'},
    'contentious-label': {'terrorist', 'terror-attack', 'militant', 'extremist', 'radical', 'jihadist', 'regime',
                          'militia', 'hardliner', 'thug', 'insurgent', 'backed', 'proxy', 'armed-wing', 'martyr',
                          'illegal-immigrant', 'other-label'},
    'loaded-attribution-verb': {'claim', 'admit', 'concede', 'insist', 'maintain', 'boast', 'reveal', 'acknowledge',
                                'point-out', 'confess', 'emphatic-denial', 'other-verb'},
    'loaded-language': {'criticism-verb', 'violent-hyperbole', 'evaluative-adjective', 'notoriety',
                        'characterising-label', 'editorialising-adverb', 'pejorative-noun', 'name-calling',
                        'other-loaded'},
    'weasel-attribution': {'vague-source', 'passive-attribution', 'collective-belief', 'reportedly',
                           'unsourced-research'},
    'agentless-passive': {'harm', 'detention', 'displacement', 'dismissal', 'exonerative', 'euphemism'},
    'sourcing': {'self-sourced-claim', 'state-media', 'party-media', 'anonymous-source', 'unattributed-claim',
                 'single-source-story', 'one-sided-sourcing'},
}
DOCUMENT_DEVICES = {'single-source-story', 'one-sided-sourcing'}
LEVELS = {'clear', 'debatable'}
SOURCE_TYPES = {'person', 'official', 'state-media', 'party-media', 'news-agency', 'media', 'company', 'expert',
                'ngo', 'group', 'court-police', 'anonymous', 'document', 'social-media'}
CLOSING = {'"': '"', '\u201c': '\u201d', "'": "'\u2019", '\u2018': '\u2019\''}


class DraftError(Exception):
    pass


def utf16(text, index):
    """Java String index of Python code point index."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def crc(span):
    return format(zlib.crc32(span.encode('utf-8')) & 0xffffffff, '08x')


class Corpus:
    def __init__(self, root):
        self.root = Path(root)
        self.cache = {}

    def text(self, file):
        if file not in self.cache:
            path = self.root / file
            if not path.is_file():
                raise DraftError(f'no article {file} in {self.root}')
            self.cache[file] = path.read_text(encoding='utf-8')
        return self.cache[file]


def locate(text, anchor, file):
    """(start, end) code-point offsets of the [[span]] in anchor, found exactly once in text."""
    if anchor.count('[[') != 1 or anchor.count(']]') != 1 or anchor.index('[[') > anchor.index(']]'):
        raise DraftError(f'anchor needs exactly one [[...]]: {anchor!r}')
    left, rest = anchor.split('[[', 1)
    span, right = rest.split(']]', 1)
    if not span.strip():
        raise DraftError(f'empty span in anchor {anchor!r}')
    if span != span.strip():
        raise DraftError(f'span has spaces at its edges: {anchor!r}')
    whole = left + span + right
    found = [m.start() for m in re.finditer(re.escape(whole), text)]
    if not found:
        # tolerate straight/curly and whitespace differences only by telling the annotator
        raise DraftError(f'anchor not found in {file} (copy the text exactly): {anchor!r}')
    if len(found) > 1:
        raise DraftError(f'anchor occurs {len(found)} times in {file}; add context: {anchor!r}')
    start = found[0] + len(left)
    return start, start + len(span)


def extend_quote(text, start, end, file, anchor):
    """A quote anchor may bracket only its opening words: extend to the closing mark."""
    mark = text[start]
    if mark not in CLOSING:
        raise DraftError(f'quote anchor must start at the opening quotation mark: {anchor!r}')
    if end - start >= 2 and text[end - 1] in CLOSING[mark] and (end == len(text) or not text[end].isalpha()):
        return start, end
    i = start + 1
    while i < len(text):
        ch = text[i]
        if ch == '\n':
            # the corpus often drops the closing mark of a quotation that runs on into the next
            # paragraph: the quote then ends with its paragraph
            end = i
            while end > start and text[end - 1].isspace():
                end -= 1
            return start, end
        if ch in CLOSING[mark] and i > start + 1 and (i + 1 == len(text) or not text[i + 1].isalpha()) \
                and (mark not in "'\u2018" or not text[i - 1].isspace()):
            return start, i + 1
        i += 1
    raise DraftError(f'quote never closed in {file}: {anchor!r}')


def batch_articles(articles_file):
    rows = {}
    if not articles_file:
        return rows
    lines = Path(articles_file).read_text(encoding='utf-8').splitlines()
    header = lines[0].split('\t')
    for line in lines[1:]:
        row = dict(zip(header, line.split('\t')))
        rows[row['file']] = row
    return rows


def spans(args, corpus):
    out = []
    errors = []
    reviewed = set()
    seen_files = set()
    for draft in args.drafts:
        for number, line in enumerate(Path(draft).read_text(encoding='utf-8').splitlines(), 1):
            if not line.strip() or line.startswith('#') or line.startswith('file\t'):
                continue
            where = f'{draft}:{number}'
            cols = line.split('\t')
            try:
                if len(cols) < 5:
                    raise DraftError(f'expected file, category, device, level, anchor[, note] separated by tabs')
                file, category, device, level, anchor = (c.strip() for c in cols[:5])
                note = cols[5].strip() if len(cols) > 5 else ''
                text = corpus.text(file)
                seen_files.add(file)
                if category == 'reviewed':
                    reviewed.add(file)
                    continue
                if category not in CATEGORIES:
                    raise DraftError(f'unknown category {category!r}')
                if device not in CATEGORIES[category]:
                    raise DraftError(f'unknown device {device!r} for {category} (one of {sorted(CATEGORIES[category])})')
                if level not in LEVELS:
                    raise DraftError(f'level must be clear or debatable, not {level!r}')
                if device in DOCUMENT_DEVICES:
                    if anchor != '*':
                        raise DraftError(f'{device} is about the whole article: write * as the anchor')
                    start, end = 0, len(text)
                else:
                    start, end = locate(text, anchor, file)
                    if category == 'scare-quotes':
                        start, end = extend_quote(text, start, end, file, anchor)
                out.append((file, utf16(text, start), utf16(text, end), category, device, level,
                            crc(text[start:end]), note.replace('\t', ' ')))
            except DraftError as e:
                errors.append(f'{where}: {e}')
    rows = batch_articles(args.articles)
    for file in sorted(seen_files):
        if file not in reviewed:
            errors.append(f'{file}: annotated but has no "reviewed" line (add: {file}<TAB>reviewed<TAB>-<TAB>-<TAB>-)')
    if rows and args.batch:
        for file, row in rows.items():
            if row['batch'] in args.batch and file not in reviewed:
                errors.append(f'{file}: batch {row["batch"]} article not reviewed yet')
    if errors:
        print('\n'.join(errors), file=sys.stderr)
        print(f'{len(errors)} problem(s)', file=sys.stderr)
        if not args.force:
            sys.exit(1)
    out.sort(key=lambda r: (r[0], r[1], r[2], r[3], r[4]))
    print('file\tstart\tend\tcategory\tdevice\tlevel\tcrc32\tnote')
    for file in sorted(reviewed):
        print(f'{file}\t0\t0\treviewed\t-\t-\t-\t')
    for r in out:
        print('\t'.join(str(x) for x in r))


def sources(args, corpus):
    out = []
    errors = []
    reviewed = set()
    for draft in args.drafts:
        for number, line in enumerate(Path(draft).read_text(encoding='utf-8').splitlines(), 1):
            if not line.strip() or line.startswith('#'):
                continue
            where = f'{draft}:{number}'
            try:
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as e:
                    raise DraftError(f'not JSON: {e}')
                file = item.get('file', '')
                text = corpus.text(file)
                if item.get('reviewed'):
                    reviewed.add(file)
                    continue
                name = item.get('name', '').strip()
                if not name:
                    raise DraftError('a source needs a name (or a short description for an unnamed one)')
                if item.get('type') not in SOURCE_TYPES:
                    raise DraftError(f'type must be one of {sorted(SOURCE_TYPES)}, not {item.get("type")!r}')
                mentions = []
                for anchor in item.get('mentions', []):
                    s, e = locate(text, anchor, file)
                    mentions.append([utf16(text, s), utf16(text, e)])
                if not mentions:
                    raise DraftError(f'source {name!r} has no mention')
                quotes = []
                for anchor in item.get('quotes', []):
                    s, e = locate(text, anchor, file)
                    s, e = extend_quote(text, s, e, file, anchor)
                    quotes.append([utf16(text, s), utf16(text, e)])
                out.append({'file': file, 'name': name, 'type': item['type'], 'side': item.get('side', '').strip(),
                            'mentions': sorted(mentions), 'quotes': sorted(quotes)})
            except DraftError as e:
                errors.append(f'{where}: {e}')
    for item in out:
        if item['file'] not in reviewed:
            errors.append(f'{item["file"]}: sources given but no {{"file": ..., "reviewed": true}} line')
    if errors:
        print('\n'.join(errors), file=sys.stderr)
        print(f'{len(errors)} problem(s)', file=sys.stderr)
        if not args.force:
            sys.exit(1)
    for file in sorted(reviewed):
        print(json.dumps({'file': file, 'reviewed': True}))
    out.sort(key=lambda i: (i['file'], i['mentions'][0]))
    for item in out:
        print(json.dumps(item, ensure_ascii=False))


def java_to_py(text, index):
    count = 0
    for i, ch in enumerate(text):
        if count >= index:
            return i
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def show(args, corpus):
    for path in args.drafts:
        for line in Path(path).read_text(encoding='utf-8').splitlines()[1:]:
            file, start, end, category, device, level, checksum, *note = line.split('\t')
            if category == 'reviewed':
                continue
            text = corpus.text(file)
            s, e = java_to_py(text, int(start)), java_to_py(text, int(end))
            span = text[s:e] if e - s < 200 else text[s:s + 60] + ' ... ' + text[e - 60:e]
            ok = '' if crc(text[s:e]) == checksum else '  !! CHECKSUM MISMATCH'
            line_no = text.count('\n', 0, s) + 1
            print(f'{file}:{line_no} [{category}/{device}/{level}] «{span}» {note[0] if note else ""}{ok}')


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('mode', choices=['spans', 'sources', 'show'])
    parser.add_argument('drafts', nargs='+')
    parser.add_argument('--corpus', default=str(Path(__file__).resolve().parent / '../../../shared/corpus/bbc'))
    parser.add_argument('--articles')
    parser.add_argument('--batch', action='append', help='check every article of this batch is reviewed')
    parser.add_argument('--force', action='store_true', help='write what resolves despite problems')
    args = parser.parse_args()
    corpus = Corpus(args.corpus)
    {'spans': spans, 'sources': sources, 'show': show}[args.mode](args, corpus)


if __name__ == '__main__':
    main()
