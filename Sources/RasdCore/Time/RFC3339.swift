import Foundation

/// RFC 3339 UTC timestamps without DateFormatter (thread-safe, allocation-light, locale-free):
/// every date rasd writes (JSON output, outbox records, logs) goes through here.
public enum RFC3339 {
    /// `2024-07-25T10:03:08Z` (fractional seconds dropped).
    public static func string(_ date: Date) -> String {
        let c = CivilTime(date)
        return "\(pad4(c.year))-\(pad2(c.month))-\(pad2(c.day))T\(pad2(c.hour)):\(pad2(c.minute)):\(pad2(c.second))Z"
    }

    /// `20240725T100308Z`, for file names.
    public static func compact(_ date: Date) -> String {
        let c = CivilTime(date)
        return "\(pad4(c.year))\(pad2(c.month))\(pad2(c.day))T\(pad2(c.hour))\(pad2(c.minute))\(pad2(c.second))Z"
    }

    /// `2024-07-25`.
    public static func day(_ date: Date) -> String {
        let c = CivilTime(date)
        return "\(pad4(c.year))-\(pad2(c.month))-\(pad2(c.day))"
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`; nil for anything else.
    public static func parse(_ s: String) -> Date? {
        let u = Array(s.utf8)
        func num(_ from: Int, _ len: Int) -> Int? {
            guard from + len <= u.count else { return nil }
            var v = 0
            for i in from..<(from + len) {
                let b = u[i]; guard b >= 48 && b <= 57 else { return nil }
                v = v * 10 + Int(b - 48)
            }
            return v
        }
        guard u.count >= 20, let y = num(0, 4), u[4] == 45, let mo = num(5, 2), u[7] == 45,
              let d = num(8, 2), u[10] == 84 || u[10] == 116 || u[10] == 32,
              let h = num(11, 2), u[13] == 58, let mi = num(14, 2), u[16] == 58, let se = num(17, 2)
        else { return nil }
        var i = 19
        var frac = 0.0
        if i < u.count, u[i] == 46 {
            i += 1
            var scale = 0.1
            while i < u.count, u[i] >= 48, u[i] <= 57 { frac += Double(u[i] - 48) * scale; scale /= 10; i += 1 }
        }
        guard i < u.count else { return nil }
        var offset = 0
        if u[i] == 90 || u[i] == 122 { i += 1 } else if u[i] == 43 || u[i] == 45 {
            guard let oh = num(i + 1, 2), u.count > i + 3, u[i + 3] == 58, let om = num(i + 4, 2) else { return nil }
            offset = (oh * 3600 + om * 60) * (u[i] == 45 ? -1 : 1)
            i += 6
        } else { return nil }
        guard i == u.count, (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, se < 61 else { return nil }
        let days = CivilTime.daysFromCivil(y, mo, d)
        let secs = days * 86400 + h * 3600 + mi * 60 + se - offset
        return Date(timeIntervalSince1970: Double(secs) + frac)
    }

    @inline(__always) static func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    @inline(__always) static func pad4(_ v: Int) -> String {
        v >= 1000 ? "\(v)" : String(repeating: "0", count: 4 - String(v).count) + "\(v)"
    }
}

/// Proleptic Gregorian calendar fields of an instant in UTC (or at a fixed offset), computed
/// arithmetically (Howard Hinnant's days-from-civil) so core code needs no Calendar or locale.
public struct CivilTime: Sendable, Equatable {
    public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int

    public init(_ date: Date, offsetSeconds: Int = 0) {
        let t = Int(date.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        var days = t / 86400
        var rem = t % 86400
        if rem < 0 { rem += 86400; days -= 1 }
        (year, month, day) = CivilTime.civilFromDays(days)
        hour = rem / 3600; minute = (rem % 3600) / 60; second = rem % 60
        weekday = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday (4)
    }

    public static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// The instant of a civil date-time at a UTC offset.
    public static func date(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0,
                            second: Int = 0, offsetSeconds: Int = 0) -> Date {
        let days = daysFromCivil(year, month, day)
        return Date(timeIntervalSince1970: Double(days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds))
    }
}
