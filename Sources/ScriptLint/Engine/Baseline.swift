/// Known findings, recorded so that a legacy site can adopt scriptlint today and only new
/// mistakes are reported. A finding is matched by file, rule and fingerprint (the script's own
/// start tag, not its line), so edits that move lines do not bring recorded findings back.
public struct Baseline: Sendable {
    public static let schemaVersion = 1

    struct Key: Hashable {
        var path: String
        var rule: String
        var fingerprint: String
    }

    private var keys: Set<Key>
    /// Paths are stored relative to the baseline file's folder (this, absolute, ending in "/"), so
    /// the file works from any working directory.
    private let directory: String

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func load(_ path: String) throws -> Baseline {
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(path) } catch {
            throw Failure(description: "\(path): \(error) (create it with --write-baseline \(path))")
        }
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch { throw Failure(description: "\(path): \(error)") }
        guard case .object(let top) = json, case .array(let findings)? = top["findings"],
              case .number(let version)? = top["schemaVersion"] else {
            throw Failure(description: "\(path): not a scriptlint baseline (expected schemaVersion and findings)")
        }
        guard Int(version) == schemaVersion else {
            throw Failure(description: "\(path): baseline schemaVersion \(Int(version)) is not supported (expected \(schemaVersion)); write it again with --write-baseline")
        }
        var keys = Set<Key>()
        for item in findings {
            guard case .object(let o) = item, case .string(let p)? = o["path"], case .string(let r)? = o["ruleId"],
                  case .string(let f)? = o["fingerprint"] else {
                throw Failure(description: "\(path): every finding needs path, ruleId and fingerprint strings")
            }
            keys.insert(Key(path: p, rule: r, fingerprint: f))
        }
        return Baseline(keys: keys, directory: folderPrefix(of: path))
    }

    /// The baseline file's folder, absolute, ending in "/".
    private static func folderPrefix(of path: String) -> String {
        let absolute = Configuration.absolute(path)
        return String(absolute[...absolute.lastIndex(of: "/")!])
    }

    /// The file's findings without those the baseline knows.
    public func filter(_ file: FileResult) -> FileResult {
        var out = file
        let path = Configuration.relative(file.path, toFolderPrefix: directory)
        out.diagnostics.removeAll { keys.contains(Key(path: path, rule: $0.ruleID, fingerprint: $0.fingerprint)) }
        return out
    }

    /// Writes a baseline file as the files come in.
    public final class Writer {
        private let file: AtomicFile
        private let directory: String
        private var written = 0
        public private(set) var count = 0

        public init(_ path: String) throws {
            file = try AtomicFile(path)
            directory = Baseline.folderPrefix(of: path)
            var w = JSONWriter()
            w.beginObject()
            w.field("schemaVersion", Baseline.schemaVersion)
            w.field("tool", "scriptlint \(ScriptLintVersion.current)")
            w.beginArray("findings")
            try file.write(w.output)
        }

        public func add(_ result: FileResult) throws {
            let relativePath = Configuration.relative(result.path, toFolderPrefix: directory)
            for d in result.diagnostics {
                var w = JSONWriter(depth: 2, hasItems: count > 0)
                w.beginObject()
                w.field("path", relativePath)
                w.field("ruleId", d.ruleID)
                w.field("fingerprint", d.fingerprint)
                w.field("message", d.message)
                w.endObject()
                try file.write(w.output)
                count += 1
            }
        }

        public func commit() throws {
            try file.write((count > 0 ? "\n  ]" : "]") + "\n}\n")
            try file.commit()
        }
    }
}
