import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// Template constructs in every place they stand, per dialect (SPEC §8).
final class TemplateTests: TemporaryFolderTestCase {
    private func lint(_ text: String, _ dialect: TemplateDialect, rules: [String: Severity] = [:]) throws -> [Diagnostic] {
        let linter = try Linter(settings: RuleSettings(severities: rules))
        let document = TemplateAnnotator.parse(SourceText(fileBytes: Array(text.utf8)), dialect: dialect)
        return linter.lint(document)
    }

    private func found(_ text: String, _ dialect: TemplateDialect) throws -> [String] {
        try lint(text, dialect).map { "\($0.start.line):\($0.start.column) \($0.ruleID)" }
    }

    private func model(_ text: String, _ dialect: TemplateDialect) -> ScriptDocument {
        TemplateAnnotator.parse(SourceText(fileBytes: Array(text.utf8)), dialect: dialect)
    }

    private let page = "<!DOCTYPE html>\n<html><head>\n"

    // MARK: jinja

    func testNestedQuotesInAnAttributeValueAndBlocksInHead() throws {
        let text = page + "{% block css %}{% endblock %}\n<script src=\"{% static \"admin/js/theme.js\" %}\"></script>\n</head><body><p>x</p></body></html>"
        let d = try lint(text, .jinja)
        XCTAssertEqual(d.map(\.ruleID), ["render-blocking-script"])
        XCTAssertEqual(d.first.map { "\($0.start.line):\($0.start.column)" }, "4:1")
        XCTAssertTrue(d[0].message.contains("`{% static \"admin/js/theme.js\" %}`"), d[0].message)
        XCTAssertEqual(model(text, .jinja).scripts[0].template?.dynamic, ["src"])
    }

    func testConstructsBetweenTagsInHeadDoNotEndIt() throws {
        let text = page + "{{ meta_tags }}\n{% if debug %}<meta name=x>{% endif %}\n{# note #}\n<script src=a.js></script></head><body>x"
        XCTAssertEqual(try found(text, .jinja), ["6:1 render-blocking-script"])
    }

    func testWhitespaceTrimsAndTwigTilde() throws {
        let text = page + "{%- if a -%}\n{%+ if b +%}{%~ endif ~%}{%- endif %}<script src=\"{{- url -}}\"></script></head><body>x"
        XCTAssertEqual(try found(text, .jinja).map { $0.split(separator: " ")[1] }, ["render-blocking-script"])
    }

    func testConstructsInsideScriptTextAreText() {
        let text = page + "<script>var u = \"{{ url }}\"; if (a < b) {% if x %}go(){% endif %}</script><script src=b.js></script></head><body>x"
        let m = model(text, .jinja)
        XCTAssertEqual(m.scripts.count, 2)
        XCTAssertEqual(m.scripts.map(\.placement), [.head, .head])
    }

    func testRawAndVerbatimBodiesAreHTMLAndCommentBodiesAreNot() throws {
        let raw = page + "{% raw %}<script src=\"{{ not.a.construct }}\"></script>{% endraw %}</head><body>x"
        let m = model(raw, .jinja)
        XCTAssertEqual(m.scripts.count, 1)
        XCTAssertEqual(m.scripts[0].src, "{{ not.a.construct }}")
        XCTAssertEqual(m.scripts[0].template?.dynamic, [], "inside raw, braces are literal text")
        XCTAssertEqual(model(page + "{% verbatim %}<script src=v.js></script>{% endverbatim %}", .jinja).scripts.count, 1)
        XCTAssertEqual(model(page + "{% comment %}<script src=c.js></script>{% endcomment %}{# <script src=d.js></script> #}", .jinja).scripts.count, 0)
    }

    func testConditionalAttributes() throws {
        let cond = page + "<script src=a.js {% if lazy %}defer{% endif %}></script><script src=b.js async {% if x %}defer{% endif %}></script></head><body>x"
        XCTAssertEqual(try found(cond, .jinja), [], "conditional defer: not render-blocking; not async-with-defer")
        let m = model(cond, .jinja)
        XCTAssertEqual(m.scripts[0].template?.conditional, ["defer"])
        XCTAssertEqual(try found(page + "<script src=b.js async defer {% if x %}data-x{% endif %}></script></head><body>x", .jinja),
                       ["3:1 async-with-defer"])
        XCTAssertEqual(try found(page + "<script src=a.js {{ attrs }}></script></head><body>x", .jinja), [], "unknown attributes")
    }

    func testDynamicTypeGivesNoKindFinding() throws {
        XCTAssertEqual(try found(page + "<script type=\"{{ t }}\" src=a.js async defer></script></head><body>x", .jinja), [])
        XCTAssertEqual(try found(page + "<script src=\"\" type=text/javascript></script>", .jinja), ["3:1 script-never-runs"])
        XCTAssertEqual(try found(page + "<script src=\"{{ '' }}\"></script></head><body>x", .jinja), ["3:1 render-blocking-script"], "a dynamic src is external")
    }

    func testBranchesArePairedOnlyWithinOneBranch() throws {
        let text = page + "</head><body><p>x</p>{% if a %}<script src=j.js></script>{% else %}<script src=j.js></script>{% endif %}<p>y</p>"
        XCTAssertEqual(try found(text, .jinja).filter { $0.hasSuffix("duplicate-script") }, [])
        let same = page + "</head><body><p>x</p>{% if a %}<script src=j.js></script><script src=j.js></script>{% endif %}<p>y</p>"
        XCTAssertEqual(try found(same, .jinja).filter { $0.hasSuffix("duplicate-script") }.count, 1)
        let after = page + "</head><body>{% if a %}<script src=j.js></script>{% endif %}<script src=j.js></script><p>y</p>"
        XCTAssertEqual(try found(after, .jinja).filter { $0.hasSuffix("duplicate-script") }.count, 1, "outside the conditional it pairs")
        let importmap = page + "{% if a %}<script type=module src=m.js></script>{% else %}<script type=importmap>{}</script>{% endif %}</head><body>x"
        XCTAssertEqual(try found(importmap, .jinja).filter { $0.hasSuffix("importmap-after-module") }, [])
    }

    func testOutputAfterTheLastScriptMakesEndOfBodyUnknown() throws {
        let text = page + "</head><body><p>x</p><script src=a.js></script>{{ footer }}</body></html>"
        XCTAssertEqual(try found(text, .jinja), [])
        XCTAssertEqual(try found(page + "</head><body><p>x</p><script src=a.js defer></script>{{ footer }}</body>", .jinja), [])
        XCTAssertEqual(try found(page + "</head><body><p>x</p><script src=a.js defer></script>{# c #}</body>", .jinja), ["3:22 async-defer-at-body-end"])
    }

    func testUnclosedConstructIsReportedAndTheRestLinted() throws {
        let text = page + "{{ oops\n<script src=a.js></script></head><body>x"
        let d = try lint(text, .jinja)
        // Only the `{{` is taken as broken; " oops" is text to the HTML parser, so the head ends.
        XCTAssertEqual(d.map { "\($0.start.line):\($0.start.column) \($0.ruleID)" }, ["3:1 template-syntax", "4:1 parser-blocking-script-in-body"])
        XCTAssertTrue(d[0].message.contains("never closed"), d[0].message)
        let unbalanced = try lint(page + "{% endif %}{% if a %}<script src=a.js></script>", .jinja)
        XCTAssertEqual(unbalanced.filter { $0.ruleID == "template-syntax" }.count, 2, unbalanced.map(\.message).description)
    }

    /// Twig's shorthand block (`{% block body_id 'admin_post_edit' %}`, 16 false errors in Symfony's
    /// demo) needs no `{% endblock %}`; Jinja's `scoped`/`required` blocks still do.
    func testTwigShorthandBlocksCloseThemselves() throws {
        let shorthand = "{% extends 'base.html.twig' %}\n{% block body_id 'admin_post_edit' %}\n{% block title page.title|title %}\n"
            + "{%- block main -%}<script src=a.js></script>{%- endblock -%}\n"
        XCTAssertEqual(try found(shorthand, .jinja).filter { $0.hasSuffix("template-syntax") }, [])
        let blocks = TemplateMasker.scan(Array(shorthand.utf8), dialect: .jinja).blocks
        XCTAssertEqual(blocks.map(\.name), ["body_id", "title", "main"])
        XCTAssertTrue(blocks.allSatisfy { $0.close != nil })
        for unclosed in ["{% block content scoped %}x", "{% block content required %}x", "{%- block content -%}x"] {
            XCTAssertEqual(try found(page + unclosed, .jinja).filter { $0.hasSuffix("template-syntax") }.count, 1, unclosed)
        }
    }

    func testPartialsHaveUnknownPlacement() throws {
        let partial = "<script src=a.js></script>\n<div>{{ x }}</div>\n<script src=b.js></script>"
        XCTAssertEqual(try found(partial, .jinja), [])
        XCTAssertEqual(model(partial, .jinja).scripts.map(\.placement), [.unknown, .unknown])
        XCTAssertEqual(try found("<script src=a.js async defer></script>", .jinja), ["1:1 async-with-defer"], "placement-free rules still apply")
    }

    func testTemplateCommentDirectives() throws {
        let text = page + "{# scriptlint-disable-next-line render-blocking-script #}\n<script src=a.js></script>\n<script src=b.js></script></head><body>x"
        XCTAssertEqual(try found(text, .jinja), ["5:1 render-blocking-script"])
        let html = page + "<!-- scriptlint-disable-next-line -->\n<script src=a.js></script></head><body>x"
        XCTAssertEqual(try found(html, .jinja), [])
        XCTAssertEqual(try found(page + "<%# scriptlint-disable-next-line %>\n<script src=a.js></script></head><body>x", .erb), [])
        XCTAssertEqual(try found(page + "{{!-- scriptlint-disable-next-line --}}\n<script src=a.js></script></head><body>x", .handlebars), [])
        XCTAssertEqual(try found(page + "{{/* scriptlint-disable-next-line */}}\n<script src=a.js></script></head><body>x", .go), [])
    }

    func testFixInATwigFileIsByteExactAndNeverInsideAConstruct() throws {
        let path = try write("views/page.html.twig", page + "<script src=\"{{ asset('a.js') }}\" async defer></script>\n<script src=b.js async {% if x %}defer{% endif %}></script></head><body>{{ body }}</body></html>\n")
        let r = try runCLI(["--fix", path])
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8),
                       page + "<script src=\"{{ asset('a.js') }}\" async></script>\n<script src=b.js async {% if x %}defer{% endif %}></script></head><body>{{ body }}</body></html>\n")
        let inside = try lint(page + "<script src=a.js {% if x %}async defer{% endif %}></script></head><body>x", .jinja)
        XCTAssertTrue(inside.allSatisfy { $0.fix == nil })
    }

    // MARK: other dialects

    func testERB() throws {
        let text = page + "<%= csrf_meta_tags %>\n<script src=\"<%= asset_path 'app.js' %>\"></script>\n<% if admin? %><script src=x.js></script><% else %><script src=x.js></script><% end %>\n</head><body>x"
        XCTAssertEqual(try found(text, .erb), ["4:1 render-blocking-script", "5:16 render-blocking-script", "5:52 render-blocking-script"])
        XCTAssertEqual(try found(page + "<script src=a.js <% if x %>defer<% end %>></script></head><body>x", .erb), [])
        // `<%%` renders a literal `<%`: text, which ends the head.
        XCTAssertEqual(try found(page + "<%% not a tag %>\n<script src=a.js></script></head><body>x", .erb), ["4:1 parser-blocking-script-in-body"])
    }

    func testPHP() throws {
        let text = page + "<?php wp_head(); ?>\n<script src=\"<?= $base ?>/a.js\"></script></head><body>x"
        XCTAssertEqual(try found(text, .php), ["4:1 render-blocking-script"])
        XCTAssertEqual(model(text, .php).scripts[0].src, "<?= $base ?>/a.js")
        XCTAssertEqual(try found(page + "<script src=a.js></script></head><body><?php footer(); ", .php), ["3:1 render-blocking-script"], "unclosed php runs to the end")
    }

    func testHandlebars() throws {
        let text = page + "{{#if dev}}<script src=j.js></script>{{else}}<script src=j.js></script>{{/if}}{{> head}}</head><body>{{{body}}}"
        XCTAssertEqual(try found(text, .handlebars), ["3:12 render-blocking-script", "3:46 render-blocking-script"])
    }

    func testGo() throws {
        let text = page + "{{- if .Dev }}<script src=j.js></script>{{ else if .X }}<script src=k.js></script>{{ else }}<script src=j.js></script>{{ end -}}\n<script src=\"{{ \"a.js\" | relURL }}\"></script></head><body>{{ .Content }}"
        let d = try found(text, .go)
        XCTAssertEqual(d.filter { $0.hasSuffix("duplicate-script") }, [])
        XCTAssertEqual(d.filter { $0.hasSuffix("render-blocking-script") }.count, 4)
    }

    func testDialectDetection() {
        XCTAssertEqual(TemplateDialect.fromFileName("show.html.erb"), .erb)
        XCTAssertEqual(TemplateDialect.fromFileName("base.html.twig"), .jinja)
        XCTAssertEqual(TemplateDialect.fromFileName("x.gohtml"), .go)
        XCTAssertNil(TemplateDialect.fromFileName("x.html"))
        XCTAssertEqual(TemplateDialect.sniff(Array("<title>{% block t %}{% endblock %}</title>".utf8)), .jinja)
        XCTAssertEqual(TemplateDialect.sniff(Array("<p><%= x %></p>".utf8)), .erb)
        XCTAssertEqual(TemplateDialect.sniff(Array("<?php echo 1 ?>".utf8)), .php)
        XCTAssertEqual(TemplateDialect.sniff(Array("{{#each items}}{{this}}{{/each}}".utf8)), .handlebars)
        XCTAssertEqual(TemplateDialect.sniff(Array("{{ .Title }}{{ range .Pages }}{{ end }}".utf8)), .go)
        XCTAssertNil(TemplateDialect.sniff(Array("<div id=app>{{ message }}</div>".utf8)), "Vue/Angular pages stay plain HTML")
        XCTAssertTrue(FileKinds.kind(of: "a.liquid")?.walked == true)
    }

    // MARK: inheritance

    func testJinjaExtendsAcrossFilesAndEachParentOnce() throws {
        try write("app/templates/base.html", "<!doctype html><html><head><title>{% block title %}{% endblock %}</title>{% block extrahead %}{% endblock %}</head>\n<body>{% block content %}{% endblock %}\n{% block scripts %}{% endblock %}</body></html>")
        let child = try write("app/templates/shop/item.html", "{% extends \"base.html\" %}\n{% block extrahead %}<script src=\"{% static 'h.js' %}\"></script>{% endblock %}\n{% block content %}<script src=c.js></script><p>x</p>{% endblock %}\n{% block scripts %}<script src=s.js defer></script>{% endblock %}\n<script src=outside.js></script>")
        let r = try runCLI(["--format", "json", child])
        let json = try JSONSerialization.jsonObject(with: r.stdoutData) as! [String: Any]
        let diags = ((json["files"] as! [[String: Any]])[0]["diagnostics"] as! [[String: Any]]).map { "\($0["line"]!):\($0["column"]!) \($0["ruleId"]!)" }
        XCTAssertEqual(diags, ["2:22 render-blocking-script", "3:20 parser-blocking-script-in-body", "4:20 async-defer-at-body-end"])
        let model = try runCLI(["--print-model", child]).stdout
        XCTAssertTrue(model.contains(#"block \"extrahead\" of "#), model)
        XCTAssertTrue(model.contains("outside every block"), model)
    }

    func testUnresolvableParentGivesUnknownPlacement() throws {
        let child = try write("x/page.html", "{% extends \"missing.html\" %}{% block head %}<script src=a.js></script>{% endblock %}")
        let r = try runCLI([child])
        XCTAssertEqual(r.status, 0, r.stdout)
        XCTAssertTrue(try runCLI(["--print-model", child]).stdout.contains("not found"))
    }

    func testHugoBaseofAndJekyllLayout() throws {
        try write("site/layouts/_default/baseof.html", "<!doctype html><html><head>{{ block \"head\" . }}{{ end }}</head><body>{{ block \"main\" . }}{{ end }}</body></html>")
        let single = try write("site/layouts/_default/single.html", "{{ define \"head\" }}<script src=h.js></script>{{ end }}{{ define \"main\" }}<p>x</p><script src=m.js async></script>{{ end }}")
        XCTAssertEqual(try runCLI([single]).stdout.components(separatedBy: "\n").filter { $0.contains("[") }.map { $0.components(separatedBy: " [").last! },
                       ["render-blocking-script]", "async-defer-at-body-end]"])
        try write("blog/_layouts/default.html", "<!doctype html><html><head><title>t</title></head><body>{{ content }}</body></html>")
        let post = try write("blog/_posts/post.html", "---\nlayout: default\ntitle: A post\n---\n<p>x</p><script src=p.js></script><p>y</p>")
        let out = try runCLI([post]).stdout
        XCTAssertTrue(out.contains("post.html:5:9: warning"), out)
    }

    // MARK: bodies output elsewhere, includes

    func testMacroAndPHPFunctionBodiesAreLintedWithUnknownPlacement() throws {
        // A macro after </html> and a PHP function after </html>: no misplaced-script, but the
        // async+defer inside is still found (and fixable), and the body never pairs with the page.
        let jinja = page + "<script src=a.js defer></script></head><body>x</body></html>\n{% macro tracking(id) %}<script src=a.js async defer></script>{% endmacro %}"
        XCTAssertEqual(try found(jinja, .jinja), ["4:25 async-with-defer"])
        let macro = model(jinja, .jinja).scripts[1]
        XCTAssertEqual(macro.placement, .unknown)
        XCTAssertTrue(macro.template?.placementReason?.contains("the macro `tracking`") == true, "\(String(describing: macro.template))")
        let php = "<?php get_header(); ?>\n<!DOCTYPE html><html><head></head><body><p>x</p></body></html>\n<?php\nfunction shake_js() {\n\t?>\n\t<script src=\"s.js\" async defer></script>\n\t<script>go()</script>\n\t<?php\n}\n"
        XCTAssertEqual(try found(php, .php), ["6:2 async-with-defer"])
        let scripts = model(php, .php).scripts
        XCTAssertEqual(scripts.map(\.placement), [.unknown, .unknown])
        XCTAssertTrue(scripts[0].template?.placementReason?.contains("the PHP function `shake_js`") == true)
        // A body is read on its own and what it holds moved to where it stands: the fix edits the
        // file's own bytes there, and the inline script's text is the file's.
        let fixes = try lint(php, .php).flatMap { $0.fix.map { [$0] } ?? [] }
        XCTAssertEqual(String(decoding: Fixer.apply(fixes, to: Array(php.utf8)).0, as: UTF8.self),
                       php.replacingOccurrences(of: "<script src=\"s.js\" async defer>", with: "<script src=\"s.js\" async>"))
        let text = try XCTUnwrap(scripts[1].textRange)
        XCTAssertEqual(String(decoding: Array(php.utf8)[text.start..<text.end], as: UTF8.self), "go()")
        // A whole page inside a function is not the file's page structure: the rest is a partial.
        let wp = "<?php function login_header() { ?>\n<!DOCTYPE html><html><head>\n<?php } ?>\n<form></form>\n<script src=\"x.js\"></script>\n"
        XCTAssertEqual(try found(wp, .php), [])
        XCTAssertEqual(model(wp, .php).scripts.map(\.placement), [.unknown])
        // Braces in strings and comments do not open or close a body.
        let quoted = "<?php function f() { $a = '}'; // }\n ?><script src=a.js async defer></script><?php } ?>"
        XCTAssertEqual(model(quoted, .php).scripts.first?.placement, .unknown)
        for code in ["$a = 'it\\'s }'; $b = \"\\\"}\";", "/* } ** } */", "# } ", "// } ", "$c = \"{$x} \\\\\";"] {
            let php = "<?php function f() { \(code)?><script src=a.js></script><?php } ?>"
            XCTAssertEqual(model(php, .php).scripts.first?.placement, .unknown, code)
        }
        // A comment that `?>` ends, and a brace after it in the next block, which closes the body.
        let closed = "<?php function f() { // note ?><script src=a.js></script><?php } ?><script src=b.js></script>"
        XCTAssertEqual(model(closed, .php).scripts.map { $0.template?.detached ?? 0 }, [1, 0])
    }

    func testEndTagUnderAnotherConditionDoesNotPlaceALaterScript() throws {
        let text = page + "</head><body>{% if error %}<p>e</p></body></html>{% endif %}<p>x</p><script>go()</script>"
        let s = model(text, .jinja).scripts[0]
        XCTAssertEqual(s.placement, .unknown)
        XCTAssertEqual(try found(text, .jinja), [])
        // In the same branch the browser does move it: misplaced-script stands.
        XCTAssertEqual(try found(page + "</head><body><p>x</p></body></html><script>go()</script>", .jinja), ["3:36 misplaced-script"])
    }

    func testLinkHrefIsQuotedAsWritten() throws {
        let text = page + "<link rel=stylesheet href=\"{{ 'css/base.css'|url }}\"><script>go()</script></head><body>x"
        let d = try lint(text, .jinja).filter { $0.ruleID == "script-after-stylesheet" }
        XCTAssertEqual(d.count, 1)
        XCTAssertTrue(d[0].message.contains("{{ 'css/base.css'|url }}"), d[0].message)
    }

    func testPartialsTakeThePlacementOfTheirIncludes() throws {
        // Jekyll: an include in the layout's <head>, an unquoted name, through a partial that is
        // itself included; a post's layout; a Django include inside a child's block.
        try write("site/_layouts/default.html", "<!DOCTYPE html>\n<html>\n{%- include head.html -%}\n<body>{{ content }}\n{% include footer.html %}\n</body></html>")
        let head = try write("site/_includes/head.html", "<head>\n<meta charset=utf-8>\n{% include analytics.html %}\n</head>")
        let analytics = try write("site/_includes/analytics.html", "<script src=\"https://example.com/{{ site.id }}.js\"></script>")
        let footer = try write("site/_includes/footer.html", "<footer>x</footer>\n<script src=\"/f.js\" async defer></script>")
        let lonely = try write("site/_includes/lonely.html", "<script src=\"/l.js\"></script>")
        let r = try runCLI(["--format", "json", dir.appendingPathComponent("site").path])
        let json = try JSONSerialization.jsonObject(with: r.stdoutData) as! [String: Any]
        var found: [String] = []
        for file in json["files"] as! [[String: Any]] {
            let name = (file["path"] as! String).split(separator: "/").last!
            for d in file["diagnostics"] as! [[String: Any]] { found.append("\(name):\(d["line"]!):\(d["column"]!) \(d["ruleId"]!)") }
        }
        // lonely.html, which nothing includes and which holds no construct, is plain HTML: a
        // fragment whose script a browser puts in <head>.
        XCTAssertEqual(found.sorted(), ["analytics.html:1:1 render-blocking-script", "footer.html:2:1 async-defer-at-body-end",
                                        "footer.html:2:1 async-with-defer", "lonely.html:1:1 render-blocking-script"])
        let models = try runCLI(["--print-model", head, analytics, footer, lonely, dir.appendingPathComponent("site/_layouts/default.html").path]).stdout
        XCTAssertTrue(models.contains("includes it"), models)
        // Only files of the same run count: alone, a partial with constructs is unknown again.
        let alone = try runCLI(["--print-model", footer.replacingOccurrences(of: "footer.html", with: "head.html")]).stdout
        XCTAssertFalse(alone.contains("includes it"), alone)
        _ = lonely

        try write("app/templates/base.html", "<!doctype html><html><head>{% block extrahead %}{% endblock %}</head><body>{% block content %}{% endblock %}</body></html>")
        try write("app/templates/page.html", "{% extends \"base.html\" %}{% block extrahead %}{% include \"partials/js.html\" %}{% endblock %}")
        try write("app/templates/partials/js.html", "<script src=\"/app.js\"></script>")
        let django = try runCLI([dir.appendingPathComponent("app").path]).stdout
        XCTAssertTrue(django.contains("js.html:1:1: error:") && django.contains("render-blocking-script"), django)
        // Included at two places that disagree: unknown, and the model says why.
        try write("app/templates/other.html", "<!doctype html><html><head></head><body><p>x</p>{% include \"partials/js.html\" %}<p>y</p></body></html>")
        let both = try runCLI(["--print-model", dir.appendingPathComponent("app").path]).stdout
        XCTAssertTrue(both.contains("different places"), both)
    }

    func testPHPIncludesAndWordPressFooter() throws {
        try write("theme/index.php", "<?php get_header(); ?>\n<main>x</main>\n<?php get_footer(); ?>")
        try write("theme/header.php", "<!DOCTYPE html>\n<html><head><?php wp_head(); ?></head>\n<body>")
        let footer = try write("theme/footer.php", "<footer>f</footer>\n<script src=\"/f.js\" async defer></script>\n<?php wp_footer(); ?>\n</body></html>")
        let out = try runCLI(["--config", try write("wp.json", #"{"extensions": ["php"]}"#), dir.appendingPathComponent("theme").path]).stdout
        XCTAssertTrue(out.contains("footer.php:2:1: warning:") && out.contains("async-with-defer"), out)
        let model = try runCLI(["--config", dir.appendingPathComponent("wp.json").path, "--print-model", dir.appendingPathComponent("theme").path]).stdout
        XCTAssertTrue(model.contains("includes it") && model.contains(footer), model)
    }

    /// A file the include index scanned is not scanned again by its own lint: the index keeps the
    /// scan for the bytes it read, and gives it once, to the same bytes only.
    func testIncludeIndexScanTakenOnceForTheSameBytes() throws {
        let index = try write("theme/index.php", "<?php get_header(); ?>\n<main>x</main>\n<?php get_footer(); ?>")
        let header = try write("theme/header.php", "<!DOCTYPE html>\n<html><head><?php include 'x.php'; ?></head>\n<body>")
        let resolver = TemplateResolver()
        func indexRun() {
            resolver.setRunFiles([index, header]) { _, _ in .php }
            _ = resolver.includeWhere(for: header)
        }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: index)))
        indexRun()
        // An editor's changed buffer: not the scan of the file on disk (and that scan is dropped).
        XCTAssertNil(resolver.takeScan(of: index, source: SourceText(fileBytes: bytes + [0x20]), dialect: .php, options: .standard))
        XCTAssertNil(resolver.takeScan(of: index, source: SourceText(fileBytes: bytes), dialect: .php, options: .standard))
        indexRun()
        XCTAssertNil(resolver.takeScan(of: index, source: SourceText(fileBytes: bytes), dialect: .php, options: TemplateOptions(phpShortOpenTag: false)))
        indexRun()
        let taken = try XCTUnwrap(resolver.takeScan(of: index, source: SourceText(fileBytes: bytes), dialect: .php, options: .standard))
        let fresh = TemplateMasker.scan(bytes, dialect: .php)
        XCTAssertEqual(taken.masked, fresh.masked)
        XCTAssertEqual(taken.constructs.map(\.range), fresh.constructs.map(\.range))
        XCTAssertNil(resolver.takeScan(of: index, source: SourceText(fileBytes: bytes), dialect: .php, options: .standard))
    }

    /// The run reads each file from disk once: the include index keeps what it read, a file's lint
    /// reads those bytes (their hash known, not made again) and then drops them; an editor's
    /// buffer with the same text is not taken for the kept bytes.
    func testRunFilesReadOnceAndDroppedByTheirLint() throws {
        let index = try write("theme/index.php", "<?php get_header(); ?>\n<main>x</main>\n<?php get_footer(); ?>")
        let header = try write("theme/header.php", "<!DOCTYPE html>\n<html><head><script src=a.js></script></head>\n<body>")
        let linter = try Linter(settings: RuleSettings(), templates: TemplateSettings(dialects: [("**/*.php", .php)]))
        linter.templates.setRunFiles([index, header])
        let cache = linter.templates.run.fileCache
        XCTAssertNil(cache.kept(header), "nothing is read before a pass needs it")
        _ = linter.lint(path: index, bytes: try linter.read(index))
        let kept = try XCTUnwrap(cache.kept(header), "the include index read the header")
        XCTAssertEqual(kept, [UInt8](try Data(contentsOf: URL(fileURLWithPath: header))))
        let bytes = try linter.read(header)
        XCTAssertEqual(cache.hash(of: header, bytes: bytes), runHash(kept), "the same bytes: their hash is known")
        let copy = Array(bytes.map { $0 })
        XCTAssertNil(cache.hash(of: header, bytes: copy), "equal bytes elsewhere (an editor's buffer) are hashed anew")
        XCTAssertNil(cache.hash(of: index, bytes: bytes))
        let result = linter.lint(path: header, bytes: bytes)
        XCTAssertEqual(result.diagnostics.map(\.ruleID), ["render-blocking-script"])
        XCTAssertNil(cache.kept(header), "dropped once its lint is done")
        linter.templates.setRunFiles([index, header])
        XCTAssertNil(cache.kept(index), "a new run starts with nothing kept")
    }

    /// PHP code is a control boundary when it holds a control-flow keyword as a word of its own,
    /// in any case, and not as a variable, a property, a constant of a class or part of a name.
    func testPHPFlowWordsInAnyCaseAndNoWhereElse() {
        func kind(_ code: String) -> TemplateScan.ConstructKind? {
            TemplateMasker.scan(Array("<p><?php \(code) ?></p>".utf8), dialect: .php).constructs.first?.kind
        }
        for word in Masker.phpFlowWords {
            XCTAssertEqual(kind(word + ";"), .control, word)
            XCTAssertEqual(kind(word.uppercased() + ";"), .control, word)
            XCTAssertEqual(kind("$" + word + " = 1;"), .output, word)
            XCTAssertEqual(kind("$a->" + word + "();"), .output, word)
            XCTAssertEqual(kind("A::" + word + ";"), .output, word)
            XCTAssertEqual(kind(word + "_x();"), .output, word)
            XCTAssertEqual(kind("x" + word + "();"), .output, word)
        }
        XCTAssertEqual(kind("echo 'if';"), .output)
        // Braces and keywords in strings and comments are neither.
        for code in ["echo '{';", "echo \"a\\\"{ if\";", "/* { ** if */ echo 1;", "# {\n echo 1;", "// if {\n echo 1;", "echo 'x\\\\'; f();"] {
            XCTAssertEqual(kind(code), .output, code)
        }
        XCTAssertEqual(kind("/* x */ if ($a):"), .control)
        XCTAssertEqual(kind("echo 'a'; }"), .control)
        XCTAssertEqual(kind("endforeach2();"), .output)
    }

    func testIncludedNamesReadFromBytes() {
        let construct = TemplateScan.Construct(range: ByteRange(0, 0), kind: .control, context: .text, inner: ByteRange(0, 0), name: "")
        // Every get_template_part call in a block, its own arguments, not the block's first comma.
        let code = "$a = f(1, 2);\nget_template_part( 'parts/card', \"wide\" );\nget_template_part('parts/nav');\nget_sidebar();"
        XCTAssertEqual(Set(PHPSyntax.includedNames(Array(code.utf8), construct)),
                       ["parts/card-wide.php", "parts/card.php", "parts/nav.php", "sidebar.php"])
        // In order: the `_once` forms, then the plain ones, then header/footer/sidebar (the first
        // quoted name of each), then template parts; a keyword inside a longer word is not one.
        let all = """
        require_once ABSPATH . 'x.php'; include_once( "once.php" ); require 'req.php'; my_include 'no.php';
        get_footer( 'shop' ); get_footer( 'other' ); get_header(); include "inc.php"; get_template_part( 't' );
        """
        XCTAssertEqual(PHPSyntax.includedNames(Array(all.utf8), construct),
                       ["once.php", "inc.php", "req.php", "header.php", "footer-shop.php", "t.php"])
        // A keyword that ends a longer word (ASCII or not) is not the keyword.
        XCTAssertEqual(PHPSyntax.quotedNames("my_include 'a.php'; éinclude 'b.php'; include 'c.php'", after: "include"), ["c.php"])
        XCTAssertEqual(JinjaSyntax.quotedNames(" include base.html -", after: "include", bare: true), ["base.html"])
        // Differential: the same names as the Character-by-Character reading this replaced, on
        // random ASCII built from the pieces that matter.
        let pieces = ["include", "render", " ", "(", "'", "\"", "a.html", "partial:", "_", "x", "%", "}", "{", "-", ".", "\n", "\t"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 1...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            for keyword in ["include", "render"] {
                for bare in [false, true] {
                    XCTAssertEqual(JinjaSyntax.quotedNames(text, after: keyword, bare: bare),
                                   Self.characterQuotedNames(text, after: keyword, bare: bare), "\(text.debugDescription) \(keyword) \(bare)")
                }
            }
        }
    }

    private static func characterQuotedNames(_ text: String, after keyword: String, bare: Bool) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let at = rest.indices.first(where: { rest[$0...].hasPrefix(keyword) }) {
            // The old reading looked back only as far as the last match (`includeinclude 'a'`
            // matched twice); the character before is the text's.
            let before = text[..<at].last
            rest = rest[rest.index(at, offsetBy: keyword.count)...]
            if let before, before.isLetter || before.isNumber || before == "_" { continue }
            var tail = rest.drop { $0 == " " || $0 == "(" || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            if tail.hasPrefix("partial:") { tail = tail.dropFirst(8).drop { $0 == " " } }
            if let q = tail.first, q == "\"" || q == "'" {
                let body = tail.dropFirst()
                if let end = body.firstIndex(of: q) { names.append(String(body[..<end])) }
            } else if bare {
                var name = String(tail.prefix { !$0.isWhitespace && $0 != "%" && $0 != "}" })
                while name.hasSuffix("-") { name.removeLast() }
                if name.contains("."), !name.contains("{") { names.append(name) }
            }
        }
        return names
    }
}
