import Foundation
import XCTest

/// Every page in Fixtures/ is linted by the built executable and compared with its `.expected`
/// file (first line `# exit: N`, then the exact text output).
final class FixtureTests: XCTestCase {
    func fixtures() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Fixtures").path)
            .filter { $0.hasSuffix(".html") }.sorted()
    }

    func testEveryFixtureMatchesItsExpectation() throws {
        let pages = try fixtures()
        XCTAssertGreaterThanOrEqual(pages.count, 25)
        for page in pages {
            let expectedURL = repositoryRoot.appendingPathComponent("Fixtures/" + page.replacingOccurrences(of: ".html", with: ".expected"))
            guard let expected = try? String(contentsOf: expectedURL, encoding: .utf8) else {
                XCTFail("Fixtures/\(page) has no .expected file (scripts/update-fixture-expectations.sh writes one)")
                continue
            }
            var lines = expected.components(separatedBy: "\n")
            let header = lines.removeFirst()
            let status = Int32(header.replacingOccurrences(of: "# exit: ", with: "")) ?? -1
            let result = try runCLI(["--no-color", "Fixtures/" + page], cwd: repositoryRoot)
            XCTAssertEqual(result.stdout, lines.joined(separator: "\n"), "Fixtures/\(page): output differs from its .expected")
            XCTAssertEqual(result.status, status, "Fixtures/\(page): exit status")
            XCTAssertEqual(result.stderr, "", "Fixtures/\(page): nothing on stderr")
        }
    }

    func testWholeFolderAsInTheReadme() throws {
        let result = try runCLI(["Fixtures"], cwd: repositoryRoot)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("render-blocking-script"))
        let count = try fixtures().count
        XCTAssertTrue(result.stdout.contains(" in \(count) files."), "summary counts every fixture: \(result.stdout.suffix(200))")
    }

    func testJSONReportOfAllFixturesMatchesTheSchema() throws {
        let result = try runCLI(["--format", "json", "Fixtures"], cwd: repositoryRoot)
        XCTAssertEqual(result.status, 1)
        try assertValid(result.stdoutData, schema: repositoryRoot.appendingPathComponent("Schemas/report.schema.json").path)
        let doc = try JSONSerialization.jsonObject(with: result.stdoutData) as! [String: Any]
        let files = doc["files"] as! [[String: Any]]
        let count = try fixtures().count
        XCTAssertEqual(files.count, count)
    }
}
