/// How a file is read, by the end of its name: the one table that configuration, folder walks, the
/// linter, `--help`, fuzzing and the tests read. The template dialects and the platforms declare
/// their own rows (`TemplateSyntax.fileExtensions`, `Platform.fileKinds`); this file gathers them.
public struct FileKind: Sendable, Equatable {
    public enum Reading: Sendable, Equatable {
        /// HTML whose content decides whether it is a template (`.html`, `.htm`).
        case page
        /// XHTML, read by an XML parser as a browser reads `application/xhtml+xml`.
        case xhtml
        /// A template of this dialect.
        case template(TemplateDialect)
        /// A platform's own source of scripts, not markup (Django's `.py`, Drupal's `.libraries.yml`).
        case platformSource(APIFacts.Platform)
        /// JavaScript or TypeScript (a Vue component's `<script>` blocks): read by every framework
        /// platform for the scripts its components and calls put on pages.
        case javaScript
    }

    /// The end of the file name, lowercase, with its dot (`.html.twig`, `.libraries.yml`).
    public var suffix: String
    public var reading: Reading
    /// Found by a folder walk without configuration (others need `extensions` or `include`).
    public var walked: Bool
    /// Found by a folder walk below a folder that holds a project marker (`next.config.js`,
    /// `nuxt.config.ts`: `Platforms.projectMarkers`), outside build output.
    public var walkedInProjects: Bool

    public init(_ suffix: String, _ reading: Reading, walked: Bool, walkedInProjects: Bool = false) {
        self.suffix = suffix
        self.reading = reading
        self.walked = walked
        self.walkedInProjects = walked || walkedInProjects
    }

    /// Whether a file name (or path) ends with this kind's suffix, in any case.
    public func matches(_ name: String) -> Bool { name.lowercased().hasSuffix(suffix) }
}

public enum FileKinds {
    /// Every kind: pages, then each dialect's, then each platform's.
    public static let declared: [FileKind] = {
        var kinds = [FileKind(".html", .page, walked: true), FileKind(".htm", .page, walked: true), FileKind(".xhtml", .xhtml, walked: false)]
        for dialect in TemplateDialect.allCases {
            let syntax = dialect.syntax
            for suffix in syntax.htmlTemplateSuffixes { kinds.append(FileKind(suffix, .template(dialect), walked: true)) }
            for e in syntax.fileExtensions where !kinds.contains(where: { $0.suffix == "." + e }) {
                kinds.append(FileKind("." + e, .template(dialect), walked: false))
            }
        }
        for platform in Platforms.all { kinds += platform.fileKinds }
        for suffix in [".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".vue"] {
            kinds.append(FileKind(suffix, .javaScript, walked: false, walkedInProjects: true))
        }
        // Never source: a bundle's minified output and TypeScript's declarations.
        kinds += [FileKind(".min.js", .javaScript, walked: false), FileKind(".d.ts", .javaScript, walked: false)]
        return kinds
    }()

    /// Every kind, the longest suffix first (`.html.erb` before `.erb`), so that the first match
    /// is the most specific; among equal lengths, in `declared` order.
    public static let all: [FileKind] = declared.enumerated()
        .sorted { ($1.element.suffix.count, $0.offset) < ($0.element.suffix.count, $1.offset) }.map(\.element)

    /// The kind a file's name says (its longest matching suffix), or `nil`.
    public static func kind(of path: String) -> FileKind? {
        // Compared on the UTF-8 bytes, ASCII case folded: asked several times of every file. Only
        // the kinds whose suffix ends with the name's last byte are tried.
        var name = PathCodec.fileName(path)
        return name.withUTF8 { n in
            guard let last = n.last else { return nil }
            for k in byLastByte[Int(asciiLower(last))] {
                let suffix = suffixBytes[k]
                guard suffix.count <= n.count else { continue }
                let base = n.count - suffix.count
                var match = true
                for j in 0..<suffix.count where asciiLower(n[base + j]) != suffix[j] { match = false; break }
                if match { return all[k] }
            }
            return nil
        }
    }

    private static let suffixBytes: [[UInt8]] = all.map { Array($0.suffix.utf8) }
    /// Indices into `all` (most specific first) by the last byte of the suffix.
    private static let byLastByte: [[Int]] = {
        var table = [[Int]](repeating: [], count: 256)
        for (k, suffix) in suffixBytes.enumerated() { table[Int(suffix.last!)].append(k) }
        return table
    }()

    /// Suffixes a folder walk picks without configuration, in `declared` order.
    public static var walkedSuffixes: [String] { declared.filter(\.walked).map(\.suffix) }

    /// Suffixes a folder walk picks below a project marker, besides `walkedSuffixes`.
    public static var projectSuffixes: [String] { declared.filter { $0.walkedInProjects && !$0.walked }.map(\.suffix) }

    /// Names that mark a JavaScript project's root folder.
    public static var projectMarkers: Set<String> { Platforms.projectMarkers }

    /// Whether a folder is a JavaScript project's root: it holds a marker (`next.config.js`), or a
    /// `package.json` that depends on a framework's package (`FileKinds.projectPackages`).
    /// `names`: the folder's entries.
    public static func marksProject(_ folder: String, names: [String]) -> Bool {
        if names.contains(where: projectMarkers.contains) { return true }
        guard names.contains("package.json") else { return false }
        let path = (folder.hasSuffix("/") ? folder : folder + "/") + "package.json"
        guard let bytes = try? FileSystem.read(path), bytes.count < 1 << 20,
              case .object(let root)? = try? JSONParser.parse(bytes) else { return false }
        for key in ["dependencies", "devDependencies", "peerDependencies"] {
            guard case .object(let deps)? = root[key] else { continue }
            if deps.keys.contains(where: Platforms.projectPackages.contains) { return true }
        }
        return false
    }

    /// Folders of a project's build output and dependencies, where a walk reads no JavaScript.
    public static let buildOutputFolders: Set<String> = [".next", ".nuxt", ".output", ".svelte-kit", ".astro", ".vercel", ".netlify",
                                                         "dist", "build", "out", "coverage", "public", "static", "vendor"]
}
