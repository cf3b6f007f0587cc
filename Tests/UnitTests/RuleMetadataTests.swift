import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// A rule's metadata lives on the rule (`RuleInfo`: id, default severity, fix, brief, options) and a
/// platform's settings on the platform: the README's rule table and the configuration schema are
/// generated from them, and each rule's page must say the same.
final class RuleMetadataTests: XCTestCase {
    func testReadmeTableAndSchemaAreGenerated() throws {
        let script = repositoryRoot.appendingPathComponent("scripts/generate-rule-metadata.py").path
        let (status, output) = try runTool(["python3", script, "--check", "--scriptlint", executable.path], cwd: repositoryRoot)
        XCTAssertEqual(status, 0, "run scripts/generate-rule-metadata.py: \(output)")
    }

    func testPagesAgreeWithRuleInfo() throws {
        for type in RuleRegistry.all {
            let info = type.info
            // The page's table: | severity | fix | options |.
            let page = try String(contentsOf: repositoryRoot.appendingPathComponent("Rules/\(info.id).md"), encoding: .utf8)
            let row = try XCTUnwrap(page.split(separator: "\n").dropFirst(3).first(where: { $0.hasPrefix("| ") && !$0.hasPrefix("|---") }))
            let pageCells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            XCTAssertEqual(pageCells.first, info.defaultSeverity.rawValue, info.id)
            XCTAssertEqual(!(pageCells.dropFirst().first ?? "").hasPrefix("none"), info.fixable, "\(info.id): the page's fix column")
            let pageOptions = pageCells.dropFirst(2).first ?? ""
            XCTAssertEqual(pageOptions == "none", info.options.isEmpty, "\(info.id): the page's options column")
            for option in info.options.keys { XCTAssertTrue(pageOptions.contains("`\(option)`"), "\(info.id): page lacks option \(option)") }
        }
    }
}
