import Testing
@testable import RasdCore

@Suite struct GazetteerDistanceTests {
    static func point(_ lat: Double, _ lon: Double) -> Place {
        Place(nameAr: "نقطة", kind: .site, country: "IQ", lat: lat, lon: lon)
    }

    @Test func knownDistances() {
        let r = GeoDistance.earthRadiusKm
        // One degree of longitude on the equator is 2πR/360; pole to pole is πR.
        #expect(abs(distanceKm(Self.point(0, 0), Self.point(0, 1)) - 2 * .pi * r / 360) < 1e-6)
        #expect(abs(distanceKm(Self.point(90, 0), Self.point(-90, 0)) - .pi * r) < 1e-6)
        // One degree of longitude at 60° N is half as long.
        #expect(abs(distanceKm(Self.point(60, 10), Self.point(60, 11)) - .pi * r / 360) < 0.01)
        #expect(distanceKm(Self.point(33.3, 44.4), Self.point(33.3, 44.4)) == 0)
    }

    @Test func symmetricAndBounded() {
        let baghdad = Self.point(33.34, 44.33), damascus = Self.point(33.51, 36.28)
        #expect(distanceKm(baghdad, damascus) == distanceKm(damascus, baghdad))
        let d = distanceKm(baghdad, damascus)
        #expect(d > 740 && d < 760)  // 8.05° of longitude at 33.4° N
        let antipode = distanceKm(Self.point(10, 20), Self.point(-10, -160))
        #expect(abs(antipode - .pi * GeoDistance.earthRadiusKm) < 1e-3)
    }
}
