import Foundation
import XCTest
import TestSupport
import ScriptLint

/// What ships to people without Swift: the wheel (scripts/build-wheel.sh) on a fresh Debian root,
/// the pre-commit hook that installs it, and the GitHub Action's steps.
final class WheelTests: XCTestCase {
    /// The wheel, built once per test process into a folder of its own (the release build itself is
    /// incremental in .build-wheel, one build at a time: `swift test --parallel` runs several
    /// processes).
    nonisolated(unsafe) static var built: Result<URL, Error>?

    static func wheel() throws -> URL {
        try requireOptional(hasPythonModule("auditwheel"), "auditwheel (tags the wheel)", install: "pip install auditwheel")
        try requireOptional(FileManager.default.fileExists(atPath: "/usr/lib/x86_64-linux-gnu/liblzma.a")
                            || FileManager.default.fileExists(atPath: "/usr/lib/aarch64-linux-gnu/liblzma.a"),
                            "liblzma's static library", install: "apt-get install liblzma-dev")
        if let built { return try built.get() }
        let out = repositoryRoot.appendingPathComponent(".build/wheel-test/\(getpid())")
        try? FileManager.default.removeItem(at: out)
        let result = Result<URL, Error> {
            let (status, output) = try runTool(["bash", repositoryRoot.appendingPathComponent("scripts/build-wheel.sh").path, out.path])
            guard status == 0, let last = output.split(separator: "\n").last, last.hasSuffix(".whl") else {
                throw NSError(domain: "build-wheel", code: Int(status), userInfo: [NSLocalizedDescriptionKey: String(output.suffix(4000))])
            }
            return URL(fileURLWithPath: String(last), relativeTo: repositoryRoot).standardizedFileURL
        }
        built = result
        return try result.get()
    }

    func testWheelIsTaggedByAuditwheelAndCarriesNoSharedLibraryButLibc() throws {
        let wheel = try Self.wheel()
        XCTAssertTrue(wheel.lastPathComponent.hasPrefix("scriptlint-\(ScriptLintVersion.current)-py3-none-manylinux_"), wheel.path)
        let (status, report) = try runTool(["python3", "-m", "auditwheel", "show", wheel.path])
        XCTAssertEqual(status, 0, report)
        let tag = wheel.deletingPathExtension().lastPathComponent.split(separator: "-").last.map(String.init) ?? ""
        XCTAssertTrue(report.replacingOccurrences(of: "\n", with: " ").contains("\"\(tag)\""), "auditwheel: \(report)")
        // Only the C and C++ runtimes stay dynamic: libxml2, ICU, zlib and Swift are inside.
        let names = try runTool(["python3", "-m", "zipfile", "-l", wheel.path]).output
        XCTAssertTrue(names.contains("scriptlint/bin/scriptlint") && names.contains("entry_points.txt")
                      && names.contains("THIRD_PARTY_NOTICES") && names.contains("LICENSE"), names)
        XCTAssertFalse(report.contains("libxml2") || report.contains("libcurl") || report.contains("libicu"), report)
    }

    /// The issue's own test: a minimal Debian root without Swift, a compiler or libcurl; the
    /// wheel in a venv there lints the fixtures exactly as the tool built here does.
    func testWheelRunsOnAFreshDebianRootWithoutSwift() throws {
        let wheel = try Self.wheel()
        try requireOptional(hasTool("debootstrap"), "debootstrap", install: "apt-get install debootstrap")
        try requireOptional(getuid() == 0, "root (chroot)", install: "run the tests as root")
        let (status, output) = try runTool(["bash", repositoryRoot.appendingPathComponent("Tests/wheel/fresh_root.sh").path,
                                            wheel.path, repositoryRoot.appendingPathComponent("Fixtures").path])
        XCTAssertEqual(status, 0, String(output.suffix(3000)))
        var sections: [String: String] = [:]
        var current = ""
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("--- ") {
                current = String(line.dropFirst(4))
                if current.hasPrefix("status ") { sections[sections["url"] == nil ? "fixtures-status" : "url-status"] = String(current.dropFirst(7)) }
                continue
            }
            sections[current, default: ""] += line + "\n"
        }
        XCTAssertEqual(sections["version"]?.trimmingCharacters(in: .whitespacesAndNewlines), ScriptLintVersion.current)
        let here = try runCLI(["Fixtures"], cwd: repositoryRoot)
        XCTAssertEqual(here.status, 1)
        XCTAssertEqual(sections["fixtures-status"], "1")
        XCTAssertEqual(sections["fixtures"], here.stdout, "the wheel's binary reports what the build here reports")
        XCTAssertEqual(sections["url-status"], "2")
        XCTAssertTrue(sections["url"]?.contains("apt-get install libcurl4") == true, sections["url"] ?? output)
        // The web-archive module and the Spark job import without PySpark or pyarrow installed.
        XCTAssertEqual(sections["python"]?.trimmingCharacters(in: .whitespacesAndNewlines), "31 WordPress", sections["python"] ?? output)
    }

    /// npm, the way esbuild and Biome ship: the launcher and the linux-x64 package packed from the
    /// wheel (scripts/build-npm.sh), installed offline into a new project on a minimal Debian root
    /// with only Node.js and npm; `npx scriptlint Fixtures` prints exactly what the build here
    /// prints, and without the platform package the launcher names it.
    func testNpmPackagesRunOnAFreshDebianRootWithNode() throws {
        let wheel = try Self.wheel()
        try requireOptional(hasTool("debootstrap"), "debootstrap", install: "apt-get install debootstrap")
        try requireOptional(getuid() == 0, "root (chroot)", install: "run the tests as root")
        try requireOptional(hasTool("npm"), "npm (to pack)", install: "apt-get install npm")
        let out = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let (packed, packLog) = try runTool(["bash", repositoryRoot.appendingPathComponent("scripts/build-npm.sh").path, out.path,
                                             "linux-x64=\(wheel.path)"])
        XCTAssertEqual(packed, 0, packLog)
        let (status, output) = try runTool(["bash", repositoryRoot.appendingPathComponent("Tests/npm/fresh_root.sh").path,
                                            out.path, repositoryRoot.appendingPathComponent("Fixtures").path])
        XCTAssertEqual(status, 0, String(output.suffix(3000)))
        var sections: [String: String] = [:]
        var current = "", statuses: [String] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("--- ") {
                current = String(line.dropFirst(4))
                if current.hasPrefix("status ") { statuses.append(String(current.dropFirst(7))) }
                continue
            }
            sections[current, default: ""] += line + "\n"
        }
        XCTAssertEqual(sections["version"]?.trimmingCharacters(in: .whitespacesAndNewlines), ScriptLintVersion.current, output)
        let here = try runCLI(["Fixtures"], cwd: repositoryRoot)
        XCTAssertEqual(statuses, ["1", "2"], output)
        XCTAssertEqual(sections["fixtures"], here.stdout, "npx scriptlint reports what the build here reports")
        XCTAssertTrue(sections["missing"]?.contains("the package @scriptlint/linux-x64 is not installed") == true, sections["missing"] ?? output)
    }

    /// pre-commit (from PyPI) with the `scriptlint-py` hooks: the hook repository installs with
    /// `pip install .` (the shim of pyproject.toml), which pulls the wheel of the same version.
    func testPreCommitPythonHooksLintTemplates() throws {
        let wheel = try Self.wheel()
        try requireOptional(hasPythonModule("pre_commit"), "pre-commit", install: "pip install pre-commit")
        let rev = try runTool(["git", "rev-parse", "HEAD"], cwd: repositoryRoot).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["PRE_COMMIT_HOME": dir.appendingPathComponent(".cache").path, "PIP_NO_INDEX": "1",
                   "PIP_FIND_LINKS": wheel.deletingLastPathComponent().path, "VIRTUALENV_OVERRIDE_APP_DATA": dir.appendingPathComponent(".venv-data").path,
                   "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"]
        let repo = dir.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: repo, withIntermediateDirectories: true)
        XCTAssertEqual(try runTool(["git", "init", "-q"], cwd: repo).status, 0)
        let blocking = "<script src=\"/js/app.js\"></script>"
        let pages = [
            "index.html": "<!doctype html><html><head>\(blocking)</head><body><p>Hi</p></body></html>\n",
            "templates/page.html.twig": "<html><head>{% block head %}\(blocking){% endblock %}</head><body>{{ body }}</body></html>\n",
            "templates/base.jinja": "<html><head>\(blocking)</head><body>{% block content %}{% endblock %}</body></html>\n",
            "app/views/layouts/application.html.erb": "<html><head>\(blocking)</head><body><%= yield %></body></html>\n",
            "views/layout.hbs": "<html><head>\(blocking)</head><body>{{{body}}}</body></html>\n",
            "theme/header.php": "<html><head>\(blocking)</head><body><?php echo $title; ?>\n",
            "layouts/baseof.gohtml": "<html><head>\(blocking)</head><body>{{ block \"main\" . }}{{ end }}</body></html>\n",
        ]
        for (name, text) in pages {
            let url = repo.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let common = ["index.html", "templates/page.html.twig", "templates/base.jinja", "app/views/layouts/application.html.erb", "views/layout.hbs"]
        for (hook, expected) in [("scriptlint-py", common), ("scriptlint-py-all-templates", common + ["theme/header.php", "layouts/baseof.gohtml"])] {
            try """
            repos:
              - repo: \(repositoryRoot.path)
                rev: \(rev)
                hooks:
                  - id: \(hook)
            """.write(to: repo.appendingPathComponent(".pre-commit-config.yaml"), atomically: true, encoding: .utf8)
            XCTAssertEqual(try runTool(["git", "add", "-A"], cwd: repo).status, 0)
            let run = try runTool(["python3", "-m", "pre_commit", "run", "--all-files"], cwd: repo, environment: env)
            XCTAssertEqual(run.status, 1, run.output)
            for name in pages.keys.sorted() {
                let reported = run.output.contains("\(name):1:") && run.output.contains("[render-blocking-script]")
                XCTAssertEqual(reported, expected.contains(name), "\(hook) on \(name):\n\(run.output)")
            }
        }
    }

    /// The GitHub Action's steps, run as a runner runs a composite action (Tests/action/run_action.py):
    /// the wheel installed in a venv, annotations in the log, a valid SARIF file, the job summary,
    /// the outputs, and the step's status.
    func testActionStepsRunLocally() throws {
        let wheel = try Self.wheel()
        try requireOptional(hasPythonModule("yaml"), "PyYAML", install: "pip install pyyaml")
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "<!doctype html><html><head><script src=\"/js/app.js\"></script></head><body><p>Hi</p></body></html>\n"
            .write(to: dir.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try "<html><head><script src=\"a.js\" async defer></script></head><body>x</body></html>\n"
            .write(to: dir.appendingPathComponent("b page.html"), atomically: true, encoding: .utf8)
        let env = ["PIP_NO_INDEX": "1", "PIP_FIND_LINKS": wheel.deletingLastPathComponent().path,
                   "GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "o/r", "GITHUB_SHA": "abc123"]
        func run(_ inputs: [String]) throws -> [String: Any] {
            let (status, output) = try runTool(["python3", repositoryRoot.appendingPathComponent("Tests/action/run_action.py").path,
                                                repositoryRoot.path, dir.path] + inputs.flatMap { ["--input", $0] }, environment: env)
            XCTAssertEqual(status, 0, output)
            return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], output)
        }

        let failing = try run([])
        let steps = failing["steps"] as! [[String: Any]]
        XCTAssertEqual(steps.map { $0["id"] as! String }, ["install", "lint"], "\(steps)")
        XCTAssertEqual(steps.first?["status"] as? Int, 0, steps.first?["log"] as? String ?? "")
        XCTAssertTrue((steps.first?["log"] as? String ?? "").contains(ScriptLintVersion.current))
        let log = steps.last?["log"] as? String ?? ""
        XCTAssertEqual(failing["status"] as? Int, 1, log)
        XCTAssertTrue(log.contains("::error file=index.html,line=1,col="), log)
        XCTAssertTrue(log.contains("::warning file=b page.html,line=1,"), log)
        let outputs = failing["outputs"] as! [String: String]
        XCTAssertEqual(outputs["exit-code"], "1")
        XCTAssertEqual(outputs["errors"], "1")
        XCTAssertEqual(outputs["warnings"], "1")
        // The SARIF report is written under RUNNER_TEMP, never into the workspace.
        let sarifPath = try XCTUnwrap(outputs["sarif"])
        XCTAssertTrue(sarifPath.hasSuffix("/scriptlint.sarif") && !sarifPath.hasPrefix(dir.path), sarifPath)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("scriptlint.sarif").path))
        let sarif = try Data(contentsOf: URL(fileURLWithPath: sarifPath))
        try assertValid(sarif, schema: repositoryRoot.appendingPathComponent("Tests/Schemas/sarif-2.1.0.json").path)
        let summary = failing["summary"] as! String
        XCTAssertTrue(summary.contains("## scriptlint") && summary.contains("**2 problems** (1 errors, 1 warnings)"), summary)
        XCTAssertTrue(summary.contains("| `render-blocking-script` | 1 | 0 |"), summary)
        XCTAssertTrue(summary.contains("[`index.html:1`](https://github.com/o/r/blob/abc123/index.html#L1)"), summary)
        XCTAssertTrue(summary.contains("https://github.com/o/r/blob/abc123/b%20page.html#L1"), summary)
        XCTAssertTrue(summary.contains("&lt;head&gt;") && !summary.contains("<head>"), "no HTML from messages: \(summary)")

        // Problems reported but the step passes; a rule turned off through quoted arguments.
        XCTAssertEqual(try run(["fail-on-problems=false"])["status"] as? Int, 0)
        let quiet = try run(["args=--rule 'render-blocking-script=off' --rule async-with-defer=off --rule async-defer-at-body-end=off", "paths=index.html\nb page.html", "sarif="])
        XCTAssertEqual(quiet["status"] as? Int, 0, "\(quiet)")
        XCTAssertTrue((quiet["summary"] as? String ?? "").contains("No problems in 2 files"), "\(quiet)")
        XCTAssertEqual((quiet["outputs"] as? [String: String])?["sarif"], "")
        // A usage error always fails the step, whatever fail-on-problems says.
        let usage = try run(["args=--no-such-option", "fail-on-problems=false"])
        XCTAssertEqual(usage["status"] as? Int, 2, "\(usage)")

        // A wheel pinned by its SHA-256: the right digest installs, another fails the step.
        let digest = try runTool(["sha256sum", wheel.path]).output.split(separator: " ").first.map(String.init) ?? ""
        let pinned = try run(["version=\(wheel.path)", "sha256=\(digest)", "sarif="])
        XCTAssertEqual((pinned["steps"] as! [[String: Any]]).first?["status"] as? Int, 0, "\(pinned)")
        let wrong = try run(["version=\(wheel.path)", "sha256=\(String(repeating: "0", count: 64))"])
        XCTAssertEqual(wrong["status"] as? Int, 2, "\(wrong)")
        XCTAssertTrue(((wrong["steps"] as! [[String: Any]]).first?["log"] as? String ?? "").contains("SHA-256"), "\(wrong)")

        // only-changed on a pull request: the problems already on the base's lines are left out.
        let page = dir.appendingPathComponent("page.html")
        try "<html><head><script src=\"/old.js\"></script>\n</head><body><p>x</p></body></html>\n".write(to: page, atomically: true, encoding: .utf8)
        let git = { (args: [String]) in try runTool(["git", "-c", "user.name=t", "-c", "user.email=t@example.com"] + args, cwd: dir) }
        XCTAssertEqual(try git(["init", "-q"]).status, 0)
        _ = try git(["add", "-A"]); _ = try git(["commit", "-qm", "base"])
        let base = try git(["rev-parse", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        try "<html><head><script src=\"/old.js\"></script>\n<script src=\"/new.js\"></script>\n</head><body><p>x</p></body></html>\n"
            .write(to: page, atomically: true, encoding: .utf8)
        _ = try git(["commit", "-qam", "change"])
        let event = dir.deletingLastPathComponent().appendingPathComponent("event-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: event) }
        try #"{"pull_request": {"base": {"sha": "\#(base)"}}}"#.write(to: event, atomically: true, encoding: .utf8)
        let (status, output) = try runTool(["python3", repositoryRoot.appendingPathComponent("Tests/action/run_action.py").path,
                                            repositoryRoot.path, dir.path, "--input", "only-changed=true", "--input", "paths=page.html"],
                                           environment: env.merging(["GITHUB_EVENT_PATH": event.path, "GITHUB_EVENT_NAME": "pull_request"]) { $1 })
        XCTAssertEqual(status, 0, output)
        let changed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let changedLog = (changed["steps"] as! [[String: Any]]).last?["log"] as? String ?? ""
        XCTAssertTrue(changedLog.contains("::error file=page.html,line=2,"), changedLog)
        XCTAssertFalse(changedLog.contains("line=1,"), "the base's problems are not reported: \(changedLog)")
        XCTAssertEqual((changed["outputs"] as? [String: String])?["errors"], "1")
    }

    /// The action's scripts keep to bash 3.2 (macOS runners): none of the later constructs.
    func testActionScriptsAvoidBash4() throws {
        for name in ["action/install.sh", "action/lint.sh"] {
            let text = try String(contentsOf: repositoryRoot.appendingPathComponent(name), encoding: .utf8)
            // An array that may be empty is expanded as ${a[@]+"${a[@]}"}: bash before 4.4 calls a bare
            // "${a[@]}" of an empty array unbound under set -u.
            let code = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }.joined(separator: "\n")
                .replacingOccurrences(of: "${args[@]+\"${args[@]}\"}", with: "")
            for construct in ["mapfile", "readarray", "declare -A", "local -n", "declare -n", ",,}", "^^}", "|&", "&>>", ";;&", "\"${args[@]}\""] {
                XCTAssertFalse(code.contains(construct), "\(name) uses \(construct), which bash 3.2 lacks (or fails on under set -u)")
            }
        }
        if (try? runTool(["bash", "-n", repositoryRoot.appendingPathComponent("action/lint.sh").path]).status) != 0 {
            XCTFail("action/lint.sh does not parse")
        }
    }
}

/// The release rule of CHANGELOG.md: the version the code carries has its dated section, and the
/// wheel, the pre-commit shim and the action read that same version.
final class ReleaseTests: XCTestCase {
    func testChangelogHasTheCurrentVersionAndTheWheelReadsIt() throws {
        let changelog = try String(contentsOf: repositoryRoot.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        XCTAssertTrue(changelog.contains("\n## [Unreleased]\n"), "Keep a Changelog's Unreleased section")
        let heading = try NSRegularExpression(pattern: #"\n## \[\#(NSRegularExpression.escapedPattern(for: ScriptLintVersion.current))\] - \d{4}-\d{2}-\d{2}\n"#)
        XCTAssertNotNil(heading.firstMatch(in: changelog, range: NSRange(changelog.startIndex..., in: changelog)),
                        "CHANGELOG.md needs a '## [\(ScriptLintVersion.current)] - DATE' section")
        let (status, output) = try runTool(["python3", repositoryRoot.appendingPathComponent("python/wheel.py").path, "--version"])
        XCTAssertEqual(status, 0, output)
        XCTAssertEqual(output.trimmingCharacters(in: .whitespacesAndNewlines), ScriptLintVersion.current)
    }
}
