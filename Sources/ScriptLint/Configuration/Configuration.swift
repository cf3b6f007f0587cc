#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `.scriptlintrc.json` file, validated.
public struct Configuration: Sendable {
    public static let fileName = ".scriptlintrc.json"
    public static let allowedKeys = ["$schema", "rules", "include", "exclude", "extensions", "templates", "php", "platforms"]

    /// The file it came from; `nil` for the built-in defaults.
    public var path: String?
    /// The folder that `include`/`exclude` patterns are relative to.
    public let directory: String
    /// `directory` made absolute, with a final "/": computed once, used for every file.
    private let directoryPrefix: String
    public var settings: RuleSettings
    public var include: [String]
    public var exclude: [String]
    /// Extensions linted in folders besides `html` and `htm` (without the dot).
    public var extensions: [String]

    let includeGlobs: [Glob]
    let excludeGlobs: [Glob]
    /// `templates.dialects`: glob → dialect (`nil`: "none", plain HTML), in the file's order.
    public var templateDialects: [(glob: String, dialect: TemplateDialect?)] = []
    /// `templates.roots`, made absolute against the configuration's folder.
    public var templateRoots: [String] = []

    /// `platforms.<id>`: each platform's settings, validated by `Platforms.validate`.
    public var platformSettings: [String: [String: JSONValue]] = [:]
    /// `php.shortOpenTag` and what else says how templates are read.
    public var templateOptions = TemplateOptions.standard

    /// How this configuration reads templates, with a run index of its own (so each parent, layout
    /// and platform fact is read once per run).
    public func templateSettings() -> TemplateSettings {
        TemplateSettings(dialects: templateDialects, directory: directory, roots: templateRoots, options: templateOptions,
                         platforms: platformSettings)
    }

    public init(path: String? = nil, directory: String, settings: RuleSettings = RuleSettings(),
                include: [String] = [], exclude: [String] = [], extensions: [String] = []) {
        self.path = path
        self.directory = directory
        self.directoryPrefix = Configuration.folderPrefix(directory)
        self.settings = settings
        self.include = include
        self.exclude = exclude
        self.extensions = extensions.map { $0.lowercased() }
        self.includeGlobs = include.map(Glob.init)
        self.excludeGlobs = exclude.map(Glob.init)
    }

    public struct Failure: Error, CustomStringConvertible {
        public var file: String
        public var message: String
        public var description: String { "\(file): \(message)" }
    }

    /// Reads and validates a configuration file. Every mistake names the file, the key and what is allowed.
    public static func load(_ path: String) throws -> Configuration {
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(path) } catch {
            throw Failure(file: path, message: "\(error)")
        }
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch {
            throw Failure(file: path, message: "\(error)")
        }
        let dir = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        return try parse(json, path: path, directory: dir.isEmpty ? "/" : dir)
    }

    static func parse(_ json: JSONValue, path: String, directory: String) throws -> Configuration {
        func fail(_ message: String) -> Failure { Failure(file: path, message: message) }
        guard case .object(let top) = json else { throw fail("the configuration must be a JSON object") }
        for key in top.keys.sorted() where !allowedKeys.contains(key) {
            throw fail("unknown key '\(key)' (allowed: \(allowedKeys.joined(separator: ", ")))")
        }
        var settings = RuleSettings()
        if let rules = top["rules"] {
            guard case .object(let map) = rules else { throw fail("'rules' must be an object mapping rule ids to a severity or [severity, options]") }
            for (id, value) in map.sorted(by: { $0.key < $1.key }) {
                guard let rule = RuleRegistry.rule(id) else {
                    throw fail("unknown rule '\(id)' in 'rules' (run 'scriptlint --list-rules' for the ids)")
                }
                var severityValue = value
                var options: [String: JSONValue] = [:]
                if case .array(let pair) = value {
                    guard (1...2).contains(pair.count) else { throw fail("'rules.\(id)' must be a severity or [severity, {options}]") }
                    severityValue = pair[0]
                    if pair.count == 2 {
                        guard case .object(let o) = pair[1] else { throw fail("'rules.\(id)[1]' must be an object of options") }
                        options = o
                    }
                }
                guard case .string(let s) = severityValue, let severity = Severity(rawValue: s) else {
                    throw fail("'rules.\(id)' has severity \(describe(severityValue)); allowed: \"off\", \"warning\", \"error\"")
                }
                do { _ = try rule.init(options: options) } catch {
                    throw fail("'rules.\(id)': \(error)")
                }
                settings.severities[id] = severity
                if !options.isEmpty { settings.options[id] = options }
            }
        }
        func strings(_ key: String) throws -> [String] {
            guard let value = top[key] else { return [] }
            guard let list = value.stringArray else { throw fail("'\(key)' must be an array of strings, not \(describe(value))") }
            return list
        }
        let extensions = try strings("extensions").map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 }
        for e in extensions where e.isEmpty || e.contains("/") {
            throw fail("'extensions' holds '\(e)'; give extensions like \"php\" or \".twig\"")
        }
        var configuration = Configuration(path: path, directory: directory, settings: settings,
                                          include: try strings("include"), exclude: try strings("exclude"), extensions: extensions)
        if let templates = top["templates"] {
            guard case .object(let t) = templates else { throw fail("'templates' must be an object with 'dialects' and/or 'roots'") }
            for key in t.keys.sorted() where key != "dialects" && key != "roots" {
                throw fail("unknown key 'templates.\(key)' (allowed: dialects, roots)")
            }
            if let d = t["dialects"] {
                guard case .object(let map) = d else { throw fail("'templates.dialects' must map globs to a dialect or \"none\"") }
                let allowed = TemplateDialect.allCases.map(\.rawValue) + ["none"]
                for glob in map.keys.sorted() {
                    guard case .string(let name) = map[glob]!, allowed.contains(name) else {
                        throw fail("'templates.dialects.\(glob)' must be one of \(allowed.map { "\"\($0)\"" }.joined(separator: ", "))")
                    }
                    configuration.templateDialects.append((glob, TemplateDialect(rawValue: name)))
                }
            }
            if let r = t["roots"] {
                guard let list = r.stringArray else { throw fail("'templates.roots' must be an array of folder paths") }
                configuration.templateRoots = list.map { Configuration.absolute($0.hasPrefix("/") ? $0 : directory + "/" + $0) }
            }
        }
        if let php = top["php"] {
            guard case .object(let o) = php else { throw fail("'php' must be an object such as {\"shortOpenTag\": false}") }
            if let problem = PlatformSetting.problem(php, at: "php", settings: TemplateOptions.phpSettings) { throw fail(problem) }
            if case .bool(let b)? = o["shortOpenTag"] { configuration.templateOptions.phpShortOpenTag = b }
        }
        if let platforms = top["platforms"] {
            switch Platforms.validate(platforms) {
            case .success(let settings): configuration.platformSettings = settings
            case .failure(let error): throw fail(error.message)
            }
        }
        return configuration
    }

    static func describe(_ v: JSONValue) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return "\(b)"
        case .number(let n): return "the number \(n)"
        case .string(let s): return "\"\(s)\""
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// Whether a file found while walking a folder is linted: its name is of a kind folder walks
    /// pick (`FileKinds`: html, htm, HTML templates, Drupal libraries), its extension is one of
    /// `extensions`, or it matches `include`; and it matches no `exclude`.
    /// `inProject`: the walk is below a project marker (`FileKind.walkedInProjects`).
    public func wants(file path: String, inProject: Bool = false) -> Bool {
        if excludes(path, isDirectory: false) { return false }
        let name = PathCodec.fileName(path)
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            let ext = name[name.index(after: dot)...].lowercased()
            if extensions.contains(ext) { return true }
            if let kind = FileKinds.kind(of: name), kind.walked || (inProject && kind.walkedInProjects) { return true }
        }
        guard !includeGlobs.isEmpty else { return false }
        let relative = relativePath(path)
        return includeGlobs.contains { $0.matches(relative) }
    }

    /// Whether an explicitly named file or a folder is excluded.
    public func excludes(_ path: String, isDirectory: Bool) -> Bool {
        guard !excludeGlobs.isEmpty else { return false }
        let relative = relativePath(path)
        return excludeGlobs.contains { $0.matches(relative, isDirectory: isDirectory) }
    }

    /// The path relative to the configuration's folder (both made absolute first).
    func relativePath(_ path: String) -> String {
        Configuration.relative(path, toFolderPrefix: directoryPrefix)
    }

    /// A folder made absolute, ending in "/".
    static func folderPrefix(_ folder: String) -> String {
        let base = absolute(folder)
        return base.hasSuffix("/") ? base : base + "/"
    }

    /// `path` made absolute, then relative to a `folderPrefix` if it lies below it.
    static func relative(_ path: String, toFolderPrefix prefix: String) -> String {
        let absolute = absolute(path)
        // By bytes, as the file system compares paths (counting characters to drop them cost more
        // than the rest of deciding a file's dialect).
        guard absolute.utf8.starts(with: prefix.utf8) else { return absolute }
        return String(decoding: absolute.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
    }

    /// `path` made absolute against the working directory, `.` and `..` resolved.
    public static func absolutePath(_ path: String) -> String { absolute(path) }

    /// The working directory, read once: nothing in scriptlint changes it.
    private static let workingDirectory: String? = {
        guard let cwd = getcwd(nil, 0) else { return nil }
        defer { free(cwd) }
        return PathCodec.decode(cwd)
    }()

    static func absolute(_ path: String) -> String {
        let full: String
        if path.hasPrefix("/") {
            full = path
        } else {
            guard let cwd = workingDirectory else { return path }
            full = cwd + "/" + path
        }
        // Most paths are already normal: no empty, `.` or `..` segment and no trailing `/`.
        let normal = full.utf8.withContiguousStorageIfAvailable { p -> Bool in
            let n = p.count
            guard n > 0, p[0] == 0x2F else { return false }
            if n > 1 && p[n - 1] == 0x2F { return false }
            var k = 0
            while k < n {
                // At a `/`: the segment after it must not be empty, `.` or `..`.
                let a = k + 1 < n ? p[k + 1] : 0x2F
                if a == 0x2F && n > 1 { return false }
                if a == 0x2E {
                    let b = k + 2 < n ? p[k + 2] : 0x2F
                    if b == 0x2F { return false }
                    if b == 0x2E && (k + 3 >= n || p[k + 3] == 0x2F) { return false }
                }
                guard let next = UnsafeBufferPointer(rebasing: p[(k + 1)...]).firstIndex(of: 0x2F) else { break }
                k += 1 + next
            }
            return true
        } ?? false
        if normal { return full }
        // Segments on the UTF-8 bytes (`/` never occurs inside a multi-byte sequence).
        var bytes: [UInt8] = [UInt8(ascii: "/")]
        bytes.reserveCapacity(full.utf8.count + 1)
        var starts: [Int] = []   // where each kept segment starts in `bytes`
        var utf8 = full.utf8[...]
        while !utf8.isEmpty {
            let end = utf8.firstIndex(of: UInt8(ascii: "/")) ?? utf8.endIndex
            let part = utf8[..<end]
            utf8 = end == utf8.endIndex ? utf8[end...] : utf8[utf8.index(after: end)...]
            if part.isEmpty || part.elementsEqual([UInt8(ascii: ".")]) { continue }
            if part.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
                // Drop the last segment with the `/` before it (the root's `/` stays).
                if let last = starts.popLast() { bytes.removeSubrange((last > 1 ? last - 1 : 1)...) }
                continue
            }
            if bytes.count > 1 { bytes.append(UInt8(ascii: "/")) }
            starts.append(bytes.count)
            bytes += part
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The effective configuration as JSON (for `--print-config`).
    public func render(overrides: [String: Severity] = [:]) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("configFile", path)
        w.beginObject("rules")
        for rule in RuleRegistry.all {
            let id = rule.info.id
            w.beginObject(id)
            w.field("severity", (overrides[id] ?? settings.severity(of: id)).rawValue)
            if let options = settings.options[id] {
                w.beginObject("options")
                for (k, v) in options.sorted(by: { $0.key < $1.key }) { w.raw(k, v) }
                w.endObject()
            }
            w.endObject()
        }
        w.endObject()
        w.beginArray("include"); for p in include { w.value(p) }; w.endArray()
        w.beginArray("exclude"); for p in exclude { w.value(p) }; w.endArray()
        w.beginArray("extensions"); for e in ["html", "htm"] + extensions { w.value(e) }; w.endArray()
        w.beginObject("php"); w.field("shortOpenTag", templateOptions.phpShortOpenTag); w.endObject()
        w.beginObject("platforms")
        for platform in Platforms.all where !platform.settings.isEmpty {
            let id = platform.id.rawValue
            w.beginObject(id)
            for setting in platform.settings { w.raw(setting.name, platformSettings[id]?[setting.name] ?? setting.defaultValue) }
            w.endObject()
        }
        w.endObject()
        w.endObject()
        return w.output + "\n"
    }
}

/// Finds the configuration that applies to each file: `--config` if given, else the nearest
/// `.scriptlintrc.json` in the file's folder or a parent. Results are cached per folder.
public final class ConfigurationResolver: @unchecked Sendable {
    private let explicit: Configuration?
    private var byDirectory: [String: Configuration] = [:]
    private var byFile: [String: Configuration] = [:]
    private let defaults: Configuration

    public init(explicitPath: String?) throws {
        explicit = try explicitPath.map(Configuration.load)
        defaults = Configuration(directory: Configuration.absolute("."))
    }

    /// The configuration for a file or folder path.
    public func configuration(for path: String, isDirectory: Bool = false) throws -> Configuration {
        if let explicit { return explicit }
        let absolute = Configuration.absolute(path)
        let dir = isDirectory ? absolute : (absolute.utf8.lastIndex(of: 0x2F).map { String(absolute[..<$0]) } ?? "/")
        return try lookup(dir.isEmpty ? "/" : dir)
    }

    private func lookup(_ dir: String) throws -> Configuration {
        if let hit = byDirectory[dir] { return hit }
        let candidate = (dir == "/" ? "" : dir) + "/" + Configuration.fileName
        let found: Configuration
        if case .file = FileSystem.kind(candidate) {
            if let cached = byFile[candidate] {
                found = cached
            } else {
                found = try Configuration.load(candidate)
                byFile[candidate] = found
            }
        } else if dir == "/" {
            found = defaults
        } else {
            let parent = String(dir[..<dir.lastIndex(of: "/")!])
            found = try lookup(parent.isEmpty ? "/" : parent)
        }
        byDirectory[dir] = found
        return found
    }
}
