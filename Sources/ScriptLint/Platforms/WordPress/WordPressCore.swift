/// WordPress core's own handles (`wp_default_scripts()`), from the generated table.
enum WordPressCore {
    struct Handle: Sendable {
        var hasSource: Bool
        var group: Int
        var dependencies: [String]
        var strategy: String?
        var inlineAfter: Bool
    }

    static let handles: [String: Handle] = {
        var out: [String: Handle] = [:]
        for line in table.split(separator: "\n") {
            let f = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6 else { continue }
            out[f[0]] = Handle(hasSource: f[1] == "src", group: Int(f[2]) ?? 0,
                               dependencies: f[3].split(separator: ",").map(String.init),
                               strategy: f[4].isEmpty ? nil : f[4], inlineAfter: f[5] == "after")
        }
        return out
    }()
}
