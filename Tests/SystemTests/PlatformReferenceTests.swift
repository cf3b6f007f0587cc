import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// The platform readers against the real systems: a live WordPress, PyYAML, ActionView, Django.
final class PlatformReferenceTests: XCTestCase {
    /// The fixture theme and plugin, installed in a real WordPress (Debian's packages) with Debian's
    /// bundled themes: every script served with `id="HANDLE-js"` that the source model knows agrees
    /// on placement, `async`, `defer` and end of body.
    func testRealWordPressServesWhatTheSourceSays() throws {
        // Each package named on its own, so that a partial install says which part is missing.
        let wordpress = "/usr/share/wordpress/wp-content/themes/"
        for (present, package) in [(FileManager.default.fileExists(atPath: "/usr/share/wordpress/wp-load.php"), "wordpress"),
                                   (FileManager.default.fileExists(atPath: wordpress + "twentytwentyone"), "wordpress-theme-twentytwentyone"),
                                   (FileManager.default.fileExists(atPath: wordpress + "twentytwentytwo"), "wordpress-theme-twentytwentytwo"),
                                   (hasTool("mariadbd"), "mariadb-server"), (hasTool("php"), "php-cli"), (hasTool("curl"), "curl"),
                                   ((try? runTool(["php", "-r", "exit(extension_loaded('mysqli') ? 0 : 1);"]).status) == 0, "php-mysql")] {
            try requireOptional(present, "Debian's \(package) (for the live WordPress check)", install: "apt-get install \(package)")
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("scriptlint-wp-\(getpid())")
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try runTool(["python3", repositoryRoot.appendingPathComponent("Tests/platforms/wordpress/check.py").path,
                                  executable.path, repositoryRoot.path, work.path])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains(" agree"), result.output)
    }

    /// The same check on a release with script strategies (6.3+): Debian trixie's WordPress, which
    /// `scripts/fetch-wordpress-release.sh` unpacks into `.build/wordpress/` (`.ci/run` runs it).
    func testRealWordPressWithStrategiesServesWhatTheSourceSays() throws {
        let trees = (try? FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent(".build/wordpress").path)) ?? []
        let tree = trees.sorted().last.map { repositoryRoot.appendingPathComponent(".build/wordpress/\($0)/usr/share/wordpress").path }
        try requireOptional(tree.map { FileManager.default.fileExists(atPath: $0 + "/wp-load.php") } ?? false,
                            "a newer WordPress release (for the live check with strategies)", install: "scripts/fetch-wordpress-release.sh")
        try requireOptional(hasTool("mariadbd") && hasTool("php"), "MariaDB and PHP (for the live WordPress check)",
                            install: "apt-get install mariadb-server php-cli php-mysql")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("scriptlint-wp-new-\(getpid())")
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try runTool(["python3", repositoryRoot.appendingPathComponent("Tests/platforms/wordpress/check.py").path,
                                  executable.path, repositoryRoot.path, work.path], environment: ["SCRIPTLINT_WP_ROOT": tree!])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("WordPress 6.") || result.output.contains("WordPress 7."), result.output)
        XCTAssertTrue(result.output.contains(" agree"), result.output)
    }

    /// Drupal's libraries files read by PyYAML give the same scripts, placements and attributes.
    func testDrupalLibrariesAgreeWithPyYAML() throws {
        try requireOptional(hasPythonModule("yaml"), "PyYAML", install: "pip install PyYAML")
        let result = try runTool(["python3", repositoryRoot.appendingPathComponent("Tests/platforms/drupal/yaml_check.py").path,
                                  executable.path, repositoryRoot.appendingPathComponent("Fixtures/platforms/drupal").path])
        XCTAssertEqual(result.status, 0, result.output)
    }

    /// The fixture app's views rendered by Rails' own ActionView (Debian's ruby-actionview) in their
    /// layouts: each helper script lands where the source model says, with the same attributes.
    func testRailsHelpersAgreeWithActionView() throws {
        let hasActionView = (try? runTool(["ruby", "-e", "require 'action_view'"]).status) == 0
        try requireOptional(hasActionView, "Rails' ActionView", install: "apt-get install ruby-actionview")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("scriptlint-rails-\(getpid())")
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try runTool(["python3", repositoryRoot.appendingPathComponent("Tests/platforms/rails/check.py").path, executable.path,
                                  repositoryRoot.appendingPathComponent("Fixtures/platforms/rails/app/views").path, work.path])
        XCTAssertEqual(result.status, 0, result.output)
    }

    /// The fixture Django app served by Django itself (its order form, the admin's add and list
    /// pages): each media script from its Python `Media` definitions is where the model places it.
    func testDjangoMediaAgreesWithDjango() throws {
        try requireOptional(hasPythonModule("django"), "Django", install: "pip install Django==5.1.4")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("scriptlint-django-\(getpid())")
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try runTool(["python3", repositoryRoot.appendingPathComponent("Tests/platforms/django/check.py").path,
                                  executable.path, repositoryRoot.path, work.path])
        XCTAssertEqual(result.status, 0, result.output)
    }
}
