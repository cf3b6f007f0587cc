import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// `--format html`: the cost model, the escaping, the CSP, the colours.
final class HTMLReportTests: TemporaryFolderTestCase {
    private func page(_ html: String) -> PageModel {
        let document = HTMLParser.parse(SourceText(fileBytes: Array(html.utf8)))
        return PageModel.make(document, diagnostics: [])
    }

    private func spans(_ t: LoadingTimeline, lane: Int) -> [String] {
        t.lanes[lane].spans.map { "\($0.phase.rawValue) \(TimelineDrawing.number($0.start))-\(TimelineDrawing.number($0.end))" }
    }

    // MARK: the cost model

    func testAClassicScriptStopsTheParserForItsDownloadAndItsRun() {
        let t = LoadingTimeline(page("<!doctype html><html><head><script src=a.js></script></head><body><p>x</p></body></html>"))
        XCTAssertEqual(spans(t, lane: 1), ["download 0-1", "run 1-1.5"])
        XCTAssertTrue(t.lanes[0].spans.contains { $0.phase == .blocked && $0.end - $0.start == 1 })
        XCTAssertTrue(t.lanes[0].spans.contains { $0.phase == .paused && $0.end - $0.start == 0.5 })
        XCTAssertEqual(t.firstPaint, 1.5, accuracy: 0.05, "painting waits for the head's script")
    }

    func testDeferAndModulesRunAfterParsingInOrderAndBeforeDOMContentLoaded() {
        let t = LoadingTimeline(page("<!doctype html><head><script src=a.js defer></script><script type=module src=m.js></script></head><body>" + String(repeating: "<p>text</p>", count: 5000) + "</body>"))
        let parsed = t.lanes[0].spans.map(\.end).max()!
        XCTAssertGreaterThan(parsed, 2, "80 kB of HTML take several units to parse")
        let a = t.lanes[1].spans, m = t.lanes[2].spans
        XCTAssertEqual(a.first?.phase, .download)
        XCTAssertEqual(a.first { $0.phase == .run }?.start ?? 0, parsed, accuracy: 0.01)
        XCTAssertEqual(m.first { $0.phase == .run }?.start ?? 0, parsed + LoadingTimeline.run, accuracy: 0.01)
        XCTAssertEqual(t.domContentLoaded, parsed + 2 * LoadingTimeline.run, accuracy: 0.01)
        XCTAssertFalse(t.lanes[0].spans.contains { $0.phase == .blocked }, "nothing blocks the parser")
    }

    func testAnAsyncScriptRunsWhenItArrivesAndInterruptsTheParser() {
        let t = LoadingTimeline(page("<!doctype html><head><script async src=a.js></script></head><body>" + String(repeating: "<p>text</p>", count: 5000) + "</body>"))
        let run = t.lanes[1].spans.first { $0.phase == .run }!
        XCTAssertEqual(run.start, LoadingTimeline.download, accuracy: 0.05)
        XCTAssertTrue(t.lanes[0].spans.contains { $0.phase == .paused && abs($0.start - run.start) < 0.01 }, "the parser pauses while it runs")
        XCTAssertLessThan(t.domContentLoaded, t.load + 0.01)
    }

    func testAnInlineScriptWaitsForTheStyleSheetBeforeIt() {
        let t = LoadingTimeline(page("<!doctype html><head><link rel=stylesheet href=s.css><script>go()</script></head><body>x</body>"))
        XCTAssertEqual(t.lanes[1].spans.map(\.phase), [.waiting, .run])
        XCTAssertEqual(t.lanes[1].spans.last!.start, LoadingTimeline.download, accuracy: 0.05)
        XCTAssertTrue(t.lanes[0].spans.contains { $0.phase == .blocked })
    }

    func testDataBlocksAndInertScriptsHaveNoPhases() {
        let p = page("<!doctype html><head><script type=application/ld+json>{}</script><template><script src=t.js></script></template></head><body>x</body>")
        XCTAssertEqual(p.scripts.map(\.loading), [.data, .inert])
        let t = LoadingTimeline(p)
        XCTAssertTrue(t.lanes[1].spans.isEmpty && t.lanes[2].spans.isEmpty)
    }

    // MARK: the report

    func testSHA256() {
        XCTAssertEqual(SHA256.hash(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined(),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hash([]).map { String(format: "%02x", $0) }.joined(),
                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.base64(SHA256.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))),
                       "JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE=")
    }

    func testAFileThatCannotBeReadIsAPageWithItsReason() throws {
        let report = try runCLI(["--format", "html", dir.appendingPathComponent("missing.html").path]).stdout
        XCTAssertTrue(report.contains("Not read:"), report)
        XCTAssertTrue(report.hasSuffix("</html>\n"))
    }

    // MARK: colours

    /// Every text colour passes WCAG AA (4.5:1) on the backgrounds it sits on, and the lines and
    /// edges that carry the drawing 3:1 against the page, in the light and the dark scheme.
    func testColoursPassWCAGAA() throws {
        let css = HTMLReporter.css
        let dark = css.range(of: "prefers-color-scheme:dark")!
        func variables(_ text: Substring) -> [String: String] {
            var out: [String: String] = [:]
            let regex = try! NSRegularExpression(pattern: "--([a-z-]+):(#[0-9a-f]{6})")
            let s = String(text)
            for m in regex.matches(in: s, range: NSRange(s.startIndex..., in: s)) {
                out[String(s[Range(m.range(at: 1), in: s)!])] = String(s[Range(m.range(at: 2), in: s)!])
            }
            return out
        }
        func luminance(_ hex: String) -> Double {
            let v = Int(hex.dropFirst(), radix: 16)!
            return [(v >> 16) & 255, (v >> 8) & 255, v & 255].map { c -> Double in
                let x = Double(c) / 255
                return x <= 0.03928 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4)
            }.enumerated().map { [0.2126, 0.7152, 0.0722][$0.offset] * $0.element }.reduce(0, +)
        }
        func ratio(_ a: String, _ b: String) -> Double {
            let (x, y) = (luminance(a), luminance(b))
            return (max(x, y) + 0.05) / (min(x, y) + 0.05)
        }
        for (scheme, vars) in [("light", variables(css[..<dark.lowerBound])), ("dark", variables(css[dark.lowerBound...]))] {
            XCTAssertGreaterThanOrEqual(vars.count, 25, scheme)
            let text = [("fg", "bg"), ("muted", "bg"), ("link", "bg"), ("error", "bg"), ("warning", "bg"), ("fg", "panel"),
                        ("muted", "panel"), ("link", "panel"), ("error", "panel"), ("warning", "panel"), ("mark-fg", "mark"),
                        ("run-fg", "run"), ("paint", "bg"), ("dcl", "bg"), ("load", "bg"), ("fg", "parse")]
            for (fg, bg) in text {
                XCTAssertGreaterThanOrEqual(ratio(vars[fg]!, vars[bg]!), 4.5, "\(scheme): --\(fg) on --\(bg)")
            }
            for edge in ["line", "parse-edge", "blocked-edge", "paused-edge", "download-edge", "waiting-edge", "run", "error", "warning"] {
                XCTAssertGreaterThanOrEqual(ratio(vars[edge]!, vars["bg"]!), 3, "\(scheme): --\(edge) against the page")
            }
        }
    }
}
