/// 1C-Bitrix's asset API in PHP: `$APPLICATION->AddHeadScript()`,
/// `\Bitrix\Main\Page\Asset::getInstance()->addJs()`, `->addString('<script …>')`, a component
/// template's `$this->addExternalJs()`,
/// `$APPLICATION->AddHeadString()` and `CJSCore::Init()`. Bitrix prints them where the site
/// template calls `$APPLICATION->ShowHead()` — in `<head>` — as plain `<script src>` tags, or, with
/// the main module's "move JavaScript to the end of the page" option, right before `</body>`
/// (strings marked `data-skip-moving="true"` stay).
struct BitrixPlatform: Platform {
    static let id = APIFacts.Platform.bitrix
    static let settings = [PlatformSetting("moveJsToBody", .boolean, default: .bool(false),
                                           "The main module's \"move JavaScript to the end of the page\" option: Bitrix prints asset scripts before </body>.")]
    let movesJsToBody: Bool

    init(settings: [String: JSONValue]) {
        if case .bool(let move)? = settings["moveJsToBody"] { movesJsToBody = move } else { movesJsToBody = false }
    }

    func annotate(_ document: inout ScriptDocument, dialect: TemplateDialect, file: ParsedFile, run: RunIndex) {
        guard dialect == .php else { return }
        Bitrix.apply(to: &document, file: file, moveJsToBody: movesJsToBody)
    }
}

enum Bitrix {
    static let functions: Set<String> = ["addheadscript", "addjs", "addexternaljs", "addstring", "addheadstring", "init", "load"]

    static func mayCall(_ b: [UInt8]) -> Bool { callWords.occur(in: b) }
    // `AddHeadS` finds `AddHeadScript` and `AddHeadString`.
    private static let callWords = ByteNeedles(["addJs", "addExternalJs", "AddHeadS", "addString", "CJSCore::Init", "Extension::load"])

    /// Adds the scripts a PHP file's Bitrix asset calls print.
    static func apply(to document: inout ScriptDocument, file: ParsedFile, moveJsToBody: Bool) {
        let bytes = document.source.bytes
        guard mayCall(bytes) else { return }
        let tokens = file.phpTokens
        let reader = PHPCallReader(bytes, tokens: tokens)
        let assets = assetVariables(reader, tokens)
        let placement: Placement = moveJsToBody ? .body : .head
        let where_ = moveJsToBody ? "moved to the end of <body> (the main module's \"move JavaScript to the end\" option)" : "printed in <head> by ShowHead()"
        for call in reader.calls(named: functions) {
            guard let receiver = call.receiver?.lowercased(), !call.hasSpread else { continue }
            let isApplication = receiver.contains("application")
            let isAsset = receiver.contains("asset") || assets.contains(receiver)
            switch call.name {
            // A component template's `$this->addExternalJs()` goes to the same list.
            case "addheadscript" where isApplication, "addjs" where isAsset, "addexternaljs" where receiver == "$this":
                guard let arg = call.argument("src", position: 0) ?? call.argument("path", position: 0) else { continue }
                let src = arg.value.string ?? reader.text(arg.range)
                let fn = call.name == "addjs" ? "Asset::addJs" : call.name == "addexternaljs" ? "$this->addExternalJs" : "$APPLICATION->AddHeadScript"
                add(&document, src: src, attributes: [], range: call.range, call: fn, handle: arg.value.string, placement: placement,
                    why: "\(fn), \(where_)")
            case "addstring" where isAsset, "addheadstring" where isApplication:
                guard let arg = call.argument("str", position: 0) ?? call.argument("string", position: 0), let html = arg.value.string,
                      html.lowercased().contains("<script") else { continue }
                let fragment = HTMLParser.parse(SourceText(bytes: Array(html.utf8), encoding: .utf8, bomLength: 0))
                let fn = call.name == "addstring" ? "Asset::addString" : "$APPLICATION->AddHeadString"
                for s in fragment.scripts where !s.isUnterminated {
                    let skip = s.tag.attribute("data-skip-moving")?.value?.lowercased() == "true"
                    let p: Placement = moveJsToBody && !skip ? .body : .head
                    let attributes = s.tag.attributes.filter { $0.name != "src" }.map { ($0.name, $0.value) }
                    if s.isExternal {
                        add(&document, src: s.src ?? "", attributes: attributes, range: call.range, call: fn, handle: nil, placement: p,
                            why: "\(fn), \(p == .head ? "printed in <head> by ShowHead()" : where_)")
                    }
                }
            case "init" where receiver.hasSuffix("cjscore"), "load" where receiver.hasSuffix("ui\\extension") || receiver == "extension":
                guard let arg = call.argument("arExt", position: 0) ?? call.argument("extNames", position: 0) ?? call.arguments.first else { continue }
                let names = arg.value.string.map { [$0] } ?? arg.value.strings ?? []
                let fn = call.name == "init" ? "CJSCore::Init" : "Extension::load"
                for name in names {
                    add(&document, src: name, attributes: [], range: call.range, call: fn, handle: name, placement: placement,
                        why: "the `\(name)` \(call.name == "init" ? "core" : "UI") extension, \(where_)")
                }
            default:
                continue
            }
        }
    }

    /// Variables that hold the asset manager (`$a = \Bitrix\Main\Page\Asset::getInstance();`),
    /// lowercased as receivers are compared.
    private static func assetVariables(_ reader: PHPCallReader, _ tokens: [PHPToken]) -> Set<String> {
        var out = Set<String>()
        for k in tokens.indices.dropLast(4) where tokens[k].kind == .variable && tokens[k + 1].kind == .punct("=") {
            guard tokens[k + 2].kind == .name, reader.text(tokens[k + 2]).lowercased().hasSuffix("asset"),
                  tokens[k + 3].kind == .punct("::"), reader.isName(tokens[k + 4], "getinstance") else { continue }
            out.insert(reader.text(tokens[k]).lowercased())
        }
        return out
    }

    private static func add(_ document: inout ScriptDocument, src: String, attributes: [(String, String?)], range: ByteRange, call: String,
                            handle: String?, placement: Placement, why: String) {
        var attrs = [Attribute(name: "src", value: src, range: range, valueRange: nil, leadingSpaceStart: range.start)]
        for (name, value) in attributes { attrs.append(Attribute(name: name, value: value, range: range, valueRange: nil, leadingSpaceStart: range.start)) }
        var s = ScriptElement.make(StartTag(name: "script", attributes: attrs, range: range, selfClosing: false),
                                   isSVG: false, inert: nil, placement: placement, index: document.scripts.count)
        // Moved scripts are printed together before `</body>`.
        s.atEndOfBody = placement == .body
        s.api = APIFacts(platform: .bitrix, call: call, handle: handle, why: why)
        document.scripts.append(s)
    }
}
