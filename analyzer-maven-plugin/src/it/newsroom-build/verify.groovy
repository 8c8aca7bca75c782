// The plugin as a newsroom build meets it: a failing check and its message, skip, baseline,
// incremental runs, suppressions, front matter switches, HTML input and a house rule folder.
def log = new File(basedir, 'build.log').text

// 1. check fails: count by rule, then file:line:column [rule] message lines
assert log.contains('framecheck: 2 findings at or above warning')
assert log.contains('By rule: embattled-word 1, regime-label 1')
assert log.contains('world/border.md:7:5 [embattled-word] embattled')
assert log.contains('world/border.md:12:5 [regime-label] regime')

// 2. skip
assert log.contains('framecheck: skipped')

// 3. + 4. baseline written, and check passes against it
def baseline = new File(basedir, 'framecheck-baseline.json')
assert baseline.isFile()
assert log.contains('framecheck: baseline of ')
assert log.contains('0 new findings')

// 5. only the new finding fails the build, named
assert log.contains('1 findings at or above warning (new since the baseline)')
assert log.contains('world/border.md:14:5 [militia-label] militia')

// incremental: the later runs reuse the cache; the last one re-analyses only the edited article
assert log.contains('framecheck: 3 documents: 2 analyzed, 0 from cache, 1 skipped')
assert log.contains('framecheck: 3 documents: 0 analyzed, 2 from cache, 1 skipped')
assert log.contains('framecheck: 3 documents: 1 analyzed, 1 from cache, 1 skipped')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/framecheck/framecheck.json'))
def docs = json.documents.collectEntries { [(it.path): it] }
// front matter framecheck: off
assert docs['world/draft.md'].status == 'skipped'
// inline suppression is counted and listed, not hidden
def border = docs['world/border.md']
assert border.suppressed*.rule == ['self-sourced-claim']
assert border.suppressed[0].how == 'framecheck-disable-next-line at line 9'
// house rules: a new rule, and a built-in rule replaced (error severity, its own message)
def byRule = border.findings.collectEntries { [(it.rule): it] }
assert byRule['embattled-word'].severity == 'warning'
assert byRule['regime-label'].severity == 'error'
assert byRule['regime-label'].message.startsWith('House style forbids')
// severity override
assert byRule['militia-label'].severity == 'error'
// HTML input: only the article body, positions in the original file
def budget = docs['politics/budget.html']
assert budget.title == 'Budget passes'
assert budget.findings.every { !it.text.contains('militia') && !it.text.contains('cookies') }
def html = new File(basedir, 'content-v2/politics/budget.html').text
budget.findings.each { assert html.substring(it.start, it.end) == it.text }

// the reports of the last run (against the baseline) tell the new finding from the accepted ones
assert json.newFindings == 1
assert byRule['militia-label'].new == true
assert byRule['embattled-word'].new == false
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/framecheck/framecheck.sarif'))
def results = sarif.runs[0].results
assert results.findAll { it.baselineState == 'new' }*.ruleId == ['militia-label']
// paths from the repository's root, as GitHub code scanning places them
def uris = results*.locations*.getAt(0)*.physicalLocation*.artifactLocation*.uri.unique()
assert uris.every { it.startsWith('content-v2/') } : uris
assert results.every { it.locations[0].physicalLocation.artifactLocation.uriBaseId == '%SRCROOT%' }
def md = new File(basedir, 'target/framecheck/report.md').text
assert md.contains('**1** new since the baseline, listed first.')
assert md.contains('- **new** world/border.md:14 **militia-label**')
assert new File(basedir, 'target/framecheck/index.html').text.contains('class="badge-new"')
return true
