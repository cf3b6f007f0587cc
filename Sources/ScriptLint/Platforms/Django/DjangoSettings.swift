import Synchronization

/// The template folders a Django project's settings name (`TEMPLATES = [{"DIRS": [BASE_DIR /
/// "frontend" / "html"], …}]`), for looking up `{% extends %}` and `{% include %}` names as Django
/// does: the project is the folder of `manage.py` above the template; its settings are
/// `*/settings.py` and `*/settings/*.py` there. An entry counts when it is written with literal
/// parts on `BASE_DIR` (or `PROJECT_ROOT`, `ROOT_DIR`) — `/`, `os.path.join`, `joinpath` — or as
/// a literal path; `BASE_DIR` is taken to be the project folder.
enum DjangoSettings {
    private static let cache = Mutex<[String: [String]]>([:])

    static func templateRoots(for file: String) -> [String] {
        var folder = file
        for _ in 0..<10 {
            guard let slash = folder.lastIndex(of: "/"), slash != folder.startIndex else { return [] }
            folder = String(folder[..<slash])
            if FileSystem.isFile(folder + "/manage.py") { return roots(project: folder) }
        }
        return []
    }

    private static func roots(project: String) -> [String] {
        if let known = cache.withLock({ $0[project] }) { return known }
        var found: [String] = []
        for module in settingsModules(project) {
            guard let bytes = try? FileSystem.read(module) else { continue }
            for entry in dirs(bytes) {
                let path = entry.hasPrefix("/") ? entry : project + "/" + entry
                if !found.contains(path), FileSystem.isDirectory(path) { found.append(path) }
            }
        }
        cache.withLock { $0[project] = found }
        return found
    }

    private static func settingsModules(_ project: String) -> [String] {
        var out: [String] = []
        if FileSystem.isFile(project + "/settings.py") { out.append(project + "/settings.py") }
        for child in FileSystem.entries(project) where !child.hasPrefix(".") {
            let folder = project + "/" + child
            if FileSystem.isFile(folder + "/settings.py") { out.append(folder + "/settings.py") }
            if FileSystem.isDirectory(folder + "/settings") {
                out += FileSystem.entries(folder + "/settings").filter { $0.hasSuffix(".py") }.map { folder + "/settings/" + $0 }
            }
        }
        return out
    }

    /// Each `DIRS` entry as a path: absolute, or relative to the project folder.
    static func dirs(_ b: [UInt8]) -> [String] {
        let tokens = PythonLexer.tokens(b)
        func text(_ t: PythonLexer.Token) -> String { String(decoding: b[t.range.start..<t.range.end], as: UTF8.self) }
        var out: [String] = []
        var k = 0
        while k + 2 < tokens.count {
            defer { k += 1 }
            guard case .string("DIRS") = tokens[k].kind, tokens[k + 1].kind == .punct(":"), tokens[k + 2].kind == .punct("[") else { continue }
            var j = k + 3, depth = 1
            var entry: [PythonLexer.Token] = []
            func finish() {
                defer { entry = [] }
                let names = entry.filter { $0.kind == .name }.map(text)
                let strings = entry.compactMap { t -> String? in if case .string(let s) = t.kind { return s } else { return nil } }
                guard !strings.isEmpty else { return }
                let based = names.contains { ["BASE_DIR", "PROJECT_ROOT", "ROOT_DIR", "PROJECT_DIR"].contains($0) }
                // Only literal parts on the base, or one literal path: anything else is not known.
                let allowed: Set<String> = ["BASE_DIR", "PROJECT_ROOT", "ROOT_DIR", "PROJECT_DIR", "os", "path", "join", "joinpath", "str", "Path", "resolve"]
                guard names.allSatisfy(allowed.contains) else { return }
                if based {
                    out.append(strings.flatMap { $0.split(separator: "/").map(String.init) }.joined(separator: "/"))
                } else if strings.count == 1 {
                    out.append(strings[0])
                }
            }
            while j < tokens.count && depth > 0 {
                let t = tokens[j]
                if t.kind == .punct("[") || t.kind == .punct("(") { depth += 1 }
                if t.kind == .punct("]") || t.kind == .punct(")") { depth -= 1 }
                if depth == 0 { finish(); break }
                if depth == 1 && t.kind == .punct(",") { finish() } else { entry.append(t) }
                j += 1
            }
            k = j
        }
        return out
    }

}
