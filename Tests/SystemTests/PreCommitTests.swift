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
    }
}
