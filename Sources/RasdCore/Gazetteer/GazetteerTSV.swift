/// A gazetteer row that could not be read, with the file and line it is on. Invalid rows stop
/// start-up: the loader returns them all and the caller decides; none is skipped silently.
public struct GazetteerRowError: Error, Sendable, Equatable, CustomStringConvertible {
    public var origin: String
    public var line: Int
    public var field: String?
    public var message: String

    public init(origin: String, line: Int, field: String? = nil, message: String) {
        self.origin = origin
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        "\(origin):\(line): " + (field.map { "\($0): " } ?? "") + message
    }
}

/// Every invalid row of one gazetteer text.
public struct GazetteerErrors: Error, Sendable, Equatable, CustomStringConvertible {
    public var errors: [GazetteerRowError]
    public init(_ errors: [GazetteerRowError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Reads gazetteer TSV text into places. Columns are found by the header line (`name_ar\t…`,
/// optionally after `#`), so the shipped file (with precomputed `key`/`alt_keys`) and hand-written
/// overlays (with `name_ar_other` variants, keys computed here) share one reader.
/// Required columns: name_ar, kind, country, lat, lon. Lines starting with `#` are comments, except
/// `#common_words<TAB>w1|w2|…`: names that are ordinary words, matched only after a designator.
public enum GazetteerTSV {
    public struct Parsed: Sendable {
        public var places: [Place]
        public var errors: [GazetteerRowError]
        /// Keys from `#common_words` lines: ordinary words that also name places.
        public var commonWords: Set<String> = []
    }

    static let required = ["name_ar", "kind", "country", "lat", "lon"]

    public static func parse(_ text: String, origin: String, priority: Int = 0) -> Parsed {
        var text = text
        // Work on the UTF-8 bytes: splitting Characters of a 6 MB file costs more than the rest.
        return text.withUTF8 { parse(bytes: $0, origin: origin, priority: priority) }
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>, origin: String, priority: Int) -> Parsed {
        var places: [Place] = []
        // One row a line: reserving for every line keeps the array from doubling (51k rows of
        // `Place` are 8 MB; a doubled buffer would leave 16 MB touched at start-up).
        places.reserveCapacity(bytes.reduce(1) { $1 == 10 ? $0 + 1 : $0 })
        var parsed = parse(bytes: bytes, origin: origin, priority: priority) { places.append($0) }
        parsed.places = places
        return parsed
    }

    /// Reads the rows and hands each valid one to `each` as it is read (the shipped gazetteer goes
    /// straight into its compact store); the result carries errors and common words, no places.
    static func parse(bytes: UnsafeBufferPointer<UInt8>, origin: String, priority: Int, each: (Place) -> Void) -> Parsed {
        var errors: [GazetteerRowError] = []
        var columns: Columns? = nil
        var lineNumber = 0
        var commonWords: Set<String> = []
        var cells: [Range<Int>] = []
        cells.reserveCapacity(16)
        // A byte-order mark (editors on Windows add one) is not part of the first line.
        var lineStart = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            if lineStart == bytes.count { break }  // final newline
            lineNumber += 1
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == 13 { end -= 1 }
            var blank = true
            for i in lineStart..<end where bytes[i] != 32 && bytes[i] != 9 { blank = false; break }
            if blank { continue }
            let isComment = bytes[lineStart] == 35  // "#"
            if isComment, end - lineStart > 14, string(bytes, lineStart..<(lineStart + 14)) == "#common_words\t" {
                for word in string(bytes, (lineStart + 14)..<end).split(separator: "|") {
                    let key = GazetteerKey.make(String(word))
                    if !key.isEmpty { commonWords.insert(key) }
                }
                continue
            }
            if columns == nil {
                let headerStart = isComment ? lineStart + 1 : lineStart
                let header = string(bytes, headerStart..<end)
                if header.hasPrefix("name_ar\t") {
                    switch Columns.read(header: header) {
                    case .success(let c): columns = c
                    case .failure(let missing):
                        errors.append(.init(origin: origin, line: lineNumber,
                                            message: "header lacks column(s) \(missing.joined(separator: ", "))"))
                        return Parsed(places: [], errors: errors, commonWords: commonWords)
                    }
                    continue
                }
                if isComment { continue }
                errors.append(.init(origin: origin, line: lineNumber,
                                    message: "data before the header line (name_ar\\tkind\\t…)"))
                return Parsed(places: [], errors: errors, commonWords: commonWords)
            }
            if isComment { continue }
            cells.removeAll(keepingCapacity: true)
            var cellStart = lineStart
            for i in lineStart..<end where bytes[i] == 9 {
                cells.append(cellStart..<i)
                cellStart = i + 1
            }
            cells.append(cellStart..<end)
            let reader = RowReader(bytes: bytes, cells: cells, columns: columns!, origin: origin, line: lineNumber)
            switch reader.place(priority: priority) {
            case .success(let place): each(place)
            case .failure(let error): errors.append(error)
            }
        }
        if columns == nil {
            errors.append(.init(origin: origin, line: max(lineNumber, 1), message: "no header line (name_ar\\tkind\\t…)"))
        }
        return Parsed(places: [], errors: errors, commonWords: commonWords)
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Column positions found in the header line.
    struct Columns {
        var nameAr, kind, country, lat, lon: Int
        var key, altKeys, nameArOther, nameEn, admin1Ar, admin1En, population, source: Int?
        var width: Int

        init(nameAr: Int, kind: Int, country: Int, lat: Int, lon: Int, width: Int) {
            self.nameAr = nameAr; self.kind = kind; self.country = country; self.lat = lat; self.lon = lon
            self.width = width
        }

        static func read(header: String) -> Result<Columns, MissingColumns> {
            let names = header.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            var map: [String: Int] = [:]
            for (i, n) in names.enumerated() where map[n] == nil { map[n] = i }
            let missing = required.filter { map[$0] == nil }
            guard missing.isEmpty else { return .failure(MissingColumns(names: missing)) }
            var c = Columns(nameAr: map["name_ar"]!, kind: map["kind"]!, country: map["country"]!,
                            lat: map["lat"]!, lon: map["lon"]!, width: names.count)
            c.key = map["key"]; c.altKeys = map["alt_keys"]; c.nameArOther = map["name_ar_other"]
            c.nameEn = map["name_en"]; c.admin1Ar = map["admin1_ar"]; c.admin1En = map["admin1_en"]
            c.population = map["population"]; c.source = map["source"]
            return .success(c)
        }
    }

    struct MissingColumns: Error {
        var names: [String]
        func joined(separator: String) -> String { names.joined(separator: separator) }
    }

    /// One data line, read cell by cell.
    struct RowReader {
        let bytes: UnsafeBufferPointer<UInt8>
        let cells: [Range<Int>]
        let columns: Columns
        let origin: String
        let line: Int

        func text(_ column: Int?) -> String {
            guard let column, column < cells.count else { return "" }
            var r = cells[column]
            while let f = r.first, bytes[f] == 32 { r = (f + 1)..<r.upperBound }
            while let l = r.last, bytes[l] == 32 { r = r.lowerBound..<l }
            return GazetteerTSV.string(bytes, r)
        }

        func fail(_ field: String?, _ message: String) -> Result<Place, GazetteerRowError> {
            .failure(.init(origin: origin, line: line, field: field, message: message))
        }

        func place(priority: Int) -> Result<Place, GazetteerRowError> {
            guard cells.count == columns.width else {
                return fail(nil, "expected \(columns.width) tab-separated columns, found \(cells.count)")
            }
            let nameAr = text(columns.nameAr)
            guard nameAr.unicodeScalars.contains(where: { (0x0621...0x064A).contains($0.value) }) else {
                return fail("name_ar", "no Arabic letters in \"\(nameAr)\"")
            }
            let kindText = text(columns.kind)
            guard let kind = PlaceKind(rawValue: kindText) else {
                let known = PlaceKind.allCases.map(\.rawValue).joined(separator: ", ")
                return fail("kind", "unknown kind \"\(kindText)\" (one of \(known))")
            }
            let country = text(columns.country)
            guard country.utf8.count == 2, country.utf8.allSatisfy({ (65...90).contains($0) }) else {
                return fail("country", "\"\(country)\" is not an ISO 3166-1 alpha-2 code")
            }
            guard let lat = number(columns.lat), (-90...90).contains(lat) else {
                return fail("lat", "\"\(text(columns.lat))\" is not a latitude")
            }
            guard let lon = number(columns.lon), (-180...180).contains(lon) else {
                return fail("lon", "\"\(text(columns.lon))\" is not a longitude")
            }
            var population = 0
            if let column = columns.population, !cells[column].isEmpty {
                guard let value = count(column) else {
                    return fail("population", "\"\(text(column))\" is not a count")
                }
                population = value
            }
            var key = text(columns.key)
            if key.isEmpty { key = GazetteerKey.make(nameAr) }
            guard !key.isEmpty else { return fail("name_ar", "empty after normalisation") }
            var altKeys: [String] = []
            let alts = text(columns.altKeys)
            if !alts.isEmpty {
                altKeys = alts.split(separator: "|").map(String.init)
            } else {
                for other in text(columns.nameArOther).split(separator: "|") {
                    let k = GazetteerKey.make(String(other))
                    if !k.isEmpty, k != key, !altKeys.contains(k) { altKeys.append(k) }
                }
            }
            let source = text(columns.source)
            return .success(Place(
                nameAr: nameAr, key: key, altKeys: altKeys, nameEn: text(columns.nameEn), kind: kind,
                admin1Ar: text(columns.admin1Ar), admin1En: text(columns.admin1En), country: country,
                lat: lat, lon: lon, population: population,
                source: source.isEmpty ? "\(origin):\(line)" : source, priority: priority))
        }

        static let powersOfTen: [Double] = (0...15).map { (0..<$0).reduce(1.0) { acc, _ in acc * 10 } }

        /// A plain decimal ("-33.125") read from the bytes; anything else goes through Double().
        func number(_ column: Int) -> Double? {
            let r = cells[column]
            var i = r.lowerBound
            var negative = false
            if i < r.upperBound, bytes[i] == 45 { negative = true; i += 1 }
            // Integer mantissa over a power of ten: both exact below 2^53, so the one division
            // rounds correctly and "42.441" reads as the same Double as Double("42.441").
            var mantissa = 0
            var digits = 0
            var fractionDigits = 0
            while i < r.upperBound, (48...57).contains(bytes[i]) {
                mantissa = mantissa * 10 + Int(bytes[i] - 48); i += 1; digits += 1
            }
            if i < r.upperBound, bytes[i] == 46 {
                i += 1
                while i < r.upperBound, (48...57).contains(bytes[i]) {
                    mantissa = mantissa * 10 + Int(bytes[i] - 48); i += 1; digits += 1; fractionDigits += 1
                }
            }
            if i == r.upperBound, digits > 0, digits <= 15 {
                let value = Double(mantissa) / Self.powersOfTen[fractionDigits]
                return negative ? -value : value
            }
            return Double(text(column))
        }

        func count(_ column: Int) -> Int? {
            let r = cells[column]
            guard !r.isEmpty, r.count <= 12 else { return Int(text(column)) }
            var value = 0
            for i in r {
                guard (48...57).contains(bytes[i]) else { return nil }
                value = value * 10 + Int(bytes[i] - 48)
            }
            return value
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (Foundation-free).
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
