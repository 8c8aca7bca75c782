// The invoker log holds the four runs in order.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] --- analyzer-maven-plugin:[^\n]*(test-rules|rule-diff)/).drop(1)
assert runs.size() == 4 : runs.size()

// 1: the author's rule by name, the built-in rules as one count
assert runs[0].contains('[INFO] framecheck: PASS hype-word (1 fixture)')
assert runs[0] =~ /\[INFO\] framecheck: PASS \d+ built-in rules \(-Dframecheck.showBuiltIn lists them\)/
assert !runs[0].contains('PASS militia-label') : 'built-in rules are counted, not listed'
assert runs[0] =~ /\[INFO\] framecheck: (\d+) rules: \1 passed, 0 failed, 0 untested; \d+ fixtures/

// 2: one rule alone, with the tests that test it
assert runs[1].contains('[INFO] framecheck: PASS 1 built-in rule (')
assert runs[1] =~ /\[INFO\] framecheck: 1 rule: 1 passed, 0 failed, 0 untested; \d+ fixtures?/
assert !runs[1].contains('hype-word')

// 3: the house rule's findings on the archive, with their sentence
assert runs[2].contains('[INFO] framecheck: hype-word: +1 -0')
assert runs[2].contains('[INFO] + story.txt:1:5 [hype-word] The ‹groundbreaking› plan was unveiled on Monday.')
assert runs[2].contains('[INFO] framecheck: 1 findings appeared, 0 disappeared')

// 4: the syntax error on one line, and the build fails
assert runs[3].contains('[ERROR] framecheck: the rules have errors:')
assert runs[3].contains("[ERROR] framecheck: broken-rules/broken.drl:8:32: [ERR 101] no viable alternative at input ')' in rule \"broken\"")
assert runs[3].contains('framecheck: 1 problem in the rules (listed above)')
assert !(log =~ /(?m)^\s+at org\.(drools|kie)\./) : 'no Drools stack trace'
return true
