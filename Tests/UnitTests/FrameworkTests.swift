import Foundation
import XCTest
import TestSupport
@testable import ScriptLint

/// The JavaScript reader and the framework platforms (Next.js, Nuxt, Astro, Svelte, webpack), each
/// on the constructs it must read and the ones it must leave alone.
final class FrameworkTests: XCTestCase {
    private let linter = try! Linter()

    /// The scripts a file puts on pages, read as if it were at `path`.
    private func scripts(_ path: String, _ source: String) -> [ScriptElement] {
        linter.parse(path: path, bytes: Array(source.utf8)).scripts
    }

    private func rules(_ path: String, _ source: String) -> [String] {
        linter.lint(linter.parse(path: path, bytes: Array(source.utf8))).map(\.ruleID)
    }

    // MARK: The reader

    func testRegexDivisionAndTemplates() {
        let src = "const a = b / c / d; const r = /[/]{2}\\//g; const t = `x ${ {a: `y${'}'}`}.a } z`; f(/=/.source)"
        let syntax = JSSyntax(Array(src.utf8), jsx: true)
        XCTAssertEqual(syntax.tokens.filter { $0.kind == .regex }.map { syntax.text($0) }, ["/[/]{2}\\//g", "/=/"])
        XCTAssertEqual(syntax.tokens.filter { $0.kind == .template }.map { syntax.text($0) }, ["`x ${ {a: `y${'}'}`}.a } z`", "`y${'}'}`"])
        XCTAssertEqual(syntax.stringValue(syntax.tokens.firstIndex { $0.kind == .string }!), "}")
    }

    func testJSXAndTypeScriptGenerics() {
        let src = """
        const id = <T,>(x: T) => x
        const less = a < b && c > d
        const el = <Head><script src="/a.js" async defer={false} {...rest} />{/* note */}</Head>
        """
        let syntax = JSSyntax(Array(src.utf8), jsx: true)
        XCTAssertEqual(syntax.elements.map(\.name), ["Head", "script"])
        XCTAssertEqual(syntax.elements[1].attributes.map { $0.isSpread ? "..." : $0.name }, ["src", "async", "defer", "..."])
        XCTAssertEqual(syntax.elements[1].parent, 0)
        XCTAssertTrue(syntax.elements[1].selfClosing)
        // In .ts, `<T>x` is a type assertion, never JSX.
        XCTAssertTrue(JSSyntax(Array("const n = <number>value; const s = <script>1</script>".utf8), jsx: false).elements.isEmpty)
    }

    func testImportsAndValues() {
        let src = """
        import NextScript, { default as Other } from "next/script"
        import * as Doc from 'next/document'
        const Legacy = require('next/script')
        export default defineNuxtConfig({ app: { head: { script: [{ src: '/a.js', defer: true, ...more }, 'x' + y] } } })
        """
        let syntax = JSSyntax(Array(src.utf8), jsx: false)
        XCTAssertTrue(syntax.binds("NextScript", to: "next/script"))
        XCTAssertTrue(syntax.binds("Legacy", to: "next/script"))
        XCTAssertTrue(syntax.binds("Doc", to: "next/document", "*"))
        let list = syntax.defaultExport()?.value["app"]?["head"]?["script"]?.items ?? []
        XCTAssertEqual(list.count, 2)
        XCTAssertEqual(list[0]["src"]?.string, "/a.js")
        XCTAssertEqual(list[0]["defer"]?.bool, true)
        XCTAssertTrue(list[0].hasUnknownEntries)
        XCTAssertTrue(list[1].isUnknown)
    }

    func testBadInputEndsCleanly() {
        for src in ["<div>{`unterminated ${", "const s = 'no end\n<script src=x />", String(repeating: "{", count: 5000), "<a b={<c d={<e", "/*", "`${`${`"] {
            let syntax = JSSyntax(Array(src.utf8), jsx: true)
            XCTAssertTrue(syntax.tokens.allSatisfy { Int($0.end) <= src.utf8.count }, src)
            _ = scripts("/app/pages/_document.tsx", src)
        }
    }

    // MARK: Next.js

    func testDocumentHeadAndBody() {
        let src = """
        import { Html, Head, Main, NextScript } from 'next/document'
        export default function Document() {
          return (<Html><Head><script src="/sync.js" /></Head>
            <body><script src="/early.js"></script><Main /><NextScript /><script defer src="/late.js" /></body></Html>)
        }
        """
        let s = scripts("/site/pages/_document.tsx", src)
        XCTAssertEqual(s.map(\.placement), [.head, .body, .body])
        XCTAssertEqual(s.map(\.atEndOfBody), [false, false, true])
        XCTAssertEqual(rules("/site/pages/_document.tsx", src),
                       ["render-blocking-script", "parser-blocking-script-in-body", "async-defer-at-body-end"])
    }

    func testScriptsInsideChildExpressions() {
        let src = """
        import { Html, Head, Main, NextScript } from 'next/document'
        const GA = process.env.GA
        export default function Document() {
          return (<Html><Head>
            {GA && (<><script async src={`https://www.googletagmanager.com/gtag/js?id=${GA}`} /><script dangerouslySetInnerHTML={{ __html: 'gtag()' }} /></>)}
            {process.env.NODE_ENV === 'production' ? <script src="/prod.js" /> : null}
          </Head><body>{banner && <script src="/banner.js" />}<Main /><NextScript /></body></Html>)
        }
        """
        let s = scripts("/site/pages/_document.tsx", src)
        XCTAssertEqual(s.map(\.placement), [.head, .head, .head, .body])
        XCTAssertEqual(rules("/site/pages/_document.tsx", src), ["render-blocking-script", "parser-blocking-script-in-body"])
    }

    func testAppRouterHoistsAsyncScripts() {
        let src = "export default function L({ children }) { return (<html><body>{children}<script async src=\"/a.js\" /><script src=\"/b.js\" /></body></html>) }"
        XCTAssertEqual(scripts("/s/app/layout.jsx", src).map(\.placement), [.head, .body])
        XCTAssertEqual(scripts("/s/pages/_document.jsx", src).map(\.placement), [.body, .body], "React 18 (Pages Router) renders it in place")
    }

    func testNextScriptStrategies() {
        let src = """
        import Loader from 'next/script'
        export default function Page() {
          return (<div>
            <Loader src="/before.js" strategy="beforeInteractive" />
            <Loader src="https://www.googletagmanager.com/gtag/js?id=G-1" />
            <Loader src="/lazy.js" strategy="lazyOnload" async defer />
            <Loader src="/w.js" strategy="worker" />
            <Loader src="/dyn.js" strategy={mode} />
          </div>)
        }
        """
        let pages = scripts("/site/pages/index.jsx", src)
        XCTAssertEqual(pages.map(\.placement), [.head, .unknown, .unknown, .unknown, .unknown])
        XCTAssertTrue(pages[0].isDefer, "Pages Router beforeInteractive gets defer")
        XCTAssertEqual(pages[3].kind, .data, "Partytown's type")
        XCTAssertEqual(pages.map { $0.api?.insertedAfterLoad ?? false }, [false, true, true, false, true])
        XCTAssertEqual(rules("/site/pages/index.jsx", src), [], "nothing a runtime inserts blocks; no analytics-not-async on next/script")
        let app = scripts("/site/app/page.tsx", src)
        XCTAssertEqual(app[0].api?.insertedAfterLoad, true, "App Router: inserted by the runtime")
    }

    /// The examples of Next's own ESLint rules (nextjs.org/docs, "ESLint Plugin"): where they describe
    /// loading, scriptlint agrees; the rest is convention (docs/frameworks.md).
    func testNextESLintExamples() {
        // no-sync-scripts: incorrect, then correct.
        let sync = "function Home() { return (<div class=\"container\"><script src=\"https://third-party-script.js\"></script><div>Home Page</div></div>) }\nexport default Home"
        XCTAssertEqual(rules("/s/pages/index.js", sync), ["parser-blocking-script-in-body"])
        let fixed = "import Script from 'next/script'\n" + sync.replacingOccurrences(of: "<script src=\"https://third-party-script.js\"></script>", with: "<Script src=\"https://third-party-script.js\"></Script>")
        XCTAssertEqual(rules("/s/pages/index.js", fixed), [])
        // next-script-for-ga: the recommended form gives nothing; the raw tags are async, which blocks nothing.
        let ga = "import Script from 'next/script'\nexport default function Home() { return (<div className=\"container\"><Script src=\"https://www.googletagmanager.com/gtag/js?id=GA_MEASUREMENT_ID\" /><Script id=\"google-analytics\">{`window.dataLayer = window.dataLayer || [];`}</Script></div>) }"
        XCTAssertEqual(rules("/s/pages/index.js", ga), [])
        let rawGA = "export default function Home() { return (<div><script async src=\"https://www.googletagmanager.com/gtag/js?id=GA_MEASUREMENT_ID\" /><p>x</p></div>) }"
        XCTAssertEqual(rules("/s/pages/index.js", rawGA), [])
        // A synchronous analytics tag is reported, by the analytics rule among others.
        XCTAssertTrue(rules("/s/pages/index.js", rawGA.replacingOccurrences(of: "<script async", with: "<script")).contains("analytics-not-async"))
        // no-before-interactive-script-outside-document: in _document (correct) it is deferred in <head>.
        let before = "import { Html, Head, Main, NextScript } from 'next/document'\nimport Script from 'next/script'\nexport default function Document() { return (<Html><Head /><body><Main /><NextScript /><Script src=\"https://polyfill.io/v3/polyfill.min.js?features=Array.prototype.map\" strategy=\"beforeInteractive\"></Script></body></Html>) }"
        XCTAssertEqual(scripts("/s/pages/_document.js", before).map { [$0.placement.rawValue, String($0.isDefer)] }, [["head", "true"]])
        XCTAssertEqual(rules("/s/pages/_document.js", before), [])
    }

    func testJSXScriptIsAClosedElement() {
        let src = "export const W = () => <section><script src=\"/w.js\" /><p>text</p></section>"
        XCTAssertEqual(rules("/site/components/W.jsx", src), ["parser-blocking-script-in-body"],
                       "no self-closing-script, no script-never-runs; markup follows, so it is in <body>")
        XCTAssertEqual(rules("/site/components/Only.jsx", "export const W = () => <script src=\"/w.js\" />"), [],
                       "alone in a component: where it lands is not known")
    }

    func testDeferFixOnJSX() throws {
        let src = "import Head from 'next/head'\nexport default () => <Head><script src=\"/a.js\"></script></Head>\n"
        let d = linter.lint(linter.parse(path: "/s/pages/a.tsx", bytes: Array(src.utf8)))
        let edits = try XCTUnwrap(d.first?.suggestions.first?.edits)
        XCTAssertEqual(String(decoding: Fixer.apply([Fix("", edits)], to: Array(src.utf8)).0, as: UTF8.self),
                       src.replacingOccurrences(of: "<script src", with: "<script defer src"))
    }

    // MARK: Nuxt

    func testUseHeadPositions() {
        let src = """
        useHead({ script: [
          { src: '/head.js' },
          { src: '/open.js', tagPosition: 'bodyOpen' },
          { src: '/close.js', body: true },
          { src: '/both.js', async: true, defer: 'defer' },
        ] })
        useScript({ src: '/client.js' })
        useScript('/server.js', { trigger: 'server' })
        """
        let s = scripts("/n/composables/head.ts", src)
        XCTAssertEqual(s.map(\.src), ["/head.js", "/open.js", "/close.js", "/both.js", "/client.js", "/server.js"])
        XCTAssertEqual(s.map(\.placement), [.head, .body, .body, .head, .unknown, .head])
        XCTAssertEqual(s[5].isDefer, true, "useScript's default defer")
        XCTAssertEqual(rules("/n/composables/head.ts", src), ["render-blocking-script", "parser-blocking-script-in-body", "async-with-defer"])
    }

    func testUseHeadGetter() {
        let src = "useHead(() => ({ title: t('x'), script: [{ src: '/a.js' }, { type: 'application/ld+json', children: JSON.stringify(ld.value) }] }))\nuseHead(() => { return { script: [{ src: '/b.js', defer: true }] } })"
        XCTAssertEqual(scripts("/n/pages/faq.ts", src).map(\.src), ["/a.js", nil, "/b.js"])
        XCTAssertEqual(rules("/n/pages/faq.ts", src), ["render-blocking-script"])
    }

    func testUseHeadFixAddsAKey() throws {
        let src = "useHead({ script: [{ src: '/a.js' }] })"
        let d = linter.lint(linter.parse(path: "/n/app.ts", bytes: Array(src.utf8)))
        let edits = try XCTUnwrap(d.first?.suggestions.first?.edits)
        XCTAssertEqual(String(decoding: Fixer.apply([Fix("", edits)], to: Array(src.utf8)).0, as: UTF8.self),
                       "useHead({ script: [{ defer: true, src: '/a.js' }] })")
    }

    func testVueTemplateIsNotAPage() {
        let src = "<template><script src=\"/t.js\"></script></template>\n<script setup>\nuseHead({ script: [{ src: '/v.js' }] })\n</script>\n"
        XCTAssertEqual(scripts("/n/pages/x.vue", src).map(\.src), ["/v.js"])
    }

    func testNuxt2HeadMethod() {
        let src = """
        <template><div /></template>
        <script>
        export default {
          name: 'Checkout',
          head() {
            return { title: 'Pay', script: [{ src: 'https://js.pay.example.com/v3', body: true }, { src: '/sync.js' }] }
          },
        }
        </script>
        """
        let s = scripts("/n2/pages/checkout.vue", src)
        XCTAssertEqual(s.map(\.placement), [.body, .head])
        XCTAssertEqual(rules("/n2/pages/checkout.vue", src), ["render-blocking-script"])
    }

    // MARK: Astro and Svelte

    func testAstroProcessedAndInline() {
        let src = """
        ---
        const x = '<script src="/fence.js"></script>'
        ---
        <html><head>
        <script src="/bundled.ts"></script>
        <script is:inline src={cdn + "/x.js"}></script>
        <script type="module" src="/m.js"></script>
        </head><body>{items.map((i) => <p>{i}</p>)}</body></html>
        """
        let s = scripts("/a/src/layouts/L.astro", src)
        XCTAssertEqual(s.map(\.kind), [.module, .classic, .module])
        XCTAssertEqual(s[1].src, "{cdn + \"/x.js\"}")
        XCTAssertEqual(rules("/a/src/layouts/L.astro", src), ["render-blocking-script"])
    }

    func testSvelteHeadAndComponentScript() {
        let src = "<script>let a = '<script src=x>';</script>\n<svelte:head><script src=\"/h.js\"></script></svelte:head>\n{#if a}<p>{a}</p>{/if}\n"
        let s = scripts("/k/src/routes/+page.svelte", src)
        XCTAssertEqual(s.map(\.src), ["/h.js"])
        XCTAssertEqual(s.first?.placement, .head)
    }

    // MARK: webpack

    func testHtmlWebpackPluginDefaultsByVersion() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scriptlint-webpack-\(getpid())")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let config = dir.appendingPathComponent("webpack.config.js").path
        let src = "const HtmlPlugin = require('html-webpack-plugin')\nmodule.exports = { plugins: [new HtmlPlugin({ inject: 'head' })] }"
        for (version, expected) in [("^3.2.0", ["render-blocking-script"]), ("^4.5.2", ["render-blocking-script"]), ("5.6.0", [])] {
            try #"{"devDependencies": {"html-webpack-plugin": "\#(version)"}}"#.write(toFile: dir.appendingPathComponent("package.json").path, atomically: true, encoding: .utf8)
            let linter = try Linter()
            XCTAssertEqual(linter.lint(linter.parse(path: config, bytes: Array(src.utf8))).map(\.ruleID), expected, version)
        }
    }

    // MARK: Angular

    func testAngularScriptsBundleWithoutFindings() {
        let src = #"{"projects": {"a": {"architect": {"build": {"options": {"scripts": ["x.js", {"input": "y.js", "inject": false}, {"input": "z.js", "bundleName": "z"}]}}}}}}"#
        let s = scripts("/ng/angular.json", src)
        XCTAssertEqual(s.map(\.src), ["scripts.js", "z.js"])
        XCTAssertEqual(s.map(\.isDefer), [true, true])
        XCTAssertEqual(s.map(\.atEndOfBody), [true, true])
        XCTAssertEqual(rules("/ng/angular.json", src), [], "Angular CLI prints the tags: nothing in angular.json changes them")
        XCTAssertEqual(scripts("/ng/.angular-cli.json", #"{"apps": [{"scripts": ["a.js"]}]}"#).map(\.src), ["scripts.js"])
        XCTAssertEqual(scripts("/ng/angular.json", "{ not json"), [])
    }

    // MARK: Discovery

    func testWalkReadsJavaScriptOnlyInProjects() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scriptlint-walk-\(getpid())")
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = "import Head from 'next/head'\nexport default () => <Head><script src=\"/a.js\" /></Head>\n"
        for folder in ["app/pages", "app/node_modules/x/pages", "app/.next/server/pages", "plain/pages"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(folder), withIntermediateDirectories: true)
            try page.write(to: dir.appendingPathComponent(folder + "/index.jsx"), atomically: true, encoding: .utf8)
        }
        try "module.exports = {}\n".write(to: dir.appendingPathComponent("app/next.config.js"), atomically: true, encoding: .utf8)
        let whole = try runCLI(["--format", "json", dir.path])
        let files = (try JSONSerialization.jsonObject(with: whole.stdoutData) as? [String: Any])?["files"] as? [[String: Any]] ?? []
        XCTAssertEqual(files.compactMap { ($0["path"] as? String)?.replacingOccurrences(of: dir.path + "/", with: "") }.sorted(),
                       ["app/next.config.js", "app/pages/index.jsx"], "no node_modules, no build output, nothing outside a project")
        // A folder below the marker, named on the command line, is in the project too.
        let below = try runCLI([dir.appendingPathComponent("app/pages").path])
        XCTAssertTrue(below.stdout.contains("render-blocking-script"), below.stdout)
        XCTAssertEqual(try runCLI([dir.appendingPathComponent("plain").path]).stdout, "No problems in 0 files.\n",
                       "JSX outside a project is not read")
        // A package.json that depends on a framework marks a project too (Next.js needs no config file).
        try #"{"name": "p", "dependencies": {"next": "14.2.0", "react": "18.3.1"}}"#.write(to: dir.appendingPathComponent("plain/package.json"), atomically: true, encoding: .utf8)
        XCTAssertTrue(try runCLI([dir.appendingPathComponent("plain").path]).stdout.contains("render-blocking-script"))
        XCTAssertTrue(try runCLI([dir.appendingPathComponent("plain/pages").path]).stdout.contains("render-blocking-script"), "and its subfolders")
        try #"{"name": "p", "dependencies": {"lodash": "4"}}"#.write(to: dir.appendingPathComponent("plain/package.json"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try runCLI([dir.appendingPathComponent("plain").path]).stdout, "No problems in 0 files.\n", "not a framework's")
    }

    func testFileKinds() {
        XCTAssertEqual(FileKinds.kind(of: "a/page.tsx")?.reading, .javaScript)
        XCTAssertEqual(FileKinds.kind(of: "vendor.min.js")?.walkedInProjects, false)
        XCTAssertEqual(FileKinds.kind(of: "types.d.ts")?.walkedInProjects, false)
        XCTAssertEqual(FileKinds.kind(of: "x.astro")?.walked, true)
        XCTAssertTrue(FileKinds.projectMarkers.contains("next.config.js"))
    }
}
