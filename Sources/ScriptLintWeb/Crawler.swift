#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CWeb
import Dispatch
import ScriptLint
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--crawl N`: up to N same-origin pages, breadth first from the given URLs, through `<a href>`
/// links (resolved against `<base href>`, fragments dropped, each URL once) and the sites'
/// sitemaps (`sitemap.xml`, the ones `robots.txt` names, sitemap indexes, gzip too); `robots.txt`
/// is honoured for scriptlint's user agent; at most `concurrency` requests at once, and at least
/// `delay` between two requests to one host (or the site's `Crawl-delay`).
public final class Crawler: @unchecked Sendable {
    public struct Page: Sendable {
        public var url: String
        public var response: Result<Fetcher.Response, Fetcher.Failure>
    }

    public struct Progress: Sendable {
        public var done = 0
        public var queued = 0
        public var failed = 0
    }

    let fetcher: Fetcher
    let limit: Int
    let concurrency: Int
    let delay: Double
    static let robotsAgent = "scriptlint"

    private struct State {
        var queue: [String] = []
        var seen = Set<String>()
        var scheduled = 0
        var active = 0
        var progress = Progress()
        var origins = Set<String>()
        var robots: [String: Robots] = [:]
        var lastRequest: [String: Double] = [:]
    }
    private let state = Mutex(State())

    public init(fetcher: Fetcher, limit: Int, concurrency: Int = 4, delay: Double = 0) {
        self.fetcher = fetcher
        self.limit = max(1, limit)
        self.concurrency = max(1, concurrency)
        self.delay = max(0, delay)
    }

    /// Crawls, handing each page (with its index in crawl order) to `visit` on a worker thread;
    /// `visit` returns the page's links to follow. `progress` is called after each page.
    public func run(_ seeds: [String], visit: @escaping @Sendable (Int, Page) -> [String], progress: @escaping @Sendable (Progress) -> Void) {
        state.withLock { s in
            for seed in seeds {
                guard let url = Self.normalize(seed), let origin = Self.origin(url) else { continue }
                s.origins.insert(origin)
                if s.seen.insert(url).inserted { s.queue.append(url) }
            }
            s.progress.queued = s.queue.count
        }
        // Sitemaps and robots.txt, once per origin, before the pages.
        for origin in state.withLock({ $0.origins }).sorted() {
            let robots = fetchRobots(origin)
            state.withLock { $0.robots[origin] = robots }
            var sitemaps = robots.sitemaps
            if sitemaps.isEmpty { sitemaps = [origin + "/sitemap.xml"] }
            for url in sitemapURLs(sitemaps, depth: 0) { enqueue(url) }
        }
        // Threads of their own, not Dispatch's pool: the workers block in I/O, and the pool does
        // not grow past the core count for blocked work on Linux.
        var threads: [pthread_t] = []
        for _ in 0..<concurrency {
            threads.append(Self.spawn { [self] in
                while let (index, url) = take() {
                    waitForHost(url)
                    let response = fetcher.fetch(url)
                    if case .success(let r) = response, let origin = Self.origin(r.info.finalURL) {
                        // A redirect to another host of the same site (http → https, www.) crawls on there.
                        if Self.origin(url) != origin, state.withLock({ $0.origins.contains(Self.origin(url) ?? "") }), index == 0 {
                            _ = state.withLock { $0.origins.insert(origin) }
                        }
                    }
                    let links = visit(index, Page(url: url, response: response))
                    let base: String
                    if case .success(let r) = response { base = r.info.finalURL } else { base = url }
                    for link in links { if let resolved = Self.resolve(link, against: base) { enqueue(resolved) } }
                    let p = state.withLock { s -> Progress in
                        s.active -= 1
                        s.progress.done += 1
                        if case .failure = response { s.progress.failed += 1 }
                        s.progress.queued = s.queue.count
                        return s.progress
                    }
                    progress(p)
                }
            })
        }
        for t in threads { pthread_join(t, nil) }
    }

    /// Starts a thread that runs `body`.
    static func spawn(_ body: @escaping @Sendable () -> Void) -> pthread_t {
        final class Box { let body: @Sendable () -> Void; init(_ b: @escaping @Sendable () -> Void) { body = b } }
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        var thread = pthread_t()
        pthread_create(&thread, nil, { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            box.body()
            return nil
        }, box)
        return thread
    }

    /// The next URL to fetch, or nil when the queue is empty and nothing in flight can add to it.
    private func take() -> (Int, String)? {
        while true {
            let next = state.withLock { s -> (Int, String)?? in
                if s.scheduled >= limit { return .some(nil) }
                if !s.queue.isEmpty {
                    let url = s.queue.removeFirst()
                    let index = s.scheduled
                    s.scheduled += 1
                    s.active += 1
                    return .some((index, url))
                }
                return s.active == 0 ? .some(nil) : nil
            }
            if let next { return next }
            usleep(2000)
        }
    }

    private func enqueue(_ url: String) {
        guard let origin = Self.origin(url) else { return }
        state.withLock { s in
            guard s.origins.contains(origin), s.scheduled + s.queue.count < limit, s.seen.insert(url).inserted else { return }
            if let robots = s.robots[origin], !robots.allows(Self.pathAndQuery(url)) { return }
            s.queue.append(url)
        }
    }

    private func waitForHost(_ url: String) {
        guard let origin = Self.origin(url) else { return }
        let minimum = max(delay, state.withLock { $0.robots[origin]?.crawlDelay ?? 0 })
        guard minimum > 0 else { return }
        while true {
            let wait = state.withLock { s -> Double in
                let now = Self.now()
                let last = s.lastRequest[origin] ?? -.infinity
                if now - last >= minimum { s.lastRequest[origin] = now; return 0 }
                return minimum - (now - last)
            }
            if wait <= 0 { return }
            usleep(useconds_t(min(wait, 10) * 1_000_000))
        }
    }

    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    // MARK: - robots.txt

    struct Robots: Sendable {
        var rules: [(allow: Bool, path: String)] = []
        var crawlDelay: Double = 0
        var sitemaps: [String] = []

        /// The longest matching rule decides; `Allow` wins a tie (RFC 9309).
        func allows(_ path: String) -> Bool {
            var best: (length: Int, allow: Bool) = (-1, true)
            for rule in rules where !rule.path.isEmpty && Robots.matches(rule.path, path) {
                if rule.path.count > best.length || (rule.path.count == best.length && rule.allow) { best = (rule.path.count, rule.allow) }
            }
            return best.allow
        }

        /// `*` matches any run of characters, a final `$` the end of the path.
        static func matches(_ pattern: String, _ path: String) -> Bool {
            let anchored = pattern.hasSuffix("$")
            let parts = (anchored ? String(pattern.dropLast()) : pattern).split(separator: "*", omittingEmptySubsequences: false).map(String.init)
            var rest = Substring(path)
            for (k, part) in parts.enumerated() {
                if k == 0 {
                    guard rest.hasPrefix(part) else { return false }
                    rest = rest.dropFirst(part.count)
                } else if let at = rest.indices.first(where: { rest[$0...].hasPrefix(part) }) {
                    rest = rest[rest.index(at, offsetBy: part.count)...]
                } else {
                    return false
                }
            }
            return !anchored || rest.isEmpty || parts.last == ""
        }

        /// The group for `agent` (else `*`).
        static func parse(_ text: String, agent: String) -> Robots {
            var groups: [(agents: [String], rules: [(Bool, String)], delay: Double)] = []
            var sitemaps: [String] = []
            var lastWasAgent = false
            for raw in text.split(whereSeparator: \.isNewline) {
                let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = String(line[..<colon]).trimming(" \t").lowercased()
                let value = String(line[line.index(after: colon)...]).trimming(" \t")
                switch key {
                case "user-agent":
                    if !lastWasAgent || groups.isEmpty { groups.append(([], [], 0)) }
                    groups[groups.count - 1].agents.append(value.lowercased())
                    lastWasAgent = true
                    continue
                case "allow", "disallow":
                    if !groups.isEmpty { groups[groups.count - 1].rules.append((key == "allow", value)) }
                case "crawl-delay":
                    if !groups.isEmpty, let d = Double(value) { groups[groups.count - 1].delay = d }
                case "sitemap":
                    sitemaps.append(value)
                default: break
                }
                lastWasAgent = false
            }
            let mine = groups.first { $0.agents.contains { agent.lowercased().hasPrefix($0) && $0 != "*" } } ?? groups.first { $0.agents.contains("*") }
            return Robots(rules: mine?.rules.map { (allow: $0.0, path: $0.1) } ?? [], crawlDelay: mine?.delay ?? 0, sitemaps: sitemaps)
        }
    }

    private func fetchRobots(_ origin: String) -> Robots {
        var f = fetcher
        f.maxBytes = 512 << 10
        guard case .success(let r) = f.fetch(origin + "/robots.txt") else { return Robots() }
        return Robots.parse(String(decoding: r.body, as: UTF8.self), agent: Self.robotsAgent)
    }

    // MARK: - Sitemaps

    private func sitemapURLs(_ sitemaps: [String], depth: Int) -> [String] {
        var out: [String] = []
        var f = fetcher
        f.maxBytes = 50 << 20
        for sitemap in sitemaps.prefix(50) {
            guard out.count < limit, case .success(let r) = f.fetch(sitemap) else { continue }
            var body = r.body
            if body.starts(with: [0x1F, 0x8B]) {   // sitemap.xml.gz, served as a file
                var inflated: UnsafeMutablePointer<UInt8>?
                let n = body.withUnsafeBufferPointer { sl_inflate($0.baseAddress, $0.count, &inflated, 50 << 20) }
                guard n >= 0, let inflated else { continue }
                body = Array(UnsafeBufferPointer(start: inflated, count: n))
                free(inflated)
            }
            var urls: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            var isIndex: Int32 = 0
            let count = body.withUnsafeBufferPointer { sl_sitemap_locs($0.baseAddress, $0.count, limit * 2, &urls, &isIndex) }
            guard count >= 0 else { continue }
            let locs = (0..<count).compactMap { urls?[$0].map { String(cString: $0) } }
            sl_sitemap_free(urls, count)
            if isIndex != 0 {
                if depth < 2 { out += sitemapURLs(locs, depth: depth + 1) }
            } else {
                out += locs.compactMap { Self.normalize($0) }
            }
        }
        return out
    }

    // MARK: - URLs

    /// An absolute http(s) URL without its fragment, or nil.
    static func normalize(_ s: String) -> String? {
        var text = s.trimming(" \t\n\r\u{0C}")
        if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else { return nil }
        var out = url.absoluteString
        if url.path.isEmpty, url.query == nil { out += "/" }
        return out
    }

    /// An href resolved against a base URL, fragment dropped; nil unless http(s).
    public static func resolvePublic(_ href: String, against base: String) -> String? { resolve(href, against: base) }

    static func resolve(_ href: String, against base: String) -> String? {
        let h = href.trimming(" \t\n\r\u{0C}").map { $0 == "\\" ? "/" : String($0) }.joined()
        guard !h.isEmpty, !h.hasPrefix("#"), let b = URL(string: base), let u = URL(string: h, relativeTo: b) else { return nil }
        return normalize(u.absoluteString)
    }

    static func origin(_ s: String) -> String? {
        guard let u = URL(string: s), let scheme = u.scheme?.lowercased(), let host = u.host?.lowercased() else { return nil }
        let port = u.port.map { ":\($0)" } ?? ""
        return "\(scheme)://\(host)\(port)"
    }

    static func pathAndQuery(_ s: String) -> String {
        guard let u = URL(string: s) else { return "/" }
        let path = u.path.isEmpty ? "/" : u.path
        return u.query.map { path + "?" + $0 } ?? path
    }
}
