import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// The HTML report read by html5lib: hostile pages add no markup, the whole fixture report is
/// self-contained.
final class HTMLReportReferenceTests: TemporaryFolderTestCase {
    /// A page whose attributes, comments, script text, template text and file name hold markup and
    /// script cannot add either to the report: an independent parser (html5lib) finds only the
    /// report's own style and script, both allowed by hash, and the payload as text.
    func testHostilePagesCannotAddMarkupOrScript() throws {
        try Python.require("html5lib")
        let payload = "</script><img src=x onerror=alert(1)>"
        let name = "x</script><img src=x onerror=alert(1)>.html"   // a folder "x<" and a file in it
        try write(name, """
        <!DOCTYPE html><html><head>
        <!-- \(payload) --><title>\(payload)</title>
        <script src="https://cdn.example/\(payload.replacingOccurrences(of: "\"", with: ""))"></script>
        <script src="/a.js" async defer data-x='"><svg onload=alert(2)>'></script>
        <script src="/b.js" async defer title="&lt;/script&gt;&lt;img src=x onerror=alert(3)&gt;&#x202E;"></script>
        </head><body><p>\u{202E}evil\u{202C}</p><script>document.write("\(payload)")</script></body></html>
        """)
        try write("t.html.twig", "<!doctype html><html><head><script src=\"{{ asset('</script><img src=x onerror=alert(4)>') }}\"></script></head><body>x</body></html>")
        let report = dir.appendingPathComponent("report.html").path
        let r = try runCLI(["--format", "html", "--output", report, dir.path])
        XCTAssertEqual(r.status, 1, r.stderr)
        let script = repositoryRoot.appendingPathComponent("Tests/report/report_check.py").path
        let (status, output) = try Python.run([script, report, "--expect", payload, "--expect", name,
                                                          "--expect", "{{ asset('</script><img src=x onerror=alert(4)>') }}"])
        XCTAssertEqual(status, 0, output)
        let html = try String(contentsOfFile: report, encoding: .utf8)
        XCTAssertFalse(html.contains("<img"), "no payload is markup")
        XCTAssertTrue(html.contains("⟨U+202E⟩"), "a bidi override in the source is shown, not applied")
    }

    func testTheWholeFixtureReportIsSelfContained() throws {
        try Python.require("html5lib")
        let report = dir.appendingPathComponent("fixtures.html").path
        let r = try runCLI(["--format", "html", "--output", report, "Fixtures"], cwd: repositoryRoot)
        XCTAssertEqual(r.status, 1)
        let (status, output) = try Python.run([repositoryRoot.appendingPathComponent("Tests/report/report_check.py").path, report])
        XCTAssertEqual(status, 0, output)
        let html = try String(contentsOfFile: report, encoding: .utf8)
        // Summary first, worst page first; every page has a timeline and its findings link to excerpts.
        XCTAssertLessThan(html.range(of: "id=\"summary\"")!.lowerBound, html.range(of: "id=\"pages\"")!.lowerBound)
        XCTAssertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""))
        XCTAssertTrue(html.contains("first paint") && html.contains("DOMContentLoaded"))
        let findings = html.components(separatedBy: "class=\"finding\"").count - 1
        let excerpts = html.components(separatedBy: "class=\"excerpt finding-source\"").count - 1
        XCTAssertEqual(findings, excerpts)
        XCTAssertGreaterThan(findings, 50)
        // The documentation base is configurable, as for SARIF.
        let other = try runCLI(["--format", "html", "--docs-url", "https://docs.example/rules", "Fixtures/wordpress-header.html"], cwd: repositoryRoot)
        XCTAssertTrue(other.stdout.contains("href=\"https://docs.example/rules/render-blocking-script.md\""), String(other.stdout.prefix(300)))
        let sarif = try runCLI(["--format", "sarif", "--docs-url", "https://docs.example/rules/", "Fixtures/wordpress-header.html"], cwd: repositoryRoot)
        XCTAssertTrue(sarif.stdout.contains("https://docs.example/rules/render-blocking-script.md"))
    }

    /// A report of more than a thousand pages (the fixture pages thirty times over) stays small —
    /// the page bodies are compressed into it — and Chromium draws a page when it is opened: its
    /// timeline, findings and source appear in the DOM; other pages stay undrawn.
    func testALargeReportIsSmallAndChromiumDrawsAPageOnDemand() throws {
        try Tools.require("chromium", version: "--version", package: "chromium")
        let pages = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Fixtures").path)
            .filter { $0.hasSuffix(".html") }.sorted()
        for copy in 0..<30 {
            for page in pages {
                try FileManager.default.createDirectory(at: dir.appendingPathComponent("site\(copy)"), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Fixtures/" + page),
                                                 to: dir.appendingPathComponent("site\(copy)/" + page))
            }
        }
        let report = dir.appendingPathComponent("report.html").path
        let r = try runCLI(["--format", "html", "--output", report, dir.path])
        XCTAssertEqual(r.status, 1, r.stderr)
        let size = try FileManager.default.attributesOfItem(atPath: report)[.size] as! Int
        XCTAssertLessThan(size, 5_000_000, "\(pages.count * 30) pages in \(size) bytes")
        let html = try String(contentsOfFile: report, encoding: .utf8)
        XCTAssertTrue(html.contains("id=\"page-data\"") && html.contains("By site or folder"))
        XCTAssertFalse(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""), "no page is drawn in the file itself")
        // A page with findings, opened by its link, as a reader following "Pages, worst first" would.
        let target = try XCTUnwrap(html.firstRange(of: "<tr><td><a href=\"#p").map { html[$0.upperBound...].prefix { $0 != "\"" } })
        let start = Date()
        let (status, dom) = try runTool(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000",
                                         "--dump-dom", "file://\(report)#p\(target)"])
        XCTAssertEqual(status, 0, String(dom.suffix(2000)))
        XCTAssertLessThan(Date().timeIntervalSince(start), 60)
        let opened = try XCTUnwrap(dom.firstRange(of: "id=\"p\(target)\"").map { String(dom[$0.lowerBound...].prefix(400_000)) })
        let section = String(opened[..<(opened.firstRange(of: "</section>")?.lowerBound ?? opened.endIndex)])
        XCTAssertTrue(section.contains("<svg") && section.contains("class=\"finding\"") && section.contains("<mark>"),
                      "the opened page is drawn: \(section.prefix(600))")
        XCTAssertTrue(dom.contains("class=\"page lazy folded\""), "the other pages stay undrawn")
    }
}
