/// Where WordPress prints each script of a run and how it loads it, from every file's API calls
/// and core's own registrations, following `WP_Scripts` (groups: a dependency is printed no later
/// than its dependents; since 6.3 a `defer`/`async` strategy falls back when a dependent cannot wait).
/// One per kind of page; handles are numbered once for the whole run (`Registry`), so that the
/// work of each kind of page is done on arrays rather than on dictionaries of names.
struct WordPressRun: Sendable {
    struct Site: Sendable, Hashable {
        /// The file's place among the run's paths in order (`Registry.rank(of:)`): a site holds no
        /// path, so that the work of each kind of page copies and compares no string.
        var rank: Int
        var range: ByteRange
    }

    struct Entry: Sendable {
        var handle: String
        /// `nil` for an alias.
        var source: WordPress.Source?
        /// `nil` when not a literal list.
        var dependencies: [String]?
        /// 0 head, 1 footer, `nil` not known.
        var group: Int?
        /// The intended strategy; `.some(nil)` none, `nil` not known.
        var strategy: String??
        var inlineAfter = false
        /// An IE conditional comment's condition (`lt IE 9`): no current browser loads the script.
        var conditional: String?
        /// Where the run registers it; `nil` for core's own.
        var site: Site?
        var registration: WordPress.Registration?
        /// Why it is in its group, in words.
        var groupWhy: String
    }

    /// A script a file adds through the API: a registration the run keeps, or a core script that a
    /// call of the file is the first to pull in.
    struct Candidate: Sendable {
        var id: Int
        var src: String
        var range: ByteRange
        var call: String
        var registration: WordPress.Registration?
    }

    /// How one kind of page prints a candidate: what the model compares between kinds of page.
    struct Printing: Sendable, Equatable {
        var placement: Placement
        var isAsync: Bool
        var isDefer: Bool
        /// `nil` when not known.
        var atEndOfBody: Bool?
        /// Whether the run enqueues it on this kind of page.
        var printed: Bool
    }

    let version: [Int]
    /// The kind of page whose enqueues count.
    let context: WordPress.Context
    /// Whether the footer scripts end `<body>` on this kind of page (`nil`: not known).
    let footerEndsBody: Bool?
    let registry: Registry
    /// By handle: what the run enqueues on this kind of page, with their dependencies (what
    /// WordPress may print).
    private(set) var enqueued: [Bool]
    /// By handle: enqueued only at footer time on this kind of page, so printed in the footer.
    private var footerTime: [Bool]
    /// By handle: enqueued handles that depend on it, in name order.
    private var dependentsOf: [[Int]]
    /// For each core handle, by the file of the call: the first call of the run that enqueues it
    /// or depends on it, in file order (then by handle).
    /// By the rank of the file.
    private var referencesByFile: [Int: [(id: Int, site: Site)]] = [:]
    /// Each handle's group on this kind of page; `nil` when the dependents reach a cycle (then
    /// each question is a search of its own).
    private var groups: [(group: Int?, why: String)?]?

    var supportsStrategies: Bool { version.lexicographicallyPrecedes([6, 3]) == false }

    /// What every kind of page shares: the registered handles (core's and the run's, with their
    /// data), the filters' attributes and the calls of each file, with every handle numbered.
    /// Built once for all of a model's pages.
    struct Registry: Sendable {
        /// Handles by number.
        private(set) var names: [String] = []
        private(set) var ids: [String: Int] = [:]
        private(set) var entries: [Entry?] = []
        /// Attributes `script_loader_tag` filters add, by handle.
        private(set) var filtered: [Set<String>] = []
        private(set) var files: [FileCalls] = []
        private var ranks: [String: Int] = [:]
        // What each kind of page asks of `entries`, by handle, so that no entry is copied to ask it.
        /// Registered (core's table or a call of the run).
        private(set) var known: [Bool] = []
        /// Registered by a call of the run (`Entry.site`).
        private(set) var registeredInRun: [Bool] = []
        private(set) var dependencyIDs: [[Int]] = []
        private(set) var ownGroups: [Int?] = []
        private(set) var groupWhys: [String] = []
        private(set) var strategies: [String??] = []
        private(set) var hasSource: [Bool] = []
        private(set) var inlineAfter: [Bool] = []

        struct Call: Sendable {
            var id: Int
            var range: ByteRange
            var context: WordPress.Context
            var late: Bool
            var enqueued: Bool
            var dependencies: [Int]
        }

        struct FileCalls: Sendable {
            var path: String
            var rank: Int
            var registrations: [Call] = []
            var enqueues: [Call] = []
        }

        init(files: [(path: String, calls: WordPress.FileCalls)], version: [Int]) {
            for (k, path) in Set(files.map(\.path)).sorted().enumerated() { ranks[path] = k }
            var entries: [String: Entry] = [:]
            var filtered: [String: Set<String>] = [:]
            let deregistered = Set(files.flatMap(\.calls.deregistered))
            let core = WordPressCore.handles(for: version)
            for (name, h) in core where !deregistered.contains(name) {
                entries[name] = Entry(handle: name, source: h.hasSource ? .literal("") : nil, dependencies: h.dependencies, group: h.group,
                                      strategy: .some(h.strategy), inlineAfter: h.inlineAfter,
                                      groupWhy: h.group == 1 ? "WordPress core prints it in the footer" : "WordPress core prints it in <head>")
            }
            let supports = version.lexicographicallyPrecedes([6, 3]) == false
            for (path, calls) in files {
                let rank = ranks[path]!
                // WordPress's own sources in the run: core's handles are reported where core registers them.
                if utf8Contains(path, "/wp-includes/") || utf8Contains(path, "/wp-admin/") {
                    for r in calls.registrations where core[r.handle] != nil && entries[r.handle]?.site == nil {
                        entries[r.handle]?.site = Site(rank: rank, range: r.range)
                        let footer = entries[r.handle]!.group == 1
                        entries[r.handle]?.groupWhy = footer ? "registered for the footer" : "registered for <head>"
                    }
                }
                for r in calls.registrations where entries[r.handle] == nil || entries[r.handle]?.site == nil && deregistered.contains(r.handle) {
                    let (group, strategy, why) = WordPressRun.placement(of: r, supportsStrategies: supports)
                    entries[r.handle] = Entry(handle: r.handle, source: r.source == .alias ? nil : r.source, dependencies: r.dependencies,
                                              group: group, strategy: strategy, site: Site(rank: rank, range: r.range),
                                              registration: r, groupWhy: why)
                }
            }
            for (_, calls) in files {
                for d in calls.data {
                    guard entries[d.handle] != nil else { continue }
                    switch d.key {
                    case "group":
                        if let t = d.value.truthy { if t { entries[d.handle]!.group = 1; entries[d.handle]!.groupWhy = "`group` data 1: the footer" } } else { entries[d.handle]!.group = nil }
                    case "strategy" where supports:
                        switch d.value {
                        case .string(let s): entries[d.handle]!.strategy = .some(s == "defer" || s == "async" ? s : nil)
                        case .bool(false), .null: entries[d.handle]!.strategy = .some(nil)
                        default: entries[d.handle]!.strategy = nil
                        }
                    case "conditional":
                        // `wp_script_add_data( 'html5', 'conditional', 'lt IE 9' )`: printed inside an
                        // IE conditional comment (and since 6.9 not at all), which no current browser loads.
                        if case .string(let s) = d.value, !s.isEmpty { entries[d.handle]!.conditional = s }
                    default: break
                    }
                }
                for h in calls.inlineAfter { entries[h]?.inlineAfter = true }
                for f in calls.filtered { filtered[f.handle, default: []].insert(f.attribute) }
            }
            // Every handle named, numbered (registered ones in name order, then as the calls name them).
            for name in entries.keys.sorted() { _ = number(name) }
            for e in entries.values { for d in e.dependencies ?? [] { _ = number(d) } }
            for (path, calls) in files {
                var refs = FileCalls(path: path, rank: ranks[path]!)
                for r in calls.registrations {
                    refs.registrations.append(Call(id: number(r.handle), range: r.range, context: r.context, late: r.late, enqueued: r.enqueued,
                                                   dependencies: (r.dependencies ?? []).map { number($0) }))
                }
                for e in calls.enqueues {
                    refs.enqueues.append(Call(id: number(e.handle), range: e.range, context: e.context, late: e.late, enqueued: true, dependencies: []))
                }
                self.files.append(refs)
            }
            self.entries = names.map { entries[$0] }
            self.filtered = names.map { filtered[$0] ?? [] }
            known = self.entries.map { $0 != nil }
            registeredInRun = self.entries.map { $0?.site != nil }
            dependencyIDs = self.entries.map { e in (e?.dependencies ?? []).map { ids[$0]! } }
            ownGroups = self.entries.map { $0?.group }
            groupWhys = self.entries.map { $0?.groupWhy ?? "" }
            strategies = self.entries.map { $0?.strategy ?? nil }
            hasSource = self.entries.map { $0?.source != nil }
            inlineAfter = self.entries.map { $0?.inlineAfter ?? false }
        }

        private mutating func number(_ name: String) -> Int {
            if let k = ids[name] { return k }
            ids[name] = names.count
            names.append(name)
            return names.count - 1
        }

        /// A file's place among the run's paths in order.
        func rank(of path: String) -> Int? { ranks[path] }

        /// The registrations of `file` that the run keeps, with the source each prints.
        func kept(file: String, calls: WordPress.FileCalls) -> [Candidate] {
            var out: [Candidate] = []
            for r in calls.registrations {
                guard let id = ids[r.handle], let e = entries[id], let site = e.site, site.range == r.range, site.rank == ranks[file],
                      e.conditional == nil, var src = e.source else { continue }
                // Core's table knows that a handle loads a file, not which: the call says.
                if src == .literal("") { src = r.source == .alias ? .literal(r.handle) : r.source }
                switch src {
                case .literal(let s), .expression(let s): out.append(Candidate(id: id, src: s, range: r.range, call: r.function, registration: r))
                case .alias: continue
                }
            }
            return out
        }
    }

    init(version: [Int], context: WordPress.Context = .any, footerPrintsAfter: Bool = false, registry: Registry) {
        self.version = version
        self.context = context
        self.registry = registry
        // The front end's footer is `wp_footer`: a callback printing after its scripts means they
        // do not end the body.
        footerEndsBody = footerPrintsAfter && (context == .front || context == .any) ? false : context.footerEndsBody
        let n = registry.names.count, registered = registry.registeredInRun, dependencies = registry.dependencyIDs
        // Which of each file's calls run on this kind of page.
        let files = registry.files.map { f in
            (file: f, registrations: f.registrations.filter { context.includes($0.context) }, enqueues: f.enqueues.filter { context.includes($0.context) })
        }
        // What WordPress may print: what the run enqueues, and their dependencies.
        var queue: [Int] = []
        for f in files {
            for r in f.registrations where r.enqueued { queue.append(r.id) }
            for e in f.enqueues { queue.append(e.id) }
        }
        // A core script is reported at the first call that pulls it in — one made before <head>
        // is printed when there is one, since a footer-time call does not put it in <head>.
        var firstReference = [Site?](repeating: nil, count: n)
        for late in [false, true] {
            var found = [Site?](repeating: nil, count: n), touched: [Int] = []
            func consider(_ h: Int, _ site: Site) {
                guard !registered[h], firstReference[h] == nil else { return }
                if let known = found[h] {
                    if Self.earlier(site, known) { found[h] = site }
                } else {
                    found[h] = site
                    touched.append(h)
                }
            }
            for f in files {
                for e in f.enqueues where e.late == late { consider(e.id, Site(rank: f.file.rank, range: e.range)) }
                for r in f.registrations where r.late == late {
                    let site = Site(rank: f.file.rank, range: r.range)
                    for d in r.dependencies { consider(d, site) }
                }
            }
            for h in touched { firstReference[h] = found[h] }
        }
        // What is enqueued before `<head>` is printed, with its dependencies; the rest is enqueued
        // only at footer time (`wp_footer`, `wp_print_footer_scripts`) and printed in the footer.
        var early = [Bool](repeating: false, count: n), earlyQueue: [Int] = []
        for f in files {
            for r in f.registrations where r.enqueued && !r.late { earlyQueue.append(r.id) }
            for e in f.enqueues where !e.late { earlyQueue.append(e.id) }
        }
        while let h = earlyQueue.popLast() {
            guard !early[h] else { continue }
            early[h] = true
            earlyQueue += dependencies[h]
        }
        enqueued = [Bool](repeating: false, count: n)
        while let h = queue.popLast() {
            guard !enqueued[h] else { continue }
            enqueued[h] = true
            queue += dependencies[h]
        }
        footerTime = [Bool](repeating: false, count: n)
        dependentsOf = [[Int]](repeating: [], count: n)
        for h in 0..<n where enqueued[h] && registry.known[h] {
            if !early[h] && registry.ownGroups[h] != 1 { footerTime[h] = true }
            for d in dependencies[h] { dependentsOf[d].append(h) }
        }
        let names = registry.names
        for d in 0..<n where dependentsOf[d].count > 1 { dependentsOf[d].sort { names[$0] < names[$1] } }
        // A core handle is reached through the run's first reference to whatever pulls it in.
        // (The earliest site wins, so that the result does not depend on numbering.)
        var changed = true
        while changed {
            changed = false
            let order = (0..<n).compactMap { h in firstReference[h].map { (h: h, site: $0) } }
                .sorted { Self.earlier($0.site, $1.site) || $0.site == $1.site && names[$0.h] < names[$1.h] }
            for (h, site) in order {
                for d in dependencies[h] where !registered[d] {
                    if let known = firstReference[d], !Self.earlier(site, known) { continue }
                    firstReference[d] = site
                    changed = true
                }
            }
        }
        // Every admin page (the editor's and the customizer's too) has core's own `common`, `utils`
        // and `svg-painter` (wp-admin/admin-header.php; the customizer its controls), with jQuery:
        // a call that depends on them there does not put them on the page.
        switch context {
        case .admin, .adminPage, .editor, .customizer:
            var own = [Bool](repeating: false, count: n)
            var pending = (["common", "utils", "svg-painter"] + (context == .customizer ? ["customize-controls"] : [])).compactMap { registry.ids[$0] }
            while let h = pending.popLast() {
                guard !own[h] else { continue }
                own[h] = true
                pending += dependencies[h]
            }
            for h in 0..<n where own[h] && !registered[h] { firstReference[h] = nil }
        default:
            break
        }
        for h in 0..<n { if let site = firstReference[h] { referencesByFile[site.rank, default: []].append((h, site)) } }
        for file in referencesByFile.keys {
            referencesByFile[file]!.sort { ($0.site.range.start, names[$0.id]) < ($1.site.range.start, names[$1.id]) }
        }
        // Each handle's group, resolved through its dependents while they reach no cycle.
        var memo = [(group: Int?, why: String)?](repeating: nil, count: n), onPath = [Bool](repeating: false, count: n)
        groups = nil
        var acyclic = true
        for h in 0..<n where memo[h] == nil && resolvedGroup(h, &memo, &onPath) == nil {
            acyclic = false
            break
        }
        if acyclic { groups = memo }
    }

    /// A handle's own group on this kind of page.
    private func ownGroup(_ h: Int) -> (group: Int?, why: String) {
        footerTime[h] ? (1, "enqueued at footer time (`wp_footer`, `wp_print_footer_scripts`), after <head> is printed: the footer")
            : (registry.ownGroups[h], registry.groupWhys[h])
    }

    /// A handle's group with each dependent resolved once, while no cycle is reached: then a
    /// search from each handle gives the same answer (a dependent seen twice has already decided
    /// the result). `nil` when the dependents reach a cycle.
    private func resolvedGroup(_ h: Int, _ memo: inout [(group: Int?, why: String)?], _ onPath: inout [Bool]) -> (group: Int?, why: String)? {
        if let known = memo[h] { return known }
        guard registry.known[h] else { return (nil, "") }
        var result = ownGroup(h)
        if result.group != 0 {
            guard !onPath[h] else { return nil }
            onPath[h] = true
            for d in dependentsOf[h] {
                guard let r = resolvedGroup(d, &memo, &onPath) else { return nil }
                if r.group == 0 { result = (0, "moved into <head>: `\(registry.names[d])` depends on it"); break }
                if r.group == nil { result = (nil, "") }
            }
            onPath[h] = false
        }
        memo[h] = result
        return result
    }

    /// Sites in file order.
    static func earlier(_ a: Site, _ b: Site) -> Bool { (a.rank, a.range.start, a.range.end) < (b.rank, b.range.start, b.range.end) }

    /// The group and intended strategy one registration asks for.
    static func placement(of r: WordPress.Registration, supportsStrategies: Bool) -> (Int?, String??, String) {
        let argName = r.args?.name.map { "`\($0)`" } ?? (r.isAddMethod ? "the fifth argument" : "`$in_footer`")
        if r.isAddMethod {
            // WP_Scripts puts `->add()` in the footer only for an `$args` of exactly 1; `add_data` may change it.
            if case .number(let n) = r.argsValue { return (n == "1" ? 1 : 0, .some(nil), n == "1" ? "added with args 1: the footer" : "added for <head>") }
            return r.args == nil ? (0, .some(nil), "added without a group: <head>") : (nil, nil, "")
        }
        guard r.args != nil else { return (0, .some(nil), "\(r.function) without `$in_footer`: <head>") }
        if supportsStrategies, case .array = r.argsValue {
            guard let footer = r.argsValue.entry("in_footer"), let strategy = r.argsValue.entry("strategy") else { return (nil, nil, "") }
            let group: Int? = footer.map { $0.value.truthy.map { $0 ? 1 : 0 } } ?? 0
            let intended: String??
            switch strategy?.value {
            case nil: intended = .some(nil)
            case .string(let s)?: intended = .some(s == "defer" || s == "async" ? s : nil)
            case .bool(false)?, .null?: intended = .some(nil)
            default: intended = nil
            }
            let why = group == 1 ? "`in_footer` true: the footer" : footer == nil ? "\(r.function) without `in_footer`: <head>" : "`in_footer` false: <head>"
            return (group, intended, why)
        }
        // Before 6.3 the fifth argument is `$in_footer`, read as a boolean (an array that is not
        // empty counts as true).
        guard let t = r.argsValue.truthy else { return (nil, nil, "") }
        let shown: String
        if case .array = r.argsValue { shown = "an array (before WordPress 6.3, a true `$in_footer`)" } else { shown = t ? "true" : "false" }
        return (t ? 1 : 0, .some(nil), t ? "\(argName) \(shown): the footer" : "\(argName) \(shown): <head>")
    }

    /// The group WordPress prints a handle in: its own, or its earliest enqueued dependent's.
    func group(_ h: Int) -> (group: Int?, why: String) {
        if let groups { return groups[h] ?? (nil, "") }
        var seen = [Bool](repeating: false, count: registry.names.count)
        return search(h, &seen)
    }

    private func search(_ h: Int, _ seen: inout [Bool]) -> (group: Int?, why: String) {
        guard registry.known[h] else { return (nil, "") }
        let own = ownGroup(h)
        guard own.group != 0, !seen[h] else { return own }
        seen[h] = true
        var result = own
        for d in dependentsOf[h] {
            let g = search(d, &seen).group
            if g == 0 { return (0, "moved into <head>: `\(registry.names[d])` depends on it") }
            if g == nil { result = (nil, "") }
        }
        return result
    }

    /// Enqueued handles that depend on `h`, in name order.
    func dependents(of h: Int) -> [Int] { dependentsOf[h] }

    /// The strategy WordPress prints (6.3+ `get_eligible_loading_strategy`): `.some(nil)` blocking,
    /// `nil` not known; with why it falls back, when it does.
    func strategy(_ h: Int, intending: String? = nil) -> (strategy: String??, why: String?) {
        guard supportsStrategies, registry.known[h] else { return (.some(nil), nil) }
        guard let intended = intending.map({ .some($0) }) ?? registry.strategies[h] else { return (nil, nil) }
        guard let wanted = intended else { return (.some(nil), nil) }
        // What may still be printed: 1 `defer`, 2 `async`.
        var eligible: UInt8? = wanted == "defer" ? 1 : 3
        var checked = Set<Int>()
        var why: String?
        func filter(_ h: Int) {
            guard let now = eligible, now != 0, checked.insert(h).inserted, registry.known[h] else { return }
            guard enqueued[h] || checked.count == 1 else { return }
            guard let intended = checked.count == 1 && intending != nil ? .some(intending) : registry.strategies[h] else { eligible = nil; return }
            if registry.hasSource[h] && intended == nil { eligible = 0; why = why ?? "`\(registry.names[h])`, which depends on it, is blocking"; return }
            if registry.inlineAfter[h] { eligible = 0; why = why ?? "`\(registry.names[h])` has an inline script after it"; return }
            if intended == "defer" { eligible = now & 1 }
            for d in dependentsOf[h] { filter(d) }
        }
        filter(h)
        guard let result = eligible else { return (nil, nil) }
        if result == 0 { return (.some(nil), why.map { "`\(wanted)` strategy dropped: \($0)" }) }
        let s = result & 2 != 0 ? "async" : "defer"
        return (.some(s), s == wanted ? nil : "`async` strategy becomes `defer`: a dependent is deferred")
    }
}

extension WordPressRun {
    /// The core scripts that a call of `file` is the first to pull in on this kind of page.
    func references(file: String) -> [Candidate] {
        (registry.rank(of: file).flatMap { referencesByFile[$0] } ?? []).compactMap { h, site in
            guard let e = registry.entries[h], e.site == nil, e.source != nil, e.conditional == nil else { return nil }
            return Candidate(id: h, src: registry.names[h], range: site.range, call: "WordPress core", registration: nil)
        }
    }

    /// How this kind of page prints a candidate (what `element` would give, without building it).
    func printing(_ c: Candidate) -> Printing {
        let group = group(c.id).group
        let strategy = strategy(c.id).strategy
        let added = registry.filtered[c.id]
        let placement: Placement = group == 0 ? .head : group == 1 ? .body : .unknown
        let endOfBodyKnown = group != nil && !(group == 1 && footerEndsBody == nil)
        return Printing(placement: placement, isAsync: added.contains("async") || strategy == .some("async"),
                        isDefer: added.contains("defer") || strategy == .some("defer"),
                        atEndOfBody: endOfBodyKnown ? group == 1 && footerEndsBody == true : nil, printed: enqueued[c.id])
    }

    /// A candidate as this kind of page prints it.
    func element(_ c: Candidate, index: Int) -> ScriptElement {
        let e = registry.entries[c.id]!
        let (group, groupWhy) = group(c.id)
        let (strategy, strategyWhy) = strategy(c.id)
        let range = c.range
        var attributes = [Attribute(name: "src", value: c.src, range: range, valueRange: nil, leadingSpaceStart: range.start)]
        let added = registry.filtered[c.id]
        var loading = added
        if let s = strategy ?? nil { loading.insert(s) }
        for name in loading.sorted() { attributes.append(Attribute(name: name, value: nil, range: range, valueRange: nil, leadingSpaceStart: range.start)) }
        let tag = StartTag(name: "script", attributes: attributes, range: range, selfClosing: false)
        var s = ScriptElement.make(tag, isSVG: false, inert: nil, placement: group == 0 ? .head : group == 1 ? .body : .unknown, index: index)
        s.atEndOfBody = group == 1 && footerEndsBody == true
        var why = [e.site == nil ? "WordPress core's, pulled in by this call" : nil, group == nil ? nil : groupWhy, strategyWhy]
        if !added.isEmpty { why.append("a `script_loader_tag` filter adds \(added.sorted().map { "`\($0)`" }.joined(separator: " and "))") }
        var api = APIFacts(platform: .wordpress, call: c.call, handle: e.registration?.shownHandle ?? e.handle, dependencies: e.dependencies ?? [],
                           why: why.compactMap { $0 }.joined(separator: "; "))
        api.unknownLoading = strategy == nil
        api.endOfBodyUnknown = group == 1 && footerEndsBody == nil
        if let r = c.registration { api.additions = additions(r, handle: c.id) }
        s.api = api
        return s
    }
}
