import Foundation
import XCTest
import TestSupport

/// Every output format on awkward file names, checked against its official schema or a real reader.
final class FormatTests: XCTestCase {
    var dir: URL!
    var paths: [String] = []

    override func setUpWithError() throws {
        dir = try temporaryDirectory()
        let page = "<head>\n<script src=a.js></script>\n<script src=b.js async defer></script>\n</head>\n<body><p>x</p><script src=c.js defer></script></body>"
        for name in ["plain.html", "with space.html", "ünïcödé – страница.html", "a&b<c>\"q\"'s,x:y%.html", "new\nline\u{1}ctl.html"] {
            let url = dir.appendingPathComponent(name)
            try page.write(to: url, atomically: true, encoding: .utf8)
            paths.append(name)
        }
        paths.append("missing file.html")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func run(_ format: String) throws -> CLIResult {
        let r = try runCLI(["--format", format] + paths, cwd: dir)
        XCTAssertEqual(r.status, 2, "a missing file makes it 2")
        XCTAssertEqual(r.stderr, "")
        return r
    }

    func testJSON() throws {
        try assertValid(try run("json").stdoutData, schema: repositoryRoot.appendingPathComponent("Schemas/report.schema.json").path)
    }

    func testSARIFAgainstTheOfficialSchema() throws {
        // Vendored from OASIS (errata01), see Tests/Schemas/README.md.
        let schema = repositoryRoot.appendingPathComponent("Tests/Schemas/sarif-2.1.0.json")
        let r = try run("sarif")
        try assertValid(r.stdoutData, schema: schema.path)
        let sarif = try JSONSerialization.jsonObject(with: r.stdoutData) as! [String: Any]
        let run = (sarif["runs"] as! [[String: Any]])[0]
        let rules = ((run["tool"] as! [String: Any])["driver"] as! [String: Any])["rules"] as! [[String: Any]]
        XCTAssertEqual(rules.count, 15, "13 rules, the directive and the template-syntax pseudo-rules")
        XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
        let results = run["results"] as! [[String: Any]]
        XCTAssertEqual(results.count, 5 * 3)
        for result in results {
            let k = result["ruleIndex"] as! Int
            XCTAssertEqual(rules[k]["id"] as? String, result["ruleId"] as? String)
            let region = (((result["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])["region"] as! [String: Any])
            for key in ["startLine", "startColumn", "endLine", "endColumn"] { XCTAssertNotNil(region[key], key) }
            XCTAssertNotNil((result["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"])
        }
        let uris = results.map { ((($0["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])["artifactLocation"] as! [String: Any])["uri"] as! String }
        XCTAssertTrue(uris.contains("with%20space.html"))
        XCTAssertTrue(uris.contains("new%0Aline%01ctl.html"))
        let notifications = ((run["invocations"] as! [[String: Any]])[0]["toolExecutionNotifications"] as! [[String: Any]])
        XCTAssertEqual(notifications.count, 1, "the missing file is reported")
    }

    func testSARIFFingerprintsSurviveLinesMovingAbove() throws {
        let page = dir.appendingPathComponent("plain.html")
        func hashes() throws -> [String] {
            let r = try runCLI(["--format", "sarif", "plain.html"], cwd: dir)
            let run = ((try JSONSerialization.jsonObject(with: r.stdoutData) as! [String: Any])["runs"] as! [[String: Any]])[0]
            return (run["results"] as! [[String: Any]]).map { ($0["partialFingerprints"] as! [String: String])["primaryLocationLineHash"]! }
        }
        let before = try hashes()
        let original = try String(contentsOf: page, encoding: .utf8)
        try ("<!-- a new\nbanner\ncomment -->\n" + original).write(to: page, atomically: true, encoding: .utf8)
        XCTAssertEqual(try hashes(), before)
    }

    func testCheckstyleAndJUnitAreWellFormedXML() throws {
        for format in ["checkstyle", "junit"] {
            let r = try run(format)
            let code = """
            import sys, xml.etree.ElementTree as ET
            root = ET.fromstring(sys.stdin.buffer.read())
            if sys.argv[1] == "checkstyle":
                names = [f.get("name") for f in root.iter("file")]
                errors = len(list(root.iter("error")))
            else:
                names = [t.get("name") for t in root.iter("testcase")]
                errors = len(list(root.iter("failure"))) * 100 + len(list(root.iter("error")))
            print(len(names), errors)
            print("\\n".join(names))
            """
            let (status, output) = try Python.run(["-c", code, format], stdin: r.stdoutData)
            XCTAssertEqual(status, 0, "\(format): \(output)")
            let lines = output.components(separatedBy: "\n")
            XCTAssertEqual(lines[0], format == "checkstyle" ? "6 16" : "6 501", format)
            XCTAssertTrue(output.contains("a&b<c>\"q\"'s,x:y%.html"), output)
            XCTAssertTrue(output.contains("ünïcödé – страница.html"), output)
        }
    }

    func testGitHubAnnotationsEscapeAsDocumented() throws {
        let r = try run("github")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 5 * 3 + 1)
        XCTAssertTrue(lines.contains { $0.hasPrefix("::error file=a&b<c>\"q\"'s%2Cx%3Ay%25.html,line=2,col=1,endLine=2,endColumn=18,title=render-blocking-script::Script `a.js`") }, r.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("::error file=new%0Aline\u{1}ctl.html,line=2,") }, r.stdout)
        XCTAssertTrue(lines.contains("::error file=missing file.html,title=scriptlint::no such file or folder"), r.stdout)
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") })
    }
}
