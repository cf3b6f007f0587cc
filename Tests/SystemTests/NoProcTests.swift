import Foundation
import XCTest
import TestSupport

/// Without /proc mounted (a bare chroot, some sandboxes): Swift's CommandLine and libdispatch's
/// thread pool both read it on Linux. Run in a mount namespace of its own with /proc unmounted
/// (`unshare -m`, as root), the tool must read its arguments and lint on every core as usual.
final class NoProcTests: TemporaryFolderTestCase {
    func testArgumentsAndWorkersWithoutProc() throws {
        try requireOptional((try? runTool(["unshare", "-m", "--fork", "true"]).status) == 0,
                            "a mount namespace (unshare -m, as root)", install: "apt-get install util-linux; run as root")
        try write("site/a.html", "<head><script src=a.js></script></head><body><p>x</p></body>")
        try write("site/b.html", "<p>clean</p>")
        try write("site/c.html", "<p>clean</p>")
        // A Python virtualenv (links, lib64 -> lib) in the tree.
        XCTAssertEqual(try runTool(["python3", "-m", "venv", dir.appendingPathComponent("site/venv").path]).status, 0)
        let tool = executable.path
        let script = """
        umount -l /proc || exit 90
        test -e /proc/self || echo no-proc
        \(tool) --version; echo "status $?"
        \(tool) /does/not/exist; echo "status $?"
        \(tool) --jobs 2 site; echo "status $?"
        \(tool) site/b.html site/c.html; echo "status $?"
        """
        let r = try runTool(["unshare", "-m", "--fork", "sh", "-c", script], cwd: dir)
        XCTAssertTrue(r.output.contains("no-proc"), r.output)
        XCTAssertTrue(r.output.contains("\(ScriptLintVersionString())\nstatus 0"), r.output)
        XCTAssertTrue(r.output.contains("/does/not/exist: error: no such file or folder"), r.output)
        XCTAssertTrue(r.output.contains("1 problem (1 error, 0 warnings) in 3 files.\nstatus 1"), r.output)
        XCTAssertTrue(r.output.contains("No problems in 2 files.\nstatus 0"), r.output)
        XCTAssertFalse(r.output.contains("Illegal instruction") || r.output.contains("status 132"), r.output)
    }
}

private func ScriptLintVersionString() -> String {
    (try? runCLI(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? "?"
}
