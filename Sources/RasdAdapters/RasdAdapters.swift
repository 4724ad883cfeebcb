/// RasdAdapters holds the edges: libcurl, SQLite, files on disk, systemd and logging.
/// Everything here is an adapter around a pure piece of RasdCore or RasdFeeds.
public enum RasdAdapters {}
