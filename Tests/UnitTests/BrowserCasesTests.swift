import XCTest
import TestSupport
@testable import ScriptLint

/// Cases where an earlier, hand-rolled scanner disagreed with browsers (each checked against
/// Chromium's DOM and the HTML standard's tree construction).
final class BrowserCasesTests: XCTestCase {
    private func describe(_ html: String) -> [String] {
        model(html).scripts.map { s in
            var d = s.placement.rawValue
            if s.isSVG { d += "/svg" }
            if let inert = s.inert { d += "/" + inert.rawValue }
            if s.atEndOfBody { d += "/end" }
            return d
        }
    }

    private func rules(_ html: String) throws -> [String] {
        let linter = try Linter(settings: RuleSettings(severities: [:]))
        return linter.lint(HTMLParser.parse(html)).map(\.ruleID)
    }

    func testParagraphAndBreakEndTagsLeaveForeignContent() throws {
        for inner in ["</br>", "</p>"] {
            for root in ["svg", "math"] {
                let html = "<body><\(root)>\(inner)<script src=a.js></script></\(root)><p>x"
                XCTAssertEqual(describe(html), ["body"], html)
                XCTAssertEqual(try rules(html), ["parser-blocking-script-in-body"], html)
            }
        }
    }

    func testBodyEndTagAfterATableCounts() throws {
        let html = "<body><table><tr><td>x</table></body><script src=late.js></script>"
        XCTAssertEqual(describe(html), ["outside/end"])
        XCTAssertEqual(try rules(html), ["misplaced-script"])
        XCTAssertEqual(describe("<body><table><tr><td>x</body><script src=a.js></script>"), ["body/end"], "</body> in a cell is ignored")
    }

    func testXmpTextIsRendered() throws {
        let html = "<p>x</p><script src=a.js defer></script><xmp>visible</xmp>"
        XCTAssertEqual(describe(html), ["body"])
        XCTAssertEqual(try rules(html), [])
        XCTAssertEqual(describe("<p>x</p><script src=a.js></script><xmp> </xmp>"), ["body/end"])
    }

    func testNULAfterTheLastScriptIsNotContent() {
        XCTAssertEqual(describe("<p>x</p><script src=a.js></script>\0\0"), ["body/end"])
        XCTAssertEqual(describe("<p>x</p><script src=a.js></script><svg>\0</svg>"), ["body"], "in SVG a NUL is U+FFFD")
    }

    func testShadowRootsOnlyWhereAShadowRootCanBe() {
        XCTAssertEqual(describe("<head><template shadowrootmode=open><script src=a.js></script></template>"), ["head/template"])
        for host in ["a", "td", "mtext"] {
            let html = "<body><table><tr><\(host)><template shadowrootmode=open><script src=a.js></script></template>"
            XCTAssertEqual(describe(host == "mtext" ? "<body><math><mtext><template shadowrootmode=open><script src=a.js></script></template>" : html),
                           ["body/template"], host)
        }
        XCTAssertEqual(describe("<body><div><template shadowrootmode=open><script src=a.js></script></template><template shadowrootmode=closed><script src=b.js></script></template></div>"),
                       ["body/end", "body/template"], "a second root on one host is an ordinary template")
        XCTAssertEqual(describe("<body><my-card><template shadowrootmode=open><script src=a.js></script></template></my-card>"), ["body/end"])
    }

    func testNoscriptInHeadIsTextSoItsStyleSheetDoesNotBlock() throws {
        let html = "<head><noscript><link rel=stylesheet href=a.css></noscript><script>init()</script></head><body>x"
        XCTAssertEqual(model(html).links.count, 0)
        XCTAssertEqual(try rules(html), [])
    }

    func testHTML5CharacterReferences() throws {
        let html = "<script type=\"text&sol;javascript\" src=a.js async defer></script>"
        XCTAssertEqual(model(html).scripts[0].kind, .classic)
        XCTAssertEqual(model(html).scripts[0].typeValue, "text/javascript")
        XCTAssertEqual(try rules(html), ["async-with-defer"])
        XCTAssertEqual(model("<script src=\"a.js?x=1&copy=2\"></script>").scripts[0].src, "a.js?x=1&copy=2", "attribute-value rule")
        XCTAssertEqual(model("<script src=\"a.js?x=1&copy;\"></script>").scripts[0].src, "a.js?x=1©")
        XCTAssertEqual(model("<script src=\"&NotNestedGreaterGreater;\"></script>").scripts[0].src, "\u{2AA2}\u{338}", "two code points")
    }

    func testForeignContentEdges() {
        XCTAssertEqual(describe("<svg><title>Icon</title><script href=a.js></script></svg>"), ["body/svg/end"])
        XCTAssertEqual(describe("<math><mi>x</mi><script src=a.js></script>"), ["body/mathml"])
        XCTAssertEqual(describe("<table><caption><svg></table><script src=a.js></script>"), ["body/end"])
        XCTAssertEqual(describe("<math><mi><mglyph><script src=a.js></script>"), ["body/mathml"])
        XCTAssertEqual(describe("<svg></svg><frameset><script src=a.js></script>"), [], "frameset replaces the body; the script is ignored")
        XCTAssertEqual(describe("<template><col><script src=a.js></script></template>"), [], "a column group drops the script")
        XCTAssertEqual(describe("<script\0 src=a.js></script><p>x"), [], "script\\0 is another element")
    }

    func testWhitespaceReferencesAndNULKeepTheHead() {
        XCTAssertEqual(describe("<head>&#32;&#9;\0<script src=a.js></script>"), ["head"])
        XCTAssertEqual(describe("<head>&nbsp;<script src=a.js></script>"), ["body/end"])
    }

    func testStrayContinuationBytesCountOneColumnEach() {
        // Browsers decode each stray continuation byte as one U+FFFD: one column each.
        let doc = HTMLParser.parse(bytes: [0x80, 0x80, 0x80] + Array("<script src=a.js></script>".utf8))
        XCTAssertEqual(doc.source.position(of: doc.scripts[0].tag.range.start), SourcePosition(line: 1, column: 4))
    }
}
