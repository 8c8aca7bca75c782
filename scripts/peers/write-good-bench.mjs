// write-good over every article: node write-good-bench.mjs <folder> [first N files]
import {createRequire} from 'node:module'
import {bench, report} from './corpus.mjs'

const require = createRequire(import.meta.url)
const writeGood = require('write-good') // CommonJS package
const {version} = require('write-good/package.json')

// Default checks (what `write-good file.txt` runs); each suggestion is one warning.
report(bench(`write-good ${version}`, (text) => writeGood(text)))
