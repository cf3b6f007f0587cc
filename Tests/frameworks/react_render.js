#!/usr/bin/env node
// Renders Next.js documents, root layouts and pages to the HTML a browser receives, with React's
// own server renderer (Debian's node-react-dom) after TypeScript's own JSX transform (Debian's
// node-typescript), for the JSX differential (Tests/frameworks/react_check.py).
//
// next/document's Html, Head, Main and NextScript, and next/head's Head, are stood in for by what
// Next prints for them: <html>, <head> (next/head's children collected into the document's
// <head>), the app's <div id="__next">, and the __NEXT_DATA__ JSON block. next/script's <Script>
// renders nothing here: Next's runtime inserts it, and the check compares JSX <script> only.
//
// usage: NODE_PATH=/usr/share/nodejs react_render.js OUTDIR FILE...
// Prints one JSON line per file: {"file", "html"} (the written page) or {"file", "skipped": why}.
'use strict'
const fs = require('fs')
const path = require('path')
const Module = require('module')
const ts = require('typescript')
const React = require('react')
const server = require('react-dom/server')
const h = React.createElement

const [outdir, ...files] = process.argv.slice(2)
fs.mkdirSync(outdir, { recursive: true })

let collectedHead = []
class Document extends React.Component {}
const stubs = {
  react: React,
  'next/document': {
    __esModule: true,
    default: Document,
    Html: (props) => h('html', props),
    Head: (props) => h('head', null, props.children),
    Main: () => h('div', { id: '__next' }, h('p', null, 'The app.')),
    NextScript: () => h('script', { id: '__NEXT_DATA__', type: 'application/json', dangerouslySetInnerHTML: { __html: '{}' } }),
  },
  'next/head': { __esModule: true, default: (props) => { collectedHead.push(props.children); return null } },
  'next/script': { __esModule: true, default: () => null },
}

// Any other module (a CSS file, the app's own libraries): an object whose members are no-ops.
function anything() {
  const f = function () { return anything() }
  return new Proxy(f, { get: (t, k) => (k === '__esModule' ? true : k === 'then' ? undefined : k === Symbol.toPrimitive ? () => '' : anything()) })
}

function load(file) {
  const source = fs.readFileSync(file, 'utf8')
  const out = ts.transpileModule(source, {
    compilerOptions: { jsx: ts.JsxEmit.React, module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019, esModuleInterop: true },
    fileName: file,
  }).outputText
  const m = new Module(file)
  m.filename = file
  m.paths = []
  m.require = (name) => stubs[name] || anything()
  m._compile(`const React = require('react');\n${out}`, file)
  return m.exports
}

for (const file of files) {
  try {
    collectedHead = []
    const exported = load(file)
    const Component = exported.default
    if (typeof Component !== 'function') { console.log(JSON.stringify({ file, skipped: 'no default export' })); continue }
    if (Component.constructor && Component.constructor.name === 'AsyncFunction') { console.log(JSON.stringify({ file, skipped: 'an async server component' })); continue }
    const name = path.basename(file).replace(/\.[jt]sx?$/, '')
    const parts = file.split(path.sep)
    let html
    if (name === '_document') {
      html = server.renderToStaticMarkup(h(Component, {}))
    } else if (name === 'layout' && parts.includes('app')) {
      html = server.renderToStaticMarkup(h(Component, {}, h('main', null, h('p', null, 'The page.'))))
    } else if (parts.includes('pages') && name !== '_app') {
      // A Pages Router page inside the default document: its next/head children go to <head>.
      const page = server.renderToStaticMarkup(h(Component, { posts: [] }))
      const head = server.renderToStaticMarkup(h(React.Fragment, null, ...collectedHead))
      html = `<html><head>${head}</head><body><div id="__next">${page}</div>` +
        '<script id="__NEXT_DATA__" type="application/json">{}</script></body></html>'
    } else {
      console.log(JSON.stringify({ file, skipped: 'a component: where it lands depends on where it is used' }))
      continue
    }
    const target = path.join(outdir, parts.slice(-3).join('__') + '.html')
    fs.writeFileSync(target, '<!DOCTYPE html>' + html)
    console.log(JSON.stringify({ file, html: target }))
  } catch (e) {
    console.log(JSON.stringify({ file, skipped: `does not render here: ${String(e && e.message).slice(0, 200)}` }))
  }
}
