import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// The configuration schema read by jsonschema agrees with what the tool accepts and rejects.
final class SchemaReferenceTests: XCTestCase {
    func parse(_ json: String) throws -> Configuration {
        try Configuration.parse(try JSONParser.parse(Array(json.utf8)), path: "/p/.scriptlintrc.json", directory: "/p")
    }

    func testSchemaAgreesWithTheTool() throws {
        let schema = repositoryRoot.appendingPathComponent("Schemas/config.schema.json").path
        let valid = [#"{"rules": {"analytics-not-async": ["warning", {"hosts": ["a.example"]}], "async-with-defer": "off"}, "extensions": ["php"]}"#,
                     #"{"$schema": "./Schemas/config.schema.json", "exclude": ["vendor/"], "include": ["*.tpl"]}"#, "{}", #"{"php": {"shortOpenTag": false}, "platforms": {"bitrix": {"moveJsToBody": true}}}"#]
        for json in valid {
            XCTAssertNoThrow(try parse(json), json)
            try assertValid(Data(json.utf8), schema: schema)
        }
        let invalid = [#"{"rulez": {}}"#, #"{"rules": {"no-such-rule": "off"}}"#, #"{"rules": {"async-with-defer": "loud"}}"#,
                       #"{"rules": {"async-with-defer": ["warning", {"x": 1}]}}"#, #"{"exclude": "vendor"}"#,
                       #"{"rules": {"analytics-not-async": ["warning", {"hosts": [1]}]}}"#]
        let code = "import json, sys, jsonschema\nschema = json.load(open(sys.argv[1]))\n"
            + "sys.exit(0 if list(jsonschema.validators.validator_for(schema)(schema).iter_errors(json.load(sys.stdin))) else 1)"
        for json in invalid {
            XCTAssertThrowsError(try parse(json), json)
            let (rejected, output) = try Python.run(["-c", code, schema], stdin: Data(json.utf8))
            XCTAssertEqual(rejected, 0, "the schema accepts \(json): \(output)")
        }
    }
}
