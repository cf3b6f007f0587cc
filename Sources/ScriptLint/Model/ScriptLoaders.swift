/// Script loaders: tools that rewrite a page's scripts into data blocks (a `type` no browser runs)
/// and turn them back into scripts later — after the first paint, on the visitor's first
/// interaction, or once the visitor has consented. On a page that includes the loader, such a
/// script does run, only later: it is `deferred by` that loader, not a script that never runs, and
/// its attributes are instructions to the loader that no fix may touch. On a page without the
/// loader it really never runs.
///
/// One entry per loader: how a rewritten script looks, and how the loader shows on the page.
/// README ("Script loaders") documents the same table.
public struct ScriptLoader: Sendable {
    public let name: String
    /// Whether a script element was rewritten for this loader.
    let rewrites: @Sendable (ScriptElement) -> Bool
    /// Whether the page includes the loader, judged from one of its scripts (its `src`,
    /// lowercased, and its inline text).
    let isLoader: @Sendable (_ src: String?, _ text: Substring) -> Bool

    public static let all: [ScriptLoader] = [
        ScriptLoader(
            name: "Cloudflare Rocket Loader",
            rewrites: { s in
                // `type="<24 hex digits>-text/javascript"` (or `-module`).
                guard let type = s.typeValue?.lowercased(), let dash = type.firstIndex(of: "-") else { return false }
                let prefix = type[..<dash]
                let rest = type[type.index(after: dash)...]
                return prefix.count >= 16 && prefix.allSatisfy(\.isHexDigit)
                    && (ScriptKind.classify(String(rest)) == .classic || rest == "module")
            },
            isLoader: { src, _ in src?.contains("rocket-loader") == true }),
        ScriptLoader(
            name: "WP Rocket",
            rewrites: { $0.typeValue?.lowercased() == "rocketlazyloadscript" },
            isLoader: { src, text in src?.contains("wp-rocket") == true || text.contains("RocketLazyLoadScripts") }),
        ScriptLoader(
            name: "LiteSpeed Cache",
            rewrites: { $0.typeValue?.lowercased() == "litespeed/javascript" },
            isLoader: { src, text in src?.contains("litespeed") == true || text.contains("litespeed/javascript") }),
        ScriptLoader(
            name: "Partytown",
            rewrites: { $0.typeValue?.lowercased() == "text/partytown" },
            isLoader: { src, text in src?.contains("partytown") == true || text.contains("partytown") }),
        ScriptLoader(
            name: "Perfmatters",
            rewrites: { $0.typeValue?.lowercased() == "pmdelayedscript" },
            isLoader: { src, text in src?.contains("perfmatters") == true || text.contains("pmdelayedscript") }),
        ScriptLoader(
            name: "Cookiebot",
            rewrites: { s in s.kind == .data && s.tag.has("data-cookieconsent") },
            isLoader: { src, _ in src?.contains("cookiebot.com") == true }),
        ScriptLoader(
            name: "OneTrust",
            rewrites: { s in s.kind == .data && classes(s).contains { $0.hasPrefix("optanon-category-") } },
            isLoader: { src, text in
                src?.contains("cookielaw.org") == true || src?.contains("onetrust") == true || src?.contains("otsdkstub") == true
                    || text.contains("OptanonWrapper")
            }),
        ScriptLoader(
            name: "Klaro",
            rewrites: { s in s.kind == .data && s.tag.has("data-name") && (s.tag.has("data-type") || s.tag.has("data-src")) },
            isLoader: { src, text in src?.contains("klaro") == true || text.contains("klaroConfig") }),
        ScriptLoader(
            name: "iubenda",
            rewrites: { s in s.kind == .data && classes(s).contains { $0.hasPrefix("_iub_cs_activate") } },
            isLoader: { src, text in src?.contains("iubenda") == true || text.contains("_iub") }),
        ScriptLoader(
            name: "Complianz",
            rewrites: { s in s.kind == .data && classes(s).contains { $0 == "cmplz-script" || $0 == "cmplz-native" || $0.hasPrefix("cmplz-") } },
            isLoader: { src, text in src?.contains("complianz") == true || text.contains("complianz") }),
        ScriptLoader(
            name: "CookieYes",
            rewrites: { s in s.kind == .data && s.tag.has("data-cookieyes") },
            isLoader: { src, _ in src?.contains("cookieyes") == true }),
    ]

    private static func classes(_ s: ScriptElement) -> [Substring] {
        (s.tag.attribute("class")?.value ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
    }

    /// Marks each script that a loader on the page runs later.
    static func annotate(_ document: inout ScriptDocument) {
        // Which loaders rewrote some script here: usually none, and then no script text is read.
        var candidates: [(script: Int, loaders: [Int])] = []
        for (i, s) in document.scripts.enumerated() where s.kind == .data && s.inert == nil {
            let matching = all.indices.filter { all[$0].rewrites(s) }
            if !matching.isEmpty { candidates.append((i, matching)) }
        }
        guard !candidates.isEmpty else { return }
        let wanted = Set(candidates.flatMap(\.loaders))
        var present = Set<Int>()
        for s in document.scripts where s.inert == nil && (s.kind == .classic || s.kind == .module) {
            let src = s.isExternal ? s.src?.lowercased() : nil
            let text = s.textRange.map { document.source.text($0)[...] } ?? ""
            for k in wanted where !present.contains(k) && all[k].isLoader(src, text) { present.insert(k) }
        }
        for (i, loaders) in candidates {
            if let k = loaders.first(where: { present.contains($0) }) { document.scripts[i].deferredBy = all[k].name }
        }
    }
}
