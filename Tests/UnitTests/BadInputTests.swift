import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// Hostile and broken input: every file gets a result or a clear error naming it, nothing
/// crashes or hangs, no script is silently lost, and every format stays well-formed.
final class BadInputTests: XCTestCase {
    var dir: URL!
    override func setUpWithError() throws { dir = try temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return name
    }

    func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// Lints the files in every format; each run must exit with `status` and produce a document its
    /// reader accepts.
    func lintEverywhere(_ names: [String], status: Int32, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        var text = ""
        for format in ["text", "json", "sarif", "checkstyle", "junit", "github"] {
            let r = try runCLI(["--format", format] + names, cwd: dir)
            XCTAssertEqual(r.status, status, "\(format): \(r.stdout)\(r.stderr)", file: file, line: line)
            XCTAssertEqual(r.stderr, "", format, file: file, line: line)
            switch format {
            case "json":
                try assertValid(r.stdoutData, schema: repositoryRoot.appendingPathComponent("Schemas/report.schema.json").path, file: file, line: line)
            case "sarif":
                XCTAssertNoThrow(try JSONSerialization.jsonObject(with: r.stdoutData), file: file, line: line)
            case "checkstyle", "junit":
                try assertWellFormedXML(r.stdoutData, format, file: file, line: line)
            case "text":
                text = r.stdout
            default:
                break
            }
        }
        return text
    }

    func testEmptyWhitespaceAndBinaryFiles() throws {
        try write("empty.html", [])
        try write("blank.html", bytes(" \n\t\r\n  \u{0C}"))
        var elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 56)
        elf += bytes("<script src=x.js></script>") + [0, 0, 0xFF, 0xFE]
        try write("program.html", elf)
        try write("image.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52] + [UInt8](repeating: 0x3C, count: 300))
        var generator = SystemRandomNumberGenerator()
        try write("random.html", (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let text = try lintEverywhere(["empty.html", "blank.html", "program.html", "image.html", "random.html"], status: 0)
        // The ELF header is text to a browser, so the script after it is in <body> and blocks the parser.
        XCTAssertTrue(text.contains("program.html:1:65: warning: Script `x.js` blocks the parser"), text)
    }

    func testNoScriptLostAfterNULOrInvalidBytes() throws {
        var page = bytes("<!doctype html><html><head><meta charset=utf-8>\0<title>\u{0}x\0</title>\n")
        page += [0xFF, 0xC3, 0x28, 0xE2, 0x82] + bytes("\n<script src=a.js></script>\n</head><body><p>\0text ") + [0x80, 0x00]
        page += bytes("</p>\n<script src=b.js></script>\n<p>more</p>\n<script src=c.js async defer></script>\n</body></html>\n")
        try write("broken.html", page)
        var cp1251 = bytes("<meta charset=windows-1251><title>") + [0x98, 0xD2, 0x00, 0xFF]
        cp1251 += bytes("</title>\n<script src=d.js></script>\n")
        try write("cp1251.html", cp1251)
        let text = try lintEverywhere(["broken.html", "cp1251.html"], status: 1)
        // A NUL or U+FFFD in <head> is text: browsers (and html5lib) start <body> there.
        XCTAssertTrue(text.contains("broken.html:3:1: warning: Script `a.js` blocks the parser"), text)
        XCTAssertTrue(text.contains("broken.html:5:1: warning: Script `b.js` blocks the parser"), text)
        XCTAssertTrue(text.contains("broken.html:7:1: warning: Script `c.js` has both"), text)
        XCTAssertTrue(text.contains("cp1251.html:2:1: error: Script `d.js`"), text)
    }

    func testUTF16AndMislabelledCharset() throws {
        var utf16: [UInt8] = [0xFE, 0xFF]
        for u in "<head>\n<title>Ünï</title><script src=a.js></script>".utf16 { utf16 += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        try write("utf16be.html", utf16)
        // Declared windows-1251, really UTF-8: still scanned, columns counted as the browser would (one per byte).
        try write("mislabelled.html", bytes("<meta charset=windows-1251><title>Привет</title><script src=b.js></script>"))
        let text = try lintEverywhere(["utf16be.html", "mislabelled.html"], status: 1)
        XCTAssertTrue(text.contains("utf16be.html:2:19: error: Script `a.js`"), text)
        XCTAssertTrue(text.contains("mislabelled.html:1:55: error: Script `b.js`"), text)
    }

    func testUnterminatedConstructs() throws {
        try write("tag.html", bytes("<head><script src=a.js></script><link rel=stylesheet href='x"))
        try write("comment.html", bytes("<head><script src=a.js></script><!-- never closed <script src=b.js></script>"))
        try write("quote.html", bytes("<head><script src=\"a.js></script><p>x"))
        try write("script.html", bytes("<head><script src=a.js></script><script>var x = '<p>';"))
        let text = try lintEverywhere(["tag.html", "comment.html", "quote.html", "script.html"], status: 1)
        XCTAssertTrue(text.contains("tag.html:1:7: error: Script `a.js`"), text)
        XCTAssertFalse(text.contains("b.js"), text)
        XCTAssertFalse(text.contains("quote.html:"), "a tag the file ends inside is dropped, as browsers do: \(text)")
        XCTAssertTrue(text.contains("script.html:1:33: error: The file ends before this script's `</script>`"), text)
    }

    func testNonUTF8FileNames() throws {
        let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".html".utf8)   // "café" in Latin-1
        let path = dir.path + "/" + String(decoding: name, as: UTF8.self)
        _ = path
        let fd = (Array(dir.path.utf8) + [0x2F] + name + [0]).withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { open($0, O_WRONLY | O_CREAT, 0o644) }
        }
        XCTAssertGreaterThanOrEqual(fd, 0)
        let content = Array("<script src=a.js></script>".utf8)
        _ = content.withUnsafeBytes { Glibc.write(fd, $0.baseAddress!, content.count) }
        close(fd)
        let r = try runCLI(["."], cwd: dir)
        XCTAssertEqual(r.status, 1, r.stdout)
        XCTAssertTrue(r.stdout.contains("caf\\xe9.html:1:1: error: Script `a.js`"), r.stdout)
    }
}


final class LegacyEncodingStderrTests: TemporaryFolderTestCase {
    /// libxml2 prints "encoding error" for an undecodable byte unless told otherwise; scriptlint
    /// never writes to stderr on its own.
    func testUndecodableBytesInALegacyEncodingPrintNothing() throws {
        let url = dir.appendingPathComponent("cp1251.html")
        try Data(Array("<meta charset=\"windows-1251\"><title>".utf8) + [0x98, 0x98] + Array("</title><script src=\"".utf8) + [0x98]
                 + Array(".js\"></script>".utf8)).write(to: url)
        let r = try runCLI([url.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "")
        XCTAssertTrue(r.stdout.contains("`\u{FFFD}.js`"), r.stdout)
    }
}
