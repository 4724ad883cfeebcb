import Testing
@testable import RasdCore

/// "صاروخ رابع" counts four; the rank replaces the smaller figure told before it, while a
/// definite "الصاروخ الثاني" and air raids ("غارة ثانية", often another incident) are not read.
@Suite struct WeaponOrdinalTests {
    static func mentions(_ text: String) -> [WeaponMention] { WeaponRules.mentions(ArabicTokenizer.tokenize(text)) }

    @Test(arguments: [
        ("وسقط صاروخ رابع قرب المطار", WeaponKind.rocket, 4),
        ("وتم اعتراض صاروخ باليستي ثالث", .ballisticMissile, 3),
        ("وانفجرت عبوة ناسفة ثانية", .ied, 2),
        ("ثم سقطت قذيفة هاون خامسة", .mortar, 5),
    ])
    func rankedNoun(text: String, kind: WeaponKind, count: Int) throws {
        let m = try #require(Self.mentions(text).first { $0.kind == kind }, "\(text)")
        #expect(m.count.status == .reported, "\(text)")
        #expect(m.count.min == count && m.count.max == count, "\(text)")
    }

    @Test(arguments: [
        ("وسقط الصاروخ الثاني قرب المطار", WeaponKind.rocket),
        ("وشنت الطائرات غارة ثانية على البلدة", .aircraft),
    ])
    func unreadRank(text: String, kind: WeaponKind) throws {
        let m = try #require(Self.mentions(text).first { $0.kind == kind }, "\(text)")
        #expect(m.count.min != 2, "\(text)")
    }

    @Test(arguments: [
        ("وسقط صاروخ رابع", true),
        ("أربعة صواريخ", false),
        ("صاروخ", false),
    ])
    func ordinalQuote(text: String, ordinal: Bool) {
        #expect(WeaponOrdinals.isOrdinal(Count(status: .reported, min: 4, max: 4, text: text)) == ordinal)
    }

    @Test(arguments: [
        // the rank outranks the salvo told before it
        ([Count(status: .reported, min: 3, max: 3, text: "ثلاثة صواريخ"), Count(status: .reported, min: 4, max: 4, text: "صاروخ رابع")], 4, Optional(4)),
        ([Count(status: .reported, min: 2, max: 2, text: "صاروخين"), Count(status: .reported, min: 3, max: 3, text: "صاروخ ثالث")], 3, 3),
        // without a rank, disagreeing figures stay a range
        ([Count(status: .reported, min: 3, max: 3, text: "ثلاثة صواريخ"), Count(status: .reported, min: 4, max: 4, text: "أربعة صواريخ")], 3, 4),
    ])
    func rankReplacesSmallerFigure(counts: [Count], min: Int, max: Int?) {
        let merged = CasualtyRules.merge(WeaponOrdinals.keepingRank(counts))
        #expect(merged.min == min)
        #expect(merged.max == max)
    }
}
