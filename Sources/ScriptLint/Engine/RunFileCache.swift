import Synchronization

/// The run's files read from disk once: the run-wide passes (the include index, the platforms'
/// models, the pages an include is placed in) and each file's own lint share one read, and one
/// hash of the bytes, by which the run's caches (`RunIndex.perFile`, the include index's scans)
/// tell whether bytes are those they saw. On WordPress's tree each file was read three times, and
/// opening and reading were an eighth of the time.
///
/// At most `budget` bytes are kept at once, and a file's own lint drops its bytes, so memory does
/// not grow with the run; past the budget files are read from disk each time, as before.
final class RunFileCache: Sendable {
    /// One file's bytes as read, with their hash made on first use.
    final class File: Sendable {
        let bytes: [UInt8]
        private let hashStorage = Mutex<UInt64?>(nil)

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var hash: UInt64 {
            if let known = hashStorage.withLock({ $0 }) { return known }
            let h = runHash(bytes)
            hashStorage.withLock { $0 = h }
            return h
        }
    }

    private struct State: Sendable {
        var byPath: [String: File] = [:]
        var bytes = 0
    }
    private let state = Mutex(State())
    static let budget = 32 << 20

    /// Drops every kept file (a new run, or the files changed).
    func clear() { state.withLock { $0 = State() } }

    /// The file at `path` (absolute): as kept, else read from disk and kept when there is room.
    func read(_ path: String) throws -> File {
        if let kept = state.withLock({ $0.byPath[path] }) { return kept }
        let file = File(try FileSystem.read(path))
        return state.withLock { s in
            if let kept = s.byPath[path] { return kept }
            if s.bytes + file.bytes.count <= Self.budget {
                s.byPath[path] = file
                s.bytes += file.bytes.count
            }
            return file
        }
    }

    /// The kept bytes of `path`, if it is kept.
    func kept(_ path: String) -> [UInt8]? { state.withLock { $0.byPath[path]?.bytes } }

    /// The hash of `bytes` when they are the kept bytes of `path` (the same storage: a copy of the
    /// array that was read, so the same bytes), without reading them again.
    func hash(of path: String, bytes: [UInt8]) -> UInt64? {
        guard let file = state.withLock({ $0.byPath[path] }), file.bytes.count == bytes.count else { return nil }
        let same = file.bytes.withUnsafeBufferPointer { a in bytes.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
        return same ? file.hash : nil
    }

    /// Drops the bytes of `path` (its lint is done with them).
    func release(_ path: String) {
        state.withLock { s in
            if let file = s.byPath.removeValue(forKey: path) { s.bytes -= file.bytes.count }
        }
    }
}
