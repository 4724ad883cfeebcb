/// Which rule fired on which words: `rasd extract --explain` prints this so an analyst can see
/// why a story gave (or did not give) an incident.
public struct ExtractionTrace: Sendable, Encodable {
    public struct Firing: Sendable, Encodable {
        public var rule: String
        public var text: String
    }
    public struct SentenceTrace: Sendable, Encodable {
        public var index: Int
        /// title | event | continuation | background | dropped | other
        public var role: String
        public var incident: Int?
        public var reason: String?
        public var text: String
        public var fired: [Firing]

        enum CodingKeys: String, CodingKey { case index, role, incident, reason, text, fired }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(index, forKey: .index); try c.encode(role, forKey: .role)
            try c.encode(incident, forKey: .incident); try c.encode(reason, forKey: .reason)
            try c.encode(text, forKey: .text); try c.encode(fired, forKey: .fired)
        }
    }
    public var sentences: [SentenceTrace]
    public var incidents: Int
    public var storyDropped: String?
}
