def log = new File(basedir, 'build.log').text
assert !log.contains('not marked as @threadSafe')
def world = new groovy.json.JsonSlurper().parse(new File(basedir, 'desk-world/target/framecheck/framecheck.json'))
assert world.documents*.path == ['summit.md']
assert world.documents[0].findings*.rule == ['so-called', 'self-sourced-claim', 'militia-label']
def sport = new groovy.json.JsonSlurper().parse(new File(basedir, 'desk-sport/target/framecheck/framecheck.json'))
assert sport.documents*.path == ['derby.txt']
assert sport.documents[0].findings.isEmpty() : 'blasted the ball is sport, not loaded language'

// mvn site: a framecheck page per module linking to the full report written beside it
def page = new File(basedir, 'desk-world/target/site/framecheck.html')
assert page.isFile()
assert page.text.contains('framecheck/index.html')
assert page.text.contains('summit.md')
assert new File(basedir, 'desk-world/target/site/framecheck/index.html').isFile()
// the build and the site share the configuration the POM's properties give: drafts are left out of both
assert !page.text.contains('wip.md')
assert !new File(basedir, 'desk-world/target/site/framecheck/index.html').text.contains('wip.md')
return true
