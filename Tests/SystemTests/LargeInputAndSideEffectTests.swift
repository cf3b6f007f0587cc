import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// Stress inputs (slow in a debug build): a 100 MB page, huge files, deep nesting.
final class LargeInputTests: TemporaryFolderTestCase {
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: dir.appendingPathComponent(name))
        return name
    }

    func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    func testDeepNestingAndManyScripts() {
        let deep = String(repeating: "<div>", count: 10_000) + "<script src=a.js></script>" + String(repeating: "</div>", count: 10_000) + "<p>x"
        XCTAssertEqual(placements(deep), ["body"])
        let many = "<body>" + String(repeating: "<script>x()</script>", count: 100_000)
        XCTAssertEqual(model(many).scripts.count, 100_000)
    }

    func testHugeInputs() throws {
        try write("many.html", bytes("<body>" + String(repeating: "<script>x()</script>", count: 100_000) + "<script src=last.js></script><p>x</p>"))
        try write("deep.html", bytes(String(repeating: "<div>", count: 10_000) + "<script src=a.js></script>x" + String(repeating: "</div>", count: 10_000)))
        try write("attribute.html", bytes("<script src=a.js data-x=\"" + String(repeating: "y", count: 5_000_000) + "\"></script>"))
        let r = try runCLI(["--format", "json", "many.html", "deep.html", "attribute.html"], cwd: dir)
        XCTAssertEqual(r.status, 1)
        let files = (try JSONSerialization.jsonObject(with: r.stdoutData) as! [String: Any])["files"] as! [[String: Any]]
        XCTAssertEqual(files.map { ($0["diagnostics"] as! [Any]).count }, [1, 1, 1], "the script after 100 000 others is still seen")
    }

    func testOneHundredMegabytePage() throws {
        let chunk = Array("<div class=row><p>Some text &amp; a <a href=\"/x\">link</a></p></div>\n".utf8)
        var page = Array("<head><script src=a.js></script></head><body>".utf8)
        page.reserveCapacity(100_000_000)
        while page.count < 100_000_000 { page += chunk }
        page += Array("<script src=end.js defer></script></body>".utf8)
        try Data(page).write(to: dir.appendingPathComponent("big.html"))
        let r = try runCLI(["big.html"], cwd: dir)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.contains("big.html:1:7: error:"), r.stdout)
        XCTAssertTrue(r.stdout.contains("async-defer-at-body-end"), r.stdout)
    }
}

/// Linting reads; it never writes, never opens a socket, never follows an external entity.
final class SideEffectTests: XCTestCase {
    func testLintingTouchesNoNetworkAndWritesNothing() throws {
        try requireOptional(FileManager.default.isExecutableFile(atPath: "/usr/bin/strace"), "strace", install: "apt-get install strace")
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = """
        <?xml version="1.0"?>
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd" [
          <!ENTITY remote SYSTEM "http://198.51.100.7/entity.txt">
          <!ENTITY % param SYSTEM "https://198.51.100.7/param.dtd"> %param;
        ]>
        <html><head><base href="https://198.51.100.7/"><script src="https://198.51.100.7/a.js"></script>
        <link rel="stylesheet" href="//198.51.100.7/s.css"></head><body>&remote;<img src="http://198.51.100.7/i.png"></body></html>
        """
        try page.write(to: dir.appendingPathComponent("remote.html"), atomically: true, encoding: .utf8)
        let log = dir.appendingPathComponent("trace.log").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        p.arguments = ["-f", "-o", log, "-e", "trace=%network,openat,open,creat,rename,renameat,renameat2,unlink,unlinkat,mkdir,truncate",
                       executable.path, "--format", "json", "remote.html"]
        p.currentDirectoryURL = dir
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        let exited = try p.start()
        exited.wait()
        // Browsers end the doctype at its first ">", so the rest of the internal subset is text and starts <body>.
        XCTAssertEqual(p.terminationStatus, 0, "the script is linted (a parser-blocking warning)")
        let trace = try String(contentsOfFile: log, encoding: .utf8)
        for line in trace.split(separator: "\n") {
            XCTAssertFalse(line.contains("socket(") || line.contains("connect("), "network: \(line)")
            XCTAssertFalse(line.contains("rename") || line.contains("unlink") || line.contains("mkdir") || line.contains("creat("), "write: \(line)")
            if line.contains("open") && !line.contains("= -1") {
                XCTAssertFalse(line.contains("O_WRONLY") || line.contains("O_RDWR") || line.contains("O_CREAT"), "write: \(line)")
            }
        }
        XCTAssertTrue(trace.contains("remote.html"), "the trace saw the file being read")
    }
}
