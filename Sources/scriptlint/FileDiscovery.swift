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
}

/// Expands the command line's paths: files as given, folders recursively (sorted, so output is
/// stable), skipping version-control folders and `node_modules`, and each folder only once even
/// through symbolic-link loops.
struct FileDiscovery {
    var extensions: Set<String> = ["html", "htm"]
    static let skippedFolders: Set<String> = [".git", ".hg", ".svn", "node_modules"]

    func targets(for paths: [String], stdinName: String) -> [Target] {
        var out: [Target] = []
        var visited = Set<DirID>()
        for path in paths {
            if path == "-" {
                out.append(.standardInput(name: stdinName))
                continue
            }
            switch FileSystem.kind(path) {
            case .file, .other:
                out.append(.file(path))
            case .directory:
                walk(path, &out, &visited)
            case .missing(let reason):
                out.append(.unusable(path: path, reason: reason))
            }
        }
        return out
    }

    private struct DirID: Hashable { var dev: UInt64; var ino: UInt64 }

    private func walk(_ dir: String, _ out: inout [Target], _ visited: inout Set<DirID>) {
        var st = stat()
        guard stat(dir, &st) == 0 else { return }
        guard visited.insert(DirID(dev: UInt64(st.st_dev), ino: UInt64(st.st_ino))).inserted else { return }
        guard let handle = opendir(dir) else {
            out.append(.unusable(path: dir, reason: "cannot open folder: \(FileSystem.errnoMessage())"))
            return
        }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        closedir(handle)
        names.sort()
        let prefix = dir.hasSuffix("/") ? dir : dir + "/"
        for name in names {
            let path = prefix + name
            switch FileSystem.kind(path) {
            case .directory:
                if !Self.skippedFolders.contains(name) { walk(path, &out, &visited) }
            case .file:
                if wanted(name) { out.append(.file(path)) }
            case .other:
                break
            case .missing(let reason):
                // A broken link or a loop that looks like an HTML file is reported; anything else is not ours.
                if wanted(name) { out.append(.unusable(path: path, reason: reason)) }
            }
        }
    }

    func wanted(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
