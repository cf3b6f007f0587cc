// swift-tools-version:6.0
import PackageDescription

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
        .target(
            name: "ScriptLint",
            dependencies: ["CLibXML2"]
        ),
        .executableTarget(
            name: "scriptlint",
            dependencies: [
                "ScriptLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ScriptLintTests",
            dependencies: ["ScriptLint"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
