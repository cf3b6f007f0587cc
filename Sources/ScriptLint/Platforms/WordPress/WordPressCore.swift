import Synchronization

/// WordPress core's own handles (`wp_default_scripts()`), from the generated tables: one per
/// release (scripts/wordpress-core-table.sh).
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
        let k = releaseNumbers.lastIndex { !version.lexicographicallyPrecedes(Array($0.prefix(2))) } ?? 0
        // Only the table a run targets is parsed (a one-file run pays for one).
        if let known = parsed.withLock({ $0[k] }) { return known }
        let table = parse(tables[k].rows)
        parsed.withLock { $0[k] = table }
        return table
    }

    /// The generated releases, as numbers.
    static var releases: [String] { tables.map(\.release) }

    private static let releaseNumbers: [[Int]] = tables.map { $0.release.split(separator: ".").compactMap { Int($0) } }
    private static let parsed = Mutex<[Int: [String: Handle]]>([:])

    private static func parse(_ rows: String) -> [String: Handle] {
        var out: [String: Handle] = [:]
        for line in rows.split(separator: "\n") {
            let f = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6 else { continue }
            out[f[0]] = Handle(hasSource: f[1] == "src", group: Int(f[2]) ?? 0,
                               dependencies: f[3].split(separator: ",").map(String.init),
                               strategy: f[4].isEmpty ? nil : f[4], inlineAfter: f[5] == "after")
        }
        return out
    }
}
