// alex over every article: node alex-bench.mjs <folder> [first N files]
import {createRequire} from 'node:module'
import {text} from 'alex'
import {bench, report} from './corpus.mjs'

const {version} = createRequire(import.meta.url)('alex/package.json')

// text(): the articles are plain text, not markdown; default options. Each vfile message is one warning.
report(bench(`alex ${version}`, (article) => text(article).messages))
