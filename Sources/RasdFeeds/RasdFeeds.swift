/// RasdFeeds turns fetched bytes (plus the HTTP content type and base URL) into a `Feed`.
/// It never touches the network or the disk.
public enum RasdFeeds {}
