/// Folds Arabic spelling variation for matching only (display text keeps the original):
/// alef forms أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ی ک → ي ك, tashkeel, tatweel and bidi/zero-width
/// marks removed, Arabic-Indic and Persian digits → ASCII, ٬ dropped and ٫ → ".".
/// Lexicons, gazetteer keys and story text all pass through the same function, so a cue written
/// any way in a config file matches the same words in a story.
public enum ArabicNormalizer {
    public static func normalize(_ text: String) -> String {
        // UTF-8 bytes written straight into the new string's storage. Every scalar maps to one
        // no longer in UTF-8 (or to nothing), so the input's byte count is room enough.
        let capacity = text.utf8.count
        if capacity == 0 { return "" }
        return String(unsafeUninitializedCapacity: capacity) { out in
            var k = 0
            for u in text.unicodeScalars {
                guard let m = map(u) else { continue }
                let v = m.value
                if v < 0x80 {
                    out[k] = UInt8(v); k += 1
                } else if v < 0x800 {
                    out[k] = UInt8(0xC0 | (v >> 6)); out[k + 1] = UInt8(0x80 | (v & 0x3F)); k += 2
                } else if v < 0x10000 {
                    out[k] = UInt8(0xE0 | (v >> 12)); out[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    out[k + 2] = UInt8(0x80 | (v & 0x3F)); k += 3
                } else {
                    out[k] = UInt8(0xF0 | (v >> 18)); out[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    out[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[k + 3] = UInt8(0x80 | (v & 0x3F)); k += 4
                }
            }
            return k
        }
    }

    /// The normalised form of one scalar, or nil when it is dropped.
    @inline(__always)
    public static func map(_ u: Unicode.Scalar) -> Unicode.Scalar? {
        let v = u.value
        switch v {
        case 0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673: return "\u{0627}"  // alef forms → ا
        case 0x0649, 0x06CC, 0x06D2: return "\u{064A}"  // ى ی ے → ي
        case 0x0629: return "\u{0647}"  // ة → ه
        case 0x06A9: return "\u{0643}"  // ک → ك
        case 0x0640: return nil  // tatweel
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED: return nil  // tashkeel, superscript alef, Quranic marks
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0xFEFF: return nil  // zero-width, bidi
        case 0x0660...0x0669: return Unicode.Scalar(v - 0x0660 + 0x30)  // Arabic-Indic digits
        case 0x06F0...0x06F9: return Unicode.Scalar(v - 0x06F0 + 0x30)  // Persian digits
        case 0x066C: return nil  // ٬ thousands separator
        case 0x066B: return "."  // ٫ decimal separator
        case 0x0624: return "\u{0648}"  // ؤ → و
        case 0x0626: return "\u{064A}"  // ئ → ي
        default: return u
        }
    }

    /// Digits only: Arabic-Indic and Persian digits → ASCII, separators folded; everything else kept.
    public static func asciiDigits(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            switch u.value {
            case 0x0660...0x0669: out.append(Unicode.Scalar(u.value - 0x0660 + 0x30)!)
            case 0x06F0...0x06F9: out.append(Unicode.Scalar(u.value - 0x06F0 + 0x30)!)
            case 0x066C: break
            case 0x066B: out.append(".")
            default: out.append(u)
            }
        }
        return String(out)
    }
}
