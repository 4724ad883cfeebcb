// Load-time benchmark of the shipped gazetteer; built and run by scripts/bench_gazetteer.sh.
import Foundation

@main
struct BenchGazetteer {
    static func main() throws {
        let path = CommandLine.arguments.dropFirst().first ?? "Sources/RasdCore/Resources/gazetteer.tsv"
        let runs = 10
        var times: [Double] = []
        var rows = 0
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
            let gazetteer = try Gazetteer(tsv: text, origin: path)
            let end = DispatchTime.now().uptimeNanoseconds
            rows = gazetteer.places.count
            times.append(Double(end - start) / 1e6)
        }
        times.sort()
        let tokens = ArabicNormalizer.normalize("سقطت صواريخ على قاعدة عين الأسد في محافظة الأنبار غربي العراق").split(separator: " ").map(String.init)
        let g = try Gazetteer(tsv: String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self), origin: path)
        let lookups = 200_000
        let t0 = DispatchTime.now().uptimeNanoseconds
        var found = 0
        for i in 0..<lookups { if g.longestMatch(in: tokens, at: i % tokens.count) != nil { found += 1 } }
        let t1 = DispatchTime.now().uptimeNanoseconds
        print("gazetteer load: \(rows) rows, min \(String(format: "%.1f", times[0])) ms, median \(String(format: "%.1f", times[runs / 2])) ms over \(runs) runs")
        print("longestMatch: \(String(format: "%.0f", Double(t1 - t0) / Double(lookups))) ns per token position (\(found) hits)")
    }
}
