// Only the article at the root is content: not the generated site, the reports or the cache.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/framecheck/framecheck.json'))
assert json.documents*.path == ['story.md'] : json.documents*.path
assert new File(basedir, 'target/framecheck-cache/pages').list().length > 0 : 'the cache holds pages'
def log = new File(basedir, 'build.log').text
assert log.contains('framecheck: 1 documents: 0 analyzed, 1 from cache') : 'second run from the cache'
return true
