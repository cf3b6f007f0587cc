import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// Every input in Fuzz/regressions/ (crashes and hangs found by Fuzz/run.sh, and hand-made nasty
/// inputs) goes through the fuzzer's invariant checks.
final class FuzzRegressionTests: XCTestCase {
    func testRegressionInputs() throws {
        let dir = repositoryRoot.appendingPathComponent("Fuzz/regressions")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        XCTAssertFalse(names.isEmpty)
        for name in names {
            let bytes = Array(try Data(contentsOf: dir.appendingPathComponent(name)))
            FuzzChecks.run(bytes)
        }
    }
}
