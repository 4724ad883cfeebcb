/// A statement about who did it: a claim, a denial, "nobody claimed", or blame by a source.
public struct ClaimMention: Sendable, Equatable {
    public var status: Claim.Status
    public var actor: String?
    public var text: String
}

/// Claims of responsibility as Arabic news states them: تبنى / أعلن مسؤوليته (claimed), نفى
/// (denied), لم تعلن أي جهة (no_claim), اتهم / حمّل المسؤولية / نسب / ألقى اللوم (attributed);
/// an army's own statement about its own strike counts as a claim ("أعلن الجيش أنه استهدف").
public enum ClaimRules {
    enum Cue: Sendable { case claim, deny, noClaim, blame, said }
    static let cues = PhraseLexicon<Cue>([
        ("تبنى", .claim), ("تبنت", .claim), ("تبني", .claim), ("يتبنى", .claim), ("أعلن مسؤوليته", .claim),
        ("أعلنت مسؤوليتها", .claim), ("مسؤوليته عن", .claim), ("مسؤوليتها عن", .claim), ("تبنيه", .claim),
        ("نفى", .deny), ("نفت", .deny), ("ينفي", .deny), ("تنفي", .deny), ("نفي", .deny),
        ("لم تعلن أي جهة", .noClaim), ("لم تتبن أي جهة", .noClaim), ("لم يتبن أحد", .noClaim), ("لم تعلن أي جماعة", .noClaim),
        ("لم تعلن أية جهة", .noClaim), ("لم تتبن أية جهة", .noClaim), ("لم يعلن أحد", .noClaim), ("لم تعلن جهة", .noClaim),
        ("لم تتبن أي جماعة", .noClaim), ("لم يعلن أي فصيل", .noClaim), ("لم يتبن أي فصيل", .noClaim),
        ("لم يعلن أي تنظيم", .noClaim), ("لم يتبن أي تنظيم", .noClaim), ("لم تتبن أي مجموعة", .noClaim),
        ("لم تعلن أي مجموعة", .noClaim), ("لم يعلن أحد مسؤوليته", .noClaim), ("لم تعلن أي جهة مسؤوليتها", .noClaim), ("لم يعلن أي طرف", .noClaim), ("لم تتبنى أي جهة", .noClaim),
        ("اتهم", .blame), ("اتهمت", .blame), ("يتهم", .blame), ("تتهم", .blame), ("حمل", .blame), ("حملت", .blame),
        ("نسب", .blame), ("نسبت", .blame), ("ألقي اللوم", .blame), ("ألقت باللوم", .blame), ("ألقى باللوم", .blame),
        ("يعتقد أن", .blame), ("يعتقد أنهم", .blame), ("بحسب", .said), ("وفق", .said), ("وفقا", .said), ("حسب", .said),
        ("قال", .said), ("قالت", .said), ("أفاد", .said), ("أفادت", .said), ("ذكر", .said), ("ذكرت", .said), ("أكد", .said),
        ("أكدت", .said), ("أعلن", .said), ("أعلنت", .said), ("أوضح", .said), ("أوضحت", .said), ("نقلت", .said), ("أشار", .said),
        ("أشارت", .said), ("بيان", .said),
    ])
    static let responsibility = PhraseLexicon<Bool>([("مسؤولية", true), ("مسؤوليته", true), ("مسؤوليتها", true), ("المسؤولية", true),
                                                     ("علاقة", true), ("علاقته", true), ("علاقتها", true), ("تورط", true),
                                                     ("تورطه", true), ("تورطها", true), ("ضلوع", true), ("ضلوعه", true)])
    /// Claim statements in one sentence. `hasEvent` tells whether the sentence also reports the
    /// attack (a source naming the attacker there is attribution; an army saying it struck is a claim).
    public static func mentions(_ t: [ArabicToken], actors: [ActorMention], hasEvent: Bool,
                                perpetrator: ActorMention? = nil) -> [ClaimMention] {
        var out: [ClaimMention] = []
        let ms = cues.matches(in: t)
        func actor(after i: Int, before: Int? = nil) -> ActorMention? {
            actors.first { $0.start >= i && $0.start <= i + 8 } ?? (before.flatMap { b in actors.last { $0.end <= b && $0.start >= b - 6 } })
        }
        let sentence = t.text(0..<t.count)
        let hasNoClaim = ms.contains { $0.payload == .noClaim }
        for m in ms {
            if hasNoClaim && m.payload == .claim { continue }
            switch m.payload {
            case .noClaim:
                out.append(ClaimMention(status: .noClaim, actor: nil, text: sentence))
            case .claim:
                let a = actors.last { $0.end <= m.start && $0.start >= m.start - 6 } ?? actor(after: m.end)
                out.append(ClaimMention(status: .claimed, actor: a?.text, text: sentence))
            case .deny:
                let window = Array(t[m.end..<min(t.count, m.end + 10)])
                if responsibility.occurs(in: window) || hasEvent {
                    let a = actors.first { $0.start >= m.end && $0.start <= m.end + 3 } ?? actors.last { $0.end <= m.start }
                    out.append(ClaimMention(status: .denied, actor: a?.text, text: sentence))
                }
            case .blame:
                if let a = actors.first(where: { $0.start >= m.end && $0.start <= m.end + 8 }) {
                    out.append(ClaimMention(status: .attributed, actor: a.text, text: sentence))
                }
            case .said:
                guard hasEvent else { continue }
                // Speaker right after the speech verb: its own act → claim; a source naming the attacker → attribution.
                let speaker = actors.first { $0.start >= m.end && $0.start <= m.end + 2 } ?? actors.last { $0.end == m.start }
                if let s = speaker, SpeakerOwnAct.announces(t, from: s.end) {
                    out.append(ClaimMention(status: .claimed, actor: s.text, text: sentence))
                } else if let p = perpetrator, !p.canonical.hasPrefix("Unidentified") {
                    if let s = speaker, s.canonical == p.canonical {
                        out.append(ClaimMention(status: .claimed, actor: s.text, text: sentence))
                    } else {
                        out.append(ClaimMention(status: .attributed, actor: p.text, text: sentence))
                    }
                }
            }
        }
        return out
    }

    /// One claim for an incident: claimed > denied > no_claim > attributed.
    public static func merge(_ ms: [ClaimMention]) -> (Claim, String?) {
        for s in [Claim.Status.claimed, .denied, .noClaim, .attributed] {
            if let m = ms.first(where: { $0.status == s }) { return (Claim(status: s, actor: m.actor), m.text) }
        }
        return (Claim(), nil)
    }
}
