/// Where a rocket, missile, shell or drone was fired from, as wire copy writes it: "أطلقته الميليشيا
/// الحوثية من داخل الأراضي اليمنية (محافظة صعدة) باتجاه أراضي المملكة"، "صاروخين أطلقا من قطاع
/// غزة". The launch site is not where the act happened (ACLED places a strike or an interception
/// where it hit): a sentence that names it tells no other incident's place.
enum LaunchOrigins {
    /// Acts that are fired from somewhere.
    static let families: Set<EventKind.Family> = [.fire, .disrupted]

    /// The sentence tells a rocket, shell or interception as its act; not when it tells air strikes
    /// that answered a launch ("نفذ الغارات ردا على إطلاق صواريخ … من قطاع غزة"): the launch site is
    /// then where the strikes fell.
    static func applies(to a: SentenceAnalysis) -> Bool {
        a.events.contains { families.contains($0.payload.family) } && !a.events.contains { $0.payload.family == .air }
    }
    /// Words between "من" and the place: "من داخل الأراضي اليمنية (محافظة صعدة)".
    static let between = WordSet(["داخل", "الأراضي", "أراضي", "اراضي", "محافظة", "محافظه", "مدينة", "منطقة", "قطاع", "جهة",
                                  "مناطق", "ناحية", "بلدة", "مديرية", "ريف", "شمال", "جنوب", "شرق", "غرب"])
    /// How many words back from the place "من" may stand.
    static let reach = 6
    /// How many words before "من" the launch word may stand ("صاروخ باليستي أطلقته الميليشيا الحوثية التابعة لإيران من").
    static let launchReach = 18

    /// A launch word: "أطلق"، "أطلقته"، "إطلاق"، "وأطلقا"، "انطلقت"، "قادمة".
    static func isLaunchWord(_ tok: ArabicToken) -> Bool {
        tok.forms.contains { $0.hasBytePrefix("اطلق") || $0.hasBytePrefix("اطلاق") || $0.hasBytePrefix("انطلق") || $0.hasBytePrefix("قادم") }
    }

    /// The place (or country) starting at `i` is where something was fired from: "من" before it, with
    /// only the words of `between` (or an adjective of origin: "اليمنية") in between, and a launch
    /// word shortly before.
    static func isOrigin(_ t: [ArabicToken], at i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && i - k <= reach {
            if t[k].norm == "من" {
                return (max(0, k - launchReach)..<k).contains { isLaunchWord(t[$0]) }
            }
            guard between.contains(t[k]) || t[k].norm.hasByteSuffix("يه") else { return false }
            k -= 1
        }
        return false
    }
}
