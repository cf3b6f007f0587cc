/// What a page's markup says about its scripts, in the categories people who measure the web count
/// (the HTTP Archive's `javascript` custom metric, the Web Almanac's JavaScript chapter): the
/// denominators beside the findings (reports add the findings by rule). Its fields are documented in `Schemas/page-line.schema.json`.
public struct PageSummary: Sendable, Equatable {
    /// Script elements of the parsed page (not those inside `<template>` or read as `<noscript>`
    /// text), in the document or a declarative shadow root; an SVG script's file is its `href`.
    public var scripts = 0
    public var external = 0
    public var inline = 0
    public var async = 0
    public var `defer` = 0
    public var asyncAndDefer = 0
    public var module = 0
    public var nomodule = 0
    public var importmap = 0
    /// Data blocks: a `type` that is not JavaScript (JSON-LD, templates, …).
    public var data = 0
    public var inHead = 0
    public var inBody = 0
    /// Classic external scripts in `<head>` without `async`/`defer` or with `blocking=render`: the
    /// first paint waits for each.
    public var renderBlocking = 0
    /// Inline classic scripts in `<head>`: the first paint waits for them too; their bytes are in
    /// the markup.
    public var renderBlockingInline = 0
    public var renderBlockingInlineBytes = 0
    /// The first `<meta name=generator>`'s content.
    public var generator: String?

    public init() {}

    public init(_ document: ScriptDocument) {
        for s in document.scripts where s.inert == nil {
            scripts += 1
            if s.isExternal { external += 1 } else { inline += 1 }
            let async = s.tag.has("async"), isDefer = s.tag.has("defer")
            if async { self.async += 1 }
            if isDefer { self.defer += 1 }
            if async && isDefer { asyncAndDefer += 1 }
            if s.isNoModule { nomodule += 1 }
            switch s.kind {
            case .module: module += 1
            case .importmap: importmap += 1
            case .data, .speculationrules: data += 1
            case .classic: break
            }
            if s.placement == .head { inHead += 1 } else if s.placement == .body || s.placement == .outside { inBody += 1 }
            guard s.mayRun, !s.isSVG, s.kind == .classic, s.placement == .head, !s.isNoModule else { continue }
            if s.isExternal {
                if s.isBlockingRender || (!async && !isDefer) { renderBlocking += 1 }
            } else if let text = s.textRange {
                renderBlockingInline += 1
                renderBlockingInlineBytes += text.end - text.start
            }
        }
        generator = document.generator
    }
}
