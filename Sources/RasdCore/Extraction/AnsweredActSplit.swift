/// "أفادت سانا أن الطيران السوري شن غارات ردا على قصف بالقذائف على ضاحية الأسد في حرستا":
/// one sentence, two acts — the strike told (the speaker's own, with its claim) and the act it
/// answers, at the place named after "ردا على". The places after the marker are the answered
/// act's, not the strike's, so a strike on one town is not moved to the town the answered
/// shelling hit.
extension NewsFraming {
    /// The sentence as told of its own act (places, tolls and weapons before the marker, its
    /// claims) and as told of the act it answers (places, tolls and weapons after, no claim), or nil
    /// when nothing before the marker is an act of its own or the answered act names no place.
    static func splitByAnswer(_ a: SentenceAnalysis) -> (SentenceAnalysis, SentenceAnalysis)? {
        let t = a.sentence.tokens
        guard let m = answerMarker(t) else { return nil }
        let own = a.events.filter { $0.start < m }
        // the act answered is named right after the marker ("ردا على قصف"، "ردا على سقوط قذائف")
        let answered = a.rawEvents.filter { e in
            e.start > m && e.start <= m + 4 && (!e.payload.isWeak || [.bombardment, .projectile].contains(e.payload))
        }
        guard !own.isEmpty, !answered.isEmpty,
              a.events.allSatisfy({ $0.start < m }),
              !a.places.contains(where: { $0.start < m && $0.place.kind != "country" }),
              a.places.contains(where: { $0.start > m && $0.place.kind != "country" && $0.place.kind != "region" })
        else { return nil }
        var told = a, other = a
        told.events = own
        told.places = a.places.filter { $0.start < m }
        told.casualties = a.casualties.filter { $0.start < m }
        told.weapons = a.weapons.filter { $0.start < m }
        other.events = answered
        other.places = a.places.filter { $0.start > m }
        other.casualties = a.casualties.filter { $0.start > m }
        // (the answered act's weapons are an earlier event's to the sentence's own reading, so read them again)
        other.weapons = WeaponRules.mentions(t, keepingEarlier: true).filter { $0.start > m }
        other.claims = []; other.perpetrator = nil; other.actors = []
        return (told, other)
    }

    /// The position of "ردا على" / "رداً على" ("in answer to"), if the sentence has one.
    static func answerMarker(_ t: [ArabicToken]) -> Int? {
        t.indices.first { i in i + 1 < t.count && SentenceAnalyzer.answerWords.contains(t[i]) && SentenceAnalyzer.onWord.contains(t[i + 1]) }
    }
}
