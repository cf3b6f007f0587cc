import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// Scripts added through CMS and framework APIs: PHP's lexical rules, WordPress's calls and the
/// way WP_Scripts places them, and the proof against a real WordPress.
final class PlatformTests: XCTestCase {
    /// A token's kind with, for a string, its value (read as the readers read it).
    private enum Kind: Equatable {
        case inlineHTML, name, variable, string(String), interpolated, number, punct(PHPPunct), closeTag
    }

    private func kinds(_ php: String) -> [Kind] {
        let bytes = Array(php.utf8)
        return PHPLexer.tokens(bytes).map { t in
            switch t.kind {
            case .inlineHTML: return .inlineHTML
            case .name: return .name
            case .variable: return .variable
            case .string: return .string(PHPLexer.value(of: t, in: bytes) ?? "?")
            case .interpolated: return .interpolated
            case .number: return .number
            case .punct(let p): return .punct(p)
            case .closeTag: return .closeTag
            }
        }
    }

    func testPHPLexerStringsCommentsAndTags() {
        let src = "<p>x</p><?php // a ?> comment ends here\nf('a\\'b', \"c$d\", \"e\\n\"); /* ?> */ ?>tail"
        let k = kinds(src)
        XCTAssertEqual(k.first, .inlineHTML)
        // `?>` inside a `//` comment leaves PHP; the rest of that line is HTML until the next `<?php`.
        XCTAssertEqual(k[1], .closeTag)
        XCTAssertEqual(k[2], .inlineHTML)
        let noComment = kinds("<?php f('a\\'b', \"c$d\", \"e\\n\"); /* ?> */ ?>tail")
        XCTAssertEqual(noComment, [.name, .punct("("), .string("a'b"), .punct(","), .interpolated, .punct(","), .string("e\n"),
                                   .punct(")"), .punct(";"), .closeTag, .inlineHTML])
    }

    /// Punctuation tokens are their bytes packed in an integer: each literal the readers write
    /// equals the token the lexer makes of the same bytes, and reads back as those bytes.
    func testPHPPunctuationIsItsBytes() {
        let all = ["(", ")", "[", "]", "{", "}", ",", ";", ".", "=", "?", ":", "!", "&", "|", "@", "=>", "->", "::", "?->", "..."]
        for p in all {
            let tokens = PHPLexer.tokens(Array(("<?php a" + p + "b").utf8))
            XCTAssertEqual(tokens.count, 3, p)
            guard case .punct(let made) = tokens[1].kind else { return XCTFail(p) }
            XCTAssertEqual(made.description, p)
        }
        XCTAssertEqual(kinds("<?php f(a?->b, ...$c) => [1];"),
                       [.name, .punct("("), .name, .punct("?->"), .name, .punct(","), .punct("..."), .variable, .punct(")"),
                        .punct("=>"), .punct("["), .number, .punct("]"), .punct(";")])
        let minus: PHPPunct = "-", question: PHPPunct = "?"
        XCTAssertNotEqual(minus, "->")
        XCTAssertNotEqual(question, "?->")
        XCTAssertEqual(PHPPunct(0x28), "(")
    }

    /// A string token's value is read from its bytes when asked for: every quoting, escaping and
    /// unterminated form gives the value PHP would (up to the lexer's escapes).
    func testPHPStringValuesReadWhenAsked() {
        let cases: [(String, String)] = [
            ("'plain'", "plain"), ("'it\\'s'", "it's"), ("'back\\\\slash'", "back\\slash"), ("'keep\\n'", "keep\\n"),
            ("\"tab\\there\"", "tab\there"), ("\"q\\\"x\"", "q\"x"), ("\"price \\$5\"", "price $5"), ("\"a{b}\"", "a{b}"),
            ("'unterminated", "unterminated"), ("'unterminated\\'", "unterminated'"), ("\"open", "open"),
            ("<<<'N'\n  raw $x\n  N", "raw $x"), ("<<<EOT\n    a\n      b\n    EOT", "a\n  b"), ("''", ""),
        ]
        for (literal, value) in cases {
            XCTAssertEqual(kinds("<?php " + literal), [.string(value)], literal)
        }
        XCTAssertEqual(kinds("<?php \"hi $name\" 'x'"), [.interpolated, .string("x")])
        XCTAssertNil(PHPLexer.value(of: PHPLexer.tokens(Array("<?php f".utf8))[0], in: Array("<?php f".utf8)), "not a string")
    }

    func testPHPLexerHeredocAndNowdoc() {
        let src = "<?php $a = <<<EOT\n  x $y\n  EOT;\n$b = <<<'N'\n<?php wp_enqueue_script('no', '/no.js'); ?>\nN;\nwp_enqueue_script('yes', '/yes.js');"
        let calls = WordPress.read(Array(src.utf8))
        XCTAssertEqual(calls.registrations.map(\.handle), ["yes"], "calls inside heredoc/nowdoc text are text")
        XCTAssertTrue(kinds(src).contains(.interpolated))
        XCTAssertTrue(kinds(src).contains(.string("<?php wp_enqueue_script('no', '/no.js'); ?>")))
    }

    func testPHPAttributesAreNotComments() {
        let src = "<?php #[Attr] function f() {} wp_enqueue_script('h', '/h.js');"
        XCTAssertEqual(WordPress.read(Array(src.utf8)).registrations.map(\.handle), ["h"])
    }

    func testRegistrationForms() {
        let src = """
        <?php
        wp_register_script('a', '/a.js');
        wp_enqueue_script('b', '/b.js', array('a'), '1', true);
        wp_enqueue_script('c', '/c.js', [], null, ['in_footer' => true, 'strategy' => 'async']);
        wp_enqueue_script(handle: 'd', src: '/d.js', args: ['strategy' => 'defer']);
        wp_enqueue_script('e');
        wp_enqueue_script('f', false, ['a']);
        wp_enqueue_script('g', $src, $deps);
        $wp_scripts->add('h', '/h.js', [], '1', 1);
        $other->add('not-a-script', '/x.js');
        function wp_enqueue_script($handle) {}
        """
        let calls = WordPress.read(Array(src.utf8))
        XCTAssertEqual(calls.registrations.map(\.handle), ["a", "b", "c", "d", "f", "g", "h"])
        XCTAssertEqual(calls.enqueues.map(\.handle), ["e"])
        let byHandle = Dictionary(uniqueKeysWithValues: calls.registrations.map { ($0.handle, $0) })
        XCTAssertEqual(byHandle["f"]?.source, .alias)
        XCTAssertEqual(byHandle["g"]?.source, .expression("$src"))
        XCTAssertNil(byHandle["g"]?.dependencies, "a variable list of dependencies is not known")
        XCTAssertEqual(byHandle["b"]?.dependencies, ["a"])
        XCTAssertTrue(byHandle["h"]?.isAddMethod == true)
    }

    private func model(_ php: String, version: [Int] = [6, 9]) -> [String: ScriptElement] {
        let settings = TemplateSettings(platforms: ["wordpress": ["version": .string(version.map(String.init).joined(separator: "."))]])
        let linter = try! Linter(templates: settings)
        let doc = linter.parse(path: "/virtual/functions.php", bytes: Array(php.utf8))
        return Dictionary(doc.scripts.compactMap { s in s.api?.handle.map { ($0, s) } }, uniquingKeysWith: { a, _ in a })
    }

    /// PHP 8 named arguments: the fifth is `in_footer:` before 6.3 and `args:` since.
    func testNamedFifthArgument() {
        let old = model("<?php\nwp_enqueue_script( handle: 'a', src: '/a.js', in_footer: true );\nwp_enqueue_script( handle: 'b', src: '/b.js', in_footer: false );", version: [6, 1])
        XCTAssertEqual(old["a"]?.placement, .body)
        XCTAssertEqual(old["b"]?.placement, .head)
        let new = model("<?php\nwp_enqueue_script( handle: 'a', src: '/a.js', args: array( 'in_footer' => true, 'strategy' => 'defer' ) );")
        XCTAssertEqual(new["a"]?.placement, .body)
        XCTAssertEqual(new["a"]?.isDefer, true)
    }

    /// Core's handles come from the table of the release the configuration targets: 6.4 made
    /// comment-reply `async`, 6.5 turned the search block's view script into a module, 7.x added
    /// handles 6.x does not have.
    func testCoreTablePerRelease() {
        XCTAssertEqual(WordPressCore.releases, ["6.1.9", "6.3.10", "6.5.10", "6.8.12", "7.1.4"])
        XCTAssertNil(WordPressCore.handles(for: [6, 1])["comment-reply"]?.strategy)
        XCTAssertNil(WordPressCore.handles(for: [5, 9])["comment-reply"]?.strategy, "older than every table: the oldest")
        XCTAssertNil(WordPressCore.handles(for: [6, 2])["password-toggle"], "6.2 takes 6.1's table")
        XCTAssertNotNil(WordPressCore.handles(for: [6, 3])["password-toggle"])
        XCTAssertNil(WordPressCore.handles(for: [6, 4])["comment-reply"]?.strategy, "6.4 takes 6.3's table")
        XCTAssertNotNil(WordPressCore.handles(for: [6, 4])["wp-block-search-view"])
        XCTAssertEqual(WordPressCore.handles(for: [6, 5])["comment-reply"]?.strategy, "async")
        XCTAssertNil(WordPressCore.handles(for: [6, 5])["wp-block-search-view"])
        XCTAssertEqual(WordPressCore.handles(for: [6, 9])["comment-reply"]?.strategy, "async")
        XCTAssertNil(WordPressCore.handles(for: [6, 9])["wp-theme"])
        XCTAssertNotNil(WordPressCore.handles(for: [7, 1])["wp-theme"])
        let php = "<?php\nadd_action( 'wp_enqueue_scripts', function () { wp_enqueue_script( 'comment-reply' ); } );"
        XCTAssertEqual(model(php, version: [6, 1])["comment-reply"]?.isAsync, false)
        XCTAssertEqual(model(php, version: [6, 9])["comment-reply"]?.isAsync, true)
    }

    /// Script modules (6.5): a module with a source that the run enqueues is a `type="module"` script;
    /// one only registered is not printed; before 6.5 the API does not exist.
    func testScriptModules() {
        let php = """
        <?php
        add_action( 'wp_enqueue_scripts', function () {
            wp_register_script_module( '@theme/search', get_template_directory_uri() . '/js/search.js', array( '@wordpress/interactivity' ) );
            wp_register_script_module( '@theme/unused', '/js/unused.js' );
            wp_enqueue_script_module( '@theme/search' );
            wp_enqueue_script_module( '@theme/menu', '/js/menu.js' );
        } );
        """
        let m = model(php)
        XCTAssertEqual(Set(m.keys), ["@theme/search", "@theme/menu"])
        XCTAssertEqual(m["@theme/menu"]?.kind, .module)
        XCTAssertEqual(m["@theme/search"]?.src, "get_template_directory_uri() . '/js/search.js'")
        XCTAssertTrue(model(php, version: [6, 4]).isEmpty)
        let linter = try! Linter(templates: TemplateSettings(platforms: [:]))
        XCTAssertEqual(linter.lint(linter.parse(path: "/virtual/functions.php", bytes: Array(php.utf8))).map(\.ruleID), [], "a module never blocks")
        XCTAssertEqual(m["@theme/menu"]?.placement, .body, "no theme in the run: a classic theme's wp_footer")
        XCTAssertEqual(m["@theme/menu"]?.atEndOfBody, true)
    }

    /// A footer script that a `<head>` script depends on, however far down, is printed in `<head>`,
    /// named by the dependent that moves it; the same with a dependency cycle (each handle searched
    /// on its own) as without (each handle resolved once).
    func testGroupsFollowDependents() {
        let diamond = model("""
        <?php
        wp_enqueue_script( 'base', '/base.js', array(), '1', true );
        wp_enqueue_script( 'left', '/left.js', array( 'base' ), '1', true );
        wp_enqueue_script( 'right', '/right.js', array( 'base' ), '1', true );
        wp_enqueue_script( 'top', '/top.js', array( 'left', 'right' ), '1', true );
        wp_enqueue_script( 'head', '/head.js', array( 'right' ), '1', false );
        """)
        XCTAssertEqual(diamond["base"]?.placement, .head)
        XCTAssertEqual(diamond["base"]?.api?.why.contains("`right` depends on it"), true)
        XCTAssertEqual(diamond["left"]?.placement, .body)
        XCTAssertEqual(diamond["top"]?.placement, .body)
        let cycle = model("""
        <?php
        wp_enqueue_script( 'a', '/a.js', array( 'b' ), '1', true );
        wp_enqueue_script( 'b', '/b.js', array( 'a' ), '1', true );
        wp_enqueue_script( 'c', '/c.js', array( 'a' ), '1', false );
        """)
        XCTAssertEqual(cycle["a"]?.placement, .head)
        XCTAssertEqual(cycle["b"]?.placement, .head)
        XCTAssertEqual(cycle["b"]?.api?.why.contains("`a` depends on it"), true)
    }

    /// `wp_is_block_theme()`'s test: a theme with `templates/index.html` prints script modules in
    /// `wp_head`; a classic one (a `functions.php`, no block templates) in `wp_footer`; a run with
    /// both kinds, or none, is undecided.
    func testBlockThemeDecidesWhereModulesPrint() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("scriptlint-themes-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for file in ["block/functions.php", "block/templates/index.html", "classic/functions.php", "classic/index.php", "old-block/block-templates/index.html"] {
            try FileManager.default.createDirectory(atPath: (root + "/" + file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data().write(to: URL(fileURLWithPath: root + "/" + file))
        }
        XCTAssertEqual(WordPressPlatform.blockTheme(among: [root + "/block/functions.php"]), true)
        XCTAssertEqual(WordPressPlatform.blockTheme(among: [root + "/old-block/block-templates/index.html"]), true)
        XCTAssertEqual(WordPressPlatform.blockTheme(among: [root + "/classic/functions.php", root + "/classic/index.php"]), false)
        XCTAssertNil(WordPressPlatform.blockTheme(among: [root + "/block/functions.php", root + "/classic/functions.php"]))
        XCTAssertNil(WordPressPlatform.blockTheme(among: [root + "/classic/index.php"]))
        // Only the names themselves mark a theme, not names that end with them.
        XCTAssertNil(WordPressPlatform.blockTheme(among: [root + "/classic/myfunctions.php", root + "/block/not-templates/index.html"]))
        XCTAssertEqual(WordPressPlatform.blockTheme(among: [root + "/block/templates/index.html", root + "/block/functions.php"]), true)
    }

    /// The quick test before lexing a file for hooked callbacks passes every printing hook, and
    /// only files that hook one.
    func testMayHookPassesEveryPrintingHook() {
        for hook in WordPressHooks.hooks.keys {
            XCTAssertTrue(WordPressPlatform.words(Array("add_action( '\(hook)', 'f' );".utf8)).mayHook, hook)
        }
        XCTAssertFalse(WordPressPlatform.words(Array("add_action( 'init', 'f' );".utf8)).mayHook)
        XCTAssertFalse(WordPressPlatform.words(Array("echo 'wp_head';".utf8)).mayHook)
    }

    /// The one search of a PHP file for what WordPress reads finds what a search per word finds,
    /// on every PHP file of the fixtures, halves of them, and made-up samples.
    func testOneSearchFindsWhatEachWordFinds() throws {
        let words = WordPressPlatform.wordList
        for a in words { for b in words where a != b { XCTAssertFalse(b.hasPrefix(a), "\(a) begins \(b)") } }
        var samples: [[UInt8]] = ["", "add_action( 'wp_head', 'f' ); wp_enqueue_script( 'x' ); wp_footer();", "wp_footer add_action",
                                  "add_action add_action _head", "_print_ add_action", "scripts()->add( 'a' )", "wp_foote add_actio"].map { Array($0.utf8) }
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
        let walk = FileManager.default.enumerator(atPath: fixtures.path)
        while let name = walk?.nextObject() as? String {
            guard name.hasSuffix(".php") else { continue }
            let bytes = [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
            samples += [bytes, Array(bytes.prefix(bytes.count / 2)), Array(bytes.suffix(bytes.count / 3))]
        }
        XCTAssertGreaterThan(samples.count, 30)
        for b in samples {
            let expected = WordPressPlatform.Words(mayCall: WordPress.mayCall(b), mayHook: contains(b, "add_action") && WordPressHooks.mayNameHook(b), footer: contains(b, "wp_footer"))
            XCTAssertEqual(WordPressPlatform.words(b), expected, String(decoding: b.prefix(80), as: UTF8.self))
        }
    }

    /// A script enqueued at footer time (a callback of `wp_print_footer_scripts`, as hCaptcha's
    /// integrations do) goes to the footer whatever its group, and so does jQuery when only such a
    /// call pulls it in; an enqueue before `<head>` keeps jQuery in `<head>`, reported there.
    func testFooterTimeEnqueues() {
        let late = model("""
        <?php
        class Form {
            public function init() { add_action( 'wp_print_footer_scripts', [ $this, 'enqueue_scripts' ], 9 ); }
            public function enqueue_scripts() {
                wp_enqueue_script( 'late-one', '/late.js', array( 'jquery' ), '1', false );
            }
        }
        """)
        XCTAssertEqual(late["late-one"]?.placement, .body, "enqueued after <head> was printed")
        XCTAssertEqual(late["jquery-core"]?.placement, .body, "pulled in only at footer time")
        let both = model("""
        <?php
        add_action( 'wp_footer', function () { wp_enqueue_script( 'late-one', '/late.js', array( 'jquery' ), '1', true ); } );
        add_action( 'wp_enqueue_scripts', function () { wp_enqueue_script( 'early-one', '/early.js', array( 'jquery' ), '1', true ); } );
        """)
        XCTAssertEqual(both["jquery-core"]?.placement, .head)
        XCTAssertEqual(both["jquery-core"]?.tag.range.start, both["early-one"]?.tag.range.start, "reported at the call that puts it in <head>")
    }

    /// On admin pages core itself prints `common` (and so jQuery) in `<head>`: an admin call that
    /// depends on jQuery is not charged with it; the same call on the front end is.
    func testCoreAdminScriptsAreNotChargedToAdminCalls() {
        let admin = model("""
        <?php
        add_action( 'admin_enqueue_scripts', function () { wp_enqueue_script( 'mine', '/mine.js', array( 'jquery' ), '1', true ); } );
        """)
        XCTAssertNotNil(admin["mine"])
        XCTAssertNil(admin["jquery-core"], "core's admin pages load jQuery anyway")
        let front = model("""
        <?php
        add_action( 'wp_enqueue_scripts', function () { wp_enqueue_script( 'mine', '/mine.js', array( 'jquery' ), '1', true ); } );
        """)
        XCTAssertEqual(front["jquery-core"]?.placement, .head)
    }

    /// Handles that are not literals: a variable, a property or a constant the file assigns one
    /// literal is resolved; otherwise (the WordPress Plugin Boilerplate's `$this->plugin_name`) the
    /// script is still placed and reported at the call, named by its expression.
    func testHandlesThatAreNotLiterals() {
        let m = model("""
        <?php
        define( 'MY_HANDLE', 'my-const' );
        class Plugin_Name_Public {
            const LIB = 'my-lib';
            private $plugin_name;
            public function __construct( $plugin_name ) { $this->plugin_name = $plugin_name; }
            public function enqueue_scripts() {
                wp_enqueue_script( $this->plugin_name, plugin_dir_url( __FILE__ ) . 'js/public.js', array( 'jquery' ), $this->version, false );
                wp_enqueue_script( self::LIB, '/lib.js', array(), null, true );
            }
        }
        $handle = 'my-local';
        wp_enqueue_script( $handle, '/local.js' );
        wp_enqueue_script( MY_HANDLE, '/const.js', array(), null, array( 'strategy' => 'defer' ) );
        foreach ( $list as $each => $src ) { wp_enqueue_script( $each ); }
        $twice = 'a'; $twice = 'b';
        wp_enqueue_script( $twice, '/twice.js' );
        function my_register( $name, $src ) { wp_register_script( $name, $src ); }
        """)
        XCTAssertEqual(m["$this->plugin_name"]?.placement, .head, "named by its expression, placed by its arguments")
        XCTAssertEqual(m["my-local"]?.placement, .head)
        XCTAssertEqual(m["my-const"]?.isDefer, true)
        XCTAssertEqual(m["my-lib"]?.placement, .body, "a class constant")
        XCTAssertEqual(m["$twice"]?.placement, .head, "two values: not resolved, still reported")
        XCTAssertNil(m["a"]); XCTAssertNil(m["b"]); XCTAssertNil(m["$each"])
        XCTAssertNil(m["$name"], "a wrapper's parameters: not known which scripts pass through")
    }

    /// `wp_script_add_data( 'html5', 'conditional', 'lt IE 9' )` (Twenty Seventeen): WordPress prints
    /// the tag inside an IE conditional comment (6.9: not at all), which no current browser loads.
    func testConditionalScriptsAreNotLoaded() {
        let m = model("""
        <?php
        wp_enqueue_script( 'theme-html5', get_theme_file_uri( '/assets/js/html5.js' ), array(), '3.7.3' );
        wp_script_add_data( 'theme-html5', 'conditional', 'lt IE 9' );
        wp_enqueue_script( 'theme-nav', get_theme_file_uri( '/assets/js/nav.js' ), array(), '1.0' );
        """)
        XCTAssertNil(m["theme-html5"], "a script in an IE conditional comment is not a script a browser loads")
        XCTAssertEqual(m["theme-nav"]?.placement, .head)
    }

    /// A callback hooked to several actions runs on each of their kinds of page.
    func testACallbackOnSeveralActionsCountsForEach() {
        let m = model("""
        <?php
        function both() { wp_enqueue_script( 'both', '/both.js', array(), '1', true ); }
        add_action( 'wp_enqueue_scripts', 'both' );
        add_action( 'admin_enqueue_scripts', 'both' );
        """)
        XCTAssertEqual(Set(m["both"]?.api?.variants.map(\.context) ?? []), ["front", "admin", "editor"])
    }

    /// Scripts for the customizer's preview frame are front-end scripts, never the login page's.
    func testCustomizePreviewScriptsAreFrontEndScripts() {
        let m = model("""
        <?php
        function theme_preview() { wp_enqueue_script( 'theme-preview', '/preview.js', array( 'customize-preview' ), '1', true ); }
        add_action( 'customize_preview_init', 'theme_preview' );
        """)
        XCTAssertEqual(m["theme-preview"]?.api?.variants.map(\.context), ["front"])
    }

    func testGroupsAndDependencies() {
        let m = model("""
        <?php
        wp_register_script('lib', '/lib.js', [], '1', true);
        wp_enqueue_script('app', '/app.js', ['lib', 'wp-util']);
        wp_enqueue_script('late', '/late.js', [], '1', true);
        """)
        XCTAssertEqual(m["app"]?.placement, .head)
        XCTAssertEqual(m["lib"]?.placement, .head, "a <head> script's dependency is printed in <head>")
        XCTAssertTrue(m["lib"]?.api?.why.contains("`app` depends on it") == true)
        XCTAssertEqual(m["wp-util"]?.placement, .head, "core's footer script moves too")
        XCTAssertEqual(m["late"]?.placement, .body)
        XCTAssertTrue(m["late"]?.atEndOfBody == true)
    }

    func testStrategiesFollowWordPressSixThree() {
        let php = """
        <?php
        wp_enqueue_script('dep', '/dep.js', [], '1', ['strategy' => 'async']);
        wp_enqueue_script('user', '/user.js', ['dep'], '1', ['strategy' => 'defer']);
        wp_enqueue_script('blocked', '/blocked.js', [], '1', ['strategy' => 'defer']);
        wp_enqueue_script('blocker', '/blocker.js', ['blocked']);
        wp_enqueue_script('inline-after', '/ia.js', [], '1', ['strategy' => 'defer']);
        wp_add_inline_script('inline-after', 'x();');
        wp_enqueue_script('unknown', '/u.js', [], '1', ['strategy' => $s]);
        """
        let m = model(php)
        XCTAssertEqual(m["dep"]?.isDefer, true, "async falls back to defer under a deferred dependent")
        XCTAssertEqual(m["dep"]?.isAsync, false)
        XCTAssertEqual(m["user"]?.isDefer, true)
        XCTAssertEqual(m["blocked"]?.isDefer, false, "a blocking dependent makes it blocking")
        XCTAssertEqual(m["inline-after"]?.isDefer, false, "an `after` inline script keeps it blocking")
        XCTAssertEqual(m["unknown"]?.api?.unknownLoading, true)
        // Before 6.3 the array is a true $in_footer and no strategy exists.
        let old = model(php, version: [6, 1])
        XCTAssertEqual(old["user"]?.placement, .body)
        XCTAssertEqual(old["user"]?.isDefer, false)
    }

    func testFindingsAndFixesAtTheCallSite() throws {
        let php = "<?php\nwp_enqueue_script( 'app', '/app.js', array(), '1.0' );\nwp_enqueue_script( 'old', '/o.js', [], '1', false );\n"
        let linter = try Linter()
        let doc = linter.parse(path: "/virtual/plugin.php", bytes: Array(php.utf8))
        let diagnostics = linter.lint(doc).filter { $0.ruleID == "render-blocking-script" }
        XCTAssertEqual(diagnostics.map(\.start.line), [2, 3])
        XCTAssertEqual(diagnostics[0].start.column, 1)
        let add = try XCTUnwrap(diagnostics[0].suggestions.first { $0.description == "Add `defer`" })
        let fixed = Fixer.apply([add], to: Array(php.utf8)).0
        XCTAssertEqual(String(decoding: fixed, as: UTF8.self),
                       "<?php\nwp_enqueue_script( 'app', '/app.js', array(), '1.0', array( 'strategy' => 'defer' ) );\nwp_enqueue_script( 'old', '/o.js', [], '1', false );\n")
        let replace = try XCTUnwrap(diagnostics[1].suggestions.first { $0.description == "Add `defer`" })
        XCTAssertEqual(replace.edits.map(\.replacement), ["array( 'strategy' => 'defer' )"])
        // After the fix the script is deferred and its finding is gone.
        XCTAssertEqual(linter.lint(linter.parse(path: "/virtual/plugin.php", bytes: fixed)).filter { $0.ruleID == "render-blocking-script" }.count, 1)
    }

    func testDrupalHeaderMovesDependenciesAndFixesEditTheFlowMapping() throws {
        let yml = "lib:\n  header: true\n  js:\n    a.js: {}\n    b.js: { minified: true }\n  dependencies: [ x/dep ]\ndep:\n  js:\n    d.js: { attributes: { async: true } }\n"
        let linter = try Linter()
        let doc = linter.parse(path: "/virtual/x.libraries.yml", bytes: Array(yml.utf8))
        XCTAssertEqual(doc.scripts.map(\.placement), [.head, .head, .head])
        XCTAssertEqual(doc.scripts.map(\.isAsync), [false, false, true])
        let d = linter.lint(doc).filter { $0.ruleID == "render-blocking-script" }
        XCTAssertEqual(d.map(\.start.line), [4, 5])
        let fixed = Fixer.apply([d[1].suggestions[0]], to: Array(yml.utf8)).0
        XCTAssertTrue(String(decoding: fixed, as: UTF8.self).contains("b.js: { attributes: { defer: true }, minified: true }"))
        XCTAssertEqual(linter.lint(linter.parse(path: "/virtual/x.libraries.yml", bytes: fixed)).filter { $0.ruleID == "render-blocking-script" }.count, 1)
    }

    func testRailsHelperArgumentsAndFixes() throws {
        let erb = "<!DOCTYPE html>\n<html><head>\n<%= javascript_include_tag \"a\", \"b\", \"data-x\": \"y\" %>\n<%= javascript_include_tag('c', :defer => false) %>\n<%= javascript_include_tag \"#{x}\" %>\n</head><body></body></html>\n"
        let linter = try Linter()
        let doc = linter.parse(path: "/virtual/app/views/layouts/application.html.erb", bytes: Array(erb.utf8))
        XCTAssertEqual(doc.scripts.compactMap(\.api?.handle), ["a", "b", "c", "\"#{x}\""])
        XCTAssertEqual(doc.scripts.first?.tag.attribute("data-x")?.value, "y")
        let d = linter.lint(doc).filter { $0.ruleID == "render-blocking-script" }
        XCTAssertEqual(d.map(\.start.line), [3, 3, 4, 5])
        let fixed = String(decoding: Fixer.apply([d[0].suggestions[0]], to: Array(erb.utf8)).0, as: UTF8.self)
        XCTAssertTrue(fixed.contains("<%= javascript_include_tag \"a\", \"b\", \"data-x\": \"y\", defer: true %>"), fixed)
        let replaced = String(decoding: Fixer.apply([d[2].suggestions[0]], to: Array(erb.utf8)).0, as: UTF8.self)
        XCTAssertTrue(replaced.contains("javascript_include_tag('c', :defer => true)"), replaced)
    }

    /// `javascript_importmap_tags` prints an import map and an inline module where it stands: a
    /// module script written before it makes `importmap-after-module` fire; after it, nothing.
    func testRailsImportmapTags() throws {
        let linter = try Linter()
        let before = "<!DOCTYPE html>\n<html><head>\n<script type=\"module\" src=\"/early.js\"></script>\n<%= javascript_importmap_tags %>\n</head><body><%= yield %></body></html>\n"
        let doc = linter.parse(path: "/virtual/app/views/layouts/application.html.erb", bytes: Array(before.utf8))
        XCTAssertEqual(doc.scripts.map(\.kind), [.module, .importmap, .module])
        XCTAssertEqual(doc.scripts.map(\.index), [0, 1, 2])
        XCTAssertEqual(doc.scripts.dropFirst().map { $0.api?.call }, ["javascript_importmap_tags", "javascript_importmap_tags"])
        XCTAssertEqual(linter.lint(doc).map(\.ruleID), ["importmap-after-module"])
        XCTAssertEqual(linter.lint(doc).first?.start.line, 4)
        let after = "<!DOCTYPE html>\n<html><head>\n<%= javascript_importmap_tags %>\n<script type=\"module\" src=\"/late.js\"></script>\n</head><body></body></html>\n"
        let ok = linter.parse(path: "/virtual/app/views/layouts/application.html.erb", bytes: Array(after.utf8))
        XCTAssertEqual(ok.scripts.map(\.kind), [.importmap, .module, .module])
        XCTAssertEqual(linter.lint(ok).map(\.ruleID), [])
    }

    func testPythonMediaDefinitions() {
        let py = """
        class W(forms.Widget):
            class Media:
                js = ("a.js", 'b.js')  # two
                css = {"all": ("x.css",)}

        m = forms.Media(js=[Script("c.js", defer=True), f"{x}.js", "d.js" + suffix])
        js = ["not-media.js"]
        \"\"\"class Media:
            js = ("in-a-docstring.js",)\"\"\"
        """
        let found = Django.read(Array(py.utf8))
        XCTAssertEqual(found.map(\.path), ["a.js", "b.js", "c.js"])
        XCTAssertEqual(found.map(\.owner), ["W", "W", nil])
        XCTAssertEqual(found[2].attributes.map(\.name), ["defer"])
    }

    /// Media built from literal parts is evaluated as Python would; anything else stays unknown.
    func testPythonMediaBuiltFromLiteralParts() {
        let py = """
        class A(forms.Widget):
            class Media:
                js = ("a.js",) + ('b.js', "c" ".js")
        class B(forms.Form):
            class Media:
                js = ["admin/js/%s" % name for name in ("core.js", "actions.js")]
        class C(forms.Form):
            class Media:
                js = ["admin/js/%s" % name for name in settings.FILES]
        m = forms.Media(js=["vendor/%s.js" % "jquery"] + ["x.js"])
        """
        let found = Django.read(Array(py.utf8))
        XCTAssertEqual(found.map(\.path), ["a.js", "b.js", "c.js", "admin/js/core.js", "admin/js/actions.js", "vendor/jquery.js", "x.js"])
        XCTAssertEqual(found.map(\.owner), ["A", "A", "A", "B", "B", nil, nil])
    }

    func testBitrixAssetsAndTheMoveToBodyOption() throws {
        let php = "<?php\nCJSCore::Init(['jquery']);\n$APPLICATION->AddHeadScript('/a.js');\nAsset::getInstance()->addString('<script src=\"/b.js\" data-skip-moving=\"true\"></script>');\n$this->addExternalJs('/c.js');\n$other->addJs('/not-an-asset.js');\n"
        for move in [false, true] {
            let linter = try Linter(templates: TemplateSettings(platforms: ["bitrix": ["moveJsToBody": .bool(move)]]))
            let doc = linter.parse(path: "/virtual/header.php", bytes: Array(php.utf8))
            XCTAssertEqual(doc.scripts.compactMap(\.src), ["jquery", "/a.js", "/b.js", "/c.js"])
            XCTAssertEqual(doc.scripts.map(\.placement), move ? [.body, .body, .head, .body] : [.head, .head, .head, .head])
            XCTAssertEqual(linter.lint(doc).filter { $0.ruleID == "render-blocking-script" }.map(\.start.line), move ? [4] : [2, 3, 4, 5])
        }
    }

    /// PHP's short open tag (`<?`, PHP's built-in default, which 1C-Bitrix code mostly uses) opens
    /// PHP code: the asset calls in it are read, and `<?$APPLICATION->ShowHead();?>` is not a bogus
    /// comment that ends at the `>` of `->` (which closed <head> early). `php.shortOpenTag: false`
    /// reads `<?` as PHP does with the setting off.
    func testShortOpenTagsOpenPHP() throws {
        let php = "<?if(!defined(\"B_PROLOG_INCLUDED\"))die();?>\n<html><head>\n<?$APPLICATION->ShowHead();?>\n"
            + "<?\n$APPLICATION->AddHeadScript(SITE_TEMPLATE_PATH.\"/js/a.js\");\n?>\n<script src=\"/b.js\"></script>\n</head><body>\n"
        let on = try Linter().parse(path: "/virtual/header.php", bytes: Array(php.utf8))
        XCTAssertEqual(on.scripts.map { "\($0.src ?? ""):\($0.placement.rawValue)" }, ["/b.js:head", "SITE_TEMPLATE_PATH.\"/js/a.js\":head"])
        let off = try Linter(templates: TemplateSettings(options: TemplateOptions(phpShortOpenTag: false)))
            .parse(path: "/virtual/header.php", bytes: Array(php.utf8))
        XCTAssertEqual(off.scripts.compactMap(\.src), ["/b.js"], "no Bitrix call without short tags")
        XCTAssertEqual(try Configuration.parse(try JSONParser.parse(Array(#"{"php": {"shortOpenTag": false}}"#.utf8)), path: "/p/c.json", directory: "/p")
            .templateOptions.phpShortOpenTag, false)
    }

    /// The forms real Bitrix code reaches the asset API through: `$GLOBALS['APPLICATION']` (stock
    /// component templates), the asset manager held in a variable of any name, and UI extensions.
    func testBitrixReceiversAsRealCodeWritesThem() throws {
        let php = """
        <?
        $GLOBALS["APPLICATION"]->AddHeadScript("/bitrix/js/form.js");
        $m = \\Bitrix\\Main\\Page\\Asset::getInstance();
        $m->addJs("/local/js/m.js");
        \\Bitrix\\Main\\UI\\Extension::load(["ui.buttons", "ui.forms"]);
        $other->addJs("/not-an-asset.js");
        ?>
        """
        let doc = try Linter().parse(path: "/virtual/template.php", bytes: Array(php.utf8))
        XCTAssertEqual(doc.scripts.compactMap(\.src), ["/bitrix/js/form.js", "/local/js/m.js", "ui.buttons", "ui.forms"])
        XCTAssertEqual(doc.scripts.compactMap(\.api?.call), ["$APPLICATION->AddHeadScript", "Asset::addJs", "Extension::load", "Extension::load"])
    }

    /// Every PHP file of the 1C-Bitrix fixture read with its short tags gives the findings, line for
    /// line, and the API scripts that its `<?php` spelling gives (the same check found 8 of 8 and 6
    /// of 6 on two real Bitrix sites, 0 before short tags were read).
    func testShortTagsGiveWhatTheirLongSpellingGives() throws {
        let script = repositoryRoot.appendingPathComponent("Tests/platforms/bitrix/short_tags.py").path
        let (status, output) = try runTool(["python3", script, executable.path, repositoryRoot.appendingPathComponent("Fixtures/platforms/bitrix").path])
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.contains("API scripts 12 vs 12") || output.range(of: #"API scripts (\d+) vs \1"#, options: .regularExpression) != nil, output)
        XCTAssertFalse(output.contains("API scripts 0 vs"), output)
    }

    /// A layout that yields the view through the nested-layout idiom
    /// (`content_for?(:content) ? yield(:content) : yield`) places the view there.
    func testRailsLayoutYieldingThroughContentForQuery() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let views = dir.appendingPathComponent("app/views")
        try FileManager.default.createDirectory(at: views.appendingPathComponent("layouts"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: views.appendingPathComponent("posts"), withIntermediateDirectories: true)
        try "<!DOCTYPE html>\n<html><head><title>x</title>\n<%= yield :head %>\n</head>\n<body>\n<%= content_for?(:content) ? yield(:content) : yield %>\n</body></html>\n"
            .write(to: views.appendingPathComponent("layouts/application.html.erb"), atomically: true, encoding: .utf8)
        try "<p>x</p>\n<%= javascript_include_tag \"late\", defer: true %>\n"
            .write(to: views.appendingPathComponent("posts/show.html.erb"), atomically: true, encoding: .utf8)
        let r = try runCLI(["--no-color", "."], cwd: dir)
        XCTAssertTrue(r.stdout.contains("show.html.erb:2:1: warning:") && r.stdout.contains("[async-defer-at-body-end]"), r.stdout)
    }

    func testEncoreAndBladeFixtures() throws {
        let symfony = try runCLI(["--no-color", "--format", "json", "Fixtures/platforms/symfony"], cwd: repositoryRoot)
        XCTAssertTrue(symfony.stdout.contains("\"ruleId\": \"async-with-defer\""), "script_attributes defer and async from webpack_encore.yaml")
        let laravel = try runCLI(["--no-color", "Fixtures/platforms/laravel"], cwd: repositoryRoot)
        XCTAssertTrue(laravel.stdout.contains("show.blade.php:6:5: error:"), "@push('head-scripts') printed by @stack in <head>: \(laravel.stdout)")
        XCTAssertEqual(laravel.stdout.components(separatedBy: "[render-blocking-script]").count, 2, laravel.stdout)
    }

    /// Every suggestion offered at an API call in Fixtures/platforms, applied to a copy of the whole
    /// set: the finding it answers is gone, nothing else in the file changes except the call's
    /// bytes, and the file yields no new finding.
    func testEverySuggestedCallFixDoesWhatItSays() throws {
        let source = repositoryRoot.appendingPathComponent("Fixtures/platforms")
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("scriptlint-platform-fixes-\(getpid())")
        defer { try? FileManager.default.removeItem(at: copy) }
        func lint(_ folder: URL) throws -> [[String: Any]] {
            let r = try runCLI(["--format", "json", folder.path])
            let json = try JSONSerialization.jsonObject(with: r.stdoutData) as! [String: Any]
            return json["files"] as! [[String: Any]]
        }
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(at: source, to: copy)
        var checked = 0
        // Each fixture project is linted on its own (its files are the whole run a fix can change),
        // so a fix costs one small run rather than one of every project.
        for project in try FileManager.default.contentsOfDirectory(at: copy, includingPropertiesForKeys: nil).sorted(by: { $0.path < $1.path }) {
            for file in try lint(project) {
                let path = file["path"] as! String
                for d in file["diagnostics"] as! [[String: Any]] {
                    for s in d["suggestions"] as! [[String: Any]] {
                        let original = try Data(contentsOf: URL(fileURLWithPath: path))
                        let edits = (s["edits"] as! [[String: Any]]).map { Edit(range: ByteRange($0["startOffset"] as! Int, $0["endOffset"] as! Int), replacement: $0["text"] as! String) }
                        let callStart = d["startOffset"] as! Int, callEnd = d["endOffset"] as! Int
                        XCTAssertTrue(edits.allSatisfy { $0.range.start >= callStart && $0.range.end <= callEnd }, "\(path): edits stay inside the call")
                        let fixed = Fixer.apply([Fix(s["description"] as! String, edits)], to: Array(original)).0
                        try Data(fixed).write(to: URL(fileURLWithPath: path))
                        let after = try lint(project).first { $0["path"] as? String == path }!["diagnostics"] as! [[String: Any]]
                        let before = file["diagnostics"] as! [[String: Any]]
                        let key = { (x: [String: Any]) in "\(x["ruleId"]!) \(x["message"]!)" }
                        XCTAssertFalse(after.contains { key($0) == key(d) && ($0["line"] as! Int) == (d["line"] as! Int) },
                                       "\(path):\(d["line"]!): \(s["description"]!) leaves \(d["ruleId"]!)")
                        let old = Set(before.map(key))
                        for a in after where !old.contains(key(a)) && a["ruleId"] as? String != d["ruleId"] as? String {
                            XCTFail("\(path):\(d["line"]!): \(s["description"]!) brings \(key(a))")
                        }
                        try original.write(to: URL(fileURLWithPath: path))
                        checked += 1
                    }
                }
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 8)
    }
}
