import Foundation
import XCTest
import TestSupport

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

    /// Fixtures/templates/ is a small set of template projects (Django, Twig, ERB, Hugo, Jekyll, WordPress)
    /// linted as a folder, with parents resolved between its files.
    func testTemplateProjects() throws {
        let expected = try String(contentsOf: repositoryRoot.appendingPathComponent("Fixtures/templates.expected"), encoding: .utf8)
        var lines = expected.components(separatedBy: "\n")
        let status = Int32(lines.removeFirst().replacingOccurrences(of: "# exit: ", with: "")) ?? -1
        let result = try runCLI(["--no-color", "templates"], cwd: repositoryRoot.appendingPathComponent("Fixtures"))
        XCTAssertEqual(result.stdout, lines.joined(separator: "\n"), "Fixtures/templates: output differs from templates.expected")
        XCTAssertEqual(result.status, status)
        XCTAssertEqual(result.stderr, "")
    }

    /// Fixtures/platforms/ holds themes, plugins, apps and modules that add scripts through CMS and
    /// framework APIs (WordPress, Drupal, Rails, Django, …), linted as a folder, with the run's
    /// registrations and dependencies seen together.
    func testPlatformProjects() throws {
        let expected = try String(contentsOf: repositoryRoot.appendingPathComponent("Fixtures/platforms.expected"), encoding: .utf8)
        var lines = expected.components(separatedBy: "\n")
        let status = Int32(lines.removeFirst().replacingOccurrences(of: "# exit: ", with: "")) ?? -1
        let result = try runCLI(["--no-color", "platforms"], cwd: repositoryRoot.appendingPathComponent("Fixtures"))
        XCTAssertEqual(result.stdout, lines.joined(separator: "\n"), "Fixtures/platforms: output differs from platforms.expected")
        XCTAssertEqual(result.status, status)
        XCTAssertEqual(result.stderr, "")
    }

    /// Fixtures/frameworks/ holds apps whose JSX, Vue, Astro and Svelte files and build configs
    /// decide how scripts load (Next.js, Nuxt, Astro, SvelteKit, webpack), linted as a folder: the
    /// project markers (`next.config.js`, …) make the walk read their JavaScript and TypeScript.
    func testFrameworkProjects() throws {
        let expected = try String(contentsOf: repositoryRoot.appendingPathComponent("Fixtures/frameworks.expected"), encoding: .utf8)
        var lines = expected.components(separatedBy: "\n")
        let status = Int32(lines.removeFirst().replacingOccurrences(of: "# exit: ", with: "")) ?? -1
        let result = try runCLI(["--no-color", "frameworks"], cwd: repositoryRoot.appendingPathComponent("Fixtures"))
        XCTAssertEqual(result.stdout, lines.joined(separator: "\n"), "Fixtures/frameworks: output differs from frameworks.expected")
        XCTAssertEqual(result.status, status)
        XCTAssertEqual(result.stderr, "")
    }

    var templateFiles: Int {
        let markup = [".html", ".twig", ".erb", ".hbs", ".php", ".libraries.yml", ".py"]
        // In the framework apps (below their project markers) JavaScript and components are read too.
        let apps = [".html", ".js", ".jsx", ".ts", ".tsx", ".mjs", ".vue", ".astro", ".svelte", "angular.json"]
        return [("Fixtures/templates", markup), ("Fixtures/platforms", markup), ("Fixtures/frameworks", apps)].map { folder, suffixes in
            let root = repositoryRoot.appendingPathComponent(folder)
            let all = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
            // The Django app's stand-in virtualenv is excluded by its configuration, as --init excludes one.
            return all.filter { name in !name.contains(".venv/") && suffixes.contains { name.hasSuffix($0) } }.count
        }.reduce(0, +)
    }

    func testWholeFolderAsInTheReadme() throws {
        let result = try runCLI(["Fixtures"], cwd: repositoryRoot)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("render-blocking-script"))
        let count = try fixtures().count + templateFiles
        XCTAssertTrue(result.stdout.contains(" in \(count) files."), "summary counts every fixture: \(result.stdout.suffix(200))")
    }

    func testJSONReportOfAllFixturesMatchesTheSchema() throws {
        let result = try runCLI(["--format", "json", "Fixtures"], cwd: repositoryRoot)
        XCTAssertEqual(result.status, 1)
        try assertValid(result.stdoutData, schema: repositoryRoot.appendingPathComponent("Schemas/report.schema.json").path)
        let doc = try JSONSerialization.jsonObject(with: result.stdoutData) as! [String: Any]
        let files = doc["files"] as! [[String: Any]]
        let count = try fixtures().count + templateFiles
        XCTAssertEqual(files.count, count)
    }
}
