import Foundation
import XCTest

/// Template mode on real template sets (fetched from PyPI at pinned versions by
/// scripts/fetch-template-sets.sh), checked against the real engine where one renders them.
final class TemplateReferenceTests: XCTestCase {
    static let sets = repositoryRoot.appendingPathComponent(".build/template-sets")

    static func fetchSets() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["bash", repositoryRoot.appendingPathComponent("scripts/fetch-template-sets.sh").path]
        p.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        p.standardError = err
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        if p.terminationStatus != 0 {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("cannot fetch the template sets: \(message)") }
            throw XCTSkip("template sets could not be fetched (no network?): \(message)")
        }
    }

    /// Runs Tests/templates/render_check.py with an engine over a fixture project and checks that it
    /// compared `scripts` template scripts with no disagreement.
    func assertRenderCheck(engine: String, fixture: String, extra: [String] = [], scripts: Int,
                           file: StaticString = #filePath, line: UInt = #line) throws {
        let script = repositoryRoot.appendingPathComponent("Tests/templates/render_check.py").path
        let (status, output) = try ReferenceTests.python([script, "--scriptlint", executable.path, "--engine", engine,
                                                          "--root", repositoryRoot.appendingPathComponent(fixture).path] + extra)
        XCTAssertEqual(status, 0, output, file: file, line: line)
        XCTAssertTrue(output.contains("\(scripts) template scripts compared") && output.contains(", 0 disagreements"), output,
                      file: file, line: line)
    }

    /// The cases from the issue that made templates first-class, on Django's own admin templates.
    func testDjangoAdmin() throws {
        try Self.fetchSets()
        let admin = Self.sets.appendingPathComponent("django-5.1.4/django/contrib/admin/templates")
        let r = try runCLI(["--format", "json", admin.path])
        let json = try JSONSerialization.jsonObject(with: r.stdoutData) as! [String: Any]
        var found: [String] = []
        for file in json["files"] as! [[String: Any]] {
            let path = (file["path"] as! String).replacingOccurrences(of: admin.path + "/", with: "")
            for d in file["diagnostics"] as! [[String: Any]] { found.append("\(path):\(d["line"]!):\(d["column"]!) \(d["ruleId"]!)") }
        }
        XCTAssertEqual(found.sorted(), [
            "admin/base.html:9:3 render-blocking-script",
            "admin/change_form.html:5:1 render-blocking-script",
            "admin/change_list.html:11:5 render-blocking-script",
        ], "theme.js in base.html's <head>; jsi18n in the extrahead block of two children")
        XCTAssertEqual(json["totals"].flatMap { ($0 as? [String: Any])?["files"] as? Int } ?? 0 >= 40, true)
    }

    /// Sphinx's themes rendered by Jinja2 with a stub context: every script of the rendered page is
    /// where the template model says.
    func testSphinxThemesRenderedByJinja2() throws {
        try Self.fetchSets()
        try ReferenceTests.requirePython("jinja2")
        let script = repositoryRoot.appendingPathComponent("Tests/templates/render_check.py").path
        let themes = Self.sets.appendingPathComponent("sphinx-8.1.3/sphinx/themes").path
        let (status, output) = try ReferenceTests.python([script, "--scriptlint", executable.path, "--root", themes, "--search", "basic"])
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.contains(", 0 disagreements"), output)
        let compared = output.range(of: #"(\d+) template scripts compared"#, options: .regularExpression)
            .map { Int(output[$0].split(separator: " ")[0]) ?? 0 } ?? 0
        XCTAssertGreaterThanOrEqual(compared, 5, output)
        // And the classic theme's sidebar script, from the issue: in <head> through {%- block scripts %}.
        let classic = try runCLI([themes + "/classic/layout.html"]).stdout
        XCTAssertTrue(classic.contains("classic/layout.html:7:5: error:") && classic.contains("render-blocking-script"), classic)
    }

    static func requireTool(_ tool: String, version: String, package: String) throws {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = [tool, version]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        try? probe.run()
        probe.waitUntilExit()
        if probe.terminationStatus != 0 {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("\(tool) is missing: .ci/run installs \(package)") }
            throw XCTSkip("\(tool) is not installed (apt-get install \(package))")
        }
    }

    /// The Express fixture rendered by a Handlebars implementation (pybars3), both sides of `{{#if}}`.
    func testExpressFixtureRenderedByHandlebars() throws {
        try ReferenceTests.requirePython("pybars")
        try assertRenderCheck(engine: "handlebars", fixture: "Fixtures/templates/express", scripts: 3)
    }

    /// The Symfony fixture rendered by Twig itself (Debian's php-twig).
    func testSymfonyFixtureRenderedByTwig() throws {
        try Self.requireTool("php", version: "--version", package: "php-cli")
        if !FileManager.default.fileExists(atPath: "/usr/share/php/Twig/autoload.php") {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("php-twig is missing: .ci/run installs it") }
            throw XCTSkip("php-twig is not installed (apt-get install php-twig)")
        }
        try assertRenderCheck(engine: "twig", fixture: "Fixtures/templates/symfony", scripts: 2)
    }

    /// The Rails fixture rendered by Ruby's own ERB with a stub view.
    func testRailsFixtureRenderedByERB() throws {
        try Self.requireTool("ruby", version: "--version", package: "ruby")
        try assertRenderCheck(engine: "erb", fixture: "Fixtures/templates/rails", scripts: 2)
    }

    /// The Hugo fixture rendered by Go's own html/template (baseof.html with the page's defines).
    func testHugoFixtureRenderedByGo() throws {
        try Self.requireTool("go", version: "version", package: "golang-go")
        try assertRenderCheck(engine: "go", fixture: "Fixtures/templates/hugo", extra: ["--base", "layouts/_default/baseof.html", "layouts/_default/single.html"], scripts: 2)
    }
}
