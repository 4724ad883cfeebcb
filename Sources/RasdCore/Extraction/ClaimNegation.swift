/// A verb of claiming under a negation: "ولم يعلن تنظيم داعش مسؤوليته عن الهجوم"، "لم تتبن حركة
/// الشباب التفجير"، "ولم تعلن أي جماعة على الفور مسؤوليتها" — nobody claimed the act, whoever is
/// named as the verb's subject and whatever words of time stand between ("بعد"، "على الفور"،
/// "حتى الآن"). And "ولم يتضح على الفور من يقف وراء الهجوم": nobody is known to have done it.
/// Fixed phrases cannot list every subject and filler; the negated verb, and a word of
/// responsibility or of the act after it, can.
extension ClaimRules {
    static let pastNegations = WordSet(["لم"])
    /// Words of time or manner between the negation and what it negates.
    static let negationFillers = WordSet(["بعد", "حتى", "الآن", "اللحظة", "هذه", "على", "الفور", "رسميا", "أيضا", "حينه", "الساعة"])
    static let announceJussives = WordSet(["يعلن", "تعلن", "يعلنوا"])
    static let adoptJussives = WordSet(["يتبن", "تتبن", "يتبنى", "تتبنى", "يتبنوا"])
    static let unknownVerbs = WordSet(["يتضح", "تتضح", "يعرف", "تعرف", "يعلم", "تعلم", "تعرف"])
    /// What a claim is of: responsibility or the adoption of the act.
    static let claimObjects = WordSet(["مسؤولية", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "المسؤولية", "تبني", "تبنيه", "تبنيها"])
    static let nobodyWords = WordSet(["أي", "أية", "أحد"])
    static let unknownDoers = WordSet(["الجهة", "الجهات", "الطرف", "المنفذين", "منفذي", "المهاجمين", "المسؤول", "المسؤولين"])
    static let behindVerbs = WordSet(["يقف", "تقف", "يقفون", "وراء", "نفذ", "نفذت", "نفذوا"])
    static let identityWords = WordSet(["هوية"])
    static let doerIdentities = WordSet(["المنفذين", "منفذي", "المنفذ", "المهاجمين", "المهاجم", "الجهة", "الجناة"])

    /// True when the sentence says, by a negated verb of claiming or knowing, that nobody claimed
    /// or is known to have done the act.
    static func negatedClaim(_ t: [ArabicToken]) -> Bool {
        for n in t.indices where pastNegations.contains(t[n]) {
            var v = n + 1
            while v < t.count && v <= n + 4 && negationFillers.containsExact(t[v]) { v += 1 }
            guard v < t.count else { continue }
            var k = v + 1
            while k < t.count && k <= v + 4 && negationFillers.containsExact(t[k]) { k += 1 }
            let after = k..<min(t.count, k + 8)
            if announceJussives.containsExact(t[v]) {
                // "لم يعلن الجيش عن أي إصابات" names no responsibility: no word on a claim
                if after.contains(where: { claimObjects.containsExact(t[$0]) }) { return true }
            } else if adoptJussives.containsExact(t[v]) {
                // "لم تتبن الحكومة خطة": adopting a plan is no claim of an act
                if after.contains(where: { ideas.contains(t[$0]) }) { continue }
                if after.contains(where: { claimObjects.containsExact(t[$0]) || nobodyWords.containsExact(t[$0])
                    || actNouns.contains(t[$0]) || SpeakerOwnAct.strikeNouns.contains(t[$0]) }) { return true }
            } else if unknownVerbs.containsExact(t[v]), k < t.count {
                // "من يقف وراء الهجوم"، "الجهة المسؤولة"، "هوية المنفذين" — not "عدد الضحايا"
                if t[k].matches("من"), k + 1 < t.count, behindVerbs.containsExact(t[k + 1]) { return true }
                if unknownDoers.containsExact(t[k]) { return true }
                if identityWords.containsExact(t[k]), k + 1 < t.count, doerIdentities.containsExact(t[k + 1]) { return true }
            }
        }
        return false
    }
}

extension ClaimRules {
    /// "ويرجح مسؤولون أن تكون جماعة بوكو حرام وراء الهجوم"، "وتشتبه السلطات في أن الحركة نفذت":
    /// the one suspected is named after the "أن" that follows the verb and its subject.
    static let suspectThat = WordSet(["أن", "بأن"])
    static let beVerbs = WordSet(["تكون", "يكون", "يكونوا", "كانت", "كان"])
    static func suspected(_ t: [ArabicToken], _ actors: [ActorMention], after k: Int) -> ActorMention? {
        guard let that = (k..<min(t.count, k + 4)).first(where: { suspectThat.containsExact(t[$0]) }) else { return nil }
        var s = that + 1
        if s < t.count && beVerbs.containsExact(t[s]) { s += 1 }
        // ("جماعة بوكو حرام": the kind of group may stand before the name the lexicon knows)
        guard let a = actors.first(where: { $0.start == s || ($0.start == s + 1 && groupKinds.contains(t[s])) }),
              !isMemberOf(t, a), !a.canonical.hasBytePrefix("Unidentified") else { return nil }
        // … as the doer: an act or "وراء" follows ("يرجح أن الحركة تسعى إلى …" suspects no act)
        let acts = (a.end..<min(t.count, a.end + 3)).contains {
            SpeakerOwnAct.attackVerbs.contains(t[$0]) || behindVerbs.contains(t[$0]) || t[$0].matches("خلف") }
        return acts ? a : nil
    }
}

extension ClaimRules {
    static let groupKinds = WordSet(["جماعة", "حركة", "تنظيم", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "فصيل", "كتائب"])

    /// "وقالت مصادر أمنية إن عناصر من تنظيم داعش نفذوا الهجوم"، "قال الجيش إن مسلحين من الحركة
    /// هاجموا الدورية": a source naming, after "إن", the doer of the act the story already told
    /// (the act named again, not a new one) — the doer as the source tells it.
    static func doerOfToldAct(_ t: [ArabicToken], _ actors: [ActorMention], after k: Int) -> ActorMention? {
        guard let that = (k..<min(t.count, k + 8)).first(where: { SpeakerOwnAct.bareThat.containsExact(t[$0]) }), that + 1 < t.count
        else { return nil }
        let doers = { (i: Int) in memberNouns.contains(t[i]) || SpeakerOwnAct.otherDoers.contains(t[i]) }
        guard let a = actors.filter({ !$0.canonical.hasBytePrefix("Unidentified") }).first(where: { a in
            a.start == that + 1 || (a.start == that + 2 && groupKinds.contains(t[that + 1]))
                || (a.start == that + 3 && doers(that + 1) && t[that + 2].matches("من"))
        }), a.kind == .nonState, !a.canonical.hasBytePrefix("Unidentified"), a.end < t.count else { return nil }
        let acts = (a.end..<min(t.count, a.end + 2)).contains { SpeakerOwnAct.attackVerbs.containsExact(t[$0]) || behindVerbs.containsExact(t[$0]) }
        return acts ? a : nil
    }
}
