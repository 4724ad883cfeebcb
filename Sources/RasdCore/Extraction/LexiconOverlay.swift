/// A row of the user's lexicon overlay that could not be used: `file:line: field: message`.
public struct LexiconRowError: Error, Sendable, Equatable, CustomStringConvertible {
    public var origin: String
    public var line: Int
    public var field: String
    public var message: String
    public init(origin: String, line: Int, field: String, message: String) {
        self.origin = origin; self.line = line; self.field = field; self.message = message
    }
    public var description: String { "\(origin):\(line): \(field): \(message)" }
}

/// The user's own lexicon entries (Config/lexicon.local.tsv), added to the shipped ones at start-up.
/// Armed groups appear, rename themselves and are spelt in new ways faster than rasd is released;
/// an operator who follows a region adds them here without rebuilding. Parsing is pure: the caller
/// reads the file. A bad row is reported and skipped, the other rows still count.
///
/// Columns (tab-separated; the header line is required, `#` starts a comment line):
/// - `type`: `actor` (an armed group or force, as its name is written in the news), `voice`
///   (a body or outlet that speaks for an actor: "وكالة أعماق" for ISIS, a ministry of defence)
///   or `event` (a word or phrase for an attack, e.g. a local name of a weapon strike).
/// - `phrase_ar`: the Arabic words; clitics (و ب ل ف ك، ال) are stripped when matching, and a
///   word ending in `*` matches any word it starts.
/// - `canonical`: one name for all spellings of the actor ("ISIS"); rows with the same canonical
///   are one actor, and a shipped canonical (ISIS, Houthis, Israel, …) joins the shipped spellings.
///   For an `event` row, the kind of act: one of `EventKind` (airStrike, shelling, ied, suicide, …).
/// - `side`: `state` or `non_state` (empty for an `event` row).
/// - `note`: free text (optional), e.g. where the spelling was seen.
public struct LexiconOverlay: Sendable, Equatable {
    public enum EntryType: String, Sendable, Equatable, CaseIterable { case actor, voice, event }
    public struct Entry: Sendable, Equatable {
        public var type: EntryType
        public var phrase: String
        public var canonical: String
        public var kind: ActorMention.Kind
        public var line: Int
        public init(type: EntryType, phrase: String, canonical: String, kind: ActorMention.Kind, line: Int = 0) {
            self.type = type; self.phrase = phrase; self.canonical = canonical; self.kind = kind; self.line = line
        }
    }
    public var entries: [Entry]
    public init(entries: [Entry] = []) { self.entries = entries }
    /// The event cue rows (`type` event), for `EventLexicon.cues.adding(_:)`.
    public var eventCues: [(String, EventKind)] {
        entries.compactMap { e in e.type == .event ? EventKind(rawValue: e.canonical).map { (e.phrase, $0) } : nil }
    }
    public static let empty = LexiconOverlay()

    public static let columns = ["type", "phrase_ar", "canonical", "side", "note"]

    /// The entries of an overlay file's text, and every row that could not be used.
    public static func parse(_ text: String, origin: String) -> (overlay: LexiconOverlay, errors: [LexiconRowError]) {
        var entries: [Entry] = [], errors: [LexiconRowError] = []
        var header: [String]? = nil
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = n + 1
            var row = String(raw)
            if row.hasByteSuffix("\r") { row.removeLast() }
            if line == 1 && row.hasBytePrefix("\u{FEFF}") { row.removeFirst() }
            if row.trimmingWhitespace().isEmpty || row.hasBytePrefix("#") { continue }
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
            guard let head = header else {
                if Array(cells.prefix(4)) != Array(columns.prefix(4)) {
                    errors.append(LexiconRowError(origin: origin, line: line, field: "header",
                                                  message: "expected the columns \(columns.joined(separator: " ")) (tab-separated)"))
                    return (LexiconOverlay(), errors)
                }
                header = cells
                continue
            }
            func cell(_ name: String) -> String { head.firstIndex(of: name).flatMap { $0 < cells.count ? cells[$0] : nil } ?? "" }
            if cells.count > head.count {
                errors.append(LexiconRowError(origin: origin, line: line, field: "row",
                                              message: "\(cells.count) cells, the header has \(head.count)"))
                continue
            }
            guard let type = EntryType(rawValue: cell("type")) else {
                errors.append(LexiconRowError(origin: origin, line: line, field: "type",
                                              message: "'\(cell("type"))' is not one of \(EntryType.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            let phrase = cell("phrase_ar")
            if phrase.isEmpty {
                errors.append(LexiconRowError(origin: origin, line: line, field: "phrase_ar", message: "empty"))
                continue
            }
            if !phrase.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) {
                errors.append(LexiconRowError(origin: origin, line: line, field: "phrase_ar", message: "'\(phrase)' has no Arabic letter"))
                continue
            }
            let canonical = cell("canonical")
            if canonical.isEmpty {
                errors.append(LexiconRowError(origin: origin, line: line, field: "canonical", message: "empty"))
                continue
            }
            if type == .event {
                guard EventKind(rawValue: canonical) != nil else {
                    errors.append(LexiconRowError(origin: origin, line: line, field: "canonical",
                                                  message: "'\(canonical)' is not an event kind (\(EventKind.allCases.map(\.rawValue).joined(separator: ", ")))"))
                    continue
                }
                entries.append(Entry(type: type, phrase: phrase, canonical: canonical, kind: .nonState, line: line))
                continue
            }
            let kind: ActorMention.Kind
            switch cell("side") {
            case "state": kind = .state
            case "non_state": kind = .nonState
            case let s:
                errors.append(LexiconRowError(origin: origin, line: line, field: "side", message: "'\(s)' is not state or non_state"))
                continue
            }
            entries.append(Entry(type: type, phrase: phrase, canonical: canonical, kind: kind, line: line))
        }
        if header == nil && !entries.isEmpty {
            errors.append(LexiconRowError(origin: origin, line: 1, field: "header", message: "missing"))
        }
        return (LexiconOverlay(entries: entries), errors)
    }
}
