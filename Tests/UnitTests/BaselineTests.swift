import Foundation
import XCTest
import TestSupport

final class BaselineTests: TemporaryFolderTestCase {


    let legacy = "<head>\n<script src=jquery.js></script>\n<script src=app.js async defer></script>\n</head>\n<body>x</body>\n"

    func testOnlyNewFindingsAfterLinesMove() throws {
        try write("site/index.html", legacy)
        let recorded = try runCLI(["--write-baseline", "scriptlint-baseline.json", "site"], cwd: dir)
        XCTAssertEqual(recorded.status, 0, "what is recorded does not fail the run")
        XCTAssertTrue(recorded.stderr.contains("recorded 2 findings in scriptlint-baseline.json"), recorded.stderr)

        XCTAssertEqual(try runCLI(["--baseline", "scriptlint-baseline.json", "site"], cwd: dir).status, 0)

        // Lines move and a new mistake appears: only the new one is reported.
        try write("site/index.html", "<!-- a banner\nthree lines\nlong -->\n" + legacy.replacingOccurrences(of: "</head>", with: "<script src=new.js></script>\n</head>"))
        let r = try runCLI(["--baseline", "scriptlint-baseline.json", "site"], cwd: dir)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.contains("site/index.html:7:1: error: Script `new.js`"), r.stdout)
        XCTAssertTrue(r.stdout.contains("1 problem (1 error, 0 warnings)"), r.stdout)

        // A second copy of a recorded mistake is new too.
        try write("site/index.html", legacy + "<script src=jquery.js></script>\n")
        XCTAssertTrue(try runCLI(["--baseline", "scriptlint-baseline.json", "site"], cwd: dir).stdout.contains("duplicate-script"))
    }

    func testBaselineWorksFromAnotherFolder() throws {
        try write("site/index.html", legacy)
        XCTAssertEqual(try runCLI(["--write-baseline", "site/baseline.json", "site"], cwd: dir).status, 0)
        XCTAssertEqual(try runCLI(["--baseline", "baseline.json", "index.html"], cwd: dir.appendingPathComponent("site")).status, 0)
    }

    func testMissingOrBrokenBaselineExitsTwo() throws {
        try write("site/index.html", legacy)
        let missing = try runCLI(["--baseline", "nope.json", "site"], cwd: dir)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("nope.json"), missing.stderr)
        try write("bad.json", "{\"findings\": 3}")
        XCTAssertTrue(try runCLI(["--baseline", "bad.json", "site"], cwd: dir).stderr.contains("not a scriptlint baseline"))
    }
}
