// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Atalaya",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Atalaya", targets: ["Atalaya"]),
        .library(name: "AtalayaStore", targets: ["AtalayaStore"]),
        .executable(name: "atalaya", targets: ["AtalayaCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .target(
            name: "Atalaya",
            resources: [.copy("Resources")]
        ),
        .target(
            name: "AtalayaStore",
            dependencies: ["Atalaya", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "AtalayaCLI",
            dependencies: [
                "Atalaya",
                "AtalayaStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "AtalayaTests",
            dependencies: ["Atalaya", "AtalayaStore", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
