import Dispatch
import ScriptLint
#if canImport(Glibc)
import Glibc
#endif

/// Lints targets on several threads; results come back in the order of the targets.
struct Driver {
    enum Mode { case lint, fix, fixDryRun }

    /// The linter for each target, by index (one per configuration file, shared).
    let linters: [Linter]
    let jobs: Int
    var mode: Mode = .lint

    static var defaultJobs: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    func run(_ targets: [Target]) -> [FileResult] {
        precondition(linters.count == targets.count)
        var results = [FileResult?](repeating: nil, count: targets.count)
        let queue = WorkQueue()
        let workers = min(jobs, max(1, targets.count))
        results.withUnsafeMutableBufferPointer { out in
            let out = UnsafeMutableSendableBuffer(out)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let k = queue.take()
                    if k >= targets.count { return }
                    out.buffer[k] = lintOne(targets[k], linters[k])
                }
            }
        }
        return results.map { $0! }
    }

    private func lintOne(_ target: Target, _ linter: Linter) -> FileResult {
        switch target {
        case .unusable(let path, let reason):
            return FileResult(path: path, diagnostics: [], error: reason)
        case .standardInput(let name):
            do {
                return try lint(path: name, bytes: try FileSystem.readStandardInput(), writable: false, linter: linter)
            } catch {
                return FileResult(path: name, diagnostics: [], error: "\(error)")
            }
        case .file(let path):
            do {
                return try lint(path: path, bytes: try FileSystem.read(path), writable: true, linter: linter)
            } catch {
                return FileResult(path: path, diagnostics: [], error: "\(error)")
            }
        }
    }

    private func lint(path: String, bytes: [UInt8], writable: Bool, linter: Linter) throws -> FileResult {
        guard mode != .lint else {
            var result = linter.lint(path: path, bytes: bytes)
            result.source = nil
            return result
        }
        let outcome = Fixer.fix(bytes, with: linter)
        var result = FileResult(path: path, diagnostics: outcome.diagnostics)
        result.fixesApplied = outcome.applied
        guard outcome.applied > 0 else { return result }
        if mode == .fixDryRun {
            result.diff = UnifiedDiff.make(old: bytes, new: outcome.bytes, path: path)
        } else if writable {
            do {
                try FileSystem.replace(path, original: bytes, with: outcome.bytes)
            } catch {
                // Not written: report what the file still holds.
                var unfixed = linter.lint(path: path, bytes: bytes)
                unfixed.source = nil
                unfixed.error = "\(error)"
                return unfixed
            }
        }
        return result
    }
}

/// Each index is written by exactly one worker, so sharing the buffer is safe.
struct UnsafeMutableSendableBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}

/// Hands out target indices one at a time, so a slow file never holds up a whole batch.
final class WorkQueue: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var next = 0
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func take() -> Int {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        next += 1
        return next - 1
    }
}
