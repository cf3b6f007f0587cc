import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

final class ConfigurationTests: XCTestCase {
    func parse(_ json: String) throws -> Configuration {
        try Configuration.parse(try JSONParser.parse(Array(json.utf8)), path: "/p/.scriptlintrc.json", directory: "/p")
    }

    func testValidConfiguration() throws {
        let c = try parse(#"{"$schema": "x", "rules": {"render-blocking-script": "warning", "analytics-not-async": ["error", {"additionalHosts": ["s.example"]}]}, "include": ["**/*.tpl"], "exclude": ["vendor/"], "extensions": [".php", "twig"]}"#)
        XCTAssertEqual(c.settings.severity(of: "render-blocking-script"), .warning)
        XCTAssertEqual(c.settings.severity(of: "analytics-not-async"), .error)
        XCTAssertEqual(c.settings.severity(of: "duplicate-script"), .warning, "defaults stay")
        XCTAssertEqual(c.extensions, ["php", "twig"])
        XCTAssertTrue(c.wants(file: "/p/a/b.PHP"))
        XCTAssertTrue(c.wants(file: "/p/a/b.tpl"))
        XCTAssertFalse(c.wants(file: "/p/a/b.txt"))
        XCTAssertTrue(c.excludes("/p/vendor", isDirectory: true))
        XCTAssertFalse(c.excludes("/p/vendor", isDirectory: false))
    }

    func testErrorsNameTheKeyAndWhatIsAllowed() {
        let cases: [(String, String)] = [
            (#"{"rulez": {}}"#, "unknown key 'rulez' (allowed: $schema, rules, include, exclude, extensions, templates, php, platforms)"),
            (#"{"php": {"shortOpenTag": 1}}"#, "'php.shortOpenTag' must be true or false (got the number 1.0)"),
            (#"{"php": {"short": true}}"#, "unknown key 'php.short' (allowed: shortOpenTag)"),
            (#"{"platforms": {"wordpress": {"version": "six"}}}"#, "'platforms.wordpress.version' must be a release such as \"6.4\""),
            (#"{"platforms": {"joomla": {}}}"#, "unknown key 'platforms.joomla' (allowed: bitrix, wordpress)"),
            (#"{"templates": {"dialects": {"*.html": "mako"}}}"#, #"'templates.dialects.*.html' must be one of "jinja", "erb", "php", "handlebars", "go", "none""#),
            (#"{"templates": {"root": []}}"#, "unknown key 'templates.root' (allowed: dialects, roots)"),
            (#"{"rules": {"no-such-rule": "off"}}"#, "unknown rule 'no-such-rule' in 'rules'"),
            (#"{"rules": {"async-with-defer": "loud"}}"#, #"'rules.async-with-defer' has severity "loud"; allowed: "off", "warning", "error""#),
            (#"{"rules": {"async-with-defer": 2}}"#, "'rules.async-with-defer' has severity the number 2.0"),
            (#"{"rules": {"async-with-defer": ["warning", {"x": 1}]}}"#, "unknown option 'x' for rule 'async-with-defer' (it takes no options)"),
            (#"{"rules": {"analytics-not-async": ["warning", {"hosts": [1]}]}}"#, "option 'hosts' of rule 'analytics-not-async' must be an array of strings"),
            (#"{"exclude": "vendor"}"#, #"'exclude' must be an array of strings, not "vendor""#),
            (#"[1]"#, "the configuration must be a JSON object"),
            (#"{"rules": {}, }"#, "invalid JSON at line 1, column 15: expected a string key"),
            (#"{"a": 1, "a": 2}"#, #"duplicate key "a""#),
        ]
        for (json, message) in cases {
            do {
                _ = try parse(json)
                XCTFail("accepted \(json)")
            } catch {
                XCTAssertTrue("\(error)".contains(message), "\(json): \(error)")
            }
        }
    }

    func testGlobs() {
        XCTAssertTrue(Glob("*.min.html").matches("a/b/c.min.html"))
        XCTAssertTrue(Glob("vendor/**").matches("vendor/x/y.html"))
        XCTAssertFalse(Glob("vendor/**").matches("src/vendor/y.html"))
        XCTAssertTrue(Glob("**/legacy/*.htm").matches("a/legacy/b.htm"))
        XCTAssertTrue(Glob("**/legacy/*.htm").matches("legacy/b.htm"))
        XCTAssertTrue(Glob("page[0-9].html").matches("page7.html"))
        XCTAssertFalse(Glob("page[!0-9].html").matches("page7.html"))
        XCTAssertTrue(Glob("/docs/?.html").matches("docs/a.html"))
        XCTAssertFalse(Glob("build/").matches("build"))
        XCTAssertTrue(Glob("build/").matches("build", isDirectory: true))
    }

}

final class ConfigurationCLITests: TemporaryFolderTestCase {


    // A whole page (a template with no <head>, <body> or doctype would be a partial).
    let blocking = "<head><script src=a.js></script>"

    func testNearestConfigurationWinsAndDecidesTheFiles() throws {
        try write("site/.scriptlintrc.json", #"{"rules": {"render-blocking-script": "warning"}, "exclude": ["vendor/", "*.min.html"], "extensions": ["twig"]}"#)
        try write("site/index.html", blocking)
        try write("site/page.min.html", blocking)
        try write("site/vendor/lib.html", blocking)
        try write("site/templates/base.twig", blocking)
        try write("site/templates/x.php", blocking)
        try write("site/strict/.scriptlintrc.json", #"{"rules": {"render-blocking-script": "error"}}"#)
        try write("site/strict/page.html", blocking)
        let r = try runCLI(["--format", "json", "site"], cwd: dir)
        let files = try (JSONSerialization.jsonObject(with: r.stdoutData) as! [String: Any])["files"] as! [[String: Any]]
        let severities = Dictionary(uniqueKeysWithValues: files.map {
            ($0["path"] as! String, (($0["diagnostics"] as! [[String: Any]]).first?["severity"] as? String) ?? "-")
        })
        XCTAssertEqual(severities, ["site/index.html": "warning", "site/templates/base.twig": "warning", "site/strict/page.html": "error"])
        XCTAssertEqual(r.status, 1)
        // An explicitly named file is linted unless excluded (pre-commit names files one by one).
        let named = try runCLI(["site/page.min.html", "site/templates/x.php"], cwd: dir)
        XCTAssertTrue(named.stdout.contains("No problems") == false && named.stdout.contains("x.php:1:7"), named.stdout)
        XCTAssertFalse(named.stdout.contains("page.min.html"), named.stdout)
    }

    func testExplicitConfigAndRuleOverride() throws {
        try write("conf.json", #"{"rules": {"render-blocking-script": "off"}}"#)
        try write("a.html", blocking)
        XCTAssertEqual(try runCLI(["-c", "conf.json", "a.html"], cwd: dir).status, 0)
        XCTAssertEqual(try runCLI(["-c", "conf.json", "--rule", "render-blocking-script=error", "a.html"], cwd: dir).status, 1)
    }

    func testBrokenConfigurationExitsTwoNamingFileAndKey() throws {
        try write("site/.scriptlintrc.json", #"{"rules": {"render-blocking-scripts": "off"}}"#)
        try write("site/a.html", blocking)
        let r = try runCLI(["site"], cwd: dir)
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains(".scriptlintrc.json: unknown rule 'render-blocking-scripts' in 'rules'"), r.stderr)
        XCTAssertEqual(r.stdout, "")
    }

    func testPrintConfig() throws {
        try write("site/.scriptlintrc.json", #"{"rules": {"analytics-not-async": ["error", {"additionalHosts": ["stats.example"]}]}}"#)
        let r = try runCLI(["--print-config", "site/x.html", "--rule", "async-with-defer=off"], cwd: dir)
        XCTAssertEqual(r.status, 0)
        let json = try JSONSerialization.jsonObject(with: r.stdoutData) as! [String: Any]
        XCTAssertTrue((json["configFile"] as! String).hasSuffix("site/.scriptlintrc.json"))
        let rules = json["rules"] as! [String: [String: Any]]
        XCTAssertEqual(rules["analytics-not-async"]?["severity"] as? String, "error")
        XCTAssertEqual((rules["analytics-not-async"]?["options"] as? [String: [String]])?["additionalHosts"], ["stats.example"])
        XCTAssertEqual(rules["async-with-defer"]?["severity"] as? String, "off")
        XCTAssertEqual(rules["redundant-script-type"]?["severity"] as? String, "off")
    }
}

/// RFC 8259, exactly: what a lenient parser lets through, and the escapes a naive one mishandles.
final class StrictJSONTests: TemporaryFolderTestCase {
    func testRejectsWhatRFC8259Rejects() {
        let cases: [(String, String)] = [
            (#"{"rules": {"a\uD800\u0041": "off"}}"#, "line 1, column 14: high surrogate \\uD800 not followed by a low surrogate"),
            (#"{"a": "\uD800"}"#, "line 1, column 8: lone high surrogate"),
            (#"{"a": "\uDC00"}"#, "line 1, column 8: lone low surrogate"),
            (#"{"a": "\u+041"}"#, "invalid \\u escape"),
            ("{\"a\":\n +1}", "line 2, column 2: a number must start with a digit or '-'"),
            (#"{"a": 01}"#, "column 8: leading zeros are not allowed"),
            (#"{"a": -01}"#, "leading zeros are not allowed"),
            (#"{"a": .5}"#, "column 7: a number must start with a digit or '-'"),
            (#"{"a": 1.}"#, "column 9: a digit must follow the decimal point"),
            (#"{"a": 1e}"#, "a digit must follow the exponent"),
            (#"{"a": 1e+}"#, "a digit must follow the exponent"),
            (#"{"a": -}"#, "unexpected character"),
            (#"{"a": 0x10}"#, "column 8: expected ',' or '}'"),
        ]
        for (json, message) in cases {
            do {
                _ = try JSONParser.parse(Array(json.utf8))
                XCTFail("accepted \(json)")
            } catch {
                XCTAssertTrue("\(error)".contains(message), "\(json): \(error)")
            }
        }
    }

    func testAcceptsEveryRFC8259Number() throws {
        for (text, value) in [("0", 0.0), ("-0", 0), ("10", 10), ("1.5", 1.5), ("-2.25e2", -225), ("1E-2", 0.01), ("0e0", 0)] {
            XCTAssertEqual(try JSONParser.parse(Array(text.utf8)), .number(value), text)
        }
    }

    func testEscapesKeepEveryScalar() throws {
        XCTAssertEqual(try JSONParser.parse(Array(#""a\u0000b""#.utf8)), .string("a\u{0}b"), "U+0000 does not end the string")
        XCTAssertEqual(try JSONParser.parse(Array(#""\uD83D\uDE00""#.utf8)), .string("😀"))
        XCTAssertEqual(try JSONParser.parse(Array(#""\u00e9\/""#.utf8)), .string("é/"))
    }

    func testHostileConfigurationExitsTwoNamingTheFile() throws {
        try write(".scriptlintrc.json", #"{"rules": {"a\uD800\u0041": "off"}}"#)
        let page = try write("a.html", "<p>x")
        let r = try runCLI([page])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains(".scriptlintrc.json") && r.stderr.contains("surrogate"), r.stderr)
    }
}

final class PathTests: XCTestCase {
    func testAbsolutePathsResolveDotsOnBytes() {
        XCTAssertEqual(Configuration.absolutePath("/a/b/../c/./d//e/"), "/a/c/d/e")
        XCTAssertEqual(Configuration.absolutePath("/a/.."), "/")
        XCTAssertEqual(Configuration.absolutePath("/../../x"), "/x")
        XCTAssertEqual(Configuration.absolutePath("/"), "/")
        XCTAssertEqual(Configuration.absolutePath("/é/ü/../ñ.html"), "/é/ñ.html")
        XCTAssertEqual(Configuration.absolutePath("/a/\u{F7FF}b/..."), "/a/\u{F7FF}b/...")
        let cwd = FileManager.default.currentDirectoryPath
        XCTAssertEqual(Configuration.absolutePath("x/../y.html"), (cwd == "/" ? "" : cwd) + "/y.html")
        XCTAssertEqual(PathCodec.fileName("/a/b/c.html"), "c.html")
        XCTAssertEqual(PathCodec.fileName("c.html"), "c.html")
        XCTAssertEqual(PathCodec.fileName("dir/"), "dir/")
    }

    /// A file name's bytes survive the round trip through a String, kept bytes (not UTF-8) and
    /// characters that share their first UTF-8 byte (U+F000…U+FFFF) included.
    func testPathBytesRoundTrip() {
        let names: [[UInt8]] = [Array("/a/b.html".utf8), Array("/é/\u{F6FF}/\u{F800}/\u{FFFD}.php".utf8),
                                [0x2F, 0x61, 0xFF, 0xEF, 0x2E, 0x68], [0xEF, 0xBF], []]
        for bytes in names {
            let encoded = PathCodec.encode(PathCodec.decode(bytes))
            XCTAssertEqual(encoded.map { UInt8(bitPattern: $0) }, bytes + [0], "\(bytes)")
        }
    }

    /// Paths that are already normal are returned as they are; every other one is normalized: the
    /// two must agree with segment-by-segment resolution on any mix of segments.
    func testNormalAndAbnormalPathsAgreeWithSegmentResolution() {
        var rng = SystemRandomNumberGenerator()
        let segments = ["a", "b", ".", "..", "", ".a", "..b", "...", "é", "a.b"]
        for _ in 0..<3000 {
            let parts = (0..<Int.random(in: 0...6, using: &rng)).map { _ in segments.randomElement(using: &rng)! }
            let path = "/" + parts.joined(separator: "/") + (Bool.random(using: &rng) ? "/" : "")
            var kept: [String] = []
            for part in path.split(separator: "/", omittingEmptySubsequences: true) {
                if part == "." { continue }
                if part == ".." { _ = kept.popLast(); continue }
                kept.append(String(part))
            }
            XCTAssertEqual(Configuration.absolutePath(path), "/" + kept.joined(separator: "/"), path)
        }
    }
}

final class FingerprintTests: XCTestCase {
    /// The tag as a fingerprint sees it: ASCII whitespace runs (CR LF included) as one space, none
    /// at the ends.
    func normalize(_ s: String) -> String {
        let parts = s.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C })
        return parts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    /// Baselines keep matching: the streaming hash is the hash of the normalized string.
    func testStreamingFingerprintEqualsTheNormalizedOne() {
        for tag in ["<script src=a.js>", "  <script\n\tsrc=\"a.js\"\r\n  async >  ", "", "   ", "<script\u{0C}src=é.js>", "a\r\rb"] {
            XCTAssertEqual(Fingerprint.hash(rule: "render-blocking-script", tag: tag),
                           Fingerprint.hash("render-blocking-script" + "\u{0}" + normalize(tag)), tag)
        }
    }
}

final class JSONQuotingTests: XCTestCase {
    func testQuotingEscapesWhatJSONAndJavaScriptNeed() {
        let cases: [(String, String)] = [
            ("", #""""#), ("plain", #""plain""#), ("a\"b\\c", #""a\"b\\c""#),
            ("line\nbreak\r\ttab", #""line\nbreak\r\ttab""#), ("\u{01}\u{1F}\u{7F}", #""\u0001\u001f\u007f""#),
            ("é ü 😀", #""é ü 😀""#), ("\u{2028}x\u{2029}", #""\u2028x\u2029""#), ("\u{2027}\u{202A}", "\"\u{2027}\u{202A}\""),
            ("<head>", #""<head>""#),
        ]
        for (s, expected) in cases {
            XCTAssertEqual(JSONValue.quoted(s), expected, s)
            var out: [UInt8] = []
            JSONValue.appendQuoted(s, to: &out)
            XCTAssertEqual(String(decoding: out, as: UTF8.self), expected, s)
        }
    }
}
