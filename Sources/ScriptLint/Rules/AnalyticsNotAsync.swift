/// Analytics and tag-manager scripts should load with `async`.
public struct AnalyticsNotAsync: Rule {
    public static let defaultHosts = [
        "google-analytics.com", "googletagmanager.com", "mc.yandex.ru", "mc.yandex.com", "mc.yandex.by",
        "mc.yandex.kz", "mc.yandex.com.tr", "connect.facebook.net", "static.hotjar.com", "script.hotjar.com",
        "cdn.matomo.cloud", "cdn.segment.com", "plausible.io", "static.cloudflareinsights.com", "www.clarity.ms",
        "snap.licdn.com", "bat.bing.com", "top-fwz1.mail.ru", "counter.yadro.ru", "cdn.mxpnl.com",
        "js.hs-analytics.net", "js.hs-scripts.com", "cdn.amplitude.com", "static.ads-twitter.com",
    ]
    /// Self-hosted trackers are recognized by their file name.
    public static let defaultFiles = ["matomo.js", "piwik.js", "gtag.js", "analytics.js", "ga.js", "tag.js", "watch.js"]

    public static let info = RuleInfo(
        id: "analytics-not-async", defaultSeverity: .warning,
        summary: "A known analytics or tag-manager script loaded from `src` without `async`.",
        brief: "an analytics or tag-manager script without `async`",
        options: [
            "hosts": RuleOption(.strings, "Hosts (and their subdomains) whose scripts are analytics; replaces the default list."),
            "additionalHosts": RuleOption(.strings, "Hosts added to the default list."),
        ])

    let hosts: [String]
    private let hostBytes: [[UInt8]]

    public init(options: [String: JSONValue]) throws {
        try Self.rejectUnknownOptions(options)
        var hosts = Self.defaultHosts
        if let value = options["hosts"] {
            guard let list = value.stringArray else { throw RuleOptionError("option 'hosts' of rule 'analytics-not-async' must be an array of strings") }
            hosts = list
        }
        if let value = options["additionalHosts"] {
            guard let list = value.stringArray else { throw RuleOptionError("option 'additionalHosts' of rule 'analytics-not-async' must be an array of strings") }
            hosts += list
        }
        self.hosts = hosts.map { $0.lowercased() }
        self.hostBytes = self.hosts.map { Array($0.utf8) }
    }

    public func check(_ document: ScriptDocument) -> [Finding] {
        let urls = URLKey(base: document.baseHref)
        let baseMayMatch = document.baseHref.map(mayMatch) ?? false
        return document.scripts.compactMap { s in
            guard s.isExternalClassic, !s.possibly("async"), let src = s.src, let what = match(src, urls, baseMayMatch: baseMayMatch) else { return nil }
            return Finding(
                range: s.tag.range,
                message: "Analytics script \(s.label) (\(what)) loads without `async`: "
                    + (s.isDefer ? "with `defer` it waits until the whole page is parsed. " : "it holds up the page and starts late. ")
                    + "Add `async` so the counter starts as early as possible without blocking.",
                suggestions: [s.isDefer ? Fix("Replace `defer` with `async`", s.api?.additions["async"] ?? s.removal(of: ["defer"]).flatMap { r in s.insertion(of: "async").map { r + $0 } })
                                        : Fix("Add `async`", s.insertion(of: "async"))].compactMap { $0 })
        }
    }

    /// Whether `text` may name one of the hosts or files once resolved: it holds one of them
    /// (ASCII case-insensitively), or bytes a URL parser rewrites (`%`, `\`, controls, non-ASCII).
    private func mayMatch(_ text: String) -> Bool {
        let b = Array(text.utf8)
        if b.contains(where: { $0 == 0x25 || $0 == 0x5C || $0 <= 0x20 || $0 >= 0x7F }) { return true }
        let lower = b.map(asciiLower)
        func contains(_ needle: [UInt8]) -> Bool { firstIndex(of: needle, in: lower) != nil }
        return hostBytes.contains(where: contains) || contains(Array("matomo.js".utf8)) || contains(Array("piwik.js".utf8))
    }

    private func match(_ src: String, _ urls: URLKey, baseMayMatch: Bool) -> String? {
        // Most scripts are not analytics: a look at the bytes before resolving the URL.
        guard baseMayMatch || mayMatch(src) else { return nil }
        guard let key = urls.key(src), key.hasPrefix("//") else { return nil }
        let rest = key.dropFirst(2)
        let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        var host = Array(rest[..<hostEnd].utf8)
        if let colon = host.lastIndex(of: UInt8(ascii: ":")) { host.removeSubrange(colon...) }
        // The host or a subdomain of it, compared as bytes (the key is lowercased ASCII).
        if let h = hostBytes.firstIndex(where: { h in
            host.count >= h.count && host[(host.count - h.count)...].elementsEqual(h)
                && (host.count == h.count || host[host.count - h.count - 1] == UInt8(ascii: "."))
        }) { return hosts[h] }
        let path = rest[hostEnd...].utf8.prefix { $0 != UInt8(ascii: "?") }
        let file = path.split(separator: UInt8(ascii: "/")).last.map { String(decoding: $0, as: UTF8.self).lowercased() } ?? ""
        if file == "matomo.js" || file == "piwik.js" { return file }
        return nil
    }
}
