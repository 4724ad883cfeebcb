/// The one place the release number lives: User-Agent, `extractor` field, `rasd --version`.
public enum RasdVersion {
    public static let string = "0.1.0"
    public static let projectURL = "https://github.com/rasd-monitor/rasd"
    public static var userAgent: String { "rasd/\(string) (+\(projectURL))" }
}
