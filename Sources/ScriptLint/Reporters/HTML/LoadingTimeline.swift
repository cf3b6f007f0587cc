/// A schematic of how a browser loads a page's scripts, computed from the page model with a simple
/// cost model — not a measurement:
///
/// - the parser reads `bytesPerUnit` bytes per unit of time;
/// - every download (a script, a script-blocking style sheet) takes one unit and starts when the
///   parser reaches its tag (no preload scanner, no cache, no bandwidth sharing);
/// - every script takes half a unit to run, and the main thread does one thing at a time: while a
///   script runs, the parser waits;
/// - a classic script (external without `async`/`defer`, or inline) runs only after the
///   script-blocking style sheets before it have loaded;
/// - the first paint happens once the parser is past the last script or style sheet of `<head>` and
///   each of them is done; `DOMContentLoaded` after parsing and every deferred script and module;
///   `load` once every script has run.
public struct LoadingTimeline: Sendable {
    public static let bytesPerUnit = 16_384.0
    public static let download = 1.0
    public static let run = 0.5

    public enum Phase: String, Sendable, CaseIterable {
        /// The parser reads HTML.
        case parse
        /// The parser waits: for a script's download, or for a style sheet before a script.
        case blocked
        /// The parser waits while a script runs.
        case paused
        case download
        /// Downloaded; waits for its turn (the end of parsing, an earlier deferred script, a style sheet).
        case waiting
        case run
    }

    public struct Span: Sendable, Equatable {
        public var phase: Phase
        public var start: Double
        public var end: Double
    }

    public struct Lane: Sendable {
        /// Index into the page model's scripts; `nil` for the parser's lane.
        public var script: Int?
        public var spans: [Span]
    }

    /// The parser's lane first, then one per script in document order.
    public var lanes: [Lane]
    public var firstPaint: Double
    public var domContentLoaded: Double
    public var load: Double
    public var end: Double { max(load, lanes.flatMap(\.spans).map(\.end).max() ?? 0) }

    public init(_ page: PageModel) {
        var parser: [Span] = []
        var lanes = page.scripts.indices.map { Lane(script: $0, spans: []) }
        var t = 0.0
        var position = 0
        var sheetsDone: [(offset: Int, done: Double)] = []
        var asyncQueue: [(script: Int, ready: Double)] = []
        var deferQueue: [(script: Int, ready: Double)] = []
        let sheets = page.stylesheets.sorted()
        var nextSheet = 0

        func add(_ lane: Int, _ phase: Phase, _ a: Double, _ b: Double) {
            guard b > a else { return }
            lanes[lane].spans.append(Span(phase: phase, start: a, end: b))
        }
        /// Runs every async script that has arrived by `limit` (the main thread is free before it).
        func runArrived(upTo limit: Double, parsing: Bool = true) {
            while let k = asyncQueue.indices.min(by: { asyncQueue[$0].ready < asyncQueue[$1].ready }), asyncQueue[k].ready <= limit {
                let item = asyncQueue.remove(at: k)
                let start = max(t, item.ready)
                add(item.script, .waiting, item.ready, start)
                add(item.script, .run, start, start + Self.run)
                if parsing { parser.append(Span(phase: .paused, start: start, end: start + Self.run)) }
                t = start + Self.run
            }
        }
        /// Parses up to `offset`, letting async scripts interrupt as they arrive.
        func parse(to offset: Int) {
            guard offset > position else { return }
            var remaining = max(0.02, Double(offset - position) / Self.bytesPerUnit)
            position = offset
            while let arrival = asyncQueue.map(\.ready).min(), arrival < t + remaining {
                let done = max(0, arrival - t)
                if done > 0 { parser.append(Span(phase: .parse, start: t, end: arrival)); t = arrival }
                remaining -= done
                runArrived(upTo: t)
            }
            parser.append(Span(phase: .parse, start: t, end: t + remaining))
            t += remaining
        }
        func sheetsBefore(_ offset: Int) {
            while nextSheet < sheets.count && sheets[nextSheet] < offset {
                parse(to: sheets[nextSheet])
                sheetsDone.append((sheets[nextSheet], t + Self.download))
                nextSheet += 1
            }
        }

        var headEnd = 0
        var headDone = 0.0
        for (k, s) in page.scripts.enumerated() {
            sheetsBefore(s.start)
            parse(to: s.start)
            let sheetsReady = sheetsDone.filter { $0.offset < s.start }.map(\.done).max() ?? 0
            switch s.loading {
            case .blocking:
                add(k, .download, t, t + Self.download)
                var start = max(t + Self.download, sheetsReady)
                // Async scripts that arrive while the parser waits run in the meantime.
                var busy = t
                while let a = asyncQueue.indices.min(by: { asyncQueue[$0].ready < asyncQueue[$1].ready }), asyncQueue[a].ready < start {
                    let item = asyncQueue.remove(at: a)
                    let runStart = max(busy, item.ready)
                    add(item.script, .waiting, item.ready, runStart)
                    add(item.script, .run, runStart, runStart + Self.run)
                    busy = runStart + Self.run
                    start = max(start, busy)
                }
                add(k, .waiting, t + Self.download, start)
                parser.append(Span(phase: .blocked, start: t, end: start))
                add(k, .run, start, start + Self.run)
                parser.append(Span(phase: .paused, start: start, end: start + Self.run))
                t = start + Self.run
            case .inline:
                if sheetsReady > t {
                    add(k, .waiting, t, sheetsReady)
                    parser.append(Span(phase: .blocked, start: t, end: sheetsReady))
                    t = sheetsReady
                }
                add(k, .run, t, t + Self.run)
                parser.append(Span(phase: .paused, start: t, end: t + Self.run))
                t += Self.run
            case .async, .moduleAsync:
                let external = s.src != nil
                if external { add(k, .download, t, t + Self.download) }
                asyncQueue.append((k, t + (external ? Self.download : 0)))
            case .deferred, .module:
                add(k, .download, t, t + Self.download)
                deferQueue.append((k, t + Self.download))
            case .inlineModule:
                deferQueue.append((k, t))
            case .data, .inert:
                break
            }
            position = max(position, s.end)
            if s.placement == .head {
                headEnd = s.end
                headDone = max(headDone, t, sheetsReady)
            }
        }
        sheetsBefore(Int.max)
        parse(to: max(position, page.byteCount))
        let parsed = t
        // The first paint: past <head>'s last script or style sheet, each of them done.
        let headSheets = sheetsDone.filter { $0.offset <= max(headEnd, page.scripts.first(where: { $0.placement == .head })?.start ?? 0) }
        var paint = headDone
        if headEnd == 0 { paint = min(parsed, max(0.02, (parser.first?.end ?? 0))) }
        paint = max(paint, headSheets.map(\.done).max() ?? 0)
        self.firstPaint = paint

        // After parsing: deferred scripts in order, async ones as they arrive.
        var lastDeferred = parsed
        for item in deferQueue {
            runArrived(upTo: max(t, item.ready), parsing: false)
            let start = max(t, item.ready)
            add(item.script, .waiting, item.ready, start)
            add(item.script, .run, start, start + Self.run)
            t = start + Self.run
            lastDeferred = t
        }
        self.domContentLoaded = max(parsed, lastDeferred)
        runArrived(upTo: .infinity, parsing: false)
        self.load = max(t, domContentLoaded, sheetsDone.map(\.done).max() ?? 0)
        self.lanes = [Lane(script: nil, spans: parser)] + lanes
    }
}
