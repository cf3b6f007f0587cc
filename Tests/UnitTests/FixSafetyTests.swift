import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// `--fix` may only remove what does nothing: every script must load and run as before.
final class FixSafetyTests: XCTestCase {
    private func assertSafe(_ bytes: [UInt8], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let problems = FixSafety.violations(bytes)
        XCTAssertTrue(problems.isEmpty, "\(name): \(problems.joined(separator: "; "))", file: file, line: line)
    }

    func testEveryFixture() throws {
        let ruleFolders = RuleRegistry.all.map { "Rules/\($0.info.id)" }.filter { FileManager.default.fileExists(atPath: repositoryRoot.appendingPathComponent($0).path) }
        for folder in ["Fixtures", "Fuzz/regressions"] + ruleFolders {
            let dir = repositoryRoot.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.contains(".") && !name.hasSuffix(".expected") {
                assertSafe(Array(try Data(contentsOf: dir.appendingPathComponent(name))), "\(folder)/\(name)")
            }
        }
    }

    /// Found by the fix fuzzer: removing an attribute must neither join the tag name to the next
    /// attribute nor bring a later duplicate into force.
    func testRemovalKeepsTheTagNameAndTheFirstAttribute() throws {
        let linter = try Linter(settings: RuleSettings(severities: ["redundant-script-type": .warning]))
        let joined = Fixer.fix(Array(#"<script type="text/javascript"data-x="1" src=a.js></script>"#.utf8), with: linter)
        XCTAssertEqual(String(decoding: joined.bytes, as: UTF8.self), #"<script data-x="1" src=a.js></script>"#)
        let duplicate = Array(#"<script type="text/javascript" type="text/plain" src=a.js async defer></script>"#.utf8)
        let fixed = Fixer.fix(duplicate, with: linter)
        XCTAssertEqual(String(decoding: fixed.bytes, as: UTF8.self), #"<script type="text/javascript" type="text/plain" src=a.js async></script>"#,
                       "defer goes; the first type stays, or text/plain would take over")
        let twice = Array(#"<script src=a.js async defer defer></script>"#.utf8)
        XCTAssertEqual(Fixer.fix(twice, with: linter).applied, 0, "removing the first defer leaves the second")
        assertSafe(duplicate, "duplicate type")
    }

    /// Every tree-construction input, with scripts that carry every fixable attribute spliced in.
    func testEveryConformanceInput() {
        let scripts = [
            "<script src=a.js async defer></script>", "<script async defer>x()</script>",
            "<script type=text/javascript src=b.js></script>", "<script type=module defer nomodule src=m.js></script>",
            "<script type=\"text&sol;javascript\" src=c.js async defer></script>", "<script type=importmap async>{}</script>",
        ]
        var checked = 0
        for (k, test) in ConformanceTests.treeTests.enumerated() {
            let bytes = Array(test.data.utf8)
            let insert = scripts[k % scripts.count]
            for point in Set([0, bytes.count / 2, bytes.count]) {
                var page = bytes
                var at = point
                while at < page.count && at > 0 && page[at] & 0xC0 == 0x80 { at += 1 }
                page.insert(contentsOf: Array(insert.utf8), at: at)
                assertSafe(page, "\(test.file) #\(test.index) + \(insert) at \(at)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 3000)
    }

    /// Seeded random pages built from the markup that moves scripts around.
    func testGeneratedPages() {
        var rng = SeededGenerator(seed: 2026)
        let pieces = [
            "<script src=a.js async defer></script>", "<script defer>x</script>", "<script type=text/javascript src=t.js></script>",
            "<script type=\"text&sol;javascript\" async defer src=e.js></script>", "<script type=\"text&slash;javascript\" async defer src=f.js></script>",
            "<script type=text/javascript&#59; src=g.js async defer></script>", "<script type=\"module\" defer src=m.js></script>",
            "<script type=text/plain async src=consent.js></script>", "<svg>", "</svg>", "<math>", "<mi>", "</math>", "<table>", "<tr>", "<td>",
            "</table>", "<template>", "</template>", "<noscript>", "</noscript>", "<p>", "text", " ", "</body>", "</html>", "<head>", "</head>",
            "<body>", "<!--", "-->", "<textarea>", "</textarea>", "<select>", "<option>", "<frameset>", "<b>", "</b>", "<div>", "</div>",
            "&amp;", "&#0;", "\0", "<script/>", "</script>", "<style>", "</style>", "<iframe>", "</iframe>", "<foreignObject>",
            "<template shadowrootmode=open>", "<link rel=stylesheet href=s.css>", "<base href=/x/>",
            "<script type=\"text/javascript\"src=h.js async defer></script>", "<script type=text/javascript type=text/plain src=i.js></script>",
            "<script async defer defer src=j.js></script>", "<script/async defer src=k.js></script>",
            "<script language=VBScript type=text/javascript src=l.js></script>", "<script language=javascript type=text/javascript>x</script>",
        ]
        for _ in 0..<1500 {
            var page = ""
            for _ in 0..<Int.random(in: 3...25, using: &rng) { page += pieces.randomElement(using: &rng)! }
            assertSafe(Array(page.utf8), page.debugDescription)
        }
    }
}

/// SplitMix64: the same pages on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
