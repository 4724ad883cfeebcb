import Foundation
import RasdCore

/// The `rasd parse --json` document: one object per parsed file, keys in a fixed order, dates as
/// RFC 3339 UTC strings or null, text as clean UTF-8. Other tools read this shape (README
/// "rasd parse"); change it only together with the README.
public enum FeedJSON {
    public static func document(_ feed: Feed, file: String) -> JSONValue {
        .object([
            ("file", .string(file)),
            ("format", .string(feed.format.rawValue)),
            ("encoding", .string(feed.encoding)),
            ("bozo", .bool(feed.bozo)),
            ("warnings", .array(feed.warnings.map(JSONValue.string))),
            ("feed", .object([
                ("title", str(feed.title)), ("link", str(feed.link)), ("subtitle", str(feed.subtitle)),
                ("language", str(feed.language)), ("updated", date(feed.updated)), ("id", str(feed.id)),
                ("author", str(feed.author)), ("ttl", feed.ttl.map(JSONValue.int) ?? .null),
            ])),
            ("items", .array(feed.items.map(item))),
        ])
    }

    /// What `--json` prints for a file that gave no feed.
    public static func failure(file: String, error: String) -> JSONValue {
        .object([("file", .string(file)), ("error", .string(error))])
    }

    static func item(_ i: FeedItem) -> JSONValue {
        .object([
            ("id", str(i.id)), ("title", str(i.title)), ("link", str(i.link)),
            ("published", date(i.published)), ("updated", date(i.updated)),
            ("summary", str(i.summary)), ("content", str(i.content)),
            ("author", i.authors.isEmpty ? .null : .string(i.authors.joined(separator: ", "))),
            ("categories", .array(i.categories.map(JSONValue.string))),
            ("enclosures", .array(i.enclosures.map { e in
                .object([("url", .string(e.url)), ("type", str(e.type)), ("length", e.length.map(JSONValue.int) ?? .null)])
            })),
        ])
    }

    private static func str(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    private static func date(_ d: Date?) -> JSONValue { d.map { .string(RFC3339.string($0)) } ?? .null }
}
