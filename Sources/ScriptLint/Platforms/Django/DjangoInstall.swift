#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The installed Django whose admin prints a `ModelAdmin`'s media (`admin/change_form.html`,
/// `admin/change_list.html`), for a project whose run does not hold those templates: a virtualenv
/// beside the project's Python files (a folder with `pyvenv.cfg`, up to four folders up), the
/// active one (`VIRTUAL_ENV`), else the Django that the `python3` on `PATH` imports (asked once).
enum DjangoInstall {
    /// `admin/change_form.html` for a template under a `templates/admin/` folder (the installed
    /// admin's own or a project's override of it), else nil.
    static func adminTemplateName(_ path: String) -> String? {
        guard let range = path.lastRange(of: "/templates/admin/") else { return nil }
        return "admin/" + path[range.upperBound...]
    }

    /// The installed admin's templates (absolute paths, sorted), or nil when no Django is found.
    static func adminTemplates(near pythonFiles: [String]) -> [String]? {
        guard !pythonFiles.isEmpty, let django = djangoFolder(near: pythonFiles) else { return nil }
        let root = django + "/contrib/admin/templates/admin"
        var found: [String] = []
        collect(root, &found, depth: 0)
        return found.isEmpty ? nil : found.sorted()
    }

    private static func djangoFolder(near pythonFiles: [String]) -> String? {
        var folders = Set<String>()
        for file in pythonFiles {
            var folder = Configuration.absolutePath(file)
            for _ in 0..<5 {
                guard let slash = folder.lastIndex(of: "/"), slash != folder.startIndex else { break }
                folder = String(folder[..<slash])
                guard folders.insert(folder).inserted else { break }
            }
        }
        for folder in folders.sorted() {
            for entry in FileSystem.entries(folder) where FileSystem.isFile(folder + "/" + entry + "/pyvenv.cfg") {
                if let django = siteDjango(folder + "/" + entry) { return django }
            }
        }
        if let venv = getenv("VIRTUAL_ENV").map({ String(cString: $0) }), let django = siteDjango(venv) { return django }
        return askPython()
    }

    /// `VENV/lib/python3.X/site-packages/django` (or Windows' `Lib/site-packages/django`).
    private static func siteDjango(_ venv: String) -> String? {
        for lib in ["lib", "lib64", "Lib"] {
            for python in FileSystem.entries(venv + "/" + lib) where python.hasPrefix("python3") || python == "site-packages" {
                let site = python == "site-packages" ? venv + "/" + lib + "/site-packages" : venv + "/" + lib + "/" + python + "/site-packages"
                if FileSystem.isFile(site + "/django/__init__.py") { return site + "/django" }
            }
        }
        return nil
    }

    /// The Django the `python3` on `PATH` imports: one short process, only for a project whose
    /// admin classes have media and whose run holds no Django.
    private static func askPython() -> String? {
        guard let pipe = popen("python3 -c 'import django, os; print(os.path.dirname(django.__file__))' 2>/dev/null", "r") else { return nil }
        var buffer = [CChar](repeating: 0, count: 4096)
        let line = fgets(&buffer, Int32(buffer.count), pipe).map { _ in String(cString: buffer) }
        pclose(pipe)
        guard let path = line?.trimmingSuffix("\n"), path.hasPrefix("/"), FileSystem.isFile(path + "/__init__.py") else { return nil }
        return path
    }

    private static func collect(_ folder: String, _ out: inout [String], depth: Int) {
        for entry in FileSystem.entries(folder) {
            let path = folder + "/" + entry
            if entry.hasSuffix(".html") { out.append(path) } else if depth < 3, FileSystem.isDirectory(path) { collect(path, &out, depth: depth + 1) }
        }
    }

}

private extension String {
    func lastRange(of needle: String) -> Range<String.Index>? { ranges(of: needle).last }
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
