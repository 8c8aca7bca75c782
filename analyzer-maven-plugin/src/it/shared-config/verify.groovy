// .framecheck.yml configures the plugin: house rules added, a rule switched off, a severity raised,
// drafts left out, exactly as the framecheck command reads the same file.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/framecheck/framecheck.json'))
assert json.documents*.path == ['news.md'] : json.documents*.path
def found = json.documents[0].findings.collect { "${it.rule}:${it.severity}@${it.line}:${it.column}".toString() }
assert found.contains('criticism-verb:error@3:13') : found
assert found.contains('embattled-word:warning@7:5') : found
assert !found.any { it.startsWith('vague-source') } : found
def log = new File(basedir, 'build.log').text
assert log.contains('framecheck: settings from .framecheck.yml') : 'the log names the configuration file'
return true
