/// A sentence that only names the act being told with a definite noun ("ووقع القصف وسط
/// تحذيرات …"، "واتهمت دمشق واشنطن بالوقوف وراء الغارة") says more about that act: wire copy
/// writes a new act indefinite ("غارة"، "قصف مدفعي") or dates it. Whatever other place or country
/// such a sentence names in passing (the city the warnings were about, the capital accused) is not
/// the place of another incident, so it stays with the incident being told.
enum ActRetelling {
    /// Openers of a new scene or of one more act: "وفي حلب، …"، "كما استهدف القصف …".
    static let sceneOpeners = WordSet(["في", "وفي", "كما", "وكذلك", "فيما", "بينما", "أما", "واما", "وأما"])

    /// Every act word of the sentence is a definite noun of a kind that can point back (not a
    /// projectile: "أطلقت الفصائل القذائف" launches new ones), it names no day of an act, and it
    /// does not open a new scene or add an act.
    static func retells(_ a: SentenceAnalysis) -> Bool {
        let t = a.sentence.tokens
        guard let first = t.first, !sceneOpeners.contains(first), !IncidentDraft.addsMore(t) else { return false }
        return NewsFraming.isAnaphoric(a)
    }

    /// The draft an act retold by `a` belongs to: the one being told, when the sentence names its
    /// kind of act (or only "الهجوم"/"القصف") and no pinpoint place of another incident; nil
    /// otherwise ("ووقعت الغارات …" right after a shelling the air strikes answered is left to the
    /// place and kind rules, which take it back to the air strikes).
    static func retold(_ a: SentenceAnalysis, drafts: [IncidentDraft], current c: Int) -> Int? {
        if fightsTheAttackers(a), !IncidentDraft.addsMore(a.sentence.tokens) { return c }
        guard retells(a) else { return nil }
        if !drafts[c].namesOwnPlace(a), drafts.indices.contains(where: { $0 != c && drafts[$0].namesOwnPlace(a) }) { return nil }
        let kinds = Set(a.events.map(\.payload.family)).subtracting([.generic])
        guard kinds.isSubset(of: drafts[c].families) || drafts[c].families.isEmpty else { return nil }
        return tellsTollElsewhere(a, than: drafts[c]) ? nil : c
    }

    /// The latest draft telling the kind of act a split-off part retells with a definite noun
    /// ("الغارات" split off "الغارات تزامنت مع استمرار المعارك"), or nil.
    static func retoldKind(_ a: SentenceAnalysis, drafts: [IncidentDraft]) -> Int? {
        guard retells(a) else { return nil }
        let kinds = Set(a.events.map(\.payload.family)).subtracting([.generic])
        guard !kinds.isEmpty else { return nil }
        return drafts.indices.last { kinds.isSubset(of: drafts[$0].families) && !tellsTollElsewhere(a, than: drafts[$0]) }
    }

    /// The doers of the act being told, named by what they did ("المهاجمين"، "الانتحاري"، "المسلحين").
    static let theAttackers = WordSet(["المهاجمين", "المهاجم", "المهاجمون", "الانتحاري", "الانتحاريين", "الانتحاريون",
                                       "المسلحين", "المسلح", "المسلحون", "منفذي", "منفذ", "الخاطفين", "الخاطف"])
    static let against = WordSet(["مع", "ضد"])

    /// "ودخلت قوات الأمن المبنى واشتبكت مع المهاجمين": a fight with the attackers of the act being
    /// told is how that act ended, not a battle of its own.
    static func fightsTheAttackers(_ a: SentenceAnalysis) -> Bool {
        let t = a.sentence.tokens
        guard let k = t.indices.dropFirst().first(where: { against.contains(t[$0 - 1]) && theAttackers.contains(t[$0]) })
        else { return false }
        // (the attackers' own word may read as an act: "الانتحاريين")
        let acts = a.events.filter { !($0.start..<$0.end).contains(k) }
        let fight: Set<EventKind> = [.clash, .attack, .genericAttack, .territoryTaken]
        return acts.allSatisfy { fight.contains($0.payload) } && acts.contains { $0.payload == .clash || $0.payload == .attack }
    }

    /// "أدى القصف المتواصل … على الغوطة الشرقية إلى مقتل 29 مدنيا" after a shell on one quarter:
    /// a toll told of another place is another act's, however the act is named.
    static func tellsTollElsewhere(_ a: SentenceAnalysis, than d: IncidentDraft) -> Bool {
        guard a.casualties.contains(where: { $0.count.status == .reported }),
              let p = IncidentDraft.primaryPlace(a), let q = d.place else { return false }
        return ArabicNormalizer.normalize(p.place.nameAr) != ArabicNormalizer.normalize(q.place.nameAr)
    }
}
