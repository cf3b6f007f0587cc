import Foundation
import Synchronization
import XCTest
import ScriptLint

/// The package's root folder (tests read Rules/, Fixtures/ and Schemas/ from it).
public let repositoryRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    fatalError("Package.swift not found above \(#filePath)")
}()

/// The scriptlint executable built alongside the tests.
public let executable: URL = {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("scriptlint"),
        repositoryRoot.appendingPathComponent(".build/debug/scriptlint"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
}()

extension Process {
    /// Starts the process; `wait()` on the answer returns once it has exited. Foundation's
    /// `waitUntilExit` on Linux spins its run loop in 50 ms steps, which made each short-lived child
    /// of a test cost about 50 ms (most of the unit tests' time went to waiting).
    public func start() throws -> DispatchSemaphore {
        let exited = DispatchSemaphore(value: 0)
        terminationHandler = { _ in exited.signal() }
        try run()
        return exited
    }
}

public struct CLIResult {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    public var stdoutData: Data
}

@discardableResult
public func runCLI(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], cwd: URL? = nil) throws -> CLIResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "NO_COLOR")
    for (k, v) in environment { env[k] = v }
    process.environment = env
    if let cwd { process.currentDirectoryURL = cwd }
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    let exited = try process.start()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    // Read both pipes at once so a full stderr pipe cannot stall the child.
    final class Box: @unchecked Sendable { var data = Data() }
    let outBox = Box()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async { outBox.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    exited.wait()
    return CLIResult(status: process.terminationStatus, stdout: String(decoding: outBox.data, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self), stdoutData: outBox.data)
}

public func model(_ html: String) -> ScriptDocument { HTMLParser.parse(html) }

/// Each script's placement as a word (`head`, `body/end`, `body/template`), for short assertions.
public func placements(_ html: String) -> [String] {
    model(html).scripts.map { s in
        var d = s.placement.rawValue
        if let inert = s.inert { d += "/" + inert.rawValue }
        if s.atEndOfBody { d += "/end" }
        return d
    }
}

public func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("scriptlint-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Diagnostics of one rule, run at error severity whatever its default.
public func diagnostics(_ html: String, rule id: String) throws -> [Diagnostic] {
    let linter = try Linter(settings: RuleSettings(severities: Dictionary(uniqueKeysWithValues: RuleRegistry.all.map {
        ($0.info.id, $0.info.id == id ? Severity.error : .off)
    })))
    return linter.lint(HTMLParser.parse(html))
}

/// A test case with a fresh temporary folder, removed afterwards.
open class TemporaryFolderTestCase: XCTestCase {
    public var dir: URL!

    override open func setUpWithError() throws { dir = try temporaryDirectory() }
    override open func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    /// Writes a file (creating its folders) and returns its absolute path.
    @discardableResult
    public func write(_ name: String, _ content: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try content.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}

/// A reference check's optional tool: outside CI a missing one skips the test and names what to
/// install; under CI (where .ci/run installs everything) it fails the test.
public func requireOptional(_ available: Bool, _ what: String, install: String,
                     file: StaticString = #filePath, line: UInt = #line) throws {
    if available { return }
    if ProcessInfo.processInfo.environment["CI"] == "true" {
        XCTFail("\(what) is missing: .ci/run installs it (\(install))", file: file, line: line)
    }
    throw XCTSkip("\(what) is not installed (\(install))")
}

/// Runs a command (found on PATH) and returns its status and its output and error streams together.
@discardableResult
public func runTool(_ arguments: [String], cwd: URL? = nil, environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = arguments
    if let cwd { p.currentDirectoryURL = cwd }
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let out = Pipe()
    p.standardOutput = out
    p.standardError = out
    p.standardInput = FileHandle.nullDevice
    let exited = try p.start()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    exited.wait()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Whether a command exists on PATH.
public func hasTool(_ name: String) -> Bool {
    (try? runTool(["sh", "-c", "command -v \(name)"]).status) == 0
}

/// Whether python3 can import a module (asked once per module and test run).
public func hasPythonModule(_ module: String) -> Bool {
    pythonModules.withLock { known in
        if let answer = known[module] { return answer }
        let answer = (try? runTool(["python3", "-c", "import \(module)"]).status) == 0
        known[module] = answer
        return answer
    }
}

private let pythonModules = Mutex<[String: Bool]>([:])

/// Python and the packages the reference checks use (`.ci/run` installs them).
public enum Python {
    public static func require(_ module: String) throws {
        let package = ["pre_commit": "pre-commit", "pybars": "pybars3", "liquid": "python-liquid", "jinja2": "Jinja2",
                       "django": "Django", "yaml": "PyYAML"][module] ?? module
        try requireOptional(hasPythonModule(module), "the Python module \(module)", install: "pip install \(package)")
    }

    public static func run(_ arguments: [String], stdin: Data? = nil) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + arguments
        let out = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = out
        p.standardInput = input
        let exited = try p.start()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        exited.wait()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// A command-line tool a reference check runs (`.ci/run` installs it).
public enum Tools {
    public static func require(_ tool: String, version: String, package: String) throws {
        try requireOptional((try? runTool([tool, version]).status) == 0, tool, install: "apt-get install \(package)")
    }
}

/// Validates a JSON document against a schema file with Python's jsonschema.
public func assertValid(_ json: Data, schema: String, file: StaticString = #filePath, line: UInt = #line) throws {
    try Python.require("jsonschema")
    let problem = try DocumentChecker.shared.check("schema", json, argument: schema)
    XCTAssertNil(problem, "schema \(schema)", file: file, line: line)
}

/// Asserts that bytes are a well-formed XML document (Python's ElementTree reads them).
public func assertWellFormedXML(_ xml: Data, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) throws {
    let problem = try DocumentChecker.shared.check("xml", xml, argument: "-")
    XCTAssertNil(problem, message, file: file, line: line)
}

/// One Python interpreter answers every schema and XML check of a test run. A new interpreter per
/// check cost about 0.3 s (most of it importing jsonschema), which was most of the unit tests' time.
/// Requests are a header line (`kind length argument`) and the document's bytes; each answer is a
/// line of JSON.
public final class DocumentChecker: @unchecked Sendable {
    public static let shared = DocumentChecker()
    private let lock = NSLock()
    private var process: Process?
    private var input: FileHandle?
    private var output: FileHandle?
    private var pending = Data()

    private static let server = #"""
    import json, sys
    import xml.etree.ElementTree as ElementTree
    validators = {}
    def check(kind, argument, data):
        if kind == "xml":
            ElementTree.fromstring(data)
            return None
        import jsonschema
        validator = validators.get(argument)
        if validator is None:
            schema = json.load(open(argument))
            cls = jsonschema.validators.validator_for(schema)
            cls.check_schema(schema)
            validator = validators[argument] = cls(schema)
        errors = sorted(validator.iter_errors(json.loads(data)), key=lambda e: [str(p) for p in e.path])
        return "; ".join(f"{list(e.path)} {e.message}" for e in errors[:5]) or None
    while True:
        header = sys.stdin.buffer.readline()
        if not header:
            break
        kind, length, argument = header.decode().rstrip("\n").split(" ", 2)
        data = sys.stdin.buffer.read(int(length))
        try:
            problem = check(kind, argument, data)
        except Exception as e:
            problem = f"{type(e).__name__}: {e}"
        sys.stdout.write(json.dumps({"problem": problem}) + "\n")
        sys.stdout.flush()
    """#

    /// The problem Python found with the document, or nil when there is none.
    public func check(_ kind: String, _ document: Data, argument: String) throws -> String? {
        lock.lock()
        defer { lock.unlock() }
        if process?.isRunning != true { try start() }
        guard let input, let output else { return "the checker did not start" }
        try input.write(contentsOf: Data("\(kind) \(document.count) \(argument)\n".utf8) + document)
        while !pending.contains(UInt8(ascii: "\n")) {
            let chunk = output.availableData
            if chunk.isEmpty {
                process = nil
                return "the Python checker stopped"
            }
            pending += chunk
        }
        let end = pending.firstIndex(of: UInt8(ascii: "\n"))!
        let answer = pending[pending.startIndex..<end]
        pending = Data(pending[(end + 1)...])
        let object = try JSONSerialization.jsonObject(with: answer) as? [String: Any]
        return object?["problem"] as? String
    }

    private func start() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", Self.server]
        let toChild = Pipe(), fromChild = Pipe()
        p.standardInput = toChild
        p.standardOutput = fromChild
        p.standardError = FileHandle.standardError
        try p.run()
        process = p
        input = toChild.fileHandleForWriting
        output = fromChild.fileHandleForReading
        pending = Data()
    }
}
