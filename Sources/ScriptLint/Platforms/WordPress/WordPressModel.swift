/// The run's WordPress model for each kind of page (front end, admin, login): what is enqueued,
/// and so which dependents move a script, differs between them.
struct WordPressModel: Sendable {
    let registry: WordPressRun.Registry
    let runs: [WordPressRun]

    /// `footerPrintsAfter`: a `wp_footer` callback prints markup after the footer scripts.
    init(files: [(path: String, calls: WordPress.FileCalls)], version: [Int], footerPrintsAfter: Bool = false, workers: Int = 1) {
        var pages = Set<String>()
        for (_, calls) in files {
            for c in calls.registrations.map(\.context) + calls.enqueues.map(\.context) { pages.formUnion(c.adminPages) }
        }
        let registry = WordPressRun.Registry(files: files, version: version)
        self.registry = registry
        runs = concurrentMap(WordPress.Context.pages(naming: pages), workers: workers) {
            WordPressRun(version: version, context: $0, footerPrintsAfter: footerPrintsAfter, registry: registry)
        }
    }

    /// A file's scripts, each as the kind of page that prints it earliest places it (a script no
    /// page of the run enqueues: as any page would), with every kind of page's variant. Each kind
    /// of page says how it prints them; only the one reported is built as an element.
    func elements(file: String, calls: WordPress.FileCalls, source: SourceText, firstIndex: Int) -> [ScriptElement] {
        struct Key: Hashable { var start: Int; var id: Int }
        let kept = registry.kept(file: file, calls: calls)
        var order: [(key: Key, candidate: WordPressRun.Candidate)] = []
        var found: [Key: [(run: Int, printing: WordPressRun.Printing)]] = [:]
        for (k, run) in runs.enumerated() {
            for c in kept + run.references(file: file) {
                let key = Key(start: c.range.start, id: c.id)
                if found[key] == nil { order.append((key, c)) }
                found[key, default: []].append((k, run.printing(c)))
            }
        }
        return order.enumerated().map { k, item in
            let all = found[item.key]!
            let printed = all.filter(\.printing.printed)
            let candidates = printed.isEmpty ? all : printed
            // Reported as the page that prints it in <head>, if one does, else as the front end does.
            let reported = candidates.first { $0.printing.placement == .head } ?? candidates.first { runs[$0.run].context == .front } ?? candidates[0]
            let run = runs[reported.run]
            var chosen = run.element(item.candidate, index: firstIndex + k)
            let variants = candidates.map { c in
                APIFacts.Variant(context: runs[c.run].context.name, placement: c.printing.placement, isAsync: c.printing.isAsync,
                                 isDefer: c.printing.isDefer, atEndOfBody: c.printing.atEndOfBody)
            }
            chosen.api?.variants = printed.isEmpty ? [] : variants
            let first = variants[0]
            if variants.contains(where: { ($0.placement, $0.isAsync, $0.isDefer, $0.atEndOfBody) != (first.placement, first.isAsync, first.isDefer, first.atEndOfBody) }) {
                chosen.api?.why += run.context == .front ? " (on front-end pages)" : " (on \(run.context.name) pages)"
            }
            return chosen
        }
    }
}
