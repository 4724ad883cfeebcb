import Foundation

/// Great-circle distance, for deciding whether two reports describe the same spot.
public enum GeoDistance {
    /// Mean Earth radius (IUGG), kilometres.
    public static let earthRadiusKm = 6371.0088

    /// Haversine distance in kilometres between two points given in degrees.
    public static func km(lat1: Double, lon1: Double, lat2: Double, lon2: Double) -> Double {
        let rad = Double.pi / 180
        let dLat = (lat2 - lat1) * rad
        let dLon = (lon2 - lon1) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * rad) * cos(lat2 * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadiusKm * asin(min(1, sqrt(h)))
    }

    /// Distance between two incident locations when both carry coordinates.
    public static func km(_ a: Location, _ b: Location) -> Double? {
        guard let la = a.lat, let oa = a.lon, let lb = b.lat, let ob = b.lon else { return nil }
        return km(lat1: la, lon1: oa, lat2: lb, lon2: ob)
    }
}

/// Haversine distance in kilometres between two places.
public func distanceKm(_ a: Place, _ b: Place) -> Double {
    GeoDistance.km(lat1: a.lat, lon1: a.lon, lat2: b.lat, lon2: b.lon)
}
