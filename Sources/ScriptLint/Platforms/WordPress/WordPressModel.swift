/// The run's WordPress model for each kind of page (front end, admin, login): what is enqueued,
/// and so which dependents move a script, differs between them.
struct WordPressModel: Sendable {
    let runs: [WordPressRun]

    /// `footerPrintsAfter`: a `wp_footer` callback prints markup after the footer scripts.
    init(files: [(path: String, calls: WordPress.FileCalls)], version: [Int], footerPrintsAfter: Bool = false, workers: Int = 1) {
        var pages = Set<String>()
        for (_, calls) in files {
            for c in calls.registrations.map(\.context) + calls.enqueues.map(\.context) { pages.formUnion(c.adminPages) }
        }
        let registry = WordPressRun.Registry(files: files, version: version)
        runs = concurrentMap(WordPress.Context.pages(naming: pages), workers: workers) {
            WordPressRun(files: files, version: version, context: $0, footerPrintsAfter: footerPrintsAfter, registry: registry)
        }
    }

    /// A file's scripts, each as the kind of page that prints it earliest places it (a script no
    /// page of the run enqueues: as any page would), with every kind of page's variant.
    func elements(file: String, calls: WordPress.FileCalls, source: SourceText, firstIndex: Int) -> [ScriptElement] {
        struct Key: Hashable { var start: Int; var handle: String }
        var order: [Key] = []
        var found: [Key: [(context: WordPress.Context, element: ScriptElement, printed: Bool)]] = [:]
        for run in runs {
            for (e, handle) in run.elements(file: file, calls: calls, source: source, firstIndex: 0) {
                let key = Key(start: e.tag.range.start, handle: handle)
                if found[key] == nil { order.append(key) }
                found[key, default: []].append((run.context, e, run.enqueued.contains(handle)))
            }
        }
        return order.enumerated().map { k, key in
            let all = found[key]!
            let printed = all.filter(\.printed)
            let candidates = printed.isEmpty ? all : printed
            // Reported as the page that prints it in <head>, if one does, else as the front end does.
            let reported = candidates.first { $0.element.placement == .head } ?? candidates.first { $0.context == .front } ?? candidates[0]
            var chosen = reported.element
            chosen.index = firstIndex + k
            let variants = candidates.map { c in
                APIFacts.Variant(context: c.context.name, placement: c.element.placement, isAsync: c.element.isAsync,
                                 isDefer: c.element.isDefer, atEndOfBody: c.element.endOfBodyKnown ? c.element.atEndOfBody : nil)
            }
            chosen.api?.variants = printed.isEmpty ? [] : variants
            let first = variants[0]
            if variants.contains(where: { ($0.placement, $0.isAsync, $0.isDefer, $0.atEndOfBody) != (first.placement, first.isAsync, first.isDefer, first.atEndOfBody) }) {
                chosen.api?.why += reported.context == .front ? " (on front-end pages)" : " (on \(reported.context.name) pages)"
            }
            return chosen
        }
    }
}
