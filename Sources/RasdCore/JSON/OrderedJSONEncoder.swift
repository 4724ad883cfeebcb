import Foundation

/// An `Encoder` that keeps keys in the order `encode(to:)` writes them (synthesised Codable
/// writes them in declaration order) and encodes `nil` optionals as `null` when written with
/// `encode(_:forKey:)`. Produces a `JSONValue`.
public struct OrderedJSONEncoder {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let box = NodeBox()
        try value.encode(to: NodeEncoder(box: box, codingPath: []))
        return box.value
    }

    public func encodeToString<T: Encodable>(_ value: T) throws -> String {
        try encode(value).serialized()
    }
}

final class NodeBox {
    enum Node { case value(JSONValue), object(ObjectBox), array(ArrayBox) }
    var node: Node = .value(.null)
    var value: JSONValue {
        switch node {
        case .value(let v): return v
        case .object(let o): return .object(o.entries.map { ($0.0, $0.1.value) })
        case .array(let a): return .array(a.items.map { $0.value })
        }
    }
}
final class ObjectBox {
    var entries: [(String, NodeBox)] = []
    func box(for key: String) -> NodeBox {
        if let i = entries.firstIndex(where: { $0.0 == key }) { return entries[i].1 }
        let b = NodeBox(); entries.append((key, b)); return b
    }
}
final class ArrayBox { var items: [NodeBox] = [] }

struct NodeEncoder: Encoder {
    let box: NodeBox
    var codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let obj: ObjectBox
        if case .object(let o) = box.node { obj = o } else { obj = ObjectBox(); box.node = .object(obj) }
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(obj: obj, codingPath: codingPath))
    }
    func unkeyedContainer() -> UnkeyedEncodingContainer {
        let arr: ArrayBox
        if case .array(let a) = box.node { arr = a } else { arr = ArrayBox(); box.node = .array(arr) }
        return UnkeyedNodeContainer(arr: arr, codingPath: codingPath)
    }
    func singleValueContainer() -> SingleValueEncodingContainer { SingleNodeContainer(box: box, codingPath: codingPath) }
}

func encodeLeaf<T: Encodable>(_ value: T, into box: NodeBox, path: [CodingKey]) throws {
    switch value {
    case let v as String: box.node = .value(.string(v))
    case let v as Bool: box.node = .value(.bool(v))
    case let v as Int: box.node = .value(.int(v))
    case let v as Int64: box.node = .value(.int(Int(v)))
    case let v as UInt64: box.node = .value(.int(Int(v)))
    case let v as Int32: box.node = .value(.int(Int(v)))
    case let v as Double: box.node = .value(.double(v))
    case let v as Float: box.node = .value(.double(Double(v)))
    case let v as Date: box.node = .value(.string(RFC3339.string(v)))
    case let v as URL: box.node = .value(.string(v.absoluteString))
    case let v as JSONValue: box.node = .value(v)
    default: try value.encode(to: NodeEncoder(box: box, codingPath: path))
    }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let obj: ObjectBox
    var codingPath: [CodingKey]
    mutating func encodeNil(forKey key: Key) throws { obj.box(for: key.stringValue).node = .value(.null) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encodeLeaf(value, into: obj.box(for: key.stringValue), path: codingPath + [key])
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(box: obj.box(for: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        NodeEncoder(box: obj.box(for: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder { NodeEncoder(box: obj.box(for: "super"), codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> Encoder { NodeEncoder(box: obj.box(for: key.stringValue), codingPath: codingPath) }
}

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let arr: ArrayBox
    var codingPath: [CodingKey]
    var count: Int { arr.items.count }
    private func next() -> NodeBox { let b = NodeBox(); arr.items.append(b); return b }
    mutating func encodeNil() throws { next().node = .value(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encodeLeaf(value, into: next(), path: codingPath) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(box: next(), codingPath: codingPath).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer { NodeEncoder(box: next(), codingPath: codingPath).unkeyedContainer() }
    mutating func superEncoder() -> Encoder { NodeEncoder(box: next(), codingPath: codingPath) }
}

struct SingleNodeContainer: SingleValueEncodingContainer {
    let box: NodeBox
    var codingPath: [CodingKey]
    mutating func encodeNil() throws { box.node = .value(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encodeLeaf(value, into: box, path: codingPath) }
}
