import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// The JavaScript/TypeScript/JSX reader against tree-sitter's grammars (a real parser, from PyPI)
/// on real apps' source trees: every string, template literal, regular expression and JSX element
/// tree-sitter finds, the reader finds at the same bytes, and nothing else.
final class FrameworkReferenceTests: XCTestCase {
    static let extensions: Set<String> = ["js", "jsx", "ts", "tsx", "mjs", "cjs", "mts", "cts"]

    /// The corpus: real apps' files kept as fixtures (Tests/frameworks/corpus, with their licences),
    /// the framework fixtures, and any folders named in SCRIPTLINT_JS_CORPUS (colon-separated).
    func corpus() -> [String] {
        var roots = [repositoryRoot.appendingPathComponent("Tests/frameworks/corpus").path,
                     repositoryRoot.appendingPathComponent("Fixtures/frameworks").path,
                     repositoryRoot.appendingPathComponent("Tests/frameworks/react").path,
                     repositoryRoot.appendingPathComponent("Tests/frameworks/html-webpack-plugin").path]
        roots += (ProcessInfo.processInfo.environment["SCRIPTLINT_JS_CORPUS"] ?? "").split(separator: ":").map(String.init)
        var files: [String] = []
        for root in roots {
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            for case let relative as String in walker {
                let ext = (relative as NSString).pathExtension.lowercased()
                guard Self.extensions.contains(ext), !relative.contains("node_modules/"), !relative.hasSuffix(".min.js") else { continue }
                files.append(root + "/" + relative)
            }
        }
        return files.sorted()
    }

    func testReaderAgreesWithTreeSitter() throws {
        for module in ["tree_sitter", "tree_sitter_typescript", "tree_sitter_javascript"] {
            try requireOptional(hasPythonModule(module), "the Python module \(module)",
                                install: "pip install tree-sitter tree-sitter-typescript tree-sitter-javascript")
        }
        let files = corpus()
        XCTAssertGreaterThan(files.count, 100, "the corpus is missing")
        var compared = 0, constructs = 0, skipped: [String] = []
        // In batches, so that no command line grows too long.
        for batch in stride(from: 0, to: files.count, by: 200).map({ Array(files[$0..<min(files.count, $0 + 200)]) }) {
            let result = try runTool(["python3", repositoryRoot.appendingPathComponent("Tests/frameworks/ts_reference.py").path] + batch)
            XCTAssertEqual(result.status, 0, result.output)
            for line in result.output.split(separator: "\n") {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let file = object["file"] as? String else { XCTFail("not JSON: \(line)"); continue }
                if object["error"] != nil { skipped.append(file); continue }
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
                let syntax = JSSyntax(bytes, jsx: !Self.isTypeScriptWithoutJSX(file))
                func ranges(_ kind: JSToken.Kind) -> Set<[Int]> {
                    Set(syntax.tokens.filter { $0.kind == kind }.map { [Int($0.start), Int($0.end)] })
                }
                func expected(_ key: String) -> Set<[Int]> { Set((object[key] as? [[Int]]) ?? []) }
                for (key, kind) in [("strings", JSToken.Kind.string), ("templates", .template), ("regexes", .regex)] {
                    let want = expected(key), got = ranges(kind)
                    constructs += want.count
                    XCTAssertEqual(got.subtracting(want).sorted { $0[0] < $1[0] }, [], "\(file): \(key) the reader sees and tree-sitter does not")
                    XCTAssertEqual(want.subtracting(got).sorted { $0[0] < $1[0] }, [], "\(file): \(key) tree-sitter sees and the reader does not")
                }
                let want = Set(((object["elements"] as? [[Any]]) ?? []).map { e in
                    "\(e[0]) <\(e[1])\((e[3] as? [String] ?? []).map { " " + $0 }.joined())\((e[2] as? Bool) == true ? " /" : "")>"
                })
                let got = Set(syntax.elements.map { e in
                    "\(e.openRange.start) <\(e.name)\(e.attributes.map { " " + ($0.isSpread ? "..." : $0.name) }.joined())\(e.selfClosing ? " /" : "")>"
                })
                constructs += want.count
                XCTAssertEqual(got.subtracting(want).sorted(), [], "\(file): JSX elements the reader sees and tree-sitter does not")
                XCTAssertEqual(want.subtracting(got).sorted(), [], "\(file): JSX elements tree-sitter sees and the reader does not")
                compared += 1
            }
        }
        print("JS reader vs tree-sitter: \(compared) files, \(constructs) constructs compared; \(skipped.count) files tree-sitter cannot parse: \(skipped.prefix(5))")
        XCTAssertGreaterThan(compared, 100)
    }

    /// JSX `<script>` elements as the source model places them agree with the HTML React's own
    /// server renderer makes of the same Next.js documents, layouts and pages (Debian's React 18 and
    /// TypeScript, Tests/frameworks/react_check.py).
    func testJSXAgreesWithReactsRenderer() throws {
        for (module, package) in [("react-dom", "node-react-dom"), ("react", "node-react"), ("typescript", "node-typescript")] {
            try requireOptional(FileManager.default.fileExists(atPath: "/usr/share/nodejs/\(module)"), "Debian's \(package)",
                                install: "apt-get install \(package)")
        }
        try requireOptional(hasTool("node"), "Node.js", install: "apt-get install nodejs")
        let result = try runTool(["python3", repositoryRoot.appendingPathComponent("Tests/frameworks/react_check.py").path, executable.path,
                                  repositoryRoot.appendingPathComponent("Tests/frameworks/react").path,
                                  repositoryRoot.appendingPathComponent("Fixtures/frameworks").path,
                     repositoryRoot.appendingPathComponent("Tests/frameworks/react").path,
                     repositoryRoot.appendingPathComponent("Tests/frameworks/html-webpack-plugin").path])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains(" agree, 0 disagree"), result.output)
    }

    /// HtmlWebpackPlugin's own examples: the model of each `webpack.config.js` loads the bundle as
    /// the pages the real plugin built from it do (Tests/frameworks/webpack_check.py).
    func testHtmlWebpackPluginAgreesWithItsBuiltExamples() throws {
        let result = try runTool(["python3", repositoryRoot.appendingPathComponent("Tests/frameworks/webpack_check.py").path, executable.path,
                                  repositoryRoot.appendingPathComponent("Tests/frameworks/html-webpack-plugin/examples").path])
        XCTAssertEqual(result.status, 0, result.output)
    }

    static func isTypeScriptWithoutJSX(_ file: String) -> Bool {
        ["ts", "mts", "cts"].contains((file as NSString).pathExtension.lowercased())
    }
}
