import Foundation

/// HTTP-date (RFC 9110 §5.6.7): the three forms servers still send, always in GMT.
///
/// Used for `Retry-After` and anywhere else a server hands us an absolute time; a pure parser
/// so the schedule can be tested without a clock or a locale.
public enum HTTPDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun",
                                 "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Parses `Sun, 06 Nov 1994 08:49:37 GMT` (IMF-fixdate), `Sunday, 06-Nov-94 08:49:37 GMT`
    /// (RFC 850) and `Sun Nov  6 08:49:37 1994` (asctime). Returns nil for anything else.
    public static func parse(_ text: String) -> Date? {
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
            .map { $0.lowercased() }
        guard fields.count >= 4 else { return nil }
        if fields[0].count >= 3, fields.count >= 5, let day = Int(fields[1]),
           let month = monthNumber(fields[2]), let year = Int(fields[3]) {
            // IMF-fixdate: wkday, DD Mon YYYY HH:MM:SS GMT
            return make(year: year, month: month, day: day, time: fields[4], zone: fields.count > 5 ? fields[5] : "gmt")
        }
        if fields.count >= 3, fields[1].contains("-") {
            // RFC 850: weekday, DD-Mon-YY HH:MM:SS GMT
            let parts = fields[1].split(separator: "-")
            guard parts.count == 3, let day = Int(parts[0]), let month = monthNumber(String(parts[1])),
                  let yy = Int(parts[2]) else { return nil }
            let year = parts[2].count == 2 ? (yy < 70 ? 2000 + yy : 1900 + yy) : yy
            return make(year: year, month: month, day: day, time: fields[2], zone: fields.count > 3 ? fields[3] : "gmt")
        }
        if fields.count >= 5, let month = monthNumber(fields[1]), let day = Int(fields[2]),
           let year = Int(fields[4]) {
            // asctime: wkday Mon D HH:MM:SS YYYY
            return make(year: year, month: month, day: day, time: fields[3], zone: "gmt")
        }
        return nil
    }

    /// Formats an instant as IMF-fixdate, the form HTTP/1.1 senders must use.
    public static func string(_ date: Date) -> String {
        let c = CivilTime(date)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let month = months[c.month - 1].prefix(1).uppercased() + months[c.month - 1].dropFirst()
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(weekdays[c.weekday]), \(pad(c.day)) \(month) \(c.year) \(pad(c.hour)):\(pad(c.minute)):\(pad(c.second)) GMT"
    }

    private static func monthNumber(_ name: String) -> Int? {
        months.firstIndex(of: String(name.prefix(3))).map { $0 + 1 }
    }

    private static func make(year: Int, month: Int, day: Int, time: String, zone: String) -> Date? {
        guard zone == "gmt" || zone == "utc" || zone == "ut" || zone == "z" else { return nil }
        let hms = time.split(separator: ":").compactMap { Int($0) }
        guard hms.count == 3, (1...31).contains(day), (0...23).contains(hms[0]),
              (0...59).contains(hms[1]), (0...60).contains(hms[2]), year >= 1900 else { return nil }
        return CivilTime.date(year: year, month: month, day: day, hour: hms[0], minute: hms[1], second: hms[2])
    }
}
