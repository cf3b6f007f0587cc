import ScriptLint

/// `scriptlint --init [FOLDER]`: looks at the project (a WordPress theme, plugin or site, a 1C-Bitrix
/// site, Drupal, Laravel, Symfony, Django, Rails, or plain HTML) and writes the `.scriptlintrc.json`
/// it needs — the extensions to lint, where parent templates are, platform settings and what to
/// leave out — saying why it chose each setting.
struct ProjectInit {
    let root: String

    /// One setting and why.
    struct Setting {
        var key: String
        var value: String
        var why: String
    }

    struct Plan {
        var project: String
        var evidence: String
        var extensions: [String] = []
        var roots: [String] = []
        var exclude: [String] = []
        var settings: [Setting] = []
        var notes: [String] = []
    }

    static let schemaURL = "https://raw.githubusercontent.com/scriptlint/scriptlint/main/Schemas/config.schema.json"

    /// Writes the configuration (never over an existing one) and prints what was chosen and why.
    func run() -> Int32 {
        let target = (root == "." ? "" : (root.hasSuffix("/") ? root : root + "/")) + ".scriptlintrc.json"
        guard FileSystem.isDirectory(root) else {
            FileHandleStderr.write("scriptlint --init: \(root) is not a folder.\n")
            return 2
        }
        if case .missing = FileSystem.kind(target) {} else {
            FileHandleStderr.write("scriptlint --init: \(target) already exists; edit it, or remove it and run --init again.\n")
            return 2
        }
        let plan = detect()
        do {
            try FileSystem.writeAtomically(Array(Self.render(plan).utf8), to: target)
        } catch {
            FileHandleStderr.write("scriptlint --init: cannot write \(target): \(error)\n")
            return 2
        }
        var out = "This looks like \(plan.project) (\(plan.evidence)).\n"
        for s in plan.settings { out += "  \(s.key): \(s.value) — \(s.why)\n" }
        for n in plan.notes { out += "  note: \(n)\n" }
        out += "Wrote \(target). Run scriptlint\(root == "." ? "" : " " + root) to lint the project.\n"
        FileHandleStdout.write(out)
        return 0
    }

    // MARK: detection

    func detect() -> Plan {
        if let plan = wordpress() ?? bitrix() ?? laravel() ?? symfony() ?? drupal() ?? django() ?? rails() ?? frontEnd() { return plan }
        var plan = Plan(project: "a site of plain HTML pages", evidence: "no CMS or framework found")
        plan.settings.append(Setting(key: "extensions", value: "(none)", why: "*.html and *.htm are linted without configuration"))
        return plan
    }

    private func wordpress() -> Plan? {
        let style = text("style.css", limit: 8192)
        let pluginFile = files(in: "").first { $0.hasSuffix(".php") && text($0, limit: 8192).contains("Plugin Name:") }
        let site = exists("wp-config.php") || exists("wp-content/themes")
        let plan: Plan
        let tested: String?
        if style.contains("Theme Name:") {
            plan = Plan(project: "a WordPress theme", evidence: "style.css has a Theme Name header")
            tested = header("Tested up to", in: style) ?? header("Tested up to", in: text("readme.txt", limit: 16384))
        } else if let pluginFile {
            plan = Plan(project: "a WordPress plugin", evidence: "\(pluginFile) has a Plugin Name header")
            tested = header("Tested up to", in: text("readme.txt", limit: 16384)) ?? header("Tested up to", in: text(pluginFile, limit: 8192))
        } else if site {
            plan = Plan(project: "a WordPress site", evidence: exists("wp-config.php") ? "wp-config.php is here" : "wp-content/themes is here")
            tested = version(fromVersionPHP: text("wp-includes/version.php", limit: 4096))
        } else {
            return nil
        }
        var p = plan
        p.extensions = ["php"]
        p.settings.append(Setting(key: "extensions", value: "php", why: "scripts are enqueued from PHP (wp_enqueue_script, wp_head callbacks)"))
        if let tested, let release = majorMinor(tested) {
            p.settings.append(Setting(key: "platforms.wordpress.version", value: release,
                                      why: "its \"Tested up to\" header says \(tested) (script strategies need 6.3)"))
        } else {
            p.notes.append("platforms.wordpress.version is left at its default (the current release): no \"Tested up to\" header says otherwise")
        }
        excludeVendor(&p)
        return p
    }

    /// A Next.js, Nuxt, Vite, Astro, SvelteKit or webpack project: its config file is the project
    /// marker that makes a folder walk read the JavaScript and TypeScript, so nothing is needed.
    private func frontEnd() -> Plan? {
        let names = ["next": "a Next.js app", "nuxt": "a Nuxt app", "vite": "a Vite app", "astro": "an Astro site",
                     "svelte": "a SvelteKit app", "webpack": "a webpack project"]
        guard let marker = FileKinds.projectMarkers.sorted().first(where: exists),
              let project = names[String(marker.prefix { $0 != "." })] else { return nil }
        var p = Plan(project: project, evidence: "\(marker) is here")
        p.settings.append(Setting(key: "extensions", value: "(none)",
                                  why: "\(marker) makes scriptlint read the project's JavaScript, TypeScript and components (not node_modules or build output)"))
        return p
    }

    private func bitrix() -> Plan? {
        let markers = ["bitrix/modules/main", "bitrix/templates", "local/templates", "local/components", "bitrix/php_interface"]
        guard let marker = markers.first(where: exists) else { return nil }
        var p = Plan(project: "a 1C-Bitrix site", evidence: "\(marker)/ is here")
        p.extensions = ["php"]
        p.settings.append(Setting(key: "extensions", value: "php", why: "templates and components add scripts from PHP ($APPLICATION->AddHeadScript, Asset::addJs)"))
        p.settings.append(Setting(key: "php.shortOpenTag", value: "true (the default)", why: "Bitrix code opens PHP with <? as often as with <?php"))
        p.notes.append("if the main module's \"move JavaScript to the end of the page\" option is on, add \"platforms\": {\"bitrix\": {\"moveJsToBody\": true}}")
        if exists("bitrix/modules") {
            p.exclude.append("bitrix/modules/")
            p.settings.append(Setting(key: "exclude", value: "bitrix/modules/", why: "the product's own modules, not the site's code"))
        }
        return p
    }

    private func laravel() -> Plan? {
        guard exists("resources/views"), exists("artisan") || find(depth: 5, where: { $0.hasSuffix(".blade.php") }) != nil else { return nil }
        var p = Plan(project: "a Laravel application", evidence: exists("artisan") ? "artisan and resources/views are here" : "resources/views holds Blade views")
        p.extensions = ["php"]
        p.roots = ["resources/views"]
        p.settings.append(Setting(key: "extensions", value: "php", why: "Blade views are *.blade.php"))
        p.settings.append(Setting(key: "templates.roots", value: "resources/views", why: "where @extends and @include names are looked up"))
        excludeVendor(&p)
        return p
    }

    private func symfony() -> Plan? {
        let composer = text("composer.json", limit: 65536).contains("\"symfony/")
        guard exists("templates"), composer || exists("config/packages") else { return nil }
        var p = Plan(project: "a Symfony application", evidence: composer ? "composer.json requires symfony/ packages and templates/ is here"
                                                                         : "config/packages and templates/ are here")
        p.roots = ["templates"]
        p.settings.append(Setting(key: "templates.roots", value: "templates", why: "where Twig's {% extends %} and {% include %} names are looked up"))
        p.notes.append("*.twig files are linted without configuration; Encore's encore_entry_script_tags is read in them")
        excludeVendor(&p)
        return p
    }

    private func drupal() -> Plan? {
        guard let info = find(depth: 4, where: { $0.hasSuffix(".info.yml") || $0.hasSuffix(".libraries.yml") }) else { return nil }
        var p = Plan(project: "a Drupal module or theme", evidence: "\(info) is here")
        p.settings.append(Setting(key: "extensions", value: "(none)", why: "*.libraries.yml and *.html.twig are linted without configuration"))
        let roots = findAll(depth: 4) { $0.hasSuffix("/templates") || $0 == "templates" }
        if !roots.isEmpty {
            p.roots = roots
            p.settings.append(Setting(key: "templates.roots", value: roots.joined(separator: ", "), why: "where Twig template names are looked up"))
        }
        return p
    }

    private func django() -> Plan? {
        let evidence: String
        if exists("manage.py") {
            evidence = "manage.py is here"
        } else if let module = find(depth: 3, where: { $0.hasSuffix(".py") && text($0, limit: 16384).contains("from django") }) {
            evidence = "\(module) imports django"
        } else {
            return nil
        }
        var p = Plan(project: "a Django project", evidence: evidence)
        p.extensions = ["py"]
        p.settings.append(Setting(key: "extensions", value: "py", why: "forms and widgets declare their scripts in Python (class Media)"))
        let venvs = files(in: "").filter { exists($0 + "/pyvenv.cfg") }
        let roots = findAll(depth: 4, skipping: Set(venvs)) { $0.hasSuffix("/templates") || $0 == "templates" }
        if !roots.isEmpty {
            p.roots = roots
            p.settings.append(Setting(key: "templates.roots", value: roots.joined(separator: ", "),
                                      why: "the project's and its apps' template folders, where {% extends %} names are looked up"))
        }
        for venv in venvs {
            p.exclude.append(venv + "/")
            p.settings.append(Setting(key: "exclude", value: venv + "/", why: "a virtualenv (pyvenv.cfg): installed packages, not the project"))
        }
        return p
    }

    private func rails() -> Plan? {
        let gemfile = text("Gemfile", limit: 65536).contains("rails")
        guard exists("app/views"), gemfile || find(depth: 4, where: { $0.hasSuffix(".html.erb") }) != nil else { return nil }
        var p = Plan(project: "a Rails application", evidence: gemfile ? "the Gemfile names rails and app/views is here" : "app/views holds ERB views")
        p.roots = ["app/views"]
        p.settings.append(Setting(key: "templates.roots", value: "app/views", why: "where layouts, render and content_for partials are looked up"))
        p.notes.append("*.html.erb files are linted without configuration; javascript_include_tag and content_for are read in them")
        return p
    }

    private func excludeVendor(_ p: inout Plan) {
        guard exists("vendor") else { return }
        p.exclude.append("vendor/")
        p.settings.append(Setting(key: "exclude", value: "vendor/", why: "Composer's packages, not the project's code"))
    }

    // MARK: output

    static func render(_ plan: Plan) -> String {
        func list(_ items: [String]) -> String { "[" + items.map { "\"\(escape($0))\"" }.joined(separator: ", ") + "]" }
        var fields = ["  \"$schema\": \"\(schemaURL)\""]
        if !plan.extensions.isEmpty { fields.append("  \"extensions\": \(list(plan.extensions))") }
        if !plan.roots.isEmpty { fields.append("  \"templates\": { \"roots\": \(list(plan.roots)) }") }
        if let version = plan.settings.first(where: { $0.key == "platforms.wordpress.version" }) {
            fields.append("  \"platforms\": { \"wordpress\": { \"version\": \"\(version.value)\" } }")
        }
        if !plan.exclude.isEmpty { fields.append("  \"exclude\": \(list(plan.exclude))") }
        return "{\n" + fields.joined(separator: ",\n") + "\n}\n"
    }

    private static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if c == "\\" || c == "\"" { out.append("\\") }
            out.append(c)
        }
        return out
    }

    // MARK: looking at files

    private func path(_ relative: String) -> String { root == "." ? relative : root + "/" + relative }

    private func exists(_ relative: String) -> Bool {
        if case .missing = FileSystem.kind(path(relative)) { return false }
        return true
    }

    private func text(_ relative: String, limit: Int) -> String {
        guard let bytes = try? FileSystem.read(path(relative)) else { return "" }
        return String(decoding: bytes.prefix(limit), as: UTF8.self)
    }

    /// The names in a folder (relative to the root), sorted.
    private func files(in relative: String) -> [String] {
        FileSystem.entries(path(relative.isEmpty ? "." : relative)).map { relative.isEmpty ? $0 : relative + "/" + $0 }
    }

    private func isFolder(_ relative: String) -> Bool { FileSystem.isDirectory(path(relative)) }

    /// Every path down to `depth` folders deep that `test` accepts, skipping VCS folders,
    /// node_modules, vendor and `skipping`.
    private func findAll(depth: Int, skipping: Set<String> = [], where test: (String) -> Bool) -> [String] {
        var found: [String] = []
        func visit(_ folder: String, _ level: Int) {
            for entry in files(in: folder) {
                let name = PathCodec.fileName(entry)
                if FileDiscovery.skippedFolders.contains(name) || name == "vendor" || skipping.contains(entry) { continue }
                if test(entry) { found.append(entry) }
                if level < depth && isFolder(entry) { visit(entry, level + 1) }
            }
        }
        visit("", 1)
        return found
    }

    private func find(depth: Int, where test: (String) -> Bool) -> String? { findAll(depth: depth, where: test).first }

    /// A `Name: value` header line's value (WordPress's file headers).
    private func header(_ name: String, in text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            guard let range = line.firstRange(of: name + ":") else { continue }
            let value = line[range.upperBound...].trimmingCharacters(in: " \t*")
            if !value.isEmpty { return value }
        }
        return nil
    }

    private func version(fromVersionPHP text: String) -> String? {
        guard let range = text.firstRange(of: "$wp_version = '") else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "'" })
    }

    /// "6.4.2" → "6.4"; nil unless it starts with two numbers.
    private func majorMinor(_ version: String) -> String? {
        let parts = version.split(separator: ".").prefix(2).map { String($0.prefix { $0.isNumber }) }
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        return parts.joined(separator: ".")
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = self[...]
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
