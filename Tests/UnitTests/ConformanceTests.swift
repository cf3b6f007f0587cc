import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// The HTML standard's own test suite (html5lib-tests, vendored under Tests/Conformance) run
/// through scriptlint's tokenizer and tree builder.
final class ConformanceTests: XCTestCase {
    struct TreeTest {
        var file: String
        var index: Int
        var data: String
        var document: String
    }

    static let suite = repositoryRoot.appendingPathComponent("Tests/Conformance/html5lib-tests")

    /// Every document test with scripting on (fragment tests and `#script-off` ones left out).
    static let treeTests: [TreeTest] = {
        let folder = suite.appendingPathComponent("tree-construction")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".dat") }.sorted() ?? []
        var tests: [TreeTest] = []
        for file in files {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { continue }
            let chunks = ("\n" + text).components(separatedBy: "\n#data\n").dropFirst()
            for (index, chunk) in chunks.enumerated() {
                var sections: [String: String] = [:]
                var name: String?
                var lines: [String] = []
                for line in chunk.components(separatedBy: "\n") {
                    if line.hasPrefix("#") && ["#errors", "#new-errors", "#document-fragment", "#document", "#script-off", "#script-on"].contains(line) {
                        if let name { sections[name] = lines.joined(separator: "\n") }
                        name = line
                        lines = []
                    } else if name == nil {
                        lines.append(line)
                        sections["#data"] = lines.joined(separator: "\n")
                    } else {
                        lines.append(line)
                    }
                }
                if let name { sections[name] = lines.joined(separator: "\n") }
                if name == nil { continue }
                guard sections["#document-fragment"] == nil, sections["#script-off"] == nil,
                      let data = sections["#data"], var document = sections["#document"] else { continue }
                while document.hasSuffix("\n") { document.removeLast() }
                tests.append(TreeTest(file: file, index: index, data: data, document: document))
            }
        }
        return tests
    }()

    /// Inputs whose scripts behave differently from the suite's tree for a reason the docs give.
    static let documentedExceptions: [String: String] = [:]

    func testSuiteIsPresent() {
        XCTAssertGreaterThan(Self.treeTests.count, 1500, "Tests/Conformance/html5lib-tests is missing or incomplete")
    }

    /// The whole tree, as html5lib-tests prints it, built by the same tree builder the linter uses:
    /// every test passes but the ones `expectedFailures` names, and each of those still fails (a
    /// fix shows up as an expected failure to remove).
    func testTreeConstruction() {
        var failures: [String: String] = [:]
        for test in Self.treeTests {
            let actual = DOMTree.build(test.data)
            if actual != test.document {
                failures["\(test.file) #\(test.index)"] = "\(test.data.debugDescription)\n--- expected\n\(test.document)\n--- actual\n\(actual)"
            }
        }
        print("tree construction: \(Self.treeTests.count - failures.count) of \(Self.treeTests.count) document trees identical")
        for name in failures.keys.sorted() where !Self.expectedFailures.keys.contains(name) {
            XCTFail("\(name) fails: \(failures[name]!)")
        }
        for name in Self.expectedFailures.keys.sorted() where failures[name] == nil {
            XCTFail("\(name) now passes: remove it from expectedFailures")
        }
    }

    /// The trees that differ, by test, and why; none of them moves a script.
    static let expectedFailures: [String: String] = [
        "adoption02.dat #2": "the adoption agency with <marquee> inside a table",
        "tests3.dat #11": "the newline after <pre> written as &#x0a;",
        "webkit02.dat #44": "<selectedcontent>: the clone of the selected option",
        "webkit02.dat #45": "<selectedcontent>: the clone of the selected option",
        "webkit02.dat #46": "<selectedcontent>: the clone of the selected option",
        "webkit02.dat #47": "<selectedcontent>: the clone of the selected option",
        "webkit02.dat #48": "<font> closed inside <select> (the customizable-select parser changes)",
    ]

    /// Each script of the expected tree — namespace, head or body, inside template contents — against
    /// the script model the rules see.
    func testScriptsLandWhereTheSuiteSays() {
        var checked = 0, scripts = 0
        var failures: [String] = []
        for test in Self.treeTests where test.data.lowercased().contains("script") {
            let expected = Self.projection(ofExpected: test.document)
            let model = HTMLParser.parse(test.data).scripts.filter { $0.inert != .noscript }.map { s -> String in
                let ns = s.isSVG ? "svg" : s.inert == .mathml ? "math" : "html"
                return "\(ns) \(s.placement == .head ? "head" : "body")\(s.inert == .template ? " template" : "")"
            }
            checked += 1
            scripts += expected.count
            if expected.sorted() != model.sorted() {
                let key = "\(test.file) #\(test.index)"
                if Self.documentedExceptions[key] != nil { continue }
                failures.append("\(key): \(test.data.debugDescription)\n  suite: \(expected)\n  model: \(model)")
            }
        }
        print("scripts: \(checked) inputs, \(scripts) script elements, \(failures.count) disagreements")
        XCTAssertGreaterThan(checked, 100)
        XCTAssertTrue(failures.isEmpty, failures.prefix(30).joined(separator: "\n"))
    }

    /// Scripts of an html5lib-tests tree, in tree order.
    static func projection(ofExpected document: String) -> [String] {
        var result: [String] = []
        var ancestors: [(depth: Int, name: String)] = []
        for line in document.components(separatedBy: "\n") where line.hasPrefix("| ") {
            let body = line.dropFirst(2)
            let depth = body.prefix { $0 == " " }.count / 2
            let content = body.drop { $0 == " " }
            while let last = ancestors.last, last.depth >= depth { ancestors.removeLast() }
            let name: String
            if content == "content" {
                name = "content"
            } else if content.hasPrefix("<") && !content.hasPrefix("<!") {
                name = String(content.dropFirst().dropLast())
            } else {
                continue
            }
            ancestors.append((depth, name))
            guard name == "script" || name == "svg script" || name == "math script" else { continue }
            let ns = name == "script" ? "html" : String(name.prefix { $0 != " " })
            let inHead = ancestors.contains { $0.name == "head" }
            let inTemplate = ancestors.dropLast().contains { $0.name == "content" }
            result.append("\(ns) \(inHead ? "head" : "body")\(inTemplate ? " template" : "")")
        }
        return result
    }
}

/// A whole DOM built through the tree builder's sink, printed as html5lib-tests print trees.
struct DOMTree: TreeSink {
    final class Node {
        enum Kind { case document, element, text, comment, doctype, fragment }
        var kind: Kind
        var name = ""
        var ns: Namespace = .html
        var attributes: [(String, String)] = []
        var text = ""
        var children: [Node] = []
        weak var parent: Node?
        var id: Int32 = -1
        var content: Node?

        init(_ kind: Kind) { self.kind = kind }
    }

    static var buildsTree: Bool { true }
    let document = Node(.document)
    var elements: [Int32: Node] = [:]

    static func build(_ html: String) -> String {
        let bytes = Array(html.utf8)
        let source = SourceText(bytes: bytes, encoding: .utf8, bomLength: 0)
        return bytes.withUnsafeBufferPointer { p in
            var builder = TreeBuilder(p: p, source: source, sink: DOMTree())
            builder.run()
            return builder.sink.serialized()
        }
    }

    private func resolve(_ id: Int32) -> Node {
        if id == -1 { return document }
        let node = elements[id]!
        return node.content ?? node
    }

    mutating func createElement(_ id: Int32, name: String, ns: Namespace, attributes: [(String, String)]) {
        let node = Node(.element)
        node.name = name
        node.ns = ns
        node.attributes = attributes
        node.id = id
        if ns == .html && name == "template" {
            node.content = Node(.fragment)
            node.content?.id = id
        }
        elements[id] = node
    }

    private func place(_ node: Node, at: InsertionPoint) {
        detach(node)
        let parent = resolve(at.parent)
        if at.before >= 0, let sibling = elements[at.before], let k = parent.children.firstIndex(where: { $0 === sibling }) {
            parent.children.insert(node, at: k)
        } else {
            parent.children.append(node)
        }
        node.parent = parent
    }

    private func detach(_ node: Node) {
        if let parent = node.parent, let k = parent.children.firstIndex(where: { $0 === node }) { parent.children.remove(at: k) }
        node.parent = nil
    }

    mutating func insert(_ id: Int32, at: InsertionPoint) { place(elements[id]!, at: at) }

    mutating func insertText(_ text: String, at: InsertionPoint) {
        let parent = resolve(at.parent)
        var index = parent.children.count
        if at.before >= 0, let sibling = elements[at.before], let k = parent.children.firstIndex(where: { $0 === sibling }) { index = k }
        if index > 0, parent.children[index - 1].kind == .text {
            parent.children[index - 1].text += text
            return
        }
        let node = Node(.text)
        node.text = text
        node.parent = parent
        parent.children.insert(node, at: index)
    }

    mutating func insertComment(_ text: String, at: InsertionPoint) {
        let node = Node(.comment)
        node.text = text
        place(node, at: at)
    }

    mutating func doctype(name: String, publicID: String?, systemID: String?) {
        let node = Node(.doctype)
        node.name = name
        if publicID != nil || systemID != nil { node.text = " \"\(publicID ?? "")\" \"\(systemID ?? "")\"" }
        place(node, at: InsertionPoint(parent: -1))
    }

    mutating func addMissingAttributes(_ id: Int32, _ attributes: [(String, String)]) {
        let node = elements[id]!
        for (name, value) in attributes where !node.attributes.contains(where: { $0.0 == name }) {
            node.attributes.append((name, value))
        }
    }

    mutating func remove(_ id: Int32) { detach(elements[id]!) }

    mutating func moveChildren(of: Int32, to: Int32) {
        let from = resolve(of), target = resolve(to)
        for child in from.children {
            child.parent = target
            target.children.append(child)
        }
        from.children = []
    }

    func parent(of id: Int32) -> Int32? {
        guard let parent = elements[id]?.parent else { return nil }
        if parent.kind == .document { return -1 }
        return parent.id
    }

    func serialized() -> String {
        var lines: [String] = []
        func walk(_ node: Node, _ depth: Int) {
            let indent = "| " + String(repeating: "  ", count: depth)
            switch node.kind {
            case .document, .fragment:
                break
            case .doctype:
                lines.append(indent + "<!DOCTYPE \(node.name)\(node.text)>")
            case .comment:
                lines.append(indent + "<!-- \(node.text) -->")
            case .text:
                lines.append(indent + "\"\(node.text)\"")
            case .element:
                let prefix = node.ns == .svg ? "svg " : node.ns == .math ? "math " : ""
                lines.append(indent + "<\(prefix)\(node.name)>")
                for (name, value) in node.attributes.sorted(by: { $0.0 < $1.0 }) {
                    lines.append(indent + "  \(name)=\"\(value)\"")
                }
                if let content = node.content {
                    lines.append(indent + "  content")
                    for child in content.children { walk(child, depth + 2) }
                }
            }
            if node.kind != .element || node.content == nil || true {
                for child in node.children { walk(child, node.kind == .document ? depth : depth + 1) }
            }
        }
        walk(document, 0)
        return lines.joined(separator: "\n")
    }
}
