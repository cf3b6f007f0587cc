import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// Every rule has a page, every page a rule, and every example on a page does what the page says:
/// each `↓` in an "Incorrect" example marks exactly one reported position; "Correct" examples report nothing.
final class RuleDocsTests: XCTestCase {
    struct Example {
        var rule: String
        var html: String
        var markers: [SourcePosition]
        var incorrect: Bool
        var line: Int
    }

    static func pages() throws -> [String: String] {
        let dir = repositoryRoot.appendingPathComponent("Rules")
        var pages: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".md") {
            pages[String(name.dropLast(3))] = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        }
        return pages
    }

    /// Fenced `html` blocks under "## Incorrect" and "## Correct".
    static func examples(rule: String, page: String) -> [Example] {
        var examples: [Example] = []
        var section = ""
        var block: [String]?
        var blockLine = 0
        for (k, line) in page.components(separatedBy: "\n").enumerated() {
            if block == nil && line.hasPrefix("## ") { section = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces) }
            if line.hasPrefix("```") {
                if var lines = block {
                    if section == "Incorrect" || section == "Correct" {
                        var markers: [SourcePosition] = []
                        for (n, l) in lines.enumerated() {
                            var text = l
                            while let r = text.range(of: "↓") {
                                markers.append(SourcePosition(line: n + 1, column: text[..<r.lowerBound].unicodeScalars.count + 1))
                                text.removeSubrange(r)
                            }
                            lines[n] = text
                        }
                        examples.append(Example(rule: rule, html: lines.joined(separator: "\n"), markers: markers,
                                                incorrect: section == "Incorrect", line: blockLine))
                    }
                    block = nil
                } else if line.hasPrefix("```html") {
                    block = []
                    blockLine = k + 1
                } else {
                    block = [] // another language: collected and ignored
                    blockLine = -1
                }
                continue
            }
            if block != nil && blockLine >= 0 { block!.append(line) }
        }
        return examples
    }

    func testEveryRuleHasAPageAndEveryPageARule() throws {
        let pages = Set(try Self.pages().keys)
        let rules = Set(RuleRegistry.all.map { $0.info.id })
        XCTAssertEqual(rules.subtracting(pages), [], "rules without a page in Rules/")
        XCTAssertEqual(pages.subtracting(rules), [], "pages in Rules/ without a rule")
    }

    func testEmbeddedPagesMatchRulesFolder() throws {
        for (id, page) in try Self.pages() {
            XCTAssertTrue(RuleDocs.pages[id] == page, "Rules/\(id).md differs from the embedded copy: run python3 scripts/embed-rule-docs.py")
        }
        XCTAssertEqual(Set(RuleDocs.pages.keys), Set(try Self.pages().keys), "run python3 scripts/embed-rule-docs.py")
    }

    func testEveryPageHasTheSectionsAndExamples() throws {
        for (id, page) in try Self.pages() {
            for heading in ["# \(id)\n", "## What it does", "## Why is this bad?", "## Incorrect", "## Correct", "## Options", "## Fix"] {
                XCTAssertTrue(page.contains(heading), "Rules/\(id).md lacks \(heading.trimmingCharacters(in: .newlines))")
            }
            let examples = Self.examples(rule: id, page: page)
            XCTAssertTrue(examples.contains { $0.incorrect }, "Rules/\(id).md has no incorrect example")
            XCTAssertTrue(examples.contains { !$0.incorrect }, "Rules/\(id).md has no correct example")
            let info = RuleRegistry.rule(id)!.info
            XCTAssertTrue(page.contains("| \(info.defaultSeverity.rawValue) |"), "Rules/\(id).md states another default severity")
        }
    }

    func testExamplesTriggerExactlyWhereMarked() throws {
        var checked = 0
        for (id, page) in try Self.pages() {
            for example in Self.examples(rule: id, page: page) {
                let found = try diagnostics(example.html, rule: id).map(\.start)
                if example.incorrect {
                    XCTAssertFalse(example.markers.isEmpty, "Rules/\(id).md:\(example.line): incorrect example without ↓")
                }
                XCTAssertEqual(found, example.markers,
                               "Rules/\(id).md:\(example.line): \(example.incorrect ? "incorrect" : "correct") example reports \(found), expected \(example.markers)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 26)
    }
}
