import ScriptLint
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One thing to lint: a file, standard input, or a path that could not be used (reported by name).
enum Target {
    case file(String)
    case standardInput(name: String)
    case unusable(path: String, reason: String)
    /// An `http://` or `https://` URL, fetched.
    case url(String)

    var path: String {
        switch self {
        case .file(let p): return p
        case .standardInput(let name): return name
        case .unusable(let p, _): return p
        case .url(let u): return u
        }
    }
}

/// Expands the command line's paths: files as given, folders recursively (sorted, so output is
/// stable), skipping version-control folders and `node_modules`, and each folder only once even
/// through symbolic-link loops.
/// Which files a folder holds is decided by the configuration that applies there (extensions,
/// `include`, `exclude`); a file named on the command line is linted unless excluded.
struct FileDiscovery {
    let configurations: ConfigurationResolver
    /// A quoted glob that matches no file is an error (ESLint's default; `--no-error-on-unmatched-pattern`).
    var errorOnUnmatchedPattern = true
    static let skippedFolders: Set<String> = [".git", ".hg", ".svn", "node_modules"]

    /// The files a run over `folder` lints, absolute (the language server's workspace); none when
    /// a configuration there is broken (the server reports that itself).
    @Sendable static func files(in folder: String) -> [String] {
        guard let resolver = try? ConfigurationResolver(explicitPath: nil),
              let found = try? FileDiscovery(configurations: resolver).targets(for: [folder], stdinName: "-") else { return [] }
        return found.compactMap { if case .file(let p) = $0.0 { return Configuration.absolutePath(p) } else { return nil } }
    }

    func targets(for paths: [String], stdinName: String) throws -> [(Target, Configuration)] {
        var out: [(Target, Configuration)] = []
        var visited = Set<DirID>()
        for path in paths {
            if path == "-" {
                out.append((.standardInput(name: stdinName), try configurations.configuration(for: stdinName)))
                continue
            }
            if path.lowercased().hasPrefix("http://") || path.lowercased().hasPrefix("https://") {
                // A page on the web: the configuration of the folder the run starts in.
                out.append((.url(path), try configurations.configuration(for: "./page.html")))
                continue
            }
            let config = try configurations.configuration(for: path)
            switch FileSystem.kind(path) {
            case .file, .other:
                if !config.excludes(path, isDirectory: false) { out.append((.file(path), config)) }
            case .directory:
                try walk(path, &out, &visited, inProject: Self.isInsideProject(path))
            case .missing(let reason):
                if Self.isGlob(path) {
                    try expand(glob: path, &out)
                } else {
                    out.append((.unusable(path: path, reason: reason), config))
                }
            }
        }
        return out
    }

    /// Whether a path that names nothing is a pattern the shell left quoted (`'src/**/*.html'`).
    static func isGlob(_ path: String) -> Bool { path.contains { $0 == "*" || $0 == "?" || $0 == "[" } }

    /// A quoted glob, expanded as ESLint, Prettier and html-validate expand theirs (for shells that
    /// do not, and Windows): `**` is any number of folders, `*`, `?` and `[…]` match within one
    /// name; the walk starts at the pattern's literal folders and skips version-control folders and
    /// `node_modules`. Every matching file is linted (whatever its extension) unless the
    /// configuration excludes it.
    private func expand(glob: String, _ out: inout [(Target, Configuration)]) throws {
        let parts = glob.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let literal = parts.prefix { !Self.isGlob($0) }
        let base = literal.isEmpty ? "." : (literal.joined(separator: "/").isEmpty ? "/" : literal.joined(separator: "/"))
        // A leading `/` keeps a pattern without a folder (`*.html`) at the base, as a shell would.
        let pattern = Glob("/" + parts.dropFirst(literal.count).joined(separator: "/"))
        var files: [String] = []
        var visited = Set<DirID>()
        collect(base, relative: "", pattern, &files, &visited)
        if files.isEmpty {
            if errorOnUnmatchedPattern {
                out.append((.unusable(path: glob, reason: "no file matches this pattern (--no-error-on-unmatched-pattern to allow that)"),
                            try configurations.configuration(for: base, isDirectory: true)))
            }
            return
        }
        for file in files.sorted() {
            let config = try configurations.configuration(for: file)
            if !config.excludes(file, isDirectory: false) { out.append((.file(file), config)) }
        }
    }

    private func collect(_ dir: String, relative: String, _ pattern: Glob, _ files: inout [String], _ visited: inout Set<DirID>) {
        var st = stat()
        guard stat(PathCodec.encode(dir), &st) == 0, visited.insert(DirID(dev: UInt64(st.st_dev), ino: UInt64(st.st_ino))).inserted,
              let handle = opendir(PathCodec.encode(dir)) else { return }
        defer { closedir(handle) }
        let prefix = dir == "." ? "" : (dir.hasSuffix("/") ? dir : dir + "/")
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { PathCodec.decode($0) }
            }
            if name == "." || name == ".." { continue }
            let path = prefix + name, rel = relative.isEmpty ? name : relative + "/" + name
            let kind: FileSystem.Kind = Int(entry.pointee.d_type) == Int(DT_REG) ? .file
                : Int(entry.pointee.d_type) == Int(DT_DIR) ? .directory : FileSystem.kind(path)
            switch kind {
            case .directory where !Self.skippedFolders.contains(name):
                collect(path, relative: rel, pattern, &files, &visited)
            case .file:
                if pattern.matches(rel) { files.append(path) }
            default:
                break
            }
        }
    }

    private struct DirID: Hashable { var dev: UInt64; var ino: UInt64 }

    /// Whether a folder named on the command line lies below a project marker or a framework's
    /// `package.json` (`scriptlint src` in a Next.js app): its parents are looked at up to the
    /// repository's root (the folder with `.git`) or the file system's. The folder itself is
    /// looked at by the walk.
    static func isInsideProject(_ folder: String) -> Bool {
        var current = Configuration.absolutePath(folder)
        while true {
            let parent = PathCodec.parent(current)
            if parent.isEmpty || parent == current { return false }
            if FileKinds.buildOutputFolders.contains(PathCodec.fileName(current)) { return false }
            current = parent
            let prefix = current == "/" ? "/" : current + "/"
            let present = (Array(FileKinds.projectMarkers) + ["package.json"]).filter { FileSystem.isFile(prefix + $0) }
            if FileKinds.marksProject(current, names: present) { return true }
            if FileSystem.isDirectory(prefix + ".git") { return false }
        }
    }

    /// `inProject`: a folder above holds a project marker (`FileKinds.projectMarkers`), so the
    /// walk reads JavaScript and TypeScript files too, except in build output and dependencies.
    private func walk(_ dir: String, _ out: inout [(Target, Configuration)], _ visited: inout Set<DirID>, inProject: Bool = false) throws {
        var st = stat()
        guard stat(PathCodec.encode(dir), &st) == 0 else { return }
        guard visited.insert(DirID(dev: UInt64(st.st_dev), ino: UInt64(st.st_ino))).inserted else { return }
        let here = try configurations.configuration(for: dir, isDirectory: true)
        guard let handle = opendir(PathCodec.encode(dir)) else {
            out.append((.unusable(path: dir, reason: "cannot open folder: \(FileSystem.errnoMessage())"), here))
            return
        }
        // The entry's own type spares a stat per file (most of a walk's time on a large tree); links
        // and file systems that do not fill it in are stat'ed, so that links are followed.
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { PathCodec.decode($0) }
            }
            if name == "." || name == ".." { continue }
            entries.append((name, entry.pointee.d_type))
        }
        closedir(handle)
        entries.sort { $0.name < $1.name }
        let prefix = dir.hasSuffix("/") ? dir : dir + "/"
        let inProject = inProject || FileKinds.marksProject(dir, names: entries.map(\.name))
        for (name, type) in entries {
            let path = prefix + name
            let kind: FileSystem.Kind
            switch Int(type) {
            case Int(DT_REG): kind = .file
            case Int(DT_DIR): kind = .directory
            default: kind = FileSystem.kind(path)
            }
            switch kind {
            case .directory:
                if !Self.skippedFolders.contains(name) && !here.excludes(path, isDirectory: true) {
                    try walk(path, &out, &visited, inProject: inProject && !FileKinds.buildOutputFolders.contains(name))
                }
            case .file:
                if here.wants(file: path, inProject: inProject) { out.append((.file(path), here)) }
            case .other:
                break
            case .missing(let reason):
                // A broken link or a loop that looks like a file we lint is reported; anything else is not ours.
                if here.wants(file: path) { out.append((.unusable(path: path, reason: reason), here)) }
            }
        }
    }
}
