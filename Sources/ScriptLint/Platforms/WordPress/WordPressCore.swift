/// WordPress core's own handles (`wp_default_scripts()`), from the generated tables: one per
/// release Debian packages (scripts/wordpress-core-table.sh).
enum WordPressCore {
    struct Handle: Sendable {
        var hasSource: Bool
        var group: Int
        var dependencies: [String]
        var strategy: String?
        var inlineAfter: Bool
    }

    /// The table of the release `version` runs: the newest generated one not newer than it
    /// (major.minor), or the oldest for an older target.
    static func handles(for version: [Int]) -> [String: Handle] {
        let k = parsed.lastIndex { !version.lexicographicallyPrecedes(Array($0.release.prefix(2))) } ?? 0
        return parsed[k].handles
    }

    /// The generated releases, as numbers.
    static var releases: [String] { tables.map(\.release) }

    private static let parsed: [(release: [Int], handles: [String: Handle])] = tables.map { table in
        var out: [String: Handle] = [:]
        for line in table.rows.split(separator: "\n") {
            let f = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6 else { continue }
            out[f[0]] = Handle(hasSource: f[1] == "src", group: Int(f[2]) ?? 0,
                               dependencies: f[3].split(separator: ",").map(String.init),
                               strategy: f[4].isEmpty ? nil : f[4], inlineAfter: f[5] == "after")
        }
        return (table.release.split(separator: ".").compactMap { Int($0) }, out)
    }
}
