/// Day numbers of `YYYY-MM-DD` event dates.
public enum EventDay {
    public static func number(_ ymd: String) -> Int? {
        let parts = ymd.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return CivilTime.daysFromCivil(y, m, d)
    }

    static func slack(_ precision: Int) -> Int {
        switch precision {
        case 2: return 6
        case 3: return 30
        default: return 0
        }
    }
}
