#!/usr/bin/env python3
"""What tree-sitter's JavaScript, TypeScript and TSX grammars (an independent, real parser) see in
JS/TS files, for the reader differential (Tests/SystemTests/JSReaderReferenceTests.swift): the byte
ranges of string literals, template literals and regular expressions, and each JSX element's
opening tag (start, name, self-closing, attribute names; `...` for a spread). Files tree-sitter
itself cannot parse without errors are named and left out, so that only its confident readings
count.

usage: ts_reference.py FILE...    (one JSON object per line)
"""
import json
import sys

import tree_sitter_javascript
import tree_sitter_typescript
from tree_sitter import Language, Parser

PARSERS = {
    "tsx": Parser(Language(tree_sitter_typescript.language_tsx())),
    "ts": Parser(Language(tree_sitter_typescript.language_typescript())),
    "js": Parser(Language(tree_sitter_javascript.language())),
}


def grammar(path):
    if path.endswith((".ts", ".mts", ".cts")):
        return "ts"
    if path.endswith(".tsx"):
        return "tsx"
    return "js"


def walk(node, out):
    t = node.type
    if not node.is_named:
        pass
    elif t == "string" and node.parent is not None and node.parent.type != "jsx_attribute":
        out["strings"].append([node.start_byte, node.end_byte])
    elif t == "template_string":
        out["templates"].append([node.start_byte, node.end_byte])
    elif t == "regex":
        out["regexes"].append([node.start_byte, node.end_byte])
    elif t in ("jsx_opening_element", "jsx_self_closing_element"):
        name = node.child_by_field_name("name")
        attributes = []
        for child in node.named_children:
            if child.type == "jsx_attribute":
                attributes.append(child.named_children[0].text.decode("utf-8", "replace"))
            elif child.type == "jsx_expression":
                attributes.append("...")
        out["elements"].append([node.start_byte, name.text.decode("utf-8", "replace") if name else "",
                                t == "jsx_self_closing_element", attributes])
    for child in node.children:
        walk(child, out)


for path in sys.argv[1:]:
    with open(path, "rb") as f:
        source = f.read()
    tree = PARSERS[grammar(path)].parse(source)
    if tree.root_node.has_error:
        print(json.dumps({"file": path, "error": True}))
        continue
    out = {"file": path, "strings": [], "templates": [], "regexes": [], "elements": []}
    sys.setrecursionlimit(100000)
    walk(tree.root_node, out)
    print(json.dumps(out))
