/// The owner of what an act targeted is not its doer: "تفجير انتحاري استهدف مركزا للشرطة"،
/// "عبوة ناسفة استهدفت دورية للجيش"، "استهدف موقعا لحزب الله" — an actor written with "ل" after
/// the object of a verb of targeting owns the target. (Right after the act's noun, "غارات لطيران
/// التحالف"، "قصف مدفعي للجيش الإسرائيلي", the same "ل" names the doer.)
extension ClaimRules {
    static func ownsTarget(_ t: [ArabicToken], _ a: ActorMention, act: PhraseMatch<EventKind>) -> Bool {
        guard a.start > act.end, a.start < t.count, hasLamClitic(t[a.start]) else { return false }
        // "استهدف مقاتلون موالون للنظام القافلة": the verb's subject stands between, and the "ل"
        // says whom the doers serve
        if (act.end..<a.start).contains(where: { SpeakerOwnAct.otherDoers.contains(t[$0]) || loyalWords.contains(t[$0]) }) { return false }
        return (act.start..<a.start).contains { targetVerbs.containsExact(t[$0]) || targetVerbs.contains(t[$0]) }
    }
    static let loyalWords = WordSet(["موالون", "موالين", "موالية", "موال", "تابع", "تابعة", "التابعة", "التابع", "التابعين",
                                     "مقاتلون", "مقربة", "مدعومة", "مدعومين", "المدعومة"])

    /// "للجيش"، "لحزب الله": the word is the preposition "ل" on a name.
    static func hasLamClitic(_ w: ArabicToken) -> Bool {
        let n = w.norm
        if n.hasBytePrefix("لل") { return w.forms.contains("ال" + n.dropFirst(2)) }
        return n.hasBytePrefix("ل") && w.forms.contains(String(n.dropFirst()))
    }
}
