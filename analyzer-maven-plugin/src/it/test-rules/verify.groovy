// Run 1 passes and names each rule; run 2 reports the syntax error on one line and fails.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] framecheck: PASS hype-word (1 fixture)')
assert log.contains('[INFO] framecheck: PASS militia-label (')
assert log =~ /\[INFO\] framecheck: (\d+) rules: \1 passed, 0 failed, 0 untested; \d+ fixtures/

assert log.contains('[ERROR] framecheck: the rules have errors:')
assert log.contains("[ERROR] framecheck: broken-rules/broken.drl:8:32: [ERR 101] no viable alternative at input ')' in rule \"broken\"")
assert log.contains('framecheck: 1 problem in the rules (listed above)')
assert !(log =~ /(?m)^\s+at org\.(drools|kie)\./) : 'no Drools stack trace'
return true
