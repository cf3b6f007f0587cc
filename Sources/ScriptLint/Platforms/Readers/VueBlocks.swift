/// A Vue single-file component's `<script>` and `<script setup>` blocks: the code of the
/// component (where `useHead` is called). Its `<template>` is not a page: Vue's compiler drops a
/// `<script>` written there.
enum VueBlocks {
    struct Block {
        /// The code between the start tag and `</script>`.
        var range: Range<Int>
        /// `lang="tsx"` or `lang="jsx"`.
        var jsx: Bool
    }

    static func scripts(_ b: [UInt8]) -> [Block] {
        var out: [Block] = []
        var k = 0
        let open = Array("<script".utf8), close = Array("</script".utf8)
        while let s = firstIndex(of: open, in: b, from: k) {
            let after = s + open.count
            guard after < b.count, isHTMLSpace(b[after]) || b[after] == 0x3E else { k = after; continue }
            guard let gt = b[after...].firstIndex(of: 0x3E) else { break }
            let tag = String(decoding: b[after..<gt], as: UTF8.self).lowercased()
            let end = firstIndex(of: close, in: b, from: gt + 1) ?? b.count
            let lang = String(tag.map { $0 == "'" ? "\"" : $0 })
            out.append(Block(range: (gt + 1)..<end, jsx: utf8Contains(lang, "lang=\"tsx\"") || utf8Contains(lang, "lang=\"jsx\"")))
            k = end + close.count
        }
        return out
    }
}
