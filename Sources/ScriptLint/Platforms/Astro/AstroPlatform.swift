/// Astro components and pages (`.astro`, docs/frameworks.md#astro). The code fence and `{…}`
/// expressions are masked (`ComponentMarkup`) and the markup read by the HTML parser. A `<script>`
/// with no attribute but `src` is processed: Astro bundles it and prints it as
/// `<script type="module">` (where it is written since Astro 5, hoisted into `<head>` before), so
/// no classic-script finding applies. Any other attribute
/// (`is:inline`, `define:vars`, `async`, …) keeps it as written, where it is written, and every
/// rule applies. A component that is not a whole page (no doctype, `<html>`, `<head>` or `<body>`)
/// is used inside one: its inline scripts land nowhere known.
struct AstroPlatform: Platform {
    static let id = APIFacts.Platform.astro
    static let fileKinds = [FileKind(".astro", .platformSource(.astro), walked: true)]
    static let projectMarkers = ["astro.config.mjs", "astro.config.js", "astro.config.ts", "astro.config.mts", "astro.config.cjs"]
    static let projectPackages = ["astro"]

    init(settings: [String: JSONValue]) {}

    func document(_ file: ParsedFile, run: RunIndex) -> ScriptDocument? {
        let markup = ComponentMarkup(file.bytes, start: file.source.bomLength, frontmatter: true)
        var document = ComponentDocument.parse(markup, source: file.source)
        let page = ComponentMarkup.isPage(markup.bytes)
        for k in document.scripts.indices {
            var s = document.scripts[k]
            let processed = s.inert == nil && !s.isSVG && s.tag.attributes.allSatisfy { $0.name == "src" }
            if processed {
                // A module wherever it lands: Astro 5 prints it where it is written, earlier
                // releases hoisted it into <head>.
                s.kind = .module
                s.typeValue = "module"
                if !page { s.placement = .unknown }
                s.api = ComponentDocument.facts(.astro, call: "<script> (processed)", why: "processed by Astro: bundled into a <script type=\"module\">", s)
            } else {
                if !page { s.placement = .unknown }
                s.api = ComponentDocument.facts(.astro, call: "<script> (as written)",
                                                why: page ? "kept as written by its attributes" : "kept as written, in a component: where it lands depends on where it is used", s)
            }
            document.scripts[k] = s
        }
        return document
    }
}
