import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// `--fix` changes exactly the bytes of the attributes it removes, and nothing else.
final class FixTests: XCTestCase {
    let linter = try! Linter(settings: RuleSettings(severities: ["redundant-script-type": .warning]))

    func read(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: repositoryRoot.appendingPathComponent(path)))
    }

    func testBeforeAndAfterForEveryFixableRule() throws {
        let fixable = RuleRegistry.all.filter { $0.info.fixable }.map { $0.info.id }
        XCTAssertEqual(Set(fixable), ["async-with-defer", "ineffective-script-attribute", "redundant-script-type"])
        for id in fixable {
            let before = try read("Rules/\(id)/fix-before.html")
            let after = try read("Rules/\(id)/fix-after.html")
            let outcome = Fixer.fix(before, with: linter)
            XCTAssertEqual(String(decoding: outcome.bytes, as: UTF8.self), String(decoding: after, as: UTF8.self), id)
            XCTAssertFalse(outcome.diagnostics.contains { $0.fix != nil }, "\(id): fixable findings left")
            let again = Fixer.fix(outcome.bytes, with: linter)
            XCTAssertEqual(again.applied, 0, "\(id): a second --fix changes nothing")
            XCTAssertEqual(again.bytes, outcome.bytes)
        }
    }

    /// On every fixture page (UTF-8, windows-1251, Latin-1, UTF-16, CRLF, lone CR, NUL bytes):
    /// the fixed file is the original with only whole attributes (and the space before them) cut out.
    func testFixesOnlyRemoveAttributesOnEveryFixture() throws {
        let dir = repositoryRoot.appendingPathComponent("Fixtures")
        var fixedPages = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".html") {
            let original = try read("Fixtures/" + name)
            let outcome = Fixer.fix(original, with: linter)
            guard outcome.applied > 0 else { continue }
            fixedPages += 1
            let cuts = try XCTUnwrap(deletedChunks(original, outcome.bytes), "\(name): fixing did more than delete bytes")
            let utf16 = original.starts(with: [0xFF, 0xFE])
            for cut in cuts {
                let text = utf16 ? String(decoding: stride(from: 0, to: cut.count, by: 2).map { UInt16(cut[$0]) | UInt16(cut[$0 + 1]) << 8 }, as: UTF16.self)
                                 : String(decoding: cut, as: UTF8.self)
                XCTAssertNotNil(text.range(of: #"^(\s+(async|defer|nomodule|type)(\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?|(async|defer|nomodule|type)(\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?\s+)$"#, options: [.regularExpression, .caseInsensitive]),
                                "\(name): removed \(text.debugDescription)")
            }
            XCTAssertFalse(outcome.diagnostics.contains { $0.fix != nil }, name)
        }
        XCTAssertGreaterThanOrEqual(fixedPages, 5)
    }

    /// The deleted runs when `fixed` is `original` with some bytes removed; nil otherwise.
    func deletedChunks(_ original: [UInt8], _ fixed: [UInt8]) -> [[UInt8]]? {
        // Where a removed attribute sits between two spaces, " type=x" and "type=x " are the same
        // deletion; the checker accepts either.
        var chunks: [[UInt8]] = []
        var i = 0, j = 0
        while i < original.count {
            if j < fixed.count && original[i] == fixed[j] { i += 1; j += 1; continue }
            // Find the shortest deletion original[i..<k] after which the rest lines up for a while.
            var k = i + 1
            while k <= original.count {
                let n = min(16, original.count - k, fixed.count - j)
                if original[k..<(k + n)] == fixed[j..<(j + n)] && (n > 0 || k == original.count) { break }
                k += 1
            }
            guard k <= original.count else { return nil }
            chunks.append(Array(original[i..<k]))
            i = k
        }
        return j == fixed.count ? chunks : nil
    }

    func testEncodingsLineEndingsAndByteOrderMarkSurvive() throws {
        // windows-1251 with CRLF: every byte outside the removed attribute stays.
        var page = Array("<meta charset=windows-1251>\r\n<title>".utf8) + [0xD2, 0xE5, 0xF1, 0xF2]
        page += Array("</title>\r\n<script src=\"".utf8) + [0xF4] + Array(".js\" async defer></script>\r\n".utf8)
        let fixed = Fixer.fix(page, with: linter).bytes
        var expected = page
        let cut = Array(" defer".utf8)
        let at = (0...(page.count - cut.count)).first { Array(page[$0..<($0 + cut.count)]) == cut }!
        expected.removeSubrange(at..<(at + cut.count))
        XCTAssertEqual(fixed, expected)

        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        XCTAssertEqual(Fixer.fix(bom + Array("<script defer>x()</script>\n".utf8), with: linter).bytes,
                       bom + Array("<script>x()</script>\n".utf8))

        var utf16: [UInt8] = [0xFF, 0xFE]
        for u in "<p>é</p><script src=a.js async defer></script>".utf16 { utf16 += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        var utf16Expected: [UInt8] = [0xFF, 0xFE]
        for u in "<p>é</p><script src=a.js async></script>".utf16 { utf16Expected += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        XCTAssertEqual(Fixer.fix(utf16, with: linter).bytes, utf16Expected)
    }

    func testOverlappingAndIdenticalEditsCombine() {
        let edit = Edit(range: ByteRange(5, 10), replacement: "")
        let bytes = Array("0123456789abcdef".utf8)
        let (out, count) = Fixer.apply([Fix("a", [edit]), Fix("b", [edit]), Fix("c", [Edit(range: ByteRange(8, 12), replacement: "")])], to: bytes)
        XCTAssertEqual(String(decoding: out, as: UTF8.self), "01234abcdef")
        XCTAssertEqual(count, 2, "the identical edit counts, the overlapping one waits for the next pass")
    }

    func testReplaceRefusesAFileThatChanged() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("a.html").path
        try Data("<script defer>x()</script>".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try FileSystem.replace(path, original: Array("something else".utf8), with: [])) { error in
            XCTAssertTrue("\(error)".contains("changed on disk"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "<script defer>x()</script>")
    }
}

/// `--fix` and `--fix-dry-run` through the executable.
final class FixCLITests: TemporaryFolderTestCase {

    let page = "<head>\r\n<script src=a.js async defer></script>\r\n<script defer>init()</script>\r\n</head>\r\n<body>x</body>\r\n"
    let fixedPage = "<head>\r\n<script src=a.js async></script>\r\n<script>init()</script>\r\n</head>\r\n<body>x</body>\r\n"

    func testFixWritesKeepsModeAndIsIdempotent() throws {
        let path = dir.appendingPathComponent("index.html").path
        try page.write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o640)
        let r = try runCLI(["--fix", path])
        XCTAssertEqual(r.status, 0, r.stdout)
        XCTAssertTrue(r.stdout.contains("Fixed 2 problems in 1 file."), r.stdout)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), fixedPage)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o640)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["index.html"], "no temporary file left")
        let again = try runCLI(["--fix", path])
        XCTAssertFalse(again.stdout.contains("Fixed"), again.stdout)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), fixedPage)
    }

    func testFixWritesThroughSymlinks() throws {
        let target = dir.appendingPathComponent("real.html").path
        let link = dir.appendingPathComponent("link.html").path
        try page.write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        XCTAssertEqual(try runCLI(["--fix", link]).status, 0)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), target, "the link stays a link")
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), fixedPage)
    }

    func testReadOnlyFileIsLeftAloneAndReported() throws {
        let path = dir.appendingPathComponent("ro.html").path
        try page.write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o444)
        let r = try runCLI(["--fix", path])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stdout.contains("is read-only; not fixed"), r.stdout)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), page)
    }

    func testDryRunPrintsADiffThatPatchAndGitApplyAccept() throws {
        let site = dir.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try page.write(to: site.appendingPathComponent("a.html"), atomically: false, encoding: .utf8)
        try "<p>nothing to fix</p>".write(to: site.appendingPathComponent("b.html"), atomically: false, encoding: .utf8)
        let r = try runCLI(["--fix-dry-run", "site"], cwd: dir)
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.hasPrefix("--- site/a.html\n+++ site/a.html\n@@ -1,5 +1,5 @@\n"), r.stdout)
        XCTAssertTrue(r.stderr.contains("Would fix 2 problems in 1 file."), r.stderr)
        XCTAssertEqual(try String(contentsOf: site.appendingPathComponent("a.html"), encoding: .utf8), page, "dry run writes nothing")
        let diff = dir.appendingPathComponent("fix.diff")
        try r.stdoutData.write(to: diff)
        for tool in [["git", "init", "-q"], ["git", "apply", "-p0", "fix.diff"]] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = tool
            p.currentDirectoryURL = dir
            let exited = try p.start()
            exited.wait()
            XCTAssertEqual(p.terminationStatus, 0, tool.joined(separator: " "))
        }
        XCTAssertEqual(try String(contentsOf: site.appendingPathComponent("a.html"), encoding: .utf8), fixedPage)
    }

    func testFixRejectsStandardInput() throws {
        XCTAssertEqual(try runCLI(["--fix", "-"], stdin: Data(page.utf8)).status, 2)
        let dry = try runCLI(["--fix-dry-run", "--stdin-filename", "x.html", "-"], stdin: Data(page.utf8))
        XCTAssertTrue(dry.stdout.hasPrefix("--- x.html\n"), dry.stdout)
    }
}
