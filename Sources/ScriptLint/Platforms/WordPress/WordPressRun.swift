import Synchronization

/// Where WordPress prints each script of a run and how it loads it, from every file's API calls
/// and core's own registrations, following `WP_Scripts` (groups: a dependency is printed no later
/// than its dependents; since 6.3 a `defer`/`async` strategy falls back when a dependent cannot wait).
struct WordPressRun: Sendable {
    struct Site: Sendable, Hashable {
        var file: String
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

    let version: [Int]
    /// The kind of page whose enqueues count.
    let context: WordPress.Context
    /// Whether the footer scripts end `<body>` on this kind of page (`nil`: not known).
    let footerEndsBody: Bool?
    var entries: [String: Entry] = [:]
    /// Handles the run enqueues, with their dependencies (what WordPress may print).
    var enqueued = Set<String>()
    /// For each core handle: the first call of the run that enqueues it or depends on it.
    var firstReference: [String: Site] = [:]
    var filtered: [String: Set<String>] = [:]
    /// Handle → the enqueued handles that depend on it, sorted.
    var dependentsMap: [String: [String]] = [:]
    /// `firstReference` by the file of the call, in file order (then by handle).
    var referencesByFile: [String: [(handle: String, site: Site)]] = [:]
    /// `group(_:)` of the handles asked so far, resolved once each; whether the dependents were
    /// found to reach a cycle (then each question is a search of its own). Shared by the threads
    /// that ask.
    private final class Groups: Sendable {
        let resolved = Mutex<[String: (group: Int?, why: String)]>([:])
        let cyclic = Atomic<Bool>(false)
    }
    private let groups = Groups()

    var supportsStrategies: Bool { version.lexicographicallyPrecedes([6, 3]) == false }

    /// What every kind of page shares: the registered handles (core's and the run's, with their
    /// data) and the filters' attributes. Built once for all of a model's pages.
    struct Registry: Sendable {
        var entries: [String: Entry] = [:]
        var filtered: [String: Set<String>] = [:]

        init(files: [(path: String, calls: WordPress.FileCalls)], version: [Int]) {
            let deregistered = Set(files.flatMap(\.calls.deregistered))
            let core = WordPressCore.handles(for: version)
            for (name, h) in core where !deregistered.contains(name) {
                entries[name] = Entry(handle: name, source: h.hasSource ? .literal("") : nil, dependencies: h.dependencies, group: h.group,
                                      strategy: .some(h.strategy), inlineAfter: h.inlineAfter,
                                      groupWhy: h.group == 1 ? "WordPress core prints it in the footer" : "WordPress core prints it in <head>")
            }
            let supports = version.lexicographicallyPrecedes([6, 3]) == false
            for (path, calls) in files {
                // WordPress's own sources in the run: core's handles are reported where core registers them.
                if utf8Contains(path, "/wp-includes/") || utf8Contains(path, "/wp-admin/") {
                    for r in calls.registrations where core[r.handle] != nil && entries[r.handle]?.site == nil {
                        entries[r.handle]?.site = Site(file: path, range: r.range)
                        let footer = entries[r.handle]!.group == 1
                        entries[r.handle]?.groupWhy = footer ? "registered for the footer" : "registered for <head>"
                    }
                }
                for r in calls.registrations where entries[r.handle] == nil || entries[r.handle]?.site == nil && deregistered.contains(r.handle) {
                    let (group, strategy, why) = WordPressRun.placement(of: r, supportsStrategies: supports)
                    entries[r.handle] = Entry(handle: r.handle, source: r.source == .alias ? nil : r.source, dependencies: r.dependencies,
                                              group: group, strategy: strategy, site: Site(file: path, range: r.range), registration: r, groupWhy: why)
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
        }
    }

    init(files: [(path: String, calls: WordPress.FileCalls)], version: [Int], context: WordPress.Context = .any, footerPrintsAfter: Bool = false,
         registry: Registry? = nil) {
        self.version = version
        self.context = context
        // The front end's footer is `wp_footer`: a callback printing after its scripts means they
        // do not end the body.
        footerEndsBody = footerPrintsAfter && (context == .front || context == .any) ? false : context.footerEndsBody
        let shared = registry ?? Registry(files: files, version: version)
        entries = shared.entries
        filtered = shared.filtered
        // What WordPress may print: what the run enqueues, and their dependencies.
        var queue: [String] = []
        for (_, calls) in files {
            for r in calls.registrations where r.enqueued && context.includes(r.context) { queue.append(r.handle) }
            for e in calls.enqueues where context.includes(e.context) { queue.append(e.handle) }
        }
        // A core script is reported at the first call that pulls it in — one made before <head>
        // is printed when there is one, since a footer-time call does not put it in <head>.
        for late in [false, true] {
            var found: [String: Site] = [:]
            for (path, calls) in files {
                for e in calls.enqueues where e.late == late && context.includes(e.context) {
                    let site = Site(file: path, range: e.range)
                    if entries[e.handle]?.site == nil && firstReference[e.handle] == nil && found[e.handle].map({ Self.earlier(site, $0) }) ?? true { found[e.handle] = site }
                }
                for r in calls.registrations where r.late == late && context.includes(r.context) {
                    let site = Site(file: path, range: r.range)
                    for d in r.dependencies ?? [] where entries[d]?.site == nil && firstReference[d] == nil && found[d].map({ Self.earlier(site, $0) }) ?? true {
                        found[d] = site
                    }
                }
            }
            firstReference.merge(found) { old, _ in old }
        }
        // What is enqueued before `<head>` is printed, with its dependencies; the rest is enqueued
        // only at footer time (`wp_footer`, `wp_print_footer_scripts`) and printed in the footer.
        var early = Set<String>(), earlyQueue: [String] = []
        for (_, calls) in files {
            for r in calls.registrations where r.enqueued && !r.late && context.includes(r.context) { earlyQueue.append(r.handle) }
            for e in calls.enqueues where !e.late && context.includes(e.context) { earlyQueue.append(e.handle) }
        }
        while let h = earlyQueue.popLast() {
            guard early.insert(h).inserted else { continue }
            earlyQueue += entries[h]?.dependencies ?? []
        }
        while let h = queue.popLast() {
            guard enqueued.insert(h).inserted else { continue }
            queue += entries[h]?.dependencies ?? []
        }
        for h in enqueued where !early.contains(h) && entries[h]?.group != 1 {
            entries[h]?.group = 1
            entries[h]?.groupWhy = "enqueued at footer time (`wp_footer`, `wp_print_footer_scripts`), after <head> is printed: the footer"
        }
        for h in enqueued {
            for d in entries[h]?.dependencies ?? [] { dependentsMap[d, default: []].append(h) }
        }
        for k in dependentsMap.keys { dependentsMap[k]!.sort() }
        // A core handle is reached through the run's first reference to whatever pulls it in.
        // (The earliest site wins, so that the result does not depend on hashing.)
        let earlier = Self.earlier
        var changed = true
        while changed {
            changed = false
            for (h, site) in firstReference.sorted(by: { earlier($0.value, $1.value) || $0.value == $1.value && $0.key < $1.key }) {
                for d in entries[h]?.dependencies ?? [] where entries[d]?.site == nil {
                    if let known = firstReference[d], !earlier(site, known) { continue }
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
            var own = Set<String>(), pending = ["common", "utils", "svg-painter"] + (context == .customizer ? ["customize-controls"] : [])
            while let h = pending.popLast() {
                guard own.insert(h).inserted else { continue }
                pending += entries[h]?.dependencies ?? []
            }
            for h in own where entries[h]?.site == nil { firstReference[h] = nil }
        default:
            break
        }
        for (h, site) in firstReference { referencesByFile[site.file, default: []].append((h, site)) }
        for file in referencesByFile.keys {
            referencesByFile[file]!.sort { ($0.site.range.start, $0.handle) < ($1.site.range.start, $1.handle) }
        }
    }

    /// A handle's group with each dependent resolved once, while no cycle is reached: then a
    /// search from each handle gives the same answer (a dependent seen twice has already decided
    /// the result). `nil` when the dependents reach a cycle.
    private func resolvedGroup(_ h: String, _ path: inout Set<String>) -> (group: Int?, why: String)? {
        if let known = groups.resolved.withLock({ $0[h] }) { return known }
        guard let e = entries[h] else { return (nil, "") }
        var result = (group: e.group, why: e.groupWhy)
        if e.group != 0 {
            guard path.insert(h).inserted else { return nil }
            for d in dependents(of: h) {
                guard let r = resolvedGroup(d, &path) else { return nil }
                if r.group == 0 { result = (0, "moved into <head>: `\(d)` depends on it"); break }
                if r.group == nil { result = (nil, "") }
            }
            path.remove(h)
        }
        groups.resolved.withLock { $0[h] = result }
        return result
    }

    /// Sites in file order.
    static func earlier(_ a: Site, _ b: Site) -> Bool { (a.file, a.range.start, a.range.end) < (b.file, b.range.start, b.range.end) }

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
    func group(_ h: String) -> (group: Int?, why: String) {
        if !groups.cyclic.load(ordering: .relaxed) {
            var path = Set<String>()
            if let known = resolvedGroup(h, &path) { return known }
            groups.cyclic.store(true, ordering: .relaxed)
        }
        var seen = Set<String>()
        return group(h, &seen)
    }

    private func group(_ h: String, _ seen: inout Set<String>) -> (group: Int?, why: String) {
        guard let e = entries[h] else { return (nil, "") }
        guard e.group != 0, seen.insert(h).inserted else { return (e.group, e.groupWhy) }
        var result = (group: e.group, why: e.groupWhy)
        for d in dependents(of: h) {
            let g = group(d, &seen).group
            if g == 0 { return (0, "moved into <head>: `\(d)` depends on it") }
            if g == nil { result = (nil, "") }
        }
        return result
    }

    /// Enqueued handles that depend on `h`.
    func dependents(of h: String) -> [String] { dependentsMap[h] ?? [] }

    /// The strategy WordPress prints (6.3+ `get_eligible_loading_strategy`): `.some(nil)` blocking,
    /// `nil` not known; with why it falls back, when it does.
    func strategy(_ h: String, intending: String? = nil) -> (strategy: String??, why: String?) {
        guard supportsStrategies, let e = entries[h] else { return (.some(nil), nil) }
        guard let intended = intending.map({ .some($0) }) ?? e.strategy else { return (nil, nil) }
        guard let wanted = intended else { return (.some(nil), nil) }
        var checked = Set<String>()
        var eligible: Set<String>? = wanted == "defer" ? ["defer"] : ["defer", "async"]
        var why: String?
        func filter(_ h: String) {
            guard eligible != nil, !(eligible!.isEmpty), checked.insert(h).inserted, let e = entries[h] else { return }
            guard enqueued.contains(h) || h == e.handle && checked.count == 1 else { return }
            guard let intended = checked.count == 1 && intending != nil ? .some(intending) : e.strategy else { eligible = nil; return }
            if e.source != nil && intended == nil { eligible = []; why = why ?? "`\(h)`, which depends on it, is blocking"; return }
            if e.inlineAfter { eligible = []; why = why ?? "`\(h)` has an inline script after it"; return }
            if intended == "defer" { eligible = eligible!.intersection(["defer"]) }
            for d in dependents(of: h) { filter(d) }
        }
        filter(h)
        guard let result = eligible else { return (nil, nil) }
        if result.isEmpty { return (.some(nil), why.map { "`\(wanted)` strategy dropped: \($0)" }) }
        let s = result.contains("async") ? "async" : "defer"
        return (.some(s), s == wanted ? nil : "`async` strategy becomes `defer`: a dependent is deferred")
    }
}

extension WordPressRun {
    /// The scripts one file adds through the API, as WordPress prints them: each registration the
    /// run keeps, and each core script that a call of this file is the first to pull in.
    /// Each with the handle the run knows it by (for a handle that is not known, a key of the call).
    func elements(file: String, calls: WordPress.FileCalls, source: SourceText, firstIndex: Int) -> [(element: ScriptElement, handle: String)] {
        var out: [(element: ScriptElement, handle: String)] = []
        for r in calls.registrations {
            guard let e = entries[r.handle], e.site == Site(file: file, range: r.range), e.conditional == nil, var src = e.source else { continue }
            // Core's table knows that a handle loads a file, not which: the call says.
            if src == .literal("") { src = r.source == .alias ? .literal(r.handle) : r.source }
            let srcText: String
            switch src {
            case .literal(let s): srcText = s
            case .expression(let x): srcText = x
            case .alias: continue
            }
            out.append((element(e, src: srcText, range: r.range, call: r.function, registration: r, index: firstIndex + out.count), r.handle))
        }
        for (h, site) in referencesByFile[file] ?? [] {
            guard let e = entries[h], e.site == nil, e.source != nil, e.conditional == nil else { continue }
            out.append((element(e, src: h, range: site.range, call: "WordPress core", registration: nil, index: firstIndex + out.count), h))
        }
        return out
    }

    private func element(_ e: Entry, src: String, range: ByteRange, call: String, registration r: WordPress.Registration?, index: Int) -> ScriptElement {
        let (group, groupWhy) = group(e.handle)
        let (strategy, strategyWhy) = strategy(e.handle)
        var attributes = [Attribute(name: "src", value: src, range: range, valueRange: nil, leadingSpaceStart: range.start)]
        let added = filtered[e.handle] ?? []
        var loading = Set(added)
        if let s = strategy ?? nil { loading.insert(s) }
        for name in loading.sorted() { attributes.append(Attribute(name: name, value: nil, range: range, valueRange: nil, leadingSpaceStart: range.start)) }
        let tag = StartTag(name: "script", attributes: attributes, range: range, selfClosing: false)
        var s = ScriptElement.make(tag, isSVG: false, inert: nil, placement: group == 0 ? .head : group == 1 ? .body : .unknown, index: index)
        s.atEndOfBody = group == 1 && footerEndsBody == true
        var why = [e.site == nil ? "WordPress core's, pulled in by this call" : nil, group == nil ? nil : groupWhy, strategyWhy]
        if !added.isEmpty { why.append("a `script_loader_tag` filter adds \(added.sorted().map { "`\($0)`" }.joined(separator: " and "))") }
        var api = APIFacts(platform: .wordpress, call: call, handle: e.registration?.shownHandle ?? e.handle, dependencies: e.dependencies ?? [],
                           why: why.compactMap { $0 }.joined(separator: "; "))
        api.unknownLoading = strategy == nil
        api.endOfBodyUnknown = group == 1 && footerEndsBody == nil
        if let r { api.additions = additions(r, handle: e.handle) }
        s.api = api
        return s
    }
}
