/// The list of active formatting elements and the adoption agency algorithm
/// (https://html.spec.whatwg.org/multipage/parsing.html#the-list-of-active-formatting-elements,
/// https://html.spec.whatwg.org/multipage/parsing.html#adoption-agency-algorithm).
extension TreeBuilder {
    // MARK: - Active formatting elements

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#push-onto-the-list-of-active-formatting-elements
    mutating func pushFormatting(_ e: Element) {
        // The Noah's Ark clause compares attributes only among three or more entries with the same
        // name after the last marker: count names first, fingerprint attributes only then.
        var sameName = 0
        var k = formatting.count - 1
        while k >= 0, let f = formatting[k].element {
            if f.key == e.key && f.ns == e.ns { sameName += 1 }
            k -= 1
        }
        var signature: UInt64?
        if sameName >= 3 {
            let own = tokenizer.attributeSignature()
            signature = own
            var same = 0
            var earliest: Int?
            k = formatting.count - 1
            while k >= 0, let f = formatting[k].element {
                if f.key == e.key && f.ns == e.ns {
                    if formatting[k].signature == nil { formatting[k].signature = attributeSignature(ofTagAt: formatting[k].tagStart) }
                    if formatting[k].signature == own {
                        same += 1
                        earliest = k
                    }
                }
                k -= 1
            }
            if same >= 3, let earliest { formatting.remove(at: earliest) }
        }
        var entry = Formatting(element: e, tagStart: tag.start, signature: signature)
        if Sink.buildsTree {
            entry.attributes = tokenAttributes()
            entry.name = tokenName(ns: .html)
        }
        formatting.append(entry)
    }

    /// The attribute fingerprint of the start tag at `offset`, read again from the source.
    func attributeSignature(ofTagAt offset: Int) -> UInt64 {
        var t = Tokenizer(p: p, start: offset)
        _ = t.next()
        return t.attributeSignature()
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#reconstruct-the-active-formatting-elements
    mutating func reconstructFormatting() {
        guard let last = formatting.last else { return }
        guard let lastElement = last.element, !openIDs[Int(lastElement.id)] else { return }
        var k = formatting.count - 1
        while k > 0 {
            let previous = formatting[k - 1]
            if let e = previous.element, !openIDs[Int(e.id)] { k -= 1 } else { break }
        }
        while k < formatting.count {
            let entry = formatting[k]
            let old = entry.element!
            let (place, context) = appropriatePlace()
            let newName: String? = Sink.buildsTree ? entry.name : nil
            let newAttributes: [(String, String)]? = Sink.buildsTree ? entry.attributes : nil
            let e = newElement(key: old.key, tag: old.tag, ns: .html, context: context, name: newName, attributes: newAttributes)
            if Sink.buildsTree { sink.insert(e.id, at: place) }
            push(e)
            formatting[k].element = e
            k += 1
        }
    }

    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#clear-the-list-of-active-formatting-elements-up-to-the-last-marker
    mutating func clearFormattingToLastMarker() {
        while let last = formatting.popLast(), last.element != nil {}
    }

    /// "Adoption agency algorithm"; `false` means "act as described in the 'any other end tag' entry".
    /// Spec: https://html.spec.whatwg.org/multipage/parsing.html#adoption-agency-algorithm
    mutating func adoptionAgency(_ key: NameKey) -> Bool {
        if let c = stack.last, c.ns == .html, c.key == key, !formatting.contains(where: { $0.element?.id == c.id }) {
            pop()
            return true
        }
        for _ in 0..<8 {
            var fi: Int?
            var k = formatting.count - 1
            while k >= 0, let e = formatting[k].element {
                if e.key == key { fi = k; break }
                k -= 1
            }
            guard let formattingIndex = fi else { return false }
            let fe = formatting[formattingIndex].element!
            guard let stackIndex = stack.lastIndex(where: { $0.id == fe.id }) else {
                formatting.remove(at: formattingIndex)
                return true
            }
            guard inScope(id: fe.id) else { return true }
            guard let furthest = stack[(stackIndex + 1)...].firstIndex(where: { isSpecial($0) }) else {
                pop(to: stackIndex)
                formatting.remove(at: formattingIndex)
                return true
            }
            let commonAncestor = stack[stackIndex - 1]
            var bookmark = formattingIndex
            var furthestBlock = stack[furthest]
            var nodeIndex = furthest
            var lastNode = furthestBlock
            var inner = 0
            while true {
                inner += 1
                nodeIndex -= 1
                let node = stack[nodeIndex]
                if node.id == fe.id { break }
                var fIndex = formatting.firstIndex { $0.element?.id == node.id }
                if inner > 3, let fIndexValue = fIndex {
                    formatting.remove(at: fIndexValue)
                    if fIndexValue < bookmark { bookmark -= 1 }
                    fIndex = nil
                }
                guard let nodeFormatting = fIndex else {
                    openIDs[Int(node.id)] = false
                    stack.remove(at: nodeIndex)
                    continue
                }
                let entry = formatting[nodeFormatting]
                let clone = newElement(key: node.key, tag: node.tag, ns: .html, context: commonAncestor.childContext,
                                       name: entry.name, attributes: entry.attributes)
                formatting[nodeFormatting].element = clone
                openIDs[Int(node.id)] = false
                stack[nodeIndex] = clone
                openIDs[Int(clone.id)] = true
                if lastNode.id == furthestBlock.id { bookmark = nodeFormatting + 1 }
                if Sink.buildsTree { sink.insert(lastNode.id, at: InsertionPoint(parent: clone.id)) }
                lastNode = clone
            }
            let commonIndex = stack.lastIndex { $0.id == commonAncestor.id } ?? 0
            let (place, _) = appropriatePlace(overrideTarget: commonIndex)
            if Sink.buildsTree { sink.insert(lastNode.id, at: place) }
            let entry = formatting[formatting.firstIndex { $0.element?.id == fe.id }!]
            let replacement = newElement(key: fe.key, tag: fe.tag, ns: .html, context: furthestBlock.childContext,
                                         name: entry.name, attributes: entry.attributes)
            if Sink.buildsTree {
                sink.moveChildren(of: furthestBlock.id, to: replacement.id)
                sink.insert(replacement.id, at: InsertionPoint(parent: furthestBlock.id))
            }
            let oldFormatting = formatting.firstIndex { $0.element?.id == fe.id }!
            var newEntry = formatting[oldFormatting]
            newEntry.element = replacement
            formatting.remove(at: oldFormatting)
            if oldFormatting < bookmark { bookmark -= 1 }
            formatting.insert(newEntry, at: min(bookmark, formatting.count))
            let oldStack = stack.lastIndex { $0.id == fe.id }!
            openIDs[Int(fe.id)] = false
            stack.remove(at: oldStack)
            let fbIndex = stack.lastIndex { $0.id == furthestBlock.id }!
            furthestBlock = stack[fbIndex]
            stack.insert(replacement, at: fbIndex + 1)
            openIDs[Int(replacement.id)] = true
        }
        return true
    }
}
