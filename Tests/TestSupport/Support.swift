import Foundation
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
    try process.run()
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
    process.waitUntilExit()
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
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Whether a command exists on PATH.
public func hasTool(_ name: String) -> Bool {
    (try? runTool(["sh", "-c", "command -v \(name)"]).status) == 0
}

/// Whether python3 can import a module.
public func hasPythonModule(_ module: String) -> Bool {
    (try? runTool(["python3", "-c", "import \(module)"]).status) == 0
}

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
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
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
    let code = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    errors = sorted(cls(schema).iter_errors(json.load(sys.stdin)), key=lambda e: list(e.path))
    for e in errors[:5]:
        print(list(e.path), e.message)
    sys.exit(1 if errors else 0)
    """
    let (status, output) = try Python.run(["-c", code, schema], stdin: json)
    XCTAssertEqual(status, 0, "schema \(schema): \(output)", file: file, line: line)
}
