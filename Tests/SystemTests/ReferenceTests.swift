import Foundation
import XCTest
import TestSupport

/// Checks against independent references, run through Python: html5lib (the WHATWG parser) for
/// where scripts land, and jsonschema for the committed report schema. `.ci/run` installs both;
/// elsewhere a missing package skips the test instead of failing it.
final class ReferenceTests: XCTestCase {
    func testPlacementAgreesWithHTML5Lib() throws {
        try Python.require("html5lib")
        let script = repositoryRoot.appendingPathComponent("Tests/differential/html5lib_diff.py").path
        let (status, output) = try Python.run([script, "--scriptlint", executable.path, "--pages", "300"])
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.contains("0 page(s) with disagreements"), output)
    }
}

