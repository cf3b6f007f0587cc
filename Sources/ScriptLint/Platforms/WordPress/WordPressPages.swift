/// The kinds of page WordPress prints scripts on, and which of them a call reaches.
extension WordPress {
    /// Which pages a call applies to, from the action whose callback makes it; also the kinds of
    /// page WordPress prints (front end, admin, one admin page, block editor, customizer, login).
    enum Context: Sendable, Hashable {
        case front, admin, editor, customizer, login
        /// One admin page (`update.php`): its `load-update.php`/`admin_print_scripts-update.php`
        /// actions, or the page file's own top-level code.
        case adminPage(String)
        /// Not inside a callback of a known action (`init`, top level): every kind of page.
        case any
        /// A callback hooked to several actions (`wp_enqueue_scripts` and `admin_enqueue_scripts`):
        /// the call runs on each of their kinds of page.
        indirect case several([Context])

        static func of(hook: String) -> Context? {
            switch hook {
            // The customizer's preview frame is a front-end page.
            case "wp_enqueue_scripts", "wp_head", "wp_footer", "wp_print_scripts", "wp_print_footer_scripts", "template_redirect", "wp",
                 "customize_preview_init": return .front
            case "admin_enqueue_scripts", "admin_print_scripts", "admin_print_footer_scripts", "admin_head", "admin_footer", "admin_init", "current_screen":
                return .admin
            case "enqueue_block_editor_assets": return .editor
            case "customize_controls_enqueue_scripts", "customize_controls_print_scripts", "customize_controls_print_footer_scripts": return .customizer
            case "login_enqueue_scripts", "login_head", "login_footer": return .login
            default:
                for prefix in ["admin_print_scripts-", "admin_print_footer_scripts-", "admin_head-", "admin_footer-", "load-"] where hook.hasPrefix(prefix) {
                    return .adminPage(String(hook.dropFirst(prefix.count)))
                }
                return nil
            }
        }

        /// The kinds of page the model is built for, with each admin page the run names.
        static func pages(naming names: Set<String>) -> [Context] {
            [.front, .admin, .editor, .customizer, .login] + names.sorted().map { .adminPage($0) }
        }

        var name: String {
            switch self {
            case .front: return "front"
            case .admin: return "admin"
            case .editor: return "editor"
            case .customizer: return "customizer"
            case .login: return "login"
            case .adminPage(let page): return "admin:" + page
            case .any: return "any"
            case .several(let contexts): return contexts.map(\.name).joined(separator: "+")
            }
        }

        /// The admin pages a call's context names.
        var adminPages: [String] {
            switch self {
            case .adminPage(let page): return [page]
            case .several(let contexts): return contexts.flatMap(\.adminPages)
            default: return []
            }
        }

        /// Whether a call made in `call` runs on this kind of page (every admin page runs the admin's
        /// actions; the block editor is an admin page; the customizer's block-based widget areas load
        /// the block editor's assets).
        func includes(_ call: Context) -> Bool {
            if case .several(let contexts) = call { return contexts.contains { includes($0) } }
            if self == .any || call == .any || call == self { return true }
            switch self {
            case .editor, .adminPage: return call == .admin
            case .customizer: return call == .editor
            default: return false
            }
        }

        /// Whether footer scripts end the body, when that is known: a theme's footer calls
        /// `wp_footer()` last; the customizer prints its panes after them; other admin pages differ
        /// page by page.
        var footerEndsBody: Bool? {
            switch self {
            case .front, .login, .any: return true
            case .customizer: return false
            case .admin, .editor, .adminPage, .several: return nil
            }
        }
    }
}
