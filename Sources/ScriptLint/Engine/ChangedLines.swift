/// `--changed-lines DIFF`: the lines a unified diff adds (`git diff --unified=0 BASE...HEAD`), so
/// that a run reports only the findings a change brings — reviewdog's `filter_mode: added`. Paths in
/// the diff are read relative to the working directory (run from the repository's root, as
/// `git diff` writes them).
public struct ChangedLines: Sendable {
    /// Path (relative, `/`-separated) → added line ranges.
    private var added: [String: [ClosedRange<Int>]] = [:]

    public struct Problem: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    public init(diff: [UInt8]) throws {
        var file: String?
        var sawHeader = false
        for raw in diff.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let line = String(decoding: raw.last == 0x0D ? raw.dropLast() : raw[...], as: UTF8.self)
            if line.hasPrefix("+++ ") {
                sawHeader = true
                file = Self.path(String(line.dropFirst(4)))
            } else if line.hasPrefix("@@ "), let file {
                // @@ -a,b +c,d @@: d lines added from line c (d defaults to 1; 0 adds none).
                let fields = line.split(separator: " ")
                guard fields.count >= 3, fields[2].hasPrefix("+") else {
                    throw Problem(description: "not a unified diff hunk: \(line.prefix(60))")
                }
                let numbers = fields[2].dropFirst().split(separator: ",", omittingEmptySubsequences: false)
                guard let start = Int(numbers[0]), let count = numbers.count > 1 ? Int(numbers[1]) : 1 else {
                    throw Problem(description: "not a unified diff hunk: \(line.prefix(60))")
                }
                if count > 0 { added[file, default: []].append(start...(start + count - 1)) }
            }
        }
        if !sawHeader && !diff.allSatisfy({ $0 == 0x0A || $0 == 0x0D || $0 == 0x20 }) {
            throw Problem(description: "no file header (+++ b/PATH) in the diff: give the output of git diff")
        }
    }

    /// A `+++` header's path: `b/` dropped, git's quoting undone, nil for a deleted file.
    private static func path(_ header: String) -> String? {
        var p = header
        if let tab = p.firstIndex(of: "\t") { p = String(p[..<tab]) }
        if p == "/dev/null" { return nil }
        if p.hasPrefix("\""), p.hasSuffix("\""), p.count >= 2 { p = unquote(String(p.dropFirst().dropLast())) }
        if p.hasPrefix("b/") { p = String(p.dropFirst(2)) }
        return p
    }

    /// git's C-style quoting of unusual names: `\\`, `\"`, `\t`, `\n` and octal bytes.
    private static func unquote(_ s: String) -> String {
        var bytes: [UInt8] = []
        var u = Array(s.utf8)[...]
        while let c = u.first {
            u = u.dropFirst()
            guard c == 0x5C, let e = u.first else { bytes.append(c); continue }
            u = u.dropFirst()
            switch e {
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(e - 0x30)
                for _ in 0..<2 {
                    guard let d = u.first, (0x30...0x37).contains(d) else { break }
                    value = value * 8 + Int(d - 0x30)
                    u = u.dropFirst()
                }
                bytes.append(UInt8(truncatingIfNeeded: value))
            default: bytes.append(e)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The file's findings that start on an added line; a file the diff does not add to keeps none.
    /// A file that could not be read keeps its error.
    public func filter(_ file: FileResult) -> FileResult {
        var out = file
        let path = Configuration.relative(file.path, toFolderPrefix: Configuration.folderPrefix("."))
        let ranges = added[path] ?? []
        out.diagnostics.removeAll { d in !ranges.contains { $0.contains(d.start.line) } }
        return out
    }
}
