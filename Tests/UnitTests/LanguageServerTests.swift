import Foundation
import XCTest
import TestSupport
@testable import ScriptLintServer

/// `scriptlint lsp`: positions in both encodings, and the protocol driven by real clients.
final class LanguageServerTests: XCTestCase {
    func testPositionsInUTF16AndUTF8() {
        // "я" is 2 UTF-8 bytes and 1 UTF-16 unit; "😀" 4 bytes and 2 units (a surrogate pair).
        let text = Array("a\r\nя😀<script>\rx\n".utf8)
        let u16 = LineIndex(text, encoding: .utf16), u8 = LineIndex(text, encoding: .utf8)
        let script = 3 + 2 + 4
        XCTAssertEqual(u16.position(of: script).line, 1)
        XCTAssertEqual(u16.position(of: script).character, 3)
        XCTAssertEqual(u8.position(of: script).character, 6)
        XCTAssertEqual(u16.offset(line: 1, character: 3), script)
        XCTAssertEqual(u8.offset(line: 1, character: 6), script)
        // A lone CR breaks a line; a character past the end of a line is the line's end; a line
        // past the end is the end of the text; inside a surrogate pair moves to its end.
        XCTAssertEqual(u16.position(of: text.count - 2).line, 2)
        XCTAssertEqual(u16.offset(line: 0, character: 99), 1)
        XCTAssertEqual(u16.offset(line: 99, character: 0), text.count)
        XCTAssertEqual(u16.offset(line: 1, character: 2), 3 + 2 + 4)
        XCTAssertEqual(u16.position(of: text.count).line, 3)
    }

    func testFileURIs() {
        XCTAssertEqual(LanguageServer.path(of: "file:///srv/site/caf%C3%A9%20menu.html"), "/srv/site/café menu.html")
        XCTAssertEqual(LanguageServer.path(of: "file://localhost/x.html"), "/x.html")
        XCTAssertNil(LanguageServer.path(of: "untitled:Untitled-1"))
    }

    func testArgumentsOtherThanStdioAreRefused() throws {
        let r = try runCLI(["lsp", "--port", "4000"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("standard input and output"), r.stderr)
    }
}
