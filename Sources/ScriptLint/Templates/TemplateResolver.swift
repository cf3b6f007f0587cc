import Synchronization

/// Finds and reads parent templates once per run, however many children share them.
public final class TemplateResolver: Sendable {
    public struct Where: Sendable, Equatable {
        public var placement: Placement
        /// The block closes with nothing renderable after it in the page.
        public var endOfBody: Bool
        /// Whether `endOfBody` is known (not for an include inside a child's block).
        public var endOfBodyKnown = true
        /// Blocks of the page that open after this one closes: when a template down the chain fills
        /// one with something rendered, this block no longer ends the body.
        public var laterBlocks: [String] = []
    }

    public struct ParentInfo: Sendable {
        public var path: String
        public var blocks: [String: Where]
        /// Jekyll: where `{{ content }}` stands in the layout.
        public var content: Where?
        var wholeFileIsContent = false
        /// For a partial: the templates that include it.
        var includedBy: [String] = []
    }

    public struct Failure: Error, Sendable { public var reason: String }

    /// Configured roots (absolute), searched first.
    let roots: [String]
    private let cache = Mutex<[String: Result<ParentInfo, Failure>]>([:])
    /// The run's files (absolute) and how to read each, for finding who includes a partial.
    let run = Mutex<(files: [String], dialect: (@Sendable (String, [UInt8]) -> TemplateDialect?)?)>(([], nil))
    /// Partial path → where the run's templates include it (built on first use).
    let includeIndex = Mutex<[String: [IncludeSite]]?>(nil)
    let includeCache = Mutex<[String: Result<Where, Failure>]>([:])
    enum PathKind: Sendable { case file, directory, other }
    let pathKinds = Mutex<[String: PathKind]>([:])
    /// Folder → `searchRoots` of its files.
    let folderRoots = Mutex<[String: [String]]>([:])
    /// Scans the include index made, kept for the files' own lint, which then does not scan them
    /// again: by path, with the bytes' count and hash; at most `keptScanBytes` bytes of masked
    /// copies at once (each is dropped when taken), so that memory does not grow with the run.
    let keptScans = Mutex<(byPath: [String: (count: Int, hash: UInt64, dialect: TemplateDialect, scan: TemplateScan)], bytes: Int)>(([:], 0))
    static let keptScanBytes = 32 << 20
    /// The run's files, read from disk once for the include index, the pages includes are placed
    /// in and each file's own lint.
    let files = RunFileCache()
    /// Folder → where its files' includes are looked for.
    let folderIncludeFolders = Mutex<[String: [String]]>([:])
    /// Dialect, including folder and name → the file an include names.
    let includeTargets = Mutex<[String: String?]>([:])

    /// How the configuration reads templates (PHP's short open tags).
    let options: TemplateOptions
    /// Threads the include index may use.
    private let workerCount = Atomic<Int>(1)
    var workers: Int {
        get { workerCount.load(ordering: .relaxed) }
        set { workerCount.store(newValue, ordering: .relaxed) }
    }

    /// Roots the platforms name for a file (Django's `TEMPLATES` `DIRS`), after the configured ones.
    let platformRoots: @Sendable (String) -> [String]

    public init(roots: [String] = [], options: TemplateOptions = .standard, platformRoots: @escaping @Sendable (String) -> [String] = { _ in [] }) {
        self.roots = roots
        self.options = options
        self.platformRoots = platformRoots
    }

    /// Roots for a file: configured ones, the platforms' (Django's `DIRS`), then every `templates`, `_layouts` or `layouts` folder from
    /// the file's folder up (and such folders inside each of them), the file's folder, and its
    /// ancestors.
    /// The answer depends on the file's folder only (the platforms' roots too): a folder's files share it.
    func searchRoots(for file: String) -> [String] {
        let folder = parentFolder(file)
        return remembered(folderRoots, folder) { searchRoots(folder: folder, file: file) }
    }

    private func searchRoots(folder: String, file: String) -> [String] {
        var result = roots + platformRoots(file)
        var dir = folder
        let ownFolder = dir
        var ancestors: [String] = []
        for _ in 0..<16 {
            let base = dir.split(separator: "/").last.map(String.init) ?? ""
            if ["templates", "_layouts", "layouts"].contains(base) { result.append(dir) }
            for child in ["templates", "_layouts", "layouts", "layouts/_default"] where isDirectory(dir + "/" + child) {
                result.append(dir + "/" + child)
            }
            ancestors.append(dir)
            if dir == "/" || dir.isEmpty || isDirectory(dir + "/.git") { break }
            dir = parentFolder(dir)
        }
        result.append(ownFolder)
        result += ancestors.dropFirst()
        var seen = Set<String>()
        return result.filter { seen.insert($0).inserted }
    }

    func parentInfo(named rawName: String, from child: String, dialect: TemplateDialect, depth: Int = 0) -> Result<ParentInfo, Failure> {
        var name = rawName
        if name.hasPrefix("!") { name.removeFirst() }   // Sphinx: the theme's own layout
        guard depth < 12 else { return .failure(Failure(reason: "template inheritance deeper than 12 levels (a loop?)")) }
        let candidates = name.hasPrefix("/") ? [name] : searchRoots(for: child).map { $0 + "/" + name }
        guard let path = candidates.first(where: { isRegularFile($0) && $0 != child }) else {
            return .failure(Failure(reason: "parent template \"\(rawName)\" not found under \(searchRoots(for: child).prefix(4).joined(separator: ", "))"))
        }
        if let cached = cache.withLock({ $0[path] }) { return cached }
        let result = analyze(path, dialect: dialect, depth: depth)
        cache.withLock { $0[path] = result }
        return result
    }

    private func analyze(_ path: String, dialect: TemplateDialect, depth: Int) -> Result<ParentInfo, Failure> {
        guard let bytes = try? files.read(path).bytes else { return .failure(Failure(reason: "parent template \(path) cannot be read")) }
        let source = SourceText(fileBytes: bytes)
        let scan = TemplateMasker.scan(source.bytes, dialect: dialect, start: source.bomLength, options: options)
        // A parent that extends another: each block takes the grandparent's placement of that
        // block, or of the block around it.
        let grandName: String? = scan.extends.flatMap { $0.name } ?? scan.layout.map { "\($0).html" }
        if let grandName {
            switch parentInfo(named: grandName, from: path, dialect: dialect, depth: depth + 1) {
            case .failure(let f): return .failure(Failure(reason: "\(path): \(f.reason)"))
            case .success(let grand):
                // Blocks the parent does not override are the grandparent's, as they stand.
                var blocks: [String: Where] = grand.blocks
                for b in scan.blocks {
                    let enclosing = scan.blocks.last { $0.open.end <= b.open.start && ($0.close?.start ?? Int.max) >= (b.close?.end ?? Int.max) && $0.name != b.name }
                    let wholeFile = scan.extends == nil && scan.layout != nil
                    if let w = grand.blocks[b.name] ?? enclosing.flatMap({ grand.blocks[$0.name] }) ?? (wholeFile ? grand.content : nil) {
                        blocks[b.name] = w
                    }
                }
                // Blocks this parent opens inside a later block are later blocks too (wagtail's
                // `content`, inside the `furniture` its base fills).
                for b in scan.blocks {
                    let enclosing = scan.blocks.filter { $0.open.end <= b.open.start && ($0.close?.start ?? Int.max) >= (b.close?.end ?? Int.max) && $0.name != b.name }
                    for e in enclosing {
                        for (name, w) in blocks where w.laterBlocks.contains(e.name) && !w.laterBlocks.contains(b.name) {
                            blocks[name]?.laterBlocks.append(b.name)
                        }
                    }
                }
                // A block this parent fills with something rendered makes the blocks before it stop
                // ending the body (wagtail: `extra_js` before the `furniture` its base fills).
                let filled = Set(scan.blocks.filter { b in
                    guard let close = b.close, b.betweenTags else { return false }
                    return Self.rendersSomething(scan.masked, from: b.open.end, to: close.start)
                }.map(\.name))
                for (name, w) in blocks where w.endOfBody && w.laterBlocks.contains(where: filled.contains) {
                    blocks[name]?.endOfBody = false
                }
                var content: Where?
                if scan.contentPlaceholder != nil { content = scan.extends == nil ? grand.content : nil }
                return .success(ParentInfo(path: path, blocks: blocks, content: content))
            }
        }
        // Markers where each block opens and closes, parsed as the page they belong to.
        var inserts: [(Int, String)] = []
        for (k, b) in scan.blocks.enumerated() where b.betweenTags {
            inserts.append((b.open.end, "open:\(k)"))
            if let c = b.close { inserts.append((c.start, "close:\(k)")) }
        }
        if let c = scan.contentPlaceholder {
            inserts.append((c.start, "open:content"))
            inserts.append((c.start, "close:content"))
        }
        let (opens, closes) = Self.markerPlacements(scan.masked, inserts, source: source)
        var blocks: [String: Where] = [:]
        for (k, b) in scan.blocks.enumerated() {
            guard let placement = opens["\(k)"] else { continue }
            var w = Where(placement: placement, endOfBody: placement != .head && closes["\(k)"] == true)
            if w.endOfBody, let close = b.close {
                w.laterBlocks = scan.blocks.filter { $0.betweenTags && $0.open.start >= close.end }.map(\.name)
            }
            blocks[b.name] = w
        }
        var content: Where?
        if let p = opens["content"] { content = Where(placement: p, endOfBody: p != .head && closes["content"] == true) }
        return .success(ParentInfo(path: path, blocks: blocks, content: content))
    }

    /// Whether masked template text renders something in <body>: what would keep a script just
    /// before it from being the end of the body (constructs are blank in `masked`).
    static func rendersSomething(_ masked: [UInt8], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        let page = Array("<body><script src=\"scriptlint:start\"></script>".utf8) + masked[from..<min(to, masked.count)]
        let document = HTMLParser.parse(SourceText(bytes: page, encoding: .utf8, bomLength: 0))
        guard let marker = document.scripts.first, marker.src == "scriptlint:start" else { return true }
        return !marker.atEndOfBody
    }

    /// Parses `masked` as a page with a marker script at each `(offset, "open:ID" | "close:ID")`: the
    /// placement at each open marker, and whether each close marker ends the body.
    static func markerPlacements(_ masked: [UInt8], _ markers: [(Int, String)], source: SourceText) -> (opens: [String: Placement], closes: [String: Bool]) {
        var synthetic: [UInt8] = []
        synthetic.reserveCapacity(masked.count + 48 * markers.count)
        var pos = 0
        for (at, text) in markers.sorted(by: { $0.0 < $1.0 }) {
            synthetic += masked[pos..<at]
            synthetic += Array("<script src=\"scriptlint:\(text)\"></script>".utf8)
            pos = at
        }
        synthetic += masked[pos...]
        let document = HTMLParser.parse(SourceText(bytes: synthetic, encoding: source.encoding, bomLength: source.bomLength))
        var opens: [String: Placement] = [:], closes: [String: Bool] = [:]
        for s in document.scripts {
            guard let src = s.src, src.hasPrefix("scriptlint:") else { continue }
            let parts = src.split(separator: ":")
            guard parts.count == 3 else { continue }
            if parts[1] == "open" { opens[String(parts[2])] = s.placement } else { closes[String(parts[2])] = s.atEndOfBody }
        }
        return (opens, closes)
    }

    func parentFolder(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let dir = String(path[..<slash])
        return dir.isEmpty ? "/" : dir
    }

    /// Every include and parent of a folder's files asks about the same folders and candidates:
    /// each path is looked up once until the run's files change (`setRunFiles`).
    func isDirectory(_ path: String) -> Bool { kind(of: path) == .directory }

    func isRegularFile(_ path: String) -> Bool { kind(of: path) == .file }

    private func kind(of path: String) -> PathKind {
        remembered(pathKinds, path) {
            switch FileSystem.kind(path) {
            case .file: return .file
            case .directory: return .directory
            default: return .other
            }
        }
    }

    /// `cache[key]`, built on the first question (two threads asking at once may both build it:
    /// the answer is the same).
    func remembered<V: Sendable>(_ cache: borrowing Mutex<[String: V]>, _ key: String, _ build: () -> V) -> V {
        if let known = cache.withLock({ $0[key] }) { return known }
        let built = build()
        cache.withLock { $0[key] = built }
        return built
    }
}
