import Foundation
import RasdCore

/// The extraction stage: the rule-based `IncidentExtractor` over the story's title and text,
/// resolving relative dates against its publication time in the outlet's offset.
struct ExtractorStage: StoryExtracting {
    let extractor: IncidentExtractor

    func extract(_ story: Story) -> [IncidentFacts] {
        let item = story.item
        let body = item.bodyText
        return extractor.extract(StoryText(title: item.title ?? "", text: body, published: item.published ?? story.seen,
                                           url: item.link, outlet: story.outlet, utcOffsetSeconds: story.utcOffsetSeconds))
    }
}
