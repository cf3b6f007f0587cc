import Foundation
import XCTest
import TestSupport

/// The command line end to end, through the built executable.
final class CLITests: TemporaryFolderTestCase {
    let blocking = "<head><script src=a.js></script></head><body>x</body>"
    let warningOnly = "<body><p>x</p><script src=a.js defer></script></body>"
    let clean = "<head><script src=a.js defer></script></head><body>x</body>"

    func testExitStatusZeroOneTwo() throws {
        let ok = try write("ok.html", clean)
        let bad = try write("bad.html", blocking)
        XCTAssertEqual(try runCLI([ok]).status, 0)
        let r = try runCLI([bad, ok])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "\(bad):1:7: error: Script `a.js` in <head> blocks rendering: the browser downloads and runs it before it paints anything. Add `defer` (or `async` if it depends on nothing else on the page). [render-blocking-script]\n1 problem (1 error, 0 warnings) in 2 files.\n")
    }

    /// A long command line (paths split from options before ArgumentParser) and a short one (parsed
    /// whole) read options the same, wherever they stand among the paths.
    func testOptionsAmongManyPaths() throws {
        for count in [3, 80] {
            var paths: [String] = []
            for k in 0..<count { paths.append(try write("many\(count)-\(k).html", k == 1 ? blocking : clean)) }
            let r = try runCLI(Array(paths.prefix(2)) + ["--format", "json", "-j", "1"] + paths.dropFirst(2) + ["--max-warnings", "0"])
            XCTAssertEqual(r.status, 1, r.stderr)
            let files = (try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])?["files"] as? [[String: Any]]
            XCTAssertEqual(files?.count, count)
        }
    }

    func testMissingFileIsReportedByNameAndOthersStillLinted() throws {
        let bad = try write("bad.html", blocking)
        let missing = dir.appendingPathComponent("missing.html").path
        let r = try runCLI([missing, bad])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stdout.contains("\(missing): error: no such file or folder"), r.stdout)
        XCTAssertTrue(r.stdout.contains("\(bad):1:7: error:"), r.stdout)
        let json = try runCLI(["--format", "json", missing, bad])
        XCTAssertEqual(json.status, 2)
        try assertValid(json.stdoutData, schema: repositoryRoot.appendingPathComponent("Schemas/report.schema.json").path)
        XCTAssertTrue(json.stdout.contains("\"error\": \"no such file or folder\""))
    }

    func testUsageErrorsExitTwo() throws {
        for args in [["--rule", "nope=error"], ["--rule", "render-blocking-script=loud"], ["--bogus"], ["--jobs", "0"], ["--explain", "nope"], ["--format", "xml"]] {
            let r = try runCLI(args)
            XCTAssertEqual(r.status, 2, "\(args)")
            XCTAssertTrue(r.stderr.contains("Error:"), "\(args): \(r.stderr)")
            XCTAssertEqual(r.stdout, "", "\(args)")
        }
    }

    func testStandardInputWithFilename() throws {
        let r = try runCLI(["--stdin-filename", "site/index.html", "-"], stdin: Data(blocking.utf8))
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.hasPrefix("site/index.html:1:7: error:"), r.stdout)
        let unnamed = try runCLI(["-"], stdin: Data(blocking.utf8))
        XCTAssertTrue(unnamed.stdout.hasPrefix("<stdin>:1:7:"), unnamed.stdout)
    }

    func testFoldersRecursivelySkippingGitAndNodeModules() throws {
        try write("site/index.html", blocking)
        try write("site/deep/page.HTM", blocking)
        try write("site/notes.txt", blocking)
        try write("site/node_modules/pkg/index.html", blocking)
        try write("site/.git/hooks/x.html", blocking)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("site/folder.html"), withIntermediateDirectories: true)
        let r = try runCLI(["--format", "json", dir.appendingPathComponent("site").path])
        let files = try (JSONSerialization.jsonObject(with: r.stdoutData) as! [String: Any])["files"] as! [[String: Any]]
        XCTAssertEqual(files.map { ($0["path"] as! String).replacingOccurrences(of: dir.path + "/", with: "") },
                       ["site/deep/page.HTM", "site/index.html"])
    }

    /// Quoted globs are expanded as ESLint expands them: `**` across folders, `*` within a name, a
    /// pattern without a folder at the top only; no match is an error unless allowed.
    func testQuotedGlobs() throws {
        try write("templates/a/b/deep.jinja", blocking)
        try write("templates/top.jinja", blocking)
        try write("templates/node_modules/x.jinja", blocking)
        try write("top.html", blocking)
        try write("sub/nested.html", blocking)
        func paths(_ args: [String]) throws -> (Int32, [String]) {
            let r = try runCLI(["--format", "json"] + args, cwd: dir)
            let files = try (JSONSerialization.jsonObject(with: r.stdoutData) as! [String: Any])["files"] as! [[String: Any]]
            return (r.status, files.map { $0["path"] as! String })
        }
        XCTAssertEqual(try paths(["templates/**/*.jinja"]).1, ["templates/a/b/deep.jinja", "templates/top.jinja"])
        XCTAssertEqual(try paths(["*.html"]).1, ["top.html"])
        XCTAssertEqual(try paths(["**/*.html"]).1, ["sub/nested.html", "top.html"])
        let (status, unmatched) = try paths(["none/**/*.x", "top.html"])
        XCTAssertEqual(status, 2)
        XCTAssertEqual(unmatched, ["none/**/*.x", "top.html"])
        XCTAssertEqual(try paths(["--no-error-on-unmatched-pattern", "none/**/*.x", "top.html"]).0, 1)
    }

    /// `--init` on copies of the platform fixtures (and a plain site, a WordPress theme with a
    /// "Tested up to" header, a Django project with a virtualenv): the configuration each needs,
    /// valid against the schema, never written over an existing one.
    func testInitLooksAtTheProject() throws {
        let fixtures = repositoryRoot.appendingPathComponent("Fixtures/platforms")
        func project(_ name: String, from fixture: String? = nil) throws -> URL {
            let target = dir.appendingPathComponent(name)
            if let fixture { try FileManager.default.copyItem(at: fixtures.appendingPathComponent(fixture), to: target) }
            else { try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true) }
            try? FileManager.default.removeItem(at: target.appendingPathComponent(".scriptlintrc.json"))
            return target
        }
        func initialise(_ folder: URL) throws -> (output: String, config: [String: Any]) {
            let r = try runCLI(["--init", folder.path])
            XCTAssertEqual(r.status, 0, r.stderr)
            let data = try Data(contentsOf: folder.appendingPathComponent(".scriptlintrc.json"))
            try assertValid(data, schema: repositoryRoot.appendingPathComponent("Schemas/config.schema.json").path)
            return (r.stdout, try JSONSerialization.jsonObject(with: data) as! [String: Any])
        }
        let bitrix = try initialise(try project("bitrix", from: "bitrix"))
        XCTAssertTrue(bitrix.output.contains("a 1C-Bitrix site") && bitrix.output.contains("php.shortOpenTag"), bitrix.output)
        XCTAssertEqual(bitrix.config["extensions"] as? [String], ["php"])
        XCTAssertEqual((bitrix.config["$schema"] as? String)?.hasSuffix("Schemas/config.schema.json"), true)

        let django = try project("django", from: "django")
        XCTAssertEqual(try runTool(["python3", "-m", "venv", "--without-pip", django.appendingPathComponent(".venv").path]).status, 0)
        let d = try initialise(django)
        XCTAssertTrue(d.output.contains("a Django project"), d.output)
        XCTAssertEqual(d.config["extensions"] as? [String], ["py"])
        XCTAssertEqual((d.config["templates"] as? [String: Any])?["roots"] as? [String], ["shop/templates", "templates"])
        XCTAssertEqual(d.config["exclude"] as? [String], [".venv/"])

        XCTAssertEqual(((try initialise(try project("laravel", from: "laravel"))).config["templates"] as? [String: Any])?["roots"] as? [String],
                       ["resources/views"])
        XCTAssertEqual(((try initialise(try project("rails", from: "rails"))).config["templates"] as? [String: Any])?["roots"] as? [String],
                       ["app/views"])
        XCTAssertTrue(try initialise(try project("symfony", from: "symfony")).output.contains("a Symfony application"))
        XCTAssertTrue(try initialise(try project("drupal", from: "drupal")).output.contains("a Drupal module or theme"))

        let theme = try project("theme")
        try "/*\nTheme Name: Example\nTested up to: 6.4.2\n*/\n".write(to: theme.appendingPathComponent("style.css"), atomically: true, encoding: .utf8)
        try "<?php wp_enqueue_script('x', '/x.js');\n".write(to: theme.appendingPathComponent("functions.php"), atomically: true, encoding: .utf8)
        let t = try initialise(theme)
        XCTAssertEqual(((t.config["platforms"] as? [String: Any])?["wordpress"] as? [String: Any])?["version"] as? String, "6.4", t.output)
        XCTAssertTrue(t.output.contains("a WordPress theme") && t.output.contains("Tested up to"), t.output)

        let next = try project("next")
        try "module.exports = {}\n".write(to: next.appendingPathComponent("next.config.js"), atomically: true, encoding: .utf8)
        let n = try initialise(next)
        XCTAssertTrue(n.output.contains("a Next.js app") && n.output.contains("next.config.js is here"), n.output)
        XCTAssertNil(n.config["extensions"])

        let plain = try project("plain")
        try "<p>x</p>".write(to: plain.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        XCTAssertTrue(try initialise(plain).output.contains("plain HTML"))
        let again = try runCLI(["--init", plain.path])
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.stderr.contains("already exists"), again.stderr)
    }

    /// One run, several reports (`--report FORMAT=FILE`), and only the findings on lines a diff
    /// adds (`--changed-lines`): git's own diff of a change, quoted names included.
    func testReportsAndChangedLines() throws {
        try write("a.html", "<html><head><script src=old.js></script>\n</head><body><p>x</p></body></html>\n")
        try write("é b.html", "<p>y</p>\n")
        let git = { (args: [String]) in try runTool(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "core.quotepath=true"] + args, cwd: self.dir) }
        guard try git(["init", "-q"]).status == 0 else { throw XCTSkip("git is not installed") }
        _ = try git(["add", "-A"]); _ = try git(["commit", "-qm", "base"])
        try write("a.html", "<html><head><script src=old.js></script>\n<script src=new.js></script>\n</head><body><p>x</p></body></html>\n")
        try write("é b.html", "<p>y</p>\n<script src=x.js async defer></script>\n")
        let diff = try git(["diff", "--unified=0"]).output
        XCTAssertTrue(diff.contains("+++ \"b/\\303\\251 b.html\""), diff)
        try diff.write(to: dir.appendingPathComponent("changes.diff"), atomically: true, encoding: .utf8)
        let r = try runCLI(["--changed-lines", "changes.diff", "--format", "github", "--report", "json=r.json", "--report", "sarif=r.sarif",
                            "a.html", "é b.html"], cwd: dir)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertFalse(r.stdout.contains("line=1,"), "the unchanged line's finding is left out: \(r.stdout)")
        XCTAssertTrue(r.stdout.contains("file=a.html,line=2,") && r.stdout.contains("line=2,"), r.stdout)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("r.json"))) as! [String: Any]
        let lines = (json["files"] as! [[String: Any]]).flatMap { ($0["diagnostics"] as! [[String: Any]]).map { $0["line"] as! Int } }
        XCTAssertEqual(lines, [2, 2, 2])
        let sarif = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("r.sarif"))) as! [String: Any]
        XCTAssertEqual(((sarif["runs"] as! [[String: Any]])[0]["results"] as! [Any]).count, 3)
        let bad = try runCLI(["--changed-lines", "a.html", "a.html"], cwd: dir)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--changed-lines a.html: no file header"), bad.stderr)
        XCTAssertEqual(try runCLI(["--report", "yaml=x", "a.html"], cwd: dir).status, 2)
    }

    /// A view lands in the layout its controllers pick (`layout "admin"` in a parent controller),
    /// not in whichever layouts the run holds; a layout chosen at run time leaves it unknown.
    func testRailsViewsFollowTheirControllersLayout() throws {
        try write("app/views/layouts/application.html.erb", "<!DOCTYPE html><html><head><%= yield :head %></head><body><%= yield %></body></html>\n")
        try write("app/views/layouts/admin.html.erb", "<!DOCTYPE html><html><head><title>a</title></head><body><%= yield %><p>x</p><%= yield :head %></body></html>\n")
        try write("app/views/reports/show.html.erb", "<% content_for :head do %><script src=\"/r.js\"></script><% end %>\n<p>report</p>\n")
        try write("app/views/posts/show.html.erb", "<% content_for :head do %><script src=\"/p.js\"></script><% end %>\n<p>post</p>\n")
        try write("app/controllers/admin/base_controller.rb", "class Admin::BaseController < ApplicationController\n  layout \"admin\"\nend\n")
        try write("app/controllers/reports_controller.rb", "class ReportsController < Admin::BaseController\nend\n")
        func placement(_ view: String) throws -> (String?, String?) {
            let r = try runCLI(["--print-model", "app/views"], cwd: dir)
            for line in r.stdout.split(separator: "\n") {
                let d = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                if (d["path"] as? String)?.hasSuffix(view) == true { return (d["placement"] as? String, d["placementReason"] as? String) }
            }
            return (nil, nil)
        }
        XCTAssertEqual(try placement("reports/show.html.erb").0, "body", "admin yields :head in <body>")
        XCTAssertEqual(try placement("posts/show.html.erb").0, "head", "no controller: layouts/application")
        try write("app/controllers/admin/base_controller.rb", "class Admin::BaseController < ApplicationController\n  layout :pick\nend\n")
        XCTAssertEqual(try placement("reports/show.html.erb").0, "unknown", "a layout chosen at run time")
    }

    /// A `ModelAdmin`'s media is printed by the admin's own templates, which the run does not hold:
    /// they are found in a virtualenv beside the project (here a minimal Django in `.venv`), and
    /// the media placed where they print it; with no Django to be found, the placement is unknown.
    func testDjangoAdminMediaPlacedByTheInstalledAdmin() throws {
        try write(".scriptlintrc.json", #"{"extensions": ["py"]}"#)
        try write("shop/admin.py", "from django.contrib import admin\n\nclass OrderAdmin(admin.ModelAdmin):\n    class Media:\n        js = (\"shop/order.js\",)\n\nclass Form(forms.Form):\n    class Media:\n        js = (\"shop/form.js\",)\n")
        // `{{ form.media }}` is shorter than the element the probe writes: it takes the blanks before it.
        try write("templates/shop/order.html", "{% load static %}<!DOCTYPE html><html><head></head><body><p>x</p>\n  {{ form.media }}</body></html>\n")
        let django = ".venv/lib/python3.11/site-packages/django"
        try write(".venv/pyvenv.cfg", "home = /usr/bin\n")
        try write(django + "/__init__.py", "")
        try write(django + "/contrib/admin/templates/admin/base.html", "<!DOCTYPE html><html><head>{% block extrahead %}{% endblock %}</head><body>{% block content %}{% endblock %}</body></html>\n")
        try write(django + "/contrib/admin/templates/admin/change_form.html", "{% extends \"admin/base.html\" %}{% block extrahead %}{{ media }}{% endblock %}\n")
        func model(_ env: [String: String] = [:]) throws -> [String: (String, String)] {
            let r = try runCLI(["--print-model", "shop/admin.py", "templates"], environment: env, cwd: dir)
            var out: [String: (String, String)] = [:]
            for line in r.stdout.split(separator: "\n") {
                let d = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                if let src = d["src"] as? String { out[src] = (d["placement"] as! String, d["why"] as? String ?? "") }
            }
            return out
        }
        let found = try model()
        XCTAssertEqual(found["shop/order.js"]?.0, "head", "\(found)")
        XCTAssertTrue(found["shop/order.js"]?.1.contains("Django's admin/change_form.html") == true, "\(found)")
        XCTAssertEqual(found["shop/form.js"]?.0, "body", "a form's media stays where the project's templates print it")
        try FileManager.default.removeItem(at: dir.appendingPathComponent(".venv"))
        let empty = dir.appendingPathComponent("empty-path")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertEqual(try model(["PATH": empty.path, "VIRTUAL_ENV": ""])["shop/order.js"]?.0, "body",
                       "no Django found: the run's own templates are all there is")
    }

    /// Django looks up template names in the folders its settings' `TEMPLATES` `DIRS` name: a base
    /// template kept there (not in a `templates` folder) is found, so its child's scripts are placed.
    func testDjangoTemplateDirsFromSettings() throws {
        try write("frontend/html/base.html", "<!DOCTYPE html><html><head>{% block head %}{% endblock %}</head><body>{% block content %}{% endblock %}<p>f</p></body></html>\n")
        try write("shop/templates/shop/order.html", "{% extends \"base.html\" %}\n{% block head %}<script src=\"/x.js\"></script>{% endblock %}\n")
        func placement() throws -> String? {
            let r = try runCLI(["--print-model", "shop/templates/shop/order.html"], cwd: dir)
            return (try JSONSerialization.jsonObject(with: Data(r.stdout.split(separator: "\n").first.map { Data($0.utf8) } ?? Data())) as? [String: Any])?["placement"] as? String
        }
        XCTAssertEqual(try placement(), "unknown", "not a Django project: base.html is not found")
        try write("manage.py", "")
        try write("mysite/settings.py", "import os\nfrom pathlib import Path\nBASE_DIR = Path(__file__).resolve().parent.parent\nTEMPLATES = [{\n    \"DIRS\": [BASE_DIR / \"frontend\" / \"html\", os.path.join(BASE_DIR, \"nowhere\"), elsewhere()],\n}]\n")
        XCTAssertEqual(try placement(), "head")
    }

    func testSymlinkLoopAndBrokenLink() throws {
        try write("site/index.html", clean)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("site/loop").path, withDestinationPath: dir.appendingPathComponent("site").path)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("site/gone.html").path, withDestinationPath: dir.appendingPathComponent("nowhere.html").path)
        let r = try runCLI([dir.appendingPathComponent("site").path])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stdout.contains("gone.html: error: broken symbolic link"), r.stdout)
        XCTAssertTrue(r.stdout.contains("No problems in 1 file."), r.stdout)
    }

    func testNamedPipeDoesNotBlock() throws {
        let fifo = dir.appendingPathComponent("pipe.html").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let r = try runCLI([fifo])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stdout.contains("not a regular file"), r.stdout)
    }

    func testMaxWarningsAndQuiet() throws {
        let w = try write("w.html", warningOnly)
        XCTAssertEqual(try runCLI([w]).status, 0)
        XCTAssertEqual(try runCLI(["--max-warnings", "1", w]).status, 0)
        let over = try runCLI(["--max-warnings", "0", w])
        XCTAssertEqual(over.status, 1)
        XCTAssertTrue(over.stderr.contains("more than --max-warnings 0"), over.stderr)
        let quiet = try runCLI(["--quiet", w])
        XCTAssertFalse(quiet.stdout.contains("warning:"), quiet.stdout)
    }

    func testRuleOverrides() throws {
        let bad = try write("bad.html", blocking)
        XCTAssertEqual(try runCLI(["--rule", "render-blocking-script=off", bad]).status, 0)
        let downgraded = try runCLI(["--rule", "render-blocking-script=warning", bad])
        XCTAssertEqual(downgraded.status, 0)
        XCTAssertTrue(downgraded.stdout.contains("warning: Script `a.js`"))
        let typed = try write("typed.html", "<script type=text/javascript src=a.js defer></script>")
        XCTAssertFalse(try runCLI([typed]).stdout.contains("redundant-script-type"))
        XCTAssertTrue(try runCLI(["--rule", "redundant-script-type=error", typed]).stdout.contains("[redundant-script-type]"))
    }

    func testOutputFileIsWrittenWholeAndStdoutStaysEmpty() throws {
        let bad = try write("bad.html", blocking)
        let report = dir.appendingPathComponent("out/report.json")
        try FileManager.default.createDirectory(at: report.deletingLastPathComponent(), withIntermediateDirectories: true)
        let r = try runCLI(["--format", "json", "--output", report.path, bad])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "")
        try assertValid(try Data(contentsOf: report), schema: repositoryRoot.appendingPathComponent("Schemas/report.schema.json").path)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: report.deletingLastPathComponent().path), ["report.json"],
                       "no temporary file left behind")
        let unwritable = try runCLI(["--output", "/nonexistent-dir/report.txt", bad])
        XCTAssertEqual(unwritable.status, 2)
        XCTAssertTrue(unwritable.stderr.contains("cannot write /nonexistent-dir/report.txt"), unwritable.stderr)
    }

    func testOutputToADeviceOrPipeWritesIntoItAndOutputThroughALinkKeepsTheLink() throws {
        let bad = try write("bad.html", blocking)
        // A pipe stands in for /dev/null: renaming a temporary file over it would replace it.
        let fifo = dir.appendingPathComponent("report.fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        final class Box: @unchecked Sendable { var data = Data() }
        let received = Box()
        let reader = Thread { received.data = FileHandle(forReadingAtPath: fifo)!.readDataToEndOfFile() }
        reader.start()
        XCTAssertEqual(try runCLI(["--output", fifo, bad]).status, 1)
        while !reader.isFinished { usleep(10_000) }
        XCTAssertTrue(String(decoding: received.data, as: UTF8.self).contains("render-blocking-script"))
        var st = stat()
        XCTAssertEqual(lstat(fifo, &st), 0)
        XCTAssertEqual(st.st_mode & S_IFMT, S_IFIFO, "still a pipe")

        let target = dir.appendingPathComponent("reports/real.txt")
        let link = dir.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target.path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        XCTAssertEqual(try runCLI(["--output", link, bad]).status, 1)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), target.path)
        XCTAssertTrue(try String(contentsOf: target, encoding: .utf8).contains("render-blocking-script"))
    }

    func testNoColourUnlessTerminal() throws {
        let bad = try write("bad.html", blocking)
        XCTAssertFalse(try runCLI([bad]).stdout.contains("\u{1B}["), "a pipe gets no colour")
        XCTAssertFalse(try runCLI([bad], environment: ["NO_COLOR": "1"]).stdout.contains("\u{1B}["))
    }

    /// Colour is decided on a real pseudo-terminal (Python's pty module), where NO_COLOR and
    /// --no-color are the only things that turn it off.
    func testColourOnATerminalAndNoColorThere() throws {
        let bad = try write("bad.html", blocking)
        func onTerminal(_ extra: [String], env: [String: String]) throws -> String {
            let code = """
            import os, pty, sys
            env = dict(os.environ); env.pop("NO_COLOR", None); env.update(dict(a.split("=", 1) for a in sys.argv[1].split(";") if a))
            pid, fd = pty.fork()
            if pid == 0:
                os.execve(sys.argv[2], sys.argv[2:], env)
            out = b""
            while True:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
            os.waitpid(pid, 0)
            sys.stdout.write(out.decode("utf-8", "replace"))
            """
            let envText = env.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
            let (status, output) = try Python.run(["-c", code, envText, executable.path, bad] + extra)
            XCTAssertEqual(status, 0, output)
            return output
        }
        let coloured = try onTerminal([], env: [:])
        XCTAssertTrue(coloured.contains("\u{1B}["), "a terminal gets colour: \(coloured)")
        XCTAssertTrue(coloured.contains("render-blocking-script"), coloured)
        XCTAssertFalse(try onTerminal([], env: ["NO_COLOR": "1"]).contains("\u{1B}["), "NO_COLOR wins on a terminal")
        XCTAssertFalse(try onTerminal(["--no-color"], env: [:]).contains("\u{1B}["), "--no-color wins on a terminal")
        XCTAssertTrue(try onTerminal([], env: ["NO_COLOR": ""]).contains("\u{1B}["), "an empty NO_COLOR is unset (no-color.org)")
    }

    func testListRulesAndExplain() throws {
        let list = try runCLI(["--list-rules"])
        XCTAssertEqual(list.status, 0)
        for id in ["render-blocking-script", "async-with-defer", "async-defer-at-body-end", "redundant-script-type"] {
            XCTAssertTrue(list.stdout.contains(id), id)
        }
        XCTAssertTrue(list.stdout.contains("redundant-script-type           off      yes"), list.stdout)
        let explain = try runCLI(["--explain", "async-with-defer"])
        XCTAssertEqual(explain.status, 0)
        XCTAssertEqual(explain.stdout, try String(contentsOf: repositoryRoot.appendingPathComponent("Rules/async-with-defer.md"), encoding: .utf8))
    }

    func testVersionAndHelp() throws {
        XCTAssertEqual(try runCLI(["--version"]).stdout, "0.1.0\n")
        let help = try runCLI(["--help"])
        XCTAssertEqual(help.status, 0)
        for option in ["--format", "--output", "--rule", "--max-warnings", "--quiet", "--jobs", "--no-color", "--stdin-filename", "--list-rules", "--explain"] {
            XCTAssertTrue(help.stdout.contains(option), option)
        }
    }

    func testParallelRunsGiveTheSameReportInOrder() throws {
        var paths: [String] = []
        for k in 0..<40 { paths.append(try write("p\(k).html", k % 3 == 0 ? blocking : clean)) }
        let one = try runCLI(["--jobs", "1", "--format", "json"] + paths)
        let many = try runCLI(["--jobs", "4", "--format", "json"] + paths)
        XCTAssertEqual(one.stdout, many.stdout)
    }

    func testFileNamesWithSpacesNewlinesAndUnicode() throws {
        let odd = try write("my page\nwith newline ü.html", blocking)
        let r = try runCLI([odd])
        XCTAssertTrue(r.stdout.contains("my page\\nwith newline ü.html:1:7:"), r.stdout)
        let json = try runCLI(["--format", "json", odd])
        try assertValid(json.stdoutData, schema: repositoryRoot.appendingPathComponent("Schemas/report.schema.json").path)
        XCTAssertTrue(json.stdout.contains("my page\\nwith newline ü.html"))
    }
}

/// A clone on a case-insensitive file system (macOS's default) must get every tracked file.
final class PortabilityTests: XCTestCase {
    func testNoTwoTrackedPathsDifferOnlyByCase() throws {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", repositoryRoot.path, "ls-files", "-z"]
        let out = Pipe()
        git.standardOutput = out
        let exited = try git.start()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        exited.wait()
        try XCTSkipIf(git.terminationStatus != 0 && ProcessInfo.processInfo.environment["CI"] != "true", "not a git checkout")
        XCTAssertEqual(git.terminationStatus, 0)
        var seen: [String: String] = [:]
        for path in String(decoding: data, as: UTF8.self).split(separator: "\0").map(String.init) {
            // Every folder on the way counts too: Sources/a/x and Sources/A/y collide as folders.
            var prefix = ""
            for component in path.split(separator: "/") {
                prefix += (prefix.isEmpty ? "" : "/") + component
                if let other = seen[prefix.lowercased()], other != prefix {
                    XCTFail("\(prefix) and \(other) differ only by case")
                }
                seen[prefix.lowercased()] = prefix
            }
        }
        XCTAssertGreaterThan(seen.count, 50)
    }
}
