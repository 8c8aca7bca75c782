// Shared by the node benches: loads the corpus and times one linter over it, the same way for each peer.
import {readdirSync, readFileSync} from 'node:fs'
import {basename, join, relative} from 'node:path'

// Article files: *.txt below the folder, sorted by path so every peer sees the same order. README files
// (the corpus README.md, the dataset's UPSTREAM_README.TXT) describe the corpus and are not articles.
export function loadArticles(folder, limit = Infinity) {
  const paths = readdirSync(folder, {recursive: true})
    .filter((p) => /\.txt$/i.test(p) && !/readme/i.test(p))
    .map((p) => join(folder, p))
    .sort()
  return paths.slice(0, limit).map((path) => ({path: relative(folder, path), text: readFileSync(path, 'utf8')}))
}

// Whitespace-separated tokens; ASCII whitespace only, like Java's \s, so the Java bench counts the same.
export const countWords = (text) => text.trim() === '' ? 0 : text.trim().split(/[ \t\n\v\f\r]+/).length

// lint(text) returns the warnings for one article (an array). Files are read before timing so only
// the linting is measured; a warm-up pass lets V8 optimise the hot code first.
export function bench(name, lint, argv = process.argv) {
  const folder = argv[2]
  const limit = argv[3] ? Number(argv[3]) : Infinity
  if (!folder) {
    console.error(`usage: node ${basename(argv[1])} <folder> [first N files]`)
    process.exit(2)
  }
  const articles = loadArticles(folder, limit)
  const words = articles.reduce((sum, a) => sum + countWords(a.text), 0)
  for (const a of articles.slice(0, 100)) lint(a.text)
  let warnings = 0
  const t0 = process.hrtime.bigint()
  for (const a of articles) warnings += lint(a.text).length
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  return {name, documents: articles.length, words, seconds, warnings, limited: Number.isFinite(limit)}
}

export function report({name, documents, words, seconds, warnings, limited}) {
  const n = (x) => Math.round(x).toLocaleString('en-US')
  console.log(`${name.padEnd(32)} documents ${n(documents)}${limited ? ' (only the first ' + documents + ' files)' : ''}  words ${n(words)}  ` +
    `seconds ${seconds.toFixed(2)}  words/s ${n(words / seconds)}  warnings ${n(warnings)}`)
}
