// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Linking the Swift runtime (and the Foundation parts swift-argument-parser uses) statically halves
/// start-up time, which dominates when pre-commit runs the tool on one or two files. The extra
/// libraries are named only when this toolchain ships them, so another toolchain still builds.
let staticRuntimeFlags: [String] = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for dir in path.split(separator: ":") {
        let swift = URL(fileURLWithPath: String(dir)).appendingPathComponent("swift").resolvingSymlinksInPath()
        let lib = swift.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lib/swift_static/linux")
        let needed = ["lib_FoundationCShims.a", "lib_FoundationCollections.a", "libswiftSynchronization.a", "libFoundationEssentials.a"]
        if needed.allSatisfy({ FileManager.default.fileExists(atPath: lib.appendingPathComponent($0).path) }) {
            return ["-static-stdlib", "-l_FoundationCShims", "-l_FoundationCollections", "-lswiftSynchronization"]
        }
    }
    return []
}()

let package = Package(
    name: "scriptlint",
    products: [
        .executable(name: "scriptlint", targets: ["scriptlint"]),
        .library(name: "ScriptLint", targets: ["ScriptLint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // libc's memmem, which Swift's Glibc module does not expose.
        .target(name: "CByteSearch"),
        // zlib's compress2, for the HTML report's compressed page data (zlib1g-dev).
        .target(name: "CDeflate", linkerSettings: [.linkedLibrary("z")]),
        // argc and argv as the C runtime passes them, for machines without /proc.
        .target(name: "CArguments"),
        .target(
            name: "ScriptLint",
            dependencies: ["CLibXML2", "CByteSearch", "CDeflate"]
        ),
        // libcurl, zlib and libxml2's XML parser behind plain C functions (Debian: libcurl4-openssl-dev,
        // zlib1g-dev, libxml2-dev); its public header includes none of theirs. libcurl is loaded with
        // dlopen when a URL is first fetched, so only its headers are needed to build.
        .target(
            name: "CWeb",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("z"), .linkedLibrary("xml2"), .linkedLibrary("dl", .when(platforms: [.linux]))]
        ),
        // The web side: fetching pages, web archives.
        .target(
            name: "ScriptLintWeb",
            dependencies: ["ScriptLint", "CWeb"]
        ),
        // The language server (`scriptlint lsp`), over the library.
        .target(
            name: "ScriptLintServer",
            dependencies: ["ScriptLint"]
        ),
        .executableTarget(
            name: "scriptlint",
            dependencies: [
                "CArguments",
                "ScriptLint",
                "ScriptLintServer",
                "ScriptLintWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/ScriptLintCLI",
            linkerSettings: staticRuntimeFlags.isEmpty ? [] : [.unsafeFlags(staticRuntimeFlags, .when(platforms: [.linux]))]
        ),
        // Tests. `swift test --filter Unit` runs the library's and the command line's own tests in
        // seconds; SystemTests are the checks against real systems (the wheel on a fresh root,
        // pre-commit, html5lib, template engines, a live WordPress, pygls and Neovim, an HTTP server).
        .target(
            name: "TestSupport",
            dependencies: ["ScriptLint"],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "UnitTests",
            dependencies: ["ScriptLint", "ScriptLintServer", "TestSupport"]
        ),
        .testTarget(
            name: "SystemTests",
            dependencies: ["ScriptLint", "ScriptLintServer", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
