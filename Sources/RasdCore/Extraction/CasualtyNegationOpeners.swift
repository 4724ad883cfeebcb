/// Clause openers that work like a negator on the harm word after them, though no negator word
/// is written: "من غير أن يسفر ذلك عن إصابات" ("without", as "دون أن") spares the harm; "يجري
/// التحقق من وقوع إصابات" ("it is being checked whether") leaves the toll unknown. Read as
/// statements of harm, both turned a story that says nothing certain into vague casualties.
extension CasualtyRules {
    static let pendingVerbs = WordSet(["يجري", "تجري", "جار", "جاري", "يتم"])
    static let checkingNouns = WordSet(["التحقق", "التأكد", "التثبت"])

    /// "من غير أن": "غير" after "من" and before "أن" negates the clause it opens.
    static func opensWithout(_ t: [ArabicToken], at i: Int) -> Bool {
        i > 0 && i + 1 < t.count && t[i].ids[0] == ghayrID && t[i + 1].ids[0] == anID && t[i - 1].matches("من")
    }
    static let ghayrID = WordHash.of("غير"), anID = WordHash.of("ان")

    /// "يجري التحقق من"، "جار التأكد من": a check still running, so what follows is not known.
    static func opensPendingCheck(_ t: [ArabicToken], at i: Int) -> Bool {
        i + 1 < t.count && pendingVerbs.contains(t[i]) && checkingNouns.contains(t[i + 1])
    }
}
