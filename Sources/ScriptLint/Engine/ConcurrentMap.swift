import Synchronization

/// `f` over `items` on up to `workers` threads, the results in the items' order: the run-wide
/// passes (every PHP file's WordPress calls, every template's includes, WordPress's model of each
/// kind of page) work on each item on its own, and the first file that needs them would otherwise
/// wait for one thread to do them all.
func concurrentMap<I: Sendable, T: Sendable>(_ items: [I], workers: Int, _ f: @Sendable (I) -> T) -> [T] {
    guard workers > 1, items.count > 1 else { return items.map(f) }
    let results = Mutex<[Int: T]>([:])
    let next = Atomic<Int>(0)
    Threads.run(min(workers, items.count)) { _ in
        while true {
            let k = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard k < items.count else { return }
            let value = f(items[k])
            results.withLock { $0[k] = value }
        }
    }
    let all = results.withLock { $0 }
    return items.indices.map { all[$0]! }
}
