import Foundation

// SwiftPM generates `Bundle.module` for RasdCore; the fuzz build compiles the sources directly,
// so it supplies one. The shipped gazetteer is then simply not found (the harnesses never load it).
extension Foundation.Bundle {
    static let module: Bundle = Bundle.main
}
