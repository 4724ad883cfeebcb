import Foundation

/// Reads the dates feeds actually carry: RFC 822 and its broken variants (missing weekday,
/// two-digit years, named zones, extra spaces, month first), RFC 3339 / ISO 8601, numeric
/// day/month/year, and Arabic dates (both month series, weekday names, Arabic-Indic and Persian
/// digits, ص/م for AM/PM).
///
/// Why a token parser instead of DateFormatter: publishers mix all of these within one feed, a
/// formatter per pattern is slow and locale-bound, and a wrong guess must give `nil` (the caller
/// records a warning) — never "now". Pure and thread-safe, so extraction can reuse it.
public enum FeedDateParser {
    /// The instant the text names, or nil when it cannot be read with confidence.
    public static func parse(_ text: String) -> Date? {
        // The two shapes nearly every feed uses, read without allocating; anything else (or
        // anything odd about these) goes through the general token parser.
        if let d = canonicalRFC822(text) ?? RFC3339.parse(text) { return d }
        let tokens = DateTokenizer.tokens(ArabicNormalizer.normalize(text).lowercased())
        guard !tokens.isEmpty, tokens.count < 64 else { return nil }
        return DateFieldAssembler(tokens: tokens).date()
    }
}

extension FeedDateParser {
    /// `Thu, 25 Jul 2024 10:03:08 +0300` / `… GMT` exactly (weekday optional), else nil.
    static func canonicalRFC822(_ text: String) -> Date? {
        var s = text
        return s.withUTF8 { u -> Date? in
            var i = 0
            let n = u.count
            func digits(_ count: Int) -> Int? {
                guard i + count <= n else { return nil }
                var v = 0
                for k in i..<(i + count) {
                    let b = u[k]; guard b >= 48 && b <= 57 else { return nil }
                    v = v * 10 + Int(b - 48)
                }
                i += count
                return v
            }
            func expect(_ b: UInt8) -> Bool { guard i < n, u[i] == b else { return false }; i += 1; return true }
            if n > 5, u[3] == 0x2C, u[4] == 0x20 { i = 5 }  // "Thu, "
            let day: Int
            if i + 1 < n, u[i + 1] == 0x20 { guard let d = digits(1) else { return nil }; day = d }
            else { guard let d = digits(2) else { return nil }; day = d }
            guard expect(0x20), i + 3 <= n else { return nil }
            let mon = (u[i] | 0x20, u[i + 1] | 0x20, u[i + 2] | 0x20)
            i += 3
            let names: [(UInt8, UInt8, UInt8)] = [(106, 97, 110), (102, 101, 98), (109, 97, 114), (97, 112, 114), (109, 97, 121), (106, 117, 110),
                                                  (106, 117, 108), (97, 117, 103), (115, 101, 112), (111, 99, 116), (110, 111, 118), (100, 101, 99)]
            guard let m = names.firstIndex(where: { $0 == mon }) else { return nil }
            guard expect(0x20), let y = digits(4), expect(0x20), let h = digits(2), expect(0x3A), let mi = digits(2),
                  expect(0x3A), let se = digits(2), expect(0x20), i < n else { return nil }
            var offset = 0
            if u[i] == 0x2B || u[i] == 0x2D {
                let sign = u[i] == 0x2D ? -1 : 1
                i += 1
                guard let z = digits(4), z % 100 < 60, z <= 1400 else { return nil }
                offset = sign * ((z / 100) * 3600 + (z % 100) * 60)
            } else if n - i == 3, u[i] == 0x47, u[i + 1] == 0x4D, u[i + 2] == 0x54 { i += 3 }  // GMT
            else if n - i == 2, u[i] == 0x55, u[i + 1] == 0x54 { i += 2 }  // UT
            else { return nil }
            guard i == n, day >= 1, day <= DateFieldAssembler.daysIn(m + 1, y), h < 24, mi < 60, se < 60 else { return nil }
            return CivilTime.date(year: y, month: m + 1, day: day, hour: h, minute: mi, second: se, offsetSeconds: offset)
        }
    }
}

/// One lexical piece of a date string.
enum DateToken: Equatable {
    case number(Int, digits: Int)
    case word(String)
    case punct(Character)
}

enum DateTokenizer {
    static func tokens(_ s: String) -> [DateToken] {
        var out: [DateToken] = []
        var word = ""
        var num = 0, digits = 0
        func flush() {
            if digits > 0 { out.append(.number(num, digits: digits)); num = 0; digits = 0 }
            if !word.isEmpty { out.append(.word(word)); word = "" }
        }
        for u in s.unicodeScalars {
            let v = u.value
            if v >= 48 && v <= 57 {
                if !word.isEmpty { flush() }
                guard digits < 9 else { return [] }
                num = num * 10 + Int(v - 48); digits += 1
            } else if (v >= 97 && v <= 122) || (v >= 0x0621 && v <= 0x064A) || (v >= 0x0671 && v <= 0x06D3) {
                if digits > 0 { flush() }
                word.unicodeScalars.append(u)
            } else {
                flush()
                switch u {
                case ":", "+", "-", "/", ".", ",": out.append(.punct(Character(u)))
                case "\u{060C}": out.append(.punct(","))  // Arabic comma
                default: break  // spaces and other separators
                }
            }
        }
        flush()
        return out
    }
}

/// Assigns tokens to date fields; any word it cannot place makes the whole date unreadable.
struct DateFieldAssembler {
    let tokens: [DateToken]
    private var used: [Bool]
    private var year: Int?, month: Int?, day: Int?
    private var hour = 0, minute = 0, second = 0, fraction = 0.0
    private var hasTime = false
    private var offset: Int?

    init(tokens: [DateToken]) {
        self.tokens = tokens
        self.used = Array(repeating: false, count: tokens.count)
    }

    func date() -> Date? {
        var a = self
        return a.assemble()
    }

    private mutating func assemble() -> Date? {
        findISODate()
        findTime()
        findMonthNames()
        findNumericDate()
        guard placeLooseNumbers(), placeWords() else { return nil }
        guard var y = year, let m = month, let d = day else { return nil }
        if y < 100 { y += y < 50 ? 2000 : 1900 }
        guard (1...12).contains(m), d >= 1, d <= Self.daysIn(m, y), y >= 1900, y <= 2200,
              hour <= 24, minute < 60, second <= 60 else { return nil }
        let base = CivilTime.date(year: y, month: m, day: d, hour: hour, minute: minute,
                                  second: min(second, 59), offsetSeconds: offset ?? 0)
        return base.addingTimeInterval(fraction)
    }

    static func daysIn(_ m: Int, _ y: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private func num(_ i: Int) -> (Int, Int)? {
        guard i >= 0, i < tokens.count, !used[i], case let .number(v, d) = tokens[i] else { return nil }
        return (v, d)
    }
    private func punct(_ i: Int, _ c: Character) -> Bool {
        guard i >= 0, i < tokens.count, case let .punct(p) = tokens[i] else { return false }
        return p == c
    }
    private func word(_ i: Int) -> String? {
        guard i >= 0, i < tokens.count, !used[i], case let .word(w) = tokens[i] else { return nil }
        return w
    }
    private mutating func use(_ r: ClosedRange<Int>) { for i in r { used[i] = true } }

    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYYMMDD` (ISO 8601 / RFC 3339 date part).
    private mutating func findISODate() {
        for i in tokens.indices {
            guard let (v, d) = num(i) else { continue }
            if d == 8, year == nil {
                year = v / 10000; month = (v / 100) % 100; day = v % 100; use(i...i); return
            }
            guard d == 4, punct(i + 1, "-"), let (m, md) = num(i + 2), md <= 2, !punct(i + 3, ":") else { continue }
            year = v; month = m; use(i...(i + 2))
            if punct(i + 3, "-"), let (dd, _) = num(i + 4) { day = dd; use((i + 3)...(i + 4)) } else { day = 1 }
            return
        }
    }

    /// `HH:MM[:SS[.frac]]`, then AM/PM and a zone right after it.
    private mutating func findTime() {
        for i in tokens.indices {
            guard let (h, _) = num(i), punct(i + 1, ":"), let (m, _) = num(i + 2) else { continue }
            hour = h; minute = m; hasTime = true
            var end = i + 2
            if punct(end + 1, ":"), let (s, _) = num(end + 2) {
                second = s; end += 2
                if punct(end + 1, "."), let (f, fd) = num(end + 2) {
                    fraction = Double(f) / pow(10, Double(fd)); end += 2
                }
            }
            use(i...end)
            if let w = word(end + 1), let pm = Self.meridiem[w] {
                if hour == 12 { hour = 0 }
                if pm { hour += 12 }
                end += 1; use(end...end)
            }
            findZone(after: end + 1)
            return
        }
    }

    private mutating func findZone(after start: Int) {
        var i = start
        if let w = word(i), let z = Self.zones[w] {
            offset = z; use(i...i); i += 1
        }
        guard punct(i, "+") || punct(i, "-") else { return }
        let sign = punct(i, "-") ? -1 : 1
        guard let (v, d) = num(i + 1) else { return }
        var secs: Int
        var end = i + 1
        switch d {
        case 4: secs = (v / 100) * 3600 + (v % 100) * 60
        case 1, 2:
            secs = v * 3600
            if punct(i + 2, ":"), case let (mm, 2)? = num(i + 3) { secs += mm * 60; end = i + 3 }
        default: return
        }
        guard secs <= 14 * 3600 else { return }
        offset = (offset ?? 0) + sign * secs
        use(i...end)
    }

    /// English and Arabic month names (Arabic two-word names first; "يوليو/تموز" pairs share a month).
    private mutating func findMonthNames() {
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard let w = word(i) else { continue }
            if let next = word(i + 1), let m = ArabicCalendarNames.month(w + " " + next) {
                month = month ?? m; use(i...(i + 1)); i += 1; continue
            }
            if let m = ArabicCalendarNames.month(w) ?? Self.englishMonth(w) {
                month = month ?? m; use(i...i)
            }
        }
    }

    /// `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY` (day first, unless the second number cannot be a month).
    private mutating func findNumericDate() {
        guard month == nil else { return }
        for i in tokens.indices {
            guard let (a, _) = num(i), let (b, _) = num(i + 2), let (c, cd) = num(i + 4), cd == 4 || cd == 2,
                  case let .punct(sep) = tokens[i + 1], "/-.".contains(sep), punct(i + 3, sep) else { continue }
            if b > 12, a <= 12 { month = a; day = b } else { day = a; month = b }
            year = c; use(i...(i + 4)); return
        }
    }

    /// Remaining numbers: a 4-digit one is the year, a 1–2 digit one the day, then a 2-digit year.
    private mutating func placeLooseNumbers() -> Bool {
        for i in tokens.indices {
            guard let (v, d) = num(i) else { continue }
            if d == 4, year == nil { year = v } else if d <= 2, day == nil { day = v }
            else if d <= 2, year == nil { year = v } else { return false }
            used[i] = true
        }
        return true
    }

    /// Every leftover word must be a weekday, a filler, or a zone; otherwise the date is refused.
    private mutating func placeWords() -> Bool {
        for i in tokens.indices {
            guard let w = word(i) else { continue }
            if ArabicCalendarNames.weekday(w) != nil || Self.englishWeekday(w) || Self.fillers.contains(w) { continue }
            if let z = Self.zones[w], offset == nil { offset = z; continue }
            return false
        }
        return true
    }

    static let englishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static func englishMonth(_ w: String) -> Int? {
        guard w.count >= 3 else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"]
        for (n, f) in full.enumerated() where f.hasPrefix(w) { return n + 1 }
        if w == "sept" { return 9 }
        return nil
    }
    static func englishWeekday(_ w: String) -> Bool {
        let full = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        return w.count >= 3 && full.contains { $0.hasPrefix(w) } || ["tues", "thur", "thurs"].contains(w)
    }

    /// Words that may stand in a date without meaning anything: ISO's T, "at", Arabic "الساعة",
    /// "م" after a year (AD), "في".
    static let fillers: Set<String> = ["t", "at", "on", "the", "of", "الساعه", "ساعه", "م", "في", "يوم", "st", "nd", "rd", "th"]

    /// AM/PM markers, English and Arabic (ص = morning, م = evening, normalised forms).
    static let meridiem: [String: Bool] = [
        "am": false, "a": false, "pm": true, "p": true, "ص": false, "صباحا": false, "م": true, "مساء": true, "مساءا": true,
    ]

    /// Named zones publishers write (RFC 822's plus a few common European/Gulf ones).
    static let zones: [String: Int] = [
        "z": 0, "ut": 0, "utc": 0, "gmt": 0, "est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600,
        "cdt": -5 * 3600, "mst": -7 * 3600, "mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600,
        "cet": 3600, "cest": 7200, "eet": 7200, "eest": 10800, "bst": 3600, "msk": 10800, "wet": 0,
        "west": 3600, "جرينتش": 0, "غرينتش": 0, "غرينيتش": 0,
    ]
}
