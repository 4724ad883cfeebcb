import CLibXML2

/// The one place rasd calls libxml2's parsers. Options are fixed and safe: no network, no DTD
/// loading, no entity substitution (so XXE and entity bombs cannot expand), recovery on.
/// Errors go to a per-call collector through the (thread-local) structured error handler, which
/// also keeps libxml2 from printing to stderr. Safe to call from several threads at once.
enum LibXML {
    /// xmlInitParser runs once per process, on first use (Swift globals initialise atomically).
    static let ready: Bool = { xmlInitParser(); return true }()

    static let xmlOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_IGNORE_ENC.rawValue)
    static let htmlOptions = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// Parses UTF-8 XML. Returns the document (nil when libxml2 built nothing) and the errors seen.
    static func parseXML(_ bytes: [UInt8], baseURL: String?, context: DocumentContext = DocumentContext()) -> (XMLDocumentHandle?, ParseErrors) {
        _ = ready
        let errors = ParseErrors()
        let box = Unmanaged.passRetained(errors)
        xmlSetStructuredErrorFunc(box.toOpaque(), collectError)
        defer { xmlSetStructuredErrorFunc(nil, silenceError); box.release() }
        guard let ctxt = xmlNewParserCtxt() else { return (nil, errors) }
        defer { xmlFreeParserCtxt(ctxt) }
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                xmlCtxtReadMemory(ctxt, p, Int32(clamping: buf.count), baseURL, "UTF-8", xmlOptions)
            }
        }
        if ctxt.pointee.wellFormed == 0 { errors.notWellFormed = true }
        return (doc.map { XMLDocumentHandle($0, context: context) }, errors)
    }

    /// Parses an HTML fragment (UTF-8) into a tree; nothing is fetched.
    static func parseHTML(_ bytes: UnsafeBufferPointer<UInt8>) -> XMLDocumentHandle? {
        _ = ready
        xmlSetStructuredErrorFunc(nil, silenceError)
        let doc = bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { p in
            htmlReadMemory(p, Int32(clamping: bytes.count), nil, "UTF-8", htmlOptions)
        }
        return doc.map { XMLDocumentHandle($0) }
    }
}

/// Owns one libxml2 document (and its `DocumentContext`, kept in the document's `_private` slot)
/// and frees both when the last reference goes.
final class XMLDocumentHandle {
    let doc: xmlDocPtr
    private let context: DocumentContext
    init(_ doc: xmlDocPtr, context: DocumentContext = DocumentContext()) {
        self.doc = doc
        self.context = context
        doc.pointee._private = Unmanaged.passUnretained(context).toOpaque()
    }
    deinit { xmlFreeDoc(doc) }
    var root: xmlNodePtr? { xmlDocGetRootElement(doc) }
}

/// Messages libxml2 reported during one parse (the first few kept), for warnings and errors.
final class ParseErrors {
    var messages: [String] = []
    var count = 0
    var notWellFormed = false
    var fatal = false
    /// libxml2 met bytes that are not UTF-8 (it then silently reads the rest as Latin-1).
    var invalidUTF8 = false
    var first: String? { messages.first }
}

private let collectError: xmlStructuredErrorFunc = { ctx, error in
    guard let ctx, let error else { return }
    let errors = Unmanaged<ParseErrors>.fromOpaque(ctx).takeUnretainedValue()
    errors.count += 1
    if error.pointee.level.rawValue >= XML_ERR_FATAL.rawValue { errors.fatal = true }
    if error.pointee.code == Int32(XML_ERR_INVALID_CHAR.rawValue) || error.pointee.code == Int32(XML_ERR_INVALID_ENCODING.rawValue),
       let m = error.pointee.message, strstr(m, "UTF-8") != nil {
        errors.invalidUTF8 = true
    }
    guard errors.messages.count < 5, let msg = error.pointee.message else { return }
    var text = String(cString: msg).trimmedASCII
    if error.pointee.line > 0 { text = "line \(error.pointee.line): " + text }
    errors.messages.append(text)
}

private let silenceError: xmlStructuredErrorFunc = { _, _ in }

import Foundation
