import XCTest
import TestSupport
@testable import ScriptLint

final class DirectiveTests: XCTestCase {
    func lint(_ html: String, unused: Bool = false) throws -> [String] {
        let linter = try Linter(settings: RuleSettings(), reportUnusedDirectives: unused)
        return linter.lint(HTMLParser.parse(html)).map { "\($0.start.line):\($0.ruleID)" }
    }

    let two = "<script src=a.js></script>\n<script src=b.js async defer></script>\n"

    func testNextLine() throws {
        XCTAssertEqual(try lint("<!-- scriptlint-disable-next-line render-blocking-script -->\n" + two),
                       ["3:async-with-defer"])
        XCTAssertEqual(try lint("<!-- scriptlint-disable-next-line -->\n" + two), ["3:async-with-defer"])
        // Only the next line, and only the named rule.
        XCTAssertEqual(try lint("<!-- scriptlint-disable-next-line async-with-defer -->\n" + two),
                       ["2:render-blocking-script", "3:async-with-defer"])
    }

    func testMultiLineCommentCoversTheLineAfterItsEnd() throws {
        XCTAssertEqual(try lint("<!--\n  scriptlint-disable-next-line render-blocking-script\n  -- the CMS injects this\n-->\n" + two),
                       ["6:async-with-defer"])
    }

    func testRangesAndNesting() throws {
        let html = """
        <!-- scriptlint-disable render-blocking-script, async-with-defer -->
        <script src=a.js async defer></script>
        <!-- scriptlint-enable async-with-defer -->
        <script src=b.js async defer></script>
        <script src=c.js></script>
        <!-- scriptlint-enable -->
        <script src=d.js></script>
        <!-- scriptlint-disable -->
        <script src=e.js async defer></script>
        <!-- scriptlint-enable render-blocking-script -->
        <script src=f.js></script>
        """
        XCTAssertEqual(try lint(html), ["4:async-with-defer", "7:render-blocking-script", "11:render-blocking-script"])
    }

    func testFileLevel() throws {
        XCTAssertEqual(try lint(two + "<!-- scriptlint-disable-file render-blocking-script -->"), ["2:async-with-defer"])
        XCTAssertEqual(try lint(two + "<!-- scriptlint-disable-file -->"), [])
    }

    func testUnknownIdsAndDirectivesAreReported() throws {
        XCTAssertEqual(try lint("<!-- scriptlint-disable-next-line render-blocking-scripts -->\n" + two),
                       ["1:scriptlint-directive", "2:render-blocking-script", "3:async-with-defer"])
        XCTAssertEqual(try lint("<!-- scriptlint-disable-line -->\n" + two).first, "1:scriptlint-directive")
    }

    func testLookalikesAreNotDirectives() throws {
        let html = """
        <script>// <!-- scriptlint-disable -->
        var s = "<!-- scriptlint-disable-file -->";</script>
        <meta name="x" content="<!-- scriptlint-disable-file -->">
        <noscript><!-- scriptlint-disable-file --></noscript>
        <script src=a.js></script>
        """
        XCTAssertEqual(try lint(html), ["5:render-blocking-script"])
    }

    func testUnusedDirectives() throws {
        let html = "<!-- scriptlint-disable-next-line async-with-defer, render-blocking-script -->\n<script src=a.js></script>\n<!-- scriptlint-disable-next-line -->\n<p>x</p>"
        XCTAssertEqual(try lint(html), [])
        XCTAssertEqual(try lint(html, unused: true), ["1:scriptlint-directive", "3:scriptlint-directive"])
    }
}
