// Seven builds, each set up wrong in one way (invoker.properties): each failed with its own one-line
// message, and none of them wrote a report, a staging folder or anything in the file that stands
// where an output folder was asked for.
def log = new File(basedir, 'build.log').text
def expected = [
    'broken-drl/broken.drl:8:29: [ERR 101] no viable alternative at input \')\' in rule "x" (syntax errors are reported at the next token: the mistake may be just before it)',
    'bad-words/labels.words:2:22: unknown attribute \'colour=red\' (expected one of forms, not-after, not-before, not-object, note, pos, tag, as key=value)',
    'bad-severity/severity.drl:4:1: rule \'loud\' has @severity("fatal"); expected info, warning or error',
    'framecheck: disabledRules names unknown rule id \'militant-lable\' (did you mean militant-label?) (the rule ids are listed in rules.html of the HTML report)',
    'framecheck: content directory does not exist: ' + new File(basedir, 'no-such-folder').absolutePath + ' (set framecheck.contentDirectory or contentDirectories)',
    'framecheck: output directory is a file: ' + new File(basedir, 'not-a-folder.txt').absolutePath,
    'framecheck: bad severity \'warn\' in failOnSeverity (expected info, warning or error)',
]
expected.each { assert log.contains(it) : "build.log lacks: $it" }
assert log.count('BUILD FAILURE') == 7
// The failure line of each build (stack traces follow it, as the invoker runs with -e).
def failures = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
assert failures.size() == 7
assert failures.count { it.endsWith('framecheck: the rules have errors:') } == 3
// Nothing was analysed, so nothing was reported.
assert !log.contains('documents:') : 'a build analysed documents'
assert !new File(basedir, 'target/framecheck').exists() : 'a report folder was written'
assert new File(basedir, 'not-a-folder.txt').text == 'This file stands where the output folder should be.\n'
def stray = []
basedir.eachFileRecurse { if (it.name.startsWith('.framecheck-staging-') || it.name.endsWith('.sarif') || it.name == 'framecheck.json') stray << it }
assert stray.isEmpty() : "written: $stray"
return true
