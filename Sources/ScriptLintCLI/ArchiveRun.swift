import Dispatch
import ScriptLint
import ScriptLintWeb
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lints every HTML response record of one web archive (`-`: standard input): one thread reads
/// and inflates records in order while `jobs` workers lint them, so that reading overlaps linting
/// and every core is busy on a single archive; results reach `consume` in archive order, each
/// named by its target URI and its record (archive, `WARC-Record-ID`, date, compressed offset and
/// length). At most a window of records is held at once, so memory is bounded by `--max-size` and
/// the number of workers. A record that is too large or not a readable HTTP response is a problem
/// of its own and the archive goes on; only data that cannot be read further ends it.
struct ArchiveRun {
    let path: String
    let linter: Linter
    let maxBytes: Int
    let keepPages: Bool
    let jobs: Int

    enum Item: Sendable {
        case record(WARCReader.Record)
        case skipped(WARCReader.Record, reason: String)
        case failed(WARCReader.Failure)
    }

    func run(_ consume: (FileResult) throws -> Void) throws {
        try items { item in
            switch item {
            case .record(let record): return lint(record)
            case .skipped(let record, let reason):
                var result = FileResult(path: record.targetURI, diagnostics: [], error: "archived response not read: \(reason)")
                result.record = identity(record)
                return result
            case .failed(let failure):
                // Corrupt or truncated data, or something that is not a WARC record: the archive cannot
                // be resynchronised, so it is not read further, and says where it stopped.
                return FileResult(path: path, diagnostics: [], error: failure.description)
            }
        } consume: { try consume($0) }
    }

    /// Each response record as an item, read on a thread of its own, handed to `jobs` workers.
    private func items(_ process: @escaping @Sendable (Item) -> FileResult?, consume: (FileResult) throws -> Void) throws {
        let reader: WARCReader
        do { reader = try WARCReader(path: path) } catch {
            return try consume(FileResult(path: path, diagnostics: [], error: "\(error)"))
        }
        reader.maxRecord = maxBytes
        let line = ArchiveLine(window: 2 * jobs + 2)
        let source = UnsafeSendable(reader)
        DispatchQueue.global().async {
            while let entry = source.value.next() {
                let item: Item
                switch entry {
                case .record(let r):
                    guard Self.isResponse(r) else { continue }
                    item = .record(r)
                case .skipped(let r, let reason):
                    guard Self.isResponse(r) else { continue }
                    item = .skipped(r, reason: reason)
                case .failed(let f):
                    item = .failed(f)
                }
                guard line.push(item) else { break }
            }
            line.finish()
        }
        for _ in 0..<max(1, jobs) {
            DispatchQueue.global().async {
                while let (k, item) = line.take() { line.put(k, process(item)) }
            }
        }
        do {
            while let result = line.next() {
                if let result { try consume(result) }
            }
        } catch {
            line.cancel()
            throw error
        }
    }

    private static func isResponse(_ r: WARCReader.Record) -> Bool {
        r.type == "response" && (r.contentType ?? "").lowercased().hasPrefix("application/http")
    }

    private func identity(_ record: WARCReader.Record) -> ArchiveRecord {
        ArchiveRecord(archive: path, recordID: record.recordID, date: record.date, offset: record.memberOffset, length: record.memberLength)
    }

    private func lint(_ record: WARCReader.Record) -> FileResult? {
        switch WARCReader.httpResponse(record.block, maxBody: maxBytes) {
        case .failure(let f):
            var result = FileResult(path: record.targetURI, diagnostics: [], error: "archived response not read: \(f.reason)")
            result.record = identity(record)
            return result
        case .success(let response):
            let (media, charset) = Fetcher.parseContentType(response.header("content-type"))
            guard Fetcher.isPage(media) else { return nil }
            var result = media == "application/xhtml+xml"
                ? XHTMLReader.lint(name: record.targetURI, bytes: response.body, with: linter, keepPage: keepPages, summarize: true)
                : linter.lintServed(name: record.targetURI, bytes: response.body, charset: charset, keepPage: keepPages)
            result.fetch = FetchInfo(url: record.targetURI, finalURL: record.targetURI, redirects: [], status: response.status,
                                     contentType: response.header("content-type"))
            result.url = record.targetURI
            result.record = identity(record)
            return result
        }
    }
}

/// The archive's items between the reader, the workers and the consumer: numbered in archive
/// order, at most `window` of them read and not yet consumed.
final class ArchiveLine: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var changed = pthread_cond_t()
    private var queue: [(Int, ArchiveRun.Item)] = []
    private var ready: [Int: FileResult?] = [:]
    private var produced = 0
    private var consumed = 0
    private var finished = false
    private var cancelled = false
    private let window: Int

    init(window: Int) {
        self.window = window
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&changed, nil)
    }

    deinit {
        pthread_cond_destroy(&changed)
        pthread_mutex_destroy(&mutex)
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }

    /// Waits for room; false once the consumer has stopped.
    func push(_ item: ArchiveRun.Item) -> Bool {
        locked {
            while !cancelled && produced - consumed >= window { pthread_cond_wait(&changed, &mutex) }
            guard !cancelled else { return false }
            queue.append((produced, item))
            produced += 1
            pthread_cond_broadcast(&changed)
            return true
        }
    }

    func finish() { locked { finished = true; pthread_cond_broadcast(&changed) } }

    func cancel() { locked { cancelled = true; pthread_cond_broadcast(&changed) } }

    /// The next item for a worker; nil when the reader is done and nothing is queued.
    func take() -> (Int, ArchiveRun.Item)? {
        locked {
            while !cancelled && queue.isEmpty && !finished { pthread_cond_wait(&changed, &mutex) }
            guard !cancelled, !queue.isEmpty else { return nil }
            return queue.removeFirst()
        }
    }

    func put(_ k: Int, _ result: FileResult?) {
        locked { ready[k] = .some(result); pthread_cond_broadcast(&changed) }
    }

    /// The next result in archive order (`.some(nil)` for an item that is not a page); nil at the end.
    func next() -> FileResult?? {
        locked {
            while ready[consumed] == nil && !(finished && consumed >= produced) { pthread_cond_wait(&changed, &mutex) }
            guard let result = ready.removeValue(forKey: consumed) else { return nil }
            consumed += 1
            pthread_cond_broadcast(&changed)
            return .some(result)
        }
    }
}

/// A buffer written by disjoint iterations of `concurrentPerform`.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
