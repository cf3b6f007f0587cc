import Foundation
import XCTest
import TestSupport

/// The hook as users get it: pre-commit (from PyPI) clones this repository at its current commit,
/// builds it, and runs it on staged HTML files.
final class PreCommitTests: XCTestCase {
    func testHookFailsOnRenderBlockingScriptAndPassesOnceFixed() throws {
        try Python.require("pre_commit")
        let (_, head) = try runTool(["git", "rev-parse", "HEAD"], cwd: repositoryRoot)
        let rev = head.trimmingCharacters(in: .whitespacesAndNewlines)
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // pre-commit's own cache, kept under .build so local runs reuse the hook's build.
        let cache = repositoryRoot.appendingPathComponent(".build/pre-commit-cache").path
        let env = ["PRE_COMMIT_HOME": cache, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
                   "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"]
        XCTAssertEqual(try runTool(["git", "init", "-q"], cwd: dir).0, 0)
        try """
        repos:
          - repo: \(repositoryRoot.path)
            rev: \(rev)
            hooks:
              - id: scriptlint
              - id: scriptlint
                alias: scriptlint-verbose
                name: scriptlint (verbose)
                verbose: true
                stages: [manual]
              - id: scriptlint
                alias: scriptlint-strict
                name: scriptlint (strict)
                args: [--max-warnings, "0"]
                stages: [manual]
        """.write(to: dir.appendingPathComponent(".pre-commit-config.yaml"), atomically: true, encoding: .utf8)
        let page = dir.appendingPathComponent("index.html")
        try "<html><head><script src=\"/js/app.js\"></script></head><body><p>Hi</p></body></html>\n"
            .write(to: page, atomically: true, encoding: .utf8)
        XCTAssertEqual(try runTool(["git", "add", "-A"], cwd: dir).0, 0)

        let failing = try runTool(["python3", "-m", "pre_commit", "run", "--files", "index.html"], cwd: dir, environment: env)
        XCTAssertNotEqual(failing.0, 0, failing.1)
        XCTAssertTrue(failing.1.contains("index.html:1:13: error: Script `/js/app.js` in <head> blocks rendering"), failing.1)
        XCTAssertTrue(failing.1.contains("[render-blocking-script]"), failing.1)

        try "<html><head><script src=\"/js/app.js\" defer></script></head><body><p>Hi</p></body></html>\n"
            .write(to: page, atomically: true, encoding: .utf8)
        XCTAssertEqual(try runTool(["git", "add", "-A"], cwd: dir).0, 0)
        let passing = try runTool(["python3", "-m", "pre_commit", "run", "--files", "index.html"], cwd: dir, environment: env)
        XCTAssertEqual(passing.0, 0, passing.1)
        XCTAssertTrue(passing.1.contains("scriptlint") && passing.1.contains("Passed"), passing.1)

        // Warnings only: pre-commit hides a passing hook's output, unless the hook is `verbose`;
        // `--max-warnings 0` makes them fail it (README, pre-commit).
        try "<html><head></head><body><p>Hi</p><script src=\"/js/app.js\" async defer></script></body></html>\n"
            .write(to: page, atomically: true, encoding: .utf8)
        XCTAssertEqual(try runTool(["git", "add", "-A"], cwd: dir).0, 0)
        let quiet = try runTool(["python3", "-m", "pre_commit", "run", "--files", "index.html"], cwd: dir, environment: env)
        XCTAssertEqual(quiet.0, 0, quiet.1)
        XCTAssertFalse(quiet.1.contains("[async-with-defer]"), quiet.1)
        let verbose = try runTool(["python3", "-m", "pre_commit", "run", "scriptlint-verbose", "--hook-stage", "manual", "--files", "index.html"],
                                  cwd: dir, environment: env)
        XCTAssertEqual(verbose.0, 0, verbose.1)
        XCTAssertTrue(verbose.1.contains("Passed") && verbose.1.contains("[async-with-defer]"), verbose.1)
        let strict = try runTool(["python3", "-m", "pre_commit", "run", "scriptlint-strict", "--hook-stage", "manual", "--files", "index.html"],
                                 cwd: dir, environment: env)
        XCTAssertNotEqual(strict.0, 0, strict.1)
        XCTAssertTrue(strict.1.contains("Failed") && strict.1.contains("[async-with-defer]"), strict.1)
    }
}
