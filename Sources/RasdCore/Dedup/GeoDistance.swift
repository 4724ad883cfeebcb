import Foundation

/// Great-circle distance on a spherical Earth (haversine): precise enough to tell "the same
/// town" from "25 km away" and needs no projection.
public enum GeoDistance {
    public static let earthRadiusKm = 6371.0088

    public static func km(lat1: Double, lon1: Double, lat2: Double, lon2: Double) -> Double {
        let rad = Double.pi / 180
        let dLat = (lat2 - lat1) * rad
        let dLon = (lon2 - lon1) * rad
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * rad) * cos(lat2 * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadiusKm * asin(min(1, a.squareRoot()))
    }

    /// Distance between two locations when both carry coordinates.
    public static func km(_ a: Location, _ b: Location) -> Double? {
        guard let la = a.lat, let oa = a.lon, let lb = b.lat, let ob = b.lon else { return nil }
        return km(lat1: la, lon1: oa, lat2: lb, lon2: ob)
    }
}
