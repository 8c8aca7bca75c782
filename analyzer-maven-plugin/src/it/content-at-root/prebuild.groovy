// A generated page in the build folder, as a site build would leave: it must not be analysed.
def site = new File(basedir, 'target/site')
site.mkdirs()
new File(site, 'page.html').text = '<html><body><p>The regime slammed the so-called report.</p></body></html>'
return true
