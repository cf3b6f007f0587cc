/// A partial's placement from the templates of the same run that include it by a literal name
/// (`{% include "head.html" %}`, Jekyll's `{% include head.html %}`, Hugo's `{{ partial "head.html" . }}`,
/// `{{> header}}`, `<%= render "shared/header" %>`, PHP's `include 'header.php'` and
/// `get_footer()`): where each include stands, in the page it belongs to.
struct IncludeSite: Sendable {
    var includer: String
    var range: ByteRange
    var dialect: TemplateDialect
}

extension TemplateResolver {
    /// Tells the resolver which files the run reads (absolute paths) and how it reads each, so
    /// that a partial can be placed where another file of the run includes it.
    func setRunFiles(_ files: [String], dialect: @escaping @Sendable (String, [UInt8]) -> TemplateDialect?) {
        run.withLock { $0 = (files, dialect) }
        includeIndex.withLock { $0 = nil }
        includeCache.withLock { $0 = [:] }
        pathKinds.withLock { $0 = [:] }
        folderRoots.withLock { $0 = [:] }
        folderIncludeFolders.withLock { $0 = [:] }
        keptScans.withLock { $0 = ([:], 0) }
        includeTargets.withLock { $0 = [:] }
        self.files.clear()
    }

    /// Where the partial at `path` is rendered: the one placement every include of it in the run
    /// has, or why that is not known; `nil` when nothing in the run includes it.
    func includeWhere(for path: String, depth: Int = 0) -> Result<Where, Failure>? {
        guard depth < 8 else { return .failure(Failure(reason: "partials include each other more than 8 levels deep (a loop?)")) }
        if let cached = includeCache.withLock({ $0[path] }) { return cached }
        let sites = index()[path] ?? []
        guard !sites.isEmpty else { return nil }
        var found: [Where] = []
        for site in sites {
            switch whereIs(site, depth: depth) {
            case .success(let w): found.append(w)
            case .failure(let f): return remember(path, .failure(f))
            }
        }
        let first = found[0]
        guard found.allSatisfy({ $0.placement == first.placement }) else {
            return remember(path, .failure(Failure(reason: "included by \(sites.count) templates at different places (\(Set(found.map(\.placement.rawValue)).sorted().joined(separator: ", ")))")))
        }
        return remember(path, .success(Where(placement: first.placement, endOfBody: found.allSatisfy(\.endOfBody),
                                             endOfBodyKnown: found.allSatisfy(\.endOfBodyKnown))))
    }

    /// The dialect of a template of the run that includes `path`: a fragment with no construct of
    /// its own is still a partial of that template set.
    public func includingDialect(of path: String) -> TemplateDialect? {
        index()[path]?.first?.dialect
    }

    /// The run's templates that include the partial at `path`.
    func includers(of path: String) -> [String] {
        var seen = Set<String>()
        return (index()[path] ?? []).map(\.includer).filter { seen.insert($0).inserted }
    }

    private func remember(_ path: String, _ r: Result<Where, Failure>) -> Result<Where, Failure> {
        includeCache.withLock { $0[path] = r }
        return r
    }

    /// The placement at one include, in the page its template belongs to.
    private func whereIs(_ site: IncludeSite, depth: Int) -> Result<Where, Failure> {
        guard let bytes = try? files.read(site.includer).bytes, let dialect = run.withLock({ $0.dialect })?(site.includer, bytes) else {
            return .failure(Failure(reason: "\(site.includer), which includes it, cannot be read"))
        }
        let source = SourceText(fileBytes: bytes)
        let scan = TemplateMasker.scan(source.bytes, dialect: dialect, start: source.bomLength, options: options)
        let via = " (included by \(site.includer))"
        if scan.extends != nil || scan.layout != nil {
            guard let parentName = scan.extends != nil ? scan.extends?.name : scan.layout.map({ "\($0).html" }) else { return .failure(Failure(reason: "included by \(site.includer), whose parent is not known")) }
            switch parentInfo(named: parentName, from: site.includer, dialect: dialect) {
            case .failure(let f): return .failure(Failure(reason: f.reason + via))
            case .success(let info):
                if scan.extends == nil, let content = info.content {
                    return .success(Where(placement: content.placement, endOfBody: false, endOfBodyKnown: false))
                }
                guard let block = scan.blocks.last(where: { $0.open.end <= site.range.start && ($0.close?.start ?? Int.max) >= site.range.end }),
                      let w = info.blocks[block.name] else {
                    return .failure(Failure(reason: "included outside the blocks of \(site.includer)"))
                }
                return .success(Where(placement: w.placement, endOfBody: false, endOfBodyKnown: false))
            }
        }
        // A page assembled from includes (`get_header()` … `get_footer()`): what the includes before
        // the site render, spliced in where they stand.
        var page = scan.masked
        if !scan.hasPageStructure {
            var spliced: [UInt8] = [], pos = 0
            for c in scan.constructs where c.kind != .comment && c.range.end <= site.range.start {
                for name in Self.includedNames(bytes, c, dialect: dialect) {
                    guard let target = resolveInclude(name, from: site.includer, dialect: dialect), target != site.includer,
                          let included = try? files.read(target).bytes else { continue }
                    let inner = TemplateMasker.scan(included, dialect: dialect, options: options)
                    guard inner.hasPageStructure else { continue }
                    spliced += page[pos..<c.range.end]
                    spliced += inner.masked
                    pos = c.range.end
                }
            }
            if pos > 0 {
                spliced += page[pos...]
                let shift = spliced.count - page.count
                page = spliced
                let (opens, closes) = Self.markerPlacements(page, [(site.range.start + shift, "open:site"), (site.range.end + shift, "close:site")], source: source)
                if let p = opens["site"] { return .success(Where(placement: p, endOfBody: p != .head && closes["site"] == true)) }
            }
        }
        if scan.hasPageStructure {
            let (opens, closes) = Self.markerPlacements(scan.masked, [(site.range.start, "open:site"), (site.range.end, "close:site")], source: source)
            guard let p = opens["site"] else { return .failure(Failure(reason: "the include in \(site.includer) is not where markup goes")) }
            return .success(Where(placement: p, endOfBody: p != .head && closes["site"] == true))
        }
        switch includeWhere(for: site.includer, depth: depth + 1) {
        case .none: return .failure(Failure(reason: "included by \(site.includer), itself a partial that nothing in the run includes"))
        case .failure(let f)?: return .failure(f)
        case .success(let w)?: return .success(Where(placement: w.placement, endOfBody: false, endOfBodyKnown: w.placement == .head))
        }
    }

    /// Where an include of `includer` is looked for, in order: its folder and its search roots,
    /// each followed by its conventional partials folders. Found once per folder.
    private func includeFolders(for includer: String) -> [String] {
        let folder = parentFolder(includer)
        return remembered(folderIncludeFolders, folder) {
            var folders: [String] = []
            for root in [folder] + searchRoots(for: includer) {
                folders.append(root)
                for sub in ["_includes", "includes", "partials", "_partials", "layouts/partials", "views", "app/views"] where isDirectory(root + "/" + sub) {
                    folders.append(root + "/" + sub)
                }
            }
            return folders
        }
    }

    /// Every literal include in the run's templates, by the file it names.
    private func index() -> [String: [IncludeSite]] {
        if let built = includeIndex.withLock({ $0 }) { return built }
        let (files, dialectOf) = run.withLock { $0 }
        var result: [String: [IncludeSite]] = [:]
        if let dialectOf {
            // Each file scanned on its own, on the run's threads; the sites kept in the run's order.
            let options = self.options
            let sites = concurrentMap(files, workers: workers) { file -> [(target: String, site: IncludeSite)] in
                guard let read = try? self.files.read(file), let dialect = dialectOf(file, read.bytes) else { return [] }
                let bytes = read.bytes
                // Where the include words stand: a construct with none of them includes nothing.
                // `word`: the first at or after some offset before the construct at hand, found
                // again once passed (a search per construct that holds one, not per word).
                let keywords = Self.includeWords[dialect]
                var word = 0
                if let keywords {
                    guard let first = keywords.first(in: bytes) else { return [] }
                    word = first.offset
                }
                let scan = TemplateMasker.scan(bytes, dialect: dialect, options: options)
                self.keep(scan, of: file, read: read)
                var out: [(target: String, site: IncludeSite)] = []
                for c in scan.constructs where c.kind != .comment {
                    var from = c.range.start
                    if let keywords {
                        if word < c.range.start { word = keywords.first(in: bytes, from: c.range.start)?.offset ?? Int.max }
                        guard word < c.range.end else { continue }
                        // PHP: a file is often one construct of many kilobytes, and its names all
                        // follow an include word (with the few bytes before it that say whether
                        // the word stands alone).
                        if dialect == .php { from = max(from, word - 8) }
                    }
                    for name in dialect.syntax.includedNames(Array(bytes[from..<c.range.end]), c) {
                        if let target = self.resolveInclude(name, from: file, dialect: dialect), target != file {
                            out.append((target, IncludeSite(includer: file, range: c.range, dialect: dialect)))
                        }
                    }
                }
                return out
            }
            for (target, site) in sites.joined() { result[target, default: []].append(site) }
        }
        includeIndex.withLock { $0 = result }
        return result
    }

    private func keep(_ scan: TemplateScan, of file: String, read: RunFileCache.File) {
        let bytes = read.bytes
        // Hashed only when there is room for it.
        guard keptScans.withLock({ $0.bytes + bytes.count <= Self.keptScanBytes }) else { return }
        let hash = read.hash
        keptScans.withLock { kept in
            guard kept.bytes + bytes.count <= Self.keptScanBytes, kept.byPath[file] == nil else { return }
            kept.byPath[file] = (bytes.count, hash, scan.dialect, scan)
            kept.bytes += bytes.count
        }
    }

    /// The scan the include index made of `path` when it read these bytes in this dialect, with
    /// these options; it is no longer kept.
    func takeScan(of path: String, source: SourceText, dialect: TemplateDialect, options: TemplateOptions) -> TemplateScan? {
        guard source.bomLength == 0, options == self.options, keptScans.withLock({ $0.byPath[path] != nil }) else { return nil }
        let hash = source.bytesHash
        return keptScans.withLock { kept -> TemplateScan? in
            guard let entry = kept.byPath.removeValue(forKey: path) else { return nil }
            kept.bytes -= entry.count
            return entry.count == source.bytes.count && entry.hash == hash && entry.dialect == dialect ? entry.scan : nil
        }
    }

    /// Each dialect's include words (`TemplateSyntax.includeKeywords`), searched for together.
    private static let includeWords: [TemplateDialect: ByteNeedles] = Dictionary(uniqueKeysWithValues:
        TemplateDialect.allCases.compactMap { d in d.syntax.includeKeywords.map { (d, ByteNeedles($0)) } })

    /// The literal names a construct includes.
    static func includedNames(_ b: [UInt8], _ c: TemplateScan.Construct, dialect: TemplateDialect) -> [String] {
        dialect.syntax.includedNames(Array(b[c.range.start..<c.range.end]), c)
    }

    /// The file an include names, looked up as the engine would, from the including file.
    func resolveInclude(_ name: String, from includer: String, dialect: TemplateDialect) -> String? {
        // The answer depends on the includer's folder only: a folder's files share it.
        let key = dialect.rawValue + "\u{0}" + parentFolder(includer) + "\u{0}" + name
        return remembered(includeTargets, key) { findInclude(name, from: includer, dialect: dialect) }
    }

    private func findInclude(_ name: String, from includer: String, dialect: TemplateDialect) -> String? {
        let names = dialect.syntax.includeCandidates(name)
        for folder in includeFolders(for: includer) {
            for n in names {
                let candidate = Configuration.absolute(n.hasPrefix("/") ? n : folder + "/" + n)
                if isRegularFile(candidate) { return candidate }
            }
        }
        return nil
    }
}
