import Foundation

/// Validates files against `schema/rasd.incident-1.schema.json` with python3-jsonschema
/// (Debian's package, installed by `make deps`) in a child process.
enum SchemaCheck {
    static let schemaPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("schema/rasd.incident-1.schema.json").path

    /// Exit status (0 = all valid) and the validator's messages.
    static func validate(_ files: [String]) throws -> (Int32, String) {
        let script = """
        import json, sys
        from jsonschema import Draft202012Validator
        v = Draft202012Validator(json.load(open(sys.argv[1], encoding="utf-8")))
        bad = [f"{p}: {'/'.join(map(str, e.absolute_path))}: {e.message}" for p in sys.argv[2:]
               for e in v.iter_errors(json.load(open(p, encoding="utf-8")))]
        print("\\n".join(bad)); sys.exit(1 if bad else 0)
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = ["-c", script, schemaPath] + files
        let pipe = Pipe()
        p.standardOutput = pipe; p.standardError = pipe
        try p.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self))
    }
}
