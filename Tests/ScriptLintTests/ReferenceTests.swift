import Foundation
import XCTest

/// Checks against independent references, run through Python: html5lib (the WHATWG parser) for
/// where scripts land, and jsonschema for the committed report schema. `.ci/run` installs both;
/// elsewhere a missing package skips the test instead of failing it.
final class ReferenceTests: XCTestCase {
    static func requirePython(_ module: String) throws {
        let package = ["pre_commit": "pre-commit", "pybars": "pybars3", "liquid": "python-liquid", "jinja2": "Jinja2",
                       "django": "Django", "yaml": "PyYAML"][module] ?? module
        try requireOptional(hasPythonModule(module), "the Python module \(module)", install: "pip install \(package)")
    }

    static func python(_ arguments: [String], stdin: Data? = nil) throws -> (Int32, String) {
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

    func testPlacementAgreesWithHTML5Lib() throws {
        try Self.requirePython("html5lib")
        let script = repositoryRoot.appendingPathComponent("Tests/differential/html5lib_diff.py").path
        let (status, output) = try Self.python([script, "--scriptlint", executable.path, "--pages", "300"])
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.contains("0 page(s) with disagreements"), output)
    }
}

/// Validates a JSON document against a schema file with Python's jsonschema.
func assertValid(_ json: Data, schema: String, file: StaticString = #filePath, line: UInt = #line) throws {
    try ReferenceTests.requirePython("jsonschema")
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
    let (status, output) = try ReferenceTests.python(["-c", code, schema], stdin: json)
    XCTAssertEqual(status, 0, "schema \(schema): \(output)", file: file, line: line)
}
