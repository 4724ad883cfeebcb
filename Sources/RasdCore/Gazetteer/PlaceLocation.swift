extension Place {
    /// The incident record's location for this place. `precision` overrides the kind's own
    /// (2 when the story says "near" / "قرب" the place); empty names and governorates become nil.
    public func location(precision: Int? = nil) -> Location {
        Location(
            nameAr: nameAr, nameEn: nameEn.isEmpty ? nil : nameEn, kind: kind.rawValue,
            admin1Ar: admin1Ar.isEmpty ? nil : admin1Ar, admin1En: admin1En.isEmpty ? nil : admin1En,
            country: country, lat: lat, lon: lon, precision: precision ?? self.precision)
    }
}
