import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// Misses found by running scriptlint on real pages and template sets no one here wrote.
final class RealPageRegressionTests: TemporaryFolderTestCase {
    func lint(_ names: [String]) throws -> CLIResult {
        try runCLI(["--format", "text"] + names, cwd: dir)
    }

    /// News and blog pages ship client-side templates in data blocks; the page is not a template.
    func testClientSideTemplatesInDataBlocksDoNotMakeAPageATemplate() throws {
        try write("news.html", """
        <!DOCTYPE html>
        <html><head><title>News</title>
        <script src="/js/app.js" defer></script>
        <script type="text/template" id="card">
          {{# featured_image }}<img src="{{ url }}">{{/ featured_image }}
          {% if (o.inSection) { %}<b>{%= o.title %}</b>{% } %}
        </script>
        <SCRIPT TYPE='text/x-handlebars-template'>{{#each items}}{{name}}{{/each}}</SCRIPT>
        </head><body><p>Hello</p>
        <script type=text/x-tmpl>{% for (var i=0; i<o.length; i++) { %}<li>{%=o[i]%}</li>{% } %}</script>
        </body></html>
        """)
        XCTAssertNil(TemplateDialect.sniff(Array(try String(contentsOf: dir.appendingPathComponent("news.html"), encoding: .utf8).utf8)))
        let r = try lint(["news.html"])
        XCTAssertEqual(r.status, 0, r.stdout)
        XCTAssertFalse(r.stdout.contains("template-syntax"), r.stdout)
        // Constructs outside data blocks still make a template, and so do scripts that run.
        XCTAssertEqual(TemplateDialect.sniff(Array("<script>var x = {{ data|tojson }};</script>{% if a %}{% endif %}".utf8)), .jinja)
        XCTAssertEqual(TemplateDialect.sniff(Array("<script type=\"module\">{% if a %}x{% endif %}</script>".utf8)), .jinja)
        XCTAssertEqual(TemplateDialect.sniff(Array("<script type=\"{{ t }}\">x</script>{% block a %}{% endblock %}".utf8)), .jinja)
    }

    /// AMP's `<template type="amp-mustache">` (and any `<template>` element) holds client-side
    /// templates; a page sniffed as a template that then does not parse is read as plain HTML, with
    /// no `template-syntax` error. A file its name or the configuration calls a template keeps it.
    func testClientSideTemplateElementsAndSniffedPagesThatDoNotParse() throws {
        let amp = """
        <!doctype html>
        <html ⚡><head><script async src="https://cdn.ampproject.org/v0.js"></script>
        <script async custom-element="amp-list" src="https://cdn.ampproject.org/v0/amp-list-0.1.js"></script>
        <script async custom-template="amp-mustache" src="https://cdn.ampproject.org/v0/amp-mustache-0.2.js"></script>
        <script src="/js/legacy.js"></script>
        </head><body>
        <amp-list src="/api/cart.json" layout="fixed-height" height="48">
          <template type="amp-mustache">{{#count}}<span>{{count}} items</span>{{/count}}{{^count}}Empty{{/count}}</template>
        </amp-list>
        <template id="row"><tr>{% if broken %}<td>{{ name }}</td></tr></template>
        </body></html>
        """
        try write("amp.html", amp)
        XCTAssertNil(TemplateDialect.sniff(Array(amp.utf8)), "constructs only inside <template> elements")
        let r = try lint(["amp.html"])
        XCTAssertFalse(r.stdout.contains("template-syntax"), r.stdout)
        XCTAssertTrue(r.stdout.contains("amp.html:5:1: error:") && r.stdout.contains("[render-blocking-script]"), r.stdout)
        // Sniffed as Jinja ({% if %} outside any <template>), but never closed: plain HTML, silently.
        let broken = "<!doctype html><html><head><script src=/a.js></script></head><body>\n<p>{% if user %}Hi</p>\n</body></html>\n"
        try write("broken.html", broken)
        XCTAssertEqual(TemplateDialect.sniff(Array(broken.utf8)), .jinja)
        let b = try lint(["broken.html"])
        XCTAssertFalse(b.stdout.contains("template-syntax"), b.stdout)
        XCTAssertTrue(b.stdout.contains("[render-blocking-script]"), b.stdout)
        // The same bytes named as a template keep their syntax error.
        try write("broken.html.j2", broken)
        XCTAssertTrue(try lint(["broken.html.j2"]).stdout.contains("template-syntax"))
    }

    /// Random bytes hold the odd `{#…#}` by chance; a file with NUL bytes is binary, not a template.
    func testBinaryDataIsNeverSniffedAsATemplate() {
        var bytes = Array("<p>{# a comment #} {% if x %}y{% endif %}".utf8)
        XCTAssertEqual(TemplateDialect.sniff(bytes), .jinja)
        bytes.insert(0, at: 2)
        XCTAssertNil(TemplateDialect.sniff(bytes))
    }

    /// The loadCSS pattern: a style sheet whose media never matches does not hold scripts back.
    func testStyleSheetWhoseMediaNeverMatchesDoesNotBlockScripts() throws {
        func blocked(_ media: String) throws -> Bool {
            let html = "<!doctype html><head><link rel=stylesheet href=a.css media=\"\(media)\"><script>x()</script></head><p>x"
            return try !diagnostics(html, rule: "script-after-stylesheet").isEmpty
        }
        for media in ["only x", "x", "print", "only print", "not all", "speech", "tv, print", "not screen"] {
            XCTAssertFalse(try blocked(media), media)
        }
        for media in ["all", "screen", "only screen", "(min-width: 600px)", "screen and (max-width: 600px)", "print, screen",
                      "not print", "not screen and (color)", "ALL", "only x, all"] {
            XCTAssertTrue(try blocked(media), media)
        }
    }

    /// A partial whose `{{ name }}` fits Jinja, Handlebars and Go alike (datasette's `_codemirror.html`):
    /// it is a template fragment, so where its scripts land is not known.
    func testAmbiguousPartialHasUnknownPlacement() throws {
        try write("_codemirror.html", """
        <script src="{{ base_url }}-/static/codemirror-5.57.0.min.js"></script>
        <link rel="stylesheet" href="{{ base_url }}-/static/codemirror-5.57.0.min.css">
        <script src="{{ base_url }}-/static/codemirror-5.57.0-sql.min.js"></script>
        """)
        let r = try lint(["_codemirror.html"])
        XCTAssertEqual(r.status, 0, r.stdout)
        XCTAssertTrue(r.stdout.contains("No problems"), r.stdout)
        // A plain fragment without constructs is still plain HTML (its scripts go to <head>).
        try write("plain.html", "<script src=\"/static/app.js\"></script>\n")
        XCTAssertTrue(try lint(["plain.html"]).stdout.contains("render-blocking-script"))
        // And `none` in the configuration keeps a fragment plain.
        try write(".scriptlintrc.json", #"{"templates": {"dialects": {"**/*.html": "none"}}}"#)
        XCTAssertTrue(try lint(["_codemirror.html"]).stdout.contains("render-blocking-script"))
    }

    /// Columns count characters as a browser decodes them: each stray continuation byte is a U+FFFD.
    func testInvalidUTF8CountsOneColumnPerReplacementCharacter() throws {
        let prefix = Array("<meta charset=\"utf-8\"><p>".utf8)   // 25 characters
        let tag = Array("<script src=\"a.js\" async defer></script><p>x\n".utf8)
        let cases: [([UInt8], Int)] = [
            ([0x80, 0x80, 0x80], 3),            // three stray continuation bytes: three U+FFFD
            ([0xC3, 0xA9, 0xA9], 2),            // é, then a stray continuation byte
            ([0xE2, 0x82], 1),                  // a sequence cut short: one U+FFFD
            ([0xF0, 0x9F, 0x98, 0x80, 0xBF], 2), // an emoji, then a stray byte
            ([0xED, 0xA0, 0x80], 3),            // an encoded surrogate: three errors
            ([0xC0, 0xAF], 2),                  // an overlong lead byte and its continuation
        ]
        for (k, (junk, width)) in cases.enumerated() {
            try Data(prefix + junk + tag).write(to: dir.appendingPathComponent("c\(k).html"))
            let r = try lint(["c\(k).html"])
            XCTAssertTrue(r.stdout.contains("c\(k).html:1:\(25 + width + 1): warning:"), "\(junk): \(r.stdout)")
            let decoded = String(decoding: prefix + junk, as: UTF8.self).unicodeScalars.count
            XCTAssertEqual(decoded, 25 + width, "Swift's decoder, like the WHATWG one, agrees for \(junk)")
        }
    }

    /// `{% extends layout %}` names a variable, and `{% extends "a/" ~ theme %}` an expression: no
    /// file of that name is the parent, even when one exists.
    func testExtendsWithAVariableIsNotAFileName() throws {
        try write("layout", "<html><head></head><body><main></main></body></html>")
        try write("base/.html", "<html><head></head><body></body></html>")
        for (name, head) in [("child.html", "{% extends layout %}"), ("child2.html", "{% extends \"base/\" ~ theme ~ \".html\" %}")] {
            try write(name, head + "{% block content %}<script src=\"a.js\"></script>{% endblock %}\n")
            let model = try runCLI(["--print-model", name], cwd: dir).stdout
            XCTAssertTrue(model.contains(#""placement":"unknown""#) && model.contains("`extends` names no template"), model)
        }
        try write("base.html", "<html><head>{% block head %}{% endblock %}</head><body></body></html>")
        try write("child3.html", "{% extends 'base.html' -%}{% block head %}<script src=\"a.js\"></script>{% endblock %}\n")
        XCTAssertTrue(try runCLI(["child3.html"], cwd: dir).stdout.contains("child3.html:1:43: error:"), "a literal parent still resolves")
    }

    /// A consent manager written in a template rewrites the template's scripts as on a plain page.
    func testScriptLoadersAreRecognisedInTemplates() throws {
        try write("base.html.twig", """
        <!DOCTYPE html>
        <html><head>
        <script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="{{ cbid }}" async></script>
        <script type="text/plain" data-cookieconsent="statistics" defer>gtag('js', new Date());</script>
        </head><body>{% block body %}{% endblock %}</body></html>
        """)
        let r = try runCLI(["base.html.twig"], cwd: dir)
        XCTAssertEqual(r.status, 0, r.stdout)
        XCTAssertTrue(try runCLI(["--print-model", "base.html.twig"], cwd: dir).stdout.contains(#""deferredBy":"Cookiebot""#))
    }

    /// The end of <body> follows what later blocks are filled with down the chain, not the root's
    /// empty defaults (wagtail's admin: `extra_js` inside `js`, before the `furniture` whose
    /// `content` the page fills).
    func testLaterBlocksFilledDownTheChainEndTheBodyAfterAScript() throws {
        try write("templates/wagtailadmin/skeleton.html", """
        <!doctype html>
        <html lang="en">
        <head><title>Wagtail</title>{% block css %}{% endblock %}</head>
        <body>
            {% block js %}{% endblock %}
            {% block furniture %}{% endblock %}
        </body>
        </html>
        """)
        try write("templates/wagtailadmin/admin_base.html", """
        {% extends "wagtailadmin/skeleton.html" %}
        {% block js %}<script src="/core.js"></script>{% block extra_js %}{% endblock %}{% endblock %}
        """)
        try write("templates/wagtailadmin/base.html", """
        {% extends "wagtailadmin/admin_base.html" %}
        {% block furniture %}<main id="main">{% block content %}{% endblock %}</main>{% endblock %}
        """)
        try write("templates/wagtailadmin/collections/edit.html", """
        {% extends "wagtailadmin/base.html" %}
        {% block content %}<form><input name="title"></form>{% endblock %}
        {% block extra_js %}<script src="/privacy-switch.js"></script>{% endblock %}
        """)
        try write("templates/wagtailadmin/search.html", """
        {% extends "wagtailadmin/skeleton.html" %}
        {% block js %}<script src="/search.js" defer></script>{% endblock %}
        {% block furniture %}<main><h1>Search</h1></main>{% endblock %}
        """)
        try write("templates/wagtailadmin/empty.html", """
        {% extends "wagtailadmin/skeleton.html" %}
        {% block js %}<script src="/search.js" defer></script>{% endblock %}
        {% block furniture %}<!-- nothing -->{% endblock %}
        """)
        let out = try runCLI(["templates"], cwd: dir).stdout
        XCTAssertTrue(out.contains("collections/edit.html:3:21: warning:") && out.contains("[parser-blocking-script-in-body]"), out)
        XCTAssertFalse(out.contains("search.html"), "furniture is filled after the deferred script: \(out)")
        XCTAssertTrue(out.contains("empty.html:2:15: warning:") && out.contains("[async-defer-at-body-end]"), "an override that renders nothing: \(out)")
        XCTAssertFalse(out.contains("admin_base.html") || out.contains("base.html:"), out)
    }
}
