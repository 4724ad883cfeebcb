/// Incident ids: `inc_` + 16 hex digits of a stable hash of the first story's key and the facts
/// that place the incident (country, place, date, sub-event type, position among the story's
/// incidents). Replaying the same story after a crash yields the same id, so the outbox file
/// name (which carries the id) is rewritten rather than duplicated.
public enum IncidentIdentifier {
    public static func make(storyKey: StoryKey, feedURL: String, facts: IncidentFacts, ordinal: Int) -> String {
        let parts = [
            feedURL, storyKey.description, facts.location?.country ?? "", facts.location?.nameAr ?? "",
            facts.eventDate?.date ?? "", facts.subEventType, String(ordinal),
        ]
        return "inc_" + StableHash.hex(StableHash.hash(parts.joined(separator: "\u{1F}")))
    }
}
