import ArgumentParser

struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch one URL and show status, headers, timings and the verdict."
    )

    func run() async throws {
        throw ValidationError("'rasd fetch' is not built yet")
    }
}
