// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "rasd",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rasd", targets: ["rasd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "RasdCore",
            resources: [.copy("Resources")]
        ),
        .target(
            name: "RasdFeeds",
            dependencies: ["RasdCore", "CLibXML2"]
        ),
        .target(
            name: "RasdAdapters",
            dependencies: [
                "RasdCore", "RasdFeeds", "CCurl",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "rasd",
            dependencies: [
                "RasdCore", "RasdFeeds", "RasdAdapters",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "RasdCoreTests",
            dependencies: ["RasdCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RasdFeedsTests",
            dependencies: ["RasdFeeds", "RasdCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RasdAdaptersTests",
            dependencies: ["RasdAdapters", "RasdCore", "RasdFeeds"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RasdEndToEndTests",
            dependencies: ["RasdCore"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
