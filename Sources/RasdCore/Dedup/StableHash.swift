/// A 64-bit hash that is the same in every process, on every platform and in every release:
/// story keys, content hashes, fingerprints and incident ids are stored on disk and compared
/// across restarts, so Swift's per-process seeded `Hasher` cannot be used.
/// FNV-1a over the UTF-8 bytes, finished with MurmurHash3's `fmix64` so that every input bit
/// affects every output bit (SimHash needs well-spread bits).
public enum StableHash {
    public static func hash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return mix(h)
    }

    /// The same hash fed piece by piece: `hash(a + " " + b)` equals an accumulator fed `a`, the
    /// byte 0x20 and `b`, then `finish()`, without building the joined string (shingles, content
    /// hashes of word lists).
    public struct Accumulator {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        public init() {}

        @inline(__always)
        public mutating func add(_ byte: UInt8) {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }

        @inline(__always)
        public mutating func add(_ text: String) {
            var t = text
            t.withUTF8 { for b in $0 { add(b) } }
        }

        public func finish() -> UInt64 { StableHash.mix(h) }
    }

    /// MurmurHash3 `fmix64` finaliser.
    @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }

    /// Sixteen lower-case hex digits, zero-padded.
    public static func hex(_ value: UInt64) -> String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
