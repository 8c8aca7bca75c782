def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'framecheck-facts/story.md.facts.json'))
assert json.path == 'story.md'
assert json.tokens.find { it.text == 'claimed' }.lemma == 'claim'
def frame = json.TermMatch.find { it.list == 'distancing-frames' }
assert frame.text == 'so-called' && frame.where == '4:17' : frame
assert json.Attribution.collect { it.verb } == ['say', 'claimed'] : json.Attribution

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] # story.md')
assert log =~ /\[INFO\]   where="4:1" .*verb="say"/
assert log.contains('[INFO] Source (2)') : 'the sources, counted'

// why regime-label does not fire: no word-list match carries its tag
assert log.contains('[INFO] story.md: regime-label (framecheck:rules/contentious-label/contentious-label.drl): 3 candidates for $label : TermMatch(')
assert log =~ /\[INFO\] story.md:   \d+ stop at line \d+: list == "contentious-labels"/
return true
