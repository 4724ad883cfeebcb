// Gazetteer coverage on labelled incidents; built and run by scripts/eval_gazetteer.sh.
// For every labelled incident with a place and a governorate, looks the place up (the longest
// gazetteer phrase in location_ar, else in nearest_town_ar) and resolves it with the incident's
// country as context (and once without context); counts how often the governorate and country
// come out as labelled. Measures the gazetteer only, not the extractor's choice of place.
import Foundation

@main
struct EvalGazetteer {
    static func main() throws {
        let args = Array(CommandLine.arguments.dropFirst())
        guard args.count >= 2 else {
            print("usage: eval_gazetteer GAZETTEER.tsv LABELS_DIR [--verbose]")
            return
        }
        let verbose = args.contains("--verbose")
        let g = try Gazetteer(tsv: String(decoding: try Data(contentsOf: URL(fileURLWithPath: args[0])), as: UTF8.self), origin: args[0])
        let dir = URL(fileURLWithPath: args[1])
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted()
        var total = 0, found = 0, admin1Context = 0, admin1Bare = 0, countryBare = 0
        for file in files {
            let data = try Data(contentsOf: dir.appendingPathComponent(file))
            guard let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let incidents = obj["incidents"] as? [[String: Any]] else { continue }
            for incident in incidents {
                guard let admin1 = incident["admin1_ar"] as? String, let country = incident["country"] as? String else { continue }
                let names = [incident["location_ar"] as? String, incident["nearest_town_ar"] as? String].compactMap { $0 }
                guard !names.isEmpty else { continue }
                total += 1
                var match: GazetteerMatch? = nil
                for name in names where match == nil {
                    let tokens = ArabicNormalizer.normalize(name).split(separator: " ").map(String.init)
                    for i in tokens.indices where match == nil { match = g.longestMatch(in: tokens, at: i) }
                }
                guard let m = match else {
                    if verbose { print("MISS\t\(file)\t\(country)\t\(admin1)\t\(names.joined(separator: " / "))") }
                    continue
                }
                found += 1
                let withContext = g.resolve(m, context: PlaceContext(countries: [country]))
                let bare = g.resolve(m)
                let want = GazetteerKey.make(admin1)
                func admin1Key(_ p: Place?) -> String? {
                    guard let p else { return nil }
                    return p.kind == .region ? p.key : GazetteerKey.make(p.admin1Ar)
                }
                if admin1Key(withContext) == want { admin1Context += 1 }
                else if verbose { print("ADMIN1\t\(file)\t\(country)\t\(admin1)\t\(names[0])\t→ \(withContext.map { "\($0.nameAr) \($0.kind.rawValue) \($0.country) \($0.admin1Ar)" } ?? "-")") }
                if admin1Key(bare) == want { admin1Bare += 1 }
                if bare?.country == country { countryBare += 1 }
            }
        }
        func pct(_ n: Int) -> String { total == 0 ? "-" : String(format: "%.3f", Double(n) / Double(total)) }
        print("labelled incidents with place and governorate: \(total)")
        print("place found in gazetteer:            \(found) (\(pct(found)))")
        print("governorate right, country known:    \(admin1Context) (\(pct(admin1Context)))")
        print("governorate right, no context:       \(admin1Bare) (\(pct(admin1Bare)))")
        print("country right, no context:           \(countryBare) (\(pct(countryBare)))")
    }
}
