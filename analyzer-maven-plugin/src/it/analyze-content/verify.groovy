// The real plugin in a real build: three report files, the expected findings, and nothing absolute.
def out = new File(basedir, 'target/framecheck')
['index.html', 'report.md', 'framecheck.json', 'framecheck.sarif'].each {
    assert new File(out, it).isFile() : "missing report $it"
}
def json = new groovy.json.JsonSlurper().parse(new File(out, 'framecheck.json'))
assert json.tool.name == 'framecheck'
assert json.documents*.path == ['brief.txt', 'world/talks.md']
def talks = json.documents[1]
assert talks.title == 'Ceasefire talks stall'
def found = talks.findings.collect { "${it.rule}@${it.line}:${it.column} ${it.text}".toString() }
assert found == ['so-called@7:5 so-called', 'self-sourced-claim@7:77 the armed group reported'] : found
assert json.documents[0].findings.isEmpty()

def html = new File(out, 'index.html').text
assert html.contains('so-called')
assert !html.contains(basedir.absolutePath) : 'reports must not contain absolute paths'
def md = new File(out, 'report.md').text
assert md.contains('world/talks.md:7')

def log = new File(basedir, 'build.log').text
assert log.contains('framecheck: HTML report: ')
assert log.contains('framecheck: 2 documents: 2 analyzed, 0 from cache, 0 skipped; 2 findings: 0 error, 2 warning, 0 info')

// run 2 asked for one file: its findings are printed and its reports written to target/framecheck-files
assert log.contains('world/talks.md:7:5 [so-called] so-called')
def single = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/framecheck-files/framecheck.json'))
assert single.documents*.path == ['world/talks.md'] : single.documents*.path
return true
