import Foundation
import RasdCore
import Synchronization

/// The extraction stage: the rule-based `IncidentExtractor` over the story's title and text,
/// resolving relative dates against its publication time in the outlet's offset.
///
/// The extractor's gazetteer (tens of thousands of places) takes a moment and megabytes to build,
/// so it is built on first use: the first story that needs it waits for it (`warmUp()` builds it
/// ahead, for callers that want that). A user overlay is validated before READY (its errors
/// stop start-up); the shipped table is validated by the test suite.
final class ExtractorStage: StoryExtracting {
    private let state = Mutex<IncidentExtractor?>(nil)
    private let build: @Sendable () -> IncidentExtractor

    init(build: @escaping @Sendable () -> IncidentExtractor) { self.build = build }

    init(extractor: IncidentExtractor) {
        self.build = { extractor }
    }

    func warmUp() { _ = extractor() }

    func extractor() -> IncidentExtractor {
        state.withLock { current in
            if let e = current { return e }
            let e = build()
            current = e
            return e
        }
    }

    func extract(_ story: Story) -> [IncidentFacts] {
        let item = story.item
        return extractor().extract(StoryText(title: item.title ?? "", text: item.bodyText,
                                             published: item.published ?? story.seen, url: item.link,
                                             outlet: story.outlet, utcOffsetSeconds: story.utcOffsetSeconds))
    }
}
