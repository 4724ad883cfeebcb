import Foundation

/// The text of one story as the extractor sees it: title and clean body, the publication
/// instant with the outlet's UTC offset (relative dates are resolved in the outlet's local day),
/// and where it came from.
public struct StoryText: Sendable {
    public var title: String
    public var text: String
    public var published: Date?
    public var url: String?
    public var outlet: String?
    public var utcOffsetSeconds: Int

    public init(title: String = "", text: String, published: Date? = nil, url: String? = nil, outlet: String? = nil,
                utcOffsetSeconds: Int = 0) {
        self.title = title; self.text = text; self.published = published; self.url = url; self.outlet = outlet
        self.utcOffsetSeconds = utcOffsetSeconds
    }
}
