#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Threads of the run's own, not Dispatch's pool: on Linux, libdispatch's pool watches its workers
/// through /proc/<tid>/stat and traps where /proc is not mounted (a bare chroot, some sandboxes),
/// and it adds no thread for a block that waits on a condition variable, so workers that wait on
/// each other may never all start. The linter's recursion (nested templates, deep trees) gets a
/// stack larger than the default.
public enum Threads {
    static let stackSize = 16 << 20

    /// Runs `body` on a new detached thread.
    public static func start(_ body: @escaping @Sendable () -> Void) {
        let thread = spawn(body, detached: true)
        precondition(thread != nil, "cannot start a thread")
    }

    /// Runs `body(k)` for k in 0..<count, one thread each (the calling thread takes k = 0), and
    /// returns when all have.
    public static func run(_ count: Int, _ body: @Sendable (Int) -> Void) {
        guard count > 1 else { if count == 1 { body(0) }; return }
        // Every thread is joined before this returns: `body` does not outlive the call.
        withoutActuallyEscaping(body) { body in
            var others: [pthread_t] = []
            for k in 1..<count {
                // A thread that cannot be had: its share runs here.
                if let thread = spawn({ body(k) }, detached: false) { others.append(thread) } else { body(k) }
            }
            body(0)
            for thread in others { pthread_join(thread, nil) }
        }
    }

    private final class Box {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    private static func spawn(_ body: @escaping @Sendable () -> Void, detached: Bool) -> pthread_t? {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        if detached { pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED)) }
        pthread_attr_setstacksize(&attributes, stackSize)
        var thread = pthread_t()
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        let status = pthread_create(&thread, &attributes, { raw in
            Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue().body()
            return nil
        }, box)
        guard status == 0 else {
            Unmanaged<Box>.fromOpaque(box).release()
            return nil
        }
        return thread
    }
}
