import Dispatch
import ScriptLint
import ScriptLintWeb
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--crawl N`: the crawler fetches on its own threads; each page is linted where it was fetched
/// and reported in crawl order. On a terminal, a progress line on standard error.
struct CrawlRun {
    let seeds: [String]
    let limit: Int
    let concurrency: Int
    let delay: Double
    let driver: Driver
    let linter: Linter

    func run(_ consume: (FileResult) throws -> Void) throws {
        var fetcher = driver.fetcher
        fetcher.maxRedirects = min(fetcher.maxRedirects, 10)
        let crawler = Crawler(fetcher: fetcher, limit: limit, concurrency: concurrency, delay: delay)
        let results = Mutex<[Int: FileResult]>([:])
        let finished = Mutex(false)
        let ready = DispatchSemaphore(value: 0)
        let terminal = isatty(2) == 1
        let started = Crawler.now()
        let lastDrawn = Mutex(0.0)
        let driver = self.driver, linter = self.linter
        Threads.start {
            crawler.run(seeds, visit: { index, page in
                var links: [String] = []
                if case .success(let response) = page.response, Fetcher.isPage(response.mediaType) {
                    let (base, hrefs) = HTMLParser.links(SourceText(fileBytes: response.body, charset: response.charset))
                    // Links resolve against <base href>, itself resolved against the page's URL.
                    let against = base.flatMap { Crawler.resolvePublic($0, against: response.info.finalURL) } ?? response.info.finalURL
                    links = hrefs.compactMap { Crawler.resolvePublic($0, against: against) }
                }
                let result = driver.result(of: page.response, url: page.url, linter)
                results.withLock { $0[index] = result }
                ready.signal()
                return links
            }, progress: { p in
                guard terminal else { return }
                let now = Crawler.now()
                let draw = lastDrawn.withLock { last -> Bool in
                    if now - last < 0.1 { return false }
                    last = now
                    return true
                }
                guard draw else { return }
                let rate = Double(p.done) / max(0.001, now - started)
                FileHandleStderr.write("\r\u{1B}[2Kcrawl: \(p.done) done, \(p.queued) queued, \(p.failed) failed, \(String(format1: rate)) pages/s")
            })
            finished.withLock { $0 = true }
            ready.signal()
        }
        var next = 0
        while true {
            ready.wait()
            while let r = results.withLock({ $0.removeValue(forKey: next) }) {
                try consume(r)
                next += 1
            }
            if finished.withLock({ $0 }) {
                // Everything visited has been signalled before the end: drain what is left in order.
                for (_, r) in results.withLock({ $0 }).sorted(by: { $0.key < $1.key }) { try consume(r) }
                break
            }
        }
        if terminal { FileHandleStderr.write("\r\u{1B}[2K") }
    }
}

extension String {
    /// One decimal, without Foundation's formatting.
    init(format1 x: Double) {
        let tenths = Int((x * 10).rounded())
        self = "\(tenths / 10).\(tenths % 10)"
    }
}

/// A one-line report of a long run's progress on standard error: only on a terminal, only once
/// the run has taken a second, redrawn at most ten times a second, erased before any report text
/// is written (the report may share the terminal) and at the end. Never part of a report.
final class ProgressLine {
    private let enabled: Bool
    private let started = Crawler.now()
    private var last = 0.0
    private var drawn = false

    init(enabled: Bool = isatty(2) == 1) { self.enabled = enabled }

    func update(_ text: @autoclosure () -> String) {
        guard enabled else { return }
        let now = Crawler.now()
        guard now - started >= 1, now - last >= 0.1 else { return }
        last = now
        drawn = true
        FileHandleStderr.write("\r\u{1B}[2Kscriptlint: \(text()), \(String(format1: now - started)) s")
    }

    /// Before report text reaches a terminal that may be this one.
    func clear() {
        guard drawn else { return }
        drawn = false
        FileHandleStderr.write("\r\u{1B}[2K")
    }
}
