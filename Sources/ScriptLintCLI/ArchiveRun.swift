import Dispatch
import ScriptLint
import ScriptLintWeb

/// Lints every HTML response record of one web archive: records are read in order, a batch at a
/// time (memory holds one batch), linted on all cores, and reported in archive order under their
/// target URI with the HTTP headers recorded in them (charset, content type).
struct ArchiveRun {
    let path: String
    let linter: Linter
    let maxBytes: Int
    let keepPages: Bool
    static let batch = 64

    func run(_ consume: (FileResult) throws -> Void) throws {
        let reader: WARCReader
        do { reader = try WARCReader(path: path) } catch {
            return try consume(FileResult(path: path, diagnostics: [], error: "\(error)"))
        }
        reader.maxRecord = maxBytes
        var done = false
        while !done {
            var records: [WARCReader.Record] = []
            var failure: WARCReader.Failure?
            while records.count < Self.batch {
                guard let next = reader.next() else { done = true; break }
                switch next {
                case .success(let record):
                    if record.type == "response" && (record.contentType ?? "").lowercased().hasPrefix("application/http") { records.append(record) }
                case .failure(let f):
                    failure = f
                }
                if failure != nil { break }
            }
            var results = [FileResult?](repeating: nil, count: records.count)
            results.withUnsafeMutableBufferPointer { slots in
                let out = UnsafeSendable(slots)
                DispatchQueue.concurrentPerform(iterations: records.count) { k in
                    out.value[k] = lint(records[k])
                }
            }
            for case let result? in results { try consume(result) }
            if let failure {
                // A corrupt or truncated record: reported, and the archive is not read further (it
                // cannot be resynchronised), as a file that could not be read.
                try consume(FileResult(path: "\(path)", diagnostics: [], error: failure.description))
                let _ = reader.next()
                done = true
            }
        }
    }

    private func lint(_ record: WARCReader.Record) -> FileResult? {
        switch WARCReader.httpResponse(record.block, maxBody: maxBytes) {
        case .failure(let f):
            return FileResult(path: record.targetURI, diagnostics: [], error: "archived response at byte \(record.offset): \(f.reason)")
        case .success(let response):
            let (media, charset) = Fetcher.parseContentType(response.header("content-type"))
            guard Fetcher.isPage(media) else { return nil }
            var result = media == "application/xhtml+xml"
                ? XHTMLReader.lint(name: record.targetURI, bytes: response.body, with: linter, keepPage: keepPages)
                : linter.lintServed(name: record.targetURI, bytes: response.body, charset: charset, keepPage: keepPages)
            result.fetch = FetchInfo(url: record.targetURI, finalURL: record.targetURI, redirects: [], status: response.status,
                                     contentType: response.header("content-type"))
            result.url = record.targetURI
            return result
        }
    }
}

/// A buffer written by disjoint iterations of `concurrentPerform`.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
