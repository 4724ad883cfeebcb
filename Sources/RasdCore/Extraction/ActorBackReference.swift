/// Wire copy names a group once ("تنظيم الدولة الإسلامية"، "حركة الشباب"، "جماعة الحوثي") and then
/// calls it by its kind alone: "وتبنى التنظيم الهجوم"، "وقالت الحركة في بيان". A bare
/// "التنظيم"، "الحركة"، "الجماعة"، "الميليشيا" is the group of that kind named last before it — of
/// that kind meaning one the lexicon spells with that word ("حركة حماس" makes Hamas a حركة).
public enum ActorBackReference {
    /// Kind words as written, and the same words with the article, normalised.
    static let kindWords = ["تنظيم", "حركة", "جماعة", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات"]
    static let kindKey: [String: String] = {
        var out: [String: String] = [:]
        for w in kindWords {
            let n = ArabicNormalizer.normalize(w)
            let key = n.hasBytePrefix("مل") || n.hasBytePrefix("ميل") ? "militia" : n
            out[n] = key; out["ال" + n] = key
        }
        return out
    }()
    /// Kind → the canonical groups some lexicon row spells with that kind word first.
    static let groupsOfKind: [String: Set<String>] = {
        var out: [String: Set<String>] = [:]
        for (phrase, canonical, kind) in ActorLexicon.rows where kind == .nonState && !canonical.hasBytePrefix("Unidentified") {
            guard let first = phrase.split(separator: " ").first, let key = kindKey[ArabicNormalizer.normalize(String(first))] else { continue }
            out[key, default: []].insert(canonical)
        }
        return out
    }()

    /// The kind a bare word names ("والتنظيم" → تنظيم), or nil.
    /// The definite kind words ("التنظيم"، "الحركة"): one id lookup per reading, most words none.
    static let definiteKindWords = WordSet(kindKey.keys.filter { $0.hasBytePrefix("ال") })
    static func kind(of t: ArabicToken) -> String? {
        guard definiteKindWords.contains(t) else { return nil }
        for f in t.forms where f.hasBytePrefix("ال") { if let k = kindKey[f] { return k } }
        return nil
    }

    /// A named armed group (not a back-reference, not "مسلحون").
    static func isNamedGroup(_ a: ActorMention) -> Bool { a.kind == .nonState && !a.canonical.hasBytePrefix("Unidentified") }

    /// For each sentence index, the groups named before it in the story, latest last.
    public static func groupsBefore(_ sentences: [ArabicSentence], lexicon: ActorLexicon) -> [Int: [ActorMention]] {
        var out: [Int: [ActorMention]] = [:]
        var named: [ActorMention] = []
        for s in sentences {
            out[s.index] = named
            for a in lexicon.mentions(s.tokens) where isNamedGroup(a) {
                named.removeAll { $0.canonical == a.canonical }
                named.append(a)
            }
        }
        return out
    }

    /// The groups named in the sentences before `index`, latest last (looked up only for a sentence
    /// that has a bare kind word: most have none).
    public static func groups(before index: Int, in sentences: [ArabicSentence], lexicon: ActorLexicon) -> [ActorMention] {
        groupsBefore(Array(sentences.prefix { $0.index < index }) + [ArabicSentence(index: index, text: "", tokens: [], isTitle: false)],
                     lexicon: lexicon)[index] ?? []
    }

    /// True when some word is a bare kind word.
    public static func hasKindWord(_ t: [ArabicToken]) -> Bool { t.contains { kind(of: $0) != nil } }

    /// Mentions for the bare kind words of a sentence, each standing for the last group of its kind
    /// named before it (earlier in the sentence, else in `before`). `actors` are the sentence's own.
    public static func mentions(_ t: [ArabicToken], actors: [ActorMention], before: [ActorMention]) -> [ActorMention] {
        var out: [ActorMention] = []
        for k in t.indices {
            guard let key = kind(of: t[k]), !actors.contains(where: { $0.start <= k && k < $0.end }),
                  let groups = groupsOfKind[key] else { continue }
            let earlier = before + actors.filter { $0.end <= k && isNamedGroup($0) }
            guard let g = earlier.last(where: { groups.contains($0.canonical) }) else { continue }
            out.append(ActorMention(canonical: g.canonical, kind: .nonState, text: g.text, start: k, end: k + 1))  // shown by its name
        }
        return out
    }
}
