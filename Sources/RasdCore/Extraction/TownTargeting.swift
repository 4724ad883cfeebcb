/// "واستهدفت الفصائل المعارضة بدورها ضاحية جرمانا قرب دمشق، ما أسفر عن مقتل أربعة": an act of
/// unnamed means whose object is a town, a suburb or a quarter is fire from afar on it — forces
/// meeting on the ground target positions and forces, not a town as a whole.
enum TownTargeting {
    static let targetVerbs = WordSet(["استهدف", "استهدفت", "استهدفوا", "استهدفا", "يستهدف", "تستهدف"])
    /// Words that name a populated place as a whole.
    static let townWords = WordSet(["ضاحية", "حي", "أحياء", "بلدة", "مدينة", "قرية", "مخيم", "بلدات", "قرى", "مدن", "منطقة",
                                    "مناطق", "الأحياء", "ضواحي"])

    /// The lead's act word is a verb of targeting whose object (at most three words after it: the
    /// doer may stand between) is a town word.
    static func targetsTown(_ a: SentenceAnalysis) -> Bool {
        let t = a.sentence.tokens
        guard a.weapons.isEmpty else { return false }
        for i in t.indices where targetVerbs.containsExact(t[i]) || targetVerbs.contains(t[i]) {
            if ((i + 1)..<min(t.count, i + 6)).contains(where: { townWords.containsExact(t[$0]) }) { return true }
        }
        return false
    }
}
