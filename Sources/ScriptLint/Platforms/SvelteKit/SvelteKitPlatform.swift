/// Svelte components (`.svelte`, docs/frameworks.md#sveltekit). A top-level `<script>` is the
/// component's own code, compiled away, never a page's script. What `<svelte:head>` holds is
/// printed in `<head>` (SvelteKit puts it at `%sveltekit.head%` of `src/app.html`, which is linted
/// as the HTML page it is). `{…}` expressions and `{#…}` blocks are masked (`ComponentMarkup`).
struct SvelteKitPlatform: Platform {
    static let id = APIFacts.Platform.sveltekit
    static let fileKinds = [FileKind(".svelte", .platformSource(.sveltekit), walked: true)]
    static let projectMarkers = ["svelte.config.js", "svelte.config.mjs", "svelte.config.ts", "svelte.config.cjs"]
    static let projectPackages = ["@sveltejs/kit", "svelte"]

    init(settings: [String: JSONValue]) {}

    func document(_ file: ParsedFile, run: RunIndex) -> ScriptDocument? {
        let markup = ComponentMarkup(file.bytes, start: file.source.bomLength, frontmatter: false)
        var document = ComponentDocument.parse(markup, source: file.source)
        let heads = Self.headRanges(markup.bytes)
        document.scripts = document.scripts.compactMap { s in
            guard heads.contains(where: { $0.contains(s.tag.range.start) }) else { return nil }
            var s = s
            s.placement = .head
            s.atEndOfBody = false
            s.api = ComponentDocument.facts(.sveltekit, call: "<svelte:head>", why: "in <svelte:head>: printed in <head>", s)
            return s
        }
        for k in document.scripts.indices { document.scripts[k].index = k }
        return document
    }

    /// The content of each `<svelte:head>` element.
    static func headRanges(_ b: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var k = 0
        let open = Array("<svelte:head".utf8), close = Array("</svelte:head".utf8)
        while let s = firstIndex(of: open, in: b, from: k) {
            let end = firstIndex(of: close, in: b, from: s) ?? b.count
            out.append(s..<end)
            k = end + 1
        }
        return out
    }
}
