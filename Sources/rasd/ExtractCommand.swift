import ArgumentParser

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract incidents from a story text."
    )

    func run() async throws {
        throw ValidationError("'rasd extract' is not built yet")
    }
}
