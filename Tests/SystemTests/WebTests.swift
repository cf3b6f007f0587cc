import Foundation
import XCTest
import TestSupport

/// URLs, XHTML and web archives against a real HTTP server on 127.0.0.1 that the tests start
/// (Tests/web/server.py), never any other address.
final class WebTests: TemporaryFolderTestCase {
    static var server: Process?
    static var port = 0

    override class func setUp() {
        super.setUp()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", repositoryRoot.appendingPathComponent("Tests/web/server.py").path]
        let out = Pipe()
        p.standardOutput = out
        try? p.run()
        var line = Data()
        while let byte = try? out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([0x0A]) { line += byte }
        port = Int(String(decoding: line, as: UTF8.self)) ?? 0
        server = p
    }

    override class func tearDown() {
        server?.terminate()
        super.tearDown()
    }

    var base: String { "http://127.0.0.1:\(Self.port)" }

    private func json(_ args: [String]) throws -> (Int32, [[String: Any]]) {
        let r = try runCLI(["--format", "json"] + args)
        let doc = try JSONSerialization.jsonObject(with: r.stdoutData) as! [String: Any]
        return (r.status, doc["files"] as! [[String: Any]])
    }

    func testPagesRedirectsAndCompression() throws {
        XCTAssertNotEqual(Self.port, 0, "the test server did not start")
        let (status, files) = try json(["\(base)/page.html", "\(base)/r301", "\(base)/r307", "\(base)/gzip.html", "\(base)/br.html"])
        XCTAssertEqual(status, 1)
        for f in files { XCTAssertEqual((f["diagnostics"] as! [[String: Any]]).map { $0["ruleId"] as! String }, ["render-blocking-script"], "\(f)") }
        let chain = files[1]
        XCTAssertEqual(chain["url"] as? String, "\(base)/r301")
        XCTAssertEqual(chain["finalUrl"] as? String, "\(base)/page.html")
        XCTAssertEqual(chain["path"] as? String, "\(base)/page.html", "reports name the final URL")
        XCTAssertEqual((chain["redirects"] as! [[String: Any]]).map { "\($0["status"]!) \($0["location"]!)" }, ["301 /r302", "302 /page.html"])
        XCTAssertEqual((files[2]["redirects"] as! [[String: Any]]).map { "\($0["status"]!)" }, ["307", "308"])
        XCTAssertEqual(chain["status"] as? Int, 200)
        XCTAssertEqual(chain["contentType"] as? String, "text/html; charset=utf-8")
        let r = try runCLI(["--format", "json", "\(base)/r301", "\(base)/404"])
        try assertValid(r.stdoutData, schema: repositoryRoot.appendingPathComponent("Schemas/report.schema.json").path)
    }

    func testTheHTTPCharsetWinsOverMeta() throws {
        let (_, files) = try json(["\(base)/charset.html"])
        let message = (files[0]["diagnostics"] as! [[String: Any]])[0]["message"] as! String
        XCTAssertTrue(message.contains("/скрипт.js"), message)
    }

    func testFailuresAreResultsAndTheRestIsLinted() throws {
        let r = try runCLI(["--timeout", "1", "--max-size", "1M", "\(base)/404", "\(base)/500", "\(base)/slow.html", "\(base)/big.html",
                            "\(base)/data.json", "\(base)/loop", "http://127.0.0.1:1/refused.html", "http://no-such-host.invalid/x.html",
                            "\(base)/page.html"])
        XCTAssertEqual(r.status, 2, "a page that could not be linted is exit status 2")
        for expected in ["404: error: HTTP 404", "500: error: HTTP 500", "slow.html: error: timed out after 1000 ms", "big.html: error: too large",
                         "data.json: error: not HTML: the server says application/json", "error: too many redirects",
                         "refused.html: error: connection refused", "x.html: error: DNS lookup failed",
                         "page.html:1:44: error:"] {
            XCTAssertTrue(r.stdout.contains(expected), "\(expected)\n\(r.stdout)")
        }
        XCTAssertFalse(r.stderr.contains("Fatal") || r.stderr.contains("Trace"), r.stderr)
    }

    func testSaveKeepsEachFetchedPage() throws {
        let folder = dir.appendingPathComponent("saved")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = try runCLI(["--save", folder.path, "\(base)/page.html", "\(base)/gzip.html"])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(names, ["127.0.0.1_\(Self.port)_gzip.html", "127.0.0.1_\(Self.port)_page.html"])
        let saved = try Data(contentsOf: folder.appendingPathComponent(names[0]))
        XCTAssertTrue(String(decoding: saved, as: UTF8.self).hasPrefix("<!DOCTYPE html>"), "saved decompressed")
        let missing = try runCLI(["--save", dir.appendingPathComponent("nope").path, "\(base)/page.html"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("not a folder"), missing.stderr)
    }

    func testXHTMLIsReadWithAnXMLParser() throws {
        let r = try runCLI(["\(base)/page.xhtml", "\(base)/broken.xhtml"])
        // <script src="/a.js"/> is a complete element in XML: the script after it is a script too.
        XCTAssertTrue(r.stdout.contains("page.xhtml:3:1: error:") && r.stdout.contains("page.xhtml:4:1: warning:"), r.stdout)
        XCTAssertTrue(r.stdout.contains("broken.xhtml:3:28: error: Not well-formed XML at line 3, column 28"), r.stdout)
        XCTAssertEqual(r.stdout.components(separatedBy: "broken.xhtml:").count - 1, 1, "nothing else for a file that is not well formed")
        let file = try write("local.xhtml", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><script src=\"a.js\"/><title>x</title></head><body/></html>\n")
        let local = try runCLI([file])
        XCTAssertTrue(local.stdout.contains("local.xhtml:2:50: error:") && local.stdout.contains("render-blocking-script"), local.stdout)
        // An entity-expansion bomb is refused, not expanded.
        let bomb = try write("bomb.xhtml", "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;</body></html>\n")
        let start = Date()
        _ = try runCLI([bomb])
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testWebArchives() throws {
        try Python.require("warcio")
        let prefix = dir.appendingPathComponent("site").path
        let (status, output) = try Python.run([repositoryRoot.appendingPathComponent("Tests/web/make_warc.py").path, prefix,
                                                          "\(base)/page.html", "\(base)/gzip.html", "\(base)/charset.html",
                                                          "\(base)/data.json", "\(base)/page.xhtml"])
        XCTAssertEqual(status, 0, output)
        for archive in [prefix + ".warc.gz", prefix + ".warc"] {
            let r = try runCLI(["--format", "jsonl", "--warc", archive])
            XCTAssertEqual(r.status, 1, r.stderr)
            let lines = r.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
            XCTAssertEqual(lines.map { ($0["path"] as! String).replacingOccurrences(of: base, with: "") },
                           ["/page.html", "/gzip.html", "/charset.html", "/page.xhtml"], "HTML responses only, in archive order")
            let charset = (lines[2]["diagnostics"] as! [[String: Any]])[0]["message"] as! String
            XCTAssertTrue(charset.contains("/скрипт.js"), "the recorded HTTP charset applies: \(charset)")
            XCTAssertEqual(lines[0]["status"] as? Int, 200)
        }
        // A truncated archive: what could be read is linted, the rest reported.
        let data = try Data(contentsOf: URL(fileURLWithPath: prefix + ".warc.gz"))
        let cut = dir.appendingPathComponent("cut.warc.gz")
        try data.prefix(data.count * 2 / 3).write(to: cut)
        let r = try runCLI(["--warc", cut.path, "--warc", prefix + ".warc"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stdout.contains("cut.warc.gz: error:"), r.stdout)
        XCTAssertGreaterThanOrEqual(r.stdout.components(separatedBy: "render-blocking-script").count - 1, 5, r.stdout)
        let garbage = try write("garbage.warc", "this is not an archive\n")
        XCTAssertTrue(try runCLI(["--warc", garbage]).stdout.contains("not a WARC record"))
    }

    /// Common-Crawl-shaped archives (request, response and metadata records, a gzip member per
    /// record, chunked and gzip bodies, a revisit, an image, an oversize and a broken record) built
    /// with warcio from the fixture pages, checked by `Tests/web/archive_check.py` against warcio
    /// (each line's offset and length reach its record) and html5lib (each page's summary).
    func testCommonCrawlShapedArchives() throws {
        try Python.require("warcio")
        try Python.require("html5lib")
        try Python.require("jsonschema")
        let pages = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Fixtures").path)
            .filter { $0.hasSuffix(".html") }.sorted().map { repositoryRoot.appendingPathComponent("Fixtures/" + $0).path }
        let archive = dir.appendingPathComponent("crawl.warc.gz").path, whole = dir.appendingPathComponent("whole.warc.gz").path
        let (status, expect) = try Python.run([repositoryRoot.appendingPathComponent("Tests/web/make_crawl_archive.py").path, archive,
                                               "--whole", whole, "--oversize", "100000"] + pages)
        XCTAssertEqual(status, 0, expect)
        let expectFile = dir.appendingPathComponent("expect.jsonl")
        try expect.write(to: expectFile, atomically: true, encoding: .utf8)
        let (checkStatus, report) = try Python.run([repositoryRoot.appendingPathComponent("Tests/web/archive_check.py").path, executable.path,
                                                    archive, expectFile.path, "--whole", whole, "--max-size", "50000",
                                                    "--schema", repositoryRoot.appendingPathComponent("Schemas/report.schema.json").path])
        XCTAssertEqual(checkStatus, 0, report)
        XCTAssertTrue(report.contains(" 0 failed"), report)

        // A run longer than a second shows its progress on a terminal's standard error, and never
        // in the report: the archive arrives on standard input in two parts, 1.5 s apart.
        let out = dir.appendingPathComponent("out.jsonl").path
        let size = try FileManager.default.attributesOfItem(atPath: archive)[.size] as! Int
        let slow = "(head -c \(size / 2) '\(archive)'; sleep 1.5; tail -c +\(size / 2 + 1) '\(archive)') | '\(executable.path)' --max-size 50000 --format jsonl -o '\(out)' --warc -"
        let (_, terminal) = try Python.run([repositoryRoot.appendingPathComponent("Tests/web/pty_run.py").path, "sh", "-c", slow])
        XCTAssertTrue(terminal.contains("scriptlint: standard input: ") && terminal.contains(" pages read, "), terminal)
        let written = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertFalse(written.contains("\r") || written.contains("pages read"), "no progress in the report")
        XCTAssertEqual(written.split(separator: "\n").count, expect.split(separator: "\n").count)
        let piped = try runTool(["sh", "-c", slow])
        XCTAssertFalse(piped.output.contains("pages read"), "no progress when standard error is not a terminal: \(piped.output)")
    }

    /// The Spark job shipped in the wheel's Python package, in `local[2]` on a Debian JRE:
    /// its Parquet equals the direct run page by page and finding by finding, index ranges read
    /// exactly their records, and its prevalence table equals an independent count.
    func testSparkJobEqualsTheDirectRun() throws {
        try Python.require("pyspark")
        try Python.require("pyarrow")
        try Tools.require("java", version: "-version", package: "openjdk-17-jre-headless")
        let pages = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Fixtures").path)
            .filter { $0.hasSuffix(".html") }.sorted().map { repositoryRoot.appendingPathComponent("Fixtures/" + $0).path }
        let (status, report) = try Python.run([repositoryRoot.appendingPathComponent("Tests/web/spark_check.py").path, executable.path,
                                               dir.appendingPathComponent("spark").path] + pages)
        XCTAssertEqual(status, 0, report)
        XCTAssertTrue(report.contains(" 0 failed"), report)
    }

    // MARK: crawling

    func testCrawlFollowsLinksSitemapsAndRobots() throws {
        let r = try runCLI(["--crawl", "50", "--format", "jsonl", "\(base)/site/index.html"])
        let paths = r.stdout.split(separator: "\n").map { line -> String in
            let d = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return (d["path"] as! String).replacingOccurrences(of: base, with: "")
        }
        XCTAssertEqual(paths.first, "/site/index.html", "the seed first")
        XCTAssertEqual(Set(paths), ["/site/index.html", "/site/a0.html", "/site/a1.html", "/site/a2.html", "/site/a3.html",
                                    "/site/private/ok.html", "/site/sub/b.html", "/site/deep/c.html",
                                    "/site/only-in-sitemap0.html", "/site/only-in-sitemap1.html"],
                       "relative, ./, absolute-path and absolute links; fragments dropped and each URL once; <base href>; the sitemap index and its gzip sitemap; robots.txt Disallow (and its Allow); never another origin")
        XCTAssertEqual(paths.count, Set(paths).count)
        XCTAssertEqual(r.stderr, "", "no progress line when standard error is not a terminal")
        let limited = try runCLI(["--crawl", "3", "--format", "jsonl", "\(base)/site/index.html"])
        XCTAssertEqual(limited.stdout.split(separator: "\n").count, 3, "the crawl limit")
    }

    func testCrawlConcurrencyIsBoundedAndTheProgressLineIsOnTheTerminalOnly() throws {
        // A second server whose pages each take 100 ms: it counts connections open at once.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", repositoryRoot.appendingPathComponent("Tests/web/server.py").path]
        p.environment = ProcessInfo.processInfo.environment.merging(["DELAY": "100"]) { $1 }
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        defer { p.terminate() }
        var line = Data()
        while let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([0x0A]) { line += byte }
        let slow = "http://127.0.0.1:\(String(decoding: line, as: UTF8.self))"
        let script = repositoryRoot.appendingPathComponent("Tests/web/pty_run.py").path
        let (status, terminal) = try Python.run([script, executable.path, "--crawl", "40", "--concurrency", "3", "--format", "jsonl", slow + "/bench/0.html"])
        XCTAssertEqual(status, 1, terminal)
        XCTAssertTrue(terminal.contains("crawl: ") && terminal.contains(" done, ") && terminal.contains("pages/s"), terminal)
        let (_, most) = try Python.run(["-c", "import urllib.request; print(urllib.request.urlopen('\(slow)/stats').read().decode())"])
        XCTAssertEqual(Int(most.trimmingCharacters(in: .whitespacesAndNewlines)), 3, "at most --concurrency requests at once, and that many")
    }
}
