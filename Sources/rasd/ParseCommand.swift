import ArgumentParser

struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse feed files or a URL and print what rasd reads."
    )

    func run() async throws {
        throw ValidationError("'rasd parse' is not built yet")
    }
}
