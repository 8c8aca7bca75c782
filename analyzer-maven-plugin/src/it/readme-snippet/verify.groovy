// The README's snippet works pasted into a fresh content repository: reports written, drafts left
// out, the check passes (its findings are warnings, the gate is at error).
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/framecheck/framecheck.json'))
assert json.documents*.path == ['world/story.md'] : json.documents*.path
assert json.documents[0].findings*.rule.containsAll(['insistence-verb', 'vague-source']) : json.documents[0].findings*.rule
assert new File(basedir, 'target/framecheck/index.html').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('framecheck: 1 documents: 1 analyzed') : 'one article analysed'
assert log.contains("framecheck: using this build's analysis: nothing analysed twice") : 'check reuses what analyze did'
assert log.count('HTML report: ') == 1 : 'reports written once'
assert log.contains('BUILD SUCCESS')
// a mistyped id in a suppression comment switches nothing off, and says so with file, line and the nearest id
assert log.contains("world/story.md:12: unknown rule id 'criticism-verbs' in framecheck-disable-next-line (did you mean criticism-verb?)")
return true
