// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Atalaya",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Atalaya", targets: ["Atalaya"]),
        .library(name: "AtalayaStore", targets: ["AtalayaStore"]),
        .library(name: "AtalayaServer", targets: ["AtalayaServer"]),
        .library(name: "AtalayaWatch", targets: ["AtalayaWatch"]),
        .library(name: "AtalayaPostgres", targets: ["AtalayaPostgres"]),
        .executable(name: "atalaya", targets: ["AtalayaCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.30.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.0"),
    ],
    targets: [
        .target(
            name: "Atalaya",
            resources: [.copy("Resources")]
        ),
        .target(
            name: "AtalayaStore",
            dependencies: ["Atalaya", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        .target(
            name: "AtalayaServer",
            dependencies: [
                "Atalaya",
                "AtalayaStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            resources: [.copy("Dashboard")]
        ),
        .target(
            name: "AtalayaWatch",
            dependencies: [
                "Atalaya",
                "AtalayaStore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .target(
            name: "AtalayaPostgres",
            dependencies: [
                "Atalaya",
                "AtalayaStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "AtalayaCLI",
            dependencies: [
                "Atalaya",
                "AtalayaStore",
                "AtalayaServer",
                "AtalayaWatch",
                "AtalayaPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "AtalayaTests",
            dependencies: [
                "Atalaya", "AtalayaStore", "AtalayaServer", "AtalayaWatch", "AtalayaPostgres", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
