/// The attributes a framework gives a `<script>` it prints from props or an object — JSX's
/// `<script src="…" async />`, unhead's `{ src: '…', defer: true }` — as far as they are literal.
/// `true`, a bare JSX attribute or any string makes a boolean attribute present; `false`, `null`
/// and `undefined` leave it out (React and unhead both render them so).
struct ScriptProps {
    struct Prop {
        /// Lowercase, as the HTML attribute (`noModule` → `nomodule`).
        var name: String
        /// The attribute's value, `nil` when it is boolean.
        var value: String?
        var range: ByteRange
        var valueRange: ByteRange?
    }

    var props: [Prop] = []
    /// Attributes whose value the reader cannot know (`defer={isProd}`).
    var unknown: Set<String> = []
    /// A spread or computed key: any attribute may be present.
    var anyUnknown = false
    /// Content given as a prop (`dangerouslySetInnerHTML`, `innerHTML`, `children`).
    var hasContent = false
    /// Framework-only props by their lowercase name, with their values.
    var options: [String: JSSyntax.Value] = [:]

    static let contentProps: Set<String> = ["dangerouslysetinnerhtml", "innerhtml", "textcontent", "children"]
    /// The attributes React renders only for a truthy value (`defer=""` and `async={0}` print nothing).
    static let reactBooleans: Set<String> = ["async", "defer", "nomodule", "hidden", "disabled"]

    /// Adds one prop. `frameworkOnly`: lowercase names the framework reads and never prints.
    /// `react`: values follow React's rules for boolean attributes.
    mutating func add(name raw: String, value: JSSyntax.Value?, range: ByteRange, frameworkOnly: Set<String>, source: [UInt8], react: Bool = false) {
        let name = raw.lowercased()
        if react, Self.reactBooleans.contains(name) {
            switch value {
            case .string("", _)?, .number("0", _)?: return
            default: break
            }
        }
        if Self.contentProps.contains(name) {
            hasContent = true
            return
        }
        if frameworkOnly.contains(name) || name == "key" || name == "ref" {
            if let value { options[name] = value }
            return
        }
        guard let value else {
            props.append(Prop(name: name, value: nil, range: range))
            return
        }
        switch value {
        case .bool(false, _), .null:
            return
        case .bool(true, _):
            props.append(Prop(name: name, value: nil, range: range))
        case .string(let s, let r):
            props.append(Prop(name: name, value: s, range: range, valueRange: r))
        case .number(let n, let r):
            props.append(Prop(name: name, value: n, range: range, valueRange: r))
        default:
            // The expression as written stands for the value (`src={url}` is still a file).
            unknown.insert(name)
            let r = value.range
            let text = r.start < r.end && r.end <= source.count ? String(decoding: source[r.start..<min(r.end, r.start + 80)], as: UTF8.self) : "…"
            props.append(Prop(name: name, value: "{\(text)}", range: range, valueRange: r))
        }
    }

    /// From an object literal (`useHead`'s `script` entries, a config's `head.script`).
    static func from(object value: JSSyntax.Value, in syntax: JSSyntax, frameworkOnly: Set<String>) -> ScriptProps {
        var props = ScriptProps()
        guard case .object(let entries, _) = value else {
            props.anyUnknown = true
            return props
        }
        for e in entries {
            guard let key = e.key else { props.anyUnknown = true; continue }
            props.add(name: key, value: e.value, range: ByteRange(e.keyRange.start, e.value.range.end), frameworkOnly: frameworkOnly, source: syntax.bytes)
        }
        return props
    }

    /// From a JSX element's attributes.
    static func from(jsx element: JSXElement, in syntax: JSSyntax, frameworkOnly: Set<String>) -> ScriptProps {
        var props = ScriptProps()
        for a in element.attributes {
            if a.isSpread { props.anyUnknown = true; continue }
            switch a.value {
            case .none: props.add(name: a.name, value: nil, range: a.range, frameworkOnly: frameworkOnly, source: syntax.bytes, react: true)
            case .string(let s, let r): props.add(name: a.name, value: .string(s, r), range: a.range, frameworkOnly: frameworkOnly, source: syntax.bytes, react: true)
            case .element(let k): props.add(name: a.name, value: .element(k, a.range), range: a.range, frameworkOnly: frameworkOnly, source: syntax.bytes, react: true)
            case .expression(let r, let tokens):
                // `{false}`: one literal token, whatever follows the braces; `{{ … }}`: a value
                // that takes every token between them.
                var v: JSSyntax.Value = .unknown(r)
                if tokens.count == 1 {
                    v = syntax.literal(at: tokens.lowerBound) ?? v
                } else if !tokens.isEmpty {
                    let (parsed, next) = syntax.value(at: tokens.lowerBound)
                    if next == tokens.upperBound, !parsed.isUnknown { v = parsed }
                }
                props.add(name: a.name, value: v, range: a.range, frameworkOnly: frameworkOnly, source: syntax.bytes, react: true)
            }
        }
        if element.children.contains(where: { if case .element = $0 { return false } else { return true } }) { props.hasContent = true }
        return props
    }

    /// The start tag the framework prints, its range the construct's (`at`), with `extra`
    /// attributes it adds (Next.js's `defer` on `beforeInteractive`).
    func tag(at range: ByteRange, extra: [String] = []) -> StartTag {
        var attributes: [Attribute] = []
        var seen = Set<String>()
        for p in props where seen.insert(p.name).inserted {
            attributes.append(Attribute(name: p.name, value: p.value, range: p.range, valueRange: p.valueRange, leadingSpaceStart: p.range.start))
        }
        for name in extra where seen.insert(name).inserted {
            attributes.append(Attribute(name: name, value: nil, range: range, valueRange: nil, leadingSpaceStart: range.start))
        }
        return StartTag(name: "script", attributes: attributes, range: range, selfClosing: false)
    }

    /// The script element: its facts from the tag; loading unknown where a prop is.
    func element(at range: ByteRange, placement: Placement, index: Int, api: APIFacts, extra: [String] = []) -> ScriptElement {
        var s = ScriptElement.make(tag(at: range, extra: extra), isSVG: false, inert: nil, placement: placement, index: index)
        // A `src` from an expression is still a file; content as a prop makes it inline.
        if s.isInline && hasContent { s.textRange = nil }
        var api = api
        api.unknownLoading = api.unknownLoading || anyUnknown || !unknown.isDisjoint(with: ["async", "defer", "type", "nomodule"])
        s.api = api
        return s
    }
}
