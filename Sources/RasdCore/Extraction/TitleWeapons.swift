/// A headline often sums up a story of several acts ("اعتراض صاروخ بالستي فوق الرياض وإسقاط طائرتين
/// بدون طيار"): each weapon it names belongs to the act the body tells with that weapon. A title's
/// weapon joins an incident only when the incident's own sentences name it or no other act of the
/// story does; a weapon the body names only in another act's sentence is that act's. (A title of one
/// weapon, or of none the incident names, is read as the lead act's, as before.)
enum TitleWeapons {
    /// The title's `kind` is not named by the incident's `events` but by a sentence telling another act.
    static func toldOfAnotherAct(_ kind: WeaponKind, title: SentenceAnalysis, events: [SentenceAnalysis], story: [SentenceAnalysis]) -> Bool {
        // a title of one weapon tells the lead act ("رصاص إسرائيل يواصل قتل الفلسطينيين"); one of several,
        // some of them this incident's own, sums up several acts
        let titleKinds = Set(title.weapons.map(\.kind))
        let eventKinds = Set(events.flatMap { $0.weapons.map(\.kind) })
        guard titleKinds.count >= 2, !titleKinds.isDisjoint(with: eventKinds), !eventKinds.contains(kind) else { return false }
        let own = Set(events.map(\.sentence.index))
        return story.contains { s in
            !own.contains(s.sentence.index) && s.sentence.index != title.sentence.index && !s.events.isEmpty
                && s.weapons.contains { $0.kind == kind }
        }
    }
}
