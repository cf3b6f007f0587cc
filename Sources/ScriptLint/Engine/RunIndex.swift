import Synchronization

/// What one run knows across its files, built once: which files it reads and how each is read,
/// the facts each platform gathers from all of them (WordPress's registrations, Rails' layouts,
/// where Django templates print media), and facts of single files, so that a file read for the
/// run's facts is not lexed again when it is linted. One per configuration; the command line, the
/// language server (with the workspace's files) and the reports give it the files they read.
public final class RunIndex: Sendable {
    private struct Files: Sendable {
        var list: [String] = []
        var set: Set<String> = []
        var dialect: (@Sendable (String, [UInt8]) -> TemplateDialect?)?
    }
    private let files = Mutex(Files())
    /// Facts by key, each behind a lock of its own: building one may ask for another.
    private let facts = Mutex<[String: any Sendable]>([:])
    /// The configuration's platforms, in annotation order.
    let platforms: [any Platform]
    /// Parents, layouts and includes of the run's templates.
    let resolver: TemplateResolver
    /// Threads the run-wide passes may use (the command line's `--jobs`).
    private let workerCount = Atomic<Int>(1)
    public var workers: Int {
        get { workerCount.load(ordering: .relaxed) }
        set { workerCount.store(max(1, newValue), ordering: .relaxed); resolver.workers = max(1, newValue) }
    }

    init(platforms: [any Platform], resolver: TemplateResolver) {
        self.platforms = platforms
        self.resolver = resolver
    }

    /// Tells the index which files the run reads (absolute paths) and in which dialect each is
    /// read; whatever it built for earlier files is dropped.
    public func setFiles(_ list: [String], dialect: @escaping @Sendable (String, [UInt8]) -> TemplateDialect?) {
        files.withLock { $0 = Files(list: list, set: Set(list), dialect: dialect) }
        facts.withLock { $0 = [:] }
        resolver.setRunFiles(list, dialect: dialect)
    }

    /// The run's files as read from disk, once for the run-wide passes and the files' own lint.
    var fileCache: RunFileCache { resolver.files }

    /// The run's files, in the order given.
    var fileList: [String] { files.withLock { $0.list } }

    func contains(_ path: String) -> Bool { files.withLock { $0.set.contains(path) } }

    /// The dialect the run reads a file in (`nil`: plain HTML, or not known to the run).
    func dialect(of path: String, bytes: [UInt8]) -> TemplateDialect? {
        files.withLock { $0.dialect }?(path, bytes)
    }


    private final class Slot<T: Sendable>: Sendable {
        let value = Mutex<T?>(nil)
    }

    private func slot<T: Sendable>(_ key: String, _: T.Type) -> Slot<T> {
        facts.withLock { all in
            if let s = all[key] as? Slot<T> { return s }
            let s = Slot<T>()
            all[key] = s
            return s
        }
    }

    /// A fact of the whole run, built on first use (once, whichever thread asks first).
    func shared<T: Sendable>(_ key: String, _ build: () -> T) -> T {
        slot(key, T.self).value.withLock { cached in
            if let cached { return cached }
            let built = build()
            cached = built
            return built
        }
    }

    /// Facts of single files kept for the run: (byte count, hash of the bytes, fact).
    private struct FileFacts<T: Sendable>: Sendable {
        var byPath: [String: (count: Int, hash: UInt64, value: T)] = [:]
    }

    /// A fact of one of the run's files, computed from its bytes once: the run's facts and the
    /// file's own lint share it. Bytes that differ from what was seen (an editor's buffer) are
    /// read anew and not kept.
    /// `hash`: the bytes' hash when the caller has it (`SourceText.bytesHash`).
    func perFile<T: Sendable>(_ key: String, path: String, bytes: [UInt8], hash known: UInt64? = nil, _ build: ([UInt8]) -> T) -> T {
        guard contains(path) else { return build(bytes) }
        let s = slot(key, FileFacts<T>.self)
        let hash = known ?? runHash(bytes)
        if let hit = s.value.withLock({ $0?.byPath[path] }), hit.count == bytes.count, hit.hash == hash { return hit.value }
        let value = build(bytes)
        s.value.withLock { facts in
            if facts == nil { facts = FileFacts() }
            if facts!.byPath[path] == nil { facts!.byPath[path] = (bytes.count, hash, value) }
        }
        return value
    }

    /// The maskers every platform runs in front of the tokenizer for `dialect`.
    func helperMaskers(for dialect: TemplateDialect) -> [TemplateHelperMasker] {
        platforms.flatMap { $0.helperMaskers(for: dialect) }
    }

}
