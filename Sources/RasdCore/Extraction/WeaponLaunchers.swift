/// A launcher's share of a strike: "الطرادة مونتيريه والتي أطلقت 30 صاروخ توماهوك"، "الغواصة …
/// وأطلقت 6 صواريخ"، "طائرتان من طراز قاذفات القنابل … وأطلقتا 19 صاروخا". Wire copy breaks a
/// strike's salvo down by the ship, submarine or bomber that fired it; each of those figures counts
/// one platform's missiles, not the act's. A story that also states the act's own figure ("استهدف 22
/// صاروخا موقعا غرب حمص") is counted by that figure; a platform's figure counts the act only when it
/// is the one the story gives ("أطلقت مدمرتان 59 صاروخ توماهوك").
enum WeaponLaunchers {
    /// Platforms that fire missiles.
    static let platforms = WordSet(["مدمرة", "المدمرة", "مدمرتان", "مدمرتين", "طرادة", "الطرادة", "غواصة", "الغواصة",
                                    "فرقاطة", "الفرقاطة", "فرقاطات", "بارجة", "البارجة", "بوارج", "البوارج", "قاذفات",
                                    "قاذفة", "القاذفات", "القاذفة", "سفينة", "السفينة", "سفن", "القطعة", "قطعة"])

    /// The count starting at `countAt` is told of a platform named within the twelve words before it.
    static func isShare(_ t: [ArabicToken], countAt: Int) -> Bool {
        (max(0, countAt - 12)..<countAt).contains { platforms.contains(t[$0]) }
    }

    /// The counts of one weapon kind without its platforms' shares, when another count states a figure.
    static func keepingOwn(_ counts: [Count], shares: [Bool]) -> [Count] {
        let own = zip(counts, shares).filter { !$0.1 }.map(\.0)
        guard own.contains(where: { $0.status == .reported && !WeaponCountMerge.isBareSingular($0) }) else { return counts }
        return own
    }
}
