def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'reports/framecheck.json'))
def found = json.documents[0].findings.collect { "${it.rule} ${it.text}".toString() }
assert found == ['state-media-source according to state media', 'distancing-frame what he described as'] : found
assert !new File(basedir, 'reports/index.html').exists() : 'only the json format was asked for'
// no folder named after an unresolved ${project...} expression: the cache sits beside the reports
def odd = []
basedir.eachFileRecurse { if (it.name.contains('${')) odd << it }
assert odd.isEmpty() : odd
assert new File(basedir, 'reports-cache').isDirectory() : 'the cache beside the output folder'
return true
