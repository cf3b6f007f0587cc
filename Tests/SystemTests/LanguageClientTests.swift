import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// The language server driven by real clients: pygls (every method, both encodings, workspaces)
/// and Neovim headless.
final class LanguageClientTests: XCTestCase {
    /// Every method, both encodings, quick fixes, configuration changes, templates and bad input,
    /// through pygls (an LSP client library from PyPI), against the command line on the same bytes.
    func testWithPyglsClient() throws {
        try Python.require("pygls")
        let script = repositoryRoot.appendingPathComponent("Tests/lsp/lsp_check.py").path
        let apps = ["Fixtures/platforms", "Fixtures/frameworks"].map { repositoryRoot.appendingPathComponent($0).path }
        let (status, output) = try Python.run([script, "--scriptlint", executable.path, "--workspaces"] + apps)
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.contains("lsp check (pygls): 0 problems"), output)
    }

    /// Neovim's own LSP client, headless: diagnostics, a code action applied, the file written.
    func testInNeovim() throws {
        try Tools.require("nvim", version: "--version", package: "neovim")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["bash", repositoryRoot.appendingPathComponent("Tests/lsp/nvim_check.sh").path, executable.path]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        let exited = try p.start()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        exited.wait()
        XCTAssertEqual(p.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("quick fix applied, bytes as --fix"), text)
    }
}
