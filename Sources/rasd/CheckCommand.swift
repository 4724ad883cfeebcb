import ArgumentParser

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the config and every feed list."
    )

    func run() async throws {
        throw ValidationError("'rasd check' is not built yet")
    }
}
