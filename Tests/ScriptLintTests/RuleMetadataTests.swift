import Foundation
import XCTest
@testable import ScriptLint

/// A rule's metadata lives on the rule (`RuleInfo`: id, default severity, fix, options); the README
/// table, the rule's page and the configuration schema must say the same.
final class RuleMetadataTests: XCTestCase {
    func testReadmePagesAndSchemaAgreeWithRuleInfo() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let schemaData = try Data(contentsOf: repositoryRoot.appendingPathComponent("Schemas/config.schema.json"))
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: schemaData) as? [String: Any])
        let rules = try XCTUnwrap(((schema["properties"] as? [String: Any])?["rules"] as? [String: Any])?["properties"] as? [String: Any])
        XCTAssertEqual(Set(rules.keys), Set(RuleRegistry.all.map { $0.info.id }), "the schema's rule ids")
        let tableRows = readme.split(separator: "\n").filter { $0.hasPrefix("| [`") }
        XCTAssertEqual(tableRows.count, RuleRegistry.all.count, "one README row per rule")
        for (k, type) in RuleRegistry.all.enumerated() {
            let info = type.info
            // README: | [`id`](Rules/id.md) | severity | yes/— | summary |, in registry order.
            let cells = tableRows[k].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            XCTAssertEqual(cells.first, "[`\(info.id)`](Rules/\(info.id).md)", "README row \(k + 1)")
            XCTAssertEqual(cells.dropFirst().first, info.defaultSeverity.rawValue, info.id)
            XCTAssertEqual(cells.dropFirst(2).first, info.fixable ? "yes" : "—", "\(info.id): README's fix column")
            // The page's table: | severity | fix | options |.
            let page = try String(contentsOf: repositoryRoot.appendingPathComponent("Rules/\(info.id).md"), encoding: .utf8)
            let row = try XCTUnwrap(page.split(separator: "\n").dropFirst(3).first(where: { $0.hasPrefix("| ") && !$0.hasPrefix("|---") }))
            let pageCells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            XCTAssertEqual(pageCells.first, info.defaultSeverity.rawValue, info.id)
            XCTAssertEqual(!(pageCells.dropFirst().first ?? "").hasPrefix("none"), info.fixable, "\(info.id): the page's fix column")
            let pageOptions = pageCells.dropFirst(2).first ?? ""
            XCTAssertEqual(pageOptions == "none", info.options.isEmpty, "\(info.id): the page's options column")
            for option in info.options.keys { XCTAssertTrue(pageOptions.contains("`\(option)`"), "\(info.id): page lacks option \(option)") }
            // Schema: the options object takes exactly the rule's options.
            let entry = try XCTUnwrap(rules[info.id] as? [String: Any])
            let array = try XCTUnwrap((entry["oneOf"] as? [[String: Any]])?.first { $0["type"] as? String == "array" })
            let optionsSchema = try XCTUnwrap((array["prefixItems"] as? [[String: Any]])?.last)
            let properties = Set((optionsSchema["properties"] as? [String: Any] ?? [:]).keys)
            XCTAssertEqual(properties, Set(info.options.keys), "\(info.id): the schema's options")
            if info.options.isEmpty { XCTAssertEqual(optionsSchema["maxProperties"] as? Int, 0, info.id) }
            XCTAssertEqual(entry["description"] as? String, RuleCatalog.documentationBase + info.id + ".md", info.id)
        }
    }
}
