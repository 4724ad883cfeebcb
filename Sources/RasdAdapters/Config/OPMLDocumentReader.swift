import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RasdCore

/// Reads an OPML 1.0/2.0 document into its outline tree with line numbers, using Foundation's
/// `XMLParser` (external entities are never resolved). Malformed XML or a root element other
/// than `<opml>` is an error naming the line.
public enum OPMLDocumentReader {
    public static func parse(_ data: Data, file: String) -> Result<[OPMLOutline], ConfigError> {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let collector = OutlineCollector()
        parser.delegate = collector
        // XMLParser recovers from some errors and still returns true: any reported error counts.
        let ok = parser.parse()
        if !ok || collector.problem != nil {
            let line = collector.problemLine ?? (parser.lineNumber > 0 ? parser.lineNumber : nil)
            let reason = collector.problem ?? parser.parserError.map(XMLErrorText.describe) ?? "unknown parser error"
            return .failure(ConfigError(.syntax, at: SourceLocation(file: file, line: line), "malformed OPML: \(reason)"))
        }
        guard collector.sawRoot else {
            return .failure(ConfigError(.syntax, at: SourceLocation(file: file), "malformed OPML: no <opml> element"))
        }
        return .success(collector.roots)
    }
}

/// SAX-style collector building the outline tree of `<body>`.
private final class OutlineCollector: NSObject, XMLParserDelegate {
    var roots: [OPMLOutline] = []
    var stack: [OPMLOutline] = []
    var depthInBody = 0
    var inBody = false
    var sawRoot = false
    var problem: String?
    var problemLine: Int?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        if !sawRoot {
            sawRoot = true
            if elementName.lowercased() != "opml" {
                problem = "root element is <\(elementName)>, not <opml>"
                problemLine = parser.lineNumber
                parser.abortParsing()
            }
            return
        }
        if elementName == "body" && !inBody && stack.isEmpty { inBody = true; return }
        guard inBody, elementName == "outline" else { return }
        stack.append(OPMLOutline(attributes: attributeDict, line: parser.lineNumber))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard problem == nil else { return }
        problem = XMLErrorText.describe(parseError)
        problemLine = parser.lineNumber > 0 ? parser.lineNumber : nil
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if elementName == "body" && stack.isEmpty { inBody = false; return }
        guard inBody, elementName == "outline", let done = stack.popLast() else { return }
        if stack.isEmpty { roots.append(done) } else { stack[stack.count - 1].children.append(done) }
    }
}

/// Readable text for XMLParser's error codes (they are libxml2's `xmlParserErrors` numbers).
enum XMLErrorText {
    static func describe(_ error: Error) -> String {
        let code = (error as NSError).code
        return (known[code] ?? "XML error") + " (code \(code))"
    }

    private static let known: [Int: String] = [
        4: "document is empty", 5: "extra content at the end of the document", 9: "invalid character",
        23: "';' expected after an entity reference", 26: "undefined entity", 38: "unescaped '<' in an attribute value",
        39: "attribute without a value", 40: "attribute value without quotes", 41: "attribute without a value",
        57: "malformed comment", 64: "malformed XML declaration", 65: "space required", 68: "a '<' not followed by a name",
        73: "'>' expected", 76: "opening and ending tag mismatch", 77: "unclosed tag at the end of the data",
    ]
}
