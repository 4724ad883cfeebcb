import CLibXML2
import Foundation

/// Per-document state the tree readers need beside libxml2's tree, reachable from any node through
/// the document's `_private` slot: the entity-expansion budget, and the CDATA sections rasd lifted
/// out before parsing.
///
/// Why lift CDATA out: libxml2 scans CDATA one character at a time (`xmlParseCDSect`), which was a
/// fifth of the parse time for full-text feeds. `XMLRepair` replaces each large section by a short
/// marker (U+E000 + its index) and keeps the original bytes here; readers put them back.
final class DocumentContext {
    /// Bytes of internal-entity text the document may still expand (quadratic-blowup guard).
    var entityBudget = EntityBudget.bytes
    /// The UTF-8 document the CDATA ranges point into.
    let source: [UInt8]
    let cdata: [Range<Int>]

    init(source: [UInt8] = [], cdata: [Range<Int>] = []) {
        self.source = source
        self.cdata = cdata
    }

    static func of(_ node: xmlNodePtr) -> DocumentContext? {
        guard let p = node.pointee.doc?.pointee._private else { return nil }
        return Unmanaged<DocumentContext>.fromOpaque(p).takeUnretainedValue()
    }

    /// The marker written in place of lifted CDATA content: U+E000 then the decimal index.
    static let markerLead: [UInt8] = [0xEE, 0x80, 0x80]

    static func marker(_ index: Int) -> [UInt8] { markerLead + Array(String(index).utf8) }

    /// The original bytes of a lifted CDATA node (a slice of `source`, no copy), else nil.
    static func liftedSlice(_ node: xmlNodePtr) -> ArraySlice<UInt8>? {
        guard node.pointee.type == XML_CDATA_SECTION_NODE, let content = node.pointee.content,
              content[0] == 0xEE, content[1] == 0x80, content[2] == 0x80, let ctx = of(node) else { return nil }
        var index = 0
        var k = 3
        while content[k] != 0 {
            let d = content[k]
            guard d >= 0x30 && d <= 0x39, k < 16 else { return nil }
            index = index * 10 + Int(d - 0x30)
            k += 1
        }
        guard k > 3, index < ctx.cdata.count else { return nil }
        return ctx.source[ctx.cdata[index]]
    }

    /// Calls `body` with the text of a CDATA (or text) node, the lifted original when it is a marker.
    static func withContent<R>(_ node: xmlNodePtr, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard let content = node.pointee.content else { return nil }
        let len = strlen(content)
        if node.pointee.type == XML_CDATA_SECTION_NODE, len > 3, len < 16,
           content[0] == 0xEE, content[1] == 0x80, content[2] == 0x80, let ctx = of(node) {
            var index = 0
            for k in 3..<len {
                let d = content[k]
                guard d >= 0x30 && d <= 0x39 else { return body(UnsafeBufferPointer(start: content, count: len)) }
                index = index * 10 + Int(d - 0x30)
            }
            if index < ctx.cdata.count {
                let r = ctx.cdata[index]
                return ctx.source.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[r])) }
            }
        }
        return body(UnsafeBufferPointer(start: content, count: len))
    }
}

/// How many bytes of internal-entity text one document may expand in total (see
/// `XMLNodeAccess.appendInternalEntity`).
enum EntityBudget {
    static let bytes = 64 * 1024
}
